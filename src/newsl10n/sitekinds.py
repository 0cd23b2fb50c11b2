"""What particular kinds of site print around a story: live blogs, sports and betting pages, shopping and
recipe pages, weather pages, international broadcasters and the sites of reader-funded newsrooms.

Each kind of site has its own furniture, shared word for word by the sites of that kind (one live-blog
vendor, one betting regulator's required line, one player, one donation platform), and rules written for
general news pages do not know it. The patterns read whole lines; one that could be a sentence of a story
refuses a line that reports what someone said, so a story about betting, donations or a media outlet keeps
its sentences.

:mod:`newsl10n.newsparts` reads these with its own patterns; a match is dropped with its reason.
"""

from __future__ import annotations

import re

from newsl10n.text import NOT_REPORTED, GuardedPattern

# Language names as switchers print them, in English and in their own script, and their two-letter codes.
_LANGUAGE = (
    r"(?:english|deutsch|german|español|spanish|français|french|русский|russian|українська|ukrainian|polski|"
    r"polish|srpski|türkçe|turkish|italiano|português|中文|日本語|العربية|беларуская|қазақша|"
    r"ua|ru|en|de|fr|es|pl|jp|it|pt|zh|ar|tr|uk|by|kz)"
)

SITE_KIND_PATTERNS: tuple[tuple[str, re.Pattern[str] | GuardedPattern], ...] = (
    (  # a live blog's controls: "Show key events only", "Latest first Oldest first", "3 new updates"
        "live blog control",
        re.compile(
            r"^(?:show (?:key events only|latest updates|\d+ new updates?)|auto-?refresh(?: on| off)?|pinned post|"
            r"(?:newest|latest|oldest) first(?: (?:newest|latest|oldest) first)?|load (?:more|earlier|older) "
            r"(?:updates|posts|entries)|\d+ new (?:updates?|posts?)|"
            r"this live (?:page|blog|coverage) (?:is now closed|has (?:now )?ended)\b.{0,200})[.!]?$",
            re.I,
        ),
    ),
    (  # a betting advertiser's offer and the responsible-gambling line a regulator makes it print
        "betting notice",
        GuardedPattern(
            ("gambl", "bet", "odds", "18+", "21+", "t&cs", "fun stops"),
            re.compile(
                rf"^(?=.{{0,400}}$){NOT_REPORTED}(?:"
                r"(?:\d\d\+\.?\s*)?gambling problem\?.{0,200}|"
                r"(?:18|21)\+\s*[|.,]\s*.{0,150}\b(?:gambleaware|t&cs apply|terms apply)\b.{0,100}|"
                r"when the fun stops,? stop\.?|(?:please )?(?:gamble|bet) responsibly\b.{0,120}|"
                r"take time to think\.? for help and support,? visit begambleaware\.org\.?|"
                r"new (?:customers|users|players)(?: only)?[:.] .{0,250}\b(?:bet|bets|wager)\b.{0,250}|"
                r"odds (?:courtesy of|by|provided by|powered by) .{1,60}|bet now|"
                r"odds (?:are )?correct at (?:the )?time of (?:publishing|publication|writing)\.?)$",
                re.I,
            ),
        ),
    ),
    (  # a sports page's subscription and app prompts, its score widget's links, its text-in line
        "sports widget",
        re.compile(
            r"^(?:get [\w+ ]{3,30} or stream (?:it )?with [\w+ ]{2,20}|watch live sports and .{5,80} on [\w+ ]{2,20}|"
            r"find out how to get .{3,40}notifications on the .{3,40}app|get involved #\w+(?: or text \d{4,6})?|"
            r"text \d{4,6} \(.{3,80}\)|full scorecard|ball-by-ball commentary|box score|gamecast|view full table|"
            r"(?:view|see) (?:full |all )?(?:standings|fixtures|results)|listen to .{3,40} commentary)[.!]?$",
            re.I,
        ),
    ),
    (  # a shopping or recipe page's tools and its standing lines
        "shopping notice",
        re.compile(
            r"^(?:why you can trust us:.{10,400}|prices? (?:and availability )?(?:are|is|were) (?:correct|accurate) "
            r"at (?:the )?time of (?:publication|publishing|writing)\b.{0,100}|prices (?:and availability )?(?:are )?"
            r"subject to change\.?|jump to recipe|print recipe|cook mode\b.{0,60}|add to shopping list|"
            r"nutrition information is (?:calculated automatically|an estimate)\b.{0,80}|skip to the best deals)[.!]?$",
            re.I,
        ),
    ),
    (  # a weather page's tools
        "weather widget",
        re.compile(
            r"^(?:use my (?:current )?location|track the storm on our interactive radar|watch the latest forecast|"
            r"want next-level safety.{0,200})[.!]?$",
            re.I,
        ),
    ),
    (  # a player's text when it plays nothing: RFE/RL's, video.js's
        "player text",
        re.compile(
            r"^(?:no media source currently available|direct link|embed share|"
            r"the (?:code|url|link) has been copied to your clipboard\.?|loaded: \d{1,3}(?:\.\d+)?%|"
            r"close this dialog window|"
            r"this video is (?:no longer |currently )?unavailable(?: in your (?:region|country))?\.?|"
            r"watch (?:video )?\d{1,2}:\d\d|watch on youtube|view this post on instagram\s*a post shared by .{1,80}|"
            r"view more on (?:x|twitter|instagram|facebook)|(?:please )?open telegram to view this post|"
            r"view in telegram|accept and continue|"
            r"enable cookies(?: allow cookies once)?|click to load (?:the )?(?:youtube|vimeo|twitter|x) "
            r"(?:video|post|content)\b.{0,150}|use ctrl \+ scroll to zoom the map|a (?:flourish|datawrapper) "
            r"(?:map|chart|visualisation|visualization))[.!]?$",
            re.I,
        ),
    ),
    (  # a messaging channel's or notification prompt: "👉 Join our WhatsApp channel", "Telegram | Viber | WhatsApp"
        "channel prompt",
        GuardedPattern(
            (
                "join our",
                "follow us on",
                "qr code",
                "telegram",
                "viber",
                "whatsapp",
                "signal",
                "now on",
                "notifications",
                "social media",
            ),
            re.compile(
                rf"^{NOT_REPORTED}\W{{0,6}}(?:"
                r"join our (?:whatsapp|telegram|viber|signal) (?:channel|group|community)\b.{0,80}|"
                r"(?:stay informed: )?follow us on (?:viber|telegram|whatsapp|wechat|line)\b.{0,60}|"
                r"scan the qr code to follow us on \w+|(?:telegram|viber|whatsapp|signal)(?: \| (?:telegram|viber|"
                r"whatsapp|signal|facebook|x|youtube)){2,}|\S{0,40} (?:is|are) now on (?:whatsapp|telegram)!.{0,100}|"
                r"would you like to receive notifications about (?:the )?latest news\?|"
                r"follow us on social media and support our work|найважливіше\W+у нашому telegram)\W{0,4}$",
                re.I,
            ),
        ),
    ),
    (  # a wire's end mark on a partner's page: Xinhua's "Enditem", Yonhap's "(END)"
        "wire end mark",
        re.compile(r"^(?:enditem|\(end\)|\(ends\))$", re.I),
    ),
    (  # a site's rule for reusing its stories: "Reprinting is allowed only with an active hyperlink to RIA Novosti."
        "reuse notice",
        GuardedPattern(
            ("hyperlink", "permission", "creative commons", "republish", "reprint", "materials", "reproduc"),
            re.compile(
                rf"^(?=.{{0,400}}$){NOT_REPORTED}(?:"
                r"(?=.*\b(?:mandatory|required|obligatory|allowed|permitted|only)\b)(?:when )?"
                r"(?:citing|using|reprinting|full or partial use)\b.{0,40}\b(?:materials?|content|publications?|"
                r"stories|articles)\b.{0,150}\b(?:hyperlinks?|(?:written )?permission)\b.{0,200}|reprint(?:ing)? is (?:allowed|permitted) only\b.{0,150}|"
                r"all materials on this (?:site|website)\b.{0,200}|you can republish this (?:story|article)\b.{0,150}|"
                # "We encourage you to share and republish our reports, ...", "This content may be freely reproduced
                # in full or in part in digital form with full attribution to the author and a link to ..."
                r"we encourage you to (?:share and )?(?:republish|reprint|repost)\b.{0,200}|"
                r"this (?:content|article|post|story|material) may be (?:freely )?(?:reproduced|republished|reprinted|"
                r"reposted)\b.{0,250}|"
                r"materials marked\b.{0,120}\b(?:are published as advertising|advertising)\b.{0,40}|"
                r"copyright \(c\) \d{4}\.? .{0,80} reprinted with (?:the )?permission of .{0,200})$",
                re.I,
            ),
        ),
    ),
    (  # how to report a mistake on Ukrainian and Russian sites: "... select the text and press Ctrl + Enter"
        "error report prompt",
        re.compile(
            r"^(?=.{0,250}$)(?:if you (?:notice|find|spot|see) an? (?:error|mistake|typo)|you can also|to report an? "
            r"(?:error|mistake|typo))\b.{0,150}\bctrl ?\+ ?enter\b.{0,100}$|"
            r"^to suggest a correction or clarification,? (?:write to us|contact us|email)\b.{0,80}$",
            re.I,
        ),
    ),
    (  # a language switcher: "EN | UA | RU", "English Українська Русский", "This story is also available in: ..."
        "language switcher",
        re.compile(
            rf"^(?:{_LANGUAGE}(?:\s*[|/•·,]\s*|\s+)){{2,}}{_LANGUAGE}$|"
            rf"^(?:this (?:story|article|page) is also available in|read (?:this|it) in|also available in):?\s*"
            rf"(?:{_LANGUAGE}(?:\s*[|/•·,]\s*|\s+|$)){{1,8}}$|"
            r"^(?:читати українською|читать на русском|версія (?:російською|українською)|версия на (?:русском|"
            r"украинском)|read in (?:ukrainian|russian|english|spanish)|leer en español|lire en français|"
            r"auf deutsch lesen)$",
            re.I,
        ),
    ),
    (  # a reader-funded newsroom's request for money, in its own voice: "Help Meduza keep reporting"
        "support prompt",
        GuardedPattern(
            (
                "support",
                "member",
                "donat",
                "contribution",
                "patron",
                "reader-funded",
                "stand with us",
                "help ",
                "amount",
                "remind me",
                "once monthly",
                "already a",
                "have an account",
                "readers like you",
                "as little as",
                "-funded",
                "-supported",
                "made possible",
                "free press",
                "value our",
                "gift",
            ),
            re.compile(
                rf"^(?=.{{0,400}}$){NOT_REPORTED}(?:"
                r"help (?-i:[A-Z])[\w.&'’-]{1,30} keep (?:reporting|publishing)\b.{0,60}|"
                r"support (?-i:[A-Z])[\w.&'’-]{1,30} or become (?:our|a) (?:patron|member)\b.{0,30}|"
                r"donate with (?:paypal|card|crypto)\b.{0,80}|"
                r"(?:already a (?:member|subscriber|supporter)|(?:already )?have an account)\? (?:log|sign) ?in(?: here)?\.?|"
                # "Become a member of NATO" is a subhead: the site's own ask says why, or follows its question
                r"become a (?:sustaining )?member of [\w .&'’-]{2,40} (?:today|now|to (?:support|read)\b.{0,100})|"
                r"want to see more stories like this\? become a (?:sustaining )?member\b.{0,60}|"
                r".{0,120}\b(?:help us keep going|join our community of (?:members|supporters))\b.{0,80}|"
                r"independent journalism is under threat\.? stand with us\.?|"
                r"our reporters risk (?:everything|their lives)\b.{0,150}\bplease support\b.{0,60}|"
                r"we(?:['’]re| are) an? (?:reader|listener|member)-(?:funded|supported) newsroom\b.{0,150}|"
                r"your support(?:, no matter how small,)? makes (?:this (?:reporting|journalism|work) possible|a world of "
                r"difference)\b.{0,300}|(?:local )?news that matters is made possible by (?:listeners|readers|viewers) "
                r"like you\b.{0,120}|a free press is a cornerstone of a healthy democracy\b.{0,120}|"
                r"if you(?:['’]re| are) enjoying this (?:article|story)\b.{0,60}\bsupport\w*\b.{0,250}|"
                r"choose an amount:?.{0,60}|once monthly annually|remind me later\.?|"
                r".{0,100}\breaders like you\b.{0,200}\b(?:support|donat|contribut|member)\w*\b.{0,150}|"
                r"this (?:story|article|reporting|work) (?:is|was) (?:funded|made possible) by readers like you\.?|"
                r"help support .{2,60} journalism\.? donate\b.{0,30}|(?:donate [$£€]\d+\s*){2,}(?:other)?|"
                r"make a (?:tax-deductible )?(?:gift|donation) to\b.{0,120}|"
                r".{0,200}\bplease make a (?:tax-deductible )?(?:gift|donation)(?: today)?[.!]?|"
                r"your (?:monthly |generous )?(?:donation|gift|support) (?:will )?helps? our\b.{0,200}|"
                r"for as little as [$£€]\d+ (?:a|per) (?:month|week|year),? you can (?:help )?support\b.{0,250}|"
                r"(?:hi, )?this is [A-Z][\w'’-]+ [A-Z][\w'’-]+\. i write about\b.{0,150}\bif you value our "
                r"(?:reporting|journalism|work)\b.{0,150})$",
                re.I,
            ),
        ),
    ),
    (  # a paywall lifted for the pandemic: "Slate is making its essential coronavirus coverage free for all readers.
        # Subscribe to support our journalism."
        "subscription prompt",
        re.compile(
            r"^(?-i:[A-Z])[\w.&'’ -]{1,40} is making (?:its|our) (?:essential |critical |vital )?"
            r"(?:coronavirus|covid-19|pandemic) coverage free\b.{0,200}$",
            re.I,
        ),
    ),
    (  # a podcast's or a video's promotion: "For more on the impact of the coronavirus, listen to the Political
        # Gabfest.", "For more about hiring trends, watch this Fortune video:"
        "link prompt",
        re.compile(
            r"^for more (?:on|about) [^,]{1,80}, (?:listen to|watch|subscribe to) (?:the |our |this )?[^.!?]{1,100}[.!:]?$",
            re.I,
        ),
    ),
    (  # a donation ask: the Patreon plugin's "Liked it? Take a second to support The Duran on Patreon!", "Also please
        # help the Freedom Center continue to bring you these vital stories ..."
        "support prompt",
        re.compile(
            r"^(?:liked it\? take a (?:second|moment|minute) to support .{1,60} on patreon!?|"
            r"(?:also,? )?please help (?:us|the [\w ]{2,40}|(?-i:[A-Z])[\w.&'’ -]{1,40}) (?:continue to |to )?"
            r"(?:bring|provide|deliver) you\b.{0,250})$",
            re.I,
        ),
    ),
    (  # an opinion page's disclaimer: "The views expressed in this commentary are the author's own and ..."
        "site notice",
        re.compile(
            # a shopping guide's: "Editorial Note: Opinions, analyses, reviews or recommendations expressed in this
            # article are those of the Select editorial staff’s alone, ..."
            r"^(?:(?:editorial note|editor['’]s note|disclaimer):\s*)?(?:the )?(?:statements, )?(?:views|opinions)"
            r"(?:,? (?:and|or) (?:views|opinions))?(?: and opinions)?(?:(?:,| or| and) [a-z]{4,15}){0,4} "
            r"expressed (?:in|on) (?:this|the) (?:opinion )?(?:article|commentary|column|op-ed|piece|post|blog|page) "
            r"(?:are|is|do not|does not|don['’]t|doesn['’]t)\b.{0,200}$|"
            # a university blog's note: "Note: This article gives the views of the author, and not the position of
            # USAPP – American Politics and Policy, nor the London School of Economics."
            r"^(?:note:\s*)?this (?:article|post|piece|blog post) gives the views? of the authors?,? (?:and )?not (?:the "
            r"position|those) of\b.{0,200}$|"
            # USA TODAY's opinion box: "In addition to its own editorials, USA TODAY publishes diverse opinions from
            # outside writers, ..."
            r"^in addition to (?:its|our) own editorials, .{1,60} publish(?:es)? (?:diverse )?opinions\b.{0,250}$",
            re.I,
        ),
    ),
    (  # a public broadcaster's standing lines: the ABC's acknowledgement of country
        "site notice",
        re.compile(
            r"^we acknowledge (?:aboriginal and torres strait islander peoples|the traditional (?:owners|custodians))"
            r"\b.{0,250}$",
            re.I,
        ),
    ),
    (  # "Read also" as Ukrainian and Russian sites label a link to another story
        "list heading",
        re.compile(r"^(?:читайте (?:також|также)|дивіться також|смотрите также|читайте ще)\s*:?$", re.I),
    ),
    (  # a broadcaster's or podcast's pointer to its own channel: "Watch the full video on Current Time's YouTube
        # channel", "ESPN Daily: Listen now", PBS's "Support Provided By: Learn more"
        "channel prompt",
        re.compile(
            r"^(?:watch the full (?:video|interview|episode|report) on .{2,40}(?:youtube|channel|website|app)\b"
            r".{0,20}|[\w .&'’-]{2,40}:\s*listen now|"
            r"support (?:for [\w .&'’-]{2,40} )?(?:is )?provided by:?(?:\s*learn more)?|"
            r"catch up on (?:all )?(?:the latest|our)\b.{0,120}\bwith our\b.{0,60})[.!]?$",
            re.I,
        ),
    ),
    (  # a paywall's label and a sign-up pitch in a site's own voice: "FOR MEMBERS", "... You can sign up here
        # for the weekly email newsletter Berlin Briefing."
        "subscription prompt",
        GuardedPattern(
            ("members", "subscriber", "sign up"),
            re.compile(
                rf"^(?:for (?:members|subscribers)(?: only)?|(?:members|subscribers?) only|exclusive (?:to|for) "
                rf"(?:members|subscribers))[.!]?$|"
                # a newsletter's, not a service's: "you can sign up for the vaccine here" is the story's
                rf"^(?=.{{0,400}}$){NOT_REPORTED}.{{0,250}}\byou can sign up (?:here )?(?:for|to receive)\b"
                r".{0,120}\b(?:newsletters?|briefing|bulletin|e-?mail|inbox|it directly here)\b.{0,40}$",
                re.I,
            ),
        ),
    ),
    (  # a think tank's links to its people and topics: "Related Experts: Peter Dickinson"
        "tags",
        re.compile(
            r"^related (?:experts?|authors?|people|topics|programs?|regions?|issues)\s*:\s*\S.{0,150}$", re.I
        ),
    ),
    (  # a newsletter's pitch that asks in a sentence of its own: "The Business Briefing newsletter delivers major
        # stories ... Sign up to get it every weekday morning.", "Subscribe to Here's the Deal, our politics newsletter"
        "newsletter prompt",
        GuardedPattern(
            ("newsletter",),
            re.compile(
                rf"^(?=.{{0,400}}$){NOT_REPORTED}(?:"
                r".{0,250}\bnewsletters?\b.{0,200}(?:^|[.!?]\s+)(?:sign up|subscribe)\b.{0,100}|"
                r"(?:sign up|subscribe)\b.{0,150}\bnewsletters?\b.{0,200}|we have more newsletters\b.{0,20})$",
                re.I,
            ),
        ),
    ),
    (  # a tech or gaming site's newsletter box and tip line: "Get Tom's Hardware's best news and in-depth reviews,
        # straight to your inbox.", "Sign up for breaking news, reviews, opinion, top tech deals, and more."
        "newsletter prompt",
        GuardedPattern(
            (
                "inbox",
                "sign up",
                "keep up to date",
                "want to miss",
                "tip us",
                "notifications",
                "news tip",
                "subscribe to",
            ),
            re.compile(
                rf"^{NOT_REPORTED}(?:get .{{2,60}}\b(?:best|latest|top)\b.{{0,80}}straight to your inbox|"
                r"sign up (?:now |today )?for (?:breaking news|the latest|exclusive)\b.{0,150}|"
                r"keep up to date with\b.{0,150}\b(?:as picked by|straight to your inbox)\b.{0,60}|"
                r"don['’]t want to miss (?:the best|the latest|out)\b.{0,60}\?|tip us off|"
                r"we['’]d like to send you (?:push )?notifications\b.{0,80}|"
                r"if you have a news tip\b.{0,120}\b(?:us|our)\b.{0,60}|"
                r"(?:listen (?:and|&) )?subscribe to .{2,60} on (?:apple podcasts|spotify|itunes|google podcasts)\b.{0,80})"
                r"[.!]?$",
                re.I,
            ),
        ),
    ),
    (  # a paywall's offer and meter: "Try unlimited access Only $1 for 4 weeks", "You have reached your limit ..."
        "subscription prompt",
        re.compile(
            r"^(?:try (?:unlimited|full|digital) access\b.{0,80}|then [$£€]\d[\d.,]* (?:per|a|/) ?(?:month|week|year)\b"
            r".{0,200}|you(?:['’]ve| have) reached your (?:limit|maximum) (?:of|for) free (?:articles|stories)\b.{0,40}|"
            r"subscribers (?:may|can) share up to\b.{0,150}|please use the sharing tools\b.{0,300})$",
            re.I,
        ),
    ),
    (  # a comment section's rules and controls in the site's voice: "To join the conversation, please log in."
        "comment policy",
        GuardedPattern(
            ("comment", "conversation", "discussion"),
            re.compile(
                # the comments are what the line is about from its first two sentences: a paragraph of prose with
                # the site's line glued to its end stays ("... promised. But do we really want someone in an altered
                # state altering these United States? Please review our Comment Policy before posting a comment")
                rf"^(?=.{{0,600}}$){NOT_REPORTED}"
                r"(?=(?:[^.!?]*[.!?]\s+)?[^.!?]*\b(?:comment\w*|conversation|discussion)\b)"
                # the site's comment system, not a writer's "post in the comments, please"
                r"(?=.*\b(?:log ?in|sign ?in|register|screen name|display name|community (?:standards|guidelines)|"
                r"comment(?:ing|s)? policy|guidelines for comment\w*|subscribers?|account)\b)(?=.*\b(?:you|your|our|we)\b)(?!(?-i:[A-Z]{2,})[\w .'’-]*:).{5,600}$",
                re.I,
            ),
        ),
    ),
    (  # a comment section's small controls: "Reply Like (12)", "Top comment by mac_fan_88"
        "comments",
        re.compile(
            r"^(?:reply\s+like\s*\(\d+\)|top comment by \S+|there (?:are|is) \d+ comments? (?:about|on) this "
            r"(?:story|article|post)\.?|comments? (?:have|has) (?:not )?been (?:enabled|disabled|closed|turned off) "
            r"(?:for|on) this (?:article|story|post)\.?|share your thoughts[.!]?|join the (?:conversation|discussion) "
            r"below[.!]?)$",
            re.I,
        ),
    ),
    (  # a site's disclaimer or disclosure under its label: "Risk Disclosure: Trading in financial instruments ..."
        "disclaimer",
        re.compile(
            r"^(?:[\w'’&]+ ){0,2}(?:disclaimer|disclosures?)(?: (?:&|and) polic(?:ies|ys|es))?\s*[:.]\s+\S.{0,280}$",
            re.I,
        ),
    ),
    (  # an investment site's standing lines: "*Stock Advisor returns as of March 4, 2024", a column's disclaimer
        "disclaimer",
        GuardedPattern(
            ("stock advisor", "opinions expressed", "investment advice", "does not endorse"),
            re.compile(
                r"^(?:\*?stock advisor returns as of\b.{0,40}|\(?the author is an? .{1,80}\. the opinions expressed are "
                r"(?:his|her|their|the author['’]s) own\.?\)?|this article does not contain investment advice\b.{0,200}|"
                r".{1,100}\bdoes not endorse any content or product on this page\b.{0,200})$",
                re.I,
            ),
        ),
    ),
    (  # a shop's and a store's buttons: "View at Amazon", "Buy on PlayStation Store", "Wishlist on Steam"
        "shopping notice",
        GuardedPattern(
            (" at ", " on ", "add to", "commission", "earn revenue", "earn money"),
            re.compile(
                # a shop's name follows ("View on Ukraine" is a subhead, "Buy on the dip" a story's words)
                r"^(?:(?:buy|shop|check price|see price|wishlist) (?:at|on) (?-i:[A-Z])[\w .&'’-]{1,30}|"
                r"view at (?-i:[A-Z])[\w .&'’-]{1,30}|"
                r"add to (?:my )?(?:wishlist|cart|basket|watchlist)|"
                r".{0,150}\bmay earn (?:us )?(?:a )?commission\b.{0,100}\b(?:learn more|us|our)\b.{0,20}|"
                r"we may earn (?:revenue|a commission|money)\b.{0,200})[.!›]?$",
                re.I,
            ),
        ),
    ),
    (  # a transcript's notices: "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM ..."
        "transcript notice",
        GuardedPattern(
            ("transcript", "final form", "closed captioning", "sponsor message"),
            re.compile(
                rf"^(?!(?-i:[A-Z]{{2,}})[\w .'’-]*:){NOT_REPORTED}(?:(?:this is a )?rush transcript\b.{{0,300}}|"
                r".{0,150}\bmay not be in (?:its|their) final form\b.{0,300}|(?:notice: )?transcripts? (?:are|is) "
                r"(?:machine|computer|automatically)\b.{0,200}|\*?this text was compiled from uncorrected closed "
                r"captioning\.?|return to transcripts main page|sponsor message)$",
                re.I,
            ),
        ),
    ),
    (  # an obituary's and a notices page's widgets: "Sign the Guest Book", "Send Flowers", "Place a Notice"
        "obituary widget",
        re.compile(
            r"^(?:sign the guest ?book|send flowers|plant (?:memorial )?trees|leave a condolence|offer (?:a )?condolences? "
            r"for the family of .{1,60}|share this (?:death notice|obituary)|see all entries|to plant trees in memory,? "
            r"please visit\b.{0,60}|funeral services provided by:?|not sure what to say\?|place an? (?:notice|ad)|"
            r"view all (?:public |legal )?notices)[.!]?$",
            re.I,
        ),
    ),
    (  # a player's, a gallery's and a page's small controls
        "widget label",
        re.compile(
            r"^(?:sorry,? the video player failed to load\b.{0,60}|please use an? html5 video capable browser\b.{0,40}|"
            r"javascript must be enabled\b.{0,80}|episode \d+\s*[·•|-]\s*\d{1,2}:\d\d(?::\d\d)?|"
            r"video\s*\d{1,2}:\d\d(?:\d{1,2}:\d\d)?|stream type live|download this episode\b.{0,40}|"
            r"short url|hide ad|"
            r"(?:normal|larger?|very large|smaller?|medium) text size|headshot of (?-i:[A-Z])[\w'’.-]+(?: [\w'’.-]+){0,3}|"
            r"take our (?:\d+[- ]minute |short |quick )?survey|we want your opinion!.{0,80}|"
            r"spot(?:ted)? an? (?:mistake|error|typo)\?.{0,100}|follow (?:topics|authors)\b.{0,40}\bwe['’]ll email you\b"
            r".{0,150}|to (?:see|view) this content,? please (?:enable|accept|allow)\b.{0,60}cookies\b.{0,80}|"
            r"this (?:article|story|content) (?:was published|is) (?:more than|over) \d+ (?:months?|years?|days?) "
            r"(?:ago|old)\b.{0,100})$",
            re.I,
        ),
    ),
    (  # a health site's standing disclaimer: "This content is for informational purposes only and is not ..."
        "disclaimer",
        GuardedPattern(
            ("informational", "seek the advice", "medical emergency", "honcode"),
            re.compile(
                r"^(?:.{0,60}\bfor informational purposes only\b.{0,200}\b(?:medical|professional|financial|legal) "
                r"advice\b.{0,200}|always seek the advice of your (?:physician|doctor)\b.{0,200}|if you think you may have a "
                r"medical emergency\b.{0,100}|this site complies with the honcode standard\b.{0,60})$",
                re.I,
            ),
        ),
    ),
    (  # a registration wall and a metered paywall: "Log in or Sign up for Free to read the full article"
        "subscription prompt",
        re.compile(
            r"^(?:unlock (?:this|the full) (?:article|story)\b.{0,150}|(?:log ?in|sign ?in)(?: or (?:sign up|register|"
            r"create a free account))?(?: for free)? to (?:read|continue reading|access|continue)\b.{0,60}|"
            r"register (?:now )?to (?:continue|keep reading|read)\b.{0,40}|registration is free\b.{0,60}|"
            r"already (?:registered|a [\w ]{0,20}subscriber|a member)(?: or a current subscriber)?\? (?:log|sign) ?in"
            r"\b.{0,60}|try [\w .&'’-]{2,30} free for\b.{0,40}|access through your institution|continue in (?:the )?browser)"
            r"[.!]?$",
            re.I,
        ),
    ),
    (  # a journal's and a science site's tools: "Cite this article", "Export citation", "347 Altmetric", a DOI
        "journal tools",
        GuardedPattern(
            (
                "cite",
                "citation",
                "download",
                "about this article",
                "altmetric",
                "article views",
                "metrics",
                "check for updates",
                "sharelines",
                "doi",
                "issn",
            ),
            re.compile(
                r"^(?:cite this article|export citation|download (?:references|citation|pdf)|about this article|"
                r"\d*\s*altmetric|article views|metrics details|check for updates|sharelines from this story|"
                r"doi:\s*10\.\d+/\S+|.{0,60}\bissn \d{4}-\d{3}[\dx]\b.{0,80})$",
                re.I,
            ),
        ),
    ),
    (  # a licence line under a story: "This work is licensed under a Creative Commons Attribution 4.0 ..."
        "legal line",
        re.compile(
            r"^(?:this (?:work|article|story|content) is|content (?:is )?available) (?:licensed )?under a creative "
            r"commons\b.{0,120}$",
            re.I,
        ),
    ),
    (  # a newsletter box's and a sign-up form's lines: "Expert analysis directly to your inbox.", "You're in!"
        "newsletter prompt",
        GuardedPattern(
            ("inbox", "unsubscribe at any time", "signing up"),
            re.compile(
                r"^(?:[\w ,'’-]{0,60}(?:directly|straight|delivered) to your inbox[.!].{0,200}|we deliver .{0,60} to your "
                r"inbox\b.{0,200}|(?=.*\bnewsletters?\b).{0,200}\byou can unsubscribe at any time\b.{0,60}|"
                r"(?:you['’]re in!\s*)?thank you(?:, .{1,40},)? for signing up[.!]?)$",
                re.I,
            ),
        ),
    ),
    (  # a site asking for tips, corrections and feedback in its own voice: "Tips? Send us a confidential message"
        "site notice",
        GuardedPattern(
            (
                "accuracy",
                "tip",
                "something to add",
                "correction",
                "name to comment",
                "comment",
                "recipe",
                "register",
                "rsvp",
                "cookies",
            ),
            re.compile(
                rf"^{NOT_REPORTED}(?:we are committed to accuracy\b.{{0,200}}|tips\?\s.{{0,150}}|got a (?:news )?tip"
                r"(?: for .{1,60})?\?|have something to add about this\?.{0,150}|(?:our )?corrections? policy|"
                r"create a (?:display|screen) name to comment|readers?['’]? comments? \(\d+\)|"
                r"did you make this recipe\?.{0,150}|.{0,120}\b(?:register now|rsvp here|register here)[.!]?|"
                r"[\w .&'’-]{2,40} uses cookies\b(?=.*\b(?:accept|consent|agree|settings|preferences)\b)"
                r"(?=.*\b(?:you|your|we|our)\b).{0,250})$",
                re.I,
            ),
        ),
    ),
    (  # a publisher describing itself under every story: "Chalkbeat is a nonprofit news site covering ..."
        "site notice",
        re.compile(
            r"^(?:the )?[\w.&'’ -]{1,40}? (?:is|are) (?:an?|the) (?:(?:award-winning|independent|nonprofit|non-profit|"
            r"reader-funded|reader-supported|national|leading|premier|trusted|global)[, ]+){1,3}(?:[\w-]+ ){0,2}"
            r"(?:media (?:outlet|organi[sz]ation|company)|news (?:site|organi[sz]ation|outlet|website|source|service|"
            r"platform)|newsroom|publication|journalism (?:organi[sz]ation|site))\b.{0,400}$|"
            # a series run with partners: "Future Tense is a partnership of Slate, New America, and Arizona State
            # University that examines emerging technologies, ..."
            r"^(?-i:[A-Z])[\w.&'’ -]{1,40} is a partnership (?:of|between) (?-i:[A-Z])[\w.&'’ ,-]{2,120}"
            r"\b(?:that|which) (?:examines|explores|covers|looks at|investigates|reports on)\b.{0,300}$",
            re.I,
        ),
    ),
    (  # a paper's letters box ("Send letters to letters@suntimes.com."); a gallery's player ("Sound The gallery will
        # resume in seconds"). A desk's "This article was produced by the Reuters Fact Check team." is a credit, and
        # a series' note ("This article is part of a series on ...") tells of the story and stays with it.
        "site notice",
        re.compile(
            r"^(?:send (?:your )?letters?(?: to the editor)? to \S+@\S+?\.?|"
            r"(?:sound )?the gallery will resume in (?:\w+ )?seconds?)$",
            re.I,
        ),
    ),
    (  # a page's own lines about reading, saving and signing in: "Save articles to read later ..."
        "site notice",
        re.compile(
            r"^(?:save (?:articles|stories)(?: to read)? (?:for )?later\b.{0,80}|add articles to your saved list\b.{0,80}|"
            r"go to accessibility shortcuts|browse today['’]s tags|"
            r"keep up to date with .{3,60} by downloading the .{3,40} app|download (?:the )?[\w .&'’-]{2,40} app|"
            r"watch [\w .&'’-]{2,40} live|read more with [\w .&'’-]{2,30}|log in to access this .{2,60} article|"
            r"this content is available to .{2,40} subscribers only\.?|unlock unlimited access for .{1,40}|"
            r"you have \d+ free (?:articles?|stories) (?:remaining|left)(?: this month)?\.?|"
            r"receive email from us on behalf of our trusted partners\b.{0,40}|"
            r"dear readers! thank you for being with us!.{0,150}|voiced by artificial intelligence\.?|"
            r"printed from(?: \S+)?|list of \d+ items|list \d+ of \d+|end of list|"
            r"do you want to automatically post your .{3,60} comments to your facebook timeline\?|"
            r"see comments \(\d+\))$",
            re.I,
        ),
    ),
    (  # a market-research firm's press release and its calls to buy: "Get Free Sample Report of “Global ...”
        # Report Visit @ http://...", "Inquiry before Buying@ http://...", "Browse Full Detailed with TOC, ..."
        "report shop prompt",
        re.compile(
            r"^(?=get|request|inquir|enquir|browse|ask|buy)"  # the call's first word, which most lines fail at once
            rf"{NOT_REPORTED}(?:get (?:a )?free sample (?:report|copy|pdf)|request (?:a |for )?(?:free )?sample "
            r"(?:report|copy|pdf)|(?:inquiry|enquiry|inquire|enquire) before buying|browse full (?:detailed|report)|"
            r"(?:inquire|enquire) (?:for|about) (?:more )?(?:information|details)(?= ?[@:])|"
            r"ask for (?:a )?discount|buy (?:this|the full) report)\b.{0,250}$",
            re.I,
        ),
    ),
    (  # a TV channel's pitch for itself: "Important: Newsmax TV is available on DirecTV Ch. 349, U-Verse 1220,
        # Dish 216 and FiOS 615."
        "channel notice",
        GuardedPattern(
            ("available on",),
            re.compile(
                rf"^{NOT_REPORTED}(?:important:\s*)?(?-i:[A-Z])[\w&'’ -]{{1,30}} is (?:now )?available on "
                r"(?:directv|dish|u-verse|fios|xfinity|comcast|spectrum|sling|roku|pluto)\b.{0,300}$",
                re.I,
            ),
        ),
    ),
    (  # a site's own links and widgets in a news aggregator's or blog's copy: "SEE MORE UK COLUMN NEWS AT: UK
        # COLUMN.ORG", "% of readers think this story is Fact. Add your two cents.", "Subscribe to Canada Free
        # Press for FREE"
        "site link",
        re.compile(
            r"^(?:(?:see|find|get|read) more (?:[\w.'’& -]{1,30} )?(?:news|stories|articles|videos) (?:at|on):?\s+\S.{0,60}|"
            r"\d{0,3}\s?% of readers think this (?:story|article) is (?:fact|fiction)\b.{0,80}|"
            r"subscribe to (?:the )?(?-i:[A-Z])[\w.'’&-]*(?: (?-i:[A-Z])[\w.'’&-]*){0,4} for free[.!]?|"
            # a reprint's link to where it came from: "Read more at usatoday.com", "Read the full article at
            # ANH-USA.org."
            r"(?:read|see|view|continue reading) (?:more|the (?:full|rest of the|whole|original|complete) "
            r"(?:article|story|report|post|piece)|(?:the )?(?:article|story) in full) (?:at|on) "
            r"(?:(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+/?|(?-i:[A-Z])[\w.&'’-]*(?: (?-i:[A-Z])[\w.&'’-]*){0,3})[.!]?|"
            # "Learn more about the ongoing COVID-19 pandemic at Pandemic.news.", "More of the latest news about the
            # Wuhan coronavirus (COVID-19) is available at ..."
            r"(?:learn|find out|discover) more (?:about [^.!?]{1,80} )?at(?:\s|Â)+(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+/?[.!]?|"
            r"more (?:of (?:the|our) latest )?(?:news|stories|updates|coverage)(?: (?:about|on) [^!?]{1,80})? "
            r"(?:is|are) available at\b[^!?]{1,80}|"
            # the site's own page for more: "More information can be found at our COVID 411 page."
            r"(?:more|further) (?:information|details|info|resources)(?: (?:on|about) [^.!?]{1,60})? "
            r"(?:can be found|is available|are available) (?:at|on) our\b[^.!?]{1,80}"
            r"\b(?:page|website|site|hub|cent(?:er|re)|section)\.?)$",
            re.I,
        ),
    ),
    (  # a reprint's permission and its copyright: "Republished with permission from X. Copyright (c) X. All
        # rights reserved." (the permission alone is a credit)
        "copyright line",
        re.compile(
            r"^(?=.{0,300}$)(?:republished|reprinted|reposted) with (?:the )?permission\b.{0,200}\bcopyright\b.{0,120}"
            r"\ball rights reserved\.?$",
            re.I,
        ),
    ),
)
# Notices longer than the short patterns read (newsl10n.newsparts reads these up to its consent length).
LONG_SITE_KIND_PATTERNS: tuple[tuple[str, re.Pattern[str] | GuardedPattern], ...] = (
    (  # a comment section's rules, opened by the pointer to them: "Please adhere to our commenting policy to
        # avoid being banned. As a privately owned website, we reserve the right to remove any comment ..."
        "comment policy",
        GuardedPattern(
            ("comment",),
            re.compile(
                rf"^{NOT_REPORTED}(?:please )?(?:read|see|review|adhere to|follow) our (?:full )?"
                r"comment(?:s|ing)? (?:policy|guidelines|rules)\b.{0,500}$",
                re.I,
            ),
        ),
    ),
    (  # a press council's or media council's line a member prints under its stories
        "site notice",
        GuardedPattern(
            ("council", "ombudsman"),
            re.compile(
                r"^(?:the )?[\w.'’ -]{2,40} (?:supports the work of|is a member of|is regulated by|subscribes to)\b.{0,40}"
                r"\b(?:press council|press ombudsman|media council)\b.{0,500}\b(?:you can|should be directed|www\.|"
                r"mediacouncil|presscouncil)\b.{0,200}$",
                re.I,
            ),
        ),
    ),
    (  # a site's copyright notice in full: "Copyright owned or licensed by Toronto Star Newspapers Limited. ..."
        "copyright",
        re.compile(
            r"^(?:copyright (?:owned|held) (?:or licensed )?by .{2,80}\. all rights reserved\b.{0,500}|"
            r"content and programming copyright \d{4}\b.{0,700})$",
            re.I,
        ),
    ),
    (  # a disclaimer too long for the short patterns: NDTV's "Disclaimer: The opinions expressed within this ..."
        "disclaimer",
        re.compile(r"^(?:[\w'’&]+ ){0,2}(?:disclaimer|disclosures?)\s*[:.]\s+\S.{280,600}$", re.I),
    ),
    (  # a comment section's rules, longer than the short patterns read (Postmedia's)
        "comment policy",
        GuardedPattern(
            ("lively but civil",),
            re.compile(
                r"^.{0,100}\bis committed to maintaining a lively but civil forum for discussion\b.{0,600}$",
                re.I,
            ),
        ),
    ),
    (  # what a consent tool prints in place of an embed: "This article contains content provided by Twitter. ..."
        "embed notice",
        GuardedPattern(
            ("content", "cookie"),
            re.compile(
                r"^(?=.{0,700}$)(?:(?:allow (?-i:[A-Z])[\w.'’ -]{0,30} content\?\s*)?this (?:article|page) (?:includes|contains) "
                r"content (?:provided|hosted) by|this content is provided by|"
                r"content from (?:x|twitter|instagram|facebook|youtube|tiktok|spotify|[\w ]{2,20}) cannot be "
                r"displayed)\b.{0,600}\b(?:cookies?|permission|consent|privacy)\b.{0,300}$",
                re.I,
            ),
        ),
    ),
)

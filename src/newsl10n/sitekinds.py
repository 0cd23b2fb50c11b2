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

from newsl10n.text import GuardedPattern

# Words of a report: a line that tells what someone said or urged is the article's, whatever it says.
_ATTRIBUTION = r"said|says|told|urged|urges|asked|according to|warned|added"
_NOT_REPORTED = rf"(?!.*\b(?:{_ATTRIBUTION})\b)"
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
                rf"^(?=.{{0,400}}$){_NOT_REPORTED}(?:"
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
        re.compile(
            rf"^{_NOT_REPORTED}\W{{0,6}}(?:"
            r"join our (?:whatsapp|telegram|viber|signal) (?:channel|group|community)\b.{0,80}|"
            r"(?:stay informed: )?follow us on (?:viber|telegram|whatsapp|wechat|line)\b.{0,60}|"
            r"scan the qr code to follow us on \w+|(?:telegram|viber|whatsapp|signal)(?: \| (?:telegram|viber|"
            r"whatsapp|signal|facebook|x|youtube)){2,}|\S{0,40} (?:is|are) now on (?:whatsapp|telegram)!.{0,100}|"
            r"would you like to receive notifications about (?:the )?latest news\?|"
            r"follow us on social media and support our work|найважливіше\W+у нашому telegram)\W{0,4}$",
            re.I,
        ),
    ),
    (  # a wire's end mark on a partner's page: Xinhua's "Enditem", Yonhap's "(END)"
        "wire end mark",
        re.compile(r"^(?:enditem|\(end\)|\(ends\))$", re.I),
    ),
    (  # a site's rule for reusing its stories: "Reprinting is allowed only with an active hyperlink to RIA Novosti."
        "reuse notice",
        GuardedPattern(
            ("hyperlink", "permission", "creative commons", "republish", "reprint", "materials"),
            re.compile(
                rf"^(?=.{{0,400}}$){_NOT_REPORTED}(?:"
                r"(?=.*\b(?:mandatory|required|obligatory|allowed|permitted|only)\b)(?:when )?"
                r"(?:citing|using|reprinting|full or partial use)\b.{0,40}\b(?:materials?|content|publications?|"
                r"stories|articles)\b.{0,150}\b(?:hyperlinks?|(?:written )?permission)\b.{0,200}|reprint(?:ing)? is (?:allowed|permitted) only\b.{0,150}|"
                r"all materials on this (?:site|website)\b.{0,200}|you can republish this (?:story|article)\b.{0,150}|"
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
            r"украинском)|read in (?:ukrainian|russian))$",
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
                "-funded",
                "-supported",
                "made possible",
                "free press",
                "value our",
            ),
            re.compile(
                rf"^(?=.{{0,400}}$){_NOT_REPORTED}(?:"
                r"help (?-i:[A-Z])[\w.&'’-]{1,30} keep (?:reporting|publishing)\b.{0,60}|"
                r"support (?-i:[A-Z])[\w.&'’-]{1,30} or become (?:our|a) (?:patron|member)\b.{0,30}|"
                r"donate with (?:paypal|card|crypto)\b.{0,80}|"
                r"already a (?:member|subscriber|supporter)\? (?:log|sign) ?in\.?|"
                # "Become a member of NATO" is a subhead: the site's own ask says when or why, or stands alone
                r"(?:want to see more stories like this\? )?become a (?:sustaining )?member(?: of [\w .&'’-]{2,40})?"
                r"(?: today| now| to (?:support|leave|read)\b.{0,100})|become a (?:sustaining )?member(?: today| now)?[.!]?|"
                r"want to see more stories like this\? become a (?:sustaining )?member of [\w .&'’-]{2,40}|"
                r".{0,120}\b(?:help us keep going|join our community of (?:members|supporters))\b.{0,80}|"
                r"independent journalism is under threat\.? stand with us\.?|"
                r"every (?:contribution|donation|gift),? (?:however|no matter how) (?:big or small|small)\b.{0,150}|"
                r"our reporters risk (?:everything|their lives)\b.{0,150}\bplease support\b.{0,60}|"
                r"we(?:['’]re| are) an? (?:reader|listener|member)-(?:funded|supported) newsroom\b.{0,150}|"
                r"your support(?:, no matter how small,)? makes (?:this (?:reporting|journalism|work) possible|a world of "
                r"difference)\b.{0,300}|(?:local )?news that matters is made possible by (?:listeners|readers|viewers) "
                r"like you\b.{0,120}|a free press is a cornerstone of a healthy democracy\b.{0,120}|"
                r"if you(?:['’]re| are) enjoying this (?:article|story)\b.{0,60}\bsupport\w*\b.{0,250}|"
                r"choose an amount:?.{0,60}|once monthly annually|remind me later\.?|"
                r"(?:hi, )?this is [A-Z][\w'’-]+ [A-Z][\w'’-]+\. i write about\b.{0,150}\bif you value our "
                r"(?:reporting|journalism|work)\b.{0,150})$",
                re.I,
            ),
        ),
    ),
    (  # an opinion page's disclaimer: "The views expressed in this commentary are the author's own and ..."
        "site notice",
        re.compile(
            r"^(?:the )?(?:statements, )?(?:views|opinions)(?:,? (?:and|or) (?:views|opinions))?(?: and opinions)? "
            r"expressed (?:in|on) this (?:opinion )?(?:article|commentary|column|op-ed|piece|post|blog|page) "
            r"(?:are|is)\b.{0,200}$",
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
            ("members", "subscribers", "sign up"),
            re.compile(
                rf"^(?:for (?:members|subscribers)(?: only)?|(?:members|subscribers) only|exclusive (?:to|for) "
                rf"(?:members|subscribers))[.!]?$|"
                # a newsletter's, not a service's: "you can sign up for the vaccine here" is the story's
                rf"^(?=.{{0,400}}$){_NOT_REPORTED}.{{0,250}}\byou can sign up (?:here )?(?:for|to receive)\b"
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
    (  # a page's own lines about reading, saving and signing in: "Save articles to read later ..."
        "site notice",
        re.compile(
            r"^(?:save (?:articles|stories) to read later\b.{0,80}|please check your (?:email|inbox) to confirm your "
            r"(?:subscription|sign-?up)\.?|go to accessibility shortcuts|browse today['’]s tags|"
            r"keep up to date with .{3,60} by downloading the .{3,40} app|download (?:the )?[\w .&'’-]{2,40} app|"
            r"watch [\w .&'’-]{2,40} live|read more with [\w .&'’-]{2,30}|log in to access this .{2,60} article|"
            r"this content is available to .{2,40} subscribers only\.?|unlock unlimited access for .{1,40}|"
            r"you have \d+ free (?:articles?|stories) (?:remaining|left)(?: this month)?\.?|"
            r"become a member to leave a comment\b.{0,40}|"
            r"receive email from us on behalf of our trusted partners\b.{0,40}|"
            r"dear readers! thank you for being with us!.{0,150}|voiced by artificial intelligence\.?|"
            r"printed from(?: \S+)?|list of \d+ items|list \d+ of \d+|end of list|"
            r"do you want to automatically post your .{3,60} comments to your facebook timeline\?|"
            r"see comments \(\d+\))$",
            re.I,
        ),
    ),
)
# Notices longer than the short patterns read (newsl10n.newsparts reads these up to its consent length).
LONG_SITE_KIND_PATTERNS: tuple[tuple[str, re.Pattern[str] | GuardedPattern], ...] = (
    (  # what a consent tool prints in place of an embed: "This article contains content provided by Twitter. ..."
        "embed notice",
        GuardedPattern(
            ("content", "cookie"),
            re.compile(
                r"^(?=.{0,700}$)(?:this (?:article|page) contains content provided by|this content is provided by|"
                r"content from (?:x|twitter|instagram|facebook|youtube|tiktok|spotify|[\w ]{2,20}) cannot be "
                r"displayed)\b.{0,600}\b(?:cookies?|permission|consent|privacy)\b.{0,300}$",
                re.I,
            ),
        ),
    ),
)

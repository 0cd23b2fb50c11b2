"""What sites say to their readers in sentences of their own, around and inside an article.

Sign-up pitches ("Sign up to get the best content of the week"), paywalls ("To view the full story, please
subscribe"), app and push prompts, requests for letters, affiliate and advertising disclosures, a blog
platform's or wiki's own lines, share tools and what they answer once used ("Posted!"), form fields marked
"(required)", and the labels of saved-story, video and pager widgets. Each pattern is written for the forms
sites share (content systems and widget vendors repeat them word for word), and one that could be a
sentence of the story refuses a line that reports what someone said.

:mod:`newsl10n.newsparts` reads these with its own patterns; a match is dropped with its reason.
"""

from __future__ import annotations

import re

from newsl10n.text import ATTRIBUTION, GuardedPattern

SITE_NOTICE_PATTERNS: tuple[tuple[str, re.Pattern[str] | GuardedPattern], ...] = (
    (  # a pointer to the site's rules for comments: "Please read our comment policy before commenting."
        "comment policy",
        re.compile(
            r"^(?:please )?(?:read|see|review) our (?:full )?(?:community (?:guidelines|standards|rules)|"
            r"comment(?:s|ing)? (?:policy|guidelines|rules))\b.{0,60}$|^discussion (?:policy|guidelines|rules)$|"
            r"^we reserve (?:the right|editorial discretion)\b.{0,40}\b(?:publish|edit|remove|delete|decide)\w*\b.{0,100}$|"
            r"^(?=.{0,300}$).{0,60}\bencourages (?:commentary|comments|contributions) submitted (?:via|through)\b.{0,200}$|"
            r"^(?=.{0,500}$)comments that (?:include|contain) (?:profanity|personal attacks|obscenit)\w*\b.{0,400}$|"
            r"^you can find our (?:community|comment(?:ing)?) (?:guidelines|policy|rules)\b.{0,40}$|"
            r"^share your thoughts and join the conversation\b.{0,40}$|^house rules:?$|"
            # "Guidelines: You share in the USA TODAY community, so please keep your comments smart and civil. ..."
            r"^(?=.{0,500}$)(?!.*\b(?:said|says|told)\b).{0,100}\bplease keep (?:your )?comments "
            r"(?:smart|civil|respectful|clean|relevant|on[- ]topic)\b.{0,400}$|"
            # the rules themselves: what the site will not publish or may republish of readers' comments
            r"^(?=.{0,500}$)(?!.*\b(?:said|says|told)\b)(?:we welcome (?:reader|readers['’]|your) comments\b|"
            r"[\w .'’]{1,40} (?:firmly )?discourages any (?:commentary|comments)\b).{0,450}$",
            re.I,
        ),
    ),
    (  # a sign-up pitch in a sentence of its own: "Sign up to get the best content of the week, ..."
        "newsletter prompt",
        GuardedPattern(
            (
                "sign",
                "subscri",
                "regist",
                "get ",
                "receive",
                "email",
                "e-mail",
                "join",
                "stay ",
                "never miss",
                "paper",
                "newsletter",
                "delivered",
                "inbox",
            ),
            re.compile(
                rf"^(?=.{{0,300}}$)(?!.*\b(?:{ATTRIBUTION})\b)(?:"
                r"(?:sign up|subscribe|register)(?: now| today| for free)? (?:to|and) (?:get|receive)\b.{0,100}"
                r"\b(?:content|news|deals|updates|stories|newsletters?|alerts|offers|inbox|e-?mails?|tips)\b.{0,100}|"
                r"(?:get|receive) (?:the latest|regular|daily|weekly|our latest|our best)\b.{0,120}"
                r"\b(?:updates|newsletters?|inbox|tutorials|stories)\b.{0,120}|"
                r".{0,150}\benter your e-?mail(?: address)?\b.{0,150}|"
                r"join (?:the )?(?:[\w,.&'’-]+ ){0,6}(?:newsletters?|mailing list)[.!]?|"
                r"join (?:the )?(?:hundreds|thousands|millions) of\b.{0,80}\bwho (?:get|receive|read)\b.{0,120}|"
                r"(?:yes!? )?sign me up\b.{0,220}|send me (?:an )?e-?mail\b.{0,80}|"
                r"have you (?:subscribed|signed up) (?:to|for) .{1,80}\bnewsletter\b.{0,200}|"
                r"stay (?:up[- ]to[- ]date|informed|in the know)(?: (?:on|with) (?:our|the latest)\b.{0,80})?[.!]?|"
                r"never miss (?:a|an|another) (?:story|beat|post|update|thing)\b.{0,80}|"
                r"never miss the latest\b.{0,40}\bsign up\b.{0,160}|"
                r"(?:get|receive) (?:the best of |more of )?(?:the )?[\w.&'’ -]{1,40}\b(?:delivered )?(?:in|to) your inbox\b.{0,160}|"
                r"get the news you need to start your day\.?|"
                r"sign up and stay up to date with\b.{0,120}|read (?:our|the) e-?paper\b.{0,60}|"
                # "Sign-Up For Breaking News E-Mail Alerts", "Subscribe to local news e-mail alerts"
                r"(?:sign[- ]?up|subscribe|register) (?:for|to) (?:[\w&'’-]+ ){0,5}"
                r"(?:alerts|newsletters?|e-?mail (?:updates|alerts))[.!]?|"
                # a newsletter's pitch: "Join our daily and weekly newsletters for the latest updates ...", "Subscribe
                # to the Eye on AI newsletter to stay abreast of ...", "..., selects her favourite stories in this
                # weekly newsletter.", "A guide through the most important stories of the morning, delivered Monday
                # through Friday."
                r"join our (?:[\w,&'’-]+ ){0,6}newsletters? (?:for|to (?:get|receive|stay))\b.{0,200}|"
                # "Sign up" opening a sentence: "Never miss a story — sign up for PEOPLE's free daily newsletter ...",
                # "Get inspired by a weekly roundup ... Sign up for CNN's Life, But Better newsletter series."
                r"(?:.{0,200}[.!?:—–]\s+)?sign up (?:here |now |today )?(?:for|to)\b.{0,120}"
                r"\b(?:newsletters?|inbox|push alerts|breaking news alerts|e-?mail list)\b.{0,160}|"
                r".{0,200}[.!?]\s+sign up to (?:get|receive) our\b.{0,160}|newsletter e-?mail address|"
                r"get (?:the )?[\w.&'’ -]{1,40} by e-?mail and never miss\b.{0,80}|"
                r"(?:keep up with|get|stay|receive|filter out)\b.{0,200}\b(?:(?:delivered|sent) (?:straight |directly )?to|"
                r"nurture) your inbox\b.{0,100}|we have more newsletters|"
                r"(?:.{0,120}[.!?:—–]\s+)?subscribe to our (?:[\w-]+ ){0,3}newsletters?\b.{0,160}|"
                r"(?:[\w .&'’-]{1,40}: )?join (?:over |more than )?[\d.,]+(?: million| thousand)? (?:[\w.&'’ -]{1,30} )?"
                r"(?:subscribers|readers)\b.{0,200}|"
                r"subscribe to (?:the |our )?(?:[\w&'’-]+ ){0,5}newsletter (?:to|for)\b.{0,200}|"
                r".{0,120}\bin this (?:daily|weekly|twice-weekly|monthly|free) newsletter[.!]?|"
                r".{0,40}\b(?:newsletter|briefing|digest|roundup|round-up|guide)\b.{0,80}\bdelivered "
                r"(?:to your inbox )?(?:(?:every|each) (?:day|weekday|morning|evening|week)|"
                r"(?:monday|mon\.?) (?:through|to|-) (?:friday|fri\.?)|"
                r"(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)days?(?:,? (?:and )?(?:mon|tues|wednes|thurs|fri|satur|sun)days?)*)"
                r"\b.{0,40})$",
                re.I,
            ),
        ),
    ),
    (  # a paywall's notice: "To view the full story, please subscribe ...", "Instant access to the full article PDF."
        "subscription prompt",
        GuardedPattern(
            (
                "subscri",
                "access",
                "story",
                "article",
                "seeing this message",
                "plan",
                "authors",
                "join",
                "a month",
                "a week",
                "a year",
                "per month",
                "per year",
                "unlock",
                "continue reading",
                "ve read",
                "have read",
                "for reading",
                "premium",
                "patience",
                "refresh",
                "free for",
                "become",
                "last free",
                "dedicated reader",
                "really pleased",
                "stop seeing",
                "premium period",
                "does not provide",
                "all-access",
            ),
            re.compile(
                rf"^(?=.{{0,300}}$)(?!.*\b(?:{ATTRIBUTION})\b)(?:"
                r"to (?:view|read|continue reading|access) (?:the|this) (?:full )?(?:story|article)\b.{0,120}"
                r"\b(?:subscri\w*|log ?in|sign ?in|register)\b.{0,120}|"
                r"subscribe (?:now |today )?(?:to|for) .{0,80}\b(?:full story|full article|to read|to continue)\b.{0,60}|"
                r"(?:subscribe|log ?in|sign ?in) (?:now |today )?to (?:read|continue reading|access) "
                r"(?:the|this) (?:full )?(?:story|article)\b.{0,60}|"
                r"if you(?:'|’)re (?:seeing this message|already a subscriber)\b.{0,200}|"
                r"(?:immediate|instant|unlimited) (?:online |digital )?access to (?:all|the full|our)\b[^.!?]{0,60}"
                r"\b(?:issues|articles?|stories|content|journalism|archive|pdf|site|edition)\b.{0,100}|"
                r".{0,120}\bsubscription (?:will )?auto(?:matically)?[- ]?renews?\b.{0,120}|"
                r"subscribe to .{1,60} to (?:bookmark|save|read|continue|unlock|access|comment)\b.{0,80}|"
                r"digital access or digital and print delivery\.?|choose the plan that['’]s right for you\.?|"
                r"you have full access to this article via your institution\.?|"
                r"this content is reserved for subscribers(?: only)?\.?|"
                r"(?:subscribe|register|sign in|log in)(?: ?/ ?(?:sign in|register|log in))? to unlock (?:more )?"
                r"(?:articles|stories|content)\.?|enjoy additional articles per month\.?|"
                r"access articles from across .{1,30} with one account\.?|"
                r"get email updates from your favou?rite authors\.?|"
                r"when you (?:join|subscribe to) .{1,60}, you(?:['’]ll| will) get\b.{0,250}|join now or renew to get:?|"
                r"first-time subscribers (?:also )?(?:receive|get)\b.{0,250}|"
                # "To continue reading, please login or subscribe to Globe.com", "Get 6 Months of Unlimited Access for
                # $1", the FT's "Unlock the Editor’s Digest for free"
                r"to continue reading,? (?:please )?(?:log ?in|sign ?in|subscribe|register)\b.{0,100}|"
                r"get (?:\d{1,2}|one|two|three|six|twelve) (?:weeks?|months?|years?) of (?:unlimited |full |digital )?"
                r"(?:digital )?access for\b.{0,60}|unlock (?:the |our )?[\w’' ]{1,40} for free[.!]?|"
                r"subscribe (?:now |today )?to continue reading[.!]?|exclusive to (?:subscribers|members)|"
                # a meter, a wall, a check: "You've read 3 of 5 free articles this month. ...", "This article is
                # only available to subscribers. ...", "Continue reading your article with a WSJ subscription",
                # "Reminder, this is a Premium article and requires a subscription to read."
                r"you(?:['’]ve| have) read \d+ (?:of (?:your )?\d+ )?(?:free )?(?:articles|stories)\b.{0,150}|"
                r"this (?:article|story|content) is (?:only )?(?:available|reserved|exclusive) (?:only )?(?:to|for) "
                r"(?:subscribers|members)\b.{0,120}|"
                r"continue reading (?:your|this) (?:article|story) with (?:a|an) .{1,40} (?:subscription|membership)\.?|"
                r"(?:reminder,? )?this is a premium (?:article|story)\b.{0,100}|"
                r"thank you for your patience while we verify access\b.{0,200}|"
                r"please refresh the page or navigate to another page on the site to be automatically logged in\.?|"
                r".{0,120}\btry (?:the )?[\w .&'’-]{1,40} free for (?:\d+|one|a) (?:days?|weeks?|months?)\b.{0,120}|"
                r"subscribe to [\w .&'’-]{1,40} to get access\b.{0,200}|"
                r"become an? [\w .&'’-]{1,30} (?:insider|member|subscriber|supporter)[.!]?|"
                # "Subscribe for $1", "You've read your last free article", "Your current subscription does not provide
                # access to this content.", "Thank you for reading! Please log in, or sign up ... to continue reading."
                r"subscribe (?:now )?for (?:just |only )?[$£€]\s?\d.{0,40}|you(?:['’]ve| have) read your last free (?:article|story)\b.{0,100}|"
                r"your (?:current )?subscription does not (?:provide|include) access to this (?:content|article|story)\.?|"
                r"thank you for reading!? please (?:log ?in|sign in)\b.{0,200}|get all-access to\b.{0,60}|"
                r"subscribe to (?:the )?(?-i:[A-Z])[\w .&'’-]{1,30} for (?:in-depth|exclusive|unlimited|full)\b.{0,200}|"
                r"subscribe for (?:the )?(?:[\w'’-]+ ){0,4}(?:news|stories|coverage)\b.{0,60}|"
                # a meter in the site's own words (The Times of Israel's "You're a dedicated reader" / "We’re really
                # pleased that you’ve read 10 Times of Israel articles in the past month.")
                r"you['’]re a dedicated reader|we['’]re really pleased that you['’]ve read \d+ .{1,40} articles\b.{0,200}|"
                r"already a member\? sign in to stop seeing this|your premium period will expire\b.{0,40}|"
                r"unlock this (?:article|story)|get unlimited (?:digital )?access(?: to [\w .&'’-]{1,40})?[.!]?|"
                # a price for reading on: "for only N$85 a month"
                r".{0,150}\bfor (?:only|just|as little as) (?:[$£€¥₹]|[A-Z]{1,3}\$|R|Rs\.? ?)\d[\d.,]*\s?(?:(?:a|per) (?:month|week|year)|for (?:the )?first (?:month|year|\d+ months))\b.{0,150})$",
                re.I,
            ),
        ),
    ),
    (  # a request for money or a follow: "If you found the reporting above valuable, please consider ..."
        "support prompt",
        GuardedPattern(
            (
                "valuable",
                "assisted you",
                "consider",
                "now on",
                "for as little as",
                "daily updates",
                "if you",
                "if our",
            ),
            re.compile(
                rf"^(?=.{{0,400}}$)(?!.*\b(?:{ATTRIBUTION})\b)(?:"
                r"if (?:you found|you value|you enjoy|you enjoyed|you like|our (?:services|work|journalism) (?:has|have) "
                r"(?:assisted|helped) you)\b.{0,200}\b(?:donat\w*|contribut\w*|support\w*|subscri\w*|members?\w*)\b.{0,250}|"
                r".{0,60}\bis now on (?:telegram|whatsapp|instagram|tiktok|youtube|threads|signal)!?|"
                r"for daily updates\b.{0,120}\bsubscribe to\b.{0,60})$",
                re.I,
            ),
        ),
    ),
    (
        "support prompt",
        re.compile(
            r"^(?=.{0,600}$)(?:if you (?:liked|enjoyed) this (?:article|story|post|piece)\b.{0,60}\b(?:recommend|share|"
            r"clap|follow|subscribe)\b.{0,200}|like (?-i:[A-Z])[\w.&'’ -]{1,40}\? consider (?:making )?(?:a )?"
            r"(?:tax-deductible )?(?:contribution|donation|donating|subscribing)\b.{0,500})$",
            re.I,
        ),
    ),
    (  # an opinion page's disclaimer, a sponsor's note, a call for tips
        "site notice",
        GuardedPattern(
            ("expressed", "produced by", "created by", "paid for by", "tip", "story for us", "story?"),
            re.compile(
                rf"^(?=.{{0,400}}$)(?!.*\b(?:{ATTRIBUTION})\b)(?:"
                r"(?:the )?(?:views|opinions) expressed (?:in this (?:article|column|piece|post) |here(?:in)? |by "
                r"(?:the )?(?:authors?|contributors?|writers?|columnists?) )?are (?:those of the (?:authors?|writers?)|"
                r"(?:the authors?['’]s?|their) own|solely (?:those of )?the (?:authors?['’]s?|writers?['’]s?))\b.{0,250}|"
                r"this (?:content|article|story|post|page) (?:was|is) (?:produced|created|paid for|sponsored) by\b.{0,120}"
                r"\b(?:on behalf of|in partnership with|sponsor|advertiser|did not involve|newsroom|editorial)\b.{0,200}|"
                # a call for tips to the newsroom (a tip for the author is the author's contact: a credit)
                r"(?:(?:have|got) a (?:news )?(?:tip|story)|do you have a (?:news )?(?:tip|story)(?: for us)?)\?"
                r"(?=.{0,150}\b(?:us|our|newsroom|news team|news desk)\b).{0,150})$",
                re.I,
            ),
        ),
    ),
    (  # "For the latest stories ... download the Nationnews apps for iOS and Android."
        "app prompt",
        GuardedPattern(
            ("download", "get the", "get it", "notifications"),
            re.compile(
                rf"^(?=.{{0,250}}$)(?!.*\b(?:{ATTRIBUTION})\b)(?:(?:for (?:the latest|more)\b.{{0,100}}?,? )?"
                r"(?:click here to )?download (?:the|our) (?:[\w.,&'’-]+ ){0,6}apps?\b.{0,120}|"
                r"get the (?:[\w.&'’-]+ ){0,3}app(?: (?:for|on|from)\b.{0,60})?|get browser notifications\b.{0,120}|"
                r".{0,60}\bwould like to send you (?:push )?notifications\b.{0,40}|"
                r"download on the app store|get it on google play)$",
                re.I,
            ),
        ),
    ),
    (  # the site asking for readers' letters, pictures, questions and corrections: "Submit a letter to the editor or
        # write to letters@theatlantic.com.", a reader call-out, a writer's question box, USA TODAY's corrections box
        "site notice",
        GuardedPattern(
            ("letter", "hear what you think", "hear from you", "correction", "send", "contacted", "question"),
            re.compile(
                rf"^(?=.{{0,400}}$)(?!.*\b(?:{ATTRIBUTION})\b)(?:"
                r".{0,150}\b(?:submit|send|write) (?:us )?(?:a |your )?letters? to the editor\b.{0,150}|"
                # USA TODAY's box: "To report corrections and clarifications, contact Standards Editor ..."
                r"to report (?:corrections|errors)(?: (?:and|or) clarifications)?, (?:contact|e-?mail|write to)\b.{1,350}|"
                r".{0,150}\bwrite to letters@.{0,80}|"
                r"(?:.{0,80}\?\s+)?(?:please )?send (?:us )?your (?:eyewitness accounts|pictures|photos|videos|"
                r"experiences|stories)\b.{0,300}|if you are happy to be contacted by\b.{0,300}|"
                r"if you have (?:a )?(?:question|comment)s?(?: or (?:a )?(?:question|comment)s?)? for .{1,60}?,? "
                r"(?:you can )?(?:submit|send|e-?mail)\b.{0,250}|"
                r"we(?: want|(?: would|['’]d) like) to hear (?:what you think|from you)\b.{0,200})$",
                re.I,
            ),
        ),
    ),
    (  # an affiliate or advertising disclosure: "We may receive compensation when you click on links ..."
        "site notice",
        GuardedPattern(
            (
                "may receive",
                "may earn",
                "may get",
                "advertiser",
                "disclos",
                "disclaim",
                "contain",
                "includes",
                "ftc:",
                "affiliate",
                "offers that appear",
            ),
            re.compile(
                rf"^(?=.{{0,300}}$)(?!.*\b(?:{ATTRIBUTION})\b)(?:"
                r"(?:.{0,280}\b)?(?:we|[A-Z][\w&.]{1,20}) may (?:receive|earn|get) (?:an? )?"
                r"(?:compensation|commissions?|a share of (?:the )?(?:sales?|revenue)|affiliate)\b.{0,200}|"
                r"this (?:post|article|page|content) (?:contains|may contain|includes) (?:affiliate )?"
                r"(?:links|references to products)\b.{0,220}|"
                r".{0,200}\badvertisers? (?:do|does) not influence\b.{0,200}|"
                r"(?:advertising|affiliate|advertiser) disclosures?\b.{0,250}|ftc: we use income earning .{0,120}|"
                r".{1,60} participates in (?:various )?affiliate (?:marketing )?programs\b.{0,250}|"
                r"the offers that appear in this table are from partnerships\b.{0,250}|"
                r"(?:editorial |advertiser |affiliate )?disclaimer:\s(?=.{0,300}\b(?:advertis\w*|bank|issuer|sponsor\w*|"
                r"compensat\w*|affiliate|endorse\w*)\b).{0,300})$",
                re.I,
            ),
        ),
    ),
    (  # a press release's trademark notice, its last sentence word for word on most
        "trademark notice",
        re.compile(
            r"^(?=.{0,500}$)(?:.{0,300}\bare (?:registered )?trademarks\b.{0,200}\.\s+)?other (?:company(?:,| and) )?"
            r"(?:product |brand )?(?:and (?:company |service )?)?names (?:mentioned )?(?:herein )?may be (?:the )?"
            r"trademarks of their respective (?:owners|holders|companies)\.?$",
            re.I,
        ),
    ),
    (  # Amazon's affiliate disclosure, word for word on many sites
        "site notice",
        re.compile(
            r"^(?=.{0,400}$)(?:.{0,150}\b(?:we are|is) a participant in the amazon services llc associates program\b.{0,300}|"
            r"as an amazon associate,? (?:i|we) earn from qualifying purchases\.?)$",
            re.I,
        ),
    ),
    (  # a story's reprint and gift links: "Order Reprint of this Story", the NYT's gift articles
        "reprint link",
        re.compile(
            r"^(?:order (?:a )?reprints?(?: of this (?:story|article))?|reprints? (?:&|and) permissions|"
            r"request reprints? (?:&|and) licensing|license this (?:article|story|content)|order reprints(?:\s*\|\s*[\w'’ ]{1,20}){1,4}|"
            r"as a subscriber, you have \d+ gift articles\b.{0,150})[.!]?$",
            re.I,
        ),
    ),
    (  # a blog platform's or wiki's own lines
        "legal line",
        GuardedPattern(
            (
                "powered by",
                "profile",
                "reply",
                "available under",
                "acceptance",
                "browser",
                "commit",
                "external",
            ),
            re.compile(
                r"^(?:.{0,30}\btheme\. powered by [\w .-]{1,30}\.?|view my complete profile|reply ?delete|"
                r"content is available under .{0,40}\b(?:creative commons|cc[- ]by)\b.{0,120}|"
                r"use of this (?:web ?site|site|service) (?:constitutes|signifies) (?:your )?acceptance\b.{0,200}|"
                r".{0,80}\byou are using a browser version with limited support\b.{0,250}|"
                r"failed to load latest commit information\.?|"
                # the BBC's line under every story with links: "The BBC is not responsible for the content of
                # external sites. Read about our approach to external linking."
                r"(?:the )?[\w.&'’ ]{1,40} (?:is|are) not responsible for the content of external (?:internet )?"
                r"(?:sites|websites|links)\.?(?: read (?:more )?about our approach to external linking\.?)?|"
                r"read (?:more )?about our approach to external linking\.?)$",
                re.I,
            ),
        ),
    ),
    (  # a widget's label ending in a colon, or a link to more of the same
        "widget label",
        re.compile(
            r"^(?:(?:on this page|you are here|latest on|sorted by|in this (?:article|story)|jump to|related on)\s*:|"
            r"you are here:\s*(?:[\w .&'’-]{1,40}\s*[>»/|]\s*){1,6}(?:[\w .&'’-]{1,60})?|"
            r"read (?:the )?(?:latest|more) (?:from|by) [\w.'’-]+(?: [\w.'’-]+){0,3}|"
            r"(?:find|see) more (?:by|from) [\w.'’-]+(?: [\w.'’-]+){0,3}|"
            r"more (?:stories|articles) (?:you may have missed|from [\w.'’ -]{1,40})|"
            r"discover (?:our|the) latest (?:editorial )?picks|scroll to read more\b.{0,60}|feedback to (?:the )?editors?|"
            # a screen reader's label before a caption, printed on its own line by the BBC's pages: "Image caption,"
            r"(?:image|media|video) caption,?|"
            r"photo credits|pdf version|as seen in|listen to (?:this|the) (?:article|story)\.?|you are here|your feedback is important to us|write a comment|"
            r"social share|share with (?:a )?(?:new )?(?:partner|friend)s?:?|text size:? (?:smaller|small|a-) ?(?:bigger|larger|a\+)|"
            r"\[\+\] enlarge|enlarge|\d+ ?comments?\(s\)|\d+ \d+ votes?|article rating|views:|\+ posts|brought to you by:?|"
            r"current issue|add to blog|publication code:|you may place this material on your blog\b.{0,60}|"
            r"(?:\d+ )?minute read|search (?-i:[A-Z][\w.]*(?: [A-Z][\w.]*){0,3}))$",
            re.I,
        ),
    ),
    (
        "reading time",
        re.compile(r"^\d{1,3} (?:minutes?|mins?)\s*[-–—·|]\s*[\d,]+ words$", re.I),
    ),
    (  # a share tool's buttons and what they say once used (USA Today's, the New York Times', Condé Nast's)
        "share prompt",
        re.compile(
            r"^(?:share this (?:story|post|article|page)\s*[!:]?(?:\s*[\w.' -]{1,40})?|sharing is caring!?|"
            r"view more sharing options|share or comment on this (?:article|story):?|"
            r"email thisblogthis!?(?:share to (?:twitter|facebook|pinterest))*|"
            r"share your thoughts with (?:friends|others)\.?|let friends in your social network know what you are "
            r"reading about|send any friend a story|post to (?:facebook|twitter|x)|"
            r"share on facebook\s*\d*(?: tweet)?(?: email)*(?: print)?|tweet subscribe|recommend|"
            r"copy link(?: url)?(?:\s*copied!?)?|url is copied\.?|continue reading the main story share this page)$",
            re.I,
        ),
    ),
    (
        "form message",
        re.compile(
            r"^(?:(?:sent|posted|saved|copied|subscribed|success)!|whoops!?|email sent!?|"
            r"you(?:['’]re| are) all set!?|you(?:['’]ve| have) been subscribed[.!]?|"
            r"we encountered an issue signing you up\b.{0,40}|"
            r"you have successfully emailed the post\.?|you have already subscribed\.?(?: thank you\.?)?|"
            r"a link has been (?:sent|posted) to your (?:friend['’]?s email address|facebook feed)\.?|"
            r"thanks for contacting us\.?.{0,80}|invalid email.{0,80}|"
            r"(?:you(?:['’]ve| have) been )?successfully subscribed!?|(?:you(?:['’]re| are) )?now signed up to receive\b.{0,80}|"
            r"cancel ?send|no thanks,? close|your message has been sent\.?|"
            r"there was an error (?:e-?mailing|sending|sharing) this (?:page|article|story)\.?|"
            r"we were unable to (?:follow|stop following|ignore|stop ignoring|block|unblock) this user\.?(?: are you logged in\?)?|"
            r"you are (?:now|no longer) following this user\.?|this user is (?:now|no longer) (?:ignored|blocked)\.?|"
            r"this profile is (?:private|under review)\.?|your bio is currently empty\b.{0,120}|"
            r"please wait while we (?:process your request|retrieve the user['’]s information)\.?)$",
            re.I,
        ),
    ),
    (
        "widget label",
        re.compile(
            r"^(?:save this story(?: for later)?\.?|to revisi?t this article,? .{0,80}|view saved stories\.?|"
            r"video ad feedback|your video will play in \d\d:\d\d|back to reading|get author rss feed|"
            r"view author archive|latest posts by .{1,40}\(see all\)|follow(?:ing)?(?:follow(?:ing)?)+|"
            r"view image in fullscreen|view all pages|[|·•]\s*(?:updated|published|posted|last updated):?|"
            r"type \? for help and tips|(?:video )?ad feedback|show transcript hide transcript|select page|"
            r"adjust text size|link copied bookmark|you recently viewed:?|you are logged in as|"
            r".{0,60}\bthis link opens in a new (?:tab|window)|report, opens new tab|"
            r"chevron_left browse all posts|link\|edit\|delete\|flag|next on [\w .]{1,40}|"
            r"(?:updated|published|posted|last updated):|"
            r".{0,40}\bscroll down to comment\b.{0,20}|"
            r"remind me to watch(?: reward me)?|(?:\d+\s+)*\d+ of \d+ next page|of \d{1,3})$",
            re.I,
        ),
    ),
    ("reading time", re.compile(r"^word ?count:?\s*[\d,]+$", re.I)),
    (  # a player's or share tool's button with its figure ("Listen • 7:38", "Share 0", "70Print this page")
        "widget label",
        re.compile(
            r"^(?:(?:listen|watch|play)(?: now)?\s*[•·|:-]?\s*\(?\d{1,2}:\d\d(?::\d\d)?\)?|"
            r"(?:share|shares|tweet|pin|comments?:?)\s*\d[\d,.]*k?|\d[\d,.]*k?\s*shares?|share tweet submit|"
            r"(?:talkbacks|comments|reader comments) (?:for|on) this (?:article|story):?\s*\d{1,5}|"
            r"\d{1,5}\s*print (?:this )?(?:page|article|story)|"
            r"(?:see )?full bio|republish (?:this )?(?:article|story)|unsubscribe|please wait(?:\.\.\.|…)?)$",
            re.I,
        ),
    ),
    (  # what a media group's template says on every page of its sites (Postmedia, Reach, Future, National World)
        "site notice",
        re.compile(
            r"^(?:this advertisement has not loaded yet(?:, but your article continues below)?\.?|"
            r"you can find this story in my bookmarks\.? ?or by navigating to the user icon\b.{0,40}|"
            r"you can save this article by registering for free here\.?(?: or sign-in if you have an account\.?)?|"
            r"create an account or sign in to continue with your reading experience\.?|"
            r"subscribe now to read the latest news in your city and across \w+\.?|"
            r"if you are a home delivery print subscriber, online access is included in your subscription\b.{0,80}|"
            r"this article is free to read,? register to unlock\.?|view more offers|try refreshing your browser,? or|"
            r"tap here to see other videos from our team\.?|watch more of our videos on [\w!]+|visit shots! now|"
            r"view author publications|social links navigation|show more sharing options|share this video|"
            r"read more stories|read in app|print recipe pin recipe|more posts in this series|"
            r"this link is to an external site that may or may not meet accessibility guidelines\.?|"
            r"there was an error, please provide a valid email address\.?|"
            r".{0,80}\bis committed to maintaining a lively but civil forum for discussion\b.{0,400}|"
            r"to find out more about facebook commenting please read the conversation guidelines\b.{0,40}|"
            r"contact me with news and offers from other \w+ brands.{0,200}|"
            r"we use your sign-up to provide content in ways you['’]ve consented to\b.{0,400}|"
            r"interested in more newsletters\? browse here\.?|inread invented by teads|close extra sharing options|"
            r"email the author \| follow on (?:twitter|x)|daily puzzles, including the new york times crossword\.?|"
            r"a welcome email is on its way\.?(?: if you don['’]t see it, please check your junk folder\.?)?|"
            r"sign up to the [\w ’'&-]{1,40} newsletter\. .{1,140})$",
            re.I,
        ),
    ),
    (  # the tools of older pages: "Email to a friend", "Printer-friendly version", "Add to del.icio.us"
        "share prompt",
        re.compile(
            r"^(?:(?:e-?mail|send)(?: this)?(?: (?:story|article|page|link))? to a friend|"
            r"printer[- ]friendly(?: version| format| page)?|(?:save|bookmark) this (?:article|story|page)|"
            r"save to my ?\w{1,10}|"
            r"(?:add|save|post|submit) (?:this )?to (?:digg|del\.icio\.us|delicious|my yahoo!?|reddit|stumbleupon|"
            r"newsvine|technorati|furl|myspace|favou?rites)|add to favou?rites|digg (?:it|this)|"
            r"subscribe to (?:rss|(?:our |the )?(?:rss )?feeds?)|rss feeds?|"
            r"(?:increase|decrease|reduce|enlarge) (?:the )?(?:text|font) size|(?:text|font) size:? ?(?:a ?){2,3}|"
            r"rate this (?:article|story)|recommend this (?:article|story)|send (?:us )?feedback)$",
            re.I,
        ),
    ),
    (  # the readers' side of older pages: "Report this comment", "Join the discussion on our Message Boards"
        "comment prompt",
        re.compile(
            r"^(?:report this comment|current rating|your comment|post (?:a |your )?comment|"
            r"join the discussion (?:on|in) our (?:message boards?|forums?)|"
            r"your views on this (?:story|article)\?(?: e-?mail \S+@\S+)?|"
            # "Comments have been disabled for this article.", "This discussion is now closed for comments."
            r"comments (?:have been|are|were) (?:disabled|closed|turned off)(?: (?:for|on) this (?:article|story|post))?\.?|"
            r"this (?:discussion|conversation|comment thread) (?:is )?(?:now )?closed(?: for comments)?\b.{0,200}|"
            r"comment(?:ing)? (?:guidelines|rules)|\d+ comments? / \d+ new)$",
            re.I,
        ),
    ),
    (  # sharing to the bookmarking services: "Post this story to: del.icio.us | Digg | Newsvine | Reddit"
        "share prompt",
        re.compile(r"^(?:post|add|send|share) this (?:story|article|page) to:\s*\S[^!?]{0,120}$", re.I),
    ),
    (  # a row of those tools: "Story Tools: E-MAIL | PRINT | Text Size: S M L XL | REPORT TYPO", "Printable version"
        "share prompt",
        re.compile(
            r"^(?=.*\b(?:e-?mail|print|printable|text size|typo|single page|reprints)\b)"
            r"(?:(?:story|article|page|single|reprints?|tools?|e-?mail|mail|print|printable|printer|friendly|version|text|size|"
            r"font|share|comments?|rate|save|send|report|typo|your|feedback|this|[smlx]{1,2}|[-–+|:]|\(\d+\)|"
            r"(?-i:[A-Z]{2,6}))\s*){2,}$|"
            r"^\[-\]\s*(?:text|font)(?: size)?\s*\[\+\]$",
            re.I,
        ),
    ),
    (  # moving between stories: "GO TO NEXT STORY", "Next Article in World »", "« || next »", "[ more ]"
        "story navigation",
        re.compile(
            r"^(?:[-•]\s+)?(?:go to (?:the )?(?:earlier|previous|next|last) (?:story|article)|go to the news index|"
            r"next (?:article|story) in [\w &'’/.-]{1,30}\s*[»›>:]|[«‹<]\s*\|\|\s*next\s*[»›>]|\[ ?more ?\]|"
            # a box's link to more of the site's stories, above or below them: "More News Stories", "More Scores"
            r"more (?:[\w&'-]+ ){1,2}(?:stories|videos?|scores|headlines)|more (?:news video|scores)|"
            r"more [\w&'-]+ news from [\w .&'’-]{1,30}|"
            # an article's pages: "View article on single page", "Continue Article", "CONTINUED 1 | 2 | 3 Next"
            r"(?:view|read) (?:this |the )?(?:article|story) on (?:a |one )?single page|continue (?:article|story)|"
            # the next and previous stories of a section: "- Next Auto News", "Previous Auto News -"
            r"[-–]?\s*(?:next|previous) (?:[\w&'’-]+ ){0,2}(?:news|story|article|post)\s*[-–]?|"
            r"continued\s+\d(?:\s*\|\s*\d){1,9}\s*(?:\|\s*)?next\s*[»›>]?)$",
            re.I,
        ),
    ),
    (  # another story's summary cut short, its link glued on: "Fixtures, results and tables ...Champions League...more"
        # (a caption's own "... more" toggle has its space: "... relations... more")
        "teaser",
        re.compile(r"^.{10,300}?[\w,](?:\.\.\.|…)(?:more|read more|full story)\s*[»›>]?$", re.I),
    ),
    (  # the comment rules of the TownNews (BLOX) sites, US local papers by the hundred, point by point
        "comment policy",
        re.compile(
            r"^(?:welcome to the discussion\.?|please turn off your caps lock\.?|"
            r"keep it clean\. please avoid obscene\b.{0,120}|don['’]t threaten\. threats of harming\b.{0,120}|"
            r"be truthful\. don['’]t knowingly lie\b.{0,120}|be nice\. no racism, sexism\b.{0,160}|"
            r"be proactive\. use the .{1,20} link on each comment\b.{0,120}|"
            r"share with us\. we['’]d love to hear eyewitness accounts\b.{0,160}|"
            r"sorry, there are no recent results for popular (?:commented )?articles\.?)$",
            re.I,
        ),
    ),
    (  # players', galleries' and apps' labels of the big US groups (McClatchy, Gannett, Forbes, Yahoo)
        "widget label",
        re.compile(
            r"^(?:take us with you|real-time updates and all local stories you want right in the palm of your hand\.?|"
            r"icymi:?|recommended video:?|now playing:|show (?:thumbnails|captions)|last slide ?next slide|"
            r"copyright commenting policy terms of service privacy policy|check out my website\.?|"
            r"send me a secure tip\.?|get the (?:android|ios|iphone|ipad) app|story continues(?: below (?:the )?(?:gallery|video|photos?|slideshow))?|"
            r"(?:hide|open|show|view) transcript|read full article|original article source:?)$",
            re.I,
        ),
    ),
    (  # a paywall's and a registration form's lines
        "subscription prompt",
        re.compile(
            r"^(?:please log ?in,? or sign up for a new account\b.{0,120}|subscribe for unlimited (?:digital )?access\.?|"
            r"you(?:['’]ve| have) reached your (?:limit|maximum) of free (?:articles|stories)\b.{0,100}|"
            r"this (?:article|story|content) is (?:only )?(?:for|available to) subscribers(?: only)?\.?|"
            # "This story is available exclusively to Business Insider subscribers. Become an Insider and ..."
            r"this (?:article|story|content) is available (?:exclusively|only) (?:to|for) (?:[\w&'’ -]{1,40} )?"
            r"(?:subscribers|members)\.?(?: \S.{0,150})?|"
            r"already have an account\?\s*(?:sign|log) ?in\.?|create (?:a )?(?:free )?account(?: to continue(?: reading)?)?\.?|"
            # a registration wall's pitch: "Registration is a free and easy way to support our journalism."
            r"registration is (?:a )?free and easy\b.{0,120}|subscribers with digital access can view this article\.?|"
            # a paywall's list of what a subscription brings: "Unlimited online access to National Post and 15 news
            # sites with one account.", "Ottawa Citizen ePaper, an electronic replica of the print edition ..."
            r"unlimited (?:online|digital) access to\b.{0,150}|(?:[\w.'’ -]{1,40} )?e-?paper,? an electronic replica\b.{0,150}|"
            r"daily puzzles,? including\b.{0,80}|enjoy the latest local,? national and international news\.?|"
            # ... and its writers: "Exclusive articles by Conrad Black, Barbara Kay and others. Plus, special edition
            # ... newsletters and virtual events.", "Analysis on all things Ottawa by ..., award-winning newsletters"
            r"exclusive articles (?:by|from) [^.!?]{1,200}\band others\.(?: plus,? .{1,250})?|"
            r"analysis on all things [\w .'’-]{1,40} by [^.!?]{1,200}\b(?:newsletters|virtual events)\.?|"
            r"(?:[\w.'’ -]{1,40} )?e-?paper\.|"
            r"subscribe for more articles|register to unlock this article\b.{0,40}|"
            r"don['’]t have an account\? create (?:an |a free )?account|sign in without password\b.{0,60}|"
            r"if you are a home delivery print subscriber\b.{0,150}|opportunity to engage with our commenting community\.?|"
            r"please log in to (?:bookmark|save)\b.{0,120}|join our community where you can\b.{0,200}|"
            r"our community members are treated to special offers\b.{0,250}|"
            r"(?:subscribe )?already subscribed\? (?:log|sign) ?in\.?|want to bookmark your favou?rite articles\b.{0,200}|"
            r"join thought-provoking conversations\b.{0,150}|(?:read more )?get \d{1,2}% off (?:an? )?(?:annual |yearly |monthly )?subscription\b.{0,150}|"
            r"(?:sign|log) ?in to (?:read|continue(?: reading)?|favou?rite this|save this(?: article| story)?|bookmark this)\.?|"
            r"register (?:for free )?to continue reading\.?|read (?:the|our|today['’]s) (?:print edition|e-?paper|digital edition)\b.{0,40}|"
            # a registration wall: "Join LeadDev.com for free to access this content", "Register with google"
            r"join [\w .&'’-]{1,40} for free to (?:access|read|unlock)\b.{0,80}|"
            r"create an account to (?:access|read|unlock)\b.{0,200}|(?:register|sign up|sign in|log in) with (?:google|facebook|apple|linkedin|email)|"
            r"enter (?:your )?e-?mail(?: address)?|register log ?in|a link has been e-?mailed to you\b.{0,80}|"
            r"unlimited digital access(?: to [\w .'’-]{1,40})?\.?|cancel anytime\.?|"
            r"\*? ?i understand and agree that registration on or use of this site constitutes agreement\b.{0,120}|"
            r"get up-to-the-minute news sent straight to your device\.?|be the first to know\.?|"
            r"your browser is out of date and potentially vulnerable to security risks\.?|"
            r"we recommend switching to one of the following browsers:?|"
            # a pitch that ends by asking once more: "Save over 50% off the newsstand price. Subscribe to The Times now!"
            r"(?:[^.!?]{0,80}[.!] )?subscribe (?:to [\w .&'’-]{1,40} )?(?:now|today)[.!]?)$",
            re.I,
        ),
    ),
    (  # what blog platforms and comment services print around a post (WordPress, Blogger, Drupal, Disqus)
        "comment form",
        re.compile(
            r"^(?:(?:blog )?comments powered by disqus\.?|facebook comments plugin|add a comment(?:\.\.\.|…)?|"
            r"(?:-\s*)?log ?in or register to post comments|commenting (?:has been|is) (?:disabled|closed)\b.{0,40}|"
            r"notify me of (?:follow-up comments|new posts|new comments)\b.{0,40}|"
            r"this site uses akismet to reduce spam\b.{0,80}|subscribe to comments\b.{0,40}|"
            # a comment widget's messages: "Sign in to post a reply.", "Rating failed. Try again."
            r"sign in to post a (?:reply|comment)\.?|please sign in\.?|(?:rating|request|voting) failed\. try again\.?|"
            r"sorry,? we can['’]t load comments\b.{0,40}|sorry,? you didn['’]t like this comment\b.{0,80}|"
            r"we will promote constructive and witty comments\b.{0,60}|"
            r"subscribe to: post comments \(atom\)|(?:(?:leave a |post a )?(?:comment|reply)(?: on post)? )?cancel reply)$",
            re.I,
        ),
    ),
    (
        "widget label",
        re.compile(
            r"^(?:bookmark the permalink\.?|be the first to like this\.?|reader interactions|primary sidebar|"
            r"proudly powered by wordpress\.?|theme by [\w .-]{1,40}|advertisements|"
            r"(?:newer post (?:older post )?|older post )home|skip to main \| skip to sidebar|"  # Blogger's
            r".{1,60} is powered by blogger\.(?: start your own blog\.)?|"
            r"privacy & cookies: this site uses cookies\b.{0,200})$",
            re.I,
        ),
    ),
    (  # a page's breadcrumbs: "Home/Politics/Uncertain future for ...", "News / News Headlines / Top Stories"
        "breadcrumbs",
        re.compile(
            # after a share button or the words "You are here": "Tweet Home » Headlines » Finance News » ..."
            r"^(?:(?:you are here:?|tweet|share|print) )?(?:home\s?[/›»>]\s?\S.{0,200}|"
            # three or more levels, each a few words: "BLOG > Weight Loss > Tips"
            r"[A-Z][\w&'’-]*(?: [\w&'’-]+){0,3} ([/›»>]) [A-Z][\w&'’-]*(?: [\w&'’-]+){0,3}"
            r"(?: \1 [A-Z][\w&'’-]*(?: [\w&'’-]+){0,3})+)$",
            re.I,
        ),
    ),
    (  # a share row's or author box's label, a link's prompt: "Spread the news:", "Author", "... visit this link"
        "widget label",
        re.compile(
            r"^(?:spread the (?:news|word)[:!]?|author|"
            r"(?=.{0,200}$).{0,150}\b(?:visit|click|follow|open) (?:this|the following) link[.!:]?)$",
            re.I,
        ),
    ),
    (  # a gallery's or chart's prompt: "(Click image for larger view and slideshow.)"
        "gallery control",
        re.compile(
            r"^click (?:on )?(?:the )?(?:image|photo|picture|chart|graphic|map)s? (?:to (?:enlarge|expand)|"
            r"for (?:a )?(?:larger|bigger|full[- ]size)\b.{0,40})$",
            re.I,
        ),
    ),
    (  # a widget that failed or a form that answered: "This feature is temporarily unavailable. ..."
        "form message",
        re.compile(
            r"^(?:this (?:feature|service) is (?:temporarily |currently )?unavailable\.?(?: please try again later\.?)?|"
            # an embed a reader's consent settings hold back: "This content is not available due to your privacy
            # preferences. Update your settings here to see it."
            r"this (?:content|embed|video|post|media) (?:is )?(?:not available|unavailable|(?:has been )?blocked) "
            r"(?:due to|because of) your (?:privacy|cookie|consent) (?:preferences|settings|choices)\b.{0,120}|"
            r"now check your (?:e-?mail|inbox)\b.{0,120})$",
            re.I,
        ),
    ),
    (  # categories and tags behind a label: "In: Education, Lifestyle, Local News", "In this article: Finance, ..."
        "tag list",
        re.compile(
            r"^(?:in this (?:article|story)\s*:\s*[^.!?]{1,200}|in:\s*[\w&'’ -]{2,40}(?:,\s*[\w&'’ -]{2,40})+)$",
            re.I,
        ),
    ),
    (  # a teaser behind its section and age: "Finance4 days ago Tunisia rejects IMF loans and wants to join BRICS"
        "teaser",
        re.compile(
            r"^(?:[A-Z][\w&'’ -]{1,30}?)?\d{1,2} (?:minutes?|hours?|days?|weeks?|months?) ago\s+[A-Z“\"‘'].{5,200}$"
        ),
    ),
    (  # a site's appeal for money: "You can support us for as little as $1 via PayPal ..."
        "support prompt",
        GuardedPattern(
            (
                "support us",
                "every gift",
                "every donation",
                "every contribution",
                "enables us",
                "allows us",
                "help us out",
                "sponsor",
                "make a difference",
                "we continue",
                "no cost to you",
                "journalism",
            ),
            re.compile(
                rf"^(?=.{{0,300}}$)(?!.*\b(?:{ATTRIBUTION})\b)(?:"
                r".{0,150}\bsupport us (?:for|with) (?:as little as|just|only)\b.{0,150}|"
                r".{0,100}\bevery (?:gift|donation|contribution),? (?:regardless of (?:its )?size|(?:no matter how|however) "
                r"(?:big or )?small|big or small)\b.{0,200}|"
                r"your (?:critical |generous )?(?:contribution|donation|support)s? (?:enables?|allows?) us to\b.{0,250}|"
                r"support (?-i:[A-Z][\w.'’-]*) (?:and make a difference|so (?:that )?we (?:can )?continue)\b.{0,150}|"
                r"we do (?:this|our) work (?:every day )?at no cost to you\b.{0,250}|"
                r"(?:please )?help us out\s*[:!.]?|become an? (?:[\w&.'’-]+ ){0,3}(?:sponsor|underwriter)(?: today| now)?[.!]?|"
                r".{0,150}\bsupport (?:our |independent |quality |local )?(?:award-winning |nonprofit |non-profit )?journalism\b.{0,150}"
                r"\b(?:becoming an?|members?|donat\w*|contribut\w*|subscri\w*)\b.{0,100})$",
                re.I,
            ),
        ),
    ),
    (  # a sponsor's label alone: "Sponsored by Snowflake"
        "sponsored",
        re.compile(r"^(?:sponsored|presented|brought to you) by (?:[\w&.'’-]+ ?){1,5}$", re.I),
    ),
    (  # a newsletter box's and push prompt's text: "View all newsletters Sign up to our newsletters ..."
        "newsletter prompt",
        re.compile(
            r"^(?:(?:see|explore|view|browse|manage) (?:all )?(?:our )?newsletters\b.{0,200}|"
            r"get (?:real[- ]time|instant|push) (?:updates?|notifications?|alerts?)\b(?=.{0,150}\bsubscribe\b).{0,150})$",
            re.I,
        ),
    ),
    (  # a forum's or blog's comment stamp: "about 8 hours ago by GadgetFanboy 9 comments"
        "comments",
        re.compile(r"^about \d+ (?:minutes?|hours?|days?) ago by \S+(?: \d+ comments?)?$", re.I),
    ),
    (  # a call for tips or feedback, an author box's links (the writer's own address under the story is a credit):
        # "Is there something you think we should know about Instagram? Email the writer at ...", "How to contact us"
        "contact prompt",
        re.compile(
            r"^(?:is there something you think we should know\b[^?]{0,80}\?\s*e-?mail\b.{0,500}|"
            r"follow me on (?:twitter|x|linkedin|facebook|instagram)\b.{0,80}|follow the (?:author|writer) of this (?:article|story)|"
            r"read more from this author\b.{0,60}|how to contact us|"
            # an author box's link: "Email Jane Slaughter", "Email the author"
            r"e-?mail (?:the (?:author|writer|reporter)|(?-i:[A-Z][a-z'’-]+(?: [A-Z][\w'’-]+){1,2}))|"
            r"we want to hear (?:your (?:suggestions|comments|feedback)|from you)\b.{0,200}|"
            r"(?:we['’]re|we are) interested in your feedback(?: on this (?:page|article|story))?\.?"
            r"(?: tell us what you think[.!]?)?|"
            # a tip form: "Your tip here...", "Thanks for the tip!", "We respect your anonymity ..."
            r"your tip here(?:\.\.\.|…)?|thanks for the tip!?|we['’]re following it up now\.?|"
            r"so you['’]ve got the inside scoop\b.{0,120}|we respect your anonymity\b.{0,100}|send us a tip[.!]?|"
            r"got a (?:news )?tip\?|if you have inside knowledge of a topic in the news,? contact .{1,40}|"
            # a newsroom's footer links: "Corrections and clarifications | Submit a news tip | Report error"
            r"corrections and clarifications|submit a (?:news )?tip|report (?:an? )?(?:editorial |factual )?(?:error|mistake)|"
            r"share your feedback(?: to help (?:us )?improve (?:our|the|this) (?:site|website|experience|app)[.!]?)?|"
            r"about [\w .&'’-]{1,20} news|[\w .&'’-]{1,20}['’]s journalistic standards and practices)$",
            re.I,
        ),
    ),
    (  # a sister title's or forum's pitch: "Need more space? Subscribe to our sister title ...", "Join our Space
        # Forums to keep talking space ...", "Get breaking science news on monster snakes and dinosaurs ... and more!"
        "subscription prompt",
        re.compile(
            r"^(?:(?:(?:want|need) more [\w ]{1,20}\?\s*)?(?:get a subscription (?:of|to)|subscribe to) our sister\b.{0,250}|"
            r"join our [\w ]{1,30} forums? to\b.{0,300}|you can also subscribe to this newsletter\b.{0,150}|get (?:breaking|the latest) [^.!?]{1,150}\band more!|"
            r"like this (?:article|story)\?|there was a problem subscribing you\b.{0,200}|"
            # a paid newsletter's plans: "Sign up for Command Line, a paid weekly newsletter ...", "$7 / month"
            r"sign up for [\w .&'’-]{1,40}, a (?:paid |free )?(?:daily|weekly|monthly) newsletter\b.{0,200}|"
            # "A variety of newsletters you'll love, delivered straight to you.", a free report's sign-up
            r"a variety of newsletters\b.{0,80}|when you sign up for this free (?:report|guide|e-?book)\b.{0,150}|"
            r"\$\d{1,4}(?:\.\d\d)? ?/ ?(?:person|user|seat|month|year|week)(?: ?/ ?(?:month|year|week))?|"
            rf"(?!.*\b(?:{ATTRIBUTION})\b)(?:a (?:flexible|discounted) plan\b.{{0,80}}|"
            r".{0,60}\bget [\w .&'’-]{1,40} in your inbox[.!]?)|"
            # a site's own pointers: "Check out more articles on BuzzFeed.com!", "See TIME's Pictures of the Week."
            r"check out more (?:articles|stories|posts|videos) on [\w .&'’-]{1,40}[.!]?|"
            r"see (?:the|[\w&'’-]{1,20}['’]s) (?:pictures|photos|cartoons|videos?) of the (?:day|week|month|year)[.!]?)$",
            re.I,
        ),
    ),
    (  # a contributor network's disclaimer: "Opinions expressed by Forbes Contributors are their own.", a
        # science desk's "Citation: <title> (2019, November 18) retrieved 20 November 2019 from https://..."
        "site notice",
        re.compile(
            r"^(?:citation:\s.{1,300}\bretrieved\b.{0,80}\bfrom https?://\S+|opinions expressed by [\w .&'’-]{1,40} (?:contributors|writers|authors|columnists) are their own\.?|"
            r"this (?:document|article|material) is subject to copyright\b.{0,400}|copyright @ (?:19|20)\d\d\b.{0,60})$",
            re.I,
        ),
    ),
    (  # a player's, share tool's or follow button's lines: "VIDEO 3:45 03:45", "Video", "follow",
        # "Share Close extra sharing options", "Share on Facebook Share on Twitter Share via Email"
        "widget label",
        re.compile(
            r"^(?:video(?:\s+\d{1,2}:\d{2}){1,2}|videos?|follow|(?:share )?close extra sharing options|"
            # a video player's text: "0 seconds of 0 seconds Volume 0%", "current progress 0%", "Now playing: ..."
            r"\d{1,4} seconds? of \d{1,4} (?:seconds?|minutes?)(?:,? \d{1,4} seconds?)?(?:\s*volume \d{1,3}%)?|"
            r"current progress \d{1,3}%|now playing:\s.{1,150}|(?:current time|duration|remaining time)\s*-?\d{1,2}:\d\d|"
            r"please use chrome browser for a more accessible video player|press play to listen to this (?:article|story)|"
            r"voiced by amazon polly|copy/paste the article video embed link below:?|"
            r"view (?:pdf|print)(?:/(?:pdf|print))?(?: mode| version)?|"
            r"(?:share (?:on|via) \w+\s*){2,}.{0,20})$",
            re.I,
        ),
    ),
    (  # a sign-up form's own lines: its consent, its checks and its thanks ("I would like to subscribe to The
        # Points Guy newsletters ...", "Please enter a valid email address", "Sign-up Successful!", "Read our
        # full mailing list consent terms here", "You can unsubscribe from this service at any time. ...")
        "newsletter prompt",
        re.compile(
            r"^(?:i would like to (?:subscribe to|receive) .{1,250}|please (?:enter|provide) a valid e-?mail\b.{0,80}|"
            r"(?:sign[- ]?up|subscription) (?:successful|complete|confirmed)!?|"
            r"thanks? (?:you )?for (?:signing up|subscribing)\b.{0,100}|"
            r"[\w .&'’-]{1,40} would like to keep you informed about (?:offers|events|updates)\b.{0,250}|"
            r"read our (?:full )?mailing list consent terms(?: here)?\.?|"
            r"(?:.{0,100}\s)?by submitting your e-?mail,? you agree to\b.{0,250}|"
            r"(?:simply )?pop your e-?mail(?: address)? into the box\b.{0,200}|"
            r"you can unsubscribe (?:from (?:this|our) (?:service|newsletter|list) )?at any time\b.{0,250}|"
            r"every (?:day|week|weekday|morning) we['’]ll send you (?:an?|our) [\w ]{0,30}e-?mail\b.{0,150}|"
            r"get the latest [\w ]{1,30} straight to your (?:phone|inbox) with (?:the|our) [\w .&'’-]{1,40} app\.?|"
            r"subscribe to .{1,60} \(via RSS\).{0,200})$",
            re.I,
        ),
    ),
    (  # a public site's appeal: "Make your contribution now and help Gothamist thrive in 2023.
        # Donate today", "Gothamist is funded by sponsors and member donations"
        "donation prompt",
        re.compile(
            r"^(?:make your (?:contribution|donation|gift) (?:now|today)\b.{0,150}|"
            r"(?-i:[A-Z])[\w.&'’-]*(?: [\w.&'’-]+){0,3} is funded by (?:its )?(?:sponsors|readers|members|donations|"
            r"member donations)(?: and (?:member |reader )?(?:donations|members|readers|sponsors))?)$",
            re.I,
        ),
    ),
    (  # what a page's template or icons leave in its text: "{{message}}", "Combined Shape" (an SVG's name), the
        # headings of a live page's or article's own panels ("Key Events", "Article history", "In partnership with")
        "widget label",
        re.compile(
            r"^(?:\{\{\s*[\w.]+\s*\}\}|combined shape|[a-z]+-(?:arrow|chevron|icon)|key events|accessibility help|"
            r"end of (?:article|story)|you can share this (?:story|article) on social media:?|"
            r"help keep (?:your )?family (?:&|and) friends informed by sharing this (?:article|story)|submit (?:a )?correction|"
            r"article history|in partnership with|add to pocket|apply now|"
            r"(?:promoted|sponsored) (?:links|stories|content) by [\w ]{1,20}|show all \d{1,3}|"
            r"read our (?:review|editorial|ethics|corrections) (?:policy|guidelines|standards)|image zoom|"
            r"comments? \(\d{1,5}(?: posted)?\)|(?:expand|show|hide|view) comments\W*|next page: .{1,60}|"
            r"read more about [\w ,&'’-]{1,60} here\.?|@\w{2,30}|"
            r"follow the topics, people and companies that matter to you\.?|summari[sz]e this (?:article|story)(?: with ai)?)$",
            re.I,
        ),
    ),
    (  # the site's channel on a messaging app: "Join ST's Telegram channel and get ...", "Find The Irish Times on
        # WhatsApp and stay up to date", "(You can now subscribe to our Economic Times WhatsApp channel)", Legit.ng's
        # "PAY ATTENTION: ..."
        "app prompt",
        GuardedPattern(
            ("whatsapp", "telegram", "google news", "pay attention"),
            re.compile(
                rf"^(?=.{{0,300}}$)(?!.*\b(?:{ATTRIBUTION})\b)(?!.*\|)\(?(?:"  # a row of links is a menu
                r"(?:.{0,150}[,.!?:—–]\s+)?(?:you can now )?(?:join|follow|subscribe to|find|get|download)\b[^.!?]{0,80}"
                r"\b(?:whatsapp|telegram|google news)\b.{0,150}|"
                r"[\w.&'’ -]{1,40} is now on (?:whatsapp|telegram)\b.{0,200}|pay attention:\s.{1,250})\)?$",
                re.I,
            ),
        ),
    ),
    (  # what an embedded post leaves in the text: "A post shared by BBC News (@bbcnews)", "Skip twitter post by
        # Rishi Sunak", "This content is imported from Instagram. ...", "Embed from Getty Images", TikTok's "♬
        # original sound - Ruby", and the consent it waits for ("Unfortunately we have been unable to verify ...")
        "embed notice",
        re.compile(
            r"^(?:a post shared by .{1,60}\(@[\w.]{1,30}\)(?: on (?-i:[A-Z])[a-z]{2,8}\.? \d{1,2},? \d{4}(?: at .{1,20})?)?|"
            r"this content is (?:imported|provided) (?:from|by) (?-i:[A-Z])[\w.'’ -]{0,30}\b.{0,400}|"
            r"embed from getty images|view (?:this post )?on (?:threads|instagram|facebook|x|twitter|tiktok|youtube)|"
            r"loading (?:twitter|x|instagram|facebook|tiktok|youtube) content|"
            r"(?:skip|end of) (?:twitter|x|instagram|facebook|tiktok|youtube) (?:post|content|video)(?:,? \d+)?(?: by .{1,60})?|"
            r"warning: third party content may contain adverts|to view this content,? (?:choose|click|select)\b.{0,80}|"
            r"unfortunately we have been unable to verify if you have consented to .{1,40} cookies\b.{0,300}|"
            r"to embed this post, copy the code below\b.{0,60}|♬ .{1,100}|twitter ads info and privacy|"
            # a player's pointer to itself: "Listen to the insightful Thomas Paine Podcast Below --"
            r"(?:listen to|watch) (?:the |our |this )?[^.!?]{0,60}\b(?:podcast|episode|show|interview|video) below"
            r"\s*[-–—:.]*|"
            # a podcast player's label: "Listen to “PAINE in the Morning 5.21.20” on Spreaker."
            r"listen to [\"“].{1,150}[\"”] on (?:spreaker|soundcloud|podbean|audioboom|buzzsprout|anchor|"
            r"iheart(?:radio)?|stitcher|castbox)\.?|"
            r"posted by .{1,60} on (?:mon|tues|wednes|thurs|fri|satur|sun)day, (?-i:[A-Z])[a-z]+ \d{1,2}, \d{4})$",
            re.I,
        ),
    ),
    (  # a press release's distribution lines: "View original content to download multimedia:https://...", "View
        # source version on businesswire.com: https://...", "Logo - https://...", "News provided by" (its "Media Contact:"
        # heads the contacts, a release's own part, as labelled in tests/data/news/fresh24)
        "press release notice",
        re.compile(
            r"^(?:view original content(?: to download multimedia)?:\s?https?://\S+|"
            r"view source version on [\w.]+: ?https?://\S+|(?:logo|photo|video) - https?://\S+|"
            r"photos? accompanying this announcement (?:is|are) available at https?://\S+|multimedia files:|"
            r"news provided by)$",
            re.I,
        ),
    ),
    (  # a syndicated story's note from the site that ran it: "(Except for the headline, this story has not been
        # edited by NDTV staff and is published from a syndicated feed.)"
        "site notice",
        re.compile(
            r"^\(?(?:(?:except for the headline, )?this (?:story|article|report) has not been edited by .{1,60}\b"
            r"(?:syndicated|agency|wire) feed\.?|only the headline and picture of this report may have been reworked\b"
            r".{0,250}|this (?:story|article) (?:has been|was) (?:published|generated) from an? (?:automated )?"
            r"(?:wire |news )?agency feed without modifications to (?:the )?text\b.{0,100}|"
            r"distributed by tribune content agency,? llc\.?)\)?$",
            re.I,
        ),
    ),
    (  # a call for tips under a story, as a question and where to send the answer: "Do you have a story for The Sun
        # news desk? Email us at ...", "Got a tip about this story? Email us.", "Are you affected? Share your
        # experiences by emailing ...", "Share your news tips: newstips@..."
        "contact prompt",
        GuardedPattern(
            (
                "tip",
                "story",
                "information",
                "know",
                "affected",
                "question",
                "photo",
                "video",
                "feedback",
                "ideas",
                "stories",
                "send",
                "complaint",
                "inquir",
                "enquir",
                "correction",
                "pay for",
                "contact us",
                "submit",
                "like to",
            ),
            re.compile(
                rf"^(?=.{{0,300}}$)(?!.*\b(?:{ATTRIBUTION})\b)(?:"
                # "Got a confidential news tip? We want to hear from you.", "We pay for your stories! Do you have a
                # story for The Sun Online news team? Email us at ...", "Have a question or comment about this story?
                # Contact the reporter here.", "Do you have a photo or video of a breaking news story? Send it to us"
                r"(?:[^.!?]{1,40}[.!]\s+)?(?:do you have|have you got|got|have|know) (?:a |any |some )?(?:[\w-]+ ){0,2}"
                r"(?:(?:news )?tips?|(?:news )?story(?: idea)?|(?:more )?information|something(?: we| you think we)? should know|"
                r"questions?|comments?|photos?|videos?|pictures?)\b[^?]{0,80}\?\s*"
                r"(?=.{0,200}\b(?:e-?mail|contact|reach|let us know|get in touch|hear from you|call|message|whatsapp|"
                r"send|submit|share|help us)|\S+@\S+).{1,200}|"
                r"(?:are|have) you (?:been )?affected(?: by [^?]{1,120})?\?\s*"
                r"(?=.{0,200}\b(?:e-?mail|contact|share|get in touch|send)).{1,200}|"
                r"send (?:us )?your (?:story ideas|stories|news tips|tips|pictures|photos|videos)\b.{0,120}|"
                r"we pay for your stories!?(?:\s.{0,200})?|contact us at \S+@\S+|"
                r"want to submit a (?:guest )?(?:commentary|op-ed|letter|column)\b.{0,200}|"
                # "If you would like to write an op-ed for the Washington Examiner, please read our guidelines ..."
                r"if you(?: would|['’]d) like to (?:write|submit|contribute) an? (?:guest )?"
                r"(?:commentary|op-ed|letter|column|guest post)\b.{0,200}|"
                r"for (?:feedback|complaints|inquiries|enquiries|corrections)(?:,? (?:or |and )?"
                r"(?:feedback|complaints|inquiries|enquiries|corrections))*,? (?:please )?(?:contact|e-?mail|write to) us\b.{0,100}|"
                r"share your (?:news )?tips?:?\s*\S+@\S+\.?|"
                r"got a (?:news )?tip (?:about|on) this (?:story|article)\?.{0,80})$",
                re.I,
            ),
        ),
    ),
    (  # how a reader reports a mistake, and whether the page helped: "Spotted an error? Let us know.", "To report an
        # error, email corrections@...", "Spotted a typo? Highlight it and press Ctrl+Enter", "Was this helpful? Yes No"
        "feedback prompt",
        GuardedPattern(
            ("error", "mistake", "typo", "correction", "helpful", "useful", "feedback"),
            re.compile(
                r"^(?:(?:spotted|notice|noticed|found|see|seen|find) (?:an? |any )?(?:error|mistake|typo|inaccuracy)s?"
                r"(?: or (?:an? )?(?:error|mistake|typo|omission)s?)?(?: in this (?:article|story))?\?(?:\s.{1,120})?|"
                r"to report an? (?:error|mistake|correction),? (?:please )?(?:e-?mail|contact|click|visit|use|write)\b.{0,120}|"
                r"corrections? (?:policy|and clarifications policy)|"
                r"(?:was|is) this (?:article |story |page |information )?(?:helpful|useful)\?(?: yes,? no)?|"
                r"did you find this (?:article|story|page|information) (?:helpful|useful)\?(?: yes,? no)?)$",
                re.I,
            ),
        ),
    ),
    (  # what newsletter and blog platforms print around a post (Substack, Medium, Ghost, Beehiiv, WordPress.com)
        # and what news apps print around a story they carry (Yahoo, Apple News, Flipboard, SmartNews, Google News)
        "platform notice",
        re.compile(
            r"^(?:thanks for reading [^!.]{1,60}[!.] subscribe for free to receive new posts\b.{0,80}|upgrade to paid|"
            r"this post is for paid subscribers|already a paid subscriber\? sign in|keep reading with a \d{1,2}-day free trial|"
            r"type your email(?:\.\.\.|…)?|give a gift subscription|member-only story|"
            r"sign up to discover human stories that deepen your understanding of the world\.?|"
            r"[\d.,]+k? followers|recommended from medium|get unlimited access to the best of medium\b.{0,60}|"
            r"responses \(\d{1,5}\)|what are your thoughts\?|\d{1,2} min read\s*·\s*\w{3} \d{1,2}, \d{4}|"
            r"more from (?-i:[A-Z])[\w.'’ -]{1,40} and (?-i:[A-Z])[\w.'’ -]{1,40}|sign up for more like this\.?|"
            r"great! you(?:['’]ve| have) successfully signed up\.?|welcome back! you(?:['’]ve| have) successfully signed in\.?|"
            r"success! your account is fully activated\b.{0,80}|your billing was not updated\.?|"
            r"this post is for paying subscribers only|blog at wordpress\.com\.?|discover more from (?-i:[A-Z])[\w.'’ -]{1,40}|"
            r"to find out more, including how to control cookies, see here: cookie policy|subscribe to keep reading|"
            r"this content is free, but you must be subscribed to .{1,40} to continue reading\.?|"
            r"forwarded this email\? subscribe here for more|what did you think of today['’]s newsletter\?|"
            r"login or subscribe to participate in polls\.?|update your email preferences or unsubscribe here\.?|"
            r"(?-i:[A-Z])[\w.'’ -]{1,30} is better in the app|read in apple news|"
            r"listen to more stories like this in the apple news app\.?|follow (?-i:[A-Z])[\w.'’ -]{1,30} on apple news|"
            r"add this to your flipboard magazine|read more on smartnews|open in smartnews app|"
            r"view full coverage on google news|we, yahoo, are part of the yahoo family of brands\.?)$",
            re.I,
        ),
    ),
    (  # a consent banner's lines: "We value your privacy", "By clicking “Accept all cookies”, you agree ...",
        # "Allow X content?", "This article includes content provided by X. We ask for your permission ..."
        "consent notice",
        GuardedPattern(
            (
                "privacy",
                "cookie",
                "consent",
                "content",
                "accept",
                "providing",
                "agree",
                "preferences",
                "settings",
            ),
            re.compile(
                r"^(?:we (?:value|care about|respect) your privacy[.!]?|your privacy (?:choices|settings|options)|"
                r"(?:manage (?:your )?(?:cookie |privacy )?|cookies? |privacy )(?:preferences|settings|consent)|cookies on (?:the )?[\w.&'’ -]{1,30}|"
                r"by providing (?:an|your) e-?mail(?: address)?\b.{0,300}|agree and close|"
                r"we and our partners store and/or access information on a device\b.{0,500}|"
                r"your choices regarding cookies on this (?:site|website)|"
                r"accept all(?: cookies)?(?: (?:choose|manage|reject all|customi[sz]e|decline)(?: cookies| settings| options)?)?|"
                r"by clicking (?:on )?[\"“']?accept(?: all)?(?: cookies)?[\"”']?,? you agree\b.{0,300}|"
                # the embed's own notice under this question is sitekinds' "embed notice"
                r"allow (?-i:[A-Z])[\w.'’ -]{0,30} content\?)$",
                re.I,
            ),
        ),
    ),
    (  # what the widgets of many sites leave in an extractor's text, word for word across sites and years:
        # AP's "Follow Jill Lawless at http://twitter.com/JillLawless", AddThis's buttons, a gallery's pager, a
        # comment box's controls, a gift link, a player's loading line
        "widget label",
        re.compile(
            r"^(?:follow (?-i:[A-Z])[\w.'’-]+(?: [\w.'’-]+){0,3} (?:at|on) (?:https?://)?(?:www\.)?(?:twitter|x)\.com/\S+|"
            r"now watch:\s.{1,80}|"
            r"addthis sharing buttons|share to facebook.{0,100}\baddthis share options|buzz up!?|"
            r"add to (?:igoogle|my yahoo!?)|rss feed:\s.{0,100}|become a fan (?:of us )?on facebook\b.{0,40}|"
            r"text (?-i:[A-Z]{2,12}) to \d{4,6}\b.{0,60}|recommend this (?:article|story)\?.{0,30}|"
            r"«?\s*previous (?:photo|image|slide)\s*\|\s*next (?:photo|image|slide)\s*»?|"
            r"get the latest (?:adobe )?flash player|"
            r"(?:log ?in|sign ?in|register) to (?:post|leave|add) (?:a )?comments?|report abuse|"
            r"comment using\W{0,5}facebook social plugin|"
            r"share what you think|single page view|average rating:\s.{1,30}|share (?:a )?gift (?:link|article)|"
            r"you have \d+ gift articles?\b.{0,120}|"
            r"limited[- ]time offer:\s.{1,80}|(?:video player|ad|advertisement|content) loading(?:\.\.\.|…)?|"
            r"this (?:story|article) has been shared [\d,]+ times|video duration \d+ minutes?(?: \d+ seconds?)?|"
            r"close story|(?:subscribe\s+)?invalid email(?: address)?|printable version\s*\|.{0,150}|"
            r"this (?:article|story) (?:is )?tagged under:?|get the latest .{2,40} stock price here|"
            r"listen to the latest songs,? only on\b.{0,30})[.!]?$",
            re.I,
        ),
    ),
    (  # the same widgets' sentences, which a story could also say: refused when they report what someone said
        "widget label",
        GuardedPattern(
            (
                "flash player",
                "comments",
                "quotes",
                "data provided",
                "use your email",
                "subscribe",
                "download",
                "read all the latest",
                "articles like this",
                "contact number",
                "breaking news",
            ),
            re.compile(
                rf"^(?!.*\b(?:{ATTRIBUTION})\b)(?:"
                r".{0,80}\b(?:adobe )?flash player\b(?=.*\b(?:you|your|to view|install|download)\b).{0,150}|"
                r"we (?:are|have) (?:no longer accepting|closed|disabled) comments\b.{0,60}|"
                r"comments? (?:are )?closed\.\s.{0,300}|(?:all )?quotes (?:are )?(?:displayed in real-time or )?delayed"
                r"\b.{0,300}|(?:intraday )?data provided by \w+\b.{0,60}\bterms of use\b.{0,400}|"
                r"we(?:['’]ll| will) (?:only )?use your email(?: address)?\b.{0,250}|subscribe (?:now|today) to\b.{0,120}|"
                r"for (?:all )?(?:the )?latest\b.{0,80}\bdownload\b.{0,60}\bapp\b|read all the latest\b.{0,120}\bhere|"
                r"for more articles like this,? please visit us at\b.{0,40}|please include a contact number if you are "
                r"willing to speak to\b.{0,150}|our breaking news (?:alert|email|newsletter)\b.{0,150})[.!]?$",
                re.I,
            ),
        ),
    ),
)
# Notices a newsroom sets under every story in a paragraph of its own, often longer than the patterns above read
# (a comment section's rules, an appeal for money, a publisher's standing notes, a republishing box).
LONG_NOTICE_PATTERNS: tuple[tuple[str, re.Pattern[str] | GuardedPattern], ...] = (
    (  # a newsroom asking its readers for money, in its own voice: "Will you support Vox today? ...", "I hope you
        # appreciated this article. Before you move on, I wanted to ask if you would consider supporting ...",
        # "The Spinoff is made possible by its members. Join Members today.", "Support PREMIUM TIMES' journalism ..."
        "support prompt",
        GuardedPattern(
            (
                "support",
                "readers like you",
                "made possible by",
                "contribution",
                "journalism costs",
                "i'll",
                "i’ll",
                "by subscribing",
                "by supporting",
                "by becoming",
                "member",
                "donation",
            ),
            re.compile(
                rf"^(?=.{{0,500}}$)(?!.*\b(?:{ATTRIBUTION})\b)(?!.*[“\"”])(?:"
                r"will you (?:support|help) [\w .&'’-]{1,30} today\?.{0,300}|"
                r".{0,200}\b(?:(?:would|will) you|you would|you will) consider supporting\b.{0,300}|"
                r"readers like you (?:are )?(?:keep|keeping|make|making|help|helping)\b.{0,400}|"
                r"[\w .&'’-]{1,40} is made possible by (?:its |our )?(?:members|readers|supporters|subscribers)\b.{0,120}|"
                r"make a contribution to [\w .&'’-]{1,60}[.!]?|"
                r"support (?-i:[A-Z])[\w .&'’-]{1,40}['’]s? journalism\b.{0,120}|"
                r"good journalism costs (?:a lot of )?money\b.{0,400}|"
                r"support (?:the )?(?-i:[A-Z])[\w.&'’-]*(?: (?-i:[A-Z])[\w.&'’-]*){0,2}[.!]?|"
                r"(?:support independent fact-checking\.? )?become a member(?: to support\b.{0,150}|!)|make a donation|"
                r"yes,? i['’]ll (?:give|contribute|support)\b.{0,40}|"
                r".{0,200}\bby (?:subscribing|supporting us|becoming a (?:member|supporter|subscriber)),? you (?:can )?"
                r"help us\b.{0,200})$",
                re.I,
            ),
        ),
    ),
    (  # a comment section's own notices, in the site's voice: "The comments below have not been moderated.",
        # "By posting your comment you agree to our house rules.", "Comments are moderated and generally will be
        # posted if ...", "Would you like to comment on this article? Register ... or sign in now."
        "comment policy",
        GuardedPattern(
            ("comment", "conversations are", "discussion", "rated", "conversation", "reply"),
            re.compile(
                rf"^(?=.{{0,500}}$)(?!.*\b(?:{ATTRIBUTION})\b)(?!.*[“\"”])(?:"
                r"the comments (?:below|on this (?:page|story|article)) (?:have not been|are not) (?:moderated|edited)\b.{0,100}|"
                r"by posting (?:your|a) comment,? you agree\b.{0,200}|"
                r"join our (?:new )?commenting (?:forum|community)\b.{0,100}|"
                r"conversations are opinions of our readers\b.{0,400}|"
                r"welcome to [\w .&'’-]{1,60} comment(?:ing)? community\b.{0,400}|"
                r"comments (?:have to|must|should) be (?:in english|on[- ]topic|civil|respectful)\b.{0,400}|"
                r"we have (?:migrated|moved) to a new comment(?:ing)? (?:platform|system)\b.{0,400}|"
                r"disclaimer:? (?:the )?comments\b.{0,400}|"
                r".{0,60}\bthe comments? section is (?:undergoing|being|temporarily|currently)\b.{0,200}|"
                # "Comments are moderated and generally will be posted if ..." (by whom is the story's: "Comments are
                # moderated by a team in Dublin.")
                r"comments \(\d+\)\s*closed|comments are (?:pre-?)?moderated(?:\.|,? and (?:will|generally|may)\b.{0,300})|"
                r"comments?\s*[-–:]\s*please (?:log ?in|sign in|register)\b.{0,80}|"
                r"would you like to comment on this (?:article|story)\?.{0,150}|"
                # "Please log in or register to comment", "Sign in or create your Guardian account to join the
                # discussion", "Sort by: Most Popular", "Newest Oldest Best rated Worst rated", "Start a Conversation"
                r"please (?:log ?in|sign in)(?: or (?:register|sign up))? to (?:comment|post a comment|join the "
                r"(?:discussion|conversation))\.?|"
                r"(?:.{0,80}\bbut you can still )?sign in or create your [\w .&'’-]{1,30} account to join the "
                r"(?:discussion|conversation)\b.{0,100}|"
                r"(?:(?:newest|oldest|best rated|worst rated|most popular|top rated)\s*){3,}|"
                r"start (?:a|the) conversation|reply\s*[|·]?\s*report|become a member to leave a comment\.?(?: or (?:log ?in|sign ?in)(?: here)?\.?)?|"
                r"commenting (?:for|on) this (?:story|article) is (?:now )?closed\.?|"
                r"only [\w.'’ -]{1,30} subscribers can comment on this (?:article|story)\.?|disclaimer (?:&|and) comment rules|"
                r"comments\s*/\s*\d{1,5}|"
                # "Comments: Our rules", "Please report any comments that break our rules.", "National World encourages
                # reader discussion on our stories. ...", "We want our comments to be a lively and valuable part ..."
                r"comments:? our rules|please report any comments? that breaks? our (?:rules|guidelines)\.?|"
                r".{1,60} encourages reader discussion\b.{0,400}|we want our comments to be\b.{0,400}|"
                r"our community is about connecting people through\b.{0,400}|promoted comments)$",
                re.I,
            ),
        ),
    ),
    (  # "Disclosure: Facebook and Google have been financial supporters of The Texas Tribune, ...", "HKFP is an
        # impartial platform & does not necessarily share the views of opinion writers or advertisers."
        "site notice",
        GuardedPattern(
            (
                "disclosure",
                "necessarily",
                "published by",
                "advertiser content",
                "warranties",
                "representations",
            ),
            re.compile(
                rf"^(?=.{{0,800}}$)(?!.*\b(?:{ATTRIBUTION})\b)(?:"
                r"disclosure: .{1,200}\b(?:have been|are|is|was) (?:a |an )?(?:financial |corporate )?"
                r"(?:supporters?|sponsors?|donors?|funders?)\b.{0,300}|"
                r".{1,120}\b(?:does|do) not necessarily (?:share|reflect|represent|endorse) the (?:views|opinions)\b.{0,300}|"
                # "Note: We at uspostman cannot make any warranties about the completeness, reliability and accuracy of
                # this information."
                r"(?:note: )?.{1,80}\b(?:cannot|can ?not|does not|do not|makes? no)(?: make)?(?: any)? (?:warranties|"
                r"representations) (?:about|as to|of|regarding) the (?:completeness|accuracy|reliability)\b.{0,300}|"
                r"published by [\w .&'’-]{1,40}\b(?:ltd|limited|plc|inc|llc)\.?|disclosure statement|advertiser content from)$",
                re.I,
            ),
        ),
    ),
    (  # a publisher's standing notes under every story: who owns it ("Variety is a part of Penske Media Corporation.
        # © 2024 ..."), what it does not advise ("WebMD does not provide medical advice, ..."), how it sources ("Healthline
        # has strict sourcing guidelines ..."), whose code it follows (the UK regions' IPSO line), how a story was made
        # ("Produced by ElevenLabs and News Over Audio (NOA) using AI narration.", "Last medically reviewed on ...")
        "site notice",
        GuardedPattern(
            (
                "part of",
                "does not provide",
                "sourcing",
                "primary sources",
                "continually monitor",
                "reviewed",
                "independent press standards",
                "narration",
                "print edition",
                "trust project",
                "in beta",
                "snapshot",
                "guidelines",
                "editorial independence",
                "registered charity",
                "registered service marks",
                "registered trademarks",
                "coverage",
            ),
            re.compile(
                rf"^(?=.{{0,700}}$)(?!.*\b(?:{ATTRIBUTION})\b)(?:"
                r"(?-i:[A-Z])[\w.&'’ -]{1,40} is (?:a )?part of (?-i:[A-Z])[\w.&'’ -]{1,60}\b"
                r"(?:corporation|inc|llc|plc|ltd|group|media|network)\b.{0,400}|"
                r"(?-i:[A-Z])[\w.&'’ -]{1,40} does not provide (?:medical|tax|investment|financial|legal)\b.{0,400}|"
                r"(?-i:[A-Z])[\w.&'’ -]{1,40} (?:has|have) strict sourcing guidelines\b.{0,400}|"
                r"(?-i:[A-Z])[\w.&'’ -]{1,40} requires (?:its )?writers to use primary sources\b.{0,400}|"
                r"we link (?:to )?primary sources\b.{0,400}|our experts continually monitor\b.{0,400}|"
                r"how we reviewed this article:?|last (?:medically |fact-?checked and )?reviewed (?:on|by)\b.{1,60}|"
                r".{0,100}\badhere to the independent press standards organisation['’]s\b.{0,400}|"
                r"produced by .{1,60} using ai narration\.?|"
                r"(?:this article appears|published) in the (?:\w+ \d{4} )?print edition\b.{0,200}|"
                r".{0,150}\bthe trust project\b.{0,300}|"
                r"(?-i:[A-Z])[\w.&'’ -]{1,30} ai is in beta\.\s.{0,200}|data is a real-time snapshot\b.{0,500}|"
                r"view (?:our )?editorial guidelines|"
                r"this article is produced with full editorial independence by\b.{0,300}|"
                r"(?-i:[A-Z])[\w.&'’ -]{1,40} is a registered charity\b.{0,300}|"
                r"(?-i:[A-Z])[\w.&'’ -]{1,40} and the [\w.&'’ -]{1,40} logo are registered (?:service marks|trademarks)\b.{0,200}|"
                # the series or project a story belongs to: "This segment is part of our ongoing series: Chasing The
                # Dream." (who made it, "This article was produced by ...", is a credit: credits.py); "part of a series
                # — At 250, Who Will America Be? — reporting on ..." is labelled the story's own once, so it stays
                r"this (?:article|story|segment|podcast) (?:is|was) (?:a )?part of (?:our|the) (?:(?-i:[A-Z])|"
                r"(?:[\w’'-]+ ){0,3}(?:series|project|collaboration|partnership|initiative|coverage|package)\b).{0,250}|"
                # where the rest of the paper's coverage is: "For complete coverage of the COVID-19 outbreak, go to
                # detroitnews.com/...", "For more of Slate’s politics coverage, listen to The Political Gabfest."
                r"for (?:complete|full|more|continuing|the latest|all)(?: of [\w’'. ]{1,30}['’]s)? (?:[\w-]+ ){0,3}"
                r"coverage\b.{0,100}\b(?:go to|visit|see|listen to|head to|click)\b.{0,150})$",
                re.I,
            ),
        ),
    ),
    (  # a non-profit newsroom's republishing box and a research site's disclosure: "Republish This Story for Free",
        # "You have to credit us. ...", The Conversation's "Jane Smith does not work for, consult, own shares in ..."
        "republishing notice",
        GuardedPattern(
            (
                "republish",
                "credit us",
                "edit our material",
                "creative commons",
                "own shares",
                "provides funding",
            ),
            re.compile(
                r"^(?=.{0,700}$)(?:republish (?:this story|our (?:articles|stories))\b.{0,200}|"
                r"thank you for your interest in republishing\b.{0,500}|you have to credit us\b.{0,500}|"
                r"you can['’]?t edit our material\b.{0,300}|creative commons license \(cc [\w.-]{2,20}(?: [\d.]+)?\)|"
                r".{1,60} does not work for, consult, own shares in or receive funding from\b.{0,500}|"
                r".{1,80} provides funding as (?:a )?(?:founding )?(?:member|partner) of the conversation\b.{0,60})$",
                re.I,
            ),
        ),
    ),
)

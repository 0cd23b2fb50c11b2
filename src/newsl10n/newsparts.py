"""Recognizers for the page furniture a site wraps around a story, one block at a time.

Each recognizer looks at one block (a paragraph as the format reader found it) and is written for
precision: a block it does not recognize is treated as article text. The patterns come from real
pages (tests/data/news and the sets in benchmarks/furniture-fresh-pages.md): the labels of share/follow
widgets, related-story and most-read lists, gallery counters, newsletter prompts and form messages,
copyright lines, comment sections. Credits, bylines and captions are :mod:`newsl10n.credits`'.
"""

from __future__ import annotations

import re

from newsl10n.channelnotes import CHANNEL_PATTERNS
from newsl10n.pagecontrols import is_navigation_row, is_page_tools
from newsl10n.patterntable import PatternTable
from newsl10n.sitekinds import LONG_SITE_KIND_PATTERNS, SITE_KIND_PATTERNS
from newsl10n.sitenotices import LONG_NOTICE_PATTERNS, SITE_NOTICE_PATTERNS
from newsl10n.text import ATTRIBUTION, NOT_REPORTED, GuardedPattern

# --- furniture ---------------------------------------------------------------------------------------
# the networks a follow prompt names, or a writer's link to a profile there
NETWORK = r"(?:twitter|x|facebook|instagram|linkedin|threads|bluesky|tiktok|youtube|whatsapp|telegram|mastodon|snapchat|google news)"
_SOCIAL = (
    r"facebook|twitter|tweet|x|messenger|whatsapp|pinterest|linkedin|reddit|flipboard|instagram|youtube|tiktok|"
    r"telegram|email|e-mail|mail|sms|print|copy|link|tumblr|snapchat|threads|bluesky|google bookmarks|google\+?|"
    r"pocket|bookmark|"
    # the bookmarking services of older pages
    r"digg|del\.icio\.us|delicious|stumbleupon|stumble upon|stumble|newsvine|technorati|furl|mixx|fark|myspace|"
    r"viadeo|google buzz|y! buzz|yahoo! buzz|rss|slashdot"
)
# a media story's label before its title, as a list of links prints it ("PHOTOS: Kyiv ...", "Podcast: More From ...")
_MEDIA_LABELS = r"(?:related )?(?:photos|gallery|listen|podcast|videos?)"
_GALLERY_LABELS = r"in pictures|slideshow"
MEDIA_LABEL_RE = re.compile(rf"^(?:{_MEDIA_LABELS}|{_GALLERY_LABELS}|watch):\s", re.I)

_SHARE_WORDS = (
    # a row's counters too: "SHARE 79 CONNECT 32 TWEET COMMENT EMAIL MORE"
    rf"share|this|via|with|on|to|the|story|article|page|link|permalink|about|sharing|adjust|comments?|discuss|save|cancel|bookmark|"
    # a share count, also rounded ("196 SHARES", "69.9k SHARES Share Tweet"); a count ends where its digits do,
    # or a run of digits could be cut into counts in exponentially many ways before the line fails
    rf"connect|more|shares|\d{{1,6}}(?!\d)|\d{{1,3}}(?:\.\d)?[km]|"
    # "Share this item on X x Send this page to someone via email", "Leave a comment Share ..."
    rf"item|current|send|someone|leave|a|vk|"
    rf"{_SOCIAL}"
)


# what opens an editor's note or a credit in brackets, never a link: "[Note: ...]", "[This story has been updated.]"
_NOTE_WORDS = r"(?:editor|update|correction|clarification|note|this|originally|featured|photo|image|pic)"
_BRACKETED_LINK_RE = re.compile(rf"^\[(?!\s*{_NOTE_WORDS}\b)[^\[\]]+\]$", re.I)
# a "Read more: ..." line longer than this, ending with a stop, is the story's sentence
_PROSE_LINK_WORDS = 12
_SHARE_LINE_RE = re.compile(
    # share words only, then one of them a share word (in this order: the first test fails at once on prose)
    rf"^(?=[-–—•|:\s]*(?:(?:{_SHARE_WORDS})[\s:,|/&-]*)+$).*\b(?:share|sharing|permalink|{_SOCIAL})\b",
    re.I,
)
# a row of the page's own links set apart by bars: "| Complete coverage |  | Photo archive |  | Video archive |",
# "Transcript | Download mp4 | Download mp3", "Posted Nov. 6,2012 at 4:24 PM EST by Sam Greisman | Permalink"
_LINK_ROW_WORD = (
    r"(?:complete|full|latest|more|all|coverage|photos?|videos?|audio|archives?|gallery|galleries|transcript|"
    r"download|mp3|mp4|pdf|print|printer-friendly|e-?mail|comments?|permalink|trackback|share|rss|feed|podcast|"
    r"slideshow|listen|watch|subscribe|send|friend|this|post|page|article|story|stories|related|to|a|of|the|and)"
)
_LINK_ROW_ITEM = rf"{_LINK_ROW_WORD}(?:\s+{_LINK_ROW_WORD}){{0,3}}"
_LINK_ROW_RE = re.compile(
    rf"^(?:[|\s]*\|\s*)?{_LINK_ROW_ITEM}(?:(?:\s*\|)+\s*{_LINK_ROW_ITEM})+[|\s]*$|"
    r"^posted [^|]{5,80}(?:\s*\|\s*(?:permalink|trackback|comments?(?: \(\d+\))?|print|e-?mail))+\s*$",
    re.I,
)
_READING_TIME_RE = re.compile(  # "184 2 minute read": a view counter before it
    r"^(?:\d[\d,.]*k?\s+)?\d{1,2}\s*[- ]?min(?:ute)?s?\.?\s+read$|"
    r"^listen\s*[·•|-]\s*\d{1,2}:\d{2}(?:\s*min(?:ute)?s?)?(?:\s+\d{1,3}-minute listen)?(?:\s+add to playlist)?$|"
    r"^listen\s*\(\d{1,2}\s*min(?:ute)?s?\)$|"
    r"^listen to (?:this )?(?:article|story)\s*[·•|-]\s*\d{1,2}(?::\d\d)?\s*min(?:ute)?s?(?: learn more)?$|^duration:?\s*\d{1,2}:\d{2}(?::\d{2})?$|"
    r"^(?:estimated )?read(?:ing)? time:?\s*\d{1,2}\s*min(?:ute)?s?\.?(?: read)?$",
    re.I,
)


_NEWSLETTER_CADENCE_RE = re.compile(  # how often a newsletter comes, as its box describes it
    r"^(?:newsletter\s*[|:·•]\s*)?(?:once|twice|three times|four times) a (?:day|week|month)[.!]?$|"
    r"^(?!.*\b(?:said|says|told)\b)(?=.{0,160}$)"
    r"(?:every (?:day|weekday|week|morning|evening)|(?:mon|tues|wednes|thurs|fri|satur|sun)days|weekdays|daily|weekly)\b"
    r"(?=.*\b(?:digest|roundup|round-up|briefing|newsletter|the best of|in your inbox)\b).*$",
    re.I,
)


def is_newsletter_cadence(text: str) -> bool:
    """A newsletter box's line saying how often it comes ("Fridays. A weekly digest of the best of our coverage.",
    "Newsletter | Three times a week."): the newsletter's name stands above it."""
    return _NEWSLETTER_CADENCE_RE.match(text) is not None


def is_reading_time(text: str) -> bool:
    """How long the story takes to read or hear: "4 min read", "Listen · 3:45 min", "Duration 1:30"."""
    return _READING_TIME_RE.match(text) is not None


# a box's label before its item: a few words in Title Case or capitals, then a colon
_BOX_LABEL_RE = re.compile(r"^(?:[A-Z][\w'’&-]*)(?: [A-Z][\w'’&-]*){0,3}: (\S.{10,250})$")
_BOX_ITEM_WORDS = 5

# what a link to a story's source document says: "read the 70-page TNO report", "see the full ruling"
_READ_THE_DOCUMENT = (
    r"\b(?:read|see|view|download)\b(?: (?:the|this|a|an|our|his|her|their|its))?(?: [\w'’-]+){0,3} "
    r"(?:report|affidavit|warrant|ruling|filing|indictment|lawsuit|complaint|transcript|study|decision|judgment|"
    r"memo|documents?|letter|statement|opinion|verdict|court order)s?\b"
)

_FURNITURE_PATTERNS: tuple[tuple[str, re.Pattern[str] | GuardedPattern], ...] = (
    ("newsletter prompt", _NEWSLETTER_CADENCE_RE),
    (
        "print notice",
        re.compile(
            # a print template's stamp: "This article was printed from http://...", WordPress's "URL to article: ..."
            r"^(?:this (?:article|story|post|page) (?:was|is) printed from|(?:article|story|post) printed from|"
            r"url to (?:article|story|post)):?\s.{0,200}$",
            re.I,
        ),
    ),
    (
        "promotion",
        re.compile(
            # a magazine's own offers set in brackets inside the story (InfoWorld, CIO): "[ Download the Big Data
            # Analytics Deep Dive ... | Harness the power of Hadoop ... ]"
            r"^\[ ?(?:download|get (?:the|our|your|a|an|free|more|all)|harness|stay on top of|keep up with|"
            r"learn (?:how|more|about)|discover|find out|subscribe|sign up)\b[^\[\]]{10,400}\]$",
            re.I,
        ),
    ),
    (
        "advertisement",
        re.compile(
            # "Story continues below advertisement", Hearst's "Article continues below this ad"
            r"^[-–—\s]*(?:(?:story|article|content) continues (?:below|after) (?:this |the )?(?:advertisement|ad)|"
            r"(?:scroll to continue with )?advertisement)"
            r"(?: \d{1,2})?(?:\s*[-–—:·]\s*(?:continue reading|story continues|scroll to continue)(?: below)?)?[\s:.…–—-]*$|"
            r"^(?:content continues below|scroll to continue(?: with content| reading)?)[.…]*$|"
            r"^don['’]t want to see this\? remove ads$|^(?:skip advertisement|ads by google)$|^text ad:\s.{1,120}$|"
            # an ad plugin's empty slot: "Your ads will be inserted here by Easy Plugin for AdSense. Please go to ..."
            r"^your ads will be inserted here by\b.{0,200}$|^paste your ad code(?: or)?\.?$|^suppress this ad slot ?\.?$",
            re.I,
        ),
    ),
    (
        "sponsored",
        re.compile(
            r"^(?:sponsored(?: content| stories| links)?|promoted(?: content| stories)?|adchoices|ad|advert|advertising|"
            r"paid (?:post|content)|partner content|(?:content )?from our partners|recommended by(?: outbrain| taboola)?|"
            r"outbrain|taboola|"
            # a sponsor's label whose logo the extractor dropped: "JIS News | Presented by:"
            r"(?:[\w .&'’-]{1,40} [|·•–-] )?(?:presented|sponsored|brought to you) by:?|"
            # a series' sponsor line whose logo is gone: "Seascape: the state of our oceans is supported by"
            r"[\w .,:&'’-]{1,80} (?:is|are) (?:supported|sponsored|funded|presented) by|about this content)$",
            re.I,
        ),
    ),
    ("share prompt", _SHARE_LINE_RE),
    ("link row", _LINK_ROW_RE),
    (  # a video player's title between its play button and its share row: "PlaySen. Reid To Trump: Rescind Bannon
        # Appointment Facebook Twitter Google Plus Embed"
        "video player",
        re.compile(
            rf"^.{{5,200}}? (?:(?:{_SOCIAL}|google plus) ){{2,}}embed$",
            re.I,
        ),
    ),
    (  # a video widget's label glued to the other story it promotes: "Popular Video This young teenage singer was
        # shocked when ... A few moments later, ..." (its summary's sentences are the teaser's, not the article's)
        "promotion",
        # (a title of six words at least: a list's heading is shorter, "Featured Videos From The Verge")
        re.compile(
            r"^(?i:popular|trending|featured|recommended|related) (?i:videos?) (?=[A-Z‘“\"'])(?:\S+ ){5}[^\n]{1,400}$"
        ),
    ),
    (
        "share prompt",
        re.compile(
            r"^(?:(?:like|liked|enjoy|enjoyed|love) this (?:story|article|post)\?\s*share it\b.{0,60}|"
            # the share prompt after its question: "Think your friends would be interested? Share this story!"
            # "How insane is this? Get the word out – share this post on Facebook and Twitter."
            r"[^.!?\"“”]{5,80}\?\s*(?:get the word out\s*[-–—:,]?\s*)?share (?:this|the) (?:story|article|post)"
            rf"(?: with [\w ]{{2,30}}| on {NETWORK}(?:,? (?:and|or) {NETWORK})?)?[.!]?|"
            r"if you (?:like|liked|enjoy|enjoyed|love|loved) (?:this|the) (?:story|article|post),? share it\b.{0,60}|"
            # a site's call glued to its share bar: "Join America's Last Line of Defense And Share This Article Now!
            # 56.9k SHARES SHARE ON FACEBOOK SHARE ON TWITTER"
            r".{0,100}\bshare this (?:article|story|post)(?: now)?!\s*[\d.,]+[km]? shares\b.{0,80}|"
            r"(?:\d{1,2}:\d{2}\s+\d{1,2}\.\d{1,2}\.\d{2,4}\s+)?get (?:the )?short (?:url|link)|copy (?:the )?(?:article )?(?:link|url)|"
            r"(?:open|close) (?:the )?share (?:menu|panel|options))$",
            re.I,
        ),
    ),
    (
        "promotion",
        re.compile(
            r"^(?:follow (?:[\w.&'’ ]{1,40}['’]s )?(?:full |latest |live |continuing |sports |political )?coverage "
            r"(?:of|at|on) .{1,160}|"
            # a campaign site's petition: "Add your name to millions demanding that Congress take action on ... IMPEACH
            # DONALD TRUMP!"
            r"add your name (?:to|and|if)\b(?!.*\b(?:said|says|told|urged)\b).{5,150}[.!](?: [A-Z][A-Z ’'!.,-]{3,60})?|"
            # "Listen to the best of BBC Radio Sussex on Sounds and ...", "Listen to our Inside Politics Podcast ..."
            r"listen to the best of .{1,40} on (?:bbc )?sounds\b.{0,200}|listen to our [\w .&'’-]{1,40} podcast\b.{0,100}|"
            # a network's pointer to its other sites: "Stay up to date on what’s real and what isn’t at Rigged.news
            # and Hoax.news."
            r"stay (?:up to date|informed|in the know) (?:with|on) .{1,80}? at (?:[\w-]+\.)+[a-z]{2,6}\b.{0,60}|"
            r".{0,80}\bcheck out what['’]s clicking on [\w.]+\.com\.?|(?:new:? )?you can now listen to [\w .&'’-]{1,40} articles!?|"
            # "Stream on ESPN+", "Watch on BBC iPlayer", "Listen on BBC Sounds", a local station's "For the latest
            # news, weather, sports, and streaming video, head to WFLA.", "Check out 9to5Mac on YouTube for more ..."
            r"(?:stream|watch|listen) on (?:espn\+|bbc iplayer|bbc sounds|peacock|paramount\+|hulu|now)|"
            r"stream [\w .&'’-]{1,30} with no contract on now|get [\w ]{1,30} news sent straight to your phone|"
            r"for the latest news, weather,? (?:and )?sports\b.{0,100}|check out (?-i:[A-Z0-9])[\w .&'’-]{1,30} on youtube\b.{0,80}|"
            # a blogger's own: "Check Me out On Youtube"; a teaser's share button: "ARNOLD! SHARE ME on TWITTER!
            # http://bit.ly/THsVIy"
            r"check (?:me|us) out on (?:youtube|rumble|bitchute|facebook|twitter|instagram|tiktok|gab)[.!]?|"
            r"(?:[\w'’ -]{1,40}! )?share me on (?:twitter|facebook|x)!?(?: https?://\S+)?|"
            # a pointer to the site's coverage: "For more Captain America 2 and Marvel Movie updates read
            # Movieline.com", "·All The Layover Coverage on Eater [-E-]"
            r"for more (?:[\w'’&:. -]{1,60} )?(?:updates|news|stories),? (?:read|visit|go to|head to|check out|see) "
            r"(?:us at )?(?:[\w-]+\.)+(?:com|org|net|co\.uk)\b.{0,40}|"
            r"\W{0,3}all (?-i:[A-Z])[\w’'&:. -]{1,60} coverage on (?-i:[A-Z])[\w.&’' -]{1,30}(?: \[[^\]]{1,10}\])?|"
            r"add (?-i:[A-Z0-9])[\w .&'’-]{1,30} to your google news feed\.?|"
            r"you['’]re reading (?-i:[A-Z0-9])[\w .&'’-]{1,30} [—–-]\s.{0,300}|"
            r"explore the (?:\w+ )?\d{4} issue|check out more from this issue\b.{0,80}|"
            # a portal's line under every story: "Track Latest News Live on NDTV.com and get news updates from India
            # and around the world", "Catch all the Business News, ... on Live Mint. Download The Mint News App ..."
            r"(?!.*\b(?:said|says|told)\b)(?=.*\b(?:on [\w ]{1,20}\.(?:com|in)|live on|download|app|around the world)\b)"
            r"(?:track|catch|get|discover) (?:all the |the )?(?:latest|current|live|breaking|business)\b.{0,350}|"
            # a live page's promotion, maybe under its label: "Today’s news: Follow live updates from the campaign
            # trail from the AP."
            r"(?:[\w’' ]{1,30}: )?follow (?:our |the )?live (?:updates|coverage|blog)\b(?!.*\b(?:said|says|told)\b).{0,120}|"
            r"catch up on .{1,120}\bpodcast\b.{0,80}|before it['’]s here, it['’]s on the bloomberg terminal\.?|"
            # "Subscribe to our show on Apple Podcasts, Pocket Casts and NPR One."
            r"(?:subscribe|follow) on (?:apple podcasts|spotify|google podcasts|pocket casts|amazon music)|"
            r"(?:subscribe|listen|follow)(?: to [^.!?]{1,60})? wherever you (?:get|listen to) (?:your )?podcasts[.!]?|"
            r"(?!.*\b(?:said|says|told)\b)(?:subscribe to|follow|listen to) (?:our|the) (?:show|podcast)\b[^.!?]{0,40}"
            r"\bon (?:apple podcasts|spotify|google podcasts|pocket casts|npr one|stitcher|overcast|amazon music|iheart\w*)\b"
            r"[^.!?]{0,120}[.!]?|"
            r".{0,40}\bnow on (?:youtube|tiktok|instagram|spotify|apple podcasts)!?|"
            r".{0,120}\bsubscribe (?:to us |to our channel )?on youtube[.!]?|"
            # "For more: Listen to the Planet Money podcast, ..."
            r"for more:\s+(?:listen to|watch|subscribe to|follow|visit|tune in)\b.{1,200}|"
            r"check out (?:the new |our new )?(?-i:[A-Z])[\w.&'’ -]{1,40}, the (?:place|home|destination|source) for\b.{0,150}|"
            r"tell (?:your|a) friends? about [\w.&'’ -]{2,60}[.!]?|"
            r"read (?:\S+['’]s |our )?(?:full |latest |live |earlier )?coverage\b.{0,120}\bhere\b.{0,200})$",
            re.I,
        ),
    ),
    (  # an affiliate's product box: "ADD TO CART: US$25 League of Legends Gift Card", "VIEW PRICE: Funko Pop ..."
        "shopping link",
        re.compile(
            r"^(?:add to (?:cart|basket|bag)|view (?:price|deal|offer|product)|check (?:price|availability)|see price|"
            r"buy (?:now|it (?:now|here))|shop now|get it (?:now|here))(?:\s*[:>»→|-]\s*\S.{0,150})?$",
            re.I,
        ),
    ),
    (
        "share prompt",
        re.compile(r"^share this (?:with|on|via) .{1,40}$", re.I),
    ),
    (  # a video player's own words (video.js's captions dialog, on many sites); its clock alone ("0:00/2:06") has
        # no words, and credits.is_page_timestamp knows it is no time stamp
        "video player",
        re.compile(
            r"^(?:video player is loading\.?|this is a modal window\.?|end of dialog window\.?|"
            r"beginning of dialog window\.? escape will cancel and close the window\.?|"
            r"(?:captions|subtitles|descriptions|chapters)(?: settings, opens (?:captions|subtitles) settings dialog|"
            r" off, selected)|text edge style|font family|font size|(?:share )?fullscreen|"
            r"reset restore all settings to the default values(?: done)?|none raised depressed uniform dropshadow|"
            r"proportional sans-serif monospace sans-serif\b.{0,80})$",
            re.I,
        ),
    ),
    ("feed note", re.compile(r"^the post .{3,300} appeared first on (?-i:[A-Z])[\w.&'’ -]{1,80}\.?$", re.I)),
    (  # Vox Media's publishing system printing its layout into the page
        "layout note",
        re.compile(r"^this article has a component height of \d+\.(?: the sidebar size is \w+\.)?$", re.I),
    ),
    (  # an image's label that says only whose logo it is, or which partner provided a video's thumbnail:
        # "Wales Online Logo", "NHS to move to its highest alert level - Provided by Wales Online" (MSN's players)
        "image label",
        re.compile(
            r"^(?:the )?(?-i:[A-Z][\w&'’.-]*)(?: (?-i:[A-Z][\w&'’.-]*)){0,3} logo$|"
            r"^.{10,200} - provided by (?-i:[A-Z][\w&'’.-]*)(?: (?-i:[A-Z][\w&'’.-]*)){0,4}$",
            re.I,
        ),
    ),
    (  # a share or comment count alone: "1k", "2.3K"
        "counter",
        re.compile(
            r"^\d{1,3}(?:\.\d)?[kKmM]$|^[\d,]+(?: [\d,]+)? (?:cases|active|recovered|deaths)$|"
            # a button's count: "Twitter (28)"; "Comments (2)" heads a comment section (comments.py), "Comments ()" none
            rf"^(?:{_SOCIAL}|shares?|likes?)\s*\(\d{{0,7}}\)$|^comments?\s*\(\)$|"
            r"^shares$",  # a share count's label whose figure a script fills in
            re.I,
        ),
    ),
    (
        "follow prompt",
        re.compile(
            rf"^(?:follow|like) (?:us|@?[\w.]+(?: [\w.]+)?) (?:on|at)(?:\s*(?:{_SOCIAL}|and|or)[,.!]?)*\s*[.!]?$|"
            rf"^follow us (?:on|at) @\w{{2,30}}(?: on (?:{_SOCIAL}))?[.!]?$|"  # "Follow us on @dealbook on twitter"
            # a writer's line under the story: "You can follow Anthony on Twitter @awzurcher"
            r"^(?:you can )?follow (?-i:[A-Z])[\w.'’-]*(?: (?-i:[A-Z])[\w.'’-]*){0,2} on (?:twitter|x)\s*:?\s*@\w{2,30}[.!]?$|"
            r"^follow (?-i:[A-Z])[\w.'’-]*(?: (?-i:[A-Z])[\w.'’-]*){0,3} on (?:twitter|facebook|instagram|x|linkedin):\s*"
            r"(?:https?://)?(?:www\.)?\S+$|"
            r"^(?:follow us on (?:google news|social media)|join our (?:whatsapp|telegram) (?:channel|group))[.!:]?$|"
            r"^follow (?!the\b|us\b)(?-i:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?)$|"  # "Follow BelfastLive", "Follow Daily Record"
            r"^\+\s*follow$|^\+?\s*get alerts for (?-i:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})$|^@\w{2,30} follow$|"
            r"^(?:stay connected[.!]?|don['’]t miss (?:a story|stories|out)[.!]?) follow (?:the )?"
            r"(?-i:[A-Z])[\w.'’-]*(?: (?-i:[A-Z])[\w.'’-]*)?(?: now)?[.!]?$|"
            r"^(?:please|you should) (?:follow|like) .{1,40} on (?:twitter|facebook|instagram|x)"
            r"(?: and (?:twitter|facebook|instagram|x))?(?: here)?\.?$|"
            r"^join our .{1,60}\bon (?:whatsapp|telegram)\b.{0,40}$|"
            r"^join our (?:whatsapp|telegram) (?:channel|group|community)\b.{0,60}$|"
            r"^want (?:more )?(?:stories|news|updates|articles) like this\? follow us\b.{0,60}$|"
            r"^on (?:twitter|facebook|instagram|x|threads|bluesky):\s*follow\b.{1,150}$|"
            r"^join us on (?:telegram|whatsapp|facebook|instagram|x|twitter|threads|bluesky|discord|reddit)[.!]?$|"
            # a follow prompt to a list of networks, maybe with its handle and its promise: "Follow us on Instagram and
            # Twitter for the latest news.", "Follow her on X at @jane.", "For more news, follow us on Google News.",
            # a podcast's "Find us: Twitter / Facebook / Instagram / TikTok"
            # "You can also follow us on Facebook, Instagram and Twitter and download the Yahoo News app from ..."
            rf"^(?:for (?:more|the latest)(?: [\w-]+){{0,3}},\s*)?(?:you can (?:also )?)?"
            rf"(?:follow|like|find|connect with) (?:us|him|her|them|me)"
            rf"(?: on|:) ?{NETWORK}(?:(?:,|,? and|,? or|,? &| ?/| ?\|) {NETWORK})*(?:,? (?:at )?@\w{{2,30}})?"
            rf"(?: (?:and|&) (?:follow|like) us on {NETWORK}(?:(?:,|,? and) {NETWORK})*)?"
            r"(?: for (?:the latest|more|updates|all the latest|breaking)\b[^.!?]{0,60})?"
            r"(?: and download (?:the |our )?[\w'’ ]{1,30} app\b[^.!?]{0,60})?[.!]?$|"
            r"^follow our (?:whatsapp|telegram) (?:channel|group|community)\b.{0,60}$|"
            r"^follow (?:the )?authors?$|^follow topics and authors\b.{0,200}$|"
            r"^get e-?mail notifications? for articles from [\w.'’ -]{1,40} follow$|^click the alert icon to follow topics:?$|"
            r"^follow (?-i:[A-Z])[\w.&'’-]*(?: (?-i:[A-Z])[\w.&'’-]*){0,3}:$|"
            r"^(?!.*\b(?:said|says|told)\b)"  # what someone said is the story's
            # the site's name as it prints it: "Follow Khaama Press (KP) | Afghan News Agency on Twitter"
            r"follow (?:the |our )?(?:(?:(?-i:[A-Z])[\w.'’!-]*|\((?-i:[A-Z]{2,6})\)|\|) ){1,9}(?:section |desk |team )?"
            r"on (?:facebook|twitter|instagram|x)\b"
            # and the newsroom's addresses after it: "... @GleanerJamaica. Send us a message on WhatsApp at ..."
            r"[^.!?]{0,160}[.!]?(?:\s(?:send us|send your|message us|e-?mail us|contact us|stay updated via)\b.{0,200})?$|"
            r"^like .{1,40} on facebook,? (?:and )?follow .{1,40} on (?:twitter|x)\b.{0,150}$|"
            r"^(?:follow @\w{1,30}\s*){1,6}$|"  # CNN's row of handles: "Follow @politicalticker Follow @KilloughCNN"
            # a channel's own labels: "Follow on Twitter: Follow @PrisonPlanet", "SUBSCRIBE on YouTube:"
            r"^follow (?:me |us )?on (?:twitter|x)\s*:\s*(?:follow )?@\w{1,30}$|"
            # (a bare "Follow on Facebook" is a follow row's button, read with its row)
            r"^subscribe (?:to (?:me|us|my channel|our channel) )?on (?:youtube|rumble|bitchute|odysee|"
            r"telegram|twitter|x|facebook|instagram|gab|minds|tiktok)\s*:?$|"
            # the writer by the outlet's title: "Follow USA TODAY reporter Kelly Tyko on Twitter: @KellyTyko"
            r"^follow (?:[\w.&'’ -]{1,40} )?(?:reporter|writer|columnist|correspondent|editor|critic|photographer)s? "
            r"(?-i:[A-Z])[\w.'’-]*(?: (?-i:[A-Z])[\w.'’-]*){0,3} on (?:twitter|x|instagram|facebook|threads|bluesky)"
            r"(?::?\s*@\w{1,30})?[.!]?$|"
            # a creator's addresses: "Connect with me at: www.facebook.com/AwakenWithJP https://www.Instagram.com/..."
            r"^(?:connect|find|follow) (?:with )?(?:us|me) (?:at|on|here)\s*:\s*(?:(?:https?://)?(?:www\.)?[\w-]+\.\S+\s*){1,8}$|"
            # a columnist's box: "Read more from Dana Milbank’s archive, follow him on Twitter or subscribe to his
            # updates on Facebook."
            r"^read more from (?:[^.!?]|(?<=\b[A-Z])\.){1,60}['’]s? archive\b[^.!?]{0,160}[.!]?$",
            re.I,
        ),
    ),
    # with a separator after it, left from the caption the counter stood beside: "1 of 12 |"
    (
        "gallery counter",
        re.compile(
            r"^(?:(?:image|photo|picture|slide|item)s?:?)?\s*\d{1,3}\s*(?:of|/)\s*\d{1,3}(?:\s*[|·•])?$", re.I
        ),
    ),
    (
        "gallery counter",
        re.compile(r"^\d{1,3}\s*[-–]\s*\d{1,3} of \d{1,4}$|^more videos \(\d{1,3} of \d{1,3}\)$", re.I),
    ),
    ("gallery counter", re.compile(r"^(?:image|photo|picture|slide) \d{1,3} of\s*/?\s*\d{1,3}$", re.I)),
    # the counter glued to the gallery's title, as an extractor joins them: "1 /50 UK news in pictures"
    ("gallery counter", re.compile(r"^\d{1,3} /\d{1,3} \S.{0,120}$")),
    # a wire's card of another story, its section read out before it: "Europe category Russia warns U.S. ..."
    (
        "related link",
        re.compile(r"^[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3} category (?:·|[A-Z0-9‘“'\"]).{8,250}$"),
    ),
    # another story under a list's label: "Trending: Bragg Was Looking to Charge Trump ..."
    ("related link", re.compile(r"^trending(?: now)? ?: (?-i:(?=[A-Z0-9‘“'\"])).{8,200}$", re.I)),
    # a gallery or video of a partner, with its title: "Photos from Us: 'American Idol' judges, then and now"
    (
        "related link",
        re.compile(
            r"^(?:photos|pictures|videos?|gallery|slideshow) from (?-i:[A-Z])[\w.&'’ -]{0,30}: \S.{4,150}$",
            re.I,
        ),
    ),
    # a feed of the site's tweets, each a title and its short link: "- The #Pacers lose ... --> http://t.co/YdB5MxsL"
    (
        "related link",
        re.compile(r"^[-•*] \S.{8,200}? (?:-{1,2}>|→|») ?https?://(?:t\.co|bit\.ly|ow\.ly)/\S+$"),
    ),
    # a share button with the story's or the site's name: "Share this Story : Ottawa Citizen"
    ("share prompt", re.compile(r"^share this (?:story|article) ?: \S.{0,200}$", re.I)),
    # a link's label glued to its title, as an extractor joins "Digital sales boost:" and the link after it
    # (a title of four words at least, no path: "Home:Britain/Ireland" is a breadcrumb)
    (
        "related link",
        re.compile(
            r"^[A-Z][\w '’&-]{2,40}:(?=[A-Z‘“'\"])(?![^/»›>|]*[/»›>|])(?=(?:\S+\s+){3})[^.!?]{5,150}[^.!?\s]$"
        ),
    ),
    (  # a share prompt in the site's voice: "Share this on Facebook and Twitter and let us know if you think ..."
        "share prompt",
        GuardedPattern(
            ("share this",),
            re.compile(
                # "Please take a moment to SHARE this on Facebook and spread the message that ..."
                rf"^{NOT_REPORTED}(?:please )?(?:take a (?:moment|minute|second) (?:to|and) )?"
                r"share this(?: (?:story|article|post|video))? (?:on|with) "
                r"(?:facebook|twitter|your friends)\b.{0,200}$",
                re.I,
            ),
        ),
    ),
    # the article pager's other story: "PREVIOUS Cost-of-living adjustment for retired Texas teachers passes"
    (
        "related link",
        re.compile(r"^(?:PREVIOUS|NEXT)(?: (?:ARTICLE|STORY|POST))?:? (?=[A-Z0-9‘“'\"]).{8,160}$"),
    ),
    (
        "gallery control",
        re.compile(
            r"^(?:back to gallery|enlarge (?:this )?image|click (?:here )?(?:for|to see|to view) (?:a )?larger (?:image|photo|picture|version)|"
            r"(?:view|see) (?:all|gallery|slideshow)(?: \(\d+(?: images| photos| pictures)?\))?|"
            r"(?:show|hide|toggle) caption(?: [–-])?|caption|close|hide|expand|view (?:this )?image(?: ?[›>»])?|open gallery|\d+ photos?|"
            r"open image in gallery|swipe for more|slideshow|(?:(?:next|previous|prev) (?:slide|image|photo)\s*){1,2}|next|previous|skip|"
            r"view (?:full[- ]?size|larger|full|bigger) (?:image|photo|picture|version)|"
            r"loading (?:photo |image )?(?:gallery|slideshow)(?:\.\.\.|…)?|"
            r"see (?:all |more )?(?:photos|pictures|images) (?:from|of|in) this (?:story|article|gallery):?|"
            r"view (?:\d+ )?(?:photos?|images|pictures)|(?:see|view) all (?:photos|pictures|images)|"
            r"(?:launch|open|view) (?:the )?(?:gallery|slideshow)(?: \(\d+ (?:images|photos|pictures)\))?|\+\s?\d{1,3} more|(?:photo )?gallery \(click to enlarge\)|(?:see|view) all \d{1,3} (?:photos|images|pictures)|buy (?:this )?photo|wait \d+ seconds? to continue\.?|"
            r".{0,100}\bview (?:graphic|interactive|gallery))$",
            re.I,
        ),
    ),
    (
        "copyright line",
        re.compile(
            r"^(?:©|\(c\)|copyright\s*(?:©|\(c\)|(?:19|20)\d\d\b)).{0,80}(?:\b(?:19|20)\d\d\b|all rights reserved).{0,60}$",
            re.I,
        ),
    ),
    ("copyright line", re.compile(r"^.{0,60}\ball rights reserved\.?$", re.I)),
    # the holder's legal name after the sign, maybe the registration after it: "© Associated Newspapers Ltd",
    # "©News Group Newspapers Limited in England No. 679215 Registered office: ...", "Source: The Straits Times ©
    # SPH Media Limited. Permission required for reproduction."; the year and the site's description after the
    # sign ("© RTÉ 2024. RTÉ.ie is the website of ..."); the rider after "All rights reserved." ("Copyright PUNCH.
    # All rights reserved. This material, and other digital content on this website, may not be reproduced ...")
    (
        "copyright line",
        re.compile(
            r"^(?:source: [^©]{1,40} )?©\s*(?-i:[A-Z])[\w.&'’ -]{1,60}?\b(?:ltd|limited|inc|llc|plc|corporation)\b\.?"
            r"(?:\s+(?:in england|registered|all rights|permission|company)\b.{0,300})?$|"
            r"^©\s*[^.!?©]{1,30}\s(?:19|20)\d\d\.\s+.{0,300}$|"
            r"^(?:©|copyright)\s*(?:©\s*)?(?:(?:19|20)\d\d\s+)?[^.!?]{1,40}\.\s+all rights reserved\.\s+.{0,400}$|"
            r"^copyright (?:19|20)\d\d [^.!?]{1,80}\. any reproduction\b.{0,300}$|^© dpa-infocom, dpa:[\d/-]{6,30}$",
            re.I,
        ),
    ),
    # the syndicated story's notice, its holder's address after it: "Copyright 2022 NPR. To see more, visit
    # https://www.npr.org."; what a site's copyright covers first: "Content copyright 2024 Washington Times, LLC"
    (
        "copyright line",
        re.compile(
            r"^(?:copyright|©)\s*(?:©\s*)?(?:19|20)\d\d\b[^.!?]{1,60}\.\s+[^.!?]{0,60}\b(?:https?://|www\.)\S+?\.?$|"
            r"^(?:(?:all )?content|text|site|website|photos?|images?) (?:copyright|©)\s*(?:©\s*)?(?:19|20)\d\d\b.{0,80}$",
            re.I,
        ),
    ),
    # the holder first, the sign after: "Gulf Times Newspaper, 2008 ©", "The Daily Star © 2007"
    (
        "copyright line",
        re.compile(r"^[^.!?©]{1,60}?,?\s*(?:(?:19|20)\d\d\s*©|©\s*(?:19|20)\d\d\b[^.!?]{0,60})\.?$", re.I),
    ),
    (  # the wire's rider, alone or after its copyright line
        "copyright line",
        re.compile(
            r"^(?:.{0,100}\ball rights reserved\.\s+)?this material may not be published, broadcast, rewritten,? "
            r"or redistributed(?: without permission)?\.?(?:\s+©\s?(?:19|20)\d\d .{1,100})?$",
            re.I,
        ),
    ),
    ("copyright line", re.compile(r"^copyright\s+\S.{0,40}\b(?:19|20)\d\d\b[^.!?]{0,60}$", re.I)),
    # the holder alone after the word, no year: "Copyright Boston Business Journal", "Copyright The Associated Press";
    # a picture's holder is its credit ("Copyright AP Photo")
    (
        "copyright line",
        re.compile(
            r"^copyright\s+(?:by\s+)?(?!.*\b(?:photo|image|picture)s?\b)"
            r"(?-i:(?:The )?[A-Z][\w.&'’-]*(?: (?:[A-Z][\w.&'’-]*|of|&)){1,5})\.?$",
            re.I,
        ),
    ),
    # the year first, then the holder: "Copyright 2008 by The Associated Press", "(c) 2007 Reuters Limited."
    (
        "copyright line",
        re.compile(
            r"^(?:copyright|©|\(c\))\s*(?:©\s*)?(?:19|20)\d\d\b,?\s+(?:by\s+)?(?-i:[A-Z])[^.!?,]{0,60}\.?$",
            re.I,
        ),
    ),
    (
        "site notice",
        re.compile(
            r"^(?:our standards:.{0,80}|why you can trust .{1,40}|terms of (?:service|use)\b.{0,60}|"
            r"privacy (?:policy|notice)\b.{0,60}|cookie (?:policy|settings)|from the section .{1,40}|"
            # a blog section's note over a post it did not write: "Featured Blog | This community-written post ..."
            r"(?:[\w ]{1,30} \| )?this (?:community-written|reader-submitted|user-submitted|guest) "
            r"(?:post|article|blog)\b.{0,250}|"
            # a cookie banner in the site's voice; a report on cookies says who said it
            r"(?!.*\b(?:said|says|told)\b)(?:we|this (?:web)?site) uses? cookies\b.{0,200}|"
            r"(?!.*\b(?:said|says|told)\b)by (?:using|continuing to (?:use|browse)) (?:this|our) (?:web)?site\b.{0,150}"
            r"\bcookies\b.{0,100}|submit a news tip|"
            r"(?:note to readers: |\*?psst: )?(?:[^.!?]{10,150}[.!] )?(?=(?:if|when) you )"
            r"(?=.*\b(?:we|our|this (?:post|article|page|story))\b)"
            r"(?!.*\b(?:said|says|told)\b)(?:if|when) you (?:choose to )?(?:buy|purchase|click)\b.{0,200}"
            r"\b(?:commission|share of the sale|affiliate|(?:small )?cut)\b.{0,160}|"
            # an affiliate disclosure in the site's voice: "We independently select everything we recommend.",
            # "Buying through us may earn us a commission, which supports our work."
            r"we independently (?:select|review|choose|evaluate) (?:everything|all (?:the )?products) we recommend\.?"
            r"(?: (?!.*\b(?:said|says|told)\b)\S.{0,150})?|"
            r"(?!.*\b(?:said|says|told)\b)(?:buying|purchasing|shopping) through (?:us|our links) may earn us a "
            r"commission\b.{0,100}|"
            r"a version of this (?:article|story) appears? in print\b.{0,300}|"
            r"this copy is for your personal,? non-commercial use only\b.{0,300}|order reprints|"
            r"report an? (?:error|typo)|submit a correction|journalistic standards(?: comment)?(?: report an? error)?|"
            r"get in touch with (?:our|the) (?:news )?team\b.{0,150}|do you have a story to tell\?\s*e-?mail:?\s*\S+@\S+|"
            r"you can e-?mail (?-i:[A-Z])[\w.'’ -]{1,40} here\b.{0,120}|ad ?block(?:er)? users:.{0,250}|"
            r"for more stories like this,? (?:check|visit|see|head to|read)\b.{0,100}|"
            r"(?:.{0,100} )?join us on whatsapp\b.{0,60}|listen (?:here )?on your (?:chosen|favou?rite|preferred) podcast (?:platform|app)\.?|"
            # Canada's news block on Meta's platforms, as every page of a site announces it
            r"if you get [\w&.'’ -]{1,40} from instagram or facebook\b.{0,200}|"
            r".{0,300}\bhere['’]s our e-?mail:?\s*\S+@\S+?\.?|"
            r"report (?:typos|errors|mistakes)(?: (?:and|or) (?:typos|errors|corrections))? to:?\s*\S+@\S+?\.?|send us (?:a|your) (?:news )?tips?|"
            r"got a (?:story|news tip|tip)\? (?:email|contact|call|message) us\b.{0,80}|"
            r"(?:this (?:article|story) )?appeared in the .{0,40}\bprint edition\b.{0,120}|from the print edition\b.{0,60}|"
            r"(?:feedback: )?send us your (?:feedback|comments|thoughts)[.!]?|permalink:? https?://\S+|"
            r"learn (?:more )?about our editorial (?:policies|standards|guidelines)\.?|learn more about our process\.?|"
            r"this (?:article|story|content) is (?:more than|over) (?:a|an|\d+) (?:years?|months?) old\.?|"
            r"[←‹«<]?\s*previous (?:story|article|post)(?:\b|(?-i:(?=[A-Z]))).{0,100}|next (?:story|article|post)\s*[→›»>]?|"
            r"next (?:story|article|post)\s?(?-i:(?=[A-Z]{2})).{1,150}|"  # "Next article VILLAGE OF KINGS POINT ..."
            r"next story in (?-i:[A-Z])[\w&'’-]*\s\S.{5,150}|"  # MSNBC's: "Next story in Europe Arrests made as ..."
            r".{0,80}\bprotected by recaptcha\b.{0,80}|.{0,80}privacy policy\s*\|\s*terms of (?:service|use).{0,40})$",
            re.I,
        ),
    ),
    (
        "newsletter prompt",
        re.compile(
            r"^(?=.{0,300}$)(?:.{0,200}[.!?:,] )?(?:sign up here|subscribe here|sign up now|"
            r"click here to (?:subscribe|sign up))[.!]?$|"
            # a sign-up form's own words: "You will now receive the Politics newsletter", its consent box
            r"^you(?:['’]ll| will) now receive (?:the |our )?.{1,40}\bnewsletters?[.!]?$|"
            r"^keep me up to date (?:on|with) .{1,120}$|"
            r"^the next issue of .{1,60} will soon be in your inbox[.!]?$|"
            # the Guardian's note under each of its newsletter boxes, longer than a prompt
            r"^privacy notice: newsletters may contain\b.{0,300}$|"
            r"^sign up here (?:for|to) (?:our |the )?.{0,60}\b(?:newsletters?|alerts|briefing|e-?mails?)[.!]?$|"
            r"^(?:.{0,80}[.!?] )?(?:keep up with|get) (?:the |our )?.{1,80}\bnewsletter\b(?: and\b.{1,80}|[^.!?]{0,20})[.!]?$|"
            r"^(?:.{0,80}[.!?] )?sign up for (?:the |our )?.{1,60}\b(?:newsletter here|issue and get an e-?mail\b.{1,100})[.!]?$|"
            r"^(?!.*\b(?:said|says|told)\b)the best of .{1,40}, every (?:day|week|morning), in your in-?box\b.{0,120}$",
            re.I,
        ),
    ),
    (
        "newsletter prompt",
        re.compile(
            r"^(?!.*\b(?:said|says|told)\b)(?=.{0,200}$)(?:(?:sign up|subscribe|register)(?: now| today| here| for free)?[.!]?|"
            r"(?:sign up|subscribe) (?:to|for) (?:our |the |a |his |her |their |(?-i:[A-Z])[\w&'’-]* ).{0,60}\b(?:newsletters?|e-?mails?|alerts|briefing|updates|"
            r"digest|bulletin)\b.{0,40}|"
            r"(?:get|receive) (?:our |the )?.{0,60}(?:newsletters?|alerts?|briefing)\b.{0,80}|"
            r"don'?t miss (?:a|out|the).{0,80}(?:sign up|subscribe|newsletter|email).{0,40}|"
            r".{0,80}\bdelivered (?:daily|weekly|weekday mornings|every \w+|(?:right |straight |directly )?to your inbox).{0,40}|"
            r".{0,80}\bdelivered (?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun|week)days[.!]?|"
            r"(?:breaking news|email|e-mail|newsletter) (?:alerts|emails|updates|sign-?up)|"
            r"(?=.{0,120}$).{0,60}\bnewsletter\b.{0,60}\b(?:in|to) your inbox\b(?:.{0,30}[^.!?])?|"
            r"(?=.{0,120}$).{0,60}\bwith our (?:free )?(?:daily|weekly|monthly|free) (?:[\w&'’-]+ ){0,4}newsletter[.!]?|"
            r"(?=.{0,200}$)(?:.{0,120}[.!?] )?(?:(?:sign up|subscribe) (?:to|for)|join (?:the|our)) .{1,40}\bnewsletters?[.!]?|"
            r"i would like to be e-?mailed about offers,? events? and updates from\b.{0,150}|"
            r"by providing your e-?mail(?: address)?,? you (?:have read and )?agree\b.{0,250}|"
            # a newsletter box's pitch and its fine print: "The 2016 race, ... — get the most important political news
            # delivered to your inbox. By subscribing, you agree to our privacy policy."
            r".{0,200}\bdelivered to your inbox[.!]? by (?:subscribing|signing up),? you (?:agree|acknowledge)\b.{0,150}|"
            r"sign up to (?-i:[A-Z])[\w'’&-]*(?: [\w'’&-]+){0,4}|the e-?mail you need for\b.{0,150}|"
            r"get (?:our |the )?(?:[\w-]+ ){0,3}(?:daily|weekly|morning|evening) (?:[\w-]+ ){0,2}(?:e-?mail|newsletter|briefing|news)\b.{0,200}|"
            r"for free real[- ]time breaking news alerts\b.{0,150}|.{0,150}\bmake sure you sign up to .{1,60}\bnewsletters?\b.{0,20}|"
            r"subscribe to (?:the )?(?-i:[A-Z])[\w.&'’-]*(?: (?-i:[A-Z])[\w.&'’-]*){0,3}[.!]?|(?:[\w’' -]{1,40}\. ){1,3}delivered to (?:you|your inbox)\.?|"
            r"want more (?:stories|news|deals|articles)(?: like this)?\?|"
            # a newsletter box's tagline: "Stay up to date with the stories everybody’s talking about.", "Get the
            # latest headlines, breaking news and columns."
            r"get the latest (?:headlines|news)(?:,? (?:and )?(?:breaking news|columns|analysis|opinion|updates))*[.!]?|"
            r"stay (?:up to date|informed|in the know) (?:with|on) (?:the |all the |our )?[\w’' ]{0,40}"
            r"\b(?:news|stories|headlines|updates)\b[^.!?]{0,60}[.!]?|"
            r"(?:.{0,120}[.!?] )?(?:sign up|subscribe) (?:to|for) (?:his|her|their) (?:[\w-]+ )?newsletters?\b.{0,60}|"
            r"every (?:day|week|weekday|morning) we send (?:an|our|a) (?:e-?mail|newsletter)\b.{0,100}|"
            r"subscribe to (?:the )?(?-i:[A-Z])[\w.&'’-]*(?: (?-i:[A-Z])[\w.&'’-]*){0,3} and (?:stay|get|support|never)\b.{0,100}|"
            r"(?:sign up|subscribe) (?:to|for) .{1,80}\bhere\b.{0,150}\b(?:in|to) your inbox\b[.!]?)$",
            re.I,
        ),
    ),
    (
        "related link",
        re.compile(
            r"^(?:read|see|watch|listen) (?:more|next|also)(?:\s*[:>»→|-]\s*.{0,150}|!)?$|"
            r"^(?:read|view) (?:the )?(?:full )?(?:article|story)[.!]?$|"
            r"^(?:check out|read|see|watch) \S.{2,100}?\s*(?:>>|»|→)$|"
            # a teaser's summary with its link after it: "Barbecue, however, is not banned on public beaches. READ MORE"
            r"^\S.{8,250}\s(?-i:READ MORE|Read More|Read more)\s*[»>→]*$|"
            r"^more (?:on|about|in)\s*:\s*\S.{0,150}$|"  # "MORE ON: Ryan Seacrest"; "More On:" alone heads a list
            r"^(?:more|also (?:read|watch)|read also|must read|for more,? read|"
            r"related(?: (?:posts?|stor(?:y|ies)|articles?|content|coverage|links?|reading|roundups?|forums?|guides?))?|"
            r"see also|more on this|recommended(?: reading| for you)?|suggested reading|further reading|read next|"
            # a hyphen is a separator only beside a space: "Related-party transactions ..." is the story's
            r"read the full story)(?:\s*[:>»→|]|\s-|-\s)\s*.{0,150}$|"
            # a list's label before the one title it links (alone, the label heads a list)
            r"^(?:don['’]t miss|also see|you (?:may|might) (?:also )?like|you (?:may|might) also be interested in)"
            r"\s*[:>»→|-]\s*\S.{0,150}$|"
            r"^(?:more on|more at|on|also on) [\w-]+(?:\.[\w-]+)+\s*[:|-]?\s.{0,150}$|"
            # a pointer to another of the site's articles: "Be sure to also read the article called “Corona Virus
            # 2020: ...”", "Also check out this companion article written by Dr. Ron Klatz, ..."
            r"^(?:be sure to |make sure to )?(?:also )?read (?:the|our|this) (?:article|story|post|piece) "
            r"(?:called|titled|entitled)\b.{1,200}$|"
            r"^(?:also )?(?:check out|see|read) (?:this|our|the) (?:companion|related|previous|earlier|follow-up) "
            r"(?:article|story|post|piece)\b.{0,200}$|"
            # a blog's label before the one title it links: "Very important article on the subject: List Of ..."
            r"^(?:(?:very |an? )?(?:important|related|recommended|interesting|must-read|further) )"
            r"(?:article|reading|read|story|post)s? on (?:the|this) (?:subject|topic|matter|issue)\s*:\s*\S.{0,150}$|"
            r"^trends?\s*:\s.{1,80}$|"
            r"^go deeper:\s+(?-i:[A-Z“\"‘']).{1,150}$|"  # Axios's link to another story
            r"^related (?:article|story|video)\s+(?-i:[A-Z“\"‘'0-9]).{5,150}$|"
            # France 24's "Read more France's Macron names new prime minister ..." (the label glued to the title)
            r"^read more (?-i:[A-Z][\w'’]*(?: [\w'’,:-]+){3,})[^.!?]$|"
            r"^trending(?: now| topics| stories)?\s*:\s*[^/|•]{1,60}(?:\s*(?://|\||•)\s*[^/|•]{1,60}){2,}$|"
            r"^\[\s*(?:read|see|watch|listen|related|more|graphic|video|map|photos)(?: more| also)?\s*:\s*[^\[\]]{1,150}\]$|"
            r"^[^.!?]{5,150} \[(?:video|watch|gallery|photos)\]$|"  # Ecoflow River 370 Review: Charge up ... [Video]
            r"^\[(?=(?:[^\[\]\s]+\s+){2})[^\[\]]{8,150}[^.!?\s\[\]\d]\]$|"  # [Bardo museum houses Roman treasures]
            # the Washington Post's link as one sentence: "[In a departure from negative TV ads, Clinton airs a spot
            # featuring home videos of children.]"; not a note ("[This story has been updated.]", "[Editor's note: ...]")
            rf"^\[(?!{_NOTE_WORDS}\b)"
            r"(?-i:[A-Z‘“'\"])(?=(?:[^\[\]\s]+\s+){3})(?![^\[\]]*[.!?]\s)[^\[\]:]{8,150}[^.\s\[\]]\.\]$|"
            r"^read (?:this|the) (?:story|article) in [A-Z][a-z]+$|"
            r"^(?:>>\s*)?read (?:more )?on (?:the )?[\w .&'’-]{2,30}:\s+\S.{5,150}$|"  # >> READ ON THE OBSERVERS: ...
            r"^watch:?\s+(?-i:(?=[A-Z]))(?!.*[.!?…]\s+(?-i:[A-Z]))(?:\S+\s+){3,}[^.!?]*[^.!?\s]$|"  # Watch India, Pakistan should take ... route
            rf"^(?:{_GALLERY_LABELS}):\s+(?-i:(?=[A-Z]))[^.!?]{{2,120}}$|"  # "In pictures: Brazil nightclub fire"
            # PHOTOS: Kyiv ..., "PHOTOS: Earthquake Shakes the Northeastern U.S."
            rf"^{_MEDIA_LABELS}:\s+(?-i:(?=[A-Z]))(?:\S+\s+){{2,}}[^.!?]*"
            r"(?:[^.!?\s]|(?-i:(?:[A-Z]\.){2,}))$|"
            r"^read\s*[:|]\s+(?-i:(?=[A-Z“\"‘']))(?:\S+\s+){2,}[^.!?]*[^.!?\s]$|"  # Read: Two disasters are ... one
            # News24's "WATCH | Hundreds queue for hours ..." (CBC's "WATCH | ...:" heads the video below it)
            r"^(?:watch|listen)\s*\|\s+(?-i:(?=[A-Z“\"‘']))(?:\S+\s+){2,}[^.!?:]*[^.!?:\s]$|"
            r"^also on [\w .&'’-]{1,30}:\s+.{1,150}$|^see (?:photos|pictures|images|more) of:?\s.{1,80}$|"
            r"^next (?:story|article|post|up)\s*:\s.{1,150}$|"
            # a blog's pager: "Next: LOOKING AT IOWA FROM AFAR", "Previous: Out on a High Note | Next: New Year, ..."
            r"^(?:previous|next)(?: entry)?:\s(?-i:[A-Z“\"‘'])[^.!?]{1,100}"
            r"(?:\s\|\s(?:previous|next)(?: entry)?:\s[^.!?]{1,100})?$|"
            # Movable Type's and TypePad's: "« Four D.C. Senior Judges Up For Reappointment | Main | The Morning Wrap »"
            r"^«\s?[^|«»]{1,150}\s\|\smain(?:\s\|\s[^|«»]{1,150}»)?$|^main\s\|\s[^|«»]{1,150}»$|"
            # the full text of a statement or decree follows below it, or is where the story links it: "... here"
            r"^read the full (?:story|article|transcript|report|interview)\b(?!.*\bbelow\b)[^.!?]{0,80}$|"
            r"^read the full (?:text|statement)\b(?!.*\bbelow\b)[^.!?]{0,80}\b(?:here|online|at \S+)\W{0,3}$",
            re.I,
        ),
    ),
    (
        "comments",
        re.compile(
            r"^(?:(?:with )?\d+\s+comments?|comments|new, [\d,]+ comments?)$|"
            r"^(?:view|show|read|load|leave|post|add) (?:a |all |the )?"
            r"(?:comments?|discussion(?: thread)?)\.?$|^comments are subject to .{0,120}$|"
            r"^have your say\b.{0,60}$|^would you like to comment on this (?:article|story|post)\?$|^(?:view|show|read) (?:all )?comments?\s*\(?\d*\)?$|^(?:reader|member|user) comments$|"
            r"^\d+ with \d+ posters participating(?:, including story author)?$|"
            r"^you must (?:be )?(?:log ?in|logged in|sign ?in|signed in)\b.{0,60}\bcomment\.?$|"
            r"^comments (?:powered by \w+|(?:on this (?:entry|post|article|story) )?are (?:closed|disabled|off)\b.{0,40})\.?$|"
            r"^post (?:a )?comment\W{0,4}$|"
            r"^commenting (?:is|has been) (?:turned off|closed|disabled)\b.{0,60}$|"  # ... for Beyond the Beyond.
            r"^be the first to (?:post a )?comment(?: on this (?:page|story|article|post))?\W{0,3}$|"
            r"^join (?:the |our )?(?:conversation|discussion|commenting forum|comments?(?: section)?)[.:!]?$|^tell us what you think\b(?!.*\b(?:said|says|told|asked)\b).{0,40}$|"
            r"^comment on this (?:story|article|post)\.?$|^comments?\s*\(\d+\)$|"
            r"^(?:view|show|read|load|see) (?:all )?\d+ comments?$|^(?:please )?(?:sign|log) ?in to comment\.?$|"
            r"^(?:hide|load more) comments$|^sort by:?(?: \w+){0,2}(?:\s*\|\s*\w+(?: \w+)?){0,5}$|^(?:newest|oldest|best|flag)$|"
            r"^submit a comment$|^discuss(?: this (?:article|story|post))?\W{0,3}$|^no comments(?: yet)?\s*[:.]?$|^\{\s*\d+ (?:trackbacks?|comments?|pingbacks?)\s*\}$|^comments? form$|"
            # what blog platforms and their themes print under every post: WordPress's, Drupal's, Thesis's
            r"^(?:both )?comments and pings are (?:currently )?closed\.?$|^trackbacks?$|^rate this:?(?: \d+)*$|"
            r"^(?:you can follow any responses to this entry through the rss 2\.0 feed\.\s*)?you can (?:skip to the end and )?"
            r"leave a response,? or trackback(?: from your own site)?\.?$|"
            r"^trackbacks are closed,? but you can post a comment\.?$|^\d+ responses$|"
            r"^\{\s*(?:\d+|no|one) comments?\s*(?:…|\.\.\.)?\s*(?:read (?:it|them) below )?(?:or )?add one(?: now)?\s*\}$|"
            r"^(?:\d+|no|one) comments?\s*(?:leave a comment|add your comment)$|^there are no comments\.?$|"
            r"^sign up ?/ ?log ?in$|^have an opinion\?\s*join the conversation!?$|"
            r"^something to say\? .{0,60}\blog in\.?$|^rss feed for comments on this post\.?(?: trackback uri)?$|"
            r"^\d+ of \d+ comments loaded\b.{0,40}$|^(?:at )?\d{1,2}:\d\d ?[ap]\.?m\.? \d+ comments?$|"
            r"^(?:\w+ )?add to the conversation using facebook comments\b.{0,60}$",
            re.I,
        ),
    ),
    (  # a question to readers closing the story; it asks for comments but opens no comment section
        "readers' prompt",
        re.compile(
            r"^(?!.*\b(?:said|says|told)\b).{0,250}\b(?:sound off|let us know|tell us|share your thoughts|"
            r"leave (?:a |your )?comments?|post (?:a |your )?comments?)(?: what you think| your thoughts)?"
            r" (?:below|in the comments?(?: section)?(?: below)?)"
            r"(?: [‘'\"“][^‘'\"“”’]{1,60}[’'\"”])?[.!]?$|^(?:let us know|tell us) what you think[.!]?$|"
            # the question alone that closes a post: "What do you think about this?", "What Do You Think Of This Shtick?"
            r"^what do you think (?:about|of) (?:this|that|it)(?: [\w’']+){0,3}\?$|"
            # the question and where to answer it: "Do you believe any of these conspiracy theories? Scroll down to
            # comment below!"
            r"^(?!.*\b(?:said|says|told)\b)[^.!?]{5,150}\? scroll down to (?:comment|leave a comment|tell us)\b.{0,40}$",
            re.I,
        ),
    ),
    (
        "media notice",
        re.compile(
            r"^(?:your browser does not support .{0,60}|"
            r"this (?:video|content) (?:is not available|can ?not be played).{0,40}|"
            # a player's notice where Flash or a format is missing: "This video is unavailable in the format ..."
            r"this (?:video|content) is (?:currently )?unavailable(?: (?:in|on|for) (?:the|this|your)\b.{0,60})?|"
            # a player's fallback text without Flash (JW Player): "Get the Flash Player to see this player."
            r"get (?:the )?(?:adobe )?flash player to (?:see|view|watch|play) this (?:player|video|content|movie)\.?|"
            r"play video|watch video|"
            # a site's television channel, the promotion's tail on a line of its own: "and live on Freeview channel 276"
            r"(?:and )?(?:watch )?live on freeview(?: channel)? \d{1,3}\.?|"
            r"media playback is (?:unsupported|not supported) on your device|"
            r".{0,40}\bthis video (?:has )?failed to load\.?|thanks for watching[.!]?(?: visit (?:our |the )?website)?|"
            # an embed left out of the page: "Twitter content" / "This content can also be viewed on the site ..."
            r"(?:twitter|instagram|youtube|tiktok|facebook|x) content|"
            r"video transcript|automatically generated transcript\b.{0,60}|video keywords\b.{0,400}|"
            r"this content can also be viewed on the site it originates from\.?|"
            r"(?:(?:we apologi[sz]e|sorry)[,.!]? )?this video (?:has expired|is no longer available)[.!]?|"
            r"this video file cannot be played\.?(?:\s*\(error code: \d+\))?|\(error code: \d+\)|"
            # a story read aloud or summed up by a machine, and the site saying so
            r"(?:this )?audio is (?:ai|auto|automatically|computer)[- ]generated\b.{0,100}|"
            r"(?:(?:this )?summary is )?ai[- ]generated(?: summary)?,?(?: newsroom[- ]reviewed)?\.?|this (?:slideshow|gallery|video|content) requires javascript\.?)$",
            re.I,
        ),
    ),
    ("reading time", _READING_TIME_RE),
    (
        "legal line",
        re.compile(
            r"^(?:(?:ca )?do not sell (?:or share )?my (?:personal )?(?:info(?:rmation)?|data)|"
            r"your (?:us )?state privacy rights|children'?s (?:online )?privacy (?:policy|notice)|"
            r"report a correction or typo|report an? (?:typo|error|correction)(?: or (?:typo|error))?\.?|powered by [\w .-]{1,40}|copyright\s*©.{0,400}|©\s*(?:copyright\b|(?:19|20)\d\d\b).{0,400}|"
            r"all rights (?:of|to|in) (?:the |this )?(?:publication|content|material)s? (?:are )?reserved\b.{0,200})$",
            re.I,
        ),
    ),
    (
        "browser notice",
        re.compile(
            r"^(?:sorry,? (?:but )?your browser .{0,200}|.{0,40}\b(?:enable|activate|turn on) javascript\b.{0,150}|"
            r"your browser(?:['’]s settings)? (?:may be )?(?:preventing|blocking|does not allow)\b.{0,200}|"
            r"to view this content,? (?:javascript|flash|adobe flash)\b.{0,120}|"
            # "World Mapping the worldwide spread of the coronavirus Warning: This graphic requires JavaScript. ..."
            r".{0,120}\bthis (?:graphic|map|chart|feature|interactive|page) requires javascript\b.{0,150})$",
            re.I,
        ),
    ),
    (
        "embed code",
        re.compile(
            r"^(?:<[a-z][\w-]*(?:\s[^<>]*)?>.*|&lt;[a-z][\w-]*(?:\s.*)?&gt;.*|\[[a-z_]+ [^\[\]]*=[^\[\]]*\].*|embed\s*<>.{0,40}|(?:embed\s*)?<\s*iframe\b.*|view this (?:post|photo|video|profile) on \w+|"
            r"(?:slideshow|gallery)\s*\(\s*\d+ (?:images|photos)\s*\))$",
            re.I,
        ),
    ),
    (
        "comment form",
        re.compile(
            r"^(?:save my name, email,? and website in this browser .{0,60}|leave a (?:reply|comment)\b.{0,30}|"
            r"(?:your )?(?:name|e-?mail(?: address)?|website|comment|message|phone)\s*(?:\*|\(required\))|"
            r"[^()]{1,60}\(required\)|cancel reply|submit comment|δ|"
            r"your email address will not be published\b.{0,60}|"
            r"(?:recent|latest) comments|share your thoughts and debate the big issues|"
            r"create a commenting name .{0,40}|there are no (?:\w+ )*comments yet\b.{0,60}|show all comments.{0,20}|"
            r"(?:delete|flag) comment|are you sure you want to .{0,40}comment\??|"
            r"please be respectful when making a comment\b.{0,80}|be part of the conversation[.!]?|"
            r"(?:please )?(?:log|sign) ?in(?: here)? to (?:leave|post|add|join) (?:a comment|the conversation)[.!]?)$",
            re.I,
        ),
    ),
    (
        "newsletter prompt",
        GuardedPattern(
            ("sign", "newsletter"),
            re.compile(
                r"^(?:.{0,80}\bsign(?:ing)? up (?:to|for) (?:our|the) .{0,40}\bnewsletters?\b.{0,30}|"
                r".{0,150}\b(?:free )?sign ?-?up|(?=(?:\S+ ){0,5}\S+$).{0,60}\bnewsletter|"
                # a service named in a word or two of lower case is advice ("Sign up for insurance"), a newsletter's
                # name is capitalised or says what it is
                r"sign up for (?!(?!(?:e-?mails?|alerts|newsletters?|updates|texts)\b)(?-i:[a-z][\w-]*)"
                r"(?: (?-i:[a-z][\w-]*))?$)(?=(?:\S+ ){0,8}\S+$)[^.!?]{1,80}|"
                r".{0,150}\b(?:subscrib(?:e|ing)|sign(?:ing)? up) (?:to|for) our (?:\S+ ){0,4}newsletters?\b.{0,60}|"
                # what the site's newsletter does, in its box: "Related: Our free weekly newsletter alerts you to ..."
                r"(?:related: )?our (?:free )?(?:daily |weekly |monthly )?newsletters? "
                r"(?:alerts?|brings?|delivers?|sends?|keeps?) you\b.{0,150})$",
                re.I,
            ),
        ),
    ),
    (
        "donation prompt",
        re.compile(
            r"^(?:(?:help )?support (?:our|independent|quality|local) journalism\b.{0,150}|"
            # the site asking by its name: "Support CNX Software! Donate via cryptocurrencies, become a Patron ..."
            rf"support (?-i:[A-Z])[\w.&'’ -]{{1,30}}! (?!.*\b(?:{ATTRIBUTION})\b)"
            r"(?=.{0,200}\b(?:donate (?:via|to|at|now|today|here)|"
            r"become a (?:patron|member|supporter|subscriber)|patreon)\b)"
            r".{0,400}|"
            r"if you (?:enjoyed|liked|value|appreciate) this (?:article|story|piece|post)\b(?=.{0,300}\b(?:join|member|"
            r"subscri|donat|support)).{0,300}|"
            r"we (?:rely|depend) on (?:your|readers['’]?) support\b[^,;:.!?]{0,150}[.!]?|"
            r"(?:make|give) a (?:one-off |monthly |single )?contribution|available for everyone, funded by readers|"
            r"(?:donate|contribute|support us)(?: now| today)?[.!]?|"
            r"become a (?:sustaining )?(?:member|supporter|subscriber|patron)(?: today| now)?[.!]?|"
            r"(?:our|independent|quality|local) journalism (?:needs|depends on|relies on) (?:your|readers['’]?) support\b.{0,150}|"
            r"will you (?:support|help (?:fund|sustain)) (?:(?-i:[A-Z])[\w.&'’-]*['’]s? )?(?:\w+ )?journalism\?|"
            r".{0,250}\bplease consider (?:making a (?:one-time |monthly )?contribution|a gift|donating) to [\w.&'’ -]{1,40}"
            r"(?: today)?[.!]?|"
            r"thank(?:s| you) for reading[.!]?(?: (?:please )?(?:consider )?(?:subscrib|support|donat)\w*\b.{0,150})?)$",
            re.I,
        ),
    ),
    (
        "follow prompt",
        re.compile(r"^(?:follow us(?: on)?|please follow (?:and|&) (?:like|share) us):?$", re.I),
    ),
    (  # what a sign-up or share form says after it is used: in the page's text, never the article's
        "form message",
        GuardedPattern(
            ("thank", "inbox", "check your", "error", "wrong", "oops", "try again", "sent to", "comments"),
            re.compile(
                r"^(?!.*\b(?:said|says|told|asked)\b)"  # a report of what someone said is the article's
                r"(?:thanks? (?:you )?for (?:signing up|subscribing|registering|your (?:subscription|feedback|interest))"
                r"[.!]?(?: [^,]{0,80})?|keep an eye on your inbox\b.{0,80}|(?:thank you[.!] )?(?:please )?check your (?:e-?mail|inbox) to confirm\b.{0,80}|"
                r"there was an error processing your .{1,40}|an error (?:has )?occurred[.,!]?(?: please try again(?: later)?[.!]?)?|"
                r"(?:something went wrong|oops)[.!,]?(?: please try again(?: later)?[.!]?)?|please try again(?: later)?[.!]?|"
                r"this (?:article|story) has been sent to\b.{0,60}|(?:loading|load more|all|user|show(?: new)?) comments"
                r"(?:\.\.\.|…| \(\d+\))?)$",
                re.I,
            ),
        ),
    ),
    (  # a sign-up or consent form's fields and buttons
        "form field",
        re.compile(
            r"^(?:enter your e-?mail(?: address)?:?|(?:your )?e-?mail(?: address)?:|e-?mail address|your e-?mail(?: address)?|"
            r"accept(?: all)?(?: cookies)?|"
            r"\* (?:indicates|denotes) (?:a )?required(?: field)?|(?:\(required\)\s*[\w&'’ -]{1,40}?\s*)+|"
            r".{0,80}\b\d+ of \d+ characters(?: used| left| remaining)?|"
            r"reject all(?: cookies)?|manage (?:preferences|cookies|settings)|"
            # a form plugin's hidden field, printed with the labels before it and the form's fine print after
            # ("Email This field is for validation purposes and should be left unchanged. Completing this poll ...")
            r"(?:[\w ]{1,30}\*?\s+)?this field is for validation purposes and should be left unchanged\.(?:\s.{0,400})?)$",
            re.I,
        ),
    ),
    (  # a line that only points to another page: "For a graphic on where COVID-19 is spreading the fastest in the
        # U.S.:https://tmsnrt.rs/...", several run into one line by the extractor ("...index.htmlFor a graphic on
        # ...:https://..."). A release's own "For more information ..., please visit: www.ascom.com" bids the reader,
        # and is the release's.
        "related link",
        re.compile(
            r"^(?!.*\b(?:said|says|told)\b)for (?![^:]*\b(?:visit|see|go to|call|contact|click|email|e-mail)\b)"
            r"[^:]{3,150}:\s*(?:https?://|www\.)\S+"
            r"(?:for [^:]{3,150}:\s*(?:https?://|www\.)\S+)*$",
            re.I,
        ),
    ),
    (  # a wire's note on its own copy: "(This story has been refiled to add dropped word “not” in paragraph 14)"
        "wire feed line",
        re.compile(
            r"^\(this (?:story|article|version) (?:has been|was|is) refiled\b[^()]{0,150}\)$|"
            # a syndicate's note to editors: "PHOTO (for help with images, contact 312-222-4194)"
            r"^photos? \(for help with images, contact [\d() .-]{7,20}\)$",
            re.I,
        ),
    ),
    (  # a poll's prompt set inside the story: "take our poll - story continues below" (polls.py drops the poll)
        "poll prompt",
        re.compile(
            r"^(?:take|answer|vote in) our (?:quick )?(?:poll|survey|quiz)"
            r"(?:\s*[-–—|:]\s*(?:the )?(?:story|article) continues (?:below|after))?[.!]?$|"
            r"^your vote matters!?\s*vote now!?$",
            re.I,
        ),
    ),
    *SITE_NOTICE_PATTERNS,
    *SITE_KIND_PATTERNS,
    *CHANNEL_PATTERNS,
    (  # a label and its links, nothing to translate: "More AP NBA: https://apnews.com/NBA and https://..."
        "link line",
        re.compile(r"^(?:[\w&'’ -]{1,40}:\s*)?https?://\S+(?:\s+(?:and|or|&)\s+https?://\S+)*\.?$", re.I),
    ),
    (
        "page markup",
        re.compile(
            r"^(?:created with sketch\.?|image/svg\+xml|fill \d+(?: copy \d+)?|group \d+(?: copy \d+)?|"
            # a PHP error the site's server printed into the page
            r"(?:strict standards|deprecated|warning|notice|(?:catchable )?fatal error|parse error):\s.{1,250}"
            r"\bin /\S+\.php on line \d+|"
            # a tracker's script printed as text ("_gaq.push(['_trackPageview']);"); a story's own code stays
            r"(?=.{0,300}(?:\b_gaq\b|google-analytics\.com|\bgoogletag\.|\bdataLayer\.push|\b_qevents\b|\b__qc\b|"
            r"(?:createElement|getElementsByTagName)\(['\"]script['\"]\)))"
            r"(?:var\s+[\w$]+\s*=|[\w$]+(?:\.[\w$]+)*\s*[(=]).{0,300};)$",
            re.I,
        ),
    ),
    (  # a breadcrumb: "Home:Britain/Ireland", "> Life", "you are here: Home News Business Markets"
        "navigation",
        re.compile(
            r"^(?:home\s*[>»›/]|home:(?=\S)|[>»›])\s*[\w&'’ -]{1,40}(?:\s*[/>»›]\s*[\w&'’ -]{1,40}){0,4}$|"
            r"^you are (?:here|at):?(?:\s+[\w&'’ >»›/|-]{1,150})?$",
            re.I,
        ),
    ),
    ("wire slug", re.compile(r"^(?:AP|BC|APFN)-[A-Z]{2,}-?-.{0,80}(?:Writethru|Ld|Adv\d*)\b.*$")),
    (
        "widget label",
        re.compile(
            r"^(?:article (?:bookmarked|saved)|find your bookmarks\b.{0,80}|don'?t show (?:me )?this (?:message )?again|"
            r"(?:these are external links and )?will open in a new window|(?:.{0,60}\(opens in (?:a )?new (?:window|tab)\)\s*)+|"
            r"(?:home|front page)(?: [»›>] [^»›>]{1,160}){2,}|close (?:share )?panel|read more about sharing\.?|"
            r"https?://\S+)$",
            re.I,
        ),
    ),
    (
        "widget label",
        re.compile(
            r"^(?:report|reply|print|save|close|search|top|back to top|skip to (?:main )?content|(?:copy link\s*)?link copied(?: to clipboard)?!?|"
            r"about(?: us)?|contact(?: us)?|careers|advertise(?: with us)?|sitemap|site map|site index|"
            r"resize(?: text)?|toolbox|(?:text|font) size|font:|report this ad|view all posts|story highlights|"
            r"sort by:?(?: date| newest| oldest| best| popular| most popular| top| latest| most liked)?:?|"
            r"x (?:close|profile)|view more activity|"
            r"continued(?:\s+\d{1,2}){1,10}(?:\s+next\s*[>»›]?)?|pages?:?(?:\s+\d{1,2}){2,12}(?:\s+next\s*[>»›]?)?|"
            r"(?:table of )?contents \[?(?:hide|show)\]?|table of contents|full profile(?: e-?mail [\w.'’ -]{2,40})?|"
            # skip links, maybe glued in a row: "Skip to navigationSkip to contentSkip to footer"
            r"(?:(?:go back to top|skip social)\.\s*)?(?:skip to:?\s+(?:start of article|latest news|main content|"
            r"content|navigation|footer|comments|search)\.?\s*){1,4}|learn more|"
            r"(?:comments?\s*\|\s*)?blog about this|video platform video management video solutions video \w+|"
            # CNN's box of its other stories on the topic, the topic's name on the next line
            r"part of (?:complete |our )?coverage (?:on|of)|jump to (?:the )?(?:discussion |reader )?comments(?: below)?|"
            r"open in (?:the )?app|supported by|image|exclusive|modal trigger|"  # the New York Post's "Modal Trigger"
            # an embedded tweet's counts, each said twice by its card: "4,101 4,101 Retweets 3,957 3,957 likes"
            r"(?:[\d,.]+[km]? ){1,2}retweets? (?:[\d,.]+[km]? ){1,2}(?:likes?|favorites?)|"
            r"(?:share|post) on (?:twitter|facebook|x)\w{0,8}|"
            r"full ?screen|autoplay|skip ad|(?:un)?mute|tap to unmute|replay|play|pause|now playing|up next|"
            # video and audio players: "Now watching", "Next video starts in : 7 Play", "Embed player"
            r"now watching|next video (?:starts|plays) in\b.{0,20}|captions will look like this|social sharing|"
            r"(?:this )?video (?:is )?not available|(?:unfortunately, )?this video is (?:not|no longer) available\b.{0,60}|"
            r"download (?:the )?audio|embed (?:this )?player|audio player assistance|listen to more audio\b.{0,40}|"
            # "Continue reading below the advertisement", Politico's "Story Continued Below"
            r"continue reading(?: below(?: (?:the|this) (?:advertisement|ad))?| the main story)?(?:\.\.\.|…)?|"
            r"(?:main |site |primary )?navigation|main menu|"
            r"visit (?:the )?(?:web)?site|(?:the )?(?:story|article) continue[sd] (?:below|after (?:this )?ad)|"
            r"listen to (?:this |the )?(?:article|story)(?: \(?\d+ min(?:utes?)?\)?)?|pin it|loading(?: video)?(?:\.\.\.|…)?|"
            r"loading(?: [\w ]{1,30})? ?(?:\.\.\.|…)|comments sidebar|"
            # a poll or widget still loading when the page was saved: "Box Office Poll Loading ..."
            r"(?:[\w/&'’-]+ ){1,4}(?:poll|widget|player|gallery|feed|quiz) loading ?(?:\.\.\.|…)|"
            r"(?:add|follow) (?:this )?topic|(?:see|load|show|view) (?:more|less|all)(?: stories| news| articles)?|"
            r"more stories|reprints?(?: (?:&|and) permissions)?|about the (?:author|authors|writer|reporter)|view all posts by .{1,40}|"
            # WordPress's likes widget, its label and its button on one line or two: "Like this: Like Loading..."
            r"page \d{1,3} of \d{1,3}|(?:next|previous) page|(?:like this:\s*)?like loading(?:\.\.\.|…)|like this:|"
            r"(?:\d{1,3} ){2,30}next\s*[>»›]*|[<«‹] ?prev(?:ious)? (?:\d{1,3} ){1,30}(?:next\s*[>»›]*)?|"  # a pager
            r"log ?in|sign ?in|log ?out|sign ?out|my account|register|submit|search(?: keywords?| for)?:?|menu|"
            r"get the app|download (?:our|the) app|click to enlarge|photo gallery|"
            r"(?:entries|comments) (?:feed|rss)|wordpress\.org|powered by|"  # WordPress's "Meta" widget
            r"theme: [\w .-]{1,30}\. blog at wordpress\.com\.?|entries \(rss\) and comments \(rss\)\.?|about these ads|"
            r"remove this ad|report (?:an|this) ad|your rating: .{0,60}|"
            r"save (?:article|story|this (?:article|story)|to (?:my )?(?:reading )?list)|send this (?:story|article)|"
            r"(?:give|gift) (?:this )?article|jump to comments|show full article|keep reading|"
            # saving and licensing buttons: "Save Saved Read in app", "Purchase Licensing Rights"
            r"(?:save )?saved(?: read in (?:the )?app)?|read in (?:the )?app|add to (?:your )?saved (?:stories|articles)|"
            r"purchase licensing rights(?:, opens new tab)?|contact the author:?|ad policy|explore (?:more )?(?:charts|graphics)|"
            # an author list's and a search's buttons on a journal's news page
            r"(?:show|hide) (?:all )?authors|search author on:? ?(?:pubmed|google scholar)(?: (?:pubmed|google scholar))?|"
            # Google's preferred sources: "Add Global News as a Preferred Source on Google to see more of our stories"
            r"(?:add|choose|make) (?:[\w&.'’ -]{1,40} )?(?:as )?(?:a |your )?['‘\"]?preferred(?: source)?['’\"]?"
            r"(?: to see more of our stories)? on google(?: news)?\b.{0,120}|google preferred source|"
            # a control's CSS class read out before its label: "lead-art-block.fullscreen-enter Expand"
            r"(?-i:[a-z]\w*(?:-\w+)+\.[a-z]\w*(?:-\w+)+ [A-Z][a-z]+)|"
            r"share close|enjoyed this (?:story|article)\?|article content|copy to clipboard|open this photo in gallery:?|"
            r"view our current issue|follow related authors and topics|"
            r"authors and topics you follow will be added to your personal news feed\b.{0,40}|(?:in|de|des)crease (?:article |text )?font size|hide message bar|"
            r"copy (?:the )?link(?: to this (?:article|story))?\.?|e-?mail us|(?:skip past|after) newsletter promotion|"
            # a video player's controls
            r"autoplay next video|close modal(?: dialog)?|keyboard shortcuts|playback speed|(?:copy )?embed(?: code)?|"
            r"(?:next|previous) video|dark mode|light mode|edition:\s*[\w ]{1,20}|cookie preferences|"
            r"listen on (?:apple podcasts|spotify|google podcasts|amazon music|youtube music|stitcher|overcast|pocket casts)|"
            r"(?:turn on|allow|enable) (?:push )?notifications|read (?:this|the) (?:story|article) in (?:the|our) app|"
            r"(?:swipe|scroll) for more (?:photos|images|pictures)|(?:tap|click) to expand|expand (?:image|photo)|"
            r"open (?:image|photo) in full ?screen|go to (?:the )?home ?page|.{0,100}\bsee (?:the )?full gallery|"
            r"share all sharing options for:.{0,200}|you(?: have|['’]ve) succ?ess?fully subscribed\b.{0,40}|"
            r"an? e-?mail with an? (?:activation|confirmation) link has (?:just )?been sent\b.{0,200}|"
            r"press shift question mark to access a list of keyboard shortcuts|resize:? a+|[\d,]+ views|print this (?:recipe|article|story|post|page)|"
            r"what['’]s your reaction\?.{0,60}|"  # a reactions widget, also between a list's items
            r"listen|bookmark|save for later|read later|gift this article|share full article|continue|like|"
            r"arrow|back|(?-i:bars|transcript)|new window|replay video|just watched|(?:[\w .&'’-]{1,40} )?see more videos|"
            r"reuse this content(?: the trust project)?|(?:reply|retweet|favorite|like)(?: (?:reply|retweet|favorite|like)){1,3}|"
            r"about the (?:author|authors|writer|reporter): [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}|more (?:stories|articles|posts) by .{1,40}|"
            # an author's list under the story: "Recent posts from Jon Bloom:"
            r"(?:more|recent|latest|other) (?:stories|articles|posts) (?:by|from) (?-i:[A-Z])[^.!?]{0,40}:?|"
            r"sign up (?:via|for) push alerts?|"
            r"sections|log ?in ?/ ?register|already a subscriber\?(?: (?:sign|log) ?in\.?)?|(?:log ?in|sign ?in) here\.|watch live|live updates|live|"
            r"scroll down for video|-*\s*scroll down to (?:read|see|continue|keep reading)(?: more)?\s*-*|a ?a(?: ?a)?|in [“\"][^\"”]{1,40}[”\"]|"  # WordPress's related posts: 'In "News"'
            r"[\w ,'’-]{1,80}\.(?:jpe?g|png|gif|webp))$",  # an image's file name
            re.I,
        ),
    ),
    (
        "link prompt",
        re.compile(
            r"^(?=.{0,160}$)(?:listen|watch|click|tap|download|follow|subscribe|sign up|get started|find out more|"
            r"learn more|read more|see more)\b.*\b(?:here|now)[.!]?$|"
            r"^(?=.{0,250}$)[A-Z][\w'’ &-]{2,40}: .{10,200}[.!] (?:check it out |read it |see it |watch it )?here[.!]?$|"
            r"^up next(?::\s+\S.{0,150}|\s+(?!(?:for|is|are|was|were|will|on|in|at|after|comes?)\b)[^.!?]{1,150})$|"
            r"^also:\s+[^.!?]{1,150}$|"
            # a pointer to a video or to the story in another language: "For more about hiring trends, watch this
            # Fortune video:", "This article also appears in Spanish. Read: <its title>"
            r"^(?=.{0,160}$)(?:for more (?:on|about) [^.!?]{1,80},\s*)?watch (?:this|the|our) (?:[\w&'’-]+ ){0,3}"
            r"video(?: below| here)?:$|"
            r"^this (?:article|story|report) (?:also appears|is also available|is available) in (?-i:[A-Z])\w+\."
            r"(?: (?:read|leer|lire|lesen):\s.{1,200})?$|"
            r"^subscribe to (?:the |our |my )?.{0,60}\b(?:youtube|channel|podcast|website|blog)\b.{0,100}$|"
            # "click banner above to connect with a CopBlock Group near you", "To read more posts like this visit A
            # Bad Witch’s Blog at www.badwitch.co.uk"
            r"^click (?:on )?(?:the |this )?(?:banner|graphic|image|logo) (?:above|below)\b.{0,100}$|"
            r"^(?:to read|for) more (?:posts|articles|stories|content) like this,? (?:visit|go to|head (?:over )?to|"
            r"check out|see)\b.{0,100}$|"
            r"^click to (?:search|set up|see|view|read|download|subscribe|sign up|learn|find|get|watch|listen|"
            r"share|enlarge|play|open|join)\b.{0,100}$|"
            # a syndicated story's link to its source, an advertiser's banner: "Click for more from The New York
            # Times.", "Click the banner below and prepare yourself for this disaster."
            r"^click for more (?:from|for|on|at) (?-i:[A-Z])[^.!?]{1,60}\.?$|^click (?:on )?the banner\b.{0,150}$|"
            # "Visit Business Insider's homepage for more stories."
            r"^visit (?:the )?(?-i:[A-Z])[\w.&'’ -]{1,40}['’]s? (?:home ?page|website|site|front page)\b"
            r"(?: for more (?:stories|news|articles)\b)?[.!]?$",
            re.I,
        ),
    ),
    (
        "link prompt",
        GuardedPattern(
            ("click", "delivered"),
            re.compile(
                # a pointer to the document the story rests on is the story's: "To read the 70-page TNO report,
                # ..., click here", "Click here to read the probable cause affidavit"
                # a report of a scam's "click here" is the story's
                rf"^(?=.{{0,300}}$)(?!.*{_READ_THE_DOCUMENT}){NOT_REPORTED}"
                # a sentence's own link in brackets stays: "... is in Stock via Norman Camera on Amazon (Click here)."
                rf".{{0,250}}(?<![“\"‘'(])\bclick(?:ing)? here\b.{{0,150}}$|"
                r"^.{0,100}\bdelivered (?:to|through) your (?:door|letterbox|mailbox)\b.{0,200}$",
                re.I,
            ),
        ),
    ),
    (  # last, whatever the site: the site bidding the reader act on its behalf, in its own voice ("Check out our
        # interactive map to see ...", "Sign up for our Wine Club today.", "Find us on Twitter, ...", "Read our
        # complete coverage"). A story bids no reader so; a speaker's bid comes in quotes or with its verb, and an
        # advocate's "our" is the country's, not the site's ("Call your senator and tell them to support our troops")
        "call to action",
        GuardedPattern(
            ("our", "us"),
            re.compile(
                # the bidding word first, which most lines fail at once; a row of links ("Follow us: Google News |
                # NewsBreak | Reddit | ...") is the row rules'
                r"^(?=(?:please|be|make|don['’]t|remember|read|see|learn|discover|get|watch|listen|head|go|click|tap|"
                r"subscribe|sign|register|download|follow|like|share|join|support|donate|visit|check|call|e-?mail|"
                r"contact|send|tell|let|find)\b)"
                rf"(?=.{{0,300}}$)(?!.*[\"“”])(?!.*\|.*\|){NOT_REPORTED}"
                r"(?:(?:please|be sure to|make sure to|don['’]t forget to|remember to) )?"
                # a verb of reading or watching takes the site as its object, as a link's label ("Read our complete
                # coverage", "See our Privacy Notice"); as a sentence it may be a story's ("Read our guide to the
                # election before you vote.", "Read more about the talks in our related coverage.")
                r"(?:(?:read|see|learn|discover|get|watch|listen to|head over to|go to) (?:\S+ )?(?=(?-i:[Oo]ur|OUR)\b)"
                r"(?=[^.!?]{0,80}$)|"
                r"(?:click|tap|subscribe|sign up|register|download|follow|like|share|join|support|donate|visit|"
                r"check out|call|e-?mail|contact|send|tell|let us know|don['’]t miss|find us)\b)"
                r"(?=.*\b(?-i:(?:[Oo]ur|OUR)\b(?!\s+(?i:country|nation|troops|children|kids|state|city|community|"
                r"government|democracy|lives|future|world|planet|freedom|rights|constitution|veterans|schools|"
                r"families|elected|leaders|society|economy|borders?)\b)|[Uu]s\b)).*$",
                re.I,
            ),
        ),
    ),
)
# Headings of a widget list: the title-like lines after one are teasers, dropped with it.
_LIST_HEADING_RE = re.compile(
    r"^(?:(?:like this\?\s*)?you (?:may|might) also (?:like|enjoy|be interested in)(?: in)?|popular(?: reads)?|"
    r"you (?:may|might) (?:also )?(?:like|enjoy|be interested in|want to (?:check|read|see) (?:these|this) out)|"
    r"read more on (?:these|this|the) topics?|related content(?: from [\w .&'’-]{1,40})?(?: \(sub(?:scription)? req['’]?d\))?|"
    r"recommended(?: for you| stories| articles| reading| videos| resources)?(?: for you)?|related reports?|"
    # "Featured Videos From The Verge", "More to Read", "More by Carolyn Said", "Explore more on these topics"
    r"featured (?:videos|stories|articles)(?: from [\w .&'’-]{1,40})?|more to (?:read|explore|watch)|"
    # "READ MORE SUN STORIES", "Don't miss these stories from CNBC PRO:", "Find more local news", "Most Read from
    # Bloomberg", "TRENDING VIDEOS"
    r"read more [\w&'’-]+ stories|don['’]?t miss these (?:stories|articles)(?: from [\w .&'’-]{1,30})?|"
    r"find more (?:local )?(?:news|stories)|most (?:read|popular|viewed|shared|watched) from [\w .&'’-]{1,30}|"
    r"trending videos|most (?:read|viewed|popular|shared) (?:news|stories|articles)|"
    # "Science news from NBCNews.com" over the section's latest stories
    r"(?:[\w&'’-]+ ){1,2}news from [\w-]+(?:\.[\w-]+)*\.(?:com|org|net|co\.uk|com\.au|ca)|"
    r"most (?:read|viewed|popular|shared) across [\w .&'’-]{1,30}|related coverage|editors['’]? picks|"
    # "Related stories from The Charlotte Observer", "More Must-Reads From TIME", "Get More From WIRED", "Don't miss
    # these insights from CNBC PRO", "GO DEEPER"
    r"related (?:stories|articles) from [\w .&'’-]{1,40}|more must-reads from [\w .&'’-]{1,30}|"
    r"get more from [\w .&'’-]{1,30}|"
    r"don['’]?t miss these (?:insights|stories|articles)(?: from [\w .&'’-]{1,30})?|go deeper|"
    # DW's "Skip next section Related topics", "More headlines", "More for You", "In the News", "RELATED SEARCH"
    r"skip next section [\w .&'’-]{1,40}|more headlines|more for you|in the news|related searche?s?|full coverage|"
    r"more by (?-i:[A-Z])[\w.'’-]*(?: (?-i:[A-Z])[\w.'’-]*){0,3}|explore more on (?:these|this|the) topics?|"
    r"read (?:more|next|also)|read more (?:from|by) (?-i:[A-Z])[\w.'’-]*(?: (?-i:[A-Z])[\w.'’-]*){0,3}|"
    r"also read(?: these| the following)?(?: stories)?|see also|more (?:stories|news|videos|on this story|from [\w .&'-]{1,30}|"
    r"in [\w .&'-]{1,30}|[\w&'-]+ news|(?:(?-i:[A-Z])[\w&'’-]* ){2,3}news(?: from [\w .&'’-]{1,30})?|on)|"
    r"related(?: articles?| stor(?:y|ies)| news| content| coverage| links| topics| tags| posts| videos?| items| whitepapers?)?|"
    r"suggested (?:reads|reading|articles|stories)|stories (?:chosen|picked|selected) for you|"
    r"(?-i:[A-Z][\w&'’.-]{1,20}) recommends|"
    r"(?:today['’]s )?most (?:read|popular|viewed|shared|watched|e-?mailed|commented|recommended)"
    r"(?: (?:in|on) [\w .&'-]{1,30}| now| today| this week|(?: [\w&'’-]+)? (?:stories|articles))?|"
    r"trending(?: now| news| stories| on [\w .-]{1,30})?|"
    r"latest (?:news|stories|headlines)(?: and (?:headlines|news|updates))?(?: from [\w .&'’-]{1,30})?|top stories(?: in [\w .&'’-]{1,30})?|top videos?|we recommend|"
    r"don['’]?t miss|editor['’]?s picks?|more:?|more on:|topics|tags|tagged(?: in| with)?|filed under|published under|"
    r"on the net|(?:related )?(?:internet|external) links|related to this (?:story|article)|in this (?:article|story)|"
    r"more like this|what to watch next|more (?:reviews|stories|articles) (?:for|of|from|by|about) [\w .&'’-]{1,40}|(?:before you go,? )?we thought you['’]d (?:like|enjoy) these|"
    r"popular articles|what to read next|today on [\w .&'’-]{1,30}|read more on related topics|"
    # the section's link under a story ("read more in politics"), the site's latest ("New on WIVB.com")
    r"(?:other|more) (?:[\w&'’.-]+ ){0,3}(?:top|latest) stories|"
    r"read more in [\w .&'’-]{1,30}|new (?:on|at) [\w-]+(?:\.[\w-]+)*\.(?:com|org|net|co\.uk|com\.au|ca)|"
    r"popular (?:on|at|in) [\w .&'-]{1,30}|explore further|"
    r"(?:recent|popular|latest|trending|top|featured|more|other|related|similar) (?:posts|news|articles|stories)|"
    r"top posts (?:&|and) pages|archives|(?:video |post |blog |news |photo )?categories|editor['’]?s['’]? (?:choice|recommendations?)|"
    r"must[- ]reads?(?: stories| articles)?|in other news|post navigation|further reading|"
    r"(?:stories|articles|picks|news) (?:chosen|selected|picked) for you|(?:more )?related to this (?:story|article)|"
    r"full article|more stories like this(?: one)?|next up(?: in (?-i:[A-Z])[\w .&'’-]{1,30})?|you might have missed|in case you missed it|elsewhere on [\w .-]{1,30}|from the web|"
    r"more from the web|read more stories about|more (?:about|on) (?:the |this )?[\w .&'’-]{1,50}|"
    # a station's earlier stories on the case: "PREVIOUS COVERAGE ON THE SETH RICH MURDER INVESTIGATION:"
    r"(?:previous|earlier|past|prior|continuing) coverage(?: (?:on|of) [\w .&'’-]{1,50})?|"
    r"promoted(?: content| stories)?|sponsored(?: content| stories)?|around the web|(?:content )?from our partners|"
    r"[\w .&'’-]{1,40}['’]s (?:top|latest|most read|most popular) (?:stories|news|articles)|(?-i:MORE(?: [A-Z][A-Z&'’-]+){1,2})|"
    # "Read more:" over a list of titles (a bare "Read more" is a teaser's button); BBC's "Read more about:" over its
    # profiles' links
    r"read more(?: about)?(?=\s*:))"
    r"\s*[:.…>»→|-]*$",
    re.I,
)
# What labels a row of tags: "Tags:", "Filed under", "Posted in", "Subject:"
_TAG_LABEL = (
    r"(?:tags|tagged(?: in| with| as)?|topics?|subjects?(?=:)|filed (?:under|in|to)|related topics|categories|posted in|"
    r"labels|listed under|(?:published|posted) under|related items|read more on(?=:)|keywords?(?=:)|read related topics(?=:)|read more about(?=:?)|keywords)"
)
_TAG_LINE_RE = re.compile(rf"^{_TAG_LABEL}\b(?::\s*|\s+)\S.{{0,600}}$", re.I)  # "Read related topics:Sydney"
_TAG_LABEL_ALONE_RE = re.compile(rf"^{_TAG_LABEL}\s*:?$", re.I)
# a label only tags take, then two tags at least, an abbreviation's period at the end: "Filed under bill clinton,
# warner bros."
_FILED_UNDER_RE = re.compile(
    r"^(?:filed under|tagged(?: in| with| as)?|tags:)\s+(?:[^\s,.!?]+ ){0,3}[^\s,.!?]+"
    r"(?:,\s*(?:[^\s,.!?]+ ){0,3}[^\s,.!?]+){0,19},\s*(?:[^\s,.!?]+ ){0,3}[a-z]{2,5}\.$",
    re.I,
)
# a theme's categories under the headline, their label cut to "in": "in Business, PRESS RELEASE"
_FILED_IN_RE = re.compile(
    r"^in [A-Z][\w&'’.-]*(?: [A-Z&][\w&'’.-]*){0,2}(?:, [A-Z][\w&'’.-]*(?: [A-Z&][\w&'’.-]*){0,2}){1,4}$"
)
# someone's words after their colon: "Suzanne Foley said: '£162 for a suit ...'" (a headline says "says" bare)
_REPORTED_SPEECH_RE = re.compile(r"\b(?:said|says|added|adds|wrote|writes|told [\w ]{1,30}):\s*['‘\"“]")
# a quotation closed by its comma, then its speaker and a full stop: "“Heh heh heh,” Mr. Bush snickers. “My man!”"
# (a headline quotes without the comma and the stop: "'Self-serving': UK tabloids hit back")
_ATTRIBUTED_QUOTE_RE = re.compile(r",[”\"] [^“”\".!?]{2,50}\.(?:\s|$)")
_SENTENCE_END_RE = re.compile(r"[.!?…;:][\"'”’)\]]*$")
_LETTER_RE = re.compile(r"[^\W\d_]")
_MAX_TITLE_WORDS = 20
_GLUE_RE = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])|(?<=[A-Z]{2})(?=[A-Z][a-z]{2})")
# McDonald, DeSantis, iPhone (also right after a word of another script: "やiPhoneの")
_NAME_PREFIX_RE = re.compile(r"(?:\b(?:Mc|Mac|De|Di|Le|La|Du|Van|O)|(?<![A-Za-z])[a-z])$")
_CONSENT_CHARS = 600
# A newsroom's standing notice, longer than a pattern reads: The New York Times's box on anonymous sources
# and Politico's note that a newsletter is the free version of a paid one
_LONG_SITE_NOTICE_RE = re.compile(
    r"^(?:what we consider before using anonymous sources\. .{0,500}|"
    r"(?:editor['’]s note: )?.{1,60}\bis a free version of .{1,80}\bnewsletter\b.{0,400})$",
    re.I,
)
# a donation pitch in the site's voice, longer than a pattern reads: "Millions turn to Vox to understand what's
# happening in the news. ... Please consider making a contribution to Vox today."
_LONG_DONATION_RE = re.compile(
    r"^(?=.*\bour\b)(?!.*\b(?:said|says|told)\b).{0,500}\bplease consider (?:making a (?:one-time |monthly )?"
    r"contribution|a gift|donating) to [\w.&'’ -]{1,40}(?: today)?[.!]?$",
    re.I,
)
_LONG_NOTICES = PatternTable(
    (
        *LONG_SITE_KIND_PATTERNS,
        ("site notice", _LONG_SITE_NOTICE_RE),
        ("donation prompt", _LONG_DONATION_RE),
        *LONG_NOTICE_PATTERNS,
    )
)
_CONSENT_RE = re.compile(
    r"^(?:by (?:signing up|subscribing|clicking|registering|submitting|continuing)\b.{0,300}"
    r"\b(?:terms|privacy|policy|consent|communications?|your (?:personal )?data)\b.*|"
    r"your (?:personal )?data will (?:only )?be\b.{0,300}|i agree (?:that )?.{1,60}\bcan (?:send|e-?mail) me\b.{0,100}"
    r"\b(?:newsletters?|e-?mails?|updates|offers|alerts)\b.{0,60}|"
    r"please check the opt-in box\b.{0,120}|no spam,? we promise\b.{0,200}|"
    r"you can unsubscribe at any time\b.{0,150}|when you subscribe,? we will use the information you provide\b.{0,300}|you (?:may|can) (?:revoke|withdraw) (?:this|your) consent\b.{0,300}|"
    r".{0,80}\b(?:can be found|is available|read more) in our (?:data protection|privacy|cookie) (?:policy|notice)\.?|"
    r"(?=.{0,160}$).{0,60}\byour (?:personal )?(?:data|information|details|e-?mail(?: address)?)\b.{0,80}"
    r"\bour privacy (?:policy|notice)\.?|"
    r"you (?:may|will) (?:occasionally |also |sometimes )?receive promotional (?:content|offers|e-?mails|messages)\b.{0,100})$",
    re.I,
)


# A site's rules for its comments, in its own voice (never a quotation or a report of what someone said).
_COMMENT_POLICY_RE = re.compile(
    r"^(?!.*[\"“”])(?!.*\b(?:said|says|told)\b)(?:"
    r".{0,300}\b(?:first and last|real|full) names will (?:appear|be (?:shown|displayed|published))\b.*|"
    r"by (?:submitting|posting) a comment\b.*|as you comment\b.*|"
    r"(?=.*\b(?:our|we|you|your)\b).{0,300}\bcomments? (?:on this (?:story|article) )?(?:are|is|will be) "
    r"(?:pre-?)?moderated\b.*)$",
    re.I,
)
NO_WORDS = "no words"  # a block of figures and signs only ("$119.00", "___"): nothing to translate
# What extractor text shows but markup does not: in a page's article a row of figures is a table's, a bare
# address its source list's, and words run together are another script's (Japanese has no spaces). These
# reasons read a line's shape, not what its words say.
TEXT_SHAPES = frozenset({NO_WORDS, "link line", "glued link list"})
_TAG_SEPARATOR_RE = re.compile(r"\s*[,|/]\s*")
_TAG_ITEMS = 5
_TAG_ROW_WORDS = 40
_TITLE_CHARS = 160  # a title, a teaser or a link is no longer than this
_SCRIPT_DATA_KEYS = 2
# markup a page printed as text: a tag with its attributes, however long (an ad's "<iframe src=...>"); a template's
# directives ("{if djIsFlashPossible}"), an HTML comment before a tag, a script's tag
_LONG_TAG_RE = re.compile(r"^<(?:iframe|div|span|a|img|table|p|object|embed|ins)\s[^<>]*=[^<>]*>", re.I)
_LEAKED_TEMPLATE_RE = re.compile(
    r"^<[a-z][a-z0-9]*\b[^<>]{0,200}>.{0,200}(?:\{(?:if|else|each|for)\b|\{\{|\{%)|^<!--.{0,200}?-->\s*<[a-z]|"
    r"^<script\b[^<>]*>|^<\?[^<>]{1,200}\?>$|"
    # a theme's template statement printed raw: '{% set baseFontFamily = "Open Sans" %} /* Add the font family ... */'
    r"^\{%-?\s*(?:set|if|for|include|import|macro|block|extends|assign|capture)\b[^%]{0,300}%\}",
    re.I,
)
# a pager's two links, when no other reason names them: "«Sectoral Debate | Samuda promises ... this year",
# "Falmouth municipality earmarks $9 million for transport centre upgrade »"
_PAGER_LINK_RE = re.compile(
    # no sentence ends inside (a word in lower case and its stop: "U.S. judge" is none)
    r"^[«←]\s?(?!.*[a-z]{2}[.!?]\s)[^«»←→]{7,150}[^.!?\s«»←→]$|^(?!.*[a-z]{2}[.!?]\s)[^«»←→]{7,150}[^.!?\s«»←→]\s?[»→]$"
)
_ICON_GLYPH_RE = re.compile(r"[\ue000-\uf8ff]")
_DISGUISED_WORDS = 3
_LATIN_RE = re.compile(r"[A-Za-z]")
_CYRILLIC_OR_GREEK_RE = re.compile(r"[\u0370-\u03ff\u0400-\u04ff]")
_HEAD_TITLE_WORDS = 3  # a story's title in brackets has a few words at least ("[ Photo ]" is a label)
_TAG_ITEM_WORDS = 8  # a tag is a name or a phrase ("Amazon third party seller liability lawsuit")


def _is_disguised(text: str) -> bool:
    """Words spelt in two alphabets at once ("Аdvеrtіѕе wіth thе most visited news site", its "А", "е", "і", "ѕ"
    Cyrillic): an advertisement disguised from filters; no writer mixes alphabets inside words."""
    if _CYRILLIC_OR_GREEK_RE.search(text) is None:
        return False
    mixed = 0
    for word in _WORD_RE.findall(text):
        if _LATIN_RE.search(word) and _CYRILLIC_OR_GREEK_RE.search(word):
            mixed += 1
            if mixed >= _DISGUISED_WORDS:
                return True
    return False


def _is_script_data(text: str) -> bool:
    """A page script's data left in the text ('[ { "name": "Ad - NativeInline", "component": "29509126" } ]'):
    braces around quoted keys, never prose; or a template's markup printed raw ('<div class="noFlash">
    {if djIsFlashPossible} <p>The version of Adobe Flash ...')."""
    if text[:1] in "[{" and text[-1:] in "]}" and text.count('":') >= _SCRIPT_DATA_KEYS:
        return True
    return _LEAKED_TEMPLATE_RE.match(text) is not None


def furniture_reason(text: str) -> str | None:
    """Why a block on its own is page furniture (a short reason for the report), or None."""
    # an icon font's glyphs (private-use characters) and an extractor's indent: " Next video starts in : 7 Play"
    text = _ICON_GLYPH_RE.sub("", text).strip()
    if not _LETTER_RE.search(text.replace("Â", "")):  # "Â": a no-break space decoded twice, alone
        return NO_WORDS
    if len(text) <= _CONSENT_CHARS and _CONSENT_RE.match(text):
        return "consent notice"
    if _is_script_data(text):
        return "script data"
    if _is_disguised(text):
        return "disguised advertisement"
    if len(text) <= _CONSENT_CHARS:
        reason = next(
            (reason for reason, pattern in _LONG_NOTICES.candidates(text) if pattern.match(text)), None
        )
        if reason is not None:
            return reason
    lowered = text.lower()
    policy_words = "comment" in lowered or "names will" in lowered
    if len(text) <= _CONSENT_CHARS and policy_words and _COMMENT_POLICY_RE.match(text):
        return "comment policy"
    # trafilatura writes a list's items "- item": "- Categories: Biotech, Environment, Food"
    unbulleted = text[2:] if text.startswith(_BULLETS) else text
    if _is_labelled_tags(unbulleted) or _FILED_IN_RE.match(text):  # a long row of tags is still a row of tags
        return "tags"
    if len(text) > 300:
        if _LONG_TAG_RE.match(text):  # an ad's or a widget's markup, however long ("<iframe src=...")
            return "embed code"
        return "navigation" if is_navigation_row(text) else None  # a site's navigation bar, however long
    if is_glued_link_list(text):
        return "glued link list"
    reason = _pattern_reason(text)
    inner = (
        _inside_brackets(text)
        or _without_arrow(text)
        or _without_bullet(text)
        or _unglued(text)
        or _without_box_label(text)
        if reason is None
        else None
    )
    # "[ Read All Comments ]", "(View all)", "View More ▸", "- Send us your feedback.", "ShareTweet"
    if inner is not None:
        reason = _pattern_reason(inner)
    if reason is None:
        reason = _reason_of_every_part(text)
    if reason is not None:
        return reason
    bullet_free = _without_bullet(text) or text  # trafilatura writes a list's items "- item": "- Archives"
    if is_list_heading(bullet_free) or _is_two_list_headings(text) or _GLUED_LIST_HEADING_RE.match(text):
        return "list heading"
    if is_page_tools(text):
        return "page tools"
    if is_navigation_row(text):
        return "navigation"
    if _is_labelled_tags(text) or is_tag_list(text):
        return "tags"
    if _PAGER_LINK_RE.match(text):
        return "related link"
    bracketed = _BRACKETED_TITLE_RE.match(text)
    if (
        bracketed
        and is_title_like(bracketed.group(1).rstrip("?"))  # "[ Who Will Win The 2020 Democratic Primary? ]"
        and len(bracketed.group(1).split()) >= _HEAD_TITLE_WORDS
    ):
        return "related link"
    return None


_REPEATED_LABEL_RE = re.compile(r"^(.{8,150}?)(?:\s*\1)+$")
# different words the repeated label has at least: a chant ("bye bye bye") repeats one, a date ("May 1, 2022") has one
_REPEATED_LABEL_WORDS = 3
_WORD_RE = re.compile(r"[^\W\d_]+")


def repeated_words(text: str) -> str | None:
    """The words a block repeats and says nothing else, or None: a widget's label printed once per screen
    size and scraped together ("The latest in global politicsThe latest in global politics"). Prose never
    says the same words twice in a row like that; a chant repeats one word ("bye bye bye")."""
    if len(text) > 300 or text.find(text[:8], 8) == -1:
        return None
    match = _REPEATED_LABEL_RE.match(text)
    if match is None or len(set(_WORD_RE.findall(match.group(1).lower()))) < _REPEATED_LABEL_WORDS:
        return None
    return match.group(1).strip()


def repeats_like_a_widget(text: str, words: str) -> bool:
    """Whether ``text``, saying ``words`` again and again, is a widget's label scraped per screen size: glued
    together, or three times. Twice with a space between may be a link's text and the sentence going on
    ("The Unbound Collection by Hyatt The Unbound Collection by Hyatt" / "brand is a portfolio ...")."""
    return not text[len(words)].isspace() or text.count(words) > 2


# each pattern is tried only on lines that can start as its matches do and hold its words
_FURNITURE_TABLE = PatternTable(_FURNITURE_PATTERNS)


def _pattern_reason(text: str) -> str | None:
    lowered = text.lower()  # once for all the guarded patterns' word tests
    for reason, pattern in _FURNITURE_TABLE.candidates(text):
        if (
            pattern.match_lowered(text, lowered)
            if isinstance(pattern, GuardedPattern)
            else pattern.match(text)
        ):
            if reason == "related link" and (_reads_like_prose(text) or _is_excerpt_with_its_link(text)):
                return None  # "Read more: the minister said ... ." reads like prose
            return reason
    return None


def _reads_like_prose(text: str) -> bool:
    """A long line ending like a sentence, unless all of it stands in the brackets of a link ("[In a departure
    from negative TV ads, Clinton airs a spot featuring home videos of children.]")."""
    if not text.rstrip("\"'”’)]").endswith((".", ";", ":")) or len(text.split()) <= _PROSE_LINK_WORDS:
        return False
    return not (text.endswith("]") and _BRACKETED_LINK_RE.match(text))


# a post made of excerpts of other outlets' stories, each with its link: "Sherman attempted to explain away the
# matter ... is routine, even advisable. But the question frames the matter incorrectly. – READ MORE"
_LINKED_EXCERPT_RE = re.compile(r"^(.+?)\s*[-–—]?\s*(?-i:READ MORE|Read More|Read more)\s*[»>→]*$")
_EXCERPT_WORDS = 25  # a teaser's summary is a line; an excerpt is a paragraph of the story it quotes


def _is_excerpt_with_its_link(text: str) -> bool:
    """A paragraph of whole sentences before its "READ MORE" link: the post's own text, excerpted from the story
    it links, not a teaser of another story ("Saudi Arabia last week issued a royal decree ... READ MORE", a
    summary cut short with "...")."""
    match = _LINKED_EXCERPT_RE.match(text)
    if match is None:
        return False
    excerpt = match.group(1)
    return len(excerpt.split()) >= _EXCERPT_WORDS and excerpt.rstrip('”"’)').endswith((".", "!", "?"))


_PART_SEPARATOR_RE = re.compile(r"\s+[-–—|•]\s+")


def _reason_of_every_part(text: str) -> str | None:
    """Two widgets' labels on one line ("READ COMMENTS - JOIN THE DISCUSSION"): the first one's reason when
    every part on its own is furniture, or None."""
    parts = _PART_SEPARATOR_RE.split(text)
    if len(parts) < 2:
        return None
    reasons = [_pattern_reason(part) for part in parts]
    return reasons[0] if all(reasons) else None


_BRACKETED_RE = re.compile(r"^[\[(]\s*([^\[\]()]{2,160}?)\s*[\])]$")
# another story's title set in spaced brackets inside the article: "[ Bardo museum houses amazing Roman treasures ]"
_BRACKETED_TITLE_RE = re.compile(r"^\[ ([^\[\]]{8,150}) \]$")


_BULLETED_LABEL_WORDS = 6
_BULLETS = ("- ", "• ", "* ")
_TRAILING_ARROW_RE = re.compile(r"\s*[▸►▶›»→⟩>·]+$")


def _without_arrow(text: str) -> str | None:
    """A link's label without the arrow a site sets after it ("View More ▸"), or None."""
    stripped = _TRAILING_ARROW_RE.sub("", text)
    return stripped if stripped and stripped != text else None


def _without_bullet(text: str) -> str | None:
    """A list item's words without its bullet ("- Permalink https://..."), or None."""
    short = len(text.split()) <= _BULLETED_LABEL_WORDS  # a longer item is the article's own list
    return text[2:] if short and text.startswith(_BULLETS) and len(text) > 2 else None


def _without_box_label(text: str) -> str | None:
    """A box's item without the label it opens with ("Ground Game: Sign up for AP's weekly politics newsletter
    ..."), or None. The words after the label decide, when they are a sentence's length."""
    match = _BOX_LABEL_RE.match(text)
    return match.group(1) if match and len(match.group(1).split()) >= _BOX_ITEM_WORDS else None


def _inside_brackets(text: str) -> str | None:
    """The words of a short line set in brackets alone, or None."""
    match = _BRACKETED_RE.match(text)
    return match.group(1) if match else None


def _unglued(text: str) -> str | None:
    """The words of a widget scraped without its spaces ("ShareTweet", "Thank you for subscribingWe have
    more newsletters"), or None when nothing runs together."""
    pieces = _glued_pieces(text)
    return " ".join(pieces) if len(pieces) > 1 else None


def _glued_pieces(text: str) -> list[str]:
    """``text`` cut where a word runs into the next capitalised one (McDonald, DeSantis, iPhone are names)."""
    joins = [m.start() for m in _GLUE_RE.finditer(text) if not _NAME_PREFIX_RE.search(text[: m.start()])]
    return [text[start:end] for start, end in zip([0, *joins], [*joins, len(text)], strict=True)]


def is_glued_link_list(text: str) -> bool:
    """Menu links scraped without separators: "HomeWeatherTrafficWatchPhotosApps".

    Two or more places where a word runs into the next capitalised one, in a line of capitalised words that
    does not end like a sentence. Names such as McDonald, DeSantis or iPhone are not joins, and a brand said twice
    is one ("Welcome To The TechCrunch Gadgets 2012 Gift Guide | TechCrunch").
    """
    if ends_like_sentence(text) or len(text.split()) > _MAX_TITLE_WORDS:
        return False
    joins = set()  # a join is the word it is in and where: the same word said twice joins once
    for match in _GLUE_RE.finditer(text):
        if not _NAME_PREFIX_RE.search(text[: match.start()]):
            start = text.rfind(" ", 0, match.start()) + 1
            joins.add((text[start:].split(" ", 1)[0], match.start() - start))
    words = [word for word in text.split() if _LETTER_RE.match(word)]
    lower = sum(word[0].islower() for word in words)
    return len(joins) >= 2 and lower * 4 <= len(words)


_GALLERY_OPENER_RE = re.compile(
    r"^(?:.{0,100}\b)?(?:view|open) (?:\d+ |the |all )?(?:photos?|images|pictures|gallery|graphic|interactive|slideshow)"
    r"(?: \(\d+\))?$",
    re.I,
)


def is_gallery_opener(text: str) -> bool:
    """A link that opens a gallery or graphic ("View Photos", "Map: ... View Graphic"); its title sits next to it."""
    return len(text) <= 160 and _GALLERY_OPENER_RE.match(text) is not None


def is_list_heading(text: str) -> bool:
    """The heading of a related-stories, most-read or tag list ("In Case You Missed It...", quoted or not)."""
    text = text.strip("\"“”'‘’")
    return len(text) <= 60 and _LIST_HEADING_RE.match(text) is not None


_TABS_WORDS = 8  # "You might also like More from author"
# A list's heading glued to its first title: "Related Articles Bob Watson, ex-All-Star, A’s hitting coach, dies at 74"
_GLUED_LIST_HEADING_RE = re.compile(
    r"^(?i:related (?:articles|stories|posts|coverage|content)|more (?:stories|articles))\s+(?=[A-Z‘“'\"0-9])"
    r"(?!.*[.!?]\s)[^.!?]{5,150}[^.!?\s]$"
)


def _is_two_list_headings(text: str) -> bool:
    """A widget's tabs scraped as one line: "Most Read Most Shared", "Latest News Most Popular"."""
    words = text.split()
    if not 2 <= len(words) <= _TABS_WORDS:
        return False
    return any(
        is_list_heading(" ".join(words[:cut])) and is_list_heading(" ".join(words[cut:]))
        for cut in range(1, len(words))
    )


def is_tags_label(text: str) -> bool:
    """A tag row's label on a line of its own ("Tags:", "Filed under"): the lines below it are tags."""
    return _TAG_LABEL_ALONE_RE.match(text) is not None


def _is_labelled_tags(text: str) -> bool:
    """A labelled row of tags ("Tags: Brexit, EU", a long "Tagged Amazon, Amazon Bolger case, ..."): short
    items and no sentence end."""
    match = _TAG_LINE_RE.match(text)
    if match is None:
        return False
    if is_title_like(text) or _FILED_UNDER_RE.match(text):
        return True
    # tags run together by the extractor count apart: "Alabama A&M UniversityAniyah OwensCenter Point ..."
    items = [tag for item in _TAG_SEPARATOR_RE.split(text) if item for tag in _glued_pieces(item)]
    return (
        len(items) >= _TAG_ITEMS
        and all(len(item.split()) <= _TAG_ITEM_WORDS for item in items)
        and not _SENTENCE_END_RE.search(text)
    )


def is_tag_list(text: str) -> bool:
    """A row of tags or topics: "Tech, Donald Trump, facebook, Fact Check, fake news, Snopes".

    Five or more short items and no sentence end; prose that lists things joins the last with "and", and a
    table's row ("| HD | THE HOME DEPOT INC. | 225.86 |") holds figures.
    """
    # a long row may pass a title's length: NYT's 12 topics, 210 characters; a show's credits, each role joined to
    # its name, are as long ("STAFF Choreographer_Jeong Hye Jin, Director_Oh Kyeong Taek, ...")
    if (
        len(text.split()) > _TAG_ROW_WORDS
        or (len(text) > _TITLE_CHARS and "_" in text)
        or _SENTENCE_END_RE.search(text) is not None
        or ":" in text
        or text.startswith(("|", "By ", "by "))  # a byline's names and roles: "By Jane Doe, Staff, ACLU"
        or sum(any(char.isdigit() for char in token) for token in text.split()) >= 2  # a table's row
    ):
        return False
    items = [item for item in _TAG_SEPARATOR_RE.split(text) if item]
    return len(items) >= _TAG_ITEMS and all(len(item.split()) <= 4 and " and " not in item for item in items)


def is_title_like(text: str, max_words: int = _MAX_TITLE_WORDS) -> bool:
    """A short line that does not end like a sentence: a teaser headline, a kicker, a link."""
    return (
        bool(text)
        and len(text.split()) <= max_words
        and len(text) <= _TITLE_CHARS
        and _SENTENCE_END_RE.search(text) is None
    )


def is_teaser(text: str) -> bool:
    """A line in a list of links: a headline, maybe with its summary, or cut off ("..."); not a sentence.

    A question is not taken for a teaser: prose ends with one as often as a teaser does.
    """
    text = text.rstrip()
    if len(text.split()) > 40 or len(text) > 300 or _REPORTED_SPEECH_RE.search(text):
        return False
    if _ATTRIBUTED_QUOTE_RE.search(text):
        return False
    if text.endswith(("...", "…")):
        return True
    return not text.rstrip("\"'”’)").endswith((".", "?", ":", ";", ","))


def ends_like_sentence(text: str) -> bool:
    return _SENTENCE_END_RE.search(text) is not None

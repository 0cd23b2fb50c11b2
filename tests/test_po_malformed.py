"""Malformed catalogs are refused exactly when GNU ``msgfmt -c`` refuses them.

Each case is checked against our parser and, where /usr/bin/msgfmt is installed, against msgfmt
itself. A few cases are refused on purpose although msgfmt accepts them (they cannot be read
without guessing); those say why, and the test shows that msgfmt does accept them.
"""

from __future__ import annotations

import random
import shutil
import subprocess
from pathlib import Path

import pytest

from newsl10n.errors import UserError
from newsl10n.po import MalformedCatalog, entry_diagnostics, parse

MSGFMT = shutil.which("msgfmt")
DATA = Path(__file__).parent / "data" / "po"

HEADER = (
    'msgid ""\n'
    'msgstr ""\n'
    '"Project-Id-Version: test 1.0\\n"\n'
    '"PO-Revision-Date: 2024-01-01 00:00+0000\\n"\n'
    '"Last-Translator: A <a@example.org>\\n"\n'
    '"Language-Team: Russian <ru@example.org>\\n"\n'
    '"Language: ru\\n"\n'
    '"MIME-Version: 1.0\\n"\n'
    '"Content-Type: text/plain; charset={charset}\\n"\n'
    '"Content-Transfer-Encoding: 8bit\\n"\n'
    '"Plural-Forms: {plural}\\n"\n'
    "\n"
)
RU_PLURAL = (
    "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);"
)
HEADER_LINES = HEADER.count("\n")  # the first entry after the header starts on line HEADER_LINES + 1


def po(body: str, charset: str = "UTF-8", plural: str = RU_PLURAL, encoding: str = "utf-8") -> bytes:
    return (HEADER.format(charset=charset, plural=plural) + body).encode(encoding)


def ours_accepts(data: bytes, path: Path) -> bool:
    try:
        catalog = parse(data, path)
    except MalformedCatalog:
        return False
    return not any(diagnostic.fatal for diagnostic in entry_diagnostics(catalog))


def msgfmt_accepts(data: bytes, path: Path) -> bool:
    path.write_bytes(data)
    result = subprocess.run([MSGFMT, "-c", "-o", "/dev/null", str(path)], capture_output=True, check=False)  # type: ignore[list-item]
    return result.returncode == 0


# name -> (file bytes, accepted, reason we are stricter than msgfmt or None)
CASES: dict[str, tuple[bytes, bool, str | None]] = {
    "valid": (po('msgid "a"\nmsgstr "б"\n'), True, None),
    "unterminated string": (po('msgid "a"\nmsgstr "б\n\nmsgid "c"\nmsgstr "d"\n'), False, None),
    "unterminated string at end of file": (po('msgid "a"\nmsgstr "б'), False, None),
    "unknown escape": (po('msgid "a"\nmsgstr "\\q"\n'), False, None),
    "escaped apostrophe": (po('msgid "a"\nmsgstr "\\\'"\n'), False, None),
    "duplicate msgid": (po('msgid "a"\nmsgstr "б"\n\nmsgid "a"\nmsgstr "в"\n'), False, None),
    "duplicate msgid with the same msgstr": (
        po('msgid "a"\nmsgstr "б"\n\nmsgid "a"\nmsgstr "б"\n'),
        False,
        None,
    ),
    "duplicate msgctxt and msgid": (
        po('msgctxt "x"\nmsgid "a"\nmsgstr "б"\n\nmsgctxt "x"\nmsgid "a"\nmsgstr "в"\n'),
        False,
        None,
    ),
    "same msgid in two contexts": (
        po('msgctxt "x"\nmsgid "a"\nmsgstr "б"\n\nmsgid "a"\nmsgstr "в"\n'),
        True,
        None,
    ),
    "duplicate of an obsolete entry": (
        po('msgid "a"\nmsgstr "б"\n\n#~ msgid "a"\n#~ msgstr "в"\n'),
        False,
        None,
    ),
    "duplicate of a fuzzy entry": (
        po('#, fuzzy\nmsgid "a"\nmsgstr "б"\n\nmsgid "a"\nmsgstr ""\n'),
        False,
        None,
    ),
    "msgstr before msgid": (po('msgstr "б"\nmsgid "a"\n'), False, None),
    "msgid without msgstr": (po('msgid "a"\n\nmsgid "c"\nmsgstr "d"\n'), False, None),
    "msgctxt without msgid": (po('msgctxt "x"\nmsgstr "б"\n'), False, None),
    "keyword without a string": (po('msgid "a"\nmsgstr\n\nmsgid "c"\nmsgstr "d"\n'), False, None),
    "msgstr[0] without msgid_plural": (po('msgid "a"\nmsgstr[0] "б"\n'), False, None),
    "msgid_plural without msgstr[n]": (po('msgid "a"\nmsgid_plural "as"\nmsgstr "б"\n'), False, None),
    "plural index gap": (
        po('msgid "a"\nmsgid_plural "as"\nmsgstr[0] "б"\nmsgstr[2] "в"\nmsgstr[3] "г"\n'),
        False,
        None,
    ),
    "first plural index not zero": (po('msgid "a"\nmsgid_plural "as"\nmsgstr[1] "б"\n'), False, None),
    "too few plural forms": (po('msgid "a"\nmsgid_plural "as"\nmsgstr[0] "б"\nmsgstr[1] "в"\n'), False, None),
    "too many plural forms": (
        po('msgid "a"\nmsgid_plural "as"\nmsgstr[0] "б"\nmsgstr[1] "в"\nmsgstr[2] "г"\nmsgstr[3] "д"\n'),
        False,
        None,
    ),
    "fuzzy plural entry with too few forms": (
        po('#, fuzzy\nmsgid "a"\nmsgid_plural "as"\nmsgstr[0] "б"\nmsgstr[1] "в"\n'),
        True,
        None,
    ),
    "untranslated plural entry with too few forms": (
        po('msgid "a"\nmsgid_plural "as"\nmsgstr[0] ""\nmsgstr[1] ""\n'),
        True,
        None,
    ),
    "plural forms written apart": (
        po('msgid "a"\nmsgid_plural "as"\nmsgstr [ 0 ] "б"\nmsgstr\n[1]\n"в"\nmsgstr[2] "г"\n'),
        True,
        None,
    ),
    "invalid nplurals": (po('msgid "a"\nmsgstr "б"\n', plural="nplurals=x; plural=n!=1;"), False, None),
    "invalid plural expression": (
        po('msgid "a"\nmsgstr "б"\n', plural="nplurals=2; plural=n!!=1;"),
        False,
        None,
    ),
    "plural expression out of range": (
        po('msgid "a"\nmsgstr "б"\n', plural="nplurals=2; plural=n%3;"),
        False,
        None,
    ),
    "plural expression dividing by zero": (
        po('msgid "a"\nmsgstr "б"\n', plural="nplurals=2; plural=n/0;"),
        False,
        None,
    ),
    "plural translations without Plural-Forms": (
        po('msgid "a"\nmsgid_plural "as"\nmsgstr[0] "б"\nmsgstr[1] "в"\n', plural="none"),
        False,
        None,
    ),
    "inconsistent #~": (po('#~ msgid "a"\nmsgstr "б"\n'), False, None),
    "comment between msgid and msgstr": (po('msgid "a"\n# note\nmsgstr "б"\n'), False, None),
    "comment between #| and msgid": (
        po('#, fuzzy\n#| msgid "z"\n# note\nmsgid "a"\nmsgstr "б"\n'),
        False,
        None,
    ),
    "flags on an obsolete line": (po('#~, fuzzy\n#~ msgid "a"\n#~ msgstr "б"\n'), False, None),
    "unknown keyword": (po('msgid "a"\nmsgtxt "б"\n'), False, None),
    "junk": (po('msgid "a"\nmsgstr "б" ;\n'), False, None),
    "domain directive": (po('domain "x"\nmsgid "a"\nmsgstr "б"\n'), False, None),
    "EOT in a string": (po('msgid "a\\004b"\nmsgstr "б"\n'), False, None),
    "no header": (b'msgid "a"\nmsgstr "b"\n', False, None),
    "empty header": (b'msgid ""\nmsgstr ""\n\nmsgid "a"\nmsgstr "b"\n', False, None),
    "byte order mark": (b"\xef\xbb\xbf" + po('msgid "a"\nmsgstr "б"\n'), False, None),
    "undecodable bytes": (po('msgid "a"\nmsgstr "caf\xe9"\n', encoding="latin-1"), False, None),
    "UTF-8 bytes under charset=ASCII": (po('msgid "a"\nmsgstr "б"\n', charset="ASCII"), False, None),
    "KOI8-R file": (po('msgid "a"\nmsgstr "Привет, мир"\n', charset="KOI8-R", encoding="koi8-r"), True, None),
    "ISO-8859-5 file": (
        po('msgid "a"\nmsgstr "Привет"\n', charset="ISO-8859-5", encoding="iso-8859-5"),
        True,
        None,
    ),
    "no charset, ASCII only": (po('msgid "a"\nmsgstr "b"\n').replace(b"charset=UTF-8", b"x=y"), True, None),
    "CRLF line endings": (po('msgid "a"\nmsgstr "б"\n').replace(b"\n", b"\r\n"), True, None),
    "no final newline": (po('msgid "a"\nmsgstr "б"'), True, None),
    "several strings on a line": (po('msgid "a" "b"\nmsgstr "б" "в"\n'), True, None),
    "keyword and string on separate lines": (po('msgid\n"a"\nmsgstr\n\n"б"\n'), True, None),
    "backslash-newline": (po('msgid "a\\\nb"\nmsgstr "б\\\nв"\n'), True, None),
    "octal and hex escapes": (po('msgid "\\101\\x42"\nmsgstr "\\320\\261"\n'), True, None),
    "fuzzy header": (
        (po('msgid "a"\nmsgstr "б"\n')).replace(b'msgid ""', b'#, fuzzy\nmsgid ""', 1),
        True,
        None,
    ),
    "header after an entry": (
        b'msgid "a"\nmsgstr "b"\n\n' + po("").rstrip(b"\n") + b"\n",
        True,
        None,
    ),
    "previous and obsolete previous": (
        po('#, fuzzy\n#| msgid "z"\nmsgid "a"\nmsgstr "б"\n\n#~| msgid "y"\n#~ msgid "c"\n#~ msgstr "в"\n'),
        True,
        None,
    ),
    "comments at the end": (po('msgid "a"\nmsgstr "б"\n\n# the end\n'), True, None),
    # Refused on purpose: read as the header says, these become permanent mojibake or guesswork.
    "UTF-8 bytes under charset=ISO-8859-1": (
        po('msgid "a"\nmsgstr "Привет"\n', charset="ISO-8859-1"),
        False,
        "its text would be read as Latin-1 mojibake",
    ),
    "non-ASCII bytes and an unknown charset": (
        po('msgid "a"\nmsgstr "б"\n', charset="foo"),
        False,
        "the bytes cannot be decoded without guessing",
    ),
    "non-ASCII bytes and no charset": (
        po('msgid "a"\nmsgstr "б"\n').replace(b"charset=UTF-8", b"x=y"),
        False,
        "the bytes cannot be decoded without guessing",
    ),
    "undecodable bytes in a comment": (
        po('# caf\xe9\nmsgid "a"\nmsgstr "b"\n', encoding="latin-1"),
        False,
        "msgfmt skips comments, but the file cannot be rewritten faithfully",
    ),
    "comment after a string on the same line": (
        po('msgid "a"\nmsgstr "б" # note\n'),
        False,
        "no tool writes it, and the line would belong to two entries",
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_verdict_matches_msgfmt(name: str, tmp_path: Path) -> None:
    data, accepted, stricter = CASES[name]
    path = tmp_path / "ru.po"
    assert ours_accepts(data, path) == accepted
    if MSGFMT is None:
        pytest.skip("msgfmt is not installed")
    assert msgfmt_accepts(data, path) == (accepted or stricter is not None)


@pytest.mark.parametrize(
    ("name", "line", "reason"),
    [
        ("unterminated string", HEADER_LINES + 2, "end-of-line within string"),
        ("duplicate msgid", HEADER_LINES + 4, "duplicate message definition (first defined at line 13)"),
        ("undecodable bytes", HEADER_LINES + 2, "byte 0xe9 is not valid UTF-8"),
        ("UTF-8 bytes under charset=ISO-8859-1", HEADER_LINES + 2, "bytes are UTF-8"),
        ("too few plural forms", HEADER_LINES + 3, "nplurals = 3"),
        ("msgid without msgstr", HEADER_LINES + 3, "missing 'msgstr' section"),
    ],
)
def test_refusal_names_file_and_line(name: str, line: int, reason: str) -> None:
    data, _, _ = CASES[name]
    with pytest.raises(MalformedCatalog) as caught:
        parse(data, Path("l10n/ru/a.po"))
    assert isinstance(caught.value, UserError)
    message = str(caught.value)
    assert message.startswith(f"l10n/ru/a.po:{line}: ")
    assert reason in message
    assert "\n" not in message


def test_legacy_charsets_are_read_as_declared() -> None:
    for charset, encoding in (("KOI8-R", "koi8-r"), ("ISO-8859-5", "iso-8859-5"), ("CP1251", "cp1251")):
        catalog = parse(
            po('msgid "a"\nmsgstr "Съешь ещё этих мягких булок"\n', charset, encoding=encoding), "x.po"
        )
        assert catalog.entries[0].msgstr == "Съешь ещё этих мягких булок"
        assert catalog.charset == charset


# -- per-entry checks (placeholders, newlines) against msgfmt -----------------------------------------

DE_PLURAL = "nplurals=2; plural=(n != 1);"
ENTRY_CASES: dict[str, tuple[bytes, bool]] = {
    "c-format plural form lost its %d": (
        po(
            '#, c-format\nmsgid "%d file"\nmsgid_plural "%d files"\nmsgstr[0] "%d файл"\nmsgstr[1] "%d файла"\nmsgstr[2] "файлов"\n'
        ),
        False,
    ),
    "c-format plural forms complete": (
        po(
            '#, c-format\nmsgid "%d file"\nmsgid_plural "%d files"\nmsgstr[0] "%d файл"\nmsgstr[1] "%d файла"\nmsgstr[2] "%d файлов"\n'
        ),
        True,
    ),
    "German singular form may drop the number": (
        po(
            '#, c-format\nmsgid "%d file"\nmsgid_plural "%d files"\nmsgstr[0] "eine Datei"\nmsgstr[1] "%d Dateien"\n',
            plural=DE_PLURAL,
        ),
        True,
    ),
    "c-format argument types differ": (po('#, c-format\nmsgid "%d of %s"\nmsgstr "%s из %d"\n'), False),
    "c-format reordered with positions": (po('#, c-format\nmsgid "%d of %s"\nmsgstr "%2$s: %1$d"\n'), True),
    "c-format extra argument": (po('#, c-format\nmsgid "%s"\nmsgstr "%s %s"\n'), False),
    "c-format lone percent at the end": (po('#, c-format\nmsgid "%s"\nmsgstr "%s %"\n'), False),
    "fuzzy entries are not checked": (po('#, fuzzy, c-format\nmsgid "%d of %s"\nmsgstr "%s"\n'), True),
    "python-format named argument missing": (
        po('#, python-format\nmsgid "%(count)d of %(total)d"\nmsgstr "%(count)d"\n'),
        False,
    ),
    "python-format named arguments reordered": (
        po('#, python-format\nmsgid "%(count)d of %(total)d"\nmsgstr "%(total)d: %(count)d"\n'),
        True,
    ),
    "python-brace-format field missing": (
        po('#, python-brace-format\nmsgid "{a} and {b}"\nmsgstr "{a}"\n'),
        False,
    ),
    "trailing newline lost": (po('msgid "line\\n"\nmsgstr "строка"\n'), False),
    "leading newline added": (po('msgid "line"\nmsgstr "\\nстрока"\n'), False),
}


@pytest.mark.parametrize("name", list(ENTRY_CASES))
def test_entry_checks_match_msgfmt(name: str, tmp_path: Path) -> None:
    data, accepted = ENTRY_CASES[name]
    assert ours_accepts(data, tmp_path / "x.po") == accepted
    if MSGFMT is None:
        pytest.skip("msgfmt is not installed")
    assert msgfmt_accepts(data, tmp_path / "x.po") == accepted


def test_entry_problem_points_at_the_msgstr_line() -> None:
    data, _ = ENTRY_CASES["c-format plural form lost its %d"]
    catalog = parse(data, "ru.po")
    (problem,) = entry_diagnostics(catalog)
    assert problem.line == HEADER_LINES + 6  # the msgstr[2] line
    assert "msgstr[2]" in problem.message
    assert str(problem).startswith(f"ru.po:{HEADER_LINES + 6}: ")


# -- mutations of a real catalog -----------------------------------------------------------------------


def _mutants(text: str, count: int, seed: int) -> list[str]:
    """Small random damage of the kinds hands and tools do: lost or extra quotes, lines, keywords."""
    generator = random.Random(seed)
    lines = text.split("\n")
    # Each edit turns line i into the lines that replace it.
    edits = [
        lambda ls, i: [],  # a line lost
        lambda ls, i: [ls[i], ls[i]],  # a line doubled
        lambda ls, i: [ls[i].replace('"', "", 1)],
        lambda ls, i: [ls[i][::-1].replace('"', "", 1)[::-1]],
        lambda ls, i: [ls[i] + '"'],
        lambda ls, i: ["#~ " + ls[i]],
        lambda ls, i: [ls[i].replace("msgstr", "msgid", 1)],
        lambda ls, i: [ls[i].replace("msgstr[1]", "msgstr[2]", 1)],
        lambda ls, i: [ls[i].replace("\\n", "\\", 1)],
        lambda ls, i: [ls[i].replace("%s", "%d", 1)],
        lambda ls, i: [ls[i].replace("%", "", 1)],
        lambda ls, i: ["# " + ls[i]],
        lambda ls, i: [ls[i], "#, fuzzy"],
        lambda ls, i: [ls[i + 1], ls[i]] if i + 1 < len(ls) else [ls[i]],  # two lines swapped
    ]
    mutants = []
    for _ in range(count):
        edit = generator.choice(edits)
        index = generator.randrange(len(lines) - 1)
        swapped = 2 if edit is edits[-1] else 1
        mutants.append("\n".join([*lines[:index], *edit(lines, index), *lines[index + swapped :]]))
    return mutants


@pytest.mark.skipif(MSGFMT is None, reason="msgfmt is not installed")
@pytest.mark.parametrize("sample", ["git-de.po", "gnome-calculator-uk.po", "shadow-man-ru.po"])
def test_mutants_of_real_catalogs_get_msgfmts_verdict(sample: str, tmp_path: Path) -> None:
    text = (DATA / sample).read_text(encoding="utf-8")
    disagreements = []
    verdicts = {True: 0, False: 0}
    for number, mutant in enumerate(_mutants(text, 60, seed=len(sample))):
        data = mutant.encode("utf-8")
        ours = ours_accepts(data, tmp_path / "m.po")
        verdicts[ours] += 1
        if ours != msgfmt_accepts(data, tmp_path / "m.po"):
            disagreements.append(number)
    assert disagreements == []
    assert verdicts[True] and verdicts[False]  # the mutations produce both kinds of file

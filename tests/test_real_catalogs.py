"""`check --fix` on real human-translated catalogs (tests/data/catalogs): nothing damaged, nothing else changed.

Damage is judged the way a reviewer would: markup tags and entities, placeholders, digits, code spans,
a verbatim block's whitespace, XML well-formedness and quotation-mark pairs must all be what they were
in every entry the fix touched; every line outside the fixed msgstr lines stays byte for byte.
"""

from __future__ import annotations

import difflib
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from newsl10n.po import read_catalog
from newsl10n.review import check_catalogs

CATALOGS = sorted((Path(__file__).parent / "data" / "catalogs").glob("*.po"))

TAG_RE = re.compile(r"<[^<>]*>")
ENTITY_RE = re.compile(r"&[#\w]+;")
PLACEHOLDER_RE = re.compile(
    r"%(?:\d+\$)?[-+ #0]*\d*(?:\.\d+)?[hlLqjzt]*[diouxXeEfgGcsp%]|%\(\w+\)[sdr]|\{[\w.]*\}|\$\w+"
)
CODE_RE = re.compile(r"``[^`]+``|`[^`]+`|[BCFI]<[^<>]+>")


def _xml_ok(text: str) -> bool:
    try:
        ET.fromstring("<r>" + ENTITY_RE.sub("", text) + "</r>")
    except ET.ParseError:
        return False
    return True


def damage(old: str, new: str, verbatim: bool) -> list[str]:
    """What a fix broke in one translation: the names of the invariants that no longer hold."""
    broken = []
    for name, pattern in (("markup", TAG_RE), ("entities", ENTITY_RE), ("code", CODE_RE)):
        if pattern.findall(old) != pattern.findall(new):
            broken.append(name)
    if sorted(PLACEHOLDER_RE.findall(old)) != sorted(PLACEHOLDER_RE.findall(new)):
        broken.append("placeholders")
    if re.findall(r"\d+", old) != re.findall(r"\d+", new):
        broken.append("digits")
    if verbatim and re.findall(r"\s+", old) != re.findall(r"\s+", new):
        broken.append("verbatim spacing")
    if "<" in old and _xml_ok(old) and not _xml_ok(new):
        broken.append("xml")
    for opening, closing in ("«»", "„“", "»«", "‚‘"):
        if old.count(opening) == old.count(closing) and new.count(opening) != new.count(closing):
            broken.append("quote pairs")
    return broken


@pytest.mark.parametrize("path", CATALOGS, ids=lambda path: path.name)
def test_check_fix_damages_nothing_and_changes_only_fixed_entries(tmp_path, path):
    copy = tmp_path / path.name
    shutil.copy(path, copy)
    [report] = check_catalogs([copy], fix=True)
    before, after = read_catalog(path), read_catalog(copy)
    fixed_lines = 0
    for old, new in zip(before.entries, after.entries, strict=True):
        assert (old.msgid, old.msgctxt, old.flags, old.obsolete) == (
            new.msgid,
            new.msgctxt,
            new.flags,
            new.obsolete,
        )
        assert (old.translator_comments, old.extracted_comments, old.previous_msgid) == (
            new.translator_comments,
            new.extracted_comments,
            new.previous_msgid,
        )
        for old_text, new_text in zip(old.translations, new.translations, strict=True):
            if old_text != new_text:
                assert damage(old_text, new_text, "no-wrap" in old.flags) == [], (
                    old.msgid,
                    old_text,
                    new_text,
                )
                fixed_lines += old_text.count("\n") // 70 + 4  # a wrapped msgstr: a few lines at most
    diff = [
        line
        for line in difflib.unified_diff(
            path.read_text("utf-8").splitlines(), copy.read_text("utf-8").splitlines(), n=0
        )
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]
    assert len(diff) <= 2 * fixed_lines
    assert report.fixed == bool(diff)


@pytest.mark.parametrize("path", CATALOGS, ids=lambda path: path.name)
def test_fixed_catalogs_still_pass_msgfmt(tmp_path, path):
    if shutil.which("msgfmt") is None:
        pytest.skip("GNU msgfmt is not installed")
    copy = tmp_path / path.name
    shutil.copy(path, copy)
    check_catalogs([copy], fix=True)
    result = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(copy)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_the_samples_hold_what_broke_earlier_versions():
    text = "".join(path.read_text("utf-8") for path in CATALOGS)
    assert (
        'xref=\\"' in text and "#, no-wrap" in text and "msgstr[2]" in text and "»" in text and "``" in text
    )

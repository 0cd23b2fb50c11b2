"""The protected-span finder: what is not prose, found whole; masking that always undoes itself."""

from __future__ import annotations

import pytest

from newsl10n.spans import find_spans, mask, prose, protected_spans, unmask


def protected(text: str) -> list[str]:
    return [text[start:end] for start, end in protected_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # markup: tags with their attributes, entities, the PO form's inline codes
        ('See <link xref="logarithm">Logarithm</link>.', ['<link xref="logarithm">', "</link>"]),
        ('<a href="r:///">x</a>', ['<a href="r:///">', "</a>"]),
        ("Tom &amp; Jerry&#160;show", ["&amp;", "&#160;"]),
        ("<1>Peskov</1> said<2/>", ["<1>", "</1>", "<2/>"]),
        ("Run <cmd>ls -l</cmd> now", ["<cmd>ls -l</cmd>"]),
        # placeholders
        ("Hello %s, you have %d new %(kind)s and %1$s", ["%s", "%d", "%(kind)s", "%1$s"]),
        ("Copied %1 of %L2 files", ["%1", "%L2"]),
        ("{count} missiles in {0}, $HOME and ${USER}", ["{count}", "{0}", "$HOME", "${USER}"]),
        ("up 50% of them", []),
        # code and literals
        (
            "Use ``read('file.po')`` and :func:`os.path.join`.",
            ["``read('file.po')``", ":func:`os.path.join`"],
        ),
        ("the `--keep` option", ["`--keep`"]),
        ("Run B<dpkg -i> on I<file>", ["B<dpkg -i>", "I<file>"]),
        ("call read('file.po') first", ["read('file.po')"]),
        ("pass --no-rename or -sd", ["--no-rename", "-sd"]),
        ('set opt:"--keep 20" and xref="x"', ['opt:"--keep 20"', 'xref="x"']),
        ("GIT_AUTHOR_NAME and dpkg_arch", ["GIT_AUTHOR_NAME", "dpkg_arch"]),
        ("edit /etc/passwd or ~/.bashrc", ["/etc/passwd", "~/.bashrc"]),
        ("the .dpkg-orig file and setup.cfg", [".dpkg-orig", "setup.cfg"]),
        # URLs and addresses
        (
            "see https://www.kremlin.ru/events, or press@un.org.",
            ["https://www.kremlin.ru/events", "press@un.org"],
        ),
        ("thanks to @thetalkshow and (@AP), not @ 5 p.m.", ["@thetalkshow", "@AP"]),  # social handles
        # numbers whose digits or marks carry meaning
        ("010011₂ and chmod 0755", ["010011", "0755"]),
        ("CC BY-SA 3.0 Unported", ["3.0"]),
        ("python-3.8-embed", ["3.8-embed"]),
        ("Version 0.41 and Debian 0.93", ["Version 0.41", "Debian 0.93"]),
        ("libcrunch1 (>= 1.2-1) and v2.1", ["1.2-1", "v2.1"]),
        ("U+0028 is (", ["U+0028"]),
        # news: dates, times, ordinals
        ("On 2022-12-13 at 10:30, the 21st", ["2022-12-13", "10:30", "21st"]),
    ],
)
def test_protected_stretches_are_found_whole(text, expected):
    found = protected(text)
    for item in expected:
        assert any(item in piece for piece in found), (item, found)


@pytest.mark.parametrize(
    "text",
    [
        "Washington has provided $19.3 billion since 2022.",
        "Кремль назвал Patriot законной целью, - заявил Песков.",
        "Some 1,500 troops got 19.3 tonnes.",
        "He called it “nonsense” - for now.",
        "Meet @ noon, or mail them @ the office.",
    ],
)
def test_news_prose_and_its_numbers_stay_prose(text):
    assert protected(text) == []


def test_spans_have_kinds():
    kinds = {span.kind for span in find_spans('<b x="1">%s</b> at https://a.org/x, v1.2.3')}
    assert kinds == {"markup", "placeholder", "url", "version"}


@pytest.mark.parametrize(
    "text",
    [
        '<link xref="x">Logarithm</link> “quoted” %s and ``code`` at https://a.org/x',
        "plain prose, nothing to hide",
        "",
    ],
)
def test_mask_and_unmask_round_trip(text):
    masked, originals = mask(text)
    assert '"' not in masked and "%s" not in masked
    assert unmask(masked, originals) == text


def test_text_already_holding_private_use_characters_is_not_masked():
    text = "odd \ue000 char and %s"
    assert mask(text) == (text, [])


def test_prose_keeps_one_character_per_span():
    assert prose("a  <b>x</b>") == "a  \ue000x\ue001"

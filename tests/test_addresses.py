"""URLs and e-mail addresses that MT changed are put back; a translator's deliberate change is only reported."""

from __future__ import annotations

import re

import pytest

from newsl10n import api, engines
from newsl10n.addresses import addresses, lost, restore
from newsl10n.cli import main
from newsl10n.model import Origin, Segment
from newsl10n.po import read_catalog

SOURCE = "For seeds, visit www.parkseed.com or write to info@parkseed.com."


def test_addresses_are_found_in_order_and_example_ones_left_to_the_translator() -> None:
    text = "Mail you@example.com, then press@bbc.co.uk; see https://bbc.co.uk/news and www.bbc.com."
    assert addresses(text) == ["press@bbc.co.uk", "https://bbc.co.uk/news", "www.bbc.com"]
    assert addresses("No address here.") == []


@pytest.mark.parametrize(
    "changed",
    [
        "Für Samen besuchen Sie www. parkseed. com oder schreiben Sie an info @ parkseed.com.",
        "Für Samen besuchen Sie Www.Parkseed.com oder schreiben Sie an INFO@parkseed.com.",
        "Für Samen besuchen Sie www.раrkseed.соm oder schreiben Sie an info@parkseed.com.",  # Cyrillic а, о, с
        "Für Samen besuchen Sie www.parkseed.com\u00ad oder schreiben Sie an info@park\u200bseed.com.",
    ],
)
def test_a_copy_changed_only_in_spaces_case_or_look_alike_letters_is_put_back_for_anyone(changed) -> None:
    expected = "Für Samen besuchen Sie www.parkseed.com oder schreiben Sie an info@parkseed.com."
    for near in (False, True):
        assert restore(SOURCE, changed, near=near).text == expected
    assert lost(SOURCE, expected) == []


def test_a_copy_with_other_letters_is_put_back_in_machine_output_only() -> None:
    changed = "Für Samen besuchen Sie www.parksamen.com oder schreiben Sie an инфо@parkseed.com."
    restored = restore(SOURCE, changed, near=True)
    assert restored.text == "Für Samen besuchen Sie www.parkseed.com oder schreiben Sie an info@parkseed.com."
    assert restored.addresses == ["www.parkseed.com", "info@parkseed.com"]
    translators = restore(SOURCE, changed, near=False)
    assert translators.text == changed and translators.addresses == []


def test_the_sentence_around_the_address_stays_as_it_is() -> None:
    source = 'Details: (www.parkseed.com). Write to "info@parkseed.com".'
    changed = "Подробности: (www. parkseed. com). Пишите на «info @ parkseed.com»."
    assert restore(source, changed).text == "Подробности: (www.parkseed.com). Пишите на «info@parkseed.com»."
    # a word beside the address is never taken into it, however much it shares with it
    source = "Write to info@parkseed.com today."
    assert restore(source, "Schreiben Sie an инфо@parkseed.com heute.", near=True).text == (
        "Schreiben Sie an info@parkseed.com heute."
    )


def test_inline_codes_and_tags_around_an_address_stay() -> None:
    source = "Order at <1>www.parkseed.com</1> or <b>info@parkseed.com</b>."
    changed = "Bestellen bei <1>www. parkseed. com</1> oder <b>info @ parksamen.com</b>."
    assert restore(source, changed, near=True).text == (
        "Bestellen bei <1>www.parkseed.com</1> oder <b>info@parkseed.com</b>."
    )


def test_only_the_changed_one_of_two_copies_is_put_back() -> None:
    source = "See www.bbc.com/news, then www.bbc.com/news again, and press@bbc.co.uk."
    changed = "Siehe www.bbc.com/news, dann www.bbc.com/neuigkeiten noch einmal, und press@bbc.co.uk."
    restored = restore(source, changed, near=True)
    assert restored.text == "Siehe www.bbc.com/news, dann www.bbc.com/news noch einmal, und press@bbc.co.uk."
    assert restored.addresses == ["www.bbc.com/news"]


def test_nothing_is_put_back_where_no_copy_is_left() -> None:
    for target in ("Für Samen besuchen Sie die Website.", "Für Samen: ввв.паркссид.ком.", "Siehe 3.5 km."):
        restored = restore("For seeds, visit www.parkseed.com.", target, near=True)
        assert restored.text == target and restored.addresses == []
        assert lost("For seeds, visit www.parkseed.com.", target) == ["www.parkseed.com"]


class AddressSpacingEngine:
    """Stands for an MT model that spaces out addresses and changes a word of one."""

    name = "spacing"

    def __init__(self, options) -> None:
        pass

    def translate(self, segments: list[Segment], lang: str, progress) -> None:
        for segment in segments:
            text = re.sub(r"\.(?=\w)", ". ", segment.source).replace("@", " @ ").replace("seed", "samen")
            segment.target, segment.fuzzy, segment.origin = text, True, Origin.MACHINE
        progress.advance(len(segments))


def test_translate_puts_back_the_addresses_mt_changed(tmp_path, runner, monkeypatch) -> None:
    monkeypatch.setitem(engines.ENGINES, "spacing", "test_addresses:AddressSpacingEngine")
    article = tmp_path / "seeds.txt"
    article.write_text(
        "Seeds for spring\n\nOrder at www.parkseed.com or write to orders@parkseed.com today.\n",
        encoding="utf-8",
    )
    out = tmp_path / "l10n"
    api.translate([article], "de", engine="spacing", out_dir=out)
    entry = next(e for e in read_catalog(out / "de" / "seeds.po").entries if "www." in e.msgid)
    assert "www.parkseed.com" in entry.msgstr and "orders@parkseed.com" in entry.msgstr
    assert "Order at www. parksamen. com" not in entry.msgstr and entry.fuzzy
    check = runner.invoke(main, ["check", "--only", "urls", str(out / "de" / "seeds.po")])
    assert check.exit_code == 0, check.output


def _catalog(tmp_path, runner) -> object:
    article = tmp_path / "seeds.txt"
    article.write_text("Seeds for spring\n\nOrder at www.parkseed.com today.\n", encoding="utf-8")
    out = tmp_path / "l10n"
    result = runner.invoke(
        main, ["translate", str(article), "--to", "de", "--engine", "pseudo", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    return out / "de" / "seeds.po"


def _set_msgstr(po, msgstr: str, reviewed: bool) -> None:
    text = po.read_text(encoding="utf-8")
    head, entry = text.split('msgid "Order at www.parkseed.com today."\n')
    if reviewed:
        head = head[: head.rindex("#, fuzzy")] + head[head.rindex("#, fuzzy") :].replace("#, fuzzy\n", "", 1)
    entry = re.sub(r'msgstr ".*"', f'msgstr "{msgstr}"', entry, count=1)
    po.write_text(head + 'msgid "Order at www.parkseed.com today."\n' + entry, encoding="utf-8")


def test_check_fix_puts_back_a_spaced_out_address_in_a_reviewed_entry(tmp_path, runner) -> None:
    po = _catalog(tmp_path, runner)
    _set_msgstr(po, "Bestellen Sie heute bei www. parkseed. com.", reviewed=True)
    assert runner.invoke(main, ["check", str(po)]).exit_code == 1
    fixed = runner.invoke(main, ["check", "--fix", str(po)])
    assert "www.parkseed.com" in fixed.output
    entry = next(e for e in read_catalog(po).entries if "www." in e.msgid)
    assert entry.msgstr == "Bestellen Sie heute bei www.parkseed.com." and not entry.fuzzy


def test_check_fix_leaves_a_translators_other_address_and_reports_it(tmp_path, runner) -> None:
    po = _catalog(tmp_path, runner)
    _set_msgstr(po, "Bestellen Sie heute bei www.parkseed.de.", reviewed=True)
    before = po.read_bytes()
    fixed = runner.invoke(main, ["check", "--fix", str(po)])
    assert fixed.exit_code == 1 and "not copied unchanged: www.parkseed.com" in fixed.output
    assert po.read_bytes() == before


def test_a_handle_is_an_address_too() -> None:
    """A social handle MT spaced out or re-cased goes back; one it changed in letters only in machine output;
    an e-mail address's ``@`` is no handle."""
    source = "Dear <1>@AppleSupport</1>, write to press@bbc.co.uk or follow @AP."
    assert addresses(source) == ["@AppleSupport", "press@bbc.co.uk", "@AP"]
    spaced = "Liebe <1>@ AppleSupport</1>, schreiben Sie an press@bbc.co.uk oder folgen Sie @ap."
    expected = "Liebe <1>@AppleSupport</1>, schreiben Sie an press@bbc.co.uk oder folgen Sie @AP."
    assert lost(source, spaced) == ["@AppleSupport", "@AP"]
    assert restore(source, spaced).text == expected
    other = "Liebe <1>@AppleHilfe</1>, schreiben Sie an press@bbc.co.uk oder folgen Sie @AP."
    assert restore(source, other).text == other
    assert lost(source, other) == ["@AppleSupport"]

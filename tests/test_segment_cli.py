"""`segment`: the units of an article, as text or JSON."""

from __future__ import annotations

import json

from newsl10n.cli import main


def test_segment_json_lists_units_and_dropped_blocks(runner, example):
    result = runner.invoke(main, ["segment", str(example), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) == {"units", "dropped", "notices"}
    assert data["notices"] == []  # what reading changed or doubts (invisible characters, a declared language)
    first, second = data["units"][:2]
    assert first == {
        "id": "h1",
        "kind": "headline",
        "paragraph": 0,
        "sentence": 1,
        "line": 1,
        "text": "Kremlin: Patriots would be legitimate target – Christmas truce not considered",
    }
    assert (second["id"], second["kind"], second["paragraph"], second["line"]) == ("p1s1", "body", 1, 4)
    assert data["units"][-1]["text"].startswith("Peskov said on Tuesday that there would be no peace")
    assert [(d["line"], d["text"]) for d in data["dropped"]] == [
        (29, "You May Also Like"),
        (31, "Recommended for you"),
        (33, "Immediate Peak"),
    ]


def test_segment_text_output_is_one_unit_per_line_and_reports_drops_on_stderr(runner, example):
    result = runner.invoke(main, ["segment", str(example)])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split("\t") == [
        "h1",
        "1",
        "Kremlin: Patriots would be legitimate target – Christmas truce not considered",
    ]
    assert len(lines) == 17  # the two-sentence quotation is two units (issue 11)
    assert "You May Also Like" in result.stderr and "You May Also Like" not in result.stdout

"""A desk translates one article at a time: the articles translated into the folder before teach the
furniture pass their site's template, as a batch's other articles do, and never take a translator's work."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from newsl10n import api
from newsl10n.catalog import STORY_LINES_FIELD, read_catalog
from newsl10n.cli import main

WIDGET = "Zebra Crossing Weekly Roundup"  # between the paragraphs
FOOTER = "All the news from the harbour, every day"  # under the story: a site's pages share both
STORIES = {
    "council": (
        "Council passes the budget for next year",
        "The council met on Monday to discuss the budget for next year in detail.",
        "Officials said the vote would take place on Friday after a long debate.",
    ),
    "floods": (
        "Floods close streets near the old harbour",
        "The river rose overnight and flooded several streets near the old harbour.",
        "Residents were told to stay at home until the water level went down again.",
    ),
    "museum": (
        "City museum reopens after two years of repairs",
        "The city museum reopened on Saturday after two years of repairs to its roof.",
        "Visitors queued for an hour to see the restored paintings in the main hall.",
    ),
}


def write_story(folder: Path, name: str, widget: str = WIDGET) -> Path:
    headline, first, second = STORIES[name]
    path = folder / f"{name}.txt"
    path.write_text(f"{headline}\n\n{first}\n\n{widget}\n\n{second}\n\n{FOOTER}\n", encoding="utf-8")
    return path


def translate(runner, folder: Path, *args: str) -> dict:
    result = runner.invoke(
        main,
        ["translate", *args, "--to", "de", "--engine", "pseudo", "--out", str(folder / "l10n"), "--json"],
    )
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def recurring_drops(report: dict) -> list[str]:
    return [d["text"] for a in report["articles"] for d in a["dropped"] if "repeated" in d["reason"]]


def msgids(po: Path) -> set[str]:
    return set(read_catalog(po).live())


def test_a_line_an_earlier_article_had_is_the_sites_template(runner, tmp_path):
    translate(runner, tmp_path, str(write_story(tmp_path, "council")))
    report = translate(runner, tmp_path, str(write_story(tmp_path, "floods")))
    assert recurring_drops(report) == [WIDGET, FOOTER]
    po = tmp_path / "l10n" / "de" / "floods.po"
    assert WIDGET not in msgids(po)
    built = api.build(tmp_path / "floods.txt", po).text  # build leaves it out as translate did
    assert built == (tmp_path / "l10n" / "de" / "floods.txt").read_text(encoding="utf-8")
    assert built.count("\n\n") == 2


def test_the_template_remembers_its_story_and_msgfmt_takes_it(runner, tmp_path):
    translate(runner, tmp_path, str(write_story(tmp_path, "council")))
    pot = tmp_path / "l10n" / "council.pot"
    assert read_catalog(pot).metadata[STORY_LINES_FIELD].split()
    if shutil.which("msgfmt"):
        subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(pot)], check=True)


def test_a_rerun_never_drops_what_the_articles_own_catalog_kept(runner, tmp_path):
    """The first article kept the line (nothing told it apart then); a translator may have translated it."""
    council = write_story(tmp_path, "council")
    translate(runner, tmp_path, str(council))
    translate(runner, tmp_path, str(write_story(tmp_path, "floods")))
    report = translate(runner, tmp_path, str(council))
    assert recurring_drops(report) == []
    assert WIDGET in msgids(tmp_path / "l10n" / "de" / "council.po")


def test_a_rerun_keeps_a_sites_line_of_two_sentences_its_catalog_kept(runner, tmp_path):
    """The catalog holds such a line as two entries: the template remembers the line it kept, not just units."""
    slogan = "Harbour Town Gazette. Your town, every day."
    paths = []
    for name in ("council", "floods"):
        headline, first, second = STORIES[name]
        path = tmp_path / f"{name}.txt"
        path.write_text(f"{headline}\n\n{first}\n\n{second}\n\n{slogan}\n\n{FOOTER}\n", encoding="utf-8")
        paths.append(str(path))
    translate(runner, tmp_path, paths[0])
    assert recurring_drops(translate(runner, tmp_path, paths[1])) == [slogan, FOOTER]
    assert recurring_drops(translate(runner, tmp_path, paths[0])) == []
    assert "Your town, every day." in msgids(tmp_path / "l10n" / "de" / "council.po")


def test_a_rerun_of_an_article_whose_template_remembers_nothing_keeps_what_its_catalog_holds(
    runner, tmp_path
):
    """A template an older version wrote has no story fields: its entries tell what the article kept."""
    council = write_story(tmp_path, "council")
    translate(runner, tmp_path, str(council))
    pot = tmp_path / "l10n" / "council.pot"
    pot.write_text(
        "".join(
            line
            for line in pot.read_text(encoding="utf-8").splitlines(True)
            if "X-Newsl10n-Story" not in line
        ),
        encoding="utf-8",
    )
    translate(runner, tmp_path, str(write_story(tmp_path, "floods")))
    translate(runner, tmp_path, str(write_story(tmp_path, "museum")))  # floods and museum teach the template
    assert recurring_drops(translate(runner, tmp_path, str(council))) == []
    assert WIDGET in msgids(tmp_path / "l10n" / "de" / "council.po")


def test_alone_learns_nothing_from_the_batch(runner, tmp_path):
    stories = [str(write_story(tmp_path, name)) for name in ("council", "floods")]
    assert recurring_drops(translate(runner, tmp_path, *stories, "--alone")) == []
    assert recurring_drops(translate(runner, tmp_path / "l10n-2", *stories)) == [WIDGET, FOOTER] * 2


def test_alone_learns_nothing_from_the_folder_but_still_teaches_it(runner, tmp_path):
    translate(runner, tmp_path, str(write_story(tmp_path, "council")), "--alone")
    floods = write_story(tmp_path, "floods")
    assert recurring_drops(translate(runner, tmp_path, str(floods), "--alone")) == []
    assert recurring_drops(translate(runner, tmp_path, str(write_story(tmp_path, "museum")))) == [
        WIDGET,
        FOOTER,
    ]


def test_an_update_of_a_story_under_a_new_name_is_no_other_story(runner, tmp_path):
    translate(runner, tmp_path, str(write_story(tmp_path, "council")))
    update = tmp_path / "council-update.txt"
    headline, first, second = STORIES["council"]
    update.write_text(
        f"{headline}, mayor says\n\n{first}\n\n{WIDGET}\n\n{second}\n\nThe vote was seven to two.\n\n{FOOTER}\n",
        encoding="utf-8",
    )
    assert recurring_drops(translate(runner, tmp_path, str(update))) == []


@pytest.mark.parametrize("widget", ["CanWest News Service", "Staff and agencies"])
def test_a_credit_two_stories_share_stays_with_each(runner, tmp_path, widget):
    translate(runner, tmp_path, str(write_story(tmp_path, "council", widget)))
    assert recurring_drops(translate(runner, tmp_path, str(write_story(tmp_path, "floods", widget)))) == [
        FOOTER
    ]


def test_a_blogs_name_on_top_of_its_posts_is_learnt_and_build_agrees(runner, tmp_path):
    """Headlines that name too little of their story for the page's own signs to tell them from the blog's name."""
    blog = "The BLT: The Blog of Legal Times"
    for name, headline in (
        ("council", "A long night at city hall ends"),
        ("floods", "Nobody saw this one coming at all"),
    ):
        _, first, second = STORIES[name]
        (tmp_path / f"{name}.txt").write_text(
            f"{blog}\n\nNovember 06, 2012\n\n{headline}\n\n{first}\n\n{second}\n", encoding="utf-8"
        )
    translate(runner, tmp_path, str(tmp_path / "council.txt"))
    assert blog in msgids(tmp_path / "l10n" / "de" / "council.po")  # alone, nothing told it apart
    report = translate(runner, tmp_path, str(tmp_path / "floods.txt"))
    assert [d["text"] for d in report["articles"][0]["dropped"]] == [blog]
    po = tmp_path / "l10n" / "de" / "floods.po"
    assert blog not in msgids(po)
    assert '#. headline\n#: floods.txt:5\nmsgid "Nobody saw' in (tmp_path / "l10n" / "floods.pot").read_text()
    built = api.build(tmp_path / "floods.txt", po).text
    assert built == (tmp_path / "l10n" / "de" / "floods.txt").read_text(encoding="utf-8")
    assert built.count("\n\n") == 3  # the date, the headline and two paragraphs


def test_a_headline_among_another_storys_teasers_stays_the_headline(runner, tmp_path):
    """A site lists its other stories under each one: the council's headline stands among the floods' teasers."""
    headline, first, second = STORIES["council"]
    translate(runner, tmp_path, str(write_story(tmp_path, "floods", widget=headline)))
    council = tmp_path / "council.txt"
    council.write_text(f"{headline}\n\nA vote is set for Friday after a long debate\n\n{first}\n\n{second}\n")
    report = translate(runner, tmp_path, str(council))
    assert report["articles"][0]["dropped"] == []
    assert (
        f'#. headline\n#: council.txt:1\nmsgid "{headline}"'
        in (tmp_path / "l10n" / "council.pot").read_text()
    )


@pytest.mark.parametrize("signature", [("Alice Speri",), ("By", "Alice Speri"), ("Author:", "Alice Speri")])
def test_a_regular_writers_byline_and_the_sites_own_headings_stay(runner, tmp_path, signature):
    """A site's regular writer signs many of its stories, and the site heads each story's points the same way
    (CNBC's "Key Points"): a desk that translated one of them before still keeps both in the next."""
    byline = "\n\n".join(signature)
    for name in ("council", "floods"):
        headline, first, second = STORIES[name]
        (tmp_path / f"{name}.txt").write_text(
            f"{headline}\n\n{byline}\n\nKey Points\n\n{first}\n\n{second}\n\n{FOOTER}\n", encoding="utf-8"
        )
    translate(runner, tmp_path, str(tmp_path / "council.txt"))
    report = translate(runner, tmp_path, str(tmp_path / "floods.txt"))
    assert recurring_drops(report) == [FOOTER]
    assert {"Alice Speri", "Key Points"} <= msgids(tmp_path / "l10n" / "de" / "floods.po")

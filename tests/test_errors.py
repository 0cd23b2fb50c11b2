"""Bad input: one line on stderr, exit code 2, no traceback, no file written."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from newsl10n.cli import main


def assert_clean_failure(result, out: Path, fragment: str) -> None:
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("newsl10n: error:")
    assert fragment in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()


def test_unknown_language_code(runner, example, tmp_path):
    out = tmp_path / "l10n"
    result = runner.invoke(
        main, ["translate", str(example), "--to", "ru,xx", "--engine", "none", "--out", str(out)]
    )
    assert_clean_failure(result, out, "'xx'")


def test_missing_article(runner, tmp_path):
    out = tmp_path / "l10n"
    result = runner.invoke(main, ["translate", str(tmp_path / "nope.txt"), "--to", "ru", "--out", str(out)])
    assert_clean_failure(result, out, "nope.txt")


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"  \n\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("Café in Kyiv\n\nThe café reopened.\n".encode("latin-1"), "UTF-8"),
    ],
    ids=["empty", "binary", "latin-1"],
)
def test_unreadable_article(runner, tmp_path, content, fragment):
    out = tmp_path / "l10n"
    article = tmp_path / "article.txt"
    article.write_bytes(content)
    result = runner.invoke(
        main, ["translate", str(article), "--to", "ru", "--out", str(out), "--engine", "none"]
    )
    assert_clean_failure(result, out, fragment)


def test_article_not_in_utf8_names_the_fix(runner, tmp_path):
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Café in Kyiv\n\nThe café reopened.\n".encode("latin-1"))
    result = runner.invoke(main, ["segment", str(latin)])
    assert result.exit_code == 2
    assert "iconv -f latin1 -t utf-8" in result.stderr


def test_unknown_engine_is_a_usage_error(runner, example, tmp_path):
    out = tmp_path / "l10n"
    result = runner.invoke(
        main, ["translate", str(example), "--to", "ru", "--engine", "deepl", "--out", str(out)]
    )
    assert_clean_failure(result, out, "deepl")
    assert "--help" in result.stderr


def test_real_process_prints_no_traceback(example, tmp_path):
    out = tmp_path / "l10n"
    done = subprocess.run(
        [sys.executable, "-m", "newsl10n", "translate", str(example), "--to", "klingon", "--out", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert not out.exists()


@pytest.mark.parametrize("command", [["build", "{article}", "--po", "{missing}"], ["check", "{missing}"]])
def test_missing_po_file(runner, example, tmp_path, command):
    args = [a.format(article=example, missing=tmp_path / "missing.po") for a in command]
    result = runner.invoke(main, args)
    assert result.exit_code == 2
    assert "missing.po" in result.stderr and "Traceback" not in result.stderr


def test_another_articles_catalog_of_the_same_name_is_refused(runner, tmp_path):
    """The page and the CMS file of one story share a name: the second run would have set the first's
    translations aside as obsolete entries, silently."""
    examples = Path(__file__).resolve().parents[1] / "examples"
    page, markdown = tmp_path / "story.html", tmp_path / "story.md"
    page.write_text((examples / "kremlin-patriots.html").read_text(encoding="utf-8"), encoding="utf-8")
    markdown.write_text((examples / "kremlin-patriots.md").read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "l10n"
    first = runner.invoke(main, ["translate", str(page), "--to", "ru", "--engine", "none", "--out", str(out)])
    assert first.exit_code == 0, first.output
    before = {path: path.read_bytes() for path in out.rglob("*") if path.is_file()}
    result = runner.invoke(
        main, ["translate", str(markdown), "--to", "ru", "--engine", "none", "--out", str(out)]
    )
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "story.html" in lines[0] and "--name" in lines[0], result.stderr
    assert {path: path.read_bytes() for path in out.rglob("*") if path.is_file()} == before
    again = runner.invoke(main, ["translate", str(page), "--to", "ru", "--engine", "none", "--out", str(out)])
    assert again.exit_code == 0, again.output
    named = runner.invoke(
        main,
        [
            "translate",
            str(markdown),
            "--to",
            "ru",
            "--engine",
            "none",
            "--out",
            str(out),
            "--name",
            "story-cms",
        ],
    )
    assert named.exit_code == 0, named.output
    assert (out / "ru" / "story-cms.po").exists()


@pytest.mark.parametrize("name", ["story.po", "feed.xml", "story.json"])
def test_a_file_whose_extension_says_it_is_no_article_is_refused(runner, tmp_path, name):
    """A catalog given in the article's place (or a feed, a data file) is not translated line by line as text;
    with --format text it is read as asked."""
    out = tmp_path / "l10n"
    article = tmp_path / name
    article.write_text('msgid "Kyiv"\nmsgstr "Kiew"\n\nThe talks ended on Monday.\n', encoding="utf-8")
    args = ["translate", str(article), "--to", "de", "--engine", "none", "--out", str(out)]
    assert_clean_failure(runner.invoke(main, args), out, "--format text")
    assert runner.invoke(main, [*args, "--format", "text"]).exit_code == 0

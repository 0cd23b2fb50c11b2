"""How far ``check`` can be trusted on human translations: problems it reports on professional references.

    python benchmarks/score_check_references.py SOURCE REFERENCE LANG [REFERENCE LANG ...] [--fix] [--show N]

SOURCE is English text, one segment per line; each REFERENCE is its translation into LANG, line for line
(a WMT test set: ``generaltest2022.en-de.src.en`` with ``generaltest2022.en-de.ref.A.de``). Each pair
becomes a catalog of reviewed entries (as a translator leaves them), which ``newsl10n check`` reads
with the project's glossary. A professional reference has few real errors, so most of what is reported
is what a translator would have to wave away: the counts per check are the figure to bring down, and
``--show`` prints examples of each to judge by hand. ``--fix`` also runs ``check --fix`` on a copy and
prints every entry it changed, each of which must be a plain error mended.
"""

from __future__ import annotations

import argparse
import collections
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent


def catalog(source: Path, reference: Path, lang: str, out: Path) -> None:
    """Write the pair as a PO file of reviewed entries, one per line, told apart by its line number."""
    sources = source.read_text(encoding="utf-8").splitlines()
    targets = reference.read_text(encoding="utf-8").splitlines()
    if len(sources) != len(targets):
        sys.exit(f"{reference}: {len(targets)} lines, {source}: {len(sources)}")
    po = polib.POFile()
    po.metadata = {
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "MIME-Version": "1.0",
        "Language": lang,
    }
    for number, (english, translated) in enumerate(zip(sources, targets, strict=True), 1):
        label = f"line {number}"
        po.append(polib.POEntry(msgctxt=label, msgid=english, msgstr=translated))
    po.save(str(out))


def check(paths: list[Path], fix: bool) -> list[dict]:
    command = [sys.executable, "-m", "newsl10n", "check", "--json", "--glossary", str(ROOT / "glossary")]
    result = subprocess.run(
        [*command, *(["--fix"] if fix else []), *map(str, paths)], capture_output=True, text=True
    )
    if result.returncode not in (0, 1):
        sys.exit(result.stderr.strip())
    return json.loads(result.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("source", type=Path)
    parser.add_argument("pairs", nargs="+", help="REFERENCE LANG, repeated")
    parser.add_argument("--fix", action="store_true", help="also run check --fix and list what it changed")
    parser.add_argument("--show", type=int, default=0, help="examples to print per check")
    args = parser.parse_args()
    if len(args.pairs) % 2:
        parser.error("give each reference with its language")
    with tempfile.TemporaryDirectory() as tmp:
        paths, names = [], {}
        for index in range(0, len(args.pairs), 2):
            reference, lang = Path(args.pairs[index]), args.pairs[index + 1]
            folder = Path(tmp) / str(index // 2)
            folder.mkdir()
            path = folder / f"{lang}.po"
            catalog(args.source, reference, lang, path)
            names[str(path)] = f"{reference.name} ({lang})"
            paths.append(path)
        for report in check(paths, fix=False):
            by_check = collections.Counter(p["check"] for e in report["details"] for p in e["problems"])
            entries = len(report["details"])
            name = names.get(report["path"], report["path"])
            print(f"{name}: {report['problems']} problems in {entries} of {report['entries']} entries")
            print("   ", ", ".join(f"{name} {count}" for name, count in by_check.most_common()) or "none")
            shown: collections.Counter[str] = collections.Counter()
            for detail in report["details"]:
                for problem in detail["problems"]:
                    if shown[problem["check"]] < args.show:
                        shown[problem["check"]] += 1
                        print(f"  [{problem['check']}] {problem['message']}")
                        print(f"      en: {detail['msgid'][:200]}")
        if args.fix:
            before = {str(path): path.read_text(encoding="utf-8") for path in paths}
            check(paths, fix=True)
            for path in paths:
                old = {e.msgctxt: e.msgstr for e in polib.pofile(before[str(path)])}
                changed = [e for e in polib.pofile(str(path)) if old.get(e.msgctxt) != e.msgstr]
                print(f"{names[str(path)]}: check --fix changed {len(changed)} entries")
                for entry in changed[: args.show or len(changed)]:
                    print(f"  {entry.msgctxt}: {old[entry.msgctxt][:160]}")
                    print(f"  {' ' * len(entry.msgctxt)}  {entry.msgstr[:160]}")


if __name__ == "__main__":
    main()

"""The PO layer on real catalogs: speed against polib, lossless round trips, diff size of one change.

    python benchmarks/bench_po.py DIR_OR_FILE... [--changes-per-file N] [--msgfmt]

For every PO file below the arguments: parse it with newsl10n.po and with polib (CPU time, best of
three, both in this process), render it unchanged and compare with the bytes read, then change up to
N translated entries one at a time (a word inserted in the msgstr) and count the diff lines and any
changed line outside the entry. With --msgfmt every changed file is also checked with ``msgfmt -c``.
Timings are ratios measured in one run on one machine; they are not asserted anywhere.
"""

from __future__ import annotations

import argparse
import difflib
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import polib

from newsl10n.po import EntryChange, MalformedCatalog, parse, render, render_changes


def cpu_seconds(function, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        function()
        best = min(best, time.process_time() - start)
    return best


def diff_rows(before: bytes, after: bytes) -> tuple[int, list[int]]:
    """Lines removed plus added, as diff counts them, and the rows of ``before`` they touch.

    The common head and tail are cut off first, so a local change in a large file stays cheap.
    """
    old, new = before.split(b"\n"), after.split(b"\n")
    head = 0
    while head < min(len(old), len(new)) and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < min(len(old), len(new)) - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    matcher = difflib.SequenceMatcher(
        a=old[head : len(old) - tail], b=new[head : len(new) - tail], autojunk=False
    )
    lines = 0
    rows: list[int] = []
    for tag, first, last, start, end in matcher.get_opcodes():
        if tag != "equal":
            lines += (last - first) + (end - start)
            rows.extend(range(head + first, head + max(last, first + 1)))
    return lines, rows


def msgfmt_accepts(data: bytes) -> bool:
    with tempfile.NamedTemporaryFile(suffix=".po") as handle:
        handle.write(data)
        handle.flush()
        return (
            subprocess.run(["msgfmt", "-c", "-o", "/dev/null", handle.name], capture_output=True).returncode
            == 0
        )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--changes-per-file", type=int, default=5)
    parser.add_argument("--msgfmt", action="store_true")
    options = parser.parse_args(argv)
    files = sorted({p for path in options.paths for p in ([path] if path.is_file() else path.rglob("*.po"))})

    totals = {"files": 0, "entries": 0, "identical": 0, "refused": 0, "ours": 0.0, "polib": 0.0}
    changes = diff_total = outside = msgfmt_rejected = 0
    worst = 0
    for path in files:
        data = path.read_bytes()
        try:
            catalog = parse(data, path)
        except MalformedCatalog as error:
            totals["refused"] += 1
            print(f"refused: {error}", file=sys.stderr)
            continue
        totals["files"] += 1
        totals["entries"] += len(catalog.entries)
        totals["identical"] += render(catalog) == data
        totals["ours"] += cpu_seconds(lambda data=data, path=path: parse(data, path))
        text = data.decode(catalog.encoding)
        totals["polib"] += cpu_seconds(lambda text=text: polib.pofile(text))

        candidates = [e for e in catalog.entries if not e.obsolete and not e.is_plural and " " in e.msgstr]
        step = max(1, len(candidates) // max(options.changes_per_file, 1))
        for entry in candidates[::step][: options.changes_per_file]:
            words = entry.msgstr.split(" ")
            middle = len(words) // 2
            new = " ".join([*words[:middle], "ЗМІНА", *words[middle:]])
            after = render_changes(catalog, {entry.key: EntryChange(msgstr=new)})
            lines, rows = diff_rows(data, after)
            start, end = entry.spans["entry"]
            changes += 1
            diff_total += lines
            worst = max(worst, lines)
            outside += sum(1 for row in rows if not start <= row < end)
            if options.msgfmt and not msgfmt_accepts(after):
                msgfmt_rejected += 1

    entries = totals["entries"]
    print(f"files: {totals['files']} read, {totals['refused']} refused; entries: {entries}")
    print(f"round trip byte-identical: {totals['identical']} of {totals['files']}")
    print(
        f"parse CPU time: newsl10n.po {totals['ours']:.2f}s ({entries / totals['ours']:.0f} entries/s), "
        f"polib {totals['polib']:.2f}s ({entries / totals['polib']:.0f} entries/s), "
        f"speed ratio {totals['polib'] / totals['ours']:.2f}"
    )
    if changes:
        print(
            f"one-entry changes: {changes}; diff lines per change: mean {diff_total / changes:.2f}, "
            f"max {worst}; changed lines outside the entry: {outside}"
        )
    if options.msgfmt:
        print(f"changed files msgfmt -c rejects: {msgfmt_rejected} of {changes}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

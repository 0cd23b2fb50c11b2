"""Benchmark: the translation memory's fuzzy lookup at 100 to 100,000 segments, and the issue-13 harness.

Run ``python benchmarks/bench_memory.py`` (about two minutes on 2 cores) or ``--small`` for a seconds-long
check that the script works. Parts can be picked with ``--only lookup,harness,previous,load,sqlite``.

- **lookup**: a memory of N generated news sentences (100, 10,000, 100,000); the time of
  ``lookup_similar`` for sentences that differ from a stored one by a day or a number (hits) and for fresh
  sentences (misses), against scoring every stored sentence with rapidfuzz (the brute force the index
  replaces), and how often both find a sentence as good.
- **harness**: 40 reviewed articles in ``ru`` (catalogs written as a translator would leave them), then one
  day name or number changed in every sentence and the changed articles translated with
  ``--engine none --tm``: the share of changed units that get a memory suggestion, and the share whose
  suggestion carried the change exactly.
- **previous**: an article whose K sentences all changed, against its old catalog: ``closest_previous`` for
  every sentence (the K × K search the issue measured at 36 s for K = 1,000).
- **load**: reading 100,000 segments from a PO file and from a TMX file, and building the index.
- **sqlite** (only when asked): the same memory in a SQLite FTS5 table, the store considered for large
  memories: build, open, and hit lookups (BM25's top 24 scored with rapidfuzz) against the index.

Times are CPU seconds of the benchmark's process (``time.process_time``, as in issue 13), so other work
on a shared machine does not inflate them. The script imports whatever ``newsl10n`` is on the path, so ``PYTHONPATH=../main/src`` measures another
checkout (parts its memory cannot do are reported as such).

Sentences are generated from the example article: each sentence keeps its shape and function words, its
content words are drawn from a 50,000-word Zipf vocabulary of made-up words, so stored sentences are
distinct and word frequencies look like news text (a few very common words, a long tail of names).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import sys
import tempfile
import time
from bisect import bisect
from itertools import accumulate
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "kremlin-patriots.txt"
SENTENCE_END = re.compile(r"(?<=[.!?”])\s+(?=[A-Z“\"])")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
RU_DAYS_ACCS = ("понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье")
FUNCTION_WORDS = set(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "would",
        "could",
        "will",
        "has",
        "have",
        "had",
        "that",
        "this",
        "these",
        "those",
        "it",
        "its",
        "he",
        "she",
        "they",
        "his",
        "her",
        "their",
        "not",
        "no",
        "said",
        "says",
        "told",
        "than",
        "then",
        "there",
        "which",
        "who",
        "into",
        "about",
        "after",
        "before",
        "since",
        "until",
        "while",
        "if",
        "so",
        "such",
        "also",
        "more",
        "most",
    ]
)
SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ru",
    "sen",
    "ta",
    "vor",
    "is",
    "an",
    "ek",
    "dal",
    "no",
    "pre",
    "ster",
    "um",
    "vi",
    "go",
    "shan",
    "tel",
    "ba",
    "rik",
]


# -- generated text ---------------------------------------------------------------------------------------


def template_sentences() -> list[str]:
    text = EXAMPLE.read_text(encoding="utf-8").split("You May Also Like")[0]
    paragraphs = [" ".join(block.split()) for block in text.split("\n\n") if block.strip()]
    sentences = [s for p in paragraphs for s in SENTENCE_END.split(p) if len(s.split()) >= 4]
    return [s for s in sentences if s.count("“") == s.count("”")]  # a quote cut in two is no sentence


class SentenceMaker:
    """Distinct news-like sentences: the example's sentence shapes, content words from a Zipf vocabulary."""

    def __init__(self, seed: int = 0, vocabulary: int = 50_000) -> None:
        self.rng = random.Random(seed)
        self.templates = template_sentences()
        words = set()
        while len(words) < vocabulary:
            words.add("".join(self.rng.choice(SYLLABLES) for _ in range(self.rng.randint(2, 4))))
        self.words = sorted(words)
        self.rng.shuffle(self.words)
        self.cumulative = list(accumulate(1 / rank for rank in range(1, vocabulary + 1)))

    def word(self) -> str:
        return self.words[bisect(self.cumulative, self.rng.random() * self.cumulative[-1])]

    def sentence(self, placeable: bool = False) -> str:
        """One sentence; with ``placeable``, it says a day or a number (one is added when the shape has none)."""
        tokens = self.rng.choice(self.templates).rstrip(".").split()
        out = []
        for token in tokens:
            core = token.strip("“”\",.:;–’'()$")
            if core.isalpha() and core.lower() not in FUNCTION_WORDS and self.rng.random() < 0.7:
                new = self.word()
                token = token.replace(core, new.capitalize() if core[0].isupper() else new)
            out.append(token)
        sentence = " ".join(out)
        if placeable and not re.search(r"\d|" + "|".join(DAYS), sentence):
            if sentence.endswith(("”", '"')):  # after a closing quote a sentence would end there
                sentence = f"On {self.rng.choice(DAYS)}, {sentence[0].lower()}{sentence[1:]}"
            elif self.rng.random() < 0.5:
                sentence += f" on {self.rng.choice(DAYS)}"
            else:
                sentence += f", {self.rng.randint(2, 40)} {self.word()} said"
        return sentence if sentence.endswith(("”", '"')) else sentence + "."

    def changed(self, sentence: str) -> str:
        """The sentence with one day name or number changed (a number first, as a desk edit would)."""
        number = re.search(r"(?<![\w.,])\d+(?![\d,.]\d)", sentence)
        if number:
            value = int(number.group())
            new = value + self.rng.randint(1, 9)
            return sentence[: number.start()] + str(new) + sentence[number.end() :]
        for day in DAYS:
            if day in sentence:
                other = self.rng.choice([d for d in DAYS if d != day])
                return sentence.replace(day, other, 1)
        return sentence


def toy_russian(sentence: str) -> str:
    """A stand-in for a translator's Russian: placeables written as a Russian desk would, words transliterated."""
    from newsl10n.locale.numbers import locale_form, source_numbers
    from newsl10n.locale.profile import load_profile

    profile = load_profile("ru")
    numbers = {n.start: n for n in source_numbers(sentence)}
    out = []
    tokens = list(re.finditer(r"\d[\d,.]*\d|\d|on (?:{})|\w+|[^\w\s]".format("|".join(DAYS)), sentence))
    for token in tokens:
        text = token.group()
        if text.startswith("on ") and text[3:] in DAYS:
            day = RU_DAYS_ACCS[DAYS.index(text[3:])]
            out.append(("во " if day == "вторник" else "в ") + day)
        elif token.start() in numbers:
            out.append(locale_form(numbers[token.start()], profile))
        elif text[0].isalpha():
            out.append(text.translate(TRANSLIT))
        else:
            out.append(text)
    return re.sub(r" ([.,:;])", r"\1", " ".join(out))


TRANSLIT = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "абцдефгхийклмнопкрстуввхызАБЦДЕФГХИЙКЛМНОПКРСТУВВХЫЗ",
)


def write_po(path: Path, entries: list[tuple[str, str]], lang: str = "ru") -> None:
    import polib

    po = polib.POFile()
    po.metadata = {"Language": lang, "Content-Type": "text/plain; charset=UTF-8"}
    for source, target in entries:
        po.append(polib.POEntry(msgid=source, msgstr=target))
    path.parent.mkdir(parents=True, exist_ok=True)
    po.save(str(path))


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# -- lookup -----------------------------------------------------------------------------------------------


def bench_lookup(sizes: list[int], queries: int) -> list[dict]:
    from rapidfuzz import fuzz, process

    from newsl10n.memory import TranslationMemory

    results = []
    for size in sizes:
        maker = SentenceMaker(seed=size)
        stored = list(dict.fromkeys(maker.sentence(placeable=True) for _ in range(size)))
        memory = TranslationMemory("ru")
        started = time.process_time()
        for number, source in enumerate(stored):
            memory.add(source, f"перевод {number}", False, Path("bench.po"))
        added = time.process_time() - started
        hits = [maker.changed(stored[maker.rng.randrange(len(stored))]) for _ in range(queries)]
        misses = [maker.sentence(placeable=True) for _ in range(queries)]
        started = time.process_time()
        memory.lookup_similar(hits[0])  # the index is built on the first similar lookup
        built = time.process_time() - started
        row = {"segments": len(stored), "add_s": added, "index_s": built}
        try:
            from newsl10n.tm.index import FuzzyIndex
        except ImportError:  # a checkout without the index
            FuzzyIndex = None
        index = FuzzyIndex(stored) if FuzzyIndex else None
        for name, batch in (("hit", hits), ("miss", misses)):
            started = time.process_time()
            found = [memory.lookup_similar(query) for query in batch]
            row[f"{name}_us"] = (time.process_time() - started) / len(batch) * 1e6
            if index is not None:  # the index alone, without carrying placeables
                started = time.process_time()
                for query in batch:
                    index.best(query, 0.75)
                row[f"{name}_index_us"] = (time.process_time() - started) / len(batch) * 1e6
            row[f"{name}_found"] = sum(match is not None for match in found) / len(batch)
            brute_batch = batch[: min(len(batch), 100)]  # scoring everything is slow: 100 queries suffice
            started = time.process_time()
            brute = [
                process.extractOne(query, stored, scorer=fuzz.ratio, score_cutoff=75) for query in brute_batch
            ]
            row[f"{name}_brute_us"] = (time.process_time() - started) / len(brute_batch) * 1e6
            agree = sum(
                (match.score if match else 0) >= (best[1] / 100 if best else 0) - 1e-9
                for match, best in zip(found, brute, strict=False)
            )
            row[f"{name}_as_good_as_brute"] = agree / len(brute_batch)
        row["peak_mb"] = peak_mb()
        results.append(row)
        print(json.dumps(row), file=sys.stderr)
    return results


# -- the harness ------------------------------------------------------------------------------------------


def bench_harness(articles: int, sentences: int) -> dict:
    from newsl10n import api

    maker = SentenceMaker(seed=13)
    with tempfile.TemporaryDirectory(prefix="newsl10n-bench-tm-") as tmp:
        work = Path(tmp)
        reviewed = work / "reviewed" / "ru"
        changed_dir = work / "changed"
        changed_dir.mkdir()
        expected: dict[str, str] = {}
        changed_units = 0
        for number in range(articles):
            lines = [maker.sentence(placeable=True) for _ in range(sentences)]
            name = f"article-{number:03d}"
            write_po(reviewed / f"{name}.po", [(line, toy_russian(line)) for line in lines])
            edited = [maker.changed(line) for line in lines]
            for old, new in zip(lines, edited, strict=True):
                if old != new:
                    changed_units += 1
                    expected[new] = toy_russian(new)
            # one sentence per paragraph, so the segmenter sees exactly these units
            (changed_dir / f"{name}-v2.txt").write_text("\n\n".join(edited) + "\n", encoding="utf-8")
        out = work / "l10n"
        started = time.process_time()
        api.translate(
            sorted(changed_dir.glob("*.txt")),
            "ru",
            engine="none",
            out_dir=out,
            tm_paths=[work / "reviewed"],
            show_progress=False,
        )
        seconds = time.process_time() - started
        import polib

        suggested = exact = 0
        for po_path in sorted((out / "ru").glob("*.po")):
            for entry in polib.pofile(str(po_path)):
                if entry.msgid not in expected or not entry.msgstr:
                    continue
                suggested += "translation memory:" in entry.comment
                exact += entry.msgstr == expected[entry.msgid]
    return {
        "articles": articles,
        "changed_units": changed_units,
        "suggested": suggested / changed_units,
        "carried_exactly": exact / changed_units,
        "seconds": seconds,
    }


# -- previous versions in one article ---------------------------------------------------------------------


def bench_previous(sizes: list[int]) -> list[dict]:
    from newsl10n.memory import closest_previous

    rows = []
    for size in sizes:
        maker = SentenceMaker(seed=size + 1)
        old = list(dict.fromkeys(maker.sentence(placeable=True) for _ in range(size)))
        departed = {sentence: f"перевод {n}" for n, sentence in enumerate(old)}
        new = [maker.changed(sentence) for sentence in old]
        started = time.process_time()
        found = sum(
            closest_previous(sentence, departed) == before for sentence, before in zip(new, old, strict=True)
        )
        rows.append(
            {"sentences": len(old), "seconds": time.process_time() - started, "found": found / len(old)}
        )
        print(json.dumps(rows[-1]), file=sys.stderr)
    return rows


# -- loading ----------------------------------------------------------------------------------------------


def bench_load(size: int) -> dict:
    from newsl10n.memory import TranslationMemory

    maker = SentenceMaker(seed=7)
    stored = list(dict.fromkeys(maker.sentence(placeable=True) for _ in range(size)))
    row: dict = {"segments": len(stored)}
    with tempfile.TemporaryDirectory(prefix="newsl10n-bench-load-") as tmp:
        po_path = Path(tmp) / "ru" / "memory.po"
        write_po(po_path, [(s, f"перевод {n}") for n, s in enumerate(stored)])
        row["po_mb"] = po_path.stat().st_size / 1e6
        memory = TranslationMemory("ru")
        started = time.process_time()
        memory.add_files([po_path])
        row["po_load_s"] = time.process_time() - started
        started = time.process_time()
        memory.lookup_similar(stored[0])
        row["index_s"] = time.process_time() - started
        try:
            from newsl10n.tm.tmx import ExportEntry, tmx_text
        except ImportError:
            row["tmx_load_s"] = None
        else:
            tmx_path = Path(tmp) / "memory.tmx"
            tmx_path.write_text(
                tmx_text(ExportEntry(s, "ru", f"перевод {n}") for n, s in enumerate(stored)), encoding="utf-8"
            )
            row["tmx_mb"] = tmx_path.stat().st_size / 1e6
            from_tmx = TranslationMemory("ru")
            started = time.process_time()
            from_tmx.add_files([tmx_path])
            row["tmx_load_s"] = time.process_time() - started
        import pickle

        started = time.process_time()
        blob = pickle.dumps(memory)
        row["pickle_mb"] = len(blob) / 1e6
        pickle.loads(blob)
        row["pickle_round_trip_s"] = time.process_time() - started
    row["peak_mb"] = peak_mb()
    print(json.dumps(row), file=sys.stderr)
    return row


# -- a SQLite store, considered ----------------------------------------------------------------------------


def bench_sqlite(size: int, queries: int) -> dict:
    """What a SQLite store (FTS5 word index, BM25 ranking, rapidfuzz on the top 24) would cost and find.

    Not part of newsl10n: measured to decide whether the memory should live in SQLite when it is large.
    """
    import sqlite3

    from rapidfuzz import fuzz

    from newsl10n.tm.index import FuzzyIndex

    maker = SentenceMaker(seed=size)
    stored = list(dict.fromkeys(maker.sentence(placeable=True) for _ in range(size)))
    hits = [maker.changed(stored[maker.rng.randrange(len(stored))]) for _ in range(queries)]
    row: dict = {"segments": len(stored)}
    with tempfile.TemporaryDirectory(prefix="newsl10n-bench-sqlite-") as tmp:
        path = Path(tmp) / "memory.sqlite"
        started = time.process_time()
        db = sqlite3.connect(path)
        db.execute("CREATE VIRTUAL TABLE memory USING fts5(source, target UNINDEXED)")
        db.executemany(
            "INSERT INTO memory VALUES (?, ?)", ((s, f"перевод {n}") for n, s in enumerate(stored))
        )
        db.commit()
        db.close()
        row["sqlite_build_s"] = time.process_time() - started
        row["sqlite_mb"] = path.stat().st_size / 1e6
        started = time.process_time()
        db = sqlite3.connect(path)
        row["sqlite_open_s"] = time.process_time() - started
        found = 0
        started = time.process_time()
        for query in hits:
            words = " OR ".join(f'"{w}"' for w in set(re.findall(r"\w+", query.lower())))
            rows = db.execute(
                "SELECT source FROM memory WHERE memory MATCH ? ORDER BY rank LIMIT 24", (words,)
            ).fetchall()
            best = max((fuzz.ratio(query, source) for (source,) in rows), default=0)
            found += best >= 75
        row["sqlite_hit_us"] = (time.process_time() - started) / len(hits) * 1e6
        row["sqlite_hit_found"] = found / len(hits)
        db.close()
    started = time.process_time()
    index = FuzzyIndex(stored)
    row["index_build_s"] = time.process_time() - started
    started = time.process_time()
    found = sum(index.best(query, 0.75) is not None for query in hits)
    row["index_hit_us"] = (time.process_time() - started) / len(hits) * 1e6
    row["index_hit_found"] = found / len(hits)
    print(json.dumps(row), file=sys.stderr)
    return row


def _sizes(value: str | None) -> list[int]:
    return [int(size) for size in value.split(",")] if value else []


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--small", action="store_true", help="small sizes: proves the script works")
    parser.add_argument("--only", default="lookup,harness,previous,load", help="comma-separated parts")
    parser.add_argument("--lookup-sizes", help="memory sizes for the lookup part, e.g. 100,10000,100000")
    parser.add_argument("--previous-sizes", help="article sizes for the previous part, e.g. 100,1000,3000")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    parts = set(args.only.split(","))
    report: dict = {}
    if "lookup" in parts:
        sizes = _sizes(args.lookup_sizes) or ([100, 1000] if args.small else [100, 10_000, 100_000])
        report["lookup"] = bench_lookup(sizes, queries=20 if args.small else 300)
    if "harness" in parts:
        report["harness"] = bench_harness(4 if args.small else 40, 5 if args.small else 15)
    if "previous" in parts:
        report["previous"] = bench_previous(
            _sizes(args.previous_sizes) or ([50, 200] if args.small else [100, 1000, 3000])
        )
    if "sqlite" in parts:
        report["sqlite"] = bench_sqlite(500 if args.small else 100_000, queries=20 if args.small else 300)
    if "load" in parts:
        report["load"] = bench_load(500 if args.small else 100_000)
    if args.json:
        print(json.dumps(report, indent=2))
        return
    for part, figures in report.items():
        print(f"== {part}")
        for row in figures if isinstance(figures, list) else [figures]:
            print(
                "  "
                + "  ".join(f"{k}={v:.3g}" if isinstance(v, float) else f"{k}={v}" for k, v in row.items())
            )


if __name__ == "__main__":
    main()

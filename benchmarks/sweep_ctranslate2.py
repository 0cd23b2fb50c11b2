"""The measurements behind the argos engine's defaults: threads, batch size, beam, attention cost.

``python benchmarks/sweep_ctranslate2.py`` times raw CTranslate2 on the benchmark package (built by
bench_translate.py, forced to a fixed output length) under one setting change at a time. Each
configuration runs in the same process after a warm-up, so the figures compare decoding only.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_translate

BASE = {"inter": 2, "intra": 1, "beam": 4, "tokens": 512, "attention": False, "asynchronous": True}
CHANGES = [
    {},
    {"tokens": 128},
    {"tokens": 256},
    {"tokens": 1024},
    {"tokens": 2048},
    {"inter": 1, "intra": 2},
    {"inter": 1, "intra": 2, "tokens": 2048},
    {"asynchronous": False},
    {"attention": True},
    {"beam": 2},
    {"beam": 2, "attention": True},
    {"beam": 1},
]
REPEATS = 2  # the best of two runs: the first pass over a new batch shape pays for memory growth


def run(translator_for, tokens: list[list[str]], config: dict, length: int) -> float:
    translator = translator_for(config["inter"], config["intra"])
    start = time.perf_counter()
    results = translator.translate_batch(
        tokens,
        max_batch_size=config["tokens"],
        batch_type="tokens",
        beam_size=config["beam"],
        return_attention=config["attention"],
        min_decoding_length=length,
        max_decoding_length=length,
        asynchronous=config["asynchronous"],
    )
    if config["asynchronous"]:
        results = [result.result() for result in results]
    assert len(results) == len(tokens)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=3)
    parser.add_argument("--length", type=int, default=40)
    parser.add_argument("--small", action="store_true")
    args = parser.parse_args()

    import tempfile
    import zipfile

    import ctranslate2
    import sentencepiece

    size = bench_translate.SMALL if args.small else bench_translate.FULL
    cache = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "newsl10n-bench"
    archive = bench_translate.build_package(size, cache)
    with tempfile.TemporaryDirectory() as tmp:
        with zipfile.ZipFile(archive) as zf:
            zf.extractall(tmp)
        package = next(Path(tmp).iterdir())
        sp = sentencepiece.SentencePieceProcessor(model_file=str(package / "sentencepiece.model"))
        sentences = [
            s
            for article in bench_translate.make_articles(args.articles)
            for paragraph in article
            for s in bench_translate.split_sentences(paragraph)
        ]
        tokens = sorted((sp.encode(s, out_type=str) for s in sentences), key=len)
        translators: dict[tuple[int, int], ctranslate2.Translator] = {}

        def translator_for(inter: int, intra: int) -> ctranslate2.Translator:
            if (inter, intra) not in translators:
                translators.clear()
                translators[inter, intra] = ctranslate2.Translator(
                    str(package / "model"), device="cpu", inter_threads=inter, intra_threads=intra
                )
                run(translator_for, tokens, {**BASE, "inter": inter, "intra": intra}, 8)  # warm-up
            return translators[inter, intra]

        print(json.dumps({"sentences": len(tokens), "length": args.length, "base": BASE}))
        base_seconds = None
        for change in CHANGES:
            config = {**BASE, **change}
            seconds = min(run(translator_for, tokens, config, args.length) for _ in range(REPEATS))
            base_seconds = base_seconds or seconds
            label = ", ".join(f"{k}={v}" for k, v in change.items()) or "base"
            print(
                f"{label:<28} {seconds:7.2f} s  {len(tokens) / seconds:6.1f} sent/s  {seconds / base_seconds:5.2f}x"
            )


if __name__ == "__main__":
    main()

"""Benchmark: newsl10n's argos engine against argostranslate and a raw CTranslate2 batch.

Run ``python benchmarks/bench_translate.py`` (about a minute on 2 cores; the model is built once and
cached), or ``--small`` for a seconds-long check that the script works.

It builds a random-weight package the size of an Argos transformer-base model (6+6 layers, d=512,
8 heads, FFN 2048, 32k SentencePiece vocabulary, int8 like the published models) and translates the
same sentences three ways, each in a fresh process so start-up (imports, model load) is counted:

1. ``newsl10n``: the engine path the pipeline runs (``create_engine("argos").translate``),
2. ``argostranslate``: its own ``translate.translate`` on the same package, one call per article,
   with its run-time-downloaded sentence splitter replaced by the simple one used here,
3. ``raw``: one ``ctranslate2`` ``translate_batch`` over pre-tokenized sentences: the floor.

Random weights decide output lengths at random, so every mode is forced to the same decoding work:
the same beam size and exactly ``--length`` target tokens per sentence (``min_decoding_length =
max_decoding_length``, set by a thin ``ctranslate2.Translator`` subclass installed in every mode).
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()  # before any heavy import: start-up counts

import argparse  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import random  # noqa: E402
import re  # noqa: E402
import resource  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "kremlin-patriots.txt"
MODES = ("newsl10n", "argostranslate", "raw")
SENTENCE_END = re.compile(r"(?<=[.!?”])\s+(?=[A-Z“\"])")
BOILERPLATE_START = "You May Also Like"

FULL = {"layers": 6, "heads": 8, "d_model": 512, "ffn": 2048, "vocab_size": 32000, "corpus_lines": 40000}
SMALL = {"layers": 2, "heads": 2, "d_model": 64, "ffn": 128, "vocab_size": 500, "corpus_lines": 400}


# -- text ---------------------------------------------------------------------------------------


def split_sentences(paragraph: str) -> list[str]:
    """The one sentence splitter every mode uses, so they all translate the same sentences."""
    return [sentence.strip() for sentence in SENTENCE_END.split(paragraph) if sentence.strip()]


def make_articles(count: int, seed: int = 0) -> list[list[str]]:
    """``count`` distinct articles (lists of paragraphs): the example, then word-shuffled variants of it.

    Shuffling keeps the length and vocabulary of real news sentences while making every article
    different (argostranslate caches paragraphs it has just seen).
    """
    text = EXAMPLE.read_text(encoding="utf-8").split(BOILERPLATE_START)[0]
    paragraphs = [" ".join(block.split()) for block in text.split("\n\n") if block.strip()]
    rng = random.Random(seed)
    articles = [paragraphs]
    for _ in range(count - 1):
        article = []
        for paragraph in paragraphs:
            sentences = []
            for sentence in split_sentences(paragraph):
                words = sentence.rstrip(".!?").split()
                rng.shuffle(words)
                sentences.append(" ".join(words).capitalize() + ".")
            article.append(" ".join(sentences))
        articles.append(article)
    return articles


# -- the package --------------------------------------------------------------------------------


def build_package(size: dict, cache: Path) -> Path:
    """Build (once) and return the .argosmodel for ``size``."""
    sys.path.insert(0, str(ROOT / "tests"))
    from argosmodel import build_argos_package

    name = "-".join(f"{key}{value}" for key, value in sorted(size.items()))
    folder = cache / name
    found = sorted(folder.glob("*.argosmodel"))
    if found:
        return found[0]
    print(f"building the benchmark package ({name}) in {folder} ...", file=sys.stderr)
    return build_argos_package(folder, "ru", quantization="int8", eos_bias=0.0, **size)


def install(archive: Path, packages: Path) -> Path:
    os.environ["ARGOS_PACKAGES_DIR"] = str(packages)
    from newsl10n.packages import find_package, install_file

    if find_package("ru") is None:
        install_file(archive)
    return find_package("ru").package_path


# -- the child processes ------------------------------------------------------------------------


def force_length(length: int) -> None:
    """Make every Translator decode exactly ``length`` tokens: equal work for random weights."""
    import ctranslate2

    class FixedLengthTranslator(ctranslate2.Translator):
        def translate_batch(self, *args, **kwargs):
            kwargs["min_decoding_length"] = kwargs["max_decoding_length"] = length
            return super().translate_batch(*args, **kwargs)

    ctranslate2.Translator = FixedLengthTranslator


def run_newsl10n(articles: list[list[str]], args) -> int:
    from newsl10n.engines import EngineOptions, create_engine
    from newsl10n.model import Segment
    from newsl10n.progress import progress

    segments = [
        Segment(sentence, "ru")
        for article in articles
        for paragraph in article
        for sentence in split_sentences(paragraph)
    ]
    if args.no_scores:
        from functools import partialmethod

        from newsl10n.engines.argos_model import ArgosModel

        ArgosModel.translate = partialmethod(ArgosModel.translate, scores=False)
    engine = create_engine("argos", EngineOptions(beam_size=args.beam, device="cpu", threads=args.threads))
    with progress("translating", len(segments), enabled=False) as bar:
        engine.translate(segments, "ru", bar)
    # Random weights loop at times: such output is rejected (left empty with a "machine" problem).
    assert all(segment.target or segment.problems for segment in segments)
    return len(segments)


class SimpleSentencizer:
    """Stands in for argostranslate's MiniSBD splitter, which downloads a model at run time."""

    def __init__(self, pkg) -> None:
        self.pkg = pkg

    def split_sentences(self, text: str) -> list[str]:
        return split_sentences(text)


def run_argostranslate(articles: list[list[str]], args) -> int:
    os.environ["ARGOS_BEAM_SIZE"] = str(args.beam)
    import argostranslate.translate as argos_translate

    argos_translate.MiniSBDSentencizer = SimpleSentencizer
    count = 0
    for article in articles:
        result = argos_translate.translate("\n".join(article), "en", "ru")
        assert result.strip()
        count += sum(len(split_sentences(paragraph)) for paragraph in article)
    return count


def run_raw(articles: list[list[str]], args, package_path: Path) -> int:
    import sentencepiece

    from newsl10n.engines.argos_model import MAX_BATCH_TOKENS, thread_plan

    sp = sentencepiece.SentencePieceProcessor(model_file=str(package_path / "sentencepiece.model"))
    sentences = [s for article in articles for paragraph in article for s in split_sentences(paragraph)]
    tokens = sorted((sp.encode(s, out_type=str) for s in sentences), key=len)
    import ctranslate2

    inter, intra = thread_plan("cpu", args.threads)
    translator = ctranslate2.Translator(
        str(package_path / "model"), device="cpu", inter_threads=inter, intra_threads=intra
    )
    loaded = time.perf_counter()
    # asynchronous: the batches run on every worker at once, as in the engine; the synchronous
    # call measured ~10% slower here, so it would flatter the comparison.
    pending = translator.translate_batch(
        tokens, max_batch_size=MAX_BATCH_TOKENS, batch_type="tokens", beam_size=args.beam, asynchronous=True
    )
    results = [result.result() for result in pending]
    assert len(results) == len(tokens)
    print(json.dumps({"translate_only": time.perf_counter() - loaded}), file=sys.stderr)
    return len(tokens)


def child(args) -> None:
    """One measured run; prints its figures as JSON on stdout."""
    articles = json.loads(Path(args.articles_file).read_text(encoding="utf-8"))
    os.environ["ARGOS_PACKAGES_DIR"] = args.packages
    force_length(args.length)
    if args.child == "newsl10n":
        count = run_newsl10n(articles, args)
    elif args.child == "argostranslate":
        count = run_argostranslate(articles, args)
    else:
        count = run_raw(articles, args, Path(args.package_path))
    seconds = time.perf_counter() - STARTED
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"mode": args.child, "seconds": seconds, "sentences": count, "peak_mb": peak_mb}))


def measure(mode: str, args, work: Path, package_path: Path) -> dict:
    command = [
        sys.executable,
        __file__,
        "--child",
        mode,
        "--articles-file",
        str(work / "articles.json"),
        "--packages",
        str(work / "packages"),
        "--package-path",
        str(package_path),
        "--beam",
        str(args.beam),
        "--length",
        str(args.length),
    ]
    if args.threads:
        command += ["--threads", str(args.threads)]
    if args.no_scores:
        command.append("--no-scores")
    env = {**os.environ, "XDG_DATA_HOME": str(work / "xdg-data"), "XDG_CACHE_HOME": str(work / "xdg-cache")}
    env["XDG_CONFIG_HOME"] = str(work / "xdg-config")
    wall = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    wall = time.perf_counter() - wall
    if done.returncode != 0:
        raise SystemExit(f"{mode} run failed:\n{done.stderr}")
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    for line in done.stderr.splitlines():
        if line.startswith("{"):
            figures.update(json.loads(line))
    figures["wall"] = wall
    return figures


# -- the report ---------------------------------------------------------------------------------


def report(results: dict[str, dict], args) -> str:
    lines = [
        f"{'mode':<15}{'seconds':>9}{'wall':>9}{'sent/s':>9}{'peak MB':>9}",
    ]
    for mode in MODES:
        r = results[mode]
        lines.append(
            f"{mode:<15}{r['seconds']:>9.2f}{r['wall']:>9.2f}{r['sentences'] / r['seconds']:>9.1f}{r['peak_mb']:>9.0f}"
        )
    ours, argos, raw = (results[mode]["seconds"] for mode in MODES)
    lines.append(f"argostranslate / newsl10n: {argos / ours:.2f}x faster (target >= 2.5x)")
    lines.append(f"newsl10n / raw ctranslate2: {ours / raw:.2f}x (target <= 1.4x, start-up included in both)")
    if "translate_only" in results["raw"]:
        lines.append(f"newsl10n / raw translate_batch alone: {ours / results['raw']['translate_only']:.2f}x")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--small", action="store_true", help="tiny model and text: proves the script works")
    parser.add_argument("--articles", type=int, default=None, help="number of articles (default 6, small 2)")
    parser.add_argument(
        "--beam", type=int, default=4, help="beam size for every mode (argostranslate's default 4)"
    )
    parser.add_argument(
        "--length", type=int, default=None, help="target tokens per sentence (default 40, small 8)"
    )
    parser.add_argument("--threads", type=int, default=None, help="CPU threads (default: all cores)")
    parser.add_argument("--cache", type=Path, default=None, help="where built packages are kept")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--no-scores", action="store_true", help="newsl10n without confidence scores (to measure their cost)"
    )
    parser.add_argument("--child", choices=MODES, help=argparse.SUPPRESS)
    parser.add_argument("--articles-file", help=argparse.SUPPRESS)
    parser.add_argument("--packages", help=argparse.SUPPRESS)
    parser.add_argument("--package-path", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args)
        return

    import tempfile

    size = SMALL if args.small else FULL
    args.articles = args.articles or (2 if args.small else 6)
    args.length = args.length or (8 if args.small else 40)
    cache_root = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
    cache = args.cache or cache_root / "newsl10n-bench"
    archive = build_package(size, cache)
    with tempfile.TemporaryDirectory(prefix="newsl10n-bench-") as tmp:
        work = Path(tmp)
        articles = make_articles(args.articles)
        (work / "articles.json").write_text(json.dumps(articles), encoding="utf-8")
        package_path = install(archive, work / "packages")
        results = {mode: measure(mode, args, work, package_path) for mode in MODES}
    settings = {
        "model": size,
        "articles": args.articles,
        "sentences": results["raw"]["sentences"],
        "beam": args.beam,
        "target_tokens": args.length,
        "confidence_scores": not args.no_scores,
        "cpus": os.cpu_count(),
    }
    if args.json:
        print(json.dumps({"settings": settings, "results": results}, indent=2))
    else:
        print(json.dumps(settings))
        print(report(results, args))


if __name__ == "__main__":
    main()

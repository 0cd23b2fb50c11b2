"""Build tiny but genuine ``.argosmodel`` files for tests (and bigger ones for the benchmark).

A package is what Argos Translate ships: a zip holding one folder with ``metadata.json``, a
SentencePiece model and a CTranslate2 Transformer in ``model/``. The weights are random (seeded), so
the output is gibberish, but deterministic gibberish: tests assert behaviour, never wording.
"""

from __future__ import annotations

import io
import json
import random
import shutil
import tempfile
import zipfile
from pathlib import Path

EXAMPLE_ARTICLE = Path(__file__).resolve().parents[1] / "examples" / "kremlin-patriots.txt"
SYLLABLES = [
    "ka",
    "ri",
    "to",
    "mo",
    "na",
    "le",
    "sa",
    "pe",
    "di",
    "vu",
    "zo",
    "bi",
    "fe",
    "gu",
    "ha",
    "ji",
    "ko",
    "lu",
    "me",
    "ni",
    "po",
    "qu",
    "ra",
    "se",
    "ti",
    "wa",
    "xe",
    "yo",
    "ze",
]


def generated_corpus(lines: int, seed: int = 0, words_per_line: int = 14) -> list[str]:
    """Sentences of made-up words mixed with English, so SentencePiece has enough text to learn from."""
    rng = random.Random(seed)
    english = EXAMPLE_ARTICLE.read_text(encoding="utf-8").split()
    corpus: list[str] = []
    for _ in range(lines):
        words = []
        for _ in range(words_per_line):
            if rng.random() < 0.5:
                words.append(rng.choice(english))
            else:
                words.append("".join(rng.choices(SYLLABLES, k=rng.randint(1, 4))))
        corpus.append(" ".join(words).capitalize() + rng.choice([".", ".", "?", "!"]))
    return corpus


def train_sentencepiece(
    path: Path, vocab_size: int, corpus_lines: int = 400, seed: int = 0, model_type: str = "bpe"
) -> list[str]:
    """Train a SentencePiece model at ``path``; returns its vocabulary in id order."""
    import sentencepiece as spm

    text = EXAMPLE_ARTICLE.read_text(encoding="utf-8").splitlines()
    sentences = [line for line in text if line.strip()] * 3 + generated_corpus(corpus_lines, seed)
    model = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(sentences),
        model_writer=model,
        vocab_size=vocab_size,
        model_type=model_type,
        character_coverage=1.0,
        hard_vocab_limit=False,
        num_threads=2,
        minloglevel=2,
    )
    path.write_bytes(model.getvalue())
    processor = spm.SentencePieceProcessor(model_file=str(path))
    return [processor.id_to_piece(i) for i in range(processor.get_piece_size())]


def build_transformer(
    model_dir: Path,
    vocabulary: list[str],
    *,
    layers: int = 2,
    heads: int = 2,
    d_model: int = 64,
    ffn: int = 128,
    seed: int = 0,
    eos_bias: float = 0.0,
    quantization: str | None = None,
    source_gain: float = 1.0,
    token_bias: dict[str, float] | None = None,
) -> None:
    """Save a CTranslate2 Transformer with seeded random weights and a shared vocabulary.

    ``source_gain`` scales what the decoder takes from the source (the cross-attention output): above
    1, different sentences get more different outputs. ``token_bias`` adds to the output logits of
    the given tokens (a model that only ever says "▁" returns nothing).
    """
    import numpy as np
    from ctranslate2.specs import TransformerSpec

    rng = np.random.default_rng(seed)
    vocab = len(vocabulary)
    spec = TransformerSpec.from_config(layers, heads)
    shapes = {
        "embeddings_0/weight": (vocab, d_model),
        "embeddings/weight": (vocab, d_model),
        "self_attention/linear_0/weight": (3 * d_model, d_model),
        "self_attention/linear_1/weight": (d_model, d_model),
        "attention/linear_0/weight": (d_model, d_model),
        "attention/linear_1/weight": (2 * d_model, d_model),
        "attention/linear_2/weight": (d_model, d_model),
        "ffn/linear_0/weight": (ffn, d_model),
        "ffn/linear_1/weight": (d_model, ffn),
        "projection/weight": (vocab, d_model),
    }

    def weight(name: str):
        if name.endswith("/gamma"):
            return np.ones(d_model, dtype=np.float32)
        if name.endswith("/beta"):
            return np.zeros(d_model, dtype=np.float32)
        shape = next(shape for suffix, shape in shapes.items() if name.endswith(suffix))
        gain = source_gain if name.startswith("decoder/") and "/attention/linear_2/" in name else 1.0
        return (gain * rng.standard_normal(shape) / np.sqrt(shape[1])).astype(np.float32)

    for name, value in spec.variables(ordered=True):
        if value is None:
            *scope, attribute = name.split("/")
            layer = spec
            for key in scope:
                layer = getattr(layer, key) if hasattr(layer, key) else _indexed(layer, key)
            setattr(layer, attribute, weight(name))
    bias = np.zeros(vocab, dtype=np.float32)
    bias[vocabulary.index("</s>")] = eos_bias
    for token, value in (token_bias or {}).items():
        bias[vocabulary.index(token)] += value
    spec.decoder.projection.bias = bias
    spec.register_source_vocabulary(vocabulary)
    spec.register_target_vocabulary(vocabulary)
    spec.validate()
    spec.optimize(quantization=quantization)
    model_dir.mkdir(parents=True, exist_ok=True)
    spec.save(str(model_dir))


def _indexed(layer, key: str):
    name, index = key.rsplit("_", 1)
    return getattr(layer, name)[int(index)]


def build_argos_package(
    dest_dir: Path,
    to_code: str = "ru",
    *,
    from_code: str = "en",
    version: str = "1.0",
    seed: int = 1,
    vocab_size: int = 300,
    corpus_lines: int = 400,
    layers: int = 2,
    heads: int = 2,
    d_model: int = 64,
    ffn: int = 128,
    eos_bias: float = 3.0,
    target_prefix: str = "",
    quantization: str | None = None,
    metadata_extra: dict | None = None,
    source_gain: float = 6.0,
    model_seed: int | None = 2,
    token_bias: dict[str, float] | None = None,
) -> Path:
    """Write ``translate-<from>_<to>-<version>.argosmodel`` into ``dest_dir`` and return its path.

    Random weights tend to loop ("t t t t ...") or ignore the source. The defaults (seeds, end-of-
    sentence bias, source gain) were picked by trying: on the example article and the engine tests'
    sentences they give short, distinct outputs that :mod:`newsl10n.engines.quality` accepts, so
    tests of the engine see usable output and tests of the quality check build bad models on purpose.
    """
    name = f"translate-{from_code}_{to_code}-{version.replace('.', '_')}"
    dest_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        root = Path(work) / name
        root.mkdir()
        vocabulary = train_sentencepiece(root / "sentencepiece.model", vocab_size, corpus_lines, seed)
        if target_prefix and target_prefix not in vocabulary:
            vocabulary.append(target_prefix)
        build_transformer(
            root / "model",
            vocabulary,
            layers=layers,
            heads=heads,
            d_model=d_model,
            ffn=ffn,
            seed=seed if model_seed is None else model_seed,  # None: the tokenizer's seed
            eos_bias=eos_bias,
            quantization=quantization,
            source_gain=source_gain,
            token_bias=token_bias,
        )
        metadata = {
            "package_version": version,
            "argos_version": "1.9.0",
            "from_code": from_code,
            "from_name": "English" if from_code == "en" else from_code,
            "to_code": to_code,
            "to_name": to_code,
            "type": "translate",
            **({"target_prefix": target_prefix} if target_prefix else {}),
            **(metadata_extra or {}),
        }
        (root / "metadata.json").write_text(json.dumps(metadata, indent=2), encoding="utf-8")
        (root / "README.md").write_text("Random weights, for tests only.\n", encoding="utf-8")
        archive = dest_dir / f"{name}.argosmodel"
        partial = archive.with_suffix(".partial")
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_STORED) as zf:
            for path in sorted(root.rglob("*")):
                zf.write(path, path.relative_to(work))
        shutil.move(partial, archive)
    return archive


def session_package(tmp_path_factory, to_code: str = "ru", **options) -> Path:
    """Build a package once per test session (per distinct options) and return the cached file."""
    key = "-".join([to_code, *(f"{name}={value}" for name, value in sorted(options.items()))])
    folder = tmp_path_factory.getbasetemp() / "argosmodels" / key.replace("/", "_")
    found = sorted(folder.glob("*.argosmodel"))
    return found[0] if found else build_argos_package(folder, to_code, **options)

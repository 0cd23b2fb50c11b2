"""One installed Argos package, loaded for batch translation with CTranslate2.

We do not go through ``argostranslate.translate``: it downloads a sentence splitter at run time,
re-splits text we already segmented and translates paragraph by paragraph in tiny batches. Here the
whole job goes to CTranslate2 at once, sorted by length and batched by tokens, and each model is
loaded once per process.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsl10n.engines.argos_align import word_alignment
from newsl10n.engines.quality import confidence

if TYPE_CHECKING:
    from argostranslate.package import Package

# Measured on 2 cores with a transformer-base model (benchmarks/README.md):
DEFAULT_BEAM_SIZE = 2  # beam 4 costs ~1.6x the time of beam 2 for little gain on news prose
MAX_BATCH_TOKENS = 1024  # padded source tokens per batch: 1024 ≈ 2048 > 512; keeps both workers busy
LENGTH_PENALTY = 0.2  # argostranslate's value, tuned for its models

_SPACE_BEFORE = re.compile(r"\s+([,.;:!?%)\]}»…])")
_SPACE_AFTER = re.compile(r"([(\[{«„])\s+")
_SPACES = re.compile(r"\s+")

_TRANSLATORS: dict[tuple[str, str, int, int], Any] = {}


@dataclass(frozen=True)
class Translation:
    text: str
    alignment: list[tuple[int, int]] | None
    confidence: float | None = None  # the model's geometric-mean token probability, 0..1


def resolve_device(device: str) -> str:
    """``auto`` means CUDA when CTranslate2 sees a GPU, else the CPU."""
    if device not in ("auto", "cpu", "cuda"):
        from newsl10n.errors import UserError

        raise UserError(f"unknown device {device!r}; choose auto, cpu or cuda")
    if device != "auto":
        return device
    import ctranslate2

    return "cuda" if ctranslate2.get_cuda_device_count() > 0 else "cpu"


def thread_plan(device: str, threads: int | None) -> tuple[int, int]:
    """(inter_threads, intra_threads). On CPU, one worker per core beat one worker using every core."""
    cores = threads or os.cpu_count() or 1
    if device == "cuda":
        return 1, cores
    return cores, 1


def load_translator(model_dir: Path, device: str, inter_threads: int, intra_threads: int):
    """A cached ``ctranslate2.Translator``: one per model folder, device and thread plan, per process."""
    key = (str(Path(model_dir).resolve()), device, inter_threads, intra_threads)
    translator = _TRANSLATORS.get(key)
    if translator is None:
        translator = open_translator(model_dir, device, inter_threads, intra_threads)
        _TRANSLATORS[key] = translator
    return translator


def open_translator(model_dir: Path, device: str = "cpu", inter_threads: int = 1, intra_threads: int = 1):
    """A new ``ctranslate2.Translator``; a model it cannot load is a one-line :class:`UserError`."""
    import ctranslate2

    from newsl10n.errors import UserError

    try:
        return ctranslate2.Translator(
            str(model_dir), device=device, inter_threads=inter_threads, intra_threads=intra_threads
        )
    except (RuntimeError, ValueError, OSError) as error:
        raise UserError(f"{Path(model_dir).parent}: {load_failure(error)}") from None


def load_failure(error: BaseException) -> str:
    """Why CTranslate2 could not load a model, in one line ("needs a newer ctranslate2 ...")."""
    import ctranslate2

    message = " ".join(str(error).split()) or type(error).__name__
    if "binary version" in message or "newer version" in message.lower():
        return f"this model needs a newer ctranslate2 than {ctranslate2.__version__} ({message})"
    return f"CTranslate2 {ctranslate2.__version__} cannot load this model ({message})"


def check_runs(package_dir: Path) -> None:
    """Prove an unpacked package works before it is installed: the model loads, the tokenizer loads,
    and one sentence translates. Raises :class:`UserError` with one line saying what failed."""
    from argostranslate.package import Package

    from newsl10n.errors import UserError

    try:
        package = Package(package_dir)
    except (OSError, ValueError) as error:
        raise UserError(f"argostranslate cannot read the package ({error})") from None
    translator = open_translator(package_dir / "model")
    try:
        model = ArgosModel(package, translator=translator)
        model.translate(["This is a test."], beam_size=1, alignment=False, max_decoding_length=16)
    except UserError:
        raise
    except Exception as error:  # whatever the tokenizer or the model throws, the package is unusable
        reason = " ".join(str(error).split()) or type(error).__name__
        raise UserError(f"the model fails on a test sentence ({reason})") from None


def clear_cache() -> None:
    """Forget loaded models (tests, or to free memory after a run)."""
    _TRANSLATORS.clear()


def tidy(text: str) -> str:
    """Clean detokenized text: no stray ``▁``, single spaces, none before closing punctuation."""
    text = _SPACES.sub(" ", text.replace("▁", " ")).strip()
    return _SPACE_AFTER.sub(r"\1", _SPACE_BEFORE.sub(r"\1", text))


class ArgosModel:
    """An installed package's tokenizer and CTranslate2 model, ready to translate many sentences."""

    def __init__(
        self, package: Package, device: str = "cpu", threads: int | None = None, translator: Any = None
    ) -> None:
        if getattr(package, "tokenizer", None) is None:
            from newsl10n.errors import UserError

            raise UserError(f"{package.package_path} has no tokenizer (sentencepiece.model or bpe.model)")
        self.package = package
        self.tokenizer = package.tokenizer
        self.prefix = [package.target_prefix] if getattr(package, "target_prefix", "") else []
        if translator is None:
            inter, intra = thread_plan(device, threads)
            translator = load_translator(package.package_path / "model", device, inter, intra)
        self.translator = translator

    @property
    def label(self) -> str:
        """``argos en→ru 1.9 (translate-en_ru-1_9)``: enough for a translator to know the source."""
        package = self.package
        return f"argos {package.from_code}→{package.to_code} {package.package_version} ({package.package_path.name})"

    def encode(self, text: str) -> list[str]:
        return list(self.tokenizer.encode(text))

    def decode(self, tokens: Sequence[str]) -> str:
        # argostranslate's SentencePiece decode also turns "_" into spaces; decode the pieces ourselves.
        if hasattr(self.tokenizer, "lazy_processor"):
            return tidy(self.tokenizer.lazy_processor().decode_pieces(list(tokens)))
        return tidy(self.tokenizer.decode(list(tokens)))

    def translate(
        self,
        sources: Sequence[str],
        beam_size: int = DEFAULT_BEAM_SIZE,
        alignment: bool = True,
        done: Callable[[int], None] | None = None,
        scores: bool = True,
        groups: Sequence[str] | None = None,
        **decoding: Any,
    ) -> list[Translation]:
        """Translate every sentence in one batched job; ``done(n)`` reports progress as batches finish.

        Sentences of different ``groups`` (articles) never share a batch, so a sentence's translation
        does not depend on which other articles are in the job; the groups' batches all go to
        CTranslate2 at once and run side by side on its workers. With ``scores`` each translation
        carries the model's confidence (CTranslate2 computes the scores during the search anyway).
        """
        tokens = [self.encode(source) for source in sources]
        by_group: dict[str, list[int]] = {}
        for index, group in enumerate(groups if groups is not None else [""] * len(sources)):
            by_group.setdefault(group, []).append(index)
        options: dict[str, Any] = {
            "max_batch_size": MAX_BATCH_TOKENS,
            "batch_type": "tokens",
            "beam_size": beam_size,
            "length_penalty": LENGTH_PENALTY,
            "replace_unknowns": True,
            "return_attention": alignment,
            "return_scores": scores,
            "asynchronous": True,
            **decoding,
        }
        submitted: list[tuple[list[int], list]] = []
        for indices in by_group.values():
            order = sorted(indices, key=lambda i: len(tokens[i]))
            prefixes = [self.prefix] * len(order) if self.prefix else None
            submitted.append(
                (order, self.translator.translate_batch([tokens[i] for i in order], prefixes, **options))
            )
        results: list[Translation | None] = [None] * len(tokens)
        for order, pending in submitted:
            for position, index in enumerate(order):
                output = pending[position].result()
                pending[position] = None  # the result (attention included) goes as soon as it is reduced
                results[index] = self._finish(sources[index], tokens[index], output, alignment, options)
                if done is not None:
                    done(1)
        return [result for result in results if result is not None]

    def _finish(
        self, source: str, source_tokens: list[str], result: Any, alignment: bool, options: dict[str, Any]
    ) -> Translation:
        hypothesis = list(result.hypotheses[0])
        target_tokens = hypothesis[len(self.prefix) :]
        text = self.decode(target_tokens)
        certainty = None
        if result.scores:
            certainty = round(confidence(result.scores[0], len(hypothesis), options["length_penalty"]), 4)
        if not alignment:
            return Translation(text, None, certainty)
        attention = list(result.attention[0])[len(self.prefix) :]
        if options["beam_size"] > 1 and not self.prefix and attention:
            # CTranslate2 (4.8) gives a batched beam search's first step another example's attention;
            # that row is left out (later sub-tokens of the first word still align it).
            attention[0] = []
        pairs = word_alignment(source_tokens, source, target_tokens, text, attention)
        return Translation(text, pairs, certainty)

"""``translate``: article -> units -> memory -> engine -> glossary and locale fixes -> PO -> text.

Everything is read and computed before the first file is written, so a bad input or a missing
model changes nothing on disk.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import polib

from newsl10n import checks
from newsl10n.article import read_article
from newsl10n.build import build_text
from newsl10n.catalog import build_template, load_catalog, merge_catalog, save_catalog, segments_from_catalog
from newsl10n.engines import EngineOptions, create_engine
from newsl10n.errors import UserError
from newsl10n.fsio import atomic_write_text
from newsl10n.glossary import load_glossaries
from newsl10n.languages import parse_languages
from newsl10n.memory import TranslationMemory, closest_previous
from newsl10n.model import Article, Provenance, Segment
from newsl10n.progress import progress

ORIGIN_LABELS = {"reviewed": "tm", "kept": "tm", "tm": "tm", "previous": "tm", "mt": "mt", "": "empty"}


@dataclass
class LanguageSummary:
    """Where each unit's translation came from, for one language (distinct sentences per article)."""

    lang: str
    units: int = 0
    tm: int = 0  # reused: the catalog's own entries, other catalogs, --tm, old versions of edited sentences
    reviewed: int = 0  # of those, reviewed by a translator
    mt: int = 0
    empty: int = 0
    problems: int = 0  # machine or memory entries a checker still finds wrong
    files: list[str] = field(default_factory=list)


@dataclass
class TranslateReport:
    articles: list[Article]
    languages: list[LanguageSummary]


@dataclass
class _ArticleJob:
    """One article in one language while the stages run."""

    article: Article
    po_path: Path
    previous: polib.POFile | None
    segments: dict[str, Segment] = field(default_factory=dict)
    previous_msgids: dict[str, str] = field(default_factory=dict)


def output_paths(out_dir: Path, article: Article, lang: str) -> tuple[Path, Path]:
    """Where an article's catalog and localized text go: ``DIR/<lang>/<name>.po`` and ``.txt``."""
    folder = Path(out_dir) / lang
    return folder / f"{article.name}.po", folder / f"{article.name}.txt"


def translate(
    article_paths: Sequence[Path | str],
    languages: str | Sequence[str],
    *,
    engine: str = "auto",
    out_dir: Path | str = "l10n",
    glossary_paths: Sequence[Path] = (),
    tm_paths: Sequence[Path] = (),
    use_tm: bool = True,
    options: EngineOptions | None = None,
    show_progress: bool | None = None,
) -> TranslateReport:
    """Translate articles into languages and write POT, PO and text files under ``out_dir``."""
    out_dir = Path(out_dir)
    langs = parse_languages(languages)
    articles = [read_article(path) for path in article_paths]
    _refuse_name_clashes(articles)
    translator = create_engine(engine, options or EngineOptions())
    glossary = load_glossaries(glossary_paths)

    plans: dict[str, list[_ArticleJob]] = {}
    summaries: list[LanguageSummary] = []
    for lang in langs:
        checkers = checks.checkers_for(lang, glossary)
        jobs = [_start_job(article, out_dir, lang) for article in articles]
        memory = TranslationMemory(lang)
        if use_tm:
            own_catalogs = [job.po_path for job in jobs]
            memory.add_files(
                [p for p in [out_dir / lang] if p.is_dir()] + list(tm_paths), exclude=own_catalogs
            )
        for job in jobs:
            _reuse_translations(job, lang, memory)
        _machine_translate(translator, jobs, lang, show_progress)
        summaries.append(_finish_stages(jobs, lang, checkers))
        plans[lang] = jobs

    for article in articles:
        save_catalog(build_template(article), out_dir / f"{article.name}.pot")
    for summary in summaries:
        for job in plans[summary.lang]:
            summary.files.extend(str(p) for p in _write_outputs(job, summary.lang, out_dir))
    return TranslateReport(articles, summaries)


def _refuse_name_clashes(articles: list[Article]) -> None:
    seen: dict[str, Path] = {}
    for article in articles:
        if article.name in seen and seen[article.name].resolve() != article.path.resolve():
            raise UserError(f"{article.path} and {seen[article.name]} would write the same {article.name}.po")
        seen[article.name] = article.path


def _start_job(article: Article, out_dir: Path, lang: str) -> _ArticleJob:
    po_path, _ = output_paths(out_dir, article, lang)
    previous = load_catalog(po_path) if po_path.exists() else None
    return _ArticleJob(article, po_path, previous)


def _reuse_translations(job: _ArticleJob, lang: str, memory: TranslationMemory) -> None:
    """Fill what is already known: the catalog's own entries, then memory, then old versions."""
    own = segments_from_catalog(job.previous, lang) if job.previous is not None else {}
    sources = list(dict.fromkeys(unit.text for unit in job.article.units))
    departed = {msgid: seg.target for msgid, seg in own.items() if msgid not in sources and seg.target}
    for source in sources:
        segment = own.get(source)
        if segment is None or not segment.target:
            segment = Segment(source=source, lang=lang)
            match = memory.lookup(source)
            if match is not None:
                segment.target, segment.fuzzy, segment.origin = match.target, match.fuzzy, "tm"
                segment.provenance = Provenance(memory_file=match.source_file.name)
            elif (old := closest_previous(source, departed)) is not None:
                segment.target, segment.fuzzy, segment.origin = departed[old], True, "previous"
                job.previous_msgids[source] = old
        job.segments[source] = segment


def _machine_translate(translator, jobs: list[_ArticleJob], lang: str, show_progress: bool | None) -> None:
    """One engine call per language over every article: each distinct sentence translated once."""
    pending: dict[str, list[Segment]] = {}
    for job in jobs:
        for segment in job.segments.values():
            if not segment.target:
                pending.setdefault(segment.source, []).append(segment)
    if not pending:
        return
    representatives = [group[0] for group in pending.values()]
    with progress(f"Translating {lang}", len(representatives), show_progress) as bar:
        translator.translate(representatives, lang, bar)
    for first, *copies in pending.values():
        for copy in copies:
            copy.target, copy.fuzzy, copy.origin = first.target, first.fuzzy, first.origin
            copy.notes, copy.alignment = list(first.notes), first.alignment
            copy.provenance = first.provenance


def _finish_stages(jobs: list[_ArticleJob], lang: str, checkers: list) -> LanguageSummary:
    """Glossary and locale stages: hints everywhere, repairs on machine output, problems noted."""
    summary = LanguageSummary(lang)
    counts: Counter[str] = Counter()
    for job in jobs:
        for segment in job.segments.values():
            checks.annotate(segment, checkers)
            if segment.origin == "mt":
                checks.repair(segment, checkers)
            if segment.target and not segment.is_reviewed:
                problems = [p for p in checks.inspect(segment, checkers) if p.check != "untranslated"]
                segment.problems = problems
                segment.notes.extend(f"problem: {problem}" for problem in problems)
                summary.problems += bool(problems)
            counts[ORIGIN_LABELS[segment.origin]] += 1
            summary.reviewed += segment.origin == "reviewed"
    summary.units = sum(counts.values())
    summary.tm, summary.mt, summary.empty = counts["tm"], counts["mt"], counts["empty"]
    return summary


def _write_outputs(job: _ArticleJob, lang: str, out_dir: Path) -> list[Path]:
    po_path, text_path = output_paths(out_dir, job.article, lang)
    catalog = merge_catalog(job.article, lang, job.segments, job.previous, job.previous_msgids)
    save_catalog(catalog, po_path)
    atomic_write_text(text_path, build_text(job.article, catalog).text)
    return [po_path, text_path]

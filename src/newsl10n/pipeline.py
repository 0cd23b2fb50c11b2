"""``translate`` as plan → run → commit.

- :func:`plan` reads everything (articles, the catalogs already there, memory, glossary) and checks it,
  so bad input stops the run before any work is done;
- :func:`run_language` does one language's work with no file I/O: the one decision per entry
  (:mod:`newsl10n.resolve`), one engine call for every sentence of every article, the glossary and locale
  stages. Its input and output are plain data, so it can run in another process;
- :func:`commit` is the only writer: under the output folder's lock it re-reads any catalog a translator
  saved while the run was working (their entries win), then writes every file all or nothing.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Collection, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from newsl10n import checks, richtext
from newsl10n.article import output_name, read_articles
from newsl10n.catalog import (
    Catalog,
    article_reference,
    catalog_text,
    earlier_stories,
    read_catalog,
    referenced_articles,
    template_text,
)
from newsl10n.collect import FewerCollections
from newsl10n.engines import Engine, EngineOptions
from newsl10n.errors import UserError
from newsl10n.fsio import Fingerprint, Transaction, recover
from newsl10n.glossary import Glossary, load_glossaries
from newsl10n.languages import parse_languages
from newsl10n.lock import folder_lock
from newsl10n.memory import DEFAULT_THRESHOLD, MemoryFiles, TranslationMemory
from newsl10n.model import Article, Kind, Origin, Problem, Segment
from newsl10n.progress import progress
from newsl10n.render import render
from newsl10n.resolve import decide, resolve

if TYPE_CHECKING:
    from newsl10n.runners import Runner


LEAST_CONFIDENT = 5  # how many of the least confident machine translations a summary names


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
    # the machine translations the model itself was least sure of: where reviewers start
    least_confident: list[dict] = field(default_factory=list)


@dataclass
class TranslateReport:
    articles: list[Article]
    languages: list[LanguageSummary]


@dataclass
class ArticleWork:
    """One article in one language: where its files go and the catalog that is there now."""

    article: Article
    po_path: Path
    previous: Catalog | None
    fingerprint: Fingerprint | None

    @property
    def text_path(self) -> Path:
        """The localized article, in the article's own format: ``DIR/<lang>/<name>.<ext>``."""
        return self.po_path.with_suffix(getattr(self.article.document, "extension", ".txt"))


@dataclass
class LanguageWork:
    """Everything :func:`run_language` needs for one language, as plain data."""

    lang: str
    articles: list[ArticleWork]
    memory: TranslationMemory | None


@dataclass
class LanguageResult:
    lang: str
    segments: list[dict[str, Segment]]  # per article of the work, msgid -> decided segment
    summary: LanguageSummary


@dataclass
class Plan:
    out_dir: Path
    articles: list[Article]
    work: list[LanguageWork]
    glossary: Glossary


def output_paths(out_dir: Path, article: Article, lang: str) -> tuple[Path, Path]:
    """Where an article's catalog and localized file go: ``DIR/<lang>/<name>.po`` and ``.<ext>``."""
    po_path = Path(out_dir) / lang / f"{article.name}.po"
    return po_path, po_path.with_suffix(getattr(article.document, "extension", ".txt"))


def translate(
    article_paths: Sequence[Path | str],
    languages: str | Sequence[str],
    *,
    engine: str = "auto",
    out_dir: Path | str = "l10n",
    glossary_paths: Sequence[Path] = (),
    tm_paths: Sequence[Path] = (),
    use_tm: bool = True,
    tm_threshold: float = DEFAULT_THRESHOLD,
    options: EngineOptions | None = None,
    show_progress: bool | None = None,
    fmt: str = "auto",
    name: str = "",
    keep_all: bool = False,
    alone: bool = False,
    skip_kinds: Collection[Kind] = (),
    wait: bool = True,
    jobs: int | None = None,
    runner: Runner | None = None,
) -> TranslateReport:
    """Translate articles into languages and write POT, PO and localized files under ``out_dir``.

    ``jobs`` worker processes share the work (None: as many as cores when the run is big enough);
    ``runner`` runs it elsewhere instead (a cluster, see newsl10n.runners). ``alone`` reads each article
    on its own: no line is furniture for recurring in the batch's other articles or in earlier ones.
    """
    from newsl10n.runners import choose_runner

    out_dir = Path(out_dir)
    options = options or EngineOptions()
    held = out_dir.is_dir()
    with (
        FewerCollections() as collections,
        folder_lock(out_dir, wait, options.log) if held else nullcontext(),
    ):
        if held:
            for line in recover(out_dir):
                options.log(f"newsl10n: {line}")
        the_plan = plan(
            article_paths,
            languages,
            out_dir=out_dir,
            glossary_paths=glossary_paths,
            tm_paths=tm_paths,
            use_tm=use_tm,
            tm_threshold=tm_threshold,
            fmt=fmt,
            name=name,
            keep_all=keep_all,
            alone=alone,
            skip_kinds=skip_kinds,
        )
        runner = runner or choose_runner(engine, options, jobs, the_plan.work)
        collections.settle()  # the glossary and memory are loaded: they are not walked again
        results = runner.run(the_plan.work, the_plan.glossary, show_progress)
        if held:
            commit(the_plan, results, options.log)
        else:
            _make_folder(out_dir)
            with folder_lock(out_dir, wait, options.log):
                commit(the_plan, results, options.log)
    return TranslateReport(the_plan.articles, [result.summary for result in results])


# -- plan ------------------------------------------------------------------------------------------------


def plan(
    article_paths: Sequence[Path | str],
    languages: str | Sequence[str],
    *,
    out_dir: Path,
    glossary_paths: Sequence[Path] = (),
    tm_paths: Sequence[Path] = (),
    use_tm: bool = True,
    tm_threshold: float = DEFAULT_THRESHOLD,
    fmt: str = "auto",
    name: str = "",
    keep_all: bool = False,
    alone: bool = False,
    skip_kinds: Collection[Kind] = (),
) -> Plan:
    """Read and check everything the run needs; nothing is written.

    The articles translated into ``out_dir`` before teach the furniture pass their site's template, as the
    batch's other articles do (:mod:`newsl10n.recurring`), unless each article is to be read ``alone``.
    """
    langs = parse_languages(languages)
    if name and len(article_paths) > 1:
        raise UserError("--name names the output of one article; give one article with it")
    batch = {output_name(path, name) for path in article_paths}
    earlier = earlier_stories(out_dir, batch) if out_dir.is_dir() and not alone else {}
    articles = read_articles(article_paths, fmt, name=name, keep_all=keep_all, earlier=earlier, alone=alone)
    _refuse_name_clashes(articles)
    for article in articles:
        article.units = [unit for unit in article.units if unit.kind not in skip_kinds]
    glossary = load_glossaries(glossary_paths)
    work: list[LanguageWork] = []
    memory_files = MemoryFiles(keep=len(langs) > 1)
    for lang in langs:
        folder = out_dir / lang
        if folder.exists() and not folder.is_dir():
            raise UserError(f"{folder}: a file stands where the {lang} folder of the output should be")
        jobs = []
        for article in articles:
            po_path, _ = output_paths(out_dir, article, lang)
            fingerprint = Fingerprint.of(po_path)
            previous = _read_own_catalog(po_path, lang) if fingerprint is not None else None
            if previous is not None:
                _refuse_another_articles_catalog(previous, article)
            jobs.append(ArticleWork(article, po_path, previous, fingerprint))
        memory = None
        if use_tm:
            memory = TranslationMemory(lang, threshold=tm_threshold)
            folders = [p for p in [out_dir / lang] if p.is_dir()]
            excluded = [job.po_path for job in jobs]
            memory.add_files(folders + list(tm_paths), exclude=excluded, files=memory_files)
        work.append(LanguageWork(lang, jobs, memory))
    return Plan(out_dir, articles, work, glossary)


def _refuse_another_articles_catalog(previous: Catalog, article: Article) -> None:
    """A catalog made for another file of the same name ("story.html" beside "story.md") is not this article's:
    translating into it would set that article's translations aside as obsolete entries."""
    own = article_reference(article)
    others = referenced_articles(previous)
    if others and own not in others:
        raise UserError(
            f"{previous.path} holds the translations of {', '.join(sorted(others))}, not of {own}; "
            f"give this article a catalog of its own with --name, or move that file away"
        )


def _read_own_catalog(path: Path, lang: str) -> Catalog:
    """The catalog already in the output folder; one whose header names another language is refused."""
    catalog = read_catalog(path, layout=True)
    declared = catalog.language
    if declared and declared.split("-")[0].lower() != lang.replace("_", "-").split("-")[0].lower():
        raise UserError(
            f"{path}: its header says 'Language: {declared}' but it sits in the {lang} folder; "
            "fix the header or move the file"
        )
    return catalog


def _refuse_name_clashes(articles: list[Article]) -> None:
    seen: dict[str, Path] = {}
    for article in articles:
        if article.name in seen and seen[article.name].resolve() != article.path.resolve():
            raise UserError(f"{article.path} and {seen[article.name]} would write the same {article.name}.po")
        seen[article.name] = article.path


# -- run -------------------------------------------------------------------------------------------------


def run_language(
    work: LanguageWork, translator: Engine, glossary: Glossary, show_progress: bool | None = None
) -> LanguageResult:
    """One language's translations, decided, machine-translated and checked; no file is read or written."""
    checkers = checks.checkers_for(work.lang, glossary)
    segments = [resolve(job.article.units, work.lang, job.previous, work.memory) for job in work.articles]
    for job, group in zip(work.articles, segments, strict=True):
        for segment in group.values():
            segment.group = job.article.name
    _machine_translate(
        translator, [s for group in segments for s in group.values()], work.lang, show_progress
    )
    summary = LanguageSummary(work.lang)
    for job, group in zip(work.articles, segments, strict=True):
        for segment in group.values():
            _finish(segment, checkers)
            _count(summary, segment)
            _note_confidence(summary, segment, job)
    return LanguageResult(work.lang, segments, summary)


def _note_confidence(summary: LanguageSummary, segment: Segment, job: ArticleWork) -> None:
    """Keep the few least confident machine translations (by the model's own score)."""
    confidence = segment.provenance.confidence if segment.provenance else None
    if segment.origin != Origin.MACHINE or confidence is None or not segment.target:
        return
    summary.least_confident.append(
        {"file": str(job.po_path), "msgid": segment.source, "confidence": confidence}
    )
    summary.least_confident.sort(key=lambda item: item["confidence"])
    del summary.least_confident[LEAST_CONFIDENT:]


def _machine_translate(
    translator: Engine, segments: list[Segment], lang: str, show_progress: bool | None
) -> None:
    """One engine call over every article: each distinct sentence of an article translated once, as plain text.

    A sentence is batched only with its own article's (``Segment.group``), so its translation is the same
    however the run's articles are sharded across processes or machines. The engine never sees inline markup: it gets the plain sentence, and the source's codes are put back
    on the words the model aligned them to (:func:`newsl10n.richtext.project`).
    """
    pending: dict[tuple[str, str], list[Segment]] = {}
    for segment in segments:
        if not segment.target:
            pending.setdefault((segment.group, segment.source), []).append(segment)
    if not pending:
        return
    markup_aware = getattr(translator, "markup_aware", False)  # keeps codes itself (pseudo)
    sources = {
        key: richtext.RichText(key[1]) if markup_aware else richtext.parse(key[1], group[0].code_ids)
        for key, group in pending.items()
    }
    plain = [Segment(rich.text, lang, group=key[0]) for key, rich in sources.items()]
    with progress(f"Translating {lang}", len(plain), show_progress) as bar:
        translator.translate(plain, lang, bar)
    for (key, group), machine in zip(pending.items(), plain, strict=True):
        target, problems = machine.target, list(machine.problems)
        if target and sources[key].tags:
            projected = richtext.project(sources[key], target, machine.alignment)
            target = projected.rich.po_form
            problems += [
                Problem("tags", f"could not place <{code}>…</{code}> on the translation; check where it goes")
                for code in projected.unplaced
            ]
        for segment in group:
            segment.target, segment.fuzzy, segment.origin = target, machine.fuzzy, machine.origin
            segment.provenance, segment.alignment = machine.provenance, machine.alignment
            segment.problems = list(problems)


def _finish(segment: Segment, checkers: list) -> None:
    """Glossary and locale stages: hints everywhere, repairs on machine output, problems noted."""
    checks.annotate(segment, checkers)
    if segment.origin == Origin.MACHINE:
        checks.repair(segment, checkers)
    if segment.target and not segment.is_reviewed:
        segment.problems += [p for p in checks.inspect(segment, checkers) if p.check != "untranslated"]


def _count(summary: LanguageSummary, segment: Segment) -> None:
    summary.units += 1
    if not segment.target:
        summary.empty += 1
    elif segment.origin == Origin.MACHINE:
        summary.mt += 1
    else:
        summary.tm += 1
        summary.reviewed += segment.origin == Origin.REVIEWED
    summary.problems += bool(segment.target and segment.problems)


# -- commit ----------------------------------------------------------------------------------------------


def commit(the_plan: Plan, results: list[LanguageResult], log: Callable[[str], None] | None = None) -> None:
    """Write every file of the run all or nothing; call it holding the output folder's lock.

    A catalog that changed on disk since :func:`plan` read it (a translator saved it) is read again and its
    entries win over this run's suggestions, so no edit is ever overwritten.
    """
    with Transaction() as transaction:
        for article in the_plan.articles:
            transaction.add(the_plan.out_dir / f"{article.name}.pot", template_text(article).encode("utf-8"))
        for work, result in zip(the_plan.work, results, strict=True):
            for job, segments in zip(work.articles, result.segments, strict=True):
                previous = job.previous
                if Fingerprint.of(job.po_path) != job.fingerprint:
                    previous = _read_own_catalog(job.po_path, work.lang) if job.po_path.exists() else None
                    segments = _translator_wins(segments, previous)
                    if log is not None:
                        log(
                            f"newsl10n: {job.po_path} changed during the run; merged, keeping the translator's entries"
                        )
                text = catalog_text(job.article, work.lang, segments, previous)
                transaction.add(job.po_path, text.encode("utf-8"))
                localized = render(job.article, _decided_translations(segments), work.lang).text
                transaction.add(job.text_path, localized.encode("utf-8"))
                result.summary.files.extend([str(job.po_path), str(job.text_path)])
        transaction.commit()


def _decided_translations(segments: dict[str, Segment]) -> dict[str, tuple[str, bool]]:
    return {source: (s.target, s.fuzzy) for source, s in segments.items() if s.target}


def _translator_wins(segments: dict[str, Segment], current: Catalog | None) -> dict[str, Segment]:
    """The run's segments, except where the catalog on disk now has a translation: that one is kept."""
    if current is None:
        return segments
    live, obsolete = current.live(), current.obsolete()
    merged: dict[str, Segment] = {}
    for source, segment in segments.items():
        own = live.get(source) or obsolete.get(source)
        if own is not None and own.usable and (own.msgstr, own.fuzzy) != (segment.target, segment.fuzzy):
            kept = replace(segment, target="", fuzzy=False, origin=Origin.NONE, provenance=None, problems=[])
            decide(kept, own, None, {})
            merged[source] = kept
        else:
            merged[source] = segment
    return merged


def _make_folder(folder: Path) -> None:
    try:
        os.makedirs(folder, exist_ok=True)
    except OSError as error:
        from newsl10n.fsio import describe_os_error

        raise UserError(describe_os_error(error, folder)) from None

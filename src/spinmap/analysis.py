"""Run the extractors over parsed articles: the per-article analysis every runner shares.

The CLI, the store and the Dask runner all call :func:`analyze_many` / :func:`analyze_parsed`,
so a finding never depends on how the batch was scheduled. Within a parsed batch each stage runs
over every article before the next stage starts (see :func:`analyze_parsed_batch`).

Each stage declares what it needs and what it adds; :func:`check_stages` validates the
order when the module is imported (not halfway through a batch).
"""
from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional

from spacy.language import Language
from spacy.tokens import Doc
from threadpoolctl import ThreadpoolController

from .config import Settings, default_settings
from .errors import SpinmapError, error_record
from .extract.attribution import extract_quotes
from .extract.blame import extract_blames
from .extract.techniques import extract_techniques
from .ingest import IngestResult
from .nlp.actors import resolve_actors
from .nlp.headline import parser_input, with_text
from .nlp.pipeline import load_pipeline, model_id, parse_each
from .records import Article, ArticleAnalysis, content_id

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Stage:
    name: str
    needs: tuple[str, ...]
    adds: str
    run: Callable[[dict], object]


STAGES: tuple[Stage, ...] = (
    Stage("actors", ("doc",), "actors", lambda s: resolve_actors(s["doc"])),
    Stage("attribution", ("doc", "actors"), "quotes", lambda s: extract_quotes(s["doc"], s["actors"])),
    Stage(
        "blame",
        ("doc", "actors", "quotes", "author"),
        "blames",
        lambda s: extract_blames(s["doc"], s["actors"], s["quotes"], s["author"]),
    ),
    Stage("techniques", ("doc",), "techniques", lambda s: extract_techniques(s["doc"])),
)
_EMPTY = {"actors": None, "quotes": [], "blames": [], "techniques": []}


def check_stages(stages: Iterable[Stage], given: Iterable[str] = ("doc", "author")) -> None:
    """Raise if a stage needs something no earlier stage adds."""
    have = set(given)
    for stage in stages:
        missing = [n for n in stage.needs if n not in have]
        if missing:
            raise RuntimeError(f"stage {stage.name!r} needs {missing}, which no earlier stage adds")
        have.add(stage.adds)


check_stages(STAGES)


@lru_cache(maxsize=1)
def _blas() -> ThreadpoolController:
    """The BLAS libraries loaded so far (numpy's among them: it loads with numpy). Found once: each
    lookup scans every loaded library, ~3 ms, too much per article."""
    return ThreadpoolController().select(user_api="blas")


def one_blas_thread():
    """numpy's BLAS held at one thread while extractors run (restored afterwards): their matrices are
    small, and idle OpenBLAS threads spin, which cost ~40 % more CPU per article and a neighbouring
    Dask worker its core."""
    return _blas().limit(limits=1, user_api="blas")


# What shapes an analysis, relative to the package: hashed into :func:`pipeline_version`.
PIPELINE_PARTS = ("ingest", "nlp", "extract", "models", "analysis.py", "records.py")


@lru_cache(maxsize=8)
def pipeline_version(spacy_model: Optional[str] = None) -> str:
    """``<spinmap version>+<hash>`` of the cleaning, extractor and model files and the spaCy model.

    Stamped on every analysis, so a store can tell which articles an upgrade would analyse
    differently (``ingest --reanalyse``); read once per process.
    """
    from . import __version__

    root = Path(__file__).parent
    digest = hashlib.sha1(model_id(spacy_model).encode())
    for part in PIPELINE_PARTS:
        files = [root / part] if (root / part).is_file() else sorted((root / part).rglob("*"))
        for f in files:
            if f.is_file() and "__pycache__" not in f.parts:
                digest.update(f.relative_to(root).as_posix().encode() + b"\0" + f.read_bytes())
    return f"{__version__}+{digest.hexdigest()[:12]}"


def analyze_parsed(article: Article, doc: Doc, errors: Optional[list] = None,
                   pipeline: Optional[str] = None) -> ArticleAnalysis:
    """Run every stage on a parsed article; a failing stage gives SM301 and the rest still run."""
    return analyze_parsed_batch([(article, doc, errors)], pipeline)[0]


def analyze_parsed_batch(parsed: list[tuple[Article, Doc, Optional[list]]],
                         pipeline: Optional[str] = None) -> list[ArticleAnalysis]:
    """:func:`analyze_parsed` for several parsed articles, one stage at a time over all of them: each stage's
    models and tables then stay in the CPU caches across the batch instead of being evicted by the next stage's
    (the stages cost ~5 % less CPU so, perf round 20). An article's findings do not depend on the batch."""
    states: list[dict[str, object]] = [{"doc": doc, "author": article.outlet} for article, doc, _ in parsed]
    errors = [list(errs or []) for _, _, errs in parsed]
    with one_blas_thread():
        for stage in STAGES:
            for (article, _, _), state, errs in zip(parsed, states, errors):
                try:
                    state[stage.adds] = stage.run(state)
                except Exception as exc:  # noqa: BLE001 - one broken extractor must not lose the article
                    log.exception("stage %s failed on %s", stage.name, article.source)
                    errs.append(error_record("SM301", stage=stage.name, detail=f"{type(exc).__name__}: {exc}"))
                    state[stage.adds] = _EMPTY[stage.adds]
    return [_analysis(article, state, errs, pipeline) for (article, _, _), state, errs in zip(parsed, states, errors)]


def _analysis(article: Article, state: dict, errors: list, pipeline: Optional[str]) -> ArticleAnalysis:
    actor_index = state["actors"]
    return ArticleAnalysis(
        id=article.id,
        source=article.source,
        title=article.title,
        outlet=article.outlet,
        published=article.published,
        language=article.language or "en",
        pipeline=pipeline,
        text=article.text,
        removed=article.removed,
        actors=actor_index.actors if actor_index is not None else [],
        quotes=state["quotes"],
        blames=state["blames"],
        techniques=state["techniques"],
        errors=errors,
    )


def failed_analysis(result: IngestResult, pipeline: Optional[str] = None) -> ArticleAnalysis:
    """The record for an input that could not become an article: kept, with its errors."""
    return ArticleAnalysis(
        id=content_id("\x00failed:" + result.source),
        source=result.source,
        language=None,
        pipeline=pipeline,
        text="",
        errors=result.errors,
    )


def unparsed_analysis(result: IngestResult, exc: Exception, pipeline: Optional[str] = None) -> ArticleAnalysis:
    """The record for an article spaCy could not parse: its text and metadata kept, SM303, no findings."""
    article = result.article
    errors = list(result.errors) + [error_record("SM303", source=article.source, detail=f"{type(exc).__name__}: {exc}")]
    return ArticleAnalysis(id=article.id, source=article.source, title=article.title, outlet=article.outlet,
                           published=article.published, language=article.language or "en", pipeline=pipeline,
                           text=article.text, removed=article.removed, errors=errors)


def parse_articles(articles: list[Article], nlp: Language, batch_size: int) -> Iterator[Doc | Exception]:
    """Each article's parse, on the article's own characters (a prepared headline is mapped back), or the exception
    spaCy raised on it."""
    inputs = [parser_input(a.text, a.title, nlp) for a in articles]
    for article, given, doc in zip(articles, inputs, parse_each(nlp, inputs, batch_size)):
        if not isinstance(doc, Exception) and given is not article.text:
            doc = with_text(doc, article.text)
        yield doc


def analyze_many(
    results: Iterable[IngestResult],
    settings: Optional[Settings] = None,
    nlp: Optional[Language] = None,
) -> Iterator[ArticleAnalysis]:
    """Analyse ingested inputs in order, parsing in spaCy batches; never drops an input."""
    settings = settings or default_settings()
    nlp = nlp or load_pipeline(settings.spacy_model)
    version = pipeline_version(settings.spacy_model)
    pending: list[IngestResult] = []

    def flush() -> Iterator[ArticleAnalysis]:
        out: list[Optional[ArticleAnalysis]] = [None] * len(pending)
        parsed, where = [], []  # the parsed articles, and their places in ``out``
        docs = parse_articles([r.article for r in pending], nlp, settings.batch_size)
        for k, (result, doc) in enumerate(zip(pending, docs)):
            if isinstance(doc, Exception):
                out[k] = unparsed_analysis(result, doc, version)
                continue
            parsed.append((result.article, doc, result.errors))
            where.append(k)
        for k, analysis in zip(where, analyze_parsed_batch(parsed, version)):
            out[k] = analysis
        pending.clear()
        yield from out

    for result in results:
        if result.article is None:
            yield from flush()
            yield failed_analysis(result, version)
            continue
        pending.append(result)
        if len(pending) >= settings.batch_size:
            yield from flush()
    yield from flush()


def analyze(text_or_article: str | Article, settings: Optional[Settings] = None) -> ArticleAnalysis:
    """Analyse one text (or prepared Article) in-process."""
    from .ingest.readers import article_from_text

    settings = settings or default_settings()
    if isinstance(text_or_article, Article):
        result = IngestResult(source=text_or_article.source, article=text_or_article)
    else:
        result = article_from_text(text_or_article, source="<string>", settings=settings)
    return next(analyze_many([result], settings))


__all__ = ["analyze", "analyze_many", "analyze_parsed", "analyze_parsed_batch", "SpinmapError", "STAGES"]

"""spinmap: who blames whom, who said what, and how it persuades — with evidence spans."""
from __future__ import annotations

__version__ = "0.1.0"


def analyze(text_or_article, settings=None):
    """Analyse one article text (or :class:`~spinmap.records.Article`) → ``ArticleAnalysis``."""
    from .analysis import analyze as _analyze

    return _analyze(text_or_article, settings)


def analyze_many(results, settings=None, nlp=None):
    """Analyse an iterable of :class:`~spinmap.ingest.IngestResult` in order, never dropping one."""
    from .analysis import analyze_many as _analyze_many

    return _analyze_many(results, settings, nlp)


def load_pipeline(model=None):
    """The offline spaCy pipeline spinmap uses (cached per process)."""
    from .nlp.pipeline import load_pipeline as _load

    return _load(model)


__all__ = ["analyze", "analyze_many", "load_pipeline", "__version__"]

"""Flat finding rows (one per blame, quote or technique) shared by the CSV and Parquet exports.

Every row carries its article's outlet and published date and the ``[start, end)`` offsets of
its evidence in the article text, so a row can be checked against ``text[start:end]``.
"""
from __future__ import annotations

from typing import Iterable, Iterator

from ..compare import outlet_of
from ..records import ArticleAnalysis

COLUMNS = (
    "article_id", "source", "outlet", "published", "title", "kind", "label", "actor", "target", "charge",
    "voice", "text", "start", "end", "confidence", "negated", "hedged", "sourcing",
)


def finding_rows(analyses: Iterable[ArticleAnalysis]) -> Iterator[dict]:
    """Yield one dict per finding, with every key in COLUMNS (None where not applicable)."""
    for a in analyses:
        base = {"article_id": a.id, "source": a.source, "outlet": outlet_of(a), "published": a.published,
                "title": a.title}
        names = {x.id: x.name for x in a.actors}
        for b in a.blames:
            yield {**base, "kind": "blame", "label": b.source.kind,
                   "actor": names.get(b.source.actor or "", b.source.name),
                   "target": names.get(b.target.actor or "", b.target.name), "charge": b.charge, "voice": b.voice,
                   "text": b.evidence.text, "start": b.evidence.span[0], "end": b.evidence.span[1],
                   "confidence": b.confidence, "negated": b.negated, "hedged": b.hedged, "sourcing": None}
        for q in a.quotes:
            speaker = names.get(q.speaker.actor or "", q.speaker.name) if q.speaker else None
            yield {**base, "kind": "quote", "label": q.kind, "actor": speaker, "target": None, "charge": None,
                   "voice": None, "text": q.content.text, "start": q.content.span[0], "end": q.content.span[1],
                   "confidence": q.confidence, "negated": None, "hedged": None,
                   "sourcing": q.speaker.sourcing if q.speaker else None}
        for t in a.techniques:
            yield {**base, "kind": "technique", "label": t.label, "actor": None, "target": None, "charge": None,
                   "voice": None, "text": t.text, "start": t.span[0], "end": t.span[1], "confidence": t.confidence,
                   "negated": None, "hedged": None, "sourcing": None}

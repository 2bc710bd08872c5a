"""Reading raw inputs into cleaned :class:`~spinmap.records.Article` objects.

``Article.text`` is the cleaned body: the title (first line of a .txt when it looks like one, HTML
metadata, or the JSONL field) is moved to ``Article.title`` and its repeats are dropped, so spans
never point into a headline. Every dropped line is listed in ``Article.removed``.
Modules: readers (inputs, two-pass run), clean (per-article chrome), recurring (corpus chrome),
decode (bytes), language (English check), quotemarks (SM207).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from ..records import Article, ErrorRecord


@dataclass
class IngestResult:
    """One input item: an article (maybe with warnings) or, when unreadable, only errors.

    Nothing is dropped: a failed read still yields a result carrying its ``source``.
    """

    source: str
    article: Optional[Article] = None
    errors: list[ErrorRecord] = field(default_factory=list)

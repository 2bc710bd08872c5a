"""Reading raw inputs into cleaned :class:`~spinmap.records.Article` objects."""
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

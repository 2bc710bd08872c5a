"""JSONL export: one full `spinmap.article/1` object per line (failed inputs included)."""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

from ..records import ArticleAnalysis


def write_jsonl(analyses: Iterable[ArticleAnalysis], path: str | Path) -> int:
    """Write analyses as JSON lines; returns the number written."""
    n = 0
    with open(path, "w", encoding="utf-8") as out:
        for a in analyses:
            out.write(a.to_json() + "\n")
            n += 1
    return n

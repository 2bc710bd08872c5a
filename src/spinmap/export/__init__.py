"""Exports from the store: one module per format, chosen by name."""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterable

from ..errors import SpinmapError
from ..records import ArticleAnalysis
from .to_csv import write_csv
from .to_gexf import write_gexf
from .to_graphml import write_graphml
from .to_jsonl import write_jsonl
from .to_parquet import write_parquet

EXPORTERS: dict[str, Callable[[Iterable[ArticleAnalysis], str | Path], int]] = {
    "jsonl": write_jsonl,
    "csv": write_csv,
    "parquet": write_parquet,
    "gexf": write_gexf,
    "graphml": write_graphml,
}


def export(analyses: Iterable[ArticleAnalysis], fmt: str, path: str | Path, **options) -> int:
    """Write ``analyses`` in format ``fmt`` (``options`` go to its writer, e.g. csv ``spreadsheet``);
    returns rows/articles/edges written (SM402 on a bad name)."""
    if fmt not in EXPORTERS:
        raise SpinmapError("SM402", fmt=fmt, choices=", ".join(EXPORTERS))
    return EXPORTERS[fmt](analyses, path, **options)


__all__ = ["EXPORTERS", "export", "write_csv", "write_gexf", "write_graphml", "write_jsonl", "write_parquet"]

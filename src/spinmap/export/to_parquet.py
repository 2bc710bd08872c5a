"""Parquet export of finding rows with a fixed Arrow schema, for pandas / DuckDB / Spark."""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

import pyarrow as pa
import pyarrow.parquet as pq

from ..records import ArticleAnalysis
from .rows import finding_rows

SCHEMA = pa.schema([
    ("article_id", pa.string()), ("source", pa.string()), ("outlet", pa.string()), ("published", pa.string()),
    ("title", pa.string()), ("kind", pa.string()), ("label", pa.string()), ("actor", pa.string()),
    ("target", pa.string()), ("charge", pa.string()), ("voice", pa.string()), ("text", pa.string()),
    ("start", pa.int64()), ("end", pa.int64()), ("confidence", pa.float64()), ("negated", pa.bool_()),
    ("hedged", pa.bool_()), ("sourcing", pa.string()),
])


def write_parquet(analyses: Iterable[ArticleAnalysis], path: str | Path, batch_rows: int = 50_000) -> int:
    """Write finding rows in row groups of ``batch_rows`` (memory stays bounded); returns rows written."""
    n = 0
    with pq.ParquetWriter(str(path), SCHEMA) as writer:
        batch: list[dict] = []
        for row in finding_rows(analyses):
            batch.append(row)
            if len(batch) >= batch_rows:
                writer.write_table(pa.Table.from_pylist(batch, schema=SCHEMA))
                n += len(batch)
                batch = []
        if batch or n == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=SCHEMA))
            n += len(batch)
    return n

"""CSV export of finding rows (see ``rows.COLUMNS``): outlet, published and offsets on every row."""
from __future__ import annotations

import csv
from pathlib import Path
from typing import Iterable

from ..records import ArticleAnalysis
from .rows import COLUMNS, finding_rows


def write_csv(analyses: Iterable[ArticleAnalysis], path: str | Path) -> int:
    """Write one CSV row per finding (RFC 4180 quoting, UTF-8); returns the number of rows."""
    n = 0
    with open(path, "w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=COLUMNS)
        writer.writeheader()
        for row in finding_rows(analyses):
            writer.writerow(row)
            n += 1
    return n

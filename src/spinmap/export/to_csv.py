"""CSV export of finding rows (see ``rows.COLUMNS``): outlet, published and offsets on every row."""
from __future__ import annotations

import csv
from pathlib import Path
from typing import Iterable

from ..records import ArticleAnalysis
from .rows import COLUMNS, finding_rows

# Cell starts that Excel and LibreOffice read as a formula (OWASP "CSV Injection"); an article,
# title, outlet or actor name may begin with one, and the spreadsheet would run it on open.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def guard_formula(value: object) -> object:
    """A text cell that would start a formula, prefixed with ' so spreadsheets show it as text."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write_csv(analyses: Iterable[ArticleAnalysis], path: str | Path, formula_guard: bool = True) -> int:
    """Write one CSV row per finding (RFC 4180 quoting, UTF-8); returns the number of rows.

    With ``formula_guard`` (the default) text cells starting with = + - @ tab or CR get a leading
    ' (OWASP); without it every cell is the exact value (for pandas; Parquet is always exact).
    """
    n = 0
    with open(path, "w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=COLUMNS)
        writer.writeheader()
        for row in finding_rows(analyses):
            writer.writerow({k: guard_formula(v) for k, v in row.items()} if formula_guard else row)
            n += 1
    return n

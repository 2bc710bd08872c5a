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


def write_csv(analyses: Iterable[ArticleAnalysis], path: str | Path, spreadsheet: bool = True) -> int:
    """Write one CSV row per finding (RFC 4180 quoting, UTF-8); returns the number of rows.

    ``spreadsheet`` (the default) is safe to open in Excel: a UTF-8 BOM (without it Excel reads
    Cyrillic or Armenian names as cp1252 mojibake) and a leading ' on text cells starting with
    = + - @ tab or CR (OWASP). Without it every cell is the exact value (pandas, the csv module).
    """
    n = 0
    with open(path, "w", encoding="utf-8-sig" if spreadsheet else "utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=COLUMNS)
        writer.writeheader()
        for row in finding_rows(analyses):
            writer.writerow({k: guard_formula(v) for k, v in row.items()} if spreadsheet else row)
            n += 1
    return n

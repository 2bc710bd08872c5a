"""PTC (SemEval-2020 Task 11) reading and scoring: SI, FLC and TC, metric as published.

SI and FLC use the official partial-overlap measure: spans are merged per article (per
label for FLC), then precision = sum |p∩g|/|p| over pairs / #pred and recall =
sum |p∩g|/|g| / #gold. TC is micro-F1 (accuracy when every template line is answered).
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional

from ..errors import SpinmapError
from ..ingest.decode import decode_data_file

# One labelled span: (article_id, label or None, start, end); offsets index the raw file text.
Row = tuple[str, Optional[str], int, int]

_ARTICLE_RE = re.compile(r"^article(\w+)\.txt$")


def read_article(path: Path) -> str:
    """The article text exactly as PTC offsets index it (UTF-8, no newline translation)."""
    try:
        with open(path, encoding="utf-8", newline="") as fh:
            return fh.read()
    except UnicodeDecodeError:
        # a stray byte must not lose the article; each bad byte becomes one U+FFFD character
        with open(path, encoding="utf-8", errors="replace", newline="") as fh:
            return fh.read()


def read_articles(directory: Path | str) -> dict[str, str]:
    """Map article id -> raw text for every ``article<ID>.txt`` in a directory (or one file)."""
    directory = Path(directory)
    if directory.is_file():
        paths = [directory]
    elif directory.is_dir():
        paths = sorted(directory.iterdir())
    else:
        raise SpinmapError("SM501", path=str(directory), detail="no such directory", cmd="predict ptc")
    out = {}
    for path in paths:
        m = _ARTICLE_RE.match(path.name)
        if m and path.is_file():  # a folder named article1.txt is not an article
            out[m.group(1)] = read_article(path)
    if not out:
        raise SpinmapError("SM501", path=str(directory), detail="no article<ID>.txt files", cmd="predict ptc")
    return out


def parse_label_line(line: str) -> Optional[Row]:
    """Parse ``id<TAB>label<TAB>start<TAB>end`` or ``id<TAB>start<TAB>end``; '?' means unlabelled."""
    parts = line.rstrip("\r\n").split("\t")
    if len(parts) < 3 or not parts[0].strip():
        return None
    try:
        if len(parts) >= 4:
            label = parts[1].strip()
            start, end = int(parts[2]), int(parts[3])
        else:
            label = None
            start, end = int(parts[1]), int(parts[2])
    except ValueError:
        return None
    if start < 0 or end < start:  # an inverted or negative span is a bad line, not a gold/predicted span
        return None
    if label in ("", "?"):
        label = None
    return parts[0].strip(), label, start, end


def read_label_file(path: Path | str) -> tuple[list[Row], list[int]]:
    """The rows of a PTC labels or template file, and the 1-based numbers of the non-blank lines that are not rows.

    Raise SM501 when the file is missing or has no valid line; callers report the bad lines, so a
    score is never silently computed over fewer gold spans than the file holds.
    """
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise SpinmapError("SM501", path=str(path), detail=str(exc), cmd="eval ptc") from exc
    # a BOM (Excel, PowerShell's UTF-16) or a stray non-UTF-8 byte was a traceback or glued to the first id
    text = decode_data_file(raw)
    lines = [l.removesuffix("\r") for l in text.split("\n")]  # "\n" only, as the task files
    rows, bad = [], []
    for number, line in enumerate(lines, 1):
        row = parse_label_line(line)
        if row is not None:
            rows.append(row)
        elif line.strip():
            bad.append(number)
    if lines and not rows:
        raise SpinmapError("SM501", path=str(path), detail="no id/start/end lines", cmd="eval ptc")
    return rows, bad


def read_labels(path: Path | str) -> list[Row]:
    """The valid rows of a PTC labels or template file (training reads; the CLI reports bad lines)."""
    return read_label_file(path)[0]


def bad_lines_error(path: Path | str, bad: list[int], what: str, shown: int = 5) -> SpinmapError:
    """SM502 naming how many lines were left out and the first few line numbers."""
    numbers = ", ".join(map(str, bad[:shown])) + (", ..." if len(bad) > shown else "")
    return SpinmapError("SM502", count=len(bad), path=str(path), what=what,
                        detail=f"not id<TAB>[technique<TAB>]start<TAB>end with 0 <= start <= end (line {numbers})")


def merge_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Union of overlapping (or touching) ``[start, end)`` spans, sorted; empty spans dropped."""
    merged: list[list[int]] = []
    for s, e in sorted((s, e) for s, e in spans if e > s):
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    return [(s, e) for s, e in merged]


@dataclass(frozen=True)
class PRF:
    precision: float
    recall: float
    f1: float
    n_pred: int
    n_gold: int

    def line(self, name: str) -> str:
        return (f"{name}\tP={self.precision:.4f}\tR={self.recall:.4f}\tF1={self.f1:.4f}"
                f"\tpred={self.n_pred}\tgold={self.n_gold}")


def _prf(p_sum: float, r_sum: float, n_pred: int, n_gold: int) -> PRF:
    p = p_sum / n_pred if n_pred else 0.0
    r = r_sum / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return PRF(p, r, f, n_pred, n_gold)


def _overlap_sums(pred: list[tuple[int, int]], gold: list[tuple[int, int]]) -> tuple[float, float]:
    """Sum of |p∩g|/|p| and of |p∩g|/|g| over all pairs of (already merged) spans."""
    p_sum = r_sum = 0.0
    for ps, pe in pred:
        for gs, ge in gold:
            inter = min(pe, ge) - max(ps, gs)
            if inter > 0:
                p_sum += inter / (pe - ps)
                r_sum += inter / (ge - gs)
    return p_sum, r_sum


def _group(rows: Iterable[Row], by_label: bool) -> dict[tuple, list[tuple[int, int]]]:
    groups: dict[tuple, list[tuple[int, int]]] = defaultdict(list)
    for aid, label, s, e in rows:
        groups[(aid, label) if by_label else (aid,)].append((s, e))
    return {k: merge_spans(v) for k, v in groups.items()}


def score_spans(pred: Iterable[Row], gold: Iterable[Row], by_label: bool) -> PRF:
    """SI (``by_label=False``) or FLC (``by_label=True``) score with the SemEval-2020 T11 measure."""
    pg, gg = _group(pred, by_label), _group(gold, by_label)
    p_sum = r_sum = 0.0
    for key, gspans in gg.items():
        if key in pg:
            a, b = _overlap_sums(pg[key], gspans)
            p_sum += a
            r_sum += b
    n_pred = sum(len(v) for v in pg.values())
    n_gold = sum(len(v) for v in gg.values())
    return _prf(p_sum, r_sum, n_pred, n_gold)


def score_si(pred: Iterable[Row], gold: Iterable[Row]) -> PRF:
    return score_spans(pred, gold, by_label=False)


def score_flc(pred: Iterable[Row], gold: Iterable[Row]) -> PRF:
    return score_spans(pred, gold, by_label=True)


def score_tc(pred: Iterable[Row], gold: Iterable[Row]) -> PRF:
    """Micro P/R/F1 of labels on given spans: a prediction is right when (id, start, end, label) is gold.

    A span with several gold labels may be listed once per label; each listed prediction is
    matched to at most one unused gold row.
    """
    remaining: dict[tuple, int] = defaultdict(int)
    gold = list(gold)
    for aid, label, s, e in gold:
        remaining[(aid, s, e, label)] += 1
    pred = [r for r in pred if r[1] is not None]
    correct = 0
    for aid, label, s, e in pred:
        key = (aid, s, e, label)
        if remaining[key] > 0:
            remaining[key] -= 1
            correct += 1
    p = correct / len(pred) if pred else 0.0
    r = correct / len(gold) if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return PRF(p, r, f, len(pred), len(gold))


def format_row(row: Row) -> str:
    """One output line in the official format: ``id<TAB>label<TAB>start<TAB>end``."""
    aid, label, s, e = row
    return f"{aid}\t{label}\t{s}\t{e}"

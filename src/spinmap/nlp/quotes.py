"""Where the double-quoted passages of a text are: used by actors (a pronoun outside a quote does not
refer back into it) and by attribution (direct and multi-paragraph quotes)."""
from __future__ import annotations

import re
from typing import Optional

CharSpan = tuple[int, int]

OPEN_QUOTES = {"“", "«", "„"}
CLOSE_QUOTES = {"”", "»"}
TOGGLE_QUOTES = {'"'}


def quote_regions(text: str) -> list[CharSpan]:
    """Spans of double-quoted passages, marks included; unbalanced marks are closed best-effort.

    Straight ``"`` and doubled apostrophes ``''`` (newswire style) toggle. A quote left open at a
    paragraph break continues when the next paragraph opens with a quote mark (the
    multi-paragraph convention), else it ends at the break.
    """
    regions: list[CharSpan] = []
    start: Optional[int] = None
    i, n = 0, len(text)

    def mark_len(j: int) -> int:
        if text[j] in OPEN_QUOTES or text[j] in CLOSE_QUOTES or text[j] in TOGGLE_QUOTES:
            return 1
        return 2 if text.startswith("''", j) else 0

    while i < n:
        ch = text[i]
        if ch == "\n" and start is not None:
            j = i
            while j < n and text[j] in "\n \t":
                j += 1
            if j < n and text[j] not in CLOSE_QUOTES and mark_len(j):
                i = j + mark_len(j)  # the reopening mark belongs to the same multi-paragraph quote
                continue
            regions.append(_close_unbalanced(text, start, i))
            start = None
        elif ch in OPEN_QUOTES:
            if start is None:
                start = i
        elif ch in CLOSE_QUOTES:
            if start is not None:
                regions.append((start, i + 1))
                start = None
        elif ch in TOGGLE_QUOTES or text.startswith("''", i):
            width = 2 if ch == "'" else 1
            if start is None:
                start = i
            else:
                regions.append((start, i + width))
                start = None
            i += width
            continue
        i += 1
    if start is not None:
        regions.append(_close_unbalanced(text, start, n))
    return [r for r in regions if r[1] - r[0] > 2]


_UNCLOSED_END = re.compile(r"[,?!](?=\s+[a-z])")


def _close_unbalanced(text: str, start: int, end: int) -> CharSpan:
    """Best-effort end for a quote never closed: before a ", he said"-style turn, else the paragraph end."""
    m = _UNCLOSED_END.search(text, start, end)
    if m:
        return (start, m.end())
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end)


def region_at(regions: list[CharSpan], pos: int) -> Optional[CharSpan]:
    """The quote region containing character ``pos``, or None."""
    for s, e in regions:
        if s <= pos < e:
            return (s, e)
    return None

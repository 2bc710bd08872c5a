"""Where the double-quoted passages of a text are: used by actors (a pronoun outside a quote does not
refer back into it) and by attribution (direct and multi-paragraph quotes)."""
from __future__ import annotations

import math
import re
from bisect import bisect_right
from typing import Optional

CharSpan = tuple[int, int]

OPEN_QUOTES = {"“", "«", "„"}
CLOSE_QUOTES = {"”", "»"}
TOGGLE_QUOTES = {'"'}
# the only characters the scan below acts on (a lone apostrophe is checked for "''"): it jumps between them
_MARKS = re.compile("[\n" + "".join(sorted(OPEN_QUOTES | CLOSE_QUOTES | TOGGLE_QUOTES)) + "']")


def quote_regions(text: str) -> list[CharSpan]:
    """Spans of double-quoted passages, marks included; unbalanced marks are closed best-effort.

    Straight ``"`` and doubled apostrophes ``''`` (newswire style) toggle. A quote left open at a
    paragraph break continues when the next paragraph opens with a quote mark (the
    multi-paragraph convention), or when the first mark in the next few lines closes a quote (text
    broken into lines inside a quotation, one sentence per line); else it ends at the break.
    """
    regions: list[CharSpan] = []
    start: Optional[int] = None
    depth = 0  # opening marks of the current quote not yet closed (directional marks nest)
    i, n = 0, len(text)

    def mark_len(j: int) -> int:
        if text[j] in OPEN_QUOTES or text[j] in CLOSE_QUOTES or text[j] in TOGGLE_QUOTES:
            return 1
        return 2 if text.startswith("''", j) else 0

    while i < n:
        mark = _MARKS.search(text, i)
        if mark is None:
            break
        i = mark.start()
        ch = text[i]
        if ch == "\n" and start is not None:
            j = i
            while j < n and text[j] in "\n \t":
                j += 1
            if j < n and text[j] not in CLOSE_QUOTES and mark_len(j):
                i = j + mark_len(j)  # the reopening mark belongs to the same multi-paragraph quote
                continue
            closing = _closing_further_on(text, j)
            if closing is not None:
                i = closing  # the quote runs on over unmarked lines to the mark that closes it
                continue
            regions.append(_close_unbalanced(text, start, i))
            start = None
        elif ch in OPEN_QUOTES:
            if start is None:
                start, depth = i, 1
            elif _closes_twice(text, i):
                depth += 1  # “… “nested” …”: the inner pair does not end the quote
        elif ch in CLOSE_QUOTES:
            if start is not None:
                depth -= 1
                if depth == 0:
                    regions.append((start, i + 1))
                    start = None
        elif ch in TOGGLE_QUOTES or text.startswith("''", i):
            width = 2 if ch == "'" else 1
            if start is None:
                start, depth = i, 1
            elif width == 1 and _opens_nested(text, i):
                depth += 1  # "… "South Ossetia" is …": a straight mark shaped as an opener nests too
            else:
                depth -= 1
                if depth == 0:
                    regions.append((start, i + width))
                    start = None
            i += width
            continue
        i += 1
    if start is not None:
        regions.append(_close_unbalanced(text, start, n))
    return [r for r in regions if r[1] - r[0] > 2]


MAX_RUN_ON_LINES = 4  # unmarked lines a quotation may run over before the mark that closes it
MAX_RUN_ON_CHARS = 2000


def _closing_further_on(text: str, at: int) -> Optional[int]:
    """Where a quote left open before ``at`` closes, when the first quote mark in the next few lines is a closing
    one ("“I never told anyone. ⏎ He did not hurt me.”"): a directional closer, or a straight mark shaped as a
    closer (after a non-space, not before a word) that its line does not pair. None when an opening mark, another
    kind of mark, or nothing comes first within ``MAX_RUN_ON_LINES`` lines and ``MAX_RUN_ON_CHARS`` characters."""
    limit = min(len(text), at + MAX_RUN_ON_CHARS)
    lines = 0
    k = at
    while k < limit:
        ch = text[k]
        if ch == "\n":
            if k > at and text[k - 1] != "\n":
                lines += 1
                if lines >= MAX_RUN_ON_LINES:
                    return None
        elif ch in CLOSE_QUOTES:
            return k
        elif ch in TOGGLE_QUOTES:
            after = text[k + 1] if k + 1 < len(text) else " "
            closer = k > 0 and not text[k - 1].isspace() and not after.isalnum()
            return k if closer and _rest_of_line(text, k + 1).count('"') % 2 == 0 else None
        elif ch in OPEN_QUOTES or text.startswith("''", k):
            return None
        k += 1
    return None


def _closes_twice(text: str, at: int) -> bool:
    """An opening mark inside an open quote nests only when its paragraph closes both (“a “b” c”);
    a stray or mistyped opener (“a “b”) must not swallow the rest of the paragraph."""
    rest = _rest_of_line(text, at)
    return sum(rest.count(c) for c in CLOSE_QUOTES) - sum(rest.count(c) for c in OPEN_QUOTES) >= 1


def _opens_nested(text: str, at: int) -> bool:
    """A straight mark inside an open straight quote opens a nested one when it is shaped as an opener
    (space before, a word right after) and its paragraph still holds the two marks that close both."""
    before = text[at - 1] if at else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    if not (before.isspace() or before in "([—–-") or not after.isalnum():
        return False
    return _rest_of_line(text, at + 1).count('"') >= 2


def _rest_of_line(text: str, at: int) -> str:
    end = text.find("\n", at)
    return text[at : end if end >= 0 else len(text)]


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
    """The quote region containing character ``pos``, or None. ``regions`` as :func:`quote_regions` gives them:
    in text order and disjoint, so only the last region starting at or before ``pos`` can hold it (a bisection:
    attribution asks for every candidate token)."""
    k = bisect_right(regions, (pos, math.inf))
    if k and pos < regions[k - 1][1]:
        return regions[k - 1]
    return None

"""Corpus-level chrome: short lines that recur across articles of one site (bylines, widgets, banners).

A line is dropped from an article when, with digits normalised, it occurs in at least
``chrome_min_articles`` articles of the run AND in at least ``chrome_min_share`` of the articles
of that article's site. Only 8-byte hashes are counted, so one pass over a large corpus keeps
memory small (per-site counts are keyed by one int per site and line, valid within the run);
titles are never counted and never dropped.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field

from .clean import Draft, line_key

_DIGITS = re.compile(r"\d+")


def line_hash(line: str) -> int:
    """Hash of a line with case, quote style and digit runs normalised ("Read: 244" == "Read: 17")."""
    return int.from_bytes(hashlib.blake2b(_DIGITS.sub("0", line_key(line)).encode("utf-8"), digest_size=8).digest(), "big")


@dataclass
class LineStats:
    """Counts of short lines per article and per site over one run."""

    max_chars: int = 80
    articles: int = 0
    site_articles: Counter = field(default_factory=Counter)
    total: Counter = field(default_factory=Counter)
    per_site: Counter = field(default_factory=Counter)

    def candidates(self, draft: Draft) -> dict[int, int]:
        """Index -> hash of the lines of a draft that may be corpus chrome (short, kept, not the title)."""
        title = line_key(draft.title) if draft.title else None
        out = {}
        for i, (line, keep) in enumerate(zip(draft.lines, draft.keep)):
            if keep and line and len(line) <= self.max_chars and line_key(line) != title:
                out[i] = line_hash(line)
        return out

    def add(self, draft: Draft) -> None:
        """Count each distinct candidate line of one article once."""
        self.articles += 1
        self.site_articles[draft.site] += 1
        for h in set(self.candidates(draft).values()):
            self.total[h] += 1
            self.per_site[hash((draft.site, h))] += 1

    def apply(self, draft: Draft, min_articles: int, min_share: float) -> None:
        """Mark the recurring lines of a draft as dropped (they then show up in ``removed``)."""
        if self.articles < min_articles:
            return
        site_n = self.site_articles[draft.site] or 1
        for i, h in self.candidates(draft).items():
            if self.total[h] >= min_articles and self.per_site[hash((draft.site, h))] >= min_share * site_n:
                draft.keep[i] = False

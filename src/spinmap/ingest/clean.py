"""Per-article cleaning: normalise whitespace, find the title, drop site-chrome lines.

Cleaning works on whole lines so that every dropped line can be listed in ``Article.removed``;
the cleaned text is rebuilt from the kept lines, and every span indexes that rebuilt text.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Optional

from ..errors import error_record
from ..records import ErrorRecord

# Line breaks that str.splitlines() or spaCy would treat as breaks, folded to "\n".
_BREAKS = re.compile(r"\r\n|[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
# Invisible characters that would make equal lines compare unequal (and confuse the parser), plus
# what XML 1.0 forbids (\x1f, lone surrogates from JSON escapes, U+FFFF), so GEXF/GraphML stay valid.
_INVISIBLE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u00ad\u200b-\u200d\u2060\ufeff\ufffe\uffff\ud800-\udfff]")
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_BLANK_RUNS = re.compile(r"\n{3,}")
# spaCy's tokenizer splits a run of quote/bracket characters one affix at a time, rescanning the
# rest each time: 10,000 ')' took 12 s and 1 MB would take hours, so a hostile article stalled a
# batch. Runs of symbols longer than this are cut to it (no prose or rule line is that long).
MAX_SYMBOL_RUN = 100
_SYMBOL_RUN = re.compile(r"[^\w\s]{%d,}" % (MAX_SYMBOL_RUN + 1))

TITLE_MAX_CHARS = 200
TITLE_MAX_WORDS = 30
# A short line repeated inside one article is a headline, caption or widget, not prose.
REPEAT_MAX_CHARS = 120
REPEAT_MIN_WORDS = 3
# Chrome lines are short; longer lines are prose and skip the pattern match (also bounds regex time).
CHROME_MAX_CHARS = 300


def normalise_text(text: str) -> str:
    """NFC, one kind of line break, single spaces, no invisible characters, symbol runs cut, stripped lines."""
    return normalise_counting_cuts(text)[0]


def normalise_counting_cuts(text: str) -> tuple[str, int]:
    """``normalise_text`` plus how many symbol runs were cut, so the cut can be reported (SM214)."""
    text = unicodedata.normalize("NFC", _BREAKS.sub("\n", text))
    text = _INVISIBLE.sub("", text)
    text, cuts = _SYMBOL_RUN.subn(lambda m: m[0][:MAX_SYMBOL_RUN], text)
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n")), cuts


def line_key(line: str, fold_case: bool = True) -> str:
    """Comparison key that ignores quote style, dash style and (unless told not to) case."""
    line = line.casefold() if fold_case else line
    line = re.sub(r"[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]", '"', line)
    line = re.sub(r"[\u2018\u2019\u201a\u201b\u2032`\u00b4]", "'", line)
    line = re.sub(r"[\u2010-\u2015\u2212]", "-", line)
    return " ".join(line.split())


@lru_cache(maxsize=None)
def chrome_patterns() -> re.Pattern:
    """The chrome-line patterns from ``chrome_lines.txt``, compiled into one case-insensitive regex."""
    raw = resources.files(__package__).joinpath("chrome_lines.txt").read_text(encoding="utf-8")
    parts = [p.strip() for p in raw.splitlines() if p.strip() and not p.lstrip().startswith("#")]
    return re.compile("|".join(f"(?:{p})" for p in parts), re.IGNORECASE)


def is_chrome(line: str) -> bool:
    """True when the whole stripped line is site chrome by the pattern list."""
    line = line.strip()
    return 0 < len(line) <= CHROME_MAX_CHARS and chrome_patterns().fullmatch(line) is not None


def looks_like_title(line: str) -> bool:
    """Short, at least two words, no sentence-final period or clause punctuation, not chrome."""
    words = line.split()
    if not (2 <= len(words) <= TITLE_MAX_WORDS and len(line) <= TITLE_MAX_CHARS):
        return False
    if line.endswith((",", ";", ":")) or (line.endswith(".") and not line.endswith("...")):
        return False
    return not is_chrome(line)


@dataclass
class Draft:
    """An article after per-article cleaning, before the corpus-level chrome filter.

    ``lines`` are all normalised lines; ``keep[i]`` says whether line i stays in the text;
    ``title_line`` is the index of the line moved into ``title`` (neither kept nor removed).
    """

    source: str
    site: str
    lines: list[str]
    keep: list[bool]
    title: Optional[str] = None
    title_line: Optional[int] = None
    outlet: Optional[str] = None
    published: Optional[str] = None
    warnings: list[ErrorRecord] = field(default_factory=list)

    def removed(self) -> list[str]:
        """Every dropped non-blank line, in text order."""
        return [ln for i, (ln, k) in enumerate(zip(self.lines, self.keep)) if not k and ln and i != self.title_line]

    def body(self) -> str:
        """The kept lines, with at most one blank line between paragraphs."""
        kept = [ln for ln, k in zip(self.lines, self.keep) if k]
        return _BLANK_RUNS.sub("\n\n", "\n".join(kept)).strip("\n")

    def text(self) -> str:
        """The cleaned text: the headline as its first paragraph, then the body ("" without a body).

        Headlines carry much of an article's spin, so they are analysed like any paragraph; keeping
        them inside ``text`` keeps one coordinate system for every span.
        """
        body = self.body()
        return f"{self.title}\n\n{body}" if body and self.title else body


def draft_article(
    text: str,
    source: str,
    site: str = "",
    title: Optional[str] = None,
    outlet: Optional[str] = None,
    published: Optional[str] = None,
    detect_title: bool = True,
    warnings: Optional[list[ErrorRecord]] = None,
) -> Draft:
    """Normalise one text and drop the chrome visible within it (patterns, title repeats, repeated lines)."""
    text, cuts = normalise_counting_cuts(text)
    lines = text.split("\n")
    draft = Draft(source=source, site=site, lines=lines, keep=[True] * len(lines),
                  outlet=outlet, published=published, warnings=list(warnings or []))
    if cuts:
        draft.warnings.append(error_record("SM214", severity="warning", count=cuts, limit=MAX_SYMBOL_RUN,
                                           source=source))
    title = normalise_text(title).replace("\n", " ").strip() if title else None
    if title:
        draft.title = title
    elif detect_title:
        _take_title(draft)
    title_key = line_key(draft.title) if draft.title else None
    seen: set[str] = set()
    for i, line in enumerate(lines):
        if not line or i == draft.title_line:
            continue
        if is_chrome(line) or line_key(line) == title_key:
            draft.keep[i] = False
        elif len(line) <= REPEAT_MAX_CHARS and len(line.split()) >= REPEAT_MIN_WORDS:
            key = line_key(line, fold_case=False)
            if key in seen:
                draft.keep[i] = False
            seen.add(key)
    return draft


def _take_title(draft: Draft) -> None:
    """Use the first line as title when it looks like one and a blank line and more text follow."""
    lines = draft.lines
    first = next((i for i, ln in enumerate(lines) if ln), None)
    if first is None or first + 1 >= len(lines) or lines[first + 1]:
        return
    if not any(lines[first + 2:]) or not looks_like_title(lines[first]):
        return
    draft.title = lines[first]
    draft.title_line = first
    draft.keep[first] = False

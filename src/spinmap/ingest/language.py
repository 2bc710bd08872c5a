"""Is this article English? py3langid (deterministic), backed by script and function-word checks.

py3langid alone is unreliable on a line or two ("He lied." comes out Dutch), so a short text is
only called non-English when the classifier is fairly sure and no English function words back it up.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Optional

SHORT_WORDS = 20          # below this many words py3langid is a weak signal
ENGLISH_WORD_SHARE = 0.15  # share of English function words that settles it for English
SHORT_FOREIGN_PROB = 0.5   # a short text is non-English only when py3langid is at least this sure
SAMPLE_CHARS = 3_000       # a few paragraphs settle the language; more only costs time

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_LETTER = re.compile(r"[^\W\d_]")
_ASCII_LETTER = re.compile(r"[A-Za-z]")


@dataclass(frozen=True)
class LanguageGuess:
    language: str         # ISO 639-1 code, or "und" when there are no words at all
    english: bool
    probability: float    # py3langid's probability for ``language``


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """English function words from ``english_words.txt``."""
    raw = resources.files(__package__).joinpath("english_words.txt").read_text(encoding="utf-8")
    return frozenset(w.strip() for w in raw.splitlines() if w.strip() and not w.startswith("#"))


def detect_language(text: str, min_english_confidence: float = 0.5) -> LanguageGuess:
    """Guess the language of an article; ``english`` decides whether spinmap analyses it."""
    sample = text[:SAMPLE_CHARS]
    letters = len(_LETTER.findall(sample))
    if not letters:
        return LanguageGuess("und", False, 0.0)
    ranked = _identifier().rank(sample)
    top, p_top = ranked[0][0], float(ranked[0][1])
    p_en = next((float(p) for lang, p in ranked if lang == "en"), 0.0)
    latin = len(_ASCII_LETTER.findall(sample)) / letters
    words = [w.lower().replace("\u2019", "'") for w in _WORD.findall(sample)]
    latin_words = sum(1 for w in words if _ASCII_LETTER.match(w)) / max(len(words), 1)
    # mostly Cyrillic, Armenian, Arabic ... script: not English whatever the words; counted by words
    # too, since names kept in their own script are long ("Владимир Зеленский blamed ... for the ...")
    if latin < 0.5 and latin_words < 0.5:
        return LanguageGuess(top if top != "en" else "und", False, p_top)
    share = sum(1 for w in words if w in english_words()) / max(len(words), 1)
    english = (
        top == "en"
        or p_en >= min_english_confidence
        or share >= ENGLISH_WORD_SHARE
        or (len(words) < SHORT_WORDS and p_top < SHORT_FOREIGN_PROB)
    )
    return LanguageGuess("en", True, p_en) if english else LanguageGuess(top, False, p_top)

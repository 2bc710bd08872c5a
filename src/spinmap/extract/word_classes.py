"""Word classes kept as data: ``class<TAB>word`` lexicon files read once into one frozen set per class."""
from __future__ import annotations

from pathlib import Path

LEXICONS = Path(__file__).resolve().parent / "lexicons"


def word_classes(name: str) -> dict[str, frozenset[str]]:
    """``class<TAB>word`` lines of ``lexicons/<name>`` ('#' lines and blank lines skipped), as one word set per class."""
    classes: dict[str, set[str]] = {}
    for line in (LEXICONS / name).read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            cls, word = line.split("\t")
            classes.setdefault(cls, set()).add(word.strip())
    return {cls: frozenset(words) for cls, words in classes.items()}

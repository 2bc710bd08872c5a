"""Word lists kept as data under ``lexicons/``: plain lists and ``class<TAB>word`` files, read into frozen sets."""
from __future__ import annotations

from functools import lru_cache
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


@lru_cache(maxsize=None)
def word_list(name: str) -> frozenset[str]:
    """``lexicons/<name>``: one entry per line, lower-cased; '#' lines and blank lines skipped. Read once per process."""
    lines = (LEXICONS / name).read_text("utf-8").splitlines()
    return frozenset(ln.strip().lower() for ln in lines if ln.strip() and not ln.startswith("#"))

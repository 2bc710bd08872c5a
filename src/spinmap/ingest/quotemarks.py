"""Are the quotation marks of a text balanced? Unbalanced ones make quote spans best-effort (SM207).

Straight double quotes must come in pairs; curly and guillemet quotes must open as often as they
close. Single quotes double as apostrophes, so only an opening curly single quote with no possible
closing mark after it counts against the text.
"""
from __future__ import annotations

import re
from typing import Optional

# A right single quote inside a word (don't, Azerbaijan's) is an apostrophe, not a closing quote.
_APOSTROPHE = re.compile(r"(?<=\w)[\u2019'](?=\w)")


def unbalanced_quotes(text: str) -> Optional[str]:
    """Describe what is unbalanced (for the SM207 message), or None when the marks pair up."""
    problems = []
    straight = text.count('"')
    if straight % 2:
        problems.append(f'{straight} " (odd count)')
    for opening, closing in (("\u201c", "\u201d"), ("\u00ab", "\u00bb")):
        n_open, n_close = text.count(opening), text.count(closing)
        if n_open != n_close:
            problems.append(f"{n_open} {opening} vs {n_close} {closing}")
    n_open = text.count("\u2018")
    n_close = len(re.findall("\u2019", _APOSTROPHE.sub("", text)))
    if n_open > n_close:
        problems.append(f"{n_open} \u2018 vs {n_close} \u2019")
    return "; ".join(problems) or None

"""Helpers the actor-round tests share: resolve a text, force the tagger's guesses, find the actor at a surface."""
from __future__ import annotations

from spinmap.nlp.actors import resolve_actors


def index_of(nlp, text: str):
    return resolve_actors(nlp(text))


def tagged(nlp, text: str, *guesses: tuple[str, str], only: bool = False):
    """The parse of ``text`` with each ``(surface, label)`` (its first occurrence not yet covered by an earlier
    guess) forced as the tagger's guess, and, with ``only``, no other entity: the small model's guesses on such
    names vary, and the rules must hold for the guesses seen in articles."""
    doc = nlp(text)
    spans = []
    for surface, label in guesses:
        start = text.index(surface)
        while any(sp.start_char <= start < sp.end_char for sp in spans):
            start = text.index(surface, start + 1)
        spans.append(doc.char_span(start, start + len(surface), label=label))
    doc.set_ents(spans, default="outside" if only else "unmodified")
    return doc


def actor_at(index, text: str, surface: str, nth: int = 0):
    """The actor whose mention is the ``nth`` occurrence of ``surface``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return index.actor_at(start, start + len(surface))


def surfaces(index, text: str, actor) -> set[str]:
    """Every text by which ``actor`` is mentioned."""
    return {text[s:e] for s, e, a in index.mentions_in(0, len(text)) if a is actor}

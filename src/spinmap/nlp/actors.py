"""Canonical actors from spaCy NER plus a curated alias table (rule-based, no coreference model).

PLACEHOLDER: minimal version; the full resolver (metonymy, name variants, titles,
pronouns) replaces the body but keeps the ``ActorIndex`` API below.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from spacy.tokens import Doc

from ..records import Actor

_KIND = {"PERSON": "person", "ORG": "organization", "GPE": "country", "NORP": "group"}


@dataclass
class ActorIndex:
    """The article's canonical actors and a lookup from character spans to them."""

    actors: list[Actor] = field(default_factory=list)

    def by_id(self, actor_id: str) -> Optional[Actor]:
        return next((a for a in self.actors if a.id == actor_id), None)

    def actor_at(self, start: int, end: int) -> Optional[Actor]:
        """The actor with a mention overlapping [start, end), preferring the longest overlap."""
        best, best_overlap = None, 0
        for actor in self.actors:
            for s, e in actor.mentions:
                overlap = min(e, end) - max(s, start)
                if overlap > best_overlap:
                    best, best_overlap = actor, overlap
        return best


def resolve_actors(doc: Doc) -> ActorIndex:
    by_name: dict[str, dict] = {}
    for ent in doc.ents:
        kind = _KIND.get(ent.label_)
        if kind is None:
            continue
        rec = by_name.setdefault(ent.text, {"kind": kind, "mentions": []})
        rec["mentions"].append((ent.start_char, ent.end_char))
    actors = [
        Actor(id=f"A{i}", name=name, kind=rec["kind"], aliases=[], mentions=rec["mentions"])
        for i, (name, rec) in enumerate(by_name.items(), start=1)
    ]
    return ActorIndex(actors)

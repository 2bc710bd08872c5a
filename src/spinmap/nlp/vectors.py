"""Contextual token vectors the parse already computed: the English pipeline's own tok2vec layer.

The trained extractors read them as cheap context (a window of about four tokens each side) at no
cost beyond the parse. They are only meaningful from the pipeline the models were trained with, so
a doc parsed elsewhere, or read back from a DocBin (which drops ``doc.tensor``), gets them
recomputed by that pipeline's tok2vec over the doc itself (its own norms and affixes, so the values
equal the parse's) rather than silently zeros.
"""
from __future__ import annotations

import numpy as np
from spacy.tokens import Doc

from .pipeline import load_pipeline

TOKVEC_DIM = 96


def token_vectors(doc: Doc) -> np.ndarray:
    """``(len(doc), TOKVEC_DIM)`` float32 tok2vec output of the default English pipeline for ``doc``."""
    nlp = load_pipeline()
    tensor = doc.tensor
    if doc.vocab is nlp.vocab and getattr(tensor, "shape", None) == (len(doc), TOKVEC_DIM):
        return np.asarray(tensor, dtype=np.float32)
    if not len(doc):
        return np.zeros((0, TOKVEC_DIM), dtype=np.float32)
    return np.asarray(nlp.get_pipe("tok2vec").predict([doc])[0], dtype=np.float32)

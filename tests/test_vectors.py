"""Token vectors: the parse's own tok2vec output, recomputed identically when a doc lacks it."""
from __future__ import annotations

import pickle

import numpy as np
import pytest
import spacy
from spacy.tokens import DocBin

from spinmap.nlp.vectors import TOKVEC_DIM, token_vectors

TEXTS = [
    "The minister said that Russia was confident the talks would fail.",
    "« Baku was betrayed by Moscow », a channel wrote.  Nobody answered.",
    "x",
    "He's sure they don’t know what's what, isn't he?  Naryshkin said so.",  # tokenizer special-case norms
]


def _docbin_roundtrip(doc, nlp):
    bin_ = DocBin()
    bin_.add(doc)
    return next(DocBin().from_bytes(bin_.to_bytes()).get_docs(nlp.vocab))


def _blank_pipeline(doc, nlp):
    return spacy.blank("en")(doc.text)


def _pickled(doc, nlp):
    return pickle.loads(pickle.dumps(doc))


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("lose_tensor", [_docbin_roundtrip, _blank_pipeline, _pickled])
def test_vectors_recomputed_when_doc_lacks_them(nlp, text, lose_tensor):
    parsed = nlp(text)
    expected = token_vectors(parsed)
    assert expected.shape == (len(parsed), TOKVEC_DIM)
    assert np.abs(expected).sum() > 0
    other = lose_tensor(parsed, nlp)
    assert [t.text for t in other] == [t.text for t in parsed]
    np.testing.assert_allclose(token_vectors(other), expected, atol=1e-5)


def test_vectors_of_empty_doc(nlp):
    assert token_vectors(nlp("")).shape == (0, TOKVEC_DIM)


def test_vectors_trust_the_parse_from_an_unset_model_setting(nlp):
    """The analysis passes ``settings.spacy_model`` (unset: None); that must be the same cached pipeline."""
    from spinmap.nlp.pipeline import load_pipeline

    assert load_pipeline(None) is load_pipeline() is load_pipeline("") is nlp
    doc = load_pipeline(None)("Baku was betrayed by Moscow.")
    assert token_vectors(doc) is not None and np.shares_memory(token_vectors(doc), doc.tensor)

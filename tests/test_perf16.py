"""Session 16 speed work: the per-doc caches give the same answers as computing afresh."""
from __future__ import annotations

import numpy as np

from spinmap.extract import attribution as attr
from spinmap.nlp.vectors import TOKVEC_DIM, token_vectors


def test_padded_vectors_are_the_doc_vectors_and_a_zero_row(nlp):
    doc = nlp("The harbour master warned that the storm would close the port.")
    padded = attr._padded_vectors(doc)
    assert padded.shape == (len(doc) + 1, TOKVEC_DIM)
    assert np.array_equal(padded[:-1], token_vectors(doc))
    assert not padded[-1].any()  # the row a candidate without a subject reads
    assert attr._padded_vectors.cache_info().maxsize == 2  # bounded: at most two docs kept alive


def test_context_rows_of_one_candidate_equal_its_row_in_the_batch(nlp):
    """The second-stage features ask for one candidate at a time, the cue scorer for all at once:
    both read the same cached matrix, so a candidate's row is the same either way."""
    doc = nlp("Asked about the levy, the mayor insisted it was fair; critics disagreed loudly.")
    net = attr._model().get("context")
    if net is None:
        import pytest

        pytest.skip("the shipped cue model has no context net")
    toks = [t for t in doc if attr._is_candidate(t)]
    classes = [attr.rate_class(t, attr._model().get("lemma_counts") or {}) for t in toks]
    batch = attr.context_inputs(toks, [False] * len(toks), classes, net)
    for k, tok in enumerate(toks):
        one = attr.context_inputs([tok], [False], [classes[k]], net)
        assert np.array_equal(one[0], batch[k])
    subjectless = [k for k, t in enumerate(toks) if attr._subject(t) is None]
    assert subjectless, "the sentence needs a candidate with no subject"
    width = TOKVEC_DIM
    for k in subjectless:  # the subject block is the standardised zero row
        mean, scale = attr._net_arrays(net)[:2]
        assert np.array_equal(batch[k, 2 * width:3 * width], ((np.zeros(width, np.float32) - mean[2 * width:]) / scale[2 * width:]))

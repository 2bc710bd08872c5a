"""Session 17 speed work: each faster path gives exactly the answers of the plain one it replaced."""
from __future__ import annotations

import random

import numpy as np
import pytest

from spinmap.extract import attribution as attr
from spinmap.models.dse import LABELS, N_FEATURES, DirectionModel, _hash_matrix, load_model
from spinmap.nlp.quotes import quote_regions


def _plain_scores(model: DirectionModel, feature_lists) -> np.ndarray:
    """The product as it was computed before the cached weights: on the transposed coefficients."""
    from spinmap.models.dse import _softmax

    return _softmax(np.asarray(_hash_matrix(feature_lists) @ model.coef.T) + model.intercept)


FEATURE_LISTS = [
    ["path=nsubj>accuse<dobj", "e1=PERSON", "x:sanction|e1|e2"],
    ["path=poss>fault", "e2=GPE"] * 3,  # a repeated feature counts twice
    ["w=harbour", "w=levy", "x:blame|e2|e1", "bg=the|ferry"],
]


def test_dse_scores_equal_the_plain_product_bit_for_bit():
    model = load_model()
    got = model.scores(FEATURE_LISTS)
    assert got.tobytes() == _plain_scores(model, FEATURE_LISTS).tobytes()
    assert model._weights.flags.c_contiguous and model._weights.shape == (N_FEATURES, len(LABELS))


def test_dse_scores_of_a_float64_model_equal_the_plain_product():
    """A freshly trained model (``train/dse.fit``) holds float64 coefficients: same numbers either way."""
    rng = np.random.default_rng(17)
    model = DirectionModel(coef=rng.normal(size=(len(LABELS), N_FEATURES)), intercept=rng.normal(size=len(LABELS)))
    assert model.scores(FEATURE_LISTS).tobytes() == _plain_scores(model, FEATURE_LISTS).tobytes()


@pytest.mark.parametrize("text, expected", [
    ("No marks at all in this line about the ferry timetable.", []),
    ("The clerk's ledger isn't balanced, the auditors' notes say.", []),  # lone apostrophes are skipped
    ("''We sailed at dawn,'' the pilot wrote, and ''we came back late.''", [(0, 22), (44, 66)]),
    ("“The orchard flooded,” the grower said.\n\n“We lost the pears,” she added.", [(0, 22), (41, 61)]),
    ("“The canal stays shut until spring\n\n“and the barges wait,” the warden said.", [(0, 58)]),  # reopened
    ("\"The vote was close, said the teller, and nobody cheered.\nThe hall emptied.", [(0, 20)]),  # unclosed
    ("She called it \"a \"small\" setback for the \"choir\" tour\" on air.", [(14, 54)]),  # nested straight
    ("«The bridge» and „the tunnel“ were both named.", [(0, 12), (17, 46)]),
    ("Tail mark at the very end \"", []),
    ("'' ", []),
])
def test_quote_regions_jumping_between_marks(text, expected):
    """Expected values are those of the character-by-character scan the mark search replaced."""
    assert quote_regions(text) == expected


def test_quote_regions_ignore_every_character_that_is_not_a_mark():
    """Replacing every non-mark character by another non-mark character never moves a region."""
    rng = random.Random(17)
    marks = "“”«»„\"'\n"
    for _ in range(300):
        text = "".join(rng.choice(marks + "ab ,?!\t") for _ in range(rng.randint(0, 60)))
        other = "".join(c if c in marks or c in ",?!" or c.isspace() else rng.choice("xyz") for c in text)
        assert quote_regions(text) == quote_regions(other)


def test_bucket_is_the_first_edge_at_or_above():
    for edges in ((2, 4, 8, 16, 32, 64), (6, 12, 20, 40), (0, 1, 2, 4, 8, 16)):
        for n in range(-3, 80):
            assert attr._bucket(n, edges) == next((i for i, e in enumerate(edges) if n <= e), len(edges))


@pytest.mark.parametrize("counts, expected", [
    ([1, 50], "r0_few"),     # rate 0.02: on the first edge, so in its bucket
    ([5, 100], "r1"),        # 0.05
    ([7, 100], "r2"),        # 0.07
    ([70, 100], "r5"),       # 0.7: the last edge
    ([71, 100], "r6"),       # beyond every edge
    ([0, 9], "never"), ([0, 2], "never_few"), (None, "new"),
])
def test_lemma_class_edges(counts, expected):
    assert attr.lemma_class(counts) == expected

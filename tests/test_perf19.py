"""Session 18 speed work (perf round 19): each faster path gives exactly the answers of the plain one it replaced."""
from __future__ import annotations

import random

import numpy as np
import pytest

from spinmap.extract import techniques as tech
from spinmap.extract.attribution import _near_quote
from spinmap.nlp.quotes import quote_regions, region_at

TEXTS = [
    "The harbour board raised the ferry levy again on Monday, and the islanders were furious!",
    "“We will not pay,” said Orla Brennick, who runs the bakery near the pier. Is that fair?",
    "  Tolls rose.\n\nThe   council   met at dawn;  nobody came \"to listen\" to the clerk's report.\n",
    "NO MORE LEVIES",
    "",
]


def _order_prefixes(names: list[str]) -> list[str]:
    return [n.split("=")[0] + ("=" if "=" in n else "") for n in names[:12]]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("with_probs", [False, True])
def test_token_features_are_the_raw_names_hashed_in_order(nlp, text, with_probs):
    """crfsuite sums a token's weights in feature order: the hashed list must be the raw one, hashed, item by item."""
    doc = nlp(text)
    probs = [np.array([0.25, 0.5, 0.25])] * len(list(doc.sents)) if with_probs else None
    raw = tech.raw_token_features(doc, probs)
    expected = [[tech.hashed(n) for n in names] for names in raw]
    assert tech.token_features(doc, probs) == expected
    assert tech.token_features(doc, probs) == expected  # again, from the memoised blocks


def test_raw_token_features_keep_their_order(nlp):
    """The blocks are spliced back where their names always stood: own word and tags, head, shape, then the rest."""
    doc = nlp("The ferry levy rose sharply.")
    first = tech.raw_token_features(doc)[1]
    assert _order_prefixes(first) == ["bias", "w=", "l=", "p=", "t=", "d=", "hp=", "hl=", "sh=", "s3=", "p3=", "e="]
    assert first[1:3] == ["w=ferry", "l=ferry"] and first[9:11] == ["s3=rry", "p3=fer"]
    tail = [n for n in first if n[:3] in ("-2w", "-2p", "-1w", "-1p", "1w=", "1p=", "2w=", "2p=")]
    assert tail[:2] == ["-2w=<edge>", "-1w=the"] and tail[-2:] == ["2w=rose", "2p=VERB"]
    assert first[-2:] == ["bg-=the|ferry", "bg+=ferry|levy"]


def test_hashed_blocks_are_bounded():
    for block in tech._HASHED_BLOCKS:
        assert block.cache_info().maxsize == 1 << 15


def _plain_region_at(regions, pos):
    for s, e in regions:
        if s <= pos < e:
            return (s, e)
    return None


def _plain_near(regions, pos, window=100):
    return any(rs < pos + window and re_ > pos - window for rs, re_ in regions)


def test_bisected_region_lookups_equal_the_scan():
    rng = random.Random(19)
    texts = [t * 3 for t in TEXTS] + [
        "".join(rng.choice('ab ."“”«»„\n\'') for _ in range(rng.randint(0, 80))) for _ in range(400)]
    for text in texts:
        regions = quote_regions(text)
        for pos in range(-5, len(text) + 5):
            assert region_at(regions, pos) == _plain_region_at(regions, pos)
            for window in (1, 7, 100):
                assert _near_quote(regions, pos, window) == _plain_near(regions, pos, window)


def test_region_lookups_between_and_at_the_edges():
    text = 'Ann said "one" and then "two three" twice.'
    regions = quote_regions(text)
    assert regions == [(9, 14), (24, 35)]
    assert [region_at(regions, p) for p in (8, 9, 13, 14, 23, 24, 34, 35)] == [
        None, (9, 14), (9, 14), None, None, (24, 35), (24, 35), None]
    assert _near_quote(regions, 16, 3) is True and _near_quote(regions, 19, 3) is False
    assert region_at([], 3) is None and _near_quote([], 3) is False


def _plain_probs(model: tech.LinearModel, feats: dict[str, float], vec=None) -> np.ndarray:
    """``LinearModel.probs`` as it was: the weighted columns added one at a time."""
    z = model.intercept.copy()
    for name, value in feats.items():
        j = model.vocab.get(name)
        if j is not None:
            z += model.coef[:, j] * value
    if model.dense is not None and vec is not None:
        z += model.dense @ vec
    z -= z.max()
    e = np.exp(z)
    return e / e.sum()


def test_linear_model_probs_equal_the_per_feature_loop_bit_for_bit():
    rng = np.random.default_rng(19)
    names = [f"f{i}" for i in range(50)]
    model = tech.LinearModel({n: i for i, n in enumerate(names)}, rng.normal(size=(4, 50)).astype(np.float32),
                             rng.normal(size=4).astype(np.float32), ("a", "b", "c", "d"),
                             dense=rng.normal(size=(4, 8)).astype(np.float32))
    for _ in range(300):
        feats = {str(rng.choice(names + ["unknown", "other"])): float(rng.choice([1.0, 0.1, -2.5, 3.0]))
                 for _ in range(int(rng.integers(0, 40)))}
        vec = rng.normal(size=8).astype(np.float32) if rng.random() < 0.5 else None
        assert model.probs(feats, vec).tobytes() == _plain_probs(model, feats, vec).tobytes()
    assert model.probs({}).tobytes() == _plain_probs(model, {}).tobytes()

"""Accuracy gate: exact-span F1 on a tiny hand-written gold set must not drop below pinned minimums."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from spinmap.eval.polnear import Attribution, Counts
from spinmap.extract.attribution import find_attributions

GOLD = Path(__file__).parent / "gold" / "attribution_gold.jsonl"
# Pinned a little under the scores measured when the gate was written (see MODEL_CARD.md).
MIN_F1 = {"source": 0.90, "cue": 0.90, "content": 0.85}


def _span(text: str, part):
    if part is None:
        return None
    start = text.index(part)
    return (start, start + len(part))


def _gold_items():
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        text = item["text"]
        atts = [
            Attribution(content=_span(text, a["content"]), source=_span(text, a["source"]), cue=_span(text, a["cue"]))
            for a in item["attributions"]
        ]
        yield text, atts


@pytest.fixture(scope="module")
def counts(nlp):
    c = Counts()
    for text, gold in _gold_items():
        found = find_attributions(nlp(text), orphans=False)
        c.add([Attribution(content=f.content, source=f.source, cue=f.cue) for f in found], gold)
    return c


@pytest.mark.parametrize("role", sorted(MIN_F1))
def test_attribution_gold_exact_f1_gate(counts, role):
    f1 = counts.prf(role, "exact")[2]
    assert f1 >= MIN_F1[role], f"{role} exact F1 {f1:.3f} < {MIN_F1[role]}"


def test_attribution_gold_set_is_well_formed():
    items = list(_gold_items())
    assert len(items) >= 25
    for text, atts in items:
        for a in atts:
            assert text[slice(*a.content)] and text[slice(*a.cue)]

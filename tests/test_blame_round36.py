"""Blame round 36, from the judged PTC train sample 4: the gerunds the parser hung on an accusation verb after its
charge ("blamed Y for killing A, bombing B and killing C") are more charges against Y, not the accuser's deeds; a
fronted "For decades," is no charge; "no proof of X's guilt" exempts X (negated).

Examples are our own sentences, mirrored over the shared sides of test_blame_constructions; each case failed on the
old code.
"""
from __future__ import annotations

import pytest

from test_blame_constructions import PAIRS, assert_exactly, fill, run_quoted as run


@pytest.mark.parametrize("own,other", PAIRS)
def test_blame_round36_gerunds_after_the_charge_are_charges(nlp, own, other):
    text = fill("For decades, {K} has blamed the militants for killing three officers, bombing the offices of {N2} firms"
                " and killing civilians.", own, other)
    blames = run(nlp, text)
    assert_exactly(blames, [("{C}", "militants", "reported")], text, own, other)
    assert blames[0].charge == "killing three officers", blames


@pytest.mark.parametrize("own,other", PAIRS)
def test_blame_round36_no_proof_of_guilt_exempts(nlp, own, other):
    text = fill("{P} said he saw no proof of {P2}'s guilt.", own, other)
    blames = run(nlp, text)
    assert_exactly(blames, [("{P}", "{P2}", "reported")], text, own, other)
    assert all(b.negated for b in blames), blames

"""Blame precision round 7: refusals that are no misdeed, leaving by a vote, and accusations only foretold.

Found on round 6's judged train sample (seed 1717; PolNeAR and SemEval-2025 train): refusing to sign an accord, to
intervene or to concede a point reported as a charge (a refusal charges only when what is refused is owed: wages,
prisoners); "a majority voted to abandon the union" as a charge against the voters; "they will blame every failure on
him", a foretold accusation, reported as made now (it is now hedged, like "would blame").
Examples are our own sentences, mirrored over the shared sides of test_blame_constructions, with guards in the same
shapes that must still be found.
"""
from __future__ import annotations

import pytest

from test_blame_constructions import PAIRS, assert_exactly, fill, run

NO_RECORD = [
    "{K} refused to sign the trade pact that {K2} had backed.",
    "{P} refused to intervene, and the uprising in {K2} was crushed.",
    "{P} refused, once again, to concede that his critics in {K2} had a point.",
    "{P} said that a majority of {N2}s voted to abandon the union.",
]

KEPT = [
    # a refusal of what is owed, a desertion that is no vote: still charges
    ("{K} refused to pay the wages of its miners.", [("<author>", "{C}", "authorial")]),
    ("{K} refused to release the prisoners.", [("<author>", "{C}", "authorial")]),
    ("{P} said {K2} abandoned its allies in the port.", [("{P}", "{C2}", "reported")]),
    # a past accusation and one the speaker commits to now stay unhedged
    ("{P} blamed {K2} for the famine.", [("{P}", "{C2}", "reported")]),
]


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template", NO_RECORD)
def test_blame_precision7_no_record(nlp, template, own, other):
    text = fill(template, own, other)
    assert [(b.source.name, b.target.name, b.charge) for b in run(nlp, text)] == [], text


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template,expected", KEPT)
def test_blame_precision7_kept(nlp, template, expected, own, other):
    text = fill(template, own, other)
    blames = run(nlp, text)
    assert_exactly(blames, expected, text, own, other)
    assert not any(b.hedged or b.negated for b in blames), text


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template,hedged", [
    ("{P} warned that {K2} will blame every failure on the mayor.", True),
    ("{P} warned that {K2} would blame every failure on the mayor.", True),
    ("{P} said that {K2} blamed every failure on the mayor.", False),
    ("{P} said: \"We will hold {K2} accountable for the famine.\"", False),
    # a purpose infinitive is as hedged as the verb it hangs on; one on a deed done is not
    ("{P} said {K2} would likely send troops to raze the towns.", True),
    ("{P} said {K2} sent troops to raze the towns.", False),
])
def test_blame_precision7_foretold_accusation_is_hedged(nlp, template, hedged, own, other):
    text = fill(template, own, other)
    blames = run(nlp, text)
    assert blames, text
    assert all(b.hedged == hedged for b in blames), (text, [(b.source.name, b.target.name, b.hedged) for b in blames])

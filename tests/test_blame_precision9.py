"""Blame precision round 9: a definite role phrase names the person the article gave that role.

Found on the judged train sample of round 8 (seed 1919; 100 PolNeAR and 50 SemEval-2025 train articles): accusers
and accused left as "the diplomat", "the Russian leader" or "the president's ..." although the article had named the
one person holding that role. A generic noun covers the specific roles (leader: president, prime minister, ...;
diplomat: ambassador, envoy, foreign minister, ...; ``actor_role_covers.tsv``), and a possessive role phrase is a
mention too. Guards: when two named people fit, or the country does not match, the phrase stays as it is.
Examples are our own sentences, mirrored over the shared sides of test_blame_constructions.
"""
from __future__ import annotations

import pytest

from test_blame_constructions import PAIRS, assert_exactly, fill, run

CASES = [
    # resolved to the one holder named before
    ("{N} President Petro Havrylenko met the generals on Monday. The {N} leader said {K2} had shelled the port.",
     [("Petro Havrylenko", "{C2}", "reported")]),
    ("Olena Marchuk, {C}'s ambassador to the UN, spoke on Friday. {K2} is shelling the port, the diplomat said.",
     [("Olena Marchuk", "{C2}", "reported")]),
    ("The top diplomat will fly home, said Olena Marchuk, {C}'s envoy to the talks. "
     "Later the top diplomat accused {K2} of shelling the port.",
     [("Olena Marchuk", "{C2}", "reported")]),
    ("President Petro Havrylenko spoke in {K} on Monday. {P2} condemned the president's shelling of the port.",
     [("{P2}", "Petro Havrylenko", "reported"), ("<author>", "Petro Havrylenko", "authorial")]),
    # guards: two holders fit, or the country differs: the role noun stays
    ("{N} President Petro Havrylenko met {N} Prime Minister Ivan Sorokin on Monday. "
     "The {N} leader said {K2} had shelled the port.",
     [("{N} leader", "{C2}", "reported")]),
    ("{N} President Petro Havrylenko met the generals on Monday. The {N2} leader said {K} had shelled the port.",
     [("{N2} leader", "{C}", "reported")]),
    ("Olena Marchuk, {C}'s ambassador to the UN, met Ivan Sorokin, {C2}'s envoy to the UN. "
     "{K2} is shelling the port, the diplomat said.",
     [("diplomat", "{C2}", "reported")]),
]


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template,expected", CASES)
def test_blame_precision9_role_phrases(nlp, template, expected, own, other):
    text = fill(template, own, other)
    blames = run(nlp, text)
    assert_exactly(blames, expected, text, own, other)
    for b in blames:  # a role phrase resolved to a person keeps its own words as evidence
        assert b.source.span is None or b.source.span[1] <= len(text)

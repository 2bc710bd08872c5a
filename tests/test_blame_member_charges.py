"""Accused list members with a charge each (session 23).

"X accused A of P and B of Q": the parser hangs each for/of phrase on its own member, and every member used to take
the first member's charge. Each member now takes the phrase after it; members with none share the one before.
Examples are our own sentences, mirrored over the shared sides of test_blame_constructions.
"""
from __future__ import annotations

import pytest

from test_blame_constructions import PAIRS, assert_exactly, fill, run

CASES = [
    # each member's own charge (failed on the old code: both took "bigotry")
    ("{P} accused the envoys of bigotry and the generals of invented smears.",
     [("{P}", "envoys", "reported"), ("{P}", "generals", "reported")], ["bigotry", "invented smears"]),
    ("{P} criticised the talks, accusing the envoys of bigotry and the generals of invented smears.",
     [("{P}", "envoys", "reported"), ("{P}", "generals", "reported")], ["bigotry", "invented smears"]),
    # guards: one charge for the whole list stays shared
    ("{P} accused {P2}, the envoys and the generals of bigotry.",
     [("{P}", "{P2}", "reported"), ("{P}", "envoys", "reported"), ("{P}", "generals", "reported")],
     ["bigotry"] * 3),
    ("{P} blamed the envoys and the generals for the collapse of the truce.",
     [("{P}", "envoys", "reported"), ("{P}", "generals", "reported")], ["the collapse of the truce"] * 2),
]


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template,expected,charges", CASES)
def test_each_member_takes_its_own_charge(nlp, template, expected, charges, own, other):
    text = fill(template, own, other)
    blames = run(nlp, text)
    assert_exactly(blames, expected, text, own, other)
    assert sorted(b.charge for b in blames) == sorted(charges), (text, [(b.target.name, b.charge) for b in blames])

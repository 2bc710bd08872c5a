"""Blame round 37, from the judged PTC train sample 5: the one who forces a misdeed is blamed, not the one forced; a
threat's deeds were not done; "should have invaded" wishes a deed undone and "should not have invaded" faults one
done; a participle listed after a passive is passive too ("women abducted"); an open "whether or not" charges no
one; "the <name> killer" and "a <name> accuser" are not that name; "people like X" is X; "Y's right to continue its
occupation" is Y's occupation, told once; each accused after "as well as" keeps its own "for" charge; "12 counts,
including five counts of fraud" is fraud.

Examples are our own sentences, mirrored over the shared sides of test_blame_constructions; each FOUND, NOTHING and
CHARGE case (and the list-charge test) failed on the old code, each GUARD passes on both.
"""
from __future__ import annotations

import pytest

from test_blame_constructions import PAIRS, assert_exactly, check_case, fill, round_cases, run_quoted as run

FOUND = [
    ("{P2} was forced by {K}, at gunpoint, to bribe the judges.", [("<author>", "{K}", "authorial")]),
    ("{N2} militants threatened to hang the mayor of {K} and kidnap his son.",
     [("<author>", "{N2} militants", "authorial")]),
    ("{K} threatened to bomb the port of {K2}.", [("<author>", "{K}", "authorial")]),
    ("{P} should not have invaded {C2}.", [("<author>", "{P}", "authorial")]),
    ("{P} condemned people like {P2} for spreading hate.", [("{P}", "{P2}", "reported")]),
    ("A {P2} accuser said the minister lied.", [("A {P2} accuser", "the minister", "reported")]),
    ("{P} defended {C2}'s right to prolong its belligerent occupation.", [("<author>", "{C2}", "authorial")]),
]
NOTHING = [
    "Men have been butchered, women abducted and children snatched from their parents in {K2}.",
    "It was {C2} that {P} should have invaded in 2001, not Georgia.",
    "{P} should have invaded {C2} years ago.",
    "Whether or not {P2} is guilty of these crimes is yet to be determined.",
    '"The {P2} killer crossed the border again and again, always committing crimes," {P} wrote.',
]
CHARGES = [
    ("{P2} was indicted on Friday on 12 counts, including five counts of armed robbery.", "armed robbery"),
]
GUARDS = [
    ("{K} ordered {P2} to bribe the judges.", [("<author>", "{K}", "authorial")]),
    # an active clause after a passive one keeps its subject as the doer
    ("Civilians were killed and {N} soldiers looted the shops of {K2}.", [("<author>", "{N} soldiers", "authorial")]),
    # "the head of X" is no charge of its own
    ("{P} blamed {P2} and the head of the militia for the raids.", [("{P}", "{P2}", "reported")]),
]


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("kind,template,expected", round_cases(FOUND, GUARDS, NOTHING, CHARGES))
def test_blame_round37(nlp, kind, template, expected, own, other):
    check_case(nlp, kind, template, expected, own, other)


@pytest.mark.parametrize("own,other", PAIRS)
def test_blame_round37_each_group_keeps_its_for_charge(nlp, own, other):
    text = fill("{P} has blasted {P2} and his aides for the leaks, as well as the generals for their failures.", own, other)
    blames = run(nlp, text)
    assert_exactly(blames, [("{P}", "{P2}", "reported"), ("{P}", "his aides", "reported"), ("{P}", "generals", "reported")],
                   text, own, other)
    assert {b.target.name: b.charge for b in blames}["the generals"] == "their failures", blames
    assert sorted(b.charge for b in blames) == ["the leaks", "the leaks", "their failures"], blames

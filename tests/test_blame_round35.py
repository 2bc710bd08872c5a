"""Blame round 35, from the judged PTC train sample 3 (and one regression of round 34 seen in sample 4): an attack
told with the blame it lays ("attacked X, blaming them for Y") is words, and its "them" is X; an attempt is charged as
an attempt ("tried to rape her"); a clipped "Break:" label speaks for no one and is no list member of the subject after
it; a citation with chapter and verse is no actor; records that "say" something still speak (only what a record shows
is left to the author).

Examples are our own sentences, mirrored over the shared sides of test_blame_constructions; each FOUND, NOTHING and
CHARGE case failed on the old code, each GUARD passes on both.
"""
from __future__ import annotations

import pytest

from test_blame_constructions import PAIRS, check_case, round_cases

FOUND = [
    # the attack is in words: one accusation of the lawmakers, not an assault told by the author, nor one of "them"
    ("{P} attacked the {N2} lawmakers, blaming them for the chaos.", [("{P}", "{N2} lawmakers", "reported")]),
    ("{P} attacked the {N2} army, accusing it of war crimes.", [("{P}", "{N2} army", "reported")]),
    # a clipped "Breaking:" is no speaker, and no second subject of the plea after it
    ("Such crimes must be punished.\nBreak: Ex-Dem IT aide {P2} pleads guilty to bank loan fraud before a federal"
     " judge, under a plea deal.\nThe case against his wife is dropped.",
     [("<author>", "{P2}", "authorial")]),
    # records that say something are its speaker (round 34 left only what a record shows to the author)
    ("Search warrant records filed by the police say {P2} may have conspired with {P} to commit murder.",
     [("Search warrant records", "{P2}", "reported")]),
]
NOTHING = [
    "Daniel 3:3-6 betrayed the king of {C}.",
]
CHARGES = [
    ("{P2}, who says {P} tried to rape her in 1982, spoke on Thursday.", "tried to rape her in 1982"),
    ("{K} attempted to occupy the port of {K2}.", "attempted to occupy the port of {K2}"),
]
GUARDS = [
    # an attack with no blame told is still an assault
    ("{P} attacked the village, killing ten people.", [("<author>", "{P}", "authorial")] * 2),
    ("The video footage confirms that {P} is lying to voters.", [("<author>", "{P}", "authorial")]),
]


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("kind,template,expected", round_cases(FOUND, GUARDS, NOTHING, CHARGES))
def test_blame_round35(nlp, kind, template, expected, own, other):
    check_case(nlp, kind, template, expected, own, other)

"""Blame round 40, from the judged SemEval-2025 train sample: wanting or wishing someone to commit a misdeed charges
the one who wants it, not the one wanted to act ("X wanted Y to invade Z"), as an order does; and wanting
someone to stop a misdeed accuses them of it ("X wants Y to stop shelling Z"), as urging does, also when the parser
makes Y the subject of the wanted clause.

Examples are our own sentences, mirrored over the shared sides of test_blame_constructions; each FOUND case failed on
the old code on at least three of its four mirrored sides, each GUARD passes on both.
"""
from __future__ import annotations

import pytest

from test_blame_constructions import PAIRS, check_case, round_cases

FOUND = [
    ("Make no mistake: {K} wanted {C2} to invade the border districts.", [("<author>", "{K}", "authorial")]),
    ("The {N} leadership wished {C2} to betray its allies.", [("<author>", "{N} leadership", "authorial")]),
    ("{K} wants {K2} to stop shelling the border villages.", [("{K}", "{K2}", "reported")]),
]
GUARDS = [
    # an order still charges its giver, and urging to stop still accuses the one urged
    ("{K} ordered {N2} troops to loot the villages.", [("<author>", "{K}", "authorial")]),
    ("{P} urged {K2} to stop shelling the villages.", [("{P}", "{K2}", "reported")]),
    # wanting to do it oneself is the doer's own intent, as before
    ("{K} wanted to invade {C2}.", [("<author>", "{K}", "authorial")]),
]
NOTHING = [
    "{K} wants {K2} to withdraw its troops from the border.",
    "{K} did not want {C2} to sign the agreement.",
    # a wish for no misdeed orders nothing
    "“We demand open markets, and we want no crime,” {P} said.",
]


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("kind,template,expected", round_cases(FOUND, GUARDS, NOTHING, []))
def test_blame_round40(nlp, kind, template, expected, own, other):
    check_case(nlp, kind, template, expected, own, other)

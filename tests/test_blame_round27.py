"""Blame round 27: a deed down the complement chain of an urging verb (fresh seed 2727 PolNeAR train sample, class
``wrong-accused``).

"X pressed Y to V" urges V on Y (``urging_verbs``): X does not do it. The rule already held when V hung straight on
the urging verb; it now also holds when the deed lies further down a chain of non-finite complements ("pressing Y to
stop bombing Z", "pressing Y to talk about jobs rather than continuing to attack Z"), which charged the one urging.
Failing to reach an accord ("fail to find common ground", "failed to strike a deal"; ``accord_verbs``) is talks that
came to nothing (class ``non-misdeed``); failing to honour one stays a charge. "Neither X nor Y" denies a deed also
to an infinitive its subject controls ("neither X nor Y is inclined to attack Z"; class ``negation``).
Examples are our own sentences, mirrored over the shared sides of test_blame_constructions.
"""
from __future__ import annotations

import pytest

from test_blame_constructions import PAIRS, assert_exactly, fill, run_quoted as run


FOUND = [
    # each failed on the old code: the aides (the ones urging) were charged with the deed urged on another
    ("The aides are pressing {P} to stop bombing {K2}.", []),
    ("The aides are pressing {P} to talk about jobs rather than continuing to attack {P2}'s links to the banks.", []),
    ("The aides are pressing {P} to stop attacking {P2}.", []),
    # each failed on the old code: both sides of failed talks were charged
    ("{P} and {P2} fail to find common ground at the summit in Vienna.", []),
    ("{K} and {K2} failed to strike a deal on the grain corridor.", []),
    ("{P} failed to find common ground with {P2} on the river dispute.", []),
]
GUARDS = [
    # as before: a deed done after the urging, an order to commit a misdeed, a deed reported as done
    ("{P} pressed the envoys to leave and then bombed {K2}.", [("<author>", "{P}", "authorial")]),
    ("{P} ordered his troops to keep bombing {K2}.", [("<author>", "{P}", "authorial")]),
    ("The aides said that {P} kept bombing {K2}.", [("The aides", "{P}", "reported")]),
    ("{K} failed to honour the ceasefire with {K2}.", [("<author>", "{K}", "authorial")]),
    ("{K} failed to protect the civilians of {K2}.", [("<author>", "{K}", "authorial")]),
]


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template,expected", FOUND + GUARDS)
def test_blame_round27(nlp, template, expected, own, other):
    text = fill(template, own, other)
    assert_exactly(run(nlp, text), expected, text, own, other)


NEITHER = [
    # each failed on the old code: the deed under the controlling verb was charged as done
    ("Neither {P} nor his deputy is inclined to attack {P2}, something both aides regret.", 1),
    ("Neither {K} nor {K2} wants to shell the port.", 2),
    ("Neither {K} nor {K2} tried to shell the port.", 2),
    # as before: "neither" on the finite verb's own subject
    ("Neither {K} nor {K2} blamed the port workers' union for the blast.", 0),
    ("Neither {K} nor {K2} shelled the port.", 2),
]


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template,count", NEITHER)
def test_blame_round27_neither_negates_the_controlled_deed(nlp, template, count, own, other):
    text = fill(template, own, other)
    blames = run(nlp, text)
    assert sum(b.negated for b in blames) >= count and all(b.negated for b in blames), (
        text, [(b.source.name, b.target.name, b.negated) for b in blames])

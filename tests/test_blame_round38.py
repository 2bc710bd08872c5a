"""Blame round 38, from the judged PTC train samples 5 and 6: an agentless "was also / similarly criticized" has the
critic just named (never the one criticized); a testimony or announcement accusing someone is its maker's words
(``medium_nouns``); a forced or ordered one is named in the order's charge ("forced Y to bribe the judges"); a "to"
complement belongs to a charge noun ("failure to protect the staff"); a person's "persecution" or "murder" is what the
person underwent; "did not fail to inform" tells no wrong; "a Virginia man" is one person, not the state.

Examples are our own sentences, mirrored over the shared sides of test_blame_constructions; each FOUND, NOTHING and
CHARGE case (and the testimony test) failed on the old code, each GUARD passes on both.
"""
from __future__ import annotations

import pytest

from test_blame_constructions import PAIRS, check_case, fill, round_cases, run_quoted as run

FOUND = [
    ("{K} condemned {K2} for the blockade. The militias were also criticized for their raids.",
     [("{K}", "{K2}", "reported"), ("{K}", "militias", "reported")]),
    ("{P} faulted {P2} for the leaks. The generals were similarly criticized for their failures.",
     [("{P}", "{P2}", "reported"), ("{P}", "generals", "reported")]),
    # a person noun a place modifies is one person from there, not the place
    ("A {K} man who wanted to join the militants pleads guilty to lying about his trip.",
     [("<author>", "A {K} man", "authorial")]),
]
NOTHING = [
    "{P2}'s persecution will show how a minister is supposed to act.",
    "{P} did not fail to warn {K2}.",
]
CHARGES = [
    ("{P2} was forced by {K}, at gunpoint, to bribe the judges.", "forced {P2} to bribe the judges"),
    ("{C2}'s failure to protect the embassy staff angered {P}.", "failure to protect the embassy staff"),
]
GUARDS = [
    # no "also": the critic is not carried over
    ("{K} condemned {K2} for the blockade. The militias were criticized for their raids.",
     [("{K}", "{K2}", "reported"), ("<unspecified>", "militias", "reported")]),
    # a state's persecution of others is its own deed
    ("{K}'s persecution of dissidents continued.", [("<author>", "{K}", "authorial")]),
]


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("kind,template,expected", round_cases(FOUND, GUARDS, NOTHING, CHARGES))
def test_blame_round38(nlp, kind, template, expected, own, other):
    check_case(nlp, kind, template, expected, own, other)


@pytest.mark.parametrize("own,other", PAIRS)
def test_blame_round38_a_testimony_speaks_for_its_maker(nlp, own, other):
    text = fill("{P}'s testimony accusing {P2} of lying was made public.", own, other)
    assert [(b.source.name, b.voice) for b in run(nlp, text)] == [(fill("{P}", own, other), "reported")]

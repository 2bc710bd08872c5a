"""Blame round 20: non-misdeeds charged (seed 2626 train sample).

Killing, sinking or torpedoing a motion (``motions`` in blame_word_classes.tsv: a bill, an amendment) is a defeat
by vote or delay that wrongs no one. Refusing an act nobody owes (``unowed_acts``: to use a crisis for one's gain,
to go along with what an ally asserts) is the refuser's choice, not a charge. Failing "to do what it takes to
compete" is falling short in a race, as failing to qualify is (``compete`` in blame_neutral_complements.txt, read
also through a generic "do"). Examples are our own sentences, mirrored over the shared sides of
test_blame_constructions.
"""
from __future__ import annotations

import pytest

from test_blame_constructions import PAIRS, assert_exactly, fill, run

NOTHING = [
    # each failed on the old code: the defeat, the refusal or the shortfall was charged to the subject
    ("For two days {P}'s allies in the senate held the floor, hoping to stall and finally kill the farm bill.", []),
    ("{C} killed the farm bill in committee.", []),
    ("{P} refused to go along with an aide's bid to question the new jobs figures.", []),
    ("After the storm, {P} refused to use the flooding to his own advantage.", []),
    ("The contest tightened because {P} has failed to do what it takes to compete in the rural counties.", []),
]
FOUND = [
    # guards: killing people, refusing what is owed, failing at a duty stay charges
    ("{P} accused {C2} of killing the farm workers.", [("{P}", "{C2}", "reported")]),
    ("{C2} refused to pay the wages it owed the miners.", [("<author>", "{C2}", "authorial")]),
    ("{C2} failed to protect the refugees from the gangs.", [("<author>", "{C2}", "authorial")]),
    # session 23: bare "go" is no unowed act; refusing to go and fight is the charge issue 4 names
    ("{C2} refused to go to the front and fight, yet counted on its neighbours to do it.", [("<author>", "{C2}", "authorial")]),
    ("{C2} refused to go to the front.", [("<author>", "{C2}", "authorial")]),
]


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template,expected", NOTHING + FOUND)
def test_blame_precision20(nlp, template, expected, own, other):
    text = fill(template, own, other)
    assert_exactly(run(nlp, text), expected, text, own, other)

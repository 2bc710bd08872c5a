"""Blame round 32, from the first judged sample of PTC train articles (a domain no blame rule was built from):
denials by a "no" object or a cleft, "not before" (which denies nothing), runs and records of words that speak for
whoever gave them out, and what a speaker describes or details.

Examples are our own sentences, mirrored over the shared sides of test_blame_constructions; each FOUND case failed on
the old code, each GUARD passes on both.
"""
from __future__ import annotations

import pytest

from test_blame_constructions import PAIRS, assert_exactly, fill, run_quoted as run


def negated(blames) -> list[bool]:
    return [b.negated for b in blames]


DENIED = [
    # (template, expected record, negated?)
    ("{P} has committed no crime.", ("<author>", "{P}", "authorial"), True),
    ("{N} troops committed no crimes in the village.", ("<author>", "{N} troops", "authorial"), True),
    ("{K} broke no law when it closed the border.", ("<author>", "{K}", "authorial"), True),
    ("It is not that {K2} shelled the port; the storm sank the ships.", ("<author>", "{K2}", "authorial"), True),
    ("The guards were freed two days later, but not before {N2} soldiers looted the depot.",
     ("<author>", "{N2} soldiers", "authorial"), False),
]
DENIAL_GUARDS = [
    ("{K} gave no warning before it shelled the port of {K2}.", ("<author>", "{C}", "authorial"), False),
    ("{N} troops did not loot the depot.", ("<author>", "{N} troops", "authorial"), True),
    ("{C} not only shelled the port but also looted the depot.", ("<author>", "{C}", "authorial"), False),
]


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template,expected,is_negated", DENIED + DENIAL_GUARDS)
def test_blame_round32_denials(nlp, template, expected, is_negated, own, other):
    text = fill(template, own, other)
    blames = run(nlp, text)
    assert_exactly(blames, [expected] * len(blames) or [expected], text, own, other)
    assert negated(blames) == [is_negated] * len(blames), (text, negated(blames))


VOICED = [
    # each failed on the old code: the run or record of words, or the author, was the accuser
    ("{P} unleashed a stream of tweets condemning {P2}.", [("{P}", "{P2}", "reported")]),
    ("{P} fired off a string of posts accusing {K2} of lying.", [("{P}", "{K2}", "reported")]),
    ("{P}'s history of extreme remarks includes blaming {N2}s for the famine.", [("{P}", "{N2}s", "reported")]),
    ("{P}'s record of remarks includes blaming {C2} for the famine.", [("{P}", "{C2}", "reported")]),
    ("{P} described {C2}'s crimes against the villagers.", [("{P}", "{C2}", "reported")]),
    ("{P} described how the looting was covered up by {N2} officials.", [("{P}", "{N2} officials", "reported")]),
    ("{P} detailed how {N2} troops looted the depot.", [("{P}", "{N2} troops", "reported")]),
]
VOICE_GUARDS = [
    ("{P} issued a statement condemning {P2}.", [("{P}", "{P2}", "reported")]),
    ("{N2} troops looted the depot, and a series of fires followed.", [("<author>", "{N2} troops", "authorial")]),
]


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template,expected", VOICED + VOICE_GUARDS)
def test_blame_round32_who_voices(nlp, template, expected, own, other):
    text = fill(template, own, other)
    assert_exactly(run(nlp, text), expected, text, own, other)


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template", ["{P}'s history of extreme remarks includes blaming {N2}s for the famine.",
                                      "{P}'s record of remarks includes blaming {C2} for the famine."])
def test_blame_round32_a_record_of_words_is_its_owners(nlp, template, own, other):
    # the accuser is the person, not "X's history of ..." (which the slot test above would also accept)
    text = fill(template, own, other)
    (b,) = run(nlp, text)
    assert b.source.actor is not None and b.source.name == fill("{P}", own, other), b.source

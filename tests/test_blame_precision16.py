"""Blame round 16: accusers, charges and unasserted claims from a new judged train sample (seed 2525).

- '"<words>," she said, blaming it on X': the participle and the speech verb hang on the quote's noun; the speaker
  accuses, and the quoted words are the charge (the noun itself was taken for the accuser).
- "accused X of <noun> for <gerund>": the "of" phrase of accuse/suspect/convict is the charge, "for" only its grounds;
  "accused X of planning to V": the infinitive the parser hangs on the accusing verb belongs to the gerund.
- "so that X could convince the world that Y was behind it": a belief someone wants spread is not asserted.
- "X went on to accuse Y": the next thing done, not a purpose, so the accusation is made.
- "X blasted Y for his complicity": the misdeed word in an accusation's charge is the accuser's, one record; in a
  passive ("X is accused of spreading Y's propaganda") the accuser is unnamed, never the accused.
- "X was fired for criticizing Y": a for-gerund on a verb with no object is its subject's doing; and an object
  "him"/"her" never means the subject of its own clause (nlp/actors.py, ``_clause_subject``).
- "condemned X as unfit to govern": with no for/of charge, what the accused is called "as" is the charge.
Examples are our own sentences, mirrored over the shared sides of test_blame_constructions.
"""
from __future__ import annotations

import pytest

from test_blame_constructions import PAIRS, assert_exactly, fill, run

FOUND = [
    # each failed on the old code
    ('{P} spoke in {K}. "Such arrogance," he said, blaming most of it on {P2}.', [("{P}", "{P2}", "reported")]),
    ("The rebels were picked so that {K} could convince the world that {K2} was behind the attack.", []),
    ("{P} went on to accuse {P2} of lying about the talks.", [("{P}", "{P2}", "reported")]),
    ("{P} blasted {P2} for his complicity in the massacre.", [("{P}", "{P2}", "reported")]),
    ("{P} was fired for criticizing {P2}.", [("{P}", "{P2}", "reported")]),
    ("{P} apologized for blaming {P2} for the crash.", [("{P}", "{P2}", "reported")]),
    # a passive accusation's misdeed word is an unnamed accuser's charge, not the accused's own (review fix)
    ("{P2}, a veteran columnist, is often accused of spreading {N} propaganda about the war.",
     [("<unspecified>", "{P2}", "reported"), ("<unspecified>", "{C}", "reported")]),
    ("{P} spoke first. Then {P2} was fired for criticizing him.", [("{P2}", "{P}", "reported")]),
    # guards: the same shapes where the old reading was right
    ("The ministry, accusing {K2} of shelling the plant, demanded an inquiry.", [("ministry", "{C2}", "reported")]),
    ("{P} flew to {K2} to condemn {P2}.", []),  # a purpose is still no accusation made
    ("{K} framed the {N2}s in order to blame them for the fighting, when really it was {K} who provoked {K2}.",
     [("<author>", "{C}", "authorial")]),  # the when-clause is the writer's, not part of the charge
    ("{P} said that {K2} was behind the attack.", [("{P}", "{C2}", "reported")]),
    ("{P} praised {P2} for condemning the raid.", []),  # "for" after an object: not the subject's doing
    ("{P} spoke first. Then {P2} was fired for criticizing {P}.", [("{P2}", "{P}", "reported")]),
]

CHARGES = [
    # each failed on the old code
    ("{K} is accusing {K2} of blatant hypocrisy for signing the treaty in secret.", "blatant hypocrisy"),
    ("{K} has accused {K2} of planning to use a dirty bomb to poison the river valley.",
     "planning to use a dirty bomb to poison the river valley"),
    ('{P} spoke in {K}. "Such arrogance," he said, blaming most of it on {P2}.', "Such arrogance"),
    ("{P} blasted {P2} for his complicity in the massacre.", "his complicity in the massacre"),
    ("{P} is criticizing {P2} as a weak leader who cares more about polls.", "a weak leader"),
    ("{K} condemned {K2} as unfit to govern.", "unfit to govern"),
    # guards
    ("{K} has criticized {K2} as early as 2014.", "criticized"),
    ("{K} condemned {K2}.", "condemned"),
    ("{K} blamed {K2} for the shelling of the border villages.", "the shelling of the border villages"),
    ("{K} accused {K2} of sabotage.", "sabotage"),
]


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template,expected", FOUND)
def test_blame_precision16_found(nlp, template, expected, own, other):
    text = fill(template, own, other)
    assert_exactly(run(nlp, text), expected, text, own, other)


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template,charge", CHARGES)
def test_blame_precision16_charge(nlp, template, charge, own, other):
    text = fill(template, own, other)
    assert [b.charge for b in run(nlp, text)] == [charge], text

"""Blame round 18: stopping an attacker referred to by a pronoun is no misdeed (seed 2525 train sample).

"The van's driver rammed a queue in {K}; officers who shot him ended it": the one killed is the attacker named
earlier in the sentence, so the killing accuses nobody, as "police killed the gunman" already did not. The
pronoun's antecedent must be the subject of an assault (``assault_verbs`` in blame_word_classes.tsv); a pronoun
for someone who did no violence keeps the charge.
Refusing to bow out of a race or to bow to pressure (``blame_neutral_complements.txt``) is no charge, as
refusing to concede already was not.
Examples are our own sentences, mirrored over the shared sides of test_blame_constructions.
"""
from __future__ import annotations

import pytest

from test_blame_constructions import PAIRS, assert_exactly, fill, run

FOUND = [
    # each failed on the old code: the killing was charged to the police or the guards
    ("{P} said the van's driver had fired at shoppers in {K}, according to the officers who killed him.", []),
    ("Witnesses in {K} said the young man stabbed two guests at the wedding before guards shot him dead.", []),
    ("The cleric told us the woman attacked a nurse in {K} and that soldiers then killed her.",
     [("cleric", "woman", "reported")]),
    # guards: a pronoun for someone who did no violence, or a culprit's own killing, keeps its charge
    ("{P} said the old farmer had walked to the market in {K} before soldiers killed him.",
     [("{P}", "soldiers", "reported")]),
    ("Witnesses said the young man waved at the crowd in {K} before the guards killed him.",
     [("Witnesses", "guards", "reported")]),
    ("{P} said the man in the van had killed three shoppers in {K} before police killed him.",
     [("{P}", "man", "reported")]),
    # each failed on the old code: refusing to leave a race, or to give in, is no misdeed
    ("{P} refused to bow out of the race for mayor of {K}.", []),
    ("When {P} refused to bow out, {P2} began mocking the rival, according to three aides.", []),
    ("{P} refused to bow to the pressure from {K2}.", []),
    # guard: refusing to pay what is owed keeps its charge
    ("{P} refused to pay the workers in {K}.", [("<author>", "{P}", "authorial")]),
]


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template,expected", FOUND)
def test_blame_precision18_found(nlp, template, expected, own, other):
    text = fill(template, own, other)
    assert_exactly(run(nlp, text), expected, text, own, other)

"""Blame round 26: deeds only supposed, and the direction of a smear (seed 2626 train sample, classes ``hypothetical``
and ``direction``).

Vilifying or demonizing someone is a wrong its doer does (``blame_misdeed_verbs.txt``), not the doer's accusation:
"X began vilifying Y, diplomats say" is the diplomats' charge against X, and a speaker's "we spent years demonizing Y"
is a confession that charges nobody. A deed under an intention only guessed at ("X might try to sabotage Y", "people he
might have wanted to kill", "might be planning it to blame Y") is not told, nor is a deed asked about in a yes/no
question, even a quoted one ("Can X destroy Y?"), nor an accusation someone merely can make ("how voters can hold X
accountable"), nor an attack on someone's qualities ("attacked his rival's inexperience", ``discourse_objects``).
Examples are our own sentences, mirrored over the shared sides of test_blame_constructions.
"""
from __future__ import annotations

import pytest

from test_blame_constructions import PAIRS, assert_exactly, fill, run_quoted as run


FOUND = [
    # each failed on the old code: the smearer was the accuser, or a supposed deed or a question was charged
    ("{K} began vilifying {K2} and its envoys, according to several diplomats.", [("several diplomats", "{K}", "reported")]),
    ("{K} has demonized {K2} for years.", [("<author>", "{K}", "authorial")]),
    ('"For ten years we have demonized the government in {K2}," the {N} host lamented.', []),
    ("The envoy said that {K} might try to sabotage the talks with {K2}.", []),
    ("The envoy said there are villages near {K2} that {K} might have wanted to bomb.", []),
    ("{P2} says the charges are absurd, and that {K} might be planning the raid to blame {K2}.", []),
    ('"Can {K} destroy the whole harbour of {K2}?" the envoy asked.', []),
    ("This shows how voters in {K} can hold {P2} accountable for the floods.", []),
    ("In a speech in {K}, {P} attacked his rival's inexperience.", []),
    ("The senator attacked the judgment of the {N2} minister.", []),
]
GUARDS = [
    # as before: a smear told by an accusation verb, a guessed deed, a wish stated, a question that asserts nothing new
    ("{P} accused {K2} of vilifying the refugees.", [("{P}", "{K2}", "reported")]),
    ("The envoy said that {K} may have shelled the port of {K2}.", [("envoy", "{K}", "reported")]),
    ("Voters in {K} held {P2} accountable for the floods.", [("Voters", "{P2}", "reported")]),
    ('"We can blame {K2} for the floods," the envoy said.', [("envoy", "{K2}", "reported")]),
    ('"Why did {K} shell the harbour of {K2}?" the envoy asked.', [("envoy", "{K}", "reported")]),
    ("{K} attacked the experience centre in {K2}.", [("<author>", "{K}", "authorial")]),
]


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template,expected", FOUND + GUARDS)
def test_blame_round26(nlp, template, expected, own, other):
    text = fill(template, own, other)
    assert_exactly(run(nlp, text), expected, text, own, other)

"""Blame precision on mainstream news, round 6: who is "he", who does a gerund, which labels and possessors accuse.

Found by hand-labelling every blame over a new random sample of 100 PolNeAR and 50 SemEval-2025 train articles (seed
1717): a sentence-opening "He" taken for a name tucked into the previous sentence's participle clause instead of that
sentence's speaker; an accusation gerund hung on another verb's preposition ("after accusing", "devoted hours to
criticizing") or an attack in words one goes on ("went on a scathing attack") left without its accuser; a speaker's
own deed in a quote ("We will ...") charged to the speaker; "any X accused of ..." as someone; "a former X official"
as the body X; crime words ("the terrorists", "the suspect") as charges against no one; a missile no one is named as
firing or "the economic forces" as accused; "condemned X's arrest" as a charge against X; failing in a race as a
misdeed; and voices missed: "as per X", a fronted "to him,", "X's dictum that ...".
Examples are our own sentences with the shared invented/swapped sides of test_blame_constructions (mirrored: the
same record shape whichever side is which), plus guards in the same shapes that must still be found.
"""
from __future__ import annotations

import pytest

import spinmap
from test_blame_constructions import PAIRS, assert_exactly, fill, run

NO_RECORD = [
    # a class of people whoever they may be, a crime's culprits, whom an act was done to: no one charged
    "The court in {K} will try any {N2} officers accused of torture.",
    "The terrorists fled the square after the blast in {K}.",
    "{P} condemned {P2}'s arrest.",
    "{P} objected to criticizing {P2} in public.",
    # a weapon no one is named as firing, impersonal "forces": no one to accuse
    "The dam near {K} was bombed by a missile.",
    "Farmers in {K} are angry at the economic forces that keep destroying their villages.",
    # falling short in a race is no misdeed
    "{P} has failed to dent the lead of {P2} in the race.",
]

RECORDS = [
    # he/she opening a sentence goes on with the previous sentence's speaker, not a name in its participle clause
    ('"The war must end," {P} said, recalling the "betrayal" of {P2}. He also accused {K2} of shelling the port.',
     [("{P}", "{C2}", "reported")]),
    # an accusation gerund on another verb's preposition: that verb's subject accuses
    ("{P} wants answers after recently accusing {K2} of breaking the truce.", [("{P}", "{C2}", "reported")]),
    ("{P} devoted two whole columns to criticizing {P2}.", [("{P}", "{P2}", "reported")]),
    ("{P} then went on a scathing attack against {K2} in his speech.", [("{P}", "{C2}", "reported")]),
    # one who has left a body no longer stands for it
    ("A former {K} official pleaded guilty to money laundering.", [("<author>", "former {K} official", "authorial")]),
    # voices: "as per X", a fronted "to X,", "X's dictum that"
    ("As per the {N} Ministry of Defence, {K2} shelled the port.", [("Defence Ministry", "{C2}", "reported")]),
    ("To {P}, the separatists pose a big threat to {K2}.", [("{P}", "separatists", "reported")]),
    ("Hawks long repeated {P}'s dictum that {K2} is an \"evil regime\".", [("{P}", "{C2}", "reported")]),
]

# the fixes' bounds: in the same shapes, still found
KEPT = [
    ("{P} met {P2} on Monday. He accused {K} of shelling the port.", [("{P2}", "{C}", "reported")]),  # nearest argument
    ('"{K2} shelled our port," {P} said.', [("{P}", "{C2}", "reported")]),
    ("The {N} terrorists fled the square after the blast.", [("<author>", "{N} terrorists", "authorial")]),
    ("{P} condemned {P2}'s arrest of the journalists.", [("{P}", "{P2}", "reported")]),
    ("{P} criticized {P2} for his claims.", [("{P}", "{P2}", "reported")]),
    ("{P} has failed to protect the villagers.", [("<author>", "{P}", "authorial")]),
    ("The {K} official pleaded guilty to money laundering.", [("<author>", "{K} official", "authorial")]),
    ("As a rule, {K} shelled the port at night.", [("<author>", "{C}", "authorial")]),
    ("The drones of {K} killed four civilians near the dam.", [("<author>", "drones", "authorial")]),
    ("{N} forces shelled the town.", [("<author>", "{N} forces", "authorial")]),
]


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template", NO_RECORD)
def test_blame_precision6_no_record(nlp, template, own, other):
    text = fill(template, own, other)
    assert [(b.source.name, b.target.name, b.charge, b.negated) for b in run(nlp, text)] == [], text


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template,expected", RECORDS + KEPT)
def test_blame_precision6_records(nlp, template, expected, own, other):
    text = fill(template, own, other)
    blames = run(nlp, text)
    assert_exactly(blames, expected, text, own, other)
    assert not any(b.negated for b in blames), text


@pytest.mark.parametrize("own,other", PAIRS)
def test_blame_precision6_former_official_is_not_the_body(nlp, own, other):
    text = fill("A former {K} official pleaded guilty to money laundering.", own, other)
    assert [b.target.name for b in run(nlp, text)] == [fill("A former {K} official", own, other)], text


@pytest.mark.parametrize("own,other", PAIRS)
def test_blame_precision6_aircraft_stand_for_their_state(nlp, own, other):
    text = fill("{C2} denied it. Two villages were bombed by {N2} aircraft overnight, {P} said.", own, other)
    blames = run(nlp, text)
    assert_exactly(blames, [("{P}", "{C2}", "reported")], text, own, other)
    assert [b.target.name for b in blames] == [fill("{C2}", own, other)], text  # the state, not "{N2} aircraft"


# a speaker's own deed told in a quote is no charge against the speaker; an accusation the speaker reports is
QUOTED_SELF = [
    ('"We shelled the port of {K2} and we will shell it again," {P} said.', []),
    ('"We have killed the hostages in {K2}," one of the gunmen declared.', []),
    ('"{K2} accused us of shelling the port last night," {P} said.', [("{C2}", "us", "reported")]),
]


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template,expected", QUOTED_SELF)
def test_blame_precision6_speaker_own_deed_in_quote(template, expected, own, other):
    text = fill(template, own, other)  # the whole pipeline: the quote's speaker comes from attribution
    assert_exactly(spinmap.analyze(text).blames, expected, text, own, other)

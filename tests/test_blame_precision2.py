"""Blame precision on mainstream news, round 2 (issue 4): constructions that gave false or misdirected accusations.

Found by hand-labelling a random sample of blames over PolNeAR train articles: one person's attack on another
person (or on a rival's record) read as an assault the author blames the attacker for, instead of the attacker's
criticism; the naming inside "A accused B of calling C a liar" given to the author, and an order not to name
("urged voters not to call C a traitor", "asked reporters to stop calling C a liar") given to the order's giver;
a religion or creed adjective ("Islamist extremists") taken to pin a label on a nation's own; "blamed X on
Twitter" accusing the outlet. Round 2b: a deed the author only conjectures ("X could try to steal Y", "X might
fail to pay Y") kept as a charge (a guess about what was done, "may have V-ed", "could be V-ing", stays, hedged);
a modal of the main clause hedging a deed in a relative clause; a plural pronoun resolved past a nearer pair of
persons to a group; occupying a rank ("occupied a third tier"); "aggressive overtures on trade" (vigour on a
topic); refusing to attack someone (restraint) and refusing to discuss; a deed in a present-tense "until/before"
clause (not yet done). Round 2c: a court's siding or refusing (a ruling), occupying the spotlight, police
killing a crime's culprit ("killed the gunman"); "illegally" after a place phrase ("workers in the country
illegally") charged to the clause's verb; "aggressive organizing"; "X's aggressive attack on Y" in words also
charged as X's own wrong.
Examples are our own sentences with the shared invented/swapped sides of test_blame_constructions (mirrored: the
same record shape whichever side is which), plus negatives that must give no record, not even a negated one.
"""
from __future__ import annotations

import pytest

from test_blame_constructions import PAIRS, assert_exactly, fill, run

FOUND = [
    # one person's attack on another person is words: the attacker's criticism, reported
    ("{P} attacked {P2} as a weak negotiator.", [("{P}", "{P2}", "reported")]),
    ("{P} has relentlessly attacked {P2} in his speeches.", [("{P}", "{P2}", "reported")]),
    ("{P} attacked a senator who trails him in the polls.", [("{P}", "a senator", "reported")]),
    ("The rally followed {P}'s attacks on {P2}'s habit of taking donations.", [("{P}", "{P2}", "reported")]),
    ("{P}'s sharp attacks on local officials drew cheers.", [("{P}", "local officials", "reported")]),
    # an aggressive attack in words is still only the attacker's criticism
    ("{P}'s aggressive attack on {P2} drew cheers.", [("{P}", "{P2}", "reported")]),
    ("When {P} tried to attack {P2}, the talks collapsed.", [("{P}", "{P2}", "reported")]),
    # the one accused of calling someone a name does the calling
    ("{P} accused {P2} of calling the mayor of {K} a liar.", [("{P}", "{P2}", "reported"), ("{P2}", "mayor", "reported")]),
    ("{P2} was accused of calling the mayor of {K} a traitor.",
     [("<unspecified>", "{P2}", "reported"), ("{P2}", "mayor", "reported")]),
    # told to stop naming: the addressees are the ones naming
    ("{P} asked reporters to stop calling {P2} a liar.", [("reporters", "{P2}", "reported")]),
    # "blamed X on Twitter": Twitter is where, X is accused
    ("{P} blamed the {N} officials on Twitter before the summit.", [("{P}", "{N} officials", "reported")]),
]

HEDGES = [
    # a modal in the main clause does not hedge the deed of a relative clause
    ("{P}, who has accused {P2} of fraud, may soon meet the envoy.", [("{P}", "{P2}", "reported", False)]),
    ("{K} said {N2} troops may have shelled the port.", [("{K}", "{N2} troops", "reported", True)]),
    ("In fact, {P} could be dragging the region to a dangerous place.", [("<author>", "{P}", "authorial", True)]),
    # "would" in the author's voice may state a practice: kept, hedged
    ("If the rally is banned, protesters would be harshly met by {N} police.", [("<author>", "{N} police", "authorial", True)]),
]

# the fixes' bounds: found before them and still found
KEPT = [
    # a deed in a past "before" clause was done; refusing to condemn is still a charge; occupying land still is
    ("Before the {N} militants attacked the town, officials fled.", [("<author>", "{N} militants", "authorial")]),
    ("{P} refused to condemn the {N2} militants.", [("<author>", "{P}", "authorial")]),
    ("{N} troops occupied the port of {K2}.", [("<author>", "{N} troops", "authorial")]),
    ("{C}'s aggressive push on the border villages continued.", [("<author>", "{C}", "authorial")]),
    ("{P} sided with the separatists.", [("<author>", "{P}", "authorial")]),
    ("{P} illegally dumped steel on the market of {C2}.", [("<author>", "{P}", "authorial")]),
    ("{N} police killed two protesters near the station.", [("<author>", "{N} police", "authorial")]),
    # an attack with a violent mark, on a place, or by armed men is an assault
    ("{P}'s murderous attack on the club goers shocked {K}.", [("<author>", "{P}", "authorial")]),
    ("{P}'s attack on the village killed nine people.", [("<author>", "{P}", "authorial")]),
    ("{P} attacked the village of {K2}.", [("<author>", "{P}", "authorial")]),
    ("{N} soldiers attacked a farmer near the dam.", [("<author>", "{N} soldiers", "authorial")]),
    # a nation's own under a label is still named
    ("Volunteers are fighting {N} invaders near the border.", [("<author>", "{N} invaders", "authorial")]),
    # blaming a thing on someone still accuses the someone
    ("{P} blamed the crash on {P2}.", [("{P}", "{P2}", "reported")]),
    ("{P} blamed the losses on the {N} media.", [("{P}", "{N} media", "reported")]),
    # an order to name still names through its giver
    ("{P} urged voters to call {P2} a traitor.", [("{P}", "{P2}", "reported")]),
]

NO_RECORD = [
    # a label on a creed names a kind, not someone
    "Officials in {K} fought Islamist extremists overseas.",
    "{P} vowed to fight radical Islamic terrorists.",
    # an attack "as" something by what is no actor (an ad) names no accuser
    "They answered an ad that attacks {P2} as a tool of the banks.",
    # an order not to name: nobody's charge
    "{P} urged voters not to call {P2} a traitor.",
    "{P} urged voters not to call {P2}'s remarks provocative.",
    # an attack on what a person has is words against it
    "{P} attacked {P2}'s personal life.",
    # conjectured deeds in the author's voice
    "{P} could try to steal the vote of {K2}.",
    "{P} might fail to pay the workers.",
    # a rank held, vigour on a topic, restraint, a neutral refusal, a deed not yet done
    "{P} and {P2} occupied a third tier.",
    "Critics resisted {P}'s aggressive overtures on trade.",
    "{P} refused to attack his rivals.",
    "{P} refused to discuss the matter.",
    "Nobody can spot such zealots before they strike.",
    "Officials in {K} must act before the militants attack the town.",
    # a court's ruling; the spotlight held; the culprit of a crime killed by police
    "The appeals court in {K} refused to reconsider the decision.",
    "A district court judge in {K} sided with the {N} ministry.",
    "{P} and {P2} occupied the spotlight.",
    "{N} police killed the gunman near the station.",
    # "illegally" after a place phrase is someone's status; vigour in style
    "{P} backed papers for laborers living in the region illegally.",
    "People who moved into {C} illegally prefer the term newcomers.",
    "The aggressive organizing by {P}'s campaign paid off.",
]


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template,expected", FOUND + KEPT)
def test_blame_precision2_finds_the_right_record_on_either_side(nlp, template, expected, own, other):
    text = fill(template, own, other)
    assert_exactly(run(nlp, text), expected, text, own, other)


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template", NO_RECORD)
def test_blame_precision2_negatives_give_no_record(nlp, template, own, other):
    text = fill(template, own, other)
    assert [(b.source.name, b.target.name, b.charge, b.negated) for b in run(nlp, text)] == [], text


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template,expected", HEDGES)
def test_blame_precision2_hedged_only_within_the_deeds_own_clause(nlp, template, expected, own, other):
    text = fill(template, own, other)
    blames = run(nlp, text)
    assert_exactly(blames, [e[:3] for e in expected], text, own, other)
    assert [b.hedged for b in blames] == [e[3] for e in expected], text


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template", [
    "{K} held a rally with Anna Brandt and Tom Hollis. They attacked the reporters.",
    "The {N} Party met Anna Brandt and Tom Hollis on Monday, and they betrayed the workers.",
])
def test_blame_precision2_plural_pronoun_is_not_the_group_before_a_nearer_pair_of_persons(nlp, template, own, other):
    text = fill(template, own, other)
    assert [(b.source.kind, b.target.name.lower()) for b in run(nlp, text)] == [("author", "they")], text


@pytest.mark.parametrize("name", ["Sanders", "Cruz", "Warren"])
def test_blame_precision2_attacked_person_whatever_the_tagger_makes_of_the_name(nlp, name):
    # the tagger reads "Sanders" here as a plural proper noun; the person is still the one attacked in words
    text = f"She attacked {name} harshly on Monday, asking whether he could win."
    assert [(b.source.name, b.voice) for b in run(nlp, text)] == [("She", "reported")], text
    assert [b.target.name.split()[-1] for b in run(nlp, text)] == [name], text


@pytest.mark.parametrize("own,other", PAIRS)
def test_blame_precision2_unmade_attack_is_the_attackers_negated_criticism(nlp, own, other):
    text = fill("{P} did not attack {P2} directly in his speech on Monday.", own, other)
    blames = run(nlp, text)
    assert [(b.negated, b.voice) for b in blames] == [(True, "reported")], text
    assert_exactly(blames, [("{P}", "{P2}", "reported")], text, own, other)

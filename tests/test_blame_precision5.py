"""Blame precision on mainstream news, round 5: criticism taken for assault, courses given up, accords made.

Found by hand-labelling every blame over a new random sample of 100 PolNeAR and 50 SemEval-2025 train articles (seed
1616): one person's attack on a thing "as" something ("attacked the levy as a sop to ...") or on a family
named by its surname ("the X brothers") read as an assault by the speaker; "the X attack" of one person (words)
credited to him as a deed; abandoning a course or venture ("its proposed purchase", "the priority in the talks")
charged as a misdeed; orchestrating an accord ("helped orchestrate a deal") charged; siding with a camp of politics
("an array of critics") charged; and a state's weapon as accused ("a Russian missile killed two") named as the weapon, not the state.
Examples are our own sentences with the shared invented/swapped sides of test_blame_constructions (mirrored: the
same record shape whichever side is which), plus guards in the same shapes that must still be found.
"""
from __future__ import annotations

import pytest

from test_blame_constructions import PAIRS, assert_exactly, fill, run

NO_RECORD = [
    # one person's attack in words on a thing is no assault, and accuses no actor
    "{P} has attacked the fuel subsidy as a waste of money.",
    "{P} and {P2} have both attacked the levy as a gift to the banks.",
    "The {P} attack on the levy hit the council hard, and it answered angrily.",
    # a course or venture given up, an accord made, backing people: no misdeed
    "The ministry in {K} later abandoned the priority in the talks.",
    "The state firm of {C} abandoned its proposed purchase of the mill after regulators sued.",
    "{P} helped orchestrate a quiet deal on the fuel levy.",
    "The agency in {K} scared the farmers by siding with an array of critics of the levy.",
]

# a state's weapon stands for the state (when the state is named in the article)
WEAPON = [
    ("{C2} denied the claim. Officials said a {N2} missile that hit the village killed two farmers.",
     [("Officials", "{C2}", "reported")]),
    ("{C2} denied it. Reports say {N2} drones hit the town, killing two.", [("<unspecified>", "{C2}", "reported")]),
]

# the fixes' bounds: in the same shapes, still found
KEPT = [
    ("{P} relentlessly attacked the {P2} brothers from the podium.", [("{P}", "{P2}", "reported")]),
    ("{P} has attacked {P2} as a liar.", [("{P}", "{P2}", "reported")]),
    ("{N} troops attacked the villagers as they fled.", [("<author>", "{N} troops", "authorial")]),
    ("{C} abandoned the villagers.", [("<author>", "{C}", "authorial")]),
    ("{P} orchestrated the attack on the clinic.", [("<author>", "{P}", "authorial")]),
    ("{C} violated the ceasefire agreement with {C2}.", [("<author>", "{C}", "authorial")]),
    ("{N} officials have sided with the separatists so far.", [("<author>", "{N} officials", "authorial")]),
    ("{P} condemned {P2} as a traitor.", [("{P}", "{P2}", "reported")]),
]


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template", NO_RECORD)
def test_blame_precision5_words_courses_and_accords_give_no_record(nlp, template, own, other):
    text = fill(template, own, other)
    assert [(b.source.name, b.target.name, b.charge, b.negated) for b in run(nlp, text)] == [], text


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template,expected", KEPT)
def test_blame_precision5_records(nlp, template, expected, own, other):
    text = fill(template, own, other)
    blames = run(nlp, text)
    assert_exactly(blames, expected, text, own, other)
    assert not any(b.negated for b in blames), text


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template,expected", WEAPON)
def test_blame_precision5_weapon_stands_for_its_state(nlp, template, expected, own, other):
    text = fill(template, own, other)
    blames = run(nlp, text)
    assert_exactly(blames, expected, text, own, other)
    assert [b.target.name for b in blames] == [fill("{C2}", own, other)], text  # the state, not "a {N2} missile"

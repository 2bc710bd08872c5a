"""Blame round 17: deeds only urged, from a new judged train sample (seed 2525).

- "X called on / pressed / persuaded Y to V" (``urging_verbs``): V is urged on Y, not done, and never X's deed; the
  caller was taken for the doer through the infinitive's subject control. Orders (``blame_directive_verbs.txt``)
  still blame their giver, and so does a call to harm civilians (incitement).
- "X declared that Y must prepare for war": a deed a speaker says Y must do is urged, not done, in the sponsoring
  path ("wages war", "prepares for war") as it already was for misdeed verbs.
- "X spoke. A gunman opened fire; police say he had planned it": a he/she does not reach past an unnamed person
  brought in between ("a gunman", "an Estonian Lutheran"; ``actor_person_nouns.txt``) to a name before it
  (nlp/actors.py, ``_unnamed_person_between``; blame's own last-person fallback follows it).
Examples are our own sentences, mirrored over the shared sides of test_blame_constructions.
"""
from __future__ import annotations

import pytest

from test_blame_constructions import PAIRS, assert_exactly, fill, named, run

FOUND = [
    # each failed on the old code
    ("{P} has also called on {K} to bomb the depots that pay for the militia.", []),
    ("The envoys tried hard to persuade the cabinet in {K} to side with the separatists against {K2}.", []),
    ("{P} pressed {K} to shell the border posts of {K2}.", []),
    ("General {P} declared that {C} must prepare for war with {C2}.", []),
    ("{P} told reporters that {K} must wage war on {K2}.", []),
    # guards: the same shapes where a deed is done or ordered
    ("{P} ordered the troops to shell the villages of {K2}.", [("<author>", "{P}", "authorial")]),
    ("{P} said that {C} is preparing for war with {C2}.", [("{P}", "{C}", "reported")]),
    ("{K} has also bombed the depots that pay for the militia.", [("<author>", "{K}", "authorial")]),
    ("{P} called on {K} to act after {K2} shelled the border posts.", [("<author>", "{K2}", "authorial")]),
    ("{P} pressed the button to shell the border posts of {K2}.", [("<author>", "{P}", "authorial")]),
    ("{P} called {P2} a liar.", [("{P}", "{P2}", "reported")]),
    ("The militia called on the gunmen to kill civilians across {C2}.", [("<author>", "militia", "authorial")]),
]


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template,expected", FOUND)
def test_blame_precision17_found(nlp, template, expected, own, other):
    text = fill(template, own, other)
    assert_exactly(run(nlp, text), expected, text, own, other)


UNNAMED = [
    # each failed on the old code: the deed was put on {P}
    "Senator {P} spoke in {K} on Monday. Last week a gunman opened fire at a clinic in {K2}, killing nine people. "
    "Police now say he had planned the massacre for months.",
    "Senator {P} spoke in {K} on Monday. Last week an Estonian Lutheran and his wife opened fire at a clinic, killing "
    "nine people. Police now say he had planned the massacre for months.",
]


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template", UNNAMED)
def test_blame_precision17_pronoun_stays_with_the_unnamed_person(nlp, template, own, other):
    text = fill(template, own, other)
    blames = run(nlp, text)
    name = fill("{P}", own, other)
    assert any(b.target.name == "he" and b.source.name == "Police" for b in blames), (text, blames)
    assert not any(named(b.target, name, text) for b in blames), (text, [(b.source.name, b.target.name) for b in blames])


NAMED = [
    # guards: the name is still the nearest person of the pronoun's gender
    ("Senator {P} spoke in {K} on Monday. Later he accused {K2} of shelling the clinic.", [("{P}", "{C2}", "reported")]),
    ("Senator {P} met a woman from {K2} on Monday. Later he accused {K2} of shelling the clinic.",
     [("{P}", "{C2}", "reported")]),
    ("Senator {P} was booed at a {K2} news conference. Later he accused {K2} of shelling the clinic.",
     [("{P}", "{C2}", "reported")]),  # a place with "a" is no unnamed person
    ("Senator {P} warned that a divided {C2} would be weak. He accused {K2} of meddling.", [("{P}", "{C2}", "reported")]),
    ("Senator {P} met the gunman's lawyer on Monday. Later he accused {K2} of shelling the clinic.",
     [("{P}", "{C2}", "reported")]),
]


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template,expected", NAMED)
def test_blame_precision17_pronoun_still_reaches_the_name(nlp, template, expected, own, other):
    text = fill(template, own, other)
    assert_exactly(run(nlp, text), expected, text, own, other)

"""Blame round 11: wrong parties (the victim of a misread verb, a supporter's name, a misplaced "by"), acts only
prepared for, and four non-misdeeds.

Found on the judged train sample of round 11 (seed 2323; 100 PolNeAR and 50 SemEval-2025 train articles):
- an epithet read where the tagger took a verb for an adjective ("to bloody X" charged X) or where an earlier
  complement is the predicate ("X is best known for ... with his sock bloody");
- "X, a <name> supporter who criticized Y" charged by the name (``follower_nouns``: a supporter, critic or ally is
  not the person named in the modifier);
- "X conceded that A did B but implied that ..." / "which said A did B, and also accused Y": a second speech act the
  parser listed with the reported verb is the speaker's, not A's;
- "was informed of the plot by Y" charged Y with the plot (a "by" hung on the topic of an agentless passive);
- "voters see X as people who refuse to ..." charged "people" in the author's voice (``regard_verbs``);
- "to be prepared to invade", "is poised to invade" (``eventuality_adjectives``, now also on a participle);
- "shelled out" money (``particle_idioms``), "take aggressive actions" on a goal (``taken_measures``), "exploit
  solar and wind power" (``resources``), refusing to release criminals (``culprits``).
Guards in the same shapes: epithets said of a person, a plot "by" its doer, aggressive action against someone, a
real shelling, exploiting people, refusing to release hostages or to prosecute criminals, an aide speaking for the named principal.
Examples are our own sentences, mirrored over the shared sides of test_blame_constructions.
"""
from __future__ import annotations

import pytest

from test_blame_constructions import PAIRS, assert_exactly, fill, named, run

NO_RECORD = [
    "During the debate {P} sharpened his knife to bloody {P2}.",
    "{P2} is perhaps best known for boxing in the 1990 final against the champion with his face bloody from a cut.",
    "{K} was informed of the plot by {K2}.",
    "{K} was warned about the conspiracy by {K2}.",
    "{P} told the {N} army to stay prepared to invade the port.",
    "{K} is poised to invade the port of {K2}.",
    "Three months before the vote, the {P} campaign shelled out to air a short film on television.",
    "Officials in {K} hope that firms take even more aggressive actions to cut emissions.",
    "Firms in {C} should seize chances and boldly exploit solar and wind power, {P} said.",
    "{P} refused to free the convicted criminals, but agreed to swap two smugglers.",
]

FOUND = [
    ("The panel heard from Mark Dalton, a {P} supporter who has harshly criticized {P2}.",
     [("Mark Dalton", "{P2}", "reported")]),
    ("Mark Dalton, a {P} critic who has harshly criticized {P2}, spoke on Monday.", [("Mark Dalton", "{P2}", "reported")]),
    ("{P} conceded that the guard had touched the reporter but implied that it was {P2}'s fault for grabbing him.",
     [("{P}", "{P2}", "reported")]),
    ("Last year a panel of inspectors, which said the {N} army fired two rockets using drones at farms in the north in"
     " 2019 and 2020, and also accused {K2} of carrying out a gas attack near the border.", [("panel", "{K2}", "reported")]),
    ("Many voters see the {N2}s as people who refuse to respect the ceasefire.", [("voters", "{N2}s", "reported")]),
    ("{P} said that the guard had resigned and accused {K2} of lying.", [("{P}", "{K2}", "reported")]),
    # guards
    ("The plot by {K2} was exposed.", [("<author>", "{K2}", "authorial")]),
    ("{K} took aggressive actions against {K2}.", [("<author>", "{K}", "authorial")]),
    ("{K}'s aggressive actions worried the region.", [("<author>", "{K}", "authorial")]),
    ("{K} refused to release the hostages.", [("<author>", "{K}", "authorial")]),
    ("{K} refused to prosecute the criminals.", [("<author>", "{K}", "authorial")]),
    ("{P} said that {K2} exploited the refugees.", [("{P}", "{K2}", "reported")]),
    ("Three months before the vote, {N} artillery shelled the town.", [("<author>", "{N} artillery", "authorial")]),
    ("A {P} aide harshly criticized {P2}.", [("{P}", "{P2}", "reported")]),
]

# guards where a second record in the same sentence may come too: the epithet is still said of the person
CHARGED = [
    ("{P2} is a bloody tyrant.", "{P2}"),
    # (with "the": since round 34 a bare "brutal regimes" that nothing pins down is a kind of people, no one accused)
    ("{K} sold arms to the brutal regimes across the region.", "regimes"),
]


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template", NO_RECORD)
def test_blame_precision11_no_record(nlp, template, own, other):
    text = fill(template, own, other)
    assert [(b.source.name, b.target.name, b.charge) for b in run(nlp, text)] == [], text


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template,expected", FOUND)
def test_blame_precision11_found(nlp, template, expected, own, other):
    text = fill(template, own, other)
    blames = run(nlp, text)
    assert_exactly(blames, expected, text, own, other)
    assert not any(b.hedged or b.negated for b in blames), text


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template,accused", CHARGED)
def test_blame_precision11_epithet_kept(nlp, template, accused, own, other):
    text = fill(template, own, other)
    blames = run(nlp, text)
    assert blames and all(named(b.target, fill(accused, own, other), text) for b in blames), (
        text, [(b.source.name, b.target.name, b.charge) for b in blames])

"""Blame round 14: wrong parties, generic labels and unasserted charges from a new judged train sample (seed 2424).

Found on 100 PolNeAR and 50 SemEval-2025 train articles, every record judged by hand:
- bare titles before one name ("favourite and former governor of Ohio X", parsed as a list or an apposition) are
  that one person: a passive attack in words by them is their criticism (``_titled_name``), not an assault charged to
  the title and the name as two attackers;
- a court case or lawsuit is a thing (``blame_thing_nouns``), and a name set off by commas after the noun's relative
  clause renames the noun, it is no second subject (``_apposed_after_clause``; the parse that needs it was not
  reproduced with sentences of our own, so no case here);
- "people" with no determiner and no group word ("other people", "incompetent people", "people who ...") is anyone;
  an epithet on a noun with a generic determiner or "other" ("a criminal organization", "other imperialist
  countries") names nobody, as a label's does;
- a question asked ("wanted to know whether X bears responsibility") is no one's claim; rejecting rumours that
  mention peace is a denial, not a rejection of peace; giving up one's weapons wrongs no one (``belongings``);
  an unnamed plane is what killed, not who (``weapon_nouns``); destroying terrorist networks stops culprits
  (``culprits`` as a modifier); a doctrine ("tyrannical Marxism") is no one; abandoning one's hostility or opposition
  is a change of mind (``course_nouns``); a debunked claim is no one's (``blame_denial_verbs``); lacking the means
  to wage a war is not waging it;
- "accusing them of" after a clause that just named a list of people is that list (``_listed_antecedent``); the
  names a plural label is filled with ("the corrupt officials, A and B") are labelled too; 'it' is no plural subject;
- "what he called X's betrayal" is the caller's charge, not the author's.
Examples are our own sentences, mirrored over the shared sides of test_blame_constructions.
"""
from __future__ import annotations

import pytest

from test_blame_constructions import PAIRS, assert_exactly, fill, run

NO_RECORD = [
    "Peters said the commentators simply blame other people for every failure.",
    "Reporters wanted to know whether {K} bears responsibility for the shelling of the port.",
    "{P} rejected rumours that {P2} might offer terms for a peace settlement.",
    "The shooting down of a passenger plane that killed forty people shocked {C}.",
    "{P} called on {K2} to abandon its nuclear weapons.",
    "Bloggers in {K} and other imperialist countries posted the video.",
    "Republicans praised the truce with {K}. It has shelled the port every night.",
    "{P} said {C} must do more to protect its borders and destroy terrorist networks.",
    "Peters said the plan from {K} is a veneer for tyrannical Marxism.",
    "{P}, abandoning his earlier hostility to the tax reform, joined the talks.",
    "Fact-checkers at the weekly debunked a claim that {P} misled the committee.",
    "The weekly said the {N} army lacks the troops to wage a long war.",
]

FOUND = [
    ("On Tuesday, {P2} was attacked by foreign minister and veteran diplomat {P} for claiming that the border was closed.",
     [("{P}", "{P2}", "reported")]),
    # (one record per accused: the criticism and the accusation told with it give the same one, round 37)
    ("{P} criticized {P2} and Maria Kovacs on Monday, accusing them of lying about the strike.",
     [("{P}", "{P2}", "reported"), ("{P}", "Maria Kovacs", "reported")]),
    ("{P} pointed at what he called {P2}'s betrayal of the talks.", [("{P}", "{P2}", "reported")]),
    # guard: the misdeed named, not the name given ("called X's threat a bluff"): the author's, as before
    ("{P} called {P2}'s threat to cut the gas supply a bluff.", [("<author>", "{P2}", "authorial")]),
    ("The corrupt officials, {P} and {P2}, fled the capital.",
     [("<author>", "corrupt officials", "authorial"), ("<author>", "{P}", "authorial"), ("<author>", "{P2}", "authorial")]),
    # guards: the same shapes with a true charge
    ("Reporters said {K} bears responsibility for the shelling of the port.", [("Reporters", "{K}", "reported")]),
    ("{P} rejected the peace talks that {P2} proposed.", [("<author>", "{P}", "authorial")]),
    ("{K} abandoned its allies in the south.", [("<author>", "{K}", "authorial")]),
    ("{P} said {P2}'s hostility to the tax reform was a mistake.", [("{P}", "{P2}", "reported")]),
    ("{K} destroyed the villages near the border.", [("<author>", "{K}", "authorial")]),
    ("Fact-checkers at the weekly confirmed a claim that {P} misled the committee.", [("Fact-checkers", "{P}", "reported")]),
    ("The {N} army sent the troops to wage a long war in {C2}.", [("<author>", "{N} army", "authorial")]),
    ("{P} said {N2} people are to blame for the fire.", [("{P}", "{N2} people", "reported")]),
    # (since round 35 the companion's "them" with the same charge is the generals' record, not a second one)
    ("{P} criticized the generals on Monday, accusing them of lying about the strike.", [("{P}", "generals", "reported")]),
    ("The imperialist countries sent warships to {K2}.", [("<author>", "imperialist countries", "authorial")]),
]


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template", NO_RECORD)
def test_blame_precision14_no_record(nlp, template, own, other):
    text = fill(template, own, other)
    assert [(b.source.name, b.target.name, b.charge) for b in run(nlp, text)] == [], text


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template,expected", FOUND)
def test_blame_precision14_found(nlp, template, expected, own, other):
    text = fill(template, own, other)
    assert_exactly(run(nlp, text), expected, text, own, other)

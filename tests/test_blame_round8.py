"""Round-8 blame rules (issue 4), from SemEval-2025 entity framing (train): known wrong records and missed
Antagonists.

Wrong records: a name before a violent act noun that only the tagger knows, or a known place/thing, is where, on
what or through what it happened, not its doer ("the Riverton attack", "the Druzhba sabotage", "the Telegram
attacks"); an accusation demanded ("X should condemn Y", "the world must hold Y accountable") is the clause voice's
own charge against Y, not X's; an irrealis one ("X would/might blame Y") stays X's, hedged.
Recall: misdeeds named by a reduced passive ("the threat posed by X"), "pointed the finger at X", a predicate
"complicit" whose phrase hangs on the copula, an epithet said of a listed apposition ("the leaders — A, B and C —
are reckless"), a misdeed verb with its object ("hid the truth"), a loaded adjective on what an actor uses ("the
brutal tactics used by X"), a label in the predicate or in apposition ("X is a terrorist state", "X, the fearmonger
of Y"), a puppet's holder ("X is a puppet of Y"), labels before a name ("weather alarmist X"), and new words of deceit, scheming and hostility.
Mirrored templates (sides swapped, same record shape) plus negatives that must give no record; the checks they all share run in test_blame_mirrored.py.
"""
from __future__ import annotations

import pytest

from test_blame_constructions import PAIRS, fill, run

# an accusation demanded of someone: the clause's voice blames, the one asked to accuse does not
DEONTIC = [
    ("{K} should condemn {C2}.", [("<author>", "{C2}", "authorial")]),
    ("Everyone must condemn {K2}.", [("<author>", "{C2}", "authorial")]),
    ("The world must hold {K2} responsible for the blast.", [("<author>", "{C2}", "authorial")]),
    ("{P} said {K} must condemn {C2}.", [("{P}", "{C2}", "reported")]),
    ("{K} has to accuse {P2} of cowardice.", [("<author>", "{P2}", "authorial")]),
]

# an accusation that would or might be made: the subject's, hedged
IRREALIS = [
    ("{C} would blame {C2} if the talks failed.", [("{C}", "{C2}", "reported")]),
    ("{P} might accuse {K2} of cowardice.", [("{P}", "{C2}", "reported")]),
    ("{K} could condemn {P2} for the delay.", [("{K}", "{P2}", "reported")]),
]

RECALL = [
    # a misdeed noun whose doer is a reduced passive's agent
    ("The region faces a new threat posed by {C}.", [("<author>", "{C}", "authorial")]),
    ("The attacks carried out by {N} forces killed ten villagers.", [("<author>", "{N} forces", "authorial")]),
    # pointing the finger is accusing
    ("{P} pointed the finger at {K2}.", [("{P}", "{K2}", "reported")]),
    ("The blogger pointed the finger for the fires at {K2}.", [("The blogger", "{K2}", "reported")]),
    # "complicit" with its phrase hung on the copula, in the author's voice (a hint is the hinter's: round 33)
    ("It was plain to see that {K2} was complicit in the blast.", [("<author>", "{C2}", "authorial")]),
    ("{P} hinted that {K2} was complicit in the blast.", [("{P}", "{C2}", "reported")]),
    # an epithet said of a plural head and its listed apposition blames each member
    ("The ministers, {P}, {P2} and Maria Kovacs, are reckless.",
     [("<author>", "ministers", "authorial"), ("<author>", "{P}", "authorial"), ("<author>", "{P2}", "authorial"),
      ("<author>", "Maria Kovacs", "authorial")]),
    # new words: deceit, scheming, hostility
    ("The {N} agency fabricated the casualty figures.", [("<author>", "{N} agency", "authorial")]),
    ("{P} orchestrated the smear against the mayor.", [("<author>", "{P}", "authorial")]),
    ("{P} said the {N2} services plotted to poison the mayor.", [("{P}", "{N2} services", "reported")]),
    ("{P} denounced {C2}'s hostility toward the mayor.", [("{P}", "{C2}", "reported"), ("<author>", "{C2}", "authorial")]),
    ("{K} is the main suspect in the blast.", [("<author>", "{C}", "authorial")]),
    # a verb with the object that makes it a misdeed ("hid the truth", "broke the law")
    ("{K} hid the truth from the families.", [("<author>", "{C}", "authorial")]),
    ("{P} said {K2} broke the law by closing the border.", [("{P}", "{C2}", "reported")]),
    # a loaded adjective on what an actor owns or uses, the owner named by "of" or a reduced passive
    ("The report exposes the sinister role of the {N} police in the raids.", [("<author>", "{N} police", "authorial")]),
    ("The ruthless tactics adopted by the {N} police shocked the villagers.", [("<author>", "{N} police", "authorial")]),
    # a label adjective on an actor noun in the predicate, a label in apposition to a name
    ("{C} is a terrorist state.", [("<author>", "{C}", "authorial")]),
    ("{P}, the fearmonger of the county, left the town.", [("<author>", "{P}", "authorial")]),
    # a label right before a name ("weather alarmist X", "the shill X")
    ("Weather alarmist {P} changed his mind on Monday.", [("<author>", "{P}", "authorial")]),
    ("The shill {P2} praised the deal.", [("<author>", "{P2}", "authorial")]),
    # "is lying" with no place phrase; atrocity and repression words
    ("{P} said {P2} was lying about the losses.", [("{P}", "{P2}", "reported")]),
    ("{P} claimed that {P2} is lying.", [("{P}", "{P2}", "reported")]),
    ("{P} said {N2} troops assassinated the mayor.", [("{P}", "{N2} troops", "reported")]),
    # the noun and its adjective give one record (round 37: a reader counts one charge, not two cue words)
    ("{K}'s draconian censorship silenced the press.", [("<author>", "{C}", "authorial")]),
    ("{P} is dragging the country towards a new war.", [("<author>", "{P}", "authorial")]),
    # a puppet's strings: both the puppet and whoever holds them
    ("{P} is a puppet of {P2}.", [("<author>", "{P}", "authorial"), ("<author>", "{P2}", "authorial")]),
]

# no doer: a place, a thing or a medium before a violent act noun
NO_RECORD = [
    "The Riverton attack was a disaster for the senator.",
    "The senator was grilled over the Benghazi attack.",
    "The Ostrava attack killed dozens of people.",
    "The Kherson massacre shocked everyone.",
    "The journalist wrote about the Druzhba sabotage last week.",
    "The senator condemned the Telegram attacks.",
    "Officials condemned the drone attacks.",
    "The plan is reckless.",  # an epithet said of a thing names nobody
    "The professor pointed at the map.",
    "The ferry is hiding in the fog.",  # hiding, but not the truth
    "The town is a terrorist target.",  # a label adjective on no actor noun
    "The blast was a terrorist attack.",
    "An extremist was arrested.",  # a generic label names nobody
    "The old map was lying on the table.",  # where something lies
    "The letters were lying in the drawer for years.",
]


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template", [t for t, _ in DEONTIC])
def test_blame_round8_demanded_accusation_is_not_the_subjects(nlp, template, own, other):
    text = fill(template, own, other)
    blames = run(nlp, text)
    subject = text.split()[0]
    assert blames and not any(b.source.name == subject or b.hedged for b in blames), (
        text, [(b.source.name, b.target.name, b.hedged) for b in blames])


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template", [t for t, _ in IRREALIS])
def test_blame_round8_irrealis_accusation_is_hedged(nlp, template, own, other):
    text = fill(template, own, other)
    blames = run(nlp, text)
    assert blames and all(b.hedged for b in blames), (text, [(b.source.name, b.target.name, b.hedged) for b in blames])


@pytest.mark.parametrize("own,other", PAIRS)
def test_blame_round8_negated_demand_is_negated_and_authorial(nlp, own, other):
    text = fill("{K} should not condemn {C2}.", own, other)
    blames = run(nlp, text)
    assert [(b.source.kind, b.negated) for b in blames] == [("author", True)], text


@pytest.mark.parametrize("text,doer", [
    ("The Hamas attack on the town killed dozens.", "Hamas"),  # a known organisation before the act still does it
    ("The Hezbollah raid on the village killed dozens.", "Hezbollah"),
    ("The Russian attack on the town killed dozens.", "Russia"),  # a demonym too
    ("The Ukrainian attack on the town killed dozens.", "Ukraine"),
])
def test_blame_round8_known_doer_before_a_violent_act_stays_the_doer(nlp, text, doer):
    assert {b.target.name for b in run(nlp, text)} == {doer}, text


@pytest.mark.parametrize("own,other", PAIRS)
def test_blame_round8_pointed_finger_charge_leaves_out_the_accused(nlp, own, other):
    text = fill("The blogger pointed the finger for the fires at {K2}.", own, other)
    assert [b.charge for b in run(nlp, text)] == ["the fires"], text

"""Round-6 constructions (issue 4), found by scoring blames against SemEval-2025 entity framing (train):
phrasal criticism verbs ("lash out at X", "rail against X", "blast X"), a criticised statement or act blaming
its owner ("criticised X's decision"), epithet adjectives said of an actor ("the tyrannical government",
"X is corrupt"), an epithet noun before a name ("warmonger X"), adjectives of deceit on an owned claim
("X's false claims", judged by the author, not voiced by X), "lie about/to", "X bears responsibility for", "X is behind the attacks", a misdeed "from X", "accusations against X", corruption and conspiracy words, and "his" in a when-clause before a speech verb ("When X announced his invasion, he warned").
Mirrored pairs (sides swapped, same record shape) plus negatives that must give no record; the checks they all share run in test_blame_mirrored.py.
"""
from __future__ import annotations

import pytest

from test_blame_constructions import run

MIRRORED = [
    ("{P} lashed out at {K2} over the blockade.", [("{P}", "{K2}", "reported")]),
    ("{P} hit out at {C2} on Monday.", [("{P}", "{C2}", "reported")]),
    ("{N} officials railed against {K2}.", [("{N} officials", "{K2}", "reported")]),
    ("{P} blasted {C2}.", [("{P}", "{C2}", "reported")]),
    ("{P} scorched {K2} over the blockade.", [("{P}", "{K2}", "reported")]),
    ("{P}'s spurious figures about {C2} were widely shared.", [("<author>", "{P}", "authorial")]),
    ("{P} blasted {K2}'s claim that the port was closed.", [("{P}", "{K2}", "reported")]),
    ("{P} criticised {C2}'s decision to close the border.", [("{P}", "{C2}", "reported")]),
    ("The villages are run by the tyrannical government in {K}.", [("<author>", "{K}", "authorial")]),
    ("{P} is corrupt.", [("<author>", "{P}", "authorial")]),
    ("{P} is a corrupt politician.", [("<author>", "{P}", "authorial")]),
    ("When {P} announced his invasion of {C2}, he warned the West.", [("<author>", "{P}", "authorial")]),
    ("The stooge {P} spoke in {K2}.", [("<author>", "{P}", "authorial")]),
    ("On Monday, the warmonger {P} spoke in {K2}.", [("<author>", "{P}", "authorial")]),
    ("{P}'s false claims about {C2} were widely shared.", [("<author>", "{P}", "authorial")]),
    ("{N} officials are lying about the talks.", [("<author>", "{N} officials", "authorial")]),
    ("The spy chief said {K} is lying to {C2}.", [("spy chief", "{K}", "reported")]),
    ("{K} bears full responsibility for the war.", [("<author>", "{K}", "authorial")]),
    ("{P} said that {K2} bears responsibility for the blockade.", [("{P}", "{K2}", "reported")]),
    ("{C} is behind the explosions in {K2}.", [("<author>", "{C}", "authorial")]),
    ("{C2} has been under attack from {C} for two years.", [("<author>", "{C}", "authorial")]),
    ("{C2} faces aggression from {K}.", [("<author>", "{K}", "authorial")]),
    ("{K}'s accusations against {K2} were rejected.", [("{K}", "{K2}", "reported")]),
    ("There were accusations against {K} over the blast.", [("<unspecified>", "{K}", "reported")]),
    ("{P} knowingly conspired with the rebels.", [("<author>", "{P}", "authorial")]),
    ("{K}'s plot to seize the port failed.", [("<author>", "{K}", "authorial")]),
    ("{P} bribed the judges.", [("<author>", "{P}", "authorial")]),
    ("{P} said that {K2} was behind the plot.", [("{P}", "{K2}", "reported")]),
]

NEGATIVES = [
    "The storm blasted the coast of Maine.",  # no actor
    "The minister lashed out at the weather.",
    "Workers hit the road at dawn.",  # 'hit' without 'out at'
    "The senator criticised the plan.",  # no owner
    "The corrupt deal angered farmers.",  # the epithet is said of a thing
    "Senator Brown is honest.",
    "When Smith announced his retirement, he thanked the staff.",
    "The auditors examined corrupt practices.",
    "The truth lies in the middle.",  # 'lie' only with about/to
    "The false alarm woke the town.",  # no owner
    "Liar Lake froze over in May.",  # a label before a place that is no actor
    "The report's false figures were corrected.",  # the owner is no actor
    "The group claimed responsibility for the attack.",  # an admission, not a blame
    "The minister takes responsibility for the budget.",
    "The car is behind the house.",
    "Moscow is behind the talks.",  # talks are no misdeed
    "Kyiv is behind schedule.",
    "The heat scorched the fields.",
    "The country needs protection from aggression.",  # 'from' without an actor
    "Refugees fled the invasion from Syria to Turkey.",  # 'from' hangs on the flight
    "The charge against the fortress failed.",  # no actor accused
    "The film's plot is thin.",
    "Conspiracy theorists met in the park.",
]


@pytest.mark.parametrize("text,charge", [
    ("Sergey Lavrov lashed out at Kyiv.", "lashed out at"),
    ("Dmytro Kuleba lashed out at Moscow.", "lashed out at"),
    # (round 38: a "to" complement is part of the criticised thing)
    ("Dmytro Kuleba criticised Moscow's decision to close the border.", "criticised decision to close the border"),
    ("Yerevan is corrupt.", "is corrupt"),
])
def test_blame_round6_charge_names_the_criticism(nlp, text, charge):
    assert [b.charge for b in run(nlp, text)] == [charge]


@pytest.mark.parametrize("text", ["Armenia is not corrupt.", "Azerbaijan is not corrupt."])
def test_blame_round6_negated_epithet_is_kept_negated(nlp, text):
    blames = run(nlp, text)
    assert len(blames) == 1 and blames[0].negated


@pytest.mark.parametrize("text,accused", [
    ("The villages are run by the tyrannical Azerbaijani government.", "Azerbaijan"),
    ("The villages are run by the tyrannical Armenian government.", "Armenia"),
])
def test_blame_round6_epithet_on_a_modifier_blames_the_whole_noun(nlp, text, accused):
    # the parser may hang the adjective on the nationality word: the government is still what it describes
    blames = run(nlp, text)
    assert [(b.source.kind, b.target.name) for b in blames] == [("author", accused)], blames

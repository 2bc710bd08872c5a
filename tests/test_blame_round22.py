"""Blame round 22: a kind of people, or anyone of a kind, is no one to accuse (seed 2626 train sample).

A plural label or epithet phrase ranked by a superlative ("the most corrupt officials of all time") names the top of a
kind; a creed's followers ("these diet extremists", "the imperialist leaders"; ``stance_labels`` in
blame_word_classes.tsv) named with the/these in a timeless present are a kind too. An owner ("{C}'s most brutal
commanders", "the fascist leaders of {C}"), a nation ("{N} extremists") or an event in the past ("these extremists
stormed ...") still picks out someone. An accusation imagined against anyone of a kind ("farmers might blame a
governor for ...": an a/any object of a could/might/may/would verb) accuses no one; one imagined against someone
named stays, hedged. Whoever comes after "other than" is left out ("individuals other than X kill ...", X read as
the subject by the parser). Examples are our own sentences, mirrored over the shared sides of test_blame_constructions.
"""
from __future__ import annotations

import pytest

from test_blame_constructions import PAIRS, assert_exactly, fill, run

NOTHING = [
    # each failed on the old code: the kind was accused as if it were someone
    ("These diet extremists want every family in {C} to give up sugar.", []),
    ("The imperialist leaders and their pundits in {K} now speak of nuclear arms as a sound plan.", []),
    ("{P} said the tax was drafted by the most corrupt officials of all time.", []),
    ("{P} said the decree reads like the work of the most ruthless dictators ever known.", []),
    # an accusation imagined against anyone of a kind ("a/any" object of could/might/would) accuses no one
    ("Farmers in {K} might blame a governor for failing to repair the dams.", []),
    # "other than X" leaves X out, even when the parser makes X the verb's subject (fails on 3 of 4 sides: the parse
    # of the Armenian sentence already found nothing)
    ("The panel agreed that individuals other than {N}s kill people in raids.", []),
]
FOUND = [
    # guards: a nation's, an owner's or an event's labelled people stay accused
    ("{N} extremists blocked the road to {K2}.", [("<author>", "{N} extremists", "authorial")]),
    ("These extremists stormed the ministry in {K} on Monday.", [("<author>", "extremists", "authorial")]),
    ("The fascist leaders of {C} speak of war as a cure.", [("<author>", "fascist leaders", "authorial")]),
    ("{P} said the tax was drafted by {C2}'s most corrupt officials.", [("{P}", "corrupt officials", "reported")]),
    ("Farmers in {K} might blame {P2} for failing to repair the dams.", [("Farmers", "{P2}", "reported")]),
    ("The host said that men other than {N}s loot the shops.", [("host", "men other than", "reported")]),
]


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template,expected", NOTHING + FOUND)
def test_blame_round22(nlp, template, expected, own, other):
    text = fill(template, own, other)
    assert_exactly(run(nlp, text), expected, text, own, other)

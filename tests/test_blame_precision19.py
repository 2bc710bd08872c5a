"""Blame round 19: who makes an accusation put in a phrase, and whom an object "him" means (seed 2626 train sample).

The doer of an accusation verb without its own subject is found by climbing to the clause that controls it:
an adjective the parser filed as an attribute ("{P} was the most outspoken in denouncing Y"); a step or a
campaign the subject takes or mounts (``intent_nouns`` in blame_word_classes.tsv, carried by produce_verbs or
attack_carriers); a finite verb the parser listed with an infinitive ("ran on his ability to V and accused Y");
a relative clause on a description set beside a name ("X, a councillor who accused Y": X).
A title whose phrase names a person in apposition ("a {K} lawmaker, {P},") is that person, not the place that
only modifies the title. With no for/of charge, a "because" clause after an accusation verb is the charge, unless
it gives the accuser's own motive ("because he wanted votes").
In nlp/actors.py an object "him"/"her" never means the one its relative clause is about, and a verb the parser
listed with a reported clause ("X said Y is to blame and accused him") does not bind the pronoun to Y's clause.
Examples are our own sentences, mirrored over the shared sides of test_blame_constructions.
"""
from __future__ import annotations

import pytest

from test_blame_constructions import PAIRS, assert_exactly, fill, run

FOUND = [
    # each failed on the old code: the accuser was left unspecified or was the description, not the name
    ("{P} has been the most outspoken of the envoys in denouncing {C2}.", [("{P}", "{C2}", "reported")]),
    ("{P} took the rare step of rebuking {C2} by name.", [("{P}", "{C2}", "reported")]),
    ("{P} has mounted a long campaign to condemn {C2} for the blockade.", [("{P}", "{C2}", "reported")]),
    ("During the last race, {P} mostly ran on his ability to revive the economy and accused {C2} of wrecking the recovery.",
     [("{P}", "{C2}", "reported")]),
    ("Last spring {P2} lost the vote to Carl Brandt, a local councillor who accused him of bribing officials.",
     [("Carl Brandt", "{P2}", "reported")]),
    ("{P2} shoved a reporter in {K2}. Senator Anna Kovac said {P} is solely responsible for what occurs at his "
     "rallies and accused him of stirring up violence.",
     [("Anna Kovac", "{P}", "reported"), ("Anna Kovac", "{P}", "reported")]),
    # failed on the old code (three sides): the capital modifying the title stood for the person named beside it
    ("Cases like that seldom end in court, yet a {K} lawmaker, {P}, pleaded guilty in 2010 to illegal lobbying.",
     [("<author>", "{P}", "authorial")]),
    # guards: an effort the subject only welcomes is not the subject's deed; a name's own accusation stays its own;
    # a title with no name beside it keeps its place
    ("{P} welcomed the campaign to condemn {C2} for the blockade.", [("<unspecified>", "{C2}", "reported")]),
    ("Cases like that seldom end in court, yet a {N} lawmaker pleaded guilty in 2010 to illegal lobbying.",
     [("<author>", "lawmaker", "authorial")]),
    ("Carl Brandt, a local councillor, accused {P2} of bribing officials.", [("Carl Brandt", "{P2}", "reported")]),
    ("{P} said {P2} had lied and accused {C2} of shelling the villages.", [("{P}", "{P2}", "reported"), ("{P}", "{C2}", "reported")]),
]


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template,expected", FOUND)
def test_blame_precision19_found(nlp, template, expected, own, other):
    text = fill(template, own, other)
    assert_exactly(run(nlp, text), expected, text, own, other)


@pytest.mark.parametrize("own,other", PAIRS)
def test_blame_precision19_him_is_not_an_earlier_bystander(nlp, own, other):
    """Failed on the old code: "him" went past the one said to be responsible to a man named a sentence before."""
    text = fill("{P2} shoved a reporter in {K2}. Senator Anna Kovac said {P} is solely responsible for what "
                "occurs at his rallies and accused him of stirring up violence.", own, other)
    blames = run(nlp, text)
    assert blames and all(b.target.name == fill("{P}", own, other) for b in blames), (
        text, [(b.source.name, b.target.name) for b in blames])


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template,charge", [
    # failed on the old code: the charge was the bare verb
    ("{P} criticised {C2} because it keeps shelling the villages near {K}.", "it keeps shelling the villages near {K}"),
    # guard: the accuser's own motive is no charge
    ("{P} criticised {C2} because he wanted to win votes in {K}.", "criticised"),
])
def test_blame_precision19_because_is_the_charge(nlp, template, charge, own, other):
    text = fill(template, own, other)
    blames = run(nlp, text)
    assert [b.charge for b in blames] == [fill(charge, own, other)], (text, [(b.source.name, b.charge) for b in blames])

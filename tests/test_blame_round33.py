"""Blame round 33, from the judged PTC train sample and the dev judgements: a side named in front of an accusation
("Ukrainian allegations that ..."), who only weighs an accusation ("the court will hear the charges"), being held
accountable *to* a standard, a rank held, a branch of law ("his criminal case"), a deed one lists or cites, a
misdeed told again inside an accusation noun, what one hints or a panel rules, and the speaker of a quotation attribution cut short at a line break.

Examples are our own sentences, mirrored over the shared sides of test_blame_constructions; each FOUND case failed on
the old code, each GUARD passes on both.
"""
from __future__ import annotations

import pytest

from test_blame_constructions import PAIRS, assert_exactly, fill, run_quoted as run

from spinmap.extract.blame.parse import _quote_openings

FOUND = [
    # a side named in front of an accusation noun holds it, and a named holder's accusation is not dismissed away
    ("{N2} officials rejected {N} accusations that they shelled the port.", [("{C}", "{N2} officials", "reported")]),
    ("{N} allegations that {K2} shelled the port are false, the envoy said.", [("{C}", "{C2}", "reported")]),
    # what one hints, rules or protests is one's own account
    ("One lawmaker is hinting that {K2} is covering up the shelling.", [("lawmaker", "{C2}", "reported")]),
    ("A panel had ruled that {K2} violated the ceasefire.", [("panel", "{C2}", "reported")]),
    ("{P} protested that {K2} had shelled the port.", [("{P}", "{C2}", "reported")]),
    # who lists, cites or highlights a deed charges it; the author only relays
    ("{P} listed {K2}'s crimes against the villagers.", [("{P}", "{C2}", "reported")]),
    ("{P} cited {K2}'s aggression as the reason for the sanctions.", [("{P}", "{C2}", "reported")]),
    ("{P} highlighted {K2}'s aggression in a long speech.", [("{P}", "{C2}", "reported")]),
]
NOTHING = [
    # each gave a record on the old code
    "{P} will hold every officer accountable to the code of conduct.",
    "We must hold our soldiers accountable to the highest standards, {P} said.",
    "{P} is still waiting for a verdict in his criminal case.",
    "{P} occupies one of the top posts in the cabinet.",
]
GUARDS = [
    # pass on both: the charge stays where it was
    ("{P} will hold {K2} accountable for the shelling.", [("{P}", "{C2}", "reported")]),
    ("{N} troops occupy the port of {K2}.", [("<author>", "{N} troops", "authorial")]),
    ("{K2} refrained from condemning the {N} invasion.", [("<author>", "{C}", "authorial")]),
    # an accusation verb's object is still the author's to tell as well (rounds 7-9)
    ("{P2} condemned the {N} aggression.", [("{P2}", "{C}", "reported"), ("<author>", "{C}", "authorial")]),
    ("{P} decried {K2}'s repression of its own people.", [("{P}", "{C2}", "reported"), ("<author>", "{C2}", "authorial")]),
    ("{K2}'s accusations against {P} are bogus, {K} said.", [("{K2}", "{P}", "reported"), ("{K}", "{K2}", "reported")]),
]


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template,expected", FOUND + GUARDS)
def test_blame_round33_records(nlp, template, expected, own, other):
    text = fill(template, own, other)
    blames = run(nlp, text)
    assert_exactly(blames, expected, text, own, other)
    assert not any(b.negated for b in blames), (text, blames)


@pytest.mark.parametrize("own,other", PAIRS)
def test_blame_round33_an_unmade_citation_leaves_the_deed_to_the_author(nlp, own, other):
    text = fill("{P2} did not cite {K}'s aggression.", own, other)
    assert_exactly(run(nlp, text), [("<author>", "{C}", "authorial")], text, own, other)


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template", NOTHING)
def test_blame_round33_no_charge(nlp, template, own, other):
    text = fill(template, own, other)
    assert run(nlp, text) == [], text


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template,weigher", [
    ("The court will investigate the allegations against {P2}.", "The court"),
    ("{P} accused {P2} of rigging the vote. The tribunal will hear the allegations against {P2} next week.", "The tribunal"),
])
def test_blame_round33_who_weighs_a_charge_does_not_hold_it(nlp, template, weigher, own, other):
    text = fill(template, own, other)
    assert all(b.source.name != weigher for b in run(nlp, text)), text


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template", [
    '{P} spoke in the capital.\n{P} told the crowd: "our fears have come true.\n{K2} has betrayed us and shelled the port."\n',
    '{P} spoke in the capital. He told the crowd, "our fears have come true.\n{K2} betrayed us, as everyone saw."\n',
])
def test_blame_round33_a_quotation_run_past_a_line_break_keeps_its_speaker(nlp, template, own, other):
    text = fill(template, own, other)
    blames = [b for b in run(nlp, text) if b.target.name == fill("{C2}", own, other)]
    assert blames and all(b.voice == "reported" and b.source.name == fill("{P}", own, other) for b in blames), (text, blames)


@pytest.mark.parametrize("text,marker,openings", [
    ('He said, "one.\nTwo X three."\nAfter.', "X", ['"one']),
    ('He said:\n"First\n"Second X\n"Third."\nAfter.', "X", ['"Second', '"First']),
    ('He said:\n"First\n"Second\n"Third."\nAfter X.', "X", []),
    ('He said "one" and then X left.', "X", []),
    ('No marks at all, X.', "X", []),
    ('Line one.\nOnly X closes here."', "X", []),
])
def test_quote_openings(text, marker, openings):
    found = _quote_openings(text, text.index(marker))
    assert [text[i:i + len(o)] for i, o in zip(found, openings)] == openings and len(found) == len(openings)

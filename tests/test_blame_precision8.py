"""Blame precision round 8: acts not done, threats and losses that wrong no one, and who voices or is meant.

Found on a fresh judged train sample (seed 1919; 100 PolNeAR and 50 SemEval-2025 train articles): an act someone
is unable to do, that is imminent or expected, that a refused permission forbids or that is to be prevented, reported
as done; a veto threat and threats to one's own security charged to the threatened; an abandoned belonging and a
stolen "thunder" charged as wrongs; an attack on a claim charged to its attackers; a refusal "to be" something; a
prevention only hoped for. Voices and names: a speech framed by "After X's raid, Y said", a gerund under "while"
("X, while condemning Y, said"), a rally one holds, a charge set off by dashes after "a broadside", "insinuated
that", and a description in apposition to a name ("Z, the former minister who was accused of ...": Z is accused).
Examples are our own sentences, mirrored over the shared sides of test_blame_constructions, with guards in the
same shapes that must still be found.
"""
from __future__ import annotations

import pytest

from test_blame_constructions import PAIRS, assert_exactly, fill, run

NO_RECORD = [
    # acts not done: unable, imminent, expected, forbidden, averted
    "{P} warned that {K2} is not able to attack the port.",
    "{P} warned that {K2} is unable to attack and destroy the port.",
    "Officials in {K} said an invasion from {C2} was not imminent.",
    "{K} is bracing for the expected missile strike by {C2}.",
    "{P} swore he would never permit his generals to invade {C2} again.",
    "The talks aim at preventing attacks inspired by {K2}.",
    "Few believe that shelling the border can prevent attacks by {N2} militias.",
    # threats and losses that wrong no one
    "The bill passed over veto threats from {K}.",
    "{K} released its national security threats report on Monday.",
    "The files came from a phone abandoned by {P} in a cafe.",
    "By the time {P2} spoke, {P} had stolen his thunder.",
    "The first claim the {N} groups attacked was the forecast of ruin.",
    "{P} refused to be the pawn of {K2}.",
    "The rival candidates in {K} hope to prevent {P2} from winning the vote.",
]

FOUND = [
    # the accusation is still found, with the right voice and names
    ("After the shelling of the port by {N2} forces, {P} said that talks were pointless.",
     [("<author>", "{N2} forces", "authorial")]),
    ("{P}, while condemning {K2}, said the talks would go on.", [("{P}", "{C2}", "reported")]),
    ("{P} asked, repeating a broadside - that {K2} was responsible for the riots - that he had used before.",
     [("{P}", "{C2}", "reported")]),
    ("{P} insinuated that {K2} was complicit in the blast.", [("{P}", "{C2}", "reported")]),
    ("The firm advised {P}, the former minister who was accused of lying about {K2}.",
     [("<unspecified>", "{P}", "reported")]),
    # guards in the same shapes: done, charged, or voiced as before
    ("{P} warned that {K2} is trying to attack the port.", [("{P}", "{C2}", "reported")]),
    ("Officials in {K} said an invasion by {C2} began at dawn.", [("Officials", "{C2}", "reported")]),
    ("{K} stole the grain of {C2}.", [("<author>", "{C}", "authorial")]),
    ("{K} seeks to prevent {C2} from joining the alliance.", [("<author>", "{C}", "authorial")]),
    ("After the talks, {P} said that {K2} shelled the port.", [("{P}", "{C2}", "reported")]),
    ("{P} said {K2} abandoned the prisoners in the desert.", [("{P}", "{C2}", "reported")]),
]


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template", NO_RECORD)
def test_blame_precision8_no_record(nlp, template, own, other):
    text = fill(template, own, other)
    assert [(b.source.name, b.target.name, b.charge) for b in run(nlp, text)] == [], text


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template,expected", FOUND)
def test_blame_precision8_found(nlp, template, expected, own, other):
    text = fill(template, own, other)
    blames = run(nlp, text)
    assert_exactly(blames, expected, text, own, other)
    assert not any(b.hedged or b.negated for b in blames), text

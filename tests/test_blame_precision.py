"""Blame precision on mainstream news (issue 4): constructions that gave false or misdirected accusations.

Found by hand-labelling a random sample of blames over PolNeAR train articles: a participle with a by-agent accused
its victims instead of the agent; a bare plural label ("curbs on extremists") was taken to name someone; a
condition ("should X fail to ...") or an act made hard ("hard for X to attack ...") and a person's threat of a
lawful act ("threatened to veto it") were charged; several-word abstentions ("steer clear of") were missed; an
attack on what someone says or holds ("attacked the ideology of Y"), or one person's attacks on another, accused
the attacker instead of being the attacker's criticism; killing animals, leaving a movement for someone else,
refusing to join a forum, and averting something ("acted to prevent it from recurring") were charged; a name
compounded on a thing ("the X primary threatens ...") was accused; a participle's accuser ("X called out Y,
slamming ...", "X answered Y by accusing him of ...") was left unspecified; "loath to lay the blame on X" was
taken as blaming X; "X's aggressive backers" and "the aggressive strategy of X" accused X.
Examples are our own sentences with the shared invented/swapped sides of test_blame_constructions (mirrored: the
same record shape whichever side is which), plus negatives that must give no record.
"""
from __future__ import annotations

import pytest

from test_blame_constructions import PAIRS, assert_exactly, fill, run

FOUND = [
    # direction: the by-agent of a participle did it, never the people it was done to
    ("{P} said one of nine farmers wounded and killed by {N2} soldiers was his cousin.", [("{P}", "{N2} soldiers", "reported")]),
    ("He was one of nine farmers wounded and killed by {N2} soldiers near the dam.", [("<author>", "{N2} soldiers", "authorial")]),
    ("{N} farmers murdered by the {N2} militia were buried on Sunday.", [("<author>", "{N2} militia", "authorial")]),
    # an attack given a reason, and one person's attacks on another, are the attacker's criticism
    ("{P} attacked {P2} for his record.", [("{P}", "{P2}", "reported")]),
    ("{P}'s attacks on {P2} hurt the campaign.", [("{P}", "{P2}", "reported")]),
    # the participle's accuser is its clause's subject
    ("{P} criticised the ministry, slamming {P2}'s plan.", [("{P}", "the ministry", "reported"), ("{P}", "{P2}", "reported")]),
    ("The newspaper answered {P2} by accusing him of fraud.", [("The newspaper", "him", "reported")]),
]

# the fixes' bounds: found before them and still found (these pass without the fixes by design)
KEPT = [
    # a bare plural label still names someone as the subject of a past event or with a nation's name
    ("{N} invaders have looted the museum.", [("<author>", "{N} invaders", "authorial")]),
    ("Sanctions on {N} invaders were lifted.", [("<author>", "{N} invaders", "authorial")]),
    # a state's threat, or armed men's, still coerces
    ("{K} threatened to send troops to the border.", [("<author>", "{C}", "authorial")]),
    ("{N} soldiers threatened to storm the parliament of {C2}.", [("<author>", "{N} soldiers", "authorial")]),
    # "aggressive" on a campaign aimed at someone, or on actions, is still hostility
    ("{C}'s aggressive actions against {C2} continued.", [("<author>", "{C}", "authorial")]),
    # refusing to do one's part is still a charge
    ("{P} refused to pay the workers.", [("<author>", "{P}", "authorial")]),
    # preventing someone from acting is still a charge
    ("{P} prevented reporters from entering the hall.", [("<author>", "{P}", "authorial")]),
    # placing the blame is still blaming; "behaves as if he is X" is a comparison, not a condition
    ("{P} placed the blame on {P2}.", [("{P}", "{P2}", "reported")]),
    ("{P} said {P2} behaves as if he is a tyrant.", [("{P}", "he", "reported")]),
]

NO_RECORD = [
    # generic labels: a class, not someone
    "{K} eased its sanctions against several terrorists.",
    "{P} viewed the protesters as terrorists.",
    "{K} says the border is open because terrorists are foreign.",
    "{K} fears that terrorists will cross the border.",
    # conditions and acts made hard or easy
    "Should {P} fail to pay the workers, the union will strike.",
    "The new rules make it hard for {N} troops to attack the town.",
    "If {P} carries out his veto threat, the budget dies.",
    "It becomes harder for {K} to attack {K2}.",
    # a person's threat of a lawful act; a thing that "threatens" with a name compounded on it
    "{P} threatened to subpoena {P2}.",
    "{P} threatened to veto the bill.",
    "Angry {P} supporters threaten to boycott the vote.",
    "{N} protesters threatened to block the road.",
    "The {K} primary threatens to push {P2} out of the contest.",
    # several-word abstentions
    "{K} steered clear of blaming {K2} over the grain deal.",
    "{P} stayed clear of blaming {P2} for the defeat.",
    "{P} was loath to lay the blame on {P2}.",
    "Several envoys seemed reluctant to put any blame on {K2}.",
    # an attack on what someone holds is criticism, not an assault; a person's attacks without a target accuse nobody
    "{P} has attacked the divisive ideology of {P2}.",
    "{P2} faced recent attacks from {P}.",
    # no misdeed
    "{N} families kill goats for a feast.",
    # "aggressive" on an effort or plan means vigorous
    "{P} praised the aggressive fundraising strategy of the {N} team.",
    # a loaded adjective on someone's people is said of them, not of their leader
    "The pollster studied {P}'s aggressive backers.",
    "Many voters abandoned the movement in favour of {P}.",
    "{P} refused to join the televised forum.",
    "{P} failed to win a single county.",
    "{P} refused to rule out a fuel levy.",
    "{P} acted to prevent that from ever recurring.",
    "{P} teamed up with {P2} to prevent cheap imports from flooding the market.",
]


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template,expected", FOUND + KEPT)
def test_blame_precision_finds_the_right_record_on_either_side(nlp, template, expected, own, other):
    text = fill(template, own, other)
    assert_exactly(run(nlp, text), expected, text, own, other)


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template", NO_RECORD)
def test_blame_precision_negatives_give_no_record(nlp, template, own, other):
    text = fill(template, own, other)
    assert [(b.source.name, b.target.name, b.charge) for b in run(nlp, text) if not b.negated] == [], text

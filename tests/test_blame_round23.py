"""Blame round 23: denials and non-misdeeds reported as blame (seed 2626 train samples, checked on 2525 and 2424).

A misdeed its doer is said never to have vowed, not to want or not to be plotting is an intention disowned: no deed is
told, so nothing is charged nor exempted (``vow_verbs``; a self-denial of a deed, "he had not lied", stays negated).
A that-clause the parser hangs on the thing searched ("saw no proof in the memo that X was behind it") is ruled out as
one hung on the proof is. A headline's verbless "Invasion Not Imminent" is an eventuality. A denial in one paragraph
does not reach an accusation in the next (the parser may run them into one sentence). Refusing to pay "in" a currency
refuses the terms (``payment_means``); harming what the doer itself earned ("the trust they have earned") wrongs no
one else (``gain_verbs``); a "to prevent" the parser joined to a verb inside a purpose clause is an aim; troops sent
"into" a land as the means of a reply ("responded to the raid by sending troops into X") are told, not charged. Examples are our own
sentences, mirrored over the shared sides of test_blame_constructions.
"""
from __future__ import annotations

import pytest

from spinmap.extract.blame import extract_blames
from spinmap.nlp.actors import resolve_actors
from spinmap.nlp.headline import parser_input
from test_blame_constructions import PAIRS, assert_exactly, fill, run

NOTHING = [
    # each failed on the old code: the doer was charged, negated, with the deed whose intention was disowned
    ("{P} says he never vowed to shell the villages of {C2}.", []),
    ("{P} said on Friday that he does not really want to bomb the ports of {C2}.", []),
    ("{P} insists that, despite rumours spread by bloggers, he is not plotting to seize the farms of {N2} settlers.", []),
    # each failed on the old code: a choice of terms, harm to one's own standing, an aim
    ("{K} refused to pay in euros, so the gas stopped flowing.", []),
    ("{K} refused to pay in roubles, so the gas stopped flowing.", []),
    ("The pundits in {K} are undermining the trust they have earned over many years.", []),
    ("The minister spoke of steps to make sure that firms hire local clerks and to prevent a few {N2} firms from "
     "dominating the licences.", []),
    # failed on the old code: sending troops as the means of a reply to an attack is told, not charged
    ("{K} responded to the {N2} raid by sending troops into {C2}.", []),
    ("In response to the raid, {K} sent troops into {C2}.", []),
    ("She spoke of reforms to ensure that banks are first trying to hire local clerks and to prevent a few {N2} banks "
     "from dominating the loans.", []),
]
FOUND = [
    # guards: a denied deed, a vow, a withheld accusation, an owed refusal and harm to another's standing stay
    ("{P} said he had not lied.", [("{P}", "{P}", "reported")]),
    ("{P} vowed to shell the villages of {C2}.", [("<author>", "{P}", "authorial")]),
    ("{P} did not want to blame {K2}.", [("{P}", "{K2}", "reported")]),
    ("{K2} refused to pay its debts.", [("<author>", "{K2}", "authorial")]),
    ("The pundits in {K} are undermining the trust {K2} has earned.", [("<author>", "pundits", "authorial")]),
    ("{P} said he saw no proof that {K2} was behind the leak.", [("{P}", "{K2}", "reported")]),
    ("{K} sent troops into {C2}.", [("<author>", "{K}", "authorial")]),
    ("{K} responded by shelling {K2}.", [("<author>", "{K}", "authorial")]),
    ("{K} tried to bar the monitors and to prevent {N2} voters from entering the polls.", [("<author>", "{K}", "authorial")]),
]
NEGATED = {"{P} said he had not lied.", "{P} did not want to blame {K2}.", "{P} said he saw no proof that {K2} was behind the leak."}


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template,expected", NOTHING + FOUND)
def test_blame_round23(nlp, template, expected, own, other):
    text = fill(template, own, other)
    blames = run(nlp, text)
    assert_exactly(blames, expected, text, own, other)
    assert all(b.negated == (template in NEGATED) for b in blames), [(b.charge, b.negated) for b in blames]


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template,expected", [
    ("An auditor noted that he had not seen solid proof in their report that the government of {C2} was behind the "
     "theft.", [("auditor", "government", "reported")]),
    ("Our auditor never saw real proof in this report that the army of {C2} was behind the theft.",
     [("<author>", "army", "authorial")]),
])
def test_blame_round23_proof_denied_in_a_document(nlp, template, expected, own, other):
    """Failed on the old code (a plain charge): the that-clause hangs on "the report" or on the verb, not on the proof."""
    text = fill(template, own, other)
    blames = run(nlp, text)
    assert_exactly(blames, expected, text, own, other)
    assert all(b.negated for b in blames)


@pytest.mark.parametrize("own,other", PAIRS)
def test_blame_round23_denial_does_not_cross_a_paragraph(nlp, own, other):
    """Failed on the old code (negated): the parser hangs the second paragraph's accusation on the first's denial."""
    text = fill("{K} has long denied any plan to invade {C2}, with its envoy saying the West spreads “panic.”\n\n"
                "{P} on Monday again accused {K2} of “stoking tensions” near the border.", own, other)
    blames = [b for b in run(nlp, text) if "tensions" in b.charge]
    assert len(blames) == 1 and not blames[0].negated, [(b.charge, b.negated) for b in blames]


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("title,charged", [
    ("{K} Tells Farmers to Stay Put, Sees {N2} Invasion Not Imminent", False),  # failed on the old code
    ("{K} Tells Farmers to Stay Put, Sees {N2} Invasion Has Begun", True),  # guard
])
def test_blame_round23_headline_eventuality(nlp, title, charged, own, other):
    title = fill(title, own, other)
    text = f"{title}\n\nA senior official urged people to stay calm on Monday.\n"
    doc = nlp(parser_input(text, title, nlp))
    blames = extract_blames(doc, resolve_actors(doc), [], None)
    assert bool(blames) == charged, [(b.target.name, b.charge) for b in blames]

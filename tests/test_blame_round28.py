"""Blame round 28: who is the subject and who speaks, when the parser glues lines or gives a verb two subjects
(seed 2727 SemEval train sample, classes ``wrong-accused`` and ``accuser``).

A credit line or heading the parser hung on the paragraph below ("h/t A" over "B, C and D were working to ...") is
no subject of that paragraph's verbs and no member of their subject list: no word of one line is another line's
subject. A headline's speech verb the parser gave two subjects ("X moves arms amid the threat posed by Y - as Z
warns ...") voices only what is said, never the other subject's phrase. Examples are our own sentences, mirrored over the shared sides of test_blame_constructions.
"""
from __future__ import annotations

import pytest

from test_blame_constructions import PAIRS, assert_exactly, fill, run_quoted as run


FOUND = [
    # each failed on the old code: the credited name was accused, or the speaker voiced the other subject's phrase
    ("h/t {P2} @tips_desk\n\nJust before the collapse of the old regime, the mayor, the banker and {P} were working "
     "hand in hand to push the pension scam.",
     [("<author>", "the mayor", "authorial"), ("<author>", "{P}", "authorial")]),
    ("h/t {P2} @tips_desk\n\nJust before the collapse of the old regime, the mayor and {P} were working hand in hand "
     "to push the pension scam.",
     [("<author>", "the mayor", "authorial"), ("<author>", "{P}", "authorial")]),
    ("Allies in talks to move more tanks east amid the mounting threat posed by {K} - as spy chief warns {P} could "
     "bomb {K2} with drones",
     [("<author>", "{K}", "authorial"), ("spy chief", "{P}", "reported")]),
]
GUARDS = [
    # as before: a list on one line, a headline with one subject, a report that speaks of the threat
    ("Just before the collapse of the old regime, the mayor, the banker and {P} were working hand in hand to push "
     "the pension scam.",
     [("<author>", "the mayor", "authorial"), ("<author>", "{P}", "authorial")]),
    ("Allies hold talks on more tanks amid the mounting threat posed by {K}, as spy chief warns {P} could bomb {K2}",
     [("<author>", "{K}", "authorial"), ("spy chief", "{P}", "reported")]),
    ("The spy chief warned that {K} poses a growing threat to {K2}.", [("spy chief", "{K}", "reported")]),
]


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template,expected", FOUND + GUARDS)
def test_blame_round28(nlp, template, expected, own, other):
    text = fill(template, own, other)
    assert_exactly(run(nlp, text), expected, text, own, other)

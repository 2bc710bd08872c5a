"""Blame round 10: refusing to help a named party do something, a named party's failure, a legislative agenda.

Found on the judged train sample of round 8 (seed 1919; 100 PolNeAR and 50 SemEval-2025 train articles): "refused
to help him do that" charged as a misdeed (declining to join another party's undertaking; ``assist_verbs``),
"the failure of <a firm>" charged to the firm that went under (``lapse_nouns``: a named "of" object is the doer only
with a "to" clause naming the duty left undone), and "pushing the same legislative agenda" charged as a scheme
(``programme_marks``: an agenda in a named field is a programme). Guards in the same shapes: refusing to help people
in need, failing to help, the failure of a party "to" do its duty, and pushing a bare or hidden agenda are still
charges.
Examples are our own sentences, mirrored over the shared sides of test_blame_constructions.
"""
from __future__ import annotations

import pytest

from test_blame_constructions import PAIRS, assert_exactly, fill, run

NO_RECORD = [
    "{K} refused to help {K2} rebuild the bridge.",
    "{P} said {K} had refused to help {P2} win the vote.",
    "{P2} wanted to close the office, and {K} refused to help him do that.",
    "Few voters knew about the failure of {C2} Airlines, a banker said.",
    "{P} recalled the failure of {N2} Grain Holdings in the spring.",
    "{P2} has been pushing the same legislative agenda since his days as a mayor.",
    "{P} said {K2} kept pushing an economic agenda at the summit.",
]

FOUND = [
    ("{K} refused to help the refugees.", [("<author>", "{K}", "authorial")]),
    ("{K} refused to help the wounded villagers flee the town.", [("<author>", "{K}", "authorial")]),
    ("{P} said {K2} had failed to help the flood victims.", [("{P}", "{C2}", "reported")]),
    ("Voters knew about the failure of {C2} to protect the border, a banker said.", [("banker", "{C2}", "reported")]),
    ("{P2} has been pushing a hidden agenda since his days as a mayor.", [("<author>", "{P2}", "authorial")]),
    ("{P} said {K2} kept pushing its agenda at the summit.", [("{P}", "{C2}", "reported")]),
]


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template", NO_RECORD)
def test_blame_precision10_no_record(nlp, template, own, other):
    text = fill(template, own, other)
    assert [(b.source.name, b.target.name, b.charge) for b in run(nlp, text)] == [], text


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template,expected", FOUND)
def test_blame_precision10_found(nlp, template, expected, own, other):
    text = fill(template, own, other)
    blames = run(nlp, text)
    assert_exactly(blames, expected, text, own, other)
    assert not any(b.hedged or b.negated for b in blames), text

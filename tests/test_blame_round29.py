"""Blame round 29: deeds only asked about or supposed (seed 2828 PolNeAR train sample, class ``hypothetical``).

A deed in a "whether" clause is a question even when the parser hangs the clause on a preposition ("looking into
whether X lied", a pcomp, not the ccomp of "asked whether X lied"), and a deed in the clause of an eventuality noun
("the slim chance that X may be indicted", "the risk that Y will invade Z") is supposed, like "the risk of an
invasion": neither is charged. Refusing to let a wrong happen ("refused to let the rain interfere", "to allow the
militias to loot X") is no charge of the refuser, nor of those not let (class ``non-misdeed``). Examples are our own sentences, mirrored over the shared sides of
test_blame_constructions.
"""
from __future__ import annotations

import pytest

from test_blame_constructions import PAIRS, assert_exactly, fill, run_quoted as run


FOUND = [
    # each failed on the old code: the asked-about or supposed deed was charged as done
    ("The auditors are now looking into whether {P} bribed the harbour judge.", []),
    ("Now the prosecutors are looking into whether {P} was guilty of fraud during his years in office.", []),
    ("{P2} clings to the slim chance that {P} may be indicted before the summit.", []),
    ("There is a real risk that {C} will invade {C2} again next spring.", []),
    ("{P} refused to let the heavy rain interfere with the rally in {K}.", []),
    ("{P} refused to allow the militias to loot the port of {K2}.", []),
]
GUARDS = [
    # as before: the deed told as done, or an accusation made about it
    ("The auditors found that {P} bribed the harbour judge.", [("auditors", "{P}", "reported")]),
    ("{P2} accused {P} of bribing the harbour judge.", [("{P2}", "{P}", "reported")]),
    ("The auditors, looking into the port, said {P} bribed the harbour judge.", [("auditors", "{P}", "reported")]),
    ("{C} took the risk and invaded {C2} again last spring.", [("<author>", "{C}", "authorial")]),
    ("{P} refused to let the inspectors enter the port of {K2}.", [("<author>", "{P}", "authorial")]),
]


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template,expected", FOUND + GUARDS)
def test_blame_round29(nlp, template, expected, own, other):
    text = fill(template, own, other)
    assert_exactly(run(nlp, text), expected, text, own, other)

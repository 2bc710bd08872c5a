"""Blame round 21: the charge, when it was only the verb (seed 2626 train sample).

A bare accusation ("criticized X", "attacked X") takes the charge a companion clause of the same speaker gives: a
participle or coordinated verb accusing the same people ("..., accusing them of Y") or naming them ("..., calling him
a Z", the label wherever the parser hangs it). A restrictive relative clause on the object tells what the accused did
("rebuked the aides who leaked X"), and so does the clause before "he should be held accountable". Condemned words
"from X" charge X with the words. A copular label keeps its whole list ("is a liar and a bully"), and a no-break space
inside a charge no longer ends it. Where nothing names a misdeed (the object is the accused and the companion says
something else), the bare verb stays. Examples are our own sentences, mirrored over the shared sides of
test_blame_constructions.
"""
from __future__ import annotations

import pytest

from test_blame_constructions import PAIRS, assert_exactly, fill, run

CHARGED = [
    # each failed on the old code: the charge was the bare verb, a stub, or no record was made
    ("{P} criticized {P2} in a letter on Friday, accusing him of trying to wreck the ceasefire.",
     [("{P}", "{P2}", "reported"), ("{P}", "{P2}", "reported")], "trying to wreck the ceasefire"),
    ("{P} attacked {P2}, calling him a coward.", [("{P}", "{P2}", "reported")], "a coward"),
    ("Late in his tenure, {P} attacked {P2}, calling him, among many insults, “a spent statesman.”",
     [("{P}", "{P2}", "reported")], "a spent statesman"),
    ("{P} rebuked the aides who leaked the memo.", [("{P}", "aides", "reported")], "leaked the memo"),
    ("{P2} has put the whole region's safety in danger, and he should be held accountable, {P} said.",
     [("{P}", "he", "reported")], "put the whole region's safety in danger"),
    ("{P} condemned hostile remarks from {P2}.", [("{P}", "{P2}", "reported")], "condemned hostile remarks"),
    ("{P} condemns hateful, divisive speech from {P2}.", [("{P}", "{P2}", "reported")],
     "condemns hateful, divisive speech"),
    ("{P2} is a\u00a0habitual liar and a bully.", [("<author>", "{P2}", "authorial")], "is a habitual liar and a bully"),
    ("{P2} is a\u00a0habitual liar.", [("<author>", "{P2}", "authorial")], "is a habitual liar"),
    ("{P} railed against {P2}'s decision.", [("{P}", "{P2}", "reported")], "railed against {P2}'s decision"),
]
BARE = [
    # guards: nothing names a misdeed of the one accused, so the verb stays the charge
    ("{P} criticized {P2} and invited him to a televised debate.", [("{P}", "{P2}", "reported")], "criticized"),
    ("{P} attacked {P2}, calling the talks a farce.", [("{P}", "{P2}", "reported")], "attacked {P2}"),
    ("{P} condemned {P2}, who later resigned.", [("{P}", "{P2}", "reported")], "condemned"),
    # session 23: a name after the label's "and" starts the next clause and is no second label
    ("{P2} is a habitual liar and {P} needs to expose him at the summit.", [("<author>", "{P2}", "authorial")],
     "is a habitual liar"),
]


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template,expected,charge", CHARGED + BARE)
def test_blame_round21_charge(nlp, template, expected, charge, own, other):
    text = fill(template, own, other)
    blames = run(nlp, text)
    assert_exactly(blames, expected, text, own, other)
    assert [b.charge for b in blames] == [fill(charge, own, other)] * len(expected), (text, [b.charge for b in blames])

"""Blame round 34, from the judged PTC train samples 1 and 2: a bare noun only an epithet describes ("corrupt
governments") is a kind of people, diseases and incidents are things, a threat to walk out or a plan killed wrongs no
one, what is expected or planned is not done, a record that shows ("the video footage confirms") leaves the claim to
the author, "as to X" names a topic, not a source, what one reminds others of is one's charge, and a charge skips an
inserted "he said" and reads "indicted on charges of X" as X.

Examples are our own sentences, mirrored over the shared sides of test_blame_constructions; each FOUND, NOTHING and
CHARGE case failed on the old code, each GUARD passes on both.
"""
from __future__ import annotations

import pytest

from test_blame_constructions import PAIRS, check_case, round_cases

FOUND = [
    # "as to X" names what the sentence is about; X says nothing
    ("As to the treaty's expiry clauses, {K} lied about that too.", [("<author>", "{C}", "authorial")]),
    # what a record shows is the author's reading of it (a report still speaks for whoever wrote it: GUARDS)
    ("The video footage confirms that {P} is lying to voters.", [("<author>", "{P}", "authorial")]),
    # who reminds others of a deed charges it
    ("{P} then reminded everyone of {K2}'s failures in dealing with the crisis.", [("{P}", "{C2}", "reported")]),
]
NOTHING = [
    # an epithet on a bare noun that nothing pins down: a kind of people
    "Corrupt governments steal from their own people, {P} said.",
    "For centuries, believers were jailed by corrupt civil authorities in every age.",
    "To obey evil civil authority is wrong, {P} wrote.",
    # diseases and incidents are things, whatever place or name they carry
    "The Gulf of {K} incident was invented to escalate the war against {C2}.",
    "Deadly Virus Kills Two People in {K}",
    "The outbreak in {K} recalls Ebola, the fever that devastated West Africa and killed thousands.",
    # a threat to do what is done to no one, a plan killed
    "{P}'s threats to walk out of the talks in {K2} did not materialize.",
    "In 2016, {P} officially killed the plan to build the bridge.",
    # an accusation only expected or planned is not made
    "Don't expect {K} to condemn {P2}'s remarks.",
    "A lawyer says another woman plans to accuse {P2} of misconduct.",
]
CHARGES = [
    ("{P} blasted {P2} because, he said, the minister never took control of the army.",
     "the minister never took control of the army"),
    ("{P2} was indicted on charges of bribery.", "bribery"),
]
GUARDS = [
    # pinned down by a named place; a threat against people; a report's writer; evidence the author cites
    ("Corrupt forces in {K} plundered the aid money.", [("<author>", "Corrupt forces", "authorial")] * 2),
    ("{P}'s threats to wall off the {N2} people did not materialize.", [("<author>", "{P}", "authorial")]),
    ("The report confirms that {K2} shelled the port.", [("<unspecified>", "{C2}", "reported")]),
    ("{N} documents prove that {K2} stole the funds.", [("<author>", "{C2}", "authorial")]),
]


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("kind,template,expected", round_cases(FOUND, GUARDS, NOTHING, CHARGES))
def test_blame_round34(nlp, kind, template, expected, own, other):
    check_case(nlp, kind, template, expected, own, other)

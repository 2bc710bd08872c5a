"""Blame round 31: "per X" names who voices a clause, as "according to X" does (P ``accuser`` records: the author
was made the accuser of what a named source said).

A bare "per X" fronted or set off by a comma ("Per X, Y shelled Z", "Y shelled Z, per X") is X's report when X is
someone (a named actor or an actor noun: officials, the ministry); a rate ("rounds per hour") or a rule ("per the
treaty") voices nothing. The trailing ", per X" is left out of the charge. Examples are our own sentences, mirrored
over the shared sides of test_blame_constructions.
"""
from __future__ import annotations

import pytest

from test_blame_constructions import PAIRS, assert_exactly, fill, run_quoted as run


FOUND = [
    # each failed on the old code: the author was the accuser
    ("Per {P}, {K2} shelled the grain depot near the river.", [("{P}", "{K2}", "reported")]),
    ("{K2} shelled the grain depot near the river, per {P}.", [("{P}", "{K2}", "reported")]),
    ("Per senior {N} officials, {C2} bombed the water plant last week.", [("{N} officials", "{C2}", "reported")]),
    ("{C2} bombed the water plant last week, per the {N} ministry.", [("{N} ministry", "{C2}", "reported")]),
]
GUARDS = [
    # as before: "according to X", a rate, a rule, a report with no one named
    ("According to {P}, {K2} shelled the grain depot near the river.", [("{P}", "{K2}", "reported")]),
    ("{K2} shelled the grain depot at forty rounds per hour.", [("<author>", "{K2}", "authorial")]),
    ("Per the truce, {C2} had to pull back its guns, but it shelled the grain depot.", [("<author>", "{C2}", "authorial")]),
    ("Per usual, {K2} shelled the grain depot near the river.", [("<author>", "{K2}", "authorial")]),
]


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template,expected", FOUND + GUARDS)
def test_blame_round31_per_source(nlp, template, expected, own, other):
    text = fill(template, own, other)
    assert_exactly(run(nlp, text), expected, text, own, other)


@pytest.mark.parametrize("own,other", PAIRS)
def test_blame_round31_trailing_per_is_no_part_of_the_charge(nlp, own, other):
    text = fill("{K2} shelled the hospital, per {P}.", own, other)
    (b,) = run(nlp, text)
    assert "per" not in b.charge.split() and b.charge == "shelled the hospital", b.charge


DISCLOSED = [
    # each failed on the old code: what a named body made known was the author's charge
    ("The {N} inspector admitted that {K2} had failed to stop the looting of the depot.",
     [("{N} inspector", "{K2}", "reported")]),
    ("The {N} agency announced that {N2} officials had stolen the aid meant for flood victims.",
     [("{N} agency", "{N2} officials", "reported")]),
    ("{P} revealed that {N2} troops had looted the village.", [("{P}", "{N2} troops", "reported")]),
    ("{K} confirmed that {N2} soldiers shelled the bridge.", [("{K}", "{N2} soldiers", "reported")]),
]
CONFESSED = [
    # guards: a confession stays the author's record (the speaker does not accuse itself); a noun object is no finding
    ("The {N} ministry admitted that its troops shelled the hospital.", [("<author>", "its troops", "authorial")]),
    ("{K} announced its invasion of the island.", [("<author>", "{C}", "authorial")]),
    ("{P} said that {N2} troops had looted the village.", [("{P}", "{N2} troops", "reported")]),
]


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template,expected", DISCLOSED + CONFESSED)
def test_blame_round31_disclosure_verbs(nlp, template, expected, own, other):
    text = fill(template, own, other)
    assert_exactly(run(nlp, text), expected, text, own, other)


@pytest.mark.parametrize("own,other", PAIRS)
def test_blame_round31_background_clause_stays_the_authors(nlp, own, other):
    # a fact set beside what is made known (a comma-set relative clause, a time clause) is not the speaker's finding
    text = fill("{P} announced that the curfew, which was imposed after {N2} militants bombed the market, would end "
                "in May.", own, other)
    assert_exactly(run(nlp, text), [("<author>", "{N2} militants", "authorial")], text, own, other)


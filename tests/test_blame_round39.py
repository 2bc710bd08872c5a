"""Blame round 39, from the judged PTC train sample 7: a court nominee is a person, not the court; "according to X" names
who accuses in an agentless passive; proof still awaited ("until he sees proof", "unless there is evidence that X
lied") clears the doer; a clause beside a speech verb ("..., but officials refused to act") is not what was said;
"heard X lambaste Y" has X speak; a by-agent hung on what someone was called ("denounced as a traitor by the elites")
is the accuser; "should never undermine" is a rule, not a charge; starving is suffered, not done, without an object;
"rape allegations" charge rape; a relative clause describing whom a speech was about is the author's; a hyphened pair
of names ("the Trump-Kim summit") is two people.

Examples are our own sentences, mirrored over the shared sides of test_blame_constructions; each FOUND, NOTHING and
CHARGE case (and each test below them) failed on the old code, each GUARD passes on both.
"""
from __future__ import annotations

import pytest

from test_blame_constructions import PAIRS, check_case, fill, round_cases, run_quoted as run

FOUND = [
    ("{P}, a lecturer at the {K} academy, has accused the {N2} court nominee of assaulting her.",
     [("{P}", "court nominee", "reported")]),
    ("According to {N} prosecutors, {P2} is accused of shooting a shop owner in 1997.",
     [("{N} prosecutors", "{P2}", "reported")]),
    ("The farmers told the press in 2002 that the mayor had cheated them, but {N2} officials refused to help them.",
     [("<author>", "{N2} officials", "authorial")]),
    ("Thousands of delegates heard {P} in his keynote speech lambaste the {N2} government for its reckless policy.",
     [("{P}", "{N2} government", "reported")]),
    ("{P} tweeted about Anna Petrova, the clerk who leaked a report on {C2}'s meddling in the election.",
     [("<author>", "{C2}", "authorial")]),
]
NOTHING = [
    "{P} added that the {N2} government should never work to undermine the sanctions.",
    "The {N2} soldiers and their families were starving.",
]
CHARGES = [
    ("While the farmers begged for help, {P2} was regularly denounced as a traitor by {N} elites.", "a traitor"),
    ("{P} says the senator ignored her 1999 rape allegation against {P2}.", "rape"),
]
GUARDS = [
    # a named accuser of the passive is kept
    ("According to {N} prosecutors, {P2} is accused by {P} of shooting a shop owner.", [("{P}", "{P2}", "reported")]),
    # what the speech itself said stays the speaker's
    ("{P} tweeted that {K2} meddled in the vote.", [("{P}", "{K2}", "reported")]),
    # starving someone is a charge
    ("{K} is starving the city.", [("<author>", "{K}", "authorial")]),
    # a past deed found fault with is still charged
    ("{C} should not have invaded {C2}.", [("<author>", "{C}", "authorial")]),
]


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("kind,template,expected", round_cases(FOUND, GUARDS, NOTHING, CHARGES))
def test_blame_round39(nlp, kind, template, expected, own, other):
    check_case(nlp, kind, template, expected, own, other)


@pytest.mark.parametrize("own,other", PAIRS)
def test_blame_round39_awaited_proof_clears(nlp, own, other):
    text = fill("{P} argued that unless there is evidence that {P2} was complicit in hiding the abuse, the charge is a"
                " smear.", own, other)
    found = [(b.target.name, b.negated) for b in run(nlp, text)]
    assert found and all(negated for _, negated in found), (text, found)


@pytest.mark.parametrize("pair", [("Kim Jong Un", "Kim", "Donald Trump", "Trump"),
                                  ("Xi Jinping", "Xi", "Joe Biden", "Biden")])
def test_blame_round39_hyphened_pair_is_two_people(nlp, pair):
    full, family, other_full, other_last = pair
    text = (f"{full} met {other_full} in Singapore. {other_last} ignored the allies after the {other_last}-{family}"
            f" summit, and {family} blasted Japan as a puppet.")
    found = [(b.source.name, b.target.name) for b in run(nlp, text)]
    assert found == [(full, "Japan")], (text, found)

"""Round-34 actor rule, from the judged blame samples' partly right records: an accuser or accused written as "the
group", "the firm" or "the organization" right after the text named the organisation was left as the bare phrase.
Such a phrase now stands for the organisation named in the same or the previous two sentences (one whose name ends
in the noun first), unless a name follows it, it is someone new ("the new company"), a set of members ("donors in
the group"), or an indefinite phrase with its noun came in between. Texts are invented; rules are mirrored across
camps (a Moscow and a Washington organisation). Guards hold on the old code too.
"""
from __future__ import annotations

import pytest

from _actor_probes import actor_at as _at, surfaces, tagged as _tagged
from spinmap.nlp.actors import resolve_actors

# (organisation, its city, another organisation)
_CAMPS = [("Volgatrans Holding", "Moscow", "Sibirenergo"), ("Baymont Freight", "Washington", "Delacorte Power")]


def _index(nlp, text, *orgs):
    return resolve_actors(_tagged(nlp, text, *((o, "ORG") for o in orgs)))


@pytest.mark.parametrize("org,city,other", _CAMPS)
@pytest.mark.parametrize("phrase", ["the company", "the firm", "the group"])
def test_phrase_after_an_organisation_is_that_organisation(nlp, org, city, other, phrase):
    text = (f"{org} shipped grain out of {city} for a decade. Last spring regulators fined {phrase} for hiding "
            f"losses from its lenders.")
    index = _index(nlp, text, org)
    at = text.index(phrase)
    assert _at(index, text, org) is not None
    assert index.actor_at(at, at + len(phrase)) is _at(index, text, org)


@pytest.mark.parametrize("org,city,other", _CAMPS)
def test_modified_phrase_as_subject_is_that_organisation(nlp, org, city, other):
    text = (f"Police in {city} questioned {org} about the blast on Friday. The militant group denied any part in "
            f"the bombing.")
    index = _index(nlp, text, org)
    at = text.index("The militant group")
    assert index.actor_at(at, at + len("The militant group")) is _at(index, text, org)


@pytest.mark.parametrize("org,city,other", _CAMPS)
def test_noun_naming_the_organisation_wins_over_a_nearer_one(nlp, org, city, other):
    fund = f"{org} Foundation"
    text = (f"The {fund} gave money to schools near {city}. Its director met officials of {other} last week. "
            f"Critics said the foundation had bought favours.")
    index = _index(nlp, text, fund, other)
    at = text.index("the foundation")
    assert index.actor_at(at, at + len("the foundation")) is _at(index, text, fund)


@pytest.mark.parametrize("org,city,other", _CAMPS)
def test_the_phrase_is_no_alias(nlp, org, city, other):
    text = f"{org} opened a depot in {city}. Analysts said the company would hire more drivers."
    index = _index(nlp, text, org)
    actor = _at(index, text, org)
    assert "the company" in surfaces(index, text, actor)
    assert "the company" not in actor.aliases


# ------------------------------------------------------------------ guards


@pytest.mark.parametrize("org,city,other", _CAMPS)
@pytest.mark.parametrize("phrase", ["the new company", "the first group", "the other firm"])
def test_someone_new_is_not_the_organisation(nlp, org, city, other, phrase):
    text = f"{org} sold its trucks in {city}. Officials said {phrase} would start work in May."
    index = _index(nlp, text, org)
    at = text.index(phrase)
    assert index.actor_at(at, at + len(phrase)) is not _at(index, text, org)


@pytest.mark.parametrize("org,city,other", _CAMPS)
def test_a_name_after_the_phrase_is_its_own(nlp, org, city, other):
    text = f"{org} left {city} in June. Its rival, the shipping firm {other}, bought the depot."
    index = _index(nlp, text, org, other)
    at = text.index("the shipping firm")
    found = index.actor_at(at, at + len("the shipping firm"))
    assert found is not _at(index, text, org)


@pytest.mark.parametrize("org,city,other", _CAMPS)
def test_members_of_a_group_are_not_the_organisation(nlp, org, city, other):
    text = f"{org} held a dinner in {city}. Several donors in the group left early, and others joined the group later."
    index = _index(nlp, text, org)
    for nth in (0, 1):
        at = text.index("the group", text.index("the group") + 1 if nth else 0)
        assert index.actor_at(at, at + len("the group")) is not _at(index, text, org)


@pytest.mark.parametrize("org,city,other", _CAMPS)
def test_an_indefinite_phrase_in_between_is_what_it_repeats(nlp, org, city, other):
    text = f"{org} paid for the hall in {city}. A group of farmers marched outside. The group demanded lower fees."
    index = _index(nlp, text, org)
    at = text.index("The group")
    assert index.actor_at(at, at + len("The group")) is not _at(index, text, org)


@pytest.mark.parametrize("org,city,other", _CAMPS)
def test_a_source_is_not_what_the_phrase_stands_for(nlp, org, city, other):
    text = f"According to {other}, the company lost money in {city} last year."
    index = _index(nlp, text, other)
    at = text.index("the company")
    assert index.actor_at(at, at + len("the company")) is not _at(index, text, other)


@pytest.mark.parametrize("org,city,other", _CAMPS)
def test_too_far_back_is_no_one(nlp, org, city, other):
    text = (f"{org} built a port in {city}. The port opened in May. Ships came in June. Trade grew all summer. "
            f"By winter the company was gone.")
    index = _index(nlp, text, org)
    at = text.index("the company")
    assert index.actor_at(at, at + len("the company")) is not _at(index, text, org)

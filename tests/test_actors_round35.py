"""Round-35 actor rule, from the judged blame samples' partly right accused: a group the text names only through its
owner ("X's soldiers", "his allies", "its backers") was either left as the bare phrase or taken for the owner, who
did not do what the group did. Such a phrase (a plural of ``actor_owned_groups.txt`` with a possessive that names an
actor, or a pronoun bound to one) is now a group actor of its own, named by its owner ("Jan Roe's allies"). Texts are
invented; rules are mirrored across camps (a Moscow and a Washington politician). Guards hold on the old code too.
"""
from __future__ import annotations

import pytest

from _actor_probes import actor_at as _at, index_of, surfaces, tagged as _tagged
from spinmap.extract.blame import extract_blames
from spinmap.nlp.actors import resolve_actors

# (politician, surname, city, a rival)
_CAMPS = [("Oleg Varnavin", "Varnavin", "Moscow", "Pavel Lebedko"), ("Dwight Harrowgate", "Harrowgate", "Washington", "Carl Brinsley")]


def _group(index, text, phrase, nth=0):
    actor = _at(index, text, phrase, nth)
    assert actor is not None, phrase
    return actor


@pytest.mark.parametrize("full,last,city,rival", _CAMPS)
def test_a_named_owners_soldiers_are_a_group_of_their_own(nlp, full, last, city, rival):
    text = f"{full} spoke in {city} on Monday. Critics say {last}'s soldiers looted two villages in the south."
    index = index_of(nlp, text)
    group = _group(index, text, f"{last}'s soldiers")
    person = _at(index, text, full)
    assert group.kind == "group" and group is not person
    assert group.name == f"{full}'s soldiers"
    at = text.index(f"{last}'s")
    assert index.actor_at(at, at + len(last)) is person  # the owner's own name still answers for the owner


@pytest.mark.parametrize("full,last,city,rival", _CAMPS)
def test_his_allies_are_named_by_whom_his_is(nlp, full, last, city, rival):
    text = f"{full} flew back to {city} on Sunday. The speaker said {last} and his allies had stalled the budget for weeks."
    index = index_of(nlp, text)
    group = _group(index, text, "his allies")
    assert group.kind == "group" and group.name == f"{full}'s allies"
    assert "his allies" not in group.aliases  # like a pronoun, no alias


@pytest.mark.parametrize("full,last,city,rival", _CAMPS)
def test_the_same_owners_group_is_one_actor(nlp, full, last, city, rival):
    text = (f"{full} held a rally in {city}. His backers filled the square for hours. "
            f"Later that night {last}'s backers marched to the town hall.")
    index = index_of(nlp, text)
    group = _group(index, text, "His backers")
    assert group.kind == "group" and group is _group(index, text, f"{last}'s backers")


@pytest.mark.parametrize("full,last,city,rival", _CAMPS)
def test_blame_accuses_the_group_not_its_owner(nlp, full, last, city, rival):
    text = f"{rival} arrived in {city} on Friday. He accused {full}'s loyalists of stuffing ballot boxes in three towns."
    doc = nlp(text)
    targets = {b.target.name for b in extract_blames(doc, resolve_actors(doc), [], None)}
    assert f"{full}'s loyalists" in targets
    assert full not in targets


# ---------------------------------------------------------------- guards (hold on the old code too)

@pytest.mark.parametrize("full,last,city,rival", _CAMPS)
def test_an_unbound_owner_makes_no_group(nlp, full, last, city, rival):
    text = f"Nobody knew who was behind it. Their supporters burned tyres near {city} overnight."
    index = index_of(nlp, text)
    at = text.index("supporters")
    assert index.actor_at(at, at + len("supporters")) is None


@pytest.mark.parametrize("full,last,city,rival", _CAMPS)
def test_a_spokesman_or_a_thing_owned_is_no_group(nlp, full, last, city, rival):
    text = f"{full} toured {city} on Tuesday. {last}'s spokesman denied that {last}'s remarks had angered donors."
    index = index_of(nlp, text)
    for noun in ("spokesman", "remarks"):
        at = text.index(noun)
        assert index.actor_at(at, at + len(noun)) is None, noun
    assert all(a.kind != "group" for a in index.actors)


@pytest.mark.parametrize("full,last,city,rival", _CAMPS)
def test_the_owner_keeps_its_mentions(nlp, full, last, city, rival):
    text = f"{full} returned to {city}. {last}'s allies cheered when {last} promised lower taxes."
    index = index_of(nlp, text)
    person = _at(index, text, full)
    assert {full, last} <= surfaces(index, text, person)


# (a state, its capital, an earlier state in the sentence)
_STATES = [("Russia", "Moscow", "Ukraine"), ("United States", "Washington", "China")]


@pytest.mark.parametrize("state,city,other", _STATES)
def test_its_after_and_is_the_state_just_joined(nlp, state, city, other):
    text = f"Officials in {other} said on Monday that {state} and its allies had sent more weapons to the front."
    index = index_of(nlp, text)
    at = text.index("its")
    assert index.actor_at(at, at + 3) is _at(index, text, state)
    mark = "'" if state.endswith("s") else "'s"
    assert _group(index, text, "its allies").name == f"{state}{mark} allies"


@pytest.mark.parametrize("full,last,city,rival", _CAMPS)
def test_his_in_an_unnamed_speakers_words_names_no_group(nlp, full, last, city, rival):
    # the colonel is most likely the one whose troops these are, and the he/she rule does not know him
    text = f"{full} reached {city} at dawn. The colonel said his troops had burned the depot."
    index = index_of(nlp, text)
    at = text.index("troops")
    assert index.actor_at(at, at + len("troops")) is None


@pytest.mark.parametrize("state,city,other", _STATES)
def test_its_other_members_is_not_the_state_just_joined(nlp, state, city, other):
    text = f"{other} is pressing {state} and its other neighbours to sign the pact before {city} objects."
    index = index_of(nlp, text)
    at = text.index("its")
    assert index.actor_at(at, at + 3) is not _at(index, text, state)


@pytest.mark.parametrize("full,last,city,rival", _CAMPS)
def test_a_group_owned_by_the_company_is_left_unnamed(nlp, full, last, city, rival):
    org = f"{last} Logistics"
    text = f"{org} opened a depot near {city}. Later the company's backers asked for a bigger share of the profits."
    index = resolve_actors(_tagged(nlp, text, (org, "ORG")))
    at = text.index("backers")
    assert index.actor_at(at, at + len("backers")) is None

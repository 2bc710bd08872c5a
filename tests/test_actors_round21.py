"""Round-21 actor rules, from a hand-labelled sample of PolNeAR and SemEval-2025 train articles (seed 2121): a name
the tagger guessed that only ever modifies a noun for a weapon, aircraft or vessel, a storm or a festival ("the
Kestrel cruise missile", "the Ulva cyclone"; lexicon actor_thing_nouns.txt) names a thing, not an actor. Table
actors, names also used as actors in the same article and names before other nouns keep their mentions. A hyphenated lower-case word after a name ("the Nadia Holm-backed
plan") is no part of the name, so the mention joins the person; a capitalised second half (a double-barrelled
surname) stays. All names are invented but capitals, table organisations and table leaders; rules are mirrored
across camps (Moscow/Kyiv, Kremlin/Pentagon, Putin/Zelensky). Guards, and the table leaders' hyphen cases (the
table already read them), hold on the old code too.
"""
from __future__ import annotations

import pytest

from spinmap.nlp.actors import resolve_actors
from _actor_probes import actor_at as _at, tagged as _tagged


_THINGS = [
    "{capital} said a {name} cruise missile had hit the depot before dawn.",
    "{capital} received four {name} missile defence systems from its partners.",
    "Officials in {capital} flew to the talks aboard a {name} Vx-9 aircraft.",
    "Heavy rain from the {name} cyclone closed the roads south of {capital} on Sunday.",
    "Crowds in {capital} filled the squares for the yearly {name} festival.",
]


@pytest.mark.parametrize("capital", ["Moscow", "Kyiv"])
@pytest.mark.parametrize("name", ["Varkal", "Tessov"])
@pytest.mark.parametrize("label", ["ORG", "GPE"])
@pytest.mark.parametrize("template", _THINGS)
def test_a_name_that_only_modifies_a_thing_is_no_actor(nlp, capital, name, label, template):
    text = template.format(capital=capital, name=name)
    index = resolve_actors(_tagged(nlp, text, (name, label)))
    assert _at(index, text, name) is None
    assert _at(index, text, capital) is not None  # the capital is still read as its state or place


@pytest.mark.parametrize("capital", ["Moscow", "Kyiv"])
@pytest.mark.parametrize("name", ["Varkal", "Tessov"])
def test_a_maker_also_named_as_an_actor_keeps_its_mentions(nlp, capital, name):
    # guard: one decision per name and article; a company that speaks is an actor wherever it is named
    text = f"{name} said on Monday that it would supply {capital}. Two {name} drones were shot down overnight."
    index = resolve_actors(_tagged(nlp, text, (name, "ORG"), (name, "ORG"), only=True))
    first, second = _at(index, text, name), _at(index, text, name, nth=1)
    assert first is not None and first.kind == "organization"
    assert second is first


@pytest.mark.parametrize("owner", ["Kremlin", "Pentagon"])
def test_a_table_actor_before_a_weapon_keeps_its_mention(nlp, owner):
    # guard: the table's actors are read by their own rules, not as makers of things
    text = f"Analysts said the {owner} drones had flown far beyond the border."
    index = resolve_actors(nlp(text))
    assert _at(index, text, owner) is not None


@pytest.mark.parametrize("capital", ["Moscow", "Kyiv"])
@pytest.mark.parametrize("name", ["Varkal", "Tessov"])
def test_a_name_before_other_nouns_stays_an_actor(nlp, capital, name):
    # guard: "plant" is no "plane"; a firm named before its works is still the firm
    text = f"Workers at the {name} plant near {capital} walked out on Friday."
    index = resolve_actors(_tagged(nlp, text, (name, "ORG"), only=True))
    actor = _at(index, text, name)
    assert actor is not None and actor.kind == "organization"


# ---------------------------------------------------------------- a hyphenated word after a name


@pytest.mark.parametrize("name", ["Nadia Holm", "Oleg Varnell", "Vladimir Putin", "Volodymyr Zelensky"])
@pytest.mark.parametrize("tail", ["backed", "funded"])
def test_a_hyphenated_tail_is_no_part_of_the_name(nlp, name, tail):
    text = f"{name} spoke to reporters on Monday. Voters rejected the {name}-{tail} plan a week later."
    index = resolve_actors(_tagged(nlp, text, (name, "PERSON"), (f"{name}-{tail}", "PERSON"), only=True))
    first = _at(index, text, name)
    assert first is not None and first.kind == "person"
    assert _at(index, text, name, nth=1) is first


@pytest.mark.parametrize("name", ["Anna Holm-Varga", "Oleg Varnell-Dorn"])
def test_a_double_barrelled_surname_stays_whole(nlp, name):
    # guard: a capitalised second half is part of the surname
    text = f"Voters cheered {name} on Monday."
    index = resolve_actors(_tagged(nlp, text, (name, "PERSON"), only=True))
    actor = _at(index, text, name)
    assert actor is not None and actor.kind == "person"

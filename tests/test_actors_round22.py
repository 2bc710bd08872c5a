"""Round-22 actor rules, from a hand-labelled sample of PolNeAR and SemEval-2025 train articles (seed 2323): a place
guess that is a source ("according to Varnhold", "told Varnhold Weekly") is an organisation; a person guess with no
sign of a person joins the same-named organisation; a generational suffix ("Jr.") makes a person and is no
surname, and initials with it ("RVK Jr.") name the one person they spell; an honorific takes a surname, not a bloc
or country ("Dr. West"); a compass word before a table place is one region ("West Africa"); a title quoted whole
wherever it is named ("''Varna Nights''") is a work; "City" and "Port" end place names. All names are invented but
capitals, table blocs and countries; rules are mirrored across camps (Moscow/Kyiv, Kremlin/Pentagon). Guards hold on
the old code too.
"""
from __future__ import annotations

import pytest

from spinmap.nlp.actors import resolve_actors
from _actor_probes import actor_at as _at, surfaces as _surfaces, tagged as _tagged


_SOURCES = [
    "Shares in {capital} fell sharply on Monday, according to {name}.",
    "The minister in {capital} was cited by {name} as saying that the order was a failure.",
    "As one aide in {capital} told {name}, the plan had been dropped.",
]


@pytest.mark.parametrize("capital", ["Moscow", "Kyiv"])
@pytest.mark.parametrize("name", ["Varnhold", "Tessbury Weekly"])
@pytest.mark.parametrize("label", ["GPE", "LOC"])
@pytest.mark.parametrize("template", _SOURCES)
def test_a_place_guess_that_is_a_source_is_an_organisation(nlp, capital, name, label, template):
    text = template.format(capital=capital, name=name)
    index = resolve_actors(_tagged(nlp, text, (name, label)))
    actor = _at(index, text, name)
    assert actor is not None and actor.kind == "organization"
    assert _at(index, text, capital) is not None


@pytest.mark.parametrize("capital", ["Moscow", "Kyiv"])
def test_a_source_the_article_also_uses_as_a_place_stays_a_place(nlp, capital):
    # guard: "in Varnhold" says it is a town; one decision per name and article
    text = f"Shares in {capital} fell, according to Varnhold. Protests broke out in Varnhold on Tuesday."
    index = resolve_actors(_tagged(nlp, text, ("Varnhold", "GPE"), ("Varnhold", "GPE"), only=True))
    assert _at(index, text, "Varnhold").kind == "other"


@pytest.mark.parametrize("state, other", [("Kremlin", "Moscow"), ("Pentagon", "Kyiv")])
def test_a_table_actor_as_a_source_keeps_its_kind(nlp, state, other):
    # guard: the table's actors are read by their own rules
    text = f"Talks with {other} stalled, according to the {state}."
    index = resolve_actors(nlp(text))
    assert _at(index, text, state).kind in ("country", "organization")


@pytest.mark.parametrize("capital", ["Moscow", "Kyiv"])
@pytest.mark.parametrize("name", ["Ansar al-Varek", "Tessov Brigade"])
def test_a_person_guess_with_no_sign_of_a_person_joins_the_same_named_organisation(nlp, capital, name):
    # the tagger calls every mention a person; the noun before the first says it is a group
    text = (f"Officials in {capital} said the armed group {name} attacked the depot. "
            f"Later they said {name} was behind the raid, and that {name} had planned it for weeks.")
    index = resolve_actors(_tagged(nlp, text, (name, "PERSON"), (name, "PERSON"), (name, "PERSON"), only=True))
    first = _at(index, text, name)
    assert first is not None and first.kind == "organization"
    assert all(_at(index, text, name, nth=k) is first for k in (1, 2))


def test_a_numbered_thing_is_no_person(nlp):
    # guard: a numeral closes names of laws and wars too; only "Jr."/"Sr." make a guess a person
    text = "All the states adopted the Clean Tessov III rule last year."
    index = resolve_actors(_tagged(nlp, text, ("Clean Tessov III", "ORG"), only=True))
    actor = _at(index, text, "Clean Tessov III")
    assert actor is None or actor.kind != "person"


@pytest.mark.parametrize("capital", ["Moscow", "Kyiv"])
def test_a_person_with_a_first_name_stays_apart_from_a_same_named_organisation(nlp, capital):
    # guard: "Dana Varnell" the founder is a person even where her firm carries her name
    text = f"The firm Dana Varnell opened an office in {capital}. Dana Varnell said she was proud."
    index = resolve_actors(_tagged(nlp, text, ("Dana Varnell", "ORG"), ("Dana Varnell", "PERSON"), only=True))
    assert _at(index, text, "Dana Varnell", nth=1).kind == "person"


@pytest.mark.parametrize("capital", ["Moscow", "Kyiv"])
@pytest.mark.parametrize("full, short, surname", [("Robert Varnell Kessel Jr.", "RVK Jr.", "Kessel"),
                                                  ("Tomas L. Brekke Sr.", "TLB Sr.", "Brekke")])
@pytest.mark.parametrize("label", ["ORG", "PERSON"])
def test_initials_with_a_generation_name_the_person_they_spell(nlp, capital, full, short, surname, label):
    text = f"{full} spoke in {capital} on Monday. Later, {short} said the agency had lied. {surname} added that he would sue."
    index = resolve_actors(_tagged(nlp, text, (full, "PERSON"), (short, label), (surname, "PERSON"), only=True))
    person = _at(index, text, full)
    assert person is not None and person.kind == "person"
    assert _at(index, text, short) is person
    assert _at(index, text, surname, nth=1) is person


@pytest.mark.parametrize("capital", ["Moscow", "Kyiv"])
@pytest.mark.parametrize("full, surname", [("Dana Holm Jr.", "Holm"), ("Ivan Tessov III", "Tessov")])
def test_a_surname_before_a_name_that_ends_in_a_generation_joins_it(nlp, capital, full, surname):
    text = f"{surname} said the talks in {capital} would go on. {full} arrived there on Monday."
    index = resolve_actors(_tagged(nlp, text, (surname, "PERSON"), (full, "PERSON"), only=True))
    assert _at(index, text, surname) is _at(index, text, full) is not None


@pytest.mark.parametrize("name", ["Varnell Jr.", "Tessov Sr"])
@pytest.mark.parametrize("label", ["ORG", "GPE"])
def test_a_guess_that_ends_in_a_generation_is_a_person(nlp, name, label):
    text = f"Critics said {name} had misled the committee."
    index = resolve_actors(_tagged(nlp, text, (name, label), only=True))
    assert _at(index, text, name).kind == "person"


@pytest.mark.parametrize("word, full", [("West", "Lena West"), ("Jordan", "Mara Jordan"), ("Chad", "Ana Chad")])
@pytest.mark.parametrize("honorific", ["Dr.", "Ms."])
def test_an_honorific_takes_a_surname_not_a_bloc_or_country(nlp, word, full, honorific):
    text = f"The question came from {full}, a professor. She built on {honorific} {word}'s comments."
    index = resolve_actors(nlp(text))
    actor = _at(index, text, word, nth=1)
    assert actor is None or actor.kind == "person"
    assert actor is None or actor is _at(index, text, full)


@pytest.mark.parametrize("word", ["West", "Jordan", "Chad"])
def test_a_bloc_or_country_without_an_honorific_stays_the_table_actor(nlp, word):
    # guard
    text = f"Officials said {word} would send aid to the region."
    index = resolve_actors(nlp(text))
    assert _at(index, text, word).kind in ("group", "country")


@pytest.mark.parametrize("capital", ["Moscow", "Kyiv"])
@pytest.mark.parametrize("region", ["West Africa", "West Europe"])
def test_a_compass_word_before_a_table_place_is_one_region(nlp, capital, region):
    text = f"Aid from {capital} reached millions of hungry people in {region} this year."
    index = resolve_actors(_tagged(nlp, text, (region, "LOC")))
    actor = _at(index, text, region)
    assert actor is not None and actor.name == region and actor.kind == "other"
    assert _surfaces(index, text, actor) == {region}


@pytest.mark.parametrize("place", ["Africa", "Europe"])
def test_the_west_beside_a_place_across_a_conjunction_stays_the_bloc(nlp, place):
    # guard: "the West and Africa" names two actors
    text = f"Officials said the West and {place} would share the cost."
    index = resolve_actors(nlp(text))
    assert _at(index, text, "West").kind == "group"


_TITLES = [
    "{capital} television renewed ''{name},'' which first aired in 1989.",
    "The campaign in {capital} premiered a documentary, \u201c{name},\u201d on Monday.",
    "Viewers in {capital} streamed \u201c{name}\u201d last year, and critics praised \u2018{name}.\u2019",
]


@pytest.mark.parametrize("capital", ["Moscow", "Kyiv"])
@pytest.mark.parametrize("name", ["Varna Nights", "Citizen Tessov"])
@pytest.mark.parametrize("label", ["ORG", "PERSON", "FAC"])
@pytest.mark.parametrize("template", _TITLES)
def test_a_title_quoted_whole_wherever_it_is_named_is_no_actor(nlp, capital, name, label, template):
    text = template.format(capital=capital, name=name)
    guesses = [(name, label)] * text.count(name)
    index = resolve_actors(_tagged(nlp, text, *guesses))
    assert all(_at(index, text, name, nth=k) is None for k in range(text.count(name)))
    assert _at(index, text, capital) is not None


@pytest.mark.parametrize("capital", ["Moscow", "Kyiv"])
def test_a_name_also_written_without_quotes_stays_an_actor(nlp, capital):
    # guard: one decision per name and article; a firm once quoted is still the firm
    text = f"He said \u201cVarnco\u201d was lying about {capital}. Varnco denied it on Tuesday."
    index = resolve_actors(_tagged(nlp, text, ("Varnco", "ORG"), ("Varnco", "ORG"), only=True))
    assert _at(index, text, "Varnco", nth=1) is not None


@pytest.mark.parametrize("capital", ["Moscow", "Kyiv"])
@pytest.mark.parametrize("name", ["Tarvosk City", "Varna Port"])
@pytest.mark.parametrize("label", ["PERSON", "ORG"])
def test_city_and_port_end_a_place_name(nlp, capital, name, label):
    text = f"Ships from {capital} docked at {name} on Friday."
    index = resolve_actors(_tagged(nlp, text, (name, label)))
    assert _at(index, text, name).kind == "other"

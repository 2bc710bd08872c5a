"""Round-18 actor rules, from a hand-labelled sample of PolNeAR and SemEval-2025 train articles (seed 1818): a
surname the tagger took for a place but that speaks or carries a title is a person; a family ("the Varnells") is a
group, not a place or a person; firms named "X Partners", "X Labs", "X Automotive" are organisations; a full name the
tagger calls a person as often as anything else is one actor. All names are invented but the capitals; rules are
mirrored (both camps, both genders). Guards (they hold on main too): a town that is entered or shelled stays a
place even if it "says", an outlet that "reports" is no person, and a capital that speaks stays its state.
"""
from __future__ import annotations

import pytest

from spinmap.nlp.actors import resolve_actors
from _actor_probes import actor_at as _at, tagged as _tagged


# ---------------------------------------------------------------- a place guess that speaks


@pytest.mark.parametrize("name", ["Dorvakin", "Halloway"])
@pytest.mark.parametrize("verb", ["said", "told reporters"])
def test_a_place_guess_that_speaks_is_a_person(nlp, name, verb):
    text = f"The council met {name} on Tuesday. {name} {verb} the vote would be close."
    index = resolve_actors(_tagged(nlp, text, (name, "GPE"), (name, "GPE"), only=True))
    first, second = _at(index, text, name), _at(index, text, name, nth=1)
    assert first.kind == "person" and second is first


@pytest.mark.parametrize("name", ["Dorvakin", "Halloway"])
def test_a_place_guess_with_a_title_in_apposition_is_a_person(nlp, name):
    text = f"Lena {name}, Ohio Secretary of State, criticised the ruling. Judges ignored the complaint."
    index = resolve_actors(_tagged(nlp, text, (f"Lena {name}", "GPE"), only=True))
    assert _at(index, text, f"Lena {name}").kind == "person"


@pytest.mark.parametrize("town", ["Tarvosk", "Millbrook"])
def test_a_town_used_as_a_place_stays_a_place_even_when_it_speaks(nlp, town):
    text = f"Troops entered {town} on Monday. {town} said nothing for days."
    index = resolve_actors(_tagged(nlp, text, (town, "GPE"), (town, "GPE"), only=True))
    assert _at(index, text, town).kind == "other"


@pytest.mark.parametrize("outlet", ["Varnstead", "Kolbrin"])
def test_an_outlet_that_reports_is_no_person(nlp, outlet):
    text = f"{outlet} reported that the donors were never disclosed. The charity denied it."
    index = resolve_actors(_tagged(nlp, text, (outlet, "GPE"), only=True))
    assert _at(index, text, outlet).kind != "person"


@pytest.mark.parametrize("capital", ["Moscow", "Washington", "Kyiv"])
def test_a_capital_that_speaks_stays_its_state(nlp, capital):
    text = f"{capital} said the talks would resume in the spring. Diplomats welcomed the news."
    index = resolve_actors(_tagged(nlp, text, (capital, "GPE"), only=True))
    assert _at(index, text, capital).kind == "country"


# ---------------------------------------------------------------- families


FAMILIES = [("Karen Varnell", "Varnells"), ("Oleg Petrov", "Petrovs"), ("Derek Hatch", "Hatches")]


@pytest.mark.parametrize("label", ["GPE", "PERSON"])
@pytest.mark.parametrize("person,family", FAMILIES, ids=["f", "m-east", "m-west-es"])
def test_a_surname_in_the_plural_is_a_family(nlp, person, family, label):
    text = f"{person} hosted the fundraiser on Friday. Donors to the {family} were never listed."
    index = resolve_actors(_tagged(nlp, text, (person, "PERSON"), (family, label), only=True))
    actor = _at(index, text, family)
    assert actor is not None and actor.kind == "group" and actor is not _at(index, text, person)


def test_a_plural_of_no_one_named_is_no_family(nlp):
    text = "Anna Lindqvist hosted the fundraiser on Friday. Donors to the Carpathians were never listed."
    index = resolve_actors(_tagged(nlp, text, ("Anna Lindqvist", "PERSON"), ("Carpathians", "LOC"), only=True))
    assert _at(index, text, "Carpathians").kind == "other"


# ---------------------------------------------------------------- firms


@pytest.mark.parametrize("firm", ["Marlow Partners", "Sidorov Capital", "Brightwell Labs", "Kessler Automotive",
                                  "Orlov Holdings", "Granger Ventures"])
def test_a_company_name_ending_is_an_organisation(nlp, firm):
    text = f"Money came from {firm} in May. The fund declined to comment."
    index = resolve_actors(_tagged(nlp, text, (firm, "PERSON"), only=True))
    assert _at(index, text, firm).kind == "organization"


# ---------------------------------------------------------------- one name, one actor


@pytest.mark.parametrize("name", ["Tamsin Okoro", "Zaur Gadzhiev"])
@pytest.mark.parametrize("first", ["PERSON", "ORG"])
def test_a_full_name_called_a_person_half_the_time_is_one_actor(nlp, name, first):
    other = "ORG" if first == "PERSON" else "PERSON"
    text = f"{name} opened the session. Later the clerk read out {name}’s statement."
    index = resolve_actors(_tagged(nlp, text, (name, first), (name, other), only=True))
    assert _at(index, text, name) is _at(index, text, name, nth=1)


@pytest.mark.parametrize("full,surname", [("Ilvana Dorvakin", "Dorvakin"), ("Brent Halloway", "Halloway")])
def test_the_full_name_of_a_place_guess_that_speaks_is_the_same_person(nlp, full, surname):
    text = f"The memo went to {full} in May. Later {surname} said the plan was sound."
    index = resolve_actors(_tagged(nlp, text, (full, "GPE"), (surname, "GPE"), only=True))
    person = _at(index, text, full)
    assert person is not None and person.kind == "person" and _at(index, text, surname) is person

"""Round-15 actor rules, from a hand-labelled sample of PolNeAR and SemEval-2025 train articles: a person entity run
past a possessive made the owned place a surname of the owner, headline verbs and slogans stuck to names, a work's
title took its namesake's mentions, a relative named with another first name joined the person with the surname,
nickname and middle-name forms of one name split, historic one-name figures and people in apposition to "son" lost
their kind, towns listed together vouched for each other as people, days, laws and programmes became actors, and a
name with an apostrophe stayed an organisation. All names are invented; rules are mirrored (the other camp, the
other gender). Guards (they hold on main too): two people whose middle initials differ, a nickname that is a first
name of its own, "Bill" alone as a first name, and an organisation whose own name has a possessive.
"""
from __future__ import annotations

import pytest

from spinmap.nlp.actors import resolve_actors
from _actor_probes import actor_at as _at, index_of as _index, tagged as _tagged, surfaces as _surfaces


# ---------------------------------------------------------------- a possessive inside a person entity


@pytest.mark.parametrize("person,place", [("Oksana Ruda", "Ohio"), ("Pavel Dorin", "Nevada")])
def test_a_place_after_a_possessive_is_no_surname_of_the_owner(nlp, person, place):
    surname = person.split()[1]
    text = (f"{person} toured {place} on Monday. {surname}’s {place} director, Tom Fenwick, quit a week later. "
            f"Farmers in {place} cheered the decision.")
    index = resolve_actors(_tagged(nlp, text, (person, "PERSON"), (f"{surname}’s {place}", "PERSON"), (place, "GPE")))
    owner = _at(index, text, person)
    assert _at(index, text, f"{surname}’s") is owner
    assert _at(index, text, place, nth=2) is not owner  # "Farmers in Ohio": the state, not the candidate


def test_an_organisation_whose_name_has_a_possessive_keeps_it(nlp):
    text = "Volunteers from Pilgrim’s Bread handed out food. Pilgrim’s Bread said more help was coming."
    index = resolve_actors(_tagged(nlp, text, ("Pilgrim’s Bread", "ORG")))
    actor = _at(index, text, "Pilgrim’s Bread")
    assert actor is not None and actor.name == "Pilgrim’s Bread"


# ---------------------------------------------------------------- headline words run into names

HEADLINES = [("Karen Holt", "Holt", "she"), ("Derek Vance", "Vance", "he")]


@pytest.mark.parametrize("name,surname,pronoun", HEADLINES, ids=["she", "he"])
def test_a_headline_verb_after_a_name_is_no_part_of_it(nlp, name, surname, pronoun):
    text = f"{name} Defends Her Record On Taxes\n\n{name} spoke in Ohio on Monday. {surname} said {pronoun} would win."
    index = resolve_actors(_tagged(nlp, text, (f"{name} Defends", "PERSON"), (name, "PERSON"), only=True))
    person = _at(index, text, name, nth=1)
    assert _at(index, text, name) is person
    assert index.actor_at(text.index("Defends"), text.index("Defends") + 7) is None
    assert person.name == name


@pytest.mark.parametrize("first,second", [("Dorin", "Lenko"), ("Lenko", "Dorin")])
def test_a_colon_splits_a_headline_entity_into_the_people_it_names(nlp, first, second):
    full = {"Dorin": "Pavel Dorin", "Lenko": "Anna Lenko"}
    text = (f"{first}: Trust {second} on the budget, not the council.\n\n{full[first]} praised {full[second]} "
            "at the town hall on Friday.")
    index = resolve_actors(_tagged(nlp, text, (f"{first}: Trust {second}", "ORG"), (full[first], "PERSON"),
                                   (full[second], "PERSON")))
    assert _at(index, text, first) is _at(index, text, full[first])
    assert _at(index, text, second) is _at(index, text, full[second])
    assert index.actor_at(0, text.index(" on the")).name != text[: text.index(" on the")]


# ---------------------------------------------------------------- a work's title


@pytest.mark.parametrize("title,person", [("Los Hijos de Lavrov", "Sergey Lavrov"), ("Los Hijos de Blinken", "Antony Blinken"),
                                          ("The Lavrov Years", "Sergey Lavrov"), ("The Blinken Years", "Antony Blinken")])
def test_a_title_naming_a_person_is_not_that_person(nlp, title, person):
    text = f"A troupe in Madrid staged \"{title}\" last spring. {person} said the play was unfair."
    index = resolve_actors(_tagged(nlp, text, (title, "PERSON"), (person, "PERSON")))
    assert title not in _surfaces(index, text, _at(index, text, person))


# ---------------------------------------------------------------- relatives with other first names


@pytest.mark.parametrize("first,relative", [("Ana Ruiz", "Marta Ruiz"), ("Pablo Ruiz", "Diego Ruiz")],
                         ids=["sisters", "brothers"])
def test_a_relative_the_tagger_missed_is_a_person_of_their_own(nlp, first, relative):
    text = f"{first} opened the show in Lima. The crowd laughed when {relative} joined the stage later."
    index = resolve_actors(_tagged(nlp, text, (first, "PERSON"), only=True))  # the relative untagged
    one, other = _at(index, text, first), _at(index, text, relative)
    assert other is not None and other is not one and other.name == relative and other.kind == "person"


# ---------------------------------------------------------------- nicknames and middle names

NICKNAMES = [("Charles Brenner", "Chuck Brenner", "Chuck"), ("William Dorin", "Bill Dorin", "Bill"),
             ("Katherine Holt", "Kate Holt", "Kate")]


@pytest.mark.parametrize("formal,nick,short", NICKNAMES, ids=["chuck", "bill", "kate"])
def test_a_nickname_and_the_formal_name_are_one_person(nlp, formal, nick, short):
    text = f"{formal} spoke in Ohio on Monday. Later {nick} blamed the council for the delay. {short} left early."
    index = _index(nlp, text)
    person = _at(index, text, formal)
    assert _at(index, text, nick) is person
    assert _at(index, text, short, nth=1 if short in formal else 1) is person


@pytest.mark.parametrize("full,short", [("Jacob J. Brenner", "Jacob Brenner"), ("Maria T. Lenko", "Maria Lenko")])
def test_a_name_without_its_middle_initial_is_the_same_person(nlp, full, short):
    text = f"{full} spoke in Ohio on Monday. Reporters asked {short} about the budget."
    index = _index(nlp, text)
    assert _at(index, text, short) is _at(index, text, full)


def test_initials_as_a_nickname_join_the_full_name(nlp):
    text = "John Ellis Hale spoke in Ohio on Monday. Reporters asked Jeb Hale about the budget. Jeb left early."
    index = _index(nlp, text)
    person = _at(index, text, "John Ellis Hale")
    assert _at(index, text, "Jeb Hale") is person and _at(index, text, "Jeb", nth=1) is person


def test_different_middle_initials_stay_two_people(nlp):
    text = "George W. Hale met George H. Hale in Ohio. George W. Hale spoke first."
    index = _index(nlp, text)
    assert _at(index, text, "George W. Hale") is not _at(index, text, "George H. Hale")


def test_a_nickname_that_is_another_persons_first_name_is_not_merged(nlp):
    text = "Michelle Hale spoke in Ohio on Monday. Mike Hale, her cousin, answered questions later."
    index = _index(nlp, text)
    assert _at(index, text, "Michelle Hale") is not _at(index, text, "Mike Hale")


# ---------------------------------------------------------------- one-word people


@pytest.mark.parametrize("figure", ["Stalin", "Churchill"])
def test_a_historic_figure_named_by_one_word_stays_a_person(nlp, figure):
    text = f"The general compared the winter offensive to the campaigns of {figure} in an interview."
    index = resolve_actors(_tagged(nlp, text, (figure, "PERSON")))
    actor = _at(index, text, figure)
    assert actor is not None and actor.kind == "person"


@pytest.mark.parametrize("noun,name", [("son", "Tarek"), ("daughter", "Laleh")])
def test_a_name_in_apposition_to_a_kinship_noun_is_a_person(nlp, noun, name):
    text = f"The room honours their {noun}, {name}, a medic who died near Mosul in 2005."
    index = resolve_actors(_tagged(nlp, text, (name, "GPE")))
    actor = _at(index, text, name)
    assert actor is not None and actor.kind == "person"


def test_a_name_in_apposition_to_a_place_noun_stays_a_place(nlp):
    text = "Troops reached the regional capital, Lvorsk, on Tuesday."
    index = resolve_actors(_tagged(nlp, text, ("Lvorsk", "GPE")))
    assert _at(index, text, "Lvorsk").kind == "other"


@pytest.mark.parametrize("towns", [("Lvorsk", "Dorensk"), ("Kavrin", "Malino")])
def test_towns_the_tagger_calls_persons_do_not_vouch_for_each_other(nlp, towns):
    a, b = towns
    text = f"Troops were meant to capture the capital and then {a} and {b}, the analyst wrote."
    index = resolve_actors(_tagged(nlp, text, (a, "PERSON"), (b, "PERSON")))
    assert _at(index, text, a).kind == "other" and _at(index, text, b).kind == "other"


# ---------------------------------------------------------------- days, laws, programmes


@pytest.mark.parametrize("day", ["Armistice Day", "Victory Day"])
def test_a_holiday_is_no_person_and_its_day_no_surname(nlp, day):
    text = f"Crowds marked {day} in the square. Day after day the veterans came back. {day} ended with a parade."
    index = resolve_actors(_tagged(nlp, text, (day, "PERSON")))
    assert _at(index, text, day) is None
    assert _at(index, text, "Day", nth=1) is None


@pytest.mark.parametrize("law,label", [("the Freedom Act", "ORG"), ("Medicare", "ORG"), ("Obamacare", "ORG")])
def test_a_law_or_programme_is_no_organisation(nlp, law, label):
    text = f"Senators argued about {law} for hours. The Senate adjourned at midnight."
    surface = law.removeprefix("the ")
    index = resolve_actors(_tagged(nlp, text, (surface, label)))
    assert _at(index, text, surface) is None


def test_bill_alone_is_still_a_first_name(nlp):
    text = "Bill Hale spoke in Ohio on Monday. Reporters waited while Bill answered the mayor."
    index = _index(nlp, text)
    assert _at(index, text, "Bill", nth=1) is _at(index, text, "Bill Hale")


# ---------------------------------------------------------------- apostrophes in names


@pytest.mark.parametrize("name", ["Brett O’Malley", "Kathleen O’Neill"])
def test_a_name_with_an_apostrophe_the_tagger_calls_an_organisation_is_a_person(nlp, name):
    text = f"“It is a waste of time,” argued {name}, a campaign adviser, on Sunday."
    index = resolve_actors(_tagged(nlp, text, (name, "ORG")))
    assert _at(index, text, name).kind == "person"


# ---------------------------------------------------------------- abbreviations as common nouns


@pytest.mark.parametrize("phrase,abbr", [("a super PAC", "PAC"), ("an NGO", "NGO")])
def test_an_abbreviation_after_a_or_an_names_no_one(nlp, phrase, abbr):
    text = f"The senator said {phrase} paid for the ads in Ohio."
    index = resolve_actors(_tagged(nlp, text, (abbr, "ORG")))
    assert _at(index, text, abbr) is None


@pytest.mark.parametrize("accuser,accused", [("GOP", "NRA"), ("NRA", "GOP")])
def test_an_article_of_the_noun_an_abbreviation_modifies_keeps_it(nlp, accuser, accused):
    text = f"A {accuser} senator blamed the {accused} for the delay."
    index = resolve_actors(_tagged(nlp, text, (accuser, "ORG"), (accused, "ORG")))
    assert _at(index, text, accuser) is not None and _at(index, text, accused) is not None

"""Round-26 actor rules, from a hand-labelled sample of PolNeAR and SemEval-2025 train articles (seed 2424): a name
of two or three capitalised words that the tagger called an organisation or a place, but that the article sets in
apposition to a title or a person noun ("Ethan Vask, vice president of ...") or lists beside a person's full name
("Jan Roe, Robyn Tarle and Ola Berg"), is a person, whatever its first name; a last word like "Lane" is then a
surname, not a street. Texts are invented; rules are mirrored across camps (Lavrov/Blinken, Moscow/Washington).
Guards hold on the old code too.
"""
from __future__ import annotations

import pytest

from _actor_probes import actor_at as _at, tagged as _tagged
from spinmap.nlp.actors import resolve_actors

_CAMPS = [("Lavrov", "Moscow"), ("Blinken", "Washington")]

# (template, the tagger's guesses, the surface that must be a person)
_PERSONS = [
    ("{name} spoke in {capital}. Later Torvald Lane, vice president of the Korsan Cattle Union, criticized the plan.",
     [("Torvald Lane", "PERSON")], "Torvald Lane"),
    ("{name} spoke in {capital}. Later Torvald Lane, vice president of the Korsan Cattle Union, criticized the plan.",
     [("Torvald Lane", "ORG")], "Torvald Lane"),
    ("{name} said in {capital} that he had never met Dalvin Orske, the mayor of the small northern town.",
     [("Dalvin Orske", "ORG")], "Dalvin Orske"),
    ("{name} told reporters in {capital} that the study written by Jason Pardee, Robyn Tarlow and Nathaniel Querry "
     "was flawed from the start.",
     [("Jason Pardee", "PERSON"), ("Robyn Tarlow", "ORG"), ("Nathaniel Querry", "PERSON")], "Robyn Tarlow"),
]


@pytest.mark.parametrize("name,capital", _CAMPS)
@pytest.mark.parametrize("template,guesses,surface", _PERSONS)
def test_name_beside_a_title_or_person_is_a_person(nlp, template, guesses, surface, name, capital):
    text = template.format(name=name, capital=capital)
    index = resolve_actors(_tagged(nlp, text, *guesses))
    actor = _at(index, text, surface)
    assert actor is not None and actor.kind == "person"
    assert _at(index, text, name).kind == "person"  # the table actor beside it stays


# guards: an organisation or place beside people stays what it is
_NOT_PERSONS = [
    ("{name} spoke in {capital} with Jan Orske and the Varnell Group.", [("Jan Orske", "PERSON"), ("Varnell Group", "ORG")],
     "Varnell Group"),
    ("{name} drove from {capital} down Drury Lane, past the Korsan Museum.", [("Drury Lane", "FAC")], "Drury Lane"),
    ("{name} said in {capital} that NATO and Jan Orske agreed.", [("NATO", "ORG"), ("Jan Orske", "PERSON")], "NATO"),
    # a first word the article writes in lower case, a determiner, a locative, a signed letter's town
    ("{name} said in {capital} that the damage from Storm Velka and Storm Jodine Harrow was heavy; no storm was worse.",
     [("Storm Velka", "ORG"), ("Jodine Harrow", "PERSON")], "Storm Velka"),
    ("{name} told reporters in {capital} about the film by Davin Orske and The Giant Kessel Whale last week.",
     [("Davin Orske", "PERSON"), ("Giant Kessel Whale", "ORG")], "Giant Kessel Whale"),
    ("{name} said in {capital} that plants opened in Tarno Verde and Sabine Kolt last year.",
     [("Tarno Verde", "GPE"), ("Sabine Kolt", "PERSON")], "Tarno Verde"),
    ("{name} was wrong about {capital}, whatever the others claim.\n\nDavin Orske, Elk Harrow, Calif.",
     [("Davin Orske", "PERSON"), ("Elk Harrow", "GPE")], "Elk Harrow"),
]


@pytest.mark.parametrize("name,capital", _CAMPS)
@pytest.mark.parametrize("template,guesses,surface", _NOT_PERSONS)
def test_organisation_or_place_beside_people_stays(nlp, template, guesses, surface, name, capital):
    text = template.format(name=name, capital=capital)
    index = resolve_actors(_tagged(nlp, text, *guesses))
    actor = _at(index, text, surface)
    assert actor is None or actor.kind != "person"


# a landmark word ends a place's name even after a known first name: bridges and airports are named after people
_LANDMARKS = [
    ("{name} said in {capital} that traffic on the Karen Dorsk Bridge was stopped for hours.",
     [("Karen Dorsk Bridge", "PERSON")], "Karen Dorsk Bridge"),
    ("{name} said in {capital} that the flight left from Martin Vell Airport late at night.",
     [("Martin Vell Airport", "PERSON")], "Martin Vell Airport"),
    ("{name} said in {capital} that the parade went down Anna Roe Boulevard towards the river.",
     [("Anna Roe Boulevard", "ORG")], "Anna Roe Boulevard"),
]


@pytest.mark.parametrize("name,capital", _CAMPS)
@pytest.mark.parametrize("template,guesses,surface", _LANDMARKS)
def test_landmark_named_after_a_person_is_a_place(nlp, template, guesses, surface, name, capital):
    text = template.format(name=name, capital=capital)
    index = resolve_actors(_tagged(nlp, text, *guesses))
    actor = _at(index, text, surface)
    assert actor is None or actor.kind not in ("person", "organization")
    assert _at(index, text, name).kind == "person"


def test_surname_after_a_first_name_stays_a_person(nlp):
    """Guard: "Lane" or "Hill" after a known first name is still a surname ("Susan Hill" is no hill)."""
    text = "Lavrov said in Moscow that he had spoken with Susan Hill about the long trial."
    index = resolve_actors(_tagged(nlp, text, ("Susan Hill", "PERSON")))
    assert _at(index, text, "Susan Hill").kind == "person"

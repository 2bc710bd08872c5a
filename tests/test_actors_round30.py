"""Round-30 actor rules, from a hand-labelled sample of PolNeAR and SemEval-2025 train articles (seed 2626): a short
organisation or person guess that a place noun names through "of", "like" or "including" ("the town of Quarnley",
"the cities of Varnholt and Quarnley", "towns like Quarnley") is a place when it never acts; a guess written before
"-based" is never a person, even after a known first name ("a Maria Bay-based charity"). Guards: a non-place noun
("the board of Quarnley"), a guess that acts, and a first name elsewhere keep their kind. Texts are invented; rules are
mirrored across camps (Moscow/Washington, Lavrov/Blinken).
"""
from __future__ import annotations

import pytest

from _actor_probes import actor_at as _at, tagged as _tagged
from spinmap.nlp.actors import resolve_actors

_CAMPS = [("Lavrov", "Moscow"), ("Blinken", "Washington")]


@pytest.mark.parametrize("name,capital", _CAMPS)
@pytest.mark.parametrize("label", ["ORG", "PERSON"])
@pytest.mark.parametrize("noun", ["town", "city", "village", "port"])
def test_place_noun_of_a_guess_makes_a_place(nlp, name, capital, label, noun):
    text = (f"{name} flew home to {capital} on Friday. Before dawn, shells landed near the {noun} of Quarnley and "
            "cut the water supply for two days.")
    index = resolve_actors(_tagged(nlp, text, ("Quarnley", label)))
    town = _at(index, text, "Quarnley")
    assert town is not None and town.kind == "other"


@pytest.mark.parametrize("name,capital", _CAMPS)
def test_coordinated_towns_after_of_and_like_are_places(nlp, name, capital):
    text = (f"{name} left {capital} for the front. Soldiers still hold the northern cities of Varnholt and "
            "Quarnley, and aid reaches towns like Pellworth every week.")
    index = resolve_actors(_tagged(nlp, text, ("Varnholt", "ORG"), ("Quarnley", "ORG"), ("Pellworth", "ORG")))
    assert {a.kind for a in index.actors if a.name in ("Varnholt", "Quarnley", "Pellworth")} == {"other"}
    assert {a.name for a in index.actors} >= {"Varnholt", "Quarnley", "Pellworth"}


@pytest.mark.parametrize("name,capital", _CAMPS)
def test_a_non_place_noun_or_an_acting_guess_keeps_its_kind(nlp, name, capital):
    text = (f"{name} phoned {capital} twice. The board of Quarnley met on Monday. The city of Dovecourt sued the "
            "builders, and Dovecourt hired a new auditor in June.")
    index = resolve_actors(_tagged(nlp, text, ("Quarnley", "ORG"), ("Dovecourt", "ORG"), ("Dovecourt", "ORG")))
    assert {a.kind for a in index.actors if a.name in ("Quarnley", "Dovecourt")} == {"organization"}


@pytest.mark.parametrize("name,capital", _CAMPS)
@pytest.mark.parametrize("label", ["GPE", "ORG"])
def test_a_base_after_a_first_name_is_no_person(nlp, name, capital, label):
    text = (f"{name} met donors in {capital}. The money came through a Maria Bay-based charity that pays for "
            "protest banners.")
    index = resolve_actors(_tagged(nlp, text, ("Maria Bay", label)))
    base = _at(index, text, "Maria Bay")
    assert base is not None and base.kind != "person"


@pytest.mark.parametrize("name,capital", _CAMPS)
def test_a_first_name_guess_without_a_base_stays_a_person(nlp, name, capital):
    text = (f"{name} met donors in {capital}. The money came through Maria Bayne, a banker who pays for protest "
            "banners.")
    index = resolve_actors(_tagged(nlp, text, ("Maria Bayne", "GPE")))
    person = _at(index, text, "Maria Bayne")
    assert person is not None and person.kind == "person"


@pytest.mark.parametrize("full,misspelt", [("Sergey Lavrov", "Lavrow"), ("Antony Blinken", "Blinkin"),
                                           ("Nadia Kovalenko", "Kovalenco"), ("Walter Brandstetter", "Brandsteter")])
@pytest.mark.parametrize("label", ["ORG", "GPE", "PERSON"])
def test_a_surname_one_letter_off_is_the_same_person(nlp, full, misspelt, label):
    text = (f"{full} answered questions for an hour on Tuesday. Reporters later asked why {misspelt} had skipped the "
            "dinner, and an aide said the schedule was full.")
    index = resolve_actors(_tagged(nlp, text, (misspelt, label)))
    person = _at(index, text, full)
    assert person is not None and person.kind == "person"
    assert _at(index, text, misspelt) is person


@pytest.mark.parametrize("full,other", [("Ilse Varner", "Olaf Warner"), ("Ilse Warner", "Olaf Varner")])
def test_a_word_near_two_surnames_or_a_plural_stays_apart(nlp, full, other):
    text = (f"{full} and {other} argued about the budget. Garner, a small firm, printed the flyers, and the "
            "Warners sent flowers.")
    index = resolve_actors(_tagged(nlp, text, (full, "PERSON"), (other, "PERSON"), ("Garner", "ORG")))
    firm = _at(index, text, "Garner")
    assert firm is not None and firm.name == "Garner"
    assert all(_at(index, text, n) is not firm for n in (full, other))

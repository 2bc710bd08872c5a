"""Round-31 actor rules, from a hand-labelled sample of PolNeAR and SemEval-2025 train articles (seed 2626): a place or
person guess that has a company's staff or readers ("a Quarnley analyst", "Quarnley's contributors", "an economist at
Quarnley") is an organisation; nouns a person has too ("a spokeswoman for Quarnley") count only for a place guess.
Guards: a person's spokesman, a known first name, and a guess the article also uses as a place keep their kind. Texts
are invented; rules are mirrored across camps (Moscow/Washington, Lavrov/Blinken).
"""
from __future__ import annotations

import pytest

from _actor_probes import actor_at as _at, tagged as _tagged
from spinmap.nlp.actors import resolve_actors

_CAMPS = [("Lavrov", "Moscow"), ("Blinken", "Washington")]


@pytest.mark.parametrize("name,capital", _CAMPS)
@pytest.mark.parametrize("label", ["GPE", "PERSON"])
@pytest.mark.parametrize("phrase", ["a Quarnley analyst", "an economist at Quarnley", "Quarnley's columnists",
                                    "a contributor for Quarnley"])
def test_a_guess_with_company_staff_is_an_organisation(nlp, name, capital, label, phrase):
    text = (f"{name} spoke in {capital} on Tuesday. The rouble fell again, {phrase} wrote in a note to clients, "
            "and bond yields rose.")
    index = resolve_actors(_tagged(nlp, text, ("Quarnley", label)))
    firm = _at(index, text, "Quarnley")
    assert firm is not None and firm.kind == "organization"


@pytest.mark.parametrize("name,capital", _CAMPS)
@pytest.mark.parametrize("phrase", ["a Quarnley spokeswoman", "a spokeswoman for Quarnley"])
def test_a_place_guess_with_a_spokeswoman_is_an_organisation(nlp, name, capital, phrase):
    text = f"{name} left {capital} early. Fares will rise in May, {phrase} confirmed on Monday."
    index = resolve_actors(_tagged(nlp, text, ("Quarnley", "GPE")))
    firm = _at(index, text, "Quarnley")
    assert firm is not None and firm.kind == "organization"


@pytest.mark.parametrize("name,capital", _CAMPS)
def test_a_person_guess_with_a_spokeswoman_stays_a_person(nlp, name, capital):
    text = f"{name} left {capital} early. Talks will resume in May, a spokeswoman for Varo Dorrance confirmed on Monday."
    index = resolve_actors(_tagged(nlp, text, ("Varo Dorrance", "PERSON")))
    who = _at(index, text, "Varo Dorrance")
    assert who is not None and who.kind == "person"


@pytest.mark.parametrize("name,capital", _CAMPS)
def test_a_known_first_name_or_a_place_use_keeps_the_kind(nlp, name, capital):
    text = (f"{name} toured {capital} on Sunday. Floods hit roads in Quarnley overnight, a Quarnley spokeswoman "
            "said, and an analyst for Maria Dorrance said shops would close.")
    index = resolve_actors(_tagged(nlp, text, ("Quarnley", "GPE"), ("Quarnley", "GPE"), ("Maria Dorrance", "PERSON")))
    assert _at(index, text, "Quarnley").kind == "other"
    assert _at(index, text, "Quarnley", 1).kind == "other"
    assert _at(index, text, "Maria Dorrance").kind == "person"


@pytest.mark.parametrize("name,capital", _CAMPS)
@pytest.mark.parametrize("verb", ["reported", "published", "estimated"])
def test_a_place_guess_that_reports_is_an_organisation(nlp, name, capital, verb):
    text = (f"{name} flew back to {capital} at night. Quarnley {verb} on Friday that grain exports had halved "
            "since the spring.")
    index = resolve_actors(_tagged(nlp, text, ("Quarnley", "GPE")))
    firm = _at(index, text, "Quarnley")
    assert firm is not None and firm.kind == "organization"


@pytest.mark.parametrize("name,capital", _CAMPS)
def test_a_town_that_reports_and_is_a_place_stays_a_place(nlp, name, capital):
    text = (f"{name} flew back to {capital} at night. Quarnley reported no damage, and the roads in Quarnley "
            "opened again by noon.")
    index = resolve_actors(_tagged(nlp, text, ("Quarnley", "GPE"), ("Quarnley", "GPE")))
    assert _at(index, text, "Quarnley").kind == "other"


@pytest.mark.parametrize("name,capital", _CAMPS)
@pytest.mark.parametrize("label", ["GPE", "PERSON"])
@pytest.mark.parametrize("noun", ["a news channel", "a fact-checking site", "a weekly magazine", "a pension fund"])
def test_a_guess_beside_an_outlet_or_fund_noun_is_an_organisation(nlp, name, capital, label, noun):
    text = f"{name} was in {capital} when Quarnley, {noun} with a large following, printed the leaked memo."
    index = resolve_actors(_tagged(nlp, text, ("Quarnley", label)))
    firm = _at(index, text, "Quarnley")
    assert firm is not None and firm.kind == "organization"


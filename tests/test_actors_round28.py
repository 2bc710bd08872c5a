"""Round-28 actor rules, from a hand-labelled sample of PolNeAR and SemEval-2025 train articles (seed 2525): a person
of unknown gender takes the gender of the first narrator's he/she it resolves (a later "she" for the nation inside
his quote, or a "his" for another man, is not that person's), an organisation named first by its short form ("Supreme
Court") joins the one longer name it is the tail of even when the short form recurs, and "Democrat Party" and the
adjective "Houthi" name their table actors. Texts are invented; rules are mirrored across camps (Lavrov/Blinken,
Moscow/Washington) and genders. Guards hold on the old code too.
"""
from __future__ import annotations

import pytest

from _actor_probes import actor_at as _at, tagged as _tagged
from spinmap.nlp.actors import resolve_actors

_CAMPS = [("Lavrov", "Moscow"), ("Blinken", "Washington")]
_PEOPLE = [("Orvan Teszlik", "Teszlik", "He", "She"), ("Idrienne Valko", "Valko", "She", "He")]


@pytest.mark.parametrize("capital", ["Moscow", "Washington"])
@pytest.mark.parametrize("full,surname,own,other", _PEOPLE)
def test_quoted_pronoun_of_the_other_gender_is_not_the_speaker(nlp, capital, full, surname, own, other):
    text = (f"{capital} sent its condolences on Monday. Later that night, President {full} condemned the bombing of the "
            f"rail depot. {own} promised that the army would step up its patrols. {own} ended the address: \"{other} "
            f"has been wounded, but {other.lower()} will rise again.\"")
    index = resolve_actors(_tagged(nlp, text, (full, "PERSON")))
    person = _at(index, text, full)
    assert person is not None and person.kind == "person"
    assert _at(index, text, own) is person and _at(index, text, own, 1) is person
    quoted = text.index(f"\"{other}") + 1
    assert index.actor_at(quoted, quoted + len(other)) is not person


@pytest.mark.parametrize("name,capital", _CAMPS)
def test_his_after_a_woman_named_by_initials_is_the_man(nlp, name, capital):
    text = (f"{name} was in {capital} that week. Mr. Dunwiddy gave his talk at the meeting, citing novelist Q.R. "
            "Marrowby's remark that she had always pictured the old wizard as a rebel. If anyone doubted his loyalties, "
            "Dunwiddy cleared that up soon after.")
    index = resolve_actors(_tagged(nlp, text, ("Dunwiddy", "PERSON"), ("Q.R. Marrowby", "PERSON")))
    man, woman = _at(index, text, "Dunwiddy"), _at(index, text, "Q.R. Marrowby")
    assert man is not None and woman is not None and man is not woman
    assert _at(index, text, "she") is woman
    assert _at(index, text, "his", 1) is man


@pytest.mark.parametrize("name,capital", _CAMPS)
@pytest.mark.parametrize("full,surname,own,other", _PEOPLE)
def test_guard_pronouns_of_one_gender_all_reach_the_person(nlp, name, capital, full, surname, own, other):
    text = (f"{name} landed in {capital}. {full} said the plan was sound. {own} added that the vote would come soon, "
            f"and {surname} repeated it later. {own} left before noon.")
    index = resolve_actors(_tagged(nlp, text, (full, "PERSON")))
    person = _at(index, text, full)
    assert _at(index, text, own) is person and _at(index, text, own, 1) is person


@pytest.mark.parametrize("name,capital", _CAMPS)
@pytest.mark.parametrize("place", ["Kessland", "Norvia"])
def test_short_court_name_first_joins_the_longer_one(nlp, name, capital, place):
    text = (f"{name} said in {capital} that the Supreme Court judge had spoken out of turn. The {place} Supreme Court "
            "has not replied. Aides said the Supreme Court would meet again in May, and the Supreme Court clerks agreed.")
    index = resolve_actors(_tagged(nlp, text, ("Supreme Court", "ORG"), (f"{place} Supreme Court", "ORG"),
                                   ("Supreme Court", "ORG")))
    court = _at(index, text, f"{place} Supreme Court")
    assert court is not None
    assert _at(index, text, "Supreme Court") is court
    assert _at(index, text, "Supreme Court", 2) is court


@pytest.mark.parametrize("name,capital", _CAMPS)
def test_guard_short_name_between_two_longer_ones_stays_apart(nlp, name, capital):
    text = (f"{name} said in {capital} that the Supreme Court was split. The Kessland Supreme Court and the Norvia "
            "Supreme Court have both ruled, and the Supreme Court will follow.")
    index = resolve_actors(_tagged(nlp, text, ("Supreme Court", "ORG"), ("Kessland Supreme Court", "ORG"),
                                   ("Norvia Supreme Court", "ORG")))
    short = _at(index, text, "Supreme Court")
    assert short is not _at(index, text, "Kessland Supreme Court")
    assert short is not _at(index, text, "Norvia Supreme Court")


@pytest.mark.parametrize("name,capital", _CAMPS)
@pytest.mark.parametrize("party,plural,canonical", [("Democrat Party", "the Democrats", "Democratic Party"),
                                                     ("Republican Party", "the Republicans", "Republican Party")])
def test_party_named_by_its_opponents_form_is_the_party(nlp, name, capital, party, plural, canonical):
    text = f"{name} told reporters in {capital} that the {party} had lost its way, and {plural} disagreed."
    index = resolve_actors(_tagged(nlp, text, (party, "ORG")))
    actor = _at(index, text, party)
    assert actor is not None and actor.name == canonical
    assert _at(index, text, plural) is actor


@pytest.mark.parametrize("name,capital", _CAMPS)
@pytest.mark.parametrize("adjective,group", [("Houthi", "the Houthis"), ("Hezbollah", "Hezbollah")])
def test_movement_adjective_names_the_movement(nlp, name, capital, adjective, group):
    text = f"{name} said in {capital} that {adjective} fighters fired at a tanker, and {group} denied it."
    index = resolve_actors(_tagged(nlp, text, (adjective, "NORP")))
    actor = _at(index, text, adjective)
    assert actor is not None and actor is _at(index, text, group)


@pytest.mark.parametrize("name,capital", _CAMPS)
def test_guard_a_guess_beside_a_known_man_teaches_no_gender(nlp, name, capital):
    text = (f"{name} arrived in {capital} and met Kaveri Osk, who he thanked twice. Later Osk told the press that "
            "she was pleased.")
    index = resolve_actors(_tagged(nlp, text, ("Kaveri Osk", "PERSON"), ("Osk", "PERSON")))
    assert _at(index, text, "she") is _at(index, text, "Kaveri Osk")


@pytest.mark.parametrize("name,capital", _CAMPS)
@pytest.mark.parametrize("full,tail", [("Juan Pablo Quintal Ferreyra", "Quintal Ferreyra"),
                                       ("Maria Elena Bausa Llorent", "Bausa Llorent")])
def test_two_part_surname_alone_is_the_person_named_in_full(nlp, name, capital, full, tail):
    text = (f"{name} spoke in {capital} on Tuesday. The president, {full}, has been criticised for the plan. "
            f"Weeks later {tail} offered a new proposal to end the fighting.")
    index = resolve_actors(_tagged(nlp, text, (full, "PERSON"), (tail, "PERSON")))
    person = _at(index, text, full)
    assert person is not None and person.kind == "person"
    assert _at(index, text, tail, 1) is person


@pytest.mark.parametrize("name,capital", _CAMPS)
def test_guard_another_first_name_with_the_surname_stays_apart(nlp, name, capital):
    text = (f"{name} spoke in {capital} on Tuesday. The minister, Anselmo Ruiz Ferreyra, backed the plan, and "
            "Tomas Ferreyra, his cousin, opposed it.")
    index = resolve_actors(_tagged(nlp, text, ("Anselmo Ruiz Ferreyra", "PERSON"), ("Tomas Ferreyra", "PERSON")))
    assert _at(index, text, "Tomas Ferreyra") is not _at(index, text, "Anselmo Ruiz Ferreyra")

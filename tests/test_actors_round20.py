"""Round-20 actor rules, from a hand-labelled sample of PolNeAR and SemEval-2025 train articles (seed 1919): a lone
surname the tagger calls a person, used as a modifier of a noun for a person's office, staff or deeds ("the Varnell
administration", "a Varnell aide", "the Varnell tax cuts"), stays a person, and a person named only in such
modifiers is no antecedent for a he/she; a one-word guess capitalised only because it opens its sentence is no
actor; an ampersand keeps an organisation's name whole; a feast ("Easter") is no actor. All names are invented but
capitals and table leaders; rules are mirrored across camps. Guards hold on the old code too.
"""
from __future__ import annotations

import pytest

from spinmap.nlp.actors import resolve_actors
from _actor_probes import actor_at as _at, tagged as _tagged


# ---------------------------------------------------------------- a surname as a modifier


@pytest.mark.parametrize("surname", ["Varnell", "Dorvakin"])
@pytest.mark.parametrize("template", [
    "Critics said the {} administration had ignored the warnings for years.",
    "A former {} aide told reporters that the talks had stalled.",
    "The committee voted to extend the {} tax cuts for two more years.",
])
def test_a_surname_modifying_a_namesake_noun_is_a_person(nlp, surname, template):
    text = template.format(surname)
    index = resolve_actors(_tagged(nlp, text, (surname, "PERSON"), only=True))
    assert _at(index, text, surname).kind == "person"


@pytest.mark.parametrize("surname", ["Varnell", "Dorvakin"])
def test_a_surname_modifying_other_nouns_is_still_no_person(nlp, surname):
    # guard: a product named after its maker ("the Varnell chairs") gets no person from this rule
    text = f"Buyers queued all week for the new {surname} chairs at the fair."
    index = resolve_actors(_tagged(nlp, text, (surname, "PERSON"), only=True))
    actor = _at(index, text, surname)
    assert actor is None or actor.kind != "person"


@pytest.mark.parametrize("surname", ["Varnell", "Dorvakin"])
def test_a_person_named_only_as_a_modifier_takes_no_pronoun(nlp, surname):
    text = f"Maria Holm met officials of the {surname} administration on Monday. He said the talks went well."
    index = resolve_actors(_tagged(nlp, text, ("Maria Holm", "PERSON"), (surname, "PERSON"), only=True))
    assert _at(index, text, surname).kind == "person"
    assert _at(index, text, "He") is None


@pytest.mark.parametrize("leader", ["Putin", "Zelensky"])
def test_a_table_leader_named_only_as_a_modifier_takes_no_pronoun(nlp, leader):
    text = f"Maria Holm met a senior {leader} aide on Monday. He said the talks went well."
    index = resolve_actors(_tagged(nlp, text, ("Maria Holm", "PERSON"), (leader, "PERSON"), only=True))
    assert _at(index, text, leader).kind == "person"
    assert _at(index, text, "He") is None


@pytest.mark.parametrize("leader", ["Putin", "Zelensky"])
def test_a_leader_named_as_an_actor_keeps_his_pronoun(nlp, leader):
    # guard: a person also named as a subject is still the he/she's antecedent
    text = f"{leader} met a senior {leader} aide on Monday. He said the talks went well."
    index = resolve_actors(_tagged(nlp, text, (leader, "PERSON"), (leader, "PERSON"), only=True))
    assert _at(index, text, "He") is _at(index, text, leader)


# ---------------------------------------------------------------- capitals that only open a sentence


@pytest.mark.parametrize("word, rest", [("Counter", "to what many expected, the council approved the plan."),
                                        ("Gender", "quotas were debated again on Friday in the council.")])
@pytest.mark.parametrize("city", ["Moscow", "Kyiv"])
def test_a_word_capitalised_only_at_a_sentence_start_is_no_actor(nlp, word, rest, city):
    text = f"The vote in {city} was close. {word} {rest}"
    index = resolve_actors(_tagged(nlp, text, (word, "PERSON")))
    assert _at(index, text, word) is None


def test_a_name_also_written_mid_sentence_stays_an_actor(nlp):
    # guard: "Brellin" opens a sentence once but is written capitalised mid-sentence too
    text = "Brellin sells cheap phones. Buyers queue for Brellin in every town."
    index = resolve_actors(_tagged(nlp, text, ("Brellin", "PERSON"), ("Brellin", "PERSON"), only=True))
    assert _at(index, text, "Brellin") is not None


# ---------------------------------------------------------------- ampersands and feasts


@pytest.mark.parametrize("name", ["Brant & Lowe", "Harrow & Lisle"])
def test_an_ampersand_keeps_an_organisation_whole(nlp, name):
    text = f"The deal was drafted by {name}, a law firm in the capital."
    index = resolve_actors(_tagged(nlp, text, (name, "ORG"), only=True))
    actor = _at(index, text, name)
    assert actor is not None and actor.name == name
    assert _at(index, text, name.split(" & ")[1]) is actor


def test_organisations_listed_with_and_are_still_split(nlp):
    # guard: "and" still lists two names
    text = "Officials from Brantco and Lowecorp signed the agreement."
    index = resolve_actors(_tagged(nlp, text, ("Brantco and Lowecorp", "ORG"), only=True))
    assert _at(index, text, "Brantco") is not _at(index, text, "Lowecorp")


@pytest.mark.parametrize("feast", ["Easter", "Christmas", "Ramadan"])
@pytest.mark.parametrize("city", ["Moscow", "Kyiv"])
@pytest.mark.parametrize("label", ["GPE", "LOC", "ORG"])
def test_a_feast_is_no_actor(nlp, feast, city, label):
    text = f"Families in {city} gathered last week to prepare for the celebrations of {feast}."
    index = resolve_actors(_tagged(nlp, text, (feast, label)))
    assert _at(index, text, feast) is None

"""Round-16 actor rules, from a hand-labelled sample of PolNeAR and SemEval-2025 train articles (seed 1616): streets,
hills and towers the tagger called people or organisations, museums and schools called people, common-noun
abbreviations (fuels, committees, ratings) as organisations, party labels, epithets and "CEO" run into a person's
name, a first name alone the tagger called an organisation split from its person, a company's short name ("X" beside
"X News") and a later-named chamber ("Senate" before "the Senate") split from the full name, and generations typed
as persons. All names are invented; rules are mirrored (the other camp, the other gender). Guards (they hold on main
too): a person surnamed like a place word ("Susan Hill"), and a one-word name that opens a committee's name.
"""
from __future__ import annotations

import pytest

from spinmap.nlp.actors import resolve_actors
from _actor_probes import actor_at as _at, index_of as _index, tagged as _tagged


# ---------------------------------------------------------------- the last word says place or institution


@pytest.mark.parametrize("place,label", [("Kessel Lane", "PERSON"), ("Moskvin Tower", "PERSON"),
                                         ("Hartwell Street", "ORG"), ("Baranov Hill", "ORG")])
def test_a_name_ending_in_a_place_word_is_a_place(nlp, place, label):
    text = f"Crowds gathered near {place} on Sunday. The police closed the roads around it."
    index = resolve_actors(_tagged(nlp, text, (place, label), only=True))
    actor = _at(index, text, place)
    assert actor is not None and actor.kind == "other"


@pytest.mark.parametrize("person", ["Susan Hill", "Oleg Lane"])
def test_a_person_surnamed_like_a_place_word_stays_a_person(nlp, person):
    text = f"{person} testified before the panel on Monday. The senators thanked the witness."
    index = resolve_actors(_tagged(nlp, text, (person, "PERSON"), only=True))
    assert _at(index, text, person).kind == "person"


@pytest.mark.parametrize("institution", ["Whitmore Museum", "Dalton High", "Petrova Academy", "Brandt University"])
def test_a_name_ending_in_an_institution_word_is_an_organisation(nlp, institution):
    text = f"Students from {institution} marched on Friday. Teachers joined them at noon."
    index = resolve_actors(_tagged(nlp, text, (institution, "PERSON"), only=True))
    actor = _at(index, text, institution)
    assert actor is not None and actor.kind == "organization"


def test_an_institution_named_for_a_first_name_is_no_person_even_as_an_organisation_guess(nlp):
    text = "Visitors queued outside Whitney Gallery on Friday. The curators welcomed them."
    index = resolve_actors(_tagged(nlp, text, ("Whitney Gallery", "ORG"), only=True))
    assert _at(index, text, "Whitney Gallery").kind == "organization"


# ---------------------------------------------------------------- common-noun abbreviations


@pytest.mark.parametrize("abbr", ["LNG", "ESG", "PAC"])
def test_a_common_noun_abbreviation_alone_names_no_one(nlp, abbr):
    text = f"Exporters said {abbr} rules would change next year. The ministry disagreed."
    index = resolve_actors(_tagged(nlp, text, (abbr, "ORG"), only=True))
    assert _at(index, text, abbr) is None


# ---------------------------------------------------------------- labels run into a name

LABELLED = [("Democrat Karen Holt", "Karen Holt", "Holt"), ("Republican Derek Vance", "Derek Vance", "Vance"),
            ("CEO Karen Holt", "Karen Holt", "Holt"), ("CEO Derek Vance", "Derek Vance", "Vance")]


@pytest.mark.parametrize("tagged,name,surname", LABELLED, ids=["democrat", "republican", "ceo-f", "ceo-m"])
def test_a_party_label_or_title_is_no_part_of_the_name(nlp, tagged, name, surname):
    text = f"The race tightened when {tagged} entered it in May. {surname} promised lower taxes."
    index = resolve_actors(_tagged(nlp, text, (tagged, "PERSON"), (surname, "PERSON")))
    person = _at(index, text, name)
    assert person.name == name
    assert _at(index, text, surname, nth=1) is person


@pytest.mark.parametrize("name,epithet", [("Karen Holt", "Crooked Karen"), ("Derek Vance", "Sleepy Derek"),
                                          ("Derek Vance", "Team Vance"), ("Karen Holt", "Team Holt")])
def test_an_epithet_before_a_name_is_the_person_it_mocks(nlp, name, epithet):
    text = f"{name} spoke in Ohio on Monday. Rivals mocked {epithet} in a new advert."
    index = resolve_actors(_tagged(nlp, text, (name, "PERSON"), (epithet, "PERSON"), only=True))
    person = _at(index, text, name)
    assert _at(index, text, epithet.split()[1], nth=1) is person
    assert len([a for a in index.actors if a.kind == "person"]) == 1


# ---------------------------------------------------------------- a first name alone, typed otherwise


@pytest.mark.parametrize("name,first,label", [("Marta Kovalenko", "Marta", "ORG"), ("Pavel Dorin", "Pavel", "ORG"),
                                              ("Marta Kovalenko", "Marta", "GPE"), ("Pavel Dorin", "Pavel", "GPE")])
def test_a_first_name_alone_the_tagger_calls_a_place_or_organisation_is_the_person(nlp, name, first, label):
    text = f"{name} chairs the housing board. The next day {first} asked the city for more money."
    index = resolve_actors(_tagged(nlp, text, (name, "PERSON"), (first, label), only=True))
    assert _at(index, text, first, nth=1) is _at(index, text, name)


# ---------------------------------------------------------------- short organisation names


@pytest.mark.parametrize("full,short", [("Vesta News", "Vesta"), ("Orlan Radio", "Orlan")])
def test_a_company_short_name_is_the_company(nlp, full, short):
    text = f"{full} aired the debate on Monday. Viewers praised {short} for its coverage."
    index = resolve_actors(_tagged(nlp, text, (full, "ORG"), (short, "ORG"), only=True))
    assert _at(index, text, short, nth=1) is _at(index, text, full)


@pytest.mark.parametrize("chamber", ["Senate", "Sejm"])
def test_a_chamber_named_alone_before_its_full_name_is_the_same_chamber(nlp, chamber):
    full = {"Senate": "the U.S. Senate", "Sejm": "the Polish Sejm"}[chamber]
    text = f"The bill reached the {chamber} floor on Monday. Leaders of {full} promised a vote."
    index = resolve_actors(_tagged(nlp, text, (chamber, "ORG"), (full.split(" ", 1)[1], "ORG"), only=True))
    assert _at(index, text, chamber) is _at(index, text, full.split(" ", 1)[1])


def test_a_name_that_opens_a_committee_is_not_the_committee(nlp):
    text = "The Senate Ethics Committee met on Monday. The Senate then voted on the budget."
    index = resolve_actors(_tagged(nlp, text, ("Senate Ethics Committee", "ORG"), ("Senate", "ORG")))
    assert _at(index, text, "Senate", nth=1) is not _at(index, text, "Senate Ethics Committee")


# ---------------------------------------------------------------- generations


@pytest.mark.parametrize("cohort,label", [("Gen Z", "PERSON"), ("Millennials", "PERSON"), ("Gen X", "ORG")])
def test_a_generation_is_a_group(nlp, cohort, label):
    text = f"Pollsters say {cohort} turned against the plan this spring. Their votes may decide it."
    index = resolve_actors(_tagged(nlp, text, (cohort, label), only=True))
    actor = _at(index, text, cohort)
    assert actor is not None and actor.kind == "group"


# ---------------------------------------------------------------- dotted acronyms


@pytest.mark.parametrize("dotted,name", [("F.B.I.", "FBI"), ("F.S.B.", "FSB"), ("S.B.U.", "SBU")])
def test_a_dotted_acronym_is_the_organisation_it_spells(nlp, dotted, name):
    text = f"Agents of the {dotted} searched the office on Monday. A spokesman for the {dotted} declined to comment."
    index = resolve_actors(_tagged(nlp, text, (dotted, "GPE"), only=True))
    actor = _at(index, text, dotted)
    assert actor is not None and actor.name == name and actor.kind == "organization"
    assert _at(index, text, dotted, nth=1) is actor


@pytest.mark.parametrize("long,short", [("Department of Fisheries", "Fisheries Department"),
                                        ("Ministry of Fisheries", "Fisheries Ministry")])
def test_an_office_named_in_either_word_order_is_one_office(nlp, long, short):
    text = f"The {long} closed the harbour on Monday. Critics said the {short} acted too late."
    index = resolve_actors(_tagged(nlp, text, (long, "ORG"), (short, "ORG"), only=True))
    assert _at(index, text, short) is _at(index, text, long)


@pytest.mark.parametrize("place", ["Capitol Hill", "Kessel Lane"])
def test_a_place_word_name_before_who_stays_a_place(nlp, place):
    text = f"There were dozens of activists on {place} who opposed the plan. The mayor ignored them."
    index = resolve_actors(_tagged(nlp, text, (place, "ORG"), only=True))
    assert _at(index, text, place).kind == "other"


@pytest.mark.parametrize("name,epithet", [("Bernie Kovac", "Grandpa Bern"), ("Katherine Holt", "Grandma Kate")])
def test_an_epithet_before_a_nickname_is_the_person(nlp, name, epithet):
    text = f"{name} spoke in Ohio on Monday. Young fans cheered {epithet} at the rally."
    index = resolve_actors(_tagged(nlp, text, (name, "PERSON"), (epithet, "PERSON"), only=True))
    assert _at(index, text, epithet.split()[1], nth=0 if epithet.split()[1] not in name else 1) is _at(index, text, name)

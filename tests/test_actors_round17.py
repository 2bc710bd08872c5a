"""Round-17 actor rules, from a hand-labelled sample of PolNeAR and SemEval-2025 train articles (seed 1717): a capital
joined to its state where it is the place (a goal of travel or conquest, a conjunct of a place, "central X", a
dateline, the town of an event), a seat of power split into a place and the government, one name under two kinds,
a lower-case party name beside the table's, a social-media handle beside the person it spells, institutions and
outlets typed as persons, companies typed as places, a party's national committee joined to the party, and an
outlet's writer run into the outlet's name. All names but the capitals' and parties' are invented; rules are mirrored
(the other camp, the other gender). Guards (they hold on main too): a capital as a speaker, subject or possessor, a
regime or funding it names, and an ambassador to it stay the state.
"""
from __future__ import annotations

import pytest

from spinmap.nlp.actors import resolve_actors
from _actor_probes import actor_at as _at, index_of as _index, tagged as _tagged

CAPITALS = [("Moscow", "Russia"), ("Washington", "United States"), ("Kyiv", "Ukraine"), ("Baku", "Azerbaijan"),
            ("Yerevan", "Armenia")]
IDS = [c for c, _ in CAPITALS]


# ---------------------------------------------------------------- a capital where it is the place


PLACE_USES = [
    "The minister travelled to {c} on Monday for two days of meetings.",
    "Last spring the envoy visited {c} with a small delegation.",
    "Protesters marched through central {c} on Saturday afternoon.",
    "Hundreds of mourners came to {c} after the {c} attacks last week.",
    "The two senators toured {c} before the vote.",
]


@pytest.mark.parametrize("capital,state", CAPITALS, ids=IDS)
@pytest.mark.parametrize("template", PLACE_USES, ids=["travel-to", "visit", "central", "event", "tour"])
def test_a_capital_used_as_the_place_is_the_place(nlp, capital, state, template):
    text = template.format(c=capital)
    index = _index(nlp, text)
    actor = _at(index, text, capital)
    assert actor is not None and actor.kind == "other" and actor.name == capital


@pytest.mark.parametrize("capital,state", CAPITALS, ids=IDS)
def test_a_capital_listed_with_a_town_after_in_is_the_place(nlp, capital, state):
    text = f"After the floods in Tarrow and {capital}, insurers raised their prices."
    index = _index(nlp, text)
    assert _at(index, text, capital).kind == "other"


@pytest.mark.parametrize("capital,state", [("MOSCOW", "Russia"), ("WASHINGTON", "United States"),
                                           ("BAKU", "Azerbaijan"), ("YEREVAN", "Armenia")])
def test_a_dateline_is_the_place(nlp, capital, state):
    text = f"Talks stall again\n\n{capital} (Reuters) — The two delegations left the table on Friday without a deal."
    index = _index(nlp, text)
    actor = _at(index, text, capital)
    assert actor is None or actor.kind == "other"


@pytest.mark.parametrize("capital,state", CAPITALS, ids=IDS)
def test_a_capital_that_speaks_or_owns_stays_the_state(nlp, capital, state):
    text = f"{capital} said on Monday that the talks had failed. Officials blamed {capital}'s rivals for the delay."
    index = _index(nlp, text)
    assert _at(index, text, capital).name == state
    assert _at(index, text, capital, nth=1).name == state


@pytest.mark.parametrize("capital,state", [("Moscow", "Russia"), ("Kyiv", "Ukraine"), ("Baku", "Azerbaijan"),
                                           ("Yerevan", "Armenia")])
def test_a_regime_or_funding_a_capital_names_stays_the_state(nlp, capital, state):
    text = f"Critics say the {capital} regime cannot be trusted. Few still count on {capital} funding for the plan."
    index = _index(nlp, text)
    assert _at(index, text, capital).name == state
    assert _at(index, text, capital, nth=1).name == state


@pytest.mark.parametrize("country,capital,state", [("Peru", "Moscow", "Russia"), ("Chile", "Washington", "United States")])
def test_an_ambassador_to_a_capital_is_to_the_state(nlp, country, capital, state):
    text = f"{country}'s ambassador to {capital}, Tomas Rell, will be replaced next month."
    index = _index(nlp, text)
    assert _at(index, text, capital).name == state


# ---------------------------------------------------------------- a seat of power is the government anywhere


@pytest.mark.parametrize("seat,state", [("the Kremlin", "Russia"), ("the White House", "United States")])
def test_a_seat_of_power_after_in_is_the_government_under_one_id(nlp, seat, state):
    text = f"Officials in {seat} rejected the offer on Monday. Later {seat} said the offer was a trick."
    index = _index(nlp, text)
    first, second = _at(index, text, seat), _at(index, text, seat, nth=1)
    assert first is second and first.name == state


# ---------------------------------------------------------------- one name, one actor


@pytest.mark.parametrize("name", ["Varnian Embassy", "Ostrel Embassy"])
def test_one_name_the_tagger_types_two_ways_is_one_actor(nlp, name):
    text = f"Staff of the {name} left on Monday. Guards outside the {name} were doubled."
    index = resolve_actors(_tagged(nlp, text, (name, "ORG"), (name, "FAC"), only=True))
    first, second = _at(index, text, name), _at(index, text, name, nth=1)
    assert first is second and first.kind == "organization"


@pytest.mark.parametrize("party,lower", [("Republican Party", "Republican party"), ("Democratic Party", "Democratic party")])
def test_a_lower_case_party_name_is_the_party(nlp, party, lower):
    text = f"The {party} met in Ohio. Leaders of the {lower} later backed the plan."
    index = resolve_actors(_tagged(nlp, text, (party, "ORG"), (lower, "ORG"), only=True))
    assert _at(index, text, lower) is _at(index, text, party)


@pytest.mark.parametrize("name,handle", [("Karen Holt", "@KarenHolt"), ("Tom Vance", "@TomVance")])
def test_a_handle_spelling_a_name_is_that_person(nlp, name, handle):
    text = f"{name} joined the protest on Friday. Hours later {handle} posted a photo of the crowd."
    index = resolve_actors(_tagged(nlp, text, (name, "PERSON"), (handle, "PERSON"), only=True))
    assert _at(index, text, handle) is _at(index, text, name)


def test_a_handle_spelling_no_name_in_the_article_stays_apart(nlp):
    text = "Karen Holt joined the protest on Friday. Hours later @CrowdWatch posted a photo of the crowd."
    index = resolve_actors(_tagged(nlp, text, ("Karen Holt", "PERSON"), ("@CrowdWatch", "ORG"), only=True))
    assert _at(index, text, "@CrowdWatch") is not _at(index, text, "Karen Holt")


# ---------------------------------------------------------------- institutions and outlets are no persons


@pytest.mark.parametrize("person,college", [("Ivan Petrov", "Kessler College"), ("Anna Moroz", "Daventry Law School")])
def test_an_institution_before_who_is_no_person(nlp, person, college):
    text = f"\"It cannot be done,\" said {person}, a dean at {college}, who wrote the report."
    index = resolve_actors(_tagged(nlp, text, (person, "PERSON"), (college, "ORG"), only=True))
    assert _at(index, text, college).kind == "organization"


@pytest.mark.parametrize("outlet", ["Asteri Media", "Volna Gazeta", "Harlow Tribune"])
def test_an_outlet_the_tagger_calls_a_person_is_an_organisation(nlp, outlet):
    text = f"The story first ran in {outlet} on Monday. Other papers copied it."
    index = resolve_actors(_tagged(nlp, text, (outlet, "PERSON"), only=True))
    assert _at(index, text, outlet).kind == "organization"


@pytest.mark.parametrize("outlet,writer", [("Daily Planet", "Jane Roe"), ("Evening Star", "John Doe")])
def test_an_outlets_writer_is_a_person_of_their_own(nlp, outlet, writer):
    text = f"Critics such as {outlet}’s {writer} attacked the plan. {writer.split()[1]} called it a fraud."
    index = resolve_actors(_tagged(nlp, text, (f"{outlet}’s {writer}", "ORG"), only=True))
    person = _at(index, text, writer)
    assert person is not None and person.kind == "person"
    assert _at(index, text, outlet).kind == "organization"


# ---------------------------------------------------------------- companies typed as places


@pytest.mark.parametrize("label", ["GPE", "PERSON"])
def test_a_name_after_a_company_noun_is_an_organisation(nlp, label):
    text = "The steel company Varnell gave money to both campaigns. Insurers Corvia, Tenrax and Holm did too."
    index = resolve_actors(_tagged(nlp, text, ("Varnell", label), ("Corvia", label), ("Tenrax", "ORG"),
                                   ("Holm", label), only=True))
    for name in ("Varnell", "Corvia", "Holm"):
        assert _at(index, text, name).kind == "organization"


def test_companies_such_as_lists_organisations(nlp):
    text = "Lenders such as Marlex, Quoria and Benn cut their rates in June."
    index = resolve_actors(_tagged(nlp, text, ("Marlex", "PERSON"), ("Quoria", "GPE"), ("Benn", "GPE"), only=True))
    for name in ("Marlex", "Quoria", "Benn"):
        assert _at(index, text, name).kind == "organization"


def test_a_known_first_name_after_a_company_noun_stays_a_person(nlp):
    text = "He joined the firm Karen Holt had founded in 1990."
    index = resolve_actors(_tagged(nlp, text, ("Karen Holt", "PERSON"), only=True))
    assert _at(index, text, "Karen Holt").kind == "person"


# ---------------------------------------------------------------- national committees


@pytest.mark.parametrize("acronym,committee,party", [("DNC", "Democratic National Committee", "Democratic Party"),
                                                     ("RNC", "Republican National Committee", "Republican Party")])
def test_a_national_committee_is_not_its_party(nlp, acronym, committee, party):
    text = f"The {committee} raised $5 million in May. The {acronym} said the money would go to ads."
    index = _index(nlp, text)
    assert _at(index, text, acronym) is _at(index, text, committee)
    assert _at(index, text, acronym).name == committee



# ---------------------------------------------------------------- a surname typed as a place after a first name


@pytest.mark.parametrize("first,surname,label", [("Andrew", "Kessler", "GPE"), ("Karen", "Dorin", "ORG")])
def test_a_surname_the_tagger_calls_a_place_after_a_first_name_is_the_person(nlp, first, surname, label):
    text = f"The pollster {first} {surname} looked at the numbers again. {surname} said the race was close."
    index = resolve_actors(_tagged(nlp, text, (surname, label), (surname, "PERSON"), only=True))
    person = _at(index, text, f"{first} {surname}")
    assert person is not None and person.kind == "person" and person.name == f"{first} {surname}"
    assert _at(index, text, surname, nth=1) is person


@pytest.mark.parametrize("variant", ["the Western World", "the Western world"])
def test_the_western_world_is_the_west(nlp, variant):
    text = f"Leaders of {variant} met on Monday. Critics say the West is divided."
    index = _index(nlp, text)
    assert _at(index, text, variant.split(" ", 1)[1]) is _at(index, text, "West", nth=1)

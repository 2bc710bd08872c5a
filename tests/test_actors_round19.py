"""Round-19 actor rules, from a hand-labelled sample of PolNeAR and SemEval-2025 train articles (seed 1919): a US
state's abbreviation ("Calif.", "Wyo" + ".") is the state, one actor with the state named in full, and a state is
never a person; a title-case headline's capitals that the body never names are no actor; news-site menu labels
("Top News") and the chrome "Follow" before an author's name are no actor and no part of a name; an archbishop is
titled like a bishop; context settles a guess's kind for every mention of its text (a town followed by its country
or state, a name in apposition to a kind of organisation, a name followed by an age); a one-word organisation or
place guess that is a one-name figure of history is a person; a first name alone joins the table person the article
names by surname alone. All names are invented but capitals, countries, states and table leaders; rules are
mirrored across camps and states. Guards hold on the old code too.
"""
from __future__ import annotations

import pytest

from spinmap.nlp.actors import resolve_actors
from _actor_probes import actor_at as _at, surfaces as _surfaces, tagged as _tagged


# ---------------------------------------------------------------- US states


@pytest.mark.parametrize("state, written, abbr", [("California", "Calif.", "Calif."), ("Texas", "Tex.", "Tex"),
                                                   ("New York", "N.Y.", "N.Y."), ("Wyoming", "Wyo.", "Wyo")])
def test_a_state_abbreviation_is_the_state_named_in_full(nlp, state, written, abbr):
    text = f"The rally in {state} drew large crowds. Organisers in Tarrow, {written}, had expected fewer people."
    index = resolve_actors(_tagged(nlp, text, (state, "GPE"), ("Tarrow", "GPE"), (abbr, "GPE"), only=True))
    at = text.index("Tarrow, ") + len("Tarrow, ")  # "Tex" is also the start of "Texas"
    short, full = index.actor_at(at, at + len(abbr)), _at(index, text, state)
    assert short is full and full.name == state and full.kind == "other"


@pytest.mark.parametrize("abbr, state", [("Fla.", "Florida"), ("Md.", "Maryland")])
def test_a_state_abbreviation_alone_is_named_as_the_state(nlp, abbr, state):
    text = f"Lena Dorvakin of Halport, {abbr}, wrote to the board about the new rules."
    index = resolve_actors(_tagged(nlp, text, ("Lena Dorvakin", "PERSON"), ("Halport", "GPE"), (abbr, "GPE"), only=True))
    assert _at(index, text, abbr).name == state


def test_an_agency_acronym_in_capitals_is_no_state(nlp):
    text = "Veterans took their complaints to the VA. The agency promised an answer by May."
    index = resolve_actors(_tagged(nlp, text, ("VA.", "ORG"), only=True))
    actor = _at(index, text, "VA")
    assert actor is None or actor.name != "Virginia"


@pytest.mark.parametrize("state", ["South Carolina", "New Hampshire", "North Dakota"])
def test_a_state_guessed_a_person_is_a_place(nlp, state):
    text = f"Turnout in {state} was the highest in a decade, officials in the capital said."
    index = resolve_actors(_tagged(nlp, text, (state, "PERSON"), only=True))
    assert _at(index, text, state).kind == "other"


@pytest.mark.parametrize("state", ["South Carolina", "New Jersey"])
@pytest.mark.parametrize("party", ["Republican", "Democrat"])
def test_a_state_before_who_is_no_person(nlp, state, party):
    text = f"Senator Lena Dorvakin, {party} of {state}, who chairs the panel, opposed the bill."
    index = resolve_actors(nlp(text))
    actor = _at(index, text, state)
    assert actor is None or actor.kind != "person"


def test_a_first_name_that_is_also_a_state_keeps_its_person(nlp):
    text = "Virginia Holloway said the vote would be close. Holloway then left the hall."
    index = resolve_actors(_tagged(nlp, text, ("Virginia Holloway", "PERSON"), only=True))
    assert _at(index, text, "Virginia Holloway").kind == "person"


# ---------------------------------------------------------------- headlines, menus and chrome


@pytest.mark.parametrize("phrase", ["Lonely Baker", "Fresh Verdict"])
def test_headline_capitals_the_body_never_names_are_no_actor(nlp, phrase):
    text = f"Quiet Novel About A {phrase} Wins Praise\n\nThe book sold well in its first week. Critics liked the cover."
    index = resolve_actors(_tagged(nlp, text, (phrase, "PERSON"), only=True))
    assert _at(index, text, phrase) is None


@pytest.mark.parametrize("name", ["Dorvakin", "Halloway"])
def test_a_headline_name_the_body_names_stays(nlp, name):
    text = f"{name} Wins Praise For Novel\n\nLena {name} thanked the jury on Friday."
    index = resolve_actors(_tagged(nlp, text, (name, "PERSON"), (f"Lena {name}", "PERSON"), only=True))
    assert _at(index, text, name) is not None and _at(index, text, name) is _at(index, text, f"Lena {name}")


def test_a_name_on_a_title_case_line_below_the_headline_stays(nlp):
    text = "The new rules will hurt small shops.\n\nMarta Kovel, Tarrow Heights\n\nThe council meets again in May."
    index = resolve_actors(_tagged(nlp, text, ("Marta Kovel", "PERSON"), only=True))
    assert _at(index, text, "Marta Kovel").kind == "person"


@pytest.mark.parametrize("section", ["Top News", "Sports News", "Business News"])
def test_a_site_menu_label_is_no_actor(nlp, section):
    text = f"Home | {section} | Contact\n\nThe ministry denied the report on Monday."
    index = resolve_actors(_tagged(nlp, text, (section, "ORG"), only=True))
    assert _at(index, text, section) is None


@pytest.mark.parametrize("name", ["Dana Varnell", "Oleg Petrovsky"])
def test_follow_before_an_authors_name_is_chrome(nlp, name):
    text = f"The hearing ended without a vote.\n\nFollow {name} on Twitter for updates."
    index = resolve_actors(_tagged(nlp, text, (f"Follow {name}", "PERSON"), only=True))
    actor = _at(index, text, name)
    assert actor.name == name and all(not s.startswith("Follow") for s in _surfaces(index, text, actor))


@pytest.mark.parametrize("first, last", [("Tomas", "Kerel"), ("Anna", "Holmquist")])
def test_an_archbishop_is_a_title(nlp, first, last):
    text = f"Archbishop {first} {last} visited the school. Archbishop {last} later met the students."
    index = resolve_actors(_tagged(nlp, text, (f"Archbishop {first} {last}", "PERSON"), (f"Archbishop {last}", "PERSON"), only=True))
    full, short = _at(index, text, f"{first} {last}"), _at(index, text, last, nth=1)
    assert full.name == f"{first} {last}" and short is full


# ---------------------------------------------------------------- kinds from context


@pytest.mark.parametrize("town, region", [("Velikaya Sosna", "Russia"), ("Staryi Brid", "Ukraine"),
                                          ("Elkmont Falls", "Calif."), ("Kessel Ridge", "Azerbaijan")])
def test_a_town_followed_by_its_country_or_state_is_a_place(nlp, town, region):
    text = f"The most violent towns included {town}, {region}; and two ports. {town}, which has few police, topped the list."
    index = resolve_actors(_tagged(nlp, text, (town, "PERSON"), (town, "PERSON"), only=True))
    first, second = _at(index, text, town), _at(index, text, town, nth=1)
    assert first.kind == "other" and second is first


def test_a_person_with_a_first_name_before_a_state_stays_a_person(nlp):
    text = "The letter was signed by Lena Dorvakin, Ohio. Dorvakin asked for a reply."
    index = resolve_actors(_tagged(nlp, text, ("Lena Dorvakin", "PERSON"), ("Dorvakin", "PERSON"), only=True))
    assert _at(index, text, "Lena Dorvakin").kind == "person"


@pytest.mark.parametrize("outlet", ["Tarrow Vestnik", "Dnipro Vestnik"])
def test_a_name_in_apposition_to_an_outlet_is_an_organisation(nlp, outlet):
    text = f"{outlet}, a regional news outlet, published the photos first. Officials later confirmed them."
    index = resolve_actors(_tagged(nlp, text, (outlet, "PERSON"), only=True))
    assert _at(index, text, outlet).kind == "organization"


@pytest.mark.parametrize("name", ["Marquell", "Dorvakin"])
@pytest.mark.parametrize("label", ["ORG", "GPE"])
def test_a_name_followed_by_an_age_is_a_person(nlp, name, label):
    text = f"Prosecutors charged two men on Friday. {name}, 24, is accused of planning the attack."
    index = resolve_actors(_tagged(nlp, text, (name, label), only=True))
    assert _at(index, text, name).kind == "person"


# ---------------------------------------------------------------- one-name persons and first names


@pytest.mark.parametrize("name", ["Brezhnev", "Churchill"])
@pytest.mark.parametrize("label", ["ORG", "GPE"])
def test_a_one_name_figure_guessed_an_organisation_is_a_person(nlp, name, label):
    text = f"Historians still argue about {name} and the decisions taken in those years."
    index = resolve_actors(_tagged(nlp, text, (name, label), only=True))
    assert _at(index, text, name).kind == "person"


def test_a_one_name_figure_used_as_a_place_stays_a_place(nlp):
    text = "Polar bears gather every autumn in Churchill, where tourists come to watch them."
    index = resolve_actors(_tagged(nlp, text, ("Churchill", "GPE"), only=True))
    assert _at(index, text, "Churchill").kind != "person"


@pytest.mark.parametrize("surname, first", [("Putin", "Vladimir"), ("Zelensky", "Volodymyr"),
                                            ("Lavrov", "Sergey"), ("Blinken", "Antony")])
def test_a_first_name_alone_joins_the_table_person_named_by_surname(nlp, surname, first):
    text = f"{surname} spoke first at the summit. Later {first} took questions from reporters."
    index = resolve_actors(_tagged(nlp, text, (surname, "PERSON"), (first, "PERSON"), only=True))
    assert _at(index, text, first) is _at(index, text, surname)


@pytest.mark.parametrize("first, last", [("Derek", "Varnell"), ("Sergey", "Dorvakin")])
def test_a_capitalised_word_before_a_full_name_is_no_first_name(nlp, first, last):
    text = f"The letter was signed by onetime Director of National Intelligence {first} {last} and four others."
    index = resolve_actors(_tagged(nlp, text, (f"{first} {last}", "PERSON"), only=True))
    assert _at(index, text, f"{first} {last}").name == f"{first} {last}"


def test_a_missed_first_name_before_a_surname_still_joins(nlp):
    text = "Officials said Pavel Orlovsky would attend. Orlovsky declined to comment."
    index = resolve_actors(_tagged(nlp, text, ("Orlovsky", "PERSON"), ("Orlovsky", "PERSON"), only=True))
    assert _at(index, text, "Orlovsky").name == "Pavel Orlovsky"


@pytest.mark.parametrize("name", ["Energy and Mining Institute", "Border and Customs Enforcement"])
def test_an_organisation_named_with_and_stays_whole(nlp, name):
    text = f"Agents from the {name} raided the warehouse on Monday."
    index = resolve_actors(_tagged(nlp, text, (name, "ORG"), only=True))
    assert _at(index, text, name).name == name


def test_two_institutions_run_together_are_still_two(nlp):
    text = "Scholars from the Varnell Institute and Kolbrin Institute signed the letter."
    index = resolve_actors(_tagged(nlp, text, ("Varnell Institute and Kolbrin Institute", "ORG"), only=True))
    assert _at(index, text, "Varnell Institute") is not _at(index, text, "Kolbrin Institute")


# ---------------------------------------------------------------- Georgia the state


@pytest.mark.parametrize("states", [("Alabama", "Texas", "Virginia"), ("Ohio", "Iowa", "Nevada")])
def test_georgia_among_us_states_is_the_state(nlp, states):
    a, b, c = states
    text = f"Dorvakin carried {a}, {b}, {c} and Georgia on Tuesday, her aides said."
    doc = _tagged(nlp, text, (a, "GPE"), (b, "GPE"), (c, "GPE"), ("Georgia", "GPE"), only=True)
    actor = _at(resolve_actors(doc), text, "Georgia")
    assert actor.kind == "other" and actor.name == "Georgia"


@pytest.mark.parametrize("text", [
    "Moscow has threatened Armenia, Azerbaijan and Georgia for years, diplomats said.",
    "Senators from Ohio, Iowa and Nevada flew to Tbilisi to praise Georgia for its reforms.",
])
def test_georgia_the_country_stays_the_country(nlp, text):
    states = [s for s in ("Ohio", "Iowa", "Nevada") if s in text]
    doc = _tagged(nlp, text, *[(s, "GPE") for s in states], ("Georgia", "GPE"))
    assert _at(resolve_actors(doc), text, "Georgia").kind == "country"

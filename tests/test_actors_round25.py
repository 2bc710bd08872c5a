"""Round-25 actor rules, from a hand-labelled sample of PolNeAR and SemEval-2025 train articles (seed 2424): a name
the tagger guessed whose own last word makes it a plan, a set of goals, a game or a prize ("the Tarnby Clean Air
Plan", "the Orvane Bowl", "the Anna Vell Cup", a cup named after a person included) is a thing, no actor; a
one-word organisation or place guess that the article also writes in lower case ("Climate talks", "the
climate") is a common noun that took a capital, no actor. Texts are invented; rules are mirrored across
camps (Lavrov/Blinken, Moscow/Washington). Guards hold on the old code too.
"""
from __future__ import annotations

import pytest

from _actor_probes import actor_at as _at, tagged as _tagged
from spinmap.nlp.actors import resolve_actors

_CAMPS = [("Lavrov", "Moscow"), ("Blinken", "Washington")]

# (template, the tagger's guesses, the guess's surface): no actor in any mention
_THINGS = [
    ("{name} said in {capital} that the Tarnby Clean Air Plan would cost too much.",
     [("Tarnby Clean Air Plan", "ORG")], "Tarnby Clean Air Plan"),
    ("{name} praised the Orvane Development Goals on a visit to {capital}.",
     [("Orvane Development Goals", "ORG")], "Orvane Development Goals"),
    ("{name} watched the Kessel Bowl in {capital} on Sunday.", [("Kessel Bowl", "FAC")], "Kessel Bowl"),
    ("{name} said in {capital} that the Varnell Slam would go ahead.", [("Varnell Slam", "ORG")], "Varnell Slam"),
    # prizes and cups are named after people: a first name does not make one a person
    ("{name} handed the Anna Vell Cup to the winners in {capital}.", [("Anna Vell Cup", "ORG")], "Anna Vell Cup"),
    ("{name} said in {capital} that the Karen Dorsk Gold Medal went to a chemist.",
     [("Karen Dorsk Gold Medal", "PERSON")], "Karen Dorsk Gold Medal"),
    ("{name} said in {capital} that teams from six states play for the Tarvell Cup.", [("Tarvell Cup", "PERSON")],
     "Tarvell Cup"),
]


@pytest.mark.parametrize("name,capital", _CAMPS)
@pytest.mark.parametrize("template,guesses,surface", _THINGS)
def test_plan_goal_game_or_prize_is_no_actor(nlp, template, guesses, surface, name, capital):
    text = template.format(name=name, capital=capital)
    index = resolve_actors(_tagged(nlp, text, *guesses))
    assert _at(index, text, surface) is None
    assert _at(index, text, name) is not None  # the table actor beside it stays


# guards: a first name before a word that is no prize, and a body whose name goes on past the prize noun
_ACTORS = [
    ("Anna Vell said in {capital} that {name} was wrong.", [("Anna Vell", "PERSON")], "Anna Vell"),
    ("{name} wrote to the Orvane Prize Committee in {capital}.", [("Orvane Prize Committee", "ORG")],
     "Orvane Prize Committee"),
]


@pytest.mark.parametrize("name,capital", _CAMPS)
@pytest.mark.parametrize("template,guesses,surface", _ACTORS)
def test_name_beside_prize_noun_stays(nlp, template, guesses, surface, name, capital):
    text = template.format(name=name, capital=capital)
    index = resolve_actors(_tagged(nlp, text, *guesses))
    assert _at(index, text, surface) is not None


# (template, the tagger's guesses, the capitalised common noun): no actor
_COMMON = [
    ("{name} said in {capital} that Climate talks had failed. The climate is warming.", [("Climate", "ORG")],
     "Climate"),
    ("{name} left {capital}.\n\nMost read in Tech\n\nThe tech firms lobbied him.", [("Tech", "GPE")], "Tech"),
    ("{name} spoke in {capital}.\n\nPropaganda, he said, wins no war. The propaganda went on.",
     [("Propaganda", "ORG")], "Propaganda"),
]


@pytest.mark.parametrize("name,capital", _CAMPS)
@pytest.mark.parametrize("template,guesses,surface", _COMMON)
def test_capitalised_common_noun_is_no_actor(nlp, template, guesses, surface, name, capital):
    text = template.format(name=name, capital=capital)
    index = resolve_actors(_tagged(nlp, text, *guesses))
    assert _at(index, text, surface) is None
    assert _at(index, text, name) is not None


# guards: the same shape where the word is a name
_NAMES = [
    # a capitalised "The" mid-sentence: a paper's title
    ("{name} gave an interview to The Beacon in {capital}. The beacon of the port was dark.", [("Beacon", "ORG")],
     "Beacon"),
    # a longer name the tagger found holds the word
    ("{name} spoke to the Tarnby Ledger in {capital}. The Ledger ran it, and the ledger was closed.",
     [("Tarnby Ledger", "ORG"), ("Ledger", "ORG")], "Ledger"),
    # it speaks
    ("Beacon said {name} had left {capital}. A beacon was lit.", [("Beacon", "ORG")], "Beacon"),
    # a noun for an organisation or a state, capitalised, names the one body
    ("{name} said in {capital} that Parliament would vote. No parliament likes that.", [("Parliament", "ORG")],
     "Parliament"),
    # the lower-case word only as a hashtag
    ("{name} flew from {capital} to Tarnby. Crowds posted #tarnby all day.", [("Tarnby", "GPE")], "Tarnby"),
]


@pytest.mark.parametrize("name,capital", _CAMPS)
@pytest.mark.parametrize("template,guesses,surface", _NAMES)
def test_name_also_written_in_lower_case_stays(nlp, template, guesses, surface, name, capital):
    text = template.format(name=name, capital=capital)
    index = resolve_actors(_tagged(nlp, text, *guesses))
    assert _at(index, text, surface) is not None


# splits: dotted initials of a place named in full, and a site's address beside its name, are one actor
_ONE = [
    ("{name} flew from {capital} to South Varnland on Monday. In S.V. crowds met him.",
     [("South Varnland", "GPE"), ("S.V.", "GPE")], "South Varnland", "S.V."),
    ("{name} left {capital} for Port Tarvell. Few in P.T. cheered.", [("Port Tarvell", "GPE"), ("P.T.", "ORG")],
     "Port Tarvell", "P.T."),
    ("{name} was cited by Varnlight in {capital}. Varnlight.com ran the story first.",
     [("Varnlight", "ORG"), ("Varnlight.com", "ORG")], "Varnlight", "Varnlight.com"),
    ("Kessel.io hosted the clip from {capital}; Kessel.com and Kessel later cut {name}'s words.",
     [("Kessel.io", "ORG"), ("Kessel.com", "ORG"), ("Kessel", "ORG")], "Kessel.io", "Kessel.com"),
]


@pytest.mark.parametrize("name,capital", _CAMPS)
@pytest.mark.parametrize("template,guesses,whole,short", _ONE)
def test_initials_and_web_address_join_the_name(nlp, template, guesses, whole, short, name, capital):
    text = template.format(name=name, capital=capital)
    index = resolve_actors(_tagged(nlp, text, *guesses))
    assert _at(index, text, whole) is not None
    assert _at(index, text, short) is _at(index, text, whole)
    assert _at(index, text, name) is not _at(index, text, whole)
    assert not _at(index, text, whole).name.endswith((".com", ".io"))  # the name, not its address


# guards: initials without dots, and a longer name beside a site's address, stay apart
_APART = [
    ("{name} flew from {capital} to South Varnland. The SV party met him.",
     [("South Varnland", "GPE"), ("SV", "ORG")], "South Varnland", "SV"),
    ("{name} spoke in {capital} to Varnlight Media. Varnlight.com ran the story.",
     [("Varnlight Media", "ORG"), ("Varnlight.com", "ORG")], "Varnlight Media", "Varnlight.com"),
]


@pytest.mark.parametrize("name,capital", _CAMPS)
@pytest.mark.parametrize("template,guesses,whole,short", _APART)
def test_other_shapes_stay_apart(nlp, template, guesses, whole, short, name, capital):
    text = template.format(name=name, capital=capital)
    index = resolve_actors(_tagged(nlp, text, *guesses))
    assert _at(index, text, short) is not None
    assert _at(index, text, short) is not _at(index, text, whole)


@pytest.mark.parametrize("name,capital", _CAMPS)
def test_shouted_common_noun_and_clock_time_are_no_actors(nlp, name, capital):
    text = f"{name} said in {capital} that STEEL prices rose before noon Eastern Standard Time. Steel mills and steel " \
        "were idle."
    index = resolve_actors(_tagged(nlp, text, ("STEEL", "ORG"), ("Eastern Standard Time", "ORG")))
    assert _at(index, text, "STEEL") is None
    assert _at(index, text, "Eastern Standard Time") is None
    assert _at(index, text, name) is not None


@pytest.mark.parametrize("name,capital", _CAMPS)
def test_shouted_acronym_stays(nlp, name, capital):
    text = f"{name} said in {capital} that VARNO would reply. Varno officials and varno fans waited."
    index = resolve_actors(_tagged(nlp, text, ("VARNO", "ORG")))
    assert _at(index, text, "VARNO") is not None  # "Varno" capitalised mid-sentence: a name the article writes


# a title run into a person's name by the tagger's organisation or place guess: the person, without the title
_TITLED = [
    ("Spokeswoman Karen Dorsk said {name} would not come to {capital}.", [("Spokeswoman Karen Dorsk", "ORG")],
     "Karen Dorsk"),
    ("{name} met Tarvell in {capital}. General Tarvell said little.", [("Tarvell", "PERSON"),
                                                                       ("General Tarvell", "GPE")], "Tarvell"),
]


@pytest.mark.parametrize("name,capital", _CAMPS)
@pytest.mark.parametrize("template,guesses,person", _TITLED)
def test_title_run_into_a_name_is_the_person(nlp, template, guesses, person, name, capital):
    text = template.format(name=name, capital=capital)
    index = resolve_actors(_tagged(nlp, text, *guesses))
    actor = _at(index, text, person, text.count(person) - 1)
    assert actor is not None and actor.kind == "person" and actor.name == person
    assert _at(index, text, name) is not actor


@pytest.mark.parametrize("name,capital", _CAMPS)
def test_title_word_opening_a_company_stays_a_company(nlp, name, capital):
    text = f"{name} said in {capital} that General Varnworks would build the plant."
    index = resolve_actors(_tagged(nlp, text, ("General Varnworks", "ORG")))
    actor = _at(index, text, "General Varnworks")
    assert actor is not None and actor.kind == "organization"

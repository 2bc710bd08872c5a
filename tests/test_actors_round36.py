"""Round-36 actor rule, from the judged blame samples' partly right accused and accusers: an election's contender
named by party before the name ("Republican presidential nominee X") was never found again as "the Republican
candidate", since titles.tsv knew no candidate, nominee or front-runner. These are now titles (never alone: a race
has several); a nominee only teaches the role (the phrase alone is often someone still to be chosen); a role that is
the object of "accused ... of" does not run on through the verb's "of". Texts are invented; rules are mirrored across
camps (a Moscow and a Washington politician, each party). Guards hold on the old code too.
"""
from __future__ import annotations

import pytest

from _actor_probes import actor_at as _at, index_of, surfaces
from spinmap.extract.blame import extract_blames
from spinmap.nlp.actors import resolve_actors

# (politician, city, party)
_CAMPS = [("Oleg Varnavin", "Moscow", "Republican"), ("Dwight Harrowgate", "Washington", "Democratic"),
          ("Oleg Varnavin", "Moscow", "Democratic"), ("Dwight Harrowgate", "Washington", "Republican")]


def _person(index, text, full):
    person = _at(index, text, full)
    assert person is not None and person.kind == "person", full
    return person


@pytest.mark.parametrize("full,city,party", _CAMPS)
def test_a_party_candidate_is_found_again_by_the_role(nlp, full, city, party):
    text = (f"{party} presidential candidate {full} held a rally in {city} on Monday. "
            f"Hours later the {party} candidate cancelled two interviews.")
    index = index_of(nlp, text)
    assert f"the {party} candidate" in surfaces(index, text, _person(index, text, full))


@pytest.mark.parametrize("full,city,party", _CAMPS)
def test_a_nominee_title_teaches_the_candidate_role(nlp, full, city, party):
    text = (f"{party} presidential nominee {full} flew to {city} on Sunday. "
            f"Reporters followed the {party} candidate to a factory.")
    index = index_of(nlp, text)
    assert f"the {party} candidate" in surfaces(index, text, _person(index, text, full))


@pytest.mark.parametrize("full,city,party", _CAMPS)
def test_a_front_runner_is_found_again(nlp, full, city, party):
    text = (f"{party} front-runner {full} spoke in {city} on Tuesday. "
            f"The {party} front-runner has won three of the first four contests.")
    index = index_of(nlp, text)
    assert f"The {party} front-runner" in surfaces(index, text, _person(index, text, full))


@pytest.mark.parametrize("full,city,party", _CAMPS)
def test_blame_accuses_the_candidate_by_name(nlp, full, city, party):
    text = (f"{party} presidential nominee {full} campaigned in {city} on Friday. "
            f"Union leaders accused the {party} candidate of fraud in a long statement.")
    doc = nlp(text)
    targets = {b.target.name for b in extract_blames(doc, resolve_actors(doc), [], None)}
    assert full in targets


@pytest.mark.parametrize("full,city,party", _CAMPS)
def test_the_verbs_of_is_no_part_of_the_role(nlp, full, city, party):
    # an older title: the parser may hang "of fraud" on the role noun, but it is what "accused" charges
    text = (f"Foreign Minister {full} returned to {city} on Monday. "
            f"Opposition deputies accused the foreign minister of fraud in the contract.")
    index = index_of(nlp, text)
    assert "the foreign minister" in surfaces(index, text, _person(index, text, full))


# ---------------------------------------------------------------- guards (hold on the old code too)

@pytest.mark.parametrize("full,city,party", _CAMPS)
def test_a_nominee_still_to_be_chosen_is_no_one(nlp, full, city, party):
    text = (f"{party} presidential nominee {full} left {city} on Monday. "
            f"Delegates will choose the {party} nominee for the next race in four years.")
    index = index_of(nlp, text)
    assert f"the {party} nominee" not in surfaces(index, text, _person(index, text, full))


@pytest.mark.parametrize("full,city,party", _CAMPS)
def test_a_role_modifying_a_thing_is_no_mention(nlp, full, city, party):
    text = (f"{party} presidential candidate {full} toured {city} on Monday. "
            f"Two rivals are vying for the {party} front-runner mantle this spring.")
    index = index_of(nlp, text)
    assert not any("front-runner" in s for s in surfaces(index, text, _person(index, text, full)))


@pytest.mark.parametrize("place", ["Varnhold Hills Lodge", "Tarbury Oaks Club"])
def test_a_place_before_the_candidate_is_no_person(nlp, place):
    text = f"During a visit to the resort, now called {place}, the candidate boasted of his bargaining skills."
    index = index_of(nlp, text)
    actor = _at(index, text, place)
    assert actor is None or actor.kind != "person"


@pytest.mark.parametrize("full,city,party", _CAMPS)
def test_a_bare_candidate_names_no_one(nlp, full, city, party):
    text = (f"{party} presidential candidate {full} spoke in {city} on Monday. "
            f"Every candidate must file a report, and the candidate who wins gets the funds.")
    index = index_of(nlp, text)
    assert not any("candidate" in s for s in surfaces(index, text, _person(index, text, full)))


@pytest.mark.parametrize("ruler,city", [("Oleg Varnavin", "Moscow"), ("Dwight Harrowgate", "Washington")])
def test_a_role_before_another_role_is_still_a_mention(nlp, ruler, city):
    text = f"President {ruler} spoke in {city} on Monday. There is no proof the despot leader ever had surgery."
    index = index_of(nlp, text)
    assert any(s.startswith("the despot") for s in surfaces(index, text, _person(index, text, ruler)))

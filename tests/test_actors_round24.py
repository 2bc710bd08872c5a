"""Round-24 actor rules, from a hand-labelled sample of PolNeAR and SemEval-2025 train articles (seed 2323): a name
the tagger guessed that the article writes, even once, as a pipeline, a programme or a deal ("the Varo Sound gas
pipelines", "the Orvane Minors program", "the Tarnby Green Deal") is a thing people build, fund or sign, no actor,
in all its mentions; unless the article has it speak, uses it as a place, or it is a place guess before a programme.
Texts are invented; rules are mirrored across camps (Lavrov/Blinken, Moscow/Washington). Guards hold on the old code.
"""
from __future__ import annotations

import pytest

from _actor_probes import actor_at as _at, tagged as _tagged
from spinmap.nlp.actors import resolve_actors

_CAMPS = [("Lavrov", "Moscow"), ("Blinken", "Washington")]

# (template, the tagger's guesses, the guess's surface): no actor in any mention
_WORKS = [
    ("{name} blamed {capital}'s rivals for the blasts on the Varo Sound gas pipelines. Varo Sound was shut in June.",
     [("Varo Sound", "ORG"), ("Varo Sound", "ORG")], "Varo Sound"),
    ("{name} said in {capital} that the Varo Sound pipeline would stay closed.", [("Varo Sound", "GPE")], "Varo Sound"),
    ("{name} said in {capital} that the Kessel Pipeline would stay closed.", [("Kessel Pipeline", "FAC")],
     "Kessel Pipeline"),
    ("{name} said in {capital} that the Orvane Minors program will take more children.",
     [("Orvane Minors", "ORG")], "Orvane Minors"),
    ("{name} mocked the Tarnby Green Deal on a visit to {capital}.", [("Tarnby Green Deal", "ORG")],
     "Tarnby Green Deal"),
    ("{name} said in {capital} that the Kessel Pact was dead.", [("Kessel Pact", "ORG")], "Kessel Pact"),
]


@pytest.mark.parametrize("name,capital", _CAMPS)
@pytest.mark.parametrize("template,guesses,surface", _WORKS)
def test_named_as_a_work_is_no_actor(nlp, template, guesses, surface, name, capital):
    text = template.format(name=name, capital=capital)
    index = resolve_actors(_tagged(nlp, text, *guesses))
    for nth in range(text.count(surface)):
        assert _at(index, text, surface, nth) is None
    assert _at(index, text, name) is not None  # the table actor beside it stays


# guards: the same nouns beside names that are actors
_ACTORS = [
    # it speaks: a company that owns the pipeline
    ("Velmar Gas said the Velmar Gas pipeline would reopen, {name} told reporters in {capital}.",
     [("Velmar Gas", "ORG"), ("Velmar Gas", "ORG")], "Velmar Gas"),
    # companies make deals: "deal" only as a name's own last word
    ("{name} said in {capital} that the Varnell deal was off.", [("Varnell", "ORG")], "Varnell"),
    # a place runs programmes
    ("{name} said in {capital} that the Tarnby program had failed.", [("Tarnby", "GPE")], "Tarnby"),
    # "programme" ends the names of bodies
    ("{name} met the Orvane Food Programme in {capital}.", [("Orvane Food Programme", "ORG")],
     "Orvane Food Programme"),
    # used as a place elsewhere
    ("{name} said in {capital} that ships in the Varo Sound were safe. The Varo Sound pipelines were hit.",
     [("Varo Sound", "LOC"), ("Varo Sound", "LOC")], "Varo Sound"),
]


@pytest.mark.parametrize("name,capital", _CAMPS)
@pytest.mark.parametrize("template,guesses,surface", _ACTORS)
def test_actor_beside_work_noun_stays(nlp, template, guesses, surface, name, capital):
    text = template.format(name=name, capital=capital)
    index = resolve_actors(_tagged(nlp, text, *guesses))
    assert _at(index, text, surface) is not None

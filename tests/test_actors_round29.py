"""Round-29 actor rules, from a hand-labelled sample of PolNeAR and SemEval-2025 train articles (seed 2525): a short
organisation or person guess the article writes where a place goes ("in Tarrow", "the Tarrow region", "Tarrow-based")
in at least a third of its mentions, and never as one who acts (a subject, an owner, "by Tarrow"), is a place.
Guards: a guess that acts, a one-word body after "the" ("in the Assembly") and a publication ("wrote in ...") keep
their kind. Texts are invented; rules are mirrored across camps (Moscow/Washington, Lavrov/Blinken).
"""
from __future__ import annotations

import pytest

from _actor_probes import actor_at as _at, tagged as _tagged
from spinmap.nlp.actors import resolve_actors

_CAMPS = [("Lavrov", "Moscow"), ("Blinken", "Washington")]


@pytest.mark.parametrize("name,capital", _CAMPS)
@pytest.mark.parametrize("label", ["ORG", "PERSON"])
def test_town_written_after_in_is_a_place(nlp, name, capital, label):
    text = (f"{name} flew home to {capital} on Friday. Two days earlier, in Quarnley, a flooded bridge had cut off the "
            "farms. Volunteers in Quarnley handed out bread and blankets until the water went down. The storm left "
            "Quarnley without power for a week.")
    index = resolve_actors(_tagged(nlp, text, *[("Quarnley", label)] * 3))
    town = _at(index, text, "Quarnley")
    assert town is not None and town.kind == "other"
    assert _at(index, text, "Quarnley", 1) is town and _at(index, text, "Quarnley", 2) is town


@pytest.mark.parametrize("name,capital", _CAMPS)
def test_region_noun_and_based_make_a_place(nlp, name, capital):
    text = (f"{name} spoke in {capital} about the harvest. Rain fell for weeks across the Pellworth region, and a "
            "Pellworth-based charity sent boats to the stranded villages.")
    index = resolve_actors(_tagged(nlp, text, *[("Pellworth", "ORG")] * 2))
    assert {a.kind for a in index.actors if a.name == "Pellworth"} == {"other"}


@pytest.mark.parametrize("name,capital", _CAMPS)
def test_a_guess_that_acts_keeps_its_kind(nlp, name, capital):
    text = (f"{name} arrived in {capital} late. The plant in Quarnley closed in May, and Quarnley hired two hundred "
            "welders for its other yard.")
    index = resolve_actors(_tagged(nlp, text, *[("Quarnley", "ORG")] * 2))
    assert {a.kind for a in index.actors if a.name == "Quarnley"} == {"organization"}


@pytest.mark.parametrize("name,capital", _CAMPS)
def test_one_word_body_after_the_and_a_publication_keep_their_kind(nlp, name, capital):
    text = (f"{name} left {capital} for the coast. The bill stalled in the Dovecourt for a year, and an essay "
            "published in Marlow Quarterly called it dead.")
    index = resolve_actors(_tagged(nlp, text, ("Dovecourt", "ORG"), ("Marlow Quarterly", "ORG")))
    assert {a.kind for a in index.actors if a.name in ("Dovecourt", "Marlow Quarterly")} == {"organization"}
    assert {a.name for a in index.actors} >= {"Dovecourt", "Marlow Quarterly"}

"""Attribution round 16: constructions the second stage refused because the rules built the wrong content,
pinned by invented sentences; and the second stage's new syntax features.

Each rule test builds the attribution of one cue word through the parse rules (``_attribution_for``), so it
checks the construction the rules build, whatever the learned second stage later keeps. Blame-neutral
constructions are mirrored: the same sentence with names from both camps must give the same structure.
"""
from __future__ import annotations

import pytest

from test_attribution_round13 import _built


@pytest.mark.parametrize("who", ["Moscow", "Washington", "Baku", "Yerevan"])
def test_scene_clause_is_not_the_stance(nlp, who):
    """"While X, they were unhappy with Y": the fronted while-clause sets the scene; the stance is about Y
    (old rules: the while-clause, which outranked the complement)."""
    text = f"While the council praised the budget, {who} was unhappy with the pension cuts."
    cue, content, source = _built(nlp, text, "was")
    assert (cue, content, source) == ("was unhappy with", "the pension cuts", who)


def test_concessive_clause_is_not_the_stance(nlp):
    cue, content, _ = _built(nlp, "Although the plan is costly, farmers are wary of the new levy.", "are")
    assert (cue, content) == ("are wary of", "the new levy")


def test_time_clause_after_the_cue_is_not_the_content(nlp):
    """"spoke warmly of Y before X": the before-clause is when, Y what was spoken of (old rules: the clause)."""
    cue, content, _ = _built(nlp, "Ana spoke warmly of the new coach before the match began.", "spoke")
    assert (cue, content) == ("spoke warmly of", "the new coach")


def test_scene_clause_stays_when_nothing_else_is_there(nlp):
    """With no complement, object or preposition the clause is still the last resort (unchanged)."""
    assert _built(nlp, "The mayor left early because the talks had stalled.", "left")[1] == "because the talks had stalled"


def test_a_complement_clause_still_wins(nlp):
    """A that-clause is not a scene clause: "insisted that X, although Y" keeps X."""
    _, content, _ = _built(nlp, "The pilot insisted that the runway was clear, although the tower disagreed.", "insisted")
    assert content.startswith("that the runway was clear")


@pytest.mark.parametrize("who", ["Lavrov", "Blinken", "Aliyev", "Pashinyan"])
def test_take_object_preposition_idiom(nlp, who):
    """"X took issue with Y": the preposition hangs on the verb after its object; Y is what the stance is
    about, "took issue with" the cue (old rules: "issue" as the content)."""
    cue, content, source = _built(nlp, f"{who} took issue with the new border tariffs.", "took")
    assert (cue, content, source) == ("took issue with", "the new border tariffs", who)


def test_take_aim_at(nlp):
    cue, content, _ = _built(nlp, "The senator took aim at the new tariff on steel.", "took")
    assert (cue, content) == ("took aim at", "the new tariff on steel")


def test_take_with_another_preposition_is_unchanged(nlp):
    """Only at/with/for: "took the train to Boston" keeps its object."""
    assert _built(nlp, "She took the train to Boston.", "took")[1] == "the train to Boston"

"""Attribution round 18: span edges of found attributions, pinned by invented sentences.

Each test builds the attribution of one cue word through the parse rules (``_attribution_for``), so it checks
the construction the rules build, whatever the learned second stage later keeps. Constructions with a name
are mirrored: the same sentence with names from both camps must give the same structure.
"""
from __future__ import annotations

import pytest

from test_attribution_round13 import _built

CAMPS = ["Moscow", "Washington", "Baku", "Yerevan"]


@pytest.mark.parametrize("who", CAMPS)
def test_relative_pronoun_filling_the_contents_gap_starts_it(nlp, who):
    """"a pier, which X said would cost too much": the pronoun is the subject of what was said, so the content
    runs from it over source and cue (old rules: only "would cost too much")."""
    text = f"The ferry company ordered a new pier, which {who} said would cost too much."
    assert _built(nlp, text, "said") == ("said", f"which {who} said would cost too much", who)


@pytest.mark.parametrize("who", CAMPS)
def test_that_relative_filling_the_contents_gap_starts_it(nlp, who):
    text = f"The council passed new fishing rules that {who} says will hurt the northern ports."
    assert _built(nlp, text, "says") == ("says", f"that {who} says will hurt the northern ports", who)


@pytest.mark.parametrize("who", CAMPS)
def test_zero_relative_starts_at_its_head_noun(nlp, who):
    """"the fees X said were too high": no pronoun, the head noun fills the gap (old rules: the clause after
    the cue only)."""
    text = f"The tanker paid the fees {who} said were far too high."
    assert _built(nlp, text, "said") == ("said", f"the fees {who} said were far too high", who)


@pytest.mark.parametrize("text,word,content,source", [
    ("The mayor thanked the volunteers, who said the flood had ruined their gardens.", "said",
     "the flood had ruined their gardens", "who"),
    ("The ferry stopped at the harbour, where the pilots say the channel is too shallow.", "say",
     "the channel is too shallow", "the pilots"),
])
def test_relative_clause_whose_pronoun_fills_no_gap_is_unchanged(nlp, text, word, content, source):
    """The speaker as pronoun ("who said X") or an adverbial "where": the content stays after the cue."""
    assert _built(nlp, text, word)[1:] == (content, source)


@pytest.mark.parametrize("who", CAMPS)
def test_look_with_an_infinitive_has_its_subject_as_source(nlp, who):
    """"X is looking to sell Y" says what X is after: X is the source (old rules: raising, the whole clause
    the content and no source)."""
    assert _built(nlp, f"{who} is looking to sell the old grain terminal.", "looking") == \
        ("is looking", "to sell the old grain terminal", who)


@pytest.mark.parametrize("who", CAMPS)
def test_look_to_someone_has_its_subject_as_source(nlp, who):
    cue, content, source = _built(nlp, f"{who} looks to the harbour fund for the repairs.", "looks")
    assert (content, source) == ("the harbour fund for the repairs", who)


@pytest.mark.parametrize("text", ["The old pier looks shaky after the winter storms.", "The old pier looks like a wreck."])
def test_look_as_appearance_still_raises(nlp, text):
    """"X looks shaky", "X looks like Y": raising as before, the whole clause the content and no source."""
    assert _built(nlp, text, "looks")[1:] == (text.rstrip("."), None)


@pytest.mark.parametrize("who", CAMPS)
def test_raised_clause_starts_at_its_subject(nlp, who):
    """"In the spring, X appeared to Y": the fronted phrase stays out of the raised content (old rules: the
    clause from its first word)."""
    text = f"In the spring, {who} appeared to soften its stance on the canal tolls."
    assert _built(nlp, text, "appeared") == ("appeared", f"{who} appeared to soften its stance on the canal tolls", None)


def test_raised_clause_drops_a_leading_conjunction(nlp):
    text = "But the harbour board is expected to raise the mooring fees in May."
    assert _built(nlp, text, "expected")[1] == "the harbour board is expected to raise the mooring fees in May"

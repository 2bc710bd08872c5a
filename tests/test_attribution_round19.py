"""Attribution round 19: cue and source edges of found attributions, pinned by invented sentences.

Constructions with a name are mirrored: the same sentence with names from both camps must give the same
structure.
"""
from __future__ import annotations

import pytest

from spinmap.extract import attribution as attr
from test_attribution_round13 import _built

CAMPS = ["Moscow", "Washington", "Baku", "Yerevan"]
LEADERS = ["Lavrov", "Blinken", "Aliyev", "Pashinyan"]


def _catenated(nlp, text, word, content):
    """Cue text after ``_catenative_cue`` for the cue head ``word`` (cue: the head and its auxiliaries)
    whose content is the given phrase, as the content-edge model leaves it."""
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    start = min([tok.i] + [c.i for c in tok.children if c.dep_ in ("aux", "neg") and c.i < tok.i])
    cue = (doc[start].idx, tok.idx + len(tok))
    lo = text.index(content)
    found = attr.Found("indirect", cue, (lo, lo + len(content)), None, 0.9)
    out = attr._catenative_cue(doc, tok, found)
    return text[out.cue[0]:out.cue[1]]


@pytest.mark.parametrize("who", CAMPS)
def test_to_infinitive_before_the_content_joins_the_cue(nlp, who):
    """"X tends to exaggerate Y" with Y the content: PolNeAR's cue is "tends to exaggerate" (old: "tends")."""
    text = f"{who} tends to exaggerate the size of the harbour fleet."
    assert _catenated(nlp, text, "tends", "the size of the harbour fleet") == "tends to exaggerate"


@pytest.mark.parametrize("who", CAMPS)
def test_to_infinitive_and_its_particle_join_the_cue(nlp, who):
    text = f"{who} continues to play down the damage to the old pier."
    assert _catenated(nlp, text, "continues", "the damage to the old pier") == "continues to play down"


@pytest.mark.parametrize("who", CAMPS)
def test_to_infinitive_and_a_preposition_next_to_the_content_join_the_cue(nlp, who):
    text = f"{who} has declined to comment on the new canal tolls."
    assert _catenated(nlp, text, "declined", "the new canal tolls") == "has declined to comment on"


@pytest.mark.parametrize("text,word,content", [
    ("The ferry board refused to lower the winter fares.", "refused", "to lower the winter fares"),
    ("The pilots said to the board that the channel was unsafe.", "said", "the channel was unsafe"),
])
def test_content_at_the_infinitive_or_a_plain_preposition_leaves_the_cue(nlp, text, word, content):
    """The content starting at "to" keeps the infinitive; "said to the board" has no infinitive at all."""
    assert _catenated(nlp, text, word, content) == word


@pytest.mark.parametrize("who", CAMPS)
def test_noun_phrase_after_a_quote_and_subjectless_verb_is_the_speaker(nlp, who):
    """"“…,” added one farmer near X": the parser files the phrase away from the verb's subject; it is still
    who spoke (old rules: no source)."""
    text = f"“The water is rising every year,” added one farmer near {who}."
    assert _built(nlp, text, "added")[2] == f"one farmer near {who}"


@pytest.mark.parametrize("who", CAMPS)
def test_noun_phrase_after_a_quoted_command_is_the_speaker(nlp, who):
    text = f"“Ask the pilots what they think of the new locks,” added a dockworker in {who}."
    assert _built(nlp, text, "added")[2] == "a dockworker"


@pytest.mark.parametrize("who", LEADERS)
def test_name_after_a_quote_is_the_speaker(nlp, who):
    text = f"“We have lost two seasons already,” said {who}, half smiling."
    assert _built(nlp, text, "said")[2].rstrip(",") == who


@pytest.mark.parametrize("who", CAMPS)
def test_quote_then_a_subject_keeps_that_subject(nlp, who):
    """A speech verb with its own subject after the quote ("“…,” the pilots said") keeps it as the speaker."""
    text = f"“The channel is too shallow,” the pilots in {who} said on Monday."
    assert _built(nlp, text, "said")[2] == f"the pilots in {who}"

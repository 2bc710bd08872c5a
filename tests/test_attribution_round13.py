"""Attribution round 13: rules for stances and message nouns, each pinned by invented sentences.

Each test builds the attribution of one cue word through the parse rules (``_attribution_for``), so it checks the
construction the rules build, whatever the learned second stage later keeps.
"""
from __future__ import annotations

import pytest

from spinmap.extract import attribution as attr


def _built(nlp, text, word):
    """(cue, content, source) texts of the attribution the rules build for the first token ``word``."""
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    text_, regions = attr._text_and_regions(doc)
    found = attr._attribution_for(tok, text_, regions, 0.9)
    assert found is not None, text
    span = lambda s: None if s is None else text_[s[0]:s[1]]  # noqa: E731
    return span(found.cue), span(found.content), span(found.source)


@pytest.mark.parametrize(
    "text,word,cue,content",
    [("The orchard growers are hungry for rain.", "are", "are hungry for", "rain"),
     ("Mayor Tolvan has been a fierce critic of the harbour tunnel.", "been", "has been a fierce critic of",
      "the harbour tunnel"),
     ("The dockworkers were deeply skeptical of the new contract.", "were", "were deeply skeptical of",
      "the new contract"),
     ("The pensioners were furious about the fare rise.", "were", "were furious about", "the fare rise")],
)
def test_light_verb_stance_is_about_the_prepositions_object(nlp, text, word, cue, content):
    """A light verb with a complement and a preposition ("be hungry for X", "be a critic of X"): the cue runs
    to the preposition, the content is its object (PolNeAR's convention about 255 times in 330)."""
    got_cue, got_content, _ = _built(nlp, text, word)
    assert (got_cue, got_content) == (cue, content)


def test_comparison_is_no_stance_topic(nlp):
    """"taller than X" compares; the preposition's object is not what a stance is about."""
    doc = nlp("The new tower is taller than the old lighthouse.")
    tok = next(t for t in doc if t.text == "is")
    assert attr._stance_prep(tok, attr._content_child(tok)) is None


@pytest.mark.parametrize(
    "text,noun,content,source",
    [("The minister repeated his claim in a radio interview that the ballots were forged.", "claim",
      "that the ballots were forged", "his"),
     ("Officials brushed aside complaints from the Velmar union that the shifts were too long.", "complaints",
      "that the shifts were too long", "the Velmar union"),
     ("Investors shrugged off a warning from Ana Ortiz that the bubble would burst.", "warning",
      "that the bubble would burst", "Ana Ortiz")],
)
def test_message_noun_keeps_its_that_clause_past_its_modifiers(nlp, text, noun, content, source):
    """A message noun's that-clause set off by the noun's own phrase ("his claim in an interview that X",
    "complaints from X that Y") is the content; "from X" names who made it."""
    _, got_content, got_source = _built(nlp, text, noun)
    assert (got_content, got_source) == (content, source)


def test_relative_clause_after_a_message_noun_is_no_content(nlp):
    """"the claim in the report that angered voters": a relative "that" (the clause's subject) opens no content."""
    doc = nlp("Editors retracted the claim in the weekly report that angered many readers.")
    tok = next(t for t in doc if t.text == "claim")
    assert attr._far_that_clause(tok) is None


@pytest.mark.parametrize(
    "text,word,content,source",
    [("Voters turned against the tax plan she once backed.", "backed", "the tax plan", "she"),
     ("The chef now regrets everything he published.", "published", "everything", "he")],
)
def test_object_relative_takes_the_modified_noun(nlp, text, word, content, source):
    """A verb in a relative clause with a subject and no object ("the plan she backed"): its object is the
    noun the clause modifies, which is the content."""
    _, got_content, got_source = _built(nlp, text, word)
    assert (got_content, got_source) == (content, source)


def test_subject_relative_builds_no_gapped_object(nlp):
    """"the plan that worried farmers": the relative word is the subject, so the noun is no gapped object."""
    doc = nlp("Voters turned against the tax plan that worried farmers.")
    tok = next(t for t in doc if t.text == "worried")
    assert not attr._object_relative(tok, attr._subject(tok), attr._content_child(tok))

"""Attribution round 14: content edges of found attributions, pinned by invented sentences.

Each rule test builds the attribution of one cue word through the parse rules (``_attribution_for``), so it
checks the construction the rules build, whatever the learned second stage later keeps.
"""
from __future__ import annotations

import pytest

from spinmap.extract import attribution as attr
from test_attribution_round13 import _built


@pytest.mark.parametrize(
    "text,word,content",
    [("The ferry operator cut the night crossings, which the harbour master described as reckless.", "described",
      "which the harbour master described as reckless"),
     ("Residents mocked what the planning office called a modest levy.", "called",
      "what the planning office called a modest levy"),
     ("The mayor praised the volunteers, whom she described as the backbone of the town.", "described",
      "whom she described as the backbone of the town")],
)
def test_relative_object_takes_the_predicate_after_the_cue(nlp, text, word, content):
    """"which X described as Y", "what X called Y": the pronoun alone says nothing; PolNeAR marks it and the
    predicate as one content (outer extent over cue and source). The old rules gave the pronoun only."""
    _, got_content, _ = _built(nlp, text, word)
    assert got_content == content


@pytest.mark.parametrize(
    "text,word,content",
    [("The bakery chain has been criticized for paying its drivers late.", "criticized",
      "The bakery chain has been criticized for paying its drivers late"),
     ("The old quarry was described as a danger to hikers.", "described",
      "The old quarry was described as a danger to hikers"),
     ("Tomas Reyne was condemned by the teachers for closing the library.", "condemned",
      "Tomas Reyne was condemned by the teachers for closing the library")],
)
def test_passive_subject_takes_its_predicate(nlp, text, word, content):
    """"X was criticized for Y", "X was described as Y": the subject and the predicate after the cue are one
    content (the agent, if any, sits inside its outer extent)."""
    _, got_content, _ = _built(nlp, text, word)
    assert got_content == content


@pytest.mark.parametrize(
    "wrapped,plain",
    [(("The grain tax was dismissed as a stunt by the farmers.", "dismissed",
       "The grain tax was dismissed as a stunt by the farmers"),
      ("The grain report was praised by the farmers in May.", "praised", "The grain report")),
     (("The night ferry was criticized for its rusty rails.", "criticized",
       "The night ferry was criticized for its rusty rails"),
      ("The ferry was inspected on Tuesday.", "inspected", "The ferry"))],
)
def test_passive_predicate_wrapped_but_not_an_agent_or_adverbial(nlp, wrapped, plain):
    """Only a predicate ("as Y", "for Y") completes a passive subject; an agent ("by
    the farmers") or an adverbial ("in May", "on Tuesday") alone leaves the subject as the content."""
    for text, word, content in (wrapped, plain):
        _, got_content, _ = _built(nlp, text, word)
        assert got_content == content, text


def test_wrapped_complement_needs_pronoun_or_passive_subject(nlp):
    """An ordinary subject before the cue ("The engineers called it a failure") is the source, never wrapped."""
    doc = nlp("The engineers called the bridge a failure.")
    verb = next(t for t in doc if t.text == "called")
    subj = next(t for t in verb.children if t.dep_ == "nsubj")
    assert attr._wrapped_complement(verb, subj) is None


def test_boundary_features_see_a_comma_clause_and_another_speech_verb(nlp):
    """The content-edge ranker reads what follows a comma after an end (", which …") and whether moving an
    edge crosses another speech verb ("X and said that Y"): both new in round 14."""
    doc = nlp("The director said the budget was tight, which worried the staff, and said that hiring would stop.")
    tok = next(t for t in doc if t.text == "said")
    text_, regions = attr._text_and_regions(doc)
    found = attr._attribution_for(tok, text_, regions, 0.9)
    feats = {f for _, _, fs in attr.boundary_candidates(doc, tok, found, regions) or () for f in fs}
    assert any(f.startswith("end:next2=") for f in feats)
    assert any(f.startswith("end:speech_between=") for f in feats)

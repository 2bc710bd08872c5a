"""Attribution round 15: gold attributions the rules built no usable content for, pinned by invented sentences.

Each rule test builds the attribution of one cue word through the parse rules (``_attribution_for``), so it
checks the construction the rules build, whatever the learned second stage later keeps. Blame-neutral
constructions are mirrored: the same sentence with names from both camps must give the same structure.
"""
from __future__ import annotations

import pytest

from test_attribution_round13 import _built


@pytest.mark.parametrize("speaker", ["Lavrov", "Blinken", "The envoy"])
def test_quote_after_the_addressee_is_the_content(nlp, speaker):
    """"X defended the truce, telling reporters: “Q”": the addressee is who heard it, the quotation what was
    said. The old rules gave the addressee ("reporters") as the content."""
    text = f"{speaker} defended the truce, telling reporters: “Nobody wants another winter of shelling.”"
    cue, content, source = _built(nlp, text, "telling")
    assert (cue, content, source) == ("telling", "“Nobody wants another winter of shelling.”", speaker)


def test_quote_after_the_addressee_with_a_comma(nlp):
    cue, content, _ = _built(nlp, "The minister praised the rescue crews, telling the crowd, “You kept this valley alive.”",
                             "telling")
    assert content == "“You kept this valley alive.”"


def test_quote_after_the_cue_outranks_a_fronted_clause(nlp):
    """"Asked whether X, the engineer said: “Q”": the parser may take the fronted participle as the cue's
    content; the quotation right after the cue is what was said (old rules: the fronted clause)."""
    _, content, source = _built(nlp, 'Asked whether the tunnel would open, the engineer said: "Not before spring."', "said")
    assert (content, source) == ('"Not before spring."', "the engineer")


@pytest.mark.parametrize(
    "text,word,content",
    [("“The bridge is safe,” the engineer said, “and it will reopen soon.”", "said",
      "“The bridge is safe,” the engineer said, “and it will reopen soon.”"),
     ("The mayor told reporters the bridge would reopen.", "told", "the bridge would reopen")],
)
def test_quote_after_leaves_split_quotes_and_clauses_alone(nlp, text, word, content):
    """A quotation both before and after the speaker stays one content; a clause after the addressee stays."""
    assert _built(nlp, text, word)[1] == content


@pytest.mark.parametrize("proposer,rejecter", [("Washington", "Moscow"), ("Moscow", "Washington"),
                                               ("Yerevan", "Baku"), ("Baku", "Yerevan")])
def test_reduced_passive_relative_takes_the_noun(nlp, proposer, rejecter):
    """"a ceasefire plan proposed by X": the plan is what X proposed, X the source (old rules: nothing built)."""
    cue, content, source = _built(nlp, f"{rejecter} rejected a ceasefire plan proposed by {proposer}.", "proposed")
    assert (cue, content, source) == ("proposed", "a ceasefire plan", proposer)


def test_reduced_passive_relative_without_an_agent(nlp):
    cue, content, source = _built(nlp, "Farmers welcomed a subsidy plan announced on Monday.", "announced")
    assert (content, source) == ("a subsidy plan", None)


@pytest.mark.parametrize("who", ["Lavrov", "Blinken"])
def test_passive_addressee_verb_takes_its_topic(nlp, who):
    """"X was asked about Y": X is who was asked, Y what the question was about (old rules: X as the content)."""
    cue, content, source = _built(nlp, f"{who} was asked about the grain corridor.", "asked")
    assert (cue, content, source) == ("was asked about", "the grain corridor", None)


def test_passive_of_a_plain_verb_keeps_its_subject(nlp):
    """Only verbs whose object is the addressee (tell, ask, …): "The ferry was inspected on Tuesday" is unchanged."""
    assert _built(nlp, "The ferry was inspected on Tuesday.", "inspected")[1] == "The ferry"

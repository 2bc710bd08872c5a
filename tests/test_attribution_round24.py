"""Attribution round 24: content spans of found attributions, rules after the learned rankers, pinned by
invented sentences.

Every sentence is mirrored over four places: the same construction must give the same structure.
"""
from __future__ import annotations

import pytest

from spinmap.extract import attribution as attr

CAMPS = ["Moscow", "Washington", "Baku", "Yerevan"]


def _by_cue(nlp, text):
    """{cue text: (source text, content text)} of the attributions ``find_attributions`` keeps."""
    span = lambda s: None if s is None else text[s[0]:s[1]]  # noqa: E731
    return {span(f.cue): (span(f.source), span(f.content)) for f in attr.find_attributions(nlp(text), orphans=False)}


# --- an agentless passive with no speaker: the content starts at its subject (old: after the cue)

PASSIVES = [
    ("{who} was declared best bidder for the ferry contract.", "was declared",
     "{who} was declared best bidder for the ferry contract"),
    ("The old pier of {who} was officially named the Fisherman's Gate last spring.", "was officially named",
     "The old pier of {who} was officially named the Fisherman's Gate"),
    ("Port workers in {who} were required to file their cargo permits twice a year.", "were required",
     "Port workers in {who} were required to file their cargo permits twice a year"),
    ("The ferries now stop at a quay known as the Salt Steps of {who}.", "known as",
     "a quay known as the Salt Steps of {who}"),
    ("Tourists crowd the row of cafes known as the Glass Mile of {who}.", "known as",
     "the row of cafes known as the Glass Mile of {who}"),
]


@pytest.mark.parametrize("who", CAMPS)
@pytest.mark.parametrize("text,cue,content", PASSIVES)
def test_agentless_passive_content_starts_at_its_subject(nlp, who, text, cue, content):
    found = _by_cue(nlp, text.format(who=who))
    assert found[cue] == (None, content.format(who=who))


UNCHANGED_PASSIVES = [
    ("The harbour master of {who} was asked to explain the new tolls.", "was asked", "to explain the new tolls"),
    ("The harbour master of {who} was told that the tolls would rise.", "was told", "that the tolls would rise"),
    ("It was soon forgotten that {who} had once paid for the pier.", "was soon forgotten",
     "that {who} had once paid for the pier"),
]


@pytest.mark.parametrize("who", CAMPS)
@pytest.mark.parametrize("text,cue,content", UNCHANGED_PASSIVES)
def test_addressed_or_expletive_passive_content_stays_after_the_cue(nlp, who, text, cue, content):
    """The one asked or told is no part of what was asked; an expletive "it" is no part of anything."""
    found = _by_cue(nlp, text.format(who=who))
    assert found[cue] == (None, content.format(who=who))


# --- a speech tag between commas, then a quotation that goes on with the sentence

@pytest.mark.parametrize("who", CAMPS)
@pytest.mark.parametrize("text,cue", [
    ("If the tolls rise, the harbour master of {who} said, “the fishermen will simply leave.”", "said"),
    ("Unless the pier is repaired, the mayor of {who} warned, “the ferries will stop by winter.”", "warned"),
])
def test_tag_inside_a_quoted_sentence_takes_the_whole_sentence(nlp, who, text, cue):
    """Old: the quotation alone."""
    text = text.format(who=who)
    source, content = _by_cue(nlp, text)[cue]
    assert content == text.rstrip(".")
    assert source.endswith(who)


@pytest.mark.parametrize("who", CAMPS)
@pytest.mark.parametrize("text,cue,content", [
    ("Still, the harbour master of {who} said, “we can wait a little longer.”", "said",
     "“we can wait a little longer.”"),
    ("After the vote, the harbour master of {who} said, “The fishermen will simply leave.”", "said",
     "“The fishermen will simply leave.”"),
])
def test_quotation_after_a_connective_or_a_capital_stays_alone(nlp, who, text, cue, content):
    """A bare connective before the tag, or a quotation that starts its own sentence: the quotation only."""
    assert _by_cue(nlp, text.format(who=who))[cue][1] == content


def test_tag_inside_quote_leaves_a_front_holding_another_cue(nlp):
    """Words before the tag that hold another attribution's cue: the content does not reach over them."""
    text = "The pilots complained, the harbour master of Baku said, “the tolls are too high.”"
    doc = nlp(text)
    said = text.index("said")
    src = text.index("the harbour")
    quote = text.index("“")
    found = attr.Found("direct", (said, said + 4), (quote, len(text)), (src, said - 1), 0.9)
    other = attr.Found("indirect", (text.index("complained"), text.index("complained") + 10), (0, 10), (0, 10), 0.9)
    regions = attr._text_and_regions(doc)[1]
    assert attr._tag_inside_quote(doc, found, regions, [found]).content == (0, len(text))
    assert attr._tag_inside_quote(doc, found, regions, [found, other]).content == (quote, len(text))


# --- "according to X, SUBJECT verb": the parser hangs the subject on the source

@pytest.mark.parametrize("who", CAMPS)
@pytest.mark.parametrize("text,source,content", [
    ("According to the port survey of {who}, ferry pilots, who work long hours, want longer shifts.",
     "the port survey of {who}", "ferry pilots, who work long hours, want longer shifts"),
    ("According to a harbour survey in {who}, dock workers, tired of the night shifts, want a shorter week.",
     "a harbour survey in {who}", "dock workers, tired of the night shifts, want a shorter week"),
])
def test_according_to_source_stops_before_the_content_subject(nlp, who, text, source, content):
    """Old (with some of the names): the source ran on over the subject and the content started at the verb."""
    assert _by_cue(nlp, text.format(who=who))["According to"] == (source.format(who=who), content)

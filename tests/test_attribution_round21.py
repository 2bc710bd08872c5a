"""Attribution round 21: a cue coordinated inside another attribution's content, pinned by invented sentences.

"X said that A and accused B of C": the parser hangs "accused" on A's verb, so the first content ran on over the
second cue and the second cue took A's subject as its speaker. Every sentence is mirrored over four places (and
four speakers): the same construction must give the same structure.
"""
from __future__ import annotations

import pytest

from spinmap.extract import attribution as attr

CAMPS = ["Moscow", "Washington", "Baku", "Yerevan"]
SPEAKERS = ["Lavrov", "Blinken", "Aliyev", "Pashinyan"]


def _by_cue(nlp, text):
    """{cue text: (source text, content text)} of the attributions ``find_attributions`` keeps."""
    span = lambda s: None if s is None else text[s[0]:s[1]]  # noqa: E731
    return {span(f.cue): (span(f.source), span(f.content)) for f in attr.find_attributions(nlp(text), orphans=False)}


@pytest.mark.parametrize("who", CAMPS)
def test_said_and_accused_are_two_attributions_of_one_speaker(nlp, who):
    """Old: "said" ran on through "and accused …", and "accused" was spoken by "the ferry fares"."""
    found = _by_cue(nlp, f"The mayor of {who} said that the ferry fares would rise next spring and accused the "
                         "harbour board of hiding the costs.")
    assert found["said"] == (f"The mayor of {who}", "that the ferry fares would rise next spring")
    assert found["accused"] == (f"The mayor of {who}", "the harbour board of hiding the costs")


@pytest.mark.parametrize("who", CAMPS)
def test_conceded_and_denied_share_the_speaker(nlp, who):
    """Old: "conceded" ran on through "and denied …", and "denied" had no speaker."""
    found = _by_cue(nlp, f"The envoy from {who} conceded that the border post had been closed and denied that any "
                         "trucks were turned away.")
    assert found["conceded"] == (f"The envoy from {who}", "that the border post had been closed")
    assert found["denied"] == (f"The envoy from {who}", "that any trucks were turned away")


@pytest.mark.parametrize("who", CAMPS)
def test_said_and_promised_without_that(nlp, who):
    """Old: "said" ran on through "and promised …", and "promised" was spoken by "the new bridge"."""
    found = _by_cue(nlp, f"Officials in {who} said the new bridge would open in May and promised that tolls would "
                         "stay low.")
    assert found["said"] == (f"Officials in {who}", "the new bridge would open in May")
    assert found["promised"] == (f"Officials in {who}", "that tolls would stay low")


@pytest.mark.parametrize("who", SPEAKERS)
def test_named_speaker_said_and_accused(nlp, who):
    """The same construction with a named speaker (old: one long content, "accused" spoken by "the pipeline talks")."""
    found = _by_cue(nlp, f"{who} said that the pipeline talks had stalled and accused the consortium of delaying them.")
    assert found["said"] == (who, "that the pipeline talks had stalled")
    assert found["accused"] == (who, "the consortium of delaying them")


@pytest.mark.parametrize("who", CAMPS)
def test_second_clause_with_its_own_subject_keeps_it(nlp, who):
    """A coordinated clause with its own subject is someone else's: its speaker stays (unchanged shape)."""
    found = _by_cue(nlp, f"The envoy from {who} conceded that the border post had been closed and the customs chief "
                         "denied that any trucks were turned away.")
    assert found["conceded"] == (f"The envoy from {who}", "that the border post had been closed")
    assert found["denied"] == ("the customs chief", "that any trucks were turned away")


@pytest.mark.parametrize("who", CAMPS)
def test_coordinated_verb_that_is_no_cue_stays_in_the_content(nlp, who):
    """"said farmers were angry and marched …": "marched" is no cue, so the content runs on (unchanged)."""
    found = _by_cue(nlp, f"The minister in {who} said farmers were angry and marched to the square.")
    assert found["said"] == (f"The minister in {who}", "farmers were angry and marched to the square")


@pytest.mark.parametrize("who", CAMPS)
def test_coordinated_that_clause_stays_in_the_content(nlp, who):
    """"said A and that B": both clauses are what was said (unchanged)."""
    found = _by_cue(nlp, f"The minister in {who} said the dam was safe and that engineers had checked it twice.")
    assert found["said"] == (f"The minister in {who}", "the dam was safe and that engineers had checked it twice")

"""Attribution round 20: rules after the learned rankers for passive "ask" and "know", pinned by invented sentences.

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


@pytest.mark.parametrize("who", CAMPS)
def test_fronted_asked_about_has_no_source(nlp, who):
    """"Asked about X, the mayor said Y": the mayor is the one asked, not the source of the question
    (old: the mayor); the mayor still speaks the "said" attribution."""
    found = _by_cue(nlp, f"Asked about the new ferry tolls, the mayor of {who} said the harbour needed the money.")
    assert found["Asked about"] == (None, "the new ferry tolls")
    assert found["said"][0] == f"the mayor of {who}"


@pytest.mark.parametrize("who", CAMPS)
def test_known_as_has_no_source_and_keeps_its_preposition(nlp, who):
    """"a district known as X": the district is what is named, not a speaker (old: source "a district"), and
    the cue runs through "as" (old: "known"). Since round 24 the content starts at the noun the participle
    modifies (``_passive_subject``; train gold for "known as" after a noun: 13 of 14)."""
    found = _by_cue(nlp, f"The pier sits in a district known as the Old Harbour of {who}.")
    assert found["known as"] == (None, f"a district known as the Old Harbour of {who}")


@pytest.mark.parametrize("who", CAMPS)
def test_known_for_takes_its_preposition(nlp, who):
    """"X is known for Y": the cue is "is known for" (old: "is known")."""
    found = _by_cue(nlp, f"The port authority of {who} is known for its slow handling of cargo permits.")
    assert "is known for" in found
    assert found["is known for"][0] is None


@pytest.mark.parametrize("who", CAMPS)
def test_perfect_asked_keeps_its_subject(nlp, who):
    """The active perfect "has asked" keeps its subject as the source."""
    found = _by_cue(nlp, f"The mayor of {who} has asked the board to lower the ferry tolls.")
    assert found["has asked"][0] == f"The mayor of {who}"


@pytest.mark.parametrize("who", CAMPS)
def test_passive_asked_with_an_agent_keeps_the_agent(nlp, who):
    """"X was asked by the pilots to …": the agent asked, so it stays the source."""
    found = _by_cue(nlp, f"The mayor of {who} was asked by the pilots to lower the ferry tolls.")
    assert found["was asked"][0] == "the pilots"


def _dated(nlp, text, source, word="warned"):
    """Source text after ``_dated_source`` for a source span given as text (as the source ranker may leave it)."""
    doc = nlp(text)
    lo = text.index(source)
    cue = text.index(word)
    found = attr.Found("indirect", (cue, cue + len(word)), (cue + len(word) + 1, cue + len(word) + 30),
                       (lo, lo + len(source)), 0.9)
    out = attr._dated_source(doc, found)
    return text[out.source[0]:out.source[1]]


@pytest.mark.parametrize("who", CAMPS)
def test_a_day_hung_on_the_speaker_leaves_the_source(nlp, who):
    """"The ferry union of X on Monday, warning …": the parser hangs the day on the union; it says when, not
    who (old: kept in the source)."""
    text = f"The ferry union of {who} on Monday, warning that the old pier would close, asked for money."
    assert _dated(nlp, text, f"The ferry union of {who} on Monday", "warning") == f"The ferry union of {who}"


@pytest.mark.parametrize("who", CAMPS)
def test_a_day_in_a_participle_stays_in_the_source(nlp, who):
    """"A survey … released on Tuesday": the day belongs to the participle that picks out the survey."""
    text = f"A survey of {who} ferry crews released on Tuesday warned that the old pier would close."
    source = f"A survey of {who} ferry crews released on Tuesday"
    assert _dated(nlp, text, source) == source


@pytest.mark.parametrize("who", CAMPS)
def test_a_plain_year_stays_in_the_source(nlp, who):
    """"the chair next year": no named day, a split PolNeAR's gold keeps."""
    text = f"The chair of the {who} port board next year warned that the old pier would close."
    source = f"The chair of the {who} port board next year"
    assert _dated(nlp, text, source) == source

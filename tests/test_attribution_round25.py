"""Attribution round 25: a paragraph's opening dateline or list mark is no part of a source or content
(a layout rule after the learned rankers), pinned by invented sentences.

Every sentence is mirrored over four places: the same construction must give the same structure.
"""
from __future__ import annotations

import pytest

from spinmap.extract import attribution as attr

CAMPS = ["Moscow", "Washington", "Baku", "Yerevan"]
HEAD = "Ferry tolls rise again.\n\n"


def _by_cue(nlp, text):
    """{cue text: (source text, content text)} of the attributions ``find_attributions`` keeps."""
    span = lambda s: None if s is None else text[s[0]:s[1]]  # noqa: E731
    return {span(f.cue): (span(f.source), span(f.content)) for f in attr.find_attributions(nlp(text), orphans=False)}


# --- end to end: the parser hangs the dateline on the first noun phrase (old: the span starts at the place)

OPENED = [
    ("{UP}, Ore. (Wire) - Ferry guild chief Anna Petrova said that the tolls of {who} would rise by a third.", "said",
     ("Ferry guild chief Anna Petrova", "that the tolls of {who} would rise by a third")),
    ("{UP} (Wire) — Ferry guild chief Anna Petrova of {who} warned on Monday that the tolls would rise.", "warned",
     ("Ferry guild chief Anna Petrova of {who}", "that the tolls would rise")),
    ("{UP} -- Ferry skippers in {who} want lower tolls, a new survey shows.", "shows",
     ("a new survey", "Ferry skippers in {who} want lower tolls")),
    ("-Anna Petrova of the {who} ferry guild argues that the tolls are too steep.", "argues",
     ("Anna Petrova of the {who} ferry guild", "that the tolls are too steep")),
]


@pytest.mark.parametrize("who", CAMPS)
@pytest.mark.parametrize("text,cue,spans", OPENED)
def test_dateline_or_list_mark_is_left_out_of_the_spans(nlp, who, text, cue, spans):
    found = _by_cue(nlp, HEAD + text.format(who=who, UP=who.upper()))
    assert found[cue] == tuple(s.format(who=who) for s in spans)


UNCHANGED = [
    ("AFL-CIO organisers in {who} said that the ferry tolls would rise by a third.", "said",
     ("AFL-CIO organisers in {who}", "that the ferry tolls would rise by a third")),
    ("{UP} — Sen. Anna Petrova (D-Ore.) said on Tuesday that the ferry tolls of {who} would rise by a third.", "said",
     ("Sen. Anna Petrova (D-Ore.)", "that the ferry tolls of {who} would rise by a third")),
]


@pytest.mark.parametrize("who", CAMPS)
@pytest.mark.parametrize("text,cue,spans", UNCHANGED)
def test_a_hyphenated_name_or_an_already_clean_span_stays(nlp, who, text, cue, spans):
    found = _by_cue(nlp, HEAD + text.format(who=who, UP=who.upper()))
    assert found[cue] == tuple(s.format(who=who) for s in spans)


# --- the rule itself, on character spans

def _moved(text, source_from, content_from):
    """(source, content) text after ``_past_dateline`` for spans starting at the given substrings."""
    cue = text.index(" said ") + 1
    s, c = text.index(source_from), text.index(content_from)
    found = attr.Found("indirect", (cue, cue + 4), (c, len(text) - 1), (s, cue - 1), 1.0)
    out = attr._past_dateline(text, found)
    return text[out.source[0]:out.source[1]], text[out.content[0]:out.content[1]]


OPENERS = ["{UP} — ", "{UP}, Ore. — ", "{UP}, March 3 (Wire) — ", "{UP} (Wire) - ", "{UP} ― ", "{UP} -- ", "-", "~ ", "• "]


@pytest.mark.parametrize("who", CAMPS)
@pytest.mark.parametrize("opener", OPENERS)
def test_past_dateline_moves_a_source_start(who, opener):
    head = opener.format(UP=who.upper())
    text = f"Tolls.\n\n{head}Guild chief Anna Petrova of {who} said the tolls were unfair."
    assert _moved(text, head, "the tolls") == (f"Guild chief Anna Petrova of {who}", "the tolls were unfair")


@pytest.mark.parametrize("who", CAMPS)
def test_past_dateline_moves_a_content_start(who):
    text = f"Tolls.\n\n{who.upper()} (Wire) — Skippers in {who} pay twice, Anna Petrova said today."
    cue = text.index(" said ") + 1
    found = attr.Found("indirect", (cue, cue + 4), (text.index(who.upper()), text.index(", Anna")),
                       (text.index("Anna"), cue - 1), 1.0)
    out = attr._past_dateline(text, found)
    assert text[out.content[0]:out.content[1]] == f"Skippers in {who} pay twice"


NOT_OPENERS = [
    "AFL-CIO organisers in {who}",  # a hyphenated name, no spaced dash
    "Guild chief Anna Petrova of {who}",  # no opener at all
    "{UP}-based guild chief Anna Petrova",  # a hyphen inside a word
]


@pytest.mark.parametrize("who", CAMPS)
@pytest.mark.parametrize("start", NOT_OPENERS)
def test_past_dateline_leaves_other_line_starts(who, start):
    head = start.format(who=who, UP=who.upper())
    text = f"Tolls.\n\n{head} said the tolls were unfair."
    assert _moved(text, head, "the tolls") == (head, "the tolls were unfair")


@pytest.mark.parametrize("who", CAMPS)
def test_past_dateline_needs_the_span_to_start_in_the_opener(who):
    """A dateline earlier in the paragraph does not move a span that starts after it."""
    text = f"Tolls.\n\n{who.upper()} — The guild of {who} said the tolls were unfair."
    assert _moved(text, "The guild", "the tolls") == (f"The guild of {who}", "the tolls were unfair")

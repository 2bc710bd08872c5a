"""Attribution span boundaries: hand-written sentences for each boundary rule (issue 3, round 7)."""
from __future__ import annotations

import pytest

from spinmap.extract.attribution import find_attributions


def _by_cue(nlp, text, cue):
    """The attribution whose cue reads ``cue`` (content as text), or None."""
    for f in find_attributions(nlp(text)):
        if f.cue is not None and text[f.cue[0] : f.cue[1]] == cue:
            return f
    return None


# (text, cue, content): a cue inserted between commas takes the content on both sides of it
INSERTED = [
    ("After all, she argued, the senator took money from the banks and still signed the law.", "argued",
     "After all, she argued, the senator took money from the banks and still signed the law"),
    ("If the demands are not met, the organiser warned, supporters plan to leave the party.", "warned",
     "If the demands are not met, the organiser warned, supporters plan to leave the party"),
    ("There is no risk of unrest, officials in both towns insist, because policing has changed.", "insist",
     "There is no risk of unrest, officials in both towns insist, because policing has changed"),
]


# (text, cue, content) for the other boundary rules; the case id names the rule
EXTENTS = [
    *(pytest.param(*case, id=f"inserted-cue-takes-both-sides-{i}") for i, case in enumerate(INSERTED)),
    # a participle after the inserted cue is the author's, not the speaker's
    pytest.param("The plan is dead, the mayor said, adding that talks would resume.", "said", "The plan is dead",
                 id="inserted-cue-keeps-one-side"),
    # a quotation split by its cue: one content over both halves (PolNeAR's discontinuous span, outer extent)
    pytest.param("“We will win,” he said, “and we will win big.”", "said",
                 "“We will win,” he said, “and we will win big.”", id="split-quote"),
    pytest.param("“We will win,” the senator said, “and we will win big.”", "said",
                 "“We will win,” the senator said, “and we will win big.”", id="split-quote-named"),
    # the quote resumes after a sentence whose clause holds a quoted title
    pytest.param("“We will win,” the senator said on “This Week” on Sunday. “And we will win big.”", "said",
                 "“We will win,” the senator said on “This Week” on Sunday. “And we will win big.”", id="split-quote-title"),
    # a verb the parser hung on the quote is not part of it
    pytest.param('Officials said "the attack was planned by the rebels," and left.', "said",
                 '"the attack was planned by the rebels,"', id="trailing-verb-cut"),
    # two separate quotes with their own cues stay apart
    pytest.param("“We will win,” he said. Then he left. “It is over,” she said.", "said", "“We will win,”",
                 id="quotes-not-joined"),
    # a quote after the cue with no opening quote before it
    pytest.param("He said, “we will win.”", "said", "“we will win.”", id="quote-after-cue"),
    # round 12: the quote resumes after a cue clause that ends in a quoted title, or after a long apposition
    # whose titles and initials ("Lt.", "Ill.") end no sentence
    pytest.param('"We will win," he said on WXYZ\'s "Morning Show." "Nobody can stop us now."', "said",
                 '"We will win," he said on WXYZ\'s "Morning Show." "Nobody can stop us now."',
                 id="split-quote-title-ends-clause"),
    pytest.param("“I was hoping for more,” said Tom Smith, a retired Navy Lt. from Springfield, Ill., who drove "
                 "to the rally with his son and two of their neighbours. “I wanted to see something else.”", "said",
                 "“I was hoping for more,” said Tom Smith, a retired Navy Lt. from Springfield, Ill., who drove "
                 "to the rally with his son and two of their neighbours. “I wanted to see something else.”",
                 id="split-quote-long-apposition"),
    # ... but not over another speech verb with a clause of its own
    pytest.param("“The fines stand,” said Ana Ruiz, head of the cycling federation, who then said that both teams "
                 "had been warned. “Nobody gets a pass.”", "said", "“The fines stand,”",
                 id="quotes-not-joined-over-another-cue"),
    # a content that opens a quotation takes its closing mark (and the stop the mark encloses)
    pytest.param("The union called the new contract ‘a total betrayal.’ Talks ended.", "called",
                 "the new contract ‘a total betrayal.’", id="content-closes-its-quote"),
]


@pytest.mark.parametrize("text,cue,content", EXTENTS)
def test_attribution_boundaries_content_extent(nlp, text, cue, content):
    f = _by_cue(nlp, text, cue)
    assert f is not None
    assert text[f.content[0] : f.content[1]] == content


@pytest.mark.parametrize("text,content", [
    # a bare conjunction before "according to" is no part of a clause around the cue
    ("But, according to the poll, most voters remain undecided.", "most voters remain undecided"),
    # a clause closed by a colon before the cue belongs to the author
    ("It is no secret: according to new surveys, the senator has just 9 percent support.",
     "the senator has just 9 percent support"),
    # a subject before the inserted cue still makes one content around it
    ("The talks, according to the ministry, collapsed on Friday.", "The talks, according to the ministry, collapsed on Friday"),
])
def test_attribution_boundaries_according_to_extent(nlp, text, content):
    f = next((f for f in find_attributions(nlp(text)) if f.cue and text[f.cue[0] : f.cue[1]].lower() == "according to"), None)
    assert f is not None
    assert text[f.content[0] : f.content[1]] == content


@pytest.mark.parametrize("text", [t for t, _, _ in INSERTED] + [
    "“We will win,” he said, “and we will win big.”",
    "“We will win,” the senator said on “This Week” on Sunday. “And we will win big.”",
    'Officials said "the attack was planned by the rebels," and left.',
    "But, according to the poll, most voters remain undecided.",
])
def test_attribution_boundaries_spans_index_text(nlp, text):
    for f in find_attributions(nlp(text)):
        for span in (f.content, f.cue, f.source):
            if span is not None:
                assert 0 <= span[0] < span[1] <= len(text)
                assert text[span[0] : span[1]].strip() == text[span[0] : span[1]]


@pytest.mark.parametrize("text, cue, source, content", [
    ("The Minsk Group co-chairs said the talks had failed.", "said", "The Minsk Group co-chairs", "the talks had failed"),
    ("His ex-wife contended that the money was never paid back.", "contended", "His ex-wife", None),
])
def test_attribution_boundaries_never_split_a_hyphenated_word(nlp, text, cue, source, content):
    f = _by_cue(nlp, text, cue)
    assert f is not None and text[f.source[0]:f.source[1]] == source
    if content:
        assert text[f.content[0]:f.content[1]] == content


@pytest.mark.parametrize("text, cue, kept", [
    ("The facts speak for themselves. None of this was ever condemned by the Minsk Group co-chairs, who were "
     "content to keep the conflict frozen.", "was ever condemned", False),  # its content was "by"
    ("Who blames whom, and where does it come from?", "blames", False),  # a question, not a claim
    ("Who said the talks had failed? Nobody knows.", "said", False),
    ("Ostravia's gamble: who blames whom and where does it come from?", "blames", False),  # not opening the sentence
    ("Why were the officials who said the talks had failed dismissed?", "said", True),  # a relative "who" in a question speaks
    ("Officials who said the talks had failed were dismissed on Monday.", "said", True),  # relative "who" speaks
])
def test_attribution_boundaries_empty_content_or_question_is_no_attribution(nlp, text, cue, kept):
    found = [f for f in find_attributions(nlp(text)) if f.cue and cue.startswith(text[f.cue[0]:f.cue[1]].split()[0])]
    assert bool(found) == kept


def test_attribution_boundaries_candidates_stay_in_the_window_on_a_run_on_content(nlp):
    """Every position inside a long content was a candidate, so a run-on sentence was quadratic."""
    from spinmap.extract.attribution import _BOUNDARY_WINDOW, Found, boundary_candidates

    clause = "the ministry reported that the convoy was stopped at the border and the drivers were detained"
    text = "The spokesman said that " + " and ".join([clause] * 40) + "."
    doc = nlp(text)
    cue = next(t for t in doc if t.text == "said")
    found = Found("indirect", (cue.idx, cue.idx + 4), (cue.idx + 5, len(text) - 1), (0, cue.idx - 1), 1.0)
    cands = boundary_candidates(doc, cue, found, [])
    assert cands and len(cands) <= 4 * _BOUNDARY_WINDOW + 4


@pytest.mark.parametrize("text, cue, source", [
    # round 12: a source that opens a quotation takes its closing mark
    ("Jan Novak, the former host of the radio show “The Morning Hour,” said the plan was a disaster.", "said",
     "Jan Novak, the former host of the radio show “The Morning Hour,”"),
])
def test_attribution_boundaries_source_closes_its_quote(nlp, text, cue, source):
    f = _by_cue(nlp, text, cue)
    assert f is not None and f.source is not None
    assert text[f.source[0] : f.source[1]] == source

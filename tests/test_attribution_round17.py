"""Attribution round 17: contents the rules built elsewhere than the cue's own words, pinned by invented
sentences.

Each test builds the attribution of one cue word through the parse rules (``_attribution_for``), so it checks
the construction the rules build, whatever the learned second stage later keeps. Constructions with a name
are mirrored: the same sentence with names from both camps must give the same structure.
"""
from __future__ import annotations

import pytest

from test_attribution_round13 import _built


@pytest.mark.parametrize("text,word,content", [
    ('The minister called the delay "a disgrace."\n\nHe appears ready, by all accounts, to fine the company.', "appears",
     "He appears ready, by all accounts, to fine the company"),
    ('The report listed every cost of the new line, "down to the last bolt."\n\nThe ferry company appears ready, '
     'for now, to pay for the repairs.', "appears", "The ferry company appears ready, for now, to pay for the repairs"),
    ('Critics say the fares are "far too high for families."\n\nThe operator is expected to cut them in the spring.',
     "expected", "The operator is expected to cut them in the spring"),
])
def test_whole_clause_starts_after_a_paragraph_break(nlp, text, word, content):
    """"X appears ready to Y" is said of the whole clause. When the parser hangs the closing quote of the
    paragraph before on the verb, the clause still starts after the break (old rules: cut at the break, the
    stray mark widened to the previous paragraph's quotation)."""
    assert _built(nlp, text, word)[1] == content


def test_whole_clause_without_a_break_is_unchanged(nlp):
    assert _built(nlp, "The ferry company is expected to order two more boats this spring.", "expected")[1] == \
        "The ferry company is expected to order two more boats this spring"


@pytest.mark.parametrize("who", ["the owner", "Lavrov", "Blinken", "Aliyev", "Pashinyan"])
def test_quote_before_outranks_a_clause_hung_after(nlp, who):
    """'"Q," said X, who co-founded Y': the parser hangs the relative clause on the cue as a second
    complement; the quotation before the cue is what was said (old rules: the clause after it)."""
    cue, content, _ = _built(nlp, f'"We will not close the mill," said {who}, who co-founded the firm in 1990.', "said")
    assert (cue, content) == ("said", '"We will not close the mill,"')


def test_quote_after_the_cue_is_still_joined(nlp):
    """'“Q1,” she said, “Q2”' stays one content (unchanged)."""
    text = "“The ferry will run again,” the captain said, “but not before May.”"
    assert _built(nlp, text, "said")[1] == text


@pytest.mark.parametrize("who", ["Moscow", "Washington", "Baku", "Yerevan"])
def test_feeler_object_is_the_source(nlp, who):
    """"The levy angered X": X holds the stance, the levy is what it is about (old rules: the reverse)."""
    assert _built(nlp, f"The new grain levy angered {who}.", "angered") == ("angered", "The new grain levy", who)


@pytest.mark.parametrize("who", ["Moscow", "Washington", "Baku", "Yerevan"])
def test_feeling_about_a_named_party(nlp, who):
    cue, content, source = _built(nlp, f"{who}'s refusal to sign the accord surprised the mediators.", "surprised")
    assert (cue, content, source) == ("surprised", f"{who}'s refusal to sign the accord", "the mediators")


def test_feeler_with_perfect_tense(nlp):
    assert _built(nlp, "The ferry strike has frustrated commuters across the island.", "frustrated") == \
        ("has frustrated", "The ferry strike", "commuters across the island")


@pytest.mark.parametrize("text,word,expected", [
    ("The committee encouraged the growers to plant earlier.", "encouraged",
     ("encouraged", "to plant earlier", "The committee")),  # a request, not a feeling: unchanged
    ("The council praised the orchard growers.", "praised", ("praised", "the orchard growers", "The council")),
    ("The fishermen were angered by the quota.", "angered", ("were angered", "The fishermen", "the quota")),
])
def test_other_verbs_and_the_passive_are_unchanged(nlp, text, word, expected):
    assert _built(nlp, text, word) == expected

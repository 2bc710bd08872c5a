"""Title-case headlines: parsed in sentence case, analysed on the original characters."""
from __future__ import annotations

import pytest

from spinmap.analysis import analyze
from spinmap.nlp.headline import parser_input, sentence_cased, with_text

BODY = "The talks in Baku failed on Monday. Officials said the border would stay closed, and Artsakh protested."


@pytest.mark.parametrize("headline, expected", [
    ("Pashinyan Blames Russia For Defeat In Karabakh", "Pashinyan blames Russia for defeat in Karabakh"),
    ("The West Provokes Nationalists In Armenia", "The West provokes nationalists in Armenia"),  # table alias kept
    ("Armenians Urged To Rally: The Kremlin Bets On Separatists",  # demonym kept; capital after ':' kept
     "Armenians urged to rally: The Kremlin bets on separatists"),
    ("Will Artsakh Survive? Officials Doubt It", "Will Artsakh survive? Officials doubt it"),  # body writes it capitalised
    ("NATO Lies, Says Zorkhanyan In Interview", "NATO lies, says Zorkhanyan in interview"),  # acronym, unknown name kept
    ("I Am A Victim, Says Envoy", "I am a victim, says envoy"),
])
def test_headline_title_case_becomes_sentence_case_keeping_names(nlp, headline, expected):
    assert sentence_cased(headline, BODY, nlp) == expected
    assert len(expected) == len(headline)


@pytest.mark.parametrize("headline", [
    "Pashinyan meets Putin in Moscow",  # already sentence case
    "Talks Fail",  # too short to tell
    "Peace talks in Baku collapse again",
])
def test_headline_not_title_case_is_left_alone(nlp, headline):
    assert sentence_cased(headline, BODY, nlp) is None
    assert parser_input(f"{headline}\n\n{BODY}", headline, nlp).text == f"{headline}\n\n{BODY}"


def test_headline_only_the_leading_title_paragraph_changes(nlp):
    title = "Moscow Accuses Baku Of Breaking The Truce"
    text = f"{title}\n\nMoscow Accuses Baku Of Breaking The Truce, a reader wrote. {BODY}"
    cased = parser_input(text, title, nlp).text
    assert cased[len(title):] == text[len(title):] and cased[:len(title)] != title
    assert parser_input(text, "Another Title Entirely Here", nlp) == text  # the text does not open with it
    assert parser_input(text, None, nlp) == text


@pytest.mark.parametrize("title", ["Pashinyan Blames Russia For Defeat In Karabakh", "Talks in Baku collapse"])
def test_headline_is_its_own_sentence_and_the_parse_sits_on_the_original_characters(nlp, title):
    text = f"{title}\n\n{BODY}"
    parsed = nlp(parser_input(text, title, nlp))
    doc = with_text(parsed, text)
    assert doc.text == text and len(doc) == len(parsed)
    for a, b in zip(parsed, doc):
        assert (a.idx, a.tag_, a.pos_, a.dep_, a.head.i, a.lemma_, a.ent_iob_, a.ent_type_, a.is_sent_start) == (
            b.idx, b.tag_, b.pos_, b.dep_, b.head.i, b.lemma_, b.ent_iob_, b.ent_type_, b.is_sent_start)
    assert [s.text.strip() for s in doc.sents][:2] == [title, "The talks in Baku failed on Monday."]
    assert doc.tensor.shape == parsed.tensor.shape and (doc.tensor == parsed.tensor).all()
    assert with_text(parsed, parsed.text) is parsed


@pytest.mark.parametrize("title", [
    "Pashinyan Blames Russia For Defeat In Karabakh",
    "Aliyev Blames Armenia For Defeat In Karabakh",
])
def test_headline_blame_in_title_case_matches_its_sentence_case_reading(title):
    cased = title[0] + title[1:].replace(" For ", " for ").replace(" Defeat In ", " defeat in ").replace(" Blames ", " blames ")
    found = []
    for headline in (title, cased):
        a = analyze(f"{headline}\n\n{BODY}")
        assert a.title == headline
        blames = [b for b in a.blames if b.evidence.span[1] <= len(headline)]
        assert all(a.text[b.evidence.span[0]:b.evidence.span[1]] == b.evidence.text for b in a.blames)
        found.append([(b.source.name, b.target.name, b.voice, b.charge.lower()) for b in blames])
    assert found[0] == found[1] and found[0] and found[0][0][2] == "reported"


def test_headline_pipeline_without_a_lemmatizer_still_parses(nlp):
    """A user's spaCy model may lack the rule lemmatizer's tables: only attested and function words change."""
    import spacy

    blank = spacy.blank("en")
    assert sentence_cased("The Talks Failed In Baku Again", "the talks were long", blank) == "The talks Failed in Baku again"


@pytest.mark.parametrize("title", ["Kyiv Betrayed Its Allies, Says Lavrov", "Kyiv betrayed its allies, says Lavrov"])
def test_headline_inverted_speaker_without_a_full_stop_is_the_accuser(title):
    """A headline ending "…, says Lavrov" relays Lavrov's charge: reported voice, not the outlet's own."""
    a = analyze(f"{title}\n\n{BODY}")
    [blame] = [b for b in a.blames if b.evidence.span[1] <= len(title)]
    assert (blame.voice, blame.source.name, blame.target.name) == ("reported", "Sergey Lavrov", "Ukraine")

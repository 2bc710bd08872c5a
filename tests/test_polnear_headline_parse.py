"""The attribution benchmark parses a PolNeAR file's headline as `analyze` parses an article's title: in sentence case
when it is in title case, as its own sentence, with the parse carried back onto the file's exact characters."""
from __future__ import annotations

from spinmap.eval.polnear import headline
from spinmap.train.attribution import on_text, parseable


def test_headline_is_the_first_line_before_a_blank_line():
    assert headline("Senator Blasts Governor Over Budget\n\nThe senator spoke.") == "Senator Blasts Governor Over Budget"
    assert headline("One paragraph only.\nA second line.") is None
    assert headline("\n\nBody.") is None


def test_title_case_headline_is_parsed_in_sentence_case_on_the_raw_text(nlp):
    text = "Senator Blasts Governor Over Budget Cuts\n\nThe senator spoke on Monday."
    pairs = [("a", text)]
    doc = next(on_text(nlp.pipe(parseable(nlp, pairs)), pairs))
    assert doc.text == text  # offsets index the file as read
    assert [t.pos_ for t in doc if t.text == "Blasts"] == ["VERB"]  # not a compound name "Senator Blasts Governor"
    assert next(t for t in doc if t.text == "The").is_sent_start


def test_a_file_without_headline_is_parsed_as_it_is(nlp):
    text = "Senator Blasts Governor Over Budget Cuts. The senator spoke on Monday."
    pairs = [("a", text)]
    doc = next(on_text(nlp.pipe(parseable(nlp, pairs)), pairs))
    assert doc.text == text

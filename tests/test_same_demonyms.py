"""Every demonym has one NORM for the parse (``spinmap.nlp.pipeline.same_demonyms``): the small English model read
"Azerbaijani" badly, so the same sentence about either side of a conflict got a different parse and different blames.
The norm test and the Azerbaijani row of the "meddling" case failed on the code before the component; the other rows
are guards."""
from __future__ import annotations

import pytest

from spinmap.nlp.actors import load_table
from spinmap.nlp.pipeline import load_stock_pipeline
from test_blame_constructions import PAIRS, check_case


def test_every_demonym_has_one_norm_and_keeps_its_text(nlp):
    demonyms = sorted(a for a in load_table().adjectives if " " not in a and a[:1].isupper())
    assert {"Russian", "Ukrainian", "Armenian", "Azerbaijani"} <= set(demonyms)
    text = "They met " + ", ".join(f"{d} envoys" for d in demonyms) + "."
    doc = nlp(text)
    named = [t for t in doc if t.text in demonyms]
    assert len(named) == len(demonyms)
    assert len({t.norm_ for t in named}) == 1
    assert doc.text == text and all(text[t.idx:t.idx + len(t)] == t.text for t in doc)


def test_the_stock_pipeline_is_left_as_shipped():
    assert "spinmap_same_demonyms" not in load_stock_pipeline().pipe_names


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template,expected", [
    ("They condemned {N2} meddling in the election.", [("They", "{C2}", "reported"), ("<author>", "{C2}", "authorial")]),
    ("The ministry denounced {N2} provocations at the border.",
     [("ministry", "{C2}", "reported"), ("<author>", "{C2}", "authorial")]),
])
def test_a_demonym_is_read_alike_on_either_side(nlp, template, expected, own, other):
    check_case(nlp, "records", template, expected, own, other)

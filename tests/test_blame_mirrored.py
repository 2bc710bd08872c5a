"""The mirrored blame templates of every round, checked the same way: each is found with the same record shape
whichever side the names come from, its spans point at their text, and its negatives give no record at all.

The tables live with the rules they test (`test_blame_constructions.py`, `test_blame_round6.py` … `round9.py`);
this module runs the checks all of them share, so a new round adds a table, not another copy of these tests.
"""
from __future__ import annotations

import pytest

import test_blame_constructions as base
import test_blame_round6 as r6
import test_blame_round7 as r7
import test_blame_round8 as r8
import test_blame_round9 as r9
from test_blame_constructions import PAIRS, assert_exactly, assert_spans_hold, fill, run, shape

R8_TEMPLATES = r8.DEONTIC + r8.IRREALIS + r8.RECALL

# (template, expected, negated records count too): the base table predates the negated flag's own tests
FOUND = ([(t, e, True) for t, e in base.MIRRORED]
         + [(t, e, False) for t, e in r6.MIRRORED + r7.FOUND + R8_TEMPLATES + r9.RECALL])
# (not round 7's ACCUSED_NOUNS: "a {N} army unit" keeps its article for one side only, a parse the rules do not decide)
SWAPPED = ([t for t, _ in base.MIRRORED + r6.MIRRORED + r7.MIRRORED + r7.RECALL + r7.ATROCITIES] + r7.DISMISSED
           + [t for t, _ in R8_TEMPLATES + r9.RECALL])
SPANNED = [t for t, _ in base.MIRRORED + r6.MIRRORED + r7.FOUND] + r7.DISMISSED + [t for t, _ in R8_TEMPLATES + r9.RECALL]
NO_RECORD = base.NEGATIVES + r6.NEGATIVES + r7.NO_RECORD + r8.NO_RECORD + r9.NO_RECORD


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template,expected,with_negated", FOUND)
def test_blame_mirrored_finds_the_accusation_on_either_side(nlp, template, expected, with_negated, own, other):
    text = fill(template, own, other)
    assert_exactly([b for b in run(nlp, text) if with_negated or not b.negated], expected, text, own, other)


@pytest.mark.parametrize("template", SWAPPED)
@pytest.mark.parametrize("one,two", [("Russia", "Ukraine"), ("Armenia", "Azerbaijan")])
def test_blame_mirrored_same_shape_when_sides_swap(nlp, template, one, two):
    a, b = fill(template, one, two), fill(template, two, one)
    assert shape(run(nlp, a), a, one, two) == shape(run(nlp, b), b, two, one)


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template", SPANNED)
def test_blame_mirrored_spans_point_at_their_text(nlp, template, own, other):
    text = fill(template, own, other)
    assert_spans_hold(run(nlp, text), text)


@pytest.mark.parametrize("text", NO_RECORD)
def test_blame_mirrored_negatives_give_no_record_at_all(nlp, text):
    assert [(b.source.name, b.target.name, b.charge) for b in run(nlp, text)] == [], text

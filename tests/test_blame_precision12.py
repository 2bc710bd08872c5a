"""Blame round 12: a work's title is no one's charge; an accusation only wished for is not made.

Found on the judged train sample of round 11 (seed 2323; PolNeAR train): a film named in a list of an actor's roles,
its title a sentence with a misdeed verb ("had roles in “How X Stole <a holiday>”"), charged X in the author's voice.
A quotation of three or more words, all capitalised but the small ones, in a sentence otherwise in lower case, is a
title (``_in_title``; a headline in title case is left alone). Also "X would like to indict Y" (``wish_verbs`` += like,
love, read only under "would"). Guards: quoted speech in lower case; "likes to blame Y for ..." (a habit). Examples are our
own sentences, mirrored over the shared sides of test_blame_constructions.
"""
from __future__ import annotations

import pytest

from test_blame_constructions import PAIRS, assert_exactly, fill, run

NO_RECORD = [
    "Her new novel, “When {K} Betrayed Its Friends,” sold well in Paris.",
    "Her new novel, “When {C} Betrayed Its Friends,” sold well in Paris.",
    "Peters, who had roles in “How {P} Stole Easter,” “Top Gun,” and “Jaws,” praised the mayor.",
    "Peters said {P} would like to indict {P2}.",
]

FOUND = [
    # guards: quoted speech keeps its verbs in lower case
    ("Peters said that {K} “bombed our towns” last year.", [("Peters", "{K}", "reported")]),
    ("“{K} betrayed its friends,” Peters said on Monday.", [("Peters", "{K}", "reported")]),
    ("Peters said {P} likes to blame {P2} for everything.", [("{P}", "{P2}", "reported")]),
]


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template", NO_RECORD)
def test_blame_precision12_no_record(nlp, template, own, other):
    text = fill(template, own, other)
    assert [(b.source.name, b.target.name, b.charge) for b in run(nlp, text)] == [], text


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template,expected", FOUND)
def test_blame_precision12_found(nlp, template, expected, own, other):
    text = fill(template, own, other)
    assert_exactly(run(nlp, text), expected, text, own, other)

"""Blame round 15: a plural label filled with names set off by dashes means those names, not one more party.

On round 14's judged train sample (seed 2424), "the <epithet> <plural> — A, B and C — ..." gave a record for every
member and one more for the label itself, judged partly right (the label names no one beyond its members). A list set
off by a dash (``_set_off_by_dash``) now stands for the label; after a comma ("the officials, A and B") the reader and
the parser cannot tell the members from a longer list, so the label stays there, as it does when the dash sets off
more nouns rather than names. Examples are our own sentences, mirrored over the shared sides of
test_blame_constructions.
"""
from __future__ import annotations

import pytest

from test_blame_constructions import PAIRS, assert_exactly, fill, run

FOUND = [
    # the members, not the label (each failed on the old code, which also charged the label)
    ("The reckless envoys — {P} and {P2} — are to blame for the collapse of the talks.",
     [("<author>", "{P}", "authorial")] * 2 + [("<author>", "{P2}", "authorial")] * 2),
    ("The corrupt ministers — {P}, {P2} and Tamar Vashti — met the donors in secret.",
     [("<author>", "{P}", "authorial"), ("<author>", "{P2}", "authorial"), ("<author>", "Tamar Vashti", "authorial")]),
    ("The greedy rulers—{P} and {P2}—are criminally insane.",
     [("<author>", "{P}", "authorial"), ("<author>", "{P2}", "authorial")]),
    # guards: a comma list may be longer than its members, so the label stays; so it does for a dash list of nouns
    ("The reckless envoys, {P} and {P2}, are to blame for the collapse of the talks.",
     [("<author>", "reckless envoys", "authorial")] * 2 + [("<author>", "{P}", "authorial")] * 2
     + [("<author>", "{P2}", "authorial")] * 2),
    ("The corrupt officials — bankers and generals — fled the capital.", [("<author>", "corrupt officials", "authorial")]),
]


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template,expected", FOUND)
def test_blame_precision15_found(nlp, template, expected, own, other):
    text = fill(template, own, other)
    assert_exactly(run(nlp, text), expected, text, own, other)

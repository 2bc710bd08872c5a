"""Attribution round 27: a retrain with the ``inner*`` features ships, and a report relayed by another is kept by rule.

A retrained second stage weighs its ``inner*`` features against a report inside another report's content (PolNeAR
often leaves those unannotated), so round 26's retrain refused the chains issue 3 asks for. ``_relayed_report`` keeps
a speech verb with a named subject inside another speech verb's clause, and one that "according to X" holds. Every
sentence is mirrored over four places; each case failed with round 26's retrained file before the rule.
"""
from __future__ import annotations

import pytest

from spinmap.extract.attribution import find_attributions

CAMPS = ["Moscow", "Washington", "Baku", "Yerevan"]

CHAINS = [
    # (text, outer cue, inner cue, inner source)
    ("The ferry agency in {who} says Anna Petrova said the tolls would rise.", "says", "said", "Anna Petrova"),
    ("The harbour office of {who} reports that Ivan Sorel claimed the pier was unsafe.", "reports", "claimed", "Ivan Sorel"),
    ("According to the mayor of {who}, the fishermen believe that the quotas are unfair.", "According to", "believe",
     "the fishermen"),
]


@pytest.mark.parametrize("who", CAMPS)
@pytest.mark.parametrize("text,outer,inner,source", CHAINS)
def test_relayed_report_is_kept_inside_the_one_relaying_it(nlp, who, text, outer, inner, source):
    text = text.format(who=who)
    found = {text[slice(*f.cue)]: f for f in find_attributions(nlp(text)) if f.cue is not None}
    assert outer in found and inner in found, found
    o, i = found[outer].content, found[inner].content
    assert o[0] <= found[inner].cue[0] and found[inner].cue[1] <= o[1], (o, found[inner].cue)
    assert o[0] <= i[0] and i[1] <= o[1], (o, i)
    assert text[slice(*found[inner].source)] == source

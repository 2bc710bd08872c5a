"""Attribution round 23: round 22's inner-report feature without coordinated cues, and a pure function of the doc.

A cue coordinated (``conj``) inside the content built for an earlier cue ("X said A and blamed B") is not an inner
report for the second stage: round 21's ``_coordinated_cues`` cuts the first content before it and gives it X. Round
22's retrain, which counted it as inner, learned to refuse such cues. Other joins (a relative clause, a that-clause)
stay inner. The features must not depend on which documents were read before. Every sentence is mirrored over four
places.
"""
from __future__ import annotations

import pytest

from spinmap.extract import attribution as attr

CAMPS = ["Moscow", "Washington", "Baku", "Yerevan"]

COORDINATED = [
    ("The harbour master of {who} said the ferry was sound and blamed the storm for the delays.", "blamed"),
    ("A spokesman for the council in {who} insisted the budget was balanced and accused the auditors of bias.", "accused"),
]
RELATIVE = "The port authority in {who} announced that the new terminal, which engineers had called unsafe, would open in May."
OTHERS = [
    "Fishermen near {who} complained that the new quotas would ruin them.",
    "The envoy told reporters in {who} that the talks had stalled over the water rights.",
    "Teachers in {who} warned they would strike unless the wage offer improved.",
]


def _inner(doc):
    """{cue head text: its ``inner*`` second-stage features} for every candidate of ``doc``."""
    return {tok.text: {k for k in attr.triple_features(doc, tok, found, regions) if k.startswith("inner")}
            for tok, found, regions in attr.candidates(doc, 0.0)}


@pytest.mark.parametrize("who", CAMPS)
@pytest.mark.parametrize("text,cue", COORDINATED)
def test_coordinated_cue_inside_a_content_is_not_inner(nlp, who, text, cue):
    """The second verb lies inside the first cue's built content, but as a ``conj`` it is round 21's case: "inner=no"
    (old code: no inner feature; round 22's patch: "inner=yes")."""
    doc = nlp(text.format(who=who))
    assert next(t for t in doc if t.text == cue).dep_ == "conj"
    assert _inner(doc)[cue] == {"inner=no"}


@pytest.mark.parametrize("who", CAMPS)
@pytest.mark.parametrize("text,cue", COORDINATED)
def test_coordinated_cue_is_still_its_own_attribution(nlp, who, text, cue):
    """End to end with the shipped model: two attributions, the first content cut before the conjunction."""
    doc = nlp(text.format(who=who))
    found = attr.find_attributions(doc)
    cues = [doc.text[f.cue[0]:f.cue[1]] for f in found]
    assert cue in cues and len(found) == 2
    first = found[cues.index(cue) - 1]
    assert doc.text[first.content[0]:first.content[1]].endswith(("sound", "balanced"))


@pytest.mark.parametrize("who", CAMPS)
def test_relative_clause_cue_stays_inner(nlp, who):
    """"called" in a relative clause inside what "announced" reports keeps its inner features."""
    feats = _inner(nlp(RELATIVE.format(who=who)))
    assert {"inner=yes", "inner_outer=announce", "inner_rel=relcl|True"} <= feats["called"]
    assert feats["announced"] == {"inner=no"}


@pytest.mark.parametrize("who", CAMPS)
def test_inner_features_do_not_depend_on_earlier_documents(nlp, who):
    """The same text gives the same features and attributions whether read first, after other documents (whose
    per-doc memos then fill the caches), or re-parsed: the feature is a function of the document alone."""
    doc = nlp(RELATIVE.format(who=who))
    first_feats, first_found = _inner(doc), attr.find_attributions(doc)
    for other in OTHERS:
        other_doc = nlp(other.format(who=who))
        _inner(other_doc)
        attr.find_attributions(other_doc)
    again = nlp(RELATIVE.format(who=who))
    assert _inner(doc) == _inner(again) == first_feats
    assert attr.find_attributions(doc) == attr.find_attributions(again) == first_found
    assert "inner=yes" in first_feats["called"]

"""Attribution round 22: the second stage learns whether a cue sits inside the content built for an earlier cue.

An inner report ("officials insisted that the plan, which critics called wasteful, would go ahead") is annotated or
not depending on how its clause joins the outer content; the second stage gets that join as features. The outer
contents are the ones the rules build for every strong cue (cue score alone), so train and run time agree whatever
order the candidates are decided in. Every sentence is mirrored over four places.
"""
from __future__ import annotations

import pytest

from spinmap.extract import attribution as attr

CAMPS = ["Moscow", "Washington", "Baku", "Yerevan"]


def _inner(nlp, text):
    """{cue head text: its ``inner*`` second-stage features} for every candidate of ``text``."""
    doc = nlp(text)
    return {tok.text: {k for k in attr.triple_features(doc, tok, found, regions) if k.startswith("inner")}
            for tok, found, regions in attr.candidates(doc, 0.0)}


@pytest.mark.parametrize("who", CAMPS)
def test_relative_clause_cue_inside_an_insisted_content(nlp, who):
    """"claimed" sits in a relative clause inside what "insisted" reports (old code: no such feature)."""
    feats = _inner(nlp, f"Officials in {who} insisted that the ferry plan, which critics claimed was far too costly, "
                        "would still go ahead.")
    assert "inner=yes" in feats["claimed"]
    assert "inner_outer=insist" in feats["claimed"]
    assert "inner_rel=relcl|True" in feats["claimed"]
    assert feats["insisted"] == {"inner=no"}


@pytest.mark.parametrize("who", CAMPS)
def test_that_clause_cue_inside_a_said_content(nlp, who):
    """"warned" reported inside what "said" reports: its clause join and the enclosing lemma are features."""
    feats = _inner(nlp, f"The mayor of {who} said the harbour board warned that the old pier might collapse.")
    assert "inner=yes" in feats["warned"]
    assert "inner_outer=say" in feats["warned"]
    assert any(f.startswith("inner_rel=") and f.endswith("|True") for f in feats["warned"])
    assert feats["said"] == {"inner=no"}


@pytest.mark.parametrize("who", CAMPS)
def test_earlier_cue_is_not_inside_a_later_content(nlp, who):
    """A cue before the enclosing cue is the content's own start, not an inner report: no "inner=yes"."""
    feats = _inner(nlp, f"The fishermen claimed the new quotas were unfair, the governor of {who} said on Friday.")
    assert feats["claimed"] == {"inner=no"}
    assert feats["said"] == {"inner=no"}


@pytest.mark.parametrize("who", CAMPS)
def test_plain_report_has_no_inner_features(nlp, who):
    """A single report: only "inner=no" (old code: no "inner" feature at all, so this fails there too)."""
    feats = _inner(nlp, f"The envoy from {who} announced that the talks would resume in March.")
    assert feats["announced"] == {"inner=no"}

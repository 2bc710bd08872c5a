"""Blame round 24: the accuser, when it was partly right (seed 2626 train sample, class ``accuser``).

Written words a body adopts or one spreads or carries ("adopted a resolution denouncing X", "spread rhetoric blaming
X", "the resolution the council passed"; ``medium_nouns``/``medium_verbs``) speak for whoever does so, not for the
text. A speaker named only by a role in or a part of something keeps its of-phrase ("the head of the party's ethics
panel", "a group of monks"). A concern, a resentment or a point made ("are concerned about X's bribery", "resent that
X looted Y", "pointed out X's threats"; ``topic_verbs``, blame_speech_verbs.txt, ``speech_phrases``) is its holder's
charge, not the author's, and so is the reason an accuser gives ("faulted the cabinet because X betrayed Y"). An
accusation under a gerund on another verb's preposition keeps that verb's subject through an infinitive ("devoted
his speech to trying to hold X accountable"). A fronted predicate adjective ("how reckless it is to V") no longer
breaks the extractor. Examples are our own sentences, mirrored over the shared sides of test_blame_constructions.
"""
from __future__ import annotations

import pytest

from test_blame_constructions import PAIRS, assert_exactly, fill, run

FOUND = [
    # each failed on the old code: the text, the bare head or the author was the accuser (the last one raised)
    ("The city council in {K} adopted a resolution denouncing {P2}'s plan to seize the farms.",
     [("city council", "{P2}", "reported")]),
    ("Two activists spread rhetoric blaming the {N2} government for the floods.",
     [("activists", "{N2} government", "reported")]),
    ("The head of the {N} party's ethics panel accused {P2} of bribing judges.",
     [("head of the {N} party's ethics panel", "{P2}", "reported")]),
    ("A group of monks in {K} condemned {P2}'s decree.", [("A group of monks", "{P2}", "reported")]),
    ("Diplomats in {K} are concerned about {P2}'s bribery of the judges.", [("Diplomats", "{P2}", "reported")]),
    ("The envoys in {K} bitterly resent that {P2} has looted the grain stores.", [("envoys", "{P2}", "reported")]),
    ("The envoy from {K} pointed out {P2}'s repeated threats against the dam.", [("envoy", "{P2}", "reported")]),
    ("{P} faulted the cabinet because {P2} had betrayed the farmers.",
     [("{P}", "cabinet", "reported"), ("{P}", "{P2}", "reported")]),
    ("{P} devoted his speech to trying to hold {P2} accountable for the raids.", [("{P}", "{P2}", "reported")]),
    ("The cabinet in {K} knows how reckless it is to close the mines.", []),
]
GUARDS = [
    # as before: a reason given by no accuser is the author's, a passive's critics are unnamed, a part's members speak
    ("{P} left the party because {P2} had betrayed the farmers.", [("<author>", "{P2}", "authorial")]),
    ("{P} was criticised because {P2} had betrayed the farmers.",
     [("<unspecified>", "{P}", "reported"), ("<author>", "{P2}", "authorial")]),
    ("Hundreds of protesters in {K} condemned {P2}.", [("protesters", "{P2}", "reported")]),
    ("The envoy from {K} pointed out the damage.", []),
    ("{P} accused {P2} of lying.", [("{P}", "{P2}", "reported")]),
]


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template,expected", FOUND + GUARDS)
def test_blame_round24(nlp, template, expected, own, other):
    text = fill(template, own, other)
    assert_exactly(run(nlp, text), expected, text, own, other)

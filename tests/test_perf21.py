"""Session 20 speed work (perf round 21): the attribute ruler's indexed match step gives the same matches as
spaCy's Matcher, and a ruler with a pattern beyond the index keeps the Matcher."""
from __future__ import annotations

import pytest
import spacy
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from spinmap.nlp.rule_index import RuleIndex, index_attribute_ruler

# invented sentences touching the tag map, the morph rules (articles, "that", "it"/"you" by role, "there is"),
# the two-token rules ("gon na", "let 's", "ai n't"), the REGEX ones ("nothin'", "y'all") and whitespace tokens
SENTENCES = [
    "The ferry captain said that she was gonna wait, but it rained.\n\nLet's see, y'all.",
    "There is nothin' a clerk can do  about it; an owl ain't gonna help you either.",
    "Whether the council gets it or not, those who got the memo told you everything.\n \nIt ends here.",
]


def _before_ruler(nlp, text: str) -> Doc:
    """The doc as the ruler sees it: parsed, its attributes not yet written."""
    names = nlp.pipe_names
    return next(nlp.pipe([text], disable=names[names.index("attribute_ruler"):]))


def test_the_loaded_pipeline_matches_with_the_index(nlp):
    ruler = nlp.get_pipe("attribute_ruler")
    assert "match" in vars(ruler)  # the instance's match is the index's, not spaCy's Matcher
    for text in SENTENCES:
        doc = _before_ruler(nlp, text)
        expected = AttributeRuler.match(ruler, doc)
        assert expected, "the sentences must give the ruler something to match"
        assert ruler.match(doc) == expected


def test_the_index_covers_the_rule_kinds_the_sentences_need(nlp):
    ruler = nlp.get_pipe("attribute_ruler")
    hit = {attr_id for text in SENTENCES for attr_id, _, s, e in ruler.match(_before_ruler(nlp, text))}
    two_token = {i for i, p in enumerate(ruler.patterns) if len(p["patterns"][0]) == 2}
    regex = {i for i, p in enumerate(ruler.patterns) if "REGEX" in str(p["patterns"])}
    assert hit & two_token and hit & regex


def _doc(vocab) -> Doc:
    words = ["We", "gon", "na", "build", "it", ",", "y'", "all", "  ", "that", "lane", "."]
    tags = ["PRP", "VBG", "TO", "VB", "PRP", ",", "PRP", "DT", "_SP", "DT", "NN", "."]
    heads = [3, 3, 3, 3, 3, 3, 3, 6, 7, 10, 3, 3]
    deps = ["nsubj", "aux", "aux", "ROOT", "dobj", "punct", "conj", "det", "dep", "nsubj", "npadvmod", "punct"]
    return Doc(vocab, words=words, tags=tags, heads=heads, deps=deps, spaces=[True] * 7 + [False] * 5)


def test_hand_made_rules_match_as_spacy_matches_them():
    vocab = spacy.blank("en").vocab  # with the lexical attributes (LOWER, IS_SPACE) the rules test
    ruler = AttributeRuler(vocab)
    ruler.add([[{"TAG": "PRP"}]], {"POS": "PRON"})
    ruler.add([[{"LOWER": "gon"}, {"LOWER": "na"}]], {"LEMMA": "to"}, index=1)
    ruler.add([[{"LOWER": {"REGEX": "^y'?$"}}, {"LOWER": "all"}]], {"LEMMA": "you"})
    ruler.add([[{"TAG": {"NOT_IN": ["TO", ""]}, "DEP": {"IN": ["aux", "auxpass"]}}]], {"POS": "AUX"})
    ruler.add([[{"DEP": {"NOT_IN": ["det", ""]}, "TAG": {"IN": ["DT", "WDT"]}}]], {"POS": "PRON"})
    ruler.add([[{"IS_SPACE": True}]], {"POS": "SPACE"})
    ruler.add([[{"LOWER": "it", "DEP": "dobj"}], [{"TAG": "PRP", "DEP": "dobj"}]], {"MORPH": "Case=Acc"})  # both: once
    doc = _doc(vocab)
    expected = AttributeRuler.match(ruler, doc)
    assert {m[0] for m in expected} == set(range(7))  # every rule matches somewhere
    assert RuleIndex(ruler).match(doc) == expected


def test_a_pattern_beyond_the_index_leaves_the_ruler_alone():
    vocab = spacy.blank("en").vocab  # with the lexical attributes (LOWER, IS_SPACE) the rules test
    ruler = AttributeRuler(vocab)
    ruler.add([[{"TAG": "PRP"}]], {"POS": "PRON"})
    ruler.add([[{"ORTH": "na", "OP": "?"}]], {"LEMMA": "to"})
    assert index_attribute_ruler(ruler) is None
    assert "match" not in vars(ruler)


def test_the_stock_pipeline_is_spacys_own_and_parses_the_same(nlp):
    """``make bench`` measures the speed targets against spaCy's pipeline as shipped: it must be a separate
    load that keeps spaCy's Matcher, and spinmap's indexed parse must give the same tokens' attributes."""
    from spinmap.nlp.pipeline import load_stock_pipeline

    stock = load_stock_pipeline()
    assert stock is not nlp
    assert "match" not in vars(stock.get_pipe("attribute_ruler"))
    for text in SENTENCES:
        ours, theirs = nlp(text), stock(text)
        assert [(t.pos_, t.lemma_, t.tag_, t.dep_, str(t.morph)) for t in ours] == \
               [(t.pos_, t.lemma_, t.tag_, t.dep_, str(t.morph)) for t in theirs]

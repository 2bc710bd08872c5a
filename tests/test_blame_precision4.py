"""Blame precision on mainstream news, round 4 (issue 4): wrong accusers and voices, supposed and urged acts.

Found by hand-labelling every blame over a random sample of 100 PolNeAR and 50 SemEval-2025 train articles (seed
1515): a medium of words named as the accuser ("a video that accuses X", "a speech denouncing Y") instead of whoever
released or gave it; an accusation someone "made" left unspecified; a charge voiced as a stance ("bemoaned X's
failure", "his frustration over X's failure", "speculated that X will ...", "in X's view", "fearmongering about X's
meddling", "faced criticism for X", "media reports that X ...") given to the author; acts only supposed ("in case of war they could bomb X", "an attack is unlikely",
"the risk of an invasion"), urged ("suggested X should send troops into Y"), called for ("calls to assassinate X") or
shied from ("blamed his hesitancy to condemn X on ...", the infinitive hung on the verb) taken as done; harm to
one's own property, a course given up by choice ("voted to abandon the tax"), backing a person ("sided with X") or
killing terrorists charged as misdeeds; a charge dropped or a cause ruled out ("not due to X's meddling") asserted; a
possessive on a report about threats ("X's security threats report") taken for the threats' doer; a counted thing
after a preposition ("a batch of 3,000 X shells") read as a headline verb; and "it" in a clause after another state
was named in the sentence ("X put sanctions on Y as it shells Z") resolved to the sentence's subject.
Examples are our own sentences with the shared invented/swapped sides of test_blame_constructions (mirrored: the
same record shape whichever side is which), plus guards in the same shapes that must still be found.
"""
from __future__ import annotations

import pytest

from spacy.tokens import Doc

from spinmap.extract.blame import extract_blames
from spinmap.nlp.actors import resolve_actors
from test_blame_constructions import PAIRS, assert_exactly, fill, run

NO_RECORD = [
    # urged, supposed or called for: not done
    "{P} suggested that {C} should invade the border region.",
    "{P} said that if the talks fail, {N2} troops could shell the town again.",
    "{P} warned that in case of a new war, {N2} troops could shell the bridges.",
    "{P} said a {N} invasion of {C2} is unlikely this winter.",
    "Diplomats discussed the likelihood of a {N} invasion of {C2}.",
    "{P} had blamed his hesitancy to condemn {P2} on a bad earpiece.",
    # harm to one's own, a course given up by choice, backing a person, killing terrorists: no misdeed
    "In a weapons test {C} destroyed one of its own old satellites.",
    "The city council of {K} voted to abandon the fuel levy.",
    "{P} will never abandon his devotion to low tariffs, an aide said.",
    "{N} officials have sided with {P2} so far.",
    "{N} troops killed two terrorists near the dam.",
    # a counted thing after a preposition is no headline verb
    "{N} rockets hit a stockpile of 3,000 {C2} shells near the depot.",
    # "it" after another state named in the sentence may be either
    "{C} imposed new tariffs on {C2} as it keeps shelling the border towns.",
]

NEGATED = [
    # a cause ruled out, a charge dropped: the accused is exempted
    ("The rift is not due to {N2} meddling.", [("<author>", "{N2}", "authorial")]),
    ("A judge in {K} decided to drop the fraud charge against {P2}.", [("judge", "{P2}", "reported")]),
]

# whoever speaks through a medium, makes the accusation or holds the stance is the accuser
ACCUSER = [
    ("{P} released a video that accuses {P2} of lying to farmers.", [("{P}", "{P2}", "reported")]),
    ("{P} released a statement accusing {P2} of fraud.", [("{P}", "{P2}", "reported")]),
    ("{P} opened the campaign with a speech denouncing {P2}.", [("{P}", "{P2}", "reported")]),
    ("{P} published a long report asserting that the bridge was destroyed by {N2} troops.", [("{P}", "{N2} troops", "reported")]),
    ("According to remarks by {P}, {N2} troops looted the village.", [("{P}", "{N2} troops", "reported")]),
    ("{P} stands by an accusation he made that {P2} deceived the voters.", [("{P}", "{P2}", "reported")]),
    ("{P} has bemoaned the failure of {C2} to pay the miners.", [("{P}", "{C2}", "reported")]),
    ("{P} speculated that {C2} will step up its attacks on the harbour.", [("{P}", "{C2}", "reported")]),
    ("In {P}'s view, {C2} betrayed the farmers.", [("{P}", "{C2}", "reported")]),
    ("{P} voiced his frustration over the failure of {C2} to pay its debts.", [("his", "{C2}", "reported")]),
    ("{P} has endured criticism for his betrayal of the farmers.", [("<unspecified>", "his", "reported")]),
    ("Officials in {K} are still to confirm media reports that {N2} troops shelled the harbour.",
     [("<unspecified>", "{N2} troops", "reported")]),
    ("Officials in {K} are fearmongering about {N2} meddling.",
     [("<author>", "Officials", "authorial"), ("Officials", "{N2}", "reported")]),
]

# the fixes' bounds: in the same shapes, still found (and not negated)
KEPT = [
    ("{C} abandoned the villagers.", [("<author>", "{C}", "authorial")]),
    ("{C} should stop shelling the villages of {C2}.", [("<author>", "{C}", "authorial")]),
    ("{P} said {C2} must stop killing civilians.", [("{P}", "{C2}", "reported")]),
    ("{C} has abandoned science.", [("<author>", "{C}", "authorial")]),
    ("{C} destroyed one of {C2}'s satellites.", [("<author>", "{C}", "authorial")]),
    ("{N} troops killed two farmers near the dam.", [("<author>", "{N} troops", "authorial")]),
    ("{N} officials have sided with the separatists so far.", [("<author>", "{N} officials", "authorial")]),
    ("In this case, {N} troops shelled the harbour.", [("<author>", "{N} troops", "authorial")]),
    ("{C} shelled the harbour, and if it wins it will occupy more.", [("<author>", "{C}", "authorial"), ("<author>", "it", "authorial")]),
    ("The prosecutor in {K} filed a fraud charge against {P2}.", [("prosecutor", "{P2}", "reported")]),
    ("The rift in {K} is due to {N2} meddling.", [("<author>", "{N2}", "authorial")]),
    ("{P} spoke at the launch of the report on {C2}'s threats.", [("<author>", "{C2}", "authorial")]),
]


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template", NO_RECORD)
def test_blame_precision4_unmade_or_innocent_acts_give_no_record(nlp, template, own, other):
    text = fill(template, own, other)
    assert [(b.source.name, b.target.name, b.charge, b.negated) for b in run(nlp, text)] == [], text


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template,expected", NEGATED)
def test_blame_precision4_ruled_out_or_dropped_charge_is_negated(nlp, template, expected, own, other):
    text = fill(template, own, other)
    blames = run(nlp, text)
    assert_exactly(blames, expected, text, own, other)
    assert [b.negated for b in blames] == [True] * len(expected), text


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template,expected", ACCUSER)
def test_blame_precision4_accuser_is_who_speaks(nlp, template, expected, own, other):
    text = fill(template, own, other)
    blames = run(nlp, text)
    assert_exactly(blames, expected, text, own, other)
    assert not any(b.negated for b in blames), text


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template,expected", KEPT)
def test_blame_precision4_same_shapes_still_found(nlp, template, expected, own, other):
    text = fill(template, own, other)
    blames = run(nlp, text)
    assert_exactly(blames, expected, text, own, other)
    assert not any(b.negated for b in blames), text


@pytest.mark.parametrize("place", ["Moscow", "Kyiv", "Baku", "Yerevan"])
def test_blame_precision4_possessive_on_a_threats_report_is_its_owner_not_a_doer(nlp, place):
    # the parse news sometimes gets (the tagger's choice here varies with the name): the possessive on the misdeed
    # noun of a compound ("X's security threats report"); the report is X's, the threats are nobody's deed
    words = ["Ann", "Cole", "quoted", "from", place, "'s", "security", "threats", "report", "."]
    heads = [1, 2, 2, 2, 7, 4, 7, 8, 3, 2]
    deps = ["compound", "nsubj", "ROOT", "prep", "poss", "case", "compound", "compound", "pobj", "punct"]
    pos = ["PROPN", "PROPN", "VERB", "ADP", "PROPN", "PART", "NOUN", "NOUN", "NOUN", "PUNCT"]
    tags = ["NNP", "NNP", "VBD", "IN", "NNP", "POS", "NN", "NNS", "NN", "."]
    lemmas = ["Ann", "Cole", "quote", "from", place, "'s", "security", "threat", "report", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas,
              sent_starts=[True] + [False] * 9)
    assert extract_blames(doc, resolve_actors(doc), [], None) == []
    # the threats themselves, possessed, are the possessor's
    words = ["Ann", "Cole", "quoted", "from", place, "'s", "threats", "."]
    heads = [1, 2, 2, 2, 6, 4, 3, 2]
    deps = ["compound", "nsubj", "ROOT", "prep", "poss", "case", "pobj", "punct"]
    pos = ["PROPN", "PROPN", "VERB", "ADP", "PROPN", "PART", "NOUN", "PUNCT"]
    tags = ["NNP", "NNP", "VBD", "IN", "NNP", "POS", "NNS", "."]
    lemmas = ["Ann", "Cole", "quote", "from", place, "'s", "threat", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas,
              sent_starts=[True] + [False] * 7)
    assert [b.target.span for b in extract_blames(doc, resolve_actors(doc), [], None)] == [(21, 21 + len(place))]  # "Ann Cole quoted from " is 21 characters

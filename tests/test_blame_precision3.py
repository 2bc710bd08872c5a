"""Blame precision on mainstream news, round 3 (issue 4): constructions that gave false or misdirected accusations.

Found by hand-labelling a random sample of blames over PolNeAR and SemEval-2025 train articles (seed 1414): a thing
(a film, a law, a deal, a pipeline) named as the accused; refusing to do something neutral ("refused to extend the
deadline", "to be drawn on it") or something that would itself be a misdeed ("refuses to surrender", "refused to
fight") charged as a refusal; being responsible for a duty ("for improving schools") charged as a fault; deciding or voting against an accusation taken as making it; a deed in what is said
not to follow or to lack evidence ("does not mean X is a liar", "found no evidence that X lied") asserted; a
counterfactual ("would have shot many more") or a supposed event ("warned that an invasion would end the
talks") charged as done; a person named in a relative clause on a noun ("the raid that killed ... the consul X")
taken as that noun's name; the victim accused: "Captain X, killed ten years ago, was a hero" parsed with X as the
subject of "killed", "Y was attacked by X for ..." (one person's attack on another) and "Mr. Y, whom he attacked ..."
(the relative clause's "he" taken for Y) accusing the one attacked; a politician's attack on a rival, or aides'
attack on a person, or the attacks a person receives from a party, taken for an assault the author blames them for
(it is their criticism).
Examples are our own sentences with the shared invented/swapped sides of test_blame_constructions (mirrored: the
same record shape whichever side is which), plus guards in the same shapes that must still be found.
"""
from __future__ import annotations

import pytest

from spacy.tokens import Doc

from spinmap.extract.blame.parse import _expand
from test_blame_constructions import PAIRS, assert_exactly, fill, run

NO_RECORD = [
    # a thing is no actor, whoever's name it carries
    "{P} blasted the new {C2} pipeline as a disaster.",
    "{P} slammed the hit {C2} film for its message.",
    "{P} denounced the {K2} metro bridge as a scandal.",
    '{P} blasted the hit {C2} film "Moonrise" for its message.',
    "{P} denounced the Maple Grove Act in a long speech.",
    "{P} blamed the Harbor Accord for the job losses.",
    # refusing what is neutral, or what would itself be a misdeed, is no charge (and the misdeed is not done)
    "{P} refused to fight in the war and went to jail.",
    "{P} refused to extend the deadline.",
    "{P} refused to be drawn on the question.",
    "{C} refuses to surrender.",
    "{N} soldiers refused to shoot the protesters.",
    # an accusation decided or voted against is not made
    "The prosecutor in {K} decided against recommending charges against {P2}.",
    "Two deputies in {K} voted against condemning {P2}.",
    # a deed participle set off after its subject: the subject suffered it
    "Captain {P2}, killed ten years ago, was a hero.",
    # responsible for a duty, not a fault
    "Officials in {K} said the {N2} ministry is responsible for improving schools.",
    "One source said the {N2} agency is responsible for plant safety.",
    # attacks from a party, like one person's attacks, are words (cf. round 1: "faced recent attacks from X")
    "{P2} has received far fewer attacks from Republicans than his rivals.",
    # a proviso is no deed
    "{P} said he would sign it as long as {C2} is not violating the truce.",
    # counterfactual and supposed deeds (a counterfactual denied, "would not have managed to", was done: KEPT)
    "{N} terrorists armed with rifles would have managed to murder many more people.",
    "Officials in {K} warned that a {N2} invasion of {C} would end the talks.",
]

NEGATED = [
    # what is said not to follow, or to lack evidence, exempts the doer
    ("That does not mean {P2} is a liar.", [("<author>", "{P2}", "authorial")]),
    ("Taking money from donors does not mean {N2} officials are corrupt.", [("<author>", "{N2} officials", "authorial")]),
    ("The inquiry in {K} found no evidence that {P2} lied.", [("inquiry", "{P2}", "reported")]),
    ("{P} said there is no proof that {C2} shelled the port.", [("{P}", "{C2}", "reported")]),
    ("It is not because {N2} officials are lying that the figures differ.", [("<author>", "{N2} officials", "authorial")]),
]

# one person's attack on another is the attacker's criticism, whichever way it is put
ATTACKED = [
    ("Earlier in the day, {P2} was attacked by {P} for suggesting a tax rise.", [("{P}", "{P2}", "reported")]),
    ("{P} attacked {P2} for suggesting a tax rise.", [("{P}", "{P2}", "reported")]),
    ("{P} spoke on Monday. {P2}, whom he attacked bitterly at every rally, stayed calm.", [("{P}", "{P2}", "reported")]),
    ("{P} spent the day attacking a rival who trails him in the polls.", [("{P}", "a rival", "reported")]),
    ("His top aides attacked {P2} harshly in a closed session.", [("aides", "{P2}", "reported")]),
]

# the fixes' bounds: in the same shapes, still found (and not negated)
KEPT = [
    ("{P} refused to hand over the donor list.", [("<author>", "{P}", "authorial")]),
    ("Officials in {K} said the {N2} ministry is responsible for killing the envoy.", [("Officials", "{N2}", "reported")]),
    ("{P} refused to pay the workers.", [("<author>", "{P}", "authorial")]),
    ("{P} denounced {P2}'s health law.", [("{P}", "{P2}", "reported")]),
    ("{P} blasted {C2} for building the pipeline.", [("{P}", "{C2}", "reported")]),
    ("The inquiry in {K} found evidence that {P2} lied.", [("inquiry", "{P2}", "reported")]),
    ("That means {P2} is a liar.", [("<author>", "{P2}", "authorial")]),
    ("The prosecutor in {K} recommended charges against {P2}.", [("prosecutor", "{P2}", "reported")]),
    ("{N} militants killed ten people and would have killed more.", [("<author>", "{N} militants", "authorial")]),
    ("Without outside money, {N} militants would not have managed to launch their attack on the town.",
     [("<author>", "{N} militants", "authorial")]),
    ("The FBI failed to prevent the killings by {N2} militants.", [("<author>", "FBI", "authorial")]),
    ("{N} militants failed to kill the {N2} envoy.", [("<author>", "{N} militants", "authorial")] * 2),
    ("The {N} militants, armed with rifles, killed ten people.", [("<author>", "{N} militants", "authorial")]),
    ("Captain {P2}, killed ten years ago by {N} militants, was a hero.", [("<author>", "{N} militants", "authorial")]),
    ("{N} soldiers killed the protesters.", [("<author>", "{N} soldiers", "authorial")]),
    ("Protesters attacked {N} police officers near the station.", [("<author>", "Protesters", "authorial")]),
    ("{N} militants attacked the villagers near the dam.", [("<author>", "{N} militants", "authorial")]),
    ("The village faced attacks from {N} troops all week.", [("<author>", "{N}", "authorial")]),
    ("{P} blamed his opponent for the defeat.", [("{P}", "his opponent", "reported")]),
    # the one who fails to mention a deadly raid is still charged; the raid's dead are not
    ("{P} failed to mention the raid that killed three people: the consul Tom Baker, the aide Sam Ruiz and a guard.",
     [("<author>", "{P}", "authorial")]),
]


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template", NO_RECORD)
def test_blame_precision3_negatives_give_no_record(nlp, template, own, other):
    text = fill(template, own, other)
    assert [(b.source.name, b.target.name, b.charge, b.negated) for b in run(nlp, text)] == [], text


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template,expected", NEGATED)
def test_blame_precision3_ruled_out_deed_is_negated(nlp, template, expected, own, other):
    text = fill(template, own, other)
    blames = run(nlp, text)
    assert_exactly(blames, expected, text, own, other)
    assert [b.negated for b in blames] == [True] * len(expected), text


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template,expected", ATTACKED)
def test_blame_precision3_attack_on_a_person_is_the_attackers_criticism(nlp, template, expected, own, other):
    text = fill(template, own, other)
    assert_exactly(run(nlp, text), expected, text, own, other)


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template,expected", KEPT)
def test_blame_precision3_same_shapes_still_found(nlp, template, expected, own, other):
    text = fill(template, own, other)
    blames = run(nlp, text)
    assert_exactly(blames, expected, text, own, other)
    assert not any(b.negated for b in blames), text



def test_blame_precision3_list_after_the_verb_is_not_the_subjects_apposition(nlp):
    # the parse news sometimes gets: the victims listed after a colon hung on the subject as its apposition
    words = ["Ann", "failed", "to", "mention", "it", ":", "Tom", "Baker", ",", "Sam", "Ruiz", "and", "Tim", "Cole", "."]
    heads = [1, 1, 3, 1, 3, 1, 7, 0, 7, 10, 7, 7, 13, 10, 1]
    deps = ["nsubj", "ROOT", "aux", "xcomp", "dobj", "punct", "compound", "appos", "punct", "compound", "conj", "cc",
            "compound", "conj", "punct"]
    pos = ["PROPN", "VERB", "PART", "VERB", "PRON", "PUNCT", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "CCONJ",
           "PROPN", "PROPN", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert [t.text for t in _expand(doc[0])] == ["Ann"]
    # an apposition before the verb still lists the members: "the leaders, A and B, failed ..."
    words = ["Ann", ",", "Tom", "Baker", "and", "Sam", "Ruiz", ",", "failed", "."]
    heads = [8, 0, 3, 0, 3, 6, 3, 0, 8, 8]
    deps = ["nsubj", "punct", "compound", "appos", "cc", "compound", "conj", "punct", "ROOT", "punct"]
    pos = ["PROPN", "PUNCT", "PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "PUNCT", "VERB", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert [t.text for t in _expand(doc[0])] == ["Ann", "Baker", "Ruiz"]

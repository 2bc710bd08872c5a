"""Round-9 blame rules (issue 4), from Antagonists SemEval-2025 entity framing (train) left unaccused.

Recall: a label noun or an epithet given by a naming verb ("X called Y a traitor", "described Y as a war
criminal", "branded Y the aggressor", "Y, whom X called a tyrant": the relative's pronoun subject is the sentence's
subject), a guilty plea ("X pleaded guilty to fraud"), "X poses a threat to Y", whoever has victims ("the victims
of X", "X's victims", X a known actor), resorting to a misdeed ("resorted to terror", "false flag operations"),
committing sabotage, evading accountability, and verbs of ruining or repressing a people (cripple, impoverish,
purge, "crush dissent"); round 9b: an accomplice ("X invaded with help from Z"), an ordered campaign ("ordered a
bombing campaign"), planted explosives, foot-dragging, the named examples of a plural ("ministers like A and B") and
a progressive the lemmatiser misreads ("are fearmongering"); round 9c: a label given a name ("a terrorist named X")
or listing its members ("the polluters include A and B"); round 9d: a misdeed object made one by its modifier
("committed terror attacks"), exploiting someone's plight ("took advantage of X's plight"), pushing a narrative or
an agenda; round 9e: rejecting peace ("rejected ceasefire talks", "X's rejection of peace talks") and an owner's
war on someone ("X's war against Y"); round 9f: contributing to a coup, rehabilitating Nazism, siphoning money off,
and a relative clause on the second member of a predicate ("X is not a source but a puppet who pushes propaganda":
X does); round 9g: taking part in a misdeed ("involved in the sabotage", "X's involvement in") and organising one
("the coordinator of the trafficking network is X"); round 9h: a capitalised epithet the tagger took for part of a
name at a sentence's start or in a title-case headline ("Paranoid X tries ..."); round 9i: a broken promise ("did not
keep its promises"), people used as cannon fodder or human shields, enriching oneself, a list member sponsored
("pushing for heavier weapons and war"); round 9j: a reputation for a misdeed ("X, which is known for false claims"). A he/she pronoun stands for the last person named whose
known gender fits.
Examples are our own sentences with invented or swapped names. Mirrored templates (sides swapped, same record
shape) plus negatives that must give no record; the checks they all share run in test_blame_mirrored.py.
"""
from __future__ import annotations

import pytest

from test_blame_constructions import PAIRS, assert_exactly, fill, run

RECALL = [
    # a label noun or an epithet given by a naming verb is the namer's charge
    ("{P} called {P2} a traitor.", [("{P}", "{P2}", "reported")]),
    ("{P} described {P2} as a war criminal.", [("{P}", "{P2}", "reported")]),
    ("{P} branded {C2} the aggressor.", [("{P}", "{C2}", "reported")]),
    ("{P} called {P2} a corrupt politician.", [("{P}", "{P2}", "reported")]),
    ("{P} met the mayor of {K2} and praised {P2}, whom he called a tyrant.", [("{P}", "{P2}", "reported")]),
    # a guilty plea names its own charge
    ("A {N} official pleaded guilty to money laundering.", [("<author>", "{N} official", "authorial")]),
    # posing a threat
    ("{P} said {C2} poses a threat to the region.", [("{P}", "{C2}", "reported")]),
    # whoever has victims, a known actor
    ("The mayor was the first victim of {C2}.", [("<author>", "{C2}", "authorial")]),
    ("{P} spoke with the victims of {K2}.", [("<author>", "{C2}", "authorial")]),
    # resorting to a misdeed, committing sabotage, evading accountability
    ("{K} resorted to terror against the villagers.", [("<author>", "{C}", "authorial")]),
    ("{P} said {K2} resorted to false flag operations.", [("{P}", "{C2}", "reported")]),
    ("{N} troops committed sabotage at the port.", [("<author>", "{N} troops", "authorial")]),
    ("{P} is trying to evade accountability for the blockade.", [("<author>", "{P}", "authorial")]),
    # ruining or repressing a people
    ("{K} crippled the economy of the region.", [("<author>", "{C}", "authorial")]),
    ("{P} said {K2} impoverished the villagers.", [("{P}", "{C2}", "reported")]),
    ("The {N} leadership purged the army of dissenters.", [("<author>", "{N} leadership", "authorial")]),
    ("{K} uses the courts to crush dissent.", [("<author>", "{C}", "authorial")]),
    # round 9b: an accomplice named by "with help from", an ordered campaign, planted explosives, foot-dragging,
    # the named examples of a plural ("ministers like A and B"), a progressive the lemmatiser misses
    ("{C} invaded the region with help from {C2}.", [("<author>", "{C}", "authorial"), ("<author>", "{C2}", "authorial")]),
    ("{P} ordered a brutal bombing campaign against the villages.", [("<author>", "{P}", "authorial")]),
    ("The {N} leader, craving revenge for the raid, then ordered a bombing campaign against the port of {K2}.",
     [("<author>", "{N} leader", "authorial")]),
    ("The explosives were planted by {N} troops.", [("<author>", "{N} troops", "authorial")]),
    ("{P} said {C2} is dragging its feet on the inquiry.", [("{P}", "{C2}", "reported")]),
    # the named examples (round 37: a bare kind, "ministers like A and B", is no one of its own)
    ("Ministers like {P} and {P2} lied about the losses.", [("<author>", "{P}", "authorial"), ("<author>", "{P2}", "authorial")]),
    ("{P} is fearmongering about the vote.", [("<author>", "{P}", "authorial")]),
    ("{P} said {N2} troops could firebomb the city.", [("{P}", "{N2} troops", "reported")]),
    # round 9c: a label given a name ("a terrorist named X") or listing its members ("the traitors include A and B")
    ("A terrorist named {P} was arrested in {K2}.", [("<author>", "{P}", "authorial")]),
    ("The traitors include {P} and {P2}.", [("<author>", "{P}", "authorial"), ("<author>", "{P2}", "authorial")]),
    # round 9d: a misdeed object made one by its modifier, exploiting someone's plight, pushing a narrative or agenda
    ("{N} troops committed terror attacks on the villages.", [("<author>", "{N} troops", "authorial")]),
    ("{P} took advantage of {C2}'s flooding plight.", [("<author>", "{P}", "authorial")]),
    ("{P} used the summit to push the war narrative.", [("<author>", "{P}", "authorial")]),
    ("{P} said {K2} pushed its agenda at the talks.", [("{P}", "{C2}", "reported")]),
    # round 9e: rejecting peace, and an owner's war on someone
    ("{P} rejected peace negotiations with {C2}.", [("<author>", "{P}", "authorial")]),
    ("{K} rejected the ceasefire.", [("<author>", "{C}", "authorial")]),
    ("The envoy criticised {P}'s rejection of peace talks.", [("The envoy", "{P}", "reported"), ("<author>", "{P}", "authorial")]),
    ("{C}'s war against the villagers continues.", [("<author>", "{C}", "authorial")]),
    # round 9f: contributing to a coup, rehabilitating Nazism, siphoning money off, a relative on a coordinated predicate
    ("After the elections, {C} contributed to the coup in {C2}.", [("<author>", "{C}", "authorial")]),
    ("{P} said {K2} is rehabilitating Nazism.", [("{P}", "{C2}", "reported")]),
    ("The funds were siphoned off by {N} officials.", [("<author>", "{N} officials", "authorial")]),
    ("{P} spoke on Monday. He is not a diplomat but rather a clerk who spreads propaganda.", [("<author>", "{P}", "authorial")]),
    # round 9g: taking part in a misdeed, organising one
    ("{P} said {N2} troops were involved in the sabotage.", [("{P}", "{N2} troops", "reported")]),
    ("{C}'s involvement in the sabotage attacks is clear.", [("<author>", "{C}", "authorial")]),
    ("{P} is the main coordinator of the trafficking network.", [("<author>", "{P}", "authorial")]),
    ("The organizer of the trafficking network is {P}.", [("<author>", "{P}", "authorial")]),
    # round 9i: a broken promise, people used as cannon fodder or shields, self-enrichment, a sponsored list member
    ("As always, {C} did not keep its promises.", [("<author>", "{C}", "authorial")]),
    ("The villagers are being used by {C} as cannon fodder.", [("<author>", "{C}", "authorial")]),
    ("{P} said {N2} troops use civilians as human shields.", [("{P}", "{N2} troops", "reported")]),
    ("{P} and his family enriched themselves while the miners went unpaid.",
     [("<author>", "{P}", "authorial"), ("<author>", "his family", "authorial")]),
    ("{P} keeps pushing for heavier weapons and a longer war.", [("<author>", "{P}", "authorial")]),
    # round 9j: a reputation for a misdeed
    ("The loudest voice was {P}, who is known for false claims.", [("<author>", "{P}", "authorial")]),
    ("{K} praised {N2} officials known for harassing journalists.", [("<author>", "{N2} officials", "authorial")]),
]

NO_RECORD = [
    "The journalist called the mayor a friend.",  # no label, no epithet
    "The senator called the report a summary.",
    "The victims of the flood were buried on Monday.",  # a disaster, not an actor
    "The victims of the attack were buried on Monday.",
    "The victims of Riverton were buried on Monday.",  # a place only the tagger knows
    "The army resorted to heavy artillery.",  # no misdeed resorted to
    "The storm crippled the power grid.",  # no actor does it
    "Sanctions crippled the economy.",
    "The team crushed its rivals on Sunday.",  # crushing a rival is no repression
    "The mayor pleaded for calm.",  # a plea that is no plea of guilt
    "The professor criticised fearmongering about the virus.",  # the gerund noun names no one
    "The village was rebuilt with help from the charity.",  # help with no misdeed
    "The farmers planted trees along the river.",
    "The donors include Exxon and Chevron.",  # no label
    "The traitors do not include the mayor.",
    "The army prepared for terror attacks.",  # bracing for a misdeed is not doing it
    "The court supports war crimes trials.",
    "The farmers took advantage of the lull to rest.",  # no one exploited
    "The mayor should now take advantage of the good weather.",
    "The minister rejected the accusations.",  # rejecting a charge is a denial, not a misdeed
    "The council rejected the budget.",
    "The war on drugs failed.",  # a war nobody is said to own
    "The charity contributed to the relief effort.",
    "The volunteers were involved in the talks.",  # no misdeed
    "The soldiers were involved in the war.",  # taking part in a war is no misdeed of itself
    "The mayor is the organizer of the festival.",
    "The trafficking of children shocked the villagers.",  # trafficking of X names the victims
    "The camps recalled those of Nazi Germany.",  # a historical name, mid-sentence
    "The International Criminal Court issued a warrant.",  # a word inside a known name
    "The mayor kept his promise.",
    "The plant enriched uranium for the reactors.",  # enriching a thing, not oneself
    "The farmers used the barn as a shelter.",
    "The town is known for its cafes.",
    "The mayor is known for his honesty.",
]

# a pushed narrative whose content is given: its pusher voices that content's charge, the pushing itself is none
NARRATIVE = [
    ("Bloggers are pushing a new narrative – {C} betrayed {C2}.", [("Bloggers", "{C}", "reported")]),
    ("Bloggers are pushing a narrative that {C} betrayed {C2}.", [("Bloggers", "{C}", "reported")]),
]


@pytest.mark.parametrize("own,other", PAIRS)
def test_blame_round9_not_guilty_plea_is_negated(nlp, own, other):
    text = fill("A {N} official pleaded not guilty to fraud.", own, other)
    assert [(b.target.name.endswith("official"), b.negated) for b in run(nlp, text)] == [(True, True)], text


@pytest.mark.parametrize("own,other", PAIRS)
def test_blame_round9_naming_label_charge_keeps_its_wording(nlp, own, other):
    text = fill("{P} described {P2} as a war criminal.", own, other)
    assert [b.charge for b in run(nlp, text)] == ["described as a war criminal"], text


@pytest.mark.parametrize("own,other", PAIRS)
def test_blame_round9_branded_apposition_is_not_also_authorial(nlp, own, other):
    text = fill("{P} branded {C2} the aggressor.", own, other)
    assert {b.source.kind for b in run(nlp, text)} == {"actor"}, text


@pytest.mark.parametrize("text,accuser", [
    ("Maria Petrova met John Walker. She said he lied about the attack.", "Maria Petrova"),
    ("John Walker met Maria Petrova. He said she lied about the attack.", "John Walker"),
])
def test_blame_round9_pronoun_takes_the_last_person_of_its_gender(nlp, text, accuser):
    blames = run(nlp, text)
    assert [(b.source.name, b.target.name) for b in blames] == [
        (accuser, ({"Maria Petrova", "John Walker"} - {accuser}).pop())], text


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template,expected", NARRATIVE)
def test_blame_round9_pushed_narrative_with_content_blames_only_its_content(nlp, template, expected, own, other):
    text = fill(template, own, other)
    assert_exactly(run(nlp, text), expected, text, own, other)


# round 9h: a capitalised epithet the tagger took for part of a name (the parse of such headlines varies by name, so
# these are single sentences, not mirrored templates)
@pytest.mark.parametrize("text,name,label", [
    ("Paranoid Jeyhun Bayramov tries to hide his illness.", "Bayramov", "paranoid"),
    ("Corrupt Sergey Lavrov Hides The Truth About The Deal", "Lavrov", "corrupt"),
])
def test_blame_round9_headline_epithet_blames_the_name(nlp, text, name, label):
    assert any(b.source.kind == "author" and name in b.target.name and b.charge == f"referred to as {label}"
               for b in run(nlp, text)), (text, [(b.target.name, b.charge) for b in run(nlp, text)])

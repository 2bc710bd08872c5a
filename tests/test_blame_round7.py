"""Round-7 precision (issue 4), from entities SemEval-2025 entity framing (train) calls Protagonist or Innocent
that blame accused: an act under abstaining ("refrained from condemning X", "declined to blame X"), an
accusation reported only to be dismissed ("the charges against X are bogus": kept, negated), combat against
military materiel ("sank navy vessels"), a misdeed named as the accuser ("a false flag attack to accuse X"),
a part of a group as accuser ("much of the media blamed X": the media), what an excuse is made with ("excusing
their delay with the treacherous government") and a scare-quoted epithet that names no actor.
Mirrored pairs (sides swapped, same record shape) plus negatives that must give no record; the checks they all share run in test_blame_mirrored.py.
"""
from __future__ import annotations

import pytest

from test_blame_constructions import PAIRS, assert_exactly, fill, run

MIRRORED = [
    # still accusations: the act is done, or the materiel belongs to no army
    ("{K} condemned {C2}'s operation against the port.", [("{K}", "{C2}", "reported")]),
    ("{P} chose to blame {K2} for the blockade.", [("{P}", "{K2}", "reported")]),
    ("{C} bombed the diesel tanks near the plant in {K2}.", [("<author>", "{C}", "authorial")]),
    ("{N} troops destroyed the homes of the villagers.", [("<author>", "{N} troops", "authorial")]),
    ("The school was destroyed after an attack by {N} troops.", [("<author>", "{N} troops", "authorial")]),
    ("{K} said {N2} units shelled {N} positions.", [("{K}", "{N2} units", "reported")]),
    ("{N} jets bombed the aid convoy near the border.", [("<author>", "{N} jets", "authorial")]),
    ("{N} troops looted, burned and destroyed the homes of the villagers.",
     [("<author>", "{N} troops", "authorial")] * 2),
    ("Much of the {N} press blamed {C2} for the blast.", [("{N} press", "{C2}", "reported")]),
    ("Most of the {N} officials accused {K2} of lying.", [("{N} officials", "{C2}", "reported")]),
    ("{K} says the charges against {P2} are proven.", [("<unspecified>", "{P2}", "reported")]),
    # a named holder's accusation stands, whoever dismisses it
    ("{K} dismissed {K2}'s accusation that {N} troops had shelled the village.", [("{K2}", "{N} troops", "reported")]),
    ("{K2}'s accusations against {P} are bogus, {K} said.", [("{K2}", "{P}", "reported"), ("{K}", "{K2}", "reported")]),
    ("The \"corrupt regime\" in {K2} stole the aid.", [("<author>", "{K2}", "authorial")] * 2),
    ("The treacherous government in {K} abandoned the villagers.", [("<author>", "{K}", "authorial")] * 2),
    # a demonym adjective before a deed noun names the doing state (session 9)
    ("The {N} aggression continued in the spring.", [("<author>", "{C}", "authorial")]),
    ("{P2} condemned the {N} aggression.", [("{P2}", "{C}", "reported"), ("<author>", "{C}", "authorial")]),
    # abstaining unmakes the condemnation, not the misdeed the author names
    ("{K2} refrained from condemning the {N} invasion.", [("<author>", "{C}", "authorial")]),
]

# accusations nobody named makes, mentioned only to be dismissed: one record, negated
DISMISSED = [
    "{K} says the charges against {P2} are bogus and baseless.",
    "The allegations against {C2} were false.",
    "{K} rejected the accusations against {P}.",
    "Baseless accusations against {K2} spread online.",
    # a phrasal dismissal on the accusation (session 9): the one who shuts it down does not hold it
    "{P} shut down accusations that {N2} troops had planned the attack.",
    "{K} brushed aside the accusations against {P2}.",
    # an accusation its holder did not make
    "{K} did not file charges against {P2}.",
    "{P} never made accusations against {K2}.",
]

NEGATIVES = [
    "Brazil refrained from condemning Russia's blockade of the Ukrainian ports.",
    "Brazil refrained from condemning Ukraine's blockade of the Russian ports.",
    "Beijing declined to blame Moscow for the blast.",
    "Beijing declined to blame Kyiv for the blast.",
    "Ankara stopped short of accusing Baku of the attack.",
    "Ankara stopped short of accusing Yerevan of the attack.",
    "Armenia was reluctant to accuse Russia of betrayal.",
    "Azerbaijan was reluctant to accuse Turkey of betrayal.",
    "The army avoided shelling the villages near Kherson.",
    "The prosecutor in Moscow declined to bring charges against Kyiv.",
    "The prosecutor in Kyiv declined to bring charges against Moscow.",
    "Ukraine has hit, sunk or destroyed a dozen Russian navy vessels.",
    "Russia has hit, sunk or destroyed a dozen Ukrainian navy vessels.",
    "Russia destroyed three Ukrainian tanks near Bakhmut.",
    "Ukraine destroyed three Russian tanks near Bakhmut.",
    "Russian vessels were sunk by Ukraine.",
    "Ukrainian artillery launchers were destroyed by Russia.",
    "The strikes by Ukraine on the Russian fleet continued.",
    "The strikes by Russia on Ukrainian warships continued.",
    "The Russian cruiser Azov was sunk after a missile attack by the Ukrainians.",
    "The Ukrainian cruiser Dnipro was sunk after a missile attack by the Russians.",
    "A False Flag Attack in Ukraine to Falsely Accuse Russia",
    "A False Flag Attack in Russia to Falsely Accuse Ukraine",
    "Stop excusing your silence with the corrupt government or the traitors in the capital!",
    "They explain their defeat by the treachery of the generals.",
    "They keep fighting the \"corrupt regime\" every day.",
    "They marched against the \"treacherous elite\" on Sunday.",
]


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template", DISMISSED)
def test_blame_round7_dismissed_accusation_is_kept_negated(nlp, template, own, other):
    text = fill(template, own, other)
    blames = run(nlp, text)
    assert len(blames) == 1 and blames[0].negated, (text, [(b.source.name, b.target.name, b.negated) for b in blames])


@pytest.mark.parametrize("text,charge", [
    ("Russian troops looted, burned and destroyed the homes of the villagers.", "destroyed the homes of the villagers"),
    ("Ukrainian troops looted, burned and destroyed the homes of the villagers.", "destroyed the homes of the villagers"),
])
def test_blame_round7_listed_verb_takes_the_shared_object_into_its_charge(nlp, text, charge):
    assert charge in [b.charge for b in run(nlp, text)]


@pytest.mark.parametrize("text,spared", [
    ("India has refused to rebuke Moscow.", "Moscow"),
    ("India has refused to rebuke Kyiv.", "Kyiv"),
    ("They keep justifying their idleness with treacherous power and cowards among the officials.", "power"),
    ("They keep excusing their delay with the treacherous government and traitors in the ministry.", "government"),
])
def test_blame_round7_unmade_or_excusing_charge_accuses_nobody_named_in_it(nlp, text, spared):
    # refusing to rebuke may be held against the refuser, never against whom it spares; what an excuse is
    # made with is the excuser's word, nobody's charge
    assert not [b for b in run(nlp, text) if spared in b.target.name and not b.negated], text


CHARGE_EXTENTS = [
    # a capped charge ends where a phrase ends, finishing one that ends just past the limit
    ("{K} sabotaged the execution of the section of the accord linked to the rights of the fishermen of {K2} and Odesa.",
     "sabotaged the execution of the section of the accord linked to the rights of the fishermen"),
    ("{P} misled the panel during a lengthy session on the state of the eastern frontier of the country last May.",
     "misled the panel during a lengthy session on the state of the eastern frontier of the country"),
    ("{K} told its bloggers to muster as many volunteers as possible under the command of the separatists.",
     "muster as many volunteers as possible under the command of the separatists"),
    # a comma-set relative clause is an aside; a restrictive one is part of what is charged
    ("{C} launched its latest attack on the power grid of {K2}, which the minister described as the worst.",
     "latest attack on the power grid of {K2}"),
    ("{P} has betrayed each one of the pledges that he gave in {K2}.",
     "betrayed each one of the pledges that he gave in {K2}"),
]


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template,charge", CHARGE_EXTENTS)
def test_blame_round7_charge_ends_at_a_phrase_boundary(nlp, template, charge, own, other):
    text, want = fill(template, own, other), fill(charge, own, other)
    assert [b.charge for b in run(nlp, text)] == [want], text


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template", [t for t, _ in CHARGE_EXTENTS])
def test_blame_round7_capped_charge_never_ends_on_a_function_word(nlp, template, own, other):
    from spinmap.extract.blame import CHARGE_OVERRUN, MAX_CHARGE_TOKENS

    for b in run(nlp, fill(template, own, other)):
        words = b.charge.split()
        assert len(words) <= MAX_CHARGE_TOKENS + CHARGE_OVERRUN
        assert words[-1].lower() not in {"the", "a", "an", "of", "in", "on", "to", "and", "or", "its", "their"}, b.charge


# round 7d, from train Antagonists missed with explicit accusing wording
RECALL = [
    ("{P} blatantly lied when he said the port was open.", [("<author>", "{P}", "authorial")]),
    ("{P} is a puppet politician who has been selling out {C2} for years.", [("<author>", "{P}", "authorial")] * 2),
    ("{C} is the aggressor country.", [("<author>", "{C}", "authorial")]),
    ("It was {C} who provoked {C2} to the point of war.", [("<author>", "{C}", "authorial")]),
    ("{P} and his allies worked together to push the disarmament scam.",
     [("<author>", "{P}", "authorial"), ("<author>", "his allies", "authorial")]),
    ("{K} said {N2} troops committed war crimes in the village.", [("{K}", "{N2} troops", "reported")]),
]

RECALL_NEGATIVES = [
    "The cat lay on the mat and the dog lies there.",  # 'lied' only is the deceit
    "It was Russia that hosted the talks.",
    "Armenia is the host country.",
    "The journalists exposed the scam.",  # exposing a scam is no sponsorship
    "The police investigated the crimes.",
]


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template,expected", [
    ("The tyrants at the United Nations want to ban the rally in {K}.", [("<author>", "United Nations", "authorial")]),
    ("The {N} dictator signed the decree.", [("<author>", "{N} dictator", "authorial")]),
    ("{P} said the {N2} dictator must go.", [("{P}", "{N2} dictator", "reported")]),
])
def test_blame_round7_tyrant_labels_blame_whom_they_name(nlp, template, expected, own, other):
    text = fill(template, own, other)
    assert_exactly(run(nlp, text), expected, text, own, other)


# round 7f: atrocity nouns, conduct epithets, 'complicit'
ATROCITIES = [
    ("{C}'s genocide in the villages shocked the world.", [("<author>", "{C}", "authorial")]),
    ("The fascistic government in {K} banned the party.", [("<author>", "{K}", "authorial")] * 1),
    ("The {N} government is brutal.", [("<author>", "{N} government", "authorial")]),
    ("{P} said that {K2} was complicit in the attack.", [("{P}", "{K2}", "reported")]),
]

ATROCITY_NEGATIVES = [
    "The Gaza genocide shocked the world.",  # a place before the atrocity is its victim
    "The Ukraine invasion began in February.",
    "The Crimea annexation began in 2014.",
    "The persecution of Julian Assange continued.",  # whose persecution: the victim's
    "The army launched a brutal bombing campaign.",  # the epithet grades the misdeed, not an actor
    "War brought savage repression against the opposition.",
    "The brutal winter killed the crops.",
]


@pytest.mark.parametrize("text,accused", [
    ("The Hamas attack on the town killed dozens.", "Hamas"),  # an organisation before the misdeed does it
    ("The NATO bombing of the bridge killed dozens.", "NATO"),
])
def test_blame_round7_organisation_before_a_misdeed_is_its_doer(nlp, text, accused):
    assert {b.target.name for b in run(nlp, text)} == {accused}, text


# round 7g: the accused of a reduced or relative passive, 'X behind the attack' without a verb
ACCUSED_NOUNS = [
    ("{P} decorated a {N} army unit accused of torture.", [("<unspecified>", "{N} army", "reported")]),
    ("The scandal involves {P}, who is accused of stealing state land.", [("<unspecified>", "{P}", "reported")]),
    ("Report Reveals {P} Behind Pipeline Attack", [("<author>", "{P}", "authorial")]),
    ("The {N} group behind the bombing was banned.", [("<author>", "{N} group", "authorial")]),
]

BEHIND_NEGATIVES = [
    "The man behind the counter smiled.",  # behind a thing, not a misdeed
    "The house behind the church burned.",
    "The report, which was criticised by nobody, was published.",
]

GENERIC_LABELS = ["A dictator must never rule again.", "Any tyrant fears the crowd."]  # a generic label names nobody


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template,expected", [
    # a month before the capital glues nothing to it: the capital stands for its state, as anywhere else
    ("In January {K} launched a fresh attack against {P2} questioning his record in office.", [("{C}", "{P2}", "reported")]),
    ("{P} launched a scathing attack on {K2}.", [("{P}", "{K2}", "reported")]),
])
def test_blame_round7_verbal_attack_is_its_owners_accusation(nlp, template, expected, own, other):
    # an attack in words blames the one attacked, not the attacker
    text = fill(template, own, other)
    assert_exactly(run(nlp, text), expected, text, own, other)


# The groups above share the checks in test_blame_mirrored.py: every mirrored template finds its records on
# either side, keeps its shape when the sides swap and points every span at its text; no negative gives a record.
FOUND = MIRRORED + RECALL + ATROCITIES + ACCUSED_NOUNS
NO_RECORD = RECALL_NEGATIVES + ATROCITY_NEGATIVES + BEHIND_NEGATIVES + GENERIC_LABELS


@pytest.mark.parametrize("text", NEGATIVES)
def test_blame_round7_negatives_give_no_record(nlp, text):
    assert [(b.source.name, b.target.name, b.charge) for b in run(nlp, text) if not b.negated] == [], text

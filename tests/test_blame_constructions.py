"""Round-5 constructions (issue 4), each in mirrored pairs (sides swapped, same record shape) plus negatives.

Manner adverbs of wrongdoing ("brutally dispersed"), persuasion against a public good ("trying to convince X
that peace is a defeat"), serving a hostile party's interests, a goal pursued through a misdeed or at others'
expense, a fight for a hostile party, a misdeed someone needs, orders or attempts ("X's attempt to occupy"),
"it" standing for an organisation named before, a report noun "information that", junk before a subject
("@SUM(1+1) Russia blamed ...") and scare-quoted charges ("of 'lies'").
"""
from __future__ import annotations

import pytest

from spinmap.extract.attribution import extract_quotes
from spinmap.extract.blame import extract_blames
from spinmap.nlp.actors import resolve_actors

SIDES = {
    "Russia": dict(C="Russia", K="Moscow", N="Russian", P="Sergey Lavrov"),
    "Ukraine": dict(C="Ukraine", K="Kyiv", N="Ukrainian", P="Dmytro Kuleba"),
    "Armenia": dict(C="Armenia", K="Yerevan", N="Armenian", P="Ararat Mirzoyan"),
    "Azerbaijan": dict(C="Azerbaijan", K="Baku", N="Azerbaijani", P="Jeyhun Bayramov"),
}
PAIRS = [("Russia", "Ukraine"), ("Ukraine", "Russia"), ("Armenia", "Azerbaijan"), ("Azerbaijan", "Armenia")]

# template -> expected records as (accuser, accused, voice); {x} is the own side, {x2} the other side.
MIRRORED = [
    ("{N} police brutally dispersed the rally in {K}.", [("<author>", "{N} police", "authorial")]),
    ("Protesters were harshly met by {N} police.", [("<author>", "{N} police", "authorial")]),
    ("{K} is trying to convince {N2}s that the ceasefire is a betrayal.", [("<author>", "{K}", "authorial")]),
    ("The spy chief said that {K} is trying to persuade {N2}s that peace is a defeat.",
     [("spy chief", "{K}", "reported")]),
    ("{N} peacekeepers act in the interests of the separatists.", [("<author>", "{N} peacekeepers", "authorial")]),
    ("{N} volunteers fought under the banner of the separatists.", [("<author>", "{N} volunteers", "authorial")]),
    ("{K} seeks to weaken {C2} through separatism.", [("<author>", "{K}", "authorial")]),
    ("{C} signed the deal on Monday. It then occupied the port of {K2}.", [("<author>", "{C}", "authorial")]),
    ("{C} hides behind the talks while it occupies the villages.", [("<author>", "{C}", "authorial")]),
    ("{P} instructed his diplomats to justify the aggression.", [("<author>", "{P}", "authorial")]),
    ("{P} told bloggers to engage in spreading propaganda.", [("<author>", "{P}", "authorial")]),
    ("{K} needs the militias to provoke a war.", [("<author>", "{K}", "authorial")]),
    ("{N} intelligence has information that {K2} is planning to occupy the port.",
     [("{N} intelligence", "{K2}", "reported")]),
    ("{C} is solving its problems at the expense of its neighbours.", [("<author>", "{C}", "authorial")]),
    ("{P} said that {C2} wants to solve “its problems at the expense of other nations”.", [("{P}", "{C2}", "reported")]),
    ("{N} bloggers urged the volunteers to prepare for the battle for the separatists.",
     [("<author>", "{N} bloggers", "authorial")]),
    ("{C}'s attempt to occupy the port of {K2} failed.", [("<author>", "{C}", "authorial")]),
    ("@SUM(1+1) {C} blamed {C2} for the attack.", [("{C}", "{C2}", "reported")]),
    ("{K} accused {K2} of 'lies'.", [("{K}", "{K2}", "reported")]),
    ("On Monday, {K} accused {K2} of 'lies' over the attack.", [("{K}", "{K2}", "reported")]),
]

NEGATIVES = [
    "The minister harshly criticised the plan.",  # the adverb grades a speech act
    "Prices fell brutally.",
    "The storm brutally hit the coast.",  # no actor
    "He was brutally murdered.",  # agentless passive: no doer
    "The ministry reacted harshly.",  # nobody on the receiving end
    "The envoy convinced Armenians that peace is a victory.",
    "Moscow convinced Georgians that the war was a defeat.",  # the war is no public good
    "Armenians were convinced that peace is a defeat.",  # a view held, nobody persuading
    "Kyiv tried to convince Poles that the treaty is not a betrayal.",
    "The mediators act in the interests of peace.",
    "Moscow acts in the interests of its citizens.",
    "The separatists act in the interests of Moscow.",
    "Civilians lived under the command of the militants for years.",  # who lives under them is not blamed
    "Armenian soldiers serve under the command of General Hakobian.",
    "Armenia went through war twice.",  # the sufferer is not blamed
    "Ukraine has lived through war.",
    "Lives were lost through war.",
    "The Kremlin met the envoy on Monday. It is clear that the talks failed.",
    # 'it' is what the speaker speaks of, or a passive's subject is passed over: no organisation is meant
    "Kyiv criticised the plan, arguing that it undermined the talks.",
    "Moscow criticised the plan, arguing that it undermined the talks.",
    "The militia vowed that once Baku is defeated it will occupy the port.",
    "The militia vowed that once Yerevan is defeated it will occupy the port.",
    "Kyiv needs its allies to supply weapons.",
    "The minister told his aides to condemn the aggression.",
    "@SUM(1+1) The weather was mild on Tuesday.",
    # 'it' is the nearest singular subject (the bank), not an organisation named earlier
    "Washington sanctioned the bank in May. If the bank had allowed the transfer, it would have violated the sanctions.",
    "Moscow sanctioned the bank in May. If the bank had allowed the transfer, it would have violated the sanctions.",
    "The senator defended the migrants who travel north to illegally enter the country.",  # whose purpose clause?
    "The city built the park at the expense of the state.",  # who paid, not who was wronged
    "Russia's refusal to occupy Kyiv surprised many.",  # only a wish or attempt puts the act on its owner
    "Ukrainian volunteers support the fight for freedom.",
    "The volunteers prepared for the fight against the separatists.",
]


def fill(template: str, own: str, other: str) -> str:
    slots = {**SIDES[own], **{f"{k}2": v for k, v in SIDES[other].items()}}
    return template.format(**slots)


def run(nlp, text):
    doc = nlp(text)
    return extract_blames(doc, resolve_actors(doc), [], None)


def run_quoted(nlp, text):
    """The extractor with the article's quotes found, as the pipeline runs it (a quote's speaker is its voice)."""
    doc = nlp(text)
    actors = resolve_actors(doc)
    return extract_blames(doc, actors, extract_quotes(doc, actors), None)


def round_cases(found, guards, nothing, charges) -> list[tuple]:
    """A blame round's lists as (kind, template, expected) cases for :func:`check_case`."""
    return ([("records", t, e) for t, e in found + guards] + [("nothing", t, None) for t in nothing]
            + [("charge", t, c) for t, c in charges])


def check_case(nlp, kind: str, template: str, expected, own: str, other: str) -> None:
    """One mirrored case of a blame round's list: ``records`` (exactly these (accuser, accused, voice), none negated),
    ``nothing`` (no record) or ``charge`` (one record with this charge)."""
    text = fill(template, own, other)
    blames = run_quoted(nlp, text)
    if kind == "records":
        assert_exactly(blames, expected, text, own, other)
        assert not any(b.negated for b in blames), (text, blames)
    elif kind == "nothing":
        assert blames == [], text
    else:
        assert [b.charge for b in blames] == [fill(expected, own, other)], (text, blames)
        assert all(text[b.evidence.span[0]:b.evidence.span[1]] == b.evidence.text for b in blames)


def named(ref, name: str, text: str) -> bool:
    surface = text[ref.span[0]:ref.span[1]] if ref.span else ""
    return name.lower() in ref.name.lower() or name.lower() in surface.lower()


def shape(blames, text, own, other):
    """Records as (accuser, accused, voice) with the sides' names put back as slots."""
    names = {**{v: f"{{{k}}}" for k, v in SIDES[own].items()}, **{v: f"{{{k}2}}" for k, v in SIDES[other].items()}}

    def slot(ref):
        surface = text[ref.span[0]:ref.span[1]] if ref.span else ref.name
        for value, key in sorted(names.items(), key=lambda kv: -len(kv[0])):
            surface = surface.replace(value, key)
        return surface

    return sorted(("<author>" if b.source.kind == "author" else slot(b.source), slot(b.target), b.voice)
                  for b in blames)


def assert_exactly(blames, expected, text: str, own: str, other: str) -> None:
    """Each expected (accuser, accused, voice) template is among ``blames``, and nothing else is."""
    for accuser, accused, voice in expected:
        accuser, accused = fill(accuser, own, other), fill(accused, own, other)
        assert any(b.voice == voice and named(b.target, accused, text) and (
            b.source.kind == "author" if accuser == "<author>" else named(b.source, accuser, text)) for b in blames), (
            text, [(b.source.name, b.target.name, b.voice) for b in blames])
    assert len(blames) == len(expected), (text, [(b.source.name, b.target.name, b.charge) for b in blames])


@pytest.mark.parametrize("own,other", PAIRS)
def test_blame_junk_before_the_subject_never_becomes_an_actor(nlp, own, other):
    text = fill("@SUM(1+1) {C} blamed {C2} for the attack.", own, other)
    for b in run(nlp, text):
        for ref in (b.source, b.target):
            assert any(ch.isalpha() for ch in ref.name), ref
            assert ref.span is None or text[ref.span[0]:ref.span[1]] in (SIDES[own]["C"], SIDES[other]["C"])


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template", ["{K} accused {K2} of 'lies'.", "On Monday, {K} accused {K2} of 'lies' over the attack.",
                                      "{P} accused {C2} of ‘lies’ and ‘hysteria’."])
def test_blame_scare_quoted_charge_is_the_word_without_its_marks(nlp, template, own, other):
    text = fill(template, own, other)
    blames = run(nlp, text)
    assert blames and all(b.charge.startswith("lies") for b in blames), [b.charge for b in blames]
    assert not any(mark in b.charge for b in blames for mark in "'‘’\"“”"), [b.charge for b in blames]


@pytest.mark.parametrize("own,other", PAIRS)
def test_blame_charge_runs_on_through_a_quotation_mark(nlp, own, other):
    text = fill("{P} said that {C2} wants to solve “its problems at the expense of other nations”.", own, other)
    assert [b.charge for b in run(nlp, text)] == ["solve its problems at the expense of other nations"]


@pytest.mark.parametrize("own,other", PAIRS)
def test_blame_quantity_head_accuser_is_its_members(nlp, own, other):
    text = fill("Dozens of {N} protesters accused {K2} of lying.", own, other)
    assert [(b.source.name, named(b.target, SIDES[other]["K"], text)) for b in run(nlp, text)] == [
        (f"{SIDES[own]['N']} protesters", True)]


@pytest.mark.parametrize("text", ["On Friday's call, officials said Moscow attacked Kyiv's decision to hold talks.",
                                  "On Friday's call, officials said Kyiv attacked Moscow's decision to hold talks.",
                                  "Friday's complaint says nothing new.", "Kyiv's parliament attacked the ruling."])
def test_blame_dates_and_criticised_decisions_are_no_blame(nlp, text):
    assert run(nlp, text) == [], text


@pytest.mark.parametrize("text,charge", [
    ("The Armenians' homes were looted by Azerbaijani soldiers.", "looted the Armenians' homes"),
    ("Moscow threatened to send troops to the Baltic States’ eastern border.",
     "threatened to send troops to the Baltic States’ eastern border"),
])
def test_blame_possessive_apostrophe_stays_in_the_charge(nlp, text, charge):
    assert [b.charge for b in run(nlp, text)] == [charge]


@pytest.mark.parametrize("text,accuser,accused", [
    ("The minister told his aides to stop justifying the aggression.", "minister", "aides"),
    ("Washington urged Moscow to stop funding terrorism.", "United States", "Russia"),
    ("Moscow urged Washington to stop funding terrorism.", "Russia", "United States"),
])
def test_blame_told_to_stop_sponsoring_accuses_the_addressee(nlp, text, accuser, accused):
    blames = run(nlp, text)
    assert [(b.source.kind, b.voice) for b in blames] == [("actor", "reported")], blames
    assert named(blames[0].source, accuser, text) and named(blames[0].target, accused, text)


@pytest.mark.parametrize("text", ["Russian troops ruthlessly shelled the villages.",
                                  "Ukrainian troops ruthlessly shelled the villages."])
def test_blame_adverb_on_a_misdeed_verb_adds_no_second_record(nlp, text):
    blames = run(nlp, text)
    assert len(blames) == 1 and blames[0].charge == "ruthlessly shelled the villages"


def assert_spans_hold(blames, text: str) -> None:
    """Evidence and cue spans index their own text; accuser and accused spans point at words."""
    for b in blames:
        assert text[b.evidence.span[0]:b.evidence.span[1]] == b.evidence.text
        assert text[b.cue.span[0]:b.cue.span[1]] == b.cue.text
        for ref in (b.source, b.target):
            if ref.span:
                assert text[ref.span[0]:ref.span[1]].strip()

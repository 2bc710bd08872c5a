"""Mirrored news paragraphs (hand-written, sides swapped): each pair must get the same blame structure."""
from __future__ import annotations

import re

import pytest

from spinmap.extract.blame import extract_blames
from spinmap.nlp.actors import resolve_actors

# {N}: the side's adjective, {C}: country, {K}: capital, {L}: its ally's adjective, {P}: its minister,
# {G}: its general, {W}: its place of worship; lower-case {n}/{c}/{k}/... are the other side's. A is only the
# ally's canonical name, so "its Turkish allies" -> Turkey maps to a placeholder.
PARAGRAPHS = [
    "{C}'s defence ministry accused {n} forces of shelling three villages near the border overnight. "
    "According to officials in {K}, the attack damaged a school and a clinic. {k} denied that its troops had "
    "fired on civilian areas. Unnamed Western diplomats said {c} may have provoked the clashes to gain leverage "
    "in the talks.",
    '"The aggressor regime in {k} has betrayed every promise it made," {N} Foreign Minister {P} told reporters '
    "on Tuesday. He blamed {c}, its {l} allies and foreign mercenaries for the collapse of the ceasefire. The "
    "minister called {k}'s latest statements provocative.",
    "Dozens of {N} homes were looted by {n} soldiers, residents of the village said. The {n} army allegedly "
    "destroyed a {W} in the same district. An {n} military spokesman rejected the reports as fabrications and "
    "said that {N} saboteurs had mined the roads.",
    "A captured {n} officer said his unit was ordered by General {g} to seize the heights above the town. "
    "{N} media claimed that {k} is to blame for the refugee crisis. The officer said he was not responsible "
    "for the killings of prisoners.",
    "The {n} leadership has grossly mismanaged the peace process and shamelessly exploited the plight of "
    "refugees. Human rights groups hold {k} responsible for the blockade of the corridor, which has left "
    "thousands without medicine. Critics say the government in {k} is not interested in peace.",
    "According to sources close to the {N} General Staff, the strikes were ordered by the {n} leadership to break "
    "civilian morale. {n} state television accused {c} and its {l} allies of staging the incident.",
    'A senior {N} official, speaking on condition of anonymity, said {k} had been planning the provocation for '
    'weeks. "They are lying to the whole world," he said. The {n} defence ministry did not comment, but '
    "bloggers in {k} blamed {l} intelligence services for the explosion.",
]
SIDES = {
    "Armenia": dict(N="Armenian", C="Armenia", K="Yerevan", L="French", P="Aram Sarkissian", G="Tigran Hakobian",
                    W="church", A="France"),
    "Azerbaijan": dict(N="Azerbaijani", C="Azerbaijan", K="Baku", L="Turkish", P="Elnur Mammadli",
                       G="Rustam Guliyev", W="mosque", A="Turkey"),
}


def fill(template, own, other):
    slots = {**SIDES[own], **{k.lower(): v for k, v in SIDES[other].items()}}
    return template.format(**slots)


def placeholders(text, own, other):
    """Every side-specific name in ``text`` replaced by <own>/<other> (longest names first)."""
    names = [(v, "<own>") for v in SIDES[own].values()] + [(v, "<other>") for v in SIDES[other].values()]
    for name, slot in sorted(names, key=lambda x: -len(x[0])):
        text = re.sub(re.escape(name), slot, text, flags=re.I)
    return text


def structure(nlp, template, own, other):
    text = fill(template, own, other)
    doc = nlp(text)
    out = []
    for b in extract_blames(doc, resolve_actors(doc), [], None):
        src = "<author>" if b.source.kind == "author" else placeholders(b.source.name, own, other)
        tgt = placeholders(b.target.name, own, other)
        out.append((src, tgt, b.voice, b.negated, b.hedged, placeholders(b.charge, own, other)))
    return sorted(out)


@pytest.mark.parametrize("template", PARAGRAPHS)
def test_blame_mirrors_same_structure_when_sides_swap(nlp, template):
    """Accuser/accused swap, and voice, negation, hedge and charge shape stay the same."""
    one = structure(nlp, template, "Armenia", "Azerbaijan")
    two = structure(nlp, template, "Azerbaijan", "Armenia")
    assert one == two and one, f"{one}\n!=\n{two}"


@pytest.mark.parametrize("own,other", [("Armenia", "Azerbaijan"), ("Azerbaijan", "Armenia")])
@pytest.mark.parametrize("index,expected", [
    # a mis-split "<adj>/dobj forces/dobj" is one accused, not two
    (0, ("<own>'s defence ministry", "<other> forces", "reported", False, False)),
    # the for-charge hung on a list member, and the apposition's listed members, each accused
    (1, ("<own>", "foreign mercenaries", "reported", False, False)),
    # "the regime in <capital>" names the capital
    (1, ("<own>", "<other>", "reported", False, False)),
    # "the minister called X's statements provocative": the minister's accusation, not the author's
    (1, ("the minister", "<other>", "reported", False, False)),
    (2, ("<author>", "<other> army", "authorial", False, True)),
    (2, ("an <other> military spokesman", "<own> saboteurs", "reported", False, False)),
    # "the officer said he was not responsible": he is the officer, not the general named before
    (3, ("the officer", "the officer", "reported", True, False)),
    (4, ("critics", "<other>", "reported", False, False)),
    # an order whose object is a misdeed noun blames its giver; "sources close to X" keeps its complement
    (5, ("sources close to the <own> general staff", "<other>", "reported", False, False)),
    (6, ("a senior <own> official", "<other>", "reported", False, False)),
])
def test_blame_mirrors_expected_record(nlp, own, other, index, expected):
    got = {(s.lower() if s != "<author>" else s, t.lower(), v, n, h) for s, t, v, n, h, _ in
           structure(nlp, PARAGRAPHS[index], own, other)}
    want = tuple(x.lower() if isinstance(x, str) and x != "<author>" else x for x in expected)
    assert want in got, got

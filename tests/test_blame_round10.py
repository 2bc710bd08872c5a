"""Round-10 blame rules (issue 4), from Antagonists of SemEval-2025 entity framing (train) left unaccused.

Round 10a: a plural pronoun (they/them/their) stands for the nearest earlier subject naming an organisation, a
country or a group ("X rejected the truce. They want to occupy ..."), or for a possessor in its own sentence
("X's part in the conflict, since they took part in ..."); never for a single person, across a quotation mark,
past a plural noun in between, or for whoever reports or holds the pronoun's clause ("X says they shelled ...").
Round 10b: an account noun's gerund ("the story of X destroying Y", "the theory of X sabotaging Y") is that account's
content, reported, not the author's; its doer is X however the parser hung the gerund (on the noun or beside X).
Round 10c: an armed entry ("X sent troops into Y", Y a country) blames its sender, as an invasion does; a deployment
to a host ("sent troops to Y"), into no place ("into battle") or of no force ("sent aid into Y") does not.
Round 10d: a named owner of an accused armed force ("X's soldiers shelled Y") is blamed with it; a pronoun owner ("his
troops") is not. Round 10e: a misdeed verb the lemmatiser cut short ("raped", "raping" -> "rap") is still known.
Round 10f: being caught in an act ("X was caught admitting ...", "caught X hiding ...") blames whoever is caught;
being caught in a place or by someone, with no act, does not. Round 10g: a subject list the parser hung on a fronted
phrase ("Before the fall of X, A, B and C were working to ...") is the verb's subject, without X. Round 10h: whoever a
participle names as an accused's backer or link ("militants backed by X", "agents tied to X") is blamed with it.
Examples are our own sentences; every template is filled from both sides and must give the same record shape.
"""
from __future__ import annotations

import pytest

from test_blame_constructions import PAIRS, SIDES, fill, run

# template -> the record of the pronoun's clause: (accuser, accused, voice, negated, charge); "{C}" is the country
THEY_RESOLVED = [
    ("{K} rejected the truce on Monday. They want to occupy the port of {K2}.",
     ("<author>", "{C}", "authorial", False, "occupy the port of {K2}")),
    ("{C} has no interest in peace; they plan to destroy {C2}.", ("<author>", "{C}", "authorial", False, "destroy {C2}")),
    ("The envoy criticised {C}'s role in the war, as they were involved in the sabotage of the port of {K2}.",
     ("<author>", "{C}", "authorial", False, "involved in the sabotage of the port of {K2}")),
]

# the pronoun is left as written: a person, a speaker, a content clause's holder, a quotation, a plural in between;
# template -> every record as (accuser, accused)
THEY_LEFT = [
    ("{P} visited the port on Monday. They shelled the villages of {C2}.", [("<author>", "They")]),
    ("{K} says they shelled the port of {K2}.", [("{C}", "they")]),
    ("{N} intelligence has information that they are planning to occupy the port of {K2}.", [("{N} intelligence", "they")]),
    ('{C} signed the deal. "They deceive you," the poster said.', [("the poster", "They")]),
    ("{K} fined the companies, and they are misleading the buyers.", [("<author>", "they")]),
    ("{K} sent new envoys to the talks. They blamed {K2} for the delay.", [("They", "{C2}")]),
]


# an account's gerund content: template -> every record as (accuser, accused, voice, negated, charge)
ACCOUNT_GERUND = [
    ("The story of {K} sabotaging the dam spread quickly.",
     [("<unspecified>", "{C}", "reported", False, "sabotaging the dam")]),
    ("The theory of {C} sabotaging the pipeline spread online.",
     [("<unspecified>", "{C}", "reported", False, "sabotaging the pipeline")]),
    ("{P} repeated the story of {K2} destroying the dam.", [("{P}", "{C2}", "reported", False, "destroying the dam")]),
    # footage is no account: what it shows the author tells as fact
    ("The footage of {K} destroying the bridge shocked the world.",
     [("<author>", "{C}", "authorial", False, "destroying the bridge")]),
]


# an armed entry: template -> every record as (accuser, accused, voice, negated, charge)
ARMED_ENTRY = [
    ("{P} sent troops into {C2} in May.", [("<author>", "{P}", "authorial", False, "sent troops into {C2} in May")]),
    ("{K} sent its tanks into {C2} last year.",
     [("<author>", "{C}", "authorial", False, "sent its tanks into {C2} last year")]),
    ("{P} said {K2} sent soldiers into {C} on Monday.",
     [("{P}", "{C2}", "reported", False, "sent soldiers into {C} on Monday")]),
    ("Troops were sent into {C2} by {K}.", [("<author>", "{C}", "authorial", False, "sent troops")]),
    ("{K} sent troops to {C2} for the exercise.", []),
    ("{K} sent its troops into battle.", []),
    ("{K} sent aid into {C2}.", []),
]


# an armed force's named owner; a misdeed verb whose lemma came out cut short
COMMANDER_AND_STEM = [
    ("{P}'s soldiers shelled the villages of {C2}.",
     [("<author>", "{P}", "authorial", False, "shelled the villages of {C2}"),
      ("<author>", "{P}'s soldiers", "authorial", False, "shelled the villages of {C2}")]),
    ("{P} said {P2}'s troops looted the port.",
     [("{P}", "{P2}", "reported", False, "looted the port"), ("{P}", "{P2}'s troops", "reported", False, "looted the port")]),
    ("{P} arrived on Monday. The general said his troops shelled the port.",
     [("The general", "his troops", "reported", False, "shelled the port")]),
    ("{N} soldiers are raping villagers in {C2}.",
     [("<author>", "{N} soldiers", "authorial", False, "raping villagers in {C2}")]),
    ("{P} said {N2} troops raped women in the village.",
     [("{P}", "{N2} troops", "reported", False, "raped women in the village")]),
    # a title-case headline's capitalised word is tagged a verb next to one name, a name next to another: not read
    ("Widow Tells Her Story: After {P} Raped Her", []),
]


CAUGHT = [
    ("{P} was caught admitting the deal is a scam.",
     [("<author>", "{P}", "authorial", False, "caught admitting the deal is a scam")]),
    ("Reporters caught {P} hiding the losses.", [("<author>", "{P}", "authorial", False, "caught hiding the losses")]),
    ("{P} was caught in the crossfire.", []),
    ("Border guards of {C2} caught {P} near the river.", []),
]


FRONTED_LIST = [
    ("Just after the collapse of the old regime, {P}, {P2} and the mayor began to push the pipeline scam.",
     [("<author>", "the mayor", "authorial", False, "push the pipeline scam"),
      ("<author>", "{P2}", "authorial", False, "push the pipeline scam"),
      ("<author>", "{P}", "authorial", False, "push the pipeline scam")]),
    ("Before the visit of {P} and {P2}, the mayor pushed the pipeline scam.",
     [("<author>", "the mayor", "authorial", False, "pushed the pipeline scam")]),
]


BACKERS = [
    ("Militants backed by {K} shelled the village.",
     [("<author>", "Militants", "authorial", False, "shelled the village"),
      ("<author>", "{C}", "authorial", False, "shelled the village")]),
    ("Agents tied to {K} were behind the blasts in {K2}.",
     [("<author>", "{C}", "authorial", False, "behind the blasts in {K2}")]),
    ("Militants praised by {K} shelled the village.",  # praise is no backing
     [("<author>", "Militants", "authorial", False, "shelled the village")]),
]


def _names(own: str, other: str) -> dict[str, str]:
    return {**{v: f"{{{k}}}" for k, v in SIDES[own].items()}, **{v: f"{{{k}2}}" for k, v in SIDES[other].items()}}


def records(nlp, text: str, own: str, other: str) -> list[tuple[str, str, str, bool]]:
    """(accuser, accused, voice, negated, charge) by resolved name, the sides' names put back as slots."""
    names = _names(own, other)

    def slot(name: str) -> str:
        for value, key in sorted(names.items(), key=lambda kv: -len(kv[0])):
            name = name.replace(value, key)
        return name

    return sorted(("<author>" if b.source.kind == "author" else slot(b.source.name), slot(b.target.name), b.voice,
                   b.negated, slot(b.charge)) for b in run(nlp, text))


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template,expected", THEY_RESOLVED)
def test_blame_round10_plural_pronoun_takes_the_group_named_before(nlp, template, expected, own, other):
    text = fill(template, own, other)
    assert expected in records(nlp, text, own, other), (text, records(nlp, text, own, other))


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template,expected", THEY_LEFT)
def test_blame_round10_plural_pronoun_left_unresolved(nlp, template, expected, own, other):
    text = fill(template, own, other)
    assert [r[:2] for r in records(nlp, text, own, other)] == expected, (text, records(nlp, text, own, other))


CONSTRUCTIONS = {  # each group's records, mirrored across the sides
    "account-gerund-reported": ACCOUNT_GERUND, "armed-entry": ARMED_ENTRY, "force-owner-and-cut-lemma": COMMANDER_AND_STEM,
    "caught-in-an-act": CAUGHT, "fronted-subject-list": FRONTED_LIST, "backer-blamed-with-accused": BACKERS,
}


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template,expected", [pytest.param(t, e, id=f"{name}-{i}") for name, group in CONSTRUCTIONS.items()
                                               for i, (t, e) in enumerate(group)])
def test_blame_round10_construction_gives_its_records(nlp, template, expected, own, other):
    text = fill(template, own, other)
    assert records(nlp, text, own, other) == expected, text


@pytest.mark.parametrize("template", [t for t, _ in THEY_RESOLVED + THEY_LEFT + ACCOUNT_GERUND + ARMED_ENTRY
                                      + COMMANDER_AND_STEM + CAUGHT + FRONTED_LIST + BACKERS])
@pytest.mark.parametrize("one,two", [("Russia", "Ukraine"), ("Armenia", "Azerbaijan")])
def test_blame_round10_same_records_when_sides_swap(nlp, template, one, two):
    assert records(nlp, fill(template, one, two), one, two) == records(nlp, fill(template, two, one), two, one)

"""Blame round 13: an epithet for a ruler ("the dictator", "the despot") names the one head of state or government
the article named before it.

Found on the judged train sample of round 11 (seed 2323; SemEval-2025 train): a leader named once by name and later
only as "the dictator" was left as the text "the dictator". The epithet now has a role class (ruler, titles.tsv) that
covers presidents, prime ministers, monarchs and supreme leaders (actor_role_covers.tsv), and, naming no office that
changes hands, may use a table person's known role bare. Guards: two such persons named, or none, leave the text.
Examples are our own sentences, mirrored over both camps.
"""
from __future__ import annotations

import pytest

from test_blame_constructions import run

RULERS = [("Vladimir Putin", "Volodymyr Zelensky"), ("Volodymyr Zelensky", "Vladimir Putin"),
          ("President Ilham Aliyev", "Prime Minister Nikol Pashinyan"),
          ("Prime Minister Nikol Pashinyan", "President Ilham Aliyev")]

RESOLVED = [
    "{A} toured the border on Monday. Critics say the dictator jailed dozens of reporters last year.",
    "{A} gave a long speech on Friday. Rights groups accused the despot of torturing prisoners.",
]

TWO = [
    "{A} met {B} on Monday. Critics say the dictator jailed dozens of reporters last year.",
]


def surname(name: str) -> str:
    return name.split()[-1]


@pytest.mark.parametrize("own,other", RULERS)
@pytest.mark.parametrize("template", RESOLVED)
def test_blame_ruler_epithet_names_the_one_ruler(nlp, own, other, template):
    text = template.format(A=own, B=other)
    blames = run(nlp, text)
    assert len(blames) == 1, (text, [(b.source.name, b.target.name) for b in blames])
    assert surname(own) in blames[0].target.name, (text, blames[0].target.name)


@pytest.mark.parametrize("own,other", RULERS)
@pytest.mark.parametrize("template", TWO)
def test_blame_ruler_epithet_with_two_rulers_stays_text(nlp, own, other, template):
    text = template.format(A=own, B=other)
    blames = run(nlp, text)
    assert len(blames) == 1, (text, [(b.source.name, b.target.name) for b in blames])
    assert blames[0].target.name.lower() == "the dictator", (text, blames[0].target.name)


@pytest.mark.parametrize("own,other", RULERS)
def test_blame_ruler_epithet_without_a_ruler_stays_text(nlp, own, other):
    text = f"The editor of the weekly left on Monday. Critics say the dictator jailed dozens of reporters last year."
    blames = run(nlp, text)
    assert len(blames) == 1 and blames[0].target.name.lower() == "the dictator", (text, [b.target.name for b in blames])

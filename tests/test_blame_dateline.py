"""A dateline is not the accuser: "KYIV — Ukraine said X was responsible for the attack".

Found by `spinmap eval swap` once its table swapped names in capitals: the parser files a dateline in capitals as a
second subject of the first verb for some cities and not others, and blame took the first subject, so the same
sentence blamed from "Kyiv" on one side and from "Russia" on the other. The nearer subject is the verb's own.
Our own sentences, mirrored over both camps.
"""
from __future__ import annotations

import pytest

from test_blame_constructions import run

DATELINED = [("MOSCOW", "Russia", "Ukraine"), ("KYIV", "Ukraine", "Russia"),
             ("BAKU", "Azerbaijan", "Armenia"), ("YEREVAN", "Armenia", "Azerbaijan"),
             ("WASHINGTON", "America", "China"), ("BEIJING", "China", "America")]

TEMPLATES = [
    "{CITY}—{A} said on Sunday that {B} was responsible for a missile attack that killed four people.",
    "{CITY} — {A} accused {B} on Friday of shelling the border village overnight.",
]


@pytest.mark.parametrize("city,own,other", DATELINED)
@pytest.mark.parametrize("template", TEMPLATES)
def test_blame_dateline_is_not_the_accuser(nlp, city, own, other, template):
    text = template.format(CITY=city, A=own, B=other)
    pairs = [(text[slice(*b.source.span)] if b.source.span else b.source.name,
              text[slice(*b.target.span)] if b.target.span else b.target.name) for b in run(nlp, text)]
    assert pairs and all(accuser == own for accuser, _ in pairs), (text, pairs)
    assert any(accused == other for _, accused in pairs), (text, pairs)

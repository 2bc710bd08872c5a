"""Even-handedness of blames on hand-written sentences: each is analysed as written and with the shipped swap
pairs exchanged (Biden/Xi, Clinton/Trump, Democrats/Republicans, Ukraine/Russia ...); accuser, accused, voice
and negation must come back the same, and the accused list must name every coordinated person."""
from __future__ import annotations

import pytest

from spinmap.eval.swap import compare, read_pairs, score

# Our own sentences, each naming counterparts that the swap table exchanges.
SENTENCES = [
    "Xi and Harris lied to the public about the tariffs.",
    "Sanders and Clinton lied to the voters about the trade deal.",
    "The Democratic leadership accused Republicans of sabotaging the budget talks.",
    "Pelosi blamed Republicans for the shutdown of the government.",
    "Ukraine's Defence Ministry accused Russian troops of shelling the dam at night.",
    "Armenia's Foreign Ministry blamed Baku for the collapse of the peace talks.",
    # the parser files the country as the object of 'neighboring' on one side, of 'from' on the other
    "Officials in Kyiv fear an invasion from neighboring Russia before the winter.",
    # the tagger reads one of these names as a verb; the table still knows it for a name
    "Trump still has not attacked the firms that moved their plants abroad.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_blame_even_swapped_counterparts_keep_the_blame(sentence):
    table = read_pairs()
    result = score(compare([sentence], table))
    assert result["with_blames"] == 1 and result["even"] == 1, result["uneven"]


@pytest.mark.parametrize("sentence, accused", [
    ("Xi and Harris lied to the public about the tariffs.", ["Harris", "Xi"]),
    ("Biden and Harris lied to the public about the tariffs.", ["Biden", "Harris"]),
])
def test_blame_even_coordinated_names_are_accused_apart(sentence, accused):
    pair = compare([sentence], {"Biden": "Xi", "Xi": "Biden"})[0]
    assert sorted(b for (_, b, _, _) in pair.written.elements()) == accused


@pytest.mark.parametrize("one, other", [("leftists", "rightists"), ("progressives", "conservatives")])
@pytest.mark.parametrize("template", [
    "The senator blamed {} for the riots in the city.",
    "{} sabotaged the budget talks, the senator said.",
])
def test_blame_even_opposite_political_camps_are_accused_alike(template, one, other):
    table = {one: other, other: one, one.capitalize(): other.capitalize(), other.capitalize(): one.capitalize()}
    sentence = template.format(one if template.startswith("The") else one.capitalize())
    result = score(compare([sentence], table))
    assert result["with_blames"] == 1 and result["even"] == 1, result["uneven"]

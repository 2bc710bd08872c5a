"""Round-27 actor rules, from a hand-labelled sample of PolNeAR and SemEval-2025 train articles (seed 2525): no name
runs over a line break (the tagger joins a promo line's last word to the next paragraph's first; only the parts the
article names alone elsewhere stay), a wire dateline in capitals is the town it was filed from, and a word the
tagger cut off a named day ("Super" of "Super Tuesday") is no actor, nor is a country joined by a hyphen to the next
word ("the U.S.-Mexico border"). Texts are invented; rules are mirrored across
camps (Lavrov/Blinken, Moscow/Washington). Guards hold on the old code too.
"""
from __future__ import annotations

import pytest

from _actor_probes import actor_at as _at, tagged as _tagged
from spinmap.nlp.actors import resolve_actors

_CAMPS = [("Lavrov", "Moscow"), ("Blinken", "Washington")]


def _no_mention_spans_a_line(index, text: str) -> bool:
    return all("\n" not in text[s:e] for s, e, _ in index.mentions_in(0, len(text)))


@pytest.mark.parametrize("name,capital", _CAMPS)
def test_name_run_over_a_line_break_is_the_name_on_the_next_line(nlp, name, capital):
    text = (f"{name} met the committee in {capital} on Friday, as a clip posted on Vexlo.\n\nOrsolak, who chairs it, "
            "argued for a pause. Senator Orsolak repeated the point in a letter to colleagues.")
    index = resolve_actors(_tagged(nlp, text, ("Vexlo.\n\nOrsolak", "ORG"), ("Orsolak", "PERSON")))
    assert _no_mention_spans_a_line(index, text)
    first, later = _at(index, text, "Orsolak"), _at(index, text, "Orsolak", 1)
    assert first is not None and first is later and first.kind == "person"
    assert _at(index, text, name).kind == "person"


@pytest.mark.parametrize("name,capital", _CAMPS)
def test_promo_line_run_into_a_paragraph_names_no_one(nlp, name, capital):
    text = (f"{name} spoke about the grain deal in {capital}.\n\nMost popular on Kessel Daily\n\n"
            "Tractors blocked the bridge at dawn, and farmers stayed for hours.")
    index = resolve_actors(_tagged(nlp, text, ("Kessel Daily\n\nTractors", "ORG")))
    assert _no_mention_spans_a_line(index, text)
    assert _at(index, text, "Tractors") is None
    assert _at(index, text, name).kind == "person"


@pytest.mark.parametrize("name,capital", _CAMPS)
def test_one_line_part_of_a_run_stays_the_name(nlp, name, capital):
    text = (f"{name} said in {capital} that the risk is real at the Dorvik Hydro Station\n\nEvery week the "
            "operators report new damage to the dam.")
    index = resolve_actors(_tagged(nlp, text, ("Dorvik Hydro Station\n\nEvery", "ORG")))
    assert _no_mention_spans_a_line(index, text)
    assert _at(index, text, "Dorvik Hydro Station") is not None


@pytest.mark.parametrize("name,capital", _CAMPS)
@pytest.mark.parametrize("dateline", ["HARLOW FALLS, Vt. - ", "DUNMORE (AP) — ", "KESTERVILLE, June 3 - "])
def test_dateline_in_capitals_is_a_town(nlp, dateline, name, capital):
    town = dateline.split(",")[0].split(" (")[0]
    text = f"Talks stall again.\n\n{dateline}{name} flew home from {capital} after the talks broke down."
    index = resolve_actors(_tagged(nlp, text, (town, "ORG")))
    actor = _at(index, text, town)
    assert actor is None or actor.kind != "organization"
    assert _at(index, text, name).kind == "person"


@pytest.mark.parametrize("name,capital", _CAMPS)
def test_acronym_opening_a_line_stays_an_organisation(nlp, name, capital):
    """Guard: capitals, a comma and lower-case words are an acronym in apposition, no dateline."""
    text = f"Talks stall again.\n\nVARDO, a union of dairy farmers, said {name} was wrong about {capital}."
    index = resolve_actors(_tagged(nlp, text, ("VARDO", "ORG")))
    assert _at(index, text, "VARDO").kind == "organization"


@pytest.mark.parametrize("name,capital", _CAMPS)
@pytest.mark.parametrize("word", ["Super", "Mega"])
def test_word_cut_off_a_named_day_is_no_actor(nlp, word, name, capital):
    text = (f"{name} hopes for a strong night on {word} Tuesday, when a dozen states vote. In {capital}, aides "
            f"say the {word} Tuesday contests will settle the race.")
    index = resolve_actors(_tagged(nlp, text, (word, "ORG"), (f"{word}", "ORG")))
    assert _at(index, text, word) is None and _at(index, text, word, 1) is None
    assert _at(index, text, name).kind == "person"


@pytest.mark.parametrize("name,capital", _CAMPS)
def test_name_before_a_weekday_as_a_subject_stays(nlp, name, capital):
    """Guard: "Varnell Tuesday said ...": a name, then the day it spoke."""
    text = f"Varnell Tuesday said it would cut jobs in {capital}, and {name} criticised the plan."
    index = resolve_actors(_tagged(nlp, text, ("Varnell", "ORG")))
    assert _at(index, text, "Varnell") is not None


@pytest.mark.parametrize("name,country", [("Lavrov", "Russia"), ("Blinken", "U.S.")])
def test_country_joined_by_a_hyphen_is_no_actor(nlp, name, country):
    """The tokenizer splits "Russia-Varnia" but keeps "U.S.-Varnia" whole: both are the same compound."""
    pair = f"{country}-Varnia"
    text = f"{name} said the {pair} border would stay open, and that trade across it would grow."
    index = resolve_actors(_tagged(nlp, text, (pair, "ORG")))
    assert pair not in {text[s:e] for s, e, _ in index.mentions_in(0, len(text))}
    assert _at(index, text, name).kind == "person"


@pytest.mark.parametrize("name,capital", _CAMPS)
def test_hyphenated_name_without_a_country_stays(nlp, name, capital):
    """Guard: a hyphenated company or region that does not open with a country is still a name."""
    text = f"{name} met the head of Varno-Tessin Bank in {capital} to discuss the loan."
    index = resolve_actors(_tagged(nlp, text, ("Varno-Tessin Bank", "ORG")))
    assert _at(index, text, "Varno-Tessin Bank") is not None

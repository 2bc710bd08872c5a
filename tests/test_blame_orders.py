"""An order to commit a misdeed blames whoever gives it, never the addressee (whose act is only ordered)."""
from __future__ import annotations

import pytest

from spinmap.extract.blame import extract_blames
from spinmap.nlp.actors import resolve_actors


def blames_for(nlp, text):
    doc = nlp(text)
    return extract_blames(doc, resolve_actors(doc), [], None)


def surface(text, ref):
    return text[ref.span[0]:ref.span[1]] if ref.span else ref.name


@pytest.mark.parametrize("text", [
    # an agentless order names no giver: nobody is accused, least of all the addressee
    "The soldiers were told to occupy the village, the officer said.",
    "The militia was instructed to loot the shops, witnesses said.",
    "The soldiers were ordered to occupy the village.",
    "The rebels were asked to shell the airport, the defector said.",
    # an order NOT to do the misdeed accuses nobody
    "The general ordered the soldiers not to loot the village.",
    "The colonel told the rebels not to shell the airport.",
])
def test_blame_orders_never_accuse_the_addressee(nlp, text):
    assert blames_for(nlp, text) == [], text


@pytest.mark.parametrize("giver,addressee", [("General Petrov", "the militia"), ("Colonel Kovalenko", "the rebels")])
@pytest.mark.parametrize("template,voice,negated", [
    ("{G} ordered {A} to occupy the village.", "authorial", False),
    ("{G} told {A} to shell the town.", "authorial", False),
    ("{G} did not order {A} to occupy the village.", "authorial", True),
    ("{A} were ordered by {G} to loot and burn the village, the officer said.", "reported", False),
])
def test_blame_orders_blame_the_giver(nlp, giver, addressee, template, voice, negated):
    """The giver (active subject or passive by-agent) is accused of the order; swapping names keeps the shape."""
    text = template.format(G=giver, A=addressee)
    found = blames_for(nlp, text)
    assert [(surface(text, b.target), b.voice, b.negated) for b in found] == [(giver, voice, negated)], text
    assert found[0].charge.split()[0] in ("ordered", "told", "order"), found[0].charge


@pytest.mark.parametrize("text,charge", [
    ("General Petrov ordered the militia to occupy the village.", "ordered the militia to occupy the village"),
    # (round 38: a passive's subject is the one ordered)
    ("The rebels were ordered by Colonel Kovalenko to shell the airport.", "ordered the rebels to shell the airport"),
])
def test_blame_orders_charge_names_the_order(nlp, text, charge):
    assert [b.charge for b in blames_for(nlp, text)] == [charge]


@pytest.mark.parametrize("text,giver,negated", [
    ("Putin ordered the invasion of Ukraine.", "Putin", False),
    ("Zelensky ordered the invasion of Russia.", "Zelensky", False),
    ("The strikes were ordered by General Petrov.", "General Petrov", False),
    ("The attacks were ordered by Colonel Kovalenko.", "Colonel Kovalenko", False),
    ("General Petrov did not order the attack on the village.", "General Petrov", True),
])
def test_blame_orders_of_a_misdeed_noun_blame_the_giver(nlp, text, giver, negated):
    found = blames_for(nlp, text)
    assert [(surface(text, b.target), b.negated) for b in found] == [(giver, negated)], text


@pytest.mark.parametrize("text", [
    "Rwanda blamed Congolese troops for the shelling of Gisenyi.",
    "Congo blamed Rwandan troops for the shelling of Goma.",
])
def test_blame_attack_of_names_its_victim(nlp, text):
    """'the shelling of X' names the victim, never the doer."""
    victim = text.rstrip(".").split()[-1]
    assert all(surface(text, b.target) != victim for b in blames_for(nlp, text)), text


@pytest.mark.parametrize("text,accused", [
    ("Critics say the government in Baku is not interested in peace.", "Baku"),
    ("Critics say the government in Yerevan is not interested in peace.", "Yerevan"),
    ("The regime in Minsk has betrayed every promise.", "Minsk"),
    ("The regime in Vilnius has betrayed every promise.", "Vilnius"),
])
def test_blame_seat_of_power_names_its_capital(nlp, text, accused):
    found = blames_for(nlp, text)
    assert len(found) == 1 and accused in surface(text, found[0].target), [(b.target.name, b.charge) for b in found]


@pytest.mark.parametrize("text", ["The ad campaign targets young voters.", "Workers at the plant went on strike."])
def test_blame_orders_everyday_words_accuse_nobody(nlp, text):
    assert blames_for(nlp, text) == []


@pytest.mark.parametrize("text,accuser,accused,negated", [
    # an order to STOP a misdeed presupposes the addressee commits it: the giver accuses the addressee
    ("Russia urged Ukraine to stop shelling Donetsk.", "Russia", "Ukraine", False),
    ("Ukraine urged Russia to stop shelling Kharkiv.", "Ukraine", "Russia", False),
    ("Washington told Moscow to end its occupation of Crimea.", "Washington", "Moscow", False),
    ("Moscow told Washington to end its occupation of Syria.", "Moscow", "Washington", False),
    ("The UN did not ask Israel to stop attacking civilians.", "UN", "Israel", True),
    ("The UN did not ask Hamas to stop attacking civilians.", "UN", "Hamas", True),
])
def test_blame_order_to_stop_is_the_givers_accusation(nlp, text, accuser, accused, negated):
    found = blames_for(nlp, text)
    assert [(surface(text, b.source), surface(text, b.target), b.voice, b.negated) for b in found] == [
        (accuser, accused, "reported", negated)], text


@pytest.mark.parametrize("text", ["Russia wants to stop the war.", "Kyiv urged Moscow to stop the war."])
def test_blame_stopping_a_neutral_thing_accuses_nobody(nlp, text):
    assert blames_for(nlp, text) == []

"""Round-33 actor rules, from the seed-2626 train sample's pronoun gender errors: most came from a first name missing
from ``gender_names.tsv`` (a woman's "he", a man's "her"), so a person of that name fitted every pronoun and took one
meant for someone else. Round 33 lists more common first names (not ones that are also places or words), and a
quoted he/she may take a name from an earlier quote (the speaker's own name, outside it, is rarely meant). Texts are
invented; rules are mirrored across camps (Moscow/Washington) and genders. Guards hold on the old code too.
"""
from __future__ import annotations

import pytest

from _actor_probes import actor_at as _at, tagged as _tagged
from spinmap.nlp.actors import resolve_actors, load_table, name_key

_CAMPS = ["Moscow", "Washington"]
# (speaker with a newly listed first name, the other person, the other's pronoun, the speaker's own pronoun)
_PAIRS = [("Gretchen Ollander", "Michael Dorsey", "he", "she"), ("Theodore Ollander", "Mary Dorsey", "she", "he")]


@pytest.mark.parametrize("capital", _CAMPS)
@pytest.mark.parametrize("speaker,other,theirs,own", _PAIRS)
def test_quoted_pronoun_of_the_other_gender_skips_the_speaker(nlp, capital, speaker, other, theirs, own):
    text = (f"{other} spoke to a packed hall in {capital} on Tuesday. The turnout was large, said {speaker}, who runs "
            f"a union of nurses. \"And {theirs} still has no serious rival,\" {own} added.")
    index = resolve_actors(_tagged(nlp, text, (speaker, "PERSON"), (other, "PERSON")))
    them, me = _at(index, text, other), _at(index, text, speaker)
    assert them is not None and me is not None and them is not me
    quoted = text.index(f"And {theirs} ") + 4
    assert index.actor_at(quoted, quoted + len(theirs)) is not me
    spoken = text.index(f" {own} added") + 1
    assert index.actor_at(spoken, spoken + len(own)) is me


@pytest.mark.parametrize("capital", _CAMPS)
@pytest.mark.parametrize("victim,accused,obj", [("Mary Dorsey", "Corey Ballantyne", "her"),
                                                 ("Michael Dorsey", "Marla Ballantyne", "him")])
def test_object_pronoun_is_not_the_accused_of_the_other_gender(nlp, capital, victim, accused, obj):
    text = f"In {capital}, {victim} accused the campaign aide {accused} of shoving {obj} at a rally last week."
    index = resolve_actors(_tagged(nlp, text, (victim, "PERSON"), (accused, "PERSON")))
    assert _at(index, text, accused) is not None
    at = text.index(f" {obj} at") + 1
    assert index.actor_at(at, at + len(obj)) is not _at(index, text, accused)


@pytest.mark.parametrize("name,gender", [("Gretchen", "f"), ("Marla", "f"), ("Condoleezza", "f"), ("Corey", "m"),
                                         ("Theodore", "m"), ("Dustin", "m")])
def test_newly_listed_first_names_have_their_gender(name, gender):
    assert load_table().genders.get(name_key(name)) == gender


@pytest.mark.parametrize("word", ["Chad", "Virginia", "Grant", "Haley", "Sabine", "Madison", "Austin"])
def test_guard_first_names_that_are_places_or_words_stay_unlisted(word):
    assert name_key(word) not in load_table().genders


@pytest.mark.parametrize("capital", _CAMPS)
@pytest.mark.parametrize("speaker,other,theirs,own", _PAIRS)
def test_guard_own_pronoun_outside_quotes_reaches_the_speaker(nlp, capital, speaker, other, theirs, own):
    text = f"{speaker} arrived in {capital} on Monday. {own.capitalize()} met the mayor before noon."
    index = resolve_actors(_tagged(nlp, text, (speaker, "PERSON")))
    at = text.index(f" {own.capitalize()} met") + 1
    assert index.actor_at(at, at + len(own)) is _at(index, text, speaker)


@pytest.mark.parametrize("capital", _CAMPS)
@pytest.mark.parametrize("earlier,named,speaker,pron", [("Peter Hallam", "Michael Dorsey", "Mary Varsk", "He"),
                                                        ("Anna Hallam", "Mary Dorsey", "Peter Varsk", "She")])
def test_quoted_pronoun_takes_the_name_from_the_earlier_quote(nlp, capital, earlier, named, speaker, pron):
    text = (f"{earlier} opened the {capital} office in May. \"{named} will carry the suburbs,\" said {speaker}, "
            f"a pollster. \"{pron} has the money to do it.\"")
    index = resolve_actors(_tagged(nlp, text, (earlier, "PERSON"), (named, "PERSON"), (speaker, "PERSON")))
    at = text.index(f"\"{pron} has") + 1
    assert _at(index, text, named) is not None
    assert index.actor_at(at, at + len(pron)) is _at(index, text, named)


@pytest.mark.parametrize("capital", _CAMPS)
@pytest.mark.parametrize("speaker,named,pron", [("Peter Varsk", "Michael Dorsey", "he"), ("Mary Varsk", "Mary Dorsey", "she")])
def test_guard_narrator_pronoun_skips_a_quoted_name(nlp, capital, speaker, named, pron):
    text = f"{speaker} toured {capital} on Friday. \"{named} lied to us,\" {pron} told the crowd."
    index = resolve_actors(_tagged(nlp, text, (speaker, "PERSON"), (named, "PERSON")))
    at = text.index(f" {pron} told") + 1
    assert index.actor_at(at, at + len(pron)) is _at(index, text, speaker)

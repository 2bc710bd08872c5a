"""Round-23 actor rules, from a hand-labelled sample of PolNeAR and SemEval-2025 train articles (seed 2323): a heading
run into its paragraph where a line break was lost ("Anger at the WestLavrov accused ...") is the table actor the
paragraph opens with, or no actor; a title-case headline's name run into common nouns ("Lavrov Snapshot") is cut back
to the name the body writes. Texts are
invented; rules are mirrored across camps (Lavrov/Blinken, Moscow/Washington). Guards hold on the old code too.
"""
from __future__ import annotations

import pytest

from spinmap.nlp.actors import resolve_actors
from _actor_probes import actor_at as _at, tagged as _tagged

_CAMPS = [("Lavrov", "Moscow"), ("Blinken", "Washington")]

# a heading glued to the paragraph under it: the paragraph's first word, when it is a table name the article also
# writes alone, is that actor's mention; otherwise the join names no one
_GLUED = [
    ("{name} spoke on Monday in {capital}.\n\nAnger at the Neighbours{name} accused the neighbours of plotting.",
     "Neighbours{name}", True),
    ("{name} spoke on Monday in {capital}.\n\nSharp Replies{name}’s remarks drew sharp replies from the neighbours.",
     "Replies{name}", True),
    ("{name} and Varko Dell spoke on Monday in {capital}.\n\nSharp RepliesDell’s remarks drew sharp replies.",
     "RepliesDell", False),
    # the first part is the name written alone; the second a heading's word
    ("{name} spoke on Monday in {capital}.\n\nWhat Was Said by {name}Reactions came quickly from the neighbours.",
     "{name}Reactions", False),
]


@pytest.mark.parametrize("name,capital", _CAMPS)
@pytest.mark.parametrize("template,glued,named", _GLUED)
def test_heading_run_into_paragraph(nlp, template, glued, named, name, capital):
    text, glued = template.format(name=name, capital=capital), glued.format(name=name)
    index = resolve_actors(_tagged(nlp, text, (glued, "ORG")))
    assert _at(index, text, name) is not None  # the name written alone stays
    assert _at(index, text, glued) is (_at(index, text, name) if named else None)


@pytest.mark.parametrize("name,capital", _CAMPS)
def test_stop_word_run_into_heading_is_no_actor(nlp, name, capital):
    text = f"{name} spoke in {capital}.\n\n{capital} Budget SpendingThe ministry said costs rose."
    index = resolve_actors(_tagged(nlp, text, (f"{capital} Budget SpendingThe", "ORG")))
    assert _at(index, text, f"{capital} Budget SpendingThe") is None


# guards: names written in camel case that are no lost line break
_KEPT = [
    # a brand opening a line, with nothing before it
    ("{name} spoke in {capital}.\n\nBrightLedger and {capital} signed a deal.", "BrightLedger"),
    # a brand inside a sentence (lower-case words before it)
    ("{name} spoke in {capital}.\n\nThe minister told a reporter from BrightLedger that talks went well.", "BrightLedger"),
    # a web address
    ("{name} spoke in {capital}.\n\nRead More At LedgerWatch.com today.", "LedgerWatch.com"),
    # a short prefix ("Mc", "Mac", "De") is a surname's
    ("{name} spoke in {capital}.\n\nSenator Anna McVarrow said the deal was fair.", "Anna McVarrow"),
]


@pytest.mark.parametrize("name,capital", _CAMPS)
@pytest.mark.parametrize("template,kept", _KEPT)
def test_camel_case_names_are_kept(nlp, template, kept, name, capital):
    text = template.format(name=name, capital=capital)
    label = "PERSON" if " " in kept else "ORG"
    index = resolve_actors(_tagged(nlp, text, (kept, label)))
    assert _at(index, text, kept) is not None


# a title-case headline runs a name into the common nouns after it; the body writes the name and those nouns in
# lower case
_HEADLINE_RUNS = [
    ("{person} Snapshot With Aides Leaks Online\n\nA snapshot of {person} with aides was shared on Monday in {capital}. "
     "{person} said the snapshot was old.", "{person} Snapshot", "PERSON", "{person}"),
    ("Varnhold Arson Culprit Caught At Last\n\nOfficers caught the culprit of the arson at a market in Varnhold, "
     "{person} said in {capital} on Friday.", "Varnhold Arson Culprit Caught", "GPE", "Varnhold"),
]


@pytest.mark.parametrize("name,capital", _CAMPS)
@pytest.mark.parametrize("template,guess,label,kept", _HEADLINE_RUNS)
def test_headline_run_is_cut_to_the_name(nlp, template, guess, label, kept, name, capital):
    fill = dict(person=name, capital=capital)
    text, guess, kept = template.format(**fill), guess.format(**fill), kept.format(**fill)
    # the body's name is the table's (a person) or the tagger's (a town); the tagger's other guesses vary
    body = [] if label == "PERSON" else [(kept, label)]
    index = resolve_actors(_tagged(nlp, text, (guess, label), *body, only=True))
    assert guess not in {text[s:e] for s, e, _ in index.mentions_in(0, len(text))}
    assert _at(index, text, kept) is not None
    assert _at(index, text, kept) is _at(index, text, kept, nth=1)


@pytest.mark.parametrize("name,capital", _CAMPS)
def test_headline_name_the_body_writes_whole_stays(nlp, name, capital):
    text = (f"Tarbury News Channel Hires Anchor\n\nThe Tarbury News Channel said on Monday that its news desk in "
            f"{capital} would grow. {name} was not asked.")
    index = resolve_actors(_tagged(nlp, text, ("Tarbury News Channel", "ORG")))
    assert _at(index, text, "Tarbury News Channel") is not None
    assert _at(index, text, "Tarbury News Channel") is _at(index, text, "Tarbury News Channel", nth=1)

"""Quote sourcing: whether a reader can tell who the source is (named), only what kind of source it is (unnamed),
or neither because a pronoun stayed unresolved. Hand-written sentences, mirrored across the two camps' names."""
from __future__ import annotations

import pytest

from spinmap.compare.aggregate import Digest
from spinmap.extract.attribution import extract_quotes
from spinmap.nlp.actors import resolve_actors
from spinmap.records import ArticleAnalysis, content_id

SIDES = [("Ilham Aliyev", "Azerbaijani", "Baku"), ("Nikol Pashinyan", "Armenian", "Yerevan")]


def _sourcing(nlp, text, content_has):
    doc = nlp(text)
    quotes = extract_quotes(doc, resolve_actors(doc))
    q = next((q for q in quotes if content_has in q.content.text), None)
    assert q is not None and q.speaker is not None, [(x.speaker, x.content.text) for x in quotes]
    return q.speaker.sourcing


@pytest.mark.parametrize("leader,adjective,capital", SIDES)
@pytest.mark.parametrize("template,expected", [
    ("{leader} said on Tuesday that the border talks had collapsed.", "named"),
    ("The talks failed. {leader} was furious. He said that the border talks had collapsed.", "named"),
    ("{adjective} officials said on Tuesday that the border talks had collapsed.", "unnamed"),
    ("A senior diplomat in {capital} who asked not to be named said that the border talks had collapsed.",
     "unnamed"),
    ("Sources close to the government in {capital} said that the border talks had collapsed.", "unnamed"),
    ("Two insiders close to the negotiators said that the border talks had collapsed.", "unnamed"),
])
def test_attribution_sourcing_names_or_describes_the_source(nlp, leader, adjective, capital, template, expected):
    """A name, or a pronoun standing for one, is named; a description of the source is unnamed, whichever camp."""
    text = template.format(leader=leader, adjective=adjective, capital=capital)
    assert _sourcing(nlp, text, "border talks had collapsed") == expected


def test_attribution_sourcing_definite_back_reference_to_a_named_body_is_named(nlp):
    """"The ministry" after the Ruritanian Foreign Ministry was named points at it: named."""
    text = ("The Ruritanian Foreign Ministry issued a statement on Monday. "
            "The ministry said that the border talks had collapsed.")
    assert _sourcing(nlp, text, "border talks had collapsed") == "named"


def test_attribution_sourcing_pronoun_with_no_one_to_stand_for_is_unresolved(nlp):
    text = "It was late. She said that the border talks had collapsed."
    assert _sourcing(nlp, text, "border talks had collapsed") == "unresolved"


def test_attribution_sourcing_is_counted_per_outlet(nlp):
    """The corpus digest counts each outlet's quotes by sourcing: the report's unnamed-source table."""
    texts = {"Outlet A": "Officials said that the border talks had collapsed. Ilham Aliyev said that the talks were over.",
             "Outlet B": "Nikol Pashinyan said that the border talks had collapsed."}
    analyses = []
    for outlet, text in texts.items():
        doc = nlp(text)
        analyses.append(ArticleAnalysis(id=content_id(text), source=f"{outlet}.txt", outlet=outlet, text=text,
                                        quotes=extract_quotes(doc, resolve_actors(doc))))
    profile = Digest.of(analyses).sourcing_profile("outlet")
    assert profile["Outlet A"]["unnamed"] == 1 and profile["Outlet A"]["named"] == 1
    assert profile["Outlet B"]["named"] == 1 and profile["Outlet B"]["unnamed"] == 0


@pytest.mark.parametrize("leader", [name for name, _, _ in SIDES])
def test_attribution_speaker_pronoun_never_resolves_across_gender(nlp, leader):
    """"she" with no woman named before is unresolved, not the nearest man."""
    text = f'{leader} spoke on Monday.\n\nA teacher in the town talked about the shortages. "We have no bread," she said.'
    doc = nlp(text)
    q = next(q for q in extract_quotes(doc, resolve_actors(doc)) if "no bread" in q.content.text)
    assert q.speaker is not None and q.speaker.name == "she" and q.speaker.sourcing == "unresolved"

"""Tiny hand-made analyses for the corpus tests (store, compare, export, report, scale).

Spans are found with ``str.index`` so every fixture satisfies ``text[start:end] == evidence``.
"""
from __future__ import annotations

from spinmap.records import (
    Actor, ArticleAnalysis, Blame, BlameSource, BlameTarget, ErrorRecord, Quote, SpeakerRef, TechniqueSpan, TextSpan,
    content_id,
)


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return (start, start + len(part))


def make_analysis(
    text: str,
    outlet: str | None = "Outlet A",
    published: str | None = "2023-08-07",
    source: str | None = None,
    actors: tuple = (),
    blames: tuple = (),
    quotes: tuple = (),
    techniques: tuple = (),
    errors: tuple = (),
    title: str | None = None,
) -> ArticleAnalysis:
    """actors: (name, kind); blames: (accuser or None=author, accused, charge, voice, evidence);
    quotes: (speaker, content); techniques: (label, part); errors: codes."""
    ids = {name: f"A{i + 1}" for i, (name, _) in enumerate(actors)}
    return ArticleAnalysis(
        id=content_id(text), source=source or f"mem://{content_id(text)[:8]}", title=title, outlet=outlet,
        published=published, text=text,
        actors=[Actor(id=ids[n], name=n, kind=k, mentions=[_span(text, n)] if n in text else []) for n, k in actors],
        blames=[
            Blame(
                source=BlameSource(kind="actor", actor=ids.get(acc), name=acc) if acc
                else BlameSource(kind="author", name=outlet or "<author>"),
                target=BlameTarget(actor=ids.get(tgt), name=tgt), charge=charge, voice=voice,
                evidence=TextSpan(text=ev, span=_span(text, ev)), confidence=0.8,
            )
            for acc, tgt, charge, voice, ev in blames
        ],
        quotes=[
            Quote(kind="direct", speaker=SpeakerRef(actor=ids.get(sp), name=sp), content=TextSpan(text=c, span=_span(text, c)),
                  confidence=0.9)
            for sp, c in quotes
        ],
        techniques=[TechniqueSpan(label=lab, span=_span(text, part), text=part, confidence=0.7) for lab, part in techniques],
        errors=[ErrorRecord(code=c, message=f"{c} happened") for c in errors],
    )


def small_corpus() -> list[ArticleAnalysis]:
    """Three outlets, two of them blaming Russia for different things, one week apart."""
    a = make_analysis(
        "Moscow wrecked the truce, the minister said. \"They lie,\" he added. A shameful betrayal.",
        outlet="Outlet A", published="2023-08-07",
        actors=(("Moscow", "country"), ("the minister", "person")),
        blames=(("the minister", "Moscow", "wrecking the truce", "reported", "Moscow wrecked the truce"),
                (None, "Moscow", "betrayal", "authorial", "A shameful betrayal.")),
        quotes=(("the minister", "They lie,"),),
        techniques=(("Loaded_Language", "shameful betrayal"),),
    )
    b = make_analysis(
        "Moscow kept the peace while Washington armed the rebels. Washington is to blame.",
        outlet="Outlet B", published="2023-08-15",
        actors=(("Moscow", "country"), ("Washington", "country")),
        blames=((None, "Washington", "arming the rebels", "authorial", "Washington armed the rebels"),
                (None, "Washington", "the war", "authorial", "Washington is to blame.")),
        techniques=(("Name_Calling,Labeling", "rebels"), ("Loaded_Language", "to blame")),
    )
    c = make_analysis(
        "Analysts said Moscow failed to protect the corridor.",
        outlet="Outlet C", published="2023-09-01",
        actors=(("Analysts", "group"), ("Moscow", "country")),
        blames=(("Analysts", "Moscow", "failing to protect the corridor", "reported", "Moscow failed to protect the corridor"),),
    )
    return [a, b, c]

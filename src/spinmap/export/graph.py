"""The who-blames-whom graph as a networkx MultiDiGraph, shared by the GEXF and GraphML exports.

Nodes are actors (keyed by folded name, ``label`` = most used form); one edge per
(accuser, accused, voice) with ``weight`` = number of accusations and ``confidence`` = their mean confidence.
Attribute values are plain str/int/float so Gephi reads them.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Iterable

import networkx as nx

from ..compare import blame_rows, name_key
from ..records import ArticleAnalysis


# What XML 1.0 cannot hold; a store written before ingest dropped these may still contain them.
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml(value: str) -> str:
    return _NOT_XML.sub("", value)


def _rows_noting_kinds(analyses: Iterable[ArticleAnalysis], kinds: dict[str, str]):
    """Every blame row, streamed; each actor's kind (first seen) goes into ``kinds`` on the way."""
    for a in analyses:
        for actor in a.actors:
            kinds.setdefault(_xml(name_key(actor.name)), actor.kind)
        yield from blame_rows([a])


def blame_graph(analyses: Iterable[ArticleAnalysis], max_charges: int = 5) -> nx.MultiDiGraph:
    """Build the accusation graph; edge attrs: weight, voice, articles, outlets, charges, confidence (one pass over
    ``analyses``)."""
    kinds: dict[str, str] = {}
    labels: dict[str, Counter] = defaultdict(Counter)
    edges: dict[tuple, dict] = {}
    outlets: set[str] = set()
    for r in _rows_noting_kinds(analyses, kinds):
        s, t = _xml(name_key(r.accuser)), _xml(name_key(r.accused))
        labels[s][_xml(r.accuser)] += 1
        labels[t][_xml(r.accused)] += 1
        if r.accuser_kind == "author":
            outlets.add(s)
        e = edges.setdefault((s, t, r.voice), {"weight": 0, "articles": set(), "outlets": Counter(), "charges": Counter(),
                                               "confidence": 0.0})
        e["weight"] += 1
        e["confidence"] += r.confidence
        e["articles"].add(r.article_id)
        e["outlets"][_xml(r.outlet)] += 1
        e["charges"][_xml(r.charge)] += 1
    for s in outlets:  # an outlet that is also an actor somewhere keeps that actor's kind
        kinds.setdefault(s, "outlet")
    g = nx.MultiDiGraph(name="spinmap who-blames-whom")
    for key, forms in labels.items():
        g.add_node(key, label=forms.most_common(1)[0][0], kind=kinds.get(key, "other"))
    for (s, t, voice), e in edges.items():
        g.add_edge(
            s, t, key=voice, weight=e["weight"], voice=voice, articles=len(e["articles"]),
            outlets="; ".join(o for o, _ in e["outlets"].most_common()),
            charges=" | ".join(c for c, _ in e["charges"].most_common(max_charges)),
            confidence=round(e["confidence"] / e["weight"], 3),
        )
    for n in g.nodes:
        g.nodes[n]["accuses"] = int(g.out_degree(n, weight="weight"))
        g.nodes[n]["accused"] = int(g.in_degree(n, weight="weight"))
    return g

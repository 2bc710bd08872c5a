"""GraphML export of the accusation graph (Gephi, yEd, igraph), written by networkx."""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

import networkx as nx

from ..records import ArticleAnalysis
from .graph import blame_graph


def write_graphml(analyses: Iterable[ArticleAnalysis], path: str | Path) -> int:
    """Write the graph as GraphML; returns the number of edges."""
    g = blame_graph(analyses)
    nx.write_graphml(g, str(path))
    return g.number_of_edges()

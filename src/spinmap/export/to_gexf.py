"""GEXF 1.3 export of the accusation graph (opens in Gephi), written by networkx."""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

import networkx as nx

from ..records import ArticleAnalysis
from .graph import blame_graph


def write_gexf(analyses: Iterable[ArticleAnalysis], path: str | Path) -> int:
    """Write the graph as GEXF 1.3; returns the number of edges."""
    g = blame_graph(analyses)
    nx.write_gexf(g, str(path), version="1.3")
    return g.number_of_edges()

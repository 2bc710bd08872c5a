"""GEXF 1.3 export of the accusation graph (opens in Gephi), written by networkx."""
from __future__ import annotations

import io
from pathlib import Path
from typing import Iterable

import networkx as nx

from ..records import ArticleAnalysis
from .graph import blame_graph

# networkx 3.6 writes GEXF 1.3 with the XML Schema instance namespace lacking "www.", which puts
# xsi:schemaLocation in an unknown namespace; schema-aware tools then reject the root element.
_BAD_XSI = b'xmlns:xsi="http://w3.org/2001/XMLSchema-instance"'
_XSI = b'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'


def write_gexf(analyses: Iterable[ArticleAnalysis], path: str | Path) -> int:
    """Write the graph as GEXF 1.3; returns the number of edges."""
    g = blame_graph(analyses)
    buf = io.BytesIO()
    nx.write_gexf(g, buf, version="1.3")
    Path(path).write_bytes(buf.getvalue().replace(_BAD_XSI, _XSI, 1))
    return g.number_of_edges()

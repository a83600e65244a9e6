"""news-kg: news articles in French and English → an event knowledge graph (RDF, SPARQL, pictures)."""
from __future__ import annotations

__version__ = "0.1.0"

from .api import build_graph, load_graph, run_query  # noqa: E402

__all__ = ["build_graph", "load_graph", "run_query", "__version__"]

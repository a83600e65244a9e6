"""Exports beyond RDF: the events table as CSV and the relation graph as GraphML."""
from __future__ import annotations

from pathlib import Path

import networkx as nx
from rdflib import Dataset

from . import graphio, query, viz
from .atomic import atomic_write
from .errors import InputError

TABLE_FORMATS = {".csv", ".tsv", ".json"}


def export(ds, path: str | Path) -> str:
    """Write `ds` (an rdflib Dataset or a kg.store.Store: a file, a store, an endpoint) to `path` in the
    format its suffix names; returns a one-line description."""
    suffix = Path(path).suffix.lower()
    if suffix in graphio.FORMATS:
        if isinstance(ds, Dataset):
            graphio.write(ds, path)
        else:
            ds.dump(path)  # a store streams its quads to the file
        return f"graph ({graphio.FORMATS[suffix][0]})"
    if suffix in TABLE_FORMATS:
        res = query.run_local(ds, query.resolve("events"))
        fmt = {".csv": query.to_csv, ".tsv": query.to_tsv, ".json": query.to_json}[suffix]
        with atomic_write(path, "w", encoding="utf-8", ) as fh:
            fh.write(fmt(res))
        return f"events table ({len(res.rows)} rows)"
    if suffix == ".graphml":
        g = viz.network(query.run_local(ds, query.resolve("network")))
        simple = nx.MultiDiGraph()
        simple.add_nodes_from(g.nodes(data=True))
        simple.add_edges_from((s, t, k, d) for s, t, k, d in g.edges(keys=True, data=True))
        with atomic_write(path, "wb") as fh:
            nx.write_graphml(simple, fh)
        return f"relation graph ({g.number_of_nodes()} actors, {g.number_of_edges()} events)"
    allowed = sorted(set(graphio.FORMATS) | TABLE_FORMATS | {".graphml"})
    raise InputError(str(path), f"unknown export format '{suffix}'; expected one of {', '.join(allowed)}")

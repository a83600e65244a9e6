"""SHACL validation of a news-kg graph with pySHACL against ontology/shapes.ttl."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import Dataset, Graph

from . import resources
from .graphio import union


@dataclass
class Validation:
    conforms: bool
    report: str
    violations: int


def validate(ds, shapes: Path | None = None) -> Validation:
    """Validate an rdflib Dataset or Graph, or a kg.store.Store (file, store, endpoint)."""
    from pyshacl import validate as shacl

    if isinstance(ds, Dataset):
        data = union(ds)
    elif isinstance(ds, Graph):
        data = ds
    else:
        data = ds.union_graph()
    sg = Graph().parse(shapes or resources.ontology_dir() / "shapes.ttl", format="turtle")
    conforms, results_graph, text = shacl(data, shacl_graph=sg, inference="none", advanced=True,
                                          allow_warnings=True)
    from rdflib.namespace import SH

    n = len(list(results_graph.subjects(SH.resultSeverity, SH.Violation)))
    return Validation(bool(conforms), text, n)

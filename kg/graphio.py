"""Reading and writing graphs: formats by file suffix, datasets with one named graph per article."""
from __future__ import annotations

from pathlib import Path

from rdflib import Dataset, Graph

from .atomic import atomic_write
from .errors import InputError
from .namespaces import PREFIXES

# suffix -> (rdflib format, keeps named graphs)
FORMATS = {
    ".ttl": ("turtle", False), ".nt": ("nt", False), ".jsonld": ("json-ld", False),
    ".trig": ("trig", True), ".nq": ("nquads", True),
}


def rdf_format(path: str | Path) -> tuple[str, bool]:
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise InputError(str(path), f"unknown RDF format '{suffix}'; expected one of {', '.join(FORMATS)}")
    return FORMATS[suffix]


def union(ds: Dataset) -> Graph:
    """All triples of every named graph as one graph (for triple formats and SHACL)."""
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def write(ds: Dataset, path: str | Path) -> None:
    fmt, named = rdf_format(path)
    target = ds if named else union(ds)
    data = target.serialize(format=fmt, encoding="utf-8")
    with atomic_write(path, "wb") as fh:
        fh.write(data)


def read(path: str | Path) -> Dataset:
    """A graph file in any supported format, as a Dataset whose default graph is the union."""
    path = Path(path)
    if not path.is_file():
        raise InputError(str(path), "no such graph file")
    fmt, named = rdf_format(path)
    ds = Dataset(default_union=True)
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns)
    try:
        data = path.read_bytes()
        if fmt == "json-ld":
            _refuse_remote_context(data, path)
        if named:
            ds.parse(data=data, format=fmt)
        else:
            ds.default_graph.parse(data=data, format=fmt)
    except InputError:
        raise
    except Exception as e:  # rdflib raises many types for bad syntax
        raise InputError(str(path), f"not valid {fmt}: {e}") from None
    return ds


def _refuse_remote_context(data: bytes, path: Path) -> None:
    import json

    try:
        doc = json.loads(data)
    except ValueError as e:
        raise InputError(str(path), f"not valid JSON-LD: {e}") from None

    def walk(node):
        if isinstance(node, dict):
            ctx = node.get("@context")
            for c in ctx if isinstance(ctx, list) else [ctx]:
                if isinstance(c, str):
                    raise InputError(str(path), f"remote JSON-LD @context {c!r} refused (news-kg makes no network or file access)")
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(doc)

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
    """Write a Dataset; N-Triples and N-Quads are streamed line by line (no copy of the graph, no
    whole-file buffer), the other formats go through rdflib's serializers."""
    fmt, named = rdf_format(path)
    if fmt in ("nt", "nquads"):
        _write_lines(ds, path, named)
        return
    target = ds if named else union(ds)
    data = target.serialize(format=fmt, encoding="utf-8")
    with atomic_write(path, "wb") as fh:
        fh.write(data)


def _write_lines(ds: Dataset, path: str | Path, named: bool) -> None:
    import io

    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
    from rdflib.plugins.serializers.nquads import _nq_row
    from rdflib.plugins.serializers.nt import _nt_row

    with atomic_write(path, "wb") as raw:
        fh = io.TextIOWrapper(raw, encoding="utf-8", newline="\n", write_through=False)
        if named:
            for s, p, o, ctx in ds.quads((None, None, None, None)):
                gid = getattr(ctx, "identifier", ctx)
                if gid is None or gid == DATASET_DEFAULT_GRAPH_ID:
                    fh.write(_nt_row((s, p, o)))
                else:
                    fh.write(_nq_row((s, p, o), gid))
        else:
            for t in ds.triples((None, None, None)):  # the union, each triple once
                fh.write(_nt_row(t))
        fh.flush()
        fh.detach()


def read(path: str | Path) -> Dataset:
    """A graph file in any supported format, as a Dataset whose default graph is the union.

    A folder is read as an Oxigraph store and an http(s):// URL as a SPARQL endpoint (both copied
    into memory: to query them in place, use `kg.store.open_source`)."""
    from .sparqlhttp import is_endpoint

    if is_endpoint(str(path)) or Path(path).is_dir():
        from .store import open_source

        store = open_source(path)
        try:
            return store.to_dataset()
        finally:
            store.close()
    path = Path(path)
    if not path.is_file():
        raise InputError(str(path), "no such graph file")
    fmt, named = rdf_format(path)
    ds = Dataset(default_union=True)
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns)
    try:
        if fmt in ("nt", "nquads"):  # line formats: parsed from the file, never held whole in memory
            with path.open("rb") as fh:
                (ds if named else ds.default_graph).parse(source=fh, format=fmt)
            return ds
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
    except (ValueError, RecursionError) as e:
        raise InputError(str(path), f"not valid JSON-LD: {e}") from None

    # every context given by reference (a string, or "@import" in JSON-LD 1.1) would be fetched;
    # iterative walk: a document nested 100,000 levels deep must not overflow the stack here
    stack = [doc]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            ctx = node.get("@context")
            for c in ctx if isinstance(ctx, list) else [ctx]:
                if isinstance(c, str):
                    raise InputError(str(path), f"remote JSON-LD @context {c!r} refused (news-kg makes no "
                                                "network or file access; inline the context instead)")
            if isinstance(node.get("@import"), str):
                raise InputError(str(path), f"JSON-LD @import {node['@import']!r} refused (news-kg makes no "
                                            "network or file access; inline the context instead)")
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)

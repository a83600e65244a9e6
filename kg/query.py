"""Named SPARQL questions (queries/*.rq) and running queries on a local graph or a remote endpoint.

Parameters are bound as RDF terms (rdflib initBindings locally, a trailing VALUES clause remotely),
never pasted into the query text. Local queries may not reach the network: SERVICE, LOAD and
FROM <…> are refused unless allowed.
"""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import BNode, Dataset, Graph, Literal, URIRef, Variable
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.parser import parseQuery

from . import resources
from .errors import QueryError

HEADER = re.compile(r"^#\s*(title|description|param):\s*(.*)$")


@dataclass
class NamedQuery:
    name: str
    text: str
    title: str = ""
    description: str = ""
    params: dict[str, tuple[str, str]] = field(default_factory=dict)  # name -> (kind, help)
    path: Path | None = None


def parse_header(name: str, text: str, path: Path | None = None) -> NamedQuery:
    q = NamedQuery(name=name, text=text, path=path)
    for line in text.splitlines():
        m = HEADER.match(line.strip())
        if not m:
            if line.strip() and not line.startswith("#"):
                break
            continue
        key, value = m.groups()
        if key == "param":
            pname, kind, *help_ = value.split(None, 2)
            q.params[pname] = (kind, help_[0] if help_ else "")
        else:
            setattr(q, key, value.strip())
    return q


def named_queries() -> dict[str, NamedQuery]:
    out = {}
    for path in sorted(resources.queries_dir().glob("*.rq")):
        out[path.stem] = parse_header(path.stem, path.read_text(encoding="utf-8"), path)
    return out


def resolve(spec: str) -> NamedQuery:
    """A query by name, .rq file, or literal SPARQL text."""
    queries = named_queries()
    if spec in queries:
        return queries[spec]
    if spec.endswith(".rq"):
        p = Path(spec)
        if not p.is_file():
            raise QueryError(f"{spec}: no such query file")
        return parse_header(p.stem, p.read_text(encoding="utf-8"), p)
    if re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", spec, re.IGNORECASE):
        return parse_header("query", spec)
    if re.match(r"\s*(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b", spec, re.IGNORECASE):
        raise QueryError(f"unknown query {spec[:80]!r}: update operations are refused (kg query only reads)")
    raise QueryError(f"unknown query {spec!r}; named queries: {', '.join(queries)} (or give a .rq file or SPARQL text)")


def bind_params(q: NamedQuery, params: dict[str, str]) -> dict[str, object]:
    unknown = set(params) - set(q.params)
    if unknown:
        raise QueryError(f"query '{q.name}' has no parameter {sorted(unknown)}; its parameters: {sorted(q.params) or 'none'}")
    missing = set(q.params) - set(params)
    if missing:
        raise QueryError(f"query '{q.name}' needs --param {', '.join(f'{m}=…' for m in sorted(missing))}")
    out = {}
    for name, value in params.items():
        kind = q.params[name][0]
        if kind == "iri":
            from pyoxigraph import NamedNode

            try:
                NamedNode(value)  # strict: "<", ">", spaces or braces never reach a query text
            except ValueError:
                raise QueryError(f"parameter {name}={value!r} of query '{q.name}' is not an IRI") from None
            out[name] = URIRef(value)
        else:
            out[name] = Literal(value)
    return out


_CHECKED: dict[tuple[str, bool], None] = {}  # texts already found safe (parsing takes tens of ms)


def check_safe(text: str, allow_network: bool = False) -> None:
    """Refuse updates, and (unless allowed) SERVICE, LOAD and FROM <…> that would reach out."""
    if (text, allow_network) in _CHECKED:
        return
    _check_safe(text, allow_network)
    if len(_CHECKED) > 256:
        _CHECKED.clear()
    _CHECKED[(text, allow_network)] = None


def _check_safe(text: str, allow_network: bool) -> None:
    try:
        parsed = parseQuery(text)
    except Exception as e:
        if re.search(r"\b(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY)\b", text, re.IGNORECASE):
            raise QueryError("update operations are refused by 'kg query' (it only reads)") from None
        raise QueryError(f"bad SPARQL: {e}") from None
    if allow_network:
        return
    found = []

    def walk(node, depth=0):
        if depth > 400:  # fail closed: what is not looked at could hold a SERVICE
            raise QueryError("query nested too deeply to check for SERVICE / FROM; refused")
        name = getattr(node, "name", None)
        if name == "ServiceGraphPattern":
            found.append("SERVICE")
        if name in ("DatasetClause", "NamedGraphClause", "DefaultGraphClause"):
            found.append("FROM")
        if isinstance(node, dict) or hasattr(node, "items"):
            try:
                items = list(node.items())
            except TypeError:
                items = []
            for k, v in items:
                if k == "datasetClause" and v:
                    found.append("FROM")
                walk(v, depth + 1)
        if isinstance(node, (list, tuple)) or type(node).__name__ == "ParseResults":
            for v in node:
                walk(v, depth + 1)

    walk(parsed)
    if found:
        raise QueryError(f"query uses {', '.join(sorted(set(found)))}, which would reach the network or files; "
                         "refused (use --allow-network to permit it)")


@dataclass
class Result:
    vars: list[str]
    rows: list[dict[str, object]]  # var -> rdflib term (absent when unbound)


def run_local(ds, q: NamedQuery, params: dict[str, str] | None = None,
              allow_network: bool = False, timeout: float | None = None) -> Result:
    """Run a named query on an rdflib Dataset or on any kg.store.Store (a graph file, an Oxigraph
    store, an endpoint); `timeout` (seconds) defaults to the store's own."""
    check_safe(q.text, allow_network)
    bindings = bind_params(q, params or {})
    if not isinstance(ds, Graph):  # a kg.store.Store
        return ds.select(q.text, bindings, name=q.name, timeout=timeout)
    if timeout:
        from .store import run_with_deadline

        return run_with_deadline(lambda: select_rdflib(ds, q.text, bindings, q.name), timeout, q.name)
    return select_rdflib(ds, q.text, bindings, q.name)


def select_rdflib(ds: Graph, text: str, bindings: dict[str, object], name: str) -> Result:
    """A checked SELECT query with its parameters bound, on an rdflib graph."""
    try:
        prepared = prepareQuery(text)
        res = ds.query(prepared, initBindings=bindings)
        if res.type != "SELECT":
            raise QueryError(f"query '{name}' is a {res.type} query; only SELECT results can be shown")
        vars_ = [str(v) for v in res.vars]
        rows = [{v: row[i] for i, v in enumerate(vars_) if row[i] is not None} for row in res]
    except QueryError:
        raise
    except Exception as e:  # rdflib raises many types, lazily, while the rows are read
        raise QueryError(f"query '{name}' failed: {e}") from None
    return Result(vars_, rows)


def run_endpoint(url: str, q: NamedQuery, params: dict[str, str] | None = None, timeout: float = 30.0) -> Result:
    check_safe(q.text, allow_network=False)
    bindings = bind_params(q, params or {})
    text = q.text
    if bindings:
        # the VALUES block opens the outer WHERE group, so that FILTERs there see the parameters
        names = " ".join(f"?{k}" for k in bindings)
        values = " ".join(v.n3() for v in bindings.values())
        at = _outer_group(text)
        if at is None:
            raise QueryError(f"query '{q.name}' has no {{ … }} group to bind its parameters in")
        text = f"{text[:at + 1]}\n  VALUES ({names}) {{ ({values}) }}\n{text[at + 1:]}"
    from . import sparqlhttp  # timeout, credentials from the environment, one message per kind of failure

    data = sparqlhttp.select(url, text, timeout)
    vars_ = data.get("head", {}).get("vars", [])
    rows = [{k: _term(v) for k, v in b.items()} for b in data.get("results", {}).get("bindings", [])]
    return Result(vars_, rows)


def _outer_group(text: str) -> int | None:
    """Offset of the "{" opening a SELECT/ASK query's pattern, skipping comments, strings and IRIs."""
    i, n, depth_iri = 0, len(text), False
    while i < n:
        c = text[i]
        if c == "#":
            i = text.find("\n", i)
            if i < 0:
                return None
        elif c in "\"'":
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == "\\" else 1
            i = j
        elif c == "<" and re.match(r"<[^<>\"{}|^`\\\s]*>", text[i:]):
            i += re.match(r"<[^<>\"{}|^`\\\s]*>", text[i:]).end() - 1
        elif c == "{":
            return i
        i += 1
    return None


def _term(b: dict) -> object:
    if b["type"] == "uri":
        return URIRef(b["value"])
    if b["type"] == "bnode":
        return BNode(b["value"])
    return Literal(b["value"], lang=b.get("xml:lang"), datatype=b.get("datatype"))


# ---- result formats (W3C SPARQL 1.1 Query Results JSON, CSV and TSV; and a terminal table) ----
def to_json(r: Result) -> str:
    def enc(t):
        if isinstance(t, URIRef):
            return {"type": "uri", "value": str(t)}
        if isinstance(t, BNode):
            return {"type": "bnode", "value": str(t)}
        d = {"type": "literal", "value": str(t)}
        if t.language:
            d["xml:lang"] = t.language
        elif t.datatype:
            d["datatype"] = str(t.datatype)
        return d
    return json.dumps({"head": {"vars": r.vars},
                       "results": {"bindings": [{k: enc(v) for k, v in row.items()} for row in r.rows]}},
                      ensure_ascii=False, indent=1)


def to_csv(r: Result) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(r.vars)
    for row in r.rows:
        w.writerow([str(row[v]) if v in row else "" for v in r.vars])
    return buf.getvalue()


def _tsv_term(t) -> str:
    """A term in SPARQL 1.1 TSV: N-Triples syntax with tabs, newlines and quotes escaped."""
    if isinstance(t, Literal):
        body = str(t).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
        if t.language:
            return f'"{body}"@{t.language}'
        if t.datatype:
            return f'"{body}"^^<{t.datatype}>'
        return f'"{body}"'
    return t.n3()


def to_tsv(r: Result) -> str:
    lines = ["\t".join(f"?{v}" for v in r.vars)]
    for row in r.rows:
        lines.append("\t".join(_tsv_term(row[v]) if v in row else "" for v in r.vars))
    return "\n".join(lines) + "\n"


def to_table(r: Result, width: int = 60) -> str:
    def show(t):
        if t is None:
            return ""
        s = str(t)
        for ns, p in (("https://w3id.org/news-kg/id/", "kgid:"), ("http://www.wikidata.org/entity/", "wd:")):
            if s.startswith(ns):
                s = p + s[len(ns):]
        s = " ".join(s.split())
        return s if len(s) <= width else s[: width - 1] + "…"
    cells = [[show(row.get(v)) for v in r.vars] for row in r.rows]
    widths = [max([len(v)] + [len(c[i]) for c in cells]) for i, v in enumerate(r.vars)]
    line = "  ".join(v.ljust(w) for v, w in zip(r.vars, widths))
    out = [line, "  ".join("-" * w for w in widths)]
    out += ["  ".join(c.ljust(w) for c, w in zip(row, widths)) for row in cells]
    out.append(f"({len(r.rows)} row{'s' if len(r.rows) != 1 else ''})")
    return "\n".join(out)


FORMATTERS = {"table": to_table, "csv": to_csv, "tsv": to_tsv, "json": to_json}

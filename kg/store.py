"""Where a graph lives: a graph file (rdflib, in memory), an on-disk Oxigraph store, or a remote
SPARQL endpoint. Every verb that reads a graph opens its source with `open_source()` and sees the
same small `Store` protocol, so a named question gets the same answer wherever the graph is.

Oxigraph stores (`OxigraphStore`) hold one named graph per article, written as one transaction (one
SPARQL update: the old graph dropped, the new one inserted), and keep their default graph as the
union of the article graphs with set semantics: a triple two articles state is there once, as in
rdflib's union of a Dataset, so any query counts the same on both engines. Only news-kg writes that
default graph; queries read it (no `GRAPH` needed). A store folder is locked by the one process
that writes to it; readers open it read-only.

A query timeout is enforced everywhere: on a store the query runs in a worker process that is killed
at the deadline (pyoxigraph has no timeout of its own); on an rdflib graph in a worker thread that is
interrupted at the deadline; on an endpoint by the HTTP timeout.
"""
from __future__ import annotations

import ctypes
import json
import logging
import os
import re
import subprocess
import sys
import threading
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Protocol, runtime_checkable

import pyoxigraph as ox
from rdflib import XSD, BNode, Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from . import eventrows, graphio, sparqltsv, storejoin
from . import query as q
from .atomic import atomic_write
from .errors import EndpointError, InputError, KgError, QueryError
from .namespaces import PREFIXES
from .sparqlhttp import is_endpoint

log = logging.getLogger(__name__)

OX_FORMATS = {
    ".ttl": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES, ".jsonld": ox.RdfFormat.JSON_LD,
    ".trig": ox.RdfFormat.TRIG, ".nq": ox.RdfFormat.N_QUADS,
}
_XSD_STRING = str(XSD.string)
_VAR_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


# ---- RDF terms: rdflib <-> pyoxigraph ----

def to_ox(t):
    if isinstance(t, URIRef):
        return ox.NamedNode(str(t))
    if isinstance(t, BNode):
        return ox.BlankNode(str(t)) if re.match(r"^[A-Za-z0-9_][A-Za-z0-9_.-]*$", str(t)) else ox.BlankNode()
    if isinstance(t, Literal):
        if t.language:
            return ox.Literal(str(t), language=t.language)
        if t.datatype is not None and str(t.datatype) != _XSD_STRING:
            return ox.Literal(str(t), datatype=ox.NamedNode(str(t.datatype)))
        return ox.Literal(str(t))
    raise TypeError(f"not an RDF term: {t!r}")


def from_ox(t):
    if isinstance(t, ox.NamedNode):
        return URIRef(t.value)
    if isinstance(t, ox.BlankNode):
        return BNode(t.value)
    if isinstance(t, ox.Literal):
        if t.language:
            return Literal(t.value, lang=t.language)
        dt = t.datatype.value
        return Literal(t.value) if dt == _XSD_STRING else Literal(t.value, datatype=URIRef(dt))
    raise TypeError(f"cannot convert {t!r}")


def from_json(b: dict):
    """A term of SPARQL 1.1 Query Results JSON as an rdflib term."""
    kind = b["type"]
    if kind == "uri":
        return URIRef(b["value"])
    if kind == "bnode":
        return BNode(b["value"])
    dt = b.get("datatype")
    if b.get("xml:lang"):
        return Literal(b["value"], lang=b["xml:lang"])
    return Literal(b["value"]) if dt in (None, _XSD_STRING) else Literal(b["value"], datatype=URIRef(dt))


def nt_term(t) -> str:
    """An rdflib term in N-Triples syntax (escaped by Oxigraph's serializer)."""
    return str(to_ox(t))


# ---- parameters: pyoxigraph substitutes only projected variables ----

_IRI = re.compile(r"<[^<>\"{}|^`\\\s]*>")
_TOKEN = re.compile(r"[?$][A-Za-z0-9_]+|[A-Za-z_][A-Za-z0-9_]*|.", re.S)


def _tokens(text: str) -> Iterator[tuple[int, str, int, int]]:
    """(offset, token, brace depth, parenthesis depth) of the query's tokens, skipping comments,
    strings and IRIs."""
    i, n, braces, parens = 0, len(text), 0, 0
    while i < n:
        c = text[i]
        if c.isspace():
            i += 1
            continue
        if c == "#":
            j = text.find("\n", i)
            i = n if j < 0 else j + 1
            continue
        if c in "\"'":
            if text.startswith(c * 3, i):
                j = i + 3
                while j < n and not text.startswith(c * 3, j):
                    j += 2 if text[j] == "\\" else 1
                i = j + 3
            else:
                j = i + 1
                while j < n and text[j] != c:
                    j += 2 if text[j] == "\\" else 1
                i = j + 1
            continue
        if c == "<":
            m = _IRI.match(text, i)
            if m:
                i = m.end()
                continue
        m = _TOKEN.match(text, i)
        tok = m.group(0)
        if tok == "{":
            braces += 1
        elif tok == "}":
            braces -= 1
        elif tok == "(":
            parens += 1
        elif tok == ")":
            parens -= 1
        yield i, tok, braces if tok != "{" else braces - 1, parens if tok != "(" else parens - 1
        i = m.end()


def project_params(text: str, names: Iterable[str]) -> tuple[str, list[str]]:
    """The query with every parameter variable added to the outer SELECT projection (and GROUP BY),
    as pyoxigraph's `substitutions=` requires, and the names so added (to drop from the results).
    Only variable names are added to the text; the values travel as RDF terms."""
    names = [n for n in names]
    for n in names:
        if not _VAR_NAME.match(n):
            raise QueryError(f"parameter name {n!r} is not a SPARQL variable name")
    if not names:
        return text, []
    toks = list(_tokens(text))
    sel = next((k for k, (_, t, b, _p) in enumerate(toks) if b == 0 and t.upper() == "SELECT"), None)
    if sel is None:
        return text, []
    k = sel + 1
    if k < len(toks) and toks[k][1].upper() in ("DISTINCT", "REDUCED"):
        k += 1
    insert_at = toks[sel][0] + len(toks[sel][1]) if k == sel + 1 else toks[k - 1][0] + len(toks[k - 1][1])
    star = k < len(toks) and toks[k][1] == "*"
    projected: set[str] = set()
    j = k
    while j < len(toks) and not (toks[j][2] == 0 and toks[j][1].upper() in ("WHERE", "{", "FROM")):
        tok, parens = toks[j][1], toks[j][3]
        if tok[0] in "?$" and (parens == 0 or (j > 0 and toks[j - 1][1].upper() == "AS")):
            projected.add(tok[1:])
        j += 1
    added = [n for n in names if n not in projected]
    if not added:
        return text, []
    extra = " " + " ".join(f"?{n}" for n in added) + " "
    if star:
        from rdflib.plugins.sparql import prepareQuery

        pv = [str(v) for v in prepareQuery(text).algebra.get("PV", [])]
        star_at = toks[k][0]
        text2 = text[:star_at] + " ".join(f"?{v}" for v in pv if v not in added) + extra + text[star_at + 1:]
        return text2, added
    # GROUP BY at the outer level: group by the (constant) parameters too
    group_at = None
    for m in range(j, len(toks) - 1):
        if toks[m][2] == 0 and toks[m][1].upper() == "GROUP" and toks[m + 1][1].upper() == "BY":
            group_at = toks[m + 1][0] + 2
    if group_at is not None:
        text = text[:group_at] + extra + text[group_at:]
    return text[:insert_at] + extra + text[insert_at:], added


# ---- named questions planned for Oxigraph ----

_PLANS: dict[str, tuple[str, str] | None] = {}


def oxigraph_plan(name: str, text: str) -> str:
    """The text an Oxigraph store runs for a query: for a named question whose text is unchanged, its
    hand-planned equivalent in queries/oxigraph/NAME.rq when there is one (the same answers, tested);
    any other query as it is."""
    if name not in _PLANS:
        from . import resources

        plain, planned = resources.queries_dir() / f"{name}.rq", resources.queries_dir() / "oxigraph" / f"{name}.rq"
        _PLANS[name] = ((plain.read_text(encoding="utf-8"), planned.read_text(encoding="utf-8"))
                        if plain.is_file() and planned.is_file() else None)
    plan = _PLANS[name]
    return plan[1] if plan is not None and plan[0] == text else text


# ---- ORDER BY on the Python side ----
# Oxigraph reads both strings back from disk at every comparison of a sort on IRIs or long strings:
# ordering 20,000 events by their IRI costs it over a second. The rows come to Python decoded anyway,
# where the same order costs milliseconds; so a final ORDER BY on plain variables is done here, for
# the kinds of values whose SPARQL order is plain string order, and left to the engine otherwise.

_DATE = re.compile(r"^\d{4}-\d\d-\d\d$")
_SORT_TOKENS = {"ASC", "DESC", "(", ")"}


def split_order_by(text: str) -> tuple[str, list[tuple[str, bool]]] | None:
    """The query without its final `ORDER BY` and the (variable, descending) sort keys, when that
    clause ends the query and sorts by variables only (`?v`, `ASC(?v)`, `DESC(?v)`); else None."""
    toks = list(_tokens(text))
    at = next((k for k in range(len(toks) - 1, 0, -1)
               if toks[k][2] == 0 and toks[k][1].upper() == "BY" and toks[k - 1][1].upper() == "ORDER"), None)
    if at is None or any(t[1].upper() not in _SORT_TOKENS and t[1][0] not in "?$" for t in toks[at + 1:]):
        return None
    keys: list[tuple[str, bool]] = []
    desc = False
    for _, tok, _, parens in toks[at + 1:]:
        up = tok.upper()
        if up in ("ASC", "DESC"):
            desc = up == "DESC"
        elif tok[0] in "?$":
            keys.append((tok[1:], desc and parens > 0))
            if parens == 0:
                desc = False
        elif tok == ")":
            desc = False
    if not keys:
        return None
    return text[:toks[at - 1][0]], keys


_NUMBERS = {str(XSD[n]) for n in ("integer", "decimal", "nonNegativeInteger", "positiveInteger", "nonPositiveInteger",
                                   "negativeInteger", "long", "int", "short", "byte", "unsignedLong", "unsignedInt",
                                   "unsignedShort", "unsignedByte")}
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")


def _sort_key(t) -> tuple | None:
    """A term's place in SPARQL order (unbound, IRIs, then literals), or None when this module does not
    order that kind of value as the engines do (blank nodes, language tags, floats, other types)."""
    if t is None:
        return (0, "")
    if isinstance(t, URIRef):
        return (1, str(t))
    if isinstance(t, Literal) and not t.language:
        dt = str(t.datatype) if t.datatype is not None else _XSD_STRING
        if dt == _XSD_STRING:
            return (2, str(t))
        if dt == str(XSD.date) and _DATE.match(str(t)):
            return (3, str(t))  # same lexical form, same order as the dates
        if dt in _NUMBERS and _NUMBER.match(str(t)):
            return (4, Decimal(str(t)))  # integers and decimals compare by value, whatever their type
        if dt == str(XSD.anyURI):
            return (5, str(t))
    return None


def sort_rows(res: q.Result, keys: list[tuple[str, bool]]) -> q.Result | None:
    """The rows in ORDER BY order, or None if a sort column holds values `_sort_key` does not order, or
    literals of two kinds (plain strings beside dates: their relative order is the engine's choice)."""
    if any(v not in res.vars for v, _ in keys):
        return None
    # the same term objects recur from row to row; keyed by identity (an rdflib term's hash is Python
    # code, and slow), which is stable while the rows hold the terms
    memo: dict = {}

    def key(t):
        k = memo.get(id(t), memo)
        if k is memo:
            k = memo[id(t)] = _sort_key(t)
        return k

    rows = res.rows

    def order(idx: list[int], level: int) -> list[int] | None:
        """`idx` (rows tied on the keys before `level`) in order; a later key is read only for the rows
        the keys before it leave tied (the questions listing every event sort by up to 11 keys, and
        the first, the event, all but decides)."""
        var, desc = keys[level]
        ks = [key(rows[i].get(var)) for i in idx]
        if None in ks or len({k[0] for k in ks if k[0] >= 2}) > 1:
            return None
        pos = sorted(range(len(idx)), key=ks.__getitem__, reverse=desc)  # stable, also reversed
        if level + 1 == len(keys):
            return [idx[p] for p in pos]
        out: list[int] = []
        start = 0
        for end in range(1, len(pos) + 1):
            if end == len(pos) or ks[pos[end]] != ks[pos[start]]:
                if end - start == 1:
                    out.append(idx[pos[start]])
                else:
                    tied = order([idx[p] for p in pos[start:end]], level + 1)
                    if tied is None:
                        return None
                    out.extend(tied)
                start = end
        return out

    done = order(list(range(len(rows))), 0) if rows else []
    return None if done is None else q.Result(res.vars, [rows[i] for i in done])


# ---- deadlines ----

class _Deadline(BaseException):
    """Raised inside a worker thread at its deadline (a BaseException: rdflib's handlers don't eat it)."""


def run_with_deadline(fn, timeout: float | None, name: str, *, interrupt: bool = True):
    """fn() in a worker thread; QueryError if it is not done after `timeout` seconds. The thread is
    interrupted at its next Python instruction (pure-Python engines such as rdflib stop there)."""
    if not timeout:
        return fn()
    box: dict = {}

    def work():
        try:
            box["value"] = fn()
        except _Deadline:
            box["late"] = True
        except BaseException as e:  # noqa: BLE001 - handed to the caller
            box["error"] = e

    worker = threading.Thread(target=work, name=f"kg-query-{name}", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        if interrupt and worker.ident is not None:
            ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(worker.ident), ctypes.py_object(_Deadline))
            worker.join(2.0)
        raise QueryError(f"query '{name}' took longer than {timeout:g} s and was stopped (--timeout)")
    if "error" in box:
        raise box["error"]
    return box["value"]


# ---- the protocol ----

@runtime_checkable
class Store(Protocol):
    """A graph to query and (for stores) to write, one named graph per article."""

    location: str
    timeout: float | None

    def query(self, text: str, bindings: Mapping[str, object] | None = None, *, name: str = "query",
              allow_network: bool = False, timeout: float | None = None) -> q.Result: ...

    def select(self, text: str, bindings: Mapping[str, object], *, name: str = "query",
               timeout: float | None = None) -> q.Result: ...

    def add_article(self, graph: Graph) -> None: ...

    def remove(self, article_id: str) -> bool: ...

    def dump(self, path: str | Path) -> None: ...

    def union_graph(self) -> Graph: ...

    def quads(self) -> Iterator[ox.Quad]: ...


class _Base:
    location: str = ""
    timeout: float | None = None

    def query(self, text: str, bindings: Mapping[str, object] | None = None, *, name: str = "query",
              allow_network: bool = False, timeout: float | None = None) -> q.Result:
        """Run a SELECT query (refused: updates; SERVICE / FROM unless allow_network)."""
        q.check_safe(text, allow_network)
        return self.select(text, dict(bindings or {}), name=name, timeout=timeout)

    def add_article(self, graph: Graph) -> None:
        raise KgError(f"{self.location}: cannot write here")

    def remove(self, article_id: str) -> bool:
        raise KgError(f"{self.location}: cannot write here")

    def add_dataset(self, ds: Dataset) -> int:
        """Every named graph of `ds` as an article (each replacing any earlier version); how many."""
        n = 0
        for g in ds.graphs():
            if g.identifier == DATASET_DEFAULT_GRAPH_ID or not isinstance(g.identifier, URIRef) or len(g) == 0:
                continue
            self.add_article(g)
            n += 1
        return n

    def close(self) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


# ---- a graph file, in memory (rdflib) ----

class DatasetStore(_Base):
    """An rdflib Dataset (a graph file read into memory): the existing, reference behaviour."""

    def __init__(self, ds: Dataset | None = None, *, location: str = "(memory)", timeout: float | None = None):
        from . import rdf

        self.ds = ds if ds is not None else rdf.new_dataset()
        self.location = location
        self.timeout = timeout

    def select(self, text, bindings, *, name="query", timeout=None) -> q.Result:
        timeout = self.timeout if timeout is None else timeout
        return run_with_deadline(lambda: q.select_rdflib(self.ds, text, bindings, name), timeout, name)

    def add_article(self, graph: Graph) -> None:
        name = graph.identifier
        self.ds.remove_graph(self.ds.graph(name))
        target = self.ds.graph(name)
        for t in graph:
            target.add(t)

    def remove(self, article_id: str) -> bool:
        from .rdf import article_iri

        name = article_iri(article_id)
        g = self.ds.graph(name)
        found = len(g) > 0
        self.ds.remove_graph(g)
        return found

    def dump(self, path) -> None:
        graphio.write(self.ds, path)

    def union_graph(self) -> Graph:
        return graphio.union(self.ds)

    def to_dataset(self) -> Dataset:
        return self.ds

    def quads(self) -> Iterator[ox.Quad]:
        for s, p, o, ctx in self.ds.quads((None, None, None, None)):
            gid = getattr(ctx, "identifier", ctx)
            g = ox.DefaultGraph() if gid in (None, DATASET_DEFAULT_GRAPH_ID) else to_ox(gid)
            yield ox.Quad(to_ox(s), to_ox(p), to_ox(o), g)


# ---- an on-disk Oxigraph store ----

def _union_delete(g: str) -> str:
    """Update removing from the default (union) graph what only graph `g` states."""
    return (f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != {g}) }} }}")


def article_update(name: str, lines: list[str], *, union_default: bool = True, first: bool = True) -> str:
    """The SPARQL update that writes one article graph as one unit: its old version dropped (and, when
    the default graph is kept as the union, what only it stated removed from there), the new inserted."""
    g = f"<{name}>"
    body = "\n".join(lines)
    parts = []
    if first:
        if union_default:
            parts.append(_union_delete(g))
        parts.append(f"DROP SILENT GRAPH {g}")
    if lines:
        parts.append(f"INSERT DATA {{\nGRAPH {g} {{\n{body}\n}}\n{body if union_default else ''}\n}}")
    return " ;\n".join(parts)


_WORKER = r"""
import json, sys
req = json.loads(sys.stdin.buffer.read())
sys.path[:0] = req["path"]
import pyoxigraph as ox
def term(t):
    return next(iter(ox.parse(input="<urn:kg:s> <urn:kg:p> " + t + " .", format=ox.RdfFormat.N_TRIPLES))).object
try:
    store = ox.Store.read_only(req["location"])
    subs = {ox.Variable(k): term(v) for k, v in req["subs"].items()}
    for text in req["queries"]:  # each answer after its length (8 bytes, big-endian)
        res = store.query(text, substitutions=subs, use_default_graph_as_union=req["union"])
        if not isinstance(res, ox.QuerySolutions):
            sys.stderr.write("KIND " + type(res).__name__)
            sys.exit(4)
        data = res.serialize(format=getattr(ox.QueryResultsFormat, req["format"]))
        sys.stdout.buffer.write(len(data).to_bytes(8, "big") + data)
    sys.stdout.buffer.flush()
except Exception as e:
    sys.stderr.write(type(e).__name__ + ": " + str(e))
    sys.exit(3)
"""


def _kind(res, text: str) -> str:
    """ASK, CONSTRUCT or DESCRIBE: what a query that gave no solutions was."""
    if isinstance(res, ox.QueryBoolean):
        return "ASK"
    return "DESCRIBE" if re.search(r"\bDESCRIBE\b", text, re.I) else "CONSTRUCT"


class OxigraphStore(_Base):
    """An Oxigraph store in a folder: one named graph per article, the default graph their union."""

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False, timeout: float | None = None,
                 lock_wait: float = 0.0):
        self.timeout = timeout
        self._lock = None
        self.path = Path(path) if path is not None else None
        self.location = str(path) if path is not None else "(memory)"
        self.read_only = read_only
        if self.path is None:
            self._store = ox.Store()
            return
        p = self.path
        is_store = (p / "CURRENT").is_file()
        if read_only and not is_store:
            raise InputError(str(p), "not an Oxigraph store (no database in this folder); "
                                      "build one with `kg build ARTICLES --store DIR`")
        if not read_only:
            if p.exists() and not p.is_dir():
                raise InputError(str(p), "exists and is not a folder; a store is a folder")
            if p.is_dir() and not is_store and any(c.name != LOCK_FILE for c in p.iterdir()):
                raise InputError(str(p), "is a folder that holds other files, not an Oxigraph store; "
                                          "give a new or empty folder")
            self._lock = lock_store(p, lock_wait)
        try:
            self._store = ox.Store.read_only(str(p)) if read_only else ox.Store(str(p))
        except OSError as e:
            self._unlock()
            if "lock" in str(e).lower():
                raise InputError(str(p), "the store is open for writing in another process (a kg build, "
                                          "push or remove still running?); one process writes at a time") from None
            raise InputError(str(p), f"cannot open the store: {e}") from None

    # -- reading --
    def _union_mode(self) -> bool:
        """True for a store news-kg did not write (empty default graph): query the union of its graphs."""
        if next(iter(self._store.quads_for_pattern(None, None, None, ox.DefaultGraph())), None) is not None:
            return False
        return next(iter(self._store.named_graphs()), None) is not None

    def select(self, text, bindings, *, name="query", timeout=None) -> q.Result:
        timeout = self.timeout if timeout is None else timeout
        plan = None if bindings else storejoin.plan_for(name, text)
        if plan is not None:
            res = self._select_joined(plan, text, name, timeout)
            if res is not None:
                return res
        text = oxigraph_plan(name, text)
        split = split_order_by(text)
        res = self._select(split[0] if split else text, bindings, name, timeout)
        if split:
            ordered = sort_rows(res, split[1])
            # values this module does not order as SPARQL does: the engine sorts after all
            res = ordered if ordered is not None else self._select(text, bindings, name, timeout)
        return res

    def _select_joined(self, plan: storejoin.JoinPlan, text: str, name: str, timeout) -> q.Result | None:
        """A question listing every event, from its lean query and lookups (kg/storejoin.py); None when
        its values need the engine's own MIN or ORDER BY."""
        texts = [storejoin.lookup_text(n) for n in plan.lookups]
        union = self._union_mode()
        lean = None
        if plan.event_rows and not union:  # one string per article read instead of a dozen per event
            subjects = eventrows.read(self._store)
            if subjects is not None:
                with storejoin.no_gc():
                    lean = eventrows.lean(subjects, plan.lean_vars)
        if lean is None:
            texts.insert(0, plan.main)
        try:
            if timeout and self.path is not None and self.read_only:
                answers = self._select_in_worker(texts, {}, name, timeout, union, tsv=True)
            else:
                answers = run_with_deadline(lambda: [self._tsv_here(t, name, union) for t in texts], timeout,
                                            name, interrupt=False)
            with storejoin.no_gc():
                cells = ([lean] if lean is not None else []) + [q.Result(*sparqltsv.read_cells(a)) for a in answers]
                tables = {n: storejoin.table(r) for n, r in zip(plan.lookups, cells[1:])}
                res = plan.finish(cells[0], tables, sparqltsv.Terms())
                split = split_order_by(text)
                if res is not None and split is not None:
                    res = sort_rows(res, split[1])
        except ValueError as e:  # a term sparqltsv does not read: the full query, read term by term
            log.debug("%s: %s; running the full query", name, e)
            return None
        return res

    def _tsv_here(self, text: str, name: str, union: bool) -> bytes:
        """A SELECT answer as TSV, written by Oxigraph."""
        try:
            res = self._store.query(text, use_default_graph_as_union=union)
            if not isinstance(res, ox.QuerySolutions):
                raise QueryError(f"query '{name}' is a {_kind(res, text)} query; only SELECT results can be shown")
            return res.serialize(format=ox.QueryResultsFormat.TSV)
        except QueryError:
            raise
        except (SyntaxError, OSError, RuntimeError, TypeError) as e:
            raise QueryError(f"query '{name}' failed: {e}") from None

    def _select(self, text, bindings, name, timeout) -> q.Result:
        text2, added = project_params(text, bindings)
        union = self._union_mode()
        if timeout and self.path is not None and self.read_only:
            # a process of its own, killed at the deadline (a store open for writing here is queried in
            # this process: a second, read-only instance would race with its compactions)
            res = self._select_in_worker([text2], bindings, name, timeout, union)[0]
        else:
            res = run_with_deadline(lambda: self._select_here(text2, bindings, name, union), timeout, name,
                                    interrupt=False)
        if added:
            res = q.Result([v for v in res.vars if v not in added],
                           [{k: v for k, v in row.items() if k not in added} for row in res.rows])
        return res

    def _select_here(self, text, bindings, name, union) -> q.Result:
        subs = {ox.Variable(k): to_ox(v) for k, v in bindings.items()}
        try:
            res = self._store.query(text, substitutions=subs, use_default_graph_as_union=union)
            if not isinstance(res, ox.QuerySolutions):
                raise QueryError(f"query '{name}' is a {_kind(res, text)} query; only SELECT results can be shown")
            vars_ = [v.value for v in res.variables]
            memo: dict = {}  # labels, codes, types repeat from row to row: convert each term once

            def conv(t):
                r = memo.get(t)
                if r is None:
                    r = memo[t] = from_ox(t)
                return r

            rows = [{v: conv(t) for v, t in zip(vars_, sol) if t is not None} for sol in res]
        except QueryError:
            raise
        except (SyntaxError, OSError, RuntimeError, ValueError, TypeError) as e:
            raise QueryError(f"query '{name}' failed: {e}") from None
        return q.Result(vars_, rows)

    def _select_in_worker(self, texts, bindings, name, timeout, union, tsv: bool = False) -> list:
        """Queries run one after the other in a process of their own, killed at the deadline; their
        answers as Results, or with `tsv` as the TSV Oxigraph wrote."""
        text = texts[0]
        req = {"path": [p for p in sys.path if p], "location": str(self.path.resolve()), "queries": texts,
               "format": "TSV" if tsv else "JSON",
               "subs": {k: nt_term(v) for k, v in bindings.items()}, "union": union}
        proc = subprocess.Popen([sys.executable, "-I", "-c", _WORKER], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        try:
            out, err = proc.communicate(json.dumps(req).encode("utf-8"), timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.communicate()
            raise QueryError(f"query '{name}' took longer than {timeout:g} s and was stopped (--timeout)") from None
        message = err.decode("utf-8", "replace").strip()
        if proc.returncode == 4:
            kind = "ASK" if "Boolean" in message else _kind(None, text)
            raise QueryError(f"query '{name}' is a {kind} query; only SELECT results can be shown")
        if proc.returncode != 0:
            last = message.splitlines()[-1] if message else f"exit status {proc.returncode}"
            if "Corruption" in last or "No such file" in last:
                raise QueryError(f"query '{name}' failed: {self.location} changed while it was read (is another "
                                 f"process writing to the store?); try again: {last}")
            raise QueryError(f"query '{name}' failed: {last}")
        results = []
        at = 0
        while at < len(out):
            size = int.from_bytes(out[at:at + 8], "big")
            part, at = out[at + 8:at + 8 + size], at + 8 + size
            if tsv:
                results.append(part)
                continue
            data = json.loads(part)
            vars_ = data["head"]["vars"]
            rows = [{k: from_json(v) for k, v in b.items()} for b in data["results"]["bindings"]]
            results.append(q.Result(vars_, rows))
        return results

    def articles(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs()
                      if isinstance(g, ox.NamedNode) and not eventrows.is_rows_graph(g.value))

    def __len__(self) -> int:
        # less the event rows (kg/eventrows.py), one quad per article
        return len(self._store) - sum(1 for p in eventrows.PREDICATES for _ in self._store.quads_for_pattern(
            None, ox.NamedNode(p), None, None))

    def quads(self) -> Iterator[ox.Quad]:
        """The article graphs' quads (or, in a store news-kg did not write, every quad)."""
        named = False
        for g in self._store.named_graphs():
            if isinstance(g, ox.NamedNode) and eventrows.is_rows_graph(g.value):
                continue  # the event rows kept beside each article graph: the store's own index
            named = True
            yield from self._store.quads_for_pattern(None, None, None, g)
        if not named:
            yield from self._store.quads_for_pattern(None, None, None, ox.DefaultGraph())

    def union_graph(self) -> Graph:
        g = Graph()
        for prefix, ns in PREFIXES.items():
            g.bind(prefix, ns)
        source = (self._store.quads_for_pattern(None, None, None, None) if self._union_mode()
                  else self._store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
        for quad in source:
            g.add((from_ox(quad.subject), from_ox(quad.predicate), from_ox(quad.object)))
        return g

    def to_dataset(self) -> Dataset:
        return quads_to_dataset(self.quads())

    def dump(self, path) -> None:
        """Write the store to a file, streaming: the article graphs (.trig .nq) or their union."""
        named = graphio.rdf_format(path)[1]  # (names the allowed suffixes on a bad one)
        fmt = OX_FORMATS[Path(path).suffix.lower()]
        with atomic_write(path, "wb") as fh:
            if named:
                ox.serialize(self.quads(), fh, fmt, prefixes=dict(PREFIXES))
            elif self._union_mode():
                ox.serialize((quad.triple for quad in self._store.quads_for_pattern(None, None, None, None)),
                             fh, fmt, prefixes=dict(PREFIXES))
            else:
                self._store.dump(fh, fmt, from_graph=ox.DefaultGraph(), prefixes=dict(PREFIXES))

    # -- writing --
    def _writable(self) -> None:
        if self.read_only:
            raise KgError(f"{self.location}: opened read-only")

    def add_article(self, graph: Graph) -> None:
        """Write one article's named graph as one transaction, replacing any earlier version."""
        self._writable()
        name = graph.identifier
        if not isinstance(name, URIRef):
            raise KgError("an article graph needs an IRI as its name")
        lines = [f"{nt_term(s)} {nt_term(p)} {nt_term(o)} ." for s, p, o in graph]
        self._store.update(self._article_update(str(name), lines))

    def write_article_lines(self, name: str, lines: list[str]) -> None:
        """add_article for a graph already written as N-Triples lines (kg build's streaming writer)."""
        self._writable()
        self._store.update(self._article_update(name, lines))

    @staticmethod
    def _article_update(name: str, lines: list[str]) -> str:
        """article_update, with the article's event rows (kg/eventrows.py) replaced in the same transaction."""
        return article_update(name, lines) + " ;\n" + eventrows.update_for_lines(name, lines)

    def update(self, text: str) -> None:
        """One SPARQL update as one transaction (kg build rewrites merged events with it)."""
        self._writable()
        self._store.update(text)

    def update_article(self, name: str, text: str) -> None:
        """An update that changes article graph `name` (kg build's rewrite of merged events): its event
        rows dropped in the same transaction, then written again from the graph as it now is."""
        self._writable()
        self._store.update(text + " ;\n" + eventrows.update_for(name, None))
        self.write_event_rows([name])

    def write_event_rows(self, names: Iterable[str]) -> None:
        """The event rows of these article graphs, from the quads the store holds."""
        for name in names:
            if self._store.contains_named_graph(ox.NamedNode(name)):
                self._store.update(eventrows.update_for(name, list(self.article_quads(name))))

    def article_quads(self, name: str) -> Iterator[ox.Quad]:
        """The quads of one article graph."""
        return self._store.quads_for_pattern(None, None, None, ox.NamedNode(name))

    def remove(self, article_id: str) -> bool:
        """Drop one article's graph (and what only it stated from the union); False if it was not there."""
        from .rdf import article_iri

        self._writable()
        name = article_iri(article_id)
        if not self._store.contains_named_graph(ox.NamedNode(str(name))):
            return False
        self._store.update(self._article_update(str(name), []))
        return True

    def load_quads(self, make_quads, graph: str | None = None) -> tuple[int, int]:
        """Load quads with Oxigraph's bulk loader, streaming: `make_quads()` is called twice (the graph
        names first, then the data). Graphs already in the store are replaced. Returns (graphs, quads)."""
        self._writable()
        target = ox.NamedNode(graph) if graph else None
        names: set = set()
        for quad in make_quads():
            gname = target or quad.graph_name
            if isinstance(gname, ox.DefaultGraph):
                raise InputError(self.location, "the input has triples outside named graphs; give --graph IRI "
                                                "to put them in one")
            names.add(gname)
        for gname in names:
            if self._store.contains_named_graph(gname):
                self._store.update(self._article_update(gname.value, []))
        count = 0

        fields: dict[str, list[ox.Quad]] = {g.value: [] for g in names}  # what the event rows are made of
        wanted = eventrows.FIELD_SET

        def both():
            nonlocal count
            for quad in make_quads():
                gname = target or quad.graph_name
                count += 1
                if quad.predicate.value in wanted:
                    fields[gname.value].append(quad)
                yield ox.Quad(quad.subject, quad.predicate, quad.object, gname)
                yield ox.Quad(quad.subject, quad.predicate, quad.object, ox.DefaultGraph())

        self._store.bulk_extend(both())
        self._store.flush()
        # the rows come after the bulk load, which is not a transaction: until they are written, the
        # questions read the triples
        for name, quads in fields.items():
            self._store.update(eventrows.update_for(name, quads))
        self._store.optimize()  # compact the bulk-loaded files: lookups get markedly faster on big stores
        return len(names), count

    def optimize(self) -> None:
        self._store.optimize()

    def close(self) -> None:
        store = getattr(self, "_store", None)
        if store is not None:
            if not self.read_only:
                try:
                    store.flush()
                except (OSError, RuntimeError):
                    pass
            self._store = None
            del store
            import gc

            gc.collect()  # the RocksDB lock goes with the last reference
        self._unlock()

    def _unlock(self) -> None:
        lock, self._lock = getattr(self, "_lock", None), None
        if lock is not None:
            lock.close()  # closing the file releases its flock


# ---- one writer per store folder ----

LOCK_FILE = "news-kg.lock"


def lock_store(folder: Path, wait: float = 0.0):
    """An exclusive lock on a store folder for this process's writer (fcntl.flock on a file inside it,
    holding the writer's pid for the message), or InputError naming the process that holds it after
    `wait` seconds. Released when the returned file is closed, or when the process dies (even SIGKILL)."""
    import time

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOCK_FILE
    fh = open(path, "a+", encoding="utf-8")  # noqa: SIM115 - kept open as long as the lock is held
    try:
        import fcntl
    except ImportError:  # Windows: RocksDB's own LOCK file still refuses a second writer
        return fh
    deadline = time.monotonic() + max(0.0, wait)
    while True:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            break
        except BlockingIOError:
            if time.monotonic() >= deadline:
                fh.seek(0)
                holder = fh.read().strip() or "unknown"
                fh.close()
                raise InputError(str(folder), f"store in use by process {holder} (open for writing in another "
                                              "process: a kg build, push or remove still running?); one process "
                                              "writes at a time") from None
            time.sleep(0.1)
    fh.seek(0)
    fh.truncate()
    fh.write(str(os.getpid()))
    fh.flush()
    return fh


# ---- a remote SPARQL endpoint ----

class EndpointStore(_Base):
    """A SPARQL 1.1 query endpoint (read-only here: `kg push` is the one verb that writes to a server)."""

    def __init__(self, url: str, *, timeout: float | None = 30.0):
        from .sparqlhttp import check_url

        check_url(url)
        self.url = self.location = url
        self.timeout = timeout

    def select(self, text, bindings, *, name="query", timeout=None) -> q.Result:
        timeout = self.timeout if timeout is None else timeout
        params = {k: (("iri" if isinstance(v, URIRef) else "string"), "") for k, v in bindings.items()}
        nq = q.NamedQuery(name=name, text=text, params=params)
        return q.run_endpoint(self.url, nq, {k: str(v) for k, v in bindings.items()}, timeout or 30.0)

    def add_article(self, graph: Graph) -> None:
        raise KgError(f"{self.url}: a SPARQL endpoint is written only by `kg push`")

    def remove(self, article_id: str) -> bool:
        raise KgError(f"{self.url}: a SPARQL endpoint is written only by `kg push`")

    def _rows(self, text: str) -> list[dict]:
        from . import sparqlhttp

        data = sparqlhttp.select(self.url, text, self.timeout)
        return [{k: from_json(v) for k, v in b.items()} for b in data.get("results", {}).get("bindings", [])]

    def quads(self) -> Iterator[ox.Quad]:
        rows = self._rows("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }")
        if not rows:
            rows = self._rows("SELECT ?s ?p ?o WHERE { ?s ?p ?o }")
        for r in rows:
            g = to_ox(r["g"]) if "g" in r else ox.DefaultGraph()
            yield ox.Quad(to_ox(r["s"]), to_ox(r["p"]), to_ox(r["o"]), g)

    def to_dataset(self) -> Dataset:
        return quads_to_dataset(self.quads())

    def union_graph(self) -> Graph:
        from . import sparqlhttp

        g = Graph()
        for prefix, ns in PREFIXES.items():
            g.bind(prefix, ns)
        data = sparqlhttp.construct(self.url, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", self.timeout)
        try:
            g.parse(data=data, format="nt")
        except Exception as e:  # noqa: BLE001
            raise EndpointError(f"{self.url}: the CONSTRUCT answer is not N-Triples: {e}") from None
        return g

    def dump(self, path) -> None:
        if graphio.rdf_format(path)[1]:
            graphio.write(self.to_dataset(), path)
        else:
            ds = Dataset(default_union=True)
            for t in self.union_graph():
                ds.default_graph.add(t)
            graphio.write(ds, path)


# ---- opening a source ----

def open_source(source: str | Path, *, writable: bool = False, timeout: float | None = None) -> Store:
    """A file (rdflib), a store folder (Oxigraph) or an http(s):// endpoint, by what `source` is."""
    s = str(source)
    if is_endpoint(s):
        if writable:
            raise KgError(f"{s}: a SPARQL endpoint is written only by `kg push`")
        return EndpointStore(s, timeout=timeout if timeout else 30.0)
    p = Path(s)
    if p.is_dir() or writable:
        return OxigraphStore(p, read_only=not writable, timeout=timeout)
    return DatasetStore(graphio.read(p), location=s, timeout=timeout)


def file_quads(path: str | Path) -> Iterator[ox.Quad]:
    """A graph file's quads, streaming (Oxigraph's parsers; remote JSON-LD contexts are refused)."""
    p = Path(path)
    graphio.rdf_format(p)
    if not p.is_file():
        raise InputError(str(p), "no such graph file")
    fmt = OX_FORMATS[p.suffix.lower()]
    if fmt == ox.RdfFormat.JSON_LD:
        graphio._refuse_remote_context(p.read_bytes(), p)
    try:
        yield from ox.parse(path=str(p), format=fmt)
    except SyntaxError as e:
        raise InputError(str(p), f"not valid {p.suffix[1:]}: {e}") from None


def source_quads(source: str | Path):
    """A function giving the quads of a file or a store, streaming (callable more than once)."""
    s = str(source)
    if is_endpoint(s):
        ep = EndpointStore(s)
        return ep.quads
    if Path(s).is_dir():
        st = OxigraphStore(s, read_only=True)
        return st.quads
    return lambda: file_quads(s)


# ---- pushing to a SPARQL 1.1 Update endpoint ----

@dataclass
class PushReport:
    graphs: int = 0
    triples: int = 0
    requests: int = 0
    split: int = 0  # article graphs too large for one request


def push(quads: Iterable[ox.Quad], update_url: str, *, graph: str | None = None, batch_triples: int = 5000,
         batch_bytes: int = 4_000_000, timeout: float = 60.0, union_default: bool = False,
         send=None) -> PushReport:
    """Write quads to a SPARQL 1.1 Update endpoint, one named graph per article.

    Each article graph is one unit: `DROP SILENT GRAPH` then `INSERT DATA`, in one request, so pushing
    again replaces it (no duplicates, no stale facts). Units are packed into requests of at most
    `batch_triples` triples and `batch_bytes` bytes; a graph larger than that goes in several requests
    (the first drops the old version). `graph` puts every triple into that one graph. With
    `union_default` the server's default graph is kept as the union of the article graphs, for servers
    whose default graph is not already that union."""
    from . import sparqlhttp

    send = send or (lambda text: sparqlhttp.update(update_url, text, timeout))
    report = PushReport()
    target = graph
    seen: set[str] = set()
    request: list[str] = []
    size = [0, 0]  # triples, bytes in the current request

    def flush() -> None:
        if request:
            send(" ;\n".join(request))
            report.requests += 1
            request.clear()
            size[0] = size[1] = 0

    def unit(name: str, lines: list[str], nbytes: int) -> None:
        first = name not in seen
        if not first and not lines:
            return
        seen.add(name)
        if size[0] + len(lines) > batch_triples or size[1] + nbytes > batch_bytes:
            flush()
        request.append(article_update(name, lines, union_default=union_default, first=first))
        size[0] += len(lines)
        size[1] += nbytes
        report.triples += len(lines)

    current, lines, nbytes, parts = None, [], 0, 0
    for quad in quads:
        gname = target or (quad.graph_name.value if isinstance(quad.graph_name, ox.NamedNode) else None)
        if gname is None:
            raise InputError(update_url, "the source has triples outside named graphs; give --graph IRI to "
                                         "put them in one")
        if gname != current:
            if current is not None:
                unit(current, lines, nbytes)
            current, lines, nbytes, parts = gname, [], 0, 0
        line = f"{quad.subject} {quad.predicate} {quad.object} ."
        if lines and (len(lines) >= batch_triples or nbytes + len(line) > batch_bytes):
            unit(current, lines, nbytes)
            flush()
            parts += 1
            if parts == 1:
                report.split += 1
                log.warning("%s: larger than one request (--batch-size); written in several requests", current)
            lines, nbytes = [], 0
        lines.append(line)
        nbytes += len(line) + 1
    if current is not None:
        unit(current, lines, nbytes)
    flush()
    report.graphs = len(seen)
    return report


# ---- serving a store ----

def oxigraph_cli() -> str | None:
    """The `oxigraph` server program (PyPI package `oxigraph`): beside this Python, else on PATH."""
    import shutil

    here = Path(sys.executable).parent / ("oxigraph.exe" if os.name == "nt" else "oxigraph")
    if here.is_file() and os.access(here, os.X_OK):
        return str(here)
    return shutil.which("oxigraph")


def serve_command(path: str | Path, host: str = "127.0.0.1", port: int = 7878,
                  timeout: float | None = 30.0) -> list[str]:
    """The command line of a read-only SPARQL server over a store (`oxigraph serve-read-only`)."""
    exe = oxigraph_cli()
    if exe is None:
        raise KgError("the oxigraph server is not installed: pip install oxigraph (it provides the `oxigraph` command)")
    p = Path(path)
    if not (p / "CURRENT").is_file():
        raise InputError(str(p), "not an Oxigraph store (no database in this folder)")
    st = OxigraphStore(p, read_only=True)
    union = st._union_mode()
    st.close()
    bind = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    cmd = [exe, "serve-read-only", "--location", str(p), "--bind", bind]
    if union:
        cmd.append("--union-default-graph")
    if timeout:
        cmd += ["--timeout-s", str(max(1, int(round(timeout))))]
    return cmd


def quads_to_dataset(quads) -> Dataset:
    """pyoxigraph quads as an rdflib Dataset, one named graph per graph name."""
    from . import rdf

    ds = rdf.new_dataset()
    for quad in quads:
        gname = quad.graph_name
        target = ds.default_graph if isinstance(gname, ox.DefaultGraph) else ds.graph(from_ox(gname))
        target.add((from_ox(quad.subject), from_ox(quad.predicate), from_ox(quad.object)))
    return ds

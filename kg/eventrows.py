"""Event rows: what the questions listing every event need from an article graph, kept beside it in the
store as one literal, so that those questions read one string per article instead of a dozen per event.

Why: an on-disk Oxigraph store reads every IRI and long string of an answer back from disk, once per
row and column; at 1M triples `events`, `network` and `viz_events` spend most of their time there.

What is kept: for an article graph <G>, a named graph <urn:news-kg:event-rows:G> holding one triple
`<urn:news-kg:event-rows:G> <urn:news-kg:event-rows> "…"`. The literal has one line per subject of G
that has any of the FIELDS predicates: the subject's cell, then per field its objects' cells (as the
store's TSV answers write them) joined by US (\\x1f). The rows are a copy of some of G's triples, so
the questions join them in Python exactly as the engine joins the triples: subjects stated in several
articles (merged events) are merged, value sets united, as the store's union default graph does.

Kept consistent by the store's writer (kg.store.OxigraphStore): every update that writes, replaces or
drops an article graph drops its rows in the same transaction and writes the new ones with it; the
bulk loader writes them after loading. A store with any article graph without rows (built before
this module, or by a writer that does not know it) is answered from the triples instead (`read`
returns None).
"""
from __future__ import annotations

import itertools
from collections.abc import Iterable

import pyoxigraph as ox

from . import query as q
from .namespaces import KG

PREFIX = "urn:news-kg:event-rows:"
PREDICATE = "urn:news-kg:event-rows"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_EVENT = f"<{KG.Event}>"
FIELDS = (_RDF_TYPE, str(KG.eventType), str(KG.cameoCode), str(KG.cameoRoot), str(KG.factuality),
          str(KG.evidence), str(KG.sentence), str(KG.article), str(KG.beginIndex), str(KG.source),
          str(KG.target), str(KG.place), str(KG.date), str(KG.reportedBy))
_AT = {p: i for i, p in enumerate(FIELDS)}
(TYPE, ETYPE, CAMEO, ROOT, FACT, EVIDENCE, SENTENCE, ARTICLE, BEGIN, SOURCE, TARGET, PLACE, DATE,
 REPORTED) = range(len(FIELDS))
_US = "\x1f"
# a cell never holds a raw tab, line end or US: Oxigraph's N-Triples form escapes the first ones, the
# last is written as the \u escape that kg.sparqltsv reads back
_RAW = {"\t": "\\t", "\n": "\\n", "\r": "\\r", _US: "\\u001F"}


def graph_of(article_graph: str) -> str:
    return PREFIX + article_graph


def is_rows_graph(name: str) -> bool:
    return name.startswith(PREFIX)


def cell(t) -> str:
    """A pyoxigraph term as the store's TSV answers write it (its N-Triples form; an xsd:string
    literal without its datatype)."""
    s = str(t)
    if any(c in s for c in _RAW):
        for c, e in _RAW.items():
            s = s.replace(c, e)
    return s


def text_of(triples: Iterable) -> str:
    """The rows literal of an article graph, from its triples (pyoxigraph Triples or Quads); empty when
    it has none of the FIELDS (still written: every article graph has its rows)."""
    subjects: dict[str, list[list[str]]] = {}
    for t in triples:
        i = _AT.get(t.predicate.value)
        if i is None:
            continue
        o = cell(t.object)
        if i == TYPE and o != _EVENT:
            continue
        s = cell(t.subject)
        fields = subjects.get(s)
        if fields is None:
            fields = subjects[s] = [[] for _ in FIELDS]
        if o not in fields[i]:
            fields[i].append(o)
    return "\n".join(s + "\t" + "\t".join(_US.join(f) for f in fields) for s, fields in subjects.items())


def update_for(article_graph: str, lines: list[str] | None) -> str:
    """SPARQL update parts dropping an article's rows and (from its N-Triples `lines`) writing new ones,
    to run in the same update as the article graph's own change."""
    g = f"<{graph_of(article_graph)}>"
    parts = [f"DROP SILENT GRAPH {g}"]
    if lines:
        text = text_of(ox.parse("\n".join(lines), format=ox.RdfFormat.N_TRIPLES))
        parts.append(f"INSERT DATA {{ GRAPH {g} {{ {g} <{PREDICATE}> {ox.Literal(text)} }} }}")
    return " ;\n".join(parts)


Subjects = dict[str, list[list[str]]]


def read(store: ox.Store) -> Subjects | None:
    """Every article's rows merged by subject, or None when some article graph has none (or a rows
    graph has no article: left by a writer that does not know them)."""
    articles, rows_graphs = set(), set()
    for g in store.named_graphs():
        if isinstance(g, ox.NamedNode):
            (rows_graphs if is_rows_graph(g.value) else articles).add(g.value)
    if not articles or rows_graphs != {graph_of(a) for a in articles}:
        return None
    subjects: Subjects = {}
    seen = set()
    for quad in store.quads_for_pattern(None, ox.NamedNode(PREDICATE), None, None):
        g = quad.graph_name
        if not isinstance(g, ox.NamedNode) or g.value not in rows_graphs or g.value in seen:
            return None  # two literals for one article: not written by this module
        seen.add(g.value)
        text = quad.object.value
        for line in text.split("\n") if text else ():
            s, *fields = line.split("\t")
            if len(fields) != len(FIELDS):
                return None
            have = subjects.get(s)
            if have is None:
                subjects[s] = [f.split(_US) if f else [] for f in fields]
            else:  # a subject stated in several articles: the union of its values
                for mine, f in zip(have, fields):
                    if f:
                        mine.extend(v for v in f.split(_US) if v not in mine)
    if seen != rows_graphs:
        return None
    return subjects


# ---- the lean rows of kg.storejoin, from the event rows ----

class Unreadable(Exception):
    """A value whose SPARQL function result this module does not compute: answer from the triples."""


def _factuality(f: str) -> str:
    """STRAFTER(STR(?f), "#") as a cell, for an IRI ?f."""
    if not (f.startswith("<") and f.endswith(">")):
        raise Unreadable(f)
    iri = f[1:-1]
    return '"' + iri.partition("#")[2] + '"' if "#" in iri else '""'


_INTEGER_TYPES = {f"http://www.w3.org/2001/XMLSchema#{t}" for t in (
    "integer", "nonNegativeInteger", "positiveInteger", "nonPositiveInteger", "negativeInteger", "long", "int",
    "short", "byte", "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte")}


def _integer(b: str) -> str:
    """xsd:integer(?b) as a cell, for an integer literal ?b."""
    body, _, dt = b.rpartition('"^^<')
    lexical = body[1:]
    if not (b.startswith('"') and dt[:-1] in _INTEGER_TYPES and lexical.lstrip("+-").isdigit()):
        raise Unreadable(b)
    return str(int(lexical))


def lean(subjects: Subjects, vars_: list[str]) -> q.Result | None:
    """The rows of one of kg.storejoin's lean queries for events, network or viz_events (chosen by its
    variables), as cells: per event, every combination of its values, as the engine's joins give."""
    opt = [""]
    viz = "begin" in vars_
    events_q = "type_" in vars_
    rows = []
    get = subjects.get
    try:
        for s, fields in subjects.items():
            if not fields[TYPE] or not fields[CAMEO] or not fields[FACT] or not fields[EVIDENCE]:
                continue
            evs = []  # (sentence, article[, begin]) of each evidence node
            for ev in fields[EVIDENCE]:
                e = get(ev)
                if e is None or not e[SENTENCE] or not e[ARTICLE]:
                    continue
                begins = (list(map(_integer, e[BEGIN])) or opt) if viz else opt
                evs.extend(itertools.product(e[SENTENCE], e[ARTICLE], begins))
            if not evs:
                continue
            facts = list(map(_factuality, fields[FACT]))  # two IRIs may give one value: two rows, as in the engine
            if events_q:
                if not fields[ETYPE]:
                    continue
                # event type cameo factuality sentence article source target place date reportedBy
                for t, c, f, (sen, art, _), src, tgt, pl, d, r in itertools.product(
                        fields[ETYPE], fields[CAMEO], facts, evs, fields[SOURCE] or opt, fields[TARGET] or opt,
                        fields[PLACE] or opt, fields[DATE] or opt, fields[REPORTED] or opt):
                    rows.append([s, t, c, f, sen, art, src, tgt, pl, d, r])
                continue
            if not fields[SOURCE] or not fields[TARGET] or not fields[ROOT]:
                continue
            for src, tgt, c, root, d, f, r, (sen, art, b) in itertools.product(
                    fields[SOURCE], fields[TARGET], fields[CAMEO], fields[ROOT], fields[DATE] or opt, facts,
                    fields[REPORTED] or opt, evs):
                rows.append([s, src, tgt, c, root, d, f, r, sen, b, art] if viz
                            else [s, src, tgt, c, root, d, f, r, sen, art])
    except Unreadable:
        return None
    return q.Result(list(vars_), rows)

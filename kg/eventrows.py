"""Event rows: what the questions listing every event need from an article graph, kept beside it in the
store as literals, so that those questions read one string per article instead of a dozen per event.

Why: an on-disk Oxigraph store reads every IRI and long string of an answer back from disk, once per
row and column; at 1M triples `events`, `network` and `viz_events` spend most of their time there.

What is kept: for an article graph <G>, a named graph <urn:news-kg:event-rows:G> holding three
literals, each the object of a triple whose subject is that graph's name: under PREDICATE, one line
per subject of G that has any of the FIELDS predicates beyond an article or a begin index: the
subject's cell, then per field its objects' cells (the store's N-Triples form, which kg.sparqltsv
reads; an IRI exactly as the lookup tables' TSV cells, so the two join) joined by US (\\x1f); under
OTHERS the same for the subjects with only an article or a begin index (mentions, half of them), and
under OTHER_SUBJECTS their cells alone, so that their lines are read only when one of them is also a
subject of the first kind in some article. The rows are a copy of some of G's triples, so the
questions join them in Python exactly as the engine joins the triples: subjects stated in several
articles (merged events) are merged, value sets united, as the store's union default graph does.

Kept consistent by the store's writer (kg.store.OxigraphStore): every update that writes, replaces or
drops an article graph drops its rows in the same transaction and writes the new ones with it (the
rewrite of merged events writes them in a second update); the bulk loader writes them after loading.
A store with any article graph without rows (built before this module, or by a writer that does not
know it), or with blank nodes among the rows' values (whose labels the store chooses), is answered
from the triples instead (`read` returns None).
"""
from __future__ import annotations

import itertools
import operator
from collections.abc import Iterable

import pyoxigraph as ox

from . import query as q
from .namespaces import KG

PREFIX = "urn:news-kg:event-rows:"
PREDICATE = "urn:news-kg:event-rows"
OTHERS = PREDICATE + "#others"  # the lines of the subjects with only an article or a begin index (mentions)
OTHER_SUBJECTS = PREDICATE + "#other-subjects"  # their cells, one a line: read to see if the lines are wanted
PREDICATES = (PREDICATE, OTHERS, OTHER_SUBJECTS)
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_EVENT = f"<{KG.Event}>"
FIELDS = (_RDF_TYPE, str(KG.eventType), str(KG.cameoCode), str(KG.cameoRoot), str(KG.factuality),
          str(KG.evidence), str(KG.sentence), str(KG.article), str(KG.beginIndex), str(KG.source),
          str(KG.target), str(KG.place), str(KG.date), str(KG.reportedBy))
_AT = {p: i for i, p in enumerate(FIELDS, 1)}
FIELD_SET = frozenset(FIELDS)
# a line is the subject's cell, then its fields: index 0 is the subject
(TYPE, ETYPE, CAMEO, ROOT, FACT, EVIDENCE, SENTENCE, ARTICLE, BEGIN, SOURCE, TARGET, PLACE, DATE,
 REPORTED) = range(1, len(FIELDS) + 1)
_SIDE = {ARTICLE, BEGIN}  # alone, the fields of a mention (half the subjects): kept apart, read only if needed
_US = "\x1f"
_UNUSABLE = "-"  # rows that `read` refuses (not a line of cells): the questions read the triples
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


def texts_of(triples: Iterable) -> tuple[str, str, str]:
    """The three rows literals of an article graph, from its triples (pyoxigraph Triples or Quads): the
    lines of the subjects with event fields; those of the subjects with only an article or a begin index;
    the latter's cells. Empty when there are none (still written: every article graph has its rows)."""
    subjects: dict[str, list[list[str]]] = {}
    for t in triples:
        i = _AT.get(t.predicate.value)
        if i is None:
            continue
        o = cell(t.object)
        if i == TYPE and o != _EVENT:
            continue
        if isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode):
            return _UNUSABLE, "", ""
        s = cell(t.subject)
        fields = subjects.get(s)
        if fields is None:
            fields = subjects[s] = [[] for _ in range(len(FIELDS) + 1)]
        if o not in fields[i]:
            fields[i].append(o)
    main, others = [], []
    for s, fields in sorted(subjects.items()):  # sorted: the same graph gives the same rows, however read
        line = s + "\t" + "\t".join(_US.join(sorted(f)) for f in fields[1:])
        (others if all(i in _SIDE for i, f in enumerate(fields) if f) else main).append((s, line))
    return "\n".join(x[1] for x in main), "\n".join(x[1] for x in others), "\n".join(x[0] for x in others)


def update_for(article_graph: str, triples: Iterable | None) -> str:
    """SPARQL update dropping an article's rows and (from its triples, if given) writing new ones, to
    run in the same update as the article graph's own change."""
    g = f"<{graph_of(article_graph)}>"
    update = f"DROP SILENT GRAPH {g}"
    if triples is not None:
        body = " ".join(f"{g} <{p}> {ox.Literal(text)} ." for p, text in zip(PREDICATES, texts_of(triples)))
        update += f" ;\nINSERT DATA {{ GRAPH {g} {{ {body} }} }}"
    return update


def update_for_lines(article_graph: str, lines: list[str]) -> str:
    """update_for an article graph written as N-Triples lines (none: the graph is dropped)."""
    return update_for(article_graph, ox.parse("\n".join(lines), format=ox.RdfFormat.N_TRIPLES) if lines else None)


Subjects = dict[str, list[str]]  # subject cell → its line's cells (0: the subject; US between values)


def _merge(have: list[str], new: list[str]) -> None:
    """A subject stated in several articles: the union of its values, field by field."""
    for i in range(1, len(have)):
        a, b = have[i], new[i]
        if b and b != a:
            have[i] = _US.join(dict.fromkeys((a.split(_US) if a else []) + b.split(_US)))


def _literals(store: ox.Store, predicate: str, graphs: set[str]) -> list[tuple[str, str]] | None:
    """(graph, text) of every literal of `predicate`; None unless each of `graphs` has exactly one."""
    out, seen = [], set()
    for quad in store.quads_for_pattern(None, ox.NamedNode(predicate), None, None):
        g = quad.graph_name
        if not isinstance(g, ox.NamedNode) or g.value not in graphs or g.value in seen:
            return None
        seen.add(g.value)
        out.append((g.value, quad.object.value))
    return out if seen == graphs else None


def read(store: ox.Store) -> Subjects | None:
    """Every article's rows merged by subject, or None when some article graph has none (or a rows
    graph has no article: left by a writer that does not know them)."""
    articles, rows_graphs = set(), set()
    for g in store.named_graphs():
        if isinstance(g, ox.NamedNode):
            (rows_graphs if is_rows_graph(g.value) else articles).add(g.value)
    if not articles or rows_graphs != {graph_of(a) for a in articles}:
        return None
    main = _literals(store, PREDICATE, rows_graphs)
    other_subjects = _literals(store, OTHER_SUBJECTS, rows_graphs)
    if main is None or other_subjects is None:
        return None
    subjects: Subjects = {}
    width = len(FIELDS) + 1
    for _, text in main:
        for fields in map(str.split, text.split("\n") if text else (), itertools.repeat("\t")):
            if len(fields) != width:
                return None
            have = subjects.get(fields[0])
            if have is None:
                subjects[fields[0]] = fields
            else:
                _merge(have, fields)
    # the mentions' fields, wanted only for a subject with event fields in some article: nearly never
    wanted = {g for g, text in other_subjects if text and not subjects.keys().isdisjoint(text.split("\n"))}
    others = _literals(store, OTHERS, rows_graphs) if wanted else []
    if others is None:
        return None
    for g, text in others:
        if g in wanted:
            for fields in map(str.split, text.split("\n"), itertools.repeat("\t")):
                if len(fields) != width:
                    return None
                if fields[0] in subjects:
                    _merge(subjects[fields[0]], fields)
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


def _values(field: str) -> list[str]:
    return field.split(_US) if field else [""]  # "": unbound, as in a TSV answer


def lean(subjects: Subjects, vars_: list[str]) -> q.Result | None:
    """The rows of one of kg.storejoin's lean queries for events, network or viz_events (chosen by its
    variables), as cells: per event, every combination of its values, as the engine's joins give."""
    viz = "begin" in vars_
    events_q = "type_" in vars_
    facts: dict[str, str] = {}
    begins: dict[str, str] = {"": ""}
    rows = []
    add = rows.append
    get = subjects.get
    required = operator.itemgetter(TYPE, CAMEO, FACT, EVIDENCE, *((ETYPE,) if events_q else (SOURCE, TARGET, ROOT)))
    try:
        for f in subjects.values():
            if not all(required(f)):
                continue
            fact = f[FACT]
            factuality = facts.get(fact)
            if factuality is None:
                factuality = facts[fact] = _US.join(map(_factuality, fact.split(_US)))
            ev = f[EVIDENCE]
            e = get(ev)
            if e is not None and _US not in ev and _US not in e[SENTENCE] and _US not in e[ARTICLE] \
                    and (not viz or _US not in e[BEGIN]):
                if not e[SENTENCE] or not e[ARTICLE]:
                    continue
                begin = begins.get(e[BEGIN]) if viz else ""
                if begin is None:
                    begin = begins[e[BEGIN]] = _integer(e[BEGIN])
                evs = [(e[SENTENCE], e[ARTICLE], begin)]
            else:  # several evidence nodes, sentences, articles or begin indexes: every combination
                evs = []
                for x in ev.split(_US):
                    e = get(x)
                    if e is None or not e[SENTENCE] or not e[ARTICLE]:
                        continue
                    bs = [_integer(b) for b in e[BEGIN].split(_US)] if viz and e[BEGIN] else [""]
                    evs.extend(itertools.product(e[SENTENCE].split(_US), e[ARTICLE].split(_US), bs))
                if not evs:
                    continue
            s = f[0]
            if events_q:
                cols = (f[ETYPE], f[CAMEO], factuality, f[SOURCE], f[TARGET], f[PLACE], f[DATE], f[REPORTED])
                if len(evs) == 1 and _US not in "".join(cols):
                    sen, art, _ = evs[0]
                    add([s, f[ETYPE], f[CAMEO], factuality, sen, art, f[SOURCE], f[TARGET], f[PLACE], f[DATE],
                         f[REPORTED]])
                    continue
                # event type cameo factuality sentence article source target place date reportedBy
                for t, c, fa, (sen, art, _), src, tgt, pl, d, r in itertools.product(
                        _values(f[ETYPE]), _values(f[CAMEO]), _values(factuality), evs, _values(f[SOURCE]),
                        _values(f[TARGET]), _values(f[PLACE]), _values(f[DATE]), _values(f[REPORTED])):
                    add([s, t, c, fa, sen, art, src, tgt, pl, d, r])
                continue
            cols = (f[SOURCE], f[TARGET], f[CAMEO], f[ROOT], f[DATE], factuality, f[REPORTED])
            if len(evs) == 1 and _US not in "".join(cols):
                sen, art, b = evs[0]
                add([s, f[SOURCE], f[TARGET], f[CAMEO], f[ROOT], f[DATE], factuality, f[REPORTED], sen, b, art]
                    if viz else
                    [s, f[SOURCE], f[TARGET], f[CAMEO], f[ROOT], f[DATE], factuality, f[REPORTED], sen, art])
                continue
            for src, tgt, c, root, d, fa, r, (sen, art, b) in itertools.product(*map(_values, cols), evs):
                add([s, src, tgt, c, root, d, fa, r, sen, b, art] if viz
                    else [s, src, tgt, c, root, d, fa, r, sen, art])
    except Unreadable:
        return None
    return q.Result(list(vars_), rows)

"""Named questions that list every event, answered on an Oxigraph store from a lean query and small
lookup tables joined in Python.

Why: an on-disk Oxigraph store reads every string of an answer back from disk, once per row and column
(about 2.5 µs each), and evaluates MIN by reading the strings back once more. The questions that list
every event return 20,000 rows and more at 1M triples, most of their columns repeating a few thousand
values (an actor's label, type and Wikidata id; an article's title and URL). So the store is asked
only for the columns that differ from row to row, and each repeated column comes from a small table
(entity → labels, article → titles, …) read once per question; rows are then widened, and `events`
grouped, here. Answers travel as TSV (kg.sparqltsv) and are joined on their cells, plain strings;
each distinct cell becomes an rdflib term once. Nothing is kept from one question to the next: every
answer reads the store as it is.

The answers are those of the plain texts in queries/*.rq, solution for solution:
- an OPTIONAL whose values hang off a helper variable that the question does not show (`?event
  kg:source ?s . ?s rdfs:label ?sourceLabel`) gives, per event, one row per (helper, value) pair, or one
  row with the column unbound when there is none; the lean query projects the helper, so where an
  event has several, its rows are cut back to one helper value and then widened by every pair;
- MIN is taken here only over values whose SPARQL order kg.store._sort_key knows (IRIs, plain strings,
  dates, numbers) or over labels of one language; over anything else (a plain label beside an English
  one, or a label beside none: the engines disagree) `finish` returns None and the store runs the
  full query (queries/oxigraph/NAME.rq or the plain text) instead, as it does when a final ORDER BY
  meets values that only the engine orders;
- SAMPLE, which may return any of its values, returns the smallest, the same on every run.
Parameters and edited texts never come here (plan_for matches the named question's own text); files
and SPARQL servers run the plain texts.
"""
from __future__ import annotations

import gc
import itertools
import operator
import re
from collections.abc import Callable
from dataclasses import dataclass

from rdflib import Literal

from . import query as q
from . import sparqltsv

PREFIXES = """PREFIX kg: <https://w3id.org/news-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""

# Each lookup gives ?k (a subject) and ?v: a few thousand rows, read once per question.
LOOKUPS = {
    "label": 'SELECT ?k ?v WHERE { ?k rdfs:label ?v FILTER(LANG(?v) IN ("en", "")) }',
    "sameAs": "SELECT ?k ?v WHERE { ?k owl:sameAs ?v }",
    # the kg: classes of the actors (network keeps only events whose two actors have one). OPTIONAL, whose
    # unbound ?t the FILTER then drops, makes Oxigraph look each actor's types up rather than scan every
    # rdf:type triple of the store (0.04 s instead of 0.25 s at 1M triples)
    "actorType": ("SELECT ?k ?v WHERE { { SELECT DISTINCT ?k WHERE { { ?e kg:source ?k } UNION { ?e kg:target ?k } } }"
                  ' OPTIONAL { ?k a ?t } FILTER(STRSTARTS(STR(?t), STR(kg:))) BIND(STRAFTER(STR(?t), "#") AS ?v) }'),
    "title": "SELECT ?k ?v WHERE { ?k kg:title ?v }",
    "url": "SELECT ?k ?v WHERE { ?k kg:url ?v }",
    "published": "SELECT ?k ?v WHERE { ?k kg:published ?v }",
}

# STRAFTER(STR(?f), "#") once per distinct value, joined by hash, rather than once a row (which reads
# the IRI back from disk every time)
_FACTUALITY = """  { SELECT ?f ?factuality WHERE { { SELECT DISTINCT ?f WHERE { ?x kg:factuality ?f } }
      BIND(STRAFTER(STR(?f), "#") AS ?factuality) } }
"""

# The columns every event row shares, each read in a sub-select of its own so that Oxigraph joins
# whole columns by hash instead of looking each row up on disk.
_EVENT = """  { SELECT ?event WHERE { ?event a kg:Event } }
  { SELECT ?event ?cameo WHERE { ?event kg:cameoCode ?cameo } }
  { SELECT ?event ?f WHERE { ?event kg:factuality ?f } }
  { SELECT ?event ?ev WHERE { ?event kg:evidence ?ev } }
  { SELECT ?ev ?sentence WHERE { ?ev kg:sentence ?sentence } }
  { SELECT ?ev ?article WHERE { ?ev kg:article ?article } }
""" + _FACTUALITY
_ACTORS = """  OPTIONAL { SELECT ?event ?s WHERE { ?event kg:source ?s } }
  OPTIONAL { SELECT ?event ?t WHERE { ?event kg:target ?t } }
"""

Table = dict[str, list[str]]  # a subject's cell → its values' cells


@dataclass(frozen=True)
class JoinPlan:
    main: str  # the lean query
    lookups: tuple[str, ...]  # names in LOOKUPS
    # (lean rows as cells, lookup tables, cell → term) → the answer as rdflib terms; None: run the full query
    finish: Callable[[q.Result, dict[str, Table], sparqltsv.Terms], q.Result | None]
    # the lean rows can come from the event rows kept beside each article (kg/eventrows.py)
    event_rows: bool = False

    @property
    def lean_vars(self) -> list[str]:
        """The lean query's variables, in its SELECT's order."""
        return re.findall(r"\?(\w+)", self.main.split("SELECT", 1)[1].split("WHERE", 1)[0])


def table(res: q.Result) -> Table:
    """A lookup's rows (cells ?k ?v) as subject → its values, in the order read."""
    out: Table = {}
    for k, v in res.rows:
        if k and v:
            out.setdefault(k, []).append(v)
    return out


class _Unordered(Exception):
    """MIN over values whose order this module does not know: the store runs the full query."""


def _min(values: list, terms: sparqltsv.Terms):
    """MIN of some cells, as a cell (None if there are none)."""
    if not values:
        return None
    if len(values) == 1:
        return values[0]
    from .store import _sort_key

    ts = [terms(v) for v in values]
    keys = [_sort_key(t) for t in ts]
    if None not in keys and len({k[0] for k in keys if k[0] >= 2}) <= 1:
        return values[min(range(len(values)), key=keys.__getitem__)]
    langs = {t.language if isinstance(t, Literal) else False for t in ts}
    if len(langs) == 1 and next(iter(langs)):  # labels of one language: ordered by their text
        return values[min(range(len(values)), key=lambda i: str(ts[i]))]
    raise _Unordered


def _sample(values: list, terms: sparqltsv.Terms):
    """SAMPLE of some cells: the smallest where they can be ordered, so the same on every run."""
    if not values:
        return None
    if len(values) == 1:
        return values[0]
    from .store import _sort_key

    keys = [_sort_key(terms(v)) for v in values]
    if None in keys or len({k[0] for k in keys}) > 1:
        return values[0]
    return values[min(range(len(values)), key=keys.__getitem__)]


class no_gc:
    """The garbage collector paused: building 20,000 rows allocates enough containers to set off full
    collections, which walk every object of the process (and hold no cycles to find here)."""

    def __enter__(self):
        self.was = gc.isenabled()
        gc.disable()

    def __exit__(self, *exc):
        if self.was:
            gc.enable()


# ---- widening lean rows: one output column at a time ----
# A column is, per lean row, a term, None (unbound), a tuple of terms (several values: the row is
# repeated once per value) or _DROP (a required value is missing: no row). Rows whose columns all hold
# a term or None, nearly all of them, are built directly; the others are expanded one by one.

_DROP = object()


class _Lean:
    def __init__(self, res: q.Result, terms: sparqltsv.Terms):
        self.rows = res.rows
        self.at = {v: i for i, v in enumerate(res.vars)}
        self.terms = terms
        self.odd: set[int] = set()  # rows that some column repeats or drops

    def cell(self, var: str) -> list:
        """The lean query's own column, as terms."""
        return self.terms.column(list(map(operator.itemgetter(self.at[var]), self.rows)))

    def _column(self, var: str, cache: dict, missing) -> list:
        i = self.at[var]
        odd = {k for k, v in cache.items() if type(v) is tuple}
        if missing is _DROP or odd:
            self.odd.update(n for n, r in enumerate(self.rows)
                            if r[i] in odd or (missing is _DROP and r[i] not in cache))
        return [cache.get(r[i], missing) for r in self.rows]

    def values(self, lookup: Table, var: str, required: bool = False) -> list:
        """OPTIONAL { ?var :p ?value } (or, `required`, the pattern without OPTIONAL)."""
        terms = self.terms
        cache = {k: (terms(vs[0]) if len(vs) == 1 else tuple(map(terms, vs))) for k, vs in lookup.items()}
        return self._column(var, cache, _DROP if required else None)

    def through(self, lookup: Table, helper: str, helpers: dict[str, list[str]] | None) -> list:
        """OPTIONAL { ?event :p ?helper . ?helper :q ?value }, `helpers` the helper's values per event
        (None: one per event, in its column): one value per (helper, value) pair."""
        if helpers is None:
            return self.values(lookup, helper)
        terms = self.terms
        cache: dict = {}
        for event, hs in helpers.items():
            vs = [v for h in hs if h for v in lookup.get(h, ())]
            cache[event] = None if not vs else terms(vs[0]) if len(vs) == 1 else tuple(map(terms, vs))
        return self._column("event", cache, None)

    def assemble(self, vars_: list[str], cols: dict[str, list]) -> list[dict]:
        """Rows (variable → term, unbound left out, in `vars_` order): the lean query's own columns and
        the lookup `cols`."""
        columns = [cols[v] if v in cols else self.cell(v) for v in vars_]
        odd = self.odd
        # the columns with unbound values (found by identity: an rdflib term's == is Python code)
        sparse = [v for v, col in zip(vars_, columns) if any(map(operator.is_, col, itertools.repeat(None)))]
        out = []
        for n, vals in enumerate(zip(*columns)):
            if n not in odd:
                d = dict(zip(vars_, vals))
                for v in sparse:
                    if d[v] is None:
                        del d[v]
                out.append(d)
            elif not any(x is _DROP for x in vals):
                choices = [x if type(x) is tuple else (x,) for x in vals]
                for combo in itertools.product(*choices):
                    out.append({v: x for v, x in zip(vars_, combo) if x is not None})
        return out


def _helpers(lean: _Lean, names: tuple[str, ...]) -> list[dict[str, list[str]] | None]:
    """Cut the lean rows to one value of each helper variable per event (the first seen: the lean query
    multiplies an event's rows by its helpers' values); per helper, each event's distinct values, or
    None when every event has one value (nearly always: nothing to cut, the helper is a column)."""
    ie = lean.at["event"]
    idx = [lean.at[n] for n in names]
    events = len({r[ie] for r in lean.rows})
    if all(len({(r[ie], r[i]) for r in lean.rows}) == events for i in idx):
        return [None] * len(names)
    first: dict[str, tuple] = {}
    values: list[dict[str, list[str]]] = [{} for _ in names]
    kept = []
    for r in lean.rows:
        key = tuple(r[i] for i in idx)
        f = first.setdefault(r[ie], key)
        if f == key:
            kept.append(r)
        for d, v in zip(values, key):
            vs = d.setdefault(r[ie], [])
            if v not in vs:
                vs.append(v)
    lean.rows = kept
    return values


# ---- the questions ----

def _finish_labels(vars_: list[str]):
    """warnings, meetings, timeline: ?sourceLabel / ?targetLabel through the event's source and target."""
    def finish(res: q.Result, t: dict[str, Table], terms: sparqltsv.Terms) -> q.Result:
        lean = _Lean(res, terms)
        srcs, tgts = _helpers(lean, ("s", "t"))
        cols = {"sourceLabel": lean.through(t["label"], "s", srcs), "targetLabel": lean.through(t["label"], "t", tgts)}
        return q.Result(vars_, lean.assemble(vars_, cols))
    return finish


def _cameo_question(condition: str) -> str:
    """warnings, meetings: the events `condition` picks, each with the number of times it picks it
    (?m: the UNION's solutions), then joined with the columns by hash."""
    return (PREFIXES + "SELECT ?event ?m ?cameo ?date ?factuality ?sentence ?article ?s ?t WHERE {\n"
            f"  {{ SELECT ?event (COUNT(*) AS ?m) WHERE {{ {condition} }} GROUP BY ?event }}\n" + _EVENT + _ACTORS
            + "  OPTIONAL { SELECT ?event ?date WHERE { ?event kg:date ?date } }\n}")


def _repeated(res: q.Result) -> q.Result:
    """The lean rows, each as many times as its ?m says."""
    i = res.vars.index("m")
    if all(r[i] == "1" for r in res.rows):
        return res
    return q.Result(res.vars, [r for r in res.rows for _ in range(int(r[i]))])


def _finish_picked(vars_: list[str]):
    finish = _finish_labels(vars_)
    return lambda res, t, terms: finish(_repeated(res), t, terms)


_CAMEO_VARS = ["event", "cameo", "sourceLabel", "targetLabel", "date", "factuality", "sentence", "article"]

_TIMELINE = PREFIXES + "SELECT ?day ?cameo ?factuality ?sentence ?event ?s ?t WHERE {\n" + _EVENT + """\
  OPTIONAL { SELECT ?event ?d WHERE { ?event kg:date ?d } }
  OPTIONAL { SELECT ?article ?p WHERE { ?article kg:published ?p } }
  BIND(COALESCE(?d, ?p) AS ?day)
  FILTER(BOUND(?day))
""" + _ACTORS + "}"

_SOURCES = PREFIXES + """SELECT ?reporter ?event ?cameo ?factuality ?sentence ?s ?t WHERE {
  { SELECT ?event ?reporter WHERE { ?event kg:reportedBy ?reporter } }
  { SELECT ?event ?cameo WHERE { ?event kg:cameoCode ?cameo } }
  { SELECT ?event ?f WHERE { ?event kg:factuality ?f } }
  { SELECT ?event ?ev WHERE { ?event kg:evidence ?ev } }
  { SELECT ?ev ?sentence WHERE { ?ev kg:sentence ?sentence } }
""" + _FACTUALITY + _ACTORS + "}"


def _finish_sources(res: q.Result, t: dict[str, Table], terms: sparqltsv.Terms) -> q.Result | None:
    from .store import _sort_key

    vars_ = ["reporter", "reporterLabel", "event", "cameo", "sourceLabel", "targetLabel", "factuality", "sentence"]
    lean = _Lean(res, terms)
    srcs, tgts = _helpers(lean, ("s", "t"))
    cols = {"sourceLabel": lean.through(t["label"], "s", srcs), "targetLabel": lean.through(t["label"], "t", tgts),
            "reporterLabel": lean.values(t["label"], "reporter")}
    rows = lean.assemble(vars_, cols)
    # ORDER BY STR(?reporterLabel) ?reporter ?event: STR of an unbound label is an error, ordered first
    keys = []
    for row in rows:
        k = (_sort_key(row.get("reporter")), _sort_key(row.get("event")))
        if None in k:
            return None
        label = row.get("reporterLabel")
        keys.append(((0, "") if label is None else (1, str(label)),) + k)
    if len({k[1][0] for k in keys} | {k[2][0] for k in keys}) > 2:
        return None  # IRIs beside literals: left to the engine
    order = sorted(range(len(rows)), key=keys.__getitem__)
    return q.Result(vars_, [rows[i] for i in order])


_NETWORK = PREFIXES + """SELECT ?event ?source ?target ?cameo ?root ?date ?factuality ?r ?sentence ?article WHERE {
  { SELECT ?event ?source WHERE { ?event kg:source ?source } }
  { SELECT ?event ?target WHERE { ?event kg:target ?target } }
  { SELECT ?event ?root WHERE { ?event kg:cameoRoot ?root } }
""" + _EVENT + """  OPTIONAL { SELECT ?event ?date WHERE { ?event kg:date ?date } }
  OPTIONAL { SELECT ?event ?r WHERE { ?event kg:reportedBy ?r } }
}"""
_NETWORK_VARS = ["event", "source", "sourceType", "sourceLabel", "sourceWikidata", "target", "targetType",
                 "targetLabel", "targetWikidata", "cameo", "root", "date", "factuality", "reporterLabel",
                 "sentence", "title", "url"]


def _finish_network(res: q.Result, t: dict[str, Table], terms: sparqltsv.Terms) -> q.Result:
    lean = _Lean(res, terms)
    (reporters,) = _helpers(lean, ("r",))
    cols = {"sourceType": lean.values(t["actorType"], "source", required=True),  # `?source a ?st` is required
            "targetType": lean.values(t["actorType"], "target", required=True),
            "sourceLabel": lean.values(t["label"], "source"), "targetLabel": lean.values(t["label"], "target"),
            "sourceWikidata": lean.values(t["sameAs"], "source"), "targetWikidata": lean.values(t["sameAs"], "target"),
            "reporterLabel": lean.through(t["label"], "r", reporters),
            "title": lean.values(t["title"], "article"), "url": lean.values(t["url"], "article")}
    return q.Result(_NETWORK_VARS, lean.assemble(_NETWORK_VARS, cols))


_VIZ_EVENTS = PREFIXES + """SELECT ?event ?source ?target ?cameo ?root ?date ?factuality ?reporter ?sentence ?begin
       ?article WHERE {
  { SELECT ?event ?source WHERE { ?event kg:source ?source } }
  { SELECT ?event ?target WHERE { ?event kg:target ?target } }
  { SELECT ?event ?root WHERE { ?event kg:cameoRoot ?root } }
""" + _EVENT + """  OPTIONAL { SELECT ?ev ?begin WHERE { ?ev kg:beginIndex ?b . BIND(xsd:integer(?b) AS ?begin) } }
  OPTIONAL { SELECT ?event ?date WHERE { ?event kg:date ?date } }
  OPTIONAL { SELECT ?event ?reporter WHERE { ?event kg:reportedBy ?reporter } }
}"""
_VIZ_EVENTS_VARS = ["event", "source", "target", "cameo", "root", "date", "published", "factuality", "reporter",
                    "sentence", "begin", "article", "title", "url"]


def _finish_viz_events(res: q.Result, t: dict[str, Table], terms: sparqltsv.Terms) -> q.Result:
    lean = _Lean(res, terms)
    cols = {"title": lean.values(t["title"], "article"), "url": lean.values(t["url"], "article"),
            "published": lean.values(t["published"], "article")}
    return q.Result(_VIZ_EVENTS_VARS, lean.assemble(_VIZ_EVENTS_VARS, cols))


_EVENTS = PREFIXES + """SELECT ?event ?type_ ?cameo ?factuality ?sentence ?article ?source_ ?target_ ?place_ ?date_
       ?reportedBy_ WHERE {
  { SELECT ?event ?type_ WHERE { ?event kg:eventType ?type_ } }
""" + _EVENT + """  OPTIONAL { SELECT ?event ?source_ WHERE { ?event kg:source ?source_ } }
  OPTIONAL { SELECT ?event ?target_ WHERE { ?event kg:target ?target_ } }
  OPTIONAL { SELECT ?event ?place_ WHERE { ?event kg:place ?place_ } }
  OPTIONAL { SELECT ?event ?date_ WHERE { ?event kg:date ?date_ } }
  OPTIONAL { SELECT ?event ?reportedBy_ WHERE { ?event kg:reportedBy ?reportedBy_ } }
}"""
_EVENTS_VARS = ["event", "type", "cameo", "source", "sourceLabel", "sourceWikidata", "target", "targetLabel",
                "targetWikidata", "place", "placeLabel", "date", "factuality", "reportedBy", "sentence", "article"]


_GROUPED = ("type_", "cameo", "factuality", "sentence", "article", "source_", "target_", "place_", "date_",
            "reportedBy_")


def _finish_events(res: q.Result, t: dict[str, Table], terms: sparqltsv.Terms) -> q.Result | None:
    """GROUP BY ?event with the aggregates of queries/events.rq."""
    at = {v: i for i, v in enumerate(res.vars)}
    ie = at["event"]
    by_event: dict[str, list[list[str]]] = {}
    for r in res.rows:
        rows = by_event.get(r[ie])
        if rows is None:
            by_event[r[ie]] = [r]
        else:
            rows.append(r)
    label, same = t["label"], t["sameAs"]
    # MIN of each entity's labels and SAMPLE of its Wikidata ids, once per entity
    min_label = {}
    for k, vs in label.items():
        try:
            min_label[k] = _min(vs, terms)
        except _Unordered:
            min_label[k] = _Unordered
    sample_same = {k: _sample(vs, terms) for k, vs in same.items()}
    col = {c: at[c] for c in _GROUPED}
    if len(by_event) == len(res.rows):  # one row an event (nearly always): built column by column
        actors = {r[col[c]] for r in res.rows for c in ("source_", "target_", "place_")}
        if any(min_label.get(a) is _Unordered for a in actors):
            return None
        lean = _Lean(res, terms)
        labels = {k: [v] for k, v in min_label.items() if v is not _Unordered}
        sames = {k: [v] for k, v in sample_same.items()}
        cols = {"type": lean.cell("type_"), "source": lean.cell("source_"), "target": lean.cell("target_"),
                "place": lean.cell("place_"), "date": lean.cell("date_"), "reportedBy": lean.cell("reportedBy_"),
                "sourceLabel": lean.values(labels, "source_"), "targetLabel": lean.values(labels, "target_"),
                "placeLabel": lean.values(labels, "place_"), "sourceWikidata": lean.values(sames, "source_"),
                "targetWikidata": lean.values(sames, "target_")}
        return q.Result(_EVENTS_VARS, lean.assemble(_EVENTS_VARS, cols))

    def labels(values):
        found = [lookup for x in values if (lookup := label.get(x))]
        if found and len(found) < len(values):
            raise _Unordered  # MIN over a bound and an unbound label: Oxigraph says unbound, rdflib the label
        return [v for f in found for v in f]

    out = []
    try:
        for event, rows in by_event.items():
            if len(rows) == 1:  # most events: one row, nothing to aggregate
                r = rows[0]
                src, tgt, place = r[col["source_"]], r[col["target_"]], r[col["place_"]]
                row = [event, r[col["type_"]], r[col["cameo"]], src, min_label.get(src), sample_same.get(src),
                       tgt, min_label.get(tgt), sample_same.get(tgt), place, min_label.get(place),
                       r[col["date_"]], r[col["factuality"]], r[col["reportedBy_"]], r[col["sentence"]],
                       r[col["article"]]]
                if _Unordered in row:
                    raise _Unordered
            else:
                g = {c: list(dict.fromkeys(v for r in rows if (v := r[i]))) for c, i in col.items()}
                row = [event, _sample(g["type_"], terms), _min(g["cameo"], terms),
                       _sample(g["source_"], terms), _min(labels(g["source_"]), terms),
                       _sample([v for x in g["source_"] for v in same.get(x, ())], terms),
                       _sample(g["target_"], terms), _min(labels(g["target_"]), terms),
                       _sample([v for x in g["target_"] for v in same.get(x, ())], terms),
                       _sample(g["place_"], terms), _min(labels(g["place_"]), terms),
                       _min(g["date_"], terms), _min(g["factuality"], terms), _sample(g["reportedBy_"], terms),
                       _min(g["sentence"], terms), _sample(g["article"], terms)]
            out.append({v: terms(c) for v, c in zip(_EVENTS_VARS, row) if c})
    except _Unordered:
        return None
    return q.Result(_EVENTS_VARS, out)


_TIMELINE_VARS = ["day", "cameo", "sourceLabel", "targetLabel", "factuality", "sentence", "event"]

PLANS: dict[str, JoinPlan] = {
    "events": JoinPlan(_EVENTS, ("label", "sameAs"), _finish_events, event_rows=True),
    "network": JoinPlan(_NETWORK, ("actorType", "label", "sameAs", "title", "url"), _finish_network, event_rows=True),
    "viz_events": JoinPlan(_VIZ_EVENTS, ("title", "url", "published"), _finish_viz_events, event_rows=True),
    "timeline": JoinPlan(_TIMELINE, ("label",), _finish_labels(_TIMELINE_VARS)),
    "sources": JoinPlan(_SOURCES, ("label",), _finish_sources),
    "warnings": JoinPlan(_cameo_question('{ ?event kg:cameoRoot "13" } UNION { ?event kg:cameoCode "110" }'),
                         ("label",), _finish_picked(_CAMEO_VARS)),
    "meetings": JoinPlan(_cameo_question('{ ?event kg:cameoRoot "04" } UNION { ?event kg:cameoCode "036" }'),
                         ("label",), _finish_picked(_CAMEO_VARS)),
}

_PLAIN: dict[str, str | None] = {}


def plan_for(name: str, text: str) -> JoinPlan | None:
    """The join plan of a named question whose text is the one in queries/NAME.rq, else None."""
    if name not in PLANS:
        return None
    if name not in _PLAIN:
        from . import resources

        path = resources.queries_dir() / f"{name}.rq"
        _PLAIN[name] = path.read_text(encoding="utf-8") if path.is_file() else None
    return PLANS[name] if _PLAIN[name] == text else None


def lookup_text(name: str) -> str:
    return PREFIXES + LOOKUPS[name]

"""Named questions that list every event, answered on an Oxigraph store from a lean query and small
lookup tables joined in Python.

Why: an on-disk Oxigraph store reads every string of a result back from disk, once per row and column
(about 2.5 µs each), and evaluates MIN by reading the strings back once more. The questions that list
every event return 20,000 rows and more at 1M triples, most of their columns repeating a few thousand
values (an actor's label, type and Wikidata id; an article's title and URL). So the store is asked
only for the columns that differ from row to row, and for each repeated column a small table (entity →
labels, article → titles, …) is read once; rows are then widened, and `events` grouped, here.

The answers are those of the plain texts in queries/*.rq, solution for solution:
- an OPTIONAL whose values hang off a helper variable that the question does not show (`?event
  kg:source ?s . ?s rdfs:label ?sourceLabel`) gives, per event, one row per (helper, value) pair, or one
  row with the column unbound when there is none; the lean query projects the helper, so its rows are
  cut back to one helper value per event and then widened by every pair;
- MIN is taken here only over values whose SPARQL order this module knows (kg.store._sort_key: IRIs,
  plain strings, dates, numbers) or over labels of one language; over anything else (a plain label
  beside an English one: the engines disagree) `finish` returns None and the store runs the full
  query instead;
- SAMPLE, which may return any of its values, returns the smallest, so that it is the same on every
  run.
Parameters and edited texts never come here (plan_for matches the named question's own text).
"""
from __future__ import annotations

import gc
import itertools
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
    # the kg: classes of the actors (network keeps only events whose two actors have one)
    "actorType": ("SELECT ?k ?v WHERE { { SELECT DISTINCT ?k WHERE { { ?e kg:source ?k } UNION { ?e kg:target ?k } } }"
                  ' ?k a ?t FILTER(STRSTARTS(STR(?t), STR(kg:))) BIND(STRAFTER(STR(?t), "#") AS ?v) }'),
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

Table = dict[object, list[object]]


@dataclass(frozen=True)
class JoinPlan:
    main: str  # the lean query
    lookups: tuple[str, ...]  # names in LOOKUPS
    # (lean rows as cells, lookup tables, cell → term) → the answer as rdflib terms; None: run the full query
    finish: Callable[[q.Result, dict[str, Table], sparqltsv.Terms], q.Result | None]


def table(res: q.Result) -> Table:
    """A lookup's rows as subject → its values (in the order read)."""
    out: Table = {}
    for row in res.rows:
        if "k" in row and "v" in row:
            out.setdefault(row["k"], []).append(row["v"])
    return out


class _Unordered(Exception):
    """MIN over values whose order this module does not know: the store runs the full query."""


def _min(values: list[str], terms: sparqltsv.Terms) -> str | None:
    if not values:
        return None
    if len(values) == 1:
        return values[0]
    from .store import _sort_key

    keys = [_sort_key(terms(v)) for v in values]
    if None not in keys and len({k[0] for k in keys if k[0] >= 2}) <= 1:
        return values[min(range(len(values)), key=keys.__getitem__)]
    langs = {terms(v).language if isinstance(terms(v), Literal) else False for v in values}
    if len(langs) == 1 and next(iter(langs)):  # labels of one language: ordered by their text
        return min(values, key=lambda v: str(terms(v)))
    raise _Unordered


def _sample(values: list[str], terms: sparqltsv.Terms) -> str | None:
    if not values:
        return None
    if len(values) == 1:
        return values[0]
    from .store import _sort_key

    keys = [_sort_key(terms(v)) for v in values]
    if None in keys or len({k[0] for k in keys}) > 1:
        return values[0]
    return values[min(range(len(values)), key=keys.__getitem__)]


def _one_helper_row(rows: list[dict], helpers: tuple[str, ...]) -> tuple[list[dict], dict[object, list[list]]]:
    """The rows with one value of each helper variable per event (the first seen), and per event the
    distinct values of each helper: the lean query multiplies an event's rows by its helpers' values."""
    seen: dict[object, tuple[tuple, list[list]]] = {}
    kept = []
    for row in rows:
        event = row["event"]
        key = tuple(map(row.get, helpers))
        h = seen.get(event)
        if h is None:
            seen[event] = (key, [[v] for v in key])
            kept.append(row)
        elif key == h[0]:
            kept.append(row)
        else:
            for values, v in zip(h[1], key):
                if v not in values:
                    values.append(v)
    return kept, {event: h[1] for event, h in seen.items()}


def _pairs(helper_values: list, lookup: Table) -> list:
    """OPTIONAL { ?event :p ?h . ?h :q ?v }: one value per (helper, value) pair, or [None] if none."""
    out = [v for h in helper_values if h is not None for v in lookup.get(h, ())]
    return out or [None]


def _widen(vars_: list[str], rows: list[dict], columns: list[tuple[str, Callable[[dict], list]]],
           terms: sparqltsv.Terms) -> list[dict]:
    """The answer's rows, as rdflib terms in `vars_` order: each lean row once per combination of the
    values `columns` give it (None: unbound)."""
    fns = [f for _, f in columns]
    at = {var: i for i, (var, _) in enumerate(columns)}
    layout = [(v, at.get(v)) for v in vars_]
    get = terms.get
    out = []
    for row in rows:
        choices = [f(row) for f in fns]
        if all(len(c) == 1 for c in choices):
            combos = (tuple(c[0] for c in choices),)
        else:
            combos = itertools.product(*choices)
        for combo in combos:
            d = {}
            for v, i in layout:
                x = row.get(v) if i is None else combo[i]
                if x is not None:
                    d[v] = get(x) or terms(x)
            out.append(d)
    return out


def _opt(lookup: Table, key: str) -> Callable[[dict], list]:
    """OPTIONAL { ?key :p ?v }"""
    none = [None]
    return lambda row: lookup.get(row.get(key)) or none


class no_gc:
    """The garbage collector paused: building 20,000 rows allocates enough containers to set off full
    collections, which walk every object of the process (and hold no cycles to find here)."""

    def __enter__(self):
        self.was = gc.isenabled()
        gc.disable()

    def __exit__(self, *exc):
        if self.was:
            gc.enable()


# ---- the questions ----

def _finish_labels(vars_: list[str]):
    """warnings, meetings, timeline: ?sourceLabel / ?targetLabel through the event's source and target."""
    def finish(res: q.Result, t: dict[str, Table], terms: sparqltsv.Terms) -> q.Result:
        rows, helpers = _one_helper_row(res.rows, ("s", "t"))
        label = t["label"]
        return q.Result(vars_, _widen(vars_, rows, [
            ("sourceLabel", lambda row: _pairs(helpers[row["event"]][0], label)),
            ("targetLabel", lambda row: _pairs(helpers[row["event"]][1], label)),
        ], terms))
    return finish


def _cameo_question(condition: str) -> str:
    return (PREFIXES + "SELECT ?event ?cameo ?date ?factuality ?sentence ?article ?s ?t WHERE {\n"
            f"  {condition}\n  ?event a kg:Event ; kg:cameoCode ?cameo ; kg:factuality ?f ; kg:evidence ?ev .\n"
            "  ?ev kg:sentence ?sentence ; kg:article ?article .\n"
            '  BIND(STRAFTER(STR(?f), "#") AS ?factuality)\n'
            "  OPTIONAL { ?event kg:source ?s }\n  OPTIONAL { ?event kg:target ?t }\n"
            "  OPTIONAL { ?event kg:date ?date }\n}")


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
    rows, helpers = _one_helper_row(res.rows, ("s", "t"))
    label = t["label"]
    rows = _widen(vars_, rows, [
        ("sourceLabel", lambda row: _pairs(helpers[row["event"]][0], label)),
        ("targetLabel", lambda row: _pairs(helpers[row["event"]][1], label)),
        ("reporterLabel", _opt(label, "reporter")),
    ], terms)
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
    rows, helpers = _one_helper_row(res.rows, ("r",))
    kind = t["actorType"]
    rows = [row for row in rows if row["source"] in kind and row["target"] in kind]  # `?source a ?st` is required
    rows = _widen(_NETWORK_VARS, rows, [
        ("sourceType", lambda row: kind[row["source"]]),
        ("targetType", lambda row: kind[row["target"]]),
        ("sourceLabel", _opt(t["label"], "source")),
        ("targetLabel", _opt(t["label"], "target")),
        ("sourceWikidata", _opt(t["sameAs"], "source")),
        ("targetWikidata", _opt(t["sameAs"], "target")),
        ("reporterLabel", lambda row: _pairs(helpers[row["event"]][0], t["label"])),
        ("title", _opt(t["title"], "article")),
        ("url", _opt(t["url"], "article")),
    ], terms)
    return q.Result(_NETWORK_VARS, rows)


_VIZ_EVENTS = PREFIXES + """SELECT ?event ?source ?target ?cameo ?root ?date ?factuality ?reporter ?sentence ?begin ?article WHERE {
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
    return q.Result(_VIZ_EVENTS_VARS, _widen(_VIZ_EVENTS_VARS, res.rows, [
        ("title", _opt(t["title"], "article")), ("url", _opt(t["url"], "article")),
        ("published", _opt(t["published"], "article"))], terms))


_EVENTS = PREFIXES + """SELECT ?event ?type_ ?cameo ?factuality ?sentence ?article ?source_ ?target_ ?place_ ?date_ ?reportedBy_ WHERE {
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
    by_event: dict[object, list[dict]] = {}
    for row in res.rows:
        rows = by_event.get(row["event"])
        if rows is None:
            by_event[row["event"]] = [row]
        else:
            rows.append(row)
    label, same = t["label"], t["sameAs"]
    none: list = []

    def labels(values):
        found = [lookup for x in values if (lookup := label.get(x))]
        if found and len(found) < len(values):
            raise _Unordered  # MIN over a bound and an unbound label: Oxigraph says unbound, rdflib the label
        return [v for f in found for v in f]

    out = []
    try:
        for event, rows in by_event.items():
            if len(rows) == 1:  # most events: one row, nothing to aggregate but the labels
                r = rows[0]
                src, tgt, place = r.get("source_"), r.get("target_"), r.get("place_")
                row = {"event": event, "type": r.get("type_"), "cameo": r["cameo"], "source": src,
                       "sourceLabel": _min(label.get(src, none), terms), "sourceWikidata": _sample(same.get(src, none), terms),
                       "target": tgt, "targetLabel": _min(label.get(tgt, none), terms),
                       "targetWikidata": _sample(same.get(tgt, none), terms), "place": place,
                       "placeLabel": _min(label.get(place, none), terms), "date": r.get("date_"),
                       "factuality": r.get("factuality"), "reportedBy": r.get("reportedBy_"),
                       "sentence": r["sentence"], "article": r["article"]}
            else:
                g = {c: list(dict.fromkeys(v for r in rows if (v := r.get(c)) is not None)) for c in _GROUPED}
                row = {"event": event, "type": _sample(g["type_"], terms), "cameo": _min(g["cameo"], terms),
                       "source": _sample(g["source_"], terms), "sourceLabel": _min(labels(g["source_"]), terms),
                       "sourceWikidata": _sample([v for x in g["source_"] for v in same.get(x, ())], terms),
                       "target": _sample(g["target_"], terms), "targetLabel": _min(labels(g["target_"]), terms),
                       "targetWikidata": _sample([v for x in g["target_"] for v in same.get(x, ())], terms),
                       "place": _sample(g["place_"], terms), "placeLabel": _min(labels(g["place_"]), terms),
                       "date": _min(g["date_"], terms), "factuality": _min(g["factuality"], terms),
                       "reportedBy": _sample(g["reportedBy_"], terms), "sentence": _min(g["sentence"], terms),
                       "article": _sample(g["article"], terms)}
            out.append({k: terms(v) for k, v in row.items() if v is not None})
    except _Unordered:
        return None
    return q.Result(_EVENTS_VARS, out)


_TIMELINE_VARS = ["day", "cameo", "sourceLabel", "targetLabel", "factuality", "sentence", "event"]

PLANS: dict[str, JoinPlan] = {
    "events": JoinPlan(_EVENTS, ("label", "sameAs"), _finish_events),
    "network": JoinPlan(_NETWORK, ("actorType", "label", "sameAs", "title", "url"), _finish_network),
    "viz_events": JoinPlan(_VIZ_EVENTS, ("title", "url", "published"), _finish_viz_events),
    "timeline": JoinPlan(_TIMELINE, ("label",), _finish_labels(_TIMELINE_VARS)),
    "sources": JoinPlan(_SOURCES, ("label",), _finish_sources),
    "warnings": JoinPlan(_cameo_question('{ ?event kg:cameoRoot "13" } UNION { ?event kg:cameoCode "110" }'),
                         ("label",), _finish_labels(_CAMEO_VARS)),
    "meetings": JoinPlan(_cameo_question('{ ?event kg:cameoRoot "04" } UNION { ?event kg:cameoCode "036" }'),
                         ("label",), _finish_labels(_CAMEO_VARS)),
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

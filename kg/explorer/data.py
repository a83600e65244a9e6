"""The actors and events every picture reads (the explorer page, `kg plot`, `kg stats`).

Two named queries fetch them from any source (graph file, store, endpoint): `viz_events` (one row per
event and evidence sentence) and `viz_actors` (one row per actor, type, name and Wikidata id).
An event is kept when both its source and its target are actors (Person, Organization, Country,
Place); an event stated by several sentences keeps them all.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import lru_cache

import networkx as nx

from .. import query as q
from .. import resources

TYPES = ("Person", "Organization", "Country", "Place")
FACTUALITIES = ("asserted", "reported", "future", "hypothetical", "negated")
LANGS = ("en", "fr")


@dataclass
class Actor:
    iri: str
    type: str
    label: str
    labels: dict[str, str] = field(default_factory=dict)  # language ("" for none) -> label
    wikidata: str = ""

    def name(self, lang: str) -> str:
        return self.labels.get(lang) or self.labels.get("en") or self.labels.get("") or self.label


@dataclass
class Evidence:
    sentence: str
    article: str
    title: str = ""
    url: str = ""
    begin: int = -1


@dataclass
class Event:
    iri: str
    source: str
    target: str
    cameo: str
    root: str
    factuality: str
    date: str = ""        # the event's own date (xsd:date), if the article gives one
    published: str = ""   # its article's publication date
    reporter: str = ""    # IRI of who it is attributed to
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def day(self) -> str:
        """The day it is placed on a timeline: its own date, else its article's publication date."""
        return self.date or self.published


@dataclass
class EventData:
    actors: dict[str, Actor]  # those taking part in an event
    events: list[Event]
    known: dict[str, Actor] = field(default_factory=dict)  # every entity, reporters among them

    def name(self, iri: str, lang: str = "en") -> str:
        a = self.known.get(iri) or self.actors.get(iri)
        return a.name(lang) if a else _tail(iri)

    def graph(self) -> nx.MultiDiGraph:
        """Actors as nodes, one edge per event (key: the event IRI)."""
        g = nx.MultiDiGraph()
        for a in self.actors.values():
            g.add_node(a.iri, label=a.label, type=a.type, wikidata=a.wikidata)
        for e in self.events:
            g.add_edge(e.source, e.target, key=e.iri, cameo=e.cameo, root=e.root, factuality=e.factuality,
                       day=e.day)
        return g

    def event_counts(self) -> dict[str, int]:
        """Events each actor takes part in (as source or target; an event with itself counts once)."""
        n = dict.fromkeys(self.actors, 0)
        for e in self.events:
            n[e.source] += 1
            if e.target != e.source:
                n[e.target] += 1
        return n


@dataclass
class Cut:
    """What `keep_top` kept of a graph too big to show whole."""
    actors_total: int
    events_total: int
    actors_kept: int
    events_kept: int
    top: int         # the events kept are those between the `top` most active actors…
    min_events: int  # …each of whom takes part in at least this many events (in the whole graph)

    def message(self) -> str:
        return (f"kept the events between the {self.top:,} most active actors of {self.actors_total:,} (each in "
                f"at least {self.min_events:,} events): {self.events_kept:,} events of {self.events_total:,}, "
                f"{self.actors_kept:,} actors")


def _str(row: dict, key: str) -> str:
    v = row.get(key)
    return "" if v is None else str(v)


def _tail(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1]


def collect(source, timeout: float | None = None) -> EventData:
    """Actors and events of a source (an rdflib graph or a kg.store.Store)."""
    actors: dict[str, Actor] = {}
    rank = {t: i for i, t in enumerate(TYPES)}
    for row in q.run_local(source, q.resolve("viz_actors"), timeout=timeout).rows:
        iri, type_ = _str(row, "actor"), _str(row, "type")
        a = actors.get(iri)
        if a is None:
            a = actors[iri] = Actor(iri, type_, "")
        elif rank.get(type_, 9) < rank.get(a.type, 9):  # an entity typed twice shows as its most specific kind
            a.type = type_
        label = row.get("label")
        if label is not None:
            lang = getattr(label, "language", None) or ""
            # the smallest label per language, so that every engine gives the same name
            if lang not in a.labels or str(label) < a.labels[lang]:
                a.labels[lang] = str(label)
        wd = _str(row, "wikidata")
        if wd.startswith("http://www.wikidata.org/entity/") and (not a.wikidata or wd < a.wikidata):
            a.wikidata = wd
    for a in actors.values():
        a.label = a.labels.get("en") or a.labels.get("") or min(a.labels.values(), default="") or _tail(a.iri)

    events: dict[str, Event] = {}
    for row in q.run_local(source, q.resolve("viz_events"), timeout=timeout).rows:
        s, t = _str(row, "source"), _str(row, "target")
        if s not in actors or t not in actors:
            continue
        iri = _str(row, "event")
        e = events.get(iri)
        if e is None:
            e = events[iri] = Event(iri, s, t, _str(row, "cameo"), _str(row, "root"), _str(row, "factuality"))
        # several values (two dates, two targets…) are possible in a merged graph: keep the smallest, so
        # that the answer does not depend on the engine's row order
        for attr, key in (("date", "date"), ("published", "published"), ("reporter", "reporter")):
            v = _str(row, key)
            if v and (not getattr(e, attr) or v < getattr(e, attr)):
                setattr(e, attr, v)
        if (s, t) < (e.source, e.target):
            e.source, e.target = s, t
        begin = row.get("begin")
        ev = Evidence(_str(row, "sentence"), _str(row, "article"), _str(row, "title"), _str(row, "url"),
                      int(begin) if begin is not None else -1)
        if all((x.sentence, x.article) != (ev.sentence, ev.article) for x in e.evidence):
            e.evidence.append(ev)
    for e in events.values():
        e.evidence.sort(key=lambda x: (x.article, x.begin, x.sentence))
    ordered = sorted(events.values(), key=lambda e: (e.day or "9999", e.iri))
    used = {x for e in ordered for x in (e.source, e.target)}
    return EventData({k: a for k, a in sorted(actors.items()) if k in used}, ordered, actors)


def keep_top(data: EventData, max_actors: int, max_events: int) -> tuple[EventData, Cut | None]:
    """The most active actors (by events taken part in) and the events between them, within both limits.

    Returns the data unchanged and None when it fits already.
    """
    if max_actors < 1 or max_events < 1:
        raise ValueError(f"limits must be at least 1 (got {max_actors} actors, {max_events} events)")
    if len(data.actors) <= max_actors and len(data.events) <= max_events:
        return data, None
    counts = data.event_counts()
    order = sorted(data.actors, key=lambda a: (-counts[a], data.actors[a].label, a))

    def events_within(k: int) -> list[Event]:
        kept = set(order[:k])
        return [e for e in data.events if e.source in kept and e.target in kept]

    # the largest number of top actors whose events between them fit (events grow with k: bisect)
    lo, hi = 1, min(max_actors, len(order))
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if len(events_within(mid)) <= max_events:
            lo = mid
        else:
            hi = mid - 1
    events = events_within(lo)
    if len(events) > max_events:  # even the two most active actors share too many events: the first ones
        events = events[:max_events]
    # an actor among the top with no event between them is left out: it would be a lone dot
    used = {x for e in events for x in (e.source, e.target)}
    actors = {k: a for k, a in data.actors.items() if k in used}
    kept = EventData(actors, events, data.known)
    return kept, Cut(len(data.actors), len(data.events), len(actors), len(events), lo, counts[order[lo - 1]])


@lru_cache(maxsize=1)
def cameo_labels() -> dict[str, dict[str, str]]:
    """CAMEO code -> {"en": label, "fr": label}, from kg/data/lexicons/cameo.tsv; roots in sentence case."""
    out: dict[str, dict[str, str]] = {}
    path = resources.data_dir() / "lexicons" / "cameo.tsv"
    with path.open(encoding="utf-8") as fh:
        rows = csv.reader((line for line in fh if not line.startswith("#")), delimiter="\t")
        header = next(rows)
        for r in rows:
            d = dict(zip(header, r))
            labels = {"en": d.get("label_en", ""), "fr": d.get("label_fr", "")}
            if len(d["code"]) == 2:  # the codebook writes root names in capitals
                labels = {k: v[:1] + v[1:].lower() for k, v in labels.items()}
            out[d["code"]] = labels
    return out


def cameo_label(code: str, lang: str = "en") -> str:
    return cameo_labels().get(code, {}).get(lang, "")

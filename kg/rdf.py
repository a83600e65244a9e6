"""ArticleGraph → RDF triples under the news-kg ontology (one named graph per article).

IRIs are minted in one place (`mint`): entities from their Wikidata id or type and normalised name,
articles from their id, events and evidence from their article and character position, so the same
input always gives the same graph.
"""
from __future__ import annotations

import csv
import hashlib
import re
import unicodedata
from decimal import Decimal
from functools import lru_cache
from urllib.parse import quote

from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.namespace import OWL

from . import resources
from .model import ArticleGraph, Entity, Event, Sentence
from .namespaces import CAMEO, ID, KG, PREFIXES, WD

MAX_PART = 200  # characters of one encoded path segment; a longer one ends in a digest instead
_LANG = re.compile(r"^[a-z]{2,8}(-[a-z0-9]{1,8})*$")


def mint(*parts: str) -> URIRef:
    """An instance IRI under kgid:, every part percent-encoded and checked."""
    return iri_in(ID, *parts)


def iri_in(base: str, *parts: str) -> URIRef:
    """The one IRI minter: each part NFC-normalised (one name, one IRI, however it was composed),
    percent-encoded as one path segment (lone surrogates kept distinct, never a crash), shortened
    to a prefix and a digest when too long, and the IRI validated by a strict parser (pyoxigraph)."""
    encoded = []
    for p in parts:
        norm = unicodedata.normalize("NFC", str(p))
        e = quote(norm.encode("utf-8", "surrogatepass"), safe="")
        if not e or e in (".", ".."):
            raise ValueError(f"cannot mint an IRI from part {p!r}")
        if len(e) > MAX_PART:
            digest = hashlib.sha256(norm.encode("utf-8", "surrogatepass")).hexdigest()[:16]
            cut = e[:MAX_PART - 17]
            cut = cut[:cut.rfind("%")] if "%" in cut[-2:] else cut  # never half a %XX escape
            e = f"{cut}-{digest}"
        encoded.append(e)
    iri = str(base) + "/".join(encoded)
    from pyoxigraph import NamedNode

    NamedNode(iri)  # raises ValueError on anything a strict parser refuses
    return URIRef(iri)


def lang_tag(tag: str | None) -> str | None:
    """A BCP 47 language tag ("en_US" → "en-us", "EN" → "en"), or None for one that is not."""
    if not tag:
        return None
    t = str(tag).strip().replace("_", "-").lower()
    return t if _LANG.match(t) else None


def wikidata_iri(qid: str) -> URIRef | None:
    """wd:Q… for a Wikidata item id; None for anything else."""
    return iri_in(WD, qid) if re.fullmatch(r"Q[1-9][0-9]*", qid or "") else None


def entity_iri(key: str) -> URIRef:
    if re.fullmatch(r"Q[1-9][0-9]*", key):
        return mint("entity", key)
    kind, _, name = key.partition(":")
    if not name:  # not a "Type:slug" key: the key itself names the entity
        return mint("entity", key)
    return mint("entity", kind.lower(), name)


def article_iri(article_id: str) -> URIRef:
    return mint("article", article_id)


@lru_cache(maxsize=1)
def plover() -> dict[str, tuple[str, str]]:
    """CAMEO code → (PLOVER type, mode) from the shipped code table."""
    path = resources.data_dir() / "lexicons" / "cameo.tsv"
    with path.open(encoding="utf-8") as fh:
        rows = csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t")
        return {r["code"]: (r["plover_type"], r["plover_mode"]) for r in rows}


def _evidence(g: Graph, aid: str, art: URIRef, sent: Sentence, pattern: str) -> URIRef:
    ev = mint("article", aid, "evidence", f"{sent.start}-{sent.end}")
    g.add((ev, RDF.type, KG.Evidence))
    g.add((ev, KG.article, art))
    g.add((ev, KG.sentence, Literal(sent.text)))
    g.add((ev, KG.beginIndex, Literal(sent.start, datatype=XSD.nonNegativeInteger)))
    g.add((ev, KG.endIndex, Literal(sent.end, datatype=XSD.nonNegativeInteger)))
    if pattern:
        g.add((ev, KG.extractedBy, Literal(pattern)))
    return ev


def _entity(g: Graph, ent: Entity, lang: str) -> URIRef:
    iri = entity_iri(ent.key)
    g.add((iri, RDF.type, getattr(KG, ent.type if ent.type != "Media" else "Organization")))
    if ent.labels:
        for l, label in ent.labels:
            g.add((iri, RDFS.label, Literal(label, lang=lang_tag(l))))
    else:
        g.add((iri, RDFS.label, Literal(ent.label)))
    wd = wikidata_iri(ent.qid) if ent.qid else None
    if wd is not None:
        g.add((iri, OWL.sameAs, wd))
    if ent.country and ent.type == "Place":
        g.add((iri, KG.locatedIn, entity_iri(ent.country)))
    return iri


def event_iri(aid: str, ev: Event, n: int) -> URIRef:
    return mint("article", aid, "event", f"{ev.trigger_start}-{ev.cameo}-{n}")


def article_triples(ag: ArticleGraph, merged: dict | None = None, into=None) -> Graph:
    """The named graph of one article; `merged` maps (article id, event index) to the event it is
    one report of (see kg.merge). `into`: any object with .add((s, p, o)) to collect the triples
    in instead of a new Graph (the streaming build's workers: an rdflib Graph's indexes cost 3/4
    of the time here)."""
    g = Graph() if into is None else into
    a = ag.article
    lang = lang_tag(a.lang) or ""
    art = article_iri(a.id)
    g.add((art, RDF.type, KG.Article))
    g.add((art, KG.text, Literal(a.full_text)))
    g.add((art, KG.contentHash, Literal(content_hash(a.full_text))))
    if lang:
        g.add((art, KG.language, Literal(lang)))
    if a.title:
        g.add((art, KG.title, Literal(a.title, lang=lang or None)))
    if a.published:
        g.add((art, KG.published, Literal(a.published.isoformat(), datatype=XSD.date)))
    if a.url:
        g.add((art, KG.url, Literal(a.url, datatype=XSD.anyURI)))
    if a.source:
        g.add((art, KG.publisher, Literal(a.source)))
    for key, ent in ag.entities.items():
        _entity(g, ent, lang)
    for m in ag.mentions:
        node = mint("article", a.id, "mention", f"{m.start}-{m.end}")
        g.add((node, RDF.type, KG.Mention))
        g.add((node, KG.denotes, entity_iri(m.entity)))
        g.add((node, KG.article, art))
        g.add((node, KG.anchorOf, Literal(m.text)))
        g.add((node, KG.beginIndex, Literal(m.start, datatype=XSD.nonNegativeInteger)))
        g.add((node, KG.endIndex, Literal(m.end, datatype=XSD.nonNegativeInteger)))
    counts: dict[tuple[int, str], int] = {}
    for i, report in enumerate(ag.events):
        n = counts.get((report.trigger_start, report.cameo), 0)
        counts[(report.trigger_start, report.cameo)] = n + 1
        one = (merged or {}).get((a.id, i))
        ev = one.event if one else report
        node = mint("event", one.iri_key) if one else event_iri(a.id, report, n)
        g.add((node, RDF.type, KG.Event))
        g.add((node, KG.eventType, iri_in(CAMEO, ev.cameo)))
        g.add((node, KG.cameoCode, Literal(ev.cameo)))
        g.add((node, KG.cameoRoot, Literal(ev.root)))
        ptype, pmode = plover().get(ev.cameo, ("", ""))
        if ptype:
            g.add((node, KG.ploverType, Literal(ptype)))
        if pmode:
            g.add((node, KG.ploverMode, Literal(pmode)))
        for prop, key in ((KG.source, ev.source), (KG.target, ev.target), (KG.place, ev.place),
                          (KG.reportedBy, ev.reported_by)):
            if key:
                g.add((node, prop, entity_iri(key)))
        for key in ev.participants:
            g.add((node, KG.participant, entity_iri(key)))
        if ev.date:
            g.add((node, KG.date, Literal(ev.date.isoformat(), datatype=XSD.date)))
        if ev.date_text:
            g.add((node, KG.dateText, Literal(ev.date_text)))
        g.add((node, KG.trigger, Literal(ev.trigger)))
        g.add((node, KG.factuality, getattr(KG, ev.factuality)))
        g.add((node, KG.confidence, Literal(Decimal(str(ev.confidence)), datatype=XSD.decimal)))
        g.add((node, KG.evidence, _evidence(g, a.id, art, report.sentence, report.pattern)))
        if report.reported_by and report.reported_by != ev.reported_by:
            g.add((node, KG.reportedBy, entity_iri(report.reported_by)))
    for n, rel in enumerate(ag.relations):
        s, o = entity_iri(rel.subject), entity_iri(rel.object)
        p = getattr(KG, rel.predicate)
        g.add((s, p, o))
        node = mint("article", a.id, "relation", str(n))
        g.add((node, RDF.type, KG.RelationAssertion))
        g.add((node, RDF.subject, s))
        g.add((node, RDF.predicate, p))
        g.add((node, RDF.object, o))
        g.add((node, KG.evidence, _evidence(g, a.id, art, rel.sentence, rel.pattern)))
    return g


def content_hash(text: str) -> str:
    import hashlib

    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def new_dataset() -> Dataset:
    ds = Dataset(default_union=True)
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns)
    return ds


def add_article(ds: Dataset, ag: ArticleGraph, merged: dict | None = None) -> None:
    """Put an article's triples in its own named graph, replacing any earlier build of it."""
    name = article_iri(ag.article.id)
    ds.remove_graph(ds.graph(name))
    target = ds.graph(name)
    for t in article_triples(ag, merged):
        target.add(t)

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

import pyoxigraph as ox
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
    return URIRef(iri_text(base, *parts))


# a part made only of these is its own NFC form and its own percent-encoding (quote's safe set)
_PLAIN = re.compile(r"[A-Za-z0-9_.~-]{1,%d}" % MAX_PART)


def iri_text(base: str, *parts: str) -> str:
    """`iri_in`'s IRI as a string."""
    encoded = [p if type(p) is str and _PLAIN.fullmatch(p) and p not in (".", "..") else _segment(p) for p in parts]
    iri = str(base) + "/".join(encoded)
    ox.NamedNode(iri)  # raises ValueError on anything a strict parser refuses
    return iri


@lru_cache(maxsize=1 << 14)  # names and article ids come back for every node they are part of
def _segment(p) -> str:
    """One part as one path segment: NFC, percent-encoded, shortened with a digest when too long."""
    norm = unicodedata.normalize("NFC", str(p))
    e = quote(norm.encode("utf-8", "surrogatepass"), safe="")
    if not e or e in (".", ".."):
        raise ValueError(f"cannot mint an IRI from part {p!r}")
    if len(e) > MAX_PART:
        digest = hashlib.sha256(norm.encode("utf-8", "surrogatepass")).hexdigest()[:16]
        cut = e[:MAX_PART - 17]
        cut = cut[:cut.rfind("%")] if "%" in cut[-2:] else cut  # never half a %XX escape
        e = f"{cut}-{digest}"
    return e


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


class TripleSet(dict):
    """An ordered set of triples, for article_triples(into=…): what a Graph would keep, without
    the indexes that cost most of the time when the triples are only written out."""

    def add(self, triple: tuple) -> None:
        self.setdefault(triple)


class RdflibTerms:
    """The terms article_triples writes, as rdflib objects (for a Graph or Dataset)."""

    KG = KG
    type, label, same_as = RDF.type, RDFS.label, OWL.sameAs
    rdf_subject, rdf_predicate, rdf_object = RDF.subject, RDF.predicate, RDF.object

    iri = staticmethod(iri_in)
    entity = staticmethod(entity_iri)
    wikidata = staticmethod(wikidata_iri)

    @staticmethod
    def text(value: str, lang: str | None = None) -> Literal:
        return Literal(value, lang=lang)

    @staticmethod
    def integer(n: int) -> Literal:
        return Literal(n, datatype=XSD.nonNegativeInteger)

    @staticmethod
    def decimal(x: float) -> Literal:
        return Literal(Decimal(str(x)), datatype=XSD.decimal)

    @staticmethod
    def date(lexical: str) -> Literal:
        return Literal(lexical, datatype=XSD.date)

    @staticmethod
    def any_uri(lexical: str) -> Literal:
        return Literal(lexical, datatype=XSD.anyURI)


class _NTNamespace:
    def __init__(self, ns) -> None:
        self._ns = ns

    def __getattr__(self, name: str) -> str:
        text = f"<{getattr(self._ns, name)}>"  # an unknown name fails as it does on the namespace
        setattr(self, name, text)
        return text


class NTriplesTerms:
    """The same terms as N-Triples text, written as Oxigraph writes rdflib's terms (kg.store.nt_term):
    the streaming build only writes lines, and making rdflib terms to print them was half its cost."""

    KG = _NTNamespace(KG)
    type, label, same_as = f"<{RDF.type}>", f"<{RDFS.label}>", f"<{OWL.sameAs}>"
    rdf_subject, rdf_predicate, rdf_object = f"<{RDF.subject}>", f"<{RDF.predicate}>", f"<{RDF.object}>"
    _INTEGER = f"<{XSD.nonNegativeInteger}>"

    @staticmethod
    def iri(base: str, *parts: str) -> str:
        return f"<{iri_text(base, *parts)}>"

    @staticmethod
    @lru_cache(maxsize=1 << 14)
    def entity(key: str) -> str:
        return f"<{entity_iri(key)}>"

    @staticmethod
    def wikidata(qid: str) -> str | None:
        iri = wikidata_iri(qid)
        return None if iri is None else f"<{iri}>"

    @staticmethod
    def text(value: str, lang: str | None = None) -> str:
        return str(ox.Literal(value, language=lang) if lang else ox.Literal(value))

    @classmethod
    def integer(cls, n: int) -> str:
        return f'"{int(n)}"^^{cls._INTEGER}'

    @staticmethod
    @lru_cache(maxsize=1024)
    def decimal(x: float) -> str:
        from .store import nt_term

        return nt_term(RdflibTerms.decimal(x))  # rdflib's lexical form ("1e-07" → "0.0000001")

    @staticmethod
    def date(lexical: str) -> str:
        return str(ox.Literal(lexical, datatype=ox.NamedNode(XSD.date)))

    @staticmethod
    def any_uri(lexical: str) -> str:
        return str(ox.Literal(lexical, datatype=ox.NamedNode(XSD.anyURI)))


def _evidence(g: Graph, T, aid: str, art, sent: Sentence, pattern: str):
    K = T.KG
    ev = T.iri(ID, "article", aid, "evidence", f"{sent.start}-{sent.end}")
    g.add((ev, T.type, K.Evidence))
    g.add((ev, K.article, art))
    g.add((ev, K.sentence, T.text(sent.text)))
    g.add((ev, K.beginIndex, T.integer(sent.start)))
    g.add((ev, K.endIndex, T.integer(sent.end)))
    if pattern:
        g.add((ev, K.extractedBy, T.text(pattern)))
    return ev


def _entity(g: Graph, T, ent: Entity, lang: str):
    K = T.KG
    iri = T.entity(ent.key)
    g.add((iri, T.type, getattr(K, ent.type if ent.type != "Media" else "Organization")))
    if ent.labels:
        for l, label in ent.labels:
            g.add((iri, T.label, T.text(label, lang_tag(l))))
    else:
        g.add((iri, T.label, T.text(ent.label)))
    wd = T.wikidata(ent.qid) if ent.qid else None
    if wd is not None:
        g.add((iri, T.same_as, wd))
    if ent.country and ent.type == "Place":
        g.add((iri, K.locatedIn, T.entity(ent.country)))
    return iri


def event_iri(aid: str, ev: Event, n: int, terms=None) -> URIRef:
    """The IRI of an article's n-th report of this trigger and code (as rdflib's, or `terms`')."""
    return (terms or RdflibTerms).iri(ID, "article", aid, "event", f"{ev.trigger_start}-{ev.cameo}-{n}")


def article_triples(ag: ArticleGraph, merged: dict | None = None, into=None, terms=RdflibTerms) -> Graph:
    """The named graph of one article; `merged` maps (article id, event index) to the event it is
    one report of (see kg.merge). `into`: any object with .add((s, p, o)) to collect the triples
    in instead of a new Graph (the streaming build's workers: an rdflib Graph's indexes cost 3/4
    of the time here). `terms`: RdflibTerms, or NTriplesTerms for triples of N-Triples text."""
    g = Graph() if into is None else into
    T = terms
    K = T.KG
    a = ag.article
    lang = lang_tag(a.lang) or ""
    art = T.iri(ID, "article", a.id)
    g.add((art, T.type, K.Article))
    g.add((art, K.text, T.text(a.full_text)))
    g.add((art, K.contentHash, T.text(content_hash(a.full_text))))
    if lang:
        g.add((art, K.language, T.text(lang)))
    if a.title:
        g.add((art, K.title, T.text(a.title, lang or None)))
    if a.published:
        g.add((art, K.published, T.date(a.published.isoformat())))
    if a.url:
        g.add((art, K.url, T.any_uri(a.url)))
    if a.source:
        g.add((art, K.publisher, T.text(a.source)))
    for key, ent in ag.entities.items():
        _entity(g, T, ent, lang)
    for m in ag.mentions:
        node = T.iri(ID, "article", a.id, "mention", f"{m.start}-{m.end}")
        g.add((node, T.type, K.Mention))
        g.add((node, K.denotes, T.entity(m.entity)))
        g.add((node, K.article, art))
        g.add((node, K.anchorOf, T.text(m.text)))
        g.add((node, K.beginIndex, T.integer(m.start)))
        g.add((node, K.endIndex, T.integer(m.end)))
    counts: dict[tuple[int, str], int] = {}
    for i, report in enumerate(ag.events):
        n = counts.get((report.trigger_start, report.cameo), 0)
        counts[(report.trigger_start, report.cameo)] = n + 1
        one = (merged or {}).get((a.id, i))
        ev = one.event if one else report
        node = T.iri(ID, "event", one.iri_key) if one else event_iri(a.id, report, n, T)
        g.add((node, T.type, K.Event))
        g.add((node, K.eventType, T.iri(CAMEO, ev.cameo)))
        g.add((node, K.cameoCode, T.text(ev.cameo)))
        g.add((node, K.cameoRoot, T.text(ev.root)))
        ptype, pmode = plover().get(ev.cameo, ("", ""))
        if ptype:
            g.add((node, K.ploverType, T.text(ptype)))
        if pmode:
            g.add((node, K.ploverMode, T.text(pmode)))
        for prop, key in ((K.source, ev.source), (K.target, ev.target), (K.place, ev.place),
                          (K.reportedBy, ev.reported_by)):
            if key:
                g.add((node, prop, T.entity(key)))
        for key in ev.participants:
            g.add((node, K.participant, T.entity(key)))
        if ev.date:
            g.add((node, K.date, T.date(ev.date.isoformat())))
        if ev.date_text:
            g.add((node, K.dateText, T.text(ev.date_text)))
        g.add((node, K.trigger, T.text(ev.trigger)))
        g.add((node, K.factuality, getattr(K, ev.factuality)))
        g.add((node, K.confidence, T.decimal(ev.confidence)))
        g.add((node, K.evidence, _evidence(g, T, a.id, art, report.sentence, report.pattern)))
        if report.reported_by and report.reported_by != ev.reported_by:
            g.add((node, K.reportedBy, T.entity(report.reported_by)))
    for n, rel in enumerate(ag.relations):
        s, o = T.entity(rel.subject), T.entity(rel.object)
        p = getattr(K, rel.predicate)
        g.add((s, p, o))
        node = T.iri(ID, "article", a.id, "relation", str(n))
        g.add((node, T.type, K.RelationAssertion))
        g.add((node, T.rdf_subject, s))
        g.add((node, T.rdf_predicate, p))
        g.add((node, T.rdf_object, o))
        g.add((node, K.evidence, _evidence(g, T, a.id, art, rel.sentence, rel.pattern)))
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

"""kg.rdf and kg.graphio: IRI minting, deterministic builds, format round trips, SHACL validation."""
from __future__ import annotations

import unicodedata
from pathlib import Path

import pyoxigraph
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic
from rdflib.namespace import OWL, RDF, RDFS

from kg import graphio
from kg.api import build_graph
from kg.errors import InputError
from kg.namespaces import ID, KG, WD
from kg.rdf import article_iri, entity_iri, mint
from kg.validate import validate

HOSTILE = ["John Kirby", 'say "hi"', "<script>", "{x}", "a|b", "back\\slash", "x^y", "`tick`", "new\nline",
           "tab\there", "emoji 🚀", "北京", "São Paulo (city)", "U.S.", "Corée du Nord", "l'ONU", "100%", "a/b",
           "?q=1#frag", "%41", "A", " ", "-"]


def assert_isomorphic(expected: Graph, actual: Graph) -> None:
    if isomorphic(expected, actual):
        return
    _, only_expected, only_actual = graph_diff(to_isomorphic(expected), to_isomorphic(actual))
    lines = sorted(f"- {s.n3()} {p.n3()} {o.n3()}" for s, p, o in only_expected)
    lines += sorted(f"+ {s.n3()} {p.n3()} {o.n3()}" for s, p, o in only_actual)
    pytest.fail("graphs differ:\n" + "\n".join(lines[:60]))


# ---- mint ----

@pytest.mark.parametrize("name", HOSTILE)
def test_rdf_mint_valid_iri_for_hostile_names(name: str) -> None:
    iri = mint("entity", "person", name)
    assert isinstance(iri, URIRef)
    assert str(iri).startswith(str(ID) + "entity/person/")
    node = pyoxigraph.NamedNode(str(iri))  # a strict IRI parser
    assert node.value == str(iri)
    # one path segment per part: the name never adds a segment
    assert str(iri)[len(str(ID)):].count("/") == 2
    for bad in ' "<>{}|\\^`\n\t':
        assert bad not in str(iri)


@pytest.mark.parametrize("name", HOSTILE)
def test_rdf_mint_round_trips_through_turtle_and_ntriples(name: str) -> None:
    g = Graph()
    g.add((mint("entity", "person", name), RDFS.label, Literal(name)))
    for fmt, ox in (("turtle", pyoxigraph.RdfFormat.TURTLE), ("nt", pyoxigraph.RdfFormat.N_TRIPLES)):
        data = g.serialize(format=fmt)
        assert_isomorphic(g, Graph().parse(data=data, format=fmt))
        assert len(list(pyoxigraph.parse(data, format=ox))) == 1


@pytest.mark.parametrize("part", [".", "..", ""])
def test_rdf_mint_refuses_dot_segments(part: str) -> None:
    with pytest.raises(ValueError, match="cannot mint"):
        mint("entity", part)


@given(st.text(min_size=1))
@settings(max_examples=300, deadline=None)
def test_rdf_mint_deterministic_and_valid(name: str) -> None:
    if name in (".", ".."):
        with pytest.raises(ValueError):
            mint("entity", name)
        return
    iri = mint("entity", name)
    assert iri == mint("entity", name)
    pyoxigraph.NamedNode(str(iri))


@given(st.text(min_size=1), st.text(min_size=1))
@settings(max_examples=300, deadline=None)
def test_rdf_mint_distinct_for_distinct_names(a: str, b: str) -> None:
    if {a, b} & {".", ".."}:
        return
    # one IRI per name however its accents are composed (NFC and NFD are the same name)
    same = unicodedata.normalize("NFC", a) == unicodedata.normalize("NFC", b)
    assert (mint("entity", a) == mint("entity", b)) == same


@pytest.mark.parametrize("a, b", [
    ("Corée du Nord", "Coree du Nord"), ("l'ONU", "l’ONU"), ("U.S.", "US"), ("%41", "A"), ("a/b", "a%2Fb"),
])
def test_rdf_mint_distinct_examples(a: str, b: str) -> None:
    assert mint("entity", a) != mint("entity", b)


def test_rdf_mint_nfc_and_nfd_are_one_iri() -> None:
    assert mint("entity", "São Paulo") == mint("entity", "Sa\u0303o Paulo")


@pytest.mark.parametrize("key, expected", [
    ("Q7747", "https://w3id.org/news-kg/id/entity/Q7747"),
    ("Q56226", "https://w3id.org/news-kg/id/entity/Q56226"),
    ("Person:john-kirby", "https://w3id.org/news-kg/id/entity/person/john-kirby"),
    ("Place:siberie", "https://w3id.org/news-kg/id/entity/place/siberie"),
    ("Organization:shahed-aviation", "https://w3id.org/news-kg/id/entity/organization/shahed-aviation"),
])
def test_rdf_entity_iri(key: str, expected: str) -> None:
    assert entity_iri(key) == URIRef(expected)


@pytest.mark.parametrize("aid, expected", [
    ("fr-kim-poutine-vostotchny", "https://w3id.org/news-kg/id/article/fr-kim-poutine-vostotchny"),
    ("en-biden-kyiv-visit", "https://w3id.org/news-kg/id/article/en-biden-kyiv-visit"),
])
def test_rdf_article_iri(aid: str, expected: str) -> None:
    assert article_iri(aid) == URIRef(expected)


# ---- the sample graph ----

def sample_article_iri(ds: Dataset, stem: str) -> URIRef:
    """The IRI of a sample article (its file name), checked to be a named graph of the sample graph."""
    found = [g.identifier for g in ds.graphs() if g.identifier == article_iri(stem)]
    assert len(found) == 1, (prefix, found)
    return found[0]

SAMPLE_ARTICLES = [
    ("fr-kim-poutine-vostotchny", "Kim Jong Un et Vladimir Poutine réunis au cosmodrome de Vostotchny", "fr"),
    ("en-biden-kyiv-visit", "Biden makes surprise visit to Kyiv, pledges $500 million in new military aid", "en"),
]


@pytest.mark.parametrize("article, title, lang", SAMPLE_ARTICLES)
def test_rdf_sample_graph_one_named_graph_per_article(sample_graph: Dataset, article: str, title: str,
                                                      lang: str) -> None:
    names = {g.identifier for g in sample_graph.graphs() if len(g)}
    art = sample_article_iri(sample_graph, article)
    assert art in names
    named = sample_graph.graph(art)
    assert (art, RDF.type, KG.Article) in named
    assert [str(t) for t in named.objects(art, KG.title)] == [title]
    text = str(named.value(art, KG.text))
    assert text.startswith(title + "\n\n")
    # every article-specific node of this graph is under the article's IRI
    for s in set(named.subjects()):
        if str(s).startswith(str(ID) + "article/"):
            assert str(s) == str(art) or str(s).startswith(str(art) + "/"), s


@pytest.mark.parametrize("article, title, lang", SAMPLE_ARTICLES)
def test_rdf_sample_graph_records_detected_language(sample_graph: Dataset, article: str, title: str,
                                                    lang: str) -> None:
    art = sample_article_iri(sample_graph, article)
    named = sample_graph.graph(art)
    assert (art, KG.language, Literal(lang)) in named
    assert (art, KG.title, Literal(title, lang=lang)) in named


@pytest.mark.parametrize("key, label_en, label_fr, kind", [
    ("Q7747", "Vladimir Putin", "Vladimir Poutine", KG.Person),
    ("Q423", "North Korea", "Corée du Nord", KG.Country),
])
def test_rdf_sample_graph_entity_shape(sample_graph: Dataset, key: str, label_en: str, label_fr: str,
                                       kind: URIRef) -> None:
    g = graphio.union(sample_graph)
    e = entity_iri(key)
    assert (e, RDF.type, kind) in g
    assert (e, RDFS.label, Literal(label_en, lang="en")) in g
    assert (e, RDFS.label, Literal(label_fr, lang="fr")) in g
    assert (e, OWL.sameAs, WD[key]) in g


def test_rdf_build_is_deterministic(sample_graph: Dataset, sample_paths: list[str]) -> None:
    again = build_graph(sample_paths)
    assert_isomorphic(graphio.union(sample_graph), graphio.union(again))
    first = {g.identifier: g for g in sample_graph.graphs() if len(g)}
    second = {g.identifier: g for g in again.graphs() if len(g)}
    assert sorted(first) == sorted(second)
    for name in first:
        assert set(first[name]) == set(second[name]), name


# ---- formats ----

@pytest.mark.parametrize("suffix", [".ttl", ".nt", ".trig", ".jsonld", ".nq"])
def test_rdf_round_trip(sample_graph: Dataset, tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"graph{suffix}"
    graphio.write(sample_graph, path)
    back = graphio.read(path)
    assert_isomorphic(graphio.union(sample_graph), graphio.union(back))
    if graphio.FORMATS[suffix][1]:  # quad formats keep one named graph per article
        names = {g.identifier for g in sample_graph.graphs() if len(g)}
        back_names = {g.identifier for g in back.graphs() if len(g)}
        assert back_names == names


@pytest.mark.parametrize("suffix, fmt", [
    (".ttl", pyoxigraph.RdfFormat.TURTLE),
    (".nt", pyoxigraph.RdfFormat.N_TRIPLES),
    (".trig", pyoxigraph.RdfFormat.TRIG),
])
def test_rdf_files_parse_with_pyoxigraph(sample_graph: Dataset, tmp_path: Path, suffix: str, fmt) -> None:
    path = tmp_path / f"graph{suffix}"
    graphio.write(sample_graph, path)
    quads = list(pyoxigraph.parse(path=str(path), format=fmt))
    triples = {(q.subject, q.predicate, q.object) for q in quads}
    assert len(triples) == len(graphio.union(sample_graph))


def test_rdf_write_unknown_suffix_refused(sample_graph: Dataset, tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"unknown RDF format '\.xyz'; expected one of \.ttl, \.nt"):
        graphio.write(sample_graph, tmp_path / "graph.xyz")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("content, problem", [
    ("<http://a> <http://b> .", "not valid turtle"),
    ("@prefix : <http://x/> . :a :b", "not valid turtle"),
])
def test_rdf_read_bad_file_names_it(tmp_path: Path, content: str, problem: str) -> None:
    path = tmp_path / "bad.ttl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as err:
        graphio.read(path)
    assert str(err.value).startswith(f"{path}: {problem}")


def test_rdf_read_refuses_remote_jsonld_context(tmp_path: Path) -> None:
    path = tmp_path / "remote.jsonld"
    path.write_text('{"@context": "https://schema.org/", "@id": "http://x/a", "name": "A"}', encoding="utf-8")
    with pytest.raises(InputError, match="remote JSON-LD @context"):
        graphio.read(path)


# ---- SHACL ----

def with_languages(ds: Dataset) -> Graph:
    """A copy of the graph's union where every article surely has its kg:language (from its fr-/en- sample id),
    so that the tests below see only the violations they cause."""
    g = graphio.union(ds)
    for art in g.subjects(RDF.type, KG.Article):
        if g.value(art, KG.language) is None:
            g.add((art, KG.language, Literal(str(art).rsplit("/", 1)[-1][:2])))
    return g


def test_rdf_sample_graph_conforms(sample_graph: Dataset) -> None:
    result = validate(sample_graph)
    assert result.conforms is True, result.report
    assert result.violations == 0


def test_rdf_sample_graph_conforms_apart_from_language(sample_graph: Dataset) -> None:
    result = validate(with_languages(sample_graph))
    assert result.conforms is True, result.report
    assert result.violations == 0


@pytest.mark.parametrize("predicate, curie", [
    (KG.factuality, "kg:factuality"), (KG.evidence, "kg:evidence"), (KG.cameoCode, "kg:cameoCode"),
])
def test_rdf_shacl_catches_missing_required_property(sample_graph: Dataset, predicate: URIRef, curie: str) -> None:
    g = with_languages(sample_graph)  # a copy: the session graph stays intact
    n_events = len(set(g.subjects(RDF.type, KG.Event)))
    assert n_events >= 10
    g.remove((None, predicate, None))
    result = validate(g)
    assert result.conforms is False
    assert result.violations >= n_events
    assert f"Result Path: {curie}" in result.report


# ---- the streaming build's N-Triples text is the rdflib graph's, term for term ----

def _hostile_article_graph(name: str, confidence: float) -> "ArticleGraph":
    from datetime import date

    from kg.model import Article, ArticleGraph, Entity, Event, Mention, Relation, Sentence

    text = f"{name} met Putin.\n\nThey talked about {name}."
    art = Article(f"id {name}", text, title=f"Title {name}", published=date(2024, 2, 29), url=f"https://x.org/{name}",
                  lang="EN_us", source=f"desk {name}")
    sent = Sentence(0, 17, f"{name} met Putin.", False)
    ents = {"Person:x": Entity("Person:x", "Person", name, labels=(("en", name), ("fr", f"« {name} »"), ("xx_bad!", name))),
            "Q7747": Entity("Q7747", "Person", "Vladimir Putin", qid="Q7747", country="Q159"),
            "Place:y": Entity("Place:y", "Place", name, qid="not a qid", country="Q159"),
            "Media:z": Entity("Media:z", "Media", name)}
    ev = Event("042", sent, f"met {name}", 3, 6, source="Person:x", target="Q7747", participants=("Person:x", "Q7747"),
               place="Place:y", date=date(2024, 2, 28), date_text=f"on {name}", factuality="reported",
               reported_by="Media:z", confidence=confidence, pattern=f"verb {name}")
    return ArticleGraph(art, [sent], ents, [Mention(0, 3, name, "Person:x"), Mention(8, 13, "Putin", "Q7747")],
                        [ev, ev, Event("999", sent, "x", 3, 6, confidence=1.0)],
                        [Relation("Person:x", "memberOf", "Q159", sent, name)])


@pytest.mark.parametrize("name", HOSTILE)
@pytest.mark.parametrize("confidence", [0.5, 1e-07, 0.1 + 0.2, 1.0])
def test_rdf_ntriples_terms_write_what_rdflib_terms_write(name: str, confidence: float) -> None:
    from kg import rdf
    from kg.store import nt_term

    ag = _hostile_article_graph(name, confidence)
    want: dict = {}
    rdf.article_triples(ag, into=type("C", (), {"add": lambda self, t: want.setdefault(t)})())
    got: dict = {}
    rdf.article_triples(ag, into=type("C", (), {"add": lambda self, t: got.setdefault(t)})(),
                        terms=rdf.NTriplesTerms)
    assert [" ".join(map(nt_term, t)) for t in want] == [" ".join(t) for t in got]
    assert len(got) > 40


@pytest.mark.parametrize("part", ["plain-ASCII_1.2~", "é", "e\u0301", "a b", "x" * 201, "x" * 200, ".", 7, "Q42"])
def test_rdf_iri_text_is_the_minted_iri(part) -> None:
    from kg.rdf import iri_in, iri_text

    if part == ".":
        with pytest.raises(ValueError):
            iri_text(ID, "entity", part)
        return
    assert iri_text(ID, "entity", part) == str(iri_in(ID, "entity", part))
    assert iri_text(ID, "entity", part) == str(ID) + "entity/" + _reference_segment(str(part))


def _reference_segment(p: str) -> str:
    """One segment as the minter's docstring states it, written independently of its fast path."""
    import hashlib
    from urllib.parse import quote

    norm = unicodedata.normalize("NFC", p)
    e = quote(norm.encode("utf-8"), safe="")
    if len(e) > 200:
        e = e[:183] + "-" + hashlib.sha256(norm.encode("utf-8")).hexdigest()[:16]
    return e

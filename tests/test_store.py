"""kg.store: the same named questions on a graph file (rdflib) and on an Oxigraph store; per-article
named graphs (add, rebuild, remove); streaming dumps and loads; safe queries, bound parameters and
timeouts on the store; the CLI verbs on a store folder."""
from __future__ import annotations

import csv
import io
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import OWL, RDFS

from kg import graphio
from kg import query as q
from kg import rdf
from kg.cli import main
from kg.errors import InputError, KgError, QueryError
from kg.model import Article, ArticleGraph, Entity, Event, Mention, Sentence
from kg.namespaces import KG
from kg.store import DatasetStore, OxigraphStore, file_quads, open_source, project_params

PARAMS = {"actor": {"actor": "Q7747"}}
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
HOSTILE = ['"} ; DROP ALL ; INSERT DATA {', '" || true || "', "Q7747' OR '1'='1", "Q7747 #", "Q7747\n}",
           "}", '\\"', "<http://example.org/x>", "Q7747\n# comment\n", "?actor", "$actor"]


def rows_of(res: q.Result) -> list[list[str | None]]:
    return [[row[v].n3() if v in row else None for v in res.vars] for row in res.rows]


@pytest.fixture(scope="session")
def store_dir(sample_graph, tmp_path_factory) -> Path:
    """An Oxigraph store of the sample articles, written then closed (tests open it read-only)."""
    path = tmp_path_factory.mktemp("store") / "samples"
    st = OxigraphStore(path)
    assert st.add_dataset(sample_graph) == 5
    st.close()
    return path


@pytest.fixture(scope="session")
def store(store_dir: Path) -> OxigraphStore:
    return OxigraphStore(store_dir, read_only=True)


# ---- the same answers on both engines ----

@pytest.mark.parametrize("name", sorted(q.named_queries()))
def test_store_named_question_same_as_file(sample_graph: Dataset, store: OxigraphStore, name: str) -> None:
    nq = q.named_queries()[name]
    on_file = q.run_local(sample_graph, nq, PARAMS.get(name, {}))
    on_store = q.run_local(store, nq, PARAMS.get(name, {}))
    assert on_store.vars == on_file.vars
    assert rows_of(on_store) == rows_of(on_file)  # the same rows, in the same order, with the same terms


@pytest.mark.parametrize("name", ["events", "actor", "entities"])
def test_store_named_question_same_in_worker_process(sample_graph, store: OxigraphStore, name: str) -> None:
    nq = q.named_queries()[name]
    on_file = q.run_local(sample_graph, nq, PARAMS.get(name, {}))
    in_worker = q.run_local(store, nq, PARAMS.get(name, {}), timeout=60)  # a process of its own
    assert rows_of(in_worker) == rows_of(on_file)


@pytest.mark.parametrize("actor", ["Q7747", "Vladimir Putin", "vladimir poutine", "Poutine", "Q999999999", "7747"])
def test_store_actor_by_id_label_or_name(sample_graph, store: OxigraphStore, actor: str) -> None:
    nq = q.resolve("actor")
    assert rows_of(q.run_local(store, nq, {"actor": actor})) == rows_of(q.run_local(sample_graph, nq, {"actor": actor}))


def test_store_union_is_a_set(sample_graph, store: OxigraphStore) -> None:
    # an entity stated by several articles is one set of triples in the union, as in rdflib
    text = ("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?l WHERE { "
            "<https://w3id.org/news-kg/id/entity/Q7747> rdfs:label ?l } ORDER BY ?l")
    nq = q.resolve(text)
    assert len(q.run_local(store, nq).rows) == len(q.run_local(sample_graph, nq).rows) == 2
    count = q.resolve("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert int(q.run_local(store, count).rows[0]["n"]) == len(graphio.union(sample_graph))


# ---- parameters are RDF terms ----

@pytest.mark.parametrize("value", HOSTILE)
@pytest.mark.parametrize("timeout", [None, 60])
def test_store_hostile_parameter_is_a_value(store: OxigraphStore, value: str, timeout) -> None:
    before = len(store)
    assert q.run_local(store, q.resolve("actor"), {"actor": value}, timeout=timeout).rows == []
    assert len(store) == before


@pytest.mark.parametrize("text, added", [
    ("SELECT ?s WHERE { ?s ?p ?o FILTER(?o = ?v) }", ["v"]),
    ("SELECT DISTINCT ?s WHERE { ?s ?p ?o FILTER(?o = ?v) }", ["v"]),
    ("SELECT ?s ?v WHERE { ?s ?p ?o FILTER(?o = ?v) }", []),
    ("SELECT ?s (COUNT(*) AS ?n) WHERE { ?s ?p ?o FILTER(?o = ?v) } GROUP BY ?s", ["v"]),
    ("# SELECT ?x in a comment\nSELECT ?s WHERE { ?s ?p \"SELECT {\" FILTER(?s != ?v) }", ["v"]),
    ("PREFIX ex: <http://e.x/SELECT> SELECT ?s { ?s ex:p ?o FILTER(?o = ?v) }", ["v"]),
    ("SELECT * WHERE { ?s ?p ?o FILTER(?o = ?v) }", ["v"]),
])
def test_store_project_params(text: str, added: list[str]) -> None:
    import pyoxigraph as ox

    out, got = project_params(text, ["v"])
    assert got == added
    st = ox.Store()
    st.add(ox.Quad(ox.NamedNode("http://e.x/a"), ox.NamedNode("http://e.x/p"), ox.Literal("x")))
    list(st.query(out, substitutions={ox.Variable("v"): ox.Literal("x")}))  # pyoxigraph accepts it


def test_store_parameter_name_must_be_a_variable() -> None:
    with pytest.raises(QueryError, match="not a SPARQL variable name"):
        project_params("SELECT ?s WHERE { ?s ?p ?o }", ["a b"])


def test_store_user_query_with_parameter(sample_graph, store: OxigraphStore) -> None:
    nq = q.parse_header("user", "# param: who string  a Wikidata id\n"
                                "PREFIX kg: <https://w3id.org/news-kg/ontology#>\n"
                                "PREFIX owl: <http://www.w3.org/2002/07/owl#>\n"
                                "SELECT ?cameo (COUNT(*) AS ?n) { ?e kg:source ?s ; kg:cameoCode ?cameo . ?s owl:sameAs ?wd\n"
                                "  FILTER(STR(?wd) = CONCAT(\"http://www.wikidata.org/entity/\", ?who)) }\n"
                                "GROUP BY ?cameo ORDER BY ?cameo")
    local = q.run_local(sample_graph, nq, {"who": "Q6279"})
    assert "042" in {str(r["cameo"]) for r in local.rows}
    remote = q.run_local(store, nq, {"who": "Q6279"})
    assert remote.vars == ["cameo", "n"]
    assert rows_of(remote) == rows_of(local)


# ---- how the store runs queries: planned texts, ORDER BY in Python ----

def test_store_planned_questions_are_used_only_for_their_own_text() -> None:
    from kg.resources import queries_dir
    from kg.store import oxigraph_plan

    planned = sorted(p.stem for p in (queries_dir() / "oxigraph").glob("*.rq"))
    assert {"events", "network", "timeline"} <= set(planned)
    for name in planned:
        plain = q.named_queries()[name]  # each plan is the plan of a named question
        assert oxigraph_plan(name, plain.text) != plain.text
        assert q.parse_header(name, oxigraph_plan(name, plain.text)).params == plain.params
        edited = plain.text.replace("ORDER BY", "# edited\nORDER BY")
        assert oxigraph_plan(name, edited) == edited  # a user's own version runs as written
    assert oxigraph_plan("query", "SELECT * { ?s ?p ?o }") == "SELECT * { ?s ?p ?o }"


@pytest.mark.parametrize("text, keys", [
    ("SELECT ?a ?b { ?a ?p ?b } ORDER BY ?a ?b", [("a", False), ("b", False)]),
    ("SELECT ?a ?b { ?a ?p ?b }\nORDER BY DESC(?b) ASC(?a) # last", [("b", True), ("a", False)]),
    ("SELECT ?a { { SELECT ?a { ?a ?p ?b } ORDER BY ?b } }", None),  # a sub-select's ORDER BY stays
    ("SELECT ?a { ?a ?p ?b } ORDER BY STR(?a)", None),
    ("SELECT ?a { ?a ?p ?b } ORDER BY ?a LIMIT 3", None),
    ("SELECT ?a { ?a ?p \"ORDER BY ?a\" }", None),
])
def test_store_split_order_by(text: str, keys) -> None:
    from kg.store import split_order_by

    got = split_order_by(text)
    assert (got[1] if got else None) == keys
    if got:
        assert "ORDER" not in got[0]


@pytest.mark.parametrize("order", ["?date ?event", "DESC(?date) ?event", "?label DESC(?event)", "DESC(?n) ?event"])
def test_store_order_by_same_as_file(sample_graph, store: OxigraphStore, order: str) -> None:
    """Sorted in Python (dates, IRIs, strings, decimals, unbound values, keys in both directions): the
    same order as rdflib."""
    text = ("PREFIX kg: <https://w3id.org/news-kg/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
            "SELECT ?event ?date ?label ?n WHERE { ?event a kg:Event ; kg:confidence ?n .\n"
            "  OPTIONAL { ?event kg:date ?date }\n"
            "  OPTIONAL { ?event kg:target/rdfs:label ?label FILTER(LANG(?label) = \"\") } }\n"
            f"ORDER BY {order}")
    nq = q.parse_header("ordered", text)
    on_file, on_store = q.run_local(sample_graph, nq), q.run_local(store, nq)
    assert len({str(r["event"]) for r in on_file.rows}) == len(on_file.rows) > 5  # one row per event: no ties
    assert rows_of(on_store) == rows_of(on_file)


def test_store_order_by_language_tags_left_to_the_engine(sample_graph, store: OxigraphStore) -> None:
    from kg.store import sort_rows

    text = ("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
            "SELECT ?who ?label WHERE { ?who rdfs:label ?label FILTER(LANG(?label) != \"\") } ORDER BY ?label ?who")
    nq = q.parse_header("tagged", text)
    on_file, on_store = q.run_local(sample_graph, nq), q.run_local(store, nq)
    assert len(on_file.rows) > 5
    assert sort_rows(on_file, [("label", False)]) is None  # not sorted in Python
    # the engines order tagged strings each their own way (SPARQL leaves it open): the store keeps Oxigraph's
    assert sorted(rows_of(on_store)) == sorted(rows_of(on_file))
    engine = [[str(s["who"]), str(s["label"])] for s in store._store.query(text)]
    assert [[f"<{r['who']}>", f'"{r["label"]}"@{r["label"].language}'] for r in on_store.rows] == engine


# ---- safe queries ----

@pytest.mark.parametrize("text", [
    "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    "SELECT * FROM <http://127.0.0.1:9/g.ttl> WHERE { ?s ?p ?o }",
])
def test_store_network_refused(store: OxigraphStore, text: str) -> None:
    with pytest.raises(QueryError, match="--allow-network"):
        q.run_local(store, q.resolve(text))


@pytest.mark.parametrize("text", [
    "INSERT DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }",
    "DROP ALL", "CLEAR DEFAULT", "LOAD <http://127.0.0.1:9/x.ttl>",
])
def test_store_updates_refused(store: OxigraphStore, text: str) -> None:
    before = len(store)
    with pytest.raises(QueryError, match="update operations are refused"):
        store.query(text)
    assert len(store) == before


@pytest.mark.parametrize("text, kind", [("ASK { ?s ?p ?o }", "ASK"),
                                        ("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 1", "CONSTRUCT")])
@pytest.mark.parametrize("timeout", [None, 60])
def test_store_only_select(store: OxigraphStore, text: str, kind: str, timeout) -> None:
    with pytest.raises(QueryError, match=f"is a {kind} query; only SELECT"):
        q.run_local(store, q.resolve(text), timeout=timeout)


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_store_query_timeout(sample_graph, store: OxigraphStore, engine: str) -> None:
    import threading

    source = store if engine == "oxigraph" else DatasetStore(sample_graph)
    threads = threading.active_count()
    start = time.monotonic()
    with pytest.raises(QueryError, match=r"took longer than 1 s and was stopped"):
        q.run_local(source, q.resolve(SLOW), timeout=1)
    assert time.monotonic() - start < 5
    time.sleep(0.5)
    assert threading.active_count() <= threads  # the worker is gone, not still computing


def test_store_query_error_is_query_error(store: OxigraphStore) -> None:
    with pytest.raises(QueryError, match="bad SPARQL"):
        q.run_local(store, q.resolve("SELECT * WHERE { ?s ?p }"))


# ---- writing: one named graph per article ----

def person(key: str, label: str, qid: str | None = None) -> Entity:
    return Entity(key=key, type="Person", label=label, qid=qid)


def article_graph(aid: str, text: str, entities: list[Entity], code: str = "042") -> Graph:
    sent = Sentence(0, len(text), text)
    ents = {e.key: e for e in entities}
    ev = Event(cameo=code, sentence=sent, trigger="visited", trigger_start=5, trigger_end=12,
               source=entities[0].key, target=entities[-1].key)
    mentions = [Mention(0, 4, entities[0].label[:4], entities[0].key)]
    ag = ArticleGraph(article=Article(id=aid, text=text, lang="en"), sentences=[sent], entities=ents,
                      mentions=mentions, events=[ev])
    g = Graph(identifier=rdf.article_iri(aid))
    for t in rdf.article_triples(ag):
        g.add(t)
    return g


ANNA = person("Person:anna-berg", "Anna Berg")
OMAR = person("Person:omar-said", "Omar Said", "Q900007")


def labels(st, key: str) -> set[str]:
    iri = rdf.entity_iri(key)
    text = f"PREFIX rdfs: <{RDFS}> SELECT ?l WHERE {{ <{iri}> rdfs:label ?l }}"
    return {str(r["l"]) for r in q.run_local(st, q.resolve(text)).rows}


def n_events(st) -> int:
    text = f"PREFIX kg: <{KG._NS}> SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{ ?e a kg:Event }}"
    return int(q.run_local(st, q.resolve(text)).rows[0]["n"])


@pytest.mark.parametrize("kind", ["oxigraph", "rdflib"])
def test_store_articles_added_rebuilt_removed(tmp_path: Path, kind: str) -> None:
    st = OxigraphStore(tmp_path / "st") if kind == "oxigraph" else DatasetStore()
    a = article_graph("a", "Anna visited Omar.", [ANNA, OMAR])
    b = article_graph("b", "Omar visited Anna.", [OMAR, ANNA])
    st.add_article(a)
    size_a = len(graphio.union(st.to_dataset()))
    st.add_article(b)  # adding b adds only b
    assert n_events(st) == 2
    assert labels(st, OMAR.key) == {"Omar Said"}
    st.add_article(a)  # building a again replaces a: nothing doubles
    assert n_events(st) == 2
    a2 = article_graph("a", "Anna visited Omar again.", [ANNA, OMAR], code="043")
    st.add_article(a2)  # no stale facts of the old a
    codes = q.run_local(st, q.resolve(f"PREFIX kg: <{KG._NS}> SELECT ?c WHERE {{ ?e kg:cameoCode ?c }} ORDER BY ?c"))
    assert [str(r["c"]) for r in codes.rows] == ["042", "043"]
    assert st.remove("b") is True
    assert st.remove("b") is False
    assert n_events(st) == 1
    assert labels(st, OMAR.key) == {"Omar Said"}  # still stated by a
    assert st.remove("a") is True
    assert labels(st, OMAR.key) == set() and n_events(st) == 0
    st.add_article(a)
    assert len(graphio.union(st.to_dataset())) == size_a
    st.close()


def test_store_rebuild_keeps_shared_facts_of_other_articles(tmp_path: Path) -> None:
    st = OxigraphStore(tmp_path / "st")
    st.add_article(article_graph("a", "Anna visited Omar.", [ANNA, OMAR]))
    st.add_article(article_graph("b", "Omar visited Anna.", [OMAR, ANNA]))
    renamed = person("Person:omar-said", "Omar S.")
    st.add_article(article_graph("a", "Anna visited Omar S.", [ANNA, renamed]))
    assert labels(st, OMAR.key) == {"Omar Said", "Omar S."}  # b still says 'Omar Said'
    st.remove("b")
    assert labels(st, OMAR.key) == {"Omar S."}
    st.close()


def test_store_reopened_keeps_everything(tmp_path: Path, sample_graph) -> None:
    st = OxigraphStore(tmp_path / "st")
    st.add_dataset(sample_graph)
    n = len(st)
    st.close()
    again = OxigraphStore(tmp_path / "st", read_only=True)
    assert len(again) == n
    assert sorted(again.articles()) == sorted(str(g.identifier) for g in sample_graph.graphs() if len(g))


def test_store_is_locked_by_its_writer(tmp_path: Path) -> None:
    st = OxigraphStore(tmp_path / "st")
    with pytest.raises(InputError, match="open for writing in another process"):
        OxigraphStore(tmp_path / "st")
    OxigraphStore(tmp_path / "st", read_only=True)  # readers are welcome
    st.close()
    OxigraphStore(tmp_path / "st").close()  # the lock went with the writer


def test_store_refuses_folders_that_are_not_stores(tmp_path: Path) -> None:
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "a.txt").write_text("hello")
    with pytest.raises(InputError, match="holds other files, not an Oxigraph store"):
        OxigraphStore(tmp_path / "notes")
    with pytest.raises(InputError, match="not an Oxigraph store"):
        open_source(tmp_path / "notes")
    assert sorted(p.name for p in (tmp_path / "notes").iterdir()) == ["a.txt"]  # nothing written there
    OxigraphStore(tmp_path / "empty").close()
    with pytest.raises(KgError, match="opened read-only"):
        OxigraphStore(tmp_path / "empty", read_only=True).remove("x")


# ---- streaming dumps and loads ----

def canonical(g: Graph) -> Graph:
    """The graph as Oxigraph keeps it: derived integer types (the character offsets, typed
    xsd:nonNegativeInteger) are stored as xsd:integer, with the same value."""
    from rdflib.namespace import XSD

    out = Graph()
    for s, p, o in g:
        if isinstance(o, Literal) and o.datatype == XSD.nonNegativeInteger:
            o = Literal(str(o), datatype=XSD.integer)
        out.add((s, p, o))
    return out


@pytest.mark.parametrize("suffix", [".nq", ".trig", ".nt", ".ttl", ".jsonld"])
def test_store_dump_round_trip(store: OxigraphStore, sample_graph, tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"dump{suffix}"
    store.dump(out)
    back = graphio.read(out)
    assert isomorphic(graphio.union(back), canonical(graphio.union(sample_graph)))
    if suffix in (".nq", ".trig"):
        names = {str(g.identifier) for g in back.graphs() if len(g)}
        assert names == {str(g.identifier) for g in sample_graph.graphs() if len(g)}
    assert [p.name for p in tmp_path.iterdir()] == [out.name]  # no temporary file left


def test_store_bulk_load_replaces_graphs(store_dir: Path, sample_graph, tmp_path: Path) -> None:
    nq = tmp_path / "samples.nq"
    graphio.write(sample_graph, nq)
    st = OxigraphStore(tmp_path / "bulk")
    assert st.load_quads(lambda: file_quads(nq)) == (5, len(list(sample_graph.quads((None, None, None, None)))))
    n = len(st)
    st.load_quads(lambda: file_quads(nq))  # again: the same graphs, replaced
    assert len(st) == n
    ref = OxigraphStore(store_dir, read_only=True)
    assert len(ref) == n
    events = q.resolve("events")
    assert rows_of(q.run_local(st, events)) == rows_of(q.run_local(sample_graph, events))
    st.close()


def test_store_bulk_load_triples_need_a_graph(sample_ttl: Path, tmp_path: Path) -> None:
    st = OxigraphStore(tmp_path / "bulk")
    with pytest.raises(InputError, match="give --graph IRI"):
        st.load_quads(lambda: file_quads(sample_ttl))
    assert st.load_quads(lambda: file_quads(sample_ttl), graph="https://example.org/all")[0] == 1
    assert st.articles() == ["https://example.org/all"]
    st.close()


@pytest.mark.parametrize("suffix", [".nt", ".nq"])
def test_store_graphio_streams_line_formats(sample_graph, tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"g{suffix}"
    graphio.write(sample_graph, out)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == (len(graphio.union(sample_graph)) if suffix == ".nt"
                          else len(list(sample_graph.quads((None, None, None, None)))))
    assert isomorphic(graphio.union(graphio.read(out)), graphio.union(sample_graph))


def test_store_graphio_read_folder_and_file_agree(store_dir: Path, sample_graph) -> None:
    assert isomorphic(graphio.union(graphio.read(store_dir)), canonical(graphio.union(sample_graph)))


# ---- the CLI on a store ----

def run(runner: CliRunner, *args, **kw):
    return runner.invoke(main, [str(a) for a in args], catch_exceptions=False, **kw)


@pytest.mark.parametrize("name", sorted(q.named_queries()))
def test_store_cli_query_same_output(runner, sample_ttl: Path, store_dir: Path, name: str) -> None:
    params = ["-p", "actor=Poutine"] if name == "actor" else []
    on_file = run(runner, "query", sample_ttl, name, "-f", "tsv", *params)
    on_store = run(runner, "query", store_dir, name, "-f", "tsv", *params)
    assert on_file.exit_code == on_store.exit_code == 0, on_store.output
    assert on_store.stdout == on_file.stdout


@pytest.mark.parametrize("suffix", [".csv", ".json", ".graphml"])
def test_store_cli_export_same_output(runner, sample_ttl: Path, store_dir: Path, tmp_path: Path, suffix: str) -> None:
    a, b = tmp_path / f"file{suffix}", tmp_path / f"store{suffix}"
    assert run(runner, "export", sample_ttl, "-o", a).exit_code == 0
    result = run(runner, "export", store_dir, "-o", b)
    assert result.exit_code == 0, result.output
    assert b.read_bytes() == a.read_bytes()


def test_store_cli_export_graph_validate_viz(runner, store_dir: Path, sample_graph, tmp_path: Path) -> None:
    assert run(runner, "export", store_dir, "-o", tmp_path / "g.trig").exit_code == 0
    assert isomorphic(graphio.union(graphio.read(tmp_path / "g.trig")), canonical(graphio.union(sample_graph)))
    result = run(runner, "validate", store_dir)
    assert result.exit_code == 0 and f"{store_dir}: conforms" in result.stdout
    result = run(runner, "viz", store_dir, "-o", tmp_path / "g.html")
    assert result.exit_code == 0 and "actors" in result.stderr


def test_store_cli_query_timeout(runner, store_dir: Path, sample_ttl: Path) -> None:
    for source in (store_dir, sample_ttl):
        start = time.monotonic()
        result = run(runner, "query", source, SLOW, "--timeout", "1")
        assert result.exit_code == 1
        assert "took longer than 1 s and was stopped" in result.stderr
        assert time.monotonic() - start < 8


def test_store_cli_query_not_a_store(runner, tmp_path: Path) -> None:
    result = run(runner, "query", tmp_path, "events")
    assert result.exit_code == 1
    assert "not an Oxigraph store" in result.stderr


EN = ("Biden visits Kyiv\n\nU.S. President Joe Biden visited Kyiv on Monday and met Ukrainian President "
      "Volodymyr Zelensky.\n")
EN2 = ("Biden visits Kyiv\n\nU.S. President Joe Biden visited Warsaw on Tuesday and met Polish President "
       "Andrzej Duda.\n")


@pytest.mark.slow
def test_store_cli_build_add_rebuild_remove(runner, tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "kyiv.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "in" / "other.txt").write_text(EN2.replace("Biden visits Kyiv", "Biden in Warsaw"), encoding="utf-8")
    st = tmp_path / "store"
    result = run(runner, "build", tmp_path / "in" / "kyiv.txt", "--store", st)
    assert result.exit_code == 0, result.output
    assert "the store holds 1 articles" in result.stderr
    result = run(runner, "build", tmp_path / "in" / "other.txt", "--store", st, "-o", tmp_path / "other.ttl")
    assert result.exit_code == 0, result.output
    assert "the store holds 2 articles" in result.stderr and (tmp_path / "other.ttl").is_file()

    def visits() -> list[list[str]]:
        out = run(runner, "query", st, "visits", "-f", "csv")
        assert out.exit_code == 0, out.output
        return list(csv.reader(io.StringIO(out.stdout)))[1:]

    before = visits()
    assert {("Joe Biden", "Ukraine")} <= {(r[2], r[3]) for r in before}
    result = run(runner, "build", tmp_path / "in" / "kyiv.txt", "--store", st)  # again: replaced, not doubled
    assert "the store holds 2 articles" in result.stderr
    assert sorted(visits()) == sorted(before)
    # the article changes: building it again leaves none of its old facts
    (tmp_path / "in" / "kyiv.txt").write_text("Biden at home\n\nU.S. President Joe Biden stayed in Washington on "
                                              "Monday.\n", encoding="utf-8")
    result = run(runner, "build", tmp_path / "in" / "kyiv.txt", "--store", st)
    assert result.exit_code == 0, result.output
    assert ("Joe Biden", "Ukraine") not in {(r[2], r[3]) for r in visits()}
    result = run(runner, "remove", "other", "--store", st)
    assert result.exit_code == 0 and "removed other" in result.stderr and "1 articles left" in result.stderr
    assert visits() == []
    result = run(runner, "remove", "other", "--store", st)
    assert result.exit_code == 1 and "no article 'other'" in result.stderr


def test_store_cli_build_needs_a_destination(runner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["build", str(tmp_path)])
    assert result.exit_code == 2
    assert "--output" in result.stderr and "--store" in result.stderr


def test_store_cli_push_into_store(runner, sample_graph, tmp_path: Path) -> None:
    nq = tmp_path / "g.nq"
    graphio.write(sample_graph, nq)
    result = run(runner, "push", nq, "--store", tmp_path / "st")
    assert result.exit_code == 0, result.output
    assert "5 graphs" in result.stderr
    st = OxigraphStore(tmp_path / "st", read_only=True)
    assert rows_of(q.run_local(st, q.resolve("visits"))) == rows_of(q.run_local(sample_graph, q.resolve("visits")))


def test_store_cli_push_and_export_stream_without_rdflib(runner, sample_graph, tmp_path: Path, monkeypatch) -> None:
    """A big N-Quads file goes into a store, and a store out to N-Quads / N-Triples, through Oxigraph's
    parser, bulk loader and serializer: never a whole rdflib graph (its parsers and serializers fail here)."""
    import rdflib

    nq = tmp_path / "g.nq"
    graphio.write(sample_graph, nq)

    def refuse(*a, **kw):
        raise AssertionError("went through an in-memory rdflib graph")

    for cls in (rdflib.Graph, rdflib.Dataset, rdflib.ConjunctiveGraph):
        monkeypatch.setattr(cls, "parse", refuse)
        monkeypatch.setattr(cls, "serialize", refuse)
        monkeypatch.setattr(cls, "add", refuse)
    result = run(runner, "push", nq, "--store", tmp_path / "st")
    assert result.exit_code == 0, result.output
    for suffix in (".nq", ".nt"):
        result = run(runner, "export", tmp_path / "st", "-o", tmp_path / f"out{suffix}")
        assert result.exit_code == 0, result.output
    monkeypatch.undo()
    assert len(graphio.read(tmp_path / "out.nq")) == len(sample_graph)
    assert isomorphic(graphio.union(graphio.read(tmp_path / "out.nt")), canonical(graphio.union(sample_graph)))


def test_store_dataset_store_matches_rdflib(sample_graph) -> None:
    ds = DatasetStore(sample_graph)
    for name in ("events", "visits"):
        assert rows_of(q.run_local(ds, q.resolve(name))) == rows_of(q.run_local(sample_graph, q.resolve(name)))
    assert (URIRef("https://w3id.org/news-kg/id/entity/Q7747"), OWL.sameAs,
            URIRef("http://www.wikidata.org/entity/Q7747")) in ds.union_graph()

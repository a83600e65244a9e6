"""kg.query: named questions, parameter binding, refusals (updates, network), result formats."""
from __future__ import annotations

import csv
import io
import json

import pytest
from rdflib import Dataset, Literal, URIRef

from kg import query as q
from kg.errors import QueryError
from kg.namespaces import WD

EVENTS_VARS = ["event", "type", "cameo", "source", "sourceLabel", "sourceWikidata", "target", "targetLabel",
               "targetWikidata", "place", "placeLabel", "date", "factuality", "reportedBy", "sentence", "article"]
ENTITIES_VARS = ["entity", "type", "label", "wikidata", "mentions"]
FACTUALITY = {"asserted", "reported", "hypothetical", "negated", "future"}


def s(row: dict, var: str) -> str | None:
    v = row.get(var)
    return None if v is None else str(v)


def triples(row: dict) -> tuple:
    return s(row, "sourceLabel"), s(row, "cameo"), s(row, "targetLabel")


def n_quads(ds: Dataset) -> int:
    return sum(1 for _ in ds.quads((None, None, None, None)))


# What each named question must answer on the samples: an invariant of every row, and facts the samples
# state plainly (README of kg/data/samples). A new .rq file needs an entry here.
def check_actor(rows):
    assert rows and all("Vladimir Putin" in (s(r, "sourceLabel"), s(r, "targetLabel")) for r in rows)
    assert {s(r, "role") for r in rows} == {"source", "target"}


def check_criticism(rows):
    assert all(s(r, "cameo")[:2] == "11" and s(r, "cameo") != "110" for r in rows)


def check_entities(rows):
    by_entity = {s(r, "entity"): r for r in rows}
    putin = by_entity["https://w3id.org/news-kg/id/entity/Q7747"]
    assert (s(putin, "type"), s(putin, "label"), putin["wikidata"]) == ("Person", "Vladimir Putin", WD.Q7747)
    assert int(putin["mentions"]) >= 5
    assert s(by_entity["https://w3id.org/news-kg/id/entity/Q159"], "type") == "Country"
    assert all(s(r, "type") in {"Person", "Organization", "Country", "Place"} for r in rows)
    mentions = [int(r["mentions"]) for r in rows]
    assert mentions == sorted(mentions, reverse=True)


def check_events(rows):
    assert ("Joe Biden", "042", "Ukraine") in {triples(r) for r in rows}
    assert ("European Union", "163", "Iran") in {triples(r) for r in rows}
    assert all(s(r, "factuality") in FACTUALITY for r in rows)
    assert all(s(r, "type") == "https://w3id.org/news-kg/cameo/" + s(r, "cameo") for r in rows)


def check_meetings(rows):
    assert ("Kim Jong Un", "042", "Vladimir Putin") in {triples(r) for r in rows}
    assert all(s(r, "cameo").startswith("04") or s(r, "cameo") == "036" for r in rows)


def check_network(rows):
    assert ("Kim Jong Un", "042", "Vladimir Putin") in {triples(r) for r in rows}
    assert all(r.get("source") is not None and r.get("target") is not None for r in rows)
    assert all(s(r, "root") == s(r, "cameo")[:2] for r in rows)


def check_relations(rows):
    found = {(s(r, "subjectLabel"), s(r, "relation"), s(r, "objectLabel")) for r in rows}
    assert ("Vladimir Putin", "leaderOf", "Russia") in found
    assert ("Joe Biden", "leaderOf", "United States") in found


def check_requests(rows):
    assert all(s(r, "cameo")[:2] == "02" for r in rows)


def check_sanctions(rows):
    assert ("European Union", "163", "Iran") in {triples(r) for r in rows}
    assert all(s(r, "cameo") in ("163", "1312") for r in rows)


def check_sources(rows):
    assert rows and all(r.get("reporter") is not None for r in rows)


def check_timeline(rows):
    days = [s(r, "day") for r in rows]
    assert days and None not in days and days == sorted(days)
    assert "2023-09-13" in days


def check_visits(rows):
    found = {triples(r) for r in rows}
    assert ("Joe Biden", "042", "Ukraine") in found
    assert ("Ukraine", "043", "Joe Biden") in found
    assert all(s(r, "cameo") in ("042", "043") for r in rows)


def check_viz_actors(rows):
    by_actor = {}
    for r in rows:
        by_actor.setdefault(s(r, "actor"), set()).add((s(r, "label"), getattr(r.get("label"), "language", None)))
    putin = by_actor["https://w3id.org/news-kg/id/entity/Q7747"]
    assert ("Vladimir Putin", "en") in putin and ("Vladimir Poutine", "fr") in putin
    assert all(s(r, "type") in {"Person", "Organization", "Country", "Place"} for r in rows)


def check_viz_events(rows):
    assert rows and all(r.get("source") is not None and r.get("target") is not None for r in rows)
    assert all(s(r, "root") == s(r, "cameo")[:2] and s(r, "factuality") in FACTUALITY for r in rows)
    assert all(s(r, "sentence") and r.get("article") is not None for r in rows)
    assert "2023-09-13" in {s(r, "published") for r in rows}


def check_warnings(rows):
    assert ("United States", "130", "North Korea") in {triples(r) for r in rows}
    assert all(s(r, "cameo")[:2] == "13" or s(r, "cameo") == "110" for r in rows)


CHECKS = {name[len("check_"):]: f for name, f in globals().items() if name.startswith("check_")}
PARAMS = {"actor": {"actor": "Q7747"}}


@pytest.mark.parametrize("name", sorted(q.named_queries()))
def test_query_named_runs_on_samples(sample_graph: Dataset, name: str) -> None:
    nq = q.named_queries()[name]
    assert nq.title, f"queries/{name}.rq has no '# title:' line"
    assert nq.description, f"queries/{name}.rq has no '# description:' line"
    assert name in CHECKS, f"add a check_{name}() for queries/{name}.rq"
    res = q.run_local(sample_graph, nq, PARAMS.get(name, {}))
    assert res.vars
    for row in res.rows:
        assert set(row) <= set(res.vars)
    CHECKS[name](res.rows)


@pytest.mark.parametrize("actor", ["Q7747", "Vladimir Putin", "Vladimir Poutine", "vladimir poutine", "Poutine",
                                   "Putin"])
def test_query_actor_by_id_label_or_name(sample_graph: Dataset, actor: str) -> None:
    res = q.run_local(sample_graph, q.resolve("actor"), {"actor": actor})
    check_actor(res.rows)
    by_id = q.run_local(sample_graph, q.resolve("actor"), {"actor": "Q7747"})
    assert sorted(str(r["event"]) for r in res.rows) == sorted(str(r["event"]) for r in by_id.rows)


@pytest.mark.parametrize("actor", ["Q999999999", "Vladimir", "Nobody At All", "7747"])
def test_query_actor_unknown_has_no_rows(sample_graph: Dataset, actor: str) -> None:
    assert q.run_local(sample_graph, q.resolve("actor"), {"actor": actor}).rows == []


def test_query_events_contract(sample_graph: Dataset) -> None:
    res = q.run_local(sample_graph, q.resolve("events"))
    assert res.vars == EVENTS_VARS
    events = [str(r["event"]) for r in res.rows]
    assert len(events) == len(set(events))  # one row per event
    for row in res.rows:
        for var in ("sourceWikidata", "targetWikidata"):
            if var in row:
                assert isinstance(row[var], URIRef)
                assert str(row[var]).startswith("http://www.wikidata.org/entity/Q"), row[var]
                assert str(row[var])[len("http://www.wikidata.org/entity/Q"):].isdigit()
    biden = [r for r in res.rows if triples(r) == ("Joe Biden", "042", "Ukraine")]
    assert biden and biden[0]["sourceWikidata"] == WD.Q6279 and biden[0]["targetWikidata"] == WD.Q212


def test_query_entities_contract(sample_graph: Dataset) -> None:
    assert q.run_local(sample_graph, q.resolve("entities")).vars == ENTITIES_VARS


HOSTILE = ['"} ; DROP ALL ; INSERT DATA {', '" || true || "', "Q7747' OR '1'='1", "Q7747 #", "Q7747\n}",
           "}", '\\"', "<http://example.org/x>"]


@pytest.mark.parametrize("value", HOSTILE)
def test_query_hostile_parameter_is_a_value(sample_graph: Dataset, value: str) -> None:
    before = n_quads(sample_graph)
    res = q.run_local(sample_graph, q.resolve("actor"), {"actor": value})
    assert res.rows == []
    assert n_quads(sample_graph) == before


def test_query_bind_params_types() -> None:
    nq = q.parse_header("t", "# param: who iri  an IRI\n# param: name string  a name\nSELECT * WHERE { ?s ?p ?o }")
    assert q.bind_params(nq, {"who": "http://x/a", "name": "Kim"}) == {"who": URIRef("http://x/a"),
                                                                       "name": Literal("Kim")}


NETWORK_QUERIES = [
    pytest.param("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", id="service"),
    pytest.param("SELECT * WHERE { ?a ?b ?c . { SELECT * WHERE { SERVICE SILENT <http://127.0.0.1:9/q> "
                 "{ ?s ?p ?o } } } }", id="nested-service"),
    pytest.param("SELECT * FROM <http://127.0.0.1:9/g.ttl> WHERE { ?s ?p ?o }", id="from"),
    pytest.param("SELECT * FROM NAMED <http://127.0.0.1:9/g.ttl> WHERE { GRAPH ?g { ?s ?p ?o } }",
                 id="from-named"),
    pytest.param("PREFIX ex: <http://example.org/>\nSELECT ?s # FROM in a comment is harmless\n"
                 "FROM <http://127.0.0.1:9/g.ttl> WHERE { ?s ?p ?o }", id="from-after-comment"),
]


@pytest.mark.parametrize("text", NETWORK_QUERIES)
def test_query_network_refused_by_check(text: str) -> None:
    with pytest.raises(QueryError, match="--allow-network"):
        q.check_safe(text)


@pytest.mark.parametrize("text", NETWORK_QUERIES)
def test_query_network_refused_by_run_local(text: str) -> None:
    # the IRIs point at the discard port of this machine: should the check fail, nothing leaves it
    with pytest.raises(QueryError, match="--allow-network"):
        q.run_local(Dataset(), q.resolve(text))


def test_query_evaluation_error_is_query_error() -> None:
    text = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"  # this machine's discard port
    with pytest.raises(QueryError, match="failed"):
        q.run_local(Dataset(), q.resolve(text), allow_network=True)


@pytest.mark.parametrize("text", [
    "INSERT DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }",
    "DELETE WHERE { ?s ?p ?o }",
    "DROP ALL",
    "CLEAR DEFAULT",
    "LOAD <http://127.0.0.1:9/x.ttl>",
    "PREFIX ex: <http://example.org/> INSERT { ex:a ex:b ?o } WHERE { ?s ?p ?o }",
])
def test_query_update_refused(sample_graph: Dataset, text: str) -> None:
    before = n_quads(sample_graph)
    with pytest.raises(QueryError, match="update operations are refused"):
        q.run_local(sample_graph, q.parse_header("update", text))
    assert n_quads(sample_graph) == before


def test_query_update_text_is_not_a_query_spec() -> None:
    with pytest.raises(QueryError, match="unknown query"):
        q.resolve("INSERT DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }")


@pytest.mark.parametrize("params, message", [
    ({"actor": "Q7747", "country": "Q159"}, "has no parameter ['country']"),
    ({"who": "Q7747"}, "has no parameter ['who']"),
    ({}, "needs --param actor="),
])
def test_query_parameter_errors_name_it(sample_graph: Dataset, params: dict, message: str) -> None:
    with pytest.raises(QueryError) as err:
        q.run_local(sample_graph, q.resolve("actor"), params)
    assert message in str(err.value)
    assert "'actor'" in str(err.value)


def test_query_parameter_on_query_without_parameters(sample_graph: Dataset) -> None:
    with pytest.raises(QueryError, match=r"query 'visits' has no parameter \['actor'\]; its parameters: none"):
        q.run_local(sample_graph, q.resolve("visits"), {"actor": "Q7747"})


@pytest.mark.parametrize("spec, message", [
    ("no-such-query", "unknown query 'no-such-query'"),
    ("missing.rq", "missing.rq: no such query file"),
    ("SELECT * WHERE { ?s ?p }", "bad SPARQL"),
])
def test_query_resolve_and_syntax_errors(sample_graph: Dataset, spec: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        q.run_local(sample_graph, q.resolve(spec))


def test_query_construct_refused(sample_graph: Dataset) -> None:
    with pytest.raises(QueryError, match="only SELECT"):
        q.run_local(sample_graph, q.resolve("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 1"))


def test_query_rq_file(sample_graph: Dataset, tmp_path) -> None:
    path = tmp_path / "kim.rq"
    path.write_text("# title: Kim's events\nPREFIX kg: <https://w3id.org/news-kg/ontology#>\n"
                    "SELECT ?cameo WHERE { ?e kg:source <https://w3id.org/news-kg/id/entity/Q56226> ; "
                    "kg:cameoCode ?cameo }", encoding="utf-8")
    nq = q.resolve(str(path))
    assert (nq.name, nq.title) == ("kim", "Kim's events")
    assert "042" in {str(r["cameo"]) for r in q.run_local(sample_graph, nq).rows}


# ---- result formats ----

@pytest.fixture(scope="module")
def events_result(sample_graph: Dataset) -> q.Result:
    return q.run_local(sample_graph, q.resolve("events"))


def test_query_to_json(events_result: q.Result) -> None:
    doc = json.loads(q.to_json(events_result))
    assert doc["head"]["vars"] == EVENTS_VARS
    bindings = doc["results"]["bindings"]
    assert len(bindings) == len(events_result.rows)
    first = bindings[0]
    assert first["event"]["type"] == "uri"
    assert first["cameo"] == {"type": "literal", "value": str(events_result.rows[0]["cameo"])}
    dated = [b for b in bindings if "date" in b]
    assert dated and dated[0]["date"]["datatype"] == "http://www.w3.org/2001/XMLSchema#date"


def test_query_to_csv(events_result: q.Result) -> None:
    rows = list(csv.reader(io.StringIO(q.to_csv(events_result))))
    assert rows[0] == EVENTS_VARS
    assert len(rows) == len(events_result.rows) + 1
    assert all(len(r) == len(EVENTS_VARS) for r in rows)
    body = [dict(zip(rows[0], r)) for r in rows[1:]]
    assert ("Joe Biden", "042", "Ukraine") in {(r["sourceLabel"], r["cameo"], r["targetLabel"]) for r in body}


def test_query_to_tsv_header_and_terms(events_result: q.Result) -> None:
    tsv = q.to_tsv(events_result)
    assert tsv.split("\n", 1)[0].split("\t") == [f"?{v}" for v in EVENTS_VARS]
    assert '\t"042"\t' in tsv
    assert "<http://www.wikidata.org/entity/Q6279>" in tsv
    assert '"2023-09-13"^^<http://www.w3.org/2001/XMLSchema#date>' in tsv


def test_query_to_tsv_one_line_per_row(events_result: q.Result) -> None:
    lines = q.to_tsv(events_result).rstrip("\n").split("\n")
    assert len(lines) == len(events_result.rows) + 1
    assert all(line.count("\t") == len(EVENTS_VARS) - 1 for line in lines)


@pytest.mark.parametrize("value, cell", [
    pytest.param('say "hi"', '"say \\"hi\\""', id="quotes"),
    pytest.param("two\nlines", '"two\\nlines"', id="newline"),
    pytest.param("a\tb", '"a\\tb"', id="tab"),
])
def test_query_to_tsv_escapes_literals(value: str, cell: str) -> None:
    res = q.Result(["x", "y"], [{"x": Literal(value), "y": Literal("fin", lang="fr")}])
    assert q.to_tsv(res) == f'?x\t?y\n{cell}\t"fin"@fr\n'


def test_query_to_table(events_result: q.Result) -> None:
    table = q.to_table(events_result, width=30)
    lines = table.split("\n")
    assert lines[0].split() == EVENTS_VARS
    assert lines[-1] == f"({len(events_result.rows)} rows)"
    assert "wd:Q6279" in table and "kgid:entity/Q6279" in table


# ---- remote endpoint (a local Oxigraph behind http.server: nothing leaves this machine) ----

def keyed(res: q.Result) -> list[tuple]:
    return sorted(tuple(str(row.get(v, "")) for v in res.vars) for row in res.rows)


@pytest.mark.parametrize("name", ["visits", "sanctions", "events"])
def test_query_endpoint_same_answer_as_local(sample_graph: Dataset, sparql_endpoint, name: str) -> None:
    url, received = sparql_endpoint
    nq = q.resolve(name)
    remote = q.run_endpoint(url, nq, timeout=20)
    local = q.run_local(sample_graph, nq)
    assert received[-1] == nq.text
    assert remote.vars == local.vars
    assert keyed(remote) == keyed(local)
    assert len(remote.rows) == len(local.rows) > 0


@pytest.mark.parametrize("actor", ["Q7747", "Vladimir Poutine"])
def test_query_endpoint_parameter_same_answer_as_local(sample_graph: Dataset, sparql_endpoint, actor: str) -> None:
    url, _ = sparql_endpoint
    nq = q.resolve("actor")
    local = q.run_local(sample_graph, nq, {"actor": actor})
    remote = q.run_endpoint(url, nq, {"actor": actor}, timeout=20)
    assert local.rows
    assert keyed(remote) == keyed(local)


@pytest.mark.parametrize("value", HOSTILE)
def test_query_endpoint_hostile_parameter_stays_a_literal(sparql_endpoint, value: str) -> None:
    from rdflib.plugins.sparql.parser import parseQuery

    url, received = sparql_endpoint
    res = q.run_endpoint(url, q.resolve("actor"), {"actor": value}, timeout=20)
    assert res.rows == []
    sent = received[-1]
    parseQuery(sent)  # still one well-formed SELECT query
    assert Literal(value).n3() in sent


def test_query_endpoint_refuses_updates_before_sending(sparql_endpoint) -> None:
    url, received = sparql_endpoint
    before = len(received)
    with pytest.raises(QueryError, match="update operations are refused"):
        q.run_endpoint(url, q.parse_header("u", "DROP ALL"), timeout=20)
    assert len(received) == before


def test_query_endpoint_unreachable() -> None:
    from kg.errors import EndpointError

    with pytest.raises(EndpointError, match=r"^http://127\.0\.0\.1:9/sparql: cannot query the endpoint"):
        q.run_endpoint("http://127.0.0.1:9/sparql", q.resolve("visits"), timeout=5)


USER_PARAM_QUERIES = [
    pytest.param("# title: Events of one actor\n# param: who string  a Wikidata id\n"
                 "PREFIX kg: <https://w3id.org/news-kg/ontology#>\nPREFIX owl: <http://www.w3.org/2002/07/owl#>\n"
                 "SELECT ?cameo WHERE { ?e kg:source ?s ; kg:cameoCode ?cameo . ?s owl:sameAs ?wd\n"
                 "  FILTER(STR(?wd) = CONCAT(\"http://www.wikidata.org/entity/\", ?who)) }", id="where"),
    pytest.param("# title: Events of one actor (no WHERE keyword, which SPARQL allows)\n"
                 "# param: who string  a Wikidata id\n"
                 "PREFIX kg: <https://w3id.org/news-kg/ontology#>\nPREFIX owl: <http://www.w3.org/2002/07/owl#>\n"
                 "SELECT ?cameo { ?e kg:source ?s ; kg:cameoCode ?cameo . ?s owl:sameAs ?wd\n"
                 "  FILTER(STR(?wd) = CONCAT(\"http://www.wikidata.org/entity/\", ?who)) }", id="no-where"),
    pytest.param("# title: Events of one actor\n# description: rows WHERE {who} is the source\n"
                 "# param: who string  a Wikidata id\n"
                 "PREFIX kg: <https://w3id.org/news-kg/ontology#>\nPREFIX owl: <http://www.w3.org/2002/07/owl#>\n"
                 "SELECT ?cameo WHERE { ?e kg:source ?s ; kg:cameoCode ?cameo . ?s owl:sameAs ?wd\n"
                 "  FILTER(STR(?wd) = CONCAT(\"http://www.wikidata.org/entity/\", ?who)) }", id="where-in-comment"),
]


@pytest.mark.parametrize("text", USER_PARAM_QUERIES)
def test_query_endpoint_user_query_with_parameter(sample_graph: Dataset, sparql_endpoint, text: str) -> None:
    url, _ = sparql_endpoint
    nq = q.parse_header("user", text)
    local = q.run_local(sample_graph, nq, {"who": "Q6279"})
    assert "042" in {str(r["cameo"]) for r in local.rows}  # Joe Biden visits
    remote = q.run_endpoint(url, nq, {"who": "Q6279"}, timeout=20)
    assert keyed(remote) == keyed(local)

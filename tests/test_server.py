"""Against a real SPARQL server: the `oxigraph` server (from the PyPI package `oxigraph`, in .venv/bin)
started on a free loopback port. Push (per-article graphs, idempotent, batched), query, the errors of an
unreachable server, an HTTP error and a rejected query, credentials from the environment, `kg serve`,
and online linking (`--link-online`) against a small Wikidata-style fixture. Nothing leaves 127.0.0.1.
"""
from __future__ import annotations

import base64
import json
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, URIRef
from rdflib.namespace import OWL

from kg import graphio
from kg import query as q
from kg import rdf
from kg.cli import main
from kg.errors import EndpointError
from kg.link import Linker, link_all
from kg.model import Article, ArticleGraph, Entity
from kg.sparqlhttp import AUTH_ENV, AUTH_TYPE_ENV
from kg.store import EndpointStore, OxigraphStore, file_quads, oxigraph_cli, push

PARAMS = {"actor": {"actor": "Vladimir Poutine"}}


def rows_of(res: q.Result) -> list[list[str | None]]:
    return [[row[v].n3() if v in row else None for v in res.vars] for row in res.rows]


@pytest.fixture(scope="session")
def oxigraph_exe() -> str:
    exe = oxigraph_cli()
    if exe is None:
        pytest.skip("the `oxigraph` server is not installed (pip install oxigraph puts it in .venv/bin); "
                    "the integration tests need it")
    return exe


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, proc: subprocess.Popen | None = None, seconds: float = 20.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"the server exited with status {proc.returncode}: "
                               f"{proc.stderr.read().decode() if proc.stderr else ''}")
        try:
            with urllib.request.urlopen(url + "?query=ASK%7B%7D", timeout=2):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"{url} did not answer within {seconds} s")


class OxigraphServer:
    """`oxigraph serve` on 127.0.0.1 and a free port; stopped by stop()."""

    def __init__(self, exe: str, location: Path, *extra: str):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.query_url, self.update_url = self.base + "/query", self.base + "/update"
        self.proc = subprocess.Popen([exe, "serve", "--location", str(location), "--bind", f"127.0.0.1:{self.port}",
                                      *extra], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            wait_for(self.query_url, self.proc)
        except Exception:
            self.stop()
            raise

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        if self.proc.stderr:
            self.proc.stderr.close()

    def count(self, pattern: str = "GRAPH ?g { ?s ?p ?o }") -> int:
        res = EndpointStore(self.query_url).query(f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}")
        return int(res.rows[0]["n"])


@pytest.fixture(scope="module")
def server(oxigraph_exe, tmp_path_factory, sample_graph):
    """A server holding the sample articles, pushed by `kg push --union-default`."""
    srv = OxigraphServer(oxigraph_exe, tmp_path_factory.mktemp("server") / "db")
    trig = tmp_path_factory.mktemp("push") / "samples.trig"
    graphio.write(sample_graph, trig)
    result = CliRunner().invoke(main, ["push", str(trig), "--endpoint", srv.update_url, "--union-default"])
    assert result.exit_code == 0, result.output
    srv.trig = trig
    yield srv
    srv.stop()


def run(runner: CliRunner, *args, **kw):
    return runner.invoke(main, [str(a) for a in args], catch_exceptions=False, **kw)


# ---- push, then the same answers ----

@pytest.mark.parametrize("name", sorted(q.named_queries()))
def test_server_named_question_same_as_file(server, sample_graph, name: str) -> None:
    nq = q.named_queries()[name]
    on_file = q.run_local(sample_graph, nq, PARAMS.get(name, {}))
    on_server = q.run_local(EndpointStore(server.query_url, timeout=30), nq, PARAMS.get(name, {}))
    assert on_server.vars == on_file.vars
    assert rows_of(on_server) == rows_of(on_file)


def test_server_push_report_and_graphs(server, sample_graph, runner) -> None:
    names = {str(g.identifier) for g in sample_graph.graphs() if len(g)}
    res = EndpointStore(server.query_url).query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert {str(r["g"]) for r in res.rows} == names  # one named graph per article
    assert server.count() == len(list(sample_graph.quads((None, None, None, None))))
    assert server.count("?s ?p ?o") == len(graphio.union(sample_graph))  # the default graph: their union


def test_server_push_again_is_idempotent(server, runner) -> None:
    before, union = server.count(), server.count("?s ?p ?o")
    result = run(runner, "push", server.trig, "--endpoint", server.update_url, "--union-default")
    assert result.exit_code == 0, result.output
    assert "5 graphs" in result.stderr and "in 1 requests" in result.stderr
    assert (server.count(), server.count("?s ?p ?o")) == (before, union)  # no duplicates


@pytest.mark.parametrize("how", ["cli-query", "cli-endpoint-option", "source-url"])
def test_server_cli_query_same_output(server, runner, sample_ttl: Path, how: str) -> None:
    on_file = run(runner, "query", sample_ttl, "visits", "-f", "tsv")
    if how == "cli-endpoint-option":
        on_server = run(runner, "query", "--endpoint", server.query_url, "visits", "-f", "tsv")
    else:
        on_server = run(runner, "query", server.query_url, "visits", "-f", "tsv", "--timeout", "20")
    assert on_server.exit_code == 0, on_server.output
    assert on_server.stdout == on_file.stdout


def test_server_cli_export_validate_viz(server, runner, sample_ttl: Path, sample_graph, tmp_path: Path) -> None:
    assert run(runner, "export", sample_ttl, "-o", tmp_path / "file.csv").exit_code == 0
    result = run(runner, "export", server.query_url, "-o", tmp_path / "server.csv")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "server.csv").read_bytes() == (tmp_path / "file.csv").read_bytes()
    result = run(runner, "export", server.query_url, "-o", tmp_path / "server.trig")
    assert result.exit_code == 0, result.output
    names = {str(g.identifier) for g in graphio.read(tmp_path / "server.trig").graphs() if len(g)}
    assert names == {str(g.identifier) for g in sample_graph.graphs() if len(g)}
    result = run(runner, "validate", server.query_url)
    assert result.exit_code == 0 and "conforms" in result.stdout, result.output
    result = run(runner, "viz", server.query_url, "-o", tmp_path / "g.html")
    assert result.exit_code == 0, result.output


# ---- per-article units, batches ----

def tiny_article(aid: str, label: str) -> Graph:
    ent = Entity(key="Person:tiny-" + aid, type="Person", label=label)
    ag = ArticleGraph(article=Article(id=aid, text=f"{label} spoke.", lang="en"), entities={ent.key: ent})
    g = Graph(identifier=rdf.article_iri(aid))
    for t in rdf.article_triples(ag):
        g.add(t)
    return g


def quads_of(*graphs: Graph):
    from kg.store import to_ox
    import pyoxigraph as ox

    for g in graphs:
        for s, p, o in g:
            yield ox.Quad(to_ox(s), to_ox(p), to_ox(o), to_ox(g.identifier))


def test_server_push_replaces_an_article(oxigraph_exe, tmp_path: Path) -> None:
    srv = OxigraphServer(oxigraph_exe, tmp_path / "db")
    try:
        a, b = tiny_article("a", "First Name"), tiny_article("b", "Other One")
        push(quads_of(a, b), srv.update_url, union_default=True)
        n = srv.count()
        push(quads_of(tiny_article("a", "Second Name")), srv.update_url, union_default=True)
        assert srv.count() == n
        labels = {str(r["l"]) for r in EndpointStore(srv.query_url).query(
            "SELECT ?l WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l }").rows}
        assert labels == {"Second Name", "Other One"}  # the old 'First Name' is gone, b untouched
    finally:
        srv.stop()


def test_server_push_batches(oxigraph_exe, sample_graph, tmp_path: Path) -> None:
    srv = OxigraphServer(oxigraph_exe, tmp_path / "db")
    sent: list[str] = []

    def send(text: str) -> None:
        from kg import sparqlhttp

        sent.append(text)
        sparqlhttp.update(srv.update_url, text, 30)

    try:
        graphs = [tiny_article(f"t{i}", f"Person {i}") for i in range(30)]
        rep = push(quads_of(*graphs), srv.update_url, batch_triples=60, send=send)
        assert rep.graphs == 30 and rep.split == 0
        assert rep.requests == len(sent) > 1  # several articles per request, never one giant request
        assert all(t.count("INSERT DATA") <= 60 // len(graphs[0]) + 1 for t in sent)
        assert all("DROP SILENT GRAPH" in t for t in sent)
        assert srv.count() == sum(len(g) for g in graphs)
        # a graph bigger than one request is split, still complete and without duplicates
        sent.clear()
        rep = push(file_quads(_write_trig(sample_graph, tmp_path)), srv.update_url, batch_triples=100, send=send)
        assert rep.split == 5 and rep.requests == len(sent) > 5
        assert max(t.count(" .\n") for t in sent) <= 100 + 2
        rep = push(file_quads(_write_trig(sample_graph, tmp_path)), srv.update_url, batch_triples=100, send=send)
        assert srv.count() == sum(len(g) for g in graphs) + len(list(sample_graph.quads((None, None, None, None))))
    finally:
        srv.stop()


def _write_trig(ds, tmp_path: Path) -> Path:
    out = tmp_path / "g.trig"
    if not out.exists():
        graphio.write(ds, out)
    return out


def test_server_push_triples_need_a_graph(server, runner, sample_ttl: Path) -> None:
    result = run(runner, "push", sample_ttl, "--endpoint", server.update_url)
    assert result.exit_code == 1
    assert "give --graph IRI" in result.stderr


def test_server_push_triples_into_one_graph(oxigraph_exe, runner, sample_ttl: Path, sample_graph, tmp_path) -> None:
    srv = OxigraphServer(oxigraph_exe, tmp_path / "db", "--union-default-graph")
    try:
        for _ in range(2):
            result = run(runner, "push", sample_ttl, "--endpoint", srv.update_url, "--graph", "https://example.org/all")
            assert result.exit_code == 0, result.output
        assert srv.count() == len(graphio.union(sample_graph))
    finally:
        srv.stop()


def test_server_push_from_a_store(oxigraph_exe, runner, sample_graph, tmp_path: Path) -> None:
    st = OxigraphStore(tmp_path / "store")
    st.add_dataset(sample_graph)
    st.close()
    srv = OxigraphServer(oxigraph_exe, tmp_path / "db")
    try:
        result = run(runner, "push", tmp_path / "store", "--endpoint", srv.update_url, "--union-default")
        assert result.exit_code == 0, result.output
        events = q.resolve("events")
        assert rows_of(q.run_local(EndpointStore(srv.query_url), events)) == rows_of(q.run_local(sample_graph, events))
    finally:
        srv.stop()


# ---- errors ----

def closed_port_url(path: str) -> str:
    return f"http://127.0.0.1:{free_port()}{path}"


@pytest.mark.parametrize("args, message", [
    (["query", "{query}", "visits"], "cannot query the endpoint: server unreachable"),
    (["push", "{trig}", "--endpoint", "{update}"], "cannot update the endpoint: server unreachable"),
])
def test_server_unreachable(runner, server, args, message) -> None:
    args = [a.format(query=closed_port_url("/query"), update=closed_port_url("/update"), trig=server.trig)
            for a in args]
    result = run(runner, *args, "--timeout", "5")
    assert result.exit_code == 1
    assert message in result.stderr and result.stderr.startswith("Error: ")


def test_server_http_errors(server, runner) -> None:
    result = run(runner, "push", server.trig, "--endpoint", server.base + "/nowhere")
    assert result.exit_code == 1 and "HTTP 404" in result.stderr
    result = run(runner, "push", server.trig, "--endpoint", server.query_url)  # the query URL is not the update URL
    assert result.exit_code == 1 and "HTTP 415" in result.stderr and "Update URL" in result.stderr
    result = run(runner, "query", server.base + "/nowhere", "visits")
    assert result.exit_code == 1 and "HTTP 404" in result.stderr


def test_server_rejected_query(server, runner) -> None:
    # rdflib accepts it (implicit grouping), the server refuses it: its message is shown
    result = run(runner, "query", server.query_url, "SELECT ?s (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert result.exit_code == 1
    assert "the endpoint rejected the query (HTTP 400)" in result.stderr


def test_server_query_refuses_updates_before_sending(server, runner) -> None:
    before = server.count()
    result = run(runner, "query", server.query_url, "DELETE WHERE { GRAPH ?g { ?s ?p ?o } } # SELECT")
    assert result.exit_code == 1 and "update operations are refused" in result.stderr
    assert server.count() == before


def test_server_timeout(oxigraph_exe, sample_graph, tmp_path: Path) -> None:
    st = OxigraphStore(tmp_path / "db")
    st.add_dataset(sample_graph)
    st.close()
    srv = OxigraphServer(oxigraph_exe, tmp_path / "db", "--timeout-s", "3")  # the server gives up too
    try:
        start = time.monotonic()
        with pytest.raises(EndpointError, match=r"no answer within 1 s \(timeout\)"):
            EndpointStore(srv.query_url, timeout=1).query(
                "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }")
        assert time.monotonic() - start < 5
    finally:
        srv.stop()


# ---- credentials: from the environment, never the command line ----

class AuthEndpoint:
    """A stub SPARQL endpoint that wants HTTP Basic credentials user:s3cret (records what it was sent)."""

    def __init__(self):
        self.headers: list[dict] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                self.rfile.read(int(self.headers.get("Content-Length", 0)))
                owner.headers.append(dict(self.headers))
                want = "Basic " + base64.b64encode(b"user:s3cret").decode()
                if self.headers.get("Authorization") != want:
                    self.send_response(401)
                    self.send_header("WWW-Authenticate", 'Basic realm="kg"')
                    self.end_headers()
                    return
                body = json.dumps({"head": {"vars": ["n"]}, "results": {"bindings": [
                    {"n": {"type": "literal", "value": "1"}}]}}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/sparql-results+json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/sparql"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def auth_endpoint():
    ep = AuthEndpoint()
    yield ep
    ep.stop()


def test_server_credentials_from_environment(auth_endpoint, runner, monkeypatch) -> None:
    monkeypatch.delenv(AUTH_ENV, raising=False)
    result = run(runner, "query", auth_endpoint.url, "SELECT (1 AS ?n) WHERE {}")
    assert result.exit_code == 1
    assert "HTTP 401 unauthorized" in result.stderr and AUTH_ENV in result.stderr
    monkeypatch.setenv(AUTH_ENV, "user:s3cret")
    result = run(runner, "query", auth_endpoint.url, "SELECT (1 AS ?n) WHERE {}", "-f", "csv")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == ["n", "1"]
    assert auth_endpoint.headers[-1]["User-Agent"].startswith("news-kg/")
    monkeypatch.setenv(AUTH_ENV, "user:wrong")
    result = run(runner, "query", auth_endpoint.url, "SELECT (1 AS ?n) WHERE {}")
    assert result.exit_code == 1 and f"check the credentials in {AUTH_ENV}" in result.stderr
    assert "wrong" not in result.stderr  # the secret is never printed


def test_server_bearer_token(auth_endpoint, monkeypatch) -> None:
    monkeypatch.setenv(AUTH_ENV, "t0ken")
    monkeypatch.setenv(AUTH_TYPE_ENV, "bearer")
    with pytest.raises(EndpointError, match="401"):
        EndpointStore(auth_endpoint.url).query("SELECT (1 AS ?n) WHERE {}")
    assert auth_endpoint.headers[-1]["Authorization"] == "Bearer t0ken"


def test_server_credentials_never_in_the_url(runner) -> None:
    result = run(runner, "query", "http://user:s3cret@127.0.0.1:9/sparql", "visits")
    assert result.exit_code == 1
    assert "credentials in the URL are refused" in result.stderr and "s3cret" not in result.stderr


def test_server_no_password_option() -> None:
    for command in main.commands.values():
        for param in command.params:
            assert not any(w in opt for opt in param.opts for w in ("password", "passwd", "token", "auth")), param.opts


# ---- kg serve ----

def test_server_kg_serve_read_only(oxigraph_exe, sample_graph, sample_ttl: Path, tmp_path: Path, runner) -> None:
    st = OxigraphStore(tmp_path / "store")
    st.add_dataset(sample_graph)
    st.close()
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--store", str(tmp_path / "store"),
                             "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}/query"
    try:
        wait_for(url, proc, 60)
        on_file = run(runner, "query", sample_ttl, "events", "-f", "tsv")
        on_server = run(runner, "query", url, "events", "-f", "tsv")
        assert on_server.exit_code == 0, on_server.output
        assert on_server.stdout == on_file.stdout
        with pytest.raises(EndpointError):  # read-only: no update service
            push(quads_of(tiny_article("x", "X")), f"http://127.0.0.1:{port}/update")
    finally:
        proc.send_signal(signal.SIGINT)  # Ctrl-C
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        try:  # (an oxigraph child that outlived kg serve would hold the pipe open: never block on it)
            err = proc.communicate(timeout=30)[1].decode()
        except subprocess.TimeoutExpired:
            pytest.fail("kg serve stopped but its oxigraph server kept running")
    assert "read-only" in err and f"http://127.0.0.1:{port}/query" in err
    with pytest.raises(OSError):  # the oxigraph server went with it
        urllib.request.urlopen(url + "?query=ASK%7B%7D", timeout=2)


@pytest.mark.parametrize("how", [signal.SIGINT, signal.SIGTERM], ids=["sigint", "sigterm"])
def test_server_kg_serve_stops_from_the_background(oxigraph_exe, sample_graph, tmp_path: Path, how) -> None:
    """A `kg serve &` job inherits SIGINT ignored: Ctrl-C (SIGINT) and `kill` (SIGTERM) must still stop
    it and its oxigraph child, which would otherwise outlive it, holding the port and the store."""
    st = OxigraphStore(tmp_path / "store")
    st.add_dataset(sample_graph)
    st.close()
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--store", str(tmp_path / "store"),
                             "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN))
    url = f"http://127.0.0.1:{port}/query"
    try:
        wait_for(url, proc, 60)
        proc.send_signal(how)
        proc.wait(20)
    except subprocess.TimeoutExpired:
        proc.kill()
        pytest.fail(f"kg serve did not stop on {how.name}")
    finally:
        try:
            proc.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            pytest.fail("kg serve stopped but its oxigraph server kept running")
    with pytest.raises(OSError):
        urllib.request.urlopen(url + "?query=ASK%7B%7D", timeout=2)


def test_server_kg_serve_errors(runner, tmp_path: Path) -> None:
    result = run(runner, "serve", "--store", tmp_path)
    assert result.exit_code == 1 and "not an Oxigraph store" in result.stderr


# ---- online linking against a Wikidata-style endpoint ----

WIKIDATA_FIXTURE = """\
@prefix wd: <http://www.wikidata.org/entity/> .
@prefix wdt: <http://www.wikidata.org/prop/direct/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix wikibase: <http://wikiba.se/ontology#> .

wd:Q5 rdfs:label "human"@en .
wd:Q43229 rdfs:label "organization"@en .
wd:Q4830453 rdfs:label "business"@en ; wdt:P279 wd:Q43229 .
wd:Q486972 rdfs:label "human settlement"@en .
wd:Q515 rdfs:label "city"@en ; wdt:P279 wd:Q486972 .
wd:Q634 rdfs:label "planet"@en .

wd:Q900001 rdfs:label "Marta Kowalczyk"@en, "Marta Kowalczyk"@fr ; wdt:P31 wd:Q5 ; wikibase:sitelinks 3 .
wd:Q900002 rdfs:label "Jean-Paul Ferrand"@fr ; skos:altLabel "J.-P. Ferrand"@fr ; wdt:P31 wd:Q5 .
wd:Q900003 rdfs:label "Mercury"@en ; wdt:P31 wd:Q634 ; wikibase:sitelinks 200 .
wd:Q900004 rdfs:label "Mercury"@en ; wdt:P31 wd:Q4830453 ; wikibase:sitelinks 5 .
wd:Q900005 rdfs:label "Ali Hassan"@en ; wdt:P31 wd:Q5 ; wikibase:sitelinks 4 .
wd:Q900006 rdfs:label "Ali Hassan"@en ; wdt:P31 wd:Q5 ; wikibase:sitelinks 3 .
wd:Q900007 rdfs:label "Omar Said"@en ; wdt:P31 wd:Q5 ; wikibase:sitelinks 40 .
wd:Q900008 rdfs:label "Omar Said"@en ; wdt:P31 wd:Q5 ; wikibase:sitelinks 2 .
wd:Q900009 rdfs:label "Zorlakville"@en ; wdt:P31 wd:Q515 .
wd:Q900010 rdfs:label "Quote \\"} #"@en ; wdt:P31 wd:Q5 .
"""


@pytest.fixture(scope="module")
def wikidata(oxigraph_exe, tmp_path_factory):
    folder = tmp_path_factory.mktemp("wikidata")
    (folder / "fixture.ttl").write_text(WIKIDATA_FIXTURE, encoding="utf-8")
    subprocess.run([oxigraph_exe, "load", "--location", str(folder / "db"), "--file", str(folder / "fixture.ttl")],
                   check=True, capture_output=True)
    srv = OxigraphServer(oxigraph_exe, folder / "db")
    yield srv
    srv.stop()


def entity(key: str, kind: str, label: str, qid: str | None = None) -> Entity:
    return Entity(key=key, type=kind, label=label, qid=qid)


def article_with(lang: str, *entities: Entity) -> ArticleGraph:
    return ArticleGraph(article=Article(id="x", text="…", lang=lang), entities={e.key: e for e in entities})


@pytest.mark.parametrize("kind, label, lang, expected", [
    ("Person", "Marta Kowalczyk", "en", "Q900001"),
    ("Person", "Marta  Kowalczyk", "fr", "Q900001"),  # spaces normalised, French label
    ("Person", "J.-P. Ferrand", "fr", "Q900002"),  # an alias
    ("Person", "Jean-Paul Ferrand", "en", None),  # the label exists in French only
    ("Organization", "Mercury", "en", "Q900004"),  # a business (a subclass of organisation), not the planet
    ("Person", "Mercury", "en", None),  # no human called Mercury: the type check
    ("Place", "Zorlakville", "en", "Q900009"),
    ("Person", "Ali Hassan", "en", None),  # two humans of the same name: ambiguous
    ("Person", "Omar Said", "en", "Q900007"),  # one clearly better known
    ("Person", 'Quote "} #', "en", "Q900010"),  # quotes, braces, '#': a literal, never query text
    ("Person", "Quote \"} }\n#", "en", None),
])
def test_server_link_lookup(wikidata, tmp_path: Path, kind, label, lang, expected) -> None:
    linker = Linker(wikidata.query_url, cache=tmp_path / "cache.sqlite", min_interval=0)
    try:
        assert linker.lookup(label, lang, kind) == expected
    finally:
        linker.close()


def test_server_link_article_keeps_keys(wikidata, tmp_path: Path) -> None:
    known = entity("Q7747", "Person", "Vladimir Putin", "Q7747")
    marta = entity("Person:marta-kowalczyk", "Person", "Marta Kowalczyk")
    nobody = entity("Person:nobody-known", "Person", "Nobody Known")
    ag = article_with("fr", known, marta, nobody)
    rep = link_all([ag], wikidata.query_url, cache=tmp_path / "c.sqlite", min_interval=0)
    assert ag.entities["Person:marta-kowalczyk"].qid == "Q900001"
    assert ag.entities["Person:marta-kowalczyk"].key == "Person:marta-kowalczyk"
    assert ag.entities["Person:nobody-known"].qid is None
    assert rep.linked == 1 and rep.asked == 3  # fr, then en for the unknown; the known one is not asked
    g = rdf.article_triples(ag)
    assert (rdf.entity_iri("Person:marta-kowalczyk"), OWL.sameAs, URIRef("http://www.wikidata.org/entity/Q900001")) in g


def test_server_link_cache_and_rate_limit(wikidata, tmp_path: Path) -> None:
    cache = tmp_path / "c.sqlite"
    linker = Linker(wikidata.query_url, cache=cache, min_interval=0.3)
    start = time.monotonic()
    for name in ("Marta Kowalczyk", "Omar Said", "Ali Hassan", "Nobody Known"):
        linker.lookup(name, "en", "Person")
    assert time.monotonic() - start >= 0.85  # four requests, 0.3 s apart
    assert linker.report.asked == 4
    linker.close()
    # the answers (found, ambiguous, not found) are on disk: no request, even with the server unreachable
    offline = Linker(closed_port_url("/query"), cache=cache, min_interval=0)
    offline.endpoint = wikidata.query_url  # the cache is per endpoint
    assert offline.lookup("Marta Kowalczyk", "en", "Person") == "Q900001"
    assert offline.lookup("Ali Hassan", "en", "Person") is None
    assert offline.lookup("Nobody Known", "en", "Person") is None
    assert offline.report.asked == 0 and offline.report.cached == 3
    offline.close()


def test_server_link_unreachable_is_skipped(tmp_path: Path) -> None:
    ag = article_with("en", entity("Person:a", "Person", "Marta Kowalczyk"), entity("Person:b", "Person", "Omar Said"))
    rep = link_all([ag], closed_port_url("/query"), cache=tmp_path / "c.sqlite", min_interval=0, timeout=3)
    assert all(e.qid is None for e in ag.entities.values())
    assert rep.failed == 1 and rep.asked == 1  # the server is down: asked once, not once per entity


@pytest.mark.slow
def test_server_build_link_online(wikidata, runner, tmp_path: Path) -> None:
    text = ("Diplomat meets Zelensky\n\nMarta Kowalczyk, a Polish diplomat, met Ukrainian President Volodymyr "
            "Zelensky in Kyiv on Monday.\n")
    out = tmp_path / "g.ttl"
    result = run(runner, "build", "-", "--lang", "en", "-o", out, f"--link-online={wikidata.query_url}",
                 "--link-cache", tmp_path / "cache.sqlite", input=text)
    assert result.exit_code == 0, result.output
    g = graphio.union(graphio.read(out))
    assert (rdf.entity_iri("Person:marta-kowalczyk"), OWL.sameAs,
            URIRef("http://www.wikidata.org/entity/Q900001")) in g
    # off by default: the same build without the option asks nobody and links nothing new
    result = run(runner, "build", "-", "--lang", "en", "-o", out, input=text)
    assert result.exit_code == 0
    assert (rdf.entity_iri("Person:marta-kowalczyk"), OWL.sameAs, None) not in graphio.union(graphio.read(out))


def test_server_link_online_option_checks_the_url(runner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["build", "a.txt", "--link-online", "b.txt", "-o", str(tmp_path / "g.ttl")])
    assert result.exit_code == 2
    assert "not an http(s):// SPARQL endpoint URL" in result.stderr


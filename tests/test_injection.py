"""Hostile labels stay data. A name shaped like SPARQL (`"} ; DROP ALL ; INSERT DATA {…`), Turtle,
JSON or HTML goes through the graph, the named-query parameters, the store, a push to a real
Oxigraph server and the HTML view unchanged and inert: the store's size does not move, the label
comes back verbatim, and the HTML holds it only escaped."""
from __future__ import annotations

import html as html_mod
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Literal, URIRef
from rdflib.namespace import RDFS

from kg import graphio
from kg import query as q
from kg.cli import main
from kg.store import EndpointStore, OxigraphStore, push

from test_roundtrip import _ox_quads_of, dataset
from test_server import OxigraphServer, oxigraph_exe  # noqa: F401  (the fixture)

HOSTILE = [
    'x" } ; DROP ALL ; INSERT DATA { <http://e/p> <http://e/q> "pwned',
    "x' } ; DELETE WHERE { ?s ?p ?o } ; #",
    'a"""b\'\'\'c', "} } } DROP GRAPH <https://w3id.org/news-kg/id/article/x>", "?s ?p ?o . # comment\nnext",
    "</script><script>alert(1)</script>", '"><img src=x onerror=alert(1)>', "javascript:alert(1)",
    "<!-- x --> &amp; &lt; &#x3c;", "\\u003cscript\\u003e", "${7*7} {{7*7}} `x`", "\u2028\u2029 ends a JS line",
]
LABELS = st.one_of(st.sampled_from(HOSTILE),
                   st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=30),
                   st.builds(lambda a, b: a + b, st.sampled_from(HOSTILE),
                             st.text(st.characters(blacklist_categories=("Cs",)), max_size=10)))
SETTINGS = dict(deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
LABEL_QUERY = "SELECT ?e WHERE { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?label }"


def _label_in(store, label: str, named: bool = False) -> list:
    text = LABEL_QUERY.replace("WHERE { ?e", "WHERE { GRAPH ?g { ?e") + " }" if named else LABEL_QUERY
    return store.query(text, {"label": Literal(label)}).rows


@given(label=LABELS)
@settings(max_examples=60, **SETTINGS)
def test_injection_label_through_store_and_query(label: str) -> None:
    ds = dataset([label])
    st_ = OxigraphStore()  # in memory
    st_.add_dataset(ds)
    size = len(st_)
    assert size > 0
    # the label is found by binding it as a term, and comes back verbatim
    assert _label_in(st_, label), label
    labels = {str(r["l"]) for r in st_.query("SELECT ?l WHERE { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?l }").rows}
    assert label in labels
    # as a named-query parameter, on the store and on the rdflib graph: answers, and nothing changes
    for source in (st_, ds):
        res = q.run_local(source, q.resolve("actor"), {"actor": label})
        assert {str(r["sourceLabel"]) for r in res.rows if "sourceLabel" in r} <= {label, "Kim"}
    assert len(st_) == size
    # writing the same article again leaves the same store
    st_.add_dataset(ds)
    assert len(st_) == size


@pytest.fixture(scope="module")
def server(oxigraph_exe, tmp_path_factory):  # noqa: F811
    srv = OxigraphServer(oxigraph_exe, tmp_path_factory.mktemp("inj") / "db")
    srv.baseline = srv.count()
    yield srv
    srv.stop()


@given(label=LABELS)
@settings(max_examples=15, **SETTINGS)
def test_injection_push_to_a_server(server, label: str) -> None:
    """Pushed to a real Oxigraph server as INSERT DATA: the label arrives as one literal, verbatim,
    and the server holds exactly the quads sent (an injected DROP or INSERT would change that)."""
    ds = dataset([label])
    quads = _ox_quads_of(ds)
    push(iter(quads), server.update_url, timeout=30)
    ep = EndpointStore(server.query_url, timeout=30)
    try:
        n = server.count()
        assert n == len(quads) + server.baseline
        assert _label_in(ep, label, named=True), label
        push(iter(quads), server.update_url, timeout=30)  # again: replaced, not doubled
        assert server.count() == n
    finally:
        # drop what this example added, so that the next one starts from the same size
        from kg.sparqlhttp import update

        for g in {qd.graph_name.value for qd in quads}:
            update(server.update_url, f"DROP SILENT GRAPH <{g}>", 30)


def _viz(tmp_path: Path, labels: list[str], title: str = "t") -> str:
    src = tmp_path / "g.trig"
    graphio.write(dataset(labels), src)
    out = tmp_path / "v.html"
    res = CliRunner().invoke(main, ["viz", str(src), "-o", str(out), "--title", title])
    assert res.exit_code == 0, res.output
    return out.read_text(encoding="utf-8")


@given(label=LABELS)
@settings(max_examples=30, **SETTINGS)
def test_injection_html_view_escapes(tmp_path: Path, label: str) -> None:
    """Through the public CLI (`kg viz SOURCE -o x.html`), a label as node name, sentence and title:
    wherever it is in the page it is escaped; no tag, handler or script of its own gets in."""
    baseline = _viz(tmp_path, ["Plain"], "Plain")
    page = _viz(tmp_path, [label], label)
    if any(c in label for c in "<>&"):
        assert label not in page, f"raw {label!r} in the HTML"
    for marker in ("onerror=alert", "<script>alert", "<img src=x"):
        assert page.count(marker) == baseline.count(marker) == 0
    assert len(re.findall(r"<script\b", page, re.I)) == len(re.findall(r"<script\b", baseline, re.I))
    assert len(re.findall(r"</script", page, re.I)) == len(re.findall(r"</script", baseline, re.I))
    # and the label is there, in some escaped form (HTML entities, or JSON escapes in a data block)
    if label.strip() and "<" in label:
        escaped = {html_mod.escape(label), html_mod.escape(label, quote=False),
                   label.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")}
        assert any(e in page for e in escaped) or "&lt;" in page or "\\u003c" in page


def test_injection_rdfs_label_only_in_literals(tmp_path: Path) -> None:
    """The raw names go only into literals: in N-Triples every hostile string sits inside quotes."""
    ds = dataset(HOSTILE)
    path = tmp_path / "g.nt"
    graphio.write(ds, path)
    from rdflib import Graph

    g = Graph().parse(path, format="nt")
    labels = {str(o) for o in g.objects(None, RDFS.label)}
    for h in HOSTILE:
        assert h in labels


@pytest.mark.parametrize("value", ["http://e/x> } ; DROP ALL ; #", "not an iri", "http://e/a b", "<http://e/x>"])
def test_injection_iri_parameter_must_be_an_iri(value: str) -> None:
    nq = q.parse_header("p", "# param: who iri  an entity\nSELECT ?p WHERE { ?who ?p ?o }")
    with pytest.raises(q.QueryError, match="is not an IRI"):
        q.bind_params(nq, {"who": value})
    assert q.bind_params(nq, {"who": "http://e/x"})["who"] == URIRef("http://e/x")

"""kg.viz: the relation graph from a `network` result, a self-contained HTML page, PNG and SVG pictures."""
from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from rdflib import Literal, URIRef

from kg import query as q
from kg import viz

WD = "http://www.wikidata.org/entity/"
ID = "https://w3id.org/news-kg/id/entity/"
XSD_NS = "http://www.w3.org/2001/XMLSchema#"
XSS_LABEL = "<img src=x onerror=alert(1)>"
XSS_SENTENCE = 'Kim said "</script><script>alert(1)</script>" & left.'

VARS = ["event", "source", "sourceType", "sourceLabel", "sourceWikidata", "target", "targetType", "targetLabel",
        "targetWikidata", "cameo", "root", "date", "factuality", "reporterLabel", "sentence", "title", "url"]


def row(n: int, source: str, slabel: str | None, stype: str, target: str, tlabel: str | None, ttype: str,
        cameo: str, sentence: str, factuality: str = "asserted", date: str | None = None,
        reporter: str | None = None) -> dict:
    r = {
        "event": URIRef(f"https://w3id.org/news-kg/id/article/a/event/{n}-{cameo}-0"),
        "source": URIRef(ID + source), "sourceType": Literal(stype),
        "target": URIRef(ID + target), "targetType": Literal(ttype),
        "cameo": Literal(cameo), "root": Literal(cameo[:2]), "factuality": Literal(factuality),
        "sentence": Literal(sentence), "title": Literal("Kim en Russie", lang="fr"),
        "url": Literal("https://example.org/a", datatype=URIRef(XSD_NS + "anyURI")),
    }
    if slabel is not None:
        r["sourceLabel"] = Literal(slabel, lang="en")
    if tlabel is not None:
        r["targetLabel"] = Literal(tlabel, lang="en")
    if source.startswith("Q"):
        r["sourceWikidata"] = URIRef(WD + source)
    if target.startswith("Q"):
        r["targetWikidata"] = URIRef(WD + target)
    if date:
        r["date"] = Literal(date, datatype=URIRef(XSD_NS + "date"))
    if reporter:
        r["reporterLabel"] = Literal(reporter, lang="en")
    return r


@pytest.fixture
def tiny() -> q.Result:
    return q.Result(VARS, [
        row(1, "Q56226", "Kim Jong Un", "Person", "Q159", "Russia", "Country", "042",
            "Kim Jong Un s'est rendu en Russie.", date="2023-09-12"),
        row(2, "Q159", "Russia", "Country", "Q56226", "Kim Jong Un", "Person", "043",
            "Kim Jong Un s'est rendu en Russie.", date="2023-09-12"),
        row(3, "Q56226", "Kim Jong Un", "Person", "Q7747", "Vladimir Putin", "Person", "040",
            "Kim met Putin at the cosmodrome.", factuality="reported", reporter="KCNA"),
        row(4, "Q56226", "Kim Jong Un", "Person", "Q7747", "Vladimir Putin", "Person", "051",
            "Kim praised Putin.", factuality="reported"),
        row(5, "person/john-kirby", None, "Person", "Q423", "North Korea", "Country", "130",
            "John Kirby warned North Korea."),
    ])


def test_viz_network_nodes_and_edges(tiny: q.Result) -> None:
    g = viz.network(tiny)
    assert sorted(g.nodes) == sorted(ID + k for k in ("Q56226", "Q159", "Q7747", "person/john-kirby", "Q423"))
    assert g.number_of_edges() == 5
    assert g.nodes[ID + "Q56226"] == {"label": "Kim Jong Un", "type": "Person", "wikidata": WD + "Q56226"}
    # without a label the node is named by the last segment of its IRI; no Wikidata id is an empty string
    assert g.nodes[ID + "person/john-kirby"] == {"label": "john-kirby", "type": "Person", "wikidata": ""}
    # two events between the same actors are two edges
    between = g.get_edge_data(ID + "Q56226", ID + "Q7747")
    assert sorted(d["cameo"] for d in between.values()) == ["040", "051"]
    (visit,) = g.get_edge_data(ID + "Q56226", ID + "Q159").values()
    assert (visit["cameo"], visit["root"], visit["date"], visit["factuality"]) == ("042", "04", "2023-09-12",
                                                                                   "asserted")
    (met,) = [d for d in between.values() if d["cameo"] == "040"]
    assert (met["reporter"], met["factuality"], met["sentence"]) == ("KCNA", "reported",
                                                                     "Kim met Putin at the cosmodrome.")


def test_viz_network_empty_result() -> None:
    g = viz.network(q.Result(VARS, []))
    assert g.number_of_nodes() == 0 and g.number_of_edges() == 0


def test_viz_html_escapes_everything(tmp_path: Path) -> None:
    res = q.Result(VARS, [
        row(1, "Q1", XSS_LABEL, "Person", "Q2", "Ukraine & co", "Country", "042", XSS_SENTENCE),
        row(2, "Q2", "Ukraine & co", "Country", "Q1", XSS_LABEL, "Person", "043", XSS_SENTENCE),
    ])
    path = tmp_path / "graph.html"
    viz.write_html(viz.network(res), path, title="Kim <b>&</b> Putin")
    page = path.read_text(encoding="utf-8")
    # the raw strings never appear: only escaped forms
    assert XSS_LABEL not in page
    assert "</script><script>alert(1)</script>" not in page
    assert "<b>&</b>" not in page
    assert html.escape(XSS_LABEL) in page
    assert html.escape("</script><script>alert(1)</script>") in page  # in the edge's <title>
    assert "Kim &lt;b&gt;&amp;&lt;/b&gt; Putin" in page
    # exactly our one script element, closed once; no external resources
    assert len(re.findall(r"<script\b", page, re.IGNORECASE)) == 1
    assert len(re.findall(r"</script", page, re.IGNORECASE)) == 1
    assert "<img" not in page.lower()
    assert not re.search(r"<(script|link|img|iframe)[^>]*\b(src|href)=", page, re.IGNORECASE)
    assert "default-src 'none'" in page  # the CSP


def test_viz_html_event_data_in_script(tmp_path: Path, tiny: q.Result) -> None:
    path = tmp_path / "graph.html"
    viz.write_html(viz.network(tiny), path)
    page = path.read_text(encoding="utf-8")
    script = page[page.index("<script>"):page.index("</script>")]
    assert '"cameo": "040"' in script and '"reporter": "KCNA"' in script
    assert "5 actors, 5 events" in page
    # one arrow per (source, target) pair: Kim→Putin carries two events
    assert len(re.findall(r'<path class="edge"', page)) == 4
    assert page.count('<g class="node">') == 5


def test_viz_html_empty_graph(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    viz.write_html(viz.network(q.Result(VARS, [])), path)
    page = path.read_text(encoding="utf-8")
    assert "0 actors, 0 events" in page
    assert "const EVENTS = [];" in page


@pytest.mark.parametrize("suffix, magic", [(".png", b"\x89PNG\r\n\x1a\n"), (".svg", b"<?xml")])
def test_viz_image(tmp_path: Path, tiny: q.Result, suffix: str, magic: bytes) -> None:
    path = tmp_path / f"graph{suffix}"
    viz.write_image(viz.network(tiny), path, "Kim en Russie")
    data = path.read_bytes()
    assert data.startswith(magic)
    if suffix == ".svg":
        assert b"<svg" in data
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temporary file left


@pytest.mark.parametrize("label", [r"Fonds $\frac{$ Kim", r"$^^$ Corp"])
def test_viz_image_labels_drawn_literally(tmp_path: Path, label: str) -> None:
    res = q.Result(VARS, [row(1, "Q1", label, "Organization", "Q2", "Ukraine", "Country", "072", "x")])
    path = tmp_path / "graph.png"
    viz.write_image(viz.network(res), path, "t")
    assert path.read_bytes().startswith(b"\x89PNG")

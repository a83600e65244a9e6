"""kg.viz, kg.explorer (data, cut, page) and kg.plot, on small graphs written here; `kg viz` / `kg plot`
on the sample graph and on a synthetic graph too big to show whole."""
from __future__ import annotations

import base64
import hashlib
import html
import json
import random
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import RDF, RDFS, Dataset, Literal, URIRef
from rdflib.namespace import OWL

from kg import explorer, graphio, plot, viz
from kg import query as q
from kg.cli import main
from kg.explorer import data as d
from kg.explorer.page import script_json
from kg.namespaces import KG

XSD_DATE = URIRef("http://www.w3.org/2001/XMLSchema#date")
XSD_ANYURI = URIRef("http://www.w3.org/2001/XMLSchema#anyURI")
WD = "http://www.wikidata.org/entity/"
ID = "https://w3id.org/news-kg/id/entity/"
ART = "https://w3id.org/news-kg/id/article/"
XSS_LABEL = "<img src=x onerror=alert(1)>"
XSS_SENTENCE = 'Kim said "</script><script>alert(1)</script>" & left.\u2028'


def add_event(g, n: int, source: URIRef, target: URIRef, cameo: str, sentence: str, *, article: str = "a",
              factuality: str = "asserted", date: str | None = None, reporter: URIRef | None = None,
              evidence: int | None = None) -> URIRef:
    e = URIRef(f"{ART}{article}/event/{n}-{cameo}-0")
    ev = URIRef(f"{ART}{article}/evidence/{n if evidence is None else evidence}")
    art = URIRef(ART + article)
    for p, o in ((RDF.type, KG.Event), (KG.source, source), (KG.target, target), (KG.cameoCode, Literal(cameo)),
                 (KG.cameoRoot, Literal(cameo[:2])), (KG.factuality, KG[factuality]), (KG.evidence, ev)):
        g.add((e, p, o))
    if date:
        g.add((e, KG.date, Literal(date, datatype=XSD_DATE)))
    if reporter is not None:
        g.add((e, KG.reportedBy, reporter))
    g.add((ev, RDF.type, KG.Evidence))
    g.add((ev, KG.sentence, Literal(sentence)))
    g.add((ev, KG.article, art))
    g.add((art, RDF.type, KG.Article))
    g.add((art, KG.title, Literal(f"Article {article}", lang="en")))
    g.add((art, KG.url, Literal(f"https://example.org/{article}", datatype=XSD_ANYURI)))
    return e


def actor(g, key: str, type_: str, **labels: str) -> URIRef:
    node = URIRef(ID + key)
    g.add((node, RDF.type, KG[type_]))
    for lang, label in labels.items():
        g.add((node, RDFS.label, Literal(label, lang=None if lang == "plain" else lang)))
    if key.startswith("Q"):
        g.add((node, OWL.sameAs, URIRef(WD + key)))
    return node


@pytest.fixture
def tiny() -> Dataset:
    ds = Dataset(default_union=True)
    g = ds.graph(URIRef(ART + "a"))
    kim = actor(g, "Q56226", "Person", en="Kim Jong Un", fr="Kim Jong-un")
    ru = actor(g, "Q159", "Country", en="Russia", fr="Russie")
    putin = actor(g, "Q7747", "Person", en="Vladimir Putin", fr="Vladimir Poutine")
    kirby = actor(g, "person/john-kirby", "Person", plain="John Kirby")
    nk = actor(g, "Q423", "Country", en="North Korea")
    kcna = actor(g, "organization/kcna", "Organization", plain="KCNA")
    add_event(g, 1, kim, ru, "042", "Kim Jong Un s'est rendu en Russie.", date="2023-09-12")
    add_event(g, 2, ru, kim, "043", "Kim Jong Un s'est rendu en Russie.", date="2023-09-12", evidence=1)
    add_event(g, 3, kim, putin, "040", "Kim met Putin at the cosmodrome.", factuality="reported", reporter=kcna)
    add_event(g, 4, kim, putin, "051", "Kim praised Putin.", factuality="reported", date="2023-09-13")
    add_event(g, 5, kirby, nk, "130", "John Kirby warned North Korea.", factuality="hypothetical")
    # an event with an untyped target is no edge between actors
    add_event(g, 6, kim, URIRef(ID + "nothing"), "042", "Kim went somewhere.")
    # a second sentence for event 3, in another article
    g.add((URIRef(f"{ART}a/event/3-040-0"), KG.evidence, URIRef(f"{ART}b/evidence/9")))
    g.add((URIRef(f"{ART}b/evidence/9"), KG.sentence, Literal("Putin hosted Kim.")))
    g.add((URIRef(f"{ART}b/evidence/9"), KG.article, URIRef(ART + "b")))
    return ds


# ---- the data every picture reads ----

def test_collect_actors_and_events(tiny: Dataset) -> None:
    data = d.collect(tiny)
    assert sorted(a.rsplit("/", 1)[-1] for a in data.actors) == sorted(
        ["Q56226", "Q159", "Q7747", "john-kirby", "Q423"])  # KCNA only reports; 'nothing' has no type
    kim = data.actors[ID + "Q56226"]
    assert (kim.label, kim.name("fr"), kim.type, kim.wikidata) == ("Kim Jong Un", "Kim Jong-un", "Person", WD + "Q56226")
    assert data.actors[ID + "person/john-kirby"].name("fr") == "John Kirby"  # no French label: the plain one
    assert data.actors[ID + "Q423"].name("fr") == "North Korea"
    assert len(data.events) == 5
    by_code = {e.cameo: e for e in data.events}
    met = by_code["040"]
    assert (met.factuality, data.name(met.reporter)) == ("reported", "KCNA")
    assert [x.sentence for x in met.evidence] == ["Kim met Putin at the cosmodrome.", "Putin hosted Kim."]
    assert met.evidence[0].title == "Article a" and met.evidence[0].url == "https://example.org/a"
    assert by_code["042"].day == "2023-09-12" and met.day == ""
    # dated events first, oldest first
    assert [e.cameo for e in data.events][:3] == ["042", "043", "051"]
    assert data.event_counts()[ID + "Q56226"] == 4


def test_collect_same_answer_from_a_store(tiny: Dataset, tmp_path: Path) -> None:
    from kg.store import OxigraphStore

    store = OxigraphStore(tmp_path / "store")
    store.add_dataset(tiny)
    try:
        a, b = d.collect(tiny), d.collect(store)
    finally:
        store.close()
    assert a == b


def test_keep_top_keeps_the_most_active() -> None:
    actors = {f"a{i}": d.Actor(f"a{i}", "Person", f"A{i}") for i in range(10)}
    # a0 takes part in 9 events, a1 in 8 (…), as a star around a0 then a chain
    events = [d.Event(f"e{i}", "a0", f"a{i}", "042", "04", "asserted") for i in range(1, 10)]
    events += [d.Event(f"f{i}", "a1", f"a{i}", "111", "11", "asserted") for i in range(2, 9)]
    data = d.EventData(actors, events)
    same, cut = d.keep_top(data, 10, 100)
    assert same is data and cut is None
    kept, cut = d.keep_top(data, 3, 100)
    assert set(kept.actors) == {"a0", "a1", "a2"}
    assert {e.iri for e in kept.events} == {"e1", "e2", "f2"}
    assert (cut.actors_total, cut.events_total, cut.actors_kept, cut.events_kept, cut.top) == (10, 16, 3, 3, 3)
    assert cut.message() == ("kept the events between the 3 most active actors of 10 (each in at least 2 events): "
                             "3 events of 16, 3 actors")
    # the event limit shrinks the set of actors too
    kept, cut = d.keep_top(data, 10, 5)
    assert len(kept.events) <= 5 and cut.events_kept == len(kept.events)
    counts = data.event_counts()
    assert min(counts[a] for a in kept.actors) >= max(counts[a] for a in actors if a not in kept.actors)
    with pytest.raises(ValueError, match="at least 1"):
        d.keep_top(data, 0, 5)


def test_cameo_labels_both_languages() -> None:
    assert d.cameo_label("04", "en") == "Consult" and d.cameo_label("04", "fr") == "Consulter"
    assert d.cameo_label("20", "en") == "Use unconventional mass violence"
    assert d.cameo_label("042", "en").startswith("Make a visit")
    assert all(d.cameo_label(f"{r:02d}", lang) for r in range(1, 21) for lang in ("en", "fr"))


# ---- the page ----

def test_script_json_cannot_close_the_element() -> None:
    value = {"label": XSS_LABEL, "s": XSS_SENTENCE, "c": "<!-- -->", "amp": "a & b"}
    text = script_json(value)
    assert not re.search(r"[<>&\u2028\u2029]", text)
    assert json.loads(text) == value


def test_page_holds_data_as_json_and_hashes_its_script(tiny: Dataset, tmp_path: Path) -> None:
    path = tmp_path / "graph.html"
    pay = explorer.write_explorer(d.collect(tiny), path, title="Kim <b>&</b> {{data}}")
    page = path.read_text(encoding="utf-8")
    assert "<title>Kim &lt;b&gt;&amp;&lt;/b&gt; {{data}}</title>" in page  # no placeholder filled twice
    blob = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S).group(1)
    assert json.loads(blob) == pay
    assert len(pay["actors"]) == 5 and len(pay["events"]) == 5
    assert {a["label"] for a in pay["actors"]} >= {"Kim Jong Un", "John Kirby"}
    assert all(0 <= a["x"] <= 1 and 0 <= a["y"] <= 1 for a in pay["actors"])
    assert [r["code"] for r in pay["roots"]] == ["04", "05", "13"]
    # the page's own script and style are allowed by their hash, nothing else
    script = re.search(r"<script>(.*?)</script>", page, re.S).group(1)
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    csp = html.unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page).group(1))
    assert f"script-src 'sha256-{digest}'" in csp
    assert "unsafe-inline" not in csp and "default-src 'none'" in csp
    assert not re.search(r"<(script|link|img|iframe)[^>]*\b(src|href)=", page, re.I)


def test_page_in_french(tiny: Dataset) -> None:
    pay = explorer.payload(d.collect(tiny), title="t", lang="fr")
    assert {r["code"]: r["label"] for r in pay["roots"]}["04"] == "Consulter"
    assert "Vladimir Poutine" in {a["label"] for a in pay["actors"]}
    assert {f["id"]: f["label"] for f in pay["factualities"]}["reported"] == "rapporté"
    with pytest.raises(ValueError, match="unknown language 'de'"):
        explorer.payload(d.collect(tiny), title="t", lang="de")


def test_page_empty_graph(tmp_path: Path) -> None:
    pay = explorer.write_explorer(d.EventData({}, []), tmp_path / "e.html", title="empty")
    assert pay["actors"] == [] and pay["events"] == []


def test_layout_is_seeded_and_in_the_unit_square() -> None:
    from kg.explorer.layout import force_layout

    nodes = [f"n{i}" for i in range(30)]
    weights = {(f"n{i}", f"n{(i * 7) % 30}"): 1.0 for i in range(30)}
    a, b = force_layout(nodes, weights), force_layout(nodes, weights)
    assert a == b and set(a) == set(nodes)
    assert all(0 <= x <= 1 and 0 <= y <= 1 for x, y in a.values())
    assert len({p for p in a.values()}) == 30  # no two actors on one spot


# ---- pictures ----

@pytest.mark.parametrize("suffix, magic", [(".png", b"\x89PNG\r\n\x1a\n"), (".svg", b"<?xml")])
def test_picture(tmp_path: Path, tiny: Dataset, suffix: str, magic: bytes) -> None:
    path = tmp_path / f"graph{suffix}"
    viz.write_picture(d.collect(tiny), path, "Kim en Russie")
    data = path.read_bytes()
    assert data.startswith(magic)
    if suffix == ".svg":
        text = data.decode("utf-8")
        # names and the legend are text in the SVG
        for word in ("Kim Jong Un", "John Kirby", "04 Consult", "13 Threaten", "Person", "Country"):
            assert word in text
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temporary file left


@pytest.mark.parametrize("label", [r"Fonds $\frac{$ Kim", r"$^^$ Corp", XSS_LABEL])
def test_picture_labels_drawn_literally(tmp_path: Path, label: str) -> None:
    data = d.EventData({"a": d.Actor("a", "Organization", label), "b": d.Actor("b", "Country", "Ukraine")},
                       [d.Event("e", "a", "b", "072", "07", "asserted")])
    viz.write_picture(data, tmp_path / "graph.svg", "t")
    text = (tmp_path / "graph.svg").read_text(encoding="utf-8")
    assert label.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") in text.replace("\\$", "$")
    assert "<img" not in text


def test_network_for_graphml(tiny: Dataset) -> None:
    g = viz.network(q.run_local(tiny, q.resolve("network")))
    assert g.number_of_edges() == 5 and g.nodes[ID + "Q56226"]["label"] == "Kim Jong Un"


@pytest.mark.parametrize("kind", plot.KINDS)
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_plot_kinds(tmp_path: Path, tiny: Dataset, kind: str, lang: str) -> None:
    path = tmp_path / f"{kind}.svg"
    plot.plot(d.collect(tiny), kind, path, lang=lang)
    text = path.read_text(encoding="utf-8")
    if kind == "timeline":
        assert ("04 Consult" if lang == "en" else "04 Consulter") in text
        assert "undated" in text or "sans date" in text  # two events have no date
    else:
        assert "Kim Jong Un" in text or "Kim Jong-un" in text
    with pytest.raises(Exception, match="unknown picture format"):
        plot.plot(d.collect(tiny), kind, tmp_path / "x.gif")


def test_timeline_bins() -> None:
    def data(days: list[str]) -> d.EventData:
        return d.EventData({"a": d.Actor("a", "Person", "A")},
                           [d.Event(f"e{i}", "a", "a", "042", "04", "asserted", date=x) for i, x in enumerate(days)])

    unit, bins, undated = plot.timeline_counts(data(["2024-01-02", "2024-01-02", "2024-01-05", ""]))
    assert unit == "day" and undated == 1
    assert {str(k): sum(v.values()) for k, v in bins.items()} == {"2024-01-02": 2, "2024-01-05": 1}
    unit, bins, _ = plot.timeline_counts(data(["2024-01-03", "2024-01-04", "2024-09-30"]))
    assert unit == "week" and [str(k) for k in bins] == ["2024-01-01", "2024-09-30"]  # Mondays
    unit, bins, _ = plot.timeline_counts(data(["2020-03-05", "2024-03-20"]))
    assert unit == "month" and [str(k) for k in bins] == ["2020-03-01", "2024-03-01"]


# ---- the commands ----

def run(*args) -> object:
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def test_cli_viz_page_and_pictures(sample_ttl: Path, tmp_path: Path) -> None:
    result = run("viz", sample_ttl, "-o", tmp_path / "g.html")
    assert result.exit_code == 0, result.output
    m = re.search(r"^(\d+) actors, (\d+) events → ", result.stderr)
    assert m and "too big" not in result.stderr
    blob = re.search(r'id="kg-data">(.*?)</script>', (tmp_path / "g.html").read_text(encoding="utf-8"), re.S).group(1)
    pay = json.loads(blob)
    assert (len(pay["actors"]), len(pay["events"])) == (int(m.group(1)), int(m.group(2)))
    for kind in plot.KINDS:
        result = run("plot", sample_ttl, "--kind", kind, "-o", tmp_path / f"{kind}.png")
        assert result.exit_code == 0, result.output
        assert (tmp_path / f"{kind}.png").read_bytes().startswith(b"\x89PNG")
    result = run("plot", sample_ttl, "--kind", "timeline", "-o", tmp_path / "t.gif")
    assert result.exit_code == 1 and "unknown picture format '.gif'" in result.stderr
    result = run("plot", tmp_path / "missing.ttl", "--kind", "timeline", "-o", tmp_path / "t.png")
    assert result.exit_code == 1 and "missing.ttl" in result.stderr


def test_cli_viz_picture_says_what_it_kept(sample_ttl: Path, tmp_path: Path) -> None:
    result = run("viz", sample_ttl, "-o", tmp_path / "g.png", "--max-actors", "5")
    assert result.exit_code == 0, result.output
    assert "too big to draw whole: kept the events between the 5 most active actors of" in result.stderr
    m = re.search(r"^(\d+) actors, \d+ events → ", result.stderr, re.M)
    assert m and 2 <= int(m.group(1)) <= 5


# ---- a graph too big to show whole ----

def synthetic_nquads(path: Path, actors: int, events: int, seed: int = 5) -> list[tuple[int, int]]:
    """A graph of `actors` actors (each in at least one event) and `events` events, as N-Quads, one
    article graph per 500 events; returns the (source, target) of each event."""
    rng = random.Random(seed)
    weights = [1 / (i + 1) ** 0.9 for i in range(actors)]
    pairs = [(i, rng.randrange(actors)) for i in range(actors)]  # every actor in one event at least
    while len(pairs) < events:
        pairs.append(tuple(rng.choices(range(actors), weights, k=2)))
    kinds = ["Person", "Organization", "Country", "Place"]
    ns, rdf = str(KG._NS), str(RDF.type)
    lines = []
    for i in range(actors):
        a = f"<{ID}Q{i + 1}>"
        lines.append(f'{a} <{rdf}> <{ns}{kinds[i % 4]}> <{ART}actors> .')
        lines.append(f'{a} <{RDFS.label}> "Actor {i}"@en <{ART}actors> .')
    for n, (s, t) in enumerate(pairs):
        art = f"{ART}s{n // 500}"
        e, ev = f"<{art}/event/{n}>", f"<{art}/evidence/{n}>"
        root = f"{n % 20 + 1:02d}"
        day = f"2024-{n % 12 + 1:02d}-{n % 28 + 1:02d}"
        for p, o in (("type", f"<{ns}Event>"), ("source", f"<{ID}Q{s + 1}>"), ("target", f"<{ID}Q{t + 1}>"),
                     ("cameoCode", f'"{root}0"'), ("cameoRoot", f'"{root}"'), ("factuality", f"<{ns}asserted>"),
                     ("evidence", ev), ("date", f'"{day}"^^<{XSD_DATE}>')):
            lines.append(f"{e} <{rdf if p == 'type' else ns + p}> {o} <{art}> .")
        lines.append(f'{ev} <{ns}sentence> "Actor {s} met actor {t} ({n})." <{art}> .')
        lines.append(f"{ev} <{ns}article> <{art}> <{art}> .")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return pairs


def big_page(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[tuple[int, int]], str]:
    """`kg viz` of a synthetic 2,500-actor, 12,000-event store: (page, the events' pairs, what it said).
    Made once per session (tests/test_explorer.py opens the same page in Chromium)."""
    folder = tmp_path_factory.getbasetemp() / "big-graph"
    if not (folder / "said.txt").is_file():
        folder.mkdir(exist_ok=True)
        pairs = synthetic_nquads(folder / "big.nq", actors=2500, events=12000)
        result = run("push", folder / "big.nq", "--store", folder / "store")
        assert result.exit_code == 0, result.output
        result = run("viz", folder / "store", "-o", folder / "big.html")
        assert result.exit_code == 0, result.output
        (folder / "pairs.json").write_text(json.dumps(pairs), encoding="utf-8")
        (folder / "said.txt").write_text(result.stderr, encoding="utf-8")
    pairs = [tuple(p) for p in json.loads((folder / "pairs.json").read_text(encoding="utf-8"))]
    return folder / "big.html", pairs, (folder / "said.txt").read_text(encoding="utf-8")


def test_cli_viz_cuts_a_big_graph(tmp_path_factory: pytest.TempPathFactory) -> None:
    page, pairs, said = big_page(tmp_path_factory)
    assert len(pairs) == 12000 and len({x for p in pairs for x in p}) == 2500
    assert "too big to draw whole: kept the events between the" in said
    assert "most active actors of 2,500" in said and "events of 12,000" in said
    pay = json.loads(re.search(r'id="kg-data">(.*?)</script>', page.read_text(encoding="utf-8"), re.S).group(1))
    assert 1000 < len(pay["actors"]) <= 2000 and len(pay["events"]) <= 10000
    assert pay["cut"]["actorsTotal"] == 2500 and pay["cut"]["eventsTotal"] == 12000
    assert pay["cut"]["actorsKept"] == len(pay["actors"]) and pay["cut"]["eventsKept"] == len(pay["events"])
    # the kept actors are the most active, and every event between them is kept
    degree = [0] * 2500
    for s, t in pairs:
        degree[s] += 1
        if t != s:
            degree[t] += 1
    kept = {int(a["iri"].rsplit("Q", 1)[1]) - 1 for a in pay["actors"]}
    threshold = pay["cut"]["minEvents"]
    assert min(degree[i] for i in kept) >= threshold
    # a busier actor left out has no event with the kept ones
    busier = {i for i in range(2500) if i not in kept and degree[i] > threshold}
    assert not any((s in busier and t in kept) or (t in busier and s in kept) for s, t in pairs)
    assert len(pay["events"]) == sum(1 for s, t in pairs if s in kept and t in kept)
    # an actor's size in the page is the events it has there
    shown = [0] * 2500
    for s, t in pairs:
        if s in kept and t in kept:
            shown[s] += 1
            shown[t] += t != s
    assert all(shown[int(a["iri"].rsplit("Q", 1)[1]) - 1] == a["events"] for a in pay["actors"])


def test_collect_unnamed_actor_and_untitled_article(tmp_path: Path) -> None:
    from kg.store import OxigraphStore

    ds = Dataset(default_union=True)
    g = ds.graph(URIRef(ART + "u"))
    a = URIRef(ID + "person/nameless")
    g.add((a, RDF.type, KG.Person))
    b = actor(g, "Q159", "Country", en="Russia")
    e = URIRef(ART + "u/event/1")
    ev = URIRef(ART + "u/evidence/1")
    for p, o in ((RDF.type, KG.Event), (KG.source, a), (KG.target, b), (KG.cameoCode, Literal("042")),
                 (KG.cameoRoot, Literal("04")), (KG.factuality, KG.asserted), (KG.evidence, ev)):
        g.add((e, p, o))
    g.add((ev, KG.sentence, Literal("Someone went to Russia.")))
    g.add((ev, KG.article, URIRef(ART + "u")))  # an article with no title, no URL, no date
    data = d.collect(ds)
    assert data.actors[ID + "person/nameless"].label == "nameless"
    (event,) = data.events
    assert (event.evidence[0].title, event.evidence[0].url, event.day) == ("", "", "")
    store = OxigraphStore(tmp_path / "store")
    store.add_dataset(ds)
    try:
        assert d.collect(store) == data
    finally:
        store.close()
    pay = explorer.write_explorer(data, tmp_path / "u.html", title="u")
    assert pay["articles"][0]["title"] == "" and pay["actors"][0]["label"] in ("nameless", "Russia")

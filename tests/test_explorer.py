"""The explorer page in a real browser: Debian's headless Chromium, driven over the DevTools protocol.

Each test opens a page written by `kg viz` and checks what is drawn against counts computed here
from the graph itself (rdflib, not the explorer's own queries), that filters and clicks work, that
the page logs no error, and that hostile labels stay text. A screenshot of the demo graph is kept
in tests/artefacts/ (or $KG_TEST_ARTEFACTS).
"""
from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import RDF, RDFS, Dataset, Literal, URIRef

from kg import graphio
from kg.cli import main
from kg.namespaces import KG

XSD_DATE = URIRef("http://www.w3.org/2001/XMLSchema#date")
XSD_ANYURI = URIRef("http://www.w3.org/2001/XMLSchema#anyURI")
REPO = Path(__file__).resolve().parents[1]
ARTEFACTS = Path(os.environ.get("KG_TEST_ARTEFACTS", REPO / "tests" / "artefacts"))
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
HOSTILE = "<img src=x onerror=window.__pwned=1>"
HOSTILE_SENTENCE = 'He said "</script><script>window.__pwned2=1</script>" & <b>left</b>\u2028.'

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed "
                                "(apt-get install chromium; .ci/run installs it)")


class Browser:
    """A headless Chromium and one page, spoken to over the DevTools protocol (a websocket)."""

    def __init__(self) -> None:
        import websocket  # websocket-client (the dev extra)

        self.profile = tempfile.mkdtemp(prefix="kg-chromium-")
        self.proc = subprocess.Popen(
            [CHROMIUM, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--no-default-browser-check", "--disable-extensions", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--metrics-recording-only",
             "--remote-debugging-port=0", f"--user-data-dir={self.profile}", "--window-size=1400,900",
             "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port_file = Path(self.profile) / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while not (port_file.is_file() and port_file.read_text().count("\n") >= 1):
            if time.monotonic() > deadline or self.proc.poll() is not None:
                self.close()
                raise RuntimeError("chromium did not open its DevTools port")
            time.sleep(0.05)
        port = int(port_file.read_text().split()[0])
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as r:
            page = next(t for t in json.load(r) if t["type"] == "page")
        self.ws = websocket.create_connection(page["webSocketDebuggerUrl"], timeout=30, suppress_origin=True)
        self.next_id = 0
        self.log: list[str] = []
        self.events: list[dict] = []
        for domain in ("Page", "Runtime", "Log"):
            self.call(f"{domain}.enable")
        self.call("Emulation.setDeviceMetricsOverride", width=1400, height=900, deviceScaleFactor=1, mobile=False)

    def call(self, method: str, **params):
        self.next_id += 1
        my = self.next_id
        self.ws.send(json.dumps({"id": my, "method": method, "params": params}))
        while True:
            msg = json.loads(self.ws.recv())
            if msg.get("id") == my:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                return msg.get("result", {})
            self._note(msg)

    def _note(self, msg: dict) -> None:
        method, p = msg.get("method"), msg.get("params", {})
        self.events.append(msg)
        if method == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert", "warning"):
            self.log.append(f"console.{p['type']}: " + " ".join(str(a.get("value", a.get("description")))
                                                               for a in p.get("args", [])))
        elif method == "Runtime.exceptionThrown":
            d = p.get("exceptionDetails", {})
            self.log.append("exception: " + str(d.get("exception", {}).get("description") or d.get("text")))
        elif method == "Log.entryAdded" and p.get("entry", {}).get("level") in ("error", "warning"):
            self.log.append(f"log.{p['entry']['level']}: {p['entry'].get('text')}")

    def open(self, path: Path) -> None:
        self.log.clear()
        self.events.clear()
        self.call("Page.navigate", url=path.resolve().as_uri())
        deadline = time.monotonic() + 60
        while not any(m.get("method") == "Page.loadEventFired" for m in self.events):
            if time.monotonic() > deadline:
                raise RuntimeError(f"{path}: the page did not load")
            self._note(json.loads(self.ws.recv()))
        self.eval("new Promise(r => requestAnimationFrame(() => r(1)))")

    def eval(self, expression: str):
        res = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in res:
            raise RuntimeError(f"{expression}: {res['exceptionDetails']}")
        return res["result"].get("value")

    def click(self, x: float, y: float) -> None:
        for kind in ("mousePressed", "mouseReleased"):
            self.call("Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left", clickCount=1)

    def settle(self) -> None:
        """Let pending events be read (console messages arrive asynchronously)."""
        self.eval("new Promise(r => setTimeout(() => r(1), 50))")

    def screenshot(self, path: Path) -> None:
        data = self.call("Page.captureScreenshot", format="png")["data"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(data))

    def close(self) -> None:
        try:
            if getattr(self, "ws", None):
                self.ws.close()
        finally:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
            shutil.rmtree(self.profile, ignore_errors=True)


@pytest.fixture(scope="module")
def browser():
    b = Browser()
    yield b
    b.close()


# ---- what the graph holds, counted here with rdflib ----

def expected(ds, roots: set[str] | None = None, facts: set[str] | None = None) -> tuple[int, int, int]:
    """(actors, links, events) the page should draw: events whose source and target are typed actors."""
    g = graphio.union(ds) if isinstance(ds, Dataset) else ds
    actor_types = {KG.Person, KG.Organization, KG.Country, KG.Place}
    typed = {s for t in actor_types for s in g.subjects(RDF.type, t)}
    nodes, pairs, n = set(), set(), 0
    for e in set(g.subjects(RDF.type, KG.Event)):
        s, t = g.value(e, KG.source), g.value(e, KG.target)
        if s not in typed or t not in typed or g.value(e, KG.evidence) is None:
            continue
        if roots is not None and str(g.value(e, KG.cameoRoot)) not in roots:
            continue
        if facts is not None and str(g.value(e, KG.factuality)).rsplit("#", 1)[-1] not in facts:
            continue
        nodes |= {s, t}
        pairs.add((s, t))
        n += 1
    return len(nodes), len(pairs), n


def drawn(b: Browser) -> tuple[int, int, int]:
    nodes = b.eval("document.querySelectorAll('#nodes circle:not(.hidden)').length")
    links = b.eval("document.querySelectorAll('#edges path:not(.hidden)').length")
    events = b.eval("window.kgExplorer.counts().events")
    return nodes, links, events


def viz(source: Path, out: Path, *args: str):
    result = CliRunner().invoke(main, ["viz", str(source), "-o", str(out), *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture(scope="module")
def demo_page(sample_ttl: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("explorer") / "graph.html"
    viz(sample_ttl, out, "--title", "news-kg demo: the sample articles")
    return out


def test_explorer_demo_draws_every_actor_and_link(browser: Browser, demo_page: Path, sample_graph) -> None:
    browser.open(demo_page)
    browser.settle()
    assert browser.log == []
    want = expected(sample_graph)
    assert want[0] > 10 and want[2] > 30  # the samples make a real graph
    assert drawn(browser) == want
    assert browser.eval("document.getElementById('summary').textContent").startswith(
        f"{want[0]} actors, {want[1]} links, {want[2]} events shown of {want[2]}")
    # a label per actor; those that fit without overlapping are shown, the busiest first
    assert browser.eval("document.querySelectorAll('#labels text').length") == want[0]
    assert browser.eval("document.querySelectorAll('#labels text:not(.hidden)').length") >= want[0] * 0.7
    # the timeline has a bar per day that has an event
    days = browser.eval("[...document.querySelectorAll('#timeline g.bar')].map(g => g.dataset.day)")
    assert days and days == sorted(days)
    # the picture kept (and shown in the README as docs/explorer.png): the busiest link selected
    busiest = browser.eval("(() => { const l = window.kgExplorer.links; let b = 0; "
                           "l.forEach((x, i) => { if (x.events.length > l[b].events.length) b = i; }); return b; })()")
    browser.eval(f"window.kgExplorer.select({{kind: 'link', i: {busiest}}})")
    assert browser.eval("document.querySelectorAll('#detail .event').length") > 1
    browser.screenshot(ARTEFACTS / "explorer-demo.png")
    assert (ARTEFACTS / "explorer-demo.png").read_bytes().startswith(b"\x89PNG")
    assert browser.log == []


def test_explorer_filters_change_what_is_drawn(browser: Browser, demo_page: Path, sample_graph) -> None:
    browser.open(demo_page)
    roots = browser.eval("[...document.querySelectorAll('#roots input')].map(i => i.dataset.root)")
    facts = browser.eval("[...document.querySelectorAll('#facts input')].map(i => i.dataset.factuality)")
    assert "04" in roots and len(roots) >= 4 and "asserted" in facts
    # untick CAMEO root 04 (consult), a real click on the checkbox
    browser.eval("document.querySelector('#roots input[data-root=\"04\"]').click()")
    assert drawn(browser) == expected(sample_graph, roots=set(roots) - {"04"})
    assert drawn(browser) != expected(sample_graph)
    # and hide everything but asserted events as well
    for f in facts:
        if f != "asserted":
            browser.eval(f"document.querySelector('#facts input[data-factuality=\"{f}\"]').click()")
    assert drawn(browser) == expected(sample_graph, roots=set(roots) - {"04"}, facts={"asserted"})
    # "None" hides every link and actor; "All" brings the roots back
    browser.eval("document.getElementById('roots-none').click()")
    assert drawn(browser) == (0, 0, 0)
    browser.eval("document.getElementById('roots-all').click()")
    assert drawn(browser) == expected(sample_graph, facts={"asserted"})
    # the search box keeps the events of the matching actors
    for f in facts:
        if f != "asserted":
            browser.eval(f"document.querySelector('#facts input[data-factuality=\"{f}\"]').click()")
    browser.eval("const s = document.getElementById('search'); s.value = 'kim jong'; "
                 "s.dispatchEvent(new Event('input'))")
    nodes, links, events = drawn(browser)
    assert 1 < nodes < expected(sample_graph)[0] and events > 0
    labels = browser.eval("JSON.parse(document.getElementById('kg-data').textContent).actors.map(a => a.label)")
    matching = [x for x in labels if "kim jong" in x.lower()]
    assert matching and browser.eval("document.querySelectorAll('#nodes circle.match').length") == len(matching)
    assert browser.eval("document.getElementById('matches').textContent").startswith(
        f"{len(matching)} matching actor")
    # Enter opens the busiest match
    browser.eval("document.getElementById('search').dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter'}))")
    assert browser.eval("document.querySelector('#detail h2').textContent") in matching
    browser.eval("document.getElementById('search').value = 'no such actor'; "
                 "document.getElementById('search').dispatchEvent(new Event('input'))")
    assert drawn(browser) == (0, 0, 0)
    assert browser.eval("document.getElementById('matches').textContent") == "No matching actor"
    assert browser.log == []


def test_explorer_date_filter(browser: Browser, demo_page: Path, sample_graph) -> None:
    browser.open(demo_page)
    total = drawn(browser)[2]
    days = browser.eval("[...document.querySelectorAll('#timeline g.bar')].map(g => g.dataset.day)")
    assert days
    # undated events off, then a range after the last day: nothing is left
    browser.eval("document.getElementById('undated').click()")
    dated = drawn(browser)[2]
    assert 0 < dated < total
    browser.eval(f"const f = document.getElementById('from'); f.value = '{int(days[-1][:4]) + 1}-01-01'; "
                 "f.dispatchEvent(new Event('change'))")
    assert drawn(browser) == (0, 0, 0)
    assert browser.log == []


def test_explorer_click_an_edge_shows_its_sentences(browser: Browser, demo_page: Path, sample_graph) -> None:
    browser.open(demo_page)
    # the middle of a link that is on top at that point, in page coordinates
    spot = browser.eval("""(() => {
      for (const p of document.querySelectorAll('#edges path:not(.hidden)')) {
        const pt = p.getPointAtLength(p.getTotalLength() / 2).matrixTransform(p.getScreenCTM());
        if (document.elementFromPoint(pt.x, pt.y) === p) return {x: pt.x, y: pt.y, s: +p.dataset.source, t: +p.dataset.target};
      }
      return null; })()""")
    assert spot is not None
    browser.click(spot["x"], spot["y"])
    heading = browser.eval("document.querySelector('#detail h2').textContent")
    source, target = spot["s"], spot["t"]
    labels = browser.eval("JSON.parse(document.getElementById('kg-data').textContent).actors.map(a => a.label)")
    assert heading == f"{labels[source]} → {labels[target]}"
    shown = browser.eval("[...document.querySelectorAll('#detail .event')].map(e => ({"
                         "sentences: [...e.querySelectorAll('blockquote')].map(b => b.textContent),"
                         "cite: [...e.querySelectorAll('cite')].map(c => c.textContent),"
                         "meta: e.querySelector('.meta').textContent}))")
    assert shown
    # every sentence shown is one the graph holds for an event between these two actors
    g = graphio.union(sample_graph)
    iris = browser.eval("JSON.parse(document.getElementById('kg-data').textContent).actors.map(a => a.iri)")
    s_iri, t_iri = URIRef(iris[source]), URIRef(iris[target])
    want = {str(g.value(ev, KG.sentence)) for e in g.subjects(KG.source, s_iri) if (e, KG.target, t_iri) in g
            for ev in g.objects(e, KG.evidence)}
    assert {s for item in shown for s in item["sentences"]} == want
    assert all(item["cite"] and item["meta"] for item in shown)
    # the timeline outlines the selected events' days (if they have one); the other links are dimmed
    assert browser.eval("document.getElementById('graph').classList.contains('has-selection')")
    assert browser.log == []


def test_explorer_click_a_node_lists_its_events(browser: Browser, demo_page: Path) -> None:
    browser.open(demo_page)
    spot = browser.eval("""(() => {
      const cs = [...document.querySelectorAll('#nodes circle:not(.hidden)')];
      cs.sort((a, b) => b.r.baseVal.value - a.r.baseVal.value);
      for (const c of cs) {
        const r = c.getBoundingClientRect(), x = r.left + r.width / 2, y = r.top + r.height / 2;
        if (document.elementFromPoint(x, y) === c) return {x, y, i: +c.dataset.actor};
      }
      return null; })()""")
    assert spot is not None
    browser.click(spot["x"], spot["y"])
    data = browser.eval("(() => { const d = JSON.parse(document.getElementById('kg-data').textContent); "
                        f"return {{label: d.actors[{spot['i']}].label, n: d.actors[{spot['i']}].events}}; }})()")
    assert browser.eval("document.querySelector('#detail h2').textContent") == data["label"]
    assert browser.eval("document.querySelectorAll('#detail .event').length") == data["n"]
    # the timeline marks the days of the selected actor's dated events
    marks = browser.eval("document.querySelectorAll('#timeline rect.mark').length")
    dated = browser.eval(f"(() => {{ const d = JSON.parse(document.getElementById('kg-data').textContent); "
                         f"return new Set(d.events.filter(e => (e.source === {spot['i']} || e.target === {spot['i']}) "
                         f"&& (e.date || e.published)).map(e => e.date || e.published)).size; }})()")
    assert marks == dated
    assert browser.log == []


def test_explorer_timeline_day_selects_its_events(browser: Browser, demo_page: Path) -> None:
    browser.open(demo_page)
    day = browser.eval("document.querySelector('#timeline g.bar').dataset.day")
    browser.eval("document.querySelector('#timeline g.bar').dispatchEvent(new MouseEvent('click', {bubbles: true}))")
    assert browser.eval("document.querySelector('#detail h2').textContent") == day
    n = browser.eval(f"JSON.parse(document.getElementById('kg-data').textContent).events"
                     f".filter(e => (e.date || e.published) === '{day}').length")
    assert n > 0 and browser.eval("document.querySelectorAll('#detail .event').length") == n
    assert browser.log == []


# ---- hostile text ----

def hostile_graph() -> Dataset:
    ds = Dataset(default_union=True)
    g = ds.graph(URIRef("https://w3id.org/news-kg/id/article/x"))
    ent = "https://w3id.org/news-kg/id/entity/"
    a, b, c = URIRef(ent + "Q1"), URIRef(ent + "Q2"), URIRef(ent + "person/x")
    art = URIRef("https://w3id.org/news-kg/id/article/x")
    g.add((art, RDF.type, KG.Article))
    g.add((art, KG.title, Literal('<script>window.__pwned3=1</script> "title" & co')))
    g.add((art, KG.url, Literal("javascript:window.__pwned4=1", datatype=XSD_ANYURI)))
    for node, t, label in ((a, KG.Person, HOSTILE), (b, KG.Country, "Ukraine & <Co>"), (c, KG.Person, "x\u2029y")):
        g.add((node, RDF.type, t))
        g.add((node, RDFS.label, Literal(label, lang="en")))
    g.add((a, URIRef("http://www.w3.org/2002/07/owl#sameAs"), URIRef("javascript:alert(1)")))
    for n, (s, t, code) in enumerate(((a, b, "042"), (b, a, "043"), (c, a, "111"))):
        e = URIRef(f"https://w3id.org/news-kg/id/article/x/event/{n}")
        ev = URIRef(f"https://w3id.org/news-kg/id/article/x/evidence/{n}")
        g.add((e, RDF.type, KG.Event))
        for p, o in ((KG.source, s), (KG.target, t), (KG.cameoCode, Literal(code)), (KG.cameoRoot, Literal(code[:2])),
                     (KG.factuality, KG.asserted), (KG.evidence, ev), (KG.date, Literal("2024-01-0" + str(n + 1), datatype=XSD_DATE))):
            g.add((e, p, o))
        g.add((ev, RDF.type, KG.Evidence))
        g.add((ev, KG.sentence, Literal(HOSTILE_SENTENCE)))
        g.add((ev, KG.article, art))
    return ds


def test_explorer_hostile_labels_are_text(browser: Browser, tmp_path: Path) -> None:
    src = tmp_path / "hostile.trig"
    graphio.write(hostile_graph(), src)
    page = tmp_path / "hostile.html"
    viz(src, page, "--title", "<img src=x onerror=window.__pwned5=1>")
    text = page.read_text(encoding="utf-8")
    assert HOSTILE not in text and "</script><script>" not in text and "\u2028" not in text
    # without the Content-Security-Policy too: the script alone must keep the text inert
    bare = tmp_path / "bare.html"
    bare.write_text(text.replace('<meta http-equiv="Content-Security-Policy"', '<meta name="x"'), encoding="utf-8")
    for path in (page, bare):
        browser.open(path)
        assert drawn(browser) == (3, 3, 3)
        # the hostile label is shown as text: in the graph and, once clicked, in the panel
        labels = browser.eval("[...document.querySelectorAll('#labels text')].map(t => t.textContent)")
        assert HOSTILE in labels and "Ukraine & <Co>" in labels
        i = browser.eval(f"[...document.querySelectorAll('#labels text')].findIndex(t => t.textContent === {json.dumps(HOSTILE)})")
        browser.eval(f"document.querySelector('#nodes circle[data-actor=\"{i}\"]').dispatchEvent(new MouseEvent('click'))")
        assert browser.eval("document.querySelector('#detail h2').textContent") == HOSTILE
        detail = browser.eval("document.getElementById('detail').textContent")
        assert "</script><script>window.__pwned2=1</script>" in detail and "<b>left</b>" in detail
        assert '<script>window.__pwned3=1</script> "title" & co' in detail  # the article's title
        assert browser.eval("document.title") == "<img src=x onerror=window.__pwned5=1>"
        browser.settle()
        assert browser.eval("document.querySelectorAll('img, iframe, object, embed').length") == 0
        assert browser.eval("document.querySelectorAll('script').length") == 2  # the data and the page's own
        assert browser.eval("[window.__pwned, window.__pwned2, window.__pwned3, window.__pwned4, window.__pwned5]"
                            ".every(v => v === undefined)")
        # the javascript: links were not made links
        hrefs = browser.eval("[...document.querySelectorAll('a')].map(a => a.getAttribute('href'))")
        assert all(h.startswith(("http://", "https://")) for h in hrefs)
        assert browser.log == []


def test_explorer_french_labels(browser: Browser, sample_ttl: Path, tmp_path: Path) -> None:
    page = tmp_path / "fr.html"
    viz(sample_ttl, page, "--lang", "fr")
    browser.open(page)
    roots = browser.eval("[...document.querySelectorAll('#roots label')].map(l => l.textContent)")
    assert any(r.startswith("04 Consulter") for r in roots)
    assert browser.eval("document.getElementById('l-facts').textContent") == "Factualité"
    assert "acteurs" in browser.eval("document.getElementById('summary').textContent")
    assert browser.log == []


def test_explorer_big_graph_renders(browser: Browser, tmp_path_factory: pytest.TempPathFactory) -> None:
    """2,500 actors and 12,000 events: the page holds the cut (≤ 2,000 actors), draws it, says so."""
    from test_viz import big_page

    page, pairs, said = big_page(tmp_path_factory)
    assert "too big to draw whole" in said
    browser.open(page)
    pay = browser.eval("(() => { const d = JSON.parse(document.getElementById('kg-data').textContent); "
                       "return {actors: d.actors.length, events: d.events.length, "
                       "links: new Set(d.events.map(e => e.source + ',' + e.target)).size}; })()")
    assert pay["actors"] <= 2000 and pay["events"] <= 10000
    assert drawn(browser) == (pay["actors"], pay["links"], pay["events"])
    cut = browser.eval("document.getElementById('cut')")
    assert cut is not None
    assert browser.eval("!document.getElementById('cut').hidden")
    assert "most active actors of 2,500" in browser.eval("document.getElementById('cut').textContent")
    # a filter still works at this size
    browser.eval("document.querySelector('#roots input[data-root=\"18\"]').click()")
    assert drawn(browser)[2] == pay["events"] - browser.eval(
        "JSON.parse(document.getElementById('kg-data').textContent).events.filter(e => e.root === '18').length")
    # only the busiest actors are named at first (labels for all 2,000 would be unreadable)
    assert 0 < browser.eval("document.querySelectorAll('#labels text:not(.hidden)').length") <= 40
    browser.screenshot(ARTEFACTS / "explorer-big.png")
    browser.settle()
    assert browser.log == []

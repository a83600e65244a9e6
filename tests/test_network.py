"""No network unless asked. Two layers: the session's audit hook (tests/conftest.py) refuses and
records any connection or name lookup beyond loopback made from Python; a loopback TCP listener,
given as the URL in the inputs, sees what native code (Oxigraph's SERVICE, a subprocess) would do.
Building, querying, exporting and viewing make no connection."""
from __future__ import annotations

import json
import re
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

import conftest
from kg import graphio
from kg.errors import EndpointError

from test_roundtrip import dataset

@pytest.mark.parametrize("call", [
    lambda: socket.create_connection(("192.0.2.1", 80), timeout=1),
    lambda: socket.getaddrinfo("example.org", 443),
    lambda: socket.gethostbyname("example.org"),
    lambda: __import__("urllib.request").request.urlopen("http://192.0.2.1/x", timeout=1),
], ids=["connect", "getaddrinfo", "gethostbyname", "urlopen"])
def test_network_guard_refuses_and_records(call) -> None:
    start = len(conftest.NETWORK_ATTEMPTS)
    with pytest.raises(OSError):  # PermissionError, or urllib's URLError wrapping it
        call()
    tried = conftest.NETWORK_ATTEMPTS[start:]
    assert tried, "the guard saw nothing"
    del conftest.NETWORK_ATTEMPTS[start:]  # expected here: do not fail this test at teardown


def test_network_guard_allows_loopback() -> None:
    with socket.socket() as srv:
        srv.bind(("127.0.0.1", 0))
        srv.listen(1)
        with socket.create_connection(srv.getsockname(), timeout=2):
            pass
    socket.getaddrinfo("localhost", 80)
    assert conftest.is_loopback("::1") and conftest.is_loopback("127.0.0.53") and not conftest.is_loopback("10.0.0.1")


class Listener:
    """A loopback TCP listener that counts connections (and answers nothing useful)."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.hits: list[bytes] = []
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            conn.settimeout(1)
            try:
                self.hits.append(conn.recv(200))
                conn.sendall(b"HTTP/1.0 500 no\r\nContent-Length: 0\r\n\r\n")
            except OSError:
                self.hits.append(b"")
            finally:
                conn.close()

    def close(self) -> None:
        self.sock.close()


@pytest.fixture()
def listener():
    lst = Listener()
    yield lst
    lst.close()


def run(*args, ok: bool = True):
    """A kg command in this process: Python code is under the audit hook, native code (Oxigraph)
    is seen by the listener."""
    from click.testing import CliRunner

    from kg.cli import main

    res = CliRunner().invoke(main, [str(a) for a in args])
    res.returncode = res.exit_code
    if ok:
        assert res.exit_code == 0, (res.output, res.exception)
    return res


def test_network_build_query_export_viz_make_no_connection(listener: Listener, tmp_path: Path) -> None:
    url = listener.url
    # inputs that name the listener everywhere a fetch could hide
    page = tmp_path / "page.html"
    page.write_text(f"""<html><head><title>Visit</title><link rel="stylesheet" href="{url}/s.css">
<script src="{url}/x.js"></script><base href="{url}/"></head><body><article>
<p>Emmanuel Macron visited Berlin on Monday to meet Chancellor Olaf Scholz, <a href="{url}/a">said</a> the
Elysée.</p><img src="{url}/i.png"><iframe src="{url}/f"></iframe></article></body></html>""", encoding="utf-8")
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "f1", "lang": "en", "url": f"{url}/article",
                                "text": f"Olaf Scholz met Emmanuel Macron in Paris. Read more at {url}/more."}) + "\n",
                    encoding="utf-8")
    out = tmp_path / "graph.trig"
    run("build", page, feed, "-o", out, "--store", tmp_path / "store")
    for source in (out, tmp_path / "store"):
        run("query", source, "events")
        run("query", source, f"SELECT * WHERE {{ ?s ?p ?o FILTER(CONTAINS(STR(?o), '{url}')) }}")
        for q in (f"SELECT * WHERE {{ SERVICE <{url}/sparql> {{ ?s ?p ?o }} }}",
                  f"SELECT * FROM <{url}/g.ttl> WHERE {{ ?s ?p ?o }}", f"LOAD <{url}/g.ttl>"):
            res = run("query", source, q, ok=False)
            assert res.returncode == 1 and ("refused" in res.stderr), res.stderr
        for suffix in (".ttl", ".nt", ".jsonld", ".csv", ".graphml"):
            run("export", source, "-o", tmp_path / f"x{suffix}")
        run("viz", source, "-o", tmp_path / "x.html")
        run("validate", source)
    ctx = tmp_path / "remote.jsonld"
    ctx.write_text(json.dumps({"@context": f"{url}/ctx.jsonld", "@id": "http://e/x"}), encoding="utf-8")
    res = run("query", ctx, "events", ok=False)
    assert res.returncode == 1 and "refused" in res.stderr
    assert listener.hits == [], f"something connected to the listener: {listener.hits[:3]}"


def test_network_listener_sees_native_code(listener: Listener, tmp_path: Path) -> None:
    """The control: with --allow-network, Oxigraph's SERVICE (native code, beyond any audit hook) does
    connect, and the listener sees it. Without that flag the same query was refused above."""
    store = tmp_path / "store"
    from kg.store import OxigraphStore

    st = OxigraphStore(store)
    st.add_dataset(dataset(["Kim"]))
    st.close()
    res = run("query", store, f"SELECT * WHERE {{ SERVICE SILENT <{listener.url}/sparql> {{ ?s ?p ?o }} }}",
              "--allow-network", "--timeout", "20", ok=False)
    assert listener.hits, res.stderr


def test_network_html_view_is_self_contained(tmp_path: Path) -> None:
    """The HTML view works offline: no script, style, image or font from elsewhere."""
    src = tmp_path / "g.trig"
    graphio.write(dataset(["Kim", "Moon"]), src)
    out = tmp_path / "v.html"
    run("viz", src, "-o", out)
    html = out.read_text(encoding="utf-8")
    assert "<html" in html.lower()
    external = re.findall(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//|@import|url\(\s*["']?(?:https?:)?//""",
                          html, re.I)
    assert external == []


class PartialHandler(BaseHTTPRequestHandler):
    mode = "206"

    def do_POST(self) -> None:  # noqa: N802
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        body = json.dumps({"head": {"vars": ["s"]}, "results": {"bindings": [
            {"s": {"type": "uri", "value": "http://e/1"}}]}}).encode()
        self.send_response(206 if self.mode == "206" else 200)
        if self.mode == "anytime":
            self.send_header("X-SQL-State", "S1TAT")
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


@pytest.mark.parametrize("mode", ["206", "anytime"])
def test_network_partial_results_refused(mode: str) -> None:
    from kg import query as q

    handler = type("H", (PartialHandler,), {"mode": mode})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/sparql"
        with pytest.raises(EndpointError, match="partial results"):
            q.run_endpoint(url, q.resolve("SELECT ?s WHERE { ?s ?p ?o }"), timeout=10)
    finally:
        server.shutdown()
        server.server_close()

"""Shared fixtures for the news-kg tests.

The sample graph is built once per session from the bundled articles (kg/data/samples/*.txt and
*.html): spaCy is slow, so every test that needs a real graph shares this one and must not change it
(copy it with `kg.graphio.union` first).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from kg import graphio, resources
from kg.api import build_graph
from kg.pipeline import BuildReport

REPO = Path(__file__).resolve().parents[1]


def pytest_configure(config: pytest.Config) -> None:
    # rdflib 7 deprecates ConjunctiveGraph internals it still uses itself: thousands of warnings per run
    config.addinivalue_line("filterwarnings", "ignore::DeprecationWarning:rdflib.*")
    config.addinivalue_line("markers", "network: the test may connect beyond this machine (none does today)")
    _install_network_guard()


# ---- no network: every test runs under an audit hook that refuses connections and name lookups
# beyond loopback. Refused attempts are also recorded, because libraries often swallow the
# PermissionError (urllib turns it into URLError): a test that tried is failed at teardown even then.
# Audit hooks cannot be removed, so one hook is installed per session and switched by a flag.

NETWORK_ATTEMPTS: list[str] = []
_GUARD = {"on": False}
_LOOPBACK_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"}


def is_loopback(host) -> bool:
    import ipaddress

    if host is None:
        return True  # getaddrinfo(None, port): a local wildcard address
    if isinstance(host, (bytes, bytearray)):
        host = host.decode("ascii", "replace")
    host = str(host).strip("[]").split("%")[0]
    if host.lower() in _LOOPBACK_NAMES or host == "":
        return True
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        return False
    return ip.is_loopback or ip.is_unspecified


def _network_hook(event: str, args: tuple) -> None:
    if not _GUARD["on"]:
        return
    host = None
    if event == "socket.connect":
        address = args[1]
        if not isinstance(address, tuple):  # AF_UNIX paths and the like: not the network
            return
        host = address[0]
    elif event in ("socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr"):
        host = args[0]
    elif event == "urllib.Request":
        from urllib.parse import urlsplit

        parts = urlsplit(args[0])
        if parts.scheme in ("http", "https", "ftp"):
            host = parts.hostname
        elif parts.scheme == "file":
            return
        else:
            host = parts.hostname or parts.scheme
    else:
        return
    if is_loopback(host):
        return
    NETWORK_ATTEMPTS.append(f"{event} {host!r}")
    raise PermissionError(f"news-kg tests make no network access: {event} to {host!r} refused")


def _install_network_guard() -> None:
    import sys

    if not getattr(sys, "_news_kg_network_guard", False):
        sys.addaudithook(_network_hook)
        sys._news_kg_network_guard = True  # type: ignore[attr-defined]
    _GUARD["on"] = True


@pytest.fixture(autouse=True)
def no_network(request: pytest.FixtureRequest):
    """Fails any test that tried to reach beyond loopback (even if the refusal was swallowed)."""
    if request.node.get_closest_marker("network"):
        _GUARD["on"] = False
        yield
        _GUARD["on"] = True
        return
    start = len(NETWORK_ATTEMPTS)
    yield
    tried = NETWORK_ATTEMPTS[start:]
    if tried:
        pytest.fail("the test tried to use the network: " + "; ".join(tried[:5]), pytrace=False)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden", action="store_true", default=False,
        help="Rewrite expected (golden) files from the current output, for review in the PR.",
    )


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    """True when pytest was run with --update-golden."""
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def sample_paths() -> list[str]:
    """The bundled sample articles (.txt and .html; samples.jsonl repeats them)."""
    samples = resources.samples_dir()
    paths = sorted(str(p) for p in samples.iterdir() if p.suffix in (".txt", ".html"))
    assert paths, f"no sample articles in {samples}"
    return paths


@pytest.fixture(scope="session")
def sample_report() -> BuildReport:
    """What building the sample graph reported (articles, events, skipped, failed)."""
    return BuildReport()


@pytest.fixture(scope="session")
def sample_graph(sample_paths: list[str], sample_report: BuildReport):
    """The rdflib Dataset of the sample articles, one named graph per article. Do not modify it."""
    ds = build_graph(sample_paths, report=sample_report)
    assert sample_report.failed == [], sample_report.failed
    return ds


@pytest.fixture(scope="session")
def sample_ttl(sample_graph, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample graph written to a Turtle file (read-only for tests)."""
    path = tmp_path_factory.mktemp("sample") / "sample.ttl"
    graphio.write(sample_graph, path)
    return path


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The project's shared folder beside the repository (reference material, dev set)."""
    path = Path(__file__).resolve().parents[1].parent / "shared"
    if not path.is_dir():
        pytest.skip(f"shared folder {path} not present (it sits beside the repository checkout)")
    return path


@pytest.fixture(scope="session")
def sparql_endpoint(sample_ttl: Path):
    """A SPARQL endpoint on this machine (Oxigraph over the sample graph, behind http.server).

    Yields (url, received): `received` lists the query texts the endpoint was sent, newest last.
    """
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
    from urllib.parse import parse_qs, urlparse

    import pyoxigraph

    store = pyoxigraph.Store()
    store.load(path=str(sample_ttl), format=pyoxigraph.RdfFormat.TURTLE)
    received: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def _answer(self, text: str) -> None:
            received.append(text)
            try:
                body = store.query(text).serialize(format=pyoxigraph.QueryResultsFormat.JSON)
            except (SyntaxError, ValueError, OSError) as e:
                self.send_response(400)
                self.send_header("Content-Type", "text/plain")
                self.end_headers()
                self.wfile.write(str(e).encode("utf-8"))
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_POST(self) -> None:  # noqa: N802 (http.server API)
            data = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode("utf-8")
            if self.headers.get("Content-Type", "").startswith("application/sparql-query"):
                self._answer(data)
            else:
                self._answer(parse_qs(data)["query"][0])

        def do_GET(self) -> None:  # noqa: N802
            self._answer(parse_qs(urlparse(self.path).query)["query"][0])

        def log_message(self, *args) -> None:  # keep the test output clean
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/query", received
    server.shutdown()
    server.server_close()


@pytest.fixture
def runner():
    """A click test runner for the `kg` command (shared by the CLI, store and server tests)."""
    from click.testing import CliRunner

    return CliRunner()

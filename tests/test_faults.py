"""Faults while writing: a serializer that raises half way, os.replace / fsync that fail, a full disk,
a folder that cannot be written, a build killed with SIGKILL at a random point, two writers on one
store, a push that fails half way. The previous output and store stay whole; a re-run converges."""
from __future__ import annotations

import errno
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg import atomic, graphio, rdf
from kg.cli import main
from kg.errors import InputError
from kg.store import OxigraphStore, push

from test_roundtrip import AWKWARD, _ox_quads_of, dataset

REPO = Path(__file__).resolve().parents[1]
KG = [sys.executable, "-m", "kg"]
SUFFIXES = [".ttl", ".nt", ".nq", ".trig", ".jsonld"]


def leftovers(folder: Path) -> list[str]:
    """Temporary files of news-kg's writers: outputs' `.NAME.*.tmp` and builds' `.kg-build-*.nq`."""
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp") or p.name.startswith(".kg-build-"))


@pytest.fixture()
def previous(tmp_path: Path):
    """An output file from an earlier run, and a graph to overwrite it with."""
    def make(suffix: str) -> tuple[Path, bytes]:
        out = tmp_path / f"graph{suffix}"
        graphio.write(dataset(["Old"]), out)
        return out, out.read_bytes()
    return make


class Boom(Exception):
    pass


def _raise_after(n: int, exc: BaseException):
    calls = {"n": 0}

    def hit(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] > n:
            raise exc
    return hit


@pytest.mark.parametrize("suffix", SUFFIXES)
@pytest.mark.parametrize("exc", [Boom("serializer broke"), KeyboardInterrupt()], ids=["error", "ctrl-c"])
def test_faults_serializer_raises_half_way(previous, monkeypatch, tmp_path: Path, suffix: str, exc) -> None:
    out, before = previous(suffix)
    ds = dataset(AWKWARD[:8])
    from rdflib.plugins.serializers import nquads, nt

    # the line formats stream: the row writer fails after 20 rows, with bytes already in the temp file
    for mod, name in ((nt, "_nt_row"), (nquads, "_nq_row")):
        real = getattr(mod, name)
        check = _raise_after(20, exc)

        def row(*a, _real=real, _check=check):
            _check()
            return _real(*a)
        monkeypatch.setattr(mod, name, row)
    # the others serialize in memory: the serializer fails half way through the graph
    from rdflib import Dataset, Graph
    real_serialize = Graph.serialize
    check = _raise_after(0, exc)

    def serialize(self, *a, **k):
        real_serialize(self, format="nt")  # half the work done, then the failure
        check()
    monkeypatch.setattr(Graph, "serialize", serialize)
    monkeypatch.setattr(Dataset, "serialize", serialize)
    with pytest.raises(type(exc)):
        graphio.write(ds, out)
    assert out.read_bytes() == before, "the previous output changed"
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("suffix", SUFFIXES)
@pytest.mark.parametrize("fail", ["replace", "fsync"])
def test_faults_os_replace_fails(previous, monkeypatch, tmp_path: Path, suffix: str, fail: str) -> None:
    out, before = previous(suffix)

    def broken(*a, **k):
        raise OSError(errno.EIO, f"injected {fail} failure")
    monkeypatch.setattr(atomic.os, fail, broken)
    with pytest.raises(OSError, match=f"injected {fail}"):
        graphio.write(dataset(["New"]), out)
    assert out.read_bytes() == before
    assert leftovers(tmp_path) == []


def test_faults_store_dump_fails_half_way(monkeypatch, tmp_path: Path) -> None:
    st = OxigraphStore(tmp_path / "st")
    try:
        st.add_dataset(dataset(AWKWARD[:5]))
        out = tmp_path / "dump.nq"
        st.dump(out)
        before = out.read_bytes()
        real = ox.serialize

        def half(quads, output, *a, **k):
            output.write(b"<http://e/s> <http://e/p> \"half\" .\n")
            raise OSError(errno.ENOSPC, "No space left on device")
        monkeypatch.setattr(ox, "serialize", half)
        with pytest.raises(OSError, match="No space"):
            st.dump(out)
        monkeypatch.setattr(ox, "serialize", real)
        assert out.read_bytes() == before
        assert leftovers(tmp_path) == []
    finally:
        st.close()


@pytest.mark.parametrize("target", ["graph.nt", "events.csv", "graph.graphml", "graph.html", "graph.png"])
def test_faults_disk_full_and_permission_denied(monkeypatch, tmp_path: Path, target: str) -> None:
    """Through the CLI: a full disk, a folder that refuses new files, a missing folder: one error line,
    exit 1, the old file (if any) untouched, no temporary files."""
    src = tmp_path / "src.trig"
    graphio.write(dataset(["Kim", "Moon"]), src)
    out = tmp_path / target
    out.write_bytes(b"previous")
    verb = "viz" if target.endswith((".html", ".png")) else "export"
    runner = CliRunner()

    real_fsync = atomic.os.fsync

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(atomic.os, "fsync", full)
    res = runner.invoke(main, [verb, str(src), "-o", str(out)])
    assert res.exit_code == 1 and "No space left on device" in res.output, res.output
    assert out.read_bytes() == b"previous" and leftovers(tmp_path) == []
    monkeypatch.setattr(atomic.os, "fsync", real_fsync)

    def denied(*a, **k):
        raise PermissionError(errno.EACCES, "Permission denied", str(tmp_path))
    monkeypatch.setattr(atomic.tempfile, "mkstemp", denied)
    res = runner.invoke(main, [verb, str(src), "-o", str(out)])
    assert res.exit_code == 1 and "Permission denied" in res.output, res.output
    assert out.read_bytes() == b"previous"
    monkeypatch.undo()

    res = runner.invoke(main, [verb, str(src), "-o", str(tmp_path / "missing" / target)])
    assert res.exit_code == 1 and "does not exist" in res.output, res.output
    assert not (tmp_path / "missing").exists()


# ---- a build killed at a random point ----

def _store_quads(path: Path) -> set[str]:
    st = OxigraphStore(path, read_only=True)
    try:
        return {str(q) for q in st._store.quads_for_pattern(None, None, None, None)}
    finally:
        st.close()


def _no_half_articles(path: Path) -> None:
    """Every event, mention and evidence node is in the graph of an article that is itself there."""
    st = OxigraphStore(path, read_only=True)
    try:
        orphans = st.query("""
            PREFIX kg: <https://w3id.org/news-kg/ontology#>
            SELECT ?x WHERE { GRAPH ?g { ?x a ?t . FILTER(?t IN (kg:Event, kg:Mention, kg:Evidence)) }
                              FILTER NOT EXISTS { GRAPH ?g { ?g a kg:Article } } }""").rows
        assert orphans == []
    finally:
        st.close()


def test_faults_sigkill_then_rerun_converges(tmp_path: Path) -> None:
    samples = sorted(str(p) for p in (REPO / "kg" / "data" / "samples").glob("*.txt"))[:3]
    out, store = tmp_path / "graph.trig", tmp_path / "store"
    cmd = KG + ["build", *samples, "-o", str(out), "--store", str(store)]
    env = {**os.environ, "PYTHONHASHSEED": "random"}
    first = subprocess.run(cmd, capture_output=True, text=True, timeout=300, env=env)
    assert first.returncode == 0, first.stderr
    output_before, quads_before = out.read_bytes(), _store_quads(store)
    assert quads_before

    seed = random.randrange(10**6)
    at = random.Random(seed).uniform(0.3, 6.0)
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    time.sleep(at)
    proc.send_signal(signal.SIGKILL)
    proc.wait(30)
    why = f"(killed after {at:.2f} s, seed {seed})"
    # the output is the previous one or the complete new one, never a part; a SIGKILL cannot be
    # handled, so a temporary of the killed process may stay (named by its pid), and only that
    assert out.read_bytes() == output_before, why
    assert all(f".{proc.pid}." in name for name in leftovers(tmp_path)), (leftovers(tmp_path), proc.pid, why)
    # the store reopens, holds whole articles only, and (the same input) the same graph
    _no_half_articles(store)
    assert _store_quads(store) == quads_before, why
    again = subprocess.run(cmd, capture_output=True, text=True, timeout=300, env=env)
    assert again.returncode == 0, again.stderr
    assert out.read_bytes() == output_before, "a re-run gives another file " + why
    assert _store_quads(store) == quads_before, why
    assert leftovers(tmp_path) == [], why  # the re-run removed what the killed run left


def test_faults_stale_temporaries_swept_live_ones_kept(tmp_path: Path) -> None:
    """What a killed writer left is removed by the next writer of the same output; a temporary of a
    writer still running, another output's, and files of other shapes are not touched."""
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead_pid = int(dead.stdout)
    live = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        names = [f".graph.ttl.{dead_pid}.ab12_cd3.tmp", f".graph.ttl.{live.pid}.zz99xx00.tmp",
                 f".other.ttl.{dead_pid}.ab12cd34.tmp", ".graph.ttl.k3j4l5m6.tmp", "graph.ttl.notes",
                 f".kg-build-{dead_pid}.q1w2e3r4.nq"]
        for name in names:
            (tmp_path / name).write_text("part")
        with atomic.atomic_write(tmp_path / "graph.ttl", "w", encoding="utf-8") as fh:
            fh.write("whole")
        assert (tmp_path / "graph.ttl").read_text() == "whole"
        left = sorted(p.name for p in tmp_path.iterdir())
        assert names[0] not in left  # the dead writer's temporary of this output
        assert set(names[1:5]) <= set(left)  # live writer's, another output's, unknown shapes
        assert names[5] in left  # a build's spill file is swept by the next build, not by a plain write
        assert atomic.sweep_stale(tmp_path, ".kg-build-", ".nq") == [names[5]]
    finally:
        live.kill()
        live.wait(10)


# ---- two writers ----

HOLD = """
import sys, time
from kg.store import OxigraphStore
st = OxigraphStore(sys.argv[1])
print("locked", flush=True)
time.sleep(60)
"""


def test_faults_two_writers_on_one_store(tmp_path: Path) -> None:
    store = tmp_path / "store"
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(store)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        sample = str(REPO / "kg" / "data" / "samples" / "en-biden-kyiv-visit.txt")
        start = time.monotonic()
        second = subprocess.run(KG + ["build", sample, "--store", str(store)], capture_output=True, text=True,
                                timeout=120)
        assert second.returncode == 1
        assert f"store in use by process {holder.pid}" in second.stderr, second.stderr
        assert time.monotonic() - start < 30  # fails fast: before any article is parsed
        with pytest.raises(InputError, match=f"store in use by process {holder.pid}"):
            OxigraphStore(store, lock_wait=0.5)  # waiting on the lock gives up after its timeout
        OxigraphStore(store, read_only=True).close()  # readers are not writers
    finally:
        holder.send_signal(signal.SIGKILL)  # the kernel releases the lock even then
        holder.wait(10)
    st = OxigraphStore(store, lock_wait=5)
    st.close()


# ---- a push that fails half way ----

def test_faults_push_fails_half_way_then_converges(tmp_path: Path) -> None:
    ds = dataset(AWKWARD[:6])
    server = ox.Store()
    sent = {"n": 0}

    def send(text: str, fail_at: int | None = None) -> None:
        sent["n"] += 1
        if fail_at is not None and sent["n"] == fail_at:
            raise ConnectionResetError("injected: connection dropped on request %d" % fail_at)
        server.update(text)

    quads = _ox_quads_of(ds)
    largest = max(sum(1 for q in quads if q.graph_name == g) for g in {q.graph_name for q in quads})
    with pytest.raises(ConnectionResetError):
        push(iter(quads), "http://127.0.0.1:9/update", batch_triples=largest, send=lambda t: send(t, fail_at=3))
    # only whole articles arrived: each graph there equals its source graph
    for g in server.named_graphs():
        assert {_canon(q.triple) for q in server.quads_for_pattern(None, None, None, g)} == \
               {_canon(q.triple) for q in quads if q.graph_name == g}
    assert 0 < sum(1 for _ in server.named_graphs()) < len({q.graph_name for q in quads})
    push(iter(quads), "http://127.0.0.1:9/update", batch_triples=largest, send=send)
    push(iter(quads), "http://127.0.0.1:9/update", batch_triples=largest, send=send)  # again: no duplicates
    assert {_canon(q) for q in server} == {_canon(q) for q in quads}


def _canon(t) -> str:
    """Oxigraph stores xsd:nonNegativeInteger values as xsd:integer (the same numbers)."""
    return str(t).replace("XMLSchema#nonNegativeInteger", "XMLSchema#integer")


# ---- one writer ----

ALLOWED_RAW_WRITES = {
    # file or file::function -> why: files that are not outputs, or that cannot be written by rename
    "kg/atomic.py": "the atomic writer itself",
    "kg/sinks.py": "the build's working file and the store's append-only merge log (a torn last line is skipped)",
    "kg/store.py::lock_store": "the store's lock file (holds a pid; never an output)",
}


def test_faults_every_output_goes_through_atomic_write() -> None:
    """No module writes a file by itself: write_text/write_bytes, open(…, 'w'/'a'/'x'), savefig to a
    path, or a serializer's destination= would truncate the old output before the new one is whole."""
    import ast

    bad = []
    for path in sorted((REPO / "kg").rglob("*.py")):
        rel = path.relative_to(REPO).as_posix()
        if rel in ALLOWED_RAW_WRITES:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        allowed_calls = {id(n) for f in ast.walk(tree) if isinstance(f, ast.FunctionDef)
                         and f"{rel}::{f.name}" in ALLOWED_RAW_WRITES for n in ast.walk(f)}
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or id(node) in allowed_calls:
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name in ("write_text", "write_bytes"):
                bad.append(f"{rel}:{node.lineno} {name}")
            if name == "open" and len(node.args) > 1 and isinstance(node.args[1], ast.Constant) \
                    and any(c in str(node.args[1].value) for c in "wax"):
                bad.append(f"{rel}:{node.lineno} open(…, {node.args[1].value!r})")
            if any(k.arg == "destination" for k in node.keywords):
                bad.append(f"{rel}:{node.lineno} {name}(destination=…)")
            if name == "savefig" and node.args and isinstance(node.args[0], (ast.Constant, ast.JoinedStr)):
                bad.append(f"{rel}:{node.lineno} savefig(path)")
    assert bad == [], "write through kg.atomic.atomic_write: " + "; ".join(bad)

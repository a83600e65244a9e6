"""Streaming `kg build`: lazy reading, worker processes, resume after a kill, bad articles, over-long
articles split with their offsets kept, and the Dask path. Tiny articles written here."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset
from rdflib.compare import isomorphic

from kg import eventrows, graphio, pipeline
from kg.api import build_graph, build_stream
from kg.config import Settings
from kg.model import Article
from kg.pipeline import BuildReport, split_text
from kg.sinks import MERGE_INDEX
from kg.store import OxigraphStore

REPO = Path(__file__).resolve().parents[1]
KG = [sys.executable, "-m", "kg"]

PAIRS_EN = [("Joe Biden", "Volodymyr Zelensky", "Kyiv"), ("Vladimir Putin", "Kim Jong Un", "Vladivostok"),
            ("Emmanuel Macron", "Olaf Scholz", "Berlin"), ("Recep Tayyip Erdogan", "Abdel Fattah al-Sisi", "Ankara")]
PAIRS_FR = [("Emmanuel Macron", "Olaf Scholz", "Berlin"), ("Vladimir Poutine", "Kim Jong-un", "Vladivostok")]


def tiny(n: int) -> list[dict]:
    """n short news-like records in English and French; pairs repeat a day apart, so some events
    are reported by several articles and merge."""
    out = []
    for i in range(n):
        day = date(2023, 9, 1) + timedelta(days=(i // 3) % 5)
        if i % 4 == 3:
            a, b, city = PAIRS_FR[i % len(PAIRS_FR)]
            title = f"{a} reçoit {b}"
            text = (f"{a} a rencontré {b} à {city} mardi. Les deux dirigeants ont signé un accord de coopération."
                    f"\n\n{a} a promis une aide de {i + 2} millions d'euros à son homologue.")
            lang = "fr"
        else:
            a, b, city = PAIRS_EN[i % len(PAIRS_EN)]
            title = f"{a} meets {b} in {city}"
            text = (f"{a} met {b} in {city} on Tuesday. The two leaders signed a cooperation agreement."
                    f"\n\n{a} promised {b} {i + 2} million dollars in aid, officials said.")
            lang = "en"
        out.append({"id": f"art-{i:03d}", "title": title, "text": text, "published": day.isoformat(), "lang": lang})
    return out


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def articles(records: list[dict]) -> list[Article]:
    return [Article(r["id"], r["text"], title=r["title"], published=date.fromisoformat(r["published"]),
                    lang=r["lang"], origin=f"mem:{r['id']}") for r in records]


def store_quads(path: Path) -> set:
    """Every quad of a store (article graphs and the default union graph)."""
    st = ox.Store.read_only(str(path))
    try:
        return set(st.quads_for_pattern(None, None, None, None))
    finally:
        del st


def test_split_text_cuts_at_paragraphs_and_keeps_every_character() -> None:
    text = "".join(f"Paragraph {i} says something long enough. It has two sentences.\n\n" for i in range(40))
    parts = split_text(text, 300)
    assert len(parts) > 5 and "".join(parts) == text
    assert all(len(p) <= 300 for p in parts)
    assert all(p.endswith("\n\n") for p in parts[:-1])  # cut after a blank line, never inside a paragraph
    one_line = "word " * 200
    parts = split_text(one_line, 64)
    assert "".join(parts) == one_line and all(len(p) <= 64 for p in parts)


@pytest.mark.slow
def test_build_reads_its_input_lazily(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kg import sinks

    pulled = 0

    def feed():
        nonlocal pulled
        for art in articles(tiny(40)):
            pulled += 1
            yield art

    seen_at_first_write: list[int] = []
    original = sinks.FileSink.write

    def spy(self, res):
        seen_at_first_write.append(pulled)
        return original(self, res)

    monkeypatch.setattr(sinks.FileSink, "write", spy)
    report = build_stream(feed(), output=tmp_path / "g.nq", jobs=1, settings=Settings(batch_size=4))
    assert report.articles == 40 and pulled == 40
    # the first article was written when only its chunk (4 batches) had been read, not the corpus
    assert seen_at_first_write[0] <= 16 < 40
    assert (tmp_path / "g.nq").is_file()


@pytest.mark.slow
def test_stream_output_equals_the_in_memory_build(tmp_path: Path) -> None:
    """Merged events included: the streaming writer gives the graph build_graph gives."""
    feed = write_jsonl(tmp_path / "feed.jsonl", tiny(12))
    inputs = [str(feed)] + [str(p) for p in sorted((REPO / "tests" / "golden").glob("*/input.*"))]
    expected = graphio.union(build_graph(inputs))
    for suffix in (".trig", ".ttl"):
        out = tmp_path / f"g{suffix}"
        report = build_stream(inputs, output=out, jobs=1)
        assert report.articles == 14 and not report.failed
        assert isomorphic(expected, graphio.union(graphio.read(out))), suffix
    merged = [s for s in expected.subjects() if "/id/event/" in str(s)]
    assert merged, "expected events reported by several articles"


@pytest.mark.slow
def test_two_jobs_give_the_graph_of_one(tmp_path: Path) -> None:
    feed = write_jsonl(tmp_path / "feed.jsonl", tiny(24))
    one = build_stream([str(feed)], output=tmp_path / "one.trig", jobs=1, settings=Settings(batch_size=4))
    two = build_stream([str(feed)], output=tmp_path / "two.trig", jobs=2, settings=Settings(batch_size=4))
    assert one.articles == two.articles == 24 and one.events == two.events > 0
    g1, g2 = graphio.read(tmp_path / "one.trig"), graphio.read(tmp_path / "two.trig")
    assert isomorphic(graphio.union(g1), graphio.union(g2))
    names = lambda ds: {str(g.identifier) for g in ds.graphs() if len(g)}  # noqa: E731
    assert names(g1) == names(g2) and len(names(g1)) == 24


@pytest.mark.slow
def test_resume_after_kill_finishes_to_a_clean_build(tmp_path: Path) -> None:
    feed = write_jsonl(tmp_path / "feed.jsonl", tiny(60))
    killed = tmp_path / "killed"
    env = dict(os.environ, PYTHONPATH=str(REPO))
    proc = subprocess.Popen(KG + ["build", str(feed), "--store", str(killed), "--jobs", "1"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=tmp_path)
    index = killed / MERGE_INDEX
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and proc.poll() is None:
        if index.is_file() and index.read_text(encoding="utf-8").count("\n") >= 8:
            break
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    # the store opens and is consistent: every article graph complete (its hash and text), in the union
    st = OxigraphStore(killed, read_only=True)
    done = st.articles()
    # (an article's index entry is written just before its transaction: the killed one may have one)
    assert 7 <= len(done) < 60, len(done)
    rows = st.query("PREFIX kg: <https://w3id.org/news-kg/ontology#> "
                    "SELECT ?g ?h WHERE { GRAPH ?g { ?g kg:contentHash ?h ; kg:text ?t } }").rows
    assert {str(r["g"]) for r in rows} == set(done)
    st.close()
    quads = store_quads(killed)
    named = {(q.subject, q.predicate, q.object) for q in quads
             if not isinstance(q.graph_name, ox.DefaultGraph) and not eventrows.is_rows_graph(q.graph_name.value)}
    default = {(q.subject, q.predicate, q.object) for q in quads if isinstance(q.graph_name, ox.DefaultGraph)}
    assert named == default  # the default graph is the union of the article graphs written
    # and each article graph has its event rows (written in the same transaction)
    assert {q.graph_name.value for q in quads if q.predicate.value == eventrows.PREDICATE} == {
        eventrows.graph_of(g) for g in done}
    # run again: the articles already there are skipped, the rest built, the merge redone
    again = subprocess.run(KG + ["build", str(feed), "--store", str(killed), "--jobs", "1"], env=env,
                           capture_output=True, text=True, cwd=tmp_path, timeout=600)
    assert again.returncode == 0, again.stderr
    assert f"{len(done)} already in the store" in again.stderr
    assert again.stderr.startswith(f"{60 - len(done)} articles, ")
    clean = tmp_path / "clean"
    with OxigraphStore(clean) as cs:
        build_stream([str(feed)], store=cs, jobs=1)
    assert store_quads(killed) == store_quads(clean)
    assert any("/id/event/" in q.subject.value for q in store_quads(clean))  # merges were redone


@pytest.mark.slow
def test_bad_articles_are_counted_and_the_run_goes_on(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    recs = tiny(3)
    for r in recs:
        (folder / f"{r['id']}.txt").write_text(f"{r['title']}\n\n{r['text']}\n", encoding="utf-8")
    (folder / "empty.txt").write_text("  \n", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02PNG" * 50)
    (folder / "feed.jsonl").write_text('{"id": "ok", "lang": "en", "text": "Joe Biden met Olaf Scholz in Berlin."}\n'
                                       '{"id": "broken", "text": \n'
                                       '{"id": "de", "lang": "de", "text": "Olaf Scholz traf Joe Biden."}\n',
                                       encoding="utf-8")
    report = BuildReport()
    build_stream([str(folder)], output=tmp_path / "g.nq", jobs=1, report=report)
    assert report.articles == 4
    failed = dict(report.failed)
    assert set(failed) == {str(folder / "empty.txt"), str(folder / "binary.txt"), f"{folder / 'feed.jsonl'}:2"}
    assert "empty" in failed[str(folder / "empty.txt")]
    assert [o for o, _ in report.skipped] == [f"{folder / 'feed.jsonl'}:3"]
    ds = graphio.read(tmp_path / "g.nq")
    assert len({g.identifier for g in ds.graphs() if len(g)}) == 4


@pytest.mark.slow
def test_over_long_article_is_parsed_in_parts_with_true_offsets(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "PART_CHARS", 400)
    body = "\n\n".join(r["text"] for r in tiny(12) if r["lang"] == "en")
    art = Article("long", body, title="Leaders meet", published=date(2023, 9, 5), lang="en", origin="long.txt")
    assert len(art.full_text) > 1500 and len(split_text(art.full_text, 400)) > 3
    (ag,) = list(pipeline.process([art]))
    text = art.full_text
    assert ag.sentences and all(text[s.start:s.end] == s.text for s in ag.sentences)
    assert ag.mentions and all(text[m.start:m.end] == m.text for m in ag.mentions)
    assert ag.events and all(text[e.trigger_start:e.trigger_end] == e.trigger for e in ag.events)
    late = [s for s in ag.sentences if s.start > 1200]
    assert late, "sentences of the last parts are kept"


@pytest.mark.slow
def test_dask_local_cluster_gives_the_local_graph(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    feed = write_jsonl(tmp_path / "feed.jsonl", tiny(12))
    build_stream([str(feed)], output=tmp_path / "local.nq", jobs=1, settings=Settings(batch_size=4))
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None,
                                  host="127.0.0.1") as cluster:
        address = cluster.scheduler_address.replace("tcp://", "dask://")
        report = build_stream([str(feed)], output=tmp_path / "dask.nq", cluster=address,
                              settings=Settings(batch_size=4))
    assert report.articles == 12 and not report.failed
    local, remote = graphio.read(tmp_path / "local.nq"), graphio.read(tmp_path / "dask.nq")
    assert isinstance(remote, Dataset) and isomorphic(graphio.union(local), graphio.union(remote))

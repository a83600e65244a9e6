"""The nasty corpus (tests/nasty/): one bad input per row of the reliability checklist, each with its
expected outcome in tests/nasty/manifest.json, checked by one parametrised test."""
from __future__ import annotations

import ast
import json
import re
import sys
from pathlib import Path

import pytest

from kg import graphio
from kg import query as q
from kg.config import Settings
from kg.errors import KgError
from kg.ingest import IngestProblem, read_inputs

REPO = Path(__file__).resolve().parents[1]
NASTY = REPO / "tests" / "nasty"
sys.path.insert(0, str(NASTY))
import make  # noqa: E402  (tests/nasty/make.py)

MANIFEST = json.loads((NASTY / "manifest.json").read_text(encoding="utf-8"))["inputs"]
REFERENCE = REPO.parent / "shared" / "reference" / "reliability.md"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return make.generate(tmp_path_factory.mktemp("nasty"))


def _matches(patterns: list[str], got: list[str], what: str) -> None:
    assert len(got) == len(patterns), f"{what}: expected {len(patterns)} ({patterns}), got {got}"
    for pat, msg in zip(patterns, got):
        assert re.search(pat, msg), f"{what}: {msg!r} does not match {pat!r}"


def _texts(articles) -> str:
    return "\n".join(a.full_text for a in articles)


def _check_text(expect: dict, text: str) -> None:
    for s in expect.get("text_has", []):
        assert s in text, f"{s!r} not in the article text {text[:300]!r}"
    for s in expect.get("text_lacks", []):
        assert s not in text, f"{s!r} should not be in the article text"


def run_ingest(path: Path, entry: dict) -> None:
    items = list(read_inputs([str(path)]))
    arts = [i for i in items if not isinstance(i, IngestProblem)]
    problems = [f"{i.origin}: {i.problem}" for i in items if isinstance(i, IngestProblem)]
    expect = entry["expect"]
    assert len(arts) == expect["articles"], (arts, problems)
    _matches(expect.get("problems", []), problems, "problems")
    for p in problems:
        assert str(path) in p, f"the message does not name the file: {p}"
    _check_text(expect, _texts(arts))


def run_build(path: Path, entry: dict, tmp_path: Path) -> None:
    from kg import rdf
    from kg.pipeline import BuildReport, build

    report = BuildReport()
    graphs = list(build([str(path)], Settings(), entry.get("lang"), report))
    expect = entry["expect"]
    assert report.articles == len(graphs) == expect["articles"], (report.skipped, report.failed)
    if "events" in expect:
        assert report.events == expect["events"]
    for key in ("skipped", "failed"):
        if key in expect:
            _matches(expect[key], [f"{o}: {why}" for o, why in getattr(report, key)], key)
    _check_text(expect, _texts(g.article for g in graphs))
    if "max_sentence_tokens" in expect:
        longest = max(len(re.findall(r"\w+|[^\w\s]", s.text)) for g in graphs for s in g.sentences)
        assert longest <= expect["max_sentence_tokens"]
    if "languages" in expect:
        assert sorted({g.article.lang for g in graphs}) == expect["languages"]
    if expect.get("exports") or expect.get("store_inert"):
        ds = rdf.new_dataset()
        for g in graphs:
            rdf.add_article(ds, g)
        if expect.get("exports"):
            from test_roundtrip import assert_round_trips

            assert_round_trips(ds, tmp_path)
        if expect.get("store_inert"):
            from kg.store import OxigraphStore

            st = OxigraphStore(tmp_path / "store")
            try:
                st.add_dataset(ds)
                n = len(st)
                assert n > 0 and st.articles()
                titles = st.query("SELECT ?t WHERE { ?a <https://w3id.org/news-kg/ontology#title> ?t }").rows
                assert [str(r["t"]) for r in titles] == [g.article.title for g in graphs]
                st.add_dataset(ds)  # again: the same graph, nothing dropped, nothing inserted twice
                assert len(st) == n
            finally:
                st.close()


def run_graph(path: Path, entry: dict) -> None:
    expect = entry["expect"]
    if "error" in expect:
        with pytest.raises(KgError, match=expect["error"]) as info:
            graphio.read(path)
        assert str(path) in str(info.value)
        return
    ds = graphio.read(path)
    quads = list(ds.quads((None, None, None, None)))
    assert len(quads) == expect["quads"]
    assert len({getattr(c, "identifier", c) for *_, c in quads}) == expect["graphs"]


def run_query(path: Path, entry: dict) -> None:
    text = path.read_text(encoding="utf-8")
    q._CHECKED.clear()
    with pytest.raises(KgError, match=entry["expect"]["error"]):
        q.check_safe(text)


def run_covered(entry: dict) -> None:
    """The row is held by a test elsewhere: that test must exist (so a rename cannot drop a row)."""
    file, _, name = entry["test"].partition("::")
    tree = ast.parse((REPO / file).read_text(encoding="utf-8"))
    names = {n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)}
    assert name in names, f"{entry['test']} does not exist"


def run_na(entry: dict) -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Security and reliability", 1)[-1]
    assert re.search(rf"^\| {entry['row']} \|", section, re.M), f"row {entry['row']} is not explained in README"


@pytest.mark.parametrize("entry", MANIFEST, ids=[e["file"] for e in MANIFEST])
def test_nasty(entry: dict, corpus: Path, tmp_path: Path) -> None:
    stage = entry["stage"]
    if stage == "covered":
        return run_covered(entry)
    if stage == "na":
        return run_na(entry)
    path = corpus / entry["file"]
    if stage == "ingest":
        run_ingest(path, entry)
    elif stage == "build":
        run_build(path, entry, tmp_path)
    elif stage == "graph":
        run_graph(path, entry)
    elif stage == "query":
        run_query(path, entry)
    else:
        pytest.fail(f"unknown stage {stage!r} in the manifest")


def test_nasty_every_checklist_row_has_an_entry() -> None:
    rows = {e["row"] for e in MANIFEST}
    n = 38
    if REFERENCE.is_file():  # the checklist itself, when the shared folder is beside the checkout
        n = len(re.findall(r"^\| (\d+) \|", REFERENCE.read_text(encoding="utf-8"), re.M))
    assert rows == set(range(1, n + 1))


def test_nasty_checked_in_files_match_the_generator() -> None:
    on_disk = {p.name: p.read_bytes() for p in (NASTY / "files").iterdir()}
    assert on_disk == make.SMALL, "run: python tests/nasty/make.py"
    for e in MANIFEST:
        if e["stage"] in ("ingest", "build", "graph", "query") and not e.get("generated"):
            assert e["file"] in make.SMALL, e["file"]


# ---- the limits themselves (kg.limits) ----

def test_nasty_runs_collapsed_letters_kept() -> None:
    from kg.limits import collapse_runs

    assert collapse_runs("Wow" + "!" * 40_000 + " " + "=" * 80 + " 1000000000000 aaaaaaaaaaaaaaaaaaaaaaaaa", 3) == \
        "Wow!!! === 1000000000000 aaaaaaaaaaaaaaaaaaaaaaaaa"
    assert collapse_runs("a!!b", 3) == "a!!b"


def test_nasty_long_sentences_cut_at_the_limit() -> None:
    from kg.limits import split_long_sentences

    text = "Short one. " + " ".join(f"w{i}" for i in range(1000)) + ". End."
    out = split_long_sentences(text, 400)
    parts = out.split("\n\n")
    assert len(parts) == 3
    sentences = [x for p in parts for x in re.split(r"(?<=\.)\s+", p)]
    assert max(len(re.findall(r"\w+|[^\w\s]", x)) for x in sentences) <= 400
    assert re.sub(r"\s+", " ", out) == text  # only breaks added, no word lost
    assert split_long_sentences("A normal sentence. Another one.", 400) == "A normal sentence. Another one."


def test_nasty_time_budget_skips_the_slow_document_and_goes_on(monkeypatch) -> None:
    """One article whose extraction hangs is skipped with a reason; the others are built."""
    import time

    from kg import pipeline
    from kg.model import Article

    real = pipeline.analyse

    def analyse(doc, art, *a):
        if art.id == "slow":
            time.sleep(30)
        return real(doc, art, *a)
    monkeypatch.setattr(pipeline, "analyse", analyse)
    text = "Emmanuel Macron visited Berlin on Monday to meet Chancellor Olaf Scholz."
    items = [Article(id=i, text=f"{text} ({i})", lang="en", origin=f"{i}.txt") for i in ("before", "slow", "after")]
    start = time.monotonic()
    out = pipeline.extract_articles(items, Settings(doc_seconds=1.0))
    assert time.monotonic() - start < 20
    assert [o.origin for o in out] == ["before.txt", "slow.txt", "after.txt"]
    assert out[0].graph is not None and out[2].graph is not None
    assert out[1].graph is None and re.search(r"over the time budget \(1 s per document", out[1].skipped)


def test_nasty_time_budget_when_the_parser_hangs() -> None:
    """nlp.pipe over a batch runs out of time: the batch is parsed one by one, the slow one skipped."""
    import time

    from kg.limits import parsed_within_budget
    from kg.model import Article

    class SlowNlp:
        def __call__(self, text):
            if "slow" in text:
                time.sleep(30)
            return text.upper()

        def pipe(self, texts, batch_size=1):
            for t in texts:
                yield self(t)

    arts = [(i, Article(id=n, text=n, origin=n)) for i, n in enumerate(["fast-1", "slow", "fast-2"])]
    skipped = []
    got = list(parsed_within_budget(SlowNlp(), arts, Settings(doc_seconds=0.5),
                                    lambda k, a, why: skipped.append((k, why))))
    assert [(k, doc) for (k, _), doc in got] == [(0, "FAST-1"), (2, "FAST-2")]
    assert [k for k, _ in skipped] == [1]


def test_nasty_budget_restores_an_outer_timer() -> None:
    import signal

    from kg.limits import budget

    signal.setitimer(signal.ITIMER_REAL, 100)
    try:
        with budget(5, "x"):
            pass
        left, _ = signal.getitimer(signal.ITIMER_REAL)
        assert 90 < left <= 100
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)

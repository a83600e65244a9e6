"""The `kg` command through click's CliRunner: exit codes, stdout/stderr, '-' for stdin, atomic output."""
from __future__ import annotations

import csv
import html
import io
import json
import os
import re
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal
from rdflib.namespace import RDF

from kg import graphio
from kg import query as q
from kg.atomic import atomic_write
from kg.cli import main
from kg.namespaces import KG
from kg.rdf import article_iri

EVENTS_VARS = ["event", "type", "cameo", "source", "sourceLabel", "sourceWikidata", "target", "targetLabel",
               "targetWikidata", "place", "placeLabel", "date", "factuality", "reportedBy", "sentence", "article"]
EN_ARTICLE = ("Biden visits Kyiv\n\nU.S. President Joe Biden visited Kyiv on Monday and met Ukrainian President "
              "Volodymyr Zelensky. He promised Ukraine new military aid.\n")
FR_ARTICLE = ("Macron en visite à Berlin\n\nLe président français Emmanuel Macron s'est rendu lundi à Berlin, où il "
              "a rencontré le chancelier allemand Olaf Scholz.\n")


def run(runner: CliRunner, *args: str, **kw):
    return runner.invoke(main, [str(a) for a in args], catch_exceptions=False, **kw)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


# ---- build ----

def test_cli_build_samples(runner: CliRunner, sample_paths: list[str], tmp_path: Path) -> None:
    out = tmp_path / "graph.trig"
    result = run(runner, "build", str(Path(sample_paths[0]).parent), "-o", out)
    assert result.exit_code == 0, result.output
    assert out.is_file()
    # the five files and the five lines of samples.jsonl, which have the same ids: four lines repeat
    # their file's text and are skipped as duplicates; the HTML page's text differs from its line's
    assert re.search(r"^6 articles, \d+ events, \d+ triples → ", result.stderr, re.M), result.stderr
    assert result.stderr.count("(same text); skipped") == 4, result.stderr
    assert result.stdout == ""  # summaries go to stderr
    ds = graphio.read(out)
    # the folder also holds samples.jsonl with the same five ids: each article is one named graph
    names = {str(g.identifier) for g in ds.graphs() if len(g)}
    assert names == {str(article_iri(Path(p).stem)) for p in sample_paths}


@pytest.mark.parametrize("good_name, good_text", [("macron-berlin.txt", FR_ARTICLE), ("biden-kyiv.txt", EN_ARTICLE)])
def test_cli_build_bad_jsonl_line_fails_but_keeps_good_articles(runner: CliRunner, tmp_path: Path,
                                                                good_name: str, good_text: str) -> None:
    good = tmp_path / good_name
    good.write_text(good_text, encoding="utf-8")
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "from-feed", "text": good_text.split("\n\n", 1)[1]}) + "\n"
                    + '{"id": "broken", "text": \n', encoding="utf-8")
    out = tmp_path / "graph.ttl"
    result = run(runner, "build", good, feed, "-o", out)
    assert result.exit_code == 1
    assert f"failed  {feed}:2: not valid JSON" in result.stderr
    assert "2 articles" in result.stderr
    g = Graph().parse(out, format="turtle")
    articles = set(g.subjects(RDF.type, KG.Article))
    assert articles == {article_iri(Path(good_name).stem), article_iri("from-feed")}
    assert (article_iri(Path(good_name).stem), KG.title, None) in g


def test_cli_build_unknown_output_suffix(runner: CliRunner, tmp_path: Path) -> None:
    src = tmp_path / "in.txt"
    src.write_text(EN_ARTICLE, encoding="utf-8")
    result = run(runner, "build", src, "-o", tmp_path / "graph.xyz")
    assert result.exit_code == 1
    assert "unknown RDF format '.xyz'" in result.stderr
    assert ".ttl, .nt, .jsonld, .trig, .nq" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.txt"]


@pytest.mark.parametrize("text, title", [
    (FR_ARTICLE, "Macron en visite à Berlin"),
    (EN_ARTICLE, "Biden visits Kyiv"),
])
def test_cli_build_from_stdin(runner: CliRunner, tmp_path: Path, text: str, title: str) -> None:
    out = tmp_path / "stdin.ttl"
    result = run(runner, "build", "-", "-o", out, input=text)
    assert result.exit_code == 0, result.output
    g = Graph().parse(out, format="turtle")
    (art,) = g.subjects(RDF.type, KG.Article)
    assert [str(t) for t in g.objects(art, KG.title)] == [title]


def test_cli_build_jsonl_from_stdin(runner: CliRunner, tmp_path: Path) -> None:
    lines = "\n".join(json.dumps({"id": i, "text": t.split("\n\n", 1)[1], "lang": i[:2]})
                      for i, t in (("fr-macron", FR_ARTICLE), ("en-biden", EN_ARTICLE)))
    out = tmp_path / "stdin.nt"
    result = run(runner, "build", "-", "-o", out, input=lines + "\n")
    assert result.exit_code == 0, result.output
    g = Graph().parse(out, format="nt")
    assert set(g.subjects(RDF.type, KG.Article)) == {article_iri("fr-macron"), article_iri("en-biden")}
    assert (article_iri("fr-macron"), KG.language, Literal("fr")) in g


def test_cli_build_missing_input(runner: CliRunner, tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    result = run(runner, "build", missing, "-o", tmp_path / "g.ttl")
    assert result.exit_code == 1
    assert f"failed  {missing}: no such file or directory" in result.stderr


def test_cli_build_needs_output(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["build", str(tmp_path)])
    assert result.exit_code == 2
    assert "--output" in result.stderr


# ---- query, queries ----

def test_cli_query_named_csv(runner: CliRunner, sample_ttl: Path) -> None:
    result = run(runner, "query", sample_ttl, "visits", "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == ["event", "cameo", "sourceLabel", "targetLabel", "date", "factuality", "sentence", "article"]
    found = {(r[2], r[1], r[3]) for r in rows[1:]}
    assert ("Joe Biden", "042", "Ukraine") in found
    assert {r[1] for r in rows[1:]} <= {"042", "043"}


@pytest.mark.parametrize("fmt, first_line", [
    ("tsv", "?event\t?cameo\t?role\t?sourceLabel\t?targetLabel\t?date\t?factuality\t?sentence"),
    ("csv", "event,cameo,role,sourceLabel,targetLabel,date,factuality,sentence"),
])
def test_cli_query_param(runner: CliRunner, sample_ttl: Path, fmt: str, first_line: str) -> None:
    result = run(runner, "query", sample_ttl, "actor", "-p", "actor=Q7747", "-f", fmt)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == first_line
    assert "Vladimir Putin" in result.stdout


def test_cli_query_json_sparql_text(runner: CliRunner, sample_ttl: Path) -> None:
    text = ("PREFIX kg: <https://w3id.org/news-kg/ontology#> "
            "SELECT (COUNT(?a) AS ?n) WHERE { ?a a kg:Article }")
    result = run(runner, "query", sample_ttl, text, "--format", "json")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["head"]["vars"] == ["n"]
    assert doc["results"]["bindings"][0]["n"]["value"] == "5"


def test_cli_query_missing_graph_file(runner: CliRunner, tmp_path: Path) -> None:
    missing = tmp_path / "missing-graph.ttl"
    result = run(runner, "query", missing, "events")
    assert result.exit_code == 1
    assert f"Error: {missing}: no such graph file" in result.stderr


@pytest.mark.parametrize("args, message", [
    (["visits"], "give a graph file and a query"),
    (["g.ttl", "visits", "-p", "actor"], "expected name=value"),
])
def test_cli_query_usage_errors(runner: CliRunner, sample_ttl: Path, args: list[str], message: str) -> None:
    args = [str(sample_ttl) if a == "g.ttl" else a for a in args]
    result = runner.invoke(main, ["query", *args])
    assert result.exit_code == 2
    assert message in result.stderr


@pytest.mark.parametrize("args, message", [
    (["nonsense"], "unknown query 'nonsense'"),
    (["actor"], "needs --param actor="),
    (["visits", "-p", "actor=Q7747"], "has no parameter ['actor']"),
    (["INSERT DATA { <http://a.example/x> <http://a.example/y> 1 } # SELECT"], "update operations are refused"),
])
def test_cli_query_errors(runner: CliRunner, sample_ttl: Path, args: list[str], message: str) -> None:
    result = run(runner, "query", sample_ttl, *args)
    assert result.exit_code == 1
    assert message in result.stderr
    assert result.stderr.startswith("Error: ")


def test_cli_query_endpoint(runner: CliRunner, sparql_endpoint) -> None:
    url, received = sparql_endpoint
    result = run(runner, "query", "--endpoint", url, "visits", "--format", "csv")
    assert result.exit_code == 0, result.output
    assert received[-1] == q.resolve("visits").text
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0][:4] == ["event", "cameo", "sourceLabel", "targetLabel"]
    assert ("Joe Biden", "042", "Ukraine") in {(r[2], r[1], r[3]) for r in rows[1:]}


@pytest.mark.parametrize("args, code, message", [
    (["--endpoint", "http://127.0.0.1:9/sparql", "visits"], 1, "cannot query the endpoint"),
    (["--endpoint", "http://127.0.0.1:9/sparql", "g.ttl", "visits"], 2, "with --endpoint give only the query"),
])
def test_cli_query_endpoint_errors(runner: CliRunner, args: list[str], code: int, message: str) -> None:
    result = runner.invoke(main, ["query", *args, "--timeout", "5"])
    assert result.exit_code == code
    assert message in result.stderr


def test_cli_queries_lists_named_queries(runner: CliRunner) -> None:
    result = run(runner, "queries")
    assert result.exit_code == 0
    lines = {line.split()[0]: line for line in result.stdout.splitlines()}
    assert set(lines) == set(q.named_queries())
    assert "events" in lines and "actor" in lines
    assert "--param actor=…" in lines["actor"]
    assert q.named_queries()["events"].title in lines["events"]


# ---- export ----

def test_cli_export_csv(runner: CliRunner, sample_ttl: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    result = run(runner, "export", sample_ttl, "-o", out)
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert rows[0] == EVENTS_VARS
    assert ("Joe Biden", "042", "Ukraine") in {(r[4], r[2], r[7]) for r in rows[1:]}
    assert re.search(rf"events table \({len(rows) - 1} rows\) → ", result.stderr)


@pytest.mark.parametrize("suffix", [".tsv", ".json"])
def test_cli_export_tsv_json(runner: CliRunner, sample_ttl: Path, tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"events{suffix}"
    result = run(runner, "export", sample_ttl, "-o", out)
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    if suffix == ".tsv":
        assert text.split("\n", 1)[0].split("\t") == [f"?{v}" for v in EVENTS_VARS]
        assert "<http://www.wikidata.org/entity/Q6279>" in text
    else:
        doc = json.loads(text)
        assert doc["head"]["vars"] == EVENTS_VARS
        assert {"type": "uri", "value": "http://www.wikidata.org/entity/Q6279"} in [
            b.get("sourceWikidata") for b in doc["results"]["bindings"]]


def test_cli_export_graphml(runner: CliRunner, sample_ttl: Path, tmp_path: Path) -> None:
    out = tmp_path / "graph.graphml"
    result = run(runner, "export", sample_ttl, "-o", out)
    assert result.exit_code == 0, result.output
    g = nx.read_graphml(out)
    kim, putin = "https://w3id.org/news-kg/id/entity/Q56226", "https://w3id.org/news-kg/id/entity/Q7747"
    assert g.nodes[putin]["label"] == "Vladimir Putin"
    assert g.nodes[putin]["wikidata"] == "http://www.wikidata.org/entity/Q7747"
    assert "042" in {d["cameo"] for d in g.get_edge_data(kim, putin).values()}


def test_cli_export_ntriples(runner: CliRunner, sample_ttl: Path, tmp_path: Path) -> None:
    out = tmp_path / "graph.nt"
    result = run(runner, "export", sample_ttl, "-o", out)
    assert result.exit_code == 0, result.output
    nt = Graph().parse(out, format="nt")
    ttl = Graph().parse(sample_ttl, format="turtle")
    assert len(nt) == len(ttl)
    assert set(nt) == set(ttl)


def test_cli_export_unknown_suffix(runner: CliRunner, sample_ttl: Path, tmp_path: Path) -> None:
    result = run(runner, "export", sample_ttl, "-o", tmp_path / "events.xlsx")
    assert result.exit_code == 1
    assert "unknown export format '.xlsx'" in result.stderr and ".graphml" in result.stderr
    assert list(tmp_path.iterdir()) == []


# ---- validate ----

def test_cli_validate_samples(runner: CliRunner, sample_ttl: Path) -> None:
    result = run(runner, "validate", sample_ttl)
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == f"{sample_ttl}: conforms"


@pytest.fixture
def conformant_ttl(sample_ttl: Path, tmp_path: Path) -> Path:
    """The sample graph with each article's kg:language added (what the pipeline should write)."""
    g = Graph().parse(sample_ttl, format="turtle")
    for art in g.subjects(RDF.type, KG.Article):
        if g.value(art, KG.language) is None:
            g.add((art, KG.language, Literal(str(art).rsplit("/", 1)[-1][:2])))
    path = tmp_path / "conformant.ttl"
    g.serialize(path, format="turtle")
    return path


def test_cli_validate_conforms(runner: CliRunner, conformant_ttl: Path) -> None:
    result = run(runner, "validate", conformant_ttl)
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == f"{conformant_ttl}: conforms"


def test_cli_validate_violations_exit_1(runner: CliRunner, conformant_ttl: Path, tmp_path: Path) -> None:
    g = Graph().parse(conformant_ttl, format="turtle")
    n_events = len(set(g.subjects(RDF.type, KG.Event)))
    g.remove((None, KG.factuality, None))
    broken = tmp_path / "broken.ttl"
    g.serialize(broken, format="turtle")
    result = run(runner, "validate", broken)
    assert result.exit_code == 1
    assert "Result Path: kg:factuality" in result.stdout
    assert f"{broken}: {n_events} violation(s)" in result.stderr


# ---- viz ----

def test_cli_viz_html(runner: CliRunner, sample_graph, sample_ttl: Path, tmp_path: Path) -> None:
    out = tmp_path / "graph.html"
    result = run(runner, "viz", sample_ttl, "-o", out)
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert not re.search(r"<script[^>]*\bsrc\s*=", page, re.I)
    assert not re.search(r"<link\b", page, re.I)
    assert not re.search(r"\b(src|href)\s*=\s*[\"']?https?://", page, re.I)
    sentences = sorted({str(r["sentence"]) for r in q.run_local(sample_graph, q.resolve("network")).rows})
    tricky = [s for s in sentences if html.escape(s) != s]  # apostrophes, quotes, ampersands
    assert tricky, "expected a sample sentence with characters HTML must escape"
    # the explorer carries its data as JSON in a script element (kg/explorer/page.py)
    data = json.loads(re.search(r'id="kg-data">(.*?)</script>', page, re.S).group(1))
    assert tricky[0] in {x["text"] for x in data["sentences"]}
    assert re.search(r"^\d+ actors, \d+ events → ", result.stderr)


@pytest.mark.parametrize("suffix, magic", [(".png", b"\x89PNG\r\n\x1a\n"), (".svg", b"<?xml")])
def test_cli_viz_image(runner: CliRunner, sample_ttl: Path, tmp_path: Path, suffix: str, magic: bytes) -> None:
    out = tmp_path / f"graph{suffix}"
    result = run(runner, "viz", sample_ttl, "-o", out)
    assert result.exit_code == 0, result.output
    data = out.read_bytes()
    assert data.startswith(magic)
    if suffix == ".svg":
        assert b"<svg" in data
    assert leftovers(tmp_path) == []


def test_cli_viz_unknown_suffix(runner: CliRunner, sample_ttl: Path, tmp_path: Path) -> None:
    result = run(runner, "viz", sample_ttl, "-o", tmp_path / "graph.gif")
    assert result.exit_code == 1
    assert "unknown picture format '.gif'" in result.stderr
    assert list(tmp_path.iterdir()) == []


# ---- help ----

@pytest.mark.parametrize("command", sorted(main.commands))
@pytest.mark.parametrize("flag", ["--help", "-h"])
def test_cli_help_every_command(runner: CliRunner, command: str, flag: str) -> None:
    result = run(runner, command, flag)
    assert result.exit_code == 0
    assert result.stdout.startswith(f"Usage: main {command}") or result.stdout.startswith(f"Usage: kg {command}")
    examples = [line.strip() for line in result.stdout.splitlines() if line.strip().startswith(f"kg {command}")]
    assert examples, f"`kg {command} --help` shows no example line"


def test_cli_help_main(runner: CliRunner) -> None:
    result = run(runner, "--help")
    assert result.exit_code == 0
    for name in main.commands:
        assert re.search(rf"^\s+{name}\b", result.stdout, re.M), name
    assert "kg build articles/ -o graph.ttl" in result.stdout


# ---- atomic output ----

def half_written(ds, path) -> None:
    """A graphio.write that dies after writing half the file (disk full)."""
    data = graphio.union(ds).serialize(format="turtle", encoding="utf-8")
    with atomic_write(path, "wb") as fh:
        fh.write(data[: len(data) // 2])
        fh.flush()
        raise OSError(28, "No space left on device")


def test_cli_export_atomic_on_failure(runner: CliRunner, sample_ttl: Path, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "graph.ttl"
    out.write_bytes(b"# the previous, complete graph\n")
    monkeypatch.setattr(graphio, "write", half_written)
    result = run(runner, "export", sample_ttl, "-o", out)
    assert result.exit_code == 1
    assert "No space left on device" in result.stderr
    assert out.read_bytes() == b"# the previous, complete graph\n"
    assert leftovers(tmp_path) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.ttl"]


def test_cli_build_atomic_on_failure(runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "graph.ttl"
    before = b"@prefix kg: <https://w3id.org/news-kg/ontology#> .\n"
    out.write_bytes(before)
    from kg import sinks

    def half_written_quads(make_quads, path) -> None:  # the streaming build's writer, dying half way
        with atomic_write(path, "wb") as fh:
            fh.write(b"".join(str(q).encode() + b" .\n" for q in make_quads())[:100])
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(sinks, "write_quads", half_written_quads)
    result = run(runner, "build", "-", "-o", out, input=EN_ARTICLE)
    assert result.exit_code == 1
    assert "No space left on device" in result.stderr
    assert out.read_bytes() == before
    assert leftovers(tmp_path) == [] and not [p for p in tmp_path.iterdir() if p.name.startswith(".kg-")]


@pytest.mark.parametrize("mode, payload", [("wb", b"new bytes\n"), ("w", "nouveau texte é\n")])
def test_cli_atomic_write_replaces_or_keeps(tmp_path: Path, mode: str, payload) -> None:
    path = tmp_path / "out.txt"
    path.write_bytes(b"old\n")
    enc = None if "b" in mode else "utf-8"
    with pytest.raises(RuntimeError):
        with atomic_write(path, mode, encoding=enc) as fh:
            fh.write(payload)
            raise RuntimeError("boom")
    assert path.read_bytes() == b"old\n"
    assert leftovers(tmp_path) == []
    with atomic_write(path, mode, encoding=enc) as fh:
        fh.write(payload)
    assert path.read_bytes() == (payload if isinstance(payload, bytes) else payload.encode("utf-8"))
    assert sorted(os.listdir(tmp_path)) == ["out.txt"]


def test_cli_atomic_write_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="output folder"):
        with atomic_write(tmp_path / "no" / "such" / "out.ttl"):
            pass
    assert list(tmp_path.iterdir()) == []


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@pytest.mark.parametrize("existing", [False, True])
def test_cli_atomic_write_file_mode(tmp_path: Path, existing: bool) -> None:
    path = tmp_path / "graph.ttl"
    if existing:
        path.write_bytes(b"old\n")
        path.chmod(0o644)
    with atomic_write(path, "wb") as fh:
        fh.write(b"new\n")
    expected = 0o644 if existing else 0o666 & ~_umask()
    assert path.stat().st_mode & 0o777 == expected

"""A time-boxed fuzzer over everything news-kg reads: bytes as .txt, .html, .jsonl (plain and
gzip-compressed) and standard input through ingest, as .ttl .nt .nq .trig .jsonld through the graph
reader and the streaming (pyoxigraph) reader, and as SPARQL through the safety check.

Bad input must come back as a reported problem (ingest) or as the one error type of its layer
(InputError, QueryError); any other exception is a bug. A crashing input is saved under
tests/nasty/regressions/ and replayed by test_fuzz_regressions from then on. Reproducible
(derandomize) and bounded: KG_FUZZ_EXAMPLES (default 60 per target) sets the effort.
"""
from __future__ import annotations

import gzip
import hashlib
import io
import os
import sys
import traceback
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg import graphio
from kg import query as q
from kg.errors import InputError, QueryError
from kg.ingest import IngestProblem, read_path, read_stdin
from kg.model import Article

REGRESSIONS = Path(__file__).resolve().parent / "nasty" / "regressions"
EXAMPLES = int(os.environ.get("KG_FUZZ_EXAMPLES", "60"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize="KG_FUZZ_EXAMPLES" not in os.environ, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                       HealthCheck.data_too_large])

INGEST_SUFFIXES = [".txt", ".html", ".jsonl", ".txt.gz", ".html.gz", ".jsonl.gz", "-"]
GRAPH_SUFFIXES = [".ttl", ".nt", ".nq", ".trig", ".jsonld"]

# pieces that reach the awkward corners of each format, shuffled and mutated by hypothesis
HTML_BITS = ["<html>", "<head>", "<title>", "</title>", "<body>", "<article>", "<p>", "</p>", "<div>" * 50, "</div>",
             "<script>", "</script>", "<style>", "<!DOCTYPE html>", "<!DOCTYPE x [<!ENTITY a 'b'>]>", "&a;", "&#0;",
             "&#x110000;", "&nbsp;", "<meta charset='utf-16'>", "<meta charset=\"x-bogus\">", "<?xml version='1.0' encoding='latin-1'?>",
             "Macron visited Berlin on Monday. ", "é", "\x00", "\x1b", "\ufeff", "<![CDATA[", "]]>", "<!--", "-->", "<",
             ">", "\"", "'", "=", "<a href='javascript:x'>", "<time datetime='2024-13-45'>", "<meta name=date content=9999-99-99>"]
JSONL_BITS = ['{"text": "', '"}', '{"id": ', '"title": ', '"published": "', '2024-13-45', '"lang": "', 'NaN', 'Infinity',
              '[', ']', '{', '}', ',', ':', '"', '\\', '\\u', '\\ud800', '\\u0000', 'null', 'true', '1e999', '\n', ' ',
              'Macron met Scholz.', '"text": "a", "text": "b"', '\xff', 'é']
RDF_BITS = ["<http://e/s>", "<http://e/p>", "<http://e/o>", "<http://e/g>", "<file:///etc/passwd>", "<>", "<a b>",
            '"lit"', '"""long"""', "'x'", "@en", "@en_US", "^^<http://www.w3.org/2001/XMLSchema#date>", "_:b",
            "[", "]", "(", ")", "{", "}", " . ", " ; ", " , ", "@prefix p: <http://e/> .", "p:x", "@base <http://e/> .",
            "GRAPH", "\\u0000", "\\U0010FFFF", "\\ud800", "#", "\n", '{"@context": ', '"@id": ', '"@graph": [',
            '"@import": ', '"http://192.0.2.1/c"', '"@value": ', '"@language": "x y"', "é", "\x00", "\xff"]
SPARQL_BITS = ["SELECT", "*", "?s", "?p", "?o", "WHERE", "{", "}", "SERVICE", "SILENT", "<http://192.0.2.1/>", "FROM",
               "NAMED", "GRAPH", "LOAD", "INSERT DATA", "DROP ALL", "FILTER", "(", ")", "regex(?s, \"^(a+)+$\")",
               "EXISTS", "OPTIONAL", "UNION", "VALUES", ";", ".", "#", "\n", '"', "\\u0053ERVICE", "PREFIX x: <http://e/>",
               "x:y", "BIND", "AS", "LIMIT 1", "ASK", "CONSTRUCT", "DESCRIBE"]


def _mixed(bits: list[str]):
    """Byte strings made of format pieces, random text and random bytes."""
    piece = st.one_of(st.sampled_from(bits), st.text(max_size=12), st.binary(max_size=12).map(lambda b: b.decode("latin-1")))
    return st.lists(piece, max_size=40).map(lambda xs: "".join(xs).encode("utf-8", "surrogatepass"))


def _bytes(bits: list[str]):
    return st.one_of(_mixed(bits), st.binary(max_size=600))


def _save(kind: str, data: bytes, exc: BaseException) -> Path:
    REGRESSIONS.mkdir(parents=True, exist_ok=True)
    path = REGRESSIONS / f"{kind.strip('.').replace('.', '-') or 'stdin'}-{hashlib.sha256(data).hexdigest()[:12]}.bin"
    path.write_bytes(data)
    path.with_suffix(".txt").write_text("".join(traceback.format_exception(exc)), encoding="utf-8")
    return path


def ingest_bytes(data: bytes, suffix: str, folder: Path) -> list:
    """Everything ingest makes of `data` read as `suffix`; only problems, never an exception."""
    if suffix == "-":
        old = sys.stdin
        sys.stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
        try:
            return list(read_stdin())
        finally:
            sys.stdin = old
    path = folder / f"fuzz{suffix}"
    if suffix.endswith(".gz"):  # well compressed, corrupt after the header, or cut short (by the data)
        packed = gzip.compress(data)
        data = (packed, packed[:10] + data, packed[:len(packed) // 2])[len(data) % 3]
    path.write_bytes(data)
    return list(read_path(path))


def check_ingest(data: bytes, suffix: str, folder: Path) -> None:
    try:
        items = ingest_bytes(data, suffix, folder)
    except Exception as e:  # noqa: BLE001 - any exception out of ingest is the bug being hunted
        saved = _save(f"ingest{suffix}", data, e)
        raise AssertionError(f"ingest of {suffix} raised {type(e).__name__}: {e} (saved as {saved})") from e
    for item in items:
        assert isinstance(item, (Article, IngestProblem))
        if isinstance(item, Article):
            assert item.text.strip() and "\x00" not in item.full_text
            item.full_text.encode("utf-8")  # no lone surrogate left


def check_graph(data: bytes, suffix: str, folder: Path) -> None:
    from kg.store import file_quads

    path = folder / f"fuzz{suffix}"
    path.write_bytes(data)
    for reader in (graphio.read, lambda p: list(file_quads(p))):
        try:
            reader(path)
        except InputError:
            pass
        except Exception as e:  # noqa: BLE001
            saved = _save(f"graph{suffix}", data, e)
            raise AssertionError(f"reading {suffix} raised {type(e).__name__}: {e} (saved as {saved})") from e


def check_query(data: bytes) -> None:
    text = data.decode("utf-8", "replace")
    q._CHECKED.clear()
    try:
        q.check_safe(text)
    except QueryError:
        return
    except Exception as e:  # noqa: BLE001
        saved = _save("query.rq", data, e)
        raise AssertionError(f"check_safe raised {type(e).__name__}: {e} (saved as {saved})") from e
    # accepted: then it is a read with no SERVICE, no FROM, no update anywhere in it
    upper = text.upper()
    assert not any(w in upper for w in ("SERVICE", "LOAD", "INSERT", "DROP")) or "#" in text or '"' in text \
        or "<" in text, f"check_safe accepted {text!r}"


@pytest.mark.parametrize("suffix", INGEST_SUFFIXES)
def test_fuzz_ingest(tmp_path: Path, suffix: str) -> None:
    bits = HTML_BITS if "html" in suffix else JSONL_BITS if "jsonl" in suffix else HTML_BITS + JSONL_BITS

    @FUZZ
    @given(_bytes(bits))
    def run(data: bytes) -> None:
        check_ingest(data, suffix, tmp_path)

    run()


@pytest.mark.parametrize("suffix", GRAPH_SUFFIXES)
def test_fuzz_graph_readers(tmp_path: Path, suffix: str) -> None:
    @FUZZ
    @given(_bytes(RDF_BITS))
    def run(data: bytes) -> None:
        check_graph(data, suffix, tmp_path)

    run()


def test_fuzz_query_check() -> None:
    @FUZZ
    @given(st.lists(st.sampled_from(SPARQL_BITS), max_size=30).map(lambda xs: " ".join(xs).encode()))
    def run(data: bytes) -> None:
        check_query(data)

    run()


def _regressions() -> list[Path]:
    return sorted(REGRESSIONS.glob("*.bin")) if REGRESSIONS.is_dir() else []


@pytest.mark.parametrize("path", _regressions(), ids=lambda p: p.name)
def test_fuzz_regressions(path: Path, tmp_path: Path) -> None:
    """Inputs that once crashed a reader: each must now give a problem or the layer's own error."""
    data = path.read_bytes()
    kind, _, rest = path.stem.partition("-")
    fmt = rest.rsplit("-", 1)[0]
    if kind == "ingest":
        check_ingest(data, "-" if fmt == "stdin" else "." + fmt.replace("-", "."), tmp_path)
    elif kind == "graph":
        check_graph(data, "." + fmt, tmp_path)
    else:
        check_query(data)

"""End-to-end golden tests: each tests/golden/<case>/input.* built and compared, as a graph, with
expected.ttl (isomorphism; the difference is printed as sorted N-Triples). `pytest --update-golden`
rewrites the expected files for review."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kg import graphio
from kg.api import build_graph

CASES = sorted(p for p in (Path(__file__).parent / "golden").iterdir() if p.is_dir())


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_golden_case(case: Path, update_golden: bool, tmp_path: Path):
    inputs = [str(p) for p in case.iterdir() if p.stem == "input"]
    actual = graphio.union(build_graph(inputs))
    expected_path = case / "expected.ttl"
    if update_golden:
        graphio.write(build_graph(inputs), expected_path)
    expected = Graph().parse(expected_path, format="turtle")
    if not isomorphic(expected, actual):
        _, only_expected, only_actual = graph_diff(to_isomorphic(expected), to_isomorphic(actual))
        lines = sorted(f"- {' '.join(t.n3() for t in tr)}" for tr in only_expected)
        lines += sorted(f"+ {' '.join(t.n3() for t in tr)}" for tr in only_actual)
        pytest.fail("graph differs from expected.ttl (run pytest --update-golden to accept):\n" + "\n".join(lines[:60]))

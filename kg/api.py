"""The library entry points the CLI and users call."""
from __future__ import annotations

from pathlib import Path

from rdflib import Dataset

from . import graphio, query, rdf
from .merge import merge
from .config import Settings
from .pipeline import BuildReport, build


def build_graph(paths: list[str], *, lang: str | None = None, settings: Settings | None = None,
                report: BuildReport | None = None) -> Dataset:
    """Read articles from files, folders or '-' and return their graph, one named graph per article."""
    ds = rdf.new_dataset()
    graphs = list(build(paths, settings, lang, report))
    merged = merge(graphs)  # one event across the articles that report it
    for ag in graphs:
        rdf.add_article(ds, ag, merged)
    return ds


def load_graph(source: str | Path) -> Dataset:
    return graphio.read(source)


def run_query(source: Dataset, spec: str, params: dict[str, str] | None = None) -> query.Result:
    return query.run_local(source, query.resolve(spec), params)

"""The library entry points the CLI and users call."""
from __future__ import annotations

from pathlib import Path

from rdflib import Dataset

from . import graphio, query, rdf
from .merge import merge
from .config import Settings
from .pipeline import BuildReport, build


def build_graph(paths: list[str], *, lang: str | None = None, settings: Settings | None = None,
                report: BuildReport | None = None, link_online: str | None = None,
                link_options: dict | None = None) -> Dataset:
    """Read articles from files, folders or '-' and return their graph, one named graph per article.

    `link_online`: a Wikidata-style SPARQL endpoint URL on which entities without a Wikidata id are
    looked up (kg.link; `link_options`: cache, min_interval, timeout)."""
    ds = rdf.new_dataset()
    graphs = list(build(paths, settings, lang, report))
    if link_online:
        from .link import link_all

        link_all(graphs, link_online, **(link_options or {}))
    merged = merge(graphs)  # one event across the articles that report it
    for ag in graphs:
        rdf.add_article(ds, ag, merged)
    return ds


def load_graph(source: str | Path) -> Dataset:
    return graphio.read(source)


def open_store(source: str | Path, *, writable: bool = False, timeout: float | None = None):
    """A graph file, an Oxigraph store folder or an http(s):// endpoint, as a kg.store.Store."""
    from .store import open_source

    return open_source(source, writable=writable, timeout=timeout)


def run_query(source: Dataset, spec: str, params: dict[str, str] | None = None) -> query.Result:
    return query.run_local(source, query.resolve(spec), params)

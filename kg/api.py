"""The library entry points the CLI and users call."""
from __future__ import annotations

from pathlib import Path

from rdflib import Dataset

from . import graphio, query, rdf
from .merge import merge
from .config import Settings
from .model import Article
from .pipeline import BuildReport, build


def build_graph(paths: list[str], *, lang: str | None = None, settings: Settings | None = None,
                report: BuildReport | None = None, link_online: str | None = None,
                link_options: dict | None = None) -> Dataset:
    """Read articles from files, folders or '-' and return their graph, one named graph per article.

    `link_online`: a Wikidata-style SPARQL endpoint URL on which entities without a Wikidata id are
    looked up (kg.link; `link_options`: cache, min_interval, timeout)."""
    ds = rdf.new_dataset()
    # an id read twice (a JSON Lines record is a new version of the article) keeps its last version,
    # and only that version's events are merged with the others
    graphs = list({ag.article.id: ag for ag in build(paths, settings, lang, report)}.values())
    if link_online:
        from .link import link_all

        link_all(graphs, link_online, **(link_options or {}))
    merged = merge(graphs)  # one event across the articles that report it
    for ag in graphs:
        rdf.add_article(ds, ag, merged)
    return ds


def build_stream(inputs, *, output: str | Path | None = None, store=None, jobs: int | None = 1,
                 cluster: str | None = None, lang: str | None = None, settings: Settings | None = None,
                 report: BuildReport | None = None, link_online: str | None = None,
                 link_options: dict | None = None, progress=None) -> BuildReport:
    """Build articles into a graph file and/or an OxigraphStore, streaming: articles are read lazily,
    parsed and extracted a chunk at a time (in `jobs` worker processes, or on the Dask cluster at
    `cluster`), and written as they come by this process; memory holds a few chunks and the compact
    merge index, not the corpus. `inputs`: paths (files, folders, '-') or an iterable of Articles.

    With a store, articles it already holds in the same version are skipped (an interrupted build is
    finished by running it again); with both, the file gets these articles' graphs from the store.
    `progress`: a kg.progress.Progress (or None)."""
    import time

    from . import sinks
    from .ingest import read_inputs
    from .parallel import default_jobs, run_local
    from .pipeline import chunked
    from .rdf import content_hash

    settings = settings or Settings()
    report = report if report is not None else BuildReport()
    start = time.monotonic()
    items = read_inputs(list(inputs), settings) if isinstance(inputs, (list, tuple)) and all(
        isinstance(p, str) for p in inputs) else iter(inputs)
    sink = sinks.StoreSink(store) if store is not None else sinks.FileSink(output)
    ids: list[str] = []  # this run's articles, for an output file written from the store
    sent: set[str] = set()  # ids sent to be built in this run: a later version of one is built too
    entities: set[str] = set()

    def todo():
        for item in items:
            if isinstance(item, Article) and store is not None and item.id not in sent \
                    and sink.has(item.id, content_hash(item.full_text)):
                report.present += 1
                ids.append(item.id)
                if progress is not None:
                    progress.update(1)
                continue
            if isinstance(item, Article):
                sent.add(item.id)
            yield item

    linker = None
    if link_online:
        from .link import Linker

        linker = Linker(link_online, **(link_options or {}))
    # a chunk of 4 batches: articles are split by language inside it, and each model gets whole batches
    chunks = chunked(todo(), 4 * settings.batch_size)
    if cluster:
        from .cluster import run_dask

        results = run_dask(chunks, cluster, settings, lang, keep_graphs=linker is not None)
    else:
        results = run_local(chunks, jobs or default_jobs(), settings, lang, keep_graphs=linker is not None)
    try:
        for batch in results:
            for res in batch:
                if res.failed:
                    report.failed.append((res.origin, res.failed))
                elif res.skipped:
                    report.skipped.append((res.origin, res.skipped))
                else:
                    if res.graph is not None:  # linked here, where the lookup cache and rate limit live
                        from .parallel import to_result
                        from .pipeline import Outcome

                        linker.link(res.graph)
                        res = to_result(Outcome(res.origin, graph=res.graph))
                    sink.write(res)
                    ids.append(res.aid)
                    entities.update(res.entities)
                    report.articles += 1
                    report.events += res.events
                if progress is not None:
                    progress.update(1)
        sink.finish()
        if store is not None and output:
            sink.dump_articles(ids, output)
    except BaseException:
        sink.discard()
        raise
    finally:
        if linker is not None:
            linker.close()
        if progress is not None:
            progress.close()
        report.triples = sink.triples
        report.entities = len(entities)
        report.seconds = time.monotonic() - start
    return report


def load_graph(source: str | Path) -> Dataset:
    return graphio.read(source)


def open_store(source: str | Path, *, writable: bool = False, timeout: float | None = None):
    """A graph file, an Oxigraph store folder or an http(s):// endpoint, as a kg.store.Store."""
    from .store import open_source

    return open_source(source, writable=writable, timeout=timeout)


def run_query(source: Dataset, spec: str, params: dict[str, str] | None = None) -> query.Result:
    return query.run_local(source, query.resolve(spec), params)

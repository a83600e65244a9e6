"""Parse and extract chunks of articles in this process, in N worker processes, or on a Dask cluster
(kg.cluster); results come back, in a bounded window, to the one writer in the main process.

What travels back is an `ArticleResult`: the article's named graph as N-Triples lines (its events
not yet merged across articles) and the compact reports the writer's merge index keeps. Workers do
the rdflib work, so the writer only writes lines.
"""
from __future__ import annotations

import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace

from .config import Settings
from .ingest import IngestProblem
from .merge import mergeable
from .model import Article, ArticleGraph, Event, Sentence
from .pipeline import extract_articles

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Report:
    """One event the merge index keeps: where it is and what its merged description needs (the
    event without its sentence's text)."""

    aid: str
    n: int  # index among the article's events
    node: str  # its IRI in the article graph while it is not merged
    lang: str
    event: Event


@dataclass
class ArticleResult:
    origin: str
    aid: str | None = None
    content_hash: str | None = None
    lines: list[str] | None = None  # N-Triples of the article's named graph, events unmerged
    reports: list[Report] = field(default_factory=list)
    events: int = 0
    entities: tuple[str, ...] = ()
    skipped: str | None = None
    failed: str | None = None
    graph: ArticleGraph | None = None  # kept instead of `lines` when the writer links entities online


def graph_lines(ag: ArticleGraph) -> tuple[list[str], list[Report]]:
    """The article's named graph (no merge) as N-Triples lines, and its mergeable events."""
    from . import rdf

    g = rdf.article_triples(ag, into=rdf.TripleSet(), terms=rdf.NTriplesTerms)
    lines = [f"{s} {p} {o} ." for s, p, o in g]
    reports, counts = [], {}
    aid, lang = ag.article.id, ag.article.lang or ""
    for i, e in enumerate(ag.events):
        k = counts.get((e.trigger_start, e.cameo), 0)  # the numbering rdf.article_triples uses
        counts[(e.trigger_start, e.cameo)] = k + 1
        if mergeable(e):
            s = e.sentence
            light = replace(e, sentence=Sentence(s.start, s.end, "", s.is_title))
            reports.append(Report(aid, i, str(rdf.event_iri(aid, e, k)), lang, light))
    return lines, reports


def to_result(outcome, keep_graph: bool = False) -> ArticleResult:
    from .rdf import content_hash

    if outcome.graph is None:
        return ArticleResult(outcome.origin, skipped=outcome.skipped, failed=outcome.failed)
    ag = outcome.graph
    res = ArticleResult(outcome.origin, aid=ag.article.id, content_hash=content_hash(ag.article.full_text),
                        events=len(ag.events), entities=tuple(ag.entities))
    if keep_graph:
        res.graph = ag
    else:
        res.lines, res.reports = graph_lines(ag)
    return res


def build_chunk(items: list[Article | IngestProblem], settings: Settings | None = None,
                lang: str | None = None, keep_graphs: bool = False) -> list[ArticleResult]:
    """The pure extraction step: a chunk of articles → their results, in order. Runs anywhere the
    package and the spaCy models are installed (this process, a worker process, a Dask worker)."""
    try:
        outcomes = extract_articles(items, settings, lang)
    except Exception as e:  # noqa: BLE001 - a chunk that breaks as a whole fails its articles, not the run
        from .errors import DataFileError

        if isinstance(e, DataFileError):
            raise
        log.exception("a chunk of %d articles failed", len(items))
        return [ArticleResult(getattr(it, "origin", "-"), failed=f"extraction failed: {e}") for it in items]
    return [to_result(o, keep_graphs) for o in outcomes]


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def _init_worker(level: int, writer_pid: int) -> None:
    logging.basicConfig(level=level, format="%(levelname)s: %(message)s")
    import threading

    def watch() -> None:
        # a writer killed with SIGKILL cannot stop its pool, and workers (children of the forkserver,
        # not of the writer) would wait for work forever: each goes when the writer is gone
        import time

        while True:
            time.sleep(1.0)
            try:
                os.kill(writer_pid, 0)
            except ProcessLookupError:
                os._exit(1)
            except PermissionError:
                pass

    threading.Thread(target=watch, name="kg-writer-watch", daemon=True).start()


def run_local(chunks: Iterable[list], jobs: int, settings: Settings, lang: str | None,
              keep_graphs: bool = False) -> Iterator[list[ArticleResult]]:
    """Results of each chunk, in input order. With jobs > 1, a pool of worker processes (started
    by 'forkserver': no copy of this process's state, each worker loads its models once) with at most
    2 × jobs chunks in flight, so reading stays only a little ahead of writing."""
    if jobs <= 1:
        for chunk in chunks:
            yield build_chunk(chunk, settings, lang, keep_graphs)
        return
    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    ctx = multiprocessing.get_context(method)
    pool = ProcessPoolExecutor(jobs, mp_context=ctx, initializer=_init_worker,
                               initargs=(logging.getLogger("kg").getEffectiveLevel(), os.getpid()))
    window: deque = deque()
    try:
        for chunk in chunks:
            window.append(pool.submit(build_chunk, chunk, settings, lang, keep_graphs))
            if len(window) >= 2 * jobs:
                yield window.popleft().result()
        while window:
            yield window.popleft().result()
    finally:
        for f in window:
            f.cancel()
        pool.shutdown(wait=True, cancel_futures=True)

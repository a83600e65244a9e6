"""`kg build --cluster dask://HOST:PORT`: the extraction step (kg.parallel.build_chunk, a pure
function of a chunk of articles) mapped over the input's chunks by a Dask distributed scheduler;
results stream back as they complete to the one writer here. Dask does the scheduling, retries and
worker management; this module only submits and collects.

Every worker needs news-kg and the spaCy models installed (see the README, "Large corpora and
clusters").
"""
from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator

from .config import Settings
from .errors import KgError
from .parallel import ArticleResult, build_chunk

log = logging.getLogger(__name__)


def scheduler_address(url: str) -> str:
    """dask://HOST:PORT (or tcp://, tls://, inproc://) → the address Dask's Client takes."""
    for scheme in ("dask://", "tcp://", "tls://", "inproc://", "ucx://"):
        if url.startswith(scheme):
            rest = url[len(scheme):]
            if not rest:
                break
            return ("tcp://" + rest) if scheme == "dask://" else url
    raise KgError(f"{url!r} is not a Dask scheduler address; expected dask://HOST:PORT (or tcp://HOST:PORT)")


def run_dask(chunks: Iterable[list], address: str, settings: Settings, lang: str | None,
             keep_graphs: bool = False, *, window: int | None = None,
             timeout: float = 30.0) -> Iterator[list[ArticleResult]]:
    """Results of each chunk as they complete on the cluster, with a bounded number of chunks in
    flight (2 × the cluster's worker threads unless `window`), so the input is read lazily."""
    try:
        from distributed import Client, as_completed
    except ImportError as e:  # pragma: no cover - a dependency of the package
        raise KgError("--cluster needs Dask distributed: pip install 'dask[distributed]'") from e
    try:
        client = Client(scheduler_address(address), timeout=timeout, set_as_default=False)
    except (OSError, TimeoutError) as e:
        raise KgError(f"cannot reach the Dask scheduler at {address}: {e}") from None
    try:
        if window is None:
            threads = sum(client.nthreads().values()) or 1
            window = 2 * threads
        pending = as_completed(loop=client.loop)
        for chunk in chunks:
            pending.add(client.submit(build_chunk, chunk, settings, lang, keep_graphs, pure=False))
            while pending.count() >= window:
                yield _collect(next(pending))
        for fut in pending:
            yield _collect(fut)
    finally:
        client.close()


def _collect(fut) -> list[ArticleResult]:
    try:
        return fut.result()
    finally:
        fut.release()

"""The `kg` command: each subcommand parses its arguments, calls one library function, and prints.

Exit codes: 0 success; 1 the run failed (bad input, query error, non-conformant graph for
`validate`, or some articles could not be built); 2 usage error.
"""
from __future__ import annotations

import logging
import re
import sys
import time
from pathlib import Path

import click

from . import __version__
from .errors import KgError

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
log = logging.getLogger("kg")


def _setup_logging(quiet: bool, verbose: bool) -> None:
    level = logging.ERROR if quiet else logging.INFO if verbose else logging.WARNING
    logging.basicConfig(level=level, format="%(levelname)s: %(message)s", stream=sys.stderr)
    for noisy in ("trafilatura", "htmldate", "urllib3", "matplotlib", "rdflib"):
        logging.getLogger(noisy).setLevel(logging.ERROR)


def _fail(e: Exception) -> None:
    raise click.ClickException(str(e))


def _params(values: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for v in values:
        if "=" not in v:
            raise click.BadParameter(f"{v!r}: expected name=value", param_hint="--param")
        k, _, val = v.partition("=")
        out[k.strip()] = val
    return out


def _load(source: str):
    """The graph a verb reads: a graph file (rdflib), a store folder (Oxigraph) or an http(s):// SPARQL
    endpoint, with the command's --timeout for its queries."""
    from .store import open_source

    ctx = click.get_current_context(silent=True)
    timeout = ctx.params.get("timeout") if ctx is not None else None
    try:
        return open_source(source, timeout=timeout)
    except KgError as e:
        _fail(e)


WIKIDATA_SPARQL = "https://query.wikidata.org/sparql"
TIMEOUT_HELP = "Seconds before a query is abandoned (default: no limit)."


@click.group(context_settings=CONTEXT)
@click.version_option(__version__, prog_name="news-kg")
@click.option("-q", "--quiet", is_flag=True, help="Only print errors.")
@click.option("-v", "--verbose", is_flag=True, help="Also print progress information.")
def main(quiet: bool, verbose: bool) -> None:
    """news-kg: news articles (French, English) → an event knowledge graph.

    \b
    kg build articles/ -o graph.ttl        # build the graph
    kg query graph.ttl events              # ask a named question
    kg viz graph.ttl -o graph.html         # draw it
    """
    _setup_logging(quiet, verbose)


@main.command(context_settings=CONTEXT)
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help="Graph file; its suffix picks the format: .ttl .nt .jsonld .trig .nq")
@click.option("--lang", type=click.Choice(["fr", "en"]), help="Language of every article (default: detected).")
@click.option("--store", "store_dir", type=click.Path(file_okay=False),
              help="Write into this Oxigraph store (a folder): one named graph per article, an article "
                   "built again replaces its graph.")
@click.option("--link-online", is_flag=False, flag_value=WIKIDATA_SPARQL, default=None, metavar="[URL]",
              help="Look up entities the gazetteer does not know on a Wikidata-style SPARQL endpoint "
                   "(Wikidata's if no URL; write --link-online=URL before the articles).")
@click.option("--link-cache", type=click.Path(dir_okay=False),
              help="Cache file of online lookups (default: ~/.cache/news-kg/online-links.sqlite).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes parsing and extracting (default: the number of cores).")
@click.option("--cluster", metavar="dask://HOST:PORT",
              help="Run parsing and extraction on this Dask distributed scheduler; this process reads "
                   "the articles and writes the graph.")
@click.option("--quiet", "quiet_bar", is_flag=True, help="No progress bar (there is none off a terminal).")
@click.option("--max-bytes", type=click.IntRange(min=0), default=None, metavar="N",
              help="Refuse a document (file, JSON line, decompressed .gz) over N bytes [20000000; 0: no limit].")
@click.option("--max-chars", type=click.IntRange(min=0), default=None, metavar="N",
              help="Skip an article over N characters [500000; 0: no limit].")
@click.option("--doc-seconds", type=click.FloatRange(min=0), default=None, metavar="S",
              help="Skip an article whose parsing and extraction take over S seconds [60; 0: no limit].")
def build(paths: tuple[str, ...], output: str | None, lang: str | None, store_dir: str | None,
          link_online: str | None, link_cache: str | None, jobs: int | None, cluster: str | None,
          quiet_bar: bool, max_bytes: int | None, max_chars: int | None, doc_seconds: float | None) -> None:
    """Build the graph of articles (.txt, .html, .jsonl, folders, '-' for standard input).

    Articles are read, parsed, extracted and written as they come (memory does not grow with the
    corpus). Into a store, each article is one transaction: an interrupted build keeps what it wrote,
    and the same command run again skips the articles already there and finishes the rest.

    \b
    kg build kg/data/samples -o out/graph.ttl
    cat article.txt | kg build - -o article.trig
    kg build kg/data/samples --store out/store      # add (or rebuild) these articles in a store
    kg build archive/ --store out/store --jobs 4    # four worker processes
    kg build archive/ --store out/store --cluster dask://scheduler:8786
    """
    from . import graphio
    from .api import build_stream
    from .pipeline import BuildReport
    from .progress import Progress, count_inputs

    if not output and not store_dir:
        raise click.UsageError("give --output FILE (a graph file) or --store DIR (an Oxigraph store), or both")
    if link_online is not None and not re.match(r"^https?://", link_online):
        raise click.BadParameter(f"{link_online!r} is not an http(s):// SPARQL endpoint URL "
                                 "(write --link-online=URL, or put --link-online after the articles)",
                                 param_hint="--link-online")
    if cluster is not None:
        from .cluster import scheduler_address

        try:
            scheduler_address(cluster)
        except KgError as e:
            raise click.BadParameter(str(e), param_hint="--cluster") from None
    quiet = quiet_bar or logging.getLogger().getEffectiveLevel() >= logging.ERROR
    report = BuildReport()
    store = None
    interrupted = False
    try:
        if output:
            graphio.rdf_format(output)
        if store_dir:
            from .store import OxigraphStore

            store = OxigraphStore(store_dir)  # opened first: a store locked by another process fails at once
        progress = Progress(None if quiet or not sys.stderr.isatty() else count_inputs(list(paths)), quiet=quiet)
        build_stream(list(paths), output=output, store=store, jobs=jobs, cluster=cluster, lang=lang,
                     settings=_limits(max_bytes, max_chars, doc_seconds), report=report, link_online=link_online,
                     link_options={"cache": link_cache} if link_cache else None, progress=progress)
    except KeyboardInterrupt:
        interrupted = True
    except (KgError, OSError) as e:
        if store is not None:
            store.close()  # the lock goes at once, not when the process ends
        _fail(e)
    where = " and ".join(x for x in (output, store_dir and f"store {store_dir}") if x)
    total = f"; the store holds {len(store.articles())} articles" if store is not None else ""
    if store is not None:
        store.close()
    present = f", {report.present} already in the store" if report.present else ""
    click.echo(f"{report.articles} articles, {report.events} events, {report.triples} triples → {where}{total} "
               f"({report.entities} entities, {len(report.skipped)} skipped, {len(report.failed)} failed"
               f"{present}; {report.seconds:.1f} s)", err=True)
    for origin, why in report.skipped:
        click.echo(f"skipped {origin}: {why}", err=True)
    for origin, why in report.failed:
        click.echo(f"failed  {origin}: {why}", err=True)
    if interrupted:
        click.echo("interrupted: " + ("the articles written so far are in the store; run the same command "
                                      "again to finish" if store_dir else "no output file written"), err=True)
        sys.exit(130)
    if report.failed:
        sys.exit(1)


def _limits(max_bytes: int | None, max_chars: int | None, doc_seconds: float | None):
    """Settings with the input limits given on the command line (kg.limits); the others default."""
    from .config import Settings

    given = {"max_bytes": max_bytes, "max_chars": max_chars, "doc_seconds": doc_seconds}
    return Settings(**{k: v for k, v in given.items() if v is not None})


@main.command(name="query", context_settings=CONTEXT)
@click.argument("args", nargs=-1, required=True)
@click.option("-p", "--param", "params", multiple=True, help="Query parameter name=value (repeatable).")
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default=None,
              help="Result format (default: table on a terminal, tsv in a pipe).")
@click.option("--endpoint", help="Query this SPARQL endpoint URL instead of a graph file.")
@click.option("--timeout", default=30.0, show_default=True,
              help="Seconds before a query is abandoned (on a file, a store or an endpoint).")
@click.option("--allow-network", is_flag=True, help="Allow SERVICE / FROM <http…> in local queries.")
def query_cmd(args: tuple[str, ...], params, fmt, endpoint, timeout, allow_network) -> None:
    """Ask a question: `kg query SOURCE NAME|FILE.rq|'SPARQL'` (or `kg query --endpoint URL NAME`).

    \b
    kg query out/graph.ttl visits
    kg query out/graph.ttl actor --param actor=Q7747 --format csv
    kg query --endpoint http://localhost:7878/query events
    """
    from . import query as q

    if endpoint and len(args) != 1:
        raise click.UsageError("with --endpoint give only the query: kg query --endpoint URL NAME")
    if not endpoint and len(args) != 2:
        raise click.UsageError("give a graph file and a query: kg query SOURCE NAME|FILE.rq|'SPARQL'")
    fmt = fmt or ("table" if sys.stdout.isatty() else "tsv")
    try:
        named = q.resolve(args[-1])
        if endpoint:
            res = q.run_endpoint(endpoint, named, _params(params), timeout)
        else:
            res = q.run_local(_load(args[0]), named, _params(params), allow_network)
    except KgError as e:
        _fail(e)
    click.echo(q.FORMATTERS[fmt](res), nl=fmt == "table")


@main.command(context_settings=CONTEXT)
def queries() -> None:
    """List the named questions and their parameters.

    \b
    kg queries
    """
    from .query import named_queries

    for name, nq in named_queries().items():
        params = " ".join(f"--param {p}=…" for p in nq.params)
        click.echo(f"{name:10} {nq.title}" + (f"  [{params}]" if params else ""))


@main.command(context_settings=CONTEXT)
@click.argument("source")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
              help="Suffix picks the format: .ttl .nt .jsonld .trig .nq (graph), .csv .tsv .json (events table), .graphml")
@click.option("--timeout", type=float, default=None, help=TIMEOUT_HELP)
def export(source: str, output: str, timeout: float | None) -> None:
    """Write a graph in another format, the events table, or the relation graph.

    \b
    kg export out/graph.ttl -o out/events.csv
    kg export out/graph.ttl -o out/graph.graphml
    """
    from .export import export as do_export

    ds = _load(source)
    try:
        what = do_export(ds, output)
    except (KgError, OSError) as e:
        _fail(e)
    click.echo(f"{what} → {output}", err=True)


@main.command(context_settings=CONTEXT)
@click.argument("source")
@click.option("--shapes", type=click.Path(exists=True, dir_okay=False), help="SHACL shapes (default: the shipped ones).")
@click.option("--timeout", type=float, default=None, help=TIMEOUT_HELP)
def validate(source: str, shapes: str | None, timeout: float | None) -> None:
    """Check a graph against the SHACL shapes; exit 1 if it does not conform.

    \b
    kg validate out/graph.ttl
    """
    from .validate import validate as do_validate

    try:
        result = do_validate(_load(source), Path(shapes) if shapes else None)
    except KgError as e:  # an endpoint that fails while the graph is fetched
        _fail(e)
    if result.conforms:
        click.echo(f"{source}: conforms")
        return
    click.echo(result.report)
    click.echo(f"{source}: {result.violations} violation(s)", err=True)
    sys.exit(1)


@main.command(context_settings=CONTEXT)
@click.argument("source")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
              help=".html (the explorer), .png or .svg (a picture)")
@click.option("--title", default="news-kg relation graph", show_default=True)
@click.option("--lang", type=click.Choice(["en", "fr"]), default="en", show_default=True,
              help="Language of the event types, actor names and page texts.")
@click.option("--max-actors", type=click.IntRange(min=1), default=None,
              help="Keep at most this many actors, the most active (default: 2000 in a page, 60 in a picture).")
@click.option("--max-events", type=click.IntRange(min=1), default=None,
              help="Keep at most this many events (default: 10000 in a page; no limit in a picture, where "
                   "the events of a pair are one arrow).")
@click.option("--timeout", type=float, default=None, help=TIMEOUT_HELP)
def viz(source: str, output: str, title: str, lang: str, max_actors: int | None, max_events: int | None,
        timeout: float | None) -> None:
    """Draw the relation graph: actors as nodes, events as arrows source → target.

    An .html output is the explorer: one offline page with filters (event type, dates, factuality,
    actor search), the sentences of each event and a timeline. A graph too big to show keeps its
    most active actors, and says so.

    \b
    kg viz out/graph.ttl -o out/graph.html
    kg viz out/store -o out/graph.html --lang fr
    kg viz out/graph.ttl -o out/graph.png
    """
    from . import explorer
    from . import viz as v

    suffix = Path(output).suffix.lower()
    if suffix not in (".html", ".htm", ".png", ".svg"):
        _fail(KgError(f"{output}: unknown picture format '{suffix}'; expected .html, .png or .svg"))
    page = suffix in (".html", ".htm")
    limits = (max_actors or (2000 if page else 60), max_events or (10000 if page else 10**9))
    try:
        data = explorer.collect(_load(source))
        data, cut = explorer.keep_top(data, *limits)
        if page:
            explorer.write_explorer(data, output, title=title, lang=lang, cut=cut)
        else:
            v.write_picture(data, output, title, lang=lang, cut=cut)
    except (KgError, OSError) as e:
        _fail(e)
    if cut is not None:
        click.echo(f"{source}: too big to draw whole: {cut.message()}", err=True)
    click.echo(f"{len(data.actors)} actors, {len(data.events)} events → {output}", err=True)


@main.command(context_settings=CONTEXT)
@click.argument("source")
@click.option("--kind", required=True, type=click.Choice(["timeline", "actors", "matrix"]),
              help="timeline: events per day by CAMEO root; actors: the most active actors; "
                   "matrix: events between the most active actors.")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help=".png or .svg")
@click.option("--top", type=click.IntRange(min=1), default=20, show_default=True,
              help="Actors shown by --kind actors and matrix.")
@click.option("--title", default=None, help="Title (default: says what is drawn).")
@click.option("--lang", type=click.Choice(["en", "fr"]), default="en", show_default=True,
              help="Language of the event types, actor names and axis texts.")
@click.option("--timeout", type=float, default=None, help=TIMEOUT_HELP)
def plot(source: str, kind: str, output: str, top: int, title: str | None, lang: str, timeout: float | None) -> None:
    """Draw a chart of the events: a timeline, the most active actors, or the actor-to-actor matrix.

    \b
    kg plot out/graph.ttl --kind timeline -o out/timeline.png
    kg plot out/graph.ttl --kind actors -o out/actors.svg --top 15
    kg plot out/store --kind matrix -o out/matrix.png --lang fr
    """
    from . import explorer
    from .plot import plot as do_plot

    suffix = Path(output).suffix.lower()
    if suffix not in (".png", ".svg"):
        _fail(KgError(f"{output}: unknown picture format '{suffix}'; expected .png or .svg"))
    try:
        data = explorer.collect(_load(source))
        do_plot(data, kind, output, title=title, lang=lang, top=top)
    except (KgError, OSError) as e:
        _fail(e)
    click.echo(f"{kind}: {len(data.actors)} actors, {len(data.events)} events → {output}", err=True)


@main.command(context_settings=CONTEXT)
@click.argument("source")
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True,
              help="Actors and pairs listed per ranking.")
@click.option("--lang", type=click.Choice(["en", "fr"]), default="en", show_default=True,
              help="Language of actor names and event types.")
@click.option("--timeout", type=float, default=None, help=TIMEOUT_HELP)
def stats(source: str, fmt: str, top: int, lang: str, timeout: float | None) -> None:
    """Analyse the actor graph: counts by type, most central actors, communities, strongest pairs.

    \b
    kg stats out/graph.ttl
    kg stats out/store --format json --top 20
    """
    from . import explorer
    from . import stats as st

    try:
        result = st.compute(explorer.collect(_load(source)), top=top, lang=lang)
    except KgError as e:
        _fail(e)
    click.echo(st.to_json(result) if fmt == "json" else st.to_table(result))


@main.command(context_settings=CONTEXT)
@click.argument("gold", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.option("--brief", is_flag=True, help="Only the summary table, not each miss and false event.")
def evaluate(gold: tuple[str, ...], as_json: bool, brief: bool) -> None:
    """Score the extractor on annotated articles (files or folders in the dev-set format).

    \b
    kg evaluate ../shared/dev-set/articles
    kg evaluate tests/annotated --json
    """
    import json as json_mod

    from . import evaluate as ev

    try:
        scores = ev.evaluate(list(gold))
    except KgError as e:
        _fail(e)
    if as_json:
        click.echo(json_mod.dumps(ev.summary(scores), indent=1))
    else:
        click.echo(ev.render(scores, details=not brief))


@main.command(context_settings=CONTEXT)
@click.argument("article_id")
@click.option("--store", "store_dir", required=True, type=click.Path(file_okay=False), help="The Oxigraph store.")
def remove(article_id: str, store_dir: str) -> None:
    """Remove one article (its named graph, and what only it stated) from a store.

    \b
    kg remove en-biden-kyiv-visit --store out/store
    """
    from .store import OxigraphStore

    try:
        if not Path(store_dir).is_dir():
            raise KgError(f"{store_dir}: no such store")
        store = OxigraphStore(store_dir)
        try:
            found = store.remove(article_id)
            left = len(store.articles())
        finally:
            store.close()
    except KgError as e:
        _fail(e)
    if not found:
        _fail(KgError(f"{store_dir}: no article '{article_id}' in the store"))
    click.echo(f"removed {article_id} from {store_dir} ({left} articles left)", err=True)


@main.command(context_settings=CONTEXT)
@click.argument("source")
@click.option("--endpoint", help="SPARQL 1.1 Update URL of the server to write to (e.g. http://localhost:7878/update).")
@click.option("--store", "store_dir", type=click.Path(file_okay=False),
              help="Or load into this Oxigraph store (bulk loader, streaming).")
@click.option("--graph", "graph_iri", help="Put every triple in this one named graph (needed for .ttl .nt .jsonld).")
@click.option("--batch-size", default=5000, show_default=True, help="Triples per request at most.")
@click.option("--timeout", default=60.0, show_default=True, help="Seconds before a request is abandoned.")
@click.option("--union-default", is_flag=True,
              help="Also keep the server's default graph as the union of the article graphs (for servers "
                   "whose default graph is not already that union, such as Oxigraph without "
                   "--union-default-graph).")
def push(source: str, endpoint: str | None, store_dir: str | None, graph_iri: str | None, batch_size: int,
         timeout: float, union_default: bool) -> None:
    """Write a graph (file or store) to a SPARQL server, one named graph per article.

    Each article is one request: DROP SILENT GRAPH, then INSERT DATA, so pushing again replaces it.
    Credentials come from the environment: KG_SPARQL_AUTH=user:password (never the command line).

    \b
    kg push out/graph.trig --endpoint http://localhost:7878/update
    kg push out/store --endpoint http://localhost:3030/news/update
    kg push out/graph.ttl --endpoint http://localhost:7878/update --graph https://example.org/g
    kg push big.nq --store out/store
    """
    from . import store as st

    if bool(endpoint) == bool(store_dir):
        raise click.UsageError("give one destination: --endpoint URL (a SPARQL server) or --store DIR")
    if store_dir and Path(source).resolve() == Path(store_dir).resolve():
        raise click.UsageError("the source and the destination are the same store")
    if graph_iri:
        try:
            import pyoxigraph

            pyoxigraph.NamedNode(graph_iri)
        except ValueError:
            raise click.BadParameter(f"{graph_iri!r} is not an IRI", param_hint="--graph") from None
    start = time.monotonic()
    try:
        quads = st.source_quads(source)
        if store_dir:
            target = st.OxigraphStore(store_dir)
            try:
                graphs, n = target.load_quads(quads, graph=graph_iri)
            finally:
                target.close()
            click.echo(f"{graphs} graphs, {n} triples → store {store_dir} ({time.monotonic() - start:.1f} s)",
                       err=True)
            return
        from .sparqlhttp import check_url

        check_url(endpoint)
        rep = st.push(quads(), endpoint, graph=graph_iri, batch_triples=batch_size, timeout=timeout,
                      union_default=union_default)
    except (KgError, OSError) as e:
        _fail(e)
    click.echo(f"{rep.graphs} graphs, {rep.triples} triples in {rep.requests} requests → {endpoint} "
               f"({time.monotonic() - start:.1f} s)", err=True)


@main.command(context_settings=CONTEXT)
@click.option("--store", "store_dir", required=True, type=click.Path(file_okay=False), help="The Oxigraph store.")
@click.option("--port", default=7878, show_default=True, help="TCP port.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (loopback by default: only this machine can connect).")
@click.option("--timeout", default=30.0, show_default=True, help="Seconds before a query is abandoned.")
def serve(store_dir: str, port: int, host: str, timeout: float) -> None:
    """Serve a store as a read-only SPARQL endpoint (the `oxigraph` server), until Ctrl-C.

    \b
    kg serve --store out/store --port 7878
    kg query http://127.0.0.1:7878/query events
    """
    import subprocess

    from .store import serve_command

    try:
        cmd = serve_command(store_dir, host, port, timeout)
    except KgError as e:
        _fail(e)
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"SPARQL endpoint (read-only) on http://{shown}:{port}/query over {store_dir}; Ctrl-C stops it",
               err=True)
    import signal

    def stop(signum, frame):
        raise KeyboardInterrupt

    # Ctrl-C and `kill` both stop the server and its oxigraph child; a job started in the background
    # inherits SIGINT ignored, and killing only this process would leave oxigraph running (orphaned)
    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    proc = subprocess.Popen(cmd)
    try:
        code = proc.wait()
    except KeyboardInterrupt:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
        code = 0
    if code:
        _fail(KgError(f"the oxigraph server stopped with exit status {code}"))


DEMO_QUERIES = ("visits", "meetings", "warnings", "criticism", "sanctions", "relations")


@main.command(context_settings=CONTEXT)
@click.option("-o", "--out", "out_dir", default="out", show_default=True, type=click.Path(file_okay=False),
              help="Folder for graph.ttl, graph.html (the explorer), graph.png and timeline.png.")
def demo(out_dir: str) -> None:
    """Build the bundled sample articles, answer a few questions, write the graph and pictures.

    \b
    kg demo -o out
    """
    from . import query as q
    from . import graphio, resources
    from . import explorer
    from . import viz as v
    from .api import build_graph
    from .pipeline import BuildReport
    from .plot import plot

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    samples = resources.samples_dir()
    inputs = sorted(str(p) for p in samples.iterdir() if p.suffix in (".txt", ".html"))
    report = BuildReport()
    ds = build_graph(inputs, report=report)
    graphio.write(ds, out / "graph.ttl")
    click.echo(f"Built {report.articles} sample articles from {samples}: {report.events} events → {out / 'graph.ttl'}\n")
    for name in DEMO_QUERIES:
        nq = q.resolve(name)
        res = q.run_local(ds, nq)
        click.echo(f"## {name}: {nq.title}")
        click.echo(q.to_table(res, width=48) + "\n")
    data = explorer.collect(ds)
    title = "news-kg demo: the sample articles"
    explorer.write_explorer(data, out / "graph.html", title=title)
    v.write_picture(data, out / "graph.png", title)
    plot(data, "timeline", out / "timeline.png")
    click.echo(f"Wrote {out / 'graph.ttl'}, {out / 'graph.html'}, {out / 'graph.png'}, {out / 'timeline.png'} "
               f"({len(data.actors)} actors, {len(data.events)} events)")
    if report.failed:
        sys.exit(1)


if __name__ == "__main__":  # pragma: no cover
    main()

"""The `kg` command: each subcommand parses its arguments, calls one library function, and prints.

Exit codes: 0 success; 1 the run failed (bad input, query error, non-conformant graph for
`validate`, or some articles could not be built); 2 usage error.
"""
from __future__ import annotations

import logging
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
    from .api import load_graph

    try:
        return load_graph(source)
    except KgError as e:
        _fail(e)


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
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
              help="Graph file; its suffix picks the format: .ttl .nt .jsonld .trig .nq")
@click.option("--lang", type=click.Choice(["fr", "en"]), help="Language of every article (default: detected).")
def build(paths: tuple[str, ...], output: str, lang: str | None) -> None:
    """Build the graph of articles (.txt, .html, .jsonl, folders, '-' for standard input).

    \b
    kg build kg/data/samples -o out/graph.ttl
    cat article.txt | kg build - -o article.trig
    """
    from . import graphio
    from .api import build_graph
    from .pipeline import BuildReport

    start = time.monotonic()
    report = BuildReport()
    try:
        graphio.rdf_format(output)
        ds = build_graph(list(paths), lang=lang, report=report)
        graphio.write(ds, output)
    except (KgError, OSError) as e:
        _fail(e)
    n_triples = sum(1 for _ in ds.quads((None, None, None, None)))
    click.echo(f"{report.articles} articles, {report.events} events, {n_triples} triples → {output} "
               f"({time.monotonic() - start:.1f} s)", err=True)
    for origin, why in report.skipped:
        click.echo(f"skipped {origin}: {why}", err=True)
    for origin, why in report.failed:
        click.echo(f"failed  {origin}: {why}", err=True)
    if report.failed:
        sys.exit(1)


@main.command(name="query", context_settings=CONTEXT)
@click.argument("args", nargs=-1, required=True)
@click.option("-p", "--param", "params", multiple=True, help="Query parameter name=value (repeatable).")
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default=None,
              help="Result format (default: table on a terminal, tsv in a pipe).")
@click.option("--endpoint", help="Query this SPARQL endpoint URL instead of a graph file.")
@click.option("--timeout", default=30.0, show_default=True, help="Seconds before a remote query is abandoned.")
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
def export(source: str, output: str) -> None:
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
def validate(source: str, shapes: str | None) -> None:
    """Check a graph against the SHACL shapes; exit 1 if it does not conform.

    \b
    kg validate out/graph.ttl
    """
    from .validate import validate as do_validate

    result = do_validate(_load(source), Path(shapes) if shapes else None)
    if result.conforms:
        click.echo(f"{source}: conforms")
        return
    click.echo(result.report)
    click.echo(f"{source}: {result.violations} violation(s)", err=True)
    sys.exit(1)


@main.command(context_settings=CONTEXT)
@click.argument("source")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help=".html, .png or .svg")
@click.option("--title", default="news-kg relation graph", show_default=True)
def viz(source: str, output: str, title: str) -> None:
    """Draw the relation graph: actors as nodes, events as arrows source → target.

    \b
    kg viz out/graph.ttl -o out/graph.html
    kg viz out/graph.ttl -o out/graph.png
    """
    from . import query as q
    from . import viz as v

    suffix = Path(output).suffix.lower()
    if suffix not in (".html", ".htm", ".png", ".svg"):
        _fail(KgError(f"{output}: unknown picture format '{suffix}'; expected .html, .png or .svg"))
    try:
        g = v.network(q.run_local(_load(source), q.resolve("network")))
        (v.write_html if suffix in (".html", ".htm") else v.write_image)(g, output, title)
    except (KgError, OSError) as e:
        _fail(e)
    click.echo(f"{g.number_of_nodes()} actors, {g.number_of_edges()} events → {output}", err=True)


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


DEMO_QUERIES = ("visits", "meetings", "warnings", "criticism", "sanctions", "relations")


@main.command(context_settings=CONTEXT)
@click.option("-o", "--out", "out_dir", default="out", show_default=True, type=click.Path(file_okay=False),
              help="Folder for graph.ttl, graph.html and graph.png.")
def demo(out_dir: str) -> None:
    """Build the bundled sample articles, answer a few questions, write the graph and pictures.

    \b
    kg demo -o out
    """
    from . import query as q
    from . import graphio, resources
    from . import viz as v
    from .api import build_graph
    from .pipeline import BuildReport

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
    g = v.network(q.run_local(ds, q.resolve("network")))
    v.write_html(g, out / "graph.html", "news-kg demo: the sample articles")
    v.write_image(g, out / "graph.png", "news-kg demo: the sample articles")
    click.echo(f"Wrote {out / 'graph.ttl'}, {out / 'graph.html'}, {out / 'graph.png'} "
               f"({g.number_of_nodes()} actors, {g.number_of_edges()} events)")
    if report.failed:
        sys.exit(1)


if __name__ == "__main__":  # pragma: no cover
    main()

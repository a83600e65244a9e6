"""Where a streaming `kg build` writes, one article at a time: a graph file or an Oxigraph store.

Each article's named graph is written as it arrives, with its events not yet merged across articles;
only a compact index of the mergeable events (kg.parallel.Report: code, actors, date, position; no
text) stays in memory. At the end (`finish`), kg.merge runs over that index and the events it merges
are rewritten in the graphs that report them, so the result is the graph kg.api.build_graph makes in
memory.

File: the graphs go to a temporary N-Quads file next to the output, then are streamed, with the
merged events swapped in, into the output format by pyoxigraph. Line formats with named graphs
(.nq, .trig) stream straight through; the formats of the union graph (.nt, .ttl, .jsonld) need each
triple once, so the triples go through a temporary on-disk Oxigraph store first (memory stays flat).

Store: each article graph is one transaction, and its index entry is appended, before it, to a
side file in the store folder (MERGE_INDEX), so an interrupted build leaves a valid store whose
every article has its index entry; the next build skips the articles already there (same id and
content hash) and redoes the merge over all of them. Rewriting the merged events is one
transaction per affected article graph and can be repeated.
"""
from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path

import pyoxigraph as ox

from . import rdf
from .atomic import atomic_write, temp_file
from .merge import Merged, merge_reports
from .model import Article, ArticleGraph, Event, Sentence
from .namespaces import ID, KG, PREFIXES
from .parallel import ArticleResult, Report
from .store import OX_FORMATS

log = logging.getLogger(__name__)

MERGE_INDEX = "news-kg-merge-index.jsonl"
VERSION = "#kg-build-"
EVENT_PREFIX = str(ID) + "event/"  # merged events: kgid:event/CODE-HASH


def node_lines(rep: Report, merged: Merged | None) -> list[str]:
    """The N-Triples lines describing one event report's node (merged or not), as
    rdf.article_triples writes them; the evidence node itself is unchanged and not included."""
    T = rdf.NTriplesTerms
    ag = ArticleGraph(Article(rep.aid, "-", lang=rep.lang or None), events=[rep.event])
    g = rdf.article_triples(ag, {(rep.aid, 0): merged} if merged else None, into=rdf.TripleSet(), terms=T)
    node = T.iri(ID, "event", merged.iri_key) if merged else rdf.event_iri(rep.aid, rep.event, 0, T)
    final = node if merged else f"<{rep.node}>"
    return [f"{final} {p} {o} ." for s, p, o in g if s == node]


class MergeIndex:
    """The mergeable events of every article written so far, by article id."""

    def __init__(self) -> None:
        self.by_article: dict[str, list[Report]] = {}

    def add(self, aid: str, reports: list[Report]) -> None:
        if reports:
            self.by_article[aid] = reports
        else:
            self.by_article.pop(aid, None)

    def merged(self) -> dict[tuple[str, int], Merged]:
        return merge_reports((r.aid, r.n, r.event) for reps in self.by_article.values() for r in reps)

    def __len__(self) -> int:
        return sum(len(r) for r in self.by_article.values())


# ---- the index file of a store ----

def report_json(r: Report) -> dict:
    e = r.event
    return {"n": r.n, "node": r.node, "lang": r.lang, "cameo": e.cameo, "trigger": e.trigger,
            "ts": e.trigger_start, "te": e.trigger_end, "source": e.source, "target": e.target,
            "participants": list(e.participants), "place": e.place, "date": e.date.isoformat() if e.date else None,
            "date_text": e.date_text, "factuality": e.factuality, "reported_by": e.reported_by,
            "confidence": e.confidence, "pattern": e.pattern,
            "sentence": [e.sentence.start, e.sentence.end, e.sentence.is_title]}


def report_from_json(aid: str, d: dict) -> Report:
    s = d["sentence"]
    ev = Event(d["cameo"], Sentence(s[0], s[1], "", bool(s[2])), d["trigger"], d["ts"], d["te"],
               source=d["source"], target=d["target"], participants=tuple(d["participants"]),
               place=d["place"], date=date.fromisoformat(d["date"]) if d["date"] else None,
               date_text=d["date_text"], factuality=d["factuality"], reported_by=d["reported_by"],
               confidence=d["confidence"], pattern=d["pattern"])
    return Report(aid, d["n"], d["node"], d["lang"], ev)


# ---- a graph file ----

def write_quads(make_quads: Callable[[], Iterable[ox.Quad]], path: str | Path) -> None:
    """Write article-graph quads to a graph file (format by suffix), streaming. The union formats
    get each triple once: a triple about an article's own nodes (its IRI and the IRIs under it) is
    stated by that article's graph only, so only the others (entities, merged events: a set that
    grows with the entities, not the articles) are remembered to drop their repeats."""
    from .graphio import rdf_format

    named = rdf_format(path)[1]  # (names the allowed suffixes on a bad one)
    fmt = OX_FORMATS[Path(path).suffix.lower()]
    prefixes = {k: str(v) for k, v in PREFIXES.items()}

    def triples() -> Iterator[ox.Triple]:
        seen: set[tuple] = set()
        for q in make_quads():
            g = q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else ""
            s = q.subject.value if isinstance(q.subject, ox.NamedNode) else ""
            if g and (s == g or s.startswith(g + "/")):
                yield q.triple
                continue
            key = (q.subject, q.predicate, q.object)
            if key not in seen:
                seen.add(key)
                yield q.triple

    with atomic_write(path, "wb") as fh:
        ox.serialize(make_quads() if named else triples(), fh, fmt, prefixes=prefixes)


class FileSink:
    """Streams article graphs to a temporary N-Quads file; `finish` writes the output file."""

    def __init__(self, path: str | Path):
        from .graphio import rdf_format

        rdf_format(path)  # a bad suffix fails before any work
        self.path = Path(path)
        folder = self.path.resolve().parent
        if not folder.is_dir():
            raise FileNotFoundError(f"{path}: output folder {folder} does not exist")
        self.index = MergeIndex()
        fd, self.tmp = temp_file(self.path.resolve().parent, ".kg-build-", ".nq")
        self.fh = os.fdopen(fd, "w", encoding="utf-8", newline="\n")
        self.triples = 0
        # an id given twice in one run (JSON Lines: a new version of the article) keeps its last
        # version, as build_graph does: versions after the first go to graphs named NAME#kg-build-N
        self.versions: dict[str, int] = {}

    def has(self, aid: str, content_hash: str) -> bool:
        return False

    def write(self, res: ArticleResult) -> None:
        v = self.versions[res.aid] = self.versions.get(res.aid, -1) + 1
        g = f" <{rdf.article_iri(res.aid)}{f'{VERSION}{v}' if v else ''}> .\n"
        for line in res.lines or ():
            self.fh.write(line[:-2] + g)  # "s p o ." → "s p o <g> ."
        self.triples += len(res.lines or ())
        self.index.add(res.aid, res.reports)

    def finish(self) -> None:
        self.fh.close()
        merged = self.index.merged()
        replaced = {r.node for reps in self.index.by_article.values() for r in reps if (r.aid, r.n) in merged}
        last = {str(rdf.article_iri(aid)): v for aid, v in self.versions.items() if v}

        def merged_lines(aid: str, reps: list[Report]) -> list[str]:
            """N-Quads of the merged event nodes this article reports."""
            g = f" <{rdf.article_iri(aid)}> .\n"
            return [line[:-2] + g for r in reps if (one := merged.get((r.aid, r.n))) is not None
                    for line in node_lines(r, one)]

        if self.path.suffix.lower() == ".nq" and not last:
            try:
                self._copy_nquads(replaced, merged_lines)
            finally:
                self.discard()
            return

        def quads() -> Iterator[ox.Quad]:
            # lenient: the file holds only lines this build wrote from terms already checked (the
            # strict parse checked every IRI again, and took half the time of writing the output)
            with open(self.tmp, "rb") as fh:
                for q in ox.parse(fh, ox.RdfFormat.N_QUADS, lenient=True):
                    if isinstance(q.subject, ox.NamedNode) and q.subject.value in replaced:
                        continue
                    if last:
                        name, _, v = q.graph_name.value.partition(VERSION)
                        if name in last:
                            if not v or int(v) != last[name]:
                                continue  # an earlier version
                            q = ox.Quad(q.subject, q.predicate, q.object, ox.NamedNode(name))
                    yield q
            for aid, reps in self.index.by_article.items():
                lines = merged_lines(aid, reps)
                if lines:
                    yield from ox.parse("".join(lines).encode("utf-8"), ox.RdfFormat.N_QUADS, lenient=True)

        try:
            write_quads(quads, self.path)
        finally:
            self.discard()

    def _copy_nquads(self, replaced: set[str], merged_lines: Callable[[str, list[Report]], list[str]]) -> None:
        """An N-Quads output is the temporary file itself, less the lines of the event nodes merged
        away, plus the merged nodes' lines: its lines are already N-Quads as Oxigraph writes them
        (each term is the text of an Oxigraph term), so they are copied, not parsed and written again
        (which was most of the time `finish` took)."""
        gone = {f"<{node}> ".encode() for node in replaced}
        with atomic_write(self.path, "wb") as out, open(self.tmp, "rb") as fh:
            for line in fh:
                if gone and line[:line.find(b" ") + 1] in gone:
                    continue
                out.write(line)
            for aid, reps in self.index.by_article.items():
                out.write("".join(merged_lines(aid, reps)).encode("utf-8"))

    def discard(self) -> None:
        if not self.fh.closed:
            self.fh.close()
        Path(self.tmp).unlink(missing_ok=True)


# ---- an Oxigraph store ----

_HASHES = f"""SELECT ?g ?h WHERE {{ GRAPH ?g {{ ?g <{KG.contentHash}> ?h }} }}"""
_MERGED_GRAPHS = f"""SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?e a <{KG.Event}> }}
  FILTER(STRSTARTS(STR(?e), "{EVENT_PREFIX}")) }}"""


class StoreSink:
    """Writes article graphs into an OxigraphStore, each in one transaction, and keeps the store's
    merge index file so that an interrupted build can be finished by running it again."""

    def __init__(self, store):
        self.store = store
        self.index = MergeIndex()
        self.triples = 0
        self.hashes: dict[str, str] = {}  # article graph IRI → content hash, of what the store holds
        for g, h in self._rows(_HASHES):
            self.hashes[g] = h
        self.index_path = Path(store.path) / MERGE_INDEX
        if self.index_path.is_file():
            self._load_index()
        self.fh = open(self.index_path, "a", encoding="utf-8")

    def _rows(self, text: str) -> list[tuple[str, ...]]:
        res = self.store.select(text, {}, name="kg build", timeout=None)
        return [tuple(str(row.get(v, "")) for v in res.vars) for row in res.rows]

    def _load_index(self) -> None:
        """The entries of the articles the store holds in the version it holds (last entry wins)."""
        with self.index_path.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                try:
                    rec = json.loads(line)
                except ValueError:
                    log.warning("%s:%d: unreadable merge index entry ignored (an interrupted write)", self.index_path, n)
                    continue
                aid, h = rec.get("id"), rec.get("hash")
                if aid and self.hashes.get(str(rdf.article_iri(aid))) == h:
                    self.index.add(aid, [report_from_json(aid, d) for d in rec.get("reports", [])])

    def has(self, aid: str, content_hash: str) -> bool:
        return self.hashes.get(str(rdf.article_iri(aid))) == content_hash

    def write(self, res: ArticleResult) -> None:
        entry = {"id": res.aid, "hash": res.content_hash, "reports": [report_json(r) for r in res.reports]}
        self.fh.write(json.dumps(entry, ensure_ascii=False) + "\n")
        self.fh.flush()  # the entry is in the file before the graph is in the store
        name = str(rdf.article_iri(res.aid))
        self.store.write_article_lines(name, res.lines or [])
        self.hashes[name] = res.content_hash
        self.index.add(res.aid, res.reports)
        self.triples += len(res.lines or ())

    def finish(self) -> int:
        """Rewrite the merged events in the article graphs that report them; how many graphs changed."""
        self.fh.close()
        merged = self.index.merged()
        touched = {aid for aid, n in merged}
        had = {g for (g,) in self._rows(_MERGED_GRAPHS)}
        touched |= {aid for aid in self.index.by_article if str(rdf.article_iri(aid)) in had}
        for aid in sorted(touched):
            self.store.update_article(str(rdf.article_iri(aid)),
                                      self._rewrite(aid, self.index.by_article.get(aid, []), merged))
        self._compact_index()
        return len(touched)

    def _rewrite(self, aid: str, reports: list[Report], merged: dict) -> str:
        """One update: the article's mergeable event nodes (and any merged node of an earlier build)
        replaced by their description now, in the article graph and in the union default graph."""
        g = f"<{rdf.article_iri(aid)}>"
        nodes = ", ".join(f"<{r.node}>" for r in reports)
        cond = f'STRSTARTS(STR(?s), "{EVENT_PREFIX}")' + (f" || ?s IN ({nodes})" if nodes else "")
        lines = [line for r in reports for line in node_lines(r, merged.get((r.aid, r.n)))]
        body = "\n".join(lines)
        return (f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} FILTER({cond}) "
                f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != {g}) }} }} ;\n"
                f"DELETE {{ GRAPH {g} {{ ?s ?p ?o }} }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} FILTER({cond}) }} ;\n"
                f"INSERT DATA {{ GRAPH {g} {{\n{body}\n}}\n{body}\n}}")

    def _compact_index(self) -> None:
        """The index file rewritten with one entry per article the store holds."""
        with atomic_write(self.index_path, "w", encoding="utf-8") as fh:
            for aid, reps in self.index.by_article.items():
                h = self.hashes.get(str(rdf.article_iri(aid)))
                fh.write(json.dumps({"id": aid, "hash": h, "reports": [report_json(r) for r in reps]},
                                    ensure_ascii=False) + "\n")

    def discard(self) -> None:
        if not self.fh.closed:
            self.fh.close()

    def dump_articles(self, ids: Iterable[str], path: str | Path) -> None:
        """The graphs of these articles, as the store holds them, to a graph file."""
        names = [str(rdf.article_iri(a)) for a in dict.fromkeys(ids)]

        def quads():
            for name in names:
                yield from self.store.article_quads(name)

        write_quads(quads, path)

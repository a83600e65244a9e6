"""Benchmark: every named question on rdflib (a graph file in memory) and on Oxigraph (an on-disk store).

Builds synthetic news graphs of about 10k, 100k and 1M triples (the shape `kg build` writes: articles,
entities shared across articles, mentions, events with evidence, relations; one named graph per
article), writes each as N-Quads, reads it into rdflib and bulk-loads it into an Oxigraph store, then
times every named question on both and prints the median times and their ratio.

    .venv/bin/python bench/queries.py                  # 10k, 100k, 1M triples
    .venv/bin/python bench/queries.py --sizes 10k,100k --repeat 5
    .venv/bin/python bench/queries.py --sizes 1m --store-only --dir /tmp/kgb --reuse --questions events,network

Targets: on 1M triples every question answers in under a second on the store, and the store is at
least 10x faster than rdflib on the slowest question. rdflib is slow on big graphs: at the largest
sizes (100k and more) it runs each question once, and a question is abandoned after --rdflib-limit
seconds (shown as '>N', so the ratio is then a lower bound). Not a test: run it by hand.
"""
from __future__ import annotations

import argparse
import gc
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rdflib.plugins.serializers.nquads import _nq_row  # noqa: E402

from kg import graphio  # noqa: E402
from kg import query as q  # noqa: E402
from kg.errors import QueryError  # noqa: E402
from kg.model import Article, ArticleGraph, Entity, Event, Mention, Relation, Sentence  # noqa: E402
from kg.rdf import article_iri, article_triples  # noqa: E402
from kg.store import OxigraphStore, file_quads  # noqa: E402

CODES = ["010", "020", "036", "040", "042", "043", "046", "057", "070", "111", "112", "120", "130", "138",
         "163", "1312", "172", "190"]
FACTUALITY = ["asserted", "asserted", "asserted", "reported", "hypothetical", "negated", "future"]
FIRST = ["Anna", "Boris", "Chen", "Dana", "Emil", "Fatou", "Goran", "Hana", "Ivan", "Jules", "Kim", "Lena"]
LAST = ["Martin", "Petrov", "Li", "Okafor", "Schmidt", "Diallo", "Novak", "Sato", "Costa", "Dubois"]


def entity_pool(rng: random.Random, n: int) -> list[Entity]:
    out = []
    for i in range(n):
        kind = rng.choice(["Person", "Person", "Organization", "Country", "Place"])
        name = (f"{rng.choice(FIRST)} {rng.choice(LAST)} {i}" if kind == "Person"
                else f"{kind} {i}")
        qid = f"Q{1000 + i}" if rng.random() < 0.6 else None
        key = qid or f"{kind}:{name.lower().replace(' ', '-')}"
        labels = (("en", name), ("fr", name + " (fr)")) if qid else ()
        out.append(Entity(key=key, type=kind, label=name, qid=qid, labels=labels))
    return out


def article(rng: random.Random, i: int, pool: list[Entity], events: int) -> ArticleGraph:
    lang = rng.choice(["en", "fr"])
    published = date(2023, 1, 1) + timedelta(days=rng.randrange(365))
    sentences, mentions, evs, rels, ents = [], [], [], [], {}
    pos = 0
    for k in range(events):
        src, tgt, place, rep = rng.sample(pool, 4)
        text = f"{src.label} did something to {tgt.label} in {place.label}, sentence {k} of article {i}."
        sent = Sentence(pos, pos + len(text), text)
        sentences.append(sent)
        for ent, off in ((src, 0), (tgt, text.index(tgt.label))):
            ents[ent.key] = ent
            mentions.append(Mention(pos + off, pos + off + len(ent.label), ent.label, ent.key, "gazetteer"))
        ents[place.key] = place
        ents[rep.key] = rep
        code = rng.choice(CODES)
        evs.append(Event(cameo=code, sentence=sent, trigger="did", trigger_start=pos + len(src.label) + 1,
                         trigger_end=pos + len(src.label) + 4, source=src.key, target=tgt.key,
                         place=place.key if rng.random() < 0.5 else None,
                         date=published - timedelta(days=rng.randrange(3)) if rng.random() < 0.6 else None,
                         factuality=rng.choice(FACTUALITY),
                         reported_by=rep.key if rng.random() < 0.3 else None,
                         confidence=round(rng.uniform(0.3, 0.95), 2), pattern="synthetic"))
        if rng.random() < 0.2 and src.type == "Person":
            rels.append(Relation(src.key, "leaderOf", tgt.key, sent, "synthetic"))
        pos += len(text) + 1
    body = " ".join(s.text for s in sentences)
    art = Article(id=f"bench-{i}", text=body, published=published, lang=lang, source="bench")
    return ArticleGraph(article=art, sentences=sentences, entities=ents, mentions=mentions, events=evs,
                        relations=rels)


def write_nquads(path: Path, triples_wanted: int, seed: int = 7) -> tuple[int, str]:
    """Write articles until about `triples_wanted` triples; returns the number of quads written and the
    name of a person in them (for the `actor` question)."""
    rng = random.Random(seed)
    pool = entity_pool(rng, max(50, triples_wanted // 400))
    actor = next(e.label for e in pool if e.type == "Person")
    n = 0
    with path.open("w", encoding="utf-8") as fh:
        i = 0
        while n < triples_wanted:
            ag = article(rng, i, pool, rng.randint(5, 15))
            name = article_iri(ag.article.id)
            for t in article_triples(ag):
                fh.write(_nq_row(t, name))
                n += 1
            i += 1
    return n, actor


def timed(fn, repeat: int, limit: float | None = None) -> tuple[float, int, float]:
    """Median wall-clock seconds, rows, and median CPU seconds of this process (the store answers in
    this process, on one core: on a busy machine its CPU time is the figure the load inflates least)."""
    times, cpu, rows = [], [], 0
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        try:
            rows = len(fn(limit).rows)
        except QueryError as e:
            if "took longer" in str(e):
                return float("inf"), -1, float("inf")
            raise
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    return statistics.median(times), rows, statistics.median(cpu)


def parse_size(s: str) -> int:
    s = s.strip().lower()
    mult = {"k": 1_000, "m": 1_000_000}.get(s[-1], 1)
    return int(float(s[:-1] if s[-1] in "km" else s) * mult)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="10k,100k,1m", help="Graph sizes in triples (default: 10k,100k,1m).")
    ap.add_argument("--repeat", type=int, default=5, help="Runs per question on the store (median; default 5).")
    ap.add_argument("--rdflib-repeat", type=int, default=3,
                    help="Runs per question on rdflib below 100k triples (above: 1; default 3).")
    ap.add_argument("--rdflib-limit", type=float, default=30.0,
                    help="Seconds before an rdflib question is abandoned (default 30).")
    ap.add_argument("--dir", help="Working folder (default: a temporary one).")
    ap.add_argument("--reuse", action="store_true",
                    help="With --dir: use the graph files and stores an earlier run left there.")
    ap.add_argument("--questions", help="Only these named questions, comma-separated (default: all).")
    ap.add_argument("--store-only", action="store_true",
                    help="Time the store alone (no rdflib: its load takes a minute at 1M triples).")
    args = ap.parse_args()
    sizes = [parse_size(s) for s in args.sizes.split(",")]
    names = sorted(q.named_queries())
    if args.questions:
        unknown = set(args.questions.split(",")) - set(names)
        if unknown:
            ap.error(f"unknown questions {sorted(unknown)}; named questions: {', '.join(names)}")
        names = [n for n in names if n in args.questions.split(",")]
    work = Path(args.dir) if args.dir else Path(tempfile.mkdtemp(prefix="kg-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    summary = []
    for size in sizes:
        nq_path = work / f"bench-{size}.nq"
        store_dir = work / f"store-{size}"
        if args.reuse and nq_path.is_file() and (store_dir / "CURRENT").is_file():
            rng = random.Random(7)  # as write_nquads: the same seed gives the same graph and actor
            actor = next(e.label for e in entity_pool(rng, max(50, size // 400)) if e.type == "Person")
            with nq_path.open("rb") as fh:
                n = sum(1 for _ in fh)
            params = {"actor": {"actor": actor}}
            store = OxigraphStore(store_dir, read_only=True)
            print(f"\n## {n:,} triples: graph and store of an earlier run ({work}); load average "
                  f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores", flush=True)
        else:
            t0 = time.perf_counter()
            n, actor = write_nquads(nq_path, size)
            params = {"actor": {"actor": actor}}
            t_gen = time.perf_counter() - t0
            if store_dir.exists():
                import shutil

                shutil.rmtree(store_dir)
            t0 = time.perf_counter()
            store = OxigraphStore(store_dir)
            store.load_quads(lambda: file_quads(nq_path))
            store.close()
            store = OxigraphStore(store_dir, read_only=True)
            t_ox = time.perf_counter() - t0
            print(f"\n## {n:,} triples: generated in {t_gen:.1f} s; loaded into an Oxigraph store in {t_ox:.1f} s "
                  f"(bulk loader); load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores", flush=True)
        ox_times = {}
        for name in names:  # the store first, before rdflib fills this process's memory
            nq = q.named_queries()[name]
            ox_times[name] = timed(lambda t: q.run_local(store, nq, params.get(name, {}), timeout=t), args.repeat)
        if args.store_only:
            print(f"{'question':10} {'rows':>7} {'oxigraph (s)':>13} {'oxigraph cpu (s)':>17}  "
                  f"(load {os.getloadavg()[0]:.1f})")
            for name in names:
                t_ox_q, rows_ox, cpu_ox = ox_times[name]
                print(f"{name:10} {rows_ox:7d} {t_ox_q:13.3f} {cpu_ox:17.3f}", flush=True)
            summary.append((n, (names[0], float("nan"), 0.0), max(((nm, 0.0, ox_times[nm][0]) for nm in names),
                                                                   key=lambda r: r[2]),
                            sum(ox_times[nm][0] < 1.0 for nm in names), len(names),
                            sum(ox_times[nm][2] < 1.0 for nm in names)))
            store.close()
            print(f"load average {os.getloadavg()[0]:.1f}")
            continue
        t0 = time.perf_counter()
        ds = graphio.read(nq_path)
        gc.collect()
        gc.freeze()  # millions of rdflib objects: keep the garbage collector from walking them on every run
        t_rdf = time.perf_counter() - t0
        print(f"loaded into rdflib in {t_rdf:.1f} s; load average {os.getloadavg()[0]:.1f}", flush=True)
        rdf_repeat = 1 if size >= 100_000 else args.rdflib_repeat
        print(f"{'question':10} {'rows':>7} {'rdflib (s)':>11} {'oxigraph (s)':>13} {'ratio':>8} {'oxigraph cpu (s)':>17}",
              flush=True)
        results = []
        for name in names:
            nq = q.named_queries()[name]
            p = params.get(name, {})
            t_ox_q, rows_ox, cpu_ox = ox_times[name]
            t_rdf_q, rows_rdf, _ = timed(lambda t: q.run_local(ds, nq, p, timeout=t), rdf_repeat, args.rdflib_limit)
            if rows_rdf >= 0 and rows_rdf != rows_ox:
                print(f"   !! {name}: {rows_rdf} rows on rdflib, {rows_ox} on Oxigraph", flush=True)
            late = t_rdf_q == float("inf")
            shown = f">{args.rdflib_limit:g}" if late else f"{t_rdf_q:.3f}"
            ratio = (args.rdflib_limit if late else t_rdf_q) / max(t_ox_q, 1e-9)
            print(f"{name:10} {rows_ox:7d} {shown:>11} {t_ox_q:13.3f} {('>' if late else '') + f'{ratio:.0f}x':>8} "
                  f"{cpu_ox:17.3f}", flush=True)
            results.append((name, t_rdf_q, t_ox_q, cpu_ox))
        slow_rdf = max(results, key=lambda r: r[1])
        slow_ox = max(results, key=lambda r: r[2])
        summary.append((n, slow_rdf[:3], slow_ox[:3], sum(r[2] < 1.0 for r in results), len(results),
                        sum(r[3] < 1.0 for r in results)))
        store.close()
        del ds
        gc.unfreeze()
        gc.collect()
    print("\n## summary")
    for n, (name, t_rdf_q, t_ox_q), (oname, _, o_t), fast, total, fast_cpu in summary:
        if t_rdf_q != t_rdf_q:  # --store-only
            print(f"{n:>10,} triples: slowest on Oxigraph '{oname}' {o_t:.3f} s; {fast}/{total} questions under 1 s "
                  f"on Oxigraph ({fast_cpu}/{total} under 1 s of CPU)")
            continue
        late = t_rdf_q == float("inf")
        shown = f">{args.rdflib_limit:g}" if late else f"{t_rdf_q:.2f}"
        ratio = (args.rdflib_limit if late else t_rdf_q) / max(t_ox_q, 1e-9)
        print(f"{n:>10,} triples: slowest on rdflib '{name}' {shown} s vs {t_ox_q:.3f} s on Oxigraph "
              f"({'>' if late else ''}{ratio:.0f}x); slowest on Oxigraph '{oname}' {o_t:.3f} s; "
              f"{fast}/{total} questions under 1 s on Oxigraph ({fast_cpu}/{total} under 1 s of CPU)")
    print(f"\n(files and stores in {work})")


if __name__ == "__main__":
    main()

"""Benchmark: `kg build` throughput against raw spaCy, and its peak memory as the corpus grows.

Throughput: the same synthetic articles (bench/corpus.py) are parsed by raw `nlp.pipe` of the same
pipelines news-kg uses, then built by kg.api.build_stream (read, parse, extract, write N-Quads,
merge) with one process and with --jobs 2, all in one run; words/s, articles/s and the ratios are
printed. The one-process pair (raw spaCy, then the build) runs --rounds times and the median ratio
is the figure, in wall time and in CPU time (the CPU ratio moves less when other jobs share the
cores). Models are loaded, and both sides warmed up on 20 articles, before the clock starts; worker
start-up (each worker loads its models) is included in the --jobs 2 figure.

Memory: `kg build` of 1,000 and 10,000 articles, each in a fresh process: peak RSS of the writer
(ru_maxrss), of the largest worker and of all of them together (sampled every 0.5 s with psutil).

    .venv/bin/python bench/throughput.py                     # 1,000 articles, 3 rounds: ratios
    .venv/bin/python bench/throughput.py --n 300 --no-jobs2 --rounds 1  # quick look
    .venv/bin/python bench/throughput.py --memory 1000,10000 # peak memory per corpus size
    .venv/bin/python bench/throughput.py --profile 200       # cProfile of extraction (one process)

Targets (issue 6): one process ≥ 0.80 of raw spaCy; --jobs 2 ≥ 1.5 × --jobs 1; peak memory of 10,000
articles within 20 % of 1,000. Not a test: run it by hand on a quiet machine (`uptime` is printed).
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def machine() -> str:
    cpu = platform.processor() or "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        mem = next(int(ln.split()[1]) for ln in Path("/proc/meminfo").read_text().splitlines()
                   if ln.startswith("MemTotal"))
        ram = f"{mem / 1024 / 1024:.0f} GiB"
    except (OSError, StopIteration):
        ram = "?"
    load = os.getloadavg() if hasattr(os, "getloadavg") else ("?",)
    return f"{os.cpu_count()} cores ({cpu}), {ram} RAM, load {', '.join(f'{x:.2f}' for x in load)}"


def write_corpus(n: int, folder: Path) -> Path:
    from corpus import generate

    path = folder / f"corpus-{n}.jsonl"
    if not path.is_file():
        with path.open("w", encoding="utf-8") as fh:
            for rec in generate(n):
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path


def texts_of(path: Path) -> list[tuple[str, str]]:
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            out.append((r["lang"], f"{r['title']}\n\n{r['text']}"))
    return out


def raw_spacy(texts: list[tuple[str, str]], batch_size: int, n_process: int = 1) -> tuple[float, float]:
    """(wall, CPU) seconds for nlp.pipe over the texts, language by language (models already loaded)."""
    from kg import nlp as nlp_mod

    start, cpu = time.perf_counter(), time.process_time()
    for lang in ("en", "fr"):
        nlp = nlp_mod.load(lang)
        for _ in nlp.pipe((t for lg, t in texts if lg == lang), batch_size=batch_size, n_process=n_process):
            pass
    return time.perf_counter() - start, time.process_time() - cpu


def kg_build(path: Path, out: Path, jobs: int) -> tuple[float, float, object]:
    """(wall, CPU of this process, report) of a streaming build of the file."""
    from kg.api import build_stream

    start, cpu = time.perf_counter(), time.process_time()
    report = build_stream([str(path)], output=out, jobs=jobs)
    return time.perf_counter() - start, time.process_time() - cpu, report


def throughput(n: int, jobs2: bool, tmp: Path, rounds: int) -> None:
    import logging

    logging.disable(logging.WARNING)
    from kg import nlp as nlp_mod
    from kg.config import Settings

    path = write_corpus(n, tmp)
    texts = texts_of(path)
    words = sum(len(t.split()) for _, t in texts)
    bs = Settings().batch_size
    for lang in ("en", "fr"):
        nlp_mod.load(lang)
    # warm-up, the same for both: 20 texts parsed, 20 articles built (data files read, matcher made)
    raw_spacy(texts[:20], bs)
    warm = tmp / "warm-up.jsonl"
    warm.write_text("".join(path.read_text(encoding="utf-8").splitlines(keepends=True)[:20]), encoding="utf-8")
    kg_build(warm, tmp / "warm-up.nq", 1)
    print(f"machine: {machine()}")
    print(f"corpus: {n} articles, {words} words (bench/corpus.py), batch size {bs}; {rounds} round(s), "
          "each raw spaCy then kg build")
    print(f"{'':34}{'seconds':>9}{'words/s':>10}{'articles/s':>12}{'ratio':>8}{'CPU s':>8}{'CPU ratio':>10}")

    def row(name, s, ref, cpu=None, ref_cpu=None):
        cpu_cols = f"{cpu:8.1f}{ref_cpu / cpu:10.2f}" if cpu else ""
        print(f"{name:34}{s:9.1f}{words / s:10.0f}{n / s:12.1f}{ref / s:8.2f}{cpu_cols}")

    walls, cpus, rep = [], [], None
    for r in range(1, rounds + 1):
        raw1, raw1_cpu = raw_spacy(texts, bs)
        t1, t1_cpu, rep = kg_build(path, tmp / "one.nq", 1)
        row(f"raw nlp.pipe, 1 process #{r}", raw1, raw1, raw1_cpu, raw1_cpu)
        row(f"kg build --jobs 1 #{r}", t1, raw1, t1_cpu, raw1_cpu)
        walls.append(raw1 / t1)
        cpus.append(raw1_cpu / t1_cpu)
    print(f"  ({rep.articles} articles, {rep.events} events, {rep.entities} entities, {rep.triples} triples)")
    if jobs2:
        raw2, _ = raw_spacy(texts, bs, n_process=2)
        t2, _, _ = kg_build(path, tmp / "two.nq", 2)
        row("raw nlp.pipe, 2 processes", raw2, raw1)
        row("kg build --jobs 2", t2, raw1)
        print(f"kg build --jobs 2 / --jobs 1: {t1 / t2:.2f}x   (raw spaCy 2 / 1 processes: {raw1 / raw2:.2f}x)")
    print(f"kg build --jobs 1 / raw spaCy: {statistics.median(walls):.2f} wall, {statistics.median(cpus):.2f} CPU time "
          f"(median of {rounds}; rounds {', '.join(f'{w:.2f}' for w in walls)})   (target ≥ 0.80)")
    print(f"load after: {machine().rsplit('load ', 1)[1]}")


def child_build(path: str, jobs: int) -> None:
    """Run in a fresh process: build, then print peak RSS (this process and its workers) in MiB."""
    import logging

    logging.disable(logging.WARNING)
    from kg.api import build_stream

    import threading

    import psutil

    peak = {"workers": 0.0, "total": 0.0}
    done = threading.Event()

    def sample() -> None:  # worker processes are the forkserver's children: sampled, not waited for
        me = psutil.Process()
        while not done.wait(0.5):
            try:
                kids = [p.memory_info().rss for p in me.children(recursive=True)]
                own = me.memory_info().rss
            except psutil.Error:
                continue
            peak["workers"] = max(peak["workers"], max(kids, default=0) / 2**20)
            peak["total"] = max(peak["total"], (own + sum(kids)) / 2**20)

    watcher = threading.Thread(target=sample, daemon=True)
    watcher.start()
    with tempfile.TemporaryDirectory() as d:
        start = time.perf_counter()
        rep = build_stream([path], output=Path(d) / "g.nq", jobs=jobs)
        secs = time.perf_counter() - start
    done.set()
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"articles": rep.articles, "events": rep.events, "seconds": secs, "self_mib": me,
                      "worker_mib": peak["workers"], "total_mib": peak["total"]}))


def memory(sizes: list[int], jobs: int, tmp: Path) -> None:
    print(f"machine: {machine()}")
    print(f"{'articles':>9}{'events':>9}{'seconds':>9}{'writer MiB':>12}{'a worker MiB':>14}{'all MiB':>9}")
    first = None
    for n in sizes:
        path = write_corpus(n, tmp)
        out = subprocess.run([sys.executable, __file__, "--child-build", str(path), "--jobs", str(jobs)],
                             capture_output=True, text=True, check=True)
        r = json.loads(out.stdout.strip().splitlines()[-1])
        total = max(r["total_mib"], r["self_mib"])  # (one process: the writer is all there is)
        first = first or total
        print(f"{r['articles']:9d}{r['events']:9d}{r['seconds']:9.0f}{r['self_mib']:12.0f}{r['worker_mib']:14.0f}"
              f"{total:9.0f}   ({total / first:.2f}x the first)")
    print(f"load after: {machine().rsplit('load ', 1)[1]}")


def profile(n: int, tmp: Path) -> None:
    import cProfile
    import logging
    import pstats

    logging.disable(logging.WARNING)
    from kg.api import build_stream
    from kg import nlp as nlp_mod

    path = write_corpus(n, tmp)
    for lang in ("en", "fr"):
        nlp_mod.load(lang)
    prof = cProfile.Profile()
    prof.enable()
    build_stream([str(path)], output=tmp / "p.nq", jobs=1)
    prof.disable()
    pstats.Stats(prof).sort_stats("cumulative").print_stats(45)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=1000, help="articles for the throughput run")
    ap.add_argument("--no-jobs2", action="store_true", help="skip the two-process runs")
    ap.add_argument("--rounds", type=int, default=3, help="raw spaCy then kg build, this many times (median)")
    ap.add_argument("--memory", help="corpus sizes for the memory run, e.g. 1000,10000")
    ap.add_argument("--jobs", type=int, default=1, help="worker processes for the memory run")
    ap.add_argument("--profile", type=int, metavar="N", help="profile a one-process build of N articles")
    ap.add_argument("--child-build", help=argparse.SUPPRESS)
    ap.add_argument("--keep", help="folder for the corpora (kept between runs)")
    args = ap.parse_args()
    if args.child_build:
        child_build(args.child_build, args.jobs)
        return
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(args.keep) if args.keep else Path(d)
        tmp.mkdir(parents=True, exist_ok=True)
        if args.profile:
            profile(args.profile, tmp)
        elif args.memory:
            memory([int(x) for x in args.memory.split(",")], args.jobs, tmp)
        else:
            throughput(args.n, not args.no_jobs2, tmp, max(1, args.rounds))


if __name__ == "__main__":
    main()

"""Benchmark: `kg viz` on synthetic graphs of growing size, step by step, and the page in Chromium.

Builds graphs of N actors and M events (every actor in one event at least, the rest drawn with a
Zipf-like preference for busy actors; the same generator as tests/test_viz.py), bulk-loads each into
an Oxigraph store, then times: reading actors and events (store, and rdflib for the smaller sizes),
the cut to 2,000 actors / 10,000 events, the layout, writing the page; and, if Debian's chromium is
installed, loading the page until it has drawn. Prints seconds, the page size, and ratios to the
smallest size. Not a test: run it by hand.

    .venv/bin/python bench/viz.py                       # 500/2,000, 2,500/12,000, 5,000/40,000
    .venv/bin/python bench/viz.py --sizes 2500x12000 --no-browser
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from click.testing import CliRunner  # noqa: E402

from kg import explorer  # noqa: E402
from kg.cli import main  # noqa: E402
from kg.explorer import layout, page  # noqa: E402
from kg.store import open_source  # noqa: E402
from test_viz import synthetic_nquads  # noqa: E402


def timed(fn):
    start = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - start


def run(actors: int, events: int, folder: Path, browser) -> dict:
    nq = folder / f"g{actors}.nq"
    synthetic_nquads(nq, actors, events)
    store = folder / f"store{actors}"
    res, t_load = timed(lambda: CliRunner().invoke(main, ["push", str(nq), "--store", str(store)]))
    assert res.exit_code == 0, res.output
    src = open_source(store)
    data, t_collect = timed(lambda: explorer.collect(src))
    t_rdflib = None
    if events <= 12000:
        file_src = open_source(nq)
        _, t_rdflib = timed(lambda: explorer.collect(file_src))
    (kept, cut), t_cut = timed(lambda: explorer.keep_top(data, 2000, 10000))
    ids = list(kept.actors)
    _, t_layout = timed(lambda: layout.force_layout(ids, {(e.source, e.target): 1.0 for e in kept.events}))
    out = folder / f"g{actors}.html"
    _, t_page = timed(lambda: explorer.write_explorer(kept, out, title="bench", cut=cut))
    t_browser = None
    if browser is not None:
        _, t_browser = timed(lambda: browser.open(out))
        assert browser.log == [], browser.log
    return {"size": f"{actors:,}/{events:,}", "kept": f"{len(kept.actors):,}/{len(kept.events):,}",
            "load": t_load, "collect": t_collect, "collect_rdflib": t_rdflib, "cut": t_cut, "layout": t_layout,
            "page": t_page, "MB": out.stat().st_size / 1e6, "browser": t_browser}


def main_() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="500x2000,2500x12000,5000x40000", help="ACTORSxEVENTS,…")
    ap.add_argument("--no-browser", action="store_true")
    args = ap.parse_args()
    browser = None
    if not args.no_browser:
        from test_explorer import CHROMIUM, Browser

        browser = Browser() if CHROMIUM else None
    rows = []
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for spec in args.sizes.split(","):
                a, e = (int(x) for x in spec.split("x"))
                rows.append(run(a, e, Path(tmp), browser))
                r = rows[-1]
                fmt = lambda v: "-" if v is None else f"{v:.2f}"  # noqa: E731
                print(f"{r['size']:>14} actors/events, kept {r['kept']:>12}: store load {fmt(r['load'])} s, "
                      f"read {fmt(r['collect'])} s (rdflib {fmt(r['collect_rdflib'])} s), cut {fmt(r['cut'])} s, "
                      f"layout {fmt(r['layout'])} s, page with its layout {fmt(r['page'])} s ({r['MB']:.1f} MB), "
                      f"chromium load {fmt(r['browser'])} s", flush=True)
    finally:
        if browser is not None:
            browser.close()
    base = rows[0]
    for r in rows[1:]:
        print(f"{r['size']} vs {base['size']}: read ×{r['collect'] / base['collect']:.1f}, "
              f"layout ×{r['layout'] / base['layout']:.1f}, page ×{r['page'] / base['page']:.1f}")


if __name__ == "__main__":
    main_()

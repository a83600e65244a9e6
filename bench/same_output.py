"""Check that a change left `kg build`'s output exactly as it was: build a fixed corpus into N-Quads
and Turtle, and save (--save) or compare with (--check) a sorted copy kept outside the repository.

The corpus: the throughput benchmark's synthetic articles (bench/corpus.py, --n of them), the
shipped samples (kg/data/samples), the annotated test articles (tests/annotated/*/) and, when it is
there, the shared dev set (/work/shared/dev-set/articles). Speed work must leave every line alone.

    .venv/bin/python bench/same_output.py --save /tmp/kg-ref     # before the change
    .venv/bin/python bench/same_output.py --check /tmp/kg-ref    # after: exit 1 and a diff if not equal
"""
from __future__ import annotations

import argparse
import difflib
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

DEV_SET = Path("/work/shared/dev-set/articles")
FIELDS = ("id", "lang", "title", "text", "published", "url", "source")
OUTPUTS = ("graph.nq", "graph.ttl")


def corpus(n: int, folder: Path) -> list[str]:
    """The inputs: one JSON Lines file of the synthetic, annotated and dev-set articles, and the samples."""
    from corpus import generate

    path = folder / "corpus.jsonl"
    files = sorted(ROOT.glob("tests/annotated/*/*.json"))
    if DEV_SET.is_dir():
        files += sorted(DEV_SET.glob("*.json"))
    with path.open("w", encoding="utf-8") as fh:
        for rec in generate(n):
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        for f in files:
            rec = json.loads(f.read_text(encoding="utf-8"))
            fh.write(json.dumps({k: rec[k] for k in FIELDS if rec.get(k) is not None}, ensure_ascii=False) + "\n")
    return [str(path), str(ROOT / "kg" / "data" / "samples")]


def sorted_lines(path: Path) -> list[str]:
    """N-Quads: the file's lines, sorted. Turtle: its triples as N-Triples, sorted (the writer's
    order of subjects comes from its temporary store and differs from run to run)."""
    if path.suffix == ".nq":
        return sorted(path.read_text(encoding="utf-8").splitlines())
    import pyoxigraph as ox

    with path.open("rb") as fh:
        return sorted(str(t) + " ." for t in ox.parse(fh, ox.RdfFormat.TURTLE))


def build(n: int, folder: Path) -> tuple[dict[str, list[str]], bytes]:
    """Each output file's content as sorted lines, and the N-Quads file as written."""
    import logging

    logging.disable(logging.WARNING)
    from kg.api import build_stream

    inputs = corpus(n, folder)
    out = {}
    for name in OUTPUTS:
        rep = build_stream(inputs, output=folder / name, jobs=1)
        print(f"{name}: {rep.articles} articles, {rep.events} events, {rep.triples} triples", file=sys.stderr)
        out[name] = sorted_lines(folder / name)
    return out, (folder / "graph.nq").read_bytes()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=200, help="synthetic articles (bench/corpus.py)")
    mode = ap.add_mutually_exclusive_group(required=True)
    mode.add_argument("--save", metavar="DIR", help="write the sorted outputs here (a reference)")
    mode.add_argument("--check", metavar="DIR", help="compare with the sorted outputs saved here")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        got, nq = build(args.n, Path(d))
    if args.save:
        ref = Path(args.save)
        ref.mkdir(parents=True, exist_ok=True)
        for name, lines in got.items():
            (ref / f"{name}.sorted").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (ref / "graph.nq").write_bytes(nq)
        print(f"saved {', '.join(f'{k}: {len(v)} lines' for k, v in got.items())} in {ref}")
        return 0
    same = True
    for name, lines in got.items():
        want = (Path(args.check) / f"{name}.sorted").read_text(encoding="utf-8").splitlines()
        if lines == want:
            print(f"{name}: identical ({len(lines)} lines)")
            continue
        same = False
        diff = list(difflib.unified_diff(want, lines, "reference", "now", lineterm="", n=0))
        print(f"{name}: DIFFERENT ({len(want)} lines then, {len(lines)} now)")
        print("\n".join(diff[:40]))
    raw = Path(args.check) / "graph.nq"
    if raw.is_file():  # the order of the lines too (a Turtle file's order is not repeatable)
        print(f"graph.nq: {'same bytes, same order' if raw.read_bytes() == nq else 'lines in another order'}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())

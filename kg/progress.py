"""The progress bar of a long `kg build` (articles done, rate, ETA), on a terminal only."""
from __future__ import annotations

import sys
from pathlib import Path


def count_inputs(paths: list[str]) -> int | None:
    """How many articles the inputs hold, cheaply (files counted, JSON Lines lines counted), for the
    ETA; None when unknown (standard input)."""
    from .ingest import JSONL_SUFFIXES, SUFFIXES

    total = 0
    for p in paths:
        if p == "-":
            return None
        path = Path(p)
        files = sorted(f for f in path.rglob("*") if f.is_file()) if path.is_dir() else [path]
        for f in files:
            name = f.name.lower().removesuffix(".gz")
            suffix = Path(name).suffix
            if suffix not in SUFFIXES and path.is_dir():
                continue
            if suffix in JSONL_SUFFIXES and not f.name.lower().endswith(".gz"):
                try:
                    with f.open("rb") as fh:
                        total += sum(chunk.count(b"\n") for chunk in iter(lambda: fh.read(1 << 20), b""))
                except OSError:
                    total += 1
            else:
                total += 1
    return total


class Progress:
    """A tqdm bar on standard error when it is a terminal and the run is not quiet; else nothing."""

    def __init__(self, total: int | None, enabled: bool | None = None, quiet: bool = False):
        if enabled is None:
            enabled = not quiet and sys.stderr.isatty()
        self.bar = None
        if enabled:
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit=" articles", file=sys.stderr, dynamic_ncols=True,
                            smoothing=0.1, mininterval=0.5)

    def update(self, n: int, events: int = 0) -> None:
        if self.bar is not None:
            self.bar.update(n)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None

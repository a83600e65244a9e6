"""The one module that knows where shipped data lives (package data in a wheel, or the source tree)."""
from __future__ import annotations

from pathlib import Path

_PKG = Path(__file__).resolve().parent


def _dir(name: str) -> Path:
    # In a wheel, ontology/ and queries/ are mapped into the package; in a checkout they sit beside it.
    for candidate in (_PKG / name, _PKG.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"news-kg data folder '{name}' not found in {_PKG} or {_PKG.parent}")


def data_dir() -> Path:
    return _PKG / "data"


def ontology_dir() -> Path:
    return _dir("ontology")


def queries_dir() -> Path:
    return _dir("queries")


def samples_dir() -> Path:
    return data_dir() / "samples"


def lexicon(lang: str, name: str) -> Path:
    return data_dir() / "lexicons" / lang / name


def gazetteer(name: str) -> Path:
    return data_dir() / "gazetteers" / name


def languages() -> list[str]:
    """Languages with a lexicon folder: adding a language is adding a folder."""
    base = data_dir() / "lexicons"
    return sorted(p.name for p in base.iterdir() if p.is_dir() and (p / "triggers.tsv").exists())

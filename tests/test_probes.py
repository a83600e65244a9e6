"""The construction probes of bench/probes (templates filled with pairs of states by bench/probe.py): every
file parses, French contractions are made after filling, and the scorer tells a right sentence from a
failing one."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import probe  # noqa: E402

FILES = sorted((ROOT / "bench" / "probes").glob("*.txt"))


@pytest.mark.parametrize("path", FILES, ids=[f.name for f in FILES])
def test_probe_file_parses_in_both_languages(path: Path) -> None:
    cases = probe.read(path)
    assert {lang for lang, _, _ in cases} == {"en", "fr"}
    assert all("{A}" in t and "{B}" in t for _, _, t in cases)


@pytest.mark.parametrize("template, a, b, expected", [
    ("{A} a imposé des sanctions à {B}.", "la Chine", "les Philippines", "La Chine a imposé des sanctions aux Philippines."),
    ("{A} a démenti les accusations de {B}.", "la Russie", "les Philippines", "La Russie a démenti les accusations des Philippines."),
    ("{A} a affirmé que {B} paierait.", "la Chine", "Israël", "La Chine a affirmé qu'Israël paierait."),
    ("{A} a condamné le tir de {B}.", "l'Iran", "le Japon", "L'Iran a condamné le tir du Japon."),
])
def test_french_contractions_are_made_after_filling(template: str, a: str, b: str, expected: str) -> None:
    assert probe.fill(template, "fr", a, b) == expected


def test_a_malformed_line_names_the_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("# a comment\nde|11|{A} condemned {B}.\n", encoding="utf-8")
    with pytest.raises(SystemExit, match=r"bad.txt:2"):
        probe.read(bad)


def test_the_scorer_counts_right_and_failing(tmp_path: Path) -> None:
    path = tmp_path / "p.txt"
    path.write_text("en|11|{A} condemned {B} on Monday.\nen|19|{A} and {B} held talks in Geneva.\n", encoding="utf-8")
    right, total, failing = probe.score(path)
    assert (right, total) == (4, 8)
    assert set(failing) == {("en", "19", "{A} and {B} held talks in Geneva.")}

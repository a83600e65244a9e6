"""The batteries of bench/batteries (texts written here, phrased the ways wire copy reports each family of
events) are read and scored by bench/battery.py: every file parses, and the scorer tells a found event
from a missed or a false one."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import battery  # noqa: E402

FILES = sorted((ROOT / "bench" / "batteries").glob("*.txt"))


def test_there_are_batteries_in_both_languages() -> None:
    assert {f.stem.rsplit("-", 1)[1] for f in FILES} == {"en", "fr"}


@pytest.mark.parametrize("path", FILES, ids=[f.name for f in FILES])
def test_battery_file_parses(path: Path) -> None:
    b = battery.read(path)
    assert b.roots and all(len(r) == 2 and r.isdigit() for r in b.roots)
    assert len(b.texts) >= 40
    assert any(t.expected for t in b.texts) and any(not t.expected for t in b.texts)  # near misses too
    assert all(len(r) == 2 and r.isdigit() for t in b.texts for rs, _, _ in t.expected for r in rs)


def test_a_malformed_expected_line_names_the_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "x-en.txt"
    bad.write_text("# roots: 11\nFrance condemned Russia.\n# = 11 France condemned Russia\n", encoding="utf-8")
    with pytest.raises(SystemExit, match=r"x-en.txt:3"):
        battery.read(bad)


def test_the_scorer_counts_right_missed_and_false(tmp_path: Path) -> None:
    f = tmp_path / "t-en.txt"
    f.write_text("# roots: 11\n"
                 "France condemned Russia's invasion of Ukraine.\n# = 11 FR>RU\n"      # found
                 "France condemned Russia's invasion of Ukraine.\n# = 11 DE>RU\n"      # missed, and one false
                 "The weather was fine in Paris on Monday.\n# = none\n", encoding="utf-8")  # right: nothing
    assert battery.score(battery.read(f)) == (2, 1, 1)

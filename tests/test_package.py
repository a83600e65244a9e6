"""A plain (non-editable) install of the wheel finds its ontology, queries and samples."""
from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
                    "-w", str(out), str(REPO)], check=True, cwd=out)
    wheels = list(out.glob("news_kg-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


def test_package_wheel_contains_data(wheel: Path):
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in ("kg/ontology/news-kg.ttl", "kg/ontology/cameo.ttl", "kg/ontology/shapes.ttl",
                     "kg/queries/events.rq", "kg/data/lexicons/fr/triggers.tsv", "kg/data/lexicons/en/triggers.tsv",
                     "kg/data/gazetteers/countries.tsv", "kg/data/samples/samples.jsonl", "kg/py.typed"):
        assert required in names, f"{required} missing from {wheel.name}"


def test_package_installed_demo_runs_outside_the_checkout(wheel: Path, tmp_path: Path):
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target),
                    str(wheel)], check=True)
    env = dict(os.environ, PYTHONPATH=str(target))
    where = subprocess.run([sys.executable, "-c", "import kg; print(kg.__file__)"], env=env, cwd=tmp_path,
                           capture_output=True, text=True, check=True).stdout.strip()
    assert where.startswith(str(target)), where
    run = subprocess.run([sys.executable, "-m", "kg", "demo", "-o", str(tmp_path / "out")], env=env, cwd=tmp_path,
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-2000:]
    for name in ("graph.ttl", "graph.html", "graph.png"):
        assert (tmp_path / "out" / name).stat().st_size > 0
    assert "## visits" in run.stdout and "Kim Jong Un" in run.stdout

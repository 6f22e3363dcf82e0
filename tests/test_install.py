"""The wheel works on its own: built from the checkout, installed into a fresh
venv, run from a folder outside the checkout, it finds its ontology and queries
inside the installed package.

The fresh venv borrows the dependencies (not conflict-kg itself) from the
development venv through a plain path line in a .pth file, so nothing is
downloaded; a plain path line does not process the development venv's own .pth
files, so the checkout's editable install stays invisible.
"""
from __future__ import annotations

import csv
import io
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

CHECKOUT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow


def run(*command: str | Path, cwd: Path) -> str:
    result = subprocess.run([str(c) for c in command], cwd=cwd, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, f"{command}: {result.stderr[-2000:]}"
    return result.stdout


@pytest.fixture(scope="module")
def fresh_venv(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("install")
    run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", work / "wheels",
        CHECKOUT, cwd=work)
    [wheel] = (work / "wheels").glob("conflict_kg-*.whl")
    venv = work / "venv"
    run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=work)
    run(sys.executable, "-m", "pip", "--python", venv / "bin" / "python", "install", "--no-deps", "--no-index",
        "-q", wheel, cwd=work)
    site_packages = Path(run(venv / "bin" / "python", "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])",
                             cwd=work).strip())
    (site_packages / "zz_dev_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return venv


def test_kg_is_imported_from_the_fresh_venv_with_its_data(fresh_venv, tmp_path):
    probe = ("import kg, kg.resources as r; "
             "print(kg.__file__); print(r.ontology_dir()); print(r.queries_dir()); print(r.lang_dir())")
    paths = run(fresh_venv / "bin" / "python", "-c", probe, cwd=tmp_path).splitlines()
    for path in paths:
        assert path.startswith(str(fresh_venv)), path
    assert paths[1].endswith("kg/_data/ontology") and paths[2].endswith("kg/_data/queries")
    assert (Path(paths[1]) / "conflict.ttl").is_file()
    assert (Path(paths[1]) / "rules").is_dir()
    assert sorted(Path(paths[2]).glob("*.rq"))


def test_installed_kg_lists_and_runs_queries_outside_the_checkout(fresh_venv, tmp_path):
    """Ingesting creates the store (with the installed lexicons and reference data); querying reads it."""
    kg = fresh_venv / "bin" / "kg"
    listing = run(kg, "list-queries", cwd=tmp_path)
    assert "alliance-members-as-of" in listing and "clashes-involving-state" in listing
    run(kg, "ingest", CHECKOUT / "examples" / "en_finland_joins_nato_2023.txt", "--store", tmp_path / "store", cwd=tmp_path)
    answer = run(kg, "query", "alliance-members-as-of", "--param", "org=CSTO", "--param", "date=2010-01-01",
                 "--format", "csv", "--store", tmp_path / "store", cwd=tmp_path)
    members = {row["member"].rsplit("/", 1)[-1] for row in csv.DictReader(io.StringIO(answer))}
    assert {"ARM", "RUS", "KAZ"} <= members

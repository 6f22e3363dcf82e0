"""The same articles give the same graph in every run.

Python salts string hashes per process, so iterating a set of IRIs can order
sides, ties and matches differently from one run to the next; a graph that
changed with the salt would make every measurement noise. Two processes with
different salts ingest the same articles and must write identical document
graphs."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

GOLD = Path(__file__).resolve().parent.parent / "gold"

pytestmark = pytest.mark.slow


def _document_quads(tmp_path: Path, hash_seed: str) -> list[str]:
    store, out = tmp_path / f"store-{hash_seed}", tmp_path / f"documents-{hash_seed}.nq"
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    articles = sorted(str(p) for folder in ("articles", "fresh/articles") for p in (GOLD / folder).glob("*.txt"))
    for command in (["ingest", *articles], ["export", "--format", "nquads", "--graph", "documents", "-o", str(out)]):
        result = subprocess.run([sys.executable, "-m", "kg", *command, "--store", str(store)],
                                capture_output=True, text=True, timeout=600, env=env)
        assert result.returncode == 0, result.stderr
    return sorted(out.read_text(encoding="utf-8").splitlines())


def test_document_graphs_do_not_depend_on_the_hash_salt(tmp_path):
    first, second = _document_quads(tmp_path, "1"), _document_quads(tmp_path, "2")
    assert len(first) > 1000
    assert first == second

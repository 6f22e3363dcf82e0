"""Locate the data files that ship with conflict-kg.

In a wheel, `ontology/` and `queries/` live in `kg/_data/`; in a checkout they
are top-level folders beside `kg/`. Lexicons always live in `kg/lang/`.
"""
from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _data_dir(name: str) -> Path:
    for candidate in (_PACKAGE_DIR / "_data" / name, _PACKAGE_DIR.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"conflict-kg data folder '{name}' not found beside {_PACKAGE_DIR}")


def ontology_dir() -> Path:
    return _data_dir("ontology")


def queries_dir() -> Path:
    return _data_dir("queries")


def reference_dir() -> Path:
    return ontology_dir() / "reference"


def lang_dir(code: str | None = None) -> Path:
    base = _PACKAGE_DIR / "lang"
    return base if code is None else base / code

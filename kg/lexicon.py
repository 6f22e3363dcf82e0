"""Per-language word lists and patterns, read from `kg/lang/<code>/<name>.toml`.

Adding a language means adding a folder with the same files; no code changes.
"""
from __future__ import annotations

import tomllib
from functools import cache
from typing import Any

from kg.errors import InputError
from kg.resources import lang_dir


@cache
def available_languages() -> tuple[str, ...]:
    """The language folders under kg/lang (read once: the package's data does not change while it runs)."""
    return tuple(sorted(p.name for p in lang_dir().iterdir() if p.is_dir() and not p.name.startswith("_")))


@cache
def load_lexicon(language: str, name: str) -> dict[str, Any]:
    """The table in kg/lang/<language>/<name>.toml; an empty table if the language lacks that file."""
    path = lang_dir(language) / f"{name}.toml"
    if not path.is_file():
        return {}
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{path}: not valid TOML: {exc}") from exc

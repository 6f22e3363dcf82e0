"""Compile the lexicon's small pattern language into regular expressions.

A pattern is words separated by spaces, matched case-insensitively on word
boundaries:

- ``word``    the word itself;
- ``word*``   a word starting with ``word`` ("clash*" matches "clashes");
- ``*nya``    a word ending with ``nya`` ("tentaranya");
- ``..``      a gap of up to six words ("beralih ke .. bantuan");
- ``^^``      a name in the gap: up to five words, each opening with a capital
              letter or a digit ("withdrew from the ^^ treaty" takes "the Open
              Skies Treaty" and "the 1987 INF Treaty", not "the zone under the treaty");
- ``-word``   a suffix glued to the previous word ("-brokered" in "Russia-brokered").

Lexicon files stay readable for linguists, and no regex syntax leaks into them.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from kg.scanning import LiteralPrefilter

_GAP_TOKEN = ".."
_GAP = r"(?:\s+\S+){0,6}?"
_NAME_GAP_TOKEN = "^^"
_NAME_GAP = r"(?:\s+(?-i:[A-Z0-9])\S*){0,5}?"
_GAPS = {_GAP_TOKEN: _GAP, _NAME_GAP_TOKEN: _NAME_GAP}
_WORD_CHARS = r"[\w'’-]*"


def _token(token: str) -> str:
    prefix = token.startswith("*") and len(token) > 1
    suffix = token.endswith("*") and len(token) > 1
    core = re.escape(_literal(token))
    return (_WORD_CHARS if prefix else "") + core + (_WORD_CHARS if suffix else "")


def _literal(token: str) -> str:
    """The text a token matches literally: "clash" of "clash*", "nya" of "*nya"."""
    return token.strip("*")


def literal_pieces(pattern: str) -> tuple[str, ...]:
    """The literal texts every match of the pattern contains, one per word."""
    return tuple(piece for token in pattern.split() if token not in _GAPS and (piece := _literal(token)))


def pattern_regex(pattern: str) -> str:
    """The regex source for one pattern (see the module docstring)."""
    parts: list[str] = []
    for token in pattern.split():
        if token in _GAPS:
            parts.append(_GAPS[token])
        else:
            parts.append((r"\s+" if parts else "") + _token(token))
    body = "".join(parts)
    if pattern.startswith("-"):  # a suffix cue glued to the previous word: "Russia-brokered"
        return rf"{body}(?![\w-])"
    return rf"(?<![\w-]){body}(?![\w-])"  # "war" is not in "war-torn" nor "anti-war"


@cache
def _compiled(patterns: tuple[str, ...]) -> re.Pattern[str] | None:
    if not patterns:
        return None
    ordered = sorted(patterns, key=len, reverse=True)  # longest alternative first
    return re.compile("|".join(f"(?:{pattern_regex(p)})" for p in ordered), re.IGNORECASE)


def compile_patterns(patterns: Iterable[str]) -> re.Pattern[str] | None:
    """One regex matching any of the patterns (longest first); None for an empty list."""
    return _compiled(tuple(patterns))


@cache
def _prefilter(patterns: tuple[str, ...]) -> LiteralPrefilter:
    return LiteralPrefilter.of(literal_pieces(p) for p in patterns)


def find_all(patterns: Iterable[str], text: str) -> list[re.Match[str]]:
    """Every match of any of the patterns in `text`; the regex runs only when
    some pattern has all its literal pieces there (kg.scanning tells why)."""
    listed = tuple(patterns)
    regex = compile_patterns(listed)
    if regex is None or not _prefilter(listed).may_match(text):
        return []
    return list(regex.finditer(text))


def blank(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """`text` with each (start, end) span replaced by as many spaces, so that
    offsets into it stay valid: words found are taken out of a gap before
    its remaining words are counted."""
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text

"""Language identification from per-language word lists.

Each language folder kg/lang/<code>/ may hold a langid.toml with `words`, the
most frequent (function) words of that language. A text belongs to the
language whose words make up the largest share of its tokens, if that share
is clear; otherwise it is "und". kg/lang/_common/langid.toml lists words of
languages we do not read; when one of those wins, the text is "und" too.
Adding a language means adding its langid.toml.
"""
from __future__ import annotations

import re
from functools import cache

from kg.lexicon import available_languages, load_lexicon

UNDETERMINED = "und"
COMMON = "_common"
MIN_TOKENS = 4  # fewer words than this say nothing about the language
MIN_SHARE = 0.10  # share of listed words a real text of the language reaches
MIN_DISTINCT = 2  # distinct listed words: one shared word ("a", "para") proves nothing
MIN_LEAD = 1.5  # the winner's share must exceed the runner-up's by this factor

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@cache
def _function_words() -> dict[str, frozenset[str]]:
    """Word lists of the supported languages, then of the unsupported ones."""
    lists = {code: load_lexicon(code, "langid").get("words", []) for code in available_languages()}
    for code, table in load_lexicon(COMMON, "langid").get("other", {}).items():
        lists.setdefault(code, table.get("words", []))
    return {code: frozenset(w.lower() for w in words) for code, words in lists.items() if words}


def language_shares(text: str) -> dict[str, float]:
    """Share of the text's words that are listed words of each language; 0 for a
    language with fewer than MIN_DISTINCT distinct listed words in the text."""
    tokens = [t.lower() for t in _WORD.findall(text)]
    if len(tokens) < MIN_TOKENS:
        return {}
    shares = {}
    for code, words in _function_words().items():
        hits = [t for t in tokens if t in words]
        shares[code] = len(hits) / len(tokens) if len(set(hits)) >= MIN_DISTINCT else 0.0
    return shares


def identify(text: str) -> str:
    """"id", "en", ... or "und" when no language is clearly recognised."""
    ranked = sorted(language_shares(text).items(), key=lambda item: item[1], reverse=True)
    if not ranked or ranked[0][1] < MIN_SHARE:
        return UNDETERMINED
    if len(ranked) > 1 and ranked[0][1] < MIN_LEAD * ranked[1][1]:
        return UNDETERMINED
    return ranked[0][0] if ranked[0][0] in available_languages() else UNDETERMINED

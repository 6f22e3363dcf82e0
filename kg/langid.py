"""Language identification from per-language function-word lists.

Each language folder kg/lang/<code>/ may hold a langid.toml with `words`, the
most frequent function words of that language. A text belongs to the language
whose words make up the largest share of its tokens, if that share is clear;
otherwise it is "und". Adding a language means adding its langid.toml.
"""
from __future__ import annotations

import re
from functools import cache

from kg.lexicon import available_languages, load_lexicon

UNDETERMINED = "und"
MIN_TOKENS = 4  # fewer words than this say nothing about the language
MIN_SHARE = 0.12  # share of function words a real text of the language reaches
MIN_LEAD = 1.5  # the winner's share must exceed the runner-up's by this factor

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@cache
def _function_words() -> dict[str, frozenset[str]]:
    words = {}
    for code in available_languages():
        listed = load_lexicon(code, "langid").get("words", [])
        if listed:
            words[code] = frozenset(w.lower() for w in listed)
    return words


def language_shares(text: str) -> dict[str, float]:
    """Share of the text's words that are function words of each language."""
    tokens = [t.lower() for t in _WORD.findall(text)]
    if len(tokens) < MIN_TOKENS:
        return {}
    return {
        code: sum(t in words for t in tokens) / len(tokens)
        for code, words in _function_words().items()
    }


def identify(text: str) -> str:
    """"id", "en", ... or "und" when no language is clearly recognised."""
    ranked = sorted(language_shares(text).items(), key=lambda item: item[1], reverse=True)
    if not ranked or ranked[0][1] < MIN_SHARE:
        return UNDETERMINED
    if len(ranked) > 1 and ranked[0][1] < MIN_LEAD * ranked[1][1]:
        return UNDETERMINED
    return ranked[0][0]

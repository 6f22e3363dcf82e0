"""Shortcuts for the text scans extraction repeats: a literal prefilter that
lets a text skip a word list's regex when it cannot match, and caches that
last one document.

Extraction asks every sentence for dozens of word lists (each event rule's
triggers, "roles.mediator", "dates.habitual", ...) and almost every answer is
"nothing" (97 % of the scans on the gold articles). Each scan is a pass of the
regex engine over the text with every alternative tried at every position,
which made these scans nearly half of the extraction time. Every match of a
pattern contains its literal text (the "clash" and "with" of "clash* ..
with"), so a list none of whose patterns has all its pieces in the text
cannot match it, and substring tests tell that for a fraction of the cost.
The test never rules out a real match: callers get the same matches as from
scanning every time.

The one subtlety is case. The patterns are compiled with re.IGNORECASE, under
which four non-ASCII letters equal ASCII ones ("İ" and "ı" are "i", "ſ" is
"s", the Kelvin sign is "k"); `fold` maps them before lowering, so that an
ASCII piece is found in every text the regex would match. Pieces with other
non-ASCII characters are not tested.

Scans of the same text repeat within a document (kg.dates reads each
sentence for the dateline check, for its event context and for kg.numbers),
so their results are cached; kg.pipeline.extract empties the caches at each
document, so that a benchmark extracting the same articles again times real
scans and not cache hits (and a bound keeps memory small for other callers).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, TypeVar

Function = TypeVar("Function", bound=Callable[..., Any])

# Non-ASCII characters that re.IGNORECASE matches to an ASCII letter, and that letter.
IGNORECASE_ASCII_EQUIVALENTS = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}
_TO_ASCII = str.maketrans(IGNORECASE_ASCII_EQUIVALENTS)
_DOCUMENT_CACHE_SIZE = 4096  # texts; a long article has a few hundred sentences
_DOCUMENT_CACHES: list[Any] = []


def document_cache(function: Function) -> Function:
    """`function` memoized until the next `forget_document` (its arguments must be hashable)."""
    cached = lru_cache(maxsize=_DOCUMENT_CACHE_SIZE)(function)
    _DOCUMENT_CACHES.append(cached)
    return cached  # type: ignore[return-value]


def forget_document() -> None:
    """Empty every document cache (a new document's texts are other texts)."""
    for cached in _DOCUMENT_CACHES:
        cached.cache_clear()


@document_cache
def fold(text: str) -> str:
    """`text` lowered so that an ASCII literal re.IGNORECASE finds in it is a
    substring of the result."""
    return text.translate(_TO_ASCII).lower()


@dataclass(frozen=True)
class LiteralPrefilter:
    """The literal pieces of a word list's patterns, lowercase ASCII: a pattern
    can match only a text that holds all of its pieces. Each pattern is filed
    under its longest piece, which most texts lack, so most texts are ruled out
    by one substring test per pattern. `by_anchor` is None when some pattern
    has no piece to test (its list is always scanned)."""

    by_anchor: dict[str, tuple[tuple[str, ...], ...]] | None  # longest piece -> other pieces, per pattern

    @classmethod
    def of(cls, patterns: Iterable[Iterable[str]]) -> LiteralPrefilter:
        """From each pattern's literal pieces; pieces that are not ASCII are not tested."""
        by_anchor: dict[str, list[tuple[str, ...]]] = {}
        for pieces in patterns:
            usable = sorted({p.lower() for p in pieces if p and p.isascii()}, key=lambda p: (-len(p), p))
            if not usable:
                return cls(None)
            by_anchor.setdefault(usable[0], []).append(tuple(usable[1:]))
        return cls({anchor: tuple(rests) for anchor, rests in by_anchor.items()})

    def may_match(self, text: str) -> bool:
        """False only when no pattern of the list can match `text`."""
        if self.by_anchor is None:
            return True
        folded = fold(text)
        for anchor, rests in self.by_anchor.items():
            if anchor in folded and any(all(piece in folded for piece in rest) for rest in rests):
                return True
        return False

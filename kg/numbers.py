"""Numbers and quantities in English and Indonesian text.

Figures follow the language's convention (kg/lang/<code>/numbers.toml:
Indonesian "6.500" and "1,5 juta", English "6,500" and "1.5 million"); a
separator followed by groups of exactly three digits is read as a thousands
separator in either convention, since nobody writes "2,000" to mean two.
Number words ("dua ribu", "twenty-five"), vague amounts ("ratusan",
"hundreds": at least 200) and the qualifier words before a number ("lebih
dari", "at least") come from the same files. Not quantities: numbers that
kg.dates reads as part of a date, numbers glued to letters ("MiG-29",
"1990-an"), measures of time, distance, money or share ("20 tahun",
"50 percent", "Rp 120 juta"), number words that count nothing ("salah
satu", "one of": numbers.toml not_counts), and a bare unqualified
four-digit 19xx/20xx, which in news is a year (counts that large are
written "2.000" or "2,000").
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from kg.dates import alternation, date_spans, lexicon_languages
from kg.lexicon import load_lexicon
from kg.model import Qualifier, Quantity

_FIGURE = r"\d+(?:[.,]\d+)*"
_NOT_BEFORE = r"(?<![\w./:])(?<!\w-)"
_NOT_AFTER = r"(?![\w%/:]|[.,]\d|-[^\W\d_])"
_YEAR_LIKE = re.compile(r"(?:19|20)\d\d")


@dataclass(frozen=True)
class QuantityMatch:
    start: int
    end: int
    text: str
    quantity: Quantity


def _key(phrase: str) -> str:
    return re.sub(r"\s+", " ", phrase.lower())


class _Lexicon:
    """One language's number words and the patterns built from them."""

    def __init__(self, table: dict) -> None:
        self.thousands = table.get("thousands_separator", ",")
        self.decimal = table.get("decimal_separator", ".")
        self.units: dict[str, int] = table.get("units", {})
        self.multipliers: dict[str, int] = table.get("multipliers", {})
        self.standalone: dict[str, int] = table.get("standalone", {})
        self.teens: dict[str, int] = table.get("teens", {})
        self.vague: dict[str, int] = table.get("vague", {})
        self.qualifiers: dict[str, Qualifier] = table.get("qualifiers", {})
        connectors = list(table.get("connectors", {}))
        word = alternation([*self.units, *self.multipliers, *self.standalone, *self.teens])
        joint = rf"(?:\s+|-)(?:(?:{alternation(connectors)})\s+)?"
        self.word = re.compile(rf"(?<!\w)(?:{word})(?!\w)", re.IGNORECASE)
        self.words = re.compile(rf"(?<![\w-])(?:{word})(?:{joint}(?:{word}))*(?![\w-])", re.IGNORECASE)
        self.figure = re.compile(
            rf"{_NOT_BEFORE}(?P<figure>{_FIGURE})(?:\s+(?P<scale>{alternation(self.multipliers)}))?{_NOT_AFTER}",
            re.IGNORECASE,
        )
        self.vague_pattern = re.compile(rf"(?<!\w)(?:{alternation(self.vague)})(?!\w)", re.IGNORECASE)
        self.qualifier = re.compile(rf"(?<![\w-])(?P<q>{alternation(self.qualifiers)})\s+$", re.IGNORECASE)
        self.measure = re.compile(rf"\s*(?:{alternation(table.get('measures', []))})(?!\w)", re.IGNORECASE)
        self.currency = re.compile(rf"(?:{alternation(table.get('currency', []))})\s*$", re.IGNORECASE)
        self.not_counts = re.compile(rf"(?<!\w)(?:{alternation(table.get('not_counts', []))})(?!\w)", re.IGNORECASE)


@cache
def _lexicon(language: str) -> _Lexicon:
    return _Lexicon(load_lexicon(language, "numbers"))


# --- values -----------------------------------------------------------------


def _figure_value(figure: str, lexicon: _Lexicon, scaled: bool) -> float | None:
    """The value of digits with separators; None when they fit no convention."""
    if figure.isdigit():
        return int(figure)
    for sep in (lexicon.thousands, lexicon.decimal):
        grouped = re.fullmatch(rf"\d{{1,3}}(?:{re.escape(sep)}\d{{3}})+", figure)
        if grouped and (sep == lexicon.thousands or not scaled):
            return int(figure.replace(sep, ""))
    if re.fullmatch(rf"\d+{re.escape(lexicon.decimal)}\d+", figure):
        return float(figure.replace(lexicon.decimal, "."))
    if scaled and re.fullmatch(rf"\d+{re.escape(lexicon.thousands)}\d+", figure):
        return float(figure.replace(lexicon.thousands, "."))  # "1.5 juta" in the other convention
    return None


def _words_value(phrase: str, lexicon: _Lexicon) -> int | None:
    """Value of number words: units add, "puluh"/"hundred" scale the pending
    units, "ribu"/"thousand" and larger close a group."""
    keys = [_key(token) for token in lexicon.word.findall(phrase)]
    if not any(k in lexicon.units or k in lexicon.standalone for k in keys):
        return None  # "ribu" alone is no number
    total = group = pending = 0
    for key in keys:
        if key in lexicon.units:
            pending += lexicon.units[key]
        elif key in lexicon.teens:
            pending += lexicon.teens[key]
        else:
            factor = lexicon.multipliers.get(key) or lexicon.standalone[key]
            if factor >= 1000:
                total += (group + pending or 1) * factor
                group = pending = 0
            else:
                group += (pending or 1) * factor
                pending = 0
    return total + group + pending


def _whole(value: float | None) -> int | None:
    if value is None or abs(value - round(value)) > 1e-6:
        return None
    return int(round(value))


def _scaled_figure(figure: str, scale: str | None, lexicon: _Lexicon) -> int | None:
    value = _figure_value(figure, lexicon, scale is not None)
    if value is None:
        return None
    return _whole(value * lexicon.multipliers[_key(scale)] if scale else value)


def parse_number(token: str, language: str) -> int | None:
    """The integer a number token names: "6.500", "1,5 juta", "2,000",
    "1.5 million", "dua ribu", "twenty-five"; None if it names none."""
    token = token.strip()
    for code in lexicon_languages(language):
        lexicon = _lexicon(code)
        match = lexicon.figure.fullmatch(token)
        if match:
            return _scaled_figure(match.group("figure"), match.group("scale"), lexicon)
        if lexicon.words.fullmatch(token):
            return _words_value(token, lexicon)
        if _key(token) in lexicon.vague:
            return lexicon.vague[_key(token)]
    return None


# --- finding quantities in text ---------------------------------------------


def _candidates(text: str, lexicon: _Lexicon) -> Iterator[tuple[int, int, int, Qualifier]]:
    """(start, end, value, default qualifier) of every number-like span."""
    for match in lexicon.vague_pattern.finditer(text):
        yield match.start(), match.end(), lexicon.vague[_key(match.group())], "at least"
    for match in lexicon.figure.finditer(text):
        value = _scaled_figure(match.group("figure"), match.group("scale"), lexicon)
        if value is not None:
            yield match.start(), match.end(), value, "exact"
    for match in lexicon.words.finditer(text):
        value = _words_value(match.group(), lexicon)
        if value is not None:
            yield match.start(), match.end(), value, "exact"


def _is_measure_or_money(text: str, start: int, end: int, lexicon: _Lexicon) -> bool:
    return bool(lexicon.measure.match(text, end) or lexicon.currency.search(text, max(0, start - 8), start))


def find_quantities(text: str, language: str) -> list[QuantityMatch]:
    """Quantities in `text` with their qualifiers; offsets are relative to `text`.
    A qualifier before the number is part of the match ("lebih dari 6.500")."""
    taken: list[tuple[int, int]] = list(date_spans(text, language))
    found: list[QuantityMatch] = []
    for code in lexicon_languages(language):
        lexicon = _lexicon(code)
        taken += [(m.start(), m.end()) for m in lexicon.not_counts.finditer(text)]  # "salah satu", "one of"
        for start, end, value, qualifier in _candidates(text, lexicon):
            if any(start < e and s < end for s, e in taken):
                continue
            taken.append((start, end))
            if _is_measure_or_money(text, start, end, lexicon):
                continue
            before = lexicon.qualifier.search(text, max(0, start - 40), start)
            if before is None and _YEAR_LIKE.fullmatch(text[start:end]):
                continue
            if before:
                qualifier = lexicon.qualifiers[_key(before.group("q"))]
                start = before.start()
            found.append(QuantityMatch(start, end, text[start:end], Quantity(value, qualifier)))
    return sorted(found, key=lambda m: m.start)

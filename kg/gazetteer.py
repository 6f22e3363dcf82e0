"""Name index of the reference entities, matched over word tokens.

Names come from `kg.reference.reference_entities()` (labels, aliases, seats
of government, demonyms per language) plus the blockers listed in
`kg/lang/<code>/entities.toml`; no name lives in this module.

Matching is token based, so it is whole-word by construction ("Iran" never
matches inside "Iranian", "Oman" never inside "Romania"), and tolerant of
case, diacritics ("Turkiye" = "Türkiye"), possessives ("Russia's" is
"Russia" + "'" + "s") and hyphenated clitics ("Rusia-lah"). Acronyms
("AS", "UN", "PBB") match only as written, so the English word "as" never
becomes the United States. Other names keep their capitals ("turkey" is a
bird, "the Gaza city of ..." is no "Gaza City") unless they run to three
words or more, which news often writes in lower case ("perjanjian kemitraan
strategis komprehensif").
"""
from __future__ import annotations

import re
import tomllib
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from typing import Any

from kg.lexicon import available_languages, load_lexicon
from kg.namespaces import place_iri, state_iri
from kg.resources import reference_dir

_TOKEN = re.compile(r"[^\W_]+|[^\w\s]")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2013": "-", "\u2014": "-"})
_TITLE_CASE_ACRONYM_MIN = 4  # "Nato", "Asean" are house styles; "As", "Un" are words
_ANY_CASE_MIN_WORDS = 3  # "perjanjian kemitraan strategis komprehensif" is a name in any case


@dataclass(frozen=True)
class Token:
    text: str
    start: int  # offsets into the text that was tokenized
    end: int
    key: str  # folded form used for matching
    joined: bool  # True when no whitespace separates it from the previous token

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()

    @property
    def is_capitalized(self) -> bool:
        return self.text[:1].isupper()


def fold(text: str) -> str:
    """Case- and diacritic-insensitive form: 'Türkiye' -> 'turkiye'."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def tokenize(text: str, offset: int = 0) -> list[Token]:
    tokens: list[Token] = []
    previous_end = None
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        tokens.append(Token(match.group(), start + offset, end + offset, fold(match.group()),
                            joined=previous_end == start))
        previous_end = end
    return tokens


def surface(tokens: Sequence[Token]) -> str:
    """The tokens as written, with single spaces where the text had whitespace."""
    return "".join(t.text if t.joined or i == 0 else " " + t.text for i, t in enumerate(tokens))


def phrase_keys(phrase: str) -> tuple[str, ...]:
    return tuple(token.key for token in tokenize(phrase))


def is_acronym(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(letters) <= 6


@dataclass(frozen=True)
class Entry:
    """One name of one entity. `source` says how the name stands for it:
    'name' (label or alias), 'seat' (capital or seat of government of a
    State), 'demonym', 'organ' (an organ that stands for its State: "IDF"),
    or 'blocker' (a longer name that is not the entity)."""

    entity: str
    kind: str
    label: str
    language: str
    source: str

    @property
    def exact_case(self) -> bool:
        """Acronyms, and blockers ("Russia Today" is not "Russia today"), match only as written."""
        return is_acronym(self.label) or self.source == "blocker"

    def accepts(self, surface: Sequence[Token]) -> bool:
        """Whether the text tokens, already equal after folding, are written acceptably."""
        if self.exact_case:
            written = "".join(t.text for t in surface)
            wanted = "".join(t.text for t in tokenize(self.label))
            return written == wanted or (is_acronym(self.label) and len(wanted) >= _TITLE_CASE_ACRONYM_MIN
                                         and written == wanted.capitalize())
        words = sum(1 for t in surface if t.is_word)
        if words >= _ANY_CASE_MIN_WORDS:
            return True
        # a short name keeps the capitals it has: "Gaza City", not "the Gaza city of Khan Younis"
        wanted = [t.is_capitalized for t in tokenize(self.label) if t.is_word]
        written = [t.is_capitalized for t in surface if t.is_word]
        return all(w or not c for c, w in zip(wanted, written))


@dataclass(frozen=True)
class Match:
    first: int  # token indices, end exclusive
    last: int
    entry: Entry


class Gazetteer:
    def __init__(self, entries: Iterable[Entry]):
        self._index: dict[tuple[str, ...], list[Entry]] = defaultdict(list)
        for entry in entries:
            keys = phrase_keys(entry.label)
            if keys and entry not in self._index[keys]:
                self._index[keys].append(entry)
        self._longest = max((len(k) for k in self._index), default=0)
        # Every name's first words: a span whose words begin no name begins no longer one either.
        self._beginnings = {keys[:length] for keys in self._index for length in range(1, len(keys) + 1)}

    def matches(self, tokens: Sequence[Token], languages: Iterable[str]) -> list[Match]:
        """Every name that occurs in `tokens`, in any of `languages`, overlaps included."""
        wanted = set(languages)
        found: list[Match] = []
        for first in range(len(tokens)):
            if not tokens[first].is_word:
                continue
            for length in range(1, min(self._longest, len(tokens) - first) + 1):
                span = tokens[first:first + length]
                keys = tuple(t.key for t in span)
                if keys not in self._beginnings:
                    break
                for entry in self._index.get(keys, ()):
                    if entry.language in wanted and entry.accepts(span):
                        found.append(Match(first, first + length, entry))
        return found

    def entities(self) -> frozenset[str]:
        """IRIs of every entity the gazetteer knows."""
        return frozenset(e.entity for entries in self._index.values() for e in entries if e.entity)

    @cached_property
    def kinds(self) -> dict[str, str]:
        """The kind of every entity the gazetteer knows, by IRI."""
        return {e.entity: e.kind for entries in self._index.values() for e in entries if e.entity}

    def place_for_seat(self, name: str) -> str:
        """The Place IRI of a seat of government used as a place: the reference Place of
        that name (kg.reference lists every capital and seat as a Place, so "Moskow" and
        "Moscow" are one place), else a place IRI from the name as written."""
        places = [e.entity for e in self._index.get(phrase_keys(name), ()) if e.kind == "Place"]
        return places[0] if places else place_iri(name)


def _labels(mapping: Any) -> Iterable[tuple[str, str]]:
    for language, labels in (mapping or {}).items():
        for label in ([labels] if isinstance(labels, str) else labels):
            if label and label.strip():
                yield language, label.strip()


@cache
def _treaty_head_synonyms(language: str) -> tuple[frozenset[str], ...]:
    if language not in available_languages():
        return ()
    groups = load_lexicon(language, "entities").get("treaties", {}).get("head_synonyms", [])
    return tuple(frozenset(fold(word) for word in group) for group in groups)


def treaty_name_variants(label: str, language: str) -> list[str]:
    """The same treaty name with its head word swapped for a synonym of the language
    (kg/lang/<code>/entities.toml [treaties] head_synonyms): Indonesian news writes the
    Collective Security Treaty "Perjanjian Keamanan Kolektif" and "Traktat Keamanan Kolektif"."""
    head, _, rest = label.partition(" ")
    group = next((g for g in _treaty_head_synonyms(language) if fold(head) in g), frozenset())
    return [f"{word.capitalize()} {rest}" for word in sorted(group) if rest and word != fold(head)]


def reference_entries(entities: Iterable[Any]) -> list[Entry]:
    """Entries for reference entities (objects shaped like kg.reference.ReferenceEntity);
    treaty names also with their head word's synonyms."""
    entries: list[Entry] = []
    for entity in entities:
        for source, mapping in (("name", entity.names),
                                ("seat", getattr(entity, "seat_names", None)),
                                ("demonym", getattr(entity, "demonyms", None)),
                                ("organ", getattr(entity, "organ_names", None))):
            for language, label in _labels(mapping):
                variants = treaty_name_variants(label, language) if entity.kind == "Treaty" and source == "name" else []
                entries += [Entry(entity.iri, entity.kind, name, language, source) for name in (label, *variants)]
    return entries


def blocker_entries(languages: Iterable[str]) -> list[Entry]:
    """Longer names containing an entity name that are not that entity ("France 24")."""
    return [Entry("", "Blocker", name, language, "blocker")
            for language in languages
            for name in load_lexicon(language, "entities").get("blockers", {}).get("names", [])]


def build_gazetteer(entities: Iterable[Any], languages: Iterable[str]) -> Gazetteer:
    return Gazetteer([*reference_entries(entities), *blocker_entries(languages)])


@cache
def default_gazetteer() -> Gazetteer:
    """The gazetteer over the shipped reference data and every language's lexicon."""
    from kg.lexicon import available_languages
    from kg.reference import reference_entities

    return build_gazetteer(reference_entities(), available_languages())


@cache
def ship_prefixes() -> dict[str, str]:
    """Ship name prefix, as written ("USS", "KRI") -> the IRI of the state whose navy or coast
    guard names its ships so (ontology/reference/states.toml `ship_prefixes`)."""
    with (reference_dir() / "states.toml").open("rb") as handle:
        table = tomllib.load(handle)
    return {prefix: state_iri(code) for code, extras in table.items() for prefix in extras.get("ship_prefixes", [])}


@dataclass
class Span:
    """A candidate or chosen entity span over tokens (end exclusive) while a
    sentence is analysed; kg.mentions turns the chosen ones into Mentions."""

    first: int
    last: int
    kind: str
    entity: str
    rule: str
    source: str = "name"
    acts_as_actor: bool = True
    role: str | None = None
    represents: str | None = None
    place: str | None = None  # persons: the place they hold office for ("Gubernur <place> <Name>")
    serves: int | None = None  # persons: where the title of the person they serve starts ("adviser of President <Name>")
    guessed: bool = False  # persons: `represents` was inferred ("its spokesman"), not said next to the name
    of_government: bool = False  # persons: the title is the government's ("junta spokesman"), of an unnamed state

    def overlaps(self, other: Span) -> bool:
        return self.first < other.last and other.first < self.last


class PhraseSet:
    """Lexicon phrases ("di dalam", "defence ministry") matched case-insensitively over tokens."""

    def __init__(self, phrases: Iterable[str]):
        self._keys = {keys for keys in map(phrase_keys, phrases) if keys}
        self._lengths = sorted({len(k) for k in self._keys}, reverse=True)
        # Asked at every token, mostly of words no phrase begins or ends with: one set lookup says so.
        self._first_words = {keys[0] for keys in self._keys}
        self._last_words = {keys[-1] for keys in self._keys}

    def length_at(self, tokens: Sequence[Token], first: int) -> int:
        """Length of the longest phrase starting at token `first`, 0 if none."""
        if 0 <= first < len(tokens) and tokens[first].key not in self._first_words:
            return 0
        for length in self._lengths:
            window = tokens[first:first + length]
            if len(window) == length and tuple(t.key for t in window) in self._keys:
                return length
        return 0

    def length_before(self, tokens: Sequence[Token], last: int) -> int:
        """Length of the longest phrase ending right before token `last`, 0 if none."""
        if 0 < last <= len(tokens) and tokens[last - 1].key not in self._last_words:
            return 0
        for length in self._lengths:
            if length <= last and tuple(t.key for t in tokens[last - length:last]) in self._keys:
                return length
        return 0


def covered_by(tokens: Sequence[Token], spans: Iterable[Span]) -> list[bool]:
    """Per token, whether one of `spans` covers it."""
    covered = [False] * len(tokens)
    for span in spans:
        covered[span.first:span.last] = [True] * (span.last - span.first)
    return covered

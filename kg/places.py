"""Places the reference data does not know, found by the words around them.

A capitalised name is a place after a place word ("desa X", "the town of X,
Y and Z"), after a locative preposition ("di X", "in the X"), or before a
place word ("the X region"); the words live in kg/lang/<code>/entities.toml.
A capitalised place word opening the name is not part of it ("di Provinsi
Yunnan" is Yunnan). A name that runs straight into a known entity ("Laut
China Selatan") is part of a longer name and is left alone, as are names
opened by a title or an organization word.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from kg.gazetteer import PhraseSet, Span, Token, covered_by, surface
from kg.lexicon import load_lexicon
from kg.namespaces import place_iri
from kg.persons import name_end, title_lexicon

MAX_WORDS_BEFORE_PLACE_WORD = 4


@dataclass(frozen=True)
class PlaceWords:
    language: str
    before_name: PhraseSet
    after_name: PhraseSet
    locative: PhraseSet
    articles: PhraseSet  # "the" between a preposition and a name
    list_joiners: PhraseSet
    connectors: PhraseSet  # "of" inside a name: "Line of Control"


@cache
def place_words(languages: tuple[str, ...]) -> PlaceWords:
    tables = [load_lexicon(language, "entities") for language in languages]

    def phrases(section: str, key: str) -> PhraseSet:
        return PhraseSet(p for table in tables for p in table.get(section, {}).get(key, []))

    return PlaceWords(languages[0], phrases("places", "before_name"), phrases("places", "after_name"),
                      phrases("locative", "prepositions"), phrases("locative", "articles"),
                      phrases("places", "list_joiners"), phrases("places", "connectors"))


class _Finder:
    def __init__(self, tokens: Sequence[Token], spans: list[Span], languages: tuple[str, ...]):
        self.tokens = tokens
        self.covered = covered_by(tokens, spans)
        self.words = place_words(languages)
        self.lexicon = title_lexicon(languages)
        self.rule = f"place:{self.words.language}"
        self.places: list[Span] = []

    def name_at(self, first: int) -> tuple[int, int] | None:
        """(start, end) of a place name at `first`, None when there is none."""
        if first < len(self.tokens) and self.tokens[first].is_capitalized:
            first += self.words.before_name.length_at(self.tokens, first)
        if first >= len(self.tokens) or self.covered[first] or self._opens_other_name(first):
            return None
        end = name_end(self.tokens, first, self.covered, self.lexicon)
        while end > first and self.words.connectors.length_at(self.tokens, end) and \
                name_end(self.tokens, end + 1, self.covered, self.lexicon) > end + 1:  # "Line of Control"
            end = name_end(self.tokens, end + 1, self.covered, self.lexicon)
        runs_into_entity = end < len(self.tokens) and self.covered[end] and self.tokens[end].is_word
        return (first, end) if end > first and not runs_into_entity else None

    def _opens_other_name(self, first: int) -> bool:
        return self.lexicon.title_at(self.tokens, first) is not None \
            or self.tokens[first].key in self.lexicon.organization_words

    def add(self, first: int, end: int, rule: str) -> None:
        name = surface(self.tokens[first:end])
        self.places.append(Span(first, end, "Place", place_iri(name), rule, source="place",
                                acts_as_actor=False))
        self.covered[first:end] = [True] * (end - first)

    def add_list(self, first: int, rule: str) -> None:
        """"X", "X, Y dan Z": a list of places continues after joiners."""
        while (found := self.name_at(first)) is not None:
            self.add(*found, rule)
            joiner = self.words.list_joiners.length_at(self.tokens, found[1])
            if not joiner:
                return
            first = found[1] + joiner

    def after_words(self) -> None:
        for i in range(1, len(self.tokens)):
            if self.covered[i]:
                continue
            if self.words.before_name.length_before(self.tokens, i):
                self.add_list(i, self.rule)
            elif self.words.locative.length_before(self.tokens, i):
                self.add_list(i, f"place-locative:{self.words.language}")
            elif self.words.articles.length_before(self.tokens, i):
                article = self.words.articles.length_before(self.tokens, i)
                if self.words.locative.length_before(self.tokens, i - article):
                    self.add_list(i, f"place-locative:{self.words.language}")

    def before_words(self) -> None:
        for j in range(1, len(self.tokens)):
            if self.covered[j - 1] or not self.words.after_name.length_at(self.tokens, j):
                continue
            for first in range(max(0, j - MAX_WORDS_BEFORE_PLACE_WORD), j):
                if not any(self.covered[first:j]) and self.name_at(first) == (first, j):
                    self.add(first, j, self.rule)
                    break


def unknown_places(tokens: Sequence[Token], spans: list[Span], languages: tuple[str, ...]) -> list[Span]:
    """Places in one sentence that no span covers yet."""
    finder = _Finder(tokens, spans, languages)
    finder.after_words()
    finder.before_words()
    return finder.places

"""Places the reference data does not know, found by the words around them.

A capitalised name is a place after a place word ("desa X", "the town of X,
Y and Z"), after a locative preposition ("di X", "in the X", "in rebel-held
X"), before a place word ("the X region", "the X and Y regions", "X State"),
in a list a known place opens ("out of Odesa, X and Y") or before an
appositive that calls it one ("Goma, the largest city in ..."); the words live
in kg/lang/<code>/entities.toml. Institutions, languages, faiths and
platforms after a locative ("in Parliament", "di Twitter") are no places.
A capitalised place word opening the name is not part of it ("di Provinsi
Yunnan" is Yunnan). A name that runs straight into a known entity ("Laut
China Selatan") is part of a longer name and is left alone, as are names
opened by a title or an organization word. Landmarks keep their word in the
name: "Istana Republik", "Bandara X", "Dolmabahce Palace".
"""
from __future__ import annotations

from collections.abc import Sequence
import tomllib
from dataclasses import dataclass
from functools import cache

from kg.gazetteer import PhraseSet, Span, Token, covered_by, surface
from kg.known_persons import known_persons
from kg.lexicon import load_lexicon
from kg.namespaces import org_iri, place_iri
from kg.resources import reference_dir
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
    appositive_nouns: PhraseSet  # "Goma, the largest city in ..."
    appositive_articles: PhraseSet
    appositive_gap: int  # lowercase words allowed between article and noun
    appositive_followers: PhraseSet  # what may follow the noun: "in", "of", ","
    landmarks_opening: PhraseSet  # "Istana X": a head that is part of the name
    landmarks_closing: PhraseSet  # "X Palace", "X Airport", "the X hotel"
    after_names: PhraseSet  # plural place words after a list of names: "the X and Y regions"
    adjectives: PhraseSet  # lowercase words between a locative and a name: "in rebel-held X", "di utara X"
    not_places: PhraseSet  # capitalised words after a locative that name no place: "in Parliament", "in Ramadan"
    naming_cues: PhraseSet = PhraseSet(())  # "called" in "a new autonomous region called X"


@cache
def place_words(languages: tuple[str, ...]) -> PlaceWords:
    tables = [load_lexicon(language, "entities") for language in languages]

    def phrases(section: str, key: str) -> PhraseSet:
        return PhraseSet(p for table in tables for p in table.get(section, {}).get(key, []))

    return PlaceWords(languages[0], phrases("places", "before_name"), phrases("places", "after_name"),
                      phrases("locative", "prepositions"), phrases("locative", "articles"),
                      phrases("places", "list_joiners"), phrases("places", "connectors"),
                      phrases("appositive", "nouns"), phrases("appositive", "articles"),
                      max((t.get("appositive", {}).get("gap", 0) for t in tables), default=0),
                      phrases("appositive", "followers"), phrases("places", "landmarks_opening"),
                      phrases("places", "landmarks_closing"), phrases("places", "after_names"),
                      phrases("places", "adjectives"), phrases("places", "not_places"),
                      phrases("places", "naming_cues"))


class _Finder:
    def __init__(self, tokens: Sequence[Token], spans: list[Span], languages: tuple[str, ...]):
        self.tokens = tokens
        self.known_places = sorted((s for s in spans if s.kind == "Place"), key=lambda s: s.first)
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
        end = name_end(self.tokens, first, self.covered, self.lexicon, keep_possessive=True)
        if self.words.not_places.length_at(self.tokens, first) == end - first:
            return None  # "in Parliament", "in Ramadan", "di Twitter"
        while end > first and self.words.connectors.length_at(self.tokens, end) and \
                name_end(self.tokens, end + 1, self.covered, self.lexicon, keep_possessive=True) > end + 1:  # "Line of Control"
            end = name_end(self.tokens, end + 1, self.covered, self.lexicon, keep_possessive=True)
        runs_into_entity = end < len(self.tokens) and self.covered[end] and self.tokens[end].is_word
        return (first, end) if end > first and not runs_into_entity and not self._person_possessor(first, end) \
            else None

    def _person_possessor(self, first: int, end: int) -> bool:
        """"in Assad's heartland", "in Putin's Russia": a known person's name with "'s" owns what
        follows and is no place."""
        owner = self.tokens[first:end - 2]
        return end - first > 2 and [t.text for t in self.tokens[end - 2:end]] == ["'", "s"] \
            and tuple(t.key for t in owner) in known_persons().written

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
            elif self._after_locative(i):
                self.add_list(i, f"place-locative:{self.words.language}")

    def named_places(self) -> None:
        """"a new autonomous region called X", "wilayah otonomi baru bernama X": a name after a
        naming cue that follows a place word and a few lowercase words."""
        for i in range(1, len(self.tokens)):
            n = self.words.naming_cues.length_before(self.tokens, i)
            if n and not self.covered[i] and self._place_word_before(i - n):
                self.add_list(i, self.rule)

    def _place_word_before(self, end: int) -> bool:
        for k in range(end - 1, max(-1, end - MAX_WORDS_BEFORE_PLACE_WORD - 1), -1):
            token = self.tokens[k]
            if not token.is_word or token.is_capitalized:
                return False
            if self.words.appositive_nouns.length_at(self.tokens, k) or self.words.after_name.length_at(self.tokens, k):
                return True
        return False

    def _after_locative(self, i: int) -> bool:
        """"in X", "in the X", "in rebel-held X", "in the besieged X"."""
        k = i - self.words.adjectives.length_before(self.tokens, i)
        k -= self.words.articles.length_before(self.tokens, k)
        return k > 0 and self.words.locative.length_before(self.tokens, k) > 0

    def after_known_places(self) -> None:
        """"out of Odesa, Chornomorsk and Pivdennyi": unknown names in a list a known place opens,
        when the list closes with "and <name>" at the end of a clause ("Putin visited Mariupol
        and Zelensky spoke", "the governor of Kursk, Pavel Orlin, said" hold no list)."""
        for place in self.known_places:
            items = self._list_after(place.last)
            closed = max((n for n, (_, _, word_joined) in enumerate(items) if word_joined), default=-1)
            for first, end, _ in items[:closed + 1]:
                if not self.covered[first]:
                    self.add(first, end, self.rule)

    def _list_after(self, end: int) -> list[tuple[int, int, bool]]:
        """(start, end, joined by a word) of the names after `end` joined by list joiners; the
        last one joined by a word must end the clause."""
        items: list[tuple[int, int, bool]] = []
        while (joiner := self.words.list_joiners.length_at(self.tokens, end)) and end + joiner < len(self.tokens):
            start = end + joiner
            known = next((p for p in self.known_places if p.first == start), None)
            found = (known.first, known.last) if known else self.name_at(start)
            if found is None:
                break
            word_joined = self.tokens[end].is_word
            ends_clause = found[1] >= len(self.tokens) or not self.tokens[found[1]].is_word \
                or self.words.list_joiners.length_at(self.tokens, found[1]) > 0
            if word_joined and not ends_clause:
                break
            items.append((found[0], found[1], word_joined))
            end = found[1]
        return items

    def before_words(self) -> None:
        """"the X region", "X Province", "the X and Y regions": the place word is no part of the
        name, capitalised or not."""
        for j in range(1, len(self.tokens)):
            plural = self.words.after_names.length_at(self.tokens, j)
            if self.covered[j - 1] or not (plural or self.words.after_name.length_at(self.tokens, j)):
                continue
            first = self._name_start_before(j)
            if first is None and self.tokens[j].is_capitalized:
                first = self._name_start_before_word(j)
            if first is not None and self.words.not_places.length_at(self.tokens, first) == j - first:
                continue  # "the fourth Arab state", "European states", "the Himalayan region"
            if first is not None:
                self.add(first, j, self.rule)
                if plural:
                    self._listed_before(first)

    def _listed_before(self, end: int) -> None:
        """"the central X, Y and Z regions": names joined before the last one of a list."""
        while (joiner := self.words.list_joiners.length_before(self.tokens, end)) and end - joiner > 0:
            first = self._name_start_before(end - joiner)
            if first is None:
                return
            self.add(first, end - joiner, self.rule)
            end = first

    def _name_start_before_word(self, j: int) -> int | None:
        """Start of a name that a capitalised word at `j` ends ("Unity State")."""
        stops = [*self.covered[:j], True, *self.covered[j + 1:]]
        first = next((f for f in range(max(0, j - MAX_WORDS_BEFORE_PLACE_WORD), j)
                      if not any(self.covered[f:j]) and self.tokens[f].is_capitalized
                      and name_end(self.tokens, f, stops, self.lexicon, keep_possessive=True) == j), None)
        return None if first is None or self._opens_other_name(first) else first


    def _appositive_follows(self, comma: int) -> bool:
        """Whether ", the largest city in ..." / ", ibu kota negara ..." follows the comma."""
        words, tokens = self.words, self.tokens
        if self.lexicon.title_at(tokens, comma + 1) is not None:  # "Budi, wali kota Solo"
            return False
        article = words.appositive_articles.length_at(tokens, comma + 1)
        i = comma + 1 + article
        for gap in range(words.appositive_gap + 1 if article else 1):
            n = words.appositive_nouns.length_at(tokens, i + gap)
            if n and all(t.is_word and not t.is_capitalized for t in tokens[i:i + gap]):
                return self._may_follow_noun(i + gap + n)
        return False

    def _may_follow_noun(self, end: int) -> bool:
        """"the largest city in ...", not "the city's mayor" nor "a city official"."""
        if end >= len(self.tokens):
            return True
        token = self.tokens[end]
        followed = self.words.appositive_followers.length_at(self.tokens, end) > 0
        return token.text != "'" and (not token.is_word or followed)

    def appositives(self) -> None:
        """"Goma, the largest city in eastern Congo", "Wad Madani, ibu kota negara bagian ..."."""
        for comma, token in enumerate(self.tokens):
            if token.text != "," or comma == 0 or self.covered[comma - 1]:
                continue
            if not self._appositive_follows(comma):
                continue
            first = self._name_start_before(comma)
            if first is not None and not self._after_title(first):
                self.add(first, comma, self.rule)

    def landmarks(self) -> None:
        """"Istana Republik", "Bandara X", "Dolmabahce Palace", "Rafah Crossing", "the Zobe
        junction": a landmark word (capitalised when it opens the name) and the name beside it,
        the word included."""
        for i, token in enumerate(self.tokens):
            if self.covered[i]:
                continue
            n = self.words.landmarks_opening.length_at(self.tokens, i) if token.is_capitalized else 0
            if n and i + n < len(self.tokens) and not self.covered[i + n]:
                end = name_end(self.tokens, i + n, self.covered, self.lexicon, keep_possessive=True)
                if end > i + n and not (end < len(self.tokens) and self.covered[end] and self.tokens[end].is_word):
                    self.add(i, end, self.rule)
                    continue
            n = self.words.landmarks_closing.length_at(self.tokens, i)
            if n and i > 0 and not self.covered[i - 1]:
                stops = [*self.covered[:i], True, *self.covered[i + 1:]]  # the name ends at the word
                first = next((f for f in range(max(0, i - MAX_WORDS_BEFORE_PLACE_WORD), i)
                              if not any(self.covered[f:i]) and self.tokens[f].is_capitalized
                              and name_end(self.tokens, f, stops, self.lexicon, keep_possessive=True) == i), None)
                if first is not None and (not self._opens_other_name(first) or self._named_after_titled(first, i)):
                    self.add(first, i + n, self.rule)

    def _named_after_titled(self, first: int, landmark: int) -> bool:
        """"Prince Sultan Air Base", "King Khalid International Airport": a title and a name
        before a capitalised landmark word name the landmark after that person."""
        title = self.lexicon.title_at(self.tokens, first)
        return title is not None and first + title.length < landmark and self.tokens[landmark].is_capitalized

    def _name_start_before(self, end: int) -> int | None:
        """Start of the longest place name ending right before `end`; not a capitalised word opening
        the sentence before "of" ("Residents of X and Y districts")."""
        return next((first for first in range(max(0, end - MAX_WORDS_BEFORE_PLACE_WORD), end)
                     if not any(self.covered[first:end]) and self.name_at(first) == (first, end)
                     and not self._opening_word_of(first)), None)

    def _opening_word_of(self, first: int) -> bool:
        return not any(t.is_word for t in self.tokens[:first]) and first + 1 < len(self.tokens) \
            and self.words.connectors.length_at(self.tokens, first + 1) > 0

    def _after_title(self, first: int) -> bool:
        """"General <Name>, ...": a title's name, not a place."""
        return any((title := self.lexicon.title_at(self.tokens, k)) and k + title.length == first
                   for k in range(max(0, first - 4), first))


def unknown_places(tokens: Sequence[Token], spans: list[Span], languages: tuple[str, ...]) -> list[Span]:
    """Places in one sentence that no span covers yet."""
    finder = _Finder(tokens, spans, languages)
    finder.landmarks()
    finder.after_words()
    finder.named_places()
    finder.after_known_places()
    finder.before_words()
    finder.appositives()
    return finder.places


@cache
def territory_authorities() -> dict[str, str]:
    """Place IRI -> IRI of the authority governing it, for the breakaway territories of
    ontology/reference/places.toml that have one (`authority = "<organization key>"`)."""
    with (reference_dir() / "places.toml").open("rb") as handle:
        places = tomllib.load(handle).get("places", [])
    return {place_iri(place["en"][0]): org_iri(place["authority"]) for place in places if "authority" in place}

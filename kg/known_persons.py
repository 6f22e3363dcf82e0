"""Persons of the reference data (ontology/reference/persons.toml) in a document.

kg.mentions finds persons by titles, speech verbs and the like; this module then
links them to the office holders the reference data knows. A person found in the
text takes the office holder's IRI, and, where the text does not say them, whom
they represent and their role ("President Volodymyr Zelensky" represents
Ukraine). Office holders are also found by their names and aliases alone
("Putin said", "Zelensky's visit"), also over a state name inside the name
("Israel" in "Israel Katz", "Houthi" in "Abdul-Malik al-Houthi"), but not inside a longer capitalised name ("Carlos
Lula" is not Lula).
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import cache
from typing import Any, Protocol

from kg.gazetteer import Span, Token, phrase_keys
from kg.reference import ReferencePerson, reference_persons

_ACTOR_KINDS = frozenset({"State", "Organization", "Alliance", "ArmedGroup"})


class Analysed(Protocol):
    """One sentence while kg.mentions analyses it: its tokens and chosen spans."""

    tokens: list[Token]
    spans: list[Span]


class KnownPersons:
    """Office holders of ontology/reference/persons.toml by the folded words of their
    names: full names and aliases ("Putin") as written, and the surnames that only
    link a person whose title already says whom they represent ("Defence Minister
    Israel Katz" is found as "Katz" of Israel)."""

    def __init__(self, persons: Iterable[ReferencePerson]):
        self.written: dict[tuple[str, ...], list[ReferencePerson]] = {}  # every token, "al", "-", "burhan"
        self.by_name: dict[tuple[str, ...], list[ReferencePerson]] = {}  # words only
        self.by_surname: dict[str, list[ReferencePerson]] = {}
        self.by_ends: dict[tuple[str, str], list[ReferencePerson]] = {}
        for person in persons:
            for name in (*person.names, *person.aliases):
                _add(self.written, phrase_keys(name), person)
                _add(self.by_name, _word_keys(name), person)
            for keys in map(_word_keys, person.names):
                _add(self.by_surname, keys[-1], person)
                _add(self.by_ends, (keys[0], keys[-1]), person)
        self.lengths = sorted({len(k) for k in self.written}, reverse=True)

    def lookup(self, keys: tuple[str, ...], represents: str | None, office: str | None = None) -> ReferencePerson | None:
        """The one office holder a person found in a text is: same name, or the same
        first and last names, or (one word) the surname of someone representing the
        same actor and, when the text gives a state's office ("King Salman"), holding that
        office (not the crown prince whose name ends in Salman); None when there is no
        such person or more than one."""
        if keys in self.by_name:
            return _only(self.by_name[keys])
        if len(keys) > 1:
            return _only(self.by_ends.get((keys[0], keys[-1]), []))
        if keys and represents:
            return _only([p for p in self.by_surname.get(keys[0], []) if p.represents == represents
                          and (office is None or p.role == office)])
        return None

    def name_at(self, tokens: Sequence[Token], first: int) -> tuple[int, ReferencePerson] | None:
        """(length, person) of the longest known name or alias written at `first`, capitalised."""
        if not (tokens[first].is_word and tokens[first].is_capitalized):
            return None
        for length in self.lengths:
            if first + length > len(tokens):  # a shorter slice would match a shorter name at the longer length
                continue
            found = self.written.get(tuple(t.key for t in tokens[first:first + length]))
            if found and len(found) == 1:
                return length, found[0]
        return None


def _add(index: dict[Any, list[ReferencePerson]], key: Any, person: ReferencePerson) -> None:
    if key and person not in index.setdefault(key, []):
        index[key].append(person)


def _word_keys(name: str) -> tuple[str, ...]:
    return tuple(k for k in phrase_keys(name) if k[:1].isalnum())


def _only(persons: list[ReferencePerson]) -> ReferencePerson | None:
    return persons[0] if len(persons) == 1 else None


@cache
def known_persons() -> KnownPersons:
    return KnownPersons(reference_persons())


def _known_for(analysed: Sequence[Analysed], known: KnownPersons,
               offices: frozenset[str]) -> dict[str, ReferencePerson]:
    """Document person IRI -> the office holder of the reference data it names."""
    found: dict[str, ReferencePerson] = {}
    for item in analysed:
        for span in item.spans:
            if span.kind == "Person" and span.entity not in found:
                keys = tuple(t.key for t in item.tokens[span.first:span.last] if t.is_word)
                person = known.lookup(keys, span.represents, span.role if span.role in offices else None)
                if person is not None:
                    found[span.entity] = person
    return found


def _as_known(span: Span, person: ReferencePerson, generic_roles: frozenset[str] = frozenset()) -> Span:
    """The office holder's IRI, and whom they represent where the text does not say it next
    to their name (a guess from "its", "their" or the sentence yields to the reference); a
    generic role ("UN chief <Name>": leader) yields to the office the reference names."""
    represents = person.represents if span.guessed and person.represents else span.represents or person.represents
    role = person.role if span.role in generic_roles and person.role else span.role or person.role
    return replace(span, entity=person.iri, represents=represents, role=role, guessed=False)


def _replaceable(span: Span) -> bool:
    """A name inside a known person's name: "Israel" in "Israel Katz", "Houthi" in
    "Abdul-Malik al-Houthi"; the person found by a title or alias keeps its role
    ("Defence Minister Israel Katz")."""
    return span.source in {"name", "seat", "place", "demonym"}


def _bare_known(item: Analysed, known: KnownPersons, stop: frozenset[str]) -> None:
    """Known persons named without a title or speech verb ("Zelensky's visit")."""
    i = 0
    while i < len(item.tokens):
        found = known.name_at(item.tokens, i)
        if found is None:
            i += 1
            continue
        length, person = found
        inside = [s for s in item.spans if s.overlaps(Span(i, i + length, "", "", ""))]
        # "Katz" found by its title; "Abdul-Malik" read short by a title: the same person
        same = [s for s in inside if s.entity == person.iri or (s.kind == "Person" and i <= s.first
                                                                and s.last <= i + length)]
        if all((_replaceable(s) or s in same) and i <= s.first and s.last <= i + length for s in inside) \
                and (same or not _runs_on(item.tokens, i, i + length, stop, _named_tokens(item))):
            span = replace(same[0], first=i, last=i + length) if same else \
                Span(i, i + length, "Person", person.iri, "person:reference", source="reference")
            item.spans = [s for s in item.spans if s not in inside] + [_as_known(span, person)]
        i += length
    item.spans.sort(key=lambda s: s.first)


def _named_tokens(item: Analysed) -> set[int]:
    """Tokens inside a state, organization or group the sentence names: such a name ends
    where a person's begins ("Hamas Ismail Haniyeh", "kepala biro politik Hamas <Name>")."""
    return {k for s in item.spans if s.kind in _ACTOR_KINDS for k in range(s.first, s.last)}


def _runs_on(tokens: Sequence[Token], first: int, end: int, stop: frozenset[str], named: set[int]) -> bool:
    """A capitalised word right before or after that ends no name: part of a longer name
    ("Lula" in "Carlos Lula"); not a word of a state or group named beside it."""
    near = [tokens[k] for k in (first - 1, end) if 0 <= k < len(tokens) and k not in named]
    return any(t.is_word and t.is_capitalized and not t.text.isupper() and t.key not in stop for t in near)


def link_known_persons(analysed: Sequence[Analysed], stop: frozenset[str],
                       offices: frozenset[str] = frozenset(), generic_roles: frozenset[str] = frozenset()) -> None:
    """Persons of the reference data: those found by titles and speech verbs take its
    IRI and, where the text says nothing, whom they represent and their role; then
    their names and aliases wherever they stand alone. `offices` are the roles of a
    state's offices (kg/lang/<code>/titles.toml `[national_offices]`), `generic_roles` those
    that say less than the reference (`[generic_roles]`)."""
    known = known_persons()
    found = _known_for(analysed, known, offices)
    for item in analysed:
        item.spans = [_as_known(s, found[s.entity], generic_roles) if s.kind == "Person" and s.entity in found else s
                      for s in item.spans]
        _bare_known(item, known, stop)

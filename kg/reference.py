"""Reference knowledge: states, capitals, organizations, treaties and memberships.

States come from pycountry (ISO 3166-1, names translated with pycountry's
gettext catalogues); everything hand-kept lives in `ontology/reference/`:
`states.toml` (aliases, demonyms, capitals, seats of government; also
historic states such as the Soviet Union, from pycountry's historic list),
`places.toml` (regions, seas, straits, contested territories, cities),
`persons.toml` (heads of state and government, ministers, leaders),
`organizations.ttl`, `treaties.ttl` and `memberships.csv`.

A name hand-kept for one state is taken away from pycountry's names of any
other state: "Congo" in news is the Democratic Republic of the Congo, so
states.toml lists it under COD and the Republic of the Congo loses it.

`reference_triples()` is what the store loads into the reference graph;
`reference_entities()` is the gazetteer the extractor matches names against;
`memberships()` are the dated membership periods; `reference_persons()`
the office holders that bare or partly titled names are linked to.
"""
from __future__ import annotations

import csv
import gettext
import re
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import pycountry
from pyoxigraph import Literal, NamedNode, Triple

from kg.errors import InputError
from kg.lexicon import available_languages
from kg.ontology import read_turtle
from kg.namespaces import (CKG, DCTERMS, RDF, RDFS, SKOS, XSD, local_key, membership_iri, org_iri, person_iri,
                           place_iri, state_iri)
from kg.resources import reference_dir

ENGLISH = "en"
MEMBERSHIP_COLUMNS = ("member", "organization", "start", "end", "status", "source", "note")
MEMBERSHIP_STATUSES = ("active", "suspended", "frozen", "observer")
# Statuses under which a member still belongs to the organization (ckg:memberOf).
MEMBER_STATUSES = ("active", "suspended", "frozen")
_DATE_TYPES = {4: "gYear", 7: "gYearMonth", 10: "date"}
_DATE_SHAPE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")

_TYPE = NamedNode(RDF + "type")
_LABEL = NamedNode(RDFS + "label")
_ALT = NamedNode(SKOS + "altLabel")
_SOURCE = NamedNode(DCTERMS + "source")


def _ckg(local: str) -> NamedNode:
    return NamedNode(CKG + local)


@dataclass(frozen=True)
class ReferenceEntity:
    """One gazetteer entry. `names` maps a language code to every label and
    alias in that language (acronyms included). For states, `seat_names` are
    capitals and seats of government whose names stand for the state when it
    acts ("Moskow menolak ..."), `demonyms` its adjectives, `organ_names` the
    names of its organs that stand for it ("IDF", "Tatmadaw"; no labels of
    the state). Places carry the
    state they lie in (`located_in`) and, when their name stands for that
    state, `stands_for`. Treaties list their `parties` (IRIs)."""

    iri: str
    kind: str  # State, Organization, Alliance, ArmedGroup, Treaty or Place
    key: str
    names: dict[str, tuple[str, ...]] = field(hash=False)
    seat_names: dict[str, tuple[str, ...]] = field(default_factory=dict, hash=False)
    demonyms: dict[str, tuple[str, ...]] = field(default_factory=dict, hash=False)
    organ_names: dict[str, tuple[str, ...]] = field(default_factory=dict, hash=False)
    parties: tuple[str, ...] = ()
    located_in: str | None = None
    stands_for: str | None = None


@dataclass(frozen=True)
class ReferenceMembership:
    """One row of memberships.csv: a dated period of membership with a status.
    Dates are ISO strings of year, year-month or day precision; `end` is the
    last day of the period and None while it lasts."""

    member: str  # IRI
    organization: str  # IRI
    start: str
    end: str | None
    status: str
    source: str
    note: str = ""

    @property
    def iri(self) -> str:
        return membership_iri(local_key(self.member), local_key(self.organization), self.start[:4])

    @property
    def is_current_member(self) -> bool:
        return self.end is None and self.status in MEMBER_STATUSES


@dataclass(frozen=True)
class ReferencePerson:
    """One office holder of persons.toml. `names` are the full names it is written
    with (the first is the label), `aliases` shorter names that stand for it alone
    in news ("Putin"); `represents` is a state or organization IRI, `role` an
    English role name; `since` / `until` ISO dates of the office when known."""

    iri: str
    names: tuple[str, ...]
    aliases: tuple[str, ...]
    represents: str
    role: str
    source: str
    since: str | None = None
    until: str | None = None


@dataclass(frozen=True)
class _Seat:
    names: dict[str, tuple[str, ...]]
    is_capital: bool
    metonym: bool

    @property
    def iri(self) -> str:
        return place_iri(self.names[ENGLISH][0])


# --- data files -------------------------------------------------------------


def _path(name: str) -> Path:
    return reference_dir() / name


@cache
def _states_extras() -> dict[str, dict[str, Any]]:
    return _read_states_extras(_path("states.toml"))


def _read_states_extras(path: Path) -> dict[str, dict[str, Any]]:
    table = _read_toml(path, "state extras")
    for code, extras in table.items():
        if country_by_code(code) is None:
            raise InputError(f"{path}: '{code}' is not an ISO 3166-1 alpha-3 code (current or historic)")
        if pycountry.countries.get(alpha_3=code) is None and not _names(extras.get("names", {})).get(ENGLISH):
            raise InputError(f"{path}: historic state {code} needs English names")
        for place in [extras.get("capital", {}), *extras.get("seats", [])]:
            if place and not place.get(ENGLISH):
                raise InputError(f"{path}: a capital or seat of {code} has no English name")
    return table


def country_by_code(code: str) -> Any | None:
    """The pycountry record of a current or historic (ISO 3166-3) alpha-3 code."""
    return pycountry.countries.get(alpha_3=code) or pycountry.historic_countries.get(alpha_3=code)


def _names(table: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    return {lang: tuple(values) for lang, values in table.items() if isinstance(values, list)}


def _seats(extras: dict[str, Any]) -> list[_Seat]:
    seats = []
    if "capital" in extras:
        capital = extras["capital"]
        seats.append(_Seat(_names(capital), True, capital.get("metonym", True)))
    for seat in extras.get("seats", []):
        seats.append(_Seat(_names(seat), False, seat.get("metonym", True)))
    return seats


def _read_toml(path: Path, what: str) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise InputError(f"{path}: cannot read {what}: {exc}") from exc


def _parsed_ttl(name: str) -> tuple[Triple, ...]:
    return read_turtle(_path(name))


# --- states from pycountry ----------------------------------------------------


@cache
def _translator(language: str) -> gettext.NullTranslations:
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True)


def _pycountry_names(country: Any, language: str, *, catalogue_forms: bool = False) -> list[str]:
    """Common, short and official names of a country in `language` (English
    when the catalogue lacks a translation), most familiar first. Inverted
    catalogue forms ("Korea, Republic of") only when asked for."""
    english = [getattr(country, attr, None) for attr in ("common_name", "name", "official_name")]
    translate = (lambda name: name) if language == ENGLISH else _translator(language).gettext
    names = [translate(name) for name in english if name]
    return _unique(name for name in names if catalogue_forms or ", " not in name)


def _unique(names: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(name for name in names if name))


@cache
def _hand_kept_owner() -> dict[tuple[str, str], str]:
    """(language, folded name) -> the state whose hand-kept names list it."""
    return {(lang, name.casefold()): code for code, extras in _states_extras().items()
            for lang, names in _names(extras.get("names", {})).items() for name in names}


def _abbreviated(names: Iterable[str]) -> list[str]:
    """Names with their usual abbreviations as well: "Saint Lucia" is also "St. Lucia", "St Lucia"."""
    out = []
    for name in names:
        out.append(name)
        if name.startswith("Saint "):
            out += ["St. " + name[len("Saint "):], "St " + name[len("Saint "):]]
    return out


def _state_names(country: Any, extras: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    """Per language: the hand-kept preferred name first (it becomes rdfs:label),
    then pycountry's names that no other state keeps by hand, then the remaining aliases,
    each also abbreviated as news writes it ("St. Lucia")."""
    hand_kept = _names(extras.get("names", {}))
    owner = _hand_kept_owner()
    names = {}
    for lang in _languages():
        own = hand_kept.get(lang, ())
        generated = [n for n in _pycountry_names(country, lang)
                     if owner.get((lang, n.casefold()), country.alpha_3) == country.alpha_3]
        found = _unique(_abbreviated([*own[:1], *generated, *own]))
        names[lang] = tuple(found or _pycountry_names(country, lang, catalogue_forms=True))
    return names


@cache
def _languages() -> tuple[str, ...]:
    return tuple(dict.fromkeys([ENGLISH, *available_languages()]))


def _by_language(seats: Iterable[_Seat]) -> dict[str, tuple[str, ...]]:
    merged: dict[str, list[str]] = {}
    for seat in seats:
        for lang, names in seat.names.items():
            merged.setdefault(lang, []).extend(names)
    return {lang: tuple(_unique(names)) for lang, names in merged.items()}


def _countries() -> list[Any]:
    """Every current ISO 3166-1 country, and the historic ones states.toml lists."""
    historic = [country_by_code(code) for code in _states_extras() if pycountry.countries.get(alpha_3=code) is None]
    return sorted([*pycountry.countries, *historic], key=lambda c: c.alpha_3)


def _state_entities() -> Iterator[ReferenceEntity]:
    extras_by_code = _states_extras()
    for country in _countries():
        extras = extras_by_code.get(country.alpha_3, {})
        iri = state_iri(country.alpha_3)
        seats = _seats(extras)
        yield ReferenceEntity(
            iri=iri,
            kind="State",
            key=country.alpha_3,
            names=_state_names(country, extras),
            seat_names=_by_language(seat for seat in seats if seat.metonym),
            demonyms=_names(extras.get("demonyms", {})),
            organ_names=_names(extras.get("organs", {})),
        )
        for seat in seats:
            yield ReferenceEntity(
                iri=seat.iri,
                kind="Place",
                key=local_key(seat.iri),
                names=seat.names,
                located_in=iri,
                stands_for=iri if seat.metonym else None,
            )


# --- organizations and treaties from Turtle -------------------------------------


def _entities_from_graph(triples: Iterable[Triple], kinds: tuple[str, ...]) -> Iterator[ReferenceEntity]:
    """Entities typed with one of `kinds` (ckg local names), their labels and
    altLabels by language (untagged names count for every language) and, for
    treaties, the actors that are ckg:partyTo them."""
    kind_of: dict[str, str] = {}
    names: dict[str, dict[str, list[str]]] = {}
    parties: dict[str, list[str]] = {}
    for s, p, o in ((t.subject, t.predicate, t.object) for t in triples):
        if p == _TYPE and o.value.startswith(CKG) and o.value[len(CKG):] in kinds:
            kind_of[s.value] = o.value[len(CKG):]
        elif p in (_LABEL, _ALT) and isinstance(o, Literal):
            languages = [o.language] if o.language else list(_languages())
            for lang in languages:
                names.setdefault(s.value, {}).setdefault(lang, []).append(o.value)
        elif p == _ckg("partyTo"):
            parties.setdefault(o.value, []).append(s.value)
    for iri, kind in kind_of.items():
        labels = names.get(iri, {})
        yield ReferenceEntity(
            iri=iri,
            kind=kind,
            key=local_key(iri),
            names={lang: tuple(_unique(values)) for lang, values in labels.items()},
            parties=tuple(sorted(parties.get(iri, []))),
        )


@cache
def founding_treaties() -> dict[str, str]:
    """Organization IRI -> the one reference treaty that ckg:establishes it ("NATO's founding
    treaty" is the North Atlantic Treaty); bodies two treaties establish are left out."""
    founded: dict[str, set[str]] = {}
    for triple in _parsed_ttl("treaties.ttl"):
        if triple.predicate == _ckg("establishes"):
            founded.setdefault(triple.object.value, set()).add(triple.subject.value)
    return {org: next(iter(treaties)) for org, treaties in founded.items() if len(treaties) == 1}


# --- places and persons from TOML ----------------------------------------------------


@cache
def _places() -> tuple[ReferenceEntity, ...]:
    seats = {seat.iri for extras in _states_extras().values() for seat in _seats(extras)}
    return _read_places(_path("places.toml"), seats)


def _read_places(path: Path, taken: set[str]) -> tuple[ReferenceEntity, ...]:
    """The [[places]] of a places TOML file: names per language (English first
    gives the IRI), and `in`, the ISO alpha-3 code of the state it lies in."""
    places: list[ReferenceEntity] = []
    for n, table in enumerate(_read_toml(path, "places").get("places", []), start=1):
        names = _names(table)
        if not names.get(ENGLISH):
            raise InputError(f"{path}: place {n} has no English name")
        state = table.get("in")
        if state is not None and country_by_code(state) is None:
            raise InputError(f"{path}: place '{names[ENGLISH][0]}': 'in' = '{state}' is not an ISO alpha-3 code")
        iri = place_iri(names[ENGLISH][0])
        if iri in taken:
            raise InputError(f"{path}: place '{names[ENGLISH][0]}' is listed twice (here or as a capital/seat)")
        taken.add(iri)
        places.append(ReferenceEntity(iri=iri, kind="Place", key=local_key(iri), names=names,
                                      located_in=state_iri(state) if state else None))
    return tuple(places)


@cache
def _persons() -> tuple[ReferencePerson, ...]:
    return _read_persons(_path("persons.toml"), {entity.key for entity in _organizations()})


def _represented(value: str, where: str, org_keys: set[str]) -> str:
    """'state:RUS' or 'org:UN' -> the IRI."""
    kind, _, key = value.partition(":")
    if kind == "state" and country_by_code(key) is not None:
        return state_iri(key)
    if kind == "org" and key in org_keys:
        return org_iri(key)
    raise InputError(f"{where}: represents '{value}' is neither state:<ISO alpha-3> nor org:<key in organizations.ttl>")


def _read_persons(path: Path, org_keys: set[str]) -> tuple[ReferencePerson, ...]:
    persons: list[ReferencePerson] = []
    seen: set[str] = set()
    for n, table in enumerate(_read_toml(path, "persons").get("persons", []), start=1):
        names = tuple(table.get("names", []))
        where = f"{path} person {n} ({names[0] if names else '?'})"
        if not names or not all(isinstance(name, str) and name.strip() for name in names):
            raise InputError(f"{where}: no names")
        for column in ("represents", "role", "source"):
            if not str(table.get(column, "")).strip():
                raise InputError(f"{where}: no {column}")
        since, until = (_check_date(str(table[k]), k, where) if k in table else None for k in ("since", "until"))
        iri = person_iri(names[0])
        if iri in seen:
            raise InputError(f"{where}: listed twice")
        seen.add(iri)
        persons.append(ReferencePerson(iri, names, tuple(table.get("aliases", [])),
                                       _represented(table["represents"], where, org_keys), table["role"],
                                       table["source"], since, until))
    return tuple(persons)


def reference_persons() -> list[ReferencePerson]:
    """Office holders of persons.toml, in file order."""
    return list(_persons())


# --- memberships ------------------------------------------------------------------


def _check_date(value: str, column: str, where: str) -> str:
    """`value` if it is a valid YYYY, YYYY-MM or YYYY-MM-DD date."""
    try:
        if not _DATE_SHAPE.fullmatch(value):
            raise ValueError
        date.fromisoformat(value + "-01-01"[len(value) - 4:] if len(value) < 10 else value)
    except ValueError:
        raise InputError(f"{where}: {column} '{value}' is not a date YYYY, YYYY-MM or YYYY-MM-DD") from None
    return value


def _membership(row: dict[str, str], where: str, org_keys: set[str]) -> ReferenceMembership:
    member, org = row["member"].strip(), row["organization"].strip()
    if pycountry.countries.get(alpha_3=member) is None:
        raise InputError(f"{where}: member '{member}' is not an ISO 3166-1 alpha-3 code")
    if org not in org_keys:
        raise InputError(f"{where}: organization '{org}' is not in organizations.ttl")
    status = row["status"].strip()
    if status not in MEMBERSHIP_STATUSES:
        raise InputError(f"{where}: status '{status}' is not one of {', '.join(MEMBERSHIP_STATUSES)}")
    start = _check_date(row["start"].strip(), "start", where)
    end = _check_date(row["end"].strip(), "end", where) if row["end"].strip() else None
    if end is not None and end < start[: len(end)]:
        raise InputError(f"{where}: end {end} is before start {start}")
    if not row["source"].strip():
        raise InputError(f"{where}: no source")
    return ReferenceMembership(state_iri(member), org_iri(org), start, end, status,
                               row["source"].strip(), (row.get("note") or "").strip())


@cache
def _memberships() -> tuple[ReferenceMembership, ...]:
    return _read_memberships(_path("memberships.csv"), {entity.key for entity in _organizations()})


def _read_memberships(path: Path, org_keys: set[str]) -> tuple[ReferenceMembership, ...]:
    """The rows of a memberships CSV (lines starting with # are comments);
    InputError naming the file and row for anything malformed."""
    try:
        with path.open(newline="", encoding="utf-8") as handle:
            reader = csv.DictReader((row for row in handle if not row.startswith("#")), restval="")
            if tuple(reader.fieldnames or ()) != MEMBERSHIP_COLUMNS:
                raise InputError(f"{path}: header must be {','.join(MEMBERSHIP_COLUMNS)}")
            periods = tuple(_membership(row, f"{path} data row {n}", org_keys) for n, row in enumerate(reader, start=1))
    except OSError as exc:
        raise InputError(f"{path}: cannot read memberships: {exc}") from exc
    seen: set[str] = set()
    for period in periods:
        if period.iri in seen:
            raise InputError(f"{path}: two periods of {local_key(period.member)} in "
                             f"{local_key(period.organization)} start in {period.start[:4]}")
        seen.add(period.iri)
    return periods


def memberships() -> list[ReferenceMembership]:
    """Every dated membership period in memberships.csv, in file order."""
    return list(_memberships())


# --- public API ------------------------------------------------------------------


@cache
def _organizations() -> tuple[ReferenceEntity, ...]:
    return tuple(_entities_from_graph(_parsed_ttl("organizations.ttl"), ("Organization", "Alliance", "ArmedGroup")))


@cache
def _entities() -> tuple[ReferenceEntity, ...]:
    treaties = _entities_from_graph(_parsed_ttl("treaties.ttl"), ("Treaty",))
    return (*_state_entities(), *_places(), *_organizations(), *treaties)


def reference_entities() -> list[ReferenceEntity]:
    """Gazetteer entries: every ISO state (and the historic states states.toml
    lists), the capitals and seats of government, the places of places.toml,
    organizations, alliances, armed groups and treaties. Persons are apart
    (`reference_persons`): titles decide where their names are."""
    return list(_entities())


def _label_triples(iri: NamedNode, names: dict[str, tuple[str, ...]]) -> Iterator[Triple]:
    for lang, values in names.items():
        for n, value in enumerate(values):
            yield Triple(iri, _LABEL if n == 0 else _ALT, Literal(value, language=lang))


def _date_literal(value: str) -> Literal:
    return Literal(value, datatype=NamedNode(XSD + _DATE_TYPES[len(value)]))


def _state_triples(entity: ReferenceEntity) -> Iterator[Triple]:
    iri = NamedNode(entity.iri)
    country = country_by_code(entity.key)
    yield Triple(iri, _TYPE, _ckg("State"))
    yield Triple(iri, _ckg("isoCode"), Literal(country.alpha_3))
    yield Triple(iri, _ckg("isoCode2"), Literal(country.alpha_2))
    yield from _label_triples(iri, entity.names)
    for lang, values in entity.demonyms.items():
        for value in values:
            yield Triple(iri, _ckg("demonym"), Literal(value, language=lang))


def _place_triples(entity: ReferenceEntity) -> Iterator[Triple]:
    iri = NamedNode(entity.iri)
    yield Triple(iri, _TYPE, _ckg("Place"))
    yield from _label_triples(iri, entity.names)
    if entity.located_in:
        yield Triple(iri, _ckg("locatedIn"), NamedNode(entity.located_in))


def _seat_links() -> Iterator[Triple]:
    for code, extras in _states_extras().items():
        for seat in _seats(extras):
            link = "capital" if seat.is_capital else "seatOfGovernment"
            yield Triple(NamedNode(state_iri(code)), _ckg(link), NamedNode(seat.iri))


def _membership_triples(period: ReferenceMembership) -> Iterator[Triple]:
    node, member, org = NamedNode(period.iri), NamedNode(period.member), NamedNode(period.organization)
    yield Triple(node, _TYPE, _ckg("Membership"))
    yield Triple(node, _ckg("member"), member)
    yield Triple(node, _ckg("organization"), org)
    yield Triple(node, _ckg("startDate"), _date_literal(period.start))
    if period.end:
        yield Triple(node, _ckg("endDate"), _date_literal(period.end))
    yield Triple(node, _ckg("status"), Literal(period.status))
    yield Triple(node, _SOURCE, _source_term(period.source))
    if period.note:
        yield Triple(node, NamedNode(RDFS + "comment"), Literal(period.note, language=ENGLISH))
    if period.is_current_member:
        yield Triple(member, _ckg("memberOf"), org)


def _person_triples(person: ReferencePerson) -> Iterator[Triple]:
    iri = NamedNode(person.iri)
    yield Triple(iri, _TYPE, _ckg("Person"))
    for n, name in enumerate(person.names):
        yield Triple(iri, _LABEL if n == 0 else _ALT, Literal(name))
    yield Triple(iri, _ckg("represents"), NamedNode(person.represents))
    yield Triple(iri, _ckg("role"), Literal(person.role))
    yield Triple(iri, _SOURCE, _source_term(person.source))


def _source_term(source: str) -> NamedNode | Literal:
    return NamedNode(source) if source.startswith(("http://", "https://")) else Literal(source)


def _all_triples() -> Iterator[Triple]:
    for entity in _entities():
        if entity.kind == "State":
            yield from _state_triples(entity)
        elif entity.kind == "Place":
            yield from _place_triples(entity)
    yield from _seat_links()
    yield from _parsed_ttl("organizations.ttl")
    yield from _parsed_ttl("treaties.ttl")
    for period in _memberships():
        yield from _membership_triples(period)
    for person in _persons():
        yield from _person_triples(person)


@cache
def _reference_triples() -> tuple[Triple, ...]:
    return tuple(sorted(set(_all_triples()), key=str))


def reference_triples() -> list[Triple]:
    """All reference facts, deduplicated, in a deterministic (sorted) order."""
    return list(_reference_triples())

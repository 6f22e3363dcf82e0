"""Read and check gold-fact files (format `conflict-kg-gold/1`, see docs/gold-format.md).

A gold file names one article and the facts a careful reader writes down from
it. Entities are declared once in `entities`; events, memberships and
treaties refer to them by the same short reference (ISO3, organization key,
person or place name, treaty key). Everything is resolved here to the
canonical IRIs of docs/architecture.md so that the scorer compares IRIs only.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pycountry

from kg.errors import InputError
from kg.namespaces import ID, org_iri, person_iri, place_iri, slugify, state_iri, treaty_iri
from kg.ontology_terms import ontology

FORMAT = "conflict-kg-gold/1"
ENTITY_KINDS = ("State", "Organization", "Alliance", "ArmedGroup", "Person", "Place", "Treaty")
ORG_KINDS = ("Organization", "Alliance", "ArmedGroup")
ACTOR_ROLES = ("participant", "requester", "addressee", "mediator", "agent", "organization")
OTHER_ROLES = ("invokes", "location", "treaty")
ROLES = ACTOR_ROLES + OTHER_ROLES
ROLE_KEYS = {"participants": "participant", **{r: r for r in ROLES if r != "participant"}}
QUALIFIERS = ("exact", "about", "at least", "more than", "up to")
MODALITIES = ("asserted", "future", "hypothetical")
PRECISIONS = {"day": 10, "month": 7, "year": 4, "decade": 4}
INSTANCE_PATHS = {"state", "org", "person", "place", "treaty"}
EVENT_KEYS = {"id", "type", "date", "fatalities", "troops", "modality", "note", *ROLE_KEYS}


@dataclass(frozen=True)
class GoldDate:
    """A gold date: any prediction inside [value, end] at `precision` matches."""

    value: str
    precision: str
    end: str


@dataclass(frozen=True)
class GoldQuantity:
    value: int
    qualifier: str
    side: str | None = None


@dataclass
class GoldPerson:
    iri: str
    name: str
    represents: str | None
    roles: tuple[str, ...]  # acceptable English role names, lower case


@dataclass
class GoldEvent:
    label: str
    kind: str
    roles: dict[str, frozenset[str]]
    date: GoldDate | None = None
    fatalities: GoldQuantity | None = None
    troops: GoldQuantity | None = None
    modality: str = "asserted"


@dataclass
class GoldTreaty:
    iri: str | None
    parties: frozenset[str]
    signed_on: GoldDate | None = None
    establishes: str | None = None


@dataclass
class GoldArticle:
    """One gold file, resolved: entity IRIs by kind, events, memberships, treaties."""

    gold_path: Path
    article_path: Path
    language: str | None
    entities: dict[str, set[str]]
    persons: dict[str, GoldPerson]
    names: dict[str, set[str]]  # place or organization IRI -> slugs of the names it may carry
    treaty_parties: dict[str, frozenset[str]]  # treaty IRI -> parties when the gold gives them
    events: list[GoldEvent] = field(default_factory=list)
    memberships: set[tuple[str, str]] = field(default_factory=set)
    treaties: list[GoldTreaty] = field(default_factory=list)


class _Checker:
    """Raises InputError naming the gold file and the JSON path of the problem."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, where: str, problem: str) -> InputError:
        return InputError(f"{self.path}: {where}: {problem}")

    def obj(self, value: Any, where: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where, f"expected an object, got {type(value).__name__}")
        return value

    def items(self, value: Any, where: str) -> list[Any]:
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.fail(where, f"expected a list, got {type(value).__name__}")
        return value

    def text(self, value: Any, where: str) -> str:
        if not isinstance(value, str) or not value.strip():
            raise self.fail(where, "expected a non-empty string")
        return value.strip()

    def known_keys(self, value: dict[str, Any], allowed: set[str], where: str) -> None:
        unknown = sorted(set(value) - allowed)
        if unknown:
            raise self.fail(where, f"unknown field(s) {', '.join(unknown)}")


def load_gold_paths(paths: list[Path]) -> list[GoldArticle]:
    """Gold files named directly or found (``*.json``, sorted) in folders."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(path.rglob("*.json"))
            if not found:
                raise InputError(f"{path}: no gold .json files in this folder")
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            raise InputError(f"{path}: no such gold file or folder")
    return [load_gold(f) for f in files]


def load_gold(path: Path) -> GoldArticle:
    check = _Checker(path)
    try:
        raw = json.loads(path.read_text(encoding="utf-8-sig"), object_pairs_hook=_unique_fields)
    except _DuplicateField as exc:
        raise InputError(f"{path}: field {exc} appears twice in one object (JSON keeps only the last)") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read gold file ({exc})") from exc
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from exc
    raw = check.obj(raw, "top level")
    check.known_keys(raw, {"format", "article", "language", "note", "entities", "events",
                           "memberships", "treaties"}, "top level")
    if raw.get("format") != FORMAT:
        raise check.fail("format", f"expected {FORMAT!r}, got {raw.get('format')!r}")
    article = _article_path(path, check.text(raw.get("article"), "article"))
    gold = GoldArticle(path, article, raw.get("language"), {k: set() for k in ENTITY_KINDS}, {}, {}, {})
    refs = _read_entities(check, check.obj(raw.get("entities", {}), "entities"), gold)
    for i, item in enumerate(check.items(raw.get("events"), "events")):
        gold.events.append(_read_event(check, check.obj(item, f"events[{i}]"), f"events[{i}]", refs))
    for i, item in enumerate(check.items(raw.get("memberships"), "memberships")):
        gold.memberships.add(_read_membership(check, check.obj(item, f"memberships[{i}]"), f"memberships[{i}]", refs))
    for i, item in enumerate(check.items(raw.get("treaties"), "treaties")):
        gold.treaties.append(_read_treaty(check, check.obj(item, f"treaties[{i}]"), f"treaties[{i}]", refs))
    _declare_used_states(gold)
    return gold


class _DuplicateField(ValueError):
    """A JSON object with the same key twice: the first value would be lost silently."""


def _unique_fields(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            raise _DuplicateField(repr(key))
        seen[key] = value
    return seen


def _article_path(gold_path: Path, article: str) -> Path:
    """Relative to the gold file; `$VARS` are expanded (e.g. $KG_SHARED/seed/...)."""
    expanded = Path(os.path.expandvars(article)).expanduser()
    return expanded if expanded.is_absolute() else (gold_path.parent / expanded).resolve()


def _read_entities(check: _Checker, raw: dict[str, Any], gold: GoldArticle) -> dict[str, str]:
    """Fill gold.entities; return the reference table (short ref -> IRI) used by facts."""
    check.known_keys(raw, set(ENTITY_KINDS), "entities")
    refs: dict[str, str] = {}
    for kind in ENTITY_KINDS:
        for i, item in enumerate(check.items(raw.get(kind), f"entities.{kind}")):
            where = f"entities.{kind}[{i}]"
            for ref, iri in _read_entity(check, kind, item, where, gold):
                refs[ref] = iri
                gold.entities[kind].add(iri)
    return refs


def _read_entity(check: _Checker, kind: str, item: Any, where: str, gold: GoldArticle) -> list[tuple[str, str]]:
    if kind == "State":
        code = check.text(item, where).upper()
        if not is_state_code(code):
            raise check.fail(where, f"{code!r} is not an ISO 3166-1 (or ISO 3166-3 historic) alpha-3 code")
        return [(code, state_iri(code))]
    if kind in ORG_KINDS:
        return _read_organization(check, item, where, gold)
    if kind == "Person":
        return _read_person(check, check.obj(item, where), where, gold)
    if kind == "Place":
        return _read_place(check, item, where, gold)
    return _read_treaty_entity(check, item, where, gold)


def _read_person(check: _Checker, item: dict[str, Any], where: str, gold: GoldArticle) -> list[tuple[str, str]]:
    check.known_keys(item, {"name", "represents", "role", "note"}, where)
    name = check.text(item.get("name"), f"{where}.name")
    represents = item.get("represents")
    if represents is not None:
        represents = _org_or_state(check, check.text(represents, f"{where}.represents"))
    role = item.get("role", [])
    roles = [role] if isinstance(role, str) else check.items(role, f"{where}.role")
    iri = person_iri(name)
    gold.persons[iri] = GoldPerson(iri, name, represents, tuple(check.text(r, f"{where}.role").lower() for r in roles))
    return [(name, iri)]


def is_state_code(code: str) -> bool:
    """A current ISO 3166-1 alpha-3 code, or a former state's (ISO 3166-3: SUN, YUG, CSK)."""
    return bool(pycountry.countries.get(alpha_3=code) or pycountry.historic_countries.get(alpha_3=code))


def _org_or_state(check: _Checker, ref: str) -> str:
    """`represents` may name a state (ISO3) or an organization key."""
    if len(ref) == 3 and ref.isupper() and is_state_code(ref):
        return state_iri(ref)
    return org_iri(ref)


def _read_organization(check: _Checker, item: Any, where: str, gold: GoldArticle) -> list[tuple[str, str]]:
    """A reference key ("CSTO"), or {key, names} for a group the reference may not know."""
    if isinstance(item, str):
        key = check.text(item, where)
        return [(key, org_iri(key))]
    item = check.obj(item, where)
    check.known_keys(item, {"key", "names", "note"}, where)
    key = check.text(item.get("key"), f"{where}.key")
    names = [check.text(n, f"{where}.names") for n in check.items(item.get("names"), f"{where}.names")]
    iri = org_iri(key)
    gold.names[iri] = {slugify(n) for n in (key, *names)}
    return [(key, iri)]


def _read_place(check: _Checker, item: Any, where: str, gold: GoldArticle) -> list[tuple[str, str]]:
    if isinstance(item, str):
        name, aliases = check.text(item, where), []
    else:
        item = check.obj(item, where)
        check.known_keys(item, {"name", "aliases", "note"}, where)
        name = check.text(item.get("name"), f"{where}.name")
        aliases = [check.text(a, f"{where}.aliases") for a in check.items(item.get("aliases"), f"{where}.aliases")]
    iri = place_iri(name)
    gold.names[iri] = {slugify(n) for n in (name, *aliases)}
    return [(n, iri) for n in (name, *aliases)]


def _read_treaty_entity(check: _Checker, item: Any, where: str, gold: GoldArticle) -> list[tuple[str, str]]:
    """A treaty is a reference key, or {key?, parties, ref} for treaties no reference names."""
    if isinstance(item, str):
        key = check.text(item, where)
        return [(key, treaty_iri(key))]
    item = check.obj(item, where)
    check.known_keys(item, {"key", "ref", "parties", "note"}, where)
    parties = [_org_or_state(check, check.text(p, f"{where}.parties")) for p in check.items(item.get("parties"), f"{where}.parties")]
    key = item.get("key")
    ref = check.text(item.get("ref", key), f"{where}.ref")
    iri = treaty_iri(check.text(key, f"{where}.key")) if key else treaty_iri("gold-" + slugify(ref))
    if parties:
        gold.treaty_parties[iri] = frozenset(parties)
    elif not key:
        raise check.fail(where, "a treaty without a key needs its parties")
    return [(ref, iri)]


def _resolve(check: _Checker, ref: Any, where: str, refs: dict[str, str]) -> str:
    """A declared reference; else an ISO3 code, an instance IRI or its path ("org/CSTO")."""
    ref = check.text(ref, where)
    for candidate in (ref, ref.upper()):
        if candidate in refs:
            return refs[candidate]
    if len(ref) == 3 and ref.isalpha() and is_state_code(ref.upper()):
        return state_iri(ref)
    if ref.startswith(ID):
        return ref
    if ref.split("/", 1)[0] in INSTANCE_PATHS and "/" in ref:
        return ID + ref
    raise check.fail(where, f"{ref!r} is not declared in entities")


def _declare_used_states(gold: GoldArticle) -> None:
    """States used by facts but not listed in entities are mentioned all the same."""
    used = {v for e in gold.events for values in e.roles.values() for v in values}
    used |= {v for pair in gold.memberships for v in pair} | {p for t in gold.treaties for p in t.parties}
    gold.entities["State"] |= {iri for iri in used if iri.startswith(ID + "state/")}


def _read_event(check: _Checker, item: dict[str, Any], where: str, refs: dict[str, str]) -> GoldEvent:
    check.known_keys(item, EVENT_KEYS, where)
    kind = check.text(item.get("type"), f"{where}.type")
    if kind not in ontology().event_classes():
        raise check.fail(f"{where}.type", f"{kind!r} is not an event class of the ontology")
    roles: dict[str, frozenset[str]] = {}
    for key, role in ROLE_KEYS.items():
        values = check.items(item.get(key), f"{where}.{key}")
        if values:
            roles[role] = frozenset(_resolve(check, v, f"{where}.{key}", refs) for v in values)
    if not any(roles.get(r) for r in ACTOR_ROLES):
        raise check.fail(where, "an event needs at least one actor (participants, requester, agent, ...)")
    modality = item.get("modality", "asserted")
    if modality not in MODALITIES:
        raise check.fail(f"{where}.modality", f"expected one of {', '.join(MODALITIES)}")
    return GoldEvent(
        label=str(item.get("id", where)),
        kind=kind,
        roles=roles,
        date=_read_date(check, item.get("date"), f"{where}.date"),
        fatalities=_read_quantity(check, item.get("fatalities"), f"{where}.fatalities", refs),
        troops=_read_quantity(check, item.get("troops"), f"{where}.troops", refs),
        modality=modality,
    )


def _read_date(check: _Checker, raw: Any, where: str) -> GoldDate | None:
    if raw is None:
        return None
    if isinstance(raw, str):
        raw = {"value": raw}
    raw = check.obj(raw, where)
    check.known_keys(raw, {"value", "end", "precision"}, where)
    value = check.text(raw.get("value"), f"{where}.value")
    precision = raw.get("precision") or {10: "day", 7: "month", 4: "year"}.get(len(value))
    if precision not in PRECISIONS:
        raise check.fail(f"{where}.precision", f"expected one of {', '.join(PRECISIONS)}")
    end = raw.get("end") or (value[:3] + "9" if precision == "decade" else value)
    for part, text in (("value", value), ("end", end)):
        if len(text) != PRECISIONS[precision] or not _is_iso_prefix(text):
            raise check.fail(f"{where}.{part}", f"{text!r} is not an ISO date of precision {precision}")
    return GoldDate(value, precision, end)


def _is_iso_prefix(text: str) -> bool:
    parts = text.split("-")
    return all(p.isdigit() for p in parts) and [len(p) for p in parts] == [4, 2, 2][: len(parts)]


def _read_quantity(check: _Checker, raw: Any, where: str, refs: dict[str, str]) -> GoldQuantity | None:
    if raw is None:
        return None
    if isinstance(raw, int) and not isinstance(raw, bool):
        raw = {"value": raw}
    raw = check.obj(raw, where)
    check.known_keys(raw, {"value", "qualifier", "side"}, where)
    value = raw.get("value")
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise check.fail(f"{where}.value", "expected a non-negative integer")
    qualifier = raw.get("qualifier", "exact")
    if qualifier not in QUALIFIERS:
        raise check.fail(f"{where}.qualifier", f"expected one of {', '.join(QUALIFIERS)}")
    side = raw.get("side")
    return GoldQuantity(value, qualifier, _resolve(check, side, f"{where}.side", refs) if side else None)


def _read_membership(check: _Checker, item: dict[str, Any], where: str, refs: dict[str, str]) -> tuple[str, str]:
    check.known_keys(item, {"member", "organization", "note"}, where)
    return (_resolve(check, item.get("member"), f"{where}.member", refs),
            _resolve(check, item.get("organization"), f"{where}.organization", refs))


def _read_treaty(check: _Checker, item: dict[str, Any], where: str, refs: dict[str, str]) -> GoldTreaty:
    check.known_keys(item, {"treaty", "parties", "signed_on", "establishes", "note"}, where)
    parties = frozenset(_resolve(check, p, f"{where}.parties", refs) for p in check.items(item.get("parties"), f"{where}.parties"))
    if len(parties) < 1:
        raise check.fail(f"{where}.parties", "a treaty needs its parties")
    treaty = item.get("treaty")
    establishes = item.get("establishes")
    return GoldTreaty(
        iri=_resolve(check, treaty, f"{where}.treaty", refs) if treaty else None,
        parties=parties,
        signed_on=_read_date(check, item.get("signed_on"), f"{where}.signed_on"),
        establishes=_resolve(check, establishes, f"{where}.establishes", refs) if establishes else None,
    )

"""Scores on the shared development sets (../shared/eval, see docs/evaluation.md).

Each record's sentence becomes a one-sentence Document (language from the
record, publication date unknown) and goes through `kg.pipeline.extract`, the
same extraction `kg ingest` stores; no store is needed for single sentences.

- plover: en_events_cameo_gsr.dev.jsonl (PLOVER/CAMEO gold standard records)
- petr2:  en_events_petr2_smoke.dev.jsonl (PETR-2 validation smoke test)
  Both score the coarse event class, read from the ckg:coarseClass
  annotation of each event class in the ontology, and the actor dyad (ISO3 or
  IGO). Only asserted events count as predictions.
- nerugm: id_ner_ugm_news.traindev.jsonl (IndoLEM NER UGM): PERSON,
  ORGANIZATION and LOCATION spans from kg.mentions.find_mentions, exact and
  overlapping.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import pycountry

from kg.errors import InputError
from kg.evaluate import Score, core_participants
from kg.ontology_terms import ontology
from kg.model import Document, Mention
from kg.namespaces import CKG, ID, document_iri, local_key

OTHER = "OTHER"  # the coarse class of everything the conflict ontology does not model
NER_TYPES = {"Person": "PERSON", "Organization": "ORGANIZATION", "Alliance": "ORGANIZATION",
             "ArmedGroup": "ORGANIZATION", "State": "LOCATION", "Place": "LOCATION"}
IGO_KINDS = {"Organization", "Alliance"}


@dataclass
class DatasetResult:
    records: int
    scores: dict[str, Score] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def evaluate_dataset(name: str, path: Path, limit: int | None = None) -> DatasetResult:
    records = list(_records(path, limit))
    if name == "nerugm":
        return _score_ner(records)
    return _score_events(records, check_silence=name == "petr2")


def _records(path: Path, limit: int | None) -> Iterator[dict[str, Any]]:
    if not path.is_file():
        raise InputError(f"{path}: no such dev-set file (expected a .jsonl file)")
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if limit is not None and number > limit:
                return
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}: line {number}: not valid JSON ({exc.msg})") from exc
            if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                raise InputError(f"{path}: line {number}: a record needs a 'text' string")
            record.setdefault("id", f"line {number}")
            yield record


def sentence_document(record: dict[str, Any]) -> Document:
    text = record["text"]
    return Document(iri=document_iri(text), source=str(record["id"]), text=text, title=None, issued=None,
                    language=record.get("language") or "und")


# --- events: PLOVER/CAMEO and PETR-2 -------------------------------------------------


@cache
def coarse_class(kind: str) -> str:
    """The ckg:coarseClass of an event class, inherited from the nearest ancestor that has one."""
    onto = ontology()
    for cls in [CKG + kind, *sorted(onto.ancestors(CKG + kind))]:
        found = onto.annotation(cls, CKG + "coarseClass")
        if found:
            return found[0]
    return OTHER


@cache
def _reference_kinds() -> dict[str, str]:
    from kg.reference import reference_entities

    return {entity.iri: entity.kind for entity in reference_entities()}


def cameo_actor(code: str | None) -> str | None:
    """'RUSGOV' -> 'RUS', 'IGOMIL' -> 'IGO'; codes that name no country or IGO give None."""
    if not code:
        return None
    head = code[:3].upper()
    if head == "IGO" or pycountry.countries.get(alpha_3=head):
        return head
    return None


def actor_code(iri: str) -> str | None:
    """Our actor IRI as a CAMEO-style country code: ISO3 for states, IGO for organizations."""
    if iri.startswith(ID + "state/"):
        return local_key(iri)
    return "IGO" if _reference_kinds().get(iri) in IGO_KINDS else None


def _predicted_events(doc: Document) -> list[tuple[str, frozenset[str | None]]]:
    from kg.pipeline import extract

    extraction = extract(doc)
    represents = {m.entity: m.represents for m in extraction.mentions if m.represents}
    out = []
    for event in extraction.events:
        if event.modality != "asserted":
            continue
        core = core_participants({r: set(v) for r, v in event.roles.items()}, represents)
        out.append((coarse_class(event.kind), frozenset(actor_code(a) for a in core) - {None}))
    return out


def _score_events(records: list[dict[str, Any]], check_silence: bool) -> DatasetResult:
    result = DatasetResult(len(records))
    tallies: dict[str, Score] = {}
    silent = quiet_expected = 0
    for record in records:
        predicted = _predicted_events(sentence_document(record))
        gold = [(e.get("coarse_class") or OTHER, frozenset({cameo_actor(e.get("source")), cameo_actor(e.get("target"))}) - {None})
                for e in record.get("events") or []]
        _tally_record(tallies, result.errors, str(record["id"]), gold, predicted)
        if record.get("no_events_expected"):
            quiet_expected += 1
            silent += not predicted
    if check_silence:
        result.notes.append(f"no_events_expected: {silent} of {quiet_expected} sentences yielded no event")
    result.scores = _with_total(tallies, "class.", "event") | {
        name: tallies.get(name, Score()) for name in ("dyad", "sentence has event")}
    return result


def _tally_record(tallies: dict[str, Score], errors: list[str], rid: str, gold, predicted) -> None:
    gold_classes = {c for c, _ in gold if c != OTHER}
    predicted_classes = {c for c, _ in predicted if c != OTHER}
    for cls in gold_classes | predicted_classes:
        tallies.setdefault(f"class.{cls}", Score()).add(
            Score(int(cls in gold_classes and cls in predicted_classes), int(cls not in gold_classes),
                  int(cls not in predicted_classes)))
    gold_dyads = {(c, d) for c, d in gold if c != OTHER}
    predicted_dyads = {(c, d) for c, d in predicted if c != OTHER}
    tallies.setdefault("dyad", Score()).add(Score(len(gold_dyads & predicted_dyads), len(predicted_dyads - gold_dyads),
                                                  len(gold_dyads - predicted_dyads)))
    detected, expected = bool(predicted_classes), bool(gold_classes)
    tallies.setdefault("sentence has event", Score()).add(Score(int(detected and expected), int(detected and not expected),
                                                                int(expected and not detected)))
    for c, d in sorted(gold_dyads - predicted_dyads, key=str):
        errors.append(f"{rid}  miss  {c} {'-'.join(sorted(d))}")
    for c, d in sorted(predicted_dyads - gold_dyads, key=str):
        errors.append(f"{rid}  extra {c} {'-'.join(sorted(d))}")


def _with_total(tallies: dict[str, Score], prefix: str, total: str) -> dict[str, Score]:
    """The micro-averaged total of the rows starting with `prefix`, then those rows."""
    rows = {name: score for name, score in sorted(tallies.items()) if name.startswith(prefix)}
    out = {total: Score()}
    for score in rows.values():
        out[total].add(score)
    return out | rows


# --- Indonesian NER ---------------------------------------------------------------------


def _predicted_spans(doc: Document) -> set[tuple[int, int, str]]:
    from kg.mentions import find_mentions
    from kg.segment import split_sentences

    mentions: list[Mention] = find_mentions(doc, split_sentences(doc))
    return {(m.start, m.end, NER_TYPES[m.kind]) for m in mentions if m.kind in NER_TYPES}


def _score_ner(records: list[dict[str, Any]]) -> DatasetResult:
    result = DatasetResult(len(records))
    tallies: dict[str, Score] = {}
    for record in records:
        gold = {(e["start"], e["end"], e["type"]) for e in record.get("entities", []) if e["type"] in NER_TYPES.values()}
        predicted = _predicted_spans(sentence_document(record))
        subsets = ["all"] + (["conflict"] if record.get("international_or_conflict_keyword") else [])
        for ner_type in sorted(set(NER_TYPES.values())):
            g = {s for s in gold if s[2] == ner_type}
            p = {s for s in predicted if s[2] == ner_type}
            hits = _overlaps(g, p)
            for subset in subsets:
                tallies.setdefault(f"{subset}.exact.{ner_type}", Score()).add(Score(len(g & p), len(p - g), len(g - p)))
                tallies.setdefault(f"{subset}.overlap.{ner_type}", Score()).add(Score(hits, len(p) - hits, len(g) - hits))
        text = record["text"]
        result.errors += [f"{record['id']}  miss  {t} {text[s:e]!r}" for s, e, t in sorted(gold - predicted)]
        result.errors += [f"{record['id']}  extra {t} {text[s:e]!r}" for s, e, t in sorted(predicted - gold)]
    for subset in ("all", "conflict"):
        for mode in ("exact", "overlap"):
            result.scores |= _with_total(tallies, f"{subset}.{mode}.", f"{subset}.{mode}")
    result.notes.append(f"{sum(1 for r in records if r.get('international_or_conflict_keyword'))} records in the conflict subset")
    return result


def _overlaps(gold: set[tuple[int, int, str]], predicted: set[tuple[int, int, str]]) -> int:
    """Gold spans paired one-to-one with overlapping predicted spans of the same type."""
    free = sorted(predicted)
    hits = 0
    for start, end, _ in sorted(gold):
        match = next((p for p in free if p[0] < end and start < p[1]), None)
        if match:
            free.remove(match)
            hits += 1
    return hits

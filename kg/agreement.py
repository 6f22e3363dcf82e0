"""Agreement between two annotations of the same articles (`kg eval A --against B`).

The second annotation is read as if it were the graph's facts and scored with
the same rules `kg eval` uses for the extractor (kg.evaluate), so the number
says how far two careful annotators following docs/gold-format.md agree: the
ceiling an extractor can be expected to reach against one of them.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from kg.evaluate import EvalReport, score_article
from kg.gold import GoldArticle, GoldDate, GoldQuantity, load_gold_paths
from kg.graph_facts import DateFact, DocumentFacts, EventRecord, QuantityFact, TreatyInfo
from kg.namespaces import ID


def agreement(first: list[Path], second: list[Path], on_skip: Callable[[str], None] | None = None) -> EvalReport:
    """Score each gold file of `first` against the file of `second` annotating the same article
    (the same article file name: the second annotator may have worked on a copy)."""
    report = EvalReport([])
    others = {gold.article_path.name: gold for gold in load_gold_paths(second)}
    reference = _reference_treaties()
    for gold in load_gold_paths(first):
        other = others.get(gold.article_path.name)
        if other is None:
            line = f"{gold.gold_path}: no second annotation of {gold.article_path.name}, skipped"
            report.skipped.append(line)
            if on_skip:
                on_skip(line)
            continue
        facts, treaties = gold_as_facts(other)
        report.articles.append(score_article(gold, facts, {**reference, **treaties}))
    return report


def gold_as_facts(gold: GoldArticle) -> tuple[DocumentFacts, dict[str, TreatyInfo]]:
    """One annotation written the way kg.graph_facts reads a document from the graph."""
    facts = DocumentFacts(doc=str(gold.gold_path))
    for kind, iris in gold.entities.items():
        facts.entities.update(dict.fromkeys(iris, kind))
    for iri, names in gold.names.items():
        facts.labels[iri] |= names
    for person in gold.persons.values():
        if person.represents:
            facts.represents[person.iri].add(person.represents)
        if person.roles:
            facts.roles[person.iri] |= set(person.roles)
    facts.events = [EventRecord(ID + "event/" + event.label, event.kind,
                                {role: set(values) for role, values in event.roles.items()},
                                _date(event.date), _quantity(event.fatalities), _quantity(event.troops),
                                event.modality)
                    for event in gold.events]
    facts.memberships = set(gold.memberships)
    treaties = {}
    for number, treaty in enumerate(gold.treaties):
        iri = treaty.iri or f"{ID}treaty/second-annotation-{number}"
        treaties[iri] = TreatyInfo(treaty.parties, _date(treaty.signed_on))
    facts.treaties = set(treaties)
    return facts, treaties


def _date(date: GoldDate | None) -> DateFact | None:
    return DateFact(date.value, date.precision) if date else None


def _quantity(quantity: GoldQuantity | None) -> QuantityFact | None:
    return QuantityFact(quantity.value, quantity.qualifier) if quantity else None


def _reference_treaties() -> dict[str, TreatyInfo]:
    """Parties of the treaties the reference knows, which a gold file may name by key alone."""
    from kg import api
    from kg.graph_facts import treaty_index

    store = api.open_store(":memory:")
    api.ensure_reference(store)
    return treaty_index(store)

"""The ingest pipeline: documents in, one named graph of facts per document out.

extract(doc): segment -> mentions -> events/memberships/treaties -> merged
within the document, with provisional IRIs. ingest(store, paths): extract
each document, link its events to the same events already in the store
(cross-document merge), and replace the document's graph, so ingesting the
same article again changes nothing.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import ExtractionError, InputError, KGError
from kg.events import read_events
from kg.events.attributes import day_of_the_news
from kg.events.memberships import accession_memberships, unique_memberships
from kg.events.treaties import resolve_invoked, treaty_facts
from kg.ingest import read_documents
from kg.link import link_events, merge_drafts
from kg.mentions import find_mentions, new_entities
from kg.model import Document, Extraction
from kg.scanning import forget_document
from kg.segment import split_sentences
from kg.store import Store
from kg.triples import extraction_triples

ErrorHandler = Callable[[KGError], None]


@dataclass
class IngestReport:
    documents: int = 0
    events: int = 0
    errors: list[str] = field(default_factory=list)


def extract(doc: Document) -> Extraction:
    """Everything one document states, linked to canonical entities; events
    merged within the document and given IRIs without looking at any store."""
    forget_document()
    sentences = split_sentences(doc)
    mentions = find_mentions(doc, sentences)
    reading = read_events(doc, sentences, mentions)
    events = merge_drafts(reading.drafts, day_of_the_news(doc, sentences, reading.drafts))
    for event in events:
        resolve_invoked(event, treaty_cue=False)
    mentioned = tuple(m.entity for m in mentions if m.kind == "Treaty")
    treaties = treaty_facts(events, reading.drafts, reading.treaties, mentioned)
    link_events(events, None)
    return Extraction(
        document=doc,
        sentences=sentences,
        mentions=mentions,
        entities=new_entities(mentions, doc),
        events=events,
        memberships=unique_memberships(reading.memberships + accession_memberships(events)),
        treaties=treaties,
    )


def ingest(store: Store, paths: Sequence[str | Path], on_error: ErrorHandler | None = None) -> IngestReport:
    """Extract every document under `paths` into `store`, one graph per document.
    A bad file is reported (to `on_error` and in the report) and skipped;
    what the store held before stays."""
    report = IngestReport()

    def failed(error: KGError) -> None:
        report.errors.append(str(error))
        if on_error is not None:
            on_error(error)

    for doc in read_documents(paths, on_error=failed):
        try:
            extraction = extract(doc)
            link_events(extraction.events, store)
            store.replace_graph(doc.iri, extraction_triples(extraction))
        except KGError as error:
            failed(InputError(f"{doc.source}: {error}"))
            continue
        except Exception as error:  # noqa: BLE001 - one article must not stop a folder of thousands
            failed(ExtractionError(f"{doc.source}: the extractor failed ({type(error).__name__}: {error}); "
                                   "the document was skipped, please report it"))
            continue
        report.documents += 1
        report.events += len(extraction.events)
    return report

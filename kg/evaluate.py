"""Score the facts a graph holds for each gold article against the gold facts.

Matching rules (docs/evaluation.md and docs/gold-format.md say the same):

- entities match on IRI; persons also when one name's tokens contain the
  other's and the surnames agree ("Burhan" ~ "Abdel Fattah al-Burhan"); places
  and organizations also by a label or a name the gold lists; treaties also by
  the same set of parties;
- hypothetical events (proposals, demands, conditionals) are left out on
  both sides: the graph marks them, the annotation guide does not count them;
- an event matches a gold event of the same class (or a sub- or superclass:
  Mediation and PhoneCall are Talks) whose core participant set is equal:
  every actor in any role, persons replaced by whom they represent, mediators
  left out. Each gold event is matched at most once, the exact class first;
- roles, dates, fatalities, troops and modality are facts hanging off events:
  right only on a matched event. A date is right when it falls inside the gold
  value/end at the gold precision; quantities need value and qualifier;
- memberships match on (member, organization); treaties on their parties
  (and the signing date when the gold gives one).
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from pathlib import Path
from typing import TypeVar

from kg.gold import ACTOR_ROLES, ENTITY_KINDS, PRECISIONS, ROLES, GoldArticle, GoldDate, GoldEvent
from kg.graph_facts import DateFact, DocumentFacts, EventRecord, TreatyInfo, find_document, read_document, treaty_index
from kg.namespaces import CKG, ID, slugify
from kg.ontology_terms import ontology

ENTITY_TOTAL = "entity"  # micro-average over the entity.* rows
EVENT_TOTAL = "event"  # micro-average over the event.* rows
NAMED_KINDS = ("Place", "Organization", "Alliance", "ArmedGroup")  # matched by name when the IRI differs
SPELLING_RATIO = 0.85  # person names this similar are transliteration variants
E = TypeVar("E", GoldEvent, EventRecord)


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Score") -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class EventMatching:
    """How one article's gold events were paired with the graph's (for kg.event_errors)."""

    pairs: list[tuple[GoldEvent, EventRecord | None]]
    unmatched: list[EventRecord]
    represents: dict[str, str]


@dataclass
class ArticleResult:
    gold_path: Path
    scores: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)
    events: EventMatching | None = None

    def tally(self, fact_type: str, gold: Iterable[object], predicted: Iterable[object], show=str) -> None:
        """Count one fact type given as two sets of comparable keys."""
        gold, predicted = set(gold), set(predicted)
        score = self.scores[fact_type]
        score.add(Score(len(gold & predicted), len(predicted - gold), len(gold - predicted)))
        self.misses += [f"{fact_type}: {show(g)}" for g in sorted(gold - predicted, key=str)]
        self.false_positives += [f"{fact_type}: {show(p)}" for p in sorted(predicted - gold, key=str)]


@dataclass
class EvalReport:
    articles: list[ArticleResult]
    skipped: list[str] = field(default_factory=list)

    def totals(self) -> dict[str, Score]:
        """Per fact type over all articles, plus the micro-averaged entity and event totals."""
        out: dict[str, Score] = defaultdict(Score)
        for article in self.articles:
            for name, score in article.scores.items():
                out[name].add(score)
        for total, prefix in ((ENTITY_TOTAL, "entity."), (EVENT_TOTAL, "event.")):
            out[total] = Score()
            for name, score in list(out.items()):
                if name.startswith(prefix):
                    out[total].add(score)
        return dict(sorted(out.items(), key=lambda item: _report_order(item[0])))


REPORT_GROUPS = (ENTITY_TOTAL, "entity.", "person.", EVENT_TOTAL, "event.", "event-role", "date", "fatalities",
                 "troops", "modality", "membership", "treaty")


def _report_order(name: str) -> tuple[int, str]:
    """Totals first, then their rows, then the facts hanging off events (REPORT_GROUPS order)."""
    group = next((i for i, prefix in enumerate(REPORT_GROUPS) if name == prefix or name.startswith(prefix)),
                 len(REPORT_GROUPS))
    return group, name


def short(iri: str) -> str:
    """'https://w3id.org/conflict-kg/id/state/ARM' -> 'state/ARM' for reports."""
    return iri.removeprefix(ID)


def score_article(gold: GoldArticle, facts: DocumentFacts, treaties: dict[str, TreatyInfo]) -> ArticleResult:
    result = ArticleResult(gold.gold_path)
    alias = _alias_map(gold, facts, treaties)

    def canon(iri: str) -> str:
        return alias.get(iri, iri)

    predicted = {canon(iri): kind for iri, kind in facts.entities.items() if kind in ENTITY_KINDS}
    _score_entities(result, gold, predicted)
    _score_persons(result, gold, facts, canon)
    represents = _represents(gold, facts, canon)
    gold_events = [split for event in _told_as_facts(gold.events) for split in per_member(event)]
    predicted_events = [split for event in _told_as_facts(facts.events)
                        for split in per_member(_canon_event(event, canon))]
    pairs, unmatched = _match_events(gold_events, predicted_events, represents)
    _score_event_facts(result, gold_events, pairs, unmatched, represents)
    result.events = EventMatching(pairs, unmatched, represents)
    result.tally("membership", gold.memberships, {(canon(m), canon(o)) for m, o in facts.memberships},
                 show=lambda pair: f"{short(pair[0])} memberOf {short(pair[1])}")
    _score_treaties(result, gold, set(facts.treaties), treaties, canon)
    return result


def _told_as_facts(events: Iterable[E]) -> list[E]:
    """Events the text asserts or announces as decided. Hypothetical ones
    (proposals, demands, conditionals) stay in the graph marked so, but the
    annotation guide does not count them as events (docs/gold-format.md), so
    neither side of the comparison holds them."""
    return [event for event in events if event.modality != "hypothetical"]


def _alias_map(gold: GoldArticle, facts: DocumentFacts, treaties: dict[str, TreatyInfo]) -> dict[str, str]:
    """Predicted IRI -> gold IRI where the lenient entity rules say they are the same."""
    alias: dict[str, str] = {}
    known = set().union(*gold.entities.values())
    for iri, kind in facts.entities.items():
        if iri in known:
            continue
        if kind == "Person":
            match = next((g for g in gold.persons if _same_person(iri, g)), None)
        elif kind in NAMED_KINDS:
            slugs = {slugify(label) for label in facts.labels.get(iri, ())} | {slugify(iri.rsplit("/", 1)[-1])}
            match = next((g for g, names in gold.names.items() if slugs & names), None)
        else:
            match = None
        if match:
            alias[iri] = match
    alias.update(_treaty_aliases(gold, facts, treaties))
    return alias


def _treaty_aliases(gold: GoldArticle, facts: DocumentFacts, treaties: dict[str, TreatyInfo]) -> dict[str, str]:
    """Graph treaties -> gold treaties with the same parties, one to one and in
    sorted order, so that two gold treaties between the same parties ("the
    2018 accord" and "the 2000 agreement") are matched the same way every run."""
    predicted = sorted({*facts.treaties, *(i for i, k in facts.entities.items() if k == "Treaty")})
    free = {g: gold.treaty_parties.get(g) or _parties(treaties, g)
            for g in sorted(gold.entities["Treaty"]) if g not in predicted}
    alias: dict[str, str] = {}
    for iri in (i for i in predicted if i not in gold.entities["Treaty"]):
        parties = _parties(treaties, iri)
        match = next((g for g, p in free.items() if parties and p == parties), None)
        if match:
            del free[match]
            alias[iri] = match
    return alias


def _parties(treaties: dict[str, TreatyInfo], iri: str) -> frozenset[str]:
    info = treaties.get(iri)
    return info.parties if info else frozenset()


def _same_person(predicted: str, gold: str) -> bool:
    """Same slug; or one name's tokens within the other's with the same surname; or a
    transliteration variant of the whole name ("zelenskyy" ~ "zelensky", ratio >= 0.85)."""
    a, b = predicted.rsplit("/", 1)[-1], gold.rsplit("/", 1)[-1]
    ta, tb = a.split("-"), b.split("-")
    if ta[-1] == tb[-1] and (set(ta) <= set(tb) or set(tb) <= set(ta)):
        return True
    return SequenceMatcher(None, a, b).ratio() >= SPELLING_RATIO


def _score_entities(result: ArticleResult, gold: GoldArticle, predicted: dict[str, str]) -> None:
    """Bucket by the gold kind for hits and misses, by the predicted kind for false positives."""
    gold_kind = {iri: kind for kind, iris in gold.entities.items() for iri in iris}
    for kind in ENTITY_KINDS:
        gold_set = gold.entities[kind]
        hits = {iri for iri in gold_set if iri in predicted}
        extra = {iri for iri, k in predicted.items() if k == kind and iri not in gold_kind}
        result.tally(f"entity.{kind}", gold_set, hits | extra, show=short)


def _score_persons(result: ArticleResult, gold: GoldArticle, facts: DocumentFacts, canon: Callable[[str], str]) -> None:
    gold_links = {(p.iri, p.represents) for p in gold.persons.values() if p.represents}
    predicted_links = {(canon(p), canon(r)) for p, rs in facts.represents.items() for r in rs}
    result.tally("person.represents", gold_links, predicted_links,
                 show=lambda pair: f"{short(pair[0])} represents {short(pair[1])}")
    gold_roles = {p.iri: p.roles for p in gold.persons.values() if p.roles}
    predicted_roles = set()
    for person, roles in facts.roles.items():
        person = canon(person)
        accepted = set(gold_roles.get(person, ())) & roles
        predicted_roles.add((person, gold_roles[person][0] if accepted else sorted(roles)[0]))
    result.tally("person.role", {(p, roles[0]) for p, roles in gold_roles.items()}, predicted_roles,
                 show=lambda pair: f"{short(pair[0])} {pair[1]!r}")


def _represents(gold: GoldArticle, facts: DocumentFacts, canon: Callable[[str], str]) -> dict[str, str]:
    """Person IRI -> the state or organization it stands for (gold first, else the graph)."""
    out = {canon(p): canon(sorted(rs)[0]) for p, rs in facts.represents.items() if rs}
    out.update({p.iri: p.represents for p in gold.persons.values() if p.represents})
    return out


def _canon_event(event: EventRecord, canon: Callable[[str], str]) -> EventRecord:
    roles = {role: {canon(v) for v in values} for role, values in event.roles.items()}
    return replace(event, roles=roles)


def per_member(event: E) -> list[E]:
    """A membership change with several agents ("Mali, Burkina Faso and Niger left ECOWAS")
    is one change per member, whichever way the gold or the graph wrote it."""
    agents = sorted(event.roles.get("agent", ()))
    if len(agents) < 2 or CKG + "MembershipChange" not in ontology().ancestors(CKG + event.kind):
        return [event]
    out = []
    for agent in agents:
        roles = {role: set(values) for role, values in event.roles.items()}
        roles["agent"] = {agent}
        roles["participant"] = roles.get("participant", set()) - (set(agents) - {agent})
        if isinstance(event, GoldEvent):
            out.append(replace(event, label=f"{event.label}/{short(agent)}", roles=roles))
        else:
            out.append(replace(event, iri=f"{event.iri}/{short(agent)}", roles=roles))
    return out


def _expand(values: Iterable[str], represents: dict[str, str]) -> set[str]:
    values = set(values)
    return values | {represents[v] for v in values if v in represents}


def actors(roles: dict[str, Iterable[str]], represents: dict[str, str]) -> set[str]:
    """Every actor in any role (participants included), persons plus whom they represent."""
    return _expand((v for r in ACTOR_ROLES for v in roles.get(r, ())), represents)


def core_participants(roles: dict[str, Iterable[str]], represents: dict[str, str]) -> frozenset[str]:
    """Actors that identify an event: no mediators, persons replaced by whom they represent."""
    everyone = actors(roles, represents)
    mediators = _expand(roles.get("mediator", ()), represents)
    return frozenset(a for a in everyone - mediators if a not in represents)


def _match_events(gold: list[GoldEvent], predicted: list[EventRecord], represents: dict[str, str]):
    """Pair each gold event with an unused predicted event of the same class and core set."""
    free = list(predicted)
    pairs: list[tuple[GoldEvent, EventRecord | None]] = []
    for g in gold:
        core = core_participants(g.roles, represents)
        candidates = [p for p in free if same_kind(g.kind, p.kind) and core_participants(p.roles, represents) == core]
        gold_actors = actors(g.roles, represents)
        # prefer the exact class, then the right date, then the most shared actors (persons tell two calls apart)
        candidates.sort(key=lambda p: (p.kind != g.kind, not date_matches(g.date, p.date),
                                       -len(gold_actors & actors(p.roles, represents))))
        best = candidates[0] if candidates else None
        if best:
            free.remove(best)
        pairs.append((g, best))
    return pairs, free


def same_kind(gold: str, predicted: str) -> bool:
    """Equal classes, or one a subclass of the other (a PhoneCall is Talks; Mediation is Talks)."""
    onto = ontology()
    return gold == predicted or CKG + gold in onto.ancestors(CKG + predicted) or CKG + predicted in onto.ancestors(CKG + gold)


def date_matches(gold: GoldDate | None, predicted: DateFact | None) -> bool:
    if gold is None or predicted is None:
        return False
    width = PRECISIONS[gold.precision]
    if len(predicted.value) < width or (predicted.precision == "decade") != (gold.precision == "decade"):
        return False
    return gold.value <= predicted.value[:width] <= gold.end


def _score_event_facts(result: ArticleResult, gold_events: list[GoldEvent], pairs, unmatched, represents) -> None:
    """Events by class, then the facts hanging off them, keyed by the gold event when matched."""
    found = {id(g): p for g, p in pairs if p is not None}
    kinds = {g.kind for g in gold_events} | {p.kind for p in found.values()} | {p.kind for p in unmatched}
    for kind in sorted(kinds):
        gold_keys = {g.label for g in gold_events if g.kind == kind}
        predicted_keys = {g.label for g in gold_events if g.kind == kind and id(g) in found}
        predicted_keys |= {_event_name(p) for p in unmatched if p.kind == kind}
        result.tally(f"event.{kind}", gold_keys, predicted_keys, show=lambda k, kind=kind: f"{kind} {k}")
    gold_facts: dict[str, set[tuple]] = defaultdict(set)
    predicted_facts: dict[str, set[tuple]] = defaultdict(set)
    for g in gold_events:
        _collect(gold_facts, g.label, g, represents)
        if id(g) in found:
            _collect(predicted_facts, g.label, found[id(g)], represents, gold_date=g.date)
    for p in unmatched:
        _collect(predicted_facts, _event_name(p), p, represents)
    for fact_type in ("event-role", "date", "fatalities", "troops", "modality"):
        result.tally(fact_type, gold_facts[fact_type], predicted_facts[fact_type], show=_show_fact)


def _event_name(event: EventRecord) -> str:
    names = ",".join(sorted(short(a) for a in event.roles.get("participant", ())))
    return f"<{short(event.iri)} {names}>"


def _collect(out: dict[str, set[tuple]], key: str, event: GoldEvent | EventRecord,
             represents: dict[str, str], gold_date: GoldDate | None = None) -> None:
    """Add one event's role, date, quantity and modality facts as comparable tuples.

    A predicted date on a matched event is written like the gold fact when it
    fits the gold date, and with its value (so it differs) when it does not.
    """
    expanded = {role: _expand(event.roles.get(role, ()), represents) for role in ROLES if role != "participant"}
    expanded["participant"] = actors(event.roles, represents)
    for role, values in expanded.items():
        out["event-role"].update((key, role, short(v)) for v in values)
    if isinstance(event, GoldEvent):
        if event.date is not None:
            out["date"].add((key, "date"))
    elif event.date is not None:
        out["date"].add((key, "date") if date_matches(gold_date, event.date) else (key, "date", event.date.value))
    for name in ("fatalities", "troops"):
        quantity = getattr(event, name)
        if quantity is not None:
            out[name].add((key, name, quantity.value, quantity.qualifier))
    if event.modality != "asserted":
        out["modality"].add((key, "modality", event.modality))


def _show_fact(fact: tuple) -> str:
    return " ".join(str(part) for part in fact)


def _score_treaties(result: ArticleResult, gold: GoldArticle, predicted: set[str],
                    treaties: dict[str, TreatyInfo], canon: Callable[[str], str]) -> None:
    """A stated treaty matches on its parties, and on its signing date when the gold gives one."""
    free = set(predicted)
    gold_keys, hits = set(), set()
    for t in gold.treaties:
        key = "+".join(sorted(short(p) for p in t.parties))
        gold_keys.add(key)
        for iri in sorted(free):
            info = treaties.get(iri, TreatyInfo(frozenset(), None))
            same = iri == t.iri or frozenset(canon(p) for p in info.parties) == t.parties
            if same and (t.signed_on is None or date_matches(t.signed_on, info.signed_on)):
                free.discard(iri)
                hits.add(key)
                break
    result.tally("treaty", gold_keys, hits | {f"<{short(i)}>" for i in free})


def evaluate(gold_paths: list[Path], on_skip: Callable[[str], None] | None = None) -> EvalReport:
    """Ingest each gold article into one in-memory store and score what the graph holds.

    An article file that is missing (e.g. the seed outside this checkout) is
    skipped with a one-line note; an article the pipeline cannot ingest too.
    """
    from kg.gold import load_gold_paths

    report = EvalReport([])

    def skip(line: str) -> None:
        report.skipped.append(line)
        if on_skip:
            on_skip(line)

    golds = []
    for gold in load_gold_paths(gold_paths):
        if gold.article_path.is_file():
            golds.append(gold)
        else:
            skip(f"{gold.gold_path}: article {gold.article_path} not found, skipped")
    if not golds:
        return report
    from kg import api, pipeline  # the extraction stages, needed only once there is an article

    store = api.open_store(":memory:")
    api.ensure_reference(store)
    for gold in golds:
        doc = _ingest_article(store, gold, pipeline, skip)
        if doc:
            report.articles.append(score_article(gold, read_document(store, doc), treaty_index(store)))
    return report


def _ingest_article(store, gold: GoldArticle, pipeline, skip: Callable[[str], None]) -> str | None:
    """The IRI of the document built from the gold article (None, with a note, when there is none)."""
    errors: list[str] = []
    before = set(store.graphs())
    pipeline.ingest(store, [gold.article_path], on_error=lambda *args: errors.append(" ".join(map(str, args))))
    new_docs = [g for g in set(store.graphs()) - before if g.startswith(ID + "doc/")]
    doc = new_docs[0] if len(new_docs) == 1 else find_document(store, gold.article_path)
    if doc is None:
        detail = "; ".join(errors) or "no document in the graph"
        skip(f"{gold.gold_path}: article {gold.article_path} was not ingested ({detail}), skipped")
    return doc

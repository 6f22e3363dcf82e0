"""Entity mentions in a document, linked to canonical IRIs.

`find_mentions` runs per non-chrome sentence:

1. gazetteer names, seats of government and demonyms (kg.gazetteer), plus
   state organs ("Kementerian Pertahanan <state>", "<state>'s defence
   ministry") which stand for their state; the longest span wins, blockers
   ("France 24") win and yield no mention, nor does a state name followed by a
   number;
2. how each span is used (words from kg/lang/<code>/entities.toml): a seat
   after a locative preposition or in a dateline is a Place, elsewhere it is
   its State acting ("Moskow mengerahkan ..."); a state name after "etnis" /
   "ethnic" / "pro-" or before "-populated" describes people, not the state;
3. unknown places after place words ("desa X", "the town of X", "the X region");
4. persons by title patterns and as named speakers ("kata X", "X said"),
   see kg.persons; then, per document, bare mentions
   of the same persons ("Putin said") and of unknown places found in step 3
   are linked to the same IRI.

Which mentions may fill an actor role: only those with `acts_as_actor=True`.
False for places (including seats used as places), treaties, descriptive
uses ("etnis Armenia") and a state or organization that only qualifies a
person's title ("Presiden Rusia Vladimir Putin": the person acts and
`represents` Russia).
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache

from kg.gazetteer import (Gazetteer, Match, PhraseSet, Span, Token, default_gazetteer, surface,
                          tokenize)
from kg.lexicon import available_languages, load_lexicon
from kg.model import Document, EntityFact, Mention, Sentence
from kg.namespaces import place_iri
from kg.persons import QUALIFIER_KINDS, name_end, speech_persons, title_lexicon, titled_persons

# Among spans of equal length: blockers, then organs, then names of actors, then
# seats (a capital's name is first read as its state acting, kg.mentions decides
# later whether it is a place), then names of places, then demonyms.
_SOURCE_PRIORITY = {"blocker": 0, "organ": 1, "name": 2, "seat": 3, "place": 4, "demonym": 5}
_NOT_ACTING_KINDS = frozenset({"Place", "Treaty"})
# Kind of a span that names no entity ("France 24", "Russia Today"): it keeps its
# words from other patterns and yields no mention.
BLOCKED = "Blocker"


@dataclass(frozen=True)
class UsageLexicon:
    language: str
    locative: PhraseSet
    non_actor_before: PhraseSet
    non_actor_after: PhraseSet
    organs_before: PhraseSet
    organs_after: PhraseSet
    places_before: PhraseSet
    places_after: PhraseSet
    list_joiners: PhraseSet


@cache
def usage_lexicon(languages: tuple[str, ...]) -> UsageLexicon:
    tables = [load_lexicon(language, "entities") for language in languages]

    def phrases(section: str, key: str) -> PhraseSet:
        return PhraseSet(p for table in tables for p in table.get(section, {}).get(key, []))

    return UsageLexicon(
        languages[0], phrases("locative", "prepositions"), phrases("non_actor", "before"),
        phrases("non_actor", "after"), phrases("organs", "before_state"), phrases("organs", "after_state"),
        phrases("places", "before_name"), phrases("places", "after_name"), phrases("places", "list_joiners"))


def name_languages(language: str) -> tuple[str, ...]:
    """Languages whose entity names are looked for: the document's, and English
    names in other languages' news ("NATO", "CSTO"); all for undetermined text."""
    if language in available_languages():
        return (language,) if language == "en" else (language, "en")
    return tuple(available_languages())


def lexicon_languages(language: str) -> tuple[str, ...]:
    return (language,) if language in available_languages() else tuple(available_languages())


# --- 1. candidate spans -------------------------------------------------------------

def _from_match(match: Match) -> Span:
    entry = match.entry
    return Span(match.first, match.last, entry.kind, entry.entity,
                f"{_RULE_PREFIX[entry.source]}:{entry.language}:{entry.label}", source=entry.source)


_RULE_PREFIX = {"name": "gazetteer", "seat": "seat", "demonym": "demonym", "blocker": "blocker"}


def _title_tokens(tokens: Sequence[Token], languages: tuple[str, ...]) -> set[int]:
    lexicon = title_lexicon(languages)
    covered: set[int] = set()
    for i in range(len(tokens)):
        found = lexicon.title_at(tokens, i)
        if found:
            covered.update(range(i, i + found[0]))
    return covered


def _organ_spans(tokens: Sequence[Token], states: Iterable[Span], usage: UsageLexicon,
                 title_tokens: set[int]) -> list[Span]:
    """"<organ> <state>" and "<state>['s] <organ>" spans; none over words of a title."""
    organs: list[Span] = []
    for state in states:
        n = usage.organs_before.length_before(tokens, state.first)
        if n and not title_tokens & set(range(state.first - n, state.first)):
            phrase = " ".join(t.key for t in tokens[state.first - n:state.first])
            organs.append(replace(state, first=state.first - n, source="organ",
                                  rule=f"organ:{usage.language}:{phrase}"))
        after = state.last + (2 if [t.key for t in tokens[state.last:state.last + 2]] == ["'", "s"] else 0)
        n = usage.organs_after.length_at(tokens, after)
        if n and not title_tokens & set(range(after, after + n)):
            phrase = " ".join(t.key for t in tokens[after:after + n])
            organs.append(replace(state, last=after + n, source="organ",
                                  rule=f"organ:{usage.language}:{phrase}"))
    return organs


def _longest_first(candidates: list[Span], tokens: Sequence[Token]) -> list[Span]:
    def order(span: Span) -> tuple[int, int, int]:
        chars = tokens[span.last - 1].end - tokens[span.first].start
        source = "place" if span.source == "name" and span.kind == "Place" else span.source
        return -chars, span.first, _SOURCE_PRIORITY.get(source, 9)

    chosen: list[Span] = []
    for span in sorted(candidates, key=order):
        if not any(span.overlaps(other) for other in chosen):
            chosen.append(span)
    return sorted(chosen, key=lambda s: s.first)


def _followed_by_number(tokens: Sequence[Token], span: Span) -> bool:
    """"France 24", "Russia 1": a state name that is part of a numbered proper name."""
    return span.kind == "State" and span.last < len(tokens) and tokens[span.last].text.isdigit() \
        and not tokens[span.last].joined


# --- 2. how a span is used ------------------------------------------------------------

def _after_locative(tokens: Sequence[Token], span: Span, usage: UsageLexicon) -> bool:
    first = span.first - 1 if span.first and tokens[span.first - 1].key == "the" else span.first
    return usage.locative.length_before(tokens, first) > 0


def _in_dateline(tokens: Sequence[Token], span: Span) -> bool:
    """"YEREVAN - ...", "MOSCOW (Reuters) -": an upper-case place opening the text."""
    written = "".join(t.text for t in tokens[span.first:span.last] if t.is_word)
    return span.first == 0 and written.isupper() and len(written) > 3 \
        and span.last < len(tokens) and tokens[span.last].text in {"-", "(", ","}


def _descriptive(tokens: Sequence[Token], span: Span, usage: UsageLexicon,
                 organization_words: frozenset[str]) -> bool:
    """"etnis Armenia", "Armenian-populated", "pro-Russian", or the end of an organization's
    name ("Universitas Indonesia", "kantor berita Rusia")."""
    before = span.first - 1 if span.first and tokens[span.first - 1].text == "-" else span.first
    after = span.last + 1 if span.last < len(tokens) and tokens[span.last].text == "-" else span.last
    return usage.non_actor_before.length_before(tokens, before) > 0 \
        or usage.non_actor_after.length_at(tokens, after) > 0 \
        or (span.source != "organ" and span.first > 0 and tokens[span.first - 1].key in organization_words)


def _apply_usage(tokens: Sequence[Token], span: Span, usage: UsageLexicon, gazetteer: Gazetteer,
                 organization_words: frozenset[str]) -> Span:
    if span.source == "seat" and (_after_locative(tokens, span, usage) or _in_dateline(tokens, span)):
        name = surface(tokens[span.first:span.last])
        return replace(span, kind="Place", entity=gazetteer.place_for_seat(name),
                       rule=span.rule.replace("seat:", "seat-place:", 1), acts_as_actor=False)
    if span.kind in _NOT_ACTING_KINDS:
        return replace(span, acts_as_actor=False)
    if span.kind == "State" and _descriptive(tokens, span, usage, organization_words):
        return replace(span, acts_as_actor=False)
    return span


def entity_spans(tokens: Sequence[Token], gazetteer: Gazetteer, languages: tuple[str, ...],
                 lexicons: tuple[str, ...]) -> list[Span]:
    """Gazetteer and organ spans of one sentence, longest first, with their use decided."""
    matches = sorted(gazetteer.matches(tokens, languages), key=lambda m: m.entry.language != languages[0])
    candidates = [_from_match(m) for m in matches]
    states = [c for c in candidates if c.kind == "State" and c.source in {"name", "demonym"}]
    usage = usage_lexicon(lexicons)
    candidates += _organ_spans(tokens, states, usage, _title_tokens(tokens, lexicons))
    chosen = [replace(s, kind=BLOCKED) if _followed_by_number(tokens, s) else s
              for s in _longest_first(candidates, tokens)]
    organization_words = title_lexicon(lexicons).organization_words
    return [_apply_usage(tokens, span, usage, gazetteer, organization_words) for span in chosen]


# --- 3. unknown places ----------------------------------------------------------------

def _place(tokens: Sequence[Token], first: int, last: int, trigger: str) -> Span:
    return Span(first, last, "Place", place_iri(surface(tokens[first:last])), trigger,
                source="place", acts_as_actor=False)


def _covered(tokens: Sequence[Token], spans: Iterable[Span]) -> list[bool]:
    covered = [False] * len(tokens)
    for span in spans:
        covered[span.first:span.last] = [True] * (span.last - span.first)
    return covered


def _place_list(tokens: Sequence[Token], first: int, covered: list[bool], usage: UsageLexicon,
                rule: str) -> list[Span]:
    """Places from `first` on: "X", "X, Y dan Z" (a list continues after joiners)."""
    lexicon = title_lexicon((usage.language,))
    places: list[Span] = []
    end = name_end(tokens, first, covered, lexicon)
    while end > first and not _starts_non_place(tokens, first, lexicon):
        places.append(_place(tokens, first, end, rule))
        covered[first:end] = [True] * (end - first)
        joiner = usage.list_joiners.length_at(tokens, end)
        if not joiner:
            break
        first = end + joiner
        end = name_end(tokens, first, covered, lexicon)
    return places


def _starts_non_place(tokens: Sequence[Token], first: int, lexicon) -> bool:
    """A title or an organization word opens a person's or an organization's name."""
    return lexicon.title_at(tokens, first) is not None or tokens[first].key in lexicon.organization_words


def unknown_places(tokens: Sequence[Token], spans: list[Span], usage: UsageLexicon) -> list[Span]:
    """Capitalised names the gazetteer does not know after a place word ("desa X", "the town of
    X, Y and Z") or a locative preposition ("di X", "in X"), or before a place word ("the X
    region")."""
    covered = _covered(tokens, spans)
    places: list[Span] = []
    for i in range(1, len(tokens)):
        if covered[i]:
            continue
        if usage.places_before.length_before(tokens, i):
            places += _place_list(tokens, i, covered, usage, f"place:{usage.language}")
        elif usage.locative.length_before(tokens, i):
            places += _place_list(tokens, i, covered, usage, f"place-locative:{usage.language}")
    lexicon = title_lexicon((usage.language,))
    for j in range(1, len(tokens)):
        if covered[j - 1] or not usage.places_after.length_at(tokens, j):
            continue
        first = next((f for f in range(max(0, j - 4), j) if not any(covered[f:j])
                      and name_end(tokens, f, covered, lexicon) == j), None)
        if first is not None:
            places.append(_place(tokens, first, j, f"place:{usage.language}"))
            covered[first:j] = [True] * (j - first)
    return places


# --- 4. persons and places across the document ---------------------------------------------------

@dataclass
class _Analysed:
    sentence: Sentence
    tokens: list[Token]
    spans: list[Span]


@dataclass
class _Person:
    iri: str
    keys: tuple[str, ...]
    role: str | None
    represents: str | None


def _person_registry(analysed: list[_Analysed]) -> dict[str, _Person]:
    registry: dict[str, _Person] = {}
    for item in analysed:
        for span in item.spans:
            if span.kind != "Person":
                continue
            keys = tuple(t.key for t in item.tokens[span.first:span.last] if t.is_word)
            known = registry.setdefault(span.entity, _Person(span.entity, keys, span.role, None))
            known.represents = known.represents or span.represents
            known.role = known.role or span.role
            if len(keys) > len(known.keys):
                known.keys = keys
    return registry


def _full_name_for(person: _Person, registry: dict[str, _Person]) -> _Person:
    """A one-word name ("Putin") stands for the document's unique longer name ending with it."""
    if len(person.keys) > 1:
        return person
    longer = [p for p in registry.values() if len(p.keys) > 1 and p.keys[-1] == person.keys[0]]
    return longer[0] if len(longer) == 1 else person


def _nearest_actor_before(spans: list[Span], first: int) -> str | None:
    """The state, organization or armed group named last before `first` ("... Kementerian
    Pertahanan <state> mengatakan Menteri Pertahanan <Name>", "the RSF of General <Name>")."""
    actors = [s for s in spans if s.kind in QUALIFIER_KINDS and s.last <= first]
    return actors[-1].entity if actors else None


def _link_titled(item: _Analysed, registry: dict[str, _Person]) -> None:
    for index, span in enumerate(item.spans):
        if span.kind != "Person":
            continue
        person = _full_name_for(registry[span.entity], registry)
        represents = span.represents or person.represents
        if represents is None and span.source == "title":
            represents = _nearest_actor_before(item.spans, span.first)
        item.spans[index] = replace(span, entity=person.iri, represents=represents,
                                    role=span.role or person.role)


def _alias_patterns(analysed: list[_Analysed], registry: dict[str, _Person]) -> dict[tuple[str, ...], Span]:
    """Names found once in the document that stand for the same entity elsewhere in it:
    a person's full name or unique surname, an unknown place's name."""
    surnames = [p.keys[-1] for p in registry.values() if len(p.keys) > 1]
    patterns: dict[tuple[str, ...], Span] = {}
    for person in registry.values():
        span = Span(0, 0, "Person", person.iri, "person:alias", source="alias",
                    role=person.role, represents=person.represents)
        patterns[person.keys] = span
        if len(person.keys) > 1 and surnames.count(person.keys[-1]) == 1:
            patterns.setdefault(person.keys[-1:], span)
    for item in analysed:
        for span in item.spans:
            if span.source == "place":
                keys = tuple(t.key for t in item.tokens[span.first:span.last])
                patterns.setdefault(keys, replace(span, rule=span.rule + ":alias"))
    return patterns


def _alias_mentions(item: _Analysed, patterns: dict[tuple[str, ...], Span]) -> list[Span]:
    covered = [False] * len(item.tokens)
    for span in item.spans:
        covered[span.first:span.last] = [True] * (span.last - span.first)
    found: list[Span] = []
    for keys, pattern in sorted(patterns.items(), key=lambda kv: -len(kv[0])):
        for i in range(len(item.tokens) - len(keys) + 1):
            window = item.tokens[i:i + len(keys)]
            if any(covered[i:i + len(keys)]) or not window[0].is_capitalized \
                    or tuple(t.key for t in window) != keys:
                continue
            found.append(replace(pattern, first=i, last=i + len(keys)))
            covered[i:i + len(keys)] = [True] * len(keys)
    return found


def _link_across_sentences(analysed: list[_Analysed]) -> None:
    registry = _person_registry(analysed)
    for item in analysed:
        _link_titled(item, registry)
    patterns = _alias_patterns(analysed, _person_registry(analysed))
    for item in analysed:
        item.spans = sorted(item.spans + _alias_mentions(item, patterns), key=lambda s: s.first)


# --- public API -----------------------------------------------------------------------

def _analyse(doc: Document, sentence: Sentence, gazetteer: Gazetteer) -> _Analysed:
    names, lexicons = name_languages(doc.language), lexicon_languages(doc.language)
    usage = usage_lexicon(lexicons)
    tokens = tokenize(doc.text[sentence.start:sentence.end], sentence.start)
    spans = entity_spans(tokens, gazetteer, names, lexicons)
    spans += unknown_places(tokens, spans, usage)
    spans += titled_persons(tokens, sorted(spans, key=lambda s: s.first), lexicons)
    spans += speech_persons(tokens, sorted(spans, key=lambda s: s.first), lexicons)
    return _Analysed(sentence, tokens, sorted(spans, key=lambda s: s.first))


def _mention(doc: Document, item: _Analysed, span: Span) -> Mention:
    start, end = item.tokens[span.first].start, item.tokens[span.last - 1].end
    return Mention(start, end, doc.text[start:end], span.kind, span.entity, item.sentence.index,
                   span.rule, span.acts_as_actor, span.role, span.represents)


def find_mentions(doc: Document, sentences: list[Sentence],
                  gazetteer: Gazetteer | None = None) -> list[Mention]:
    """All entity mentions in the non-chrome sentences, sorted by offset, non-overlapping."""
    gazetteer = gazetteer or default_gazetteer()
    analysed = [_analyse(doc, s, gazetteer) for s in sentences if not s.is_chrome]
    _link_across_sentences(analysed)
    return sorted((_mention(doc, item, span) for item in analysed for span in item.spans
                   if span.kind != BLOCKED), key=lambda m: (m.start, m.end))


def new_entities(mentions: list[Mention], doc: Document,
                 gazetteer: Gazetteer | None = None) -> list[EntityFact]:
    """Persons and places the reference data does not know, one per IRI, with role,
    whom they represent and (for "X, <state>") the state a place lies in."""
    known = (gazetteer or default_gazetteer()).entities()
    facts: dict[str, EntityFact] = {}
    for index, mention in enumerate(mentions):
        if mention.kind not in {"Person", "Place"} or mention.entity in known:
            continue
        fact = EntityFact(mention.entity, mention.kind, mention.text, doc.language, mention.role,
                          mention.represents, _located_in(doc, mentions, index))
        facts[mention.entity] = _merge(facts.get(mention.entity), fact)
    return list(facts.values())


def _merge(old: EntityFact | None, new: EntityFact) -> EntityFact:
    if old is None:
        return new
    return replace(old, label=max(old.label, new.label, key=len), role=old.role or new.role,
                   represents=old.represents or new.represents, located_in=old.located_in or new.located_in)


def _located_in(doc: Document, mentions: list[Mention], index: int) -> str | None:
    """"Vardenis, Armenia": a place directly followed by a comma and a state."""
    if index + 1 >= len(mentions) or mentions[index].kind != "Place":
        return None
    following = mentions[index + 1]
    between = doc.text[mentions[index].end:following.start]
    return following.entity if following.kind == "State" and between.strip() == "," else None

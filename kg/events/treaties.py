"""Treaties the text states, and the treaty an aid request invokes.

Treaties: those signed (one per signing), the known ones named with their
parties, and those the reference does not know that the text names with a
place, a name or a year ("the Algiers agreement", "the 1995 and 2004
agreements with X") or by kind and counterpart ("its defence agreement with
X"). An aid request keeps an invoked treaty only if its parties include the
requester and the addressee (resolve_invoked).
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from kg.events import dating, modality, roles
from kg.events.anaphora import focus_pair
from kg.events.context import (
    ORGANIZATION_KINDS,
    Segment,
    SentenceContext,
    Unit,
    word_count,
)
from kg.events.drafts import Draft
from kg.events.memberships import event_actors, org_after, sentence_evidence
from kg.events.patterns import compile_patterns, find_all
from kg.model import DateValue, EventFact, TreatyFact
from kg.namespaces import CKG, local_key, slugify, treaty_iri
from kg.reference import reference_entities, reference_triples


@cache
def _treaty_parties() -> dict[str, frozenset[str]]:
    return {e.iri: frozenset(e.parties) for e in reference_entities() if e.kind == "Treaty" and e.parties}


def resolve_invoked(event: EventFact, treaty_cue: bool) -> None:
    """Keep an invoked treaty only if its parties include the requester and
    the addressee; "the treaty" without a name is the one treaty between them."""
    if event.kind != "AidRequest":
        return
    sides = event_actors(event, "requester", "addressee")
    parties = _treaty_parties()
    named = [t for t in event.roles.get("invokes", ()) if t not in parties or sides <= parties[t]]
    if not named and treaty_cue and len(sides) >= 2:
        named = [t for t, members in parties.items() if members == sides]
        named = named if len(named) == 1 else []
    if named:
        event.roles["invokes"] = tuple(named)
    else:
        event.roles.pop("invokes", None)


def named_treaties(ctx: SentenceContext) -> list[TreatyFact]:
    """"the 1951 Mutual Defense Treaty between the US and the Philippines": a
    known treaty the sentence names together with at least two of its parties
    (named in the sentence, so the document states them); then the treaties
    it names that the reference does not know, without an IRI yet (see
    stated_treaties and treaty_facts)."""
    parties = _treaty_parties()
    facts: list[TreatyFact] = []
    for span in ctx.treaties:
        named = sorted({u.represents or u.entity for u in ctx.units} & parties.get(span.entity, frozenset()))
        if len(named) >= 2:
            label = ctx.text[span.start:span.end]
            evidence = sentence_evidence(ctx, f"{ctx.language}.treaty.named", 0.7)
            facts.append(TreatyFact(span.entity, label, tuple(named), evidence))
    return facts + _known_by_place(ctx) + stated_treaties(ctx)


def _known_by_place(ctx: SentenceContext) -> list[TreatyFact]:
    """"perjanjian damai di Pretoria pada November 2022", "the peace deal
    signed in Oslo in 1993": a treaty noun followed by the place a known
    treaty is named after and a date that treaty was signed on is that
    treaty, with its parties (a deal signed in Washington in 2025 is no
    Washington Treaty)."""
    facts: list[TreatyFact] = []
    links = compile_patterns(ctx.words.get("treaty.place_links"))
    for noun in find_all(ctx.words.get("treaty.stated_nouns"), ctx.text) if links else []:
        end = max([noun.end(), *(t.end() for t in _name_tokens(ctx, noun, True))])  # "perjanjian damai"
        link = links.match(ctx.text, end + len(ctx.text[end:]) - len(ctx.text[end:].lstrip()))
        place = next((p for p in ctx.places if p.start >= link.end() and not ctx.text[link.end():p.start].strip()),
                     None) if link else None
        when = next((d.value for d in ctx.dates if place and d.start >= place.end), None)
        for treaty in _treaties_named_after(ctx.text[place.start:place.end]) if place and when else ():
            signed = _treaty_dates().get(treaty)
            if signed is not None and dating.compatible(signed, when):
                evidence = sentence_evidence(ctx, f"{ctx.language}.treaty.place", 0.6)
                parties = tuple(sorted(_treaty_parties().get(treaty, ())))
                facts.append(TreatyFact(treaty, ctx.text[noun.start():place.end], parties, evidence, signed_on=signed))
    return facts


@cache
def _treaties_named_after_places() -> dict[str, tuple[str, ...]]:
    """Known treaties by the first word of their names, lower case ("pretoria")."""
    found: dict[str, list[str]] = {}
    for entity in reference_entities():
        if entity.kind == "Treaty":
            for name in {n for names in entity.names.values() for n in names}:
                found.setdefault(name.split()[0].lower(), []).append(entity.iri)
    return {word: tuple(dict.fromkeys(iris)) for word, iris in found.items()}


def _treaties_named_after(place: str) -> tuple[str, ...]:
    return _treaties_named_after_places().get(place.split()[0].lower(), ()) if place.split() else ()


_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
_TOKEN = re.compile(r"[\w'’.-]+")
_NAME_WORDS = 6
_SOUGHT_WINDOW = 5  # "is negotiating a new defence agreement"


def stated_treaties(ctx: SentenceContext) -> list[TreatyFact]:
    """Treaties the reference does not know, named by the sentence with a
    place, a name or a year ("the Algiers agreement", "a 2000 peace deal",
    "the Treaty of Guarantee", "Perjanjian Algiers", "perjanjian tahun 1988
    dan 1998 dengan China"; one treaty per year named). Their parties are the
    actors "between" whom the treaty is or else those the sentence names
    (mediators aside); treaty_facts fills in the pair in focus when the
    sentence names fewer than two."""
    facts: list[TreatyFact] = []
    for noun in find_all(ctx.words.get("treaty.stated_nouns"), ctx.text):
        names = [*ctx.treaties, *ctx.units, *ctx.places]  # "Collective Security Treaty Organization"
        if any(span.start < noun.end() and noun.start() < span.end for span in names):
            continue
        segment = ctx.segment_at(noun.start())
        name = _treaty_name(ctx, noun)
        kind = None if name else _agreement_with(ctx, noun, segment) or _accession_treaty(ctx, noun, segment)
        if (name is None and kind is None) or not _treaty_in_force(ctx, segment, noun.start()) \
                or _still_sought(ctx, noun.start()):
            continue
        label, years = name or (kind[0], [])
        parties = kind[1] if kind else _named_treaty_parties(ctx, segment, noun)
        evidence = sentence_evidence(ctx, f"{ctx.language}.treaty.stated", 0.6)
        facts += [TreatyFact("", label, parties, evidence, signed_on=DateValue(year, "year") if year else None)
                  for year in years or [None]]
    return facts


def _treaty_name(ctx: SentenceContext, noun: re.Match[str]) -> tuple[str, list[str]] | None:
    """The words that name a treaty noun and the years among them, when the
    name holds a year or a capitalised word (not the sentence's first); the
    side of the noun the name stands on is the language's (treaty.name_side)."""
    after = "after" in ctx.words.get("treaty.name_side")
    tokens = _name_tokens(ctx, noun, after)
    first_word = _TOKEN.search(ctx.text)
    years = [t.group() for t in tokens if _YEAR.match(t.group())]
    named = [t for t in tokens if t.group()[:1].isupper() and not (first_word and t.start() == first_word.start())
             and not ctx.title_case]  # in a headline every word is capitalised
    if not years and not named:
        return None
    start = min([noun.start(), *(t.start() for t in tokens)])
    end = max([noun.end(), *(t.end() for t in tokens)])
    return ctx.text[start:end].strip(" ,"), years


def _name_tokens(ctx: SentenceContext, noun: re.Match[str], after: bool) -> list[re.Match[str]]:
    """The run of name words next to the noun: capitalised words, years,
    descriptive words (treaty.name_words: "peace", "damai", "tahun") and
    "and"/"dan" between two years; "of" opens an English name after the
    noun ("Treaty of Guarantee"). A word saying the treaty is not in force
    (treaty.unsigned: "draft", "proposed", "rancangan") ends the search."""
    words = {w.lower() for w in ctx.words.get("treaty.name_words")}
    unsigned = {w.lower() for w in ctx.words.get("treaty.unsigned")}
    articles = {w.lower() for w in ctx.words.get("treaty.articles")}
    joiners = {w.lower() for w in ctx.words.get("roles.conjunctions")}
    if after:
        candidates = list(_TOKEN.finditer(ctx.text, noun.end()))[:_NAME_WORDS]
    else:
        candidates = list(reversed(list(_TOKEN.finditer(ctx.text[:noun.start()]))))[:_NAME_WORDS]
    run: list[re.Match[str]] = [] if after else _linked_name(ctx, noun)
    previous = noun.end() if after else noun.start()
    for i, token in enumerate(candidates):
        text = token.group()
        gap = ctx.text[previous:token.start()] if after else ctx.text[token.end():previous]
        possessive = text.endswith(("'s", "’s", "'", "’"))  # "Iran's agreement" is its consent
        if gap.strip() or text.lower() in unsigned or text.lower() in articles or possessive:
            break
        next_is_year = i + 1 < len(candidates) and _YEAR.match(candidates[i + 1].group())
        if not (text[:1].isupper() or _YEAR.match(text) or text.lower() in words
                or (text.lower() in joiners and next_is_year and run)):
            break
        run.append(token)
        previous = token.end() if after else token.start()
    return run


def _accession_treaty(
    ctx: SentenceContext, noun: re.Match[str], segment: Segment
) -> tuple[str, tuple[str, ...]] | None:
    """"signed the treaty of accession to the EAC", "perjanjian aksesi ke
    EAC": a treaty of accession is between the organization and the clause's
    subject."""
    link = find_all(ctx.words.get("treaty.accession_to"), ctx.text[noun.end():])
    if not link or ctx.text[noun.end():noun.end() + link[0].start()].strip():
        return None
    organization = org_after(ctx, noun.end() + link[0].end(), segment.end)
    if organization is None:
        return None
    signers = [u for u in roles.subject(ctx, segment, noun.start()) if u.kind not in ORGANIZATION_KINDS]
    parties = tuple(dict.fromkeys(u.represents or u.entity for u in [*signers, organization]
                                  if u.kind != "Person" or u.represents))
    return ctx.text[noun.start():organization.end], parties


def _treaty_in_force(ctx: SentenceContext, segment: Segment, noun_start: int) -> bool:
    """The sentence asserts the treaty, or says it was cancelled, which it
    could only be if it existed ("the junta cancelled the 2015 Algiers
    agreement", "membatalkan perjanjian damai 2015"): a verb calling an act
    off negates the act (kg.events.modality) but not the treaty; a negation
    word before the noun does ("no 2015 agreement was ever signed")."""
    polarity = modality.polarity(ctx, segment, noun_start)
    negated = find_all(ctx.words.get("modality.negation"), ctx.text[segment.start:noun_start])
    return polarity == "asserted" or (polarity == "negated" and not negated)


def _still_sought(ctx: SentenceContext, noun_start: int) -> bool:
    """A treaty still negotiated, sought or discussed is none yet ("is
    negotiating a defence agreement with", "membahas perjanjian"): a word of
    treaty.sought among the few words before the noun phrase."""
    before = " ".join(ctx.text[:noun_start].split()[-_SOUGHT_WINDOW:])
    return bool(find_all(ctx.words.get("treaty.sought"), before))


def _agreement_with(ctx: SentenceContext, noun: re.Match[str], segment: Segment) -> tuple[str, tuple[str, ...]] | None:
    """"revoked its military cooperation agreement with the United States",
    "under a bilateral defence agreement with Bangui", "perjanjian kerja sama
    militer dengan AS": a treaty of a named kind, unnamed, with a counterpart
    right after "with"; its parties are the counterpart and the clause's
    subject. The label is the kind and the noun."""
    after = "after" in ctx.words.get("treaty.name_side")
    tokens = _name_tokens(ctx, noun, after)
    if not tokens:
        return None
    start, end = min(noun.start(), tokens[0].start(), tokens[-1].start()), max(noun.end(), tokens[-1].end())
    parties = _with_counterpart(ctx, segment, noun.start(), end)
    return (ctx.text[start:end], parties) if parties else None


def _with_counterpart(ctx: SentenceContext, segment: Segment, noun_start: int, end: int) -> tuple[str, ...]:
    """The parties of a treaty whose phrase ends at `end` and goes on with
    "with"/"dengan" and a counterpart: the clause's subject and the
    counterpart ("Moscow suspended a 2015 memorandum with Washington");
    none without such a counterpart."""
    link = re.match(r"\s+(\S+)\s+", ctx.text[end:])
    counterparts = {w.lower() for w in ctx.words.get("treaty.counterpart")}
    if link is None or link.group(1).lower() not in counterparts:
        return ()
    counterpart = roles.list_from(ctx, end + link.end(), segment.end)
    if not counterpart or word_count(ctx.text[end + link.end():counterpart[0].start]) > 1:
        return ()
    signers = roles.subject(ctx, segment, noun_start)
    return tuple(dict.fromkeys(u.represents or u.entity for u in [*signers, *counterpart]
                               if u.kind != "Person" or u.represents))


def _linked_name(ctx: SentenceContext, noun: re.Match[str]) -> list[re.Match[str]]:
    """The capitalised word after a link word right after the noun: "Guarantee"
    in "the Treaty of Guarantee"."""
    links = {w.lower() for w in ctx.words.get("treaty.name_links")}
    linked = list(_TOKEN.finditer(ctx.text, noun.end()))[:2]
    if len(linked) == 2 and linked[0].group().lower() in links and linked[1].group()[:1].isupper() \
            and not ctx.text[noun.end():linked[0].start()].strip():
        return [linked[1]]
    return []


def _named_treaty_parties(ctx: SentenceContext, segment: Segment, noun: re.Match[str]) -> tuple[str, ...]:
    """A named treaty's parties: the subject and the counterpart after "with"
    when the name goes on with one, else those the sentence states."""
    after = "after" in ctx.words.get("treaty.name_side")
    end = max([noun.end(), *(t.end() for t in _name_tokens(ctx, noun, after))])
    with_counterpart = _with_counterpart(ctx, segment, noun.start(), end)
    return with_counterpart if len(with_counterpart) >= 2 else _stated_parties(ctx, segment)


def _stated_parties(ctx: SentenceContext, segment: Segment) -> tuple[str, ...]:
    """Those "between" whom the treaty is, else the actors the sentence names
    but its mediators ("brokered by X", "under Algerian mediation", "dengan
    mediasi Aljazair": a unit glued to a word of treaty.mediation)."""
    listed = roles.between(ctx, segment, segment.start)
    brokers = set(roles.mediators(ctx, segment))
    actors = listed or [u for u in ctx.units if u not in brokers and not _glued_to_mediation(ctx, u)]
    return tuple(dict.fromkeys(u.represents or u.entity for u in actors if u.kind != "Person" or u.represents))


def _glued_to_mediation(ctx: SentenceContext, unit: Unit) -> bool:
    words = ctx.words.get("treaty.mediation")
    after = find_all(words, ctx.text[unit.end:])
    before = find_all(words, ctx.text[:unit.start])
    return bool(after and not ctx.text[unit.end:unit.end + after[0].start()].strip()
                or before and not ctx.text[before[-1].end():unit.start].strip())


def _new_treaty_iri(parties: list[str], signed: DateValue | None, taken: set[str] = frozenset()) -> str:
    """"{parties}-{year}-treaty"; a second treaty of the same parties and year
    signed on another day ("the first accord", signed in September, and the
    revised one in November) takes the full date instead."""
    keys = "-".join(sorted(local_key(p).lower() for p in parties))
    year = signed.value[:4] if signed else "undated"
    iri = treaty_iri(slugify(f"{keys}-{year}-treaty"))
    if iri in taken and signed is not None and signed.value != year:
        return treaty_iri(slugify(f"{keys}-{signed.value}-treaty"))
    return iri


def treaty_facts(
    events: list[EventFact], drafts: list[Draft], stated: list[TreatyFact] = (), mentioned: tuple[str, ...] = ()
) -> list[TreatyFact]:
    """A TreatyFact for each signing (the signing event points to the treaty),
    then the known treaties named with their parties and not signed here.
    A signing that names no treaty signs the known treaty the text mentions
    elsewhere with exactly its parties ("the treaty between Moscow and
    Pyongyang was signed in June 2024"), else a new one. A treaty is between
    two parties at least: a signing of which the text gave one party only
    states no treaty unless its sentence names the treaty."""
    facts: list[TreatyFact] = []
    for event in events:
        if event.kind != "TreatySigning":
            continue
        parties = sorted(event_actors(event, "participant"))
        named = event.roles.get("treaty", ()) or _mentioned_with_parties(mentioned, parties, event.date)
        if not named and len(parties) < 2 and not _named_in_sentence(event, stated):
            event.roles.pop("establishes", None)
            continue
        if not named and len(parties) < 2:
            parties = _parties_stated_with(event, parties, stated)
        taken = {fact.iri for fact in facts if not dating.compatible(fact.signed_on, event.date)}
        iri = named[0] if named else _new_treaty_iri(parties, event.date, taken)
        event.roles["treaty"] = (iri,)
        label = _treaty_label(iri, drafts, event)
        establishes = event.roles.pop("establishes", ())
        facts.append(TreatyFact(iri, label, tuple(parties), event.evidence[0], signed_on=event.date,
                                establishes=establishes[0] if establishes else None))
    signed = {fact.iri for fact in facts}
    for fact in _invoked_between_parties(events):
        if fact.iri not in signed:
            signed.add(fact.iri)
            facts.append(fact)
    for fact in stated:
        if fact.iri and fact.iri not in signed:
            signed.add(fact.iri)
            facts.append(fact)
    return facts + _unknown_stated(facts, [fact for fact in stated if not fact.iri], drafts)


def _named_in_sentence(event: EventFact, stated: list[TreatyFact]) -> bool:
    """The sentence of the signing names a treaty the reference does not know
    ("the 2015 Algiers peace agreement that Bamako had signed with the
    rebels"): the signing states it even when the text gives one party only."""
    return any(not f.iri and f.evidence.start == event.evidence[0].start for f in stated)


def _parties_stated_with(event: EventFact, parties: list[str], stated: list[TreatyFact]) -> list[str]:
    """The parties of a signing of which the text gave one party, from a
    treaty the same sentence states with it and another ("DR Congo signed
    the treaty of accession to the EAC"): they sign it too."""
    sentence = event.evidence[0].start
    found = next((f for f in stated if not f.iri and f.evidence.start == sentence
                  and set(parties) < set(f.parties)), None)
    if found is None:
        return parties
    event.roles["participant"] = (*event.roles.get("participant", ()),
                                  *(p for p in found.parties if p not in event.roles.get("participant", ())))
    return sorted(found.parties)


def _unknown_stated(known: list[TreatyFact], stated: list[TreatyFact], drafts: list[Draft]) -> list[TreatyFact]:
    """The treaties the text names that the reference does not know, with
    the pair in focus as parties when the sentence names fewer than two
    ("The Algiers agreement that ended the war ..."), once each and only if
    no treaty already found has the same parties and a compatible date."""
    facts: list[TreatyFact] = []
    for fact in stated:
        parties = set(fact.parties)
        if len(parties) < 2:
            pair = set(focus_pair(drafts, fact.evidence.start))
            parties = pair if parties <= pair else parties
        if len(parties) < 2 or any(_same_treaty(f, fact, parties) for f in [*known, *facts]):
            continue
        iri = _new_treaty_iri(sorted(parties), fact.signed_on)
        facts.append(replace(fact, iri=iri, parties=tuple(sorted(parties))))
    return facts


def _invoked_between_parties(events: list[EventFact]) -> list[TreatyFact]:
    """"Armenia asked Russia to apply the treaty": a known treaty invoked by a
    request between exactly its parties is stated with them."""
    known = _treaty_parties()
    facts: list[TreatyFact] = []
    for event in events:
        sides = frozenset(event_actors(event, "requester", "addressee"))
        for treaty in event.roles.get("invokes", ()) if event.kind == "AidRequest" else ():
            if known.get(treaty) == sides:
                label = local_key(treaty).replace("-", " ")
                facts.append(TreatyFact(treaty, label, tuple(sorted(sides)), event.evidence[0]))
    return facts


def _same_treaty(found: TreatyFact, stated: TreatyFact, parties: set[str]) -> bool:
    """A treaty found already: with the same parties and a compatible date,
    or signed in the very sentence that names it ("the 2015 Algiers agreement
    that Bamako had signed with the rebels")."""
    same_sentence = found.evidence.start == stated.evidence.start
    return dating.compatible(found.signed_on, stated.signed_on) and (set(found.parties) == parties or same_sentence)


def _mentioned_with_parties(mentioned: tuple[str, ...], parties: list[str], signed: DateValue | None) -> tuple[str, ...]:
    """A known treaty the text names, with exactly these parties and signed
    when the signing took place (two pacts of one alliance stay apart)."""
    known, dates = _treaty_parties(), _treaty_dates()
    return tuple(t for t in dict.fromkeys(mentioned) if known.get(t) == frozenset(parties)
                 and (t not in dates or dating.compatible(dates[t], signed)))[:1]


@cache
def _treaty_dates() -> dict[str, DateValue]:
    """When known treaties were signed, from the reference graph."""
    signed_on = CKG + "signedOn"
    found: dict[str, DateValue] = {}
    for triple in reference_triples():
        if triple.predicate.value == signed_on:
            value = triple.object.value
            found[triple.subject.value] = DateValue(value, {4: "year", 7: "month"}.get(len(value), "day"))
    return found


def _treaty_label(iri: str, drafts: list[Draft], event: EventFact) -> str:
    for draft in drafts:
        if draft.fact is event or draft.fact.evidence[0] in event.evidence:
            if draft.treaty_label:
                return draft.treaty_label
    return local_key(iri).replace("-", " ")

"""Discourse rules of diplomacy: what a sentence adds to talks told before it.

- Delegates: "The Russian team was led by X, Ukraine's delegation by Y",
  "Delegasi pemerintah dipimpin X", "X and Y attended": the persons who led,
  represented or attended a side take part in the talks in focus (as
  mediators when they stand for the talks' mediator). Leaders named with
  "led by" are no sides of the sentence's own events (kg.events.roles), so
  without this rule negotiators are lost.
- Brokers: a truce reached at talks that a third party mediated or hosted
  ("agreed to a ceasefire after talks mediated by Qatar", "Kesepakatan
  dicapai dalam perundingan yang dimediasi Mesir") has the same mediators,
  unless the truce came before the talks.
- Delegations: talks "with A and B", both of one state ("held talks with
  the Philippine defence secretary and foreign secretary"), are one meeting,
  not one per person.
- Leaders: "ECOWAS rejected the plan. Its leaders ordered ...", "Para
  pemimpinnya ...": a possessive pronoun's leaders act for the organization
  or state named last.
- Trios: "The three juntas signed a mutual defence pact", "Ketiga negara
  itu ...": the sides are the three states named last.
- Travellers: "US Secretary of State X held talks in Seoul", "Menlu Iran
  tiba di Moskow untuk pembicaraan": talks a visiting office holder holds in
  another state's capital are with that state.
- Bodies: "ECOWAS leaders will hold a summit in Accra": a meeting of one
  organization is that organization's alone.
- Calls told on: "X spoke by phone with Y. The two discussed ...", "Kedua
  pemimpin membahas ...": what a pair discussed right after their call is
  that call, no meeting of its own.
- Members listed: "ECOWAS suspended Mali and Guinea": one change of
  membership per member.
- Signings told again: "Under the agreement, signed by X and Y, ..." after
  the signing was told, with no date of its own, is that signing.
- Called off: "a meeting that was due to take place in Cairo was called
  off", "pertemuan yang sedianya digelar ... dibatalkan": no talks.
- Pronoun callers: "X refused at first. He agreed after a phone call with
  Y", "Ia kemudian berbicara melalui telepon dengan Y": the pronoun opening
  the sentence is the person the latest sentence naming one named first.
- Summits of a change: "Sweden joined NATO at a summit in Washington": the
  summit is only where the state joined; no talks.
- Places left: "Russian troops withdrew from Kherson", "jalan keluar dari
  krisis": no organization is left.
- Foes of a dispute: "X visited Ladakh amid the standoff with China": China
  is no side of the visit.
- Membership nouns: "Russia protested against Finland's accession to NATO":
  Finland joins.
- Unnamed foes: "The junta announced a ceasefire with armed groups": the
  junta's own truce.
- Venues: "Togo and Benin held talks in Accra, Ghana", "di ibu kota Ghana":
  the state named only as where talks took place is no side of them, nor
  one the discourse rules borrow for them.
- Pronoun objects: "Y met him", "Y meneleponnya", "pertemuannya dengan Y":
  the person named before is the other side.
- Visits told aside: "X, who visited France last week, proposed ...": no
  talks.
- Speech to no one: "A and B spoke to reporters", "berbicara dengan
  wartawan": a verb of speaking is talks only with the partner it names.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import cache

from kg.events import roles
from kg.events.anaphora import focus_pair, recent_states
from kg.events.context import GROUP_KINDS, ORGANIZATION_KINDS, SentenceContext, Unit, word_count
from kg.events.drafts import ROLE_ORDER, Draft
from kg.events.frames.talks import holding_body
from kg.events.patterns import find_all
from kg.model import DateValue, Evidence
from kg.namespaces import ID
from kg.reference import reference_entities

TALKS_KINDS = frozenset({"Talks", "Mediation"})
ONE_TABLE_KINDS = frozenset({"Talks", "PhoneCall"})  # kinds whose sides sit at one table: two at least
CALLED_OFF_KINDS = ONE_TABLE_KINDS | TALKS_KINDS | {"TreatySigning"}  # acts a text may tell as called off
TRIO_AGENT_FRAMES = frozenset({"agent", "membership_change", "provide"})
FOCUS_SENTENCES = 3  # how far back the talks in focus may have been told
PLANNED_REACH_WORDS = 4  # "had been due to make the first visit": words between a past plan and the talks
CALL_SENTENCES = 1  # the call a pair anaphor tells more of: told in the same sentence or the one right before
UNNAMED_FOES_REACH = 4  # "a temporary ceasefire with", "gencatan senjata sementara dengan": trigger and modifiers
BROKER_SENTENCES = 3  # how far apart a truce and the talks that reached it may be told
DELEGATE_CONFIDENCE = 0.6
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?]|$)")
_PUNCTUATION = re.compile(r"[,;:]")
PERSON_PREFIX = ID + "person/"
SPOKEN_PARTNER_WORDS = 5  # "spoke with his Ukrainian counterpart, X": words of a title before the partner
_WORD = re.compile(r"[\w'’-]+")


def resolve_leaders_anaphora(contexts: list[SentenceContext]) -> None:
    """"Its leaders ordered the activation of a force", "Para pemimpinnya
    memerintahkan ...": the leaders stand for the organization or state
    named last before them, as an actor unit of their own."""
    last: Unit | None = None
    for ctx in contexts:
        for match in find_all(ctx.words.get("discourse.leaders_anaphora"), ctx.text):
            before = [u for u in ctx.units if u.end <= match.start() and _leads(u)]
            actor = before[-1] if before else last
            taken = any(u.start < match.end() and match.start() < u.end for u in ctx.units)
            if actor is not None and not taken:
                ctx.units.append(Unit(match.start(), match.end(), actor.entity, actor.kind))
        ctx.units.sort(key=lambda u: u.start)
        last = next((u for u in reversed(ctx.units) if _leads(u)), last)


def without_venue_states(contexts: list[SentenceContext], drafts: list[Draft]) -> list[Draft]:
    """"Togo and Benin held talks in Accra, Ghana", "Perundingan digelar di
    Accra, Ghana", "wrapped up talks in the Ghanaian capital":
    the state named as where talks or a call took place (kg.events.roles.venue_states)
    hosts them at most, which is no side. A state named after a bare locative
    ("met in Ghana") is left out only when two other sides the text ties
    to a state remain ("met officials in Ghana" keeps Ghana). Talks whose
    only side was their venue name none and are dropped, not left for the
    discourse rules to fill with the pair in focus. A state a person at the
    table represents stays ("met Ghanaian President X in Ghana"). Visits,
    whose places stand for the states visited, keep them."""
    by_sentence = {ctx.sentence.index: ctx for ctx in contexts}
    kept: list[Draft] = []
    for draft in drafts:
        ctx = by_sentence.get(draft.sentence)
        if ctx is None or draft.kind not in ONE_TABLE_KINDS | TALKS_KINDS or draft.rule.places_stand_for_states:
            kept.append(draft)
            continue
        sure, bare = roles.venue_states(ctx)
        named = draft.fact.roles.get("participant", ())
        represented = {draft.represents.get(iri) for iri in named}  # "met Ghanaian President X in Ghana"
        sure, bare = sure - represented, bare - represented
        sides = tuple(iri for iri in named if iri not in sure)
        without_bare = tuple(iri for iri in sides if iri not in bare)
        if _sides_tied_to_states(draft, without_bare) >= 2:
            sides = without_bare
        if sides == named:
            kept.append(draft)
        elif sides or draft.fact.roles.get("mediator"):
            draft.fact.roles["participant"] = sides
            kept.append(draft)
    return kept


def without_borrowed_venues(contexts: list[SentenceContext], drafts: list[Draft]) -> None:
    """"The two warring sides signed a truce in Accra, Ghana, after five days
    of talks", "Dua pihak ... di Accra, Ghana, setelah perundingan": the
    discourse rules fill talks whose sides the sentence leaves to an anaphor
    with the states named near them, the venue's too. A state the talks'
    sentence surely names as a venue (see without_venue_states, which took it
    out of the sides the sentence itself gave) is no side borrowed either;
    the talks keep their other sides (one alone drops them later). Run after
    the discourse rules."""
    by_sentence = {ctx.sentence.index: ctx for ctx in contexts}
    for draft in drafts:
        ctx = by_sentence.get(draft.sentence)
        if ctx is None or draft.kind not in ONE_TABLE_KINDS | TALKS_KINDS or draft.rule.places_stand_for_states:
            continue
        named = draft.fact.roles.get("participant", ())
        sure = roles.venue_states(ctx)[0] - {draft.represents.get(iri) for iri in named}
        if sure & set(named):
            draft.fact.roles["participant"] = tuple(iri for iri in named if iri not in sure)


def _sides_tied_to_states(draft: Draft, iris: tuple[str, ...]) -> int:
    """How many sides `iris` name, persons counted as whom they represent;
    a person the text ties to no state makes the count unknown (0)."""
    sides = {draft.represents.get(iri, iri) for iri in iris}
    return 0 if any(side.startswith(PERSON_PREFIX) for side in sides) else len(sides)


def without_visits_told_aside(contexts: list[SentenceContext], drafts: list[Draft]) -> list[Draft]:
    """"Ghanaian President X, who was visiting Paris at the time, cut short his
    trip", "Menlu Ghana X, yang berkunjung ke Lome pekan lalu, mengusulkan
    ...": a visit told in a relative clause set off by commas (its trigger a
    rule's whose places stand for the states visited) describes the visitor
    for what the main clause tells; it is no meeting the text reports."""
    by_sentence = {ctx.sentence.index: ctx for ctx in contexts}
    return [draft for draft in drafts
            if draft.kind != "Talks" or not draft.rule.places_stand_for_states or draft.sentence not in by_sentence
            or not _told_aside(by_sentence[draft.sentence], draft.position)]


def _told_aside(ctx: SentenceContext, position: int) -> bool:
    """The trigger at `position` (in Document.text) follows ", who" / ", yang"
    (words clauses.relative) with no comma between, whatever clause cues
    ("saat itu", "when") stand inside the relative clause."""
    before = ctx.text[:position - ctx.sentence.start]
    return any(before[:m.start()].rstrip().endswith(",") and "," not in before[m.end():]
               for m in find_all(ctx.words.get("clauses.relative"), before))


def calls_of_a_pronoun_subject(contexts: list[SentenceContext], drafts: list[Draft]) -> None:
    """"Kenyan President X refused at first. He agreed after a phone call with
    Somali President Y", "Ia kemudian berbicara melalui telepon dengan Y": a
    call or talks with one side whose sentence opens with a personal pronoun
    (words roles.person_pronouns), no actor named before the trigger, are
    also held by the first person the latest sentence naming one names (its
    subject, mostly), with the state that person represents. Run before the
    discourse rules drop talks with one side."""
    by_sentence = {ctx.sentence.index: ctx for ctx in contexts}
    for draft in drafts:
        ctx = by_sentence.get(draft.sentence)
        if draft.kind not in ONE_TABLE_KINDS | TALKS_KINDS or ctx is None or len(_sides_of(draft)) != 1 \
                or not _opens_with_pronoun(ctx, draft.position - ctx.sentence.start):
            continue
        person = _person_in_focus(contexts, ctx.sentence.index)
        if person is not None and person.entity not in draft.sides():
            draft.fact.roles["participant"] = (*draft.fact.roles.get("participant", ()), *person.iris)
            if person.represents:
                draft.represents[person.entity] = person.represents


def _opens_with_pronoun(ctx: SentenceContext, offset: int) -> bool:
    """The sentence opens with a personal pronoun and names no actor before `offset`."""
    opening = next(iter(find_all(ctx.words.get("roles.person_pronouns"), ctx.text)), None)
    return opening is not None and not ctx.text[:opening.start()].strip() and not ctx.units_between(0, offset)


def _person_in_focus(contexts: list[SentenceContext], index: int, besides: frozenset[str] = frozenset()) -> Unit | None:
    """The first person of the latest sentence before sentence `index` naming one (`besides` aside)."""
    for ctx in reversed([c for c in contexts if c.sentence.index < index]):
        persons = [u for u in ctx.units if u.kind == "Person" and u.entity not in besides]
        if persons:
            return persons[0]
    return None


def talks_with_a_pronoun_object(contexts: list[SentenceContext], drafts: list[Draft]) -> None:
    """"Ghanaian President X arrived in Lome. Togolese President Y met him at
    the airport", "Y meneleponnya", "bertemu dengannya", "his meeting
    with Y", "pertemuannya dengan Y": talks or a call with one side whose
    trigger takes a personal pronoun as its object or owner (words
    roles.object_pronouns right after it, roles.object_clitics ending its
    word, roles.person_possessives right before it) are also held by the
    person it stands for: the first person named before the trigger in its
    sentence who is no side ("X said Y phoned him"), else the first person
    of the latest sentence naming one. Run before the discourse rules drop
    talks with one side."""
    by_sentence = {ctx.sentence.index: ctx for ctx in contexts}
    for draft in drafts:
        ctx = by_sentence.get(draft.sentence)
        if draft.kind not in ONE_TABLE_KINDS | TALKS_KINDS or ctx is None or len(_sides_of(draft)) != 1:
            continue
        offset = draft.position - ctx.sentence.start
        if not _takes_a_pronoun(ctx, draft, offset):
            continue
        sides = frozenset(draft.sides())
        before = [u for u in ctx.units_between(0, offset) if u.kind == "Person" and u.entity not in sides]
        person = before[0] if before else _person_in_focus(contexts, ctx.sentence.index, sides)
        if person is not None and (person.represents or person.entity) not in _sides_of(draft):
            draft.fact.roles["participant"] = (*draft.fact.roles.get("participant", ()), *person.iris)
            if person.represents:
                draft.represents[person.entity] = person.represents


def _takes_a_pronoun(ctx: SentenceContext, draft: Draft, offset: int) -> bool:
    """The trigger at `offset` has a personal pronoun as its object or owner (see talks_with_a_pronoun_object)."""
    trigger = next((m for m in find_all(draft.rule.triggers, ctx.text) if m.start() == offset), None)
    if trigger is None:
        return False
    word = re.match(r"[\w-]*", ctx.text[offset:]).group(0)
    if trigger.end() - offset >= len(word) and any(word.lower().endswith(c.lower()) and len(word) > len(c)
                                                    for c in ctx.words.get("roles.object_clitics")):
        return True
    after = ctx.text[trigger.end():].split(maxsplit=1)[:1]
    before = ctx.text[:offset].split()[-1:]
    return bool(after) and after[0].strip(",.;:").lower() in _lowered(ctx, "roles.object_pronouns") or (
        bool(before) and before[0].lower() in _lowered(ctx, "roles.person_possessives"))


def _lowered(ctx: SentenceContext, key: str) -> set[str]:
    return {word.lower() for word in ctx.words.get(key)}


def resolve_trios(contexts: list[SentenceContext], drafts: list[Draft]) -> None:
    """"The three juntas signed a pact", "ketiga negara itu keluar dari
    ECOWAS": a trigger whose clause names three states before it acts for
    the three states named last, when it names fewer than three sides."""
    for draft in drafts:
        trio = recent_states(contexts, draft.position, 3) if draft.trio else ()
        if len(trio) == 3 and draft.distinct_actors() < 3:
            role = "agent" if draft.rule.frame in TRIO_AGENT_FRAMES else "participant"
            draft.fact.roles[role] = trio


def _leads(unit: Unit) -> bool:
    """An organization or state: what "its leaders" may lead."""
    return unit.kind in GROUP_KINDS or unit.kind == "State"


def attach_delegates(contexts: list[SentenceContext], drafts: list[Draft]) -> None:
    """Persons a sentence names as leaders, representatives or attendees of
    delegations join the talks in focus."""
    index_of = {ctx.sentence.start: ctx.sentence.index for ctx in contexts}
    for ctx in contexts:
        if not _names_delegates(ctx):
            continue
        talks = _talks_in_focus(drafts, ctx, index_of)
        if talks is None:
            continue
        persons = [u for u in ctx.units if u.kind == "Person" and u.represents]
        if _join(talks, persons):
            rule = f"{ctx.language}.talks.delegates"
            talks.fact.evidence.append(Evidence(ctx.sentence.text, ctx.sentence.start, ctx.sentence.end, rule,
                                                DELEGATE_CONFIDENCE))


def _names_delegates(ctx: SentenceContext) -> bool:
    """A delegation cue ("the team was led by"), or an attendance cue that
    ends its clause ("X and Y attended."): "attended the signing" is no talks."""
    if find_all(ctx.words.get("talks.delegates"), ctx.text):
        return True
    return any(_CLAUSE_END.match(ctx.text, m.end()) for m in find_all(ctx.words.get("talks.attended"), ctx.text))


def _talks_in_focus(drafts: list[Draft], ctx: SentenceContext, index_of: dict[int, int]) -> Draft | None:
    """The talks told last up to this sentence (a draft that absorbed later
    mentions counts from its latest one), a few sentences back at most;
    proposals and conditions are no talks anyone attended."""
    told: list[tuple[int, Draft]] = []
    for draft in drafts:
        if draft.kind not in TALKS_KINDS or draft.fact.modality == "hypothetical":
            continue
        starts = [e.start for e in draft.fact.evidence if e.start <= ctx.sentence.start]
        if starts:
            told.append((max(starts), draft))
    if not told:
        return None
    last, talks = max(told, key=lambda pair: pair[0])
    return talks if ctx.sentence.index - index_of.get(last, talks.sentence) <= FOCUS_SENTENCES else None


def _join(talks: Draft, persons: list[Unit]) -> bool:
    """Add each person whose state or group is a side (or the mediator) of
    the talks; others stand for no one at the table. True if any was added."""
    sides = talks.sides()
    brokers = set(talks.fact.roles.get("mediator", ()))
    added = False
    for person in persons:
        role = "participant" if person.represents in sides else "mediator" if person.represents in brokers else None
        if role is None or person.entity in talks.fact.roles.get(role, ()):
            continue
        talks.fact.roles[role] = (*talks.fact.roles.get(role, ()), person.entity)
        talks.represents[person.entity] = person.represents or person.entity
        added = True
    return added


def inherit_brokers(drafts: list[Draft]) -> None:
    """A truce without a mediator takes the mediators of the talks told near
    it between the same sides, when the talks did not begin after the truce."""
    for truce in drafts:
        if truce.kind != "Ceasefire" or truce.fact.roles.get("mediator") or not truce.sides():
            continue
        talks = [d for d in drafts if _reached_at(truce, d)]
        if talks:
            nearest = min(talks, key=lambda d: abs(d.position - truce.position))
            truce.fact.roles["mediator"] = nearest.fact.roles["mediator"]


def _reached_at(truce: Draft, talks: Draft) -> bool:
    if talks.kind not in TALKS_KINDS or talks.fact.modality != "asserted" or not talks.fact.roles.get("mediator"):
        return False
    if abs(talks.sentence - truce.sentence) > BROKER_SENTENCES:
        return False
    return _sides_of(truce) <= _sides_of(talks) and _not_after(talks.fact.date, truce.fact.date)


def _sides_of(draft: Draft) -> set[str]:
    """The sides, a person counted as whom they represent."""
    return {draft.represents.get(iri, iri) for iri in draft.sides()}


def _not_after(talks: DateValue | None, truce: DateValue | None) -> bool:
    """The talks began no later than the truce ended, compared at the coarser
    precision of the two (ISO dates compare as text); an undated side agrees."""
    if talks is None or truce is None:
        return True
    began, ended = talks.value, truce.end or truce.value
    common = min(len(began), len(ended))
    return began[:common] <= ended[:common]


def without_one_sided_talks(drafts: list[Draft]) -> list[Draft]:
    """Talks and calls need two sides: "the government opened negotiations
    with the rebels, with X and Y as guarantors" names one side and the
    brokers, and "the talks foundered" none; a meeting of one side with its
    brokers is nothing a reader can tell apart, so it is left out. Mediations
    name their mediator as the actor and stay."""
    return [d for d in drafts if d.kind not in ONE_TABLE_KINDS or len(_sides_of(d)) >= 2 or d.unilateral]


def without_summits_of_a_membership_change(drafts: list[Draft]) -> list[Draft]:
    """"Morocco was readmitted to the African Union at a summit in Addis
    Ababa", "Belarus resmi bergabung dengan SCO dalam KTT di Astana": the
    summit is only where a state joined, left or was suspended; the
    organization and that state hold no talks. Talks read from a summit noun
    are left out when a membership change told in the same sentence names
    the organization, and every side of the talks is that organization or a
    state whose membership changed."""
    changed: dict[int, set[str]] = {}
    for draft in drafts:
        if draft.rule.frame == "membership_change" and draft.fact.roles.get("organization"):
            changed.setdefault(draft.sentence, set()).update(draft.sides())
    return [d for d in drafts if not _summit_of_a_change(d, changed.get(d.sentence, set()))]


def _summit_of_a_change(draft: Draft, changed: set[str]) -> bool:
    """Talks read from a summit noun, in a sentence telling a change of
    membership, whose sides all joined, left or hold the membership changed."""
    return draft.kind == "Talks" and draft.rule.frame == "summit" and bool(changed) and _sides_of(draft) <= changed


def mark_body_meetings(contexts: list[SentenceContext], drafts: list[Draft]) -> None:
    """"ECOWAS leaders will hold a summit in Accra", "Para pemimpin ASEAN
    menggelar KTT": a summit an organization holds (its members named with
    it, or it the subject of a verb holding the summit;
    kg.events.frames.talks.holding_body) sits its members at one table, so the
    organization alone is the one side it needs; marked as held by one party
    (Draft.unilateral), the rules asking two sides of talks keep it. A verb
    the summit frame reads ("NATO leaders meet in Vilnius") gives only such
    meetings (kg.events.frames.talks.met_as_a_body)."""
    by_sentence = {ctx.sentence.index: ctx for ctx in contexts}
    for draft in drafts:
        ctx = by_sentence.get(draft.sentence)
        sides = _sides_of(draft)
        if ctx is None or draft.kind != "Talks" or draft.rule.frame != "summit" or len(sides) != 1:
            continue
        if not draft.rule.noun:
            draft.unilateral = True
            continue
        offset = draft.position - ctx.sentence.start
        match = next((m for m in find_all(draft.rule.triggers, ctx.text) if m.start() == offset), None)
        body = holding_body(ctx, match) if match is not None else None
        draft.unilateral = body is not None and sides == {body.entity}


def without_foes_of_a_dispute(contexts: list[SentenceContext], drafts: list[Draft]) -> list[Draft]:
    """"Indian Prime Minister X visited Ladakh amid the border standoff with
    China", "X mengunjungi Natuna di tengah ketegangan dengan China": the
    actors listed right after a dispute or tension "with" (words
    talks.dispute_with) are whom the sides stand against, not whom they meet;
    read as the "with" of the talks, a visit to one's own frontier became
    talks with the foe. So are those after "against" (words talks.against:
    "met and agreed to coordinate patrols against X", "sepakat ... melawan
    X"): the foe of what the talks agreed. Such an actor is taken out of the
    talks, calls and mediations of its sentence unless the sentence names it before the cue
    ("X met Chinese Foreign Minister Y amid tensions with China": Y stands
    for China); a meeting left with one side is then dropped as any other."""
    by_sentence = {ctx.sentence.index: ctx for ctx in contexts}
    kept: list[Draft] = []
    for draft in drafts:
        ctx = by_sentence.get(draft.sentence)
        foes = _foes_of_a_dispute(ctx) if ctx is not None and draft.kind in ONE_TABLE_KINDS | TALKS_KINDS else set()
        if foes & set(draft.fact.roles.get("participant", ())):
            draft.fact.roles["participant"] = tuple(i for i in draft.fact.roles["participant"] if i not in foes)
            if len(_sides_of(draft)) < 2 and draft.kind in ONE_TABLE_KINDS:
                continue
        kept.append(draft)
    return kept


def _foes_of_a_dispute(ctx: SentenceContext) -> set[str]:
    """Entities listed right after a cue of talks.dispute_with and not named
    before the first cue, where the sides of the talks stand (a person
    standing for one names it too); named after it, they are what the
    dispute is about ("amid tensions with China over Chinese fishing boats")."""
    cues = find_all(ctx.words.get("talks.dispute_with") + ctx.words.get("talks.against"), ctx.text)
    listed = [u for cue in cues for u in roles.list_from(ctx, cue.end(), len(ctx.text))]
    if not listed:
        return set()
    first = min(cue.start() for cue in cues)
    named_before = {name for u in ctx.units_between(0, first) for name in (u.entity, u.represents) if name}
    return {u.entity for u in listed} - named_before


def changes_by_their_owner(contexts: list[SentenceContext], drafts: list[Draft]) -> None:
    """"Russia protested against Finland's accession to NATO", "Moskow
    mengecam aksesi Finlandia ke NATO": a change of membership named by a
    noun (words membership.change_nouns) is made by the actor glued to the
    noun (roles.possessor: "Finland's", "aksesi Finlandia"), not by the
    subject of the clause telling it, whom the membership frame took as the
    agent. An organization glued to the noun ("NATO's expansion") is the one
    changed, no agent."""
    by_sentence = {ctx.sentence.index: ctx for ctx in contexts}
    for draft in drafts:
        ctx = by_sentence.get(draft.sentence)
        if ctx is None or draft.rule.frame != "membership_change" or draft.rule.transitive:
            continue
        offset = draft.position - ctx.sentence.start
        noun = next((m for m in find_all(ctx.words.get("membership.change_nouns"), ctx.text) if m.start() == offset), None)
        owner = roles.possessor(ctx, noun.start(), noun.end()) if noun is not None else None
        if owner is not None and owner.kind not in ORGANIZATION_KINDS:
            draft.fact.roles["agent"] = owner.iris
            if owner.represents:
                draft.represents[owner.entity] = owner.represents


def without_withdrawals_from_a_place(contexts: list[SentenceContext], drafts: list[Draft]) -> list[Draft]:
    """"Russian troops withdrew from Kherson in November, a NATO official
    said", "memaksa pasukan Yugoslavia keluar dari provinsi tersebut", "jalan
    keluar dari krisis": a withdrawal trigger followed by a place leaves that
    place, and one after "way" is no leaving at all; the membership frame
    took an organization named elsewhere in the clause (or the discourse
    rules the one in focus) as the one left. Left out: a withdrawal whose
    trigger is followed, an article aside, by a place or a state named or by
    a word of membership.places_left, or follows a word of
    membership.not_leaving_before."""
    by_sentence = {ctx.sentence.index: ctx for ctx in contexts}
    return [d for d in drafts if d.kind != "Withdrawal" or d.rule.frame != "membership_change"
            or d.sentence not in by_sentence or not _leaves_a_place(by_sentence[d.sentence], d)]


def _leaves_a_place(ctx: SentenceContext, draft: Draft) -> bool:
    """The withdrawal's trigger is followed by a place, or follows a word saying it leaves nothing."""
    offset = draft.position - ctx.sentence.start
    match = next((m for m in find_all(draft.rule.triggers, ctx.text) if m.start() == offset), None)
    if match is None:
        return False
    before = ctx.text[:offset].split()[-1:]
    if before and find_all(ctx.words.get("membership.not_leaving_before"), before[0]):
        return True
    rest = ctx.text[match.end():]
    if any(not rest[:m.start()].strip() for m in find_all(ctx.words.get("membership.places_left"), rest)):
        return True
    organizations = [u.start for u in ctx.units if u.start >= match.end() and u.kind in ORGANIZATION_KINDS]
    places = [span.start for span in (*ctx.places, *ctx.states) if span.start >= match.end()]
    first_place = min(places, default=len(ctx.text))
    return first_place < min(organizations, default=len(ctx.text)) and word_count(ctx.text[match.end():first_place]) <= 1


def one_change_per_listed_member(contexts: list[SentenceContext], drafts: list[Draft]) -> list[Draft]:
    """"ECOWAS suspended Mali, Guinea and Burkina Faso", "Uni Afrika menskors
    Mali dan Guinea": an organization changing the membership of the members
    listed after the trigger changes each one's; the membership frame read
    the first only. Members listed before the trigger ("Mali and Guinea were
    suspended") are one change each already."""
    by_sentence = {ctx.sentence.index: ctx for ctx in contexts}
    found: list[Draft] = []
    for draft in drafts:
        found.append(draft)
        ctx = by_sentence.get(draft.sentence)
        agents = draft.fact.roles.get("agent", ())
        if ctx is None or draft.rule.frame != "membership_change" or draft.rule.transitive or len(agents) != 1:
            continue
        offset = draft.position - ctx.sentence.start
        segment = ctx.segment_at(offset)
        first = next((u for u in ctx.units_between(offset, segment.end) if u.entity == agents[0]), None)
        if first is None:
            continue
        listed = [u for u in roles.list_from(ctx, first.start, segment.end) if u.kind not in ORGANIZATION_KINDS]
        ends = [u.start for u in listed[1:]] + [segment.end]
        seen = set(agents)
        for member, end in zip(listed[1:], ends[1:]):
            if member.entity in seen:
                continue
            seen.add(member.entity)
            # "suspended Mali in 2020 and Guinea in 2021": the date right after a member is its own
            own = next((d.value for d in ctx.dates if member.end <= d.start < end), draft.fact.date)
            found.append(replace(draft, fact=replace(draft.fact, roles={**draft.fact.roles, "agent": (member.entity,)},
                                                     evidence=list(draft.fact.evidence), date=own)))
    return found


def join_delegations(drafts: list[Draft]) -> list[Draft]:
    """Talks a rule read pairwise from one sentence whose sides are the same
    states and groups (the persons differ: two ministers of one state) are
    one meeting: the first keeps the roles of all."""
    def meeting(draft: Draft) -> tuple | None:
        if draft.kind not in TALKS_KINDS or not draft.rule.pairwise:
            return None
        return draft.rule.id, draft.sentence, draft.fact.modality, frozenset(_sides_of(draft))
    return _one_per_meeting(drafts, meeting)


def join_listed_partners(contexts: list[SentenceContext], drafts: list[Draft]) -> list[Draft]:
    """"A met B and C at the White House", "delegations of A and B met C
    and D officials", "A bertemu B dan C di Jakarta": partners named in one
    list after one trigger sat at one table, so the talks a pairwise rule read
    per partner are one meeting. A second "with" ("held talks with B in X
    and with C in Y", "dengan B ... dan dengan C") tells separate meetings,
    calls stay one per partner ("called B and C"), and so do visits to the
    states listed ("visited Jordan and Egypt", "berkunjung ke Guatemala dan
    Belize": a trip with a stop in each, read by a rule whose places stand
    for their states)."""
    cues = contexts[0].words.get("roles.with") if contexts else ()

    def meeting(draft: Draft) -> tuple | None:
        if draft.kind != "Talks" or not draft.rule.pairwise or draft.rule.places_stand_for_states \
                or _partners_told_apart(draft, cues):
            return None
        return draft.rule.id, draft.position, draft.fact.modality
    return _one_per_meeting(drafts, meeting)


def _one_per_meeting(drafts: list[Draft], meeting: Callable[[Draft], tuple | None]) -> list[Draft]:
    """Drafts with the same meeting key are one event: the first absorbs the
    others' roles. A draft whose key is None stays as it is."""
    kept: list[Draft] = []
    first: dict[tuple, Draft] = {}
    for draft in drafts:
        key = meeting(draft)
        if key is None:
            kept.append(draft)
        elif key in first:
            _absorb(first[key], draft)
        else:
            first[key] = draft
            kept.append(draft)
    return kept


def _partners_told_apart(draft: Draft, cues: tuple[str, ...]) -> bool:
    """More than one "with"/"dengan" after the trigger: each partner has its own phrase."""
    evidence = draft.fact.evidence[0]
    after = evidence.sentence[max(0, draft.position - evidence.start):]
    return len(find_all(cues, after)) > 1


def without_participle_meetings(contexts: list[SentenceContext], drafts: list[Draft]) -> list[Draft]:
    """"A council of elders, meeting in Gao, asked the Malian parliament to
    ...", "Para tetua, yang bertemu di Gao, meminta ...": a meeting told in a
    phrase set off by a comma and hung on the subject is held by the actors
    the subject names; when it names fewer than two, the meeting has no sides
    the text tells (those after it are whom the main clause addresses), so
    it is no talks."""
    by_sentence = {ctx.sentence.index: ctx for ctx in contexts}
    return [draft for draft in drafts
            if draft.kind not in TALKS_KINDS or draft.sentence not in by_sentence
            or not _subject_meets_alone(by_sentence[draft.sentence], draft.position)]


def without_speech_to_no_partner(contexts: list[SentenceContext], drafts: list[Draft]) -> list[Draft]:
    """"Biden spoke with Putin", "Prabowo berbicara dengan Albanese": a verb
    of speaking (words talks.spoken_to) tells talks with the actor named
    right after it; "A and B spoke to reporters about Russia" or "berbicara
    dengan wartawan" names no partner, and the subjects who speak to the
    press hold no talks with each other."""
    by_sentence = {ctx.sentence.index: ctx for ctx in contexts}
    return [draft for draft in drafts
            if draft.kind not in ONE_TABLE_KINDS or draft.sentence not in by_sentence
            or _names_whom_it_speaks_to(by_sentence[draft.sentence], draft.position)]


def _names_whom_it_speaks_to(ctx: SentenceContext, position: int) -> bool:
    """The trigger at `position` (in Document.text) is no verb of speaking, or
    an actor follows it with at most a title between (capitalized words, or
    words talks.partner_lead: "his counterpart", "para menteri")."""
    offset = position - ctx.sentence.start
    spoken = next((m for m in find_all(ctx.words.get("talks.spoken_to"), ctx.text) if m.start() == offset), None)
    if spoken is None:
        return True
    partner = next(iter(ctx.units_between(spoken.end(), len(ctx.text))), None)
    if partner is None:
        return False
    lead = {word.lower() for word in ctx.words.get("talks.partner_lead")}
    gap = _WORD.findall(ctx.text[spoken.end():partner.start])
    return len(gap) <= SPOKEN_PARTNER_WORDS and all(w[0].isupper() or w.lower() in lead for w in gap)


def without_talks_called_off(contexts: list[SentenceContext], drafts: list[Draft]) -> list[Draft]:
    """"A meeting of the commission that was due to take place in Cairo was
    called off by Moscow", "X had been due to make the first visit to the
    country", "Pertemuan yang sedianya digelar di Kairo dibatalkan", "a
    joint signing ceremony never took place": talks, a call or a signing told
    as called off after their noun in its clause (words
    talks.called_off_after), or as a plan of the past (talks.planned_earlier)
    there or a few words before, did not take place. A verb calling them off
    before the noun ("cancelled a meeting with") is kg.events.modality's."""
    by_sentence = {ctx.sentence.index: ctx for ctx in contexts}
    return [draft for draft in drafts
            if draft.kind not in CALLED_OFF_KINDS or draft.fact.modality != "asserted"
            or draft.sentence not in by_sentence or not _called_off(by_sentence[draft.sentence], draft.position)]


def _called_off(ctx: SentenceContext, position: int) -> bool:
    """The clause of the trigger at `position` (in Document.text) calls it off
    after it, or tells it as planned in the past after it or right before it."""
    offset = position - ctx.sentence.start
    after = _PUNCTUATION.split(ctx.text[offset:], maxsplit=1)[0]
    before = _PUNCTUATION.split(ctx.text[:offset])[-1]
    planned = ctx.words.get("talks.planned_earlier")
    return bool(find_all(ctx.words.get("talks.called_off_after"), after) or find_all(planned, after)) or any(
        word_count(before[m.end():]) <= PLANNED_REACH_WORDS for m in find_all(planned, before))


def _subject_meets_alone(ctx: SentenceContext, position: int) -> bool:
    """The trigger at `position` (in Document.text) opens a phrase after a
    comma (words talks.participle) and the text before it names fewer than
    two actors."""
    offset = position - ctx.sentence.start
    for found in find_all(ctx.words.get("talks.participle"), ctx.text):
        if found.start() <= offset < found.end() and ctx.text[:found.start()].rstrip().endswith(","):
            return len(_actors_before(ctx, found.start())) < 2
    return False


def mark_unilateral_truces(contexts: list[SentenceContext], drafts: list[Draft]) -> None:
    """"Azerbaijan declared a unilateral truce", "Azerbaijan menghentikan
    operasi militer secara sepihak": a truce whose clause calls it unilateral is one
    side's own, so it keeps that side alone (discourse asks two sides of any
    other truce, and the pair in focus completes one told with one side). A
    truce naming no side is the act of the one actor named before its trigger,
    subordinate clauses aside ("Rusia mengumumkan gencatan senjata sepihak").
    So is a halt of attacks one actor tells of its own (_own_halt)."""
    by_sentence = {ctx.sentence.index: ctx for ctx in contexts}
    for draft in drafts:
        ctx = by_sentence.get(draft.sentence)
        if draft.kind != "Ceasefire" or ctx is None:
            continue
        offset = draft.position - ctx.sentence.start
        segment = ctx.segment_at(offset)
        halting = _halting_side(ctx, offset)
        if _own_halt(ctx, draft, halting):
            draft.unilateral = True
            draft.fact.roles["participant"] = tuple(dict.fromkeys(unit.entity for unit in halting))
            continue
        if not find_all(ctx.words.get("talks.unilateral"), ctx.text[segment.start:segment.end]) \
                and not _with_unnamed_foes(ctx, draft, offset):
            continue
        draft.unilateral = True
        subjects = _actors_before(ctx, offset)
        if not draft.sides() and len(subjects) == 1:
            draft.fact.roles["participant"] = tuple(subjects)


def _with_unnamed_foes(ctx: SentenceContext, draft: Draft, offset: int) -> bool:
    """"The junta announced a temporary ceasefire with armed groups", "Junta
    mengumumkan gencatan senjata sementara dengan kelompok-kelompok
    bersenjata": a truce naming one side at most whose other side is told, within
    UNNAMED_FOES_REACH words after its trigger, only as armed groups left
    unnamed (words talks.unnamed_foes) is the announcer's own: no actor of
    the text stands for that other side, and the pair in focus is no guess.
    Read up to the next comma, not the clause: "sementara" (temporary) also
    opens a clause ("while")."""
    if len(_sides_of(draft)) > 1:
        return False
    rest = _PUNCTUATION.split(ctx.text[offset:], maxsplit=1)[0]
    return any(word_count(rest[:m.start()]) <= UNNAMED_FOES_REACH and not ctx.units_between(offset, offset + m.end())
               for m in find_all(ctx.words.get("talks.unnamed_foes"), rest))


def _halting_side(ctx: SentenceContext, offset: int) -> list[Unit]:
    """The actors listed right before a halt's trigger outside subordinate
    clauses, a state after "in"/"di" aside ("Kelompok Houthi di Yaman
    mengumumkan penghentian ...")."""
    before = [unit for unit in ctx.units_between(0, offset) if ctx.segment_at(unit.start).kind != "subordinate"]
    return roles.group_before(before, ctx)


def _own_halt(ctx: SentenceContext, draft: Draft, halting: list[Unit]) -> bool:
    """"Kataib Hezbollah said it was suspending its military operations
    against US forces", "Houthi mengumumkan penghentian sementara serangan ke
    Arab Saudi": a halt of attacks (a truce trigger naming attacks or
    operations, words talks.halted_attacks) that one actor alone tells, with
    no word of a deal in the sentence (words talks.halt_mutual: "agreed",
    "each other", "sepakat"), is that actor's own pause: whom its attacks were
    aimed at halts nothing. Ending a war "with" a foe is no such pause."""
    if draft.rule.noun or draft.rule.refers_to or len({u.represents or u.entity for u in halting}) != 1:
        return False
    offset = draft.position - ctx.sentence.start
    trigger = next((m.group(0) for m in find_all(draft.rule.triggers, ctx.text) if m.start() == offset), "")
    return bool(find_all(ctx.words.get("talks.halted_attacks"), trigger)) and not find_all(
        ctx.words.get("talks.halt_mutual"), ctx.text)


def _actors_before(ctx: SentenceContext, offset: int) -> set[str]:
    """Whom the units before `offset` outside subordinate clauses stand for
    (persons as the state they represent): "announced" opens a complement,
    so the announcer stands in the clause before the truce's."""
    return {unit.represents or unit.entity for unit in ctx.units_between(0, offset)
            if ctx.segment_at(unit.start).kind != "subordinate"}


def complete_one_sided_truces(drafts: list[Draft]) -> None:
    """A truce told with one side only, its brokers aside ("Trump and Anwar
    helped broker the July truce", "gencatan senjata ... masih bertahan,
    walau GNA menuding ..."), is between that side and the other of the pair
    in focus (kg.events.anaphora.focus_pair), when the pair holds it and no
    broker: a truce has two sides, and the fight it stops was told already."""
    for draft in drafts:
        if draft.kind != "Ceasefire" or draft.unilateral:
            continue
        brokers = set(draft.fact.roles.get("mediator", ()))
        named = {draft.represents.get(iri, iri) for iri in draft.sides()} - brokers
        pair = set(focus_pair(drafts, draft.position)) if len(named) == 1 else set()
        if len(pair) == 2 and named < pair and not pair & brokers:
            draft.fact.roles["participant"] = (*draft.fact.roles.get("participant", ()), *sorted(pair - named))


def _absorb(meeting: Draft, other: Draft) -> None:
    for role in ROLE_ORDER:
        values = (*meeting.fact.roles.get(role, ()), *other.fact.roles.get(role, ()))
        if values:
            meeting.fact.roles[role] = tuple(dict.fromkeys(values))
    meeting.represents.update(other.represents)


def talks_in_a_foreign_capital(contexts: list[SentenceContext], drafts: list[Draft]) -> None:
    """"US Secretary of State X will hold talks in Seoul", "Menteri Luar
    Negeri AS X akan melakukan pembicaraan di Seoul": talks told as held
    (words talks.held_abroad; "met" needs its partner named) whose one side
    is a person (a traveller, with the state they represent) and whose place
    is the capital or seat of another state are held with that state. Run
    before the discourse rules drop talks with one side. A state or group
    alone ("the rebels held talks in Doha") may be meeting anyone there."""
    held = contexts[0].words.get("talks.held_abroad") if contexts else ()
    seats = _seats_of_government()
    for draft in drafts:
        if draft.kind != "Talks" or draft.fact.roles.get("mediator") or not _told_as_held(draft, held):
            continue
        sides = _sides_of(draft)
        travellers = [iri for iri in draft.sides() if iri in draft.represents]
        if len(sides) != 1 or not travellers:
            continue
        hosts = [seats[place] for place in draft.fact.roles.get("location", ()) if place in seats]
        if hosts and hosts[0] not in sides:
            draft.fact.roles["participant"] = (*draft.fact.roles.get("participant", ()), hosts[0])


def _told_as_held(draft: Draft, cues: tuple[str, ...]) -> bool:
    """The draft's trigger is one of `cues` ("held talks", "melakukan pembicaraan")."""
    evidence = draft.fact.evidence[0]
    at = evidence.sentence[draft.position - evidence.start:]
    return any(m.start() == 0 for m in find_all(cues, at))


@cache
def _seats_of_government() -> dict[str, str]:
    """Capitals and seats of government of the reference, and the state each stands for."""
    return {e.iri: e.stands_for for e in reference_entities() if e.kind == "Place" and e.stands_for}



def without_calls_told_again(contexts: list[SentenceContext], drafts: list[Draft]) -> list[Draft]:
    """"X spoke by phone with Y on Monday. The two discussed the border",
    "Kedua pemimpin membahas ...": asserted talks told with a verb of
    discussing (words talks.call_content) whose sides a pair anaphor names
    and equal those of a call told just before tell what was said in that
    call; the call takes their evidence. "The two will meet in Geneva" is
    a meeting of its own."""
    cues = contexts[0].words.get("talks.call_content") if contexts else ()
    kept: list[Draft] = []
    for draft in drafts:
        told_again = draft.kind == "Talks" and draft.anaphoric and draft.fact.modality == "asserted" \
            and _told_as_held(draft, cues)
        call = _call_told_before(drafts, draft) if told_again else None
        if call is None:
            kept.append(draft)
        else:
            call.fact.evidence.extend(draft.fact.evidence)
    return kept


def _call_told_before(drafts: list[Draft], talks: Draft) -> Draft | None:
    """The latest call between the talks' sides told before them, in their sentence or the one right before."""
    sides = _sides_of(talks)
    calls = [d for d in drafts if d.kind == "PhoneCall" and d.position < talks.position
             and talks.sentence - d.sentence <= CALL_SENTENCES and _sides_of(d) == sides]
    return max(calls, key=lambda d: d.position, default=None)


def without_signings_told_again(drafts: list[Draft]) -> list[Draft]:
    """"The prime ministers of A and B signed an agreement on Sunday ... Under
    the agreement, signed by A's X and B's Y, ...", "A dan B menandatangani
    MoU di Helsinki ... MoU diteken X atas nama pemerintah dan Y": a signing
    whose sides (persons counted as whom they represent) are those of a
    signing told before, and that has no date of its own (none, or its
    governing clause's), is that signing told again; the first telling takes
    its evidence and persons. A signing dated apart ("signed a new pact on
    Monday" after "the 1997 treaty") stays an event of its own."""
    kept: list[Draft] = []
    for draft in drafts:
        first = _signing_told_before(kept, draft)
        if first is None:
            kept.append(draft)
        else:
            _absorb(first, draft)
            first.fact.evidence.extend(draft.fact.evidence)
    return kept


def _signing_told_before(kept: list[Draft], signing: Draft) -> Draft | None:
    """The latest asserted signing before `signing` with the same sides, when
    `signing` is asserted and dated by no words of its own."""
    if signing.kind != "TreatySigning" or signing.fact.modality != "asserted" or (
            signing.fact.date is not None and not signing.borrowed_date):
        return None
    sides = _sides_of(signing)
    told = [d for d in kept if d.kind == "TreatySigning" and d.fact.modality == "asserted"
            and d.position < signing.position and len(sides) > 1 and _sides_of(d) == sides]
    return max(told, key=lambda d: d.position, default=None)

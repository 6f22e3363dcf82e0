"""Memberships the text states, treaties it says were signed, and the treaty
an aid request invokes.

Memberships: "A and B are members of C", "A, a member of C", "anggota C";
"the Moscow-led CSTO" / "blok yang dipimpin Moskow ... CSTO" (an alliance's
leader is its member); "both countries are members of C" (the two states named
last); "NATO member Turkey", "Turkey, a NATO member"; "the EAC, of which Rwanda
is also a member"; "the Troika, comprising A, B and C"; "co-chaired by";
"the same bloc as"; "Russia's ally in the CSTO"; founders and the parties to
a treaty that establishes an organization. Observers and candidates are no
members.

Treaties: those signed (one per signing), the known ones named with their
parties, and those the reference does not know that the text names with a
place, a name or a year ("the Algiers agreement", "the 1995 and 2004
agreements with X") or by kind and counterpart ("its defence agreement with
X").
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from kg.events import cues, dating, modality, roles
from kg.events.anaphora import focus_pair, recent_states
from kg.events.context import (
    GROUP_KINDS,
    ORGANIZATION_KINDS,
    Segment,
    SentenceContext,
    Unit,
    gap_is_filler,
    word_count,
)
from kg.events.drafts import Draft
from kg.events.patterns import compile_patterns, find_all
from kg.model import DateValue, EventFact, Evidence, MembershipFact, TreatyFact
from kg.namespaces import CKG, ID, local_key, org_iri, slugify, treaty_iri
from kg.reference import reference_entities, reference_triples

_ORG_WINDOW_WORDS = 12
_JOINED_GAP_WORDS = 5  # "and of the regional bloc"
_BODY_NAME_WORDS = 4
_POSSESSIVE_MODIFIERS = re.compile(r"\s*|['’]s(\s+[a-z0-9][\w-]*){0,2}\s+")  # "NATO's newest member"


def _evidence(ctx: SentenceContext, rule: str, confidence: float) -> Evidence:
    s = ctx.sentence
    return Evidence(s.text, s.start, s.end, rule, confidence)


def _org_after(ctx: SentenceContext, position: int, limit: int) -> Unit | None:
    for unit in ctx.units:
        if unit.start >= position and unit.end <= limit and unit.kind in ORGANIZATION_KINDS:
            return unit if _only_modifiers(ctx, ctx.text[position:unit.start]) else None
    return None


def _only_modifiers(ctx: SentenceContext, gap: str) -> bool:
    """Nothing between a member cue and its organization but fillers and words
    that say what kind of member or body it is: "members of both the EU and
    NATO", "belong to the Moscow-led CSTO", "anggota tetap Dewan Keamanan PBB"."""
    modifiers = compile_patterns([*ctx.words.get("membership.org_modifiers"), *ctx.words.get("roles.leader_suffix")])
    gap = modifiers.sub(" ", gap) if modifiers else gap
    return gap_is_filler(gap, ctx.words, 3, title_case=ctx.title_case)


def _orgs_joined(ctx: SentenceContext, first: Unit) -> list[Unit]:
    """The organization after a member cue and those joined to it ("members of
    the AU and of the regional bloc IGAD", "anggota ASEAN dan APEC")."""
    found = [first]
    for unit in ctx.units:
        if unit.start < found[-1].end or unit.kind not in ORGANIZATION_KINDS:
            continue
        gap = ctx.text[found[-1].end:unit.start]
        joined = find_all(ctx.words.get("roles.conjunctions"), gap)
        if "," in gap.strip() or word_count(gap) > _JOINED_GAP_WORDS or not joined or gap[: joined[0].start()].strip():
            break
        found.append(unit)
    return found


def _nearest_org(ctx: SentenceContext, unit: Unit, start: int, end: int) -> Unit | None:
    organizations = [u for u in ctx.units_between(start, end) if u.kind in ORGANIZATION_KINDS]
    near = [o for o in organizations
            if word_count(ctx.text[min(o.end, unit.end):max(o.start, unit.start)]) <= _ORG_WINDOW_WORDS]
    return min(near, key=lambda o: abs(o.start - unit.start), default=None)


def _members_named(ctx: SentenceContext, segment: Segment, cue_start: int, organization: Unit) -> list[str]:
    """Who the member cue speaks of: the actors before it ("A and B, both
    members of C"), those it introduces ("members of C such as A and B",
    "As fellow members of C, A and B ...", "negara anggota NATO Turki")."""
    aside = roles.non_sides(ctx, segment)  # "whose presidency St Vincent holds, and Guyana is a member"
    before = [u.iris[-1] for u in ctx.units_between(segment.start, cue_start)
              if u.kind not in ORGANIZATION_KINDS and u not in aside]
    rest = ctx.text[organization.end:]
    for example in find_all(ctx.words.get("membership.examples"), rest[:30]):
        if not rest[: example.start()].strip(" ,)"):  # "members of C such as A", "anggota C (X), yakni A dan B"
            start = organization.end + example.end()
            return before + [u.iris[-1] for u in roles.list_from(ctx, start, _list_end(ctx, start))]
    if before:
        return before
    named_next = [u for u in ctx.units
                  if u.start >= organization.end and not ctx.text[organization.end:u.start].strip()]
    if named_next and named_next[0].kind not in ORGANIZATION_KINDS:  # "negara anggota NATO Turki"
        return [u.iris[-1] for u in roles.list_from(ctx, named_next[0].start, _list_end(ctx, organization.end))]
    if ctx.text[organization.end:].lstrip().startswith(","):
        return [u.iris[-1] for u in roles.listed_after(ctx, organization.end + ctx.text[organization.end:].index(",") + 1)
                if u.kind not in ORGANIZATION_KINDS]
    return []


def _list_end(ctx: SentenceContext, start: int) -> int:
    """Where a list of members ends: at a comma before a word in lower case
    that neither joins nor opens a name ("A, B dan C, ikut serta, bersama D":
    D is no member; "A, the UAE and B" goes on)."""
    joiners = {w.lower() for key in ("roles.separators", "roles.conjunctions", "treaty.articles")
               for w in ctx.words.get(key)}
    for comma in re.finditer(r",\s*([\w'’-]+)", ctx.text[start:]):
        word = comma.group(1)
        if word[:1].islower() and word.lower() not in joiners:
            return start + comma.start()
    return len(ctx.text)


def _org_in_focus(ctx: SentenceContext, cue_start: int, cue_end: int, last_group: str | None) -> Unit | None:
    """"Myanmar tetap menjadi anggota, tetapi ...": a member cue that ends its
    clause speaks of the organization named last, or of the one a relative
    clause hangs on ("the EAC, of which Rwanda is also a member, ...")."""
    modifiers = compile_patterns(ctx.words.get("membership.org_modifiers"))
    rest = ctx.text[cue_end:].lstrip()
    modifier = modifiers.match(rest) if modifiers else None
    rest = rest[modifier.end():] if modifier else rest
    if not re.match(r"\s*([,.;]|$)", rest):  # "Oman, anggota keenam, tidak ..."
        return None
    relative = _relative_org(ctx, cue_start)
    if relative is not None or last_group is None:
        return relative
    return Unit(cue_end, cue_end, last_group, "Organization")


def _relative_org(ctx: SentenceContext, cue_start: int) -> Unit | None:
    """The organization a relative clause opened right after it by "of which"
    or "di mana" speaks of, when the member cue closes that clause."""
    for opener in find_all(ctx.words.get("membership.of_which"), ctx.text[:cue_start]):
        organization = next((u for u in reversed(ctx.units) if u.end <= opener.start()), None)
        if organization is not None and organization.kind in ORGANIZATION_KINDS \
                and not ctx.text[organization.end:opener.start()].strip(" ,"):
            return organization
    return None


def _stated_members(
    ctx: SentenceContext, focus_pair: tuple[str, ...], last_group: str | None = None, trio: tuple[str, ...] = ()
) -> list[MembershipFact]:
    facts: list[MembershipFact] = []
    for cue in find_all(ctx.words.get("membership.member"), ctx.text):
        segment = ctx.segment_at(cue.start())
        if modality.polarity(ctx, segment, cue.start()) != "asserted" or _not_yet_member(ctx, cue.start()):
            continue
        organization = (_org_after(ctx, cue.end(), len(ctx.text))
                        or _org_in_focus(ctx, cue.start(), cue.end(), last_group))
        if organization is None:
            continue
        organizations = _orgs_joined(ctx, organization)
        members = _members_named(ctx, segment, cue.start(), organizations[-1])
        clause = ctx.text[segment.start:cue.end()]
        if not members and find_all(ctx.words.get("discourse.three_anaphora"), clause):
            members = list(trio)  # "ketiga negara anggota AES itu"
        if not members and cues.anaphoric_pair(ctx, segment, cue.start()):
            members = list(focus_pair)
        rule = f"{ctx.language}.membership.member"
        facts += [MembershipFact(m, o.entity, _evidence(ctx, rule, 0.8))
                  for o in organizations for m in dict.fromkeys(members) if m != o.entity]
    return facts


def _groups_within(ctx: SentenceContext) -> list[MembershipFact]:
    """"The YPG is the main component of the SDF", "YPG adalah komponen utama
    SDF": an armed group said to be part of another armed group is its member."""
    facts: list[MembershipFact] = []
    for cue in find_all(ctx.words.get("membership.member"), ctx.text):
        after = next((u for u in ctx.units if u.start >= cue.end()), None)
        segment = ctx.segment_at(cue.start())
        if after is None or after.kind != "ArmedGroup" or not _only_modifiers(ctx, ctx.text[cue.end():after.start]) \
                or modality.polarity(ctx, segment, cue.start()) != "asserted":
            continue
        rule = f"{ctx.language}.membership.group-within"
        facts += [MembershipFact(u.entity, after.entity, _evidence(ctx, rule, 0.7))
                  for u in _said_of(ctx, cue.start()) if u.kind == "ArmedGroup" and u.entity != after.entity]
    return facts


def _not_yet_member(ctx: SentenceContext, position: int) -> bool:
    """"an observer member of ASEAN", "a candidate member of the EU", "an
    aspiring NATO member", "calon anggota ASEAN": a word of
    membership.not_yet right before the member phrase makes no member."""
    before = " ".join(ctx.text[:position].split()[-2:])
    return any(not before[m.end():].strip() for m in find_all(ctx.words.get("membership.not_yet"), before))


def _org_member_nouns(ctx: SentenceContext) -> list[MembershipFact]:
    """"NATO member Turkey", "EU members Poland and Hungary", "Turkey, a NATO
    member, ...", "Latvia is an EU member state": an organization right
    before a member noun has as members the actors listed right after the
    noun, else those the noun is said of (joined to it by a copula or set
    beside it by a comma); "Russia warned NATO members" makes no member."""
    facts: list[MembershipFact] = []
    for cue in find_all(ctx.words.get("membership.member_nouns"), ctx.text):
        organization = next((u for u in ctx.units if u.kind in ORGANIZATION_KINDS and u.end <= cue.start()
                             and _POSSESSIVE_MODIFIERS.fullmatch(ctx.text[u.end:cue.start()])), None)
        segment = ctx.segment_at(cue.start())
        if organization is None or modality.polarity(ctx, segment, cue.start()) != "asserted" \
                or _not_yet_member(ctx, organization.start):
            continue
        start = _list_opening(ctx, cue.end())
        members = roles.list_from(ctx, start, _list_end(ctx, start)) or _said_of(ctx, organization.start)
        rule = f"{ctx.language}.membership.member-noun"
        facts += [MembershipFact(u.iris[-1], organization.entity, _evidence(ctx, rule, 0.75))
                  for u in members if u.kind not in ORGANIZATION_KINDS]
    return facts + _countries_listed(ctx)


def _countries_listed(ctx: SentenceContext) -> list[MembershipFact]:
    """"negara-negara ASEAN seperti Vietnam dan Filipina", "negara anggota
    NATO, yakni ...": a noun for member states before an organization (the
    Indonesian order) and a list opened after it by an example word or a
    dash; only those listed are members."""
    facts: list[MembershipFact] = []
    for cue in find_all(ctx.words.get("membership.nouns_before_org"), ctx.text):
        organization = next((u for u in ctx.units if u.start >= cue.end()), None)
        if organization is None or organization.kind not in ORGANIZATION_KINDS \
                or ctx.text[cue.end():organization.start].strip() or _not_yet_member(ctx, cue.start()) \
                or modality.polarity(ctx, ctx.segment_at(cue.start()), cue.start()) != "asserted":
            continue
        start = _list_opening(ctx, organization.end)
        if start == organization.end:
            continue
        rule = f"{ctx.language}.membership.countries-listed"
        facts += [MembershipFact(u.iris[-1], organization.entity, _evidence(ctx, rule, 0.75))
                  for u in roles.list_from(ctx, start, _list_end(ctx, start)) if u.kind not in ORGANIZATION_KINDS]
    return facts


def _list_opening(ctx: SentenceContext, position: int) -> int:
    """Where a list of members opened right after `position` by a dash, a
    bracket, a colon or an example word begins ("the G7 nations - the US,
    Japan ...", "ASEAN countries such as Vietnam"); `position` when none opens."""
    opener = re.match(r"\s*[-–—(:]?\s*", ctx.text[position:])
    rest = position + opener.end()
    example = next((m for m in find_all(ctx.words.get("membership.examples"), ctx.text[rest:])
                    if m.start() == 0), None)
    return rest + example.end() if example else rest if opener.group().strip() else position


def _said_of(ctx: SentenceContext, position: int) -> list[Unit]:
    """The actors a description starting at `position` is said of: the list
    right before it when only a copula, an article or a comma stands between
    ("Turkey, a", "A and B are both", "X, whose country is a")."""
    last = next((u for u in reversed(ctx.units) if u.end <= position), None)
    if last is None:
        return []
    copulas = compile_patterns(ctx.words.get("membership.copulas"))
    gap = copulas.sub(" ", ctx.text[last.end:position]) if copulas else ctx.text[last.end:position]
    gap = re.sub(r"\b\d+\b", " ", gap)  # "Hungary, one of the 27 EU member states"
    return _list_ending_at(ctx, last) if not gap.strip(" ,") else []


def _list_ending_at(ctx: SentenceContext, last: Unit) -> list[Unit]:
    """The longest list of actors that ends with `last` ("Poland, Lithuania and Latvia")."""
    for unit in ctx.units:
        if unit.end <= last.end:
            listed = roles.list_from(ctx, unit.start, last.end)
            if listed and listed[-1] == last:
                return listed
    return [last]


def _composition(ctx: SentenceContext, last_group: str | None) -> list[MembershipFact]:
    """"The alliance, made up of A, B and C", "Aliansi tersebut, yang terdiri
    dari A, B dan C": the listed actors are members of the group named just
    before, or of the group the text named last; a name the reader does not
    know right before ("the Troika, comprising ...", "Troika yang terdiri
    dari ...") is the body they make up (kg.organizations.composed_bodies
    names it by its key, architecture.md)."""
    facts: list[MembershipFact] = []
    for cue in find_all(ctx.words.get("membership.composed_of"), ctx.text):
        members = roles.listed_after(ctx, cue.end())
        before = [u for u in ctx.units if u.end <= cue.start() and u.kind in GROUP_KINDS
                  and word_count(ctx.text[u.end:cue.start()]) <= 3]
        group = before[-1].entity if before else _group_named_before(ctx, cue.start(), last_group)
        if group is None:
            continue
        if before and find_all(ctx.words.get("membership.also_includes"), cue.group()):
            members = [*_contributors(ctx, before[-1]), *members]
        rule = f"{ctx.language}.membership.composed"
        facts += [MembershipFact(u.iris[-1], group, _evidence(ctx, rule, 0.75)) for u in members if u.entity != group]
    return facts


def _contributors(ctx: SentenceContext, group: Unit) -> list[Unit]:
    """"Chad contributes troops to the MNJTF, which also includes A and B":
    the group "also" includes the subject of the clause that names it."""
    return [u for u in roles.subject(ctx, ctx.segment_at(group.start), group.start) if u.kind not in GROUP_KINDS]


def _group_named_before(ctx: SentenceContext, cue_start: int, last_group: str | None) -> str | None:
    """The group a composition cue speaks of when no known group stands right
    before it: the body a name the reader does not know names, none after a
    known name or one opening the sentence, else the group named last ("the
    alliance" or "aliansi tersebut" would be known units)."""
    name = _unknown_name_before(ctx, cue_start)
    if name is None:
        return None
    return _body_of(name) if name else last_group


def _unknown_name_before(ctx: SentenceContext, cue_start: int) -> str | None:
    """The capitalised words right before the cue (a relative word and commas
    aside); "" when the word there is in lower case; None when the name is
    one the reader knows ("Nigeria, comprising 36 states") or opens the
    sentence, which kg.organizations.composed_bodies makes no body of."""
    relative = {w.lower() for w in ctx.words.get("clauses.relative")}
    articles = {w.lower() for w in ctx.words.get("treaty.articles")}
    words = [w for w in re.finditer(r"[\w'’()-]+", ctx.text[:cue_start]) if w.group().lower() not in relative]
    name: list[re.Match[str]] = []
    while words and words[-1].group()[:1].isupper() and words[-1].group().lower() not in articles \
            and len(name) < _BODY_NAME_WORDS and not (name and ctx.text[words[-1].end():name[0].start()].strip()):
        name.insert(0, words.pop())
    known = [*ctx.units, *ctx.places, *ctx.states]
    if name and any(span.start < name[-1].end() and name[0].start() < span.end for span in known):
        return None
    if name and not [w for w in words if w.group().lower() not in articles]:
        return None
    return " ".join(w.group() for w in name)


def _body_of(name: str) -> str | None:
    """The IRI an unknown body gets from its name: its name in capitals with
    underscores ("Troika" is org/TROIKA); none for a name with an acronym in
    brackets, which gives the key instead."""
    if "(" in name:
        return None
    return org_iri(re.sub(r"[^A-Z0-9]+", "_", slugify(name).upper()).strip("_"))


def _founders(ctx: SentenceContext, trio: tuple[str, ...] = ()) -> list[MembershipFact]:
    """"A, B and C have formed the AES": founders are members ("the three
    countries have formed ...": the three states named last)."""
    facts: list[MembershipFact] = []
    for cue in find_all(ctx.words.get("membership.founded"), ctx.text):
        segment = ctx.segment_at(cue.start())
        organization = next((u for u in ctx.units if u.start >= cue.end() and u.end <= segment.end
                             and u.kind in ORGANIZATION_KINDS and word_count(ctx.text[cue.end():u.start]) <= 3), None)
        if organization is None or modality.polarity(ctx, segment, cue.start()) != "asserted":
            continue
        founders = [u.iris[-1] for u in roles.subject(ctx, segment, cue.start()) if u.kind not in ORGANIZATION_KINDS]
        if not founders and find_all(ctx.words.get("discourse.three_anaphora"), ctx.text[segment.start:cue.start()]):
            founders = list(trio)
        rule = f"{ctx.language}.membership.founded"
        facts += [MembershipFact(m, organization.entity, _evidence(ctx, rule, 0.75)) for m in founders]
    return facts


def _founded_by(ctx: SentenceContext) -> list[MembershipFact]:
    """"BRICS was founded by A, B and C", "BRICS didirikan oleh A, B dan C",
    "the Minsk Group, co-chaired by A, B and C": the founders or chairs listed
    after the cue are members of the organization right before it."""
    facts: list[MembershipFact] = []
    cues = [*ctx.words.get("membership.founded_by"), *ctx.words.get("membership.chaired_by")]
    for cue in find_all(cues, ctx.text):
        before = [u for u in ctx.units if u.end <= cue.start() and u.kind in ORGANIZATION_KINDS
                  and word_count(ctx.text[u.end:cue.start()]) <= 2]
        segment = ctx.segment_at(cue.start())
        if not before or modality.polarity(ctx, segment, cue.start()) != "asserted":
            continue
        chairs = cue.group().lower() in {w.lower() for w in ctx.words.get("membership.chaired_by")}
        rule = f"{ctx.language}.membership.{'chaired-by' if chairs else 'founded-by'}"
        facts += [MembershipFact(u.iris[-1], before[-1].entity, _evidence(ctx, rule, 0.75))
                  for u in roles.listed_after(ctx, cue.end()) if u.kind not in ORGANIZATION_KINDS]
    return facts


def _same_group(ctx: SentenceContext, last_group: str | None) -> list[MembershipFact]:
    """"X is now a member of the same bloc as A, B and C", "anggota blok yang
    sama dengan A, B dan C": those listed are members of the organization
    named last (in the sentence, else before it)."""
    facts: list[MembershipFact] = []
    for cue in find_all(ctx.words.get("membership.same_group"), ctx.text):
        named = [u.entity for u in ctx.units if u.end <= cue.start() and u.kind in ORGANIZATION_KINDS]
        group = named[-1] if named else last_group
        segment = ctx.segment_at(cue.start())
        if group is None or modality.polarity(ctx, segment, cue.start()) != "asserted":
            continue
        rule = f"{ctx.language}.membership.same-group"
        facts += [MembershipFact(u.iris[-1], group, _evidence(ctx, rule, 0.7))
                  for u in roles.list_from(ctx, cue.end(), _list_end(ctx, cue.end())) if u.entity != group]
    return facts


def _allies_in(ctx: SentenceContext) -> list[MembershipFact]:
    """"Armenia is Russia's ally in the CSTO", "Armenia adalah sekutu Rusia di
    CSTO": the ally named in the cue and the one it is said of are both
    members of the organization after it."""
    facts: list[MembershipFact] = []
    for cue in find_all(ctx.words.get("membership.allies_in"), ctx.text):
        organization = _org_after(ctx, cue.end(), len(ctx.text))
        segment = ctx.segment_at(cue.start())
        if organization is None or modality.polarity(ctx, segment, cue.start()) != "asserted":
            continue
        possessor = [u for u in ctx.units if u.end <= cue.start()  # "Russia's (closest) ally in"
                     and re.fullmatch(r"['’]s(\s+\w+){0,2}\s*", ctx.text[u.end:cue.start()])]
        said_of = _said_of(ctx, possessor[0].start if possessor else cue.start())
        members = [*possessor, *ctx.units_between(cue.start(), cue.end()), *said_of]
        rule = f"{ctx.language}.membership.allies-in"
        facts += [MembershipFact(u.iris[-1], organization.entity, _evidence(ctx, rule, 0.7))
                  for u in members if u.kind not in ORGANIZATION_KINDS]
    return facts


def _led_members(ctx: SentenceContext) -> list[MembershipFact]:
    facts: list[MembershipFact] = []
    for segment in ctx.segments:
        for leader in roles.leaders(ctx, segment):
            organization = _nearest_org(ctx, leader, segment.start, segment.end)
            if organization is not None and leader.kind not in ORGANIZATION_KINDS:
                rule = f"{ctx.language}.membership.led-by"
                facts.append(MembershipFact(leader.iris[-1], organization.entity, _evidence(ctx, rule, 0.7)))
    return facts


def sentence_memberships(
    ctx: SentenceContext, focus_pair: tuple[str, ...] = (), last_group: str | None = None, trio: tuple[str, ...] = ()
) -> list[MembershipFact]:
    return (_stated_members(ctx, focus_pair, last_group, trio) + _org_member_nouns(ctx) + _led_members(ctx)
            + _founders(ctx, trio) + _founded_by(ctx) + _composition(ctx, last_group) + _same_group(ctx, last_group)
            + _allies_in(ctx) + _groups_within(ctx))


def accession_memberships(events: list[EventFact]) -> list[MembershipFact]:
    """"Sweden joined NATO": an accession the text asserts makes a member."""
    return [
        MembershipFact(agent, organization, event.evidence[0])
        for event in events
        if event.kind == "Accession" and event.modality == "asserted"
        for agent in event.roles.get("agent", ())
        if not agent.startswith(ID + "person/")
        for organization in event.roles.get("organization", ())
    ]


def founding_memberships(drafts: list[Draft]) -> list[MembershipFact]:
    """"A, B and C signed the charter creating the AES": the parties to a
    treaty that establishes an organization are its members."""
    return [
        MembershipFact(party, organization, _founding_evidence(draft.fact.evidence[0]))
        for draft in drafts
        if draft.kind == "TreatySigning" and draft.fact.modality == "asserted"
        for organization in draft.fact.roles.get("establishes", ())
        for party in sorted(_actors(draft.fact, "participant"))
        if party != organization
    ]


def _founding_evidence(signing: Evidence) -> Evidence:
    """The signing's sentence, under a membership rule of the signing rule's language."""
    language = signing.rule.split(".", 1)[0]
    return replace(signing, rule=f"{language}.membership.founding-treaty", confidence=0.75)


def document_memberships(contexts: list[SentenceContext], drafts: list[Draft]) -> list[MembershipFact]:
    """The memberships each sentence states, once each; "both countries" are
    the two states named last (else the pair in focus), "the alliance" the
    group named last; the founders of an organization by treaty."""
    facts: list[MembershipFact] = founding_memberships(drafts)
    last_group: str | None = None
    for ctx in contexts:
        pair = recent_states(contexts, ctx.sentence.start) or focus_pair(drafts, ctx.sentence.start)
        trio = recent_states(contexts, ctx.sentence.start + len(ctx.text), 3)
        facts += sentence_memberships(ctx, pair, last_group, trio)
        groups = [u.entity for u in ctx.units if u.kind in GROUP_KINDS]
        last_group = groups[-1] if groups else last_group
    return unique_memberships(facts)


def unique_memberships(facts: list[MembershipFact]) -> list[MembershipFact]:
    """One fact per (member, organization): the first statement's evidence."""
    seen: dict[tuple[str, str], MembershipFact] = {}
    for fact in facts:
        seen.setdefault((fact.member, fact.organization), fact)
    return list(seen.values())


@cache
def _treaty_parties() -> dict[str, frozenset[str]]:
    return {e.iri: frozenset(e.parties) for e in reference_entities() if e.kind == "Treaty" and e.parties}


def _actors(fact: EventFact, *role_names: str) -> set[str]:
    return {i for r in role_names for i in fact.roles.get(r, ()) if not i.startswith(ID + "person/")}


def resolve_invoked(event: EventFact, treaty_cue: bool) -> None:
    """Keep an invoked treaty only if its parties include the requester and
    the addressee; "the treaty" without a name is the one treaty between them."""
    if event.kind != "AidRequest":
        return
    sides = _actors(event, "requester", "addressee")
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
            evidence = _evidence(ctx, f"{ctx.language}.treaty.named", 0.7)
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
                evidence = _evidence(ctx, f"{ctx.language}.treaty.place", 0.6)
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
        evidence = _evidence(ctx, f"{ctx.language}.treaty.stated", 0.6)
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
    organization = _org_after(ctx, noun.end() + link[0].end(), segment.end)
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
        parties = sorted(_actors(event, "participant"))
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
        sides = frozenset(_actors(event, "requester", "addressee"))
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

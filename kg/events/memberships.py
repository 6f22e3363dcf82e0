"""Memberships the text states.

"A and B are members of C", "A, a member of C", "anggota C"; "the
Moscow-led CSTO" / "blok yang dipimpin Moskow ... CSTO" (an alliance's
leader is its member); "both countries are members of C" (the two states
named last); "NATO member Turkey", "Turkey, a NATO member"; "the EAC, of
which Rwanda is also a member"; "the Troika, comprising A, B and C";
"co-chaired by"; "the same bloc as"; "Russia's ally in the CSTO"; founders
and the parties to a treaty that establishes an organization; "Sweden
joined NATO" (an accession the text asserts). Observers and candidates
are no members.
"""
from __future__ import annotations

import re
from dataclasses import replace

from kg.events import cues, modality, roles
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
from kg.model import EventFact, Evidence, MembershipFact
from kg.namespaces import ID, org_iri, slugify

_ORG_WINDOW_WORDS = 12
_JOINED_GAP_WORDS = 5  # "and of the regional bloc"
_BODY_NAME_WORDS = 4
_POSSESSIVE_MODIFIERS = re.compile(r"\s*|['’]s(\s+[a-z0-9][\w-]*){0,2}\s+")  # "NATO's newest member"


def sentence_evidence(ctx: SentenceContext, rule: str, confidence: float) -> Evidence:
    s = ctx.sentence
    return Evidence(s.text, s.start, s.end, rule, confidence)


def org_after(ctx: SentenceContext, position: int, limit: int) -> Unit | None:
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
    # "whose presidency St Vincent holds, and Guyana is a member"; but in "the EAC, of which
    # Tanzania is a member," the relative clause the cue closes is where its members are told
    on_org = _relative_on_org(ctx, cue_start)
    aside = [u for u in roles.non_sides(ctx, segment) if on_org is None or u.start < on_org[1]]
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
    found = _relative_on_org(ctx, cue_start)
    return found[0] if found else None


def _relative_on_org(ctx: SentenceContext, cue_start: int) -> tuple[Unit, int] | None:
    """That organization and where its relative clause opens."""
    for opener in find_all(ctx.words.get("membership.of_which"), ctx.text[:cue_start]):
        organization = next((u for u in reversed(ctx.units) if u.end <= opener.start()), None)
        if organization is not None and organization.kind in ORGANIZATION_KINDS \
                and not ctx.text[organization.end:opener.start()].strip(" ,"):
            return organization, opener.start()
    return None


def _stated_members(
    ctx: SentenceContext, focus_pair: tuple[str, ...], last_group: str | None = None, trio: tuple[str, ...] = ()
) -> list[MembershipFact]:
    facts: list[MembershipFact] = []
    for cue in find_all(ctx.words.get("membership.member"), ctx.text):
        segment = ctx.segment_at(cue.start())
        if modality.polarity(ctx, segment, cue.start()) != "asserted" or _not_yet_member(ctx, cue.start()):
            continue
        organization = (org_after(ctx, cue.end(), len(ctx.text))
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
        facts += [MembershipFact(m, o.entity, sentence_evidence(ctx, rule, 0.8))
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
        facts += [MembershipFact(u.entity, after.entity, sentence_evidence(ctx, rule, 0.7))
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
        members = _listed_right_after(ctx, cue.end(), start) or _said_of(ctx, organization.start)
        rule = f"{ctx.language}.membership.member-noun"
        facts += [MembershipFact(u.iris[-1], organization.entity, sentence_evidence(ctx, rule, 0.75))
                  for u in members if u.kind not in ORGANIZATION_KINDS]
    return facts + _countries_listed(ctx)


def _listed_right_after(ctx: SentenceContext, noun_end: int, start: int) -> list[Unit]:
    """The list of members after a member noun: from where a list opens
    (_list_opening), or right after the noun; a comma with no example word
    after it opens none ("ASEAN countries, Kenya said, ..." names who speaks)."""
    if start == noun_end and ctx.text[noun_end:].lstrip().startswith(","):
        return []
    return roles.list_from(ctx, start, _list_end(ctx, start))


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
        facts += [MembershipFact(u.iris[-1], organization.entity, sentence_evidence(ctx, rule, 0.75))
                  for u in roles.list_from(ctx, start, _list_end(ctx, start)) if u.kind not in ORGANIZATION_KINDS]
    return facts


def _list_opening(ctx: SentenceContext, position: int) -> int:
    """Where a list of members opened right after `position` by a dash, a
    bracket, a colon or an example word begins ("the G7 nations - the US,
    Japan ...", "ASEAN countries such as Vietnam"), or by a comma and an
    example word ("five ASEAN countries, namely Thailand, ...", "lima negara
    ASEAN, yakni Thailand, ..."); `position` when none opens."""
    opener = re.match(r"\s*[-–—(:,]?\s*", ctx.text[position:])
    rest = position + opener.end()
    example = next((m for m in find_all(ctx.words.get("membership.examples"), ctx.text[rest:])
                    if m.start() == 0), None)
    if example:
        return rest + example.end()
    return rest if opener.group().strip(" ,") else position


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
        facts += [MembershipFact(u.iris[-1], group, sentence_evidence(ctx, rule, 0.75)) for u in members if u.entity != group]
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
        facts += [MembershipFact(m, organization.entity, sentence_evidence(ctx, rule, 0.75)) for m in founders]
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
        facts += [MembershipFact(u.iris[-1], before[-1].entity, sentence_evidence(ctx, rule, 0.75))
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
        facts += [MembershipFact(u.iris[-1], group, sentence_evidence(ctx, rule, 0.7))
                  for u in roles.list_from(ctx, cue.end(), _list_end(ctx, cue.end())) if u.entity != group]
    return facts


def _allies_in(ctx: SentenceContext) -> list[MembershipFact]:
    """"Armenia is Russia's ally in the CSTO", "Armenia adalah sekutu Rusia di
    CSTO": the ally named in the cue and the one it is said of are both
    members of the organization after it."""
    facts: list[MembershipFact] = []
    for cue in find_all(ctx.words.get("membership.allies_in"), ctx.text):
        organization = org_after(ctx, cue.end(), len(ctx.text))
        segment = ctx.segment_at(cue.start())
        if organization is None or modality.polarity(ctx, segment, cue.start()) != "asserted":
            continue
        possessor = [u for u in ctx.units if u.end <= cue.start()  # "Russia's (closest) ally in"
                     and re.fullmatch(r"['’]s(\s+\w+){0,2}\s*", ctx.text[u.end:cue.start()])]
        said_of = _said_of(ctx, possessor[0].start if possessor else cue.start())
        members = [*possessor, *ctx.units_between(cue.start(), cue.end()), *said_of]
        rule = f"{ctx.language}.membership.allies-in"
        facts += [MembershipFact(u.iris[-1], organization.entity, sentence_evidence(ctx, rule, 0.7))
                  for u in members if u.kind not in ORGANIZATION_KINDS]
    return facts


def _led_members(ctx: SentenceContext) -> list[MembershipFact]:
    facts: list[MembershipFact] = []
    for segment in ctx.segments:
        for leader in roles.leaders(ctx, segment):
            organization = _nearest_org(ctx, leader, segment.start, segment.end)
            if organization is not None and leader.kind not in ORGANIZATION_KINDS:
                rule = f"{ctx.language}.membership.led-by"
                facts.append(MembershipFact(leader.iris[-1], organization.entity, sentence_evidence(ctx, rule, 0.7)))
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
        for party in sorted(event_actors(draft.fact, "participant"))
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


def event_actors(fact: EventFact, *role_names: str) -> set[str]:
    return {i for r in role_names for i in fact.roles.get(r, ()) if not i.startswith(ID + "person/")}

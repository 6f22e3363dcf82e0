"""The frames of meetings: summits, talks on the sidelines, visits,
receptions and mediation.

"Prabowo attended the ASEAN summit" (the organization takes part), "said
on the sidelines of a meeting of ASEAN defence ministers", "X flew to
Asmara for a summit with Y", "a visit to Cairo by Somali President X",
"Macron received Ruto at the Elysee", "X mediated between A and B".
"""
from __future__ import annotations

import re

from kg.events import cues, modality, roles
from kg.events import sides as more_sides
from kg.events.context import (
    ORGANIZATION_KINDS,
    Segment,
    SentenceContext,
    Unit,
    word_count,
)
from kg.events.frames import OPENING_TALKS, Roles, chained_units
from kg.events.frames.participants import participants
from kg.events.patterns import find_all
from kg.events.rules import EventRule, event_rules

PURPOSE_REACH = 3  # words before a talks noun where "for" / "untuk" may stand ("for a summit")
SIDELINES_REACH = 2  # "on the sidelines of a", "of the annual": words between the cue and the meeting
OPENED_HEAD_STRANGERS = 2  # other words a member head may hold before a list opener: "the four coastal states, namely"
SETTING_KINDS = OPENING_TALKS | {"TreatySigning", "Ceasefire"}  # acts held on the sidelines of a summit


def mediation(ctx: SentenceContext, rule: EventRule, segment: Segment, match: re.Match[str]) -> list[Roles]:
    """The mediator is the subject; the parties follow "between"/"with", or
    are the verb's object, a dispute between them named or not ("menengahi
    Etiopia dan Somalia", "memediasi konflik Etiopia dan Somalia")."""
    mediator = roles.subject(ctx, segment, match.start())
    parties = roles.objects(ctx, segment, match.start()) or _mediated_parties(ctx, segment, match, mediator)
    return [{"mediator": mediator, "participant": parties}]


def _mediated_parties(ctx: SentenceContext, segment: Segment, match: re.Match[str], mediator: list[Unit]) -> list[Unit]:
    """The sides listed right after a verb of mediating, after the words of a
    dispute between them (words talks.mediated_disputes: "konflik",
    "sengketa", "the dispute of"): two sides at least, none the mediator's."""
    rest = ctx.text[match.end():segment.end]
    lead = next((m for m in find_all(ctx.words.get("talks.mediated_disputes"), rest) if not rest[:m.start()].strip()), None)
    start = match.end() + (lead.end() if lead is not None else 0)
    listed = [u for u in roles.list_from(ctx, start, segment.end) if u not in mediator]
    return listed if len({u.represents or u.entity for u in listed}) >= 2 else []


def summit(ctx: SentenceContext, rule: EventRule, segment: Segment, match: re.Match[str]) -> list[Roles]:
    """Talks named by a noun, as the participants frame reads them, and:
    "Prabowo attended the ASEAN summit", "saat menghadiri KTT BRICS": the
    organization whose summit it is takes part with those who attend it (the
    subject of the support verb, or of the main clause when a subordinate
    clause tells the attendance); "X flew to Asmara for a summit with Y",
    "untuk perundingan dengan Y": who travels for the talks takes part.
    A verb read by this frame tells the meeting of one organization only
    (met_as_a_body)."""
    if not rule.noun:
        return met_as_a_body(ctx, rule, segment, match)
    cue = _sidelines_cue(ctx, segment, match)
    if cue is not None and _tells_diplomacy(ctx, ctx.text[segment.start:segment.start + cue.start()]):
        return []  # "A and B held talks / signed a deal on the sidelines of the BRICS summit": the summit is only where
    sidelines = _on_the_sidelines(ctx, segment, match, cue) if cue is not None else {}
    if sidelines:
        return [sidelines]
    segment = _before_an_attended_meeting(ctx, rule, segment, match)
    fills = _without_the_setting(ctx, segment, match, participants(ctx, rule, segment, match))
    fills = _with_listed_members(ctx, segment, match, _with_attendees_of_told_talks(ctx, rule, segment, match, fills))
    fills = [_with_traveller(ctx, segment, match, filled) for filled in fills]
    owner = roles.possessor(ctx, match.start(), match.end())
    if owner is None or owner.kind not in ORGANIZATION_KINDS:
        two_sides = any(_sides(filled) >= 2 for filled in fills)
        body = None if two_sides else _meeting_body(ctx, segment, match, match.start())
        return fills if body is None else [_held_by_the_body(filled, body) for filled in fills or [{}]]
    if modality.polarity(ctx, segment, match.start(), noun=True) == "hypothetical":
        # "Assad dapat menghadiri KTT Liga Arab": who may attend has not attended
        return [filled for filled in fills if _sides(filled) >= 2]
    before = min(owner.start, match.start())  # "attended an ASEAN summit": the subject stands before the owner
    attendees = roles.subject(ctx, segment, before, max_gap_words=rule.max_subject_gap, noun=True)
    if not attendees and segment.kind == "subordinate":
        attendees = roles.main_subject(ctx, segment)
    named = [u for u in attendees if u != owner]
    held = [{**filled, "participant": [*dict.fromkeys([*named, *filled.get("participant", []), owner])]}
            for filled in fills or [{}]]
    body = _meeting_body(ctx, segment, match, before)
    return [filled for filled in held if _sides(filled) >= 2 or (body is not None and body.entity == owner.entity)]


def met_as_a_body(ctx: SentenceContext, rule: EventRule, segment: Segment, match: re.Match[str]) -> list[Roles]:
    """"NATO leaders meet in Vilnius next week", "The NATO-Russia Council is
    due to meet", "ASEAN foreign ministers held an emergency meeting", "Para
    menteri luar negeri ASEAN bersidang": a verb of meeting whose subject is
    one organization, alone or named with its members, and that names no one
    else met is that organization's own meeting; it takes part alone
    (docs/gold-format.md: an event needs one actor). With another side named
    the meeting is talks between them, which the talks rules read."""
    venues, may_be_venues = roles.venue_states(ctx)
    asking = _who_asked_for_it(ctx)
    aside = venues | may_be_venues | {u.entity for u in asking}  # "bersidang di Phnom Penh, Kamboja": where, not whom
    comma = ctx.text.find(",", match.end(), segment.end)  # "tempat para menteri ASEAN bersidang, Menlu China ...":
    clause = Segment(segment.start, comma, segment.kind) if comma >= 0 else segment  # who is met follows the verb
    if any(_sides(_without(filled, aside)) >= 2 for filled in participants(ctx, rule, clause, match)):
        return []
    subject = [u for u in roles.subject(ctx, segment, match.start()) if u not in asking]
    if len(subject) != 1 or subject[0].kind not in ORGANIZATION_KINDS:
        return []
    body = subject[0]
    asking = [u for u in asking if u != body]
    place = roles.locations(ctx, segment, match.start(), match.end(), (body, *asking))
    return [{"participant": [body, *asking], "location": place}]


def _who_asked_for_it(ctx: SentenceContext) -> list[Unit]:
    """"NATO ambassadors met at Turkey's request", "at the request of
    Poland", "Atas permintaan Estonia, duta besar NATO bertemu": the actors
    named in or right after a cue of a request granted (words
    talks.at_request) asked for the meeting and take part in it
    (docs/gold-format.md, frequent cases: requests)."""
    found: list[Unit] = []
    for cue in find_all(ctx.words.get("talks.at_request"), ctx.text):
        inside = ctx.units_between(cue.start(), cue.end())
        found += inside or roles.list_from(ctx, cue.end(), len(ctx.text))
    return list(dict.fromkeys(found))


def _without(filled: Roles, actors: set[str]) -> Roles:
    """The fill without the sides that are among `actors` (entities)."""
    return {**filled, "participant": [u for u in filled.get("participant", []) if u.entity not in actors]}


def _with_attendees_of_told_talks(
    ctx: SentenceContext, rule: EventRule, segment: Segment, match: re.Match[str], fills: list[Roles]
) -> list[Roles]:
    """"Pertemuan itu dihadiri A, B dan C", "The meeting was attended by A, B
    and C": talks told before (a demonstrative after the noun, which the
    participants frame leaves to discourse) still take those who attended
    them (words talks.attended_by) as sides."""
    if rule.kind not in OPENING_TALKS or not cues.demonstrative_after(ctx, match.end()):
        return fills
    attending = roles.cued_lists(ctx, "talks.attended_by", match.start(), segment.end)
    if not attending:
        return fills
    return [{**filled, "participant": [*dict.fromkeys([*filled.get("participant", []), *attending])]}
            for filled in fills or [{}]]


def _with_listed_members(ctx: SentenceContext, segment: Segment, match: re.Match[str], fills: list[Roles]) -> list[Roles]:
    """"a meeting of the foreign ministers of A, B, C and D", "pertemuan
    menteri luar negeri empat negara, yakni A, B, C dan D": the actors the
    noun's complement lists hold the meeting. The complement's head may be
    made only of words naming members (words talks.meeting_members: "the
    foreign ministers of", "para pemimpin", "four countries"), a list opener
    at its end; fills that already name two sides keep them."""
    if any(_sides(filled) >= 2 for filled in fills):
        return fills
    for first in ctx.units_between(match.end(), segment.end):  # "empat negara pendiri blok tersebut, yakni A":
        if not _names_members(ctx, ctx.text[match.end():first.start]):  # the bloc the head names holds no seat
            continue
        listed = roles.list_from(ctx, first.start, segment.end)
        if len({u.represents or u.entity for u in listed}) >= 2:
            return [{**filled, "participant": [*dict.fromkeys([*filled.get("participant", []), *listed])]}
                    for filled in fills or [{}]]
    return fills


def _names_members(ctx: SentenceContext, gap: str) -> bool:
    """`gap` holds only words naming the members of a meeting and a list
    opener at its end (see _with_listed_members); before an opener, which
    marks the list as the head's members, a couple of other words too ("the
    four coastal states, namely")."""
    openers = find_all(ctx.words.get("roles.list_openers"), gap)
    opened = bool(openers) and not gap[openers[-1].end():].strip(" ,:")
    head = gap[:openers[-1].start()] if opened else gap
    members = {word.lower() for word in ctx.words.get("talks.meeting_members")}
    tokens = [t.lower() for t in re.findall(r"[\w'’-]+", head)]
    if not tokens or "," in head.rstrip(" ,") or re.search(r"[;:()]", head):
        return False
    strangers = sum(t not in members for t in tokens)
    return strangers <= (OPENED_HEAD_STRANGERS if opened else 0)


def _before_an_attended_meeting(ctx: SentenceContext, rule: EventRule, segment: Segment, match: re.Match[str]) -> Segment:
    """"A and B held talks in Paris, at a summit hosted by C and attended by
    D", "A dan B menggelar perundingan dalam KTT yang dihadiri D": those
    attending (words talks.attended_by) attend the meeting noun nearest
    before the cue, so the talks named before that noun end where it begins;
    read to the clause's end, the attendees took the place of the talks' own
    sides."""
    rest = ctx.text[match.end():segment.end]
    cue = next(iter(find_all(ctx.words.get("talks.attended_by"), rest)), None)
    other = next(iter(find_all(rule.triggers, rest[:cue.start()])), None) if cue is not None else None
    if other is None:
        return segment
    return Segment(segment.start, match.end() + other.start(), segment.kind)


def holding_body(ctx: SentenceContext, match: re.Match[str]) -> Unit | None:
    """The organization holding the meeting a summit noun names ("ECOWAS
    leaders will hold a summit", "The AU held an emergency summit"), else None:
    an organization merely glued to the noun ("attend the ASEAN summit") holds
    nothing the text tells."""
    segment = ctx.segment_at(match.start())
    owner = roles.possessor(ctx, match.start(), match.end())
    glued = owner is not None and owner.kind in ORGANIZATION_KINDS
    return _meeting_body(ctx, segment, match, min(owner.start, match.start()) if glued else match.start())


def _meeting_body(ctx: SentenceContext, segment: Segment, match: re.Match[str], before: int) -> Unit | None:
    """The organization a meeting naming fewer than two sides is held by: the
    one named with its members near it in the clause ("ECOWAS leaders will
    hold a summit", "a meeting of G7 foreign ministers", "Para pemimpin ECOWAS
    akan menggelar KTT"), or the subject holding it ("The African Union held
    an emergency summit", "Uni Afrika menggelar KTT darurat") before `before`
    (the noun, or the organization glued to it)."""
    subject = roles.subject(ctx, segment, before, noun=True)
    if len(subject) == 1 and subject[0].kind in ORGANIZATION_KINDS \
            and find_all(ctx.words.get("talks.body_holds"), ctx.text[subject[0].end:before]):
        return subject[0]  # not "the OAS, whose summit Panama hosts", "X, which helped to arrange the summit"
    members = ctx.words.get("talks.body_members")
    for unit in ctx.units_between(segment.start, segment.end):
        if unit.kind not in ORGANIZATION_KINDS or word_count(ctx.text[match.end():unit.start]) > SIDELINES_REACH + 1:
            continue
        after = ctx.text[unit.end:segment.end]
        lead = ctx.text[segment.start:unit.start]
        if any(not after[:m.start()].strip() for m in find_all(members, after)) \
                or any(not lead[m.end():].strip() for m in find_all(members, lead)):
            return unit
    return None


def _held_by_the_body(filled: Roles, body: Unit) -> Roles:
    """The body holds its meeting: it takes part, mediating nothing ("Uni
    Afrika menggelar KTT": 'menggelar' also hosts)."""
    others = [u for u in filled.get("participant", []) if u != body]
    return {**filled, "participant": [*others, body], "mediator": [u for u in filled.get("mediator", []) if u != body]}


def _sides(filled: Roles) -> int:
    """How many actors take part or mediate, a person and whom they represent counting once."""
    return len({u.represents or u.entity for role in ("participant", "mediator") for u in filled.get(role, [])})


def _sidelines_cue(ctx: SentenceContext, segment: Segment, match: re.Match[str]) -> re.Match[str] | None:
    """"on the sidelines of a", "di sela" right before a talks noun (offsets in the clause)."""
    before = ctx.text[segment.start:match.start()]
    return next((m for m in find_all(ctx.words.get("talks.sidelines"), before)
                 if word_count(before[m.end():]) <= SIDELINES_REACH), None)


def _on_the_sidelines(ctx: SentenceContext, segment: Segment, match: re.Match[str], cue: re.Match[str]) -> Roles:
    """"X said on the sidelines of a meeting of ASEAN defence ministers",
    "X menyampaikan ... di sela pertemuan para menteri pertahanan ASEAN": the
    subject attends the meeting of the organization named in its phrase."""
    organization = next((u for u in ctx.units_between(match.end(), segment.end) if u.kind in ORGANIZATION_KINDS
                         and word_count(ctx.text[match.end():u.start]) <= SIDELINES_REACH + 2), None)
    attendees = roles.subject(ctx, segment, segment.start + cue.start())
    if organization is None or not attendees:
        return {}
    place = roles.locations(ctx, segment, match.start(), organization.end, (*attendees, organization))
    return {"participant": [*attendees, organization], "location": place}


def _without_the_setting(ctx: SentenceContext, segment: Segment, match: re.Match[str], fills: list[Roles]) -> list[Roles]:
    """"held talks on the sidelines of the BRICS summit": the organization
    whose meeting is the setting takes no part in the talks."""
    rest = ctx.text[match.end():segment.end]
    cue = next((m for m in find_all(ctx.words.get("talks.sidelines"), rest) if word_count(rest[: m.start()]) <= 1), None)
    if cue is None:
        return fills
    start = match.end() + cue.end()
    setting = {u for u in ctx.units_between(start, segment.end) if u.kind in ORGANIZATION_KINDS
               and word_count(ctx.text[start:u.start]) <= SIDELINES_REACH}
    return [{**filled, "participant": [u for u in filled.get("participant", []) if u not in setting]} for filled in fills]


def _tells_diplomacy(ctx: SentenceContext, text: str) -> bool:
    """Talks, a call, a signing or a truce is told in `text`: an act a summit may be the setting of."""
    return any(find_all(rule.triggers, text) for rule in event_rules(ctx.language) if rule.kind in SETTING_KINDS)


def _with_traveller(ctx: SentenceContext, segment: Segment, match: re.Match[str], filled: Roles) -> Roles:
    """"X travelled to Asmara for a summit with Y": talks after a purpose cue
    that name only their other side take the clause's subject as a side."""
    listed = filled.get("participant", [])
    lead = ctx.text[segment.start:match.start()].split()[-PURPOSE_REACH:]
    if len(listed) != 1 or not find_all(ctx.words.get("talks.purpose"), " ".join(lead)):
        return filled
    subject = [u for u in roles.subject(ctx, segment, match.start()) if u not in listed]
    return {**filled, "participant": [*subject, *listed]} if subject else filled


def visit(ctx: SentenceContext, rule: EventRule, segment: Segment, match: re.Match[str]) -> list[Roles]:
    """A visit named by a noun, with its visitor after it: "a visit to Cairo
    by Somali President X", "kunjungan mendadak Menteri Luar Negeri AS X ke
    Kiev": the visitor (after "by", or right after the noun) meets the state
    of the place visited (after "to", "ke"). A visitor told between the noun
    and "to" is the first actor there, however long their title ("kunjungan
    mendadak Menteri Luar Negeri Amerika Serikat X ke Kiev")."""
    rest = ctx.text[match.start():segment.end]
    to = next(iter(find_all(ctx.words.get("talks.visit_to"), rest)), None)
    if to is None:
        return []
    to_start, to_end = match.start() + to.start(), match.start() + to.end()
    if to_start > match.end():
        visitor = ctx.units_between(match.end(), to_start)[:1]
    else:
        visitor = chained_units(ctx, match.end(), segment.end)[:1]
    if not visitor:
        return []
    host = more_sides.host_states(ctx, segment, to_end)
    visiting = {u.represents or u.entity for u in visitor}
    if not host or host[0] in visiting:
        return []
    place = roles.locations(ctx, segment, match.start(), segment.end, tuple(visitor))
    return [{"participant": [*visitor, *host], "location": place}]


def received(ctx: SentenceContext, rule: EventRule, segment: Segment, match: re.Match[str]) -> list[Roles]:
    """"Macron received Ruto at the Elysee", "Prabowo menerima kunjungan PM
    Albanese": the host and the guest named right after the verb meet; what
    else is welcomed ("welcomed the deal between A and B") names no guest."""
    host = roles.subject(ctx, segment, match.start())
    guests = [u for u in roles.list_from(ctx, match.end(), segment.end) if u not in host]
    place = roles.locations(ctx, segment, match.start(), match.end(), (*host, *guests))
    return [{"participant": [*host, *guests], "location": place}] if guests else []

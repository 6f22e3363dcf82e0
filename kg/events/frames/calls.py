"""Sides of talks and calls told outside the frame's reach, added by
kg.events.extract to what every frame found.

"In a phone call with Putin on Monday, Erdogan called for ..." (the
speakers after an opening phrase), "X had asked Y in a phone call to ..."
(the subject and addressee of the verb the call is named behind, and the
polarity of that verb), "Lavrov held talks with Ukraine's acting foreign
minister, X" (partners after "with").
"""
from __future__ import annotations

import re

from kg.events import modality, roles
from kg.events.context import (
    Segment,
    SentenceContext,
    Unit,
)
from kg.events.frames import OPENING_TALKS, Roles, chained_units
from kg.events.patterns import find_all
from kg.events.rules import EventRule


def talks_partners(ctx: SentenceContext, rule: EventRule, segment: Segment, match: re.Match[str]) -> list[Unit]:
    """"Lavrov held talks with Ukraine's acting foreign minister, Andriy
    Deshchytsia", "Kerry raised the buildup with Lavrov in a phone call": the
    actors after "with" in the clause of talks or a call, before the trigger
    or after it, titles and appositions between them. A verb of a body's own
    meeting (kg.events.frames.talks.met_as_a_body) takes no partners: met
    with others, the talks rules read it."""
    if rule.kind not in OPENING_TALKS or rule.frame == "summit" and not rule.noun:
        return []
    clause = ctx.text[segment.start:segment.end]
    return [u for m in find_all(ctx.words.get("roles.with"), clause)
            for u in chained_units(ctx, segment.start + m.end(), segment.end)]


def opening_speakers(ctx: SentenceContext, rule: EventRule, match: re.Match[str]) -> list[Unit]:
    """"In a phone call with Putin on Monday, Erdogan called for ...",
    "Dalam percakapan telepon pada Sabtu, Biden mengatakan kepada Netanyahu
    ...": talks told in a phrase opening the sentence (words.toml
    talks.opening before them, nothing else; headlines aside) are held by the subject of the clause after the comma and by whom it then
    addresses ("told X", "mengatakan kepada X")."""
    lead = _without_dates(ctx, 0, match.start()).strip(" ,")  # "Pekan lalu, dalam percakapan telepon ..."
    opening = find_all(ctx.words.get("talks.opening"), lead)
    if rule.kind not in OPENING_TALKS or ctx.title_case or (lead and not any(m.start() == 0 and m.end() == len(lead) for m in opening)):
        return []
    comma = ctx.text.find(",", match.end())
    if comma >= 0 and _comma_inside_a_list(ctx, match.end(), comma):
        return []  # "Pertemuan itu dihadiri A, B, dan C": the comma separates the attendees, it ends no opening
    speakers = roles.list_from(ctx, comma + 1, len(ctx.text)) if comma >= 0 else []
    if not speakers or find_all(ctx.words.get("roles.conjunctions"), ctx.text[comma + 1:speakers[0].start]):
        return []  # "Talks with X stalled, and Y recalled its envoy": a clause of its own
    rest = ctx.text[speakers[-1].end:]
    told = next((m for m in find_all(ctx.words.get("talks.told"), rest) if not rest[: m.start()].strip()), None)
    addressed = roles.list_from(ctx, speakers[-1].end + told.end(), len(ctx.text)) if told else []
    return [*speakers, *addressed]


def _comma_inside_a_list(ctx: SentenceContext, start: int, comma: int) -> bool:
    """The comma at `comma` separates items of a list that begins after
    `start` and runs on past it ("dihadiri A, B, dan C", "attended by A, B
    and C"), so it closes no opening phrase."""
    before = ctx.units_between(start, comma)
    return bool(before) and any(u.start > comma for u in roles.list_from(ctx, before[0].start, len(ctx.text)))


def speakers_in_a_call(ctx: SentenceContext, rule: EventRule, segment: Segment, match: re.Match[str]) -> list[Unit]:
    """"X had asked Y in a phone call to ...", "X meminta Y dalam percakapan
    telepon ...": a call named after a verb of its clause, behind a
    preposition (words talks.in_call), is held by the clause's subject and
    the actor the verb addresses."""
    clause = speech_clause(ctx, segment)
    lead = ctx.text[clause.start:match.start()].rstrip()
    if rule.kind != "PhoneCall" or not any(
            m.end() == len(lead) for m in find_all(ctx.words.get("talks.in_call"), lead)):
        return []
    named = ctx.units_between(clause.start, match.start())
    subject = roles.list_from(ctx, named[0].start, match.start()) if named else []
    addressed = [u for u in named if u not in subject][:1]
    return [*subject, *addressed] if subject and addressed else []


def polarity_of_the_call(ctx: SentenceContext, clause: Segment, speakers: list[Unit], trigger: str) -> modality.Polarity:
    """The polarity of the verb the call is named behind ("did not tell Y in
    a phone call", "will tell"); that the verb asks for something ("meminta",
    "urged") makes the request hypothetical, not the call: then only what
    stands before the verb counts."""
    at_verb = modality.polarity(ctx, clause, speakers[-1].start, trigger=trigger)
    return modality.polarity(ctx, clause, speakers[0].end, trigger=trigger) if at_verb == "hypothetical" else at_verb


def speech_clause(ctx: SentenceContext, segment: Segment) -> Segment:
    """"X told Y in a phone call that ...": a complement reaches back to the
    clause of the verb that opens it."""
    index = ctx.segments.index(segment) if segment in ctx.segments else 0
    if segment.kind != "complement" or index == 0:
        return segment
    return Segment(ctx.segments[index - 1].start, segment.end, "main")


def with_partners(fills: list[Roles], partners: list[Unit], pairwise: bool) -> list[Roles]:
    """Fills that name a single side take the partners after "with" (one
    fill per partner for pairwise rules), not the mediators among them."""
    widened: list[Roles] = []
    for filled in fills:
        sides = [u for u in filled.get("participant", []) if isinstance(u, Unit)]
        brokers = filled.get("mediator", [])  # "with X among the guarantor countries" mediates
        if len({u.represents or u.entity for u in sides}) != 1 or not (
                new := [u for u in partners if u not in sides and u not in brokers]):
            widened.append(filled)
            continue
        groups = [[unit] for unit in new] if pairwise else [new]
        widened += [{**filled, "participant": [*sides, *group]} for group in groups]
    return widened


def _without_dates(ctx: SentenceContext, start: int, end: int) -> str:
    """The text from start to end with the dates told in it left out."""
    text = ctx.text[start:end]
    for found in sorted(ctx.dates, key=lambda d: d.start, reverse=True):
        if start <= found.start and found.end <= end:
            text = text[: found.start - start] + text[found.end - start:]
    return text


def with_opening_speakers(fills: list[Roles], speakers: list[Unit]) -> list[Roles]:
    return [{**filled, "participant": [*dict.fromkeys([*filled.get("participant", []), *speakers])]}
            for filled in fills] if speakers else fills

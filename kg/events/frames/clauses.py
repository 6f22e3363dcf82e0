"""Sides a frame misses because of the shape of the clause, added by
kg.events.extract to what every frame found.

"Biden, who phoned Netanyahu on Wednesday, praised Egypt" (the object of a
trigger in a relative clause), "Mohamud blamed al-Shabaab and appealed to
Turkey" (a verb joined by "and" shares the earlier verb's subject, not its
object), "both countries" (a pair anaphor keeps the sides of its own clause).
"""
from __future__ import annotations

import re

from kg.events import roles
from kg.events.context import (
    Segment,
    SentenceContext,
    Unit,
    word_count,
)
from kg.events.drafts import SIDE_ROLES
from kg.events.frames import Roles
from kg.events.patterns import find_all
from kg.events.rules import EventRule


def relative_objects(ctx: SentenceContext, rule: EventRule, segment: Segment, match: re.Match[str]) -> list[Unit]:
    """"Biden, who phoned Netanyahu on Wednesday, praised Egypt", "Biden, yang
    menelepon Netanyahu pada Rabu, ...": the object of a transitive trigger
    inside a relative clause between commas is its other side (roles.non_sides
    keeps the actors of such a clause out of the events of the main clause)."""
    if rule.frame != "participants" or not rule.transitive or not _in_relative_clause(ctx, segment, match.start()):
        return []
    return roles.direct_object(ctx, segment, match.end())


def _in_relative_clause(ctx: SentenceContext, segment: Segment, trigger_start: int) -> bool:
    """The trigger follows ", who"/", yang" in its clause with no comma between."""
    before = ctx.text[segment.start:trigger_start]
    return any(before[: m.start()].rstrip().endswith(",") and "," not in before[m.end():]
               for m in find_all(ctx.words.get("clauses.relative"), before))


def with_relative_objects(fills: list[Roles], rule: EventRule, objects: list[Unit]) -> list[Roles]:
    """Each fill with the relative clause's objects as sides (one fill per
    object for pairwise rules: "who phoned A and B" is two calls)."""
    if not objects:
        return fills
    widened: list[Roles] = []
    for filled in fills:
        named = list(filled.get("participant", []))
        groups = [[unit] for unit in objects] if rule.pairwise else [objects]
        widened += [{**filled, "participant": [*dict.fromkeys([*named, *group])]} for group in groups]
    return widened


def coordinated_subject(ctx: SentenceContext, segment: Segment, trigger_start: int) -> tuple[list[Unit], list[Unit]]:
    """"Mohamud blamed al-Shabaab and appealed to Turkey", "Mohamud menyalahkan
    al-Shabaab dan meminta Turki ...": a verb joined by "and" to an earlier one
    shares its subject (the clause's first actors), not its object (the
    actors between them). Returns (subject, objects); both empty otherwise."""
    start = _accuser_clause_start(ctx, segment, trigger_start)
    before = ctx.text[start:trigger_start].rstrip()
    joined = [m for m in find_all(ctx.words.get("roles.conjunctions"), before)
              if m.end() == len(before) or _only_support_verb(ctx, before[m.end():])]
    named = ctx.units_between(start, trigger_start)
    if not joined or not named:
        return [], []
    subject = roles.list_from(ctx, named[0].start, trigger_start)
    objects = [u for u in named if u.start >= subject[-1].end]
    if not objects or word_count(ctx.text[subject[-1].end:objects[0].start]) == 0:
        return [], []  # "A and B appealed": one list of subjects
    return subject, objects


def _only_support_verb(ctx: SentenceContext, words_between: str) -> bool:
    """"and held talks", "dan menggelar perundingan": the noun's support verb
    alone stands between the conjunction and a noun trigger."""
    words_between = words_between.strip()
    return bool(words_between) and any(m.group(0).strip() == words_between
                                       for m in find_all(ctx.words.get("roles.support_verbs"), words_between))


def _accuser_clause_start(ctx: SentenceContext, segment: Segment, trigger_start: int) -> int:
    """"Ethiopia accused Eritrea of shelling towns and signed a deal": the
    accusation opens a complement, yet a finite verb after "and" is the
    accuser's, so the clause reaches back to the accuser. A verb with an
    ending of the accused act ("and supplying arms", words
    roles.accused_act_endings) stays inside the charge; Indonesian marks no
    such form and keeps the complement."""
    endings = ctx.words.get("roles.accused_act_endings")
    opened = [m for m in find_all(ctx.words.get("roles.accuse"), ctx.text[:segment.start])
              if not ctx.text[m.end():segment.start].strip()]
    verb = ctx.text[trigger_start:].split(maxsplit=1)[0] if ctx.text[trigger_start:].strip() else ""
    if not opened or not endings or verb.lower().endswith(tuple(endings)):
        return segment.start
    index = ctx.segments.index(segment) if segment in ctx.segments else 0
    return ctx.segments[index - 1].start if index > 0 else segment.start


def with_coordinated_subject(fills: list[Roles], subject: list[Unit], objects: list[Unit]) -> list[Roles]:
    """Each fill with the earlier verb's object replaced by the shared subject,
    unless the fill has the subject already: then the object is who the
    second verb's pronoun stands for ("met EU leaders and asked them")."""
    if not objects:
        return fills
    replaced: list[Roles] = []
    for filled in fills:
        filled = dict(filled)
        if any(u in subject for role in SIDE_ROLES for u in filled.get(role, [])):
            replaced.append(filled)
            continue
        for role in SIDE_ROLES:
            values = filled.get(role, [])
            if any(v in objects for v in values):
                filled[role] = [*dict.fromkeys(subject + [v for v in values if v not in objects])]
        replaced.append(filled)
    return replaced


def within_clause(filled: Roles, segment: Segment) -> Roles:
    """The fill without sides borrowed from another clause: a pair anaphor
    ("both countries", "kedua negara") is the trigger's own subject."""
    return {role: [v for v in values if not isinstance(v, Unit) or segment.start <= v.start < segment.end]
            if role in SIDE_ROLES else values for role, values in filled.items()}

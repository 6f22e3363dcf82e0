"""The role fillers of the event frames.

Every rule of kg/lang/<code>/events.toml names a frame; the frame's function
reads who plays which role around the trigger. kg.events.extract runs it
(its FRAMES table) and widens what it found with the sides told elsewhere in
the clause. One module per kind of frame:

- participants: the sides of fights, talks, calls and truces (participants);
- requests: who asks whom for help (request, requested);
- agents: who deploys forces, whose troops a host holds, who joins or
  leaves an organization (agent, hosted, membership_change);
- signings: who signs a treaty, the treaty's label and year (signing);
- talks: summits, meetings on the sidelines, visits, receptions and
  mediation (summit, visit, received, mediation);
- aid: who gives military aid to whom (provide, received_aid);
- calls: the speakers of calls and the partners "with" whom talks are held;
- clauses: objects of relative clauses, subjects shared by coordinated verbs.

This module holds what several of them share.
"""
from __future__ import annotations

import re

from kg.events.context import Segment, SentenceContext, Unit, word_count

Roles = dict[str, list[Unit] | list[str]]
OPENING_TALKS = frozenset({"Talks", "PhoneCall"})
TITLE_GAP_WORDS = 5  # "and Taliban political chief Mullah": a joiner and a title between two signers
YEAR_DIGITS = re.compile(r"\b\d{4}\b")  # a date naming its year


def chained_units(ctx: SentenceContext, start: int, end: int) -> list[Unit]:
    """The actors from `start` on, each at most a title's few words after the
    one before ("US special envoy A and Taliban political chief B", "Ukraine's
    acting foreign minister, A")."""
    found: list[Unit] = []
    cursor = start
    for unit in ctx.units_between(start, end):
        if word_count(ctx.text[cursor:unit.start]) > TITLE_GAP_WORDS:
            break
        found.append(unit)
        cursor = unit.end
    return found


def whole(ctx: SentenceContext) -> Segment:
    return Segment(0, len(ctx.text), "main")

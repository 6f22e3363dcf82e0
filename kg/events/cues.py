"""Cue words that change how a trigger is read: pronouns and "the two
countries" (sides named before), a demonstrative after a noun ("perundingan
tersebut": an event told before), a clause opened by "if"."""
from __future__ import annotations

from kg.events.context import Segment, SentenceContext, word_count
from kg.events.patterns import find_all

PRONOUN_REACH = 4  # words between "they"/"their leaders" and the trigger
STAYS_OUT_REACH = 2  # "would not take part in any such strike"


def plural_pronoun_before(ctx: SentenceContext, segment: Segment, trigger_start: int) -> bool:
    """"Their leaders signed ...": a plural pronoun shortly before the trigger."""
    before = ctx.text[segment.start:trigger_start]
    pronouns = find_all(ctx.words.get("roles.plural_pronouns"), before)
    return any(word_count(before[m.end():]) <= PRONOUN_REACH for m in pronouns)



def pronoun_pair_after(ctx: SentenceContext, segment: Segment, trigger_start: int) -> bool:
    """"mediated between them", "menengahi di antara mereka": the sides are
    a plural pronoun after "between"."""
    rest = ctx.text[trigger_start:segment.end]  # the trigger may hold the cue: "mediated between"
    for cue in find_all(ctx.words.get("roles.between"), rest):
        after = rest[cue.end():]
        if any(not after[: m.start()].strip() for m in find_all(ctx.words.get("roles.plural_pronouns"), after)):
            return True
    return False


def demonstrative_after(ctx: SentenceContext, trigger_end: int) -> bool:
    """"perundingan tersebut", "bentrokan itu": the event was told before."""
    rest = ctx.text[trigger_end:]
    return any(not rest[: m.start()].strip() for m in find_all(ctx.words.get("discourse.demonstratives"), rest[:20]))



def opens_hypothetical(ctx: SentenceContext, segment: Segment) -> bool:
    """A clause opened by "if"/"jika" is hypothetical throughout."""
    head = ctx.text[segment.start:segment.end].lstrip()
    return any(m.start() == 0 for m in find_all(ctx.words.get("modality.hypothetical_clause"), head))



def anaphoric_pair(ctx: SentenceContext, segment: Segment, trigger_start: int) -> bool:
    """"The two countries fought", "talks between the two countries": the
    sides are those of the event in focus."""
    return bool(find_all(ctx.words.get("roles.plural_anaphora"), ctx.text[segment.start:segment.end]))


def anaphor_subject(ctx: SentenceContext, segment: Segment, trigger_start: int) -> bool:
    """"The two leaders pledged ... to begin talks": the pair anaphor is the
    trigger's subject, no other actor named between them."""
    before = ctx.text[segment.start:trigger_start]
    found = find_all(ctx.words.get("roles.plural_anaphora"), before)
    if not found:
        return False
    start = segment.start + found[-1].end()
    return not any(start <= u.start and u.end <= trigger_start for u in ctx.units)


def stays_out_before(ctx: SentenceContext, segment: Segment, trigger_start: int) -> bool:
    """"Washington would not take part in any counter-strike", "tidak akan
    ikut serta dalam serangan balasan": the fight named is one its subject
    stays out of, not one the text tells as happening."""
    before = ctx.text[segment.start:trigger_start]
    return any(word_count(before[m.end():]) <= STAYS_OUT_REACH for m in find_all(ctx.words.get("roles.stays_out"), before))

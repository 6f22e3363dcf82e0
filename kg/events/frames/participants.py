"""The participants frame: the sides of fights, talks, calls and truces.

The sides named before and around the trigger (its possessor or subject, the
target of a fight noun, the accuser, helpers), those after it ("with X", the
object of a transitive verb, "from X"), those listed "between", states
located by a place; a host or a broker of talks ("Malaysia hosted the talks",
"Qatar and Egypt helped broker the truce") mediates and takes no side.
"""
from __future__ import annotations

import re

from kg.events import cues, roles
from kg.events import sides as more_sides
from kg.events.context import (
    Segment,
    SentenceContext,
    Unit,
    word_count,
)
from kg.events.drafts import FIGHTING
from kg.events.frames import OPENING_TALKS, Roles, whole
from kg.events.patterns import find_all
from kg.events.rules import EventRule

PASSIVE_SUBJECT_GAP = 2  # "soldiers had been killed by": words between a passive verb and its patient


def _sides(ctx: SentenceContext, rule: EventRule, segment: Segment, match: re.Match[str]) -> list[Unit]:
    """The sides a trigger names before and around itself: its possessor or
    subject, the target and agent of a noun, and for fights the accuser, the
    side struck back at and helpers. A fight noun with an owner that is an
    adverbial of a clause ("X was killed in an Israeli strike") also takes
    that clause's subject: the owner struck, the subject was hit."""
    owner = roles.possessor(ctx, match.start(), match.end()) if rule.noun else None
    gap = rule.max_subject_gap
    if not rule.noun and more_sides.passive_with_agent(ctx, match.start(), match.end()):  # "hostages abducted by X":
        gap = min(gap, PASSIVE_SUBJECT_GAP) if gap is not None else PASSIVE_SUBJECT_GAP  # no subject farther back
    found = roles.possessors(ctx, owner, match.start()) if owner else roles.subject(
        ctx, segment, match.start(), max_gap_words=gap, noun=rule.noun)
    if rule.noun and (not found or owner and rule.kind in FIGHTING):  # "X was killed in an Israeli strike on Beirut"
        found += [u for u in more_sides.subject_of_fight_phrase(ctx, segment, match.start()) if u not in found]
    if rule.noun:
        # "serangan pasukan RSF terhadap El Fasher": the owner after the fighters' word, then the target
        fighters = more_sides.fighters_owner(ctx, segment, match.end()) if not owner and rule.kind in FIGHTING else []
        owned = [u for u in found if u.start >= match.end()] if owner else fighters
        after = max([match.end()] + [u.end for u in owned])
        found += fighters + more_sides.targets(ctx, segment, after) + more_sides.noun_agent(ctx, segment, match.end())
    if rule.kind in FIGHTING:
        found += more_sides.accuser(ctx, segment, found) + more_sides.retaliated(ctx, segment, match.end())
        found += more_sides.firer_of_intercepted(ctx, segment, match.start(), match.group(0))
        found += more_sides.helpers(ctx, segment, found)
    subject = [] if owner else found[:1]  # roles.subject already chose among the clause's actors
    excluded = roles.non_sides(ctx, segment) - set(subject)
    found = [u for u in dict.fromkeys(found) if u not in excluded]
    return found + roles.supporters(ctx, segment) if rule.kind in FIGHTING and found else found


def _counterparts(
    ctx: SentenceContext, rule: EventRule, segment: Segment, match: re.Match[str], sides: list[Unit]
) -> list[Unit]:
    """The sides after the trigger: "with X", the object of a transitive verb, "from X"."""
    found = roles.objects(ctx, segment, match.start())
    if rule.transitive:
        found += _objects_inside(ctx, rule, match) + roles.direct_object(ctx, segment, match.end())
    if rule.source_side:
        found += more_sides.source(ctx, segment, match.end())
    excluded = roles.non_sides(ctx, segment)
    return [u for u in dict.fromkeys(found) if u not in sides and u not in excluded]


def _objects_inside(ctx: SentenceContext, rule: EventRule, match: re.Match[str]) -> list[Unit]:
    """"was hit by Russian missiles", "took two Chinese soldiers prisoner":
    a fight verb whose trigger spans a gap ("hit by .. missile*", "took ..
    soldiers prisoner") holds the other side inside that gap, after its
    first word."""
    if rule.kind not in FIGHTING or rule.noun:
        return []
    verb_end = match.start() + len(match.group(0).split()[0])
    return [u for u in ctx.units if verb_end < u.start and u.end <= match.end()]


def _attendees(ctx: SentenceContext, rule: EventRule, segment: Segment, match: re.Match[str]) -> list[Unit]:
    """"pertemuan tertutup yang dihadiri A dan B", "a closed meeting attended
    by A and B" (words talks.attended_by): those who attend talks are their
    sides, listed as with "between"; who chaired them takes no side. Signings
    keep their own reading ("a ceremony attended by X": X only looks on)."""
    if rule.kind not in OPENING_TALKS:
        return []
    return roles.cued_lists(ctx, "talks.attended_by", match.start(), segment.end)


def participants(ctx: SentenceContext, rule: EventRule, segment: Segment, match: re.Match[str]) -> list[Roles]:
    if rule.noun and cues.demonstrative_after(ctx, match.end()):
        return [{"mediator": roles.mediators(ctx, segment)}]  # "perundingan tersebut": told before
    if rule.kind in FIGHTING and cues.stays_out_before(ctx, segment, match.start()):
        return []
    sides = _sides(ctx, rule, segment, match)
    others = _counterparts(ctx, rule, segment, match, sides)
    watching = set(more_sides.onlookers(ctx, whole(ctx)))  # "agreed to end their war, with X looking on"
    sides, others = [u for u in sides if u not in watching], [u for u in others if u not in watching]
    if not sides and others and segment.kind != "main" and not roles.unnamed_fighters_act(ctx, segment, match.start()):
        # "X asked for help after clashes with Y"; not "X sent troops after rebels attacked Y"
        sides = [u for u in roles.main_subject(ctx, segment) if u not in others]
    located: list[str] = more_sides.located_states(ctx, segment, match.end()) if rule.locative_states else []
    if rule.places_stand_for_states and len({*sides, *others}) < 2 and not others:  # "Houthi positions in Hodeidah"
        located += more_sides.host_states(ctx, segment, match.end())
    elif rule.kind in FIGHTING and (rule.noun or rule.source_side) and len({*sides, *others}) < 2:
        owned_end = max([match.end()] + [u.end for u in sides if u.start >= match.end()])  # "serangan rudal Rusia ke Kyiv"
        located += more_sides.capital_targets(ctx, segment, owned_end)
    named_otherwise = {u.entity for u in roles.non_sides(ctx, segment)}  # "camps near the Thai border"
    located = [state for state in located if state not in named_otherwise]
    place = roles.locations(ctx, segment, match.start(), match.end(), (*sides, *others))
    hosts: list[Unit] = []
    listed = _listed_between(ctx, segment, match.start()) + _attendees(ctx, rule, segment, match)
    topic = _states_of_a_place(ctx, segment, match.end()) if rule.kind in OPENING_TALKS or rule.kind in FIGHTING else set()
    if any(u not in topic for u in sides):  # "spoke by phone with Y as refugees massed on the border between A and B",
        # "the group took control of the border between A and B"; not "fighting broke out on the border between A and B"
        sides = [u for u in sides if u not in topic]
        listed, others = [u for u in listed if u not in topic], [u for u in others if u not in topic]
    if rule.noun and (listed or not others) and not _pair_holds(ctx, sides, match.start()) and (
            roles.hosted(ctx, sides, match.start()) or _hosted_between_others(ctx, sides, match)):
        hosts, sides = sides, []  # "Malaysia hosted the talks": the host mediates; one holds talks "with" a party
    elif rule.noun and _brokered(ctx, sides, match.start()):
        hosts, sides = sides, []  # "Qatar and Egypt helped broker the truce": however many, they broker it
    brokers = roles.mediators(ctx, whole(ctx) if rule.sentence_wide else segment)
    sides, others = [u for u in sides if u not in brokers], [u for u in others if u not in brokers]  # "with X among the guarantors"
    common: Roles = {"mediator": [*brokers, *hosts], "location": place}
    if listed:
        return [{"participant": listed, **common}]
    if rule.pairwise and others:
        return [{"participant": [*sides, other], **common} for other in others]
    return [{"participant": [*sides, *others, *located], **common}]


def _listed_between(ctx: SentenceContext, segment: Segment, trigger_start: int) -> list[Unit]:
    """"Talks between A and B", and "after a phone call between A, B and C",
    "setelah perundingan antara A, B dan C": a subordinate clause runs to its
    first comma (kg.events.context.split_segments), which may fall inside the
    list "between" opens. A list the clause cuts before any conjunction, right
    at that comma, runs on as far as roles.list_from reads it in the sentence."""
    listed = roles.between(ctx, segment, trigger_start)
    if segment.kind != "subordinate" or not listed or ctx.text[listed[-1].end:segment.end].strip() != ",":
        return listed
    cues = find_all(ctx.words.get("roles.between"), ctx.text[trigger_start:listed[0].start])
    if not cues or find_all(ctx.words.get("roles.conjunctions"), ctx.text[listed[0].start:segment.end]):
        return listed
    whole_list = roles.list_from(ctx, trigger_start + cues[-1].end(), len(ctx.text))
    brokers = set(roles.mediators(ctx, segment))
    return [u for u in whole_list if u not in brokers] if len(whole_list) > len(listed) else listed


def _states_of_a_place(ctx: SentenceContext, segment: Segment, trigger_end: int) -> set[Unit]:
    """The actors listed after "between" right behind a place noun ("the border
    between A and B", "perbatasan antara A dan B"; words talks.between_places):
    the place is what talks or a call are about or where something happened,
    and A and B are no sides of the talks of others."""
    rest = ctx.text[trigger_end:segment.end]
    places = {word.lower() for word in ctx.words.get("talks.between_places")}
    found: set[Unit] = set()
    for cue in find_all(ctx.words.get("roles.between"), rest):
        before = rest[: cue.start()].split()
        if before and before[-1].lower() in places:
            found.update(roles.list_from(ctx, trigger_end + cue.end(), segment.end))
    return found


def _brokered(ctx: SentenceContext, sides: list[Unit], trigger_start: int) -> bool:
    """"Qatar and Egypt brokered a truce between A and B", "Qatar dan Mesir
    membantu menengahi gencatan senjata": a verb that only a third party can
    do to the event (words roles.broker_verbs, unlike "held", which a host
    and the parties share) stands between its subjects and the noun."""
    if not sides:
        return False
    gap = ctx.text[sides[-1].end:trigger_start]
    return any(word_count(gap[m.end():]) <= roles.SUPPORT_VERB_REACH
               for m in find_all(ctx.words.get("roles.broker_verbs"), gap))


def _pair_holds(ctx: SentenceContext, sides: list[Unit], trigger_start: int) -> bool:
    """"X welcomed Y with a ceremony before the two held talks", "X menyambut
    Y ... sebelum keduanya menggelar pembicaraan": a pair named by an anaphor
    (words roles.plural_anaphora) between the last actor and the noun is the
    subject of the verb before it, so they hold the talks: no host."""
    if not sides:
        return False
    return bool(find_all(ctx.words.get("roles.plural_anaphora"), ctx.text[sides[-1].end:trigger_start]))


def _hosted_between_others(ctx: SentenceContext, sides: list[Unit], match: re.Match[str]) -> bool:
    """"Iraq and Oman hosted rounds of talks between the two sides", "Qatar
    dan Mesir menjadi tuan rumah perundingan antara kedua pihak": several
    subjects of a host verb host talks that are "between" others, named or
    told before, and mediate them; "A and B held talks" (no "between") stays
    theirs, as roles.hosted decides."""
    if len({u.represents or u.entity for u in sides}) < 2:
        return False
    gap = ctx.text[sides[-1].end:match.start()]
    hosting = any(word_count(gap[m.end():]) <= roles.SUPPORT_VERB_REACH
                  for m in find_all(ctx.words.get("roles.host_verbs"), gap))
    after = ctx.text[match.end():]
    return hosting and any(word_count(after[:m.start()]) == 0 for m in find_all(ctx.words.get("roles.between"), after))

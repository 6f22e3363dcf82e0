"""The request frames: who asks whom for help, and under which treaty.

"Armenia asked Russia and the CSTO for help", "meminta bantuan kepada
Rusia": the requester, one request per addressee, and the treaties the
sentence names (kg.events.treaties keeps those between the two); "sent
troops at the request of the Kenyan government": who asked for the act.
"""
from __future__ import annotations

import re

from kg.events import roles
from kg.events.context import (
    Segment,
    SentenceContext,
    Unit,
)
from kg.events.frames import Roles
from kg.events.patterns import find_all
from kg.events.rules import EventRule

ASKED_LEAD_WORDS = 3  # "appealed to the country's partners", "meminta bantuan militer kepada Rusia"
ADDRESSEE_CUE_WORDS = 5  # "Kenya's request for urgent military help to Uganda": words between a request noun and "to"


def request(ctx: SentenceContext, rule: EventRule, segment: Segment, match: re.Match[str]) -> list[Roles]:
    if _told_as_noun(ctx, rule, segment, match):
        told = _noun_request(ctx, segment, match)
        if told:
            return told
    owner = roles.possessor(ctx, match.start(), match.end()) if rule.noun else None
    requester = [owner] if owner else roles.subject(ctx, segment, match.start(), noun=rule.noun)
    addressed_by_pronoun = _pronoun_addressee(ctx, segment, match)
    if addressed_by_pronoun:  # "met EU leaders and asked them": whom "them" stands for asks nothing
        addressed = {u.represents or u.entity for u in addressed_by_pronoun}
        requester = [u for u in requester if (u.represents or u.entity) not in addressed] or _first_named(ctx)
    asking = {u.represents or u.entity for u in requester}  # "Yerevan asked Moscow ... under the Armenia-Russia treaty"
    named = addressed_by_pronoun or _asked(ctx, segment, match)
    if named and all((u.represents or u.entity) in asking for u in named):  # nobody asks themselves: the requester
        requester, asking = [], set()  # was borrowed ("a day after the government asked Canberra to send ...")
    asked = [u for u in named if (u.represents or u.entity) not in asking]
    asked = asked or [u for u in _who_answered(ctx, segment) if (u.represents or u.entity) not in asking]
    invoked = [t.entity for t in ctx.treaties]
    if not asked:
        return [{"requester": requester, "invokes": invoked}]
    return [{"requester": requester, "addressee": [unit], "invokes": invoked} for unit in _distinct(asked)]


def _told_as_noun(ctx: SentenceContext, rule: EventRule, segment: Segment, match: re.Match[str]) -> bool:
    """A request told by its noun ("a request from Kenya", "Kenya's request",
    "permintaan Kenya"): a noun rule, a word that is only a noun (words
    request.nouns), or one that is also a verb (request.verbal_nouns:
    "request", "appeal") after a determiner (request.determiners) or an
    actor glued before it ("Kenya's request", "a Kenyan request")."""
    first = match.group(0).split()[0]
    if rule.noun or find_all(ctx.words.get("request.nouns"), first):
        return True
    if not find_all(ctx.words.get("request.verbal_nouns"), first):
        return False
    before = ctx.text[segment.start:match.start()].split()
    determiners = {d.lower() for d in ctx.words.get("request.determiners")}
    glued = any(u.end <= match.start() and not ctx.text[u.end:match.start()].strip(" '’s") for u in ctx.units)
    return glued or bool(before) and before[-1].lower() in determiners


def _noun_request(ctx: SentenceContext, segment: Segment, match: re.Match[str]) -> list[Roles]:
    """"Uganda received a request for troops from Kenya", "Kenya's request
    to Uganda", "menerima permintaan bantuan militer dari Kenya",
    "permintaan Kenya kepada Uganda": the noun's owner (glued to it) or the
    source after it ("from", "by", "dari"; words aid.request_source) asks;
    whom it names after "to", "kepada" (words request.addressed) is asked,
    or, when an owner asks, the source ("Kenya's request for help from
    Uganda"), else the clause's subject, who received or answered it. A
    noun with neither owner nor source is left to the verb's reading (empty)."""
    owner = roles.possessor(ctx, match.start(), match.end())
    source = _source(ctx, match.end(), segment.end)
    asking = [owner] if owner else source
    if not asking:
        return []
    by = {u.represents or u.entity for u in asking}
    named = _addressed(ctx, match.end(), segment.end) or (source if owner else [])  # "Kenya's request for help from Uganda"
    asked = [u for u in named if (u.represents or u.entity) not in by]
    asked = asked or [u for u in roles.subject(ctx, segment, match.start()) if (u.represents or u.entity) not in by]
    invoked = [t.entity for t in ctx.treaties]
    if not asked:
        return [{"requester": asking, "invokes": invoked}]
    return [{"requester": asking, "addressee": [unit], "invokes": invoked} for unit in _distinct(asked)]


def _addressed(ctx: SentenceContext, start: int, end: int) -> list[Unit]:
    """The list after the first cue of an addressee (words request.addressed:
    "to", "kepada") between `start` and `end`, a few words at most after the noun."""
    rest = ctx.text[start:end]
    cue = next(iter(find_all(ctx.words.get("request.addressed"), rest)), None)
    if cue is None or len(rest[:cue.start()].split()) > ADDRESSEE_CUE_WORDS:
        return []
    return roles.list_from(ctx, start + cue.end(), end, lead_words=ASKED_LEAD_WORDS)


def requested(ctx: SentenceContext, rule: EventRule, segment: Segment, match: re.Match[str]) -> list[Roles]:
    """"Uganda sent troops to Kenya at the request of the Kenyan government",
    "atas permintaan pemerintah Kenya": who did the act was asked, by whom the
    cue names (a few words such as "the government of" between), else, for
    "at the request of its government", by the other actor of the clause, the
    one the act went to; a possessive inside the cue ("at Kenya's request")
    asks. Opening the sentence ("At the request of Kenya, Uganda sent ..."),
    the cue asks the subject after the comma."""
    named = ctx.units_between(segment.start, match.start())
    asked = roles.list_from(ctx, named[0].start, match.start()) if named else []
    comma = ctx.text.find(",", match.end())
    cue_end = comma if comma >= 0 else segment.end
    owners = [u for u in ctx.units if match.start() <= u.start and u.end <= match.end()]  # "at Mali's request"
    asking = owners or roles.list_from(ctx, match.end(), cue_end, lead_words=ASKED_LEAD_WORDS) \
        or _source(ctx, match.end(), cue_end)
    if not named and asking:
        comma = ctx.text.find(",", max(asking[-1].end, match.end()))
        asked = roles.list_from(ctx, comma + 1, len(ctx.text)) if comma >= 0 else []
        asked = asked or roles.main_subject(ctx, segment)  # "Kenya sent police to Haiti after a request by Haiti"
        asked = asked or roles.group_before(ctx.units_between(0, match.start()), ctx)  # "Menurut Ankara, langkah itu menjawab ..."
    asking = asking or [u for u in named if u not in asked][-1:]
    by = {u.represents or u.entity for u in asking}
    asked = [u for u in asked if (u.represents or u.entity) not in by]
    return [{"requester": asking, "addressee": asked[:1]}] if asking and asked else []


def _source(ctx: SentenceContext, start: int, end: int) -> list[Unit]:
    """Who a request noun names as its source further on: "answered a formal
    request for military aid from the government in Tripoli", "menjawab
    permintaan resmi bantuan militer dari pemerintah Libya" (words
    aid.request_source), the first such cue between `start` and `end` only."""
    cue = next(iter(find_all(ctx.words.get("aid.request_source"), ctx.text[start:end])), None)
    return roles.list_from(ctx, start + cue.end(), end, lead_words=ASKED_LEAD_WORDS) if cue else []


def _asked(ctx: SentenceContext, segment: Segment, match: re.Match[str]) -> list[Unit]:
    """Whom a request is made to: the actors inside the trigger ("asked Russia
    and the CSTO for help") and the list right after it ("appealed to Russia",
    "meminta bantuan kepada Rusia"), not those further on ("to protect them
    from pressure by Georgia"); when a description stands between, every actor after it."""
    addressed = roles.addressees(ctx, segment, match.start())
    inside = [u for u in addressed if u.end <= match.end()]
    if _asks_to_give(ctx, match):  # "asked Germany to send tanks to Kyiv": who gets them was not asked
        return inside
    after = [u for u in roles.list_from(ctx, match.end(), segment.end, lead_words=ASKED_LEAD_WORDS) if u in addressed]
    if inside or after:
        return [*inside, *after]
    purpose = next(iter(find_all(ctx.words.get("aid.request_purpose"), ctx.text[match.end():segment.end])), None)
    end = match.end() + purpose.start() if purpose else segment.end  # "meminta tank dari Barat untuk menghadapi Rusia"
    return [u for u in addressed if u.end <= end]  # "beralih ke blok ... yang dipimpin Moskow, CSTO"


def _asks_to_give(ctx: SentenceContext, match: re.Match[str]) -> bool:
    """A trigger that closes on a verb of giving (words aid.giving: "asked
    Germany to send", "meminta sekutunya mengirim"): whom it asks stands
    inside it, and the actors after the verb get or face what is given."""
    trigger = match.group(0)
    return any(m.end() == len(trigger) for m in find_all(ctx.words.get("aid.giving"), trigger))


def _who_answered(ctx: SentenceContext, segment: Segment) -> list[Unit]:
    """"After Mali asked for help, France sent 1,500 troops", "France sent
    troops after Mali asked for help", "setelah Niamey meminta bantuan, jet-jet
    Prancis mengebom ...": a request naming no one asked, told in a clause
    that hangs on a main clause, was made to the main clause's subject, who
    answered it; after a phrase that names no actor ("In March 2021, after
    Niamey asked for help, French jets bombed ...") it is the clause after."""
    if segment.kind != "subordinate":
        return []
    following = [s for s in ctx.segments if s.kind == "main" and s.start >= segment.end][:1]
    if ctx.units_between(0, segment.start) or not following:
        return roles.main_subject(ctx, segment)
    first = next(iter(ctx.units_between(following[0].start, following[0].end)), None)
    return roles.list_from(ctx, first.start, following[0].end) if first is not None else []


def _pronoun_addressee(ctx: SentenceContext, segment: Segment, match: re.Match[str]) -> list[Unit]:
    """"X addressed a meeting of G7 leaders and asked them for air defence",
    "bertemu para pemimpin Uni Eropa dan meminta mereka ...": a pronoun
    addressee (words aid.pronoun_addressees) inside the trigger or right after
    it is the actor named last before the trigger, when the sentence named
    another before it (who asks)."""
    within = ctx.text[match.start():match.end()]
    after = ctx.text[match.end():segment.end]
    pronouns = ctx.words.get("aid.pronoun_addressees")
    if not find_all(pronouns, within) and not any(not after[:m.start()].strip() for m in find_all(pronouns, after)):
        return []
    before = [u for u in ctx.units if u.end <= match.start()]
    if len({u.represents or u.entity for u in before}) < 2:
        return []
    return before[-1:]


def _first_named(ctx: SentenceContext) -> list[Unit]:
    """The actor the sentence names first, with a person and whom they represent as one."""
    first = ctx.units[0]
    return [u for u in ctx.units if (u.represents or u.entity) in {first.represents or first.entity, first.entity}
            and u.start < first.end + 1]


def _distinct(units: list[Unit]) -> list[Unit]:
    seen: dict[str, Unit] = {}
    for unit in units:
        seen.setdefault(unit.entity, unit)
    return list(seen.values())

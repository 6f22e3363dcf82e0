"""Sides a trigger's clause names besides its subject and objects.

"Yerevan accused Baku of shelling ..." (the accuser), "attacks by the group"
(the agent of a noun), "fought on the side of X" (an ally), "sent troops to
help X" (a helper), "in retaliation for a Houthi missile", "retook X from Y",
"the invasion of X", "at war in Ukraine", "visited Pyongyang" (the host), and
what a signed treaty establishes.
"""
from __future__ import annotations

import re
from functools import cache

from kg.events.context import Segment, SentenceContext, Span, Unit, word_count
from kg.events.cues import PRONOUN_REACH
from kg.events.patterns import compile_patterns, find_all
from kg.events.roles import (
    cued_lists,
    group_before,
    installation_before,
    list_from,
    non_sides,
    subject,
)
from kg.reference import reference_entities

POSSESSIVES = ("'s", "’s")  # "With Wagner's help": the helper glued to the help
ONLOOKER_REACH = 3  # words between an onlooker and "looking on" ("President X Jr. looking on")

TARGET_GAP_WORDS = 2  # "the invasion of X", "serangan udara ke X", "invasi skala penuh ke X"
TARGET_REACH = 4  # "strikes on more than a dozen Houthi targets"
LOCATIVE_TAIL = 12  # characters at a trigger's end searched for a locative cue
CAPITAL_REACH = 3  # "an offensive on Tripoli", "seized the capital Sanaa", "merebut ibu kota, Damaskus"
IN_FIGHT_MODIFIERS = 2  # "in a one-day offensive", "dalam serangan kilat"
AGENT_GAP_WORDS = 1  # "abducted by the JNIM", "diserang oleh kelompok X": words between a passive cue and its agent
INTRO_CHARS = 40  # characters before a place searched for the words introducing it ("the north-eastern Ukrainian city of")
NOUN_AGENT_MODIFIERS = 2  # "serangan bom bunuh diri oleh X", "attacks on shipping by X": words between a noun and "by"
_PLAIN_WORDS = re.compile(r"[\w\s'’-]*")


def accuser(ctx: SentenceContext, segment: Segment, sides: list[Unit]) -> list[Unit]:
    """"Yerevan accused Baku of shelling ...": the accuser is the other side of
    the fight the accused is blamed for."""
    accused = next(iter(ctx.units_between(segment.start, segment.end)), None)
    if accused is None or accused not in sides:
        return []
    for match in find_all(ctx.words.get("roles.accuse"), ctx.text[: segment.start + 1]):
        if not ctx.text[match.end():segment.start].strip():
            start = max((s.start for s in ctx.segments if s.end <= match.start() + 1), default=0)
            described = non_sides(ctx, ctx.segment_at(start))  # "Armenia, a CSTO member, accused ..."
            return [u for u in ctx.units_between(start, match.start()) if u not in described][-1:]
    return []



def established(ctx: SentenceContext, segment: Segment, trigger_end: int) -> list[Unit]:
    """"a treaty creating the AES", "perjanjian yang membentuk CSTO": what a treaty establishes."""
    for match in find_all(ctx.words.get("treaty.establishes"), ctx.text[trigger_end:segment.end]):
        cue_end = trigger_end + match.end()
        for unit in ctx.units:
            near = word_count(ctx.text[cue_end:unit.start]) <= TARGET_REACH
            if unit.start >= cue_end and unit.kind in ("Organization", "Alliance") and near:
                return [unit]
    return []



def host_states(ctx: SentenceContext, segment: Segment, trigger_end: int) -> list[str]:
    """The state a visit or a strike reaches: a state named right after the
    trigger, acting or not ("berkunjung ke Korea Utara"), or the state of a
    known place there ("visited Pyongyang", "shelled Kharkiv"), or of one its
    introduction names ("struck the Ukrainian town of X"), also past a site
    hit there ("struck an oil depot in the Saudi city of X")."""
    near = [s for s in (*ctx.states, *ctx.places) if s.start >= trigger_end and s.end <= segment.end
            and (word_count(ctx.text[trigger_end:s.start]) <= 2 or _introduces_place(ctx, ctx.text[trigger_end:s.start]))]
    if _ends_locative(ctx, trigger_end):  # "car bombings in Mogadishu": where it went off, not whom it hit
        near = []
    hosts = _states_of_spans(ctx, near)
    if not hosts:  # "a car bomb at a police academy in Bogota", "an oil depot in the Saudi city of X",
        # "fasilitas Aramco di Jeddah" (a name of no known state right after the trigger)
        hosts = _states_of_spans(ctx, [s for s in (*ctx.states, *ctx.places) if s.start >= trigger_end and s.end <= segment.end
                                       and installation_before(ctx, trigger_end, _intro_start(ctx, s.start))])
    return hosts[:1]


def _states_of_spans(ctx: SentenceContext, spans: list[Span]) -> list[str]:
    """The states the spans name or lie in, in the order of the text; spans of no known state give none."""
    state_of = _states_of_places()
    hosts = [s.entity if s.kind == "State" else state_of.get(s.entity) or _state_of_intro(ctx, s.start)
             for s in sorted(spans, key=lambda s: s.start)]
    return [h for h in hosts if h]


def _intro_start(ctx: SentenceContext, place_start: int) -> int:
    """Where the words introducing the place at `place_start` begin ("the
    Saudi city of", "the port of"; words roles.place_intro), else the place's start."""
    window = max(0, place_start - INTRO_CHARS)
    head = ctx.text[window:place_start].rstrip()
    starts = [m.start() for m in find_all(ctx.words.get("roles.place_intro"), head) if m.end() == len(head)]
    return window + min(starts) if starts else place_start


def _state_of_intro(ctx: SentenceContext, place_start: int) -> str | None:
    """"struck the Ukrainian town of X", "struck the Saudi city of X": a
    place the reference does not know lies in the state whose demonym its
    introducing words hold (the mention finder reads such a demonym as part
    of the place phrase, no actor)."""
    intro = ctx.text[_intro_start(ctx, place_start):place_start]
    demonyms = _states_of_demonyms(ctx.language)
    return next((demonyms[w] for w in intro.split() if w in demonyms), None)


@cache
def _states_of_demonyms(language: str) -> dict[str, str]:
    """Demonyms of the reference's states in `language` and the state each names."""
    return {d: e.iri for e in reference_entities() if e.kind == "State" for d in e.demonyms.get(language, ())}


def _introduces_place(ctx: SentenceContext, gap: str) -> bool:
    """"struck the Ukrainian port of Odesa", "shelled the eastern city of
    Kharkiv": the whole gap before a place introduces it."""
    gap = gap.strip()
    return any(m.start() == 0 and m.end() == len(gap) for m in find_all(ctx.words.get("roles.place_intro"), gap))


def _ends_locative(ctx: SentenceContext, trigger_end: int) -> bool:
    """The trigger ends with a locative cue ("car bomb* in", "bom mobil di")."""
    tail = ctx.text[max(0, trigger_end - LOCATIVE_TAIL):trigger_end]
    return any(m.end() == len(tail) for m in find_all(ctx.words.get("roles.locative"), tail))


def capital_targets(ctx: SentenceContext, segment: Segment, trigger_end: int) -> list[str]:
    """"a missile attack on Kyiv", "serangan rudal ke Kyiv", "seized the
    capital Sanaa": a capital attacked or taken right after the trigger
    stands for its state. Other towns do not ("captured Goma" names no
    second side), nor does a capital after a locative ("a bombing in Kabul")."""
    capitals = _capitals()
    for place in ctx.places:
        if place.start < trigger_end or place.end > segment.end:
            continue
        gap = ctx.text[trigger_end:place.start]
        located = find_all(ctx.words.get("roles.locative"), gap)
        near = word_count(gap) <= CAPITAL_REACH and "," not in gap and not located
        named_between = any(trigger_end <= u.start < place.start for u in ctx.units)
        return [capitals[place.entity]] if near and not named_between and place.entity in capitals else []
    return []


@cache
def _capitals() -> dict[str, str]:
    """Capitals and seats of government of the reference and the state they stand for."""
    return {e.iri: e.stands_for for e in reference_entities() if e.kind == "Place" and e.stands_for}


@cache
def _states_of_places() -> dict[str, str]:
    """Known places and the state they stand for or lie in."""
    return {e.iri: e.stands_for or e.located_in for e in reference_entities()
            if e.kind == "Place" and (e.stands_for or e.located_in)}



def passive_with_agent(ctx: SentenceContext, trigger_start: int, trigger_end: int) -> bool:
    """"hostages abducted by JNIM", "sandera yang diculik (oleh) JNIM": a verb
    trigger told in the passive with an actor as its agent right after it
    (words roles.passive_agent; Indonesian passives also by their prefix,
    words roles.passive_prefix); not "struck by missiles"."""
    rest = ctx.text[trigger_end:]
    cue = next((m for m in find_all(ctx.words.get("roles.passive_agent"), rest[:LOCATIVE_TAIL])
                if not rest[:m.start()].strip()), None)
    word = ctx.text[trigger_start:trigger_end].split()[0].lower()
    prefixed = any(word.startswith(p) and len(word) > len(p) + 2 for p in ctx.words.get("roles.passive_prefix"))
    if cue is None and not prefixed:
        return False
    agent_at = trigger_end + (cue.end() if cue is not None else 0)
    return any(u.start >= agent_at and word_count(ctx.text[agent_at:u.start]) <= AGENT_GAP_WORDS for u in ctx.units)


def noun_agent(ctx: SentenceContext, segment: Segment, trigger_end: int) -> list[Unit]:
    """"attacks by the group on ships", "an offensive launched by X against
    Y", "serangan yang dilancarkan (oleh) X terhadap Y": the agent after a
    noun trigger, after "by" or after a participle of launching (words
    roles.agent_participles). A few words naming no actor may stand between
    the noun and "by": Indonesian puts modifiers after the noun ("serangan
    bom bunuh diri oleh X"), English a target or time ("attacks on shipping
    by X"); "the raid was claimed by X" is a claim (roles.claimed_by), told
    by discourse."""
    start = trigger_end + _participle_length(ctx, trigger_end, segment.end)
    rest = ctx.text[start:segment.end]
    claims = {m.end() for m in find_all(ctx.words.get("roles.claimed_by"), rest)}  # "the raid was claimed by X"
    for match in find_all(ctx.words.get("roles.passive_agent"), rest):
        if _only_modifiers(ctx, start, start + match.start()) and match.end() not in claims:
            return list_from(ctx, start + match.end(), segment.end)
    if start > trigger_end and ctx.words.get("roles.passive_prefix"):  # "yang dilancarkan ISWAP": no "oleh" needed
        return list_from(ctx, start, segment.end)[:1]
    return []


def fighters_owner(ctx: SentenceContext, segment: Segment, trigger_end: int) -> list[Unit]:
    """"serangan pasukan RSF", "gempuran jet tempur Israel", "serangan milisi
    Houthi ke kota itu": Indonesian names the owner of a fight noun after it,
    and a word for its fighters or weapons (words sides.fighters) may stand
    between the noun and the owner; that owner fought. The owner must follow
    that word right away ("serangan pasukan di dekat Goma" names none)."""
    rest = ctx.text[trigger_end:segment.end]
    leads = [m for m in find_all(ctx.words.get("sides.fighters"), rest) if not rest[:m.start()].strip()]
    if not leads:
        return []
    start = trigger_end + max(m.end() for m in leads)
    owner = next((u for u in ctx.units if u.start >= start), None)
    return [owner] if owner is not None and not ctx.text[start:owner.start].strip() else []


def _only_modifiers(ctx: SentenceContext, start: int, end: int) -> bool:
    """Between start and end stand at most a few plain words (no punctuation:
    'the "state of war" declared by X' closes a name) and no actor."""
    gap = ctx.text[start:end]
    return word_count(gap) <= NOUN_AGENT_MODIFIERS and _PLAIN_WORDS.fullmatch(gap) is not None and not ctx.units_between(
        start, end)


def _participle_length(ctx: SentenceContext, trigger_end: int, segment_end: int) -> int:
    """The length of a participle of launching right after a noun trigger
    ("launched", "carried out", "yang dilancarkan"), 0 when none stands there."""
    rest = ctx.text[trigger_end:segment_end]
    return next((m.end() for m in find_all(ctx.words.get("roles.agent_participles"), rest)
                 if not rest[:m.start()].strip()), 0)



def allies(ctx: SentenceContext, segment: Segment, trigger_end: int) -> list[Unit]:
    """"fought on the side of the Ethiopian government": that side is in the fight."""
    for match in find_all(ctx.words.get("roles.ally"), ctx.text[trigger_end:segment.end]):
        cue_end = trigger_end + match.end()
        near = [u for u in ctx.units if u.start >= cue_end and word_count(ctx.text[cue_end:u.start]) <= TARGET_REACH]
        return near[:1]
    return []



def subject_of_fight_phrase(ctx: SentenceContext, segment: Segment, trigger_start: int) -> list[Unit]:
    """"Azerbaijan took the region in a one-day offensive", "two Nigerien
    soldiers were killed in an ambush": the subject of the clause a fight
    noun is an adverbial of takes part in it (as attacker or as the side hit).
    So does the subject of a verb that has the fight as its object and
    undergoes it ("the GNA faced an offensive by the LNA", "GNA menghadapi
    serangan pasukan LNA"; words sides.facing), unless the verb tells a
    purpose ("asked Damascus for help to face the offensive", "meminta
    bantuan Damaskus untuk menghadapi serangan Turki"; words sides.purpose),
    whose subject is no actor named before it."""
    before = ctx.text[segment.start:trigger_start]
    purpose = find_all(ctx.words.get("sides.purpose"), before)
    for match in find_all(ctx.words.get("roles.in_fight") + ctx.words.get("sides.facing"), before):
        if any(not before[cue.end():match.start()].strip() for cue in purpose):
            continue
        if word_count(before[match.end():]) <= IN_FIGHT_MODIFIERS:
            return subject(ctx, segment, segment.start + match.start())
    return []


def helpers(ctx: SentenceContext, segment: Segment, sides: list[Unit]) -> list[Unit]:
    """"North Korea sent troops to help Russia retake Kursk": the helper fights
    too; filler nouns may stand before the side helped ("membantu pemerintah
    Tripoli", "helped the army of X"; words roles.fillers). Across a comma
    only a helper glued to the help ("With Wagner's help, the army took X")
    is one: "after X asked for help, French jets bombed ..." ends X's clause."""
    if not sides:
        return []
    before = ctx.text[: sides[0].start]
    fillers = compile_patterns(ctx.words.get("roles.fillers"))
    for match in find_all(ctx.words.get("roles.help"), before):
        gap = before[match.end():]
        if word_count(fillers.sub(" ", gap) if fillers else gap) != 0:
            continue
        helper = [u for u in ctx.units if u.end <= match.start()][-1:]
        glued = bool(helper) and ctx.text[helper[-1].end:match.start()].strip() in POSSESSIVES
        if "," not in gap or glued:
            return helper
    return []



def firer_of_intercepted(ctx: SentenceContext, segment: Segment, trigger_start: int, trigger: str) -> list[Unit]:
    """"Iran fired missiles at Israel, most of which were intercepted by
    Israeli and US defences", "Iran meluncurkan rudal ke Israel, sebagian
    besar dicegat pertahanan AS": an interception (words roles.intercepts)
    told after a comma and a quantifier of what was fired (words
    roles.of_the_fired) stops the missiles of the clause before, so the
    actors of that clause, who fired and at whom, are its sides: the
    interceptors join that attack instead of a fight of their own."""
    if not find_all(ctx.words.get("roles.intercepts"), trigger):
        return []
    before = ctx.text[segment.start:trigger_start]
    comma = before.rfind(",")
    if comma < 0 or not find_all(ctx.words.get("roles.of_the_fired"), before[comma:]):
        return []
    return [u for u in ctx.units if segment.start <= u.start < segment.start + comma]


def retaliated(ctx: SentenceContext, segment: Segment, trigger_end: int) -> list[Unit]:
    """"struck Hodeidah in retaliation for a Houthi missile": the side struck back at."""
    for match in find_all(ctx.words.get("roles.retaliation"), ctx.text[trigger_end:segment.end]):
        cue_end = trigger_end + match.end()
        near = [u for u in ctx.units if u.start >= cue_end and word_count(ctx.text[cue_end:u.start]) <= TARGET_REACH]
        return near[:1]
    return []



def source(ctx: SentenceContext, segment: Segment, trigger_end: int) -> list[Unit]:
    """"retook the palace from the RSF": the actor it was taken from."""
    return cued_lists(ctx, "roles.source", trigger_end, segment.end)[:1]



def targets(ctx: SentenceContext, segment: Segment, after: int) -> list[Unit]:
    """The actor after a target cue right behind a noun trigger ("invasion of
    X", "invasi Rusia ke X", "attacks on X")."""
    for match in find_all(ctx.words.get("roles.target"), ctx.text[after:segment.end]):
        if word_count(ctx.text[after:after + match.start()]) > TARGET_GAP_WORDS:
            break
        cue_end = after + match.end()
        found = [u for u in ctx.units if u.start >= cue_end and u.end <= segment.end][:1]
        gap = ctx.text[cue_end:found[0].start] if found else ""
        located = find_all(ctx.words.get("roles.locative"), gap)  # "against Kurdish fighters in northern Syria"
        if found and word_count(gap) <= TARGET_REACH and "," not in gap and not located:
            return found
        return []
    return []



def located_states(ctx: SentenceContext, segment: Segment, trigger_end: int) -> list[str]:
    """States named after a locative cue following the trigger: "berperang di
    Ukraina", "perang Rusia di Ukraina". Only while no actor but the owner
    glued to the trigger stands between the trigger and the cue: after one
    ("killed two Iranian advisers in Syria", "menewaskan dua penasihat Iran
    di Suriah") the place tells where that actor was, not who fought."""
    found: list[str] = []
    for match in find_all(ctx.words.get("roles.locative"), ctx.text[trigger_end:segment.end]):
        between = ctx.units_between(trigger_end, trigger_end + match.start())
        if [u for u in between if ctx.text[trigger_end:u.start].strip()]:  # the owner glued after it aside ("perang
            break  # Rusia di Ukraina"); "killed two Iranian advisers in Syria": where that actor was, not who fought
        cue_end = trigger_end + match.end()
        markers = tuple(ctx.words.get("discourse.possessive_markers"))
        for span in ctx.states:
            owner = bool(markers) and ctx.text[span.end:].startswith(markers)  # "the worst attack in Somalia's history"
            if span.start >= cue_end and _only_region_words(ctx, ctx.text[cue_end:span.start]) and not owner:
                found.append(span.entity)
    return found


def _only_region_words(ctx: SentenceContext, gap: str) -> bool:
    """Nothing, or only compass words, stands between a locative and a state
    ("in northeastern Nigeria", "di timur laut Nigeria"; words roles.region_words)."""
    gap = gap.strip()
    return not gap or any(m.start() == 0 and m.end() == len(gap) for m in find_all(ctx.words.get("roles.region_words"), gap))


def onlookers(ctx: SentenceContext, segment: Segment) -> list[Unit]:
    """"with President X looking on", "disaksikan oleh X": present, not a
    party. Before "looking on" stands the last of a list of onlookers ("with
    US President X and Malaysian Prime Minister Y looking on")."""
    text = ctx.text[segment.start:segment.end]
    found = [u for m in find_all(ctx.words.get("roles.onlooker_before"), text)
             for u in list_from(ctx, segment.start + m.end(), segment.end)]
    for match in find_all(ctx.words.get("roles.onlooker_after"), text):
        cue = segment.start + match.start()
        last = [u for u in ctx.units if u.end <= cue and word_count(ctx.text[u.end:cue]) <= ONLOOKER_REACH
                and "," not in ctx.text[u.end:cue]]
        found += group_before([u for u in ctx.units if u.end <= cue], ctx) if last else []
    return found


def pronoun_person(ctx: SentenceContext, segment: Segment, trigger_start: int) -> list[Unit]:
    """"Henry flew to Nairobi, and on 1 March he and Ruto signed": a "he"
    among the signers is the person named last before it in the sentence."""
    before = ctx.text[segment.start:trigger_start]
    for match in find_all(ctx.words.get("roles.person_pronouns"), before):
        at = segment.start + match.start()
        if word_count(ctx.text[at:trigger_start]) <= PRONOUN_REACH:
            persons = [u for u in ctx.units if u.end <= at and u.kind == "Person"]
            return persons[-1:]
    return []

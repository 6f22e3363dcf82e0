"""Read events from the sentences of one document with the rules of its language."""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from collections.abc import Iterable

from kg.dates import find_dates
from kg.events import attributes, cues, modality, roles
from kg.events import sides as more_sides
from kg.events.context import (
    ORGANIZATION_KINDS,
    Segment,
    SentenceContext,
    Unit,
    build_units,
    is_title_case,
    spans_of,
    split_segments,
    word_count,
)
from kg.events.drafts import FIGHTING, SIDE_ROLES, Draft
from kg.events.patterns import compile_patterns, find_all
from kg.events.rules import EventRule, Words, event_rules, words
from kg.events.statements import resolve_invoked
from kg.model import DateValue, Document, EventFact, Evidence, Mention, Sentence
from kg.namespaces import ID
from kg.numbers import QuantityMatch, find_quantities

Roles = dict[str, list[Unit] | list[str]]
LABEL_WORDS = 5  # at most this many words of a treaty's name taken from the text
PURPOSE_REACH = 3  # words before a talks noun where "for" / "untuk" may stand ("for a summit")
FORCES_COUNT_WORDS = 4  # "the arrival of some 400 Kenyan", "pengerahan sekitar 1.000 tentara AS"
TARGET_REACH_WORDS = 4  # "a missile attack on the American air base": a fight word this close before a base
BACKER_LEAD_WORDS = 3  # "dibantu serangan udara koalisi internasional pimpinan AS"
ASKED_LEAD_WORDS = 3  # "appealed to the country's partners", "meminta bantuan militer kepada Rusia"
SIDELINES_REACH = 2  # "on the sidelines of a", "of the annual": words between the cue and the meeting
OPENING_TALKS = frozenset({"Talks", "PhoneCall"})
SETTING_KINDS = OPENING_TALKS | {"TreatySigning", "Ceasefire"}  # acts held on the sidelines of a summit
RELATIVE_SUBJECT_WORDS = 3  # "that Bamako had signed": words between the relative and the signing verb
TREATY_NAME_WORDS = 6  # "the 2015 Algiers peace agreement", "perjanjian damai Aljir 2015"
SOURCE_REACH = 1  # "familiar with the talks", "mengetahui perundingan": an article at most
DECLARATION_REACH = 2  # "The joint declaration, which was signed", "Deklarasi itu diteken"
TITLE_GAP_WORDS = 5  # "and Taliban political chief Mullah": a joiner and a title between two signers
MONTHS_OF_A_WAR = 12  # a fight running since this long before publication is a war
YEAR_DIGITS = re.compile(r"\b\d{4}\b")  # a date naming its year


def _iris(values: Iterable[Unit | str]) -> tuple[str, ...]:
    seen: list[str] = []
    for value in values:
        for iri in value.iris if isinstance(value, Unit) else (value,):
            if iri not in seen:
                seen.append(iri)
    return tuple(seen)


def build_context(doc: Document, sentence: Sentence, mentions: list[Mention]) -> SentenceContext:
    table = words(doc.language)
    own = [m for m in mentions if m.sentence == sentence.index]
    return SentenceContext(
        sentence=sentence,
        language=doc.language,
        words=table,
        published=doc.issued,
        units=build_units(own, sentence, table),
        places=spans_of(own, sentence, {"Place"}),
        states=spans_of(own, sentence, {"State"}),
        treaties=spans_of(own, sentence, {"Treaty"}),
        segments=split_segments(sentence.text, table),
        title_case=is_title_case(sentence.text),
        dates=find_dates(sentence.text, doc.issued, doc.language),
        quantities=_exact_enough(find_quantities(sentence.text, doc.language), table),
    )


def _exact_enough(found: list[QuantityMatch], table: Words) -> list[QuantityMatch]:
    """Amounts a count can honestly be read from: "tens of thousands of troops",
    "puluhan orang" name no figure (kg.numbers reads them as a floor)."""
    vague = compile_patterns(table.get("casualties.vague"))
    return [q for q in found if vague is None or re.search(r"\d", q.text) or not vague.search(q.text)]


def _sides(ctx: SentenceContext, rule: EventRule, segment: Segment, match: re.Match[str]) -> list[Unit]:
    """The sides a trigger names before and around itself: its possessor or
    subject, the target and agent of a noun, and for fights the accuser, the
    side struck back at and helpers."""
    owner = roles.possessor(ctx, match.start(), match.end()) if rule.noun else None
    found = roles.possessors(ctx, owner, match.start()) if owner else roles.subject(
        ctx, segment, match.start(), max_gap_words=rule.max_subject_gap, noun=rule.noun)
    if rule.noun and not found:
        found = more_sides.subject_of_fight_phrase(ctx, segment, match.start())
    if rule.noun:
        after = max(found[-1].end, match.end()) if owner else match.end()
        found += more_sides.targets(ctx, segment, after) + more_sides.noun_agent(ctx, segment, match.end())
    if rule.kind in FIGHTING:
        found += more_sides.accuser(ctx, segment, found) + more_sides.retaliated(ctx, segment, match.end())
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
        found += roles.direct_object(ctx, segment, match.end())
    if rule.source_side:
        found += more_sides.source(ctx, segment, match.end())
    excluded = roles.non_sides(ctx, segment)
    return [u for u in dict.fromkeys(found) if u not in sides and u not in excluded]


def _participants(ctx: SentenceContext, rule: EventRule, segment: Segment, match: re.Match[str]) -> list[Roles]:
    if rule.noun and cues.demonstrative_after(ctx, match.end()):
        return [{"mediator": roles.mediators(ctx, segment)}]  # "perundingan tersebut": told before
    if rule.kind in FIGHTING and cues.stays_out_before(ctx, segment, match.start()):
        return []
    sides = _sides(ctx, rule, segment, match)
    others = _counterparts(ctx, rule, segment, match, sides)
    if not sides and others and segment.kind != "main":  # "X asked for help after clashes with Y"
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
    listed = roles.between(ctx, segment, match.start())
    if rule.kind in OPENING_TALKS and sides:  # "spoke by phone with Y as refugees massed on the border between A and B"
        topic = _states_of_a_place(ctx, segment, match.end())
        listed, others = [u for u in listed if u not in topic], [u for u in others if u not in topic]
    if rule.noun and (listed or not others) and not _pair_holds(ctx, sides, match.start()) and (
            roles.hosted(ctx, sides, match.start()) or _hosted_between_others(ctx, sides, match)):
        hosts, sides = sides, []  # "Malaysia hosted the talks": the host mediates; one holds talks "with" a party
    elif rule.noun and _brokered(ctx, sides, match.start()):
        hosts, sides = sides, []  # "Qatar and Egypt helped broker the truce": however many, they broker it
    brokers = roles.mediators(ctx, _whole(ctx) if rule.sentence_wide else segment)
    sides, others = [u for u in sides if u not in brokers], [u for u in others if u not in brokers]  # "with X among the guarantors"
    common: Roles = {"mediator": [*brokers, *hosts], "location": place}
    if listed:
        return [{"participant": listed, **common}]
    if rule.pairwise and others:
        return [{"participant": [*sides, other], **common} for other in others]
    return [{"participant": [*sides, *others, *located], **common}]


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


def _request(ctx: SentenceContext, rule: EventRule, segment: Segment, match: re.Match[str]) -> list[Roles]:
    owner = roles.possessor(ctx, match.start(), match.end()) if rule.noun else None
    requester = [owner] if owner else roles.subject(ctx, segment, match.start(), noun=rule.noun)
    asking = {u.represents or u.entity for u in requester}  # "Yerevan asked Moscow ... under the Armenia-Russia treaty"
    asked = [u for u in _asked(ctx, segment, match) if (u.represents or u.entity) not in asking]
    invoked = [t.entity for t in ctx.treaties]
    if not asked:
        return [{"requester": requester, "invokes": invoked}]
    return [{"requester": requester, "addressee": [unit], "invokes": invoked} for unit in _distinct(asked)]


def _requested(ctx: SentenceContext, rule: EventRule, segment: Segment, match: re.Match[str]) -> list[Roles]:
    """"Uganda sent troops to Kenya at the request of the Kenyan government",
    "atas permintaan pemerintah Kenya": who did the act was asked, by whom the
    cue names (a few words such as "the government of" between), else, for
    "at the request of its government", by the other actor of the clause, the
    one the act went to. Opening the sentence ("At the request of Kenya,
    Uganda sent ..."), the cue asks the subject after the comma."""
    named = ctx.units_between(segment.start, match.start())
    asked = roles.list_from(ctx, named[0].start, match.start()) if named else []
    comma = ctx.text.find(",", match.end())
    asking = roles.list_from(ctx, match.end(), comma if comma >= 0 else segment.end, lead_words=ASKED_LEAD_WORDS)
    if not named and asking:
        comma = ctx.text.find(",", asking[-1].end)
        asked = roles.list_from(ctx, comma + 1, len(ctx.text)) if comma >= 0 else []
    asking = asking or [u for u in named if u not in asked][-1:]
    by = {u.represents or u.entity for u in asking}
    asked = [u for u in asked if (u.represents or u.entity) not in by]
    return [{"requester": asking, "addressee": asked[:1]}] if asking and asked else []


def _asked(ctx: SentenceContext, segment: Segment, match: re.Match[str]) -> list[Unit]:
    """Whom a request is made to: the actors inside the trigger ("asked Russia
    and the CSTO for help") and the list right after it ("appealed to Russia",
    "meminta bantuan kepada Rusia"), not those further on ("to protect them
    from pressure by Georgia"); when a description stands between, every actor after it."""
    addressed = roles.addressees(ctx, segment, match.start())
    inside = [u for u in addressed if u.end <= match.end()]
    after = [u for u in roles.list_from(ctx, match.end(), segment.end, lead_words=ASKED_LEAD_WORDS) if u in addressed]
    return [*inside, *after] if inside or after else addressed  # "beralih ke blok ... yang dipimpin Moskow, CSTO"


def _distinct(units: list[Unit]) -> list[Unit]:
    seen: dict[str, Unit] = {}
    for unit in units:
        seen.setdefault(unit.entity, unit)
    return list(seen.values())


def _agent(ctx: SentenceContext, rule: EventRule, segment: Segment, match: re.Match[str]) -> list[Roles]:
    if rule.noun and _targeted(ctx, segment, match):
        return []  # "a missile attack on the American air base", "menyerbu pangkalan militer": a target
    owner = roles.possessor(ctx, match.start(), match.end()) if rule.noun else None
    agent = [owner] if owner else roles.subject(ctx, segment, match.start(), noun=rule.noun)
    if rule.noun and not agent:  # "the deployment of Kenyan police", "pengerahan pasukan Kenya"
        agent = more_sides.targets(ctx, segment, match.end()) or _counted_forces_owner(ctx, segment, match)
    agent = _without_parent_bodies(ctx, agent)
    place = roles.locations(ctx, segment, match.start(), match.end(), tuple(agent)) or _destination(ctx, segment, match)
    if _joint(ctx, match):  # "Russian and Turkish troops began joint patrols": one act of both
        return [{"agent": agent, "location": place}]
    groups: dict[str, list[Unit]] = {}
    for unit in agent:  # a person and whom they represent are one agent
        groups.setdefault(unit.represents or unit.entity, []).append(unit)
    # "India and China both deployed troops": each deploys its own
    return [{"agent": units, "location": place} for units in groups.values()] or [{"agent": [], "location": place}]


def _targeted(ctx: SentenceContext, segment: Segment, match: re.Match[str]) -> bool:
    """"Iran responded with a missile attack on the American air base",
    "militan menyerbu pangkalan militer di X", "Drone Ukraina Hantam Pangkalan
    Udara Rusia": forces or a base named as what a fight hit (a fight trigger
    a few words before the noun) are told as a target, not as a posture."""
    before = ctx.text[segment.start:match.start()]
    fights = [m for rule in event_rules(ctx.language) if rule.kind in FIGHTING for m in find_all(rule.triggers, before)]
    return any(word_count(before[m.end():]) <= TARGET_REACH_WORDS for m in fights)


def _counted_forces_owner(ctx: SentenceContext, segment: Segment, match: re.Match[str]) -> list[Unit]:
    """"the arrival of 400 Kenyan police officers", "pengerahan 1.000 tentara
    AS": the actor right after a count of forces behind a noun trigger owns
    them (not one after "to"/"in": "of 1,000 troops to Iraq")."""
    first = next(iter(ctx.units_between(match.end(), segment.end)), None)
    if first is None:
        return []
    gap = ctx.text[match.end():first.start]
    counted = any(match.end() <= q.start < first.start for q in ctx.quantities)
    cues = find_all([*ctx.words.get("posture.destination"), *ctx.words.get("roles.locative")], gap)
    clause_comma = re.search(r",(?!\d)", gap)  # "1,000" is a count, not a clause boundary
    return [first] if counted and not clause_comma and not cues and word_count(gap) <= FORCES_COUNT_WORDS else []


def _destination(ctx: SentenceContext, segment: Segment, match: re.Match[str]) -> list[str]:
    """Where forces go when no place is named: the state right after "to" /
    "ke" behind the trigger ("the deployment of US troops to Iraq",
    "pengerahan tentara AS ke Irak")."""
    rest = ctx.text[match.end():segment.end]
    for cue in find_all(ctx.words.get("posture.destination"), rest):
        after = match.end() + cue.end()
        state = next((u for u in ctx.units_between(after, segment.end) if u.kind == "State"), None)
        if state is not None and not ctx.text[after:state.start].strip():
            return [state.entity]
    return []


def _without_parent_bodies(ctx: SentenceContext, agent: list[Unit]) -> list[Unit]:
    """"Pasukan penjaga perdamaian PBB, UNMISS, berada di ...": a body set off
    by commas right after another names the force itself, which deploys; the
    body it belongs to deploys nothing of its own."""
    parents = [u for u, after in zip(agent, agent[1:])
               if u.kind in ORGANIZATION_KINDS and after.kind in ORGANIZATION_KINDS
               and ctx.text[u.end:after.start].strip() == "," and ctx.text[after.end:].lstrip().startswith(",")]
    return [u for u in agent if u not in parents]


def _joint(ctx: SentenceContext, match: re.Match[str]) -> bool:
    """The trigger names an act of several states together ("joint patrols",
    "patroli bersama", words posture.joint)."""
    return bool(find_all(ctx.words.get("posture.joint"), match.group(0)))


def _hosted(ctx: SentenceContext, rule: EventRule, segment: Segment, match: re.Match[str]) -> list[Roles]:
    """"Japan hosts about 54,000 US troops", "Jepang menampung 54.000 tentara
    AS": the troops' state deployed them; the host is where they are."""
    inside = [u for u in ctx.units if match.start() <= u.start < match.end()]  # "tentara AS" may be one unit
    after = [u for u in ctx.units if u.start >= match.end() and not ctx.text[match.end():u.start].strip()]
    host = [u for u in roles.subject(ctx, segment, match.start()) if u not in inside]
    return [{"agent": (inside or after)[:1], "location": [u.represents or u.entity for u in host[:1]]}]


def _membership_change(ctx: SentenceContext, rule: EventRule, segment: Segment, match: re.Match[str]) -> list[Roles]:
    units = ctx.units_between(segment.start, segment.end)
    organizations = [u for u in units if u.kind in ORGANIZATION_KINDS]
    if rule.transitive:  # "the bloc admitted A, B and C": the subject admits, those listed after join
        admitted = [u for u in roles.list_from(ctx, match.end(), segment.end) if u not in organizations]
        admitting = [u for u in organizations if u.end <= match.start()][-1:]
        return [{"agent": [unit], "organization": admitting} for unit in admitted]
    after = [u for u in organizations if u.start >= match.end()]
    organization = (after or organizations)[:1]  # none: the one in focus (kg.events.discourse), else no event
    inside = [u for u in units if match.start() <= u.start < match.end() and u not in organizations]
    subject = [u for u in roles.subject(ctx, segment, match.start()) if u not in organizations]
    # "suspend Russia's participation in the G8": whose participation the trigger names
    agents = inside or subject or [u for u in units if u.start >= match.end() and u not in organizations][:1]
    agents += [u for u in _followers(ctx, match.end()) if u not in organizations and u not in agents]
    return [{"agent": [agent], "organization": organization} for agent in agents] or [{"organization": organization}]


def _followers(ctx: SentenceContext, trigger_end: int) -> list[Unit]:
    """"Burundi left the ICC in 2017, followed by the Philippines in 2019",
    "disusul Filipina pada 2019": who followed did the same."""
    rest = ctx.text[trigger_end:]
    return [u for m in find_all(ctx.words.get("membership.followed_by"), rest)
            for u in roles.list_from(ctx, trigger_end + m.end(), len(ctx.text))]


def _signing(ctx: SentenceContext, rule: EventRule, segment: Segment, match: re.Match[str]) -> list[Roles]:
    """The parties: "between A and B", the signers before the verb (a "he"
    among them is the person named before), those after "with", and after a
    passive "signed in Manila by A and B"; onlookers ("with X looking on")
    sign nothing. With `transitive`, the actors right after the verb sign
    (Indonesian passives name their agent there). With `pairwise`, one
    signing per party after "with". Onlookers of a third party ("in a ceremony
    attended by the UN Secretary-General") broker the signing, and so does a
    party "with" whom it was signed whose leader attended it."""
    if _declared_only(ctx, segment, match):
        return []
    listed = roles.between(ctx, segment, segment.start)  # "the treaty between A and B was signed"
    signers = _instrumental_signers(ctx, segment, match) or roles.subject(ctx, segment, match.start())
    signers += more_sides.pronoun_person(ctx, segment, match.start())
    agents = roles.list_from(ctx, match.end(), segment.end) if rule.transitive else []
    if agents:  # "X mengatakan perjanjian yang ditandatangani A dan B": the agent right after a di- verb, not X
        signers = agents
    signers += _passive_signers(ctx, segment, match.end())
    brokers = roles.mediators(ctx, segment) + roles.guarantors(ctx, _whole(ctx))  # ", with X as guarantor"
    onlookers = [*more_sides.onlookers(ctx, segment), *brokers]
    others = [u for u in roles.objects(ctx, segment, match.start()) if u not in onlookers and u not in signers]
    signers = [u for u in signers if u not in onlookers]
    witnesses = _third_party_witnesses(onlookers, [*signers, *listed])
    attending = {u.represents or u.entity for u in witnesses}
    brokers = [*dict.fromkeys([*brokers, *witnesses, *(u for u in others if u.entity in attending)])]
    others = [u for u in others if u.entity not in attending]
    place = roles.locations(ctx, segment, match.start(), match.end(), (*signers, *others, *brokers))
    common: Roles = {"treaty": [t.entity for t in ctx.treaties], "location": place, "mediator": brokers,
                     "establishes": more_sides.established(ctx, segment, match.end())}
    if listed:
        return [{"participant": listed, **common}]
    if rule.pairwise and len(others) > 1:
        return [{"participant": [*signers, other], **common} for other in others]
    return [{"participant": [*signers, *others], **common}]


def _declared_only(ctx: SentenceContext, segment: Segment, match: re.Match[str]) -> bool:
    """"The joint declaration was signed by A and B", "Pernyataan bersama itu
    ditandatangani A dan B", "A dan B meneken deklarasi bersama": what was
    signed, right before a passive or right after an active verb, is a
    declaration or a statement (words treaty.declarations), no agreement
    (docs/gold-format.md: a signed agreement, not a declaration)."""
    before, after = ctx.text[segment.start:match.start()], ctx.text[match.end():segment.end]
    declarations = ctx.words.get("treaty.declarations")
    return any(word_count(before[m.end():]) <= DECLARATION_REACH for m in find_all(declarations, before)) or any(
        word_count(after[: m.start()]) <= DECLARATION_REACH for m in find_all(declarations, after))  # "inked a joint declaration"


def _instrumental_signers(ctx: SentenceContext, segment: Segment, match: re.Match[str]) -> list[Unit]:
    """"A, B and C formed the AES by signing a charter", "A, B dan C membentuk
    AES dengan meneken piagam": a signing that is the means of the clause's
    verb (words treaty.by_signing right before it) is signed by the clause's
    subject, not by what that verb made, which stands between."""
    before = ctx.text[segment.start:match.start()].rstrip()
    named = ctx.units_between(segment.start, match.start())
    by = [m for m in find_all(ctx.words.get("treaty.by_signing"), before) if m.end() == len(before)]
    return roles.list_from(ctx, named[0].start, match.start()) if by and named else []


def _third_party_witnesses(onlookers: list[Unit], signers: list[Unit]) -> list[Unit]:
    """Onlookers who stand for none of the signers' states or groups
    ("with President Marcos looking on" as his minister signs is no broker)."""
    sides = {u.represents or u.entity for u in signers}
    return [u for u in onlookers if (u.represents or u.entity) not in sides]


def _passive_signers(ctx: SentenceContext, segment: Segment, trigger_end: int) -> list[Unit]:
    """"signed in Doha by US special envoy A and Taliban political chief B",
    "ditandatangani ... oleh utusan khusus AS A dan pemimpin politik Taliban
    B": the actors after the first "by" of the clause, each at most a title's
    few words after the one before."""
    rest = ctx.text[trigger_end:segment.end]
    cue = next(iter(find_all(ctx.words.get("roles.passive_agent"), rest)), None)
    return _chained_units(ctx, trigger_end + cue.end(), segment.end) if cue else []


def _chained_units(ctx: SentenceContext, start: int, end: int) -> list[Unit]:
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


def _talks_partners(ctx: SentenceContext, rule: EventRule, segment: Segment, match: re.Match[str]) -> list[Unit]:
    """"Lavrov held talks with Ukraine's acting foreign minister, Andriy
    Deshchytsia", "Kerry raised the buildup with Lavrov in a phone call": the
    actors after "with" in the clause of talks or a call, before the trigger
    or after it, titles and appositions between them."""
    if rule.kind not in OPENING_TALKS:
        return []
    clause = ctx.text[segment.start:segment.end]
    return [u for m in find_all(ctx.words.get("roles.with"), clause)
            for u in _chained_units(ctx, segment.start + m.end(), segment.end)]


def _provide(ctx: SentenceContext, rule: EventRule, segment: Segment, match: re.Match[str]) -> list[Roles]:
    """Who gives military aid (agent) to whom (addressee: an actor, or with
    `places_stand_for_states` the state of a capital right after the trigger);
    "the US and Australia provided surveillance support to X" is one aid per giver."""
    giver = roles.subject(ctx, segment, match.start())
    helped = _whose_helpers(ctx, segment, giver, match.start())  # "Ukraine's allies pledged ...": Ukraine receives
    giver = [u for u in giver if u not in helped]
    tail = ctx.segment_at(match.end() - 1)  # "announced $270 million in military aid for Kyiv" spans a complement cue
    passive = _passive_givers(ctx, tail, match)
    if passive:  # "Russia, which had been warned by Trump that ...": the one after "by" warns
        return [{"agent": passive, "addressee": giver[:1]}]
    giving = {u.represents or u.entity for u in giver}  # "Egyptian aircraft ... a pact signed by Cairo": Cairo gives
    receivers: list[Unit] | list[str] = [u for u in roles.addressees(ctx, tail, match.start())
                                         if (u.represents or u.entity) not in giving]
    if not receivers and rule.places_stand_for_states:  # "military aid for the port of Odesa"
        receivers = more_sides.host_states(ctx, tail, match.end())
    if not receivers:  # "A sent drones to help the Kenyan army, while B supplied rifles"
        receivers = helped[:1] or _earlier_receivers(ctx, segment, giver)
    givers: dict[str, list[Unit]] = {}
    for unit in giver:  # a person and whom they represent give as one
        givers.setdefault(unit.represents or unit.entity, []).append(unit)
    return [{"agent": units, "addressee": receivers[:1]} for units in givers.values()] or [
        {"agent": [], "addressee": receivers[:1]}]


def _whose_helpers(ctx: SentenceContext, segment: Segment, giver: list[Unit], trigger_start: int) -> list[Unit]:
    """"Ukraine's Western allies pledged more air defence systems",
    "sekutu-sekutu Barat Ukraina menjanjikan ...": a state named as whose
    allies or backers give is the one they help, not a giver (words posture.helpers)."""
    helpers = ctx.words.get("posture.helpers")
    helped: list[Unit] = []
    for unit in giver:
        after = re.sub(r"^['’]s\b", "", ctx.text[unit.end:trigger_start]).strip()
        before = ctx.text[segment.start:unit.start].rstrip()
        if any(m.start() == 0 for m in find_all(helpers, after)) or any(m.end() == len(before) for m in find_all(helpers, before)):
            helped.append(unit)
    return helped


def _passive_givers(ctx: SentenceContext, tail: Segment, match: re.Match[str]) -> list[Unit]:
    """The actors right after a passive cue that follows the trigger's verb
    ("had been warned by President X that", "diperingatkan oleh X")."""
    verb_end = match.start() + len(match.group(0).split()[0])
    rest = ctx.text[verb_end:tail.end]
    cue = next((m for m in find_all(ctx.words.get("roles.passive_agent"), rest) if not rest[:m.start()].strip()), None)
    return roles.list_from(ctx, verb_end + cue.end(), tail.end) if cue else []


def _earlier_receivers(ctx: SentenceContext, segment: Segment, givers: list[Unit]) -> list[Unit]:
    """"A sent drones to help the Kenyan army, while B supplied rifles", "...,
    sedangkan B memberikan bantuan pengintaian": aid that names no receiver,
    told after aid to one in an earlier clause of the sentence, goes to the
    same receiver."""
    before = ctx.text[:segment.start]
    found = [m for rule in event_rules(ctx.language) if rule.kind == "MilitaryAid" and rule.frame == "provide"
             for m in find_all(rule.triggers, before)]
    if not found:
        return []
    last = max(found, key=lambda m: m.start())
    earlier = ctx.segment_at(last.start())
    earlier_givers = roles.subject(ctx, earlier, last.start())
    return [u for u in roles.addressees(ctx, ctx.segment_at(last.end() - 1), last.start())
            if u.start < segment.start and u not in earlier_givers and u not in givers][:1]


def _mediation(ctx: SentenceContext, rule: EventRule, segment: Segment, match: re.Match[str]) -> list[Roles]:
    """The mediator is the subject; the parties follow "between"/"with"."""
    mediator = roles.subject(ctx, segment, match.start())
    return [{"mediator": mediator, "participant": roles.objects(ctx, segment, match.start())}]


def _summit(ctx: SentenceContext, rule: EventRule, segment: Segment, match: re.Match[str]) -> list[Roles]:
    """Talks named by a noun, as the participants frame reads them, and:
    "Prabowo attended the ASEAN summit", "saat menghadiri KTT BRICS": the
    organization whose summit it is takes part with those who attend it (the
    subject of the support verb, or of the main clause when a subordinate
    clause tells the attendance); "X flew to Asmara for a summit with Y",
    "untuk perundingan dengan Y": who travels for the talks takes part."""
    cue = _sidelines_cue(ctx, segment, match)
    if cue is not None and _tells_diplomacy(ctx, ctx.text[segment.start:segment.start + cue.start()]):
        return []  # "A and B held talks / signed a deal on the sidelines of the BRICS summit": the summit is only where
    sidelines = _on_the_sidelines(ctx, segment, match, cue) if cue is not None else {}
    if sidelines:
        return [sidelines]
    fills = _without_the_setting(ctx, segment, match, _participants(ctx, rule, segment, match))
    owner = roles.possessor(ctx, match.start(), match.end())
    if owner is None or owner.kind not in ORGANIZATION_KINDS:
        return [_with_traveller(ctx, segment, match, filled) for filled in fills]
    if modality.polarity(ctx, segment, match.start(), noun=True) == "hypothetical":
        return fills  # "Assad dapat menghadiri KTT Liga Arab": who may attend has not attended
    before = min(owner.start, match.start())  # "attended an ASEAN summit": the subject stands before the owner
    attendees = roles.subject(ctx, segment, before, max_gap_words=rule.max_subject_gap, noun=True)
    if not attendees and segment.kind == "subordinate":
        attendees = roles.main_subject(ctx, segment)
    named = [u for u in attendees if u != owner]
    return [{**filled, "participant": [*dict.fromkeys([*named, *filled.get("participant", []), owner])]}
            for filled in fills]


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


def _visit(ctx: SentenceContext, rule: EventRule, segment: Segment, match: re.Match[str]) -> list[Roles]:
    """A visit named by a noun, with its visitor after it: "a visit to Cairo
    by Somali President X", "kunjungan mendadak Menteri Luar Negeri AS X ke
    Kiev": the visitor (after "by", or right after the noun) meets the state
    of the place visited (after "to", "ke")."""
    rest = ctx.text[match.start():segment.end]
    to = next(iter(find_all(ctx.words.get("talks.visit_to"), rest)), None)
    if to is None:
        return []
    to_start, to_end = match.start() + to.start(), match.start() + to.end()
    visitor = _chained_units(ctx, match.end(), to_start if to_start > match.end() else segment.end)[:1]
    if not visitor:
        return []
    host = more_sides.host_states(ctx, segment, to_end)
    visiting = {u.represents or u.entity for u in visitor}
    if not host or host[0] in visiting:
        return []
    place = roles.locations(ctx, segment, match.start(), segment.end, tuple(visitor))
    return [{"participant": [*visitor, *host], "location": place}]


def _received(ctx: SentenceContext, rule: EventRule, segment: Segment, match: re.Match[str]) -> list[Roles]:
    """"Macron received Ruto at the Elysee", "Prabowo menerima kunjungan PM
    Albanese": the host and the guest named right after the verb meet; what
    else is welcomed ("welcomed the deal between A and B") names no guest."""
    host = roles.subject(ctx, segment, match.start())
    guests = [u for u in roles.list_from(ctx, match.end(), segment.end) if u not in host]
    place = roles.locations(ctx, segment, match.start(), match.end(), (*host, *guests))
    return [{"participant": [*host, *guests], "location": place}] if guests else []


def _received_aid(ctx: SentenceContext, rule: EventRule, segment: Segment, match: re.Match[str]) -> list[Roles]:
    """"Ukraine received military aid from the United States", "Ukraina mendapat
    bantuan militer dari AS": the subject receives (addressee), the actor after
    "from" gives (agent)."""
    giver = _sources(ctx, segment, match) or _backers(ctx, segment, match)
    receiver = [u for u in roles.subject(ctx, segment, match.start()) if u not in giver]
    return [{"agent": giver, "addressee": receiver[:1]}] if giver else []


def _sources(ctx: SentenceContext, segment: Segment, match: re.Match[str]) -> list[Unit]:
    """"support from the UAE and Egypt", "dukungan dari UEA dan Mesir": the
    whole list after the first "from" gives, together."""
    rest = ctx.text[match.end():segment.end]
    cue = next(iter(find_all(ctx.words.get("roles.source"), rest)), None)
    return roles.list_from(ctx, match.end() + cue.end(), segment.end) if cue else []


def _backers(ctx: SentenceContext, segment: Segment, match: re.Match[str]) -> list[Unit]:
    """"backed by US-led coalition air strikes", "dibantu serangan udara
    koalisi pimpinan Amerika Serikat": with no "from", who gives the support
    is named inside the trigger or in the few words right after it."""
    inside = [u for u in ctx.units if match.start() < u.start and u.end <= match.end()]
    return inside[:1] or roles.list_from(ctx, match.end(), segment.end, lead_words=BACKER_LEAD_WORDS)


FRAMES = {
    "participants": _participants,
    "request": _request,
    "agent": _agent,
    "hosted": _hosted,
    "membership_change": _membership_change,
    "signing": _signing,
    "provide": _provide,
    "mediation": _mediation,
    "summit": _summit,
    "received": _received,
    "received_aid": _received_aid,
    "requested": _requested,
    "visit": _visit,
}


def _evidence(ctx: SentenceContext, rule: EventRule) -> Evidence:
    sentence = ctx.sentence
    return Evidence(sentence.text, sentence.start, sentence.end, rule.id, rule.confidence)


def _whole(ctx: SentenceContext) -> Segment:
    return Segment(0, len(ctx.text), "main")


def _required(ctx: SentenceContext, rule: EventRule, segment: Segment, match: re.Match[str]) -> bool:
    scope = _whole(ctx) if rule.sentence_wide else segment
    if rule.requires_after:
        return _asked_for(ctx, rule, match.end(), scope.end)
    return not rule.requires or bool(find_all(rule.requires, ctx.text[scope.start:scope.end]))


def _asked_for(ctx: SentenceContext, rule: EventRule, trigger_end: int, end: int) -> bool:
    """"Kenya appealed to Uganda to send troops": what a request asks for
    follows its verb; troops named before it ("X, which keeps troops in Y,
    urged restraint") or that are to leave ("urged Y to withdraw its troops",
    "mendesak Y menarik pasukan", words aid.departure) are asked of no one."""
    rest = ctx.text[trigger_end:end]
    first = next(iter(find_all(rule.requires, rest)), None)
    return first is not None and not find_all(ctx.words.get("aid.departure"), rest[: first.start()])


def _ahead(ctx: SentenceContext, segment: Segment, when: DateValue | None) -> DateValue | None:
    """"will meet again on 25 October" in an article of 19 October 2025: a
    day named without its year for a planned event is the next such day,
    not the past one; so is a weekday ("will meet on Friday"). A date told
    only after the planned event's clause ("X will send troops, the minister
    said on Tuesday") is the day it was said, which is past: it stays."""
    named = next((d for d in ctx.dates if d.value == when), None)
    if named is not None and named.start >= segment.end:
        return when
    published = ctx.published.date() if isinstance(ctx.published, datetime) else ctx.published
    if when is None or published is None or when.precision != "day" or when.end:
        return when
    if named is None or YEAR_DIGITS.search(named.text) or date.fromisoformat(when.value) >= published:
        return when
    day = date.fromisoformat(when.value)
    if not re.search(r"\d", named.text):  # "will meet on Friday" read on a Thursday: the coming Friday
        return DateValue((day + timedelta(days=7)).isoformat(), "day")
    if (day.month, day.day) == (2, 29):
        return when
    ahead = day.replace(year=published.year)
    ahead = ahead if ahead >= published else ahead.replace(year=published.year + 1)
    return DateValue(ahead.isoformat(), "day")


def _drafts_for(ctx: SentenceContext, rule: EventRule, match: re.Match[str]) -> list[Draft]:
    segment = ctx.segment_at(match.start())
    polarity = modality.polarity(ctx, segment, match.start(), noun=rule.noun, change=rule.frame == "membership_change",
                                 trigger=match.group(0))
    in_call = _speakers_in_a_call(ctx, rule, segment, match)
    if in_call:  # "meminta Y dalam percakapan telepon untuk ...": what was asked is hypothetical, the call took place
        polarity = _polarity_of_the_call(ctx, _speech_clause(ctx, segment), in_call, match.group(0))
    if polarity == "negated" or not _required(ctx, rule, segment, match):
        return []
    if rule.kind != "ThreatOfForce" and modality.threatened(ctx, segment, match.start(), match.group(0)):
        return []  # the threat is the event, the act it names is not
    if rule.kind not in FIGHTING and modality.denied_accusation(ctx, match.start()):
        return []  # a denied charge of sending troops or arms; a fight blamed on the wrong side still happened
    if rule.noun and rule.kind in OPENING_TALKS and _named_by_a_source(ctx, match.start()):
        return []  # "according to officials familiar with the talks": talks told elsewhere, the sentence names no sides
    lasting = attributes.lasting(ctx, match.start())  # "after three years of fighting": no one day of it
    inherit = rule.undated != "none" and not lasting
    since = attributes.opens_with_since(ctx)  # "Since then, ...": the date carried over is when it began
    habitual = bool(find_all(ctx.words.get("dates.habitual"), ctx.text)  # "attacks in recent years"
                    or rule.kind == "Deployment" and (find_all(ctx.words.get("dates.standing"), ctx.text)
                                                      or attributes.present_perfect(ctx, match.start())))
    dates = attributes.trigger_dates(ctx, segment, inherit=inherit, at=match.start()) or (
        [] if since or (ctx.shifted and rule.undated == "none") else ctx.carried_dates)
    if rule.kind == "Ceasefire":  # gold-format: from the day it was agreed to the day it took effect
        dates = attributes.agreed_to_effect(ctx) or dates
    if rule.frame == "signing":
        dates = _year_in_name(ctx, match) or dates
    anaphoric = cues.anaphoric_pair(ctx, segment, match.start())
    treaty_cue = bool(find_all(ctx.words.get("treaty.nouns"), ctx.text[segment.start:segment.end]))
    drafts: list[Draft] = []
    fills = _with_relative_objects(FRAMES[rule.frame](ctx, rule, segment, match), rule,
                                   _relative_objects(ctx, rule, segment, match))
    fills = _with_opening_speakers(fills, _opening_speakers(ctx, rule, match))
    fills = _with_opening_speakers(fills, in_call)
    fills = _with_partners(fills, _talks_partners(ctx, rule, segment, match), rule.pairwise)
    fills = _with_coordinated_subject(fills, *_coordinated_subject(ctx, segment, match.start()))
    anaphor_subject = anaphoric and cues.anaphor_subject(ctx, segment, match.start())
    if anaphor_subject:  # "Anwar said commanders from both countries would meet": not Anwar
        fills = [_within_clause(filled, segment) for filled in fills]
    own = [d.value for d in ctx.dates if match.end() <= d.start < segment.end]
    # "with A in 2022 and with B in 2023", "left in 2017, followed by B in 2019": one date each
    paired = (rule.pairwise or rule.frame == "membership_change") and len(fills) == len(own) > 1
    for index, filled in enumerate(fills):
        event_roles = {role: _iris(values) for role, values in filled.items() if values}
        for when in [own[index]] if paired else dates or [None]:
            when = _ahead(ctx, segment, when) if polarity == "future" else when
            fact = EventFact(rule.kind, dict(event_roles), [_evidence(ctx, rule)], date=when, modality=polarity)
            if rule.frame in ("agent", "hosted"):
                fact.troops = attributes.troops(ctx, match.start(), match.end(), rule.noun)
            position = ctx.sentence.start + match.start()
            draft = Draft(fact, rule, ctx.sentence.index, position, anaphoric, treaty_cue)
            draft.plural_pronoun = cues.plural_pronoun_before(ctx, segment, match.start()) or (
                cues.pronoun_pair_after(ctx, segment, match.start()))
            draft.anaphor_subject = anaphor_subject
            draft.trio = bool(find_all(ctx.words.get("discourse.three_anaphora"), ctx.text[segment.start:match.start()]))
            draft.borrowed_date = when is not None and attributes.borrows_date(ctx, segment)
            draft.since = when is None and (since or habitual or lasting)
            draft.represents = {u.entity: u.represents for u in ctx.units if u.represents}
            if rule.kind in FIGHTING:
                draft.ally = next((u.represents or u.entity for u in more_sides.allies(ctx, segment, match.end())), None)
            if rule.frame == "signing":
                draft.treaty_label = _treaty_label(ctx, match)
            resolve_invoked(fact, treaty_cue)
            drafts.append(draft)
    if rule.decided and polarity == "asserted":  # "ordered on 10 August the activation of a force":
        for draft in drafts:  # dated by the decision, deployed later if at all
            draft.fact.modality = "future"
    return drafts


def _named_by_a_source(ctx: SentenceContext, trigger_start: int) -> bool:
    """"officials familiar with the talks", "pejabat yang mengetahui perundingan
    itu": a talks noun right after a source's tie to it (words talks.sources,
    an article or two between) names talks the article tells elsewhere."""
    before = ctx.text[:trigger_start]
    return any(word_count(before[m.end():]) <= SOURCE_REACH for m in find_all(ctx.words.get("talks.sources"), before))


def _relative_objects(ctx: SentenceContext, rule: EventRule, segment: Segment, match: re.Match[str]) -> list[Unit]:
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


def _with_relative_objects(fills: list[Roles], rule: EventRule, objects: list[Unit]) -> list[Roles]:
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


def _opening_speakers(ctx: SentenceContext, rule: EventRule, match: re.Match[str]) -> list[Unit]:
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
    speakers = roles.list_from(ctx, comma + 1, len(ctx.text)) if comma >= 0 else []
    if not speakers or find_all(ctx.words.get("roles.conjunctions"), ctx.text[comma + 1:speakers[0].start]):
        return []  # "Talks with X stalled, and Y recalled its envoy": a clause of its own
    rest = ctx.text[speakers[-1].end:]
    told = next((m for m in find_all(ctx.words.get("talks.told"), rest) if not rest[: m.start()].strip()), None)
    addressed = roles.list_from(ctx, speakers[-1].end + told.end(), len(ctx.text)) if told else []
    return [*speakers, *addressed]


def _speakers_in_a_call(ctx: SentenceContext, rule: EventRule, segment: Segment, match: re.Match[str]) -> list[Unit]:
    """"X had asked Y in a phone call to ...", "X meminta Y dalam percakapan
    telepon ...": a call named after a verb of its clause, behind a
    preposition (words talks.in_call), is held by the clause's subject and
    the actor the verb addresses."""
    clause = _speech_clause(ctx, segment)
    lead = ctx.text[clause.start:match.start()].rstrip()
    if rule.kind != "PhoneCall" or not any(
            m.end() == len(lead) for m in find_all(ctx.words.get("talks.in_call"), lead)):
        return []
    named = ctx.units_between(clause.start, match.start())
    subject = roles.list_from(ctx, named[0].start, match.start()) if named else []
    addressed = [u for u in named if u not in subject][:1]
    return [*subject, *addressed] if subject and addressed else []


def _polarity_of_the_call(ctx: SentenceContext, clause: Segment, speakers: list[Unit], trigger: str) -> modality.Polarity:
    """The polarity of the verb the call is named behind ("did not tell Y in
    a phone call", "will tell"); that the verb asks for something ("meminta",
    "urged") makes the request hypothetical, not the call: then only what
    stands before the verb counts."""
    at_verb = modality.polarity(ctx, clause, speakers[-1].start, trigger=trigger)
    return modality.polarity(ctx, clause, speakers[0].end, trigger=trigger) if at_verb == "hypothetical" else at_verb


def _speech_clause(ctx: SentenceContext, segment: Segment) -> Segment:
    """"X told Y in a phone call that ...": a complement reaches back to the
    clause of the verb that opens it."""
    index = ctx.segments.index(segment) if segment in ctx.segments else 0
    if segment.kind != "complement" or index == 0:
        return segment
    return Segment(ctx.segments[index - 1].start, segment.end, "main")


def _with_partners(fills: list[Roles], partners: list[Unit], pairwise: bool) -> list[Roles]:
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


def _with_opening_speakers(fills: list[Roles], speakers: list[Unit]) -> list[Roles]:
    return [{**filled, "participant": [*dict.fromkeys([*filled.get("participant", []), *speakers])]}
            for filled in fills] if speakers else fills


def _coordinated_subject(ctx: SentenceContext, segment: Segment, trigger_start: int) -> tuple[list[Unit], list[Unit]]:
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


def _with_coordinated_subject(fills: list[Roles], subject: list[Unit], objects: list[Unit]) -> list[Roles]:
    """Each fill with the earlier verb's object replaced by the shared subject."""
    if not objects:
        return fills
    replaced: list[Roles] = []
    for filled in fills:
        filled = dict(filled)
        for role in SIDE_ROLES:
            values = filled.get(role, [])
            if any(v in objects for v in values):
                filled[role] = [*dict.fromkeys(subject + [v for v in values if v not in objects])]
        replaced.append(filled)
    return replaced


def _year_in_name(ctx: SentenceContext, match: re.Match[str]) -> list[DateValue]:
    """"the 2015 Algiers peace agreement that Bamako had signed", "perjanjian
    damai Aljir 2015 yang ditandatangani Bamako": a signing told in a relative
    clause of a treaty named with its year took place that year, not when the
    main clause did."""
    before = ctx.text[: match.start()]
    relative = next((m for m in reversed(find_all(ctx.words.get("treaty.relative"), before))
                     if word_count(before[m.end():]) <= RELATIVE_SUBJECT_WORDS), None)
    if relative is None:
        return []
    name = " ".join(before[: relative.start()].split()[-TREATY_NAME_WORDS:])
    year = YEAR_DIGITS.search(name)
    if year is None or not find_all(ctx.words.get("treaty.named"), name):
        return []
    return [DateValue(year.group(), "year")]


def _within_clause(filled: Roles, segment: Segment) -> Roles:
    """The fill without sides borrowed from another clause: a pair anaphor
    ("both countries", "kedua negara") is the trigger's own subject."""
    return {role: [v for v in values if not isinstance(v, Unit) or segment.start <= v.start < segment.end]
            if role in SIDE_ROLES else values for role, values in filled.items()}


def _treaty_label(ctx: SentenceContext, match: re.Match[str]) -> str:
    """The treaty's name if the sentence names a known one, else the words
    after the signing verb ("a defence pact")."""
    if ctx.treaties:
        return ctx.text[ctx.treaties[0].start:ctx.treaties[0].end]
    tail = ctx.text[match.start():]
    stop = compile_patterns(ctx.words.get("treaty.label_stops"))
    end = stop.search(tail, len(match.group().split()[0])) if stop else None
    phrase = tail[: end.start() if end else len(tail)]
    articles = {a.lower() for a in ctx.words.get("treaty.articles")}
    words_after_verb = [w for w in re.findall(r"[\w'’-]+", phrase)[1:] if w.lower() not in articles]
    return " ".join(words_after_verb[:LABEL_WORDS]) or match.group()


def _overlap(match: re.Match[str], start: int, end: int) -> bool:
    return match.start() < end and start < match.end()


def _as_wars(ctx: SentenceContext, fights: list[Draft], match: re.Match[str]) -> list[Draft]:
    """"The neighbours fought two wars, in the 1990s and in 2020": the fighting
    is the wars, dated by their own clause only (not by "signed a deal on
    Sunday" governing "two neighbours that fought a war"), never by the day
    of publication."""
    own = attributes.trigger_dates(ctx, ctx.segment_at(match.start()), inherit=False)
    wars = [d for d in fights if d.fact.date in own] or fights[:1]
    for war in wars:
        war.fact.kind = "War"
        if war.fact.date not in own:
            war.fact.date, war.since = None, True
    return wars


def _war_phrases(ctx: SentenceContext, rules: list[EventRule]) -> list[tuple[int, int]]:
    """Spans of verb phrases that name a war ("fought a war", "waged war")."""
    return [(m.start(), m.end()) for rule in rules if rule.kind == "War" and not rule.noun
            for m in find_all(rule.triggers, ctx.text)]


def sentence_drafts(ctx: SentenceContext) -> list[Draft]:
    """Every trigger of every rule in one sentence, except inside words that
    only look like triggers ("kapal perang" is a warship, "prisoners of war")."""
    drafts: list[Draft] = []
    rules = event_rules(ctx.language)
    blocked = [(b.start(), b.end()) for b in find_all(ctx.words.get("events.not_triggers"), ctx.text)]
    triggered = {rule.id: find_all(rule.triggers, ctx.text) for rule in rules}
    exclusive = {(m.start(), m.end(), rule.id) for rule in rules if rule.exclusive for m in triggered[rule.id]}
    wars = _war_phrases(ctx, rules)
    for rule in rules:
        for match in triggered[rule.id]:
            inside = [(s, e) for s, e, owner in exclusive if owner != rule.id] + blocked
            if not any(_overlap(match, start, end) for start, end in inside):
                found = _drafts_for(ctx, rule, match)
                if rule.kind == "ArmedClash" and any(_overlap(match, start, end) for start, end in wars):
                    found = _as_wars(ctx, found, match)
                drafts += found
    _join_one_sided(drafts)
    _lasting_wars(ctx, drafts)
    _attach_casualties(ctx, drafts)
    return drafts


def _lasting_wars(ctx: SentenceContext, drafts: list[Draft]) -> None:
    """"Haftar's forces launched an offensive on Tripoli that lasted more than
    a year": a fight that lasted a year or more is a war; so is one told as
    running since a start a year or more before publication ("have since
    fought al-Shabaab", "telah memerangi tentara Nigeria sejak 2009")."""
    lasted = bool(find_all(ctx.words.get("events.lasting_war"), ctx.text))
    running = bool(find_all(ctx.words.get("events.running_since"), ctx.text))
    for draft in drafts:
        if draft.kind == "ArmedClash" and (lasted or running and _began_a_year_ago(ctx, draft)):
            draft.fact.kind = "War"


def _began_a_year_ago(ctx: SentenceContext, draft: Draft) -> bool:
    """The fight is asserted and dated a year or more before publication."""
    when, published = draft.fact.date, ctx.published
    if draft.fact.modality != "asserted" or when is None or published is None:
        return False
    year = int(when.value[:4])
    month = int(when.value[5:7]) if len(when.value) >= 7 else 1
    return (published.year - year) * 12 + published.month - month >= MONTHS_OF_A_WAR


def _join_one_sided(drafts: list[Draft]) -> None:
    """"Two Pakistani soldiers were killed when Indian troops opened fire",
    "Hamas fired rockets and Israel struck back": clashes told in one
    sentence that name one side each, a different one, are one clash between
    the two."""
    one_sided = [d for d in drafts if d.kind == "ArmedClash" and d.fact.modality == "asserted"
                 and len({d.represents.get(i, i) for i in d.sides()}) == 1]
    sides = {d.represents.get(i, i) for d in one_sided for i in d.sides()}
    if any(side.startswith(ID + "person/") for side in sides):  # a pilot the text ties to no state
        return
    if len(sides) != 2:
        return
    joined = tuple(dict.fromkeys(i for d in one_sided for i in d.fact.roles.get("participant", ())))
    for draft in one_sided:
        draft.fact.roles["participant"] = joined


def _side_of_the_dead(fight: Draft, side: str | None) -> None:
    """"20 Indian soldiers died fighting Chinese troops": whose dead they are
    took part, when the fight names fewer than two sides."""
    named = fight.fact.roles.get("participant", ())
    if side and side not in named and len(named) < 2:
        fight.fact.roles["participant"] = (*named, side)


def _owner_of_the_armed_dead(ctx: SentenceContext, count_start: int) -> str | None:
    """"..., killing 12 Nigerian soldiers", "menewaskan dua tentara Thailand":
    the actor named inside the noun phrase of armed dead counted after their
    fatality word (words casualties.armed_dead), before the noun or right
    after it; "killing 12 soldiers in Nigeria" names a place, no owner."""
    phrase = re.split(r"[,;.:()]", ctx.text[count_start:], maxsplit=1)[0]
    noun = next(iter(find_all(ctx.words.get("casualties.armed_dead"), phrase)), None)
    if noun is None or word_count(phrase[:noun.start()]) > 4:
        return None
    owners = [u for u in ctx.units if count_start < u.start <= count_start + noun.end() + 1
              and u.end <= count_start + len(phrase)]
    return (owners[0].represents or owners[0].entity) if owners else None


def _counted_after_its_cue(ctx: SentenceContext, start: int) -> bool:
    """"..., killing five", "..., menewaskan lima": the count follows its
    fatality word, so it tells the toll of a fight told before it."""
    before = ctx.text[max(0, start - 40):start]
    cues_before = list(find_all(ctx.words.get("casualties.fatality"), before))
    return bool(cues_before) and word_count(before[cues_before[-1].end():]) <= 2


def _fight_of_the_count(ctx: SentenceContext, fighting: list[Draft], start: int) -> Draft:
    """The fight a count of dead belongs to. Fights with sides go first: in
    "five soldiers were killed when Russian forces shelled Kharkiv" the
    side-less "killed" is only a mention of the shelling. A count that follows
    its fatality word belongs to the nearest fight before it ("A attacked on
    Monday, killing five, and B struck back on Tuesday, killing 12"); else the
    nearest fight counts."""
    sided = [d for d in fighting if d.sides()] or fighting
    at = ctx.sentence.start + start
    before = [d for d in sided if d.position < at] if _counted_after_its_cue(ctx, start) else []
    return min(before or sided, key=lambda d: abs(d.position - at))


def _attach_casualties(ctx: SentenceContext, drafts: list[Draft]) -> None:
    """Fatalities go to the fighting event of the sentence they tell the toll
    of; with none, they wait for kg.events.discourse to find the event in focus."""
    fighting = [d for d in drafts if d.kind in ("ArmedClash", "War")]
    for found in attributes.casualties(ctx):
        if not fighting:
            ctx.orphan_casualties.append(found)
            continue
        nearest = _fight_of_the_count(ctx, fighting, found.start)
        if nearest.fact.fatalities is None:
            side = found.side or _owner_of_the_armed_dead(ctx, found.start)
            nearest.fact.fatalities = found.quantity
            nearest.fact.fatalities_side = side
            _side_of_the_dead(nearest, side)
    for number in attributes.fighting_troops(ctx):
        nearest = min(fighting, key=lambda d: abs(d.position - ctx.sentence.start), default=None)
        if nearest is not None and nearest.fact.troops is None:
            nearest.fact.troops = number

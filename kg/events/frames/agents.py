"""The agent frames: who deploys forces, whose troops a host holds, who
joins or leaves an organization.

"the deployment of US troops to Iraq" (agent and destination; a base named
as what a fight hit is a target, no posture), "Japan hosts about 54,000 US
troops" (hosted), "Burundi left the ICC, followed by the Philippines",
"the bloc admitted A, B and C" (membership_change).
"""
from __future__ import annotations

import re

from kg.events import roles
from kg.events import sides as more_sides
from kg.events.context import (
    ORGANIZATION_KINDS,
    Segment,
    SentenceContext,
    Unit,
    word_count,
)
from kg.events.drafts import FIGHTING
from kg.events.frames import Roles
from kg.events.patterns import blank, find_all
from kg.events.rules import EventRule, event_rules

TIME_SPAN_WINDOW = 40  # characters after the verb where that span may stand
BARE_PASSIVE_LEAD_WORDS = 1  # "dikawal sejumlah kapal perang Turki", "escorted by two": a quantifier before a passive's agent
PASSIVE_AGENT_GAP_WORDS = 1  # "sent quickly by", "dikirim langsung oleh": words between a passive and its agent cue
REQUESTER_LEAD_WORDS = 3  # "at the request of the Somali government": the cue to the requester
FORCES_FOR_LEAD_WORDS = 3  # "troops for the EAC regional force", "pasukan untuk pasukan regional EAC": cue to the force served
FORCE_NAME_REACH_WORDS = 4  # "pasukan penjaga perdamaian PBB di Libanon (UNIFIL)": words before the force's name
FORCES_COUNT_WORDS = 4  # "the arrival of some 400 Kenyan", "pengerahan sekitar 1.000 tentara AS"
TARGET_REACH_WORDS = 4  # "a missile attack on the American air base": a fight word this close before a base
TARGET_BARE_WORDS = 2  # "stormed a Kenyan military base": words between a fight verb and its object with no cue
PASSIVE_AUXILIARY_WORDS = 1  # "KFOR, has been deployed": one word between the comma and the passive
FORCES_AUXILIARY_WORDS = 2  # "Israeli tanks were rolling into", "pasukan Suriah akan bergerak masuk ke"
PASSIVE_REACH = 24  # characters around a trigger where its passive may stand ("were deployed", "peacekeepers were sent")
LISTED_ORGANIZATIONS_LEAD = 3  # "suspended from both the AU and ECOWAS": words before the first organization listed
ARRIVING_FORCES_WORDS = 8  # "some 16,000 NATO peacekeepers, KFOR, remain on alert in": forces to an arrival verb
SENT_FORCES_WORDS = 3  # "sent two frigates": a verb to the forces it sends
JOINT_OBJECT_WORDS = 2  # "deploy a joint battalion", "mengerahkan batalion gabungan": trigger to the joint word
PARTNER_GAP_WORDS = 2  # "agreed with Sweden to deploy": the partner to the trigger
LED_FORCE_WORDS = 12  # "Germany leads the multinational NATO battlegroup that is stationed": verb of leading to trigger
LED_NOUN_WORDS = 4  # "led the international peacekeeping force": verb of leading to a noun trigger
LEADER_GAP_WORDS = 1  # "Jerman juga memimpin": an adverb between the leader and the verb
LED_CLAUSE_WORDS = 3  # "that has been stationed", "yang akan ditempatkan secara": relative word to trigger


def agent(ctx: SentenceContext, rule: EventRule, segment: Segment, match: re.Match[str]) -> list[Roles]:
    if rule.noun and _targeted(ctx, segment, match):
        return []  # "a missile attack on the American air base", "menyerbu pangkalan militer": a target
    if rule.noun and _force_joined(ctx, segment, match):
        return []  # "sent 200 soldiers to reinforce NATO's peacekeeping mission": where they go, no act of NATO's
    if not rule.noun and _attributive(ctx, match):
        return []  # "limits each side to 1,550 deployed strategic warheads": what kind of warheads, no act
    if not rule.noun and _time_entered(ctx, match):
        return []  # "the fighting between their troops entered its fourth day": time passes, nobody moves
    if rule.requires and not rule.noun and not _forces_moving(ctx, rule, match):
        return []  # "Jaish al-Adl, which operates on both sides of the border, ... killed 11 police": no forces move
    named = _force_named_in_brackets(ctx, segment, match) if rule.noun else None
    owner = named or (roles.possessor(ctx, match.start(), match.end()) if rule.noun else None)
    owners = [owner] if owner else [] if rule.noun else _forces_owners_before(ctx, segment, match)
    subject = roles.subject(ctx, segment, match.start(), max_gap_words=rule.max_subject_gap, noun=rule.noun)
    if rule.noun and _authorised(ctx, segment, match):  # "the Security Council approved the deployment of ..."
        subject = [u for u in subject if u.kind not in ORGANIZATION_KINDS]
    agent = _passive_agent(ctx, rule, segment, match) or owners or _sent_states_forces(ctx, rule, match, subject) or subject
    if rule.noun and not agent:  # "the deployment of Kenyan police", "pengerahan pasukan Kenya"
        agent = more_sides.targets(ctx, segment, match.end()) or _counted_forces_owner(ctx, segment, match)
    agent = _without_parent_bodies(ctx, _within_a_passive_clause(ctx, match, agent))
    agent = list(dict.fromkeys(_sender_of_forces_for(ctx, u) or u for u in agent))  # "Kenyan troops for the EAC force"
    agent = [u for u in agent if not _after_a_destination_cue(ctx, u)]  # "... to Estonia and Canada will lead"
    agent = [u for u in agent if u not in _requesters(ctx)]  # "At the request of Somalia, Egypt sent troops"
    led = _led_force(ctx, rule, match)
    agent = led or agent
    place = roles.locations(ctx, segment, match.start(), match.end(), tuple(agent)) or _destination(ctx, rule, segment, match)
    if led:
        return [{"agent": agent, "location": place}]
    exercise = _exercise_after(ctx, match)
    if exercise is not None and not _forces_take_part(ctx, match, match.end() + exercise.start()):
        return []  # "officials took part in talks on the exercise budget": no forces go anywhere
    if exercise is not None:  # "Iraqi troops joined Turkish forces in military exercises": one exercise of both
        joined = [*ctx.units_between(match.end(), match.end() + exercise.start()), *_partners(ctx, match),
                  *_exercise_partners(ctx, match.end() + exercise.end())]
        return [{"agent": agent + [u for u in joined if u not in agent and not _after_a_destination_cue(ctx, u)], "location": place}]
    if _joint(ctx, match):  # "Russian and Turkish troops began joint patrols": one act of both
        return [{"agent": agent + [u for u in _partners(ctx, match) if u not in agent], "location": place}]
    groups: dict[str, list[Unit]] = {}
    for unit in agent:  # a person and whom they represent are one agent
        groups.setdefault(unit.represents or unit.entity, []).append(unit)
    # "India and China both deployed troops": each deploys its own
    return [{"agent": units, "location": place} for units in groups.values()] or [{"agent": [], "location": place}]


def _time_entered(ctx: SentenceContext, match: re.Match[str]) -> bool:
    """"Fighting between Armenian and Azerbaijani troops entered its fourth
    day", "pertempuran ... memasuki hari keempat": a span of time (words
    posture.time_spans) right after a verb of entering, with at most a
    possessive, an article or an ordinal between (words posture.time_span_lead,
    "10th"), is what the fight entered, no place forces went to ("arrived in
    Goma on Monday", "tiba di Goma pada hari Senin" name a place first; only
    verbs of entering, words posture.entering: "tiba bulan lalu" arrived)."""
    if not any(m.start() == 0 for m in find_all(ctx.words.get("posture.entering"), match.group(0))):
        return False
    rest = ctx.text[match.end():match.end() + TIME_SPAN_WINDOW]
    lead = {w.lower() for w in ctx.words.get("posture.time_span_lead")}
    for span in find_all(ctx.words.get("posture.time_spans"), rest):
        gap = rest[:span.start()].split()
        if all(w.lower() in lead or re.fullmatch(r"\d+\w{0,2}", w) for w in gap):
            return True
    return False


def _passive_agent(ctx: SentenceContext, rule: EventRule, segment: Segment, match: re.Match[str]) -> list[Unit]:
    """"The THAAD system was deployed by the United States", "troops sent by
    Russia", "ditempatkan oleh Amerika Serikat": the actors listed right
    after the agent cue of a passive (words posture.passive_agent; at most
    PASSIVE_AGENT_GAP_WORDS words between, "sent quickly by") deploy, not
    the subject, which is the forces or arms. The cue may close the trigger
    itself ("ditempatkan oleh")."""
    cues = ctx.words.get("posture.passive_agent")
    if any(m.end() == len(match.group(0)) for m in find_all(cues, match.group(0))):  # "escorted by two Turkish warships"
        return _agent_right_after(ctx, rule, segment, match.end())
    if any(m.start() == 0 and m.end() == len(match.group(0)) for m in find_all(ctx.words.get("posture.bare_passive"), match.group(0))):
        return _agent_right_after(ctx, rule, segment, match.end())
    rest = ctx.text[match.end():segment.end]
    cue = next(iter(find_all(cues, rest)), None)
    if cue is None or word_count(rest[:cue.start()]) > PASSIVE_AGENT_GAP_WORDS or "," in rest[:cue.start()]:
        return []
    return roles.list_from(ctx, match.end() + cue.end(), segment.end)


def _agent_right_after(ctx: SentenceContext, rule: EventRule, segment: Segment, start: int) -> list[Unit]:
    """The agent a passive names right after its verb or its cue of the agent
    ("escorted by two Norwegian warships", "dikawal oleh dua fregat
    Norwegia"; an Indonesian passive with no "oleh", words
    posture.bare_passive: "Kapal-kapal nelayan itu dikawal kapal Penjaga
    Pantai China"), the forces (the rule's requires) and a quantifier at most
    between; those actors deploy, not the subject."""
    first = next(iter(ctx.units_between(start, segment.end)), None)
    if first is None:
        return []
    gap = ctx.text[start:first.start]
    gap = blank(gap, (forces.span() for forces in find_all(rule.requires, gap)))
    return roles.list_from(ctx, first.start, segment.end) if word_count(gap) <= BARE_PASSIVE_LEAD_WORDS else []


def _requesters(ctx: SentenceContext) -> set[Unit]:
    """Who a sentence names as asking for the act ("at the request of the
    Somali government", "at Somalia's request", "atas permintaan pemerintah
    Somalia"; words aid.requested_by and aid.request_owned): they ask for
    the forces, they do not send them."""
    cued = {u for m in find_all(ctx.words.get("aid.requested_by"), ctx.text)
            for u in roles.list_from(ctx, m.end(), len(ctx.text), lead_words=REQUESTER_LEAD_WORDS)}
    owned = ctx.words.get("aid.request_owned")
    return cued | {u for u in ctx.units if any(ctx.text.startswith(cue, u.end) for cue in owned)}


def _authorised(ctx: SentenceContext, segment: Segment, match: re.Match[str]) -> bool:
    """"The Security Council approved the deployment of an African force",
    "Dewan Keamanan PBB menyetujui pengerahan pasukan Afrika": a deployment
    noun right after a verb of authorising (words posture.authorising, at
    most an article between). An organization authorising it sends no
    forces of its own; a state's body approving it sends the state's
    ("Parlemen Turki menyetujui pengiriman pasukan ke Libya")."""
    lead = ctx.text[segment.start:match.start()].rstrip()
    lead = re.sub(r"\s+(?:the|a|an)$", "", lead, flags=re.IGNORECASE)
    return any(m.end() == len(lead) for m in find_all(ctx.words.get("posture.authorising"), lead))


def _forces_moving(ctx: SentenceContext, rule: EventRule, match: re.Match[str]) -> bool:
    """A verb that needs forces named (the rule's requires: "arrived in",
    "beroperasi di", "dikerahkan", "sent") tells a deployment only when they
    are what moves: its subject a few words before it ("about 2,500 US
    troops remain in", "pasukan penjaga perdamaian NATO, KFOR, tetap bersiaga
    di", commas around a force's name aside), inside the trigger, or right
    after a verb that sends them ("sent two frigates"). Forces named only in
    another clause ("Jaish al-Adl, which operates on both sides of the
    border, claimed the attack that killed 11 police") move nowhere. A
    name between the verb and the forces it sends counts no words. A rule
    whose forces follow its trigger (requires_after: "sent", "mengirim")
    takes only forces after it."""
    for forces in find_all(rule.requires, ctx.text):
        if forces.end() <= match.start() and rule.requires_after:
            continue
        if forces.end() <= match.start():
            gap = _without_named_appositions(ctx, forces.end(), match.start())
            if not re.search(r",(?!\d)", gap) and word_count(gap) <= ARRIVING_FORCES_WORDS:
                return True
        elif forces.start() < match.end():
            return True
        else:
            gap = _without_listed_arms(ctx, ctx.text[match.end():forces.start()])
            return not re.search(r",(?!\d)", gap) and word_count(_without_names(_without_counts(gap))) <= SENT_FORCES_WORDS
    return False


def _without_listed_arms(ctx: SentenceContext, gap: str) -> str:
    """The words between a verb of sending and the forces it sends, from the
    last item of a list that ends with them ("sent two fighter jets and a
    frigate", "sent four F-35 jets, two tankers and 300 troops", "mengirim
    dua jet tempur dan sebuah fregat"): a list of short items (commas and
    words roles.conjunctions between them, none going somewhere, words
    posture.destination) puts no distance between the verb and its last
    item. Any other gap stays whole."""
    conjunctions = find_all(ctx.words.get("roles.conjunctions"), gap)
    if not conjunctions:
        return gap
    cuts = sorted([(m.start(), m.end()) for m in conjunctions] + [(m.start(), m.end()) for m in re.finditer(r",(?!\d)", gap)])
    starts = [0, *(end for _, end in cuts)]
    items = [gap[start:cut[0]] for start, cut in zip(starts, cuts)]
    short = all(word_count(_without_names(_without_counts(item))) <= SENT_FORCES_WORDS for item in items)
    going = find_all(ctx.words.get("posture.destination"), gap)
    return gap[cuts[-1][1]:] if short and not going else gap


def _sent_states_forces(ctx: SentenceContext, rule: EventRule, match: re.Match[str], subject: list[Unit]) -> list[Unit]:
    """"ASEAN agreed to send Indonesian observers", "ASEAN sepakat mengirim
    pengamat Indonesia", "the AU will deploy Ugandan troops": a body that
    sends the forces of a state named with them (glued before the forces
    noun, or after it as Indonesian puts it; words posture.forces, in the
    trigger or a few words after it) only authorises the act; the state
    whose forces go deploys. Only when every subject is an organization."""
    if rule.noun or not subject or any(u.kind not in ORGANIZATION_KINDS for u in subject):
        return []
    verb_end = match.start() + len(match.group(0).split()[0])
    rest = ctx.text[verb_end:]
    forces = next(iter(find_all(ctx.words.get("posture.forces"), rest)), None)
    if forces is None or word_count(_without_names(rest[:forces.start()])) > SENT_FORCES_WORDS:
        return []
    start, end = verb_end + forces.start(), verb_end + forces.end()
    glued = [u for u in ctx.units if u.kind == "State" and (
        verb_end <= u.start and u.end <= start and not ctx.text[u.end:start].strip()
        or u.start >= end and not ctx.text[end:u.start].strip() or u.start < end and start < u.end)]
    return glued[:1]


def _without_names(text: str) -> str:
    """The words of `text` that open with no capital letter: a ship's name
    before its noun ("rushed the USS Abraham Lincoln carrier strike group",
    "mengirim kapal induk USS Nimitz") puts no distance between a verb of
    sending and what it sends."""
    return " ".join(word for word in text.split() if not word[:1].isupper())


def _without_named_appositions(ctx: SentenceContext, start: int, end: int) -> str:
    """The text from `start` to `end` without the names set off by commas in
    it ("NATO peacekeepers, KFOR, remain" -> "NATO peacekeepers remain")."""
    text = ctx.text[start:end]
    for unit in reversed(ctx.units_between(start, end)):
        before, after = unit.start - start, unit.end - start
        lead = text[:before].rstrip()
        if lead.endswith(",") and text[after:].lstrip().startswith(","):
            comma = text.index(",", after)
            text = lead[:-1] + text[comma + 1:]
    return text


def _led_force(ctx: SentenceContext, rule: EventRule, match: re.Match[str]) -> list[Unit]:
    """"Britain leads a NATO battlegroup that is stationed in Estonia",
    "Inggris memimpin kelompok tempur NATO yang ditempatkan di Estonia",
    "Britain led the peacekeeping force in East Timor": a force that is the
    object of a verb of leading (words posture.leading) and deploys, in a
    relative clause on it (words posture.led_clause) or as the noun trigger
    itself, is deployed by the actors right before the verb, with the body
    the force belongs to (an organization named in its phrase) as one act;
    a state named in that phrase is where the force went, not who sent it.
    Empty when the trigger hangs on no force led by a named actor."""
    before = ctx.text[:match.start()]
    cue = next((m for m in reversed(find_all(ctx.words.get("posture.leading"), before))), None)
    if cue is None or not _hangs_on_the_led_force(ctx, rule, cue, match):
        return []
    named = [u for u in ctx.units if u.end <= cue.start() and not _after_a_destination_cue(ctx, u)]
    gap = ctx.text[named[-1].end:cue.start()] if named else ","
    leaders = roles.group_before(named, ctx) if "," not in gap and word_count(gap) <= LEADER_GAP_WORDS else []
    bodies = [u for u in ctx.units_between(cue.end(), match.start()) if u.kind not in ("State", "Person")]
    return bodies + leaders if leaders else []


def _after_a_destination_cue(ctx: SentenceContext, unit: Unit) -> bool:
    """A state right after "to" / "ke" is where forces go, not who deploys
    them ("Norway will send soldiers to Estonia and Canada will lead ..."),
    unless it owns the forces named right after it ("objected to Turkish
    troops being sent there")."""
    lead = ctx.text[:unit.start].rstrip()
    forces = ctx.words.get("posture.forces")
    after = ctx.text[unit.end:]
    owns_forces = bool(find_all(forces, ctx.text[unit.start:unit.end])) or any(
        not after[:m.start()].strip() for m in find_all(forces, after))
    return unit.kind == "State" and not owns_forces and any(
        m.end() == len(lead) for m in find_all(ctx.words.get("posture.destination"), lead))


def _hangs_on_the_led_force(ctx: SentenceContext, rule: EventRule, cue: re.Match[str], match: re.Match[str]) -> bool:
    """A noun trigger closes the phrase led ("led the UN peacekeeping force");
    a verb trigger opens a relative clause on it, a few words after the
    relative word ("..., which deployed", "that is stationed", "yang
    ditempatkan", the last inside the trigger itself)."""
    between = ctx.text[cue.end():match.start()]
    if rule.noun:
        return "," not in between and word_count(between) <= LED_NOUN_WORDS
    clause = ctx.text[cue.end():match.end()]
    opener = next((m for m in reversed(find_all(ctx.words.get("posture.led_clause"), clause))), None)
    if opener is None or word_count(between) > LED_FORCE_WORDS:
        return False
    force, relative = clause[:opener.start()].rstrip(", "), ctx.text[cue.end() + opener.end():match.start()]
    return "," not in force + relative and word_count(relative) <= LED_CLAUSE_WORDS


def _within_a_passive_clause(ctx: SentenceContext, match: re.Match[str], agent: list[Unit]) -> list[Unit]:
    """"A and B agreed, and 1,960 peacekeepers were deployed to Karabakh",
    "Armenia dan Azerbaijan sepakat, dan 1.960 pasukan ... dikerahkan ke
    ...": the subject of a passive deployment (words posture.passive, the
    trigger itself or right after a forces noun) is the forces, so an actor
    a comma sets apart before the trigger deploys nothing; the forces' owner
    ("Russian peacekeepers were deployed") stays."""
    if not _told_in_the_passive(ctx, match):
        return agent
    return [u for u in agent if u.end > match.start() or _subject_of_the_passive(ctx, u, match)]


def _subject_of_the_passive(ctx: SentenceContext, unit: Unit, match: re.Match[str]) -> bool:
    """The actor before a passive trigger is its subject unless a comma sets
    it apart with words after it ("A and B agreed, and 1,960 peacekeepers
    were deployed"); a comma closing an apposition leaves at most an
    auxiliary before the passive ("The NATO-led Kosovo Force, known as KFOR,
    has been deployed", "UNMISS, telah dikerahkan")."""
    gap = ctx.text[unit.end:match.start()]
    if "," not in gap:
        return True
    after_comma = ctx.text[unit.end + gap.rfind(",") + 1:match.end()]
    passive = next((m for m in find_all(ctx.words.get("posture.passive"), after_comma) if m.end() == len(after_comma)), None)
    lead = after_comma[:passive.start()] if passive else after_comma
    return word_count(lead) <= PASSIVE_AUXILIARY_WORDS


def _told_in_the_passive(ctx: SentenceContext, match: re.Match[str]) -> bool:
    """A passive (words posture.passive) is the trigger, ends with it ("were
    deployed"), or follows the forces noun that is the trigger ("pasukan
    penjaga perdamaian dikerahkan")."""
    passive = ctx.words.get("posture.passive")
    lead = ctx.text[max(0, match.start() - PASSIVE_REACH):match.end()]
    after = ctx.text[match.end():match.end() + PASSIVE_REACH]
    return any(m.start() == 0 for m in find_all(passive, match.group(0))) or any(
        m.end() == len(lead) for m in find_all(passive, lead)) or any(
        not after[:m.start()].strip() for m in find_all(passive, after))


def _attributive(ctx: SentenceContext, match: re.Match[str]) -> bool:
    """"1,550 deployed strategic warheads", "the deployed missiles": a
    one-word participle trigger between a count or a determiner (words
    posture.attributive) and the noun it describes names a kind of arms or
    forces, not a deployment."""
    if " " in match.group(0).strip():
        return False
    lead = ctx.text[:match.start()].rstrip()
    counted = bool(re.search(r"\d$", lead))
    determined = any(m.end() == len(lead) for m in find_all(ctx.words.get("posture.attributive"), lead))
    follows = re.match(r"\s+([a-z][\w-]*)", ctx.text[match.end():])
    return (counted or determined) and follows is not None and not find_all(
        ctx.words.get("roles.locative") + ctx.words.get("posture.destination"), follows.group(1))


def _targeted(ctx: SentenceContext, segment: Segment, match: re.Match[str]) -> bool:
    """"Iran responded with a missile attack on the American air base",
    "militan menyerbu pangkalan militer di X", "Drone Ukraina Hantam Pangkalan
    Udara Rusia": forces or a base named as what a fight hit (a fight trigger
    a few words before the noun, the gap opening with a cue of the target,
    words roles.target, or as short as an article and a name) are told as a
    target, not as a posture. "the attack was revenge for the presence of
    Kenyan soldiers", "serangan itu balasan atas kehadiran tentara Kenya":
    the fight answers the posture, which is told as a fact."""
    before = ctx.text[segment.start:match.start()]
    fights = [m for rule in event_rules(ctx.language) if rule.kind in FIGHTING for m in find_all(rule.triggers, before)]
    return any(_object_of_the_fight(ctx, before[m.end():]) for m in fights)


def _force_joined(ctx: SentenceContext, segment: Segment, match: re.Match[str]) -> bool:
    """"Britain will send 200 soldiers to reinforce NATO's peacekeeping
    mission", "mengirim 400 tentara untuk bergabung dengan pasukan penjaga
    perdamaian PBB": a force's noun a few words after a purpose of joining or
    reinforcing it (words posture.joined_force, no comma between) is where
    the forces sent go, not a deployment of its own."""
    before = ctx.text[segment.start:match.start()]
    return any(not re.search(r"[,;]", before[m.end():]) and word_count(before[m.end():]) <= LED_NOUN_WORDS
               for m in find_all(ctx.words.get("posture.joined_force"), before))


def _object_of_the_fight(ctx: SentenceContext, gap: str) -> bool:
    """The words between a fight trigger and a posture noun make the noun the
    fight's object: at most TARGET_REACH_WORDS of them opening with a cue of
    the target ("on the American"), or at most TARGET_BARE_WORDS ("the",
    "sebuah")."""
    if word_count(gap) > TARGET_REACH_WORDS:
        return False
    opens_with_target = any(not gap[:m.start()].strip() for m in find_all(ctx.words.get("roles.target"), gap))
    return opens_with_target or word_count(gap) <= TARGET_BARE_WORDS


def _forces_owners_before(ctx: SentenceContext, segment: Segment, match: re.Match[str]) -> list[Unit]:
    """"..., and Syrian government troops moved into Manbij", "Israeli tanks
    were rolling into the buffer zone", "..., dan pasukan pemerintah Suriah
    bergerak masuk ke Manbij": the actor glued to the forces noun that is
    the verb's subject (words posture.forces; English puts the owner before
    the noun, Indonesian after it; at most an auxiliary before the verb) owns
    the forces and deploys them, whoever the clause named before; so do
    those listed with it ("Indian and Chinese troops")."""
    before = ctx.units_between(segment.start, match.start())
    if not before:
        return []
    last = before[-1]
    owners = roles.group_before(before, ctx)
    forces = ctx.words.get("posture.forces")
    gap = ctx.text[last.end:match.start()]
    noun_after = next((m for m in find_all(forces, gap) if not gap[:m.start()].strip()), None)
    if noun_after is not None:  # "Syrian government troops moved into"
        return owners if word_count(gap[noun_after.end():]) <= FORCES_AUXILIARY_WORDS else []
    lead = ctx.text[segment.start:last.start].rstrip()
    noun_before = any(m.end() == len(lead) for m in find_all(forces, lead))
    return owners if noun_before and word_count(gap) <= FORCES_AUXILIARY_WORDS else []  # "pasukan Suriah bergerak"


def _sender_of_forces_for(ctx: SentenceContext, unit: Unit) -> Unit | None:
    """"The first wave of Kenyan troops for the EAC regional force arrived",
    "pasukan Kenya untuk pasukan regional EAC tiba di Goma": a force named a
    few words after a cue of what forces are for (words posture.forces_for),
    right after the forces of an actor, is what they serve; that actor sends
    them. None when `unit` is named so by no cue."""
    lead = ctx.text[:unit.start]
    cue = next((m for m in reversed(find_all(ctx.words.get("posture.forces_for"), lead))), None)
    if cue is None or re.search(r"[,;]", lead[cue.end():]) or word_count(lead[cue.end():]) > FORCES_FOR_LEAD_WORDS:
        return None
    owner = next((u for u in reversed(ctx.units) if u.end <= cue.start()), None)
    if owner is None or owner.kind == "Person":
        return None
    between = ctx.text[owner.end:cue.start()]
    forces = ctx.words.get("posture.forces")
    lead_to_owner = ctx.text[:owner.start].rstrip()
    owns_forces = bool(find_all(forces, ctx.text[owner.start:owner.end])) or any(
        not between[:m.start()].strip() and not between[m.end():].strip() for m in find_all(forces, between)) or any(
        m.end() == len(lead_to_owner) and not between.strip() for m in find_all(forces, lead_to_owner))
    return owner if owns_forces else None


def _force_named_in_brackets(ctx: SentenceContext, segment: Segment, match: re.Match[str]) -> Unit | None:
    """"the UN peacekeeping force in Lebanon (UNIFIL)", "pasukan penjaga
    perdamaian PBB di Libanon (UNIFIL)": an organization in brackets closing
    the force's noun phrase (a few words after the noun, no comma between)
    names the force itself, which deploys, not the body it belongs to."""
    for unit in ctx.units_between(match.end(), segment.end):
        if unit.kind not in ORGANIZATION_KINDS:
            continue
        gap = ctx.text[match.end():unit.start]
        bracketed = gap.endswith("(") and ctx.text[unit.end:unit.end + 1] == ")"
        if bracketed and "," not in gap and word_count(gap) <= FORCE_NAME_REACH_WORDS:
            return unit
    return None


def _counted_forces_owner(ctx: SentenceContext, segment: Segment, match: re.Match[str]) -> list[Unit]:
    """"the arrival of 400 Kenyan police officers", "pengerahan 1.000 tentara
    AS", "pengerahan tentara bayaran Wagner", "pengerahan tentara bayaran
    dari kelompok Wagner": the actor right after a count of forces or a
    forces noun (words posture.forces) behind a noun trigger owns them (not
    one after "to"/"in": "of 1,000 troops to Iraq")."""
    first = next(iter(ctx.units_between(match.end(), segment.end)), None)
    if first is None:
        return []
    gap = ctx.text[match.end():first.start]
    counted = any(match.end() <= q.start < first.start for q in ctx.quantities) or _only_forces(ctx, gap)
    cues = find_all([*ctx.words.get("posture.destination"), *ctx.words.get("roles.locative")], gap)
    clause_comma = re.search(r",(?!\d)", gap)  # "1,000" is a count, not a clause boundary
    return [first] if counted and not clause_comma and not cues and word_count(gap) <= FORCES_COUNT_WORDS else []


def _only_forces(ctx: SentenceContext, gap: str) -> bool:
    """`gap` names forces (words posture.forces) and nothing else but names,
    a source cue and filler nouns (words roles.source, roles.fillers:
    "tentara bayaran dari kelompok"); "pasukan Afrika untuk membantu" says
    what the forces are for, and the actor after it is no owner."""
    forces = find_all(ctx.words.get("posture.forces"), gap)
    if not forces:
        return False
    fillers = find_all([*ctx.words.get("roles.source"), *ctx.words.get("roles.fillers")], gap)
    return word_count(_without_names(blank(gap, (m.span() for m in [*forces, *fillers])))) == 0


def _destination(ctx: SentenceContext, rule: EventRule, segment: Segment, match: re.Match[str]) -> list[str]:
    """Where forces go when no place is named: the state right after "to" /
    "ke" behind the trigger ("the deployment of US troops to Iraq",
    "pengerahan tentara AS ke Irak"; words posture.destination). Behind a verb
    or noun of sending or placing that names the forces after it (the rule's
    requires_after, or a noun of the act whose forces follow it: "the
    presence of Kenyan soldiers in Somalia", "pengerahan tentara bayaran
    Wagner di Mali"), "in" / "di" names where they stay too ("the stationing
    of four frigates in Norway"; words posture.stationed_in); behind a force's
    own noun it only places the force in passing ("the UN peacekeeping force
    in Lebanon, taking part in the committee")."""
    rest = ctx.text[match.end():segment.end]
    staying = rule.requires_after or rule.noun and _forces_follow_the_noun(ctx, match, segment.end)
    cues = [*ctx.words.get("posture.destination"), *(ctx.words.get("posture.stationed_in") if staying else ())]
    for cue in find_all(cues, rest):
        after = match.end() + cue.end()
        state = next((u for u in ctx.units_between(after, segment.end) if u.kind == "State"), None)
        if state is not None and not ctx.text[after:state.start].strip():
            return [state.entity]
    return []


def _forces_follow_the_noun(ctx: SentenceContext, match: re.Match[str], end: int) -> bool:
    """A noun of the act ("deployment of", "presence of", "pengerahan",
    "kehadiran") whose forces (words posture.forces) follow it within a few
    words, names and counts aside, no comma between: the forces are its
    complement, so the act is theirs ("the presence of Kenyan soldiers",
    "pengerahan 1.000 tentara bayaran Wagner")."""
    rest = ctx.text[match.end():end]
    forces = next(iter(find_all(ctx.words.get("posture.forces"), rest)), None)
    if forces is None or re.search(r",(?!\d)", rest[:forces.start()]):
        return False
    return word_count(_without_names(_without_counts(rest[:forces.start()]))) <= SENT_FORCES_WORDS


def _without_counts(text: str) -> str:
    """`text` with its numerals left out ("about 1,000 extra" -> "about extra"):
    a count adds no word, however it is written ("1,000", "1.000")."""
    return re.sub(r"\d[\d.,]*", " # ", text)


def _without_parent_bodies(ctx: SentenceContext, agent: list[Unit]) -> list[Unit]:
    """"Pasukan penjaga perdamaian PBB, UNMISS, berada di ...": a body set off
    by commas right after another names the force itself, which deploys; the
    body it belongs to deploys nothing of its own."""
    parents = [u for u, after in zip(agent, agent[1:])
               if u.kind in ORGANIZATION_KINDS and after.kind in ORGANIZATION_KINDS
               and ctx.text[u.end:after.start].strip() == "," and ctx.text[after.end:].lstrip().startswith(",")]
    return [u for u in agent if u not in parents]


def _joint(ctx: SentenceContext, match: re.Match[str]) -> bool:
    """The trigger, or the forces right after it, name an act of several
    states together ("joint patrols", "patroli bersama", "deploy a joint
    battalion", "mengerahkan batalion gabungan"; words posture.joint)."""
    joint = ctx.words.get("posture.joint")
    after = ctx.text[match.end():]
    return bool(find_all(joint, match.group(0))) or any(
        not re.search(r"[,;]", after[:m.start()]) and word_count(after[:m.start()]) <= JOINT_OBJECT_WORDS
        for m in find_all(joint, after))


def _exercise_after(ctx: SentenceContext, match: re.Match[str]) -> re.Match[str] | None:
    """The noun of a military exercise (words posture.exercises) a few words
    after a verb of taking part, names and counts aside, no comma between
    ("took part in the annual Balikatan exercises", "joined Turkish forces
    in military exercises", "ikut serta dalam latihan militer"): all who
    take part, the subject and the forces joined, hold one exercise."""
    rest = ctx.text[match.end():ctx.segment_at(match.start()).end]
    exercise = next(iter(find_all(ctx.words.get("posture.exercises"), rest)), None)
    if exercise is None or "," in rest[:exercise.start()]:
        return None
    return exercise if word_count(_without_names(rest[:exercise.start()])) <= SENT_FORCES_WORDS else None


def _forces_take_part(ctx: SentenceContext, match: re.Match[str], exercise_start: int) -> bool:
    """Forces (words posture.forces) take part in the exercise: named between
    the verb and the exercise ("deployed troops for exercises", "joined
    Turkish forces in exercises"), or as the verb's subject a few words before
    it, no comma between but those of an aside ("16,000 troops took part",
    "ordered 5,000 troops to take part", "Norwegian troops, backed by tanks,
    took part")."""
    forces = ctx.words.get("posture.forces")
    if find_all(forces, ctx.text[match.start():exercise_start]):
        return True
    before = ctx.text[ctx.segment_at(match.start()).start:match.start()]
    gaps = [re.sub(r",[^,]*,", " ", before[m.end():]) for m in find_all(forces, before)]
    return any(not re.search(r",(?!\d)", gap) and word_count(gap) <= ARRIVING_FORCES_WORDS for gap in gaps)


def _exercise_partners(ctx: SentenceContext, exercise_end: int) -> list[Unit]:
    """"took part in exercises with Swedish forces", "latihan perang bersama
    pasukan Swedia": the actors a cue of company (words posture.with_partner)
    names right after the exercise noun, a word or two between at most,
    exercise with those who take part."""
    segment = ctx.segment_at(exercise_end - 1)
    rest = ctx.text[exercise_end:segment.end]
    cue = next(iter(find_all(ctx.words.get("posture.with_partner"), rest)), None)
    if cue is None or re.search(r"[,;]", rest[:cue.start()]) or word_count(rest[:cue.start()]) > JOINT_OBJECT_WORDS:
        return []
    return roles.list_from(ctx, exercise_end + cue.end(), segment.end, lead_words=JOINT_OBJECT_WORDS)


def _partners(ctx: SentenceContext, match: re.Match[str]) -> list[Unit]:
    """"Norway said it had agreed with Sweden to deploy a joint battalion",
    "sepakat dengan Swedia untuk mengerahkan batalion gabungan": those a cue
    of agreeing with (words posture.partner) names right before a joint
    deployment take part in it."""
    before = ctx.text[:match.start()]
    for cue in reversed(find_all(ctx.words.get("posture.partner"), before)):
        listed = roles.list_from(ctx, cue.end(), match.start())
        if listed and word_count(before[listed[-1].end:]) <= PARTNER_GAP_WORDS and "," not in before[listed[-1].end:]:
            return listed
    return []


def hosted(ctx: SentenceContext, rule: EventRule, segment: Segment, match: re.Match[str]) -> list[Roles]:
    """"Japan hosts about 54,000 US troops", "Jepang menampung 54.000 tentara
    AS": the troops' state deployed them; the host is where they are."""
    inside = [u for u in ctx.units if match.start() <= u.start < match.end()]  # "tentara AS" may be one unit
    after = [u for u in ctx.units if u.start >= match.end() and not ctx.text[match.end():u.start].strip()]
    host = [u for u in roles.subject(ctx, segment, match.start()) if u not in inside]
    return [{"agent": (inside or after)[:1], "location": [u.represents or u.entity for u in host[:1]]}]


def membership_change(ctx: SentenceContext, rule: EventRule, segment: Segment, match: re.Match[str]) -> list[Roles]:
    units = ctx.units_between(segment.start, segment.end)
    organizations = [u for u in units if u.kind in ORGANIZATION_KINDS]
    if rule.transitive:  # "the bloc admitted A, B and C": the subject admits, those listed after join
        admitted = [u for u in roles.list_from(ctx, match.end(), segment.end) if u not in organizations]
        admitting = [u for u in organizations if u.end <= match.start()][-1:]
        return [{"agent": [unit], "organization": admitting} for unit in admitted]
    after = [u for u in organizations if u.start >= match.end()]
    listed = [u for u in roles.list_from(ctx, match.end(), segment.end, lead_words=LISTED_ORGANIZATIONS_LEAD)
              if u in organizations]
    # "suspended from both ECOWAS and the AU": one change per organization listed right after the trigger;
    # none named: the one in focus (kg.events.discourse), else no event
    organizations_changed = listed if len(listed) > 1 else (after or organizations)[:1]
    inside = [u for u in units if match.start() <= u.start < match.end() and u not in organizations]
    subject = [u for u in roles.subject(ctx, segment, match.start()) if u not in organizations]
    # "suspend Russia's participation in the G8": whose participation the trigger names
    agents = inside or subject or _whose_membership(ctx, segment, match.start(), organizations) or [
        u for u in units if u.start >= match.end() and u not in organizations][:1]
    agents += [u for u in _followers(ctx, match.end()) if u not in organizations and u not in agents]
    per_organization = [[organization] for organization in organizations_changed] or [[]]
    return [{"agent": [agent], "organization": changed} for agent in agents for changed in per_organization
            ] or [{"organization": organizations_changed}]


def _whose_membership(ctx: SentenceContext, segment: Segment, trigger_start: int, organizations: list[Unit]) -> list[Unit]:
    """"Gabon's membership of the AU was suspended", "Keanggotaan Gabon di Uni
    Afrika ditangguhkan": before a passive trigger, the actor whose membership
    the subject names (glued before the noun by a possessive, or right after
    it) changes it."""
    before = ctx.text[segment.start:trigger_start]
    for noun in find_all(ctx.words.get("membership.possessed"), before):
        start, end = segment.start + noun.start(), segment.start + noun.end()
        for unit in ctx.units:
            if unit in organizations:
                continue
            owner_before = unit.end <= start and re.fullmatch(r"['’]s?\s+", ctx.text[unit.end:start])
            owner_after = unit.start >= end and re.fullmatch(r"\s+(?:of\s+)?", ctx.text[end:unit.start])
            if owner_before or owner_after:
                return [unit]
    return []


def _followers(ctx: SentenceContext, trigger_end: int) -> list[Unit]:
    """"Burundi left the ICC in 2017, followed by the Philippines in 2019",
    "disusul Filipina pada 2019": who followed did the same."""
    rest = ctx.text[trigger_end:]
    return [u for m in find_all(ctx.words.get("membership.followed_by"), rest)
            for u in roles.list_from(ctx, trigger_end + m.end(), len(ctx.text))]

"""The aid frames: who gives military aid to whom, and who warns whom.

"the US and Australia provided surveillance support to X" (one aid per
giver), "Ukraine's Western allies pledged ..." (Ukraine receives), a
receiver named in an earlier clause, "Ukraine received military aid from
the United States", "backed by US-led coalition air strikes"; "Trump
warned Russia that ...", "Khamenei said Israel will be punished" (the
speaker threatens the one who is to pay).
"""
from __future__ import annotations

import re

from kg.events import roles
from kg.events import sides as more_sides
from kg.events.context import (
    Segment,
    SentenceContext,
    Unit,
    word_count,
)
from kg.events.frames import Roles
from kg.events.patterns import find_all
from kg.events.rules import EventRule, event_rules

BACKER_LEAD_WORDS = 3  # "dibantu serangan udara koalisi internasional pimpinan AS"
SPEAKER_TITLE_WORDS = 4  # "kata Perdana Menteri Israel Benjamin Netanyahu": a title between the verb and the speaker
CLAUSE_BEFORE_REPORTER_WORDS = 2  # "Ukraine accepted the plan, and Washington said": a predicate before the comma
OWN_FORCES_LEAD_WORDS = 2  # "arming and equipping its own military": words between the trigger and the own forces
APPROVED_GAP_WORDS = 1  # "approved the sale of": an article between the verb of approving and the noun of giving
SENT_OBJECT_WORDS = 12  # "rushed planeloads of ammunition and equipment to Amman": the object between the verb and "to"


def provide(ctx: SentenceContext, rule: EventRule, segment: Segment, match: re.Match[str]) -> list[Roles]:
    """Who gives military aid (agent) to whom (addressee: an actor, or with
    `places_stand_for_states` the state of a capital right after the trigger);
    "the US and Australia provided surveillance support to X" is one aid per giver."""
    price = _price_to_pay(ctx, match)
    if price is not None:  # "Khamenei said Israel will be punished": Khamenei threatens Israel
        return _speaker_threatens(ctx, segment, match, price)
    if _arms_its_own_forces(ctx, match) or _gives_up(ctx, match) or _sends_no_arms_to_anyone(ctx, rule, match):
        return []  # "now focused on arming its own military", "agreed to give up its arsenal": aid to no one else
    if _gives_something_else(ctx, rule, match):
        return []  # "could be carried out once Kim Jong Un gave the order": an order given, no arms
    purpose = _purpose_receivers(ctx, match)  # "To bolster Ukraine's air force, A and B pledged ...": Ukraine receives
    giver = _reporter(ctx, segment, [u for u in _givers(ctx, rule, segment, match) if u not in purpose])
    if rule.noun and not giver:
        return []  # "China condemned the sale of arms to Taiwan": a sale with no seller named is no aid told
    helped = _whose_helpers(ctx, segment, giver, match.start())  # "Ukraine's allies pledged ...": Ukraine receives
    giver = [u for u in giver if u not in helped]
    tail = ctx.segment_at(match.end() - 1)  # "announced $270 million in military aid for Kyiv" spans a complement cue
    passive = _passive_givers(ctx, tail, match)
    if passive:  # "Russia, which had been warned by Trump that ...": the one after "by" warns
        return [{"agent": passive, "addressee": giver[:1]}]
    giving = {u.represents or u.entity for u in giver}  # "Egyptian aircraft ... a pact signed by Cairo": Cairo gives
    makers = _makers(ctx, match.end(), tail.end)  # "jet tempur F-16 buatan AS": the US made them, gives nothing
    receivers: list[Unit] | list[str] = [u for u in roles.addressees(ctx, tail, match.start())
                                         if (u.represents or u.entity) not in giving and u not in makers]
    receivers = receivers or purpose[:1] or _indirect_object(ctx, match, makers) or _own_ally(ctx, match, giver)
    if not receivers and rule.places_stand_for_states:  # "military aid for the port of Odesa"
        receivers = [i for i in more_sides.host_states(ctx, tail, match.end()) if i not in {u.entity for u in makers}]
    if not receivers:  # "A sent drones to help the Kenyan army, while B supplied rifles"
        receivers = helped[:1] or _earlier_receivers(ctx, segment, giver)
    givers: dict[str, list[Unit]] = {}
    for unit in giver:  # a person and whom they represent give as one
        givers.setdefault(unit.represents or unit.entity, []).append(unit)
    return [{"agent": units, "addressee": receivers[:1]} for units in givers.values()] or [
        {"agent": [], "addressee": receivers[:1]}]


def _givers(ctx: SentenceContext, rule: EventRule, segment: Segment, match: re.Match[str]) -> list[Unit]:
    """Who gives: the subject of the trigger's verb; for a noun of giving
    ("the sale of F-16s to Taiwan", "penjualan senjata AS kepada Taiwan") the
    actor glued to it ("Germany's delivery of tanks") or the subject of a
    support verb ("Washington approved the sale of ..."), not the subject of
    any verb ("China condemned the sale of arms to Taiwan")."""
    if not rule.noun:
        return roles.subject(ctx, segment, match.start())
    owner = roles.possessor(ctx, match.start(), match.end()) or _owner_inside(ctx, match)
    if owner:
        return [owner]
    return roles.subject(ctx, segment, match.start()) if _approved(ctx, match) else []


def _owner_inside(ctx: SentenceContext, match: re.Match[str]) -> Unit | None:
    """"US military aid", "bantuan militer AS": the state's military read as
    one name ("US military", "militer AS") takes in a word of the noun of
    giving; that state gives."""
    return next((u for u in ctx.units if u.start < match.end() and match.start() < u.end), None)


def _approved(ctx: SentenceContext, match: re.Match[str]) -> bool:
    """A noun of giving right after a verb of approving (words
    posture.authorising, an article between at most): "approved the sale of",
    "menyetujui penjualan"; its subject gives."""
    before = ctx.text[:match.start()]
    return any(word_count(before[m.end():]) <= APPROVED_GAP_WORDS for m in find_all(ctx.words.get("posture.authorising"), before))


def _sends_no_arms_to_anyone(ctx: SentenceContext, rule: EventRule, match: re.Match[str]) -> bool:
    """A verb of sending alone as the trigger (rules with `requires_after`:
    "sent", "rushed", "mengirimkan") is aid only when its object, the words up
    to the first receiver cue (words aid.receiver), names arms (the rule's
    requires) before any forces (words aid.sent_forces), and an actor or a
    place follows the cue: "The Netherlands sent artillery shells to Ukraine", "mengirim
    amunisi kepada Ukraina"; not "sent troops and weapons to Mali" (forces
    go: a deployment) nor "sent shells" with no one to receive them."""
    if not rule.requires_after:
        return False
    segment = ctx.segment_at(match.start())
    rest = ctx.text[match.end():segment.end]
    if _arms_after_a_receiver(ctx, rule, match, segment.end):
        return False  # "decided to send Ukraine rocket systems": the receiver first, then the arms
    cue = next(iter(find_all(ctx.words.get("aid.receiver"), rest)), None)
    if cue is None or word_count(rest[:cue.start()]) > SENT_OBJECT_WORDS:
        return True
    sent = rest[:cue.start()]
    arms = next(iter(find_all(rule.requires, sent)), None)
    if arms is None or find_all(ctx.words.get("aid.sent_forces"), sent[:arms.start()]):
        return True
    after = match.end() + cue.end()
    return not ctx.units_between(after, segment.end) and not any(
        after <= p.start and p.end <= segment.end for p in ctx.places)


def _arms_after_a_receiver(ctx: SentenceContext, rule: EventRule, match: re.Match[str], end: int) -> bool:
    """"Washington will send Kyiv more artillery shells", "decided to send
    Ukraine rocket systems": a verb of sending (not its noun) with an actor
    right after it and arms (the rule's requires) a few words after that,
    no forces between, sends the arms to that actor; an actor glued to the
    arms owns them ("sent Russian drones") and receives nothing."""
    if rule.noun:
        return False
    receiver = next((u for u in ctx.units if u.start >= match.end() and not ctx.text[match.end():u.start].strip()), None)
    if receiver is None or receiver.end > end:
        return False
    rest = ctx.text[receiver.end:end]
    arms = next(iter(find_all(rule.requires, rest)), None)
    if arms is None or not rest[:arms.start()].strip() or word_count(rest[:arms.start()]) > SENT_OBJECT_WORDS:
        return False
    return not find_all(ctx.words.get("aid.sent_forces"), rest[:arms.start()])


def _reporter(ctx: SentenceContext, segment: Segment, giver: list[Unit]) -> list[Unit]:
    """"Ukraine accepted the plan, and Washington said it would restore the
    aid": a complement clause that borrows its subject gives through who
    reports it, the actors after the comma that closes the clause before
    (a comma after words of a predicate, not one inside a list: "A, B and C
    said they would send arms" keeps all three)."""
    before = [u for u in giver if u.end <= segment.start]
    if segment.kind != "complement" or not before:
        return giver
    comma = ctx.text.rfind(",", before[0].end, segment.start)
    closing = [u for u in before if u.end <= comma]
    if comma < 0 or not closing or word_count(ctx.text[closing[-1].end:comma]) < CLAUSE_BEFORE_REPORTER_WORDS:
        return giver
    return [u for u in before if u.start > comma] or giver


def _own_ally(ctx: SentenceContext, match: re.Match[str], giver: list[Unit]) -> list[Unit]:
    """"The US and Israel signed a deal under which Washington will give its
    ally $38 billion in military assistance": an ally named by the giver's
    pronoun right after the verb (words posture.own_ally) is the one other
    actor the sentence names; none when it names several."""
    verb_end = match.start() + len(match.group(0).split()[0])
    rest = ctx.text[verb_end:]
    if not any(not rest[:m.start()].strip() for m in find_all(ctx.words.get("posture.own_ally"), rest)):
        return []
    giving = {u.represents or u.entity for u in giver}
    others = {u.represents or u.entity: u for u in ctx.units if (u.represents or u.entity) not in giving}
    return list(others.values()) if len(others) == 1 else []


def _gives_something_else(ctx: SentenceContext, rule: EventRule, match: re.Match[str]) -> bool:
    """A verb of giving whose object, right after it, is no thing of war
    (words aid.not_given: "gave the order", "gave the green light",
    "provided details", "memberi perintah", "memberikan izin"): what is
    given is that, and the arms its clause names are given by no one."""
    if rule.noun:
        return False
    rest = ctx.text[match.start() + len(match.group(0).split()[0]):]
    return any(not rest[:m.start()].strip() for m in find_all(ctx.words.get("aid.not_given"), rest))


def _gives_up(ctx: SentenceContext, match: re.Match[str]) -> bool:
    """"Syria agreed to give up its chemical arsenal": a verb of giving that
    opens a phrase of giving up (words posture.giving_up) gives no one aid."""
    return any(m.start() == match.start() for m in find_all(ctx.words.get("posture.giving_up"), ctx.text))


def _indirect_object(ctx: SentenceContext, match: re.Match[str], makers: list[Unit]) -> list[Unit]:
    """"Germany will give Ukraine 14 tanks", "will give Israel $38 billion in
    military assistance": the actor right after the verb opening the trigger,
    before what is given, receives it; not one glued to the arms ("gave
    Russian drones to ...": whose drones) nor their maker."""
    verb_end = match.start() + len(match.group(0).split()[0])
    after = [u for u in ctx.units if u.start >= verb_end and not ctx.text[verb_end:u.start].strip()][:1]
    owner = after and find_all(ctx.words.get("roles.weapons") + ctx.words.get("posture.forces"),
                               ctx.text[after[0].end:after[0].end + 40])
    glued = bool(owner) and not ctx.text[after[0].end:after[0].end + owner[0].start()].strip()
    return [u for u in after if not glued and u not in makers]


def _arms_its_own_forces(ctx: SentenceContext, match: re.Match[str]) -> bool:
    """"Norway is now busy arming its own army", "kini sibuk
    mempersenjatai militer Norwegia sendiri": a state arming its own forces
    (words posture.own_forces right after the trigger) aids no one."""
    rest = ctx.text[match.end():]
    return any(not re.search(r"[,;]", rest[:m.start()]) and word_count(rest[:m.start()]) <= OWN_FORCES_LEAD_WORDS
               for m in find_all(ctx.words.get("posture.own_forces"), rest))


def _price_to_pay(ctx: SentenceContext, match: re.Match[str]) -> re.Match[str] | None:
    """What the one named before it will suffer, ending the trigger ("will be
    punished", "said Israel would pay for it", "akan membayarnya"; words
    posture.price)."""
    told = match.group(0)
    return next((m for m in find_all(ctx.words.get("posture.price"), told) if m.end() == len(told)), None)


def _speaker_threatens(ctx: SentenceContext, segment: Segment, match: re.Match[str], price: re.Match[str]) -> list[Roles]:
    """"Khamenei said that Israel will be punished", "'Iran made a mistake and
    will pay for it,' Netanyahu said", "..., kata Netanyahu": who will pay is
    threatened (addressee); whoever says so threatens (agent). A trigger
    opening with the verb of speaking has the speaker as its subject and who
    will pay inside it; else who will pay is the subject, and the speaker the
    subject of the clause a complement reports or the actor told as speaking
    after the trigger (words posture.speech). A threat on a condition is none."""
    inside = ctx.units_between(match.start(), match.start() + price.start())
    if inside:  # "said on Tuesday that Israel will be punished"
        speaker = roles.subject(ctx, segment, match.start())
        threatened = roles.group_before(inside, ctx)
    else:  # "Iran made a big mistake and will pay for it": the clause's first actor
        told = roles.subject(ctx, segment, match.start())
        speaker = [u for u in roles.main_subject(ctx, segment) if u not in told] or _speaker_after(ctx, match)
        threatened = told or ctx.units_between(segment.start, match.start())[:1]
    threatened = [u for u in threatened if u not in speaker]
    if _conditioned(ctx, match):
        return []  # "Israel would be punished if it attacked": a conditional threat is no event
    return [{"agent": speaker, "addressee": threatened[:1]}] if speaker and threatened else []


def _conditioned(ctx: SentenceContext, match: re.Match[str]) -> bool:
    """A condition after the trigger in its sentence ("if it attacks", "jika
    ...": words modality.hypothetical_clause)."""
    return bool(find_all(ctx.words.get("modality.hypothetical_clause"), ctx.text[match.end():]))


def _speaker_after(ctx: SentenceContext, match: re.Match[str]) -> list[Unit]:
    """"..., Netanyahu said", "..., said Netanyahu", "..., kata Netanyahu": the
    actors right before or right after a verb of speaking that follows the
    trigger."""
    rest = ctx.text[match.end():]
    for cue in find_all(ctx.words.get("posture.speech"), rest):
        start, end = match.end() + cue.start(), match.end() + cue.end()
        before = [u for u in ctx.units_between(match.end(), start) if not ctx.text[u.end:start].strip()]
        if before:
            return roles.group_before(before, ctx)
        after = roles.list_from(ctx, end, len(ctx.text), lead_words=SPEAKER_TITLE_WORDS)
        if after:
            return after
    return []


def _purpose_receivers(ctx: SentenceContext, match: re.Match[str]) -> list[Unit]:
    """"To bolster Ukraine's air force, Denmark and the Netherlands pledged
    F-16s", "Untuk memperkuat angkatan udara Ukraina, Denmark dan Belanda
    berjanji ...": the actors in a purpose phrase opening the sentence (words
    posture.purpose, closed by a comma before the trigger) are helped."""
    comma = ctx.text.find(",", 0, match.start())
    opening = ctx.text[:comma] if comma >= 0 else ""
    cue = next((m for m in find_all(ctx.words.get("posture.purpose"), opening) if not opening[:m.start()].strip()), None)
    return ctx.units_between(cue.end(), comma) if cue else []


def _makers(ctx: SentenceContext, start: int, end: int) -> list[Unit]:
    """"F-16 buatan AS", "Leopard tanks made in Germany", "US-made jets": the
    actor right after a cue of making (words posture.made_by) or glued before
    "-made" made the arms; it neither gives nor receives them."""
    rest = ctx.text[start:end]
    found = [u for m in find_all(ctx.words.get("posture.made_by"), rest)
             for u in ctx.units_between(start + m.end(), end)[:1] if not ctx.text[start + m.end():u.start].strip()]
    return found + [u for u in ctx.units_between(start, end) if ctx.text[u.end:u.end + 5].lower() == "-made"]


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


def received_aid(ctx: SentenceContext, rule: EventRule, segment: Segment, match: re.Match[str]) -> list[Roles]:
    """"Ukraine received military aid from the United States", "Ukraina mendapat
    bantuan militer dari AS": the subject receives (addressee), the actor after
    "from" gives (agent)."""
    if not rule.noun and _support_told_in_passing(ctx, match):
        return []
    giver = _sources(ctx, segment, match) or _backers(ctx, segment, match)
    receiver = [u for u in roles.subject(ctx, segment, match.start()) if u not in giver]
    return [{"agent": giver, "addressee": receiver[:1]}] if giver else []


def _support_told_in_passing(ctx: SentenceContext, match: re.Match[str]) -> bool:
    """"Government troops, backed by US air strikes, retook the town", "the
    army, whose offensive is backed by Russian air power, ...": support told
    in a participle set off by a comma, or in a relative clause (words
    clauses.relative between the last comma and the trigger), describes the
    forces on the way to what the sentence tells; "Pasukan Irak dibantu
    serangan udara koalisi" tells it as the act itself. Only backing told
    by a participle (words aid.backing: "backed by", "dibantu"); "Haftar,
    who receives military support from X" tells the support itself."""
    if not any(m.start() == 0 for m in find_all(ctx.words.get("aid.backing"), match.group(0))):
        return False
    before = ctx.text[:match.start()]
    if before.rstrip().endswith(","):
        return True
    clause = before[before.rfind(",") + 1:] if "," in before else ""
    return bool(find_all(ctx.words.get("clauses.relative"), clause))


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

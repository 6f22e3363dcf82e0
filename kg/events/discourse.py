"""What one sentence leaves to the next: the time frame and the event in focus.

- A sentence without a date that continues the previous one ("Under that
  deal ...", "The ensuing conflict ...": continuation cues in words.toml)
  takes the previous sentence's dates.
- Who "they", "the two countries" or "the group" are: kg.events.anaphora.
- A fight that names no side ("The six-week fighting in 2020 killed ...")
  is the fight in focus: the latest one of its kind with a compatible date
  and modality, else the latest such fight of any kind;
  its numbers of dead go there. Numbers of dead in a sentence without a
  fight go to the fight in focus too.
- Any other event named without sides ("the truce, brokered by X") is the
  latest event of its kind; a first ceasefire that names no parties is
  between the sides of the fight in focus.
- A hypothetical event (proposed, asked for, wished, conditional) stays,
  marked hypothetical: it is no fact the text asserts (kg.network leaves it
  out of the views, kg.evaluate out of the comparison), and a hypothetical
  fight needs both its sides named.
- An event the headline tells is kept only when the body tells it again.
- A side fighting "on the side of X" joins the latest fight X is in.
- A fight without sides in a sentence that names a ceasefire's parties is
  theirs; "the agreement, brokered by X" adds to the latest ceasefire or
  signing (rules with `refers_to`).
- A noun trigger followed by a demonstrative ("perundingan tersebut") names
  an event told before: its sides are not read from the sentence.
- A fight whose dead are counted "since May 10" is the running count of
  the war of its sides begun then, no clash of its own.
"""
from __future__ import annotations

import re
from datetime import timedelta
from functools import cache

from kg.dates import find_offsets, find_shifts
from kg.events import anaphora, dating, opponents, roles
from kg.events.context import SentenceContext, Unit, word_count
from kg.events.drafts import FIGHTING, Draft
from kg.events.patterns import find_all
from kg.model import DateValue
from kg.reference import reference_entities

PEACE = frozenset({"Ceasefire", "TreatySigning"})  # what ends a war between its parties
JOIN_REACH = 3  # words between a joining cue and the fight: "also struck", "took part in the interceptions"
CLAIM_LEAD_WORDS = 8  # "was claimed by the Tuareg-led separatist coalition known as the <name>"
YEAR_MONTHS = 12  # a shift of whole years also moves a year told before ("In 2019 ... Two years later ...")
WEEK_DAYS = 7  # a shift of days from a month told before stays in it up to a week ("sepekan kemudian")
BLAME_REACH = 3  # words between the side blamed and "for the attack" ("blamed Moscow on Friday for the strike")
CIVIL_WAR_MODIFIERS = 2  # words between a war trigger and "civil war" it opens: "long civil war", "13-year civil war"
TALLY_REACH = timedelta(days=31)  # a count of dead "since May 10" belongs to a war begun within a month of it


def carry_dates(contexts: list[SentenceContext]) -> None:
    """A dateless sentence with a continuation cue takes the previous sentence's
    date; one with a shift cue ("two days earlier", "sebulan kemudian") takes
    the latest single day told before it (for a shift of months, a month
    will do), or the publication day, moved by the shift: "On 14 February
    ... [a sentence without a date] ... The next day ..." is 15 February."""
    previous: list = []
    told: list[DateValue] = []  # every date told so far, in text order: what a shift hangs on
    for ctx in contexts:
        if ctx.dates:
            previous = [d.value for d in ctx.dates]
            told += [d.value for d in ctx.dates if not _told_as_background(ctx, d.start)
                     and not _told_as_a_plan(ctx, d.start)]
            continue
        shifted = _shifted(ctx, told)
        if shifted:
            ctx.carried_dates, ctx.shifted = [shifted], True
        elif find_all(ctx.words.get("discourse.continuation"), ctx.text):
            ctx.carried_dates = previous[-1:]
        previous = ctx.carried_dates or previous
        told += ctx.carried_dates + _span_back(ctx)


def _told_as_background(ctx: SentenceContext, date_start: int) -> bool:
    """"On 16 October troops took the city. The militia had seized it in
    June 2014. Four days later ...": a date in a clause of the past perfect
    (words discourse.background before it, with no comma between) tells what
    came before the story, so no shift hangs on it; unless its sentence
    reports (discourse.reporting: "the army said it had shelled them on
    Tuesday" is news)."""
    clause = re.split(r"[,;:]", ctx.text[:date_start])[-1]
    return bool(find_all(ctx.words.get("discourse.background"), clause)) \
        and not find_all(ctx.words.get("discourse.reporting"), ctx.text)


def _told_as_a_plan(ctx: SentenceContext, date_start: int) -> bool:
    """"Spoke with A on Monday. Tariffs due to take effect on Wednesday were
    put off. Hours later, he spoke with B", "Tarif yang sedianya berlaku
    Rabu ditunda": a date in a clause telling a plan (words
    discourse.planned before it, with no comma between) is when something
    was to happen, not a point the story has reached, so no shift hangs on
    it."""
    clause = re.split(r"[,;:]", ctx.text[:date_start])[-1]
    return bool(find_all(ctx.words.get("discourse.planned"), clause))


def _span_back(ctx: SentenceContext) -> list[DateValue]:
    """"The truce comes a week after rebels shelled the port. The navy
    responded the next day": a dateless sentence whose clause is the news of
    the day (its carried date, else the publication day) and that tells an
    event an exact span of days away leaves that event's day for the shifts
    that follow."""
    offset = next((o for o in find_offsets(ctx.text, ctx.language) if o.amount is not None), None)
    base = (ctx.carried_dates or [dating.publication_day(ctx.published)])[0]
    if offset is None or base is None or offset.unit != "days":
        return []
    day = dating.shift(base, offset.unit, offset.amount)
    return [day] if day else []


def _shifted(ctx: SentenceContext, told: list[DateValue]) -> DateValue | None:
    """The anchor moved by the first shift cue of the sentence (words.toml
    discourse.shift.<days|months>.<offset>, or any exact span with
    "later"/"earlier"). The anchor is the latest single day or month told
    ("on Tuesday", "in June"; not "this week" or "since the 1971 war"; see
    _anchor_precisions). A shift of days from a month stays in that month
    ("met in June. A week later they agreed a truce"): the day is not known."""
    shift = _shift_cue(ctx)
    if shift is None:
        return None
    unit, offset = shift
    anchor = _latest(told, _anchor_precisions(unit, offset)) or _latest(told, ("day", "month")) \
        or dating.publication_day(ctx.published)
    if anchor is not None and anchor.precision == "month" and unit == "days":
        return anchor if abs(offset) <= WEEK_DAYS else None
    if anchor is not None and anchor.precision == "year":
        return DateValue(f"{int(anchor.value[:4]) + offset // YEAR_MONTHS:04d}", "year")
    return dating.shift(anchor, unit, offset) if anchor else None


def _latest(told: list[DateValue], precisions: tuple[str, ...]) -> DateValue | None:
    """The latest single date (no range) of `precisions` told."""
    return next((d for d in reversed(told) if d.precision in precisions and not d.end), None)


def _anchor_precisions(unit: str, offset: int) -> tuple[str, ...]:
    """What a shift hangs on first: "the same day", "hours later" a day
    ("clashed on 3 March, a month after talks in February. On the same day
    ..." is 3 March, not February); whole years a year too ("In 2012 ...
    Two years later"); else a day or a month, the fallback of all."""
    if unit == "days" and offset == 0:
        return ("day",)
    if unit == "months" and offset % YEAR_MONTHS == 0:
        return ("day", "month", "year")
    return ("day", "month")


def _shift_cue(ctx: SentenceContext) -> tuple[str, int] | None:
    """The unit and signed amount of the sentence's shift: a listed cue
    ("the next day", "hours later", "keesokan harinya"), else an exact span
    with "later"/"earlier" of any count ("four days later", "sepuluh hari
    kemudian", kg.dates.find_shifts)."""
    for key, cues in ctx.words.under("discourse.shift").items():
        if find_all(cues, ctx.text):
            unit, offset = key.split(".")
            return unit, int(offset)
    exact = next((s for s in find_shifts(ctx.text, ctx.language) if s.amount is not None), None)
    return (exact.unit, exact.amount) if exact else None


def _focus(
    drafts: list[Draft], position: int, when: DateValue | None, modality: str = "asserted", need_sides: int = 1,
    *, undated: bool = True,
) -> Draft | None:
    """The latest fight before `position` with a compatible date and the same
    modality; with `undated=False` a dated mention only finds a dated fight."""
    for earlier in reversed(drafts):
        if earlier.position > position or earlier.kind not in FIGHTING or len(earlier.sides()) < need_sides:
            continue
        if earlier.fact.date is None and when is not None and not undated:
            continue
        if earlier.fact.modality == modality and dating.compatible(earlier.fact.date, when):
            return earlier
    return None


def _fight_in_focus(kept: list[Draft], draft: Draft) -> Draft | None:
    """The fight a side-less mention refers to: a dated one of its kind, a
    dated one of any kind ("the fighting in 2020" is the 2020 war), then
    undated ones (only wars for a dated mention)."""
    same_kind = [d for d in kept if d.kind == draft.kind]
    wars = [d for d in kept if d.kind == "War"]
    when, modality = draft.fact.date, draft.fact.modality
    # an undated fight can be the "war that began in November 2020", not the "attack on 22 April"
    later = ((same_kind, True), (kept, True)) if when is None else ((wars, True),)
    for pool, undated in ((same_kind, False), (kept, False), *later):
        target = _focus(pool, draft.position, when, modality, undated=undated)
        if target is not None:
            return target
    return None


def _absorb(target: Draft, draft: Draft, alone: bool = False, lasting_cues: tuple[str, ...] = ()) -> None:
    """A side-less mention joins the fight in focus, with its numbers of dead,
    and of troops when it is the only event of its sentence. "The war has displaced
    millions" after a fight told as lasting ("has fought since April 2023",
    words discourse.lasting) or undated makes that fight a war; "took Kidal in
    November ... the war in the north" leaves the capture a clash."""
    if draft.kind == "War" and target.kind == "ArmedClash" and _told_as_lasting(target, lasting_cues):
        target.fact.kind = "War"
    target.fact.evidence += draft.fact.evidence
    target.fact.date = dating.join(target.fact.date, draft.fact.date)
    if target.fact.fatalities is None and draft.fact.fatalities is not None:
        target.fact.fatalities = draft.fact.fatalities
        target.fact.fatalities_side = draft.fact.fatalities_side
    if alone:  # "the offensive involved 5,000 soldiers"; beside another event the troops may be its own
        target.fact.troops = target.fact.troops or draft.fact.troops


def _told_as_lasting(fight: Draft, lasting_cues: tuple[str, ...]) -> bool:
    """The fight has no date, or the sentence first telling it says it lasts."""
    told = fight.fact.evidence[0].sentence if fight.fact.evidence else ""
    return fight.fact.date is None or bool(find_all(lasting_cues, told))


def _sides_from_ceasefire(drafts: list[Draft]) -> None:
    """"A ceasefire between A and B after a year of fighting": the fighting is
    theirs; not a unilateral truce's one side ("declared a unilateral truce,
    but fighting went on")."""
    for draft in drafts:
        if draft.kind in FIGHTING and not draft.sides():
            truce = next((d for d in drafts if d.kind == "Ceasefire" and d.sentence == draft.sentence
                          and d.fact.roles.get("participant") and not d.unilateral), None)
            if truce is not None:
                draft.fact.roles["participant"] = truce.fact.roles["participant"]


def _war_after_attack(drafts: list[Draft], draft: Draft) -> Draft | None:
    """"The war in Gaza began after the Hamas attack on Israel": a side-less
    war told with a clash with sides is a war of the same sides."""
    return next((d for d in drafts if d.sentence == draft.sentence and d.kind == "ArmedClash" and d.sides()
                 and d.fact.modality == draft.fact.modality), None)


def _resolve_sideless_fights(drafts: list[Draft], lasting_cues: tuple[str, ...]) -> list[Draft]:
    """Side-less fights join the fight in focus; "the war" that followed a
    clash of the same sentence is a war of the same sides."""
    kept: list[Draft] = []
    for draft in drafts:
        clash = _war_after_attack(drafts, draft) if draft.kind == "War" and not draft.sides() else None
        if clash is not None:
            draft.fact.roles["participant"] = tuple(sorted(clash.sides()))
            kept.append(draft)
            continue
        if draft.kind in FIGHTING and not draft.sides():
            target = _fight_in_focus(kept, draft)
            if target is not None:
                alone = all(d is draft or d.sentence != draft.sentence for d in drafts)
                _absorb(target, draft, alone, lasting_cues)
                draft.absorbed_into = target
            elif draft.kind == "War" and _war_of_the_peace(kept, draft):
                kept.append(draft)
            continue
        kept.append(draft)
    return kept


def _war_of_the_peace(kept: list[Draft], war: Draft) -> bool:
    """"... signed the peace agreement. The conflict began in 1964": a war
    named without sides and with no fight told before is the war between the
    parties of the latest truce or peace deal (its mediators aside). True
    when it found them."""
    peace = next((d for d in reversed(kept) if d.kind in PEACE and d.fact.modality == "asserted"
                  and len(d.sides() - set(d.fact.roles.get("mediator", ()))) >= 2), None)
    if peace is None:
        return False
    war.fact.roles["participant"] = tuple(sorted(peace.sides() - set(peace.fact.roles.get("mediator", ()))))
    return True


def _absorb_reference(target: Draft, draft: Draft) -> None:
    """A later mention of an event adds its evidence, what it tells about
    brokers, places and treaties, and a date that fits; the first telling
    keeps its modality."""
    target.fact.evidence += draft.fact.evidence
    if target.fact.date is None or dating.compatible(target.fact.date, draft.fact.date):
        target.fact.date = dating.join(target.fact.date, draft.fact.date)
    for role in ("mediator", "location", "invokes"):
        extra = tuple(i for i in draft.fact.roles.get(role, ()) if i not in target.fact.roles.get(role, ()))
        if extra and (role == "mediator" or not target.fact.roles.get(role)):
            target.fact.roles[role] = target.fact.roles.get(role, ()) + extra


def _resolve_references(drafts: list[Draft]) -> list[Draft]:
    """"The truce, brokered by X ...", "perundingan tersebut": an event named
    without sides is the latest event of its kind told before, if their dates fit."""
    kept: list[Draft] = []
    for draft in drafts:
        if draft.rule.refers_to:
            target = next((d for d in reversed(kept) if d.kind in draft.rule.refers_to and d.sides()), None)
            if target is not None:
                _absorb_reference(target, draft)
            continue
        if not draft.sides() and draft.kind not in FIGHTING and draft.kind != "Mediation":
            same_kind = [d for d in reversed(kept) if d.kind == draft.kind
                         and dating.compatible(d.fact.date, draft.fact.date)]  # a pact of another year is another
            target = next((d for d in same_kind if d.sides()), None)
            if target is None and not draft.fact.roles.get("mediator"):  # "the talks were held in Yunnan on ..."
                target = next(iter(same_kind), None)
            if target is not None:
                _absorb_reference(target, draft)
                continue
        kept.append(draft)
    return kept


def _join_allies(drafts: list[Draft]) -> list[Draft]:
    """"Eritrean troops fought on the side of the Ethiopian government": they
    join the latest fight that side is in (else the two form a fight)."""
    kept: list[Draft] = []
    for draft in drafts:
        if draft.ally is not None:
            fight = next((d for d in reversed(kept) if d.kind in FIGHTING and draft.ally in d.sides()
                          and d.fact.modality == draft.fact.modality), None)
            if fight is not None:
                joined = tuple(i for i in draft.sides() if i not in fight.sides())
                fight.fact.roles["participant"] = fight.fact.roles.get("participant", ()) + joined
                fight.fact.evidence += draft.fact.evidence
                continue
            draft.fact.roles["participant"] = draft.fact.roles.get("participant", ()) + (draft.ally,)
        kept.append(draft)
    return kept


def _resolve_ceasefire_parties(drafts: list[Draft], absorbed: dict[int, Draft]) -> None:
    """A ceasefire naming no parties ends the fight of its sentence, else the
    fight in focus (one with two sides first)."""
    for draft in drafts:
        if draft.kind != "Ceasefire" or draft.fact.roles.get("participant"):
            continue
        told_with = next((d for d in drafts if d.kind in FIGHTING and d.sentence == draft.sentence and d.sides()), None)
        when, modality = draft.fact.date, draft.fact.modality
        fight = (absorbed.get(draft.sentence) or told_with or _focus(drafts, draft.position, when, modality, need_sides=2)
                 or _focus(drafts, draft.position, when, modality))
        if fight is not None:
            mediators = set(draft.fact.roles.get("mediator", ()))
            draft.fact.roles["participant"] = tuple(sorted(fight.sides() - mediators))
            draft.fact.date = draft.fact.date or fight.fact.date


def _joins(ctx: SentenceContext, draft: Draft) -> bool:
    """A joining cue right before the fight's trigger: "had also struck",
    "took part in the"; not one before a verb of judging ("Iran also
    condemned the attack", "Iran juga mengecam serangan itu": who judges a
    fight stands outside it)."""
    before = ctx.text[:draft.position - ctx.sentence.start]
    judges = ctx.words.get("roles.judges")
    return any(word_count(before[m.end():]) <= JOIN_REACH and not find_all(judges, before[m.end():])
               for m in find_all(ctx.words.get("roles.joins"), before))


def _join_fights_in_focus(contexts: list[SentenceContext], drafts: list[Draft]) -> list[Draft]:
    """"JNIM said its fighters had also struck the column", "Dutch jets took
    part in the interceptions", "Yordania juga ikut mencegat drone itu": a
    fight naming one side, told with a joining cue, is the fight in focus,
    which that side joins. "Israel intercepted them with help from the United
    States": a side of the fight in focus fighting with helpers and no one
    else is that fight, which the helpers join."""
    by_sentence = {ctx.sentence.index: ctx for ctx in contexts}
    kept: list[Draft] = []
    for draft in drafts:
        ctx = by_sentence.get(draft.sentence)
        same_kind = [d for d in kept if d.kind == draft.kind]  # interceptions join the strike, not the war behind it
        fight = _focus(same_kind, draft.position, draft.fact.date, draft.fact.modality)
        joining = _joining(ctx, draft, fight) if ctx is not None and fight is not None else ()
        if joining:
            fight.fact.roles["participant"] = fight.fact.roles.get("participant", ()) + joining
            fight.fact.evidence += draft.fact.evidence
            continue
        kept.append(draft)
    return kept


def _joining(ctx: SentenceContext, draft: Draft, fight: Draft) -> tuple[str, ...]:
    """What `draft` adds to the fight in focus it is part of (see
    `_join_fights_in_focus`); nothing when it is a fight of its own."""
    if draft.kind not in FIGHTING:
        return ()
    theirs = {draft.represents.get(i, i) for i in fight.sides()}
    at = draft.position - ctx.sentence.start
    helpers = {iri for unit in roles.supporters(ctx, ctx.segment_at(at)) for iri in unit.iris}
    own = {draft.represents.get(i, i) for i in draft.sides()}
    if len(own) == 1 and _joins(ctx, draft) and not own & theirs:
        return tuple(i for i in draft.fact.roles.get("participant", ()) if i not in fight.sides())
    helped = own - helpers
    if helpers and len(helped) == 1 and helped <= theirs:
        return tuple(i for i in draft.fact.roles.get("participant", ()) if i in helpers and i not in fight.sides())
    return ()


def _join_told_fights(contexts: list[SentenceContext], everything: list[Draft]) -> None:
    """"Jet F-35 Belanda juga ikut dalam pencegatan itu", "Jordan also took part
    in that interception": the subject of a joining cue before a fight told
    before (a mention with no sides of its own) joins that fight."""
    by_sentence = {ctx.sentence.index: ctx for ctx in contexts}
    for draft in everything:
        ctx = by_sentence.get(draft.sentence)
        if draft.absorbed_into is None or ctx is None or not _joins(ctx, draft):
            continue
        at = draft.position - ctx.sentence.start
        fight = draft.absorbed_into
        joining = [u for u in roles.subject(ctx, ctx.segment_at(at), at) if u.entity not in fight.sides()]
        fight.fact.roles["participant"] = fight.fact.roles.get("participant", ()) + tuple(
            iri for unit in joining for iri in unit.iris if iri not in fight.sides())


def _claimants(ctx: SentenceContext) -> tuple[list[Unit], list[Unit]]:
    """Who claims or is blamed for an attack in this sentence ("X claimed
    responsibility", "claimed by X", "Y blamed X for the attack"), and who
    blames them (the side hit, as it says)."""
    claiming: list[Unit] = []
    blaming: list[Unit] = []
    for match in find_all(ctx.words.get("roles.claim"), ctx.text):
        claiming += roles.subject(ctx, ctx.segment_at(match.start()), match.start())
    for match in find_all(ctx.words.get("roles.claimed_by"), ctx.text):
        claiming += roles.list_from(ctx, match.end(), len(ctx.text), lead_words=CLAIM_LEAD_WORDS)[:1]
    for match in find_all(ctx.words.get("roles.accuse"), ctx.text):
        blamed = roles.list_from(ctx, match.end(), len(ctx.text))[:1]
        rest = ctx.text[blamed[0].end:] if blamed else ""
        if any(word_count(rest[:cue.start()]) <= BLAME_REACH for cue in find_all(ctx.words.get("roles.blamed_for"), rest)):
            claiming += blamed
            blaming += roles.subject(ctx, ctx.segment_at(match.start()), match.start())
    return claiming, blaming


def _claimed_attacks(contexts: list[SentenceContext], drafts: list[Draft], everything: list[Draft]) -> list[Draft]:
    """"JNIM claimed responsibility", "the fighting was claimed by X", "Iran
    menuding Israel berada di balik serangan itu": the claimant or the side
    blamed takes part in the fight of the sentence (or the one a side-less
    mention there stood for), else in the fight in focus if that names fewer
    than two sides; the side that blames joins a fight that names no other
    side. A side-less mention with no fight to stand for ("claimed
    responsibility for the attack") is the claimant's attack. Returns the
    drafts with the attacks so kept."""
    kept = list(drafts)
    for ctx in contexts:
        claiming, blaming = _claimants(ctx)
        if not claiming:
            continue
        here = [d for d in everything if d.sentence == ctx.sentence.index and d.kind in FIGHTING]
        told = next((d for d in here if d in kept and d.sides()), None)
        stood_for = next((d.absorbed_into for d in here if d.absorbed_into is not None), None)
        unresolved = next((d for d in here if not d.sides() and d not in kept), None)
        focus = _focus(kept, ctx.sentence.start, None)
        focus = focus if focus is not None and len(focus.sides()) < 2 else None  # a fight of two sides told before is theirs
        fight = told or stood_for or focus or unresolved
        if fight is None:
            continue
        if fight is unresolved:
            kept.append(fight)
        named = fight.sides()
        joining = [*claiming, *(blaming if len(named) < 2 else [])]
        added = tuple(iri for unit in joining for iri in unit.iris if iri not in named)
        fight.fact.roles["participant"] = tuple(dict.fromkeys(fight.fact.roles.get("participant", ()) + added))
    return sorted(kept, key=lambda d: d.position)


def _also_told_the_same_day(contexts: list[SentenceContext], drafts: list[Draft]) -> None:
    """"X spoke by phone with Y on 3 March. X also spoke by phone with Z",
    "Mahama juga berbicara melalui telepon dengan Z": a dateless sentence
    that tells, with "also" right before its trigger (words
    discourse.also), an event of the kind and modality the sentence before
    told with its own date continues it, so it takes that date rather than
    the day of publication. Carrying any previous date had cost events; this
    is only the same kind told again with "also"."""
    by_sentence = {ctx.sentence.index: (n, ctx) for n, ctx in enumerate(contexts)}
    for draft in drafts:
        n, ctx = by_sentence.get(draft.sentence, (0, None))
        if ctx is None or n == 0 or ctx.dates or ctx.carried_dates or not _also_before(ctx, draft.position):
            continue
        before = contexts[n - 1]
        if not before.dates:
            continue
        told = next((d for d in drafts if d.sentence == before.sentence.index and d.kind == draft.kind
                     and d.fact.modality == draft.fact.modality and d.fact.date is not None), None)
        if told is not None:
            draft.fact.date = told.fact.date


def _also_before(ctx: SentenceContext, position: int) -> bool:
    """An "also" cue at most JOIN_REACH words before the trigger at `position` (in Document.text)."""
    before = ctx.text[:position - ctx.sentence.start]
    return any(word_count(before[m.end():]) <= JOIN_REACH for m in find_all(ctx.words.get("discourse.also"), before))


def _orphan_casualties(contexts: list[SentenceContext], drafts: list[Draft]) -> None:
    """Numbers of dead told without a fight go to the fight in focus."""
    for ctx in contexts:
        dates = [d.value for d in ctx.dates] or ctx.carried_dates
        when = dates[0] if len(dates) == 1 else None
        for found in ctx.orphan_casualties:
            target = _focus(drafts, ctx.sentence.start, when)
            war = next((d for d in drafts if d.kind == "War" and target is not None and d.sentence == target.sentence
                        and d.sides() and d.fact.modality == "asserted"), None)
            target = war or target  # "67,000 have been killed since": tallies belong to the war
            if target is not None and target.fact.fatalities is None:
                target.fact.fatalities = found.quantity
                target.fact.fatalities_side = found.side


def resolve(contexts: list[SentenceContext], drafts: list[Draft]) -> list[Draft]:
    """Apply the discourse rules (module docstring); drafts still without a side are dropped."""
    drafts = sorted(drafts, key=lambda d: d.position)
    anaphora.resolve_pairs(drafts, contexts)
    drafts = anaphora.third_party_with_the_pair(drafts, contexts)
    anaphora.plural_pronouns(drafts)
    anaphora.organization_in_focus(drafts)
    _sides_from_ceasefire(drafts)
    everything = list(drafts)
    lasting_cues = contexts[0].words.get("discourse.lasting") if contexts else ()
    drafts = _resolve_references(_resolve_sideless_fights(drafts, lasting_cues))
    absorbed = {d.sentence: d.absorbed_into for d in everything if d.absorbed_into is not None}
    _resolve_ceasefire_parties(drafts, absorbed)
    drafts = _claimed_attacks(contexts, drafts, everything)
    drafts = _join_fights_in_focus(contexts, drafts)
    _join_told_fights(contexts, everything)
    anaphora.pairs_in_focus(drafts, anaphora.named_so_far(contexts))
    anaphora.plural_pronouns(drafts)  # again: "between them" may point at talks whose sides were found just now
    drafts = _join_allies(drafts)  # last: what an ally adds is not the pair in focus of earlier talks
    _responses(contexts, drafts)
    _join_one_sided_wars(contexts, drafts)
    drafts = _wars_and_truces_told_again(contexts, drafts)
    drafts = _tallies_of_wars(contexts, drafts)
    opponents.complete_one_sided_fights(contexts, drafts, anaphora.named_so_far(contexts))
    _orphan_casualties(contexts, drafts)
    _also_told_the_same_day(contexts, drafts)
    complete = [d for d in drafts if d.rule.frame != "membership_change" or d.fact.roles.get("organization")]
    kept = [d for d in complete if d.distinct_actors() >= _least_actors(d) and d.has_needs()]
    _mark_civil_wars(contexts, kept)
    return _retold_headlines(contexts, _without_lone_one_sided_wars(contexts, kept))


def _without_lone_one_sided_wars(contexts: list[SentenceContext], drafts: list[Draft]) -> list[Draft]:
    """"Ethiopia's conflict widens", "the war in Yemen", "16 years of war"
    after all the rules above, still with one side: the war's other side is
    missing, and the event as read is no fact the text tells; unless the
    sentence tells a war inside a state against foes it need not name ("the
    civil war in Syria", "Mozambique has been fighting the insurgency",
    "pemberontakan separatis di selatan Filipina"; words events.civil_war,
    discourse.insurgency), or a war with more sides told elsewhere holds it."""
    by_sentence = {ctx.sentence.index: ctx for ctx in contexts}
    wars = [d for d in drafts if d.kind == "War"]

    def lone(war: Draft) -> bool:
        sides = _actors_of(war) or war.sides()
        ctx = by_sentence.get(war.sentence)
        if len(sides) != 1 or ctx is None or _told_as_internal(ctx):
            return False
        return not any(other is not war and len(other.sides()) > 1 and sides <= (_actors_of(other) or other.sides())
                       for other in wars)

    return [d for d in drafts if d.kind != "War" or not lone(d)]


def _told_as_internal(ctx: SentenceContext) -> bool:
    """The sentence names a civil war or an insurgency."""
    return bool(find_all(ctx.words.get("events.civil_war") + ctx.words.get("discourse.insurgency"), ctx.text))


def _retold_headlines(contexts: list[SentenceContext], drafts: list[Draft]) -> list[Draft]:
    """The headline sums up what the article tells, in telegraphic words
    ("X sends troops to Y as Z offensive leaves dozens dead", "Rusia
    Tengahi Gencatan Senjata A-B, 1.960 Pasukan Dikerahkan ke C"), so an
    event it tells is kept only when the body tells it again: a mention in
    the body was read as that event (its evidence), or a body event of the
    same kind and modality has sides that one of the two holds all of. Read
    alone, its words give sides from the wrong clause. A text that is its
    headline alone (a one-line file) is told by it."""
    headlines = {ctx.sentence.start for ctx in contexts if ctx.headline}
    if all(ctx.headline for ctx in contexts):
        return drafts
    body = [d for d in drafts if d.fact.evidence[0].start not in headlines]
    return [d for d in drafts if {e.start for e in d.fact.evidence} - headlines
            or any(_tells_again(b, d) for b in body)]


def _tells_again(body: Draft, headline: Draft) -> bool:
    """`body` tells the event `headline` tells: the same kind (any fight for
    a fight), the same modality, and the sides of one within the other's."""
    if body.kind != headline.kind and not {body.kind, headline.kind} <= FIGHTING:
        return False
    theirs, ours = _actors_of(body) or body.sides(), _actors_of(headline) or headline.sides()
    return body.fact.modality == headline.fact.modality and (theirs <= ours or ours <= theirs)


def _responses(contexts: list[SentenceContext], drafts: list[Draft]) -> None:
    """"Hezbollah fired rockets at Israel. Israel responded with strikes on
    Lebanon", "Israel membalas dengan serangan udara": a fight naming one
    side, told as a response, is fought against the one other side of the
    latest fight that side was in before."""
    by_sentence = {ctx.sentence.index: ctx for ctx in contexts}
    for draft in drafts:
        ctx = by_sentence.get(draft.sentence)
        if draft.kind not in FIGHTING or ctx is None or len(_actors_of(draft)) != 1:
            continue
        before = ctx.text[:draft.position - ctx.sentence.start]
        if not find_all(ctx.words.get("roles.response"), before):
            continue
        side = next(iter(_actors_of(draft)))
        earlier = next((d for d in reversed(drafts) if d.position < draft.position and d.kind in FIGHTING
                        and side in _actors_of(d) and len(_actors_of(d)) == 2), None)
        if earlier is not None:
            draft.fact.roles["participant"] = draft.fact.roles.get("participant", ()) + tuple(
                sorted(_actors_of(earlier) - {side}))


def _join_one_sided_wars(contexts: list[SentenceContext], drafts: list[Draft]) -> None:
    """"since Russia's invasion in February 2022 ... the war in Ukraine": a
    war told twice with one side each time, and no war of the text naming
    two sides, is one war between the two (kg.link merges them), if some
    sentence names both. Before that, a war naming one side takes the only
    enemy its clashes have (civil wars aside)."""
    wars = [d for d in drafts if d.kind == "War" and d.fact.modality == "asserted"]
    if any(len(d.sides()) >= 2 for d in wars):
        return
    by_sentence = {ctx.sentence.index: ctx for ctx in contexts}
    for war in wars:
        if not _civil_war(by_sentence[war.sentence], war):
            _war_of_the_clashes(drafts, war)
    if any(len(d.sides()) >= 2 for d in wars):
        return
    sides = {side for d in wars for side in d.sides() if side not in d.represents}
    named_together = any(sides <= {u.represents or u.entity for u in ctx.units} for ctx in contexts)
    if len(sides) == 2 and named_together:
        for war in wars:
            war.fact.roles["participant"] = tuple(sorted(sides))


TOLD_AGAIN = frozenset({"War", "Ceasefire", "ArmedClash"})  # what a bare definite article names again ("the war", "the clash")
ONE_PLACE = frozenset({"ArmedClash"})  # told at one place over a few days: a clash elsewhere is another clash


def _wars_and_truces_told_again(contexts: list[SentenceContext], drafts: list[Draft]) -> list[Draft]:
    """"Russia invaded Ukraine in February ... Russia, suspended in April over
    its conduct of the war, ...": a war named with a bare definite article
    ("the war", "the conflict"; words discourse.definite) between sides of a
    war told before (some or all of them) is that war (`_absorb_told_again`).
    "The 2020 war" names a war of its own. So is a truce: "A and B agreed a
    ceasefire in Doha on 19 October. The two sides will meet in Istanbul on
    25 October to make the truce last": the date is the meeting's."""
    by_sentence = {ctx.sentence.index: ctx for ctx in contexts}
    kept: list[Draft] = []
    for draft in drafts:
        ctx = by_sentence.get(draft.sentence)
        earlier = next((d for d in kept if d.kind == draft.kind and d.fact.modality == draft.fact.modality
                        and _actors_of(draft) <= _actors_of(d)), None) if draft.kind in TOLD_AGAIN else None
        if earlier is not None and ctx is not None and _definite_bare(ctx, draft) and _same_place(earlier, draft) \
                and _same_time(earlier, draft):
            _absorb_told_again(earlier, draft)
            continue
        kept.append(draft)
    return kept


def _tallies_of_wars(contexts: list[SentenceContext], drafts: list[Draft]) -> list[Draft]:
    """"At least 232 Palestinians have been killed in Israeli air strikes
    since May 10", "sedikitnya 232 warga Palestina tewas akibat serangan
    udara Israel sejak 10 Mei": a fight whose sentence counts dead since a
    date (`_counted_since_a_date`) is the running count of a war, no clash
    of its own. A war of the article with all its sides, begun within a
    month of that date (TALLY_REACH), takes it with its dead; with no such
    war the fight stays."""
    by_sentence = {ctx.sentence.index: ctx for ctx in contexts}
    wars = [d for d in drafts if d.kind == "War" and d.fact.date is not None and d.fact.modality == "asserted"]
    kept: list[Draft] = []
    for draft in drafts:
        ctx = by_sentence.get(draft.sentence)
        war = next((w for w in wars if draft.sides() and draft.sides() <= w.sides()
                    and dating.compatible(w.fact.date, draft.fact.date, TALLY_REACH)), None) \
            if draft.kind == "ArmedClash" and ctx is not None and _counted_since_a_date(ctx) else None
        if war is None:
            kept.append(draft)
            continue
        war.fact.evidence += draft.fact.evidence
        if war.fact.fatalities is None:
            war.fact.fatalities, war.fact.fatalities_side = draft.fact.fatalities, draft.fact.fatalities_side
    return kept


def _counted_since_a_date(ctx: SentenceContext) -> bool:
    """"232 killed ... since May 10", "232 orang tewas ... sejak 10 Mei": a
    sentence telling dead (words casualties.fatality) and a word of running
    since (events.running_since) right before a date."""
    return bool(find_all(ctx.words.get("casualties.fatality"), ctx.text)) and any(
        not ctx.text[cue.end():found.start].strip()
        for cue in find_all(ctx.words.get("events.running_since"), ctx.text) for found in ctx.dates)


def _absorb_told_again(war: Draft, mention: Draft) -> None:
    """The war told again adds its evidence, numbers it lacks, and the
    earlier of the two dates: a war is dated by when it began ("The conflict
    began in 1964"), not by a later event its mention is told with. A clash
    told again takes both dates, as merging in kg.link would."""
    war.fact.evidence += mention.fact.evidence
    dates = [d for d in (war.fact.date, mention.fact.date) if d is not None]
    if war.kind in ONE_PLACE:  # a clash spans the days its mentions tell ("the fighting continued on Tuesday")
        war.fact.date = dating.join(war.fact.date, mention.fact.date)
    else:
        war.fact.date = min(dates, key=lambda d: d.value) if dates else None
    war.fact.fatalities = war.fact.fatalities or mention.fact.fatalities
    war.fact.fatalities_side = war.fact.fatalities_side or mention.fact.fatalities_side
    war.fact.troops = war.fact.troops or mention.fact.troops


def _same_time(earlier: Draft, mention: Draft) -> bool:
    """"Rajapaksa declared victory over the rebels on Tuesday ... The end
    came after the offensive that retook Kilinochchi in January": a clash
    told again on a date apart from the earlier clash's is another clash
    (the news must not take the old month). Wars and truces last, so a
    later date says nothing here."""
    if mention.kind not in ONE_PLACE:
        return True
    return dating.compatible(earlier.fact.date, mention.fact.date, dating.BORROWED_TOLERANCE)


def _same_place(earlier: Draft, mention: Draft) -> bool:
    """A clash named again at places none of which the earlier clash has is
    another clash ("the assault on Snake Island" after a strike in the Black
    Sea); one naming no place may be the same. Wars and truces span regions,
    so their places say nothing here."""
    places = set(mention.fact.roles.get("location", ())) if mention.kind in ONE_PLACE else set()
    return not places or bool(places & set(earlier.fact.roles.get("location", ())))


def _definite_bare(ctx: SentenceContext, draft: Draft) -> bool:
    """The trigger follows a definite article or demonstrative right away ("the war", not "the 2020 war")."""
    before = ctx.text[:draft.position - ctx.sentence.start].split()[-1:]
    return bool(before) and before[0].lower() in {w.lower() for w in ctx.words.get("discourse.definite")}


def _actors_of(draft: Draft) -> set[str]:
    """The states, organizations and groups on a fight's sides (persons stand for whom they represent)."""
    return {draft.represents.get(side, side) for side in draft.sides()} - set(draft.represents)


def _mark_civil_wars(contexts: list[SentenceContext], drafts: list[Draft]) -> None:
    """"Syria's long civil war", "perang saudara di Libia": a war of one side
    named as a civil war (its trigger in the phrase, or a few modifiers
    before it: "long", "13-year") is fought inside that state; kg.link does not merge
    it into a war between states told in the same text (the 1967 war of
    Israel and Syria)."""
    by_sentence = {ctx.sentence.index: ctx for ctx in contexts}
    for war in drafts:
        ctx = by_sentence.get(war.sentence)
        if war.kind == "War" and ctx is not None and len(_actors_of(war) or war.sides()) == 1:
            at = war.position - ctx.sentence.start
            war.civil_war = any(m.start() <= at < m.end() or (at <= m.start() and word_count(ctx.text[at:m.start()])
                                                                <= CIVIL_WAR_MODIFIERS)
                                for m in find_all(ctx.words.get("events.civil_war"), ctx.text))


def _civil_war(ctx: SentenceContext, war: Draft) -> bool:
    """"the civil war in Syria", "perang saudara Suriah": a war inside the one state it names."""
    at = war.position - ctx.sentence.start
    return any(m.start() <= at < m.end() for m in find_all(ctx.words.get("events.civil_war"), ctx.text))


def _war_of_the_clashes(drafts: list[Draft], war: Draft) -> None:
    """"Russian missiles struck Odesa ... since Russia launched its
    invasion", "jet Israel menggempur Gaza ... perang yang dilancarkan
    Israel": a war naming one side, in a text whose clashes with that side
    all have one and the same other side, is fought against that side."""
    actors = _actors_of(war)
    if len(actors) != 1:
        return
    side = next(iter(actors))
    clashes = [_actors_of(d) for d in drafts if d.kind == "ArmedClash" and d.fact.modality == "asserted"]
    partners = {frozenset(a - {side}) for a in clashes if side in a and len(a) == 2}
    if len(partners) == 1:
        war.fact.roles["participant"] = war.fact.roles.get("participant", ()) + tuple(sorted(next(iter(partners))))


@cache
def _civil_bodies() -> frozenset[str]:
    """Organizations of the reference that are neither alliances nor armed groups."""
    return frozenset(e.iri for e in reference_entities() if e.kind == "Organization")


def _least_actors(draft: Draft) -> int:
    """A hypothetical fight needs both sides named: "the treaty applies to
    armed attacks on Philippine ships" is a condition, not an event. A truce
    with no broker needs two sides: one side stopping fire is no ceasefire,
    unless the text calls it unilateral (kg.events.diplomacy)."""
    if draft.fact.modality == "hypothetical" and draft.kind in FIGHTING:
        return max(2, draft.rule.min_actors)
    if draft.kind in FIGHTING and draft.sides() and draft.sides() <= _civil_bodies():
        return 10**6  # "the IAEA says ... the bombing": an agency that does not fight is no side
    if draft.kind == "Ceasefire" and not draft.fact.roles.get("mediator") and not draft.unilateral:
        return max(2, draft.rule.min_actors)  # "Iran would stop firing if ...": a truce needs two sides
    return draft.rule.min_actors

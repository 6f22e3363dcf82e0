"""What one sentence leaves to the next: the time frame and the event in focus.

- A sentence without a date that continues the previous one ("Under that
  deal ...", "The ensuing conflict ...": continuation cues in words.toml)
  takes the previous sentence's dates.
- "The two countries fought ..." takes its sides from the last event with two sides.
- A fight that names no side ("The six-week fighting in 2020 killed ...")
  is the fight in focus: the latest one of its kind with a compatible date
  and modality, else the latest such fight of any kind;
  its numbers of dead go there. Numbers of dead in a sentence without a
  fight go to the fight in focus too.
- Any other event named without sides ("the truce, brokered by X") is the
  latest event of its kind; a first ceasefire that names no parties is
  between the sides of the fight in focus.
- A fight without sides in a sentence that names a ceasefire's parties is
  theirs; talks or a truce with a broker but no sides are between the pair
  of the latest event with two sides; "the agreement, brokered by X" adds
  to the latest ceasefire or signing (rules with `refers_to`).
- A noun trigger followed by a demonstrative ("perundingan tersebut") names
  an event told before: its sides are not read from the sentence.
"""
from __future__ import annotations

from collections import Counter

from kg.events import dating
from kg.events.context import GROUP_KINDS, SentenceContext, Unit
from kg.events.drafts import FIGHTING, Draft

PAIRED = frozenset({"Talks", "Ceasefire", "TreatySigning"})  # events between two sides
from kg.events.patterns import find_all
from kg.model import DateValue


def resolve_group_anaphora(contexts: list[SentenceContext]) -> None:
    """"The group", "aliansi tersebut": the organization or armed group named
    last stands there as an actor unit of its own."""
    last: Unit | None = None
    for ctx in contexts:
        for match in find_all(ctx.words.get("discourse.group_anaphora"), ctx.text):
            before = [u for u in ctx.units if u.end <= match.start() and u.kind in GROUP_KINDS]
            named = before[-1] if before else last
            taken = any(u.start < match.end() and match.start() < u.end for u in ctx.units)
            if named is not None and not taken:
                ctx.units.append(Unit(match.start(), match.end(), named.entity, named.kind, named.represents))
        ctx.units.sort(key=lambda u: u.start)
        groups = [u for u in ctx.units if u.kind in GROUP_KINDS]
        last = groups[-1] if groups else last


def carry_dates(contexts: list[SentenceContext]) -> None:
    previous: list = []
    for ctx in contexts:
        if ctx.dates:
            previous = [d.value for d in ctx.dates]
            continue
        if find_all(ctx.words.get("discourse.continuation"), ctx.text):
            ctx.carried_dates = previous[-1:]
        previous = ctx.carried_dates or previous


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


def focus_pair(drafts: list[Draft], position: int) -> tuple[str, ...]:
    """"The two countries": the pair that fought most often before `position`
    (the latest such pair on a tie), else the two sides named most often in
    fights so far."""
    fights = [d for d in drafts if d.position < position and d.kind in FIGHTING]
    pairs = Counter(frozenset(d.sides()) for d in fights if len(d.sides()) == 2)
    if pairs:
        best = max(pairs.values())
        latest = next(p for p in reversed([frozenset(d.sides()) for d in fights]) if pairs.get(p) == best)
        return tuple(sorted(latest))
    sides = Counter(side for d in fights for side in d.sides())
    top = [side for side, _ in sides.most_common(2)]
    return tuple(sorted(top)) if len(top) == 2 else ()


def _resolve_pairs(drafts: list[Draft]) -> None:
    """"The two countries", and reciprocal triggers ("an exchange of fire")
    naming fewer than two sides: the pair in focus, if it holds the side named."""
    for draft in drafts:
        if (draft.anaphoric or draft.rule.reciprocal) and len(draft.sides()) < 2:
            pair = focus_pair(drafts, draft.position)
            if pair and draft.sides() <= set(pair):
                draft.fact.roles["participant"] = pair
            continue
        if draft.anaphoric and len(draft.sides()) < 2:
            pair = focus_pair(drafts, draft.position)
            if pair:
                draft.fact.roles["participant"] = pair


def _absorb(target: Draft, draft: Draft) -> None:
    """A side-less mention joins the fight in focus. "The war has displaced
    millions" after a fight that lasts ("has fought since April 2023") makes
    that fight a war."""
    lasting = target.fact.date is None or target.fact.date.precision != "day"
    if draft.kind == "War" and target.kind == "ArmedClash" and lasting:
        target.fact.kind = "War"
    target.fact.evidence += draft.fact.evidence
    target.fact.date = dating.join(target.fact.date, draft.fact.date)
    if target.fact.fatalities is None and draft.fact.fatalities is not None:
        target.fact.fatalities = draft.fact.fatalities
        target.fact.fatalities_side = draft.fact.fatalities_side


def _sides_from_ceasefire(drafts: list[Draft]) -> None:
    """"A ceasefire between A and B after a year of fighting": the fighting is theirs."""
    for draft in drafts:
        if draft.kind in FIGHTING and not draft.sides():
            truce = next((d for d in drafts if d.kind == "Ceasefire" and d.sentence == draft.sentence
                          and d.fact.roles.get("participant")), None)
            if truce is not None:
                draft.fact.roles["participant"] = truce.fact.roles["participant"]


def _plural_pronouns(drafts: list[Draft]) -> None:
    """"Their leaders signed a treaty": an event whose sides are a plural
    pronoun takes the sides named in the latest sentence that named several
    (members leaving a bloc count, the bloc does not)."""
    for index, draft in enumerate(drafts):
        if not draft.plural_pronoun or draft.sides():
            continue
        earlier = [d for d in drafts[:index] if d.sentence < draft.sentence and d.sides()]
        if not earlier:
            continue
        sentence = earlier[-1].sentence
        group = {i for d in earlier if d.sentence == sentence for i in d.sides() - set(d.fact.roles.get("organization", ()))}
        if len(group) >= 2:
            role = "agent" if draft.rule.frame == "agent" else "participant"
            draft.fact.roles[role] = tuple(sorted(group))


def _organization_in_focus(drafts: list[Draft]) -> None:
    """"Finland became a member in April 2023": of the organization named last."""
    for index, draft in enumerate(drafts):
        if draft.rule.frame == "membership_change" and not draft.fact.roles.get("organization"):
            named = next((d.fact.roles["organization"] for d in reversed(drafts[:index]) if d.fact.roles.get("organization")), None)
            if named:
                draft.fact.roles["organization"] = named


def _pairs_in_focus(drafts: list[Draft], named: list[Counter[str]]) -> None:
    """"Months of talks mediated by Qatar", "the agreement was signed in
    Pretoria", "the first phase of the ceasefire": talks, truces and signings
    that name no sides are between the sides of the latest event with two,
    else between the two actors the text has named most so far."""
    for index, draft in enumerate(drafts):
        if draft.kind not in PAIRED or draft.sides():
            continue
        mediators = set(draft.fact.roles.get("mediator", ()))
        pair = next((d.sides() - mediators for d in reversed(drafts[:index]) if len(d.sides() - mediators) >= 2), None)
        if pair is None and draft.sentence < len(named):
            top = [actor for actor, _ in (named[draft.sentence] - Counter({m: 10**6 for m in mediators})).most_common(2)]
            pair = set(top) if len(top) == 2 else None
        if pair:
            draft.fact.roles["participant"] = tuple(sorted(pair))


def _resolve_sideless_fights(drafts: list[Draft]) -> list[Draft]:
    kept: list[Draft] = []
    for draft in drafts:
        if draft.kind in FIGHTING and not draft.sides():
            target = _fight_in_focus(kept, draft)
            if target is not None and draft.kind == "War" and target.kind != "War" and target.sentence == draft.sentence:
                draft.fact.roles["participant"] = tuple(sorted(target.sides()))  # "the war began after the attack"
                kept.append(draft)
            elif target is not None:
                _absorb(target, draft)
                draft.absorbed_into = target
            continue
        kept.append(draft)
    return kept


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
    without sides is the latest event of its kind told before."""
    kept: list[Draft] = []
    for draft in drafts:
        if draft.rule.refers_to:
            target = next((d for d in reversed(kept) if d.kind in draft.rule.refers_to and d.sides()), None)
            if target is not None:
                _absorb_reference(target, draft)
            continue
        if not draft.sides() and draft.kind not in FIGHTING and draft.kind != "Mediation":
            target = next((d for d in reversed(kept) if d.kind == draft.kind and d.sides()), None)
            if target is not None:
                _absorb_reference(target, draft)
                continue
        kept.append(draft)
    return kept


def _resolve_ceasefire_parties(drafts: list[Draft], absorbed: dict[int, Draft]) -> None:
    for draft in drafts:
        if draft.kind != "Ceasefire" or draft.fact.roles.get("participant"):
            continue
        same_sentence = absorbed.get(draft.sentence)
        fight = same_sentence or _focus(drafts, draft.position, draft.fact.date, draft.fact.modality, need_sides=2)
        if fight is not None:
            mediators = set(draft.fact.roles.get("mediator", ()))
            draft.fact.roles["participant"] = tuple(sorted(fight.sides() - mediators))
            draft.fact.date = draft.fact.date or fight.fact.date


def _orphan_casualties(contexts: list[SentenceContext], drafts: list[Draft]) -> None:
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


def named_so_far(contexts: list[SentenceContext]) -> list[Counter[str]]:
    """For each sentence index: how often each actor (persons as whom they
    represent) was named up to and including that sentence."""
    counts: Counter[str] = Counter()
    by_sentence: list[Counter[str]] = []
    for ctx in contexts:
        counts.update(unit.represents or unit.entity for unit in ctx.units)
        while len(by_sentence) <= ctx.sentence.index:
            by_sentence.append(Counter(counts))
    return by_sentence


def resolve(contexts: list[SentenceContext], drafts: list[Draft]) -> list[Draft]:
    """Apply the discourse rules (module docstring); drafts still without a side are dropped."""
    drafts = sorted(drafts, key=lambda d: d.position)
    _resolve_pairs(drafts)
    _plural_pronouns(drafts)
    _organization_in_focus(drafts)
    _sides_from_ceasefire(drafts)
    everything = list(drafts)
    drafts = _resolve_references(_resolve_sideless_fights(drafts))
    absorbed = {d.sentence: d.absorbed_into for d in everything if d.absorbed_into is not None}
    _resolve_ceasefire_parties(drafts, absorbed)
    _pairs_in_focus(drafts, named_so_far(contexts))
    _orphan_casualties(contexts, drafts)
    complete = [d for d in drafts if d.rule.frame != "membership_change" or d.fact.roles.get("organization")]
    return [d for d in complete if d.distinct_actors() >= _least_actors(d) and d.has_needs()]


def _least_actors(draft: Draft) -> int:
    """A hypothetical fight needs both sides named: "the treaty applies to
    armed attacks on Philippine ships" is a condition, not an event."""
    if draft.fact.modality == "hypothetical" and draft.kind in FIGHTING:
        return max(2, draft.rule.min_actors)
    return draft.rule.min_actors

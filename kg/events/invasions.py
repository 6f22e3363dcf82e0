"""The state invaded, when an invasion's sentence names its invader only.

An invasion is a war of two states (docs/gold-format.md), but background
news names it by its invader alone and tells the invaded country as the
ground of something else in the same sentence: "refugees who fled Ukraine
... since Russia's invasion in February", "anak-anak dari wilayah Ukraina
yang diduduki sejak invasi Rusia". Read alone, such a war has one side and
is dropped (kg.events.discourse). The state named as ground (right after
words events.invaded_ground: "in", "outside", "from", "di", "dari
wilayah", compass words allowed between) is the one invaded; a state that
acts in the sentence ("Finland joined NATO after Russia's invasion") or
receives ("arms to Ukraine") is no ground, and gives nothing.

A sentence may name no ground at all ("Since Russian forces invaded on Feb.
24", "expel it over the invasion of Ukraine", "sejak invasi Rusia pada
Februari 2022, Polandia menjadi pemasok senjata bagi Ukraina"): the other
side is then the one of a known invasion of the period (words
events.known_invasions: invader, invaded, the years it ran), one running in
the year the text dates it, else the latest begun by the year of publication.
"""
from __future__ import annotations

from datetime import date

from kg.events.context import SentenceContext, Unit, word_count
from kg.events.drafts import Draft
from kg.events.patterns import find_all
from kg.namespaces import state_iri

QUOTES = ('"', "“", "'", "‘")  # an "invasion" in quotes is a label
GROUND_REACH = 1  # words between a cue of ground and its state: "in eastern Ukraine", "dari wilayah timur Ukraina"


def complete_invasions(ctx: SentenceContext, drafts: list[Draft]) -> None:
    """Every asserted invasion of the sentence naming one state takes the
    state the sentence names as ground (the nearest to the trigger)."""
    for draft in drafts:
        sides = {draft.represents.get(iri, iri) for iri in draft.sides()}
        if draft.kind != "War" or draft.fact.modality != "asserted" or len(sides) != 1:
            continue
        if not _is_invasion(ctx, draft):
            continue
        ground = _state_invaded(ctx, draft, sides) or _known_counterpart(ctx, draft, sides.pop())
        if ground is not None:
            draft.fact.roles["participant"] = (*draft.fact.roles.get("participant", ()), ground)


def _is_invasion(ctx: SentenceContext, draft: Draft) -> bool:
    """The draft's trigger is an invasion word (words events.invasions)."""
    at = draft.position - ctx.sentence.start
    return any(match.start() == at for match in find_all(ctx.words.get("events.invasions"), ctx.text))


def _state_invaded(ctx: SentenceContext, draft: Draft, sides: set[str]) -> str | None:
    """The state named as ground in the sentence, other than the invader, nearest to the trigger."""
    at = draft.position - ctx.sentence.start
    grounds = [unit for unit in ctx.units if unit.kind == "State" and unit.entity not in sides and _on_ground(ctx, unit)]
    nearest = min(grounds, key=lambda unit: abs(unit.start - at), default=None)
    return nearest.entity if nearest is not None else None


def _on_ground(ctx: SentenceContext, unit: Unit) -> bool:
    """A cue of ground stands right before the state, compass words aside."""
    before = ctx.text[:unit.start]
    compass = ctx.words.get("roles.region_words")
    for cue in find_all(ctx.words.get("events.invaded_ground"), before):
        between = before[cue.end():]
        if word_count(between) <= GROUND_REACH and all(
                find_all(compass, word) for word in between.split()):
            return True
    return False


def _known_counterpart(ctx: SentenceContext, draft: Draft, side: str) -> str | None:
    """The other side of the known invasion (words events.known_invasions,
    "USA IRQ 2003 2011": invader, invaded, the years the invasion and the
    occupation or war it opened began and ended, no end while it goes on)
    that `side` took part in: one running in the year the draft is dated (a
    day of the sentence may date it: "expelled Moscow on Wednesday over the
    invasion of Ukraine"), else the latest begun by the year of publication.
    None when neither year is known, or for a word in quotes ('called the
    caravan an "invasion"': a label, no war)."""
    at = draft.position - ctx.sentence.start
    if ctx.text[:at].rstrip().endswith(QUOTES):
        return None
    dated = int(draft.fact.date.value[:4]) if draft.fact.date is not None else None
    published = ctx.published.year if isinstance(ctx.published, date) else None
    known: list[tuple[int, str]] = []
    for entry in ctx.words.get("events.known_invasions"):
        invader, invaded, *years = entry.split()
        began, ended = int(years[0]), int(years[1]) if len(years) > 1 else None
        pair = {state_iri(invader): state_iri(invaded), state_iri(invaded): state_iri(invader)}
        running = dated is not None and began <= dated and (ended is None or dated <= ended)
        recalled = dated is None and published is not None and began <= published
        if side in pair and (running or recalled):
            known.append((began, pair[side]))
    return max(known)[1] if known else None

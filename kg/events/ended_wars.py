"""The war a truce ends, told inside the truce's own trigger.

"Armenia dan Azerbaijan sepakat ..., mengakhiri perang yang pecah sejak 27
September": the truce verb "mengakhiri perang" holds the war noun, and the
truce rule's exclusivity ("menghentikan serangan" is no attack) keeps the
war noun's own rule out. The war is real all the same (docs/gold-format.md:
background events keep their own dates): it is fought by the truce's
parties and dated only by when the text says it began. So is fighting a
truce ends that the text counts beyond a week and a half ("mengakhiri
pertempuran selama 34 hari"). English "ending the war" is no truce
trigger, so its war noun is read by the war rules already.
"""
from __future__ import annotations

from kg.events import attributes
from kg.events.drafts import FIGHTING, Draft
from kg.events.context import SentenceContext
from kg.events.patterns import find_all
from kg.events.rules import EventRule, event_rules
from kg.model import EventFact, Evidence

MIN_PARTIES = 2  # a truce with fewer parties names no war's sides


def wars_truces_end(ctx: SentenceContext, drafts: list[Draft]) -> list[Draft]:
    """One War draft per exclusive truce trigger of the sentence that holds
    a war (_is_war), with the truce's parties (or those of the truce the
    sentence names them for), unless a fight draft already stands there."""
    wars: list[Draft] = []
    agreed = [d for d in drafts if d.kind == "Ceasefire" and _has_parties(d)]
    for truce in drafts:
        noun_at = _war_noun_in_trigger(ctx, truce)
        parties = truce if _has_parties(truce) else next(iter(agreed), None)  # "Gencatan senjata antara A dan B ..., mengakhiri perang"
        if noun_at is None or parties is None:
            continue
        position = ctx.sentence.start + noun_at
        if any(d.kind in FIGHTING and d.position == position for d in drafts + wars):
            continue
        wars.append(_war_draft(ctx, parties, noun_at))
    return wars


def _war_noun_in_trigger(ctx: SentenceContext, truce: Draft) -> int | None:
    """Where the war inside an exclusive truce trigger starts, in the sentence."""
    if truce.kind != "Ceasefire" or not truce.rule.exclusive:
        return None
    at = truce.position - ctx.sentence.start
    trigger = next((m for m in find_all(truce.rule.triggers, ctx.text) if m.start() == at), None)
    if trigger is None:
        return None
    nouns = (*ctx.words.get("dates.lasting_nouns"), *ctx.words.get("events.fighting_nouns"))
    for noun in find_all(nouns, trigger.group(0)):
        if _is_war(ctx, at + noun.start(), at + noun.end()):
            return at + noun.start()
    return None


def _is_war(ctx: SentenceContext, start: int, end: int) -> bool:
    """A lasting noun ("perang", words dates.lasting_nouns), or fighting the
    text counts beyond a week and a half ("mengakhiri pertempuran selama 34
    hari"); the fighting a truce stops is otherwise told elsewhere."""
    lasting = any(m.start() == start for m in find_all(ctx.words.get("dates.lasting_nouns"), ctx.text))
    return lasting or (attributes.lasted_days(ctx, start, end) or 0) > attributes.DAYS_OF_A_WAR


def _has_parties(truce: Draft) -> bool:
    """The truce names at least two parties, a person and whom they represent counting once."""
    return len({truce.represents.get(iri, iri) for iri in truce.fact.roles.get("participant", ())}) >= MIN_PARTIES


def _war_draft(ctx: SentenceContext, truce: Draft, noun_at: int) -> Draft:
    """The war at `noun_at`, fought by the truce's parties."""
    rule = _noun_rule(ctx.language, "War")
    when = attributes.began(ctx, ctx.segment_at(noun_at), noun_at)
    fact = EventFact(rule.kind, {"participant": truce.fact.roles.get("participant", ())},
                     [Evidence(ctx.sentence.text, ctx.sentence.start, ctx.sentence.end, rule.id, rule.confidence)],
                     date=when[0] if when else None, modality="asserted")
    draft = Draft(fact, rule, ctx.sentence.index, ctx.sentence.start + noun_at)
    draft.since = not when  # no day of the truce's clause dates the war
    draft.represents = dict(truce.represents)
    return draft


def _noun_rule(language: str, kind: str) -> EventRule:
    """The language's noun rule of a kind of fight, whose id the evidence carries."""
    return next(rule for rule in event_rules(language) if rule.kind == kind and rule.noun)

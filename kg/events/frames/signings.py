"""The signing frame: who signs a treaty, who only witnesses or brokers
it, and the treaty's label and year.

"the treaty between A and B was signed", "signed in Doha by A and B",
"A, B and C formed the AES by signing a charter", "with X looking on"; a
signed declaration is no treaty, nor is a contract to buy or sell. The label is the treaty's name or the
words after the verb ("a defence pact"); a signing told in a relative
clause of a treaty named with its year took place that year.
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
from kg.events.frames import YEAR_DIGITS, Roles, chained_units, whole
from kg.events.patterns import compile_patterns, find_all
from kg.events.rules import EventRule
from kg.model import DateValue

LABEL_WORDS = 5  # at most this many words of a treaty's name taken from the text
RELATIVE_SUBJECT_WORDS = 3  # "that Bamako had signed": words between the relative and the signing verb
TREATY_NAME_WORDS = 6  # "the 2015 Algiers peace agreement", "perjanjian damai Aljir 2015"
DECLARATION_REACH = 2  # "The joint declaration, which was signed", "Deklarasi itu diteken"
DECLARATION_OPENING = 2  # "A joint statement issued by ...": words before the declaration opening the clause


def signing(ctx: SentenceContext, rule: EventRule, segment: Segment, match: re.Match[str]) -> list[Roles]:
    """The parties: "between A and B", the signers before the verb (a "he"
    among them is the person named before), those after "with", and after a
    passive "signed in Manila by A and B"; onlookers ("with X looking on")
    sign nothing. With `transitive`, the actors right after the verb sign
    (Indonesian passives name their agent there). With `pairwise`, one
    signing per party after "with". Onlookers of a third party ("in a ceremony
    attended by the UN Secretary-General") broker the signing, and so does a
    party "with" whom it was signed whose leader attended it."""
    if _declared_only(ctx, segment, match) or _declaration_opens_the_clause(ctx, segment, match):
        return []
    listed = roles.between(ctx, segment, segment.start)  # "the treaty between A and B was signed"
    signers = (_instrumental_signers(ctx, segment, match) or _relative_antecedents(ctx, match)
               or roles.subject(ctx, segment, match.start()))
    signers += more_sides.pronoun_person(ctx, segment, match.start())
    agents = roles.list_from(ctx, match.end(), segment.end) if rule.transitive else []
    if agents:  # "X mengatakan perjanjian yang ditandatangani A dan B": the agent right after a di- verb, not X
        signers = agents
    signers += _passive_signers(ctx, segment, match.end())
    brokers = roles.mediators(ctx, segment) + roles.guarantors(ctx, whole(ctx))  # ", with X as guarantor"
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


def _relative_antecedents(ctx: SentenceContext, match: re.Match[str]) -> list[Unit]:
    """"after the UAE and Bahrain, which signed the Abraham Accords", "Uni
    Emirat Arab dan Bahrain, yang meneken ...": a signing verb right after a
    relative pronoun (words clauses.relative) is signed by the actors listed
    right before the pronoun, not by the subject of the main clause."""
    before = ctx.text[:match.start()]
    pronoun = next((m for m in find_all(ctx.words.get("clauses.relative"), before) if not before[m.end():].strip()), None)
    if pronoun is None:
        return []
    earlier = [u for u in ctx.units if u.end <= pronoun.start()]
    if not earlier or ctx.text[earlier[-1].end:pronoun.start()].strip() not in ("", ","):
        return []
    return roles.listed_up_to(ctx, earlier)


def _no_agreements(ctx: SentenceContext) -> list[str]:
    """What may be signed without being a treaty: a declaration or a statement
    (words treaty.declarations) and a contract to buy or sell (words
    treaty.contracts; docs/gold-format.md: a purchase or sale contract is no
    TreatySigning)."""
    return [*ctx.words.get("treaty.declarations"), *ctx.words.get("treaty.contracts")]


def _declared_only(ctx: SentenceContext, segment: Segment, match: re.Match[str]) -> bool:
    """"The joint declaration was signed by A and B", "Pernyataan bersama itu
    ditandatangani A dan B", "A dan B meneken deklarasi bersama", "Manila
    meneken kontrak pembelian jet": what was signed, right before a passive
    or right after an active verb, is a declaration, a statement or a
    contract (_no_agreements), no agreement (docs/gold-format.md: a signed
    agreement, not a declaration)."""
    before, after = ctx.text[segment.start:match.start()], ctx.text[match.end():segment.end]
    declarations = _no_agreements(ctx)
    if find_all(declarations, match.group(0)):  # "signed an arms deal": the trigger's gap names it
        return True
    return any(word_count(before[m.end():]) <= DECLARATION_REACH for m in find_all(declarations, before)) or any(
        word_count(after[: m.start()]) <= DECLARATION_REACH for m in find_all(declarations, after))  # "inked a joint declaration"


def _declaration_opens_the_clause(ctx: SentenceContext, segment: Segment, match: re.Match[str]) -> bool:
    """"A joint statement issued by the three countries was signed by A, B
    and C", "Pernyataan bersama yang dikeluarkan ketiga negara itu diteken
    oleh A", "Kontrak untuk tiga baterai rudal itu diteken pada Januari": a
    clause that opens with a declaration or a contract (_no_agreements, at
    most DECLARATION_OPENING words in) and names
    neither an actor nor an agreement (treaty.stated_nouns) before the
    signing verb has that declaration as the thing signed, however long its
    description (a clause "after ..." inside it included); no agreement was signed."""
    return any(_opening_declaration(ctx, start, match.start()) for start in (0, segment.start))


def _opening_declaration(ctx: SentenceContext, start: int, trigger_start: int) -> bool:
    """A declaration at most DECLARATION_OPENING words after `start`, with no
    actor and no agreement noun between it and the trigger."""
    before = ctx.text[start:trigger_start]
    first = next(iter(find_all(_no_agreements(ctx), before)), None)
    if first is None or word_count(before[:first.start()]) > DECLARATION_OPENING:
        return False
    described = before[first.end():]
    return not find_all(ctx.words.get("treaty.stated_nouns"), described) and not ctx.units_between(
        start + first.end(), trigger_start)


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
    return chained_units(ctx, trigger_end + cue.end(), segment.end) if cue else []


def year_in_name(ctx: SentenceContext, match: re.Match[str]) -> list[DateValue]:
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


def treaty_label(ctx: SentenceContext, match: re.Match[str]) -> str:
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

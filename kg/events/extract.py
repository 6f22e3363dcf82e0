"""Read events from the sentences of one document with the rules of its language.

The sentence context (build_context) and the rule loop: every trigger of
every rule (sentence_drafts, _drafts_for: polarity, dates, the frame's role
fillers from kg.events.frames widened by the speakers of calls, relative
objects and coordinated subjects), then what only the whole sentence tells:
verb phrases naming a war, clashes told one side each, lasting wars and the
side of the dead.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, timedelta

from kg.dates import find_dates, find_running_spans
from kg.events import attributes, cues, modality
from kg.events import sides as more_sides
from kg.events.context import (
    Segment,
    SentenceContext,
    Unit,
    build_units,
    is_headline,
    is_title_case,
    spans_of,
    split_segments,
    word_count,
)
from kg.events.drafts import FIGHTING, Draft
from kg.events.ended_wars import wars_truces_end
from kg.events.frames import OPENING_TALKS, YEAR_DIGITS, whole
from kg.events.frames.agents import agent, hosted, membership_change
from kg.events.frames.aid import provide, received_aid
from kg.events.frames.calls import (
    opening_speakers,
    polarity_of_the_call,
    speakers_in_a_call,
    speech_clause,
    talks_partners,
    with_opening_speakers,
    with_partners,
)
from kg.events.frames.clauses import (
    coordinated_subject,
    relative_objects,
    with_coordinated_subject,
    with_relative_objects,
    within_clause,
)
from kg.events.frames.participants import participants
from kg.events.frames.requests import request, requested
from kg.events.frames.signings import signing, treaty_label, year_in_name
from kg.events.frames.talks import mediation, received, summit, visit
from kg.events.invasions import complete_invasions
from kg.events.patterns import compile_patterns, find_all
from kg.events.rules import EventRule, Words, event_rules, words
from kg.events.treaties import resolve_invoked
from kg.model import DateValue, Document, EventFact, Evidence, Mention, Sentence
from kg.namespaces import ID
from kg.numbers import QuantityMatch, find_quantities

SOURCE_REACH = 1  # "familiar with the talks", "mengetahui perundingan": an article at most
MONTHS_OF_A_WAR = 12  # a fight running since this long before publication is a war
IN_WAR_MODIFIERS = 3  # words between "in the" and its war: "in the two-year war", "dalam perang"
WAR_TOLL = 2000  # dead a fight is told to have killed from which it is a war (no clash kills so many)


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
        headline=is_headline(doc, sentence),
        dates=find_dates(sentence.text, doc.issued, doc.language),
        quantities=_exact_enough(find_quantities(sentence.text, doc.language), table),
    )


def _exact_enough(found: list[QuantityMatch], table: Words) -> list[QuantityMatch]:
    """Amounts a count can honestly be read from: "tens of thousands of troops",
    "puluhan orang" name no figure (kg.numbers reads them as a floor)."""
    vague = compile_patterns(table.get("casualties.vague"))
    return [q for q in found if vague is None or re.search(r"\d", q.text) or not vague.search(q.text)]


FRAMES = {
    "participants": participants,
    "request": request,
    "agent": agent,
    "hosted": hosted,
    "membership_change": membership_change,
    "signing": signing,
    "provide": provide,
    "mediation": mediation,
    "summit": summit,
    "received": received,
    "received_aid": received_aid,
    "requested": requested,
    "visit": visit,
}


def _evidence(ctx: SentenceContext, rule: EventRule) -> Evidence:
    sentence = ctx.sentence
    return Evidence(sentence.text, sentence.start, sentence.end, rule.id, rule.confidence)


def _required(ctx: SentenceContext, rule: EventRule, segment: Segment, match: re.Match[str]) -> bool:
    scope = whole(ctx) if rule.sentence_wide else segment
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
    in_call = speakers_in_a_call(ctx, rule, segment, match)
    if in_call:  # "meminta Y dalam percakapan telepon untuk ...": what was asked is hypothetical, the call took place
        polarity = polarity_of_the_call(ctx, speech_clause(ctx, segment), in_call, match.group(0))
    if polarity == "negated" or not _required(ctx, rule, segment, match):
        return []
    begun = rule.kind in FIGHTING and rule.noun and attributes.begun_before(ctx, segment, match.start())
    polarity = "asserted" if begun else polarity  # "if it supplies arms for the war, which began in 2022": a fact
    if rule.kind != "ThreatOfForce" and not begun and modality.threatened(ctx, segment, match.start(), match.group(0)):
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
    dates = attributes.began(ctx, segment, match.start()) if begun else dates
    if rule.kind == "Ceasefire":  # gold-format: from the day it was agreed to the day it took effect
        dates = attributes.agreed_to_effect(ctx) or dates
    if rule.frame == "signing":
        dates = year_in_name(ctx, match) or dates
    anaphoric = cues.anaphoric_pair(ctx, segment, match.start())
    treaty_cue = bool(find_all(ctx.words.get("treaty.nouns"), ctx.text[segment.start:segment.end]))
    drafts: list[Draft] = []
    fills = with_relative_objects(FRAMES[rule.frame](ctx, rule, segment, match), rule,
                                   relative_objects(ctx, rule, segment, match))
    fills = with_opening_speakers(fills, opening_speakers(ctx, rule, match))
    fills = with_opening_speakers(fills, in_call)
    fills = with_partners(fills, talks_partners(ctx, rule, segment, match), rule.pairwise)
    fills = with_coordinated_subject(fills, *coordinated_subject(ctx, segment, match.start()))
    anaphor_subject = anaphoric and cues.anaphor_subject(ctx, segment, match.start())
    if anaphor_subject:  # "Anwar said commanders from both countries would meet": not Anwar
        fills = [within_clause(filled, segment) for filled in fills]
    own = [d.value for d in ctx.dates if match.end() <= d.start < segment.end]
    # "with A in 2022 and with B in 2023", "left in 2017, followed by B in 2019": one date each
    paired = (rule.pairwise or rule.frame == "membership_change") and len(fills) == len(own) > 1
    for index, filled in enumerate(fills):
        event_roles = {role: _iris(values) for role, values in filled.items() if values}
        for when in [own[index]] if paired else dates or [None]:
            if polarity == "future":
                when = _ahead(ctx, segment, attributes.date_of_a_plan(ctx, segment, match.end(), when))
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
                draft.treaty_label = treaty_label(ctx, match)
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


def _fought_in_a_war(ctx: SentenceContext, rule: EventRule, match: re.Match[str]) -> bool:
    """"Fano fought alongside Ethiopian troops against the TPLF in the
    two-year war in Tigray", "bertempur ... melawan TPLF dalam perang dua
    tahun": a fight verb its clause sets in a war (words events.in_war, a
    lasting noun a few words after) tells that war."""
    if rule.noun:
        return False
    rest = ctx.text[match.end():ctx.segment_at(match.start()).end]
    lasting = ctx.words.get("dates.lasting_nouns")
    return any(word_count(rest[cue.end():cue.end() + noun.start()]) <= IN_WAR_MODIFIERS
               for cue in find_all(ctx.words.get("events.in_war"), rest)
               for noun in find_all(lasting, rest[cue.end():])[:1])


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
                if rule.kind == "ArmedClash" and (any(_overlap(match, start, end) for start, end in wars)
                                                  or _fought_in_a_war(ctx, rule, match)):
                    found = _as_wars(ctx, found, match)
                drafts += found
    drafts += wars_truces_end(ctx, drafts)
    _hyphenated_pairs(ctx, drafts)
    complete_invasions(ctx, drafts)
    _join_one_sided(drafts)
    _lasting_wars(ctx, drafts)
    _attach_casualties(ctx, drafts)
    _wars_by_their_toll(drafts)
    return drafts


def _wars_by_their_toll(drafts: list[Draft]) -> None:
    """"more than 14,000 people have been killed in Israel's offensive",
    "serangan itu telah menewaskan lebih dari 14.000 orang": a fight whose
    dead the text counts in the thousands (WAR_TOLL or more) is a war; no
    single clash, siege or raid of the gold sets comes near (the deadliest
    kill some 1,200), every fight told with 2,000 dead or more is a war.
    So are the sentence's other mentions of that fight, the clashes sharing
    a side with it ("serangan X terhadap Y telah menewaskan 3.000 orang")."""
    wars = [d for d in drafts if d.kind == "ArmedClash" and d.fact.fatalities is not None
            and d.fact.fatalities.value >= WAR_TOLL]
    sides = {side for war in wars for side in war.sides()}
    for draft in drafts:
        if draft in wars or draft.kind == "ArmedClash" and draft.sides() & sides:
            _as_undated_war(draft)


def _as_undated_war(draft: Draft) -> None:
    """The fight is a war; with no date of its own, the day of publication is none of its days."""
    draft.fact.kind = "War"
    draft.since = draft.since or draft.fact.date is None


def _lasting_wars(ctx: SentenceContext, drafts: list[Draft]) -> None:
    """"Haftar's forces launched an offensive on Tripoli that lasted more than
    a year": a fight that lasted a year or more is a war; so is one told as
    running since a start a year or more before publication ("have since
    fought al-Shabaab", "telah memerangi tentara Nigeria sejak 2009"), and
    one whose days the text counts beyond a week and a half ("a truce after
    seven weeks of fighting", "pertempuran selama 34 hari", "fought the
    group in Mali for nine years", "setelah sembilan tahun memerangi
    kelompok itu"; eight days of fighting stay a clash). A "since" that
    ranks the fight tells no span (`_compared_since_ends`), and only
    fighting or killing runs since a date (`_fighting_or_killing`)."""
    lasted = bool(find_all(ctx.words.get("events.lasting_war"), ctx.text))
    compared = _compared_since_ends(ctx)
    running = [since for since in find_all(ctx.words.get("events.running_since"), ctx.text)
               if since.end() not in compared or _opened_by_an_auxiliary(since)]
    for draft in drafts:
        if draft.kind != "ArmedClash":
            continue
        trigger = _fight_trigger(ctx, draft)
        runs = [since for since in running if not _opens_its_clause(ctx, since, draft)]
        if (lasted or runs and (_began_a_year_ago(ctx, draft) and _fighting_or_killing(ctx, draft, trigger)
                                or _runs_since_a_year_ago(ctx, draft, trigger, runs))
                or (_days_counted(ctx, draft, trigger) or 0) > attributes.DAYS_OF_A_WAR
                or _fought_for_years(ctx, trigger)):
            _as_undated_war(draft)


def _compared_since_ends(ctx: SentenceContext) -> set[int]:
    """Where each "since" that ranks or compares a fight ends ("the
    deadliest attack since the 1998 bombing", "the second base to fall
    since", "serangan terburuk sejak"; words dates.compared_since,
    events.ranked_since): it measures the fight against the past and tells
    no fight running since then."""
    cues = ctx.words.get("dates.compared_since") + ctx.words.get("events.ranked_since")
    return {m.end() for m in find_all(cues, ctx.text)}


def _opened_by_an_auxiliary(since: re.Match[str]) -> bool:
    """"have since fought", "has since claimed" (words events.running_since
    of more than one word): the adverb runs from the clause before and
    compares nothing, even after a ranking word ("first entered Somalia in
    2006 and have since fought")."""
    return len(since.group(0).split()) > 1


def _fighting_or_killing(ctx: SentenceContext, draft: Draft, trigger: re.Match[str] | None) -> bool:
    """The draft was read from a noun or verb of fighting (`_fight_trigger`)
    or of killing (words casualties.fatality: "has killed 13,000 people
    since 2014"): what runs since a date is fighting. Attacks, raids and
    kidnappings told as running since a date ("has since claimed attacks",
    "sejak Maret 2016, belasan awak kapal diculik") are a series of acts,
    no war."""
    if trigger is not None:
        return True
    at = draft.position - ctx.sentence.start
    return any(m.start() == at for m in find_all(ctx.words.get("casualties.fatality"), ctx.text))


def _opens_its_clause(ctx: SentenceContext, since: re.Match[str], draft: Draft) -> bool:
    """"the third war since Hamas seized Gaza in 2007", "sejak pasukan X
    merebut kota itu pada 2014": a fight told inside the clause that "since"
    opens is the point the time runs from, not a fight running since then."""
    segment = ctx.segment_at(draft.position - ctx.sentence.start)
    return segment.start == since.start()


def _fight_trigger(ctx: SentenceContext, draft: Draft) -> re.Match[str] | None:
    """The noun or verb of fighting (words events.fighting_nouns: "fighting",
    "pertempuran"; events.fighting_verbs: "fought", "memerangi") the draft was read from."""
    at = draft.position - ctx.sentence.start
    nouns, verbs = ctx.words.get("events.fighting_nouns"), ctx.words.get("events.fighting_verbs")
    return next((m for m in find_all(nouns + verbs, ctx.text) if m.start() == at), None)


def _days_counted(ctx: SentenceContext, draft: Draft, trigger: re.Match[str] | None) -> int | None:
    """How many days the text counts for the fighting at the draft's trigger
    (`_fight_trigger`: a noun of fighting; "two weeks of air strikes" is a
    campaign, no war), or for a verb of fighting, whose span may also close
    its clause after the object ("fought al-Qaeda in Mali for nine years",
    "memerangi al-Qaeda di Mali selama sembilan tahun")."""
    if trigger is None:
        return None
    counted = attributes.lasted_days(ctx, trigger.start(), trigger.end())
    if counted is None and not draft.rule.noun and find_all(ctx.words.get("events.fighting_verbs"), trigger.group(0)):
        counted = _days_running_in_clause(ctx, trigger.end())
    return counted


def _fought_for_years(ctx: SentenceContext, trigger: re.Match[str] | None) -> bool:
    """"fought the government for more than five decades", "decades of
    fighting", "telah bertahun-tahun memerangi", "memerangi pemerintah
    selama lebih dari enam dekade": fighting told as going on for years
    without an exact count is a war (exact spans are `_days_counted`'s).
    The span stands later in the clause of the noun or verb of fighting
    (words events.years_of_fighting) or right before it (words
    events.years_before_fighting)."""
    if trigger is None:
        return False
    clause_end = ctx.segment_at(trigger.start()).end
    after = any(trigger.end() <= span.start() < clause_end
                for span in find_all(ctx.words.get("events.years_of_fighting"), ctx.text))
    before = any(span.end() <= trigger.start() and not ctx.text[span.end():trigger.start()].strip()
                 for span in find_all(ctx.words.get("events.years_before_fighting"), ctx.text))
    return after or before


def _days_running_in_clause(ctx: SentenceContext, trigger_end: int) -> int | None:
    """The days of the first span of time told as running ("for nine years",
    "selama sembilan tahun") later in the clause of a trigger ending at `trigger_end`."""
    clause_end = ctx.segment_at(trigger_end - 1).end
    span = next((s for s in find_running_spans(ctx.text, ctx.language) if trigger_end <= s.start < clause_end), None)
    if span is None or span.about is None:
        return None
    return abs(span.about) * (30 if span.unit == "months" else 1)


def _began_a_year_ago(ctx: SentenceContext, draft: Draft) -> bool:
    """The fight is asserted and dated a year or more before publication."""
    return draft.fact.modality == "asserted" and _a_year_before(ctx, draft.fact.date)


def _runs_since_a_year_ago(ctx: SentenceContext, draft: Draft, trigger: re.Match[str] | None,
                           runs: list[re.Match[str]]) -> bool:
    """"Mexico has fought the cartels since the president launched a
    crackdown in December 2006", "telah memerangi kartel sejak presiden
    melancarkan ... pada Desember 2006": a verb of fighting (words
    events.fighting_verbs) told as running since an event of its own
    clause, dated a year or more back, is a war; the fight took no date
    from that clause (it names when the time began). `runs` holds no
    "since" that ranks the fight (`_compared_since_ends`)."""
    if trigger is None or not find_all(ctx.words.get("events.fighting_verbs"), trigger.group(0)):
        return False  # "baku tembak yang sering terjadi sejak akhir perang 2020": a noun of fighting tells no span
    at = trigger.start()
    clauses = [ctx.segment_at(since.start()) for since in runs if since.start() > at]
    return draft.fact.modality == "asserted" and draft.fact.date is None and any(
        clause.start <= found.start < clause.end and _a_year_before(ctx, found.value)
        for clause in clauses for found in ctx.dates)


def _a_year_before(ctx: SentenceContext, when: DateValue | None) -> bool:
    """`when` lies a year or more before publication."""
    published = ctx.published
    if when is None or published is None:
        return False
    year = int(when.value[:4])
    month = int(when.value[5:7]) if len(when.value) >= 7 else 1
    return (published.year - year) * 12 + published.month - month >= MONTHS_OF_A_WAR


def _hyphenated_pairs(ctx: SentenceContext, drafts: list[Draft]) -> None:
    """"perang Rusia-Ukraina", "pertempuran Armenia-Azerbaijan", "the
    Russia-Ukraine war": two actors joined by a bare hyphen are the two sides
    of the fight they name. A fight that has the first as a side takes the
    second too (a list read after the noun ends at a bare separator, so
    Indonesian, which puts the owner after the noun, kept the first alone).
    A pair naming a border ("on the Israel-Lebanon border", "di perbatasan
    Israel-Lebanon"; words events.pair_boundaries) names places, no sides."""
    pairs = [(left, right) for left, right in zip(ctx.units, ctx.units[1:])
             if ctx.text[left.end:right.start] == "-" and not _names_a_border(ctx, left.start, right.end)]
    for draft in drafts:
        if draft.kind not in FIGHTING:
            continue
        named = draft.fact.roles.get("participant", ())
        for left, right in pairs:
            if left.entity in named and right.entity not in named:
                named = (*named, right.entity)
        draft.fact.roles["participant"] = named


def _names_a_border(ctx: SentenceContext, start: int, end: int) -> bool:
    """A border word right after the span (en: "the Israel-Lebanon border") or right before it (id: "perbatasan Israel-Lebanon")."""
    boundaries = ctx.words.get("events.pair_boundaries")
    after = next(iter(find_all(boundaries, ctx.text[end:])), None)
    before = find_all(boundaries, ctx.text[:start])
    return (after is not None and not ctx.text[end:end + after.start()].strip()) or (
        bool(before) and not ctx.text[before[-1].end():start].strip())


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

"""Dates, fatalities and troop numbers around a trigger.

Dates: those in the trigger's clause; a subordinate or complement clause
without its own date takes the date of the clause that governs it ("On
Tuesday X asked for help after its troops clashed ..." dates both), but a
main clause never borrows from a subordinate one ("the clash, the latest
since the 2020 war" is not dated 2020). Several dates of one precision in
the clause ("in the 1990s and 2020") mean one event per date.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from kg.dates import DateMatch, Offset, find_dates, find_offsets, find_running_spans, only_a_date, only_time, span_before
from kg.events import dating
from kg.events.context import Segment, SentenceContext, Unit, word_count
from kg.events.patterns import compile_patterns, find_all
from kg.model import DateValue, Document, Quantity, Sentence
from kg.numbers import QuantityMatch

if TYPE_CHECKING:
    from kg.events.drafts import Draft

_PRECISION_RANK = {"day": 0, "month": 1, "year": 2, "decade": 3}
DATE_REACH = 30  # words between a trigger and its date in one clause
LASTING_DATE_REACH = 6  # a war's own date stands close by ("the 2020 war", "perang tahun 2020") ...
_TOLL_GAP = 3  # "the death toll from the clashes", "korban tewas akibat serangan udara"
_TOLL_REACH = 12  # "jumlah korban tewas akibat pertempuran, kelaparan dan ... hingga 600.000"
_EFFECT_GAP = 4  # "came into force at 4 a.m. on Wednesday"
_EFFECT_DAYS = 7  # a truce agreed more than a week before it took effect is told as two events
_HEAD_WORDS = 3  # a trigger and its modifiers before a relative clause: "serangan udara Israel, yang ..."
_WOUNDED_GAP = 2  # "300 others wounded", "12 juta orang terpaksa mengungsi"
_NEAR_WORDS = 6  # "about 200 people, including civilians, had been killed"
_TAKEN_GAP = 1  # words between a verb of capture or wounding and its count: "captured two Kenyan soldiers"
_LISTED_NOUN_WORDS = 3  # words naming whom a listed count counts: "two marines and", "dua warga sipil Korea dan"
LEAD_SENTENCES = 2  # the sentences after the headline that tell the news (the lead)
DAYS_OF_A_WAR = 10  # fighting the text says lasted longer than this is a war (kg.events.extract, kg.events.ended_wars)


def _dates_in(ctx: SentenceContext, segment: Segment, near: int | None = None, lasting: bool = False) -> list[DateValue]:
    """The clause's dates. Coordinated dates of one precision within a year
    are one span ("in April and May" is April to May); other coordinated
    dates are one event each ("in the 1990s and in 2020"); dates that are
    not coordinated leave the most precise one."""
    found = [d for d in ctx.dates if segment.start <= d.start < segment.end]
    if near is not None:
        reach = LASTING_DATE_REACH if lasting else DATE_REACH  # "discussed the war in Ukraine on Tuesday"
        near_enough = [d for d in found if word_count(ctx.text[min(near, d.end):max(near, d.start)]) <= reach
                       or (lasting and (started_on(ctx, d.start) or _told_when(ctx, d.start, near)))]
        found = _with_coordinated(ctx, found, near_enough)
    found = [d for d in found if not _deadline(ctx, d.start) and not _compared_since(ctx, d.start)
             and not _year_of_an_invoked_treaty(ctx, d)]
    if near is not None:
        found = [d for d in found if not _in_other_relative_clause(ctx, d.start, near)
                 and not _before_present_perfect(ctx, d.end, near)]
    if lasting and any(started_on(ctx, d.start) for d in found):  # "mengakhiri perang yang dimulai pada 2019"
        found = [d for d in found if started_on(ctx, d.start) or _told_when(ctx, d.start, near)]
    if near is not None and not lasting:  # "agreed to end the war that began in 2019": the war's start
        found = [d for d in found if not _began_of_a_war(ctx, d.start, near)]
    conjunction = compile_patterns(ctx.words.get("dates.joiners"))
    for left, right in zip(found, found[1:]):
        gap = ctx.text[left.end:right.start]
        if not conjunction or conjunction.sub("", gap).strip(" ,-—–") or _clauses_joined(gap, len(found)):
            return [_most_precise(found, near).value]
    values = [d.value for d in found]
    spanned = dating.span(values)
    return [spanned] if spanned else values


def _with_coordinated(ctx: SentenceContext, found: list[DateMatch], kept: list[DateMatch]) -> list[DateMatch]:
    """The dates kept near the trigger and those joined to a kept one by
    joining words only, however far from the trigger ("fought over the
    region in the early 1990s and in 2020", "berperang memperebutkan X pada
    awal 1990-an dan pada 2020"): a list of dates tells one statement."""
    joiners = compile_patterns(ctx.words.get("dates.joiners"))
    result = list(kept)
    for left, right in zip(found, found[1:]):
        gap = ctx.text[left.end:right.start]
        joined = joiners is not None and not joiners.sub("", gap).strip(" ,-—–")
        if left in result and right not in result and joined and not _clauses_joined(gap, len(found)):
            result.append(right)
    return sorted(result, key=lambda d: d.start)


def _told_when(ctx: SentenceContext, date_start: int, trigger_start: int | None) -> bool:
    """"The last war between A and B took place in 2014", "Perang terakhir
    antara A dan B terjadi pada 2014": a lasting noun that is the subject of
    a verb of happening (words dates.happened, the date right after it, no
    comma between) is dated by that date, however many words name its sides."""
    if trigger_start is None or trigger_start >= date_start:
        return False
    between = ctx.text[trigger_start:date_start]
    return "," not in between and any(not between[m.end():].strip()
                                      for m in find_all(ctx.words.get("dates.happened"), between))


def _most_precise(found: list[DateMatch], near: int | None) -> DateMatch:
    """The most precise of dates told apart; among equals the one nearest
    the trigger ("signed a treaty in 2023, and in 2024 they clashed")."""
    best = min(_PRECISION_RANK[d.value.precision] for d in found)
    finest = [d for d in found if _PRECISION_RANK[d.value.precision] == best]
    if near is None:
        return finest[0]
    return min(finest, key=lambda d: min(abs(near - d.start), abs(near - d.end)))


def _clauses_joined(gap: str, dates: int) -> bool:
    """"travelled there in late February, and on 1 March signed ...": two
    dates apart by a comma and a joining word head two clauses; they are no
    list of dates ("on 12, 13 and 14 May" puts no comma before the word)."""
    return dates == 2 and "," in gap and bool(re.search(r"\w", gap))


def _in_other_relative_clause(ctx: SentenceContext, date_start: int, trigger_start: int) -> bool:
    """"Anwar, whose country chairs the bloc this year, hosted the talks": a
    date in a relative clause tells what the clause says of its head, not
    when a trigger outside it happened. A clause set off by a comma runs to
    the next comma; one without ("ships a warship that was grounded there in
    1999", "menempatkan marinir di kapal yang dikandaskan pada 1999",
    "agreed to end the war which broke out on 27 September") is told of the
    noun right before it, so it dates no trigger before that noun, unless
    the date is the day of the news, told last whatever clause ends the
    sentence ("boarded a boat that carried supplies to the shoal on
    Monday"). A trigger
    right before the clause is its head ("the attack, which killed five on
    Monday", "perang yang pecah sejak 27 September"); a clause set off by a
    comma telling when something began ("..., yang dimulai Senin") dates the
    event it follows."""
    began = {m.start() for m in find_all(ctx.words.get("clauses.began"), ctx.text)}
    for cue in find_all(ctx.words.get("clauses.relative"), ctx.text):
        set_off = ctx.text[:cue.start()].rstrip().endswith(",")
        if (set_off and cue.start() in began) or _in_date(ctx, cue.start()):  # "tiga hari yang lalu"
            continue
        comma = ctx.text.find(",", cue.end())
        end = comma if comma >= 0 else len(ctx.text)
        if not cue.start() <= date_start < end or (not set_off and _news_day_at(ctx, date_start)):
            continue
        if cue.start() <= trigger_start < end:
            return False
        return not _head_of(ctx, trigger_start, cue.start(), LASTING_DATE_REACH if cue.start() in began else _HEAD_WORDS)
    return False


def _head_of(ctx: SentenceContext, trigger_start: int, cue_start: int, reach: int) -> bool:
    """A trigger a relative clause is told of: a few words before it, no
    comma between but the one setting the clause off ("the attack, which",
    "Perang antara A dan B yang dimulai"; not "a ceasefire, ending a war which")."""
    between = ctx.text[trigger_start:cue_start].rstrip().rstrip(",")
    return trigger_start < cue_start and "," not in between and word_count(between) <= reach


def _news_day_at(ctx: SentenceContext, date_start: int) -> bool:
    return any(d.start == date_start and dating.news_day(d.value, ctx.published) for d in ctx.dates)


_BEGAN_GAP = 3  # words between "that began" and its date: "yang pecah sejak 27 September", "that broke out in late 2020"


def _began_of_a_war(ctx: SentenceContext, date_start: int, trigger_start: int) -> bool:
    """"the war that began in 2019", "perang yang pecah sejak 27 September":
    a date right after a clause telling when a war noun (words.toml
    dates.lasting_nouns) began dates that war only, not a truce or a
    signing ending it ("mengakhiri perang yang dimulai pada 2019")."""
    offset = max(0, date_start - 60)
    before = ctx.text[offset:date_start]
    wars = find_all(ctx.words.get("dates.lasting_nouns"), before)
    return any(word_count(before[m.end():]) <= _BEGAN_GAP and not re.search(r"[,.;]", before[m.end():])
               and any(w.end() <= m.start() and not before[w.end():m.start()].strip()
                       and offset + w.start() != trigger_start for w in wars)
               for m in find_all(ctx.words.get("clauses.began"), before))


def _before_present_perfect(ctx: SentenceContext, date_end: int, trigger_start: int) -> bool:
    """"Russia began the drills on Friday, and Warsaw has sent 40,000 troops
    to the border": a present perfect tells no past day, so the day of the
    clause joined before it by a comma and a conjunction does not date it."""
    if date_end > trigger_start:
        return False
    gap = ctx.text[date_end:trigger_start]
    joined = re.search(r",\s*(?:" + "|".join(re.escape(w) for w in ctx.words.get("roles.conjunctions")) + r")\s", gap)
    return bool(joined) and present_perfect(ctx, trigger_start)


def present_perfect(ctx: SentenceContext, trigger_start: int) -> bool:
    """"has sent", "have already deployed": the trigger right after a present perfect auxiliary."""
    before = ctx.text[max(0, trigger_start - 20):trigger_start]
    return any(not before[m.end():].strip() for m in find_all(ctx.words.get("dates.present_perfect"), before))


def _deadline(ctx: SentenceContext, date_start: int) -> bool:
    """"a deal to be concluded by 18 August": a deadline dates no event."""
    before = ctx.text[max(0, date_start - 20):date_start]
    return any(not before[m.end():].strip() for m in find_all(ctx.words.get("dates.deadline"), before))


_COMPARED_REACH = 80  # characters before a date searched for "the first deadly clash between the two armies since"


def _compared_since(ctx: SentenceContext, date_start: int) -> bool:
    """"the first deadly clash since 1975", "pertempuran terburuk sejak
    2016": a date after a superlative and "since" (words dates.compared_since)
    is the last time something like the event happened, not when it did; it
    dates no event and, read as a start, had made the clash a war running
    since that year."""
    before = ctx.text[max(0, date_start - _COMPARED_REACH):date_start]
    return any(not before[m.end():].strip() for m in find_all(ctx.words.get("dates.compared_since"), before))


_INVOKED_TAIL = 3  # words between the treaty noun and its year: "berdasarkan perjanjian keamanan bilateral tahun 2017"


def _year_of_an_invoked_treaty(ctx: SentenceContext, found: DateMatch, alone: bool = False) -> bool:
    """"When riots hit the capital in March 2021, Haiti asked Kenya for help
    under a 2019 security treaty", "... berdasarkan perjanjian keamanan tahun
    2019": a year inside or right after a phrase invoking a treaty (words
    dates.invoked_treaty) is the treaty's, not the act's, when the sentence
    tells another date; alone it may be the act's ("Haiti asked Kenya for
    help under a 2019 security treaty"), unless `alone` says it is never the act's."""
    if found.value.precision != "year" or (len(ctx.dates) < 2 and not alone):
        return False
    for cue in find_all(ctx.words.get("dates.invoked_treaty"), ctx.text):
        tail = ctx.text[cue.end():found.start]
        if cue.start() <= found.start < cue.end() or (
                cue.end() <= found.start and word_count(tail) <= _INVOKED_TAIL and not re.search(r"[,;.]", tail)):
            return True
    return False


def _standing_force(ctx: SentenceContext, at: int) -> bool:
    """"about 28,500 US troops remain stationed in South Korea", "France,
    which has some 3,000 soldiers deployed in the region", "Sekitar 900
    tentara AS ditempatkan di Suriah": a trigger inside a phrase telling a
    force as present now (words dates.standing) tells a state, not an act
    of some day."""
    return any(m.start() <= at < m.end() for m in find_all(ctx.words.get("dates.standing"), ctx.text))


def _dates_of_a_standing_force(ctx: SentenceContext, segment: Segment, at: int) -> list[DateValue]:
    """A standing force is dated only by its own clause ("have been stationed
    there since 2014"), never by the day of another clause ("The war of 1950
    to 1953 ended in an armistice, and 28,500 troops remain stationed there";
    "where 11,000 troops are stationed, yet X said on Tuesday ...") nor by
    the year of the treaty it is kept under ("stations 28,500 troops there
    under a 1953 defence treaty")."""
    running = _running_since(ctx, segment, at)
    if running:
        return running
    end = segment.end
    following = [s for s in ctx.segments if s.start == segment.end and s.kind == "subordinate"]
    if following and _date_only(ctx, following[0]):  # "ditempatkan di Mali sejak 2013"
        end = following[0].end
    own = [d for d in ctx.dates if segment.start <= d.start < end and not _year_of_an_invoked_treaty(ctx, d, alone=True)
           and word_count(ctx.text[min(at, d.end):max(at, d.start)]) <= LASTING_DATE_REACH]
    return list(dict.fromkeys(d.value for d in own))


def _since_clause_after(ctx: SentenceContext, segment: Segment) -> list[DateValue]:
    """"Myanmar has been in civil war since the military seized power in
    February 2021", "dilanda perang saudara sejak militer merebut kekuasaan
    pada Februari 2021", "has kept peacekeepers there since the end of the
    2020 war": a clause opened by "since"/"sejak" (words
    dates.since_openers) right after the clause of a lasting state (a war,
    a standing force: kg.events.extract reads them with inherit off) tells
    when that state began, so its first date dates it. A "since" that
    closes a comparison ("the worst fighting since the Taliban returned to
    power in 2021", words dates.compared_since) dates nothing; nor does
    such a clause date a one-off act ("the second base to fall since the
    junta seized power in 2021", "a truce ending the war that broke out
    since 27 September")."""
    following = next((s for s in ctx.segments if s.start == segment.end and s.kind == "subordinate"), None)
    if following is None or not _opens_with(ctx, following, "dates.since_openers"):
        return []
    compared = find_all(ctx.words.get("dates.compared_since"), ctx.text[segment.start:following.end])
    if any(segment.start + m.end() > following.start for m in compared):
        return []
    return [d.value for d in ctx.dates if following.start <= d.start < following.end][:1]


def _date_only(ctx: SentenceContext, segment: Segment) -> bool:
    """"since April 2023", "sejak Februari", "since early December",
    "sejak akhir 2021": a clause that is only a date and the words before it."""
    inside = [d for d in ctx.dates if segment.start <= d.start < segment.end]
    text = ctx.text[segment.start:segment.end]
    rest = text
    for found in inside:
        rest = rest.replace(found.text, " ")
    return bool(inside) and (word_count(rest) <= 1 or only_a_date(text.strip(" ,.;"), ctx.language))


def _attribution_after(ctx: SentenceContext, segment: Segment) -> Segment | None:
    """"X and Y agreed to a truce, the minister said on Tuesday": the
    reporting clause right after a main clause; a clause telling when a war
    began ("that broke out in 1998") reports nothing."""
    following = next((s for s in ctx.segments if s.start >= segment.end), None)
    if following is None or segment.kind != "main" or following.kind != "complement":
        return None
    return None if _tells_a_start(ctx, following, segment.start) else following  # "..., ending the war that broke out in 1998"


def borrows_date(ctx: SentenceContext, segment: Segment) -> bool:
    """True when the clause has no date of its own and a trigger in it takes
    the date of the governing or reporting clause (which then only bounds the
    event)."""
    return not _dates_in(ctx, segment)


def lasting(ctx: SentenceContext, trigger_start: int) -> bool:
    """"after a year of fighting", "setelah 15 bulan perang": a span of time
    names how long the event lasted, so no one day of it is its date."""
    before = ctx.text[max(0, trigger_start - 40):trigger_start]
    return any(not before[m.end():].strip() for m in find_all(ctx.words.get("dates.durations"), before))


def lasted_days(ctx: SentenceContext, start: int, end: int) -> int | None:
    """How many days the event named by the trigger at [start, end) lasted,
    when the text counts them: a span right before it ("after seven weeks of
    fighting", "mengakhiri 11 hari pertempuran") or right after it
    ("pertempuran selama 34 hari", "fighting for three weeks"). Months count
    30 days; an uncounted span ("weeks of fighting") tells none."""
    span = span_before(ctx.text, start, ctx.language)
    spans = [span] if span is not None else [
        s for s in find_running_spans(ctx.text, ctx.language) if s.start >= end and not ctx.text[end:s.start].strip()]
    if not spans or spans[0].about is None:
        return None
    return abs(spans[0].about) * (30 if spans[0].unit == "months" else 1)


def date_of_a_plan(ctx: SentenceContext, segment: Segment, trigger_end: int, when: DateValue | None) -> DateValue | None:
    """The date of an event announced as decided ("will send", "akan
    mengerahkan"): one its own clause gives after the trigger ("will begin
    patrols on 15 March", "mulai Rabu siang"), or one after the day of
    print. Any other date is the day the plan was told ("X will send 200
    soldiers, the ministry said on Sunday", "On Sunday X said it would
    deploy", "Pentagon sehari sebelumnya mengumumkan akan mengirim ...", or
    a date carried from the sentence before), not when it will happen, so
    it dates nothing."""
    published = dating.publication_day(ctx.published)
    if when is None or published is None or any(
            d.value == when and trigger_end <= d.start < segment.end for d in ctx.dates):
        return when
    return when if dating.interval(when)[1] > dating.interval(published)[0] else None


_JUDGED_GAP = 2  # words between a verb of judging and the act it judges: "condemned the strikes", "mengecam serangan itu"


def _judged_on_a_day(ctx: SentenceContext, segment: Segment, at: int) -> bool:
    """"Germany condemned the strikes on Tuesday", "On Tuesday, Germany
    condemned the attack", "Jerman mengecam serangan itu pada Selasa": a
    noun trigger right after a verb of judging (words roles.judges) names
    an act the clause reacts to, and the day the clause gives, before the
    verb or after the trigger with no comma between, is the day of the
    reaction: it dates the act no more than a day told in another sentence
    would, so the trigger takes none of the dates around it. A day told of
    the act itself ("condemned Monday's strikes") still dates it, and so
    does the day of another clause after a comma ("X, who condemned the
    attack, will visit the city on Thursday" is left to the usual reading)."""
    gap = ctx.text[segment.start:at]
    verbs = [m for m in find_all(ctx.words.get("roles.judges"), gap) if word_count(gap[m.end():]) <= _JUDGED_GAP
             and not any(m.end() <= d.start < at for d in ctx.dates)]
    return bool(verbs) and any(segment.start <= d.start < verbs[0].start() + segment.start
                               or (at < d.start < segment.end and "," not in ctx.text[at:d.start])
                               for d in ctx.dates)


def started_on(ctx: SentenceContext, date_start: int) -> bool:
    """"the war broke out in April 2023": a start verb shortly before the date."""
    before = ctx.text[max(0, date_start - 40):date_start]
    return bool(find_all(ctx.words.get("dates.start_verbs"), before))


def trigger_dates(
    ctx: SentenceContext, segment: Segment, *, inherit: bool = True, at: int | None = None
) -> list[DateValue]:
    """The dates that belong to a trigger at `at` in `segment` (see the module
    docstring): within a few words of it. A main clause without a date takes
    the date of the reporting clause after it ("..., officials said on
    Tuesday"). Lasting states (wars, peacekeeping) take neither: "the truce
    began on Sunday after 15 months of war". A clause that is only a date
    ("has fought the army since April 2023") dates the clause before it; one
    that closes the sentence dates every clause of it; a "when" clause
    without a date is dated by the clause right before it."""
    if at is not None and _judged_on_a_day(ctx, segment, at):  # "condemned the strikes on Tuesday"
        return []
    if at is not None and _standing_force(ctx, at):  # "troops remain stationed there": no other clause's day
        return _dates_of_a_standing_force(ctx, segment, at)
    if at is not None and lasting(ctx, at):  # "after four days of talks": when they began
        began = _began_by_duration(ctx, at)
        if began:
            return began
    toll = _toll_before(ctx, at)
    if toll is not None:  # "the death toll from Tuesday's clashes rose to 45 on Wednesday"
        return [d.value for d in ctx.dates if toll <= d.start < (at or 0)]
    running = _running_since(ctx, segment, at)
    if running:
        return running
    own = _began_clause(ctx, segment, at) or _dates_in(ctx, segment, near=at, lasting=not inherit)
    offset = _offset_before(ctx, segment)
    if offset is not None:
        own = own or _closing_date_of_span(ctx, segment)
    own = own or _offset_from_governing(ctx, segment, offset, rough=inherit)
    inherit = inherit and offset is None  # "nearly a year after the clash": not the governing clause's day
    if not own:
        following = [s for s in ctx.segments if s.start == segment.end and s.kind == "subordinate"]
        if following and _date_only(ctx, following[0]):
            own = _dates_in(ctx, following[0], near=at, lasting=not inherit)
    if not own and not inherit:
        own = _since_clause_after(ctx, segment)
    if not own and inherit:
        own = _opening_time_phrase(ctx, segment)
    if not own and inherit:
        own = _temporal_clause_after(ctx, segment)
    if not own and inherit:
        own = _temporal_clause_before(ctx, segment)
    if not own and inherit and _opens_with(ctx, segment, "clauses.temporal"):
        if _after_a_compared_date(ctx, segment):  # "the worst clash since June 2020, when fighting killed 20"
            return []
        before = [s for s in ctx.segments if s.end <= segment.start and word_count(ctx.text[s.start:s.end])]
        # "after the clash in June 2020, when 20 died"; "When X was ambushed near Y, late last month, ..."
        own = _dates_in(ctx, before[-1]) if before else _first_date_after(ctx, segment)
    if not own and inherit:
        own = _closing_date(ctx, segment)
    if not own and inherit and segment.kind != "main":
        governing = [s for s in ctx.segments if s.end <= segment.start and s.kind != "subordinate"]
        for previous in reversed(governing):
            own = _dates_in(ctx, previous)
            if own:
                break
    attribution = _attribution_after(ctx, segment)
    if not own and inherit and attribution is not None:
        own = _dates_in(ctx, attribution)
    if inherit:  # "the 1950-53 Korean War ended in an armistice": the truce came at the war's end
        own = [_end_of_a_war_span(ctx, value) for value in own]
    return list(dict.fromkeys(own))  # distinct, in the order the text gives them


_WAR_SPAN_GAP = 2  # words between a span of years and its war noun: "the 1950-53 Korean War", "Perang Korea 1950-1953"
_ENDED_GAP = 4  # words between the war and the word telling its end: "the 1950-53 Korean War ended in an armistice"


def _end_of_a_war_span(ctx: SentenceContext, value: DateValue) -> DateValue:
    """"the 1950-53 Korean War ended in an armistice", "a treaty that ended
    the 1992-95 war", "Perang Korea 1950-1953 berakhir dengan gencatan
    senjata": a span of years that names a war (words.toml dates.lasting_nouns
    close before or after it) told as ended (dates.ended) dates what ended it
    by the span's last year; what happened during the war ("Pada perang
    1998-2003, Kampala mengirim pasukan") keeps the span."""
    if value.precision != "year" or not value.end:
        return value
    for found in (d for d in ctx.dates if d.value == value):
        phrase = _war_phrase(ctx, found)
        if phrase is None:
            continue
        before, after = ctx.text[max(0, phrase[0] - 40):phrase[0]], ctx.text[phrase[1]:phrase[1] + 40]
        ended = [m for m in find_all(ctx.words.get("dates.ended"), after) if word_count(after[:m.start()]) <= _ENDED_GAP]
        ended += [m for m in find_all(ctx.words.get("dates.ended"), before) if word_count(before[m.end():]) <= _ENDED_GAP]
        if ended:
            return DateValue(value.end[:4], "year")
    return value


def _war_phrase(ctx: SentenceContext, found: DateMatch) -> tuple[int, int] | None:
    """Where the span of years and the war noun close to it stand together, if one is."""
    nouns = find_all(ctx.words.get("dates.lasting_nouns"), ctx.text)
    for noun in nouns:
        gap = ctx.text[found.end:noun.start()] if noun.start() >= found.end else ctx.text[noun.end():found.start]
        if (noun.start() >= found.end or noun.end() <= found.start) and word_count(gap) <= _WAR_SPAN_GAP \
                and not re.search(r"[,.;]", gap):
            return min(found.start, noun.start()), max(found.end, noun.end())
    return None


def _began_by_duration(ctx: SentenceContext, at: int) -> list[DateValue]:
    """"agreed on Monday to a truce after five days of fighting", "ended 16
    years of war", "The statement followed four days of talks": an event
    told by how long it lasted began that long before the day it ended,
    the earliest date of the sentence as fine as the span (else the date
    carried from the sentence before, else the publication day). Days are
    counted with both ends ("five days of fighting" up to Monday began on
    the Thursday before) and give the span of days; months give the month
    and whole years the year they began; a hedged span ("nearly four years
    of") one step coarser."""
    span = span_before(ctx.text, at, ctx.language)
    if span is None or span.about is None:
        return []
    ended = _duration_end(ctx, span)
    if ended is None:
        return []
    if span.unit == "days" and ended.precision == "day":
        last = dating.interval(ended)[1]
        began = DateValue((last + timedelta(days=span.about + 1)).isoformat(), "day", last.isoformat())
    elif span.unit == "months" and ended.precision in ("day", "month"):
        began = dating.shift(DateValue(dating.interval(ended)[1].isoformat(), "day"), "months", span.about)
        began = dating.coarser(began) if began and span.about % 12 == 0 else began
    elif span.unit == "months" and span.about % 12 == 0:
        began = DateValue(f"{int(ended.value[:4]) + span.about // 12:04d}", "year")
    else:
        return []
    return [dating.coarser(began) if span.amount is None else began] if began else []


def _duration_end(ctx: SentenceContext, span: Offset) -> DateValue | None:
    """The day (month, year) an event told by its length ended: the earliest
    date of the sentence at least as fine as the span, none told in a
    relative clause of another noun; else the date the sentence carries,
    else the publication day."""
    finest = _PRECISION_RANK["day" if span.unit == "days" else "year" if span.about % 12 == 0 else "month"]
    told = [d.value for d in ctx.dates if _PRECISION_RANK[d.value.precision] <= finest
            and not _in_other_relative_clause(ctx, d.start, span.start) and not _deadline(ctx, d.start)]
    if told:
        return min(told, key=lambda d: dating.interval(d)[0])
    return (ctx.carried_dates or [dating.publication_day(ctx.published)])[0]


_PERFECT_GAP = 2  # words between a perfect verb and its trigger: "has been bombing", "telah lama memerangi"


def _running_since(ctx: SentenceContext, segment: Segment, at: int | None) -> list[DateValue]:
    """"The coalition has been bombing Islamic State for a year", "telah
    berperang selama dua tahun": a perfect verb before the trigger and a
    running span after it tell when it began, that long before the
    publication day, one step coarser (the span is a round figure)."""
    published = dating.publication_day(ctx.published)
    if at is None or published is None:
        return []
    before = ctx.text[max(segment.start, at - 30):at]
    if not any(word_count(before[m.end():]) <= _PERFECT_GAP for m in find_all(ctx.words.get("dates.perfect"), before)):
        return []
    for span in find_running_spans(ctx.text, ctx.language):
        if at < span.start < segment.end and word_count(ctx.text[at:span.start]) <= DATE_REACH and span.about:
            began = dating.shift(published, span.unit, span.about)
            return [dating.coarser(began)] if began else []
    return []


def _toll_before(ctx: SentenceContext, at: int | None) -> int | None:
    """Where the toll word starts when the trigger names what a toll counts
    ("the death toll from the clashes", "jumlah korban tewas akibat
    bentrokan"): the sentence's other dates tell when the toll was counted."""
    if at is None:
        return None
    before = ctx.text[max(0, at - 40):at]
    offset = max(0, at - 40)
    return next((offset + m.start() for m in find_all(ctx.words.get("casualties.toll"), before)
                 if word_count(before[m.end():]) <= _TOLL_GAP and not re.search(r"[,.;:]", before[m.end():])), None)


def _offset_before(ctx: SentenceContext, segment: Segment) -> Offset | None:
    """The span of time right before the "after"/"before" opening a subordinate
    clause, or the clause a complement is reported in ("a day after the army
    said | its troops had clashed with the rebels": the clash is the day before too)."""
    head = _reported_in(ctx, segment)
    if head.kind != "subordinate":
        return None
    return next((o for o in find_offsets(ctx.text, ctx.language) if o.start < head.start < o.end), None)


def _reported_in(ctx: SentenceContext, segment: Segment) -> Segment:
    """The clause a complement clause is told in: back over the complements
    right before it ("setelah militer mengatakan | bahwa | pasukannya bentrok
    dengan pemberontak"); any other clause is its own."""
    current = segment
    while current.kind == "complement":
        before = next((s for s in ctx.segments if s.end == current.start), None)
        if before is None:
            break
        current = before
    return current


def _offset_from_governing(ctx: SentenceContext, segment: Segment, offset: Offset | None,
                           rough: bool = True) -> list[DateValue]:
    """"Sweden applied in May 2022, three months after Russia invaded
    Ukraine": a clause opened by "after" or "before" with an exact span of
    time before it is dated from the clause it hangs on, moved by the span.
    A vague or hedged span ("in August 2022, a few months after the junta
    quit the force", "beberapa bulan setelah") dates it one step coarser:
    the year for months, the month for days; not so a lasting event ("nearly
    two years after the war broke out"), whose start the text tells better
    elsewhere."""
    if offset is None or offset.about is None or (offset.amount is None and not rough):
        return []
    others = [s for s in ctx.segments if s.kind != "subordinate" and s != segment]
    ordered = sorted(others, key=lambda s: (s.start > segment.start, abs(s.start - segment.start)))
    anchor = _date_right_before(ctx, offset.start) or next(
        (dates[0] for s in ordered if len(dates := _dates_in(ctx, s)) == 1), None)
    if anchor is None and not ctx.dates:  # "The truce comes a week after ...": the news of the day
        anchor = (ctx.carried_dates or [dating.publication_day(ctx.published)])[0]
    if anchor is None:
        return []
    shifted = dating.shift(anchor, offset.unit, offset.about)
    if shifted is not None and offset.amount is None:
        shifted = dating.coarser(shifted)
    shifted = shifted or dating.within(anchor, offset.unit, offset.about)
    return [shifted] if shifted else []


def _closing_date_of_span(ctx: SentenceContext, segment: Segment) -> list[DateValue]:
    """"The raid came two months after rebels stormed a base in X, near the
    border, in June": a date closing the sentence after a clause opened by a
    span of time, with no date before it, is that clause's own, not the
    anchor the span counts from."""
    if any(d.end <= segment.start for d in ctx.dates):
        return []
    return _closing_date(ctx, segment)


def _after_a_compared_date(ctx: SentenceContext, segment: Segment) -> bool:
    """"the worst clash since June 2020, when fighting in the valley killed
    20", "bentrokan terburuk sejak Juni 2020, ketika pertempuran ...
    menewaskan 20 tentara": a "when" clause right after the date a
    comparison reaches back to (`_compared_since`) tells what happened then,
    not on the day of the clause before it; it borrows no date here, and
    kg.link keeps it apart from the news by that date (`_sentence_dates`)."""
    return any(ctx.text[d.end:segment.start].strip(" ,") == "" and _compared_since(ctx, d.start)
               for d in ctx.dates if d.end <= segment.start)


def _date_right_before(ctx: SentenceContext, start: int) -> DateValue | None:
    """"revoked the pact, which it signed in 2019, in March, days after ...":
    a date only a comma before the span is what the span counts from, however
    many dates the clause holds."""
    before = [d for d in ctx.dates if d.end <= start and not ctx.text[d.end:start].strip(" ,")]
    return before[-1].value if before else None


def _opening_time_phrase(ctx: SentenceContext, segment: Segment) -> list[DateValue]:
    """"Before dawn on 1 March, warplanes bombed a camp", "Sebelum fajar
    pada 1 Maret, ...": a phrase opening the sentence that holds only a date
    and words of a time of day is no clause of its own (though "before"
    opens it); it dates the main clause right after it. So does an opening
    "Since August," / "Sejak Agustus," (only a date after a word of
    dates.since_openers): what has gone on since then began that month, as
    "has been deployed there since August" tells it from the end."""
    opening = ctx.segments[0] if ctx.segments else None
    if segment.kind != "main" or opening is None or opening.kind != "subordinate" or opening.end != segment.start:
        return []
    phrase = ctx.text[opening.start:opening.end]
    since = only_a_date(phrase, ctx.language) and _opens_with(ctx, opening, "dates.since_openers")
    return _dates_in(ctx, opening) if since or only_time(phrase, ctx.language) else []


def _temporal_clause_after(ctx: SentenceContext, segment: Segment) -> list[DateValue]:
    """"100 people were killed when two bombs exploded on Saturday": a "when"
    clause right after a dateless clause tells when it happened too."""
    following = next((s for s in ctx.segments if s.start == segment.end), None)
    if following is None or following.kind != "subordinate" or not _opens_with(ctx, following, "clauses.temporal"):
        return []
    return _dates_in(ctx, following)


def _temporal_clause_before(ctx: SentenceContext, segment: Segment) -> list[DateValue]:
    """"When riots hit the capital in March 2021, Haiti asked Kenya for
    help", "Saat kerusuhan melanda ibu kota pada Maret 2021, Haiti meminta
    ...": a "when" clause right before a dateless main clause tells when it
    happened too."""
    previous = next((s for s in ctx.segments if s.end == segment.start), None)
    if segment.kind != "main" or previous is None or previous.kind != "subordinate" \
            or not _opens_with(ctx, previous, "clauses.temporal"):
        return []
    return _dates_in(ctx, previous)


def _first_date_after(ctx: SentenceContext, segment: Segment) -> list[DateValue]:
    """"When rebels ambushed the convoy near X, late last month, the army
    ...", "Ketika pemberontak menyerang, Senin (5/5), tentara ...": a "when"
    clause opening the sentence happened when the clause it opens did; the
    first date after it tells when."""
    following = next((s for s in ctx.segments if s.start == segment.end), None)
    if following is None or following.kind != "main":
        return []
    dates = [d for d in ctx.dates if following.start <= d.start < following.end]
    return [dates[0].value] if dates else []


def _began_clause(ctx: SentenceContext, segment: Segment, at: int | None) -> list[DateValue]:
    """"the war that began in 2022", "talks in Beijing that began on
    Monday": a clause opening with a start verb right after the trigger (cut
    off as a complement by "that") dates it, unless a comma or another
    lasting noun stands between: "signed a truce, ending the war that broke
    out in May 1998", "a truce in the war that began in 2019" date the war
    only, not the truce."""
    following = next((s for s in ctx.segments if s.start == segment.end), None)
    if following is None or at is None or word_count(ctx.text[at:following.start]) > LASTING_DATE_REACH:
        return []
    between = ctx.text[at:following.start]
    if "," in between or any(m.start() > 0 for m in find_all(ctx.words.get("dates.lasting_nouns"), between)):
        return []
    return _dates_in(ctx, following) if _tells_a_start(ctx, following, at) else []


def began(ctx: SentenceContext, segment: Segment, at: int) -> list[DateValue]:
    """When a lasting event the trigger at `at` names began, if the text
    says: a clause telling its start right after it ("the war that broke out
    on 27 September", "perang yang pecah sejak 27 September") or how long it
    lasted right before it ("ending 11 days of war"); nothing else in its
    clause dates it."""
    told = [d.value for d in ctx.dates if at < d.start and _start_told_of(ctx, at, d.start)]  # "sejak" opens a clause of its own
    return told[:1] or _began_clause(ctx, segment, at) or (_began_by_duration(ctx, at) if lasting(ctx, at) else [])


def begun_before(ctx: SentenceContext, segment: Segment, at: int) -> bool:
    """The lasting event the trigger at `at` names began, the text says, on a
    day before publication ("Russia's war in Ukraine, which began in
    February 2022"): it is a fact, whatever the clause around it supposes,
    fears or threatens ("would pay a price if it supplied ammunition for ...")."""
    day = dating.publication_day(ctx.published)
    return day is not None and any(dating.interval(value)[1] < dating.interval(day)[0] for value in began(ctx, segment, at))


def _start_told_of(ctx: SentenceContext, at: int, date_start: int) -> bool:
    """A start verb a few words after the trigger at `at` and the date a few
    words after it, no comma between but one setting the clause off:
    "perang yang pecah sejak 27 September", "the war in Ukraine, which began
    in February 2022"."""
    between = ctx.text[at:date_start]
    return any(word_count(between[:m.start()]) <= LASTING_DATE_REACH and word_count(between[m.end():]) <= _BEGAN_GAP
               and "," not in between[:m.start()].rstrip().rstrip(",") + between[m.end():]
               for m in find_all(ctx.words.get("clauses.began"), between))


def _tells_a_start(ctx: SentenceContext, clause: Segment, since: int) -> bool:
    """The clause opens with a start verb ("that broke out", "yang pecah";
    words clauses.began), which the segmenter may cut before or after "that"."""
    text = ctx.text[since:clause.end]
    boundary = clause.start - since
    return any(m.start() <= boundary + 1 and m.end() >= boundary and not ctx.text[clause.start:since + m.start()].strip()
               for m in find_all(ctx.words.get("clauses.began"), text))


def _closing_date(ctx: SentenceContext, segment: Segment) -> list[DateValue]:
    """"..., setelah tank X menembaki Y, Kamis (10/10/2024).", "..., on Monday.":
    a date set off by a comma at the end of the sentence dates all of it."""
    last = ctx.dates[-1] if ctx.dates else None
    if last is None or last.start < segment.end or ctx.text[last.end:].strip(" .)\"'”"):
        return []
    comma = ctx.text.rfind(",", 0, last.start)
    return [last.value] if comma >= 0 and word_count(ctx.text[comma + 1:last.start]) <= 1 else []


def agreed_to_effect(ctx: SentenceContext) -> list[DateValue]:
    """"the truce announced on Monday evening took effect on Tuesday",
    "menyepakati gencatan senjata pada Rabu yang mulai berlaku Jumat": the
    days from the one told before a taking-effect word to the one right
    after it (within a week), one span; with no day told before, the day of
    the report after it ("a truce that will take effect on August 4, the
    presidency said on Tuesday")."""
    for cue in find_all(ctx.words.get("dates.takes_effect"), ctx.text):
        effect = next((d for d in ctx.dates if d.start >= cue.end()
                       and word_count(ctx.text[cue.end():d.start]) <= _EFFECT_GAP), None)
        days = [d for d in ctx.dates if d.value.precision == "day" and not d.value.end]
        told = [d for d in days if d.end <= cue.start()][-1:] or [d for d in days if effect and d.start >= effect.end][:1]
        if effect is None or not told or effect.value.precision != "day":
            continue
        start, end = dating.interval(told[0].value)[0], dating.interval(effect.value)[0]
        if 0 < (end - start).days <= _EFFECT_DAYS:
            return [DateValue(start.isoformat(), "day", end.isoformat())]
    return []


def opens_with_since(ctx: SentenceContext) -> bool:
    """"Since the clash, ...", "Sejak bentrokan itu, ...": what the sentence
    tells has held since then."""
    head = ctx.text.lstrip()
    return any(m.start() == 0 for m in find_all(ctx.words.get("dates.since_openers"), head[:20]))


def _opens_with(ctx: SentenceContext, segment: Segment, key: str) -> bool:
    head = ctx.text[segment.start:segment.end]
    return any(not head[: m.start()].strip(" ,") for m in find_all(ctx.words.get(key), head[:20]))


@dataclass(frozen=True)
class Casualties:
    quantity: Quantity
    start: int
    side: str | None
    listed: tuple[int, ...] = ()  # starts of the counts added to the first ("two marines and two civilians")

    @property
    def starts(self) -> set[int]:
        return {self.start, *self.listed}


def _side(ctx: SentenceContext, span_start: int, span_end: int, subject: Unit | None) -> str | None:
    """Whose dead: an actor named in "49 Armenian soldiers", or the speaker's
    side for a possessive ("49 of its soldiers", "49 tentaranya")."""
    for unit in ctx.units_between(span_start, span_end):
        return unit.represents or unit.entity
    if subject is not None and find_all(ctx.words.get("roles.possessive"), ctx.text[span_start:span_end]):
        return subject.represents or subject.entity
    return None


def _is_toll(ctx: SentenceContext, cue: re.Match[str]) -> bool:
    """"the death toll ... rose to 600,000": a toll word may stand far before its number."""
    return any(t.start() <= cue.start() < t.end() for t in find_all(ctx.words.get("casualties.toll"), ctx.text))


def _quantity_between(ctx: SentenceContext, start: int, end: int) -> bool:
    return any(start <= q.start and q.end <= end for q in ctx.quantities)


def _says_between(ctx: SentenceContext, start: int, end: int) -> bool:
    """"Seorang komandan mengatakan serangan itu menewaskan lima orang": a
    verb of saying (words clauses.complements) after a lone person makes
    them the speaker, not the victim."""
    return bool(find_all(ctx.words.get("clauses.complements"), ctx.text[start:end]))


def _in_date(ctx: SentenceContext, offset: int) -> bool:
    return any(d.start <= offset < d.end for d in ctx.dates)


def casualties(ctx: SentenceContext) -> list[Casualties]:
    """Numbers of dead: a quantity shortly before a fatality word ("49 soldiers
    were killed", "6.500 nyawa") or shortly after one ("killing 49")."""
    mixed = [(m.start(), m.end()) for m in find_all(ctx.words.get("casualties.mixed"), ctx.text)]
    cues = [c for c in find_all(ctx.words.get("casualties.fatality"), ctx.text) if not _in_date(ctx, c.start())
            and not any(start <= c.start() < end for start, end in mixed)]  # "killed or injured": no count of dead
    subject = ctx.units[0] if ctx.units else None
    singles = _single_victims(ctx)
    found: list[Casualties] = []
    asides = _asides(ctx)
    for quantity in sorted([*ctx.quantities, *singles], key=lambda q: q.start):
        if _counts_survivors(ctx, quantity.end) or _counts_taken(ctx, quantity.start):
            continue
        for cue in cues:
            before = _without_asides(ctx.text, quantity.end, cue.start(), asides)
            after = ctx.text[cue.end():quantity.start]
            if quantity in singles and (_quantity_between(ctx, quantity.end, cue.start())
                                        or _says_between(ctx, quantity.end, cue.start())):
                continue  # "a police officer said five soldiers were killed": the five died
            if cue.start() >= quantity.end and word_count(before) <= _NEAR_WORDS and not re.search(r"[.;]", before):
                found.append(Casualties(quantity.quantity, quantity.start, _side(ctx, quantity.start, cue.end(), subject)))
                break
            reach = _TOLL_REACH if _is_toll(ctx, cue) else 2
            after_cue = quantity.start >= cue.end() and (
                word_count(after) <= reach or _is_toll(ctx, cue) and _reached_by_the_toll(ctx, after))
            if after_cue and not _quantity_between(ctx, cue.end(), quantity.start):
                found.append(Casualties(quantity.quantity, quantity.start, None))
                break
    return _add_listed_counts(ctx, found, [*ctx.quantities, *singles])


def _asides(ctx: SentenceContext) -> list[tuple[int, int]]:
    """Asides set off by commas that open with a word of inclusion (words
    casualties.asides): "19 villagers, among them three teachers, were
    killed", "19 warga desa, termasuk tiga guru, tewas": what they count
    stands between the count and its fatality word."""
    openers = ctx.words.get("casualties.asides")
    if not openers:
        return []
    regex = re.compile(rf",\s*(?:{_any_of(openers)})(?![\w-])[^,.;]*,", re.IGNORECASE)
    return [(m.start(), m.end()) for m in regex.finditer(ctx.text)]


def _without_asides(text: str, start: int, end: int, asides: list[tuple[int, int]]) -> str:
    """The text between a count and its fatality word, the asides inside it left out."""
    kept, at = [], start
    for aside_start, aside_end in asides:
        if start <= aside_start and aside_end <= end:
            kept.append(text[at:aside_start])
            at = aside_end
    return " ".join(kept + [text[at:end]])


def _reached_by_the_toll(ctx: SentenceContext, between: str) -> bool:
    """"The death toll from the rebel raid on the mining town near the
    northern border has risen to 57", "Jumlah korban tewas akibat serangan
    pemberontak ke kota tambang dekat perbatasan utara itu kini mencapai 57
    orang": a number right
    after a verb a toll reaches it with (words casualties.toll_verbs) is the
    toll's, however many words name what the toll counts, as long as the
    sentence does not end between."""
    if re.search(r"[.;]", between):
        return False
    return any(not between[m.end():].strip() for m in find_all(ctx.words.get("casualties.toll_verbs"), between))


def _add_listed_counts(ctx: SentenceContext, found: list[Casualties], quantities: list[QuantityMatch]) -> list[Casualties]:
    """"killing two marines and two civilians", "menewaskan dua marinir dan dua
    warga sipil", "two soldiers and three civilians were killed": counts of the
    dead listed with a conjunction (words casualties.listed) right before the
    next count add up to one toll. A count of the captured or wounded is never
    added ("killed two soldiers and wounded three"), nor are hedged counts:
    "more than 160 Palestinians and six Israelis" tells two sides' dead, the
    first an estimate that stays as told."""
    listed = compile_patterns(ctx.words.get("casualties.listed"))
    if listed is None:
        return found
    in_order = sorted(quantities, key=lambda q: q.start)
    totals: list[Casualties] = []
    absorbed: set[int] = set()
    for casualty in found:
        if casualty.start in absorbed:
            continue
        value, added = casualty.quantity.value, []
        current = next((q for q in in_order if q.start == casualty.start), None)
        while current is not None and casualty.quantity.qualifier == "exact":
            following = next((q for q in in_order if q.start >= current.end), None)
            if following is None or not _listed_after(ctx, listed, current, following):
                break
            value += following.quantity.value
            added.append(following.start)
            current = following
        absorbed.update(added)
        totals.append(Casualties(Quantity(value), casualty.start, casualty.side, tuple(added)) if added else casualty)
    return totals


def _listed_after(ctx: SentenceContext, listed: re.Pattern[str], current: QuantityMatch, following: QuantityMatch) -> bool:
    """The next count, exact, follows the current one's noun and a conjunction right before it."""
    gap = ctx.text[current.end:following.start]
    conjunction = next((m for m in listed.finditer(gap) if not gap[m.end():].strip()), None)
    if conjunction is None or re.search(r"[,.;:]", gap):
        return False
    noun = gap[:conjunction.start()]
    return following.quantity.qualifier == "exact" and 1 <= word_count(noun) <= _LISTED_NOUN_WORDS \
        and not _counts_survivors(ctx, following.end) \
        and not _counts_taken(ctx, following.start)


def _single_victims(ctx: SentenceContext) -> list[QuantityMatch]:
    """"a Chadian soldier was killed", "killing a civilian", "seorang tentara
    tewas": one victim told with an article or a one-person classifier
    (words.toml casualties.single) and a victim noun (casualties.victims),
    one word between at most; no number is written, yet the count is 1."""
    articles, victims = ctx.words.get("casualties.single"), ctx.words.get("casualties.victims")
    if not articles or not victims:
        return []
    regex = re.compile(rf"(?<![\w-])(?:{_any_of(articles)})\s+(?:[\w'’-]+\s+)?(?:{_any_of(victims)})(?![\w-])",
                       re.IGNORECASE)
    return [QuantityMatch(m.start(), m.end(), m.group(0), Quantity(1)) for m in regex.finditer(ctx.text)
            if not any(q.start <= m.start() < q.end for q in ctx.quantities)]


def _any_of(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


def _counts_survivors(ctx: SentenceContext, end: int) -> bool:
    """"100 were killed and about 300 wounded", "300 lainnya luka-luka",
    "lebih dari 12 juta orang terpaksa mengungsi": a number a word for the
    wounded, displaced or detained follows closely counts no dead."""
    words = [*ctx.words.get("casualties.injured"), *ctx.words.get("casualties.survivors")]
    joined = compile_patterns(ctx.words.get("roles.conjunctions"))  # "killed five and wounded 20": a new verb
    return any(word_count(gap := ctx.text[end:m.start()]) <= _WOUNDED_GAP and not re.search(r"[,.;]", gap)
               and not (joined and joined.search(gap)) for m in find_all(words, ctx.text) if m.start() >= end)


def _counts_taken(ctx: SentenceContext, start: int) -> bool:
    """"captured two Kenyan soldiers and killed eight others", "menangkap dua
    tentara dan menewaskan delapan lainnya": a number right after a verb of
    capture or wounding (words casualties.taken) counts no dead; one after a
    conjunction starts a count of its own ("40 were wounded and five killed")."""
    before = ctx.text[:start]
    return any(word_count(gap := before[m.end():]) <= _TAKEN_GAP and not re.search(r"[,.;]", gap)
               and not find_all(ctx.words.get("casualties.listed"), gap)
               for m in find_all(ctx.words.get("casualties.taken"), before))


def fighting_troops(ctx: SentenceContext) -> list[Quantity]:
    """"About 1,000 Ukrainian troops took part in the attack": a number right
    before a troop noun (one word, e.g. a demonym, may stand between) that no
    fatality word follows and that its clause does not call wounded."""
    troop_nouns = find_all(ctx.words.get("casualties.troops"), ctx.text)
    dead = {start for c in casualties(ctx) for start in c.starts}
    found: list[Quantity] = []
    for quantity in ctx.quantities:
        if quantity.start in dead or _hurt(ctx, quantity.end):
            continue
        if any(n.start() >= quantity.end and word_count(ctx.text[quantity.end:n.start()]) <= 1 for n in troop_nouns):
            found.append(quantity.quantity)
    return found


def _hurt(ctx: SentenceContext, offset: int) -> bool:
    """"Two soldiers were wounded": a number of casualties, not of troops in the fight."""
    segment = ctx.segment_at(offset)
    return any(m.start() >= offset for m in find_all(ctx.words.get("casualties.injured"), ctx.text[:segment.end]))


def troops(ctx: SentenceContext, trigger_start: int, trigger_end: int, noun: bool) -> Quantity | None:
    """Troop numbers: "2,000 peacekeepers" before a noun trigger, or "sent
    about 2,000 troops" in or just after a verb trigger, before a troop noun."""
    troop_nouns = find_all(ctx.words.get("casualties.troops"), ctx.text)
    for quantity in ctx.quantities:
        if _hurt(ctx, quantity.end) or _counts_survivors(ctx, quantity.end):
            continue  # "has troops in X; two soldiers were wounded"
        if noun and quantity.end <= trigger_start and word_count(ctx.text[quantity.end:trigger_start]) <= 2:
            return quantity.quantity
        after_verb = quantity.start >= trigger_start and word_count(ctx.text[trigger_end:quantity.start]) <= 2
        subject = quantity.end <= trigger_start and word_count(ctx.text[quantity.end:trigger_start]) <= 4
        if not noun and (after_verb or subject):  # "sent about 2,000 troops", "400 Kenyan police officers arrived"
            if any(n.start() >= quantity.end and word_count(ctx.text[quantity.end:n.start()]) <= 2 for n in troop_nouns):
                return quantity.quantity
    return _only_force_in_clause(ctx, ctx.segment_at(trigger_start))


def _only_force_in_clause(ctx: SentenceContext, segment: Segment) -> Quantity | None:
    """"one of the largest contributors to the mission, with more than 1,000
    personnel": the one number of troops in the trigger's clause (a troop
    noun right after it, no dead or wounded) counts its forces."""
    dead = {start for c in casualties(ctx) for start in c.starts}
    counts = [q for q in ctx.quantities if segment.start <= q.start < segment.end and q.start not in dead
              and not _counts_survivors(ctx, q.end) and not _hurt(ctx, q.end) and _troop_noun_after(ctx, q.end)]
    return counts[0].quantity if len(counts) == 1 else None


def _troop_noun_after(ctx: SentenceContext, end: int) -> bool:
    return any(n.start() >= end and word_count(ctx.text[end:n.start()]) <= 1
               for n in find_all(ctx.words.get("casualties.troops"), ctx.text))


def day_of_the_news(doc: Document, sentences: list[Sentence], drafts: list[Draft]) -> date | datetime | None:
    """The day an article's news happened, which its dateless events take
    (kg.link.merge_drafts): the day of the first event its lead dates within
    the week up to publication ("BANGKOK - Thai and Cambodian troops clashed
    on Tuesday" printed on Thursday; "Pasukan A dan B bentrok pada Selasa
    (6/5)"), else the first such day the lead tells at all, else the
    publication day. The sentences after a lead tell more of that day's news
    ("The foreign ministers met in Jakarta", "Menlu kedua negara bertemu di
    Jakarta") more often than news of the day of print."""
    body = [s.index for s in sentences if not s.is_chrome and s.text.strip() != (doc.title or "").strip()]
    lead = set(body[:LEAD_SENTENCES])
    for draft in sorted(drafts, key=lambda d: d.position):
        when = draft.fact.date
        if draft.sentence in lead and when is not None and draft.fact.modality == "asserted" \
                and dating.news_day(when, doc.issued):
            return date.fromisoformat(when.value)
    return _first_news_day_told(doc, [s for s in sentences if s.index in lead]) or doc.issued


def _first_news_day_told(doc: Document, lead: list[Sentence]) -> date | None:
    """The first day of the week up to publication a lead tells, whatever it
    dates: "Majelis Umum PBB menangguhkan keanggotaan Rusia ... Resolusi itu
    disetujui pada Kamis (7/4/2022)", "Mali quit the bloc. The spokesman
    read the decision on Sunday": the lead's first sentence tells the news
    without a date and the next one dates it with a clause no rule reads as
    an event (a vote, a statement)."""
    told = (found.value for sentence in lead for found in find_dates(sentence.text, doc.issued, doc.language))
    return next((date.fromisoformat(value.value) for value in told if dating.news_day(value, doc.issued)), None)

"""One node per real event: merge drafts within a document, then reuse the IRI
of the same event already in the store (cross-document merge).

Same event = same class, same modality, the same sides, no two different
places, and compatible dates (kg.events.dating: day dates within ±2 days, or
±7 days when a date was only borrowed from a governing clause; a month or
year containing the other date; no date matching any date). Within a
document a draft whose sides are a subset of another's, role by role, is
the same event told with fewer words ("Armenia asked for help" after
"Armenia asked Russia for help"), and so is one told in the same sentence
with the same sides in other roles, and so is one that another rule read
from the same phrase (`_Merged.read_by_another_rule`), and a fight and a war (or talks and a
phone call) told in one sentence are one event. One told at another time
than the event, by the dates of its own sentence, is another event
(`_Merged.told_at_another_time`: the background beside the news), and so is
one told with an explicit date of its own a month or more before the
publication day beside news told with no date (`_Merged.dated_apart`). Across documents the
states, organizations and groups on the sides must be equal, and the
persons too when both documents name persons.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from pyoxigraph import NamedNode

from kg.dates import DateMatch, find_dates
from kg.events import dating
from kg.events.drafts import FIGHTING, ROLE_ORDER, SIDE_ROLES, Draft
from kg.events.patterns import find_all
from kg.events.rules import words
from kg.model import DateValue, EventFact, Evidence, Quantity
from kg.namespaces import CKG, ID, event_iri, sparql_prefixes
from kg.store import Store

_HEDGED_FIRST = ("about", "more than", "at least", "up to", "exact")
_MORE_SPECIFIC = {"ArmedClash": ("War",), "Talks": ("PhoneCall",)}  # the class a merged event takes
# Relations between parties: one of them told with a single party (mediators aside) lacks the other.
# Signings are not among them: their parties may still come from the treaty signed (kg.events.treaties).
_BETWEEN_PARTIES = frozenset({"Talks", "PhoneCall", "Ceasefire"})
# Background told beside the news: a sentence whose dates all lie this far
# from an event's date tells another event of its kind ("Since April, Turkey
# has waged an operation against the PKK" beside Monday's strike on the PKK).
_ANOTHER_TIME = timedelta(days=31)
# Two triggers this close in one sentence ("signed a defence agreement",
# "deployed AMISOM peacekeepers") are one phrase: one event, however two rules read it.
_ONE_PHRASE = 40
# ... unless their own dates lie a year or more apart.
_ONE_PHRASE_DATES = timedelta(days=366)


def _role_subset(small: EventFact, large: EventFact, represents: Mapping[str, str]) -> bool:
    """Role by role, the sides of `small` are among those of `large`. When
    only one of the two names persons, a person counts as whom the text says
    they represent ("the deal was signed by U.S. envoy X" is the signing "the
    United States and the Taliban" made); when both do, the persons must
    agree too (the defence ministers' call and the presidents' call are two)."""
    if _names_persons(small) and _names_persons(large):
        represents = {}

    def actors(fact: EventFact, role: str) -> set[str]:
        return {represents.get(iri, iri) for iri in fact.roles.get(role, ())}

    return all(actors(small, role) <= actors(large, role) for role in SIDE_ROLES)


def _names_persons(fact: EventFact) -> bool:
    return any(_is_person(iri) for iri in sides(fact))


def _same_kind(a: EventFact, b: EventFact) -> bool:
    """Same class; or fighting and a war told in one sentence with the same
    date or an undated fight ("they fought a six-week war in 2020", "a year
    of fighting that escalated into war in September"); or talks and a phone
    call told in one sentence."""
    if a.kind == b.kind:
        return True
    told_together = {e.start for e in a.evidence} & {e.start for e in b.evidence}
    if {a.kind, b.kind} == {"Talks", "PhoneCall"}:
        return bool(told_together)  # "discussed the war in a phone call"
    clash = a if a.kind == "ArmedClash" else b
    dates_agree = a.date == b.date or clash.date is None  # "the war began after the 7 October attack" stays two
    return {a.kind, b.kind} == {"ArmedClash", "War"} and bool(told_together) and dates_agree


def _different_places(a: EventFact, b: EventFact) -> bool:
    """Attacks on Red Sea shipping and a strike on Hodeidah are two events
    (talks at a palace and in its city are not: places nest)."""
    here, there = set(a.roles.get("location", ())), set(b.roles.get("location", ()))
    return a.kind in FIGHTING and bool(here and there and not here & there)


def _same_event(a: EventFact, b: EventFact, tolerance: timedelta, represents: Mapping[str, str]) -> bool:
    if not _same_kind(a, b) or a.modality != b.modality or not dating.compatible(a.date, b.date, tolerance):
        return False
    if _different_places(a, b):
        return False
    return _role_subset(a, b, represents) or _role_subset(b, a, represents) or _same_sides_told_together(a, b)


def _same_sides_told_together(a: EventFact, b: EventFact) -> bool:
    """"Iran threatened to use military force against Israel": two rules
    reading one sentence may give the same sides in different roles
    (participants; agent and addressee), and are one event."""
    told_together = {e.start for e in a.evidence} & {e.start for e in b.evidence}
    return bool(told_together) and sides(a) == sides(b)


def _union(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
    return a + tuple(x for x in b if x not in a)


def _quantity(a: Quantity | None, b: Quantity | None) -> Quantity | None:
    """The first number stated (later ones often count something else: "since
    then, strikes have killed 46,000"); for the same number the hedged wording."""
    if a is None or b is None:
        return a or b
    if a.value != b.value:
        return a
    return min(a, b, key=lambda q: _HEDGED_FIRST.index(q.qualifier))


def _same_side(a: EventFact, b: EventFact) -> bool:
    """Numbers of dead of two different sides are not one tally: the first stays."""
    return a.fatalities_side is None or b.fatalities_side is None or a.fatalities_side == b.fatalities_side


def _merge_into(target: EventFact, other: EventFact) -> None:
    if other.kind in _MORE_SPECIFIC.get(target.kind, ()):
        target.kind = other.kind
    roles = {role: _union(target.roles.get(role, ()), other.roles.get(role, ())) for role in ROLE_ORDER}
    target.roles = {role: values for role, values in roles.items() if values}
    target.evidence = target.evidence + [e for e in other.evidence if e not in target.evidence]
    target.date = dating.join(target.date, other.date)
    if _same_side(target, other):
        fatalities = _quantity(target.fatalities, other.fatalities)
        if fatalities is not target.fatalities:
            target.fatalities, target.fatalities_side = fatalities, other.fatalities_side
        target.fatalities_side = target.fatalities_side or other.fatalities_side
    target.troops = _quantity(target.troops, other.troops)


@dataclass
class _Merged:
    fact: EventFact
    undated_policy: str
    borrowed_date: bool = False

    openers: set[str] = field(default_factory=set)  # the side each clash merged here was told with first
    represents: dict[str, str] = field(default_factory=dict)  # person IRI -> whom the text says they represent
    unilateral: bool = False  # a truce the text calls one side's own (kg.events.diplomacy)
    civil_war: bool = False  # a war inside one state (kg.events.discourse._mark_civil_wars)
    told_dates: list[DateValue] = field(default_factory=list)  # the date each draft merged here was told with
    drafts: list[Draft] = field(default_factory=list)  # the drafts merged here
    kept_apart: list[_Merged] = field(default_factory=list)  # background events refused (`dated_apart`)

    def lacks_a_party(self) -> bool:
        """"Negotiations hosted by Oman" with one side named, "Putin held
        talks with Foreign Minister Lavrov", "the truce Trump helped broker"
        with one party: talks, a call or a truce that names one party,
        mediators aside and persons counted as whom they represent, is a
        fact with its other side missing, not a fact the text tells. Merging
        and the discourse and diplomacy rules have had their chance to find
        it; a unilateral truce has one side."""
        if self.fact.kind not in _BETWEEN_PARTIES or self.unilateral:
            return False
        mediators = set(self.fact.roles.get("mediator", ()))
        return len({self.represents.get(i, i) for i in sides(self.fact) - mediators}) < 2

    def tolerance(self, draft: Draft) -> timedelta:
        borrowed = self.borrowed_date or draft.borrowed_date
        return dating.BORROWED_TOLERANCE if borrowed else dating.DAY_TOLERANCE

    def told_at_another_time(self, draft: Draft, published: date | datetime | None) -> bool:
        """"Turkish jets struck the PKK in northern Iraq on Monday. Since
        April, Turkey has waged an operation against the PKK there": a draft
        its sentence does not date, though that sentence gives dates, all a
        month or more from this event's date, tells another event of the
        same kind and sides (the background beside the news)."""
        here = self.fact.date
        if draft.fact.date is not None or here is None:
            return False
        found = _sentence_dates(draft, published)
        return bool(found) and not any(dating.compatible(value, here, _ANOTHER_TIME) for value in found)

    def dated_apart(self, draft: Draft, published: date | datetime | None, represents: Mapping[str, str]) -> bool:
        """"The two ministers met in Hanoi. They last met in Oslo in March
        last year", "Keduanya terakhir bertemu di Kazan pada Oktober 2024":
        news told with no date (the publication day will date it) and a
        draft of its kind told with an explicit date of its own a month or
        more before the publication day, naming every side of the news, are
        two events: the background beside the news. Wars last: the war told
        undated and the war told with the year it began are one."""
        own = None if draft.borrowed_date else draft.fact.date
        if own is None or "War" in (draft.kind, self.fact.kind) or draft.fact.modality != "asserted":
            return False
        if not self.is_undated_news() or not _long_before(own, published):
            return False
        return {represents.get(i, i) for i in sides(self.fact)} <= {represents.get(i, i) for i in draft.sides()}

    def is_undated_news(self) -> bool:
        """An asserted event told with no date, which the publication day will date."""
        return self.fact.date is None and self.fact.modality == "asserted" and self.undated_policy == "published"

    def stands_alone(self, background: _Merged) -> bool:
        """Some draft of its own, a verb rather than a noun, names all its
        sides, and it lacks no side of `background`: news the text tells,
        not a noun that recalls the background ("raising fears of new
        attacks", "after talks collapsed") nor the background told again
        with a side missing."""
        ours = {self.represents.get(i, i) for i in sides(self.fact)}
        theirs = {background.represents.get(i, i) for i in sides(background.fact)}
        told = any(not d.rule.noun and {self.represents.get(i, i) for i in d.sides()} >= ours for d in self.drafts)
        return told and not ours < theirs

    def read_by_another_rule(self, draft: Draft) -> bool:
        """"The African Union deployed AMISOM peacekeepers to Somalia": two
        rules read one phrase of one sentence as events of one kind (one
        with the AU, one with AMISOM; one with the date of its sentence, one
        with a date borrowed from another). They are one event, whatever
        their sides and dates, while this event is still told by that
        sentence alone (a copy that joined an event told elsewhere leaves the
        other to the rules above); rules that read one event per party
        (pairwise talks) aside, and dates years apart (`_dates_may_meet`)."""
        told_here = all(d.sentence == draft.sentence for d in self.drafts)
        return told_here and self.fact.modality == draft.fact.modality and not draft.rule.pairwise and any(
            d.kind == draft.kind and d.rule.id != draft.rule.id and d.sentence == draft.sentence
            and abs(d.position - draft.position) <= _ONE_PHRASE and not d.rule.pairwise
            and _dates_may_meet(d, draft) for d in self.drafts)

    def tells_the_same_news(self, news: _Merged, published: date | datetime | None) -> bool:
        """An event of the kind, modality and sides of `news`, dated on a day of the news week."""
        same_sides = {self.represents.get(i, i) for i in sides(self.fact)} == \
            {news.represents.get(i, i) for i in sides(news.fact)}
        dated_now = self.fact.date is not None and dating.news_day(self.fact.date, published)
        return self.fact.kind == news.fact.kind and self.fact.modality == news.fact.modality and same_sides and dated_now

    def absorb(self, other: _Merged) -> None:
        """Take in an event kept apart from this one, as merging would have."""
        for draft in other.drafts:
            self.openers.add(_opener(draft))
            self.drafts.append(draft)
        self.represents.update(other.represents)
        self.told_dates += other.told_dates
        _merge_into(self.fact, other.fact)

    def civil_and_interstate(self, draft: Draft) -> bool:
        """"The 1967 war between Israel and Syria ... Syria's long civil war":
        a civil war and a war between two states are two wars, however
        their dates agree (an undated war agrees with any)."""
        if self.civil_war == draft.civil_war:
            return False
        other = draft.fact if self.civil_war else self.fact
        states = {self.represents.get(i, i) for i in sides(other)}
        return sum(i.startswith(ID + "state/") for i in states) >= 2

    def holds_a_part_of(self, war: Draft) -> bool:
        """"Russia fired one of its heaviest barrages of the war", "serangan
        Hamas yang memicu perang di Gaza": a fight told before a war noun of
        its own sentence that makes it a part of that war or its cause is an
        event of its own, not the war (`_part_or_cause_of_war`)."""
        return war.kind == "War" and any(_part_or_cause_of_war(d, war) for d in self.drafts if d.kind == "ArmedClash")

    def struck_back(self, draft: Draft) -> bool:
        """"Hezbollah fired rockets at Israel on Monday. Israel struck
        Hezbollah on Tuesday": a clash told on another single day, opened by
        a side that opened none of the clashes merged here, is the
        counter-strike, a clash of its own."""
        here, there = self.fact.date, draft.fact.date
        if draft.kind != "ArmedClash" or self.fact.kind != "ArmedClash" or here is None or there is None:
            return False
        single_days = all(d.precision == "day" and d.end is None for d in (here, there))
        return single_days and here.value != there.value and _opener(draft) not in self.openers


def _dates_may_meet(a: Draft, b: Draft) -> bool:
    """Copies of one phrase may disagree on the day (one takes a date told
    for something else), but not by years: "the 1990s" and "2020" date two wars."""
    return dating.compatible(a.fact.date, b.fact.date, _ONE_PHRASE_DATES)


def _long_before(value: DateValue, published: date | datetime | None) -> bool:
    """A date that ends a month or more before the publication day."""
    day = dating.publication_day(published)
    return day is not None and dating.interval(value)[1] + _ANOTHER_TIME <= dating.interval(day)[0]


def _part_or_cause_of_war(clash: Draft, war: Draft) -> bool:
    """The war noun follows the clash trigger in one sentence, right after
    words that make the clash a part of it ("of the", "selama") or with a
    verb of causing between them ("sparked", "memicu"; words
    discourse.part_of_a_war, discourse.cause_of_a_war)."""
    told, there = clash.fact.evidence[0], war.fact.evidence[0]
    if told.start != there.start or not clash.position < war.position:
        return False
    between = told.sentence[clash.position - told.start:war.position - told.start]
    table = words(war.language)
    part = any(between.rstrip().lower().endswith(" " + words_before) for words_before in table.get("discourse.part_of_a_war"))
    return part or bool(find_all(table.get("discourse.cause_of_a_war"), between))


def _sentence_dates(draft: Draft, published: date | datetime | None) -> list[DateValue]:
    """The dates the sentences telling `draft` give, but those after a
    comparison ("the first U.S. strikes in Iraq since troops left in 2011",
    words dates.compared_since) and those of another thing
    (`_dates_another_thing`), which date no event of the sentence; for a
    draft told in a "when" clause right after the date a comparison reaches
    back to, that date alone (`_opens_a_when_clause_holding`)."""
    found: list[DateValue] = []
    for evidence in draft.fact.evidence:
        text = evidence.sentence
        compared = find_all(words(draft.language).get("dates.compared_since"), text)
        cut = min((match.end() for match in compared), default=len(text))
        dates = find_dates(text, published, draft.language)
        found += _told_then(draft, evidence, cut, dates) or [
            match.value for match in dates
            if match.start < cut and not _dates_another_thing(text, match.start, match.end, draft.language)]
    return found


def _told_then(draft: Draft, evidence: Evidence, cut: int, dates: list[DateMatch]) -> list[DateValue]:
    """The date after a comparison (from `cut` on) that opens the "when"
    clause the draft's trigger stands in, if it does (`_opens_a_when_clause_holding`)."""
    if not evidence.start <= draft.position < evidence.end:
        return []
    trigger = draft.position - evidence.start
    return [match.value for match in dates if match.start >= cut
            and _opens_a_when_clause_holding(evidence.sentence, match.end, trigger, draft.language)]


def _date_of_a_when_clause(draft: Draft, published: date | datetime | None) -> DateValue | None:
    """An undated draft told in a "when" clause after a comparison's date
    ("the worst since June 2020, when fighting killed 20") happened then,
    whether or not an event of its kind was told before."""
    for evidence in draft.fact.evidence:
        compared = find_all(words(draft.language).get("dates.compared_since"), evidence.sentence)
        cut = min((match.end() for match in compared), default=len(evidence.sentence))
        told = _told_then(draft, evidence, cut, find_dates(evidence.sentence, published, draft.language))
        if told:
            return told[0]
    return None


def _opens_a_when_clause_holding(text: str, date_end: int, trigger: int, language: str) -> bool:
    """"the worst clash since June 2020, when fighting in the valley killed
    20 soldiers", "bentrokan terburuk sejak Juni 2020, ketika pertempuran
    ... menewaskan 20 tentara": the date a comparison reaches back to,
    followed by a comma and a "when" clause (words clauses.temporal) that
    holds the trigger, is when that clause's fight happened: another time
    than the news."""
    if trigger < date_end or re.search(r"[;.]", text[date_end:trigger]):
        return False
    head = text[date_end:trigger]
    opener = re.match(r"\s*,\s*", head)
    return opener is not None and any(m.start() == opener.end()
                                      for m in find_all(words(language).get("clauses.temporal"), head))


_NEXT_TO = 25  # characters searched beside a date for what it qualifies


def _dates_another_thing(text: str, start: int, end: int, language: str) -> bool:
    """A date that is a deadline ("a peace deal to be concluded by 18
    August", words dates.deadline) or names a war beside it ("the truce that
    ended the 2020 war", "sejak akhir perang tahun 2020": dates.lasting_nouns,
    with dates.year_words between) tells when no event of the sentence happened."""
    table = words(language)
    before, after = text[max(0, start - _NEXT_TO):start], text[end:end + _NEXT_TO]
    between = {""} | {word.lower() for word in table.get("dates.year_words")}
    closes = any(before[m.end():].strip().lower() in between
                 for m in find_all(table.get("dates.deadline") + table.get("dates.lasting_nouns"), before))
    opens = any(not after[:m.start()].strip() for m in find_all(table.get("dates.lasting_nouns"), after))
    return closes or opens


def _one_background_date(draft: Draft, published: date | datetime | None) -> DateValue | None:
    """The date of an undated draft kept apart from the event of its kind
    because its sentence tells another time: that time, when the sentence gives one."""
    found = set(_sentence_dates(draft, published))
    return found.pop() if len(found) == 1 else None


def _opener(draft: Draft) -> str:
    """The side a fight's clause names first (its subject, mostly)."""
    return next(iter(draft.fact.roles.get("participant", ())), "")


def _date_from_same_sentence(item: _Merged, merged: list[_Merged]) -> DateValue | None:
    """"Thailand and Cambodia agree ceasefire at talks": an undated event told
    in one sentence with a dated one happened then."""
    if item.fact.kind in FIGHTING:
        return None  # "agreed to a truce after days of fighting": the fighting lasted, it is not that day's
    sentences = {e.start for e in item.fact.evidence}
    for other in merged:
        if other is not item and other.fact.date and other.fact.modality == "asserted" \
                and other.fact.kind not in FIGHTING:  # "since the clash, both deployed troops": later, not then
            if sentences & {e.start for e in other.fact.evidence}:
                return other.fact.date
    return None


def _document_represents(drafts: list[Draft]) -> dict[str, str]:
    """Whom each person stands for, as the first sentence telling it says:
    "U.S. envoy Zalmay Khalilzad" in one sentence makes Khalilzad stand for
    the United States where a later one names him alone."""
    known: dict[str, str] = {}
    for draft in sorted(drafts, key=lambda d: d.position):
        for person, actor in draft.represents.items():
            known.setdefault(person, actor)
    return known


def merge_drafts(drafts: list[Draft], published: date | datetime | None) -> list[EventFact]:
    """One EventFact per event of the document, in text order. An asserted
    event the text does not date takes the date of a dated event told in the
    same sentence, else the publication day when its rule says so (news
    reports what happened since the last edition); background, future and
    hypothetical events are never dated so. A relation between parties
    left with one party is dropped (`_Merged.lacks_a_party`)."""
    known = _document_represents(drafts)
    merged: list[_Merged] = []
    for draft in sorted(drafts, key=lambda d: d.position):
        candidates = [m for m in merged if _same_event(draft.fact, m.fact, m.tolerance(draft), m.represents | draft.represents)
                      and not m.struck_back(draft) and not m.civil_and_interstate(draft) and not m.holds_a_part_of(draft)]
        candidates += [m for m in merged if m not in candidates and m.read_by_another_rule(draft)]
        apart = [m for m in candidates if m.dated_apart(draft, published, m.represents | draft.represents)]
        candidates = [m for m in candidates if m not in apart]
        same = next((m for m in candidates if not m.told_at_another_time(draft, published)), None)
        if same is None and draft.fact.date is None:
            draft.fact.date = _one_background_date(draft, published) if candidates else \
                _date_of_a_when_clause(draft, published)
        if same is None:
            policy = "none" if draft.since else draft.rule.undated
            merged.append(_Merged(draft.fact, policy, draft.borrowed_date, {_opener(draft)}, known | draft.represents,
                                  draft.unilateral, draft.civil_war, [draft.fact.date] if draft.fact.date else [], [draft]))
        else:
            if draft.fact.date is not None:
                same.told_dates.append(draft.fact.date)
            same.openers.add(_opener(draft))
            same.drafts.append(draft)
            same.represents.update(draft.represents)
            same.unilateral = same.unilateral or draft.unilateral
            _merge_into(same.fact, draft.fact)
            same.borrowed_date = same.borrowed_date and draft.borrowed_date
            if draft.rule.undated == "none":
                same.undated_policy = "none"
        for news in apart:
            news.kept_apart.append(same or merged[-1])
    merged = _fold_news_that_retells(merged, published)
    for item in merged:
        item.fact.date = dating.finest_within(item.fact.date, item.told_dates)
        if item.fact.date is None and item.fact.modality == "asserted" and item.undated_policy == "published":
            item.fact.date = _date_from_same_sentence(item, merged) or dating.publication_day(published)
    return [m.fact for m in merged if not m.lacks_a_party()]


def _fold_news_that_retells(merged: list[_Merged], published: date | datetime | None) -> list[_Merged]:
    """News kept apart from a background event (`_Merged.dated_apart`) that
    is still undated and does not stand alone ("raising fears of a new wave
    of attacks" beside "the December 2014 assault") was the background told
    again: it takes that event back in, as merging would have. News that
    stands alone but repeats an event of its kind and sides the text dates
    in the news week (a headline naming the city, the lead the palace in
    it) is that event told again and joins it."""
    folded: set[int] = set()
    for news in merged:
        background = next((m for m in news.kept_apart if id(m) not in folded), None)
        if background is None or news.fact.date is not None:
            continue
        if not news.stands_alone(background):
            news.absorb(background)
            folded.add(id(background))
            continue
        told = next((m for m in merged if m is not news and id(m) not in folded and m.tells_the_same_news(news, published)), None)
        if told is not None:
            told.absorb(news)
            folded.add(id(news))
    return [m for m in merged if id(m) not in folded]


def _is_person(iri: str) -> bool:
    return iri.startswith(ID + "person/")


def sides(fact: EventFact) -> set[str]:
    return {iri for role in SIDE_ROLES for iri in fact.roles.get(role, ())}


def _same_sides(ours: set[str], theirs: set[str]) -> bool:
    actors = {i for i in ours if not _is_person(i)}, {i for i in theirs if not _is_person(i)}
    persons = {i for i in ours if _is_person(i)}, {i for i in theirs if _is_person(i)}
    return actors[0] == actors[1] and (not persons[0] or not persons[1] or persons[0] == persons[1])


def new_event_iri(fact: EventFact) -> str:
    return event_iri(fact.kind, sorted(sides(fact)), fact.date.value if fact.date else None, fact.modality)


_CANDIDATES = sparql_prefixes() + """  # bound variables must be projected (pyoxigraph)
SELECT ?class ?side ?event ?property ?value WHERE {
  ?event a ?class ; ckg:participant ?side ; ?property ?value .
  FILTER(?property IN (ckg:participant, ckg:requester, ckg:addressee, ckg:agent, ckg:organization,
                       ckg:mediator, ckg:date, ckg:endDate, ckg:datePrecision, ckg:modality))
}
"""


@dataclass
class _Stored:
    sides: set[str]
    mediators: set[str]
    values: dict[str, str]

    def date(self) -> DateValue | None:
        value = self.values.get("date")
        if value is None:
            return None
        precision = self.values.get("datePrecision") or {1: "year", 2: "month", 3: "day"}[len(value.split("-"))]
        return DateValue(value, precision, self.values.get("endDate"))  # type: ignore[arg-type]


def _stored_events(store: Store, fact: EventFact, side: str) -> dict[str, _Stored]:
    bindings = {"class": NamedNode(CKG + fact.kind), "side": NamedNode(side)}
    found: dict[str, _Stored] = {}
    for row in store.query(_CANDIDATES, bindings):
        event = found.setdefault(row["event"].value, _Stored(set(), set(), {}))
        name = row["property"].value.removeprefix(CKG)
        if name == "mediator":
            event.mediators.add(row["value"].value)
        elif name in SIDE_ROLES:
            event.sides.add(row["value"].value)
        else:
            event.values[name] = row["value"].value
    return found


def find_in_store(store: Store, fact: EventFact) -> str | None:
    """The IRI of the same event already stored from another document, if any."""
    ours = sides(fact)
    anchor = next((i for i in sorted(ours) if not _is_person(i)), None) or next(iter(sorted(ours)), None)
    if anchor is None:
        return None
    for iri, stored in sorted(_stored_events(store, fact, anchor).items()):
        theirs = stored.sides - stored.mediators
        if stored.values.get("modality", "asserted") != fact.modality:
            continue
        if _same_sides(ours - set(fact.roles.get("mediator", ())), theirs) and dating.compatible(stored.date(), fact.date):
            return iri
    return None


def link_events(events: list[EventFact], store: Store | None) -> None:
    """Give every event its IRI: the stored one for an event already known,
    else a new one. Two events of one document that merging kept apart keep
    two nodes even when class, sides and date agree (a strike on Sinjar and
    one on Erbil the same night): the IRI of the later one also hashes its
    places, then its rank (`_distinct_iri`)."""
    taken: set[str] = set()
    for fact in events:
        iri = (find_in_store(store, fact) if store is not None else None) or new_event_iri(fact)
        fact.iri = _distinct_iri(fact, iri, taken)
        taken.add(fact.iri)


def _distinct_iri(fact: EventFact, iri: str, taken: set[str]) -> str:
    """`iri`, or when another event of the document holds it, one keyed also on the event's places and rank."""
    date = fact.date.value if fact.date else None
    places = sorted(fact.roles.get("location", ()))
    rank = 0
    while iri in taken:
        rank += 1
        iri = event_iri(fact.kind, sorted(sides(fact)) + places + [str(rank)], date, fact.modality)
    return iri

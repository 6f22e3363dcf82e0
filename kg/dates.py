"""Dates in English and Indonesian text, resolved against the publication date.

The words (months, weekdays, times of day, relative phrases, the words that
make a bare number a year) live in kg/lang/<code>/dates.toml. Patterns are
tried from the most specific (a full date) to the least (a bare weekday); a
span claimed by one pattern is not read again by a later one. Expressions
that need the publication date ("Selasa", "in January", "last year") are
dropped when it is unknown. `resolve` falls back to dateparser for phrases
the patterns do not cover ("3 hari lalu", "two weeks ago").
"""
from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache

from kg.lexicon import available_languages, load_lexicon
from kg.model import DateValue
from kg.scanning import document_cache

YEAR = r"(?:1[89]\d\d|2[01]\d\d)"  # plausible years for news: 1800..2199
DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_AFTER_NUMBER = r"(?![\w%]|[.,]\d)"  # not glued to letters, not "2.000"
# Times with the zone abbreviation after them ("08:05 EAT"), UTC offsets.
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\b(?:\s*(?:[AaPp]\.?[Mm]\.?\s*)?[A-Z]{2,5}\b)?|[+-]\d{1,2}(?::?\d{2})?\b")
_FIELD_BAR = re.compile(r"\s[|¦•·/]\s")  # "By Staff Writer | Wednesday, 16 August 2023", "April 15, 2022 / 9:40 PM"
_SHORT_FIELD_WORDS = 6
# "MOSKOW, Selasa (10/11/2020) (Antara) - ", "MOSCOW/WASHINGTON, Sept 30 (Agency) - ": a place or two
# set apart by a slash, a comma, the dateline, a dash.
_LEAD = re.compile(r"[A-ZÀ-Þ][\w.'’-]*(?:(?:\s+|/)[A-ZÀ-Þ][\w.'’-]*){0,2},\s*(?P<dateline>[^\n]{6,80}?)\s+(?:-{1,2}|–|—)\s")
# "VOSTOCHNY, Rusia, 13 September 2023 (Agency) - ": the place's country before the date.
_LEAD_COUNTRY = re.compile(
    r"[A-ZÀ-Þ][\w.'’-]*(?:\s+[A-ZÀ-Þ][\w.'’-]*){0,2},\s*[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*){0,2},"
    r"\s*(?P<dateline>[^\n]{6,80}?)\s+(?:-{1,2}|–|—)\s")
# "Kompas Dunia - 05/08/2022, 10:15 WIB": an outlet's name and a dash before the date.
_OUTLET_NAME = re.compile(r"^\s*(?:[A-Z][\w.]*\s+){0,2}[A-Z][\w.]*\s+(?:-{1,2}|–|—)\s+")
_AGENCY = re.compile(r"\([^()\d]*\)")  # "(Antara)", "(Reuters)": no digits, unlike "(10/11/2020)"
_OUTLET = re.compile(r"\b[\w-]+(?:\.[a-z]{2,3}){1,2}\b", re.IGNORECASE)  # "Kompas.com - 14/09/2022"
# "© 2022 Asia Wire Service", "Copyright © 2023 Warta Dunia", "(c) 2010-2024 X": the page's year (the last one).
_COPYRIGHT = re.compile(rf"(?:©|\(c\)|\bcopyright\b)\s*(?:©\s*)?(?:{YEAR}\s*[-–]\s*)?(?P<year>{YEAR})\b", re.IGNORECASE)


@dataclass(frozen=True)
class DateMatch:
    start: int
    end: int
    text: str
    value: DateValue


@dataclass(frozen=True)
class _Found:
    """A date expression found in text, not yet resolved; `parts` are regex groups."""

    start: int
    end: int
    kind: str
    parts: dict[str, str | None]


def alternation(words: object) -> str:
    """A regex alternation of lexicon phrases, longest first; a space matches any whitespace."""
    ordered = sorted({str(w).lower() for w in words}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) or r"(?!x)x"


def _context(words: list[str]) -> str:
    """Context words followed by a space, or glued by a hyphen ("mid-2020")."""
    return rf"(?<!\w)(?:{alternation(words)})(?:(?<=-)|\s+)"


class _Lexicon:
    """One language's date words and the patterns built from them."""

    def __init__(self, table: dict, code: str) -> None:
        self.code = code
        phrases = table.get("phrases", {})
        self.months: dict[str, int] = table.get("months", {})
        self.weekdays: dict[str, int] = table.get("weekdays", {})
        self.relative: dict[str, dict[str, int]] = table.get("relative", {})
        self.offsets: dict = table.get("offsets", {})
        self.phrases = phrases
        self.day_first = phrases.get("numeric_order", "dmy") == "dmy"
        month = rf"(?P<month>{alternation(self.months)})(?:\.(?=\s*\d))?(?!\w)"  # "Sept. 13"
        weekday = rf"(?P<weekday>{alternation(self.weekdays)})(?!\w)"
        self.patterns = self._build(month, weekday)
        self.month_name = re.compile(month.replace("?P<month>", ""), re.IGNORECASE)
        self.listed_year = re.compile(
            rf"\s*(?:{alternation(self.words('list_joiners'))})\s*"
            rf"(?:(?P<decade>\d\d\d0)(?:{alternation(self.words('decade_suffixes'))})(?!\w)"
            rf"|(?P<year>{YEAR}){_AFTER_NUMBER})",
            re.IGNORECASE,
        )

    def words(self, key: str) -> list[str]:
        return list(self.phrases.get(key, []))

    def _build(self, month: str, weekday: str) -> list[tuple[str, re.Pattern[str]]]:
        p = self.words
        wd_lead = rf"(?:{weekday}\s*,?\s*)?"
        rng = rf"\s*(?:{alternation(p('range_joiners'))})\s*"
        listed = rf"(?:\s*,\s*{DAY}(?!\d))*"  # "2, 3 and 4 May": the days between the first and the last
        tod = rf"(?:\s+(?P<tod>{alternation(p('time_of_day'))})(?!\w))?"
        after = rf"(?:\s+(?:{alternation(p('weekday_after'))})(?!\w))?"
        season = rf"(?P<season>{alternation(p('seasons'))})\s+"
        decade = rf"(?P<decade>\d\d\d0)(?:{alternation(p('decade_suffixes'))})(?!\w)"
        year = rf"(?P<year>{YEAR}){_AFTER_NUMBER}"
        days = alternation(self.relative.get("days", {}))
        years = alternation(self.relative.get("years", {}))
        weeks = alternation(self.relative.get("weeks", {}))
        month_list = rf"{month}(?:\s*(?:{alternation(p('list_joiners'))})\s*{month.replace('?P<month>', '')})*"
        plain_weekday = weekday.replace("?P<weekday>", "")
        weekday_range = rf"{plain_weekday}{rng}{plain_weekday}\s*,?\s*"  # "Selasa dan Rabu", "Senin-Selasa"
        specs = [
            ("numeric_range", rf"(?P<expr>(?:{weekday_range}|{wd_lead})\(\s*(?P<a>\d{{1,2}})\s*[-–]\s*(?P<end>\d{{1,2}})"
                              rf"/(?P<b>\d{{1,2}})(?:/(?P<year>{YEAR}))?\s*\))"),
            ("numeric", rf"(?P<expr>{wd_lead}\(?\s*(?P<a>\d{{1,2}})[/.-](?P<b>\d{{1,2}})[/.-](?P<year>{YEAR})\s*\)?)(?!\d)"),
            ("numeric_short", rf"(?P<expr>(?:(?:{weekday}|{days})\s*,?\s*)?\(\s*(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})\s*\))"),
            ("iso", rf"(?<!\d)(?P<expr>(?P<year>{YEAR})-(?P<b>\d\d)-(?P<a>\d\d))(?!\d)"),
            ("day_range", rf"(?<!\d)(?P<expr>(?P<day>{DAY}){listed}{rng}(?P<end>{DAY})\s+{month}(?:,?\s+{year})?)"),
            ("day_range", rf"(?P<expr>{month}\s+(?P<day>{DAY}){listed}{rng}(?P<end>{DAY})(?!\d)(?:,?\s+{year})?)"),
            ("day", rf"(?P<expr>{wd_lead}(?<!\d)(?P<day>{DAY})(?:st|nd|rd|th)?\s+(?:of\s+)?{month}(?:,?\s+{year})?)"),
            ("day", rf"(?P<expr>{wd_lead}{month}\s+(?P<day>{DAY})(?:st|nd|rd|th)?(?!\d|[.,]\d)(?:,?\s+{year})?)"),
            ("month_year", rf"(?P<expr>{month}\s+(?:of\s+)?{year})"),
            ("month_relative_year", rf"(?P<expr>{month}\s+(?P<phrase>{years}))(?!\w)"),
            ("season_year", rf"(?P<expr>{season}(?:of\s+)?{year})"),
            ("months", rf"{_context(p('month_before'))}(?P<expr>{month_list})"),
            ("months", rf"(?<!\w)(?P<expr>{month_list})\s+(?:{alternation(p('month_after'))})(?!\w)"),
            ("year_range", rf"(?<![\w.,])(?P<expr>(?P<year>{YEAR})\s*[-–—]\s*(?P<end>{YEAR}|\d\d)){_AFTER_NUMBER}"),
            ("year_range", rf"{_context(p('range_openers'))}(?P<expr>(?P<year>{YEAR}){rng}(?P<end>{YEAR})){_AFTER_NUMBER}"),
            ("decade", rf"(?<![\w.,])(?P<expr>{decade})"),
            ("year", rf"{_context(p('year_before'))}(?P<expr>(?:{season})?(?<![\w.,]){year})"),
            ("weekday_of_week", rf"(?P<expr>{weekday}{tod}\s+(?:of\s+)?(?P<phrase>{weeks}))(?!\w)"),
            ("weekday", rf"(?P<before>{_context(p('weekday_before'))})?(?P<expr>{weekday}{after}{tod})"),
        ]
        if self.offsets.get("ago"):  # "dua pekan lalu" before "pekan lalu"
            specs.append(("ago", rf"(?<!\w)(?P<expr>{_offset_span(self.offsets, self.offsets['ago'], counted=True)})"))
        for kind in ("days", "weekends", "weeks", "months", "years"):  # "last weekend" before "last week"
            phrases = self.relative.get(kind, {})
            if phrases:
                specs.append((f"relative_{kind}", rf"(?<!\w)(?P<expr>(?P<phrase>{alternation(phrases)}))(?!\w)"))
        return [(kind, re.compile(rx, re.IGNORECASE)) for kind, rx in specs]


@cache
def _lexicon(language: str) -> _Lexicon:
    return _Lexicon(load_lexicon(language, "dates"), language)


def lexicon_languages(language: str) -> tuple[str, ...]:
    """The language itself when kg/lang has it, else every language there."""
    known = available_languages()
    return (language,) if language in known else known


@document_cache
def _scan(text: str, language: str) -> tuple[_Found, ...]:
    """Every date expression in `text`, earlier patterns first, without overlaps
    (cached for the document: a scan tries every date pattern, see kg.scanning)."""
    taken: list[_Found] = []
    for code in lexicon_languages(language):
        lexicon = _lexicon(code)
        for kind, pattern in lexicon.patterns:
            for found in _expand(kind, pattern, text, lexicon):
                if not any(found.start < t.end and t.start < found.end for t in taken):
                    taken.append(found)
    return tuple(sorted(taken, key=lambda f: f.start))


def _expand(kind: str, pattern: re.Pattern[str], text: str, lexicon: _Lexicon) -> Iterator[_Found]:
    for match in pattern.finditer(text):
        parts = match.groupdict()
        if not _names_capitalised(parts) or kind == "weekday" and not _weekday_allowed(match, lexicon):
            continue
        if kind == "ago" and not _span_count(parts, lexicon.offsets, lexicon.code) \
                and not _key_in(parts.get("count"), lexicon.offsets.get("vague", [])):
            continue  # "digelar pekan lalu" counts nothing: "pekan lalu" is last week; "beberapa tahun lalu" is no date
        if kind == "months":
            yield from _month_list(match, lexicon)
            continue
        yield _Found(match.start("expr"), match.end("expr"), kind, parts)
        if kind in ("decade", "year"):
            yield from _listed_years(text, match.end(), lexicon)


def _names_capitalised(parts: dict[str, str | None]) -> bool:
    """Month and weekday names are capitalised in both languages; "may" and
    "minggu" (week) in lowercase are ordinary words."""
    return all(not parts.get(name) or parts[name][0].isupper() for name in ("month", "weekday"))


def _weekday_allowed(match: re.Match[str], lexicon: _Lexicon) -> bool:
    """Ambiguous weekday names ("Minggu" = week) count only after a context
    word ("hari Minggu") or before a time of day ("Minggu pagi")."""
    name = match.group("weekday").lower()
    if name not in lexicon.words("ambiguous_weekdays"):
        return True
    return match.group("before") is not None or match.group("tod") is not None


def _month_list(match: re.Match[str], lexicon: _Lexicon) -> Iterator[_Found]:
    """Each month of "pada bulan Mei dan April" on its own."""
    offset = match.start("expr")
    for item in lexicon.month_name.finditer(match.group("expr")):
        if item.group()[0].isupper():
            yield _Found(offset + item.start(), offset + item.end(), "month", {"month": item.group()})


def _listed_years(text: str, end: int, lexicon: _Lexicon) -> Iterator[_Found]:
    """Years or decades listed after a year: "pada 1990-an dan 2020"."""
    while (match := lexicon.listed_year.match(text, end)) is not None:
        kind = "decade" if match.group("decade") else "year"
        yield _Found(match.start(kind), match.end(), kind, match.groupdict())
        end = match.end()


# --- resolution -------------------------------------------------------------


def _as_date(published: date | datetime | None) -> date | None:
    return published.date() if isinstance(published, datetime) else published


def _month_number(name: str | None, lexicon: _Lexicon) -> int | None:
    return lexicon.months.get(name.lower().rstrip(".")) if name else None


COMING_DAYS = 14  # a day told without its year this soon after publication is a coming one


def _recent_year(published: date | None, month: int, day: int = 1) -> int | None:
    """The year that puts month/day most recently on or before publication."""
    if published is None:
        return None
    return published.year if (month, day) <= (published.month, published.day) else published.year - 1


def _day_year(published: date | None, month: int | None, day: int) -> int | None:
    """The year of a day told without one: the most recent such day, unless
    that is nearly a year back and the day comes within COMING_DAYS after
    publication ("talks are to begin on March 10" read on 1 March, "agreed
    to meet again on 25 October" read on the 20th): no past event is told
    so, a coming one is."""
    year = month and _recent_year(published, month, day)
    if not year or published is None or year == published.year:
        return year
    try:
        coming = date(published.year, month, day)
    except ValueError:
        return year
    return published.year if (coming - published).days <= COMING_DAYS else year


def _day_value(year: int | None, month: int | None, day: int, end_day: int | None = None) -> DateValue | None:
    if year is None or month is None:
        return None
    try:
        start = date(year, month, day)
        end = date(year, month, end_day).isoformat() if end_day else None
    except ValueError:
        return None
    return DateValue(start.isoformat(), "day", end)


def _resolve_numeric(parts: dict, lexicon: _Lexicon, published: date | None) -> DateValue | None:
    a, b = int(parts["a"]), int(parts["b"])
    day, month = (a, b) if (lexicon.day_first and b <= 12) or a > 12 else (b, a)
    year = int(parts["year"]) if parts.get("year") else _day_year(published, month, day)
    return _day_value(year, month, day)


def _resolve_numeric_range(parts: dict, lexicon: _Lexicon, published: date | None) -> DateValue | None:
    """"Selasa dan Rabu (6-7/2/2024)", "Senin-Selasa (5-6/2)": the days of a
    month told day first, the way Indonesian news dates an event of two days
    or more; a lexicon that writes the month first has no such form."""
    if not lexicon.day_first:
        return None
    return _resolve_day({**parts, "day": parts["a"], "month": None}, lexicon, published, month=int(parts["b"]))


def _resolve_day(parts: dict, lexicon: _Lexicon, published: date | None, month: int | None = None) -> DateValue | None:
    month = month or _month_number(parts.get("month"), lexicon)
    day = int(parts["day"])
    end = int(parts["end"]) if parts.get("end") else None
    year = int(parts["year"]) if parts.get("year") else _day_year(published, month, day)
    if end is not None and end <= day:
        return None
    return _day_value(year, month, day, end)


def _resolve_month(parts: dict, lexicon: _Lexicon, published: date | None) -> DateValue | None:
    month = _month_number(parts.get("month"), lexicon)
    if month is None:
        return None
    year = int(parts["year"]) if parts.get("year") else _recent_year(published, month)
    return None if year is None else DateValue(f"{year:04d}-{month:02d}", "month")


def _resolve_month_relative_year(parts: dict, lexicon: _Lexicon, published: date | None) -> DateValue | None:
    month = _month_number(parts.get("month"), lexicon)
    if published is None or month is None:
        return None
    year = published.year + _relative_offset(parts, lexicon, "years")
    return DateValue(f"{year:04d}-{month:02d}", "month")


def _resolve_year(parts: dict, lexicon: _Lexicon, published: date | None) -> DateValue | None:
    return DateValue(parts["year"], "year")


def _resolve_year_range(parts: dict, lexicon: _Lexicon, published: date | None) -> DateValue | None:
    """"1998-2000", and "1950-53", "1992-95" with the century of the first
    year ("1999-01" with the next)."""
    start, end = parts["year"], parts["end"]
    if len(end) == 2:
        century = int(start[:2]) + (1 if start[2] == "9" and end[0] == "0" else 0)
        end = f"{century}{end}"
    return DateValue(start, "year", end) if end > start else None


def _resolve_decade(parts: dict, lexicon: _Lexicon, published: date | None) -> DateValue | None:
    first = int(parts["decade"])
    return DateValue(str(first), "decade", str(first + 9))


def _resolve_weekday(parts: dict, lexicon: _Lexicon, published: date | None) -> DateValue | None:
    if published is None:
        return None
    weekday = lexicon.weekdays[parts["weekday"].lower()]
    day = published - timedelta(days=(published.weekday() - weekday) % 7)
    return DateValue(day.isoformat(), "day")


def _resolve_weekday_of_week(parts: dict, lexicon: _Lexicon, published: date | None) -> DateValue | None:
    """"Selasa pekan lalu", "Tuesday last week": that weekday of that week."""
    if published is None:
        return None
    monday = _week_start(published, _relative_offset(parts, lexicon, "weeks"))
    return DateValue((monday + timedelta(days=lexicon.weekdays[parts["weekday"].lower()])).isoformat(), "day")


def _relative_offset(parts: dict, lexicon: _Lexicon, kind: str) -> int:
    phrase = re.sub(r"\s+", " ", parts["phrase"].lower())
    return lexicon.relative[kind][phrase]


def _resolve_relative_days(parts: dict, lexicon: _Lexicon, published: date | None) -> DateValue | None:
    if published is None:
        return None
    day = published + timedelta(days=_relative_offset(parts, lexicon, "days"))
    return DateValue(day.isoformat(), "day")


def _week_start(published: date, offset: int) -> date:
    """The Monday of the week `offset` weeks from the publication's."""
    return published - timedelta(days=published.weekday()) + timedelta(weeks=offset)


def _resolve_relative_weeks(parts: dict, lexicon: _Lexicon, published: date | None) -> DateValue | None:
    """"last week", "pekan lalu": Monday to Sunday of that week; "this week",
    "pekan ini" up to the publication day, whose news it tells."""
    if published is None:
        return None
    offset = _relative_offset(parts, lexicon, "weeks")
    monday = _week_start(published, offset)
    last = monday + timedelta(days=6)
    last = min(last, published) if offset == 0 else last
    return DateValue(monday.isoformat(), "day", last.isoformat() if last > monday else None)


def _resolve_relative_weekends(parts: dict, lexicon: _Lexicon, published: date | None) -> DateValue | None:
    """"last weekend", "akhir pekan lalu": Saturday and Sunday of that week."""
    if published is None:
        return None
    saturday = _week_start(published, _relative_offset(parts, lexicon, "weekends")) + timedelta(days=5)
    return DateValue(saturday.isoformat(), "day", (saturday + timedelta(days=1)).isoformat())


def _resolve_relative_months(parts: dict, lexicon: _Lexicon, published: date | None) -> DateValue | None:
    if published is None:
        return None
    index = published.year * 12 + published.month - 1 + _relative_offset(parts, lexicon, "months")
    return DateValue(f"{index // 12:04d}-{index % 12 + 1:02d}", "month")


def _resolve_relative_years(parts: dict, lexicon: _Lexicon, published: date | None) -> DateValue | None:
    if published is None:
        return None
    return DateValue(str(published.year + _relative_offset(parts, lexicon, "years")), "year")


def _resolve_ago(parts: dict, lexicon: _Lexicon, published: date | None) -> DateValue | None:
    """"three days ago" is a day, "two months ago" a month, "dua tahun lalu" a year."""
    unit, size = _offset_unit(lexicon.offsets, parts.get("unit") or parts.get("whole") or "")
    count = _span_count(parts, lexicon.offsets, lexicon.code)
    if published is None or not count:
        return None
    if unit == "days":
        return DateValue((published - timedelta(days=count * size)).isoformat(), "day")
    if size % 12 == 0:
        return DateValue(str(published.year - count * size // 12), "year")
    index = published.year * 12 + published.month - 1 - count * size
    return DateValue(f"{index // 12:04d}-{index % 12 + 1:02d}", "month")


_Resolver = Callable[[dict, _Lexicon, date | None], DateValue | None]
_RESOLVERS: dict[str, _Resolver] = {
    "numeric": _resolve_numeric,
    "numeric_range": _resolve_numeric_range,
    "numeric_short": _resolve_numeric,
    "iso": _resolve_numeric,
    "day_range": _resolve_day,
    "day": _resolve_day,
    "month_year": _resolve_month,
    "month": _resolve_month,
    "month_relative_year": _resolve_month_relative_year,
    "season_year": _resolve_year,
    "year": _resolve_year,
    "year_range": _resolve_year_range,
    "decade": _resolve_decade,
    "weekday": _resolve_weekday,
    "weekday_of_week": _resolve_weekday_of_week,
    "relative_days": _resolve_relative_days,
    "ago": _resolve_ago,
    "relative_weeks": _resolve_relative_weeks,
    "relative_weekends": _resolve_relative_weekends,
    "relative_months": _resolve_relative_months,
    "relative_years": _resolve_relative_years,
}


# --- public API -------------------------------------------------------------


def find_dates(text: str, published: date | datetime | None, language: str) -> list[DateMatch]:
    """Date expressions in `text` with values; offsets are relative to `text`."""
    day = _as_date(published)
    matches = []
    for code in lexicon_languages(language):
        lexicon = _lexicon(code)
        for found in _scan(text, code):
            value = _RESOLVERS[found.kind](found.parts, lexicon, day)
            if value is not None and day is not None and _planned(text, found.start, lexicon):
                value = _ahead(found, value, lexicon, day)
            if value is not None:
                matches.append(DateMatch(found.start, found.end, text[found.start:found.end], value))
        if matches:
            break
    return matches


_PLANNED_REACH = 8  # words: "will take effect at midnight on August 4"
_YEARLESS = ("numeric", "numeric_range", "numeric_short", "day", "day_range", "month")


def _planned(text: str, start: int, lexicon: _Lexicon) -> bool:
    """A future cue (dates.toml phrases.planned) shortly before the date in
    its clause: "a ceasefire that will take effect on August 4"."""
    cues = lexicon.phrases.get("planned", [])
    before = text[:start]
    cut = max(before.rfind(mark) for mark in ",.;:")
    clause = before[cut + 1:]
    found = list(re.finditer(rf"(?<!\w)(?:{alternation(cues)})(?!\w)", clause, re.IGNORECASE)) if cues else []
    return bool(found) and len(clause[found[-1].end():].split()) <= _PLANNED_REACH


def _ahead(found: _Found, value: DateValue, lexicon: _Lexicon, published: date) -> DateValue | None:
    """A planned date told without its year is the next such day, month or
    weekday on or after publication, not the last one before it."""
    if value.value >= published.isoformat()[:len(value.value)]:
        return value
    if found.kind == "weekday":
        return DateValue((date.fromisoformat(value.value) + timedelta(days=7)).isoformat(), "day")
    if found.kind not in _YEARLESS or found.parts.get("year"):
        return value
    return _RESOLVERS[found.kind]({**found.parts, "year": str(int(value.value[:4]) + 1)}, lexicon, published)


@dataclass(frozen=True)
class Offset:
    """"three months after", "sehari sebelum": how far the event of the
    clause that follows lies from the date of the clause it hangs on.
    `amount` is signed: "after" looks back (-3 months), "before" ahead;
    None when the span is not exact ("nearly a year after", "days after").
    `about` is the signed amount such a span most likely means ("a few
    months after" about -3 months, "nearly a year after" about -12): it
    dates the event only at a coarser precision."""

    start: int
    end: int
    unit: str  # "days" or "months" (kg.events.dating.shift)
    amount: int | None
    about: int | None = None


VAGUE_COUNT = 3  # "a few", "several", "beberapa": about three


def find_offsets(text: str, language: str) -> list[Offset]:
    """Spans of time before "after"/"before" words (dates.toml [offsets])."""
    found: list[Offset] = []
    for code in lexicon_languages(language):
        table = _lexicon(code).offsets
        if not table:
            continue
        for match in _offset_pattern(code).finditer(text):
            unit, size = _offset_unit(table, match.group("unit") or match.group("whole"))
            count = _span_count(match.groupdict(), table, code)
            hedged = re.search(rf"(?<!\w)(?:{alternation(table.get('hedges', []))})\s*$", text[:match.start()], re.IGNORECASE)
            sign = -1 if _key_in(match.group("direction"), table.get("after", [])) else 1
            about = sign * (count or VAGUE_COUNT) * size
            amount = about if count and not hedged else None
            found.append(Offset(match.start(), match.end(), unit, amount, about))
    return found


def find_shifts(text: str, language: str) -> list[Offset]:
    """"four days later", "two weeks earlier", "sepuluh hari kemudian":
    a span of time that moves a sentence from the time told before it
    (dates.toml offsets.later / offsets.earlier), so any count is read, not
    only the ones listed in words discourse.shift. `amount` is signed (later
    ahead) and None for a hedged or vague span ("about two weeks later",
    "days later")."""
    found: list[Offset] = []
    for table, match, unit, size, count in _counted_spans(text, language, "later", _shift_pattern):
        hedged = re.search(rf"(?<!\w)(?:{alternation(table.get('hedges', []))})\s*$", text[:match.start()], re.IGNORECASE)
        sign = 1 if _key_in(match.group("direction"), table["later"]) else -1
        about = sign * (count or VAGUE_COUNT) * size
        found.append(Offset(match.start(), match.end(), unit, about if count and not hedged else None, about))
    return found


def find_running_spans(text: str, language: str) -> list[Offset]:
    """"for a year", "for the past two months", "selama setahun": how long
    an event has been going on up to the publication day (dates.toml
    offsets.running); `about` is the signed span back to its start, `amount`
    None: such spans are round figures."""
    return [Offset(match.start(), match.end(), unit, None, -count * size)
            for _, match, unit, size, count in _counted_spans(text, language, "running", _running_pattern) if count]


def _counted_spans(text: str, language: str, kind: str, pattern: Callable[[str], re.Pattern[str]]
                   ) -> Iterator[tuple[dict, re.Match[str], str, int, int | None]]:
    """(offsets table, match, unit, days per unit, count or None) of each span of time of one
    kind (dates.toml offsets.<kind>) written in `text`, in every lexicon of the language."""
    for code in lexicon_languages(language):
        table = _lexicon(code).offsets
        if not table.get(kind):
            continue
        for match in pattern(code).finditer(text):
            unit, size = _offset_unit(table, match.group("unit") or match.group("whole"))
            yield table, match, unit, size, _span_count(match.groupdict(), table, code)


_SPAN_WINDOW = 60  # characters before an event noun where its span of time may start


def only_time(text: str, language: str) -> bool:
    """"Before dawn on 1 March", "Sebelum fajar pada 1 Maret": a phrase that
    names a date and otherwise only words of a time of day (dates.toml
    time_phrase), no event of its own."""
    return _a_date_and_only(text, language, "time_phrase")


def only_a_date(text: str, language: str) -> bool:
    """"since early December", "sejak akhir 2021": a phrase that names a
    date and otherwise only words that stand before dates (dates.toml
    month_before: "since", "early", "late", "sejak", "awal", "akhir")."""
    return _a_date_and_only(text, language, "month_before")


def _a_date_and_only(text: str, language: str, word_list: str) -> bool:
    """The text names a date and, besides it, only words of the dates.toml list `word_list`."""
    dates = [m for code in lexicon_languages(language) for m in _scan(text, code)]
    rest = text
    for found in sorted(dates, key=lambda f: f.start, reverse=True):
        rest = rest[:found.start] + " " + rest[found.end:]
    words = [w for code in lexicon_languages(language) for w in _lexicon(code).words(word_list)]
    if not dates or not words:
        return False
    return not re.search(r"\w", re.sub(rf"(?<!\w)(?:{alternation(words)})(?!\w)", " ", rest, flags=re.IGNORECASE))


def span_before(text: str, end: int, language: str) -> Offset | None:
    """"after four days of talks", "ended 16 years of war", "setelah sepekan
    perundingan": the counted span of time that ends right before `end`
    (only a linking word between, dates.toml offsets.linkers), which tells
    how long the event named at `end` lasted. `about` is the signed span
    back to its start; `amount` is None when the span is hedged ("nearly
    four years of"); None for an uncounted span ("years of war", "beberapa
    hari pertempuran")."""
    window = max(0, end - _SPAN_WINDOW)
    for code in lexicon_languages(language):
        table = _lexicon(code).offsets
        match = _span_before_pattern(code).search(text[window:end]) if table else None
        count = _span_count(match.groupdict(), table, code) if match else None
        if match is None or not count:
            continue
        unit, size = _offset_unit(table, match.group("unit") or match.group("whole"))
        start = window + match.start()
        hedged = re.search(rf"(?<!\w)(?:{alternation(table.get('hedges', []))})\s*$", text[:start], re.IGNORECASE)
        return Offset(start, end, unit, None if hedged else -count * size, -count * size)
    return None


@cache
def _span_before_pattern(language: str) -> re.Pattern[str]:
    table = _lexicon(language).offsets
    linkers = rf"(?:\s+(?:{alternation(table['linkers'])}))?" if table.get("linkers") else ""
    return re.compile(rf"(?<!\w){_offset_span(table, [])}{linkers}\s*$", re.IGNORECASE)


@cache
def _running_pattern(language: str) -> re.Pattern[str]:
    table = _lexicon(language).offsets
    span = _offset_span(table, [])
    return re.compile(rf"(?<!\w)(?:{alternation(table['running'])})\s+{span}", re.IGNORECASE)


def _key_in(phrase: str | None, words: list[str]) -> bool:
    return phrase is not None and re.sub(r"\s+", " ", phrase.lower()) in {w.lower() for w in words}


def _offset_unit(table: dict, word: str) -> tuple[str, int]:
    key = word.lower()
    for group in ("units", "whole"):
        for unit, sizes in table.get(group, {}).items():
            if key in sizes:
                return unit, sizes[key]
    raise KeyError(word)


@cache
def _offset_pattern(language: str) -> re.Pattern[str]:
    table = _lexicon(language).offsets
    return re.compile(rf"(?<!\w){_offset_span(table, [*table.get('after', []), *table.get('before', [])])}", re.IGNORECASE)


@cache
def _shift_pattern(language: str) -> re.Pattern[str]:
    table = _lexicon(language).offsets
    return re.compile(rf"(?<!\w){_offset_span(table, [*table['later'], *table.get('earlier', [])])}", re.IGNORECASE)


def _offset_span(table: dict, directions: list[str], counted: bool = False) -> str:
    """A span of time and the word after it: "three months after", "sehari setelah", "dua tahun lalu";
    `counted` spans need a count ("tahun lalu" alone is last year, no span)."""
    units = alternation([w for group in table.get("units", {}).values() for w in group])
    whole = alternation([w for group in table.get("whole", {}).values() for w in group])
    count = rf"(?:(?P<count>\d+|[^\W\d_]+(?:-[^\W\d_]+)?)\s+){'' if counted else '?'}(?P<unit>{units})"
    if not directions:  # "for a year", "selama dua tahun": no direction word after the span
        return rf"(?:{count}|(?P<whole>{whole}))(?!\w)"
    return rf"(?:{count}|(?P<whole>{whole}))\s+(?P<direction>{alternation(directions)})(?!\w)"


def _span_count(parts: dict, table: dict, language: str) -> int | None:
    """How many units a span counts: "three", "a", "se-" words; None for "many", "a few"."""
    from kg.numbers import parse_number  # kg.numbers reads date spans from this module

    if parts.get("whole") or _key_in(parts.get("count"), table.get("one", [])):
        return 1
    if _key_in(parts.get("count"), table.get("vague", [])):
        return None
    return parse_number(parts.get("count") or "", language)


def date_spans(text: str, language: str) -> list[tuple[int, int]]:
    """Spans of date expressions whether or not they can be resolved (for kg.numbers)."""
    return [(f.start, f.end) for code in lexicon_languages(language) for f in _scan(text, code)]


def resolve(expression: str, published: date | datetime | None, language: str) -> DateValue | None:
    """The first date `expression` names, or dateparser's reading of it, or None."""
    matches = find_dates(expression, published, language)
    if matches:
        return matches[0].value
    return _dateparser_value(expression, _as_date(published), language)


def _dateparser_value(expression: str, published: date | None, language: str) -> DateValue | None:
    from dateparser.date import DateDataParser

    settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if published is not None:
        settings["RELATIVE_BASE"] = datetime(published.year, published.month, published.day)
    parser = DateDataParser(languages=lexicon_languages(language), settings=settings)
    data = parser.get_date_data(expression)
    if data.date_obj is None:
        return None
    found = data.date_obj.date()
    period = data.period or "day"
    if period == "year":
        return DateValue(f"{found.year:04d}", "year")
    if period == "month":
        return DateValue(f"{found.year:04d}-{found.month:02d}", "month")
    return DateValue(found.isoformat(), "day")


DATELINE_MAX_WORDS = 30  # the longest dateline in the gold sets has 12 words


def dateline_date(line: str) -> date | None:
    """The date of a dateline such as "Rabu, 14 September 2022 - 01:44 WIB":
    a line that holds one full date and otherwise only times, zones, an
    outlet's domain name and dateline words ("Published", "Diperbarui").
    A line of fields set apart by bars ("By Staff Writer | Wednesday, 16
    August 2023, 11:20") is a dateline when one field is and the others are
    short (a byline, a time, an outlet); the dated field itself may be as
    long as its words allow ("Published Thursday, 22 November 2012, 08:30
    GMT"), since it holds nothing else. An outlet's name and a dash may
    open it ("Kompas Dunia - 05/08/2022, 10:15 WIB"). A line longer than
    DATELINE_MAX_WORDS is prose and is not scanned (every block and sentence
    of a page is asked)."""
    if len(line.split()) > DATELINE_MAX_WORDS:
        return None
    line = _OUTLET_NAME.sub("", line)
    fields = [f for f in _FIELD_BAR.split(line) if f.strip()]
    dated = [(f, d) for f in fields if (d := _single_dateline(f)) is not None] if len(fields) > 1 else []
    undated = [f for f in fields if f not in {field for field, _ in dated}]
    if dated and all(len(f.split()) <= _SHORT_FIELD_WORDS for f in undated):
        if len(dated) > 1 and all(_tells_an_update(f) for f, _ in dated[1:]):
            dated = dated[:1]  # "Published: 25 Feb | Updated: 26 Feb": the first is the day of issue
        return dated[0][1] if len(dated) == 1 else None
    return _single_dateline(line)


def _tells_an_update(field: str) -> bool:
    words = [w for code in available_languages() for w in _lexicon(code).words("update_words")]
    return bool(re.search(rf"(?<!\w)(?:{alternation(words)})(?!\w)", field, re.IGNORECASE)) if words else False


def lead_dateline(paragraph: str, year: int | None = None) -> DateMatch | None:
    """The dateline lead opening a first paragraph, "MOSKOW, Selasa
    (10/11/2020) (Antara) - Armenia dan ...": a place in capitals, a comma,
    one full date and agencies in brackets, then a dash. The match spans
    the lead up to the dash; its value is the date. A wire lead gives the
    day without its year ("NEW DELHI, Dec 13 (Agency) - "): with `year`
    (the page's, copyright_year) it is that day of that year."""
    within = date(year, 12, 31) if year else None
    for lead in (_LEAD, _LEAD_COUNTRY):
        match = lead.match(paragraph)
        day = _single_dateline(_AGENCY.sub(" ", match.group("dateline")), within) if match else None
        if match is not None and day is not None:
            return DateMatch(0, match.end(), match.group(), DateValue(day.isoformat(), "day"))
    return None


def copyright_year(lines: list[str]) -> int | None:
    """The year of the page's copyright line ("© 2022 Asia Wire Service"):
    the year a page printed without one in its dateline came out."""
    found = (_COPYRIGHT.search(line) for line in lines)
    return next((int(match.group("year")) for match in found if match), None)


_LEAP_YEAR = 2000  # reads a yearless dateline's month and day, 29 February too
_YEARS_TRIED = 28  # a calendar day falls on every weekday within this many years


def year_of_the_lead_weekday(paragraph: str, text: str) -> int | None:
    """The year of a wire dateline without one on a page that prints none
    ("MOSCOW, March 6 (Wire) - A ceasefire took effect at midnight, hours
    after the leaders agreed on it at talks on Thursday"): wire copy is filed
    the day after the news it leads with, so the first weekday the page tells
    after the dateline is the day before it, and the year is the first after
    the latest year the page names in which that day is that weekday (the
    news is newer than any year it recalls). None without a yearless
    dateline, a weekday or a year named."""
    lead = lead_dateline(paragraph, _LEAP_YEAR)
    if lead is None:
        return None
    filed = date.fromisoformat(lead.value.value)
    weekday = _first_weekday(text[text.find(paragraph) + lead.end:] if paragraph in text else paragraph[lead.end:])
    latest = max((int((m.value.end or m.value.value)[:4]) for code in available_languages() for m in find_dates(text, None, code)),
                 default=None)
    if weekday is None or latest is None:
        return None
    for year in range(latest + 1, latest + 1 + _YEARS_TRIED):
        if _valid_day(year, filed.month, filed.day) and (
                date(year, filed.month, filed.day) - timedelta(days=1)).weekday() == weekday:
            return year
    return None


def _first_weekday(text: str) -> int | None:
    """The number (Monday = 0) of the first weekday named in `text`, in any language."""
    told = [(found.start, _lexicon(code).weekdays[found.parts["weekday"].lower()])
            for code in available_languages() for found in _scan(text, code) if found.parts.get("weekday")]
    return min(told)[1] if told else None


def _valid_day(year: int, month: int, day: int) -> bool:
    return day <= calendar.monthrange(year, month)[1]


_CALENDAR_DAYS = ("day", "numeric", "numeric_short")  # a day told by its month and number ("March 13", "24/11")


def _single_dateline(line: str, within: date | None = None) -> date | None:
    """The one day a dateline tells. With `within`, a calendar day without
    its year ("March 13") is read as the latest such day up to it; a weekday
    or "yesterday" needs the day of print, which `within` is not."""
    for code in available_languages():
        lexicon = _lexicon(code)
        calendar_days = {f.start for f in _scan(line, code) if f.kind in _CALENDAR_DAYS}
        days = [m for m in find_dates(line, within, code) if m.value.precision == "day" and not m.value.end
                and (within is None or m.start in calendar_days)]
        if len(days) != 1:
            continue
        rest = line[: days[0].start] + " " + line[days[0].end :]
        rest = _OUTLET.sub(" ", _TIME.sub(" ", rest))
        noise = lexicon.words("time_zones") + lexicon.words("dateline_words")
        rest = re.sub(rf"(?<!\w)(?:{alternation(noise)})(?!\w)", " ", rest, flags=re.IGNORECASE)
        if not re.search(r"\w", rest):
            return date.fromisoformat(days[0].value.value)
    return None

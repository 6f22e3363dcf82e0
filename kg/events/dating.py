"""Date intervals: when two event dates may be the same event, and how to join them.

A date is read as the interval it covers (a day, a month, a year, a
decade). Two dates are compatible when their intervals, widened by the
tolerance, overlap: day dates within ±2 days, a month with any day of it, a
year with any month or day in it. No date is compatible with any date.
"""
from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta

from kg.model import DateValue

DAY_TOLERANCE = timedelta(days=2)
# A date borrowed from the governing clause ("on Monday X agreed to a truce
# after days of fighting") only bounds the event: it may lie a week earlier.
BORROWED_TOLERANCE = timedelta(days=7)
_RANK = {"day": 0, "month": 1, "year": 2, "decade": 3}
_SPANNED = ("day", "month")  # "on 12 and 13 September", "in April and May"
_MAX_SPAN_DAYS = 366


def _first(value: str) -> date:
    parts = [int(p) for p in value.split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def _last(value: str) -> date:
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return date(*parts)
    if len(parts) == 2:
        return date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
    return date(parts[0], 12, 31)


def interval(value: DateValue) -> tuple[date, date]:
    return _first(value.value), _last(value.end or value.value)


def compatible(a: DateValue | None, b: DateValue | None, tolerance: timedelta = DAY_TOLERANCE) -> bool:
    if a is None or b is None:
        return True
    (a_start, a_end), (b_start, b_end) = interval(a), interval(b)
    slack = tolerance if a.precision == b.precision == "day" else timedelta(0)
    return a_start <= b_end + slack and b_start <= a_end + slack


def join(a: DateValue | None, b: DateValue | None) -> DateValue | None:
    """The date of a merged event: the coarser date when one contains the
    other ("1991" within "the 1990s"), the span of two days otherwise."""
    if a is None or b is None:
        return a or b
    if _RANK[a.precision] != _RANK[b.precision]:
        return a if _RANK[a.precision] > _RANK[b.precision] else b
    if a.precision != "day":
        return a
    start = min(interval(a)[0], interval(b)[0])
    end = max(interval(a)[1], interval(b)[1])
    return DateValue(start.isoformat(), "day", end.isoformat() if end != start else None)


def finest_within(value: DateValue | None, told: list[DateValue]) -> DateValue | None:
    """The most precise date told of a merged event that lies inside its
    coarser date: "after Iran's missile attack earlier this month" and "Iran
    fired missiles at Israel on October 1" tell one attack on 1 October, and
    "sejak akhir Agustus" beside "pada 25 Agustus" one operation begun on the
    25th. Merging keeps the coarser date so that every day of the month can
    still join (`join`); the event is then dated by the earliest of its finest
    days. A decade stays a decade (the war of the 1990s is not its year 1991)."""
    if value is None or value.end or value.precision not in ("month", "year"):
        return value
    first, last = interval(value)
    inside = [t for t in told if _RANK[t.precision] < _RANK[value.precision]
              and first <= interval(t)[0] and interval(t)[1] <= last]
    if not inside:
        return value
    finest = min(_RANK[t.precision] for t in inside)
    return min((t for t in inside if _RANK[t.precision] == finest), key=lambda t: interval(t)[0])


def span(values: list[DateValue]) -> DateValue | None:
    """Several dates of one precision within a year as one span; None otherwise."""
    if len(values) < 2 or len({v.precision for v in values}) > 1 or values[0].precision not in _SPANNED:
        return None
    first = min(values, key=lambda v: interval(v)[0])
    last = max(values, key=lambda v: interval(v)[1])
    if (interval(last)[1] - interval(first)[0]).days > _MAX_SPAN_DAYS:
        return None
    return DateValue(first.value, first.precision, last.end or last.value)


def shift(anchor: DateValue, unit: str, offset: int) -> DateValue | None:
    """`anchor` moved by `offset` days or months: a day shifted by days stays
    a day, by months it becomes that month; a month moves only by months.
    None when the anchor is too coarse ("two days after" a month)."""
    start = _first(anchor.value)
    if unit == "days" and anchor.precision == "day":
        return DateValue((start + timedelta(days=offset)).isoformat(), "day")
    if unit == "months" and anchor.precision in ("day", "month"):
        month = start.year * 12 + start.month - 1 + offset
        return DateValue(f"{month // 12:04d}-{month % 12 + 1:02d}", "month")
    return None


# The longest span that still leaves an event within the reach of a coarse
# anchor: "in March, days after" (a month and some days), "in 2019, months after".
_WITHIN_ANCHOR = {("month", "days"): 31, ("year", "days"): 366, ("year", "months"): 12}


def within(anchor: DateValue, unit: str, offset: int) -> DateValue | None:
    """The date of an event told a short span from an anchor too coarse to
    shift by it: "revoked the pact in March, days after a visit" puts the
    visit in March, "sehari setelah ... pada Maret" too; the anchor's own
    precision is all the text supports. None when the span is as long as the
    anchor or longer, or the anchor is finer than the span."""
    reach = _WITHIN_ANCHOR.get((anchor.precision, unit))
    if reach is None or anchor.end or abs(offset) >= reach:
        return None
    return anchor


def coarser(value: DateValue) -> DateValue:
    """The month of a day, the year of a month; a year stays a year."""
    if value.precision == "day" and not value.end:
        return DateValue(value.value[:7], "month")
    if value.precision == "month" and not value.end:
        return DateValue(value.value[:4], "year")
    return value


def publication_day(published: date | datetime | None) -> DateValue | None:
    if published is None:
        return None
    day = published.date() if isinstance(published, datetime) else published
    return DateValue(day.isoformat(), "day")


NEWS_WEEK = timedelta(days=7)


def news_day(value: DateValue, published: date | datetime | None) -> bool:
    """A single day in the week up to the publication day: the day the news
    is about, which journalists tell at the end of a sentence whatever
    clause comes last ("... boarded a boat that carried supplies to the
    shoal on Monday")."""
    day = publication_day(published)
    if day is None or value.precision != "day" or value.end:
        return False
    return timedelta(0) <= interval(day)[0] - interval(value)[0] <= NEWS_WEEK

"""kg.dates: date expressions in both languages, resolved against the publication date."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from kg.dates import date_spans, dateline_date, find_dates, find_running_spans, only_a_date, resolve
from kg.model import DateValue

WEDNESDAY = date(2022, 9, 14)  # the seed's publication day


def day(iso: str, end: str | None = None) -> DateValue:
    return DateValue(iso, "day", end)


@pytest.mark.parametrize(
    ("expression", "language", "expected"),
    [
        ("Selasa (13/9/2022)", "id", day("2022-09-13")),
        ("13/9/2022", "id", day("2022-09-13")),
        ("Selasa (13/9)", "id", day("2022-09-13")),
        ("14 September 2022", "id", day("2022-09-14")),
        ("14 September 2022", "en", day("2022-09-14")),
        ("September 13, 2022", "en", day("2022-09-13")),
        ("Sept. 13, 2022", "en", day("2022-09-13")),
        ("on the 13th of September 2022", "en", day("2022-09-13")),
        ("Tuesday 13th September", "en", day("2022-09-13")),
        ("2022-09-13", "en", day("2022-09-13")),
        ("13 Agustus", "id", day("2022-08-13")),
        ("20 Desember", "id", day("2021-12-20")),  # no year: the last one before publication
        ("Senin tengah malam", "id", day("2022-09-12")),
        ("Selasa pagi", "id", day("2022-09-13")),
        ("Monday night", "en", day("2022-09-12")),
        ("early Tuesday morning", "en", day("2022-09-13")),
        ("on Tuesday", "en", day("2022-09-13")),
        ("hari Selasa", "id", day("2022-09-13")),
        ("Selasa lalu", "id", day("2022-09-13")),
        ("last Tuesday", "en", day("2022-09-13")),
        ("on Wednesday", "en", day("2022-09-14")),  # on or before publication
        ("pada hari Minggu", "id", day("2022-09-11")),
        ("yesterday", "en", day("2022-09-13")),
        ("kemarin", "id", day("2022-09-13")),
        ("12-13 September 2022", "id", day("2022-09-12", "2022-09-13")),
        ("12 dan 13 September", "id", day("2022-09-12", "2022-09-13")),
        ("September 12-13", "en", day("2022-09-12", "2022-09-13")),
        ("September 2022", "en", DateValue("2022-09", "month")),
        ("in January", "en", DateValue("2022-01", "month")),
        ("pada bulan Desember", "id", DateValue("2021-12", "month")),
        ("last month", "en", DateValue("2022-08", "month")),
        ("pada 1990-an", "id", DateValue("1990", "decade", "1999")),
        ("in the 1990s", "en", DateValue("1990", "decade", "1999")),
        ("tahun 2020", "id", DateValue("2020", "year")),
        ("pada musim gugur 2020", "id", DateValue("2020", "year")),
        ("in the autumn of 2020", "en", DateValue("2020", "year")),
        ("in 2020", "en", DateValue("2020", "year")),
        ("since 2014", "en", DateValue("2014", "year")),
        ("in mid-2021", "en", DateValue("2021", "year")),
        ("last year", "en", DateValue("2021", "year")),
        ("tahun lalu", "id", DateValue("2021", "year")),
        ("Mei lalu", "id", DateValue("2022-05", "month")),
        ("Mei tahun lalu", "id", DateValue("2021-05", "month")),
        ("in May last year", "en", DateValue("2021-05", "month")),
        ("Minggu pagi", "id", day("2022-09-11")),
        ("kemarin (9/2)", "id", day("2022-02-09")),
        ("periode 2009 - 2014", "id", DateValue("2009", "year", "2014")),
        ("from 1945-1949", "en", DateValue("1945", "year", "1949")),
        ("3 hari lalu", "id", day("2022-09-11")),  # dateparser fallback
        ("two weeks ago", "en", day("2022-08-31")),
    ],
)
def test_resolve(expression, language, expected):
    assert resolve(expression, WEDNESDAY, language) == expected


def test_month_list_gives_one_match_per_month():
    text = "pembicaraan di Brussel pada bulan Mei dan April"
    matches = find_dates(text, WEDNESDAY, "id")
    assert [(m.text, m.value) for m in matches] == [
        ("Mei", DateValue("2022-05", "month")),
        ("April", DateValue("2022-04", "month")),
    ]
    assert all(text[m.start:m.end] == m.text for m in matches)


def test_years_listed_after_a_decade_are_years():
    text = "telah berperang dua kali—pada 1990-an dan 2020—atas wilayah itu"
    assert [(m.text, m.value.precision) for m in find_dates(text, WEDNESDAY, "id")] == [
        ("1990-an", "decade"), ("2020", "year"),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("sekitar 2.000 penjaga perdamaian", "id"),
        ("2000 soldiers were deployed", "en"),
        ("Pertempuran enam minggu", "id"),  # minggu = week
        ("the minister may 5 times", "en"),  # may in lowercase is a verb
        ("a MiG-2020 prototype", "en"),
        ("rendering in 0.0780 seconds", "en"),
    ],
)
def test_numbers_and_common_words_are_not_dates(text, language):
    assert find_dates(text, WEDNESDAY, language) == []


def test_relative_dates_need_a_publication_date_but_absolute_ones_do_not():
    text = "Pada Selasa (13/9/2022) dan Senin malam, serta tahun lalu"
    assert [m.text for m in find_dates(text, None, "id")] == ["Selasa (13/9/2022)"]
    assert [m.text for m in find_dates(text, WEDNESDAY, "id")] == ["Selasa (13/9/2022)", "Senin malam", "tahun lalu"]


def test_date_spans_include_unresolvable_expressions():
    assert date_spans("serangan Senin malam", "id") == [(9, 20)]


def test_datetime_publication_is_accepted():
    assert resolve("Selasa", datetime(2022, 9, 14, 1, 44), "id") == day("2022-09-13")


def test_unknown_language_uses_all_lexicons():
    assert resolve("14 September 2022", None, "und") == day("2022-09-14")


def test_seed_dates_in_context():
    text = "Armenia, pada Selasa (13/9/2022), meminta bantuan. Baku tembak dimulai Senin tengah malam waktu setempat."
    assert [(m.text, m.value.value) for m in find_dates(text, WEDNESDAY, "id")] == [
        ("Selasa (13/9/2022)", "2022-09-13"), ("Senin tengah malam", "2022-09-12"),
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Rabu, 14 September 2022 - 01:44 WIB", date(2022, 9, 14)),
        ("Tuesday, 13 September 2022 10:05 GMT", date(2022, 9, 13)),
        ("Sept. 13, 2022", date(2022, 9, 13)),
        ("Published: Sept. 13, 2022 10:05 GMT", date(2022, 9, 13)),
        ("Armenia asked for help on 13 September 2022.", None),
        ("Selasa, 13 September 2022 dan Rabu, 14 September 2022", None),
        ("Published: March 3, 2023 18:40 IST | Updated: March 4, 2023 09:05 IST", date(2023, 3, 3)),
        ("Diterbitkan: 3 Maret 2023, 18:40 WIB | Diperbarui: 4 Maret 2023, 09:05 WIB", date(2023, 3, 3)),
        ("loading...", None),
    ],
)
def test_dateline_date(line, expected):
    assert dateline_date(line) == expected


def test_impossible_dates_are_dropped():
    assert find_dates("31/2/2022 dan 30 Februari 2022", WEDNESDAY, "id") == []


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Talks were held last week.", "en", DateValue("2022-09-05", "day", "2022-09-11")),
    ("Perundingan digelar pekan lalu.", "id", DateValue("2022-09-05", "day", "2022-09-11")),
    ("Minggu lalu pasukan mundur", "id", DateValue("2022-09-05", "day", "2022-09-11")),  # capitalised, still a week
    ("troops withdrew last weekend", "en", DateValue("2022-09-10", "day", "2022-09-11")),
    ("pasukan mundur akhir pekan lalu", "id", DateValue("2022-09-10", "day", "2022-09-11")),
    ("the envoys meet next week", "en", DateValue("2022-09-19", "day", "2022-09-25")),
    ("utusan bertemu minggu depan", "id", DateValue("2022-09-19", "day", "2022-09-25")),
    ("the summit opens tomorrow", "en", DateValue("2022-09-15", "day")),
    ("KTT dibuka besok", "id", DateValue("2022-09-15", "day")),
    ("shelling resumed last night", "en", DateValue("2022-09-13", "day")),
    ("the vote is due next year", "en", DateValue("2023", "year")),
])
def test_relative_weeks_and_days(text, language, expected):
    assert [m.value for m in find_dates(text, WEDNESDAY, language)] == [expected]


@pytest.mark.parametrize(("text", "language", "year"), [
    ("the worst fighting since the 2014 war", "en", "2014"),
    ("a 2000 peace deal", "en", "2000"),
    ("terburuk sejak perang 2014 di Gaza", "id", "2014"),
    ("sejak kudeta 2021", "id", "2021"),
])
def test_a_year_qualifying_an_event_noun(text, language, year):
    assert [m.value for m in find_dates(text, WEDNESDAY, language)] == [DateValue(year, "year")]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("the two fought from 1998 to 2000", "en", [DateValue("1998", "year", "2000")]),
    ("clashes between 2011 and 2014", "en", [DateValue("2011", "year", "2014")]),
    ("berperang dari 1998 hingga 2000", "id", [DateValue("1998", "year", "2000")]),
    ("bertempur pada 2014 dan 2020", "id", [DateValue("2014", "year"), DateValue("2020", "year")]),
])
def test_ranges_of_years_opened_by_a_word(text, language, expected):
    assert [m.value for m in find_dates(text, WEDNESDAY, language)] == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("the talks three days ago", "en", [DateValue("2022-09-11", "day")]),
    ("perundingan tiga hari lalu", "id", [DateValue("2022-09-11", "day")]),
    ("a week ago", "en", [DateValue("2022-09-07", "day")]),
    ("sepekan lalu", "id", [DateValue("2022-09-07", "day")]),
    ("five months ago", "en", [DateValue("2022-04", "month")]),
    ("dua tahun silam", "id", [DateValue("2020", "year")]),
    ("perundingan digelar pekan lalu", "id", [DateValue("2022-09-05", "day", "2022-09-11")]),
    ("beberapa tahun lalu", "id", []),
    ("a few years ago", "en", []),
    ("at the end of April", "en", [DateValue("2022-04", "month")]),
])
def test_spans_back_from_the_publication_day(text, language, expected):
    assert [m.value for m in find_dates(text, WEDNESDAY, language)] == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("a truce that will take effect at midnight on March 2", "en", "2026-03-02"),
    ("gencatan senjata yang akan mulai berlaku pada 2 Maret", "id", "2026-03-02"),
    ("the talks are due to resume in January", "en", "2026-01"),
    ("perundingan dijadwalkan pada Senin", "id", "2025-11-03"),
    ("the truce took effect on March 2", "en", "2025-03-02"),
    ("the envoy will visit Khartoum, which rebels took on March 2", "en", "2025-03-02"),
    ("the envoy will visit on 2 March 2024", "en", "2024-03-02"),
])
def test_a_planned_date_without_its_year_lies_ahead(text, language, expected):
    published = date(2025, 10, 29)  # a Wednesday
    assert [m.value.value for m in find_dates(text, published, language)] == [expected]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("the envoy visited Khartoum this week", "en", ("2025-10-27", "2025-10-29")),
    ("utusan itu berkunjung ke Khartoum pekan ini", "id", ("2025-10-27", "2025-10-29")),
    ("the envoy visited Khartoum last week", "en", ("2025-10-20", "2025-10-26")),
])
def test_this_week_ends_on_the_publication_day(text, language, expected):
    published = date(2025, 10, 29)  # a Wednesday
    assert [(m.value.value, m.value.end) for m in find_dates(text, published, language)] == [expected]


@pytest.mark.parametrize(("text", "language", "unit", "about"), [
    ("has been bombing them for a year", "en", "months", -12),
    ("fighting over the past two years", "en", "months", -24),
    ("telah berperang selama dua tahun", "id", "months", -24),
    ("telah berperang selama tiga hari", "id", "days", -3),
])
def test_running_spans(text, language, unit, about):
    assert [(o.unit, o.amount, o.about) for o in find_running_spans(text, language)] == [(unit, None, about)]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("the 1950-53 war", "en", ("1950", "1953")),
    ("perang 1992-95", "id", ("1992", "1995")),
    ("the 1999-01 insurgency", "en", ("1999", "2001")),
])
def test_a_range_of_years_closed_by_two_digits(text, language, expected):
    assert [(m.value.value, m.value.end) for m in find_dates(text, date(2025, 10, 29), language)] == [expected]


def test_the_next_day_is_no_plan():
    published = date(2025, 5, 8)
    found = find_dates("The next day they signed a truce on 15 March.", published, "en")
    assert [m.value.value for m in found] == ["2025-03-15"]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("pasukan itu menyerang pada Selasa pekan lalu", "id", "2025-04-29"),
    ("bentrokan pecah Senin malam minggu lalu", "id", "2025-04-28"),
    ("the troops attacked on Tuesday last week", "en", "2025-04-29"),
    ("talks resume on Friday next week", "en", "2025-05-16"),
])
def test_a_weekday_of_a_relative_week(text, language, expected):
    published = date(2025, 5, 8)  # a Thursday
    assert [m.value.value for m in find_dates(text, published, language)] == [expected]


# --- a phrase that is only a date and the words before it ---------------------------

@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "since early December", True),
    ("en", "since late 2021", True),
    ("id", "sejak akhir 2021", True),
    ("en", "since the rebels took the town in December", False),
    ("id", "sejak pemberontak merebut kota itu pada Desember", False),
    ("en", "since the rebels left", False),
])
def test_only_a_date_is_a_date_and_its_opening_words(language, text, expected):
    assert only_a_date(text, language) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Perundingan digelar di Jakarta, Senin dan Selasa (12-13/9/2022).", day("2022-09-12", "2022-09-13")),
    ("Latihan bersama berlangsung Senin-Selasa (12-13/9).", day("2022-09-12", "2022-09-13")),
    ("Kedua delegasi bertemu pada (5-7/9/2022) di Bali.", day("2022-09-05", "2022-09-07")),
])
def test_a_numeric_range_of_days_is_one_span(text, expected):
    """"Selasa dan Rabu (6-7/2)": the days of a two-day event told day first
    with one month, not the last day alone with two stray weekdays."""
    assert [m.value for m in find_dates(text, WEDNESDAY, "id")] == [expected]

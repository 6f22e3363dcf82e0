"""kg.numbers: figures in both conventions, number words, vague amounts and qualifiers."""
from __future__ import annotations

import pytest

from kg.model import Quantity
from kg.numbers import find_quantities, parse_number


@pytest.mark.parametrize(
    ("token", "language", "expected"),
    [
        ("6.500", "id", 6500),
        ("30.000", "id", 30000),
        ("2.000", "id", 2000),
        ("1,5 juta", "id", 1_500_000),
        ("2 ribu", "id", 2000),
        ("49", "id", 49),
        ("2,000", "en", 2000),
        ("6,500", "en", 6500),
        ("1,250,000", "en", 1_250_000),
        ("1.5 million", "en", 1_500_000),
        ("2,000", "id", 2000),  # three-digit groups are thousands in either convention
        ("6.500", "en", 6500),
        ("dua", "id", 2),
        ("dua belas", "id", 12),
        ("dua puluh lima", "id", 25),
        ("seratus", "id", 100),
        ("seribu lima ratus", "id", 1500),
        ("tiga ratus ribu", "id", 300_000),
        ("twenty-five", "en", 25),
        ("two hundred and fifty", "en", 250),
        ("a dozen", "en", 12),
        ("three thousand", "en", 3000),
        ("ratusan", "id", 200),
        ("dozens", "en", 24),
        ("2,5", "id", None),  # not a whole number
        ("0.0780", "en", None),
        ("tentara", "id", None),
        ("ribu", "id", None),  # a multiplier alone is no number
        ("thousand", "en", None),
        ("14.00", "id", None),  # a time, not a decimal in Indonesian
        ("1.5 juta", "id", 1_500_000),
    ],
)
def test_parse_number(token, language, expected):
    assert parse_number(token, language) == expected


def found(text: str, language: str) -> list[tuple[str, Quantity]]:
    matches = find_quantities(text, language)
    assert all(text[m.start:m.end] == m.text for m in matches)
    return [(m.text, m.quantity) for m in matches]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("merenggut lebih dari 6.500 nyawa", "id", ("lebih dari 6.500", Quantity(6500, "more than"))),
        ("mengerahkan sekitar 2.000 penjaga perdamaian", "id", ("sekitar 2.000", Quantity(2000, "about"))),
        ("kira-kira dua ribu pengungsi", "id", ("kira-kira dua ribu", Quantity(2000, "about"))),
        ("hampir 300 orang terluka", "id", ("hampir 300", Quantity(300, "about"))),
        ("setidaknya 12 orang tewas", "id", ("setidaknya 12", Quantity(12, "at least"))),
        ("sedikitnya 5 tentara", "id", ("sedikitnya 5", Quantity(5, "at least"))),
        ("paling sedikit 7 warga", "id", ("paling sedikit 7", Quantity(7, "at least"))),
        ("hingga 400 personel", "id", ("hingga 400", Quantity(400, "up to"))),
        ("ratusan warga mengungsi", "id", ("ratusan", Quantity(200, "at least"))),
        ("mengatakan 49 tentaranya tewas", "id", ("49", Quantity(49, "exact"))),
        ("more than 20 people were wounded", "en", ("more than 20", Quantity(20, "more than"))),
        ("at least 14 soldiers were killed", "en", ("at least 14", Quantity(14, "at least"))),
        ("some 2,000 troops", "en", ("some 2,000", Quantity(2000, "about"))),
        ("about 1.5 million refugees", "en", ("about 1.5 million", Quantity(1_500_000, "about"))),
        ("nearly 6,500 lives", "en", ("nearly 6,500", Quantity(6500, "about"))),
        ("up to 300 vehicles", "en", ("up to 300", Quantity(300, "up to"))),
        ("dozens of civilians", "en", ("dozens", Quantity(24, "at least"))),
        ("killed twenty-five soldiers", "en", ("twenty-five", Quantity(25, "exact"))),
        ("belasan ribu warga", "id", ("belasan ribu", Quantity(11000, "at least"))),
        ("lebih dari 2000 orang", "id", ("lebih dari 2000", Quantity(2000, "more than"))),
        ("sepuluh ribu pengungsi", "id", ("sepuluh ribu", Quantity(10000, "exact"))),
    ],
)
def test_quantity_with_qualifier(text, language, expected):
    assert found(text, language) == [expected]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("pada 1990-an", "id"),
        ("perang tahun 2020", "id"),
        ("pada Selasa (13/9/2022)", "id"),
        ("12-13 September 2022", "id"),
        ("in 2020", "en"),
        ("in the 1990s", "en"),
        ("MiG-29 jets", "en"),
        ("F16s and T72 tanks", "en"),
        ("50% of voters", "en"),
        ("at 01:44 WIB", "id"),
        ("pukul 14.00 WIB", "id"),
        ("selama 20 tahun", "id"),
        ("enam minggu", "id"),
        ("naik 50 persen", "id"),
        ("sebesar Rp 120 juta", "id"),
        ("for 20 years", "en"),
        ("a $5 million grant", "en"),
        ("30 km from the border", "en"),
        ("the 2014 election", "en"),
        ("belasan ribu", "en"),  # Indonesian words mean nothing in English
    ],
)
def test_dates_and_glued_numbers_are_not_quantities(text, language):
    assert found(text, language) == []


def test_seed_like_paragraph():
    text = (
        "Dua negara yang bertetangga itu telah berperang dua kali—pada 1990-an dan 2020—atas wilayah itu. "
        "Pertempuran enam minggu pada musim gugur 2020 merenggut lebih dari 6.500 nyawa. "
        "Konflik berikutnya merenggut sekitar 30.000 nyawa."
    )
    assert [(t, q.value, q.qualifier) for t, q in found(text, "id")] == [
        ("Dua", 2, "exact"),
        ("dua", 2, "exact"),
        ("lebih dari 6.500", 6500, "more than"),  # "enam minggu" is a duration
        ("sekitar 30.000", 30000, "about"),
    ]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Indonesia adalah salah satu negara penyumbang pasukan terbesar dengan lebih dari 1.000 personel", "id",
     [(1000, "more than")]),
    ("Kenya is one of the largest contributors, with about 1,000 officers", "en", [(1000, "about")]),
    ("kedua pihak berjanji tidak saling menyerang satu sama lain", "id", []),
    ("satu tentara tewas", "id", [(1, "exact")]),
])
def test_number_words_that_count_nothing(text, language, expected):
    assert [(q.quantity.value, q.quantity.qualifier) for q in find_quantities(text, language)] == expected

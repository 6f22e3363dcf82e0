"""The pair in focus ("the two countries") counts a person as whom they
represent: a president and his state are one side, not two. A third party's
calls with "the leaders of both countries" are one call with each, its talks
one meeting of all three."""
from __future__ import annotations

import pytest

from tests.test_events import events_of


@pytest.mark.parametrize("language, text", [
    ("en", "Eritrean President Isaias Afwerki said his troops clashed with Ethiopia in 1999. "
           "Last week the two countries held talks in Jeddah."),
    ("en", "Eritrean President Isaias Afwerki and his army attacked Ethiopia in 1999. "
           "Last week the two neighbours held talks in Jeddah."),
    ("id", "Presiden Eritrea Isaias Afwerki mengatakan pasukannya bentrok dengan Ethiopia pada 1999. "
           "Pekan lalu kedua negara menggelar perundingan di Jeddah."),
])
def test_the_two_countries_are_the_states_that_fought_not_a_leader_and_his_state(language, text):
    talks = [e for e in events_of(text, language) if e["kind"] == "Talks"]
    assert len(talks) == 1, talks
    assert talks[0]["roles"]["participant"] == ["ERI", "ETH"]


@pytest.mark.parametrize("language, text", [
    ("en", "Sudan and South Sudan clashed near Heglig on Tuesday. "
           "Ethiopian Prime Minister Abiy Ahmed spoke by phone with the leaders of both countries on Wednesday."),
    ("id", "Sudan dan Sudan Selatan bentrok di dekat Heglig pada Selasa (6/5/2025). "
           "Perdana Menteri Ethiopia Abiy Ahmed menelepon pemimpin kedua negara pada Rabu (7/5/2025)."),
])
def test_a_third_party_calls_each_state_of_the_pair(language, text):
    calls = sorted(e["roles"]["participant"] for e in events_of(text, language) if e["kind"] == "PhoneCall")
    assert calls == [["ETH", "SDN", "abiy-ahmed"], ["ETH", "SSD", "abiy-ahmed"]], calls


@pytest.mark.parametrize("language, text", [
    ("en", "Sudan and South Sudan clashed near Heglig on Tuesday. "
           "On Wednesday Ethiopian Prime Minister Abiy Ahmed held talks with the foreign ministers of both countries in Addis Ababa."),
    ("id", "Sudan dan Sudan Selatan bentrok di dekat Heglig pada Selasa (6/5/2025). "
           "Perdana Menteri Ethiopia Abiy Ahmed bertemu menteri luar negeri kedua negara di Addis Ababa pada Rabu (7/5/2025)."),
])
def test_a_third_party_meets_both_states_of_the_pair_at_one_table(language, text):
    talks = [e["roles"]["participant"] for e in events_of(text, language) if e["kind"] == "Talks"]
    assert talks == [["ETH", "SDN", "SSD", "abiy-ahmed"]], talks


@pytest.mark.parametrize("language, text", [
    ("en", "Sudan and South Sudan clashed near Heglig on Tuesday. "
           "On Wednesday their envoys began talks in Addis Ababa, Ethiopia, on a truce between both countries."),
    ("id", "Sudan dan Sudan Selatan bentrok di dekat Heglig pada Selasa (6/5/2025). "
           "Utusan mereka memulai perundingan di Addis Ababa, Ethiopia, pada Rabu (7/5/2025) untuk membahas gencatan senjata antara kedua negara."),
])
def test_talks_between_both_countries_take_no_third_party(language, text):
    talks = [e["roles"]["participant"] for e in events_of(text, language) if e["kind"] == "Talks"]
    assert all("ETH" not in t for t in talks), talks

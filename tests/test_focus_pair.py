"""The pair in focus ("the two countries") counts a person as whom they
represent: a president and his state are one side, not two."""
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

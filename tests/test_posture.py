"""Force posture on sentences written for these tests (English and Indonesian):
deployments (joint patrols, forces entering, stationed forces), military aid
and threats of force, through the real pipeline stages."""
from __future__ import annotations

import pytest

from test_events import events_of


def of_kind(text: str, language: str, kind: str) -> list[dict]:
    return [e for e in events_of(text, language) if e["kind"] == kind]


def sides(event: dict) -> set[str]:
    return {key for role, keys in event["roles"].items() if role != "location" for key in keys}


@pytest.mark.parametrize("language, text, modality", [
    ("en", "Indian and Bangladeshi troops began joint patrols along the river on Sunday.", "asserted"),
    ("en", "Malaysia and Thailand will hold coordinated patrols in the Strait of Malacca from June.", "future"),
    ("id", "Pasukan India dan Bangladesh mulai menggelar patroli bersama di sepanjang sungai pada Minggu.", "asserted"),
    ("id", "Malaysia dan Thailand akan menggelar patroli maritim bersama di Selat Malaka mulai Juni.", "future"),
])
def test_joint_patrols_are_one_deployment_of_every_state(language: str, text: str, modality: str) -> None:
    found = of_kind(text, language, "Deployment")
    assert len(found) == 1, found
    assert len(sides(found[0])) == 2 and found[0]["modality"] == modality, found


@pytest.mark.parametrize("language, text", [
    ("en", "China staged live-fire drills in six zones surrounding Taiwan on Friday."),
    ("en", "China held military exercises in the waters encircling Taiwan on Friday."),
    ("id", "China menggelar latihan tembak langsung di enam zona yang mengelilingi Taiwan pada Jumat."),
    ("id", "China menggelar latihan militer di perairan yang mengepung Taiwan pada Jumat."),
])
def test_drills_surrounding_a_state_threaten_it(language: str, text: str) -> None:
    found = of_kind(text, language, "ThreatOfForce")
    assert [sides(e) for e in found] == [{"CHN", "TWN"}]

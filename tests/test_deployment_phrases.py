"""Every verb of deploying, in every form journalists write it (past, present,
-ing, future, passive, passive with its agent, noun), with every kind of force
it sends (troops, personnel, units, ships, aircraft placed somewhere), tells a
Deployment by the state that sends them: a data-driven check on sentences
built for these tests, English and Indonesian, through the real pipeline.

The sentences are built from a template per form and a force noun; each
(verb family, force noun) pair is tried in its active past form and in one
other form, the forms taken in turn, so every pair and every form is tried
without the whole product (the product runs for minutes)."""
from __future__ import annotations

import pytest

from test_events import events_of

AGENT = "NOR"

# English: verb family -> past, third person, -ing, base, noun (None: no noun of that verb in use)
EN_VERBS = {
    "deploy": ("deployed", "deploys", "deploying", "deploy", "deployment"),
    "send": ("sent", "sends", "sending", "send", "sending"),
    "dispatch": ("dispatched", "dispatches", "dispatching", "dispatch", "dispatch"),
    "station": ("stationed", "stations", "stationing", "station", "stationing"),
}
EN_PEOPLE = ["troops", "soldiers", "forces", "personnel", "marines", "paratroopers", "peacekeepers", "special forces",
             "commandos", "police officers", "military observers", "military advisers", "instructors"]
EN_UNITS = ["battalions", "brigades", "warships", "frigates", "destroyers", "submarines", "bombers"]
# Aircraft and air defence only with verbs of placing: "sent fighter jets to X" is aid as often (en.deploy.sent).
EN_PLACED = ["fighter jets", "air defence systems"]
EN_PLACING = ("deploy", "station")

EN_FORMS = {
    "past": "Norway {past} {count} {force} {to} Lithuania on Monday.",
    "present": "Norway {third} {count} {force} {to} Lithuania, the ministry says.",
    "progressive": "Norway is {ing} {count} {force} {to} Lithuania, the ministry said on Monday.",
    "future": "Norway will {base} {count} {force} {to} Lithuania, the ministry said on Monday.",
    "passive": "{Count} Norwegian {force} were {past} {to} Lithuania on Monday.",
    "owned noun": "Norway's {noun} of {count} {force} {to} Lithuania began on Monday.",
    "noun": "The {noun} of {count} Norwegian {force} {to} Lithuania began on Monday.",
}

# Indonesian: verb family -> meN- active, bare (object focus), di- passive, noun
ID_VERBS = {
    "kirim": ("mengirim", "kirim", "dikirim", "pengiriman"),
    "kirimkan": ("mengirimkan", "kirimkan", "dikirimkan", "pengiriman"),
    "kerahkan": ("mengerahkan", "kerahkan", "dikerahkan", "pengerahan"),
    "tempatkan": ("menempatkan", "tempatkan", "ditempatkan", "penempatan"),
    "berangkatkan": ("memberangkatkan", "berangkatkan", "diberangkatkan", "pemberangkatan"),
}
ID_PEOPLE = ["pasukan", "tentara", "prajurit", "personel", "marinir", "pasukan terjun payung",
             "pasukan penjaga perdamaian", "pasukan khusus", "polisi", "pengamat militer", "penasihat militer", "instruktur"]
ID_UNITS = ["kapal perang", "fregat", "kapal perusak", "kapal selam", "pesawat pengebom", "kapal induk"]
ID_PLACED = ["jet tempur", "sistem pertahanan udara"]
ID_PLACING = ("kerahkan", "tempatkan")

ID_FORMS = {
    "active": "Norwegia {active} {count} {force} ke Lituania pada Senin.",
    "future": "Norwegia akan {active} {count} {force} ke Lituania, kata kementerian pada Senin.",
    "passive": "Sebanyak {count} {force} Norwegia {passive} ke Lituania pada Senin.",
    "passive agent": "Sebanyak {count} {force} {passive} oleh Norwegia ke Lituania pada Senin.",
    "noun": "{Noun} {count} {force} Norwegia ke Lituania dimulai Senin.",
    "object focus": "Norwegia telah {bare} {count} {force} ke Lituania.",
}
# The bare form tells the act with the object first only for these (headline and colloquial style).
ID_OBJECT_FOCUS = ("kirim", "kerahkan")


def _english(family: str, force: str, form: str) -> str:
    past, third, ing, base, noun = EN_VERBS[family]
    count = "300" if force in EN_PEOPLE else "four"
    return EN_FORMS[form].format(past=past, third=third, ing=ing, base=base, noun=noun, force=force, count=count,
                                 Count=count.capitalize(), to="in" if family == "station" else "to")


def _indonesian(family: str, force: str, form: str) -> str:
    active, bare, passive, noun = ID_VERBS[family]
    count = "300" if force in ID_PEOPLE else "empat"
    return ID_FORMS[form].format(active=active, bare=bare, passive=passive, Noun=noun.capitalize(), force=force,
                                 count=count)


def _cases() -> list[tuple[str, str]]:
    cases: list[tuple[str, str]] = []
    for family in EN_VERBS:
        forces = EN_PEOPLE + EN_UNITS + (EN_PLACED if family in EN_PLACING else [])
        others = [f for f in EN_FORMS if f != "past"]
        for index, force in enumerate(forces):
            cases.append(("en", _english(family, force, "past")))
            cases.append(("en", _english(family, force, others[index % len(others)])))
    for family in ID_VERBS:
        forces = ID_PEOPLE + ID_UNITS + (ID_PLACED if family in ID_PLACING else [])
        others = [f for f in ID_FORMS if f != "active" and (f != "object focus" or family in ID_OBJECT_FOCUS)]
        for index, force in enumerate(forces):
            cases.append(("id", _indonesian(family, force, "active")))
            cases.append(("id", _indonesian(family, force, others[index % len(others)])))
    return cases


@pytest.mark.parametrize("language, text", _cases())
def test_every_deploy_verb_with_every_force_is_a_deployment_by_the_sender(language: str, text: str) -> None:
    found = [e for e in events_of(text, language) if e["kind"] == "Deployment"]
    assert [e["roles"].get("agent") for e in found] == [[AGENT]], found


@pytest.mark.parametrize("language, text", [
    ("en", "Houthi forces sent drones at ships in the Red Sea on Monday."),
    ("en", "Norwegian troops sent a clear message to Moscow on Monday."),
    ("id", "Pasukan Houthi mengirim drone ke arah kapal-kapal di Laut Merah pada Senin."),
    ("id", "Tentara Norwegia mengirim pesan tegas kepada Moskow pada Senin."),
])
def test_forces_before_a_verb_of_sending_send_nothing(language: str, text: str) -> None:
    assert [e for e in events_of(text, language) if e["kind"] == "Deployment"] == []

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


# A noun of the act with its forces after it ("the presence of Norwegian soldiers in Lithuania",
# "pengerahan tentara Norwegia di Lituania"): the state after "in" / "di" is where they stay, so the
# deployment has a place and is kept, with or without a count, and also as what a fight answers.
EN_ACT_NOUNS = ["deployment of", "presence of", "stationing of", "arrival of"]
ID_ACT_NOUNS = ["pengerahan", "penempatan", "kehadiran", "kedatangan"]
EN_STAYING = ["The {noun} {count}Norwegian {force} in Lithuania angers Moscow.",
              "The attack was revenge for the {noun} {count}Norwegian {force} in Lithuania, the group said."]
ID_STAYING = ["{Noun} {count}{force} Norwegia di Lituania membuat Moskow marah.",
              "Serangan itu balasan atas {noun} {count}{force} Norwegia di Lituania, kata kelompok itu."]


def _staying_cases() -> list[tuple[str, str]]:
    cases = []
    for index, (noun, force) in enumerate((n, f) for n in EN_ACT_NOUNS for f in ("troops", "soldiers", "marines", "peacekeepers")):
        template = EN_STAYING[index % len(EN_STAYING)]
        cases.append(("en", template.format(noun=noun, force=force, count="1,200 " if index % 3 == 0 else "")))
    for index, (noun, force) in enumerate((n, f) for n in ID_ACT_NOUNS for f in ("pasukan", "tentara", "marinir", "tentara bayaran")):
        template = ID_STAYING[index % len(ID_STAYING)]
        cases.append(("id", template.format(Noun=noun.capitalize(), noun=noun, force=force, count="1.200 " if index % 3 == 0 else "")))
    return cases


@pytest.mark.parametrize("language, text", _staying_cases())
def test_forces_after_a_noun_of_the_act_stay_in_the_state_after_in(language: str, text: str) -> None:
    found = [e for e in events_of(text, language) if e["kind"] == "Deployment"]
    assert [(e["roles"].get("agent"), e["roles"].get("location")) for e in found] == [([AGENT], ["LTU"])], found


@pytest.mark.parametrize("language, text, agent", [
    ("id", "Prancis mengecam pengerahan tentara bayaran dari kelompok Wagner di Libya.", "WAGNER"),
    ("id", "Prancis mengecam pengerahan tentara bayaran Wagner di Libya.", "WAGNER"),
    ("en", "France condemned the deployment of mercenaries from the Wagner group in Libya.", "WAGNER"),
])
def test_the_owner_named_after_the_forces_of_a_noun_deploys_them(language: str, text: str, agent: str) -> None:
    found = [e for e in events_of(text, language) if e["kind"] == "Deployment"]
    assert [e["roles"].get("agent") for e in found] == [[agent]], found


@pytest.mark.parametrize("language, text", [
    ("id", "Dewan Keamanan menyetujui pengerahan pasukan Afrika untuk membantu Chad, tetapi pasukan itu belum tiba."),
    ("en", "The Security Council approved the deployment of an African force to help Chad."),
])
def test_a_state_the_forces_are_sent_to_help_owns_none_of_them(language: str, text: str) -> None:
    found = [e for e in events_of(text, language) if e["kind"] == "Deployment"]
    assert all(e["roles"].get("agent") != ["TCD"] for e in found), found


# Forces taking part in a military exercise: every verb of taking part, every exercise noun, both
# languages; the states named with the forces, and the forces joined, hold one exercise together.
EN_TAKING_PART = ["took part in", "take part in", "are taking part in", "participated in", "will participate in", "joined"]
EN_EXERCISES = ["military exercises", "the annual exercise", "joint drills", "naval war games"]
ID_TAKING_PART = ["ikut serta dalam", "ambil bagian dalam", "berpartisipasi dalam", "turut serta dalam", "mengikuti", "terlibat dalam"]
ID_EXERCISES = ["latihan militer", "latihan gabungan tahunan", "latihan perang", "manuver militer"]


def _exercise_cases() -> list[tuple[str, str]]:
    cases = []
    for index, verb in enumerate(EN_TAKING_PART):
        exercise = EN_EXERCISES[index % len(EN_EXERCISES)]
        cases.append(("en", f"More than 2,000 Norwegian and Swedish troops {verb} {exercise} on Monday."))
        cases.append(("en", f"Norwegian troops, backed by tanks, {verb} {exercise} near the border."))
    for index, verb in enumerate(ID_TAKING_PART):
        exercise = ID_EXERCISES[index % len(ID_EXERCISES)]
        cases.append(("id", f"Lebih dari 2.000 tentara Norwegia dan Swedia {verb} {exercise} pada Senin."))
        cases.append(("id", f"Tentara Norwegia, didukung tank, {verb} {exercise} di dekat perbatasan."))
    return cases


@pytest.mark.parametrize("language, text", _exercise_cases())
def test_forces_taking_part_in_an_exercise_are_one_deployment_of_their_states(language: str, text: str) -> None:
    found = [e for e in events_of(text, language) if e["kind"] == "Deployment"]
    expected = ["NOR", "SWE"] if "Swed" in text else ["NOR"]
    assert [sorted(e["roles"].get("agent", [])) for e in found] == [expected], found


@pytest.mark.parametrize("language, text", [
    ("en", "Norwegian troops joined Swedish forces in military exercises near the border."),
    ("en", "Norwegian troops joined Swedish forces for joint drills on Monday."),
    ("id", "Tentara Norwegia bergabung dengan pasukan Swedia dalam latihan militer di dekat perbatasan."),
    ("id", "Pasukan Norwegia bergabung dalam latihan perang bersama pasukan Swedia pada Senin."),
])
def test_the_forces_joined_in_an_exercise_take_part_in_it(language: str, text: str) -> None:
    found = [e for e in events_of(text, language) if e["kind"] == "Deployment"]
    assert [sorted(e["roles"].get("agent", [])) for e in found] == [["NOR", "SWE"]], found


@pytest.mark.parametrize("language, text", [
    ("en", "China held military drills around Taiwan on Monday."),
    ("en", "Sweden joined NATO in March."),
    ("en", "Norwegian officials took part in talks on the exercise budget."),
    ("id", "Swedia bergabung dengan NATO pada Maret."),
])
def test_no_forces_taking_part_in_an_exercise_is_no_exercise_deployment(language: str, text: str) -> None:
    assert [e for e in events_of(text, language) if e["kind"] == "Deployment"] == []


# Warships and coast guard ships escorting a vessel, sailing or heading somewhere: deployed by their
# owner, every verb, active and passive, both languages; Indonesian names the agent of "dikawal" with
# no "oleh". Police escorting a convoy, and people heading somewhere, deploy nothing.
EN_SHIPS = ["warships", "frigates", "coast guard ships", "destroyers", "patrol vessels"]
ID_SHIPS = ["kapal perang", "fregat", "kapal penjaga pantai", "kapal perusak", "kapal patroli"]
EN_ESCORT = ["The tanker was escorted by two Norwegian {ship} on Monday.",
             "Two Norwegian {ship} have been escorting the tanker since Monday.",
             "The tanker sailed north, accompanied by two Norwegian {ship}."]
EN_SAILING = ["Two Norwegian {ship} sailed to the Baltic Sea on Monday.",
              "Two Norwegian {ship} are heading for the Baltic Sea, the ministry said on Monday.",
              "Two Norwegian {ship} headed towards the Baltic Sea on Monday."]
ID_ESCORT = ["Kapal tanker itu dikawal dua {ship} Norwegia pada Senin.",
             "Kapal tanker itu dikawal oleh dua {ship} Norwegia pada Senin.",
             "Dua {ship} Norwegia mengawal kapal tanker itu sejak Senin."]
ID_SAILING = ["Dua {ship} Norwegia berlayar ke Laut Baltik pada Senin.",
              "Dua {ship} Norwegia menuju Laut Baltik, kata kementerian pada Senin.",
              "Dua {ship} Norwegia bergerak menuju Laut Baltik pada Senin."]


def _ship_cases() -> list[tuple[str, str]]:
    cases = []
    for index, ship in enumerate(EN_SHIPS):
        cases += [("en", EN_ESCORT[index % 3].format(ship=ship)), ("en", EN_SAILING[index % 3].format(ship=ship))]
    for index, ship in enumerate(ID_SHIPS):
        cases += [("id", ID_ESCORT[index % 3].format(ship=ship)), ("id", ID_SAILING[index % 3].format(ship=ship))]
    return cases


@pytest.mark.parametrize("language, text", _ship_cases())
def test_warships_escorting_or_sailing_somewhere_are_deployed_by_their_owner(language: str, text: str) -> None:
    found = [e for e in events_of(text, language) if e["kind"] == "Deployment"]
    assert [e["roles"].get("agent") for e in found] == [[AGENT]], found


@pytest.mark.parametrize("language, text", [
    ("en", "Norway sent a survey ship, escorted by several warships, to the disputed waters on Monday."),
    ("id", "Norwegia mengirim kapal survei, dikawal sejumlah kapal perang, ke perairan sengketa pada Senin."),
])
def test_warships_escorting_what_a_state_sends_are_its_deployment(language: str, text: str) -> None:
    found = [e for e in events_of(text, language) if e["kind"] == "Deployment"]
    assert [e["roles"].get("agent") for e in found] == [[AGENT]], found


@pytest.mark.parametrize("language, text", [
    ("en", "The aid convoy was escorted by police to the border on Monday."),
    ("en", "Thousands of refugees headed for the border on Monday."),
    ("id", "Konvoi bantuan itu dikawal polisi Norwegia menuju perbatasan pada Senin."),
    ("id", "Ribuan pengungsi bergerak menuju perbatasan pada Senin."),
])
def test_police_escorts_and_people_on_the_move_deploy_nothing(language: str, text: str) -> None:
    assert [e for e in events_of(text, language) if e["kind"] == "Deployment"] == []


# Verbs of airlifting forces, every inflection, with counts written with thousands separators, and forces
# listed after other arms ("sent two fighter jets and a frigate"): a deployment by the sender.
EN_AIRLIFT = ["flew", "flies", "is flying", "has flown", "ferried", "will ferry", "began flying"]


@pytest.mark.parametrize("language, text", [
    *[("en", f"Norway {verb} about 1,200 {force} into Lithuania on Monday.")
      for verb, force in zip(EN_AIRLIFT, ["troops", "soldiers", "police officers", "marines", "paratroopers", "troops", "gendarmes"])],
    ("en", "Norway sent two fighter jets and a frigate to the Baltic Sea on Monday."),
    ("en", "Norway sent four F-35 jets, two tankers and 300 troops to Lithuania on Monday."),
    ("id", "Norwegia mengirim dua jet tempur dan sebuah fregat ke Laut Baltik pada Senin."),
    ("id", "Norwegia menerbangkan sekitar 1.200 tentara ke Lituania pada Senin."),
    ("id", "Norwegia mengirim dua pesawat pembom ke Lituania pada Senin."),
])
def test_forces_airlifted_or_listed_after_other_arms_are_deployed_by_the_sender(language: str, text: str) -> None:
    found = [e for e in events_of(text, language) if e["kind"] == "Deployment"]
    assert [e["roles"].get("agent") for e in found] == [[AGENT]], found


# Forces sent to join or reinforce a force named after the purpose go into it: that force's noun is no
# deployment of its own owner, every purpose verb, both languages.
EN_JOINING = ["to reinforce", "to join", "to bolster", "to strengthen", "to serve in"]
ID_JOINING = ["untuk memperkuat", "untuk bergabung dengan", "untuk menambah", "guna memperkuat", "untuk bertugas dalam"]


@pytest.mark.parametrize("language, text", [
    *[("en", f"Norway will send 200 soldiers {verb} the UN peacekeeping mission in Lebanon, the ministry said on Monday.")
      for verb in EN_JOINING],
    *[("id", f"Norwegia akan mengirim 200 tentara {verb} misi penjaga perdamaian PBB di Libanon, kata kementerian pada Senin.")
      for verb in ID_JOINING],
])
def test_a_force_that_forces_are_sent_to_join_is_no_deployment_of_its_own(language: str, text: str) -> None:
    found = [e for e in events_of(text, language) if e["kind"] == "Deployment"]
    assert [e["roles"].get("agent") for e in found] == [[AGENT]], found


# Forces of a state named "for" a force ("Norwegian troops for the UN mission", "pasukan Norwegia untuk misi
# PBB") serve that force and are sent by their state: the state deploys, every arrival verb, both languages.
@pytest.mark.parametrize("language, text", [
    ("en", "The first wave of Norwegian troops for the UN mission arrived in Lebanon this month."),
    ("en", "Norwegian soldiers for the NATO battlegroup have arrived in Lithuania."),
    ("en", "About 300 Norwegian peacekeepers for the UN force arrived in Lebanon on Monday."),
    ("id", "Gelombang pertama pasukan Norwegia untuk misi PBB tiba di Libanon awal bulan ini."),
    ("id", "Sekitar 300 tentara Norwegia bagi kelompok tempur NATO telah tiba di Lituania."),
    ("id", "Personel Norwegia untuk pasukan PBB akan dikerahkan ke Libanon pekan depan."),
])
def test_forces_of_a_state_for_another_force_are_deployed_by_their_state(language: str, text: str) -> None:
    found = [e for e in events_of(text, language) if e["kind"] == "Deployment"]
    assert [e["roles"].get("agent") for e in found] == [[AGENT]], found

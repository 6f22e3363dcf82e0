"""Event rules on sentences written for these tests (English and Indonesian),
through the real pipeline stages: segment, mentions, events, within-document merge."""
from __future__ import annotations

from datetime import date

import pytest

from kg.events.patterns import find_all, pattern_regex
from kg.model import Document
from kg.namespaces import document_iri, local_key
from kg.pipeline import extract

PUBLISHED = date(2025, 5, 8)  # a Thursday


def events_of(text: str, language: str) -> list[dict]:
    doc = Document(document_iri(text), "test", text, None, PUBLISHED, language)
    extraction = extract(doc)
    return [
        {
            "kind": e.kind,
            "modality": e.modality,
            "roles": {role: sorted(local_key(i) for i in iris) for role, iris in e.roles.items()},
            "date": (e.date.value, e.date.end) if e.date else None,
            "fatalities": (e.fatalities.value, e.fatalities.qualifier) if e.fatalities else None,
            "side": local_key(e.fatalities_side) if e.fatalities_side else None,
            "troops": (e.troops.value, e.troops.qualifier) if e.troops else None,
        }
        for e in extraction.events
    ]


def only(text: str, language: str) -> dict:
    found = events_of(text, language)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("language, text", [
    ("en", "India and Pakistan clashed along the Line of Control on Tuesday. India said 12 of its soldiers were killed."),
    ("id", "Thailand dan Kamboja terlibat bentrokan di perbatasan pada Selasa (6/5/2025). Thailand mengatakan 12 tentaranya tewas."),
])
def test_clash_with_date_fatalities_and_side(language, text):
    event = only(text, language)
    assert event["kind"] == "ArmedClash" and event["modality"] == "asserted"
    assert len(event["roles"]["participant"]) == 2
    assert event["date"] == ("2025-05-06", None)
    assert event["fatalities"] == (12, "exact")
    assert event["side"] in event["roles"]["participant"] and event["side"] == event["roles"]["participant"][-1 if language == "id" else 0]


@pytest.mark.parametrize("language, text", [
    ("en", "The war between Ethiopia and Eritrea in the 1990s killed about 80,000 people."),
    ("id", "Perang antara Etiopia dan Eritrea pada 1990-an menewaskan sekitar 80.000 orang."),
])
def test_background_war_keeps_its_decade(language, text):
    event = only(text, language)
    assert event["kind"] == "War"
    assert event["roles"]["participant"] == ["ERI", "ETH"]
    assert event["date"] == ("1990", "1999")
    assert event["fatalities"] == (80000, "about")


def test_transitive_attack_takes_its_object():
    event = only("Russia attacked Ukraine on 24 February 2022.", "en")
    assert event["roles"]["participant"] == ["RUS", "UKR"]
    assert event["date"] == ("2022-02-24", None)


@pytest.mark.parametrize("language, text", [
    ("en", "Belarus had not taken part in the fighting, Minsk said."),
    ("id", "Laos tidak terlibat dalam pertempuran itu, kata pemerintah di Vientiane."),
])
def test_negated_participation_is_no_event(language, text):
    assert events_of(text, language) == []


@pytest.mark.parametrize("language, text", [
    ("en", "Russia will send troops to Belarus."),
    ("id", "Rusia akan mengirim pasukan ke Belarus."),
])
def test_future_deployment_is_not_asserted(language, text):
    event = only(text, language)
    assert event["kind"] == "Deployment" and event["modality"] == "future"
    assert event["roles"]["agent"] == ["RUS"]
    assert event["date"] is None  # nothing happened on the publication day


@pytest.mark.parametrize("language, text", [
    ("en", "If Venezuela attacked Guyana, Brazil would send troops to the border."),
    ("id", "Jika Venezuela menyerang Guyana, Brasil akan mengirim tentara ke perbatasan."),
])
def test_conditional_attack_is_hypothetical(language, text):
    found = {e["kind"]: e for e in events_of(text, language)}
    assert found["ArmedClash"]["modality"] == "hypothetical"
    assert found["ArmedClash"]["roles"]["participant"] == ["GUY", "VEN"]
    assert found["Deployment"]["modality"] == "hypothetical"  # what would follow the condition is conditional too
    assert found["Deployment"]["roles"]["agent"] == ["BRA"]


@pytest.mark.parametrize("text, modality", [
    ("In May Venezuela attacked Guyana.", "asserted"),  # the month is no modal "may"
    ("If Venezuela attacked Guyana in May, Brazil would send troops.", "hypothetical"),
])
def test_a_month_named_may_is_no_modal(text, modality):
    found = {e["kind"]: e for e in events_of(text, "en")}
    assert found["ArmedClash"]["modality"] == modality


@pytest.mark.parametrize("language, text", [
    ("en", "Guyana asked the United States for military assistance on Friday."),
    ("id", "Guyana meminta bantuan militer kepada Amerika Serikat pada Jumat (2/5/2025)."),
])
def test_aid_request_roles_and_date(language, text):
    event = only(text, language)
    assert event["kind"] == "AidRequest"
    assert event["roles"]["requester"] == ["GUY"] and event["roles"]["addressee"] == ["USA"]
    assert event["date"] == ("2025-05-02", None)


def test_each_addressee_is_its_own_request():
    found = events_of("Kyrgyzstan appealed to the CSTO and the United Nations for help.", "en")
    assert sorted(e["roles"]["addressee"][0] for e in found) == ["CSTO", "UN"]
    assert all(e["roles"]["requester"] == ["KGZ"] for e in found)


@pytest.mark.parametrize("language, text", [
    ("en", "French President Emmanuel Macron held phone calls with German Chancellor Olaf Scholz and Polish President Andrzej Duda."),
    ("id", "Presiden Prancis Emmanuel Macron melakukan panggilan telepon dengan Kanselir Jerman Olaf Scholz dan Presiden Polandia Andrzej Duda."),
])
def test_one_phone_call_per_pair_with_persons_and_states(language, text):
    found = events_of(text, language)
    assert [e["kind"] for e in found] == ["PhoneCall", "PhoneCall"]
    assert [e["roles"]["participant"] for e in found] == [
        ["DEU", "FRA", "emmanuel-macron", "olaf-scholz"],
        ["FRA", "POL", "andrzej-duda", "emmanuel-macron"],
    ]
    assert all(e["date"] == ("2025-05-08", None) for e in found)  # undated news: the publication day


def test_call_between_two_subjects_is_one_event():
    event = only("Kenya's President William Ruto and Ghana's President John Mahama spoke by phone on Monday.", "en")
    assert event["kind"] == "PhoneCall"
    assert {"KEN", "GHA", "william-ruto", "john-mahama"} <= set(event["roles"]["participant"])
    assert event["date"] == ("2025-05-05", None)


@pytest.mark.parametrize("language, text", [
    ("en", "Ethiopia and Egypt held talks in Washington mediated by the United States."),
    ("id", "Etiopia dan Mesir mengadakan perundingan di Washington yang dimediasi Amerika Serikat."),
])
def test_mediated_talks_with_place(language, text):
    event = only(text, language)
    assert event["kind"] == "Talks"
    assert event["roles"]["participant"] == ["EGY", "ETH"]
    assert event["roles"]["mediator"] == ["USA"]
    assert event["roles"]["location"] == ["washington"]


@pytest.mark.parametrize("language, text", [
    ("en", "Israel and Hezbollah agreed to a US-brokered ceasefire on 26 November 2024."),
    ("id", "Israel dan Hizbullah menyepakati gencatan senjata yang ditengahi AS pada 26 November 2024."),
])
def test_ceasefire_parties_and_broker(language, text):
    event = only(text, language)
    assert event["kind"] == "Ceasefire"
    assert event["roles"]["participant"] == ["HEZBOLLAH", "ISR"]
    assert event["roles"]["mediator"] == ["USA"]
    assert event["date"] == ("2024-11-26", None)


@pytest.mark.parametrize("language, text", [
    ("en", "France sent about 1,500 troops to Mali in 2013."),
    ("id", "Prancis mengirim sekitar 1.500 tentara ke Mali pada 2013."),
])
def test_deployment_with_troop_number(language, text):
    event = only(text, language)
    assert event["kind"] == "Deployment"
    assert event["roles"]["agent"] == ["FRA"]
    assert event["troops"] == (1500, "about")
    assert event["date"] == ("2013", None)


@pytest.mark.parametrize("language, text, kind, agent, organization", [
    ("en", "Finland joined NATO on 4 April 2023.", "Accession", "FIN", "NATO"),
    ("id", "Finlandia resmi bergabung dengan NATO pada 4 April 2023.", "Accession", "FIN", "NATO"),
    ("en", "Burkina Faso withdrew from ECOWAS in January 2024.", "Withdrawal", "BFA", "ECOWAS"),
    ("id", "Burkina Faso keluar dari ECOWAS pada Januari 2024.", "Withdrawal", "BFA", "ECOWAS"),
    ("en", "The African Union suspended Niger after the coup.", "Suspension", "NER", "AU"),
])
def test_membership_changes(language, text, kind, agent, organization):
    event = only(text, language)
    assert event["kind"] == kind
    assert event["roles"]["agent"] == [agent] and event["roles"]["organization"] == [organization]


def test_treaty_signing_makes_a_treaty_with_parties():
    text = "Japan and the Philippines signed a defence pact on 8 July 2024."
    doc = Document(document_iri(text), "test", text, None, PUBLISHED, "en")
    extraction = extract(doc)
    (signing,) = extraction.events
    (treaty,) = extraction.treaties
    assert signing.kind == "TreatySigning" and signing.roles["treaty"] == (treaty.iri,)
    assert sorted(local_key(p) for p in treaty.parties) == ["JPN", "PHL"]
    assert treaty.label == "defence pact" and treaty.signed_on.value == "2024-07-08"


@pytest.mark.parametrize("language, text", [
    ("en", "Both Turkey and Greece are members of NATO."),
    ("id", "Turki dan Yunani sama-sama anggota NATO."),
])
def test_memberships_stated_by_the_text(language, text):
    doc = Document(document_iri(text), "test", text, None, PUBLISHED, language)
    found = {(local_key(m.member), local_key(m.organization)) for m in extract(doc).memberships}
    assert found == {("TUR", "NATO"), ("GRC", "NATO")}


def test_leader_of_an_alliance_is_its_member_but_not_negated_members():
    text = "Armenia turned to the Moscow-led CSTO for help, while Azerbaijan is not a member of the CSTO."
    doc = Document(document_iri(text), "test", text, None, PUBLISHED, "en")
    found = {(local_key(m.member), local_key(m.organization)) for m in extract(doc).memberships}
    assert found == {("RUS", "CSTO")}


def test_same_clash_told_twice_is_one_event_with_both_dates():
    text = ("Kyrgyzstan and Tajikistan clashed on the border on Monday. "
            "Kyrgyzstan said the fighting with Tajikistan continued on Tuesday.")
    event = only(text, "en")
    assert event["date"] == ("2025-05-05", "2025-05-06")


def test_two_wars_of_one_pair_stay_apart():
    text = "Ethiopia and Eritrea fought in the 1990s and in 2020. The two countries fought again in 2020 in Tigray."
    wars = [e for e in events_of(text, "en")]
    assert sorted(e["date"] for e in wars) == [("1990", "1999"), ("2020", None)]


@pytest.mark.parametrize("pattern, text, expected", [
    ("clash*", "the clashes began", ["clashes"]),
    ("*nya", "tentaranya tewas", ["tentaranya"]),
    ("beralih ke .. bantuan", "beralih ke blok itu untuk bantuan", ["beralih ke blok itu untuk bantuan"]),
    ("-brokered", "a Russia-brokered truce", ["-brokered"]),
    ("war", "a warlord and the war", ["war"]),
])
def test_pattern_language(pattern, text, expected):
    assert [m.group() for m in find_all([pattern], text)] == expected
    assert pattern_regex(pattern)


@pytest.mark.parametrize("language, text", [
    ("en", "Iran threatened to attack Israel over the strikes."),
    ("id", "Iran mengancam akan menyerang Israel."),
])
def test_threat_is_asserted_and_the_attack_is_not(language, text):
    found = {e["kind"]: e for e in events_of(text, language)}
    assert found["ThreatOfForce"]["modality"] == "asserted"
    assert found["ThreatOfForce"]["roles"]["participant"] == ["IRN", "ISR"]
    assert "ArmedClash" not in found  # a threatened act is no event (docs/gold-format.md: a threat is not a decision)


@pytest.mark.parametrize("language, text", [
    ("en", "The United States provided military aid to Ukraine on Monday."),
    ("id", "Amerika Serikat memberikan bantuan militer kepada Ukraina pada Senin (5/5/2025)."),
])
def test_military_aid_giver_and_receiver(language, text):
    event = only(text, language)
    assert event["kind"] == "MilitaryAid"
    assert event["roles"]["agent"] == ["USA"] and event["roles"]["addressee"] == ["UKR"]
    assert event["date"] == ("2025-05-05", None)


def test_mediator_is_no_side_of_the_talks_between_two_others():
    found = {e["kind"]: e for e in events_of("Qatar menengahi perundingan antara Rwanda dan Kongo.", "id")}
    assert found["Mediation"]["roles"] == {"mediator": ["QAT"], "participant": ["COD", "RWA"]}
    assert found["Talks"]["roles"]["participant"] == ["COD", "RWA"]


@pytest.mark.parametrize("language, text", [
    ("en", "Indian Prime Minister Narendra Modi visited Moscow on Monday."),
    ("id", "Perdana Menteri India Narendra Modi berkunjung ke Moskow pada Senin (5/5/2025)."),
])
def test_a_visit_to_a_capital_is_talks_with_its_state(language, text):
    event = only(text, language)
    assert event["kind"] == "Talks"
    assert event["roles"]["participant"] == ["IND", "RUS", "narendra-modi"]
    assert event["roles"]["location"] == ["moscow"]


def test_passive_agent_is_the_other_side():
    event = only("Pakistan said three of its soldiers were killed by Indian shelling.", "en")
    assert event["roles"]["participant"] == ["IND", "PAK"]
    assert (event["fatalities"], event["side"]) == ((3, "exact"), "PAK")


def test_accuser_is_the_other_side():
    event = only("Ukraine accused Russia of shelling Kharkiv on Sunday.", "en")
    assert event["roles"]["participant"] == ["RUS", "UKR"]
    assert event["date"] == ("2025-05-04", None)


@pytest.mark.parametrize("language, text", [
    ("en", "Egypt wants to send troops to Sudan."),
    ("id", "Mesir ingin mengirim pasukan ke Sudan."),
])
def test_wishes_are_hypothetical(language, text):
    assert only(text, language)["modality"] == "hypothetical"


def test_rejected_offer_yields_no_talks():
    assert events_of("Serbia rejected a Russian offer to host talks with Kosovo.", "en") == []


def test_passing_mention_of_talks_needs_two_sides():
    assert events_of("Chile welcomed the prospect of peace talks.", "en") == []


def test_noun_trigger_takes_only_the_subject_of_a_support_verb():
    found = events_of("Britain and France carried out air strikes on Houthi targets. "
                      "Italy called the strikes proportionate.", "en")
    assert [(e["kind"], e["roles"]["participant"]) for e in found] == [("ArmedClash", ["FRA", "GBR", "HOUTHIS"])]


def test_later_mention_adds_the_broker_to_the_truce():
    event = only("Israel and Hezbollah agreed to a ceasefire on 26 November 2024. "
                 "The agreement, brokered by the United States and France, took effect on Wednesday.", "en")
    assert event["kind"] == "Ceasefire"
    assert event["roles"]["mediator"] == ["FRA", "USA"]


def test_stopping_attacks_is_a_truce_and_not_an_attack():
    event = only("Amerika Serikat dan kelompok Houthi di Yaman sepakat untuk menghentikan serangan pada Selasa (6/5/2025).", "id")
    assert event["kind"] == "Ceasefire"
    assert event["roles"]["participant"] == ["HOUTHIS", "USA"]


def test_a_warship_is_no_war():
    found = events_of("Filipina menempatkan kapal perang tua di beting itu.", "id")
    assert [(e["kind"], e["roles"].get("agent")) for e in found] == [("Deployment", ["PHL"])]  # placed there, no war


def test_capture_from_the_other_side():
    event = only("Angkatan Bersenjata Sudan merebut kembali Istana Republik dari RSF pada Jumat (21/3/2025).", "id")
    assert event["kind"] == "ArmedClash"
    assert event["roles"]["participant"] == ["RSF", "SDN"]


def test_a_seizure_of_power_is_no_capture():
    assert events_of("Militer Myanmar merebut kekuasaan dalam kudeta pada Februari 2021.", "id") == []


def test_members_listed_with_made_up_of_are_members_not_sides():
    text = "The Alliance of Sahel States, made up of Mali, Burkina Faso and Niger, met in Bamako on Monday."
    doc = Document(document_iri(text), "test", text, None, PUBLISHED, "en")
    found = {(local_key(m.member), local_key(m.organization)) for m in extract(doc).memberships}
    assert found == {("MLI", "AES"), ("BFA", "AES"), ("NER", "AES")}


def test_accession_states_membership_and_one_event_per_member():
    text = "Finland and Sweden joined NATO in 2024."
    doc = Document(document_iri(text), "test", text, None, PUBLISHED, "en")
    extraction = extract(doc)
    assert sorted(local_key(e.roles["agent"][0]) for e in extraction.events) == ["FIN", "SWE"]
    assert {(local_key(m.member), local_key(m.organization)) for m in extraction.memberships} == {("FIN", "NATO"), ("SWE", "NATO")}


def test_unnamed_signing_signs_the_known_treaty_the_text_named():
    text = ("Russia and North Korea invoked their comprehensive strategic partnership treaty. "
            "The treaty between Moscow and Pyongyang was signed in June 2024.")
    doc = Document(document_iri(text), "test", text, None, PUBLISHED, "en")
    extraction = extract(doc)
    signing = next(e for e in extraction.events if e.kind == "TreatySigning")
    assert [local_key(t) for t in signing.roles["treaty"]] == ["rus-prk-2024-partnership"]


def test_a_side_fighting_alongside_another_joins_the_war():
    event = only("Ethiopia and the TPLF fought a war in Tigray from 2020. "
                 "Eritrean troops fought on the side of the Ethiopian government in 2020.", "en")
    assert {"ERI", "ETH", "TPLF"} <= set(event["roles"]["participant"])


def test_helpers_fight_on_the_side_they_help():
    found = events_of("North Korea sent troops to help Russia retake Kursk from Ukraine in 2024.", "en")
    fight = next(e for e in found if e["kind"] == "ArmedClash")
    assert fight["roles"]["participant"] == ["PRK", "RUS", "UKR"]


def test_patrons_named_as_description_are_no_sides():
    assert events_of("Groups linked to al-Qaeda carried out attacks in Mali.", "en") == []


def test_a_deadline_dates_nothing():
    found = events_of("Congo and the M23 agreed to stop attacks and to work towards a deal to be concluded by 18 August.", "en")
    assert [e["date"] for e in found if e["kind"] == "Ceasefire"] == [("2025-05-08", None)]


def test_attacks_at_different_places_stay_apart():
    found = events_of("The Houthis attacked ships in the Red Sea in November 2023. "
                      "Israel struck the port of Hodeidah, hitting the Houthis.", "en")
    assert len([e for e in found if e["kind"] == "ArmedClash"]) == 2


def test_still_a_member_is_no_accession_but_officially_becoming_one_is():
    assert [e["kind"] for e in events_of("Armenia masih secara resmi menjadi anggota CSTO.", "id")] == []
    event = only("Swedia resmi menjadi anggota NATO ke-32 pada Kamis (7/3/2024).", "id")
    assert (event["kind"], event["roles"]["agent"], event["date"]) == ("Accession", ["SWE"], ("2024-03-07", None))


def test_missiles_at_a_capital_strike_its_state():
    event = only("Rusia meluncurkan puluhan rudal ke Kyiv pada Minggu dini hari, kata pejabat Ukraina.", "id")
    assert event["roles"]["participant"] == ["RUS", "UKR"]
    assert event["roles"]["location"] == ["kyiv"]


@pytest.mark.parametrize("language, text, kind", [
    ("id", "Israel Gempur Gaza, 30 Warga Palestina Tewas", "ArmedClash"),
    ("id", "Korut Kirim 10.000 Tentara ke Rusia", "Deployment"),
    ("id", "Armenia Bekukan Partisipasinya di CSTO", "Suspension"),
    ("en", "Armenia and Azerbaijan clash on border", "ArmedClash"),
])
def test_headline_verb_forms(language, text, kind):
    assert only(text, language)["kind"] == kind


def test_a_deal_struck_is_no_strike():
    assert events_of("The two sides agreed to strike a deal.", "en") == []


@pytest.mark.parametrize("language, text", [
    ("en", "Mali called on Russia to send troops to fight the jihadists."),
    ("id", "Mali meminta Rusia untuk mengirim pasukan."),
])
def test_asking_for_troops_is_a_request_and_the_troops_are_not_sent(language, text):
    found = {e["kind"]: e for e in events_of(text, language)}
    assert found["AidRequest"]["roles"] == {"requester": ["MLI"], "addressee": ["RUS"]}
    assert found["Deployment"]["modality"] == "hypothetical"


def test_clashes_after_which_help_is_asked_are_the_asker_s():
    found = {e["kind"]: e for e in events_of("Armenia asked Russia for military help after clashes with Azerbaijan on Monday.", "en")}
    assert found["ArmedClash"]["roles"]["participant"] == ["ARM", "AZE"]


def test_shelling_a_city_involves_its_state():
    event = only("Ukraine's military said on Monday that Russian forces had shelled Kharkiv overnight, killing three civilians.", "en")
    assert event["roles"]["participant"] == ["RUS", "UKR"]
    assert event["fatalities"] == (3, "exact")


def test_talks_in_a_phone_call_are_one_call_and_the_war_discussed_keeps_no_day():
    found = {e["kind"]: e for e in events_of("The Kremlin said Putin and Erdogan discussed the civil war in Syria in a phone call on Tuesday.", "en")}
    assert "Talks" not in found
    assert found["PhoneCall"]["date"] == ("2025-05-06", None)
    assert found["War"]["date"] is None


def test_could_launch_an_offensive_is_not_done():
    assert all(e["modality"] != "asserted" for e in events_of("Israel could launch a ground offensive into Rafah within days.", "en"))


def test_a_reporting_clause_dates_the_event_before_it():
    event = only("Amerika Serikat dan kelompok Houthi sepakat untuk menghentikan serangan, kata Oman pada Selasa (6/5/2025).", "id")
    assert (event["kind"], event["date"]) == ("Ceasefire", ("2025-05-06", None))


@pytest.mark.parametrize("language, text, expected", [
    ("en", "Kazakhstan and Belarus, both members of the CSTO, sent troops.", {("KAZ", "CSTO"), ("BLR", "CSTO")}),
    ("id", "Sebagai sesama anggota ASEAN, Thailand dan Kamboja diminta menahan diri.", {("THA", "ASEAN"), ("KHM", "ASEAN")}),
    ("id", "Negara-negara anggota NATO seperti Polandia dan Estonia menambah anggaran.", {("POL", "NATO"), ("EST", "NATO")}),
])
def test_members_named_around_the_member_cue(language, text, expected):
    doc = Document(document_iri(text), "test", text, None, PUBLISHED, language)
    assert {(local_key(m.member), local_key(m.organization)) for m in extract(doc).memberships} == expected


def test_the_group_named_as_membership_is_no_subject():
    """Each state sends its own troops: one deployment per agent, none by the CSTO."""
    found = events_of("Kazakhstan and Belarus, both members of the CSTO, sent troops.", "en")
    assert sorted(e["roles"]["agent"] for e in found) == [["BLR"], ["KAZ"]]


@pytest.mark.parametrize("text, modality, troops", [
    ("The first contingent of 400 Kenyan police officers arrived in Haiti on Tuesday.", "asserted", (400, "exact")),
    ("Kenya will send 1,000 police officers to Haiti.", "future", (1000, "exact")),
])
def test_police_missions_are_deployments(text, modality, troops):
    event = only(text, "en")
    assert (event["kind"], event["roles"]["agent"], event["modality"], event["troops"]) == ("Deployment", ["KEN"], modality, troops)


def test_signing_a_named_kind_of_agreement_in_a_capital():
    text = "Japan and the Philippines signed a reciprocal access agreement in Manila on Monday."
    doc = Document(document_iri(text), "test", text, None, PUBLISHED, "en")
    extraction = extract(doc)
    (signing,) = extraction.events
    assert [local_key(i) for i in signing.roles["location"]] == ["manila"]
    assert extraction.treaties[0].label == "reciprocal access agreement"


@pytest.mark.parametrize("language, text, expected", [
    ("en", "Peru and Chile are members of the Pacific Alliance and of APEC.",
     {("PER", "APEC"), ("CHL", "APEC")}),
    ("en", "Ghana and Togo are members of the African Union and of ECOWAS.",
     {("GHA", "AU"), ("TGO", "AU"), ("GHA", "ECOWAS"), ("TGO", "ECOWAS")}),
    ("id", "Malaysia dan Vietnam adalah anggota ASEAN dan APEC.",
     {("MYS", "ASEAN"), ("VNM", "ASEAN"), ("MYS", "APEC"), ("VNM", "APEC")}),
    ("id", "Mesir merupakan anggota BRICS bersama Iran dan Etiopia.",
     {("EGY", "BRICS"), ("IRN", "BRICS"), ("ETH", "BRICS")}),
    ("en", "Norway belongs to NATO.", {("NOR", "NATO")}),
    ("id", "Thailand, salah satu negara pendiri ASEAN, menyambut keputusan itu.", {("THA", "ASEAN")}),
])
def test_memberships_of_joined_organizations_and_listed_members(language, text, expected):
    doc = Document(document_iri(text), "test", text, None, PUBLISHED, language)
    found = {(local_key(m.member), local_key(m.organization)) for m in extract(doc).memberships}
    assert expected <= found


@pytest.mark.parametrize("language, text", [
    ("en", "Britain has about 900 troops in Estonia."),
    ("id", "Prancis memiliki sekitar 900 pasukan di Chad."),
])
def test_stationed_forces_are_an_undated_deployment(language, text):
    event = only(text, language)
    assert event["kind"] == "Deployment" and event["roles"]["agent"] == [["GBR"], ["FRA"]][language == "id"]
    assert event["troops"] == (900, "about") and event["date"] is None


@pytest.mark.parametrize("language, text", [
    ("en", "Neither Lima nor Santiago has deployed troops to the border."),
    ("en", "The accord will allow each navy to send ships and troops to the other's ports."),
    ("en", "Chad said it had no troops in Sudan."),
    ("id", "Perjanjian itu mengizinkan kedua negara mengirim pasukan ke wilayah satu sama lain."),
])
def test_negated_or_permitted_deployment_is_not_asserted(language, text):
    assert all(e["modality"] != "asserted" for e in events_of(text, language) if e["kind"] == "Deployment")


@pytest.mark.parametrize("language, text", [
    ("en", "SADC gave Lesotho's army an ultimatum on Friday to return to barracks."),
    ("id", "ECOWAS memberikan ultimatum kepada junta Guinea pada Jumat (2/5/2025)."),
])
def test_ultimatum_is_a_threat_of_force(language, text):
    kinds = [e["kind"] for e in events_of(text, language)]
    assert "ThreatOfForce" in kinds


@pytest.mark.parametrize("language, text", [
    ("en", "Hanoi protested and turned to China's old rival, India. The two countries signed a defence pact in March."),
    ("id", "Vietnam memprotes dan beralih ke India. Kedua negara menandatangani pakta pertahanan pada Maret 2025."),
])
def test_the_two_countries_who_sign_are_the_two_states_named_last(language, text):
    signing = next(e for e in events_of(text, language) if e["kind"] == "TreatySigning")
    assert signing["roles"]["participant"] == ["IND", "VNM"]


@pytest.mark.parametrize("language, text", [
    ("en", "Colombia and Venezuela clashed at the border in 2019. Chile accused Peru of spying on Monday. "
           "Both countries are members of APEC."),
    ("id", "Kolombia dan Venezuela bentrok di perbatasan pada 2019. Chile menuduh Peru melakukan spionase. "
           "Kedua negara adalah anggota APEC."),
])
def test_both_countries_are_members_means_the_states_named_last(language, text):
    doc = Document(document_iri(text), "test", text, None, PUBLISHED, language)
    found = {(local_key(m.member), local_key(m.organization)) for m in extract(doc).memberships}
    assert found == {("CHL", "APEC"), ("PER", "APEC")}


@pytest.mark.parametrize("language, text", [
    ("en", "Estonia joined the bloc in May 2021. Latvia sent 300 soldiers to Lithuania the same month."),
    ("id", "Estonia bergabung pada Mei 2021. Latvia mengirim 300 tentara ke Lituania pada bulan yang sama."),
])
def test_the_same_month_dates_an_event_by_the_previous_sentence(language, text):
    deployment = next(e for e in events_of(text, language) if e["kind"] == "Deployment")
    assert deployment["date"] == ("2021-05", None)


def test_withdrawal_announced_as_a_noun_is_dated_by_its_parenthesis():
    text = "Chad dan Niger mengumumkan penarikan diri dari ICC, Senin (5/5/2025)."
    withdrawals = [e for e in events_of(text, "id") if e["kind"] == "Withdrawal"]
    assert sorted(e["roles"]["agent"][0] for e in withdrawals) == ["NER", "TCD"]
    assert {e["date"] for e in withdrawals} == {("2025-05-05", None)}


@pytest.mark.parametrize("language, text", [
    ("en", "Three soldiers were hurt after a Syrian drone struck the outpost of UNDOF near Quneitra, on Tuesday (6/5/2025)."),
    ("id", "Tiga prajurit terluka setelah drone Suriah menyerang pos pemeriksaan milik UNDOF di dekat Quneitra, Selasa (6/5/2025)."),
])
def test_attack_on_a_post_hits_its_owner_and_takes_the_closing_date(language, text):
    clash = next(e for e in events_of(text, language) if e["kind"] == "ArmedClash")
    assert clash["roles"]["participant"] == ["SYR", "UNDOF"]
    assert clash["date"] == ("2025-05-06", None) and clash["troops"] is None


@pytest.mark.parametrize("language, text", [
    ("en", "Ties soured after a clash in the Pamirs in May 2021, when 12 Tajik soldiers died fighting Kyrgyz troops."),
    ("id", "Hubungan memburuk setelah bentrokan di Pamir pada Mei 2021, ketika 12 tentara Tajikistan tewas dalam pertempuran dengan pasukan Kirgizstan."),
])
def test_side_of_the_dead_takes_part_and_a_when_clause_takes_the_date_before(language, text):
    clash = next(e for e in events_of(text, language) if e["kind"] == "ArmedClash")
    assert clash["roles"]["participant"] == ["KGZ", "TJK"]
    assert clash["date"] == ("2021-05", None)


@pytest.mark.parametrize("language, text", [
    ("en", "The PKK detonated a car bomb at a police station in Ankara in March 2016."),
    ("id", "PKK meledakkan bom mobil di kantor polisi di Ankara pada Maret 2016."),
])
def test_bombing_hits_the_state_of_the_place(language, text):
    clash = next(e for e in events_of(text, language) if e["kind"] == "ArmedClash")
    assert clash["roles"]["participant"] == ["PKK", "TUR"] and clash["date"] == ("2016-03", None)


@pytest.mark.parametrize("language, text", [
    ("en", "Turkey launched a ground operation in northern Iraq on 3 March against the PKK."),
    ("id", "Turki melancarkan operasi darat di Irak utara pada 3 Maret untuk memerangi PKK."),
])
def test_ground_operation_is_a_clash(language, text):
    clash = next(e for e in events_of(text, language) if e["kind"] == "ArmedClash")
    assert clash["roles"]["participant"] == ["PKK", "TUR"]


@pytest.mark.parametrize("language, text", [
    ("en", "Armenia and Azerbaijan carried out a US-brokered prisoner exchange on Tuesday."),
    ("id", "Armenia dan Azerbaijan melakukan pertukaran tahanan, dengan mediasi Amerika Serikat, pada Selasa (6/5/2025)."),
])
def test_brokered_exchange_is_a_mediation(language, text):
    mediation = next(e for e in events_of(text, language) if e["kind"] == "Mediation")
    assert mediation["roles"]["participant"] == ["ARM", "AZE"] and mediation["roles"]["mediator"] == ["USA"]
    assert mediation["date"] == ("2025-05-06", None)


@pytest.mark.parametrize("language, text", [
    ("en", "Trade fell after Ethiopia's invasion in 2020. Eritrea and Ethiopia still trade accusations. "
           "The war in Eritrea has not ended."),
    ("id", "Perdagangan turun sejak invasi Etiopia pada 2020. Eritrea dan Etiopia masih saling menuduh. "
           "Perang di Eritrea belum berakhir sepenuhnya."),
])
def test_war_told_twice_with_one_side_each_is_one_war(language, text):
    wars = [e for e in events_of(text, language) if e["kind"] == "War"]
    assert [w["roles"]["participant"] for w in wars] == [["ERI", "ETH"]]


def test_one_sided_wars_of_states_never_named_together_stay_apart():
    text = "Sudan's war has displaced millions. Far away, the war in Myanmar goes on."
    wars = [e["roles"]["participant"] for e in events_of(text, "en") if e["kind"] == "War"]
    assert ["MMR", "SDN"] not in wars


@pytest.mark.parametrize("language, text", [
    ("en", "The accord was signed in Hanoi by Vietnam and Laos, with China looking on."),
    ("id", "Perjanjian itu ditandatangani di Hanoi oleh Vietnam dan Laos, disaksikan oleh China."),
])
def test_passive_signers_sign_and_onlookers_do_not(language, text):
    signing = next(e for e in events_of(text, language) if e["kind"] == "TreatySigning")
    assert signing["roles"]["participant"] == ["LAO", "VNM"]


@pytest.mark.parametrize("language, text", [
    ("en", "Chile signed similar treaties with Peru in March 2019 and with Bolivia in May 2021."),
    ("id", "Chile menandatangani perjanjian serupa dengan Peru pada Maret 2019 dan dengan Bolivia pada Mei 2021."),
])
def test_several_agreements_one_per_party_with_its_own_date(language, text):
    signings = {tuple(e["roles"]["participant"]): e["date"] for e in events_of(text, language)
                if e["kind"] == "TreatySigning"}
    assert signings == {("CHL", "PER"): ("2019-03", None), ("BOL", "CHL"): ("2021-05", None)}


def test_he_among_the_signers_is_the_person_named_before():
    text = "Peruvian President Dina Boluarte flew to Santiago, and on 2 May she and Chile signed a defence pact."
    signing = next(e for e in events_of(text, "en") if e["kind"] == "TreatySigning")
    assert "dina-boluarte" in signing["roles"]["participant"]


@pytest.mark.parametrize("language, text", [
    ("en", "Since then, Armenia and Azerbaijan have both deployed tens of thousands of troops along the border."),
    ("id", "Sejak itu, Armenia dan Azerbaijan sama-sama mengerahkan puluhan ribu tentara di sepanjang perbatasan."),
])
def test_each_state_deploys_its_own_troops_and_a_vague_amount_is_no_figure(language, text):
    found = [e for e in events_of(text, language) if e["kind"] == "Deployment"]
    assert sorted(e["roles"]["agent"] for e in found) == [["ARM"], ["AZE"]]
    assert all(e["troops"] is None for e in found)


@pytest.mark.parametrize("language, text", [
    ("en", "Dozens of people were killed when Sudan's army shelled the RSF in Omdurman on Friday."),
    ("id", "Puluhan orang tewas ketika tentara Sudan menggempur RSF di Omdurman pada Jumat (2/5/2025)."),
])
def test_dozens_of_dead_is_no_fatality_figure(language, text):
    clash = next(e for e in events_of(text, language) if e["kind"] == "ArmedClash")
    assert clash["fatalities"] is None


@pytest.mark.parametrize("language, text, kind, agent", [
    ("en", "Colombia, which borders Venezuela, reinforced its military presence on the frontier.", "Deployment", "COL"),
    ("id", "Kolombia memperkuat kehadiran militernya di perbatasan.", "Deployment", "COL"),
    ("id", "Swedia menjadi anggota NATO pada 2024, setahun setelah Finlandia bergabung.", "Accession", "FIN"),
])
def test_reinforcements_and_plain_joining(language, text, kind, agent):
    assert any(e["kind"] == kind and e["roles"].get("agent") == [agent] for e in events_of(text, language))


@pytest.mark.parametrize("language, text", [
    ("en", "The Niger army, with support from Russian forces, is still fighting ISWAP."),
    ("id", "Tentara Niger, dengan dukungan pasukan Rusia, masih bertempur melawan ISWAP."),
])
def test_supported_army_and_its_supporter_both_fight(language, text):
    clash = next(e for e in events_of(text, language) if e["kind"] == "ArmedClash")
    assert clash["roles"]["participant"] == ["ISWAP", "NER", "RUS"]


def test_patron_glued_to_linked_is_no_side():
    clash = next(e for e in events_of("Ugandan troops are fighting al-Shabaab-linked militants near Kismayo.", "en")
                 if e["kind"] == "ArmedClash")
    assert clash["roles"]["participant"] == ["UGA"]


def test_relative_clause_names_no_actor():
    found = events_of("Chad, which borders Sudan, deployed troops to its eastern frontier.", "en")
    assert [e["roles"]["agent"] for e in found if e["kind"] == "Deployment"] == [["TCD"]]


@pytest.mark.parametrize("language, text", [
    ("en", "South Korea hosts about 28,500 US troops."),
    ("id", "Korea Selatan menampung sekitar 28.500 tentara Amerika Serikat."),
])
def test_hosted_forces_are_deployed_by_their_state_in_the_host(language, text):
    event = only(text, language)
    assert event["kind"] == "Deployment" and event["roles"]["agent"] == ["USA"]
    assert event["roles"]["location"] == ["KOR"] and event["troops"] == (28500, "about") and event["date"] is None


@pytest.mark.parametrize("language, text", [
    ("en", "The pact will allow each country to send troops to the other for drills."),
    ("id", "Pakta itu memungkinkan kedua negara mengirim pasukan ke wilayah masing-masing untuk latihan."),
])
def test_a_permission_to_send_troops_is_no_event(language, text):
    assert [e for e in events_of(text, language) if e["kind"] == "Deployment"] == []


@pytest.mark.parametrize("language, text", [
    ("en", "Rwanda has pledged to send 800 police officers in total."),
    ("id", "Rwanda berjanji akan mengirim 800 personel polisi."),
])
def test_pledged_officers_are_a_future_deployment(language, text):
    event = only(text, language)
    assert event["kind"] == "Deployment" and event["modality"] == "future"
    assert event["roles"]["agent"] == ["RWA"] and event["troops"] == (800, "exact")


@pytest.mark.parametrize("language, text", [
    ("en", "Peruvian President Dina Boluarte and Chilean President Gabriel Boric spoke to reporters. "
           "The two leaders pledged to begin border negotiations in June."),
    ("id", "Presiden Peru Dina Boluarte dan Presiden Chile Gabriel Boric menemui wartawan. "
           "Kedua pemimpin berjanji untuk memulai perundingan perbatasan pada Juni."),
])
def test_the_two_leaders_pledging_talks_are_future_talks_of_their_states(language, text):
    talks = next(e for e in events_of(text, language) if e["kind"] == "Talks")
    assert talks["modality"] == "future"
    assert {"CHL", "PER"} <= set(talks["roles"]["participant"])


@pytest.mark.parametrize("language, text", [
    ("en", "The Chad army is still fighting Boko Haram around Lake Chad."),
    ("id", "Tentara Chad masih bertempur melawan Boko Haram di sekitar Danau Chad."),
])
def test_an_ongoing_fight_is_not_dated_by_the_publication(language, text):
    clash = only(text, language)
    assert clash["kind"] == "ArmedClash" and clash["date"] is None
    assert clash["roles"]["participant"] == ["BOKOHARAM", "TCD"]


@pytest.mark.parametrize("language, text", [
    ("en", "Guinea, Gabon and Chad criticised the court. The three countries are members of the African Union."),
    ("id", "Guinea, Gabon dan Chad mengkritik pengadilan itu. Ketiga negara anggota Uni Afrika itu menolak hadir."),
])
def test_the_three_countries_are_the_three_states_named_last(language, text):
    doc = Document(document_iri(text), "test", text, None, PUBLISHED, language)
    found = {(local_key(m.member), local_key(m.organization)) for m in extract(doc).memberships}
    assert found == {("GIN", "AU"), ("GAB", "AU"), ("TCD", "AU")}


@pytest.mark.parametrize("language, text", [
    ("en", "Finland joined NATO in 2023. Norway remains a member, but it sent no ships."),
    ("id", "Finlandia bergabung dengan NATO pada 2023. Norwegia tetap menjadi anggota, tetapi tidak mengirim kapal."),
])
def test_a_member_cue_ending_its_clause_speaks_of_the_group_named_last(language, text):
    doc = Document(document_iri(text), "test", text, None, PUBLISHED, language)
    found = {(local_key(m.member), local_key(m.organization)) for m in extract(doc).memberships}
    assert ("NOR", "NATO") in found


def test_a_relative_clause_hangs_on_its_antecedent():
    text = "Peru and Chile met on Monday. Peru is a member of the Pacific Alliance, which helped to arrange the meeting."
    talks = [e for e in events_of(text, "en") if e["kind"] == "Talks"]
    assert any(e["roles"].get("mediator") == ["PACIFIC_ALLIANCE"] for e in talks), talks


@pytest.mark.parametrize("language, text", [
    ("en", "Both states belong to the OAS, whose summit Panama hosts this year, and Peru is a member of APEC."),
    ("id", "Peru, yang menjadi tuan rumah bersama Panama, adalah anggota APEC."),
])
def test_who_a_relative_clause_names_is_no_member(language, text):
    doc = Document(document_iri(text), "test", text, None, PUBLISHED, language)
    found = {(local_key(m.member), local_key(m.organization)) for m in extract(doc).memberships}
    assert ("PER", "APEC") in found and ("PAN", "APEC") not in found


@pytest.mark.parametrize("language, text", [
    ("en", "Together with Malian troops, Russian forces recaptured the town of Kidal in November 2023."),
    ("id", "Bersama pasukan Mali, tentara Rusia merebut kembali kota Kidal pada November 2023."),
])
def test_together_with_fighters_are_on_the_same_side(language, text):
    clash = next(e for e in events_of(text, language) if e["kind"] == "ArmedClash")
    assert {"MLI", "RUS"} <= set(clash["roles"]["participant"]) and clash["date"] == ("2023-11", None)


@pytest.mark.parametrize("language, text", [
    ("en", "Relations soured after a border clash in May 2021. Since then, Kyrgyzstan and Tajikistan have both deployed troops along the frontier."),
    ("id", "Hubungan memburuk setelah bentrokan perbatasan pada Mei 2021. Sejak itu, Kirgizstan dan Tajikistan sama-sama menempatkan pasukan di perbatasan."),
])
def test_what_holds_since_an_event_is_not_dated(language, text):
    deployments = [e for e in events_of(text, language) if e["kind"] == "Deployment"]
    assert sorted(e["roles"]["agent"][0] for e in deployments) == ["KGZ", "TJK"]
    assert all(e["date"] is None for e in deployments)


def test_a_pair_anaphor_far_from_talks_does_not_make_their_sides():
    text = ("Peru and Chile met on Monday. Both governments belong to the OAS, whose summit Panama hosts, "
            "and Chile is a member of APEC, which helped to arrange the meeting.")
    talks = [e for e in events_of(text, "en") if e["kind"] == "Talks"]
    assert [t["roles"]["participant"] for t in talks] == [["CHL", "PER"]]


@pytest.mark.parametrize("language, text", [
    ("en", "Sudan's army shelled RSF positions in Omdurman on Friday; 120 people were killed or injured."),
    ("id", "Tentara Sudan menggempur posisi RSF di Omdurman pada Jumat (2/5/2025); 120 orang tewas atau terluka."),
])
def test_killed_or_injured_is_no_count_of_dead(language, text):
    clash = next(e for e in events_of(text, language) if e["kind"] == "ArmedClash")
    assert clash["fatalities"] is None


def test_a_person_and_their_state_are_no_pair_for_the_two():
    text = ("President William Ruto called the deployment a mission. "
            "While he was abroad, gangs attacked the two biggest prisons in the capital.")
    assert [e for e in events_of(text, "en") if e["kind"] == "ArmedClash"] == []


@pytest.mark.parametrize("language, text", [
    ("en", "Russia, China and Kazakhstan signed a border accord. The three neighbouring countries later founded the SCO."),
    ("id", "Rusia, China dan Kazakhstan menandatangani kesepakatan perbatasan. Ketiga negara tetangga itu kemudian mendirikan SCO."),
])
def test_the_three_countries_that_founded_a_group_are_its_members(language, text):
    doc = Document(document_iri(text), "test", text, None, PUBLISHED, language)
    found = {(local_key(m.member), local_key(m.organization)) for m in extract(doc).memberships}
    assert {("RUS", "SCO"), ("CHN", "SCO"), ("KAZ", "SCO")} <= found


@pytest.mark.parametrize("language, text", [
    ("en", "Kenyan President William Ruto phoned Ghanaian President John Mahama on Monday."),
    ("id", "Presiden Kenya William Ruto menelepon Presiden Ghana John Mahama pada Senin."),
])
def test_a_call_verb_takes_the_one_called_as_party(language, text):
    event = only(text, language)
    assert event["kind"] == "PhoneCall"
    assert event["roles"]["participant"] == ["GHA", "KEN", "john-mahama", "william-ruto"]


@pytest.mark.parametrize("language, text", [
    ("en", "In March 2023, Russia held war games around Finland after the election."),
    ("id", "Pada Maret 2023, Rusia menggelar latihan militer besar-besaran di sekitar Finlandia setelah pemilu."),
])
def test_drills_around_a_state_threaten_it(language, text):
    event = only(text, language)
    assert event["kind"] == "ThreatOfForce"
    assert event["roles"]["participant"] == ["FIN", "RUS"]
    assert event["date"] == ("2023-03", None)


@pytest.mark.parametrize("language, text", [
    ("en", "In March 2021 Ethiopia launched air strikes at night against Eritrea."),
    ("id", "Etiopia melancarkan invasi skala besar ke Eritrea pada Maret 2021."),
])
def test_a_noun_trigger_reaches_its_target_past_two_modifiers(language, text):
    event = only(text, language)
    assert event["kind"] in ("War", "ArmedClash")
    assert event["roles"]["participant"] == ["ERI", "ETH"]


@pytest.mark.parametrize("language, text", [
    ("en", "Ethiopian officials said Eritrea had reopened its border with Ethiopia. The neighbours fought a war over Badme from 1998 to 2000."),
    ("id", "Pejabat Etiopia mengatakan Eritrea telah membuka kembali perbatasannya dengan Etiopia. Kedua negara bertetangga itu berperang pada 1998."),
])
def test_neighbours_who_fought_with_no_fight_told_before_are_the_two_states_named_most(language, text):
    event = only(text, language)
    assert event["kind"] == "War"
    assert event["roles"]["participant"] == ["ERI", "ETH"]


@pytest.mark.parametrize("language, text", [
    ("en", "Kenya and Somalia agreed to a ceasefire on Sunday after talks in Nairobi that began on Saturday and were mediated by Qatar and Turkey."),
    ("id", "Kenya dan Somalia menyepakati gencatan senjata pada Minggu setelah perundingan di Nairobi yang dimulai Sabtu dan dimediasi oleh Qatar dan Turki."),
])
def test_mediators_named_anywhere_in_the_sentence_broker_the_talks_and_the_truce(language, text):
    found = {e["kind"]: e for e in events_of(text, language)}
    assert found["Talks"]["roles"]["mediator"] == ["QAT", "TUR"]
    assert found["Ceasefire"]["roles"]["mediator"] == ["QAT", "TUR"]
    assert found["Ceasefire"]["roles"]["participant"] == ["KEN", "SOM"]


@pytest.mark.parametrize("language, text", [
    ("en", "Turkey declared a ceasefire on Monday."),
    ("id", "Tentara Turki mengatakan pada Senin akan mematuhi gencatan senjata."),
])
def test_a_truce_with_one_side_and_no_broker_is_no_ceasefire(language, text):
    assert [e for e in events_of(text, language) if e["kind"] == "Ceasefire"] == []


def test_a_truce_with_one_side_and_a_broker_is_between_the_pair_in_focus():
    found = {e["kind"]: e for e in events_of(
        "Armenia and Azerbaijan clashed on Monday. Azerbaijan agreed to a ceasefire mediated by Russia on Wednesday.", "en")}
    assert found["Ceasefire"]["roles"] == {"participant": ["ARM", "AZE"], "mediator": ["RUS"]}
    # alone, its other side unknown, it is no fact (kg.link: a relation left with one party)
    assert events_of("Azerbaijan agreed to a ceasefire mediated by Russia on Wednesday.", "en") == []


@pytest.mark.parametrize("language, text", [
    ("en", "Kenyan President William Ruto is scheduled to meet Ghanaian President John Mahama in Accra on Friday."),
    ("id", "Presiden Kenya William Ruto dijadwalkan bertemu Presiden Ghana John Mahama di Accra pada Jumat."),
])
def test_a_scheduled_meeting_with_a_direct_object_is_future_talks(language, text):
    event = only(text, language)
    assert event["kind"] == "Talks"
    assert event["modality"] == "future"
    assert event["roles"]["participant"] == ["GHA", "KEN", "john-mahama", "william-ruto"]


@pytest.mark.parametrize("language, text", [
    ("en", "The African Union was founded in 2002. In March 2025 the bloc admitted Kenya and Ghana as new members."),
    ("id", "Uni Afrika didirikan pada 2002. Pada Maret 2025, kelompok ini menerima Kenya dan Ghana sebagai anggota baru."),
])
def test_a_group_admitting_states_is_one_accession_each(language, text):
    found = events_of(text, language)
    assert [e["kind"] for e in found] == ["Accession", "Accession"]
    assert sorted(e["roles"]["agent"][0] for e in found) == ["GHA", "KEN"]
    assert {e["roles"]["organization"][0] for e in found} == {"AU"}
    assert {e["date"] for e in found} == {("2025-03", None)}


@pytest.mark.parametrize("language, text", [
    ("en", "The Arakan Army took up arms against the government of Myanmar in 2015."),
    ("id", "Tentara Arakan mengangkat senjata melawan pemerintah Myanmar pada 2015."),
])
def test_taking_up_arms_against_a_state_is_a_war(language, text):
    event = only(text, language)
    assert event["kind"] == "War"
    assert event["roles"]["participant"] == ["ARAKAN_ARMY", "MMR"]


@pytest.mark.parametrize("language, text", [
    ("en", "On Monday Israel joined in, striking the nuclear sites at Natanz and Isfahan with bombs."),
    ("id", "Pada Senin Israel menyerang fasilitas nuklir di Natanz dan Isfahan dengan bom."),
])
def test_striking_nuclear_sites_at_a_known_place_reaches_its_state(language, text):
    event = only(text, language)
    assert event["kind"] == "ArmedClash"
    assert event["roles"]["participant"] == ["IRN", "ISR"]


@pytest.mark.parametrize("language, text", [
    ("en", "Kenya and Somalia will meet again in Nairobi on 2 May, the ministry said."),
    ("id", "Kenya dan Somalia akan bertemu lagi di Nairobi pada 2 Mei."),
])
def test_planned_talks_on_a_day_without_year_are_the_next_such_day(language, text):
    event = only(text, language)
    assert event["kind"] == "Talks"
    assert event["modality"] == "future"
    assert event["date"] == ("2026-05-02", None)  # published 8 May 2025


def test_a_past_day_without_year_stays_in_the_past():
    event = only("Kenya and Somalia met in Nairobi on 2 May, the ministry said.", "en")
    assert event["date"] == ("2025-05-02", None)


@pytest.mark.parametrize("language, text", [
    ("en", "The leaders of Kenya and Somalia committed on Friday to end decades of conflict at a summit hosted by Qatar. "
           "Nairobi also asked the African Union to close its office, which had mediated between them since 1992."),
    ("id", "Para pemimpin Kenya dan Somalia berkomitmen pada Jumat untuk mengakhiri konflik dalam KTT yang diselenggarakan Qatar. "
           "Nairobi juga meminta Uni Afrika menutup kantornya, yang telah menengahi di antara mereka sejak 1992."),
])
def test_mediated_between_them_takes_the_sides_of_the_talks_before(language, text):
    mediation = next(e for e in events_of(text, language) if e["kind"] == "Mediation")
    assert mediation["roles"]["mediator"] == ["AU"]
    assert mediation["roles"]["participant"] == ["KEN", "SOM"]


@pytest.mark.parametrize("language, text", [
    ("en", "The World Health Organization says it has no clear picture of how many clinics survived the shelling."),
    ("id", "Badan Energi Atom Internasional mengatakan pihaknya tidak tahu berapa banyak bahan bakar yang selamat dari pengeboman."),
])
def test_an_agency_that_does_not_fight_is_no_side_of_a_fight(language, text):
    assert [e for e in events_of(text, language) if e["kind"] in ("ArmedClash", "War")] == []


@pytest.mark.parametrize("language, text", [
    ("en", "Kenya and Somalia agreed to a ceasefire in Nairobi on Sunday. The two sides also agreed to set up mechanisms "
           "to consolidate the truce and will meet again in Mombasa on 25 May."),
    ("id", "Kenya dan Somalia menyepakati gencatan senjata di Nairobi pada Minggu. Kedua pihak juga sepakat membentuk "
           "mekanisme untuk memperkuat gencatan senjata dan akan bertemu lagi di Mombasa pada 25 Mei."),
])
def test_consolidating_the_truce_names_the_truce_told_before(language, text):
    truces = [e for e in events_of(text, language) if e["kind"] == "Ceasefire"]
    assert len(truces) == 1
    assert truces[0]["roles"]["location"] == ["nairobi"]


@pytest.mark.parametrize("language, text", [
    ("en", "Kenyan troops have repeatedly attacked al-Shabaab positions in Somalia in recent years."),
    ("id", "Dalam beberapa tahun terakhir, militer Kenya berulang kali menggempur posisi al-Shabaab di Somalia."),
])
def test_fights_told_as_repeated_over_years_take_no_publication_day(language, text):
    event = only(text, language)
    assert event["kind"] == "ArmedClash"
    assert event["roles"]["participant"] == ["ALSHABAAB", "KEN"]
    assert event["date"] is None


@pytest.mark.parametrize("language, text, kind", [
    ("en", "Egypt put forward a proposal for a ceasefire between Israel and Hamas.", "Ceasefire"),
    ("en", "France renewed calls for a truce between Russia and Ukraine.", "Ceasefire"),
    ("en", "There are hopes of peace talks between Russia and Ukraine.", "Talks"),
    ("id", "Indonesia menyampaikan seruan gencatan senjata antara Israel dan Hamas.", "Ceasefire"),
    ("id", "Turki mengajukan usulan perundingan antara Rusia dan Ukraina.", "Talks"),
    ("en", "The UN renewed demands for a ceasefire between Sudan and Chad.", "Ceasefire"),
    ("id", "PBB mengulangi tuntutan gencatan senjata antara Sudan dan Chad.", "Ceasefire"),
    ("id", "Peluang perundingan antara Sudan dan Chad masih kecil.", "Talks"),
])
def test_topic_words_assert_no_event(language, text, kind):
    event = only(text, language)
    assert event["kind"] == kind and event["modality"] == "hypothetical"


@pytest.mark.parametrize("language, text", [
    ("en", "Russia and Ukraine held ceasefire talks in Istanbul on Monday."),
    ("id", "Rusia dan Ukraina menggelar perundingan gencatan senjata di Istanbul pada Senin."),
])
def test_ceasefire_talks_are_talks_not_a_ceasefire(language, text):
    event = only(text, language)
    assert event["kind"] == "Talks" and event["modality"] == "asserted"
    assert event["roles"]["participant"] == ["RUS", "UKR"]


@pytest.mark.parametrize("language, text", [
    ("en", "Ethiopia and Somalia signed a peace agreement on Monday, with Turkey as guarantor."),
    ("id", "Etiopia dan Somalia menandatangani perjanjian damai pada Senin, dengan Turki sebagai penjamin."),
])
def test_guarantor_mediates_the_signing(language, text):
    event = only(text, language)
    assert event["kind"] == "TreatySigning"
    assert event["roles"]["participant"] == ["ETH", "SOM"] and event["roles"]["mediator"] == ["TUR"]


@pytest.mark.parametrize("language, text", [
    ("en", "Congo and Rwanda signed a peace agreement witnessed by the United States on Monday."),
    ("id", "Kongo dan Rwanda menandatangani perjanjian damai yang disaksikan oleh Amerika Serikat pada Senin."),
])
def test_witness_mediates_the_signing(language, text):
    event = only(text, language)
    assert event["roles"]["participant"] == ["COD", "RWA"] and event["roles"]["mediator"] == ["USA"]


@pytest.mark.parametrize("language, text", [
    ("en", "Thailand and Cambodia agreed a ceasefire announced by Malaysia on Monday."),
    ("id", "Thailand dan Kamboja menyepakati gencatan senjata yang diumumkan oleh Malaysia pada Senin."),
])
def test_announcer_is_no_side(language, text):
    event = only(text, language)
    assert event["kind"] == "Ceasefire" and event["roles"]["participant"] == ["KHM", "THA"]


@pytest.mark.parametrize("language, text, expected", [
    ("en", "Israel and Iran fought a war in June 2024. A month later, Israel struck Iran again.", ("2024-07", None)),
    ("id", "Israel dan Iran berperang pada Juni 2024. Sebulan kemudian, Israel menyerang Iran lagi.", ("2024-07", None)),
    ("en", "Sudan and Chad signed a pact on 10 March 2025. Two days later, Sudan attacked Chad.", ("2025-03-12", None)),
    ("id", "Sudan dan Chad menandatangani pakta pada 10 Maret 2025. Dua hari kemudian, Sudan menyerang Chad.",
     ("2025-03-12", None)),
])
def test_shift_cue_dates_from_the_sentence_before(language, text, expected):
    clash = [e for e in events_of(text, language) if e["kind"] == "ArmedClash"]
    assert len(clash) == 1 and clash[0]["date"] == expected


@pytest.mark.parametrize("language, text", [
    ("en", "A day earlier, Chad attacked Sudan."),
    ("id", "Sehari sebelumnya, Chad menyerang Sudan."),
])
def test_shift_cue_without_a_date_before_counts_from_publication(language, text):
    assert only(text, language)["date"] == ("2025-05-07", None)


@pytest.mark.parametrize("language, text", [
    ("en", "The war between Sudan and Chad that began in 2021 continues."),
    ("en", "Sudan and Chad clashed on Tuesday, since the war that broke out in 2021."),
    ("id", "Perang antara Sudan dan Chad yang dimulai pada 2021 masih berlanjut."),
])
def test_background_war_keeps_the_year_it_began(language, text):
    war = [e for e in events_of(text, language) if e["kind"] == "War"]
    assert len(war) == 1 and war[0]["date"] == ("2021", None)


def test_announcer_before_a_passive_agent_is_no_side():
    event = only("A truce announced by Qatar took effect between Israel and Hamas on Sunday.", "en")
    assert event["kind"] == "Ceasefire" and event["roles"]["participant"] == ["HAMAS", "ISR"]
    assert event["date"] == ("2025-05-04", None)


@pytest.mark.parametrize("language, text", [
    ("en", "After three years of fighting between Sudan and Chad, talks began in Doha."),
    ("id", "Setelah tiga tahun bertempur, Sudan dan Chad memulai perundingan di Doha."),
])
def test_fighting_told_by_its_length_takes_the_year_it_began_not_the_publication_day(language, text):
    fights = [e for e in events_of(text, language) if e["kind"] in ("ArmedClash", "War")]  # three years: a war
    assert fights and all(e["date"] == ("2022", None) for e in fights)


@pytest.mark.parametrize("language, text", [
    ("en", "Israel and Hamas agreed a ceasefire on Monday, with Egypt and Qatar as guarantors."),
    ("id", "Israel dan Hamas menyepakati gencatan senjata pada Senin, dengan Mesir dan Qatar sebagai penjamin."),
])
def test_listed_guarantors_all_mediate(language, text):
    event = only(text, language)
    assert event["roles"]["participant"] == ["HAMAS", "ISR"] and event["roles"]["mediator"] == ["EGY", "QAT"]


@pytest.mark.parametrize("language, text, sides", [
    ("en", "Ukraine launched drone strikes on Russian oil refineries on Sunday.", ["RUS", "UKR"]),
    ("en", "The United States carried out the bombing of Iran's nuclear facilities on Sunday.", ["IRN", "USA"]),
    ("en", "Sudan's army shelled positions of the Rapid Support Forces on Sunday.", ["RSF", "SDN"]),
    ("id", "Rusia melancarkan serangan ke markas militer Ukraina pada Minggu.", ["RUS", "UKR"]),
    ("id", "Drone Ukraina menghantam kilang minyak Rusia pada Minggu.", ["RUS", "UKR"]),
])
def test_owner_of_the_target_is_the_attacked_side(language, text, sides):
    event = only(text, language)
    assert event["kind"] == "ArmedClash" and event["roles"]["participant"] == sides
    assert event["date"] == ("2025-05-04", None)


@pytest.mark.parametrize("language, text, participants, mediators", [
    ("id", "Rusia menggelar perundingan dengan Ukraina di Istanbul pada Senin.", ["RUS", "UKR"], None),
    ("en", "Turkey hosted talks between Russia and Ukraine on Monday.", ["RUS", "UKR"], ["TUR"]),
    ("id", "Turki menggelar perundingan antara Rusia dan Ukraina pada Senin.", ["RUS", "UKR"], ["TUR"]),
])
def test_host_of_talks_between_others_mediates_but_one_holding_talks_with_a_party_takes_part(
    language, text, participants, mediators
):
    event = only(text, language)
    assert event["roles"]["participant"] == participants and event["roles"].get("mediator") == mediators

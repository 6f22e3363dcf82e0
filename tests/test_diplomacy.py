"""Diplomacy and agreements on sentences written for these tests (English and
Indonesian): who takes part in talks, who brokers a truce, who joins an
organization, who threatens whom, through the real pipeline."""
from __future__ import annotations

from datetime import date

import pytest

from kg.model import Document
from kg.namespaces import document_iri, local_key
from kg.pipeline import extract

PUBLISHED = date(2025, 3, 12)  # a Wednesday


def events_of(text: str, language: str) -> list[dict]:
    doc = Document(document_iri(text), "test", text, None, PUBLISHED, language)
    return [
        {
            "kind": e.kind,
            "modality": e.modality,
            "roles": {role: sorted(local_key(i) for i in iris) for role, iris in e.roles.items()},
        }
        for e in extract(doc).events
    ]


def of_kind(text: str, language: str, kind: str) -> list[dict]:
    return [e for e in events_of(text, language) if e["kind"] == kind]


@pytest.mark.parametrize("language, text", [
    ("en", "Kenya and Somalia held talks in Nairobi on Monday. The Kenyan delegation was led by Foreign Minister "
           "Musalia Mudavadi, while Somalia's team was headed by Defence Minister Abdulkadir Mohamed Nur."),
    ("en", "Kenya and Somalia held talks in Nairobi on Monday. Foreign Minister Musalia Mudavadi led the Kenyan "
           "delegation and Somali Defence Minister Abdulkadir Mohamed Nur led Somalia's."),
    ("id", "Kenya dan Somalia menggelar perundingan di Nairobi pada Senin. Delegasi Kenya dipimpin Menteri Luar "
           "Negeri Musalia Mudavadi, sedangkan Somalia diwakili Menteri Pertahanan Abdulkadir Mohamed Nur."),
])
def test_delegation_leaders_take_part_in_the_talks(language, text):
    talks = of_kind(text, language, "Talks")
    assert len(talks) == 1, talks
    # the reference knows the Somali minister by his other spelling (persons.toml)
    assert {"musalia-mudavadi", "abdiqadir-mohamed-nur", "KEN", "SOM"} <= set(talks[0]["roles"]["participant"])


@pytest.mark.parametrize("language, text", [
    ("en", "Kenya and Somalia held talks in Nairobi on Monday. Kenyan President William Ruto and Somali President "
           "Hassan Sheikh Mohamud attended."),
    ("id", "Kenya dan Somalia menggelar perundingan di Nairobi pada Senin. Presiden Kenya William Ruto dan "
           "Presiden Somalia Hassan Sheikh Mohamud turut hadir."),
])
def test_who_attended_takes_part_in_the_talks(language, text):
    talks = of_kind(text, language, "Talks")
    assert {"william-ruto", "hassan-sheikh-mohamud"} <= set(talks[0]["roles"]["participant"])


@pytest.mark.parametrize("language, text", [
    ("en", "Kenya and Somalia held talks in Nairobi on Monday. Kenyan President William Ruto and Somali President "
           "Hassan Sheikh Mohamud attended the funeral of a retired general."),
    ("en", "Kenya and Somalia held talks in Nairobi on Monday. The French delegation was led by Foreign Minister "
           "Jean-Noel Barrot."),
])
def test_attending_something_else_or_standing_for_no_side_adds_no_one(language, text):
    talks = of_kind(text, language, "Talks")
    assert talks[0]["roles"]["participant"] == ["KEN", "SOM"]


@pytest.mark.parametrize("language, text", [
    ("en", "Peru and Ecuador agreed to a ceasefire on Monday. Brazilian President Luiz Inacio Lula da Silva hosted "
           "the talks in Brasilia."),
    ("id", "Peru dan Ekuador menyepakati gencatan senjata pada Senin. Kesepakatan itu tercapai setelah perundingan "
           "di Brasilia yang ditengahi Brasil."),
])
def test_a_truce_reached_at_mediated_talks_has_their_mediator(language, text):
    truce = of_kind(text, language, "Ceasefire")
    assert len(truce) == 1, truce
    assert "BRA" in truce[0]["roles"]["mediator"]
    assert truce[0]["roles"]["participant"] == ["ECU", "PER"]


@pytest.mark.parametrize("language, text", [
    ("en", "Peru and Ecuador agreed a three-day truce on 2 March. Talks between Peru and Ecuador mediated by "
           "Brazil began in Brasilia on 9 March."),
    ("id", "Peru dan Ekuador menyepakati gencatan senjata tiga hari pada 2 Maret. Perundingan antara Peru dan "
           "Ekuador yang ditengahi Brasil dimulai di Brasilia pada 9 Maret."),
])
def test_a_truce_before_the_talks_keeps_no_mediator(language, text):
    truce = of_kind(text, language, "Ceasefire")
    assert len(truce) == 1, truce
    assert "mediator" not in truce[0]["roles"]


@pytest.mark.parametrize("language, text", [
    ("en", "Ukraine applied to join the European Union in February 2022."),
    ("en", "Thailand's government confirmed its wish to join BRICS on Monday."),
    ("en", "Malaysia was invited to join BRICS as a partner country last year."),
    ("id", "Pemerintah Thailand menegaskan keinginannya untuk bergabung dengan BRICS pada Senin."),
    ("id", "Malaysia mengajukan permohonan untuk bergabung dengan BRICS tahun lalu."),
    ("id", "Menteri Luar Negeri Thailand menyampaikan minat negaranya untuk bergabung dengan BRICS."),
])
def test_an_application_or_invitation_to_join_is_no_accession(language, text):
    assert of_kind(text, language, "Accession") == []


@pytest.mark.parametrize("language, text", [
    ("en", "Finland, which applied to join in May 2022, joined NATO on 4 April 2023."),
    ("id", "Finlandia, yang mengajukan permohonan pada Mei 2022, bergabung dengan NATO pada 4 April 2023."),
])
def test_an_accession_after_an_earlier_application_is_kept(language, text):
    joined = of_kind(text, language, "Accession")
    assert [e["roles"]["agent"] for e in joined] == [["FIN"]]


@pytest.mark.parametrize("language, text", [
    ("en", "Indonesian President Prabowo Subianto attended an ASEAN summit in Kuala Lumpur on Sunday."),
    ("id", "Presiden Prabowo Subianto menghadiri KTT ASEAN di Kuala Lumpur pada Minggu."),
    ("id", "Prabowo Subianto menyampaikan sikap Indonesia saat menghadiri KTT ASEAN di Kuala Lumpur pada Minggu."),
])
def test_the_organization_of_a_summit_takes_part_with_who_attends(language, text):
    talks = of_kind(text, language, "Talks")
    assert len(talks) == 1, talks
    assert {"ASEAN", "IDN"} <= set(talks[0]["roles"]["participant"])


@pytest.mark.parametrize("language, text", [
    ("en", "Vladimir Putin and Xi Jinping held a summit in Beijing on Sunday."),
    ("id", "Vladimir Putin dan Xi Jinping menggelar KTT di Beijing pada Minggu."),
])
def test_a_summit_of_no_organization_is_talks_between_those_who_hold_it(language, text):
    talks = of_kind(text, language, "Talks")
    assert len(talks) == 1, talks
    assert {"CHN", "RUS"} <= set(talks[0]["roles"]["participant"])
    assert not any(key.isupper() and key not in ("CHN", "RUS") for key in talks[0]["roles"]["participant"])


def memberships_of(text: str, language: str) -> set[tuple[str, str]]:
    doc = Document(document_iri(text), "test", text, None, PUBLISHED, language)
    return {(local_key(m.member), local_key(m.organization)) for m in extract(doc).memberships}


@pytest.mark.parametrize("language, text", [
    ("en", "The Shanghai Cooperation Organisation was founded by China, Russia, Kazakhstan and Uzbekistan in 2001."),
    ("id", "Organisasi Kerja Sama Shanghai didirikan oleh China, Rusia, Kazakhstan dan Uzbekistan pada 2001."),
])
def test_founders_named_after_a_passive_are_members(language, text):
    assert {("CHN", "SCO"), ("RUS", "SCO"), ("KAZ", "SCO"), ("UZB", "SCO")} <= memberships_of(text, language)


@pytest.mark.parametrize("language, text", [
    ("en", "On Tuesday Germany announced a further $500 million in military aid for Kyiv."),
    ("id", "Pada Selasa, Jerman mengumumkan tambahan bantuan militer senilai 500 juta dolar untuk Kyiv."),
])
def test_military_aid_announced_for_a_capital_goes_to_its_state(language, text):
    aid = of_kind(text, language, "MilitaryAid")
    assert [(e["roles"]["agent"], e["roles"]["addressee"]) for e in aid] == [(["DEU"], ["UKR"])]


@pytest.mark.parametrize("language, text", [
    ("en", "Britain and France provided surveillance support to the Nigerian army during the offensive."),
    ("id", "Inggris dan Prancis memberikan bantuan pengintaian kepada militer Nigeria selama serangan itu."),
])
def test_military_aid_by_two_givers_is_one_aid_each(language, text):
    aid = of_kind(text, language, "MilitaryAid")
    assert sorted((e["roles"]["agent"][0], e["roles"]["addressee"][0]) for e in aid) == [("FRA", "NGA"), ("GBR", "NGA")]


def test_a_minister_who_had_spoken_by_phone_with_two_others_made_two_calls():
    text = ("German Foreign Minister Annalena Baerbock said she had spoken separately by phone with Polish Foreign "
            "Minister Radoslaw Sikorski and Czech Foreign Minister Jan Lipavsky.")
    calls = of_kind(text, "en", "PhoneCall")
    states = sorted(tuple(sorted(p for p in e["roles"]["participant"] if p.isupper())) for e in calls)
    assert states == [("CZE", "DEU"), ("DEU", "POL")]
    assert all("annalena-baerbock" in e["roles"]["participant"] for e in calls)


@pytest.mark.parametrize("language, text, requester, addressee", [
    ("en", "Lawmakers in Abkhazia's parliament appealed to Russia on Monday to protect them from pressure by Georgia.",
     None, "RUS"),
    ("id", "Pada Selasa, Kazakhstan meminta Rusia mengirimkan bantuan keamanan berdasarkan perjanjian Kazakhstan-Rusia.",
     "KAZ", "RUS"),
])
def test_an_appeal_for_protection_or_security_assistance_is_an_aid_request(language, text, requester, addressee):
    asked = of_kind(text, language, "AidRequest")
    assert len(asked) == 1, asked
    assert asked[0]["roles"]["addressee"] == [addressee]
    assert requester is None or asked[0]["roles"]["requester"] == [requester]


@pytest.mark.parametrize("language, text", [
    ("en", "Somali President Hassan Sheikh Mohamud met AU leaders in Addis Ababa on Monday and asked them for more "
           "troops."),
    ("en", "On Friday Somalia's president addressed a video summit of African Union leaders and asked them for "
           "military help."),
    ("id", "Presiden Somalia Hassan Sheikh Mohamud bertemu para pemimpin Uni Afrika di Addis Ababa pada Senin dan "
           "meminta mereka memberikan bantuan militer."),
])
def test_a_pronoun_addressee_of_a_request_is_the_actor_named_before_it(language, text):
    """"asked them": whom the pronoun stands for is asked, not the requester (kg.events.frames.requests)."""
    asked = of_kind(text, language, "AidRequest")
    assert [(e["roles"].get("addressee"), [p for p in e["roles"]["requester"] if p.isupper()]) for e in asked] == [
        (["AU"], ["SOM"])], asked


@pytest.mark.parametrize("language, text", [
    ("en", "Somali President Hassan Sheikh Mohamud asked them for more troops."),
    ("id", "Presiden Somalia Hassan Sheikh Mohamud meminta mereka memberikan bantuan militer."),
])
def test_a_pronoun_addressee_with_no_one_named_before_is_no_one(language, text):
    asked = of_kind(text, language, "AidRequest")
    assert all(not e["roles"].get("addressee") for e in asked), asked


@pytest.mark.parametrize("language, text, parties", [
    ("en", "The junta tore up the peace accord that Mali signed with Algeria, a mediator of the talks, last year.",
     ["DZA", "MLI"]),
    ("id", "Perjanjian damai yang ditandatangani Kolombia dengan FARC pada 2016 mengakhiri konflik lima dekade.",
     ["COL", "FARC"]),
    ("id", "Erdogan dan Presiden Rusia Vladimir Putin menandatangani memorandum di Sochi pada 22 Oktober 2019.",
     ["RUS", "TUR", "recep-tayyip-erdogan", "vladimir-putin"]),
])
def test_signings_told_in_a_relative_clause_or_with_a_memorandum(language, text, parties):
    signed = of_kind(text, language, "TreatySigning")
    assert len(signed) == 1, signed
    assert signed[0]["roles"]["participant"] == parties


def test_signed_with_names_no_signing_without_a_treaty():
    text = "The club signed with a new sponsor from Qatar on Monday, the coach told reporters in Madrid."
    assert of_kind(text, "en", "TreatySigning") == []


@pytest.mark.parametrize("language, text", [
    ("en", "Belarus was expelled from the Council of Europe in March 2022."),
    ("id", "Belarus, yang merupakan sekutu Rusia, dikeluarkan dari Dewan Eropa pada Maret 2022."),
])
def test_an_expulsion_ends_membership(language, text):
    left = of_kind(text, language, "Withdrawal")
    assert [(e["roles"]["agent"], e["roles"]["organization"]) for e in left] == [(["BLR"], ["COE"])]


@pytest.mark.parametrize("language, text", [
    ("en", "Ethiopia and Eritrea agreed to halt all military operations along the border under a deal brokered by "
           "Saudi Arabia."),
    ("id", "Etiopia dan Eritrea sepakat menghentikan seluruh operasi militer di perbatasan dalam kesepakatan yang "
           "ditengahi Arab Saudi."),
])
def test_agreeing_to_halt_military_operations_is_a_ceasefire(language, text):
    truce = of_kind(text, language, "Ceasefire")
    assert [(e["roles"]["participant"], e["roles"]["mediator"]) for e in truce] == [(["ERI", "ETH"], ["SAU"])]


@pytest.mark.parametrize("language, text, threatener", [
    ("en", "Pakistani Prime Minister Shehbaz Sharif warned that those behind the bombing would pay a heavy price.",
     "PAK"),
    ("en", "Turkish President Recep Tayyip Erdogan threatened to send ground troops into northern Iraq.", "TUR"),
    ("id", "Presiden Turki Recep Tayyip Erdogan mengancam akan mengirim pasukan darat ke Irak utara.", "TUR"),
    ("id", "Perdana Menteri Pakistan Shehbaz Sharif memperingatkan bahwa para pelaku akan membayar mahal.", "PAK"),
])
def test_warnings_of_a_heavy_price_and_threats_to_send_troops_are_threats(language, text, threatener):
    threats = of_kind(text, language, "ThreatOfForce")
    assert len(threats) == 1, threats
    assert threatener in threats[0]["roles"]["participant"] and threats[0]["modality"] == "asserted"


@pytest.mark.parametrize("language, text", [
    ("en", "On Monday the leaders of ECOWAS ordered the activation of the bloc's standby force."),
    ("id", "Pada Senin, para pemimpin ECOWAS memerintahkan pengaktifan pasukan siaga blok itu."),
])
def test_a_force_ordered_activated_is_a_future_deployment_dated_by_the_order(language, text):
    deployed = of_kind(text, language, "Deployment")
    assert [(e["roles"]["agent"], e["modality"]) for e in deployed] == [(["ECOWAS"], "future")]
    doc = Document(document_iri(text), "test", text, None, PUBLISHED, language)
    assert [e.date.value for e in extract(doc).events if e.kind == "Deployment"] == ["2025-03-10"]


@pytest.mark.parametrize("language, text", [
    ("en", "Indian Prime Minister Narendra Modi flew to Moscow for talks with Russian President Vladimir Putin."),
    ("en", "Narendra Modi travelled to Moscow on Monday for a summit with Russian President Vladimir Putin."),
    ("id", "Perdana Menteri India Narendra Modi terbang ke Moskow untuk perundingan dengan Presiden Rusia Vladimir Putin."),
])
def test_who_travels_for_talks_with_someone_takes_part(language, text):
    talks = of_kind(text, language, "Talks")
    assert len(talks) == 1, talks
    assert {"IND", "RUS", "narendra-modi", "vladimir-putin"} <= set(talks[0]["roles"]["participant"])


@pytest.mark.parametrize("language, text", [
    ("en", "The president could attend the ASEAN summit in Kuala Lumpur in May if he wished."),
    ("id", "Presiden Prabowo Subianto dapat menghadiri KTT ASEAN di Kuala Lumpur pada Mei jika ia menginginkannya."),
])
def test_who_may_attend_a_summit_has_not_attended(language, text):
    assert of_kind(text, language, "Talks") == []


def test_the_agent_after_an_indonesian_passive_signs_not_who_speaks_of_it():
    text = ("Perdana Menteri Benjamin Netanyahu mengatakan perjanjian gencatan senjata yang ditandatangani Mesir "
            "dan Israel pada 1979 masih berlaku.")
    signed = of_kind(text, "id", "TreatySigning")
    assert [e["roles"]["participant"] for e in signed] == [["EGY", "ISR"]]


def treaties_of(text: str, language: str) -> list[tuple[str, tuple[str, ...], str | None]]:
    doc = Document(document_iri(text), "test", text, None, PUBLISHED, language)
    return [(local_key(t.iri), tuple(sorted(local_key(p) for p in t.parties)), t.signed_on.value if t.signed_on else None)
            for t in extract(doc).treaties]


@pytest.mark.parametrize("language, text", [
    ("en", "Colombia and the ELN signed a revised peace agreement in Havana on 20 November 2024. The first "
           "accord was signed in Caracas on 5 September 2024 in a ceremony attended by UN Secretary-General "
           "Antonio Guterres."),
    ("id", "Pemerintah Kolombia dan ELN menandatangani perjanjian damai yang direvisi di Havana pada 20 November 2024. "
           "Perjanjian pertama ditandatangani di Caracas pada 5 September 2024 dalam upacara yang dihadiri Sekretaris "
           "Jenderal PBB Antonio Guterres."),
])
def test_who_attended_a_signing_signs_nothing_and_two_treaties_of_a_year_keep_apart(language, text):
    signed = of_kind(text, language, "TreatySigning")
    assert [e["roles"]["participant"] for e in signed] == [["COL", "ELN"], ["COL", "ELN"]]
    assert sorted(treaties_of(text, language)) == [
        ("col-eln-2024-09-05-treaty", ("COL", "ELN"), "2024-09-05"), ("col-eln-2024-treaty", ("COL", "ELN"), "2024-11-20")]


@pytest.mark.parametrize("language, text", [
    ("en", "Colombia and the ELN held talks in Havana on Monday, with Cuba and Norway acting as guarantors and "
           "Venezuela and Chile accompanying the process."),
    ("id", "Kolombia dan ELN menggelar perundingan di Havana pada Senin, dengan Kuba dan Norwegia bertindak sebagai "
           "penjamin serta Venezuela dan Chile sebagai negara pendamping."),
])
def test_guarantors_and_accompanying_countries_mediate(language, text):
    talks = of_kind(text, language, "Talks")
    assert [(e["roles"]["participant"], e["roles"]["mediator"]) for e in talks] == [
        (["COL", "ELN"], ["CHL", "CUB", "NOR", "VEN"])]


@pytest.mark.parametrize("language, text", [
    ("en", "Japanese Foreign Minister Yoko Kamikawa held talks with Philippine Defence Secretary Gilberto Teodoro "
           "and Philippine Foreign Secretary Enrique Manalo on Monday."),
    ("id", "Menteri Luar Negeri Jepang Yoko Kamikawa bertemu dengan Menteri Pertahanan Filipina Gilberto Teodoro dan "
           "Menteri Luar Negeri Filipina Enrique Manalo pada Senin."),
])
def test_talks_with_two_ministers_of_one_state_are_one_meeting(language, text):
    talks = of_kind(text, language, "Talks")
    assert len(talks) == 1, talks
    assert {"enrique-manalo", "gilberto-teodoro", "JPN", "PHL"} <= set(talks[0]["roles"]["participant"])


def test_talks_with_leaders_of_two_states_in_one_list_are_one_meeting():
    """Partners listed after one "with" sat at one table (kg.events.diplomacy.join_listed_partners)."""
    text = "Russian President Vladimir Putin held talks with Indian Prime Minister Narendra Modi and Chinese President Xi Jinping in Kazan."
    talks = of_kind(text, "en", "Talks")
    assert [tuple(p for p in e["roles"]["participant"] if p.isupper()) for e in talks] == [("CHN", "IND", "RUS")]


@pytest.mark.parametrize("language, text", [
    ("en", "Kenyan President William Ruto visited Ghana and Senegal last week."),
    ("en", "Kenyan President William Ruto will visit Ghana and Senegal next week."),
    ("en", "Kenyan President William Ruto returned on Sunday from a visit to Ghana and Senegal."),
    ("id", "Presiden Kenya William Ruto mengunjungi Ghana dan Senegal pekan lalu."),
    ("id", "Presiden Kenya William Ruto pulang pada Minggu dari kunjungan ke Ghana dan Senegal."),
])
def test_a_visit_to_two_states_is_one_visit_each(language, text):
    """A trip with a stop in each state listed is a meeting with each (kg.events.diplomacy.join_listed_partners)."""
    talks = of_kind(text, language, "Talks")
    assert sorted(tuple(p for p in e["roles"]["participant"] if p.isupper()) for e in talks) == [
        ("GHA", "KEN"), ("KEN", "SEN")], talks


@pytest.mark.parametrize("language, text", [
    ("en", "Kenyan President William Ruto visited Ghana on Monday and met Ghanaian President John Mahama."),
    ("id", "Presiden Kenya William Ruto berkunjung ke Ghana pada Senin dan bertemu Presiden Ghana John Mahama."),
])
def test_a_visit_and_a_meeting_with_the_host_are_one_meeting(language, text):
    talks = of_kind(text, language, "Talks")
    assert [tuple(p for p in e["roles"]["participant"] if p.isupper()) for e in talks] == [("GHA", "KEN")], talks


@pytest.mark.parametrize("language, text", [
    ("en", "French President Emmanuel Macron received Kenyan President William Ruto at the Elysee Palace on Tuesday."),
    ("id", "Presiden Prancis Emmanuel Macron menerima kunjungan Presiden Kenya William Ruto di Istana Elysee pada "
           "Selasa."),
])
def test_a_leader_received_by_another_holds_talks_with_them(language, text):
    talks = of_kind(text, language, "Talks")
    assert len(talks) == 1, talks
    assert {"FRA", "KEN", "emmanuel-macron", "william-ruto"} <= set(talks[0]["roles"]["participant"])


@pytest.mark.parametrize("language, text", [
    ("en", "Kenyan President William Ruto welcomed the deal between Ethiopia and Somalia."),
    ("en", "President Volodymyr Zelensky said Ukraine received F-16 jets from Denmark on Tuesday."),
    ("id", "Presiden Kenya William Ruto menyambut baik kesepakatan antara Etiopia dan Somalia."),
    ("id", "Presiden Volodymyr Zelensky mengatakan Ukraina menerima jet F-16 dari Denmark pada Selasa."),
])
def test_welcoming_a_deal_or_receiving_weapons_is_no_meeting(language, text):
    assert of_kind(text, language, "Talks") == []


@pytest.mark.parametrize("language, text, threatening", [
    ("en", "Turkey warned on Monday that its army would launch a ground offensive against the YPG.", "TUR"),
    ("en", "Russia threatened to send troops to Moldova.", "RUS"),
    ("id", "Turki memperingatkan bahwa tentaranya akan melancarkan serangan darat terhadap YPG.", "TUR"),
    ("id", "Rusia mengancam menyerbu Ukraina.", "RUS"),
    ("id", "Rusia mengancam akan mengirim pasukan ke Moldova.", "RUS"),
])
def test_a_threatened_act_is_no_event_the_threat_is(language, text, threatening):
    kinds = [e["kind"] for e in events_of(text, language)]
    assert kinds == ["ThreatOfForce"], kinds
    assert threatening in of_kind(text, language, "ThreatOfForce")[0]["roles"]["participant"]


@pytest.mark.parametrize("language, text", [
    ("en", "Hezbollah threatened to retaliate after Israel struck Beirut on Monday."),
    ("id", "Hizbullah mengancam akan membalas setelah Israel menyerang Beirut pada Senin."),
])
def test_a_threat_does_not_reach_the_act_that_prompted_it(language, text):
    strike = of_kind(text, language, "ArmedClash")
    assert len(strike) == 1 and strike[0]["modality"] == "asserted", strike
    assert "ISR" in strike[0]["roles"]["participant"]


@pytest.mark.parametrize("language, text", [
    ("en", "Rebel shelling threatens the fragile ceasefire between Armenia and Azerbaijan."),
    ("id", "Serangan itu mengancam gencatan senjata antara Armenia dan Azerbaijan."),
])
def test_a_truce_under_threat_is_still_a_truce(language, text):
    truce = of_kind(text, language, "Ceasefire")
    assert len(truce) == 1 and truce[0]["modality"] == "asserted", truce


@pytest.mark.parametrize("language, text", [
    ("en", "The agreement was signed in Geneva on 3 March 2021 by US special envoy Zalmay Khalilzad and Taliban "
           "political chief Mullah Abdul Ghani Baradar."),
    ("id", "Perjanjian itu ditandatangani di Jenewa pada 3 Maret 2021 oleh utusan khusus AS Zalmay Khalilzad dan "
           "pemimpin politik Taliban Mullah Abdul Ghani Baradar."),
])
def test_signers_after_a_passive_may_carry_lowercase_titles(language, text):
    signing = of_kind(text, language, "TreatySigning")
    assert len(signing) == 1, signing
    assert signing[0]["roles"]["participant"] == ["TALIBAN", "USA", "abdul-ghani-baradar", "zalmay-khalilzad"]


@pytest.mark.parametrize("language, text", [
    ("en", "Kenyan President William Ruto, who phoned Somali President Hassan Sheikh Mohamud on Tuesday, praised the "
           "talks."),
    ("id", "Presiden Kenya William Ruto, yang menelepon Presiden Somalia Hassan Sheikh Mohamud pada Selasa, memuji "
           "perundingan itu."),
])
def test_a_call_told_in_a_relative_clause_has_both_sides(language, text):
    calls = of_kind(text, language, "PhoneCall")
    assert len(calls) == 1, calls
    assert {"KEN", "SOM", "william-ruto", "hassan-sheikh-mohamud"} <= set(calls[0]["roles"]["participant"])


@pytest.mark.parametrize("language, text", [
    ("en", "Kenyan President William Ruto, Somali President Hassan Sheikh Mohamud and Ethiopian Prime Minister Abiy "
           "Ahmed met last year. Ruto, who phoned Mohamud and Abiy on Tuesday, praised the deal."),
    ("id", "Presiden Kenya William Ruto, Presiden Somalia Hassan Sheikh Mohamud dan Perdana Menteri Etiopia Abiy Ahmed "
           "bertemu tahun lalu. Ruto, yang menelepon Mohamud dan Abiy pada Selasa, memuji kesepakatan itu."),
])
def test_calls_to_two_leaders_in_a_relative_clause_are_two_calls(language, text):
    calls = of_kind(text, language, "PhoneCall")
    assert sorted(sorted(p for p in c["roles"]["participant"] if p.isupper()) for c in calls) == [
        ["ETH", "KEN"], ["KEN", "SOM"]]


@pytest.mark.parametrize("language, text", [
    ("en", "In a phone call with Kenyan President William Ruto on Monday, Somali President Hassan Sheikh Mohamud "
           "praised the deal."),
    ("en", "In a phone call on Monday, Kenyan President William Ruto told Somali President Hassan Sheikh Mohamud that "
           "Nairobi backed the deal."),
    ("id", "Dalam percakapan telepon dengan Presiden Kenya William Ruto pada Senin, Presiden Somalia Hassan Sheikh "
           "Mohamud memuji kesepakatan itu."),
    ("id", "Dalam percakapan telepon pada Senin, Presiden Kenya William Ruto mengatakan kepada Presiden Somalia "
           "Hassan Sheikh Mohamud bahwa Nairobi mendukung kesepakatan itu."),
])
def test_a_call_in_an_opening_phrase_is_held_by_the_subject_after_it(language, text):
    calls = of_kind(text, language, "PhoneCall")
    assert len(calls) == 1, calls
    assert {"KEN", "SOM", "william-ruto", "hassan-sheikh-mohamud"} <= set(calls[0]["roles"]["participant"])


def test_a_clause_joined_after_an_opening_call_names_no_caller():
    text = ("In a phone call with Kenyan President William Ruto that ended abruptly, and Somali President Hassan "
            "Sheikh Mohamud later recalled his envoy.")
    assert of_kind(text, "en", "PhoneCall") == []


@pytest.mark.parametrize("language, text", [
    ("en", "Kenyan President William Ruto called for a ceasefire between Ethiopia and Eritrea."),
    ("id", "Presiden Kenya William Ruto menyerukan gencatan senjata antara Etiopia dan Eritrea."),
])
def test_a_call_for_a_ceasefire_is_no_truce_and_no_request_for_arms(language, text):
    kinds = {e["kind"]: e["modality"] for e in events_of(text, language)}
    assert "AidRequest" not in kinds and kinds.get("Ceasefire", "hypothetical") != "asserted", kinds


@pytest.mark.parametrize("language, text", [
    ("en", "Chad's army seized power in 2021. French troops completed their withdrawal from Chad in January 2025, "
           "months after the junta quit the G5 Sahel force."),
    ("id", "Militer Chad merebut kekuasaan pada 2021. Pasukan Prancis menuntaskan penarikan dari Chad pada Januari "
           "2025, beberapa bulan setelah junta keluar dari G5 Sahel."),
])
def test_the_junta_stands_for_its_state(language, text):
    exits = of_kind(text, language, "Withdrawal")
    assert [e["roles"]["agent"] for e in exits] == [["TCD"]], exits


@pytest.mark.parametrize("language, text", [
    ("en", "The UN General Assembly suspended Belarus from the UN Human Rights Council on Thursday. Soon after, Minsk "
           "said it had decided to end its membership of the council."),
    ("id", "Majelis Umum PBB menangguhkan keanggotaan Belarus di Dewan HAM PBB pada Kamis. Tak lama kemudian, Minsk "
           "mengatakan telah memutuskan untuk mengakhiri keanggotaannya di dewan itu."),
])
def test_ending_a_membership_is_a_withdrawal(language, text):
    exits = of_kind(text, language, "Withdrawal")
    assert len(exits) == 1 and exits[0]["roles"] == {"agent": ["BLR"], "organization": ["UNHRC"]}, exits


@pytest.mark.parametrize("language, text", [
    ("en", "Finland joined NATO in April 2023, followed by Sweden in March 2024."),
    ("id", "Finlandia bergabung dengan NATO pada April 2023, disusul Swedia pada Maret 2024."),
])
def test_who_followed_changed_membership_the_same_way(language, text):
    joins = of_kind(text, language, "Accession")
    assert sorted(j["roles"]["agent"][0] for j in joins) == ["FIN", "SWE"], joins
    assert all(j["roles"]["organization"] == ["NATO"] for j in joins)


def test_each_follower_takes_the_date_told_after_it():
    doc = Document(document_iri("t"), "test", "Burundi keluar dari ICC pada 2017, disusul Filipina pada 2019.", None,
                   PUBLISHED, "id")
    dates = {local_key(e.roles["agent"][0]): e.date.value for e in extract(doc).events if e.kind == "Withdrawal"}
    assert dates == {"BDI": "2017", "PHL": "2019"}


@pytest.mark.parametrize("language, text, kind, role", [
    ("en", "Somali President Hassan Sheikh Mohamud blamed al-Shabaab and appealed to Turkey for military help.",
     "AidRequest", "requester"),
    ("id", "Presiden Somalia Hassan Sheikh Mohamud menyalahkan al-Shabaab dan meminta bantuan militer kepada Turki.",
     "AidRequest", "requester"),
    ("en", "Kenyan President William Ruto condemned al-Shabaab and met Somali President Hassan Sheikh Mohamud in "
           "Nairobi.", "Talks", "participant"),
    ("id", "Presiden Kenya William Ruto mengecam al-Shabaab dan bertemu Presiden Somalia Hassan Sheikh Mohamud di "
           "Nairobi.", "Talks", "participant"),
])
def test_a_verb_joined_by_and_shares_the_subject_not_the_object(language, text, kind, role):
    found = of_kind(text, language, kind)
    assert len(found) == 1, found
    assert "ALSHABAAB" not in found[0]["roles"][role]
    assert {"KEN", "SOM"} & set(found[0]["roles"][role])


@pytest.mark.parametrize("language, text", [
    ("en", "The Southern African Development Community rejected the plan. Its leaders ordered the activation of a "
           "standby force on Friday."),
    ("id", "Komunitas Pembangunan Afrika Selatan menolak rencana itu. Para pemimpinnya memerintahkan pengaktifan pasukan "
           "siaga pada Jumat."),
])
def test_its_leaders_act_for_the_organization_named_last(language, text):
    forces = of_kind(text, language, "Deployment")
    assert [f["roles"]["agent"] for f in forces] == [["SADC"]], forces


@pytest.mark.parametrize("language, text", [
    ("en", "Armenia and Azerbaijan fought in Karabakh. The warring parties agreed to a ceasefire on Saturday."),
    ("id", "Armenia dan Azerbaijan bertempur di Karabakh. Pihak-pihak yang bertikai menyepakati gencatan senjata pada "
           "Sabtu."),
])
def test_the_warring_parties_are_the_pair_in_focus(language, text):
    truce = of_kind(text, language, "Ceasefire")
    assert [t["roles"]["participant"] for t in truce] == [["ARM", "AZE"]], truce


@pytest.mark.parametrize("language, text", [
    ("en", "About 900 US troops are still stationed in north-eastern Syria."),
    ("id", "Sekitar 900 tentara AS masih ditempatkan di Suriah timur laut."),
])
def test_troops_stationed_somewhere_are_deployed_there(language, text):
    assert [d["roles"]["agent"] for d in of_kind(text, language, "Deployment")] == [["USA"]]


@pytest.mark.parametrize("language, text", [
    ("en", "Philippine Defence Secretary Gilberto Teodoro spoke on Monday on the sidelines of a meeting of ASEAN defence "
           "ministers in Vientiane."),
    ("id", "Menteri Pertahanan Filipina Gilberto Teodoro berbicara pada Senin di sela pertemuan para menteri "
           "pertahanan ASEAN di Vientiane."),
])
def test_who_speaks_on_the_sidelines_of_a_meeting_attends_it(language, text):
    talks = of_kind(text, language, "Talks")
    assert len(talks) == 1, talks
    assert {"ASEAN", "PHL", "gilberto-teodoro"} <= set(talks[0]["roles"]["participant"])


@pytest.mark.parametrize("language, text", [
    ("en", "Indian Prime Minister Narendra Modi and Chinese President Xi Jinping held talks on the sidelines of the "
           "BRICS summit in Kazan."),
    ("id", "Perdana Menteri India Narendra Modi dan Presiden China Xi Jinping mengadakan pembicaraan di sela-sela KTT "
           "BRICS di Kazan."),
])
def test_talks_held_on_the_sidelines_of_a_summit_are_not_the_summit(language, text):
    talks = of_kind(text, language, "Talks")
    assert [sorted(p for p in t["roles"]["participant"] if p.isupper()) for t in talks] == [["CHN", "IND"]], talks


@pytest.mark.parametrize("language, text", [
    ("en", "Sudan's army and the RSF signed a ceasefire in Jeddah on Saturday."),
    ("id", "Tentara Sudan dan RSF menandatangani gencatan senjata di Jeddah pada Sabtu."),
])
def test_a_signed_ceasefire_is_a_truce_and_a_signing(language, text):
    kinds = sorted(e["kind"] for e in events_of(text, language))
    assert kinds == ["Ceasefire", "TreatySigning"], kinds


@pytest.mark.parametrize("language, text", [
    ("en", "Armenia and Azerbaijan fought in Karabakh. The two camps agreed to a ceasefire on Saturday."),
    ("id", "Armenia dan Azerbaijan bertempur di Karabakh. Kedua kubu menyepakati gencatan senjata pada Sabtu."),
])
def test_the_two_camps_are_the_pair_in_focus(language, text):
    truce = of_kind(text, language, "Ceasefire")
    assert [t["roles"]["participant"] for t in truce] == [["ARM", "AZE"]], truce


@pytest.mark.parametrize("language, text", [
    ("en", "In January the junta formally ended the 2012 peace agreement that Nairobi had signed with the rebels."),
    ("id", "Pada Januari junta mengakhiri perjanjian damai 2012 yang ditandatangani Nairobi dengan para pemberontak."),
])
def test_a_signing_told_of_a_treaty_named_with_its_year_is_dated_by_it(language, text):
    doc = Document(document_iri(text), "test", text, None, PUBLISHED, language)
    signings = [e for e in extract(doc).events if e.kind == "TreatySigning"]
    assert [e.date.value for e in signings] == ["2012"], signings


@pytest.mark.parametrize("language, text", [
    ("en", "Ethiopian Prime Minister Abiy Ahmed and Eritrean President Isaias Afwerki signed a peace agreement in "
           "Jeddah, in a ceremony attended by UN Secretary-General Antonio Guterres."),
    ("id", "Perdana Menteri Etiopia Abiy Ahmed dan Presiden Eritrea Isaias Afwerki menandatangani perjanjian damai di "
           "Jeddah, disaksikan Sekretaris Jenderal PBB Antonio Guterres."),
])
def test_a_third_party_witnessing_a_signing_brokers_it(language, text):
    signing = of_kind(text, language, "TreatySigning")
    assert len(signing) == 1, signing
    assert {"UN", "antonio-guterres"} <= set(signing[0]["roles"].get("mediator", []))
    assert "UN" not in signing[0]["roles"]["participant"]


@pytest.mark.parametrize("language, text", [
    ("en", "The defence pact was signed in Nairobi by Kenyan Defence Minister Soipan Tuya and Somali Defence Minister "
           "Abdulkadir Mohamed Nur, with President William Ruto looking on."),
    ("id", "Pakta pertahanan itu ditandatangani di Nairobi oleh Menteri Pertahanan Kenya Soipan Tuya dan Menteri "
           "Pertahanan Somalia Abdulkadir Mohamed Nur, disaksikan Presiden Kenya William Ruto."),
])
def test_a_leader_of_a_signing_party_looking_on_brokers_nothing(language, text):
    signing = of_kind(text, language, "TreatySigning")
    assert len(signing) == 1 and "mediator" not in signing[0]["roles"], signing


@pytest.mark.parametrize("language, text", [
    ("en", "Kenya and Somalia held talks in Nairobi on Monday. Qatar and the UN also helped the indirect talks between "
           "the two sides."),
    ("id", "Kenya dan Somalia menggelar perundingan di Nairobi pada Senin. Qatar dan PBB juga ikut membantu perundingan "
           "tidak langsung antara kedua pihak."),
])
def test_who_helped_the_talks_mediated_them(language, text):
    talks = of_kind(text, language, "Talks")
    assert talks and {"QAT", "UN"} <= set(talks[-1]["roles"].get("mediator", [])), talks
    assert all("QAT" not in t["roles"]["participant"] for t in talks)


@pytest.mark.parametrize("language, text", [
    ("en", "Thai and Cambodian troops clashed again on Friday. Malaysian Prime Minister Anwar Ibrahim said military "
           "commanders from both countries would meet on Tuesday."),
    ("id", "Pasukan Thailand dan Kamboja kembali bentrok pada Jumat. Perdana Menteri Malaysia Anwar Ibrahim mengatakan "
           "para komandan militer kedua negara akan bertemu pada Selasa."),
])
def test_a_pair_anaphor_subject_is_not_replaced_by_who_reports_it(language, text):
    talks = of_kind(text, language, "Talks")
    assert [(t["roles"]["participant"], t["modality"]) for t in talks] == [(["KHM", "THA"], "future")], talks


@pytest.mark.parametrize("language, text", [
    ("en", "Three of the ten members of the Association of Southeast Asian Nations (ASEAN), namely Vietnam, the "
           "Philippines and Malaysia, objected, along with Japan and Australia."),
    ("id", "Tiga dari sepuluh anggota Perhimpunan Bangsa-Bangsa Asia Tenggara (ASEAN), yakni Vietnam, Filipina dan "
           "Malaysia, keberatan, bersama Jepang dan Australia."),
])
def test_members_named_after_an_acronym_end_where_the_clause_goes_on(language, text):
    assert memberships_of(text, language) == {("MYS", "ASEAN"), ("PHL", "ASEAN"), ("VNM", "ASEAN")}


@pytest.mark.parametrize("language, text", [
    ("en", "The Houthis signed the deal. The Quartet, made up of Britain, France and Norway, welcomed it."),
    ("id", "Houthi menandatangani kesepakatan itu. Kuartet yang terdiri dari Inggris, Prancis dan Norwegia menyambutnya."),
])
def test_a_group_the_reader_does_not_know_takes_no_members_from_another(language, text):
    assert memberships_of(text, language) == set()


@pytest.mark.parametrize("language, text", [
    ("en", "Russian Foreign Minister Sergei Lavrov held talks on Monday with Ukraine's acting foreign minister, Andriy "
           "Deshchytsia."),
    ("id", "Menteri Luar Negeri Rusia Sergei Lavrov mengadakan pembicaraan pada Senin dengan penjabat menteri luar "
           "negeri Ukraina, Andriy Deshchytsia."),
])
def test_a_partner_named_in_apposition_after_with_takes_part(language, text):
    talks = of_kind(text, language, "Talks")
    assert talks and {"RUS", "andrii-deshchytsia"} <= set(talks[0]["roles"]["participant"]), talks


@pytest.mark.parametrize("language, text", [
    ("en", "US Secretary of State John Kerry raised the buildup with Russian Foreign Minister Sergei Lavrov in a phone "
           "call on Monday."),
    ("id", "Menteri Luar Negeri AS John Kerry membahas penumpukan pasukan itu dengan Menteri Luar Negeri Rusia Sergei "
           "Lavrov dalam percakapan telepon pada Senin."),
])
def test_a_partner_named_with_before_the_call_takes_part(language, text):
    calls = of_kind(text, language, "PhoneCall")
    assert len(calls) == 1 and {"RUS", "USA"} <= set(calls[0]["roles"]["participant"]), calls


@pytest.mark.parametrize("language, text", [
    ("en", "The leaders of the African Union agreed on Monday to suspend Mali's membership in ECOWAS."),
    ("id", "Para pemimpin Uni Afrika sepakat pada Senin untuk menangguhkan keikutsertaan Mali dalam ECOWAS."),
])
def test_whose_participation_is_suspended_is_suspended(language, text):
    suspensions = of_kind(text, language, "Suspension")
    assert [s["roles"] for s in suspensions] == [{"agent": ["MLI"], "organization": ["ECOWAS"]}], suspensions


@pytest.mark.parametrize("language, text", [
    ("en", "Niger and Burkina Faso announced in December that they were leaving the G5 Sahel force."),
    ("id", "Niger dan Burkina Faso mengumumkan pada Desember bahwa mereka keluar dari G5 Sahel."),
])
def test_states_announcing_they_are_leaving_withdraw(language, text):
    exits = of_kind(text, language, "Withdrawal")
    assert sorted(e["roles"]["agent"][0] for e in exits) == ["BFA", "NER"], exits


@pytest.mark.parametrize("language, text", [
    ("en", "Guinea, Mali and Niger are ruled by juntas. The three juntas signed a mutual defence pact in September 2023."),
    ("id", "Guinea, Mali dan Niger dipimpin junta. Ketiga negara itu menandatangani pakta pertahanan bersama pada "
           "September 2023."),
])
def test_the_three_states_named_last_sign_for_the_three(language, text):
    signing = of_kind(text, language, "TreatySigning")
    assert [s["roles"]["participant"] for s in signing] == [["GIN", "MLI", "NER"]], signing


@pytest.mark.parametrize("language, text", [
    ("en", "Defence Minister Khawaja Asif said Riyadh had asked for warplanes, warships and troops from Pakistan."),
    ("id", "Menteri Pertahanan Khawaja Asif mengatakan Riyadh telah meminta pesawat tempur, kapal perang dan tentara "
           "dari Pakistan."),
    ("id", "Presiden Yaman Abd-Rabbu Mansour Hadi meminta Arab Saudi melakukan intervensi militer."),
])
def test_asking_for_warplanes_or_an_intervention_is_a_request_for_aid(language, text):
    requests = of_kind(text, language, "AidRequest")
    assert len(requests) == 1 and requests[0]["roles"]["requester"], requests
    assert requests[0]["roles"]["addressee"] in (["PAK"], ["SAU"])


@pytest.mark.parametrize("language, text", [
    ("en", "Last week, in a phone call with Kenyan President William Ruto, Somali President Hassan Sheikh Mohamud "
           "warned against any deal."),
    ("id", "Pekan lalu, dalam percakapan telepon dengan Presiden Kenya William Ruto, Presiden Somalia Hassan Sheikh "
           "Mohamud memperingatkan agar tidak ada kesepakatan."),
])
def test_a_date_may_open_the_phrase_of_a_call(language, text):
    calls = of_kind(text, language, "PhoneCall")
    assert len(calls) == 1 and {"KEN", "SOM"} <= set(calls[0]["roles"]["participant"]), calls


@pytest.mark.parametrize("language, text", [
    ("en", "Kenya and Somalia held talks in Geneva under United Nations auspices."),
    ("id", "Kenya dan Somalia menggelar perundingan di Jenewa di bawah naungan PBB."),
])
def test_who_the_talks_are_held_under_the_auspices_of_mediates(language, text):
    talks = of_kind(text, language, "Talks")
    assert [(t["roles"]["participant"], t["roles"].get("mediator")) for t in talks] == [(["KEN", "SOM"], ["UN"])]


@pytest.mark.parametrize("language, text", [
    ("id", "Pemerintah Ukraina meminta Amerika Serikat mengirim senjata ke Kyiv."),
    ("id", "Kyiv memohon Jerman mengirim tank ke Ukraina."),
    ("en", "Ukraine asked Germany to send weapons to Kyiv."),
])
def test_arms_asked_for_are_not_arms_given(language, text):
    aid = [e for e in events_of(text, language) if e["kind"] == "MilitaryAid"]
    assert aid and all(e["modality"] == "hypothetical" for e in aid), aid


@pytest.mark.parametrize("language, text", [
    ("id", "Armenia meminta bantuan militer kepada Rusia pada Selasa (13/9/2022)."),
    ("en", "Armenia asked Russia for military assistance on Tuesday."),
])
def test_the_request_itself_stays_asserted(language, text):
    requests = [e for e in events_of(text, language) if e["kind"] == "AidRequest"]
    assert len(requests) == 1 and requests[0]["modality"] == "asserted", requests


@pytest.mark.parametrize("language, text", [
    ("en", "Ukraine received military aid from the United States in March."),
    ("en", "Armenia has received weapons from India."),
    ("id", "Ukraina mendapat bantuan militer dari Amerika Serikat pada Maret."),
    ("id", "Armenia menerima pasokan senjata dari India."),
])
def test_aid_received_from_a_giver(language, text):
    aid = [e for e in events_of(text, language) if e["kind"] == "MilitaryAid"]
    assert len(aid) == 1, aid
    giver, receiver = ("USA", "UKR") if "Ukra" in text else ("IND", "ARM")
    assert aid[0]["roles"]["agent"] == [giver] and aid[0]["roles"]["addressee"] == [receiver]


@pytest.mark.parametrize("language, text", [
    ("en", "Ukraine received a delegation from the United States."),
    ("id", "Ukraina menerima kunjungan delegasi dari Amerika Serikat."),
])
def test_receiving_something_else_is_no_aid(language, text):
    assert not [e for e in events_of(text, language) if e["kind"] == "MilitaryAid"]


@pytest.mark.parametrize("language, text", [
    ("en", "Kenya accused Uganda of sending troops into the disputed border area, a claim Kampala denies."),
    ("en", "Tanzania blamed Malawi for deploying soldiers along the lake, which Lilongwe has denied."),
    ("id", "Kenya menuduh Uganda mengirim pasukan ke wilayah perbatasan, tuduhan yang dibantah Kampala."),
])
def test_a_denied_accusation_of_sending_troops_is_no_deployment(language, text):
    assert not of_kind(text, language, "Deployment")


@pytest.mark.parametrize("language, text", [
    ("en", "Kenya accused Uganda of sending troops into the disputed border area."),
    ("id", "Kenya menuduh Uganda mengirim pasukan ke wilayah perbatasan."),
])
def test_an_accusation_nobody_denies_keeps_its_deployment(language, text):
    assert [e["roles"]["agent"] for e in of_kind(text, language, "Deployment")] == [["UGA"]]


def test_a_finite_verb_after_an_accusation_is_the_accusers():
    text = "Tanzania accused Malawi of harbouring smugglers on the lake and signed a border pact with Zambia on Friday."
    assert [sorted(e["roles"]["participant"]) for e in of_kind(text, "en", "TreatySigning")] == [["TZA", "ZMB"]]


def test_a_gerund_after_an_accusation_stays_inside_the_charge():
    text = "Tanzania accused Malawi of harbouring smugglers on the lake and sending troops into the disputed border area."
    assert [e["roles"]["agent"] for e in of_kind(text, "en", "Deployment")] == [["MWI"]]


def test_a_finite_deployment_after_an_accusation_is_the_accusers():
    text = "Tanzania accused Malawi of harbouring smugglers and sent troops into the disputed border area."
    assert [e["roles"]["agent"] for e in of_kind(text, "en", "Deployment")] == [["TZA"]]


@pytest.mark.parametrize("language, text", [
    ("en", "Tanzania criticised Malawi and held talks with Zambia on Friday."),
    ("id", "Tanzania mengecam Malawi dan menggelar perundingan dengan Zambia pada Jumat."),
])
def test_talks_held_after_and_share_the_first_verbs_subject(language, text):
    assert [sorted(e["roles"]["participant"]) for e in of_kind(text, language, "Talks")] == [["TZA", "ZMB"]]


@pytest.mark.parametrize("language, text", [
    ("en", "SADC now has three members: Angola, Zambia and Malawi."),
    ("en", "SADC, whose members include Angola, Zambia and Malawi, met in Lusaka."),
    ("en", "Botswana sent police to the SADC mission, which also includes Angola, Zambia and Malawi."),
    ("id", "SADC kini memiliki tiga anggota: Angola, Zambia dan Malawi."),
    ("id", "SADC, yang anggotanya meliputi Angola, Zambia dan Malawi, bertemu di Lusaka."),
])
def test_members_listed_after_a_body(language, text):
    assert {("AGO", "SADC"), ("ZMB", "SADC"), ("MWI", "SADC")} <= memberships_of(text, language)


@pytest.mark.parametrize("language, text", [
    ("en", "Gabon agreed to host French forces at a base near Libreville."),
    ("en", "Gabon has hosted French soldiers since independence."),
    ("id", "Gabon setuju menampung pasukan Prancis di sebuah pangkalan dekat Libreville."),
    ("id", "Gabon menjadi tuan rumah pasukan Prancis sejak merdeka."),
])
def test_forces_a_state_agrees_to_host_are_deployed_there(language, text):
    deployments = of_kind(text, language, "Deployment")
    assert [(e["roles"]["agent"], e["roles"].get("location")) for e in deployments] == [(["FRA"], ["GAB"])]


@pytest.mark.parametrize("language, text", [
    ("en", "On Sunday, Kenyan President William Ruto and his Ugandan counterpart Yoweri Museveni agreed by telephone "
           "that the border should stay open."),
    ("id", "Pada Minggu, Presiden Kenya William Ruto dan Presiden Uganda Yoweri Museveni sepakat melalui telepon "
           "bahwa perbatasan harus tetap dibuka."),
])
def test_leaders_agreeing_by_telephone_had_a_phone_call(language, text):
    calls = of_kind(text, language, "PhoneCall")
    assert len(calls) == 1 and {"KEN", "UGA"} <= set(calls[0]["roles"]["participant"]), calls


def test_an_attack_a_passive_warning_names_is_no_fight():
    text = "Malawi telah diperingatkan Tanzania pada Senin bahwa tentaranya akan menyerang kamp penyelundup."
    assert not of_kind(text, "id", "ArmedClash")


@pytest.mark.parametrize("language, text", [
    ("en", "Colombia opened negotiations with the ELN in Caracas in November 2022, "
           "with Norway, Cuba and Venezuela among the guarantor countries."),
    ("id", "Kolombia membuka perundingan dengan ELN di Caracas pada November 2022, "
           "dengan Norwegia, Kuba dan Venezuela sebagai negara-negara penjamin."),
])
def test_guarantor_countries_listed_after_talks_mediate_them(language, text):
    talks = [e for e in events_of(text, language) if e["kind"] == "Talks"]
    assert len(talks) == 1, talks
    assert talks[0]["roles"]["participant"] == ["COL", "ELN"]
    assert talks[0]["roles"]["mediator"] == ["CUB", "NOR", "VEN"]


# Session 8, diplomacy: constructions common in news of any conflict, on sentences written for these tests.

@pytest.mark.parametrize("language, text", [
    ("en", "Kenyan Foreign Minister Musalia Mudavadi cancelled a meeting with Somali Foreign Minister Ahmed Moallim "
           "Fiqi on Tuesday."),
    ("en", "Kenya skipped a meeting with Somalia on Tuesday."),
    ("en", "Kenya boycotted talks with Somalia in Nairobi on Tuesday."),
    ("id", "Presiden Kenya William Ruto memboikot KTT dengan Presiden Somalia Hassan Sheikh Mohamud."),
    ("id", "Menteri Luar Negeri Kenya Musalia Mudavadi membatalkan pertemuan dengan Menteri Luar Negeri Somalia "
           "Ahmed Moallim Fiqi pada Selasa."),
    ("id", "Presiden Kenya William Ruto batal bertemu dengan Presiden Somalia Hassan Sheikh Mohamud pada Selasa."),
])
def test_talks_called_off_took_no_place(language, text):
    assert not of_kind(text, language, "Talks")


@pytest.mark.parametrize("language, text", [
    ("en", "Kenya cancelled the trip and met Somalia's president on Tuesday."),
    ("id", "Presiden Kenya William Ruto membatalkan kunjungannya dan bertemu dengan Presiden Somalia Hassan Sheikh "
           "Mohamud pada Selasa."),
])
def test_a_verb_calling_off_something_else_leaves_the_talks(language, text):
    talks = of_kind(text, language, "Talks")
    assert len(talks) == 1 and {"KEN", "SOM"} <= set(talks[0]["roles"]["participant"]), talks


@pytest.mark.parametrize("language, text", [
    ("en", "Qatar and Egypt brokered a truce between Israel and Hamas on Sunday."),
    ("en", "Qatar and Egypt helped broker the truce between Israel and Hamas."),
    ("id", "Qatar dan Mesir menengahi gencatan senjata antara Israel dan Hamas pada Minggu."),
    ("id", "Qatar dan Mesir membantu menengahi gencatan senjata antara Israel dan Hamas."),
])
def test_several_brokers_of_a_truce_are_no_parties(language, text):
    truces = of_kind(text, language, "Ceasefire")
    assert [(e["roles"]["participant"], e["roles"].get("mediator")) for e in truces] == [
        (["HAMAS", "ISR"], ["EGY", "QAT"])]


def test_brokers_with_no_parties_named_stay_brokers():
    truces = of_kind("Qatar and Egypt helped broker the truce after two weeks of fighting.", "en", "Ceasefire")
    assert truces == []  # brokers are no parties, and a truce with no party is no fact (kg.link)
    truces = of_kind("Israel and Hamas fought for two weeks. Qatar and Egypt helped broker the truce on Friday.",
                     "en", "Ceasefire")
    assert [(e["roles"].get("participant"), e["roles"].get("mediator")) for e in truces] == [
        (["HAMAS", "ISR"], ["EGY", "QAT"])]


@pytest.mark.parametrize("language, text", [
    ("en", "Kenyan President William Ruto signed a military cooperation protocol with Ugandan President Yoweri "
           "Museveni on Monday."),
    ("en", "Kenya and Uganda signed a charter creating a joint force on Monday."),
    ("en", "The first shipment arrived under a defence pact signed by Nairobi and Kampala on Monday."),
    ("id", "Presiden Kenya William Ruto menandatangani protokol kerja sama militer dengan Presiden Uganda Yoweri "
           "Museveni pada Senin."),
    ("id", "Kenya dan Uganda menandatangani piagam pembentukan pasukan gabungan pada Senin."),
])
def test_protocols_charters_and_pacts_signed_by_are_signings(language, text):
    signings = of_kind(text, language, "TreatySigning")
    assert len(signings) == 1 and {"KEN", "UGA"} <= set(signings[0]["roles"]["participant"]), signings


def test_who_welcomes_an_agreement_signed_by_others_signs_nothing():
    signings = of_kind("Tanzania welcomed the agreement signed by Kenya and Uganda on Monday.", "en", "TreatySigning")
    assert [e["roles"]["participant"] for e in signings] == [["KEN", "UGA"]]


@pytest.mark.parametrize("language, text", [
    ("en", "Kenya, which keeps about 3,000 troops in Somalia, urged restraint."),
    ("en", "Kenya urged Uganda to withdraw its troops from the border."),
    ("en", "Kenya's parliament urged the government to expel foreign troops."),
    ("id", "Kenya mendesak Uganda menarik pasukan dari perbatasan."),
])
def test_troops_not_asked_for_make_no_request(language, text):
    assert not of_kind(text, language, "AidRequest")


@pytest.mark.parametrize("language, text", [
    ("en", "Kenya appealed to Uganda to send troops."),
    ("id", "Kenya meminta Uganda mengirim pasukan penjaga perdamaian."),
])
def test_troops_asked_for_after_the_appeal_are_a_request(language, text):
    requests = of_kind(text, language, "AidRequest")
    assert [(e["roles"]["requester"], e["roles"]["addressee"]) for e in requests] == [(["KEN"], ["UGA"])]


@pytest.mark.parametrize("language, text", [
    ("en", "Uganda sent 300 military instructors to Kenya at the request of its government, the ministry said."),
    ("en", "Uganda sent 300 troops to Kenya at the request of the government of Kenya on Monday."),
    ("en", "At the request of Kenya, Uganda deployed 300 troops to the border."),
    ("id", "Uganda mengirim 300 instruktur militer ke Kenya atas permintaan pemerintahnya, kata kementerian itu."),
    ("id", "Atas permintaan Kenya, Uganda mengerahkan 300 tentara ke perbatasan."),
])
def test_forces_sent_at_the_request_of_a_state_answer_its_request(language, text):
    requests = of_kind(text, language, "AidRequest")
    assert [(e["roles"]["requester"], e["roles"]["addressee"]) for e in requests] == [(["KEN"], ["UGA"])]


def test_a_visit_at_an_invitation_is_no_request_for_help():
    assert not of_kind("Modi visited Moscow at the invitation of Putin.", "en", "AidRequest")


@pytest.mark.parametrize("language, text", [
    ("en", "The Sudanese army opened negotiations with the RSF in Jeddah, with Saudi Arabia and the United States "
           "among the mediators."),
    ("en", "The government opened negotiations with the RSF in Jeddah, with Saudi Arabia and the United States "
           "among the mediators."),
    ("id", "Tentara Sudan membuka perundingan dengan RSF di Jeddah, dengan Arab Saudi dan Amerika Serikat "
           "sebagai mediator."),
    ("id", "Pemerintah membuka perundingan dengan RSF di Jeddah, dengan Arab Saudi dan Amerika Serikat "
           "sebagai mediator."),
])
def test_mediators_named_after_with_are_no_partners_of_the_talks(language, text):
    assert not [e for e in events_of(text, language) if {"SAU", "USA"} & set(e["roles"].get("participant", []))]


@pytest.mark.parametrize("language, text", [
    ("en", "The government opened negotiations with the RSF in Jeddah, with Saudi Arabia and the United States "
           "among the mediators."),
    ("id", "Pemerintah membuka perundingan dengan RSF di Jeddah, dengan Arab Saudi dan Amerika Serikat "
           "sebagai mediator."),
])
def test_talks_with_one_side_and_its_brokers_are_left_out(language, text):
    assert not of_kind(text, language, "Talks")


@pytest.mark.parametrize("language, text", [
    ("en", "Kenya discussed Sudan's war with Uganda on Monday."),
    ("en", "Kenyan President William Ruto and Ugandan President Yoweri Museveni discussed Sudan on Monday."),
    ("id", "Kenya membahas perang Sudan dengan Uganda pada Senin."),
    ("id", "Menteri Luar Negeri Kenya Musalia Mudavadi berkunjung ke Kampala pekan ini untuk membahas krisis Sudan "
           "dengan para pejabat Uganda."),
])
def test_what_is_discussed_is_the_topic_not_a_side(language, text):
    talks = of_kind(text, language, "Talks")
    assert talks and all("SDN" not in e["roles"]["participant"] for e in talks), talks
    assert all({"KEN", "UGA"} <= set(e["roles"]["participant"]) for e in talks), talks


@pytest.mark.parametrize("language, text", [
    ("en", "The joint declaration was signed by Kenya and Uganda on Monday."),
    ("en", "Kenya and Uganda inked a joint declaration on Monday."),
    ("id", "Pernyataan bersama itu ditandatangani Senin malam oleh Presiden Kenya William Ruto dan Presiden Uganda "
           "Yoweri Museveni."),
    ("id", "Kenya dan Uganda meneken deklarasi bersama pada Senin."),
])
def test_a_signed_declaration_is_no_treaty_signing(language, text):
    assert not of_kind(text, language, "TreatySigning")


@pytest.mark.parametrize("language, text", [
    ("en", "Kenya, Uganda and Tanzania formed the East African Community by signing a treaty in 1999."),
    ("id", "Kenya, Uganda dan Tanzania membentuk Komunitas Afrika Timur (EAC) dengan meneken perjanjian pada 1999."),
])
def test_who_made_a_body_by_signing_a_treaty_signed_it(language, text):
    signings = of_kind(text, language, "TreatySigning")
    assert [e["roles"]["participant"] for e in signings] == [["KEN", "TZA", "UGA"]]


@pytest.mark.parametrize("language, text", [
    ("en", "Under the agreement, signed by Kenya's William Ruto and Uganda's Yoweri Museveni on the sidelines of "
           "the summit of the African Union (AU), both countries will withdraw troops."),
    ("en", "Kenya and Uganda signed a border deal on the sidelines of the AU summit on Monday."),
    ("id", "Kenya dan Uganda menandatangani perjanjian perbatasan di sela KTT Uni Afrika pada Senin."),
])
def test_a_summit_a_deal_is_signed_beside_is_only_its_setting(language, text):
    assert not of_kind(text, language, "Talks")
    signings = of_kind(text, language, "TreatySigning")
    assert len(signings) == 1 and {"KEN", "UGA"} <= set(signings[0]["roles"]["participant"]), signings


@pytest.mark.parametrize("language, text", [
    ("en", "Kenyan President William Ruto spoke by phone with Ugandan President Yoweri Museveni on Monday as "
           "refugees gathered on the border between Sudan and South Sudan."),
    ("en", "Kenya and Uganda held talks on Monday about the border between Sudan and South Sudan."),
    ("id", "Kenya dan Uganda menggelar perundingan pada Senin tentang perbatasan antara Sudan dan Sudan Selatan."),
])
def test_states_of_a_border_named_with_between_are_no_sides_of_others_talks(language, text):
    met = [e for e in events_of(text, language) if e["kind"] in ("Talks", "PhoneCall")]
    assert len(met) == 1 and {"KEN", "UGA"} <= set(met[0]["roles"]["participant"]), met
    assert not {"SDN", "SSD"} & set(met[0]["roles"]["participant"]), met


@pytest.mark.parametrize("language, text", [
    ("en", "Kenya hosted talks between Sudan and South Sudan on Monday."),
    ("id", "Kenya menjadi tuan rumah perundingan antara Sudan dan Sudan Selatan pada Senin."),
])
def test_talks_between_two_states_stay_theirs(language, text):
    talks = of_kind(text, language, "Talks")
    assert [(e["roles"]["participant"], e["roles"]["mediator"]) for e in talks] == [(["SDN", "SSD"], ["KEN"])]


@pytest.mark.parametrize("language, text", [
    ("en", "Qatar's emir helped secure Kenya's agreement at Washington's request, according to officials familiar "
           "with the talks."),
    ("id", "Menurut pejabat yang mengetahui perundingan itu, emir Qatar membantu mendapatkan persetujuan Kenya."),
])
def test_talks_a_source_is_familiar_with_are_told_elsewhere(language, text):
    assert not of_kind(text, language, "Talks")


@pytest.mark.parametrize("language, text", [
    ("en", "The shipment followed a visit to Nairobi by Ugandan President Yoweri Museveni on Monday."),
    ("en", "The attack coincided with a surprise visit to Nairobi by Ugandan Foreign Minister Jeje Odongo."),
    ("id", "Serangan itu bertepatan dengan kunjungan mendadak Menteri Luar Negeri Uganda Jeje Odongo ke Nairobi "
           "pada Kamis lalu."),
    ("id", "Kunjungan Presiden Uganda Yoweri Museveni ke Kenya berlangsung dua hari."),
])
def test_a_visit_named_by_a_noun_meets_the_state_visited(language, text):
    talks = of_kind(text, language, "Talks")
    assert len(talks) == 1 and {"KEN", "UGA"} <= set(talks[0]["roles"]["participant"]), talks


def test_warring_parties_of_a_state_are_the_sides_in_focus():
    text = ("Sudan's army and the RSF clashed in Khartoum on Monday. Sudan's warring parties agreed to a two-week "
            "truce on Friday, the UN envoy said.")
    assert [e["roles"]["participant"] for e in of_kind(text, "en", "Ceasefire")] == [["RSF", "SDN"]]


@pytest.mark.parametrize("text, kind", [
    ("Presiden Kenya William Ruto mengatakan pertemuannya dengan Presiden Uganda Yoweri Museveni di Nairobi pada "
     "Senin berjalan baik.", "Talks"),
    ("Dalam pembicaraannya dengan Presiden Uganda Yoweri Museveni pada Senin, Presiden Kenya William Ruto membahas "
     "perbatasan.", "Talks"),
    ("Dalam percakapan teleponnya dengan Presiden Uganda Yoweri Museveni pada Senin, Presiden Kenya William Ruto "
     "menyerukan gencatan senjata.", "PhoneCall"),
])
def test_indonesian_talks_nouns_with_their_possessive_are_talks(text, kind):
    met = of_kind(text, "id", kind)
    assert len(met) == 1 and {"KEN", "UGA"} <= set(met[0]["roles"]["participant"]), met


def test_english_talks_nouns_with_their_possessive_are_talks():
    text = "Kenyan President William Ruto said his meeting with Ugandan President Yoweri Museveni went well."
    met = of_kind(text, "en", "Talks")
    assert len(met) == 1 and {"KEN", "UGA"} <= set(met[0]["roles"]["participant"]), met


@pytest.mark.parametrize("language, text", [
    ("en", "Kenya urged its neighbours, including Uganda, to send troops to the border."),
    ("en", "Kenya urged Uganda, its closest ally, to send troops to the border."),
    ("id", "Kenya mendesak negara-negara tetangga, termasuk Uganda, untuk mengirim pasukan ke perbatasan."),
    ("id", "Kenya meminta Uganda, sekutu terdekatnya, mengirim pasukan ke perbatasan."),
])
def test_troops_asked_for_past_an_apposition_are_not_sent(language, text):
    deployments = of_kind(text, language, "Deployment")
    assert deployments and all(e["modality"] == "hypothetical" for e in deployments), deployments


@pytest.mark.parametrize("language, text, modality", [
    ("en", "Last week Kenyan President William Ruto had also asked Ugandan President Yoweri Museveni in a phone call "
           "to use his influence on Juba.", "asserted"),
    ("en", "Kenyan President William Ruto told Ugandan President Yoweri Museveni in a phone call on Monday that the "
           "border would stay open.", "asserted"),
    ("en", "Kenyan President William Ruto will tell Ugandan President Yoweri Museveni in a phone call on Friday that "
           "troops will leave.", "future"),
    ("id", "Pekan lalu Presiden Kenya William Ruto juga meminta Presiden Uganda Yoweri Museveni dalam percakapan "
           "telepon untuk menggunakan pengaruhnya.", "asserted"),
    ("id", "Presiden Kenya William Ruto mengatakan kepada Presiden Uganda Yoweri Museveni dalam percakapan telepon "
           "bahwa perbatasan tetap dibuka.", "asserted"),
])
def test_a_call_named_behind_a_verb_is_held_by_its_subject_and_object(language, text, modality):
    calls = of_kind(text, language, "PhoneCall")
    assert [({"KEN", "UGA"} <= set(e["roles"]["participant"]), e["modality"]) for e in calls] == [(True, modality)]


def test_a_call_the_verb_denies_took_no_place():
    text = ("Kenyan President William Ruto did not tell Ugandan President Yoweri Museveni in a phone call that troops "
            "would leave.")
    assert not of_kind(text, "en", "PhoneCall")


# --- Second round: hosts in pairs, shuttling envoys, talks told in a participle clause ---

@pytest.mark.parametrize("language, text", [
    ("en", "Ghana and Kenya hosted several rounds of talks between Ethiopia and Eritrea in 2021."),
    ("en", "Ethiopia and Eritrea fought a border war. Ghana and Kenya hosted several rounds of talks between the two "
           "sides in 2021."),
    ("id", "Ghana dan Kenya menjadi tuan rumah beberapa putaran perundingan antara Ethiopia dan Eritrea pada 2021."),
    ("id", "Ethiopia dan Eritrea berperang di perbatasan. Ghana dan Kenya menjadi tuan rumah perundingan antara kedua "
           "pihak pada 2021."),
])
def test_several_hosts_of_talks_between_others_mediate_them(language, text):
    talks = of_kind(text, language, "Talks")
    assert [(e["roles"]["participant"], e["roles"].get("mediator")) for e in talks] == [
        (["ERI", "ETH"], ["GHA", "KEN"])], talks


@pytest.mark.parametrize("language, text", [
    ("en", "Ghana and Kenya held talks in Accra on Monday."),
    ("id", "Ghana dan Kenya menggelar perundingan di Accra pada Senin."),
])
def test_two_states_holding_talks_are_its_sides(language, text):
    talks = of_kind(text, language, "Talks")
    assert [e["roles"]["participant"] for e in talks] == [["GHA", "KEN"]], talks


@pytest.mark.parametrize("language, text", [
    ("en", "Ghanaian President John Mahama shuttled between Addis Ababa and Asmara on Tuesday to persuade both sides "
           "to stop firing."),
    ("id", "Presiden Ghana John Mahama bolak-balik antara Addis Ababa dan Asmara pada Selasa untuk membujuk kedua "
           "pihak menghentikan tembakan."),
])
def test_an_envoy_shuttling_between_capitals_mediates(language, text):
    mediations = of_kind(text, language, "Mediation")
    assert [(e["roles"]["participant"], "GHA" in e["roles"]["mediator"]) for e in mediations] == [
        (["ERI", "ETH"], True)], mediations


@pytest.mark.parametrize("language, text", [
    ("en", "The tourists shuttled between Addis Ababa and Asmara all summer."),
    ("id", "Para turis bolak-balik antara Addis Ababa dan Asmara sepanjang musim panas."),
])
def test_travellers_shuttling_between_cities_mediate_nothing(language, text):
    assert not of_kind(text, language, "Mediation")


def test_talks_held_in_a_participle_clause_with_two_partners_are_two_talks():
    text = ("The Ghanaian foreign minister flew to the region on Monday, holding talks with Ethiopian Prime Minister "
            "Abiy Ahmed in Addis Ababa and with Eritrean President Isaias Afwerki in Asmara.")
    pairs = sorted(tuple(sorted({"GHA", "ETH", "ERI"} & set(e["roles"]["participant"])))
                   for e in of_kind(text, "en", "Talks"))
    assert pairs == [("ERI", "GHA"), ("ETH", "GHA")]


@pytest.mark.parametrize("language, text", [
    ("en", "The Ghanaian foreign minister met Ethiopian Prime Minister Abiy Ahmed on Monday before meeting Eritrean "
           "President Isaias Afwerki in Asmara."),
    ("id", "Menteri luar negeri Ghana bertemu Perdana Menteri Ethiopia Abiy Ahmed pada Senin sebelum bertemu Presiden "
           "Eritrea Isaias Afwerki di Asmara."),
])
def test_a_meeting_told_after_before_is_talks_too(language, text):
    pairs = sorted(tuple(sorted({"GHA", "ETH", "ERI"} & set(e["roles"]["participant"])))
                   for e in of_kind(text, language, "Talks"))
    assert pairs == [("ERI", "GHA"), ("ETH", "GHA")]


@pytest.mark.parametrize("language, text", [
    ("en", "Ghanaian President John Mahama met Ethiopian Prime Minister Abiy Ahmed and Eritrean President Isaias "
           "Afwerki in Accra on Monday."),
    ("en", "Delegations from Ethiopia and Eritrea met Ghanaian and Kenyan officials in Accra on Monday."),
    ("id", "Presiden Ghana John Mahama bertemu Perdana Menteri Ethiopia Abiy Ahmed dan Presiden Eritrea Isaias "
           "Afwerki di Accra pada Senin."),
])
def test_partners_met_in_one_list_are_one_meeting(language, text):
    talks = of_kind(text, language, "Talks")
    assert len(talks) == 1 and {"GHA", "ETH", "ERI"} <= set(talks[0]["roles"]["participant"]), talks


@pytest.mark.parametrize("language, text", [
    ("en", "The Ghanaian foreign minister held talks with Ethiopia in Addis Ababa and with Eritrea in Asmara."),
    ("id", "Menteri luar negeri Ghana mengadakan pembicaraan dengan Ethiopia di Addis Ababa dan dengan Eritrea di "
           "Asmara."),
])
def test_partners_each_with_their_own_with_are_separate_meetings(language, text):
    pairs = sorted(tuple(sorted({"GHA", "ETH", "ERI"} & set(e["roles"]["participant"])))
                   for e in of_kind(text, language, "Talks"))
    assert pairs == [("ERI", "GHA"), ("ETH", "GHA")]


def test_calls_to_a_list_of_leaders_stay_one_per_leader():
    text = "Ghanaian President John Mahama spoke by phone with Abiy Ahmed of Ethiopia and Isaias Afwerki of Eritrea."
    assert len(of_kind(text, "en", "PhoneCall")) == 2


@pytest.mark.parametrize("language, text", [
    ("en", "Ghana and Togo clashed along their border in July. Nigeria helped broker the July truce after five days of "
           "clashes, in which Togo lost 12 soldiers."),
    ("id", "Ghana dan Togo bentrok di perbatasan pada Juli. Gencatan senjata yang ditengahi Nigeria berlaku sejak "
           "Minggu, walau Togo menuding lawannya melanggarnya."),
])
def test_a_truce_told_with_one_side_is_with_the_other_of_the_pair_in_focus(language, text):
    truces = of_kind(text, language, "Ceasefire")
    assert [(e["roles"]["participant"], e["roles"].get("mediator")) for e in truces] == [(["GHA", "TGO"], ["NGA"])]


# A mediator named after a cue of mediation or facilitation mediates; no side of the truce or the exchange.

@pytest.mark.parametrize("language, text", [
    ("en", "Ghana and Togo agreed a truce on Monday with mediation by Nigeria."),
    ("en", "Ghana and Togo agreed a truce on Monday through the mediation of Nigeria."),
    ("en", "Ghana and Togo agreed a truce on Monday thanks to the mediation of Nigeria."),
    ("id", "Ghana dan Togo menyepakati gencatan senjata pada Senin dengan fasilitasi Nigeria."),
    ("id", "Ghana dan Togo menyepakati gencatan senjata pada Senin dengan perantaraan Nigeria."),
])
def test_a_truce_reached_with_mediation_by_a_third_state_is_mediated_by_it(language, text):
    truces = of_kind(text, language, "Ceasefire")
    assert [(t["roles"]["participant"], t["roles"].get("mediator")) for t in truces] == [(["GHA", "TGO"], ["NGA"])]


# Unilateral truces: one side's own truce keeps that side alone.

@pytest.mark.parametrize("language, text", [
    ("en", "Mali declared a unilateral truce on Sunday."),
    ("en", "Ghana and Togo clashed near the border on Saturday. On Sunday Togo announced a unilateral ceasefire, but "
           "the shelling went on."),
    ("en", "Togo unilaterally halted its military operations in the border area on Sunday."),
    ("id", "Mali mengumumkan gencatan senjata sepihak pada Minggu."),
    ("id", "Ghana dan Togo bentrok di perbatasan pada Sabtu. Togo menyatakan gencatan senjata secara sepihak pada "
           "Minggu, tetapi pertempuran berlanjut."),
    ("id", "Togo menghentikan operasi militer di perbatasan secara sepihak pada Minggu."),
])
def test_a_truce_the_text_calls_unilateral_keeps_its_one_side(language, text):
    truces = of_kind(text, language, "Ceasefire")
    assert len(truces) == 1 and len(truces[0]["roles"]["participant"]) == 1, truces


@pytest.mark.parametrize("language, text", [
    ("en", "Mali declared a truce on Sunday."),
    ("id", "Mali mengumumkan gencatan senjata pada Minggu."),
])
def test_a_truce_not_called_unilateral_still_needs_two_sides(language, text):
    assert of_kind(text, language, "Ceasefire") == []


# A halt of its own attacks that one actor tells is its own pause: whom the attacks hit halts nothing.

@pytest.mark.parametrize("language, text, side", [
    ("en", "On Monday the Azawad Front said it was suspending its attacks on Malian army posts.", "AZAWAD_FRONT"),
    ("en", "Hamas announced on Friday that it was pausing its rocket attacks against Israel for two days.", "HAMAS"),
    ("en", "The Sudanese army said it was halting its military operations against the RSF in Omdurman.", "SDN"),
    ("id", "Kelompok Hamas di Gaza mengumumkan penghentian sementara serangan roket ke Israel selama dua hari.",
     "HAMAS"),
    ("id", "Militer Sudan menyatakan menghentikan sementara serangan terhadap RSF di Omdurman pada Senin.", "SDN"),
    ("id", "Ankara mengumumkan penghentian operasi secara sepihak pada Minggu.", "TUR"),
])
def test_a_halt_of_its_own_attacks_one_actor_tells_is_its_own_truce(language, text, side):
    truces = of_kind(text, language, "Ceasefire")
    assert [t["roles"]["participant"] for t in truces] == [[side]], events_of(text, language)
    assert of_kind(text, language, "ArmedClash") == []


@pytest.mark.parametrize("language, text", [
    ("en", "Hamas and Israel agreed on Friday to halt their attacks on each other."),
    ("en", "Israel said on Friday it would stop its strikes on Gaza under a deal with Hamas."),
    ("id", "Hamas dan Israel sepakat menghentikan serangan terhadap satu sama lain pada Jumat."),
    ("id", "Presiden Rusia menandatangani rencana damai untuk mengakhiri perang dengan Georgia pada Sabtu."),
])
def test_a_halt_agreed_or_an_end_of_war_with_a_foe_keeps_both_sides(language, text):
    truces = of_kind(text, language, "Ceasefire")
    assert truces and all(len(t["roles"]["participant"]) >= 2 for t in truces), events_of(text, language)


# A meeting told in a phrase after a comma, hung on the subject, is the subject's alone.

@pytest.mark.parametrize("language, text", [
    ("en", "A council of elders, meeting in the northern city of Gao, adopted a resolution asking the Malian parliament "
           "and the Algerian government to protect the town."),
    ("id", "Para tetua, yang bertemu di kota Gao, meminta parlemen Mali dan pemerintah Aljazair melindungi kota itu."),
])
def test_a_meeting_hung_on_a_subject_naming_no_actors_is_no_talks(language, text):
    assert of_kind(text, language, "Talks") == []


def test_a_meeting_hung_on_a_subject_naming_two_actors_is_their_talks():
    text = "Ministers of Ghana and Togo, meeting in Lome on Monday, agreed to reopen the border."
    assert [e["roles"]["participant"] for e in of_kind(text, "en", "Talks")] == [["GHA", "TGO"]]


# A pair named by an anaphor right before a host verb holds the talks itself.

def test_the_pair_holding_talks_after_a_welcome_is_no_host():
    text = ("Pada Senin, Presiden Ghana John Mahama menyambut Presiden Togo Faure Gnassingbe dengan upacara militer "
            "sebelum keduanya menggelar pembicaraan.")
    talks = of_kind(text, "id", "Talks")
    assert len(talks) == 1 and not talks[0]["roles"].get("mediator"), talks
    assert {"GHA", "TGO"} <= set(talks[0]["roles"]["participant"])


@pytest.mark.parametrize("language, text", [
    ("en", "Qatar hosted talks between Ghana and Togo on Monday."),
    ("id", "Qatar menggelar perundingan antara Ghana dan Togo pada Senin."),
])
def test_a_single_host_of_talks_between_others_still_mediates(language, text):
    assert [(e["roles"]["participant"], e["roles"].get("mediator")) for e in of_kind(text, language, "Talks")] == [
        (["GHA", "TGO"], ["QAT"])]



# An event told again with "also" right after a dated one of its kind keeps that date.

def dates_of(text: str, language: str, kind: str) -> list[str | None]:
    doc = Document(document_iri(text), "test", text, None, PUBLISHED, language)
    return [e.date.value if e.date else None for e in extract(doc).events if e.kind == kind]


@pytest.mark.parametrize("language, text", [
    ("en", "Ghanaian President John Mahama spoke by phone with Togolese President Faure Gnassingbe on 3 March. Mahama "
           "also spoke by phone with Nigerian President Bola Tinubu and thanked him."),
    ("id", "Presiden Ghana John Mahama berbicara melalui telepon dengan Presiden Togo Faure Gnassingbe pada 3 Maret. "
           "Mahama juga berbicara melalui telepon dengan Presiden Nigeria Bola Tinubu."),
])
def test_a_call_also_told_after_a_dated_call_keeps_its_day(language, text):
    assert dates_of(text, language, "PhoneCall") == ["2025-03-03", "2025-03-03"]


def test_an_event_of_another_kind_told_with_also_keeps_its_own_dating():
    assert dates_of("Mali and Niger clashed on 3 March. Ghana also held talks with Togo.", "en", "Talks") != [
        "2025-03-03"]


# --- Requests told by what the addressee is asked to do ---

@pytest.mark.parametrize("language, text, requester, addressee", [
    ("en", "Mozambique asked Rwanda to send troops to Cabo Delgado.", "MOZ", "RWA"),
    ("en", "Lithuania asked NATO countries to deploy warships to the Baltic coast.", "LTU", "NATO"),
    ("en", "Armenia asked its CSTO allies for consultations under Article 4 of the treaty.", "ARM", "CSTO"),
    ("en", "Somali officials have pressed Washington for heavier weapons.", "SOM", "USA"),
    ("id", "Lituania meminta negara-negara NATO menempatkan kapal perang di pesisir Baltik.", "LTU", "NATO"),
    ("id", "Armenia meminta CSTO untuk menggelar konsultasi sesuai Pasal 4 traktat itu.", "ARM", "CSTO"),
    ("id", "Para pejabat Somalia mendesak Washington untuk memasok senjata berat.", "SOM", "USA"),
])
def test_asking_an_ally_to_send_forces_or_consult_is_a_request(
        language: str, text: str, requester: str, addressee: str) -> None:
    found = of_kind(text, language, "AidRequest")
    assert [(e["roles"]["requester"], e["roles"]["addressee"]) for e in found] == [([requester], [addressee])]


@pytest.mark.parametrize("language, text", [
    ("en", "Ethiopia asked Kenya to deploy its mediators to Nairobi for talks."),
    ("en", "The UN asked the Somali government to lay down the weapons of its militias."),
    ("id", "PBB meminta para pemberontak meletakkan senjata berat mereka."),
])
def test_asking_someone_to_disarm_or_send_envoys_is_no_request(language: str, text: str) -> None:
    assert of_kind(text, language, "AidRequest") == []


# --- Talks a traveller holds in another state's capital ---

@pytest.mark.parametrize("language, text, host", [
    ("en", "US Secretary of State Antony Blinken held talks in Ankara on Monday.", "TUR"),
    ("en", "Japanese Prime Minister Fumio Kishida will hold talks in Canberra next week.", "AUS"),
    ("id", "Menteri Luar Negeri AS Antony Blinken akan melakukan pembicaraan di Seoul pekan depan.", "KOR"),
    ("id", "Perdana Menteri Jepang Fumio Kishida mengadakan pembicaraan di Canberra pada Selasa.", "AUS"),
])
def test_talks_a_traveller_holds_in_a_foreign_capital_are_with_its_state(language: str, text: str, host: str) -> None:
    found = of_kind(text, language, "Talks")
    assert len(found) == 1 and host in found[0]["roles"]["participant"], found


@pytest.mark.parametrize("language, text", [
    ("en", "Turkish President Recep Tayyip Erdogan held talks in Ankara on Monday."),
    ("en", "Caribbean leaders and US Secretary of State Antony Blinken met in Kingston, Jamaica, on Monday."),
    ("id", "Presiden Turki Recep Tayyip Erdogan melakukan pembicaraan di Ankara pada Senin."),
])
def test_talks_at_home_or_a_meeting_with_unnamed_partners_name_no_host(language: str, text: str) -> None:
    assert of_kind(text, language, "Talks") == []


# --- A visit named by a noun, its visitor with a long title ---

@pytest.mark.parametrize("language, text", [
    ("id", "Ledakan itu bertepatan dengan kunjungan mendadak Menteri Luar Negeri Amerika Serikat John Kerry ke Baghdad "
           "pada Kamis."),
    ("en", "The blast coincided with a surprise visit by US Secretary of State John Kerry to Baghdad on Thursday."),
])
def test_a_visitor_named_between_the_visit_noun_and_its_place_meets_the_host(language: str, text: str) -> None:
    found = of_kind(text, language, "Talks")
    assert [sorted(k for k in e["roles"]["participant"] if k.isupper()) for e in found] == [["IRQ", "USA"]]


# --- A visit told in the future or the infinitive ---

@pytest.mark.parametrize("language, text", [
    ("en", "Chinese Foreign Minister Wang Yi will visit Hanoi next week."),
    ("en", "Chinese Foreign Minister Wang Yi is due to visit Hanoi next week."),
    ("id", "Menteri Luar Negeri China Wang Yi dijadwalkan berkunjung ke Hanoi pekan depan."),
])
def test_a_planned_visit_is_talks_with_the_host(language: str, text: str) -> None:
    found = of_kind(text, language, "Talks")
    assert [sorted(k for k in e["roles"]["participant"] if k.isupper()) for e in found] == [["CHN", "VNM"]]


def test_no_visitor_no_visit() -> None:
    assert of_kind("Tourists are advised not to visit Hanoi during the storm.", "en", "Talks") == []


# --- What a pair discussed right after their call is that call ---

@pytest.mark.parametrize("language, text", [
    ("en", "French President Emmanuel Macron spoke by phone with Indian Prime Minister Narendra Modi on Monday. "
           "The two discussed the situation in Kashmir."),
    ("id", "Presiden Prancis Emmanuel Macron berbicara melalui telepon dengan Perdana Menteri India Narendra Modi "
           "pada Senin. Kedua pemimpin membahas situasi di Kashmir."),
])
def test_what_a_pair_discussed_after_their_call_is_that_call(language: str, text: str) -> None:
    assert [e["kind"] for e in events_of(text, language)] == ["PhoneCall"]


@pytest.mark.parametrize("language, text", [
    ("en", "French President Emmanuel Macron spoke by phone with Indian Prime Minister Narendra Modi on Monday. "
           "The two will meet in Paris in June."),
    ("id", "Presiden Prancis Emmanuel Macron berbicara melalui telepon dengan Perdana Menteri India Narendra Modi "
           "pada Senin. Kedua pemimpin akan bertemu di Paris pada Juni."),
])
def test_a_meeting_a_pair_plans_after_their_call_is_talks_of_its_own(language: str, text: str) -> None:
    assert sorted(e["kind"] for e in events_of(text, language)) == ["PhoneCall", "Talks"]


# --- A summit or meeting of one organization is that organization's talks ---

@pytest.mark.parametrize("language, text, body", [
    ("en", "SADC leaders will hold an extraordinary summit in Harare on Friday to discuss the crisis.", "SADC"),
    ("en", "The Arab League convened an emergency summit in Cairo on Sunday.", "LAS"),
    ("en", "NATO leaders will hold a summit in Vilnius in July.", "NATO"),
    ("id", "Para pemimpin SADC akan menggelar KTT luar biasa di Harare pada Jumat untuk membahas krisis itu.", "SADC"),
    ("id", "Liga Arab menggelar KTT darurat di Kairo pada Minggu.", "LAS"),
    ("id", "Para pemimpin NATO akan menggelar KTT di Vilnius pada Juli.", "NATO"),
])
def test_a_meeting_of_one_organization_is_its_talks(language: str, text: str, body: str) -> None:
    found = of_kind(text, language, "Talks")
    assert [(e["roles"]["participant"], e["roles"].get("mediator")) for e in found] == [([body], None)]


@pytest.mark.parametrize("language, text", [
    ("en", "The Arab League hosted talks between Sudan and Chad in Cairo."),
    ("id", "Liga Arab menggelar perundingan antara Sudan dan Chad di Kairo."),
])
def test_an_organization_hosting_talks_between_others_still_mediates(language: str, text: str) -> None:
    found = of_kind(text, language, "Talks")
    assert [(e["roles"]["participant"], e["roles"].get("mediator")) for e in found] == [(["SDN", "TCD"], ["LAS"])]


@pytest.mark.parametrize("language, text", [
    ("en", "The foreign minister said the meeting in Cairo had been useful."),
    ("id", "Menteri luar negeri itu mengatakan pertemuan di Kairo bermanfaat."),
])
def test_a_meeting_of_one_state_or_none_is_no_talks(language: str, text: str) -> None:
    assert of_kind(text, language, "Talks") == []


# --- A list after "between" that the comma of a subordinate clause cuts ---

@pytest.mark.parametrize("language, text, kind, sides", [
    ("en", "The deal was announced after a phone call between Kenyan President William Ruto, Somali President "
           "Hassan Sheikh Mohamud and Ethiopian Prime Minister Abiy Ahmed.", "PhoneCall", {"KEN", "SOM", "ETH"}),
    ("en", "The border reopened after talks between Sudan, South Sudan and Ethiopia.", "Talks", {"SDN", "SSD", "ETH"}),
    ("id", "Kesepakatan itu diumumkan setelah percakapan telepon antara Presiden Kenya William Ruto, Presiden "
           "Somalia Hassan Sheikh Mohamud dan Perdana Menteri Ethiopia Abiy Ahmed.", "PhoneCall", {"KEN", "SOM", "ETH"}),
    ("id", "Perbatasan dibuka kembali setelah perundingan antara Sudan, Sudan Selatan dan Ethiopia.", "Talks",
     {"SDN", "SSD", "ETH"}),
])
def test_a_list_after_between_runs_past_the_comma_of_its_clause(
        language: str, text: str, kind: str, sides: set[str]) -> None:
    found = of_kind(text, language, kind)
    assert len(found) == 1, found
    assert sides <= set(found[0]["roles"]["participant"])


@pytest.mark.parametrize("language, text", [
    ("en", "After talks between Sudan and South Sudan, Ethiopia and Kenya sent troops to the border."),
    ("id", "Setelah perundingan antara Sudan dan Sudan Selatan, Ethiopia dan Kenya mengirim pasukan ke perbatasan."),
])
def test_a_list_closed_before_the_comma_keeps_the_next_clause_out(language: str, text: str) -> None:
    assert [e["roles"]["participant"] for e in of_kind(text, language, "Talks")] == [["SDN", "SSD"]]


# --- A call told with a word of its length or order between article and noun ---

@pytest.mark.parametrize("language, text", [
    ("en", "Kenyan President William Ruto held a separate call with Somali President Hassan Sheikh Mohamud."),
    ("en", "Kenyan President William Ruto had a 40-minute call with Somali President Hassan Sheikh Mohamud."),
    ("en", "In a brief call with Somali President Hassan Sheikh Mohamud on Monday, Kenyan President William Ruto "
           "urged calm."),
    ("id", "Presiden Kenya William Ruto melakukan panggilan terpisah dengan Presiden Somalia Hassan Sheikh Mohamud."),
    ("id", "Presiden Kenya William Ruto melakukan panggilan selama 40 menit dengan Presiden Somalia Hassan Sheikh "
           "Mohamud."),
])
def test_a_call_with_a_modifier_before_its_noun_is_a_phone_call(language: str, text: str) -> None:
    found = of_kind(text, language, "PhoneCall")
    assert len(found) == 1, found
    assert {"KEN", "SOM"} <= set(found[0]["roles"]["participant"])


@pytest.mark.parametrize("language, text", [
    ("en", "Kenya renewed its call for a ceasefire with Somalia's backing."),
    ("id", "Kenya memenuhi panggilan pengadilan dengan mengirim delegasi."),
])
def test_an_appeal_or_a_summons_is_no_phone_call(language: str, text: str) -> None:
    assert of_kind(text, language, "PhoneCall") == []


# --- Talks called off after their noun, or told as a plan of the past ---

@pytest.mark.parametrize("language, text", [
    ("en", "A meeting between Kenya and Somalia that was due to take place in Nairobi at the end of May was called "
           "off by Somalia at the last minute."),
    ("en", "Kenyan President William Ruto had been due to make a state visit to Somalia, but he cancelled the trip "
           "last week."),
    ("en", "Talks between Kenya and Somalia were postponed on Monday."),
    ("id", "Pertemuan antara Kenya dan Somalia yang sedianya digelar di Nairobi pada akhir Mei dibatalkan oleh "
           "Somalia."),
    ("id", "Perundingan antara Kenya dan Somalia ditunda pada Senin."),
])
def test_talks_called_off_or_only_planned_did_not_take_place(language: str, text: str) -> None:
    assert of_kind(text, language, "Talks") == []


@pytest.mark.parametrize("language, text", [
    ("en", "Kenya and Somalia held talks in Nairobi on Monday, but a second round was postponed."),
    ("en", "Talks between Kenya and Somalia, which were postponed in May, took place in Nairobi on Monday."),
    ("id", "Kenya dan Somalia menggelar perundingan di Nairobi pada Senin, tetapi putaran kedua ditunda."),
])
def test_talks_held_beside_a_round_called_off_stay(language: str, text: str) -> None:
    assert [e["roles"]["participant"] for e in of_kind(text, language, "Talks")] == [["KEN", "SOM"]]


# --- A call or talks whose sentence opens with a personal pronoun ---

@pytest.mark.parametrize("language, text, kind, partner", [
    ("en", "Kenyan President William Ruto refused at first. He agreed after a phone call on Sunday with Somali "
           "President Hassan Sheikh Mohamud.", "PhoneCall", "SOM"),
    ("en", "Kenyan President William Ruto arrived in Addis Ababa on Monday. He met Ethiopian Prime Minister Abiy "
           "Ahmed on Tuesday.", "Talks", "ETH"),
    ("id", "Presiden Kenya William Ruto tiba di Addis Ababa pada Senin. Ia kemudian berbicara melalui telepon "
           "dengan Presiden Somalia Hassan Sheikh Mohamud.", "PhoneCall", "SOM"),
    ("id", "Presiden Kenya William Ruto tiba di Addis Ababa pada Senin. Dia bertemu Perdana Menteri Ethiopia Abiy "
           "Ahmed pada Selasa.", "Talks", "ETH"),
])
def test_a_pronoun_opening_the_sentence_is_the_person_named_before(
        language: str, text: str, kind: str, partner: str) -> None:
    found = of_kind(text, language, kind)
    assert len(found) == 1, found
    assert {"KEN", "william-ruto", partner} <= set(found[0]["roles"]["participant"])


@pytest.mark.parametrize("language, text", [
    ("en", "Kenya's army withdrew from the border on Monday. He later spoke by phone with Somali President Hassan "
           "Sheikh Mohamud."),
    ("id", "Tentara Kenya mundur dari perbatasan pada Senin. Ia kemudian berbicara melalui telepon dengan Presiden "
           "Somalia Hassan Sheikh Mohamud."),
])
def test_a_pronoun_with_no_person_named_before_adds_no_side(language: str, text: str) -> None:
    assert of_kind(text, language, "PhoneCall") == []


# --- A request for help naming no one asked, answered by the main clause's subject ---

@pytest.mark.parametrize("language, text", [
    ("en", "After Mali asked for help, France sent 1,500 troops to Gao."),
    ("en", "France sent 1,500 troops to Gao after Mali asked for help."),
    ("en", "In March 2021, after Mali asked for help, French jets bombed a rebel column near Gao."),
    ("id", "Setelah Mali meminta bantuan, Prancis mengirim 1.500 tentara ke Gao."),
    ("id", "Pada Maret 2021, setelah Mali meminta bantuan, jet-jet Prancis mengebom sebuah konvoi pemberontak di "
           "dekat Gao."),
])
def test_a_request_naming_no_one_asked_was_made_to_whom_answered(language: str, text: str) -> None:
    found = of_kind(text, language, "AidRequest")
    assert [(e["roles"]["requester"], e["roles"].get("addressee")) for e in found] == [(["MLI"], ["FRA"])]


@pytest.mark.parametrize("language, text", [
    ("en", "After Mali asked Russia for help, France withdrew its troops from Gao."),
    ("id", "Setelah Mali meminta bantuan kepada Rusia, Prancis menarik pasukannya dari Gao."),
])
def test_a_request_naming_whom_it_asks_keeps_that_addressee(language: str, text: str) -> None:
    found = of_kind(text, language, "AidRequest")
    assert [(e["roles"]["requester"], e["roles"].get("addressee")) for e in found] == [(["MLI"], ["RUS"])]


# A summit that is only where a state joined an organization holds no talks.

@pytest.mark.parametrize("language, text", [
    ("en", "Sweden joined NATO at a summit in Washington on Thursday."),
    ("en", "Egypt became a member of BRICS at a summit in Johannesburg in August."),
    ("id", "Iran resmi bergabung dengan SCO dalam KTT di New Delhi, Selasa."),
    ("id", "Mesir menjadi anggota BRICS dalam KTT di Johannesburg pada Agustus."),
])
def test_a_summit_where_a_state_joins_holds_no_talks(language, text):
    assert len(of_kind(text, language, "Accession")) == 1
    assert of_kind(text, language, "Talks") == []


@pytest.mark.parametrize("language, text", [
    ("en", "After Sweden joined NATO, Joe Biden met Recep Tayyip Erdogan at a summit in Vilnius."),
    ("id", "Setelah Swedia bergabung dengan NATO, Joe Biden bertemu Recep Tayyip Erdogan dalam KTT di Vilnius."),
])
def test_talks_of_others_at_a_summit_where_a_state_joins_stay(language, text):
    talks = of_kind(text, language, "Talks")
    assert [sorted(set(t["roles"]["participant"]) & {"TUR", "USA"}) for t in talks] == [["TUR", "USA"]]


# A truce one actor declares with armed groups it leaves unnamed, or a pause of its own operations, is its own.

@pytest.mark.parametrize("language, text, side", [
    ("en", "Ethiopia declared a ceasefire with rebel groups in Tigray on Monday.", "ETH"),
    ("en", "The Arakan Army announced a ten-day pause in its military operations.", "ARAKAN_ARMY"),
    ("id", "Pemerintah Etiopia mengumumkan gencatan senjata sementara dengan kelompok-kelompok pemberontak "
           "hingga akhir bulan.", "ETH"),
    ("id", "Tentara Arakan mengumumkan jeda operasi militer selama sepuluh hari.", "ARAKAN_ARMY"),
])
def test_a_truce_with_unnamed_armed_groups_is_one_sides_own(language, text, side):
    assert [t["roles"]["participant"] for t in of_kind(text, language, "Ceasefire")] == [[side]]


@pytest.mark.parametrize("language, text", [
    ("en", "Ethiopian troops clashed with TPLF fighters near Mekelle on Monday. On Tuesday Ethiopia agreed to a "
           "ceasefire with the rebels."),
    ("id", "Etiopia menyepakati gencatan senjata dengan TPLF pada Jumat."),
])
def test_a_truce_with_a_foe_named_keeps_both_sides(language, text):
    assert [t["roles"]["participant"] for t in of_kind(text, language, "Ceasefire")] == [["ETH", "TPLF"]]


# Troops withdrawing from a place leave no organization; "a way out of" leaves nothing.

@pytest.mark.parametrize("language, text", [
    ("en", "Russian troops withdrew from Kherson in November, a NATO official said."),
    ("en", "NATO's bombing campaign forced Serbian troops to withdraw from the province."),
    ("id", "Serangan udara NATO memaksa pasukan Serbia keluar dari provinsi itu."),
    ("id", "Para menteri ASEAN mencari jalan keluar dari krisis di Myanmar."),
])
def test_leaving_a_place_is_no_withdrawal_from_an_organization(language, text):
    assert of_kind(text, language, "Withdrawal") == []


@pytest.mark.parametrize("language, text", [
    ("en", "Mali withdrew from the G5 Sahel in May."),
    ("id", "Mali keluar dari G5 Sahel pada Mei."),
])
def test_leaving_an_organization_named_after_the_trigger_stays(language, text):
    assert [w["roles"]["organization"] for w in of_kind(text, language, "Withdrawal")] == [["G5_SAHEL"]]


# Those attending a meeting named after the talks attend that meeting, not the talks.

@pytest.mark.parametrize("language, text", [
    ("en", "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev held talks in Prague on "
           "Thursday, at a summit hosted by Czech President Petr Pavel and attended by Italian Prime Minister "
           "Giorgia Meloni."),
    ("id", "Perdana Menteri Armenia Nikol Pashinyan dan Presiden Azerbaijan Ilham Aliyev menggelar perundingan di "
           "Praha pada Kamis, dalam KTT yang digelar Presiden Ceko Petr Pavel dan dihadiri Perdana Menteri Italia "
           "Giorgia Meloni."),
])
def test_attendees_of_a_later_meeting_noun_are_no_sides_of_the_talks(language, text):
    talks = of_kind(text, language, "Talks")
    assert [sorted(s for s in t["roles"]["participant"] if s.isupper()) for t in talks] == [["ARM", "AZE"]]


@pytest.mark.parametrize("language, text", [
    ("en", "A closed meeting in Jakarta was attended by Thai Foreign Minister Kasit Piromya and Cambodian Foreign "
           "Minister Hor Namhong."),
    ("id", "Pertemuan tertutup di Jakarta dihadiri Menlu Thailand Kasit Piromya dan Menlu Kamboja Hor Namhong."),
])
def test_attendees_of_the_talks_noun_itself_are_its_sides(language, text):
    talks = of_kind(text, language, "Talks")
    assert [sorted(s for s in t["roles"]["participant"] if s.isupper()) for t in talks] == [["KHM", "THA"]]


# The foe of a dispute told after "amid tensions with" is no side of a visit or talks.

@pytest.mark.parametrize("language, text", [
    ("en", "Indian Prime Minister Narendra Modi visited Ladakh on Friday amid the border standoff with China."),
    ("en", "Japanese Prime Minister Fumio Kishida visited Okinawa on Sunday amid tensions with China over Chinese "
           "coast guard patrols."),
    ("id", "Perdana Menteri India Narendra Modi mengunjungi Ladakh pada Jumat di tengah ketegangan dengan China."),
])
def test_the_foe_of_a_dispute_is_no_side_of_a_visit(language, text):
    assert of_kind(text, language, "Talks") == []


@pytest.mark.parametrize("language, text, sides", [
    ("en", "Philippine President Ferdinand Marcos met Chinese Foreign Minister Wang Yi in Manila amid tensions with "
           "China.", ["CHN", "PHL"]),
    ("en", "Philippine President Ferdinand Marcos met Australian Prime Minister Anthony Albanese in Manila amid "
           "tensions with China.", ["AUS", "PHL"]),
    ("id", "Presiden Filipina Ferdinand Marcos bertemu Perdana Menteri Australia Anthony Albanese di Manila di "
           "tengah ketegangan dengan China.", ["AUS", "PHL"]),
])
def test_talks_amid_a_dispute_keep_the_sides_named_before_it(language, text, sides):
    talks = of_kind(text, language, "Talks")
    assert [sorted(s for s in t["roles"]["participant"] if s.isupper()) for t in talks] == [sides]


# A change of membership named by a noun is made by the actor glued to it, not by the clause's subject.

@pytest.mark.parametrize("language, text, kind, change", [
    ("en", "Russia protested against Finland's accession to NATO.", "Accession", ("FIN", "NATO")),
    ("en", "Russia welcomed Armenia's withdrawal from the CSTO.", "Withdrawal", ("ARM", "CSTO")),
    ("id", "Moskow mengecam aksesi Finlandia ke NATO pada April.", "Accession", ("FIN", "NATO")),
    ("id", "Rusia menyambut keluarnya Armenia dari CSTO.", "Withdrawal", ("ARM", "CSTO")),
])
def test_a_membership_noun_is_changed_by_its_owner(language, text, kind, change):
    found = of_kind(text, language, kind)
    assert [(e["roles"]["agent"], e["roles"]["organization"]) for e in found] == [([change[0]], [change[1]])]


@pytest.mark.parametrize("language, text", [
    ("en", "Kazakhstan joined the CSTO in 1994."),
    ("id", "Kazakhstan bergabung dengan CSTO pada 1994."),
])
def test_a_membership_verb_is_changed_by_its_subject(language, text):
    found = of_kind(text, language, "Accession")
    assert [(e["roles"]["agent"], e["roles"]["organization"]) for e in found] == [(["KAZ"], ["CSTO"])]


# Lists after an opener ("namely", "including", "among others", "yakni", "antara lain", "termasuk"): every member
# listed takes part, and a talks noun whose complement names the members ("a meeting of the foreign ministers of
# A, B and C", "pertemuan menteri luar negeri A, B dan C") is held by all of them.

@pytest.mark.parametrize("language, text, sides", [
    ("en", "The summit in Lome on Monday was attended by, among others, Ghana, Benin, Togo and Niger.",
     ["BEN", "GHA", "NER", "TGO"]),
    ("en", "The meeting in Lome on Monday was attended by the leaders of several states, including Ghana, Benin, "
           "Togo and Niger.", ["BEN", "GHA", "NER", "TGO"]),
    ("id", "KTT di Lome pada Senin dihadiri antara lain Ghana, Benin, Togo dan Niger.", ["BEN", "GHA", "NER", "TGO"]),
    ("id", "Pertemuan di Lome pada Senin dihadiri para pemimpin beberapa negara, termasuk Ghana, Benin, Togo, "
           "dan Niger.", ["BEN", "GHA", "NER", "TGO"]),
])
def test_every_attendee_listed_after_an_opener_takes_part(language, text, sides):
    talks = of_kind(text, language, "Talks")
    assert [sorted(s for s in t["roles"]["participant"] if s.isupper()) for t in talks] == [sides]


@pytest.mark.parametrize("language, text", [
    ("en", "The plan was agreed at a meeting of the defence ministers of Ghana, Benin, Togo and Niger in Lome."),
    ("en", "The plan was agreed at a meeting of the defence ministers of the four coastal states, namely Ghana, "
           "Benin, Togo and Niger, in Lome."),
    ("id", "Rencana itu disepakati dalam pertemuan menteri pertahanan Ghana, Benin, Togo dan Niger di Lome."),
    ("id", "Rencana itu disepakati dalam pertemuan menteri pertahanan empat negara anggota blok tersebut, yaitu "
           "Ghana, Benin, Togo, dan Niger, di Lome."),
])
def test_a_meeting_of_the_ministers_of_listed_states_is_held_by_all_of_them(language, text):
    talks = of_kind(text, language, "Talks")
    assert [sorted(t["roles"]["participant"]) for t in talks] == [["BEN", "GHA", "NER", "TGO"]]


@pytest.mark.parametrize("language, text", [
    ("en", "Ghana and Togo held talks in Lome on Monday. The meeting was attended by, among others, Benin's "
           "President Patrice Talon, Niger's President Mohamed Bazoum and Nigeria's President Bola Tinubu."),
    ("id", "Ghana dan Togo menggelar perundingan di Lome pada Senin. Pertemuan itu dihadiri Presiden Benin "
           "Patrice Talon, Presiden Niger Mohamed Bazoum, dan Presiden Nigeria Bola Tinubu."),
])
def test_each_attendee_of_talks_told_before_takes_part(language, text):
    sides = {s for t in of_kind(text, language, "Talks") for s in t["roles"]["participant"] if s.isupper()}
    assert {"BEN", "NER", "NGA"} <= sides


@pytest.mark.parametrize("language, text", [
    ("en", "Talks on the future of Ghana and Togo will start in Lome next week."),
    ("en", "A meeting on the security of Ghana, Benin and Togo will open in Lome next week."),
])
def test_states_a_talks_noun_is_about_hold_no_meeting(language, text):
    assert of_kind(text, language, "Talks") == []


@pytest.mark.parametrize("language, text", [
    ("en", "The Sahel alliance AES suspended its cooperation with ECOWAS on Sunday. The decision was taken at a "
           "meeting of the defence ministers of the three member states of the bloc, namely Mali, Burkina Faso "
           "and Niger, in Niamey."),
    ("id", "Aliansi Sahel AES menangguhkan kerja samanya dengan ECOWAS pada Minggu. Keputusan itu diambil dalam "
           "pertemuan menteri pertahanan tiga negara anggota blok tersebut, yakni Mali, Burkina Faso dan Niger, "
           "di Niamey."),
])
def test_the_bloc_a_meeting_head_names_holds_no_seat_of_its_members_meeting(language, text):
    talks = of_kind(text, language, "Talks")
    assert [sorted(t["roles"]["participant"]) for t in talks] == [["BFA", "MLI", "NER"]]


# The foe named after "against" / "melawan" in the sentence of talks is what the talks agreed to fight, no side.

@pytest.mark.parametrize("language, text", [
    ("en", "Leaders of Niger, Chad and Cameroon met in Niamey on Monday and agreed to coordinate patrols against "
           "Boko Haram."),
    ("en", "At a summit in Niamey on Monday, the leaders of Niger, Chad and Cameroon agreed on joint operations "
           "against Boko Haram."),
    ("id", "Para pemimpin Niger, Chad dan Kamerun bertemu di Niamey pada Senin dan sepakat mengoordinasikan "
           "patroli melawan Boko Haram."),
    ("id", "Dalam KTT di Niamey pada Senin, para pemimpin Niger, Chad dan Kamerun menyepakati operasi bersama "
           "melawan Boko Haram."),
])
def test_the_foe_the_talks_agree_to_fight_takes_no_part(language, text):
    talks = of_kind(text, language, "Talks")
    assert [sorted(t["roles"]["participant"]) for t in talks] == [["CMR", "NER", "TCD"]]


@pytest.mark.parametrize("language, text", [
    ("en", "Boko Haram envoys met Nigerian officials in Niamey on Monday, weeks after the army's offensive against "
           "Boko Haram."),
    ("id", "Utusan Boko Haram bertemu pejabat Nigeria di Niamey pada Senin, beberapa pekan setelah serangan "
           "militer melawan Boko Haram."),
])
def test_a_side_named_before_against_keeps_its_seat(language, text):
    talks = of_kind(text, language, "Talks")
    assert [sorted(t["roles"]["participant"]) for t in talks] == [["BOKOHARAM", "NGA"]]


# The actor glued to a noun of mediation ("with UN mediation", "under Russian mediation", "mediasi PBB") mediates:
# it is no side of the truce or signing the mediation brought.

@pytest.mark.parametrize("language, text, broker", [
    ("en", "Ghana and Togo signed a border truce on Monday with AU mediation.", "AU"),
    ("en", "Ghana and Togo signed a border truce on Monday under Nigerian mediation.", "NGA"),
    ("en", "Ghana and Togo signed a border truce on Monday with Nigerian-led mediation.", "NGA"),
    ("en", "A truce signed in Accra in May, with Nigerian mediation, ended the border clashes between Ghana and "
           "Togo.", "NGA"),
    ("id", "Ghana dan Togo menandatangani gencatan senjata perbatasan pada Senin dengan mediasi Uni Afrika.", "AU"),
])
def test_the_owner_of_a_mediation_noun_mediates(language, text, broker):
    truces = of_kind(text, language, "Ceasefire")
    assert [(sorted(t["roles"]["participant"]), t["roles"].get("mediator")) for t in truces] == [
        (["GHA", "TGO"], [broker])]


# A signing told as called off after its noun ("a joint signing ceremony never took place", "penandatanganan ...
# dibatalkan") did not happen, as talks so told.

@pytest.mark.parametrize("language, text", [
    ("en", "Ghana and Togo held talks in Lome on Thursday. A joint signing ceremony never took place."),
    ("en", "Ghana and Togo held talks in Lome on Thursday. The signing ceremony planned for Friday was cancelled."),
    ("id", "Ghana dan Togo menggelar perundingan di Lome pada Kamis. Penandatanganan perjanjian perbatasan yang "
           "dijadwalkan Jumat dibatalkan."),
    ("id", "Ghana dan Togo menggelar perundingan di Lome pada Kamis. Upacara penandatanganan bersama tidak pernah "
           "terlaksana."),
])
def test_a_signing_called_off_after_its_noun_did_not_happen(language, text):
    assert of_kind(text, language, "TreatySigning") == []
    assert len(of_kind(text, language, "Talks")) == 1


@pytest.mark.parametrize("language, text", [
    ("en", "Ghana and Togo signed a border pact in Lome on Thursday, after a summit was cancelled."),
    ("id", "Ghana dan Togo menandatangani pakta perbatasan di Lome pada Kamis."),
])
def test_a_signing_told_as_done_stays(language, text):
    assert len(of_kind(text, language, "TreatySigning")) == 1


# Session 13. A list a conjunction has closed ("A and B") ends at the next bare comma: "Mediated by Ghana and
# Nigeria, Togo and Benin swapped prisoners" names two mediators and two sides, no list of four mediators.

@pytest.mark.parametrize("language, text, kind", [
    ("en", "Brokered by Ghana and Nigeria, Togo and Benin agreed to a truce on Monday.", "Ceasefire"),
    ("en", "Mediated by Ghana and Nigeria, Togo and Benin swapped prisoners on Monday.", "Mediation"),
    ("id", "Ditengahi Ghana dan Nigeria, Togo dan Benin menyepakati gencatan senjata pada Senin.", "Ceasefire"),
    ("id", "Dimediasi Ghana dan Nigeria, Togo dan Benin bertukar tawanan pada Senin.", "Mediation"),
])
def test_a_fronted_list_of_mediators_ends_at_its_comma(language, text, kind):
    found = of_kind(text, language, kind)
    assert [(sorted(e["roles"]["participant"]), sorted(e["roles"]["mediator"])) for e in found] == [
        (["BEN", "TGO"], ["GHA", "NGA"])]


@pytest.mark.parametrize("language, text", [
    ("en", "Ghana, Togo and Benin held talks in Accra on Monday."),
    ("en", "Ghana, Togo, and Benin held talks in Accra on Monday."),
    ("id", "Ghana, Togo dan Benin menggelar perundingan di Accra pada Senin."),
])
def test_a_list_joined_at_its_end_keeps_every_item(language, text):
    assert [sorted(e["roles"]["participant"]) for e in of_kind(text, language, "Talks")] == [["BEN", "GHA", "TGO"]]


# A state named only as where talks took place hosts them at most and is no side: right after a place and a comma
# ("in Accra, Ghana"), in "the Ghanaian capital" or "di ibu kota Ghana"; after a bare locative ("in Ghana") only
# when two other sides remain, so "met officials in Ghana" keeps Ghana.

@pytest.mark.parametrize("language, text", [
    ("en", "Talks between Togo and Benin were held in Accra, Ghana, on Monday."),
    ("en", "Togo and Benin held talks in Accra, Ghana on Monday."),
    ("en", "Togo and Benin held two days of talks in the Ghanaian capital on Monday."),
    ("en", "Togo and Benin held talks in Ghana on Monday."),
    ("id", "Perundingan Togo dan Benin digelar di Accra, Ghana, pada Senin."),
    ("id", "Togo dan Benin menggelar perundingan di ibu kota Ghana pada Senin."),
    ("id", "Menteri Luar Negeri Togo dan Benin bertemu di Ghana pada Senin."),
])
def test_the_state_of_the_venue_is_no_side_of_the_talks(language, text):
    talks = of_kind(text, language, "Talks")
    assert [sorted(k for k in t["roles"]["participant"] if k.isupper()) for t in talks] == [["BEN", "TGO"]]


@pytest.mark.parametrize("language, text", [
    ("en", "The Togolese foreign minister met officials in Ghana on Monday."),
    ("id", "Menteri Luar Negeri Togo bertemu pejabat di Ghana pada Senin."),
])
def test_a_state_met_where_it_is_named_stays_a_side(language, text):
    talks = of_kind(text, language, "Talks")
    assert all("GHA" in t["roles"]["participant"] for t in talks) and talks


# A personal pronoun as the object or owner of a meeting or call ("met him", "phoned her", "his meeting with",
# "menemuinya", "meneleponnya", "bertemu dengannya", "pertemuannya dengan") is the person named before: the first
# person of the sentence before the trigger who is no side ("X said Y phoned him"), else the first person of the
# latest sentence naming one.

@pytest.mark.parametrize("language, text, kind", [
    ("en", "Ghanaian President Nana Akufo-Addo landed in Lome on Monday. Togolese President Faure Gnassingbe met him "
           "at the airport.", "Talks"),
    ("en", "Ghanaian President Nana Akufo-Addo landed in Lome on Monday. Togolese President Faure Gnassingbe phoned "
           "him later that day.", "PhoneCall"),
    ("en", "Ghanaian President Nana Akufo-Addo said Togolese President Faure Gnassingbe had phoned him on Sunday.",
     "PhoneCall"),
    ("id", "Presiden Ghana Nana Akufo-Addo mendarat di Lome pada Senin. Presiden Togo Faure Gnassingbe menemuinya di "
           "bandara.", "Talks"),
    ("id", "Presiden Ghana Nana Akufo-Addo mendarat di Lome pada Senin. Presiden Togo Faure Gnassingbe bertemu "
           "dengannya di bandara.", "Talks"),
    ("id", "Presiden Ghana Nana Akufo-Addo mendarat di Lome pada Senin. Ia mengatakan Presiden Togo Faure Gnassingbe "
           "meneleponnya sehari sebelumnya.", "PhoneCall"),
])
def test_a_pronoun_object_of_a_meeting_is_the_person_named_before(language, text, kind):
    found = of_kind(text, language, kind)
    assert [sorted(k for k in e["roles"]["participant"] if k.isupper()) for e in found] == [["GHA", "TGO"]]


# Leaders who shake hands meet: "shook hands with", "berjabat tangan dengan" is talks between them.

@pytest.mark.parametrize("language, text", [
    ("en", "Ghanaian President Nana Akufo-Addo shook hands with Togolese President Faure Gnassingbe in Accra on "
           "Monday."),
    ("en", "Ghana's and Togo's presidents shook hands at the border on Monday."),
    ("id", "Presiden Ghana Nana Akufo-Addo berjabat tangan dengan Presiden Togo Faure Gnassingbe di Accra pada Senin."),
    ("id", "Presiden Ghana Nana Akufo-Addo dan Presiden Togo Faure Gnassingbe bersalaman di perbatasan pada Senin."),
])
def test_leaders_who_shake_hands_meet(language, text):
    talks = of_kind(text, language, "Talks")
    assert [sorted(k for k in t["roles"]["participant"] if k.isupper()) for t in talks] == [["GHA", "TGO"]]


# A subordinate clause with no subject of its own ("after speaking by phone with Y", "setelah berbicara melalui
# telepon dengan Y") shares the subject of the clause before it that opens with one, when the main clause names no
# actor: "The ship sank on the day that X announced ..., after speaking by phone with Y".

@pytest.mark.parametrize("language, text", [
    ("en", "The ship sank on the day that Ghanaian President Nana Akufo-Addo announced new aid for Togo, after "
           "speaking by phone with Togolese President Faure Gnassingbe."),
    ("en", "The ship sank on the day when Ghanaian President Nana Akufo-Addo announced new aid for Togo, after "
           "speaking by phone with Togolese President Faure Gnassingbe."),
    ("id", "Kapal itu tenggelam pada hari yang sama ketika Presiden Ghana Nana Akufo-Addo mengumumkan bantuan baru "
           "untuk Togo, setelah berbicara melalui telepon dengan Presiden Togo Faure Gnassingbe."),
])
def test_a_subordinate_clause_shares_the_subject_of_the_clause_before(language, text):
    calls = of_kind(text, language, "PhoneCall")
    assert [sorted(k for k in c["roles"]["participant"] if k.isupper()) for c in calls] == [["GHA", "TGO"]]


@pytest.mark.parametrize("language, text", [
    ("en", "The ship sank on the day that Ghana announced new aid for Togo, after talks with Benin."),
    ("id", "Kapal itu tenggelam pada hari ketika Ghana mengumumkan bantuan untuk Togo, setelah perundingan dengan "
           "Benin."),
])
def test_the_object_of_the_clause_before_is_no_shared_subject(language, text):
    assert [sorted(t["roles"]["participant"]) for t in of_kind(text, language, "Talks")] == [["BEN", "GHA"]]


# A visit told in a relative clause set off by commas ("X, who visited France last week, proposed ...", "X, yang
# saat itu sedang berkunjung ke Prancis, ...") describes the visitor for the main clause: no talks.

@pytest.mark.parametrize("language, text", [
    ("en", "Ghanaian President Nana Akufo-Addo, who visited France last week, proposed a peace plan for Togo."),
    ("id", "Presiden Ghana Nana Akufo-Addo, yang saat itu sedang berkunjung ke Prancis, mempersingkat lawatannya."),
    ("id", "Presiden Ghana Nana Akufo-Addo, yang berkunjung ke Prancis pekan lalu, mengusulkan rencana damai."),
])
def test_a_visit_told_aside_is_no_talks(language, text):
    assert of_kind(text, language, "Talks") == []


@pytest.mark.parametrize("language, text", [
    ("en", "Ghanaian President Nana Akufo-Addo visited France last week and proposed a peace plan for Togo."),
    ("id", "Presiden Ghana Nana Akufo-Addo, yang tiba di Paris pada Senin, mengunjungi Prancis selatan."),
])
def test_a_visit_of_the_main_clause_stays(language, text):
    assert [sorted(t["roles"]["participant"]) for t in of_kind(text, language, "Talks")] == [
        ["FRA", "GHA", "nana-akufo-addo"]]


# The discourse rules fill talks whose sides an anaphor names ("the two sides", "dua pihak") with the states named
# near them; the state the sentence names as the venue ("in Accra, Ghana") is none of them.

@pytest.mark.parametrize("language, text", [
    ("en", "The two sides fighting in Togo signed a truce in Accra, Ghana, on Friday, after five days of talks "
           "facilitated by the UN."),
    ("id", "Dua pihak yang berperang di Togo menandatangani gencatan senjata di Accra, Ghana, Jumat (23/10/2020), "
           "setelah lima hari perundingan yang difasilitasi PBB."),
])
def test_a_venue_is_no_side_the_talks_borrow(language, text):
    assert all("GHA" not in t["roles"].get("participant", []) for t in of_kind(text, language, "Talks"))


# Session 14. Speaking with a leader is talks, whatever the verb's form ("spoke with", "speaks to", "is expected to
# speak with", "berbicara dengan"), and a call keeps its speakers when a length or another modifier stands between
# the preposition and the noun ("in a 40-minute phone call", "in an hour-long call", "held a 90-minute call").

SPEAK_FORMS = ["spoke with", "spoke to", "speaks with", "speaks to", "talked to", "has spoken with", "has spoken to",
               "is expected to speak with", "will speak to", "is speaking with"]


@pytest.mark.parametrize("form", SPEAK_FORMS)
@pytest.mark.parametrize("between", ["", ", who arrived in Accra on Monday,"])
def test_speaking_with_a_leader_is_talks(form, between):
    text = f"Ghanaian President Nana Akufo-Addo{between} {form} Togolese President Faure Gnassingbe on Tuesday."
    talks = events_of(text, "en")
    assert [sorted(k for k in t["roles"]["participant"] if k.isupper()) for t in talks] == [["GHA", "TGO"]]
    assert talks[0]["kind"] in ("Talks", "PhoneCall")


@pytest.mark.parametrize("text", [
    "Presiden Ghana Nana Akufo-Addo berbicara dengan Presiden Togo Faure Gnassingbe pada Selasa (11/3/2025).",
    "Presiden Ghana Nana Akufo-Addo dijadwalkan berbicara dengan Presiden Togo Faure Gnassingbe pada Jumat.",
    "Presiden Ghana Nana Akufo-Addo, yang tiba di Lome pada Senin, bicara dengan Presiden Togo Faure Gnassingbe.",
    "Presiden Ghana Nana Akufo-Addo bercakap-cakap dengan Presiden Togo Faure Gnassingbe pada Selasa (11/3/2025).",
])
def test_speaking_with_a_leader_is_talks_id(text):
    talks = of_kind(text, "id", "Talks")
    assert [sorted(k for k in t["roles"]["participant"] if k.isupper()) for t in talks] == [["GHA", "TGO"]]


@pytest.mark.parametrize("language, text", [
    ("en", "Ghanaian President Nana Akufo-Addo spoke to reporters in Accra on Tuesday."),
    ("en", "Ghanaian President Nana Akufo-Addo, speaking to Reuters on Tuesday, said the border would stay shut."),
    ("id", "Presiden Ghana Nana Akufo-Addo berbicara dengan wartawan di Accra pada Selasa (11/3/2025)."),
])
def test_speaking_to_the_press_is_no_talks(language, text):
    assert [e for e in events_of(text, language) if e["kind"] in ("Talks", "PhoneCall")] == []


@pytest.mark.parametrize("modifier", ["40-minute", "90-minute", "two-hour", "hour-long", "lengthy", "brief", "rare"])
@pytest.mark.parametrize("where", ["after", "opening"])
def test_a_call_with_a_modifier_keeps_its_speakers(modifier, where):
    call = f"in {'an' if modifier == 'hour-long' else 'a'} {modifier} phone call"
    text = (f"Ghanaian President Nana Akufo-Addo urged Togolese President Faure Gnassingbe on Tuesday to reopen the "
            f"border, {call}." if where == "after" else
            f"{call[0].upper()}{call[1:]} on Tuesday, Ghanaian President Nana Akufo-Addo urged Togolese President "
            f"Faure Gnassingbe to reopen the border.")
    calls = of_kind(text, "en", "PhoneCall")
    assert [sorted(k for k in c["roles"]["participant"] if k.isupper()) for c in calls] == [["GHA", "TGO"]]


@pytest.mark.parametrize("length", ["40-minute", "two-hour", "hour-long"])
def test_a_call_named_by_its_length_is_a_call(length):
    text = f"Ghanaian President Nana Akufo-Addo and Togolese President Faure Gnassingbe held a {length} call on Tuesday."
    calls = of_kind(text, "en", "PhoneCall")
    assert [sorted(k for k in c["roles"]["participant"] if k.isupper()) for c in calls] == [["GHA", "TGO"]]


# An organization's own meeting told by a verb: its subject, the organization alone or named with its members,
# meets alone ("NATO leaders meet in Vilnius", "the NATO-Russia Council is due to meet", "Para menteri luar negeri
# ASEAN bersidang"); met with someone else named after the verb, it is talks between them.

BODY_SUBJECTS_EN = ["African Union leaders", "The African Union", "African Union foreign ministers",
                    "The African Union's defence ministers"]
BODY_VERBS_EN = ["met in Addis Ababa on Tuesday", "will meet in Addis Ababa next week", "is due to meet in Addis Ababa on Friday",
                 "gathered in Addis Ababa on Tuesday", "convened in Addis Ababa on Tuesday",
                 "held an emergency meeting in Addis Ababa on Tuesday", "are meeting in Addis Ababa this week",
                 "met in Addis Ababa, Ethiopia, on Tuesday"]


@pytest.mark.parametrize("subject", BODY_SUBJECTS_EN)
@pytest.mark.parametrize("verb", BODY_VERBS_EN)
def test_an_organization_meets_alone(subject, verb):
    talks = of_kind(f"{subject} {verb}.", "en", "Talks")
    assert [t["roles"]["participant"] for t in talks] == [["AU"]]


BODY_SUBJECTS_ID = ["Para pemimpin Uni Afrika", "Uni Afrika", "Para menteri luar negeri Uni Afrika"]
BODY_VERBS_ID = ["bertemu di Addis Ababa pada Selasa (11/3/2025)", "akan bertemu di Addis Ababa pekan depan",
                 "berkumpul di Addis Ababa pada Selasa (11/3/2025)", "bersidang di Addis Ababa pekan ini",
                 "menggelar pertemuan darurat di Addis Ababa pada Selasa (11/3/2025)",
                 "bersidang pekan ini di Addis Ababa, Etiopia"]


@pytest.mark.parametrize("subject", BODY_SUBJECTS_ID)
@pytest.mark.parametrize("verb", BODY_VERBS_ID)
def test_an_organization_meets_alone_id(subject, verb):
    talks = of_kind(f"{subject} {verb}.", "id", "Talks")
    assert [t["roles"]["participant"] for t in talks] == [["AU"]]


@pytest.mark.parametrize("language, text", [
    ("en", "Togo's foreign minister arrived in Addis Ababa, where African Union foreign ministers are meeting this week."),
    ("id", "Di Addis Ababa, tempat para menteri luar negeri Uni Afrika bersidang pekan ini, Menteri Luar Negeri "
           "Ghana membatalkan pertemuan dengan Menteri Luar Negeri Togo."),
])
def test_an_organization_meets_alone_in_a_clause_of_place(language, text):
    assert ["AU"] in [t["roles"]["participant"] for t in of_kind(text, language, "Talks")]


@pytest.mark.parametrize("language, text", [
    ("en", "African Union leaders met Togolese President Faure Gnassingbe in Addis Ababa on Tuesday."),
    ("id", "Para pemimpin Uni Afrika bertemu Presiden Togo Faure Gnassingbe di Addis Ababa pada Selasa (11/3/2025)."),
])
def test_an_organization_meeting_someone_holds_talks_with_them(language, text):
    assert [sorted(k for k in t["roles"]["participant"] if k.isupper()) for t in of_kind(text, language, "Talks")] == [
        ["AU", "TGO"]]


@pytest.mark.parametrize("language, text", [
    ("en", "Hundreds of protesters gathered in Addis Ababa on Tuesday."),
    ("en", "Togolese officials met in Lome on Tuesday."),
    ("id", "Ratusan pengunjuk rasa berkumpul di Addis Ababa pada Selasa (11/3/2025)."),
    ("id", "Para pejabat Togo bertemu di Lome pada Selasa (11/3/2025)."),
])
def test_no_organization_meeting_alone_is_no_talks(language, text):
    assert of_kind(text, language, "Talks") == []


# "A and the leaders of B, C and D", "A dan para pemimpin B, C dan D": a head naming the members of several sides
# after the conjunction opens a list of its own, which the next bare comma does not close; every state listed takes
# part. A fronted phrase closed by a comma still ends its own list ("Brokered by A and B, C and D agreed").

NESTED_HEADS_EN = ["the leaders of", "the presidents of", "the foreign ministers of", "representatives of"]
NESTED_HEADS_ID = ["para pemimpin", "para presiden", "pemimpin", "perwakilan"]


@pytest.mark.parametrize("head", NESTED_HEADS_EN)
@pytest.mark.parametrize("opening", ["At a summit in Accra on Saturday", "During talks in Accra on Saturday"])
def test_a_nested_list_after_a_conjunction_takes_part(head, opening):
    text = (f"{opening}, Ghanaian President Nana Akufo-Addo and {head} Togo, Benin, Niger and Mali agreed to share "
            f"intelligence.")
    talks = of_kind(text, "en", "Talks")
    assert {"BEN", "GHA", "MLI", "NER", "TGO"} <= {k for t in talks for k in t["roles"]["participant"]}


@pytest.mark.parametrize("head", NESTED_HEADS_ID)
@pytest.mark.parametrize("opening", ["Dalam KTT di Accra pada Sabtu (8/3/2025)", "Dalam perundingan di Accra pada Sabtu"])
def test_a_nested_list_after_a_conjunction_takes_part_id(head, opening):
    text = f"{opening}, Presiden Ghana Nana Akufo-Addo dan {head} Togo, Benin, Niger dan Mali sepakat berbagi intelijen."
    talks = of_kind(text, "id", "Talks")
    assert {"BEN", "GHA", "MLI", "NER", "TGO"} <= {k for t in talks for k in t["roles"]["participant"]}


@pytest.mark.parametrize("language, text", [
    ("en", "Brokered by Ghana and Nigeria, Togo and Benin agreed to a truce on Monday."),
    ("id", "Ditengahi Ghana dan Nigeria, Togo dan Benin menyepakati gencatan senjata pada Senin (10/3/2025)."),
])
def test_a_list_closed_by_a_fronted_phrase_stays_closed(language, text):
    truce = of_kind(text, language, "Ceasefire")
    assert [t["roles"]["participant"] for t in truce] == [["BEN", "TGO"]]


# A verb of mediating names the sides it mediates between as its object too, with or without the dispute between
# them ("mediated the dispute between A and B", "is the main mediator in the conflict between A and B", "menengahi
# A dan B", "memediasi konflik A dan B"): the subject mediates, the sides take part.

MEDIATING_EN = ["mediated the dispute between", "has mediated the conflict between", "is mediating the standoff between",
                "will mediate the row between", "mediated in the conflict between", "is the main mediator in the conflict between"]
MEDIATING_ID = ["menengahi", "memediasi", "akan menengahi", "telah memediasi", "menengahi konflik", "memediasi sengketa antara",
                "menengahi perselisihan", "menengahi ketegangan antara"]


@pytest.mark.parametrize("verb", MEDIATING_EN)
@pytest.mark.parametrize("mediator", ["Kenya", "Kenyan President William Ruto", "Kenya, which borders both,"])
def test_the_object_of_a_verb_of_mediating_takes_part(verb, mediator):
    found = of_kind(f"{mediator} {verb} Ethiopia and Somalia on Tuesday.", "en", "Mediation")
    assert [(m["roles"]["participant"], "KEN" in m["roles"]["mediator"]) for m in found] == [(["ETH", "SOM"], True)]


@pytest.mark.parametrize("verb", MEDIATING_ID)
@pytest.mark.parametrize("mediator", ["Kenya", "Presiden Kenya William Ruto", "Kenya, yang berbatasan dengan keduanya,"])
def test_the_object_of_a_verb_of_mediating_takes_part_id(verb, mediator):
    found = of_kind(f"{mediator} {verb} Etiopia dan Somalia pada Selasa (11/3/2025).", "id", "Mediation")
    assert [(m["roles"]["participant"], "KEN" in m["roles"]["mediator"]) for m in found] == [(["ETH", "SOM"], True)]


@pytest.mark.parametrize("language, text", [
    ("en", "Kenya mediated the dispute over grazing land on Tuesday, Ethiopia said."),
    ("id", "Kenya menengahi sengketa lahan penggembalaan pada Selasa (11/3/2025), kata Etiopia."),
])
def test_a_verb_of_mediating_naming_one_side_makes_it_no_party(language, text):
    assert all(not m["roles"].get("participant") for m in of_kind(text, language, "Mediation"))


# An organization's own meeting held at a state's request has that state at the table too (docs/gold-format.md,
# frequent cases: requests): "NATO envoys met at Estonia's request", "Atas permintaan Estonia, duta besar NATO
# bertemu". Without a request the organization meets alone.

REQUESTS_EN = ["at Ghana's request", "at the request of Ghana", "following a request from Ghana", "at the behest of Ghana"]
REQUESTS_ID = ["atas permintaan Ghana", "menyusul permintaan Ghana", "atas permintaan dari Ghana", "sesuai permintaan Ghana"]


@pytest.mark.parametrize("cue", REQUESTS_EN)
@pytest.mark.parametrize("verb", ["met in Addis Ababa on Tuesday", "held an emergency meeting on Tuesday",
                                  "gathered in Addis Ababa on Tuesday"])
@pytest.mark.parametrize("front", [True, False])
def test_who_asked_for_a_body_meeting_takes_part(cue, verb, front):
    text = f"{cue[0].upper()}{cue[1:]}, African Union envoys {verb}." if front else \
        f"African Union envoys {verb} {cue}."
    assert [t["roles"]["participant"] for t in of_kind(text, "en", "Talks")] == [["AU", "GHA"]]


@pytest.mark.parametrize("cue", REQUESTS_ID)
@pytest.mark.parametrize("verb", ["bertemu di Addis Ababa pada Selasa (11/3/2025)",
                                  "menggelar pertemuan darurat pada Selasa (11/3/2025)"])
@pytest.mark.parametrize("front", [True, False])
def test_who_asked_for_a_body_meeting_takes_part_id(cue, verb, front):
    text = f"{cue[0].upper()}{cue[1:]}, para duta besar Uni Afrika {verb}." if front else \
        f"Para duta besar Uni Afrika {verb} {cue}."
    assert [t["roles"]["participant"] for t in of_kind(text, "id", "Talks")] == [["AU", "GHA"]]

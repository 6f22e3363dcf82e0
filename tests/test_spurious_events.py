"""Events a text does not tell as happening: proposals, requests, wishes and
conditions (docs/gold-format.md: "proposals, demands and conditionals are
not events"). Sentences written for these tests."""
from __future__ import annotations

import pytest

from kg.model import Document
from kg.namespaces import document_iri
from kg.pipeline import extract
from tests.test_events import PUBLISHED, events_of


def kinds(text: str, language: str) -> dict[str, str]:
    """The kinds of the events the text tells as facts (asserted or decided)
    with their modality; hypothetical ones stay in the graph, marked so."""
    return {e["kind"]: e["modality"] for e in events_of(text, language) if e["modality"] != "hypothetical"}


@pytest.mark.parametrize("language, text", [
    ("en", "Turkey proposed a ceasefire between Armenia and Azerbaijan, but the proposal was ignored."),
    ("id", "Turki mengusulkan gencatan senjata antara Armenia dan Azerbaijan, namun usulan itu diabaikan."),
    ("en", "Norway called for a truce between Sudan and Chad."),
    ("id", "Norwegia menyerukan gencatan senjata antara Sudan dan Chad."),
])
def test_a_proposed_truce_is_no_truce(language, text):
    assert "Ceasefire" not in kinds(text, language)


@pytest.mark.parametrize("language, text, kind, sides", [
    ("en", "Turkey proposed a ceasefire between Armenia and Azerbaijan, but the proposal was ignored.", "Ceasefire",
     ["ARM", "AZE"]),
    ("id", "Turki mengusulkan gencatan senjata antara Armenia dan Azerbaijan, namun usulan itu diabaikan.", "Ceasefire",
     ["ARM", "AZE"]),
    ("en", "Chad would send troops to Niger provided that the junta asked for them.", "Deployment", ["TCD"]),
    ("id", "Chad akan mengirim pasukan ke Niger asalkan junta memintanya.", "Deployment", ["TCD"]),
])
def test_proposals_and_conditional_acts_stay_marked_hypothetical(language, text, kind, sides):
    found = [e for e in events_of(text, language) if e["kind"] == kind]
    assert [e["modality"] for e in found] == ["hypothetical"], found
    roles = found[0]["roles"]
    assert sorted(roles.get("participant", roles.get("agent", []))) == sides, roles


@pytest.mark.parametrize("language, text", [
    ("en", "Iran said it would return to talks with the United States if its rights were respected."),
    ("id", "Iran mengatakan akan kembali berunding dengan Amerika Serikat jika hak-haknya dihormati."),
])
def test_talks_promised_on_a_condition_after_them_are_no_talks(language, text):
    assert "Talks" not in kinds(text, language)


@pytest.mark.parametrize("language, text", [
    ("en", "Japan is ready to send warships to the strait if the UN asks."),
    ("id", "Jepang siap mengirim kapal perang ke selat itu bila diminta PBB."),
    ("en", "Chad would send troops to Niger provided that the junta asked for them."),
    ("id", "Chad akan mengirim pasukan ke Niger asalkan junta memintanya."),
])
def test_troops_offered_on_a_condition_are_not_sent(language, text):
    assert "Deployment" not in kinds(text, language)


@pytest.mark.parametrize("language, text", [
    ("en", "Chad will send troops to Niger next week."),
    ("id", "Chad akan mengirim pasukan ke Niger pekan depan."),
])
def test_troops_decided_without_a_condition_are_a_future_deployment(language, text):
    assert kinds(text, language) == {"Deployment": "future"}



@pytest.mark.parametrize("language, text", [
    ("en", "Trump helped broker the truce with Cambodia in July."),
    ("en", "Months of negotiations hosted by Oman ended on Friday with a truce for Yemen."),
    ("id", "Presiden Rusia Vladimir Putin menggelar pembicaraan dengan Menteri Luar Negeri Sergei Lavrov pada Senin."),
    ("en", "Russian President Vladimir Putin held talks with Foreign Minister Sergei Lavrov on Monday."),
])
def test_talks_or_a_truce_told_with_one_party_are_no_event(language, text):
    assert not {"Ceasefire", "Talks", "PhoneCall"} & set(kinds(text, language))


@pytest.mark.parametrize("language, text, kind", [
    ("en", "Mali declared a unilateral ceasefire on Monday.", "Ceasefire"),  # one side's own truce
    ("id", "Mali mengumumkan gencatan senjata sepihak pada Senin.", "Ceasefire"),
    ("en", "Armenia and Azerbaijan agreed to a ceasefire mediated by Russia on Wednesday.", "Ceasefire"),
    ("id", "Presiden Rusia Vladimir Putin menggelar pembicaraan dengan Presiden Turki Recep Tayyip Erdogan pada Senin.",
     "Talks"),
])
def test_talks_or_a_truce_with_two_parties_or_a_unilateral_truce_stay(language, text, kind):
    assert kinds(text, language).get(kind) == "asserted"


@pytest.mark.parametrize("language, text, joining", [
    ("en", "Israel struck Hezbollah positions on Monday. Iran also condemned the attack.", False),
    ("id", "Israel menyerang posisi Hizbullah pada Senin. Iran juga mengecam serangan itu.", False),
    ("en", "Israel struck Hezbollah positions on Monday. Syria also took part in the attack.", True),
    ("id", "Israel menyerang posisi Hizbullah pada Senin. Suriah juga ikut dalam serangan itu.", True),
])
def test_who_also_judges_a_fight_takes_no_part_in_it(language, text, joining):
    fights = [e for e in events_of(text, language) if e["kind"] == "ArmedClash"]
    assert len(fights) == 1, fights
    sides = set(fights[0]["roles"]["participant"])
    assert sides - {"HEZBOLLAH", "ISR"} == ({"SYR"} if joining else set())


@pytest.mark.parametrize("language, text", [
    ("en", "Sudan and South Sudan came close to all-out war in April."),
    ("id", "Sudan dan Sudan Selatan nyaris berperang pada April."),
    ("en", "Riyadh was keen to avoid new cross-border attacks by the Houthis."),
    ("id", "Turki meminta Washington berbuat lebih banyak untuk mencegah serangan darat Rusia ke Ukraina."),
])
def test_an_averted_fight_is_no_event(language, text):
    assert not {"ArmedClash", "War"} & set(kinds(text, language))


@pytest.mark.parametrize("language, text", [
    ("en", "Russian troops close to the border fired on Ukrainian positions on Monday."),
    ("en", "Sudan and South Sudan fought a border war in April."),
    ("id", "Pasukan Rusia yang berada dekat perbatasan menembaki posisi Ukraina pada Senin."),
])
def test_a_fight_near_a_place_is_still_a_fight(language, text):
    assert {"ArmedClash", "War"} & set(kinds(text, language))


@pytest.mark.parametrize("language, text", [
    ("en", "Moscow denied reports that Wagner mercenaries fought alongside Haftar's forces."),
    ("id", "Moskow membantah tuduhan bahwa tentara bayaran Wagner bertempur di pihak Haftar."),
    ("en", "Kigali rejected claims that Rwanda had sent troops to Congo."),
    ("id", "Rwanda membantah bahwa pihaknya mengirim pasukan ke Kongo."),
])
def test_an_act_a_denial_governs_is_no_event(language, text):
    assert kinds(text, language) == {}


@pytest.mark.parametrize("language, text", [
    ("en", "Rwanda said on Monday that it had sent troops to Congo."),
    ("id", "Rwanda mengatakan bahwa pihaknya mengirim pasukan ke Kongo."),
])
def test_an_act_a_report_governs_stays(language, text):
    assert kinds(text, language) == {"Deployment": "asserted"}


@pytest.mark.parametrize("language, text", [
    ("en", "Egypt is ready to send troops to Somalia."),
    ("id", "Mesir siap mengirim pasukan ke Somalia."),
    ("en", "Egypt is willing to send troops to Somalia."),
    ("id", "Mesir bersedia mengirim pasukan ke Somalia."),
])
def test_readiness_to_act_is_no_decision(language, text):
    assert kinds(text, language) == {}


@pytest.mark.parametrize("language, text", [
    ("en", "Russia will send troops to Belarus next week, even if the talks fail."),
    ("id", "Rusia akan mengirim pasukan ke Belarus pekan depan, bahkan jika perundingan gagal."),
])
def test_a_concession_sets_no_condition(language, text):
    assert kinds(text, language) == {"Deployment": "future"}


@pytest.mark.parametrize("text, aid", [
    ("Russian ships fired cruise missiles at Odesa on Monday.", False),
    ("The Houthis have fired missiles at commercial shipping in the Red Sea since November.", False),
    ("Iran ships drones to Russia by sea, officials said on Monday.", True),
    ("Iran is shipping drones to Russia, officials said on Monday.", True),
])
def test_ships_and_shipping_give_arms_only_as_verbs_with_a_receiver(text, aid):
    assert ("MilitaryAid" in kinds(text, "en")) == aid


def test_one_threat_read_by_two_rules_is_one_event():
    threats = [e for e in events_of("Iran threatened to use military force against Israel.", "en")
               if e["kind"] == "ThreatOfForce"]
    assert len(threats) == 1, threats
    assert set(threats[0]["roles"]["participant"]) == {"IRN", "ISR"}


def kinds_under_headline(headline: str, body: str, language: str) -> set[str]:
    """The event kinds of an article whose title line is `headline`."""
    text = f"{headline}\n\n{body}"
    return {e.kind for e in extract(Document(document_iri(text), "test", text, headline, PUBLISHED, language)).events}


@pytest.mark.parametrize("language, headline, body, told", [
    ("en", "Chad sends troops to Niger as rebels attack border town",
     "Rebels attacked the border town of Diffa on Monday, officials said.", False),
    ("en", "Chad sends troops to Niger as rebels attack border town",
     "Chad sent 500 troops to Niger on Monday, officials said.", True),
    ("id", "Chad Kirim Pasukan ke Niger, Pemberontak Serang Kota Perbatasan",
     "Pemberontak menyerang kota perbatasan Diffa pada Senin, kata pejabat setempat.", False),
    ("id", "Chad Kirim Pasukan ke Niger, Pemberontak Serang Kota Perbatasan",
     "Chad mengirim 500 tentara ke Niger pada Senin, kata pejabat setempat.", True),
])
def test_an_event_only_the_headline_tells_is_left_out(language, headline, body, told):
    assert ("Deployment" in kinds_under_headline(headline, body, language)) == told


@pytest.mark.parametrize("language, text", [
    ("en", "The war in Yemen has killed tens of thousands of people."),
    ("id", "Perang di Yaman telah menewaskan puluhan ribu orang."),
    ("en", "The deal could help end 16 years of war in Western Sahara."),
])
def test_a_war_left_with_one_side_is_no_event(language, text):
    assert "War" not in kinds(text, language)


@pytest.mark.parametrize("language, text", [
    ("en", "Mozambique has been fighting the insurgency since October 2017."),
    ("id", "Pemberontakan separatis di selatan Filipina telah menewaskan sekitar 120.000 orang."),
    ("id", "Perang saudara di Suriah telah menewaskan lebih dari 300.000 orang."),
    ("en", "Russia invaded Ukraine in February 2022. The war has killed tens of thousands."),
])
def test_a_civil_war_an_insurgency_or_a_war_with_two_sides_stays(language, text):
    assert "War" in kinds(text, language)


@pytest.mark.parametrize("language, text", [
    ("en", "The United States offered to mediate between Ethiopia and Egypt, but neither government took up the offer."),
    ("id", "Amerika Serikat menawarkan diri untuk menengahi Etiopia dan Mesir, tetapi tawaran itu tidak diterima."),
])
def test_an_offer_to_mediate_is_no_mediation(language, text):
    assert kinds(text, language) == {}


def test_a_mediation_told_as_done_stays():
    assert kinds("The United States mediated between Ethiopia and Egypt on Monday.", "en") == {"Mediation": "asserted"}


@pytest.mark.parametrize("language, text", [
    ("en", "Russia attacked Ukraine on Monday."),
    ("id", "Rusia menyerang Ukraina pada Senin."),
])
def test_a_text_that_is_its_headline_alone_tells_its_events(language, text):
    assert kinds_under_headline(text, "", language) == {"ArmedClash"}


@pytest.mark.parametrize("language, text, truces", [
    ("en", "Pakistan and Afghanistan agreed a ceasefire in Doha on 19 October. The two sides agreed to meet again in "
           "Istanbul on 25 October to make the truce last.", [("2024-10-19", None)]),
    ("en", "A ceasefire between Israel and Hamas collapsed in March. On 5 May Israel and Hamas agreed a new ceasefire.",
     [("2025-03", None), ("2025-05-05", None)]),
])
def test_the_truce_named_again_is_the_truce_told_before(language, text, truces):
    assert [e["date"] for e in events_of(text, language) if e["kind"] == "Ceasefire"] == truces


@pytest.mark.parametrize("language, text", [
    ("en", "North Korean troops held drills simulating an attack on South Korea on Monday."),
    ("en", "China staged war games rehearsing an assault on Taiwan."),
    ("en", "Russian troops practised encircling the city and simulated missile strikes on Poland."),
    ("id", "Korea Utara menggelar latihan yang mensimulasikan serangan ke Korea Selatan."),
    ("id", "Tentara Korea Utara berlatih mengepung kota dan mensimulasikan serangan ke Korea Selatan."),
])
def test_an_attack_a_drill_simulates_is_no_clash(language, text):
    assert "ArmedClash" not in kinds(text, language)


@pytest.mark.parametrize("language, text", [
    ("en", "North Korean troops attacked South Korea on Monday after weeks of drills."),
    ("id", "Setelah latihan berminggu-minggu, Korea Utara menyerang Korea Selatan pada Senin."),
])
def test_an_attack_after_drills_is_a_clash(language, text):
    assert kinds(text, language).get("ArmedClash") == "asserted"


@pytest.mark.parametrize("language, text", [
    ("en", "Indian and Chinese troops clashed in Ladakh on 3 May. On 5 May, Indian Prime Minister Narendra Modi told "
           "Xi Jinping that the clash was planned."),
    ("en", "Indian and Chinese troops clashed in Ladakh on 3 May. On 5 May, Indian Prime Minister Narendra Modi told "
           "Chinese President Xi Jinping in a phone call that the clash was planned by China."),
    ("id", "Pasukan India dan China bentrok di Ladakh pada 3 Mei. Pada 5 Mei, Perdana Menteri India Narendra Modi "
           "mengatakan kepada Xi Jinping bahwa bentrokan itu direncanakan."),
])
def test_the_clash_named_again_is_the_clash_told_before(language, text):
    clashes = [e for e in events_of(text, language) if e["kind"] == "ArmedClash"]
    assert [c["roles"]["participant"] for c in clashes] == [["CHN", "IND"]], clashes


def test_a_clash_named_again_at_another_place_is_another_clash():
    text = ("Russian and Ukrainian forces clashed near Bakhmut on 3 May. "
            "Ukraine said Russia had lost the battle for Kherson in November.")
    clashes = [e for e in events_of(text, "en") if e["kind"] == "ArmedClash"]
    assert sorted((c["roles"]["location"], c["date"]) for c in clashes) == [
        (["bakhmut"], ("2025-05-03", None)), (["kherson"], ("2024-11", None))]


@pytest.mark.parametrize("language, text", [
    ("en", "Russia asked for a meeting of the UN Security Council on Friday."),
    ("en", "France requested talks with Germany in Paris on Monday."),
    ("en", "Pakistan rejected the American offer to mediate last month, insisting on bilateral talks only."),
    ("id", "Armenia mengirim permintaan perundingan dengan Azerbaijan pada Senin (5/5/2025)."),
    ("id", "Pakistan bersikeras perundingan bilateral dengan India digelar di Islamabad pada Senin (5/5/2025)."),
])
def test_talks_asked_for_or_insisted_on_are_no_talks(language, text):
    assert "Talks" not in kinds(text, language)


@pytest.mark.parametrize("language, text", [
    ("en", "Ethiopia and Kenya signed a security agreement in Nairobi on Monday. "
           "The accord was signed by Kenyan Foreign Minister Musalia Mudavadi at State House."),
    ("id", "Etiopia dan Kenya menandatangani perjanjian keamanan di Nairobi pada Senin (5/5/2025). "
           "Perjanjian itu diteken Menteri Luar Negeri Kenya Musalia Mudavadi di Istana Negara."),
])
def test_a_signing_told_again_by_a_minister_is_the_signing_told_before(language, text):
    signings = [e for e in events_of(text, language) if e["kind"] == "TreatySigning"]
    assert [s["roles"]["participant"] for s in signings] == [["ETH", "KEN", "musalia-mudavadi"]], signings


@pytest.mark.parametrize("language, text", [
    ("en", "Armenian Defence Minister Suren Papikyan spoke by phone with Russian Defence Minister Andrei Belousov "
           "on Monday. Armenian Prime Minister Nikol Pashinyan held a phone call with Russian President Vladimir "
           "Putin on Monday."),
    ("id", "Menteri Pertahanan Armenia Suren Papikyan berbicara melalui telepon dengan Menteri Pertahanan Rusia "
           "Andrei Belousov pada Senin (5/5/2025). Perdana Menteri Armenia Nikol Pashinyan mengadakan panggilan "
           "telepon dengan Presiden Rusia Vladimir Putin pada Senin (5/5/2025)."),
])
def test_calls_of_other_persons_between_the_same_states_stay_two(language, text):
    calls = [e for e in events_of(text, language) if e["kind"] == "PhoneCall"]
    assert len(calls) == 2, calls


@pytest.mark.parametrize("language, text", [
    ("en", "Kenyan Foreign Minister Musalia Mudavadi signed the accord in Doha on Saturday. "
           "It followed a year of negotiations hosted by Qatar."),
    ("id", "Menteri Luar Negeri Kenya Musalia Mudavadi meneken perjanjian itu di Doha pada Sabtu (3/5/2025). "
           "Ia sebelumnya menjalani perundingan selama setahun yang ditengahi Qatar."),
])
def test_talks_of_one_state_and_its_minister_named_before_lack_a_party(language, text):
    assert "Talks" not in kinds(text, language)


@pytest.mark.parametrize("language, text", [
    ("en", "Israeli jets struck Hezbollah positions in Tyre on Monday. "
           "Israeli drones hit Hezbollah fighters in Baalbek on Monday."),
    ("id", "Jet tempur Israel menggempur posisi Hizbullah di Tyre pada Senin (5/5/2025). "
           "Drone Israel menyerang pejuang Hizbullah di Baalbek pada Senin (5/5/2025)."),
])
def test_two_strikes_of_one_day_at_two_places_are_two_nodes(language, text):
    doc = Document(document_iri(text), "test", text, None, PUBLISHED, language)
    clashes = [e for e in extract(doc).events if e.kind == "ArmedClash"]
    assert len(clashes) == 2 and len({c.iri for c in clashes}) == 2, clashes


@pytest.mark.parametrize("language, text", [
    ("en", "Israel and Syria fought a war in 1967. The truce has held through Syria's long civil war."),
    ("id", "Israel dan Suriah berperang pada 1967. "
           "Gencatan senjata itu bertahan selama perang saudara Suriah yang panjang."),
])
def test_a_civil_war_is_not_the_war_between_two_states(language, text):
    wars = [e for e in events_of(text, language) if e["kind"] == "War"]
    assert sorted(w["roles"]["participant"] for w in wars) == [["ISR", "SYR"], ["SYR"]], wars


@pytest.mark.parametrize("language, text", [
    ("id", "Presiden Filipina dan Ketua MILF di Istana Malacanang, Kamis (27/3/2014).\n"
           "Jakarta, Kabar Dunia -- Pemerintah Filipina dan kelompok pemberontak MILF menandatangani perjanjian damai "
           "di Manila, Kamis (27/3/2014)."),
    ("en", "The Philippine president and the MILF chairman at the palace on Thursday.\n"
           "Jakarta, World Wire - The Philippine government and the MILF rebel group signed a peace agreement in "
           "Manila on Thursday."),
])
def test_the_dateline_city_after_a_caption_is_no_party(language, text):
    signings = [e for e in events_of(text, language) if e["kind"] == "TreatySigning"]
    assert [s["roles"]["participant"] for s in signings] == [["MILF", "PHL"]], signings


@pytest.mark.parametrize("language, text, modality", [
    ("en", "Russia will withdraw its tanks from the border and deploy peacekeepers in Karabakh next week.", "future"),
    ("id", "Rusia akan menarik tanknya dari perbatasan dan mengerahkan pasukan penjaga perdamaian di Karabakh "
           "pekan depan.", "future"),
    ("en", "Russia could close its embassy and send troops to Armenia.", None),
    ("id", "Rusia dapat menutup kedutaannya serta mengirim pasukan ke Armenia.", None),
    ("en", "Armenia said it would respond and deployed troops to the border on Monday.", "asserted"),
    ("id", "Armenia mengatakan akan membalas dan telah mengerahkan pasukan ke perbatasan pada Senin (5/5/2025).",
     "asserted"),
])
def test_a_verb_joined_by_and_shares_the_modal_before_it(language, text, modality):
    assert kinds(text, language).get("Deployment") == modality


@pytest.mark.parametrize("language, text, news_day, older", [
    ("en", "Sudanese troops clashed with RSF fighters on Tuesday. The clashes with the RSF in January killed 40 people.",
     "2025-05-06", "2025-01"),
    ("en", "Ethiopian troops clashed with Fano militiamen near Gondar on Sunday. The fighting with Fano in March left 30 "
     "dead.", "2025-05-04", "2025-03"),
    ("id", "Pasukan Sudan bentrok dengan pejuang RSF pada Selasa. Bentrokan dengan RSF pada Januari menewaskan 40 orang.",
     "2025-05-06", "2025-01"),
])
def test_a_clash_told_again_at_another_time_is_another_clash(language, text, news_day, older):
    """"The clashes ... in January" after a clash of Tuesday is an older
    clash: the news keeps its day and takes none of the older dead."""
    clashes = {e["date"][0]: e for e in events_of(text, language) if e["kind"] == "ArmedClash"}
    assert set(clashes) == {news_day, older}, clashes
    assert clashes[news_day]["fatalities"] is None


@pytest.mark.parametrize("text, date, dead", [
    ("Sudanese troops clashed with RSF fighters on Tuesday. The clashes with the RSF continued on Wednesday.",
     ("2025-05-06", "2025-05-07"), None),
    ("Sudanese troops clashed with RSF fighters on Tuesday. The clashes killed 40 people.", ("2025-05-06", None),
     (40, "exact")),
])
def test_a_clash_told_again_the_next_day_or_undated_is_the_same_clash(text, date, dead):
    clashes = [e for e in events_of(text, "en") if e["kind"] == "ArmedClash"]
    assert [(e["date"], e["fatalities"]) for e in clashes] == [(date, dead)], clashes


@pytest.mark.parametrize("language, text", [
    ("en", "Russia denies, as it has for years, that its troops are fighting in Ukraine."),
    ("en", "Russia denied, through its embassy in Kyiv, that its troops had attacked Ukrainian positions."),
    ("id", "Rusia membantah, seperti yang dilakukannya sejak 2014, bahwa pasukannya menyerang posisi Ukraina."),
    ("id", "Rusia menyangkal, melalui kedutaannya di Kyiv, bahwa pasukannya menyerang posisi Ukraina."),
])
def test_an_aside_between_a_denial_and_its_complement_leaves_the_act_denied(language, text):
    assert "ArmedClash" not in kinds(text, language)


@pytest.mark.parametrize("language, text", [
    ("en", "Russia said, in a statement on Monday, that its troops had attacked Ukrainian positions."),
    ("id", "Rusia mengatakan, dalam pernyataan pada Senin, bahwa pasukannya menyerang posisi Ukraina."),
])
def test_an_aside_after_a_verb_of_saying_denies_nothing(language, text):
    assert kinds(text, language).get("ArmedClash") == "asserted"


# Session 11: acts qualified as possible or to come, and stances open to an act.
@pytest.mark.parametrize("language, text, kind", [
    ("en", "Norway said the pact would protect it against future Swedish attacks.", "ArmedClash"),
    ("en", "Seoul fears North Korean attacks in the future.", "ArmedClash"),
    ("en", "Analysts warned of a potential Russian attack on Moldova.", "ArmedClash"),
    ("en", "Moscow said it was open to talks with Kyiv.", "Talks"),
    ("en", "The minister played down the risk of clashes between Serbia and Kosovo.", "ArmedClash"),
    ("id", "Norwegia menyebut pakta itu melindunginya dari serangan Swedia di masa mendatang.", "ArmedClash"),
    ("id", "Korea Selatan khawatir akan serangan Korea Utara di masa depan.", "ArmedClash"),
    ("id", "Para analis memperingatkan potensi serangan Rusia ke Moldova.", "ArmedClash"),
    ("id", "Rusia menyatakan terbuka untuk perundingan dengan Ukraina.", "Talks"),
])
def test_an_act_qualified_as_possible_or_to_come_is_no_event(language, text, kind):
    assert kind not in kinds(text, language)


@pytest.mark.parametrize("language, text, kind", [
    ("en", "The future of the ceasefire between Israel and Hamas looked uncertain on Monday.", "Ceasefire"),
    ("en", "Swedish jets attacked Norwegian positions on Monday.", "ArmedClash"),
    ("id", "Menteri Pertahanan Norwegia melakukan kunjungan ke Taiwan pada Senin.", "Talks"),
    ("id", "Serangan Swedia menghantam posisi Norwegia pada Senin.", "ArmedClash"),
])
def test_a_qualifier_further_off_or_none_leaves_the_act_told(language, text, kind):
    assert kinds(text, language).get(kind) == "asserted"


@pytest.mark.parametrize("language, text, kind", [
    ("en", "Tehran warned that any US strike on Iran would mean all-out war.", "ArmedClash"),
    ("en", "Oslo said any Swedish or Danish attack on its soil would be answered.", "ArmedClash"),
    ("id", "Teheran memperingatkan bahwa setiap serangan AS terhadap Iran akan berarti perang habis-habisan.",
     "ArmedClash"),
])
def test_any_act_of_a_warning_is_no_event(language, text, kind):
    assert kind not in kinds(text, language)


@pytest.mark.parametrize("language, text", [
    ("en", "Merz condemned Sweden's war against Finland and urged Stockholm to withdraw its troops and to enter "
           "negotiations with Helsinki."),
])
def test_an_infinitive_joined_to_one_urged_is_urged_too(language, text):
    assert "Talks" not in kinds(text, language)
    assert kinds(text, language).get("War") == "asserted"


@pytest.mark.parametrize("language, text", [
    ("en", "Macron was due to meet Putin in Moscow on Friday, but the trip was postponed."),
    ("en", "Macron was supposed to visit Kyiv last week."),
    ("en", "Scholz had been due to visit Fiji on Monday, but the stop was cancelled."),
    ("id", "Macron semula dijadwalkan mengunjungi Kiev pekan lalu."),
    ("id", "Macron awalnya dijadwalkan bertemu Putin di Moskow pada Jumat."),
])
def test_a_visit_that_was_due_is_no_visit(language, text):
    assert "Talks" not in kinds(text, language)


@pytest.mark.parametrize("language, text, modality", [
    ("en", "Macron is due to meet Putin in Moscow on Friday.", "future"),
    ("en", "Macron met Putin in Moscow on Friday.", "asserted"),
    ("id", "Macron dijadwalkan mengunjungi Kiev pekan depan.", "future"),
])
def test_a_visit_due_is_to_come_and_one_made_is_told(language, text, modality):
    assert kinds(text, language).get("Talks") == modality


@pytest.mark.parametrize("text", [
    "The delay was due to fighting between Sudan's army and the RSF near the border.",
    "The blackout in Kharkiv was due to Russian shelling of the power plant.",
])
def test_a_fight_something_was_due_to_is_its_cause_and_told(text):
    assert kinds(text, "en").get("ArmedClash") == "asserted"


def test_talks_due_to_be_held_were_planned():
    assert "Talks" not in kinds("Macron was due to hold talks with Putin in Moscow on Friday.", "en")


@pytest.mark.parametrize("text, modality", [
    ("Hamas said resistance would continue as long as Israeli troops remained in Gaza.", None),
    ("Oslo said its navy would patrol the strait so long as Swedish warships were deployed there.", None),
    ("Israel deployed troops to Gaza on Monday.", "asserted"),
])
def test_an_act_a_condition_names_is_none(text, modality):
    assert kinds(text, "en").get("Deployment") == modality


# --- Session 12: commentary, denied accusations, acts weighed -------------------------------------------------------

@pytest.mark.parametrize("language, text, kind", [
    ("en", "Analysts expect the border incident to feature in security talks between India and Bangladesh.", "Talks"),
    ("en", "Analysts predict renewed clashes between Ghana and Togo along the frontier.", "ArmedClash"),
    ("en", "According to analysts, the truce between Ecuador and Peru offers little comfort.", "Ceasefire"),
    ("id", "Sejumlah pengamat menilai insiden itu akan dibahas dalam perundingan India dan Bangladesh.", "Talks"),
    ("id", "Pengamat militer di Accra memperkirakan serangan Ghana ke Togo akan berlanjut.", "ArmedClash"),
    ("id", "Menurut para analis, gencatan senjata antara Ekuador dan Peru tidak banyak berarti.", "Ceasefire"),
])
def test_an_act_commentators_speak_of_is_their_reading_not_a_fact(language, text, kind):
    assert kind not in kinds(text, language)


@pytest.mark.parametrize("language, text, kind", [
    ("en", "India and Bangladesh held security talks in Dhaka on Monday, officials said.", "Talks"),
    ("en", "Ecuador and Peru agreed a truce on Sunday, and analysts welcomed the news.", "Ceasefire"),
    ("id", "Tim pengamat dari Indonesia tiba di perbatasan setelah Ekuador dan Peru menyepakati gencatan senjata.",
     "Ceasefire"),
    ("id", "India dan Bangladesh menggelar perundingan keamanan di Dhaka pada Senin, kata pejabat.", "Talks"),
])
def test_an_act_told_before_the_commentators_or_by_others_stays_told(language, text, kind):
    assert kinds(text, language).get(kind) == "asserted"


@pytest.mark.parametrize("language, text", [
    ("en", "Kinshasa and Western governments accuse Rwanda of arming M23, a charge Kigali denies."),
    ("en", "Burundi repeated the allegation that Rwanda sent weapons to M23, which Kigali has denied."),
    ("en", "Kinshasa accused Rwanda of supplying weapons to M23, but Kigali rejected the allegations."),
    ("id", "Kinshasa dan negara-negara Barat menuding Rwanda mempersenjatai M23, tudingan yang ditampik Kigali."),
    ("id", "Rwanda dituduh memasok senjata kepada M23, tuduhan yang dibantah Kigali."),
])
def test_arms_named_by_a_denied_accusation_of_any_form_are_no_aid(language, text):
    assert "MilitaryAid" not in kinds(text, language)


@pytest.mark.parametrize("language, text", [
    ("en", "Kinshasa accused Rwanda of arming M23."),
    ("id", "Kinshasa menuding Rwanda mempersenjatai M23."),
])
def test_arms_named_by_an_accusation_nobody_denies_stay(language, text):
    assert "MilitaryAid" in kinds(text, language)


@pytest.mark.parametrize("language, text", [
    ("en", "Fiji said it would send troops, while Portugal was considering dispatching a police unit to East Timor."),
    ("en", "Japan is weighing sending two destroyers to the Gulf of Aden."),
    ("en", "Seoul is mulling sending troops to Afghanistan."),
    ("id", "Fiji akan mengirim pasukan, sementara Portugal mempertimbangkan untuk mengirim polisi ke Timor Leste."),
    ("id", "Jepang masih menimbang-nimbang untuk mengirim dua kapal perusak ke Teluk Aden."),
])
def test_forces_a_state_weighs_sending_are_not_sent(language, text):
    deployments = [e for e in events_of(text, language) if e["kind"] == "Deployment" and e["modality"] != "hypothetical"]
    assert all(e["roles"].get("agent") != ["PRT"] and e["roles"].get("agent") != ["JPN"]
               and e["roles"].get("agent") != ["KOR"] for e in deployments), deployments


@pytest.mark.parametrize("language, text", [
    ("en", "The Philippine navy fired warning shots on Tuesday."),
    ("en", "Pyongyang said it was examining a plan to fire missiles."),
    ("id", "Pyongyang mempertimbangkan rencana menembakkan rudal."),
    ("id", "Kapal patroli Filipina melepaskan tembakan peringatan pada Selasa."),
])
def test_warning_shots_or_a_plan_to_fire_aimed_at_no_one_named_are_no_threat(language, text):
    assert "ThreatOfForce" not in kinds(text, language)


@pytest.mark.parametrize("language, text", [
    ("en", "The Philippine navy fired warning shots at Chinese vessels on Tuesday."),
    ("en", "Pyongyang said it was examining a plan to fire missiles at Guam and Japan."),
    ("id", "Pyongyang mempertimbangkan rencana menembakkan rudal ke Guam dan Jepang."),
    ("id", "Kapal patroli Indonesia melepaskan tembakan peringatan ke arah kapal-kapal China."),
])
def test_warning_shots_or_a_plan_to_fire_at_someone_named_are_a_threat(language, text):
    assert kinds(text, language).get("ThreatOfForce") in ("asserted", "future")


@pytest.mark.parametrize("language, text", [
    ("en", "Zelensky met Dutch Prime Minister Mark Rutte at Eindhoven air base on Sunday."),
    ("en", "Macron met German Chancellor Olaf Scholz at the Ramstein air base in Germany."),
    ("id", "Zelensky bertemu Perdana Menteri Belanda Mark Rutte di pangkalan udara Eindhoven."),
    ("id", "Zelensky terbang ke Denmark dan menemui Perdana Menteri Mette Frederiksen di pangkalan udara Skrydstrup."),
])
def test_a_base_where_leaders_meet_is_the_venue_not_a_deployment(language, text):
    found = kinds(text, language)
    assert "Deployment" not in found and found.get("Talks") == "asserted", found


@pytest.mark.parametrize("language, text", [
    ("en", "Russia moved warplanes to an air base near Latakia in Syria."),
    ("en", "Biden visited US troops at Ramstein air base in Germany."),
    ("id", "Sekitar 2.000 tentara AS ditempatkan di pangkalan udara Al Dhafra di Uni Emirat Arab."),
])
def test_forces_at_a_base_stay_deployed(language, text):
    assert kinds(text, language).get("Deployment") == "asserted"


@pytest.mark.parametrize("language, text", [
    ("en", "Indonesia, Malaysia and the Philippines agreed to draw up procedures for joint patrols in the Sulu Sea."),
    ("en", "Thailand and Cambodia set up a mechanism for talks on the border dispute."),
    ("id", "Indonesia, Malaysia dan Filipina sepakat menyusun prosedur untuk patroli terkoordinasi di Laut Sulu."),
    ("id", "Thailand dan Kamboja membentuk mekanisme untuk perundingan sengketa perbatasan."),
])
def test_acts_a_plan_is_drawn_up_for_have_not_happened(language, text):
    assert not {"Deployment", "Talks"} & set(kinds(text, language))


@pytest.mark.parametrize("language, text", [
    ("en", "Indonesia, Malaysia and the Philippines launched joint patrols in the Sulu Sea."),
    ("id", "Indonesia, Malaysia dan Filipina memulai patroli terkoordinasi di Laut Sulu."),
])
def test_patrols_launched_are_deployed(language, text):
    assert kinds(text, language).get("Deployment") == "asserted"


@pytest.mark.parametrize("language, text", [
    ("en", "The US promised to supply Ukraine with advanced air defence systems."),
    ("en", "Japan pledges to send two destroyers to the Gulf of Aden."),
    ("id", "Jepang menjanjikan bantuan militer kepada Filipina."),
])
def test_a_promised_act_is_to_come(language, text):
    found = kinds(text, language)
    assert set(found.values()) == {"future"}, found


@pytest.mark.parametrize("language, text", [
    ("en", "Netanyahu told a meeting of his security cabinet that Hezbollah and Lebanon would regret the attack."),
    ("en", "Israeli ministers held a cabinet meeting on the Hamas truce."),
    ("id", "Dalam rapat kabinet keamanan, Netanyahu mengatakan Hizbullah dan Lebanon akan menyesali serangan itu."),
    ("id", "Netanyahu memimpin pertemuan kabinet perang untuk membahas Hizbullah dan Lebanon."),
])
def test_one_governments_own_meeting_is_no_talks(language, text):
    assert "Talks" not in kinds(text, language)


@pytest.mark.parametrize("language, text", [
    ("en", "Netanyahu held a meeting with Lebanese Prime Minister Najib Mikati in Paris."),
    ("id", "Netanyahu menggelar pertemuan dengan Perdana Menteri Lebanon Najib Mikati di Paris."),
])
def test_a_meeting_with_another_government_is_talks(language, text):
    assert kinds(text, language).get("Talks") == "asserted"


# Session 12: acts the text says there is no sign of, acts foiled or barred, acts urged on two named
# parties, and meetings expected.

@pytest.mark.parametrize("language, text", [
    ("en", "There is no evidence that Eritrea sent soldiers into Tigray."),
    ("en", "Investigators said there was no indication that Belarus attacked the pipeline."),
    ("id", "Tidak ada bukti bahwa Eritrea mengirim tentara ke Tigray."),
    ("id", "Penyelidik mengatakan tidak ada indikasi bahwa Belarus menyerang pipa itu."),
])
def test_an_act_there_is_no_sign_of_is_no_event(language, text):
    assert kinds(text, language) == {}


@pytest.mark.parametrize("language, text", [
    ("en", "Kenyan police foiled an attack by al-Shabaab on the base."),
    ("en", "The army thwarted an offensive by the RSF on El Fasher."),
    ("id", "Polisi Kenya menggagalkan serangan al-Shabaab terhadap pangkalan itu."),
])
def test_a_foiled_attack_is_no_clash(language, text):
    assert "ArmedClash" not in kinds(text, language)


@pytest.mark.parametrize("language, text", [
    ("en", "Russia was barred from a meeting of the OSCE in Vienna."),
    ("id", "Rusia dilarang menghadiri pertemuan OSCE di Wina."),
])
def test_a_party_barred_from_talks_holds_none(language, text):
    assert "Talks" not in kinds(text, language)


@pytest.mark.parametrize("language, text, kind", [
    ("en", "Egypt urged Sudan and Ethiopia to hold talks in Cairo.", "Talks"),
    ("en", "Norway asked Colombia and the ELN to sign a truce.", "Ceasefire"),
    ("id", "Mesir mendesak Sudan dan Ethiopia berunding di Kairo.", "Talks"),
    ("id", "Norwegia meminta Kolombia dan ELN menandatangani gencatan senjata.", "Ceasefire"),
])
def test_an_act_urged_on_two_named_parties_is_no_event(language, text, kind):
    assert kind not in kinds(text, language)


@pytest.mark.parametrize("language, text", [
    ("en", "Russia did not attack Finland and Sweden sent troops to Gotland."),
    ("id", "Rusia tidak menyerang Finlandia dan Swedia mengirim pasukan ke Gotland."),
])
def test_a_negation_does_not_reach_past_a_second_subject(language, text):
    assert kinds(text, language).get("Deployment") == "asserted"


@pytest.mark.parametrize("language, text", [
    ("id", "Presiden Kenya dan Presiden Somalia diperkirakan bertemu di Nairobi pekan depan."),
    ("id", "Presiden Kenya dan Presiden Somalia diharapkan bertemu di Nairobi pekan depan."),
])
def test_an_expected_meeting_is_to_come(language, text):
    assert kinds(text, language).get("Talks") == "future"


@pytest.mark.parametrize("language, text", [
    ("id", "Polisi menangkap empat orang yang diduga berkomplot menyerang kedutaan Israel di Baku."),
    ("id", "Para pria itu bersekongkol menyerang pangkalan militer Turki."),
])
def test_an_attack_plotted_is_no_clash(language, text):
    """English "plotted to attack" and "conspired to attack" give no clash already."""
    assert "ArmedClash" not in kinds(text, language)


@pytest.mark.parametrize("language, text", [
    ("en", "Baku broke off talks with Yerevan after the shelling."),
    ("id", "Setelah pengeboman itu, New Delhi membekukan dialog dengan Islamabad selama dua tahun."),
    ("id", "Baku menghentikan perundingan dengan Yerevan setelah penembakan itu."),
])
def test_talks_halted_are_no_talks(language, text):
    assert "Talks" not in kinds(text, language)


# Session 13: acts a text allows, owes, disowns, foretells or puts off.

@pytest.mark.parametrize("language, text", [
    ("en", "The pact will let Japanese troops deploy to Australia for exercises."),
    ("en", "The accord enables Australian forces to deploy to the Philippines."),
    ("id", "Perjanjian itu membiarkan pasukan Jepang dikerahkan ke Australia."),
    ("id", "Pakta itu memberi izin kepada tentara Jepang untuk dikerahkan ke Australia."),
])
def test_forces_a_pact_lets_deploy_are_not_deployed(language, text):
    assert "Deployment" not in kinds(text, language)


@pytest.mark.parametrize("language, text, kind", [
    ("en", "The accord obliges Ethiopia to send troops to the border.", "Deployment"),
    ("en", "The treaty requires Russia to deploy peacekeepers along the line of contact.", "Deployment"),
    ("en", "Under the deal, Sudan must hold talks with Chad every month.", "Talks"),
    ("id", "Kesepakatan itu mewajibkan Ethiopia mengirim pasukan ke perbatasan.", "Deployment"),
    ("id", "Menurut perjanjian, Rusia harus mengerahkan pasukan penjaga perdamaian di sepanjang garis kontak.",
     "Deployment"),
    ("id", "Perjanjian itu mengharuskan Turki mengirim pasukan ke Libya.", "Deployment"),
])
def test_an_act_a_deal_obliges_a_party_to_is_owed_not_done(language, text, kind):
    assert kind not in kinds(text, language)


@pytest.mark.parametrize("language, text", [
    ("en", "Ethiopia sent troops to the border, as the accord requires."),
    ("id", "Ethiopia mengirim pasukan ke perbatasan sesuai kesepakatan itu."),
])
def test_an_act_done_as_a_deal_requires_stays_done(language, text):
    assert kinds(text, language).get("Deployment") == "asserted"


def test_an_attack_a_state_says_it_had_nothing_to_do_with_is_none_of_its_acts():
    assert "ArmedClash" not in kinds("Moscow said Russia had nothing to do with the strike on Odesa.", "en")


@pytest.mark.parametrize("language, text", [
    ("en", "Serbia said sending its army into Kosovo would only lead to a war with NATO."),
    ("id", "Serbia menyatakan pengiriman tentara ke Kosovo hanya akan memicu perang dengan NATO."),
])
def test_a_war_foretold_as_an_outcome_is_no_war(language, text):
    assert "War" not in kinds(text, language)


@pytest.mark.parametrize("language, text", [
    ("en", "The raid on the border post led to a war between Eritrea and Ethiopia."),
    ("id", "Serangan ke pos perbatasan itu memicu perang antara Eritrea dan Ethiopia."),
])
def test_a_war_an_act_led_to_is_a_war(language, text):
    assert kinds(text, language).get("War") == "asserted"


@pytest.mark.parametrize("language, text", [
    ("en", "Putin postponed his visit to Turkey."),
    ("en", "Putin has put off his visit to Turkey until next year."),
    ("id", "Erdogan menunda kunjungan ke Iran."),
])
def test_a_visit_put_off_is_no_visit(language, text):
    assert "Talks" not in kinds(text, language)


@pytest.mark.parametrize("language, text", [
    ("en", "Mediators failed to secure a truce between Israel and Hamas."),
    ("en", "The talks failed to produce a ceasefire between Sudan and the RSF."),
    ("id", "Mediator gagal mencapai gencatan senjata antara Israel dan Hamas."),
    ("id", "Perundingan itu gagal menghasilkan gencatan senjata antara Sudan dan RSF."),
])
def test_a_truce_talks_failed_to_reach_is_no_truce(language, text):
    assert "Ceasefire" not in kinds(text, language)


@pytest.mark.parametrize("language, text", [
    ("en", "Russian troops attacked Kyiv but failed to capture the city."),
    ("id", "Pasukan Rusia menyerang Kyiv namun gagal merebut kota itu."),
])
def test_a_fight_that_failed_at_its_goal_is_still_a_fight(language, text):
    assert kinds(text, language).get("ArmedClash") == "asserted"


@pytest.mark.parametrize("language, text, kind", [
    ("en", "Russia has yet to send troops to Armenia.", "Deployment"),
    ("en", "Russia cannot send troops to Armenia.", "Deployment"),
    ("en", "Russia stopped short of sending troops to Armenia.", "Deployment"),
    ("en", "Russia refrained from attacking Armenia.", "ArmedClash"),
    ("en", "Russia is unlikely to send troops to Armenia.", "Deployment"),
    ("en", "Russia was reluctant to send troops to Armenia.", "Deployment"),
    ("id", "Rusia enggan mengirim pasukan ke Armenia.", "Deployment"),
    ("id", "Rusia ragu-ragu mengirim pasukan ke Armenia.", "Deployment"),
])
def test_an_act_not_yet_done_held_back_or_shunned_is_no_event(language, text, kind):
    assert kind not in kinds(text, language)


@pytest.mark.parametrize("language, text, kind", [
    ("en", "Egypt demanded that Ethiopia hold talks with Sudan.", "Talks"),
    ("en", "Parliament rejected a Saudi request that Pakistan join the military operation against the Houthis.",
     "ArmedClash"),
    ("id", "Mesir menuntut bahwa Ethiopia mengirim pasukan ke perbatasan.", "Deployment"),
    ("id", "Mesir mengusulkan bahwa Sudan dan Ethiopia menggelar perundingan di Kairo.", "Talks"),
])
def test_an_act_a_demand_or_proposal_names_is_asked_for_not_done(language, text, kind):
    assert kind not in kinds(text, language)


@pytest.mark.parametrize("language, text", [
    ("en", "Egypt said that Ethiopia held talks with Sudan."),
    ("id", "Mesir mengatakan bahwa Ethiopia menggelar perundingan dengan Sudan."),
])
def test_an_act_a_report_names_after_that_is_done(language, text):
    assert kinds(text, language).get("Talks") == "asserted"


@pytest.mark.parametrize("language, text, kind", [
    ("en", "NATO members would defend Estonia in the event of an attack by Russia.", "ArmedClash"),
    ("en", "The missiles are meant to deter an attack by China on Taiwan.", "ArmedClash"),
    ("en", "Japan bought the missiles to guard against an attack by China.", "ArmedClash"),
    ("en", "Kyiv feared a Russian invasion of Ukraine.", "War"),
    ("en", "Taiwan is preparing for an attack by China.", "ArmedClash"),
    ("en", "Officials discussed a scenario of a Chinese attack on Taiwan.", "ArmedClash"),
    ("id", "Anggota NATO akan membela Estonia dalam hal terjadi serangan Rusia.", "ArmedClash"),
    ("id", "Rudal itu dimaksudkan untuk menangkal serangan China terhadap Taiwan.", "ArmedClash"),
    ("id", "Kyiv mengkhawatirkan invasi Rusia ke Ukraina.", "War"),
    ("id", "Taiwan bersiap menghadapi serangan China.", "ArmedClash"),
    ("id", "Para pejabat membahas skenario serangan China ke Taiwan.", "ArmedClash"),
])
def test_an_act_defended_against_deterred_feared_or_prepared_for_is_no_event(language, text, kind):
    assert kind not in kinds(text, language)


@pytest.mark.parametrize("language, text", [
    ("en", "Taiwan repelled an attack by China on Kinmen."),
    ("id", "Taiwan menghadapi serangan China di Kinmen pada Senin."),
])
def test_an_attack_repelled_or_faced_stays_a_fight(language, text):
    assert kinds(text, language).get("ArmedClash") == "asserted"


def test_talks_hoped_for_are_no_talks():
    assert "Talks" not in kinds("Seoul hoped that talks with Pyongyang would resume.", "en")


@pytest.mark.parametrize("language, text, kind", [
    ("en", "Without the deal, Turkey would have attacked the Kurdish militia.", "ArmedClash"),
    ("en", "Russia would have sent troops to Armenia.", "Deployment"),
    ("en", "Russia was preparing to attack Kyiv.", "ArmedClash"),
    ("en", "Russia was close to sending troops to Armenia.", "Deployment"),
    ("en", "Kyiv said it was ready for talks with Moscow.", "Talks"),
    ("id", "Rusia bersiap menyerang Kyiv.", "ArmedClash"),
    ("id", "Rusia sedang bersiap untuk menginvasi Ukraina.", "War"),
])
def test_an_act_that_would_have_been_or_is_prepared_or_nearly_done_is_no_event(language, text, kind):
    assert kind not in kinds(text, language)


@pytest.mark.parametrize("language, text, kind", [
    ("en", "Russia is planning to send troops to Armenia.", "Deployment"),
    ("en", "Russia is about to send troops to Armenia.", "Deployment"),
    ("id", "Rusia tengah merencanakan serangan ke Kyiv.", "ArmedClash"),
])
def test_an_act_planned_or_about_to_happen_is_to_come(language, text, kind):
    assert kinds(text, language).get(kind) == "future"


@pytest.mark.parametrize("language, text, kind", [
    ("en", "Will Russia attack Moldova?", "ArmedClash"),
    ("en", "Did Russia send troops to Belarus?", "Deployment"),
    ("id", "Akankah Rusia menyerang Moldova?", "ArmedClash"),
    ("id", "Apakah Rusia akan mengirim pasukan ke Belarus?", "Deployment"),
])
def test_an_act_a_yes_no_question_asks_about_is_no_event(language, text, kind):
    assert kind not in kinds(text, language)


@pytest.mark.parametrize("language, text", [
    ("en", "Why did Russia attack Moldova?"),
    ("id", "Mengapa Rusia menyerang Moldova?"),
])
def test_an_act_a_question_asks_the_cause_of_is_told(language, text):
    assert kinds(text, language).get("ArmedClash") == "asserted"


@pytest.mark.parametrize("language, text", [
    ("en", "Iran warned that it would strike Israel again if Israel attacked its territory."),
    ("en", "Iran threatened to attack Israel unless Israel withdrew its troops."),
    ("en", "Iran vowed to retaliate against Israel if its embassy was hit again."),
    ("id", "Iran mengancam akan menyerang Israel jika Israel menyerang lagi."),
    ("id", "Pejabat Iran memperingatkan bahwa Iran akan melancarkan operasi darat ke Irak jika Baghdad tidak melucuti kelompok itu."),
    ("id", "Iran bersumpah akan membalas Israel kecuali jika Israel menarik pasukannya."),
])
def test_a_threat_on_a_condition_is_no_event(language, text):
    found = [e["modality"] for e in events_of(text, language) if e["kind"] == "ThreatOfForce"]
    assert found and set(found) == {"hypothetical"}, found


@pytest.mark.parametrize("language, text", [
    ("en", "Iran threatened to attack Israel on Monday."),
    ("en", "Iran vowed to retaliate against Israel even if the talks succeed."),
    ("id", "Iran mengancam akan menyerang Israel dalam pidato pada Senin."),
    ("id", "Iran mengancam akan menyerang Israel bahkan jika perundingan berhasil."),
])
def test_a_threat_with_no_condition_stays(language, text):
    assert kinds(text, language).get("ThreatOfForce") == "asserted"


@pytest.mark.parametrize("language, text", [
    ("id", "Irak bersumpah akan membalas serangan Turki pada Senin (3/3/2025)."),
    ("id", "Irak berjanji akan menghukum Turki atas serangan itu."),
    ("id", "Irak berikrar akan membalas Turki."),
])
def test_a_vow_of_revenge_is_a_threat_made(language, text):
    assert kinds(text, language).get("ThreatOfForce") == "asserted"


def test_a_vow_to_send_troops_stays_to_come():
    assert kinds("Presiden Prancis berjanji akan mengirim pasukan ke Mali.", "id").get("Deployment") == "future"


@pytest.mark.parametrize("language, text", [
    ("en", "North Korea is weighing a plan to fire missiles at the United States."),
    ("en", "North Korea said it was studying plans to fire ballistic missiles at the United States."),
    ("id", "Korea Utara mengkaji rencana menembakkan rudal balistik ke Amerika Serikat."),
])
def test_a_plan_weighed_to_fire_at_a_state_threatens_it(language, text):
    found = [e for e in events_of(text, language) if e["kind"] == "ThreatOfForce"]
    assert [e["roles"]["participant"] for e in found] == [["PRK", "USA"]], found


# Session 14: a word of proposing, offering, inviting, requesting or urging governs the act a few words after it
# through a link ("for", "of", "to"; "untuk", "agar", "ke") or right after it, whatever its owner and modifiers.
_OFFERED = [
    ("en", "Sudan welcomed a proposal from Qatar for a 30-day ceasefire with Chad."),
    ("en", "Sudan on Monday turned down an immediate proposal for a 30-day ceasefire with Chad."),
    ("en", "Sudan welcomed an offer of talks with Chad."),
    ("en", "Sudan rejected an offer from Qatar to hold talks with Chad."),
    ("en", "Sudan rejected the suggestion by Qatar of direct talks with Chad."),
    ("en", "Sudan turned down a request from Qatar, its closest partner, for direct talks with Chad."),
    ("en", "Qatar invited Sudan and Chad to talks in Doha."),
    ("en", "Qatar on Monday invited Sudanese and Chadian leaders to talks in Doha."),
    ("en", "Qatar urged Sudan and Chad to return to the negotiating table."),
    ("en", "Qatar called on Sudan and Chad to agree to a lasting ceasefire."),
    ("en", "Qatar offered talks between Sudan and Chad."),
    ("en", "Mexico rejected an offer from Washington to help it wage war on Guatemala."),
    ("id", "Sudan menyambut usulan Qatar untuk gencatan senjata 30 hari dengan Chad."),
    ("id", "Sudan pada Senin menolak usulan Qatar untuk gencatan senjata segera dengan Chad."),
    ("id", "Sudan menyambut tawaran perundingan dengan Chad."),
    ("id", "Sudan menolak tawaran Qatar untuk menggelar perundingan dengan Chad."),
    ("id", "Sudan menolak permintaan Qatar, mitra terdekatnya, agar menggelar perundingan langsung dengan Chad."),
    ("id", "Qatar mengundang Sudan dan Chad ke perundingan di Doha."),
    ("id", "Qatar pada Senin mengundang pemimpin Sudan dan Chad ke perundingan di Doha."),
    ("id", "Qatar mendesak Sudan dan Chad kembali ke meja perundingan."),
    ("id", "Qatar menawarkan perundingan antara Sudan dan Chad."),
    ("id", "Meksiko menolak tawaran Washington untuk membantunya berperang melawan Guatemala."),
]


@pytest.mark.parametrize("language, text", _OFFERED)
def test_an_act_proposed_offered_or_asked_for_is_no_event(language, text):
    assert not {"Talks", "Ceasefire", "War"} & set(kinds(text, language)), events_of(text, language)


@pytest.mark.parametrize("language, text, kind", [
    ("en", "Sudan and Chad held talks in Doha at the invitation of Qatar.", "Talks"),
    ("en", "At Qatar's invitation the leaders of Sudan and Chad held talks in Doha.", "Talks"),
    ("id", "Atas undangan Qatar, pemimpin Sudan dan Chad menggelar perundingan di Doha.", "Talks"),
    ("en", "Sudan accepted the offer and held talks with Chad in Doha on Monday.", "Talks"),
    ("id", "Sudan menerima tawaran itu dan menggelar perundingan dengan Chad di Doha pada Senin.", "Talks"),
])
def test_an_act_done_at_an_invitation_or_after_an_offer_stays(language, text, kind):
    assert kinds(text, language).get(kind) == "asserted", events_of(text, language)


@pytest.mark.parametrize("language, text", [
    ("en", "Israel warned that any new rocket fire from Gaza would be met with a harsh response."),
    ("en", "Israel on Monday warned that any new rocket fire from Gaza would be met with a harsh response."),
    ("en", "Iran vowed to retaliate against any attack on its soil."),
    ("id", "Iran mengancam akan membalas dengan keras setiap serangan ke wilayahnya."),
    ("id", "Iran pada Senin mengancam akan membalas dengan keras setiap serangan ke wilayahnya."),
    ("id", "Iran bersumpah akan membalas segala bentuk serangan ke wilayahnya."),
])
def test_a_threat_against_any_act_is_a_condition(language, text):
    found = [e["modality"] for e in events_of(text, language) if e["kind"] == "ThreatOfForce"]
    assert found and set(found) == {"hypothetical"}, found


@pytest.mark.parametrize("language, text", [
    ("en", "Iran vowed to retaliate against the attack on its soil."),
    ("en", "Israel has vowed to retaliate against Iran, and Tehran has said it would answer any strike."),
    ("id", "Iran bersumpah akan membalas serangan ke wilayahnya itu."),
    ("id", "Israel bersumpah akan membalas Iran, dan Teheran menyatakan akan menjawab setiap serangan."),
    ("en", "North Korea threatened to strike the United States by any means."),
    ("en", "Iran on Monday threatened to attack Israel at any time."),
    ("id", "Korea Utara mengancam akan menyerang Amerika Serikat dengan segala cara."),
    ("id", "Iran pada Senin mengancam akan menyerang Israel setiap saat."),
])
def test_a_threat_against_the_act_told_stays(language, text):
    assert kinds(text, language).get("ThreatOfForce") == "asserted", events_of(text, language)


@pytest.mark.parametrize("language, text, kind", [
    ("en", "Caracas accused Washington of planning to use Colombian bases to attack Venezuela.", "ArmedClash"),
    ("en", "Kyiv accused Moscow on Monday of preparing to send more troops to Belarus.", "Deployment"),
    ("en", "Kyiv accuses Moscow of seeking to send troops to Belarus.", "Deployment"),
    ("id", "Caracas menuduh Washington hendak menggunakan pangkalan Kolombia untuk menyerang Venezuela.", "ArmedClash"),
    ("id", "Kyiv menuduh Moskow berencana mengirim lebih banyak pasukan ke Belarus.", "Deployment"),
    ("id", "Kyiv pada Senin menuding Moskow akan mengirim pasukan ke Belarus.", "Deployment"),
])
def test_an_intent_one_side_is_accused_of_is_no_event(language, text, kind):
    assert kind not in kinds(text, language), events_of(text, language)


@pytest.mark.parametrize("language, text", [
    ("en", "Kyiv accused Moscow of sending troops to Belarus."),
    ("id", "Kyiv menuduh Moskow mengirim pasukan ke Belarus."),
])
def test_an_act_one_side_is_accused_of_doing_stays(language, text):
    assert kinds(text, language).get("Deployment") == "asserted", events_of(text, language)


# A fight right after a noun of pausing it is the pause told, not a fight: the fight is told elsewhere.
@pytest.mark.parametrize("language, text", [
    ("en", "Turkey agreed to a five-day pause in its offensive against Syria."),
    ("en", "Turkey on Tuesday agreed to a five-day pause in the Syria offensive against Kurdish YPG fighters."),
    ("en", "Turkey agreed to a five-day respite from strikes on Kurdish YPG fighters."),
    ("en", "The deal brought a lull in attacks between Turkey and Kurdish YPG fighters."),
    ("id", "Jeda pertempuran lima hari antara Turki dan milisi YPG berakhir pada Selasa."),
    ("id", "Turki pada Selasa menyetujui penghentian sementara serangan terhadap milisi YPG."),
    ("id", "Kesepakatan itu membawa masa tenang dalam pertempuran antara Turki dan milisi YPG."),
])
def test_a_fight_after_a_noun_of_pausing_it_is_no_fight(language, text):
    assert not {"ArmedClash", "War"} & set(kinds(text, language)), events_of(text, language)


@pytest.mark.parametrize("language, text", [
    ("en", "After a five-day pause, Turkey attacked Kurdish YPG fighters in Syria."),
    ("id", "Setelah jeda lima hari, Turki menyerang milisi YPG di Suriah."),
])
def test_a_fight_after_the_pause_stays(language, text):
    assert kinds(text, language).get("ArmedClash") == "asserted", events_of(text, language)


# A fight whose dead are counted since a date is the running count of the war of its sides begun then.
@pytest.mark.parametrize("language, text", [
    ("en", "Israel and Hamas have fought an 11-day war since May 10. At least 232 Palestinians have been killed in "
           "Israeli air strikes since May 10, health officials said."),
    ("en", "Israel and Hamas have fought a war since May 10. Israeli raids on Hamas have killed 232 people since "
           "May 12, medics said on Friday."),
    ("id", "Israel dan Hamas terlibat perang selama 11 hari sejak 10 Mei. Sedikitnya 232 warga Palestina tewas "
           "akibat serangan udara Israel terhadap Hamas sejak 10 Mei."),
    ("id", "Israel dan Hamas berperang sejak 10 Mei. Menurut petugas medis, serangan Israel terhadap Hamas telah "
           "menewaskan 232 orang sejak 12 Mei."),
])
def test_a_count_of_dead_since_a_date_is_the_war_of_its_sides(language, text):
    found = [(e["kind"], e["fatalities"][0] if e["fatalities"] else None)
             for e in events_of(text, language) if e["kind"] in ("ArmedClash", "War")]
    assert found == [("War", 232)], found


@pytest.mark.parametrize("language, text", [
    ("en", "Israel and Hamas fought a war in 2014. At least 232 Palestinians have been killed in Israeli air strikes "
           "on Hamas since May 10, health officials said."),
    ("en", "Israeli air strikes on Hamas have killed 232 Palestinians since May 10, health officials said."),
    ("id", "Israel dan Hamas berperang pada 2014. Sedikitnya 232 warga Palestina tewas akibat serangan udara Israel "
           "terhadap Hamas sejak 10 Mei."),
])
def test_a_count_of_dead_with_no_war_begun_then_is_a_clash(language, text):
    assert kinds(text, language).get("ArmedClash") == "asserted", events_of(text, language)


def modalities_under_headline(headline: str, body: str, language: str, kind: str) -> list[str]:
    """The modalities of the events of one kind in an article whose title line is `headline`."""
    text = f"{headline}\n\n{body}".strip()
    doc = Document(document_iri(text), "test", text, headline, PUBLISHED, language)
    return [e.modality for e in extract(doc).events if e.kind == kind]


# The act a request names after the names it addresses, with no link word, is asked for: a list of names
# ("Amerika Serikat (AS) dan Perserikatan Bangsa-Bangsa (PBB)"; a headline's "US, UN") is no clause boundary.
@pytest.mark.parametrize("language, text", [
    ("id", "Pemerintah Mali telah meminta Prancis dan Chad mengirim pasukan ke utara."),
    ("id", "Pemerintah Mali telah meminta Republik Prancis (Prancis) dan Perserikatan Bangsa-Bangsa (PBB) mengirim "
           "pasukan ke utara."),
    ("id", "Mali pada Senin minta Prancis kirim pasukan ke utara."),
    ("en", "The government of Mali asks France and Chad to send troops to the north."),
])
def test_an_act_asked_of_named_addressees_is_no_event(language, text):
    assert "Deployment" not in kinds(text, language), events_of(text, language)


@pytest.mark.parametrize("language, headline", [
    ("en", "Mali Asks France, UN to Send Troops to the North"),
    ("en", "Mali Asks France, Chad, UN to Send Troops"),
    ("id", "Mali Minta Prancis, PBB Kirim Pasukan ke Utara"),
])
def test_an_act_a_headline_asks_of_listed_names_is_no_event(language, headline):
    assert "asserted" not in modalities_under_headline(headline, "", language, "Deployment")


# A kind of act ("such", "a similar", "another"; "semacam itu", "serupa") that is the subject of a modal tells what
# may come, not an act that happened; without the modal it may be one.
@pytest.mark.parametrize("language, text", [
    ("en", "Caracas warned that a similar incursion by Colombia on Venezuelan soil would be a cause for war."),
    ("en", "Rubio said on Monday that such attacks by the United States on Venezuela will continue."),
    ("en", "Another attack by the United States on Venezuela could come at any time, Maduro said."),
    ("id", "Rubio mengatakan pada Senin bahwa serangan semacam itu oleh Amerika Serikat terhadap Venezuela akan terus berlanjut."),
    ("id", "Maduro mengatakan serangan serupa dari Amerika Serikat ke Venezuela bisa terjadi lagi."),
])
def test_a_kind_of_act_under_a_modal_is_no_event(language, text):
    assert "ArmedClash" not in kinds(text, language), events_of(text, language)


@pytest.mark.parametrize("language, text", [
    ("en", "A similar attack by the United States on Venezuela in 2019 killed 30 people."),
    ("en", "Another US attack on Venezuela killed 11 people on Tuesday."),
    ("id", "Serangan serupa oleh Amerika Serikat ke Venezuela pada 2019 menewaskan 30 orang."),
])
def test_a_kind_of_act_told_as_done_stays(language, text):
    assert kinds(text, language).get("ArmedClash") == "asserted", events_of(text, language)

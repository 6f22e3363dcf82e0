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


@pytest.mark.parametrize("language, text, troops", [
    ("en", "Kenyan troops crossed into Somalia in October 2011.", None),
    ("en", "Egypt has poured thousands of soldiers and armoured vehicles into the Sinai since January.", None),
    ("id", "Dua hari kemudian, tentara Kenya menyeberang ke Somalia untuk mengejar militan.", None),
    ("id", "Sekitar 300 tentara Kenya bersenjata sempat masuk ke kawasan tersebut.", (300, "about")),
])
def test_forces_entering_a_territory_are_deployed(language: str, text: str, troops: tuple | None) -> None:
    found = of_kind(text, language, "Deployment")
    assert [(e["roles"]["agent"], e["troops"]) for e in found] == [(["KEN" if "Kenya" in text else "EGY"], troops)]


@pytest.mark.parametrize("language, text", [
    ("en", "After the fighters entered the city, they looted the market."),
    ("id", "Video itu menunjukkan upaya pasukan Kenya untuk melintasi perbatasan, tetapi upaya itu gagal."),
])
def test_fighters_entering_and_attempted_crossings_deploy_nothing(language: str, text: str) -> None:
    assert of_kind(text, language, "Deployment") == []


@pytest.mark.parametrize("language, text", [
    ("en", "Russia keeps about 7,000 troops at its base in Tajikistan and also operates an air base at Kant."),
    ("id", "Rusia menempatkan sekitar 7.000 tentara di Tajikistan dan juga mengoperasikan pangkalan udara di Kant."),
])
def test_a_base_a_state_operates_abroad_is_its_deployment(language: str, text: str) -> None:
    found = of_kind(text, language, "Deployment")
    assert found and all(e["roles"]["agent"] == ["RUS"] for e in found), found
    assert any("kant" in e["roles"].get("location", []) for e in found), found


@pytest.mark.parametrize("language, text", [
    ("en", "Djibouti, a small state that hosts a large American naval base, stayed neutral."),
    ("id", "Djibouti, negara kecil yang menampung pangkalan angkatan laut Amerika yang besar, tetap netral."),
])
def test_a_hosted_foreign_base_is_deployed_by_the_foreign_state(language: str, text: str) -> None:
    found = of_kind(text, language, "Deployment")
    assert [(e["roles"]["agent"], e["roles"].get("location")) for e in found] == [(["USA"], ["DJI"])]


@pytest.mark.parametrize("language, text, troops", [
    ("en", "About 900 French troops remain in the country to train the army.", (900, "about")),
    ("en", "Some 2,000 French soldiers are based in Chad.", (2000, "about")),
    ("id", "Sekitar 900 tentara Prancis masih berada di negara itu untuk melatih militer.", (900, "about")),
    ("id", "Lebih dari 2.000 tentara Prancis ditempatkan secara permanen di Chad.", (2000, "more than")),
])
def test_forces_that_remain_or_are_based_abroad_are_deployed(language: str, text: str, troops: tuple) -> None:
    found = of_kind(text, language, "Deployment")
    assert [(e["roles"]["agent"], e["troops"]) for e in found] == [(["FRA"], troops)]


@pytest.mark.parametrize("language, text", [
    ("en", "South Korean troops fired warning shots at North Korean soldiers on Tuesday."),
    ("id", "Militer Korea Selatan melepaskan tembakan peringatan ke arah tentara Korea Utara pada Selasa."),
])
def test_warning_shots_are_a_threat_and_no_clash(language: str, text: str) -> None:
    found = events_of(text, language)
    assert [(e["kind"], sides(e)) for e in found] == [("ThreatOfForce", {"KOR", "PRK"})]


@pytest.mark.parametrize("language, text, threat", [
    ("en", "North Korea's army ordered eight artillery brigades near the border on full alert on Sunday.", True),
    ("en", "The police were on high alert ahead of the festival in Seoul.", False),
    ("id", "Korea Utara memerintahkan delapan brigade artileri di dekat perbatasan untuk bersiaga penuh.", True),
    ("id", "Polisi bersiaga penuh menjelang festival di Seoul.", False),
])
def test_forces_ordered_on_alert_threaten(language: str, text: str, threat: bool) -> None:
    assert bool(of_kind(text, language, "ThreatOfForce")) is threat


@pytest.mark.parametrize("language, text, agent, addressee", [
    ("en", "Biden ordered the US military to help Israel shoot down the Iranian missiles.", ["USA"], ["ISR"]),
    ("en", "Iraqi forces backed by US-led coalition air strikes retook the city.", ["USA"], ["IRQ"]),
    ("en", "Haftar, who receives political and military support from the UAE and Egypt, attacked Tripoli.",
     ["ARE", "EGY"], ["LNA", "khalifa-haftar"]),
    ("en", "Australia sent two surveillance aircraft to help the Philippine military.", ["AUS"], ["PHL"]),
    ("id", "Biden memerintahkan militer AS membantu Israel menembak jatuh rudal-rudal Iran.", ["USA"], ["ISR"]),
    ("id", "Pasukan Irak dibantu serangan udara koalisi pimpinan Amerika Serikat merebut kota itu.", ["USA"], ["IRQ"]),
    ("id", "Haftar, yang mendapat dukungan politik dan militer dari Uni Emirat Arab dan Mesir, menyerang Tripoli.",
     ["ARE", "EGY"], ["LNA", "khalifa-haftar"]),
    ("id", "Australia mengirim dua pesawat pengintai untuk membantu militer Filipina.", ["AUS"], ["PHL"]),
])
def test_help_in_combat_and_backing_are_military_aid(language: str, text: str, agent: list, addressee: list) -> None:
    found = of_kind(text, language, "MilitaryAid")
    assert [(e["roles"]["agent"], e["roles"]["addressee"]) for e in found] == [(agent, addressee)]


def test_help_to_shoot_down_is_no_fight_of_the_helper() -> None:
    found = events_of("Biden ordered the US military to help Israel shoot down the Iranian missiles.", "en")
    assert [e["kind"] for e in found] == ["MilitaryAid"]


@pytest.mark.parametrize("language, text", [
    ("en", "Britain sent two drones to help the Kenyan army, while France supplied thousands of rifles."),
    ("id", "Inggris mengirim dua drone untuk membantu militer Kenya, sedangkan Prancis menyerahkan ribuan senapan."),
])
def test_aid_with_no_receiver_goes_to_the_receiver_of_the_clause_before(language: str, text: str) -> None:
    found = of_kind(text, language, "MilitaryAid")
    assert sorted((e["roles"]["agent"], e["roles"].get("addressee")) for e in found) == [
        (["FRA"], ["KEN"]), (["GBR"], ["KEN"])]


@pytest.mark.parametrize("language, text", [
    ("en", "A UN peacekeeping force, UNMISS, has been in the country since 2011."),
    ("id", "Pasukan penjaga perdamaian PBB, UNMISS, berada di negara itu sejak 2011."),
])
def test_a_mission_named_in_apposition_is_deployed_not_its_parent_body(language: str, text: str) -> None:
    found = of_kind(text, language, "Deployment")
    assert [(e["roles"]["agent"], e["date"]) for e in found] == [(["UNMISS"], ("2011", None))]


def test_a_ceasefire_in_force_since_a_date_deploys_nothing() -> None:
    assert of_kind("The ceasefire between India and Pakistan has been in force since 2021.", "en", "Deployment") == []


@pytest.mark.parametrize("language, text", [
    ("en", "Iran responded on Monday with a missile attack on the American air base at Al Udeid."),
    ("en", "Militants stormed the military base in Mansila at dawn."),
    ("id", "Drone Ukraina menghantam pangkalan udara Rusia di Olenya."),
    ("id", "Militan menyerbu pangkalan militer di Mansila pada dini hari."),
])
def test_a_base_told_as_the_target_of_a_fight_is_no_deployment(language: str, text: str) -> None:
    assert of_kind(text, language, "Deployment") == []


@pytest.mark.parametrize("language, text", [
    ("en", "The Russian air base at Gyumri is the largest in the region."),
    ("id", "Pangkalan udara Rusia di Gyumri adalah yang terbesar di kawasan itu."),
])
def test_a_base_told_as_such_is_still_a_deployment(language: str, text: str) -> None:
    assert [e["roles"]["agent"] for e in of_kind(text, language, "Deployment")] == [["RUS"]]


@pytest.mark.parametrize("language, text, agent", [
    ("en", "Turkey sent a convoy of armoured vehicles into Idlib on Monday.", "TUR"),
    ("en", "Russia moved S-400 air defence systems to Belarus in March.", "RUS"),
    ("en", "Iran sent two warships to the Gulf of Aden.", "IRN"),
    ("en", "The US Army brought a mid-range missile launcher to northern Luzon in April.", "USA"),
    ("en", "The presence of Russian troops in Transnistria angers Moldova.", "RUS"),
    ("id", "Turki mengirim konvoi kendaraan lapis baja ke Idlib pada Senin.", "TUR"),
    ("id", "Rusia memindahkan sistem rudal S-400 ke Belarus pada Maret.", "RUS"),
    ("id", "Iran mengirim dua kapal perang ke Teluk Aden.", "IRN"),
    ("id", "Angkatan Darat AS membawa peluncur rudal jarak menengah ke Luzon utara pada April.", "USA"),
])
def test_warships_convoys_and_weapons_systems_moved_are_deployments(language: str, text: str, agent: str) -> None:
    assert [e["roles"]["agent"] for e in of_kind(text, language, "Deployment")] == [[agent]]


@pytest.mark.parametrize("language, text", [
    ("en", "The United States sent tanks to Ukraine."),
    ("id", "Amerika Serikat mengirim tank ke Ukraina."),
])
def test_arms_sent_to_another_state_stay_aid(language: str, text: str) -> None:
    assert [e["kind"] for e in events_of(text, language)] == ["MilitaryAid"]


@pytest.mark.parametrize("language, text, sides_", [
    ("en", "Trump warned Russia that missiles will be coming.", {"USA", "donald-trump", "RUS"}),
    ("en", "Russia, which had been warned by Trump that missiles would be coming, stayed silent.",
     {"USA", "donald-trump", "RUS"}),
    ("en", "Iran warned Israel that it would face a crushing response.", {"IRN", "ISR"}),
    ("en", "North Korea threatened to turn Seoul into a sea of fire.", {"PRK", "KOR"}),
    ("id", "Trump memperingatkan Rusia bahwa rudal akan datang.", {"USA", "donald-trump", "RUS"}),
    ("id", "Iran memperingatkan Israel bahwa negara itu akan menghadapi balasan yang keras.", {"IRN", "ISR"}),
    ("id", "Korea Utara mengancam akan mengubah Seoul menjadi lautan api.", {"PRK", "KOR"}),
])
def test_warnings_that_name_force_are_threats(language: str, text: str, sides_: set) -> None:
    assert [sides(e) for e in of_kind(text, language, "ThreatOfForce")] == [sides_]


def test_the_passive_warner_is_the_agent() -> None:
    found = of_kind("Russia, which had been warned by Trump that missiles would be coming, stayed silent.", "en",
                    "ThreatOfForce")
    assert [(e["roles"]["agent"], e["roles"]["addressee"]) for e in found] == [(["USA", "donald-trump"], ["RUS"])]


@pytest.mark.parametrize("language, text", [
    ("en", "The UN warned that fighting could spread to the south."),
    ("en", "Israel says it will strike again if Iran rebuilds, and Trump has threatened the same."),
    ("id", "PBB memperingatkan bahwa pertempuran dapat meluas ke selatan."),
])
def test_warnings_naming_no_force_of_the_warner_are_no_threats(language: str, text: str) -> None:
    assert of_kind(text, language, "ThreatOfForce") == []


@pytest.mark.parametrize("language, text", [
    ("en", "China resumed large-scale live-fire drills on Friday in six maritime zones surrounding Taiwan."),
    ("id", "Militer China melanjutkan latihan tembak langsung berskala besar di enam zona perairan yang mengelilingi Taiwan."),
])
def test_drills_told_at_length_before_the_state_they_surround_threaten_it(language: str, text: str) -> None:
    assert [sides(e) for e in of_kind(text, language, "ThreatOfForce")] == [{"CHN", "TWN"}]


@pytest.mark.parametrize("language, text, modality", [
    ("en", "Biden said Washington would replenish Israel's stock of Iron Dome interceptor missiles.", "future"),
    ("en", "The US replenished Ukraine's air defence stocks last month.", "asserted"),
    ("id", "Biden menegaskan Washington akan mengisi kembali persediaan rudal pencegat Iron Dome milik Israel.", "future"),
])
def test_arms_stocks_replenished_are_aid(language: str, text: str, modality: str) -> None:
    found = of_kind(text, language, "MilitaryAid")
    assert [(e["roles"]["agent"], len(e["roles"]["addressee"]), e["modality"]) for e in found] == [(["USA"], 1, modality)]


@pytest.mark.parametrize("language, text", [
    ("en", "Aid groups replenished food stocks in Gaza."),
    ("id", "Lembaga bantuan mengisi kembali persediaan makanan di Gaza."),
])
def test_other_stocks_replenished_are_no_aid(language: str, text: str) -> None:
    assert of_kind(text, language, "MilitaryAid") == []


@pytest.mark.parametrize("language, text, troops", [
    ("en", "The deployment of 1,000 US troops to Iraq began last week.", (1000, "exact")),
    ("en", "The deployment of US troops to Iraq began last week.", None),
    ("id", "Pengerahan 1.000 tentara AS ke Irak dimulai pekan lalu.", (1000, "exact")),
    ("id", "Pengerahan tentara AS ke Irak dimulai pekan lalu.", None),
])
def test_a_deployment_noun_takes_the_counted_forces_owner_and_the_state_they_go_to(
        language: str, text: str, troops: tuple | None) -> None:
    found = of_kind(text, language, "Deployment")
    assert [(e["roles"]["agent"], e["roles"]["location"], e["troops"]) for e in found] == [(["USA"], ["IRQ"], troops)]


@pytest.mark.parametrize("language, text", [
    ("en", "The deployment of 1,000 troops to Iraq began last week."),
    ("id", "Pengerahan 1.000 tentara ke Irak dimulai pekan lalu."),
])
def test_the_state_forces_go_to_is_not_their_owner(language: str, text: str) -> None:
    assert all("IRQ" not in e["roles"].get("agent", []) for e in of_kind(text, language, "Deployment"))


@pytest.mark.parametrize("language, text", [
    ("en", "Ukraine's Western allies pledged more air defence systems on Friday."),
    ("id", "Sekutu-sekutu Barat Ukraina menjanjikan lebih banyak senjata pada Jumat."),
    ("id", "Negara-negara pendukung Ukraina menjanjikan lebih banyak senjata pada Jumat."),
])
def test_the_state_whose_allies_give_is_helped_not_a_giver(language: str, text: str) -> None:
    found = of_kind(text, language, "MilitaryAid")
    assert [(e["roles"].get("agent"), e["roles"].get("addressee")) for e in found] == [(None, ["UKR"])]


@pytest.mark.parametrize("language, text", [
    ("en", "The US and its allies provided weapons to Ukraine."),
    ("id", "AS dan sekutunya memasok senjata kepada Ukraina."),
])
def test_a_state_with_its_own_allies_still_gives(language: str, text: str) -> None:
    found = of_kind(text, language, "MilitaryAid")
    assert [(e["roles"]["agent"], e["roles"]["addressee"]) for e in found] == [(["USA"], ["UKR"])]


@pytest.mark.parametrize("language, text", [
    ("en", "Two Egyptian military aircraft carrying weapons and ammunition landed at Mogadishu's airport on Tuesday."),
    ("id", "Dua pesawat militer Mesir yang membawa senjata dan amunisi mendarat di bandara Mogadishu pada Selasa."),
])
def test_aircraft_carrying_arms_that_land_deliver_them(language: str, text: str) -> None:
    found = of_kind(text, language, "MilitaryAid")
    assert [(e["roles"]["agent"], e["roles"]["addressee"]) for e in found] == [(["EGY"], ["SOM"])]


def test_the_givers_capital_named_later_receives_nothing() -> None:
    text = ("Two Egyptian military aircraft carrying weapons landed at Mogadishu's airport, "
            "the first delivery under a pact signed by Cairo and Mogadishu.")
    assert [e["roles"]["addressee"] for e in of_kind(text, "en", "MilitaryAid")] == [["SOM"]]


# --- An opening phrase before the giver's title ---

@pytest.mark.parametrize("language, text", [
    ("en", "Later on the same day, British Defence Secretary John Healey announced a new package of weapons for Ukraine."),
    ("id", "Pada hari yang sama, Menteri Pertahanan Inggris John Healey mengumumkan paket senjata baru untuk Ukraina."),
    ("id", "Pada Kamis sore waktu setempat, Menteri Pertahanan Inggris John Healey mengumumkan paket senjata untuk Ukraina."),
])
def test_a_phrase_opening_the_sentence_leaves_the_giver_its_subject(language: str, text: str) -> None:
    aid = of_kind(text, language, "MilitaryAid")
    assert len(aid) == 1, aid
    assert "GBR" in aid[0]["roles"].get("agent", []) and aid[0]["roles"].get("addressee") == ["UKR"]


# --- Patrol ships, observers and airlifted forces sent somewhere ---

@pytest.mark.parametrize("language, text, agent", [
    ("en", "Vietnam sent four coast guard ships to the waters near the oil rig on Monday.", "VNM"),
    ("en", "Japan sent two patrol vessels to the islands on Saturday.", "JPN"),
    ("id", "Vietnam mengirim empat kapal penjaga pantai ke perairan dekat anjungan minyak itu pada Senin.", "VNM"),
    ("id", "Jepang mengirimkan dua kapal patroli ke pulau-pulau itu pada Sabtu.", "JPN"),
    ("id", "Pada hari yang sama, Vietnam mengirim dua kapal pengawas perikanan ke perairan itu.", "VNM"),
])
def test_patrol_and_coast_guard_ships_sent_are_a_deployment(language: str, text: str, agent: str) -> None:
    assert [e["roles"]["agent"] for e in of_kind(text, language, "Deployment")] == [[agent]]


@pytest.mark.parametrize("language, text", [
    ("en", "Malaysia agreed to send observers to the border between Laos and Cambodia."),
    ("en", "Malaysia will send a team of monitors to the border region next month."),
    ("id", "Malaysia setuju mengirim pengamat ke perbatasan Laos dan Kamboja."),
    ("id", "Tim pengamat Malaysia akan dikirim ke perbatasan pekan depan."),
])
def test_observers_sent_to_watch_a_truce_are_a_deployment(language: str, text: str) -> None:
    assert [e["roles"]["agent"] for e in of_kind(text, language, "Deployment")] == [["MYS"]]


@pytest.mark.parametrize("language, text", [
    ("en", "The United States flew additional marines to Port Moresby on Sunday to guard its embassy."),
    ("id", "Amerika Serikat menerbangkan tambahan personel militer ke Port Moresby pada Minggu untuk menjaga kedutaannya."),
])
def test_forces_flown_somewhere_are_a_deployment(language: str, text: str) -> None:
    assert [e["roles"]["agent"] for e in of_kind(text, language, "Deployment")] == [["USA"]]


@pytest.mark.parametrize("language, text", [
    ("en", "Manila lodged a protest over the conduct of Chinese coast guard ships near the shoal."),
    ("id", "Sejumlah pengamat yang berada di Jakarta menilai kesepakatan itu rapuh."),
    ("id", "Filipina mengajukan protes atas tindakan kapal penjaga pantai China di perairan itu."),
])
def test_ships_and_observers_named_without_being_sent_are_no_deployment(language: str, text: str) -> None:
    assert of_kind(text, language, "Deployment") == []


# --- Arms supplied to a state "with", or sent as a shipment ---

@pytest.mark.parametrize("language, text", [
    ("en", "Norway will supply Ukraine with four more Patriot systems."),
    ("id", "Norwegia akan memasok Ukraina dengan empat sistem Patriot tambahan."),
    ("en", "Norway sent a second shipment of weapons to Ukraine on Sunday."),
    ("en", "Norway agreed to deliver 100 tanks to Ukraine."),
])
def test_arms_supplied_or_shipped_to_a_state_are_aid(language: str, text: str) -> None:
    found = of_kind(text, language, "MilitaryAid")
    assert [(e["roles"]["agent"], e["roles"]["addressee"]) for e in found] == [(["NOR"], ["UKR"])]


@pytest.mark.parametrize("language, text", [
    ("en", "Norway will supply Ukraine with electricity this winter."),
    ("en", "Norway agreed to deliver food aid to Gaza."),
])
def test_other_goods_supplied_are_no_military_aid(language: str, text: str) -> None:
    assert of_kind(text, language, "MilitaryAid") == []


# --- A passive deployment after a comma is no act of the clause before ---

@pytest.mark.parametrize("language, text", [
    ("en", "Georgia and Abkhazia agreed to stop fighting, and 1,500 peacekeepers were deployed to the region."),
    ("id", "Georgia dan Abkhazia sepakat, dan 1.500 pasukan penjaga perdamaian dikerahkan ke wilayah itu."),
])
def test_forces_deployed_in_the_passive_are_not_the_previous_clauses(language: str, text: str) -> None:
    assert of_kind(text, language, "Deployment") == []


@pytest.mark.parametrize("language, text", [
    ("en", "Some 1,500 Russian peacekeepers were deployed to the region."),
    ("id", "Sebanyak 1.500 pasukan penjaga perdamaian Rusia dikerahkan ke wilayah itu."),
])
def test_the_owner_of_forces_deployed_in_the_passive_deploys_them(language: str, text: str) -> None:
    assert [e["roles"]["agent"] for e in of_kind(text, language, "Deployment")] == [["RUS"]]


# --- Arms handed to a state in Indonesian, and packages of arms announced ---

@pytest.mark.parametrize("language, text", [
    ("id", "Norwegia menyerahkan enam helikopter angkut kepada militer Ukraina pada Mei."),
    ("id", "Norwegia telah memasok sejumlah helikopter serbu dan pesawat angkut kepada tentara Ukraina."),
    ("id", "Norwegia menghibahkan dua sistem pertahanan udara kepada Ukraina."),
    ("en", "Norway announced a new $90 million package of artillery shells and rifles for Ukraine."),
    ("en", "On the same day Norway announced a further $50 million in weapons for Kyiv, including mortars."),
    ("id", "Norwegia mengumumkan paket amunisi dan kendaraan lapis baja senilai 90 juta dolar untuk Ukraina."),
])
def test_arms_handed_over_or_announced_as_a_package_are_aid(language: str, text: str) -> None:
    found = of_kind(text, language, "MilitaryAid")
    assert [(e["roles"]["agent"], e["roles"]["addressee"]) for e in found] == [(["NOR"], ["UKR"])]


@pytest.mark.parametrize("language, text", [
    ("id", "Para pemberontak menyerahkan senjata mereka pada Senin."),
    ("id", "Norwegia menyerahkan bantuan pangan kepada Ukraina."),
    ("id", "Uni Eropa mengumumkan paket sanksi baru terhadap Rusia."),
    ("en", "The EU announced a new package of sanctions against Russia."),
    ("en", "The Pentagon announced a first package of about 200 troops and a Patriot battery for Poland."),
])
def test_disarming_goods_sanctions_and_troops_are_no_military_aid(language: str, text: str) -> None:
    assert of_kind(text, language, "MilitaryAid") == []


# --- A speaker saying a state will be punished or will pay threatens it ---

@pytest.mark.parametrize("language, text", [
    ("en", "Venezuela's defence minister said on Monday that Guyana will be punished for the incursion."),
    ("en", "Venezuela's defence minister said Guyana would pay dearly for the raid."),
    ("id", "\"Guyana membuat kesalahan besar dan akan membayarnya,\" kata Menteri Pertahanan Venezuela."),
    ("id", "Menteri Pertahanan Venezuela mengatakan pada Senin bahwa Guyana akan dihukum atas serangan itu."),
])
def test_a_state_told_it_will_pay_is_threatened_by_the_speaker(language: str, text: str) -> None:
    found = of_kind(text, language, "ThreatOfForce")
    assert [(e["roles"]["agent"], e["roles"]["addressee"]) for e in found] == [(["VEN"], ["GUY"])]


@pytest.mark.parametrize("language, text", [
    ("en", "Those responsible will be punished, the army said."),
    ("en", "Venezuela's defence minister said Guyana would be punished if it crossed the river."),
    ("id", "Para pelaku penembakan akan dihukum berat, kata polisi."),
    ("id", "Menteri Pertahanan Venezuela mengatakan Guyana akan dihukum jika pasukannya menyeberangi sungai."),
])
def test_culprits_punished_and_conditional_punishment_are_no_threat(language: str, text: str) -> None:
    assert [e for e in of_kind(text, language, "ThreatOfForce") if e["modality"] != "hypothetical"] == []


# --- A force named in brackets or in an apposition deploys itself ---

@pytest.mark.parametrize("language, text", [
    ("en", "The UN peacekeeping mission in Congo (MONUSCO) will be reinforced by 2,000 troops."),
    ("id", "Misi penjaga perdamaian PBB di Kongo (MONUSCO) akan diperkuat dengan 2.000 personel."),
])
def test_a_force_named_in_brackets_is_the_agent_not_its_parent(language: str, text: str) -> None:
    assert {agent for e in of_kind(text, language, "Deployment") for agent in e["roles"]["agent"]} == {"MONUSCO"}


@pytest.mark.parametrize("language, text, force", [
    ("en", "The European Union force, known as EUFOR, has been deployed in Bosnia since 2004.", "EUFOR"),
    ("id", "Pasukan penjaga perdamaian PBB, UNMISS, telah dikerahkan di Sudan Selatan sejak 2011.", "UNMISS"),
])
def test_a_force_set_off_by_an_apposition_deploys_in_the_passive(language: str, text: str, force: str) -> None:
    assert [e["roles"]["agent"] for e in of_kind(text, language, "Deployment")] == [[force]]


# --- The owner glued to the forces that move deploys them; tanks rolling in, troops being sent ---

@pytest.mark.parametrize("language, text", [
    ("en", "After the talks, Hamas reached a deal with Cairo on Monday, and Egyptian government troops moved into Rafah on Tuesday."),
    ("id", "Setelah perundingan, Hamas mencapai kesepakatan dengan Kairo pada Senin, dan pasukan pemerintah Mesir bergerak masuk ke Rafah pada Selasa."),
    ("en", "Egyptian tanks were rolling into the border town on Saturday."),
    ("id", "Tank-tank Mesir bergerak masuk ke kota perbatasan itu pada Sabtu."),
    ("en", "Israel had objected to Egyptian troops being sent to the border in 2021."),
])
def test_the_owner_of_the_forces_that_move_deploys_them(language: str, text: str) -> None:
    assert [e["roles"]["agent"] for e in of_kind(text, language, "Deployment")] == [["EGY"]]


@pytest.mark.parametrize("language, text", [
    ("en", "Indian and Chinese troops moved into the valley on Monday."),
    ("id", "Pasukan India dan China memasuki lembah itu pada Senin."),
])
def test_forces_of_two_owners_that_move_are_two_deployments(language: str, text: str) -> None:
    assert sorted(e["roles"]["agent"][0] for e in of_kind(text, language, "Deployment")) == ["CHN", "IND"]


# --- A state reinforcing its presence somewhere deploys there ---

@pytest.mark.parametrize("language, text", [
    ("en", "Peru's army has reinforced its presence in the Putumayo region on the border with Colombia."),
    ("id", "Tentara Peru telah memperkuat kehadiran di wilayah Putumayo di perbatasan dengan Kolombia."),
])
def test_a_presence_reinforced_is_a_deployment(language: str, text: str) -> None:
    assert [e["roles"]["agent"] for e in of_kind(text, language, "Deployment")] == [["PER"]]


# --- Arms pledged: who an opening purpose phrase names receives, who made them gives nothing ---

@pytest.mark.parametrize("language, text", [
    ("en", "To bolster Georgia's army, Norway and Denmark pledged on Sunday to send US-made howitzers."),
    ("id", "Untuk memperkuat angkatan darat Georgia, Norwegia dan Denmark berjanji akan mengirim howitzer buatan AS."),
])
def test_a_purpose_phrase_names_who_receives_the_arms_pledged(language: str, text: str) -> None:
    found = of_kind(text, language, "MilitaryAid")
    assert sorted((e["roles"]["agent"][0], e["roles"].get("addressee")) for e in found) == [
        ("DNK", ["GEO"]), ("NOR", ["GEO"])]


@pytest.mark.parametrize("language, text", [
    ("en", "Norway supplied tanks made in Germany to Georgia."),
    ("id", "Norwegia memasok tank buatan Jerman kepada Georgia."),
])
def test_the_maker_of_the_arms_given_is_no_receiver(language: str, text: str) -> None:
    found = of_kind(text, language, "MilitaryAid")
    assert [(e["roles"]["agent"], e["roles"]["addressee"]) for e in found] == [(["NOR"], ["GEO"])]


# --- A participle describing arms is no deployment ---

@pytest.mark.parametrize("language, text", [
    ("en", "The pact, signed in Vienna by Norway and Sweden, caps each side at 800 deployed strategic warheads."),
    ("en", "The pact, signed in Vienna by Norway and Sweden, limits the deployed missiles of each side."),
])
def test_a_participle_describing_arms_is_no_deployment(language: str, text: str) -> None:
    assert of_kind(text, language, "Deployment") == []


def test_a_count_deployed_to_a_place_is_still_read() -> None:
    assert [e["roles"]["agent"] for e in of_kind("Kenya deployed 1,000 troops to Somalia.", "en", "Deployment")] == [["KEN"]]


# --- A state named in a relative clause on the deploying body is no agent ---

@pytest.mark.parametrize("language, text, expected", [
    ("en", "A force from the East African Community, of which Burundi is a member, deployed in March.", ["EAC"]),
    ("en", "The Arab League, of which Libya is a member, sent observers to Tripoli.", ["LAS"]),
    # Indonesian tells the same clause with 'yang' (a guard: read so before)
    ("id", "Liga Arab, yang beranggotakan Libya, mengirim pemantau ke Tripoli.", ["LAS"]),
])
def test_a_member_named_in_an_of_which_clause_deploys_nothing(language: str, text: str, expected: list[str]) -> None:
    assert [e["roles"]["agent"] for e in of_kind(text, language, "Deployment")] == [expected]


# --- A state leading a force deploys it, with the body the force belongs to ---

@pytest.mark.parametrize("language, text", [
    ("en", "Britain leads a NATO battlegroup that is stationed in Estonia."),
    ("en", "Britain leads NATO's peacekeeping mission in Kosovo."),
    ("id", "Sejak 2017, Inggris juga memimpin kelompok tempur multinasional NATO yang ditempatkan di Estonia."),
])
def test_the_leader_of_a_deployed_force_deploys_with_its_body(language: str, text: str) -> None:
    assert [e["roles"]["agent"] for e in of_kind(text, language, "Deployment")] == [["GBR", "NATO"]]


@pytest.mark.parametrize("language, text", [
    ("en", "Britain led the International Stabilisation Force in Sierra Leone, which deployed in 2000."),
    ("id", "Inggris memimpin Pasukan Stabilisasi Internasional di Sierra Leone, yang dikerahkan pada 2000."),
])
def test_a_state_named_in_the_led_force_is_no_agent(language: str, text: str) -> None:
    found = of_kind(text, language, "Deployment")
    assert found and all("SLE" not in e["roles"]["agent"] and "GBR" in e["roles"]["agent"] for e in found), found


@pytest.mark.parametrize("language, text", [
    ("en", "In 1990 Nigeria led a West African force into Liberia."),
    ("id", "Pada 1990 Nigeria memimpin pasukan Afrika Barat ke Liberia."),
])
def test_a_state_leading_a_force_into_a_country_deploys_it(language: str, text: str) -> None:
    assert [e["roles"]["agent"] for e in of_kind(text, language, "Deployment")] == [["NGA"]]


def test_leading_talks_deploys_nothing() -> None:
    assert of_kind("Nigeria led the talks in Accra on Monday.", "en", "Deployment") == []


# --- A verb that needs forces tells a deployment only when the forces are what moves ---

@pytest.mark.parametrize("language, text", [
    ("id", "Boko Haram, yang beroperasi di kedua sisi perbatasan, mengaku bertanggung jawab atas serangan terhadap kantor polisi di Maiduguri yang menewaskan 11 polisi."),
    # English sets the relative clause apart already (a guard)
    ("en", "Boko Haram, which is operating in Cameroon, claimed an attack in Maiduguri that killed 11 police."),
    ("id", "Brasil mengirim pasukan ke perbatasan untuk memburu kelompok ELN, yang dituding berada di balik penculikan itu."),
])
def test_forces_named_in_another_clause_move_nowhere(language: str, text: str) -> None:
    found = of_kind(text, language, "Deployment")
    assert all(e["roles"]["agent"] == ["BRA"] for e in found), found


@pytest.mark.parametrize("language, text, expected", [
    ("en", "About 2,500 US troops remain in the country.", ["USA"]),
    ("en", "Up to 4,000 Rwandan troops were operating in North Kivu.", ["RWA"]),
    ("en", "Iran sent two warships to the Gulf of Aden.", ["IRN"]),
    ("id", "Sekitar 900 tentara AS masih ditempatkan di Suriah timur laut.", ["USA"]),
    ("id", "Pasukan penjaga perdamaian PBB, UNMISS, telah bertugas di Juba sejak 2011.", ["UNMISS"]),
])
def test_forces_that_move_still_deploy(language: str, text: str, expected: list[str]) -> None:
    assert expected in [e["roles"]["agent"] for e in of_kind(text, language, "Deployment")]


# --- A state arming its own forces gives no aid ---

@pytest.mark.parametrize("language, text", [
    ("en", "Norway's defence minister said the government would this year put arming its own army first."),
    ("id", "Menteri Pertahanan Norwegia mengatakan pemerintahnya tahun ini memprioritaskan upaya mempersenjatai militer Norwegia sendiri."),
    ("id", "Norwegia kini mempersenjatai militernya sendiri."),
])
def test_arming_its_own_forces_is_no_aid(language: str, text: str) -> None:
    assert of_kind(text, language, "MilitaryAid") == []


@pytest.mark.parametrize("language, text", [
    ("en", "Norway supplied weapons to Georgia on its own."),
    ("id", "Norwegia memasok senjata buatannya sendiri ke Georgia."),
])
def test_own_arms_given_to_another_are_aid(language: str, text: str) -> None:
    assert [(e["roles"]["agent"], e["roles"]["addressee"]) for e in of_kind(text, language, "MilitaryAid")] == [(["NOR"], ["GEO"])]


# --- Joint forces named after the verb: one deployment, with the partner agreed with ---

@pytest.mark.parametrize("language, text", [
    ("en", "Norway and Sweden agreed to deploy a joint battalion on the border."),
    ("en", "Norway said it had agreed with Sweden to deploy a joint battalion on the border."),
    ("id", "Norwegia dan Swedia sepakat mengerahkan batalion gabungan di perbatasan."),
    ("id", "Norwegia mengatakan telah sepakat dengan Swedia untuk mengerahkan batalion gabungan di perbatasan."),
])
def test_joint_forces_deployed_are_one_act_of_both(language: str, text: str) -> None:
    assert [e["roles"]["agent"] for e in of_kind(text, language, "Deployment")] == [["NOR", "SWE"]]


@pytest.mark.parametrize("language, text, expected", [
    ("en", "Norway and Sweden deployed troops to the border.", [["NOR"], ["SWE"]]),
    ("en", "Norway agreed with Sweden to deploy troops to the border.", [["NOR"]]),
    ("id", "Rusia mengerahkan pasukan bersama tank ke perbatasan.", [["RUS"]]),
])
def test_forces_not_told_as_joint_stay_each_ones_own(language: str, text: str, expected: list[list[str]]) -> None:
    assert sorted(e["roles"]["agent"] for e in of_kind(text, language, "Deployment")) == expected


# --- Carrier groups and bombers sent, rushed, moved or ordered somewhere: a deployment ---

@pytest.mark.parametrize("language, text, agent", [
    ("en", "Last week the Pentagon rushed the USS Nimitz carrier strike group and four B-1 bombers to the Arabian Sea.", "USA"),
    ("en", "Britain's defence minister ordered the carrier HMS Queen Elizabeth to the eastern Mediterranean.", "GBR"),
    ("en", "France moved an amphibious assault ship into the Gulf of Guinea on Monday.", "FRA"),
    ("id", "Pentagon pekan lalu mengirim kapal induk USS Nimitz dan empat pesawat pengebom B-1 ke Laut Arab.", "USA"),
    ("id", "Menteri Pertahanan Inggris memerintahkan kelompok tempur kapal induk HMS Queen Elizabeth ke Mediterania timur.", "GBR"),
])
def test_carriers_and_bombers_sent_somewhere_are_deployed(language: str, text: str, agent: str) -> None:
    assert [e["roles"]["agent"] for e in of_kind(text, language, "Deployment")] == [[agent]]


@pytest.mark.parametrize("language, text", [
    ("en", "The United States ordered B-52 bombers to strike targets near the border."),
    ("id", "Amerika Serikat memerintahkan pesawat pengebom B-52 untuk menyerang sasaran di dekat perbatasan."),
])
def test_bombers_ordered_to_strike_are_no_deployment(language: str, text: str) -> None:
    assert of_kind(text, language, "Deployment") == []


# --- Troops serving in a force, and a state leading a battlegroup: each its own deployment ---

@pytest.mark.parametrize("language, text, agents", [
    ("en", "About 400 Kenyan soldiers are serving in the UN mission in South Sudan.", [["KEN"]]),
    ("en", "Norway will send 300 soldiers to Estonia and Canada will lead the battlegroup in Latvia.", [["CAN"], ["NOR"]]),
    ("en", "Germany leads the NATO battlegroup in Lithuania.", [["DEU"]]),
    ("id", "Tentara Norwegia akan bertugas di kelompok tempur Estonia, sementara Kanada memimpin kelompok tempur di Latvia.", [["CAN"], ["NOR"]]),
])
def test_troops_serving_and_battlegroups_led_are_deployments(language: str, text: str, agents: list[list[str]]) -> None:
    assert sorted(e["roles"]["agent"] for e in of_kind(text, language, "Deployment")) == agents


@pytest.mark.parametrize("language, text, agents", [
    ("en", "The troops are part of a NATO battlegroup in Estonia.", []),
    ("en", "Egypt had objected to Turkish troops being sent there in 2020.", [["TUR"]]),
])
def test_a_battlegroup_with_no_leader_deploys_nothing_and_owners_after_to_stay(
        language: str, text: str, agents: list[list[str]]) -> None:
    assert sorted(e["roles"]["agent"] for e in of_kind(text, language, "Deployment")) == agents


# --- A force raised to a new strength: more troops sent by its owner ---

@pytest.mark.parametrize("language, text, agent, modality", [
    ("en", "Norway will increase the number of its troops in Mali to 2,500.", "NOR", "future"),
    ("en", "Norway said on Tuesday that the number of Norwegian troops in Mali would be raised to about 2,500.", "NOR", "future"),
    ("en", "Germany has doubled its contingent in Lithuania to 1,000 soldiers.", "DEU", "asserted"),
    ("id", "Presiden Norwegia mengatakan jumlah tentara Norwegia di Mali akan ditingkatkan hingga sekitar 2.500 personel.", "NOR", "future"),
    ("id", "Norwegia akan meningkatkan jumlah tentaranya di Mali menjadi 2.500.", "NOR", "future"),
])
def test_forces_raised_to_a_new_strength_are_deployed(language: str, text: str, agent: str, modality: str) -> None:
    assert [(e["roles"]["agent"], e["modality"]) for e in of_kind(text, language, "Deployment")] == [([agent], modality)]


@pytest.mark.parametrize("language, text", [
    ("en", "The rebels increased attacks on government troops in the north to pressure the capital."),
    ("en", "The defence budget will be increased to 5 billion euros, the army said."),
    ("id", "Anggaran pertahanan akan ditingkatkan menjadi 5 miliar euro, kata tentara."),
])
def test_other_things_raised_deploy_nothing(language: str, text: str) -> None:
    assert of_kind(text, language, "Deployment") == []


# --- Aid given in an amount, aid told by its noun, and the receiver right after the verb ---

@pytest.mark.parametrize("language, text, agent, addressee", [
    ("en", "Norway and Georgia signed a deal under which Oslo will give its ally $2 billion in military assistance over ten years.", "NOR", "GEO"),
    ("en", "Norway has defended its weapons deliveries to Georgia.", "NOR", "GEO"),
    ("en", "Norway is giving Georgia more air defence systems.", "NOR", "GEO"),
    ("id", "Norwegia membela pengiriman senjatanya ke Georgia.", "NOR", "GEO"),
])
def test_aid_in_an_amount_by_its_noun_and_to_the_indirect_object(
        language: str, text: str, agent: str, addressee: str) -> None:
    found = of_kind(text, language, "MilitaryAid")
    assert [(e["roles"]["agent"], e["roles"].get("addressee")) for e in found] == [([agent], [addressee])]


@pytest.mark.parametrize("language, text", [
    ("en", "Under a 2013 deal, Norway agreed to give up its chemical arsenal."),
    ("en", "Norway, Georgia and Armenia signed a deal under which Oslo will give its allies $2 billion in military assistance."),
])
def test_arms_given_up_are_no_aid_and_an_ally_among_several_stays_unnamed(language: str, text: str) -> None:
    assert [e["roles"].get("addressee") for e in of_kind(text, language, "MilitaryAid")] in ([], [None])


# --- A deployment announced is its announcer's; one authorised by an organization is not the organization's ---

@pytest.mark.parametrize("language, text, agents", [
    ("en", "Norway announced the deployment of 300 soldiers to Lithuania.", [["NOR"]]),
    ("id", "Norwegia mengumumkan pengerahan 300 tentara ke Lituania.", [["NOR"]]),
    ("en", "The Security Council approved the deployment of an African force to Mali.", []),
    ("en", "The UN Security Council authorised the deployment of 2,000 Kenyan police to Haiti.", [["KEN"]]),
    ("id", "Dewan Keamanan PBB menyetujui pengerahan pasukan Afrika untuk membantu Mali.", []),
    ("en", "Earlier this month Turkey's parliament approved the deployment of troops to Libya.", [["TUR"]]),
    ("id", "Awal bulan ini, Parlemen Turki menyetujui pengiriman pasukan ke Libya.", [["TUR"]]),
])
def test_announced_deployments_and_those_authorised_by_others(language: str, text: str, agents: list[list[str]]) -> None:
    assert [e["roles"]["agent"] for e in of_kind(text, language, "Deployment")] == agents


# --- Verb forms of sending forces the rules lacked: each destination its own deployment ---

@pytest.mark.parametrize("language, text, agents", [
    ("en", "Norway will move 100 soldiers already based in Latvia to Estonia.", [["NOR"]]),
    ("en", "Norway is rushing troops to its northern border.", [["NOR"]]),
    ("en", "Norway sent its forces into the disputed zone in 2022.", [["NOR"]]),
    ("id", "Norwegia akan mengirimkan kontingen ke Lebanon.", [["NOR"]]),
])
def test_forces_moved_rushed_or_sent_are_deployed(language: str, text: str, agents: list[list[str]]) -> None:
    assert [e["roles"]["agent"] for e in of_kind(text, language, "Deployment")] == agents


@pytest.mark.parametrize("language, text", [
    ("en", "The move forces Oslo to choose between its allies."),
])
def test_a_move_that_forces_a_choice_deploys_nothing(language: str, text: str) -> None:
    assert of_kind(text, language, "Deployment") == []


# --- Requests told by the act that answers them, and asks to give arms or fire support ---

@pytest.mark.parametrize("language, text, requester, addressee", [
    ("en", "At Niger's request, Algeria flew 200 soldiers to Agadez.", "NER", "DZA"),
    ("en", "Algeria flew 200 soldiers to Agadez at the Nigerien government's request.", "NER", "DZA"),
    ("en", "Algeria flew 200 soldiers to Agadez after a request by the government of Niger.", "NER", "DZA"),
    ("en", "Algeria flew 200 soldiers to Agadez following Niamey's request for help.", "NER", "DZA"),
    ("id", "Atas permintaan pemerintah Niger, Aljazair menerbangkan 200 tentara ke Agadez.", "NER", "DZA"),
    ("id", "Aljazair menjawab permintaan resmi bantuan militer dari pemerintah Niger.", "NER", "DZA"),
    ("id", "Menurut Aljir, langkah itu menjawab permintaan resmi bantuan militer dari pemerintah Niger.", "NER", "DZA"),
])
def test_a_request_named_by_its_noun_asks_who_answered_it(language: str, text: str, requester: str, addressee: str) -> None:
    found = of_kind(text, language, "AidRequest")
    assert [(e["roles"]["requester"], e["roles"].get("addressee")) for e in found] == [([requester], [addressee])]


@pytest.mark.parametrize("language, text", [
    ("en", "At the request of the government of Niger, Algeria flew 200 soldiers to Agadez."),
    ("en", "At Niger's request, Algeria flew 200 soldiers to Agadez."),
    ("id", "Atas permintaan pemerintah Niger, Aljazair menerbangkan 200 tentara ke Agadez."),
])
def test_who_asked_for_forces_does_not_send_them(language: str, text: str) -> None:
    assert [e["roles"]["agent"] for e in of_kind(text, language, "Deployment")] == [["DZA"]]


@pytest.mark.parametrize("language, text, requester, addressee", [
    ("en", "Somalia asked Turkey to supply drones and artillery.", ["SOM"], ["TUR"]),
    ("en", "The Malian government asked Russia to carry out air strikes on the rebels.", ["MLI"], ["RUS"]),
    ("en", "Somalia asked Turkey to help secure the capital.", ["SOM"], ["TUR"]),
    ("en", "Somalia has repeatedly asked its partners to send more drones to Mogadishu.", ["SOM"], None),
    ("id", "Somalia meminta Turki memasok drone dan artileri.", ["SOM"], ["TUR"]),
    ("id", "Pemerintah Mali meminta Rusia melancarkan serangan udara terhadap pemberontak.", ["MLI"], ["RUS"]),
    ("id", "Somalia meminta Turki membantu mengamankan ibu kota.", ["SOM"], ["TUR"]),
    ("id", "Somalia berulang kali meminta mitra-mitranya mengirim lebih banyak drone ke Mogadishu.", ["SOM"], None),
])
def test_asking_a_state_to_give_arms_or_fire_is_a_request(
    language: str, text: str, requester: list[str], addressee: list[str] | None
) -> None:
    found = of_kind(text, language, "AidRequest")
    assert [(e["roles"]["requester"], e["roles"].get("addressee")) for e in found] == [(requester, addressee)]


@pytest.mark.parametrize("language, text", [
    ("en", "Egypt urged Sudan to stop firing missiles at the dam."),
    ("id", "Mesir meminta Sudan melakukan gencatan senjata."),
    ("id", "Mesir meminta Sudan mempertahankan gencatan senjata."),
])
def test_asking_to_stop_or_keep_a_truce_asks_no_help(language: str, text: str) -> None:
    assert of_kind(text, language, "AidRequest") == []


# --- Deployments told in the passive, with the agent after "by", and forces contributed ---

@pytest.mark.parametrize("language, text, agents", [
    ("en", "The Patriot battery was deployed by Germany to Rzeszow.", [["DEU"]]),
    ("en", "Two frigates were sent by Norway to the Baltic Sea.", [["NOR"]]),
    ("en", "Some 60 OSCE monitors sent to the border in May left in July.", [["OSCE"]]),
    ("id", "Baterai Patriot ditempatkan oleh Jerman di Rzeszow.", [["DEU"]]),
    ("id", "Pasukan Rwanda sudah mulai dikirim secara bertahap ke Mozambik.", [["RWA"]]),
])
def test_passive_deployments_are_deployed_by_the_agent_or_the_forces_owner(
    language: str, text: str, agents: list[list[str]]
) -> None:
    assert [e["roles"]["agent"] for e in of_kind(text, language, "Deployment")] == agents


@pytest.mark.parametrize("language, text", [
    ("en", "Ghana and Senegal are also contributing troops to the mission."),
    ("en", "Ghana and Senegal contributed 600 soldiers to the mission."),
    ("id", "Ghana dan Senegal juga menyumbangkan pasukan untuk misi itu."),
    ("id", "Ghana dan Senegal menyumbang 600 prajurit untuk misi tersebut."),
])
def test_states_contributing_troops_each_deploy(language: str, text: str) -> None:
    assert sorted(e["roles"]["agent"][0] for e in of_kind(text, language, "Deployment")) == ["GHA", "SEN"]


def test_a_ship_placed_in_disputed_waters_is_deployed() -> None:
    found = of_kind("Vietnam menempatkan kapal penjaga pantai di dekat Kepulauan Spratly.", "id", "Deployment")
    assert [e["roles"]["agent"] for e in found] == [["VNM"]]


def test_nobody_asks_themselves_for_forces() -> None:
    text = ("The first Nigerian soldiers landed in Banjul on Friday, a day after the government of the small "
            "nation asked Abuja and two other capitals to send security forces.")
    found = of_kind(text, "en", "AidRequest")
    assert found and all(e["roles"].get("requester", []) != ["NGA"] for e in found), found


@pytest.mark.parametrize("language, text, modality", [
    ("en", "Washington said it would immediately restore the security assistance it had suspended.", "future"),
    ("en", "Berlin resumed military aid to Kyiv on Tuesday.", "asserted"),
    ("id", "Washington mengatakan akan segera memulihkan bantuan keamanan yang sempat dihentikan.", "future"),
    ("id", "Berlin melanjutkan kembali bantuan militer ke Kyiv pada Selasa.", "asserted"),
])
def test_aid_restored_or_resumed_is_aid(language: str, text: str, modality: str) -> None:
    found = of_kind(text, language, "MilitaryAid")
    assert [e["modality"] for e in found] == [modality], found


@pytest.mark.parametrize("language, text", [
    ("en", "Kenya has for months asked for modern battle tanks from its partners to face the militants."),
    ("id", "Kenya telah berbulan-bulan meminta tank tempur modern dari mitra-mitranya untuk menghadapi milisi Somalia."),
])
def test_asking_for_arms_requests_them_and_the_foe_is_not_asked(language: str, text: str) -> None:
    found = of_kind(text, language, "AidRequest")
    assert [(e["roles"]["requester"], e["roles"].get("addressee")) for e in found] == [(["KEN"], None)]


def test_aid_in_a_reported_clause_is_given_by_its_reporter() -> None:
    text = "Kyiv accepted the plan, and Washington said it would immediately restore the military aid it had halted."
    assert [e["roles"]["agent"] for e in of_kind(text, "en", "MilitaryAid")] == [["USA"]]


def test_asking_a_state_to_help_another_does_not_ask_the_one_helped() -> None:
    found = of_kind("Armenia asked France to help Georgia.", "en", "AidRequest")
    assert [(e["roles"]["requester"], e["roles"].get("addressee")) for e in found] == [(["ARM"], ["FRA"])]


@pytest.mark.parametrize("language, text, deployed", [
    ("en", "Fighting between Thai and Cambodian troops on the border of the two countries entered its fourth day.", False),
    ("id", "Pertempuran antara pasukan Thailand dan Kamboja di perbatasan kedua negara memasuki hari keempat.", False),
    ("en", "Thai troops entered Cambodia on Thursday.", True),
    ("id", "Pasukan Thailand tiba di Kamboja pada hari Kamis.", True),
    ("id", "Pasukan Thailand tiba bulan lalu untuk melatih tentara Kamboja.", True),
])
def test_a_fight_entering_its_fourth_day_deploys_nobody(language: str, text: str, deployed: bool) -> None:
    assert bool(of_kind(text, language, "Deployment")) == deployed


# --- Arms sent: any verb of sending with arms as its object and a receiver is aid, forces sent are not ---

@pytest.mark.parametrize("language, text, agent, addressee", [
    ("en", "The Netherlands sent artillery rounds to Ukraine on Monday.", "NLD", "UKR"),
    ("en", "On Thursday, Canada rushed planeloads of ammunition and equipment to Amman.", "CAN", "JOR"),
    ("en", "Sweden shipped thousands of anti-tank weapons to Kyiv in January.", "SWE", "UKR"),
    ("en", "Norway is sending more air defence interceptors to Ukraine, the ministry said on Friday.", "NOR", "UKR"),
    ("id", "Belanda mengirimkan peluru artileri ke Ukraina pada Senin.", "NLD", "UKR"),
    ("id", "Rusia memasok amunisi dan peralatan militer kepada Mali pada Selasa.", "RUS", "MLI"),
    ("id", "Rusia telah menyerahkan sistem pertahanan udara jarak jauh yang mampu menjangkau ibu kota tetangga kepada Minsk pada Selasa.",
     "RUS", "BLR"),
])
def test_arms_sent_to_a_receiver_are_aid(language: str, text: str, agent: str, addressee: str) -> None:
    found = of_kind(text, language, "MilitaryAid")
    assert [(e["roles"].get("agent"), e["roles"].get("addressee")) for e in found] == [([agent], [addressee])], found


@pytest.mark.parametrize("language, text", [
    ("en", "France sent 500 troops and weapons to Chad on Tuesday."),
    ("en", "Russia sent dozens of drones to Kyiv overnight on Monday."),
    ("en", "Britain sent fighter jets to Estonia on Monday."),
    ("id", "Prancis mengirim 500 tentara dan senjata ke Chad pada Selasa."),
    ("id", "Tentara mengirim amunisi ke perbatasan pada Selasa."),
])
def test_forces_or_strikes_sent_or_arms_kept_at_home_are_no_aid(language: str, text: str) -> None:
    assert of_kind(text, language, "MilitaryAid") == []


# --- The noun of selling or handing over arms: the seller is glued to it or approves it ---

@pytest.mark.parametrize("language, text, agent, addressee", [
    ("en", "France formally approved the sale of 24 Rafale fighter jets to Greece on Tuesday.", "FRA", "GRC"),
    ("en", "Norway's delivery of armoured vehicles and ammunition to Ukraine began in March.", "NOR", "UKR"),
    ("id", "Prancis menyetujui penjualan 24 jet tempur Rafale kepada Yunani pada Selasa.", "FRA", "GRC"),
])
def test_a_sale_or_delivery_of_arms_is_aid_from_its_seller(language: str, text: str, agent: str, addressee: str) -> None:
    found = of_kind(text, language, "MilitaryAid")
    assert [(e["roles"].get("agent"), e["roles"].get("addressee")) for e in found] == [([agent], [addressee])], found


@pytest.mark.parametrize("language, text", [
    ("en", "Turkey condemned the sale of fighter jets to Greece on Monday."),
    ("en", "The delivery of food and medicine to Gaza resumed on Monday."),
])
def test_a_sale_condemned_by_others_or_a_delivery_of_no_arms_is_no_aid(language: str, text: str) -> None:
    assert of_kind(text, language, "MilitaryAid") == []


@pytest.mark.parametrize("language, text, agent, addressee", [
    ("id", "Rusia telah menyerahkan dua baterai sistem rudal jarak pendek berikut kendaraan pendukungnya kepada Yerevan pada Selasa.",
     "RUS", "ARM"),
    ("id", "Iran memasok sistem rudal balistik jarak menengah buatan dalam negeri yang baru kepada Venezuela pada Selasa.",
     "IRN", "VEN"),
])
def test_arms_handed_over_are_aid_however_long_their_name(language: str, text: str, agent: str, addressee: str) -> None:
    found = of_kind(text, language, "MilitaryAid")
    assert [(e["roles"].get("agent"), e["roles"].get("addressee")) for e in found] == [([agent], [addressee])], found


def test_weapons_handed_over_to_no_named_state_are_disarmament_not_aid() -> None:
    assert of_kind("Kelompok itu sepakat menyerahkan senjata berat kepada negara pada Selasa.", "id", "MilitaryAid") == []


# Session 13: who deploys when a body sends a state's forces; bombers and warships that arrive; where
# forces stay after a noun of sending, not after a force's own noun.

@pytest.mark.parametrize("language, text, agent", [
    ("en", "ASEAN agreed on Tuesday to send Malaysian monitors to the disputed border.", "MYS"),
    ("en", "The African Union will deploy Burundian troops to the capital next month.", "BDI"),
    ("id", "ASEAN sepakat mengirim pemantau Malaysia ke perbatasan yang disengketakan pada Selasa.", "MYS"),
    ("id", "Uni Afrika akan mengirim pasukan Burundi ke ibu kota bulan depan.", "BDI"),
    ("en", "The African Union will deploy troops to the capital next month.", "AU"),
    ("id", "Uni Afrika akan mengirim pasukan ke ibu kota bulan depan.", "AU"),
])
def test_a_body_sending_a_states_forces_leaves_the_deployment_to_that_state(language: str, text: str, agent: str) -> None:
    found = of_kind(text, language, "Deployment")
    assert [e["roles"].get("agent") for e in found] == [[agent]], found


@pytest.mark.parametrize("language, text, agent", [
    ("en", "Two Chinese strategic bombers landed in Myanmar on Thursday.", "CHN"),
    ("en", "Four Indian frigates arrived in Sri Lanka on Thursday.", "IND"),
    ("id", "Dua pesawat pembom strategis China mendarat di Myanmar pada Kamis.", "CHN"),
    ("id", "Empat kapal perang India tiba di Sri Lanka pada Kamis.", "IND"),
])
def test_bombers_and_warships_that_arrive_are_deployed_by_their_state(language: str, text: str, agent: str) -> None:
    found = of_kind(text, language, "Deployment")
    assert [e["roles"].get("agent") for e in found] == [[agent]], found


@pytest.mark.parametrize("language, text, place", [
    ("en", "The stationing of four Danish frigates in Estonia began on Thursday.", "EST"),
    ("en", "A panel chaired by Denmark, with the UN peacekeeping force in Cyprus taking part, will oversee the truce.", None),
    ("id", "Misi penjaga perdamaian PBB di Siprus tidak pernah diizinkan mengunjungi desa itu.", None),
])
def test_a_state_after_in_is_where_forces_stay_only_behind_a_noun_of_sending(language: str, text: str, place: str | None) -> None:
    found = of_kind(text, language, "Deployment")
    assert [e["roles"].get("location") for e in found] == ([[place]] if place else []), found


@pytest.mark.parametrize("language, text, agent, addressee", [
    ("en", "Parliament cleared the way for US military aid to Taiwan on Friday.", "USA", "TWN"),
    ("en", "Germany's military assistance to Moldova will continue next year.", "DEU", "MDA"),
    ("id", "Bantuan militer AS kepada Taiwan tertahan di parlemen sejak Maret.", "USA", "TWN"),
    ("id", "Bantuan militer tahunan Washington kepada Yordania mencapai 1,4 miliar dolar.", "USA", "JOR"),
])
def test_military_aid_told_by_its_noun_is_aid_from_its_owner(language: str, text: str, agent: str, addressee: str) -> None:
    found = of_kind(text, language, "MilitaryAid")
    assert [(e["roles"].get("agent"), e["roles"].get("addressee")) for e in found] == [([agent], [addressee])], found


@pytest.mark.parametrize("language, text", [
    ("en", "Moldova needs more military aid, its president said on Friday."),
    ("id", "Moldova membutuhkan lebih banyak bantuan militer, kata presidennya pada Jumat."),
])
def test_military_aid_named_without_giver_and_receiver_is_no_aid(language: str, text: str) -> None:
    assert of_kind(text, language, "MilitaryAid") == []


@pytest.mark.parametrize("text, agent, addressee", [
    ("Washington will send Amman more artillery shells next month.", "USA", "JOR"),
    ("Britain decided on Monday to send Moldova two rocket systems.", "GBR", "MDA"),
])
def test_arms_sent_to_a_receiver_named_first_are_aid(text: str, agent: str, addressee: str) -> None:
    found = of_kind(text, "en", "MilitaryAid")
    assert [(e["roles"].get("agent"), e["roles"].get("addressee")) for e in found] == [([agent], [addressee])], found


def test_arms_glued_to_their_owner_after_a_verb_of_sending_are_no_aid() -> None:
    assert of_kind("Russia sent Iranian drones into Odesa overnight.", "en", "MilitaryAid") == []


@pytest.mark.parametrize("language, text", [
    ("en", "Iraqi forces, backed by US-led coalition air strikes, retook the city on Monday."),
    ("en", "The army, whose offensive is backed by Russian air power, did not comment."),
    ("id", "Pasukan Irak, yang dibantu serangan udara koalisi pimpinan Amerika Serikat, merebut kota itu."),
])
def test_backing_told_in_passing_is_no_aid(language: str, text: str) -> None:
    assert of_kind(text, language, "MilitaryAid") == []


@pytest.mark.parametrize("language, text, agent", [
    ("en", "Jordan sent four F-16 fighter jets last week to help patrol the skies over the border.", "JOR"),
    ("en", "Italy dispatched two frigates to guard the strait on Monday.", "ITA"),
    ("id", "Yordania mengirim empat jet tempur F-16 pekan lalu untuk membantu berpatroli di langit perbatasan.", "JOR"),
    ("id", "Italia mengerahkan dua fregat untuk menjaga selat itu pada Senin.", "ITA"),
])
def test_forces_sent_to_patrol_or_guard_are_deployed_not_given(language: str, text: str, agent: str) -> None:
    assert [(e["kind"], e["roles"].get("agent")) for e in events_of(text, language)
            if e["kind"] in ("Deployment", "MilitaryAid")] == [("Deployment", [agent])]


# A verb of giving whose object is no thing of war gives no aid, though its clause names arms: every verb of
# giving, with orders, approval, a green light or details, both languages.
EN_GIVING_VERBS = ["gave", "gives", "will give", "provided", "has provided", "delivered"]
EN_NOT_GIVEN = ["the order", "the green light", "its approval", "details", "a warning", "a speech"]
ID_GIVING_VERBS = ["memberi", "memberikan", "akan memberikan", "menyampaikan", "telah memberikan", "menyerahkan"]
ID_NOT_GIVEN = ["perintah", "lampu hijau", "persetujuan", "rincian", "peringatan", "pidato"]


@pytest.mark.parametrize("language, text", [
    *[("en", f"The plan involves missiles and drones, and it can go ahead once the Norwegian president {verb} {thing}.")
      for verb, thing in zip(EN_GIVING_VERBS, EN_NOT_GIVEN)],
    *[("id", f"Rencana itu melibatkan rudal dan drone, dan bisa dijalankan setelah Presiden Norwegia {verb} {thing}.")
      for verb, thing in zip(ID_GIVING_VERBS, ID_NOT_GIVEN)],
])
def test_a_verb_of_giving_that_gives_no_arms_is_no_aid(language: str, text: str) -> None:
    assert of_kind(text, language, "MilitaryAid") == []


@pytest.mark.parametrize("language, text", [
    ("en", "Norway gave Ukraine 14 tanks on Monday."),
    ("en", "Norway provided artillery shells to Ukraine on Monday."),
    ("id", "Norwegia memberikan 14 tank kepada Ukraina pada Senin."),
])
def test_a_verb_of_giving_with_arms_as_its_object_stays_aid(language: str, text: str) -> None:
    assert [e["roles"].get("agent") for e in of_kind(text, language, "MilitaryAid")] == [["NOR"]]

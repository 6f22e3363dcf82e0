"""Trigger vocabulary journalists use for each event type, in English and
Indonesian: one sentence (written for these tests) per trigger family,
checking the event type and its sides through the real pipeline."""
from __future__ import annotations

import pytest

from test_events import events_of

SIDE_ROLES = ("participant", "agent", "requester", "addressee", "organization")


def sides(event: dict) -> set[str]:
    """The event's actors in side roles, persons left out (their states stand for them)."""
    return {value for role in SIDE_ROLES for value in event["roles"].get(role, []) if value.isupper()}


def found(text: str, language: str, kind: str) -> list[dict]:
    return [event for event in events_of(text, language) if event["kind"] == kind]


@pytest.mark.parametrize("language, text, expected", [
    # bombardment verbs, active and passive
    ("en", "Russian forces bombarded Kharkiv on Monday.", {"RUS", "UKR"}),
    ("en", "Israeli jets pummelled Gaza on Monday.", {"ISR", "PSE"}),
    ("id", "Pasukan Rusia membombardir Kharkiv pada Senin.", {"RUS", "UKR"}),
    ("id", "Pasukan Rusia diserbu oleh tentara Ukraina di dekat Bakhmut pada Senin.", {"RUS", "UKR"}),
    ("id", "Hizbullah menghujani Israel dengan roket pada Senin.", {"HEZBOLLAH", "ISR"}),
    ("id", "Konvoi Turki disergap militan PKK di Hakkari pada Senin.", {"PKK", "TUR"}),
    ("id", "Patroli India dihadang tentara China di Ladakh pada Senin.", {"CHN", "IND"}),
    ("id", "Militer Israel menyasar posisi Hizbullah di Lebanon pada Senin.", {"HEZBOLLAH", "ISR"}),
    # assaults, sieges and attacks beaten back
    ("en", "Russian troops assaulted Ukrainian positions near Bakhmut on Monday.", {"RUS", "UKR"}),
    ("en", "Russian forces laid siege to Mariupol in March 2022.", {"RUS", "UKR"}),
    ("en", "Ukrainian troops repelled a Russian assault near Bakhmut on Monday.", {"RUS", "UKR"}),
    ("id", "Tentara Ukraina memukul mundur serangan Rusia di dekat Bakhmut pada Senin.", {"RUS", "UKR"}),
    ("id", "Pasukan Rusia dipukul mundur oleh tentara Ukraina di dekat Bakhmut pada Senin.", {"RUS", "UKR"}),
    # shooting and raining fire on a target
    ("en", "Pakistani soldiers shot at Indian posts in Kashmir on Monday.", {"IND", "PAK"}),
    ("en", "Russia rained missiles on Kyiv on Monday.", {"RUS", "UKR"}),
    ("en", "Saudi warplanes strafed Houthi positions in Yemen on Monday.", {"HOUTHIS", "SAU"}),
    # taking a town from the other side
    ("en", "Ukrainian forces liberated Kherson from Russian troops in November 2022.", {"RUS", "UKR"}),
    ("en", "Russian forces gained control of Bakhmut from Ukrainian forces in May 2023.", {"RUS", "UKR"}),
    ("id", "Pemberontak M23 menguasai kota Goma dari tentara Kongo pada Senin.", {"COD", "M23"}),
    # fight nouns
    ("en", "A gunfight between Colombian troops and ELN rebels killed five on Monday.", {"COL", "ELN"}),
    ("en", "Cross-border fire between India and Pakistan killed two on Monday.", {"IND", "PAK"}),
    ("en", "An armed confrontation between Thai and Cambodian troops took place on Monday.", {"KHM", "THA"}),
    ("en", "Ukraine's counteroffensive against Russia began in June 2023.", {"RUS", "UKR"}),
    ("id", "Serangan balasan Ukraina terhadap Rusia dimulai pada Juni 2023.", {"RUS", "UKR"}),
    ("id", "Bombardemen Rusia atas Kyiv berlanjut pada Senin.", {"RUS", "UKR"}),
    ("id", "Konfrontasi bersenjata antara tentara Thailand dan Kamboja terjadi pada Senin.", {"KHM", "THA"}),
    # exchanges of fire named by Indonesian compounds
    ("id", "TNI terlibat kontak senjata dengan OPM di Papua pada Senin.", {"IDN", "OPM"}),
    ("id", "Tentara India dan Pakistan terlibat tembak-menembak di Kashmir pada Senin.", {"IND", "PAK"}),
    ("id", "Terjadi kontak tembak antara TNI dan OPM di Papua pada Senin.", {"IDN", "OPM"}),
])
def test_fight_vocabulary(language, text, expected):
    fights = found(text, language, "ArmedClash")
    assert [sides(event) for event in fights] == [expected], events_of(text, language)


@pytest.mark.parametrize("language, text", [
    ("en", "Negotiators hammered out a deal in Doha on Monday."),
    ("en", "The police seized assault rifles in Lagos on Monday."),
    ("id", "Prabowo menduduki jabatan Menteri Pertahanan sejak 2019."),
    ("id", "China menggelar latihan militer besar-besaran yang mengepung Taiwan pada Kamis."),
])
def test_words_that_only_look_like_fights(language, text):
    assert found(text, language, "ArmedClash") == []


@pytest.mark.parametrize("language, text, agent", [
    ("en", "Russia massed troops on the border with Ukraine in March 2021.", "RUS"),
    ("en", "France airlifted 300 soldiers to Chad on Monday.", "FRA"),
    ("en", "Some 500 Russian military instructors arrived in Mali on Monday.", "RUS"),
    ("en", "Turkish reinforcements arrived in Idlib on Monday.", "TUR"),
    ("en", "Chad mobilised 1,000 troops to fight Boko Haram in Niger on Monday.", "TCD"),
    ("en", "A Russian military buildup in Crimea began in November 2021.", "RUS"),
    ("en", "Pakistan beefed up its troop presence along the Line of Control on Monday.", "PAK"),
    ("id", "Rusia menumpuk pasukan di perbatasan Ukraina pada Maret 2021.", "RUS"),
    ("id", "Turki mengirim bala bantuan ke Idlib pada Senin.", "TUR"),
    ("id", "Sekitar 500 instruktur militer Rusia tiba di Mali pada Senin.", "RUS"),
    ("id", "India menyiagakan pasukan di perbatasan dengan China pada Senin.", "IND"),
    ("id", "Kenya memberangkatkan 400 polisi ke Haiti pada Senin.", "KEN"),
    ("id", "NATO mengecam pengerahan pasukan Rusia di Krimea pada November 2021.", "RUS"),
    ("id", "Penumpukan pasukan Rusia di Krimea berlanjut pada Senin.", "RUS"),
])
def test_deployment_vocabulary(language, text, agent):
    deployments = found(text, language, "Deployment")
    assert [event["roles"].get("agent") for event in deployments] == [[agent]], events_of(text, language)


def test_aid_sent_is_no_deployment():
    assert found("Pengiriman bantuan kemanusiaan ke Gaza dimulai pada Senin.", "id", "Deployment") == []


@pytest.mark.parametrize("language, text, kind, expected", [
    ("en", "Putin sat down with Erdogan in Sochi on Monday.", "Talks", {"RUS", "TUR"}),
    ("en", "Blinken conferred with Wang Yi in Beijing on Monday.", "Talks", {"CHN", "USA"}),
    ("en", "Lavrov and Blinken held discussions in Geneva on Monday.", "Talks", {"RUS", "USA"}),
    ("id", "Presiden Rusia Vladimir Putin menemui Presiden Turki Recep Tayyip Erdogan di Sochi pada Senin.", "Talks", {"RUS", "TUR"}),
    ("id", "Menlu Rusia Sergei Lavrov bertatap muka dengan Menlu AS Antony Blinken di Jenewa pada Senin.", "Talks", {"RUS", "USA"}),
    ("id", "Lavrov berbincang dengan Blinken di Jenewa pada Senin.", "Talks", {"RUS", "USA"}),
    ("id", "Ruto melakukan kunjungan kenegaraan ke China pada Senin.", "Talks", {"CHN", "KEN"}),
    ("en", "Putin and Biden held a video call on Monday.", "PhoneCall", {"RUS", "USA"}),
    ("en", "Biden rang Zelensky on Monday.", "PhoneCall", {"UKR", "USA"}),
    ("id", "Biden menelpon Zelensky pada Senin.", "PhoneCall", {"UKR", "USA"}),
    ("id", "Biden berbicara dengan Zelensky melalui sambungan telepon pada Senin.", "PhoneCall", {"UKR", "USA"}),
    ("id", "Putin dan Biden melakukan panggilan video pada Senin.", "PhoneCall", {"RUS", "USA"}),
])
def test_talks_vocabulary(language, text, kind, expected):
    talks = found(text, language, kind)
    assert [sides(event) for event in talks] == [expected], events_of(text, language)


@pytest.mark.parametrize("language, text, mediator, parties", [
    ("en", "Turkey acted as an intermediary between Russia and Ukraine in 2022.", "TUR", ["RUS", "UKR"]),
    ("en", "The United States mediated talks between Armenia and Azerbaijan on Monday.", "USA", ["ARM", "AZE"]),
    ("id", "Turki menjadi perantara antara Rusia dan Ukraina pada 2022.", "TUR", ["RUS", "UKR"]),
])
def test_mediation_vocabulary(language, text, mediator, parties):
    events = events_of(text, language)
    assert [(e["kind"], e["roles"].get("mediator"), e["roles"].get("participant")) for e in events] == [
        ("Mediation", [mediator], parties)]


def test_talks_mediated_by_a_third_party_are_one_event():
    """"mediated by" names the talks' mediator; it tells no mediation besides them."""
    text = "Somalia and Kenya agreed on Monday to end their dispute after talks in Nairobi mediated by Uganda."
    assert [e["kind"] for e in events_of(text, "en")] == ["Talks"]


@pytest.mark.parametrize("language, text, expected", [
    ("en", "Iran threatened to destroy Israel on Monday.", {"IRN", "ISR"}),
    ("en", "North Korea threatened a nuclear strike against South Korea on Monday.", {"KOR", "PRK"}),
    ("en", "Iran vowed revenge against Israel on Monday.", {"IRN", "ISR"}),
    ("id", "Iran mengancam akan menghancurkan Israel pada Senin.", {"IRN", "ISR"}),
    ("id", "Venezuela mengancam akan mencaplok Essequibo dari Guyana pada Senin.", {"GUY", "VEN"}),
    ("id", "Iran bersumpah membalas Israel pada Senin.", {"IRN", "ISR"}),
])
def test_threat_vocabulary(language, text, expected):
    events = events_of(text, language)
    assert [(e["kind"], sides(e)) for e in events] == [("ThreatOfForce", expected)]


@pytest.mark.parametrize("language, text, giver, receiver", [
    ("en", "Iran supplied drones to Russia in 2022.", "IRN", "RUS"),
    ("en", "Germany pledged tanks to Ukraine on Monday.", "DEU", "UKR"),
    ("en", "Iran has been arming the Houthis for years.", "IRN", "HOUTHIS"),
    ("en", "France sold Rafale jets to India in 2016.", "FRA", "IND"),
    ("id", "Iran memasok drone kepada Rusia pada 2022.", "IRN", "RUS"),
    ("id", "Iran mempersenjatai Houthi selama bertahun-tahun.", "IRN", "HOUTHIS"),
    ("id", "Rusia menghibahkan 20 tank kepada Serbia pada Senin.", "RUS", "SRB"),
    ("id", "Prancis menjual jet tempur Rafale kepada India pada 2016.", "FRA", "IND"),
])
def test_military_aid_vocabulary(language, text, giver, receiver):
    aid = found(text, language, "MilitaryAid")
    assert [(e["roles"].get("agent"), e["roles"].get("addressee")) for e in aid] == [([giver], [receiver])]


@pytest.mark.parametrize("language, text, requester, addressee", [
    ("en", "Mali begged Russia for military support on Monday.", "MLI", "RUS"),
    ("id", "Mali meminta pertolongan Rusia pada Senin.", "MLI", "RUS"),
    ("id", "Polandia mengaktifkan Pasal 4 NATO pada Senin.", "POL", "NATO"),
])
def test_aid_request_vocabulary(language, text, requester, addressee):
    requests = found(text, language, "AidRequest")
    assert [(e["roles"].get("requester"), e["roles"].get("addressee")) for e in requests] == [([requester], [addressee])]


@pytest.mark.parametrize("language, text, kind, expected", [
    ("en", "Ethiopia and Somalia sealed a deal in Ankara on Monday.", "TreatySigning", {"ETH", "SOM"}),
    ("en", "Russia and North Korea concluded a defence pact in June 2024.", "TreatySigning", {"PRK", "RUS"}),
    ("en", "Israel and Hezbollah agreed to stop fighting on Monday.", "Ceasefire", {"HEZBOLLAH", "ISR"}),
    ("id", "Israel dan Hizbullah sepakat berhenti berperang pada Senin.", "Ceasefire", {"HEZBOLLAH", "ISR"}),
    ("en", "Sweden became NATO's 32nd member in March 2024.", "Accession", {"NATO", "SWE"}),
    ("en", "Burkina Faso is pulling out of ECOWAS.", "Withdrawal", {"BFA", "ECOWAS"}),
])
def test_agreement_and_membership_vocabulary(language, text, kind, expected):
    events = events_of(text, language)
    assert [(e["kind"], sides(e)) for e in events] == [(kind, expected)]


@pytest.mark.parametrize("language, text", [
    ("en", "Israel and the UAE struck a deal in August 2020."),
    ("en", "The two foreign ministers initialled the text, but it was not signed."),
    ("en", "The council asked the commission to study the consequences of any military intervention."),
])
def test_phrases_that_tell_no_fight_signing_or_request(language, text):
    kinds = {e["kind"] for e in events_of(text, language)}
    assert not kinds & {"ArmedClash", "TreatySigning", "AidRequest"}


@pytest.mark.parametrize("language, text, kind, expected", [
    ("en", "The insurgency in Mali has lasted since 2012.", "War", {"MLI"}),
    ("id", "Pemberontakan kelompok militan di Mali telah berlangsung sejak 2012.", "War", {"MLI"}),
    ("en", "Landmine blasts maimed two Indian soldiers in Kashmir on Monday.", "ArmedClash", {"IND"}),
    ("en", "Pakistani troops fired mortars across the Line of Control towards India on Monday.", "ArmedClash", {"IND", "PAK"}),
    ("en", "France stations about 1,500 soldiers in Djibouti.", "Deployment", {"FRA"}),
    ("en", "Britain keeps two military bases at Akrotiri and Dhekelia.", "Deployment", {"GBR"}),
    ("en", "The United States provided logistical support to Saudi Arabia.", "MilitaryAid", {"SAU", "USA"}),
    ("id", "Amerika Serikat memberikan dukungan logistik dan intelijen kepada Arab Saudi.", "MilitaryAid", {"SAU", "USA"}),
])
def test_insurgency_blast_garrison_and_support_vocabulary(language, text, kind, expected):
    events = found(text, language, kind)
    assert [sides(e) for e in events] == [expected], events_of(text, language)


def test_a_plea_for_military_intervention_is_an_aid_request():
    requests = found("Presiden Yaman meminta negara-negara Teluk melakukan intervensi militer.", "id", "AidRequest")
    assert [e["roles"].get("requester") for e in requests] == [["YEM"]]


@pytest.mark.parametrize("language, text, kind, expected", [
    ("en", "Russian missiles hit Kherson port on Saturday.", "ArmedClash", {"RUS", "UKR"}),
    ("en", "Russian drones struck Kyiv on Saturday.", "ArmedClash", {"RUS", "UKR"}),
    ("en", "Up to 3,000 Ugandan troops were operating in Ituri alongside Congolese forces.", "Deployment", {"UGA"}),
    ("id", "Sekitar 3.000 tentara Uganda beroperasi di Ituri.", "Deployment", {"UGA"}),
    ("en", "China has moved warplanes, tanks and marines to an air base near Xiamen.", "Deployment", {"CHN"}),
    ("en", "Blinken raised Washington's concerns with Wang Yi in Beijing on Monday.", "Talks", {"CHN", "USA"}),
])
def test_weapons_hitting_forces_operating_and_concerns_raised(language, text, kind, expected):
    events = found(text, language, kind)
    assert [sides(e) for e in events] == [expected], events_of(text, language)


def test_a_stronghold_taken_is_a_fight_there():
    fights = found("Syrian troops took the rebel stronghold of Aleppo in December 2016.", "en", "ArmedClash")
    assert [e["roles"].get("location") for e in fights] == [["aleppo"]], fights


@pytest.mark.parametrize("language, text, kind, expected", [
    ("en", "Israel and Hamas agreed to a halt to the fighting on Monday.", "Ceasefire", {"HAMAS", "ISR"}),
    ("en", "Armenia and Azerbaijan signed the long-awaited peace deal in Washington on Monday.", "TreatySigning", {"ARM", "AZE"}),
    ("id", "Armenia dan Azerbaijan membubuhkan tanda tangan pada perjanjian damai di Washington pada Senin.", "TreatySigning", {"ARM", "AZE"}),
])
def test_halt_and_signature_vocabulary(language, text, kind, expected):
    events = found(text, language, kind)
    assert [sides(e) for e in events] == [expected], events_of(text, language)


def test_signing_a_document_about_a_deal_is_no_signing_of_the_deal():
    text = "Amerika Serikat dan Mesir menandatangani dokumen yang mendukung kesepakatan tersebut."
    assert found(text, "id", "TreatySigning") == []


@pytest.mark.parametrize("language, text, expected", [
    ("en", "The US-led coalition began an air campaign against ISIS in August 2014.", {"ISIS", "USA"}),
    ("en", "Indian and Pakistani troops exchanged gunfire in Kashmir on Monday.", {"IND", "PAK"}),
    ("en", "Thai soldiers skirmished with Cambodian troops on Monday.", {"KHM", "THA"}),
    ("id", "Tentara India dan Pakistan berbaku tembak di Kashmir pada Senin.", {"IND", "PAK"}),
    ("id", "Tentara India dan Pakistan saling bertukar tembakan di Kashmir pada Senin.", {"IND", "PAK"}),
    ("id", "Turki melancarkan operasi udara terhadap PKK di Irak pada Minggu.", {"PKK", "TUR"}),
])
def test_campaign_and_exchange_of_fire_vocabulary(language, text, expected):
    fights = found(text, language, "ArmedClash")
    assert [sides(e) for e in fights] == [expected], events_of(text, language)


# Attacks told with verbs of seizing people and ships and of opening fire, in every tense;
# the Indonesian me-/di- pairs name the attacker after a passive. Setting fire and blowing
# up stay out: rioters and saboteurs do them too.
@pytest.mark.parametrize("language, text, expected", [
    ("en", "Somali troops open fire on al-Shabaab positions near Kismayo every night.", {"ALSHABAAB", "SOM"}),
    ("en", "Turkish soldiers were opening fire on PKK fighters near Hakkari on Monday.", {"PKK", "TUR"}),
    ("en", "Hezbollah kept firing rockets towards Israel on Monday.", {"HEZBOLLAH", "ISR"}),
    ("en", "Russian drones slammed into Odesa overnight.", {"RUS", "UKR"}),
    ("en", "Israeli aircraft are pounding Gaza.", {"ISR", "PSE"}),
    ("en", "Al-Shabaab militants abducted six Kenyan police officers near Garissa on Monday.", {"ALSHABAAB", "KEN"}),
    ("en", "Six aid workers were kidnapped by al-Shabaab near Garissa on Monday.", {"ALSHABAAB"}),
    ("en", "Houthi fighters hijacked a tanker in the Red Sea on Monday.", {"HOUTHIS"}),
    ("en", "Al-Shabaab fighters took eight Kenyan soldiers hostage near Garissa on Monday.", {"ALSHABAAB", "KEN"}),
    ("en", "The kidnapping of six aid workers by al-Shabaab angered aid groups.", {"ALSHABAAB"}),
    ("id", "Kelompok Abu Sayyaf menculik tujuh pelaut Indonesia di perairan Sulu pada Senin.", {"ABU_SAYYAF", "IDN"}),
    ("id", "Tujuh pelaut Indonesia diculik kelompok Abu Sayyaf di perairan Sulu pada Senin.", {"ABU_SAYYAF", "IDN"}),
    ("id", "Militan Al-Shabaab menyandera delapan tentara Kenya di dekat Garissa pada Senin.", {"ALSHABAAB", "KEN"}),
    ("id", "Milisi Houthi membajak sebuah kapal tanker Inggris di Laut Merah pada Senin.", {"GBR", "HOUTHIS"}),
    ("id", "Pasukan Israel mengepung kota Rafah pada Senin.", {"ISR", "PSE"}),
    ("id", "Israel melancarkan serangan udara besar-besaran ke Gaza pada Senin.", {"ISR", "PSE"}),
    ("id", "Militan JNIM membakar sebuah pos tentara Mali pada Senin.", {"JNIM", "MLI"}),
])
def test_seizing_and_opening_fire_vocabulary(language, text, expected):
    assert any(sides(event) == expected for event in found(text, language, "ArmedClash")), events_of(text, language)


@pytest.mark.parametrize("language, text", [
    ("en", "Protesters set fire to tyres outside parliament in Nairobi on Monday."),
    ("en", "A cargo plane crashed into a hillside near Kabul on Monday."),
    ("en", "Jailed Palestinian inmates rioted on Monday, setting fire to their bedding."),
    ("en", "Afghan insurgents blew up two power lines leading into Kabul on Monday."),
    ("id", "Para demonstran mengepung gedung parlemen di Jakarta pada Senin."),
])
def test_arson_sabotage_crashes_and_crowds_are_no_fight(language, text):
    assert not found(text, language, "ArmedClash"), events_of(text, language)


# Forces sent in every form of the verb with units other than troops, ordered to a place, or
# warships sailing to a sea; talks 'holding' in a participle clause.
@pytest.mark.parametrize("language, text, kind, expected", [
    ("en", "Kenya's president went further, sending two tank battalions towards the Somali border.", "Deployment", {"KEN"}),
    ("en", "Britain sent commandos to protect merchant ships on Monday.", "Deployment", {"GBR"}),
    ("en", "Kenyan President William Ruto ordered troops to the Somali border on Monday.", "Deployment", {"KEN"}),
    ("en", "Two Chinese warships sailed to the Gulf of Aden on Monday.", "Deployment", {"CHN"}),
    ("en", "Blinken flew to Ankara, holding talks with Turkish President Erdogan on Monday.", "Talks", {"TUR", "USA"}),
    ("id", "Presiden Rusia memerintahkan pasukan ke perbatasan Ukraina pada Senin.", "Deployment", {"RUS"}),
    ("id", "Presiden Kenya memerintahkan ribuan tentara ke perbatasan Somalia pada Senin.", "Deployment", {"KEN"}),
    ("id", "Kapal induk AS berlayar ke Laut Kuning pada Senin.", "Deployment", {"USA"}),
])
def test_sending_units_ordering_troops_sailing_and_holding_talks(language, text, kind, expected):
    assert any(sides(event) == expected for event in found(text, language, kind)), events_of(text, language)


def test_troops_ordered_to_withdraw_are_no_deployment():
    text = "Kenya's president ordered troops to withdraw from the Somali border on Monday."
    assert not found(text, "en", "Deployment"), events_of(text, "en")


# Operations waged against a named enemy by the clause's subject; joining operations that
# others ask for is no fight yet.
@pytest.mark.parametrize("language, text, expected", [
    ("en", "Since May, Kenyan and Somali forces have conducted joint operations against al-Shabaab in Jubaland.", {"ALSHABAAB", "KEN", "SOM"}),
    ("en", "The Nigerian army stepped up operations against Boko Haram in Borno on Monday.", {"BOKOHARAM", "NGA"}),
    ("id", "Sejak Mei, pasukan Kenya dan Somalia menggelar operasi gabungan melawan Al-Shabaab di Jubaland.", {"ALSHABAAB", "KEN", "SOM"}),
    ("id", "Tentara Nigeria melancarkan operasi terhadap Boko Haram di Borno pada Senin.", {"BOKOHARAM", "NGA"}),
])
def test_operations_against_an_enemy_vocabulary(language, text, expected):
    assert any(sides(event) == expected for event in found(text, language, "ArmedClash")), events_of(text, language)


def test_a_request_to_join_operations_is_no_fight():
    text = "Kenya's parliament rejected a request that Nairobi join operations against the Houthis."
    assert not found(text, "en", "ArmedClash"), events_of(text, "en")


# Arms handed to a state in a passive, and deliveries of named munitions by a noun; rebels
# handing over their weapons to a mission disarm and give no aid.
@pytest.mark.parametrize("language, text, giver, receiver", [
    ("en", "France's defence minister said six howitzers would be handed to Ukraine next week.", "FRA", "UKR"),
    ("id", "Pada Mei, Washington mempercepat pengiriman rudal pencegat ke Ukraina.", "USA", "UKR"),
    ("id", "Jerman memulai pengiriman amunisi artileri ke Ukraina pada Juni.", "DEU", "UKR"),
])
def test_arms_handed_and_munitions_delivered_vocabulary(language, text, giver, receiver):
    aid = found(text, language, "MilitaryAid")
    assert any(e["roles"].get("agent") == [giver] and e["roles"].get("addressee") == [receiver] for e in aid), events_of(text, language)


def test_rebels_handing_over_weapons_to_a_mission_give_no_aid():
    text = "Under the accord, the ELN rebels are to hand over their rifles to a United Nations mission."
    assert not found(text, "en", "MilitaryAid"), events_of(text, "en")


# Ships sunk by an enemy; a ship that sinks on its own is no fight.
@pytest.mark.parametrize("language, text, expected", [
    ("en", "Ukrainian sea drones sank a Russian landing ship off Crimea on Tuesday.", {"RUS", "UKR"}),
    ("en", "A Russian warship was sunk by Ukrainian drones in the Black Sea on Tuesday.", {"RUS", "UKR"}),
    ("en", "A North Korean submarine torpedoed a South Korean corvette on 26 March.", {"KOR", "PRK"}),
    ("id", "Drone laut Ukraina menenggelamkan kapal pendarat Rusia di lepas pantai Krimea pada Selasa.", {"RUS", "UKR"}),
    ("id", "Kapal patroli Rusia ditenggelamkan drone Ukraina di Laut Hitam pada Selasa.", {"RUS", "UKR"}),
])
def test_ships_sunk_by_an_enemy_vocabulary(language, text, expected):
    assert any(sides(event) == expected for event in found(text, language, "ArmedClash")), events_of(text, language)


@pytest.mark.parametrize("language, text", [
    ("en", "A Russian cargo ship sank in a storm off Crimea on Tuesday."),
    ("id", "Kapal kargo Rusia tenggelam dalam badai di lepas pantai Krimea pada Selasa."),
])
def test_a_ship_sinking_on_its_own_is_no_fight(language, text):
    assert not found(text, language, "ArmedClash"), events_of(text, language)


# Soldiers of two sides fighting without firearms; police scuffling with protesters stay out.
@pytest.mark.parametrize("language, text, expected", [
    ("en", "Indian and Chinese soldiers came to blows in Sikkim in May.", {"CHN", "IND"}),
    ("en", "Armenian and Azerbaijani border guards scuffled and threw stones at each other near Tegh on Monday.", {"ARM", "AZE"}),
    ("id", "Tentara India dan China terlibat perkelahian di Sikkim pada Mei.", {"CHN", "IND"}),
    ("id", "Penjaga perbatasan Armenia dan Azerbaijan saling lempar batu di dekat Tegh pada Senin.", {"ARM", "AZE"}),
])
def test_fights_without_firearms_vocabulary(language, text, expected):
    assert any(sides(event) == expected for event in found(text, language, "ArmedClash")), events_of(text, language)


@pytest.mark.parametrize("language, text", [
    ("en", "Georgian police scuffled with protesters outside parliament in Tbilisi on Monday."),
    ("id", "Polisi Georgia terlibat adu fisik dengan demonstran di depan gedung parlemen di Tbilisi pada Senin."),
    ("en", "Thai and Cambodian fans brawled outside the stadium in Phnom Penh on Sunday."),
    ("id", "Suporter Indonesia dan Malaysia terlibat perkelahian di luar stadion Bukit Jalil pada Minggu."),
])
def test_police_scuffling_with_protesters_or_fans_brawling_is_no_fight(language, text):
    assert not found(text, language, "ArmedClash"), events_of(text, language)


# Battles and wars of courts, prices, tariffs and drugs are no fights.
@pytest.mark.parametrize("language, text", [
    ("en", "Ukraine's legal battles with Russia at the International Court of Justice continued on Monday."),
    ("en", "The price war between Chinese and Japanese carmakers deepened on Monday."),
    ("id", "Perang tarif antara Amerika Serikat dan China memanas pada Senin."),
    ("id", "Filipina melancarkan perang melawan narkoba sejak 2016."),
])
def test_battles_and_wars_of_courts_prices_and_drugs_are_no_fights(language, text):
    assert not [e for e in events_of(text, language) if e["kind"] in ("ArmedClash", "War")], events_of(text, language)


@pytest.mark.parametrize("language, text, expected", [
    ("en", "Russian missiles set fire to a power plant in Kharkiv on Monday.", {"RUS", "UKR"}),
    ("en", "Israeli drones set ablaze a Hezbollah depot in Lebanon on Monday.", {"HEZBOLLAH", "ISR"}),
    ("id", "Rudal Rusia membakar pembangkit listrik di Kharkiv pada Senin.", {"RUS", "UKR"}),
    ("id", "Drone Israel membakar gudang Hizbullah di Lebanon pada Senin.", {"HEZBOLLAH", "ISR"}),
])
def test_arms_that_set_a_site_ablaze_struck_it(language, text, expected):
    fights = found(text, language, "ArmedClash")
    assert [sides(event) for event in fights] == [expected], events_of(text, language)


@pytest.mark.parametrize("language, text", [
    ("en", "Protesters set fire to tyres in Kharkiv on Monday."),
    ("id", "Warga membakar sampah di Kharkiv pada Senin."),
])
def test_a_fire_set_without_arms_is_no_fight(language, text):
    assert found(text, language, "ArmedClash") == []


@pytest.mark.parametrize("language, text", [
    ("en", "Kenya recalled its envoy after protesters stormed its embassy in Kampala in March."),
    ("en", "Rioters stormed the Peruvian embassy in La Paz on Monday."),
    ("id", "Ratusan pengunjuk rasa menyerbu kedutaan besar Kenya di Kampala pada Maret."),
    ("id", "Demonstran menyerang kedutaan besar Peru di La Paz pada Senin."),
])
def test_protesters_storming_a_building_is_no_fight(language, text):
    assert found(text, language, "ArmedClash") == []


@pytest.mark.parametrize("language, text, expected", [
    ("en", "Ugandan troops stormed the Kenyan embassy in Kampala in March.", {"KEN", "UGA"}),
    ("id", "Pasukan Uganda menyerbu kedutaan besar Kenya di Kampala pada Maret.", {"KEN", "UGA"}),
])
def test_troops_storming_a_building_still_fight(language, text, expected):
    assert [sides(event) for event in found(text, language, "ArmedClash")] == [expected]


@pytest.mark.parametrize("language, text, expected", [
    ("en", "Two Indian soldiers were captured by Chinese troops in Ladakh in May.", {"CHN", "IND"}),
    ("en", "Hezbollah fighters captured two Israeli soldiers near the border in July.", {"HEZBOLLAH", "ISR"}),
    ("id", "Dua tentara India ditangkap pasukan China di Ladakh pada Mei.", {"CHN", "IND"}),
    ("id", "Pejuang Hizbullah menawan dua tentara Israel di dekat perbatasan pada Juli.", {"HEZBOLLAH", "ISR"}),
])
def test_soldiers_taken_by_the_other_side_are_a_fight(language, text, expected):
    assert [sides(event) for event in found(text, language, "ArmedClash")] == [expected], events_of(text, language)


@pytest.mark.parametrize("language, text", [
    ("id", "Dua warga India ditangkap polisi China di Beijing pada Mei."),
    ("id", "Pemandangan Ladakh pada Mei sangat menawan."),
])
def test_arrests_and_charming_views_are_no_fight(language, text):
    assert found(text, language, "ArmedClash") == []


@pytest.mark.parametrize("language, text, expected", [
    ("en", "An Israeli strike hit the Iranian consulate in Damascus on Monday.", {"IRN", "ISR"}),
    ("en", "Israel's strike hit the Iranian consulate in Damascus on Monday.", {"IRN", "ISR"}),
    ("en", "A Russian strike destroyed a Ukrainian ammunition depot on Monday.", {"RUS", "UKR"}),
    ("en", "A Turkish strike killed three PKK commanders in northern Iraq on Monday.", {"PKK", "TUR"}),
    ("en", "A US strike near the Syrian border killed two Iranian advisers on Monday.", {"IRN", "USA"}),
    ("id", "Serangan Israel menghantam konsulat Iran di Damaskus pada Senin.", {"IRN", "ISR"}),
])
def test_a_strike_owned_by_its_attacker_is_a_fight(language, text, expected):
    """'a strike', 'the strike' were triggers, a strike with a demonym or a
    possessive before it was not: the verb after the noun tells the fight."""
    assert [sides(event) for event in found(text, language, "ArmedClash")] == [expected], events_of(text, language)


@pytest.mark.parametrize("language, text", [
    ("en", "The general strike hit factories across Colombia on Monday."),
    ("en", "A workers' strike hit exports from Chile on Monday."),
])
def test_a_labour_strike_hitting_trade_is_no_fight(language, text):
    assert found(text, language, "ArmedClash") == []


# Peacekeepers sent are a deployment, as troops sent are: the noun 'peacekeepers' alone needs a
# place and a count, so 'will send peacekeepers to X' gave nothing.
@pytest.mark.parametrize("language, text, expected", [
    ("en", "Norway said it would also send peacekeepers to Mali.", {"NOR"}),
    ("en", "Norway sent 300 peacekeepers to Lebanon in May.", {"NOR"}),
    ("en", "Sweden is sending peacekeepers to Kosovo this week.", {"SWE"}),
    ("id", "Norwegia akan mengirim pasukan penjaga perdamaian ke Mali.", {"NOR"}),
])
def test_peacekeepers_sent_are_a_deployment(language, text, expected):
    deployments = found(text, language, "Deployment")
    assert deployments and {actor for event in deployments for actor in event["roles"].get("agent", [])} == expected


# Arms given with the receiver as the first object and their value after it ('sent Kyiv $2 billion in
# weapons', 'mengirimi Ukraina senjata senilai ...'): the giver is the subject, the receiver the object.
@pytest.mark.parametrize("language, text", [
    ("en", "Norway has sent Ukraine billions of dollars in weapons since the war began."),
    ("en", "Norway sent Ukraine two billion dollars in military aid last year."),
    ("en", "Norway has sent two billion dollars worth of weapons to Ukraine."),
    ("id", "Norwegia telah mengirimi Ukraina senjata senilai miliaran dolar."),
    ("id", "Norwegia memberi Ukraina bantuan militer senilai dua miliar dolar tahun lalu."),
])
def test_arms_sent_with_their_value_are_military_aid(language, text):
    aid = only_kind(text, language, "MilitaryAid")
    assert aid["roles"].get("agent") == ["NOR"] and aid["roles"].get("addressee") == ["UKR"]


# A request told by the act answering it, with the requester after 'a request from'.
@pytest.mark.parametrize("language, text", [
    ("en", "Norway sent 300 troops to Mali, acting on a request from the Malian government."),
    ("en", "Norway was responding to a request from Mali when it sent troops there."),
    ("id", "Swedia mengirim tentara ke Mali atas permintaan pemerintah Mali."),
])
def test_a_request_answered_by_troops_sent(language, text):
    request = only_kind(text, language, "AidRequest")
    assert request["roles"].get("requester") == ["MLI"]
    assert request["roles"].get("addressee") in (["NOR"], ["SWE"])


# Guards: words near these triggers that are no arms given or forces sent.
@pytest.mark.parametrize("language, text", [
    ("en", "Norway sent its condolences to Ukraine after the crash."),
    ("en", "The report said peacekeepers in Mali had been accused of abuses."),
    ("id", "Norwegia memberi Ukraina ucapan selamat atas pemilu yang damai."),
])
def test_condolences_and_reports_are_no_aid_or_deployment(language, text):
    kinds = {event["kind"] for event in events_of(text, language)}
    assert not kinds & {"MilitaryAid", "Deployment"}


def only_kind(text: str, language: str, kind: str) -> dict:
    """The one event of this kind the text gives."""
    events = found(text, language, kind)
    assert len(events) == 1, events_of(text, language)
    return events[0]


# A membership told as ended is a withdrawal ('ceased to be a member of', 'is no longer a member of',
# 'tidak lagi menjadi anggota', 'berhenti menjadi anggota'): before, the negation dropped the
# accession inside and nothing was left, or 'berhenti menjadi anggota' was read as joining.
@pytest.mark.parametrize("language, text", [
    ("en", "Norway ceased to be a member of the Council of Europe on Wednesday."),
    ("en", "Since Sunday, Norway is no longer a member of NATO."),
    ("id", "Norwegia resmi tidak lagi menjadi anggota NATO sejak Minggu."),
    ("id", "Norwegia berhenti menjadi anggota NATO pada Minggu."),
    ("id", "Norwegia bukan lagi anggota Uni Afrika sejak 1984."),
])
def test_a_membership_told_as_ended_is_a_withdrawal(language, text):
    events = events_of(text, language)
    assert [event["kind"] for event in events] == ["Withdrawal"], events
    assert events[0]["roles"].get("agent") == ["NOR"]


# Guards: a member that stays, and a walkout from a session of an organization, leave nothing.
@pytest.mark.parametrize("language, text", [
    ("en", "Norway remains a member of NATO."),
    ("en", "Norway walked out of a UN Security Council session on Monday."),
    ("id", "Norwegia tetap menjadi anggota NATO."),
])
def test_a_member_that_stays_has_not_withdrawn(language, text):
    assert not found(text, language, "Withdrawal")


# A treaty suspended or left by a party: a treaty is no organization, so the membership frames gave
# nothing; the subject suspends or withdraws.
@pytest.mark.parametrize("language, text, kind", [
    ("en", "Norway suspended the 2018 military agreement with Sweden on Monday.", "Suspension"),
    ("en", "Norway answered by suspending its own obligations under the treaty.", "Suspension"),
    ("en", "Norway withdrew from the Open Skies Treaty on Monday.", "Withdrawal"),
    ("en", "Norway pulled out of the nuclear deal on Monday.", "Withdrawal"),
    ("id", "Norwegia menangguhkan perjanjian militer 2018 dengan Swedia pada Senin.", "Suspension"),
    ("id", "Norwegia menangguhkan kewajibannya dalam traktat itu pada Senin.", "Suspension"),
    ("id", "Norwegia menarik diri dari Traktat Open Skies pada Senin.", "Withdrawal"),
    ("id", "Norwegia menyatakan tidak lagi terikat pada perjanjian itu.", "Withdrawal"),
])
def test_a_treaty_suspended_or_left(language, text, kind):
    events = events_of(text, language)
    assert [event["kind"] for event in events] == [kind], events
    assert events[0]["roles"].get("agent") == ["NOR"]


# Guards: troops leaving a zone a treaty set up, talks on a treaty and debts suspended are none.
@pytest.mark.parametrize("language, text", [
    ("en", "Russian troops withdrew from the buffer zone under the treaty."),
    ("en", "Norway suspended talks on the treaty."),
    ("en", "Norway suspended the patrols under the accord."),
    ("id", "Pasukan Rusia menarik diri dari zona penyangga sesuai perjanjian."),
    ("id", "Norwegia menangguhkan pembicaraan tentang perjanjian itu."),
    ("id", "Norwegia menangguhkan kewajiban pembayaran utangnya."),
])
def test_troops_leaving_a_zone_or_talks_suspended_are_no_treaty_change(language, text):
    kinds = {event["kind"] for event in events_of(text, language)}
    assert not kinds & {"Suspension", "Withdrawal"}


@pytest.mark.parametrize("text, matched", [
    ("Norway withdrew from the treaty.", True),
    ("Norway withdrew from the Open Skies Treaty.", True),
    ("Norway withdrew from the 1987 INF Treaty.", True),
    ("Troops withdrew from the zone under the treaty.", False),
])
def test_a_name_gap_takes_only_capitalised_words_and_numbers(text, matched):
    """The pattern token '^^' (kg.events.patterns) stands for a name only."""
    from kg.events.patterns import find_all
    assert bool(find_all(["withdrew from the ^^ treaty"], text)) == matched


# Nuclear weapons stationed in another state are a deployment of their owner.
@pytest.mark.parametrize("language, text", [
    ("en", "Russia will station tactical nuclear weapons in Belarus."),
    ("en", "Russia said it had finished stationing nuclear weapons in Belarus."),
    ("id", "Rusia akan menempatkan senjata nuklir taktis di wilayah Belarus."),
])
def test_nuclear_weapons_stationed_abroad_are_a_deployment(language, text):
    deployment = only_kind(text, language, "Deployment")
    assert deployment["roles"].get("agent") == ["RUS"]


# Guards: a place, a station and a talk about nuclear weapons deploy nothing.
@pytest.mark.parametrize("language, text", [
    ("en", "Talks took place in Geneva on nuclear weapons."),
    ("en", "The power station was far from any nuclear weapons site."),
    ("id", "Pembicaraan tentang senjata nuklir berlangsung di Jenewa."),
])
def test_talk_about_nuclear_weapons_is_no_deployment(language, text):
    assert not found(text, language, "Deployment")


# An invasion told by its invader alone is a war with the state the sentence names as ground (kg.events.invasions).
@pytest.mark.parametrize("language, text", [
    ("en", "Millions of people have fled their homes in eastern Ukraine since Russia's invasion in 2022."),
    ("en", "It was the president's first trip outside Ukraine since Russia's full-scale invasion."),
    ("id", "Jutaan warga di Ukraina mengungsi sejak invasi Rusia pada Februari 2022."),
    ("id", "Anak-anak dibawa dari wilayah Ukraina yang diduduki sejak invasi Rusia pada 2022."),
    ("en", "More than eight million people have fled Ukraine since Russia's invasion in February 2022."),
    ("id", "Lebih dari delapan juta orang mengungsi dari Ukraina sejak invasi Rusia pada Februari 2022."),
])
def test_an_invasion_named_by_its_invader_is_fought_on_the_ground_named(language, text):
    wars = found(text, language, "War")
    assert [sides(war) for war in wars] == [{"RUS", "UKR"}]


# Guards: a state acting or receiving after an invasion is no state invaded; the invasion
# itself is the known one of its period (words events.known_invasions), Russia's of Ukraine.
@pytest.mark.parametrize("language, text", [
    ("en", "Finland joined NATO in April 2023 after Russia's invasion."),
    ("en", "Poland has sent tanks to Ukraine since Russia's full-scale invasion."),
    ("id", "Sejak invasi Rusia pada 2022, Finlandia bergabung dengan NATO."),
    ("en", "Thousands of refugees fled to Poland after Russia's invasion in 2022."),
    ("id", "Ribuan pengungsi lari ke Polandia setelah invasi Rusia pada 2022."),
])
def test_a_state_acting_after_an_invasion_was_not_invaded(language, text):
    assert [sides(war) for war in found(text, language, "War")] == [{"RUS", "UKR"}]


# A warning to remove or take by force threatens force; a warning against force does not.
@pytest.mark.parametrize("language, text, expected", [
    ("en", "ECOWAS warned Gambia that it would remove President Yahya Jammeh by force.", {"ECOWAS", "GMB"}),
    ("id", "ECOWAS memperingatkan Gambia bahwa Presiden Yahya Jammeh akan disingkirkan secara paksa.", {"ECOWAS", "GMB"}),
])
def test_a_warning_of_removal_by_force_is_a_threat(language, text, expected):
    threats = found(text, language, "ThreatOfForce")
    assert [sides(threat) for threat in threats] == [expected]


@pytest.mark.parametrize("language, text", [
    ("en", "China warned the United States against attempts to change the status quo by force."),
    ("id", "China memperingatkan Amerika Serikat agar tidak mengubah status quo secara paksa."),
])
def test_a_warning_against_force_is_no_threat(language, text):
    assert not found(text, language, "ThreatOfForce")


# A state weighing a plan to strike another threatens it; the strike weighed is no fight.
@pytest.mark.parametrize("language, text", [
    ("en", "Israel is considering military action against Iran, officials said."),
    ("en", "Israel said it was examining a plan to strike Iran."),
    ("id", "Israel mempertimbangkan aksi militer terhadap Iran."),
    ("id", "Israel mengatakan sedang mengkaji rencana menyerang Iran."),
])
def test_weighing_a_strike_is_a_threat(language, text):
    kinds = [event["kind"] for event in events_of(text, language)]
    assert kinds == ["ThreatOfForce"]
    assert sides(found(text, language, "ThreatOfForce")[0]) == {"IRN", "ISR"}


@pytest.mark.parametrize("language, text", [
    ("en", "Japan is studying a plan to launch a new satellite."),
    ("id", "Jepang mengkaji rencana meluncurkan satelit baru."),
])
def test_weighing_a_launch_is_no_threat(language, text):
    assert not found(text, language, "ThreatOfForce")


# The invader's name for its invasion is a war with the state named as its ground, not a clash.
@pytest.mark.parametrize("language, text", [
    ("en", "Russia launched its special military operation in Ukraine in February 2022."),
    ("id", "Rusia melancarkan operasi militer khusus di Ukraina pada 24 Februari 2022."),
])
def test_a_special_military_operation_is_a_war(language, text):
    assert [event["kind"] for event in events_of(text, language)] == ["War"]
    assert sides(found(text, language, "War")[0]) == {"RUS", "UKR"}


# Retaliation a warning names as armed threatens force; retaliation in trade does not.
@pytest.mark.parametrize("text, expected", [
    ("Iran warned Israel that any attack would trigger a retaliatory strike.", {"IRN", "ISR"}),
    ("Iran warned Israel that it would face merciless retaliation.", {"IRN", "ISR"}),
])
def test_a_warning_of_armed_retaliation_is_a_threat(text, expected):
    threats = found(text, "en", "ThreatOfForce")
    assert [sides(threat) for threat in threats] == [expected]


def test_a_warning_of_retaliation_over_tariffs_is_no_threat():
    assert not found("China warned of swift retaliation against US tariffs.", "en", "ThreatOfForce")


# Land told as occupied since a time is a state of things, no capture ("yang diduduki Israel sejak 1967").
@pytest.mark.parametrize("text", [
    "Tepi Barat Palestina yang diduduki Israel sejak 1967 dikunjungi Netanyahu pada Senin.",
    "Dataran Tinggi Golan yang diduduki Israel sejak 1967 dikunjungi Netanyahu pada Senin.",
])
def test_land_occupied_since_a_time_is_no_capture(text):
    assert not found(text, "id", "ArmedClash")


# A group told as holding a place ("which controls", "still holds") fights no one by that.
@pytest.mark.parametrize("text", [
    "Houthi, yang menguasai ibu kota Sanaa, menolak kesepakatan itu.",
    "Pemberontak M23, yang masih menguasai kota Goma, menolak kesepakatan itu.",
])
def test_a_place_held_is_no_capture(text):
    assert not found(text, "id", "ArmedClash")


def test_a_place_seized_is_still_a_capture():
    captures = found("Pemberontak M23 menguasai kota Goma pada Senin.", "id", "ArmedClash")
    assert [sides(capture) for capture in captures] == [{"M23"}]


# Ground taken told by a noun or by forces sweeping in, and every form of the fight verbs,
# weapons that hit, and shootings between two named sides: one case per form.
GROUND_TAKEN = [
    ("en", "Russia's capture of Kherson from Ukraine came in March 2022.", {"RUS", "UKR"}),
    ("en", "The capture of Kherson by Russian forces came in March 2022.", {"RUS", "UKR"}),
    ("en", "Ukraine's recapture of Kherson from Russian forces came in November 2022.", {"RUS", "UKR"}),
    ("en", "The seizure of Kherson by Russian troops in March 2022 shocked Kyiv.", {"RUS", "UKR"}),
    ("en", "The takeover of Kherson by Russian troops came in March 2022.", {"RUS", "UKR"}),
    ("en", "Russian troops swept into Kherson in March 2022.", {"RUS", "UKR"}),
    ("en", "Russian troops on Tuesday swept into Kherson.", {"RUS", "UKR"}),
    ("en", "Russian troops sweep into Kherson as Ukraine retreats.", {"RUS", "UKR"}),
    ("en", "Russian troops were sweeping into Kherson on Tuesday.", {"RUS", "UKR"}),
    ("en", "Russian troops sweeps into Kherson.", {"RUS", "UKR"}),
    ("id", "Perebutan kembali Kherson oleh pasukan Ukraina dari Rusia terjadi pada November 2022.", {"RUS", "UKR"}),
    ("id", "Direbutnya Kherson oleh pasukan Rusia pada Maret 2022 mengejutkan Kyiv.", {"RUS", "UKR"}),
    ("id", "Pengambilalihan kota Kherson oleh pasukan Rusia terjadi pada Maret 2022.", {"RUS", "UKR"}),
    ("id", "Pasukan Rusia menguasai penuh Kherson pada Maret 2022.", {"RUS", "UKR"}),
    ("id", "Pasukan Rusia menguasai sepenuhnya Kherson pada Maret 2022.", {"RUS", "UKR"}),
    ("id", "Pasukan Rusia pada Selasa berhasil menguasai Kherson.", {"RUS", "UKR"}),
    ("id", "Pasukan Rusia merangsek masuk ke Kherson pada Maret 2022.", {"RUS", "UKR"}),
    ("id", "Pasukan Rusia merangsek ke Kherson pada Maret 2022.", {"RUS", "UKR"}),
]

VERB_FORMS = [
    ("en", "Russian forces continued to shell Kharkiv on Monday.", {"RUS", "UKR"}),
    ("en", "Russian jets began to bomb Kharkiv on Monday.", {"RUS", "UKR"}),
    ("en", "Israeli troops went on to raid Jenin on Monday.", {"ISR", "PSE"}),
    ("en", "Taliban fighters tried to ambush an Afghan army convoy near Kandahar on Monday.", {"AFG", "TALIBAN"}),
    ("en", "Russian forces bombard Kharkiv as talks stall.", {"RUS", "UKR"}),
    ("en", "Saudi jets strafe Houthi positions in Yemen.", {"HOUTHIS", "SAU"}),
    ("en", "Israeli warplanes pummel Hamas positions in Gaza.", {"HAMAS", "ISR"}),
    ("en", "Ukraine says its air defences intercept Russian drones over Kyiv.", {"RUS", "UKR"}),
    ("en", "Ukrainian gunners shoot down a Russian jet over Kharkiv.", {"RUS", "UKR"}),
    ("en", "Pakistani troops fire on Indian posts in Kashmir.", {"IND", "PAK"}),
    ("en", "Houthi rebels kidnap Saudi soldiers near the border.", {"HOUTHIS", "SAU"}),
    ("en", "A Ukrainian base was hit by Russian missiles on Monday.", {"RUS", "UKR"}),
    ("en", "Two Saudi tankers were hit by Houthi drones in the Red Sea on Monday.", {"HOUTHIS", "SAU"}),
    ("en", "Ukrainian positions near Bakhmut were hit by heavy Russian shelling on Monday.", {"RUS", "UKR"}),
    ("en", "A Hezbollah post was hit by an Israeli air strike on Monday.", {"HEZBOLLAH", "ISR"}),
    ("en", "A Philippine supply boat was hit by Chinese gunfire near the shoal on Monday.", {"CHN", "PHL"}),
    ("en", "Two Israeli soldiers were shot dead by Hamas gunmen in Hebron on Monday.", {"HAMAS", "ISR"}),
    ("en", "Hamas gunmen shoot dead two Israeli soldiers in Hebron.", {"HAMAS", "ISR"}),
    ("en", "An Israeli soldier was shot by a Hamas sniper in Gaza on Monday.", {"HAMAS", "ISR"}),
    ("en", "Two Israeli soldiers were gunned down by Hamas militants in Hebron on Monday.", {"HAMAS", "ISR"}),
    ("id", "Pangkalan Ukraina terkena rudal Rusia pada Senin.", {"RUS", "UKR"}),
    ("id", "Posisi tentara Ukraina terkena tembakan artileri Rusia pada Senin.", {"RUS", "UKR"}),
    ("id", "Dua kapal Saudi terkena drone Houthi di Laut Merah pada Senin.", {"HOUTHIS", "SAU"}),
    ("id", "Pos Hizbullah terkena serangan udara Israel pada Senin.", {"HEZBOLLAH", "ISR"}),
    ("id", "Kapal patroli Filipina terkena meriam air kapal penjaga pantai China pada Senin.", {"CHN", "PHL"}),
    ("id", "Dua prajurit TNI ditembak mati oleh anggota OPM di Intan Jaya pada Senin.", {"IDN", "OPM"}),
    ("id", "Dua prajurit TNI ditembak anggota OPM di Intan Jaya pada Senin.", {"IDN", "OPM"}),
    ("id", "Anggota OPM menembak mati dua prajurit TNI di Intan Jaya pada Senin.", {"IDN", "OPM"}),
    ("id", "Seorang tentara Israel tertembak oleh penembak jitu Hamas di Gaza pada Senin.", {"HAMAS", "ISR"}),
]


@pytest.mark.parametrize("language, text, expected", GROUND_TAKEN + VERB_FORMS)
def test_ground_taken_fight_verb_forms_weapons_that_hit_and_shootings(language, text, expected):
    fights = found(text, language, "ArmedClash")
    assert [sides(event) for event in fights] == [expected], events_of(text, language)


@pytest.mark.parametrize("language, text", [
    ("en", "Russia's economy was hit by Western sanctions in 2022."),
    ("en", "The bomb squad defused a bomb near the Russian embassy in Kyiv on Monday."),
    ("en", "The capture of carbon by Norwegian plants in the North Sea rose in 2024."),
    ("en", "Protesters tried to storm the parliament in Honiara on Wednesday."),
    ("en", "The Red Cross said 30 patients had been shot dead at the Turkish clinic in Khartoum on Monday."),
    ("en", "A defence pact obliges Japan to help the United States repel any attack."),
    ("id", "Ekspor Rusia terkena sanksi Uni Eropa pada 2022."),
    ("id", "Pelaku ditembak polisi saat hendak kabur di Jakarta pada Senin."),
    ("id", "Seorang warga Indonesia tertembak di Malaysia pada Senin."),
])
def test_hits_seizures_and_shootings_that_are_no_fight(language, text):
    assert found(text, language, "ArmedClash") == []

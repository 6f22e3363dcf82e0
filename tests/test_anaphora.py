"""Actors the text leaves to discourse (kg.events.anaphora): a personal
pronoun ("he", "ia") opening a sentence stands for the person the sentence
before had as its lone subject; "we", "kami" in a quote for the state of the
speaker named after it."""
from __future__ import annotations

import pytest

from tests.test_events import events_of


def _talks(text: str, language: str) -> list[list[str]]:
    return sorted(e["roles"]["participant"] for e in events_of(text, language) if e["kind"] in ("Talks", "PhoneCall"))


@pytest.mark.parametrize("language, text", [
    ("en", "Sudan's paramilitary leader Mohamed Hamdan Dagalo set off on a regional tour last week. "
           "On Monday he met Ugandan President Yoweri Museveni in Kampala."),
    ("id", "Pemimpin paramiliter Sudan Mohamed Hamdan Dagalo memulai lawatan regional pekan lalu. "
           "Pada Senin (5/5/2025) ia bertemu Presiden Uganda Yoweri Museveni di Kampala."),
])
def test_a_pronoun_subject_is_the_person_a_state_only_qualified(language, text):
    assert ["RSF", "UGA", "mohamed-hamdan-dagalo", "yoweri-museveni"] in _talks(text, language)


def test_a_pronoun_subject_holds_talks_with_each_partner():
    talks = _talks("Sudan's paramilitary leader Mohamed Hamdan Dagalo set off on a regional tour last week. "
                   "On Monday he held talks with Ugandan President Yoweri Museveni in Kampala "
                   "and with Kenyan President William Ruto in Nairobi.", "en")
    assert ["RSF", "UGA", "mohamed-hamdan-dagalo", "yoweri-museveni"] in talks, talks
    assert ["KEN", "RSF", "mohamed-hamdan-dagalo", "william-ruto"] in talks, talks


@pytest.mark.parametrize("language, text", [
    ("en", "Turkish President Recep Tayyip Erdogan arrived in Baku on Monday. "
           "On Tuesday he met Azerbaijani President Ilham Aliyev."),
    ("id", "Presiden Turki Recep Tayyip Erdogan tiba di Baku pada Senin (5/5/2025). "
           "Pada Selasa dia bertemu Presiden Azerbaijan Ilham Aliyev."),
])
def test_a_pronoun_after_an_opening_phrase_is_the_person_of_the_sentence_before(language, text):
    assert ["AZE", "TUR", "ilham-aliyev", "recep-tayyip-erdogan"] in _talks(text, language)


@pytest.mark.parametrize("language, text", [
    ("en", "Ugandan President Yoweri Museveni and Kenyan President William Ruto met in Kampala on Monday. "
           "On Tuesday he held talks with Ethiopian Prime Minister Abiy Ahmed."),
    ("id", "Presiden Uganda Yoweri Museveni dan Presiden Kenya William Ruto bertemu di Kampala pada Senin (5/5/2025). "
           "Pada Selasa ia bertemu Perdana Menteri Ethiopia Abiy Ahmed."),
])
def test_a_pronoun_after_two_persons_stands_for_neither(language, text):
    talks = _talks(text, language)
    assert not any("abiy-ahmed" in t and ("KEN" in t or "UGA" in t) for t in talks), talks


def _first(kind: str, text: str, language: str) -> dict:
    found = [e for e in events_of(text, language) if e["kind"] == kind]
    assert len(found) == 1, events_of(text, language)
    return found[0]


@pytest.mark.parametrize("language, text", [
    ("en", "\"We have sent 500 troops to the border with Somalia,\" Kenyan Defence Minister Aden Duale said on Monday."),
    ("id", "\"Kami telah mengirim 500 tentara ke perbatasan Somalia,\" kata Menteri Pertahanan Kenya Aden Duale pada Senin (5/5/2025)."),
])
def test_we_in_a_quote_is_the_state_of_the_speaker_named_after_it(language, text):
    assert _first("Deployment", text, language)["roles"]["agent"] == ["KEN"]


@pytest.mark.parametrize("language, text", [
    ("en", "\"Our forces shot down two Russian drones overnight,\" Ukrainian President Volodymyr Zelensky said on Monday."),
    ("id", "\"Pasukan kami menembak jatuh dua drone Rusia semalam,\" kata Presiden Ukraina Volodymyr Zelensky pada Senin (5/5/2025)."),
])
def test_our_forces_in_a_quote_fight_for_the_speakers_state(language, text):
    assert _first("ArmedClash", text, language)["roles"]["participant"] == ["RUS", "UKR"]


@pytest.mark.parametrize("language, text", [
    ("en", "Kenyan Defence Minister Aden Duale visited the northern garrison on Monday. "
           "\"We have sent 500 more troops to Mandera,\" he said."),
    ("id", "Menteri Pertahanan Kenya Aden Duale mengunjungi garnisun di utara pada Senin (5/5/2025). "
           "\"Kami telah mengirim 500 tentara tambahan ke Mandera,\" katanya."),
])
def test_a_pronoun_speaker_after_the_quote_is_the_person_in_focus(language, text):
    assert _first("Deployment", text, language)["roles"]["agent"] == ["KEN"]


@pytest.mark.parametrize("language, text", [
    ("en", "Kenya and Somalia traded accusations on Monday. \"We have sent 500 more troops to Mandera,\" a statement said."),
    ("id", "Kenya dan Somalia saling tuding pada Senin (5/5/2025). "
           "\"Kami telah mengirim 500 tentara tambahan ke Mandera,\" demikian pernyataan itu."),
])
def test_we_in_a_quote_without_a_named_speaker_stands_for_nobody(language, text):
    assert not [e for e in events_of(text, language) if e["kind"] == "Deployment"]


@pytest.mark.parametrize("language, text", [
    ("en", "Pakistani Prime Minister Shehbaz Sharif chaired a security meeting on Tuesday. "
           "\"India will pay a heavy price for this,\" he said."),
    ("id", "Perdana Menteri Pakistan Shehbaz Sharif memimpin rapat keamanan pada Selasa (6/5/2025). "
           "\"India akan membayar harga yang mahal,\" kata dia."),
])
def test_a_pronoun_speaker_after_a_quoted_threat_makes_the_threat(language, text):
    assert _first("ThreatOfForce", text, language)["roles"]["agent"] == ["PAK", "shehbaz-sharif"]


# Generic nouns for a state's forces ("security forces", "pasukan keamanan"): the state in focus

def _clash_sides(text: str, language: str) -> list[list[str]]:
    return [e["roles"].get("participant", []) for e in events_of(text, language) if e["kind"] == "ArmedClash"]


@pytest.mark.parametrize("language, text", [
    ("en", "Kenya has fought the insurgents for years. On Monday security forces clashed with al-Shabaab fighters "
           "near the border."),
    ("en", "Somalia has fought the insurgents for years. On Monday pro-government forces clashed with al-Shabaab "
           "fighters near the border."),
    ("id", "Kenya telah lama memerangi para militan. Pada Senin, pasukan keamanan bentrok dengan petempur al-Shabaab "
           "di dekat perbatasan."),
    ("id", "Somalia telah lama memerangi para militan. Pada Senin, pasukan pro-pemerintah bentrok dengan petempur "
           "al-Shabaab di dekat perbatasan."),
])
def test_security_forces_are_the_forces_of_the_state_in_focus(language, text):
    state = "KEN" if "Kenya" in text else "SOM"
    assert ["ALSHABAAB", state] in _clash_sides(text, language)


@pytest.mark.parametrize("language, text", [
    ("en", "Bahrain declared a state of emergency on Monday. Security forces cleared the square in a pre-dawn raid "
           "on Wednesday."),
    ("id", "Bahrain mengumumkan keadaan darurat pada Senin. Aparat keamanan membubarkan paksa para pengunjuk rasa "
           "dalam serangan dini hari pada Rabu."),
])
def test_a_raid_by_security_forces_alone_is_the_state_s(language, text):
    assert ["BHR"] in _clash_sides(text, language)


@pytest.mark.parametrize("language, text", [
    ("en", "Kenya has fought the insurgents for years. Kenya said it would go on. On Monday Ugandan security forces "
           "clashed with al-Shabaab fighters near the border."),
    ("id", "Kenya telah lama memerangi para militan. Kenya akan terus berjuang. Pada Senin, pasukan keamanan Uganda "
           "bentrok dengan petempur al-Shabaab di dekat perbatasan."),
])
def test_security_forces_named_with_their_state_are_that_state_s(language, text):
    assert ["ALSHABAAB", "UGA"] in _clash_sides(text, language)


@pytest.mark.parametrize("text, sides", [
    ("Sudan dilanda perang sejak 2023. Bulan lalu, tentara merebut kembali istana kepresidenan di Khartoum dari RSF.",
     ["RSF", "SDN"]),
    ("Nigeria berduka. Pada Senin, militer bertempur melawan Boko Haram di dekat Maiduguri.", ["BOKOHARAM", "NGA"]),
    ("Mali menolak mediasi. Pertempuran antara tentara dan CMA kembali berkobar pada Agustus.", ["CMA_MALI", "MLI"]),
])
def test_a_bare_army_noun_opening_a_clause_is_the_state_in_focus(text, sides):
    """Indonesian has no article: "tentara", "militer" first in a clause, after
    a comma or "antara" are "the army"."""
    assert sides in _clash_sides(text, "id")


def test_mercenaries_are_no_state_s_army():
    assert _clash_sides("Mali menolak mediasi. Pada Agustus, tentara bayaran bertempur melawan CMA di dekat Kidal.",
                        "id") == [["CMA_MALI"]]


@pytest.mark.parametrize("language, text", [
    ("en", "The United States and Saudi Arabia mediated. The United States urged both sides to talk. "
           "Since April the army led by General Abdel Fattah al-Burhan has fought the RSF in Khartoum."),
    ("id", "Amerika Serikat dan Arab Saudi menjadi penengah. Amerika Serikat mendesak kedua pihak berunding. "
           "Sejak April, militer pimpinan Jenderal Abdel Fattah al-Burhan bertempur melawan RSF di Khartoum."),
])
def test_an_army_led_by_a_named_leader_is_the_leader_s_state(language, text):
    sides = _clash_sides(text, language)
    assert any("SDN" in s and "RSF" in s for s in sides) and not any("USA" in s for s in sides), sides


@pytest.mark.parametrize("language, text", [
    ("en", "Ecuador declared a state of emergency on Monday. On Tuesday, police stormed a prison held by gangs in "
           "Guayaquil."),
    ("id", "Ekuador mengumumkan keadaan darurat pada Senin. Pada Selasa, polisi menyerbu sebuah penjara yang dikuasai "
           "geng di Guayaquil."),
])
def test_police_opening_a_clause_are_the_state_in_focus(language, text):
    assert ["ECU"] in _clash_sides(text, language)


@pytest.mark.parametrize("language, text", [
    ("en", "Nigeria mourned the dead. Police said gunmen attacked a village in Zamfara on Monday."),
    ("id", "Nigeria berduka. Polisi mengatakan kelompok bersenjata menyerang sebuah desa di Zamfara pada Senin."),
])
def test_police_who_only_report_an_attack_fight_no_one(language, text):
    assert not any("NGA" in sides for sides in _clash_sides(text, language))


@pytest.mark.parametrize("language, text", [
    ("en", "The Philippines protested the incident. On Monday the coast guard fired water cannon at a Chinese vessel "
           "near the shoal."),
    ("id", "Filipina memprotes insiden itu. Pada Senin, penjaga pantai menembakkan meriam air ke kapal China di "
           "Beting Scarborough."),
])
def test_the_coast_guard_is_the_state_in_focus(language, text):
    assert ["CHN", "PHL"] in _clash_sides(text, language)

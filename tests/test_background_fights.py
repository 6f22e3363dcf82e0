"""Fights and wars told in passing, in English and Indonesian: operations
one army wages on its own, plural fight nouns, uprisings, and the dates of
background wars (a list of dates, a war told as "taking place" in a year).
Sentences written for these tests, run through the real pipeline."""
from __future__ import annotations

import pytest

from test_events import events_of


def fights(text: str, language: str, kind: str) -> list[dict]:
    return [event for event in events_of(text, language) if event["kind"] == kind]


@pytest.mark.parametrize("language, text, side", [
    ("en", "The Nigerien army launched an operation in the town of Tillaberi in June.", "NER"),
    ("en", "Burkinabe troops conducted an operation in the town of Djibo last month.", "BFA"),
    ("en", "The Kenyan army's clearance operations in Lamu county began in 2015.", "KEN"),
    ("id", "Pada Juni, tentara Niger menggelar operasi di kota Tillaberi.", "NER"),
    ("id", "Militer Burkina Faso melancarkan operasi di kota Djibo bulan lalu.", "BFA"),
    ("id", "Militer Kenya melancarkan operasi pembersihan di wilayah Lamu pada 2015.", "KEN"),
])
def test_an_operation_waged_by_one_army_is_its_fight(language: str, text: str, side: str) -> None:
    found = fights(text, language, "ArmedClash")
    assert [event["roles"]["participant"] for event in found] == [[side]]


@pytest.mark.parametrize("language, text", [
    ("en", "The army launched a rescue operation in the town of Djibo in June."),
    ("en", "Indonesian police launched an operation in Jakarta on Monday."),
    ("id", "Pemerintah Burkina Faso menggelar operasi pasar di kota Djibo pada Juni."),
    ("id", "Polisi Indonesia menggelar operasi di jalan-jalan Jakarta pada Senin."),
])
def test_operations_that_are_no_fight_stay_out(language: str, text: str) -> None:
    assert fights(text, language, "ArmedClash") == []


@pytest.mark.parametrize("text, expected", [
    ("Boko Haram fighters carried out two bombings in Maiduguri on 3 May.", {"BOKOHARAM"}),
    ("The ADF fighters launched two offensives on Ugandan positions near Beni last week.", {"ADF", "UGA"}),
    ("Russian and Ukrainian forces fought battles for the town of Avdiivka in October.", {"RUS", "UKR"}),
])
def test_plural_fight_nouns_are_fights(text: str, expected: set[str]) -> None:
    found = fights(text, "en", "ArmedClash")
    assert [set(event["roles"]["participant"]) for event in found] == [expected]


def test_an_armed_uprising_is_a_war() -> None:
    found = fights("Al-Shabaab launched its armed uprising in 2006.", "en", "War")
    assert [(event["roles"]["participant"], event["date"]) for event in found] == [(["ALSHABAAB"], ("2006", None))]


@pytest.mark.parametrize("language, text", [
    ("en", "Ethiopia and Eritrea were at war over Badme in 1998 and in 2005."),
    ("id", "Etiopia dan Eritrea berperang memperebutkan Badme pada 1998 dan pada 2005."),
])
def test_each_date_of_a_list_dates_a_war_however_far_from_the_verb(language: str, text: str) -> None:
    found = fights(text, language, "War")
    assert sorted(event["date"] for event in found) == [("1998", None), ("2005", None)]
    assert all(event["roles"]["participant"] == ["ERI", "ETH"] for event in found)


@pytest.mark.parametrize("language, text", [
    ("en", "The last war between Israel and Hezbollah took place in 2006 and lasted 34 days."),
    ("id", "Perang terakhir antara Israel dan Hizbullah terjadi pada 2006 dan berlangsung 34 hari."),
])
def test_a_war_told_as_taking_place_in_a_year_is_dated_by_it(language: str, text: str) -> None:
    found = fights(text, language, "War")
    assert [(event["roles"]["participant"], event["date"]) for event in found] == [(["HEZBOLLAH", "ISR"], ("2006", None))]


@pytest.mark.parametrize("language, text", [
    ("en", "The talks took place in Doha on 3 May, a year after the war between Israel and Hezbollah."),
    ("id", "Perundingan itu terjadi pada 3 Mei di Doha, setahun setelah perang antara Israel dan Hizbullah."),
])
def test_a_happening_told_before_the_war_does_not_date_it(language: str, text: str) -> None:
    found = fights(text, language, "War")
    assert all(event["date"] is None or event["date"][0] != "2025-05-03" for event in found)


@pytest.mark.parametrize("text", [
    "Ethiopia and Eritrea signed a ceasefire, ending the war that broke out in May 1998.",
    "Ethiopia and Eritrea signed a ceasefire on Monday, ending the war that broke out in May 1998.",
])
def test_the_start_of_the_war_a_truce_ends_dates_the_war_only(text: str) -> None:
    events = {event["kind"]: event for event in events_of(text, "en")}
    assert events["War"]["date"] == ("1998-05", None)
    assert events["Ceasefire"]["date"] != ("1998-05", None)


def test_talks_that_began_on_a_day_are_dated_by_it() -> None:
    text = "Ethiopia and Eritrea announced the deal at the end of talks in Algiers that began on 3 May 2025."
    talks = [event for event in events_of(text, "en") if event["kind"] == "Talks"]
    assert [event["date"] for event in talks] == [("2025-05-03", None)]


@pytest.mark.parametrize("language, text, date", [
    ("id", "Etiopia dan Eritrea sepakat menghentikan semua operasi militer di Badme dalam kesepakatan yang ditengahi "
           "Aljazair, mengakhiri perang yang pecah sejak 6 Mei.", ("2025-05-06", None)),
    ("id", "Etiopia dan Eritrea sepakat mengakhiri perang di perbatasan.", None),
    ("en", "Ethiopia and Eritrea agreed to halt all military operations at Badme in a deal brokered by Algeria, "
           "ending a war that broke out on 6 May.", ("2025-05-06", None)),
])
def test_the_war_a_truce_ends_is_fought_by_the_truce_parties(language: str, text: str, date: tuple | None) -> None:
    wars = fights(text, language, "War")
    assert [(event["roles"]["participant"], event["date"]) for event in wars] == [(["ERI", "ETH"], date)]


def test_a_war_nobody_agreed_to_end_names_no_sides() -> None:
    assert fights("Perundingan di Jeddah itu gagal mengakhiri perang.", "id", "War") == []


@pytest.mark.parametrize("language, text, kind", [
    ("en", "A ceasefire between Thailand and Cambodia held on Thursday after seven weeks of fighting.", "War"),
    ("en", "A ceasefire between Thailand and Cambodia held on Thursday after eight days of fighting.", "ArmedClash"),
    ("id", "Gencatan senjata antara Thailand dan Kamboja berlaku Senin, setelah 11 hari pertempuran di perbatasan.", "War"),
    ("id", "Pertempuran selama 34 hari antara Thailand dan Kamboja menewaskan 40 orang.", "War"),
    ("id", "Thailand menggempur Kamboja setelah dua pekan serangan udara di perbatasan.", "ArmedClash"),
])
def test_fighting_counted_beyond_a_week_and_a_half_is_a_war(language: str, text: str, kind: str) -> None:
    found = [event for event in events_of(text, language) if event["kind"] in ("ArmedClash", "War")]
    assert [(event["kind"], event["roles"]["participant"]) for event in found] == [(kind, ["KHM", "THA"])]


@pytest.mark.parametrize("text, kinds", [
    ("Gencatan senjata antara Israel dan Hizbullah mulai berlaku Senin pukul 08.00, mengakhiri pertempuran "
     "selama 34 hari.", ["Ceasefire", "War"]),
    ("Para pemimpin Rusia dan Ukraina menyepakati langkah baru untuk mengakhiri pertempuran di timur Ukraina.",
     ["Ceasefire"]),
])
def test_fighting_a_truce_ends_is_a_war_when_counted_in_weeks(text: str, kinds: list[str]) -> None:
    assert sorted(event["kind"] for event in events_of(text, "id")) == kinds


@pytest.mark.parametrize("language, text", [
    ("en", "The White House warned that Pyongyang would pay a price if it supplied shells for Russia's war in "
           "Ukraine, which began in February 2022."),
    ("en", "Kim said he would back Russia's war in Ukraine, which began in February 2022."),
    ("id", "Gedung Putih memperingatkan bahwa Pyongyang akan membayar harga jika memasok peluru bagi perang Rusia "
           "di Ukraina, yang dimulai pada Februari 2022."),
    ("id", "Kim mengatakan akan mendukung perang Rusia di Ukraina, yang dimulai pada Februari 2022."),
])
def test_a_war_whose_start_is_told_is_a_fact_in_a_supposing_clause(language: str, text: str) -> None:
    wars = fights(text, language, "War")
    assert [(e["roles"]["participant"], e["date"], e["modality"]) for e in wars] == [
        (["RUS", "UKR"], ("2022-02", None), "asserted")]


@pytest.mark.parametrize("language, text", [
    ("en", "Moscow warned that any strike on Crimea would mean all-out war."),
    ("id", "Moskow memperingatkan bahwa serangan ke Krimea akan berarti perang habis-habisan."),
])
def test_a_war_only_threatened_stays_out(language: str, text: str) -> None:
    assert all(e["modality"] != "asserted" for e in fights(text, language, "War"))


def test_a_popular_uprising_is_no_war() -> None:
    assert fights("The 2011 uprising against the Egyptian government began in Cairo.", "en", "War") == []


@pytest.mark.parametrize("language, text, kind", [
    ("en", "Fano militiamen fought alongside Ethiopian troops against the TPLF in the two-year war in Tigray "
           "that ended in November 2022.", "War"),
    ("id", "Milisi Fano pernah bertempur bersama tentara Etiopia melawan TPLF dalam perang dua tahun di Tigray "
           "yang berakhir pada November 2022.", "War"),
    ("en", "Ethiopian troops fought the TPLF in the streets of Mekelle on Monday.", "ArmedClash"),
    ("id", "Tentara Etiopia bertempur melawan TPLF dalam bentrokan di Mekelle pada Senin.", "ArmedClash"),
])
def test_a_fight_set_in_a_war_is_that_war(language: str, text: str, kind: str) -> None:
    found = [e for e in events_of(text, language) if e["kind"] in ("ArmedClash", "War")]
    assert found and all(e["kind"] == kind for e in found)
    assert any({"FANO", "TPLF"} <= set(e["roles"]["participant"]) or {"ETH", "TPLF"} <= set(e["roles"]["participant"])
               for e in found)


@pytest.mark.parametrize("language, text, expected", [
    ("en", "The truce held even through Sudan's long civil war.", ["SDN"]),
    ("en", "Myanmar's decades-long insurgency has displaced a million people.", ["MMR"]),
    ("en", "Ethiopia's two-year civil war left the region in ruins.", ["ETH"]),
    ("en", "Russia's full-scale invasion of Ukraine drove millions from their homes.", ["RUS", "UKR"]),
    ("id", "Gencatan senjata bertahan selama perang saudara berkepanjangan Sudan.", ["SDN"]),
    ("id", "Perang berkepanjangan Etiopia dan Eritrea menewaskan puluhan ribu orang.", ["ERI", "ETH"]),
    ("id", "Invasi skala penuh Rusia ke Ukraina membuat jutaan orang mengungsi.", ["RUS", "UKR"]),
])
def test_a_modifier_between_a_war_and_its_owner_keeps_the_owner(language: str, text: str, expected: list[str]) -> None:
    """English puts the owner before its modifiers ("Sudan's long civil war"),
    Indonesian after them ("perang saudara berkepanjangan Sudan"): the war is
    still the owner's."""
    assert [event["roles"]["participant"] for event in fights(text, language, "War")] == [expected]


@pytest.mark.parametrize("language, text, expected", [
    ("en", "Bangladesh broke away from Pakistan after a bloody war in 1971.", {"BGD", "PAK"}),
    ("en", "Eritrea gained independence from Ethiopia in 1993 after a long war.", {"ERI", "ETH"}),
    ("id", "Bangladesh memisahkan diri dari Pakistan setelah perang berdarah pada 1971.", {"BGD", "PAK"}),
    ("id", "Eritrea meraih kemerdekaan dari Etiopia pada 1993 setelah perang panjang.", {"ERI", "ETH"}),
])
def test_a_secession_after_a_war_names_its_sides(language: str, text: str, expected: set[str]) -> None:
    """The war told in passing has no owner; the breakaway and the state it
    left are its sides."""
    assert [set(event["roles"]["participant"]) for event in fights(text, language, "War")] == [expected]


@pytest.mark.parametrize("language, text", [
    ("en", "Montenegro seceded from Serbia in 2006 after a referendum."),
    ("id", "Montenegro memisahkan diri dari Serbia pada 2006 setelah referendum."),
])
def test_a_secession_told_without_a_war_is_no_war(language: str, text: str) -> None:
    assert fights(text, language, "War") == []


@pytest.mark.parametrize("language, text, expected", [
    ("en", "Kenyan troops fought al-Shabaab in Somalia for eleven years.", {"KEN", "ALSHABAAB"}),
    ("en", "Chad and Boko Haram have battled for three years.", {"TCD", "BOKOHARAM"}),
    ("id", "Pasukan Kenya memerangi Al-Shabaab di Somalia selama sebelas tahun.", {"KEN", "ALSHABAAB"}),
    ("id", "Pasukan Chad ditarik pada Maret 2021 setelah enam tahun memerangi Boko Haram.", {"TCD", "BOKOHARAM"}),
])
def test_a_fight_verb_counted_in_years_is_a_war(language: str, text: str, expected: set[str]) -> None:
    """A verb of fighting whose span of time runs a year or more tells a war,
    whether the span comes before the verb or closes its clause after the object."""
    assert [set(event["roles"]["participant"]) for event in fights(text, language, "War")] == [expected]
    assert fights(text, language, "ArmedClash") == []


@pytest.mark.parametrize("language, text", [
    ("en", "Kenyan troops fought al-Shabaab near Kismayo for two days in March."),
    ("id", "Pasukan Kenya memerangi Al-Shabaab di dekat Kismayo selama dua hari pada Maret."),
])
def test_a_fight_verb_counted_in_days_stays_a_clash(language: str, text: str) -> None:
    assert fights(text, language, "War") == []
    assert len(fights(text, language, "ArmedClash")) == 1


@pytest.mark.parametrize("language, text, kind, expected", [
    ("id", "Perang Irak-Iran pecah pada September 1980.", "War", {"IRQ", "IRN"}),
    ("id", "Pertempuran Kirgistan-Tajikistan pecah lagi pada April 2021.", "ArmedClash", {"KGZ", "TJK"}),
    ("en", "The Iraq-Iran war broke out in September 1980.", "War", {"IRQ", "IRN"}),
])
def test_two_actors_joined_by_a_hyphen_are_both_sides(language: str, text: str, kind: str, expected: set[str]) -> None:
    """Indonesian puts the pair after the noun ("perang Irak-Iran"), where a
    list ends at a bare separator: the hyphen still joins the two sides."""
    assert [set(event["roles"]["participant"]) for event in fights(text, language, kind)] == [expected]


@pytest.mark.parametrize("language, text", [
    ("en", "Tajik troops fired on smugglers near the Tajikistan-Afghanistan border on Monday."),
    ("id", "Tentara Tajikistan menembaki penyelundup di perbatasan Tajikistan-Afghanistan pada Senin."),
])
def test_a_hyphenated_pair_naming_a_border_adds_no_side(language: str, text: str) -> None:
    assert all("AFG" not in event["roles"].get("participant", []) for event in events_of(text, language))


@pytest.mark.parametrize("language, text, kind", [
    ("en", "Ethiopian army strikes on OLA positions in Oromia have killed more than 3,000 people.", "War"),
    ("id", "Serangan tentara Etiopia terhadap OLA di Oromia telah menewaskan lebih dari 3.000 orang.", "War"),
    ("en", "Ethiopian army strikes on OLA positions in Oromia killed 300 people on Monday.", "ArmedClash"),
    ("id", "Serangan tentara Etiopia terhadap OLA di Oromia menewaskan 300 orang pada Senin.", "ArmedClash"),
])
def test_a_fight_that_killed_thousands_is_a_war(language: str, text: str, kind: str) -> None:
    """No single clash of the gold sets killed 2,000 people; every fight told
    with such a toll is a war, and the day of publication is none of its days."""
    found = [event for event in events_of(text, language) if event["kind"] in ("War", "ArmedClash")]
    assert [event["kind"] for event in found] == [kind]
    if kind == "War":
        assert found[0]["date"] is None


@pytest.mark.parametrize("language, text", [
    ("en", "Kenyan troops fought al-Shabaab in Somalia for eleven years."),
    ("id", "Pasukan Kenya memerangi Al-Shabaab di Somalia selama sebelas tahun."),
])
def test_a_war_told_by_its_length_alone_takes_no_day_of_publication(language: str, text: str) -> None:
    assert [event["date"] for event in fights(text, language, "War")] == [None]


@pytest.mark.parametrize("language, text, expected", [
    ("en", "The PKK, which has fought Turkey for more than four decades, announced a truce.", {"PKK", "TUR"}),
    ("en", "Chad and Boko Haram have fought for years.", {"TCD", "BOKOHARAM"}),
    ("en", "The deal between Turkey and the PKK would end decades of fighting.", {"TUR", "PKK"}),
    ("id", "Chad telah bertahun-tahun memerangi Boko Haram.", {"TCD", "BOKOHARAM"}),
    ("id", "Pasukan Turki memerangi PKK di tenggara negeri itu selama puluhan tahun.", {"TUR", "PKK"}),
    ("id", "Chad, yang telah memerangi Boko Haram selama lebih dari sepuluh tahun, menarik pasukannya.",
     {"TCD", "BOKOHARAM"}),
])
def test_fighting_told_as_going_on_for_years_is_a_war(language: str, text: str, expected: set[str]) -> None:
    """"for more than four decades", "for years", "decades of", "bertahun-tahun",
    "selama puluhan tahun": a span of years with no exact count, after the
    verb or noun of fighting in its clause or right before it, tells a war."""
    assert [set(event["roles"]["participant"]) for event in fights(text, language, "War")] == [expected]
    assert fights(text, language, "ArmedClash") == []


@pytest.mark.parametrize("language, text", [
    ("en", "Chad and Boko Haram clashed near Lake Chad in 2019, years after the first talks."),
    ("id", "Pasukan Chad bertempur dengan Boko Haram di dekat Danau Chad pada Senin, puluhan tahun setelah perundingan pertama."),
])
def test_years_in_another_clause_leave_a_clash(language: str, text: str) -> None:
    assert fights(text, language, "War") == []
    assert len(fights(text, language, "ArmedClash")) == 1


@pytest.mark.parametrize("language, text", [
    ("en", "Aid has dwindled since the Houthis seized the port of Hodeidah from Yemeni government forces in 2018."),
    ("id", "Bantuan terus menyusut sejak Houthi merebut pelabuhan Hodeidah dari pasukan pemerintah Yaman pada 2018."),
])
def test_a_fight_inside_a_since_clause_is_the_point_time_runs_from(language: str, text: str) -> None:
    """The fight "since" opens the clause of is when the time began, a clash
    of its own day; only a fight told as running since a date is a war."""
    assert fights(text, language, "War") == []
    assert [set(event["roles"]["participant"]) for event in fights(text, language, "ArmedClash")] == [{"HOUTHIS", "YEM"}]


@pytest.mark.parametrize("language, text", [
    ("en", "Colombia has fought the FARC since the president launched a crackdown in December 2006."),
    ("id", "Kolombia telah memerangi FARC sejak presiden melancarkan operasi besar pada Desember 2006."),
])
def test_a_fight_running_since_an_event_years_back_is_a_war(language: str, text: str) -> None:
    """The date of the "since" clause tells when the fight began, a year or more back."""
    assert [set(event["roles"]["participant"]) for event in fights(text, language, "War")] == [{"COL", "FARC"}]
    assert fights(text, language, "ArmedClash") == []


@pytest.mark.parametrize("language, text", [
    ("en", "It was the second time Colombia and the FARC clashed since the peace deal was signed in 2016."),
    ("id", "Ini kedua kalinya Kolombia dan FARC bentrok sejak perjanjian damai diteken pada 2016."),
])
def test_a_since_that_ranks_a_fight_tells_no_war(language: str, text: str) -> None:
    assert fights(text, language, "War") == []


@pytest.mark.parametrize("language, text", [
    ("en", "The fighting between Armenian and Azerbaijani forces in April 2016 was the heaviest since the 1994 ceasefire."),
    ("en", "The fighting between Armenian and Azerbaijani forces in April 2016 was the worst fighting since the 1994 ceasefire."),
    ("id", "Pertempuran antara pasukan Armenia dan Azerbaijan pada April 2016 adalah yang terberat sejak gencatan senjata 1994."),
    ("id", "Pertempuran antara pasukan Armenia dan Azerbaijan pada April 2016 merupakan yang terburuk sejak gencatan senjata 1994."),
])
def test_a_fight_compared_with_one_long_past_is_no_war(language: str, text: str) -> None:
    """"The heaviest since 1994" measures a fight of its own day against the
    past: the "since" tells no span, so a fight dated years back stays a clash."""
    assert fights(text, language, "War") == []
    assert [set(event["roles"]["participant"]) for event in fights(text, language, "ArmedClash")] == [{"ARM", "AZE"}]


@pytest.mark.parametrize("text", [
    "Ethiopian troops first entered Somalia in 2006 and have since fought al-Shabaab.",
    "Ethiopian troops entered Somalia for the first time in 2006 and have since fought al-Shabaab.",
])
def test_a_since_after_an_auxiliary_runs_even_after_a_ranking_word(text: str) -> None:
    """"have since fought" runs from the clause before (2006); the "first"
    before it ranks the entry, not the fight."""
    assert [set(event["roles"]["participant"]) for event in fights(text, "en", "War")] == [{"ALSHABAAB", "ETH"}]


@pytest.mark.parametrize("language, text", [
    ("en", "The Polisario Front declared the 2010 truce over and has since claimed attacks on Moroccan army posts."),
    ("en", "Since March 2016, Abu Sayyaf militants have kidnapped dozens of sailors in the southern Philippines."),
    ("id", "Front Polisario menyatakan gencatan senjata 2010 berakhir dan sejak itu mengklaim serangan terhadap pos-pos tentara Maroko."),
    ("id", "Sejak Maret 2016, kelompok Abu Sayyaf telah menculik puluhan pelaut di Filipina selatan."),
])
def test_attacks_and_kidnappings_running_since_a_date_are_no_war(language: str, text: str) -> None:
    """Only fighting or killing told as running since a year back makes a
    war; a series of attacks or kidnappings since then stays clashes."""
    assert fights(text, language, "War") == []
    assert len(fights(text, language, "ArmedClash")) == 1


@pytest.mark.parametrize("language, text", [
    ("en", "Boko Haram has killed more than 35,000 people in Nigeria since 2009."),
    ("id", "Boko Haram telah menewaskan lebih dari 35.000 orang di Nigeria sejak 2009."),
])
def test_killing_running_since_years_back_is_a_war(language: str, text: str) -> None:
    assert [set(event["roles"]["participant"]) for event in fights(text, language, "War")] == [{"BOKOHARAM", "NGA"}]

"""When events happened and how many died or served, on sentences written for
these tests (English and Indonesian), through the real extraction pipeline."""
from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

import pytest

from kg.dates import dateline_date, find_offsets, lead_dateline
from kg.ingest import read_documents
from kg.model import Document, EventFact
from kg.namespaces import document_iri, local_key
from kg.pipeline import extract

PUBLISHED = date(2025, 5, 8)  # a Thursday


def events_of(text: str, language: str, published: date | None = PUBLISHED) -> list[dict]:
    doc = Document(document_iri(text), "test", text, None, published, language)
    return [
        {
            "kind": e.kind,
            "modality": e.modality,
            "actors": sorted(local_key(i) for role, iris in e.roles.items() if role != "location" for i in iris),
            "date": (e.date.value, e.date.end) if e.date else None,
            "fatalities": (e.fatalities.value, e.fatalities.qualifier) if e.fatalities else None,
            "troops": (e.troops.value, e.troops.qualifier) if e.troops else None,
        }
        for e in extract(doc).events
    ]


def of_kind(text: str, language: str, kind: str) -> list[dict]:
    return [e for e in events_of(text, language) if e["kind"] == kind]


# --- datelines ----------------------------------------------------------------


@pytest.mark.parametrize(("line", "expected"), [
    ("By Our Correspondent | Monday, 5 May 2025, 09:40", date(2025, 5, 5)),
    ("Oleh Tim Redaksi | Senin, 5 Mei 2025 | 09:40 WIB", date(2025, 5, 5)),
    ("Posted: Monday, 5 May 2025 | 09:40 EAT", date(2025, 5, 5)),
    ("Monday, 5 May 2025 09:40 CAT", date(2025, 5, 5)),
    ("Troops left the town on 5 May 2025 | the army said it would return", None),
    ("Monday, 5 May 2025 | Tuesday, 6 May 2025", None),
])
def test_dateline_with_byline_fields_and_unknown_zones(line, expected):
    assert dateline_date(line) == expected


def test_dateline_with_a_byline_dates_the_weekdays_of_the_article():
    text = ("Rebels and the army clash near the border\n\nBy Our Correspondent | Thursday, 8 May 2025, 10:15\n\n"
            "Sudan's army and the RSF clashed near El Obeid on Tuesday.")
    doc_events = [e for e in _ingested(text) if e.kind == "ArmedClash"]
    assert [e.date.value for e in doc_events] == ["2025-05-06"]


def _ingested(text: str) -> list[EventFact]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "article.txt"
        path.write_text(text, encoding="utf-8")
        doc = next(iter(read_documents([path])))
    return extract(doc).events


# --- dates in clauses about something else -------------------------------------


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Kenya's President William Ruto, whose party won the vote in March, hosted talks between Sudan and Chad."),
    ("id", "Presiden Kenya William Ruto, yang partainya menang pemilu pada Maret, menjadi tuan rumah perundingan antara Sudan dan Chad."),
])
def test_a_relative_clause_date_does_not_date_the_main_event(language, text):
    talks = of_kind(text, language, "Talks")
    assert talks and all(t["date"] != ("2025-03", None) for t in talks)


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Qatar, whose emir took office in 2013, mediated talks between Sudan and Chad."),
    ("id", "Qatar, yang emirnya menjabat sejak 2013, menengahi perundingan antara Sudan dan Chad."),
])
def test_a_relative_clause_year_leaves_the_event_undated_by_it(language, text):
    talks = [e for e in events_of(text, language) if e["kind"] in ("Talks", "Mediation")]
    assert talks and all(t["date"] is None or t["date"][0] != "2013" for t in talks)


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Israel and Hamas agreed to a truce, which took effect on Tuesday."),
    ("id", "Israel dan Hamas menyepakati gencatan senjata, yang mulai berlaku pada Selasa."),
])
def test_a_relative_clause_on_the_trigger_dates_it(language, text):
    truce = of_kind(text, language, "Ceasefire")
    assert [t["date"] for t in truce] == [("2025-05-06", None)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The Sudanese envoy flew to Nairobi in late March, and on 2 April Sudan and Chad signed a border treaty."),
    ("id", "Utusan Sudan terbang ke Nairobi pada akhir Maret, dan pada 2 April Sudan dan Chad menandatangani perjanjian perbatasan."),
])
def test_two_dates_heading_two_clauses_are_no_list(language, text):
    signings = of_kind(text, language, "TreatySigning")
    assert [s["date"] for s in signings] == [("2025-04-02", None)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Sudan and Chad clashed on 2, 3 and 4 May."),
    ("id", "Sudan dan Chad bentrok pada 2, 3 dan 4 Mei."),
])
def test_a_list_of_days_is_still_one_span(language, text):
    clashes = of_kind(text, language, "ArmedClash")
    assert [c["date"] for c in clashes] == [("2025-05-02", "2025-05-04")]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Sudan and Chad traded fire across the contested border area, which began on Tuesday night."),
    ("id", "Sudan dan Chad saling tembak di sekitar wilayah perbatasan yang disengketakan, yang dimulai Selasa malam."),
])
def test_a_relative_clause_telling_when_it_began_dates_the_event(language, text):
    clashes = of_kind(text, language, "ArmedClash")
    assert [c["date"] for c in clashes] == [("2025-05-06", None)]


@pytest.mark.parametrize(("paragraph", "expected"), [
    ("KHARTOUM, Kamis (8/5/2025) (Kantor Berita Contoh) - Tentara Sudan bergerak.", date(2025, 5, 8)),
    ("NAIROBI, Thursday, 8 May 2025 (Example News) — Troops moved.", date(2025, 5, 8)),
    ("NAIROBI (Example News) - Troops moved on 8 May 2025.", None),
    ("Sudan, pada Kamis (8/5/2025), meminta bantuan - kata pejabat.", None),
])
def test_lead_dates(paragraph, expected):
    lead = lead_dateline(paragraph)
    assert (date.fromisoformat(lead.value.value) if lead else None) == expected


# --- numbers of dead -----------------------------------------------------------


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Sudan and Chad clashed at the border on Tuesday, and five soldiers were killed and about 40 wounded."),
    ("en", "Sudan and Chad clashed at the border on Tuesday; about 40 people were wounded and five killed."),
    ("id", "Sudan dan Chad bentrok di perbatasan pada Selasa, lima tentara tewas dan sekitar 40 lainnya luka-luka."),
    ("id", "Sudan dan Chad bentrok di perbatasan pada Selasa, sekitar 40 orang terluka dan lima tewas."),
])
def test_the_wounded_are_not_counted_as_dead(language, text):
    clashes = of_kind(text, language, "ArmedClash")
    assert [c["fatalities"] for c in clashes] == [(5, "exact")]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Chad's army shelled Sudanese army positions when rebel fighters crossed the river on Tuesday."),
    ("id", "Tentara Chad menembaki posisi tentara Sudan ketika para pemberontak menyeberangi sungai pada Selasa."),
])
def test_a_when_clause_dates_the_dateless_clause_before_it(language, text):
    clashes = of_kind(text, language, "ArmedClash")
    assert clashes and all(c["date"] == ("2025-05-06", None) for c in clashes)


# --- spans of time between two events ------------------------------------------


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Sudan and Chad agreed to a ceasefire on Tuesday, a day after their troops clashed at the border.",
     ("2025-05-05", None)),
    ("id", "Sudan dan Chad menyepakati gencatan senjata pada Selasa, sehari setelah pasukan kedua negara bentrok di perbatasan.",
     ("2025-05-05", None)),
    ("en", "Sudan and Chad signed a border treaty in April 2025, three months after their troops clashed at the border.",
     ("2025-01", None)),
    ("id", "Sudan dan Chad menandatangani perjanjian perbatasan pada April 2025, tiga bulan setelah pasukan kedua negara bentrok.",
     ("2025-01", None)),
])
def test_an_exact_span_before_after_dates_the_earlier_event(language, text, expected):
    clashes = of_kind(text, language, "ArmedClash")
    assert [c["date"] for c in clashes] == [expected]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Sudan and Chad agreed to a ceasefire on Tuesday, nearly a month after their troops clashed at the border."),
    ("en", "Sudan and Chad agreed to a ceasefire on Tuesday, a few days after their troops clashed at the border."),
    ("id", "Sudan dan Chad menyepakati gencatan senjata pada Selasa, beberapa hari setelah pasukan kedua negara bentrok."),
    ("id", "Sudan dan Chad menyepakati gencatan senjata pada Selasa, hampir sebulan setelah pasukan kedua negara bentrok."),
])
def test_a_vague_span_keeps_the_earlier_event_off_the_later_day(language, text):
    clashes = of_kind(text, language, "ArmedClash")
    assert clashes and all(c["date"] != ("2025-05-06", None) for c in clashes)


@pytest.mark.parametrize(("text", "language", "unit", "amount", "about"), [
    ("two weeks before the vote", "en", "days", 14, 14),
    ("a year after the coup", "en", "months", -12, -12),
    ("dua pekan sebelum pemilu", "id", "days", 14, 14),
    ("setahun setelah kudeta", "id", "months", -12, -12),
    ("almost two years after the coup", "en", "months", None, -24),
    ("in the days after the coup", "en", "days", None, -3),
    ("beberapa bulan setelah kudeta", "id", "months", None, -3),
])
def test_offsets(text, language, unit, amount, about):
    assert [(o.unit, o.amount, o.about) for o in find_offsets(text, language)] == [(unit, amount, about)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", ("Sudan and Chad clashed at the border on 14 March. It was the worst fighting since the 2014 war. "
            "Nobody claimed the first shot. The next day Sudan and Chad agreed to a ceasefire.")),
    ("id", ("Sudan dan Chad bentrok di perbatasan pada 14 Maret. Itu pertempuran terburuk sejak perang 2014. "
            "Tidak ada yang mengaku menembak lebih dulu. Keesokan harinya Sudan dan Chad menyepakati gencatan senjata.")),
])
def test_a_shift_hangs_on_the_latest_day_told_not_on_the_publication_day(language, text):
    truce = of_kind(text, language, "Ceasefire")
    assert [t["date"] for t in truce] == [("2025-03-15", None)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Sudan and Chad clashed at the border on Tuesday; more than 2,000 people fled and five were killed."),
    ("id", "Sudan dan Chad bentrok di perbatasan pada Selasa, lebih dari 2.000 orang mengungsi dan lima orang tewas."),
])
def test_those_who_fled_are_not_counted_as_dead(language, text):
    clashes = of_kind(text, language, "ArmedClash")
    assert [c["fatalities"] for c in clashes] == [(5, "exact")]


# --- numbers of troops ---------------------------------------------------------


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Ghana has stationed troops in South Sudan as one of the mission's main contributors, with about 700 soldiers.",
     (700, "about")),
    ("id", "Ghana menempatkan pasukan di Sudan Selatan sebagai salah satu penyumbang utama misi itu, dengan sekitar 700 tentara.",
     (700, "about")),
])
def test_the_one_troop_count_of_the_clause_counts_the_deployment(language, text, expected):
    deployments = of_kind(text, language, "Deployment")
    assert [d["troops"] for d in deployments] == [expected]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Ghana has stationed troops in South Sudan; two soldiers serving with the mission were wounded."),
    ("id", "Ghana menempatkan pasukan di Sudan Selatan, dua prajurit yang bertugas di misi itu terluka."),
])
def test_wounded_soldiers_are_no_troop_count(language, text):
    assert all(d["troops"] is None for d in of_kind(text, language, "Deployment"))


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The war between Sudan and Chad had killed some 3,000 people by the end of 2024."),
    ("id", "Perang antara Sudan dan Chad telah menewaskan sekitar 3.000 orang hingga akhir 2024."),
])
def test_a_tally_up_to_a_date_does_not_date_the_war(language, text):
    wars = of_kind(text, language, "War")
    assert [(w["date"], w["fatalities"]) for w in wars] == [(None, (3000, "about"))]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "The ceasefire between Sudan and Chad that Kenya announced on Monday evening took effect on Tuesday.",
     ("2025-05-05", "2025-05-06")),
    ("id", "Sudan dan Chad pada Senin menyepakati gencatan senjata yang mulai berlaku pada Rabu (7/5/2025).",
     ("2025-05-05", "2025-05-07")),
    ("en", "A ceasefire between Sudan and Chad came into force at 4 a.m. on Wednesday.", ("2025-05-07", None)),
])
def test_a_truce_runs_from_the_day_agreed_to_the_day_it_took_effect(language, text, expected):
    assert [t["date"] for t in of_kind(text, language, "Ceasefire")] == [expected]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Sudan and Chad clashed at the border on Tuesday. The death toll from the clashes rose to 45 on Wednesday."),
    ("id", "Sudan dan Chad bentrok di perbatasan pada Selasa. Jumlah korban tewas akibat bentrokan itu menjadi 45 orang pada Rabu."),
])
def test_the_day_a_toll_was_counted_does_not_date_the_fight(language, text):
    clashes = of_kind(text, language, "ArmedClash")
    assert [(c["date"], c["fatalities"]) for c in clashes] == [(("2025-05-06", None), (45, "exact"))]


@pytest.mark.parametrize(("language", "text", "kind", "expected"), [
    ("id", "Sudan dan Chad menandatangani perjanjian damai di Nairobi pada Selasa, menutup perang yang dimulai pada 2019.",
     "War", ("2019", None)),
    ("en", "In 2023 Sudan and Chad signed a border treaty, and in 2024 they clashed.", "ArmedClash", ("2024", None)),
    ("id", "Pada 2023 Sudan dan Chad menandatangani perjanjian perbatasan, dan pada 2024 keduanya bentrok.",
     "ArmedClash", ("2024", None)),
    ("en", "Sudan and Chad met for talks in Nairobi over the weekend.", "Talks", ("2025-05-03", "2025-05-04")),
])
def test_the_date_nearest_the_trigger_or_telling_its_start(language, text, kind, expected):
    assert [e["date"] for e in of_kind(text, language, kind)] == [expected]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Sudan and Chad clashed on Tuesday; the fighting killed five and wounded 20."),
    ("id", "Sudan dan Chad bentrok pada Selasa; pertempuran itu menewaskan lima dan membuat 20 orang terluka."),
])
def test_the_dead_before_a_new_wounding_verb_still_count(language, text):
    clashes = of_kind(text, language, "ArmedClash")
    assert [c["fatalities"] for c in clashes] == [(5, "exact")]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Sudan and Chad went to war in March 2019. Talks between Sudan and Chad in Nairobi failed in the autumn of that year."),
    ("id", "Sudan dan Chad berperang pada Maret 2019. Perundingan antara Sudan dan Chad di Nairobi gagal pada akhir tahun itu."),
])
def test_that_year_carries_the_year_told_before(language, text):
    talks = of_kind(text, language, "Talks")
    assert talks and all(t["date"] and t["date"][0].startswith("2019") for t in talks)


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Sudan and Chad will hold talks in Nairobi on Monday."),
    ("id", "Sudan dan Chad akan menggelar perundingan di Nairobi pada Senin."),
])
def test_a_planned_event_on_a_weekday_is_the_coming_one(language, text):
    talks = of_kind(text, language, "Talks")
    assert [(t["modality"], t["date"]) for t in talks] == [("future", ("2025-05-12", None))]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Chad deployed 300 troops to an old desert fort which French engineers built in 1986."),
    ("id", "Chad menempatkan 300 tentara di benteng gurun tua yang dibangun insinyur Prancis pada 1986."),
])
def test_a_relative_clause_without_a_comma_keeps_its_year_to_itself(language, text):
    deployments = of_kind(text, language, "Deployment")
    assert deployments and all(d["date"] != ("1986", None) for d in deployments)


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Chadian troops attacked a rebel convoy which was carrying arms to the border on Monday."),
    ("id", "Pasukan Chad menyerang konvoi pemberontak yang membawa senjata ke perbatasan pada Senin."),
])
def test_the_news_day_closing_a_relative_clause_dates_the_main_clause(language, text):
    clashes = of_kind(text, language, "ArmedClash")
    assert [c["date"] for c in clashes] == [("2025-05-05", None)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Sudan and Chad agreed to a ceasefire, ending a war which broke out on 2 March."),
    ("id", "Sudan dan Chad sepakat menghentikan pertempuran, menutup perang yang pecah sejak 2 Maret."),
])
def test_the_start_told_of_a_war_dates_the_war_not_the_truce_ending_it(language, text):
    events = events_of(text, language)
    assert [e["date"] for e in events if e["kind"] == "War"] == [("2025-03-02", None)]
    truces = [e for e in events if e["kind"] == "Ceasefire"]
    assert truces and all(t["date"] != ("2025-03-02", None) for t in truces)


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Sudan left the bloc in August 2024, a few months after its troops clashed with Chad.", ("2024", None)),
    ("id", "Sudan keluar dari blok itu pada Agustus 2024, beberapa bulan setelah pasukannya bentrok dengan Chad.",
     ("2024", None)),
    ("en", "Sudan and Chad agreed to a ceasefire on Tuesday, a few days after their troops clashed at the border.",
     ("2025-05", None)),
    ("id", "Sudan dan Chad menyepakati gencatan senjata pada Selasa, hampir sebulan setelah pasukan kedua negara bentrok.",
     ("2025", None)),
])
def test_a_vague_span_dates_the_earlier_event_one_step_coarser(language, text, expected):
    clashes = of_kind(text, language, "ArmedClash")
    assert [c["date"] for c in clashes] == [expected]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Some 700 Chadian troops are stationed in northern Sudan."),
    ("id", "Sekitar 700 tentara Chad masih ditempatkan di Sudan utara."),
    ("en", "Chad, which stations about 700 troops in northern Sudan, called for calm."),
])
def test_a_force_told_as_present_now_has_no_date(language, text):
    deployments = of_kind(text, language, "Deployment")
    assert [(d["troops"], d["date"]) for d in deployments] == [((700, "about"), None)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "When Chadian troops were caught in an ambush near Abeche, a remote town near the border, late last month, "
           "the rebels posted videos."),
    ("id", "Ketika pasukan Chad diserang pemberontak di dekat Abeche, kota terpencil di dekat perbatasan, "
           "akhir bulan lalu, pemberontak mengunggah video."),
])
def test_a_when_clause_opening_the_sentence_takes_the_date_after_it(language, text):
    clashes = of_kind(text, language, "ArmedClash")
    assert [c["date"] for c in clashes] == [("2025-04", None)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Sudanese troops attacked a Chadian border post on Monday, and a soldier was killed."),
    ("id", "Pasukan Sudan menyerang pos perbatasan Chad pada Senin, dan seorang tentara tewas."),
    ("en", "Sudan and Chad clashed at the border on Monday, killing a Chadian soldier."),
    ("id", "Sudan dan Chad bentrok di perbatasan pada Senin, menewaskan seorang tentara Chad."),
])
def test_one_victim_told_without_a_number_counts_one(language, text):
    clashes = of_kind(text, language, "ArmedClash")
    assert [c["fatalities"] for c in clashes] == [(1, "exact")]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Sudan and Chad clashed on Monday; a police officer said five soldiers were killed.", (5, "exact")),
    ("en", "Sudan and Chad clashed on Monday and a soldier was wounded.", None),
    ("id", "Sudan dan Chad bentrok pada Senin dan seorang tentara terluka.", None),
])
def test_a_single_person_who_speaks_or_is_wounded_is_no_death(language, text, expected):
    clashes = of_kind(text, language, "ArmedClash")
    assert [c["fatalities"] for c in clashes] == [expected]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Sudan and Chad agreed to a truce that will take effect on Saturday, the mediators said on Tuesday."),
    ("id", "Sudan dan Chad menyepakati gencatan senjata yang akan mulai berlaku pada Sabtu, kata para mediator pada Selasa."),
])
def test_a_truce_to_take_effect_spans_the_reported_day_to_the_coming_one(language, text):
    truces = of_kind(text, language, "Ceasefire")
    assert [t["date"] for t in truces] == [("2025-05-06", "2025-05-10")]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Sudan and Chad held talks in Nairobi in March. A week later, in Addis Ababa, Sudan and Chad agreed to a ceasefire."),
    ("id", "Sudan dan Chad menggelar perundingan di Nairobi pada Maret. Sepekan kemudian, di Addis Ababa, "
           "Sudan dan Chad menyepakati gencatan senjata."),
])
def test_a_shift_of_days_from_a_month_stays_in_that_month(language, text):
    truces = of_kind(text, language, "Ceasefire")
    assert [t["date"] for t in truces] == [("2025-03", None)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The Sudanese army has been shelling Chadian border posts for two years, and Chad struck back on Sunday."),
    ("id", "Tentara Sudan telah menggempur pos-pos perbatasan Chad selama dua tahun, dan Chad membalas pada Minggu."),
])
def test_a_perfect_verb_with_a_running_span_dates_when_it_began(language, text):
    dates = sorted(e["date"] for e in of_kind(text, language, "ArmedClash"))
    assert ("2023", None) in dates


def test_a_present_perfect_deployment_takes_no_day_from_the_clause_before_it():
    text = "Sudan and Chad began joint drills on Friday, and Chad has sent about 4,000 troops to its border with Libya."
    deployments = of_kind(text, "en", "Deployment")
    assert [(d["troops"], d["date"]) for d in deployments] == [((4000, "about"), None)]


def test_a_past_deployment_in_the_clause_joined_keeps_its_day():
    text = "Sudan and Chad began joint drills on Friday, and Chad sent about 4,000 troops to its border with Libya."
    deployments = of_kind(text, "en", "Deployment")
    assert [d["date"] for d in deployments] == [("2025-05-02", None)]


@pytest.mark.parametrize(("language", "text"), [
    ("id", "Sudan dan Chad menandatangani perjanjian damai pada Selasa, mengakhiri perang yang dimulai pada 2019."),
    ("en", "Sudan and Chad agreed on Tuesday to a truce in the war that began in 2019."),
])
def test_a_truce_never_takes_the_start_of_the_war_it_ends(language, text):
    truces = of_kind(text, language, "Ceasefire")
    assert truces and all(t["date"] == ("2025-05-06", None) for t in truces)


@pytest.mark.parametrize(("line", "expected"), [
    ("Warta Kita - 05/08/2022, 10:15 WIB", date(2022, 8, 5)),
    ("Harian Nusantara - Rabu, 14 September 2022", date(2022, 9, 14)),
])
def test_a_dateline_opened_by_an_outlet_name_and_a_dash(line, expected):
    assert dateline_date(line) == expected


def test_a_dateline_lead_naming_the_country_of_its_place():
    lead = lead_dateline("ADRE, Chad, 13 September 2023 (Kabar Dunia) - Pasukan Chad dan Sudan bentrok.")
    assert lead is not None and lead.value.value == "2023-09-13"


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The junta in Mali scrapped its military accord with France in March, days after a visit to Bamako "
           "by a French delegation led by Defence Minister Pierre Vallon."),
    ("id", "Junta Mali membatalkan perjanjian militer dengan Prancis pada Maret, beberapa hari setelah menteri "
           "luar negeri Mali dan Prancis menggelar perundingan di Bamako."),
])
def test_days_after_an_event_told_in_a_month_lie_in_that_month(language, text):
    talks = of_kind(text, language, "Talks")
    assert [t["date"] for t in talks] == [("2025-03", None)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The junta in Mali, which seized power in 2021, scrapped its military accord with France in March, "
           "weeks after a visit to Bamako by a French delegation led by Defence Minister Pierre Vallon."),
    ("id", "Junta Mali, yang merebut kekuasaan pada 2021, membatalkan perjanjian militer dengan Prancis pada "
           "Maret, beberapa pekan setelah menteri luar negeri Mali dan Prancis menggelar perundingan di Bamako."),
])
def test_the_date_right_before_a_span_is_what_it_counts_from(language, text):
    talks = of_kind(text, language, "Talks")
    assert [t["date"] for t in talks] == [("2025-03", None)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The raid on Baidoa came two months after al-Shabaab militants stormed an army base in Dhusamareb, "
           "near the border with Ethiopia, in March."),
    ("id", "Serangan di Baidoa terjadi dua bulan setelah militan al-Shabaab menyerbu pangkalan militer di "
           "Dhusamareb, dekat perbatasan Ethiopia, pada Maret."),
])
def test_a_date_closing_a_clause_opened_by_a_span_is_its_own(language, text):
    clashes = of_kind(text, language, "ArmedClash")
    assert clashes and all(c["date"] == ("2025-03", None) for c in clashes)


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The truce between Sudan and Chad comes a week after Chadian troops shelled the town of Adre. "
           "The Sudanese army responded the next day with air strikes on Abeche."),
    ("id", "Gencatan senjata antara Sudan dan Chad itu datang sepekan setelah pasukan Chad menembaki kota Adre. "
           "Tentara Sudan membalas keesokan harinya dengan serangan udara di Abeche."),
])
def test_a_span_back_from_the_news_of_the_day_dates_the_event_and_what_follows(language, text):
    dates = {tuple(e["actors"]): e["date"] for e in of_kind(text, language, "ArmedClash")}
    # Abeche lies in Chad (ontology/reference/places.toml), so the strikes on it are a fight with Chad
    assert dates == {("TCD",): ("2025-05-01", None), ("SDN", "TCD"): ("2025-05-02", None)}


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Kenya will send about 400 police officers to Haiti, the interior minister announced on Tuesday."),
    ("id", "Kenya akan mengirim sekitar 400 polisi ke Haiti, kata menteri dalam negeri pada Selasa."),
])
def test_a_plan_told_on_a_weekday_is_not_moved_a_week_ahead(language, text):
    """Nor dated by the day it was told: that is no day of the deployment
    (see test_a_planned_event_takes_only_a_date_its_clause_gives_or_one_ahead)."""
    plans = of_kind(text, language, "Deployment")
    assert [(p["modality"], p["date"]) for p in plans] == [("future", None)]


# --- datelines with a long dated field; events told by how long they lasted ----------


@pytest.mark.parametrize(("line", "expected"), [
    ("By Our Africa Desk | Published Tuesday, 6 May 2025, 07:15 GMT", date(2025, 5, 6)),
    ("Oleh Tim Redaksi | Diterbitkan Selasa, 6 Mei 2025 pukul 07.15 WIB", date(2025, 5, 6)),
    ("By Our Africa Desk | Troops left the town on Tuesday, 6 May 2025", None),
])
def test_a_dated_field_beside_a_byline_may_be_long(line, expected):
    assert dateline_date(line) == expected


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Sudan and the RSF agreed on Tuesday to a truce after five days of fighting in Khartoum."),
    ("id", "Sudan dan RSF pada Selasa (6/5/2025) menyepakati gencatan senjata setelah lima hari pertempuran di Khartoum."),
])
def test_days_of_fighting_before_a_truce_began_that_many_days_before_it(language, text):
    assert [e["date"] for e in of_kind(text, language, "ArmedClash")] == [("2025-05-02", "2025-05-06")]


@pytest.mark.parametrize(("language", "text", "kind", "expected"), [
    ("en", "The accord between Colombia and the ELN was the fruit of four years of talks in Caracas.", "Talks", "2021"),
    ("id", "Kesepakatan antara Kolombia dan ELN lahir dari empat tahun perundingan di Caracas.", "Talks", "2021"),
    ("en", "A ceasefire between Ethiopia and Eritrea in 2000 ended two years of war.", "War", "1998"),
    ("id", "Gencatan senjata antara Etiopia dan Eritrea pada 2000 mengakhiri dua tahun perang.", "War", "1998"),
    ("en", "The statement followed nearly four years of talks between Colombia and the ELN.", "Talks", "2021"),
])
def test_years_an_event_lasted_date_the_year_it_began(language, text, kind, expected):
    assert [e["date"] for e in of_kind(text, language, kind)] == [(expected, None)]


def test_a_week_of_talks_up_to_the_news_day_began_a_week_before_it():
    text = "Pernyataan itu menyusul sepekan perundingan antara Niger dan Amerika Serikat di Niamey."
    assert [e["date"] for e in of_kind(text, "id", "Talks")] == [("2025-05-02", "2025-05-08")]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Israel struck Hezbollah positions in Lebanon on Monday, 5 May. Hours later, Iran fired missiles at Israel."),
    ("id", "Israel menyerang posisi Hizbullah di Lebanon pada Senin (5/5/2025). "
           "Beberapa jam kemudian, Iran menembakkan rudal ke Israel."),
])
def test_hours_later_is_the_day_told_before(language, text):
    dates = {tuple(e["actors"]): e["date"] for e in of_kind(text, language, "ArmedClash")}
    assert dates[("IRN", "ISR")] == ("2025-05-05", None)


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Before dawn on 3 May, Colombian warplanes bombed a FARC camp in Ecuador.", ("2025-05-03", None)),
    ("id", "Sebelum fajar pada 3 Mei, pesawat tempur Kolombia mengebom kamp FARC di Ekuador.", ("2025-05-03", None)),
    ("en", "After nightfall on Saturday, Colombian warplanes bombed a FARC camp in Ecuador.", ("2025-05-03", None)),
    ("en", "After talks on 20 April, Colombian warplanes bombed a FARC camp in Ecuador.", ("2025-05-08", None)),
])
def test_a_time_phrase_opening_the_sentence_dates_its_main_clause(language, text, expected):
    assert [e["date"] for e in of_kind(text, language, "ArmedClash")] == [expected]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Sudan and the RSF agreed to meet again in Jeddah on 15 May.", ("2025-05-15", None)),
    ("id", "Sudan dan RSF sepakat bertemu lagi di Jeddah pada 15 Mei.", ("2025-05-15", None)),
    ("en", "Sudan and the RSF held talks in Jeddah on 5 May.", ("2025-05-05", None)),
    ("en", "Sudan and the RSF held talks in Jeddah on 30 May.", ("2024-05-30", None)),
])
def test_a_day_without_its_year_just_after_publication_is_a_coming_one(language, text, expected):
    assert [e["date"] for e in of_kind(text, language, "Talks")] == [expected]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "The 1950-53 Korean War ended in an armistice between North Korea and the UN Command.", ("1953", None)),
    ("id", "Perang Korea 1950-1953 berakhir dengan gencatan senjata antara Korea Utara dan Korea Selatan.", ("1953", None)),
])
def test_what_ended_a_war_told_with_its_span_of_years_falls_at_its_end(language, text, expected):
    assert [e["date"] for e in of_kind(text, language, "Ceasefire")] == [expected]


def test_what_happened_during_a_war_told_with_its_span_keeps_the_span():
    text = "Pada perang 1998-2003, Uganda mengirim pasukan ke Kongo."
    assert [e["date"] for e in of_kind(text, "id", "Deployment")] == [("1998", "2003")]


# --- the day of the news: what dateless events of an article take ------------------

@pytest.mark.parametrize(("language", "text"), [
    ("en", "Thai and Cambodian troops clashed near the border on Tuesday. The Thai army said two soldiers were "
           "wounded. Indonesia's foreign minister met her Thai counterpart in Bangkok."),
    ("id", "Pasukan Thailand dan Kamboja bentrok di perbatasan pada Selasa (6/5/2025). Tentara Thailand menyebut "
           "dua prajurit terluka. Menteri Luar Negeri Indonesia bertemu mitranya dari Thailand di Bangkok."),
])
def test_a_dateless_event_takes_the_day_the_lead_tells_not_the_day_of_print(language, text):
    assert [e["date"] for e in of_kind(text, language, "Talks")] == [("2025-05-06", None)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Thai and Cambodian troops clashed near the border in 2011. "
           "Indonesia's foreign minister met her Thai counterpart in Bangkok."),
    ("id", "Pasukan Thailand dan Kamboja bentrok di perbatasan pada 2011. "
           "Menteri Luar Negeri Indonesia bertemu mitranya dari Thailand di Bangkok."),
])
def test_a_lead_told_long_before_publication_leaves_the_day_of_print(language, text):
    assert [e["date"] for e in of_kind(text, language, "Talks")] == [("2025-05-08", None)]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Ugandan troops have been deployed in Congo since early December.", ("2024-12", None)),
    ("en", "Uganda has kept troops in Congo since late 2021.", ("2021", None)),
    ("id", "Pasukan Uganda telah dikerahkan di Kongo sejak awal Desember.", ("2024-12", None)),
    ("id", "Uganda telah mengerahkan pasukan di Kongo sejak pertengahan Desember.", ("2024-12", None)),
])
def test_a_since_clause_with_early_or_late_before_its_date_dates_the_clause_before_it(language, text, expected):
    assert [e["date"] for e in of_kind(text, language, "Deployment")] == [expected]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Nigeria ended its operation on Tuesday, a day after the army said its troops had clashed with Boko Haram "
           "near Maiduguri."),
    ("id", "Nigeria mengakhiri operasinya pada Selasa, sehari setelah militer mengatakan pasukannya bentrok dengan "
           "Boko Haram di dekat Maiduguri."),
])
def test_what_a_clause_opened_by_a_span_reports_is_moved_by_the_span_too(language, text):
    assert [e["date"] for e in of_kind(text, language, "ArmedClash")] == [("2025-05-05", None)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The army said on Tuesday that its troops had clashed with Boko Haram near Maiduguri."),
    ("id", "Militer Nigeria mengatakan pada Selasa bahwa pasukannya bentrok dengan Boko Haram di dekat Maiduguri."),
])
def test_what_a_main_clause_reports_keeps_its_day(language, text):
    assert [e["date"] for e in of_kind(text, language, "ArmedClash")] == [("2025-05-06", None)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "About 2,500 US troops remain in Iraq to fight Islamic State."),
    ("en", "France still has about 1,000 troops in Chad."),
    ("en", "Britain keeps about 500 troops in Estonia."),
    ("id", "Prancis masih menempatkan sekitar 1.000 tentara di Chad."),
    ("id", "Saat ini sekitar 500 tentara Inggris ditempatkan di Estonia."),
])
def test_forces_told_as_still_there_are_no_deployment_of_the_day(language, text):
    assert [e["date"] for e in of_kind(text, language, "Deployment")] == [None]


# --- dates carried between sentences, and dates that date nothing --------------------

@pytest.mark.parametrize(("language", "text"), [
    ("en", "Armenian and Azerbaijani troops clashed near Lachin, the first deadly clash since 1994."),
    ("en", "Sudanese and South Sudanese troops clashed near Heglig on Tuesday, the heaviest fighting on the border since 2012."),
    ("id", "Pasukan Armenia dan Azerbaijan bentrok di dekat Lachin, bentrokan mematikan pertama sejak 1994."),
    ("id", "Pasukan Sudan bentrok dengan pasukan Sudan Selatan di dekat Heglig, pertempuran terparah di perbatasan itu sejak 2012."),
])
def test_a_date_after_a_superlative_and_since_dates_no_event(language, text):
    events = events_of(text, language)
    assert [e["kind"] for e in events] == ["ArmedClash"]
    assert events[0]["date"][0].startswith("2025-05")


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Sudanese and South Sudanese troops clashed near Heglig on 3 March. Four days later, the two governments "
           "signed a ceasefire in Addis Ababa.", "2025-03-07"),
    ("en", "Sudanese and South Sudanese troops clashed near Heglig on 20 March. Ten days earlier, the two governments "
           "had signed a ceasefire in Addis Ababa.", "2025-03-10"),
    ("id", "Pasukan Sudan dan Sudan Selatan bentrok di dekat Heglig pada 3 Maret. Empat hari kemudian, kedua pemerintah "
           "menandatangani gencatan senjata di Addis Ababa.", "2025-03-07"),
    ("id", "Pasukan Sudan dan Sudan Selatan bentrok di dekat Heglig pada 20 Maret. Sepuluh hari sebelumnya, kedua "
           "pemerintah menandatangani gencatan senjata di Addis Ababa.", "2025-03-10"),
])
def test_any_count_of_days_later_or_earlier_moves_from_the_day_told_before(language, text, expected):
    assert [e["date"] for e in of_kind(text, language, "Ceasefire")] == [(expected, None)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Sudan and South Sudan fought a border war in 2012. Two years later, Sudanese and South Sudanese troops "
           "clashed near Heglig."),
    ("id", "Sudan dan Sudan Selatan berperang pada 2012. Dua tahun kemudian, pasukan Sudan dan Sudan Selatan bentrok "
           "di dekat Heglig."),
])
def test_years_later_move_the_year_told_before(language, text):
    assert [e["date"] for e in of_kind(text, language, "ArmedClash")] == [("2014", None)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Sudanese and South Sudanese troops clashed near Heglig on 3 March, a month after talks in February had "
           "failed. On the same day, Sudan and South Sudan agreed a ceasefire."),
    ("id", "Pasukan Sudan dan Sudan Selatan bentrok di dekat Heglig pada 3 Maret, sebulan setelah perundingan pada "
           "Februari gagal. Pada hari yang sama, Sudan dan Sudan Selatan menyepakati gencatan senjata."),
])
def test_the_same_day_is_the_day_told_before_not_a_month_told_after_it(language, text):
    assert [e["date"] for e in of_kind(text, language, "Ceasefire")] == [("2025-03-03", None)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Sudanese troops took Heglig from South Sudan on 16 March. South Sudan had seized the town in June 2014. "
     "Four days later, Sudanese and South Sudanese troops clashed near Bentiu.", "2025-03-20"),
    ("Sudanese troops took Heglig from South Sudan on 16 March. The army said South Sudan had seized the town on "
     "10 March. Four days later, Sudanese and South Sudanese troops clashed near Bentiu.", "2025-03-14"),
])
def test_a_past_perfect_aside_is_no_anchor_for_days_later_unless_reported(text, expected):
    dates = [e["date"] for e in of_kind(text, "en", "ArmedClash")]
    assert (expected, None) in dates, dates  # the seizure told in the aside may be a fight of its own


@pytest.mark.parametrize(("text", "kind", "expected"), [
    ("Perjanjian damai 2005 mengakhiri perang antara Sudan dan Sudan Selatan.", "TreatySigning", "2005"),
    ("Sudan dan Sudan Selatan menandatangani gencatan senjata pada Juli 2011, enam tahun setelah kesepakatan damai "
     "2005 mengakhiri perang mereka.", "TreatySigning", "2005"),
])
def test_a_year_after_an_indonesian_peace_deal_noun_dates_it(text, kind, expected):
    assert (expected, None) in [e["date"] for e in of_kind(text, "id", kind)]


# --- wire datelines: a day without its year, fields set apart by slashes -------------


@pytest.mark.parametrize(("page", "expected"), [
    ("Troops clash on the border\n\nHARARE, Feb 9 (Southern Wire) - Zimbabwean and Zambian troops clashed "
     "near Kariba on Sunday.\n\n© 2025 Southern Wire", "2025-02-09"),
    ("Pasukan bentrok di perbatasan\n\nLUSAKA, Zambia, Minggu (9/2) (Kabar Selatan) - Pasukan Zambia dan "
     "Zimbabwe bentrok di dekat Kariba.\n\nCopyright © 2025 Kabar Selatan", "2025-02-09"),
    ("Pasukan bentrok di perbatasan\n\nLUSAKA, 9 Februari (Kabar Selatan) - Pasukan Zambia dan Zimbabwe "
     "bentrok di dekat Kariba.\n\n(c) 2024-2025 Kabar Selatan", "2025-02-09"),
])
def test_a_wire_dateline_without_its_year_takes_the_year_of_the_copyright_line(page, expected):
    clashes = [e for e in _ingested(page) if e.kind == "ArmedClash"]
    assert [e.date.value for e in clashes] == [expected]


def test_a_wire_dateline_without_its_year_or_a_copyright_line_dates_nothing():
    page = ("Troops clash on the border\n\nHARARE, Feb 9 (Southern Wire) - Zimbabwean and Zambian troops clashed "
            "near Kariba on Sunday.")
    assert [e.date for e in _ingested(page) if e.kind == "ArmedClash"] == [None]


@pytest.mark.parametrize(("page", "expected"), [
    ("Troops clash on the border\n\nKAMPALA, March 6 (Lake Wire) - Ugandan and Kenyan troops clashed near Busia "
     "on Thursday. The two armies last fought in 2018.", "2020-03-05"),
    ("Pasukan bentrok di perbatasan\n\nKAMPALA, 6 Maret (Kabar Danau) - Pasukan Uganda dan Kenya bentrok di dekat "
     "Busia pada Kamis. Kedua tentara terakhir bertempur pada 2018.", "2020-03-05"),
    ("Troops clash on the border\n\nKAMPALA, Sept 11 (Lake Wire) - Ugandan and Kenyan troops clashed near Busia "
     "on Friday. The two armies last fought in 2010.", "2021-09-10"),
    ("Troops clash on the border\n\nKAMPALA/NAIROBI, March 6 (Lake Wire) - Ugandan and Kenyan troops clashed "
     "near Busia on Thursday. The two armies last fought in 2018.", "2020-03-05"),
])
def test_a_page_printing_no_year_is_of_the_first_year_after_those_it_names_that_fits_its_lead_weekday(page, expected):
    """The wire lead tells the day before the dateline: 5 March 2020 was a Thursday, 10 September 2021 a Friday
    (so was 10 September 2010, but the news is newer than the year it recalls)."""
    clashes = [e for e in _ingested(page) if e.kind == "ArmedClash"]
    assert expected in [e.date.value for e in clashes if e.date]  # the fight recalled keeps its own year


@pytest.mark.parametrize("paragraph", [
    "HARARE, Sunday (Southern Wire) - Zimbabwean and Zambian troops clashed near Kariba.",
    "HARARE, yesterday (Southern Wire) - Zimbabwean and Zambian troops clashed near Kariba.",
])
def test_a_copyright_year_gives_no_day_to_a_weekday_lead(paragraph):
    assert lead_dateline(paragraph, 2025) is None


@pytest.mark.parametrize(("line", "expected"), [
    ("February 9, 2025 / 6:15 PM / Updated an hour ago", date(2025, 2, 9)),
    ("9 Februari 2025 / 18:15 WIB", date(2025, 2, 9)),
])
def test_a_dateline_of_fields_set_apart_by_slashes(line, expected):
    assert dateline_date(line) == expected


# --- a plan announced: the day it was told is not when it will happen --------------


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Britain will send 300 soldiers to Estonia, the defence ministry said on Tuesday.", None),
    ("en", "On Tuesday the defence ministry said Britain would deploy 300 soldiers to Estonia.", None),
    ("id", "Pada Selasa, Kementerian Pertahanan Inggris mengumumkan akan mengirim 300 tentara ke Estonia.", None),
    ("id", "Inggris akan mengirim 300 tentara ke Estonia, kata Kementerian Pertahanan pada Selasa.", None),
    ("en", "Britain will send 300 soldiers to Estonia on 20 May, the defence ministry said on Tuesday.",
     ("2025-05-20", None)),
    ("en", "Britain will send 300 soldiers to Estonia on Friday, the defence ministry said on Tuesday.",
     ("2025-05-09", None)),
    ("id", "Inggris akan mengirim 300 tentara ke Estonia pada 20 Mei, kata Kementerian Pertahanan pada Selasa.",
     ("2025-05-20", None)),
    ("en", "Britain sent 300 soldiers to Estonia on Tuesday.", ("2025-05-06", None)),
])
def test_a_planned_event_takes_only_a_date_its_clause_gives_or_one_ahead(language, text, expected):
    assert [d["date"] for d in of_kind(text, language, "Deployment")] == [expected]


# --- the day of the news told by the lead without an event -----------------------------


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Niger suspended its membership of ECOWAS. The decision was read on state television on Tuesday."),
    ("id", "Niger membekukan keanggotaannya di ECOWAS. Keputusan itu dibacakan di televisi pemerintah pada "
           "Selasa (6/5/2025)."),
])
def test_a_lead_dating_its_news_in_a_clause_that_is_no_event_gives_the_day_of_the_news(language, text):
    assert [e["date"] for e in of_kind(text, language, "Suspension")] == [("2025-05-06", None)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Niger suspended its membership of ECOWAS. The junta first floated the idea on 2 March."),
    ("id", "Niger membekukan keanggotaannya di ECOWAS. Junta pertama kali melontarkan gagasan itu pada 2 Maret."),
])
def test_a_lead_telling_a_day_long_before_print_leaves_the_day_of_print(language, text):
    assert [e["date"] for e in of_kind(text, language, "Suspension")] == [("2025-05-08", None)]


# --- a war dated by the clause telling how long it has raged ---------------------------


@pytest.mark.parametrize(("language", "text"), [
    ("id", "Menteri luar negeri Kenya dan Uganda bertemu di Nairobi pada Selasa dan membahas perang Sudan melawan "
           "RSF yang berkecamuk sejak April 2023."),
    ("id", "Menteri luar negeri Kenya dan Uganda bertemu di Nairobi pada Selasa dan membahas perang Sudan melawan "
           "RSF yang berlangsung sejak April 2023."),
    ("en", "The foreign ministers of Kenya and Uganda met in Nairobi on Tuesday and discussed Sudan's war with the "
           "RSF, which has raged since April 2023."),
    ("en", "The foreign ministers of Kenya and Uganda met in Nairobi on Tuesday and discussed Sudan's war with the "
           "RSF, which has lasted since April 2023."),
])
def test_a_war_that_has_raged_since_a_date_began_then_not_on_the_day_it_was_discussed(language, text):
    assert [w["date"] for w in of_kind(text, language, "War")] == [("2023-04", None)]


# --- a "when" clause opening the sentence; the year of a treaty an act invokes ---------


@pytest.mark.parametrize(("language", "text"), [
    ("en", "When riots hit the capital in March 2021, Haiti asked Kenya for help."),
    ("id", "Ketika kerusuhan melanda ibu kota pada Maret 2021, Haiti meminta bantuan Kenya."),
    ("en", "When riots hit the capital in March 2021, Haiti asked Kenya for help under a 2019 security treaty."),
    ("id", "Saat kerusuhan melanda ibu kota pada Maret 2021, Haiti meminta bantuan Kenya berdasarkan perjanjian "
           "keamanan tahun 2019."),
])
def test_a_when_clause_opening_the_sentence_dates_its_main_clause_not_the_year_of_a_treaty(language, text):
    assert [r["date"] for r in of_kind(text, language, "AidRequest")] == [("2021-03", None)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Haiti asked Kenya for help under a 2019 security treaty."),
    ("id", "Haiti meminta bantuan Kenya berdasarkan perjanjian keamanan tahun 2019."),
])
def test_the_year_of_an_invoked_treaty_still_dates_an_act_the_sentence_dates_no_other_way(language, text):
    assert [r["date"] for r in of_kind(text, language, "AidRequest")] == [("2019", None)]


# --- one victim named by rank or role; a lone speaker is no victim ----------------------


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "On Monday a US drone strike in Baghdad killed a commander of the Kataib Hezbollah militia.", (1, "exact")),
    ("id", "Pada Senin serangan drone AS di Baghdad menewaskan seorang komandan milisi Kataib Hizbullah.",
     (1, "exact")),
    ("en", "Al-Shabaab fighters ambushed a Kenyan convoy near Mandera, killing a passenger.", (1, "exact")),
    ("id", "Petempur Al-Shabaab menyergap konvoi Kenya di dekat Mandera dan menewaskan seorang penumpang.",
     (1, "exact")),
    ("id", "Seorang anggota parlemen mengatakan serangan Israel di Gaza menewaskan lima orang.", (5, "exact")),
    ("id", "Seorang komandan mengatakan serangan Israel di Gaza menewaskan lima orang.", (5, "exact")),
    ("en", "A commander said the Israeli strike on Gaza killed people.", None),
])
def test_one_victim_named_by_rank_or_role_and_a_lone_speaker_who_is_none(language, text, expected):
    assert [c["fatalities"] for c in of_kind(text, language, "ArmedClash")] == [expected]


# --- a force told as present now: no news day, no other clause's date -------------------


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Malian troops clashed with rebels near Kidal on Monday. France, which has some 3,000 soldiers deployed "
           "across the region, condemned the attack."),
    ("en", "Malian troops clashed with rebels near Kidal on Monday. Mali hosts a large base where some 2,000 French "
           "troops are stationed, yet the French president said on Tuesday he would not intervene."),
    ("en", "Malian troops clashed with rebels near Kidal on Monday. The civil war of 2012 ended with a deal, and "
           "about 3,000 French troops remain stationed in Mali."),
    ("en", "Malian troops clashed with rebels near Kidal on Monday. France, which stations about 3,000 troops in "
           "Mali under a 2013 defence treaty, urged restraint."),
    ("en", "Malian troops clashed with rebels near Kidal on Monday. A UN report said on Tuesday that up to 3,000 "
           "French troops were operating in northern Mali."),
    ("id", "Tentara Mali bentrok dengan pemberontak di dekat Kidal pada Senin (5/5/2025). Sekitar 3.000 tentara "
           "Prancis ditempatkan di Mali."),
    ("id", "Tentara Mali bentrok dengan pemberontak di dekat Kidal pada Senin (5/5/2025). Perang saudara 2012 "
           "berakhir dengan kesepakatan, dan sekitar 3.000 tentara Prancis masih ditempatkan di Mali."),
])
def test_a_standing_force_takes_neither_the_news_day_nor_another_clauses_date(language, text):
    assert [d["date"] for d in of_kind(text, language, "Deployment")] == [None]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "About 3,000 French troops have been stationed in Mali since 2013.", ("2013", None)),
    ("id", "Sekitar 3.000 tentara Prancis ditempatkan di Mali sejak 2013.", ("2013", None)),
    ("en", "France deployed 3,000 soldiers to Mali on Monday.", ("2025-05-05", None)),
    ("id", "Prancis mengerahkan 3.000 tentara ke Mali pada Senin (5/5/2025).", ("2025-05-05", None)),
])
def test_a_standing_force_keeps_the_start_its_own_clause_tells(language, text, expected):
    assert [d["date"] for d in of_kind(text, language, "Deployment")] == [expected]


# --- a date told as a plan is no anchor for "hours later" / "the next day" ----------------


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "US President Donald Trump spoke by phone with Mexican President Claudia Sheinbaum on Monday. Tariffs "
           "that were due to take effect on Wednesday were put off for a month. Hours later, Trump spoke by phone "
           "with Canadian Prime Minister Mark Carney.", "2025-05-05"),
    ("en", "US President Donald Trump spoke by phone with Mexican President Claudia Sheinbaum on Monday. Tariffs "
           "that will take effect on Wednesday were put off for a month. The next day, Trump spoke by phone with "
           "Canadian Prime Minister Mark Carney.", "2025-05-06"),
    ("id", "Presiden AS Donald Trump berbicara lewat telepon dengan Presiden Meksiko Claudia Sheinbaum pada Senin "
           "(5/5/2025). Tarif yang sedianya berlaku Rabu ditunda sebulan. Beberapa jam kemudian, Trump berbicara "
           "lewat telepon dengan Perdana Menteri Kanada Mark Carney.", "2025-05-05"),
    ("id", "Presiden AS Donald Trump berbicara lewat telepon dengan Presiden Meksiko Claudia Sheinbaum pada Senin "
           "(5/5/2025). Tarif yang akan berlaku Rabu ditunda sebulan. Keesokan harinya, Trump berbicara lewat "
           "telepon dengan Perdana Menteri Kanada Mark Carney.", "2025-05-06"),
])
def test_a_date_told_as_a_plan_is_no_anchor_for_a_shift(language, text, expected):
    calls = [c for c in of_kind(text, language, "PhoneCall") if "CAN" in c["actors"]]
    assert [c["date"] for c in calls] == [(expected, None)]


# --- the day a fight is condemned is not the day of the fight -----------------------------


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Sudanese army jets bombed RSF positions near Nyala on Monday. The African Union condemned the strikes "
           "on Tuesday."),
    ("en", "Sudanese army jets bombed RSF positions near Nyala on Monday. On Tuesday, the African Union denounced "
           "the attack."),
    ("id", "Jet tempur militer Sudan mengebom posisi RSF di dekat Nyala pada Senin. Uni Afrika mengecam serangan "
           "itu pada Selasa."),
    ("id", "Jet tempur militer Sudan mengebom posisi RSF di dekat Nyala pada Senin. Pada Selasa, Uni Afrika "
           "mengutuk serangan itu."),
])
def test_the_day_a_fight_is_judged_does_not_widen_its_date(language, text):
    clashes = of_kind(text, language, "ArmedClash")
    assert [c["date"] for c in clashes] == [("2025-05-05", None)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The African Union condemned Monday's strikes on Nyala by Sudanese army jets."),
    ("id", "Jet tempur militer Sudan mengebom posisi RSF di dekat Nyala pada Senin. Uni Afrika mengecam serangan "
           "itu."),
])
def test_a_day_told_of_the_judged_fight_still_dates_it(language, text):
    clashes = of_kind(text, language, "ArmedClash")
    assert [c["date"] for c in clashes] == [("2025-05-05", None)]


# --- an opening "Since August," dates what has gone on since ------------------------------


@pytest.mark.parametrize(("language", "text", "kind", "expected"), [
    ("en", "Since August, Norway has deployed three frigates to the Barents Sea.", "Deployment", ("2024-08", None)),
    ("id", "Sejak Agustus, Norwegia mengerahkan tiga kapal fregat ke Laut Barents.", "Deployment", ("2024-08", None)),
    ("en", "Since early 2023, Kenyan troops have fought al-Shabaab in southern Somalia.", "War", ("2023", None)),
    ("id", "Sejak awal 2023, tentara Kenya memerangi al-Shabaab di Somalia selatan.", "War", ("2023", None)),
])
def test_an_opening_since_phrase_dates_the_main_clause(language, text, kind, expected):
    assert [e["date"] for e in of_kind(text, language, kind)] == [expected]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Since then, Norway has deployed three frigates to the Barents Sea."),
    ("id", "Sejak itu, Norwegia mengerahkan tiga kapal fregat ke Laut Barents."),
])
def test_since_then_opening_a_sentence_gives_no_date_of_its_own(language, text):
    assert [e["date"] for e in of_kind(text, language, "Deployment")] == [None]


# --- a "since" clause after a lasting state tells when it began ----------------------------


@pytest.mark.parametrize(("language", "text", "kind", "expected"), [
    ("en", "Sudan has been mired in civil war since the army and the RSF turned on each other in April 2023.", "War",
     ("2023-04", None)),
    ("id", "Sudan dilanda perang saudara sejak militer dan RSF saling serang pada April 2023.", "War",
     ("2023-04", None)),
    ("en", "Kenya has kept about 3,000 peacekeepers in Somalia since the end of the 2011 offensive.", "Deployment",
     ("2011", None)),
    ("id", "Kenya menempatkan sekitar 3.000 personel penjaga perdamaian di Somalia sejak berakhirnya operasi 2011.",
     "Deployment", ("2011", None)),
])
def test_a_since_clause_after_a_lasting_state_dates_its_start(language, text, kind, expected):
    assert [e["date"] for e in of_kind(text, language, kind)] == [expected]


def test_a_since_clause_closing_a_comparison_dates_nothing():
    text = ("Thailand and Cambodia agreed to a truce after a week of the worst fighting between the neighbours since "
            "the army seized power in 2014.")
    assert not [e for e in events_of(text, "en") if e["date"] and e["date"][0].startswith("2014")]


# --- what has long gone on takes no day of the news -----------------------------------------


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Qatari and Egyptian envoys met in Doha on Sunday. Qatar has long mediated indirect talks between Israel "
           "and Hamas."),
    ("id", "Utusan Qatar dan Mesir bertemu di Doha pada Minggu (4/5/2025). Qatar telah lama menengahi perundingan "
           "tidak langsung antara Israel dan Hamas."),
])
def test_talks_told_as_long_going_on_take_no_day_of_the_news(language, text):
    talks = [e for e in events_of(text, language) if "HAMAS" in e["actors"]]
    assert talks and all(e["date"] is None for e in talks)


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Qatar, which has long mediated between them, hosted talks between Israel and Hamas in Doha on Sunday."),
    ("id", "Qatar, yang telah lama menengahi keduanya, menjadi tuan rumah perundingan antara Israel dan Hamas di Doha "
           "pada Minggu (4/5/2025)."),
])
def test_a_day_of_its_own_still_dates_talks_in_a_long_running_story(language, text):
    talks = [e for e in events_of(text, language) if "HAMAS" in e["actors"]]
    assert talks and all(e["date"] == ("2025-05-04", None) for e in talks)


# --- an event told at a month and at a day of it happened on that day ------------------------


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Britain will send an air defence battery to Jordan after Iran's missile attack on Jordan earlier this "
           "month. Iran fired about 40 ballistic missiles at Jordan on May 2."),
    ("id", "Inggris akan mengirim baterai pertahanan udara ke Yordania setelah serangan rudal Iran terhadap Yordania "
           "awal bulan ini. Iran menembakkan sekitar 40 rudal balistik ke Yordania pada 2 Mei."),
])
def test_a_day_inside_the_month_of_the_same_event_dates_it(language, text):
    attack = of_kind(text, language, "ArmedClash")
    assert [e["date"] for e in attack] == [("2025-05-02", None)]


# --- tolls: an aside between the count and its verb, a toll far from its number, a toll that topped a number ---


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "At least 19 villagers, among them three teachers and two nurses, were killed when rebels of the "
           "Allied Democratic Forces raided the village on Tuesday.", (19, "at least")),
    ("id", "Sedikitnya 19 warga desa, di antaranya tiga guru dan dua perawat, tewas ketika pemberontak Pasukan "
           "Demokratik Sekutu menyerbu desa itu pada Selasa (6/5/2025).", (19, "at least")),
    ("en", "Rebels of the Allied Democratic Forces raided a mining town on Friday. The death toll from the raid on the "
           "mining town near the northern border has risen to 57.", (57, "exact")),
    ("id", "Pemberontak Pasukan Demokratik Sekutu menyerbu sebuah kota tambang pada Jumat (2/5/2025). Jumlah korban "
           "tewas akibat serangan ke kota tambang dekat perbatasan utara itu terus bertambah dan kini mencapai lebih "
           "dari 57 orang.", (57, "more than")),
    ("en", "Rebels of the Allied Democratic Forces raided a mining town on Friday. The death toll topped 57 on "
           "Sunday.", (57, "more than")),
    ("id", "Pemberontak Pasukan Demokratik Sekutu menyerbu sebuah kota tambang pada Jumat (2/5/2025). Korban tewas "
           "melampaui 57 orang.", (57, "more than")),
])
def test_the_toll_is_read_past_asides_and_long_subjects(language, text, expected):
    assert [e["fatalities"] for e in of_kind(text, language, "ArmedClash")] == [expected]


# --- a "when" clause after the date a comparison reaches back to tells that time -----------------


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Thai and Cambodian troops clashed near the temple on Tuesday, the deadliest fighting since March 2011, "
           "when shelling along the border killed 14 Thai soldiers."),
    ("id", "Pasukan Thailand dan Kamboja bentrok di dekat candi itu pada Selasa (6/5/2025), pertempuran paling "
           "mematikan sejak Maret 2011, ketika penembakan artileri di perbatasan menewaskan 14 tentara Thailand."),
])
def test_a_when_clause_after_a_compared_date_is_another_event_of_that_time(language, text):
    fights = sorted((e["date"], e["fatalities"]) for e in of_kind(text, language, "ArmedClash"))
    assert fights == [(("2011-03", None), (14, "exact")), (("2025-05-06", None), None)]

"""One node per real event: date tolerance, merging within a document, and
reuse of stored event IRIs across documents (in-memory store)."""
from __future__ import annotations

from datetime import date

import pytest

from kg.events import dating
from kg.events.drafts import Draft
from kg.events.rules import EventRule
from kg.link import find_in_store, merge_drafts, new_event_iri, sides
from kg.model import DateValue, EventFact, Evidence, Quantity
from kg.namespaces import PROV, state_iri
from kg.pipeline import ingest
from kg.store import open_store
from tests.test_events import events_of

ARM, AZE, RUS = state_iri("ARM"), state_iri("AZE"), state_iri("RUS")


def day(value: str) -> DateValue:
    return DateValue(value, "day")


@pytest.mark.parametrize("a, b, expected", [
    (day("2022-09-12"), day("2022-09-14"), True),
    (day("2022-09-12"), day("2022-09-15"), False),
    (DateValue("2022-09", "month"), day("2022-09-30"), True),
    (DateValue("2022-05", "month"), DateValue("2022-04", "month"), False),
    (DateValue("2020", "year"), DateValue("1990", "decade", "1999"), False),
    (DateValue("1991", "year"), DateValue("1990", "decade", "1999"), True),
    (None, day("2022-09-12"), True),
])
def test_date_tolerance(a, b, expected):
    assert dating.compatible(a, b) is expected
    assert dating.compatible(b, a) is expected


def test_joined_dates():
    assert dating.join(day("2022-09-13"), day("2022-09-12")) == DateValue("2022-09-12", "day", "2022-09-13")
    decade = DateValue("1990", "decade", "1999")
    assert dating.join(DateValue("1991", "year"), decade) == decade


def draft(kind: str, roles: dict, when: DateValue | None = None, position: int = 0, **extra) -> Draft:
    rule = EventRule("test.rule", kind, ("x",), "participants", 0.5, undated=extra.pop("undated", "published"))
    evidence = [Evidence(f"sentence {position}", position, position + 10, "test.rule", 0.5)]
    fact = EventFact(kind, {r: tuple(v) for r, v in roles.items()}, evidence, date=when, **extra)
    return Draft(fact, rule, position, position)


def test_subset_of_sides_merges_and_keeps_hedged_numbers():
    events = merge_drafts([
        draft("AidRequest", {"requester": [ARM], "addressee": [RUS]}, day("2022-09-13"), 0),
        draft("AidRequest", {"requester": [ARM]}, None, 10),
        draft("Deployment", {"agent": [RUS]}, None, 20, troops=Quantity(2000)),
        draft("Deployment", {"agent": [RUS]}, day("2022-09-12"), 30, troops=Quantity(2000, "about")),
    ], date(2022, 9, 14))
    assert [e.kind for e in events] == ["AidRequest", "Deployment"]
    assert len(events[0].evidence) == 2 and events[0].date == day("2022-09-13")
    assert events[1].troops == Quantity(2000, "about") and events[1].date == day("2022-09-12")


def test_no_merge_across_modality_or_distant_dates():
    events = merge_drafts([
        draft("ArmedClash", {"participant": [ARM, AZE]}, day("2022-09-13"), 0),
        draft("ArmedClash", {"participant": [ARM, AZE]}, day("2022-09-13"), 10, modality="future"),
        draft("ArmedClash", {"participant": [ARM, AZE]}, DateValue("2020", "year"), 20),
    ], date(2022, 9, 14))
    assert len(events) == 3


def test_undated_events_take_the_publication_day_only_when_asserted_news():
    events = merge_drafts([
        draft("PhoneCall", {"participant": [ARM, RUS]}, None, 0),
        draft("War", {"participant": [ARM, AZE]}, None, 10, undated="none"),
        draft("Deployment", {"agent": [RUS]}, None, 20, modality="future"),
    ], date(2022, 9, 14))
    assert [e.date for e in events] == [day("2022-09-14"), None, None]


def test_fatalities_of_different_sides_are_not_one_tally():
    events = merge_drafts([
        draft("ArmedClash", {"participant": [ARM, AZE]}, None, 0, fatalities=Quantity(49), fatalities_side=ARM),
        draft("ArmedClash", {"participant": [ARM, AZE]}, None, 10, fatalities=Quantity(50), fatalities_side=AZE),
    ], date(2022, 9, 14))
    assert (events[0].fatalities, events[0].fatalities_side) == (Quantity(49), ARM)


REPORT_A = """Border clashes between Kyrgyzstan and Tajikistan

Kyrgyzstan and Tajikistan clashed on the border on 14 September 2022, officials in Bishkek said.
"""
REPORT_B = """Tajikistan blames Kyrgyzstan for fighting

Tajikistan and Kyrgyzstan clashed on 15 September 2022, the government in Dushanbe said.
"""
REPORT_C = """Kyrgyzstan and Tajikistan clash again

Kyrgyzstan and Tajikistan clashed on 2 October 2022 near the border.
"""


def test_same_event_from_two_documents_is_one_node(tmp_path):
    for name, text in (("a.txt", REPORT_A), ("b.txt", REPORT_B), ("c.txt", REPORT_C)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    store = open_store(":memory:")
    report = ingest(store, [tmp_path])
    assert report.documents == 3 and not report.errors
    rows = list(store.query(
        "SELECT ?event (COUNT(DISTINCT ?doc) AS ?docs) WHERE { ?event a <https://w3id.org/conflict-kg/ontology#ArmedClash> ; "
        f"<{PROV}wasDerivedFrom> ?doc }} GROUP BY ?event ORDER BY DESC(?docs)"
    ))
    assert [int(r["docs"].value) for r in rows] == [2, 1]  # 14 and 15 Sept are one clash; 2 Oct is another


def test_find_in_store_ignores_other_classes_and_sides():
    store = open_store(":memory:")
    fact = EventFact("ArmedClash", {"participant": (ARM, AZE)}, [], date=day("2022-09-13"))
    assert find_in_store(store, fact) is None
    assert new_event_iri(fact) == new_event_iri(EventFact("ArmedClash", {"participant": (AZE, ARM)}, [], date=day("2022-09-13")))


def test_an_event_told_as_fact_and_as_hypothetical_are_two_nodes(tmp_path):
    text = ("Syria and Turkey clash in Idlib\n"
            "Syrian forces and Turkish troops clashed in Idlib on Monday, the ministry said.\n"
            "If Syria attacked Turkey again, Ankara would respond with force, Erdogan warned.\n")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    store = open_store(":memory:")
    assert not ingest(store, [tmp_path]).errors
    rows = list(store.query(
        "SELECT ?event (GROUP_CONCAT(?modality) AS ?modalities) WHERE { "
        "?event a <https://w3id.org/conflict-kg/ontology#ArmedClash> ; "
        "<https://w3id.org/conflict-kg/ontology#modality> ?modality } GROUP BY ?event"
    ))
    assert sorted(r["modalities"].value for r in rows) == ["asserted", "hypothetical"]


def test_span_of_coordinated_dates():
    assert dating.span([DateValue("2022-05", "month"), DateValue("2022-04", "month")]) == DateValue("2022-04", "month", "2022-05")
    assert dating.span([DateValue("1990", "decade", "1999"), DateValue("2020", "year")]) is None
    assert dating.span([DateValue("2020-01", "month"), DateValue("2022-01", "month")]) is None


# --- Background told beside the news (session 12): a draft its own sentence
# does not date, though that sentence gives dates all a month or more from the
# event of its kind, is another event, dated by its sentence.

@pytest.mark.parametrize("language, text, background", [
    ("en", "The United States sent two warships to the eastern Mediterranean on Tuesday. The United States has "
           "moved warships and fighter squadrons to the Middle East since the war in Gaza began last year.", "2024"),
    ("id", "Turki melancarkan serangan udara terhadap PKK di Irak utara pada Senin. Sejak April lalu, Turki "
           "menggelar operasi darat dan udara terhadap PKK di Irak utara.", "2025-04"),
])
def test_an_undated_draft_told_at_another_time_is_another_event(language, text, background):
    found = events_of(text, language)
    assert len(found) == 2, found
    assert found[0]["date"][0].startswith("2025-05") and found[1]["date"] == (background, None)


@pytest.mark.parametrize("language, text", [
    ("en", "American jets struck Islamic State positions near Mosul on Monday. They were the first American "
           "strikes in Iraq since US troops left the country in 2011."),
    ("id", "Jet tempur AS menggempur posisi ISIS di dekat Mosul pada Senin. Itu serangan AS pertama di Irak "
           "sejak pasukan AS meninggalkan negara itu pada 2011."),
    ("en", "Ethiopian troops deployed to Somalia on Monday. Ethiopia has kept about 3,000 soldiers in Somalia under "
           "the deal that ended the 2006 war."),
    ("id", "Pasukan Etiopia dikerahkan ke Somalia pada Senin. Etiopia menempatkan sekitar 3.000 tentara di Somalia "
           "sejak berakhirnya perang tahun 2006."),
    ("en", "Armenia and Azerbaijan agreed a ceasefire on Monday. Both sides agreed to halt attacks and to sign a "
           "peace treaty by 20 March."),
    ("id", "Armenia dan Azerbaijan menyepakati gencatan senjata pada Senin. Kedua pihak sepakat menghentikan "
           "serangan hingga 20 Maret."),
])
def test_a_date_of_a_comparison_a_war_or_a_deadline_keeps_the_event_told_again_one(language, text):
    """"the first strikes since 2011", "the 2006 war", "by 20 March" date no event of their sentence."""
    found = events_of(text, language)
    assert len(found) == 1 and found[0]["date"] == ("2025-05-05", None), found


def test_the_finest_date_inside_a_coarser_one_dates_the_merged_event():
    month = DateValue("2022-09", "month")
    assert dating.finest_within(month, [month, day("2022-09-14"), day("2022-09-12")]) == day("2022-09-12")
    assert dating.finest_within(month, [month, day("2022-10-01")]) == month  # not inside: another time
    decade = DateValue("1990", "decade", "1999")
    assert dating.finest_within(decade, [decade, DateValue("1992", "year")]) == decade
    events = merge_drafts([
        draft("ArmedClash", {"participant": [ARM, AZE]}, DateValue("2022-09", "month"), 0),
        draft("ArmedClash", {"participant": [ARM, AZE]}, day("2022-09-13"), 10),
        draft("ArmedClash", {"participant": [ARM, AZE]}, day("2022-09-20"), 20),
    ], date(2022, 9, 30))
    assert [e.date for e in events] == [day("2022-09-13")]


# --- A fight told as a part of a war or as its cause is an event of its own ---

@pytest.mark.parametrize("language, text", [
    ("en", "Russian forces attacked Ukrainian troops near Bakhmut in some of the heaviest fighting of the war."),
    ("en", "Israeli jets struck Hezbollah targets in the biggest raid since the war began."),
    ("en", "Hamas fighters attacked Israel, an assault that triggered the war in Gaza."),
    ("id", "Jet tempur Israel menggempur sasaran Hizbullah dalam serangan terbesar sejak perang dimulai."),
    ("id", "Milisi itu menyerang pangkalan militer Sudan pada Senin, serangan yang menyulut perang saudara."),
    ("id", "Serangan Hamas ke Israel pada Oktober lalu memicu perang di Gaza."),
])
def test_a_fight_of_the_war_or_one_that_set_it_off_stays_a_clash(language, text):
    """"the heaviest fighting of the war", "serangan yang memicu perang":
    the clash and the war named after it in its sentence are two events."""
    kinds = sorted(e["kind"] for e in events_of(text, language))
    assert kinds == ["ArmedClash", "War"], events_of(text, language)


@pytest.mark.parametrize("language, text", [
    ("en", "Armenia and Azerbaijan fought a six-week war in 2020."),
    ("id", "Armenia dan Azerbaijan berperang dalam perang enam minggu pada 2020."),
])
def test_fighting_a_war_is_the_war(language, text):
    """The war noun as what the sides fought is the same event."""
    assert [e["kind"] for e in events_of(text, language)] == ["War"]


# --- Background with a date of its own beside undated news (session 14): a
# draft told with an explicit date a month or more before the publication day
# is another event than the news of its kind the text tells with no date;
# news that only recalls it (a noun, or a side missing) is folded back in.

@pytest.mark.parametrize("language, text, background", [
    ("en", "Putin and Xi hold talks in Beijing\nRussian President Vladimir Putin met Chinese President Xi Jinping "
           "in Beijing. The two leaders last met in Kazan in October 2024.", "2024-10"),
    ("en", "Putin and Xi hold talks in Beijing\nRussian President Vladimir Putin, who arrived by train, met Chinese "
           "President Xi Jinping in Beijing. Putin and Xi also met in Kazan in October 2024.", "2024-10"),
    ("id", "Putin dan Xi Bertemu di Beijing\nPresiden Rusia Vladimir Putin bertemu Presiden China Xi Jinping di "
           "Beijing. Keduanya terakhir bertemu di Kazan pada Oktober 2024.", "2024-10"),
    ("en", "Russia sends troops to Belarus\nRussia sent troops to Belarus for joint drills, the defence ministry "
           "said. Russia also sent troops to Belarus in January 2022.", "2022-01"),
    ("id", "Rusia Kirim Pasukan ke Belarus\nRusia mengirim pasukan ke Belarus untuk latihan gabungan, kata "
           "kementerian pertahanan. Rusia juga mengirim pasukan ke Belarus pada Januari 2022.", "2022-01"),
    ("en", "Army retakes town from rebels\nSudan's army attacked the RSF in Omdurman, the military said. "
           "In March 2024, the Sudanese army attacked the RSF in the same city.", "2024-03"),
])
def test_a_background_event_with_a_date_of_its_own_is_kept_apart_from_undated_news(language, text, background):
    """Before: one event, dated by the background, with both places."""
    found = events_of(text, language)
    assert len(found) == 2, found
    assert found[0]["date"] == ("2025-05-08", None) and found[1]["date"] == (background, None), found


@pytest.mark.parametrize("language, text", [
    ("en", "Ethiopia and Eritrea end their war\nEthiopia and Eritrea signed a peace deal ending their war. "
           "The two countries fought a war over their border in 1998."),
    ("en", "Truce between Pakistan and the TTP ends\nThe truce has ended after talks between Pakistan and the TTP "
           "collapsed. Pakistan and the TTP held talks in Kabul in March 2024."),
    ("id", "Gencatan Senjata Berakhir\nGencatan senjata berakhir setelah perundingan Pakistan dan TTP buntu. "
           "Pakistan dan TTP menggelar perundingan di Kabul pada Maret 2024."),
])
def test_news_that_only_recalls_the_background_stays_one_event(language, text):
    """A war told undated is the war told with its year; an undated noun
    ("after talks collapsed") recalls the dated talks told after it."""
    kinds = [e["kind"] for e in events_of(text, language) if e["kind"] in ("War", "Talks")]
    assert len(kinds) == 1, events_of(text, language)


def test_news_with_a_side_missing_is_the_dated_background_told_again():
    events = merge_drafts([
        draft("ArmedClash", {"participant": [ARM]}, None, 0),
        draft("ArmedClash", {"participant": [ARM, AZE]}, DateValue("2020-09", "month"), 10),
    ], date(2022, 9, 14))
    assert len(events) == 1 and events[0].date == DateValue("2020-09", "month")


def test_undated_news_and_a_dated_background_naming_its_sides_are_two_events():
    events = merge_drafts([
        draft("Deployment", {"agent": [RUS]}, None, 0),
        draft("Deployment", {"agent": [RUS]}, DateValue("2020", "year"), 30),
        draft("Deployment", {"agent": [RUS]}, None, 20, modality="future"),
    ], date(2022, 9, 14))
    assert [(e.date, e.modality) for e in events] == [
        (day("2022-09-14"), "asserted"), (None, "future"), (DateValue("2020", "year"), "asserted")]


@pytest.mark.parametrize("language, text", [
    ("en", "Ukraine retakes plant in Mariupol from Russia\nUkrainian troops recaptured the Azovstal Steel Plant from "
           "Russian forces on Wednesday, the army said. In March 2024, Ukrainian troops recaptured several villages "
           "from Russian forces."),
    ("id", "Ukraina Rebut Kembali Pabrik di Mariupol dari Rusia\nPasukan Ukraina merebut kembali Pabrik Baja Azovstal "
           "dari pasukan Rusia pada Rabu, kata militer. Pada Maret 2024, pasukan Ukraina merebut kembali sejumlah "
           "desa dari pasukan Rusia."),
])
def test_a_headline_kept_from_the_background_joins_the_news_its_lead_dates(language, text):
    """The headline names the city, the lead the plant in it: places keep the
    two apart, and the background no longer hides the headline; it is the
    news the lead dates, not a third event."""
    found = events_of(text, language)
    assert [e["date"] for e in found] == [("2025-05-07", None), ("2024-03", None)], found
    assert found[0]["roles"]["location"] == ["azovstal", "mariupol"]


# --- One phrase read by two rules is one event (session 14) ---

@pytest.mark.parametrize("language, text", [
    ("en", "Peacekeepers for Somalia\nThe African Union deployed AMISOM peacekeepers to Somalia in March."),
    ("en", "Peacekeepers for Somalia\nIn March the African Union, backed by the UN, sent AMISOM peacekeepers to Somalia."),
    ("id", "Pasukan Perdamaian untuk Somalia\nUni Afrika mengerahkan pasukan penjaga perdamaian AMISOM ke Somalia "
           "pada Maret."),
])
def test_two_rules_reading_one_phrase_give_one_event(language, text):
    """Before: a Deployment by the AU and another by AMISOM."""
    found = [e for e in events_of(text, language) if e["kind"] == "Deployment"]
    assert len(found) == 1 and found[0]["roles"]["agent"] == ["AMISOM", "AU"], found


def rule_draft(rule: str, kind: str, roles: dict, when: DateValue | None, position: int, sentence: int = 0) -> Draft:
    """A draft of the rule named `rule`, told in sentence `sentence`."""
    fact = EventFact(kind, {r: tuple(v) for r, v in roles.items()},
                     [Evidence(f"sentence {sentence}", sentence * 100, sentence * 100 + 99, rule, 0.5)], date=when)
    return Draft(fact, EventRule(rule, kind, ("x",), "participants", 0.5), sentence, position)


def test_copies_of_one_phrase_merge_whatever_their_dates_and_sides():
    events = merge_drafts([
        rule_draft("en.treaty.signing", "TreatySigning", {"participant": [ARM, AZE]}, day("2022-09-13"), 10),
        rule_draft("en.treaty.signed.with", "TreatySigning", {"participant": [RUS]}, day("2022-09-01"), 25),
        rule_draft("en.treaty.signed", "TreatySigning", {"participant": [RUS]}, day("2022-08-01"), 80),
        rule_draft("en.treaty.signed.with", "TreatySigning", {"participant": [RUS]}, day("2022-07-01"), 130, 1),
    ], date(2022, 9, 14))
    assert [len(e.evidence) for e in events] == [2, 1, 1], events  # too far in the sentence, another sentence
    assert sides(events[0]) == {ARM, AZE, RUS}


def test_a_copy_does_not_follow_its_twin_into_an_event_told_elsewhere():
    events = merge_drafts([
        rule_draft("en.clash.transitive", "ArmedClash", {"participant": [ARM, AZE]}, day("2022-09-13"), 10),
        rule_draft("en.clash.noun", "ArmedClash", {"participant": [ARM]}, day("2022-09-13"), 110, 1),
        rule_draft("en.clash.killed", "ArmedClash", {"participant": [RUS]}, day("2022-08-01"), 115, 1),
    ], date(2022, 9, 14))
    assert [sorted(sides(e)) for e in events] == [sorted([ARM, AZE]), [RUS]]

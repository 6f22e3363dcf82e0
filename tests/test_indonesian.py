"""Indonesian constructions news writers use all the time, each with its
English counterpart where English has one (own sentences)."""
from __future__ import annotations

import pytest

from kg.model import Document
from kg.namespaces import document_iri
from kg.pipeline import extract
from test_events import PUBLISHED, events_of


def sides(event: dict) -> set[str]:
    return {actor for role, actors in event["roles"].items() if role not in ("location", "mediator", "treaty")
            for actor in actors if actor.isupper()}


def of_kind(text: str, language: str, kind: str) -> list[dict]:
    return [e for e in events_of(text, language) if e["kind"] == kind]


@pytest.mark.parametrize(("language", "text", "kind"), [
    ("id", "Parlemen Mesir Tolak Kirim Pasukan ke Libia", "Deployment"),
    ("id", "Rusia Bantah Serang Rumah Sakit di Kyiv", "ArmedClash"),
    ("id", "Kemlu Tepis Kabar Serangan Drone ke Pangkalan Militer Yordania", "ArmedClash"),
    ("en", "Egypt's parliament rejected sending troops to Libya", "Deployment"),
])
def test_a_headline_verb_of_refusal_or_denial_negates_the_act(language: str, text: str, kind: str) -> None:
    """Headlines drop the verb prefix ("Tolak" for "menolak"): the refused
    or denied act is no event, as "menolak" already made it."""
    assert of_kind(text, language, kind) == []


@pytest.mark.parametrize(("language", "text"), [
    ("id", "India dan Pakistan terlibat bentrokan pekan lalu. Kedua negara saling menyerang di perbatasan pada Senin."),
    ("id", "India dan Pakistan terlibat bentrokan pekan lalu. Kedua negara saling melancarkan serangan udara pada Senin."),
    ("id", "India dan Pakistan terlibat bentrokan pekan lalu. Pada Senin, pasukan India saling menggempur dengan "
           "tentara Pakistan."),
    ("en", "India and Pakistan clashed last week. The two countries exchanged fire on the border on Monday."),
])
def test_saling_with_an_attack_verb_is_a_fight_between_the_pair(language: str, text: str) -> None:
    """"Saling" + an attack verb ("saling menyerang", "saling melancarkan
    serangan") is reciprocal: naming one side or none, the other is the pair
    in focus, like "baku tembak" and English "exchanged fire"."""
    clashes = of_kind(text, language, "ArmedClash")
    assert clashes and all(sides(c) == {"IND", "PAK"} for c in clashes)


def test_saling_alone_with_a_named_pair_still_fights() -> None:
    clashes = of_kind("Pasukan Armenia dan Azerbaijan saling menembaki di perbatasan pada Selasa.", "id", "ArmedClash")
    assert [sides(c) for c in clashes] == [{"ARM", "AZE"}]


@pytest.mark.parametrize(("language", "text"), [
    ("id", "Pemerintah Laos menuding Vietnam menyerang pos perbatasan di Attapeu pada Senin."),
    ("id", "Pihak Laos menuding pasukan Vietnam melepaskan tembakan lebih dulu."),
    ("id", "Laos menuduh Vietnam menembaki pos perbatasan pada Senin."),
    ("en", "Laos accused Vietnam of attacking a border post on Monday."),
])
def test_who_accuses_the_other_side_of_an_attack_is_its_target(language: str, text: str) -> None:
    """"menuding" is "menuduh" (to accuse): the act charged is a complement
    clause, so the accuser is the side the accused attacked, as in English."""
    clashes = of_kind(text, language, "ArmedClash")
    assert [sides(c) for c in clashes] == [{"LAO", "VNM"}]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("id", "Pesawat tanpa awak Rusia menyerang pelabuhan Odesa pada Senin malam.", {"RUS", "UKR"}),
    ("id", "Drone tak berawak milik Iran menyerang kapal tanker Israel di Laut Arab pada Selasa.", {"IRN", "ISR"}),
    ("id", "Sekelompok pria bersenjata tak dikenal menyerang pos polisi Pakistan di Waziristan.", {"PAK"}),
    ("en", "Russian unmanned aircraft attacked the port of Odesa on Monday night.", {"RUS", "UKR"}),
])
def test_an_adjective_built_on_a_negator_negates_no_attack(language: str, text: str, expected: set[str]) -> None:
    """"tanpa awak" (unmanned), "tak dikenal" (unknown) describe the attacker:
    the "tanpa", "tak" in them had negated the attack."""
    assert [sides(c) for c in of_kind(text, language, "ArmedClash")] == [expected]


def test_a_negator_before_the_verb_still_negates_an_unmanned_aircraft_attack() -> None:
    assert of_kind("Pesawat tanpa awak Rusia tidak menyerang Odesa pada Senin.", "id", "ArmedClash") == []


@pytest.mark.parametrize(("text", "kind", "expected"), [
    ("Armenia dan Azerbaijan kembali bentrok. Baku menuduh Yerevan menyerang pos perbatasan di Tovuz.",
     "ArmedClash", {"ARM", "AZE"}),
    ("Baku mengerahkan pasukan tambahan ke perbatasan pada Senin.", "Deployment", {"AZE"}),
])
def test_baku_opening_a_sentence_outside_baku_tembak_is_azerbaijan(text: str, kind: str, expected: set[str]) -> None:
    """"baku" (mutual) is an ordinary word only in set phrases ("baku
    tembak", "baku hantam"): a sentence opened by "Baku" and a verb names
    Azerbaijan's government."""
    assert [sides(e) for e in of_kind(text, "id", kind)] == [expected]


def test_baku_tembak_opening_a_sentence_names_no_azerbaijan() -> None:
    events = events_of("Baku tembak pecah antara pasukan Thailand dan Kamboja pada Senin.", "id")
    assert events and all("AZE" not in sides(e) for e in events)


@pytest.mark.parametrize(("language", "text"), [
    ("id", "Menteri Luar Negeri Malaysia memimpin pertemuan tertutup di Kuala Lumpur yang dihadiri Menteri Luar Negeri "
           "Laos dan Menteri Luar Negeri Vietnam."),
    ("id", "Pertemuan darurat itu dihadiri Presiden Laos dan Perdana Menteri Vietnam."),
    ("en", "Malaysia's foreign minister chaired a closed meeting in Kuala Lumpur attended by the Laotian and "
           "Vietnamese foreign ministers."),
])
def test_talks_attended_by_two_sides_are_theirs_not_the_chairs(language: str, text: str) -> None:
    """"yang dihadiri A dan B", "attended by A and B": the attendees hold the
    talks, listed as after "antara"; the chair is no side."""
    assert [sides(t) for t in of_kind(text, language, "Talks")] == [{"LAO", "VNM"}]


@pytest.mark.parametrize(("language", "text"), [
    ("id", "Laos dan Vietnam menandatangani perjanjian perbatasan dalam upacara yang dihadiri Sekjen PBB Antonio Guterres."),
    ("en", "Laos and Vietnam signed a border treaty at a ceremony attended by UN Secretary-General Antonio Guterres."),
])
def test_a_signing_ceremony_attended_by_a_third_party_keeps_its_signers(language: str, text: str) -> None:
    assert [sides(s) for s in of_kind(text, language, "TreatySigning")] == [{"LAO", "VNM"}]


@pytest.mark.parametrize(("language", "text"), [
    ("id", "Pasukan Laos dan Vietnam bentrok di perbatasan pada Selasa, usai perundingan kedua negara gagal pada Senin."),
    ("id", "Pasukan Laos dan Vietnam bentrok di perbatasan pada Selasa, seusai perundingan kedua negara gagal pada Senin."),
    ("id", "Pasukan Laos dan Vietnam bentrok di perbatasan pada Selasa, setelah perundingan kedua negara gagal pada Senin."),
    ("en", "Laotian and Vietnamese troops clashed on the border on Tuesday, after talks between the two countries "
           "failed on Monday."),
])
def test_usai_opens_a_clause_of_its_own_like_setelah(language: str, text: str) -> None:
    """"usai", "seusai" (after) open a subordinate clause as "setelah" does:
    its date is its own event's, and the main clause keeps its own."""
    dates = {e["kind"]: e["date"] for e in events_of(text, language)}
    assert dates == {"ArmedClash": ("2025-05-06", None), "Talks": ("2025-05-05", None)}


@pytest.mark.parametrize("text", [
    "Rusia Tengahi Damai Laos-Vietnam, 500 Tentara Dikerahkan ke Perbatasan",
    "Laos dan Vietnam berunding di Hanoi pada Senin, 500 pasukan tambahan dikerahkan ke perbatasan.",
])
def test_a_passive_deployment_verb_takes_no_agent_from_another_clause(text: str) -> None:
    """"pasukan ... dikerahkan ke X": what is sent is the subject of a di-
    passive, so only an owner glued to it deploys, never the actors of the
    clause before the comma."""
    deployments = of_kind(text, "id", "Deployment")
    assert all(not sides(d) & {"LAO", "VNM"} for d in deployments)


@pytest.mark.parametrize(("text", "agent"), [
    ("Sebanyak 300 marinir Amerika Serikat telah dikerahkan ke Darwin pada Senin.", {"USA"}),
    ("Pasukan khusus Inggris dikirim ke Sudan untuk mengevakuasi diplomat.", {"GBR"}),
    ("Jerman meresmikan brigade tempur yang akan ditempatkan secara permanen di Lituania pada Kamis.", {"DEU"}),
])
def test_a_passive_deployment_verb_is_the_owners_or_the_main_verbs_subjects(text: str, agent: set[str]) -> None:
    """The owner right before the passive deploys; after "yang" the forces
    are the object of a verb whose subject deploys them."""
    assert [sides(d) for d in of_kind(text, "id", "Deployment")] == [agent]


@pytest.mark.parametrize(("language", "text"), [
    ("id", "Pakta itu mewajibkan Laos dan Kamboja saling membantu bila salah satu dari mereka diserang Vietnam."),
    ("id", "Bila Vietnam menyerang, Laos akan mengirim pasukan ke perbatasan."),
    ("id", "Pakta itu mewajibkan Laos dan Kamboja saling membantu jika salah satu dari mereka diserang Vietnam."),
    ("en", "The pact obliges Laos and Cambodia to help each other if either of them is attacked by Vietnam."),
])
def test_bila_is_if_and_tells_no_event(language: str, text: str) -> None:
    """"bila", "bilamana" (if, when) open a conditional clause as "jika" and
    "apabila" do: the attack it names and the act it conditions are not told
    as happening."""
    assert [e for e in events_of(text, language) if e["modality"] == "asserted"] == []


@pytest.mark.parametrize(("title", "role"), [
    ("Wapres", "vice president"),
    ("Wamenlu", "deputy foreign minister"),
    ("Wakil Menlu", "deputy foreign minister"),
    ("Dirjen", "director general"),
])
def test_abbreviated_indonesian_titles_name_the_office_holder(title: str, role: str) -> None:
    """News abbreviates titles ("Wapres", "Wamenlu"): the person after one
    holds that office for the state named with it, and acts for it."""
    text = f"{title} Laos Boun Khammy bertemu Menteri Luar Negeri Vietnam Nguyen Van Minh di Hanoi pada Senin."
    doc = Document(document_iri(text), "test", text, None, PUBLISHED, "id")
    persons = [m for m in extract(doc).mentions if m.kind == "Person" and m.text == "Boun Khammy"]
    assert [(p.role, p.represents.rsplit("/", 1)[-1]) for p in persons] == [(role, "LAO")]
    assert [sides(t) for t in of_kind(text, "id", "Talks")] == [{"LAO", "VNM"}]


@pytest.mark.parametrize(("language", "text"), [
    ("id", "Laos, yang menjadi anggota ASEAN, menggalang dukungan di pertemuan para menteri luar negeri di Manila."),
    ("id", "Laos, yang juga menjadi anggota ASEAN sejak 1997, menggalang dukungan di Manila."),
    ("en", "Laos, which is a member of ASEAN, rallied support at a meeting of foreign ministers in Manila."),
])
def test_a_relative_clause_stating_membership_is_no_accession(language: str, text: str) -> None:
    """"yang menjadi anggota X" (which is a member of X) states a membership:
    "menjadi anggota" is "became a member" only as a main verb."""
    assert of_kind(text, language, "Accession") == []


def test_menjadi_anggota_as_a_main_verb_is_still_an_accession() -> None:
    accessions = of_kind("Timor Leste menjadi anggota ASEAN pada Oktober 2025.", "id", "Accession")
    assert [sides(a) for a in accessions] == [{"ASEAN", "TLS"}]


@pytest.mark.parametrize(("language", "text"), [
    ("id", "Tentara bayaran Wagner bertempur bersama pasukan Haftar di pinggiran Tripoli pada April."),
    ("id", "Tentara bayaran Wagner bertempur berdampingan dengan pasukan Haftar di pinggiran Tripoli pada April."),
    ("en", "Wagner mercenaries fought alongside Haftar's forces on the outskirts of Tripoli in April."),
])
def test_who_fights_together_with_a_side_shares_the_fight(language: str, text: str) -> None:
    """"bertempur bersama X", "berdampingan dengan X" (alongside X): X is in
    the fight, as after "di pihak" (on the side of)."""
    clashes = of_kind(text, language, "ArmedClash")
    assert clashes and all({"LNA", "WAGNER"} <= sides(c) for c in clashes)


@pytest.mark.parametrize(("text", "fatalities"), [
    ("Serangan Vietnam ke pos perbatasan Laos menewaskan tak kurang dari 20 tentara pada Senin.", (20, "at least")),
    ("Tak kurang dari 20 tentara Laos tewas dalam serangan Vietnam ke pos perbatasan pada Senin.", (20, "at least")),
    ("Serangan Vietnam ke pos perbatasan Laos menewaskan tidak lebih dari 20 tentara pada Senin.", (20, "up to")),
    ("Serangan Vietnam ke pos perbatasan Laos menewaskan lebih kurang 20 tentara pada Senin.", (20, "about")),
    ("Serangan Vietnam ke pos perbatasan Laos menewaskan sedikitnya dua lusin tentara pada Senin.", (24, "at least")),
])
def test_indonesian_count_phrases(text: str, fatalities: tuple[int, str]) -> None:
    """"tak kurang dari" (no fewer than) is at least, not "kurang dari" (fewer
    than); "lebih kurang" (more or less) is about; "lusin" is a dozen; and the
    "tak" of a count negates no killing."""
    assert [c["fatalities"] for c in of_kind(text, "id", "ArmedClash")] == [fatalities]


@pytest.mark.parametrize(("language", "text"), [
    ("id", "Pasukan Vietnam berusaha merebut kota perbatasan Laos itu pada Senin."),
    ("id", "Pasukan Vietnam mencoba merebut kota perbatasan Laos itu pada Senin."),
    ("id", "Vietnam berjanji mengirim 900 tentara ke perbatasan Laos."),
    ("en", "Vietnamese forces tried to capture the Lao border town on Monday."),
])
def test_an_act_tried_or_pledged_is_not_told_as_done(language: str, text: str) -> None:
    """"berusaha", "mencoba" (tried to), "berupaya" (sought to), "berjanji"
    (pledged to) mark the act as intended, as English "tried to", "pledged
    to" do: Indonesian verbs do not inflect, so the bare verb after them had
    read as done."""
    assert [e for e in events_of(text, language) if e["modality"] == "asserted"] == []


@pytest.mark.parametrize(("language", "text"), [
    ("id", "Pasukan Vietnam gagal merebut kota perbatasan Laos itu dari tentara Laos."),
    ("id", "Pasukan Vietnam gagal menguasai kota perbatasan Laos itu pada Senin."),
    ("en", "Vietnamese forces failed to capture the Lao border town from Lao troops."),
])
def test_a_capture_that_failed_is_no_capture(language: str, text: str) -> None:
    """"gagal merebut" (failed to take): Indonesian verbs do not inflect, so
    the capture verb after "gagal" had read as a town taken."""
    assert of_kind(text, language, "ArmedClash") == []

"""Memberships and treaties the text states, on sentences written for these
tests (English and Indonesian), through the real pipeline."""
from __future__ import annotations

from datetime import date

import pytest

from kg.model import Document
from kg.namespaces import document_iri, local_key
from kg.pipeline import extract

PUBLISHED = date(2025, 3, 12)


def _extraction(text: str, language: str):
    return extract(Document(document_iri(text), "test", text, None, PUBLISHED, language))


def memberships_of(text: str, language: str) -> set[tuple[str, str]]:
    return {(local_key(m.member), local_key(m.organization)) for m in _extraction(text, language).memberships}


@pytest.mark.parametrize("language, text", [
    ("en", "Greece and Portugal, both members of both the European Union and NATO, voted against the plan."),
    ("id", "Yunani dan Portugal, anggota kedua Uni Eropa dan NATO, menolak rencana itu."),
])
def test_both_between_member_cue_and_organizations(language, text):
    assert {("GRC", "EU"), ("GRC", "NATO"), ("PRT", "EU"), ("PRT", "NATO")} <= memberships_of(text, language)


@pytest.mark.parametrize("language, text, expected", [
    ("en", "China is a permanent member of the UN Security Council and vetoed the draft.", ("CHN", "UNSC")),
    ("id", "China, yang merupakan anggota tetap Dewan Keamanan PBB, memveto rancangan itu.", ("CHN", "UNSC")),
    ("en", "Senegal is a member of the regional bloc ECOWAS.", ("SEN", "ECOWAS")),
    ("id", "Senegal adalah anggota blok regional ECOWAS.", ("SEN", "ECOWAS")),
])
def test_kind_of_member_or_body_between_cue_and_organization(language, text, expected):
    assert expected in memberships_of(text, language)


@pytest.mark.parametrize("language, text", [
    ("en", "Armenia and Azerbaijan traded fire on the border. Both countries belong to the Moscow-led CSTO."),
    ("id", "Armenia dan Belarus menggelar latihan bersama. Kedua negara tergabung dalam CSTO yang dipimpin Rusia."),
])
def test_pair_belongs_to_a_led_alliance(language, text):
    members = memberships_of(text, language)
    assert ("ARM", "CSTO") in members
    assert ("AZE", "CSTO") in members or ("BLR", "CSTO") in members


@pytest.mark.parametrize("language, text, expected", [
    ("en", "NATO member Romania hosted the drills.", {("ROU", "NATO")}),
    ("en", "Romania, a NATO member, hosted the drills.", {("ROU", "NATO")}),
    ("en", "EU members Austria and Ireland stayed neutral.", {("AUT", "EU"), ("IRL", "EU")}),
    ("en", "Finland's Foreign Minister Elina Valtonen, whose country is a NATO member, spoke first.", {("FIN", "NATO")}),
    ("id", "Negara anggota NATO Rumania menjadi tuan rumah latihan itu.", {("ROU", "NATO")}),
])
def test_organization_before_member_noun(language, text, expected):
    assert expected <= memberships_of(text, language)


@pytest.mark.parametrize("language, text", [
    ("en", "Moscow warned NATO members against sending jets to Kyiv."),
    ("en", "Iran accused EU member states of hypocrisy."),
])
def test_addressing_members_makes_no_member(language, text):
    assert not {m for m in memberships_of(text, language) if m[0] in {"RUS", "IRN"}}


def test_ordinal_member_of_the_group_named_last():
    text = "Lima dari enam anggota Dewan Kerja Sama Teluk bergabung dengan koalisi. Oman, anggota keenam, memilih netral."
    assert ("OMN", "GCC") in memberships_of(text, "id")


@pytest.mark.parametrize("language, text", [
    ("en", "Burundi sent troops under the East African Community, of which Tanzania is also a member, in 2023."),
    ("id", "Burundi mengirim pasukan di bawah Komunitas Afrika Timur, di mana Tanzania juga menjadi anggota, "
           "pada 2023."),
])
def test_member_of_the_organization_a_relative_clause_hangs_on(language, text):
    assert ("TZA", "EAC") in memberships_of(text, language)


@pytest.mark.parametrize("language, text", [
    ("en", "Chad, Niger and Mali signed a security pact in June 2024, creating the Alliance of Sahel States."),
    ("id", "Chad, Niger dan Mali menandatangani pakta keamanan pada Juni 2024 yang membentuk Aliansi Negara-negara "
           "Sahel."),
])
def test_parties_to_a_founding_treaty_are_members(language, text):
    assert {("TCD", "AES"), ("NER", "AES"), ("MLI", "AES")} <= memberships_of(text, language)


def treaties_of(text: str, language: str) -> list[tuple[str, tuple[str, ...], str | None]]:
    return [(t.label, tuple(sorted(local_key(p) for p in t.parties)), t.signed_on.value if t.signed_on else None)
            for t in _extraction(text, language).treaties]


@pytest.mark.parametrize("language, text, expected", [
    ("en", "Laos and Thailand signed an earlier accord on the Mekong in March 2019.", "2019-03"),
    ("id", "Presiden Laos dan Presiden Thailand menyepakati nota kesepahaman mengenai Sungai Mekong pada 5 Mei 2021.",
     "2021-05-05"),
])
def test_signing_told_with_an_adjective_or_agreed_memorandum(language, text, expected):
    assert [(parties, signed) for _, parties, signed in treaties_of(text, language)] == [(("LAO", "THA"), expected)]


@pytest.mark.parametrize("language, text", [
    ("en", "Peru protested that the road violates the 1995 and 2004 agreements with Ecuador."),
    ("id", "Peru memprotes bahwa jalan itu melanggar perjanjian tahun 1995 dan 2004 dengan Ekuador."),
])
def test_treaties_stated_by_year_one_per_year(language, text):
    assert sorted((parties, signed) for _, parties, signed in treaties_of(text, language)) == [
        (("ECU", "PER"), "1995"), (("ECU", "PER"), "2004")]


@pytest.mark.parametrize("language, text, label", [
    ("en", "Peru and Ecuador fought a border war in 1995. The Itamaraty accord that ended it still holds.",
     "Itamaraty accord"),
    ("id", "Peru dan Ekuador bertempur di perbatasan pada 1995. Perjanjian Itamaraty masih dihormati kedua pihak.",
     "Perjanjian Itamaraty"),
])
def test_named_treaty_without_parties_in_its_sentence_binds_the_pair_in_focus(language, text, label):
    assert (label, ("ECU", "PER"), None) in treaties_of(text, language)


@pytest.mark.parametrize("language, text", [
    ("en", "Qatar helped win Iran's agreement to the truce."),
    ("en", "Kenya and Somalia discussed the draft agreement on Monday."),
    ("id", "Kenya dan Somalia membahas rancangan perjanjian itu pada Senin."),
    ("en", "Armenia and Belarus are members of the Collective Security Treaty Organization."),
    ("id", "Armenia dan Belarus adalah anggota Organisasi Perjanjian Keamanan Kolektif."),
])
def test_consent_drafts_and_names_of_bodies_state_no_treaty(language, text):
    assert treaties_of(text, language) == []


def test_known_treaty_named_with_dotted_acronym():
    mentions = _extraction("Iran said it acted under Article 51 of the U.N. Charter.", "en").mentions
    assert "un-charter-1945" in {local_key(m.entity) for m in mentions if m.kind == "Treaty"}


@pytest.mark.parametrize("language, text, body", [
    ("en", "On Monday the Quartet, comprising Norway, Sweden and Denmark, met in Oslo.", "QUARTET"),
    ("id", "Pada Senin, Kuartet yang terdiri dari Norwegia, Swedia dan Denmark bertemu di Oslo.", "KUARTET"),
])
def test_members_of_a_body_the_reference_does_not_know(language, text, body):
    assert {("NOR", body), ("SWE", body), ("DNK", body)} <= memberships_of(text, language)


@pytest.mark.parametrize("language, text", [
    ("en", "Nigeria, comprising 36 states, voted for the motion."),
    ("en", "The Quartet, comprising Norway, Sweden and Denmark, met on Monday."),
])
def test_known_or_sentence_opening_names_make_no_body(language, text):
    assert not {m for m in memberships_of(text, language) if m[1] in {"NIGERIA", "THE_QUARTET", "QUARTET"}}


@pytest.mark.parametrize("language, text", [
    ("en", "The OSCE Minsk Group, co-chaired by Russia, France and the United States, urged restraint."),
    ("id", "Grup Minsk OSCE, yang diketuai bersama oleh Rusia, Prancis dan Amerika Serikat, menyerukan ketenangan."),
])
def test_chairs_of_a_group_are_its_members(language, text):
    assert {("RUS", "OSCE_MINSK_GROUP"), ("FRA", "OSCE_MINSK_GROUP"), ("USA", "OSCE_MINSK_GROUP")} <= \
        memberships_of(text, language)


@pytest.mark.parametrize("language, text", [
    ("en", "Somalia joined the East African Community in 2023 and is now in the same bloc as Kenya and Uganda."),
    ("id", "Somalia bergabung dengan Komunitas Afrika Timur pada 2023 dan kini menjadi anggota blok yang sama dengan "
           "Kenya dan Uganda."),
])
def test_members_of_the_same_bloc(language, text):
    assert {("SOM", "EAC"), ("KEN", "EAC"), ("UGA", "EAC")} <= memberships_of(text, language)


@pytest.mark.parametrize("language, text", [
    ("en", "Belarus is Russia's closest ally in the CSTO, but Minsk buys gas from Baku."),
    ("id", "Belarus adalah sekutu Rusia di CSTO, namun Minsk juga membeli gas dari Baku."),
])
def test_allies_in_an_organization_are_its_members(language, text):
    assert {("BLR", "CSTO"), ("RUS", "CSTO")} <= memberships_of(text, language)


@pytest.mark.parametrize("language, text, label", [
    ("en", "Chad deployed troops under a bilateral defence agreement with Niger.", "bilateral defence agreement"),
    ("id", "Chad mencabut perjanjian kerja sama militer dengan Niger pada Maret.", "perjanjian kerja sama militer"),
])
def test_unnamed_treaty_of_a_kind_with_a_counterpart(language, text, label):
    assert (label, ("NER", "TCD"), None) in treaties_of(text, language)


@pytest.mark.parametrize("language, text", [
    ("en", "Japan is negotiating a defence agreement with the Philippines."),
    ("id", "Jepang sedang merundingkan perjanjian pertahanan dengan Filipina."),
])
def test_treaty_still_negotiated_is_none_yet(language, text):
    assert treaties_of(text, language) == []


@pytest.mark.parametrize("language, text", [
    ("en", "On 1 March the Kenyan president signed a reciprocal agreement on the deployment."),
    ("id", "Pada 1 Maret presiden Kenya menandatangani perjanjian timbal balik tentang pengerahan itu."),
])
def test_signing_with_one_party_found_states_no_treaty(language, text):
    extraction = _extraction(text, language)
    assert [e.kind for e in extraction.events if e.kind == "TreatySigning"] == ["TreatySigning"]
    assert extraction.treaties == []


@pytest.mark.parametrize("language, text", [
    ("en", "Mali sends troops to ECOWAS, which also includes Ghana and Togo."),
    ("id", "Mali mengirim pasukan ke ECOWAS, yang juga beranggotakan Ghana dan Togo."),
])
def test_a_group_that_also_includes_others_includes_the_subject(language, text):
    assert {("MLI", "ECOWAS"), ("GHA", "ECOWAS"), ("TGO", "ECOWAS")} <= memberships_of(text, language)


@pytest.mark.parametrize("language, text", [
    ("en", "The YPG is the main component of the Syrian Democratic Forces."),
    ("id", "YPG merupakan komponen utama Pasukan Demokratik Suriah (SDF)."),
])
def test_armed_group_part_of_another_is_its_member(language, text):
    assert ("YPG", "SDF") in memberships_of(text, language)


@pytest.mark.parametrize("language, text", [
    ("en", "Somalia on Monday signed the treaty of accession to the East African Community in Arusha."),
    ("id", "Somalia pada Senin menandatangani perjanjian aksesi ke Komunitas Afrika Timur di Arusha."),
])
def test_treaty_of_accession_is_signed_with_the_organization(language, text):
    extraction = _extraction(text, language)
    assert [tuple(sorted(local_key(p) for p in t.parties)) for t in extraction.treaties] == [("EAC", "SOM")]
    signing = [e for e in extraction.events if e.kind == "TreatySigning"]
    assert [sorted(local_key(p) for p in e.roles["participant"]) for e in signing] == [["EAC", "SOM"]]


@pytest.mark.parametrize("language, text", [
    ("en", "Timor-Leste, an observer member of ASEAN, sent a delegation."),
    ("en", "Bosnia, a candidate member of the European Union, abstained."),
    ("id", "Timor Leste, calon anggota ASEAN, mengirim delegasi."),
])
def test_observers_and_candidates_are_no_members(language, text):
    assert memberships_of(text, language) == set()


def test_hyphenated_member_noun():
    assert ("ROU", "NATO") in memberships_of("NATO-member Romania hosted the drills.", "en")


@pytest.mark.parametrize("language, text, expected", [
    ("en", "Austria, one of the 27 EU member states, blocked the sanctions.", {("AUT", "EU")}),
    ("id", "Austria, salah satu dari 27 negara anggota Uni Eropa, memblokir sanksi.", {("AUT", "EU")}),
    ("en", "Finland, NATO's newest member, sent jets.", {("FIN", "NATO")}),
    ("en", "Ghana is ECOWAS's second largest member.", {("GHA", "ECOWAS")}),
])
def test_member_said_of_through_a_count_or_a_possessive(language, text, expected):
    assert expected <= memberships_of(text, language)


@pytest.mark.parametrize("language, text", [
    ("en", "ASEAN countries such as Malaysia and Indonesia protested."),
    ("en", "The ASEAN nations - Malaysia, Indonesia and Thailand - protested."),
    ("id", "Negara-negara ASEAN seperti Malaysia dan Indonesia memprotes."),
])
def test_countries_of_an_organization_listed_after_it(language, text):
    assert {("MYS", "ASEAN"), ("IDN", "ASEAN")} <= memberships_of(text, language)


@pytest.mark.parametrize("language, text", [
    ("en", "Russia warned NATO countries against sending troops."),
    ("en", "Turkey criticised NATO's other members."),
])
def test_addressing_an_organizations_countries_makes_no_member(language, text):
    assert not {m for m in memberships_of(text, language) if m[0] in {"RUS", "TUR"}}


@pytest.mark.parametrize("language, text", [
    ("en", "In March the junta scrapped the 2019 Lome peace accord that Bamako had signed with the rebels."),
    ("id", "Pada Maret junta mengakhiri perjanjian damai Lome 2019 yang ditandatangani Bamako dengan para pemberontak."),
])
def test_one_party_signing_of_a_treaty_the_sentence_names_states_it(language, text):
    assert [(parties, signed) for _, parties, signed in treaties_of(text, language)] == [(("MLI",), "2019")]


@pytest.mark.parametrize("language, text", [
    ("en", "Lebanon and Syria respect the 1989 Taif agreement reached under Saudi mediation."),
    ("id", "Lebanon dan Suriah menghormati Kesepakatan Taif tahun 1989 yang dicapai dengan mediasi Arab Saudi."),
])
def test_mediator_of_a_stated_treaty_is_no_party(language, text):
    assert [(parties, signed) for _, parties, signed in treaties_of(text, language)] == [(("LBN", "SYR"), "1989")]


@pytest.mark.parametrize("language, text", [
    ("en", "The war in Tigray ended with a peace deal signed in Pretoria in November 2022."),
    ("id", "Perang di Tigray berakhir dengan perjanjian damai di Pretoria pada November 2022."),
])
def test_known_treaty_told_by_its_place_and_date(language, text):
    assert [(local_key(t.iri), t.signed_on.value) for t in _extraction(text, language).treaties] == [
        ("eth-tplf-2022-pretoria", "2022-11-02")]


@pytest.mark.parametrize("language, text", [
    ("en", "Congo and Rwanda signed a peace agreement in Washington on 27 June 2025."),
    ("id", "Kongo dan Rwanda menandatangani perjanjian damai di Washington pada 27 Juni 2025."),
])
def test_a_deal_signed_in_a_treatys_city_on_another_date_is_not_that_treaty(language, text):
    assert "north-atlantic-treaty-1949" not in {local_key(t.iri) for t in _extraction(text, language).treaties}


@pytest.mark.parametrize("language, text, expected", [
    ("en", "In March Mali cancelled the 2019 Lome peace accord with Togo.", [(("MLI", "TGO"), "2019")]),
    ("id", "Pada Maret Mali membatalkan perjanjian damai Lome 2019 dengan Togo.", [(("MLI", "TGO"), "2019")]),
    ("en", "Mali never accepted a 2019 Lome peace accord with Togo.", []),
    ("id", "Mali tidak pernah menerima perjanjian damai Lome 2019 dengan Togo.", []),
])
def test_a_cancelled_treaty_existed_a_negated_one_did_not(language, text, expected):
    assert [(parties, signed) for _, parties, signed in treaties_of(text, language)] == expected


@pytest.mark.parametrize("language, text", [
    ("en", "Ankara, Baku's closest ally, said it was suspending a 2015 memorandum with Moscow."),
    ("id", "Pemerintah Turki pada Senin menangguhkan memorandum tahun 2015 dengan Moskow, kata Presiden Azerbaijan."),
])
def test_named_treaty_with_a_counterpart_is_between_subject_and_counterpart(language, text):
    assert [(parties, signed) for _, parties, signed in treaties_of(text, language)] == [(("RUS", "TUR"), "2015")]


# --- Background signings: an agreement named in passing with what dates it ---

def signings_of(text: str, language: str) -> list[tuple[list[str], str | None]]:
    return [(sorted(local_key(i) for i in e.roles.get("participant", ())), e.date.value if e.date else None)
            for e in _extraction(text, language).events if e.kind == "TreatySigning"]


@pytest.mark.parametrize("language, text, when", [
    ("en", "Colombian troops and FARC rebels fought for five decades. The 2016 peace agreement collapsed in parts "
           "of the country.", "2016"),
    ("id", "Tentara Kolombia dan pemberontak FARC bertempur selama lima dekade. Perjanjian damai tahun 2016 goyah "
           "di sebagian wilayah negeri itu.", "2016"),
    ("en", "Ethiopian troops fought the TPLF in Tigray in 2021. That truce, signed in November 2022, has largely held.",
     "2022-11"),
    ("en", "The Tigray war between Ethiopia and the TPLF ended with a peace agreement in Pretoria in November 2022.",
     "2022-11"),
    ("id", "Perang di Tigray antara Ethiopia dan TPLF berakhir dengan perjanjian damai di Pretoria pada November 2022.",
     "2022-11"),
])
def test_an_agreement_named_in_passing_with_its_date_is_a_signing(language: str, text: str, when: str) -> None:
    found = signings_of(text, language)
    assert len(found) == 1 and found[0][1] == when, found
    assert {"COL", "FARC"} <= set(found[0][0]) or {"ETH", "TPLF"} <= set(found[0][0]), found


@pytest.mark.parametrize("language, text", [
    ("en", "Former fighters laid down their arms under the 2016 peace accord."),
    ("id", "Para mantan kombatan meletakkan senjata berdasarkan perjanjian damai tahun 2016."),
])
def test_a_background_agreement_with_one_side_named_is_no_signing(language: str, text: str) -> None:
    assert signings_of(text, language) == []


def test_accords_in_the_plural_are_signed_too() -> None:
    text = "Israel and Bahrain signed the Abraham Accords at the White House in September 2020."
    assert [sides for sides, _ in signings_of(text, "en")] == [["BHR", "ISR"]]


# --- A passive change of membership told by whose membership it is ---

def membership_changes_of(text: str, language: str) -> list[tuple[str, list[str], list[str]]]:
    return [(e.kind, sorted(local_key(i) for i in e.roles.get("agent", ())),
             sorted(local_key(i) for i in e.roles.get("organization", ())))
            for e in _extraction(text, language).events if e.kind in ("Accession", "Withdrawal", "Suspension")]


@pytest.mark.parametrize("language, text", [
    ("en", "Niger's membership of the African Union was suspended on Thursday."),
    ("en", "The membership of Niger in the African Union was suspended on Thursday."),
    ("id", "Keanggotaan Niger di Uni Afrika ditangguhkan pada Kamis."),
])
def test_a_suspended_membership_is_its_holders(language: str, text: str) -> None:
    assert membership_changes_of(text, language) == [("Suspension", ["NER"], ["AU"])]


# --- One change of membership per organization listed after the trigger ---

@pytest.mark.parametrize("language, text", [
    ("en", "Niger has been suspended from both the African Union and ECOWAS."),
    ("en", "Niger was suspended from ECOWAS and the African Union on Friday."),
    ("id", "Niger diskors dari ECOWAS dan Uni Afrika pada Jumat."),
])
def test_a_change_of_membership_in_two_organizations_is_two_changes(language: str, text: str) -> None:
    assert sorted(membership_changes_of(text, language)) == [("Suspension", ["NER"], ["AU"]),
                                                             ("Suspension", ["NER"], ["ECOWAS"])]


def test_an_organization_named_elsewhere_in_the_clause_is_not_a_second_change() -> None:
    text = "Niger was suspended from ECOWAS, the African Union said on Friday."
    assert membership_changes_of(text, "en") == [("Suspension", ["NER"], ["ECOWAS"])]


# --- Several agreements signed at once ---

@pytest.mark.parametrize("language, text", [
    ("en", "The presidents of Ghana and Togo signed a set of agreements in Accra on Thursday."),
    ("en", "Ghana and Togo signed 12 cooperation agreements in Accra on Thursday."),
    ("en", "Ghana's president and Togo's president signed several defence deals in Accra on Thursday."),
    ("id", "Presiden Ghana dan Togo menandatangani serangkaian perjanjian di Accra pada Kamis."),
    ("id", "Ghana dan Togo menandatangani 12 perjanjian kerja sama di Accra pada Kamis."),
])
def test_several_agreements_signed_at_once_are_a_signing(language: str, text: str) -> None:
    signings = [e for e in _extraction(text, language).events if e.kind == "TreatySigning"]
    assert [sorted(local_key(i) for i in e.roles["participant"] if "/state/" in i) for e in signings] == [
        ["GHA", "TGO"]], signings


@pytest.mark.parametrize("language, text", [
    ("en", "Ghana, Togo and Benin signed a document supporting the agreements on Thursday."),
    ("id", "Ghana, Togo dan Benin menandatangani dokumen yang mendukung kesepakatan itu pada Kamis."),
])
def test_a_document_backing_agreements_is_no_signing_of_them(language: str, text: str) -> None:
    assert [e for e in _extraction(text, language).events if e.kind == "TreatySigning"] == []


# --- An organization changing the membership of several members listed after the trigger ---

@pytest.mark.parametrize("language, text, members", [
    ("en", "The African Union suspended Niger and Gabon on Friday.", ["GAB", "NER"]),
    ("en", "On Friday the African Union suspended Niger, Gabon and Mali after their coups.", ["GAB", "MLI", "NER"]),
    ("id", "Uni Afrika menskors Niger dan Gabon pada Jumat.", ["GAB", "NER"]),
    ("id", "Uni Afrika membekukan keanggotaan Niger, Gabon dan Mali pada Jumat.", ["GAB", "MLI", "NER"]),
])
def test_an_organization_suspending_members_listed_after_the_verb_suspends_each(
        language: str, text: str, members: list[str]) -> None:
    assert sorted(membership_changes_of(text, language)) == [("Suspension", [m], ["AU"]) for m in members]


def test_members_listed_with_their_own_years_take_each_year() -> None:
    found = [e for e in _extraction("The African Union suspended Mali in 2020 and Guinea in 2021.", "en").events
             if e.kind == "Suspension"]
    assert sorted((local_key(e.roles["agent"][0]), e.date.value) for e in found) == [("GIN", "2021"), ("MLI", "2020")]


# --- A passive suspension "from" an organization ---

@pytest.mark.parametrize("language, text", [
    ("en", "Niger was suspended from the African Union in August."),
    ("id", "Niger ditangguhkan dari Uni Afrika pada Agustus."),
    ("id", "Kudeta itu membuat Niamey dibekukan dari Uni Afrika."),
    ("id", "Niger ditangguhkan keanggotaannya dari Uni Afrika pada Agustus."),
])
def test_a_state_suspended_from_an_organization_is_its_suspension(language: str, text: str) -> None:
    assert membership_changes_of(text, language) == [("Suspension", ["NER"], ["AU"])]


@pytest.mark.parametrize("language, text", [
    ("id", "Bantuan dari Uni Eropa untuk Niger ditangguhkan pada Agustus."),
    ("id", "Pembayaran ditangguhkan dari bulan Agustus."),
])
def test_a_suspended_payment_is_no_change_of_membership(language: str, text: str) -> None:
    assert membership_changes_of(text, language) == []


# --- A signing told in a relative clause ---

@pytest.mark.parametrize("language, text", [
    ("en", "Morocco followed Ghana and Togo, which signed the defence pact in Lome in May."),
    ("id", "Maroko menyusul Ghana dan Togo, yang menandatangani pakta pertahanan itu di Lome pada Mei."),
])
def test_a_relative_pronoun_before_the_signing_verb_names_the_signers_before_it(language: str, text: str) -> None:
    assert [sides for sides, _ in signings_of(text, language)] == [["GHA", "TGO"]]


@pytest.mark.parametrize("text, year", [
    ("The bill puts into effect a defence cooperation agreement that Ghana and Togo signed in 2014.", "2014"),
    ("The pact, which Ghana and Togo signed in 2012, expired last year.", "2012"),
])
def test_a_treaty_its_parties_signed_in_a_relative_clause_is_a_signing(text: str, year: str) -> None:
    assert signings_of(text, "en") == [(["GHA", "TGO"], year)]


def test_signing_a_law_in_is_no_treaty() -> None:
    assert signings_of("Ghanaian President John Mahama signed in a new law on Tuesday.", "en") == []


# --- A signing told again with no date of its own is the signing told before ---

@pytest.mark.parametrize("language, text", [
    ("en", "The presidents of Kenya and Somalia signed a security agreement in Nairobi on Sunday. Officials had "
           "said in January that the agreement, signed by President William Ruto and Somali President Hassan "
           "Sheikh Mohamud, would end the dispute."),
    ("id", "Presiden Kenya dan Somalia menandatangani perjanjian keamanan di Nairobi pada Minggu. Pejabat Kenya "
           "pada Januari mengatakan bahwa perjanjian yang ditandatangani Presiden William Ruto dan Presiden "
           "Somalia Hassan Sheikh Mohamud itu akan mengakhiri sengketa."),
])
def test_a_signing_told_again_without_a_date_of_its_own_is_one_signing(language: str, text: str) -> None:
    signings = [e for e in _extraction(text, language).events if e.kind == "TreatySigning"]
    assert len(signings) == 1, signings
    assert signings[0].date is not None and signings[0].date.value == "2025-03-09"


@pytest.mark.parametrize("language, text", [
    ("en", "Kenya and Somalia signed a friendship treaty in 1997. On Sunday, Kenya and Somalia signed a security "
           "agreement in Nairobi."),
    ("id", "Kenya dan Somalia menandatangani perjanjian persahabatan pada 1997. Pada Minggu, Kenya dan Somalia "
           "menandatangani perjanjian keamanan di Nairobi."),
])
def test_signings_of_one_pair_dated_apart_stay_two(language: str, text: str) -> None:
    signings = [e for e in _extraction(text, language).events if e.kind == "TreatySigning"]
    assert sorted(e.date.value for e in signings) == ["1997", "2025-03-09"]


# --- Withdrawals, suspensions and readmissions told by their noun or with the member as possessive ---

def _changes(text: str, language: str, kind: str) -> list[set[str]]:
    from test_events import events_of
    return [{k for role, keys in e["roles"].items() if role != "location" for k in keys}
            for e in events_of(text, language) if e["kind"] == kind]


@pytest.mark.parametrize("language, text", [
    ("en", "Moscow suspended Russia's participation in the Open Skies Treaty in 2020."),
    ("en", "Russia's suspension of its participation in the Open Skies Treaty worried Europe."),
    ("id", "Moskow menangguhkan partisipasi Rusia dalam traktat Open Skies pada 2020."),
])
def test_a_treaty_suspended_with_the_member_as_possessive(language: str, text: str) -> None:
    assert [s & {"RUS"} for s in _changes(text, language, "Suspension")] == [{"RUS"}]


@pytest.mark.parametrize("language, text", [
    ("en", "Washington announced the withdrawal of the United States from the Paris Agreement."),
    ("en", "Washington announced America's withdrawal from the Paris Agreement."),
    ("id", "Washington mengumumkan penarikan AS dari kesepakatan Paris."),
    ("id", "Washington menarik AS dari kesepakatan Paris."),
])
def test_a_treaty_left_told_by_the_withdrawal_noun(language: str, text: str) -> None:
    assert [s & {"USA"} for s in _changes(text, language, "Withdrawal")] == [{"USA"}]


@pytest.mark.parametrize("language, text", [
    ("en", "Bolivia's membership of Mercosur was restored two years later."),
    ("id", "Bolivia dipulihkan keanggotaannya di Mercosur dua tahun kemudian."),
])
def test_a_membership_restored_is_an_accession(language: str, text: str) -> None:
    assert _changes(text, language, "Accession") == [{"BOL", "MERCOSUR"}]


# --- A threat told as a vow, pledge or promise to retaliate, avenge or punish ---

def threats_of(text: str, language: str) -> list[set[str]]:
    return [{local_key(i) for role, iris in e.roles.items() if role != "location" for i in iris}
            for e in _extraction(text, language).events if e.kind == "ThreatOfForce"]


@pytest.mark.parametrize("language, text, sides", [
    ("en", "Serbia promised on Monday to retaliate against Croatia over the arrests.", {"SRB", "HRV"}),
    ("en", "Iraq pledged revenge against Turkey for the drone strike near Sinjar.", {"IRQ", "TUR"}),
    ("en", "Armenia vowed on Friday to hit back at Azerbaijan.", {"ARM", "AZE"}),
    ("en", "Pakistan swore to avenge the soldiers and threatened India with retaliation.", {"PAK", "IND"}),
    ("id", "Serbia berjanji akan membalas Kroasia atas penangkapan itu.", {"SRB", "HRV"}),
    ("id", "Irak bersumpah akan menjatuhkan hukuman kepada Turki atas serangan drone itu.", {"IRQ", "TUR"}),
    ("id", "Pakistan berikrar membalas dendam kepada India atas tewasnya para prajurit.", {"PAK", "IND"}),
    ("id", "Presiden Rusia mengancam akan menghukum Georgia atas insiden perbatasan itu.", {"RUS", "GEO"}),
])
def test_a_vow_of_retaliation_or_punishment_is_a_threat(language: str, text: str, sides: set[str]) -> None:
    assert sides in threats_of(text, language)


@pytest.mark.parametrize("language, text", [
    ("en", "Serbia promised on Monday to help Croatia rebuild the bridge."),
    ("id", "Serbia berjanji akan membantu Kroasia membangun kembali jembatan itu."),
])
def test_a_promise_of_help_is_no_threat(language: str, text: str) -> None:
    assert threats_of(text, language) == []



@pytest.mark.parametrize("language, text, sides", [
    ("en", "Azerbaijan's threat to attack Armenia's border posts alarmed the EU.", {"AZE", "ARM"}),
    ("en", "The junta's threats to use force against Niger worried Nigeria.", None),
    ("en", "Lebanon was threatened with military action by Israel on Monday.", {"LBN", "ISR"}),
    ("id", "Lebanon diancam dengan aksi militer oleh Israel pada Senin.", {"LBN", "ISR"}),
    ("id", "Armenia diancam akan diserang oleh Azerbaijan pada Senin.", {"ARM", "AZE"}),
])
def test_a_threat_told_by_its_noun_or_in_the_passive(language: str, text: str, sides: set[str] | None) -> None:
    found = threats_of(text, language)
    assert found if sides is None else sides in found


def test_an_act_a_threat_noun_names_is_no_event() -> None:
    kinds = {e.kind for e in _extraction("Azerbaijan's threat to attack Armenia's border posts alarmed the EU.", "en").events}
    assert kinds == {"ThreatOfForce"}

# --- A request told by its noun: its owner or source asks, whom it names after "to" or who received it is asked ---

def requests_of(text: str, language: str) -> list[tuple[list[str], list[str]]]:
    return [(sorted(local_key(i) for i in e.roles.get("requester", ())),
             sorted(local_key(i) for i in e.roles.get("addressee", ())))
            for e in _extraction(text, language).events if e.kind == "AidRequest"]


@pytest.mark.parametrize("language, text", [
    ("en", "Chad received a request for troops from Niger on Monday."),
    ("en", "Niger's request to Chad for military help came on Monday."),
    ("en", "Niger's request for military help from Chad came on Monday."),
    ("id", "Chad menerima permintaan bantuan militer dari Niger pada Senin."),
    ("id", "Permintaan bantuan militer Niger kepada Chad disampaikan pada Senin."),
])
def test_a_request_noun_is_asked_by_its_owner_or_source(language: str, text: str) -> None:
    assert requests_of(text, language) == [(["NER"], ["TCD"])]


@pytest.mark.parametrize("language, text", [
    ("en", "Niger asked Chad for military help on Monday."),
    ("id", "Niger meminta bantuan militer kepada Chad pada Senin."),
])
def test_a_request_verb_is_asked_by_its_subject(language: str, text: str) -> None:
    assert requests_of(text, language) == [(["NER"], ["TCD"])]


# --- A declaration opening the clause is what a passive verb signs, however long its description ---

def signing_parties(text: str, language: str) -> list[set[str]]:
    return [{local_key(i) for i in e.roles.get("participant", ())}
            for e in _extraction(text, language).events if e.kind == "TreatySigning"]


@pytest.mark.parametrize("language, text", [
    ("en", "A joint statement issued by the three governments after four days of talks was signed by Kenya, Uganda and Tanzania."),
    ("id", "Pernyataan bersama yang dikeluarkan ketiga pemerintah setelah perundingan empat hari itu diteken oleh Kenya, Uganda dan Tanzania."),
])
def test_a_long_declaration_signed_is_no_signing(language: str, text: str) -> None:
    assert signing_parties(text, language) == []


@pytest.mark.parametrize("language, text", [
    ("en", "A statement from Nairobi said the border accord was signed by Kenya and Uganda on Friday."),
    ("id", "Dalam pernyataan bersama, Kenya dan Uganda mengatakan perjanjian perbatasan itu diteken pada Jumat."),
])
def test_an_agreement_signed_in_a_clause_a_declaration_tells_of_is_a_signing(language: str, text: str) -> None:
    assert signing_parties(text, language) == [{"KEN", "UGA"}]


# --- Members told with a count of the body, "another", "of which ... are all members", or "namely" after a comma ---

@pytest.mark.parametrize("language, text, expected", [
    ("en", "Kenya, Uganda and Rwanda are all members of the eight-nation East African Community, together with Tanzania and Burundi.",
     {("KEN", "EAC"), ("UGA", "EAC"), ("RWA", "EAC"), ("TZA", "EAC"), ("BDI", "EAC")}),
    ("en", "The troops came from the East African Community, of which Kenya, Uganda and Rwanda are all members.",
     {("KEN", "EAC"), ("UGA", "EAC"), ("RWA", "EAC")}),
    ("en", "Tanzania, another EAC member, did not send troops.", {("TZA", "EAC")}),
    ("en", "The mission was set up by the EU with five ASEAN countries, namely Thailand, Malaysia, Brunei, the Philippines and Singapore.",
     {("THA", "ASEAN"), ("MYS", "ASEAN"), ("BRN", "ASEAN"), ("PHL", "ASEAN"), ("SGP", "ASEAN")}),
    ("id", "Misi itu dibentuk Uni Eropa bersama lima negara ASEAN, yakni Thailand, Malaysia, Brunei, Filipina dan Singapura.",
     {("THA", "ASEAN"), ("MYS", "ASEAN"), ("BRN", "ASEAN"), ("PHL", "ASEAN"), ("SGP", "ASEAN")}),
])
def test_members_listed_after_a_count_another_or_namely(language: str, text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= memberships_of(text, language)


def test_a_list_after_a_comma_without_an_example_word_is_no_list_of_members() -> None:
    assert ("KEN", "ASEAN") not in memberships_of("The EU worked with ASEAN countries, Kenya said on Monday.", "en")


# --- A treaty suspended with the participation noun in its possessive form ---

@pytest.mark.parametrize("text", [
    "Rusia menangguhkan partisipasinya dalam perjanjian pengendalian senjata itu pada Selasa.",
    "Belarus membekukan keikutsertaannya dalam perjanjian itu pada Juni.",
])
def test_participation_with_its_possessive_suffix_suspended_in_a_treaty(text: str) -> None:
    kinds = [e.kind for e in _extraction(text, "id").events]
    assert kinds == ["Suspension"]


# --- What is left after "keluar dari"/"pulled out of" is a war, a crisis or a camp, not a body ---

@pytest.mark.parametrize("language, text", [
    ("id", "Negara anggota NATO itu baru keluar dari perang saudara."),
    ("id", "Anggota ECOWAS itu baru keluar dari konflik panjang."),
    ("en", "The UN mission pulled out of its camp in Kidal."),
])
def test_leaving_a_war_or_a_camp_is_no_withdrawal_from_a_body(language: str, text: str) -> None:
    assert _changes(text, language, "Withdrawal") == []


def test_leaving_a_body_stays_a_withdrawal() -> None:
    assert _changes("Burkina Faso keluar dari ECOWAS pada Januari 2024.", "id", "Withdrawal") == [{"BFA", "ECOWAS"}]


# --- Membership changes told in a relative clause, a passive of admitting, a noun of accession,
# --- as a new state party, or by an organization that suspends its members (session 14) ---

def _agents_by_organization(text: str, language: str, kind: str) -> set[tuple[str, str]]:
    from test_events import events_of
    return {(agent, organization) for e in events_of(text, language) if e["kind"] == kind
            for agent in e["roles"].get("agent", []) for organization in e["roles"].get("organization", [])}


@pytest.mark.parametrize("verb", ["quit", "left", "withdrew from", "pulled out of"])
@pytest.mark.parametrize("between", ["", " on Tuesday", ", the regional bloc,"])
def test_a_member_leaving_in_a_relative_clause_after_the_organization(verb: str, between: str) -> None:
    text = f"Kenya criticised the East African Community{between} which Tanzania {verb} in 2022."
    if between == "":
        text = text.replace("Community which", "Community, which")
    assert ("TZA", "EAC") in _agents_by_organization(text, "en", "Withdrawal")


@pytest.mark.parametrize("verb", ["joined", "rejoined"])
def test_a_member_joining_in_a_relative_clause_after_the_organization(verb: str) -> None:
    text = f"The European Union, which Croatia {verb} in 2013, welcomed the decision."
    assert ("HRV", "EU") in _agents_by_organization(text, "en", "Accession")


@pytest.mark.parametrize("language, text", [
    ("en", "Chile and Peru were admitted as full members of the Organization of American States on Friday."),
    ("en", "Chile and Peru were accepted as new members of the Organization of American States on Friday."),
    ("en", "Chile and Peru were on Friday admitted as members of the Organization of American States."),
    ("en", "The Organization of American States admitted Chile and Peru as full members on Friday."),
    ("en", "Leaders approved the accession of Chile and Peru to the Organization of American States on Friday."),
    ("id", "Chile dan Peru diterima sebagai anggota penuh Organisasi Negara-negara Amerika pada Jumat."),
    ("id", "Chile dan Peru diterima menjadi anggota Organisasi Negara-negara Amerika pada Jumat."),
])
def test_members_admitted_by_a_passive_or_a_noun_of_accession(language: str, text: str) -> None:
    assert {("CHL", "OAS"), ("PER", "OAS")} <= _agents_by_organization(text, language, "Accession")


@pytest.mark.parametrize("language, text", [
    ("en", "Ukraine officially became the 125th state party to the Rome Statute of the ICC on Thursday."),
    ("en", "Ukraine became a state party to the statute of the ICC on Thursday."),
    ("id", "Ukraina resmi menjadi negara pihak ke-125 Statuta Roma, perjanjian pendiri ICC, mulai Kamis."),
    ("id", "Ukraina menjadi negara pihak perjanjian pendiri Mahkamah Pidana Internasional (ICC) pada Kamis."),
])
def test_a_new_state_party_joins_the_court_its_treaty_founded(language: str, text: str) -> None:
    assert ("UKR", "ICC") in _agents_by_organization(text, language, "Accession")


@pytest.mark.parametrize("verb", ["menangguhkan", "membekukan", "menskors"])
@pytest.mark.parametrize("subject", ["ECOWAS", "Para pemimpin ECOWAS", "Blok regional ECOWAS pada Minggu"])
def test_an_organization_suspends_the_members_named_after_its_verb(verb: str, subject: str) -> None:
    text = f"{subject} {verb} Mali dan Guinea dalam KTT luar biasa di Accra."
    assert {("MLI", "ECOWAS"), ("GIN", "ECOWAS")} <= _agents_by_organization(text, "id", "Suspension")


@pytest.mark.parametrize("language, text", [
    ("id", "Uni Eropa menangguhkan bantuan kepada Niger pada Minggu."),
    ("id", "ECOWAS membekukan aset para pemimpin junta Mali pada Minggu."),
    ("en", "Kenya criticised the East African Community, which the rebels left in ruins."),
])
def test_what_is_suspended_or_left_is_no_member(language: str, text: str) -> None:
    found = _agents_by_organization(text, language, "Suspension") | _agents_by_organization(text, language, "Withdrawal")
    assert found == set()


# --- Threats: every verb of force after "threaten(ed/s/ing) to", the one threatened as the object of
# --- "threaten X with <force>", and warnings of retaliation or force (session 14) ---

THREAT_FORCE_ACTS = ["demolish the embassy of Ruritania", "raze Ruritania's capital", "flatten Ruritania's ports",
                     "blow up Ruritania's tankers", "target Ruritania", "fire missiles at Ruritania",
                     "launch air strikes on Ruritania", "launch an attack on Ruritania", "storm Ruritania's embassy",
                     "carry out strikes on Ruritania", "go to war with Ruritania", "declare war on Ruritania"]


@pytest.mark.parametrize("act", THREAT_FORCE_ACTS)
@pytest.mark.parametrize("verb", ["threatened", "threatens", "has threatened", "threatened on Monday"])
def test_a_threat_of_any_act_of_force(verb: str, act: str) -> None:
    text = f"Iran {verb} to {act}.".replace("Ruritania", "Israel")
    assert any("IRN" in sides for sides in threats_of(text, "en"))


@pytest.mark.parametrize("language, text", [
    ("en", "Iran threatened Israel with retaliation."),
    ("en", "Iran threatens Israel with war, the minister said."),
    ("en", "Iran on Monday threatened Israel with air strikes."),
    ("en", "Iran is threatening Israel with military action over the drone attack."),
    ("en", "Iran threatened Israel on Monday with a nuclear strike."),
    ("id", "Iran mengancam Israel dengan pembalasan."),
    ("id", "Iran pada Senin mengancam Israel dengan serangan rudal."),
    ("id", "Iran mengancam Israel dengan perang jika serangan berlanjut, tetapi kemudian melunak.".replace(
        " jika serangan berlanjut, tetapi kemudian melunak", "")),
])
def test_the_one_threatened_with_force_is_the_object_of_the_verb(language: str, text: str) -> None:
    assert {"IRN", "ISR"} in threats_of(text, language)


@pytest.mark.parametrize("language, text", [
    ("en", "Iran warned Israel of retaliation."),
    ("en", "Iran warned Israel that it would respond with force."),
    ("en", "Iran warned Israel on Monday that it would use force."),
    ("id", "Iran memperingatkan Israel akan balasan yang menghancurkan."),
    ("id", "Iran memperingatkan Israel bahwa pihaknya akan menggunakan kekuatan militer."),
])
def test_a_warning_of_retaliation_or_force_is_a_threat(language: str, text: str) -> None:
    assert {"IRN", "ISR"} in threats_of(text, language)


@pytest.mark.parametrize("verb", ["meruntuhkan kedutaan", "meledakkan kapal-kapal tanker", "meratakan pelabuhan",
                                  "menargetkan pangkalan", "menembakkan rudal ke pangkalan", "menginvasi wilayah"])
@pytest.mark.parametrize("lead", ["Iran mengancam akan", "Iran pada Senin mengancam akan"])
def test_a_threat_of_any_act_of_force_id(lead: str, verb: str) -> None:
    assert any("IRN" in sides for sides in threats_of(f"{lead} {verb} Israel.", "id"))


@pytest.mark.parametrize("language, text", [
    ("en", "Iran threatened to resign from the commission if Israel attended."),
    ("en", "Iran threatened Israel's athletes with a ban from the games."),
    ("id", "Iran mengancam Israel dengan sanksi ekonomi."),
    ("en", "Iran warned Israel of heavy rain on Monday."),
])
def test_threats_of_no_force_stay_silent(language: str, text: str) -> None:
    assert threats_of(text, language) == []


# --- Truces told by a verb of ceasing fire or hostilities, or by guns falling silent (session 14) ---

def truces_of(text: str, language: str) -> list[tuple[set[str], str]]:
    return [({local_key(i) for role, iris in e.roles.items() if role in ("participant",) for i in iris}, e.modality)
            for e in _extraction(text, language).events if e.kind == "Ceasefire"]


EN_CEASING = ["cease fire", "hold their fire", "halt hostilities", "stop hostilities", "suspend hostilities",
              "stop shooting", "stop attacking each other", "stop firing at each other", "end the shooting"]


@pytest.mark.parametrize("act", EN_CEASING)
@pytest.mark.parametrize("lead", ["agreed to", "agreed on Monday to", "have agreed to"])
def test_two_sides_agreeing_to_cease_fire_make_a_truce(lead: str, act: str) -> None:
    assert ({"SDN", "SSD"}, "asserted") in truces_of(f"Sudan and South Sudan {lead} {act}.", "en")


@pytest.mark.parametrize("act", ["berhenti saling serang", "berhenti saling menyerang", "berhenti saling tembak",
                                 "menghentikan aksi saling serang", "menghentikan penembakan",
                                 "menghentikan pertikaian bersenjata", "menangguhkan permusuhan"])
@pytest.mark.parametrize("lead", ["sepakat", "pada Senin sepakat", "sepakat untuk"])
def test_two_sides_agreeing_to_cease_fire_make_a_truce_id(lead: str, act: str) -> None:
    assert ({"SDN", "SSD"}, "asserted") in truces_of(f"Sudan dan Sudan Selatan {lead} {act}.", "id")


@pytest.mark.parametrize("language, text", [
    ("en", "The guns fell silent along the border between Sudan and South Sudan on Monday."),
    ("en", "The guns have fallen silent between Sudan and South Sudan, a week after the clashes."),
    ("id", "Senjata terdiam di perbatasan antara Sudan dan Sudan Selatan pada Senin."),
    ("id", "Senjata kembali terdiam di perbatasan Sudan dan Sudan Selatan setelah sepekan bentrokan."),
])
def test_guns_falling_silent_between_two_sides_is_their_truce(language: str, text: str) -> None:
    assert any(sides == {"SDN", "SSD"} for sides, _ in truces_of(text, language))


@pytest.mark.parametrize("language, text", [
    ("en", "The UN urged Sudan and South Sudan to halt hostilities."),
    ("en", "Sudan refused to stop shooting at South Sudan's patrols."),
    ("id", "PBB mendesak Sudan dan Sudan Selatan berhenti saling serang."),
    ("id", "Sudan menolak menghentikan penembakan ke arah patroli Sudan Selatan."),
])
def test_a_truce_urged_or_refused_is_no_truce_made(language: str, text: str) -> None:
    assert all(modality != "asserted" for _, modality in truces_of(text, language))


# --- A meeting asked of an alliance or a council is a request to it (session 14; docs/gold-format.md, Requests) ---

def meeting_requests_of(text: str, language: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    from test_events import events_of
    return [(tuple(e["roles"].get("requester", [])), tuple(e["roles"].get("addressee", [])))
            for e in events_of(text, language) if e["kind"] == "AidRequest"]


@pytest.mark.parametrize("verb", ["asked", "asks", "has asked", "requested", "asked on Monday"])
@pytest.mark.parametrize("meeting", ["to hold consultations", "to hold urgent consultations", "to consult",
                                     "to convene an emergency meeting", "to hold an emergency session"])
def test_a_meeting_asked_of_an_alliance_is_a_request(verb: str, meeting: str) -> None:
    assert (("EST",), ("NATO",)) in meeting_requests_of(f"Estonia {verb} NATO {meeting}.", "en")


@pytest.mark.parametrize("verb", ["meminta", "pada Senin meminta", "mendesak"])
@pytest.mark.parametrize("meeting", ["menggelar konsultasi", "mengadakan konsultasi", "menggelar rapat darurat",
                                     "mengadakan pertemuan darurat"])
def test_a_meeting_asked_of_an_alliance_is_a_request_id(verb: str, meeting: str) -> None:
    assert (("EST",), ("NATO",)) in meeting_requests_of(f"Estonia {verb} NATO {meeting}.", "id")


@pytest.mark.parametrize("language, text", [
    ("en", "Estonia and Latvia agreed in a telephone call on Monday to start in-depth consultations."),
    ("en", "Estonia asked reporters to leave the closed meeting of NATO envoys."),
    ("id", "Estonia meminta wartawan meninggalkan rapat tertutup para duta besar NATO."),
])
def test_a_meeting_not_asked_of_anyone_is_no_request(language: str, text: str) -> None:
    assert meeting_requests_of(text, language) == []


# --- A contract to buy or sell is no treaty signed (session 14; docs/gold-format.md, purchase and sale contracts) ---

def treaty_signings_of(text: str, language: str) -> list[set[str]]:
    return [{local_key(i) for i in e.roles.get("participant", ())}
            for e in _extraction(text, language).events if e.kind == "TreatySigning"]


@pytest.mark.parametrize("language, text", [
    ("en", "Manila signed a contract to buy twelve jets from Seoul in March."),
    ("en", "Manila and Seoul signed an arms deal worth $700 million in March."),
    ("en", "The contract for three missile batteries was signed by Manila and Seoul in January."),
    ("en", "Manila and Seoul on Monday signed a purchase agreement for twelve jets."),
    ("id", "Manila meneken kontrak pembelian dua belas jet dari Seoul pada Maret."),
    ("id", "Kontrak untuk tiga baterai rudal itu diteken Filipina dan Korea Selatan pada Januari."),
    ("id", "Filipina dan Korea Selatan menandatangani perjanjian jual beli dua belas jet pada Maret."),
])
def test_a_contract_to_buy_or_sell_is_no_treaty_signed(language: str, text: str) -> None:
    assert treaty_signings_of(text, language) == []


@pytest.mark.parametrize("language, text", [
    ("en", "Manila and Seoul signed a defence cooperation agreement in March."),
    ("en", "Manila and Seoul signed a memorandum on the purchase of twelve jets in March."),
    ("id", "Filipina dan Korea Selatan menandatangani perjanjian kerja sama pertahanan pada Maret."),
    ("id", "Filipina dan Korea Selatan meneken nota kesepahaman pembelian dua belas jet pada Maret."),
])
def test_an_agreement_between_governments_stays_a_treaty_signed(language: str, text: str) -> None:
    assert {"PHL", "KOR"} in treaty_signings_of(text, language)

"""kg.segment: sentence offsets, abbreviations, dateline leads and page chrome."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.ingest import read_documents
from kg.model import Document
from kg.namespaces import document_iri
from kg.segment import split_sentences

GOLDEN = Path(__file__).parent / "golden" / "seed_sentences.json"
SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "000_1825697cf85d7d4d.txt"


def make_doc(text: str, title: str | None = None, language: str = "en") -> Document:
    return Document(document_iri(text), "test", text, title, None, language)


def texts(text: str, title: str | None = None) -> list[str]:
    return [s.text for s in split_sentences(make_doc(text, title))]


def chrome(text: str, title: str | None = None) -> list[str]:
    return [s.text for s in split_sentences(make_doc(text, title)) if s.is_chrome]


@pytest.mark.skipif(not SEED.is_file(), reason="shared seed article not present")
def test_seed_matches_hand_checked_golden_file():
    doc = next(read_documents([SEED]))
    sentences = split_sentences(doc)
    got = [
        {"index": s.index, "start": s.start, "end": s.end, "is_chrome": s.is_chrome, "text": s.text[:40]}
        for s in sentences
    ]
    assert got == json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert all(doc.text[s.start:s.end] == s.text for s in sentences)


@pytest.mark.skipif(not SEED.is_file(), reason="shared seed article not present")
def test_seed_dateline_lead_is_outside_the_first_sentence():
    doc = next(read_documents([SEED]))
    first_body = next(s for s in split_sentences(doc) if s.index > 0 and not s.is_chrome)
    lead = doc.text[doc.text.rfind("\n", 0, first_body.start) + 1 : first_body.start]
    assert lead.strip().endswith("-") and lead.isupper()
    assert not first_body.text.isupper()


def test_offsets_are_exact_and_paragraph_breaks_end_sentences():
    text = "Title here\n\nFirst para without a stop\nSecond para. It has two sentences!\n"
    sentences = split_sentences(make_doc(text, "Title here"))
    assert [s.text for s in sentences] == [
        "Title here", "First para without a stop", "Second para.", "It has two sentences!",
    ]
    assert [s.index for s in sentences] == [0, 1, 2, 3]
    assert all(text[s.start:s.end] == s.text for s in sentences)
    assert not any(s.is_chrome for s in sentences)


@pytest.mark.parametrize(
    "text",
    [
        "U.S. officials met Dr. Smith in Geneva on Sept. 13 to discuss the talks.",
        "Lt. Gen. J. Doe said the No. 2 brigade had moved.",
        "Kantornya di Jl. Merdeka No. 5 menyimpan senjata, amunisi, dll. yang disita polisi.",
        "Prof. Dr. Andi Wijaya dari Kab. Bogor hadir.",
    ],
)
def test_abbreviations_and_initials_do_not_end_sentences(text):
    assert texts(text) == [text]


def test_quotes_stay_with_their_sentence():
    text = 'The minister said: "We will not retreat." Then he left. "Dan menyepakati langkah," katanya.'
    assert texts(text) == [
        'The minister said: "We will not retreat."',
        "Then he left.",
        '"Dan menyepakati langkah," katanya.',
    ]


@pytest.mark.parametrize(
    ("paragraph", "sentence"),
    [
        ("TBILISI - Georgia asked for help.", "Georgia asked for help."),
        ("MOSCOW (Reuters) - Russia said it would respond.", "Russia said it would respond."),
        ("JAKARTA, KOMPAS.com - Pemerintah mengirim bantuan.", "Pemerintah mengirim bantuan."),
        ("WASHINGTON, Sept 13 (Reuters) — Officials met.", "Officials met."),
        ("NATO allies met in Brussels.", "NATO allies met in Brussels."),
    ],
)
def test_dateline_lead_is_left_out_of_the_first_paragraph(paragraph, sentence):
    assert texts(f"Some headline\n\n{paragraph}\n\nLATER - this stays.", "Some headline")[1:] == [
        sentence, "LATER - this stays.",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Rabu, 14 September 2022 - 01:44 WIB",
        "Tuesday, 13 September 2022 10:05 GMT",
        "Sept. 13, 2022",
        "loading...",
        "A A A",
        "(min)",
        "Baca juga: Pasukan ditarik dari perbatasan",
        "Baca Berita Terkait Lainnya",
        "Dapatkan berita terkini dan kejutan menarik, Klik Disini untuk mendaftar!",
        "Copyright © 2024 Contoh Media",
        "All Rights Reserved",
        "read/ rendering in 0.0312 seconds",
        "Soldiers stand guard at the border crossing. (AP Photo/Jane Roe)",
        "Photo: Reuters",
        "Tentara berjaga di pos perbatasan. Foto/Reuters",
        "Advertisement",
        "Subscribe to our newsletter",
        "Follow us on social media",
        "Facebook Twitter WhatsApp",
        "Editor: Budi",
    ],
)
def test_chrome_lines_are_flagged(line):
    text = f"A headline about the border\n\n{line}\n\nThe army said two soldiers were hurt."
    sentences = split_sentences(make_doc(text, "A headline about the border"))
    flagged = [s.is_chrome for s in sentences]
    assert flagged[0] is False and flagged[-1] is False
    assert all(flagged[1:-1]) and len(flagged) >= 3


def test_truncated_title_repeat_is_chrome_but_the_title_is_not():
    title = "Armenia asks Russia for help after border clashes"
    text = f"{title}\n\nArmenia asks Russia for...\n\nArmenia asked for help."
    assert chrome(text, title) == ["Armenia asks Russia for..."]


def test_real_sentences_mentioning_photos_or_copyright_words_are_not_chrome():
    text = "Officials shared a photo of the damaged bridge. The reporters asked about rights groups."
    assert chrome(text) == []


def test_hard_wrapped_lines_join_but_short_lines_do_not():
    text = (
        "Fighting resumed on Tuesday along the northern front line, where\n"
        "both armies have dug in since the spring.\n"
        "Short heading\n"
        "lowercase line after it."
    )
    assert texts(text) == [
        "Fighting resumed on Tuesday along the northern front line, where\n"
        "both armies have dug in since the spring.",
        "Short heading",
        "lowercase line after it.",
    ]


def test_empty_text_has_no_sentences():
    assert split_sentences(make_doc("  \n\n ")) == []


PAGES = Path(__file__).parent / "data" / "ingest" / "pages"


def flagged_sentences(name: str) -> list[tuple[bool, str]]:
    doc = next(read_documents([PAGES / name]))
    return [(s.is_chrome, s.text) for s in split_sentences(doc)]


def test_indonesian_portal_page_chrome():
    assert flagged_sentences("portal_id.txt") == [
        (False, "Pasukan Penjaga Perdamaian Tiba di Perbatasan Utara"),
        (True, "Kompas.com - 14/09/2022, 06:30 WIB"),
        (True, "Penulis Andi Pratama | Editor Sari Dewi"),
        (True, "Bagikan:"),
        (True, "Iring-iringan kendaraan militer melintas di jalan perbatasan."),
        (True, "Foto/Dok. Kementerian Pertahanan"),
        (False, "Sekitar 300 personel penjaga perdamaian tiba di perbatasan utara pada Selasa (13/9/2022)."),
        (False, "Mereka akan bertugas selama enam bulan."),
        (True, "Baca juga: Gencatan Senjata Diperpanjang Dua Pekan"),
        (False, "Menurut juru bicara misi, Brigjen. Hadi Santoso, pasukan itu membawa 40 kendaraan lapis baja dll. "
                "yang diperlukan untuk patroli."),
        (False, '"Kami siap menjalankan tugas," kata Hadi di Jl. Merdeka No. 12.'),
        (True, "(abc/xyz)"),
        (True, "Simak breaking news dan berita pilihan kami langsung di ponselmu."),
        (True, "Pilih saluran andalanmu akses berita lewat WhatsApp Channel."),
        (True, "Pastikan kamu sudah install aplikasi WhatsApp ya."),
        (True, "Komentar"),
    ]


def test_english_wire_page_chrome():
    assert flagged_sentences("wire_en.txt") == [
        (False, "Peacekeepers reach northern border after ceasefire deal"),
        (True, "By Jane Roe and John Doe"),
        (True, "4 min read"),
        (True, "September 13, 2022 5:05 AM GMT+8"),
        (True, "[1/3] Armoured vehicles drive along a border road, September 12, 2022."),
        (True, "REUTERS/Jane Roe"),
        (False, "About 300 peacekeepers reached the northern border on Tuesday, U.S. and U.N. officials said."),
        (False, "Gen. Mark Smith told reporters the troops would stay for six months."),
        (True, "Advertisement"),
        (True, "Read more: Ceasefire extended by two weeks"),
        (False, '"We are ready," Smith said.'),
        (False, "The mission's Dr. Anna Lee called it \"a step forward.\""),
        (True, "Reporting by Jane Roe; Editing by John Doe"),
        (True, "Our Standards: The Trust Principles."),
        (True, "Share"),
        (True, "Copyright 2022 Example News."),
        (True, "All rights reserved."),
    ]


@pytest.mark.parametrize(
    ("paragraph", "sentence"),
    [
        ("Jakarta - Presiden menerima tamu.", "Presiden menerima tamu."),
        ("Jakarta (ANTARA) - Menteri tiba.", "Menteri tiba."),
        ("TEMPO.CO, Jakarta - Menteri tiba.", "Menteri tiba."),
        ("Jakarta, CNN Indonesia -- Pemerintah bertindak.", "Pemerintah bertindak."),
        ("KYIV, Ukraine (AP) — Russian forces shelled the city.", "Russian forces shelled the city."),
    ],
)
def test_mixed_case_dateline_leads(paragraph, sentence):
    assert texts(f"Headline\n\n{paragraph}", "Headline")[1:] == [sentence]


def test_related_link_inside_a_paragraph_is_flagged_alone():
    text = "Pasukan tiba pada Selasa. Baca juga: Gencatan senjata diperpanjang. Mereka akan tinggal."
    assert [(s.is_chrome, s.text) for s in split_sentences(make_doc(text, language="id"))] == [
        (False, "Pasukan tiba pada Selasa."),
        (True, "Baca juga: Gencatan senjata diperpanjang."),
        (False, "Mereka akan tinggal."),
    ]

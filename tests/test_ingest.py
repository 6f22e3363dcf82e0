"""kg.ingest: reading .txt, .html and .jsonl articles, refusing bad input clearly,
and identifying each document's language (kg.langid)."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.ingest import read_documents
from kg.langid import identify
from kg.namespaces import document_iri

DATA = Path(__file__).parent / "data" / "ingest"
SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "000_1825697cf85d7d4d.txt"

def read_one(path: Path):
    documents = list(read_documents([path]))
    assert len(documents) == 1
    return documents[0]

@pytest.mark.skipif(not SEED.is_file(), reason="shared seed article not present")
def test_seed_title_date_language_and_iri():
    doc = read_one(SEED)
    assert doc.title == "Bentrok dengan Azerbaijan, Armenia Minta Bantuan Militer Rusia"
    assert doc.issued == date(2022, 9, 14)
    assert doc.language == "id"
    assert doc.text == SEED.read_text(encoding="utf-8")
    assert doc.iri == document_iri(doc.text)
    assert doc.source == str(SEED)

def test_english_txt_dateline_with_weekday_and_time():
    doc = read_one(DATA / "folder" / "b_en.txt")
    assert doc.title == "Ceasefire holds along the northern front"
    assert doc.issued == date(2022, 9, 13)
    assert doc.language == "en"

@pytest.mark.parametrize("lead, expected", [
    ("JAKARTA, Selasa (10/11/2020) (Kantor Berita) - Kedua negara sepakat menghentikan tembakan.", date(2020, 11, 10)),
    ("NAIROBI, Monday 5 May 2025 (Wire) - Both sides agreed to stop firing.", date(2025, 5, 5)),
])
def test_txt_without_a_dateline_line_takes_the_date_of_its_lead(tmp_path, lead, expected):
    article = tmp_path / "lead.txt"
    article.write_text(f"Judul berita\n\n{lead}\n\nParagraf kedua tanpa tanggal.\n", encoding="utf-8")
    assert read_one(article).issued == expected


def test_html_main_text_title_and_date():
    doc = read_one(DATA / "article.html")
    assert doc.title == "Border talks resume after weeks of shelling"
    assert doc.issued == date(2023, 3, 7)
    assert doc.language == "en"
    assert "at least 14 soldiers were killed" in doc.text
    assert "Subscribe" not in doc.text  # navigation is not article text
    assert doc.source == str(DATA / "article.html")

def test_jsonl_records_url_source_and_line_numbers():
    first, second = read_documents([DATA / "articles.jsonl"])
    assert first.source == "https://news.example.org/2023/03/07/pasukan"
    assert first.title == "Pasukan tambahan dikirim ke perbatasan"
    assert first.issued == date(2023, 3, 7)
    assert first.language == "id"
    assert first.text.startswith("JAKARTA - Pemerintah mengirim sekitar 300 personel")
    assert second.source == f"{DATA / 'articles.jsonl'}#3"  # line 2 is blank
    assert second.language == "en"  # no lang field: identified from the text

def test_folder_is_recursive_sorted_and_skips_hidden_and_other_files():
    sources = [doc.source for doc in read_documents([DATA / "folder"])]
    assert sources == [str(DATA / "folder" / "b_en.txt"), str(DATA / "folder" / "nested" / "a_id.txt")]

def test_crlf_newlines_are_normalised_and_bom_dropped():
    crlf = read_one(DATA / "crlf.txt")
    assert "\r" not in crlf.text and crlf.text.startswith("Title line\n\nFirst paragraph")
    bom = read_one(DATA / "bom.txt")
    assert bom.title == "BOM title" and not bom.text.startswith("\ufeff")

@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("empty.txt", "empty.txt: empty file"),
        ("image.txt", "image.txt: binary file, not text"),
        ("utf16.txt", "utf16.txt: UTF-16 text; convert it to UTF-8"),
        ("latin1.txt", "latin1.txt: not UTF-8 text (byte 0xe9 at offset 31); convert it to UTF-8"),
        ("notes.md", "notes.md: unsupported file type '.md' (expected .txt, .html, .htm or .jsonl)"),
        ("no_text.html", "no_text.html: no article text found in the HTML"),
        ("missing.txt", "missing.txt: no such file or folder"),
    ],
)
def test_bad_files_raise_one_line_errors_naming_the_file(name, message):
    with pytest.raises(InputError) as caught:
        list(read_documents([DATA / name]))
    assert str(caught.value) == f"{DATA}/{message}"

def test_broken_jsonl_lines_are_reported_and_good_lines_kept():
    errors: list[InputError] = []
    documents = list(read_documents([DATA / "broken.jsonl"], on_error=errors.append))
    assert [doc.source for doc in documents] == [f"{DATA / 'broken.jsonl'}#1"]
    path = DATA / "broken.jsonl"
    assert [str(e) for e in errors] == [
        f"{path}:2: malformed JSON: Expecting value at column 33",
        f"{path}:3: missing or empty 'text' field",
        f"{path}:4: expected a JSON object, found list",
        f"{path}:5: missing or empty 'text' field",
        f"{path}:6: unreadable 'date' field 'not a date at all'",
    ]

def test_without_handler_the_first_bad_line_raises():
    with pytest.raises(InputError, match=r"broken\.jsonl:2: malformed JSON"):
        list(read_documents([DATA / "broken.jsonl"]))

def test_handler_lets_good_files_through_after_bad_ones():
    errors: list[InputError] = []
    documents = list(read_documents([DATA / "empty.txt", DATA / "folder"], on_error=errors.append))
    assert len(documents) == 2 and len(errors) == 1

# --- language identification (kg.langid), used by ingest for every document ---
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Armenia said on Tuesday that 49 of its soldiers had been killed in clashes with Azerbaijan.", "en"),
        ("Armenia mengatakan pada Selasa bahwa 49 tentaranya tewas dalam bentrokan dengan Azerbaijan.", "id"),
        # Malay shares Indonesian's function words; the lexicons read it well enough.
        ("Kerajaan berkata bahawa askar itu telah dihantar ke sempadan untuk menjaga keamanan di kawasan tersebut.", "id"),
        ("Le président a déclaré mardi que la France enverrait une mission d'observation à la frontière.", "und"),
        ("O governo anunciou que enviará mais tropas para a fronteira. O ministro disse que a situação é grave.", "und"),
        ("Die Regierung hat am Dienstag angekündigt, weitere Truppen an die Grenze zu schicken.", "und"),
        ("Yerevan Baku", "und"),  # too short to tell
        ("", "und"),
        ("12345 67890", "und"),
    ],
)
def test_identify(text, expected):
    assert identify(text) == expected

def test_jsonl_lang_field_outside_the_supported_languages_is_identified_from_text(tmp_path):
    path = tmp_path / "one.jsonl"
    path.write_text('{"text": "Fighting resumed on the border after the talks failed, officials said.", "lang": "xx"}\n')
    assert read_one(path).language == "en"

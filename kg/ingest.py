"""Read articles from .txt, .html/.htm and .jsonl files and folders into Documents.

Text files are read as UTF-8 (a leading byte-order mark is dropped). Other
encodings are refused with a clear error rather than guessed: a wrong guess
would silently corrupt names and shift every character offset. Newlines are
normalised to "\\n"; nothing else is changed, so offsets into
`Document.text` are offsets into the article as scraped.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime
from pathlib import Path

from kg.dates import copyright_year, dateline_date, lead_dateline, resolve, year_of_the_lead_weekday
from kg.errors import InputError
from kg.langid import identify
from kg.lexicon import available_languages
from kg.model import Document
from kg.namespaces import document_iri

SUFFIXES = (".txt", ".html", ".htm", ".jsonl")
DATELINE_SEARCH_LINES = 8  # the dateline sits among the first lines after the title

ErrorHandler = Callable[[InputError], None]


def read_documents(paths: Sequence[str | Path], on_error: ErrorHandler | None = None) -> Iterator[Document]:
    """Documents from files and folders. Folders are read recursively in path
    order, taking only .txt, .html, .htm and .jsonl files and skipping hidden ones.

    A bad file or jsonl line raises InputError, or is passed to `on_error`
    and skipped when a handler is given.
    """
    for path in _expand(paths, on_error):
        try:
            yield from _read_file(path, on_error)
        except InputError as exc:
            _report(exc, on_error)


def _report(error: InputError, on_error: ErrorHandler | None) -> None:
    if on_error is None:
        raise error
    on_error(error)


def _expand(paths: Sequence[str | Path], on_error: ErrorHandler | None) -> Iterator[Path]:
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(
                p for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        elif path.is_file():
            yield path
        else:
            _report(InputError(f"{path}: no such file or folder"), on_error)


def _read_file(path: Path, on_error: ErrorHandler | None) -> Iterator[Document]:
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(f"{path}: unsupported file type '{suffix or '(none)'}' (expected .txt, .html, .htm or .jsonl)")
    text = read_text(path)
    if suffix == ".txt":
        yield _from_txt(path, text)
    elif suffix == ".jsonl":
        yield from _from_jsonl(path, text, on_error)
    else:
        yield _from_html(path, text)


def read_text(path: Path) -> str:
    """The file's text, UTF-8 with newlines normalised; InputError if unusable."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror}") from exc
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{path}: UTF-16 text; convert it to UTF-8")
    if b"\x00" in data:
        raise InputError(f"{path}: binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{path}: not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); convert it to UTF-8"
        ) from exc
    if not text.strip():
        raise InputError(f"{path}: empty file")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _document(source: str, text: str, title: str | None, issued: date | datetime | None, language: str | None) -> Document:
    return Document(
        iri=document_iri(text),
        source=source,
        text=text,
        title=title,
        issued=issued,
        language=language if language in available_languages() else identify(text),
    )


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def _dateline_after_title(lines: list[str]) -> date | None:
    """A dateline line after the title, else the dateline lead of a first
    paragraph ("MOSKOW, Selasa (10/11/2020) (Antara) - ...", "QUETTA, March
    13 (Agency) - ..." in the year of the page's copyright line)."""
    candidates = lines[1 : 1 + DATELINE_SEARCH_LINES]
    found = next((d for line in candidates if (d := dateline_date(line))), None)
    text = "\n".join(lines)
    year = copyright_year(lines)
    leads = (lead for line in candidates
             if (lead := lead_dateline(line, year or year_of_the_lead_weekday(line, text))) is not None)
    return found or next((date.fromisoformat(lead.value.value) for lead in leads), None)


def _from_txt(path: Path, text: str) -> Document:
    lines = _lines(text)
    return _document(str(path), text, lines[0], _dateline_after_title(lines), None)


def _from_html(path: Path, html: str) -> Document:
    import trafilatura

    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False)
    text = (extracted.text or "") if extracted is not None else ""
    if not text.strip():
        raise InputError(f"{path}: no article text found in the HTML")
    lines = _lines(text)
    issued = _parse_date(extracted.date) if extracted.date else _dateline_after_title(lines)
    title = extracted.title or lines[0]
    return _document(str(path), text, title, issued, None)


def _from_jsonl(path: Path, text: str, on_error: ErrorHandler | None) -> Iterator[Document]:
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            yield _from_record(path, number, line)
        except InputError as exc:
            _report(exc, on_error)


def _from_record(path: Path, number: int, line: str) -> Document:
    where = f"{path}:{number}"
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: malformed JSON: {exc.msg} at column {exc.colno}") from exc
    if not isinstance(record, dict):
        raise InputError(f"{where}: expected a JSON object, found {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"{where}: missing or empty 'text' field")
    issued = None
    if record.get("date"):
        issued = _parse_date(str(record["date"]))
        if issued is None:
            raise InputError(f"{where}: unreadable 'date' field {record['date']!r}")
    title = record.get("title") if isinstance(record.get("title"), str) else None
    source = record.get("url") if isinstance(record.get("url"), str) and record.get("url") else f"{path}#{number}"
    language = record.get("lang") if isinstance(record.get("lang"), str) else None
    return _document(source, text, title, issued, language)


def _parse_date(value: str) -> date | None:
    """An ISO date or date-time, else any day-precision date dateparser reads."""
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    resolved = resolve(value, None, "und")
    return date.fromisoformat(resolved.value) if resolved and resolved.precision == "day" else None

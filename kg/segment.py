"""Split a Document into sentences and flag page furniture ("chrome").

A scraped page holds one paragraph a line, so a line break ends a sentence,
except where a hard-wrapped line runs on (no closing punctuation, next line
starts in lowercase). Inside a paragraph a sentence ends at . ! ? or an
ellipsis followed by a capital, a digit or an opening quote, unless the full
stop belongs to an abbreviation or an initial.

The dateline lead of the first paragraph ("KYIV - ") is left out of
its sentence so that the city there is not read as an actor.

Chrome is recognised by patterns in kg/lang/_common/chrome.toml and
kg/lang/<code>/chrome.toml of every language (a page in one language often
carries footers in another), plus two page-level rules that need no words: a
line that is only a date is the dateline, and a line ending in "..." that
starts like the title is a truncated repeat of it.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from kg.dates import dateline_date
from kg.lexicon import available_languages, load_lexicon
from kg.model import Document, Sentence

COMMON = "_common"
_BOUNDARY = re.compile(r"(?:\.{3}|…|[.!?])+[\"'”’»)\]]*(?=\s)")
_OPENERS = "\"'“‘«([¿¡"
_CLOSING = tuple(".!?…:;\"'”’»)]")
_ELLIPSIS = ("...", "…")
WRAPPED_LINE_MIN = 50  # shorter unfinished lines are headings, datelines, buttons
_LAST_WORD = re.compile(r"(?:[^\W\d_]+\.)*[^\W\d_]+$")  # "Dok" of "Foto/Dok.", "U.S" of "U.S."
_INITIALS = re.compile(r"(?:[^\W\d_]\.)*[^\W\d_]")  # "J", "U.S", "a.m"


class _Rules:
    """Chrome patterns, the dateline lead and abbreviations of all languages."""

    def __init__(self) -> None:
        tables = [load_lexicon(code, "chrome") for code in [COMMON, *available_languages()]]
        self.line = _compile(p for t in tables for p in t.get("line", []))
        self.sentence = _compile(p for t in tables for p in t.get("sentence", []))
        leads = [t["dateline_lead"] for t in tables if t.get("dateline_lead")]
        self.dateline_lead = [re.compile(p) for p in leads]
        self.abbreviations = frozenset(
            a.lower().rstrip(".") for t in tables for a in t.get("sentence_split", {}).get("abbreviations", [])
        )


def _compile(patterns: Iterable[str]) -> list[re.Pattern[str]]:
    return [re.compile(p, re.IGNORECASE) for p in patterns]


@cache
def _rules() -> _Rules:
    return _Rules()


def split_sentences(doc: Document) -> list[Sentence]:
    """Sentences of `doc` with offsets into doc.text; chrome sentences flagged."""
    rules = _rules()
    text = doc.text
    sentences: list[Sentence] = []
    lead_checked = False
    for number, (start, end) in enumerate(_blocks(text)):
        block = text[start:end]
        if number == 0 and doc.title and block == doc.title.strip():
            sentences.append(Sentence(len(sentences), start, end, block))
            continue
        chrome = _block_is_chrome(block, doc.title, rules)
        if not chrome and not lead_checked:
            body = _after_dateline_lead(text, start, end, rules)
            # the lead stands on the first real paragraph; subheadings before it are passed over
            lead_checked = body != start or block.endswith(_CLOSING)
            start = body
        for s, e in _sentence_spans(text, start, end, rules):
            piece = text[s:e]
            flagged = chrome or _sentence_is_chrome(piece, rules)
            sentences.append(Sentence(len(sentences), s, e, piece, flagged))
    return sentences


def _blocks(text: str) -> list[tuple[int, int]]:
    """Stripped spans of paragraphs: non-blank lines, hard-wrapped lines joined."""
    blocks: list[list[int]] = []
    previous_blank = True
    for match in re.finditer(r"[^\n]+", text):
        start, end = _strip(text, match.start(), match.end())
        if start == end:
            previous_blank = True
            continue
        if blocks and not previous_blank and _runs_on(text[blocks[-1][0]:blocks[-1][1]], text[start]):
            blocks[-1][1] = end
        else:
            blocks.append([start, end])
        previous_blank = False
    return [(s, e) for s, e in blocks]


def _runs_on(line: str, next_char: str) -> bool:
    """A hard-wrapped line: long, unfinished, and the next line goes on in lowercase."""
    return len(line) >= WRAPPED_LINE_MIN and not line.endswith(_CLOSING) and next_char.islower()


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _after_dateline_lead(text: str, start: int, end: int, rules: _Rules) -> int:
    """Start of the paragraph past a lead like "KYIV - " or "MOSCOW (Reuters) -"."""
    for pattern in rules.dateline_lead:
        match = pattern.match(text[start:end])
        if match and match.end() < end - start:
            return start + match.end()
    return start


def _sentence_spans(text: str, start: int, end: int, rules: _Rules) -> list[tuple[int, int]]:
    spans = []
    begin = start
    for match in _BOUNDARY.finditer(text, start, end):
        if _is_boundary(text, match, end, rules):
            spans.append(_strip(text, begin, match.end()))
            begin = match.end()
    spans.append(_strip(text, begin, end))
    return [(s, e) for s, e in spans if s < e]


def _is_boundary(text: str, match: re.Match[str], end: int, rules: _Rules) -> bool:
    following = text[match.end():end].lstrip()
    if not following or not _starts_sentence(following):
        return False
    if match.group().rstrip("\"'”’»)]") != ".":
        return True
    last = _LAST_WORD.search(text, max(0, match.start() - 40), match.start())
    word = last.group().lower() if last else ""
    return word not in rules.abbreviations and not _INITIALS.fullmatch(word)


def _starts_sentence(following: str) -> bool:
    first = following.lstrip(_OPENERS)[:1]
    return bool(first) and (first.isupper() or first.isdigit())


def _block_is_chrome(block: str, title: str | None, rules: _Rules) -> bool:
    if any(p.search(block) for p in rules.line):
        return True
    if dateline_date(block) is not None:
        return True
    return _is_truncated_title(block, title)


def _is_truncated_title(block: str, title: str | None) -> bool:
    """A line such as "Troops cross the border,..." repeating the start of the title."""
    if not title or not block.endswith(_ELLIPSIS):
        return False
    stem = block.rstrip(".… ").rstrip(",;:- ").casefold()
    return len(stem) >= 8 and title.casefold().startswith(stem)


def _sentence_is_chrome(sentence: str, rules: _Rules) -> bool:
    return any(p.search(sentence) for p in rules.sentence) or dateline_date(sentence) is not None

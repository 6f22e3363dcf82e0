"""The shortcuts of kg.scanning and the lookups gated by them give the same
answers as the full scans they save."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from kg.events.patterns import compile_patterns, find_all, literal_pieces
from kg.events.rules import event_rules, words
from kg.gazetteer import PhraseSet, tokenize
from kg.persons import title_lexicon
from kg.scanning import IGNORECASE_ASCII_EQUIVALENTS, LiteralPrefilter, document_cache, fold, forget_document

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _sentences() -> list[str]:
    """The example articles' sentences as written, in capitals, and with the
    letters re.IGNORECASE equates with ASCII ones ("İ", "ı", "ſ", Kelvin sign)."""
    written = [s for path in sorted(EXAMPLES.glob("*.txt"))
               for s in re.split(r"(?<=[.!?])\s+|\n+", path.read_text(encoding="utf-8")) if s.strip()]
    lookalikes = str.maketrans({"i": "\u0131", "I": "\u0130", "s": "\u017f", "k": "\u212a"})
    return written + [s.upper() for s in written] + [s.translate(lookalikes) for s in written]


def _word_lists(language: str) -> list[tuple[str, ...]]:
    return [rule.triggers for rule in event_rules(language)] + [w for w in words(language).table.values() if w]


def test_ignorecase_equivalents_are_all_the_non_ascii_letters_equal_to_ascii_ones():
    ascii_letter = re.compile("[a-z]", re.IGNORECASE)
    found = {chr(cp) for cp in range(128, sys.maxunicode + 1) if ascii_letter.fullmatch(chr(cp))}
    assert found == set(IGNORECASE_ASCII_EQUIVALENTS)
    for char, letter in IGNORECASE_ASCII_EQUIVALENTS.items():
        assert re.fullmatch(letter, char, re.IGNORECASE)
        assert fold(char) == letter


@pytest.mark.parametrize("language", ["en", "id"])
def test_find_all_gives_what_the_full_regex_scan_gives(language):
    texts = _sentences()
    for patterns in _word_lists(language):
        regex = compile_patterns(patterns)
        for text in texts:
            expected = [m.span() for m in regex.finditer(text)] if regex else []
            assert [m.span() for m in find_all(patterns, text)] == expected, (patterns[:3], text)


def test_the_examples_exercise_both_answers_of_the_prefilter():
    """The test above means something only if the lists match some sentences and skip others."""
    texts = _sentences()
    answers = {bool(find_all(rule.triggers, text)) for rule in event_rules("en") for text in texts}
    assert answers == {True, False}


def test_a_pattern_needs_all_its_pieces():
    prefilter = LiteralPrefilter.of([literal_pieces("clash* .. with")])
    assert prefilter.may_match("Troops CLASHED on Monday with rebels")
    assert not prefilter.may_match("Troops clashed on Monday near the border")
    assert not prefilter.may_match("talks with rebels")


def test_lookalike_letters_do_not_hide_a_match():
    assert [m.group() for m in find_all(("istanbul",), "talks in \u0130STANBUL")] == ["\u0130STANBUL"]
    assert [m.group() for m in find_all(("ceasefire*",), "a CEA\u017fEFIRE")] == ["CEA\u017fEFIRE"]


def test_a_pattern_without_an_ascii_piece_is_always_scanned():
    assert LiteralPrefilter.of([literal_pieces("\u2019s"), literal_pieces("war")]).may_match("nothing here")
    assert [m.group() for m in find_all(("\u2019s",), "a quote \u2019s end")] == ["\u2019s"]


def test_document_cache_lasts_until_the_next_document():
    calls: list[str] = []

    @document_cache
    def length(text: str) -> int:
        calls.append(text)
        return len(text)

    assert length("abc") == length("abc") == 3
    assert calls == ["abc"]
    forget_document()
    assert length("abc") == 3
    assert calls == ["abc", "abc"]


def _longest_at(phrases: set[tuple[str, ...]], keys: list[str], first: int) -> int:
    return max((len(p) for p in phrases if tuple(keys[first:first + len(p)]) == p), default=0)


def _longest_before(phrases: set[tuple[str, ...]], keys: list[str], last: int) -> int:
    return max((len(p) for p in phrases if len(p) <= last and tuple(keys[last - len(p):last]) == p), default=0)


def test_phrase_set_finds_what_every_phrase_tried_at_every_token_finds():
    raw = ["di dalam", "dalam", "defence ministry", "ministry of defence", "of", "security council"]
    phrases = PhraseSet(raw)
    keyed = {tuple(t.key for t in tokenize(p)) for p in raw}
    tokens = tokenize("Di dalam the Ministry of Defence, the defence ministry told the Security Council of")
    keys = [t.key for t in tokens]
    for index in range(len(tokens) + 1):
        assert phrases.length_at(tokens, index) == _longest_at(keyed, keys, index)
        assert phrases.length_before(tokens, index) == _longest_before(keyed, keys, index)
    assert phrases.length_at(tokens, 0) == 2 and phrases.length_before(tokens, 2) == 2


def test_a_one_word_title_with_a_clitic_is_still_found():
    lexicon = title_lexicon(("id",))
    tokens = tokenize("Presidennya dan juru bicaranya tiba")
    assert lexicon.title_at(tokens, 0).possessive
    assert lexicon.title_at(tokens, 2).length == 2
    assert lexicon.title_at(tokens, 1) is None

"""Token-level name matching of kg.gazetteer, on a small hand-made gazetteer."""
from types import SimpleNamespace

import pytest

from kg.gazetteer import Entry, Gazetteer, PhraseSet, fold, reference_entries, surface, tokenize
from kg.namespaces import place_iri


def entity(iri, kind="State", names=None, seats=None, demonyms=None, organs=None):
    return SimpleNamespace(iri=iri, kind=kind, names=names or {}, seat_names=seats or {},
                           demonyms=demonyms or {}, organ_names=organs or {})


@pytest.fixture(scope="module")
def gazetteer():
    entities = [
        entity("usa", names={"en": ("United States", "US"), "id": ("Amerika Serikat", "AS")},
               seats={"en": ("Washington",), "id": ("Washington",)}, demonyms={"en": ("American",)}),
        entity("tur", names={"en": ("Türkiye", "Turkey")}),
        entity("irn", names={"en": ("Iran",)}, demonyms={"en": ("Iranian",)}),
        entity("omn", names={"en": ("Oman",)}),
        entity("rus", names={"en": ("Russia",), "id": ("Rusia",)},
               seats={"en": ("Moscow", "Kremlin"), "id": ("Moskow", "Kremlin")}),
        entity("nato", kind="Alliance", names={"en": ("NATO",)}),
        entity("nk", kind="Place", names={"en": ("Nagorno-Karabakh",)}),
        entity("t1", kind="Treaty", names={"en": ("Treaty of Good Neighbourliness",)}),
        entity("moscow", kind="Place", names={"en": ("Moscow",), "id": ("Moskow",)}),
        entity("gaza-city", kind="Place", names={"en": ("Gaza City",)}),
        entity("isr", names={"en": ("Israel",)}, organs={"en": ("IDF",)}),
    ]
    return Gazetteer(reference_entries(entities))


def found(gazetteer, text, languages=("en",)):
    tokens = tokenize(text)
    return [(surface(tokens[m.first:m.last]), m.entry.entity, m.entry.source)
            for m in gazetteer.matches(tokens, languages)]


def test_tokens_keep_offsets_and_know_what_is_joined():
    tokens = tokenize("Russia's troops", offset=10)
    assert [(t.text, t.start, t.end, t.joined) for t in tokens] == [
        ("Russia", 10, 16, False), ("'", 16, 17, True), ("s", 17, 18, True), ("troops", 19, 25, False)]


def test_fold_ignores_case_and_diacritics():
    assert fold("Türkiye") == fold("TURKIYE") == "turkiye"


def test_diacritics_and_case_are_tolerated(gazetteer):
    assert found(gazetteer, "Turkiye and TÜRKIYE") == [("Turkiye", "tur", "name"), ("TÜRKIYE", "tur", "name")]


def test_acronyms_match_only_as_written(gazetteer):
    assert found(gazetteer, "as the US said") == [("US", "usa", "name")]
    assert found(gazetteer, "AS menolak, as well", ("id",)) == [("AS", "usa", "name")]


def test_long_acronyms_also_match_in_title_case(gazetteer):
    assert [m[0] for m in found(gazetteer, "Nato and NATO but not nato")] == ["Nato", "NATO"]


def test_whole_words_only(gazetteer):
    assert found(gazetteer, "Romania and Iranian oil") == [("Iranian", "irn", "demonym")]


def test_lowercase_common_word_is_not_a_name_but_a_long_name_is(gazetteer):
    assert found(gazetteer, "a roast turkey") == []
    assert found(gazetteer, "under the treaty of good neighbourliness") == [
        ("treaty of good neighbourliness", "t1", "name")]


def test_short_names_keep_their_capitals(gazetteer):
    assert found(gazetteer, "the Gaza city of Khan Younis") == []
    assert found(gazetteer, "strikes on Gaza City") == [("Gaza City", "gaza-city", "name")]


def test_organs_are_entries_of_their_state(gazetteer):
    assert found(gazetteer, "the IDF said") == [("IDF", "isr", "organ")]


def test_possessive_and_hyphenated_clitic(gazetteer):
    assert found(gazetteer, "Russia's army") == [("Russia", "rus", "name")]
    assert found(gazetteer, "Rusia-lah yang", ("id",)) == [("Rusia", "rus", "name")]


def test_hyphenated_names_match_and_languages_filter(gazetteer):
    assert found(gazetteer, "in Nagorno-Karabakh") == [("Nagorno-Karabakh", "nk", "name")]
    assert found(gazetteer, "Amerika Serikat", ("en",)) == []


def test_seats_are_entries_of_their_state(gazetteer):
    assert found(gazetteer, "the Kremlin said") == [("Kremlin", "rus", "seat")]


def test_place_for_seat_is_the_reference_place_in_any_language(gazetteer):
    assert gazetteer.place_for_seat("Moskow") == gazetteer.place_for_seat("Moscow") == "moscow"
    assert gazetteer.place_for_seat("Kremlin") == place_iri("Kremlin")


def test_exact_case_entry_rejects_other_writings():
    entry = Entry("x", "State", "PBB", "id", "name")
    assert entry.accepts(tokenize("PBB")) and not entry.accepts(tokenize("pbb"))


def test_phrase_set_finds_longest_phrase_before_and_at():
    phrases = PhraseSet(["di", "di dalam", "defence ministry"])
    tokens = tokenize("di dalam Armenia's defence ministry")
    assert phrases.length_before(tokens, 2) == 2
    assert phrases.length_at(tokens, 5) == 2
    assert phrases.length_at(tokens, 2) == 0

"""Armed groups and organizations the reference data does not know, found by the
word that heads their name.

Indonesian opens such names with the head ("Tentara Arakan", "Front
Pembebasan Rakyat Tigray"), English closes them with it ("Arakan Army",
"Tigray People's Liberation Front"); the head words live in
kg/lang/<code>/entities.toml (`[armed_groups]`). The name is the run of
capitalised words beside the head. It may end in a known name only when an
acronym in brackets follows ("Tentara Aliansi Demokratik Nasional Myanmar
(MNDAA)"); otherwise "Tentara Pertahanan Israel" is Israel's army, not a
group. The acronym becomes the group's key and a mention of its own.

Organizations (`[organizations]`: "Partai X", "Kementerian X", "Universitas X",
"X Party", "Ministry of X") work the same way: a name that runs into a known
name is an organ of that place or state ("Kementerian Kesehatan Gaza"), not a
new organization. After a title or before a speech verb, a name has one word
per head ("Ketua Umum Partai X <Name>", "Partai X <Name> mengatakan": the
person's name is the rest). Some heads are names by
themselves, as written ("DPR", "KPK"; `standalone`). They name no actor
of a conflict: kg.mentions marks them as not acting.

These are candidates: kg.mentions keeps them only where no longer or
equally long known name covers the same words.
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from kg.gazetteer import PhraseSet, Span, Token, surface
from kg.lexicon import load_lexicon
from kg.namespaces import org_iri, slugify
from kg.persons import TitleLexicon, title_lexicon

MAX_NAME_WORDS = 6
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)?")  # "444", "47th"
KIND = "ArmedGroup"
ORGANIZATION = "Organization"


@dataclass(frozen=True)
class GroupWords:
    language: str
    opening: PhraseSet  # heads that open a name
    closing: PhraseSet  # heads that close a name
    connectors: frozenset[str]  # lowercase words inside a name: "of", "for"
    standalone: frozenset[str] = frozenset()  # heads that are names alone, as written: "DPR"
    possessive_inside: frozenset[str] = frozenset()  # "People's" inside a name; other "X's" end it
    army_words: frozenset[str] = frozenset()  # "national", "armed", "forces": what any state's army is called
    continuations: frozenset[str] = frozenset()  # "of", "for": a name closed by its head goes on after them


@cache
def group_words(languages: tuple[str, ...], section: str = "armed_groups") -> GroupWords:
    tables = [load_lexicon(language, "entities").get(section, {}) for language in languages]
    return GroupWords(languages[0], PhraseSet(w for t in tables for w in t.get("opening", [])),
                      PhraseSet(w for t in tables for w in t.get("closing", [])),
                      frozenset(w for t in tables for w in t.get("connectors", [])),
                      frozenset(w for t in tables for w in t.get("standalone", [])),
                      frozenset(w for t in tables for w in t.get("possessive_inside", [])),
                      frozenset(w for t in tables for w in t.get("army_words", [])),
                      frozenset(w for t in tables for w in t.get("continuations", [])))


def _opens_sentence(tokens: Sequence[Token], index: int) -> bool:
    """No word before `index`: a capital there says nothing about a name."""
    return not any(t.is_word for t in tokens[:index])


def _is_acronym(token: Token) -> bool:
    return len(token.text) > 1 and token.text.isalnum() and token.text.isupper()


class _Finder:
    def __init__(self, tokens: Sequence[Token], known: Sequence[bool], languages: tuple[str, ...],
                 section: str = "armed_groups", stop_at_known: bool = False):
        self.tokens = tokens
        self.known = known  # tokens inside a gazetteer name
        self.words = group_words(languages, section)
        self.lexicon: TitleLexicon = title_lexicon(languages)
        self.stop_at_known = stop_at_known

    def name_word(self, index: int) -> bool:
        token = self.tokens[index]
        if self.stop_at_known:  # organizations: "Dewan Pimpinan Pusat" has a title word inside
            return token.is_word and token.is_capitalized and token.key not in self.lexicon.stop \
                and not self.known[index]
        return token.is_word and token.is_capitalized and token.key not in self.lexicon.stop \
            and self.lexicon.title_at(self.tokens, index) is None

    def joined_piece(self, index: int) -> bool:
        """"'" + "ang" in "Ta'ang", "'" + "s" in "People's"; not "led" in "the Kurdish-led X
        Forces", which ends the words before it."""
        token = self.tokens[index]
        if token.is_word and not token.is_capitalized and self.tokens[index - 1].text == "-":
            return False
        return token.joined and (token.text in {"'", "-"} or self.tokens[index - 1].text in {"'", "-"})

    def run_after(self, first: int) -> int:
        end, words, i = first, 0, first
        while i < len(self.tokens) and words < MAX_NAME_WORDS:
            if self.name_word(i):
                words, end = words + 1, i + 1
            elif words and self.joined_piece(i):
                end = i + 1 if self.tokens[i].is_word else end
            elif not (words and self.tokens[i].key in self.words.connectors) or self.known_after(i):
                break
            i += 1
        return end

    def states_army(self, first: int, end: int) -> bool:
        """"the Somali National Army (SNA)", "Sudanese Armed Forces": a known state or demonym and
        words any state's forces are called by, the state's forces and no group (unlike the
        "Myanmar National Democratic Alliance Army")."""
        army = self.words.army_words
        return first < end and (self.known[first] or self.known[end - 1]) and all(
            (self.known[k] and self.tokens[k].key not in army)  # not the known "Tentara Arakan"
            or (not self.known[k] and (not self.tokens[k].is_word or self.tokens[k].key in army))
            for k in range(first, end))

    def body_word_follows(self, end: int) -> bool:
        """"the Joint Forces Command", "the Army Headquarters": a capitalised body word after the
        head makes it part of a longer name."""
        return end < len(self.tokens) and self.tokens[end].is_capitalized \
            and self.tokens[end].key in self.lexicon.organization_words

    def known_after(self, connector: int) -> bool:
        """"kelompok Maute dan Abu Sayyaf": a known name after a connector is another entity."""
        return connector + 1 < len(self.tokens) and self.known[connector + 1]

    def possessor(self, index: int) -> bool:
        """"Haftar" in "commander Haftar's National Army": the owner, not part of the name
        (unlike "People's" in "Tigray People's Liberation Front")."""
        window = self.tokens[index + 1:index + 3]
        return len(window) == 2 and window[0].key == "'" and window[1].key == "s" \
            and self.tokens[index].key not in self.words.possessive_inside

    def run_continued(self, end: int) -> int:
        """"the National Movement for the Liberation of Azawad", "the Royal Security Forces of the
        Sultanate of Sulu": a name closed by its head goes on after "of"/"for" [the] with
        capitalised words, known names among them, and more connectors; `end` when it does not."""
        words, i, last = 0, end, end
        while i < len(self.tokens) and words < MAX_NAME_WORDS:
            token = self.tokens[i]
            if token.key in self.words.continuations:
                i += 1 + (i + 1 < len(self.tokens) and self.tokens[i + 1].key == "the")
                continue
            if i == end or not (token.is_word and token.is_capitalized and token.key not in self.lexicon.stop):
                break
            words, last, i = words + 1, i + 1, i + 1
        return last

    def only_known_after_head(self, head_end: int, end: int) -> bool:
        """"the Arakan Army of Myanmar", "the Armed Forces of Ukraine": what goes on after the
        head is a known name alone, which says where the group or army is, no part of its name."""
        return all(self.known[k] or self.tokens[k].key in self.words.continuations | {"the"}
                   for k in range(head_end, end))

    def run_before(self, last: int) -> int:
        """The name closed by the head at `last`; a number may open it ("the 444 Brigade", "the
        47th Mechanized Brigade")."""
        first, words, i = last, 0, last - 1
        while i >= 0 and words < MAX_NAME_WORDS:
            if self.possessor(i):
                break
            if _ORDINAL.fullmatch(self.tokens[i].text):
                first = i
                break
            if self.name_word(i) and not self.joined_piece(i):
                words, first = words + 1, i
            elif not (self.joined_piece(i) or self.tokens[i].key in self.words.connectors):
                break
            i -= 1
        return first

    def runs_into_known(self, end: int) -> bool:
        """"Kementerian Kesehatan Gaza": an organ of a known place or state, not a new organization."""
        return end < len(self.tokens) and self.known[end] and self.tokens[end].is_word

    def after_known(self, first: int) -> bool:
        """"the Lebanese Health Ministry", "Gaza's Health Ministry": an organ of the known state or
        place named right before, not a new organization."""
        k = first - 2 if first >= 2 and [t.key for t in self.tokens[first - 2:first]] == ["'", "s"] else first
        return k > 0 and self.known[k - 1] and self.tokens[k - 1].is_word

    def before_speech(self, end: int) -> bool:
        """"Dewan Pakar Partai X <Name> mengatakan": a speaker's name closes the run."""
        speech = self.lexicon.speech_after
        return bool(speech.length_at(self.tokens, end)) or \
            (end < len(self.tokens) and self.tokens[end].text == "," and bool(speech.length_at(self.tokens, end + 1)))

    def after_title(self, first: int) -> bool:
        """"Ketua Umum Partai X <Name>": a title ends right before `first`."""
        return any((title := self.lexicon.title_at(self.tokens, k)) and k + title.length == first
                   for k in range(max(0, first - 4), first))

    def inside_title(self, index: int) -> bool:
        """"pemimpin pemberontak <Name>", "rebel leader <Name>": a title holds the word at `index`,
        so the name after it is a person's."""
        return any((title := self.lexicon.title_at(self.tokens, k)) and k + title.length > index
                   for k in range(max(0, index - 3), index + 1))

    def short_run(self, first: int, opening: int) -> int:
        """After a title the person's name follows the organization, so its name is one
        word after each head, and acronyms: "Dewan Pertimbangan Partai X <Name>"."""
        i = first + opening
        while i < len(self.tokens) and self.name_word(i):
            if _is_acronym(self.tokens[i]):
                i += 1
            elif i > first and (n := self.words.opening.length_at(self.tokens, i)) and i + n < len(self.tokens) \
                    and self.name_word(i + n):
                i += n + 1
            elif i == first + opening:
                i += 1
            else:
                break
        return self.past_field_words(i)

    def past_field_words(self, index: int) -> int:
        """"Badan Intelijen Negara <Name>", "Badan Keamanan Laut <Name>": capitalised words naming
        a field ("Negara", "Laut", "Hak Asasi Manusia") are no one's name, so they stay in the body."""
        while index < len(self.tokens) and self.name_word(index) and self.tokens[index].key in self.lexicon.portfolio:
            index += 1
        return index

    def acronym_after(self, end: int) -> tuple[int, int] | None:
        """(start, end) of the acronym in brackets right after `end`: "(TPLF)", "(SPLM-IO)"."""
        close = _bracketed_acronym_end(self.tokens, end) if end < len(self.tokens) else None
        return (end + 1, close) if close is not None else None

    def ends_in_known_name(self, end: int) -> bool:
        """"Tentara Pertahanan Israel" is Israel's army; with "(MNDAA)" after it, a group."""
        return self.known[end - 1] and self.acronym_after(end) is None

    def group(self, first: int, end: int, head: int, rule: str, kind: str = KIND) -> list[Span]:
        if end - first <= head or not (self.tokens[first].is_capitalized or _ORDINAL.fullmatch(self.tokens[first].text)):
            return []
        acronym = self.acronym_after(end)
        name = surface(self.tokens[first:end])
        key = re.sub(r"[^A-Z0-9]+", "_", surface(self.tokens[acronym[0]:acronym[1]]) if acronym
                     else slugify(name).upper()).strip("_")
        acting = kind != ORGANIZATION
        spans = [Span(first, end, kind, org_iri(key), rule, source="unknown-org", acts_as_actor=acting)]
        if acronym:
            spans.append(Span(acronym[0], acronym[1], kind, org_iri(key), rule, source="unknown-org",
                              acts_as_actor=acting))
        return spans


def unknown_armed_groups(tokens: Sequence[Token], known: Sequence[bool],
                         languages: tuple[str, ...]) -> list[Span]:
    """Candidate spans of armed groups in one sentence (see the module docstring)."""
    finder = _Finder(tokens, known, languages)
    words, rule = finder.words, f"armed-group:{finder.words.language}"
    spans: list[Span] = []
    for i, token in enumerate(tokens):
        if not token.is_capitalized:
            continue
        opening = words.opening.length_at(tokens, i)
        if opening and _opens_sentence(tokens, i) and descriptors(languages).before.length_at(tokens, i) == opening:
            opening = 0  # "Milisi Fano ..." opening a sentence is "milisi Fano": described_groups
        if opening:
            end = finder.run_after(i + opening)
            named_group = not finder.ends_in_known_name(end) or _apposed_descriptor(tokens, end, descriptors(languages))
            if end > i + opening and named_group and not finder.states_army(i, end):
                spans += finder.group(i, end, opening, rule)
        closing = words.closing.length_at(tokens, i)
        if closing and not finder.body_word_follows(i + closing):
            first, end = finder.run_before(i), finder.run_continued(i + closing)
            if finder.only_known_after_head(i + closing, end):  # "the Arakan Army of Myanmar"
                end = i + closing
            numbered_unit = _ORDINAL.fullmatch(tokens[first].text) and finder.after_known(first)
            if not finder.states_army(first, i + closing) and not numbered_unit:  # "Ukraine's 47th ... Brigade"
                spans += finder.group(first, end, closing if end == i + closing else 0, rule)
    return spans


def unknown_organizations(tokens: Sequence[Token], known: Sequence[bool],
                          languages: tuple[str, ...]) -> list[Span]:
    """Candidate spans of organizations in one sentence (see the module docstring)."""
    finder = _Finder(tokens, known, languages, "organizations", stop_at_known=True)
    words, rule = finder.words, f"organization:{finder.words.language}"
    spans: list[Span] = []
    for i, token in enumerate(tokens):
        if known[i] or not token.is_capitalized:
            continue
        if token.text in words.standalone:  # alone: "Ketua DPR <Name>" runs on into a name
            if not finder.runs_into_known(i + 1):  # "DPR Amerika Serikat" is another state's house
                spans += finder.group(i, i + 1, 0, rule, ORGANIZATION)
            continue
        opening = words.opening.length_at(tokens, i)
        if opening and _opens_sentence(tokens, i) and descriptors(languages).before.length_at(tokens, i) == opening:
            opening = 0  # "Kelompok Maute ..." opening a sentence is "kelompok Maute": described_groups
        if opening and not any(known[i:i + opening]):
            end = finder.run_after(i + opening)
            if (finder.after_title(i) or finder.before_speech(end)) and finder.acronym_after(end) is None:
                end = finder.short_run(i, opening)  # no "(ISW)" closes the whole name
            if not finder.runs_into_known(end):
                spans += finder.group(i, end, opening, rule, ORGANIZATION)
        closing = words.closing.length_at(tokens, i)
        if closing and not any(known[i:i + closing]):
            first = finder.run_before(i)
            if not finder.after_known(first):
                spans += finder.group(first, i + closing, closing, rule, ORGANIZATION)
    return spans


@dataclass(frozen=True)
class AcronymWords:
    connectors: frozenset[str]  # lowercase words inside a name spelled out before its acronym: "in", "al"
    max_skipped: int  # capitalised words of the name the acronym may leave out
    heads: frozenset[str]  # words that make a spelled-out name a body's: "council", "dewan"
    armed: frozenset[str]  # words that make it an armed group's: "liberation", "perlawanan"


@cache
def acronym_words(languages: tuple[str, ...]) -> AcronymWords:
    tables = [load_lexicon(language, "entities").get("acronyms", {}) for language in languages]
    return AcronymWords(frozenset(w for t in tables for w in t.get("connectors", [])),
                        max((t.get("max_skipped", 0) for t in tables), default=0),
                        frozenset(w for t in tables for w in t.get("heads", [])),
                        frozenset(w for t in tables for w in t.get("armed_words", [])))


def _spells(acronym: str, words: Sequence[Token], max_skipped: int) -> bool:
    """Whether `acronym` is the initials of `words` in order: the first word's initial opens
    it, lowercase words may give a letter or none ("Islamic State in West Africa Province"
    is ISWAP), and at most `max_skipped` capitalised words give none."""
    letters = acronym.upper()
    if not words or words[0].text[:1].upper() != letters[0]:
        return False

    def match(i: int, j: int, skipped: int) -> bool:
        if j == len(letters):
            return all(not w.is_capitalized for w in words[i:]) or skipped + sum(
                w.is_capitalized for w in words[i:]) <= max_skipped
        if i == len(words):
            return False
        word = words[i]
        if word.text[:1].upper() == letters[j] and match(i + 1, j + 1, skipped):
            return True
        if not word.is_capitalized:
            return match(i + 1, j, skipped)
        return skipped < max_skipped and match(i + 1, j, skipped + 1)

    return match(0, 0, 0)


def spelled_out_acronyms(tokens: Sequence[Token], known: Sequence[Span], languages: tuple[str, ...]) -> list[Span]:
    """"The Islamic State in West Africa Province (ISWAP)", "the Southern Transitional Council
    (STC)": a run of capitalised words right before an acronym in brackets is one name: the
    longest run whose initials spell the acronym, else (a name translated from another
    language: "Group for the Support of Islam and Muslims (JNIM)", "... of Azawad (CSP-DPA)")
    the longest run with a body word in it. With an acronym the reference knows, the run is
    that organization or group (known names inside it, "Islamic State", "West Africa", are only
    its words); else (even where a head word alone proposed a body: "Persatuan Pasukan
    Perlawanan (X)" is no union but an armed group) a body keyed by the acronym: an armed group when a head word of
    `[armed_groups]` is in it, an organization when a word of `[acronyms] heads` is (acting,
    unlike those found by their heads alone: a body the text troubles to define is often a
    side, "the Southern Transitional Council (STC) took Aden"), else nothing: capitals and an
    acronym also spell fuel, budgets and weapons."""
    words, groups = acronym_words(languages), group_words(languages)
    stop = title_lexicon(languages).stop
    spans: list[Span] = []
    for i in range(1, len(tokens) - 2):
        close = _bracketed_acronym_end(tokens, i)
        if close is None:
            continue
        acronym = surface(tokens[i + 1:close])
        starts = _capitalised_starts(tokens, i, words.connectors, stop - words.heads)
        first = next((f for f in starts if _spells(acronym.replace("-", ""), _initial_words(tokens[f:i]),
                                                   words.max_skipped)), None)
        if first is None:  # a translated name: the longest run holding no known name nor title
            taken = {k for s in known if s.source != "unknown-org" and not _closing_place(s, i)
                     and not _closing_state(tokens, s, i, words.connectors)
                     for k in range(s.first, s.last)} | _title_words(tokens, i, languages)
            first = next((f for f in starts if not taken & set(range(f, i))), None)
        armed = first is not None and any(groups.opening.length_at(tokens, k) or groups.closing.length_at(tokens, k)
                                          or tokens[k].key in words.armed for k in range(first, i))
        body = first is not None and (armed or any(t.key in words.heads for t in tokens[first:i])
                                      or _head_after(tokens, close, words.heads))  # "the X (ACR) mission"
        spelled = first is not None and _spells(acronym.replace("-", ""), _initial_words(tokens[first:i]),
                                                words.max_skipped)
        if not (spelled or body):
            first = None
        named = next((s for s in known if s.first == i + 1 and s.last == close and s.source != "unknown-org"), None)
        if first is None or (named is not None and named.kind not in {"Organization", "ArmedGroup", "Alliance"}):
            continue
        if named is not None:
            spans.append(Span(first, i, named.kind, named.entity, named.rule + ":spelled-out", source="acronym",
                              acts_as_actor=named.acts_as_actor))
        elif body and (state := _states_army(tokens, known, first, i, groups.army_words)) is not None:
            rule = f"acronym-organ:{groups.language}"  # "the Somali National Army (SNA)", then "SNA troops"
            spans += [Span(first, i, "State", state.entity, rule, source="acronym"),
                      Span(i + 1, close, "State", state.entity, rule, source="acronym")]
        elif body:  # else "Bahan Bakar Minyak (BBM)", "Improvised Explosive Device (IED)": no body
            kind, rule = (KIND if armed else ORGANIZATION), f"acronym:{groups.language}"
            key = re.sub(r"[^A-Z0-9]+", "_", acronym.upper()).strip("_")
            spans += [Span(first, i, kind, org_iri(key), rule, source="unknown-org"),
                      Span(i + 1, close, kind, org_iri(key), rule, source="unknown-org")]
    return spans


def _closing_place(span: Span, end: int) -> bool:
    """"Pasukan Pertahanan Tigray (TDF)": a place (no state) closing a name translated before
    its acronym is the region the body is of, one of the name's words."""
    return span.kind == "Place" and span.last == end


def _closing_state(tokens: Sequence[Token], span: Span, end: int, connectors: frozenset[str]) -> bool:
    """"the Front for Change and Concord in Chad (FACT)", "Front ... di Chad (FACT)": a state
    closing a name translated before its acronym, after a lowercase connector, is the country
    the body is of, one of the name's words: the acronym keeps the initials of the name in
    its own language, so the run cannot be found by spelling it."""
    return span.kind == "State" and span.last == end and span.first > 0 \
        and not tokens[span.first - 1].is_capitalized and tokens[span.first - 1].key in connectors


def _title_words(tokens: Sequence[Token], end: int, languages: tuple[str, ...]) -> set[int]:
    """Indices of title words before `end`: "Perdana Menteri" in "Perdana Menteri Pemerintah
    Kesepakatan Nasional (GNA) <Name>" is the person's title, no part of the body's name."""
    lexicon, words = title_lexicon(languages), set()
    for k in range(max(0, end - MAX_NAME_WORDS * 2), end):
        if (title := lexicon.title_at(tokens, k)) is not None:
            words.update(range(k, min(k + title.length, end)))
    return words


def _states_army(tokens: Sequence[Token], known: Sequence[Span], first: int, end: int,
                 army_words: frozenset[str]) -> Span | None:
    """The state of "the Somali National Army (SNA)", "Tentara Nasional Somalia (SNA)": a state's
    name and army words only (_Finder.states_army); None for any other name."""
    state = next((s for s in known if s.kind == "State" and (s.first == first or s.last == end)), None)
    rest = [*tokens[first:state.first], *tokens[state.last:end]] if state is not None else []
    return state if state is not None and all(not t.is_word or t.key in army_words for t in rest) else None


def _head_after(tokens: Sequence[Token], close: int, heads: frozenset[str]) -> bool:
    """"the Multinational Security Support (MSS) mission": a lowercase body word after the brackets."""
    return close + 1 < len(tokens) and not tokens[close + 1].is_capitalized and tokens[close + 1].key in heads


def _bracketed_acronym_end(tokens: Sequence[Token], i: int) -> int | None:
    """Index of the ")" closing "(ACR)" or "(ACR-ACR)" opened at `i`, None when there is none."""
    if tokens[i].text != "(" or i + 2 >= len(tokens) or not _is_acronym(tokens[i + 1]):
        return None
    k = i + 2
    while k + 1 < len(tokens) and tokens[k].text == "-" and tokens[k].joined and tokens[k + 1].joined \
            and tokens[k + 1].text.isalnum() and tokens[k + 1].text.isupper():  # "SPLM-N"
        k += 2
    return k if k < len(tokens) and tokens[k].text == ")" else None


def _capitalised_starts(tokens: Sequence[Token], end: int, connectors: frozenset[str],
                        stop: frozenset[str]) -> list[int]:
    """Where a name of two capitalised words or more ending right before `end` may start,
    longest first: capitalised words, connectors ("of", "al") and the pieces of "Hay'at" and
    "al-Sham" back from `end`."""
    starts: list[int] = []
    i = end - 1
    while i >= 0:
        token = tokens[i]
        if token.is_word and token.is_capitalized and token.key not in stop:
            starts.append(i)
        elif not (token.key in connectors or _joined_piece(tokens, i)):
            break
        i -= 1
    return list(reversed(starts[1:]))


def _joined_piece(tokens: Sequence[Token], index: int) -> bool:
    """"'" and "at" in "Hay'at", "-" in "al-Sham"; not "linked" in "al-Qaeda-linked", which
    ends the words before it."""
    token = tokens[index]
    after_hyphen = index > 0 and tokens[index - 1].text == "-"
    if token.joined and after_hyphen and token.is_word and not token.is_capitalized:
        return False
    return (token.text in {"'", "-"} and token.joined) or \
        (token.joined and index > 0 and tokens[index - 1].text in {"'", "-"})


def _initial_words(tokens: Sequence[Token]) -> list[Token]:
    """The words that may give an acronym a letter: not "at" in "Hay'at"."""
    return [t for k, t in enumerate(tokens) if t.is_word and not (k and t.joined and tokens[k - 1].text == "'")]


@dataclass(frozen=True)
class Descriptors:
    before: PhraseSet  # lowercase nouns before a group's bare name: "kelompok Maute", "milisi Fano"
    after: PhraseSet  # ... after it: "the Maute group", "the Fano militia"
    articles: PhraseSet  # what must open "the Maute group" (a name after "a" is rarely a group's)
    not_names: frozenset[str]  # capitalised words after "kelompok" that name no group: "Islam"
    members_after: PhraseSet  # plural nouns of fighters after a group's name: "Ambazonia rebels"
    apposition_articles: PhraseSet  # what may open a descriptor set off after a name: "a", "sebuah"
    listing_nouns: PhraseSet  # plural group nouns a list of acronyms may follow: "armed groups"
    listing_cues: PhraseSet  # "including", "such as", "seperti": the list's members follow
    list_joiners: PhraseSet  # "and", "dan" between the members
    naming_nouns: PhraseSet  # "militia" in "a militia known as X"
    naming_cues: PhraseSet  # "known as", "calling itself", "yang menamakan diri"
    language: str = "en"


@cache
def descriptors(languages: tuple[str, ...]) -> Descriptors:
    tables = [load_lexicon(language, "entities").get("armed_groups", {}) for language in languages]
    return Descriptors(PhraseSet(w for t in tables for w in t.get("descriptors_before", [])),
                       PhraseSet(w for t in tables for w in t.get("descriptors_after", [])),
                       PhraseSet(w for t in tables for w in t.get("descriptor_articles", [])),
                       frozenset(w for t in tables for w in t.get("not_names", [])),
                       PhraseSet(w for t in tables for w in t.get("members_after", [])),
                       PhraseSet(w for t in tables for w in t.get("apposition_articles", [])),
                       PhraseSet(w for t in tables for w in t.get("listing_nouns", [])),
                       PhraseSet(w for t in tables for w in t.get("listing_cues", [])),
                       PhraseSet(w for t in tables for w in t.get("list_joiners", [])),
                       PhraseSet(w for t in tables for w in t.get("naming_nouns", [])),
                       PhraseSet(w for t in tables for w in t.get("naming_cues", [])), languages[0])


def _described_adjectives(tokens: Sequence[Token], start: int, adjectives: frozenset[str]) -> int:
    """How many words of faith or people stand between a descriptor and the name after it:
    "Sunni" in "kelompok militan Sunni X", "Kurdish" in "the militant group Kurdish X"; they
    describe the group and name none."""
    k = start
    while k < len(tokens) and tokens[k].is_word and tokens[k].key in adjectives:
        k += 1
    return k - start


def _apposed_descriptor(tokens: Sequence[Token], end: int, words: Descriptors) -> bool:
    """"Brigade Jenin, kelompok bersenjata yang ...", "Ansar Kanem, an armed group linked to
    ...": a descriptor set off by a comma right after a name says it is a group's, though the
    name ends in a known place or has no head. Not "X, a rebel group commander": a title after
    the descriptor makes the name a person's."""
    if end >= len(tokens) or tokens[end].text != ",":
        return False
    k = end + 1
    k += words.apposition_articles.length_at(tokens, k) if k < len(tokens) else 0
    n = words.before.length_at(tokens, k) if k < len(tokens) and not tokens[k].is_capitalized else 0
    return bool(n) and title_lexicon((words.language,)).title_at(tokens, k) is None \
        and (k + n >= len(tokens) or title_lexicon((words.language,)).title_at(tokens, k + n) is None)


MAX_LISTING_GAP = 6


def _cues_after_nouns(tokens: Sequence[Token], cues: PhraseSet, nouns: PhraseSet, gap: int) -> Iterator[int]:
    """The token index just after each cue ("such as", "known as") that has a group noun at
    most `gap` tokens before it ("armed groups", "a militia")."""
    for i in range(1, len(tokens)):
        n = cues.length_at(tokens, i)
        if n and any(nouns.length_at(tokens, k) for k in range(max(0, i - gap), i)):
            yield i + n


def listed_acronyms(tokens: Sequence[Token], known: Sequence[bool], languages: tuple[str, ...]) -> list[Span]:
    """"armed groups such as the UPC, the 3R and the MPC", "the groups now in the coalition,
    including X and Y", "kelompok bersenjata lain, seperti X": acronyms the reference does not
    know, listed after a plural group noun and a cue of inclusion, are armed groups."""
    words, spans = descriptors(languages), []
    rule = f"armed-group-listed:{languages[0]}"
    for k in _cues_after_nouns(tokens, words.listing_cues, words.listing_nouns, MAX_LISTING_GAP):
        while k < len(tokens) and (_is_acronym(tokens[k]) or tokens[k].text == ","
                                   or words.apposition_articles.length_at(tokens, k) == 1
                                   or words.list_joiners.length_at(tokens, k) == 1):
            if _is_acronym(tokens[k]) and not known[k]:
                key = re.sub(r"[^A-Z0-9]+", "_", tokens[k].text).strip("_")
                spans.append(Span(k, k + 1, KIND, org_iri(key), rule, source="unknown-org"))
            k += 1
    return spans


MAX_NAMING_GAP = 3


def named_groups(tokens: Sequence[Token], known: Sequence[bool], languages: tuple[str, ...]) -> list[Span]:
    """"a militia known as X", "an armed group calling itself X", "kelompok yang menamakan diri
    X": a capitalised name the reference does not know, right after a naming cue that follows a
    group noun, is an armed group."""
    finder, words, spans = _Finder(tokens, known, languages), descriptors(languages), []
    rule = f"armed-group-named:{languages[0]}"
    for first in _cues_after_nouns(tokens, words.naming_cues, words.naming_nouns, MAX_NAMING_GAP):
        while first < len(tokens) and (tokens[first].text in {'"', "'", "\u201c"} or tokens[first].key == "the"):
            first += 1
        if first < len(tokens) and not known[first] and finder.name_word(first) \
                and tokens[first].key not in words.not_names:
            end = finder.run_after(first)
            if end > first and not finder.ends_in_known_name(end):
                spans += finder.group(first, end, 0, rule)
    return spans


def described_groups(tokens: Sequence[Token], known: Sequence[bool], languages: tuple[str, ...]) -> list[Span]:
    """Armed groups named bare beside a lowercase noun that says what they are: "kelompok
    Maute", "milisi Fano", "the Maute group", "the Fano militia". The noun is no part of the
    name (written in capitals it is: "Milisi Fano", "Arakan Army", unknown_armed_groups)."""
    finder, words = _Finder(tokens, known, languages), descriptors(languages)
    rule = f"armed-group-described:{finder.words.language}"
    spans: list[Span] = []
    for i, token in enumerate(tokens):
        if token.is_capitalized and not _opens_sentence(tokens, i):
            continue
        n = words.before.length_at(tokens, i)
        n = 0 if n and finder.inside_title(i) else n
        n += _described_adjectives(tokens, i + n, words.not_names) if n else 0
        if n and i + n < len(tokens) and not known[i + n] and tokens[i + n].key not in words.not_names:
            end = finder.run_after(i + n)
            if end > i + n + 1 and finder.after_title(i):  # "Pemimpin kelompok Maute <Name>": one word
                end = i + n + 1
            if end > i + n and not finder.ends_in_known_name(end):
                spans += finder.group(i + n, end, 0, rule)
        n = words.after.length_at(tokens, i)
        if n and i > 0 and not known[i - 1] and tokens[i - 1].is_capitalized:  # not "the Saudi-led coalition"
            first = finder.run_before(i)
            if first < i and words.articles.length_before(tokens, first) and not tokens[first].text.isdigit() \
                    and tokens[first].key not in words.not_names:
                spans += finder.group(first, i, 0, rule)
        if token.text == "," and i > 0 and not known[i - 1] and finder.name_word(i - 1) \
                and _apposed_descriptor(tokens, i, words):  # "Ansar Kanem, an armed group ..."
            first = finder.run_before(i)
            if first < i and (i - first > 1 or not _opens_sentence(tokens, first)) \
                    and tokens[first].key not in words.not_names:
                spans += finder.group(first, i, 0, rule)
        n = words.members_after.length_at(tokens, i)
        if n and i > 0 and not known[i - 1] and tokens[i - 1].is_capitalized:  # "Ambazonia rebels"
            first = finder.run_before(i)
            if first < i and not _opens_sentence(tokens, first) and not tokens[first].text.isdigit() \
                    and not any(tokens[k].key in words.not_names for k in range(first, i)) \
                    and not finder.states_army(first, i):  # "Somali National Army fighters": Somalia's
                spans += finder.group(first, i, 0, rule)
    return spans


@dataclass(frozen=True)
class BodyWords:
    composition: PhraseSet  # "comprising", "yang terdiri dari": members follow
    apposed: PhraseSet  # lowercase nouns an acronym in apposition names: "a UN peacekeeping force, X,"


@cache
def body_words(languages: tuple[str, ...]) -> BodyWords:
    tables = [load_lexicon(language, "entities").get("organizations", {}) for language in languages]
    return BodyWords(PhraseSet(w for t in tables for w in t.get("composition_cues", [])),
                     PhraseSet(w for t in tables for w in t.get("apposed_nouns", [])))


MAX_DESCRIPTION_WORDS = 5


def composed_bodies(tokens: Sequence[Token], known: Sequence[bool], languages: tuple[str, ...]) -> list[Span]:
    """"the Troika, comprising the United States, Britain and Norway", "Troika yang terdiri dari
    Amerika Serikat, ...": a capitalised name the reference does not know, told of as made of
    known members right after it, is a body."""
    finder, cues = _Finder(tokens, known, languages, "organizations", stop_at_known=True), body_words(languages)
    spans: list[Span] = []
    for i in range(1, len(tokens)):
        n = cues.composition.length_at(tokens, i)
        end = i - 1 if tokens[i - 1].text == "," else i
        if not n or end == 0 or known[end - 1] or not finder.name_word(end - 1):
            continue
        member = i + n + (i + n < len(tokens) and tokens[i + n].key == "the")
        first = finder.run_before(end)
        if member < len(tokens) and known[member] and not _opens_sentence(tokens, first):
            spans += finder.group(first, end, 0, f"composed-body:{finder.words.language}", ORGANIZATION)
    return spans


def apposed_acronyms(tokens: Sequence[Token], known: Sequence[bool], languages: tuple[str, ...]) -> list[Span]:
    """"A UN peacekeeping force, X, has been ...", "pasukan penjaga perdamaian PBB, X, ...": an
    acronym the reference does not know, set off by commas right after a description of a body
    (lowercase words, known names, a body noun among them), names that body."""
    nouns = body_words(languages).apposed
    spans: list[Span] = []
    for i in range(2, len(tokens) - 1):
        if not (_is_acronym(tokens[i]) and len(tokens[i].text) > 2 and not known[i]
                and tokens[i - 1].text == "," and tokens[i + 1].text in {",", "."}):
            continue
        last = i - 2  # the description's last word: its noun or a known name ("... PBB, X,")
        closes = known[last] or (tokens[last].is_word and not tokens[last].is_capitalized)
        if closes and any(nouns.length_at(tokens, k) for k in range(max(0, last - MAX_DESCRIPTION_WORDS), last + 1)):
            key = re.sub(r"[^A-Z0-9]+", "_", tokens[i].text).strip("_")
            spans.append(Span(i, i + 1, ORGANIZATION, org_iri(key), f"apposed-acronym:{languages[0]}",
                              source="unknown-org"))
    return spans


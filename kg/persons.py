"""Persons found by title patterns, with the role they hold and whom they represent.

Titles and their English role names live in `kg/lang/<code>/titles.toml`.
Patterns (tokens, `Q` = a state / organization / seat mention):

- `[Q|Q's] <title> [Q] <Name> [of Q]`: "Menteri Pertahanan Rusia Sergei Shoigu",
  "Russian President Vladimir Putin", "Congo's foreign minister Christophe Lutundula",
  "Prime Minister Anthony Albanese of Australia", "Sekjen PBB Antonio Guterres";
- `<Name>, [the] [Q|Q's] <title> [of Q]`: "Christophe Lutundula, Congo's foreign minister".

An organization the gazetteer does not know may stand between title and name
("Ketua Umum Partai X <Name>": an organization word from titles.toml and one
more word, or an acronym); the name then needs two words and `represents`
stays empty. A second title may follow the first ("Kapolri Jenderal <Name>").
A portfolio may sit between a title and its state ("Menteri Kesehatan <state>
<Name>"); a lone word joined to another by "dan" is a portfolio, not a name
("Menteri Hukum dan HAM").

A name is the run of capitalised words after the title (stopping at
punctuation, function words, days and months, and known entities); a run
longer than a name can be, or made of acronyms only, is no name. The Q that
qualifies a title is the person's `represents` and is marked as not acting on
its own: the person acts for it. Without a Q, a possessive ("its Secretary
General <Name>", "juru bicaranya") points to the actor named last before it,
and a leading phrase ("The RSF, commanded by General <Name>") to the actor
before the phrase; kg.mentions then tries the rest of the document (see
kg.mentions._link_titled). Words naming a body ("juru bicara militer <Name>")
and lowercase modifiers ("Houthi military spokesman") may stand around a
title; a title may be followed by a comma before the name.

The field of an office may stand between title and name ("Menteri Agama
<Name>", "Komisioner Hak Asasi Manusia <Name>"), and the state an ambassador
is posted to ("Duta Besar Rusia untuk Indonesia <Name>": the host does not act).

Persons without a title are found as named speakers: "kata <Name>",
"according to <Name>", "<Name> said" (two words before the verb, or one after a
lowercase word or comma), "<Name>, menilai" (an appositive); after an honorific
("Pak <Name>", no role); appointed ("<Name> sebagai Kapolri" takes the title's
role); and joined to a person found already ("<Name> dan <Name>").
All words live in titles.toml.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, cached_property

from kg.gazetteer import PhraseSet, Span, Token, covered_by, phrase_keys, surface
from kg.lexicon import load_lexicon
from kg.namespaces import person_iri, state_iri

QUALIFIER_KINDS = frozenset({"State", "Organization", "Alliance", "ArmedGroup"})
GROUP_KINDS = frozenset({"Organization", "ArmedGroup"})
MAX_NAME_WORDS = 4
_INNER_JOINERS = frozenset({"-", "'"})


@dataclass(frozen=True)
class Title:
    length: int  # tokens
    role: str  # English role name
    rule: str  # "title:<language>:<title>"
    possessive: bool = False  # "juru bicaranya": its spokesperson


@dataclass(frozen=True)
class TitleLexicon:
    titles: dict[tuple[str, ...], tuple[str, str, str]]  # folded title -> (role, language, title)
    connectors: frozenset[str]
    stop: frozenset[str]
    organization_words: frozenset[str]
    portfolio_joiners: frozenset[str]
    modifiers: frozenset[str]  # "military" in "Houthi military spokesman"
    unit_words: PhraseSet  # "militer" in "juru bicara militer <Name>"
    possessives: frozenset[str]  # "its" in "its Secretary General <Name>"
    led_by: PhraseSet  # "commanded by" in "The RSF, commanded by General <Name>"
    relativizers: frozenset[str]  # "yang" in "pasukan yang dipimpin ..."
    clitics: tuple[str, ...]  # "nya" in "juru bicaranya"
    speech_before: PhraseSet  # "kata <Name>"
    speech_after: PhraseSet  # "<Name> said"
    lengths: tuple[int, ...]
    honorifics: frozenset[str] = frozenset()  # "Pak <Name>", "Mr <Name>"
    not_after_honorific: frozenset[str] = frozenset()  # "Ibu Kota" is a capital city
    portfolio: frozenset[str] = frozenset()  # "Agama" in "Menteri Agama <Name>"
    coordinators: PhraseSet = PhraseSet(())  # "dan" in "<Name> dan <Name>"
    appointed: PhraseSet = PhraseSet(())  # "sebagai" in "<Name> sebagai <title>"
    appointed_modifiers: PhraseSet = PhraseSet(())  # "calon" in "sebagai calon <title>"
    host_links: frozenset[str] = frozenset()  # "untuk" in "Duta Besar Rusia untuk Indonesia <Name>"
    belongs_to: PhraseSet = PhraseSet(())  # "of the" in "the leader of the <group>"
    demonstratives: frozenset[str] = frozenset()  # "itu" in "juru bicara kelompok itu, <Name>"
    month_abbreviations: frozenset[str] = frozenset()  # "Oct" in "the Oct. 2 vote"
    acting_for: PhraseSet = PhraseSet(())  # "for" in "a spokesman for the Sudanese army"
    leader_roles: dict[tuple[str, ...], str] = field(default_factory=dict)  # "commanded by" -> "commander"
    group_nouns: frozenset[str] = frozenset()  # "group" in "the group's spokesman": a group, not a state
    government_nouns: frozenset[str] = frozenset()  # "junta" in "junta spokesman <Name>": the state's government
    counterpart_roles: frozenset[str] = frozenset()  # "his Turkish counterpart <Name>" holds the office named before
    indefinites: frozenset[str] = frozenset()  # "a" in "<Name>, a retired general, ..."
    month_surnames: frozenset[str] = frozenset()  # "May" in "Prime Minister Theresa May said"
    place_heads: PhraseSet = PhraseSet(())  # "region" in "Donetsk region head <Name>" (entities.toml places.after_name)
    leads: dict[tuple[str, ...], str] = field(default_factory=dict)  # "who leads" -> "leader"
    after_title: frozenset[str] = frozenset()  # "Sheikh" in "Emir Sheikh <Name>": a style, no part of the name
    verb_suffixes: tuple[str, ...] = ()  # "kan" in "Umumkan": a verb, no word of a name
    verb_stem_min: int = 0
    posting_roles: frozenset[str] = frozenset()  # "ambassador": "UN ambassador <Name>" is posted to the UN

    def is_verb(self, key: str) -> bool:
        """"Umumkan", "Tetapkan": a word with a verb ending after a long enough stem ("Hakan" is a name)."""
        return any(key.endswith(s) and len(key) - len(s) >= self.verb_stem_min for s in self.verb_suffixes)

    def title_at(self, tokens: Sequence[Token], first: int) -> Title | None:
        """The longest title starting at token `first`, also with a possessive clitic on its last word."""
        if 0 <= first < len(tokens) and not self._may_open_title(tokens[first].key):
            return None  # asked at every token: most words begin no title
        for length in self.lengths:
            keys = tuple(t.key for t in tokens[first:first + length])
            if len(keys) != length:
                continue
            if keys in self.titles:
                return self._title(keys, length, False)
            for clitic in self.clitics:
                bare = keys[:-1] + (keys[-1].removesuffix(clitic),)
                if keys[-1].endswith(clitic) and bare in self.titles:
                    return self._title(bare, length, True)
        return None

    def _may_open_title(self, key: str) -> bool:
        """Whether a title can start with this word ("juru bicaranya" starts with "juru",
        a one-word title can carry a clitic: "presidennya")."""
        firsts = self._first_title_words
        return key in firsts or any(key.endswith(c) and key.removesuffix(c) in firsts for c in self.clitics)

    @cached_property
    def _first_title_words(self) -> frozenset[str]:
        return frozenset(keys[0] for keys in self.titles)

    def _title(self, keys: tuple[str, ...], length: int, possessive: bool) -> Title:
        role, language, written = self.titles[keys]
        return Title(length, role, f"title:{language}:{written}", possessive)


@cache
def title_lexicon(languages: tuple[str, ...]) -> TitleLexicon:
    tables = [(language, load_lexicon(language, "titles")) for language in languages]
    titles: dict[tuple[str, ...], tuple[str, str, str]] = {}
    for language, table in tables:
        for title, role in table.get("titles", {}).items():
            titles.setdefault(phrase_keys(title), (role, language, title))

    def words(section: str, key: str) -> list[str]:
        return [w for _, table in tables for w in table.get(section, {}).get(key, [])]

    return TitleLexicon(
        titles, frozenset(words("names", "connectors")), frozenset(words("names", "stop")),
        frozenset(words("names", "organization_words")), frozenset(words("names", "portfolio_joiners")),
        frozenset(words("around_titles", "modifiers")), PhraseSet(words("around_titles", "units")),
        frozenset(words("around_titles", "possessives")), PhraseSet(words("around_titles", "led_by")),
        frozenset(words("around_titles", "relativizers")), tuple(words("around_titles", "clitics")),
        PhraseSet(words("speech", "before_name")), PhraseSet(words("speech", "after_name")),
        tuple(sorted({len(k) for k in titles}, reverse=True)),
        frozenset(words("honorifics", "words")), frozenset(words("honorifics", "not_before")),
        frozenset(words("names", "portfolio_words")),
        PhraseSet(words("names", "coordinators")), PhraseSet(words("appointed", "before_title")),
        PhraseSet(words("appointed", "modifiers")), frozenset(words("around_titles", "host_links")),
        PhraseSet(words("around_titles", "belongs_to")), frozenset(words("around_titles", "demonstratives")),
        frozenset(words("names", "month_abbreviations")), PhraseSet(words("around_titles", "acting_for")),
        {phrase_keys(phrase): role for _, table in tables
         for phrase, role in table.get("leader_roles", {}).items()},
        frozenset(words("around_titles", "group_nouns")), frozenset(words("around_titles", "government_nouns")),
        frozenset(words("around_titles", "counterpart_roles")), frozenset(words("around_titles", "indefinites")),
        frozenset(words("names", "month_surnames")),
        PhraseSet(w for language, _ in tables for w in load_lexicon(language, "entities").get("places", {})
                  .get("after_name", [])),
        {phrase_keys(phrase): role for _, table in tables for phrase, role in table.get("leads", {}).items()},
        frozenset(words("honorifics", "after_title")), tuple(words("names", "verb_suffixes")),
        max((table.get("names", {}).get("verb_stem_min", 0) for _, table in tables), default=0),
        frozenset(words("postings", "roles")))


def _is_name_word(token: Token, lexicon: TitleLexicon) -> bool:
    return token.is_word and token.is_capitalized and token.key not in lexicon.stop \
        and not token.text.isdigit() and not lexicon.is_verb(token.key)


def name_end(tokens: Sequence[Token], first: int, covered: Sequence[bool], lexicon: TitleLexicon,
             keep_possessive: bool = False) -> int:
    """End (exclusive) of the person name starting at `first`; `first` when there is none.
    A person's name ends before "'s"; a place's may go on ("St Peter's Basilica")."""
    end, words, i, linked = first, 0, first, False
    while i < len(tokens) and not covered[i] and words < MAX_NAME_WORDS:
        token = tokens[i]
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        if words and token.key in lexicon.connectors and following is not None \
                and following.is_capitalized:
            i, linked = i + 1, True  # "bin", "Al" inside a name do not count as its words
        elif (_is_name_word(token, lexicon) and not _abbreviated_month(token, following, lexicon)) \
                or (words and _month_as_surname(token, following, lexicon)):
            # the word a connector leads is no word of the limit: "Sabah al-Ahmad al-Jaber al-Sabah"
            words, i, linked = words + (0 if linked else 1), i + 1, False
            end = i
        elif words and token.joined and token.is_word and tokens[i - 1].text in _INNER_JOINERS:
            i, end = i + 1, i + 1  # a lowercase part of a hyphenated name: "Ban Ki-moon"
        elif words and token.text in _INNER_JOINERS and token.joined and following \
                and following.joined and following.is_word \
                and (keep_possessive or not _possessive(token, following)):
            i += 1
        elif words and token.text == "." and token.joined and len(tokens[i - 1].text) == 1:
            i, end = i + 1, i + 1  # an initial: "George W. Bush"
        elif words and token.key in lexicon.connectors and following is not None \
                and (following.is_capitalized or following.text in _INNER_JOINERS):
            i, linked = i + 1, True
        else:
            break
    runs_on = words == MAX_NAME_WORDS and i < len(tokens) and not covered[i] \
        and _is_name_word(tokens[i], lexicon)
    only_acronyms = all(_is_acronym(t) for t in tokens[first:end] if t.is_word)
    return first if runs_on or only_acronyms or _designation(tokens[first:end]) else end


def _designation(words: Sequence[Token]) -> bool:
    """"S-300", "F-35", "MiG-29", "Su-34": a capitalised word joined by a hyphen to a number
    names a weapon or an aircraft, no person ("Russia says S-300 delivery complete")."""
    return any(t.text.isdigit() and t.joined and k and words[k - 1].text == "-" for k, t in enumerate(words))


def _abbreviated_month(token: Token, following: Token | None, lexicon: TitleLexicon) -> bool:
    """"Oct." in "the Oct. 2 vote": a month, no name ("Jan Egeland", "Agus" are names)."""
    return token.key in lexicon.month_abbreviations and following is not None and following.text == "." \
        and following.joined


def _month_as_surname(token: Token, following: Token | None, lexicon: TitleLexicon) -> bool:
    """"May" in "Theresa May said": a month word closing a name, when no day or year follows it
    ("Johnson May 5" is a date)."""
    return token.is_capitalized and token.key in lexicon.month_surnames \
        and not (following is not None and following.text[:1].isdigit())


def _possessive(token: Token, following: Token) -> bool:
    """"'s" closing "Haftar's" is no part of the name (unlike "O'Brien")."""
    return token.key == "'" and following.key == "s"


def _is_acronym(token: Token) -> bool:
    return len(token.text) > 1 and token.text.isalpha() and token.text.isupper()


def name_start_before(tokens: Sequence[Token], end: int, covered: Sequence[bool],
                      lexicon: TitleLexicon) -> int:
    """Start of a name of at least two words ending right before `end`; `end` if none."""
    for first in range(max(0, end - 2 * MAX_NAME_WORDS), end - 1):
        if _is_name_word(tokens[first], lexicon) and name_end(tokens, first, covered, lexicon) == end:
            words = sum(1 for t in tokens[first:end] if t.is_word and t.is_capitalized)
            if words >= 2:
                return first
    return end


class _Sentence:
    """Tokens of one sentence with its chosen entity spans, indexed for the patterns."""

    def __init__(self, tokens: Sequence[Token], spans: list[Span], lexicon: TitleLexicon):
        self.tokens = tokens
        self.lexicon = lexicon
        self.spans = spans
        self.covered = covered_by(tokens, spans)

    def free(self, index: int) -> bool:
        return index < len(self.tokens) and not self.covered[index]

    def qualifier_at(self, first: int, kinds: frozenset[str] = QUALIFIER_KINDS) -> Span | None:
        return next((s for s in self.spans if s.first == first and s.kind in kinds), None)

    def qualifier_ending(self, last: int) -> Span | None:
        """A qualifier ending right before `last`, possibly followed by a possessive "'s"."""
        keys = [t.key for t in self.tokens[max(0, last - 2):last]]
        if keys == ["'", "s"]:
            last -= 2
        return next((s for s in self.spans if s.last == last and s.kind in QUALIFIER_KINDS), None)

    def qualifier_after_link(self, index: int, kinds: frozenset[str] = QUALIFIER_KINDS) -> Span | None:
        """The qualifier after "of" / "of the" at `index`: "the leader of the <group>"."""
        n = self.lexicon.belongs_to.length_at(self.tokens, index)
        return self.qualifier_at(index + n, kinds) if n else None

    def body_acted_for(self, index: int) -> Span | None:
        """"a spokesman for Ukraine's military intelligence", "spokesman for the M23": the organ,
        organization or group after "for" at `index` (not a bare state: "envoy for Sudan" is
        posted there)."""
        n = self.lexicon.acting_for.length_at(self.tokens, index)
        body = self.qualifier_at(index + n) if n else None
        return body if body is not None and (body.kind != "State" or body.source == "organ") else None

    def place_ending(self, end: int) -> Span | None:
        """A place named right before `end`, or before a comma there: "Gubernur <place> <Name>",
        "the governor of <place>, <Name>"."""
        if self.key(end - 1) == ",":
            end -= 1
        return next((s for s in self.spans if s.last == end and s.kind == "Place"), None)

    def anaphoric_owner(self, index: int) -> int:
        """Past "the group's" / "kelompok itu" at `index` (a lowercase noun that points back to
        an actor named before), else `index`."""
        keys = [self.key(k) for k in range(index, index + 4)]
        if keys[0] == "the" and self._lowercase(index + 1) and keys[2:4] == ["'", "s"]:
            return index + 4  # "the group's"
        if keys[0] == "the" and self._lowercase(index + 1) and keys[2] == "'" and keys[1].endswith("s"):
            return index + 3  # "the rebels'"
        if self._lowercase(index) and keys[1] in self.lexicon.demonstratives:
            return index + 2  # "kelompok itu", "kelompok tersebut"
        return index

    def owner_before(self, before: int) -> int | None:
        """Start of "the group's" / "the rebels'" ending right before `before`, if any."""
        return next((k for k in range(max(0, before - 4), before) if self.anaphoric_owner(k) == before), None)

    def _lowercase(self, index: int) -> bool:
        return index < len(self.tokens) and self.tokens[index].is_word and not self.tokens[index].is_capitalized \
            and not self.covered[index]

    def nearest_actor_before(self, first: int) -> Span | None:
        actors = [s for s in self.spans if s.kind in QUALIFIER_KINDS and s.last <= first]
        return actors[-1] if actors else None

    def owner_of_possessive(self, first: int, noun: str | None = None) -> Span | None:
        """Whom "its", "their", "the group's" at `first` points to: the actor named last before
        it in its clause ("Hamas and its leader"); past a comma, the sentence's first actor, its
        subject ("The Houthis fired at Israel, their spokesman said"). A group noun ("the
        group's", "kelompok itu") points to the group named last."""
        if noun in self.lexicon.group_nouns:
            groups = [s for s in self.spans if s.kind in GROUP_KINDS and s.last <= first]
            return groups[-1] if groups else None
        nearest = self.nearest_actor_before(first)
        if nearest is None or not any(t.text == "," for t in self.tokens[nearest.last:first]):
            return nearest
        before = [s for s in self.spans if s.kind in QUALIFIER_KINDS and s.last <= first]
        return next((s for s in before if s.acts_as_actor), before[0])  # not "Iran" of "the Iran-backed X"

    def modifiers_before(self, first: int) -> int:
        """Start of "military" / "the" words right before a title."""
        while first > 0 and (self.key(first - 1) in self.lexicon.modifiers or self.key(first - 1) == "the"):
            first -= 1
        return first

    def field_before(self, first: int) -> int:
        """Start of the capitalised field words of an office right before its title: "India's
        External Affairs Minister", "Ukraine's Infrastructure Minister"."""
        while first > 0 and self.free(first - 1) and self.tokens[first - 1].is_capitalized \
                and self.key(first - 1) in self.lexicon.portfolio:
            first -= 1
        return first

    def unknown_organization_end(self, first: int) -> int:
        """End of organizations the gazetteer does not know ("Partai X", "DPP Partai X",
        "KPK"): organization words with the next capitalised word, and acronyms, as long as a
        capitalised word follows; `first` when none starts there."""
        i = first
        while i + 1 < len(self.tokens) and not self.covered[i] and self.tokens[i + 1].is_capitalized:
            if self.key(i) in self.lexicon.organization_words and i + 2 < len(self.tokens):
                i += 2
            elif _is_acronym(self.tokens[i]):
                i += 1
            else:
                break
        return i

    def portfolio_follows(self, end: int) -> bool:
        """"Menteri Hukum dan HAM": a one-word "name" joined to another capitalised word
        by a portfolio joiner is a ministry's portfolio."""
        following = self.tokens[end + 1] if end + 1 < len(self.tokens) else None
        return self.key(end) in self.lexicon.portfolio_joiners and following is not None \
            and following.is_capitalized

    def key(self, index: int) -> str | None:
        return self.tokens[index].key if 0 <= index < len(self.tokens) else None

    def name_words(self, first: int) -> int:
        end = name_end(self.tokens, first, self.covered, self.lexicon)
        return sum(1 for t in self.tokens[first:end] if t.is_word)

    def past_relative_clause(self, index: int, longest: int = 3) -> int:
        """The comma closing a short lowercase relative clause at `index` ("yang dipenjara,"), else `index`."""
        if self.key(index) not in self.lexicon.relativizers:
            return index
        for k in range(index + 1, min(index + 2 + longest, len(self.tokens))):
            if self.key(k) == ",":
                return k
            if not self.tokens[k].is_word or self.tokens[k].is_capitalized:
                break
        return index

    def after_bracketed_acronym(self, index: int) -> int:
        """Past "(SDF)" right after a qualifier: "Komandan <group> (SDF), <Name>"."""
        window = self.tokens[index:index + 3]
        if len(window) == 3 and window[0].text == "(" and window[2].text == ")" and window[1].text.isupper():
            return index + 3
        return index


def _person(sentence: _Sentence, first: int, end: int, title: Title, qualifier: Span | None,
            represents: str | None = None, field: str = "") -> Span:
    if qualifier is not None:
        qualifier.acts_as_actor = False
        represents = qualifier.entity
    text = surface(sentence.tokens[first:end])
    role = f"{field} {title.role}" if field and title.role else title.role
    return Span(first, end, "Person", person_iri(text), title.rule, source="title", role=role or None,
                represents=represents)


def _field(sentence: _Sentence, a: int) -> tuple[int, str]:
    """Where the field words before the title at `a` start, and the field ("infrastructure")."""
    start = sentence.field_before(a)
    return start, " ".join(t.key for t in sentence.tokens[start:a])


def _name_start_after_title(sentence: _Sentence, b: int) -> tuple[int, Span | None, bool]:
    """Where the name starts after a title ending at `b`, the qualifier met on the way, and
    whether the name must have two words (after an unknown organization or a comma)."""
    units = sentence.lexicon.unit_words  # "juru bicara militer <Name>", "penasihat kepresidenan <state>"
    owner_end = sentence.anaphoric_owner(b)  # "juru bicara kelompok itu, <Name>": _anaphoric_owner says whose
    if owner_end == b and sentence.free(b):
        b += units.length_at(sentence.tokens, b)
    b = max(b, owner_end)
    qualifier = sentence.qualifier_at(b)
    if qualifier is None:  # "the Prime Minister of <state>, <Name>", "the governor of <place>, <Name>"
        qualifier = sentence.qualifier_after_link(b, QUALIFIER_KINDS | {"Place"})
        qualifier = qualifier if qualifier and sentence.key(sentence.after_bracketed_acronym(qualifier.last)) == "," \
            else None  # "the leader of the <group> (<ACR>), <Name>"
        if qualifier is not None and qualifier.kind == "Place":
            b, qualifier = qualifier.last, None
    if qualifier is None and (n := sentence.lexicon.acting_for.length_at(sentence.tokens, b)):
        body = sentence.qualifier_at(b + n)
        if body is not None and body.kind == "State" and body.source != "organ":  # "envoy for Sudan <Name>"
            body.acts_as_actor, b = False, body.last
        elif body is not None:  # "a spokesman for <body>[,] <Name>"
            qualifier = body
    if qualifier is not None and qualifier.kind != "State":  # "Ketua <body> <state> <Name>": the state's body
        qualifier = sentence.qualifier_at(qualifier.last, frozenset({"State"})) or qualifier
    start = sentence.after_bracketed_acronym(qualifier.last) if qualifier else b
    strict = False
    if qualifier is None:
        place = sentence.qualifier_at(b, frozenset({"Place"}))  # "Gubernur <place> <Name>"
        start = place.last if place else sentence.unknown_organization_end(b)
        owner = sentence.qualifier_at(start, frozenset({"State"})) if place is None and start > b else None
        if owner is not None:  # "Komandan Komando Pusat AS (CENTCOM) Jenderal <Name>": the state's body
            qualifier, start = owner, sentence.after_bracketed_acronym(owner.last)
        elif place is None and start > b and sentence.name_words(start) < 2:  # "Vice President JD Vance"
            start = b
        strict = start > b and place is None and owner is None
    if sentence.key(start) in sentence.lexicon.host_links:
        host = sentence.qualifier_at(start + 1)  # "Duta Besar Rusia untuk Indonesia", "... untuk PBB"
        while host is not None:
            host.acts_as_actor = False
            start = host.last
            n = sentence.lexicon.coordinators.length_at(sentence.tokens, start)  # "untuk Tiongkok dan Mongolia"
            host = sentence.qualifier_at(start + n) if n else None
    if sentence.free(start):
        start += units.length_at(sentence.tokens, start)
    chained = sentence.lexicon.title_at(sentence.tokens, start)  # "Kapolri Jenderal <Name>"
    if chained:
        start, strict = start + chained.length, False
    if qualifier is not None:  # "pemimpin <group> yang dipenjara, <Name>"
        start = sentence.past_relative_clause(start)
    if sentence.key(start) == ",":  # "its spokesman, <Name>"
        start, strict = start + 1, True
        nationality = sentence.qualifier_at(start, frozenset({"State"}))
        rank = sentence.lexicon.title_at(sentence.tokens, nationality.last if nationality else start)
        if rank and nationality:  # "NATO's top commander, U.S. General <Name>": the office says whom he serves
            nationality.acts_as_actor, start = False, nationality.last
        if rank:  # "juru bicara junta, Mayor Jenderal <Name>"
            start, strict = start + rank.length, False
    return start, qualifier, strict


def _after_portfolio(sentence: _Sentence, start: int) -> int:
    """"Menteri Agama <Name>", "Menteri Tenaga Kerja dan Transmigrasi <Name>", "Komisioner Hak
    Asasi Manusia <Name>": the field of an office before the name, when a name still follows."""
    i, portfolio = start, sentence.lexicon.portfolio
    while sentence.free(i) and (sentence.key(i) in portfolio or (i > start and sentence.key(i) in {"dan", "and", ","}
                                                                 and sentence.key(i + 1) in portfolio)):
        i += 1
    end = name_end(sentence.tokens, i, sentence.covered, sentence.lexicon) if i > start else i
    return i if end > i else start


def _after_style(sentence: _Sentence, start: int) -> int:
    """"Emir Sheikh Tamim bin Hamad Al Thani": a style between the title and a name of two
    words or more is no part of the name; "Prime Minister Sheikh Hasina" keeps it, as the rest
    is one word."""
    if sentence.key(start) not in sentence.lexicon.after_title:
        return start
    end = name_end(sentence.tokens, start + 1, sentence.covered, sentence.lexicon)
    return start + 1 if sum(1 for t in sentence.tokens[start + 1:end] if t.is_word and t.is_capitalized) >= 2 \
        else start


def _forward(sentence: _Sentence, a: int, title: Title) -> Span | None:
    """`[Q|Q's|Q of] [modifiers] <title> [Q|place|organization|unit] [,] <Name> [of Q]`."""
    start, qualifier, strict = _name_start_after_title(sentence, a + title.length)
    start = _after_style(sentence, _after_portfolio(sentence, start))
    end = name_end(sentence.tokens, start, sentence.covered, sentence.lexicon)
    if qualifier is None and end > start:  # "Menteri Kesehatan <state> <Name>": a portfolio first
        portfolio_of = sentence.qualifier_at(end)
        if portfolio_of and name_end(sentence.tokens, portfolio_of.last, sentence.covered,
                                     sentence.lexicon) > portfolio_of.last:
            qualifier, start = portfolio_of, portfolio_of.last
            end = name_end(sentence.tokens, start, sentence.covered, sentence.lexicon)
    words = sum(1 for t in sentence.tokens[start:end] if t.is_word)
    if end == start or (strict and words < 2) or (words == 1 and sentence.portfolio_follows(end)) \
            or not _plain_name(sentence, start, end) or _only_portfolio(sentence, start, end):
        return None
    if qualifier is None:
        qualifier = sentence.qualifier_after_link(end)
    if qualifier is None and sentence.key(end) == "'" and sentence.key(end + 1) == "s":
        qualifier = sentence.qualifier_at(end + 2)  # "commander <Name>'s <group>": the group he leads
    field_start, field = _field(sentence, a)
    before = sentence.modifiers_before(field_start)
    if qualifier is None:
        qualifier = sentence.qualifier_ending(before)
    if qualifier is None and sentence.key(before - 1) == "of":  # "the RSF of General <Name>"
        qualifier = sentence.qualifier_ending(before - 1)
    person = _person(sentence, start, end, title, qualifier,
                     _possessor(sentence, before, title) or _leader_of(sentence, before)
                     or _leader_of(sentence, a + title.length)  # the title leads: "<group> pimpinan <Name>"
                     or _anaphoric_owner(sentence, a, title), field)
    person.guessed = qualifier is None and person.represents is not None
    if person.represents is None and (nationality := _nationality_before_rank(sentence, start)) is not None:
        person = replace(person, represents=nationality)  # "the alliance's top commander, British General <Name>"
    person.of_government = _of_government(sentence, before, a + title.length)
    if qualifier is not None and qualifier.kind != "State" and title.role in sentence.lexicon.posting_roles:
        person = _posted_to_a_body(sentence, person, qualifier)
    place = (sentence.place_ending(start) or _place_before(sentence, before)) if qualifier is None else None
    return replace(person, place=place.entity) if place else person


def _posted_to_a_body(sentence: _Sentence, person: Span, body: Span) -> Span:
    """"Russian UN ambassador <Name>", "Israel's UN ambassador <Name>", "Duta Besar PBB <Name>":
    an ambassador to an organization or alliance represents the state that sends them, named
    right before the body, else (`of_government`) the state the text is about; the body is
    where they are posted and does not act."""
    sender = sentence.qualifier_ending(body.first)
    if sender is not None and sender.kind == "State":
        sender.acts_as_actor = False
        return replace(person, represents=sender.entity, guessed=False)
    return replace(person, represents=None, guessed=False, of_government=True)


def _nationality_before_rank(sentence: _Sentence, start: int) -> str | None:
    """The state of "British" in "..., British General <Name>": a state right before a title
    that ends where the name starts."""
    return next((s.entity for s in sentence.spans if s.kind == "State" and s.last < start
                 and (rank := sentence.lexicon.title_at(sentence.tokens, s.last)) is not None
                 and s.last + rank.length == start), None)


def _place_before(sentence: _Sentence, before: int) -> Span | None:
    """"Kharkiv regional governor <Name>", "Donetsk region head <Name>": the place whose office the
    title is, right before it or before the head word of a place ("region"). Another word between
    tells where the person was, not what they hold office for ("in Vilnius with Defence Minister
    <Name>", "di Vilnius bersama Menteri Pertahanan <Name>")."""
    place = next((s for s in sentence.spans if s.kind == "Place" and s.last == before), None)
    if place is None and before > 0 and sentence.lexicon.place_heads.length_at(sentence.tokens, before - 1) == 1:
        place = next((s for s in sentence.spans if s.kind == "Place" and s.last == before - 1), None)
    return place


def _of_government(sentence: _Sentence, before: int, b: int) -> bool:
    """"junta spokesman <Name>", "juru bicara junta, <Name>": the office of a government the
    text does not name."""
    nouns = sentence.lexicon.government_nouns
    return any(sentence.key(k) in nouns for k in range(max(0, before - 1), b + 1)) \
        and all(sentence.free(k) for k in range(max(0, before - 1), b + 1) if sentence.key(k) in nouns)


def _only_portfolio(sentence: _Sentence, start: int, end: int) -> bool:
    """"Menteri Perumahan", "Menteri Tenaga Kerja dan Transmigrasi itu": a portfolio, no name."""
    return all(t.key in sentence.lexicon.portfolio for t in sentence.tokens[start:end] if t.is_word)


def _possessor(sentence: _Sentence, before: int, title: Title) -> str | None:
    """Whom "its Secretary General", "juru bicaranya" or "the group's spokesman" belongs to:
    the actor named last before."""
    owner = sentence.owner_before(before)
    if title.possessive or sentence.key(before - 1) in sentence.lexicon.possessives or owner is not None:
        noun = sentence.key(owner + 1) if owner is not None else None
        actor = sentence.owner_of_possessive(before if owner is None else owner, noun)
        return actor.entity if actor else None
    return None


def _anaphoric_owner(sentence: _Sentence, a: int, title: Title) -> str | None:
    """Whom "juru bicara kelompok itu, <Name>" speaks for: the actor named last before."""
    if sentence.anaphoric_owner(a + title.length) == a + title.length:
        return None
    actor = sentence.owner_of_possessive(a, sentence.key(a + title.length))
    return actor.entity if actor else None


def _leader_of(sentence: _Sentence, before: int) -> str | None:
    """"The RSF, commanded by General <Name>", "pasukan <state> yang dipimpin Jenderal <Name>":
    the actor right before the phrase. It keeps acting: it is named for its own sake."""
    n = sentence.lexicon.led_by.length_before(sentence.tokens, before)
    if not n:
        return None
    k = before - n
    while sentence.key(k - 1) in {",", *sentence.lexicon.relativizers}:
        k -= 1
    if k >= 3 and sentence.key(k - 1) == ")" and sentence.key(k - 3) == "(":  # "<group> (SDF), commanded by"
        k -= 3
    actor = sentence.qualifier_ending(k) or _owner_of_own_group(sentence, k - 1)
    return actor.entity if actor else None


def _owner_of_own_group(sentence: _Sentence, index: int) -> Span | None:
    """"kelompoknya yang dipimpin <Name>", "its faction, led by <Name>": a group noun with a
    possessive is the group of the actor the possessive points to."""
    key, lexicon = sentence.key(index) or "", sentence.lexicon
    clitic = next((c for c in lexicon.clitics if key.endswith(c) and key[:-len(c)] in lexicon.group_nouns), None)
    if clitic is None and not (key in lexicon.group_nouns and sentence.key(index - 1) in lexicon.possessives):
        return None
    return sentence.owner_of_possessive(index if clitic else index - 1, key[:-len(clitic)] if clitic else key)


def led_persons(tokens: Sequence[Token], spans: list[Span], languages: Iterable[str]) -> list[Span]:
    """"The SDF, commanded by <Name>, ...", "kelompok <group> yang dipimpin <Name>": an untitled
    name of two words at least after a leading phrase of `[leader_roles]` leads the actor named
    right before the phrase, in the role the phrase says."""
    lexicon = title_lexicon(tuple(languages))
    sentence = _Sentence(tokens, spans, lexicon)
    persons: list[Span] = []
    for i in range(1, len(tokens)):
        n = lexicon.led_by.length_before(tokens, i)
        role = lexicon.leader_roles.get(tuple(t.key for t in tokens[i - n:i])) if n else None
        if role is None or not sentence.free(i):
            continue
        end = name_end(tokens, i, sentence.covered, lexicon)
        if sum(t.is_word for t in tokens[i:end]) >= 2 and _plain_name(sentence, i, end):
            sentence.covered[i:end] = [True] * (end - i)
            persons.append(Span(i, end, "Person", person_iri(surface(tokens[i:end])), f"led-by:{role}",
                                source="led", role=role, represents=_leader_of(sentence, i)))
    return persons


def leading_persons(tokens: Sequence[Token], spans: list[Span], languages: Iterable[str]) -> list[Span]:
    """"<Name>, who leads the <group>, ...", "<Name>, yang memimpin <group>, ...": an untitled
    name of two words at least, set off by a comma before a phrase of `[leads]` and the actor,
    leads that actor in the role the phrase says (the other way round from led_persons)."""
    lexicon = title_lexicon(tuple(languages))
    sentence = _Sentence(tokens, spans, lexicon)
    persons: list[Span] = []
    phrases = PhraseSet(" ".join(keys) for keys in lexicon.leads)
    for comma in range(2, len(tokens) - 2):
        n = phrases.length_at(tokens, comma + 1) if tokens[comma].text == "," else 0
        if not n:
            continue
        b = comma + 1 + n
        actor = sentence.qualifier_at(b + (sentence.key(b) == "the"))
        first = name_start_before(tokens, comma, sentence.covered, lexicon)
        if actor is None or sum(t.is_word for t in tokens[first:comma]) < 2 or not sentence.free(first) \
                or not _plain_name(sentence, first, comma):
            continue
        role = lexicon.leads[tuple(t.key for t in tokens[comma + 1:b])]
        sentence.covered[first:comma] = [True] * (comma - first)
        persons.append(Span(first, comma, "Person", person_iri(surface(tokens[first:comma])), f"leads:{role}",
                            source="led", role=role, represents=actor.entity))
    return persons


def _backward(sentence: _Sentence, a: int, title: Title) -> Span | None:
    """`<Name>, [the] [Q|Q's] [modifiers] [field] <title> [of Q]`; in Indonesian `<Name>, <title> [unit] Q`."""
    field_start, field = _field(sentence, a)
    before = sentence.modifiers_before(field_start)
    qualifier = sentence.qualifier_ending(before)
    owner = None if qualifier else sentence.owner_before(before)  # "<Name>, the group's spokesman"
    k = sentence.modifiers_before(qualifier.first) if qualifier else before if owner is None else owner
    indefinite = sentence.key(k - 1) in sentence.lexicon.indefinites
    if indefinite or (qualifier is None and owner is None and sentence.key(k - 1) in sentence.lexicon.possessives):
        k -= 1  # "<Name>, a ... <title>", "<Name>, its <title>"
    if sentence.key(k - 1) != ",":
        return None
    first = name_start_before(sentence.tokens, k - 1, sentence.covered, sentence.lexicon)
    if first == k - 1 and indefinite:
        first = _one_word_name_before(sentence, k - 1)
    if first == k - 1:
        return None
    b = a + title.length
    if qualifier is None:
        qualifier = sentence.qualifier_after_link(b) or sentence.body_acted_for(b) or _qualifier_after_title(sentence, b)
    person = _person(sentence, first, k - 1, title, qualifier, _possessor(sentence, before, title), field)
    person.guessed = qualifier is None and person.represents is not None
    return person


def _one_word_name_before(sentence: _Sentence, comma: int) -> int:
    """"Ferrane, a retired general, ...", "Ferrane, seorang jenderal, ...": an apposition with an
    indefinite article introduces a person named by one word too (not "However, a ...": such
    words are stop words); `comma` when there is none."""
    k = comma - 1
    if k >= 0 and sentence.free(k) and _is_name_word(sentence.tokens[k], sentence.lexicon) \
            and not _is_acronym(sentence.tokens[k]) and (k == 0 or not sentence.tokens[k - 1].is_word
                                                         or not sentence.tokens[k - 1].is_capitalized):
        return k
    return comma


def _qualifier_after_title(sentence: _Sentence, b: int) -> Span | None:
    """"<Name>, pemimpin faksi <group>": the actor right after the title (and its unit words)
    closing the apposition."""
    if sentence.free(b):
        b += sentence.lexicon.unit_words.length_at(sentence.tokens, b)
    qualifier = sentence.qualifier_at(b)
    return qualifier if qualifier is not None and sentence.key(qualifier.last) in {",", ".", None} else None


def apposed_actor(tokens: Sequence[Token], spans: list[Span], languages: Iterable[str], end: int) -> str | None:
    """Whom a person named again represents, by the apposition after the name ending at `end`:
    "Ferrane, the leader of the <group> (<ACR>), ...", "Ferrane, pemimpin <group>, ...". Titled
    persons are found with two words of name at least (kg.persons._backward); a name the document
    already knows may be one word."""
    lexicon = title_lexicon(tuple(languages))
    sentence = _Sentence(tokens, spans, lexicon)
    if sentence.key(end) != ",":
        return None
    k = end + 1 + (sentence.key(end + 1) in {"the", "a"})
    while sentence.key(k) in lexicon.modifiers:
        k += 1
    title = lexicon.title_at(tokens, k)
    if title is None:
        return None
    b = k + title.length
    actor = sentence.qualifier_after_link(b) or sentence.body_acted_for(b)
    if actor is None:
        actor = sentence.qualifier_at(b + (lexicon.unit_words.length_at(tokens, b) if sentence.free(b) else 0))
    closes = actor is not None and sentence.key(sentence.after_bracketed_acronym(actor.last)) in {",", ".", "(", None}
    return actor.entity if closes else None


def titled_persons(tokens: Sequence[Token], spans: list[Span], languages: Iterable[str]) -> list[Span]:
    """Persons introduced by a title in one sentence; qualifier spans are marked as not acting."""
    lexicon = title_lexicon(tuple(languages))
    sentence = _Sentence(tokens, spans, lexicon)
    persons: list[Span] = []
    i = 0
    while i < len(tokens):
        title = None if sentence.covered[i] else lexicon.title_at(tokens, i)
        if title is None or _modifies_next_title(lexicon, tokens, i, title):
            i += 1
            continue
        person = _forward(sentence, i, title) or _backward(sentence, i, title)
        if person is not None and _acronym_named(sentence, person):
            person = None
        if person is not None and not any(person.overlaps(p) for p in persons):
            person = _apposed_office(sentence, person)
            person = _sharing_state(sentence, person, persons[-1] if persons else None, i)
            person = _counterpart(sentence, person, persons[-1] if persons else None)
            persons.append(_serving(sentence, person, i + title.length))
            sentence.covered[person.first:person.last] = [True] * (person.last - person.first)
        i += title.length
    return persons


def _acronym_named(sentence: _Sentence, person: Span) -> bool:
    """"Kepala Staf Gabungan (JCS)", "the Joint Chiefs (JCS)": one word after a title that an
    acronym in brackets follows names a body whose initials it gives, no person (persons
    given an acronym, "Susilo Bambang Yudhoyono (SBY)", have longer names)."""
    k = person.last
    return person.last - person.first == 1 and sentence.key(k) == "(" and k + 2 < len(sentence.tokens) \
        and _is_acronym(sentence.tokens[k + 1]) and sentence.key(k + 2) == ")"


def _apposed_office(sentence: _Sentence, person: Span) -> Span:
    """"Lt. Gen. <Name>, the director general of Pakistan's <body>": an apposition after a name
    found by its rank says whom the person represents, when nothing else did."""
    if person.represents is not None or sentence.key(person.last) != ",":
        return person
    k = person.last + 2 if sentence.key(person.last + 1) in {"the", "a"} else person.last + 1
    title = sentence.lexicon.title_at(sentence.tokens, k)
    qualifier = sentence.qualifier_after_link(k + title.length) if title else None
    if qualifier is None:
        return person
    qualifier.acts_as_actor = False
    return replace(person, represents=qualifier.entity)


def _sharing_state(sentence: _Sentence, person: Span, previous: Span | None, a: int) -> Span:
    """"South Korea's national security adviser <Name> and Unification Minister <Name>",
    "Menteri Luar Negeri Rusia <Name> dan Menteri Pertahanan <Name>": a titled person joined
    to the one before without a state of their own holds an office of that person's state. Only a
    title written as an office, capitalised ("and military spokesman <Name>" may be anyone's)."""
    if person.represents is not None or previous is None or previous.represents is None \
            or previous.last >= a or person.first < a or not previous.represents.startswith(state_iri("")) \
            or not sentence.tokens[a].is_capitalized:
        return person
    a = sentence.modifiers_before(a)
    while a > previous.last and sentence.free(a - 1) and sentence.tokens[a - 1].is_capitalized:
        a -= 1  # the field of the office: "and Unification Minister <Name>"
    between = sentence.tokens[previous.last:a]
    joined = len(between) == 1 and between[0].text == "," \
        or sentence.lexicon.coordinators.length_at(sentence.tokens, previous.last) == a - previous.last > 0
    return replace(person, represents=previous.represents, guessed=True) if joined else person


def _counterpart(sentence: _Sentence, person: Span, previous: Span | None) -> Span:
    """"Greek Foreign Minister <Name> and his Turkish counterpart <Name>": a counterpart holds
    the office of the titled person named before in the sentence (no office without one)."""
    if person.role not in sentence.lexicon.counterpart_roles:
        return person
    return replace(person, role=previous.role if previous is not None else None)


def _modifies_next_title(lexicon: TitleLexicon, tokens: Sequence[Token], i: int, title: Title) -> bool:
    """"chief foreign policy adviser": a one-word title that also modifies titles ("chief") is
    a modifier where another title follows it."""
    return title.length == 1 and tokens[i].key in lexicon.modifiers and lexicon.title_at(tokens, i + 1) is not None


def _serving(sentence: _Sentence, person: Span, b: int) -> Span:
    """"<Name>, the foreign policy adviser of President <Name>": a person named before a title
    that belongs to another titled person serves that person (kg.mentions gives them the
    state that person represents)."""
    if person.represents is not None or person.last > b or sentence.key(b) != "of":
        return person
    k = b + 2 if sentence.key(b + 1) == "the" else b + 1
    return replace(person, serves=k) if sentence.lexicon.title_at(sentence.tokens, k) else person


@cache
def _peoples(languages: tuple[str, ...]) -> frozenset[str]:
    """Words naming a people or faith (kg/lang/<code>/entities.toml, `[armed_groups] not_names`):
    "Kurdish", "Kurdi", "Pashtun"."""
    return frozenset(w for language in languages
                     for w in load_lexicon(language, "entities").get("armed_groups", {}).get("not_names", []))


def _names_a_people(tokens: Sequence[Token], first: int, end: int, languages: tuple[str, ...]) -> bool:
    """"according to Kurdish officials", "dipimpin Kurdi meminta": a lone word naming a people
    is who speaks, no person's name."""
    return end - first == 1 and tokens[first].key in _peoples(languages)


def speech_persons(tokens: Sequence[Token], spans: list[Span], languages: Iterable[str]) -> list[Span]:
    """Untitled persons named as speakers: "kata <Name>", "<Name> said" (two words at least
    before the verb, where a capitalised sentence opening could be anything), no people
    ("according to Kurdish officials") and no body whose titled member follows ("said X
    leader <Name>": the leader speaks)."""
    languages = tuple(languages)
    lexicon = title_lexicon(languages)
    sentence = _Sentence(tokens, spans, lexicon)
    persons: list[Span] = []
    for i in range(1, len(tokens)):
        if sentence.covered[i]:
            continue
        n = lexicon.speech_before.length_before(tokens, i)
        if n:
            end = name_end(tokens, i, sentence.covered, lexicon)
            if end > i and not sentence.portfolio_follows(end) and _plain_name(sentence, i, end) \
                    and not _names_a_people(tokens, i, end, languages) and lexicon.title_at(tokens, end) is None:
                persons.append(_speaker(sentence, i, end, tokens[i - n:i]))
        elif (n := lexicon.speech_after.length_at(tokens, i)) and i > 1:
            end = i - 1 if sentence.key(i - 1) == "," else i
            first = _speaker_before(sentence, end, appositive=end < i)
            if first is not None and not _names_a_people(tokens, first, end, languages):
                persons.append(_speaker(sentence, first, end, tokens[i:i + n]))
    return persons


def _speaker_before(sentence: _Sentence, end: int, appositive: bool) -> int | None:
    """Start of the speaker's name ending at `end` before a speech verb: two words at least,
    or one capitalised word after a lowercase word or a comma ("..., lalu Tantowi mengatakan")
    that is no acronym. Before a comma ("<Name>, menilai") the name must itself follow a comma or open
    the sentence (an appositive)."""
    tokens, lexicon = sentence.tokens, sentence.lexicon
    first = _after_titles_and_organizations(sentence, name_start_before(tokens, end, sentence.covered, lexicon))
    words = sum(1 for t in tokens[first:end] if t.is_word)
    if words < 2:
        first = end - 1
        single = first > 0 and sentence.free(first) and _is_name_word(tokens[first], lexicon) \
            and not tokens[first].text.isupper() \
            and (tokens[first - 1].text == "," or (tokens[first - 1].is_word and not tokens[first - 1].is_capitalized))
        if not single:
            return None
    if appositive and first > 0 and sentence.key(first - 1) != ",":
        return None
    return first if _plain_name(sentence, first, end) else None


def honorific_persons(tokens: Sequence[Token], spans: list[Span], languages: Iterable[str]) -> list[Span]:
    """Persons after a form of address ("Pak <Name>", "Mr. <Name>"), which is no part of the name."""
    lexicon = title_lexicon(tuple(languages))
    sentence = _Sentence(tokens, spans, lexicon)
    persons: list[Span] = []
    for i, token in enumerate(tokens):
        if sentence.covered[i] or token.key not in lexicon.honorifics or not token.is_capitalized:
            continue
        start = i + 2 if sentence.key(i + 1) == "." and tokens[i + 1].joined else i + 1
        if sentence.key(start) in lexicon.not_after_honorific:
            continue
        end = name_end(tokens, start, sentence.covered, lexicon) if start < len(tokens) else start
        if end > start and _plain_name(sentence, start, end):
            sentence.covered[start:end] = [True] * (end - start)
            persons.append(Span(start, end, "Person", person_iri(surface(tokens[start:end])),
                                f"honorific:{token.key}", source="honorific"))
    return persons


def appointed_persons(tokens: Sequence[Token], spans: list[Span], languages: Iterable[str]) -> list[Span]:
    """"melantik <Name> sebagai Kapolri", "named <Name> as defence minister": the name before
    the word takes the title's role (two words, or one after a lowercase word)."""
    lexicon = title_lexicon(tuple(languages))
    sentence = _Sentence(tokens, spans, lexicon)
    persons: list[Span] = []
    for i in range(2, len(tokens)):
        n = lexicon.appointed.length_at(tokens, i)
        if not n or sentence.covered[i - 1]:
            continue
        k = i + n
        k += lexicon.appointed_modifiers.length_at(tokens, k)
        title = lexicon.title_at(tokens, k)
        first = _speaker_before(sentence, i, appositive=False) if title else None
        if first is not None:
            sentence.covered[first:i] = [True] * (i - first)
            persons.append(Span(first, i, "Person", person_iri(surface(tokens[first:i])), title.rule + ":appointed",
                                source="appointed", role=title.role or None))
    return persons


def coordinated_persons(tokens: Sequence[Token], spans: list[Span], languages: Iterable[str]) -> list[Span]:
    """Names joined to a person found already: "<Person> dan <Name>", "<Name> and <Person>"."""
    lexicon = title_lexicon(tuple(languages))
    sentence = _Sentence(tokens, spans, lexicon)
    persons: list[Span] = []
    for person in [s for s in spans if s.kind == "Person"]:
        n = lexicon.coordinators.length_at(tokens, person.last)
        start = person.last + n
        end = name_end(tokens, start, sentence.covered, lexicon) if n else start
        if end > start and _plain_name(sentence, start, end) and not sentence.portfolio_follows(end) \
                and not _opens_next_title(sentence, end):
            persons.append(_joined(sentence, start, end, person))
        n = lexicon.coordinators.length_before(tokens, person.first)
        if n and person.first - n > 1:
            first = name_start_before(tokens, person.first - n, sentence.covered, lexicon)
            if first < person.first - n and _plain_name(sentence, first, person.first - n):
                persons.append(_joined(sentence, first, person.first - n, person))
    return persons


def _opens_next_title(sentence: _Sentence, end: int) -> bool:
    """A capitalised word right before a title opens the next person's title, and names no
    one: "Prime Minister X and Maoist leader Y", "President X and Rebel Commander Y"."""
    return sentence.lexicon.title_at(sentence.tokens, end) is not None


def _joined(sentence: _Sentence, first: int, end: int, other: Span) -> Span:
    sentence.covered[first:end] = [True] * (end - first)
    return Span(first, end, "Person", person_iri(surface(sentence.tokens[first:end])), other.rule + ":coordinated",
                source="coordinated")


def _plain_name(sentence: _Sentence, first: int, end: int) -> bool:
    """No title and no organization word anywhere in the name ("kata Staf Khusus Presiden")."""
    return not any(sentence.lexicon.title_at(sentence.tokens, k) is not None
                   or sentence.key(k) in sentence.lexicon.organization_words for k in range(first, end))


def _after_titles_and_organizations(sentence: _Sentence, first: int) -> int:
    """Where the name starts in "<title> <organization> <Name>" runs before a speech verb."""
    while True:
        title = sentence.lexicon.title_at(sentence.tokens, first)
        moved = first + title.length if title else sentence.unknown_organization_end(first)
        if moved == first:
            return first
        first = moved


def _speaker(sentence: _Sentence, first: int, end: int, verb: Sequence[Token]) -> Span:
    sentence.covered[first:end] = [True] * (end - first)
    rule = "speech:" + " ".join(t.key for t in verb)
    return Span(first, end, "Person", person_iri(surface(sentence.tokens[first:end])), rule, source="speech")

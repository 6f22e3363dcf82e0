"""Entity mentions in a document, linked to canonical IRIs.

`find_mentions` works in passes over the non-chrome sentences:

1. per sentence, gazetteer names, seats of government and demonyms
   (kg.gazetteer), state organs ("Kementerian Pertahanan <state>", "<state>'s
   defence ministry", standing for their state), armed groups and
   organizations the reference does not know (kg.organizations); the longest
   span wins; blockers ("France 24") win and yield no mention, nor does a state
   name followed by a number, nor a name that is also an ordinary word where
   case cannot tell ("Baku tembak ..." opening a sentence); a generic treaty
   name is the treaty whose parties the sentence names;
2. how each span is used (words from kg/lang/<code>/entities.toml): a seat
   after a locative preposition, in a dateline or continuing a list of places
   is a Place, elsewhere it is its State acting ("Moskow mengerahkan ...");
   a compass word beside a known place makes a place of its own ("Jakarta
   Pusat"); a state name after "etnis" / "ethnic" / "pro-" or before
   "-populated" describes people, not the state;
3. places the reference does not know ("desa X", "in the X region", "Istana
   X", kg.places), then every other mention of those places, groups and
   organizations in the document (a one-word one not right after a
   capitalised given name: "Omar Maute" is no mention of the Maute group);
4. persons by title patterns, honorifics, as named speakers ("kata X", "X
   said"), appointed ("X sebagai Kapolri"), led ("commanded by X") and joined
   to another person ("X dan Y"), kg.persons; then, per document, their full
   names, whom they represent (a local office holder the state of their
   place), and their bare mentions by surname or given name; last the office
   holders of the reference data (kg.known_persons: "Putin said", "President
   Zelensky" represents Ukraine) and, for national offices no text ties to a
   state, the state the sentence or document names.

Headlines (title case) yield no unknown places, groups or speakers: capitals
say nothing about names there.

Which mentions may fill an actor role: only those with `acts_as_actor=True`.
False for places (including seats used as places), treaties, organizations
found by their head words, descriptive uses ("etnis Armenia") and a state or
organization that only qualifies a person's title ("Presiden Rusia Vladimir
Putin": the person acts and `represents` Russia).
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache

from kg.gazetteer import (Gazetteer, Match, PhraseSet, Span, Token, covered_by, default_gazetteer, fold,
                          is_acronym, phrase_keys, ship_prefixes, surface, tokenize)
from kg.known_persons import known_persons, link_known_persons
from kg.lexicon import available_languages, load_lexicon
from kg.model import Document, EntityFact, Mention, Sentence
from kg.namespaces import place_iri, state_iri
from kg.organizations import (apposed_acronyms, composed_bodies, described_groups, descriptors, group_words,
                              listed_acronyms, named_groups, spelled_out_acronyms, unknown_armed_groups,
                              unknown_organizations)
from kg.persons import (GROUP_KINDS, QUALIFIER_KINDS, TitleLexicon, apposed_actor, appointed_persons, coordinated_persons,
                        honorific_persons, leading_persons, led_persons, speech_persons, title_lexicon, titled_persons)
from kg.places import place_words, territory_authorities, unknown_places

# Among spans of equal length: blockers, then organs, then names of actors, then
# seats (a capital's name is first read as its state acting, kg.mentions decides
# later whether it is a place), then names of places, then demonyms, then groups
# the reference does not know (kg.organizations).
_SOURCE_PRIORITY = {"blocker": 0, "organ": 1, "name": 2, "seat": 3, "place": 4, "demonym": 5,
                    "unknown-org": 6}
_NOT_ACTING_KINDS = frozenset({"Place", "Treaty"})
_BODY_KINDS = frozenset({"Organization", "Alliance", "ArmedGroup"})
_GIVEN_NAME_RULE = "person:given-name"
# Kind of a span that names no entity ("France 24", "Russia Today"): it keeps its
# words from other patterns and yields no mention.
BLOCKED = "Blocker"


@dataclass(frozen=True)
class UsageLexicon:
    language: str
    locative: PhraseSet
    non_actor_before: PhraseSet
    non_actor_after: PhraseSet
    people_before: PhraseSet  # "warga Palestina", "etnis Armenia": people, no state at all
    people_after: PhraseSet  # "Palestinian prisoners", "Armenian-populated"
    organs_before: PhraseSet
    organs_after: PhraseSet
    common_words: frozenset[str]  # names that are also ordinary words: "Baku" / "baku tembak"
    not_acting_seats: frozenset[str]  # seats that in this language are too often a word: "Lima"
    list_joiners: PhraseSet  # "," and "and" in "in Bamako, Ouagadougou and Niamey"
    directions_after: PhraseSet  # "Jakarta Pusat", "Darfur Utara": a part of a known place
    directions_before: PhraseSet  # "North Kordofan"
    place_words: PhraseSet  # "kota", "city of": a seat after one is a place
    heads_before: PhraseSet  # "Laut", "Gulf of": a state name after one is inside a sea's name
    heads_after: PhraseSet  # "Sea", "Strait": "Japan Sea"
    capital_before: PhraseSet  # "ibu kota", "capital of": the state only says where a capital is
    capital_after: PhraseSet  # "the Qatari capital"
    agreements_after: PhraseSet  # "the Algiers agreement": the city names the agreement, no place
    agreements_before: PhraseSet  # "perjanjian Algiers"
    range_joiners: PhraseSet  # "to" in "flights from Sanaa to Amman": a seat after a place and one of these is a place
    place_adjectives: PhraseSet  # "southern" in "the southern suburbs of Beirut", "selatan" in "pinggiran selatan Beirut"
    breadcrumb_separators: frozenset[str] = frozenset()  # ">" in "Home > World > Africa": page chrome
    kinds_of_states: PhraseSet = PhraseSet(())  # "negara" in "negara Afrika Barat": a kind of state, no place
    common_phrases: PhraseSet = PhraseSet(())  # "baku tembak": the only phrases a common word opening a sentence is in
    phrased_common_words: frozenset[str] = frozenset()  # "baku": the common words those phrases begin with
    former_before: PhraseSet = PhraseSet(())  # "former", "ex" in "a former Soviet republic"
    former_kinds_after: PhraseSet = PhraseSet(())  # "republic", "colony": what the other state used to be
    kinds_of_states_after: PhraseSet = PhraseSet(())  # "republic" in "the Caucasus republic": the same, after the region
    non_actor_after_joined: PhraseSet = PhraseSet(())  # "made" in "Iranian-made": only hyphenated or after a demonym
    people_modifiers: PhraseSet = PhraseSet(())  # "Islamist" in "Somali Islamist gunmen": between nationality and people


@cache
def usage_lexicon(languages: tuple[str, ...]) -> UsageLexicon:
    tables = [load_lexicon(language, "entities") for language in languages]

    def phrases(section: str, key: str) -> PhraseSet:
        return PhraseSet(p for table in tables for p in table.get(section, {}).get(key, []))

    return UsageLexicon(
        languages[0], phrases("locative", "prepositions"), phrases("non_actor", "before"),
        phrases("non_actor", "after"), phrases("non_actor", "people_before"), phrases("non_actor", "people_after"),
        phrases("organs", "before_state"), phrases("organs", "after_state"),
        frozenset(fold(w) for table in tables for w in table.get("common_words", {}).get("words", [])),
        frozenset(fold(w) for table in tables for w in table.get("common_words", {}).get("seats_never_acting", [])),
        phrases("places", "list_joiners"), phrases("places", "directions_after"),
        phrases("places", "directions_before"), phrases("places", "before_name"),
        phrases("places", "heads_before"), phrases("places", "heads_after"),
        phrases("places", "capital_before"), phrases("places", "capital_after"),
        phrases("agreements", "after_city"), phrases("agreements", "before_city"), phrases("places", "range_joiners"),
        phrases("places", "adjectives"),
        frozenset(w for table in tables for w in table.get("chrome", {}).get("breadcrumb_separators", [])),
        phrases("places", "kinds_of_states"), phrases("common_words", "phrases"),
        frozenset(fold(p.split()[0]) for table in tables for p in table.get("common_words", {}).get("phrases", [])),
        former_before=phrases("non_actor", "former_before"), former_kinds_after=phrases("non_actor", "former_kinds_after"),
        kinds_of_states_after=phrases("places", "kinds_of_states_after"),
        non_actor_after_joined=phrases("non_actor", "after_joined"),
        people_modifiers=phrases("non_actor", "people_modifiers"))


def name_languages(language: str) -> tuple[str, ...]:
    """Languages whose entity names are looked for: the document's, and English
    names in other languages' news ("NATO", "CSTO"); all for undetermined text."""
    if language in available_languages():
        return (language,) if language == "en" else (language, "en")
    return tuple(available_languages())


def lexicon_languages(language: str) -> tuple[str, ...]:
    return (language,) if language in available_languages() else tuple(available_languages())


# --- 1. candidate spans -------------------------------------------------------------

_RULE_PREFIX = {"name": "gazetteer", "seat": "seat", "demonym": "demonym", "organ": "organ", "blocker": "blocker"}


def _from_match(match: Match) -> Span:
    entry = match.entry
    return Span(match.first, match.last, entry.kind, entry.entity,
                f"{_RULE_PREFIX[entry.source]}:{entry.language}:{entry.label}", source=entry.source)


def _title_tokens(tokens: Sequence[Token], languages: tuple[str, ...]) -> set[int]:
    lexicon = title_lexicon(languages)
    covered: set[int] = set()
    for i in range(len(tokens)):
        found = lexicon.title_at(tokens, i)
        if found:
            covered.update(range(i, i + found.length))
    return covered


def _organ_spans(tokens: Sequence[Token], states: Iterable[Span], usage: UsageLexicon,
                 title_tokens: set[int]) -> list[Span]:
    """"<organ> <state>" and "<state>['s] <organ>" spans; none over words of a title."""
    organs: list[Span] = []
    for state in states:
        n = usage.organs_before.length_before(tokens, state.first)
        if n and not title_tokens & set(range(state.first - n, state.first)):
            phrase = " ".join(t.key for t in tokens[state.first - n:state.first])
            organs.append(replace(state, first=state.first - n, source="organ",
                                  rule=f"organ:{usage.language}:{phrase}"))
        after = state.last + (2 if [t.key for t in tokens[state.last:state.last + 2]] == ["'", "s"] else 0)
        n = usage.organs_after.length_at(tokens, after)
        if n and not title_tokens & set(range(after, after + n)):
            phrase = " ".join(t.key for t in tokens[after:after + n])
            organs.append(replace(state, last=after + n, source="organ",
                                  rule=f"organ:{usage.language}:{phrase}"))
    return organs


def _ship_name_end(tokens: Sequence[Token], first: int) -> int:
    """End of the capitalised words of a ship's name from `first` ("George Washington", "Dwight D.
    Eisenhower"); `first` itself when none stands there."""
    end = first
    while end < len(tokens) and tokens[end].is_word and tokens[end].is_capitalized and not tokens[end].joined:
        end += 1
        if end < len(tokens) and tokens[end].text == "." and len(tokens[end - 1].text) == 1:
            end += 1  # an initial: "Dwight D. Eisenhower"
    return end


def _ship_spans(tokens: Sequence[Token]) -> list[Span]:
    """"USS Carney", "kapal induk USS George Washington", "BRP Sierra Madre": a navy's ship
    prefix before a capitalised name is a vessel of that state, acting for it; the name is no
    person ("Carney") nor seat ("Washington"). Prefixes are matched as written."""
    prefixes = ship_prefixes()
    spans: list[Span] = []
    for index, token in enumerate(tokens):
        end = _ship_name_end(tokens, index + 1) if token.text in prefixes else index
        if end > index + 1:
            spans.append(Span(index, end, "State", prefixes[token.text], f"ship:{token.text}", source="organ"))
    return spans


def _longest_first(candidates: list[Span], tokens: Sequence[Token]) -> list[Span]:
    def order(span: Span) -> tuple[int, int, int]:
        chars = tokens[span.last - 1].end - tokens[span.first].start
        source = "place" if span.source == "name" and span.kind == "Place" else span.source
        return -chars, span.first, _SOURCE_PRIORITY.get(source, 9)

    chosen: list[Span] = []
    for span in sorted(candidates, key=order):
        if not any(span.overlaps(other) for other in chosen):
            chosen.append(span)
    return sorted(chosen, key=lambda s: s.first)


def _common_word(tokens: Sequence[Token], match: Match, usage: UsageLexicon) -> bool:
    """A one-word name that is also an ordinary word of the text's language, written where
    any word is capitalised: opening the sentence ("Baku tembak ...", "Lima orang ...").
    Elsewhere case tells them apart; an upper-case dateline ("BAKU -") is a name."""
    token = tokens[match.first]
    opens = not any(t.is_word for t in tokens[:match.first])
    return match.last - match.first == 1 and token.key in usage.common_words and opens \
        and not token.text.isupper() and not _name_outside_its_phrases(tokens, match, usage)


def _name_outside_its_phrases(tokens: Sequence[Token], match: Match, usage: UsageLexicon) -> bool:
    """A common word whose ordinary use comes only in set phrases ("baku" in
    "baku tembak", "baku hantam"; entities.toml common_words.phrases) is the
    name when none of them follows: "Baku menuduh Yerevan ..." is Azerbaijan."""
    phrased = tokens[match.first].key in usage.phrased_common_words
    return phrased and usage.common_phrases.length_at(tokens, match.first) == 0


def _inside_person_name(tokens: Sequence[Token], match: Match, matches: Sequence[Match],
                        lexicons: tuple[str, ...]) -> bool:
    """"Abdifatah Aden Hassan", "Mohamed Yemen Ali": a one-word place between two capitalised words
    no name, title or place word covers is a word of a person's name."""
    if match.entry.kind != "Place" or match.last - match.first != 1 or match.first == 0 \
            or match.last >= len(tokens):
        return False
    lexicon, words = title_lexicon(lexicons), place_words(lexicons)
    taken = {k for m in matches if m is not match for k in range(m.first, m.last)}

    def name_word(k: int) -> bool:
        token = tokens[k]
        return token.is_word and token.is_capitalized and k not in taken and token.key not in lexicon.stop \
            and token.key not in lexicon.organization_words and lexicon.title_at(tokens, k) is None \
            and not (words.after_name.length_at(tokens, k) or words.landmarks_closing.length_at(tokens, k)
                     or words.before_name.length_at(tokens, k) or words.landmarks_opening.length_at(tokens, k))

    before = match.first - 1
    return before > 0 and name_word(before) and name_word(match.last)


def _opens_a_connected_name(tokens: Sequence[Token], match: Match, found: Sequence[Match],
                            connectors: frozenset[str]) -> bool:
    """"Brigadir Jenderal Turki al-Maliki", "Prince Turki bin Faisal": a one-word state or place
    name right before a lowercase name connector and a capitalised word is a given name, the
    mirror of _inside_longer_name; not when the connected words are a name of their own
    ("militan Somalia al-Shabaab")."""
    k = match.last
    if match.entry.kind not in {"State", "Place"} or match.last - match.first != 1 or k + 1 >= len(tokens) \
            or tokens[k].text not in connectors or any(other.first == k for other in found):
        return False
    k += 1
    if tokens[k].text == "-" and tokens[k].joined and k + 1 < len(tokens):
        k += 1
    return tokens[k].is_word and tokens[k].is_capitalized


def _inside_longer_name(tokens: Sequence[Token], match: Match, connectors: frozenset[str]) -> bool:
    """"Mocimboa da Praia" (Praia is Cabo Verde's capital), "Rio de Janeiro": a state or place
    name after a lowercase name connector that follows a capitalised word ends a longer name."""
    k = match.first - 1
    if k >= 1 and tokens[k].text == "-" and tokens[k].joined:
        k -= 1
    return match.entry.kind in {"State", "Place"} and k >= 1 and tokens[k].text in connectors \
        and tokens[k - 1].is_word and tokens[k - 1].is_capitalized


@cache
def _modifiers_before_head(lexicons: tuple[str, ...]) -> bool:
    return all(load_lexicon(language, "entities").get("organizations", {}).get("modifiers_before_head", False)
               for language in lexicons)


def _body_inside_longer_name(tokens: Sequence[Token], match: Match, found: Sequence[Match],
                             titles: set[int]) -> bool:
    """"Iran's Supreme National Security Council" is not the UN Security Council: an
    organization's spelled-out name right after a capitalised word that names nothing
    ends a longer name; not after a known name ("UN Security Council") or a title
    ("Sekretaris Jenderal Perserikatan Bangsa-Bangsa"), nor opening the sentence."""
    k = match.first - 1
    if match.entry.kind != "Organization" or is_acronym(match.entry.label) or k < 1 or k in titles:
        return False
    before = tokens[k]
    return before.is_word and before.is_capitalized and not before.text.isupper() \
        and not any(m.first <= k < m.last for m in found)


@cache
def _treaty_parties() -> dict[str, frozenset[str]]:
    from kg.reference import reference_entities

    return {e.iri: frozenset(e.parties) for e in reference_entities() if e.kind == "Treaty"}


def _one_treaty_per_name(candidates: list[Span]) -> list[Span]:
    """A generic name several treaties share ("Mutual Defense Treaty") is the one whose
    parties the sentence names most; none when the sentence does not tell them apart."""
    states = {c.entity for c in candidates if c.kind == "State"}
    by_place: dict[tuple[int, int], list[Span]] = {}
    for span in candidates:
        if span.kind == "Treaty":
            by_place.setdefault((span.first, span.last), []).append(span)
    dropped: list[Span] = []
    for spans in by_place.values():
        if len({s.entity for s in spans}) < 2:
            continue
        named = {s.entity: len(_treaty_parties().get(s.entity, frozenset()) & states) for s in spans}
        best = max(named.values())
        winners = {e for e, n in named.items() if n == best}
        dropped += [s for s in spans if s.entity not in winners or len(winners) > 1]
    return [c for c in candidates if c not in dropped]


def _followed_by_number(tokens: Sequence[Token], span: Span) -> bool:
    """"France 24", "Russia 1": a state name that is part of a numbered proper name."""
    return span.kind == "State" and span.last < len(tokens) and tokens[span.last].text.isdigit() \
        and not tokens[span.last].joined


def _names_agreement(tokens: Sequence[Token], span: Span, usage: UsageLexicon) -> bool:
    """"the 2000 Algiers agreement", "the Minsk accords", "perjanjian Algiers": a capital inside
    the name of an agreement is neither its state nor a place (docs/gold-format.md)."""
    return span.source == "seat" and (usage.agreements_after.length_at(tokens, span.last) > 0
                                      or usage.agreements_before.length_before(tokens, span.first) > 0)


# --- 2. how a span is used ------------------------------------------------------------

def _after_locative(tokens: Sequence[Token], span: Span, usage: UsageLexicon) -> bool:
    """"in Moscow", "near the Kremlin", "kota Bamako", "the city of Kyiv", "pinggiran selatan
    Beirut", and a part of a city: "eastern Kyiv", "besieged Khartoum"."""
    adjective = usage.place_adjectives.length_before(tokens, span.first)
    first = span.first - adjective
    first = first - 1 if first and tokens[first - 1].key == "the" else first
    return adjective > 0 or usage.locative.length_before(tokens, first) > 0 \
        or usage.place_words.length_before(tokens, span.first) > 0


def _in_dateline(tokens: Sequence[Token], span: Span) -> bool:
    """"YEREVAN - ...", "MOSCOW (Reuters) -": an upper-case place opening the text."""
    written = "".join(t.text for t in tokens[span.first:span.last] if t.is_word)
    return span.first == 0 and written.isupper() and len(written) > 3 \
        and span.last < len(tokens) and tokens[span.last].text in {"-", "(", ","}


def _descriptive(tokens: Sequence[Token], span: Span, usage: UsageLexicon,
                 organization_words: frozenset[str]) -> bool:
    """"etnis Armenia", "Armenian-populated", "pro-Russian", "Iran's state media", or the end of an
    organization's name ("Universitas Indonesia", "kantor berita Rusia")."""
    before = span.first - 1 if span.first and tokens[span.first - 1].text == "-" else span.first
    after = span.last + 1 if span.last < len(tokens) and tokens[span.last].text == "-" else span.last
    if [t.key for t in tokens[after:after + 2]] == ["'", "s"]:
        after += 2
    joined = after > span.last or span.source == "demonym"
    return usage.non_actor_before.length_before(tokens, before) > 0 \
        or usage.non_actor_after.length_at(tokens, after) > 0 \
        or (joined and usage.non_actor_after_joined.length_at(tokens, after) > 0) \
        or _part_it_used_to_be(tokens, span, usage) \
        or (span.source != "organ" and span.first > 0 and tokens[span.first - 1].key in organization_words)


def _part_it_used_to_be(tokens: Sequence[Token], span: Span, usage: UsageLexicon) -> bool:
    """"Montenegro, another former Yugoslav republic, joined", "ex-Soviet states": the former
    state only says what another state once was; it is mentioned and does not act (Indonesian
    puts the name last, "bekas republik Soviet", and lists those phrases in non_actor.before)."""
    before = span.first - 1 if span.first and tokens[span.first - 1].text == "-" else span.first
    return usage.former_before.length_before(tokens, before) > 0 \
        and usage.former_kinds_after.length_at(tokens, span.last) > 0


def _people(tokens: Sequence[Token], span: Span, usage: UsageLexicon) -> bool:
    """"warga Palestina", "ethnic Armenian", "Palestinian prisoners", "Armenian-populated",
    "Syrian rebels": a nationality of people, which names no state (docs/gold-format.md); but
    "pro-Russian separatists" names the state the people side with (a mentioned state). Words
    of faith or arms may stand between: "Somali Islamist gunmen", "militan Islamis Somalia"."""
    before = span.first - 1 if span.first and tokens[span.first - 1].text == "-" else span.first
    after = span.last + 1 if span.last < len(tokens) and tokens[span.last].text == "-" else span.last
    far_before, far_after = _past_modifiers_before(tokens, before, usage), _past_modifiers_after(tokens, after, usage)
    return span.source in {"name", "demonym"} and usage.non_actor_before.length_before(tokens, far_before) == 0 \
        and (any(usage.people_before.length_before(tokens, b) > 0 for b in {before, far_before})
             or any(usage.people_after.length_at(tokens, a) > 0 for a in {after, far_after}))


def _past_modifiers_after(tokens: Sequence[Token], position: int, usage: UsageLexicon) -> int:
    """The position after the people modifiers that start at `position`."""
    while n := usage.people_modifiers.length_at(tokens, position):
        position += n
    return position


def _past_modifiers_before(tokens: Sequence[Token], position: int, usage: UsageLexicon) -> int:
    """The position before the people modifiers that end at `position`."""
    while n := usage.people_modifiers.length_before(tokens, position):
        position -= n
    return position


def _names_capital(tokens: Sequence[Token], span: Span, usage: UsageLexicon) -> bool:
    """"the Qatari capital", "the capital of Qatar", "ibu kota Qatar": the state says only where
    its capital is and does not act."""
    return span.kind == "State" and span.source in {"name", "demonym"} \
        and (usage.capital_before.length_before(tokens, span.first) > 0
             or usage.capital_after.length_at(tokens, span.last) > 0)


def _seat_of_named_capital(tokens: Sequence[Token], previous: Span, span: Span, usage: UsageLexicon) -> bool:
    """"the Ukrainian capital Kyiv", "ibu kota Qatar, Doha": a seat right after a capital phrase."""
    if span.source != "seat" or not _names_capital(tokens, previous, usage):
        return False
    end = previous.last + usage.capital_after.length_at(tokens, previous.last)
    return span.first == end or (span.first == end + 1 and tokens[end].text == ",")


def _apply_usage(tokens: Sequence[Token], span: Span, usage: UsageLexicon, gazetteer: Gazetteer,
                 organization_words: frozenset[str], listed: bool = False) -> Span:
    """`listed`: the span continues a list of places ("in Bamako, Ouagadougou and Niamey") or
    names the capital a capital phrase just spoke of."""
    if span.source == "seat" and (listed or _after_locative(tokens, span, usage) or _in_dateline(tokens, span)):
        name = surface(tokens[span.first:span.last])
        return replace(span, kind="Place", entity=gazetteer.place_for_seat(name),
                       rule=span.rule.replace("seat:", "seat-place:", 1), acts_as_actor=False)
    if span.kind == "Place" and (usage.kinds_of_states.length_before(tokens, span.first)
                                 or usage.kinds_of_states_after.length_at(tokens, span.last)):
        return replace(span, kind=BLOCKED, acts_as_actor=False)  # "negara Asia Tenggara pertama": what kind
    if span.kind in _NOT_ACTING_KINDS:
        return replace(span, acts_as_actor=False)
    if span.kind == "State" and _people(tokens, span, usage):
        return replace(span, kind=BLOCKED, acts_as_actor=False)
    if span.kind == "State" and (_descriptive(tokens, span, usage, organization_words)
                                 or _names_capital(tokens, span, usage)):
        return replace(span, acts_as_actor=False)
    if span.kind in _BODY_KINDS and _backs_or_opposes(tokens, span, usage):
        return replace(span, acts_as_actor=False)
    return span


def _backs_or_opposes(tokens: Sequence[Token], span: Span, usage: UsageLexicon) -> bool:
    """"the UN-backed government asked ...", "anti-NATO protesters", "an EU-funded mission":
    a body named only as the backer, maker or foe of what the phrase is about does not act,
    as a state there does not ("Iran-backed rebels"; entities.toml [non_actor])."""
    before = span.first - 1 if span.first and tokens[span.first - 1].text == "-" else span.first
    after = span.last + 1 if span.last < len(tokens) and tokens[span.last].text == "-" else span.last
    return (before < span.first and usage.non_actor_before.length_before(tokens, before) > 0) \
        or (after > span.last and (usage.non_actor_after.length_at(tokens, after) > 0
                                   or usage.non_actor_after_joined.length_at(tokens, after) > 0))


def entity_spans(tokens: Sequence[Token], gazetteer: Gazetteer, languages: tuple[str, ...],
                 lexicons: tuple[str, ...], headline: bool = False) -> list[Span]:
    """Gazetteer, organ and unknown armed-group spans of one sentence, longest first, with
    their use decided. Headlines are in title case: no unknown groups there."""
    usage = usage_lexicon(lexicons)
    connectors = title_lexicon(lexicons).connectors
    found = gazetteer.matches(tokens, languages)
    titles = _title_tokens(tokens, lexicons)
    matches = sorted((m for m in found if not _common_word(tokens, m, usage)
                      and not _inside_longer_name(tokens, m, connectors)
                      and not _opens_a_connected_name(tokens, m, found, connectors)
                      and not (not headline and _modifiers_before_head(lexicons)
                               and _body_inside_longer_name(tokens, m, found, titles))
                      and not _inside_person_name(tokens, m, found, lexicons)),
                     key=lambda m: m.entry.language != languages[0])
    candidates = [_from_match(m) for m in matches]
    states = [c for c in candidates if c.kind == "State" and c.source in {"name", "demonym"}]
    candidates += _organ_spans(tokens, states, usage, titles) + _ship_spans(tokens)
    if not headline:
        known = covered_by(tokens, candidates)
        candidates += unknown_armed_groups(tokens, known, lexicons) + unknown_organizations(tokens, known, lexicons)
        candidates += described_groups(tokens, known, lexicons) + listed_acronyms(tokens, known, lexicons)
        candidates += named_groups(tokens, known, lexicons)
        # a name spelled out before its acronym is read from all its words: it wins over a
        # body of the same words guessed from its head word alone
        candidates = spelled_out_acronyms(tokens, candidates, lexicons) + candidates
        candidates += composed_bodies(tokens, known, lexicons) + apposed_acronyms(tokens, known, lexicons)
        candidates = [_apart_from_reference(s, gazetteer.kinds, lexicons[0]) for s in candidates]
    chosen = [replace(s, kind=BLOCKED) if _followed_by_number(tokens, s) or _names_agreement(tokens, s, usage) else s
              for s in _longest_first(_one_treaty_per_name(candidates), tokens)]
    chosen = _acronyms_of_known(tokens, [_in_place_name(tokens, _with_direction(tokens, span, usage), usage)
                                         for span in chosen])
    organization_words = title_lexicon(lexicons).organization_words
    used: list[Span] = []
    for index, span in enumerate(chosen):
        listed = bool(used) and ((used[-1].kind == "Place" and (_listed_after(tokens, used[-1], span, usage)
                                                                 or _range_after(tokens, used[-1], span, usage)))
                                 or _seat_of_named_capital(tokens, chosen[index - 1], span, usage))
        used.append(_apply_usage(tokens, span, usage, gazetteer, organization_words, listed))
    return [s for s in used if not _common_word_acting(tokens, s, usage)]


def _apart_from_reference(span: Span, reference: dict[str, str], language: str) -> Span:
    """A body the reference does not know whose key is that of a reference entity of another
    kind ("DPR", Indonesia's parliament, is no Donetsk People's Republic, an armed group) gets
    a key of its own, with the language's code; one of the same kind is that entity named in
    words the reference lacks ("Tentara Nasional Libia (LNA)")."""
    if span.source != "unknown-org" or reference.get(span.entity, span.kind) == span.kind:
        return span
    return replace(span, entity=f"{span.entity}_{language.upper()}")


def _common_word_acting(tokens: Sequence[Token], span: Span, usage: UsageLexicon) -> bool:
    """A seat whose name is also an ordinary word ("Lima" is five) stands for its state
    nowhere; it is kept only where it is clearly a place ("di Lima")."""
    return span.source == "seat" and span.kind == "State" and span.last - span.first == 1 \
        and tokens[span.first].key in usage.not_acting_seats


def _with_direction(tokens: Sequence[Token], span: Span, usage: UsageLexicon) -> Span:
    """"Jakarta Pusat", "Kordofan Utara", "North Kordofan": a capitalised compass word beside a
    known place or seat names a part of it, a place of its own."""
    if span.kind not in {"Place", "State"} or span.source not in {"name", "seat"} \
            or (span.kind == "State" and span.source == "name"):
        return span
    first, last = span.first, span.last
    if last < len(tokens) and tokens[last].is_capitalized and usage.directions_after.length_at(tokens, last):
        last += usage.directions_after.length_at(tokens, last)
    elif first > 0 and tokens[first - 1].is_capitalized and usage.directions_before.length_before(tokens, first):
        first -= usage.directions_before.length_before(tokens, first)
    if (first, last) == (span.first, span.last):
        return span
    name = surface(tokens[first:last])
    return Span(first, last, "Place", place_iri(name), f"place-direction:{usage.language}", source="place",
                acts_as_actor=False)


def _in_place_name(tokens: Sequence[Token], span: Span, usage: UsageLexicon) -> Span:
    """"Laut Jepang", "Gulf of Mexico", "Japan Sea": a state's name with a capitalised head word
    of a sea, strait or gulf is inside a place's name, a place of its own and no state (the
    places the reference lists already won as longer names)."""
    if span.kind != "State" or span.source not in {"name", "seat"}:
        return span
    first, last = span.first, span.last
    before = usage.heads_before.length_before(tokens, first)
    if before and tokens[first - before].is_capitalized:
        first -= before
    elif usage.heads_after.length_at(tokens, last) and tokens[last].is_capitalized:
        last += usage.heads_after.length_at(tokens, last)
    if (first, last) == (span.first, span.last):
        return span
    name = surface(tokens[first:last])
    return Span(first, last, "Place", place_iri(name), f"place-head:{usage.language}", source="place",
                acts_as_actor=False)


def _acronyms_of_known(tokens: Sequence[Token], chosen: list[Span]) -> list[Span]:
    """"Tentara Arakan (AA)": the acronym in brackets after a known name is that entity, not
    the unknown group kg.organizations proposed for it."""
    out: list[Span] = []
    for span in chosen:
        before = out[-1] if out else None
        if span.source == "unknown-org" and span.last - span.first == 1 and before is not None \
                and before.source == "name" and before.kind in {"Organization", "Alliance", "ArmedGroup"} \
                and before.last + 1 == span.first and tokens[before.last].text == "(":
            span = replace(span, kind=before.kind, entity=before.entity, source="acronym",
                           acts_as_actor=before.acts_as_actor, rule=before.rule + ":acronym")
        out.append(span)
    return out


def _listed_after(tokens: Sequence[Token], previous: Span, span: Span, usage: UsageLexicon) -> bool:
    """"in Bamako, Ouagadougou and Niamey": `span` continues a list that `previous` opened. After
    a comma the list must go on ("In Paris, Berlin said ..." is no list)."""
    gap = span.first - previous.last
    if gap <= 0 or usage.list_joiners.length_at(tokens, previous.last) != gap:
        return False
    return tokens[previous.last].text != "," or usage.list_joiners.length_at(tokens, span.last) > 0


def _range_after(tokens: Sequence[Token], previous: Span, span: Span, usage: UsageLexicon) -> bool:
    """"flights from Sanaa to Amman and Cairo", "from Sanaa airport to Amman", "dari Kyiv hingga
    Lviv": a seat right after a place (and a lowercase word of it) and a range word is where
    the range ends."""
    start = previous.last
    if start < span.first and tokens[start].is_word and not tokens[start].is_capitalized \
            and not usage.range_joiners.length_at(tokens, start):
        start += 1  # "Sanaa airport to"
    gap = span.first - start
    return gap > 0 and usage.range_joiners.length_at(tokens, start) == gap


# --- 3 and 4. across the document ---------------------------------------------------

@dataclass
class _Analysed:
    sentence: Sentence
    tokens: list[Token]
    spans: list[Span]


@dataclass
class _Person:
    iri: str
    keys: tuple[str, ...]
    role: str | None
    represents: str | None


def _person_registry(analysed: list[_Analysed]) -> dict[str, _Person]:
    registry: dict[str, _Person] = {}
    for item in analysed:
        for span in item.spans:
            if span.kind != "Person":
                continue
            keys = tuple(t.key for t in item.tokens[span.first:span.last] if t.is_word)
            known = registry.setdefault(span.entity, _Person(span.entity, keys, span.role, None))
            known.represents = known.represents or span.represents
            known.role = known.role or span.role
            if len(keys) > len(known.keys):
                known.keys = keys
    return registry


def _full_name_for(person: _Person, registry: dict[str, _Person], offices: frozenset[str] = frozenset()) -> _Person:
    """A one-word name ("Putin") stands for the document's unique longer name ending with it,
    else for the unique one opening with it ("menurut Candra" after "Kolonel Candra Kurniawan":
    news, Indonesian news above all, often names a person by the given name); not for one
    holding another of a state's offices ("King Salman" is not "Crown Prince Mohammed bin Salman")."""
    if len(person.keys) > 1:
        return person
    longer = [p for p in registry.values() if len(p.keys) > 1
              and not (person.role in offices and p.role in offices and person.role != p.role)]
    ending = [p for p in longer if p.keys[-1] == person.keys[0]]
    opening = [p for p in longer if p.keys[0] == person.keys[0]]
    candidates = ending or opening
    return candidates[0] if len(candidates) == 1 else person


_SEAT_BEFORE_NAME = 10  # tokens: "a Pentagon delegation led by Assistant Secretary of Defense <Name>"


def _nearest_organ_before(spans: list[Span], first: int) -> str | None:
    """The state whose organ is named last before `first`, or whose acting seat is named a few
    words before: "Kementerian Pertahanan <state> mengatakan Menteri Pertahanan <Name>", "a
    Pentagon delegation led by Assistant Secretary <Name>". Any state would too often be the
    wrong one ("aliansi yang dipimpin Rusia, kata Perdana Menteri <Name>")."""
    organs = [s for s in spans if s.last <= first and (s.source == "organ" or (
        s.source == "seat" and s.kind == "State" and first - s.last <= _SEAT_BEFORE_NAME))]
    return organs[-1].entity if organs else None


@cache
def _reference_place_states() -> dict[str, str]:
    """Places of the reference data and the state they lie in (ontology/reference/places.toml)."""
    from kg.reference import reference_entities

    return {e.iri: e.located_in for e in reference_entities() if e.kind == "Place" and e.located_in}


def _place_states(analysed: list[_Analysed]) -> dict[str, str]:
    """Places the document puts in a state ("wilayah Kursk, Rusia"), and those of the reference data."""
    found: dict[str, str] = dict(_reference_place_states())
    for item in analysed:
        for place, state in zip(item.spans, item.spans[1:]):
            if place.kind == "Place" and state.kind == "State" and state.first == place.last + 1 \
                    and item.tokens[place.last].text == ",":
                found.setdefault(place.entity, state.entity)
    return found


def _nearest_place_state(spans: list[Span], person: Span, place_states: dict[str, str]) -> str | None:
    """The state of the place named last before a local office holder in the sentence ("an attack
    in the <place> region, regional governor <Name> said"), else of the first place after."""
    places = [s for s in spans if s.kind == "Place" and s.entity in place_states]
    before = [s for s in places if s.last <= person.first]
    chosen = before[-1] if before else next((s for s in places if s.first >= person.last), None)
    return place_states[chosen.entity] if chosen else None


def _link_titled(item: _Analysed, registry: dict[str, _Person], place_states: dict[str, str],
                 local_roles: frozenset[str], offices: frozenset[str]) -> None:
    """Persons get their document-wide full name, role and whom they represent: said next to
    the title, else said elsewhere in the document, else the state of the place they hold
    office for; a local office holder (governor, mayor) else the state of the place the sentence
    names, anyone else the state whose organ was named last before them in the sentence."""
    for index, span in enumerate(item.spans):
        if span.kind != "Person":
            continue
        person = _full_name_for(registry[span.entity], registry, offices)
        represents = span.represents or person.represents or place_states.get(span.place or "")
        guessed = span.guessed
        if represents is None and span.source == "title" and (span.role or person.role) in local_roles:
            represents, guessed = _nearest_place_state(item.spans, span, place_states), True
        elif represents is None and span.source == "title":
            represents, guessed = _nearest_organ_before(item.spans, span.first), True
        item.spans[index] = replace(span, entity=person.iri, represents=represents,
                                    role=span.role or person.role, guessed=guessed)


def _person_patterns(registry: dict[str, _Person]) -> dict[tuple[str, ...], Span]:
    """A person's full name, the surname when no other person in the document shares it, and
    the given name when no other person has it as given name or surname (kept only where it
    stands alone, see _alias_mentions)."""
    surnames = [p.keys[-1] for p in registry.values() if len(p.keys) > 1]
    given = [p.keys[0] for p in registry.values() if len(p.keys) > 1]
    patterns: dict[tuple[str, ...], Span] = {}
    for person in registry.values():
        span = Span(0, 0, "Person", person.iri, "person:alias", source="alias",
                    role=person.role, represents=person.represents)
        patterns[person.keys] = span
        if len(person.keys) > 1 and surnames.count(person.keys[-1]) == 1:
            patterns.setdefault(person.keys[-1:], span)
    for person in registry.values():
        first = person.keys[:1]
        if len(person.keys) > 1 and given.count(first[0]) == 1 and first[0] not in surnames:
            patterns.setdefault(first, Span(0, 0, "Person", person.iri, _GIVEN_NAME_RULE, source="alias",
                                            role=person.role, represents=person.represents))
    return patterns


def _leader_names(analysed: list[_Analysed], lexicon: TitleLexicon) -> set[tuple[str, ...]]:
    """Keys of the names of two words or more that follow a leading phrase or a title somewhere
    in the document ("yang dipimpin <Name>", "led by <Name>", "Komandan <Name>")."""
    names: set[tuple[str, ...]] = set()
    for item in analysed:
        tokens = item.tokens
        for i in range(1, len(tokens)):
            led = lexicon.led_by.length_before(tokens, i) or any(
                (title := lexicon.title_at(tokens, k)) and k + title.length == i for k in range(max(0, i - 4), i))
            if led:
                end = i
                while end < len(tokens) and tokens[end].is_word and tokens[end].is_capitalized:
                    end += 1
                if end - i >= 2:
                    names.add(tuple(t.key for t in tokens[i:end]))
    return names


def _drop_groups_named_after_leaders(analysed: list[_Analysed], lexicon: TitleLexicon) -> None:
    """"kelompoknya yang dipimpin <Name> ... Kelompok <Name> juga dituding ...": a group named by
    its leader's name is his faction; the name is a person's, found as such where the document
    says who leads (kg.persons.led_persons), not a new armed group."""
    leaders = _leader_names(analysed, lexicon)
    for item in analysed:
        item.spans = [s for s in item.spans if not (
            s.rule.startswith("armed-group-described:") and tuple(t.key for t in item.tokens[s.first:s.last]) in leaders)]


def _found_name_patterns(analysed: list[_Analysed]) -> dict[tuple[str, ...], Span]:
    """The names of unknown places and armed groups found in the document, and acronyms
    given to known ones, wherever they stand in it ("TPLF" after "Front Pembebasan Rakyat
    Tigray (TPLF)", "AA" after "Tentara Arakan (AA)")."""
    patterns: dict[tuple[str, ...], Span] = {}
    for item in analysed:
        for span in item.spans:
            if span.source in {"place", "unknown-org", "acronym"}:
                keys = tuple(t.key for t in item.tokens[span.first:span.last])
                patterns.setdefault(keys, replace(span, rule=span.rule + ":alias", source="alias"))
    return patterns


def _headless_names(analysed: list[_Analysed], languages: tuple[str, ...]) -> dict[tuple[str, ...], Span]:
    """The names of unknown armed groups closed by a head, without it: "Polisario" of the
    "Polisario Front" (kg.organizations.unknown_armed_groups)."""
    closing, names = group_words(languages).closing, {}
    for item in analysed:
        for span in item.spans:
            if span.source != "unknown-org" or not span.rule.startswith("armed-group:"):
                continue
            head = next((k for k in range(span.first + 1, span.last)
                         if closing.length_at(item.tokens, k) == span.last - k), None)
            if head is not None and all(t.is_capitalized for t in item.tokens[span.first:head] if t.is_word):
                names.setdefault(tuple(t.key for t in item.tokens[span.first:head]),
                                 replace(span, rule=span.rule + ":headless", source="alias"))
    return names


def _add_headless_group_names(analysed: list[_Analysed], languages: tuple[str, ...]) -> None:
    """"the Polisario Front ... the Polisario then declared": a group named again without its
    head, after an article (in languages that have one: `descriptor_articles`) and before no
    other capitalised word or head ("the Polisario region" is no group)."""
    names, articles = _headless_names(analysed, languages), descriptors(languages).articles
    heads = group_words(languages).closing
    for item in analysed:
        covered, found = covered_by(item.tokens, item.spans), []
        for keys, pattern in names.items():
            for i in range(1, len(item.tokens) - len(keys) + 1):
                end = i + len(keys)
                if any(covered[i:end]) or tuple(t.key for t in item.tokens[i:end]) != keys \
                        or not articles.length_before(item.tokens, i):
                    continue
                after = item.tokens[end] if end < len(item.tokens) else None
                if after is not None and (after.is_capitalized or heads.length_at(item.tokens, end)
                                          or place_words(languages).after_name.length_at(item.tokens, end)):
                    continue
                found.append(replace(pattern, first=i, last=end))
                covered[i:end] = [True] * (end - i)
        item.spans = sorted(item.spans + found, key=lambda s: s.first)


def _alias_mentions(item: _Analysed, patterns: dict[tuple[str, ...], Span], lexicon: TitleLexicon) -> list[Span]:
    covered = covered_by(item.tokens, item.spans)
    found: list[Span] = []
    for keys, pattern in sorted(patterns.items(), key=lambda kv: -len(kv[0])):
        for i in range(len(item.tokens) - len(keys) + 1):
            window = item.tokens[i:i + len(keys)]
            if any(covered[i:i + len(keys)]) or not window[0].is_capitalized \
                    or tuple(t.key for t in window) != keys:
                continue
            if pattern.rule == _GIVEN_NAME_RULE and _beside_name_word(item.tokens, i, i + len(keys)):
                continue
            if pattern.kind != "Person" and _after_name_word(item.tokens, i, covered, lexicon):
                continue  # "Omar Maute" after "kelompok Maute": a person's name, not the group
            if len(keys) == 1 and _month_not_surname(item.tokens, i, lexicon):
                continue
            found.append(replace(pattern, first=i, last=i + len(keys)))
            covered[i:i + len(keys)] = [True] * len(keys)
    return found


def _month_not_surname(tokens: Sequence[Token], index: int, lexicon: TitleLexicon) -> bool:
    """"on May 5", "in May": a surname that is also a month ("Theresa May") names her again only
    where no day or year follows it and no lowercase word (a preposition) comes before it."""
    if tokens[index].key not in lexicon.month_surnames:
        return False
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return (following is not None and following.text[:1].isdigit()) \
        or (index > 0 and tokens[index - 1].is_word and not tokens[index - 1].is_capitalized)


def _beside_name_word(tokens: Sequence[Token], first: int, end: int) -> bool:
    """A capitalised word right before or after: a given name inside someone else's name."""
    near = [tokens[k] for k in (first - 1, end) if 0 <= k < len(tokens)]
    return any(t.is_word and t.is_capitalized for t in near)


def _opens_with_body_word(tokens: Sequence[Token], index: int, lexicon: TitleLexicon) -> bool:
    """"Pasukan GNA menyerang ...", "Milisi X ...": a word for a body, capitalised only because it
    opens the sentence, is no part of the name after it."""
    return not any(t.is_word for t in tokens[:index]) and tokens[index].key in lexicon.organization_words


def _after_name_word(tokens: Sequence[Token], first: int, covered: list[bool], lexicon: TitleLexicon) -> bool:
    """A capitalised word of no known name right before `first` ("Omar" in "Omar Maute"), not a
    sentence word ("Kemudian"), a body's word opening the sentence ("Pasukan") nor a title
    ("Bupati"): what follows is the end of a longer name."""
    k = first - 1
    return k >= 0 and not covered[k] and tokens[k].is_word and tokens[k].is_capitalized \
        and tokens[k].key not in lexicon.stop and not _opens_with_body_word(tokens, k, lexicon) and not any(
            (title := lexicon.title_at(tokens, j)) and j + title.length == first for j in range(max(0, first - 4), first))


def _add_aliases(analysed: list[_Analysed], patterns: dict[tuple[str, ...], Span], lexicon: TitleLexicon) -> None:
    for item in analysed:
        item.spans = sorted(item.spans + _alias_mentions(item, patterns, lexicon), key=lambda s: s.first)


def _possessive_title_opens(item: _Analysed, person: Span, lexicon: TitleLexicon) -> bool:
    """"Its leader, <Name>, said ...", "Pemimpinnya, <Name>, menyatakan ...": a title with a
    possessive right before the name, and no actor named before it in the sentence."""
    if any(s.kind in QUALIFIER_KINDS and s.last <= person.first for s in item.spans):
        return False
    tokens = item.tokens
    for k in range(person.first):
        title = lexicon.title_at(tokens, k)
        if title is None or not all(not t.is_word for t in tokens[k + title.length:person.first]):
            continue
        return title.possessive or (k > 0 and tokens[k - 1].key in lexicon.possessives)
    return False


def _link_possessive_openers(analysed: list[_Analysed], lexicon: TitleLexicon) -> None:
    """A titled person whose title's possessive points before the sentence ("The X Front seized
    the town. Its leader, <Name>, said ...") represents the actor the sentence before opens
    with, its subject; persons.py looks only inside the sentence."""
    for before, item in zip(analysed, analysed[1:]):
        subject = next((s for s in before.spans if s.kind in QUALIFIER_KINDS and s.acts_as_actor), None)
        if subject is None or before.sentence.is_chrome:
            continue
        item.spans = [replace(s, represents=subject.entity, guessed=True)
                      if s.kind == "Person" and s.represents is None and s.source == "title"
                      and _possessive_title_opens(item, s, lexicon) else s for s in item.spans]


def _title_of_a_group(tokens: Sequence[Token], person: Span, lexicon: TitleLexicon) -> bool:
    """"the rebels' leader, <Name>", "<Name>, the group's spokesman", "juru bicara kelompok itu,
    <Name>", "pemimpin pemberontak <Name>": the person's title is tied to a group noun, in the
    title, as its possessor, or after it with a demonstrative."""
    nouns = lexicon.group_nouns
    for k in [*range(max(0, person.first - 6), person.first), *range(person.last, min(len(tokens), person.last + 6))]:
        title = lexicon.title_at(tokens, k)
        if title is None:
            continue
        end = k + title.length
        between = tokens[end:person.first] if end <= person.first else tokens[person.last:k]
        if any(t.is_word and t.key not in nouns | lexicon.demonstratives | lexicon.modifiers | {"the", "s"}
               for t in between):
            continue
        while k > 0 and tokens[k - 1].key in lexicon.modifiers:  # "the rebels' international spokesman"
            k -= 1
        if any(t.key in nouns for t in [*tokens[k:end], *between]) or _group_possessor_before(tokens, k, nouns):
            return True
    return False


def _group_possessor_before(tokens: Sequence[Token], k: int, nouns: frozenset[str]) -> bool:
    """"the rebels' <title>", "the group's <title>": a group noun and a possessive right before `k`."""
    keys = [t.key for t in tokens[max(0, k - 3):k]]
    return keys[-2:] in ([noun, "'"] for noun in nouns) or keys[-3:] in ([noun, "'", "s"] for noun in nouns)


def _link_group_titles(analysed: list[_Analysed], lexicon: TitleLexicon) -> None:
    """A person whose title is a group's ("the rebels' leader, <Name>") and whom the sentence
    ties to no actor represents the armed group or organization the document named last before
    ("The X Front lost the town. ... the rebels' leader, <Name>"); kg.persons looks only inside
    the sentence."""
    last: Span | None = None
    for item in analysed:
        for index, span in enumerate(item.spans):
            if span.kind in GROUP_KINDS and span.acts_as_actor:
                last = span
            elif span.kind == "Person" and span.represents is None and span.source == "title" and last is not None \
                    and _title_of_a_group(item.tokens, span, lexicon):
                item.spans[index] = replace(span, represents=last.entity, guessed=True)


def _link_persons(analysed: list[_Analysed], lexicons: tuple[str, ...]) -> None:
    _link_possessive_openers(analysed, title_lexicon(lexicons))
    _link_group_titles(analysed, title_lexicon(lexicons))
    registry, place_states = _person_registry(analysed), _place_states(analysed)
    for item in analysed:
        _link_titled(item, registry, place_states, local_roles(lexicons), national_roles(lexicons))
    _add_aliases(analysed, _person_patterns(_person_registry(analysed)), title_lexicon(lexicons))


@cache
def local_roles(lexicons: tuple[str, ...]) -> frozenset[str]:
    """Roles (English, as recorded) of offices held for a town or region: kg/lang/<code>/titles.toml."""
    return frozenset(role for language in lexicons
                     for role in load_lexicon(language, "titles").get("local_offices", {}).get("roles", []))


@cache
def generic_roles(lexicons: tuple[str, ...]) -> frozenset[str]:
    """Roles (English, as recorded) that say less than an office holder's office: kg/lang/<code>/titles.toml."""
    return frozenset(role for language in lexicons
                     for role in load_lexicon(language, "titles").get("generic_roles", {}).get("roles", []))


@cache
def national_roles(lexicons: tuple[str, ...]) -> frozenset[str]:
    return frozenset(role for language in lexicons
                     for role in load_lexicon(language, "titles").get("national_offices", {}).get("roles", []))


def _leading_state(analysed: list[_Analysed]) -> str | None:
    """The state the document names most, when it is named at least twice and more than any other."""
    counts = Counter(s.entity for item in analysed for s in item.spans if s.kind == "State")
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _states_of_sentence(item: _Analysed) -> set[str]:
    """The states a sentence names or whose office holders it names."""
    return {s.entity for s in item.spans if s.kind == "State"} \
        | {s.represents for s in item.spans if s.kind == "Person" and s.represents
           and s.represents.startswith(state_iri(""))}


def _state_of_previous_sentence(analysed: list[_Analysed], index: int) -> str | None:
    """The one state the sentence before names, by name or by its office holders ("President
    <Name> called the attack ... . Defence Minister <Name> said ..."); none when it names several
    or none."""
    states = _states_of_sentence(analysed[index - 1]) if index > 0 else set()
    return next(iter(states)) if len(states) == 1 else None


def _national_office_holders(analysed: list[_Analysed], roles: frozenset[str]) -> None:
    """"Prime Minister <Name>", "junta spokesman <Name>" with no state said anywhere: the first
    state of the sentence that first names them, when it comes before them ("Pakistan was due to
    hand back the pilot, a gesture Prime Minister <Name> described ..."), else the one state of
    the sentence before, else the state the document is about."""
    chosen: dict[str, str] = {}
    for index, item in enumerate(analysed):
        for span in item.spans:
            if span.kind == "Person" and span.represents is None and (span.role in roles or span.of_government) \
                    and span.entity not in chosen:
                state = next((s.entity for s in item.spans if s.kind == "State" and s.last <= span.first), None) \
                    or _state_of_previous_sentence(analysed, index) or _leading_state(analysed)
                if state is not None:
                    chosen[span.entity] = state
    for item in analysed:
        item.spans = [replace(s, represents=chosen[s.entity]) if s.entity in chosen and s.represents is None else s
                      for s in item.spans]


def _serving_persons(analysed: list[_Analysed]) -> None:
    """Persons who serve another titled person ("<Name>, adviser of President <Name>") represent
    whom that person represents, wherever the text says nothing else."""
    states: dict[str, str] = {}
    for item in analysed:
        for span in item.spans:
            served = next((s for s in item.spans if span.serves is not None and s.first >= span.serves
                           and s.kind == "Person"), None)
            if span.kind == "Person" and span.represents is None and served and served.represents:
                states.setdefault(span.entity, served.represents)
    for item in analysed:
        item.spans = [replace(s, represents=states[s.entity]) if s.represents is None and s.entity in states else s
                      for s in item.spans]


# --- public API -----------------------------------------------------------------------

def _entities_and_places(doc: Document, sentence: Sentence, gazetteer: Gazetteer) -> _Analysed:
    names, lexicons = name_languages(doc.language), lexicon_languages(doc.language)
    tokens = tokenize(doc.text[sentence.start:sentence.end], sentence.start)
    if is_breadcrumb(tokens, usage_lexicon(lexicons)):
        return _Analysed(sentence, tokens, [])
    headline = is_headline(tokens)
    spans = entity_spans(tokens, gazetteer, names, lexicons, headline)
    if not headline:
        places = unknown_places(tokens, spans, lexicons)
        spans = _seats_listed_after(tokens, spans, places, usage_lexicon(lexicons), gazetteer) + places
    return _Analysed(sentence, tokens, sorted(spans, key=lambda s: s.first))


def _seats_listed_after(tokens: Sequence[Token], spans: list[Span], places: list[Span], usage: UsageLexicon,
                        gazetteer: Gazetteer) -> list[Span]:
    """"di Istana Malacanang, Manila, Kamis", "at the Kosmodrom X, Y and Z": a seat continuing a
    list that a place unknown to the reference opens is a place too (entity_spans decided its
    use before the unknown places were found)."""
    def listed(span: Span) -> bool:
        return span.source == "seat" and span.kind == "State" \
            and any(_listed_after(tokens, place, span, usage) for place in places)

    return [_apply_usage(tokens, s, usage, gazetteer, frozenset(), listed=True) if listed(s) else s for s in spans]


def _add_persons(item: _Analysed, lexicons: tuple[str, ...], body_names: frozenset[str] | None) -> None:
    """In a headline every word is capitalised, so one capitalised word after a bare title is
    no evidence of a name ("Jadi Anggota Penuh BRICS"); two words, or a state or group
    between title and name ("Minister Israel Katz"), still are, when the body confirms the
    name (`_confirmed_by_body`)."""
    headline = is_headline(item.tokens)
    item.spans += [p for p in titled_persons(item.tokens, item.spans, lexicons)
                   if not headline or ((p.represents is not None
                                        or sum(t.is_word for t in item.tokens[p.first:p.last]) > 1)
                                       and _confirmed_by_body(item.tokens, p, body_names))]
    if not headline:
        for finder in (honorific_persons, speech_persons, appointed_persons, led_persons, leading_persons,
                       coordinated_persons):
            item.spans += finder(item.tokens, sorted(item.spans, key=lambda s: s.first), lexicons)
    item.spans.sort(key=lambda s: s.first)


def body_name_words(analysed: list[_Analysed]) -> frozenset[str] | None:
    """Folded words the body text writes capitalised inside a sentence (not as its first
    word): the words that can be names where case says something; None for a text with no
    body (a headline alone)."""
    body = [item for item in analysed if not is_headline(item.tokens)]
    if not body:
        return None
    return frozenset(t.key for item in body for t in item.tokens[1:] if t.is_word and t.is_capitalized)


def _confirmed_by_body(tokens: Sequence[Token], person: Span, body_names: frozenset[str] | None) -> bool:
    """A name read after a title in a headline is a name when the body writes its last word
    capitalised too ("Presiden Mozambik dan Pemimpin Renamo Teken Perjanjian Damai" has no
    person "Teken Perjanjian Damai": the body says "meneken perjanjian damai"), when the
    reference knows the person by that name, or when there is no body to ask."""
    words = [t for t in tokens[person.first:person.last] if t.is_word]
    return body_names is None or not words or words[-1].key in body_names \
        or tuple(t.key for t in words) in known_persons().by_name


def _add_coordinated(analysed: list[_Analysed], lexicons: tuple[str, ...]) -> None:
    """"<Name> dan <Name>" where the first was found only as a document alias."""
    for item in analysed:
        if not is_headline(item.tokens):
            item.spans = sorted(item.spans + coordinated_persons(item.tokens, item.spans, lexicons),
                                key=lambda s: s.first)


_MAX_SECTION_WORDS = 3


def _apposed_persons(analysed: list[_Analysed], lexicons: tuple[str, ...]) -> None:
    """A person whom nothing ties to an actor, named again before an apposition that does
    ("Ferrane, the leader of the <group>, ..."), represents that actor everywhere."""
    untied = {s.entity for item in analysed for s in item.spans if s.kind == "Person" and s.represents is None} \
        - {s.entity for item in analysed for s in item.spans if s.kind == "Person" and s.represents is not None}
    found: dict[str, str] = {}
    for item in analysed:
        for span in item.spans:
            if span.kind == "Person" and span.entity in untied and span.entity not in found:
                actor = apposed_actor(item.tokens, item.spans, lexicons, span.last)
                if actor is not None:
                    found[span.entity] = actor
    for item in analysed:
        item.spans = [replace(s, represents=found[s.entity]) if s.entity in found else s for s in item.spans]


def is_breadcrumb(tokens: Sequence[Token], usage: UsageLexicon) -> bool:
    """"Home > World > Africa": a site's navigation trail, which names nothing the article says;
    with one separator ("World | Africa", "Opinion & Analysis | Europe") only when every part
    is a short run of capitalised words, so that "ANALYSIS | Guyana and Venezuela step back"
    stays a headline."""
    separators = sum(t.text in usage.breadcrumb_separators for t in tokens)
    return separators >= 2 or (separators == 1 and _section_labels(tokens, usage.breadcrumb_separators))


def _section_labels(tokens: Sequence[Token], separators: frozenset[str]) -> bool:
    parts: list[list[Token]] = [[]]
    for token in tokens:
        if token.text in separators:
            parts.append([])
        elif token.is_word:
            parts[-1].append(token)
    return all(0 < len(part) <= _MAX_SECTION_WORDS and all(w.is_capitalized for w in part) for part in parts)


_SENTENCE_CLOSERS = frozenset({".", "!", "?", '"', "\u201d"})


def is_headline(tokens: Sequence[Token]) -> bool:
    """Title case ("Putin Sebut Provokasi Besar"): capitals say nothing about names there.
    A sentence closed by a full stop is body text, however many names and titles it holds
    ("Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Ankara.")."""
    if tokens and tokens[-1].text in _SENTENCE_CLOSERS:
        return False
    words = [w for w in tokens if w.is_word and len(w.text) > 3]
    return len(words) >= 3 and sum(w.is_capitalized for w in words) >= 0.8 * len(words)


@cache
def _shared_state_names(languages: tuple[str, ...]) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Folded words of a name that stands for several states at once -> their ISO3 codes
    (kg/lang/<code>/entities.toml `[[shared_names]]`: "the two Koreas", "the Korean War")."""
    return {keys: tuple(entry["states"]) for language in languages
            for entry in load_lexicon(language, "entities").get("shared_names", [])
            for keys in map(phrase_keys, entry["phrases"]) if keys}


def _add_shared_state_names(item: _Analysed, languages: tuple[str, ...]) -> None:
    """A name shared by several states ("the two Koreas", "kedua Korea", "the Korean War")
    names every one of them: one acting State span per state over the same words, in place
    of a state the shared word alone would name ("Korea" in "kedua Korea"); not inside a
    person, group or organization."""
    names = _shared_state_names(languages)
    lengths = sorted({len(k) for k in names}, reverse=True)
    i = 0
    while i < len(item.tokens):
        length = next((n for n in lengths if tuple(t.key for t in item.tokens[i:i + n]) in names), 0)
        if not length:
            i += 1
            continue
        found = Span(i, i + length, "", "", "")
        inside = [s for s in item.spans if s.overlaps(found)]
        if all(s.kind in {"State", "Place"} for s in inside):
            states = names[tuple(t.key for t in item.tokens[i:i + length])]
            item.spans = [s for s in item.spans if s not in inside] + [
                Span(i, i + length, "State", state_iri(code), "state:shared-name") for code in states]
            item.spans.sort(key=lambda s: s.first)
        i += length


_ACTING_KINDS = frozenset({"State", "Organization", "Alliance", "ArmedGroup", "Person"})
_MAX_DESCRIPTION_WORDS = 8  # tokens of "<description>," after "<actor>,"
# Who an apposed description names only to describe ("a close US ally"); organizations stay
# actors there, as kg.events.memberships reads "Turki, anggota NATO," as a membership.
_DESCRIBING_KINDS = frozenset({"State", "Person"})


@cache
def _description_words(languages: tuple[str, ...], key: str) -> frozenset[str]:
    return frozenset(fold(w) for language in languages
                     for w in load_lexicon(language, "entities").get("apposed_descriptions", {}).get(key, []))


def _apposed_description_end(tokens: Sequence[Token], first: int, languages: tuple[str, ...]) -> int | None:
    """End of "<description>," starting at `first` when it holds a head noun ("a close US
    ally", "sekutu dekat AS"), no relative word (a clause: "of which Congo is a member") and
    a comma closes it within _MAX_DESCRIPTION_WORDS tokens; else None."""
    heads, relatives = _description_words(languages, "heads"), _description_words(languages, "relatives")
    for k in range(first, min(len(tokens), first + _MAX_DESCRIPTION_WORDS + 1)):
        if tokens[k].text == "," and any(t.key in heads for t in tokens[first:k]):
            return k
        if tokens[k].text == "," or tokens[k].text in _SENTENCE_CLOSERS or tokens[k].key in relatives:
            return None
    return None


def _quiet_apposed_descriptions(item: _Analysed, languages: tuple[str, ...]) -> None:
    """An actor named inside a description set off by commas after another actor describes
    it and does not act: "Georgia, a close US ally, deployed ...", "Georgia, sekutu dekat AS,
    menempatkan ...": the actor is Georgia (kg/lang/<code>/entities.toml
    [apposed_descriptions] heads: ally, neighbour, sekutu, ...). Only states and persons."""
    quiet: set[int] = set()
    for span in item.spans:
        if span.kind not in _ACTING_KINDS or span.last >= len(item.tokens) or item.tokens[span.last].text != ",":
            continue
        end = _apposed_description_end(item.tokens, span.last + 1, languages)
        if end is not None:
            quiet.update(k for k, s in enumerate(item.spans)
                         if s.kind in _DESCRIBING_KINDS and span.last < s.first and s.last <= end)
    item.spans = [replace(s, acts_as_actor=False) if k in quiet else s for k, s in enumerate(item.spans)]


@dataclass(frozen=True)
class FoundingWords:
    after_owner: PhraseSet  # "treaty", "founding treaty" in "NATO's founding treaty"
    before_owner: PhraseSet  # "piagam", "traktat pendirian" in "piagam ASEAN"
    founding: frozenset[str]  # "founding", "pendirian": the phrase names the founding treaty whatever its title


@cache
def founding_words(languages: tuple[str, ...]) -> FoundingWords:
    tables = [load_lexicon(language, "entities").get("treaties", {}) for language in languages]
    return FoundingWords(PhraseSet(p for t in tables for p in t.get("founding_after_owner", [])),
                         PhraseSet(p for t in tables for p in t.get("founding_before_owner", [])),
                         frozenset(fold(w) for t in tables for w in t.get("founding_words", [])))


@cache
def _treaty_title_words() -> dict[str, frozenset[str]]:
    from kg.reference import reference_entities

    return {e.iri: frozenset(t.key for names in e.names.values() for name in names for t in tokenize(name))
            for e in reference_entities() if e.kind == "Treaty"}


def _add_founding_treaties(item: _Analysed, words: FoundingWords) -> None:
    """"NATO's founding treaty", "Article 5 of the NATO treaty", "piagam ASEAN": a body's treaty
    is the reference treaty that establishes it (ckg:establishes), when the phrase says
    "founding" or uses a word of that treaty's title ("treaty" for the North Atlantic Treaty,
    not for the ASEAN Declaration). The treaty is mentioned; it does not act."""
    from kg.reference import founding_treaties

    founded = founding_treaties()
    taken = covered_by(item.tokens, item.spans)
    added: list[Span] = []
    for span in (s for s in item.spans if s.entity in founded):
        k = span.last + (2 if [t.key for t in item.tokens[span.last:span.last + 2]] == ["'", "s"] else 0)
        n = words.after_owner.length_at(item.tokens, k)
        first, last = (k, k + n) if n else (span.first - words.before_owner.length_before(item.tokens, span.first),
                                             span.first)
        heads = {t.key for t in item.tokens[first:last]}
        if first < last and not any(taken[first:last]) \
                and (heads & words.founding or heads & _treaty_title_words()[founded[span.entity]]):
            added.append(Span(first, last, "Treaty", founded[span.entity], "founding-treaty:" + span.rule,
                              source="founding", acts_as_actor=False))
    item.spans = sorted(item.spans + added, key=lambda s: s.first)


def _territories_acting(item: _Analysed, usage: UsageLexicon) -> None:
    """A breakaway territory that acts is the authority governing it, as a capital that acts
    is its state: "Transnistria appealed to Moscow" is the Pridnestrovian Moldavian Republic;
    "in Transnistria", "the region of Transnistria" and a dateline stay the place
    (ontology/reference/places.toml `authority`)."""
    authorities = territory_authorities()
    item.spans = [replace(s, kind=_kind_of(authorities[s.entity]), entity=authorities[s.entity],
                          rule=s.rule.replace("gazetteer:", "territory:", 1), acts_as_actor=True)
                  if s.kind == "Place" and s.entity in authorities and not _after_locative(item.tokens, s, usage)
                  and not _in_dateline(item.tokens, s) else s
                  for s in item.spans]


@dataclass(frozen=True)
class CountryWords:
    owners_before: PhraseSet  # "the country's" in "the country's army"
    owners_after: PhraseSet  # "negara itu" in "tentara negara itu"
    organs: PhraseSet  # "army", "government", "tentara", "pemerintah"


@cache
def country_words(languages: tuple[str, ...]) -> CountryWords:
    tables = [load_lexicon(language, "entities").get("country_anaphora", {}) for language in languages]
    return CountryWords(PhraseSet(w for t in tables for w in t.get("owners_before", [])),
                        PhraseSet(w for t in tables for w in t.get("owners_after", [])),
                        PhraseSet(w for t in tables for w in t.get("organs", [])))


_ORGAN_GAP = 3  # words between "the country's" and its organ: "the country's U.N.-backed unity government"


def _add_the_countrys_organs(analysed: list[_Analysed], words: CountryWords) -> None:
    """"after the country's unity government asked Washington for help", "Tentara negara itu
    menyerang ...": the country is the state named last before the phrase (in its sentence,
    else in those before it; a demonym that names no actor counts: "in the Libyan city of
    Sirte, after the country's ..."), and its organ acts for it. "The country" alone, a place
    ("fled the country", "di negara itu"), stays nothing."""
    last_state: str | None = None
    for item in analysed:
        tokens, spans = item.tokens, sorted(item.spans, key=lambda s: s.first)
        covered = covered_by(tokens, item.spans)
        added: list[Span] = []
        for i in range(len(tokens)):
            named = [s for s in spans if s.last <= i and _names_a_state(s)]
            state = named[-1].entity if named else last_state
            phrase = _country_phrase(tokens, i, words)
            if phrase is not None and state is not None and not any(covered[phrase[0]:phrase[1]]):
                added.append(Span(phrase[0], phrase[1], "State", state, "country-anaphora", source="organ"))
        item.spans = item.spans + added
        last_state = next((s.entity for s in reversed(spans) if _names_a_state(s)), last_state)


def _names_a_state(span: Span) -> bool:
    return span.entity is not None and span.entity.startswith(state_iri("")) \
        and (span.kind == "State" or (span.kind == BLOCKED and span.source in {"name", "demonym"}))


def _country_phrase(tokens: Sequence[Token], i: int, words: CountryWords) -> tuple[int, int] | None:
    """The tokens of "the country's" (before an organ within _ORGAN_GAP words) or of "negara
    itu" (right after an organ) starting at `i`; None where the phrase is not there."""
    n = words.owners_before.length_at(tokens, i)
    if n:
        gap = 0
        for k in range(i + n, len(tokens)):
            if words.organs.length_at(tokens, k):
                return i, i + n
            gap += tokens[k].is_word and not tokens[k].joined
            if tokens[k].text in {",", ";"} or gap > _ORGAN_GAP:
                return None
        return None
    n = words.owners_after.length_at(tokens, i)
    if n and i > 0 and any(words.organs.length_at(tokens, k) == i - k for k in range(max(0, i - 3), i)):
        return i, i + n
    return None


def _kind_of(entity: str) -> str:
    return default_gazetteer().kinds.get(entity, "Organization")


def _mention(doc: Document, item: _Analysed, span: Span) -> Mention:
    start, end = item.tokens[span.first].start, item.tokens[span.last - 1].end
    return Mention(start, end, doc.text[start:end], span.kind, span.entity, item.sentence.index,
                   span.rule, span.acts_as_actor, span.role, span.represents)


def find_mentions(doc: Document, sentences: list[Sentence],
                  gazetteer: Gazetteer | None = None) -> list[Mention]:
    """All entity mentions in the non-chrome sentences, sorted by offset, non-overlapping."""
    gazetteer = gazetteer or default_gazetteer()
    analysed = [_entities_and_places(doc, s, gazetteer) for s in sentences if not s.is_chrome]
    _drop_groups_named_after_leaders(analysed, title_lexicon(lexicon_languages(doc.language)))
    _add_aliases(analysed, _found_name_patterns(analysed), title_lexicon(lexicon_languages(doc.language)))
    _add_headless_group_names(analysed, lexicon_languages(doc.language))
    body_names = body_name_words(analysed)
    for item in analysed:
        _add_persons(item, lexicon_languages(doc.language), body_names)
    _link_persons(analysed, lexicon_languages(doc.language))
    _add_coordinated(analysed, lexicon_languages(doc.language))
    _apposed_persons(analysed, lexicon_languages(doc.language))
    link_known_persons(analysed, title_lexicon(lexicon_languages(doc.language)).stop,
                       national_roles(lexicon_languages(doc.language)), generic_roles(lexicon_languages(doc.language)))
    _national_office_holders(analysed, national_roles(lexicon_languages(doc.language)))
    _serving_persons(analysed)
    for item in analysed:
        _add_shared_state_names(item, lexicon_languages(doc.language))
        _quiet_apposed_descriptions(item, lexicon_languages(doc.language))
        _territories_acting(item, usage_lexicon(lexicon_languages(doc.language)))
        _add_founding_treaties(item, founding_words(lexicon_languages(doc.language)))
    _add_the_countrys_organs(analysed, country_words(lexicon_languages(doc.language)))
    return sorted((_mention(doc, item, span) for item in analysed for span in item.spans
                   if span.kind != BLOCKED), key=lambda m: (m.start, m.end))


def new_entities(mentions: list[Mention], doc: Document,
                 gazetteer: Gazetteer | None = None) -> list[EntityFact]:
    """Persons, places, armed groups and organizations the reference data does not know, one per IRI,
    with role, whom they represent and (for "X, <state>") the state a place lies in."""
    known = (gazetteer or default_gazetteer()).entities()
    facts: dict[str, EntityFact] = {}
    for index, mention in enumerate(mentions):
        if mention.kind not in {"Person", "Place", "ArmedGroup", "Organization"} or mention.entity in known:
            continue
        fact = EntityFact(mention.entity, mention.kind, mention.text, doc.language, mention.role,
                          mention.represents, _located_in(doc, mentions, index))
        facts[mention.entity] = _merge(facts.get(mention.entity), fact)
    return list(facts.values())


def _merge(old: EntityFact | None, new: EntityFact) -> EntityFact:
    if old is None:
        return new
    return replace(old, label=max(old.label, new.label, key=len), role=old.role or new.role,
                   represents=old.represents or new.represents, located_in=old.located_in or new.located_in)


def _located_in(doc: Document, mentions: list[Mention], index: int) -> str | None:
    """"Kharkiv, Ukraine": a place directly followed by a comma and a state."""
    if index + 1 >= len(mentions) or mentions[index].kind != "Place":
        return None
    following = mentions[index + 1]
    between = doc.text[mentions[index].end:following.start]
    return following.entity if following.kind == "State" and between.strip() == "," else None

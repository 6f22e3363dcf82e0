"""What the event rules see of one sentence: actor units, places, clauses, dates, numbers.

All offsets here are relative to the sentence text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from typing import Literal

from kg.dates import DateMatch
from kg.events.patterns import compile_patterns, find_all
from kg.events.rules import Words
from kg.lexicon import available_languages, load_lexicon
from kg.model import DateValue, Document, Mention, Sentence
from kg.numbers import QuantityMatch
from kg.reference import reference_entities

ACTOR_KINDS = frozenset({"State", "Organization", "Alliance", "ArmedGroup", "Person"})
ORGANIZATION_KINDS = frozenset({"Organization", "Alliance"})
GROUP_KINDS = frozenset({*ORGANIZATION_KINDS, "ArmedGroup"})
SegmentKind = Literal["main", "subordinate", "complement"]
_MAX_GAP_WORDS = 4
_MAX_JOINED_MODIFIERS = 2
UNKNOWN_GROUP_RULE = "armed-group:"  # kg.mentions' rule for an armed group named by a name it does not know
_LEAD_WORD = re.compile(r"[^\W\d_][\w.'’-]*")


@dataclass(frozen=True)
class Unit:
    """One actor as the text names it: a person with the state in their title is one unit."""

    start: int
    end: int
    entity: str
    kind: str
    represents: str | None = None

    @property
    def iris(self) -> tuple[str, ...]:
        """The entity, then what a person represents (both fill a role)."""
        if self.represents and self.represents != self.entity:
            return (self.entity, self.represents)
        return (self.entity,)


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    entity: str
    kind: str


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    kind: SegmentKind


@dataclass
class SentenceContext:
    sentence: Sentence
    language: str
    words: Words
    published: date | datetime | None
    units: list[Unit]
    places: list[Span]
    states: list[Span]  # every state mention, acting or not ("di Ukraina")
    treaties: list[Span]
    segments: list[Segment]
    title_case: bool = False
    headline: bool = False  # the document's title line, which kg.segment keeps as its first sentence
    dates: list[DateMatch] = field(default_factory=list)
    quantities: list[QuantityMatch] = field(default_factory=list)
    carried_dates: list[DateValue] = field(default_factory=list)  # see kg.events.discourse
    shifted: bool = False  # carried_dates moved by a cue such as "two days earlier"
    orphan_casualties: list = field(default_factory=list)  # attributes.Casualties without a fight here

    @property
    def text(self) -> str:
        return self.sentence.text

    def segment_at(self, offset: int) -> Segment:
        for segment in self.segments:
            if segment.start <= offset < segment.end:
                return segment
        return self.segments[-1]

    def filler(self, start: int, end: int, max_words: int = _MAX_GAP_WORDS) -> bool:
        return gap_is_filler(self.text[start:end], self.words, max_words, title_case=self.title_case)

    def units_between(self, start: int, end: int) -> list[Unit]:
        return [u for u in self.units if u.start >= start and u.end <= end]


def word_count(text: str) -> int:
    """Words in `text`, punctuation aside."""
    return len(re.findall(r"\w[\w'’-]*", text))


def _relative(mention: Mention, sentence: Sentence) -> tuple[int, int]:
    return mention.start - sentence.start, mention.end - sentence.start


def gap_is_filler(text: str, words: Words, max_words: int = _MAX_GAP_WORDS, *, title_case: bool = False) -> bool:
    """True when `text` holds only punctuation, list separators, filler nouns
    ("pasukan", "forces") and capitalised title words, or a conjunction with at
    most two modifiers ("and the paramilitary"): nothing that changes who acts.
    In a headline every word is capitalised, so there only fillers count."""
    if re.search(r"[:;]", text):
        return False
    conjunction = compile_patterns(words.get("roles.conjunctions"))
    joined = bool(conjunction and conjunction.search(text))
    rest = text
    for key in ("roles.separators", "roles.fillers", "roles.leader"):
        regex = compile_patterns(words.get(key))
        if regex:
            rest = regex.sub(" ", rest)
    rest = re.sub(r"['’]s\b", "", rest)  # "Ghana's President"
    tokens = [t for t in re.split(r"[\s,;:()\"“”'’—–-]+", rest) if t]
    if len(tokens) > max_words:
        return False
    if joined and len(tokens) <= _MAX_JOINED_MODIFIERS:  # "A and the paramilitary B"
        return True
    return all(t[:1].isupper() and not title_case for t in tokens)


def is_headline(doc: Document, sentence: Sentence) -> bool:
    """The sentence is the document's title line."""
    return sentence.index == 0 and bool(doc.title) and sentence.text == (doc.title or "").strip()


def is_title_case(text: str) -> bool:
    """A headline: no closing full stop, and most words of four letters or
    more start with a capital ("Armenia Asks Russia For Help")."""
    if text.rstrip().endswith((".", "!", "?", '"', "”")):
        return False
    long_words = [w for w in re.findall(r"\w+", text) if len(w) >= 4]
    return len(long_words) >= 3 and sum(w[0].isupper() for w in long_words) >= 0.8 * len(long_words)


def _absorbs(state: Unit, person: Mention, gap: str, words: Words) -> bool:
    return person.represents == state.entity and gap_is_filler(gap, words, 3)


def _home_state(first: Unit, second: Mention, gap: str, words: Words) -> bool:
    """"Lebanon's Hezbollah", "Sudan's paramilitary RSF", "Hizbullah Lebanon",
    "Houthi Yaman": a state glued to an armed group only says where the group
    is based; "the al-Qaeda-linked militant group al-Shabaab": a patron glued
    to it by a suffix only says whom it follows. The group is the actor."""
    patron = second.kind == "ArmedGroup" and _suffix_of(gap, words)
    if {first.kind, second.kind} != {"State", "ArmedGroup"} and not patron:
        return False
    rest = gap[len(patron):] if patron else gap
    if first.kind == "State":  # the possessive stands after the state: "Lebanon's Hezbollah"
        for marker in words.get("discourse.possessive_markers"):
            rest = rest.removeprefix(marker)
    qualifiers = compile_patterns(words.get("roles.group_qualifiers"))
    rest = qualifiers.sub(" ", rest) if qualifiers else rest
    return not rest.strip(" )") and "\n" not in gap  # "Pasukan Dukungan Cepat (RSF) Sudan"


def _force_of_state(first: Unit, second: Mention, gap: str, words: Words) -> bool:
    """"India's Central Reserve Police Force", "Nigeria's Department of State
    Services": a state glued by a possessive to a force the reference does
    not know, named as one only governments have (police, gendarmerie, coast
    or border guard, a command or an intelligence service; words
    sides.state_forces), is that state acting: a government's forces are the
    state. Armed groups named so ("Myanmar's Arakan Army") stay groups."""
    if first.kind != "State" or not _unknown_state_force(second, words):
        return False
    rest = gap.strip()
    return not rest or rest in words.get("discourse.possessive_markers")


def _unknown_state_force(mention: Mention, words: Words) -> bool:
    """A name the mention finder read as an armed group it does not know
    (rule "armed-group:...") that holds a word of a government's force."""
    return mention.kind == "ArmedGroup" and mention.rule.startswith(UNKNOWN_GROUP_RULE) and bool(
        find_all(words.get("sides.state_forces"), mention.text))


def _state_of_a_named_force(mention: Mention, words: Words) -> str | None:
    """"the Indian Border Security Force": a government's force the reference
    does not know, named with its state's demonym first, is that state."""
    if not _unknown_state_force(mention, words):
        return None
    first = mention.text.split()[0]
    return _states_of_demonyms().get(first)


@cache
def _states_of_demonyms() -> dict[str, str]:
    """Demonyms of the reference's states, in every language, and the state each names."""
    return {d: e.iri for e in reference_entities() if e.kind == "State" for names in e.demonyms.values() for d in names}


def _suffix_of(gap: str, words: Words) -> str:
    """The affiliation suffix a gap opens with ("-linked", "-backed"), or ""."""
    return next((suffix for suffix in words.get("roles.affiliation_suffix") if gap.startswith(suffix)), "")


@cache
def _dateline_leads() -> tuple[re.Pattern[str], ...]:
    tables = [load_lexicon(code, "chrome") for code in ("_common", *available_languages())]
    return tuple(re.compile(t["dateline_lead"]) for t in tables if t.get("dateline_lead"))


def _dateline_lead_end(text: str) -> int:
    """Where a dateline lead left in a sentence ends ("NATUNA, KOMPAS.com - ",
    "Jakarta, Berita Nusa -- "), else 0. kg.segment strips the lead from the
    first paragraph of a page only, so one standing after a photo caption
    stays in its sentence, and the city there is page furniture, not an
    actor. Only a lead with a place and an outlet after a comma, every word
    capitalised, counts: "The BLA, which seeks ... the gas- and" is prose."""
    for pattern in _dateline_leads():
        found = pattern.match(text)
        if found and "," in found.group(0) and all(w[0].isupper() for w in _LEAD_WORD.findall(found.group(0))):
            return found.end()
    return 0


def build_units(mentions: list[Mention], sentence: Sentence, words: Words) -> list[Unit]:
    """Actor units in order: "Presiden Rusia Vladimir Putin" is one unit, a
    name repeated as its acronym ("... (CSTO)") stays one unit, and so does an
    armed group with the state it is based in ("Lebanon's Hezbollah"). Names
    in a dateline lead the sentence still holds act as nothing."""
    units: list[Unit] = []
    lead_end = _dateline_lead_end(sentence.text) if sentence.index else 0  # the title line holds no lead
    for mention in sorted(mentions, key=lambda m: m.start):
        if not mention.acts_as_actor or mention.kind not in ACTOR_KINDS:
            continue
        start, end = _relative(mention, sentence)
        if start < lead_end:
            continue
        if units:
            last = units[-1]
            gap = sentence.text[last.end:start]
            if mention.kind == "Person" and last.kind == "State" and _absorbs(last, mention, gap, words):
                units[-1] = Unit(last.start, end, mention.entity, "Person", mention.represents)
                continue
            if _force_of_state(last, mention, gap, words):  # "India's Central Reserve Police Force"
                units[-1] = Unit(last.start, end, last.entity, "State")
                continue
            if _home_state(last, mention, gap, words):
                group = Unit(start, end, mention.entity, mention.kind) if mention.kind == "ArmedGroup" else last
                units[-1] = Unit(last.start, end, group.entity, group.kind, group.represents)
                continue
            if mention.entity == last.entity and re.fullmatch(r"[\s(]*", gap):
                units[-1] = Unit(last.start, end, last.entity, last.kind, last.represents)
                continue
        state = _state_of_a_named_force(mention, words)  # "the Indian Border Security Force"
        units.append(Unit(start, end, state or mention.entity, "State" if state else mention.kind, mention.represents))
    return units


def spans_of(mentions: list[Mention], sentence: Sentence, kinds: set[str]) -> list[Span]:
    return [Span(*_relative(m, sentence), m.entity, m.kind) for m in mentions if m.kind in kinds]


def _passive(rest: str, words: Words) -> bool:
    """"a truce announced by Qatar": a reporting verb before its agent is a
    participle, and opens no complement."""
    return any(not rest[:m.start()].strip() for m in find_all(words.get("roles.passive_agent"), rest[:12]))


def split_segments(text: str, words: Words) -> list[Segment]:
    """Clauses, as far as cue words show them. A subordinate clause ("setelah",
    "after", "since") runs from its cue to the next comma; a complement ("bahwa",
    "said") runs from after its cue. Dates and subjects do not cross them freely."""
    cues = [(m.start(), m.end(), "subordinate") for m in find_all(words.get("clauses.subordinators"), text)]
    cues += [(m.start(), m.end(), "subordinate") for m in find_all(words.get("clauses.openers"), text)
             if not text[: m.start()].strip()]  # "During the talks, ..." but not "talks during a week"
    cues += [(m.start(), m.end(), "complement") for m in find_all(words.get("clauses.complements"), text)
             if not _passive(text[m.end():], words)]
    segments: list[Segment] = []
    position, kind = 0, "main"
    for cue_start, cue_end, cue_kind in sorted(cues):
        if cue_start < position:
            continue
        split_at = cue_start if cue_kind == "subordinate" else cue_end
        if split_at > position:
            segments.append(Segment(position, split_at, kind))
        position, kind = split_at, cue_kind
        if cue_kind == "subordinate":
            comma = text.find(",", cue_end)
            next_cue = min((c[0] for c in cues if c[0] >= cue_end), default=len(text))
            if 0 <= comma < next_cue:
                segments.append(Segment(position, comma + 1, "subordinate"))
                position, kind = comma + 1, "main"
    if position < len(text) or not segments:
        segments.append(Segment(position, len(text), kind))
    return segments

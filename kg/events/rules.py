"""Event rules and cue words, read from kg/lang/<code>/events.toml and words.toml."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

from kg.errors import InputError
from kg.lexicon import load_lexicon
from kg.resources import lang_dir

NOUN_SUBJECT_GAP = 20  # words between a noun trigger and the subject of its support verb
FRAMES = ("participants", "request", "agent", "hosted", "membership_change", "signing", "provide", "mediation",
          "summit", "received", "received_aid", "requested",
          "visit")


@dataclass(frozen=True)
class EventRule:
    """One trigger rule: its id is written as the evidence's ckg:rule."""

    id: str
    kind: str
    triggers: tuple[str, ...]
    frame: str
    confidence: float
    requires: tuple[str, ...] = ()
    undated: str = "published"  # or "none": see kg.link.merge_drafts
    pairwise: bool = False  # one event per "with" party (talks between two sides)
    locative_states: bool = False  # "at war in Ukraine": a state after "in" takes part
    noun: bool = False  # the trigger is a noun; its possessor fills the role
    transitive: bool = False  # the actor right after the verb takes part ("attacked Ukraine"); the group admits those after it
    min_actors: int = 1
    max_subject_gap: int | None = None  # words allowed between the subject and the trigger
    places_stand_for_states: bool = False  # "visited Pyongyang", "shelled Kharkiv": the place's state takes part
    refers_to: tuple[str, ...] = ()  # "the agreement, brokered by X": adds to the latest event of these kinds
    needs: tuple[str, ...] = ()  # keep the event only with one of: "location", "troops", "date", "two sides"
    source_side: bool = False  # "retook X from Y": Y is the other side
    exclusive: bool = False  # other rules' matches inside this one's are ignored
    reciprocal: bool = False  # "exchanged fire": with one side named, the other is the one in focus
    sentence_wide: bool = False  # requires and mediators may stand anywhere in the sentence
    decided: bool = False  # the trigger tells a decision ("ordered the activation of"): the act is to come
    requires_after: bool = False  # what is asked for follows the trigger, no departure between ("urged X to withdraw troops")


@dataclass(frozen=True)
class Words:
    """Cue words of one language, by dotted key ("modality.future")."""

    table: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def get(self, key: str) -> tuple[str, ...]:
        return self.table.get(key, ())

    def under(self, prefix: str) -> dict[str, tuple[str, ...]]:
        """The lists keyed below `prefix`, by the rest of their key."""
        return {key[len(prefix) + 1:]: value for key, value in self.table.items() if key.startswith(prefix + ".")}


def _flatten(data: dict[str, Any], prefix: str = "") -> dict[str, tuple[str, ...]]:
    flat: dict[str, tuple[str, ...]] = {}
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(_flatten(value, name + "."))
        elif isinstance(value, list):
            flat[name] = tuple(str(item) for item in value)
    return flat


@cache
def words(language: str) -> Words:
    return Words(_flatten(load_lexicon(language, "words")))


def _rule(entry: dict[str, Any], language: str) -> EventRule:
    where = lang_dir(language) / "events.toml"
    try:
        rule = EventRule(
            id=str(entry["id"]),
            kind=str(entry["kind"]),
            triggers=tuple(entry["triggers"]),
            frame=str(entry.get("frame", "participants")),
            confidence=float(entry.get("confidence", 0.8)),
            requires=tuple(entry.get("requires", ())),
            undated=str(entry.get("undated", "published")),
            pairwise=bool(entry.get("pairwise", False)),
            locative_states=bool(entry.get("locative_states", False)),
            noun=bool(entry.get("noun", False)),
            transitive=bool(entry.get("transitive", False)),
            min_actors=int(entry.get("min_actors", 1)),
            max_subject_gap=entry.get("max_subject_gap", NOUN_SUBJECT_GAP if entry.get("noun") else None),
            places_stand_for_states=bool(entry.get("places_stand_for_states", False)),
            refers_to=tuple(entry.get("refers_to", ())),
            needs=tuple(entry.get("needs", ())),
            source_side=bool(entry.get("source_side", False)),
            exclusive=bool(entry.get("exclusive", False)),
            reciprocal=bool(entry.get("reciprocal", False)),
            sentence_wide=bool(entry.get("sentence_wide", False)),
            decided=bool(entry.get("decided", False)),
            requires_after=bool(entry.get("requires_after", False)),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise InputError(f"{where}: bad rule {entry.get('id', '?')}: {exc}") from exc
    if rule.frame not in FRAMES:
        raise InputError(f"{where}: rule {rule.id}: unknown frame '{rule.frame}'")
    return rule


@cache
def event_rules(language: str) -> tuple[EventRule, ...]:
    """The language's event rules in file order; no file means no rules."""
    return tuple(_rule(entry, language) for entry in load_lexicon(language, "events").get("rule", []))

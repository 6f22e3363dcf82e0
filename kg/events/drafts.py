"""An event as first read from one sentence, before discourse and linking."""
from __future__ import annotations

from dataclasses import dataclass, field

from kg.events.rules import EventRule
from kg.model import EventFact

ROLE_ORDER = ("participant", "requester", "addressee", "agent", "organization", "mediator", "invokes", "location",
              "treaty", "establishes")
SIDE_ROLES = ("participant", "requester", "addressee", "agent", "organization")
FIGHTING = frozenset({"ArmedClash", "War"})


@dataclass
class Draft:
    fact: EventFact
    rule: EventRule
    sentence: int
    position: int  # offset of the trigger in Document.text: discourse order
    anaphoric: bool = False  # "the two countries": the sides are the pair in focus
    anaphor_subject: bool = False  # ... and it is the trigger's subject ("the two countries signed")
    treaty_cue: bool = False  # "the treaty" without a name: look for it among the sides' treaties
    plural_pronoun: bool = False  # "they", "their leaders": the sides were named before
    borrowed_date: bool = False  # the date is the governing clause's (kg.events.attributes)
    represents: dict[str, str] = field(default_factory=dict)  # person IRI -> whom the text says they represent
    ally: str | None = None  # "fought on the side of X": joins X's fight (kg.events.discourse)
    treaty_label: str | None = None  # signings: the treaty as the text names it
    absorbed_into: Draft | None = None  # a side-less fight read as the fight in focus
    since: bool = False  # "Since the clash, both have deployed troops": a state since then, no day dates it
    trio: bool = False  # "the three juntas signed": the sides are the three states named last (kg.events.diplomacy)
    unilateral: bool = False  # "declared a unilateral truce": one side's own truce, no other side (kg.events.diplomacy)
    civil_war: bool = False  # "Syria's civil war": a war inside one state, none between states (kg.link)

    @property
    def kind(self) -> str:
        return self.fact.kind

    @property
    def language(self) -> str:
        """The language of the text read: rule ids open with the code of the
        lexicon that holds them (kg/lang/<code>/events.toml)."""
        return self.rule.id.split(".", 1)[0]

    def sides(self) -> set[str]:
        """Actors that take part as sides (not mediators, places or treaties)."""
        return {iri for role in SIDE_ROLES for iri in self.fact.roles.get(role, ())}

    def actors(self) -> set[str]:
        """Sides and mediators: a mediation may name only its mediator."""
        return self.sides() | set(self.fact.roles.get("mediator", ()))

    def has_needs(self) -> bool:
        """Rules with `needs` keep only events that name one of them."""
        present = {"location": bool(self.fact.roles.get("location")), "troops": self.fact.troops is not None,
                   "date": self.fact.date is not None, "two sides": self.distinct_actors() >= 2}
        return not self.rule.needs or any(present.get(need, False) for need in self.rule.needs)

    def distinct_actors(self) -> int:
        """How many actors take part, a person and the state they represent
        counting once (a minister alone does not make talks)."""
        return len({self.represents.get(iri, iri) for iri in self.actors()})

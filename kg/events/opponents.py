"""The other side of a fight the sentence tells with one side only.

A state's strike naming no one else hits the armed group its clause names
after the trigger, however the words between are built ("struck the
hideouts of PKK commanders", "strikes Hamas leaders in Doha").

News names one side of most attacks ("Rebels overran a military base,
killing 40 soldiers", "Pemberontak menyerbu pos militer"); the side hit is
plain from the article. An armed group's attack that hits forces or military
sites whose owner the sentence does not name hits the state those forces
serve: the state of a known place named in the sentence, else the state
fighting in the fight told last, in its sentence or the two before ("the
army launched clearance operations. They began after the group attacked
police posts"), else the state the article has named most so far (the
country whose war it tells). Armed groups hit by arms only states wield
("two commanders were killed in an air strike", "tewas dalam serangan
militer") were hit by the state in focus likewise. A state's strike on
foreign ground hits the state whose ground it is ("Russian missiles hit a
power plant in Kharkiv") when the article names no armed group (else the
strike is most likely on a group: "Israel began a ground operation in
southern Lebanon" in an article on its fight with Hezbollah); so does its
capture of a foreign town ("Sudanese troops seized the border town of X"
in South Sudan), the ground being taken from that state; forces sent
to fight somewhere ("sent troops to fight in Kursk") hit no one there by
that. A strike read with the state of its ground as the other side
("Israel struck targets in southern Lebanon", "menggempur sasaran di
Lebanon selatan") hits instead the one armed group the article's other
fights set the striker against, unless they set it against that state too
("Israel struck Lebanon" names the state itself). Any other fight of a
lone state is fought against the one foe the article's other fights set it
against: an armed group, or a state where the article names no armed group ("Indian and Chinese troops clashed ...
India said its soldiers were attacked again on Friday"). An
attack on civilians ("a car bomb at a market") is completed with nothing: a
group bombing a city fights no state. A state's strike whose other side
is a state named only by a place it reached ("struck the Gaza City home of
an Islamic Jihad commander") hit the armed group its clause names, not the
state of that ground. Last, an X-led coalition named with
its members ("the Saudi-led coalition, which includes the UAE", "koalisi
pimpinan Arab Saudi, yang beranggotakan UEA") fights as its leading state
plus those members, whichever of them the clause took as the side.
"""
from __future__ import annotations

from collections import Counter
from functools import cache

from kg.events import roles
from kg.events.context import Segment, SentenceContext, Unit, word_count
from kg.events.drafts import FIGHTING, Draft
from kg.events.patterns import find_all
from kg.reference import reference_entities

STATE = "/state/"
PERSON = "/person/"
ARMS_REACH = 3  # words between a fight's trigger and the state arms it names ("killed in an air strike")
OWNER_REACH = 1  # words between forces hit and the owner after them ("soldiers of Chad", "tentara AS")
FOCUS_SENTENCES = 2  # sentences before a one-sided fight in which the fight in focus may be told
TOPPLE_REACH = 4  # words between a state invaded and the cue of toppling its rulers ("invaded X in October 2001 and toppled")


def complete_one_sided_fights(contexts: list[SentenceContext], drafts: list[Draft], named: list[Counter[str]]) -> None:
    """Every asserted clash naming one side takes the other its sentence
    gives: a state's strike the armed group its clause names; an armed group
    the state whose forces it hit; armed groups alone told with state arms
    the state in focus; then a fight of an X-led coalition named with its
    members takes the leader and all of them (module docstring).
    `named` counts the actors named up to each sentence (kg.events.anaphora.named_so_far)."""
    by_sentence = {ctx.sentence.index: ctx for ctx in contexts}
    groups_named = any(_names_a_group(ctx) for ctx in contexts)
    for draft in drafts:
        ctx = by_sentence.get(draft.sentence)
        if ctx is not None:
            _group_for_ground_struck(ctx, draft, _enemies([d for d in drafts if d is not draft]))
    enemies = _enemies(drafts)
    for draft in drafts:
        ctx = by_sentence.get(draft.sentence)
        if ctx is not None:
            _group_for_state_toppled(ctx, draft)
            _group_hit_on_foreign_ground(ctx, draft)
        if ctx is not None and _war_of_one_group(draft):  # "the group launched its armed uprising in 2009"
            _add_side(draft, _state_in_focus(drafts, draft, named, _neighbours(ctx)))
        if ctx is None or not _clash_sides(draft):
            continue
        neighbours = _neighbours(ctx)
        group = _lone_group(draft, ctx)
        target = _group_targeted(ctx, draft, neighbours)
        if target is not None:
            other: str | None = target
        elif group is not None and _hits_forces(ctx, draft):
            other = _state_of_places(ctx, draft) or _state_in_focus(drafts, draft, named, neighbours)
        elif _groups_only(draft) and _by_state_arms(ctx, draft):
            other = _state_in_focus(drafts, draft, named, neighbours)
        elif (_strike(draft) or _taken_from(draft)) and _lone_state(draft) is not None and not groups_named:
            other = _state_struck(draft, neighbours)
        else:
            other = None
        if other is None and (state := _lone_state(draft)) is not None:
            other = _sole_enemy(enemies, state, neighbours, groups_named)
        _add_side(draft, other)
    for draft in drafts:
        if (ctx := by_sentence.get(draft.sentence)) is not None:
            _coalition_fights_as_one(ctx, draft)


def _coalition_fights_as_one(ctx: SentenceContext, draft: Draft) -> None:
    """"A Saudi-led coalition that includes the UAE struck ...", "Koalisi
    pimpinan Arab Saudi, yang beranggotakan UEA, membalas dengan serangan
    udara ...": an X-led coalition is its leading state plus the members the
    sentence names with it (words sides.coalition_members right after the
    coalition), so a fight that takes any of them takes them all; the clause
    finders keep only one (the member nearest the verb, or the leader)."""
    if draft.kind not in FIGHTING or draft.fact.modality != "asserted":
        return
    sides = _sides_as_represented(draft)
    for coalition in _coalitions(ctx):
        members = [u.represents or u.entity for u in coalition]
        for member in members if sides & set(members) else ():
            if member not in sides:
                _add_side(draft, member)
                sides.add(member)


def _coalitions(ctx: SentenceContext) -> list[list[Unit]]:
    """Each X-led coalition the sentence names with its members: the leader
    glued before "-led coalition" or right after "coalition led by",
    "koalisi pimpinan" (words discourse.coalition_leader_before/_after), then
    the actors listed right after a member cue that follows the coalition
    ("that includes", "yang beranggotakan"; words sides.coalition_members)."""
    found: list[list[Unit]] = []
    for match in find_all(ctx.words.get("discourse.coalition_leader_before"), ctx.text):
        leader = [u for u in ctx.units if u.end == match.start() and u.kind != "Person"]
        found += [[*leader, *_members_after(ctx, match.end())]] if leader else []
    for match in find_all(ctx.words.get("discourse.coalition_leader_after"), ctx.text):
        leader = [u for u in ctx.units if u.start >= match.end() and u.kind != "Person"][:1]
        if leader and word_count(ctx.text[match.end():leader[0].start]) <= OWNER_REACH:
            found.append([*leader, *_members_after(ctx, leader[0].end)])
    return [units for units in found if len(units) > 1]


def _members_after(ctx: SentenceContext, end: int) -> list[Unit]:
    """The actors a member cue right after `end` lists ("that includes the
    UAE and Bahrain", ", yang beranggotakan UEA,")."""
    rest = ctx.text[end:]
    for cue in find_all(ctx.words.get("sides.coalition_members"), rest):
        if not rest[:cue.start()].strip(" ,"):
            return [u for u in roles.list_from(ctx, end + cue.end(), len(ctx.text)) if u.kind == "State"]
    return []


def _group_for_state_toppled(ctx: SentenceContext, draft: Draft) -> None:
    """"US forces invaded Afghanistan in 2001 and toppled the Taliban",
    "Pasukan Ethiopia menyerbu Somalia untuk menggulingkan X": the state a
    fight reaches was held by the armed group the attacker toppled there
    (words roles.toppled right after the state, the group right after the
    cue), and that group, not the state, is the side fought."""
    if draft.kind not in FIGHTING or draft.fact.modality != "asserted":
        return
    sides = draft.fact.roles.get("participant", ())
    at = draft.position - ctx.sentence.start
    for cue in find_all(ctx.words.get("roles.toppled"), ctx.text[at:]):
        start, end = at + cue.start(), at + cue.end()
        state = next((u for u in reversed(ctx.units) if u.end <= start), None)
        group = next((u for u in ctx.units if u.start >= end), None)
        if state is None or group is None or state.entity not in sides or state.kind != "State":
            continue
        near = word_count(ctx.text[state.end:start]) <= TOPPLE_REACH and word_count(ctx.text[end:group.start]) <= OWNER_REACH
        if near and group.kind == "ArmedGroup" and "," not in ctx.text[state.end:start]:
            draft.fact.roles["participant"] = tuple(dict.fromkeys(
                group.entity if side == state.entity else side for side in sides))
            return


def _group_hit_on_foreign_ground(ctx: SentenceContext, draft: Draft) -> None:
    """"An Israeli missile struck the Gaza City home of an Islamic Jihad
    commander", "Rudal Israel menghantam Kota Gaza, rumah komandan Jihad
    Islam": a state's strike whose other side is a state the sentence names
    only by a place, while its clause names an armed group after the
    trigger, hit that group; the state of the ground is no side unless its
    own forces or sites were hit (guide, frequent cases: a state strikes a
    group in another country)."""
    if draft.kind != "ArmedClash" or draft.fact.modality != "asserted":
        return
    sides = _sides_as_represented(draft)
    named = {u.entity for u in ctx.units if u.kind == "State"}
    ground = [side for side in sides if STATE in side and side not in named]
    if len(sides) != 2 or len(ground) != 1 or not all(STATE in side for side in sides) or _hits_forces(ctx, draft):
        return
    at = draft.position - ctx.sentence.start
    end = _clause_end(ctx, ctx.segment_at(at))
    group = next((u.entity for u in ctx.units if at < u.start < end and u.kind == "ArmedGroup"), None)
    if group is not None:
        draft.fact.roles["participant"] = tuple(dict.fromkeys(
            group if side == ground[0] else side for side in draft.fact.roles.get("participant", ())))


def _group_for_ground_struck(ctx: SentenceContext, draft: Draft, enemies: dict[str, set[str]]) -> None:
    """"Israel struck targets in southern Lebanon", "Israel menggempur
    sasaran di Lebanon selatan" in an article whose other fights set Israel
    against one armed group (Hezbollah) and never against Lebanon: the
    state whose ground is named (after a locative, or with a compass word)
    is where the strike fell, and the group the state fights is the side it
    hit. `enemies` comes from the article's other fights."""
    if draft.kind != "ArmedClash" or draft.fact.modality != "asserted":
        return
    sides = _sides_as_represented(draft)
    if len(sides) != 2 or not all(STATE in side for side in sides):
        return
    for striker, ground in (tuple(sides), tuple(reversed(tuple(sides)))):
        foes = enemies.get(striker, set())
        groups = {foe for foe in foes
                  if STATE not in foe and PERSON not in foe and _kinds().get(foe, "ArmedGroup") == "ArmedGroup"}
        if ground not in foes and len(groups) == 1 and _named_as_ground(ctx, draft, ground):
            group = next(iter(groups))
            draft.fact.roles["participant"] = tuple(dict.fromkeys(
                group if side == ground else side for side in draft.fact.roles.get("participant", ())))
            return


def _named_as_ground(ctx: SentenceContext, draft: Draft, state: str) -> bool:
    """After the trigger the sentence names `state` as ground only: after a
    locative ("in Lebanon", "di Lebanon"), with compass words alone between,
    or glued to a compass word ("southern Lebanon", "Lebanon selatan";
    words roles.region_words)."""
    at = draft.position - ctx.sentence.start
    compass = ctx.words.get("roles.region_words")
    for unit in (u for u in ctx.units if u.entity == state and u.kind == "State" and u.start > at):
        before = ctx.text[at:unit.start].rstrip()
        after = ctx.text[unit.end:].lstrip()
        glued_before = any(m.end() == len(before) for m in find_all(compass, before))
        glued_after = any(m.start() == 0 for m in find_all(compass, after))
        head = before
        while (tail := next((m for m in find_all(compass, head) if m.end() == len(head)), None)) is not None:
            head = head[:tail.start()].rstrip()
        located = any(m.end() == len(head) for m in find_all(ctx.words.get("roles.locative"), head))
        if located or glued_before or glued_after:
            return True
    return False


def _add_side(draft: Draft, other: str | None) -> None:
    if other is not None:
        draft.fact.roles["participant"] = (*draft.fact.roles.get("participant", ()), other)


def _enemies(drafts: list[Draft]) -> dict[str, set[str]]:
    """Whom each actor fights in the asserted fights of the article that
    name two sides or more, as first read."""
    enemies: dict[str, set[str]] = {}
    for draft in drafts:
        if draft.kind not in FIGHTING or draft.fact.modality != "asserted":
            continue
        sides = _sides_as_represented(draft)
        for side in sides if len(sides) > 1 else ():
            enemies.setdefault(side, set()).update(sides - {side})
    return enemies


def _sole_enemy(enemies: dict[str, set[str]], side: str, excluded: set[str], groups_named: bool) -> str | None:
    """The one actor the article's other fights set the state `side` against
    (`excluded` aside): a fight told from one side in an article about two
    foes ("Indian and Chinese troops clashed ... India said its soldiers were
    attacked again on Friday") is fought by both. A foe that is a state
    counts only in an article that names no armed group: where one is named,
    a state paired with another state is as likely a bystander whose ground
    or people were hit."""
    found = enemies.get(side, set()) - excluded
    foe = next(iter(found)) if len(found) == 1 else None
    return foe if foe is not None and (not groups_named or STATE not in foe) else None


def _neighbours(ctx: SentenceContext) -> set[str]:
    """States the sentence names as no side ("near the border with Niger")."""
    return {u.entity for s in ctx.segments for u in roles.non_sides(ctx, s)}


def _war_of_one_group(draft: Draft) -> bool:
    """An asserted war whose only side is one armed group: an insurgency or
    uprising is fought against a state, the one in focus."""
    if draft.kind != "War" or draft.fact.modality != "asserted":
        return False
    sides = _sides_as_represented(draft)
    return len(sides) == 1 and _kinds().get(next(iter(sides))) == "ArmedGroup"


def _clash_sides(draft: Draft) -> set[str]:
    """The sides of an asserted clash, persons as whom they represent; none for other drafts."""
    if draft.kind != "ArmedClash" or draft.fact.modality != "asserted":
        return set()
    return _sides_as_represented(draft)


def _sides_as_represented(draft: Draft) -> set[str]:
    """The sides of a draft, persons as whom they represent."""
    return {draft.represents.get(i, i) for i in draft.sides()}


def _lone_group(draft: Draft, ctx: SentenceContext) -> str | None:
    """The one armed group an asserted clash names as its only side."""
    actors = _clash_sides(draft)
    if len(actors) != 1:
        return None
    actor = next(iter(actors))
    kinds = {u.kind for u in ctx.units if u.entity == actor}
    return actor if kinds == {"ArmedGroup"} else None


def _group_targeted(ctx: SentenceContext, draft: Draft, excluded: set[str]) -> str | None:
    """"Israel struck Hamas leaders in Doha", "Iran struck what it called
    bases of the militant group X inside Pakistan": a state's strike naming
    no one else hits the armed group its clause names after the trigger."""
    side = _lone_state(draft)
    if side is None:
        return None
    at = draft.position - ctx.sentence.start
    end = _clause_end(ctx, ctx.segment_at(at))
    after = [u for u in ctx.units if at < u.start < end and u.kind == "ArmedGroup" and u.entity not in excluded]
    return after[0].entity if after else None


def _clause_end(ctx: SentenceContext, segment: Segment) -> int:
    """Where the clause of `segment` ends: a clause right after it that opens
    with a source ("... di Kabul yang menurut Pentagon menargetkan anggota
    kelompok itu", "which, according to officials, targeted ..."; words
    roles.source_hedges) goes on telling the same act."""
    later = [s for s in ctx.segments if s.start >= segment.end]
    if later:
        opening = ctx.text[later[0].start:later[0].end].lstrip(" ,")
        if any(m.start() == 0 for m in find_all(ctx.words.get("roles.source_hedges"), opening)):
            return later[0].end
    return segment.end


def _strike(draft: Draft) -> bool:
    """The clash is told with a noun ("air strikes on X") or a verb of striking
    whose places stand for states ("shelled X"), not a verb of fighting alone
    ("fought in X") nor of dying."""
    return draft.rule.noun or draft.rule.places_stand_for_states


def _taken_from(draft: Draft) -> bool:
    """The clash is told by a rule whose other side is the one ground or fire
    is taken from ("seized X from Y", "came under fire from Y"; rule
    source_side): with no Y named, the state of the place it happened in is
    that side ("South Sudanese troops seized the oil town of X" in Sudan)."""
    return draft.rule.source_side


def _names_a_group(ctx: SentenceContext) -> bool:
    """The sentence names an armed group, or a person of one ("Hassan
    Nasrallah")."""
    kinds = _kinds()
    return any(u.kind == "ArmedGroup" or kinds.get(u.represents or "") == "ArmedGroup" for u in ctx.units)


def _state_struck(draft: Draft, excluded: set[str]) -> str | None:
    """The state of the known place a lone state's strike is located at, when
    it is another state (`excluded` aside)."""
    side = _lone_state(draft)
    states = _states_of_places()
    found = [states[p] for p in draft.fact.roles.get("location", ()) if p in states]
    return next((s for s in found if s != side and s not in excluded), None)


def _lone_state(draft: Draft) -> str | None:
    """The one state an asserted clash names as its only side."""
    actors = _clash_sides(draft)
    return next(iter(actors)) if len(actors) == 1 and STATE in next(iter(actors)) else None


def _groups_only(draft: Draft) -> bool:
    """An asserted clash whose sides are all armed groups (or persons of them)."""
    kinds = _kinds()
    actors = _clash_sides(draft)
    return bool(actors) and all(kinds.get(a, "ArmedGroup") == "ArmedGroup" and STATE not in a and PERSON not in a
                                for a in actors)


def _by_state_arms(ctx: SentenceContext, draft: Draft) -> bool:
    """The fight is told as dealt with arms only states wield, right at its
    trigger (words roles.state_arms: "an air strike", "serangan militer")."""
    at = draft.position - ctx.sentence.start
    return any(word_count(ctx.text[min(at, m.start()):max(at, m.start())]) <= ARMS_REACH
               for m in find_all(ctx.words.get("roles.state_arms"), ctx.text))


def _hits_forces(ctx: SentenceContext, draft: Draft) -> bool:
    """After the trigger the sentence names forces or military sites
    (words roles.forces_hit) with no actor owning them right beside."""
    at = draft.position - ctx.sentence.start
    for match in find_all(ctx.words.get("roles.forces_hit"), ctx.text[at:]):
        start, end = at + match.start(), at + match.end()
        owned = any(u.end <= start and word_count(ctx.text[u.end:start]) == 0  # "Chadian soldiers"
                    or u.start >= end and word_count(ctx.text[end:u.start]) <= OWNER_REACH for u in ctx.units)
        if not owned:
            return True
    return False


def _state_of_places(ctx: SentenceContext, draft: Draft) -> str | None:
    """The state of the first known place the clash is located at or its sentence names."""
    states = _states_of_places()
    located = [states[p] for p in draft.fact.roles.get("location", ()) if p in states]
    named = [states[p.entity] for p in ctx.places if p.entity in states]
    return next(iter(located + named), None)


def _state_in_focus(drafts: list[Draft], draft: Draft, named: list[Counter[str]], excluded: set[str]) -> str | None:
    """The state fighting in the fight told last before `draft`, in its
    sentence or the FOCUS_SENTENCES before, else the state the article has
    named most so far; `excluded` aside."""
    for earlier in reversed(drafts):
        if earlier.position >= draft.position or earlier.sentence < draft.sentence - FOCUS_SENTENCES:
            continue
        if earlier.kind in FIGHTING and earlier.fact.modality == "asserted":
            states = [a for a in _sides_as_represented(earlier) if STATE in a and a not in excluded]
            if states:
                return states[0]
    return _most_named_state(named, draft.sentence, excluded)


def _most_named_state(named: list[Counter[str]], sentence: int, excluded: set[str]) -> str | None:
    """The state the article has named most up to `sentence`, `excluded` aside (None on a tie)."""
    counts = named[sentence] if sentence < len(named) else Counter()
    top = [(actor, n) for actor, n in counts.most_common() if STATE in actor and actor not in excluded][:2]
    if not top or (len(top) == 2 and top[0][1] == top[1][1]):
        return None
    return top[0][0]


@cache
def _kinds() -> dict[str, str]:
    """The kind of every actor of the reference."""
    return {e.iri: e.kind for e in reference_entities()}


@cache
def _states_of_places() -> dict[str, str]:
    """Known places and the state they lie in or stand for."""
    return {e.iri: e.located_in or e.stands_for for e in reference_entities()
            if e.kind == "Place" and (e.located_in or e.stands_for)}

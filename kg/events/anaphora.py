"""Who "they", "the two countries", "the group" and side-less mentions are.

- "The group", "aliansi tersebut" stand for the organization or armed group
  named just before in the sentence, else the one named most so far; "the
  rebels" likewise for armed groups (an actor unit is added where they stand).
- "The two countries fought ...", and reciprocal triggers ("an exchange of
  fire") naming one side: the pair that fought most often so far; "the two
  countries signed ...": the two states named last.
- "Their leaders signed ...": the sides named in the latest sentence that
  named several.
- "Finland became a member": of the organization named last.
- Talks, truces and signings naming no sides ("months of talks mediated by
  Qatar"): the sides of the latest event with two, else the two actors the
  text named most so far.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from kg.events.context import GROUP_KINDS, SentenceContext, Unit, word_count
from kg.events.drafts import FIGHTING, Draft
from kg.events.patterns import find_all
from kg.namespaces import ID

PAIRED = frozenset({"Talks", "Ceasefire", "TreatySigning"})  # events between two sides
OWNERS = GROUP_KINDS | {"State"}  # who "its fighters" may belong to
ARMED = frozenset({"ArmedGroup"})  # "the rebels" are the armed group named last, not the UN
STATE = ID + "state/"
LEADER_GAP_WORDS = 1  # "the coalition led by the United States"
LEADER_TITLE_WORDS = 2  # "the army led by General X", "militer pimpinan Jenderal X"
_OPENING_QUOTE = re.compile(r'\s*["“](.+?)[,!?]\s*["”]\s')  # a quote opening the sentence, closed before its attribution
_ATTRIBUTION_CHARS = 80  # '," Kenyan Defence Minister Aden Duale said': how far the verb of speaking may stand


def resolve_group_anaphora(contexts: list[SentenceContext]) -> None:
    """"The group", "aliansi tersebut": the organization or armed group named
    last stands there as an actor unit of its own. "The army", "government
    forces", "security forces", "tentara pemerintah", "aparat keamanan" are
    the forces of the state the text has named most before them (the country
    whose war it tells; not a backer named after them, "government troops,
    backed by US air strikes"), or of the state of the leader named right
    after them ("militer pimpinan Jenderal X"); glued to an actor ("Ugandan
    security forces", "pasukan keamanan Uganda") they are that actor's.
    Indonesian, with no article, says "the army" with a bare "tentara",
    "militer": these count only where a subject or a side stands
    (`_opens_its_clause`), not in "16.000 tentara". Perpetrators after a
    state or its forces in their clause ("security forces killed four
    gunmen", "menewaskan para penyerang") are the armed group in focus
    (`_attackers_fought_by_forces`). "The coalition",
    "coalition jets", "pasukan koalisi" are the leader of the coalition named
    last ("the Saudi-led coalition", "koalisi pimpinan Arab Saudi"). "Its
    fighters", "para pejuangnya" are those of the state or group named
    before them in the sentence, else of the first one the latest sentence
    naming any named (its subject, mostly). "They", "mereka" opening a
    sentence with no actor before them are the previous sentence's subject
    when it stood alone ("Wagner led the assault. In May they seized the
    town"). "He", "she", "ia", "dia" with no actor before them, outside a
    subordinate clause, are the person the latest sentence naming one had as
    its lone first actor ("Dagalo toured the region. On Monday he held talks
    with Abiy"); nobody when that sentence opened with another actor or with two
    persons ("A and B met. He said ..."). "We", "our", "kami" in a quote that
    opens a sentence are whom the speaker named after it stands for (see
    _speak_for_the_speaker).
    """
    named: list[Unit] = []  # group units so far, in text order
    states: list[Unit] = []  # state units so far, persons as the state they represent
    coalition_leaders: list[Unit] = []  # "the Saudi-led coalition": who leads the coalitions named so far
    subject_before: Unit | None = None  # the first state or group of the latest sentence naming one
    lone_subject: Unit | None = None  # ... when it stands alone, not "A and B"
    person_subject: Unit | None = None  # the lone first actor of the latest sentence naming a person, if a person
    for ctx in contexts:
        _speak_for_the_speaker(ctx, person_subject)
        for match in find_all(ctx.words.get("discourse.subject_pronouns"), ctx.text):
            if not any(u.end <= match.start() for u in ctx.units):  # "In May they seized the town"
                _stand_in(ctx, match.start(), match.end(), lone_subject)
        for match in find_all(ctx.words.get("discourse.person_pronouns"), ctx.text):
            if not any(u.end <= match.start() for u in ctx.units) and ctx.segment_at(match.start()).kind != "subordinate":
                _stand_in(ctx, match.start(), match.end(), person_subject)  # not "While he was abroad, gangs ..."
        here = [_as_state(u) for u in ctx.units if u.kind == "State" or (u.represents or "").startswith(STATE)]
        for key, kinds in (("discourse.group_anaphora", GROUP_KINDS), ("discourse.armed_group_anaphora", ARMED)):
            for match in find_all(ctx.words.get(key), ctx.text):
                if _names_its_group_after(ctx, match.end(), kinds) or _after_a_patron(ctx, match.start()):
                    continue  # "rebels of the FACT", "pemberontak M23"; "al-Qaeda-linked rebels"
                hosts = _relative_hosts(ctx, match.start())
                before = [u for u in ctx.units if u.end <= match.start() and u.kind in kinds and u.entity not in hosts]
                group = before[-1] if before else _most_named([u for u in named if u.kind in kinds])
                _stand_in(ctx, match.start(), match.end(), group)
        hired = [(m.start(), m.end()) for m in find_all(ctx.words.get("discourse.not_army"), ctx.text)]
        armies = find_all(ctx.words.get("discourse.army_anaphora"), ctx.text)
        bare = [m for m in find_all(ctx.words.get("discourse.bare_army_anaphora"), ctx.text)
                if _opens_its_clause(ctx, m.start()) and not any(start <= m.start() < end for start, end in hired)]
        for match in [*armies, *bare]:
            if not _owner_beside(ctx, match.start(), match.end()):  # "Malian security forces", "tentara Mali"
                so_far = states + [u for u in here if u.end <= match.start()]
                _stand_in(ctx, match.start(), match.end(), _forces_owner(ctx, match.end(), so_far))
        states += here
        _attackers_fought_by_forces(ctx, named)
        for match in find_all(ctx.words.get("discourse.own_forces_anaphora"), ctx.text):
            before = [u for u in ctx.units if u.end <= match.start() and u.kind in OWNERS]
            _stand_in(ctx, match.start(), match.end(), before[-1] if before else subject_before)
        coalition_leaders += _coalition_leaders(ctx)
        for match in find_all(ctx.words.get("discourse.coalition_anaphora"), ctx.text):
            _stand_in(ctx, match.start(), match.end(), coalition_leaders[-1] if coalition_leaders else None)
        ctx.units.sort(key=lambda u: u.start)
        named += [u for u in ctx.units if u.kind in GROUP_KINDS]
        subject_before = next((u for u in ctx.units if u.kind in OWNERS), subject_before)
        lone_subject = _lone_subject(ctx, lone_subject)
        person_subject = _person_subject(ctx, person_subject)


def _attackers_fought_by_forces(ctx: SentenceContext, named: list[Unit]) -> None:
    """"Security forces killed four gunmen", "Kenyan commandos battled the
    attackers", "Pasukan komando India menewaskan para penyerang": nouns for
    the perpetrators of an attack (words sides.attackers) after a state or
    its forces in their clause are the fighters of the armed group named
    last in the sentence, else most so far: the state's forces fought the
    group's attack, which makes the state a side of it (the guide's first
    frequent case). Without forces before them ("Gunmen killed five
    villagers") they stay no one's."""
    for match in find_all(ctx.words.get("sides.attackers"), ctx.text):
        segment = ctx.segment_at(match.start())
        forces = [u for u in ctx.units if segment.start <= u.start and u.end <= match.start() and u.kind == "State"]
        if not forces:
            continue
        before = [u for u in ctx.units if u.end <= match.start() and u.kind in ARMED]
        _stand_in(ctx, match.start(), match.end(), before[-1] if before else _most_named([u for u in named if u.kind in ARMED]))


def _speak_for_the_speaker(ctx: SentenceContext, person_before: Unit | None) -> None:
    """'"We have sent troops to the border," Kenya's defence minister said',
    '"Pasukan kami menembak jatuh dua drone," kata Presiden Ukraina X': in a
    quote opening the sentence and closed by a comma (or "!", "?") before
    its attribution, first-person plural words (discourse.quote_we) stand for
    the state or body the speaker represents, singular ones
    (discourse.quote_i) for the speaker. The speaker is the first actor of
    the attribution when a verb of speaking (discourse.quote_speech) stands
    in its first words; a pronoun or clitic speaker ('," he said',
    '," tulisnya') is the person in focus (`person_before`), who then
    stands at the pronoun too."""
    quote = _OPENING_QUOTE.match(ctx.text)
    if quote is None:
        return
    speaker = _speaker_after(ctx, quote.end(), person_before)
    if speaker is None:
        return
    if speaker is person_before:  # '," he said', '," kata dia': the pronoun speaks as the person in focus
        for match in find_all(ctx.words.get("discourse.person_pronouns"), ctx.text[quote.end():quote.end() + _ATTRIBUTION_CHARS]):
            _stand_in(ctx, quote.end() + match.start(), quote.end() + match.end(), speaker)
    body = quote.group(1)
    for match in find_all(ctx.words.get("discourse.quote_we"), body):
        _stand_in(ctx, quote.start(1) + match.start(), quote.start(1) + match.end(), _body_of(speaker))
    for match in find_all(ctx.words.get("discourse.quote_i"), body):
        _stand_in(ctx, quote.start(1) + match.start(), quote.start(1) + match.end(), speaker)
    ctx.units.sort(key=lambda u: u.start)


def _speaker_after(ctx: SentenceContext, start: int, person_before: Unit | None) -> Unit | None:
    """Who speaks in the attribution that starts at `start`: the first actor
    in it, if a verb of speaking stands within its first words; a pronoun or
    clitic of speech (discourse.quote_pronoun_speech) is `person_before`."""
    rest = ctx.text[start:]
    attribution = rest[:_ATTRIBUTION_CHARS]
    if any(not rest[:m.start()].strip() for m in find_all(ctx.words.get("discourse.quote_pronoun_speech"), attribution)):
        return person_before
    speech = next(iter(find_all(ctx.words.get("discourse.quote_speech"), attribution)), None)
    if speech is None:
        return None
    clause_end = start + (re.search(r"[,;.]", rest) or re.search(r"$", rest)).start()
    actors = [u for u in ctx.units if start <= u.start and u.end <= clause_end and (u.kind in OWNERS or u.kind == "Person")]
    return actors[0] if actors else None


def _body_of(speaker: Unit) -> Unit:
    """Whom a speaker's "we" stands for: the state a person represents, else
    the speaker."""
    return _as_state(speaker) if speaker.kind == "Person" and (speaker.represents or "").startswith(STATE) else speaker


def _owner_beside(ctx: SentenceContext, start: int, end: int) -> bool:
    """An actor glued to the forces noun at start..end says whose forces
    they are ("Malian security forces", "Kenya's security forces", "tentara
    Mali"): only spaces, or a possessive marker, stand between them."""
    markers = tuple(ctx.words.get("discourse.possessive_markers"))
    for unit in ctx.units:
        before = ctx.text[unit.end:start].strip() if unit.end <= start else None
        if before is not None and (not before or before in markers):
            return True
        if unit.start >= end and not ctx.text[end:unit.start].strip():
            return True
    return False


def _forces_owner(ctx: SentenceContext, end: int, states: list[Unit]) -> Unit | None:
    """Whose forces a generic noun ending at `end` names: the state of the
    person leading them, named right after it ("militer pimpinan Jenderal
    X", "the army led by General X"; words roles.leader, a title between),
    else the state named most so far (`states`); none when two are named
    equally often ("Thailand accused Cambodia. The army shelled ...")."""
    rest = ctx.text[end:]
    cue = next((m for m in find_all(ctx.words.get("roles.leader"), rest) if not rest[:m.start()].strip()), None)
    leader = next((u for u in ctx.units if u.start >= end + cue.end()), None) if cue else None
    if leader is not None and leader.kind == "Person" and (leader.represents or "").startswith(STATE) \
            and word_count(ctx.text[end + cue.end():leader.start]) <= LEADER_TITLE_WORDS:
        return _as_state(leader)
    counts = Counter(u.entity for u in states).most_common(2)
    return None if len(counts) == 2 and counts[0][1] == counts[1][1] else _most_named(states)


def _opens_its_clause(ctx: SentenceContext, start: int) -> bool:
    """A bare noun at `start` stands where a subject or a side stands: first
    in its clause, after a comma, or right after a word that opens a clause
    or a side (discourse.bare_army_leads: "antara", "dengan", "melawan";
    clauses.subordinators: "ketika"). "Bulan lalu, tentara merebut ...",
    "pertempuran antara tentara dan X" are the army; "16.000 tentara",
    "mengirim polisi dan tentara" count or send soldiers of no one named."""
    before = ctx.text[ctx.segment_at(start).start:start].rstrip()
    if not before or before.endswith(","):
        return True
    leads = ctx.words.get("discourse.bare_army_leads") + ctx.words.get("clauses.subordinators")
    return any(m.end() == len(before) for m in find_all(leads, before))


def _names_its_group_after(ctx: SentenceContext, end: int, kinds: frozenset[str]) -> bool:
    """"rebels of the FACT", "pemberontak M23": the group is named right after
    the noun (nothing or words discourse.group_links between), which then
    stands for no other."""
    gap_words = {w.lower() for w in ctx.words.get("discourse.group_links")}
    following = next((u for u in sorted(ctx.units, key=lambda u: u.start) if u.start >= end), None)
    if following is None or following.kind not in kinds:
        return False
    gap = " ".join(ctx.text[end:following.start].split()).lower()
    return not gap or gap in gap_words


def _after_a_patron(ctx: SentenceContext, start: int) -> bool:
    """"al-Qaeda-linked rebels", "Iran-aligned militias": the noun right after
    a patron's suffix (words roles.affiliation_suffix) names fighters the
    article leaves unnamed; the patron is no side (kg.events.roles), and the
    noun stands for no group named before."""
    before = ctx.text[:start].rstrip()
    return any(m.end() == len(before) for m in find_all(ctx.words.get("roles.affiliation_suffix"), before))


def _relative_hosts(ctx: SentenceContext, position: int) -> set[str]:
    """The actors a relative clause holding `position` is about: "the Islamic
    State, to which the group pledged allegiance", "Negara Islam (ISIS), yang
    dibaiat kelompok itu": "the group" inside is not the actor the clause
    describes (words clauses.relative)."""
    hosts: set[str] = set()
    for unit in ctx.units:
        gap = ctx.text[unit.end:position].lstrip(")")
        if unit.end > position or not gap.startswith(",") or "," in gap[1:]:
            continue
        if find_all(ctx.words.get("clauses.relative"), gap):
            hosts.add(unit.entity)
    return hosts


def _lone_subject(ctx: SentenceContext, before: Unit | None) -> Unit | None:
    """The first state or group of the sentence when no other actor is listed
    with it ("Wagner spearheaded the assault", not "A and B signed"); the one
    before when the sentence names none."""
    actors = [u for u in ctx.units if u.kind in OWNERS or u.kind == "Person"]
    first = next((u for u in actors if u.kind in OWNERS), None)
    if first is None:
        return before
    later = [u for u in actors if u.start > first.end]
    listed = bool(later) and ctx.filler(first.end, later[0].start)
    return None if listed else first


def _person_subject(ctx: SentenceContext, before: Unit | None) -> Unit | None:
    """The person a later "he", "ia" stands for: the sentence's first actor
    when that is a person not listed with another; the one before when the
    sentence names no person; else none, for a pronoun could then be either
    of two ("Abiy met Ruto" is Abiy's, "Abiy and Ruto met", "Kenya said Ruto
    ..." nobody's). A state glued to a possessive or right before a person
    only qualifies that person ("Sudan's paramilitary leader Dagalo",
    "Pemimpin paramiliter Sudan Dagalo")."""
    actors = [u for u in ctx.units if (u.kind in OWNERS or u.kind == "Person") and not _qualifies_next(ctx, u)]
    if not any(u.kind == "Person" for u in actors):
        return before
    first, later = actors[0], actors[1:]
    listed = bool(later) and ctx.filler(first.end, later[0].start)
    return first if first.kind == "Person" and not listed else None


def _qualifies_next(ctx: SentenceContext, unit: Unit) -> bool:
    """`unit` is glued to a possessive marker ("Sudan's", words
    discourse.possessive_markers) or is a state right before a person
    ("paramiliter Sudan Mohamed Hamdan Dagalo")."""
    if ctx.text[unit.end:].startswith(tuple(ctx.words.get("discourse.possessive_markers")) or ("\0",)):
        return True
    following = next((u for u in ctx.units if u.start >= unit.end), None)
    return unit.kind == "State" and following is not None and following.kind == "Person" \
        and not ctx.text[unit.end:following.start].strip()


def _coalition_leaders(ctx: SentenceContext) -> list[Unit]:
    """Leaders of coalitions named in the sentence, in text order: the actor
    glued before "-led coalition", or right after "coalition led by",
    "koalisi pimpinan"; the latter also stands for the coalition itself,
    where the leader, named as such, is no side."""
    found: list[tuple[int, Unit]] = []
    for match in find_all(ctx.words.get("discourse.coalition_leader_before"), ctx.text):
        found += [(match.start(), u) for u in ctx.units if u.end == match.start() and u.kind != "Person"]
    for match in find_all(ctx.words.get("discourse.coalition_leader_after"), ctx.text):
        after = [u for u in ctx.units if u.start >= match.end() and u.kind != "Person"][:1]
        if after and word_count(ctx.text[match.end():after[0].start]) <= LEADER_GAP_WORDS:
            found.append((match.start(), after[0]))
            _stand_in(ctx, match.start(), match.end(), after[0])
    return [unit for _, unit in sorted(found, key=lambda pair: pair[0])]


def _as_state(unit: Unit) -> Unit:
    return unit if unit.kind == "State" else Unit(unit.start, unit.end, unit.represents or unit.entity, "State")


def _stand_in(ctx: SentenceContext, start: int, end: int, actor: Unit | None) -> None:
    """`actor` stands at start..end as a unit of its own, unless a unit is there already."""
    taken = any(u.start < end and start < u.end for u in ctx.units)
    if actor is not None and not taken:
        ctx.units.append(Unit(start, end, actor.entity, actor.kind, actor.represents))


def _most_named(units: list[Unit]) -> Unit | None:
    """The group named most often so far (the latest of them on a tie)."""
    counts = Counter(u.entity for u in units)
    best = max(counts.values(), default=0)
    return next((u for u in reversed(units) if counts[u.entity] == best), None)


def focus_pair(drafts: list[Draft], position: int) -> tuple[str, ...]:
    """"The two countries": the pair that fought most often before `position`
    (the latest such pair on a tie), else the two sides named most often in
    fights so far, else the latest pair of any event ("after the talks, the
    neighbours ..."). A person counts as whom they represent: a leader and
    his state are one side."""
    fights = [_side_actors(d) for d in drafts if d.position < position and d.kind in FIGHTING]
    pairs = Counter(actors for actors in fights if len(actors) == 2)
    if pairs:
        best = max(pairs.values())
        latest = next(p for p in reversed(fights) if pairs.get(p) == best)
        return tuple(sorted(latest))
    sides = Counter(side for actors in fights for side in sorted(actors))  # sorted: ties go the same way every run
    top = [side for side, _ in sides.most_common(2)]
    if len(top) == 2:
        return tuple(sorted(top))
    other = next((actors for d in reversed(drafts) if d.position < position
                  and len(actors := _side_actors(d)) == 2), None)
    return tuple(sorted(other)) if other else ()


def _side_actors(draft: Draft) -> frozenset[str]:
    return frozenset(draft.represents.get(iri, iri) for iri in draft.sides())


def recent_states(contexts: list[SentenceContext], position: int, count: int = 2) -> tuple[str, ...]:
    """The last `count` distinct states named before `position` (document
    offset), persons counted as the state they represent: "Mogadishu turned
    to Egypt. The two countries signed a pact" is Somalia and Egypt."""
    found: list[str] = []
    for ctx in reversed(contexts):
        if ctx.sentence.start >= position:
            continue
        for unit in reversed(ctx.units):
            state = unit.represents if unit.kind == "Person" else unit.entity
            modifier = ctx.text[unit.end:].startswith(ctx.words.get("discourse.possessive_markers") or ("\0",))
            if modifier:  # "Ethiopia's rival, Egypt": Ethiopia only qualifies the rival
                continue
            if ctx.sentence.start + unit.end <= position and state and (unit.kind == "State" or _is_state(state)):
                if state not in found:
                    found.append(state)
                if len(found) == count:
                    return tuple(sorted(found))
    return ()


def _is_state(iri: str) -> bool:
    return "/state/" in iri


def resolve_pairs(drafts: list[Draft], contexts: list[SentenceContext] = ()) -> None:
    """"The two countries", and reciprocal triggers ("an exchange of fire")
    naming fewer than two sides: the pair in focus; when the anaphor is the
    subject of talks with no such pair, or of a signing (first), the two
    states named last. The pair must hold the side named (persons counted as
    whom they represent)."""
    for draft in drafts:
        if (draft.anaphoric or draft.rule.reciprocal) and draft.distinct_actors() < 2:
            paired = draft.kind in ("TreatySigning", "Talks") and draft.anaphor_subject
            recent = recent_states(contexts, draft.position) if paired else ()
            pair = (recent or focus_pair(drafts, draft.position)) if draft.kind == "TreatySigning" else (
                focus_pair(drafts, draft.position) or recent)
            if not pair and draft.kind in FIGHTING and draft.anaphor_subject:
                pair = most_named_states(contexts, draft.sentence)  # "the neighbours fought two wars"
            named = {draft.represents.get(i, i) for i in draft.sides()}
            if pair and named <= set(pair):
                draft.fact.roles["participant"] = pair


def third_party_with_the_pair(drafts: list[Draft], contexts: list[SentenceContext]) -> list[Draft]:
    """"Putin spoke by phone with the leaders of both countries", "Lavrov
    bertemu menteri luar negeri kedua negara": talks or calls of one side
    with the pair anaphor after the trigger are with the pair in focus (see
    focus_pair) when that side is not one of them: talks are one meeting of
    all three, calls one call with each. A host welcoming both ("menyambut
    kedua menteri") holds no talks with them (frames other than
    participants), and talks "between both countries" are theirs alone."""
    by_sentence = {ctx.sentence.index: ctx for ctx in contexts}
    found: list[Draft] = []
    for draft in drafts:
        own = {draft.represents.get(i, i) for i in draft.sides()}
        ctx = by_sentence.get(draft.sentence)
        pair = focus_pair(drafts, draft.position) if draft.anaphoric and not draft.anaphor_subject \
            and draft.kind in ("Talks", "PhoneCall") and draft.rule.frame == "participants" and len(own) == 1 \
            and ctx is not None and not _pair_between(ctx) else ()
        if len(pair) != 2 or own & set(pair):
            found.append(draft)
            continue
        parties = draft.fact.roles.get("participant", ())
        groups = [pair] if draft.kind == "Talks" else [(member,) for member in pair]
        found += [replace(draft, fact=replace(draft.fact, roles={**draft.fact.roles, "participant": (*parties, *group)}),
                          represents=dict(draft.represents)) for group in groups]
    return found


def _pair_between(ctx: SentenceContext) -> bool:
    """The sentence names the pair right after "between", "antara" (words roles.between)."""
    return any(not ctx.text[cue.end():m.start()].strip()
               for cue in find_all(ctx.words.get("roles.between"), ctx.text)
               for m in find_all(ctx.words.get("roles.plural_anaphora"), ctx.text) if m.start() >= cue.end())


def most_named_states(contexts: list[SentenceContext], sentence: int) -> tuple[str, ...]:
    """The two states the text has named most up to `sentence` (persons as
    whom they represent), when two stand out from the rest."""
    counts = named_so_far(contexts)
    states = Counter({a: n for a, n in counts[sentence].items() if _is_state(a)}) if sentence < len(counts) else Counter()
    top = states.most_common(3)
    if len(top) < 2 or (len(top) == 3 and top[2][1] == top[1][1]):
        return ()
    return tuple(sorted(actor for actor, _ in top[:2]))


def plural_pronouns(drafts: list[Draft]) -> None:
    """"Their leaders signed a treaty": an event whose sides are a plural
    pronoun takes the sides named in the latest sentence that named several
    (members leaving a bloc count, the bloc does not)."""
    for index, draft in enumerate(drafts):
        if not draft.plural_pronoun or draft.sides():
            continue
        earlier = [d for d in drafts[:index] if d.sentence < draft.sentence and d.sides()]
        if not earlier:
            continue
        sentence = earlier[-1].sentence
        group = {i for d in earlier if d.sentence == sentence
                 for i in d.sides() - set(d.fact.roles.get("organization", ()))}
        if len(group) >= 2:
            role = "agent" if draft.rule.frame == "agent" else "participant"
            draft.fact.roles[role] = tuple(sorted(group))


def organization_in_focus(drafts: list[Draft]) -> None:
    """"Finland became a member in April 2023": of the organization named last."""
    for index, draft in enumerate(drafts):
        if draft.rule.frame == "membership_change" and not draft.fact.roles.get("organization"):
            named = next((d.fact.roles["organization"] for d in reversed(drafts[:index])
                          if d.fact.roles.get("organization")), None)
            if named:
                draft.fact.roles["organization"] = named


def pairs_in_focus(drafts: list[Draft], named: list[Counter[str]]) -> None:
    """"Months of talks mediated by Qatar", "the agreement was signed in
    Pretoria", "the first phase of the ceasefire": talks, truces and signings
    that name no sides are between the sides of the latest event with two,
    else between the two actors the text has named most so far."""
    for index, draft in enumerate(drafts):
        if draft.kind not in PAIRED or draft.sides():
            continue
        mediators = set(draft.fact.roles.get("mediator", ()))
        pair = next((d.sides() - mediators for d in reversed(drafts[:index]) if len(d.sides() - mediators) >= 2), None)
        if pair is None and draft.sentence < len(named):
            top = [actor for actor, _ in (named[draft.sentence] - Counter({m: 10**6 for m in mediators})).most_common(2)]
            pair = set(top) if len(top) == 2 else None
        if pair:
            draft.fact.roles["participant"] = tuple(sorted(pair))


def named_so_far(contexts: list[SentenceContext]) -> list[Counter[str]]:
    """For each sentence index: how often each actor (persons as whom they
    represent) was named up to and including that sentence."""
    counts: Counter[str] = Counter()
    by_sentence: list[Counter[str]] = []
    for ctx in contexts:
        counts.update(unit.represents or unit.entity for unit in ctx.units)
        while len(by_sentence) <= ctx.sentence.index:
            by_sentence.append(Counter(counts))
    return by_sentence

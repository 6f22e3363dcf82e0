"""Who fills which role around a trigger, by general rules over actor units.

- subject: the actors before the trigger in its clause ("Armenia and
  Azerbaijan clashed"); if none, the leading actors of the main clause
  ("During talks in Brussels, A and B agreed ...", "X asked ... after its
  troops clashed ...");
- objects: the list after "with/dengan/between/antara" ("talks with A, B and C");
- possessor (noun triggers): the actor glued to the trigger ("Russian
  peacekeepers", "penjaga perdamaian Rusia");
- mediators ("mediated by X", "X-brokered") and leaders ("led by X", "X-led")
  never count as sides.
"""
from __future__ import annotations

import re

from kg.events.context import GROUP_KINDS, Segment, SentenceContext, Unit, gap_is_filler, word_count
from kg.events.cues import PRONOUN_REACH, opens_hypothetical
from kg.events.patterns import compile_patterns, find_all

OBJECT_LEAD_WORDS = 2  # "intercepted a Philippine Navy boat", "menghadang perahu Angkatan Laut Filipina"
INSTALLATION_LEAD_WORDS = 3  # "watchtower of the HQ of UNIFIL", "menara pengawas di markas besar UNIFIL"
SUBJECT_REACH = 4  # a main clause's subject stands at its start ("..., the two presidents agreed")
ANTECEDENT_TAIL_WORDS = 2  # words between an actor and the comma of its relative clause: "the M23 rebel group, which"
ANTECEDENT_HEAD_CHARS = 40  # the noun phrase a relative clause hangs on ends in this many characters before its comma
NOUN_OWNER_REACH = 2  # words between a possessive and the noun trigger it owns: "its first air strikes"
SUPPORT_VERB_REACH = 4  # words between a support verb and its noun: "carried out air and missile strikes"
MEMBER_LINK_WORDS = 2  # linking words between an actor and a member cue: "A and B are both members of"
LED_GROUP_GAP = 2  # words from a leader to the group it leads, its suffix included: "the Moscow-led military bloc CSTO" is too far
BACKER_LEAD_WORDS = 3  # words between a cue of backing and the backer's arms: "backed by clan militias and US air strikes"
PARENTHESIS_TAIL_WORDS = 2  # words between an aside's closing comma and the verb it held apart from its subject: "had", "berhasil"
LIST_HEAD_WORDS = 6  # words a list opener may follow: "the foreign ministers of four countries, namely"
UNNAMED_SUBJECT_REACH = 3  # words between fighters left unnamed and their verb: "militants had finally seized", "militan berhasil merebut"


def list_from(ctx: SentenceContext, position: int, limit: int, lead_words: int = 0) -> list[Unit]:
    """The actors listed from `position` on: "A, B dan C" (only fillers between;
    up to `lead_words` words of any kind before the first, or a short head
    and a list opener: "attended by, among others, A, B and C", "leaders of
    four countries, namely A, B, C and D"). Items after the last conjunction
    joined by bare commas are dropped, so that "Clash with A, B asks for
    help" is no list but "A, B and C" is. A list its conjunction has closed
    ends at the next bare comma (`_closed_by_a_comma`)."""
    found: list[Unit] = []
    last_joined = 1
    nested = False
    cursor = position
    conjunction = compile_patterns(ctx.words.get("roles.conjunctions"))
    for unit in ctx.units:
        if unit.start < cursor or unit.end > limit:
            continue
        gap = ctx.text[cursor:unit.start]
        lead = not found and (word_count(gap) <= lead_words and "," not in gap or opens_a_list(ctx, gap))
        if not lead and not ctx.filler(cursor, unit.start):
            break
        joined = bool(conjunction and conjunction.search(gap))
        if _closed_by_a_comma(found, last_joined, gap, joined) and not nested:
            break
        found.append(unit)
        if len(found) > 1 and joined:
            last_joined = len(found)
            nested = _heads_a_nested_list(ctx, gap)
        cursor = unit.end
    return found[:last_joined]


def _heads_a_nested_list(ctx: SentenceContext, gap: str) -> bool:
    """"A and the leaders of B, C and D", "A dan para pemimpin B, C dan D": a
    conjunction, then a head naming the members of several sides (words
    roles.nested_heads) right before the next actor: a list of its own
    begins there, which the next bare comma does not close."""
    conjunction = find_all(ctx.words.get("roles.conjunctions"), gap)
    if not conjunction:
        return False
    rest = gap[conjunction[-1].end():]
    return any(not rest[m.end():].strip() and not rest[:m.start()].strip()
               for m in find_all(ctx.words.get("roles.nested_heads"), rest))


VENUE_DATE_WORDS = 2  # words between a state in apposition to a place and the date after it: "Ghana, on Monday"


def venue_states(ctx: SentenceContext) -> tuple[set[str], set[str]]:
    """States the sentence names only as where something takes place, as
    (surely so, after a bare locative). Surely: right after a place and a
    comma ("in Accra, Ghana", "di Accra, Ghana", punctuation or a date
    after it), after a phrase of a capital or town (words talks.venue_before:
    "in the capital of", "di ibu kota"), or after a locative with a head noun
    of a town right after it ("in the Ghanaian capital"). After a bare
    locative ("talks in Ghana", "di Ghana"; words
    talks.venue_locatives) the state may also be a side met there ("met
    officials in Ukraine"). A state the sentence also names otherwise is
    neither."""
    sure: set[str] = set()
    bare: set[str] = set()
    acting: set[str] = set()
    for unit in ctx.units:
        kind = _venue_kind(ctx, unit) if unit.kind == "State" else None
        (sure if kind == "sure" else bare if kind == "bare" else acting).add(unit.entity)
    return sure - acting, bare - acting - sure


def _venue_kind(ctx: SentenceContext, unit: Unit) -> str | None:
    """"sure", "bare" or None: how the state `unit` is named as a venue (see venue_states)."""
    before = ctx.text[:unit.start].rstrip()
    if _in_apposition_to_a_place(ctx, unit):
        return "sure"
    if any(m.end() == len(before) for m in find_all(ctx.words.get("talks.venue_before"), before)):
        return "sure"
    if not any(m.end() == len(before) for m in find_all(ctx.words.get("talks.venue_locatives"), before)):
        return None
    after = ctx.text[unit.end:]
    headed = any(not after[:m.start()].strip() for m in find_all(ctx.words.get("talks.venue_heads"), after[:30]))
    return "sure" if headed else "bare"


def _in_apposition_to_a_place(ctx: SentenceContext, unit: Unit) -> bool:
    """"Accra, Ghana, on Monday", "Accra, Ghana, Senin": a place, a
    comma and the state, then punctuation, the end, or a date within a couple
    of words."""
    if not any(ctx.text[place.end:unit.start].strip() == "," for place in ctx.places if place.end <= unit.start):
        return False
    after = ctx.text[unit.end:]
    if not after.strip() or after.lstrip()[0] in ",.;:)":
        return True
    return any(d.start >= unit.end and word_count(ctx.text[unit.end:d.start]) <= VENUE_DATE_WORDS for d in ctx.dates)


def _closed_by_a_comma(found: list[Unit], last_joined: int, gap: str, joined: bool) -> bool:
    """"Brokered by Ghana and Nigeria, Togo and Benin agreed to a truce",
    "Ditengahi Ghana dan Nigeria, Togo dan Benin menyepakati ...": once
    a conjunction has joined the last item ("A and B"), a comma with no
    conjunction of its own ends the list; the actors after it begin a new
    one (the subject after a fronted phrase). "A, B and C" and "A, B, and C"
    run on as before."""
    return len(found) > 1 and last_joined == len(found) and not joined and "," in gap


def opens_a_list(ctx: SentenceContext, gap: str) -> bool:
    """`gap` ends with a list opener (words roles.list_openers: "namely",
    "including", "among others", "yakni", "antara lain", "termasuk") after a
    head of at most LIST_HEAD_WORDS words ("leaders of several countries,"):
    the actors after the opener are those the head names, each of them."""
    for match in find_all(ctx.words.get("roles.list_openers"), gap):
        head, rest = gap[:match.start()], gap[match.end():]
        if word_count(head) <= LIST_HEAD_WORDS and not re.search(r"[;:]", head) \
                and gap_is_filler(rest.lstrip(" ,:"), ctx.words, title_case=ctx.title_case):
            return True
    return False


def cued_lists(ctx: SentenceContext, key: str, start: int, end: int) -> list[Unit]:
    units: list[Unit] = []
    for match in find_all(ctx.words.get(key), ctx.text[start:end]):
        units += list_from(ctx, start + match.end(), end)
    return units


def _suffixed(ctx: SentenceContext, key: str, start: int, end: int) -> list[Unit]:
    """Actors glued to a suffix cue: "Russia-brokered", "Moscow-led"."""
    ends = {start + m.start() for m in find_all(ctx.words.get(key), ctx.text[start:end])}
    return [u for u in ctx.units if u.end in ends]


def mediators(ctx: SentenceContext, segment: Segment) -> list[Unit]:
    return cued_lists(ctx, "roles.mediator", segment.start, segment.end) + _suffixed(
        ctx, "roles.mediator_suffix", segment.start, segment.end
    ) + guarantors(ctx, segment) + _framed(ctx, segment) + _mediating_relatives(ctx) + _owners_of_mediation(ctx, segment)


def _owners_of_mediation(ctx: SentenceContext, segment: Segment) -> list[Unit]:
    """"with UN mediation", "under Russian mediation", "after months of
    Algerian-led mediation", "mediasi Aljazair": the actor glued to a noun of
    mediation (words roles.mediation_nouns; a leader suffix such as "-led"
    may stand between) mediates; read as the owner of a bare noun, it became
    a side of the truce or signing the mediation brought."""
    suffix = compile_patterns(ctx.words.get("roles.leader_suffix"))
    found: list[Unit] = []
    for match in find_all(ctx.words.get("roles.mediation_nouns"), ctx.text[segment.start:segment.end]):
        start, end = segment.start + match.start(), segment.start + match.end()
        for unit in ctx.units:
            before = ctx.text[unit.end:start]
            before = suffix.sub("", before) if suffix else before
            if unit.end <= start and not before.strip() or unit.start >= end and not ctx.text[end:unit.start].strip():
                found.append(unit)
    return found


def _mediating_relatives(ctx: SentenceContext) -> list[Unit]:
    """"Qatar, which mediates between Israel and Hamas, said the talks ...",
    "Qatar, yang menjadi penengah antara ...": the actor a relative clause
    calls a mediator (words roles.mediating_relative) mediates the talks of
    its sentence wherever they are told, and takes no side of them; so do
    the others listed with it right before the clause ("with A and B, who
    mediated": both)."""
    found: list[Unit] = []
    for match in find_all(ctx.words.get("roles.mediating_relative"), ctx.text):
        before = [u for u in ctx.units if u.end <= match.start()]
        if before and ctx.text[before[-1].end:match.start()].strip(" )") == ",":
            found += listed_up_to(ctx, before)
    return found


def listed_up_to(ctx: SentenceContext, before: list[Unit]) -> list[Unit]:
    """The actors listed together up to the last of `before`, titles between
    them allowed ("dengan Presiden Senegal Macky Sall dan Presiden Ghana Nana
    Akufo-Addo, yang menjadi penengah ...": all four)."""
    listed = [before[-1]]
    for unit in reversed(before[:-1]):
        if not ctx.filler(unit.end, listed[0].start):
            break
        listed.insert(0, unit)
    return listed


def _framed(ctx: SentenceContext, segment: Segment) -> list[Unit]:
    """"under United Nations auspices": the actors inside the frame mediate."""
    return [u for m in find_all(ctx.words.get("roles.mediator_frame"), ctx.text[segment.start:segment.end])
            for u in ctx.units_between(segment.start + m.start(), segment.start + m.end())]


def guarantors(ctx: SentenceContext, segment: Segment) -> list[Unit]:
    """Actors right before a mediator's role: "with Turkey as guarantor"."""
    start = segment.start
    starts = [start + m.start() for m in find_all(ctx.words.get("roles.mediator_role"), ctx.text[start:segment.end])]
    found: list[Unit] = []
    for role_start in starts:
        last = next((u for u in ctx.units if u.end <= role_start and not ctx.text[u.end:role_start].strip()), None)
        found += _list_ending_with(ctx, last) if last else []
    return found


def _list_ending_with(ctx: SentenceContext, last: Unit) -> list[Unit]:
    """"Egypt and Qatar" before "as guarantors", "Qatar and the UN": the list
    back from its last actor."""
    joiners = {w.lower() for w in ctx.words.get("roles.separators")}
    articles = {w.lower() for w in ctx.words.get("treaty.articles")}
    before = [u for u in ctx.units if u.end <= last.start]
    listed = [last]
    for unit in reversed(before):
        words = ctx.text[unit.end:listed[0].start].strip(" ,").lower().split()
        while words and words[-1] in articles:  # "and the UN"
            words.pop()
        if " ".join(words) not in joiners | {""}:
            break
        listed.insert(0, unit)
    return listed


def leaders(ctx: SentenceContext, segment: Segment) -> list[Unit]:
    """Leaders of a group named with them: "led by X", "the Moscow-led CSTO"
    ("Vietnamese-led forces" names no group: Vietnam is the side)."""
    glued = [u for u in _suffixed(ctx, "roles.leader_suffix", segment.start, segment.end) if _leads_a_group(ctx, u)]
    return cued_lists(ctx, "roles.leader", segment.start, segment.end) + glued


def _leads_a_group(ctx: SentenceContext, leader: Unit) -> bool:
    """"the Moscow-led CSTO": the group led stands right after the suffix (a
    word aside). "The Saudi-led coalition struck Houthi positions" leads no
    group the sentence names: the Houthis are the side struck, and Saudi
    Arabia, for its coalition, the side striking."""
    return any(u.start > leader.end and u.kind in GROUP_KINDS and word_count(ctx.text[leader.end:u.start]) <= LED_GROUP_GAP
               for u in ctx.units)


def _excluded(ctx: SentenceContext, segment: Segment) -> set[Unit]:
    """Actors named as mediators, announcers, leaders, members of another ("made up of
    A and B"), patrons of groups named ("the Maute group, linked to ISIS"), the group others
    belong to ("A, a member of NATO,") or a neighbour a border is named by
    ("near the border with Uganda"): none of them is a side."""
    clause = ctx.text[segment.start:segment.end]
    members = {u for m in find_all(ctx.words.get("membership.composed_of"), clause)
               for u in listed_after(ctx, segment.start + m.end())}
    loyal = {m.end() for m in find_all(ctx.words.get("roles.loyal_forces"), clause)}  # "forces loyal to X" are X's
    loyal |= _unnamed_affiliates(ctx, segment)  # "fought groups linked to al-Qaeda" fought al-Qaeda's
    linked = {u for m in find_all(ctx.words.get("roles.affiliation"), clause) if m.end() not in loyal
              for u in _patrons(ctx, segment.start + m.end(), segment.end)}
    linked |= set(_suffixed(ctx, "roles.affiliation_suffix", segment.start, segment.end))  # "Islamic State-linked"
    linked |= set(supporters(ctx, segment))
    linked |= set(cued_lists(ctx, "roles.announcer", segment.start, segment.end))  # "a truce announced by X"
    groups = {u for m in find_all(ctx.words.get("membership.member"), clause)  # "A, both members of the CSTO,"
              for u in list_from(ctx, segment.start + m.end(), segment.end)[:1] if u.kind in GROUP_KINDS
              and (u.kind != "ArmedGroup" or _describes_an_actor(ctx, segment.start, segment.start + m.start()))}
    neighbours = set(_neighbours(ctx, segment))
    return (set(mediators(ctx, segment)) | set(leaders(ctx, segment)) | members | linked | groups | neighbours
            | _relative(ctx, segment) | _described_by_ties(ctx, segment))


def _patrons(ctx: SentenceContext, start: int, end: int) -> list[Unit]:
    """The actors listed right after a cue of backing ("backed by Iran");
    weapon words may stand before them, as Indonesian names the arms before
    their owner ("didukung drone Turki"; words roles.weapons)."""
    found = list_from(ctx, start, end)
    first = next((u for u in ctx.units if start <= u.start and u.end <= end), None)
    if found or first is None or _without_weapons(ctx, ctx.text[start:first.start]).strip():
        return found
    return list_from(ctx, first.start, end)


def _unnamed_affiliates(ctx: SentenceContext, segment: Segment) -> set[int]:
    """Where the cue of a patron ends after groups the sentence does not name
    ("fought groups linked to al-Qaeda and ISIS", "memerangi kelompok-kelompok
    yang terkait dengan al-Qaeda"; words roles.unnamed_affiliates) that an
    actor named before fights: with no group named, the patrons stand for the
    groups and are the side fought. Patrons listed with no actor before
    ("Groups linked to al-Qaeda and ISIS carry out attacks") are one side, no
    two foes, and stay out. Groups named right before in apposition ("JNIM,
    a group affiliated with al-Qaeda,", "JNIM, kelompok yang berafiliasi
    dengan Al-Qaeda") are the sides, and the patron describes them."""
    ends: set[int] = set()
    for match in find_all(ctx.words.get("roles.unnamed_affiliates"), ctx.text[segment.start:segment.end]):
        start = segment.start + match.start()
        before = [u for u in ctx.units if u.end <= start]
        if before and not any(not ctx.text[u.end:start].strip(" ,") for u in before):
            ends.add(match.end())  # relative to the clause, as the cues it is checked against
    return ends


def _described_by_ties(ctx: SentenceContext, segment: Segment) -> set[Unit]:
    """Actors inside an apposition that tells whom the actor before it
    belongs to or sides with ("Turkey, a NATO member, launched ...", "Qatar,
    a close US ally,", "Qatar, sekutu dekat AS,"; words roles.tie_apposition,
    matched by the whole phrase between the commas): they describe that actor
    and take no side of what it does. The phrase opens with its own words (an
    article, "fellow", "sekutu"), so a list of actors ("A, B and C's allies")
    is no apposition."""
    ties = compile_patterns(ctx.words.get("roles.tie_apposition"))
    if ties is None:
        return set()
    found: set[Unit] = set()
    for actor in ctx.units_between(segment.start, segment.end):
        if ctx.text[actor.end:actor.end + 1] != ",":
            continue
        close = ctx.text.find(",", actor.end + 1)
        end = close if close >= 0 else len(ctx.text.rstrip(" ."))
        phrase = ctx.text[actor.end + 1:end].strip()
        if ties.fullmatch(phrase):
            found |= set(ctx.units_between(actor.end + 1, end))
    return found


def _describes_an_actor(ctx: SentenceContext, start: int, cue_start: int) -> bool:
    """A member cue tells what an actor is ("X, a member of the group,", "A
    and B, both members of the CSTO", "Turki adalah anggota NATO") when only
    a comma or linking words (words roles.member_links) stand between the
    actor and the cue; "killed three members of al-Shabaab", "menggerebek
    anggota ISIS" name fighters of the armed group, which stays a side."""
    links = compile_patterns(ctx.words.get("roles.member_links"))
    gap = ctx.text[start:cue_start]
    for _ in range(MEMBER_LINK_WORDS):
        tail = next((m for m in links.finditer(gap) if m.end() == len(gap.rstrip())), None) if links else None
        if tail is None:
            break
        gap = gap[:tail.start()]
    gap = gap.rstrip()
    return gap.endswith(",") or any(u.end == start + len(gap) for u in ctx.units)


def _neighbours(ctx: SentenceContext, segment: Segment) -> list[Unit]:
    """"a town on the border with Uganda": the state right after the cue names
    the border. Forces after it are the other side ("clashed on the border
    with Azerbaijani forces", "bentrok di perbatasan dengan pasukan Azerbaijan")."""
    ends = [segment.start + m.end() for m in find_all(ctx.words.get("roles.border"), ctx.text[segment.start:segment.end])]
    ends += _owned_border_ends(ctx, segment)
    return [u for u in ctx.units_between(segment.start, segment.end) if u.kind == "State" and not _names_forces(ctx, u)
            and (any(end <= u.start and not ctx.text[end:u.start].strip() for end in ends) or _names_a_border(ctx, u))]


def _owned_border_ends(ctx: SentenceContext, segment: Segment) -> list[int]:
    """Where a border named by its state goes on to its neighbour: after
    "perbatasan Myanmar dengan", "the Thai border with" (words
    roles.border_joiner), the state that follows names the border too."""
    joiners = compile_patterns(ctx.words.get("roles.border_joiner"))
    if joiners is None:
        return []
    ends: list[int] = []
    for unit in ctx.units_between(segment.start, segment.end):
        joined = joiners.match(ctx.text, unit.end + 1) if ctx.text[unit.end:unit.end + 1] == " " else None
        if unit.kind == "State" and joined and _names_a_border(ctx, unit):
            ends.append(joined.end())
    return ends


def _names_a_border(ctx: SentenceContext, unit: Unit) -> bool:
    """"near the Thai border", "di dekat perbatasan Thailand": the state only
    names the border, unless the phrase names a post or forces there ("Pakistani
    border posts", "pos perbatasan Chad", "Thai border police")."""
    nouns = compile_patterns(ctx.words.get("roles.border_noun"))
    guarded = compile_patterns(ctx.words.get("roles.border_forces"))
    if nouns is None:
        return False
    after = nouns.match(ctx.text, unit.end + 1) if ctx.text[unit.end:unit.end + 1] == " " else None
    if after and not (guarded and guarded.match(ctx.text, after.end() + 1)):
        return True
    before = ctx.text[:unit.start].rstrip()
    noun = next((m for m in nouns.finditer(before) if m.end() == len(before)), None)
    word_before = before[:noun.start()].split()[-1:] if noun else []
    return noun is not None and not (guarded and word_before and guarded.fullmatch(word_before[0]))


def _names_forces(ctx: SentenceContext, unit: Unit) -> bool:
    """"pasukan Azerbaijan", "Azerbaijani forces": the unit names troops, not a country."""
    forces = compile_patterns(ctx.words.get("roles.fillers"))
    next_word = ctx.text[unit.end:].split(",")[0].split()[:1]
    return bool(forces and forces.search(" ".join([ctx.text[unit.start:unit.end], *next_word])))


def supporters(ctx: SentenceContext, segment: Segment) -> list[Unit]:
    """"The army, with support from Russian forces, is fighting X": Russia;
    and a backer told by its arms ("backed by US air strikes", see `_armed_backers`)."""
    return cued_lists(ctx, "roles.support", segment.start, segment.end) + _armed_backers(ctx, segment)


def _armed_backers(ctx: SentenceContext, segment: Segment) -> list[Unit]:
    """"Somali troops, backed by US air strikes, attacked ...", "Pasukan
    Somalia, didukung serangan udara AS, menyerang ...": a backer named by
    the arms it fights with (words roles.backing_arms right after a cue of
    backing or support) takes part in the fight; the actor glued to the arms
    before them (en) or after them (id) is that backer. A backer named alone
    ("backed by Moscow") or by what it supplies ("backed by Iranian drones")
    is only a patron."""
    arms = compile_patterns(ctx.words.get("roles.backing_arms"))
    if arms is None:
        return []
    clause = ctx.text[segment.start:segment.end]
    loyal = {m.end() for m in find_all(ctx.words.get("roles.loyal_forces"), clause)}
    cues = [m for m in find_all(ctx.words.get("roles.affiliation") + ctx.words.get("roles.support"), clause)
            if m.end() not in loyal]
    found: list[Unit] = []
    for cue in cues:
        start = segment.start + cue.end()
        for named in arms.finditer(ctx.text, start, segment.end):
            if word_count(ctx.text[start:named.start()]) > BACKER_LEAD_WORDS + 1 or "," in ctx.text[start:named.start()]:
                break
            if any(u.start < named.end() and named.start() < u.end for u in ctx.units):
                break  # "together with Malian troops": the actor names its forces itself (roles.support)
            glued = [u for u in ctx.units if start <= u.start and u.end <= named.start()
                     and not ctx.text[u.end:named.start()].strip()
                     or u.start >= named.end() and not ctx.text[named.end():u.start].strip()]
            found += glued[:1]
            break
    return found


def _antecedent(ctx: SentenceContext, segment: Segment, trigger_start: int) -> list[Unit] | None:
    """"..., the Caribbean Community, which helped to arrange the meeting": in
    a relative clause the subject is the actor the clause hangs on. A clause
    hung on a noun that names no actor ("called it a blow to the guerrillas,
    who have fought the state since 1964") has no subject the sentence names:
    the speaker is none (empty list). None: the trigger is in no such clause."""
    before = ctx.text[segment.start:trigger_start]
    for match in find_all(ctx.words.get("clauses.relative"), before):
        head = before[: match.start()].rstrip()
        if not head.endswith(",") or "," in before[match.end():]:
            continue
        comma = segment.start + len(head) - 1
        hung = [u for u in ctx.units if u.end <= comma and word_count(ctx.text[u.end:comma]) <= ANTECEDENT_TAIL_WORDS]
        if hung or not _owned_head(ctx, head):
            return hung[-1:]
    return None


def _owned_head(ctx: SentenceContext, head: str) -> bool:
    """"asked the AU to close its office, which had mediated": the noun a
    relative clause hangs on belongs to an actor told before, who acts."""
    tail = head[-ANTECEDENT_HEAD_CHARS:]
    return any(word_count(tail[m.end():]) <= ANTECEDENT_TAIL_WORDS for m in find_all(ctx.words.get("roles.possessive"), tail))


def non_sides(ctx: SentenceContext, segment: Segment) -> set[Unit]:
    """Actors the clause names that are no side of its events (see `_excluded`)."""
    return _excluded(ctx, segment)


def _relative(ctx: SentenceContext, segment: Segment) -> set[Unit]:
    """"Colombia, which borders Venezuela, reinforced ...": who a relative
    clause between commas names is not who acts."""
    clause = ctx.text[segment.start:segment.end]
    inside: set[Unit] = set()
    for match in find_all(ctx.words.get("clauses.relative"), clause):
        if not clause[: match.start()].rstrip().endswith(","):
            continue
        start = segment.start + match.end()
        comma = ctx.text.find(",", start, segment.end)
        inside |= set(ctx.units_between(start, comma if comma >= 0 else start))
    return inside


def listed_after(ctx: SentenceContext, position: int) -> list[Unit]:
    """The actors listed from `position` to the end of the sentence."""
    return list_from(ctx, position, len(ctx.text))


def subject(
    ctx: SentenceContext, segment: Segment, trigger_start: int, *, max_gap_words: int | None = None, noun: bool = False
) -> list[Unit]:
    """Actors before the trigger in its clause, else the main clause's subject.

    A noun trigger takes the subject of a support verb only ("A and B agreed
    to a ceasefire", "X carried out strikes"), not of any verb ("Y called the
    strikes limited", "Moscow deployed troops to monitor the ceasefire").
    `max_gap_words` bounds the words between subject and trigger. A restricted
    trigger borrows the main clause's subject only through a possessive
    ("after its troops clashed with ...") or from a clause that opens the
    sentence ("During talks in Brussels, A and B agreed ...")."""
    antecedent = _antecedent(ctx, segment, trigger_start)
    if antecedent is not None:
        return antecedent
    cut = _subject_cut_off(ctx, segment, trigger_start)
    if cut:
        return cut
    excluded = _excluded(ctx, segment) | set(objects(ctx, segment, segment.start))
    aside = _backing_aside(ctx, segment, trigger_start)
    end = aside[0] if aside else trigger_start
    before = group_before([u for u in ctx.units_between(segment.start, end) if u not in excluded], ctx)
    if before:
        gap = ctx.text[before[-1].end:end] + (ctx.text[aside[1]:trigger_start] if aside else "")
        too_far = max_gap_words is not None and word_count(gap) > max_gap_words and not _coordinated(ctx, gap)
        unsupported = noun and word_count(gap) > 1 and not _supported(ctx, gap)
        return [] if too_far or unsupported or noun and _judged(ctx, gap) else before
    if opens_hypothetical(ctx, segment) or unnamed_fighters_act(ctx, segment, trigger_start):
        return []
    clause = ctx.text[segment.start:segment.end]
    before = ctx.text[segment.start:trigger_start]
    pronoun = any(word_count(before[m.end():]) <= PRONOUN_REACH for m in find_all(ctx.words.get("roles.pronouns"), before))
    possessive = _owns_noun(ctx, before) or _on_own_ground(ctx, ctx.text[trigger_start:segment.end]) if noun \
        else find_all(ctx.words.get("roles.possessive"), clause) or pronoun
    opening = segment.kind == "subordinate" and segment is ctx.segments[0]  # "During the talks, A and B ..."
    if (noun or max_gap_words is not None) and not (possessive or opening):
        return []
    return main_subject(ctx, segment)


def _backing_aside(ctx: SentenceContext, segment: Segment, trigger_start: int) -> tuple[int, int] | None:
    """"Somali troops, backed by drones from Turkey, attacked ...", "Pasukan
    Somalia, didukung drone Turki, menyerang ...": an aside between commas
    that opens with a cue of backing or support (words roles.affiliation,
    roles.support) and closes right before the trigger (at most
    PARENTHESIS_TAIL_WORDS words between) stands between the subject and its
    verb; whom it names backs the subject (roles.supporters) and is not it.
    Returns where the aside opens (its comma) and where it closes (after
    its comma), or None."""
    text = ctx.text[segment.start:trigger_start]
    close = text.rfind(",")
    if close < 0 or word_count(text[close + 1:]) > PARENTHESIS_TAIL_WORDS:
        return None
    open_ = text.rfind(",", 0, close)
    if open_ < 0 or ctx.units_between(segment.start + close, trigger_start):
        return None
    opening = text[open_ + 1:close].lstrip()
    cues = ctx.words.get("roles.affiliation") + ctx.words.get("roles.support")
    if not any(m.start() == 0 for m in find_all(cues, opening)):
        return None
    return segment.start + open_, segment.start + close + 1


def _subject_cut_off(ctx: SentenceContext, segment: Segment, trigger_start: int) -> list[Unit]:
    """"The truce came after government forces, backed by Russian air
    power, recaptured Aleppo", "setelah Presiden Yaman X, yang melarikan
    diri ke Riyadh, meminta ...": a subordinate clause ends at its first
    comma (kg.events.context.split_segments), which here opens an aside
    between its subject and its verb. A trigger right after that aside (at
    most PARENTHESIS_TAIL_WORDS words past its closing comma) takes the
    actors that close the cut clause, right before its comma, as subject;
    the aside's own actors describe them."""
    before = [s for s in ctx.segments if s.end <= segment.start]
    if segment.kind != "main" or not before or before[-1].kind != "subordinate" or before[-1].end != segment.start:
        return []
    cut = before[-1]
    if not ctx.text[cut.start:cut.end].rstrip().endswith(","):
        return []
    aside = ctx.text[segment.start:trigger_start]
    close = aside.rfind(",")
    if close <= 0 or "," in aside[:close] or word_count(aside[close + 1:]) > PARENTHESIS_TAIL_WORDS:
        return []
    if ctx.units_between(segment.start + close, trigger_start) or find_all(ctx.words.get("clauses.relative_things"), aside[:close]):
        return []
    comma = cut.start + ctx.text[cut.start:cut.end].rstrip().rfind(",")
    closing = [u for u in ctx.units_between(cut.start, comma) if not ctx.text[u.end:comma].strip(" )")]
    if not closing:
        return []
    return group_before([u for u in ctx.units_between(cut.start, comma) if u.end <= closing[-1].end], ctx)


def unnamed_fighters_act(ctx: SentenceContext, segment: Segment, trigger_start: int) -> bool:
    """"France sent troops to Mali after militants seized Konna", "X mengakui
    bahwa militan berhasil merebut kota Y": the clause of the trigger names
    its own subject right before it, fighters the sentence leaves unnamed
    (words roles.unnamed_fighters, no actor between them and the trigger).
    The subject of the clause governing it, a sender or a speaker, is not
    theirs and takes no side of what they do."""
    before = ctx.text[segment.start:trigger_start]
    return any(word_count(before[m.end():]) <= UNNAMED_SUBJECT_REACH
               and not ctx.units_between(segment.start + m.start(), trigger_start)
               for m in find_all(ctx.words.get("roles.unnamed_fighters"), before))


def _follows_unnamed_fighters(ctx: SentenceContext, segment: Segment) -> bool:
    """"X admitted that militants had seized the town after fighting with
    Malian troops", "X mengakui bahwa militan merebut kota itu setelah
    bertempur dengan tentara Mali": a clause with no subject of its own right
    after a subordinate or complement clause whose subject is fighters the
    sentence leaves unnamed shares that subject, not the main clause's."""
    before = [s for s in ctx.segments if s.end <= segment.start]
    if not before or before[-1].kind == "main":
        return False
    start, end = before[-1].start, before[-1].end
    return any(word_count(ctx.text[start:start + m.start()]) <= SUBJECT_REACH
               and not ctx.units_between(start, start + m.end())
               for m in find_all(ctx.words.get("roles.unnamed_fighters"), ctx.text[start:end]))


def _judged(ctx: SentenceContext, gap: str) -> bool:
    """"Turkey condemned attacks on Kobani", "Turki mengutuk serangan ke
    Kobani": a verb of judging or naming right before a noun trigger (words
    roles.judges) leaves its subject outside the act it judges."""
    return any(word_count(gap[m.end():]) <= NOUN_OWNER_REACH for m in find_all(ctx.words.get("roles.judges"), gap))


def _coordinated(ctx: SentenceContext, gap: str) -> bool:
    """"Hezbollah fighters crossed the border on Monday and killed eight
    soldiers", "menyeberangi perbatasan lalu menewaskan": the trigger is the
    second verb of its subject, right after a coordinator (words
    roles.coordinators), however long the first verb's phrase."""
    head = gap.rstrip()
    return any(m.end() == len(head) for m in find_all(ctx.words.get("roles.coordinators"), head))


def _owns_noun(ctx: SentenceContext, before: str) -> bool:
    """"said its forces launched an offensive", "its first strikes": a
    possessive or pronoun owns a noun trigger when it stands right before it
    or is the subject of a support verb before it; not in "said he was
    unhappy about the strike", "its team survived the attack"."""
    cues = [*find_all(ctx.words.get("roles.possessive"), before), *find_all(ctx.words.get("roles.pronouns"), before)]
    return any(word_count(before[m.end():]) <= NOUN_OWNER_REACH or _supported(ctx, before[m.end():]) for m in cues)


def _on_own_ground(ctx: SentenceContext, after: str) -> bool:
    """"asked for help after heavy fighting broke out along its border with
    X": a fight told on the subject's own border or territory is the
    subject's, though the possessive stands after the noun trigger."""
    return bool(find_all(ctx.words.get("roles.own_ground"), after))


def hosted(ctx: SentenceContext, sides: list[Unit], trigger_start: int) -> bool:
    """"X hosted the talks": a host verb stands between the subject and the noun.
    Two or more subjects held the talks themselves ("A dan B menggelar
    perundingan"): a host is one state or group."""
    if len({u.represents or u.entity for u in sides}) != 1:
        return False
    gap = ctx.text[sides[-1].end:trigger_start]
    return any(word_count(gap[m.end():]) <= SUPPORT_VERB_REACH for m in find_all(ctx.words.get("roles.host_verbs"), gap))


def _supported(ctx: SentenceContext, gap: str) -> bool:
    """A support verb stands just before the noun trigger (a few modifiers aside)."""
    return any(word_count(gap[m.end():]) <= SUPPORT_VERB_REACH for m in find_all(ctx.words.get("roles.support_verbs"), gap))


def _after_locative(ctx: SentenceContext, unit: Unit) -> bool:
    """"in Yemen", "in the Qatari capital": the unit names where, not who."""
    before = ctx.text[max(0, unit.start - 24):unit.start]
    fillers = compile_patterns(ctx.words.get("roles.fillers"))
    for match in find_all(ctx.words.get("roles.locative"), before):
        rest = before[match.end():]
        rest = fillers.sub(" ", rest) if fillers else rest
        if not rest.strip():
            return True
    return False


def group_before(units: list[Unit], ctx: SentenceContext) -> list[Unit]:
    """The actors listed right before the trigger: the last one and those joined
    to it by separators ("A, B dan C menyerang" -> A, B, C; "A memasok senjata
    kepada B untuk perang" -> B). A state after "in"/"di" is where, not who
    ("the Houthis in Yemen agreed ...")."""
    units = [u for u in units if not (u.kind == "State" and _after_locative(ctx, u))]
    group = units[-1:]
    for unit in reversed(units[:-1]):
        if not ctx.filler(unit.end, group[0].start):
            break
        group.insert(0, unit)
    return group


def main_subject(ctx: SentenceContext, segment: Segment) -> list[Unit]:
    """The leading actor list of the main clause that governs a subordinate
    or complement clause naming no subject of its own: the main clause before
    it, or after it when the subordinate clause opens the sentence ("During
    talks in Brussels, A and B agreed ..."). A complement clause is governed
    by the clause right before it, whatever its kind ("a day after Aliyev
    announced that his forces had taken Shusha")."""
    if segment.kind == "main" or _follows_unnamed_fighters(ctx, segment):
        return []
    opening = segment is ctx.segments[0]
    mains = [s for s in ctx.segments if s.kind == "main" and (s.end <= segment.start or opening)]
    mains.sort(key=lambda s: abs(s.start - segment.start))
    if segment.kind == "complement":
        mains = _reporting_clause(ctx, segment) + mains
    elif segment.kind == "subordinate" and not opening:
        mains += _complements_before(ctx, segment)
    for main in mains:
        excluded = _excluded(ctx, main)  # "The al-Qaeda-linked JNIM said ...": the patron is no subject
        first = next((u for u in ctx.units_between(main.start, main.end) if u not in excluded), None)
        if first is not None and word_count(_after_opening_phrase(ctx.text[main.start:first.start])) <= SUBJECT_REACH:
            return [u for u in list_from(ctx, first.start, main.end) if u not in excluded]
    return []


def _complements_before(ctx: SentenceContext, segment: Segment) -> list[Segment]:
    """"The ship sank on the day that Ghanaian President X announced new aid
    for Togo, after speaking by phone with Togolese President Y", "Kapal itu
    tenggelam ketika Presiden Ghana X mengumumkan bantuan, setelah berbicara
    melalui telepon dengan Y": a main clause naming no actor leaves a
    subordinate clause to the other clauses before it that open with their
    subject (see `_opens_with_subject`), the nearest first; that subject is
    the one the subordinate clause shares."""
    before = [s for s in ctx.segments if s.kind != "main" and s.end <= segment.start and _opens_with_subject(ctx, s)]
    return sorted(before, key=lambda s: segment.start - s.end)


def _opens_with_subject(ctx: SentenceContext, clause: Segment) -> bool:
    """The clause's first actor stands at its start, its subordinator (words
    clauses.subordinators), titles and fillers aside: not "announced new aid
    for Togo", whose actor is the verb's object."""
    first = ctx.units_between(clause.start, clause.end)[:1]
    if not first:
        return False
    lead = ctx.text[clause.start:first[0].start]
    cue = next((m for m in find_all(ctx.words.get("clauses.subordinators"), lead) if not lead[:m.start()].strip()), None)
    return gap_is_filler(lead[cue.end():] if cue else lead, ctx.words, title_case=ctx.title_case)


def _after_opening_phrase(lead: str) -> str:
    """The words before a main clause's first actor, less a phrase set off by a
    comma that opens the clause ("On the same day, US Defense Secretary X
    announced that ...", "Pada hari yang sama, Menteri Pertahanan AS X
    mengumumkan ..."): the subject stands right after such a phrase, however
    long it is."""
    return lead[lead.rfind(",") + 1:]


def _reporting_clause(ctx: SentenceContext, segment: Segment) -> list[Segment]:
    """The clause whose verb a complement reports ("after Aliyev announced"
    before "that his forces ..."): the clause before the "that" cut off on its
    own. Without "that" the clause before may be a relative one ("the truce
    that X announced took effect ...") and governs nothing."""
    before = [s for s in ctx.segments if s.end <= segment.start]
    cue_only = before[-1:] and before[-1].kind == "complement" and not ctx.units_between(before[-1].start, before[-1].end)
    return before[-2:-1] if cue_only else []


def objects(ctx: SentenceContext, segment: Segment, trigger_start: int) -> list[Unit]:
    """Actors after "with"/"between" cues from the trigger on ("met with X") in its clause."""
    excluded = _excluded(ctx, segment)
    units = cued_lists(ctx, "roles.with", trigger_start, segment.end) + between(ctx, segment, trigger_start)
    return [u for u in units if u not in excluded]


def between(ctx: SentenceContext, segment: Segment, trigger_start: int) -> list[Unit]:
    """"Talks between A and B": the list names every side ("the army led by
    General X" names X's side)."""
    excluded = set(mediators(ctx, segment))
    return [u for u in cued_lists(ctx, "roles.between", trigger_start, segment.end) if u not in excluded]


def possessor(ctx: SentenceContext, trigger_start: int, trigger_end: int) -> Unit | None:
    """The actor glued to a noun trigger: right after it (id: "pasukan Rusia",
    "serangan rudal Rusia") or right before it (en: "Russian peacekeepers",
    "Russia's invasion", "Russian missile attacks"); weapon words may stand
    between."""
    for unit in ctx.units:
        if unit.start >= trigger_end and not _without_weapons(ctx, ctx.text[trigger_end:unit.start]).strip():
            return unit
        if unit.end <= trigger_start and _glued_before(ctx, _without_weapons(ctx, ctx.text[unit.end:trigger_start])):
            return unit
    return None


def possessors(ctx: SentenceContext, owner: Unit, trigger_start: int) -> list[Unit]:
    """The list a possessor heads or ends: "serangan roket Hamas dan Jihad
    Islam", "Hamas and Islamic Jihad rocket attacks"."""
    if owner.start >= trigger_start:
        return list_from(ctx, owner.start, len(ctx.text)) or [owner]
    return group_before([u for u in ctx.units if u.end <= owner.end], ctx) or [owner]


def _without_weapons(ctx: SentenceContext, gap: str) -> str:
    """The gap with weapon words taken out ("rudal dan drone", "missile")."""
    weapons = compile_patterns(ctx.words.get("roles.weapons"))
    return weapons.sub(" ", gap) if weapons else gap


def direct_object(ctx: SentenceContext, segment: Segment, trigger_end: int) -> list[Unit]:
    """The actor right after a transitive verb ("shelled Armenia", "menyerang
    Ukraina"), or its agent after a passive ("killed by Indian shelling")."""
    rest = ctx.text[trigger_end:segment.end]
    for match in find_all(ctx.words.get("roles.passive_agent"), rest):
        if not rest[: match.start()].strip():
            return list_from(ctx, trigger_end + match.end(), segment.end)
    trigger_end += _hedge_length(ctx, rest)
    rest = ctx.text[trigger_end:segment.end]
    found = list_from(ctx, trigger_end, segment.end, lead_words=OBJECT_LEAD_WORDS)
    return found or _installation_owner(ctx, rest, trigger_end, segment.end)


def _hedge_length(ctx: SentenceContext, rest: str) -> int:
    """"struck what New Delhi described as a JeM camp", "menyerang apa yang
    disebut Israel sebagai markas Hamas": the object follows the hedge, and
    who the hedge quotes is no side. The length of a hedge opening `rest`, else 0."""
    for match in find_all(ctx.words.get("roles.hedged_object"), rest):
        if not rest[: match.start()].strip():
            return match.end()
    return 0


def _installation_owner(ctx: SentenceContext, rest: str, trigger_end: int, limit: int) -> list[Unit]:
    """"fired at the watchtower of UNIFIL's headquarters", "menembaki menara
    pengawas di markas besar UNIFIL": whose post, base or convoy was hit."""
    for match in find_all(ctx.words.get("roles.installations"), rest):
        if word_count(rest[: match.start()]) > OBJECT_LEAD_WORDS or "," in rest[: match.start()]:
            break
        return list_from(ctx, trigger_end + match.end(), limit, lead_words=INSTALLATION_LEAD_WORDS)
    return []


def installation_before(ctx: SentenceContext, position: int, target_start: int) -> bool:
    """"at a police academy in Bogota": a post or building stands between
    the trigger at `position` and the place at `target_start`."""
    gap = ctx.text[position:target_start]
    for match in find_all(ctx.words.get("roles.installations"), gap):
        return word_count(gap[: match.start()]) <= OBJECT_LEAD_WORDS and word_count(gap[match.end():]) <= INSTALLATION_LEAD_WORDS
    return False


def _glued_before(ctx: SentenceContext, gap: str) -> bool:
    """"Russia's invasion", "Russian peacekeepers", "the US-led war"."""
    rest = re.sub(r"^['’]s", "", gap)
    for match in find_all(ctx.words.get("roles.leader_suffix"), rest):
        if match.start() == 0:
            rest = rest[match.end():]
    return not rest.strip()


def addressees(ctx: SentenceContext, segment: Segment, trigger_start: int) -> list[Unit]:
    excluded = _excluded(ctx, segment)
    return [u for u in ctx.units_between(trigger_start, segment.end) if u not in excluded]


def locations(
    ctx: SentenceContext, segment: Segment, trigger_start: int, trigger_end: int, own: tuple[Unit, ...] = ()
) -> list[str]:
    """The place of an event: the first place after the trigger in its clause
    with no other side named in between ("talks mediated by the EU in
    Brussels"), else a place before the trigger in the clause ("In Brussels, ...")."""
    sides = [u for u in ctx.units if u not in set(mediators(ctx, segment)) and u not in own]
    for place in ctx.places:
        if place.start >= trigger_end and place.end <= segment.end:
            if not any(trigger_end <= u.start < place.start for u in sides):
                return [place.entity]
            break
    return [p.entity for p in ctx.places if segment.start <= p.start and p.end <= trigger_start][:1]

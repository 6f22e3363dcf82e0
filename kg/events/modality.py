"""Negation and modality of a trigger, from cue words in words.toml.

A cue counts when it stands in the trigger's clause, before the trigger and
at most a few words away ("Armenia had not taken part in the fighting",
"Rusia akan mengirim pasukan"). Negated and permitted triggers ("will allow
each country to send troops"), memberships told with "still" ("Armenia
is still formally a member") and applications or invitations to join
("applied to join", "diundang bergabung") yield no event at all;
future ones are kept with that modality, never asserted; hypothetical ones
serve the discourse rules and are then dropped (kg.events.discourse: a
proposal, demand or condition is no event, docs/gold-format.md).
An act a threat names ("threatened to attack", "mengancam akan mengirim
pasukan", "warned it would strike") is no event either: the threat is the
event, and a threat is not a decision (docs/gold-format.md).
"""
from __future__ import annotations

import re
from typing import Literal

from kg.events.context import Segment, SentenceContext, word_count
from kg.events.cues import opens_hypothetical
from kg.events.patterns import blank, compile_patterns, find_all

_WINDOW_WORDS = 8
_JOINED_ARTICLE_WORDS = 1  # "Colombia and the ELN": an article before the second name
_NOUN_WINDOW_WORDS = 3
_CALLED_OFF_REACH_WORDS = 5  # "called off his planned talks": a two-word cue and three words before the trigger
_APPOSITION_WORDS = 5  # "including Uganda", "its closest ally", "sekutu terdekatnya"
_APPOSITION = re.compile(r",(?P<phrase>[^,]+),(?P<tail>(?:\s*[^\s,]+){0,2}\s*)$")  # up to two words after it
_ASIDE_WORDS = 6  # "as it has since 2014", "through its embassy in Kyiv"
_ASIDE = re.compile(r",([^,]+),")
_DENIAL_REACH_WORDS = 3  # "denied reports that", "denied on Monday that", "membantah tuduhan bahwa"
_THREAT_REACH_WORDS = 16  # "warned on Monday that its army would launch": a cue may span words itself
_VENUE_NAME_WORDS = 3  # "at the US-run Ramstein air base", "di pangkalan udara"
_COMMENTARY_REACH_WORDS = 3  # "analysts at the institute said", "pengamat militer dari Universitas X menilai"
_COMMENTARY_SOURCE_WORDS = 2  # "according to some analysts", "menurut sejumlah pengamat"
_INFINITIVE_VERB_WORDS = 2  # "and to enter negotiations", "and to hold direct talks"
_OWNER_WORDS = 3  # names and demonyms joined before a noun: "any US or Israeli strike"
_QUALIFIER_BEFORE_WORDS = 1  # "future Azerbaijani attacks"; not "the future of the ceasefire"
_QUALIFIER_AFTER_WORDS = 2  # "serangan Azerbaijan di masa mendatang", "attacks by Iran in the future"
_PROPOSAL_REACH_WORDS = 12  # "an offer from U.S. President Donald Trump to help Mexico wage war"
_PROPOSER_WORDS = 5  # between the proposal and its link: "from U.S. President Donald Trump", "both sides"
_PROPOSED_WORDS = 4  # between the link and the trigger: "an immediate 30-day", "help Mexico wage"
_NAMED_ADDRESSEE_WORDS = 8  # "meminta Amerika Serikat (AS) dan Perserikatan Bangsa-Bangsa (PBB) mengirim"
_SUBJECT_TAIL_WORDS = 7  # "another attack | by the United States on Venezuela | could come": the subject's words after the noun
_GRANTED_WORDS = 1  # "at the invitation of", "at Putin's invitation", "atas undangan"
_QUOTES = "\"'“”‘’"
Polarity = Literal["asserted", "future", "hypothetical", "negated"]


def _window(ctx: SentenceContext, segment: Segment, trigger_start: int, size: int, names_joined: bool = False,
            capitals_joined: bool = False) -> str:
    """The words before the trigger in its clause, back to a comma or a
    conjunction: "M23 did not sign the deal and held talks" asserts the talks.
    With names_joined, a conjunction between two actors does not end it (for
    modal cues only: "did not attack Ukraine and Poland sent troops" asserts
    the deployment); with capitals_joined, neither does one between two
    capitalised words ("Serbian and Kosovar leaders", "Serbia dan Kosovo")."""
    before = _without_dates(ctx, segment.start, trigger_start)
    if names_joined:
        before = _without_joined_names(ctx, segment.start, before)
    if capitals_joined:
        before = _without_joined_capitals(ctx, before)
    before = _without_apposition(before)
    stops = [m.end() for m in find_all(ctx.words.get("roles.conjunctions"), before)] + [before.rfind(",") + 1]
    before = before[max(stops, default=0):]
    return " ".join(before.split()[-size:])


def _without_joined_names(ctx: SentenceContext, start: int, text: str) -> str:
    """The text (which begins at start in the sentence) with the conjunctions
    that join two actors blanked: "urged Israel and Hamas to return to the
    table", "mendesak Israel dan Hamas kembali ke meja perundingan" join two
    names, not two clauses, so the cue before them still governs ("asked
    Colombia and the ELN to sign a truce": an article may stand between)."""
    joins = []
    for found in find_all(ctx.words.get("roles.conjunctions"), text):
        left, right = start + found.start(), start + found.end()
        if any(u.end <= left and not ctx.text[u.end:left].strip() for u in ctx.units) and any(
                u.start >= right and word_count(ctx.text[right:u.start]) <= _JOINED_ARTICLE_WORDS for u in ctx.units):
            joins.append(found.span())
    return blank(text, joins)


def _without_joined_capitals(ctx: SentenceContext, text: str) -> str:
    """The text with the conjunctions between two capitalised words blanked,
    and in a headline the commas too: "invited Serbian and Kosovar leaders
    to talks", "meminta Amerika Serikat (AS) dan Perserikatan Bangsa-Bangsa
    (PBB) mengirim pasukan", "Haiti Asks US, UN to Send Troops" join names,
    not clauses ("in Kyiv, Zelensky met Putin" in a body sentence does)."""
    joins = find_all(ctx.words.get("roles.conjunctions"), text) + (list(re.finditer(",", text)) if ctx.headline else [])
    for found in joins:  # one at a time: "US, and UN" blanks the comma once "and" is gone
        left, right = text[:found.start()].split(), text[found.end():].split()
        if left and right and _capitalised(left[-1]) and _capitalised(right[0]):
            text = blank(text, [found.span()])
    return text


def _capitalised(word: str) -> bool:
    """A word opening with a capital letter, brackets and quotes aside ("(AS)")."""
    return word.strip(_QUOTES + "()[]")[:1].isupper()


def _without_dates(ctx: SentenceContext, start: int, end: int) -> str:
    """The text from start to end with its date expressions blanked: the
    month in "In May they seized the town" is no modal "may"."""
    inside = [(found.start - start, found.end - start) for found in ctx.dates if start <= found.start and found.end <= end]
    return blank(ctx.text[start:end], inside)


def _without_negated_adjectives(ctx: SentenceContext, window: str) -> str:
    """The window with adjectives built on a negator blanked: "pesawat tanpa
    awak" (unmanned aircraft), "pria bersenjata tak dikenal" (unknown
    gunmen) describe the actor and negate no act (words
    modality.negated_adjectives)."""
    adjectives = compile_patterns(ctx.words.get("modality.negated_adjectives"))
    return adjectives.sub(" ", window) if adjectives else window


def _without_apposition(before: str) -> str:
    """"urged Uganda, its closest ally, to send troops", "meminta Uganda,
    sekutu terdekatnya, mengirim pasukan": a short phrase set off by commas
    just before the trigger's last words is an apposition, not a clause
    boundary; it is left out so that the cue before it still governs."""
    found = _APPOSITION.search(before)
    if found is None or word_count(found.group("phrase")) > _APPOSITION_WORDS:
        return before
    return before[: found.start()] + " " + found.group("tail")


def _after_support_verb(ctx: SentenceContext, segment: Segment, trigger_start: int) -> bool:
    """"could launch a ground offensive": the noun's support verb carries the modality."""
    before = _window(ctx, segment, trigger_start, _NOUN_WINDOW_WORDS + 1)
    return bool(find_all(ctx.words.get("roles.support_verbs"), before))


def polarity(
    ctx: SentenceContext, segment: Segment, trigger_start: int, noun: bool = False, change: bool = False,
    trigger: str = "",
) -> Polarity:
    """A noun trigger hears future and hypothetical cues only right before it
    ("will monitor the truce") or before its support verb ("could launch a
    ground offensive"), not those of another verb further back ("tried to
    discredit the 2,000 peacekeepers")."""
    window = _window(ctx, segment, trigger_start, _WINDOW_WORDS)
    if find_all(ctx.words.get("modality.negation"), _without_negated_adjectives(ctx, window)) or find_all(
            ctx.words.get("modality.permission"), window):
        return "negated"  # negation governs the whole clause: "had not taken part in the fighting"
    if _denied(ctx, segment):
        return "negated"  # "Moscow denied reports that Wagner fought ...", "membantah bahwa pasukannya ..."
    if any(_right_after(ctx, segment, trigger_start, key)
           for key in ("modality.called_off", "modality.averted", "modality.failed", "modality.paused")):
        return "negated"  # "cancelled a meeting with", "came close to war", "failed to reach a truce": it did not take place
    if noun and trigger and _domestic_meeting(ctx, trigger_start, trigger_start + len(trigger)):
        return "negated"  # "told a meeting of his security cabinet", "rapat kabinet": one government's own meeting
    if trigger and _venue_of_a_meeting(ctx, segment, trigger_start, trigger):
        return "negated"  # "met Rutte at Eindhoven air base": the base is where they met, no forces sent there
    if change and find_all(ctx.words.get("modality.stative"), _window(ctx, segment, trigger_start, _NOUN_WINDOW_WORDS)):
        return "negated"  # "is still a member" states no change of membership
    if change and find_all(ctx.words.get("modality.application"), window):
        return "negated"  # "applied to join", "keinginannya untuk bergabung": no change of membership yet
    verbal = not noun or _after_support_verb(ctx, segment, trigger_start) or _coordinated_infinitive(
        ctx, segment, trigger_start)
    if not verbal:
        window = _window(ctx, segment, trigger_start, _NOUN_WINDOW_WORDS, names_joined=True)
    else:  # "will withdraw its tanks and deploy peacekeepers": the modal governs both verbs
        window = _window(ctx, segment, trigger_start, _WINDOW_WORDS, names_joined=True)
        window = f"{_coordinated_window(ctx, segment, trigger_start, trigger)} {window}"
    if opens_hypothetical(ctx, segment) or _demanded(ctx, segment) or _proposed(ctx, segment, trigger_start) or find_all(
            ctx.words.get("modality.hypothetical"), window) or _due(
            ctx, segment, trigger_start, trigger, "modality.due_past") or _commentary(ctx, trigger_start):
        return "hypothetical"
    if _foretold_outcome(ctx, segment, trigger_start) or _yes_no_question(ctx):
        return "hypothetical"
    if trigger and (_qualified_as_possible(ctx, trigger_start, trigger_start + len(trigger))
                    or _guarded_against(ctx, trigger_start) or _kind_to_come(ctx, trigger_start, trigger_start + len(trigger))):
        return "hypothetical"
    if trigger and _conditional_threat(ctx, segment, trigger_start, trigger):
        return "hypothetical"
    if _accused_intent(ctx, trigger_start):
        return "hypothetical"
    if find_all(ctx.words.get("modality.future"), window) or _opens_with_future(ctx, trigger) or _due(
            ctx, segment, trigger_start, trigger, "modality.due_ahead"):
        return "hypothetical" if _conditioned(ctx, segment, trigger_start) else "future"
    return "asserted"


def _proposed(ctx: SentenceContext, segment: Segment, trigger_start: int) -> bool:
    """"ready to accept a US proposal for an immediate 30-day ceasefire",
    "turned down an offer from Trump to help Mexico wage war", "invited
    Serbian and Kosovar leaders to talks", "urged both sides to return to
    the negotiating table", "usulan AS untuk gencatan senjata 30 hari",
    "menolak tawaran Washington untuk membantu Meksiko berperang", "tawaran
    perundingan", "mengundang kedua pemimpin ke perundingan": a word of
    proposing, offering, inviting, requesting or urging (words
    modality.proposal_verbs, modality.proposal_nouns), then a few words of
    its addressee or owner, a link (modality.proposal_links: for, of, to;
    untuk, agar, ke; or none, the act right after the word) and a few words
    more before the trigger in its clause governs the act: it is asked for
    or offered, not done, however many modifiers stand before a noun. A
    noun's owner is a name or comes with a source word ("from Qatar",
    "dari Qatar"), so that "the proposal came out of talks" tells talks
    held. An act met with what is asked for ("asked Syria for help to face
    the Turkish offensive", "meminta bantuan untuk menghadapi serangan";
    a verb of modality.resisted between) is done. An act done at someone's invitation or request ("at the
    invitation of Putin", "atas undangan Putin"; modality.granted_leads
    before the word) is done."""
    before = _window(ctx, segment, trigger_start, _PROPOSAL_REACH_WORDS, names_joined=True, capitals_joined=True)
    verbs = [(m, True) for m in find_all(ctx.words.get("modality.proposal_verbs"), before)]
    nouns = [(m, False) for m in find_all(ctx.words.get("modality.proposal_nouns"), before)]
    for cue, verbal in verbs + nouns:
        if _granted(ctx, before[:cue.start()]):
            continue
        rest = before[cue.end():]
        if not rest.strip():
            return True  # "tawaran perundingan", "offered talks": the act proposed right after the word
        if verbal and _names_only(rest):
            return True  # "meminta Amerika Serikat (AS) dan PBB mengirim pasukan": the act right after whom it asks
        if find_all(ctx.words.get("modality.resisted"), rest):
            continue  # "asked Syria for help to face the Turkish offensive": the offensive is met, not asked for
        for link in find_all(ctx.words.get("modality.proposal_links"), rest):
            owner = rest[:link.start()]
            if word_count(owner) <= _PROPOSER_WORDS and word_count(rest[link.end():]) <= _PROPOSED_WORDS and (
                    verbal or _named_owner(ctx, owner)):
                return True
    return False


def _names_only(words: str) -> bool:
    """A few capitalised words (joins blanked before), a name list:
    "Amerika Serikat (AS) Perserikatan Bangsa-Bangsa (PBB)"."""
    found = words.split()
    return 0 < len(found) <= _NAMED_ADDRESSEE_WORDS and all(_capitalised(w) for w in found)


def _named_owner(ctx: SentenceContext, owner: str) -> bool:
    """The words between a noun of proposing and its link name who proposes:
    none, names only ("usulan Amerika untuk", "Qatar's offer of"), or a
    source word first (words modality.proposal_sources: "an offer from the
    two leaders to", "tawaran dari kedua negara untuk")."""
    words = owner.split()
    if not words:
        return True
    sources = find_all(ctx.words.get("modality.proposal_sources"), owner)
    if sources and not owner[:sources[0].start()].strip():
        return True
    joins = {m.group(0).lower() for m in find_all(ctx.words.get("roles.conjunctions"), owner)}
    return all(w[:1].isupper() or w.lower() in joins for w in words)


def _granted(ctx: SentenceContext, before: str) -> bool:
    """"at the invitation of", "at Putin's invitation", "upon the request
    of", "atas undangan", "memenuhi permintaan": a lead word right before
    the word of inviting or requesting, or a word before it (words
    modality.granted_leads), makes the invitation or request the occasion
    of an act done."""
    return any(word_count(before[m.end():]) <= _GRANTED_WORDS
               for m in find_all(ctx.words.get("modality.granted_leads"), before))


def _yes_no_question(ctx: SentenceContext) -> bool:
    """"Will Russia attack Moldova?", "Akankah Rusia menyerang Moldova?": a
    sentence that ends with a question mark and opens with a word asking
    whether (words modality.question_openers) asks about an act, it tells
    none. Questions asking why or how ("Why did Russia attack?") take the
    act as told and open with no such word."""
    text = ctx.text.strip().strip(_QUOTES).strip()
    first = next(iter(text.split()), "").lower()
    return text.endswith("?") and first in ctx.words.get("modality.question_openers")


def _foretold_outcome(ctx: SentenceContext, segment: Segment, trigger_start: int) -> bool:
    """"sending troops would only lead to a war with NATO", "the incident
    could spark a conflict", "langkah itu akan memicu perang": a trigger
    right after a verb of causing (words modality.consequence_verbs) that a
    modal cue before it governs (modality.future or modality.hypothetical)
    is an outcome foretold, not an act decided, even with "will"/"akan".
    A cause told in the past ("the raid led to a war") stays a fact."""
    window = _window(ctx, segment, trigger_start, _WINDOW_WORDS, names_joined=True)
    verbs = [m for m in find_all(ctx.words.get("modality.consequence_verbs"), window)
             if word_count(window[m.end():]) <= _NOUN_WINDOW_WORDS]
    if not verbs:
        return False
    head = window[:verbs[-1].start()]
    return bool(find_all(ctx.words.get("modality.future"), head) or find_all(ctx.words.get("modality.hypothetical"), head))


def _domestic_meeting(ctx: SentenceContext, trigger_start: int, trigger_end: int) -> bool:
    """"Netanyahu told a meeting of his security cabinet", "a cabinet
    meeting", "dalam rapat kabinet", "sidang kabinet": a meeting noun whose
    body, right after it or right before it (words
    modality.domestic_meeting_after, modality.domestic_meeting_before), is
    one government's own cabinet, council or parliament is no talks between
    parties, whoever else the article names."""
    after = ctx.text[trigger_end:]
    before = ctx.text[:trigger_start]
    return any(not after[:m.start()].strip() for m in find_all(ctx.words.get("modality.domestic_meeting_after"), after)) \
        or any(not before[m.end():].strip() for m in find_all(ctx.words.get("modality.domestic_meeting_before"), before))


def _venue_of_a_meeting(ctx: SentenceContext, segment: Segment, trigger_start: int, trigger: str) -> bool:
    """"Zelensky met Dutch Prime Minister Mark Rutte at Eindhoven air base",
    "menemui Perdana Menteri Mette Frederiksen di pangkalan udara
    Skrydstrup": a place noun (words modality.venue_places: a base) right
    after a locative (modality.venue_prepositions, a name or two between)
    that follows a verb of meeting (modality.meeting_verbs) in its clause
    is where the meeting took place: it tells no forces kept there."""
    if not find_all(ctx.words.get("modality.venue_places"), trigger):
        return False
    before = _without_dates(ctx, segment.start, trigger_start)
    locatives = find_all(ctx.words.get("modality.venue_prepositions"), before)
    if not locatives or word_count(before[locatives[-1].end():]) > _VENUE_NAME_WORDS:
        return False
    head = before[:locatives[-1].start()]
    return any(word_count(head[m.end():]) <= _WINDOW_WORDS for m in find_all(ctx.words.get("modality.meeting_verbs"), head))


def _commentary(ctx: SentenceContext, trigger_start: int) -> bool:
    """"Analysts expect the row to feature in security talks", "Namun
    sejumlah pengamat mengingatkan bahwa serangan tetap terjadi", "according
    to analysts, the talks ...": an act named after commentators (words
    modality.commentators) who voice a view (a verb of modality.commentary_verbs
    right after them, or modality.commentary_sources right before them) is
    their reading of events, not one the article tells; what did happen is
    told elsewhere in the article. A commentator word with no such verb is
    something else ("tim pengamat akan dikirim": a monitoring team)."""
    before = ctx.text[:trigger_start]
    verbs = compile_patterns(ctx.words.get("modality.commentary_verbs"))
    sources = compile_patterns(ctx.words.get("modality.commentary_sources"))
    for found in find_all(ctx.words.get("modality.commentators"), before):
        after = before[found.end():]
        verb = verbs.search(after) if verbs else None
        if verb is not None and word_count(after[:verb.start()]) <= _COMMENTARY_REACH_WORDS:
            return True
        source = list(sources.finditer(before[:found.start()])) if sources else []
        if source and word_count(before[source[-1].end():found.start()]) <= _COMMENTARY_SOURCE_WORDS:
            return True
    return False


def _qualified_as_possible(ctx: SentenceContext, trigger_start: int, trigger_end: int) -> bool:
    """"protection against future Azerbaijani attacks", "a potential
    invasion", "potensi serangan", "serangan Azerbaijan di masa mendatang",
    "attacks by Iran in the future": a trigger qualified
    as possible or to come (words modality.possible_before right before it,
    modality.possible_after right after it, at most its owner's words and
    no comma between) names acts that may happen, not one that did. Such a
    qualifier further off qualifies something else ("the future of the
    ceasefire" tells a ceasefire that holds)."""
    before = ctx.text[:trigger_start]
    after = ctx.text[trigger_end:]
    return any(_close(before[m.end():], _QUALIFIER_BEFORE_WORDS) or _owners_only(ctx, before[m.end():])
               for m in find_all(ctx.words.get("modality.possible_before"), before)) or any(
        _close(after[:m.start()], _QUALIFIER_AFTER_WORDS)
        for m in find_all(ctx.words.get("modality.possible_after"), after))


def _kind_to_come(ctx: SentenceContext, trigger_start: int, trigger_end: int) -> bool:
    """"a similar incursion on Venezuelan soil would be a cause for war",
    "such attacks will continue", "another attack could come at any time",
    "serangan semacam itu akan terus berlanjut", "serangan serupa bisa
    terjadi lagi": a trigger naming a kind of act (words
    modality.kind_before right before it, modality.kind_after right after
    it) that is the subject of a modal (modality.subject_modals, a few words
    after it in its clause) tells what may come, not an act that happened.
    Without the modal it may be one ("a similar attack in 2019 killed 30")."""
    before, after = ctx.text[:trigger_start], ctx.text[trigger_end:]
    kind = any(_close(before[m.end():], _QUALIFIER_BEFORE_WORDS)
               for m in find_all(ctx.words.get("modality.kind_before"), before))
    following = [m for m in find_all(ctx.words.get("modality.kind_after"), after)
                 if _close(after[:m.start()], _QUALIFIER_AFTER_WORDS)]
    if not kind and not following:
        return False
    rest = after[following[0].end():] if following else after
    clause = _own_clause(ctx, rest)
    modal = find_all(ctx.words.get("modality.subject_modals"), clause)
    return bool(modal) and word_count(clause[:modal[0].start()]) <= _SUBJECT_TAIL_WORDS


def _guarded_against(ctx: SentenceContext, trigger_start: int) -> bool:
    """"to deter an attack by China", "in the event of an attack on a
    member", "Kyiv feared a Russian invasion", "bersiap menghadapi serangan
    China", "untuk menangkal serangan": a trigger right after a phrase of
    defending against, deterring, fearing or preparing for it (words
    modality.guarded_against; a determiner and its owner's names may stand
    between) names an act that may come, not one that happened. Further off
    the phrase governs something else ("preparing for a long war" tells a
    war that is on)."""
    before = ctx.text[:trigger_start]
    return any(_close(before[m.end():], _QUALIFIER_BEFORE_WORDS) or _owners_only(ctx, _without_determiner(
        ctx, before[m.end():])) for m in find_all(ctx.words.get("modality.guarded_against"), before))


def _without_determiner(ctx: SentenceContext, between: str) -> str:
    """The words between a qualifier and its noun without the determiner
    opening them ("a Russian" -> "Russian"; words modality.determiners)."""
    words = between.split()
    if words and words[0].lower() in ctx.words.get("modality.determiners"):
        return " " + " ".join(words[1:]) + " " if len(words) > 1 else ""
    return between


def _owners_only(ctx: SentenceContext, between: str) -> bool:
    """"any US or Israeli strike": between a qualifier and its noun, only
    names and demonyms (capitalised words) and the conjunctions joining them."""
    words = compile_patterns(ctx.words.get("roles.conjunctions")).sub(" ", between).split() if find_all(
        ctx.words.get("roles.conjunctions"), between) else between.split()
    return "," not in between and 0 < len(words) <= _OWNER_WORDS and all(w[0].isupper() for w in words)


def _close(between: str, most: int) -> bool:
    """A qualifier and its noun with at most `most` words and no comma between."""
    return "," not in between and word_count(between) <= most


def _due(ctx: SentenceContext, segment: Segment, trigger_start: int, trigger: str, key: str) -> bool:
    """"Macron was due to meet Putin", "was due to hold talks", "is due to
    visit Kyiv": a cue of `key` right before an infinitive that is the
    trigger or a support verb of it tells a plan; before a noun it gives a
    cause ("the delay was due to fighting")."""
    before = _without_dates(ctx, segment.start, trigger_start)
    cues = find_all(ctx.words.get(key), before)
    if not cues:
        return False
    between = before[cues[-1].end():]
    opening = find_all(ctx.words.get("modality.infinitive"), between)
    if not between.strip():  # "was due | to meet": the trigger opens with the infinitive
        return any(trigger.lower().startswith(f"{marker} ") for marker in ctx.words.get("modality.infinitive"))
    verb = between[opening[0].end():] if opening and not between[:opening[0].start()].strip() else ""
    return bool(verb.strip()) and word_count(verb) <= _INFINITIVE_VERB_WORDS and bool(
        find_all(ctx.words.get("roles.support_verbs"), verb))


def _coordinated_infinitive(ctx: SentenceContext, segment: Segment, trigger_start: int) -> bool:
    """"urged Putin to withdraw his troops and to enter negotiations with
    Kyiv", "mendesak X untuk menarik pasukannya dan untuk berunding": a noun
    trigger in an infinitive (words modality.infinitive, a verb or two
    between) joined by a conjunction to an infinitive before it is governed
    like that one, by the verb the first infinitive hangs on."""
    before = _without_dates(ctx, segment.start, trigger_start)
    joins = find_all(ctx.words.get("roles.conjunctions"), before)
    if not joins:
        return False
    after_join = before[joins[-1].end():]
    opening = find_all(ctx.words.get("modality.infinitive"), after_join)
    return bool(opening) and opening[0].start() == len(after_join) - len(after_join.lstrip()) and word_count(
        after_join[opening[0].end():]) <= _INFINITIVE_VERB_WORDS


def _coordinated_window(ctx: SentenceContext, segment: Segment, trigger_start: int, trigger: str) -> str:
    """"Russia will withdraw its tanks and deploy peacekeepers", "Rusia
    dapat menutup kedutaannya serta mengirim pasukan": a verb joined by a
    conjunction to the verb phrase before it, with no actor or comma between
    (no clause of its own), shares that phrase's modal; the words before the
    conjunction are its window. Negation is not shared ("did not sign the
    deal and held talks"), nor is the modal by a verb with a tense of its
    own ("would respond and deployed troops", "dan telah mengirim pasukan").
    """
    before = _without_dates(ctx, segment.start, trigger_start)
    joins = find_all(ctx.words.get("roles.conjunctions"), before)
    if not joins:
        return ""
    join = joins[-1]
    between = segment.start + join.end(), trigger_start
    if "," in before[join.end():] or ctx.units_between(*between) or _own_tense(ctx, before[join.end():], trigger):
        return ""
    return _window(ctx, Segment(segment.start, segment.start + join.start(), segment.kind),
                   segment.start + join.start(), _WINDOW_WORDS)


def _conditioned(ctx: SentenceContext, segment: Segment, trigger_start: int) -> bool:
    """"Iran would return to talks if its rights were respected", "Brasil
    akan mengirim tentara jika diminta", "If X attacks, Y would send
    troops": an act to come told with a condition after it in its sentence,
    or after a clause opened by one, is only conditional, not decided. "Even
    if the talks fail", "as if" (modality.concessive) set no condition."""
    after = ctx.text[trigger_start:]
    concessive = [(m.start(), m.end()) for m in find_all(ctx.words.get("modality.concessive"), after)]
    if any(not any(a <= m.start() < b for a, b in concessive)
           for m in find_all(ctx.words.get("modality.hypothetical_clause"), after)):
        return True
    return any(opens_hypothetical(ctx, s) for s in ctx.segments if s.end <= segment.start)


def _conditional_threat(ctx: SentenceContext, segment: Segment, trigger_start: int, trigger: str) -> bool:
    """"warned that Israel would strike again if Hezbollah violated the
    truce", "threatened to attack unless the troops left", "mengancam akan
    membalas jika pasukan Kenya tidak ditarik": a threat (a trigger holding
    a word of modality.threat_makers) whose act hangs on a condition after
    it in its sentence (modality.threat_conditions, not one of
    modality.concessive), or on a generic act in its own clause ("warned
    that any rocket fire would be met with a harsh response", "membalas
    setiap serangan"; modality.threat_generic outside the idioms of
    modality.generic_idioms: "at any time", "by any means", "setiap saat"),
    or that follows a clause opened by one ("If X attacks, Y vowed to
    retaliate"), is a conditional, no event (docs/gold-format.md). The word of threatening is told with or without
    a future cue, so this is asked before the future is."""
    if not find_all(ctx.words.get("modality.threat_makers"), trigger):
        return False
    after = ctx.text[trigger_start + len(trigger):]
    concessive = [(m.start(), m.end()) for m in find_all(ctx.words.get("modality.concessive"), after)]
    if any(not any(a <= m.start() < b for a, b in concessive)
           for m in find_all(ctx.words.get("modality.threat_conditions"), after)):
        return True
    clause = _own_clause(ctx, after)
    idioms = [(m.start(), m.end()) for m in find_all(ctx.words.get("modality.generic_idioms"), clause)]
    if any(not any(a <= m.start() < b for a, b in idioms)
           for m in find_all(ctx.words.get("modality.threat_generic"), clause)):
        return True  # "warned that any attack would be met with force"; not "could strike at any time"
    return any(opens_hypothetical(ctx, s) for s in ctx.segments if s.end <= segment.start)


def _own_clause(ctx: SentenceContext, after: str) -> str:
    """The text after a trigger up to the next comma, semicolon or
    conjunction: "vowed to retaliate, and Tehran said it would answer any
    strike" leaves the second clause out."""
    ends = [m.start() for m in find_all(ctx.words.get("roles.conjunctions"), after)]
    ends += [i for i in (after.find(","), after.find(";")) if i >= 0]
    return after[:min(ends, default=len(after))]


def _denied(ctx: SentenceContext, segment: Segment) -> bool:
    """"Moscow denied reports that Wagner mercenaries fought for Haftar",
    "Rusia membantah bahwa pasukannya menyerang konvoi itu": a complement
    whose clause ends, a few words after a verb of denial, with the cue
    opening it tells an act the text denies."""
    return _complement_of(ctx, segment, "modality.denies")


def _demanded(ctx: SentenceContext, segment: Segment) -> bool:
    """"Egypt demanded that Ethiopia hold talks with Sudan", "a Saudi
    request that Pakistan join the operation": a complement opened a few
    words after a verb or noun of demanding or proposing (words
    modality.demands) tells an act asked for, not one done."""
    return _complement_of(ctx, segment, "modality.demands")


def _complement_of(ctx: SentenceContext, segment: Segment, key: str) -> bool:
    """The segment is a complement whose governing clause ends, a few words
    after a cue of `key`, with the cue opening it."""
    index = ctx.segments.index(segment) if segment in ctx.segments else 0
    if index == 0 or segment.kind != "complement":
        return False
    governing = _without_asides(ctx.text[_governing_start(ctx, index):segment.start])
    return any(word_count(governing[m.end():]) <= _DENIAL_REACH_WORDS for m in find_all(ctx.words.get(key), governing))


def _governing_start(ctx: SentenceContext, index: int) -> int:
    """Where the clauses a complement hangs on begin: after the complement
    before it, else at the sentence's start. A complement that runs right up
    to this one holds the verb governing it ("Police said there was no
    indication that ...", "X said Moscow denied that ..."): it begins there."""
    earlier = [s for s in ctx.segments[:index] if s.kind == "complement"]
    if not earlier:
        return ctx.segments[0].start
    return earlier[-1].start if earlier[-1].end == ctx.segments[index].start else earlier[-1].end


def _without_asides(text: str) -> str:
    """"Russia denies, as it has for years, that ...", "Rusia membantah,
    seperti yang dilakukannya sejak 2014, bahwa ...": a short aside set off
    by two commas stands between a verb and its complement without ending
    the verb's clause; it is left out."""
    return _ASIDE.sub(lambda m: " " if word_count(m.group(1)) <= _ASIDE_WORDS else m.group(0), text)


def _right_after(ctx: SentenceContext, segment: Segment, trigger_start: int, key: str) -> bool:
    """A cue of `key` before the trigger in its clause with at most a few
    words of determiners and modifiers between: a verb calling the act off
    ("cancelled a meeting with", "called off his planned talks", "boycotted
    the summit", "membatalkan rencana pertemuan"; modality.called_off) or
    telling it was averted ("came close to all-out war", "to avoid new
    cross-border attacks", "nyaris berperang", "untuk mencegah serangan
    darat"; modality.averted) says it never took place; further back the
    cue governs something else ("cancelled the trip and met Y"). So does a
    verb of failing to reach it ("failed to reach a ceasefire", "gagal
    mencapai gencatan senjata"; modality.failed), and a noun of pausing it
    ("a five-day pause in the Syria offensive", "the longest lull in
    fighting", "jeda pertempuran"; modality.paused): the pause is told, the
    fighting it interrupts is told elsewhere."""
    before = _window(ctx, segment, trigger_start, _CALLED_OFF_REACH_WORDS)
    return any(word_count(before[m.end():]) <= _NOUN_WINDOW_WORDS for m in find_all(ctx.words.get(key), before))


def _own_tense(ctx: SentenceContext, between: str, trigger: str) -> bool:
    """An auxiliary between the conjunction and the trigger, or a trigger
    verb in a past form (words modality.own_tense, modality.past_endings)."""
    first = next(iter(trigger.split()), "").lower()
    return bool(find_all(ctx.words.get("modality.own_tense"), between)) or any(
        first.endswith(ending) for ending in ctx.words.get("modality.past_endings"))


def _opens_with_future(ctx: SentenceContext, trigger: str) -> bool:
    """A trigger opening with a one-word future cue ("will meet", "akan
    bertemu"); "threatened to attack" is a threat made, not one to come, and
    so is a vow of revenge."""
    if _vow_of_force(ctx, trigger):
        return False
    return any(m.start() == 0 and len(m.group(0).split()) == 1
               for m in find_all(ctx.words.get("modality.future"), trigger))



def _vow_of_force(ctx: SentenceContext, trigger: str) -> bool:
    """"Irak bersumpah akan membalas serangan Turki", "berjanji menghukum
    para pelaku", "vowed to retaliate": a trigger opening with a vow (words
    modality.vows; Indonesian vows are future cues, modality.future) that
    names revenge or punishment (modality.vowed_force) is the threat itself,
    made and dated the day it was told. A vow to send troops or aid
    ("berjanji akan mengirim pasukan") stays an act to come."""
    opening = find_all(ctx.words.get("modality.vows"), trigger)
    return bool(opening) and opening[0].start() == 0 and bool(
        find_all(ctx.words.get("modality.vowed_force"), trigger[opening[0].end():]))


def threatened(ctx: SentenceContext, segment: Segment, trigger_start: int, trigger: str) -> bool:
    """"Iran threatened to attack Israel", "Rusia mengancam menyerbu Ukraina",
    "warned that its army would launch an offensive": a threat cue before the
    trigger (or glued to it) in its clause, or in the clause a complement
    hangs on, makes the act one threatened, not one that will happen."""
    before = _window(ctx, _with_governing_clause(ctx, segment), trigger_start, _THREAT_REACH_WORDS)
    cues = find_all(ctx.words.get("modality.threat"), f"{before} {trigger}")
    return any(m.start() < len(before) and word_count(before[m.end():]) <= _WINDOW_WORDS for m in cues)


def _accused_intent(ctx: SentenceContext, trigger_start: int) -> bool:
    """"accused Washington of planning to use Colombian bases to attack
    Venezuela", "menuduh Washington hendak menyerang Venezuela", "blamed
    Kigali for trying to seize Goma": an act one side charges another with
    intending (a future cue, modality.future, between an accusation of any
    form, modality.accusations, and the trigger, a few words apart) is a
    charge of a plan, neither decided nor done."""
    before = ctx.text[:trigger_start]
    accused = find_all(ctx.words.get("modality.accusations"), before)
    if not accused:
        return False
    between = before[accused[-1].end():]
    return word_count(between) <= _THREAT_REACH_WORDS and bool(find_all(ctx.words.get("modality.future"), between))


def denied_accusation(ctx: SentenceContext, trigger_start: int) -> bool:
    """"accusing Eritrea of sending troops, which Asmara denies", "accuse
    Rwanda of arming M23, a charge Kigali denies", "the allegation that X
    sent arms, which it rejects", "menuduh Kigali mendukung M23, tuduhan yang
    dibantah Rwanda": an act named after an accusation of any form (words
    modality.accusations: the verb in every inflection, its noun, "alleged")
    the sentence says is denied is a charge, not a fact."""
    accused = [m for m in find_all(ctx.words.get("modality.accusations"), ctx.text) if m.end() <= trigger_start]
    return bool(accused) and bool(find_all(ctx.words.get("modality.denial"), ctx.text[trigger_start:]))


def _with_governing_clause(ctx: SentenceContext, segment: Segment) -> Segment:
    """A complement ("that its army would ...") reaches back to the clause
    that reports it ("Turkey warned on Monday")."""
    index = ctx.segments.index(segment) if segment in ctx.segments else 0
    while index > 0 and ctx.segments[index].kind == "complement":
        index -= 1
    return Segment(min(ctx.segments[index].start, segment.start), segment.end, segment.kind)

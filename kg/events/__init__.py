"""Event extraction: trigger rules per language (kg/lang/<code>/events.toml),
roles from actor mentions, dates, numbers of dead and troops, modality, the
discourse rules that tie sentences together, and the memberships and
treaties a text states.

`read_events(doc, sentences, mentions)` returns drafts in text order (kg.link
merges them into one event per real thing), the stated memberships and the
known treaties named with their parties.
"""
from __future__ import annotations

from dataclasses import dataclass

from kg.events.anaphora import resolve_group_anaphora
from kg.events.diplomacy import (
    attach_delegates,
    calls_of_a_pronoun_subject,
    changes_by_their_owner,
    complete_one_sided_truces,
    inherit_brokers,
    join_delegations,
    join_listed_partners,
    mark_body_meetings,
    mark_unilateral_truces,
    one_change_per_listed_member,
    resolve_leaders_anaphora,
    resolve_trios,
    talks_in_a_foreign_capital,
    talks_with_a_pronoun_object,
    without_borrowed_venues,
    without_calls_told_again,
    without_foes_of_a_dispute,
    without_participle_meetings,
    without_one_sided_talks,
    without_signings_told_again,
    without_speech_to_no_partner,
    without_summits_of_a_membership_change,
    without_talks_called_off,
    without_venue_states,
    without_visits_told_aside,
    without_withdrawals_from_a_place,
)
from kg.events.discourse import carry_dates, resolve
from kg.events.drafts import Draft
from kg.events.extract import build_context, sentence_drafts
from kg.events.memberships import document_memberships
from kg.events.treaties import named_treaties
from kg.model import Document, MembershipFact, Mention, Sentence, TreatyFact

__all__ = ["Draft", "Reading", "read_events"]


@dataclass
class Reading:
    drafts: list[Draft]
    memberships: list[MembershipFact]
    treaties: list[TreatyFact]


def read_events(doc: Document, sentences: list[Sentence], mentions: list[Mention]) -> Reading:
    contexts = [build_context(doc, s, mentions) for s in sentences if not s.is_chrome]
    carry_dates(contexts)
    resolve_group_anaphora(contexts)
    resolve_leaders_anaphora(contexts)
    drafts = [draft for ctx in contexts for draft in sentence_drafts(ctx)]
    drafts = without_visits_told_aside(contexts, without_venue_states(contexts, drafts))
    drafts = without_talks_called_off(contexts, without_participle_meetings(contexts, drafts))
    drafts = without_speech_to_no_partner(contexts, drafts)
    drafts = without_summits_of_a_membership_change(without_withdrawals_from_a_place(contexts, drafts))
    drafts = without_foes_of_a_dispute(contexts, drafts)
    resolve_trios(contexts, drafts)
    mark_unilateral_truces(contexts, drafts)
    mark_body_meetings(contexts, drafts)
    talks_in_a_foreign_capital(contexts, drafts)
    calls_of_a_pronoun_subject(contexts, drafts)
    talks_with_a_pronoun_object(contexts, drafts)
    changes_by_their_owner(contexts, drafts)
    drafts = one_change_per_listed_member(contexts, drafts)
    drafts = join_listed_partners(contexts, join_delegations(resolve(contexts, drafts)))
    without_borrowed_venues(contexts, drafts)
    drafts = without_signings_told_again(without_calls_told_again(contexts, drafts))
    attach_delegates(contexts, drafts)
    complete_one_sided_truces(drafts)
    inherit_brokers(drafts)
    drafts = without_one_sided_talks(drafts)
    treaties = [fact for ctx in contexts for fact in named_treaties(ctx)]
    return Reading(drafts, document_memberships(contexts, drafts), treaties)

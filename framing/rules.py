"""Context rules: where the same word is a finding in one use and plain in another.

The word lists the rules read are lexicon files (negators.tsv, quantities.tsv,
context_words.tsv, and the `plain_sense` rows of each lexicon); the decisions are code, each a small function with a name
that says what it decides, so a finding's `rule` field can cite it.  lexicons/README.md lists
every rule with examples; tests/test_rules.py holds one table row per case.

This module keeps the order the rules run in (`RULES`), which of them can change a match of an
entry (`rules_for`) and the running of them (`decide`).  The rules, in that order:

- `plain_sense` (framing.rules_senses): a `plain_sense` row swallows the finding inside it.
- `connective` (framing.rules_senses): "Rather," opening a sentence links it; no hedge.
- `degree_adverb` (framing.rules_senses): "fairly sure" hedges; "treated fairly" does not.
- `month_may` (framing.rules_senses): "May" the month or the surname, not the modal.
- `generic_may` (framing.rules_modals): "a person may suffer", "one may apply": "can", no hedge.
- `proper_name` (framing.rules_senses): a capitalised loaded word inside a name.
- `noun_use` (framing.rules_senses): a verb-only loaded word used as a noun ("his claims").
- `quantity_approximator` (framing.rules_vagueness): "about", "some" hedge only before a number.
- `vague_quantifier` (framing.rules_vagueness): "many", "most" hedge only for an unnamed group.
- `vague_group` (framing.rules_vagueness): "critics" hedge only when a view is credited to them.
- `vague_determiner` (framing.rules_vagueness): "certain officials" hedges; "certain that" boosts.
- `partitive` (framing.rules_partitive): "some of them believe" hedges; "some of the 40 passengers" counts.
- `agentless_passive` (framing.rules_vagueness): "was criticized" hedges; "criticized by the UN" does not.
- `proposal` (framing.rules_proposal): "the planner will suggest a fund" proposes; no hedge.
- `record_subject` (framing.rules_records): "court records indicated" states what they hold; no hedge.
- `named_holder` (framing.rules_holders): "Jones believed", "Loomis further suggests" report a named view; no hedge.
- `naming_noun` (framing.rules_senses): a hedge verb used as a noun ("the suspect", "Estimates of").
- `ability_could` (framing.rules_negation): "could not" is inability, not a hedge.
- `negation` (framing.rules_negation): a negator before a booster or doubt word flips it.

A lexicon of the user's own gets `plain_sense` and `proper_name`, the rules keyed on a category
when its rows use that category's name, and `noun_use` and `negation` where its metadata.json says
`"rules": ["noun_use", "negation"]` (framing.lexicon_files.USER_RULES).

What every rule reads and returns (`RuleData`, `Decision`, `KEEP`) is in framing.rules_data.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from framing.lexicon import Entry, Match
from framing.models import Token
from framing.rules_data import (
    AGENTLESS_PASSIVE,
    EPISTEMIC_VERB,
    KEEP,
    PLAIN_SENSE,
    QUANTITY_APPROXIMATOR,
    VAGUE_GROUP,
    VAGUE_QUANTIFIER,
    Decision,
    Rule,
    RuleData,
    _data,
)
from framing.rules_negation import ability_could, negation
from framing.rules_modals import GENERIC_MAY, generic_may
from framing.rules_partitive import partitive
from framing.rules_proposal import PROPOSAL_VERBS, proposal
from framing.rules_senses import connective, degree_adverb, month_may, naming_noun, noun_use, plain_sense, proper_name
from framing.rules_holders import named_holder
from framing.rules_records import RECORD_VERBS, record_subject
from framing.rules_vagueness import (
    agentless_passive,
    quantity_approximator,
    vague_determiner,
    vague_group,
    vague_quantifier,
)

# What callers of `decide` and `rules_for` need, from where it is defined.
__all__ = ["KEEP", "RULES", "Decision", "Rule", "RuleData", "decide", "rules_for"]


# Every rule in the order `decide` runs them, with what an entry must be for the rule to apply at
# all (the rule itself checks this again, so running it elsewhere only costs time).
RULES: tuple[tuple[Rule, Callable[[Entry, RuleData], bool]], ...] = (
    (plain_sense, lambda e, data: e.category == PLAIN_SENSE),
    (connective, lambda e, data: e.term in data.connectives),
    (degree_adverb, lambda e, data: e.term in data.degree_adverbs),
    (month_may, lambda e, data: e.term == "may"),
    (generic_may, lambda e, data: e.term == GENERIC_MAY and e.lexicon == "hedge"),
    (proper_name, lambda e, data: e.lexicon not in ("hedge", "booster")),  # loaded, and a lexicon of the user's own
    (noun_use, lambda e, data: (e.lexicon == "loaded" and e.term in data.verb_only) or e.lexicon in data.noun_use_lexicons),
    (quantity_approximator, lambda e, data: e.category == QUANTITY_APPROXIMATOR),
    (vague_quantifier, lambda e, data: e.category == VAGUE_QUANTIFIER),
    (vague_group, lambda e, data: e.category == VAGUE_GROUP),
    (vague_determiner, lambda e, data: e.lexicon == "booster" and e.term in data.vague_determiners),
    (partitive, lambda e, data: e.lexicon == "hedge" and e.term in data.partitives),
    (agentless_passive, lambda e, data: e.category == AGENTLESS_PASSIVE),
    (proposal, lambda e, data: e.category == EPISTEMIC_VERB and e.term in PROPOSAL_VERBS),
    (record_subject, lambda e, data: e.category == EPISTEMIC_VERB and e.term in RECORD_VERBS),
    (named_holder, lambda e, data: e.category == EPISTEMIC_VERB and e.term in data.holder_verbs),
    (naming_noun, lambda e, data: e.lexicon == "hedge" and e.term + "s" in data.naming_nouns),
    (ability_could, lambda e, data: e.term == "could"),
    # A negated hedge stays a hedge unless it is a doubt word ("not doubt" boosts).
    # A lexicon of the user's own whose metadata opts in: a negated term is no finding.
    (negation, lambda e, data: e.lexicon == "booster" or (e.lexicon == "hedge" and e.category == "doubt") or e.lexicon in data.negation_lexicons),
)


def rules_for(entry: Entry, data: RuleData) -> tuple[Rule, ...]:
    """The rules that can change a match of `entry`, in `decide`'s order: each of the others
    returns KEEP for it whatever the context, so skipping them changes nothing.  Most entries
    need one rule or two of the nineteen; worked out once per entry and kept in `data.plans`."""
    cached = data.plans.get(id(entry))
    if cached is not None and cached[0] is entry:
        return cached[1]
    plan = tuple(rule for rule, applies in RULES if applies(entry, data))
    data.plans[id(entry)] = (entry, plan)
    return plan


def decide(text: str, tokens: Sequence[Token], m: Match, context: RuleData | frozenset[str], sentence_start: int) -> Decision:
    """Run every rule that applies to a match; the first that changes anything decides.

    `context` is a RuleData (`RuleData.from_lexicons(lexicons)`); a bare set of negators is
    accepted too and completed with the packaged word lists.
    """
    data = _data(context)
    for rule in rules_for(m.entry, data):
        decision = rule(text, tokens, m, sentence_start, data)
        if decision is not KEEP:
            return decision
    return KEEP

"""Context rules of negation: a negator near a hedge or booster changes the writer's commitment.

"not certain" hedges and "I don't doubt" boosts (`negation`); "could not", "could never" state
inability, not possibility (`ability_could`).  Each rule is registered, in its place in the
running order, in framing.rules; the pattern that finds negation cues fast is built with the word
lists, in framing.rules_data.
"""

from __future__ import annotations

from collections.abc import Sequence

from framing.lexicon import Match
from framing.models import Token
from framing.rules_data import KEEP, Decision, RuleData, _next

NEGATION_WINDOW = 3  # tokens before a term that a negator may stand in and still govern it


def is_negated(tokens: Sequence[Token], first: int, negators: frozenset[str], sentence_start: int) -> str | None:
    """The negator governing the token at `first`, if one of the few tokens before it is one."""
    for j in range(first - 1, max(first - 1 - NEGATION_WINDOW, -1), -1):
        tok = tokens[j]
        if tok.start < sentence_start:
            break
        if tok.norm in negators or tok.norm.endswith("n't"):
            return tok.norm
    return None


def ability_could(text: str, tokens: Sequence[Token], m: Match, sentence_start: int, data: RuleData) -> Decision:
    """"could not", "could never" state inability, not possibility: no hedge."""
    if m.entry.term != "could" or m.first != m.last:
        return KEEP
    if _next(tokens, m.last + 1) in data.ability_followers:
        return COULD_NOT
    return KEEP


COULD_NOT = Decision(False, rule="modal: 'could not' states inability, not possibility")


def negation(text: str, tokens: Sequence[Token], m: Match, sentence_start: int, data: RuleData) -> Decision:
    """Negation flips epistemic commitment: 'not certain' hedges; 'I don't doubt' boosts."""
    lex = m.entry.lexicon
    if lex not in ("hedge", "booster"):
        return KEEP
    first = m.first
    cue = data.negation_cue
    if cue is not None and first > 0 and cue.search(text[tokens[max(first - NEGATION_WINDOW, 0)].start : tokens[first - 1].end].lower()) is None:
        return KEEP  # no negation cue in the words before: most matches end here
    neg = is_negated(tokens, first, data.negators, sentence_start)
    if neg is None:
        return KEEP
    if lex == "booster":
        return Decision(True, "hedge", f"negation: '{neg}' before a booster makes it a hedge")
    if m.entry.category == "doubt":
        return Decision(True, "booster", f"negation: '{neg}' before a doubt word makes it a booster")
    return KEEP

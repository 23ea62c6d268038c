"""Context rules: where the same word is a finding in one use and plain in another.

The word lists the rules read are lexicon files (negators.tsv); the decisions are code, each a small
function with a name that says what it decides, so a finding's `rule` field can cite it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from framing.lexicon import Match
from framing.models import Token

NEGATION_WINDOW = 3  # tokens before a term that a negator may stand in and still govern it
MONTH_CONTEXT = {"in", "since", "until", "till", "by", "on", "early", "late", "mid", "of", "last", "next", "this", "from", "during", "through", "before", "after"}


@dataclass(slots=True, frozen=True)
class Decision:
    """What a rule made of a match: keep it (perhaps as another type), or drop it, and why."""

    keep: bool
    type: str | None = None  # None keeps the type of the match's lexicon
    rule: str | None = None


KEEP = Decision(True)


def is_negated(tokens: Sequence[Token], first: int, negators: frozenset[str], sentence_start: int) -> str | None:
    """The negator governing the token at `first`, if one of the few tokens before it is one."""
    for j in range(first - 1, max(first - 1 - NEGATION_WINDOW, -1), -1):
        tok = tokens[j]
        if tok.start < sentence_start:
            break
        if tok.norm in negators or tok.norm.endswith("n't"):
            return tok.norm
    return None


def month_may(text: str, tokens: Sequence[Token], m: Match, sentence_start: int) -> Decision:
    """"May" the month (or the surname) is not the modal: capitalised mid-sentence, or next to a date."""
    tok = tokens[m.first]
    if m.entry.term != "may" or text[tok.start : tok.end] != "May":
        return KEEP
    nxt = tokens[m.first + 1].norm if m.first + 1 < len(tokens) else ""
    prev = tokens[m.first - 1].norm if m.first > 0 and tokens[m.first - 1].start >= sentence_start else ""
    if nxt[:1].isdigit() or prev[:1].isdigit() or prev in MONTH_CONTEXT or tok.start > sentence_start:
        return Decision(False, rule="month-may: 'May' here is the month or a name, not the modal")
    return KEEP


def negation(tokens: Sequence[Token], m: Match, negators: frozenset[str], sentence_start: int) -> Decision:
    """Negation flips epistemic commitment: 'not certain' hedges; 'no doubt' boosts."""
    lex = m.entry.lexicon
    if lex not in ("hedge", "booster"):
        return KEEP
    neg = is_negated(tokens, m.first, negators, sentence_start)
    if neg is None:
        return KEEP
    if lex == "booster":
        return Decision(True, "hedge", f"negation: '{neg}' before a booster makes it a hedge")
    if m.entry.category == "doubt":
        return Decision(True, "booster", f"negation: '{neg}' before a doubt word makes it a booster")
    return KEEP


def decide(text: str, tokens: Sequence[Token], m: Match, negators: frozenset[str], sentence_start: int) -> Decision:
    """Run every rule that applies to a match; the first that changes anything decides."""
    for decision in (month_may(text, tokens, m, sentence_start), negation(tokens, m, negators, sentence_start)):
        if decision is not KEEP:
            return decision
    return KEEP

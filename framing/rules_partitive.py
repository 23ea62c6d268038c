"""Context rule for partitive weasel rows: when "some of", "many of" count and when they hedge.

"some of them believe", "many of his critics say", "some of the claims are disputed", "some of the
best players" leave unnamed who holds a view or how far a claim reaches: hedges (the weasel rows
of hedge.tsv; Wikipedia's weasel-word annotators, CoNLL-2010, mark such partitives uncertain as a
rule).  A partitive that counts says nothing vague about who holds a view: "some of the 40
passengers", "many of its 2,000 employees" (a number in the set), "many of the buildings
collapsed", "some of them were killed" (those an event befell: `event_verb` rows of
context_words.tsv), "as many of them as possible" (a comparison).  Registered, in its place in
the running order, in framing.rules.
"""

from __future__ import annotations

from collections.abc import Sequence

from framing.lexicon import Match
from framing.models import Token
from framing.rules_data import KEEP, SENTENCE_END, Decision, RuleData, _next

PAUSE = frozenset(",;:()–—") | SENTENCE_END
EVENT_WINDOW = 6  # tokens after "of" within which the event verb stands: "of the protesters were later arrested"
COMPARISON_WINDOW = 8  # tokens after "of" within which the second "as" stands: "as many of the old components of the bridge as"
RELATIVES = frozenset({"who", "whom", "whose", "that", "which"})  # "some of those who were injured said": the verb is theirs


def partitive(text: str, tokens: Sequence[Token], m: Match, sentence_start: int, data: RuleData) -> Decision:
    """"some of", "many of" (`partitive` rows of context_words.tsv) hedge unless they count: before
    a number ("some of the 40 passengers"), as the subject of an event verb ("many of the buildings
    collapsed"), in "as many of ... as" (a comparison), or after "how" (a question of number: "how
    many of the country's 11 million immigrants can")."""
    if m.entry.term not in data.partitives:
        return KEEP
    term = m.entry.term
    if m.first > 0 and tokens[m.first - 1].start >= sentence_start and tokens[m.first - 1].norm == "how" and not _pause(text, tokens, m.first):
        return Decision(False, rule=f"partitive: 'how {term}' asks a number, no vague group")
    i = m.last + 1
    k = i
    while k < i + 2 and (_next(tokens, k) in data.determiners or _next(tokens, k).endswith(("'s", "’s"))) and not _pause(text, tokens, k):
        k += 1
    counted = _next(tokens, k)
    if counted[:1].isdigit() or counted in data.quantities:
        return Decision(False, rule=f"partitive: '{term} ... {counted}' counts a set that is named, no vague group")
    if _comparison(text, tokens, m, sentence_start):
        return Decision(False, rule=f"partitive: 'as {term} ... as' compares a quantity, no vague group")
    for j in range(i, min(i + EVENT_WINDOW, len(tokens))):
        word = tokens[j].norm
        if _pause(text, tokens, j) or word in RELATIVES or word in data.group_verbs:
            break
        if word in data.event_verbs:
            return Decision(False, rule=f"partitive: '{term} ... {word}' counts those an event befell, no vague group")
    return KEEP


def _pause(text: str, tokens: Sequence[Token], j: int) -> bool:
    """Whether a punctuation mark stands between token j - 1 and token j."""
    return j > 0 and bool(set(text[tokens[j - 1].end : tokens[j].start]) & PAUSE)


def _comparison(text: str, tokens: Sequence[Token], m: Match, sentence_start: int) -> bool:
    """ "as many of them as possible": "as" right before the partitive and another "as" after it
    in the same phrase."""
    if m.first == 0 or tokens[m.first - 1].start < sentence_start or tokens[m.first - 1].norm != "as" or _pause(text, tokens, m.first):
        return False
    for j in range(m.last + 1, min(m.last + 1 + COMPARISON_WINDOW, len(tokens))):
        if _pause(text, tokens, j):
            return False
        if tokens[j].norm == "as":
            return True
    return False

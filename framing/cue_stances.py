"""The stances the words around a cue decide, once the attributions are found.

A cue's stance is its reporting_verbs.tsv row's class ("claim": lowering).  Two readings change it
by what surrounds the cue: a legal charge ("was charged with assault": `neutral`), a non-answer ("declined to comment", "did not respond to a request
for comment": `no_comment`, from the phrase rows of that class; a phrase with no reporting verb
to be its cue, "could not be reached for comment", is framing.no_comment_cues') and a "suggest" that proposes
("the planner will suggest a fund": `urging`, the reading of framing.rules_proposal, which also
makes it no hedge).  Apart from framing.attribution, which finds the attributions, because these
read phrases and rules of their own after every attribution is made.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from framing import article_text
from framing.lexicon import LexiconSet, Match
from framing.models import Attribution, Token
from framing.rules_data import RuleData
from framing.rules_proposal import PROPOSAL_VERBS, puts_forward

NO_COMMENT = "no_comment"  # the stance of reporting_verbs.tsv's phrase rows of an answer not given
REFUSAL = "denial"  # the stance of "decline", "refuse": their no_comment phrases need no negator
_NOT_NEGATIONS = frozenset({"clause_boundary", "fact_adverb"})  # negators.tsv rows that negate nothing themselves
_NEGATOR_REACH = 2  # words (past the one before) a negator may stand before a no_comment verb: "did not immediately respond"


def negator_words(lexicons: LexiconSet) -> frozenset[str]:
    """The words of negators.tsv that negate ("not", "never", "no"), not the clause boundaries."""
    return frozenset(t for t, e in lexicons.entries.get("negators", {}).items() if e.category not in _NOT_NEGATIONS)


def negated(tokens: Sequence[Token], first: int, negators: frozenset[str]) -> bool:
    """Is the word at token `first` negated: a negator among the words just before it ("did not
    respond", "did not immediately respond", "could not immediately be reached")?"""
    return any(
        tokens[k].norm in negators or tokens[k].norm.endswith(("n't", "n’t")) for k in range(max(0, first - _NEGATOR_REACH - 1), first)
    )


def no_comment_stances(
    attributions: list[Attribution], matches: Sequence[Match], tokens: Sequence[Token], lexicons: LexiconSet
) -> list[Attribution]:
    """Give the stance `no_comment` to each attribution whose cue opens a `no_comment` phrase of
    reporting_verbs.tsv: "The company declined to comment", "refused to say whether", "did not
    respond to a request for comment".  Nothing was said, and nothing denied: a researcher counts
    how often each outlet reports that it asked and got no answer.  A phrase whose verb is no
    refusal ("respond to a request for comment") counts only after a negator ("did not respond",
    "has not yet responded"): "responded to a request for comment with a statement" answered.
    The attributions are changed in place (quotations they credit are keyed by them) and returned."""
    phrases = [m for m in matches if m.entry.category == NO_COMMENT]
    if not phrases:
        return attributions
    verbs = lexicons.entries.get("reporting_verbs", {})
    negators = negator_words(lexicons)
    starts = set()
    for m in phrases:
        verb = verbs.get(m.entry.term.split()[0])
        if (verb is not None and verb.category == REFUSAL) or negated(tokens, m.first, negators):
            starts.add(m.start)
    for a in attributions:
        if a.cue.start in starts:
            a.stance = NO_COMMENT
    return attributions


LEGAL_CHARGE = "neutral"  # the stance of a legal charge reported ("was charged with five federal crimes")
_CHARGE_REACH = 4  # words from "charged" to its "with": "charged him with", "charged the former aide with"


def legal_charge_stances(art: article_text.ArticleText, attributions: list[Attribution]) -> list[Attribution]:
    """A "charge" followed by "with" within a few words ("Sayoc has been charged with five federal
    crimes", "the state attorney who charged Zimmerman with second-degree murder") reports a
    formal accusation, a legal act: stance `neutral`, not the row's `lowering`, which is for the
    outlet casting doubt on what a source "charged" ("Critics charged that the hearing failed"
    stays `lowering`).  PolNeAR marks 11 of the 26 "charged with" in train/dev as attributions,
    so they stay attributions; only the stance a class reads changes.  Changed in place."""
    tokens = art.tokens
    for a in attributions:
        if a.verb != "charge":
            continue
        first = bisect.bisect_left(art.token_starts, a.cue.end)
        for k in range(first, min(first + _CHARGE_REACH, len(tokens))):
            if tokens[k].norm == "with":
                a.stance = LEGAL_CHARGE
                break
            if tokens[k].norm == "that" or not art.clean(k - 1):
                break
    return attributions


PROPOSING = "urging"  # the stance of "propose", "recommend" (reporting_verbs.tsv): a "suggest" that proposes takes it


def stances_in_context(
    art: article_text.ArticleText, attributions: list[Attribution], matches: Sequence[Match], lexicons: LexiconSet
) -> list[Attribution]:
    """The stances the words around a cue decide, once every attribution is found: a non-answer
    (`no_comment_stances`), and a "suggest" that puts an act or a thing forward ("the financial
    planner will suggest a combination of savings", "suggested requiring the rulers") is a
    proposal, stance `urging` as "propose" is, not `tentative` (the source hedging): the same
    reading that makes it no hedge (framing.rules_proposal), and a legal charge ("charged with
    five federal crimes") is `neutral` (`legal_charge_stances`).  Changed in place and returned."""
    no_comment_stances(attributions, matches, art.tokens, lexicons)
    legal_charge_stances(art, attributions)
    proposing = [a for a in attributions if a.verb in PROPOSAL_VERBS and a.stance == "tentative"]
    if proposing:
        data = RuleData.from_lexicons(lexicons)
        for a in proposing:
            first = bisect.bisect_left(art.token_starts, a.cue.start)
            last = bisect.bisect_left(art.token_starts, a.cue.end) - 1
            s = bisect.bisect_right(art.sentence_starts, a.cue.start) - 1
            if first == last and puts_forward(art.text, art.tokens, first, last, art.sentence_starts[s] if s >= 0 else 0, data):
                a.stance = PROPOSING
    return attributions

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


CLAUSE_PAUSE = frozenset(";:()–—")  # marks between a negator and a booster that end the negator's clause


def is_negated(tokens: Sequence[Token], first: int, negators: frozenset[str], sentence_start: int,
               text: str = "", boundaries: frozenset[str] = frozenset(), aside: bool = False) -> str | None:
    """The negator governing the token at `first`, if one of the few tokens before it is one and
    stands in the same clause: not past a semicolon, colon, bracket or dash (a spaced hyphen too)
    nor a word that opens another clause (`boundaries`: "but", "which"), so "He did not, but
    clearly it is wrong" keeps its booster; not past a comma either ("It did not work, clearly"),
    unless the term is an `aside` followed by a comma ("was not, by then, certain, ...").  A term
    set off by commas on both sides ("It is not, clearly, a success", "will not, of course,
    resign") is the writer's own aside on the negated claim: `negation` keeps it a booster
    before asking this."""
    for j in range(first - 1, max(first - 1 - NEGATION_WINDOW, -1), -1):
        tok = tokens[j]
        if tok.start < sentence_start:
            break
        between = text[tok.end : tokens[j + 1].start] if text else ""
        if set(between) & CLAUSE_PAUSE or " - " in between or ("," in between and not aside):
            break
        if tok.norm in negators or tok.norm.endswith("n't"):
            return tok.norm
        if tok.norm in boundaries:
            break
    return None


def ability_could(text: str, tokens: Sequence[Token], m: Match, sentence_start: int, data: RuleData) -> Decision:
    """"could not", "could never", "could no longer" state inability, not possibility: no hedge.  Nor does "could"
    in a clause of purpose, which says what someone meant to enable ("so that she could give them
    to Clinton", "so he could shoot him in a duel"); after a bare "so" only a personal pronoun
    makes it purpose, and not after a comma or at the start of a sentence ("so late movement could
    propel", "So he could win" are results, and hedge)."""
    if m.entry.term != "could" or m.first != m.last:
        return KEEP
    follower = _next(tokens, m.last + 1)
    if follower in data.ability_followers or f"{follower} {_next(tokens, m.last + 2)}" in data.ability_followers:
        return COULD_NOT  # "could not", "could no longer" (a two-word follower)
    if _purpose(text, tokens, m.first, sentence_start):
        return COULD_PURPOSE
    if _asked_if(text, tokens, m.first, sentence_start):
        return COULD_ASKED
    return KEEP


COULD_NOT = Decision(False, rule="modal: 'could not' states inability, not possibility")
COULD_PURPOSE = Decision(False, rule="modal: 'so that ... could' states a purpose, not a possibility")
COULD_ASKED = Decision(False, rule="modal: 'asked if ... could' reports a request or a question, not the writer's doubt")
ASK_FORMS = frozenset("ask asks asked asking".split())
ASKED_OBJECTS = frozenset("him her them me us you".split())  # "asked her if she could"
ASKED_WINDOW = 4  # words between "if"/"whether" and its "could": "asked if the committee could"
PURPOSE_SUBJECTS = frozenset({"i", "you", "he", "she", "we", "they"})
PURPOSE_WINDOW = 5  # words between "so that" and its "could": "so that more Democrats could"


def _purpose(text: str, tokens: Sequence[Token], could: int, sentence_start: int) -> bool:
    """Whether "could" at `could` is the verb of a clause of purpose: "so that" or "in order that"
    a few words before it, or "so" right before a personal pronoun subject; no comma between."""
    for j in range(could - 1, max(could - 1 - PURPOSE_WINDOW, 0), -1):
        if tokens[j - 1].start < sentence_start or set(text[tokens[j - 1].end : tokens[j].start]) & set(",;:()"):
            return False
        before, word = tokens[j - 1].norm, tokens[j].norm
        if word == "that" and before in ("so", "order"):
            return True
        if before == "so" and word in PURPOSE_SUBJECTS and j == could - 1:
            # Not "So he could win" opening a sentence, nor ", so he could" after a comma: a result.
            return j >= 2 and tokens[j - 2].start >= sentence_start and not set(text[tokens[j - 2].end : tokens[j - 1].start]) & set(",;:")
    return False


def negation(text: str, tokens: Sequence[Token], m: Match, sentence_start: int, data: RuleData) -> Decision:
    """Negation flips epistemic commitment: 'not certain' hedges; 'I don't doubt' boosts.  Not a
    fact adverb (`fact_adverb` rows of negators.tsv: "in fact", "indeed", "actually"), which says
    the negated claim is the fact: "He did not actually win" is certain he did not."""
    lex = m.entry.lexicon
    own = lex in data.negation_lexicons  # a lexicon of the user's own that opts in: "not a purge" is no finding
    if (lex not in ("hedge", "booster") and not own) or m.entry.term in data.fact_adverbs:
        return KEEP  # "would not in fact be able" is "in fact would not": the booster stands
    first = m.first
    cue = data.negation_cue
    if cue is not None and first > 0 and cue.search(text[tokens[max(first - NEGATION_WINDOW, 0)].start : tokens[first - 1].end].lower()) is None:
        return KEEP  # no negation cue in the words before: most matches end here
    aside = text[m.end : m.end + 3].lstrip(" ").startswith(",")  # "not certain, he said"
    if aside and first > 0 and text[tokens[first - 1].end : m.start].strip() == ",":
        return KEEP  # set off by commas on both sides: "It is not, clearly, a success" (the writer's aside)
    neg = is_negated(tokens, first, data.negators, sentence_start, text, data.clause_boundaries, aside)
    if neg is None:
        return KEEP
    if own:
        return Decision(False, rule=f"negation: '{neg}' before '{m.entry.term}' negates it (the {lex} lexicon's metadata turns this rule on)")
    if lex == "booster":
        return Decision(True, "hedge", f"negation: '{neg}' before a booster makes it a hedge")
    if m.entry.category == "doubt":
        return Decision(True, "booster", f"negation: '{neg}' before a doubt word makes it a booster")
    return KEEP


def _asked_if(text: str, tokens: Sequence[Token], could: int, sentence_start: int) -> bool:
    """Whether "could" at `could` is the verb of a question someone was asked: "if" or "whether" a
    few words before it, right after a form of "ask" or its pronoun object ("asked her if she
    could comment", "asked whether the panel could meet"); no punctuation between.  The modal is
    the asker's request or question, reported, not the writer's hedge."""
    for j in range(could - 1, max(could - 1 - ASKED_WINDOW, 0), -1):
        if tokens[j].start < sentence_start or set(text[tokens[j].end : tokens[j + 1].start]) & set(",;:()\"“”"):
            return False
        if tokens[j].norm in ("if", "whether"):
            k = j - 1
            if k >= 0 and tokens[k].norm in ASKED_OBJECTS:
                k -= 1
            return k >= 0 and tokens[k].start >= sentence_start and tokens[k].norm in ASK_FORMS
    return False

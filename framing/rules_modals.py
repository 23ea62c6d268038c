"""The context rule of a generic "may": after an indefinite or generic subject the modal says
what can happen to any such thing, a possibility in general or a permission, not the writer's
doubt about a fact.

"A person may suffer from post vacation blues", "a peace officer may arrest a person without
warrant", "Each segment may curl under along its edges", "One may apply the same metaphor",
"You may opt out at any time": these say "can".  "He may resign", "The vote may be delayed",
"The deal may collapse", "a move that may help" and "A witness may have seen him" weigh a fact,
and stay the writer's hedge.  CoNLL-2010's Wikipedia annotators mark the first kind certain (34
of 37 such train sentences whose only hedge it was), and so would a reader of news: a rule that
allows or a thing that happens to some is no doubt the outlet casts.  Apart from
framing.rules_senses (which reads "May" the month) because it asks who the subject is.
"""

from __future__ import annotations

from collections.abc import Sequence

from framing.lexicon import Match
from framing.models import Token
from framing.rules_data import KEEP, Decision, RuleData, _next
from framing.rules_vagueness import PAUSE as PAUSE_MARKS

GENERIC_MAY = "may"
NOUN_WORDS = 3  # lower-case words a generic subject may run to after its determiner: "a limited thoracotomy", "any one species"
# Words that end a subject reading back from "may": a relative clause or a conjunction's
# ("a move that may help", "a cat or dog may"), before which the noun is no subject of "may".
CLAUSE_WORDS = frozenset({"which", "who", "whom", "whose", "that", "and", "or", "but", "than", "if", "when", "where", "while"})
# Words after which a noun phrase opens a clause, as its subject: "where a court may overturn",
# "meaning that a tournament may", "too, and an infected person may die".
CLAUSE_OPENERS = CLAUSE_WORDS | {"because", "since", "so", "although", "though", "unless", "whereas", "thus"}
# Closed classes of grammar, as `rules_holders.PERSON_PRONOUNS`: the pronouns of anyone right
# before "may", and the determiners of every member of a kind ("no person may", "each segment may").
GENERIC_PRONOUNS = frozenset({"one", "you"})
UNIVERSAL_DETERMINERS = frozenset({"any", "each", "every", "no"})
PAST_REACH = 2  # words after "may" within which "have" makes it past: "may have seen", "may also have been"


def generic_may(text: str, tokens: Sequence[Token], m: Match, sentence_start: int, data: RuleData) -> Decision:
    """"may" after a generic subject is no hedge: "one" or "you" right before it ("one may",
    "you may"), or a noun phrase opened by "any", "each", "every" or "no" ("each segment may
    curl", "no person may") or by "a"/"an" ("a peace officer may arrest", "an alien may be arrested"),
    with at most three lower-case words and no mark between.  Not when "have" follows within two
    words ("A major factor may also have been": a guess about the past), and after "a"/"an" not
    before "not" ("A judge may not enforce the subpoena": one judge, a doubt), nor when a
    relative pronoun or a preposition stands between ("a move that may help", "the risk of a
    war may grow")."""
    if m.entry.term != GENERIC_MAY or m.first != m.last or m.first == 0:
        return KEEP
    for k in range(m.last + 1, min(m.last + 1 + PAST_REACH, len(tokens))):
        if tokens[k].norm == "have":
            return KEEP
    prev = tokens[m.first - 1]
    if prev.start < sentence_start or set(text[prev.end : tokens[m.first].start]) & PAUSE_MARKS:
        return KEEP
    if prev.norm in GENERIC_PRONOUNS:
        return Decision(False, rule=f"generic-may: '{prev.norm} may' says what anyone can do, not the writer's doubt")
    j = m.first - 1
    while j >= 0 and m.first - j <= NOUN_WORDS:
        word = text[tokens[j].start : tokens[j].end]
        if tokens[j].start < sentence_start or (j < m.first - 1 and set(text[tokens[j].end : tokens[j + 1].start]) & PAUSE_MARKS):
            return KEEP
        if j < m.first - 1 and (tokens[j].norm in UNIVERSAL_DETERMINERS or tokens[j].norm in data.articles):
            if tokens[j].norm in data.articles and _next(tokens, m.last + 1) == "not":
                return KEEP
            if not _opens_clause(text, tokens, j, sentence_start):
                return KEEP
            subject = text[tokens[j].start : prev.end]
            return Decision(False, rule=f"generic-may: '{subject} may' says what can happen to any such thing, not the writer's doubt")
        if not (word.isalpha() or "-" in word) or not word.islower() or tokens[j].norm in data.month_context \
                or tokens[j].norm in CLAUSE_WORDS or tokens[j].norm in data.determiners:
            return KEEP
        j -= 1
    return KEEP


def _opens_clause(text: str, tokens: Sequence[Token], j: int, sentence_start: int) -> bool:
    """Does the determiner at `j` open a clause, so that its noun is the subject of "may": at the
    start of the sentence, after a mark ("In Pennsylvania, a peace officer may arrest") or after a
    word that opens a clause ("where a court may")?  Not after a preposition or any other word:
    "her communications on a private server may prove" (the subject is the insistence), "another
    incident a week ago may portend", "the number of guns a person may purchase"."""
    if j == 0 or tokens[j - 1].start < sentence_start or set(text[tokens[j - 1].end : tokens[j].start]) & PAUSE_MARKS:
        return True
    return tokens[j - 1].norm in CLAUSE_OPENERS

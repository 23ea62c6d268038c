"""The context rule of record subjects: a record "indicates" what it holds, no hedge.

"His criminal record from the Florida Department of Law Enforcement indicates that ... he was
5-foot-11", "court records indicated he planned a guilty plea": a record writes a fact down, and
"indicate" with one as its subject means "states"; the writer passes on what the record says (an
attribution to the record), and weighs nothing.  "The data indicate", "studies indicate",
"reports indicated", "signs which indicate an urgent need" infer from evidence: the hedge stays.
The record nouns are the `record_noun` rows of context_words.tsv.  Registered in its place in the
running order in framing.rules (before `named_holder`, which reads the same verb after a name).
"""

from __future__ import annotations

from collections.abc import Sequence

from framing.lexicon import Match
from framing.models import Token
from framing.rules_data import EPISTEMIC_VERB, KEEP, SENTENCE_END, Decision, RuleData

# Hedge verbs that with a record as subject state what it holds.  A constant, not a
# context_words.tsv row: a term has one row a file, and "indicate" has its `holder_verb` row there.
RECORD_VERBS = frozenset({"indicate"})
# Prepositions that open a phrase naming whose record it is, between the record and its verb:
# "His criminal record from the Florida Department of Law Enforcement indicates".
_OF_PHRASE = frozenset({"of", "from", "at", "in", "on", "for", "with", "by"})
_REACH = 10  # words from the record to its verb across such a phrase
# Marks that end the subject: past one the record is no subject of the verb ("records, which indicate").
_PAUSE = frozenset(",;:()–—\"“”") | SENTENCE_END
# Words that open a clause of their own between a record and the verb ("records that show the man who indicated").
_CLAUSE_WORDS = frozenset({"that", "which", "who", "whom", "whose", "where", "when", "and", "or", "but"})


def record_subject(text: str, tokens: Sequence[Token], m: Match, sentence_start: int, data: RuleData) -> Decision:
    """A record verb ("indicate") whose subject is a record (`record_noun`: "record", "filing",
    "log"; singular or plural) right before it, perhaps with a phrase saying whose record it is
    ("record from the Florida Department of Law Enforcement") or an adverb ("records also
    indicate") between: the record states what it holds, no hedge."""
    if m.entry.category != EPISTEMIC_VERB or m.entry.term not in RECORD_VERBS:
        return KEEP
    i = m.first - 1
    # Adverbs between the subject and its verb: "records also indicate", "the log clearly indicated".
    while i >= 0 and tokens[i].start >= sentence_start and (tokens[i].norm in data.group_fillers or tokens[i].norm.endswith("ly")):
        i -= 1
    lowest = max(-1, i - _REACH)
    for j in range(i, lowest, -1):
        if tokens[j].start < sentence_start or set(text[tokens[j].end : tokens[j + 1].start]) & _PAUSE:
            return KEEP
        norm = tokens[j].norm
        if _is_record(norm, data) and (j == i or tokens[j + 1].norm in _OF_PHRASE):
            return Decision(False, rule=f"record-subject: '{tokens[j].norm} ... {tokens[m.first].norm}': a record states what it holds, not the writer's hedge")
        if norm in _CLAUSE_WORDS:
            return KEEP
    return KEEP


def _is_record(norm: str, data: RuleData) -> bool:
    return norm in data.record_nouns or (norm.endswith("s") and norm[:-1] in data.record_nouns)

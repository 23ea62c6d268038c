"""The context rule of proposal: a hedge verb that also means "propose" ("suggest")
hedges only when it weighs what is so.

"The report suggests that prices will rise" and "the data suggest a link" weigh the evidence:
the writer's hedge.  "The financial planner will suggest a combination of savings", "Menon
suggested requiring the rulers to sign", "she suggested that the women should start" put an
act forward: nothing is hedged, someone advises.  The rule reads the object (what is put
forward) and, for a noun phrase, the subject (a person, who can propose; a report or the data
can only point to something).  Registered in its place in the running order in framing.rules.
"""

from __future__ import annotations

from collections.abc import Sequence

from framing.lexicon import Match
from framing.models import Token
from framing.name_words import PERSON_TITLES
from framing.rules_data import EPISTEMIC_VERB, KEEP, SENTENCE_END, Decision, RuleData

# Hedge verbs that also mean "propose".  A constant, not a context_words.tsv row: a term has one
# row a file, and "suggest" has its `vague_head` row there ("many suggest").
PROPOSAL_VERBS = frozenset({"suggest"})
# Marks that end a clause: a mandative "should" must come before one ("suggested that ..., and").
_CLAUSE_END = frozenset(",;:()–—") | SENTENCE_END
_MANDATIVE_REACH = 12  # words after "that" within which "should" makes it a proposal
# Pronouns that are people: "she will suggest a fund" (not "it", "this": a thing points to something).
_PERSON_PRONOUNS = frozenset("i we you he she they".split())
# -ing words that are no gerund ("suggests nothing", "suggested something of the kind").
_NOT_GERUNDS = frozenset(
    "nothing something anything everything thing things morning evening during bring king swing sling sting cling fling".split()
)
# Words that open the object of a gerund ("suggested requiring the rulers", "suggest using them"):
# after one the -ing word is a verb, not an adjective ("suggesting growing demand").
_GERUND_OBJECTS = frozenset("a an the his her their its our my your this that these those them him us it some more".split())
# Words that open a noun phrase: "will suggest a combination", "suggested the plan".
_NOUN_PHRASE_OPENERS = frozenset("a an the some several two three another more other".split())
# Finite verbs that make the words after a noun phrase a clause ("suggested the stain was
# produced by water"): that weighs what is so, a view, not a proposal.
_FINITE = frozenset("is are was were has have had will would could can may might must does did".split())
_OBJECT_REACH = 6  # words of a noun-phrase object searched for a finite verb


def proposal(text: str, tokens: Sequence[Token], m: Match, sentence_start: int, data: RuleData) -> Decision:
    """A hedge verb of `PROPOSAL_VERBS` ("suggest") whose object is an act put forward is no hedge: a
    that-clause with "should" ("suggested that the women should start"), a gerund with its object
    ("suggested requiring the rulers", "suggest using them"), or, after a person (a pronoun or a
    role: "the financial planner will suggest a combination"), a noun phrase with no verb after
    it.  "The report suggests that X", "the data suggest a link", "a chemist suggested the stain
    was produced by water" keep the hedge (or leave it to `named_holder`)."""
    if m.entry.category != EPISTEMIC_VERB or m.entry.term not in PROPOSAL_VERBS:
        return KEEP
    why = puts_forward(text, tokens, m.first, m.last, sentence_start, data)
    return KEEP if why is None else Decision(False, rule=f"proposal: {why}, no hedge")


def puts_forward(text: str, tokens: Sequence[Token], first: int, last: int, sentence_start: int, data: RuleData) -> str | None:
    """Why the verb at tokens `first`..`last` puts an act or a thing forward (see `proposal`), or
    None when it weighs what is so.  Asked by the hedge rule and by the attribution stage, which
    gives such a "suggest" the stance of "propose" (framing.attribution.stances_in_context)."""
    k = last + 1
    if not _joined(text, tokens, last, k):
        return None
    after = tokens[k].norm
    verb = tokens[first].norm
    if after == "that" and _mandative(text, tokens, k):
        return f"'{verb} that ... should' puts an act forward"
    if _gerund(text, tokens, k):
        return f"'{verb} {after}' puts an act forward"
    if after in _NOUN_PHRASE_OPENERS and _person_subject(text, tokens, first, sentence_start, data) and not _clause_after(text, tokens, k):
        who = tokens[_subject_index(tokens, first, data)].norm
        return f"'{who} {verb} {after} ...' puts a thing forward"
    return None


def _joined(text: str, tokens: Sequence[Token], a: int, b: int) -> bool:
    """Are tokens `a` and `b` (= a + 1) neighbours in one clause (no mark between them)?"""
    return b < len(tokens) and not (_CLAUSE_END & set(text[tokens[a].end : tokens[b].start]))


def _mandative(text: str, tokens: Sequence[Token], that: int) -> bool:
    """Does "should" come within the clause "that" opens ("suggested that the civilian women and
    children should start")?"""
    for j in range(that + 1, min(that + 1 + _MANDATIVE_REACH, len(tokens))):
        if tokens[j].norm == "should":
            return True
        if not _joined(text, tokens, j - 1, j):
            return False
    return False


def _gerund(text: str, tokens: Sequence[Token], k: int) -> bool:
    """Is the word at `k` a lower-case -ing verb with its object after it ("requiring the rulers")?"""
    word = tokens[k].norm
    if not (word.endswith("ing") and len(word) > 4 and word.isalpha() and word not in _NOT_GERUNDS):
        return False
    if not text[tokens[k].start].islower():
        return False
    return _joined(text, tokens, k, k + 1) and tokens[k + 1].norm in _GERUND_OBJECTS


def _subject_index(tokens: Sequence[Token], first: int, data: RuleData) -> int:
    """The token before the verb once its auxiliaries and adverbs are stepped over ("the
    financial planner will suggest" -> "planner")."""
    i = first - 1
    while i > 0 and tokens[i].norm in data.group_fillers and first - i <= 3:
        i -= 1
    return i


def _person_subject(text: str, tokens: Sequence[Token], first: int, sentence_start: int, data: RuleData) -> bool:
    """Is the verb's subject a person: a personal pronoun or a role ("planner", "lawyer", a title)?"""
    i = _subject_index(tokens, first, data)
    if i < 0 or tokens[i].start < sentence_start or _CLAUSE_END & set(text[tokens[i].end : tokens[first].start]):
        return False
    word = tokens[i].norm
    return word in _PERSON_PRONOUNS or word in data.role_nouns or word in PERSON_TITLES


def _clause_after(text: str, tokens: Sequence[Token], k: int) -> bool:
    """Does a finite verb follow within the object's words, making it a clause ("suggested the
    stain was produced")?"""
    for j in range(k + 1, min(k + 1 + _OBJECT_REACH, len(tokens))):
        if not _joined(text, tokens, j - 1, j):
            return False
        if tokens[j].norm in _FINITE:
            return True
    return False

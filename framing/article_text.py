"""The article as the attribution modules read it: `ArticleText` (tokens, sentences, quotations,
speakers, with lookups by offset), a `Cue` (a reporting-verb match by token indices) and the word
lists that more than one of them tests a token against.

It exists so that `framing.subject_phrases`, `framing.phrases_after_cue` and the cue and attribution
modules share one reading of the article without importing each other.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from framing.lexicon import Match
from framing.models import Sentence, Token
from framing.name_words import NAMES_ENDING_IN_ADVERBS, NOT_NAMES, in_title_case_line
from framing.quote_marks import MarkedQuote
from framing.speakers import Speakers

# Function words that end a backward scan for the subject phrase of a cue.
CLAUSE_WORDS = frozenset(
    """that which who whom whose what and but or nor while as because if when whenever after before
    since although though so where than whether until unless once said says told""".split()
)
# Words between a subject and its cue that belong to neither: auxiliaries and frequent adverbs.
AUX = frozenset(
    """to has have had would will could should may might must can did does do is was were are be been
    being even also later previously repeatedly once then recently just again not never first earlier often
    already still further now haven't hasn't hadn't didn't doesn't don't won't wouldn't couldn't
    isn't wasn't weren't aren't can't""".split()
)
PRONOUNS = frozenset("he she it they we i you who".split())
CLEAN_GAP_RE = re.compile(r"\.?\s*|\s*[-&/]\s*|-|%\s*")
# Prepositions that may open the phrase found before a cue without being part of the source.
LEADING_PREPOSITIONS = frozenset("despite in on at by for with from after before amid over under".split())
# Conjunctions that open a clause fronted before the main one (`After X finished his report, Grimm ...`).
SUBORDINATORS = frozenset("after when while as before since although though because once until if".split())


@dataclass(slots=True)
class Cue:
    """A reporting-verb match, by the indices of its first and last token."""

    first: int  # token index
    last: int
    match: Match


@dataclass
class ArticleText:
    """The article as the attribution rules read it: tokens, sentences, quotations, speakers."""

    text: str
    tokens: Sequence[Token]
    sentences: Sequence[Sentence]
    quotes: list[MarkedQuote]
    speakers: Speakers
    single_word_verbs: frozenset[str]
    noun_markers: frozenset[str] = frozenset()  # words whose object an -s word is: "despite claims" (framing.object_nouns)

    def __post_init__(self) -> None:
        self.lemmas: dict[str, str] = {}
        self.token_starts = [t.start for t in self.tokens]
        self.sentence_starts = [s.start for s in self.sentences]
        self.quote_starts = [q.start for q in self.quotes]
        self.quote_ends = [q.end for q in self.quotes]

    def gap(self, k: int) -> str:
        """The text between token k and token k + 1."""
        return self.text[self.tokens[k].end : self.tokens[k + 1].start]

    def clean(self, k: int) -> bool:
        """Is the gap after token k one a phrase runs across (a space, a hyphen, "U.S.")?"""
        end, nxt = self.tokens[k].end, self.tokens[k + 1].start
        if nxt - end == 1 and self.text[end] == " ":
            return True
        return CLEAN_GAP_RE.fullmatch(self.text, end, nxt) is not None

    def comma(self, k: int) -> bool:
        """Is there a comma between token k and token k + 1?  (Most gaps are one character, tested
        as such; `in` on a slice costs less than `str.find` with bounds, whose arguments alone
        take several hundred instructions to parse.)"""
        end, nxt = self.tokens[k].end, self.tokens[k + 1].start
        if nxt - end == 1:
            return self.text[end] == ","
        return "," in self.text[end:nxt]

    def sentence_of(self, pos: int) -> tuple[int, int]:
        """Start and end of the sentence holding `pos` (the whole text if none does)."""
        i = bisect.bisect_right(self.sentence_starts, pos) - 1
        if i < 0:
            return 0, len(self.text)
        s = self.sentences[i]
        return s.start, s.end

    def token_at_or_after(self, pos: int) -> int:
        """Index of the first token starting at or after `pos`."""
        return bisect.bisect_left(self.token_starts, pos)

    def name_ends_in_adverb(self, k: int) -> bool:
        """Is token k, an adverb by its word ("now"), the last word of a name here: capitalised
        right after a capitalised word of the same sentence, outside a Title Case line
        (`Democracy Now reported`; not `Trump Now Says` in a headline, nor `Now Smith said`,
        where the adverb opens the sentence)?  `framing.name_words.NAMES_ENDING_IN_ADVERBS`."""
        tok = self.tokens[k]
        if k == 0 or tok.norm not in NAMES_ENDING_IN_ADVERBS or not self.text[tok.start].isupper() or not self.clean(k - 1):
            return False
        before = self.tokens[k - 1]
        if not self.text[before.start].isupper() or before.norm.strip(".") in NOT_NAMES or self.sentence_of(tok.start)[0] > before.start:
            return False
        return not in_title_case_line(self.text, tok.start)

    def quote_in(self, pos: int) -> int | None:
        """Index of the quotation holding `pos`, if any."""
        i = bisect.bisect_right(self.quote_starts, pos) - 1
        if i >= 0 and pos < self.quote_ends[i]:
            return i
        return None

"""Where the parts of an attribution begin and end: the source phrase before a cue (skipping
auxiliaries, appositives and party tags: `Sen. David Perdue (R-Ga.) said`), after it (`said a
senior source`), or at the head of its clause (`..., saying that`), and where an indirect content
starts (after "that" and an addressee: `told reporters that ...`).

Everything here works on token indices of one `ArticleText`; `framing.attribution` decides which
of these readings a cue gets.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from framing.lexicon import Match
from framing.models import Sentence, Token
from framing.quote_marks import MarkedQuote
from framing.speakers import CALENDAR_WORDS, NOT_NAMES, TITLE_WORDS, Speakers

# Function words that end a backward scan for the subject phrase of a cue.
CLAUSE_WORDS = frozenset(
    """that which who whom whose and but or nor while as because if when whenever after before
    since although though so where than whether until unless once said says told""".split()
)
# Words between a subject and its cue that belong to neither: auxiliaries and frequent adverbs.
AUX = frozenset(
    """to has have had would will could should may might must can did does do is was were are be been
    being even also later previously repeatedly once then recently just again not never first earlier often
    already still further now haven't hasn't hadn't didn't doesn't don't won't wouldn't couldn't
    isn't wasn't weren't aren't can't""".split()
)
# Time words that may sit between a subject and its cue: `Sanders (I-Vt.) on Saturday criticized`,
# `The State Department less than two weeks ago said`.
TIME_WORDS = CALENDAR_WORDS | frozenset("today yesterday tonight morning afternoon evening night week month year".split())
TIME_OPENERS = frozenset("on in last this that earlier late early".split())
PRONOUNS = frozenset("he she it they we i you who".split())
BE = frozenset("is was were are be been being".split())
TAG_END_RE = re.compile(r"[^\S\n]*(?:[.,;]|\w+[.,])")
SUBJECT_END_RE = re.compile(r"\s*(?:[.,;!?\"”’)]|$|\(|(?:on|in|at|during|after|before|who)\b)")
PHRASE_AFTER_STOPS = frozenset("on in at during after before that who about for over".split())
CLEAN_GAP_RE = re.compile(r"\.?\s*|\s*[-&/]\s*|-")
# Between the words of a source phrase, a party-and-state tag may sit: "Gwen Moore (D-Wis.) said".
PHRASE_GAP_RE = re.compile(r"\.?\s*|\s*[-&/]\s*|-|\.?\)?\s*\(?")
OBJECT_WORDS = frozenset("reporters journalists him her them us me supporters lawmakers".split())
# Prepositions that may open the phrase found before a cue without being part of the source.
LEADING_PREPOSITIONS = frozenset("despite in on at by for with from after before amid over under".split())
INVERTED_OPENERS = frozenset("the a an one another two three several some many senior".split())
# Words opening an occasion between a cue and its that-clause: "said in a statement that".
ADVERBIAL_OPENERS = frozenset("in on at during after before via through to from over".split())


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
        """Is there a comma between token k and token k + 1?"""
        return self.text.find(",", self.tokens[k].end, self.tokens[k + 1].start) >= 0

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

    def quote_in(self, pos: int) -> int | None:
        """Index of the quotation holding `pos`, if any."""
        i = bisect.bisect_right(self.quote_starts, pos) - 1
        if i >= 0 and pos < self.quote_ends[i]:
            return i
        return None


def short_tag(art: ArticleText, quote_end: int, cue: Cue) -> bool:
    """`"...?" Clinton said.`: a quote ending in ? or ! puts the splitter's boundary before the
    tag; it is still the quote's tag when a short subject with no auxiliary sits between them and
    the sentence ends (or pauses) right after the cue."""
    a = art.token_at_or_after(quote_end)
    if cue.first - a > 5 or any(t.norm in AUX for t in art.tokens[a : cue.first]):
        return False
    return TAG_END_RE.match(art.text, art.tokens[cue.last].end) is not None


def tokens_between(art: ArticleText, start: int, end: int) -> tuple[int, int] | None:
    """Token indices [a, b] strictly inside text[start:end] forming one clean phrase (b < a when
    there are none); None when the stretch holds anything but a short phrase."""
    a = art.token_at_or_after(start)
    b = art.token_at_or_after(end) - 1
    if b - a > 7:
        return None
    cut = b
    for k in range(a, b):
        gap = art.gap(k)
        if not PHRASE_GAP_RE.fullmatch(gap):
            return None
        if "(" in gap and cut == b:
            cut = k  # `Rep. Gwen Moore (D-Wis.) said`: the phrase ends before the party tag
    return a, cut


def inverted_source(art: ArticleText, cue: Cue, s_end: int) -> tuple[int, int] | None:
    """The subject after the cue (`said Lavrov`, `said a senior official`), when what follows
    the cue looks like one: a capitalised word or an article, and the phrase ends the sentence or
    clause (a comma, a full stop, or `on Tuesday`)."""
    k = cue.last + 1
    if k >= len(art.tokens) or art.tokens[k].start >= s_end:
        return None
    tok = art.tokens[k]
    word = art.text[tok.start : tok.end]
    if tok.norm in PRONOUNS or not (word[:1].isupper() or tok.norm in INVERTED_OPENERS or tok.norm in art.speakers.anonymous_heads):
        return None
    src = phrase_after(art, cue.last, s_end)
    if src is None or any(t.norm in AUX for t in art.tokens[src[0] : src[1] + 1]):
        return None  # "..., said the talks were a show": a clause, not a subject
    rest = art.text[art.tokens[src[1]].end : s_end]
    if not SUBJECT_END_RE.match(rest):
        return None
    return src


def phrase_after(art: ArticleText, last: int, s_end: int) -> tuple[int, int] | None:
    """The inverted subject: `said a senior source`, up to punctuation or the sentence end."""
    k = last + 1
    n = len(art.tokens)
    if k >= n or art.tokens[k].start >= s_end:
        return None
    if not art.clean(last) or art.comma(last):
        return None
    a = k
    while k + 1 < n and k - a < 9 and art.tokens[k + 1].start < s_end and art.clean(k):
        if art.tokens[k + 1].norm in PHRASE_AFTER_STOPS:
            break
        k += 1
    return a, k


def subject_before(art: ArticleText, first: int, s_start: int) -> tuple[tuple[int, int] | None, bool]:
    """The subject phrase of the cue at token `first`: scanned backwards from the cue to a clause
    boundary, skipping auxiliaries ("has also said"), or, across an appositive
    (`Trump, speaking in Qatar, said`), the phrase before the first comma."""
    tokens = art.tokens
    k = first - 1
    passive = False
    while k >= 0 and tokens[k].start >= s_start and art.clean(k) and (
        tokens[k].norm in AUX or tokens[k].norm == "so"
        or (tokens[k].norm == "since" and k > 0 and tokens[k - 1].norm in ("has", "have", "had"))
        or (tokens[k].norm.endswith("ly") and art.text[tokens[k].start].islower())  # not "Kelly said"
    ):
        passive = passive or (tokens[k].norm in BE and not tokens[first].norm.endswith("ing"))
        k -= 1
    if k < 0 or tokens[k].start < s_start:
        return None, passive
    k = _before_time(art, k, s_start)
    stepped = False
    if art.gap(k).lstrip(".").startswith(")"):
        # `Sen. David Perdue (R-Ga.) said`: step over the tag to the name before it.
        j = k
        while j > 0 and "(" not in art.gap(j - 1) and k - j < 4:
            j -= 1
        if j > 0 and "(" in art.gap(j - 1):
            k = j - 1
            stepped = True
    relative = None
    if tokens[k].norm in ("who", "which") and k > 0 and tokens[k - 1].start >= s_start and (
        art.clean(k - 1) or art.comma(k - 1)
    ):
        # `listeners ... who said`, `Trump, who says`: the phrase before the relative pronoun
        # (and the pronoun) is the source.
        relative = k
        k -= 1
    if relative is None and tokens[k].norm in ("and", "but") and art.clean(k):
        return clause_subject(art, s_start, k, coordinated=True), passive
    ing = tokens[first].norm.endswith("ing")
    if relative is None and ing and (art.comma(k) or tokens[k].norm in LEADING_PREPOSITIONS):
        return clause_subject(art, s_start, k), False
    if relative is not None and art.comma(k):
        # `Trump, who says`: the name before the comma, not the clause before it.
        a = k
        while a - 1 >= 0 and tokens[a - 1].start >= s_start and art.clean(a - 1) and k - a < 5 and (
            art.text[tokens[a - 1].start].isupper() or tokens[a - 1].norm in TITLE_WORDS
        ):
            a -= 1
        return (a, relative), passive
    if relative is not None:
        pass
    elif art.comma(k):
        # An appositive: find the comma that opens it.
        j = k
        while j > 0 and tokens[j - 1].start >= s_start and not art.comma(j - 1):
            j -= 1
        if j == 0 or tokens[j - 1].start < s_start:
            return None, passive
        if k - j < 4 and all(art.text[t.start].isupper() for t in tokens[j : k + 1]):
            return (j, k), passive  # `A spokeswoman, Maria Zakharova, said`: the name itself
        k = j - 1
    elif not stepped and not art.clean(k):
        return None, passive
    end = k
    if tokens[end].norm in CLAUSE_WORDS:
        return None, passive
    limit = 7
    # The phrase stops at a quotation: where the last one before it ends (or the sentence start).
    qi = bisect.bisect_right(art.quote_ends, tokens[end].start) - 1
    floor = max(s_start, art.quote_ends[qi]) if qi >= 0 else s_start
    while k - 1 >= 0 and tokens[k - 1].start >= floor and end - k < limit:
        if not art.clean(k - 1):
            break
        if tokens[k - 1].norm in CLAUSE_WORDS:
            if tokens[k - 1].norm != "who" or limit > 7:
                break
            limit = 13  # `a diplomat who spoke on condition of anonymity said`
        k -= 1
    if tokens[k].norm == "who":
        if k > 0 and tokens[k - 1].start >= s_start and art.comma(k - 1) and any(
            t.norm in AUX or t.norm in LEADING_PREPOSITIONS for t in tokens[k + 1 : end + 1]
        ):
            # `Beck, who has in the past described`: what follows "who" is no subject; the
            # name before the comma and the pronoun are.
            a = k - 1
            while a - 1 >= 0 and tokens[a - 1].start >= s_start and art.clean(a - 1) and k - a < 5 and (
                art.text[tokens[a - 1].start].isupper() or tokens[a - 1].norm in TITLE_WORDS
            ):
                a -= 1
            return (a, k), passive
        k += 1
    while k < end and tokens[k].norm in LEADING_PREPOSITIONS:
        k += 1
    if relative is None:
        end = _before_time_phrase(art, k, end)
    return (k, end if relative is None else relative), passive


def _before_time(art: ArticleText, k: int, s_start: int) -> int:
    """Token k moved back over a time phrase that ends there (`on Saturday`, `two weeks ago`),
    when a word remains before it; else k unchanged."""
    tokens = art.tokens
    j = k
    if tokens[k].norm == "ago":
        j = k - 1
        while j > 0 and k - j < 5 and tokens[j].start >= s_start and art.clean(j - 1) and art.text[tokens[j].start].islower():
            j -= 1
        if art.text[tokens[j].start].islower():
            return k
        return j
    if tokens[k].norm in TIME_WORDS and k >= 2 and art.clean(k - 1):
        j = k - 1
        if tokens[j].norm in CALENDAR_WORDS or tokens[j].norm in ("this", "last", "that"):
            j -= 1  # `on Tuesday morning`, `this week`
        if tokens[j].norm in TIME_OPENERS and j >= 1 and tokens[j - 1].start >= s_start:
            return j - 1
    return k


# Words opening a time or place phrase between a named subject and its cue: `President Barack
# Obama on Tuesday said`, `Trump in Florida said`.
_TIME_PLACE_OPENERS = frozenset("on in at during last this earlier yesterday today tonight".split())


def _before_time_phrase(art: ArticleText, k: int, end: int) -> int:
    """`end` moved back to before a time or place phrase that follows a capitalised name."""
    if end - k < 1:
        return end
    for j in range(k + 1, end + 1):
        if art.tokens[j].norm in _TIME_PLACE_OPENERS and art.text[art.tokens[j - 1].start].isupper():
            return j - 1
    return end


def clause_subject(art: ArticleText, s_start: int, before: int, coordinated: bool = False) -> tuple[int, int] | None:
    """The subject of the clause an `..., saying that` cue hangs on: the first name or pronoun
    after the last clause opener ("while", "whereas", "but") before the cue, or after the sentence
    start (`Earlier this week, Trump urged ..., writing that ...`)."""
    tokens, text = art.tokens, art.text
    first = art.token_at_or_after(s_start)
    if not coordinated:
        start = comma_clause_start(art, first, before)
        if start is not None:  # `..., the Kremlin responded with scorn, refusing to ...`
            b = start
            while b + 1 <= before and art.clean(b) and (
                text[tokens[b + 1].start].isupper() or tokens[b + 1].norm in art.speakers.anonymous_heads
            ):
                b += 1
            return start, b
    j = before - 1 if coordinated else before
    # Only openers of a new clause with its own subject; "and" joins nouns as often ("Iraq and Libya").
    while j > first and tokens[j].norm not in ("while", "whereas", "but"):
        j -= 1
    for a in range(j if j > first else first, before + 1):
        if art.quote_in(tokens[a].start) is not None:
            continue
        word = text[tokens[a].start : tokens[a].end]
        norm = tokens[a].norm
        if norm in PRONOUNS and norm not in ("it", "who", "you"):
            return a, a
        if word[:1].isupper() and norm not in NOT_NAMES and norm not in CALENDAR_WORDS:
            b = a
            while b + 1 <= before and art.clean(b):
                nxt = text[tokens[b + 1].start : tokens[b + 1].end]
                if not (nxt[:1].isupper() or tokens[b + 1].norm in TITLE_WORDS or tokens[b + 1].norm in art.speakers.anonymous_heads):
                    break
                b += 1
            return a, b
    return None


def comma_clause_start(art: ArticleText, first: int, k: int) -> int | None:
    """The latest token after `first` and up to `k` that opens a clause with a subject of its own
    after a comma (`..., the Kremlin responded`, `Earlier this week, Trump urged`): "the" or a
    capitalised word other than a sentence opener, right after a comma."""
    tokens, text = art.tokens, art.text
    for t in range(k, first, -1):
        if art.comma(t - 1) and art.quote_in(tokens[t].start) is None:
            norm = tokens[t].norm
            if norm == "the" or (text[tokens[t].start].isupper() and norm not in NOT_NAMES and norm not in CALENDAR_WORDS):
                return t
    return None


def content_start(art: ArticleText, last: int, limit: int, addressee: bool = True) -> int:
    """Where an indirect complement starts: after the cue, a "that", an object of tell-verbs."""
    tokens = art.tokens
    k = last + 1
    n = len(tokens)
    if addressee or (k < n and tokens[k].norm in ADVERBIAL_OPENERS):
        # `told MSNBC's "Morning Joe" that ...`, `said in a statement that ...`: what stands
        # between the cue and "that" (the addressee, the occasion) is not what was said.
        j = k
        while j < n and j - k < 8 and tokens[j].start < limit and tokens[j].norm != "that":
            if j > k and art.text.find(",", tokens[j - 1].end, tokens[j].start) >= 0:
                break
            j += 1
        if j < n and tokens[j].norm == "that" and tokens[j].start < limit and j - k < 8:
            k = j
    skipped = 0
    while k < n and tokens[k].start < limit and skipped < 4:
        norm = tokens[k].norm
        if norm == "that":
            k += 1
            break
        if addressee and (norm in OBJECT_WORDS or (norm in ("the", "a") and k + 1 < n and tokens[k + 1].norm in OBJECT_WORDS)):
            k += 1
            skipped += 1
            continue
        break
    if k >= n or tokens[k].start >= limit:
        return limit
    start = tokens[k].start
    # Include an opening quotation mark right before the first word.
    while start > 0 and art.text[start - 1] in "“\"‘":
        start -= 1
    return start


def trim_end(text: str, start: int, end: int) -> int:
    """`end` moved back over spaces and closing punctuation, not before `start`."""
    while end > start and text[end - 1] in " \t\n.,;:!?":
        end -= 1
    return end

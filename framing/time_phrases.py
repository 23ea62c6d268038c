"""The time and place phrases that may stand between a subject and its cue (`Sanders (I-Vt.) on
Saturday criticized`, `The State Department less than two weeks ago said`, `President Barack
Obama on Tuesday said`): the backward scan of `framing.subject_phrases` steps over them to the
subject.  Split out of that module to keep each module small.
"""

from __future__ import annotations

from framing.article_text import ArticleText
from framing.name_words import CALENDAR_WORDS, TIME_WORDS, WEEKDAYS

# Words opening a time phrase that may sit between a subject and its cue: `Sanders (I-Vt.) on
# Saturday criticized`, `The State Department less than two weeks ago said`.
TIME_OPENERS = frozenset("on in over last this that earlier late early".split())
# Determiners that open a time phrase on their own: `the president this morning says`.
_TIME_DETERMINERS = frozenset("this last next".split())


def before_time(art: ArticleText, k: int, s_start: int) -> int:
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
        if tokens[j].norm in CALENDAR_WORDS or tokens[j].norm in ("this", "last", "that", "the"):
            j -= 1  # `on Tuesday morning`, `in this week`, `over the weekend`
        if tokens[j].norm in TIME_OPENERS and j >= 1 and tokens[j - 1].start >= s_start:
            return j - 1
        if tokens[j + 1].norm in _TIME_DETERMINERS and j >= 0 and tokens[j].start >= s_start and art.text[tokens[j + 1].start].islower():
            return j  # `this morning`, `last week`: the determiner opens the phrase (not ABC's `This Week`)
    return k


# Words opening a time or place phrase between a named subject and its cue: `President Barack
# Obama on Tuesday said`, `Trump in Florida said`.
_TIME_PLACE_OPENERS = frozenset("on in at during last this earlier yesterday today tonight".split())


def before_time_phrase(art: ArticleText, k: int, end: int) -> int:
    """`end` moved back to before a time or place phrase that follows a capitalised name."""
    if end - k < 1:
        return end
    tokens, text = art.tokens, art.text
    for j in range(k + 1, end + 1):
        if tokens[j].norm in _TIME_PLACE_OPENERS and text[tokens[j - 1].start].isupper():
            return j - 1
    return end


# A time phrase between a cue and its "that": `ruled Monday that`, `added on Tuesday that`,
# `noted earlier this week that`, `said in a statement Saturday that`.
_TIME_LEADS = frozenset("on early late earlier later".split())
_TIME_DETERMINERS_BEFORE_THAT = frozenset("last this".split())
_TIME_UNITS = frozenset("week weekend month year morning afternoon evening night".split())
_DAY_PARTS = frozenset("morning afternoon evening night".split())
_DAYS = WEEKDAYS | frozenset("today yesterday tonight".split())
# The occasion of a statement (`said in a statement that`, `in an interview Friday that`).
_OCCASIONS = frozenset("statement interview tweet letter email speech post release".split())


def that_after_time(art: ArticleText, k: int, limit: int) -> int | None:
    """The index of a "that" right after a time phrase opening at token k (`Monday that`, `on
    Tuesday morning that`, `earlier this week that`, `in a statement Saturday that`), or None.
    Only days and these few words, so that `ruled the case that` or `added in Ohio that` stay
    what they were: what reads as a clause after a cue is its that-clause, the time only when."""
    tokens, n = art.tokens, len(art.tokens)

    def norm(j: int) -> str:
        return tokens[j].norm if j < n and tokens[j].start < limit else ""

    j = k
    if norm(j) == "in" and norm(j + 1) in ("a", "an") and norm(j + 2) in _OCCASIONS:
        j += 3
    start = j
    if norm(j) in _TIME_LEADS:
        j += 1
    if norm(j) in _TIME_DETERMINERS_BEFORE_THAT and norm(j + 1) in _TIME_UNITS:
        j += 2
    elif norm(j) in _DAYS:
        j += 1
        if norm(j) in _DAY_PARTS:
            j += 1
    elif j == start + 1 and norm(start) in ("earlier", "later"):
        pass  # `said earlier that`
    elif j == start and j > k:
        pass  # `in a statement that`
    else:
        return None
    if j == k or norm(j) != "that" or any(not art.clean(i) for i in range(k, j)):
        return None  # (`added on Monday, in Ohio, that`: an aside, left as it was)
    return j

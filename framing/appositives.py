"""Appositives around the subject before a cue: a description with a name in commas (`The
minister, Anna Berg, said`), a title with its place before a name (`The King of Jordan, Abdullah
II, said`), a name with a description after it (`Mike Huckabee, a former governor of Arkansas
and preacher who`), and party-and-state tags set off by commas (`Sen. Mitt Romney, R-Utah,`).

Why its own module: these readings step across commas in both directions, apart from the word by
word backward scan of `framing.subject_phrases`, which asks them where the source phrase begins.
Everything here works on token indices of one `ArticleText`.
"""

from __future__ import annotations

import re

from framing.article_text import AUX, CLAUSE_WORDS, ArticleText
from framing.clause_subjects import FINITE_WORDS, IRREGULAR_PAST
from framing.pronoun_clauses import BE
from framing.speakers import CALENDAR_WORDS, NOT_NAMES, TITLE_WORDS

# A party-and-state tag set off by commas: "D-Calif.", "R-N.Y.", "I-Vt".
PARTY_TAG_RE = re.compile(r"[RDI]-[A-Z][\w.]*")


def before_party_tag(art: ArticleText, s_start: int, k: int) -> int:
    """The last token of the name before a party-and-state tag set off by commas that ends at `k`
    ("Sen. Mitt Romney, R-Utah,"), or `k` when no such tag ends there: the tag names no speaker."""
    tokens = art.tokens
    i = k
    while i > 0 and tokens[i - 1].start >= s_start and not art.comma(i - 1) and k - i < 3:
        i -= 1
    if i > 0 and art.comma(i - 1) and PARTY_TAG_RE.fullmatch(art.text, tokens[i].start, tokens[k].end):
        return i - 1
    return k


HEAD_OPENERS = frozenset("the a an his her their its our my".split())


def appositive_head(art: ArticleText, c: int, s_start: int) -> int:
    """The first token of a description that a name in commas follows (`The minister, Anna
    Berg,` -> "The"), ending at token `c` before the comma: a determiner opening the sentence's
    words before it, no verb or clause word among them; else the name's first token, `c + 2`."""
    tokens = art.tokens
    a = c
    while a > 0 and tokens[a - 1].start >= s_start and art.clean(a - 1) and c - a < 6:
        a -= 1
    for d in range(a, c + 1):
        if tokens[d].norm in HEAD_OPENERS:
            if not any(
                tokens[t].norm in AUX or tokens[t].norm in CLAUSE_WORDS or tokens[t].norm in BE or tokens[t].norm in IRREGULAR_PAST
                for t in range(d, c + 1)
            ):
                return d
            break
    return c + 1


def titled_head(art: ArticleText, c: int, s_start: int) -> bool:
    """Is the phrase ending at token `c` before a comma a title with its place (`The King of
    Jordan`, `the Prime Minister of Canada`), which a name in commas then names, rather than a
    name and its place (`Johnnie Wilson, of Springfield`)?"""
    tokens, text = art.tokens, art.text
    d = appositive_head(art, c, s_start)
    if not (d + 3 <= c and tokens[d].norm in HEAD_OPENERS):
        return False
    t = d + 1
    while t < c and tokens[t].norm in TITLE_WORDS and text[tokens[t].start].isupper():
        t += 1  # `King`, `Prime Minister`: a title in capitals
    return t > d + 1 and tokens[t].norm == "of" and text[tokens[t + 1].start].isupper()


def name_before_appositive(art: ArticleText, k: int, relative: int, floor: int) -> int | None:
    """`Mike Huckabee, a former governor of Arkansas and preacher who has announced`: the
    relative clause ends an appositive that opens with "a"/"the" after a name and a comma; the
    source opens at that name (its first token returned), not at "preacher"."""
    tokens, text = art.tokens, art.text
    j = k
    while j > 0 and tokens[j - 1].start >= floor and not art.comma(j - 1) and k - j < 10:
        j -= 1
    if j == 0 or tokens[j - 1].start < floor or not art.comma(j - 1) or tokens[j].norm not in ("a", "an", "the"):
        return None
    if any(
        text[tokens[t].start].islower() and (tokens[t].norm in AUX or tokens[t].norm in FINITE_WORDS or tokens[t].norm in IRREGULAR_PAST
                                             or (tokens[t].norm.endswith("ed") and len(tokens[t].norm) > 4))
        for t in range(j, relative)
    ):
        return None  # (`New Hampshire, a young woman asked Mrs. Clinton about several women who`: a clause)
    a = j - 1
    if not text[tokens[a].start].isupper() or tokens[a].norm in CALENDAR_WORDS:
        return None
    while a > 0 and tokens[a - 1].start >= floor and art.clean(a - 1) and text[tokens[a - 1].start].isupper() and j - a < 4 and (
        tokens[a - 1].norm not in NOT_NAMES
    ):
        a -= 1
    return a if j - 1 > a else None  # a name of two words or more

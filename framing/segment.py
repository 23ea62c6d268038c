"""Sentences and word tokens with exact offsets, offline.

Tokens are what the lexicon matcher compares against, so a lexicon term is tokenised with the
same `word_tokens` function as the article: whatever one sees, the other sees.

Sentences come from a small rule-based splitter rather than NLTK's Punkt: it needs no trained
parameters, costs a few microseconds per boundary, and knows the conventions of news copy that
matter here: titles before names (Mr., Sen., Gov.), initials (J. K. Rowling), dotted initialisms
(U.S.), decimals (3.5%), headlines and subheads on their own line without a final period, and a
quotation that ends a sentence (`...end.” Next`) or does not (`"...?" he asked`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from framing.models import IgnoredRange, Sentence, Token

# A word: letters/digits joined by inner hyphens or apostrophes ("so-called", "Zelensky's",
# "30-day"), or a number with a decimal point or thousands separator ("3.5", "1,000").
WORD_RE = re.compile(r"\d+(?:[.,]\d+)+|\w+(?:[-'’]\w+)*")


def normalise(word: str) -> str:
    """Lower-case and make typographic apostrophes plain, the form lexicon terms are stored in."""
    return word.lower().replace("’", "'")


def word_tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Word tokens of text[start:end], offsets into the whole text."""
    return _tokens(text, _folded(text), start, len(text) if end is None else end)


def tokens_outside(text: str, ignored: Sequence[IgnoredRange]) -> list[Token]:
    """Word tokens of every part of the text the cleaner did not mark as boilerplate."""
    folded = _folded(text)
    out: list[Token] = []
    pos = 0
    for r in sorted(ignored, key=lambda r: r.start):
        if r.start > pos:
            out.extend(_tokens(text, folded, pos, r.start))
        pos = max(pos, r.end)
    out.extend(_tokens(text, folded, pos, len(text)))
    return out


def _folded(text: str) -> str | None:
    """The whole text normalised at once, when that gives every word's norm at the same offsets,
    with the characters no word holds that are cheap to find read as spaces (see `_SPACED`).

    Folding once and slicing is much cheaper than normalising each word.  It is exact when
    lower-casing maps each character to one character (no "İ" -> "i̇") and no capital sigma is
    present (its lower case depends on the next character, which may lie past the word's end).
    Lower-casing never turns a word character into a non-word one, so the regex finds the same
    words in either text.  Otherwise None: each word is normalised on its own.

    Most news texts are ASCII once their typographic marks are spaces: one `str.translate` then
    lower-cases them and spaces their punctuation together, where `str.lower` of a text holding a
    curly quote reads each character's Unicode case (some 50 instructions a character).
    """
    for mark in _NOT_WORD_MARKS:
        if mark in text:
            text = text.replace(mark, " ")
    if "’" in text:
        text = text.replace("’", "'")
    if text.isascii():
        return text.translate(_FOLDED_ASCII)
    folded = text.lower()
    return folded if len(folded) == len(text) and "Σ" not in text else None


# Typographic punctuation that keeps most news texts from being ASCII.  None of it is a word
# character or a joiner ([-'’.,]), so a space in its place leaves every word where it was, and
# one character for one keeps the offsets.  (The typographic apostrophe joins words: not here.)
_NOT_WORD_MARKS = "“”‘—–…"
# Every ASCII character that is neither a word character nor one a word can hold ([-'.,]) read
# as a space, for the same reason; upper-case letters lower-cased.
_SPACED = {c: " " for c in map(chr, range(128)) if not (c.isalnum() or c in "_-'.,")}
_FOLDED_ASCII = str.maketrans({**_SPACED, **{c: c.lower() for c in map(chr, range(65, 91))}})
# What a word may hold besides word characters, none of which begins or ends one.
_INNER = "-'.,"
# WORD_RE captured, for `split`: it returns the words and the text between them as strings, with
# no match object per word, and each word's offsets are running sums of those strings' lengths.
# Written to find the same words faster: it starts with one character class (\w), so the engine
# skips to the next word character, and its quantifiers are possessive (no backtracking to try).
_WORD_SPLIT_RE = re.compile(r"(\w(?:(?<=\d)\d*+(?:[.,]\d+)++|\w*+(?:[-'’]\w++)*+))")
# The same pattern for a text of ASCII characters only, where it finds the same words: on ASCII,
# \w and \d mean the same with or without re.ASCII, and the ASCII test of a character is a table
# look-up where the Unicode one calls up to four database functions (about a fifth of the split).
_ASCII_WORD_SPLIT_RE = re.compile(_WORD_SPLIT_RE.pattern, re.ASCII)

_new = object.__new__


def _tokens(text: str, folded: str | None, start: int, end: int) -> list[Token]:
    """The words of text[start:end], found between spaces where that is enough.

    Splitting at spaces (`str.split`, in C) gives pieces that are nearly all one bare word
    (`str.isalnum`, which accepts exactly the characters `\\w` accepts but "_") or one with
    punctuation on its ends ("said,", "'no"): each is its own token, found with no regular
    expression.  A piece that holds anything else ("it's", "u.s.", "1,000", "so-called") is
    split by the word pattern, which finds there what it finds in the whole text, since no word
    holds a space.  Running the pattern over the whole text (its search, and two strings a word)
    cost more than half of the tokens stage.  A text whose lower case moves offsets (`_folded`
    gave None) is split by the pattern.

    Each token is made bare in C (`object.__new__`, no `__init__` call) and its three slots set:
    calling the dataclass's `__init__` for each word cost about 580 instructions a word more,
    and a named tuple is cheaper to build but slower to read."""
    if folded is None:
        return _tokens_by_pattern(text, start, end)
    part = folded if start == 0 and end == len(folded) else folded[start:end]
    split = (_ASCII_WORD_SPLIT_RE if part.isascii() else _WORD_SPLIT_RE).split
    tokens: list[Token] = []
    append = tokens.append
    pos = start
    for piece in part.split(" "):
        if piece.isalnum():
            token = _new(Token)
            token.start = pos
            pos += len(piece)
            token.end = pos
            token.norm = piece
            append(token)
            pos += 1
        elif piece:
            word = piece.strip(_INNER)
            if word.isalnum():
                token = _new(Token)
                token.start = at = pos + piece.find(word)
                token.end = at + len(word)
                token.norm = word
                append(token)
            elif word:
                _append_split(split(piece), pos, append, folded=True)
            pos += len(piece) + 1
        else:
            pos += 1
    return tokens


def _tokens_by_pattern(text: str, start: int, end: int) -> list[Token]:
    """The words of text[start:end] by the word pattern, each normalised on its own."""
    part = text[start:end]
    for mark in _NOT_WORD_MARKS:
        if mark in part:
            part = part.replace(mark, " ")
    tokens: list[Token] = []
    _append_split((_ASCII_WORD_SPLIT_RE if part.isascii() else _WORD_SPLIT_RE).split(part), start, tokens.append, folded=False)
    return tokens


def _append_split(parts: list[str], at: int, append, folded: bool) -> None:
    """Append the tokens of a word pattern's split (text between, word, text between, ...)
    whose text begins at offset `at`; each word normalised unless the text was `folded`."""
    for i in range(1, len(parts), 2):
        at += len(parts[i - 1])
        token = _new(Token)
        token.start = at
        at += len(parts[i])
        token.end = at
        token.norm = parts[i] if folded else normalise(parts[i])
        append(token)


# Words after which a period never ends a sentence: titles before a name, and abbreviations that
# are always followed by more of the same sentence ("vs.", "No. 10", "Jan. 6").
_NEVER_FINAL = frozenset(
    "mr mrs ms messrs dr drs prof gen gens lt col maj capt cmdr adm sgt cpl pvt sen sens rep reps gov govs "
    "pres supt insp "
    "det rev fr hon st mt ft vs v no nos art fig jan feb mar apr jun jul aug sep sept oct nov dec "
    "approx dept est ave blvd rd".split()
)
# Abbreviations that may end a sentence: only when the next word is one a sentence typically
# starts with ("in the U.S. The talks..." splits, "U.S. President Trump" does not).  "Del." is a
# Delegate's title ("said Del. Stacey Plaskett") and Delaware ("Dover, Del. The ...") both.
_MAYBE_FINAL = frozenset("inc corp co ltd llc plc jr sr bros etc al del".split())
_STARTERS = frozenset(
    "the a an he she it they we i you his her its their our my this that these those there but and "
    "or so yet in on at for from by with after before when while as if since although though "
    "however meanwhile still then now today yesterday last next some many most all both one two "
    "no not what why how who where".split()
)
_OPENERS = "\"'“‘([«"
_CLOSERS = "\"'”’)]»"
# A candidate boundary: sentence-final punctuation (with any closing quotes/brackets) followed by
# whitespace, or a line break.  Written to start with one character class, which lets the regex
# engine skip to the next candidate character instead of trying a match at every position (3x
# faster than the plain `[.!?…]+[\"'”’)\]»]*(?=\s)|\n\s*`, same matches).
_BOUNDARY_RE = re.compile(r"[.!?…\n](?:(?<=\n)\s*|(?<!\n)[.!?…]*+[\"'”’)\]»]*+(?=\s))")

_FINAL_MARKS = ".!?…\n"  # the characters a `_BOUNDARY_RE` match starts with
_WORD_BEFORE_RE = re.compile(r"(?:[^\W_]|[.'’-])*+")  # [^\W_] is what str.isalnum() accepts


def sentences(text: str, ignored: Sequence[IgnoredRange] = ()) -> list[Sentence]:
    """Sentences of the analysed text, each a trimmed range; every line break ends a sentence
    unless it merely wraps a line (a lower-case word continues it), so each headline or subhead
    line is a sentence of its own."""
    out: list[Sentence] = []
    pos = 0
    n = len(text)
    for start, end in _boundaries(text):
        if text[start] == "\n":
            if end < n and text[end].islower() and not _line_ended(text, start):
                continue
        elif not _punctuation_ends(text, start, end, n):
            continue
        while pos < end and text[pos].isspace():
            pos += 1
        stop = end
        while stop > pos and text[stop - 1].isspace():
            stop -= 1
        if stop > pos:
            out.append(Sentence(pos, stop))
        pos = end
    _append_trimmed(text, pos, n, out)
    for r in ignored:  # a few ranges: one pass over the sentences each
        out = [s for s in out if not (r.start <= s.start and s.end <= r.end)]
    return out


def offsets_of(text: str, chars: str) -> list[int]:
    """Where any of `chars` stands in `text`, in order.  One `str.find` pass per character is
    about a tenth of what a regular expression's search for the class costs: in a text with curly
    quotes the regex tests every character against each member of the class."""
    out: list[int] = []
    for ch in chars:
        i = text.find(ch)
        while i >= 0:
            out.append(i)
            i = text.find(ch, i + 1)
    out.sort()
    return out


def _boundaries(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each `_BOUNDARY_RE.finditer(text)` match, found faster.

    Scanning for the pattern's first character tests each character of the text against the
    class [.!?…\n] (some 60 instructions a character, a quarter of what splitting sentences
    costs); `str.find` runs through the text for one character at a time far faster.  A match
    can start only at such a character, so trying the pattern at each of them in text order,
    after the end of the match before, finds what `finditer` finds.

    A mark other than a line break with whitespace right after it (`said. The`) is a match of
    that one character, whatever comes next: told without the pattern (a match call costs some
    2,000 instructions, most of the marks are such)."""
    marks = offsets_of(text, _FINAL_MARKS)
    found: list[tuple[int, int]] = []
    match = _BOUNDARY_RE.match
    end = 0
    for i in marks:
        if i >= end:
            if text[i] != "\n" and text[i + 1 : i + 2].isspace():
                end = i + 1
                found.append((i, end))
                continue
            m = match(text, i)
            if m is not None:
                end = m.end()
                found.append((i, end))
    return found


def _line_ended(text: str, i: int) -> bool:
    """Does the line before the line break at i end like a sentence (or is it empty)?"""
    k = i - 1
    while k >= 0 and text[k] in " \t\r":
        k -= 1
    return k < 0 or text[k] == "\n" or text[k] in ".!?:;…\"”’"


def _punctuation_ends(text: str, start: int, end: int, n: int) -> bool:
    """Does the punctuation at text[start:end] (followed by whitespace) end the sentence?"""
    j = end + 1  # the whitespace after it skipped (the boundary pattern saw one character of it)
    while j < n and text[j].isspace():
        j += 1
    if j >= n:
        return True
    nxt = text[j]
    if nxt in _OPENERS:
        k = j + 1
        while k < n and text[k] in _OPENERS:
            k += 1
        if k < n and text[k].islower():
            return False
    elif nxt.islower() or nxt in ",;:)-–—":
        return False  # `"Really?" he asked`, `etc. and`
    mark = text[start:end].rstrip(_CLOSERS)
    if mark != ".":
        return True  # "!", "?", "...": the next word starts upper-case, so a new sentence
    if end > start + 1:
        return True  # `...end.” Next`: a closing quote after the period
    # The word before the period (up to 40 characters back): the run of letters, digits and
    # .'’- that ends there, found by matching forwards in the reversed text.  Most often it is
    # letters and digits only after a space (`said.`): that run is told without the pattern.
    space = text.rfind(" ", start - 40 if start > 40 else 0, start)
    word = text[space + 1 : start]
    if space < 0 or not word.isalnum():
        before = _WORD_BEFORE_RE.match(text[start - 1 : start - 41 if start > 40 else None : -1])
        assert before is not None  # the pattern matches the empty string too
        w = start - before.end()
        word = text[w:start]
    word = word.lstrip("'’-")
    if not word:
        return True
    low = word.lower()
    if low in _NEVER_FINAL:
        return False
    if len(word) == 1 and word.isalpha() and word.isupper():
        return False  # an initial: "J. K. Rowling", "George W. Bush"
    if "." in word or low in _MAYBE_FINAL:
        # "U.S.", "a.m.", "Inc.": a sentence ends here only if a usual sentence opener follows.
        follow = re.match(r"[\"'“‘(]*(\w+)", text[j : j + 30])
        return follow is not None and follow.group(1).lower() in _STARTERS
    return True


def _append_trimmed(text: str, start: int, end: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end))

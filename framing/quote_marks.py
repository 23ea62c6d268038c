"""Find quotations by their marks, paragraph by paragraph, without ever giving up on an article.

Handles straight and curly double quotes, single quotes as the main mark (British style ‘...’)
and nested inside double ones (the inner quote is part of the outer quotation, so only top-level
quotations are returned), apostrophes that look like single quotes (Putin’s, ’90s, rock ’n’ roll,
the students’ union), and the multi-paragraph convention: a paragraph that opens a quote and never
closes it, followed by a paragraph that opens with a quote mark again, is one quotation in
several parts; one left unclosed whose next paragraph closes it with no new opening mark is
one quotation over the paragraph break.  An odd mark yields a warning with its character offset and a recovery: an
unclosed quotation runs to the end of its paragraph.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from framing.models import IgnoredRange
from framing.segment import offsets_of

_LINE_RE = re.compile(r"[^\n]+")
# Marks; `''` and ``` `` ``` are the double quotes of some newswire copy (``like this'').
_MARK_RE = re.compile(r"''|``|[\"“”«»‘’']")
# The characters of a mark; _scan_paragraph joins `''` and ``` `` ``` itself.
_MARK_CHARS = "\"“”«»‘’'`"
# Words that begin with an elided letter, after which an apostrophe-like mark opens nothing.
_ELISION_RE = re.compile(r"(?:\d\d?s?\b|n[’']|em\b|til\b|tis\b|twas\b|cause\b|bout\b|round\b)", re.IGNORECASE)


@dataclass(slots=True)
class MarkedQuote:
    """A top-level quotation found by its marks: [start, end) includes the marks."""

    start: int
    end: int
    unclosed: bool = False
    continues: int | None = None  # index of the quotation (in the same list) this one continues


@dataclass(slots=True)
class QuoteScan:
    quotes: list[MarkedQuote] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


_OPENING_CONTEXT = "\"“«([{—–-/"


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _classify(text: str, i: int, double_open: bool, single_open: bool) -> str | None:
    """What the mark at i does: 'od' / 'cd' (open / close double), 'os' / 'cs' / 'ws' (open,
    close, weak close single: a possessive-looking s’), or None (an apostrophe)."""
    ch = text[i]
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if ch == "`":
        return "od"
    if ch == "'" and text.startswith("''", i):
        if not double_open and (prev.isspace() or prev in _OPENING_CONTEXT) and _is_word(text[i + 2 : i + 3] or " "):
            return "od"
        return "cd" if double_open else None
    if ch in "“«":
        if ch == "“" and double_open and not prev.isspace() and (nxt.isspace() or nxt in ",.;:!?)"):
            return "cd"  # a mis-set closing mark: “It's unusual,“ said Larry Noble
        return "od"
    if ch in "”»":
        if not double_open and prev.isspace() and _is_word(nxt):
            return "od"  # a mis-set opening mark: ”Hello”
        return "cd"
    if ch == '"':
        if double_open:
            return "cd"
        # With nothing open, a mark after a word and before a space closes nothing: a stray
        # closing mark (`Earnest said."`), not the opening of a quotation.
        return "cd" if not prev.isspace() and prev not in _OPENING_CONTEXT and not _is_word(nxt) else "od"
    # Single marks and apostrophes.
    if ch in "‘'" and (prev.isspace() or prev in _OPENING_CONTEXT):
        if nxt.isspace() or _ELISION_RE.match(text, i + 1, i + 8):
            return None  # a lone mark, or an elision: ’90s, ‘n’, 'em
        return "os"
    if ch == "‘" or prev.isspace() or _is_word(nxt):
        return None  # Putin’s, don't, ’90s written with a right mark
    if not single_open:
        return None  # the students’ union, with no single quote open
    if prev in "sS" and nxt == " " and text[i + 2 : i + 3].islower():
        return "ws"  # "the students’ union" more likely than a quote closing before lower case
    return "cs"


def scan(text: str, ignored: Sequence[IgnoredRange] = ()) -> QuoteScan:
    """All top-level quotations of the text, paragraph by paragraph (a paragraph is a line)."""
    result = QuoteScan()
    pending: int | None = None  # index of an unclosed quote that the next paragraph may continue
    pending_mark = ""
    pending_after_colon = False  # the unclosed quote opened after a colon (`tweeted: “...`)
    ignored_sorted = sorted((r.start, r.end) for r in ignored)
    lines = [m.span() for m in _LINE_RE.finditer(text)]
    marks = _mark_offsets(text)
    for n, (ls, le) in enumerate(lines):
        if _inside(ignored_sorted, ls, le):
            continue  # a caption between two parts of a quote does not break it
        while le > ls and text[le - 1].isspace():
            le -= 1
        first = ls
        while first < le and text[first].isspace():
            first += 1
        if first >= le:
            continue
        scan_from = first
        if pending is not None:
            close = None if text[first] in "“\"‘'«`" else _leading_close(text, first, le)
            if text[first] in "“\"‘'«`" and (text[first] in "‘'") == (pending_mark in "‘'"):
                continuation = pending
            elif close is not None and pending_mark not in "‘'":
                # The quote goes on without the usual opening mark and closes in this paragraph:
                # one quotation over the paragraph break, from its opening mark to its closing one
                # (two pieces left the first without the speaker and content the close is credited with).
                result.warnings.append(
                    f"quotation continued at offset {first} without an opening mark: taken to run to"
                    f" the closing mark at offset {close}"
                )
                q = result.quotes[pending]
                if text[q.start] in _MARK_CHARS:
                    q.end, q.unclosed = close + 1, False
                else:  # the last of a post quoted line by line (below): a part of its own, as those lines are
                    result.quotes.append(MarkedQuote(first, close + 1, False, continues=pending))
                scan_from = close + 1
                continuation = None
            elif (
                pending_mark not in "‘'"
                and pending_after_colon
                and _closed_ahead(text, lines, n, ignored_sorted)
            ):
                # A post quoted line by line after a colon: paragraphs with no mark at all, then
                # one that closes the quote (`tweeted: “I had to fire Flynn. ⏎ He pled guilty. ⏎ ... hide!”`).
                result.warnings.append(
                    f"quotation continued at offset {first} without any mark: taken to run on to a later closing mark"
                )
                result.quotes.append(MarkedQuote(first, le, False, continues=pending))
                pending = len(result.quotes) - 1
                continue
            else:
                q = result.quotes[pending]
                result.warnings.append(
                    f"unclosed quotation mark at offset {q.start}: taken to run to the end of its paragraph"
                )
                continuation = None
            pending = None
        else:
            continuation = None
        before = len(result.quotes)
        unclosed_mark = _scan_paragraph(text, marks, scan_from, le, ignored_sorted, result)
        if continuation is not None and len(result.quotes) > before and result.quotes[before].start == first:
            result.quotes[before].continues = continuation
        if unclosed_mark is not None:
            pending = len(result.quotes) - 1
            pending_mark = text[result.quotes[pending].start]
            pending_after_colon = text[max(0, unclosed_mark - 2) : unclosed_mark].strip() == ":"
    if pending is not None:
        q = result.quotes[pending]
        result.warnings.append(
            f"unclosed quotation mark at offset {q.start}: taken to run to the end of its paragraph"
        )
    return result


_DOUBLE_MARKS = "“”\"«»"
_MARKLESS_RUN = 3  # paragraphs without a mark a quotation may run through before its closing one


def _closed_ahead(text: str, lines: list[tuple[int, int]], n: int, ignored: list[tuple[int, int]]) -> bool:
    """Is paragraph `n` free of double quotation marks, and followed, after at most a few more
    such paragraphs, by one whose first mark closes a quotation?  Then the quotation left open
    before paragraph `n` runs through it."""
    seen = 0
    for ls, le in lines[n:]:
        if _inside(ignored, ls, le) or not text[ls:le].strip():
            continue
        if not any(c in _DOUBLE_MARKS for c in text[ls:le]):
            seen += 1
            if seen > _MARKLESS_RUN:
                return False
            continue
        return seen > 0 and _leading_close(text, ls, le) is not None
    return False


def _leading_close(text: str, start: int, end: int) -> int | None:
    """The offset of a closing double mark that comes before any opening one in text[start:end]."""
    for m in _MARK_RE.finditer(text, start, end):
        i = m.start()
        ch = text[i]
        if ch in "“«`":
            return None
        if ch in "”»" or (ch == '"' or text.startswith("''", i)) and not text[i - 1].isspace():
            return i + (m.end() - i) - 1
        if ch == '"':
            return None
    return None


def _inside(ranges: list[tuple[int, int]], start: int, end: int) -> bool:
    for s, e in ranges:  # sorted by start: none after the first that starts past `start` holds it
        if s > start:
            return False
        if end <= e:
            return True
    return False


def _mark_offsets(text: str) -> list[int]:
    """The offsets of all mark characters of the text, in order."""
    return offsets_of(text, _MARK_CHARS)


def _scan_paragraph(
    text: str, marks: list[int], start: int, end: int, ignored: list[tuple[int, int]], result: QuoteScan
) -> int | None:
    """Pair the marks of one paragraph (`marks`: the offsets of all mark characters of the text,
    sorted); return the opening offset of a quote left unclosed."""
    stack: list[list] = []  # [kind 'd'|'s', offset, weak-close offset or None]
    skip = -1  # the second character of a two-character mark
    for i in marks[bisect.bisect_left(marks, start) : bisect.bisect_left(marks, end)]:
        if i == skip:
            continue
        width = 1
        ch = text[i]
        if ch == "'" or ch == "`":  # the same marks as _MARK_RE: '' and `` (a lone ` is none)
            if i + 1 < end and text[i + 1] == ch:
                width = 2
                skip = i + 1
            elif ch == "`":
                continue
        if ignored and _inside(ignored, i, i + 1):
            continue
        double_open = bool(stack) and (stack[0][0] == "d" or any(e[0] == "d" for e in stack))
        single_open = bool(stack) and stack[-1][0] == "s"
        kind = _classify(text, i, double_open, single_open)
        if kind is None:
            continue
        if kind == "od":
            if double_open:
                if stack[0][0] == "d":
                    # A new opening mark while a quote is open: the earlier one was never closed.
                    result.warnings.append(
                        f"unclosed quotation mark at offset {stack[0][1]}: closed before the next opening mark at offset {i}"
                    )
                    _emit(text, result, stack[0][1], i, unclosed=True)
                    stack = [["d", i, None]]
                continue
            stack.append(["d", i, None])
        elif kind == "os":
            if single_open:
                continue
            stack.append(["s", i, None])
        elif kind == "cd":
            if not double_open:
                result.warnings.append(f"closing quotation mark at offset {i} without an opening one: ignored")
                continue
            while stack[-1][0] != "d":
                stack.pop()  # single marks left open inside were apostrophes
            opened = stack.pop()[1]
            if not stack:
                _emit(text, result, opened, i + width)
        elif kind == "cs":
            opened = stack.pop()[1]
            if not stack:
                _emit(text, result, opened, i + 1)
        elif kind == "ws":
            stack[-1][2] = i
    if not stack:
        return None
    bottom = stack[0]
    if bottom[0] == "s":
        if bottom[2] is not None:
            _emit(text, result, bottom[1], bottom[2] + 1)
            return None
        if bottom[1] != start:
            return None  # a lone left single mark mid-paragraph: most likely an apostrophe
    _emit(text, result, bottom[1], end, unclosed=True)
    return bottom[1]


def _emit(text: str, result: QuoteScan, start: int, end: int, unclosed: bool = False) -> None:
    while end > start + 1 and text[end - 1].isspace():
        end -= 1
    result.quotes.append(MarkedQuote(start, end, unclosed))

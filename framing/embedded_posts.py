"""Social-media posts embedded in an article: the words are the account holder's, not the outlet's.

A post embedded in a web page survives in saved text as its words followed by a signature line,
"— Donald J. Trump (@realDonaldTrump) December 1, 2017", often with the post's links in front
("pic.twitter.com/...", "https://t.co/..."). No quotation mark encloses it, so without this step
the post reads as the outlet's own voice and its "disgraceful" counts against the outlet.  Text
split into one sentence a line (PTC) may break the signature after a name ending in ".", "?" or
"!": "— Sec." then "Kirstjen Nielsen (@SecNielsen) November 19, 2018" is one signature.

Where the post's words start is not marked, so the step is deliberately short-sighted: words on
the signature line itself are the post's; when the signature line holds nothing but links,
hashtags or mentions, the post is the one line just above it (unless that line is an
introduction ending in a colon, "Trump tweeted:", an earlier signature or ignored), or, when a
blank line comes between, the paragraph above it (the layout of a saved page, `html_text`, where
the post's text and its signature are two blocks).  The post reaches further up only where the
text shows where it starts: up to an introduction line ("…piped in…", "Trump tweeted:"), within
the length of one tweet (`TWEET_LIMIT`).  Otherwise a post broken over several lines loses its
first lines to the outlet: the safer mistake, since a line further up is as likely the outlet's
own sentence, which must not be credited to someone else.  A quotation that opens before the
post and closes inside it belongs to it: the post starts at its opening mark.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from framing.models import IgnoredRange, Quote, Range

_NAME = r"[^\s()\u2014\u2013@][^\n()\u2014\u2013@]{0,60}?"
_SIGNATURE_RE = re.compile(
    r"^(?P<body>[^\n]*?)[ \t]*[\u2014\u2013-]{1,2}[ \t]*"
    # the name, perhaps broken after a ".", "?" or "!" ("Sec." / "Kirstjen Nielsen", "Mr Alex ???" / "")
    rf"(?P<name>{_NAME}(?:(?<=[.?!])[ \t]*\n[ \t]*(?:{_NAME})??)?)[ \t]*\((?P<handle>@\w{{1,30}})\)[ \t]+"
    r"(?P<date>[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4})[ \t]*$",
    re.MULTILINE,
)
# Links, hashtags and mentions at the end of a line: not words of the post's own ("#gapol", "@AP").
_LINKS_RE = re.compile(r"(?:\s*(?:https?://\S+|pic\.twitter\.com/\S+|t\.co/\S+|[#@]\w+))+\s*$")
_URL_RE = re.compile(r"https?://\S+|pic\.twitter\.com/\S+|t\.co/\S+")
# Characters a tweet holds, links aside: words further up than this are not the post's.
TWEET_LIMIT = 280
# A line that announces what follows: "Trump tweeted:", "…and politicians piped in…".
_INTRO_ENDINGS = (":", "\u2026", "...")
# White space (and a stray byte-order mark or zero-width space) before a post's first word.
_LEADING_SPACE_RE = re.compile(r"[\s\ufeff\u200b]*")


def embedded_posts(text: str, ignored: Sequence[IgnoredRange] = ()) -> list[Quote]:
    """Each embedded post as a quotation of kind "post", credited to the name on its signature
    line; the range runs from the post's first word to the end of its signature line."""
    if "(@" not in text:  # the cheap test: most articles embed no post
        return []
    posts: list[Quote] = []
    floor = 0  # a post never reaches back past the previous one
    for m in _SIGNATURE_RE.finditer(text):
        if _in_ignored(m.start("handle"), ignored):
            continue
        body_start, body_end = m.span("body")
        words_end = body_start + len(_LINKS_RE.sub("", m.group("body")))
        low = max(floor, _ignored_end_before(body_start, ignored))
        if words_end > body_start and text[body_start:words_end].strip():
            start = _reach_up(text, body_start, low, _tweet_length(text[body_start:words_end]))
        else:
            start = _post_above(text, body_start, low)
        if start is None or not text[start:body_end].strip():
            floor = m.end()
            continue
        start = _LEADING_SPACE_RE.match(text, start, body_end).end()
        raw = m.group("name").rstrip()
        name_start = m.start("name")
        posts.append(Quote(start, m.end(), "post", " ".join(raw.split()), Range(name_start, name_start + len(raw))))
        floor = m.end()
    return posts


def merged(quotes: list[Quote], posts: list[Quote]) -> list[Quote]:
    """The article's quotations with its posts: a quotation that opens before a post and closes
    inside it moves the post's start to its opening mark, and quotations inside a post are part
    of it (its speaker is the account holder)."""
    for post in posts:
        for q in quotes:
            if q.start < post.start < q.end <= post.end:
                post.start = q.start
    return [q for q in quotes if not any(q.start < p.end and p.start < q.end for p in posts)] + posts


def _post_above(text: str, line_start: int, floor: int) -> int | None:
    """Start of the post whose signature line (at `line_start`) holds only links: the line above,
    reaching further up where the text shows the post's start; or, past a blank line, the paragraph
    above it when that paragraph is a whole block of a tweet's length."""
    lines = _lines_above(text, line_start, floor)
    above = next(lines, None)
    if above is None:
        return None
    start, end = above
    line = text[start:end].strip()
    if line:
        if line.endswith(":") or _SIGNATURE_RE.fullmatch(text, start, end):
            return None
        return _reach_up(text, start, floor, _tweet_length(line))
    block = None  # "words\n\n— Name (@handle) Date": the block above the blank line
    for start, end in lines:
        line = text[start:end].strip()
        if not line:
            break
        if (block is None and line.endswith(_INTRO_ENDINGS)) or _SIGNATURE_RE.fullmatch(text, start, end):
            return None  # the paragraph introduces the post ("Trump wrote:"), or is an earlier one
        block = start
    else:
        return None  # the block runs up to the previous post, an ignored range or the text's start
    if block is None or not _LINKS_RE.sub("", text[block:line_start]).strip():
        return None
    return block if _tweet_length(text[block:line_start]) <= TWEET_LIMIT else None


def _reach_up(text: str, first: int, floor: int, length: int) -> int:
    """The post's start, given that the line at `first` is its own: lines further up only below an
    introduction line ("Trump tweeted:", "…politicians piped in…") and within one tweet's length.
    A blank line, an earlier signature or the floor end the search: the post starts at `first`.
    (A blank line above a post and its signature is no start either: in text that separates only
    the headline by a blank line, the paragraph under it holds the outlet's opening sentences.)"""
    start = first
    for s, e in _lines_above(text, first, floor):
        line = text[s:e].strip()
        if not line:
            return first
        if line.endswith(_INTRO_ENDINGS):
            return start
        length += 1 + _tweet_length(line)
        if length > TWEET_LIMIT or _SIGNATURE_RE.fullmatch(text, s, e):
            return first
        start = s
    return first


def _lines_above(text: str, line_start: int, floor: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each line above the one starting at `line_start`, nearest first, none
    reaching back past `floor`."""
    end = line_start - 1  # the newline before the line
    while end > floor:
        start = text.rfind("\n", floor, end) + 1 or floor
        yield start, end
        end = start - 1


def _tweet_length(words: str) -> int:
    """Characters that count towards a tweet's length: its words, links left out, spaces made one."""
    return len(" ".join(_URL_RE.sub(" ", words).split()))


def _in_ignored(pos: int, ignored: Sequence[IgnoredRange]) -> bool:
    return any(r.start <= pos < r.end for r in ignored)


def _ignored_end_before(pos: int, ignored: Sequence[IgnoredRange]) -> int:
    return max((r.end for r in ignored if r.end <= pos), default=0)

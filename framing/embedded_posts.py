"""Social-media posts embedded in an article: the words are the account holder's, not the outlet's.

A post embedded in a web page survives in saved text as its words followed by a signature line,
"— Donald J. Trump (@realDonaldTrump) December 1, 2017", often with the post's links in front
("pic.twitter.com/...", "https://t.co/..."). No quotation mark encloses it, so without this step
the post reads as the outlet's own voice and its "disgraceful" counts against the outlet.

Where the post's words start is not marked, so the step is deliberately short-sighted: words on
the signature line itself are the post's; when the signature line holds nothing but links,
hashtags or mentions, the post is the one line just above it (unless that line is empty, an
introduction ending in a colon, "Trump tweeted:", an earlier signature or ignored).  A post
broken over several lines then loses its first lines to the outlet: the safer mistake, since a
line further up is as likely the outlet's own sentence, which must not be credited to someone
else.  A quotation that opens before the post and closes inside it belongs to it: the post
starts at its opening mark.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from framing.models import IgnoredRange, Quote, Range

_SIGNATURE_RE = re.compile(
    r"^(?P<body>[^\n]*?)[ \t]*[\u2014\u2013-]{1,2}[ \t]*"
    r"(?P<name>[^\s()\u2014\u2013@][^\n()\u2014\u2013@]{0,60}?)[ \t]*\((?P<handle>@\w{1,30})\)[ \t]+"
    r"(?P<date>[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4})[ \t]*$",
    re.MULTILINE,
)
# Links, hashtags and mentions at the end of a line: not words of the post's own ("#gapol", "@AP").
_LINKS_RE = re.compile(r"(?:\s*(?:https?://\S+|pic\.twitter\.com/\S+|t\.co/\S+|[#@]\w+))+\s*$")


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
        if words_end > body_start and text[body_start:words_end].strip():
            start = body_start
        else:
            start = _line_above(text, body_start, max(floor, _ignored_end_before(body_start, ignored)))
        if start is None or not text[start:body_end].strip():
            floor = m.end()
            continue
        start += len(text[start:body_end]) - len(text[start:body_end].lstrip())
        name = m.group("name").strip()
        name_start = m.start("name")
        posts.append(Quote(start, m.end(), "post", name, Range(name_start, name_start + len(name))))
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


def _line_above(text: str, line_start: int, floor: int) -> int | None:
    """Start of the line just above a signature line that holds only links, if it can be the post."""
    end = line_start - 1  # the newline before the signature line
    if end <= floor:
        return None
    start = text.rfind("\n", floor, end) + 1 or floor
    line = text[start:end].strip()
    if not line or line.endswith(":") or _SIGNATURE_RE.fullmatch(text, start, end):
        return None
    return start


def _in_ignored(pos: int, ignored: Sequence[IgnoredRange]) -> bool:
    return any(r.start <= pos < r.end for r in ignored)


def _ignored_end_before(pos: int, ignored: Sequence[IgnoredRange]) -> int:
    return max((r.end for r in ignored if r.end <= pos), default=0)

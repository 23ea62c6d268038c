"""Line breaks of every spelling, seen as "\\n" by the stages, at the same offsets.

The stages split headlines, paragraphs and sentences at "\\n" (a CRLF ends in one).  A text whose
lines end in a lone CR (classic Mac, some CSV exports), or in U+2028/U+2029, NEL, VT or FF, had no
line break at all for them: its headline ran into the first sentence, the reader-app prompts and
captions the cleaner removes line by line stayed in, and a pronoun found its speaker in the wrong
line.  `as_newlines` gives the stages a copy with each such character replaced by "\\n": one
character for one, so every offset is still an offset into the text as read (DESIGN.md, "The
contract"), and `framing.pipeline` takes each span's text from the text as read.  A byte-order mark
opening the text (a file read with "utf-8" rather than "utf-8-sig") is read as a space likewise.
"""

from __future__ import annotations

import re

# a CR not followed by LF, and the other characters str.splitlines breaks at (not the separators \x1c-\x1e)
_OTHER_BREAKS = re.compile("\r(?!\n)|[\x0b\x0c\x85\u2028\u2029]")
_OTHERS = ("\x0b", "\x0c", "\x85", "\u2028", "\u2029")


def as_newlines(text: str) -> str:
    """`text` with every line break that is not "\\n" or CRLF made "\\n", and an opening BOM a space;
    `text` itself (the same object) when it has none, as almost every text.

    The test is `in` and `count` (about 1 us for an article) rather than a regex search (about 80
    us over a text with curly quotes): every article pays it."""
    if text[:1] == "\ufeff":
        text = " " + text[1:]
    elif ("\r" not in text or text.count("\r") == text.count("\r\n")) and not any(c in text for c in _OTHERS):
        return text
    return _OTHER_BREAKS.sub("\n", text)

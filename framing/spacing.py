"""White space of every spelling, seen by the stages as " " and "\\n", at the same offsets.

The stages split headlines, paragraphs and sentences at "\\n" (a CRLF ends in one), and many of
their patterns spell the space between two words " " (`was widely seen as`, `went on to say`,
`as reported by`).  A text whose lines end in a lone CR (classic Mac, some CSV exports) or in
U+2028/U+2029, NEL, VT or FF had no line break for them: its headline ran into the first sentence,
the reader-app prompts the cleaner removes line by line stayed in, and a speaker ran over both
lines.  A tab or a no-break space between words (common in pages' text: "Donald&nbsp;Trump") hid
those patterns and kept the no-break space in speakers' names.  `plain_spacing` gives the stages a
copy with each such character replaced by "\\n" or " ": one character for one, so every offset is
still an offset into the text as read (DESIGN.md, "The contract"), and `framing.pipeline` takes each
span's text from the text as read.  A byte-order mark opening the text (a file read with "utf-8"
rather than "utf-8-sig") is read as a space likewise.
"""

from __future__ import annotations

import re

# a CR not followed by LF; the other characters str.splitlines breaks at (not the separators \x1c-\x1e)
_LONE_CR = re.compile("\r(?!\n)")
_OTHER_BREAKS = ("\x0b", "\x0c", "\x85", "\u2028", "\u2029")
# horizontal white space other than " " (str.isspace, less the line breaks and the separators \x1c-\x1f),
# except U+2000 and U+3000: `"\u3000" in text` costs about 13 us over an article with curly quotes
# (against 0.15 for the others), and neither stands between the words of English news
_OTHER_SPACES = ("\t", "\xa0", "\u202f", "\u2009", "\u2002", "\u2003", "\u2007", "\u2008",
                 "\u200a", "\u2001", "\u2004", "\u2005", "\u2006", "\u205f", "\u1680")


def plain_spacing(text: str) -> str:
    """`text` with every line break that is not "\\n" or CRLF made "\\n", every other horizontal
    space " ", and an opening BOM a space; `text` itself (the same object) when it has none.

    Each character is looked for with `in` and replaced with `str.replace` (a few us for an
    article) rather than by a regex (about 80 us to search one with curly quotes, 150 to replace):
    every article pays the look."""
    if text[:1] == "\ufeff":
        text = " " + text[1:]
    if "\r" in text and text.count("\r") != text.count("\r\n"):
        text = _LONE_CR.sub("\n", text)
    for c in _OTHER_BREAKS:
        if c in text:
            text = text.replace(c, "\n")
    for c in _OTHER_SPACES:
        if c in text:
            text = text.replace(c, " ")
    return text

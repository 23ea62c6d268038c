"""Whether a paragraph ends where a PDF's page (or column) does, or runs on over the break; and
where, within a page, a paragraph set solid (no space after it) ends: in an article that marks
its paragraphs with first-line indents alone (a book's or a typesetter's column) at an indent
(`opens_indented_paragraph`), and in any article at a list's bullet (`opens_list_item`) or at a
capital whose word would have fit on the line above (`ends_short_line`: "What we know:" and its
items, short and with no full stop, set solid as Word's List Paragraph or a web page's list sets them).

Within a page, the gap between two lines says it (a paragraph's lines are set at the type's line
spacing, paragraphs further apart); over a break there is no gap to read, and the evidence is the
lines on either side of it:

- the line at the foot **does not end a sentence**: the paragraph runs on (a sentence split by the
  break is one sentence), unless the line is well short of the column's width (under 60%) and the
  next opens with a capital, or the next line's first word would have fit on it: a subheading, a
  dateline or a list's item ended there (a sentence's line falls that short only before a word of
  a third of a line, a web address);
- it ends a sentence **short of the column's width**: the paragraph ended there (a justified or
  filled column's lines run to its width but a paragraph's last);
- it ends a sentence **on a full line**, as a paragraph's last line may: the line at the top of the
  next page decides.  Indented against the line under it, it opens a paragraph; in an article that
  marks its paragraphs with indents, an unindented line continues one; in an article that marks
  them with space between (a web page, most word processors' defaults) the space is lost at the
  break, and a new sentence there (a capital after the full stop, as `framing.segment` reads a
  boundary: not after "Mr.", not "U.S. President") opens a paragraph.  A browser ends a page where
  a paragraph ends whenever the next one's first lines do not fit (Chromium keeps two lines of a
  paragraph together), so this is common in a printed web page; a page breaking mid-paragraph just
  where a sentence ends on a full line is rarer (about one line end in twenty ends a sentence).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from framing import segment

SENTENCE_END = tuple(".!?:;\"”’)»")
# the marks a list's item opens with: bullets as word processors and browsers draw them (Word's Symbol
# bullet is the private-use U+F0B7, its square U+F0A7, its arrow U+F0D8), never a hyphen-minus or a
# dash, with which a wrapped sentence's line may open ("– talks that Vladimir Putin himself called")
LIST_MARKS = tuple("•◦▪▫■□●○‣⁃∙➢►✓\uf0b7\uf0a7\uf0d8\uf076")
FULL_WIDTH = 0.85  # of the column's width (the median body line's characters): shorter, a line that ends a sentence ends its paragraph
SHORT = 0.6  # ... shorter than this, any line followed by a capital does
FITS = 0.85  # of the column's width: a line and the next line's first word within it would have been one line
_OPENING = "\"'“‘([«"


class PlacedLine(Protocol):
    text: str
    x: float
    y: float  # from the page's foot
    size: float
    page: int


def paragraph_ends_at_break(before: PlacedLine, line: PlacedLine, below: PlacedLine | None, width: float, indents: bool) -> bool:
    """Whether `line`, the first at the top of a page or column after `before`, opens a paragraph
    (see the module's docstring).  `below` is the line after `line`, `width` the column's width in
    characters, `indents` whether the article marks its paragraphs with first-line indents."""
    if opens_list_item(line.text):
        return True
    if not before.text.rstrip().endswith(SENTENCE_END):
        # a line well short of the column ends its paragraph even so (a subheading, a dateline, a
        # list's item) when a capital follows; a sentence's line is short only before a very long
        # word; and so does one the next line's first word would have fit on, whatever its case
        return (len(before.text) < width * SHORT and _opens_capitalised(line.text)) or ends_short_line(before, line, width)
    if len(before.text) < width * FULL_WIDTH:
        return True
    if below is not None and indented(line, below):
        return True
    return not indents and _new_sentence(before.text, line.text)


def opens_list_item(text: str) -> bool:
    """Whether a line opens with a list's bullet: it opens an item, whatever the line above."""
    return text.lstrip().startswith(LIST_MARKS)


def ends_short_line(above: PlacedLine, line: PlacedLine, width: float) -> bool:
    """Whether `above`, a line set over `line` at the type's line spacing (or at a page's foot), is
    the last of its paragraph though no space follows it: the first word of `line` would have fit on
    `above` (the two within 85% of the column's `width` in characters, a capital counted 1.4, for
    the letters' widths vary).  A paragraph's line ends where its next word does not fit, so list
    items set solid ("What we know:" | "Putin will not travel to Istanbul" | "Russia sends a
    delegation ..."; "number of convents: 14" | "number of nuns: 178"), a heading or a dateline
    set without space keep their lines, and a wrapped sentence's lines join, at a page break too
    (a browser or word processor moves whole lines to the next page, never breaks one early); a
    line cut at a hyphen is a word's end, not a paragraph's."""
    if above.text.rstrip().endswith(("-", "\u00ad", "\u2010")):
        return False
    first = line.text.split()[0] if line.text.split() else ""
    return _breadth(above.text.rstrip()) + 1 + _breadth(first) <= width * FITS


def _breadth(text: str) -> float:
    """How wide `text` is set, in lower-case letters: a capital is about a third wider, so a heading
    in capitals fills its line with fewer characters ("... OBAMA WITH" | "FARRAKHAN IN 2005")."""
    return len(text) + 0.4 * sum(c.isupper() for c in text)


def indented(line: PlacedLine, below: PlacedLine) -> bool:
    """Whether `line` starts right of the line under it, in the same type on the same page, by half
    an em to four (more is a centred line or another column's)."""
    return (below.page == line.page and below.y < line.y and abs(below.size - line.size) <= 0.5
            and line.size * 0.5 <= line.x - below.x <= line.size * 4)


def opens_indented_paragraph(above: PlacedLine, line: PlacedLine, below: PlacedLine | None) -> bool:
    """Whether `line`, under `above` on its page, is the first of a paragraph marked by its indent:
    `above` ends a sentence and `line` is indented against the line under it (at a page's foot,
    where nothing is under it, against `above`)."""
    if not (above.page == line.page and above.y > line.y and above.text.rstrip().endswith(SENTENCE_END)):
        return False
    if below is not None and below.page == line.page and below.y < line.y:
        return indented(line, below)
    return abs(above.size - line.size) <= 0.5 and line.size * 0.5 <= line.x - above.x <= line.size * 4


def indents_paragraphs(lines: Sequence[PlacedLine]) -> bool:
    """Whether the article marks its paragraphs with a first-line indent: two or more lines, after a
    line of the same page that ends a sentence, indented against the line under them."""
    found = 0
    for above, line, below in zip(lines, lines[1:], lines[2:]):
        if opens_indented_paragraph(above, line, below):
            found += 1
            if found >= 2:
                return True
    return False


def _opens_capitalised(text: str) -> bool:
    first = text.lstrip().lstrip(_OPENING)[:1]
    return first.isupper() or first.isdigit()


def _new_sentence(before: str, after: str) -> bool:
    """Whether `after` starts a new sentence when it follows `before`, as the segmenter reads it."""
    before = before.rstrip()
    return any(s.start == len(before) + 1 for s in segment.sentences(f"{before} {after.lstrip()}"))

"""The text of a PDF article: a news page a teacher saved with the browser's "Save as PDF" (or
printed to PDF), or a PDF the outlet made, read with `pypdf` into the article as it reads.

A PDF holds positioned lines, not paragraphs, so the article is rebuilt from where each line sits
and how large its type is:

- **page furniture is left out**: the lines a browser prints in the page's margins (the date and
  time, the page's title, its address, "1/3"; Firefox's "Page 1 of 3"), without trace, since they
  are the printer's, not the page's; and the running heads and feet an outlet sets at the top and
  bottom of every page (the same line, page numbers aside, on most pages), kept once each in
  `metadata["running_heads"]`.  Nothing else is dropped;
- **the headline is marked**: the lines in the largest type on the first page (clearly larger than
  the body's) are the headline, unless more than 8 lines of running text stand above them (a page
  of text, whose larger type is a heading in it); what stands above it there (the site's menu,
  however many lines, "Sign in", a kicker, a section's name) is kept before it, a paragraph a line, and `framing.clean` sets it aside as
  the masthead (left out of the counts, shown folded in the report) as it does an HTML page's, when
  it reads as labels (short lines, no full stop), however many they are: how many stood above the
  headline is recorded in `metadata["lines_above_headline"]`, which the cleaner reads; with no
  larger type, the first line is the headline, as a .txt's is;
- **paragraphs are joined**: the lines of one paragraph (a gap no larger than the body's line
  spacing, the same type size) become one line, paragraphs are separated by a blank line, as the
  Word and HTML readers do, and a paragraph that runs on over a page break is one paragraph (so a
  sentence split by the break is one sentence), while one that ends on a page's last line, as a
  browser's pages often do, ends there (`framing.pdf_page_breaks` reads the lines either side);
- **a soft hyphen** leaves its word whole: a glyph the PDF marks as one (a span whose /ActualText
  is U+00AD, as Chromium draws it: a space glyph mid-line, which pypdf alone read as a space,
  "uncon ditional") or the U+00AD character itself;
- **what a span declares its glyphs say** (/ActualText, inline or named in the page's
  /Properties, as tagged PDFs mark a ligature or a word hyphenated over a line) is read in their
  place (`framing.pdf_actual_text`);
- **a hyphen at a line's end** is dropped only when it is the line break's (`framing.pdf_line_hyphens`
  says how): a soft hyphen, the U+2010 a browser draws where it breaks a word, or the hyphen
  LibreOffice draws apart from the word it breaks (its layout paints an automatic hyphen as a text
  run of its own, sw/source/core/text/txthyph.cxx; a typed one is in the word's run); a browser's
  hyphen-minus is the word's own ("so-|called"); in another word processor's PDF (Word, Pages), whose
  automatic hyphen is a hyphen-minus like a typed one, the article's own words decide ("Eu-|rope's"
  where "Europe" is written is mended, "30-|day" where "30-day" is written kept), then the words
  framing ships ("in-|tention": "intention" is known, "tention" is no word), and a doubt keeps
  it; in other PDFs (a typesetter's) the document's spelling elsewhere decides, then a number
  ("30-|day") or "self-"/"well-" keep it, and any other cut is mended ("nego-|tiations");
- typographic ligatures (U+FB00-FB06, "ﬁ") are written as their letters, so "conﬁrm" reads
  "confirm" to the lexicons.

The text returned is the article's text: offsets of findings index into it as into a .txt's.
The PDF's own properties (Title, Author, CreationDate) go to `metadata` as a Word file's do, and
the address a browser printed in the footer becomes the article's `url`.

A scan (no text layer), a password-protected PDF or a damaged one raises `UnreadableDocument`
(from `framing.office_text`) with one line saying what to do; a damaged page among readable ones
is left out with a warning naming it.  pypdf parses files from anywhere,
and a damaged one can make it raise nearly anything: every failure while reading is that one line,
never a traceback.
"""

from __future__ import annotations

import io
import logging
import re
import statistics
from collections import Counter
from dataclasses import dataclass

from framing.clean import LINES_ABOVE_HEADLINE
from framing.office_text import OfficeDocument, UnreadableDocument
from framing.pdf_line_hyphens import WrittenWords, word_processor_words, written_words
from framing.pdf_line_hyphens import join_lines as _join
from framing.pdf_actual_text import actual_text, marks_actual_text
from framing.pdf_known_words import known_words
from framing.pdf_page_breaks import ends_short_line, indents_paragraphs, opens_indented_paragraph, opens_list_item, paragraph_ends_at_break

_COPY_TEXT = "copy the article's text into a .txt file (the headline on the first line)"
_INNER_SOFT_HYPHEN = re.compile(r"\u00ad\s*(?=\S)")
_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st"})
_MARGIN = 0.075  # of the page's height: a browser prints its header and footer in this band at the top and bottom
_PAGE_NUMBER = re.compile(r"\b(?:page\s+)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?\b", re.IGNORECASE)
_PRINT_DATE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]\.?M\.?)?(?=\s|$)", re.IGNORECASE)
_ADDRESS = re.compile(r"(?:https?://|file:/|about:|www\.)\S*", re.IGNORECASE)
_WEB_ADDRESS = re.compile(r"https?://\S+", re.IGNORECASE)
_SEPARATORS = " \t|·•-–"
_PROSE_ABOVE = 8  # lines of running text above the largest type that leave it a headline: more, and it is a heading in a page of text
# the makers of PDFs whose hyphen-minus at a line's end is the text's own: browsers (Chrome's Skia,
# Firefox, Safari) draw a word they break with U+2010 or a soft hyphen (Google Docs' PDFs are Skia's too)
_BROWSERS = re.compile(r"Skia/PDF|Chrom|Mozilla|Firefox|Safari|WebKit", re.IGNORECASE)
# word processors, which hyphenate only when asked, with a hyphen-minus like a typed one (Word, Pages
# through Quartz); LibreOffice's is drawn apart from its word (see `_page_lines`)
_WORD_PROCESSORS = re.compile(r"Microsoft|Word|Quartz|Pages", re.IGNORECASE)
_LIBREOFFICE = re.compile(r"LibreOffice|OpenOffice", re.IGNORECASE)
logging.getLogger("pypdf").addHandler(logging.NullHandler())  # its notes on odd files never reach the user's terminal


@dataclass(slots=True)
class _Line:
    text: str
    x: float
    y: float  # from the bottom of the page, as PDF measures it
    size: float  # the type's size in points
    page: int


def read_pdf(data: bytes) -> OfficeDocument:
    """The article in the PDF `data`: its text, headline, properties and printed address."""
    pages, metadata, maker, broken = _pages(data)
    warnings = [f"page{'s' if len(broken) > 1 else ''} {', '.join(map(str, broken))} of {len(pages) + len(broken)} could not be "
                "read (damaged), so that text is missing; download or save the PDF again"] if broken else []
    lines = [line for page in pages for line in page]
    if not any(line.text.strip() for line in lines):
        raise UnreadableDocument(f"a PDF with no text layer (a scan, or pages saved as pictures): run OCR on it (for example "
                                 f"`ocrmypdf`), or {_COPY_TEXT}")
    url = _printed_address(lines)
    body, running = _without_furniture(pages, metadata.get("document_title"))
    if running:
        metadata["running_heads"] = " | ".join(running)
    if not body:
        raise UnreadableDocument(f"a PDF whose only text is page headers and footers: nothing to analyse; {_COPY_TEXT}")
    texts = [line.text for line in body]
    words = None if maker in ("browser", "libreoffice") else _word_processor_words(texts) if maker == "word processor" else written_words(texts)
    above, headline, body = _headline(body, words)
    if above:  # (so `framing.clean` judges them as the masthead however many: a site's menu printed an item a line)
        metadata[LINES_ABOVE_HEADLINE] = str(len(above))
    paragraphs = [*above, headline, *_paragraphs(body, words)] if headline else _paragraphs(body, words)
    return OfficeDocument("\n\n".join(p for p in paragraphs if p), " ".join((headline or paragraphs[0]).split()), headline is not None,
                          metadata, url=url, warnings=warnings)


def _word_processor_words(texts: list[str]) -> WrittenWords:
    """A word processor's evidence on its line-end hyphens, with the words framing knows without
    the article (`framing.pdf_known_words`, read only when some line ends in a hyphen)."""
    hyphenated = any(text.rstrip().endswith("-") for text in texts)
    return word_processor_words(texts, known_words() if hyphenated else frozenset())


def _pages(data: bytes) -> tuple[list[list[_Line]], dict[str, str], str, list[int]]:
    """Each page's lines in reading order, the document's properties, its maker's kind ("browser",
    "libreoffice", "word processor" or "typesetter": what a hyphen-minus at a line's end may be),
    and the numbers of the pages that could not be read."""
    import pypdf  # (here, not at the top: `import framing` stays quick for those who never read a PDF)

    if b"%PDF-" not in data[:1024]:
        raise UnreadableDocument("not a PDF (a PDF file starts with '%PDF-', and this one does not); if it is an article saved in "
                                 f"another form, give it that form's extension (.docx, .html, .txt), or {_COPY_TEXT}")

    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted and (problem := _not_opened(reader)):
            raise UnreadableDocument(problem)
        pages: list[list[_Line]] = []
        broken: list[int] = []
        maker = _maker(reader)
        for number in range(len(reader.pages)):
            try:
                pages.append(_page_lines(reader.pages[number], number, apart_hyphens=maker == "libreoffice"))
            except Exception:  # noqa: BLE001  (one damaged page: the others are read, and the article says which is missing)
                broken.append(number + 1)
        if broken and not pages:
            raise ValueError(f"none of its {len(broken)} pages can be read")
        metadata = _properties(reader)
    except UnreadableDocument:
        raise
    except Exception as e:  # noqa: BLE001  (see the module's docstring: a damaged file, one line)
        what = f": {' '.join(str(e).split())[:160]}" if str(e).strip() else ""
        raise UnreadableDocument(f"a damaged PDF, or one cut short, which cannot be read ({type(e).__name__}{what}); download or "
                                 f"save it again, or {_COPY_TEXT}") from None
    return pages, metadata, maker, broken


def _maker(reader: object) -> str:
    """What kind of program made the PDF, from its /Producer and /Creator, for its line-end hyphens."""
    info = reader.metadata or {}  # type: ignore[attr-defined]
    names = " ".join(v for k in ("/Producer", "/Creator") if isinstance(v := info.get(k), str))
    for kind, pattern in (("browser", _BROWSERS), ("libreoffice", _LIBREOFFICE), ("word processor", _WORD_PROCESSORS)):
        if pattern.search(names):
            return kind
    return "typesetter"


def _not_opened(reader: object) -> str | None:
    """Why an encrypted PDF does not open with the empty password, or None when it does (a PDF
    whose owner only forbids printing or copying, as many outlets' PDFs do, opens so)."""
    try:
        if reader.decrypt(""):  # type: ignore[attr-defined]
            return None
    except Exception as e:  # noqa: BLE001
        if type(e).__name__ == "DependencyError":  # AES, which pypdf decrypts with the optional `cryptography` package
            return ("an encrypted PDF (AES), which framing opens only with the `cryptography` package installed (pip install "
                    f"cryptography); or open it in a browser and print it to a new PDF (Save as PDF), or {_COPY_TEXT}")
    return ("a password-protected PDF, which framing cannot open; open it with its password and print it to a new PDF "
            f"(Save as PDF), or {_COPY_TEXT}")


def _page_lines(page: object, number: int, apart_hyphens: bool = False) -> list[_Line]:
    """The lines of one page, top to bottom, each with where it starts and its type size.  With
    `apart_hyphens` (LibreOffice's PDF) a hyphen drawn on its own at a line's end, after the word it
    breaks, is read as U+2010, the line break's hyphen: Writer paints its automatic hyphen as a
    text run of its own, and a typed hyphen within its word's run."""
    lines: list[_Line] = []
    current: list[str] = []
    where: list[tuple[float, float, float]] = []
    apart: list[int] = []  # where in `current` a hyphen drawn on its own is

    def end_line() -> None:
        last = max((i for i, piece in enumerate(current) if piece.strip()), default=None)
        if last is not None and last in apart and "".join(current[:last]).rstrip() == "".join(current[:last]):
            current[last] = "\u2010"
        apart.clear()
        # a soft hyphen where the line did not break leaves the word whole ("uncon\u00additional"), and one
        # before the hyphen a browser draws at a break is that hyphen's ("preco\u00ad\u2010" is "preco\u2010")
        text = _INNER_SOFT_HYPHEN.sub("", "".join(current).translate(_LIGATURES)).strip()
        if text and where:
            x, y, size = where[0]
            lines.append(_Line(re.sub(r"  +", " ", text), x, y, size, number))
        current.clear()
        where.clear()

    def visit(text: str, cm: list[float], tm: list[float], font: object, font_size: float) -> None:
        if apart_hyphens and text == "-" and "".join(current).strip():
            apart.append(len(current))
        pieces = text.split("\n")
        for i, piece in enumerate(pieces):
            if i:
                end_line()
            if piece.strip() and not where:
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                scale = (abs(tm[0] * tm[3] - tm[1] * tm[2]) * abs(cm[0] * cm[3] - cm[1] * cm[2])) ** 0.5
                where.append((x, y, round(font_size * scale, 1)))
            current.append(piece)

    page.extract_text(visitor_text=visit, visitor_operand_before=actual_text(page) if marks_actual_text(page) else None)  # type: ignore[attr-defined]
    end_line()
    height = float(page.mediabox.height)  # type: ignore[attr-defined]
    for line in lines:
        line.y = line.y if 0 <= line.y <= height * 1.05 else height / 2  # (a line placed off the page: kept, mid-page)
        line.y /= height  # heights as shares of the page, so pages of any size compare
    return lines


def _properties(reader: object) -> dict[str, str]:
    info = reader.metadata or {}  # type: ignore[attr-defined]
    found: dict[str, str] = {}
    for key, name in (("/Title", "document_title"), ("/Author", "author")):
        if isinstance(value := info.get(key), str) and (value := " ".join(value.split())):
            found[name] = value
    if isinstance(created := info.get("/CreationDate"), str) and (m := re.match(r"D:(\d{4})(\d{2})(\d{2})(\d{2})?(\d{2})?(\d{2})?", created)):
        day = f"{m[1]}-{m[2]}-{m[3]}"
        found["document_created"] = f"{day}T{m[4]}:{m[5] or '00'}:{m[6] or '00'}" if m[4] else day
    return found


# -- furniture -----------------------------------------------------------------------------------
def _in_margin(line: _Line) -> bool:
    return line.y > 1 - _MARGIN or line.y < _MARGIN


def _browser_furniture(line: _Line, title: str | None, body_size: float) -> bool:
    """A line a browser prints in a page's margin: nothing but page numbers ("1/3", "Page 1 of 3"),
    dates and times and the page's address; or, in type smaller than the body's, the page's title
    with them (Chrome: "11/24/26, 6:23 AM  Title" at the top, "https://...  1/3" at the bottom;
    Firefox: "Title  https://..." and "1 of 3  24/11/2026, 06:23").  A headline that is the page's
    title, at the top of the first page, is in larger type: kept."""
    if not _in_margin(line):
        return False
    rest = _PAGE_NUMBER.sub(" ", _PRINT_DATE.sub(" ", _ADDRESS.sub(" ", line.text) + " "))
    if not rest.strip(_SEPARATORS):
        return True
    if line.size >= body_size * 0.95:
        return False
    # a title Chrome cut short ("A very long title…") after the date still makes its header line
    return bool(_PRINT_DATE.match(line.text)) or bool(title and not rest.replace(title, " ").strip(_SEPARATORS))


def _printed_address(lines: list[_Line]) -> str | None:
    """The http(s) address a browser printed in a page's margin: the page the PDF was saved from."""
    for line in lines:
        if _in_margin(line) and (found := _WEB_ADDRESS.search(line.text)):
            return found[0]
    return None


def _shape(text: str) -> str:
    """A running head's text with its numbers as '#': "Page 2 of 3" and "Page 3 of 3" are one head."""
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


def _without_furniture(pages: list[list[_Line]], title: str | None) -> tuple[list[_Line], list[str]]:
    """The lines of every page but the browser's print header and footer and the running heads and
    feet (a line among the first or last two of a page whose shape is at the top or bottom of most
    pages, of at least two); and the running heads' words, each once as first printed ("THE
    INDEPENDENT World"), so that what was left out is on record (the article's `metadata`): an
    outlet's, unlike a browser's page numbers, dates and address, may name its section or edition."""
    body_size = _body_size([line for page in pages for line in page])
    edges = [page[:2] + page[-2:] if len(page) > 4 else page for page in pages]
    counts = Counter(shape for edge in edges for shape in {_shape(line.text) for line in edge})
    enough = max(2, (len(pages) + 1) // 2)
    running = {shape for shape, count in counts.items() if count >= enough}
    kept = []
    heads: dict[str, str] = {}
    for page, edge in zip(pages, edges):
        edge_ids = {id(line) for line in edge}
        for line in page:
            if _browser_furniture(line, title, body_size):
                continue
            if id(line) in edge_ids and (shape := _shape(line.text)) in running:
                if _PAGE_NUMBER.sub(" ", line.text).strip(_SEPARATORS):  # (a page number alone is not worth keeping)
                    heads.setdefault(shape, line.text)
                continue
            kept.append(line)
    return kept, list(heads.values())


# -- headline and paragraphs ---------------------------------------------------------------------
def _body_size(lines: list[_Line]) -> float:
    """The type size most of the text is set in (weighted by characters)."""
    sizes: Counter[float] = Counter()
    for line in lines:
        sizes[line.size] += len(line.text)
    return sizes.most_common(1)[0][0]


def _headline(lines: list[_Line], words: WrittenWords | set[str] | None) -> tuple[list[str], str | None, list[_Line]]:
    """(the lines above the headline, the headline, the lines after it).  The headline is the run of
    lines in the largest type on the first page, when that is clearly larger than the body's and
    no more than `_PROSE_ABOVE` lines of running text stand above it (see `_prose`); else None, and
    the first paragraph will be, as a Word file's is.  Any number of other lines may stand above it
    (a site's menu printed an item a line, a kicker, a section's name, a byline): a page's menu is
    no page of text.  The lines above are kept, one paragraph each, as an HTML page's masthead is:
    `framing.clean` sets them aside as the masthead (shown folded in the report, left out of the
    counts) when they read as labels, not sentences."""
    body = _body_size(lines)
    first_page = [line for line in lines if line.page == lines[0].page]
    largest = max(line.size for line in first_page)
    start = next(i for i, line in enumerate(lines) if line.size == largest)
    width = statistics.median(len(line.text) for line in lines if line.size == body)
    if largest >= body * 1.25 and sum(_prose(line, body, width) for line in lines[:start]) <= _PROSE_ABOVE:
        end = start + 1
        while end < len(lines) and lines[end].size == largest and lines[end].page == lines[start].page:
            end += 1
        return [line.text for line in lines[:start]], _join([line.text for line in lines[start:end]], words), lines[end:]
    return [], None, lines


def _prose(line: _Line, body: float, width: float) -> bool:
    """Whether a line is running text: in the body's type, most of the column's width (`width`
    characters, the median body line's), most of its words in lower case.  A menu's items, a
    kicker, a byline or a date are not; a page of text whose larger type is a heading in it has
    many such lines above that heading (the reason for a limit: without one, any heading would be
    taken for the headline and the article's first paragraphs for its masthead)."""
    found = line.text.split()
    return (abs(line.size - body) <= 0.5 and len(line.text) >= width * 0.6
            and sum(word[0].islower() for word in found) * 2 >= len(found))


def _paragraphs(lines: list[_Line], words: WrittenWords | set[str] | None) -> list[str]:
    """The lines as paragraphs: a line starts a new one after a gap larger than its type's line
    spacing, at a change of type size, indented after a sentence's end in an article that marks
    its paragraphs with indents (a typesetter's column, set solid), at a bullet or at a line whose
    first word would have fit on the line above (a list's items set solid, `framing.pdf_page_breaks.ends_short_line`),
    or, at the top of a page or a column, when the lines either
    side of the break say a paragraph ended there (`framing.pdf_page_breaks`: the line before ended
    a sentence short of the column's width, or on a full line and the next is indented or, in an
    article whose paragraphs are spaced, not indented, opens a new sentence)."""
    if not lines:
        return []
    spacing = _line_spacing(lines)
    body = _body_size(lines)
    lengths = sorted(len(line.text) for line in lines if line.size == body)
    width = statistics.median(lengths)
    # the column's full width for a list's short items: a page of short items and one-line paragraphs
    # has a median line far short of it, and there every item would run into the next
    full = lengths[(len(lengths) - 1) * 9 // 10]
    indents = indents_paragraphs(lines)
    paragraphs: list[list[str]] = [[lines[0].text]]
    for i, (before, line) in enumerate(zip(lines, lines[1:]), 1):
        below = lines[i + 1] if i + 1 < len(lines) else None
        if line.page != before.page or line.y >= before.y:
            # over a page break, or up to the top of the next column: what the lines on either side say
            new = abs(line.size - before.size) > 0.5 or paragraph_ends_at_break(before, line, below, width, indents)
        else:
            gap = before.y - line.y
            usual = spacing.get(line.size)
            new = (abs(line.size - before.size) > 0.5 or usual is None or gap > usual * 1.3
                   or (indents and opens_indented_paragraph(before, line, below))
                   or (gap >= usual * 0.7 and (opens_list_item(line.text) or ends_short_line(before, line, full))))
        if new:
            paragraphs.append([line.text])
        else:
            paragraphs[-1].append(line.text)
    return [_join(p, words) for p in paragraphs]


def _line_spacing(lines: list[_Line]) -> dict[float, float]:
    """The usual distance between two lines of one paragraph, per type size: the smallest gap seen
    often (the gaps between paragraphs are larger).  Not the most common gap: in an article of
    one- and two-line paragraphs, as many a news page is, that is the paragraphs' own, and every
    paragraph would run into the next."""
    gaps: dict[float, list[float]] = {}
    for before, line in zip(lines, lines[1:]):
        if line.page == before.page and line.size == before.size and before.y > line.y:
            gaps.setdefault(line.size, []).append(round(before.y - line.y, 4))
    return {size: _smallest_common(found) if len(found) > 2 else min(found) for size, found in gaps.items()}


def _smallest_common(gaps: list[float]) -> float:
    """The smallest of `gaps` that a tenth of them (two at least) are within 15% of, leaving out any
    under half the median (two pieces of one line set a hair apart, a superscript)."""
    floor = statistics.median(gaps) / 2
    found = sorted(gap for gap in gaps if gap >= floor)
    enough = max(2, len(found) // 10)
    for gap in found:
        near = [other for other in found if gap <= other <= gap * 1.15]
        if len(near) >= enough:
            return statistics.median(near)
    return Counter(found).most_common(1)[0][0]

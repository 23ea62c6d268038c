"""Soft hyphens in a PDF, read as U+00AD where the PDF marks them, for `framing.pdf_text`.

A soft hyphen is where a word may break; where it does not, it must leave the word whole.  A PDF
holds glyphs, not characters, so a producer that wants a copy of the text to read right marks the
glyphs it draws for one with a span whose /ActualText is U+00AD (Chromium does, for every soft
hyphen of a page printed to PDF).  pypdf reads the glyphs and not the /ActualText; the visitor here
has it read the soft hyphen instead.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

# an /ActualText of U+00AD as a content stream spells it: hex (<FEFF00AD>, <AD>) or a literal string, its bytes
# raw or escaped in octal (UTF-16 with its byte-order mark, or PDFDocEncoding's one byte)
_SOFT_HYPHEN_TEXT = re.compile(rb"/ActualText\s*(?:<\s*(?:FEFF\s*00\s*)?AD\s*>|\((?:\xfe\xff\x00\xad|\\376\\377\\000\\255|\xad|\\255)\))",
                               re.IGNORECASE)


def marks_soft_hyphens(page: Any) -> bool:
    """Whether a pypdf page's content streams mark any glyphs as a soft hyphen: the visitor is
    worth its cost (called on every operator, it makes reading a page about a third slower) only
    then.  The streams' decoded bytes are searched (pypdf keeps them for reading the page)."""
    contents = page.get("/Contents")
    contents = contents.get_object() if contents is not None else None
    streams = contents if isinstance(contents, list) else [contents] if contents is not None else []
    return any(_SOFT_HYPHEN_TEXT.search(stream.get_object().get_data()) for stream in streams)


def soft_hyphens() -> Callable[[bytes, list[Any], object, object], None]:
    """A visitor of a page's operators (pypdf's `visitor_operand_before`) that has the glyphs a
    PDF marks as a soft hyphen read as U+00AD.

    Chromium (Chrome's and Edge's "Save as PDF") draws each soft hyphen as a space glyph in a span
    whose /ActualText is U+00AD, and where the line breaks there, a U+2010 after it; pypdf read the
    space glyph, so an unbroken one made "uncon ditional".  The text shown inside such a span is
    replaced, before pypdf decodes it, by U+00AD (pypdf takes a str operand as text as it is), which
    `framing.pdf_text` drops mid-line and mends at a line's end.  Only U+00AD is honoured: a span's
    other /ActualText (an abbreviation's expansion) is left to pypdf, which shows the glyphs."""
    from pypdf.generic import ArrayObject, TextStringObject

    span: list[str | None] = [None]  # inside a soft hyphen's span: the text its next glyphs show ("\u00ad", then "")

    def visit(operator: bytes, operands: list[Any], cm: object, tm: object) -> None:
        if operator == b"BDC":
            span[0] = "\u00ad" if _actual_text(operands) == "\u00ad" else None
        elif operator == b"EMC":
            span[0] = None
        elif span[0] is not None and operands and operator in (b"Tj", b"TJ", b"'", b'"'):
            if operator == b"TJ":
                operands[0] = ArrayObject([TextStringObject(span[0])])
            else:
                operands[-1] = TextStringObject(span[0])
            span[0] = ""  # (one soft hyphen however many glyphs the span draws)

    return visit


def _actual_text(operands: list[Any]) -> str | None:
    """The /ActualText of a BDC operator's properties (a dictionary, given inline), decoded."""
    properties = operands[1] if len(operands) > 1 else None
    value = properties.get("/ActualText") if hasattr(properties, "get") else None
    if isinstance(value, bytes):  # (pypdf leaves a UTF-16 string with its byte-order mark as bytes)
        return value[2:].decode("utf-16-be", "replace") if value[:2] == b"\xfe\xff" else value.decode("latin-1")
    return value if isinstance(value, str) else None

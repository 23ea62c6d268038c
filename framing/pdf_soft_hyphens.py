"""Soft hyphens in a PDF, read as U+00AD where the PDF marks them, for `framing.pdf_text`.

A soft hyphen is where a word may break; where it does not, it must leave the word whole.  A PDF
holds glyphs, not characters, so a producer that wants a copy of the text to read right marks the
glyphs it draws for one with a span whose /ActualText is U+00AD (Chromium does, for every soft
hyphen of a page printed to PDF).  pypdf reads the glyphs and not the /ActualText; the visitor here
has it read the soft hyphen instead.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


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

"""The text a PDF declares for what it draws (/ActualText), read in place of its glyphs, for
`framing.pdf_text`.

A PDF holds glyphs, not characters.  Where the glyphs do not say what the text is, a producer
that wants a copy of the text to read right wraps them in a marked-content span with an
/ActualText: the spec's "exact replacement" for what the span draws (ISO 32000-2, 14.9.4).
Chromium marks each soft hyphen so (a space glyph, or the hyphen it draws at a break, with
/ActualText U+00AD); tagged PDFs mark ligatures ("ﬁ" drawn, "fi" meant) and words hyphenated over
a line ("nego-|tiations" drawn, "negotiations" meant), often through a name whose properties are
in the page's /Resources /Properties (`/Span /MC0 BDC`) rather than inline
(`/Span <</ActualText (fi)>> BDC`).  pypdf reads the glyphs and not the /ActualText; the visitor
here has it read the /ActualText instead, inline or named.

An /ActualText is honoured whatever it says, as the spec defines it: an abbreviation's expansion
is /E, which is not read.  An empty one ("the glyphs are no text") makes its glyphs read as
nothing; a span nested in another is read as the outer span's text, which replaces all it draws.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

_ACTUAL_TEXT = re.compile(rb"/ActualText\b")


def marks_actual_text(page: Any) -> bool:
    """Whether a pypdf page's content declares /ActualText anywhere: inline in its content streams
    (their decoded bytes, which pypdf keeps for reading the page) or in the marked-content
    properties its resources name.  The visitor is worth its cost (called on every operator, it
    makes reading a page about a third slower) only then."""
    contents = page.get("/Contents")
    contents = contents.get_object() if contents is not None else None
    streams = contents if isinstance(contents, list) else [contents] if contents is not None else []
    if any(_ACTUAL_TEXT.search(stream.get_object().get_data()) for stream in streams):
        return True
    return any(_actual_text(value) is not None for value in _named_properties(page).values())


def actual_text(page: Any) -> Callable[[bytes, list[Any], object, object], None]:
    """A visitor of a page's operators (pypdf's `visitor_operand_before`) that has the glyphs inside
    a span with an /ActualText read as that text.

    The text shown inside such a span is replaced, before pypdf decodes it, by the /ActualText
    (pypdf takes a str operand as text as it is): the span's first text-showing operator shows all
    of it, the others nothing.  So Chromium's soft hyphen (a space glyph) reads U+00AD, which
    `framing.pdf_text` drops mid-line and mends at a line's end, and a ligature's glyph its letters."""
    from pypdf.generic import ArrayObject, NameObject, TextStringObject

    named = _named_properties(page)
    spans: list[list[str] | None] = []  # the open marked-content spans: each its text still to show, or None (no /ActualText)

    def visit(operator: bytes, operands: list[Any], cm: object, tm: object) -> None:
        if operator == b"BDC":
            properties = operands[1] if len(operands) > 1 else None
            if isinstance(properties, NameObject):
                properties = named.get(str(properties))
            text = _actual_text(properties)
            spans.append([text] if text is not None else None)
        elif operator == b"BMC":
            spans.append(None)
        elif operator == b"EMC":
            if spans:
                spans.pop()
        elif operands and operator in (b"Tj", b"TJ", b"'", b'"') and (span := next((s for s in spans if s is not None), None)):
            if operator == b"TJ":
                operands[0] = ArrayObject([TextStringObject(span[0])])
            else:
                operands[-1] = TextStringObject(span[0])
            span[0] = ""  # (the text once, however many glyphs the span draws)

    return visit


def _named_properties(page: Any) -> dict[str, Any]:
    """The marked-content properties a page's resources name (/Properties), by name ("/MC0")."""
    resources = page.get("/Resources")
    resources = resources.get_object() if resources is not None else None
    named = resources.get("/Properties") if hasattr(resources, "get") else None
    named = named.get_object() if named is not None else None
    if not hasattr(named, "items"):
        return {}
    return {str(name): value.get_object() for name, value in named.items()}


def _actual_text(properties: Any) -> str | None:
    """The /ActualText of marked-content properties (a dictionary), decoded; None without one."""
    value = properties.get("/ActualText") if hasattr(properties, "get") else None
    value = value.get_object() if hasattr(value, "get_object") else value
    if isinstance(value, bytes):  # (pypdf leaves a UTF-16 string with its byte-order mark as bytes)
        return value[2:].decode("utf-16-be", "replace") if value[:2] == b"\xfe\xff" else value.decode("latin-1")
    return str(value) if isinstance(value, str) else None

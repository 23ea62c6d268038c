"""framing/line_breaks.py: every spelling of a line break becomes "\\n", one character for one."""

from __future__ import annotations

import pytest

from framing.line_breaks import as_newlines


@pytest.mark.parametrize(
    "text, expected",
    [
        ("a\rb", "a\nb"),
        ("a\r\nb", "a\r\nb"),  # CRLF already ends in "\n"
        ("a\r\n\rb\r", "a\r\n\nb\n"),
        ("a\n\rb", "a\n\nb"),
        ("a\u2028b\u2029c", "a\nb\nc"),
        ("a\x85b\x0bc\x0cd", "a\nb\nc\nd"),
        ("\ufeffHeadline\rBody", " Headline\nBody"),
        ("mid\ufeffword", "mid\ufeffword"),  # only a BOM opening the text is one
        ("a\x1cb\x1dc\x1ed", "a\x1cb\x1dc\x1ed"),  # separators, not line breaks
        ("", ""),
    ],
)
def test_line_breaks_become_newlines_at_the_same_offsets(text, expected):
    assert as_newlines(text) == expected
    assert len(as_newlines(text)) == len(text)


@pytest.mark.parametrize("text", ["plain\ntext", "curly “quotes”\n\nand more", "windows\r\nlines\r\n", ""])
def test_a_text_with_no_other_line_breaks_is_returned_itself(text):
    assert as_newlines(text) is text

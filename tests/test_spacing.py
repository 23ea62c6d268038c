"""framing/spacing.py: every spelling of a line break becomes "\\n", of a space " ", one character for one."""

from __future__ import annotations

import pytest

from framing.spacing import plain_spacing


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
        ("was\twidely seen\u00a0as", "was widely seen as"),
        ("Donald\u00a0Trump\u202fsaid\u2009it\u2002and\u205fso", "Donald Trump said it and so"),
        ("tab\t\r\nend", "tab \r\nend"),
        ("zero\u200bwidth", "zero\u200bwidth"),  # not white space: the word stays one
        ("", ""),
    ],
)
def test_spacing_becomes_plain_at_the_same_offsets(text, expected):
    assert plain_spacing(text) == expected
    assert len(plain_spacing(text)) == len(text)


@pytest.mark.parametrize("text", ["plain\ntext", "curly “quotes”\n\nand more", "windows\r\nlines\r\n", "",
                                  "ideographic\u3000space"])  # U+3000: too dear to look for (see spacing.py)
def test_a_text_with_nothing_to_make_plain_is_returned_itself(text):
    assert plain_spacing(text) is text

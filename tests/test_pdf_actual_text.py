"""pdf_actual_text: what a PDF declares its glyphs say (/ActualText) read in their place, inline
(`/Span <</ActualText (fi)>> BDC`, as Chromium marks a soft hyphen) or named in the page's
/Resources /Properties (`/Span /MC0 BDC`, as tagged PDFs often do).  The pages are written with
pypdf (content streams by hand, Helvetica, the properties added to the page's resources): no PDF
tool at hand (Chromium, LibreOffice 7.4) writes a named /ActualText, so these rows are the
spec's forms (ISO 32000-2, 14.6 and 14.9.4) as such a PDF holds them."""

from __future__ import annotations

import io
import json

import pypdf
import pytest
from pypdf.generic import DictionaryObject, NameObject, TextStringObject

from framing.pdf_actual_text import marks_actual_text
from framing.pdf_text import read_pdf
from test_pdf_text import _pdf

PROPERTIES = {"/Shy": "\u00ad", "/Fi": "fi", "/Word": "negotiations", "/Empty": "", "/Tag": None}


def _named(content: bytes, producer: str | None = None) -> bytes:
    """A page of `content` whose resources name marked-content properties: /Shy (/ActualText
    U+00AD), /Fi ("fi"), /Word ("negotiations"), /Empty ("") and /Tag (an MCID, no /ActualText)."""
    writer = pypdf.PdfWriter(clone_from=io.BytesIO(_pdf(content, producer)))
    named = {}
    for name, text in PROPERTIES.items():
        properties = DictionaryObject({NameObject("/MCID"): pypdf.generic.NumberObject(0)}) if text is None else DictionaryObject(
            {NameObject("/ActualText"): TextStringObject(text)})
        named[NameObject(name)] = writer._add_object(properties)
    writer.pages[0]["/Resources"][NameObject("/Properties")] = DictionaryObject(named)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


HEAD = b"BT /F1 20 Tf 1 0 0 1 72 720 Tm (Dam plan fails) Tj /F1 11 Tf 1 0 0 1 72 690 Tm "


@pytest.mark.parametrize("shown, read", [
    (b"(a 30-day uncon) Tj /Span /Shy BDC ( ) Tj EMC (ditional ceasefire) Tj", "a 30-day unconditional ceasefire"),  # a soft hyphen
    (b"(a 30-day uncon) Tj /Span /Shy BDC (-) Tj EMC 0 -14 Td (ditional ceasefire) Tj", "a 30-day unconditional ceasefire"),  # broken at it
    (b"(by con) Tj /Span /Fi BDC (\\001) Tj EMC (rming it) Tj", "by confirming it"),  # a ligature's glyph with no Unicode of its own
    (b"[(by con)] TJ /Span /Fi BDC [(\\001) 20 (\\002)] TJ EMC [(rming it)] TJ", "by confirming it"),  # TJ arrays: the text once
    (b"(the start of ) Tj /Span /Word BDC (nego-) Tj 0 -14 Td (tiations) Tj EMC ( on Monday) Tj",
     "the start of negotiations on Monday"),  # a word hyphenated over a line, one span
    (b"/P /Tag BDC (the start of ) Tj /Span /Word BDC (nego-) Tj 0 -14 Td (tiations) Tj EMC ( on Monday) Tj EMC",
     "the start of negotiations on Monday"),  # inside a tagged paragraph (its EMC closes the outer span, not the inner)
    (b"/Artifact BMC (the start of ) Tj EMC /Span /Word BDC (nego-) Tj EMC", "the start of negotiations"),  # BMC opens a span too
    (b"(a 30-day) Tj /Span /Empty BDC ( \\267) Tj EMC ( ceasefire) Tj", "a 30-day ceasefire"),  # an empty one: its glyphs are no text
    (b"(a 30-day ) Tj /Span /Tag BDC (ceasefire) Tj EMC", "a 30-day ceasefire"),  # properties without /ActualText: the glyphs
], ids=["soft-hyphen", "soft-hyphen-line-end", "ligature", "tj-arrays", "hyphenated-word", "nested", "bmc", "empty", "no-actual-text"])
def test_a_named_actual_text_is_read_in_place_of_its_glyphs(shown, read):
    document = read_pdf(_named(HEAD + shown + b" ET", producer="Microsoft® Word for Microsoft 365"))  # (whose "nego-|tiations" alone stays so)
    assert document.text == f"Dam plan fails\n\n{read}"


@pytest.mark.parametrize("content, named, marked", [
    (b"BT /F1 11 Tf (plain) Tj ET", False, False),
    (b"BT /F1 11 Tf /Span <</ActualText (fi)>> BDC (\\001) Tj EMC ET", False, True),  # inline
    (b"BT /F1 11 Tf /Span /Fi BDC (\\001) Tj EMC ET", True, True),  # named
], ids=["none", "inline", "named"])
def test_the_visitor_runs_only_on_a_page_that_declares_actual_text(content, named, marked):
    page = pypdf.PdfReader(io.BytesIO(_named(content) if named else _pdf(content))).pages[0]
    assert marks_actual_text(page) is marked


def test_cli_score_finds_a_term_whose_letters_a_named_actual_text_gives(tmp_path):
    """`framing score` on a tagged PDF that draws "uncon" "ditional" around a soft hyphen named in
    its /Properties: a teacher's loaded term "unconditional ceasefire" is found, in the author's voice."""
    from typer.testing import CliRunner

    from framing.cli import app

    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "loaded.tsv").write_text("term\tcategory\tweight\tnote\tsource\nunconditional ceasefire\texaggeration\t1\t\tteacher\n",
                                                  encoding="utf-8")
    (tmp_path / "tagged.pdf").write_bytes(_named(HEAD + b"(Kyiv backs a 30-day uncon) Tj /Span /Shy BDC ( ) Tj EMC (ditional ceasefire by con) Tj "
                                                        b"/Span /Fi BDC (\\001) Tj EMC (rming it.) Tj ET"))
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["score", str(tmp_path / "tagged.pdf"), "--no-model", "--lexicon", str(tmp_path / "mine"),
                                      "--out", str(out)])
    assert result.exit_code == 0, result.output
    record = json.loads(out.read_text(encoding="utf-8"))
    assert [(s["text"], s["voice"]) for s in record["spans"] if s["term"] == "unconditional ceasefire"] == [
        ("unconditional ceasefire", "author")]
    assert record["title"] == "Dam plan fails"

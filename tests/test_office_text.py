"""office_text: the text of a Word (.docx, .docm) or OpenDocument (.odt, .fodt) article, its headline and properties,
and a one-line error saying what to do for a file that cannot be read.  The files are built as Word and
LibreOffice write them (tests/office_files.py)."""

from __future__ import annotations

import io
import zipfile

import pytest

from framing.office_text import UnreadableDocument, read, read_docx, read_fodt, read_odt
from damaged_files import damaged_copies, read_or_refused
from office_files import docm, docx, fodt, odt, paragraph, run

TAB_RUN = "<w:r><w:tab/></w:r>"
FOOTNOTE_REF = '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>'
FOOTNOTE = ('<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:footnoteRef/></w:r>'
            '<w:r><w:t xml:space="preserve"> A footnote the article does not hold.</w:t></w:r></w:p></w:footnote>')
COMMENT = ('<w:comment w:id="0" w:author="Ann Teacher" w:date="2026-11-23T10:00:00Z" w:initials="AT"><w:p>'
           '<w:r><w:t>Ask the class about this word.</w:t></w:r></w:p></w:comment>')
TEXT_BOX = ('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><wps:wsp><wps:txbx><w:txbxContent>'
            '<w:p><w:r><w:t>Pull quote in a box</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></wp:anchor></w:drawing></mc:Choice>'
            '<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>Pull quote in a box</w:t></w:r></w:p>'
            "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>")
CELL = '<w:tc><w:tcPr><w:tcW w:w="4513" w:type="dxa"/></w:tcPr>{}</w:tc>'
TABLE = ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
         '<w:tblGrid><w:gridCol w:w="4513"/><w:gridCol w:w="4513"/></w:tblGrid>'
         f'<w:tr>{CELL.format(paragraph(run("Cost")))}{CELL.format(paragraph(run("£2bn")) + paragraph(run("(estimate)")))}</w:tr>'
         f'<w:tr>{CELL.format(paragraph(run("Opens")))}{CELL.format(paragraph(run("2031")))}</w:tr></w:tbl>')


DOCX_ROWS = [
    # (what, body, text expected)
    ("runs joined, smart quotes and dashes as written",
     paragraph(run("Lavrov called the plan "), run("“pathetic”", ' w:rsidR="00A1"'), run(" \u2013 twice.")),
     "Lavrov called the plan “pathetic” \u2013 twice."),
    ("a tab, a line break, a non-breaking and an optional hyphen",
     paragraph(run("By Jane Roe"), TAB_RUN, run("24 November"), "<w:r><w:br/></w:r>", run("so"), "<w:r><w:noBreakHyphen/></w:r>",
               run("called con"), "<w:r><w:softHyphen/></w:r>", run("troversial")),
     "By Jane Roe\t24 November\nso-called controversial"),
    ("paragraphs separated by a blank line, empty ones (Word's spacing) left out",
     paragraph(run("Dam fails")) + paragraph() + paragraph(run("   ")) + paragraph(run("The dam failed, officials said.")),
     "Dam fails\n\nThe dam failed, officials said."),
    ("a table's cell paragraphs, row by row, in body order",
     paragraph(run("Before")) + TABLE + paragraph(run("After")),
     "Before\n\nCost\n\n£2bn\n\n(estimate)\n\nOpens\n\n2031\n\nAfter"),
    ("a footnote's and a comment's text left out, the text around their marks kept",
     paragraph(run("Officials said"), '<w:commentRangeStart w:id="0"/>', run(" it failed"), '<w:commentRangeEnd w:id="0"/>',
               '<w:r><w:commentReference w:id="0"/></w:r>', FOOTNOTE_REF, run(".")),
     "Officials said it failed."),
    ("tracked changes: an insertion kept, a deletion left out",
     paragraph(run("The plan was "), '<w:del w:id="1" w:author="Ann" w:date="2026-11-23T10:00:00Z"><w:r><w:delText>not </w:delText></w:r></w:del>',
               '<w:ins w:id="2" w:author="Ann" w:date="2026-11-23T10:00:00Z">' + run("quietly ") + "</w:ins>", run("dropped.")),
     "The plan was quietly dropped."),
    ("a text box (held twice: Choice and Fallback) left out",
     paragraph(run("The mayor spoke."), TEXT_BOX), "The mayor spoke."),
    ("a hyperlink's text and a field's shown result kept, its code left out",
     paragraph(run("Read "), '<w:hyperlink r:id="rId9" w:history="1">' + run("the report", ' w:rsidR="00B2"') + "</w:hyperlink>",
               run(" of "), '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DATE \\@ "MMMM d" </w:instrText></w:r>'
               '<w:r><w:fldChar w:fldCharType="separate"/></w:r>', run("May 4"), '<w:r><w:fldChar w:fldCharType="end"/></w:r>', run(".")),
     "Read the report of May 4."),
    ("a content control's paragraphs",
     '<w:sdt><w:sdtPr><w:alias w:val="Standfirst"/></w:sdtPr><w:sdtContent>' + paragraph(run("Inside a control.")) + "</w:sdtContent></w:sdt>",
     "Inside a control."),
]


@pytest.mark.parametrize("what, body, expected", DOCX_ROWS, ids=[r[0] for r in DOCX_ROWS])
def test_word_text_is_the_body_paragraphs_as_written(what, body, expected):
    document = read_docx(docx(body, footnotes=FOOTNOTE, comments=COMMENT))
    assert document.text == expected
    assert document.headline == expected.split("\n\n")[0].replace("\t", " ").replace("\n", " ")


@pytest.mark.parametrize("body, headline, styled", [
    (paragraph(run("Minister slams dam plan"), style="Title") + paragraph(run("Body.")), "Minister slams dam plan", True),
    (paragraph(run("Minister slams dam plan"), style="Heading1") + paragraph(run("Body.")), "Minister slams dam plan", True),
    # a German Word: the style ids are translated ('Titel', 'berschrift1'), styles.xml names them Title and heading 1
    (paragraph(run("Minister kritisiert Plan"), style="Titel") + paragraph(run("Text.")), "Minister kritisiert Plan", True),
    (paragraph(run("Minister kritisiert Plan"), style="berschrift1") + paragraph(run("Text.")), "Minister kritisiert Plan", True),
    # no style: the first paragraph still, as a .txt's first line is
    (paragraph() + paragraph(run("Minister slams dam plan")) + paragraph(run("Body."), style="Heading1"), "Minister slams dam plan", False),
])
def test_word_headline_is_the_first_paragraph_styled_or_not(body, headline, styled):
    document = read_docx(docx(body))
    assert (document.headline, document.styled_headline) == (headline, styled)


def test_word_properties_are_metadata_about_the_file():
    core = {"title": "Dam lesson", "creator": "Ann Teacher", "created": "2026-11-20T09:12:00Z"}
    document = read_docx(docx(paragraph(run("Dam fails")), core=core))
    assert document.metadata == {"document_title": "Dam lesson", "author": "Ann Teacher", "document_created": "2026-11-20T09:12:00Z"}
    assert read_docx(docx(paragraph(run("Dam fails")))).metadata == {}  # empty dc:title and dc:creator: nothing


def test_strict_open_xml_is_read_too():
    strict = docx(paragraph(run("Dam fails")) + paragraph(run("It failed.")))
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(strict)) as source, zipfile.ZipFile(buffer, "w") as target:
        for item in source.infolist():
            target.writestr(item, source.read(item).replace(b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                                                            b"http://purl.oclc.org/ooxml/wordprocessingml/main"))
    assert read_docx(buffer.getvalue()).text == "Dam fails\n\nIt failed."


ODT_ROWS = [
    ("spaces (text:s, with a count), a tab, a line break, spans and links",
     '<text:p text:style-name="Standard">Text<text:s/>with<text:s text:c="2"/>spaces<text:tab/>tab<text:line-break/>'
     'a <text:span text:style-name="T1">“bold”</text:span> word and <text:a xlink:type="simple" xlink:href="https://example.org/">a link</text:a>.</text:p>',
     "Text with  spaces\ttab\na “bold” word and a link."),
    ("a footnote and a comment left out, the text after them kept",
     '<text:p>It failed<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation>'
     '<text:note-body><text:p text:style-name="Footnote">A footnote.</text:p></text:note-body></text:note>, officials said'
     '<office:annotation><dc:creator>Ann</dc:creator><text:p>A comment.</text:p></office:annotation>.</text:p>',
     "It failed, officials said."),
    ("headings, lists, sections and table cells in order; empty paragraphs left out",
     '<text:h text:style-name="Heading_20_1" text:outline-level="1">Dam fails</text:h><text:p/>'
     '<text:list text:style-name="L1"><text:list-item><text:p>First point</text:p></text:list-item>'
     '<text:list-item><text:p>Second point</text:p></text:list-item></text:list>'
     '<text:section text:name="Section1"><text:p>In a section</text:p></text:section>'
     '<table:table table:name="Table1"><table:table-column table:number-columns-repeated="2"/><table:table-row>'
     '<table:table-cell office:value-type="string"><text:p>Cost</text:p></table:table-cell>'
     '<table:table-cell office:value-type="string"><text:p>£2bn</text:p></table:table-cell></table:table-row></table:table>',
     "Dam fails\n\nFirst point\n\nSecond point\n\nIn a section\n\nCost\n\n£2bn"),
    ("deleted tracked changes and a drawn frame left out",
     '<text:tracked-changes><text:changed-region text:id="ct1"><text:deletion><office:change-info><dc:creator>Ann</dc:creator>'
     '</office:change-info><text:p>Deleted words</text:p></text:deletion></text:changed-region></text:tracked-changes>'
     '<text:p>The plan <text:change text:change-id="ct1"/>was dropped.<draw:frame draw:name="Image1"><draw:text-box>'
     "<text:p>A caption</text:p></draw:text-box></draw:frame></text:p>",
     "The plan was dropped."),
]


@pytest.mark.parametrize("what, body, expected", ODT_ROWS, ids=[r[0] for r in ODT_ROWS])
def test_opendocument_text_is_the_body_paragraphs_as_written(what, body, expected):
    assert read_odt(odt(body)).text == expected


@pytest.mark.parametrize("body, headline, styled", [
    ('<text:p text:style-name="P1">Dam fails</text:p><text:p>Body.</text:p>', "Dam fails", True),  # P1: LibreOffice's Title, modified
    ('<text:p text:style-name="Title">Dam fails</text:p><text:p>Body.</text:p>', "Dam fails", True),
    ('<text:h text:outline-level="1">Dam fails</text:h><text:p>Body.</text:p>', "Dam fails", True),
    ('<text:h text:outline-level="2">Dam fails</text:h><text:p>Body.</text:p>', "Dam fails", False),
    ('<text:p text:style-name="Standard">Dam fails</text:p><text:p>Body.</text:p>', "Dam fails", False),
])
def test_opendocument_headline_is_the_first_paragraph(body, headline, styled):
    document = read_odt(odt(body))
    assert (document.headline, document.styled_headline) == (headline, styled)


def test_opendocument_properties_are_metadata_about_the_file():
    meta = ("<meta:initial-creator>Ann Teacher</meta:initial-creator><meta:creation-date>2026-11-20T09:12:00.123456789</meta:creation-date>"
            "<dc:title>Dam lesson</dc:title><dc:creator>Bo Editor</dc:creator>")
    assert read_odt(odt("<text:p>Dam fails</text:p>", meta=meta)).metadata == {
        "author": "Ann Teacher", "document_created": "2026-11-20T09:12:00.123456789", "document_title": "Dam lesson"}
    # a Google Docs download names no initial creator: who saved it last stands in
    assert read_odt(odt("<text:p>Dam fails</text:p>", meta="<dc:creator>Bo Editor</dc:creator>")).metadata == {"author": "Bo Editor"}


def _zip(parts: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    return buffer.getvalue()


SAVE_DOCX = "open it in Word and save it again as a Word Document (.docx), or save it as plain text (.txt, the headline on the first line)"
SAVE_ODT = ("open it in LibreOffice or Google Docs and save it again as an OpenDocument Text (.odt), or save it as plain text "
            "(.txt, the headline on the first line)")
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504


@pytest.mark.parametrize("reader, data, message", [
    (read_docx, b"PK\x03\x04 not really", f"not a Word document (such a file is a ZIP archive, and this one is not, or is cut short); if it is an article, {SAVE_DOCX}"),
    (read_docx, docx(paragraph(run("Dam fails")))[:300], f"not a Word document (such a file is a ZIP archive, and this one is not, or is cut short); if it is an article, {SAVE_DOCX}"),
    (read_docx, OLE + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 64,
     "a password-protected document, which framing cannot open; open it in Word, remove the password (in Word: File > Info > Protect "
     "Document > Encrypt with Password, cleared) and save it again, or save it as plain text (.txt, the headline on the first line)"),
    (read_docx, OLE + "WordDocument".encode("utf-16-le"), "an older Word 97-2003 document (.doc) named as a Word document; if it is an article, give it the extension .doc instead (framing.doc_text reads it)"),
    (read_docx, _zip({"xl/workbook.xml": "<workbook/>"}), f"a spreadsheet, not a Word document (it holds no word/document.xml); if it is an article, {SAVE_DOCX}"),
    (read_docx, docx(paragraph()), "a Word document with no text in it (images, text boxes or footnotes alone are not read): nothing to analyse; fill it in or leave it out"),
    (read_docx, _zip({"word/document.xml": '<!DOCTYPE w:document [<!ENTITY a "aaaa">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'}),
     f"a Word document whose word/document.xml cannot be read (a DOCTYPE declaration, which no Office program writes); {SAVE_DOCX}"),
    (read_docx, _zip({"word/document.xml": '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'}),
     f"a Word document whose word/document.xml cannot be read (no element found: line 1, column 91); {SAVE_DOCX}"),
    (read_odt, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", f"not an OpenDocument text (such a file is a ZIP archive, and this one is not, or is cut short); if it is an article, {SAVE_ODT}"),
    (read_odt, "Dam fails\n\nThe caf\xe9 closed.\n".encode("cp1252"),
     "plain text, not an OpenDocument text (such a file is a ZIP archive); if it is an article, give it the extension .txt (the headline on the first line) instead"),
    (read_docx, b'\xef\xbb\xbf<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="utf-8"></head><body><p>Dam</p></body></html>',
     "a web page (HTML), not a Word document (such a file is a ZIP archive); if it is an article, give it the extension .html instead"),
    (read_odt, odt("<text:p>Dam fails</text:p>", encrypted=True),
     "a password-protected OpenDocument text, which framing cannot open; open it in LibreOffice, save it again without a password "
     "(File > Save As, 'Save with password' unticked), or save it as plain text"),
    (read_odt, odt("<text:p>Dam fails</text:p>", mimetype="application/vnd.oasis.opendocument.spreadsheet"),
     f"an OpenDocument file of another kind (application/vnd.oasis.opendocument.spreadsheet), not a text document; if it is an article, {SAVE_ODT}"),
    (read_odt, odt('<text:p/><text:p><text:s text:c="3"/></text:p>'),
     "an OpenDocument text with no text in it (images, text boxes or footnotes alone are not read): nothing to analyse; fill it in or leave it out"),
    (read_odt, _zip({"mimetype": "application/vnd.oasis.opendocument.text"}),
     f"not an OpenDocument text (the ZIP archive holds no content.xml); if it is an article, {SAVE_ODT}"),
], ids=["docx-not-zip", "docx-cut-short", "docx-password", "docx-old-doc", "docx-spreadsheet", "docx-empty", "docx-doctype", "docx-broken-xml",
        "odt-not-zip", "odt-text-renamed", "docx-html-renamed", "odt-password", "odt-spreadsheet", "odt-empty", "odt-no-content"])
def test_a_file_that_cannot_be_read_says_what_it_is_and_what_to_do(reader, data, message):
    with pytest.raises(UnreadableDocument) as raised:
        reader(data)
    assert str(raised.value) == message


@pytest.mark.parametrize("reader, data", [
    (read_docx, docx(paragraph(run("Dam fails")) + paragraph(run("Officials said it failed.")), core={"title": "Dam", "creator": "Ann"})),
    (read_odt, odt('<text:p text:style-name="P1">Dam fails</text:p><text:p>It<text:s text:c="3"/>failed.</text:p>', meta="<dc:title>Dam</dc:title>")),
], ids=["docx", "odt"])
def test_a_damaged_file_is_read_or_refused_in_one_line_never_a_traceback(reader, data):
    """Bytes flipped or the file cut short (a copy broken on a USB stick): a header pointing before the
    file's start raised ValueError, an odd ZIP version NotImplementedError, past the run's error handling."""
    copies = damaged_copies(data, seed=7, count=400, cut_share=0.25, most_flips=12)
    endings = ("(.txt, the headline on the first line)", "leave it out", "plain text", "instead")
    assert read_or_refused(reader, copies, endings) == {"read", "refused"}


# -- macro-enabled Word (.docm) and flat OpenDocument (.fodt) --------------------------------------
def test_a_macro_enabled_word_document_is_read_as_a_word_document_and_its_macros_never_opened(monkeypatch):
    data = docm(paragraph(run("Minister slams “reckless” dam plan"), style="Title") + paragraph(run("Lavrov called it “pathetic”.")),
                core={"title": "Dam lesson", "creator": "Ann Teacher", "created": "2026-11-20T09:12:00Z"})
    opened = []
    real_read = zipfile.ZipFile.read
    monkeypatch.setattr(zipfile.ZipFile, "read", lambda self, name, pwd=None: opened.append(getattr(name, "filename", name)) or real_read(self, name, pwd))
    document = read("docm", data)
    assert (document.text, document.headline, document.styled_headline) == (
        "Minister slams “reckless” dam plan\n\nLavrov called it “pathetic”.", "Minister slams “reckless” dam plan", True)
    assert document.metadata == {"document_title": "Dam lesson", "author": "Ann Teacher", "document_created": "2026-11-20T09:12:00Z"}
    assert "word/vbaProject.bin" not in opened and "word/document.xml" in opened


@pytest.mark.parametrize("what, body, expected", ODT_ROWS, ids=[r[0] for r in ODT_ROWS])
def test_a_flat_opendocument_text_reads_as_the_same_odt_does(what, body, expected):
    assert read_fodt(fodt(body)).text == expected == read_odt(odt(body)).text


def test_a_flat_opendocument_headline_and_properties():
    meta = "<dc:title>Dam lesson</dc:title><meta:initial-creator>Ann Teacher</meta:initial-creator>"
    document = read("fodt", fodt('<text:p text:style-name="P1">Dam “fails”</text:p><text:p>The mayor said it was “a farce”.</text:p>', meta=meta))
    assert (document.headline, document.styled_headline) == ("Dam “fails”", True)
    assert document.metadata == {"document_created": "2026-11-20T09:12:00.123456789", "document_title": "Dam lesson", "author": "Ann Teacher"}


SAVE_FODT = "open it in LibreOffice and save it again as an OpenDocument Text (.odt), or save it as plain text (.txt, the headline on the first line)"


@pytest.mark.parametrize("data, message", [
    (odt("<text:p>Dam fails</text:p>"), "a zipped document (an .odt or a Word file) named as a flat OpenDocument text (.fodt); if it is an "
                                        "article, give it the extension it was saved with (.odt or .docx)"),
    (fodt("<text:p>Dam fails</text:p>")[:900], "not a flat OpenDocument text (such a file is XML, and this one is not, or is cut short: "
                                               f"no element found: line 4, column 165); if it is an article, {SAVE_FODT}"),
    (fodt("<text:p>Dam fails</text:p>", mimetype="application/vnd.oasis.opendocument.spreadsheet"),
     f"an XML file that is not a flat OpenDocument text (application/vnd.oasis.opendocument.spreadsheet); if it is an article, {SAVE_FODT}"),
    (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>',
     "not a flat OpenDocument text (such a file is XML, and this one is not, or is cut short: a DOCTYPE declaration, which LibreOffice "
     f"never writes); if it is an article, {SAVE_FODT}"),
    (fodt("<text:p/>"), "a flat OpenDocument text with no text in it (images, text boxes or footnotes alone are not read): nothing to "
                        "analyse; fill it in or leave it out"),
], ids=["zipped", "cut-short", "spreadsheet", "doctype", "empty"])
def test_a_flat_opendocument_that_cannot_be_read_says_what_to_do(data, message):
    with pytest.raises(UnreadableDocument) as raised:
        read_fodt(data)
    assert str(raised.value) == message

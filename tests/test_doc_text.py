"""doc_text: the text of an old Word 97-2003 (.doc) article, from real .doc files LibreOffice wrote
(tests/fixtures/doc/make_docs.py, make_password_doc.py), and copies of them changed where the FIB
or the piece table says what a Word-written file says (compressed cp1252 text, Word 6, obfuscation)."""

from __future__ import annotations

import json
import struct
from pathlib import Path

import olefile
import pytest
from typer.testing import CliRunner

import framing
from framing.cli import app
from framing.doc_text import _split, read_doc
from framing.ingest import read_articles
from framing.models import Analysis, Article, IngestError
from framing.office_text import UnreadableDocument
from damaged_files import damaged_copies, read_or_refused
from office_files import docx, paragraph, run

FIXTURES = Path(__file__).parent / "fixtures" / "doc"
SEED = Path(__file__).parents[1] / "seeds" / "independent-putin-no-show.txt"
HEADLINE = "Why Putin’s no-show at peace talks in Turkey is all part of his brutal pantomime"
LAST = "But the question is - does Putin really care?"
# the fields' results kept (a hyperlink's words, a page number), their instructions not; the
# footnote, header and footer left out; the table's cell paragraphs row by row; the line break kept
TABLE_FIELD = ("Dam plan “fails” after a week\n\nThe mayor called it a reckless gamble, officials said.\nA second line.\n\n"
               "Party\n\nVotes\n\nGreens\n\n12\n\n(of 40)\n\nThis is page 1 of the story.\n\nCritics said the plan was a so-called reform.")
SAVE = "or save it as plain text (.txt, the headline on the first line)"
PASSWORD = ("a password-protected Word document, which framing cannot open; open it in Word, remove the password (File > Info > Protect "
            f"Document > Encrypt with Password, cleared) and save it as .docx, {SAVE}")
runner = CliRunner()


def _seed_paragraphs() -> list[str]:
    lines = SEED.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines[lines.index(HEADLINE):lines.index(LAST) + 1] if line.strip()]


def _changed(name: str, tmp_path: Path, change) -> bytes:
    """A copy of fixture `name` whose WordDocument and 1Table streams `change(word, table)` rewrites
    in place (same lengths, as olefile writes them)."""
    copy = tmp_path / name
    copy.write_bytes((FIXTURES / name).read_bytes())
    with olefile.OleFileIO(str(copy), write_mode=True) as ole:
        word, table = bytearray(ole.openstream("WordDocument").read()), bytearray(ole.openstream("1Table").read())
        change(word, table)
        ole.write_stream("WordDocument", bytes(word))
        ole.write_stream("1Table", bytes(table))
    return copy.read_bytes()


def _vector_title(tmp_path: Path) -> bytes:
    """independent.doc with its title property made a vector of empty values claiming 2**31 - 1 of them."""
    copy = tmp_path / "independent.doc"
    copy.write_bytes((FIXTURES / "independent.doc").read_bytes())
    with olefile.OleFileIO(str(copy), write_mode=True) as ole:
        summary = bytearray(ole.openstream("\x05SummaryInformation").read())
        (start,) = struct.unpack_from("<I", summary, 44)
        (count,) = struct.unpack_from("<I", summary, start + 4)
        pairs = [struct.unpack_from("<II", summary, start + 8 + 8 * i) for i in range(count)]
        [offset] = [offset for identifier, offset in pairs if identifier == 2]  # PIDSI_TITLE
        struct.pack_into("<HHI", summary, start + offset, 0x1000, 0, 0x7FFFFFFF)  # VT_VECTOR | VT_EMPTY
        ole.write_stream("\x05SummaryInformation", bytes(summary))
    return copy.read_bytes()


def test_a_damaged_property_set_costs_only_that_property_and_no_time(tmp_path):
    """olefile's get_metadata looped over the count a damaged vector claims (minutes, found by the
    damaged-copy test); the properties are read here, the title given up, the author kept."""
    document = read_doc(_vector_title(tmp_path))
    assert (document.headline, document.metadata) == (HEADLINE, {"author": "Bel Trew", "document_created": "2025-05-14T18:42:00Z"})


def _compress(word: bytearray, table: bytearray) -> None:
    """The one piece's text as cp1252 bytes, one a character (fCompressed), as Word writes a
    document whose text cp1252 holds (LibreOffice writes UTF-16 always)."""
    fc_clx, lcb_clx = struct.unpack_from("<II", word, 0x1A2)
    assert table[fc_clx] == 0x02 and lcb_clx == 5 + 16
    start, end = struct.unpack_from("<II", table, fc_clx + 5)
    (fc,) = struct.unpack_from("<I", table, fc_clx + 5 + 8 + 2)
    count = end - start
    text = word[fc:fc + 2 * count].decode("utf-16-le")
    word[fc:fc + 2 * count] = text.encode("cp1252") + b"\x00" * count
    struct.pack_into("<I", table, fc_clx + 5 + 8 + 2, (2 * fc) | 0x40000000)


# -- what is read ---------------------------------------------------------------------------------
def test_the_seed_article_saved_as_doc_reads_as_its_paragraphs_with_title_author_and_date():
    document = read_doc((FIXTURES / "independent.doc").read_bytes())
    assert document.text == "\n\n".join(_seed_paragraphs())
    assert (document.headline, document.styled_headline, document.warnings) == (HEADLINE, False, [])
    assert document.metadata == {"document_title": "Putin no-show at Turkey talks", "author": "Bel Trew",
                                 "document_created": "2025-05-14T18:42:00Z"}


def test_a_table_and_fields_read_as_their_shown_text_and_headers_footers_and_footnotes_are_left_out():
    document = read_doc((FIXTURES / "table-field.doc").read_bytes())
    assert (document.text, document.headline, document.metadata) == (TABLE_FIELD, "Dam plan “fails” after a week", {"author": "Ann Teacher"})
    for left_out in ("HYPERLINK", "PAGE", "example.org", "Footnote text", "header text", "Footer text"):
        assert left_out not in document.text


def test_text_deleted_with_changes_tracked_is_left_out_and_its_insertions_kept():
    document = read_doc((FIXTURES / "tracked-changes.doc").read_bytes())
    assert (document.text, document.warnings) == ("Dam plan fails\n\nThe mayor called it a costly plan, officials said.", [])


def test_a_generated_table_of_contents_is_left_out_its_headings_read_where_they_stand():
    """The TOC field's result repeats the headings with page numbers; its title paragraph, outside the field, stays."""
    document = read_doc((FIXTURES / "contents.doc").read_bytes())
    assert document.text == "Dam lesson\n\nContents\n\nDam plan fails\n\nThe mayor called it a farce.\n\nReactions\n\nOfficials said it was fine."


def _lost_formatting(word: bytearray, table: bytearray) -> None:
    """The first page of character formatting pointed past the WordDocument stream's end."""
    fc_bte, lcb_bte = struct.unpack_from("<II", word, 154 + 8 * 12)  # fcPlcfBteChpx (LibreOffice's FIB: csw 14, cslw 22)
    struct.pack_into("<I", table, fc_bte + 4 * ((lcb_bte - 4) // 8 + 1), 0x3FFFFF)


def test_tracked_changes_that_cannot_be_read_leave_the_text_whole_with_a_warning(tmp_path):
    document = read_doc(_changed("tracked-changes.doc", tmp_path, _lost_formatting))
    assert document.text == "Dam plan fails\n\nThe mayor called it a brutal and reckless costly plan, officials said."
    assert document.warnings == ["its tracked changes could not be read (its character formatting is damaged): text deleted with "
                                 "changes tracked, if any, is read as the article's"]


@pytest.mark.parametrize("name, styled", [
    ("title-style.doc", True),  # Writer's Title: Word's built-in Title (sti 62)
    ("heading-style.doc", True),  # a level-1 heading: Heading 1 (sti 1)
    ("independent.doc", False),  # a style of the writer's own ("Headline", sti 4094)
    ("contents.doc", False),
])
def test_a_headline_styled_title_or_heading_1_is_a_styled_headline(name, styled):
    assert read_doc((FIXTURES / name).read_bytes()).styled_headline is styled


def test_a_long_headline_styled_title_is_the_headline_without_a_warning(tmp_path):
    """As for a .docx: a writer who styled it Title meant it as the headline, however long."""
    [article] = read_articles([FIXTURES / "title-style.doc"])
    assert (len(article.title), article.title.startswith("Dam plan fails after a week of protests"), article.warnings) == (257, True, [])
    result = runner.invoke(app, ["score", str(FIXTURES / "title-style.doc"), "--no-model", "--out", str(tmp_path / "x.jsonl")])
    assert result.exit_code == 0, result.output
    [record] = map(json.loads, (tmp_path / "x.jsonl").read_text(encoding="utf-8").splitlines())
    assert (record["title"], record["warnings"]) == (article.title, [])


def test_compressed_cp1252_text_as_word_writes_it_reads_as_the_same_characters(tmp_path):
    assert read_doc(_changed("table-field.doc", tmp_path, _compress)).text == TABLE_FIELD


def test_a_loaded_phrase_in_the_doc_is_found_at_its_offsets():
    [analysis] = framing.analyze_corpus([FIXTURES / "independent.doc"])
    assert isinstance(analysis, Analysis)
    text = analysis.article.text
    [curry] = [s for s in analysis.spans if s.text == "curry favour"]
    assert (curry.type, curry.voice, curry.start) == ("loaded", "author", text.index("curry favour"))
    assert (analysis.article.title, analysis.article.metadata["author"]) == (HEADLINE, "Bel Trew")


@pytest.mark.parametrize("text, paragraphs", [
    ("Dam\rThe mayor\x0bsaid so.\r", ["Dam", "The mayor\nsaid so."]),  # paragraph mark, line break
    ("See \x13 HYPERLINK \"https://x.org\" \x14the plan\x15 now.\r", ["See the plan now."]),  # a link: its words
    ("\x13 IF \x13 PAGE \x142\x15 > 1 \"Page\" \x14Page\x15 two\r", ["Page two"]),  # a field nested in another's instructions
    ("Index\x13 XE \"dam\" \x15 entry\r", ["Index entry"]),  # a field with no result
    ("\x13 TOC \\o \"1-3\" \\h \x14\x13 HYPERLINK \\l \"_Toc1\" \x14Dam plan\t1\x15\r\x15Dam plan\r", ["Dam plan"]),  # a table of contents
    ("A\x07B\x07\x07\x0cC\x0eD\r", ["A", "B", "C", "D"]),  # cell and row ends, page and column breaks
    ("Photo\x01\x08 note\x02 and\x05 x\x1eray\x1f\tend\r", ["Photo note and x-ray\tend"]),  # objects, reference marks, hyphens
])
def test_control_characters_rows(text, paragraphs):
    assert _split(text) == paragraphs


# -- what is refused, in one line saying what to do ---------------------------------------------------
def _set(offset: int, fmt: str, value: int):
    return lambda word, table: struct.pack_into(fmt, word, offset, value)


@pytest.mark.parametrize("make, message", [
    (lambda tmp: (FIXTURES / "password.doc").read_bytes(), PASSWORD),
    (lambda tmp: _changed("table-field.doc", tmp, _set(0x0A, "<H", 0x12F0 | 0x8000)), PASSWORD),  # fObfuscated: XOR "protection"
    (lambda tmp: _changed("table-field.doc", tmp, _set(0, "<H", 0xA5DC)),  # Word 6 / Word 95's wIdent
     "a Word document older than Word 97 (Word 6 or Word 95), which framing cannot read; if it is an article, open it in Word or "
     f"LibreOffice and save it as a Word Document (.docx), {SAVE}"),
    (lambda tmp: _changed("table-field.doc", tmp, _set(0x4C, "<i", 0)),  # ccpText 0: no main text
     "a Word 97-2003 document with no text in it (images, text boxes or footnotes alone are not read): nothing to analyse; fill it in or leave it out"),
    (lambda tmp: _changed("table-field.doc", tmp, _set(0x1A2, "<I", 0x7FFFFFF0)),  # fcClx beyond the table stream
     "a damaged Word 97-2003 document (its piece table lies outside its table stream); if the original is intact, copy it "
     f"again, or open it in Word or LibreOffice and save it as a Word Document (.docx), {SAVE}"),
    (lambda tmp: (FIXTURES / "independent.doc").read_bytes()[:6000],  # a download broken off
     "a Word 97-2003 document cut short (6,000 bytes, which ends inside one of its 512-byte sectors: a download or copy broken off?); "
     f"if the original is intact, copy it again, or open it in Word or LibreOffice and save it as a Word Document (.docx), {SAVE}"),
    (lambda tmp: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504,
     "a damaged Word 97-2003 document (its compound-file structure cannot be read); if the original is intact, copy it again, or open it "
     f"in Word or LibreOffice and save it as a Word Document (.docx), {SAVE}"),
    (lambda tmp: b"<html><head><title>Dam</title></head><body><p>Dam fails</p></body></html>",
     "a web page (HTML) named as a Word document, as some sites' 'download as Word' buttons save it; if it is an article, give it the "
     "extension .html instead"),
    (lambda tmp: (b"Date: Tue, 24 Nov 2026 10:00:00 +0000 (UTC)\r\nSubject: Exported From Confluence\r\nMIME-Version: 1.0\r\n"
                  b"Content-Type: multipart/related; boundary=\"----=_Part_1\"\r\n\r\n------=_Part_1\r\nContent-Type: text/html\r\n"),
     "a web archive (MHTML) named as a Word document, as Confluence's 'Export to Word' and Word's 'Single File Web Page' save it; if it "
     "is an article, give it the extension .mhtml instead"),
    (lambda tmp: "Dam fails\n\nThe caf\xe9 closed.\n".encode("cp1252"),
     "not a Word 97-2003 document (such a file is an OLE compound file, and this one is not, or is damaged); if it is an article, open it "
     f"in Word or LibreOffice and save it as a Word Document (.docx), {SAVE}"),
])
def test_a_doc_that_cannot_be_read_is_refused_in_one_line(tmp_path, make, message):
    with pytest.raises(UnreadableDocument) as refused:
        read_doc(make(tmp_path))
    assert str(refused.value) == message


@pytest.mark.parametrize("data, text", [
    (docx(paragraph(run("Dam fails")) + paragraph(run("The mayor said so."))), "Dam fails\n\nThe mayor said so."),  # a .docx named .doc
    (rb"{\rtf1\ansi{\fonttbl{\f0 Arial;}}\f0 Dam fails\par The mayor said so.\par}", "Dam fails\n\nThe mayor said so."),  # rich text named .doc
])
def test_a_newer_word_document_or_rich_text_named_doc_is_read_as_what_it_is_as_word_opens_it(data, text):
    assert read_doc(data).text == text


def test_a_damaged_doc_is_read_or_refused_in_one_line_never_a_traceback():
    """Bytes flipped or the file cut short past its first sector (a copy broken on a USB stick)."""
    copies = damaged_copies((FIXTURES / "table-field.doc").read_bytes(), seed=11, count=300, cut_share=0.25, most_flips=12, keep=512)
    assert read_or_refused(read_doc, copies, ("(.txt, the headline on the first line)", "leave it out")) == {"read", "refused"}


# -- through ingest and the CLI ---------------------------------------------------------------------
def _folder(root: Path) -> Path:
    news = root / "archive"
    news.mkdir()
    for name in ("independent.doc", "table-field.doc", "password.doc", "tracked-changes.doc"):
        (news / name).write_bytes((FIXTURES / name).read_bytes())
    (news / "~$dependent.doc").write_bytes(b"\x0bAnn Teacher" + b"\x00" * 150)  # Word's lock file beside an open document
    (news / "manifest.csv").write_text("file,outlet,date\nindependent.doc,The Independent,2025-05-14\ntable-field.doc,Local Paper,\n",
                                       encoding="utf-8")
    return news


def test_a_folder_of_doc_articles_is_read_with_the_manifest(tmp_path):
    news = _folder(tmp_path)
    items = list(read_articles([news]))
    assert [(Path(e.path).name, e.message) for e in items if isinstance(e, IngestError)] == [("password.doc", PASSWORD)]
    found = {a.id: a for a in items if isinstance(a, Article)}
    assert sorted(found) == ["independent", "table-field", "tracked-changes"]
    independent = found["independent"]
    assert (independent.title, independent.outlet, independent.date, independent.text) == (
        HEADLINE, "The Independent", "2025-05-14", "\n\n".join(_seed_paragraphs()))
    assert independent.metadata == {"document_title": "Putin no-show at Turkey talks", "author": "Bel Trew", "document_created": "2025-05-14T18:42:00Z"}
    assert (found["table-field"].text, found["table-field"].outlet) == (TABLE_FIELD, "Local Paper")
    assert found["tracked-changes"].text == "Dam plan fails\n\nThe mayor called it a costly plan, officials said."


def test_cli_score_and_report_read_a_folder_of_doc_files(tmp_path):
    news = _folder(tmp_path)
    result = runner.invoke(app, ["score", str(news), "--no-model", "--out", str(tmp_path / "x.jsonl")])
    assert result.exit_code == 0, result.output
    assert [line for line in result.stderr.splitlines() if line.startswith("error")] == [f"error {news / 'password.doc'}: {PASSWORD}"]
    records = {r["id"]: r for r in map(json.loads, (tmp_path / "x.jsonl").read_text(encoding="utf-8").splitlines())}
    assert [(i, r["outlet"], r["title"]) for i, r in sorted(records.items())] == [
        ("independent", "The Independent", HEADLINE), ("table-field", "Local Paper", "Dam plan “fails” after a week"),
        ("tracked-changes", None, "Dam plan fails")]
    assert not [s for s in records["tracked-changes"]["spans"] if s["text"] in ("brutal", "reckless")]  # deleted words score nothing
    text = "\n\n".join(_seed_paragraphs())
    [curry] = [s for s in records["independent"]["spans"] if s["text"] == "curry favour"]
    assert (curry["type"], curry["voice"], text[curry["start"]:curry["end"]]) == ("loaded", "author", "curry favour")
    assert curry["start"] == text.index("curry favour")

    report = tmp_path / "r.html"
    result = runner.invoke(app, ["report", str(news), "--no-model", "--out", str(report)])
    assert result.exit_code == 0, result.output
    page = report.read_text(encoding="utf-8")
    for shown in ("The Independent", "Local Paper", HEADLINE, "Dam plan “fails” after a week"):
        assert shown in page or json.dumps(shown)[1:-1] in page, shown


def test_a_doc_saved_with_another_extension_is_an_error_saying_to_name_it_doc(tmp_path):
    """A .doc renamed story.txt (or a .docx that is one): framing says which extension reads it."""
    (tmp_path / "story.txt").write_bytes((FIXTURES / "independent.doc").read_bytes())
    (tmp_path / "essay.docx").write_bytes((FIXTURES / "table-field.doc").read_bytes())
    result = runner.invoke(app, ["score", str(tmp_path / "story.txt"), str(tmp_path / "essay.docx"), "--no-model", "--out", str(tmp_path / "x.jsonl")])
    assert [line for line in result.stderr.splitlines() if line.startswith("error")] == [
        f"error {tmp_path / 'story.txt'}: binary file: an old Word 97-2003 document (or another Office file): give it the extension .doc, which framing reads",
        f"error {tmp_path / 'essay.docx'}: an older Word 97-2003 document (.doc) named as a Word document; if it is an article, give it the "
        "extension .doc instead (framing.doc_text reads it)"]

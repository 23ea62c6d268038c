"""A teacher's folder of Word (.docx, .docm), OpenDocument (.odt, .fodt), PDF, RTF and web-archive (.mhtml) articles beside a
.txt and a manifest.csv: each read as an article (text, headline, manifest fields, offsets of its
findings), through the library and through `framing score` and `framing report`; a bad one is one
line naming it while the others go on."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import framing
from framing.cli import app
from framing.ingest import read_articles
from framing.models import Analysis, Article, IngestError
from framing.report_articles import headline_range
from office_files import docm, docx, fodt, mhtml, odt, paragraph, run

runner = CliRunner()
URL = "https://www.example-news.com/2026/11/dam-plan"
DOCX_TEXT = ("Minister slams “reckless” dam plan\n\nBy Jane Roe\t24 November 2026\n\n"
             "Lavrov dismissed the plan as “pathetic” on Monday, and said it was a so-called reform.")
ODT_TEXT = "Dam plan “fails”\n\nThe mayor said the  plan was “a farce”.\n\nCost\n\n£2bn"
MHTML_TEXT = "Minister defends dam plan\n\nThe minister said the plan was sound, officials said."
PAGE = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Dam plan | Example News</title></head><body><nav>Home</nav>'
        "<article><h1>Minister defends dam plan</h1><p>The minister said the plan was sound, officials said.</p></article></body></html>")


def _folder(root: Path) -> Path:
    news = root / "news"
    news.mkdir()
    (news / "huffpost.docx").write_bytes(docx(
        paragraph(run("Minister slams “reckless” dam plan"), style="Title")
        + paragraph(run("By Jane Roe"), "<w:r><w:tab/></w:r>", run("24 November 2026"))
        + paragraph(run("Lavrov dismissed the plan as "), run("“pathetic”"), run(" on Monday, and said it was a so"),
                    "<w:r><w:noBreakHyphen/></w:r>", run("called reform.")),
        core={"title": "Dam lesson", "creator": "Ann Teacher", "created": "2026-11-20T09:12:00Z"}))
    (news / "guardian.odt").write_bytes(odt(
        '<text:p text:style-name="P1">Dam plan “fails”</text:p>'
        '<text:p text:style-name="Standard">The mayor said the<text:s text:c="2"/>plan was “a farce”.</text:p>'
        '<table:table table:name="Table1"><table:table-column/><table:table-row><table:table-cell office:value-type="string">'
        "<text:p>Cost</text:p></table:table-cell></table:table-row><table:table-row><table:table-cell office:value-type=\"string\">"
        "<text:p>£2bn</text:p></table:table-cell></table:table-row></table:table>"))
    (news / "nyt.mhtml").write_bytes(mhtml(PAGE, URL))
    (news / "fox.txt").write_text("Talks end early\n\nNegotiators left Istanbul, officials said.\n", encoding="utf-8")
    (news / "~$ffpost.docx").write_bytes(b"\x0bAnn Teacher" + b"\x00" * 150)  # Word's lock file while the document is open
    (news / "manifest.csv").write_text("file,outlet,date,headline\nhuffpost.docx,HuffPost,2026-11-21,\nguardian.odt,The Guardian,,Dam plan fails\n"
                                       "nyt.mhtml,The New York Times,2026-11-22,\nfox.txt,Fox News,,\n", encoding="utf-8")
    return news


def test_a_folder_of_word_opendocument_and_web_archive_articles_is_read(tmp_path):
    items = list(read_articles([_folder(tmp_path)]))
    assert [type(i).__name__ for i in items] == ["Article"] * 4  # the lock file passed over, as before
    fox, guardian, huffpost, nyt = items
    assert (huffpost.id, huffpost.text, huffpost.title) == ("huffpost", DOCX_TEXT, "Minister slams “reckless” dam plan")
    assert (huffpost.outlet, huffpost.date, huffpost.url) == ("HuffPost", "2026-11-21", None)
    assert huffpost.metadata == {"document_title": "Dam lesson", "author": "Ann Teacher", "document_created": "2026-11-20T09:12:00Z"}
    assert (guardian.text, guardian.title, guardian.outlet) == (ODT_TEXT, "Dam plan fails", "The Guardian")  # the manifest's headline
    assert (nyt.text, nyt.title, nyt.outlet, nyt.date, nyt.url) == (MHTML_TEXT, "Minister defends dam plan", "The New York Times", "2026-11-22", URL)
    assert all(a.warnings == [] for a in items)


def test_the_offsets_of_a_finding_in_a_word_article_index_its_text(tmp_path):
    analyses = {a.article.id: a for a in framing.analyze_corpus([_folder(tmp_path)]) if isinstance(a, Analysis)}
    assert sorted(analyses) == ["fox", "guardian", "huffpost", "nyt"]
    word = analyses["huffpost"]
    found = [(s.text, s.voice, s.speaker) for s in word.spans if s.type == "loaded"]
    assert found == [("slams", "author", None), ("reckless", "quoted", "Minister"), ("pathetic", "quoted", "Lavrov"), ("so-called", "author", None)]
    for span in word.spans:
        assert word.article.text[span.start:span.end] == span.text
    pathetic = next(s for s in word.spans if s.text == "pathetic")
    assert (pathetic.start, pathetic.end) == (DOCX_TEXT.index("pathetic"), DOCX_TEXT.index("pathetic") + 8)


@pytest.mark.parametrize("name, data, message", [
    ("broken.docx", b"PK\x03\x04 not really",
     "not a Word document (such a file is a ZIP archive, and this one is not, or is cut short); if it is an article, open it in Word "
     "and save it again as a Word Document (.docx), or save it as plain text (.txt, the headline on the first line)"),
    ("secret.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + "EncryptedPackage".encode("utf-16-le"),
     "a password-protected document, which framing cannot open; open it in Word, remove the password (in Word: File > Info > Protect "
     "Document > Encrypt with Password, cleared) and save it again, or save it as plain text (.txt, the headline on the first line)"),
    ("blank.docx", docx(paragraph()),
     "a Word document with no text in it (images, text boxes or footnotes alone are not read): nothing to analyse; fill it in or leave it out"),
    ("images.mhtml", b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: image/png\r\n\r\nx\r\n--b--\r\n',
     "no web page in this web archive (no text/html part; it holds image/png); if it is an article, open the page in a browser and save "
     "it again ('Webpage, Single File', or 'Webpage, HTML only' as .html)"),
])
def test_a_bad_document_is_one_error_and_the_others_are_read(tmp_path, name, data, message):
    news = _folder(tmp_path)
    (news / name).write_bytes(data)
    items = list(read_articles([news]))
    assert [(Path(e.path).name, e.message) for e in items if isinstance(e, IngestError)] == [(name, message)]
    assert sorted(a.id for a in items if isinstance(a, Article)) == ["fox", "guardian", "huffpost", "nyt"]


def test_a_gzipped_web_archive_and_a_word_file_named_on_its_own(tmp_path):
    news = _folder(tmp_path)
    (tmp_path / "saved.mht.gz").write_bytes(gzip.compress(mhtml(PAGE, URL)))
    [archived] = read_articles([tmp_path / "saved.mht.gz"])
    assert (archived.id, archived.text, archived.url, archived.outlet) == ("saved", MHTML_TEXT, URL, None)  # (no manifest there)
    [word] = read_articles([news / "huffpost.docx"])
    assert (word.text, word.outlet) == (DOCX_TEXT, "HuffPost")


def test_cli_score_and_report_on_a_folder_of_documents(tmp_path):
    news = _folder(tmp_path)
    (news / "broken.docx").write_bytes(b"PK\x03\x04 not really")
    result = runner.invoke(app, ["score", str(news), "--no-model", "--out", str(tmp_path / "x.jsonl")])
    assert result.exit_code == 0, result.output
    assert [line for line in result.stderr.splitlines() if line.startswith("error")] == [
        f"error {news / 'broken.docx'}: not a Word document (such a file is a ZIP archive, and this one is not, or is cut short); if it "
        "is an article, open it in Word and save it again as a Word Document (.docx), or save it as plain text (.txt, the headline on the first line)"]
    records = {r["id"]: r for r in map(json.loads, (tmp_path / "x.jsonl").read_text(encoding="utf-8").splitlines())}
    assert [(i, r["outlet"], r["title"]) for i, r in sorted(records.items())] == [
        ("fox", "Fox News", "Talks end early"), ("guardian", "The Guardian", "Dam plan fails"),
        ("huffpost", "HuffPost", "Minister slams “reckless” dam plan"), ("nyt", "The New York Times", "Minister defends dam plan")]
    assert (records["huffpost"]["path"], records["nyt"]["url"]) == (str(news / "huffpost.docx"), URL)
    [pathetic] = [s for s in records["huffpost"]["spans"] if s["text"] == "pathetic"]
    assert (pathetic["type"], pathetic["voice"], pathetic["speaker"]) == ("loaded", "quoted", "Lavrov")
    assert DOCX_TEXT[pathetic["start"]:pathetic["end"]] == "pathetic"

    report = tmp_path / "r.html"
    result = runner.invoke(app, ["report", str(news), "--no-model", "--out", str(report)])
    assert result.exit_code == 0, result.output
    page = report.read_text(encoding="utf-8")
    for shown in ("HuffPost", "The Guardian", "The New York Times", "Fox News", "Minister slams “reckless” dam plan", "Dam plan “fails”"):
        assert shown in page or json.dumps(shown)[1:-1] in page, shown


def test_the_help_of_each_command_reading_articles_names_the_document_formats():
    for command in ("score", "report", "compare"):
        output = runner.invoke(app, [command, "--help"], env={"COLUMNS": "200", "NO_COLOR": "1"}).output
        assert ".mhtml, .docx, .doc, .odt" in " ".join(output.replace("│", " ").split()), command


@pytest.mark.parametrize("style, warnings", [
    (None, ["the first paragraph, taken as the headline, is 300 characters long: put the headline in a paragraph of its own at the "
            "top (or give it in the manifest's headline column)"]),
    ("Title", []),  # styled as the headline by its writer: a headline, however long
])
def test_a_long_first_paragraph_is_a_headline_only_if_styled_as_one(tmp_path, style, warnings):
    long = "Officials said " + "x" * 285
    (tmp_path / "a.docx").write_bytes(docx(paragraph(run(long), style=style) + paragraph(run("Body."))))
    [article] = read_articles([tmp_path / "a.docx"])
    assert (article.title, article.warnings) == (long, warnings)


# -- a folder mixing every document format: .pdf, .rtf, .docm, .fodt beside a .txt --------------------
PDF_FIXTURE = Path(__file__).parent / "fixtures" / "pdf" / "browser-print.pdf"
PDF_HEADLINE = "Why Putin’s no-show at peace talks in Turkey is all part of his brutal pantomime"
PDF_URL = "http://www.independent.co.uk/news/world/europe/putin-turkey-peace-talks-no-show.html"
PDF_MENU = "The Independent News World Sign in"  # the site's menu above the headline: kept, as the masthead
RTF = (rb"{\rtf1\ansi\ansicpg1252\cocoartf2761" b"\n"
       rb"{\fonttbl\f0\fswiss\fcharset0 Helvetica;}{\info{\title Dam lesson}{\author Ann Teacher}}" b"\n"
       rb"\f0\fs36 Lavrov mocks \uc0\u8220 pathetic\u8221  talks\par\fs24 Lavrov dismissed the talks as \uc0\u8220 pathetic\u8221  on Monday.\par}")


def _mixed_folder(root: Path) -> Path:
    news = root / "mixed"
    news.mkdir()
    (news / "independent.pdf").write_bytes(PDF_FIXTURE.read_bytes())
    (news / "tass.rtf").write_bytes(RTF)
    (news / "macro.docm").write_bytes(docm(paragraph(run("Minister slams “reckless” dam plan"), style="Title")
                                           + paragraph(run("Officials said it was a so-called reform."))))
    (news / "flat.fodt").write_bytes(fodt('<text:p text:style-name="P1">Dam plan “fails”</text:p><text:p>The mayor said it was “a farce”.</text:p>'))
    (news / "old.doc").write_bytes((Path(__file__).parent / "fixtures" / "doc" / "password.doc").read_bytes())  # (tests/test_doc_text.py reads .doc)
    (news / "fox.txt").write_text("Talks end early\n\nNegotiators left Istanbul, officials said.\n", encoding="utf-8")
    (news / "manifest.csv").write_text("file,outlet,date\nindependent.pdf,The Independent,2025-05-14\ntass.rtf,TASS,2025-05-15\n"
                                       "macro.docm,HuffPost,\nflat.fodt,The Guardian,\nfox.txt,Fox News,\n", encoding="utf-8")
    return news


OLD_DOC = ("a password-protected Word document, which framing cannot open; open it in Word, remove the password (File > Info > Protect "
           "Document > Encrypt with Password, cleared) and save it as .docx, or save it as plain text (.txt, the headline on the first line)")


def test_a_folder_of_pdf_rtf_docm_and_fodt_articles_is_read(tmp_path):
    news = _mixed_folder(tmp_path)
    items = list(read_articles([news]))
    assert [(Path(e.path).name, e.message) for e in items if isinstance(e, IngestError)] == [("old.doc", OLD_DOC)]
    found = {a.id: a for a in items if isinstance(a, Article)}
    assert sorted(found) == ["flat", "fox", "independent", "macro", "tass"]
    pdf = found["independent"]
    assert (pdf.title, pdf.outlet, pdf.date, pdf.url) == (PDF_HEADLINE, "The Independent", "2025-05-14", PDF_URL)
    assert pdf.text.startswith(PDF_MENU + "\n\n" + PDF_HEADLINE + "\n\nBel Trew · Wednesday 14 May 2025 19:42 BST\n\nWith only a few hours")
    rtf = found["tass"]
    assert (rtf.text, rtf.title, rtf.outlet) == ("Lavrov mocks “pathetic” talks\n\nLavrov dismissed the talks as “pathetic” on Monday.",
                                                 "Lavrov mocks “pathetic” talks", "TASS")
    assert rtf.metadata == {"document_title": "Dam lesson", "author": "Ann Teacher"}
    assert (found["macro"].title, found["flat"].title) == ("Minister slams “reckless” dam plan", "Dam plan “fails”")
    assert all(a.warnings == [] for a in found.values())


def test_cli_score_and_report_on_a_folder_mixing_pdf_rtf_docm_and_fodt(tmp_path):
    news = _mixed_folder(tmp_path)
    result = runner.invoke(app, ["score", str(news), "--no-model", "--out", str(tmp_path / "x.jsonl")])
    assert result.exit_code == 0, result.output
    assert [line for line in result.stderr.splitlines() if line.startswith("error")] == [f"error {news / 'old.doc'}: {OLD_DOC}"]
    records = {r["id"]: r for r in map(json.loads, (tmp_path / "x.jsonl").read_text(encoding="utf-8").splitlines())}
    assert [(i, r["outlet"], r["title"]) for i, r in sorted(records.items())] == [
        ("flat", "The Guardian", "Dam plan “fails”"), ("fox", "Fox News", "Talks end early"),
        ("independent", "The Independent", PDF_HEADLINE), ("macro", "HuffPost", "Minister slams “reckless” dam plan"),
        ("tass", "TASS", "Lavrov mocks “pathetic” talks")]
    assert (records["independent"]["path"], records["independent"]["url"]) == (str(news / "independent.pdf"), PDF_URL)
    [curry] = [s for s in records["independent"]["spans"] if s["text"] == "curry favour"]
    pdf_text = next(a for a in read_articles([news / "independent.pdf"]) if isinstance(a, Article)).text
    assert (curry["type"], curry["voice"], pdf_text[curry["start"]:curry["end"]]) == ("loaded", "author", "curry favour")
    assert records["independent"]["ignored"][0] == {"start": 0, "end": len(PDF_MENU), "reason": "masthead before the headline (outlet, section, byline)"}
    [pathetic, _] = [s for s in records["tass"]["spans"] if s["text"] == "pathetic"]
    assert pathetic["type"] == "loaded"

    report = tmp_path / "r.html"
    result = runner.invoke(app, ["report", str(news), "--no-model", "--out", str(report)])
    assert result.exit_code == 0, result.output
    page = report.read_text(encoding="utf-8")
    for shown in ("The Independent", "TASS", PDF_HEADLINE, "Lavrov mocks “pathetic” talks", "Dam plan “fails”"):
        assert shown in page or json.dumps(shown)[1:-1] in page, shown
    # the PDF's menu above its headline: page clutter the report folds above the heading (the only masthead in the folder)
    assert "masthead before the headline (outlet, section, byline)" in page
    assert headline_range(pdf_text, PDF_HEADLINE, records["independent"]["ignored"])[0] == len(PDF_MENU) + 2

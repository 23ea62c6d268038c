"""pdf_text: a news page saved as PDF read into the article it is.  The fixtures are real Chromium
PDFs of seeds/independent-putin-no-show.txt laid out as a web page (tests/fixtures/pdf/make_pdfs.py):
printed with the browser's header and footer, without them, as an outlet's PDF with running heads,
and hyphenated in a narrow column.  Rows of lines test the furniture and hyphen rules on their own."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pypdf
import pytest

import framing
from framing.ingest import read_articles
from framing.models import Analysis, IngestError
from framing.office_text import UnreadableDocument
from framing.pdf_text import _browser_furniture, _join, _Line, _paragraphs, read_pdf
from damaged_files import damaged_copies, read_or_refused

FIXTURES = Path(__file__).parent / "fixtures" / "pdf"
HEADLINE = "Why Putin’s no-show at peace talks in Turkey is all part of his brutal pantomime"
URL = "http://www.independent.co.uk/news/world/europe/putin-turkey-peace-talks-no-show.html"
# the sentence the page break of browser-print.pdf cuts after "with Trump" (page 2 | page 3)
SPLIT_SENTENCE = ("The Ukrainians know the contrast between Putin’s refusal and the image of Zelensky present and correct, "
                  "ready and waiting, will curry favour with Trump and the rest of the world.")
LAST_PARAGRAPHS = ["But the question is - does Putin really care?", "© 2025 Independent Digital News & Media Ltd"]
MENU = "The Independent News World Sign in"  # the site's menu, printed above the headline in small type
COPY_TEXT = "copy the article's text into a .txt file (the headline on the first line)"


def pdf(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


@pytest.mark.parametrize("name, above", [
    ("browser-print.pdf", [MENU]),  # the site's menu above the headline is kept, before it (the masthead: see below)
    ("browser-print-no-header.pdf", [MENU]),
    ("outlet.pdf", []),  # (the outlet's PDF prints no menu)
])
def test_a_saved_page_reads_as_its_article_headline_first_paragraphs_joined(name, above):
    document = read_pdf(pdf(name))
    paragraphs = document.text.split("\n\n")
    assert (document.headline, document.styled_headline) == (HEADLINE, True)
    assert paragraphs[:len(above)] == above
    paragraphs = paragraphs[len(above):]
    assert paragraphs[:3] == [
        HEADLINE,
        "Bel Trew · Wednesday 14 May 2025 19:42 BST",
        "With only a few hours to go until the start of what was slated as the first direct peace talks between Russia and Ukraine "
        "in years – talks that Vladimir Putin himself called – it still wasn’t clear if the Russian president would actually show up.",
    ]
    assert paragraphs[-2:] == LAST_PARAGRAPHS
    assert SPLIT_SENTENCE in paragraphs
    assert paragraphs[2:-1] == SEED_PARAGRAPHS  # each paragraph of the page (and photo caption) whole, as the seed has it


def _seed_paragraphs() -> list[str]:
    """The paragraphs make_pdfs.py laid out, from the seed's body (after its reader-app lines and headline)."""
    lines = (Path(__file__).parents[1] / "seeds" / "independent-putin-no-show.txt").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines[11:lines.index(LAST_PARAGRAPHS[0]) + 1] if line.strip()]


SEED_PARAGRAPHS = _seed_paragraphs()


@pytest.mark.parametrize("name, furniture", [
    ("browser-print.pdf", ["11/24/26", "AM Putin no-show", "http://", "1/3", "2/3", "3/3", "| The Independent"]),
    ("outlet.pdf", ["THE INDEPENDENT", "Page 1 of 3", "Page 2", "of 3"]),
])
def test_the_print_header_and_footer_and_running_heads_are_left_out(name, furniture):
    text = read_pdf(pdf(name)).text
    assert [f for f in furniture if f in text] == []
    # the same article as printed without them (the outlet's PDF has no menu above the headline)
    assert text.removeprefix(MENU + "\n\n") == read_pdf(pdf("browser-print-no-header.pdf")).text.removeprefix(MENU + "\n\n")


def test_properties_and_the_printed_address_are_kept():
    document = read_pdf(pdf("browser-print.pdf"))
    assert document.url == URL
    assert document.metadata["document_title"] == "Putin no-show at Turkey talks | The Independent"
    assert document.metadata["document_created"].startswith("2026-11-24T")
    assert read_pdf(pdf("outlet.pdf")).url is None  # (no address printed on it)


def test_an_outlets_running_heads_left_out_of_the_text_are_on_record_in_metadata():
    """The head on every page of the outlet's PDF ("THE INDEPENDENT World") is no part of the text,
    but it is kept, once, in `metadata`; its page numbers ("Page 2 of 3") and a browser's printed
    date, title, address and "1/3" go without trace."""
    assert read_pdf(pdf("outlet.pdf")).metadata["running_heads"] == "THE INDEPENDENT World"
    assert "running_heads" not in read_pdf(pdf("browser-print.pdf")).metadata


def test_ligatures_are_their_letters():
    text = read_pdf(pdf("browser-print.pdf")).text
    assert "ﬁ" not in text and "ﬀ" not in text and "by confirming that he would indeed attend" in text and "bluff" in text


def test_a_hyphen_drawn_where_a_browser_broke_a_word_is_dropped_and_a_words_own_kept():
    text = read_pdf(pdf("hyphenated.pdf")).text
    assert "“without any preconditions” on Thursday" in text  # "preco‐|nditions": a soft hyphen's break
    assert "a 30-day" in text  # "30-|day": the word's own


def test_a_soft_hyphen_inside_a_line_leaves_the_word_whole():
    """Chromium draws an unbroken soft hyphen as a space glyph in a span whose /ActualText is U+00AD
    (pypdf alone read "uncon ditional"), and a broken one as that span before the U+2010 it draws."""
    text = read_pdf(pdf("hyphenated.pdf")).text
    assert "30-day unconditional ceasefire" in text and "“without any preconditions” on Thursday" in text and "\u00ad" not in text


# a span of glyphs marked as a soft hyphen, as Chromium draws one
SHY = b"/Span <</ActualText <FEFF00AD>>> BDC (%s) Tj EMC"


@pytest.mark.parametrize("shown, joined", [
    ([b"(a 30-day uncon) Tj", SHY % b" ", b"(ditional ceasefire) Tj"], "a 30-day unconditional ceasefire"),  # Chromium's, unbroken
    ([b"(a 30-day ) Tj", b"[(uncon)] TJ", SHY % b"-", b"[(ditional) -250 (ceasefire)] TJ"], "a 30-day unconditional ceasefire"),  # TJ arrays
    ([b"(a 30-day uncon) Tj", SHY % b"-", b"0 -14 Td (ditional ceasefire) Tj"], "a 30-day unconditional ceasefire"),  # broken at it
    ([b"(a well-) Tj", b"0 -14 Td (known ceasefire) Tj"], "a well-known ceasefire"),  # a hyphen-minus, no span: the word's own
    # any other /ActualText is the text too, as the spec defines it (an abbreviation's expansion is /E): see test_pdf_actual_text
    ([b"(a 30-day ) Tj", b"/Span <</ActualText (truce)>> BDC (ceasefire) Tj EMC"], "a 30-day truce"),
], ids=["space-glyph", "tj-arrays", "line-end", "no-span", "other-actual-text"])
def test_a_glyph_marked_as_a_soft_hyphen_reads_as_one(shown, joined):
    stream = b"BT /F1 20 Tf 1 0 0 1 72 720 Tm (Dam plan fails) Tj /F1 11 Tf 1 0 0 1 72 690 Tm " + b" ".join(shown) + b" ET"
    document = read_pdf(_pdf(stream, producer="Skia/PDF m156"))
    assert document.text == f"Dam plan fails\n\n{joined}"


@pytest.mark.parametrize("lines, words, joined", [
    # a typesetter's PDF: what the document writes elsewhere decides, then a number or self-/well-
    (["the start of nego-", "tiations on Monday"], set(), "the start of negotiations on Monday"),  # a cut no compound explains
    (["a no-", "show in Istanbul"], {"no-show", "no", "show"}, "a no-show in Istanbul"),  # written with its hyphen elsewhere
    (["the post-", "war order"], {"postwar"}, "the postwar order"),  # written whole elsewhere
    (["a self-", "styled reformer"], set(), "a self-styled reformer"),
    (["a 30-", "day ceasefire"], set(), "a 30-day ceasefire"),
    (["the Anglo-", "American talks"], set(), "the Anglo-American talks"),  # capital after: no cut word
    (["it was revealed -", "to few people’s surprise"], set(), "it was revealed - to few people’s surprise"),  # a dash, spaced
    (["a cease\u00ad", "fire"], set(), "a ceasefire"),  # a soft hyphen
    (["the long", "line"], set(), "the long line"),
    # a browser's PDF: a hyphen-minus at a line's end is the word's own; it draws its own breaks as U+2010
    (["what it called a so-", "called reform"], None, "what it called a so-called reform"),
    (["the start of nego-", "tiations"], None, "the start of nego-tiations"),  # (as the page wrote it)
    (["without any preco \u2010", "nditions"], None, "without any preconditions"),
], ids=["cut", "evidence-hyphenated", "evidence-whole", "self", "number", "capital", "dash", "soft-hyphen", "plain",
        "browser-compound", "browser-hyphen-minus", "browser-break"])
def test_lines_of_a_paragraph_join_and_a_line_break_hyphen_is_mended(lines, words, joined):
    assert _join(lines, words) == joined


def _line(text: str, y: float) -> _Line:
    return _Line(text, 30.0, y, 10.0, 0)


@pytest.mark.parametrize("text, y, furniture", [
    ("11/24/26, 6:23 AM Putin no-show at Turkey talks | The Independent", 0.98, True),  # Chrome's header
    ("http://www.independent.co.uk/news/world/europe/putin.html 1/3", 0.02, True),  # Chrome's footer
    ("Putin no-show at Turkey talks | The Independent https://www.independent.co.uk/news/x", 0.98, True),  # Firefox's header
    ("Page 2 of 3 24/11/2026, 06:23", 0.02, True),  # Firefox's footer
    ("2", 0.03, True),
    ("In 2019, 30/40 officials said", 0.02, False),  # words: not furniture, even in the margin
    ("1/3", 0.5, False),  # mid-page: a fraction in the text
    ("http://www.independent.co.uk/news/world/europe/putin.html", 0.5, False),  # an address the article prints
    ("11/24/26, 6:23 AM Putin no-show at Turkey talks and what it means for the war in Ukr…", 0.98, True),  # a title cut short
    ("Putin no-show at Turkey talks | The Independent", 0.98, True),  # the title alone, in small type
])
def test_what_a_browser_prints_in_the_margins_is_told_apart(text, y, furniture):
    assert _browser_furniture(_line(text, y), "Putin no-show at Turkey talks | The Independent", 12.0) is furniture


def test_a_headline_that_is_the_pages_title_is_kept_at_the_top_of_the_page():
    headline = _Line("Putin no-show at Turkey talks", 30.0, 0.95, 24.0, 0)
    assert _browser_furniture(headline, "Putin no-show at Turkey talks", 12.0) is False
    assert _browser_furniture(_Line("Putin no-show at Turkey talks", 30.0, 0.98, 8.0, 0), "Putin no-show at Turkey talks", 12.0) is True


def test_a_loaded_phrase_in_a_sentence_split_by_a_page_break_is_found_at_its_offsets():
    [analysis] = framing.analyze_corpus([FIXTURES / "browser-print.pdf"])
    assert isinstance(analysis, Analysis)
    text = analysis.article.text
    [curry] = [s for s in analysis.spans if s.text == "curry favour"]
    assert (curry.type, curry.voice, text[curry.start:curry.end]) == ("loaded", "author", "curry favour")
    assert curry.start == text.index("curry favour")
    [sentence] = [s for s in analysis.sentences if s.start <= curry.start < s.end]
    assert text[sentence.start:sentence.end] == SPLIT_SENTENCE
    for span in analysis.spans:
        assert text[span.start:span.end] == span.text
    # the address is the url; as an HTML page's own, it names no outlet (a class's files are named by their names)
    assert (analysis.article.title, analysis.article.url, analysis.article.outlet) == (HEADLINE, URL, None)


def test_the_lines_above_the_headline_are_kept_as_the_masthead_left_out_of_the_counts():
    """The site's menu printed above the headline is the article's first line, set aside by the
    cleaner as an HTML page's masthead is (the report shows it folded), never silently dropped."""
    [analysis] = framing.analyze_corpus([FIXTURES / "browser-print.pdf"])
    assert analysis.article.text.startswith(f"{MENU}\n\n{HEADLINE}\n\n")
    assert analysis.ignored[0].to_dict() == {"start": 0, "end": len(MENU), "reason": "masthead before the headline (outlet, section, byline)"}
    assert not any(s.start < len(MENU) for s in analysis.spans + analysis.sentences)
    [without] = framing.analyze_corpus([FIXTURES / "outlet.pdf"])  # the same article with no menu: the same counts
    assert (analysis.words, analysis.scores) == (without.words, without.scores)


@pytest.mark.parametrize("above, masthead", [
    (["WORLD", "EXCLUSIVE"], ["WORLD", "EXCLUSIVE"]),  # a section's name and a kicker: labels, set aside
    (["Home News Sport Business Innovation Culture Arts Travel Earth Audio Video Live", "Sign in"],
     ["Home News Sport Business Innovation Culture Arts Travel Earth Audio Video Live", "Sign in"]),  # a site's menu, on one line
    (["The minister said on Monday that the plan had failed."], []),  # a sentence: read as the article's, as in an HTML page
], ids=["labels", "menu", "sentence"])
def test_what_stands_above_the_headline_is_kept_and_the_cleaner_judges_it(above, masthead):
    lines = [(750 - 16 * i, text) for i, text in enumerate(above)]
    stream = (b"BT /F1 9 Tf " + b" ".join(b"1 0 0 1 72 %d Tm (%s) Tj" % (y, t.encode()) for y, t in lines)
              + b" /F1 22 Tf 1 0 0 1 72 690 Tm (Dam plan fails) Tj /F1 11 Tf 1 0 0 1 72 660 Tm (Officials dismissed it on Monday.) Tj ET")
    document = read_pdf(_pdf(stream))
    assert (document.text, document.headline) == ("\n\n".join([*above, "Dam plan fails", "Officials dismissed it on Monday."]), "Dam plan fails")
    analysis = framing.analyze(document.text, title=document.headline)
    assert [document.text[r.start:r.end] for r in analysis.ignored] == (["\n\n".join(masthead)] if masthead else [])


def _scan() -> bytes:
    """A page with no text on it, as a scanner's PDF holds only the page's picture."""
    writer = pypdf.PdfWriter()
    writer.add_blank_page(612, 792)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _encrypted(user_password: str) -> bytes:
    writer = pypdf.PdfWriter(clone_from=io.BytesIO(pdf("hyphenated.pdf")))
    writer.encrypt(user_password=user_password, owner_password="outlet", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("data, message", [
    (_scan(), f"a PDF with no text layer (a scan, or pages saved as pictures): run OCR on it (for example `ocrmypdf`), or {COPY_TEXT}"),
    (_encrypted("secret"), f"a password-protected PDF, which framing cannot open; open it with its password and print it to a new PDF "
                           f"(Save as PDF), or {COPY_TEXT}"),
    (pdf("outlet.pdf")[:2000], f"a damaged PDF, or one cut short, which cannot be read (PdfStreamError: Stream has ended unexpectedly); "
                               f"download or save it again, or {COPY_TEXT}"),
    (b"PK\x03\x04 a Word file", "not a PDF (a PDF file starts with '%PDF-', and this one does not); if it is an article saved in another "
                                f"form, give it that form's extension (.docx, .html, .txt), or {COPY_TEXT}"),
], ids=["scan", "password", "cut-short", "not-a-pdf"])
def test_a_pdf_that_cannot_be_read_says_what_to_do(data, message):
    with pytest.raises(UnreadableDocument) as raised:
        read_pdf(data)
    assert str(raised.value) == message


def test_a_pdf_that_only_forbids_copying_opens_with_the_empty_password():
    assert read_pdf(_encrypted("")).headline == HEADLINE


def test_a_bad_pdf_is_one_error_naming_it_and_the_folder_goes_on(tmp_path):
    (tmp_path / "scan.pdf").write_bytes(_scan())
    (tmp_path / "independent.pdf").write_bytes(pdf("browser-print.pdf"))
    items = list(read_articles([tmp_path]))
    assert [(type(i).__name__, Path(i.path).name if isinstance(i, IngestError) else i.id) for i in items] == [
        ("Article", "independent"), ("IngestError", "scan.pdf")]
    assert items[1].message.startswith("a PDF with no text layer (a scan")


COLUMN = ["The minister said the plan, which the council", "approved in March after a long and bitter debate,",
          "would be reviewed soon.", "Critics called it a farce and said it had failed."]


@pytest.mark.parametrize("where, paragraphs", [
    # (y of each line, from the page's foot; page): the second column starts at the top again
    ([(0.30, 0), (0.28, 0), (0.90, 0), (0.86, 0)], [" ".join(COLUMN[:3]), COLUMN[3]]),  # a paragraph runs on into the next column
    ([(0.30, 0), (0.28, 0), (0.90, 1), (0.86, 1)], [" ".join(COLUMN[:3]), COLUMN[3]]),  # ... or onto the next page
    ([(0.30, 0), (0.28, 0), (0.26, 0), (0.90, 1)], [" ".join(COLUMN[:3]), COLUMN[3]]),  # a short line ending a sentence ends it
    ([(0.30, 0), (0.28, 0), (0.24, 0), (0.22, 0)], [" ".join(COLUMN[:2]), *COLUMN[2:]]),  # a wider gap: a new paragraph
    # a line well short of the column, a capital under it at the line spacing: a paragraph set solid ended there
    ([(0.30, 0), (0.28, 0), (0.26, 0), (0.24, 0)], [" ".join(COLUMN[:3]), COLUMN[3]]),
], ids=["next-column", "next-page", "ends-at-the-foot", "gap", "short-line"])
def test_a_paragraph_runs_on_over_a_column_or_page_break(where, paragraphs):
    lines = [_Line(text, 50.0, y, 10.0, page) for text, (y, page) in zip(COLUMN, where)]
    assert _paragraphs(lines, None) == paragraphs


# an article of one-line paragraphs but one, as many a news page is: most gaps between its lines are the paragraphs'
SHORT_PARAGRAPHS = [["The council approved the dam on Monday after a long and", "bitter debate that ran late into the night."],
                    ["Critics called it a farce."], ["The mayor said it would be built."], ["Work starts in June."],
                    ['"It is a disgrace," one resident said.'], ["The vote was 7 to 2."],
                    ["A second vote on the cost of the dam is due in the autumn, the", "council said."]]


def _short_paragraphs_pdf() -> bytes:
    """A headline, then SHORT_PARAGRAPHS: lines 13 points apart, paragraphs 21."""
    shown, y = [b"/F1 22 Tf 1 0 0 1 72 720 Tm (Dam plan approved) Tj /F1 11 Tf"], 690
    for paragraph in SHORT_PARAGRAPHS:
        for line in paragraph:
            shown.append(b"1 0 0 1 72 %d Tm (%s) Tj" % (y, line.encode()))
            y -= 13
        y -= 8
    return _pdf(b"BT " + b" ".join(shown) + b" ET")


def test_an_article_of_one_line_paragraphs_keeps_them_apart():
    """The line spacing is the smallest gap seen often, not the most common one: here that is the
    paragraphs' (6 of 8 gaps), and every paragraph ran into the next, the article one paragraph."""
    document = read_pdf(_short_paragraphs_pdf())
    assert document.text.split("\n\n") == ["Dam plan approved", *(" ".join(p) for p in SHORT_PARAGRAPHS)]


def test_cli_score_counts_the_sentences_of_one_line_paragraphs(tmp_path):
    from typer.testing import CliRunner

    from framing.cli import app

    (tmp_path / "dam.pdf").write_bytes(_short_paragraphs_pdf())
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["score", str(tmp_path / "dam.pdf"), "--no-model", "--out", str(out)])
    assert result.exit_code == 0, result.output
    record = json.loads(out.read_text(encoding="utf-8"))
    [article] = read_articles([tmp_path / "dam.pdf"])
    assert [article.text[s["start"]:s["end"]] for s in record["sentences"]][1:] == [" ".join(p) for p in SHORT_PARAGRAPHS]
    assert article.text.count("\n\n") == len(SHORT_PARAGRAPHS)


# libreoffice-list.pdf (make_office_pdf.py libreoffice-list.pdf): the seed's first three paragraphs, "What we know:",
# six bulleted items set solid as Word's List Paragraph sets them (no full stops, one of two lines), three more
# paragraphs; browser-list.pdf (make_pdfs.py browser-list.pdf): the same as a web page printed by Chromium, which
# draws the bullets as shapes, not text
KNOWN = ["Putin will not travel to Istanbul", "Russia sends a delegation led by Vladimir Medinsky", "Zelensky will meet only Putin himself",
         "The US sends Marco Rubio and Steve Witkoff",
         "Turkish president Recep Tayyip Erdogan hosts the talks, as he did the first round of negotiations in the spring of 2022",
         "no ceasefire before the talks"]
LISTS = [("libreoffice-list.pdf", [], "• "), ("browser-list.pdf", [MENU], "")]


@pytest.mark.parametrize("name, above, bullet", LISTS)
def test_a_lists_short_items_keep_apart_and_its_wrapped_item_and_sentences_join(name, above, bullet):
    """The items were one paragraph ("• Putin will not travel to Istanbul • Russia sends ..."): set
    solid, at the line spacing, with no full stop to end them.  A bullet opens an item, and so does
    a capital whose word would have fit on the line above; the two-line item and the article's
    wrapped sentences still join."""
    paragraphs = read_pdf(pdf(name)).text.split("\n\n")
    assert paragraphs[:len(above) + 2] == [*above, HEADLINE, "Bel Trew · Wednesday 14 May 2025 19:42 BST"]
    paragraphs = paragraphs[len(above) + 2:]
    assert paragraphs[:3 + 1 + len(KNOWN) + 3] == [*SEED_PARAGRAPHS[:3], "What we know:", *(bullet + item for item in KNOWN), *SEED_PARAGRAPHS[3:6]]


@pytest.mark.parametrize("name, above, bullet", [
    LISTS[0],
    pytest.param(*LISTS[1], marks=pytest.mark.xfail(strict=True, reason=(
        "the item in lower case is a paragraph of its own (the library test), but framing.segment reads a paragraph "
        "opening in lower case as the sentence before it running on: '... in the spring of 2022 no ceasefire before the talks'"))),
])
def test_cli_score_reads_each_list_item_as_a_sentence_of_its_own(tmp_path, name, above, bullet):
    from typer.testing import CliRunner

    from framing.cli import app

    (tmp_path / name).write_bytes(pdf(name))
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["score", str(tmp_path / name), "--no-model", "--out", str(out)])
    assert result.exit_code == 0, result.output
    record = json.loads(out.read_text(encoding="utf-8"))
    [article] = read_articles([tmp_path / name])
    sentences = [article.text[s["start"]:s["end"]] for s in record["sentences"]]
    assert sentences[sentences.index("What we know:") + 1:][:len(KNOWN)] == [bullet + item for item in KNOWN]


def test_with_no_larger_type_the_first_paragraph_is_the_headline():
    """An outlet's PDF set in one size: the headline's two lines are one paragraph, as a Word file's first is."""
    lines = [(720, "Minister slams dam plan as costs"), (706, "double"), (680, "Lavrov dismissed the plan as pathetic on"), (666, "Monday.")]
    document = read_pdf(_one_size_pdf(lines))
    assert (document.text, document.headline, document.styled_headline) == (
        "Minister slams dam plan as costs double\n\nLavrov dismissed the plan as pathetic on Monday.", "Minister slams dam plan as costs double", False)


def _one_size_pdf(lines: list[tuple[int, str]]) -> bytes:
    """A page of `lines` (y from the foot, text) in 11-point Helvetica, as a plain PDF writer sets them."""
    return _pdf(b"BT /F1 11 Tf " + b" ".join(b"1 0 0 1 72 %d Tm (%s) Tj" % (y, t.encode()) for y, t in lines) + b" ET")


def _pdf(content: bytes, producer: str | None = None) -> bytes:
    """A page whose content stream is `content`, its font /F1 Helvetica; made by `producer` where given."""
    writer = pypdf.PdfWriter()
    page = writer.add_blank_page(612, 792)
    if producer:
        writer.add_metadata({"/Producer": producer})
    stream = pypdf.generic.DecodedStreamObject()
    stream.set_data(content)
    font = pypdf.generic.DictionaryObject({pypdf.generic.NameObject("/Type"): pypdf.generic.NameObject("/Font"),
                                           pypdf.generic.NameObject("/Subtype"): pypdf.generic.NameObject("/Type1"),
                                           pypdf.generic.NameObject("/BaseFont"): pypdf.generic.NameObject("/Helvetica")})
    page[pypdf.generic.NameObject("/Resources")] = pypdf.generic.DictionaryObject({pypdf.generic.NameObject("/Font"): pypdf.generic.DictionaryObject(
        {pypdf.generic.NameObject("/F1"): writer._add_object(font)})})
    page[pypdf.generic.NameObject("/Contents")] = writer._add_object(stream)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def test_a_damaged_pdf_is_read_or_refused_in_one_line_never_a_traceback():
    """Bytes flipped or the file cut short (a download broken off): pypdf may raise nearly anything."""
    copies = damaged_copies(pdf("hyphenated.pdf"), seed=5, count=30, cut_share=0.3, most_flips=30, keep=200)
    assert read_or_refused(read_pdf, copies, (COPY_TEXT,)) == {"read", "refused"}


def test_an_aes_encrypted_pdf_without_the_cryptography_package_says_how_to_open_it(monkeypatch):
    def needs_cryptography(self, password):
        raise pypdf.errors.DependencyError("cryptography>=3.1 is required for AES algorithm")

    monkeypatch.setattr(pypdf.PdfReader, "decrypt", needs_cryptography)
    with pytest.raises(UnreadableDocument) as raised:
        read_pdf(_encrypted(""))
    assert str(raised.value) == ("an encrypted PDF (AES), which framing opens only with the `cryptography` package installed (pip install "
                                 f"cryptography); or open it in a browser and print it to a new PDF (Save as PDF), or {COPY_TEXT}")


def test_a_damaged_page_is_a_warning_and_the_other_pages_are_read(tmp_path, monkeypatch):
    import framing.pdf_text as pdf_text

    real = pdf_text._page_lines
    monkeypatch.setattr(pdf_text, "_page_lines", lambda page, number, **how: real(page, number, **how) if number != 1 else 1 / 0)
    (tmp_path / "independent.pdf").write_bytes(pdf("browser-print.pdf"))
    [article] = read_articles([tmp_path])
    assert article.warnings == ["page 2 of 3 could not be read (damaged), so that text is missing; download or save the PDF again"]
    assert article.title == HEADLINE and "Zelensky still intends" not in article.text and LAST_PARAGRAPHS[0] in article.text



@pytest.mark.parametrize("producer, creator, joined", [
    ("Skia/PDF m156", "Mozilla/5.0 ... HeadlessChrome/156.0.0.0", "a so-called reform"),  # Chrome's "Save as PDF"
    ("Microsoft® Word for Microsoft 365", "Microsoft® Word for Microsoft 365", "a so-called reform"),  # Word's "Save as PDF"
    ("LibreOffice 7.6", "Writer", "a so-called reform"),
    ("Adobe PDF Library 17.0", "Adobe InDesign 19.0 (Macintosh)", "a socalled reform"),  # a typesetter's: hyphenated, no evidence
], ids=["chrome", "word", "libreoffice", "indesign"])
def test_who_made_the_pdf_says_whether_a_line_end_hyphen_minus_is_the_words(producer, creator, joined):
    writer = pypdf.PdfWriter(clone_from=io.BytesIO(_one_size_pdf([(720, "Dam plan fails"), (690, "Officials called it a so-"), (676, "called reform")])))
    writer.add_metadata({"/Producer": producer, "/Creator": creator})
    buffer = io.BytesIO()
    writer.write(buffer)
    assert read_pdf(buffer.getvalue()).text.split("\n\n")[1] == f"Officials called it {joined}"


def test_cli_score_finds_a_word_its_soft_hyphen_had_split(tmp_path):
    """`framing score` on Chromium's hyphenated page: a user's loaded term "unconditional ceasefire"
    is found where pypdf alone read "uncon ditional ceasefire", and the menu above the headline is the masthead."""
    from typer.testing import CliRunner

    from framing.cli import app

    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "loaded.tsv").write_text("term\tcategory\tweight\tnote\tsource\nunconditional ceasefire\texaggeration\t1\t\tteacher\n",
                                                  encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["score", str(FIXTURES / "hyphenated.pdf"), "--no-model", "--lexicon", str(tmp_path / "mine"),
                                      "--out", str(out)])
    assert result.exit_code == 0, result.output
    record = json.loads(out.read_text(encoding="utf-8"))
    assert [(s["text"], s["voice"]) for s in record["spans"] if s["term"] == "unconditional ceasefire"] == [
        ("unconditional ceasefire", "author")]
    assert record["ignored"][0] == {"start": 0, "end": len(MENU), "reason": "masthead before the headline (outlet, section, byline)"}


def test_cli_score_keeps_an_outlets_running_heads_in_metadata(tmp_path):
    from typer.testing import CliRunner

    from framing.cli import app

    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["score", str(FIXTURES / "outlet.pdf"), "--no-model", "--out", str(out)])
    assert result.exit_code == 0, result.output
    record = json.loads(out.read_text(encoding="utf-8"))
    assert record["metadata"]["running_heads"] == "THE INDEPENDENT World"
    assert "THE INDEPENDENT" not in read_pdf(pdf("outlet.pdf")).text


LONG_MENU = ["News", "Sport", "Culture", "Lifestyle", "Travel", "Premium", "Independent TV", "Climate", "Money", "Voices", "Sign in"]  # long-menu.pdf: the site's menu printed an item a line above the headline


def test_a_long_menu_above_the_headline_leaves_the_headline_and_is_the_masthead():
    """11 lines above the largest type (8 were once the most): a menu's items are no page of text,
    so the headline is still found, and the menu, kept a paragraph a line, is set aside as the masthead."""
    document = read_pdf(pdf("long-menu.pdf"))
    paragraphs = document.text.split("\n\n")
    assert (document.headline, document.styled_headline) == (HEADLINE, True)
    assert paragraphs[:len(LONG_MENU) + 1] == [*LONG_MENU, HEADLINE]
    assert paragraphs[len(LONG_MENU) + 2:-1] == SEED_PARAGRAPHS
    [analysis] = framing.analyze_corpus([FIXTURES / "long-menu.pdf"])
    masthead = "\n\n".join(LONG_MENU)
    assert analysis.ignored[0].to_dict() == {"start": 0, "end": len(masthead), "reason": "masthead before the headline (outlet, section, byline)"}
    assert analysis.article.text.startswith(f"{masthead}\n\n{HEADLINE}\n\n")


PROSE = "the minister said on Monday that the plan to build the dam had failed and would"  # a full line of running text


@pytest.mark.parametrize("above, headline", [
    ([f"Menu item {i}" for i in range(20)], "Dam plan fails"),  # 20 labels: a menu, however long
    ([PROSE] * 8, "Dam plan fails"),  # 8 lines of running text (an intro, a notice) still leave it the headline
    ([PROSE] * 9, None),  # 9: a page of text, whose larger type is a heading in it; the first paragraph is the headline
    (["Home News Sport Business Innovation Culture Arts Travel Earth Audio Video Live Weather Newsletters"] * 12, "Dam plan fails"),
], ids=["menu-20", "prose-8", "prose-9", "one-line-menus"])
def test_only_running_text_above_the_largest_type_makes_it_a_heading_not_the_headline(above, headline):
    lines = [(770 - 11 * i, text) for i, text in enumerate(above)]
    body = b" ".join(b"1 0 0 1 72 %d Tm (%s) Tj" % (500 - 13 * i, PROSE.encode()) for i in range(6))
    stream = (b"BT /F1 11 Tf " + b" ".join(b"1 0 0 1 72 %d Tm (%s) Tj" % (y, t.encode()) for y, t in lines)
              + b" /F1 22 Tf 1 0 0 1 72 520 Tm (Dam plan fails) Tj /F1 11 Tf " + body + b" ET")
    document = read_pdf(_pdf(stream))
    assert (document.headline if document.styled_headline else None) == headline
    assert document.text.startswith(above[0])  # (nothing above is lost either way)


def test_cli_score_takes_the_headline_under_a_long_menu(tmp_path):
    from typer.testing import CliRunner

    from framing.cli import app

    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["score", str(FIXTURES / "long-menu.pdf"), "--no-model", "--out", str(out)])
    assert result.exit_code == 0, result.output
    record = json.loads(out.read_text(encoding="utf-8"))
    assert record["title"] == HEADLINE
    assert record["ignored"][0] == {"start": 0, "end": len("\n\n".join(LONG_MENU)), "reason": "masthead before the headline (outlet, section, byline)"}


def _menu_pdf(items: int, last: str = "") -> bytes:
    """A page with a menu of `items` lines ("Section A", ...; then `last`, where given) above the headline."""
    menu = [f"Section {chr(65 + i)}" for i in range(items)] + ([last] if last else [])
    return _pdf(b"BT /F1 9 Tf " + b" ".join(b"1 0 0 1 72 %d Tm (%s) Tj" % (770 - 11 * i, t.encode()) for i, t in enumerate(menu))
                + b" /F1 22 Tf 1 0 0 1 72 470 Tm (Dam plan fails) Tj /F1 11 Tf 1 0 0 1 72 440 Tm (" + PROSE.encode() + b") Tj ET")


@pytest.mark.parametrize("items, last, masthead", [
    (20, "", 20),  # more than clean.MASTHEAD_LINES (15): the reader says how many stood above the headline, so all are the masthead
    (4, "", 4),
    (24, "", 24),
    (20, "The minister said on Monday that the plan had failed.", 0),  # a sentence among them: read as the article's, as in an HTML page
], ids=["menu-20", "menu-4", "menu-24", "a-sentence-above"])
def test_a_menu_of_any_length_is_set_aside_as_the_masthead(tmp_path, items, last, masthead):
    """The lines above the headline, however many, are judged as the masthead (they were only within
    clean.MASTHEAD_LINES, 15: a 20-item menu was counted as article text): the PDF's reader records
    how many stood there (metadata "lines_above_headline") and the cleaner reads it."""
    (tmp_path / "menu.pdf").write_bytes(_menu_pdf(items, last))
    [article] = read_articles([tmp_path / "menu.pdf"])
    assert (article.title, article.metadata["lines_above_headline"]) == ("Dam plan fails", str(items + bool(last)))
    [analysis] = framing.analyze_corpus([tmp_path / "menu.pdf"])
    menu = "\n\n".join(f"Section {chr(65 + i)}" for i in range(items))
    assert [(article.text[r.start:r.end], r.reason) for r in analysis.ignored] == (
        [(menu, "masthead before the headline (outlet, section, byline)")] if masthead else [])
    assert analysis.words == len(("Dam plan fails " + PROSE + (" " + last if last else "")).split()) + (0 if masthead else items * 2)


def test_cli_score_sets_a_20_line_menu_aside_as_the_masthead(tmp_path):
    from typer.testing import CliRunner

    from framing.cli import app

    (tmp_path / "menu.pdf").write_bytes(_menu_pdf(20))
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["score", str(tmp_path / "menu.pdf"), "--no-model", "--out", str(out)])
    assert result.exit_code == 0, result.output
    record = json.loads(out.read_text(encoding="utf-8"))
    menu = "\n\n".join(f"Section {chr(65 + i)}" for i in range(20))
    assert (record["title"], record["metadata"]["lines_above_headline"]) == ("Dam plan fails", "20")
    assert record["ignored"] == [{"start": 0, "end": len(menu), "reason": "masthead before the headline (outlet, section, byline)"}]
    assert record["words"] == len(("Dam plan fails " + PROSE).split())

"""pdf_page_breaks: whether a paragraph ends where a PDF's page ends, and where an article that
marks its paragraphs with indents starts one.  Rows of the lines either side of a break, then
page-foot.pdf, Chromium's print of the Independent seed in a column narrowed until a paragraph ends
on page 2's last, full line (tests/fixtures/pdf/make_pdfs.py --page-feet), and
libreoffice-indented.pdf, the seed set solid with indents by LibreOffice (make_office_pdf.py), read
through the library and scored from the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from framing.ingest import read_articles
from framing.models import Article
from framing.pdf_page_breaks import ends_short_line, indents_paragraphs, opens_list_item, paragraph_ends_at_break
from framing.pdf_text import _Line, _paragraphs, read_pdf

FIXTURE = Path(__file__).parent / "fixtures" / "pdf" / "page-foot.pdf"
SEED = Path(__file__).parent.parent / "seeds" / "independent-putin-no-show.txt"
WIDTH = 60.0  # the column's width in characters
# page-foot.pdf: the paragraph on page 2's last line, as full as the column's lines, and the one opening page 3
ENDS_AT_THE_FOOT = "Zelensky also backs the 30-day plan, but Putin has said he wants to start talks first and then hammer out the details of a ceasefire."
OPENS_THE_PAGE = ("It has been years since the warring sides met face to face, with negotiators from Ukraine and Russia last meeting in "
                  "Istanbul in March 2022, a month after Putin launched the full-scale invasion of Ukraine.")


def _break(before: str, after: str, after_x: float = 50.0) -> tuple[_Line, _Line, _Line]:
    """The last line of page 1, the first of page 2 (at `after_x`) and the line under it (at 50)."""
    return (_Line(before, 50.0, 0.06, 10.0, 0), _Line(after, after_x, 0.95, 10.0, 1),
            _Line("of the talks, the officials said on Monday in a statement to", 50.0, 0.93, 10.0, 1))


@pytest.mark.parametrize("before, after, after_x, indents, ends", [
    # the line at the foot does not end a sentence: the paragraph runs on (one sentence over the break)
    ("Zelensky present and correct, ready and waiting, will curry favour with", "Trump and the rest of the world.", 50.0, False, False),
    # ... unless it is well short of the column and a capital follows: a subheading, a dateline ended there
    ("Time to buy old US gold coins", "What Trump has done with his announcement", 50.0, False, True),
    ("2:16 pm", "Askia Muhammad A journalist announced last", 50.0, False, True),
    ("read the full list of the names released on", "www.archives.gov/research/jfk", 50.0, False, False),  # a long word next
    ("said on Monday that the talks with the leader, Vladimir", "Putin would go ahead", 50.0, False, False),  # "Putin" would not fit
    # ... or the next line's first word would have fit on it, whatever its case: a list's item ended there
    ("number of convents: 14", "number of nuns: 178", 50.0, False, True),
    # it ends a sentence short of the column: the paragraph ended
    ("first and then hammer out the details.", "It has been years since the warring", 50.0, False, True),
    # on a full line: in an article whose paragraphs are spaced, a new sentence over the break opens one ...
    ("first and then hammer out the details of a ceasefire talks.", "It has been years since the warring", 50.0, False, True),
    ("said they would not attend, whatever the Kremlin said on the day.", "“It has been years,” one official said", 50.0, False, True),
    # ... and no new sentence leaves it whole: a title's stop, an abbreviation before a name, a colon, lower case
    ("the talks would go ahead, according to a statement from Mr.", "Zelensky's office in Kyiv on Monday", 50.0, False, False),
    ("the envoy who will lead the delegation sent there by the U.S.", "President, who called the talks", 50.0, False, False),
    ("and the president of Ukraine said of the talks in a statement:", "“We are ready for them”", 50.0, False, False),
    ("it was revealed to few people's surprise that the leader would.", "not show up at all on Thursday", 50.0, False, False),
    # the first line of the next page indented against the line under it opens a paragraph ...
    ("first and then hammer out the details of a ceasefire talks.", "It has been years since the warring", 60.0, False, True),
    ("first and then hammer out the details of a ceasefire talks.", "It has been years since the warring", 60.0, True, True),
    # ... and in an article that marks its paragraphs with indents, an unindented one continues it
    ("first and then hammer out the details of a ceasefire talks.", "It has been years since the warring", 50.0, True, False),
    # a bullet at the top of the page opens a list's item, whatever the line at the foot
    ("the Kremlin said on Monday that it would send to the talks its", "• Russia sends a delegation", 50.0, False, True),
], ids=["mid-sentence", "subheading", "dateline", "lower-case-after-a-short-line", "next-word-would-not-fit", "lower-case-item", "short-line", "full-line-new-sentence", "full-line-quote-opens", "title-before-a-name", "us-president",
        "colon", "lower-case", "indented", "indented-in-indented-article", "unindented-in-indented-article", "bullet"])
def test_whether_a_paragraph_ends_at_a_page_break(before, after, after_x, indents, ends):
    above, line, below = _break(before, after, after_x)
    assert paragraph_ends_at_break(above, line, below, WIDTH, indents) is ends


@pytest.mark.parametrize("xs, indents", [
    ([50, 50, 50, 60, 50, 50, 60, 50], True),  # two paragraphs' first lines 10 points right of the column's edge
    ([50, 50, 50, 60, 50, 50, 50, 50], False),  # one: no evidence of a habit
    ([50] * 8, False),  # spaced paragraphs, flush left
    ([50, 50, 50, 200, 50, 50, 200, 50], False),  # far right: a centred line, not an indent
], ids=["indented", "one-indent", "flush", "centred"])
def test_an_article_that_indents_its_paragraphs(xs, indents):
    texts = ["The plan was approved.", "It would cost a great deal of money and", "take years to finish.", "Critics said it had",
             "failed on every count.", "The council disagreed.", "Its members said the", "plan was sound."]
    lines = [_Line(text, float(x), 0.9 - 0.02 * i, 10.0, 0) for i, (text, x) in enumerate(zip(texts, xs))]
    assert indents_paragraphs(lines) is indents


def _indented_article(indent: float = 10.0) -> list[_Line]:
    """Three paragraphs whose first lines are indented by `indent` points; the third runs on over a
    page break after a full line that ends a sentence, onto a flush-left line that opens one."""
    texts = [(indent, "The plan was approved on Monday by the council after a long debate."),
             (0, "It would cost a great deal of money to build and years to finish."),
             (indent, "Critics said it had failed on every count that mattered to them so."),
             (0, "They said so at length in a letter to the council sent on Friday."),
             (indent, "The council disagreed with them and said so in a statement on Sunday."),
             (0, "Its officials wrote the statement that was released to the press.")]
    return ([_Line(text, 50.0 + x, 0.20 - 0.02 * i, 10.0, 0) for i, (x, text) in enumerate(texts)]
            + [_Line("Its members said the plan was sound and the money was well spent.", 50.0, 0.95, 10.0, 1),
               _Line("A vote is due in June.", 50.0, 0.93, 10.0, 1)])


@pytest.mark.parametrize("indent, over_the_break", [
    (10.0, "Its officials wrote the statement that was released to the press. Its members said the plan"),  # indented: runs on
    (0.0, "Its members said the plan"),  # the same lines flush left (a spaced article's): a new sentence opens a paragraph
], ids=["indented-article", "flush-article"])
def test_an_indented_article_runs_a_paragraph_on_over_a_page_break(indent, over_the_break):
    """The first line of page 2 is flush left: in an article that indents its paragraphs it continues one."""
    lines = _indented_article(indent)
    assert indents_paragraphs(lines) is (indent > 0)
    assert any(p.startswith(over_the_break) or f" {over_the_break}" in p for p in _paragraphs(lines, None))
    assert (indent > 0) is not any(p.startswith("Its members said") for p in _paragraphs(lines, None))


def test_an_indented_article_reads_its_paragraphs_within_a_page():
    """A typesetter's column set solid, its paragraphs marked by indents alone (it was read as one paragraph)."""
    texts = [line.text for line in _indented_article()]
    assert _paragraphs(_indented_article(), None) == [" ".join(texts[:2]), " ".join(texts[2:4]), " ".join(texts[4:])]


def _seed_paragraphs() -> list[str]:
    lines = SEED.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines[11:lines.index("But the question is - does Putin really care?") + 1] if line.strip()]


def test_a_paragraph_ending_on_a_pages_last_full_line_ends_there():
    """Page 2 of page-foot.pdf ends with the last, full line of a paragraph ("... details of a
    ceasefire."); page 3 opens the next.  They were read as one paragraph; now every paragraph is the seed's."""
    paragraphs = read_pdf(FIXTURE.read_bytes()).text.split("\n\n")
    assert paragraphs[3:-1] == _seed_paragraphs()
    at = paragraphs.index(ENDS_AT_THE_FOOT)
    assert paragraphs[at + 1] == OPENS_THE_PAGE


INDENTED = Path(__file__).parent / "fixtures" / "pdf" / "libreoffice-indented.pdf"


def test_a_word_processors_indented_paragraphs_set_solid_read_as_the_seeds():
    """libreoffice-indented.pdf (make_office_pdf.py): the seed's paragraphs marked by a first-line
    indent alone, no space between them, one running on from page 1 to page 2 ("... to attend the" |
    "talks, writing ..."), one opening on page 1's last line.  Each paragraph is the seed's (the
    article was one paragraph)."""
    paragraphs = read_pdf(INDENTED.read_bytes()).text.split("\n\n")
    assert paragraphs[2:] == _seed_paragraphs()


def test_cli_score_reads_the_indented_paragraphs(tmp_path):
    from typer.testing import CliRunner

    from framing.cli import app

    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["score", str(INDENTED), "--no-model", "--out", str(out)])
    assert result.exit_code == 0, result.output
    record = json.loads(out.read_text(encoding="utf-8"))
    [article] = [a for a in read_articles([INDENTED]) if isinstance(a, Article)]
    starts = {s["start"] for s in record["sentences"]}
    ignored = {r["start"] for r in record["ignored"]}  # (the photo captions)
    at = 0
    for paragraph in _seed_paragraphs():  # every paragraph of the seed is one in the text and opens a sentence or a caption
        at = article.text.index(f"\n\n{paragraph}", at) + 2
        assert at in starts | ignored
    assert article.text.endswith(_seed_paragraphs()[-1])


def test_cli_score_keeps_the_paragraph_that_ends_at_the_page_foot_apart(tmp_path):
    from typer.testing import CliRunner

    from framing.cli import app

    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["score", str(FIXTURE), "--no-model", "--out", str(out)])
    assert result.exit_code == 0, result.output
    record = json.loads(out.read_text(encoding="utf-8"))
    [article] = [a for a in read_articles([FIXTURE]) if isinstance(a, Article)]
    sentences = [article.text[s["start"]:s["end"]] for s in record["sentences"]]
    last, first = sentences.index(ENDS_AT_THE_FOOT), sentences.index(OPENS_THE_PAGE)
    assert first == last + 1
    assert article.text[record["sentences"][last]["end"]:record["sentences"][first]["start"]] == "\n\n"  # a paragraph break, not a space
    assert [p for p in article.text.split("\n\n") if p in (ENDS_AT_THE_FOOT, OPENS_THE_PAGE)] == [ENDS_AT_THE_FOOT, OPENS_THE_PAGE]


@pytest.mark.parametrize("above, line, ends", [
    # the next line's first word would have fit on the line (in a column of 60 characters): the paragraph
    # ended there, though set solid
    ("What we know:", "• Putin will not travel to Istanbul", True),
    ("Putin will not travel to Istanbul", "Russia sends a delegation led by Medinsky", True),  # items with no bullet drawn
    ("number of nuns: 178", "2,000 signed the letter", True),
    ("said on Monday that the talks with the leader, Vladimir", "Putin, would go ahead", False),  # "Putin," does not fit
    ("THE PHOTO THAT NEVER SAW THE LIGHT OF DAY:", "OBAMA WITH FARRAKHAN IN 2005", False),  # capitals are wider
    ("read the full list of the names on", "www.archives.gov/research/jfk", False),  # a long word next
    ("no ceasefire yet", "no talks before Thursday", True),  # items in lower case
    ("the spokesman said on Thursday that Moscow would send to the", "talks a delegation", False),  # a full line
    ("a long and bitter debate about the nego-", "Tiations", False),  # a word cut at the line's end
], ids=["colon-then-bullet", "items", "number", "next-word-does-not-fit", "capitals", "web-address", "lower-case-items", "full-line",
                       "cut-word"])
def test_a_line_the_next_word_would_have_fit_on_ends_its_paragraph(above, line, ends):
    assert ends_short_line(_Line(above, 50.0, 0.50, 10.0, 0), _Line(line, 50.0, 0.48, 10.0, 0), WIDTH) is ends


@pytest.mark.parametrize("text, item", [
    ("• Putin will not travel to Istanbul", True), ("\uf0b7 Putin will not travel", True),  # Word's Symbol bullet
    ("▪ No ceasefire", True), ("– talks that Vladimir Putin himself called", False), ("- or any minister", False),
])
def test_a_bullet_opens_a_lists_item_a_dash_does_not(text, item):
    assert opens_list_item(text) is item


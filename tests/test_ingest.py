"""ingest.read_articles: every format, every encoding, bad inputs reported while the rest is read."""

from __future__ import annotations

import csv
import io
import json
import os
import tracemalloc
from pathlib import Path

import pytest
from typer.testing import CliRunner

from framing.cli import app
from framing.dates import normalise_date
from framing.ingest import read_articles
from framing.models import Article, IngestError

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "ingest"
SEEDS = Path(__file__).resolve().parents[1] / "seeds"
runner = CliRunner()
CP1252 = "decoded as cp1252: not valid UTF-8 (check the characters, or save the file as UTF-8)"


def read(*paths, outlet=None) -> list[Article | IngestError]:
    return list(read_articles([Path(p) for p in paths], outlet=outlet))


def articles(items) -> list[Article]:
    return [a for a in items if isinstance(a, Article)]


def errors(items) -> list[IngestError]:
    return [e for e in items if isinstance(e, IngestError)]


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


# -- text files ---------------------------------------------------------------------------------

TEXT_FILES = [
    # (file name, content, expected title)
    ("story.txt", "\n\nTalks end early\n\nNegotiators left Istanbul.\n", "Talks end early"),
    ("story.txt", "  Talks end early  \r\n\r\nNegotiators left Istanbul.\r\n", "Talks end early"),
    ("story.md", "# Talks end early\n\nNegotiators left *Istanbul*.\n", "Talks end early"),
    ("story.md", "---\ntitle: \"Talks end early\"\ndate: 2025-05-14\n---\n# Other heading\n\nBody.\n", "Talks end early"),
]


def test_markdown_front_matter_gives_date_outlet_and_metadata(tmp_path):
    text = "---\ntitle: Talks end early\ndate: 14 May 2025\npublisher: Example News\nauthor: Jane Doe\n---\n# Talks\n\nBody.\n"
    [article] = read(write(tmp_path / "story.md", text))
    assert (article.title, article.date, article.outlet, article.metadata) == ("Talks end early", "2025-05-14", "Example News", {"author": "Jane Doe"})
    assert article.text == text


@pytest.mark.parametrize("name, content, title", TEXT_FILES)
def test_text_file_keeps_the_whole_text_and_takes_the_first_line_as_headline(tmp_path, name, content, title):
    [article] = read(write(tmp_path / name, content))
    assert article.text == content  # nothing stripped or normalised, CRLF kept: offsets index the file
    assert article.title == title
    assert article.id == "story"
    assert article.source_path == str(tmp_path / name)
    assert article.warnings == []


def test_seeds_with_their_manifest():
    items = read(SEEDS)
    assert errors(items) == []
    by_id = {a.id: a for a in articles(items)}
    assert sorted(by_id) == ["independent-putin-no-show", "ogmnews-putin-skips-talks"]  # the manifest is no article
    independent = by_id["independent-putin-no-show"]
    assert (independent.outlet, independent.date) == ("The Independent", "2025-05-14")
    assert independent.title == "Why Putin's no-show at peace talks in Turkey is all part of his brutal pantomime"
    assert independent.metadata["author"] == "Bel Trew"
    assert independent.text.startswith("Get all your news in one place.\n")
    assert by_id["ogmnews-putin-skips-talks"].outlet == "OGM News"


# -- HTML ---------------------------------------------------------------------------------------

NEWS_PAGE_TEXT = (
    "Putin Skips Ukraine Talks in Turkey\n\n"
    "By Jane Doe\n\n"
    "Tensions flared on Thursday as Russia and Ukraine exchanged heated insults ahead of peace talks in Turkey"
    " — the first attempt at direct dialogue in years.\n\n"
    "Foreign Minister Sergey Lavrov dismissed Zelenskyy as “pathetic,” while Maria Zakharova called him a “clown”.\n\n"
    "Trump’s Influence Fails to Sway Kremlin Strategy\n\n"
    "Despite Donald Trump’s claims,\nMoscow made clear it is not altering its strategy."
)


def test_html_main_text_without_scripts_navigation_and_furniture():
    [article] = read(FIXTURES / "news-page.html")
    assert article.text == NEWS_PAGE_TEXT
    for dropped in ("SCRIPT TEXT", "STYLE TEXT", "trackRead", "Politics", "Menu", "We use cookies", "Share on",
                    "(AFP/Getty)", "Earlier talks collapsed", "Hidden paragraph", "First!", "All rights reserved"):
        assert dropped not in article.text
    assert article.title == "Putin Skips Ukraine Talks in Turkey"  # <h1> before <title>
    assert article.date == "2025-05-15"
    assert article.outlet == "Example News"
    assert article.url == "https://news.example.org/world/putin-skips-talks"
    assert article.metadata == {"author": "Jane Doe"}


def test_html_without_article_element_uses_the_title_tag_as_headline():
    [article] = read(FIXTURES / "plain-page.html")
    assert article.title == "Ceasefire talks stall"
    assert article.text == (
        "Ceasefire talks stall\n\nNegotiators left Istanbul on Friday without an agreement.\n\n"
        "Both sides said they would meet again & keep talking."
    )


HTML_CASES = [
    # (what, page, expected text, expected title)
    ("the longest <article> wins over teaser cards",
     "<main><article><h2>Teaser</h2><p>Short.</p></article><article><h1>Main story</h1><p>The long main story, in full.</p></article></main>",
     "Main story\n\nThe long main story, in full.", "Main story"),
    ("<title> without its site name, put before the text",
     '<head><title>Talks stall | Example News</title><meta property="og:site_name" content="Example News"></head><body><p>Body.</p></body>',
     "Talks stall\n\nBody.", "Talks stall"),
    ("<main> when there is no <article>",
     "<body><div role='navigation'>Home</div><main><p>Inside main.</p></main><p>Outside main.</p></body>",
     "Inside main.", None),
    ("hidden, aria-hidden and furniture classes dropped; <br> a line break; entities decoded",
     "<p>One<br>two &amp; three&nbsp;four</p><div aria-hidden='true'>x</div><div class='newsletter-signup'>Sign up</div><p>Last.</p>",
     "One\ntwo & three four\n\nLast.", None),  # a no-break space is white space too
    ("the headline in the article's own <header> (dropped with its byline) is still the headline, put before the text",
     "<title>Flynn treatment 'unfair' | Fox News</title><body><article><header><h1>Trump calls Flynn treatment 'unfair,' claims "
     "Clinton 'lied many times'</h1><div class='byline'>By John Roberts</div></header><p>Body.</p></article></body>",
     "Trump calls Flynn treatment 'unfair,' claims Clinton 'lied many times'\n\nBody.",
     "Trump calls Flynn treatment 'unfair,' claims Clinton 'lied many times'"),
    ("an <h1> logo in the site's header outside the article is no headline",
     "<title>Talks stall</title><body><header><h1>Example News</h1></header><article><p>Body.</p></article></body>",
     "Talks stall\n\nBody.", "Talks stall"),
    ("<pre> keeps its spacing",
     "<p>Code:</p><pre>a  =  1\n  b</pre>",
     "Code:\n\na  =  1\n  b", None),
]


@pytest.mark.parametrize("what, page, text, title", HTML_CASES, ids=[c[0] for c in HTML_CASES])
def test_html_extraction(tmp_path, what, page, text, title):
    [article] = read(write(tmp_path / "page.html", f"<!doctype html><html>{page}</html>"))
    assert (article.text, article.title) == (text, title)


@pytest.mark.parametrize("name", ["page.txt", "page.md"])
def test_an_html_page_saved_as_text_is_read_as_html_with_a_warning(tmp_path, name):
    page = ("\n<!DOCTYPE html><html><head><title>Talks stall</title><script>var farce = 1;</script></head>"
            "<body><nav>Home Politics</nav><article><h1>Talks stall</h1><p>Negotiators left, officials said.</p></article></body></html>")
    [article] = read(write(tmp_path / name, page))
    assert (article.title, article.text) == ("Talks stall", "Talks stall\n\nNegotiators left, officials said.")
    assert article.warnings == ["an HTML page saved as a text file: read as HTML (its main text only)"]


def test_a_text_with_no_headline_line_says_so(tmp_path):
    body = "President Trump on Monday called the criminal case against his former adviser unfair, " * 4
    [article] = read(write(tmp_path / "a.txt", body + "\n\nMore.\n"))
    assert article.warnings == [f"the first line, taken as the headline, is {len(body.strip()):,} characters long: put the "
                                "headline on a line of its own at the top (or give it in the manifest's headline column)"]
    write(tmp_path / "manifest.csv", "path,headline\na.txt,Trump calls Flynn case unfair\n")
    [article] = [x for x in read(tmp_path) if isinstance(x, Article)]
    assert article.title == "Trump calls Flynn case unfair" and article.warnings == []  # the manifest gave it


def test_a_text_that_only_mentions_html_is_text(tmp_path):
    [article] = read(write(tmp_path / "a.txt", "Why <html> tags matter\n\nA story about web pages.\n"))
    assert article.text.startswith("Why <html> tags matter") and article.warnings == []


def test_html_in_a_declared_legacy_encoding(tmp_path):
    page = '<html><head><meta charset="koi8-r"><title>Новости</title></head><body><p>Путин не приехал.</p></body></html>'
    [article] = read(write(tmp_path / "ru.htm", page.encode("koi8-r")))
    assert article.text == "Новости\n\nПутин не приехал."
    assert article.warnings == ["decoded as koi8-r, as the file declares: not valid UTF-8"]


# -- CSV and JSONL ------------------------------------------------------------------------------

CSV = (
    "id,outlet,title,date,url,text,event,language\n"
    "101,OGM News,Putin skips talks,2025-05-15,https://ogm.example/1,\"Putin skipped the talks.\",istanbul-2025,en\n"
    "102,The Independent,No-show,14 May 2025,,\"First paragraph.\n\nSecond paragraph, with a comma.\",istanbul-2025,en\n"
    "103,OGM News,Empty,2025-05-16,,,istanbul-2025,en\n"
    "104,OGM News,Too many,2025-05-16,,text,istanbul-2025,en,extra\n"
    "105,OGM News,,someday,,Last row.,istanbul-2025,en\n"
)


def test_csv_rows_become_articles_with_extra_columns_as_metadata(tmp_path):
    items = read(write(tmp_path / "corpus.csv", CSV))
    a101, a102, a105 = articles(items)
    assert (a101.id, a101.outlet, a101.title, a101.date, a101.url) == ("corpus:101", "OGM News", "Putin skips talks", "2025-05-15", "https://ogm.example/1")
    assert a101.metadata == {"event": "istanbul-2025", "language": "en"}
    assert a101.text == "Putin skipped the talks."
    assert a102.text == "First paragraph.\n\nSecond paragraph, with a comma."
    assert a102.date == "2025-05-14"
    assert (a105.id, a105.title, a105.date) == ("corpus:105", None, "someday")
    assert a105.warnings == ["date 'someday' not understood: kept as given (write dates as YYYY-MM-DD)"]
    # bad rows are errors for their line (the quoted text of row 102 spans lines 3-5), and reading went on
    assert [(e.line, e.message) for e in errors(items)] == [
        (6, 'empty "text": nothing to analyse; fill in the article body or remove the row'),
        (7, "row has 9 fields but the header has 8; quote fields that contain commas"),
    ]
    assert str(errors(items)[0]) == f"{tmp_path / 'corpus.csv'}:6: empty \"text\": nothing to analyse; fill in the article body or remove the row"


JSONL = "\n".join([
    json.dumps({"id": "a1", "outlet": "OGM News", "headline": "Talks", "date": "2025-05-15", "text": "Putin skipped the talks.", "event": "istanbul"}),
    "",
    '{"id": "a2", "text": "Broken line',
    json.dumps(["not", "an", "object"]),
    json.dumps({"id": 7, "text": "Numeric id, nested metadata.", "tags": ["war", "talks"]}),
    json.dumps({"text": "No id: the line number is the id."}),
    json.dumps({"id": "a3", "text": 42}),
    json.dumps({"id": "a1", "text": "A repeated id is made unique."}),
]) + "\n"


def test_jsonl_lines_become_articles_and_bad_lines_errors(tmp_path):
    items = read(write(tmp_path / "feed.jsonl", JSONL))
    got = articles(items)
    assert [a.id for a in got] == ["feed:a1", "feed:7", "feed:6", "feed:a1~2"]
    assert (got[0].outlet, got[0].title, got[0].date, got[0].metadata) == ("OGM News", "Talks", "2025-05-15", {"event": "istanbul"})
    assert got[1].metadata == {"tags": ["war", "talks"]}
    assert [(e.line, e.message.split(";")[0]) for e in errors(items)] == [
        (3, "invalid JSON: the string opened at column 22 is never closed"),
        (4, "a JSON list, not an object"),
        (7, '"text" is a number, not a string'),
    ]


def test_outlet_option_overrides_every_source(tmp_path):
    write(tmp_path / "corpus.csv", CSV)
    write(tmp_path / "feed.jsonl", JSONL)
    items = read(tmp_path, SEEDS, FIXTURES / "news-page.html", outlet="Override")
    assert {a.outlet for a in articles(items)} == {"Override"}
    assert len(articles(items)) == 3 + 4 + 2 + 1


# -- manifests ----------------------------------------------------------------------------------

def test_manifest_supplies_metadata_per_file_and_reports_rows_naming_no_file(tmp_path):
    write(tmp_path / "manifest.csv", (
        "path,outlet,author,date,headline,event\n"
        "a.txt,Outlet A,Ann,14/05/2025,Headline from manifest,istanbul\n"
        "sub/b.md,Outlet B,,2025-05-15,,istanbul\n"
        "missing.txt,Outlet C,,,,\n"
    ))
    write(tmp_path / "a.txt", "First line\n\nBody.\n")
    write(tmp_path / "sub" / "b.md", "# B headline\n\nBody.\n")
    write(tmp_path / "c.txt", "Unlisted\n\nBody.\n")
    write(tmp_path / "notes.docx", b"PK\x03\x04 a Word document inside a folder: reported, not read")
    items = read(tmp_path)
    a, c, b = articles(items)  # sorted by path: a.txt, c.txt, sub/b.md
    assert (a.id, a.outlet, a.date, a.title, a.metadata) == ("a", "Outlet A", "2025-05-14", "Headline from manifest", {"author": "Ann", "event": "istanbul"})
    assert (b.id, b.outlet, b.date, b.title) == ("b", "Outlet B", "2025-05-15", "B headline")
    assert (c.id, c.outlet, c.title, c.metadata) == ("c", None, "Unlisted", {})
    docx, missing = errors(items)
    assert docx.path.endswith("notes.docx") and docx.message.startswith("not a Word document (such a file is a ZIP archive")
    assert (missing.path, missing.line) == (str(tmp_path / "manifest.csv"), 4)
    assert missing.message == "lists 'missing.txt', but there is no such file beside the manifest; fix the path or remove the row"


def test_manifest_without_path_column_is_reported_and_files_still_read(tmp_path):
    write(tmp_path / "manifest.csv", "name,outlet\na.txt,X\n")
    write(tmp_path / "a.txt", "Headline\n\nBody.\n")
    items = read(tmp_path)
    assert [a.id for a in articles(items)] == ["a"]
    [error] = errors(items)
    assert error.message.startswith("manifest has no 'path' column (columns found: name, outlet)")


def test_a_manifest_quote_never_closed_is_an_error_not_a_headline_swallowing_the_rows_after_it(tmp_path):
    for name in "abc":
        write(tmp_path / f"{name}.txt", f"Head {name}\n\nOfficials said so.\n")
    write(tmp_path / "manifest.csv", 'path,outlet,headline\na.txt,A,"Unclosed headline\nb.txt,B,Fine\nc.txt,C,Fine\n')
    result = runner.invoke(app, ["score", str(tmp_path), "--no-model"])
    assert [(r["id"], r["outlet"], r["title"]) for r in map(json.loads, result.stdout.splitlines())] == [
        ("a", None, "Head a"), ("b", None, "Head b"), ("c", None, "Head c")]  # was a's headline "Unclosed headline\nb.txt,B,Fine\n..."
    assert (f'error {tmp_path / "manifest.csv"}:2: a quotation mark (") opens a field on this line and is never closed, so lines 2 to 4 '
            "were read as one row; close the quote (their files are read without the manifest's metadata until then)") in result.stderr



def test_a_manifest_quote_closed_only_by_a_later_row_is_an_error_and_the_rows_after_keep_their_metadata(tmp_path):
    for name in "abcd":
        write(tmp_path / f"{name}.txt", f"Head {name}\n\nOfficials said so.\n")
    write(tmp_path / "manifest.csv", 'path,outlet,headline\na.txt,A,"Unclosed headline\nb.txt,B,Fine\nc.txt,C,"Quoted"\nd.txt,D,Fine\n')
    result = runner.invoke(app, ["score", str(tmp_path), "--no-model"])
    assert [(r["id"], r["outlet"], r["title"]) for r in map(json.loads, result.stdout.splitlines())] == [
        ("a", None, "Head a"), ("b", None, "Head b"), ("c", None, "Head c"), ("d", "D", "Fine")]  # a's headline held b's and c's rows
    assert (f'error {tmp_path / "manifest.csv"}:2: a quotation mark (") opens a field on this line and only a later line\'s quotation mark '
            "ends it, so lines 2 to 4 were read as one row; close the quote (their files are read without the manifest's metadata until then)") in result.stderr

@pytest.mark.parametrize(
    "manifest",
    ["path;outlet;date;headline\nfox.txt;Fox News;2017-12-04;Trump calls, claims\n",  # a European spreadsheet's "CSV"
     "path\toutlet\tdate\theadline\nfox.txt\tFox News\t2017-12-04\tTrump calls, claims\n"],
)
def test_a_manifest_saved_with_semicolons_or_tabs_is_read(tmp_path, manifest):
    write(tmp_path / "manifest.csv", manifest)
    write(tmp_path / "fox.txt", "Headline\n\nBody.\n")
    items = read(tmp_path)
    assert [(a.id, a.outlet, a.date, a.title) for a in articles(items)] == [("fox", "Fox News", "2017-12-04", "Trump calls, claims")]
    assert errors(items) == []


@pytest.mark.parametrize("column", ["file", "Filename", "File name"])
def test_a_manifest_made_in_a_spreadsheet_may_call_its_path_column_file(tmp_path, column):
    write(tmp_path / "manifest.csv", f"{column},Outlet,Date\nfox.txt,Fox News,2017-12-04\n")
    write(tmp_path / "fox.txt", "Headline\n\nBody.\n")
    items = read(tmp_path)
    assert [(a.id, a.outlet, a.date) for a in articles(items)] == [("fox", "Fox News", "2017-12-04")]
    assert errors(items) == []


def test_manifest_named_explicitly_is_not_an_article():
    [error] = read(SEEDS / "manifest.csv")
    assert error.message == "this is a manifest (metadata for the files beside it), not articles; pass its folder instead"


# -- encodings ----------------------------------------------------------------------------------

TEXT = "Café’s “news” — naïve\n\nZelenskyy said: “Ready.”\n"
ENCODINGS = [
    # (what, bytes, expected text, expected warnings)
    ("utf-8", TEXT.encode("utf-8"), TEXT, []),
    ("utf-8 with BOM", b"\xef\xbb\xbf" + TEXT.encode("utf-8"), TEXT, []),
    ("utf-16 LE with BOM", b"\xff\xfe" + TEXT.encode("utf-16-le"), TEXT, []),
    ("utf-16 BE with BOM", b"\xfe\xff" + TEXT.encode("utf-16-be"), TEXT, []),
    ("utf-32 with BOM", TEXT.encode("utf-32"), TEXT, []),
    ("cp1252", TEXT.encode("cp1252"), TEXT, [CP1252]),
    ("latin-1 letters only", "Café naïve\n".encode("latin-1"), "Café naïve\n", [CP1252]),
]


@pytest.mark.parametrize("what, data, text, warnings", ENCODINGS, ids=[e[0] for e in ENCODINGS])
def test_text_file_encodings(tmp_path, what, data, text, warnings):
    [article] = read(write(tmp_path / "article.txt", data))
    assert article.text == text
    assert article.title == "Café’s “news” — naïve" if "news" in text else article.title == "Café naïve"
    assert article.warnings == warnings


@pytest.mark.parametrize("what, encode", [
    ("utf-16", lambda s: s.encode("utf-16")),
    ("utf-8 with BOM", lambda s: s.encode("utf-8-sig")),
])
def test_csv_encodings(tmp_path, what, encode):
    [article] = read(write(tmp_path / "t.csv", encode("id,text\n1,“Café” said Zelenskyy\n")))
    assert (article.id, article.text, article.warnings) == ("t:1", "“Café” said Zelenskyy", [])


def test_cp1252_rows_are_warned_on_one_by_one(tmp_path):
    data = "id,text\n1,plain ascii\n".encode() + "2,“Café”\n".encode("cp1252") + "3,“Café”\n".encode("utf-8")
    items = read(write(tmp_path / "t.csv", data))
    assert [(a.id, a.text, a.warnings) for a in items] == [
        ("t:1", "plain ascii", []),
        ("t:2", "“Café”", [CP1252]),
        ("t:3", "“Café”", []),
    ]


# -- bad inputs ---------------------------------------------------------------------------------

BAD_FILES = [
    # (file name, bytes, expected message)
    ("empty.txt", b"", "empty file (0 bytes): nothing to analyse; fill it in or leave it out"),
    ("blank.md", b"  \n\n\t\n", "empty file (only white space): nothing to analyse; fill it in or leave it out"),
    ("binary.txt", b"\x00\x01\x02\x03ELF\x00\x00", "binary file (contains NUL bytes): not a text article; save it as UTF-8 text (UTF-16 needs a byte-order mark) or leave it out"),
    ("report.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "binary file: a PDF document: give it the extension .pdf, which framing reads"),
    ("undecodable.txt", b"Headline\n\nBad bytes \x81\x8d here\n", "undecodable: neither UTF-8 nor cp1252 (byte 0x81 at offset 20), nor cp1251, Shift JIS, GB18030, Big5 or EUC-KR; find the file's encoding and re-save it as UTF-8"),
    ("empty.csv", b"", "empty CSV file: no header row; the first line must name the columns (id, outlet, title, date, url, text)"),
    ("no-text.csv", b"id,title,maintext\n1,T,Some body\n", "no 'text' column (columns found: id, title, maintext); if `maintext` holds the article body, rename that column to `text`"),
    ("no-body.csv", b"id,title,words\n1,T,Some body\n", "no 'text' column (columns found: id, title, words); name the column holding the article body `text`"),
    ("semicolons.csv", b"id;title;Full_Text\n1;T;Body\n", "no 'text' column (columns found: id, title, Full_Text); if `Full_Text` holds the article body, rename that column to `text`"),
    ("pipes.csv", b"id|title|text\n1|T|Body\n", "no 'text' column (columns found: id|title|text); separate columns with commas, semicolons or tabs (this header has one column, split by |)"),
    ("binary.jsonl", b"\x00\x00\x00\x01", "binary file (contains NUL bytes): not a text article; save it as UTF-8 text (UTF-16 needs a byte-order mark) or leave it out"),
    ("empty.html", b"<html><head><script>x()</script></head><body><nav>Home</nav></body></html>", "no article text found in this HTML page (only markup, scripts or navigation); save the article's own page"),
]


@pytest.mark.parametrize("name, data, message", BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_bad_file_is_one_clear_error_and_the_others_are_still_read(tmp_path, name, data, message):
    write(tmp_path / "good.txt", "Talks end early\n\nNegotiators left Istanbul.\n")
    write(tmp_path / name, data)
    items = read(tmp_path)
    assert [a.id for a in articles(items)] == ["good"]
    [error] = errors(items)
    assert (error.path, error.message) == (str(tmp_path / name), message)


@pytest.mark.parametrize("separator", [";", "\t"])
def test_a_spreadsheet_csv_with_bom_and_semicolons_or_tabs_is_scored(tmp_path, separator):
    """What Excel in a European locale saves as "CSV UTF-8": a BOM, semicolons, CRLF line ends, and a
    separator inside a quoted text."""
    rows = [["id", "outlet", "title", "date", "text", "event"],
            ["a1", "Daily", '"Talks; day one"', "14.05.2025", '"Officials said the plan was a shameful farce; critics agreed."', "summit"],
            ["a2", "Weekly", "Talks end", "2025-05-15", "Negotiators left Istanbul.", "summit"]]
    data = "\r\n".join(separator.join(r) for r in rows) + "\r\n"
    (tmp_path / "excel.csv").write_bytes(b"\xef\xbb\xbf" + data.encode("utf-8"))
    result = runner.invoke(app, ["score", str(tmp_path / "excel.csv"), "--no-model"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["id"], r["outlet"], r["title"], r["date"], r["metadata"], r["words"]) for r in records] == [
        ("excel:a1", "Daily", "Talks; day one", "2025-05-14", {"event": "summit"}, 10),
        ("excel:a2", "Weekly", "Talks end", "2025-05-15", {"event": "summit"}, 3),
    ]
    assert records[0]["scores"]["attributions"] == 1 and "scored 2 articles, 0 errors" in result.stderr


def test_jsonl_lines_without_text_are_one_error_naming_the_fields_and_a_count(tmp_path):
    """A JSONL file of another shape (BASIL's articles hold a list of sentences, no "text") gave one
    identical error per line; now the first line's error names the fields found, one more counts
    the rest, and a line with text among them is still read."""
    lines = [{"article_key": f"k{i}", "title": "T", "sentences": ["One.", "Two."]} for i in range(5)]
    lines.insert(3, {"id": "ok", "text": "Officials said the plan was a shameful farce."})
    lines.append({"id": "null", "text": None})
    write(tmp_path / "basil.jsonl", "".join(json.dumps(x) + "\n" for x in lines))
    result = runner.invoke(app, ["score", str(tmp_path / "basil.jsonl"), "--no-model"])
    assert result.exit_code == 0, result.output
    assert [json.loads(x)["id"] for x in result.stdout.splitlines()] == ["basil:ok"]
    errors = [line for line in result.stderr.splitlines() if line.startswith("error")]
    assert errors == [
        f'error {tmp_path / "basil.jsonl"}:1: no "text" field (fields: article_key, title, sentences); every line needs the article body in "text"',
        f'error {tmp_path / "basil.jsonl"}:7: "text" is null; every row needs the article body in "text"',
        f'error {tmp_path / "basil.jsonl"}: 4 more lines have no "text" field either (lines 2, 3, 5, 6); none of them was read',
    ]


@pytest.mark.parametrize(("data", "scored", "error"), [
    # a quote never closed swallowed every later row into one article's text, without a word
    ('id,outlet,text\n1,A,Fine text here.\n2,B,"Unclosed quote starts here\n3,C,Third article.\n4,D,Fourth.\n', ["unclosed:1"],
     'unclosed.csv:3: a quotation mark (") opens a field on this line and is never closed, so lines 3 to 5 were read as one row '
     'and none of them was scored; close the quote, or double a quotation mark inside a quoted field ("")'),
    # ... or until a later row's quoted field: the rows between vanished into its text
    ('id,outlet,title,text\n1,A,T1,Fine.\n2,B,T2,"Unclosed quote\n3,C,T3,"Third article."\n4,D,T4,Fourth.\n', ["unclosed:1", "unclosed:4"],
     'unclosed.csv:3: a quotation mark (") opens a field on this line and only a later line\'s quotation mark ends it, so lines 3 to 4 '
     'were read as one row and none of them was scored; close the quote, or double a quotation mark inside a quoted field ("")'),
    # a quoted text over several lines, and a quote inside an unquoted field, are fine
    ('id,outlet,text\n1,A,"Two\nlines."\n2,B,He said "hi there.\n3,C,"Three\n""quoted""\nlines."\n', ["unclosed:1", "unclosed:2", "unclosed:3"], None),
])
def test_a_csv_quote_never_closed_is_an_error_naming_the_lines_it_swallowed(tmp_path, data, scored, error):
    write(tmp_path / "unclosed.csv", data)
    result = runner.invoke(app, ["score", str(tmp_path / "unclosed.csv"), "--no-model"])
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == scored
    errors = [line.removeprefix("error ").removeprefix(str(tmp_path) + "/") for line in result.stderr.splitlines() if line.startswith("error")]
    assert errors == ([error] if error else [])


def test_malformed_jsonl_line_is_reported_with_its_line_and_the_other_lines_read(tmp_path):
    items = read(write(tmp_path / "f.jsonl", '{"text": "one"}\n{"text": "two"\n{"text": "three"}\n'))
    assert [a.text for a in articles(items)] == ["one", "three"]
    [error] = errors(items)
    assert (error.line, error.message) == (2, "invalid JSON at column 15 (Expecting ',' delimiter); each line must be one JSON object")


def test_unknown_extension_is_skipped_in_a_folder_but_an_error_when_named(tmp_path):
    write(tmp_path / "a.txt", "A\n\nBody.\n")
    image = write(tmp_path / "photo.png", b"\x89PNG\r\n")
    write(tmp_path / ".hidden.txt", "Hidden\n")
    assert [a.id for a in read(tmp_path)] == ["a"]
    [error] = read(image)
    assert error.message == "unsupported file type '.png': framing reads .txt, .md, .markdown, .html, .htm, .xhtml, .shtml, .mhtml, .mht, .docx, .odt, .docm, .fodt, .pdf, .rtf, .doc, .csv, .tsv, .jsonl, .ndjson, .parquet (a text, HTML, web-archive, CSV or JSONL file also gzipped, as .gz); convert the file or leave it out"
    [missing] = read(tmp_path / "nope.txt")
    assert missing.message == "no such file or folder; check the path"


@pytest.mark.parametrize(
    "name, message",
    [
        ("budget.ods", "not read: a spreadsheet; if it holds articles, save it as CSV (columns id, outlet, title, date, url, text)"),
        ("essay.pages", "not read: a Pages document; if it is an article, export it as Word (File > Export To > Word, .docx) or as plain text (.txt)"),
        ("nyt.webarchive", "not read: a Safari web archive; if it is an article, save the page again as 'Page Source' (.html)"),
        ("corpus.xlsx", "not read: a spreadsheet; if it holds articles, save it as CSV (columns id, outlet, title, date, url, text)"),
    ],
)
def test_a_document_saved_in_a_form_framing_cannot_read_is_reported_with_how_to_save_it(tmp_path, name, message):
    """A teacher's folder with one article saved as Word or PDF by mistake: that article must not
    vanish in silence, in a folder or named on its own; the images and scripts a browser saves
    beside a page (page_files/) stay silent."""
    write(tmp_path / "a.txt", "A\n\nBody.\n")
    write(tmp_path / name, b"PK\x03\x04 binary")
    write(tmp_path / "page_files" / "analytics.js", "var x = 1;")
    write(tmp_path / "page_files" / "logo.png", b"\x89PNG\r\n")
    write(tmp_path / ("~$" + name), b"lock file of an open Word document")
    items = read(tmp_path)
    assert [a.id for a in articles(items)] == ["a"]
    assert [(Path(e.path).name, e.message) for e in errors(items)] == [(name, message)]
    [named] = read(tmp_path / name)
    assert (Path(named.path).name, named.message) == (name, message)


# -- ids and order ------------------------------------------------------------------------------

def test_ids_are_unique_and_the_order_is_stable(tmp_path):
    write(tmp_path / "b.txt", "B\n")
    write(tmp_path / "a.txt", "A\n")
    write(tmp_path / "a.md", "A md\n")
    write(tmp_path / "sub" / "a.txt", "Sub A\n")
    write(tmp_path / "a.csv", "id,text\n1,x\n1,y\n")
    items = read(tmp_path, tmp_path / "b.txt")  # b.txt named twice: read once
    assert [(a.id, a.text) for a in items] == [
        ("a:1", "x"),  # a.csv sorts first and takes the stem "a" for its rows
        ("a:1~2", "y"),
        ("a~2", "A md\n"),
        ("a~3", "A\n"),
        ("b", "B\n"),
        ("a~4", "Sub A\n"),
    ]



def test_a_repeated_row_id_is_renamed_with_a_warning_counted_in_the_summary(tmp_path):
    # two rows under one id (a duplicate, or two articles) became x and x~2 without a word
    write(tmp_path / "feed.csv", "id,outlet,text\nx,A,The plan failed.\nx,B,The plan worked.\ny,C,Talks went on.\n")
    result = runner.invoke(app, ["score", str(tmp_path / "feed.csv"), "--no-model", "--out", str(tmp_path / "s.jsonl")])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in (tmp_path / "s.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(r["id"], r["outlet"], r["warnings"]) for r in rows] == [
        ("feed:x", "A", []),
        ("feed:x~2", "B", ["id 'x' is used by an earlier row of this file too: this one is feed:x~2 (give every row an id of its own)"]),
        ("feed:y", "C", []),
    ]
    assert result.stderr.splitlines()[-1].startswith('1 article with input warnings, in the "warnings" field of its line in ')

# -- streaming ----------------------------------------------------------------------------------

def test_large_jsonl_is_streamed_not_loaded(tmp_path):
    path = tmp_path / "big.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for i in range(20_000):
            f.write(json.dumps({"id": i, "text": f"Article {i}. " + "word " * 40}) + "\n")
    assert path.stat().st_size > 4_000_000
    tracemalloc.start()
    try:
        items = read_articles([path])
        first = [next(items) for _ in range(10)]
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert [a.id for a in first] == [f"big:{i}" for i in range(10)]
    assert peak < 1_000_000  # bytes: a few rows, not the 4 MB file


# -- dates --------------------------------------------------------------------------------------

DATES = [
    ("2025-05-14", "2025-05-14", None),
    ("2025-05-14T08:30:00+00:00", "2025-05-14", None),
    ("2025/5/4", "2025-05-04", None),
    ("20250514", "2025-05-14", None),
    ("14 May 2025", "2025-05-14", None),
    ("Wednesday, 14th May 2025", "2025-05-14", None),
    ("May 14, 2025", "2025-05-14", None),
    ("Sept. 3, 2024", "2024-09-03", None),
    ("Wed, 14 May 2025 10:00:00 GMT", "2025-05-14", None),
    ("14/05/2025", "2025-05-14", None),
    ("05/14/2025", "2025-05-14", None),
    ("03/04/2025", "03/04/2025", "date '03/04/2025' is ambiguous (3 April or March 4 2025?): kept as given (write dates as YYYY-MM-DD)"),
    ("05.03.2016", "05.03.2016", "date '05.03.2016' is ambiguous (5 March or May 3 2016?): kept as given (write dates as YYYY-MM-DD)"),
    ("05/05/2025", "2025-05-05", None),  # read either way, the same day
    ("2025-02-30", "2025-02-30", "date '2025-02-30' not understood: kept as given (write dates as YYYY-MM-DD)"),
    ("last week", "last week", "date 'last week' not understood: kept as given (write dates as YYYY-MM-DD)"),
    ("2025-05", "2025-05", None),  # an archive's month or year: ISO too, kept without a warning ("not understood" was wrong)
    ("2025", "2025", None),
    ("2025-13", "2025-13", "date '2025-13' not understood: kept as given (write dates as YYYY-MM-DD)"),
    ("1747216800", "1747216800", "date '1747216800' not understood: kept as given (write dates as YYYY-MM-DD)"),
    ("  ", None, None),
    (None, None, None),
    # a month and year in words: known to the month, as 2016-11 ("not understood" before)
    ("November 2016", "2016-11", None),
    ("Sept. 2016", "2016-09", None),
    ("Foo 2016", "Foo 2016", "date 'Foo 2016' not understood: kept as given (write dates as YYYY-MM-DD)"),
    # what pandas or a spreadsheet writes for no value: no date, without a warning ("NaN" was kept as a date)
    ("NaN", None, None),
    ("None", None, None),
    ("n/a", None, None),
    ("#N/A", None, None),
]


@pytest.mark.parametrize("raw, date, warning", DATES)
def test_dates_are_normalised_or_kept_with_a_warning(raw, date, warning):
    assert normalise_date(raw) == (date, warning)


# -- the command line ---------------------------------------------------------------------------

def test_cli_reads_a_pandas_export_with_missing_dates_as_undated(tmp_path):
    """A DataFrame with missing dates, saved with `df.astype(str).to_csv()`: "nan" and "None" were
    kept as dates, each with a warning, and `compare --by year` could not tell them from real ones."""
    write(tmp_path / "df.csv", "id,outlet,title,date,text\n1,Daily,nan,nan,Officials said so.\n2,nan,None,None,Aides said so.\n"
                              "3,<NA>,Vote,November 2016,Voters said so.\n")
    result = CliRunner().invoke(app, ["score", str(tmp_path / "df.csv"), "--no-model", "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert [[r["outlet"], r["title"], r["date"], r["warnings"]] for r in csv.DictReader(io.StringIO(result.stdout))] == [
        ["Daily", "", "", ""], ["", "", "", ""], ["", "Vote", "2016-11", ""]]  # no outlet "nan" to compare
    assert "input warnings" not in result.stderr


def test_cli_notes_an_ambiguous_date_in_the_articles_warnings(tmp_path):
    write(tmp_path / "dates.csv", "id,date,text\n1,05/03/2016,Officials said so.\n2,13/03/2016,Aides said so.\n3,03/03/2016,Voters said so.\n")
    result = CliRunner().invoke(app, ["score", str(tmp_path / "dates.csv"), "--no-model", "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = [[r["date"], r["warnings"]] for r in csv.DictReader(io.StringIO(result.stdout))]
    assert rows == [
        ["05/03/2016", "date '05/03/2016' is ambiguous (5 March or May 3 2016?): kept as given (write dates as YYYY-MM-DD)"],
        ["2016-03-13", ""],
        ["2016-03-03", ""],
    ]


def test_cli_scores_the_good_file_and_reports_the_bad_one_on_stderr(tmp_path):
    write(tmp_path / "good.txt", "Talks end early\n\nNegotiators left Istanbul, officials said.\n")
    write(tmp_path / "bad.txt", b"\x00\x01binary")
    result = CliRunner().invoke(app, ["score", str(tmp_path), "--outlet", "Example"])
    assert result.exit_code == 0, result.output
    [line] = result.stdout.splitlines()
    record = json.loads(line)
    assert (record["id"], record["outlet"], record["title"]) == ("good", "Example", "Talks end early")
    error_lines = [l for l in result.stderr.splitlines() if "bad.txt" in l]
    assert error_lines == [f"error {tmp_path / 'bad.txt'}: binary file (contains NUL bytes): not a text article; save it as UTF-8 text (UTF-16 needs a byte-order mark) or leave it out"]
    assert "scored 1 article, 1 error" in result.stderr


def test_a_json_file_is_advice_when_named_but_silent_in_a_folder(tmp_path):
    """A folder's metadata.json (a user lexicon's, say) is settings, not an article saved wrongly."""
    write(tmp_path / "a.txt", "A\n\nBody.\n")
    settings = write(tmp_path / "metadata.json", '{"loaded": {}}')
    assert [(type(x).__name__, getattr(x, "id", None)) for x in read(tmp_path)] == [("Article", "a")]
    [named] = read(settings)
    assert named.message == "not read: a JSON file; if it holds articles, write them as JSON Lines (one article object a line) in a .jsonl file"


def test_a_word_file_the_manifest_lists_is_reported_once(tmp_path):
    write(tmp_path / "manifest.csv", "path,outlet\nfox.txt,Fox News\nhpo.docx,HuffPost\n")
    write(tmp_path / "fox.txt", "Headline\n\nBody.\n")
    write(tmp_path / "hpo.docx", b"PK\x03\x04")
    items = read(tmp_path)
    assert [a.id for a in articles(items)] == ["fox"]
    assert [(Path(e.path).name, e.message.split(";")[0]) for e in errors(items)] == [
        ("hpo.docx", "not a Word document (such a file is a ZIP archive, and this one is not, or is cut short)")]


def test_cli_class_folder_with_a_word_file_and_a_pdf_names_each_and_says_how_to_save_it(tmp_path):
    write(tmp_path / "fox.txt", "Talks end early\n\nNegotiators left Istanbul, officials said.\n")
    write(tmp_path / "huffpost.docx", b"PK\x03\x04")
    write(tmp_path / "nyt.pdf", b"%PDF-1.4\n")
    result = runner.invoke(app, ["report", str(tmp_path), "--no-model", "--out", str(tmp_path / "out" / "r.html")])
    assert result.exit_code == 0, result.output
    errors_shown = [l for l in result.stderr.splitlines() if l.startswith("error")]
    assert errors_shown == [
        # (a broken .docx and a PDF cut short, each when it is read, in the folder's order)
        f"error {tmp_path / 'huffpost.docx'}: not a Word document (such a file is a ZIP archive, and this one is not, or is cut short); if it is an article, open it in Word and save it again as a Word Document (.docx), or save it as plain text (.txt, the headline on the first line)",
        f"error {tmp_path / 'nyt.pdf'}: a damaged PDF, or one cut short, which cannot be read (PdfStreamError: Stream has ended unexpectedly); "
        "download or save it again, or copy the article's text into a .txt file (the headline on the first line)",
    ]


def test_a_folder_that_cannot_be_listed_is_reported(tmp_path, monkeypatch):
    import framing.ingest as ingest

    def walk(root, onerror, followlinks=False):
        onerror(PermissionError(13, "Permission denied", str(tmp_path / "locked")))
        yield str(tmp_path), [], ["a.txt"]

    write(tmp_path / "a.txt", "A\n")
    monkeypatch.setattr(ingest.os, "walk", walk)
    error, article = read(tmp_path)
    assert str(error) == f"{tmp_path / 'locked'}: cannot read this folder (Permission denied); check its permissions"
    assert article.id == "a"


def test_compressed_tables_are_streamed_and_a_broken_archive_reported(tmp_path):
    import gzip

    with gzip.open(tmp_path / "feed.jsonl.gz", "wt", encoding="utf-8") as f:
        f.write('{"id": 1, "text": "One."}\n{"id": 2, "text": "Two."}\n')
    with gzip.open(tmp_path / "table.csv.gz", "wt", encoding="utf-8") as f:
        f.write("id,text\n9,Nine.\n")
    whole = gzip.compress(b'{"id": 3, "text": "Three."}\n' * 50)
    write(tmp_path / "truncated.jsonl.gz", whole[: len(whole) // 2])
    write(tmp_path / "not-gzip.csv.gz", b"id,text\n1,plain\n")
    items = read(tmp_path)
    assert [(a.id, a.text) for a in articles(items)] == [("feed:1", "One."), ("feed:2", "Two."), ("table:9", "Nine.")]
    assert [(Path(e.path).name, e.message.split(" (")[0]) for e in errors(items)] == [
        ("not-gzip.csv.gz", "reading stopped"),
        ("truncated.jsonl.gz", "reading stopped"),
    ]


def test_markdown_tsv_and_gzipped_articles_in_a_folder_are_read_and_a_broken_archive_reported(tmp_path):
    """A folder a researcher downloaded holds `.markdown`, `.tsv` and gzipped `.txt`/`.html` files:
    each was passed over in silence (its articles lost unsaid); each is read as the file inside."""
    import gzip

    write(tmp_path / "notes.markdown", "# Dam holds\n\nEngineers said the dam was safe.\n")
    write(tmp_path / "rows.tsv", "id\toutlet\ttitle\ttext\nx1\tThe Paper\tDam row\tThe minister slammed the plan.\n")
    write(tmp_path / "story.txt.gz", gzip.compress("Dam bursts\n\nA brutal flood hit the town.\n".encode()))
    write(tmp_path / "page.html.gz", gzip.compress(b"<html><head><title>Dam page</title></head><body><article><h1>Dam page</h1>"
                                                    b"<p>Officials admitted the dam failed.</p></article></body></html>"))
    write(tmp_path / "cut.txt.gz", gzip.compress(b"Cut\n\nText.\n" * 40)[:30])
    result = runner.invoke(app, ["score", str(tmp_path), "--no-model", "--out", str(tmp_path / "out" / "s.jsonl")])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in (tmp_path / "out" / "s.jsonl").read_text().splitlines()]
    assert [(r["id"], r["title"], r["outlet"]) for r in rows] == [
        ("notes", "Dam holds", None), ("page", "Dam page", None), ("rows:x1", "Dam row", "The Paper"), ("story", "Dam bursts", None)]
    assert f"error {tmp_path / 'cut.txt.gz'}: not a readable gzip file (broken or cut short); compress it again" in result.output
    assert "scored 4 articles, 1 error" in result.output


# -- framing's own outputs in a folder it reads again -------------------------------------------

STORY = "Talks end early\n\nNegotiators left Istanbul, officials said.\n"


def test_framing_outputs_left_in_a_scored_folder_are_one_clear_error_each(tmp_path):
    """Scores, findings and reports written into the corpus folder are not read as articles
    (a findings CSV has a `text` column, and would otherwise give one bogus article per finding)."""
    write(tmp_path / "story.txt", STORY)
    first = runner.invoke(app, ["score", str(tmp_path / "story.txt"), "--no-model", "--format", "csv",
                                "--out", str(tmp_path / "scores.csv"), "--spans", str(tmp_path / "spans.csv")])
    assert first.exit_code == 0, first.output
    assert runner.invoke(app, ["score", str(tmp_path / "story.txt"), "--no-model", "--out", str(tmp_path / "scores.jsonl")]).exit_code == 0
    assert runner.invoke(app, ["report", str(tmp_path / "story.txt"), "--no-model", "--out", str(tmp_path / "report.html")]).exit_code == 0
    write(tmp_path / "more.txt", STORY)  # compare writes its tests file only with enough articles: the tables are made by hand
    write(tmp_path / "outlets.csv", "score,outlet,n,mean,median,ci_low,ci_high\nquotes,A,1,1,1,,\n")
    write(tmp_path / "outlets.tests.csv", "score,test,outlet_a,outlet_b,statistic,p,p_adjusted,cliffs_delta,magnitude\n")
    items = read(tmp_path)
    assert [a.id for a in articles(items)] == ["more", "story"]
    assert sorted((Path(e.path).name, e.line) for e in errors(items)) == [
        ("outlets.csv", 1), ("outlets.tests.csv", 1), ("report.html", None), ("scores.csv", 1), ("scores.jsonl", 1), ("spans.csv", 1),
    ]
    assert all("not articles; leave it out, and write framing's outputs outside the folders you score" in e.message
               for e in errors(items))


def test_skipped_files_are_never_read(tmp_path):
    story = write(tmp_path / "story.txt", STORY)
    write(tmp_path / "other.txt", STORY)
    assert [a.id for a in read_articles([tmp_path], skip=[tmp_path / "other.txt"])] == ["story"]
    assert list(read_articles([story], skip=[story])) == []


def test_score_never_reads_back_the_files_it_is_writing(tmp_path):
    """`framing score news/ --out news/scores.csv` twice: the second run reads the story, not
    the outputs it is about to replace."""
    write(tmp_path / "story.txt", STORY)
    command = ["score", str(tmp_path), "--no-model", "--format", "csv",
               "--out", str(tmp_path / "scores.csv"), "--spans", str(tmp_path / "spans.csv")]
    for _ in range(2):
        result = runner.invoke(app, command)
        assert result.exit_code == 0, result.output
        assert "scored 1 article, 0 errors" in result.stderr
    rows = (tmp_path / "scores.csv").read_text(encoding="utf-8").splitlines()
    assert len(rows) == 2 and rows[1].startswith("story,")


@pytest.mark.parametrize("command, out, said", [("compare", "outlets.csv", "wrote "), ("report", "report.html", "(1 article, ")])
def test_compare_and_report_never_read_back_the_output_they_replace(tmp_path, command, out, said):
    write(tmp_path / "story.txt", STORY)
    for _ in range(2):
        result = runner.invoke(app, [command, str(tmp_path), "--no-model", "--out", str(tmp_path / out)])
        assert result.exit_code == 0, result.output
        assert "error" not in result.stderr
        assert said in result.stdout + result.stderr


@pytest.mark.parametrize("cell, text, warned", [
    # a scraper's HTML in the text column: tags were words, href="x" a quotation
    ('<p>The minister <b>slammed</b> the plan.</p><p>Officials said it <a href="x">may</a> fail.</p>',
     "The minister slammed the plan.\n\nOfficials said it may fail.", True),
    ("Line one.<br>Line two &amp; more.<br/>End", "Line one.\nLine two & more.\nEnd", True),
    ("Fans <3 the team; 3 < 4 > 2; wrap it in a <p> element.", "Fans <3 the team; 3 < 4 > 2; wrap it in a <p> element.", False),  # one tag: prose
])
def test_a_text_cell_holding_html_is_read_as_html_with_a_warning(tmp_path, cell, text, warned):
    write(tmp_path / "feed.jsonl", json.dumps({"id": "1", "outlet": "A", "text": cell}) + "\n")
    [article] = read(tmp_path / "feed.jsonl")
    assert article.text == text
    assert article.warnings == (['"text" is HTML: read as an .html file is (its text only, without tags)'] if warned else [])


def test_plain_text_with_a_stray_link_keeps_its_paragraphs_from_the_cli(tmp_path):
    """PolNeAR (HuffPost, West Journal): articles of 8-15 paragraphs with one '<a href=...>...</a>'
    left in were read as an HTML page, which ran every paragraph into one; and the link's curly
    attribute quotes had been quotation marks.  Inline tags only: they go, the text stays."""
    text = ("Headline here.\n\nThe senator spoke on Tuesday.\n\n[Read: <a href=”https://x.example/a” target=”_blank”>"
            "the rally</a>.]\n\n\u201cIt was a disgrace,\u201d she said.")
    write(tmp_path / "feed.jsonl", json.dumps({"id": "1", "outlet": "A", "text": text}) + "\n")
    result = runner.invoke(app, ["score", str(tmp_path / "feed.jsonl"), "--no-model"])
    assert result.exit_code == 0, result.output
    [row] = [json.loads(line) for line in result.stdout.splitlines()]
    assert row["warnings"] == ['"text" holds inline HTML tags (<a>, <b>, ...): removed, the rest read as plain text']
    [article] = read(tmp_path / "feed.jsonl")
    assert article.text == ("Headline here.\n\nThe senator spoke on Tuesday.\n\n[Read: the rally.]\n\n"
                            "\u201cIt was a disgrace,\u201d she said.")
    assert [(s["text"], s["category"]) for s in row["spans"] if s["type"] == "quote"] == [("\u201cIt was a disgrace,\u201d", "direct")]


def test_a_csv_text_cell_of_html_is_scored_as_its_text_from_the_cli(tmp_path):
    write(tmp_path / "feed.csv", 'id,outlet,text\n1,A,"<p>The minister <b>slammed</b> the plan.</p><p>Officials said it <a href=""x"">may</a> fail.</p>"\n'
                                 '2,A,"<div><script>var x = 1;</script></div><p></p>"\n')
    result = runner.invoke(app, ["score", str(tmp_path / "feed.csv"), "--no-model"])
    [row] = [json.loads(line) for line in result.stdout.splitlines()]
    assert row["words"] == 10
    assert [(s["text"], s["type"]) for s in row["spans"] if s["type"] != "attribution"] == [
        ("slammed", "loaded"), ("Officials", "anonymous_source"), ("may", "hedge")]  # no quote "x"
    assert f'error {tmp_path / "feed.csv"}:3: "text" is HTML with no article text in it (only markup, scripts or navigation); put the article body in "text"' in result.stderr


@pytest.mark.parametrize("name, data, scored, error", [
    # a row neither UTF-8 nor cp1252 ended the file there: the rows after it were lost without a word
    ("feed.csv", b"id,outlet,text\n1,A,Good one.\n2,B,Bad \x81 byte.\n3,C,Third fine.\n", ["1", "3"], "feed.csv:3: line 3"),
    ("feed.csv", b'id,outlet,text\n2,A,"Two\nlines \x81 here"\n3,C,Third fine.\n', ["3"], "feed.csv:2: line 3"),  # a row over lines 2-3
    ("feed.jsonl", b'{"id": "1", "text": "Good one."}\n{"id": "2", "text": "Bad \x81 byte."}\n{"id": "3", "text": "Third fine."}\n', ["1", "3"],
     "feed.jsonl:2: line 2"),
])
def test_an_undecodable_row_is_an_error_and_the_rows_after_it_are_read(tmp_path, name, data, scored, error):
    (tmp_path / name).write_bytes(data)
    result = runner.invoke(app, ["score", str(tmp_path / name), "--no-model"])
    assert [json.loads(line)["id"].split(":")[1] for line in result.stdout.splitlines()] == scored
    errors = [line.removeprefix(f"error {tmp_path}/") for line in result.stderr.splitlines() if line.startswith("error")]
    assert errors == [f"{error} is neither UTF-8 nor cp1252, so this row was not read; find the file's encoding and re-save it as UTF-8"]


@pytest.mark.parametrize("name, data, error", [
    # was "no articles found in ...: framing reads .txt, ... .csv ...; files of other types are skipped"
    ("header.csv", "id,outlet,text\n", "header.csv: no rows under the header: nothing to analyse; add the articles, one a row, or leave the file out"),
    ("header.csv", "id,outlet,text\n\n,,\n", "header.csv: no rows under the header: nothing to analyse; add the articles, one a row, or leave the file out"),
    ("blank.jsonl", "\n\n", 'blank.jsonl: no articles: the file is empty or holds only blank lines; write one JSON object a line, '
                            'with the article body in "text", or leave the file out'),
    ("empty.jsonl", "", 'empty.jsonl: no articles: the file is empty or holds only blank lines; write one JSON object a line, '
                        'with the article body in "text", or leave the file out'),
])
def test_a_table_with_no_articles_is_an_error_naming_it(tmp_path, name, data, error):
    write(tmp_path / name, data)
    result = runner.invoke(app, ["score", str(tmp_path / name), "--no-model"])
    assert result.exit_code == 1
    assert [line.removeprefix(f"error {tmp_path}/") for line in result.stderr.splitlines()[:-1]] == [error]
    assert result.stderr.splitlines()[-1].startswith("scored 0 articles, 1 error, in ")


def test_a_file_the_manifest_does_not_list_is_warned_of(tmp_path):
    # a manifest that forgot a file gave it no outlet or date without a word
    write(tmp_path / "a.txt", "A\n\nOfficials said so.\n")
    write(tmp_path / "b.txt", "B\n\nOfficials said so.\n")
    write(tmp_path / "sub" / "c.txt", "C\n\nOfficials said so.\n")
    write(tmp_path / "manifest.csv", "path,outlet\na.txt,Herald\nsub/c.txt,Courier\n")
    result = runner.invoke(app, ["score", str(tmp_path), "--no-model"])
    assert result.exit_code == 0, result.output
    assert [(r["id"], r["outlet"], r["warnings"]) for r in map(json.loads, result.stdout.splitlines())] == [
        ("a", "Herald", []),
        ("b", None, [f"not listed in {tmp_path / 'manifest.csv'}, so the manifest gives it no outlet, date or headline; add a row for it"]),
        ("c", "Courier", []),
    ]
    assert result.stderr.splitlines()[-1].startswith('1 article with input warnings, in the "warnings" field of its line; the first: b: not listed')


def test_a_jsonl_body_under_another_name_is_named_in_the_error(tmp_path):
    # news-please writes the body as "maintext"; the CSV error named such a column, the JSONL one did not
    write(tmp_path / "np.jsonl", json.dumps({"title": "T", "maintext": "The plan may fail.", "source_domain": "bbc.co.uk"}) + "\n")
    result = runner.invoke(app, ["score", str(tmp_path / "np.jsonl"), "--no-model"])
    assert result.stderr.splitlines()[0] == (f'error {tmp_path / "np.jsonl"}:1: no "text" field (fields: title, maintext, source_domain); '
                                             'if "maintext" holds the article body, rename it to "text"')


@pytest.mark.parametrize("given", ["str", "path"])
def test_one_path_given_alone_in_a_notebook_is_that_path_not_its_letters(tmp_path, given):
    """`framing.analyze_corpus("news.csv")`: a string is a sequence, and each letter was read as a
    file ("n: no such file or folder", "e: ...", one error per letter, no article)."""
    import framing

    corpus = tmp_path / "news.csv"
    corpus.write_text("id,outlet,text\nd1,Daily,The minister slammed the plan.\nh1,Herald,The mayor said it was fine.\n", encoding="utf-8")
    results = list(framing.analyze_corpus(str(corpus) if given == "str" else corpus))
    assert [(r.article.id, r.article.outlet) for r in results] == [("news:d1", "Daily"), ("news:h1", "Herald")]
    assert [s.text for s in results[0].spans if s.type == "loaded"] == ["slammed"]
    [missing] = list(read_articles(str(tmp_path / "nowhere.csv")))
    assert str(missing) == f"{tmp_path / 'nowhere.csv'}: no such file or folder; check the path"


def test_one_lexicon_file_given_alone_in_a_notebook_is_that_file(tmp_path):
    """`framing.analyze(text, lexicons="my/loaded.tsv")` read each letter as a lexicon path and
    failed with "No such file or directory: '/proc/...'" (the first letter, '/', resolved)."""
    import framing

    (tmp_path / "loaded.tsv").write_text("term\tcategory\tweight\tnote\tsource\nplan\tcontempt\t2\tmine\tme\n", encoding="utf-8")
    for given in (str(tmp_path / "loaded.tsv"), tmp_path / "loaded.tsv"):
        spans = framing.analyze("Officials slammed the plan.", lexicons=given).spans
        assert [(s.text, s.category) for s in spans if s.type == "loaded"] == [("slammed", "loaded_verb"), ("plan", "contempt")]


@pytest.mark.parametrize("value, message", [
    (float("nan"), "framing.analyze: text must be a str, not float (a missing value: leave such rows out first, e.g. df.dropna(subset=['text']))"),
    (None, "framing.analyze: text must be a str, not NoneType (a missing value: leave such rows out first, e.g. df.dropna(subset=['text']))"),
    (b"bytes", "framing.analyze: text must be a str, not bytes"),
])
def test_analyze_names_a_missing_text_in_a_notebook(value, message):
    """`df.text.map(framing.analyze)` over a column with an empty cell (NaN) failed deep in a regex:
    "expected string or bytes-like object, got 'float'"."""
    import framing

    with pytest.raises(TypeError) as e:
        framing.analyze(value)
    assert str(e.value) == message


LINK_LOOP = "a symbolic link that leads back to itself (a link loop), not a file or folder; remove the link, or point it at the articles"


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links here")
@pytest.mark.parametrize("links, given, errors", [
    # (links {name: target}, paths given (None: the folder), [(name, message)]); story.txt is read in every row
    ({"loop.txt": "loop.txt"}, None, [("loop.txt", LINK_LOOP)]),  # Path.resolve raised RuntimeError: a traceback, the run lost
    ({"a.txt": "b.txt", "b.txt": "a.txt"}, None, [("a.txt", LINK_LOOP), ("b.txt", LINK_LOOP)]),
    ({"moved.txt": "archive/moved.txt"}, None,
     [("moved.txt", "a symbolic link to archive/moved.txt, which does not exist; point the link at the articles, or remove it")]),
    ({"loop.txt": "loop.txt"}, ["story.txt", "loop.txt"], [("loop.txt", LINK_LOOP)]),  # named: was "no such file or folder"
    ({"loop": "loop"}, None, []),  # no extension: not an article, passed over as other files are
])
def test_a_link_leading_nowhere_is_an_error_naming_it_and_the_rest_is_read(tmp_path, links, given, errors):
    write(tmp_path / "story.txt", STORY)
    for name, target in links.items():
        os.symlink(target, tmp_path / name)
    items = list(read_articles([tmp_path / p for p in given] if given else [tmp_path]))
    assert [a.id for a in items if isinstance(a, Article)] == ["story"]
    assert [(Path(e.path).name, e.message) for e in items if isinstance(e, IngestError)] == errors


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links here")
def test_a_manifest_row_naming_a_link_loop_is_an_error_not_a_traceback(tmp_path):
    write(tmp_path / "story.txt", STORY)
    os.symlink("loop.txt", tmp_path / "loop.txt")
    write(tmp_path / "manifest.csv", "file,outlet\nstory.txt,Daily\nloop.txt,Daily\n")
    items = list(read_articles([tmp_path]))
    assert [(a.id, a.outlet) for a in items if isinstance(a, Article)] == [("story", "Daily")]
    assert [(Path(e.path).name, e.line, e.message) for e in items if isinstance(e, IngestError)] == [("loop.txt", None, LINK_LOOP)]


@pytest.mark.parametrize("table, expected", [
    ('id,outlet,text\nd7,Daily,\n', ("news:d7", "d7", 2)),  # an empty text cell: the row's own id as given
    ('id,outlet,text\n,Daily,\n', ("news:2", None, 2)),  # no id: the line stands in for it in `id` only
    ('{"id": 17, "text": null}\n', ("news:17", "17", 1)),  # a JSON number, as the scores give it
])
def test_a_table_rows_error_carries_its_own_id_as_scored_rows_do(tmp_path, table, expected):
    path = tmp_path / ("news.csv" if table.startswith("id") else "news.jsonl")
    path.write_text(table, encoding="utf-8")
    [error] = read_articles([path])
    assert isinstance(error, IngestError)
    assert (error.id, error.source_id, error.line) == expected

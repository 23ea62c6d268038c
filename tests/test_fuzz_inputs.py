"""Fuzzed CSV, HTML and Markdown inputs through `framing score`, the way a user runs it.

Each case is a file built from news sentences (with quotations) and then damaged with a fixed seed:
CSV with odd quoting, raw newlines, NUL bytes, missing / extra / duplicate columns, BOMs, UTF-16,
a field over the csv module's size limit, empty text cells and repeated ids; HTML with unclosed
tags, scripts, entities, nested tables, runs of <br>, no <body> and a charset <meta> that lies;
Markdown with front matter, headings, links and code fences.

What every run must keep (DESIGN.md, HELPERS.md "bad input"): no traceback and exit 0; every error a
single line naming the file (and, for a row, its line) and what to do; every article of the input in
the output or in the error report (for CSV: every row's first line is a scored row's line or is named
by an error); `text[start:end] == span.text` against the text framing read.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import random
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from framing import article_tables, html_text, ingest
from framing.cli import app
from framing.models import Article, IngestError

from test_pipeline_invariants import HEADLINES, NEWS_SENTENCES, record_violations

SEED = 20261123
runner = CliRunner()


def _body(rng: random.Random, sentences: int | None = None) -> str:
    picked = [rng.choice(NEWS_SENTENCES) for _ in range(sentences or rng.randint(1, 6))]
    return "\n\n".join(" ".join(picked[i:i + 2]) for i in range(0, len(picked), 2))


# -- running framing score and checking what it wrote --------------------------------------------


def score(tmp_path: Path, *inputs: Path, args: tuple[str, ...] = ()) -> tuple[dict[str, dict], list[dict], str]:
    out, errors = tmp_path / "scores.jsonl", tmp_path / "errors.csv"
    result = runner.invoke(app, ["score", *map(str, inputs), "--out", str(out), "--errors", str(errors),
                                 "--no-model", "--jobs", "1", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        f"{type(result.exception).__name__}: {result.exception}\n{result.output[-2000:]}")
    assert "Traceback" not in result.output, result.output[-2000:]
    assert result.exit_code == 0, result.output[-2000:]
    records = {}
    for line in out.read_text(encoding="utf-8").split("\n")[:-1]:
        record = json.loads(line)
        records[record["id"]] = record
    with errors.open(encoding="utf-8", newline="") as f:
        error_rows = list(csv.DictReader(f))
    for e in error_rows:  # one line each, naming a file we gave, saying what to do
        assert "\n" not in e["error"] and "\r" not in e["error"], e
        assert e["path"] and any(e["path"].startswith(str(p)) for p in inputs), e
        assert re.search(r"; |: ", e["error"]) and len(e["error"]) < 600, e
    for line in result.output.splitlines():
        if line.startswith("error "):
            assert any(line.startswith(f"error {p}") for p in inputs), line
    return records, error_rows, result.output


def read_back(*inputs: Path) -> tuple[dict[str, Article], list[IngestError]]:
    items = list(ingest.read_articles(list(inputs)))
    return ({a.id: a for a in items if isinstance(a, Article)}, [e for e in items if isinstance(e, IngestError)])


def check_records(records: dict[str, dict], read: dict[str, Article]) -> None:
    assert set(records) <= set(read), sorted(set(records) - set(read))[:5]
    problems = [p for id_, r in records.items() for p in record_violations(r, read[id_].text)]
    assert not problems, f"{len(problems)} problems; first: {problems[:3]}"


# -- CSV -------------------------------------------------------------------------------------------

HEADER = ["id", "outlet", "title", "date", "text"]


def csv_rows(rng: random.Random, n: int) -> list[list[str]]:
    rows = []
    for k in range(n):
        text = _body(rng)
        if rng.random() < 0.1:
            text = rng.choice(["", "   ", "\n"])  # an empty text cell
        row_id = str(rng.randrange(n)) if rng.random() < 0.2 else f"r{k}"  # repeated ids now and then
        rows.append([row_id, rng.choice(["Daily", "Post", "", "nan"]), rng.choice(HEADLINES), rng.choice(["2025-05-14", "14 May 2025", "soon", ""]), text])
    return rows


def write_csv(rows: list[list[str]], header: list[str], delimiter: str = ",", line_end: str = "\r\n") -> tuple[str, list[int]]:
    """The CSV text and the line each row starts on."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator=line_end)
    writer.writerow(header)
    starts, line = [], 1 + 1
    for row in rows:
        before = buffer.tell()
        writer.writerow(row)
        starts.append(line)
        line += buffer.getvalue()[before:].count(line_end[-1])  # (a file of lone CR line ends is read line by CR)
    return buffer.getvalue(), starts


def _row_lines(text: str) -> list[tuple[int, int]]:
    """(offset, line) of each line start."""
    out, line = [(0, 1)], 1
    for m in re.finditer("\n", text):
        line += 1
        out.append((m.end(), line))
    return out


# Each damages a CSV text (rows already written) and returns it; all keep the row start lines of
# the rows they do not touch (no damage removes a line).
def odd_quote(rng, text):  # a stray quotation mark somewhere: opens or closes a field where none was
    i = rng.randrange(len(text))
    return text[:i] + '"' + text[i:]


def undouble_quote(rng, text):  # a "" inside a quoted field written as one "
    spots = [m.start() for m in re.finditer('""', text)]
    if not spots:
        return odd_quote(rng, text)
    i = rng.choice(spots)
    return text[:i] + text[i + 1:]


def raw_newline(rng, text):  # a line break inside an unquoted field
    spots = [m.start() for m in re.finditer(r"[A-Za-z] [a-z]", text)]
    i = rng.choice(spots) + 1 if spots else 0
    return text[:i] + "\n" + text[i + 1:]


def nul(rng, text):
    for _ in range(rng.randint(1, 3)):
        i = rng.randrange(len(text))
        text = text[:i] + "\x00" + text[i:]
    return text


def extra_field(rng, text):
    lines = text.split("\n")
    if len(lines) < 2:
        return text
    i = rng.randrange(1, len(lines))
    lines[i] = lines[i].replace("\r", "") + ",extra,fields" + ("\r" if lines[i].endswith("\r") else "")
    return "\n".join(lines)


def missing_field(rng, text):
    lines = text.split("\n")
    if len(lines) < 2:
        return text
    i = rng.randrange(1, len(lines))
    lines[i] = lines[i].split(",", 1)[-1] if "," in lines[i] else lines[i]
    return "\n".join(lines)


def control_chars(rng, text):
    for _ in range(rng.randint(1, 4)):
        i = rng.randrange(len(text))
        text = text[:i] + rng.choice(["\x0b", "\x0c", "\x1b", "\u2028", "\x85", "\ufeff", "\r"]) + text[i:]
    return text


def unicode_bits(rng, text):
    for _ in range(rng.randint(1, 4)):
        i = rng.randrange(len(text))
        text = text[:i] + rng.choice(["é", "😀", "İ", "ß", "\u200b", "שלום", "“", "„"]) + text[i:]
    return text


CSV_DAMAGE = [odd_quote, undouble_quote, raw_newline, nul, extra_field, missing_field, control_chars, unicode_bits]

HEADERS = [
    HEADER,
    ["ID", " Outlet ", "headline", "date", "Text"],  # case, spaces, a headline column
    ["id", "outlet", "title", "date", "text", "event"],  # an extra column (rows padded)
    ["text", "id", "text", "outlet", "date"],  # a duplicate column
    ["id", "id", "outlet", "title", "text"],
    ["", "outlet", "title", "date", "text"],  # an unnamed column
]
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252", "utf-32"]  # utf-16-le: no BOM


def csv_case(rng: random.Random, k: int) -> tuple[str, bytes, list[int]]:
    """(file name, bytes, row start lines) of one fuzzed CSV."""
    header = rng.choice(HEADERS)
    rows = csv_rows(rng, rng.randint(1, 8))
    rows = [(row + [f"e{k}"] * (len(header) - len(row)))[: len(header)] if len(header) != 5 else row for row in rows]
    if header[0] == "text":  # text column first: move the body there
        rows = [[r[4], r[0], r[4], r[1], r[3]] for r in rows]
    delimiter = rng.choice([",", ",", ",", ";", "\t"])
    line_end = rng.choice(["\r\n", "\n", "\n", "\r"])
    text, starts = write_csv(rows, header, delimiter, line_end)
    damage = rng.sample(CSV_DAMAGE, rng.randint(0, 3))
    for d in damage:
        text = d(rng, text)
    encoding = rng.choice(ENCODINGS) if rng.random() < 0.3 else "utf-8"
    data = text.encode(encoding, errors="replace")
    if encoding == "utf-16":  # Python writes a BOM for "utf-16"; sometimes the BOM is doubled
        data = data if rng.random() < 0.8 else codecs.BOM_UTF16_LE + data
    return f"c{k:03d}-{encoding}-{'+'.join(d.__name__ for d in damage) or 'clean'}.csv", data, starts


CSV_CASES = 160


def test_fuzzed_csv_files_keep_the_invariants(tmp_path):
    rng = random.Random(SEED)
    corpus = tmp_path / "csv"
    corpus.mkdir()
    starts_of = {}
    for k in range(CSV_CASES):
        name, data, starts = csv_case(rng, k)
        (corpus / name).write_bytes(data)
        starts_of[Path(name).stem] = starts
    records, errors, _ = score(tmp_path, corpus)
    read, _ = read_back(corpus)
    check_records(records, read)
    # every row is accounted for: its first line is a scored row's line, or an error names the
    # file, or the line, or a run of lines holding it
    covered: dict[str, set[int]] = {stem: set() for stem in starts_of}
    whole_file: set[str] = set()
    for e in errors:
        stem = Path(e["path"]).stem
        if not e["line"]:
            whole_file.add(stem)
            continue
        first = int(e["line"])
        m = re.search(r"lines (\d+) to (\d+)", e["error"])
        covered[stem].update(range(first, int(m.group(2)) + 1) if m else [first])
    for id_, record in records.items():
        covered[read[id_].source_path and Path(read[id_].source_path).stem].add(read[id_].line)
    missing = [(stem, line) for stem, starts in starts_of.items() if stem not in whole_file
               for line in starts if line not in covered[stem]]
    # a damaged line may move a row's start by the line a raw newline added before it: allow a row
    # whose start, or the line before it, is covered
    missing = [(stem, line) for stem, line in missing if line - 1 not in covered[stem] and line + 1 not in covered[stem]]
    assert not missing, f"{len(missing)} rows in neither the output nor the errors; first: {missing[:5]}"
    # a file-wide error is only for UTF-16 without a byte-order mark (a stray NUL byte in one row lost
    # the whole file as "binary" before); the message says what to do
    assert all("utf-16-le" in e["path"] and "UTF-16 needs a byte-order mark" in e["error"] for e in errors if not e["line"]), \
        [e for e in errors if not e["line"]][:3]
    assert len(records) > CSV_CASES  # most rows were scored


def test_a_csv_field_over_the_size_limit_is_one_bad_row_and_says_so(tmp_path, monkeypatch):
    """A field longer than the csv module allows (64 Mi characters here; 2,000 in this test) is that
    row's error, saying the field is too long (most often an unclosed quotation mark); the rows after
    it are read."""
    monkeypatch.setattr(article_tables, "_FIELD_LIMIT", 2_000)
    limit = article_tables.csv.field_size_limit(2_000)
    try:
        path = tmp_path / "big.csv"
        path.write_text('id,text\na,"Short one, he said."\nb,"' + "word " * 1_000 + '"\nc,"After it, she said."\n', encoding="utf-8")
        records, errors, output = score(tmp_path, path)
    finally:
        article_tables.csv.field_size_limit(limit)
    assert sorted(records) == ["big:a", "big:c"]
    [error] = errors
    assert (error["line"], error["id"]) == ("3", "")
    assert "longer than 2,000 characters" in error["error"] and "unclosed" in error["error"], error


TABLES = [
    # (file name, bytes, ids scored, errors)
    ("mac.csv", b'id,text\r1,"He said, ""no.""\n\nThen he left."\r2,Plain text here.\r', ["mac:1", "mac:2"], []),  # lone-CR lines
    ("mac.jsonl", b'{"id": "a", "text": "One."}\r{"id": "b", "text": "Two."}\r', ["mac:a", "mac:b"], []),
    ("joined.jsonl", b'\xef\xbb\xbf{"id": "a", "text": "One."}\r\n\xef\xbb\xbf{"id": "b", "text": "Two."}\r\n', ["joined:a", "joined:b"], []),  # cat a b
    ("stray-cr.csv", b'id,text\n1,"A cell with a lone\rCR in it."\n2,Two.\n', ["stray-cr:1", "stray-cr:2"], []),
]


@pytest.mark.parametrize("name, data, ids, errors", TABLES, ids=[t[0] for t in TABLES])
def test_tables_with_odd_line_ends_and_bom(tmp_path, name, data, ids, errors):
    path = tmp_path / name
    path.write_bytes(data)
    records, error_rows, _ = score(tmp_path, path)
    assert sorted(records) == ids and error_rows == errors
    read, _ = read_back(path)
    assert read[ids[0]].text in ('He said, "no."\n\nThen he left.', "One.", "A cell with a lone\rCR in it.")


def test_a_row_in_error_and_a_scored_row_never_share_an_id(tmp_path):
    path = tmp_path / "news.csv"
    path.write_text('id,text\n0,\n0,"Critics slammed it, he said."\n', encoding="utf-8")
    records, errors, _ = score(tmp_path, path)
    assert [(e["line"], e["id"]) for e in errors] == [("2", "news:0")]
    assert list(records) == ["news:0~2"]
    assert "id '0' is used by an earlier row of this file too" in records["news:0~2"]["warnings"][0]


def test_a_nul_byte_in_one_row_loses_that_row_at_most_not_the_file(tmp_path):
    path = tmp_path / "news.csv"
    path.write_bytes(b'id,text\na,"First, he said."\nb,"Sec\x00ond, she said."\nc,"Third."\n')
    records, errors, _ = score(tmp_path, path)
    assert sorted(records) == ["news:a", "news:b", "news:c"] and errors == []
    read, _ = read_back(path)
    assert read["news:b"].text == "Sec\x00ond, she said."


# -- HTML ------------------------------------------------------------------------------------------

def html_page(rng: random.Random) -> str:
    paragraphs = [f"<p>{_escape(p)}</p>" for p in _body(rng, rng.randint(2, 8)).split("\n\n")]
    headline = _escape(rng.choice(HEADLINES))
    article = f"<article><h1>{headline}</h1>{''.join(paragraphs)}</article>"
    return (f'<!doctype html><html><head><meta charset="utf-8"><title>{headline} | Daily</title>'
            f'<meta property="og:site_name" content="Daily"></head><body><nav>Home | World</nav>{article}'
            '<footer>© Daily</footer></body></html>')


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _insert_html(rng, page, pieces, times=3):
    for _ in range(rng.randint(1, times)):  # after a tag, past the <title> and not inside a script (a browser shows those as text)
        spots = [i for m in re.finditer(r">", page) if (i := m.end()) > page.find("</title>")
                 and page.rfind("<script", 0, i) <= page.rfind("</script>", 0, i)] or [len(page)]
        i = rng.choice(spots)
        page = page[:i] + rng.choice(pieces) + page[i:]
    return page


def unclosed_tags(rng, page):
    return re.sub(r"</(p|article|b|div)>", lambda m: "" if rng.random() < 0.5 else m.group(0), page)


def scripts(rng, page):
    return _insert_html(rng, page, ["<script>var s = \"<p>“not text,” he said</p>\";</script>",
                                    "<script>document.write('</p>')", "<style>p{}</style>", "<noscript>Enable JS</noscript>",
                                    "<script type=\"application/ld+json\">{\"headline\": \"x\"}</script>"])


def entities(rng, page):
    return _insert_html(rng, page, ["&amp;", "&nbsp;", "&#8220;Quoted,&#8221; he said. ", "&ldquo;", "&rdquo;", "&#0;", "&#xD800;",
                                    "&#x110000;", "&bogus;", "&", "&#65", "&lt;script&gt;", "&#13;", "&#x2028;", "&#133;"], 5)


def nested_tables(rng, page):
    return _insert_html(rng, page, ["<table><tr><td><table><tr><td>“Cell,” she said.</td><td>2</td></tr></table></td></tr></table>",
                                    "<table><tr><td>a<td>b<tr><td>c</table>", "<td>stray cell</td>", "</table></tr>"])


def br_runs(rng, page):
    return _insert_html(rng, page, ["<br>" * rng.randint(2, 30), "<br/><br />\n<br>", "<p><br></p>", "<hr><hr>"])


def no_body(rng, page):
    return re.sub(r"</?(html|head|body)[^>]*>|<!doctype html>", "", page)


def lying_charset(rng, page):
    return page.replace('charset="utf-8"', f'charset="{rng.choice(["iso-8859-1", "shift_jis", "utf-16", "rot13", "base64", "undefined", "unicode_escape", "x-nonsense", "utf-7", "idna", "hex"])}"')


def odd_markup(rng, page):
    return _insert_html(rng, page, ["<!-- open comment", "<![CDATA[ x ]]>", "<?xml version='1.0'?>", "</>", "<p <p>", "<a href='x>broken",
                                    "<svg><text>“SVG,” it said</text></svg>", "<template><p>hidden</p></template>", "<",
                                    "<article><p>A teaser.</p></article>", "<main>", "<pre>  code\n  block\r\n</pre>"])


HTML_DAMAGE = [unclosed_tags, scripts, entities, nested_tables, br_runs, no_body, lying_charset, odd_markup]
HTML_ENCODINGS = ["utf-8", "utf-8", "utf-8", "cp1252", "utf-16", "shift_jis", "latin-1"]


def html_case(rng: random.Random, k: int) -> tuple[str, bytes]:
    page = html_page(rng)
    damage = rng.sample(HTML_DAMAGE, rng.randint(1, 4))
    for d in damage:
        page = d(rng, page)
    cut = rng.random() < 0.2
    if cut:
        page = page[: rng.randrange(len(page))]
    encoding = rng.choice(HTML_ENCODINGS)
    names = [d.__name__ for d in damage] + ["cut"] * cut
    return f"h{k:03d}-{encoding}-{'+'.join(names)}.html", page.encode(encoding, errors="replace")


HTML_CASES = 160


def test_fuzzed_html_pages_keep_the_invariants(tmp_path):
    rng = random.Random(SEED + 1)
    corpus = tmp_path / "html"
    corpus.mkdir()
    names = []
    for k in range(HTML_CASES):
        name, data = html_case(rng, k)
        (corpus / name).write_bytes(data)
        names.append(Path(name).stem)
    records, errors, _ = score(tmp_path, corpus)
    read, _ = read_back(corpus)
    check_records(records, read)
    errored = {Path(e["path"]).stem for e in errors}
    assert set(names) == set(records) | errored and not set(records) & errored
    # what may go: a page cut short, or whose unclosed <script> or comment runs to its end as it
    # does in a browser (a page in Shift JIS whose <meta> says UTF-8 was "undecodable")
    for e in errors:
        name = Path(e["path"]).name
        assert "no article text" in e["error"] and re.search("cut|scripts|odd_markup", name), e
    # every page reads as the text it was written in, whatever its <meta> says: Shift JIS as Shift
    # JIS, Latin-1 as cp1252 (which agrees with it on every byte it wrote), with a warning naming it
    for id_, record in records.items():
        encoding = re.match(r"h\d{3}-(utf-8|utf-16|cp1252|shift_jis|latin-1)-", id_).group(1)
        written = (corpus / f"{id_}.html").read_bytes().decode(encoding)
        assert read[id_].text == html_text.extract(written).text, id_
        expected = {"shift_jis": ("decoded as shift_jis (cp932)", "decoded as cp932"), "cp1252": ("decoded as cp1252",),
                    "latin-1": ("decoded as cp1252",)}.get(encoding, ())
        assert all(w.startswith(expected) for w in record["warnings"] if w.startswith("decoded as")), (id_, record["warnings"])
    # a page whose <meta> names a codec that is no charset (base64, rot13, UTF-16 read as ASCII) is read as UTF-8 or cp1252
    assert not any("as the file declares" in w and "utf-16" in w for r in records.values() for w in r["warnings"])
    for id_, record in records.items():  # no markup, script or entity left as text
        text = read[id_].text
        assert "document.write" not in text and "var s" not in text and "p{}" not in text and "&nbsp;" not in text, (id_, text[:300])
    assert len(records) >= HTML_CASES * 0.75


# A <meta charset> is tried after UTF-8 and before cp1252; one that lies or names no charset falls through.
CHARSETS = [
    # (declared, bytes of the body, text read, warning)
    ("windows-1251", "Путин".encode("windows-1251"), "Путин", "decoded as windows-1251, as the file declares: not valid UTF-8"),
    ("utf-8", "café".encode("cp1252"), "café", "decoded as cp1252"),  # says UTF-8, is cp1252
    ("utf-16", "café".encode("cp1252"), "café", "decoded as cp1252"),  # the meta was read as ASCII: not UTF-16
    ("base64", "café".encode("cp1252"), "café", "decoded as cp1252"),  # not a text encoding: LookupError was a traceback
    ("rot13", "café".encode("cp1252"), "café", "decoded as cp1252"),
    ("undefined", "café".encode("cp1252"), "café", "decoded as cp1252"),  # raised a bare UnicodeError
    ("unicode_escape", b"caf\\xe9 \\n \xe9", "caf\\xe9 \\n é", "decoded as cp1252"),  # escapes are text, not code
    ("x-nonsense", "café".encode("cp1252"), "café", "decoded as cp1252"),
]


@pytest.mark.parametrize("declared, body, text, warning", CHARSETS, ids=[c[0] for c in CHARSETS])
def test_a_charset_meta_is_believed_only_when_it_names_a_charset(tmp_path, declared, body, text, warning):
    path = tmp_path / "page.html"
    path.write_bytes(f'<html><head><meta charset="{declared}"></head><body><p>'.encode() + body + b"</p></body></html>")
    [article] = list(ingest.read_articles([path]))
    assert article.text == text
    assert article.warnings[0].startswith(warning), article.warnings


# -- Markdown --------------------------------------------------------------------------------------

def front_matter(rng, text):
    lines = rng.choice([
        "---\ntitle: \"Talks collapse\"\ndate: 2025-05-14\noutlet: Daily\nauthor: J. Doe\n---\n",
        "---\ntitle:\ndate: not a date\ntags: [a, b]\n---\n",
        "---\ntitle: never closed\n",  # no closing ---
        "---\r\ntitle: CRLF front matter\r\n---\r\n",
        "\ufeff---\ntitle: after a BOM\n---\n",
        "+++\ntitle = \"TOML front matter\"\n+++\n",
        "---\n---\n",
    ])
    return lines + text


def headings(rng, text):
    paragraphs = text.split("\n\n")
    i = rng.randrange(len(paragraphs) + 1)
    return "\n\n".join(paragraphs[:i] + [rng.choice(["# Heading", "## “Quoted,” heading", "###", "Setext\n======", "#no-space"])] + paragraphs[i:])


def links(rng, text):
    return re.sub(r"\b(said|claimed|senator)\b", lambda m: rng.choice([f"[{m.group(1)}](https://x.org/a_(b))", f"<https://x.org/{m.group(1)}>",
                                                                       f"![{m.group(1)}](i.png \"t\")", f"[{m.group(1)}][1]"]), text, count=3)


def code_fences(rng, text):
    fence = rng.choice(["```python\nprint(\"“not a quote,” he said\")\n```", "```\nunclosed fence\n", "~~~\n'a' 'b'\n~~~", "    indented code said\n"])
    paragraphs = text.split("\n\n")
    i = rng.randrange(len(paragraphs) + 1)
    return "\n\n".join(paragraphs[:i] + [fence] + paragraphs[i:])


def emphasis(rng, text):
    return re.sub(r"\b(\w{5,})\b", lambda m: rng.choice(["*", "**", "_", "`", ""]) + m.group(1) + rng.choice(["*", "**", "_", "`", ""]) if rng.random() < 0.2 else m.group(1), text)


MD_DAMAGE = [front_matter, headings, links, code_fences, emphasis]


def test_fuzzed_markdown_files_keep_the_invariants(tmp_path):
    rng = random.Random(SEED + 2)
    corpus = tmp_path / "md"
    corpus.mkdir()
    written = {}
    for k in range(120):
        text = f"# {rng.choice(HEADLINES)}\n\n{_body(rng)}\n"
        damage = rng.sample(MD_DAMAGE, rng.randint(1, 4))
        for d in damage:
            text = d(rng, text)
        if rng.random() < 0.2:
            text = text.replace("\n", "\r\n")
        name = f"m{k:03d}-{'+'.join(d.__name__ for d in damage)}"
        (corpus / f"{name}.{rng.choice(['md', 'markdown'])}").write_bytes(text.encode("utf-8"))
        written[name] = text
    records, errors, _ = score(tmp_path, corpus)
    read, _ = read_back(corpus)
    check_records(records, read)
    assert set(records) == set(written) and not errors, errors[:3]
    for name, text in written.items():
        assert read[name].text == text.removeprefix("\ufeff")  # the file as written: offsets index it
        title = read[name].title
        assert title and not title.startswith(("#", "---", "+++")) and title.strip() == title, (name, title)


FRONT_MATTER = [
    # (file text, title, date, outlet)
    ("+++\ntitle = \"Talks end\"\ndate = 2025-05-14\npublisher = \"Daily\"\n+++\n# Other\n\nBody.\n", "Talks end", "2025-05-14", "Daily"),
    ("\ufeff---\ntitle: After a BOM\n---\nBody.\n", "After a BOM", None, None),
    ("---\ntitle: never closed\n\n# Heading\n\nBody.\n", "title: never closed", None, None),  # was "---"
    ("---\n---\n\n# Heading\n\nBody.\n", "Heading", None, None),
    ("```\ncode\n```\n\n# Heading\n", "code", None, None),
    ("Setext heading\n===\n\nBody.\n", "Setext heading", None, None),
]


@pytest.mark.parametrize("text, title, date, outlet", FRONT_MATTER)
def test_markdown_front_matter_and_first_lines(tmp_path, text, title, date, outlet):
    path = tmp_path / "story.md"
    path.write_text(text, encoding="utf-8")
    [article] = list(ingest.read_articles([path]))
    assert (article.title, article.date, article.outlet) == (title, date, outlet)



def test_a_file_name_with_a_line_break_still_gives_a_one_line_error(tmp_path):
    bad = tmp_path / "two\nlines.txt"
    bad.write_bytes(b"")
    (tmp_path / "good.txt").write_text("Headline\n\nThe plan was a farce, critics said.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["score", str(tmp_path), "--no-model"])
    assert result.exit_code == 0, result.output
    errors = [line for line in result.stderr.splitlines() if "two" in line]
    assert len(errors) == 1 and "two\\nlines.txt" in errors[0]
    assert len(result.stdout.splitlines()) == 1

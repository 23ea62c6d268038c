"""framing.manifest: one bad row of a manifest.csv is an error on its line; the other rows keep
their files' outlet, date and headline (a NUL byte anywhere had rejected the whole manifest)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import framing
from framing.cli import app
from framing.models import Article, IngestError

runner = CliRunner()
HEADER = "path,outlet,date,headline\n"
GOOD_A = "a.txt,Daily,2025-01-02,Head A\n"
GOOD_C = "c.txt,Times,2025-01-04,Head C\n"
NUL = ("this row holds a NUL byte (\\x00), a sign of a damaged file, so it was not read; type the row again, or save the "
       "manifest again from its spreadsheet (its file is read without the manifest's metadata until then)")
EXTRA = ("row has 5 fields but the header has 4, so it was not read; put a field that holds commas in quotation marks "
         "(\"Talks fail, again\") (its file is read without the manifest's metadata until then)")
REJECTED = ("its row in {manifest} (line 3) was not read (see the error on that line), so the manifest gives it no outlet, "
            "date or headline; fix that row")

BAD_ROWS = [
    # (what, row for b.txt, error on line 3)
    ("NUL byte", "b.txt,Po\x00st,2025-01-03,Head B\n", NUL),
    ("NUL byte in the path", "b.t\x00xt,Post,2025-01-03,Head B\n", NUL),
    ("unquoted comma", "b.txt,Post,2025-01-03,Talks fail, again\n", EXTRA),
]


def folder(tmp_path: Path, row_b: str) -> Path:
    for name in "abc":
        (tmp_path / f"{name}.txt").write_text(f"Headline {name}\n\nThe plan was a farce, critics said.\n", encoding="utf-8")
    (tmp_path / "manifest.csv").write_bytes((HEADER + GOOD_A + row_b + GOOD_C).encode("utf-8"))
    return tmp_path


@pytest.mark.parametrize("what, row_b, error", BAD_ROWS, ids=[r[0] for r in BAD_ROWS])
def test_a_bad_manifest_row_is_its_own_error_and_the_other_rows_stand(tmp_path, what, row_b, error):
    items = list(framing.analyze_corpus([folder(tmp_path, row_b)]))
    manifest = tmp_path / "manifest.csv"
    assert [(e.path, e.line, e.message) for e in items if isinstance(e, IngestError)] == [(str(manifest), 3, error)]
    read = {a.article.id: a.article for a in items if not isinstance(a, IngestError)}
    assert [(a.id, a.outlet, a.date, a.title) for a in read.values()] == [
        ("a", "Daily", "2025-01-02", "Head A"), ("b", None, None, "Headline b"), ("c", "Times", "2025-01-04", "Head C")]
    assert read["b"].warnings == [REJECTED.format(manifest=manifest)]  # not "not listed in the manifest"


@pytest.mark.parametrize("what, row_b, error", BAD_ROWS, ids=[r[0] for r in BAD_ROWS])
def test_a_bad_manifest_row_from_the_cli(tmp_path, what, row_b, error):
    (tmp_path / "news").mkdir()
    news = folder(tmp_path / "news", row_b)
    out, errors = tmp_path / "scores.jsonl", tmp_path / "errors.csv"
    result = runner.invoke(app, ["score", str(news), "--no-model", "--out", str(out), "--errors", str(errors)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(r["id"], r["outlet"], r["title"]) for r in records] == [("a", "Daily", "Head A"), ("b", None, "Headline b"), ("c", "Times", "Head C")]
    with errors.open(encoding="utf-8", newline="") as f:
        assert list(csv.DictReader(f)) == [{"path": str(news / "manifest.csv"), "line": "3", "id": "", "source_id": "", "error": error}]
    assert f"error {news / 'manifest.csv'}:3: {error}" in result.stderr


def test_empty_cells_past_the_header_are_a_spreadsheets_padding_not_a_bad_row(tmp_path):
    folder(tmp_path, "b.txt,Post,2025-01-03,Head B,,\n")
    items = list(framing.ingest.read_articles([tmp_path]))
    assert [(a.id, a.outlet, a.title, a.warnings) for a in items if isinstance(a, Article)] == [
        ("a", "Daily", "Head A", []), ("b", "Post", "Head B", []), ("c", "Times", "Head C", [])]


def test_a_quote_left_open_over_more_than_csvs_field_limit_names_the_lines_it_lost(tmp_path):
    """csv raised 'field larger than field limit' out of the manifest: a traceback, the run lost."""
    many = "".join(f"x{i}.txt,Outlet,2025-01-02,Headline {i}\n" for i in range(10))
    folder(tmp_path, 'b.txt,Post,2025-01-03,"Opened\n' + many)
    limit = csv.field_size_limit(200)  # (131,072 characters, as csv has it; raised by framing for article tables)
    try:
        items = list(framing.ingest.read_articles([tmp_path]))
    finally:
        csv.field_size_limit(limit)
    first = next(e for e in items if isinstance(e, IngestError))
    assert (first.line, first.message) == (3, 'a field longer than 200 characters: most often a quotation mark (") left unclosed, so '
                                              "lines 3 to 9 were not read; close the quote (their files are read without the "
                                              "manifest's metadata until then)")
    assert [(a.id, a.outlet) for a in items if isinstance(a, Article)] == [("a", "Daily"), ("b", None), ("c", "Times")]


def test_a_manifest_with_a_space_after_each_comma_reads_its_quoted_headline(tmp_path):
    """`path, outlet, headline` / `a.txt, Daily, "Dam fails, again"`: the space before the quotation
    mark had made the comma in it a separator (a row of 4 fields, not read)."""
    (tmp_path / "manifest.csv").write_text('path, outlet, headline\na.txt, Daily, "Dam fails, again"\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text("Dam\n\nThe dam failed, officials said.\n", encoding="utf-8")
    [article] = list(framing.ingest.read_articles([tmp_path]))
    assert (article.outlet, article.title) == ("Daily", "Dam fails, again")

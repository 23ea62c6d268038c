"""framing/parquet_articles.py: a Parquet table of articles read as a CSV or JSONL table is, a row
group at a time, with a row's number where a CSV row has its line."""

from __future__ import annotations

import csv
import datetime
import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from framing import parquet_articles
from framing.cli import app
from framing.ingest import read_articles
from framing.models import Article, IngestError

runner = CliRunner()
LOADED = "Officials said the plan was a disaster."
CLAIM = "The senator claimed, without evidence, that it failed."


def _write(path, columns, row_group_size=None):
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.table(columns), path, row_group_size=row_group_size)
    return path


def _corpus(path):
    """Four rows over two row groups: an empty text (row 3), a copy of row 1 (row 4), a date, a
    missing float (NaN, as pandas writes it) and a timestamp among the other columns."""
    return _write(path, {
        "id": [11, 12, 13, 14], "outlet": ["nyt", None, "fox", "nyt"], "title": ["A", "B", "C", "D"],
        "date": [datetime.date(2016, 5, 3)] * 4, "url": ["https://www.nytimes.com/a", "https://www.foxnews.com/b", None, None],
        "text": [LOADED, CLAIM, "", LOADED], "event": ["e1", "e1", "e2", "e2"], "share": [0.5, float("nan"), 1.0, 2.0],
        "seen": [datetime.datetime(2016, 5, 3, 12, 30)] * 4,
    }, row_group_size=2)


def _read(path):
    return [(str(i) if isinstance(i, IngestError) else (i.id, i.source_id, i.outlet, i.title, i.date, i.url, i.line, i.metadata))
            for i in read_articles([path])]


def test_rows_become_articles_as_a_csv_rows_do(tmp_path):
    corpus = _corpus(tmp_path / "corpus.parquet")
    seen = "2016-05-03T12:30:00"
    assert _read(corpus) == [
        ("corpus:11", "11", "nyt", "A", "2016-05-03", "https://www.nytimes.com/a", 1, {"event": "e1", "share": 0.5, "seen": seen}),
        ("corpus:12", "12", "foxnews.com", "B", "2016-05-03", "https://www.foxnews.com/b", 2, {"event": "e1", "share": None, "seen": seen}),
        f'{corpus}:3: empty "text": nothing to analyse; fill in the article body or remove the row',  # the rest still read
        ("corpus:14", "14", "nyt", "D", "2016-05-03", None, 4, {"event": "e2", "share": 2.0, "seen": seen}),
    ]


def test_the_same_rows_read_alike_from_parquet_and_csv(tmp_path):
    rows = {"id": ["a", "b"], "outlet": ["nyt", "fox"], "text": [LOADED, CLAIM], "event": ["e1", "e2"]}
    parquet = _write(tmp_path / "p" / "news.parquet", rows)
    (tmp_path / "c").mkdir()
    with (tmp_path / "c" / "news.csv").open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(rows)
        w.writerows(zip(*rows.values()))
    fields = lambda a: (a.id, a.source_id, a.outlet, a.text, a.metadata, a.warnings)  # noqa: E731
    assert [fields(a) for a in read_articles([parquet])] == [fields(a) for a in read_articles([tmp_path / "c" / "news.csv"])]


@pytest.mark.parametrize("columns, message", [
    ({"id": ["a"], "body_text": [LOADED]}, "no 'text' column (columns found: id, body_text); name the column holding the article body `text`"),
    ({"id": ["a"], "maintext": [LOADED]}, "no 'text' column (columns found: id, maintext); if `maintext` holds the article body, rename that column to `text`"),
    ({"id": pa.array([], pa.string()), "text": pa.array([], pa.string())},
     "no rows in this Parquet table: nothing to analyse; add the articles, one a row, or leave the file out"),
    ({"id": ["a"], "words": [7], "loaded_author_per_1k": [1.5]},
     "this is a Parquet table written by framing score (read it with --scores), not articles; leave it out, and write framing's "
     "outputs outside the folders you score (reports go to reports/ by default)"),
])
def test_a_table_that_holds_no_articles_is_one_error_naming_the_file(tmp_path, columns, message):
    table = _write(tmp_path / "t.parquet", columns)
    assert _read(table) == [f"{table}: {message}"]


def test_the_body_may_be_in_a_content_column_and_a_pandas_index_is_no_column(tmp_path):
    table = _write(tmp_path / "t.parquet", {"id": ["a"], "content": [LOADED], "__index_level_0__": [7]})
    [article] = read_articles([table])
    assert (article.text, article.text_column, article.metadata) == (LOADED, "content", {})


def test_a_file_that_is_not_parquet_is_one_error(tmp_path):
    (tmp_path / "x.parquet").write_bytes(b"id,text\n1,hello\n")
    [error] = read_articles([tmp_path / "x.parquet"])
    assert str(error).startswith(f"{tmp_path / 'x.parquet'}: not a readable Parquet file (")
    assert str(error).endswith("); write it again (pandas: df.to_parquet(PATH)), or give the articles as CSV or JSON Lines")


def test_rows_are_read_in_batches_never_the_whole_table(tmp_path, monkeypatch):
    table = _write(tmp_path / "big.parquet", {"id": [str(i) for i in range(250)], "text": [f"Story {i} was told." for i in range(250)]},
                   row_group_size=100)
    monkeypatch.setattr(parquet_articles, "BATCH_ROWS", 40)
    monkeypatch.setattr(pq.ParquetFile, "read", lambda *a, **k: pytest.fail("the whole table was read at once"))
    sizes = []
    batches = pq.ParquetFile.iter_batches

    def counted(self, *args, **kwargs):
        for batch in batches(self, *args, **kwargs):
            sizes.append(batch.num_rows)
            yield batch

    monkeypatch.setattr(pq.ParquetFile, "iter_batches", counted)
    articles = read_articles([table])
    assert next(articles).id == "big:0" and sizes == [40]  # the first article before the rest is read
    assert [a.line for a in articles][-1] == 250 and max(sizes) == 40


def test_cli_scores_a_parquet_corpus_and_lists_its_bad_row_in_the_errors_file(tmp_path):
    corpus = _corpus(tmp_path / "corpus.parquet")
    out, errors = tmp_path / "s.jsonl", tmp_path / "e.csv"
    result = runner.invoke(app, ["score", str(corpus), "--no-model", "--jobs", "1", "--out", str(out), "--errors", str(errors)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(r["id"], r["outlet"], r["metadata"]["event"]) for r in records] == [("corpus:11", "nyt", "e1"), ("corpus:12", "foxnews.com", "e1"),
                                                                                 ("corpus:14", "nyt", "e2")]
    assert [(s["text"], s["voice"]) for s in records[0]["spans"] if s["type"] == "loaded"] == [("disaster", "author")]
    # a Parquet file has rows, not lines: "row 1", where a CSV row's warning says "line 1"
    assert records[2]["warnings"] == [f"exact duplicate: the same text as {corpus}, row 1 (this article: row 4)"]
    assert list(csv.reader(errors.open(encoding="utf-8"))) == [
        ["path", "line", "id", "source_id", "error"],
        [str(corpus), "3", "corpus:13", "13", 'empty "text": nothing to analyse; fill in the article body or remove the row']]
    said = " ".join(result.stderr.split())
    assert "scored 3 articles, 1 error" in said
    assert f"error {corpus}:3: empty \"text\"" in said
    assert f"the first: {corpus}, row 4 (corpus:14) has the same text as {corpus}, row 1" in said
    assert ", line " not in said


@pytest.mark.parametrize("command", ["compare", "report"])
def test_cli_saved_scores_of_a_parquet_corpus_name_its_rows_and_drop_its_copy(tmp_path, command):
    """compare/report --scores read the copy's own row out of its warning: "row 4", dropped or counted."""
    corpus = _corpus(tmp_path / "corpus.parquet")
    scores, errors = tmp_path / "s.jsonl", tmp_path / "e.csv"
    assert runner.invoke(app, ["score", str(corpus), "--no-model", "--jobs", "1", "--out", str(scores)]).exit_code == 0
    out = str(tmp_path / ("r.html" if command == "report" else "c.csv"))
    counted = runner.invoke(app, [command, "--scores", str(scores), "--out", out])
    assert f"the first: {corpus}, row 4 (corpus:14) has the same text as {corpus}, row 1" in " ".join(counted.stderr.split())
    dropped = runner.invoke(app, [command, "--scores", str(scores), "--out", out, "--drop-duplicates", "--errors", str(errors)])
    assert dropped.exit_code == 0, dropped.output
    assert f"the first: {corpus}, row 4 (corpus:14) had the same text as {corpus}, row 1" in " ".join(dropped.stderr.split())
    assert list(csv.reader(errors.open(encoding="utf-8")))[1:] == [
        [str(corpus), "4", "corpus:14", "14", f"dropped (--drop-duplicates): exact duplicate: the same text as {corpus}, row 1"]]


def test_cli_names_the_columns_of_a_parquet_table_without_text(tmp_path):
    table = _write(tmp_path / "t.parquet", {"id": ["a"], "headline": ["A"], "body_text": [LOADED]})
    result = runner.invoke(app, ["score", str(table), "--no-model", "--jobs", "1"])
    assert result.exit_code == 1
    assert (f"error {table}: no 'text' column (columns found: id, headline, body_text); name the column holding the article body `text`"
            in " ".join(result.stderr.split()))


def test_cli_compares_outlets_from_a_parquet_corpus(tmp_path):
    texts = {"nyt": "Officials said the plan was reviewed on Monday.", "fox": "Officials said the disastrous, shameful plan was a farce."}
    rows = [(f"{o}{i}", o, f"{texts[o]} Story {i}.") for o in texts for i in range(6)]
    corpus = _write(tmp_path / "corpus.parquet", {"id": [r[0] for r in rows], "outlet": [r[1] for r in rows], "text": [r[2] for r in rows]})
    out = tmp_path / "c.json"
    result = runner.invoke(app, ["compare", str(corpus), "--no-model", "--jobs", "1", "--score", "loaded_author_per_1k", "--out", str(out)])
    assert result.exit_code == 0, result.output
    profile = {(r["outlet"], r["n"]) for r in json.loads(out.read_text(encoding="utf-8"))["profile"]}
    assert profile == {("fox", 6), ("nyt", 6)}


def test_cli_report_on_scores_of_a_parquet_corpus_finds_each_text_again(tmp_path):
    """`report --scores` reads each article's text again from the file its scores name: a Parquet
    corpus is read again as it was scored, so every finding is shown in its text."""
    corpus = _corpus(tmp_path / "corpus.parquet")
    scores = tmp_path / "s.jsonl"
    assert runner.invoke(app, ["score", str(corpus), "--no-model", "--jobs", "1", "--out", str(scores)]).exit_code == 0
    result = runner.invoke(app, ["report", "--scores", str(scores), "--out", str(tmp_path / "r.html")])
    assert result.exit_code == 0, result.output
    assert "could not be read again" not in result.stderr
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert CLAIM in page and "3 articles" in " ".join(result.output.split())

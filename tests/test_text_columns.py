"""framing/text_columns.py: a table's text is its `text` column, else `content` (All the News),
`body`, `article` or `story`, in that order; the run's note names the column it came from."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from framing.cli import app
from framing.ingest import read_articles
from framing.models import IngestError
from framing.text_columns import text_column

runner = CliRunner()
TEXT = "The senator said the radical plan was a disaster."


@pytest.mark.parametrize("names, column", [
    (["id", "text", "content"], "text"),  # `text` always wins
    (["id", "publication", "content"], "content"),  # All the News
    (["body", "story"], "body"),
    (["story", "article"], "article"),
    (["id", "story"], "story"),
    (["id", "maintext"], None),  # not guessed: the error says to rename it
])
def test_the_text_is_the_first_of_text_content_body_article_story(names, column):
    assert text_column(names) == column


@pytest.mark.parametrize("name, table", [
    ("atn.csv", f'id,publication,title,Content\n1,Atlantic,Talks,"{TEXT}"\n'),
    ("atn.jsonl", json.dumps({"id": "1", "publication": "Atlantic", "title": "Talks", "Content": TEXT}) + "\n"),
])
def test_a_tables_content_column_is_its_text(tmp_path, name, table):
    (tmp_path / name).write_text(table, encoding="utf-8")
    [article] = list(read_articles([tmp_path / name]))
    # the column read as the text is not kept in the metadata too (the article twice in every row)
    assert (article.text, article.outlet, article.title, article.metadata, article.text_column) == (
        TEXT, "Atlantic", "Talks", {"publication": "Atlantic"}, "content")


@pytest.mark.parametrize("name, table", [
    ("both.csv", "id,text,content\n1,The text.,The content.\n"),
    ("both.jsonl", json.dumps({"id": "1", "content": "The content.", "text": "The text."}) + "\n"),
])
def test_a_text_column_wins_and_content_stays_metadata(tmp_path, name, table):
    (tmp_path / name).write_text(table, encoding="utf-8")
    [article] = list(read_articles([tmp_path / name]))
    assert (article.text, article.metadata, article.text_column) == ("The text.", {"content": "The content."}, None)


def test_an_empty_body_cell_is_named_by_its_column(tmp_path):
    (tmp_path / "t.csv").write_text("id,body\n1, \n", encoding="utf-8")
    [error] = list(read_articles([tmp_path / "t.csv"]))
    assert isinstance(error, IngestError)
    assert (error.line, error.message) == (2, 'empty "body": nothing to analyse; fill in the article body or remove the row')


def test_all_the_news_content_column_from_the_cli(tmp_path):
    (tmp_path / "atn.csv").write_text(f'id,publication,content\n1,Atlantic,"{TEXT}"\n2,Breitbart,"{TEXT}"\n', encoding="utf-8")
    (tmp_path / "scraped.jsonl").write_text(json.dumps({"id": "s", "outlet": "nyt", "story": TEXT}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["score", str(tmp_path / "atn.csv"), str(tmp_path / "scraped.jsonl"), "--out", str(out), "--no-model"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(r["id"], r["outlet"], r["words"], r["author_words"]) for r in records] == [
        ("atn:1", "Atlantic", 9, 9), ("atn:2", "Breitbart", 9, 9), ("scraped:s", "nyt", 9, 9)]
    assert [s["text"] for s in records[0]["spans"] if s["type"] == "loaded"] == ["radical", "disaster"]
    assert (f'note: 2 articles take their text from the "content" column and 1 from the "story" column (read where a table '
            f'has no "text" column; the first: atn:1, from {tmp_path / "atn.csv"}); the first of "text", "content", "body", '
            '"article", "story" a table has is its text: rename a column "text" to have that one read instead') in " ".join(result.stderr.split())


def test_a_table_with_a_text_column_gets_no_such_note(tmp_path):
    (tmp_path / "t.csv").write_text(f'id,outlet,text,content\n1,nyt,"{TEXT}",summary\n', encoding="utf-8")
    result = runner.invoke(app, ["score", str(tmp_path / "t.csv"), "--no-model"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["words"] == 9 and "text from" not in result.stderr

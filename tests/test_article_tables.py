"""framing/article_tables.py: what a JSONL line that is not JSON is told (one line, what to do)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from framing.article_tables import TableFile, read_jsonl
from framing.cli import app
from framing.ingest import read_articles
from framing.models import IngestError
from framing.pipeline import Analyzer

runner = CliRunner()


@pytest.mark.parametrize("line, message", [
    # cut short inside a string: json says "Unterminated string starting at" and leaves the place out
    ('{"id": "a2", "text": "Broken line',
     "invalid JSON: the string opened at column 22 is never closed; the line was cut short, or a text in it holds "
     "a raw line break: write each line with json.dumps()"),
    ('{"id": "a2", "text": "ok",}',
     "invalid JSON at column 27 (Expecting property name enclosed in double quotes); a comma before the closing }, "
     "which JSON does not allow; remove it"),
    ('{"id": "a2" "text": "ok"}',
     "invalid JSON at column 13 (Expecting ',' delimiter); each line must be one JSON object"),
])
def test_a_line_that_is_not_json_says_where_and_what_to_do(tmp_path, line, message):
    path = tmp_path / "feed.jsonl"
    path.write_text('{"id": "a1", "text": "Fine."}\n' + line + "\n", encoding="utf-8")
    items = list(read_jsonl(TableFile(path, "feed")))
    assert [a.id for a in items if not isinstance(a, IngestError)] == ["feed:a1"]
    assert [(e.line, e.message) for e in items if isinstance(e, IngestError)] == [(2, message)]


# --- a CSV written with a space after each comma --------------------------------------------------

SPACED = 'id, outlet, text\n1, nyt, "The senator said the radical plan was a disaster, and critics agreed."\n'


def _articles(tmp_path, table: str, name: str = "news.csv"):
    path = tmp_path / name
    path.write_text(table, encoding="utf-8")
    return list(read_articles([path]))


@pytest.mark.parametrize("table, text, outlet", [
    # the space after each comma: the quoted text kept its quotation marks (a quotation of 12 words), or
    # a comma inside it split the row ("row has 4 fields but the header has 3")
    (SPACED, "The senator said the radical plan was a disaster, and critics agreed.", "nyt"),
    ('id; outlet; text\n1; nyt; "Officials said it might pass."\n', "Officials said it might pass.", "nyt"),
    # an ordinary CSV reads as it did: an unquoted field keeps its leading space
    ('id,outlet,text\n1,nyt, Officials said it might pass.\n', " Officials said it might pass.", "nyt"),
    ('id,outlet,text\n1,nyt,"Officials said ""it might pass""."\n', 'Officials said "it might pass".', "nyt"),
])
def test_a_csv_with_a_space_after_each_separator_reads_its_header_and_quoted_text(tmp_path, table, text, outlet):
    [article] = _articles(tmp_path, table)
    assert (article.id, article.outlet, article.text, article.metadata) == ("news:1", outlet, text, {})


def test_the_loaded_word_of_a_spaced_csvs_text_is_in_the_authors_voice(tmp_path):
    [article] = _articles(tmp_path, SPACED)
    analysis = Analyzer().analyze(article)
    assert [(s.text, s.voice) for s in analysis.spans if s.type == "loaded"] == [("radical", "author"), ("disaster", "author")]


def test_a_spaced_csv_from_the_cli(tmp_path):
    (tmp_path / "news.csv").write_text(SPACED, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["score", str(tmp_path / "news.csv"), "--out", str(out), "--no-model"])
    assert result.exit_code == 0, result.output
    [record] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert (record["id"], record["outlet"], record["words"], record["author_words"], record["quoted_words"]) == ("news:1", "nyt", 12, 12, 0)
    # "said" at 12: no quotation mark before "The senator"
    assert [(s["text"], s["start"], s["voice"]) for s in record["spans"] if s["type"] in ("loaded", "attribution")] == [
        ("said", 12, "author"), ("radical", 21, "author"), ("disaster", 40, "author")]

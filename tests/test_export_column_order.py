"""The same run written as CSV and as Parquet has its columns in the same order (a researcher who
swaps one format for the other, or pastes a CSV header into a Parquet query, finds each column where
it was), and JSONL's per-finding objects list their fields in that order too."""

from __future__ import annotations

import csv
import json

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from framing import export, parquet
from framing.cli import app
from framing.score import SCORES

ARTICLE_HEAD = ["id", "source_id", "path", "outlet", "title", "date", "url", "words", "quoted_words", "author_words", "sentence_count", "model"]


@pytest.mark.parametrize(("columns", "expected"), [
    (export.article_columns(), [*ARTICLE_HEAD, *SCORES, "warnings", "metadata"]),
    (parquet.ARTICLE_SCHEMA.names, [*ARTICLE_HEAD, *SCORES, "warnings", "metadata", "ignored", "sentences", "date_text"]),
    (parquet.SPAN_SCHEMA.names, export.SPAN_COLUMNS),
])
def test_the_schemas_share_one_order(columns, expected):
    assert list(columns) == expected


def test_a_parquet_row_is_built_in_the_schemas_order():
    row = parquet.article_record({"id": "a", "scores": {}, "metadata": {"event": "e1"}})
    assert list(row) == parquet.ARTICLE_SCHEMA.names
    assert row["metadata"] == [("event", "e1")]


@pytest.fixture(scope="module")
def outputs(tmp_path_factory, seeds_dir):
    """`framing score` on the seeds as CSV (with --spans), Parquet and JSONL, the way a user runs it."""
    out = tmp_path_factory.mktemp("formats")
    for args in (["--out", str(out / "s.csv"), "--spans", str(out / "spans.csv")], ["--out", str(out / "s.parquet")],
                 ["--out", str(out / "s.jsonl")]):
        result = CliRunner().invoke(app, ["score", str(seeds_dir), "--no-model", *args])
        assert result.exit_code == 0, result.output
    return out


def _header(path):
    with path.open(encoding="utf-8", newline="") as f:
        return next(csv.reader(f))


@pytest.mark.parametrize(("csv_name", "table", "nested"), [
    ("s.csv", "articles", ["ignored", "sentences", "date_text"]),
    ("spans.csv", "spans", []),
])
def test_csv_and_parquet_of_one_run_have_the_same_columns_in_the_same_order(outputs, csv_name, table, nested):
    parquet_names = pq.read_schema(next((outputs / "s.parquet" / table).glob("part-*.parquet"))).names
    assert parquet_names == [*_header(outputs / csv_name), *nested]


def test_jsonl_findings_list_their_fields_in_the_span_tables_order(outputs):
    first = json.loads((outputs / "s.jsonl").read_text(encoding="utf-8").splitlines()[0])
    attribution = next(s for r in map(json.loads, (outputs / "s.jsonl").read_text(encoding="utf-8").splitlines())
                       for s in r["spans"] if s["type"] == "attribution")
    flat = [k for k in export.SPAN_COLUMNS if k not in ("article_id", "source_id", "path", "outlet") and not k.startswith(("source_", "content_"))]
    assert list(first["spans"][0])[:len(flat)] == flat
    assert list(attribution)[len(flat):] in (["source"], ["content"], ["source", "content"])
    # the article's own fields: CSV's columns in CSV's order, but for metadata (JSONL keeps it beside the url)
    csv_order = [c for c in _header(outputs / "s.csv") if c not in SCORES and c != "metadata"]
    assert [k for k in first if k in csv_order] == csv_order

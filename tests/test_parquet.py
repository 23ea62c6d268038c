"""framing/parquet.py: the output folder's README.txt, which names the two tables and stops a read
of the folder above them (the "Parquet-folder trap": `pandas.read_parquet("scores.parquet")` read
both tables as one, each finding a row of nulls, with no error)."""

from __future__ import annotations

import csv
from datetime import date

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from framing import parquet
from framing.cli import app
from framing.ingest import read_articles
from framing.models import Article, IngestError
from framing.pipeline import Analyzer

runner = CliRunner()
TEXT = "The senator said the radical plan was a disaster, officials claimed."


def _write(folder, n=3):
    analyzer = Analyzer()
    writer = parquet.ParquetWriter(folder)
    for i in range(n):
        writer.write(writer.encode(analyzer.analyze(Article(f"a{i}", TEXT, outlet="Ledger", source_path="news.csv"))))
    writer.close()


def test_the_folder_above_the_tables_cannot_be_read_as_one_table(tmp_path):
    folder = tmp_path / "scores.parquet"
    _write(folder)
    assert pq.read_table(folder / "articles").num_rows == 3
    assert pq.read_table(folder / "spans").num_rows > 3  # the findings: they had been read as "articles"
    with pytest.raises(pa.ArrowInvalid, match=r"scores\.parquet/README\.txt"):
        pq.read_table(folder)
    readme = (folder / "README.txt").read_text(encoding="utf-8")
    assert 'pandas.read_parquet("scores.parquet/articles")' in readme and 'pandas.read_parquet("scores.parquet/spans")' in readme


def test_a_second_part_keeps_the_readme_as_written(tmp_path):
    folder = tmp_path / "out.parquet"
    _write(folder)
    (folder / "README.txt").write_text("kept", encoding="utf-8")
    parquet.write_part(folder, 1, [])  # a resumed run, or a Dask task, opening another part
    assert (folder / "README.txt").read_text(encoding="utf-8") == "kept"


def test_pandas_reading_the_folder_from_the_cli_fails_naming_the_readme(tmp_path):
    pd = pytest.importorskip("pandas")
    (tmp_path / "news.csv").write_text(f'id,outlet,text\n1,Ledger,"{TEXT}"\n2,Herald,"{TEXT}"\n', encoding="utf-8")
    out = tmp_path / "scores.parquet"
    result = runner.invoke(app, ["score", str(tmp_path / "news.csv"), "--out", str(out), "--no-model", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert list(pd.read_parquet(out / "articles")["source_id"]) == ["1", "2"]
    with pytest.raises(pa.ArrowInvalid, match="Could not read schema from '.*scores.parquet/README.txt'"):
        pd.read_parquet(out)


def test_scoring_a_folder_that_holds_an_output_names_the_readme_as_framings_own(tmp_path):
    _write(tmp_path / "scores.parquet")
    [error] = list(read_articles([tmp_path]))
    assert isinstance(error, IngestError) and error.path == str(tmp_path / "scores.parquet" / "README.txt")
    assert error.message.startswith("this is the README of a Parquet folder framing score wrote, not articles; leave it out")
    # a README.txt of the user's own is an article as before
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "README.txt").write_text(TEXT, encoding="utf-8")
    assert [a.id for a in read_articles([tmp_path / "notes"])] == ["README"]


# -- typed columns: date and metadata ------------------------------------------------------------

@pytest.mark.parametrize("value, day", [
    ("2016-05-03", date(2016, 5, 3)),
    ("2016-05", None),  # known only to the month: no day is made up
    ("2016", None),
    ("03/04/2016", None),  # ambiguous, kept as written (with a warning)
    ("2016-02-30", None),  # no such day
    (None, None),
])
def test_the_date_is_a_date_where_it_names_a_day_and_its_text_is_kept(value, day):
    row = parquet.article_record({"id": "a", "scores": {}, "date": value})
    assert (row["date"], row["date_text"]) == (day, value)


@pytest.mark.parametrize("metadata, entries", [
    ({"event": "summit-0514", "author": "Ann"}, [("author", "Ann"), ("event", "summit-0514")]),
    ({"n": 17, "tags": ["a", "b"], "gone": None}, [("gone", None), ("n", "17"), ("tags", '["a", "b"]')]),  # JSONL values
    ({}, []),
])
def test_the_metadata_is_a_map_of_text(metadata, entries):
    assert parquet.article_record({"id": "a", "scores": {}, "metadata": metadata})["metadata"] == entries


def test_typed_date_and_metadata_from_the_cli_and_back(tmp_path):
    pd = pytest.importorskip("pandas")
    (tmp_path / "news.csv").write_text(
        "id,outlet,date,event,text\n"
        f'1,Ledger,2016-05-03,summit,"{TEXT}"\n'
        f'2,Herald,May 2016,summit,"{TEXT}"\n'
        f'3,Herald,03/04/2016,vote,"{TEXT}"\n', encoding="utf-8")
    out, jsonl = tmp_path / "scores.parquet", tmp_path / "scores.jsonl"
    for target in (out, jsonl):
        result = runner.invoke(app, ["score", str(tmp_path / "news.csv"), "--out", str(target), "--no-model", "--jobs", "1"])
        assert result.exit_code == 0, result.output
    schema = pq.read_schema(next((out / "articles").glob("part-*.parquet")))
    assert (schema.field("date").type, schema.field("metadata").type, schema.field("date_text").type) == (
        pa.date32(), pa.map_(pa.string(), pa.string()), pa.string())
    articles = pd.read_parquet(out / "articles")
    assert articles.date.tolist()[0] == date(2016, 5, 3) and articles.date.isna().tolist() == [False, True, True]
    assert articles.date_text.tolist() == ["2016-05-03", "2016-05", "03/04/2016"]
    assert [dict(m) for m in articles.metadata] == [{"event": "summit"}, {"event": "summit"}, {"event": "vote"}]
    # read back, the analyses are JSONL's: the date as text, the metadata a dict
    from framing.export import read_analyses

    assert [(a["date"], a["metadata"]) for a in read_analyses(out)] == [(a["date"], a["metadata"]) for a in read_analyses(jsonl)] == [
        ("2016-05-03", {"event": "summit"}), ("2016-05", {"event": "summit"}), ("03/04/2016", {"event": "vote"})]


def test_compare_groups_saved_parquet_scores_by_month_and_metadata(tmp_path):
    rows = "".join(f'{i},{"Ledger" if i % 2 else "Herald"},2016-0{1 + i % 2}-{10 + i},e{i % 3},"{TEXT}"\n' for i in range(12))
    (tmp_path / "news.csv").write_text("id,outlet,date,event,text\n" + rows, encoding="utf-8")
    out = tmp_path / "scores.parquet"
    assert runner.invoke(app, ["score", str(tmp_path / "news.csv"), "--out", str(out), "--no-model", "--jobs", "1"]).exit_code == 0
    for by, groups in (("month", {"2016-01": 6, "2016-02": 6}), ("event", {"e0": 4, "e1": 4, "e2": 4})):
        result = runner.invoke(app, ["compare", "--scores", str(out), "--by", by, "--score", "quotes", "--out", str(tmp_path / f"{by}.csv")])
        assert result.exit_code == 0, result.output
        with (tmp_path / f"{by}.csv").open(encoding="utf-8") as f:
            assert {r["outlet"]: int(r["n"]) for r in csv.DictReader(f)} == groups


def test_a_folder_written_before_the_typed_columns_still_reads_back(tmp_path):
    folder = tmp_path / "old.parquet"
    analyzer = Analyzer()
    writer = parquet.ParquetWriter(folder)
    writer.write(writer.encode(analyzer.analyze(Article("a", TEXT, date="2016-05", source_path="n.csv", metadata={"event": "e1"}))))
    writer.close()
    part = folder / "articles" / "part-00000.parquet"
    table = pq.read_table(part).drop_columns(["date_text"])
    table = table.set_column(table.schema.get_field_index("date"), "date", pa.array(["2016-05"]))
    table = table.set_column(table.schema.get_field_index("metadata"), "metadata", pa.array(['{"event": "e1"}']))
    pq.write_table(table, part)  # as an earlier version wrote it: both columns text
    [record] = parquet.read_analyses(folder)
    assert (record["date"], record["metadata"]) == ("2016-05", {"event": "e1"})

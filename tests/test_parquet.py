"""framing/parquet.py: the output folder's README.txt, which names the two tables and stops a read
of the folder above them (the "Parquet-folder trap": `pandas.read_parquet("scores.parquet")` read
both tables as one, each finding a row of nulls, with no error)."""

from __future__ import annotations

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

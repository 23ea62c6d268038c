"""framing/input_files.py: a Parquet table given as articles is read as articles, in a folder too,
while the parts of a Parquet output `framing score` wrote are passed over as its own."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from framing.cli import app
from framing.input_files import SUPPORTED, file_format, in_score_output, walk

runner = CliRunner()


def _table(path):
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.table({"id": ["a"], "text": ["Officials said the plan was a disaster."]}), path)
    return path


def test_a_parquet_table_is_a_table_of_articles():
    assert file_format(Path("corpus.parquet")) == "parquet" and file_format(Path("CORPUS.PARQUET")) == "parquet"
    assert ".parquet" in SUPPORTED and SUPPORTED.endswith("(a text, HTML, web-archive, CSV or JSONL file also gzipped, as .gz)")


@pytest.mark.parametrize("layout, read", [
    (["corpus.parquet"], ["corpus.parquet"]),  # a corpus kept as Parquet: read
    (["out.parquet/articles/part-00000.parquet", "out.parquet/spans/part-00000.parquet", "out.parquet/_run.json"], []),
    (["out.parquet/articles/part-00000.parquet", "out.parquet/README.txt"], []),
    (["data/articles/part-00000.parquet"], ["data/articles/part-00000.parquet"]),  # an "articles" folder of the user's own
])
def test_in_a_folder_a_corpus_of_parquet_is_read_and_framings_own_output_passed_over(tmp_path, layout, read):
    for name in layout:
        if name.endswith(".parquet"):
            _table(tmp_path / name)
        else:
            (tmp_path / name).write_text("{}", encoding="utf-8")
    files, _, _, documents = walk(tmp_path)
    assert [p.relative_to(tmp_path).as_posix() for p in files if p.suffix == ".parquet"] == read  # (README.txt: ingest tells it by its words)
    assert documents == []
    assert in_score_output(tmp_path / layout[0]) is (not read)


def test_scoring_a_parquet_table_from_the_cli_scores_its_rows(tmp_path):
    corpus = _table(tmp_path / "corpus.parquet")
    out = tmp_path / "s.jsonl"
    result = runner.invoke(app, ["score", str(corpus), "--no-model", "--jobs", "1", "--out", str(out)])
    assert result.exit_code == 0, result.output
    record = json.loads(out.read_text(encoding="utf-8"))
    assert (record["id"], record["path"], record["source_id"]) == ("corpus:a", str(corpus), "a")
    assert [(s["text"], s["voice"]) for s in record["spans"] if s["type"] == "loaded"] == [("disaster", "author")]

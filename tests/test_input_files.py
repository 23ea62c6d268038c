"""framing/input_files.py: a Parquet table given as articles is told how to convert it, in a folder
too, while the parts of a Parquet output `framing score` wrote are passed over as its own."""

from __future__ import annotations

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from framing.cli import app
from framing.input_files import in_score_output, not_read, walk

runner = CliRunner()
ADVICE = ('not read: a Parquet table; framing reads articles from CSV or JSON Lines: write it as JSON Lines, e.g. with pandas: '
          'pd.read_parquet("{path}").to_json("articles.jsonl", orient="records", lines=True, date_format="iso") (the article '
          'body in a "text" column, or "content", "body", ...), then score that; saved scores are read with --scores')


def _table(path):
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.table({"id": ["a"], "text": ["Officials said the plan was a disaster."]}), path)
    return path


def test_a_parquet_table_is_told_how_to_become_json_lines(tmp_path):
    corpus = _table(tmp_path / "corpus.parquet")
    assert not_read(corpus).message == ADVICE.format(path=corpus)


@pytest.mark.parametrize("layout, reported", [
    (["corpus.parquet"], ["corpus.parquet"]),  # a corpus kept as Parquet: said, not passed over in silence
    (["out.parquet/articles/part-00000.parquet", "out.parquet/spans/part-00000.parquet", "out.parquet/_run.json"], []),
    (["out.parquet/articles/part-00000.parquet", "out.parquet/README.txt"], []),
    (["data/articles/part-00000.parquet"], ["data/articles/part-00000.parquet"]),  # an "articles" folder of the user's own
])
def test_in_a_folder_only_a_corpus_of_parquet_is_reported(tmp_path, layout, reported):
    for name in layout:
        if name.endswith(".parquet"):
            _table(tmp_path / name)
        else:
            (tmp_path / name).write_text("{}", encoding="utf-8")
    files, _, _, documents = walk(tmp_path)
    assert [p.relative_to(tmp_path).as_posix() for p in documents] == reported
    assert in_score_output(tmp_path / layout[0]) is (not reported)


def test_scoring_a_parquet_table_from_the_cli_says_how_to_convert_it(tmp_path):
    corpus = _table(tmp_path / "corpus.parquet")
    result = runner.invoke(app, ["score", str(corpus), "--no-model", "--jobs", "1"])
    assert result.exit_code == 1
    assert f"error {corpus}: {ADVICE.format(path=corpus)}" in " ".join(result.stderr.split())

"""framing/export.py and framing/parquet.py: JSONL, CSV and Parquet hold the same findings, Parquet
streams in row groups with a fixed schema, and saved analyses read back in the shape they had."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from framing import export, parquet
from framing.cli import app
from framing.score import SCORES
from generated_corpus import make_corpus

runner = CliRunner()


@pytest.fixture(scope="module")
def outputs(tmp_path_factory) -> dict[str, Path]:
    """The same 12-article corpus scored to JSONL, CSV (+ span CSV) and Parquet through the CLI."""
    tmp = tmp_path_factory.mktemp("export")
    corpus = make_corpus(tmp / "corpus", 12)
    paths = {"jsonl": tmp / "s.jsonl", "csv": tmp / "s.csv", "spans": tmp / "spans.csv", "parquet": tmp / "s.parquet"}
    for args in (["-f", "jsonl", "-o", paths["jsonl"]], ["-f", "csv", "-o", paths["csv"], "--spans", paths["spans"]],
                 ["-f", "parquet", "-o", paths["parquet"]]):
        result = runner.invoke(app, ["score", str(corpus), *map(str, args), "--jobs", "1"])
        assert result.exit_code == 0, result.output
    return paths


def _csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _number(value: str) -> float | None:
    return None if value == "" else float(value)


def test_every_format_holds_the_same_articles_and_scores(outputs):
    jsonl = [json.loads(line) for line in outputs["jsonl"].read_text(encoding="utf-8").splitlines()]
    table = pq.read_table(outputs["parquet"] / "articles").to_pylist()
    rows = _csv(outputs["csv"])
    assert [d["id"] for d in jsonl] == [f"a{i:04d}" for i in range(12)]
    assert [r["id"] for r in rows] == [d["id"] for d in jsonl] == [r["id"] for r in table]
    for d, row, record in zip(jsonl, rows, table):
        for name in SCORES:
            assert _number(row[name]) == d["scores"][name] == record[name], (d["id"], name)
        assert int(row["words"]) == d["words"] == record["words"]
        assert row["outlet"] == d["outlet"] == record["outlet"]


def test_every_format_holds_the_same_spans(outputs):
    jsonl = [json.loads(line) for line in outputs["jsonl"].read_text(encoding="utf-8").splitlines()]
    from_jsonl = [row for d in jsonl for row in export.span_rows(d)]
    from_parquet = pq.read_table(outputs["parquet"] / "spans").to_pylist()
    from_csv = _csv(outputs["spans"])
    assert len(from_jsonl) == len(from_parquet) == len(from_csv) > 12 * 20
    assert from_parquet == from_jsonl
    for row, expected in zip(from_csv, from_jsonl):
        assert row == {k: "" if v is None else str(v) for k, v in expected.items()}
    pathetic = [r for r in from_parquet if r["text"] == "pathetic" and r["article_id"] == "a0001"]
    assert [(r["type"], r["voice"]) for r in pathetic] == [("loaded", "quoted")]


def test_parquet_reads_back_exactly_what_jsonl_holds(outputs):
    from_jsonl = list(export.read_analyses(outputs["jsonl"]))
    from_parquet = list(export.read_analyses(outputs["parquet"]))
    assert len(from_parquet) == 12
    assert from_parquet == from_jsonl  # every key: spans, ignored, sentences, metadata, warnings


def test_parquet_is_written_in_row_groups_and_parts(tmp_path, outputs):
    analyses = list(export.read_analyses(outputs["jsonl"]))[:5]
    writer = parquet.ParquetWriter(tmp_path / "out", group_rows=2, part_rows=4)
    for a in analyses:
        writer.write(writer.encode(a))
    writer.close()
    parts = [pq.ParquetFile(p) for p in parquet.part_files(tmp_path / "out", "articles")]
    assert [(f.metadata.num_rows, f.metadata.num_row_groups) for f in parts] == [(4, 2), (1, 1)]
    assert [p.name for p in parquet.part_files(tmp_path / "out", "spans")] == ["part-00000.parquet", "part-00001.parquet"]
    assert list(export.read_analyses(tmp_path / "out")) == analyses


def test_parquet_schema_is_fixed_so_runs_concatenate(tmp_path, outputs):
    lone = tmp_path / "lone"
    lone.mkdir()
    (lone / "plain.txt").write_text("Calm day\n\nNothing happened in the town today.\n", encoding="utf-8")
    result = runner.invoke(app, ["score", str(lone), "-f", "parquet", "-o", str(tmp_path / "lone.parquet")])
    assert result.exit_code == 0, result.output
    for table in ("articles", "spans"):
        first = pq.read_schema(parquet.part_files(outputs["parquet"], table)[0])
        second = pq.read_schema(parquet.part_files(tmp_path / "lone.parquet", table)[0])
        assert first.equals(second), table
    import pyarrow.dataset as ds

    both = ds.dataset([*parquet.part_files(outputs["parquet"], "articles"), *parquet.part_files(tmp_path / "lone.parquet", "articles")])
    assert both.to_table().num_rows == 13


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-f", "parquet"], "--format parquet writes a folder: pass --out FOLDER"),
        (["-f", "jsonl", "--spans", "x.csv"], "JSONL lines already hold the spans"),
        (["-f", "csv", "--scheduler", "local", "-o", "x.csv"], "--scheduler writes partitioned Parquet"),
        (["--resume"], "--resume continues an output file"),
    ],
)
def test_options_that_do_not_go_together_say_what_to_do(args, message, seeds_dir):
    result = runner.invoke(app, ["score", str(seeds_dir), *args])
    assert result.exit_code == 1
    assert message in result.output


def test_an_existing_parquet_output_is_not_overwritten(outputs, seeds_dir):
    result = runner.invoke(app, ["score", str(seeds_dir), "-f", "parquet", "-o", str(outputs["parquet"])])
    assert result.exit_code == 1
    assert "already exists: pass --resume to continue it" in result.output


def test_read_analyses_refuses_csv_and_names_a_broken_line(tmp_path, outputs):
    with pytest.raises(ValueError, match="a CSV export holds no spans"):
        list(export.read_analyses(outputs["csv"]))
    broken = tmp_path / "broken.jsonl"
    lines = outputs["jsonl"].read_text(encoding="utf-8").splitlines(keepends=True)
    broken.write_text(lines[0] + lines[1][:40], encoding="utf-8")
    with pytest.raises(ValueError, match=r"broken.jsonl:2: not a JSON line .* `framing score --resume`"):
        list(export.read_analyses(broken))

"""framing/distributed.py: the same per-article function on a real dask.distributed LocalCluster
(2 worker processes) writes, row for row, what a single process writes."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from framing import distributed, export, ingest, parallel, parquet
from framing.classify import load_model
from framing.cli import app
from generated_corpus import make_corpus

dask_distributed = pytest.importorskip("dask.distributed")
runner = CliRunner()
N = 50


@pytest.fixture(scope="module")
def cluster():
    with dask_distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as c:
        yield c


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return make_corpus(tmp_path_factory.mktemp("dask") / "corpus", N, bad_at=20)


@pytest.fixture(scope="module")
def single(corpus, tmp_path_factory) -> Path:
    """The single-process Parquet output to compare with."""
    out = tmp_path_factory.mktemp("single") / "s.parquet"
    result = runner.invoke(app, ["score", str(corpus), "-f", "parquet", "-o", str(out), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    return out


def _rows(folder: Path, table: str) -> list[dict]:
    return [row for part in parquet.part_files(folder, table) for row in pq.read_table(part).to_pylist()]


@pytest.mark.slow
def test_dask_output_equals_single_process_row_for_row(cluster, corpus, single, tmp_path):
    out = tmp_path / "d.parquet"
    with dask_distributed.Client(cluster) as client:
        recipe = parallel.AnalyzerRecipe(model=load_model())  # what the CLI uses by default, sent to the workers
        results = list(distributed.score_on_dask(ingest.read_articles([corpus]), recipe, out, client, chunk_size=8))
    errors = [r for r in results if not isinstance(r, int)]
    assert [e.path for e in errors] == [f"{corpus}/a0020-empty.txt"]
    assert [r for r in results if isinstance(r, int)] == [8, 8, 8, 8, 8, 8, 2]  # one part per task, in order
    assert len(parquet.part_files(out, "articles")) == 7
    for table in ("articles", "spans"):
        assert _rows(out, table) == _rows(single, table)
    assert list(export.read_analyses(out)) == list(export.read_analyses(single))


@pytest.mark.slow
def test_the_cli_runs_on_a_scheduler_address(cluster, corpus, single, tmp_path):
    out = tmp_path / "cli.parquet"
    result = runner.invoke(app, ["score", str(corpus), "-f", "parquet", "-o", str(out), "--scheduler", cluster.scheduler_address])
    assert result.exit_code == 0, result.output
    assert f"error {corpus}/a0020-empty.txt: empty file" in result.output
    assert "scored 50 articles, 1 error, in" in result.output
    assert _rows(out, "articles") == _rows(single, "articles")
    assert _rows(out, "spans") == _rows(single, "spans")


def test_a_scheduler_address_that_is_not_one_is_a_one_line_error(seeds_dir, tmp_path):
    result = runner.invoke(app, ["score", str(seeds_dir), "-f", "parquet", "-o", str(tmp_path / "s.parquet"),
                                 "--scheduler", "nonsense://x"])
    assert result.exit_code == 1
    assert "error: cannot reach the Dask scheduler at nonsense://x" in result.output
    assert "pass --scheduler local" in result.output

"""`--jobs 2` and Dask on a folder of fuzzed articles with bad files mixed in.

The folder holds mangled .txt articles (tests/test_pipeline_invariants.py's mutations), fuzzed CSV,
HTML and Markdown files (tests/test_fuzz_inputs.py), a JSONL corpus, and files that cannot be read
(binary, empty, UTF-16 without a byte-order mark, a Word document).  Two worker processes must write
byte for byte what one process writes, errors included and in the same order; Dask (when installed)
the same rows; and every article must be in the output or in the error report.  An article framing
itself fails on is one error row naming it, not the end of the run, on every backend.
"""

from __future__ import annotations

import csv
import json
import random
from pathlib import Path

import pytest
from typer.testing import CliRunner

from framing import export, ingest
from framing.cli import app
from framing.models import Article, IngestError
from framing.pipeline import Analyzer

import test_fuzz_inputs as inputs
from test_pipeline_invariants import mutated_articles, record_violations

runner = CliRunner()
SEED = 20261124


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("mixed") / "news"
    rng = random.Random(SEED)
    (root / "txt").mkdir(parents=True)
    for name, text in mutated_articles(70, seed=SEED):
        (root / "txt" / f"{name}.txt").write_bytes(text.encode("utf-8"))
    for k in range(12):
        name, data, _ = inputs.csv_case(rng, k)
        (root / name).write_bytes(data)
    for k in range(12):
        name, data = inputs.html_case(rng, k)
        (root / name).write_bytes(data)
    (root / "md").mkdir()
    for k in range(6):
        (root / "md" / f"m{k}.md").write_text(inputs.front_matter(rng, f"# {inputs.HEADLINES[k % 5]}\n\n{inputs._body(rng)}\n"), encoding="utf-8")
    with (root / "feed.jsonl").open("w", encoding="utf-8") as f:
        for k in range(10):
            f.write(json.dumps({"id": f"j{k}", "text": inputs._body(rng)}) + "\n")
        f.write("{not json\n" + json.dumps({"id": "j-empty", "text": ""}) + "\n")
    (root / "bad-binary.txt").write_bytes(bytes(range(256)) * 4)
    (root / "bad-empty.txt").write_bytes(b"")
    (root / "bad-utf16.csv").write_bytes("id,text\n1,Hello there.\n".encode("utf-16-le"))
    (root / "bad-word.docx").write_bytes(b"PK\x03\x04 not really")
    (root / "boom.txt").write_text("BOOM: an article framing fails on, he said.\n\nA second paragraph.", encoding="utf-8")
    return root


def _score(corpus: Path, out: Path, *args: str) -> tuple[bytes, list[dict], str]:
    errors = out.with_suffix(".errors.csv")
    result = runner.invoke(app, ["score", str(corpus), "-o", str(out), "--errors", str(errors), "--no-model", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), f"{result.exception!r}\n{result.output[-2000:]}"
    assert result.exit_code == 0 and "Traceback" not in result.output, result.output[-2000:]
    with errors.open(encoding="utf-8", newline="") as f:
        return (out.read_bytes() if out.is_file() else b""), list(csv.DictReader(f)), result.output


def _accounted(corpus: Path, ids: set[str], errors: list[dict]) -> None:
    """Every article read is in the output or the errors; every file with none read is in the errors."""
    items = list(ingest.read_articles([corpus]))
    read = {a.id: a for a in items if isinstance(a, Article)}
    error_ids = {e["id"] for e in errors if e["id"]}
    assert set(read) == ids | (error_ids & set(read)), sorted(set(read) - ids - error_ids)[:5]
    assert not ids & error_ids
    files = {str(p) for p in corpus.rglob("*") if p.is_file()}
    named = {a.source_path for a in read.values()} | {e["path"] for e in errors}
    assert files == named, sorted(files ^ named)[:5]
    return read


def test_two_jobs_write_byte_for_byte_what_one_job_writes_on_a_mangled_folder(corpus, tmp_path):
    one, one_errors, _ = _score(corpus, tmp_path / "one.jsonl", "--jobs", "1")
    two, two_errors, output = _score(corpus, tmp_path / "two.jsonl", "--jobs", "2")
    assert one == two
    assert one_errors == two_errors
    records = [json.loads(line) for line in one.decode("utf-8").split("\n")[:-1]]
    assert len(records) > 100  # past the 32-article chunk: the pool really ran
    read = _accounted(corpus, {r["id"] for r in records}, one_errors)
    problems = [p for r in records for p in record_violations(r, read[r["id"]].text)]
    assert not problems, problems[:3]
    # the bad files, each once, in the folder's order (a .docx is read, so a broken one is found in its turn)
    bad = [Path(e["path"]).name for e in one_errors if Path(e["path"]).name.startswith("bad-")]
    assert bad == ["bad-binary.txt", "bad-empty.txt", "bad-utf16.csv", "bad-word.docx"]


@pytest.fixture
def failing_on_boom(monkeypatch):
    """Analyzer.analyze raises on an article holding "BOOM" (a bug framing might have); the pool's
    workers are forked after this, so they fail alike."""
    analyze = Analyzer.analyze

    def analyze_or_fail(self, article):
        if "BOOM" in article.text:
            raise IndexError("string index out of range")
        return analyze(self, article)

    monkeypatch.setattr(Analyzer, "analyze", analyze_or_fail)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_an_article_framing_fails_on_is_one_error_row_and_the_run_goes_on(corpus, tmp_path, failing_on_boom, jobs):
    out, errors, output = _score(corpus, tmp_path / "o.jsonl", "--jobs", jobs)
    [failed] = [e for e in errors if e["path"].endswith("boom.txt")]
    assert failed["id"] == "boom"
    assert failed["error"] == ("framing failed on this article (IndexError: string index out of range); it was left out and the rest "
                               "were scored; please report it as a bug, with the article")
    assert f"error {corpus}/boom.txt: framing failed on this article" in output
    ids = {json.loads(line)["id"] for line in out.decode("utf-8").split("\n")[:-1]}
    assert "boom" not in ids and len(ids) > 100
    _accounted(corpus, ids, errors)


@pytest.mark.slow
def test_the_same_on_dask(corpus, tmp_path, failing_on_boom):
    """`--scheduler` on a dask.distributed cluster in this process (threads: the patched analyzer
    is seen), against one process writing Parquet."""
    dask_distributed = pytest.importorskip("dask.distributed")
    single, single_errors, _ = _score(corpus, tmp_path / "single.parquet", "--jobs", "1", "-f", "parquet")
    with dask_distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None) as cluster:
        _, dask_errors, output = _score(corpus, tmp_path / "dask.parquet", "--scheduler", cluster.scheduler_address)
    rows = list(export.read_analyses(tmp_path / "dask.parquet"))
    assert rows == list(export.read_analyses(tmp_path / "single.parquet"))
    assert sorted(map(str, dask_errors)) == sorted(map(str, single_errors))  # (Dask reports a task's failures as it finishes)
    assert any(e["path"].endswith("boom.txt") and "framing failed on this article" in e["error"] for e in dask_errors)
    _accounted(corpus, {r["id"] for r in rows}, dask_errors)

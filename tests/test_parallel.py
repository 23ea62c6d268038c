"""framing/parallel.py: --jobs N writes exactly what one process writes, builds the Analyzer once
per worker, and reads the input only as fast as it is analysed (memory stays flat)."""

from __future__ import annotations

import gc
import os
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from framing import ingest, parallel
from framing.cli import app
from framing.models import Article, IngestError
from framing.pipeline import Analyzer
from generated_corpus import make_corpus

runner = CliRunner()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """80 articles (three chunks of 32) with an unreadable file at position 40."""
    return make_corpus(tmp_path_factory.mktemp("parallel") / "corpus", 80, bad_at=40)


def _score(corpus: Path, out: Path, *args: str):
    result = runner.invoke(app, ["score", str(corpus), "-o", str(out), *args])
    assert result.exit_code == 0, result.output
    return result


@pytest.mark.parametrize("format", ["jsonl", "csv"])
def test_two_jobs_write_byte_for_byte_what_one_job_writes(corpus, tmp_path, format):
    one = _score(corpus, tmp_path / f"one.{format}", "--jobs", "1", "-f", format)
    two = _score(corpus, tmp_path / f"two.{format}", "--jobs", "2", "-f", format)
    assert (tmp_path / f"one.{format}").read_bytes() == (tmp_path / f"two.{format}").read_bytes()
    error = f"error {corpus}/a0040-empty.txt: empty file"
    for result in (one, two):
        assert error in result.output
        assert "scored 80 articles, 1 error, in" in result.output
    assert len((tmp_path / f"one.{format}").read_text(encoding="utf-8").splitlines()) == 80 + (format == "csv")


def test_results_come_back_in_input_order_with_errors_in_place(seeds_dir):
    articles = [a for a in ingest.read_articles([seeds_dir]) if isinstance(a, Article)]
    items = [articles[0], IngestError("bad.txt", "empty file"), articles[1], articles[0], IngestError("x.csv", "bad row", 3)]
    results = list(parallel.analyze_in_order(items, parallel.AnalyzerRecipe(), jobs=2, chunk_size=1))
    assert [r if isinstance(r, IngestError) else r["id"] for r in results] == [
        "independent-putin-no-show", IngestError("bad.txt", "empty file"), "ogmnews-putin-skips-talks",
        "independent-putin-no-show", IngestError("x.csv", "bad row", 3),
    ]
    assert results[0] == results[3] == Analyzer().analyze(articles[0]).to_dict()


@dataclass(frozen=True)
class CountingRecipe(parallel.AnalyzerRecipe):
    """A recipe that notes, in a file, each process that builds an Analyzer from it."""

    log: str = ""

    def build(self) -> Analyzer:
        with open(self.log, "a", encoding="utf-8") as f:
            f.write(f"{os.getpid()}\n")
        return super().build()


def test_each_worker_builds_the_analyzer_once_not_per_article(seeds_dir, tmp_path):
    articles = [a for a in ingest.read_articles([seeds_dir]) if isinstance(a, Article)] * 10
    log = tmp_path / "builds.txt"
    recipe = CountingRecipe(log=str(log))
    results = list(parallel.analyze_in_order(articles, recipe, jobs=2, chunk_size=2))
    assert len(results) == 20
    builders = log.read_text(encoding="utf-8").split()
    assert len(builders) == len(set(builders)) <= 2  # one build per worker process, not 20
    assert str(os.getpid()) not in builders


def test_input_is_read_only_as_fast_as_it_is_analysed(seeds_dir):
    article = next(a for a in ingest.read_articles([seeds_dir]) if isinstance(a, Article))
    pulled = 0

    def endless():
        nonlocal pulled
        while True:
            pulled += 1
            yield article

    results = parallel.analyze_in_order(endless(), parallel.AnalyzerRecipe(), jobs=2, chunk_size=4)
    for _ in range(40):
        next(results)
    bound = 2 * parallel.IN_FLIGHT_PER_JOB * 4 + 4  # chunks in flight, plus the one being cut
    assert 40 <= pulled <= 40 + bound
    results.close()


def test_a_corpus_smaller_than_one_chunk_is_analysed_in_this_process(seeds_dir, tmp_path):
    log = tmp_path / "builds.txt"
    results = list(parallel.analyze_in_order(ingest.read_articles([seeds_dir]), CountingRecipe(log=str(log)), jobs=2))
    assert [r["id"] for r in results] == ["independent-putin-no-show", "ogmnews-putin-skips-talks"]
    assert log.read_text(encoding="utf-8").split() == [str(os.getpid())]


def test_default_jobs_is_every_core_this_process_may_use():
    assert parallel.default_jobs() == len(os.sched_getaffinity(0))


def test_a_chunk_runs_with_the_cycle_collector_threshold_raised_and_the_callers_back_after(seeds_dir):
    article = next(a for a in ingest.read_articles([seeds_dir]) if isinstance(a, Article))
    parallel.init_worker(parallel.AnalyzerRecipe())
    before = gc.get_threshold()
    try:
        gc.set_threshold(700, 9, 8)
        seen = parallel.analyze_chunk([article], encode=lambda analysis: (analysis.article.id, gc.get_threshold()))
        assert seen == [(article.id, (parallel.GC_THRESHOLD, 9, 8))]
        assert gc.get_threshold() == (700, 9, 8)
        gc.set_threshold(50_000, 9, 8)  # a caller's higher threshold is kept
        assert parallel.analyze_chunk([article], encode=lambda analysis: gc.get_threshold()) == [(50_000, 9, 8)]
    finally:
        gc.set_threshold(*before)


def _children(pid: int) -> list[int]:
    try:
        return [int(x) for x in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="reads worker processes from Linux's /proc")
def test_workers_of_a_killed_run_end_with_it_and_resume_is_not_refused(corpus, tmp_path):
    # SIGKILLed (the OOM killer, a batch system's hard limit), a run left its workers behind for ever,
    # holding the output's lock: --resume said "being written by another framing run that is still going"
    import signal
    import subprocess
    import sys
    import time

    out = tmp_path / "s.jsonl"
    command = [sys.executable, "-c", "from framing.cli import main; main()", "score", str(corpus), "-o", str(out), "--jobs", "2", "--no-model"]
    run = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline, workers = time.monotonic() + 60, []
    while run.poll() is None and time.monotonic() < deadline and len(workers) < 2:
        workers = _children(run.pid)
        time.sleep(0.005)
    run.send_signal(signal.SIGKILL)
    run.wait()
    assert run.returncode == -signal.SIGKILL and len(workers) == 2, "the run finished before its workers could be seen"
    deadline = time.monotonic() + 10
    while any(map(_alive, workers)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(map(_alive, workers))
    resumed = _score(corpus, out, "--jobs", "2", "--no-model", "--resume")
    assert "scored" in resumed.output and "being written by another" not in resumed.output
    assert len(out.read_text(encoding="utf-8").splitlines()) == 80

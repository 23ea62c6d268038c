"""Run the per-article function on a Dask cluster, writing partitioned Parquet.

The client reads the corpus (framing.ingest, streaming) and cuts it into chunks of `chunk_size`
articles; each chunk becomes one Dask task that builds the Analyzer once per worker process
(`parallel.init_worker`, the same as the local pool), analyses the chunk with
`parallel.analyze_article`, and writes part N of the Parquet output itself (framing/parquet.py
layout), so results never travel back through the client.  At most `IN_FLIGHT_PER_THREAD` tasks
per worker thread are pending, so the client's memory stays flat however big the corpus.  The
output folder must be on storage every worker can write to (a shared file system); see
docs/scale.md.  Reading the parts in order gives exactly the rows a single process writes.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from framing import parallel
from framing.models import Article, IngestError
from framing.pipeline import guarded

CHUNK_SIZE = 1000  # articles per task and per part file
IN_FLIGHT_PER_THREAD = 2


class SchedulerError(RuntimeError):
    """Dask is missing or the scheduler cannot be reached; the message says what to do."""


def connect(scheduler: str) -> Any:
    """A dask.distributed Client: `local` starts a LocalCluster on this machine's cores (one
    single-threaded worker process per core, since the analysis is pure Python and holds the GIL);
    anything else is a scheduler address such as tcp://host:8786."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as e:
        raise SchedulerError(f"--scheduler needs dask.distributed ({e}); pip install 'framing[dask]'") from None
    if scheduler == "local":
        cluster = LocalCluster(n_workers=parallel.default_jobs(), threads_per_worker=1, processes=True,
                               dashboard_address=None)
        return Client(cluster)
    try:
        return Client(scheduler, timeout=10)
    except (OSError, TimeoutError, ValueError) as e:
        raise SchedulerError(f"cannot reach the Dask scheduler at {scheduler} ({e}); start one with "
                             "`dask scheduler` or pass --scheduler local") from None


def analyze_part(articles: list[Article], recipe: parallel.AnalyzerRecipe, folder: str,
                 index: int) -> tuple[int, list[IngestError]]:
    """One Dask task: analyse a chunk and write it as part `index`; returns the article count and
    an error for each article framing failed on (left out: one must not fail the task, and with it
    the run)."""
    from framing import parquet

    parallel.init_worker(recipe)
    failed: list[IngestError] = []

    def analysed() -> Iterator[dict[str, Any]]:
        for article in articles:
            result = guarded(parallel.analyze_article, article)
            if isinstance(result, IngestError):
                failed.append(result)
            else:
                yield result

    return parquet.write_part(Path(folder), index, analysed()), failed


def _done(future: Any) -> Iterator[IngestError | int]:
    """A finished task's errors, then its article count."""
    count, failed = future.result()
    yield from failed
    yield count


def score_on_dask(items: Iterable[Article | IngestError], recipe: parallel.AnalyzerRecipe, folder: Path,
                  client: Any, *, first_part: int = 0, chunk_size: int = CHUNK_SIZE) -> Iterator[IngestError | int]:
    """Analyse `items` on the cluster behind `client` into the Parquet folder `folder`.

    Yields ingest errors as they are read and, as parts complete (in order), the errors of the
    articles framing failed on and the number of articles each part holds, so a caller can report
    progress.
    """
    folder = Path(folder).resolve()
    recipe_on_workers = client.scatter(recipe, broadcast=True)
    threads = max(1, sum(client.nthreads().values()))
    window: deque[Any] = deque()
    index = first_part
    chunk: list[Article] = []

    def submit() -> None:
        nonlocal index, chunk
        window.append(client.submit(analyze_part, chunk, recipe_on_workers, str(folder), index, pure=False))
        index += 1
        chunk = []

    for item in items:
        if isinstance(item, IngestError):
            yield item
            continue
        chunk.append(item)
        if len(chunk) >= chunk_size:
            submit()
            if len(window) >= threads * IN_FLIGHT_PER_THREAD:
                yield from _done(window.popleft())
    if chunk:
        submit()
    while window:
        yield from _done(window.popleft())

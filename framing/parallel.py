"""Analyse a stream of articles on all local cores, in input order, with flat memory.

Each worker process builds its `Analyzer` once (the pool initializer calls `AnalyzerRecipe.build`),
so lexicons and the model are compiled once per worker, never per article.  Articles travel to the
workers in chunks and come back as `Analysis.to_dict()` dicts, one chunk at a time; at most
`IN_FLIGHT_PER_JOB` chunks per worker are out at once, so a corpus of any size is read only as fast
as it is analysed.  Results are yielded in input order, so `--jobs 4` writes exactly what `--jobs 1`
writes.  The same per-article function runs on Dask (framing/distributed.py).
"""

from __future__ import annotations

import gc
import os
import signal
import sys
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from framing.lexicon import load
from framing.models import Analysis, Article, IngestError
from framing.pipeline import Analyzer, SentenceModel, guarded

CHUNK_SIZE = 32  # articles per task: large enough to amortise the hand-over, small enough to keep order cheap
IN_FLIGHT_PER_JOB = 4  # chunks queued per worker: keeps every worker busy while bounding memory
# An article's objects (a thousand tokens, its matches, spans) are freed by reference counting as
# soon as it is written; the cycle collector's default (a pass per 700 new objects) ran about once
# an article for nothing, 2% of the time.  While a chunk is analysed the threshold is at least this,
# then the caller's own setting is back.
GC_THRESHOLD = 10_000

Item = Article | IngestError


@dataclass(frozen=True)
class AnalyzerRecipe:
    """How to build the Analyzer in another process: extra lexicon paths and an optional model.

    Cheap to pickle (the model, if any, is plain data); `token` identifies the recipe so a Dask
    worker that already built this Analyzer reuses it.
    """

    lexicons: tuple[str, ...] = ()
    model: SentenceModel | None = None
    token: str = field(default_factory=lambda: uuid.uuid4().hex)

    @classmethod
    def of(cls, lexicons: Sequence[str | Path] = (), model: SentenceModel | None = None) -> AnalyzerRecipe:
        return cls(tuple(str(p) for p in lexicons), model)

    def build(self) -> Analyzer:
        return Analyzer(load(self.lexicons), self.model)


_analyzer: Analyzer | None = None
_analyzer_token: str | None = None


def init_worker(recipe: AnalyzerRecipe) -> None:
    """Pool initializer: compile lexicons and model once for this process."""
    global _analyzer, _analyzer_token
    if _analyzer_token != recipe.token:
        _analyzer, _analyzer_token = recipe.build(), recipe.token


def _pool_worker(recipe: AnalyzerRecipe, parent: int | None = None) -> None:
    """Initializer of pool processes: Ctrl-C goes to the main process alone, which then stops the
    pool cleanly (a worker interrupted mid-chunk would only add a traceback)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if parent is not None:
        die_with_parent(parent)
    init_worker(recipe)


PR_SET_PDEATHSIG = 1  # linux/prctl.h


def die_with_parent(parent: int) -> None:
    """Have the kernel kill this worker when the process that started it ends, however it ends.

    A run killed outright (SIGKILL: the OOM killer, a batch system's hard limit) left its workers
    behind for ever, blocked on a queue no one writes, ignoring SIGTERM, and holding the lock on
    the output they had inherited, so `--resume` was refused as "being written by another framing
    run".  Linux only (prctl); elsewhere nothing changes."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)


def analyze_article(article: Article) -> dict[str, Any]:
    """The per-article function every backend runs: an Article in, its `Analysis.to_dict()` out."""
    assert _analyzer is not None, "init_worker(recipe) must run in this process first"
    return _analyzer.analyze(article).to_dict()


def analyze_chunk(items: Sequence[Item], encode: Callable[[Analysis], Any] | None = None) -> list[Any]:
    """A chunk of the input, errors passed through untouched so they keep their place; `encode`
    (a writer's, e.g. to a JSON line) runs here too, so serialising is spread over the workers.
    It gets the `Analysis` itself, so a writer that has a faster way than `to_dict()` can use it."""
    old_threshold = gc.get_threshold()
    gc.set_threshold(max(old_threshold[0], GC_THRESHOLD), *old_threshold[1:])
    try:
        if encode is None:
            return [item if isinstance(item, IngestError) else guarded(analyze_article, item) for item in items]
        assert _analyzer is not None, "init_worker(recipe) must run in this process first"
        analyze = _analyzer.analyze
        return [item if isinstance(item, IngestError) else guarded(lambda a: encode(analyze(a)), item) for item in items]
    finally:
        gc.set_threshold(*old_threshold)


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def analyze_in_order(items: Iterable[Item], recipe: AnalyzerRecipe, jobs: int | None = None,
                     chunk_size: int = CHUNK_SIZE, encode: Callable[[Analysis], Any] | None = None) -> Iterator[Any]:
    """Analyse `items` on `jobs` processes (default: all cores), yielding results in input order:
    `Analysis.to_dict()` dicts, or what `encode` (a picklable top-level function) makes of them,
    with each IngestError in its place.

    A corpus that fits in one chunk is analysed in this process: starting workers would cost more.
    """
    jobs = jobs or default_jobs()
    chunks = _chunks(items, chunk_size)
    first = next(chunks, [])
    if jobs == 1 or len(first) < chunk_size:
        init_worker(recipe)
        yield from analyze_chunk(first, encode)
        for chunk in chunks:
            yield from analyze_chunk(chunk, encode)
        return
    pool = ProcessPoolExecutor(jobs, initializer=_pool_worker, initargs=(recipe, os.getpid()))
    window: deque[Future[list[Any]]] = deque([pool.submit(analyze_chunk, first, encode)])
    try:
        for chunk in chunks:
            window.append(pool.submit(analyze_chunk, chunk, encode))
            if len(window) >= jobs * IN_FLIGHT_PER_JOB:
                yield from window.popleft().result()
        while window:
            yield from window.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk

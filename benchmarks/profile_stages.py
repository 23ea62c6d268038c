"""Where `Analyzer.analyze` spends its time, per stage, on the generated corpus (issue 2's target:
1,000 articles/s on one core without the classifier).

Two views: the CPU time of each stage function that `framing.pipeline` calls (found by wrapping
the functions the pipeline module reaches through `clean.`, `segment.`, `quotes.`, `detect.`,
`score.`), plus serialising (`export.jsonl_line`, what `framing score` writes); and cProfile's top
functions by own time.  CPU time (`time.process_time`), not wall time: on a shared machine the
wall clock mostly measures the other processes.

    python benchmarks/profile_stages.py --articles 500
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import inspect
import pstats
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import articles  # noqa: E402

from framing import export, pipeline  # noqa: E402
from framing.models import Article  # noqa: E402

STAGES = ("clean", "segment", "quotes", "detect", "score")


def wrap_stages(totals: dict[str, float]) -> list[str]:
    """Replace each stage function `Analyzer.analyze` calls (`clean.ignored_ranges(...)`, ...) by a
    timed one; these calls do not nest, so their times add up."""
    source = inspect.getsource(pipeline.Analyzer.analyze)
    calls = sorted(set(re.findall(rf"\b({'|'.join(STAGES)})\.(\w+)\(", source)))
    for stage, name in calls:
        module = getattr(pipeline, stage)
        setattr(module, name, _timed(f"{stage}.{name}", getattr(module, name), totals))
    return [f"{stage}.{name}" for stage, name in calls]


def _timed(label: str, fn, totals: dict[str, float]):
    @functools.wraps(fn)
    def timed(*args, **kwargs):
        started = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            totals[label] += time.process_time() - started
    return timed


def main() -> None:
    parser = argparse.ArgumentParser(description="per-stage cost of Analyzer.analyze")
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    docs = [Article(id=a["id"], text=a["text"], outlet=a["outlet"], title=a["title"], date=a["date"])
            for a in articles(args.articles)]
    analyzer = pipeline.Analyzer()
    analyzer.analyze(docs[0])  # warm caches

    started = time.process_time()
    for d in docs:
        export.jsonl_line(analyzer.analyze(d))
    plain = time.process_time() - started
    print(f"{len(docs)} articles, {plain:.2f} s: {len(docs) / plain:.0f} articles/s (analyze + jsonl_line, CPU)")

    totals: dict[str, float] = defaultdict(float)
    wrap_stages(totals)
    started = time.process_time()
    for d in docs:
        a = analyzer.analyze(d)
        t = time.process_time()
        export.jsonl_line(a)
        totals["export: jsonl_line"] += time.process_time() - t
    wall = time.process_time() - started
    totals["rest of analyze (glue, Analysis)"] = wall - sum(totals.values())
    print(f"\n{'stage':<40} {'ms/article':>10} {'share':>6}")
    for label, seconds in sorted(totals.items(), key=lambda kv: -kv[1]):
        print(f"{label:<40} {1000 * seconds / len(docs):>10.2f} {seconds / wall:>6.0%}")

    profile = cProfile.Profile()
    profile.enable()
    for d in docs:
        export.jsonl_line(analyzer.analyze(d))
    profile.disable()
    print()
    pstats.Stats(profile).sort_stats("tottime").print_stats(args.top)


if __name__ == "__main__":
    main()

"""The same corpus through `--jobs N` (a local process pool) and through Dask (`--scheduler local`,
a LocalCluster with one single-threaded worker process per core), both writing Parquet: the Dask
overhead is the difference in wall time (cluster start-up, scheduling, per-task hand-over).

    python benchmarks/dask_vs_jobs.py --articles 2000 --jobs 2
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import add_run_options, corpus, run_score, start_run  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description="Dask LocalCluster vs --jobs on the same corpus")
    parser.add_argument("--articles", type=int, nargs="+", default=[2000])
    parser.add_argument("--jobs", type=int, default=len(os.sched_getaffinity(0)))
    add_run_options(parser)
    args = parser.parse_args()
    model = start_run(args)
    print(f"{'articles':>9} {'backend':<24} {'seconds':>8} {'articles/s':>10} {'overhead':>9} {'cpu s':>7}")
    for n in args.articles:
        source = corpus(n, args.cache)
        runs = [(f"--jobs {args.jobs}", ["--jobs", str(args.jobs)]), ("--scheduler local (Dask)", ["--scheduler", "local"])]
        base = None
        for label, extra in runs:
            with tempfile.TemporaryDirectory() as tmp:
                seconds, cpu, _ = run_score([str(source), *model, "--format", "parquet", "--out", str(Path(tmp) / "s.parquet"), *extra])
            base = base or seconds
            overhead = f"{(seconds - base) / base:+.0%}" if seconds != base else "-"
            print(f"{n:>9} {label:<24} {seconds:>8.1f} {n / seconds:>10.1f} {overhead:>9} {cpu:>7.1f}", flush=True)


if __name__ == "__main__":
    main()

"""Throughput and peak memory of `framing score` on a generated corpus (issue 2 and issue 7).

For each corpus size and each --jobs value it runs `framing score CORPUS --out FILE --jobs J` in a
child process and prints articles per second (whole command, start-up included) and the peak RSS.
The corpus (benchmarks/corpus.py, fixed seed, ~800 words an article) is generated once into
--cache and reused.  CPU seconds (all processes) are printed too: on a shared machine wall time
says how much of the machine we got, CPU time how much work the run took; `cpu scaling` is what
--jobs N would reach on N idle cores, N x (CPU per article with one job) / (CPU per article with N).

    python benchmarks/throughput.py --articles 2000 20000 --jobs 1 2
    python benchmarks/throughput.py --articles 20000 100000 --jobs 1      # memory flat as it grows
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import add_run_options, corpus, run_score, start_run  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description="articles/s and peak memory of framing score")
    parser.add_argument("--articles", type=int, nargs="+", default=[2000])
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--format", default="jsonl", choices=["jsonl", "csv", "parquet"])
    add_run_options(parser)
    args = parser.parse_args()
    model = start_run(args)
    print(f"{'articles':>9} {'jobs':>4} {'seconds':>8} {'articles/s':>10} {'scaling':>7} {'cpu s':>8} "
          f"{'cpu ms/art':>10} {'cpu scaling':>11} {'peak MB':>8}")
    peaks: dict[int, list[float]] = {}
    for n in args.articles:
        source = corpus(n, args.cache)
        base = None
        for jobs in args.jobs:
            with tempfile.TemporaryDirectory() as tmp:
                out = Path(tmp) / ("scores.parquet" if args.format == "parquet" else f"scores.{args.format}")
                seconds, cpu, peak = run_score([str(source), *model, "--format", args.format, "--out", str(out), "--jobs", str(jobs)])
            rate = n / seconds
            base = base or (rate, cpu)  # the first --jobs value given (1 by default) is the baseline
            peaks.setdefault(jobs, []).append(peak)
            cpu_scaling = jobs * base[1] / cpu  # N cores x the share of the one-job work each does
            print(f"{n:>9} {jobs:>4} {seconds:>8.1f} {rate:>10.1f} {rate / base[0]:>7.2f} {cpu:>8.1f} "
                  f"{1000 * cpu / n:>10.2f} {cpu_scaling:>11.2f} {peak:>8.0f}", flush=True)
    if len(args.articles) > 1:
        for jobs, values in peaks.items():
            print(f"peak memory, --jobs {jobs}: {args.articles[-1]} articles / {args.articles[0]} articles = "
                  f"{values[-1] / values[0]:.2f}x")


if __name__ == "__main__":
    main()

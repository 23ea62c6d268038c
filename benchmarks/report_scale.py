"""Size and generation time of `framing report` over a large corpus (issue 5: 5,000 articles,
file under 25 MB, generation under 60 s).

Generates the benchmark corpus (benchmarks/corpus.py: fixed seed, ~800 words an article, lexicon
terms, quotations, attributions, boilerplate across five outlets) once into --cache, then runs
`framing report CORPUS --out FILE` in a child process, the way a user does, and prints the wall
time (start-up and analysis included), the report's size and the child's peak memory.

    python benchmarks/report_scale.py                      # 5,000 articles
    python benchmarks/report_scale.py --articles 1000 5000 --jobs 1 2
    python benchmarks/report_scale.py --split     # in this process: analysis and report building apart
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import corpus  # noqa: E402

FRAMING = Path(sys.executable).with_name("framing")


def run_report(path: Path, out: Path, jobs: int | None) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one `framing report` run in a child process."""
    cmd = [str(FRAMING), "report", str(path), "--out", str(out)] + (["--jobs", str(jobs)] if jobs else [])
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return seconds, max(peak, before) / 1024


def split(path: Path, out: Path, jobs: int | None) -> None:
    """Time the two halves in this process: analysing the corpus, then building the report from
    the records (what `framing report` would do with saved scores)."""
    from framing.classify import load_model
    from framing.report import analyse_for_report, write_report

    started = time.perf_counter()
    records = list(analyse_for_report([path], model=load_model(), jobs=jobs))
    analysed = time.perf_counter()
    write_report(records, out)
    built = time.perf_counter()
    print(f"  analysis {analysed - started:.1f} s, report building {built - analysed:.1f} s (with the shipped classifier, as the command)")


def main() -> None:
    parser = argparse.ArgumentParser(description="time and size of framing report on a generated corpus")
    parser.add_argument("--articles", type=int, nargs="+", default=[5000])
    parser.add_argument("--jobs", type=int, nargs="+", default=[0], help="0: the command's default (all cores)")
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "framing-bench")
    parser.add_argument("--split", action="store_true", help="also time analysis and report building apart, in this process")
    args = parser.parse_args()
    print(f"{'articles':>8} {'jobs':>4} {'seconds':>8} {'MB':>6} {'peak RSS MB':>11}")
    for n in args.articles:
        path = corpus(n, args.cache)
        for jobs in args.jobs:
            out = args.cache / f"report-{n}.html"
            seconds, peak = run_report(path, out, jobs or None)
            size = out.stat().st_size / 1e6
            print(f"{n:>8} {jobs or 'all':>4} {seconds:>8.1f} {size:>6.1f} {peak:>11.0f}", flush=True)
            if args.split:
                split(path, out, jobs or None)


if __name__ == "__main__":
    main()

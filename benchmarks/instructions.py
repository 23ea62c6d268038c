"""Instructions per article (analyze + JSONL line) counted by callgrind, which does not depend on load.

Why: on a shared or virtual machine the same timing run can vary by 40%, so a small speed change
cannot be read from wall clock or CPU time.  Callgrind counts the instructions executed; running
`--small` and `--large` articles and taking the difference divided by the extra articles removes
start-up and import costs.  Compare two trees by running each with its own PYTHONPATH:

    python benchmarks/instructions.py                                  # this tree
    PYTHONPATH=/tmp/old python /tmp/old/benchmarks/instructions.py     # a worktree of another commit
    python benchmarks/instructions.py --classifier                     # with the default sentence classifier

Needs valgrind (`apt-get install valgrind`).  Prints the two totals and the figure per article,
then the cyclic garbage collector's share of it and the figure without it.

Why the collector is given apart: the child runs at CPython's default thresholds, and a full
collection walks every tracked object of the process (about 190,000 with the lexicons loaded, some
50 M instructions).  Only one or two fall in the first 120 articles (the first at article 0-25,
then none for about a hundred: the next waits until a quarter as many objects again have
survived), so whether one lands inside the measured articles (after the first `--small`) or
before them moves the figure by about 0.5 M an article, and a change that only shifts allocations
a little moves it either way.  In the eighteenth session a -0.40 M "saving" was one full
collection moving from article 25 to article 16, out of the window; without the collector the two
trees differed by +0.06 M.  Compare trees by the figure without the collector; `framing score`
raises gen0 to 10,000 (`parallel.GC_THRESHOLD`), so the collector costs it less than here.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

# The child: score `n` articles of the throughput corpus, nothing else.
CHILD = """
import sys
sys.path.insert(0, {here!r})
import corpus
from framing import export
from framing.models import Article
from framing.pipeline import Analyzer
model = None
if {classifier}:
    from framing.classify import load_model
    model = load_model()
analyzer = Analyzer(model=model)
try:  # a pattern first used at article 28 would put its one-off compile into the per-article slope
    from framing.lazy_patterns import compile_all
    compile_all()
except ImportError:  # a tree from before lazy patterns compiled them all at import
    pass
for i, a in enumerate(corpus.articles({n})):
    export.jsonl_line(analyzer.analyze(Article(id=str(i), text=a["text"], title=a.get("title"))))
"""


def instructions(n: int, classifier: bool = False) -> tuple[int, int]:
    """Instructions callgrind counts for a child process scoring `n` articles (with the default
    sentence classifier when `classifier`), and how many of them the garbage collector ran."""
    return callgrind_counts(CHILD.format(here=str(HERE), n=n, classifier=classifier))


def callgrind_count(script: str) -> int:
    """Instructions callgrind counts for `python -c script` (also used by classifier_speed.py)."""
    return callgrind_counts(script, collector=False)[0]


def callgrind_counts(script: str, collector: bool = True) -> tuple[int, int]:
    """Instructions callgrind counts for `python -c script`, and (when `collector`) those spent
    inside CPython's `gc_collect_main`, read by `callgrind_annotate --inclusive=yes` (0 if absent)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/cg.out", sys.executable, "-c", script],
            capture_output=True, text=True, check=True,
        ).stderr
        found = re.search(r"I\s+refs:\s+([\d,]+)", out)
        if found is None:
            raise SystemExit(f"callgrind printed no instruction count:\n{out[-2000:]}")
        return int(found.group(1).replace(",", "")), collector_count(f"{tmp}/cg.out") if collector else 0


def collector_count(callgrind_out: str) -> int:
    """Instructions inside `gc_collect_main` (the collector, whatever started it), or 0 when
    `callgrind_annotate` is missing or the symbol is not found (a Python built without symbols)."""
    if shutil.which("callgrind_annotate") is None:
        return 0
    listing = subprocess.run(
        ["callgrind_annotate", "--inclusive=yes", callgrind_out], capture_output=True, text=True, check=False
    ).stdout
    found = re.search(r"^\s*([\d,]+)\s.*:gc_collect_main\s", listing, re.MULTILINE)
    return int(found.group(1).replace(",", "")) if found else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=int, default=20, help="articles in the baseline run")
    parser.add_argument("--large", type=int, default=120, help="articles in the measured run")
    parser.add_argument("--classifier", action="store_true", help="score with the shipped sentence classifier")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed: apt-get install valgrind")
    (small, small_gc), (large, large_gc) = instructions(args.small, args.classifier), instructions(args.large, args.classifier)
    extra = args.large - args.small
    per_article, collector = (large - small) / extra, (large_gc - small_gc) / extra
    print(f"{args.small} articles: {small:,} instructions; {args.large} articles: {large:,}")
    print(f"per article: {per_article / 1e6:.2f} M instructions")
    if small_gc or large_gc:
        print(f"of which the garbage collector: {collector / 1e6:.2f} M; without it: {(per_article - collector) / 1e6:.2f} M")


if __name__ == "__main__":
    main()

"""Instructions per article (analyze + JSONL line) counted by callgrind, which does not depend on load.

Why: on a shared or virtual machine the same timing run can vary by 40%, so a small speed change
cannot be read from wall clock or CPU time.  Callgrind counts the instructions executed; running
`--small` and `--large` articles and taking the difference divided by the extra articles removes
start-up and import costs.  Compare two trees by running each with its own PYTHONPATH:

    python benchmarks/instructions.py                                  # this tree
    PYTHONPATH=/tmp/old python /tmp/old/benchmarks/instructions.py     # a worktree of another commit
    python benchmarks/instructions.py --classifier                     # with the default sentence classifier

Needs valgrind (`apt-get install valgrind`).  Prints the two totals and the figure per article.
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


def instructions(n: int, classifier: bool = False) -> int:
    """Instructions callgrind counts for a child process scoring `n` articles (with the default
    sentence classifier when `classifier`)."""
    return callgrind_count(CHILD.format(here=str(HERE), n=n, classifier=classifier))


def callgrind_count(script: str) -> int:
    """Instructions callgrind counts for `python -c script` (also used by classifier_speed.py)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/cg.out", sys.executable, "-c", script],
            capture_output=True, text=True, check=True,
        ).stderr
    found = re.search(r"I\s+refs:\s+([\d,]+)", out)
    if found is None:
        raise SystemExit(f"callgrind printed no instruction count:\n{out[-2000:]}")
    return int(found.group(1).replace(",", ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=int, default=20, help="articles in the baseline run")
    parser.add_argument("--large", type=int, default=120, help="articles in the measured run")
    parser.add_argument("--classifier", action="store_true", help="score with the shipped sentence classifier")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed: apt-get install valgrind")
    small, large = instructions(args.small, args.classifier), instructions(args.large, args.classifier)
    per_article = (large - small) / (args.large - args.small)
    print(f"{args.small} articles: {small:,} instructions; {args.large} articles: {large:,}")
    print(f"per article: {per_article / 1e6:.2f} M instructions")


if __name__ == "__main__":
    main()

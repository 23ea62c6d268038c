"""Cost of `framing score`'s exact-duplicate check (framing/duplicate_texts.py) on its own: time per
article over the generated corpus, and the table's size as distinct texts grow to the bound and past it.

The whole-run figures come from `benchmarks/throughput.py` (peak RSS, articles/s); on a shared
machine the check's few microseconds an article vanish in the noise of a 5 ms article, so this
script times the check alone.  Memory is the table's own arrays (numpy `nbytes`), which is what grows.

    python benchmarks/duplicate_check.py --articles 20000 --texts 3000000
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import add_run_options, corpus  # noqa: E402

from framing.duplicate_texts import MAX_TEXTS, Duplicates  # noqa: E402
from framing.ingest import read_articles  # noqa: E402
from framing.models import Article  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description="time and memory of the exact-duplicate check")
    parser.add_argument("--articles", type=int, default=20000, help="generated articles (~800 words) to time the check on")
    parser.add_argument("--texts", type=int, default=3_000_000, help="short distinct texts to fill the table past its bound")
    add_run_options(parser)
    args = parser.parse_args()
    articles = [a for a in read_articles([corpus(args.articles, args.cache)]) if isinstance(a, Article)]
    for a in articles:
        a.warnings = []
    d = Duplicates()
    started = time.process_time()
    for _ in d.mark(articles):
        pass
    cpu = time.process_time() - started
    print(f"{len(articles):,} articles: {cpu * 1e6 / len(articles):.1f} CPU us an article, {sum(bool(a.warnings) for a in articles)} duplicates, "
          f"table {(d._keys.nbytes + d._where.nbytes) / 2**20:.2f} MiB")
    d = Duplicates()
    checkpoints = {20_000, 100_000, 1_000_000, MAX_TEXTS, 2_000_000, args.texts}
    started = time.process_time()
    for i in range(1, args.texts + 1):
        for _ in d.mark([Article(id="", text=f"text {i}", source_path="t.jsonl")]):
            pass
        if i in checkpoints:
            print(f"{i:>10,} distinct texts: table {(d._keys.nbytes + d._where.nbytes) / 2**20:6.2f} MiB, full {d.full}, "
                  f"{(time.process_time() - started) * 1e6 / i:.1f} CPU us a text so far (growth included)")


if __name__ == "__main__":
    main()

"""Cost of the near-duplicate check (framing/near_duplicates.py, `--near-duplicates`): CPU time an
article and memory, on the generated corpus and on a stream of distinct texts up to 1 M and past.

Two parts:
1. the generated corpus (benchmarks/corpus.py, ~800 words an article), through the duplicate check
   as `framing score` runs it, exact only and exact + near: the difference is the near check's
   cost an article, and the near duplicates it reports there (a template-made corpus shares much
   wording);
2. distinct ~800-word texts made of 40 sentences drawn from 20,000 random 20-word sentences (any
   two share a sentence or two at most), streamed through the near check alone: CPU microseconds
   a text so far and the index's arrays (numpy `nbytes`) at each checkpoint, and the process's
   peak RSS at the end.  The texts are made as they are checked, never held.

    python benchmarks/near_duplicates.py --articles 20000 --texts 1000000
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import add_run_options, corpus  # noqa: E402

from framing.duplicate_texts import Duplicates  # noqa: E402
from framing.ingest import read_articles  # noqa: E402
from framing.models import Article  # noqa: E402
from framing.near_duplicates import MAX_TEXTS, NearDuplicates  # noqa: E402


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _checked(articles: list[Article], duplicates: Duplicates) -> float:
    for a in articles:
        a.warnings = []
    started = time.process_time()
    for _ in duplicates.check(articles):
        pass
    return time.process_time() - started


def corpus_part(n: int, cache: Path | None, threshold: float) -> None:
    articles = [a for a in read_articles([corpus(n, cache)]) if isinstance(a, Article)]
    words = sum(len(a.text.split()) for a in articles) / len(articles)
    exact = _checked(articles, Duplicates())
    near = NearDuplicates(threshold)
    both = _checked(articles, d := Duplicates(near=near))
    print(f"generated corpus, {len(articles):,} articles of {words:.0f} words on average, threshold {threshold}:")
    print(f"  exact check {exact * 1e6 / len(articles):.1f} CPU us an article; exact + near {both * 1e6 / len(articles):.1f}; "
          f"near alone {(both - exact) * 1e6 / len(articles):.1f} CPU us an article")
    print(f"  near duplicates reported: {d.near_articles:,}; the first: {d.near_first}")
    print(f"  index arrays {near.memory() / 2**20:.1f} MiB ({near.memory() / max(near._kept, 1):.0f} bytes a text kept)")


def stream_part(texts: int, threshold: float, seed: int = 20261123) -> None:
    rng = random.Random(seed)
    vocabulary = [f"w{i}" for i in range(50_000)]
    pool = [" ".join(rng.choices(vocabulary, k=20)) + "." for _ in range(20_000)]
    near = NearDuplicates(threshold)
    checkpoints = sorted({20_000, 100_000, 1_000_000, MAX_TEXTS, texts} - {t for t in (20_000, 100_000, 1_000_000) if t > texts})
    reported = 0
    started = time.process_time()
    for i in range(1, texts + 1):
        where, _ = near.see(" ".join(rng.choices(pool, k=40)), i)
        reported += where is not None
        if i in checkpoints:
            cpu = time.process_time() - started
            print(f"{i:>10,} distinct texts: {cpu * 1e6 / i:6.1f} CPU us a text so far (making it included), "
                  f"index arrays {near.memory() / 2**20:7.1f} MiB, full {near.full}, near duplicates reported {reported}, "
                  f"peak RSS {_peak_mib():.0f} MiB")
            bands = near._keys.nbytes + near._texts.nbytes
            print(f"{'':>31}of which band keys {bands / 2**20:.1f} MiB ({len(near._keys):,} keys, {len(near._keys) / i:.1f} a text), "
                  f"signatures, places and sizes {(near.memory() - bands) / 2**20:.1f} MiB ({len(near._signatures):,} rows); "
                  f"{len(near._waiting):,} keys waiting")
    make = time.process_time()
    for _ in range(20_000):
        " ".join(rng.choices(pool, k=40))
    print(f"(making a text costs {(time.process_time() - make) * 1e6 / 20_000:.1f} CPU us, included in the figures above)")


def main() -> None:
    parser = argparse.ArgumentParser(description="time and memory of the near-duplicate check")
    parser.add_argument("--articles", type=int, default=20000, help="generated articles (~800 words) to time the check on")
    parser.add_argument("--texts", type=int, default=1_000_000, help="distinct ~800-word texts to stream through the index")
    parser.add_argument("--threshold", type=float, default=0.7)
    add_run_options(parser)
    args = parser.parse_args()
    print(f"start: peak RSS {_peak_mib():.0f} MiB")
    if args.articles:
        corpus_part(args.articles, args.cache, args.threshold)
    if args.texts:
        stream_part(args.texts, args.threshold)


if __name__ == "__main__":
    main()

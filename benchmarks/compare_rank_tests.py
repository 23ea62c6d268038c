"""Where `framing compare`'s rank tests spend their time on a large corpus, and how long they take:
the unpaired tests of every score (Kruskal-Wallis, then Mann-Whitney U with Cliff's delta and its
interval for every pair of outlets), in process CPU seconds, so the figures hold on a loaded machine.

Saved scores (`framing score --out scores.jsonl`, one file or several) are copied until there are
`--articles` of them, each copy's ids suffixed, keeping the outlets; every statistic is then timed
alone over the same groups, and `compare_outlets` as a whole, with the digest of its JSON so two
versions of the code can be checked for identical output.  `--profile` prints cProfile's top
functions of the whole call.

    framing score basil.jsonl --out basil_scores.jsonl --no-model       # BASIL's 300 articles (3 outlets)
    framing score polnear.jsonl --out polnear_scores.jsonl --no-model   # PolNeAR's 1,008 (7 publishers)
    python benchmarks/compare_rank_tests.py basil_scores.jsonl polnear_scores.jsonl --articles 1000000
    python benchmarks/compare_rank_tests.py basil_scores.jsonl polnear_scores.jsonl --articles 1000000 --distinct

Measured 2026-11-23 under load (load average 8-10 on 2 cores), 1,000,000 articles, 9 outlets, 11 scores,
396 pairs: Kruskal-Wallis 1.3 s; pairwise Mann-Whitney with Cliff's delta 7.2 s and its interval 11.0 s
ranked for each pair, 0.29 s from the sorted groups; compare_outlets 20.9 -> 9.6 s with the same output
digest (the rest is reading the records' scores into groups, score_values).  With --distinct (values
hardly repeat: 1,000,000 distinct a score) the pairwise tests take 9.5 + 14.4 s ranked, 7.5 s sorted,
and compare_outlets 17.7 s.

Before and after on the corpus of compare's earlier figures (`python benchmarks/compare_speed.py
both.jsonl --copies 765`, BASIL + PolNeAR scores, 1,000,620 articles, 9 outlets; load average about
5): compare_outlets 24.9 s CPU at a577439, 6.3 s with the sorted groups, the same output digest
(2f4acee4cdf2ccae); BASIL alone (--copies 3334, 3 outlets) 11.1 -> 5.2 s, same digest.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import json
import pstats
import time

import numpy as np

from framing.compare import compare_outlets, score_values, summarise_outlets
from framing.comparison_statistics import cliffs_delta_interval, kruskal_wallis, mann_whitney
from framing.pairwise_rank_tests import SortedGroup, cliffs_delta_interval_sorted, mann_whitney_sorted
from framing.score import SCORES


def _records(paths: list[str], articles: int, distinct: bool = False) -> list[dict]:
    base = [json.loads(line) for p in paths for line in open(p, encoding="utf-8") if line.strip()]
    copies = -(-articles // len(base))
    records = [{"id": f"{r.get('id')}~{c}", "outlet": r.get("outlet"), "words": r.get("words"),
                "scores": {k: v + c * 1e-9 for k, v in r["scores"].items() if v is not None} if distinct else r.get("scores")}
               for c in range(copies) for r in base]
    return records[:articles]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("scores", nargs="+", help="saved scores, JSONL")
    ap.add_argument("--articles", type=int, default=1_000_000)
    ap.add_argument("--distinct", action="store_true",
                    help="shift each copy's scores by copy x 1e-9, so values hardly repeat (the worst case for the sorted groups)")
    ap.add_argument("--profile", action="store_true", help="print cProfile's top functions of compare_outlets")
    args = ap.parse_args()

    start = time.process_time()
    records = _records(args.scores, args.articles, args.distinct)
    print(f"read and copied in {time.process_time() - start:.2f} s CPU")
    names = [o.name for o in summarise_outlets(records)]
    values = score_values(records, list(SCORES))
    present = [s for s in SCORES if any(values[s].values())]
    groups = {s: {o: np.asarray(v, dtype=float) for o, v in values[s].items() if len(v) >= 5} for s in present}
    pairs = sum(len(g) * (len(g) - 1) // 2 for g in groups.values())
    print(f"{len(records):,} articles, {len(names)} outlets, {len(present)} scores, {pairs} pairs of outlets tested")

    timed = {}
    start = time.process_time()
    for g in groups.values():
        if len(g) > 2:
            kruskal_wallis(list(g.values()))
    timed["Kruskal-Wallis"] = time.process_time() - start
    start = time.process_time()
    for g in groups.values():
        vs = list(g.values())
        for i, a in enumerate(vs):
            for b in vs[i + 1:]:
                mann_whitney(a, b)
    timed["Mann-Whitney U with Cliff's delta"] = time.process_time() - start
    start = time.process_time()
    for g in groups.values():
        vs = list(g.values())
        for i, a in enumerate(vs):
            for b in vs[i + 1:]:
                cliffs_delta_interval(a, b)
    timed["Cliff's delta interval"] = time.process_time() - start
    start = time.process_time()
    for g in groups.values():
        vs = [SortedGroup.of(v) for v in g.values()]
        for i, a in enumerate(vs):
            for b in vs[i + 1:]:
                mann_whitney_sorted(a, b), cliffs_delta_interval_sorted(a, b)
    timed["both, from each group sorted once (what compare uses past 8 articles a group)"] = time.process_time() - start
    for what, seconds in timed.items():
        print(f"  {what}: {seconds:.2f} s CPU")

    profiler = cProfile.Profile() if args.profile else None
    start = time.process_time()
    if profiler:
        profiler.enable()
    c = compare_outlets(records)
    if profiler:
        profiler.disable()
    total = time.process_time() - start
    digest = hashlib.sha256(json.dumps(c.to_dict(), sort_keys=True).encode()).hexdigest()[:16]
    print(f"compare_outlets: {total:.2f} s CPU; output digest {digest}")
    if profiler:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)


if __name__ == "__main__":
    main()

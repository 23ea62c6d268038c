"""How far `framing compare`'s percentile-bootstrap interval of the mean is from the normal interval
(mean +/- 1.96 s / sqrt(n)) for large groups, measured against the bootstrap's own resampling noise:
the question is whether, above some number of articles, the normal interval (no resampling, so no
cost growing with the corpus) would change what compare shows by more than a new seed would.

For each score and outlet of saved scores, a group of N articles is drawn with replacement from
that outlet's articles; its bootstrap interval is computed with `--seeds` seeds, and the normal
interval once (standard deviation with ddof=0, as the bootstrap's plug-in).  Printed per N: the
largest distance of a normal endpoint from the mean bootstrap endpoint, in units of the endpoints'
spread over seeds (below 1: within what a new seed moves it) and in % of the interval's width.

    framing score corpus.jsonl --out scores.jsonl --no-model     # the 1,308 BASIL + PolNeAR articles
    python benchmarks/bootstrap_normal.py scores.jsonl --sizes 1000 5000 20000 --seeds 8
"""

from __future__ import annotations

import argparse
import json

import numpy as np

from framing.comparison_statistics import bootstrap_mean_ci

SKEWED = ("booster_per_1k", "anonymous_source_share", "loaded_author_per_1k", "quote_share", "hedge_per_1k")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("scores")
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    ap.add_argument("--seeds", type=int, default=8)
    ap.add_argument("--outlets", type=int, default=3, help="the first N outlets (default 3)")
    args = ap.parse_args()
    records = [json.loads(line) for line in open(args.scores, encoding="utf-8") if line.strip()]
    outlets = list(dict.fromkeys(r["outlet"] for r in records))[: args.outlets]
    draw = np.random.default_rng(0)
    for n in args.sizes:
        worst_sd, worst_width = 0.0, 0.0
        for s in SKEWED:
            for o in outlets:
                pool = np.array([r["scores"][s] for r in records if r["outlet"] == o and r["scores"].get(s) is not None])
                x = draw.choice(pool, size=n, replace=True)
                boots = np.array([[ci.low, ci.high] for ci in (bootstrap_mean_ci(x, seed=k) for k in range(args.seeds))])
                half = 1.959963984540054 * x.std() / np.sqrt(n)
                normal = np.array([x.mean() - half, x.mean() + half])
                gap = np.abs(normal - boots.mean(axis=0))
                worst_sd = max(worst_sd, float(np.max(gap / boots.std(axis=0, ddof=1))))
                worst_width = max(worst_width, float(np.max(gap) / (2 * half) * 100))
        print(f"N={n:>6}: normal endpoint vs bootstrap, worst over {len(SKEWED)} scores x {len(outlets)} outlets: "
              f"{worst_sd:.2f} seed-to-seed SDs, {worst_width:.2f}% of the width")


if __name__ == "__main__":
    main()

"""How often `framing compare`'s 95% interval holds the true mean, by group size, on real scores.

The articles of saved scores (`framing score --out`) are the population: each round draws N of them
with replacement, computes the interval `compare` shows (percentile bootstrap of the mean, 2,000
resamples) and checks whether it holds the population mean.  BCa and the t interval are measured
beside it.  This is where `compare.ROUGH_BELOW` (20 articles) and its note's figures come from.

    # the BASIL (3 outlets) + PolNeAR (7 publishers) corpus of the compare pass: 1,308 articles
    framing score corpus.jsonl --out scores.jsonl --no-model
    python benchmarks/bootstrap_coverage.py scores.jsonl --rounds 600

Measured (2026-11-23, 600 rounds, seed 0), share of intervals holding the mean:

    score                    N=5   N=10  N=20  N=50  N=100   (percentile / BCa / t at N=5)
    booster_per_1k          0.697 0.838 0.878 0.918 0.910    0.697 / 0.745 / 0.785
    loaded_author_per_1k    0.785 0.875 0.880 0.930 0.923    0.785 / 0.790 / 0.883
    quote_share             0.822 0.883 0.907 0.947 0.940    0.822 / 0.822 / 0.937
    anonymous_source_share  0.708 0.800 0.817 0.897 0.913    0.708 / 0.765 / 0.778
"""

from __future__ import annotations

import argparse
import json

import numpy as np
from scipy import stats

from framing.comparison_statistics import bootstrap_mean_ci


def bca(x: np.ndarray, rng: np.random.Generator, resamples: int = 2000) -> tuple[float, float]:
    """Efron's bias-corrected and accelerated interval of the mean (jackknife acceleration)."""
    n, m = x.size, x.mean()
    means = x[rng.integers(0, n, (resamples, n))].mean(axis=1)
    z0 = stats.norm.ppf(np.clip((np.sum(means < m) + 0.5 * np.sum(means == m)) / resamples, 1 / resamples, 1 - 1 / resamples))
    jack = (x.sum() - x) / (n - 1)
    d = jack.mean() - jack
    a = (d**3).sum() / (6 * (d**2).sum() ** 1.5) if (d**2).sum() > 0 else 0.0
    z = stats.norm.ppf([0.025, 0.975])
    low, high = np.percentile(means, 100 * stats.norm.cdf(z0 + (z0 + z) / (1 - a * (z0 + z))))
    return float(low), float(high)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("scores", help="a JSONL file from `framing score --out`")
    ap.add_argument("--rounds", type=int, default=600)
    ap.add_argument("--sizes", default="5,10,20,50,100")
    ap.add_argument("--score", action="append", help="default: booster_per_1k, loaded_author_per_1k, quote_share, anonymous_source_share")
    args = ap.parse_args()
    records = [json.loads(line) for line in open(args.scores, encoding="utf-8")]
    rng = np.random.default_rng(0)
    for score in args.score or ["booster_per_1k", "loaded_author_per_1k", "quote_share", "anonymous_source_share"]:
        population = np.array([r["scores"][score] for r in records if r["scores"].get(score) is not None], dtype=float)
        mu = population.mean()
        for n in map(int, args.sizes.split(",")):
            held = np.zeros(3)
            for i in range(args.rounds):
                x = rng.choice(population, n)
                ci = bootstrap_mean_ci(x, seed=i)
                t = stats.t.interval(0.95, n - 1, loc=x.mean(), scale=stats.sem(x)) if x.std() > 0 else (x[0], x[0])
                for k, (low, high) in enumerate([(ci.low, ci.high), bca(x, rng) if x.std() > 0 else (x[0], x[0]), t]):
                    held[k] += low <= mu <= high
            print(f"{score:24} N={n:<4} percentile {held[0] / args.rounds:.3f}  BCa {held[1] / args.rounds:.3f}  "
                  f"t {held[2] / args.rounds:.3f}", flush=True)


if __name__ == "__main__":
    main()

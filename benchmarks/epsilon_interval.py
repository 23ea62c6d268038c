"""How long epsilon-squared's bootstrap interval takes in `framing compare`, before and after the
integer counting of 2026-11-24 (eighteenth session), and that it gives the same figures.

The float version (kept below as `float_version`, the code of commit 3d117ad) and the library's
`comparison_statistics.epsilon_squared_interval` are run on the same groups: 13 scores of
3,000 articles shaped as framing's are (rates per 1,000 words with many zeros, rounded rates,
counts, shares of a few attributions, classifier probabilities: from 10 to about 2,800 distinct
values), three outlets of 1,000 and five of 600; then `compare_outlets` on those records with
each version.  CPU seconds (process time), so the figures hold on a loaded machine; each interval
is checked for identity (==, not approximately).

    python benchmarks/epsilon_interval.py                 # 3,000 articles
    python benchmarks/epsilon_interval.py --articles 19000
"""

from __future__ import annotations

import argparse
import time

import numpy as np
from scipy import stats as sps

from framing import compare
from framing.bootstrap_intervals import BOOTSTRAP_RESAMPLES, SEED
from framing.comparison_statistics import all_tied, epsilon_squared, epsilon_squared_interval, epsilon_squared_intervals
from framing.score import SCORES


def float_version(groups, *, resamples=BOOTSTRAP_RESAMPLES, level=0.95, seed=SEED):
    """`epsilon_squared_interval` as it was (commit 3d117ad): float counts, take_along_axis."""
    arrays = [np.asarray(g, dtype=float) for g in groups]
    if len(arrays) < 2 or any(a.size == 0 for a in arrays):
        return None
    pooled = np.concatenate(arrays)
    n = pooled.size
    if all_tied(pooled):
        return None
    values, code = np.unique(pooled, return_inverse=True)
    distinct = values.size
    sizes = np.array([a.size for a in arrays])
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    rng = np.random.default_rng(seed)
    eps = np.empty(resamples)
    chunk = max(1, 2_000_000 // n)
    for i in range(0, resamples, chunk):
        k = min(chunk, resamples - i)
        picks = np.concatenate([rng.integers(0, size, size=(k, size)) + start for size, start in zip(sizes, starts)], axis=1)
        drawn = code[picks]
        tied = np.bincount((np.arange(k)[:, None] * distinct + drawn).ravel(), minlength=k * distinct).reshape(k, distinct).astype(float)
        midrank = np.cumsum(tied, axis=1) - tied + (tied + 1) / 2
        rank_sums = np.add.reduceat(np.take_along_axis(midrank, drawn, axis=1), starts, axis=1)
        h = 12 / (n * (n + 1)) * np.sum(rank_sums**2 / sizes, axis=1) - 3 * (n + 1)
        with np.errstate(invalid="ignore", divide="ignore"):
            h /= 1 - np.sum(tied**3 - tied, axis=1) / (n**3 - n)
        eps[i : i + k] = h / (n - 1)
    eps = eps[np.isfinite(eps)]
    if eps.size == 0:
        return None
    estimate = epsilon_squared(float(sps.kruskal(*arrays).statistic), n)
    bias = float(eps.mean()) - estimate
    tail = (1 - level) / 2 * 100
    low, high = np.percentile(eps, [tail, 100 - tail]) - bias
    return float(max(low, 0.0)), float(max(high, estimate))


def records(articles: int, outlets: int) -> list[dict]:
    """`articles` score records over `outlets` outlets, the 13 scores shaped as framing's, each
    outlet a little apart from the others (fixed seeds)."""
    rng = np.random.default_rng(20261124)
    out = []
    for o in range(outlets):
        m = articles // outlets
        shift = 1 + 0.08 * o
        words = rng.integers(150, 1500, m)
        columns = {
            "loaded_author_per_1k": np.where(rng.random(m) < 0.3, 0.0, rng.gamma(2, 3 * shift, m)),  # continuous, zeros
            "loaded_quoted_per_1k": np.where(rng.random(m) < 0.6, 0.0, rng.gamma(1.5, 4 * shift, m)),
            "loaded_per_1k": np.round(rng.gamma(2.5, 3 * shift, m), 1),  # rounded: ties
            "loaded_weighted_author_per_1k": np.where(rng.random(m) < 0.3, 0.0, rng.gamma(2, 5 * shift, m)),
            "hedge_per_1k": np.round(rng.poisson(4 * shift, m) * 1000 / words, 2),
            "booster_per_1k": np.round(rng.poisson(2 * shift, m) * 1000 / words, 2),
            "quote_share": np.round(rng.beta(2, 5 * shift, m), 3),
            "quotes": rng.poisson(5 * shift, m).astype(float),  # counts: about 15 distinct values
            "attributions": rng.poisson(8 * shift, m).astype(float),
            "anonymous_source_share": np.round(rng.binomial(6, 0.2 * shift, m) / 6, 3),  # shares of a few: about 7 values
            "nonneutral_verb_share": np.round(rng.binomial(8, 0.3, m) / 8, 3),
            "biased_sentence_share": np.round(rng.beta(2, 8, m) * shift, 3),
            "mean_bias_probability": rng.beta(3, 6 * shift, m),  # classifier probabilities: all distinct
        }
        out += [{"id": f"o{o}-{i}", "outlet": f"outlet {o}", "words": int(words[i]),
                 "scores": {s: float(columns[s][i]) for s in SCORES}} for i in range(m)]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=3000)
    args = ap.parse_args()
    for outlets in (3, 5):
        recs = records(args.articles, outlets)
        groups = {s: [[r["scores"][s] for r in recs if r["outlet"] == f"outlet {o}"] for o in range(outlets)] for s in SCORES}
        spent = {"float": 0.0, "integer": 0.0}
        same = True
        print(f"{len(recs):,} articles, {outlets} outlets, {len(SCORES)} scores (CPU s a score: float -> integer; interval)")
        for s in SCORES:
            t = time.process_time()
            a = float_version(groups[s])
            t1 = time.process_time()
            b = epsilon_squared_interval(groups[s])
            t2 = time.process_time()
            spent["float"] += t1 - t
            spent["integer"] += t2 - t1
            same &= a == b
            distinct = len(np.unique(np.concatenate(groups[s])))
            print(f"  {s:31} {distinct:5,} values  {t1 - t:.3f} -> {t2 - t1:.3f}  [{b[0]:.4f}, {b[1]:.4f}]{'' if a == b else f'  DIFFERS: {a}'}")
        print(f"  all {len(SCORES)} scores: {spent['float']:.2f} -> {spent['integer']:.2f} s; identical: {same}")
        t = time.process_time()
        shared = epsilon_squared_intervals([groups[s] for s in SCORES])
        print(f"  the 13 at once, their draws shared (epsilon_squared_intervals): {time.process_time() - t:.2f} s; "
              f"identical: {shared == [epsilon_squared_interval(groups[s]) for s in SCORES]}")
        whole = {}
        for name, version in (("float, a score at a time", lambda scores, **kw: [float_version(g, **kw) for g in scores]),
                              ("integer, draws shared", epsilon_squared_intervals)):
            compare.epsilon_squared_intervals = version  # what compare_outlets calls
            t = time.process_time()
            c = compare.compare_outlets(recs)
            whole[name] = (time.process_time() - t, c.to_dict())
        compare.epsilon_squared_intervals = epsilon_squared_intervals
        (before, a), (after, b) = whole.values()
        print(f"  compare_outlets: {before:.2f} -> {after:.2f} s CPU; same output: {a == b}")


if __name__ == "__main__":
    main()

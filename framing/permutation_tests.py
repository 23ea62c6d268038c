"""Permutation p-values of the rank tests, for the small groups where SciPy's approximations are
poor: Mann-Whitney U with ties (`permutation_p`) and Kruskal-Wallis H (`kruskal_permutation_p`).
Each enumerates every way to split the pooled articles into groups of the sizes observed where
there are at most EXACT_PERMUTATIONS, else samples PERMUTATION_RESAMPLES of them with a fixed seed
(and the +1 of Phipson & Smyth 2010, so a sampled p is never 0).  `framing.comparison_statistics`
decides when to use them."""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence

import numpy as np
from scipy import stats as sps

from framing.bootstrap_intervals import SEED

EXACT_PERMUTATIONS = 20_000  # up to this many ways to split the articles, a permutation p is exact (enumerated)
PERMUTATION_RESAMPLES = 9_999  # above it, this many random splits
KRUSKAL_PERMUTATION_MAX = 1_000  # articles in all: up to here a sampled Kruskal-Wallis p costs at most ~0.4 s a score


def permutation_p(x: Sequence[float], y: Sequence[float], *, seed: int = SEED, resamples: int = PERMUTATION_RESAMPLES) -> float:
    """Two-sided permutation p-value of the Mann-Whitney U (midranks for ties): the share of the ways
    to split the pooled values into groups of len(x) and len(y) whose U lies at least as far from
    n*m/2 as the observed one.  Every split where there are at most EXACT_PERMUTATIONS; else
    `resamples` random ones with a fixed seed and the +1 of Phipson & Smyth (2010), so a sampled p
    is never 0.  Only the smaller group is drawn, so 5 articles against 5,000 take milliseconds
    (SciPy's PermutationMethod held 10,000 x 5,005 values: 30 s and 3.6 GB)."""
    small, big = (x, y) if len(x) <= len(y) else (y, x)
    k, total = len(small), len(small) + len(big)
    ranks = sps.rankdata(np.concatenate([np.asarray(small, float), np.asarray(big, float)]))
    centre = k * (total - k) / 2
    observed = abs(ranks[:k].sum() - k * (k + 1) / 2 - centre) - 1e-9 * total  # float slack for midranks
    if math.comb(total, k) <= EXACT_PERMUTATIONS:
        picks = np.array(list(itertools.combinations(range(total), k)))
        u = ranks[picks].sum(axis=1) - k * (k + 1) / 2
        return float(np.mean(np.abs(u - centre) >= observed))
    picks = _draw_without_replacement(np.random.default_rng(seed), total, k, resamples)
    u = ranks[picks].sum(axis=1) - k * (k + 1) / 2
    return float((np.sum(np.abs(u - centre) >= observed) + 1) / (resamples + 1))


def _draw_without_replacement(rng: np.random.Generator, total: int, k: int, resamples: int) -> np.ndarray:
    """`resamples` rows of k distinct indices below `total`: the r-th of the indices not yet drawn."""
    picks = np.empty((resamples, k), dtype=np.int64)
    for j in range(k):
        r = rng.integers(0, total - j, size=resamples)
        for drawn in np.sort(picks[:, :j], axis=1).T:
            r += r >= drawn
        picks[:, j] = r
    return picks


EXACT_KRUSKAL_SPLITS = 2_500_000  # Kruskal-Wallis: up to this many splits, every one enumerated (groups of 5, 5, 5: 756,756)
LARGE_GROUP = 100  # past KRUSKAL_PERMUTATION_MAX articles, groups this large are split among themselves by chi-squared


def splits_count(sizes: Sequence[int]) -> float:
    """The ways to split sum(sizes) articles into groups of these sizes, n! / (n_1! ... n_k!); inf
    past 10^18 (a million articles' factorial took 40 s to compute for nothing)."""
    if math.lgamma(sum(sizes) + 1) - sum(math.lgamma(n + 1) for n in sizes) > 18 * math.log(10):
        return math.inf
    return math.factorial(sum(sizes)) // math.prod(math.factorial(n) for n in sizes)


def kruskal_p_method(groups: Sequence[Sequence[float]]) -> str:
    """How `kruskal_permutation_p` finds the p of these groups: "exact" (every split), "sampled"
    (random splits, each drawn in full) or "sampled, large groups by chi-squared" (random draws of the
    groups under LARGE_GROUP articles, two or more larger ones split among themselves by the
    chi-squared law, where the scores have more than TIED_DISTINCT / (large groups - 1) distinct values)."""
    sizes = [len(g) for g in groups]
    if splits_count(sizes) <= EXACT_KRUSKAL_SPLITS:
        return "exact"
    if sum(sizes) <= KRUSKAL_PERMUTATION_MAX or sum(n >= LARGE_GROUP for n in sizes) < 2:
        return "sampled"
    distinct = np.unique(np.concatenate([np.asarray(g, dtype=float) for g in groups])).size
    large = sum(n >= LARGE_GROUP for n in sizes)
    return "sampled" if distinct * (large - 1) <= TIED_DISTINCT else "sampled, large groups by chi-squared"


def kruskal_permutation_p(groups: Sequence[Sequence[float]], *, seed: int = SEED,
                          resamples: int = PERMUTATION_RESAMPLES) -> float:
    """Permutation p-value of the Kruskal-Wallis H (midranks for ties): the share of the ways to split
    the pooled values into groups of the sizes given whose H is at least the observed one.

    - Every split where there are at most EXACT_KRUSKAL_SPLITS (groups of 5, 5 and 5: 756,756, about
      0.1 s), enumerated with NumPy.
    - Else, up to KRUSKAL_PERMUTATION_MAX articles, `resamples` random permutations of the pooled ranks
      with a fixed seed, p = (hits + 1) / (resamples + 1).
    - Past that (a group of 5 articles beside groups of thousands), each resample draws at random
      the articles of the groups under LARGE_GROUP articles one by one (all but the largest group if
      none is that large): with one group left over, exactly the permutation distribution.  Two or
      more large groups are dealt the articles left over by counts of each distinct value (exact
      too, and cheap where scores tie a lot: mostly zeros, rounded rates) up to TIED_DISTINCT
      distinct values for two large groups (TIED_DISTINCT / (large groups - 1) for more); past
      that, how they split among themselves is taken from the chi-squared law of their own H (k - 1 degrees of freedom, corrected for the ties of what is
      left), accurate for groups of 100 or more of nearly continuous scores.  Either way the cost
      follows the small groups and the distinct values, not the corpus.  The chi-squared law for the
      whole H is what fails for a small group, whatever the total: its rank sum is far from normal.

    H orders the splits as sum_i R_i^2 / n_i does (R_i the rank sum of group i): the tie correction
    and the other terms of H are the same for every split of the same values, so that sum is compared."""
    sizes = [len(g) for g in groups]
    ranks = sps.rankdata(np.concatenate([np.asarray(g, dtype=float) for g in groups]))
    weights = 1 / np.asarray(sizes, dtype=float)
    starts = np.cumsum([0, *sizes[:-1]])
    observed = float(np.add.reduceat(ranks, starts) ** 2 @ weights) * (1 - 1e-12)  # float slack for midranks
    method = kruskal_p_method(groups)
    if method == "exact":
        return float(np.mean(_every_split_statistic(ranks, sizes) >= observed))
    rng = np.random.default_rng(seed)
    if ranks.size <= KRUSKAL_PERMUTATION_MAX:
        hits, total = 0, ranks.size
        chunk = max(1, 2_000_000 // total)
        for i in range(0, resamples, chunk):
            shuffled = rng.permuted(np.broadcast_to(ranks, (min(chunk, resamples - i), total)), axis=1)
            hits += int(np.sum(np.add.reduceat(shuffled, starts, axis=1) ** 2 @ weights >= observed))
        return float((hits + 1) / (resamples + 1))
    return float((np.sum(_drawn_small_groups_statistic(ranks, sizes, rng, resamples) >= observed) + 1) / (resamples + 1))


def _every_split_statistic(ranks: np.ndarray, sizes: Sequence[int]) -> np.ndarray:
    """sum_i R_i^2 / n_i of every split of `ranks` into groups of `sizes`, each split once: the first
    group's members chosen among all, the next among those left, and so on, a level at a time over
    arrays (rows: the splits so far; columns: the ranks still to deal), largest groups first so the
    arrays shrink fastest.  The first level's choices go a chunk at a time, so no array passes about
    500,000 splits."""
    order = sorted(sizes, reverse=True)
    first = np.array(list(itertools.combinations(range(ranks.size), order[0])), dtype=np.int64).reshape(-1, order[0])
    rest = np.array([np.setdiff1d(np.arange(ranks.size), c) for c in first], dtype=np.int64).reshape(len(first), -1)
    per_first = splits_count(order[1:]) if len(order) > 1 else 1
    chunk = max(1, 500_000 // per_first)
    out = []
    for i in range(0, len(first), chunk):
        stat = ranks[first[i : i + chunk]].sum(axis=1) ** 2 / order[0]
        left = ranks[rest[i : i + chunk]]
        for n in order[1:-1]:
            pick = np.array(list(itertools.combinations(range(left.shape[1]), n)), dtype=np.int64)
            keep = np.array([np.setdiff1d(np.arange(left.shape[1]), c) for c in pick], dtype=np.int64).reshape(len(pick), -1)
            stat = (stat[:, None] + left[:, pick].sum(axis=2) ** 2 / n).ravel()
            left = left[:, keep].reshape(-1, keep.shape[1])
        if len(order) > 1:
            stat = stat + left.sum(axis=1) ** 2 / order[-1]
        out.append(stat)
    return np.concatenate(out)


def _drawn_small_groups_statistic(ranks: np.ndarray, sizes: Sequence[int], rng: np.random.Generator,
                                  resamples: int) -> np.ndarray:
    """sum_i R_i^2 / n_i of `resamples` random splits, drawing the articles of the groups under
    LARGE_GROUP one by one (see `kruskal_permutation_p`).  With the articles left over (M of them,
    rank sum T, squared deviations S), a single large group adds T^2 / M.  Two or more: where the
    scores have at most TIED_DISTINCT distinct values (mostly zeros, rounded rates; divided by the large
    groups less one), how many of each
    value every large group gets is drawn exactly (multivariate hypergeometric, one value at a time);
    else they add T^2 / M + H S / (M - 1), H drawn from chi-squared with (large groups - 1) degrees of
    freedom, their own Kruskal-Wallis statistic's law (with few distinct values that law is too
    smooth: groups of 5, 600 and 600 of 0s and 1s gave 0.0141 where the permutation p is 0.0166)."""
    sizes = list(sizes)
    large = [i for i, n in enumerate(sizes) if n >= LARGE_GROUP] or [int(np.argmax(sizes))]
    small = [n for i, n in enumerate(sizes) if i not in large]
    drawn, total = sum(small), ranks.size
    left = total - drawn
    values, codes = np.unique(ranks, return_inverse=True)  # the distinct midranks
    exact = len(large) > 1 and values.size * (len(large) - 1) <= TIED_DISTINCT
    rank_sum, rank_squares = float(ranks.sum()), float(ranks @ ranks)
    weights, starts = 1 / np.asarray(small, dtype=float), np.cumsum([0, *small[:-1]])
    out = np.empty(resamples)
    chunk = max(1, 2_000_000 // max(drawn, values.size if exact else 1))
    for i in range(0, resamples, chunk):
        k = min(chunk, resamples - i)
        picks = _distinct_rows(rng, total, drawn, k)
        r = ranks[picks]
        stat = np.add.reduceat(r, starts, axis=1) ** 2 @ weights if small else np.zeros(k)
        t = rank_sum - r.sum(axis=1)
        if exact:
            rows = np.repeat(np.arange(k), drawn)
            counts = np.bincount(codes) - np.bincount(rows * values.size + codes[picks].ravel(),
                                                       minlength=k * values.size).reshape(k, values.size)
            out[i : i + k] = stat + _dealt_large_groups(counts, values, [sizes[j] for j in large], rng)
        elif len(large) > 1:
            spread = rank_squares - (r * r).sum(axis=1) - t * t / left
            out[i : i + k] = stat + t * t / left + rng.chisquare(len(large) - 1, k) * spread / (left - 1)
        else:
            out[i : i + k] = stat + t * t / left
    return out


TIED_DISTINCT = 1_000  # distinct values x (large groups - 1): up to here the large groups are dealt exactly too
# (one vectorised hypergeometric draw each: 999 values x 7 had cost 17 s a score at 1,000,000 articles)


def _dealt_large_groups(counts: np.ndarray, values: np.ndarray, sizes: list[int], rng: np.random.Generator) -> np.ndarray:
    """sum_j R_j^2 / n_j of the large groups, dealing each row's articles left over (`counts`: rows x
    distinct values) into groups of `sizes` at random: each group but the last draws how many of each
    value it gets, one value at a time (hypergeometric given what is left), the last takes the rest."""
    counts = counts.astype(np.int64)
    stat = np.zeros(counts.shape[0])
    for n in sizes[:-1]:
        need = np.full(counts.shape[0], n, dtype=np.int64)
        rest = counts.sum(axis=1)
        rank_sums = np.zeros(counts.shape[0])
        for v in range(values.size):
            here = counts[:, v]
            rest -= here
            got = rng.hypergeometric(here, rest, need) if np.any(need) else np.zeros_like(need)
            counts[:, v] -= got
            need -= got
            rank_sums += got * values[v]
        stat += rank_sums**2 / n
    return stat + (counts @ values) ** 2 / sizes[-1]


def _distinct_rows(rng: np.random.Generator, total: int, k: int, rows: int) -> np.ndarray:
    """`rows` rows of k distinct indices below `total`, each row a uniform random draw in random order.
    Where k * k is at most `total`, drawn with replacement and the rows with a repeat drawn again
    (few: a repeat has chance about k^2 / 2 total); else one `Generator.choice` a row."""
    if k * k > total:
        return np.array([rng.choice(total, size=k, replace=False) for _ in range(rows)], dtype=np.int64).reshape(rows, k)
    picks = rng.integers(0, total, size=(rows, k))
    while True:
        ordered = np.sort(picks, axis=1)
        repeated = np.flatnonzero(np.any(ordered[:, 1:] == ordered[:, :-1], axis=1))
        if repeated.size == 0:
            return picks
        picks[repeated] = rng.integers(0, total, size=(repeated.size, k))

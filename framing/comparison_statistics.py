"""The statistical primitives behind outlet comparisons, each small enough to check by hand.

Why these: article scores are skewed and bounded (rates per 1,000 words, shares), so the tests are
rank-based (Mann-Whitney U, Kruskal-Wallis) and the effect size is Cliff's delta, which says "how
often an article of outlet A scores above one of outlet B" without assuming a distribution.
Intervals come from resampling whole articles (the unit that was sampled), with a fixed seed so the
same corpus always gives the same report.  Distinctive words use the log-odds ratio with an
informative Dirichlet prior of Monroe, Colaresi & Quinn (2008), which keeps rare words from
topping the list by chance.  The intervals of a mean are in `framing.bootstrap_intervals`, the
paired tests (`--paired-by`) in `framing.paired_statistics`.  `framing.compare` applies them to a corpus.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import stats as sps

from framing.bootstrap_intervals import (  # noqa: F401  (re-exported: the intervals of a comparison)
    BOOTSTRAP_RESAMPLES, NORMAL_FROM, SEED, Interval, bootstrap_mean_ci, bootstrap_mean_cis, normal_mean_ci,
)
from framing.exact_rank_sum import EXACT_U_CELLS, EXACT_U_CELLS_LARGE
from framing.exact_signed_rank import EXACT_SIGNED_RANK_MAX
from framing.permutation_tests import (  # noqa: F401  (re-exported)
    EXACT_KRUSKAL_SPLITS, EXACT_PERMUTATIONS, KRUSKAL_PERMUTATION_MAX, LARGE_GROUP, PERMUTATION_RESAMPLES, kruskal_p_method,
    kruskal_permutation_p, permutation_p, splits_count,
)


def cliffs_delta(x: Sequence[float], y: Sequence[float]) -> float:
    """Cliff's delta: P(X > Y) - P(X < Y) over all pairs, from -1 (every y above) to 1.

    Computed from ranks (delta = 2 U_x / (n m) - 1), so it costs O((n+m) log(n+m)), not n*m.
    """
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    n, m = x.size, y.size
    if n == 0 or m == 0:
        raise ValueError("cliffs_delta needs values in both groups")
    ranks = sps.rankdata(np.concatenate([x, y]))
    u_x = ranks[:n].sum() - n * (n + 1) / 2
    return float(2 * u_x / (n * m) - 1)


def cliffs_delta_interval(x: Sequence[float], y: Sequence[float], *, level: float = 0.95, unbiased: bool = True,
                          normal: bool = False) -> tuple[float, float] | None:
    """Cliff's (1996) asymmetric confidence interval of Cliff's delta, as R's effsize::cliff.delta
    gives it (by default: the unbiased variance and Student's t with n + m - 2 degrees of freedom).

        s2 = (m^2 sum_i (d_i. - d)^2 + n^2 sum_j (d_.j - d)^2 - sum_ij (d_ij - d)^2) / (n m (n-1) (m-1))
        interval = (d - d^3 -/+ q sqrt(s2) sqrt((1 - d^2)^2 + q^2 s2)) / (1 - d^2 + q^2 s2)

    d_ij is sign(x_i - y_j); d_i. and d_.j its row and column means, taken here from midranks (no
    n x m matrix).  The asymmetric form keeps the interval inside [-1, 1].  A negative unbiased
    variance (possible with few values) is raised to Cliff's floor (1 - d^2) / (n m - 1).  None
    with fewer than two values in a group, where every value is the same (no test either), or where
    the groups do not overlap at all (delta is -1 or 1, and the variance 0)."""
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    n, m = x.size, y.size
    if n < 2 or m < 2 or all_tied(np.concatenate([x, y])):
        return None
    pooled = sps.rankdata(np.concatenate([x, y]))
    below_x = pooled[:n] - sps.rankdata(x)  # per x_i: the y below it, ties counted half
    below_y = pooled[n:] - sps.rankdata(y)  # per y_j: the x below it, ties counted half
    d_row, d_col = 2 * below_x / m - 1, 1 - 2 * below_y / n
    d = float(d_row.mean())
    values, x_counts = np.unique(x, return_counts=True)
    tied = float(np.sum(x_counts * np.searchsorted(np.sort(y), values, side="right"))
                 - np.sum(x_counts * np.searchsorted(np.sort(y), values, side="left")))
    ssr = (n * m - tied) - n * m * d**2  # sum of (d_ij - d)^2: d_ij^2 is 1 except for the tied pairs
    if unbiased:
        s2 = (m**2 * np.sum((d_row - d) ** 2) + n**2 * np.sum((d_col - d) ** 2) - ssr) / (n * m * (n - 1) * (m - 1))
        s2 = max(s2, (1 - d**2) / (n * m - 1))
    else:  # Cliff's consistent estimate
        s2 = ((m - 1) * np.sum((d_row - d) ** 2) / (n - 1) + (n - 1) * np.sum((d_col - d) ** 2) / (m - 1)
              + ssr / ((n - 1) * (m - 1))) / (n * m)
    q = sps.norm.ppf((1 + level) / 2) if normal else sps.t.ppf((1 + level) / 2, n + m - 2)
    spread = q * math.sqrt(s2) * math.sqrt((1 - d**2) ** 2 + q**2 * s2)
    scale = 1 - d**2 + q**2 * s2
    if scale == 0:  # every x above every y (or below): no spread to estimate an interval from
        return None
    return float((d - d**3 - spread) / scale), float((d - d**3 + spread) / scale)


def magnitude(delta: float) -> str:
    """Romano et al. (2006) labels for |Cliff's delta|: negligible < .147 <= small < .33 <= medium < .474 <= large."""
    d = abs(delta)
    return "negligible" if d < 0.147 else "small" if d < 0.33 else "medium" if d < 0.474 else "large"


def benjamini_hochberg(pvalues: Sequence[float]) -> list[float]:
    """Benjamini-Hochberg adjusted p-values (false discovery rate), in the input order."""
    p = np.asarray(pvalues, dtype=float)
    n = p.size
    if n == 0:
        return []
    order = np.argsort(p)
    scaled = p[order] * n / np.arange(1, n + 1)
    adjusted = np.minimum.accumulate(scaled[::-1])[::-1].clip(max=1.0)
    out = np.empty(n)
    out[order] = adjusted
    return [float(v) for v in out]


@dataclass(slots=True, frozen=True)
class TwoGroupTest:
    statistic: float  # Mann-Whitney U of the first group
    p: float | None  # None where every value is tied and no test is defined
    delta: float
    method: str | None = None  # how p was computed (P_METHODS); None with p


SMALL_GROUP = 8  # SciPy's own bound for an exact Mann-Whitney p-value; below it too, a permutation Kruskal-Wallis p

P_METHODS = {  # how each p of a comparison was computed: the p_method column, in words for the methods block
    "exact": "from the exact null distribution (Mann-Whitney: SciPy's exact distribution of U without ties and a "
             "group of at most 8; else the permutation distribution of the midranks, every split enumerated or computed "
             "exactly by dynamic programming; Kruskal-Wallis: every split; Wilcoxon: every sign flip, ties and zeros "
             "included, computed exactly by dynamic programming; Friedman: every arrangement)",
    "sampled": f"a permutation p from {PERMUTATION_RESAMPLES:,} random splits (or arrangements) with a fixed seed, "
               "p = (hits + 1) / (resamples + 1): the exact one would cost too much",
    "sampled, large groups by chi-squared": "Kruskal-Wallis past 1,000 articles: the small groups drawn at random, the "
                                            "groups of 100 or more split among themselves by the chi-squared law",
    "normal": "the normal approximation corrected for ties, where the exact p would cost too much (Mann-Whitney: both "
              f"groups larger than 8 and past {EXACT_U_CELLS_LARGE:,} cells of work, about 35 articles each (the two-outlet "
              f"test and every pairwise test alike), with the continuity correction; Wilcoxon: past {EXACT_SIGNED_RANK_MAX:,} events that differ, without it, as SciPy gives both)",
    "chi-squared": "the chi-squared approximation with k - 1 degrees of freedom, corrected for ties",
}


def mann_whitney(x: Sequence[float], y: Sequence[float], *, seed: int = SEED, cells: int = EXACT_U_CELLS_LARGE) -> TwoGroupTest:
    """Two-sided Mann-Whitney U test with Cliff's delta, and how its p was computed (`method`).

    The p-value is exact wherever that costs little: SciPy's exact distribution where nothing ties
    and a group has at most 8 values; else the permutation p of U with midranks, every split
    enumerated where there are at most EXACT_PERMUTATIONS (`permutation_p`), else its distribution
    computed exactly (`exact_rank_sum.exact_mann_whitney_p`) within EXACT_U_CELLS of work where a
    group has at most 8 values (5 articles against 25,000), within `cells` where both are larger
    (EXACT_U_CELLS_LARGE, two groups of about 35 each, 0.01 s; `framing.compare` gives every pairwise
    test the same, so a pair's p does not depend on how many outlets are compared).
    Past that, a group of at most 8 gets 9,999 random splits with a fixed seed ("sampled"), and two
    larger groups SciPy's normal approximation with its tie and continuity corrections ("normal"),
    which is close there (from 30 articles each with ties, within 0.001 of the exact p wherever it
    is below 0.2, measured over 40 random pairs; 50 against 50: 0.76911 exact, 0.76944 normal).  For a small group
    with ties the normal approximation is too small (0, 0, 1, 2, 2 against 1, 3, 3, 4, 5 gave 0.0445
    where the exact permutation p is 0.0476, and zeros tie often in these scores).  Until the
    thirteenth session two groups of more than 8 always had the normal p: SciPy's own bound for its
    exact distribution, which ignores ties.

    p is None where every value of both groups is the same (two outlets with no booster at all):
    SciPy then answers p = 1.0, a test that was never possible, and a p of 1 in the family made the
    Benjamini-Hochberg adjustment of every other score larger."""
    from framing.exact_rank_sum import exact_mann_whitney_p

    res = sps.mannwhitneyu(x, y, alternative="two-sided")
    p, method = float(res.pvalue), "normal"
    tied = all_tied(np.concatenate([np.asarray(x, dtype=float), np.asarray(y, dtype=float)]))
    ties = len(set(x) | set(y)) < len(x) + len(y)
    small = min(len(x), len(y)) <= SMALL_GROUP
    if tied:
        p = math.nan
    elif small and not ties:
        method = "exact"  # SciPy's "auto" is its exact distribution here
    elif small and math.comb(len(x) + len(y), min(len(x), len(y))) <= EXACT_PERMUTATIONS:
        p, method = permutation_p(x, y, seed=seed), "exact"
    elif (exact := exact_mann_whitney_p(x, y, cells=EXACT_U_CELLS if small else cells)) is not None:
        p, method = exact, "exact"
    elif small:
        p, method = permutation_p(x, y, seed=seed), "sampled"
    # Cliff's delta from SciPy's U (2 U / (n m) - 1, as cliffs_delta computes it): not ranked twice
    delta = float(2 * res.statistic / (len(x) * len(y)) - 1)
    return TwoGroupTest(float(res.statistic), None if math.isnan(p) else p, delta, None if math.isnan(p) else method)


def all_tied(values: Sequence[float]) -> bool:
    """Whether every value is the same: no rank test can tell groups apart then."""
    a = np.asarray(values, dtype=float)  # one array comparison: a set of 10,000 floats a call had cost 2 s in 1,000 calls
    return a.size == 0 or bool(np.all(a == a[0]))


def kruskal_wallis(groups: Sequence[Sequence[float]], *, seed: int = SEED) -> tuple[float, float | None]:
    """Kruskal-Wallis H (corrected for ties, SciPy's) and its p-value; p is None where all values are
    identical.

    SciPy's p is the chi-squared approximation, which is poor for small groups: for groups of 2, 2
    and 2, H 4.571 gives 0.102 where every way of splitting the six values into the groups gives
    0.067 (Kruskal & Wallis' 1952 table).  So where the smallest group has at most SMALL_GROUP values,
    the p-value comes from the permutation distribution of H instead (`kruskal_permutation_p`: exact
    where there are at most EXACT_KRUSKAL_SPLITS splits, else 9,999 random ones with a fixed seed),
    as `mann_whitney` does for two small groups.  Whatever the total: a group of 5 beside groups of
    thousands still has a rank sum far from normal (groups of 5, 3,000 and 3,000 whose 5 share the
    top value with 20 others: chi-squared p 0.0024, permutation p 0.011)."""
    try:
        with np.errstate(invalid="ignore", divide="ignore"):
            res = sps.kruskal(*groups)
    except ValueError:  # older SciPy refuses when every value is the same
        return 0.0, None
    h, p = float(res.statistic), float(res.pvalue)
    if math.isnan(p):
        return 0.0, None
    if min(map(len, groups)) <= SMALL_GROUP:
        p = kruskal_permutation_p(groups, seed=seed)
    return h, p


def kruskal_method(groups: Sequence[Sequence[float]]) -> str:
    """How `kruskal_wallis` computed the p of these groups (P_METHODS): the permutation p's method
    where the smallest group has at most SMALL_GROUP values, else "chi-squared"."""
    return kruskal_p_method(groups) if min(map(len, groups)) <= SMALL_GROUP else "chi-squared"


def epsilon_squared(h: float, n: int) -> float:
    """Kruskal-Wallis effect size epsilon-squared, H / (n - 1) (Tomczak & Tomczak 2014): from 0 (the
    outlets' ranks do not differ) to 1 (every article of one outlet ranks apart from the others).
    With 1,000 articles a tiny difference is "significant"; this says how big it is."""
    return h / (n - 1) if n > 1 else 0.0


def epsilon_squared_by_chance(groups: int, n: int) -> float:
    """What `epsilon_squared` averages when the groups do not differ at all: (k - 1) / (n - 1) for k
    groups of n articles in all.  Under the null every split of the articles into groups of these
    sizes is equally likely, and H (tie-corrected: (n - 1) times the between-group share of the
    ranks' sum of squares) then averages exactly k - 1 (Kruskal & Wallis 1952).  Why say it: with
    many groups (`--by date`: 28 dates of 71 articles) chance alone gives 0.014, and an estimate of
    0.017 with its interval [0.005, 0.031] (p 0.15) reads as "a small effect" unless this is beside it."""
    return (groups - 1) / (n - 1) if n > 1 else 0.0


EPSILON_INTERVAL_MAX = 20_000  # articles tested: from here no interval of epsilon-squared (see epsilon_squared_interval)


def epsilon_squared_interval(groups: Sequence[Sequence[float]], *, resamples: int = BOOTSTRAP_RESAMPLES, level: float = 0.95,
                             seed: int = SEED) -> tuple[float, float] | None:
    """Percentile bootstrap 95% interval of `epsilon_squared`, resampling whole articles with
    replacement within each group (an outlet keeps its number of articles, as each outlet's mean is
    resampled within it), with the seed and number of resamples of every other interval.  Each
    resample's H is SciPy's (midranks, corrected for ties); a resample whose values are all equal
    has no H and is left out.

    Why a bootstrap: epsilon-squared has no simple sampling variance, and it cannot go below 0, so an
    interval "estimate +/- z SE" would cross 0.  Why bias-corrected: epsilon-squared is a sum of
    squared differences between the groups, and every resample adds chance differences to it, so the
    resamples run above the estimate: three outlets of 10 articles, one ranked apart and two alike
    (estimate 0.669), gave 2,000 resamples every one above it, a percentile interval [0.671, 0.750]
    that missed it.  So the percentile interval is moved down by the bootstrap's bias (the resamples'
    mean less the estimate; Efron & Tibshirani 1993 correct a bootstrap estimate so), and cut at 0:
    [0.651, 0.730] there; it then holds the estimate wherever the resamples' mean lies inside their
    own central 95%.  For groups that rank alike (estimate near 0) it reads "at most this much".

    Counted, not sorted, as `paired_statistics._rank_biserial_rows`: per resample, how many draws
    fall on each distinct value gives every draw's midrank, so 2,000 resamples of 20,000 articles
    cost no 2,000 sorts.  The counting is done in integers (twice a midrank is one: 2 x the draws
    below its value + its ties + 1), each group's draws are written straight into one block, and a
    resample's counts are read back by one flat index: the same draws and, every sum of integers
    being exact in floating point, the same figures to the last bit as the float version before
    it, at a third of its time (a score of 3,000 articles with 2,100 distinct values: 0.30 -> 0.10 s
    CPU; `benchmarks/epsilon_interval.py`; `epsilon_squared_intervals` shares the draws between
    scores too).  Still, 2,000 resamples of every article cost 0.3 to 0.6 s a score at 19,500
    articles (13 scores sharing their draws: 4 s), and there the interval is already narrow (three
    groups of gamma-shaped scores, epsilon-squared 0.062: [0.056, 0.069]); so `compare` asks for
    none from EPSILON_INTERVAL_MAX articles tested.  None with fewer than two groups, an empty
    group, or all values equal."""
    return epsilon_squared_intervals([groups], resamples=resamples, level=level, seed=seed)[0]


def epsilon_squared_intervals(scores: Sequence[Sequence[Sequence[float]]], *, resamples: int = BOOTSTRAP_RESAMPLES,
                              level: float = 0.95, seed: int = SEED) -> list[tuple[float, float] | None]:
    """`epsilon_squared_interval` of each score's groups, the scores whose groups have the same sizes
    sharing their resampled articles: each interval is the one `epsilon_squared_interval` gives
    that score alone (every one starts from the same seed, so draws the same indices), but the
    indices are drawn once for all of them, as `bootstrap_mean_cis` does for the means (13 scores
    of 3,000 articles: one draw instead of 13, about a third of the remaining time)."""
    out: list[tuple[float, float] | None] = [None] * len(scores)
    by_sizes: dict[tuple[int, ...], list[tuple[int, list[np.ndarray]]]] = {}
    for i, groups in enumerate(scores):
        arrays = [np.asarray(g, dtype=float) for g in groups]
        if len(arrays) < 2 or any(a.size == 0 for a in arrays) or all_tied(np.concatenate(arrays)):
            continue
        by_sizes.setdefault(tuple(a.size for a in arrays), []).append((i, arrays))
    for sizes, same in by_sizes.items():
        for (i, arrays), eps in zip(same, _resampled_epsilons([a for _, a in same], np.array(sizes), resamples, seed)):
            out[i] = _bias_corrected(eps, arrays, level)
    return out


def _resampled_epsilons(scores: list[list[np.ndarray]], sizes: np.ndarray, resamples: int, seed: int) -> list[np.ndarray]:
    """Each score's epsilon-squared over the same `resamples` resamples of its groups (of `sizes`)."""
    n = int(sizes.sum())
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    codes = []  # each score's groups as numbers of its distinct values, and how many there are
    for arrays in scores:
        code = np.unique(np.concatenate(arrays), return_inverse=True)[1].astype(np.intp).ravel()
        codes.append(([code[start : start + size] for start, size in zip(starts, sizes)], int(code.max()) + 1))
    rng = np.random.default_rng(seed)
    eps = [np.empty(resamples) for _ in scores]
    chunk = max(1, 2_000_000 // n)  # as bootstrap_mean_cis: never 2,000 x n draws at once for a large n
    drawn = np.empty((chunk, n), dtype=np.intp)
    for i in range(0, resamples, chunk):
        k = min(chunk, resamples - i)
        picks = [rng.integers(0, size, size=(k, size)) for size in sizes]  # each group's draws in turn, as one score alone draws them
        for (groups, distinct), out in zip(codes, eps):
            block = drawn[:k]  # each draw's distinct value, groups in contiguous columns
            for group, pick, start, size in zip(groups, picks, starts, sizes):
                np.take(group, pick, out=block[:, start : start + size], mode="clip")  # (in range: clip skips a copy)
            block += (np.arange(k) * distinct)[:, None]  # into its resample's block of counts
            tied = np.bincount(block.ravel(), minlength=k * distinct)
            twice = np.cumsum(tied.reshape(k, distinct), axis=1).ravel()
            twice *= 2
            twice -= tied
            twice += 1  # twice each value's midrank in its resample
            rank_sums = np.add.reduceat(twice[block], starts, axis=1) / 2
            h = 12 / (n * (n + 1)) * np.sum(rank_sums**2 / sizes, axis=1) - 3 * (n + 1)
            cubes = tied * tied
            cubes *= tied
            ties = (cubes.reshape(k, distinct).sum(axis=1) - n).astype(float)  # sum of t^3 - t over the values (sum of t is n)
            with np.errstate(invalid="ignore", divide="ignore"):
                h /= 1 - ties / (n**3 - n)  # SciPy's tie correction; 0 where all are tied: NaN
            out[i : i + k] = h / (n - 1)
    return eps


def _bias_corrected(eps: np.ndarray, arrays: list[np.ndarray], level: float) -> tuple[float, float] | None:
    """The percentile interval of the resampled `eps`, moved down by their bias and cut at 0."""
    eps = eps[np.isfinite(eps)]
    if eps.size == 0:
        return None
    estimate = epsilon_squared(float(sps.kruskal(*arrays).statistic), int(sum(a.size for a in arrays)))
    bias = float(eps.mean()) - estimate  # resampling adds spread between the groups: their epsilon-squared runs high
    tail = (1 - level) / 2 * 100
    low, high = np.percentile(eps, [tail, 100 - tail]) - bias
    return float(max(low, 0.0)), float(max(high, estimate))


def log_odds_dirichlet(y_i: np.ndarray, y_j: np.ndarray, alpha: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Monroe, Colaresi & Quinn (2008), eq. 16 and 20: log-odds ratio of each word between group i
    and group j with an informative Dirichlet prior `alpha`, and its z-score.

        delta_w = log((y_iw + a_w) / (n_i + a_0 - y_iw - a_w)) - log((y_jw + a_w) / (n_j + a_0 - y_jw - a_w))
        var_w  ~= 1 / (y_iw + a_w) + 1 / (y_jw + a_w);   z_w = delta_w / sqrt(var_w)

    Positive z: the word is more typical of group i.
    """
    y_i, y_j, alpha = (np.asarray(a, dtype=float) for a in (y_i, y_j, alpha))
    n_i, n_j, a0 = y_i.sum(), y_j.sum(), alpha.sum()
    delta = np.log((y_i + alpha) / (n_i + a0 - y_i - alpha)) - np.log((y_j + alpha) / (n_j + a0 - y_j - alpha))
    var = 1 / (y_i + alpha) + 1 / (y_j + alpha)
    return delta, delta / np.sqrt(var)

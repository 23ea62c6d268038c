"""The statistical primitives behind outlet comparisons, each small enough to check by hand.

Why these: article scores are skewed and bounded (rates per 1,000 words, shares), so the tests are
rank-based (Mann-Whitney U, Kruskal-Wallis) and the effect size is Cliff's delta, which says "how
often an article of outlet A scores above one of outlet B" without assuming a distribution.
Intervals come from resampling whole articles (the unit that was sampled), with a fixed seed so the
same corpus always gives the same report.  Distinctive words use the log-odds ratio with an
informative Dirichlet prior of Monroe, Colaresi & Quinn (2008), which keeps rare words from
topping the list by chance.  `framing.compare` applies them to a corpus.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import stats as sps

SEED = 20080101  # fixed: the same corpus always gives the same intervals
BOOTSTRAP_RESAMPLES = 2000


@dataclass(slots=True, frozen=True)
class Interval:
    """A mean with its percentile-bootstrap interval."""

    mean: float
    low: float
    high: float


def bootstrap_mean_ci(
    values: Sequence[float], *, resamples: int = BOOTSTRAP_RESAMPLES, level: float = 0.95, seed: int = SEED
) -> Interval:
    """Percentile bootstrap interval of the mean, resampling articles with replacement.

    Each resample draws len(values) articles with replacement; the interval is the central `level`
    share of the resampled means.  Same values and seed, same interval.
    """
    return bootstrap_mean_cis([values], resamples=resamples, level=level, seed=seed)[0]


def bootstrap_mean_cis(
    columns: Sequence[Sequence[float]], *, resamples: int = BOOTSTRAP_RESAMPLES, level: float = 0.95, seed: int = SEED
) -> list[Interval]:
    """`bootstrap_mean_ci` of several columns of the same length (the scores of one outlet's articles)
    from one set of resampled articles: each interval is the one `bootstrap_mean_ci` gives its column
    alone (same seed, same draws), but the random indices, most of the cost, are drawn once for all
    of them (13 scores of 5,000 articles: one draw instead of 13)."""
    xs = [np.ascontiguousarray(c, dtype=float) for c in columns]
    size = xs[0].size if xs else 0
    if size == 0 or any(x.size != size for x in xs):
        raise ValueError("bootstrap_mean_cis needs columns of one length, at least one value each")
    rng = np.random.default_rng(seed)
    means = np.empty((len(xs), resamples))
    # Chunked so 5,000 articles x 2,000 resamples never holds 10 million indices at once.
    chunk = max(1, 2_000_000 // size)
    for i in range(0, resamples, chunk):
        k = min(chunk, resamples - i)
        picks = rng.integers(0, size, size=(k, size))
        for j, x in enumerate(xs):
            means[j, i : i + k] = x[picks].mean(axis=1)
    tail = (1 - level) / 2 * 100
    out = []
    for x, m in zip(xs, means):
        low, high = np.percentile(m, [tail, 100 - tail])
        out.append(Interval(float(x.mean()), float(low), float(high)))
    return out


NORMAL_FROM = 20_000  # articles in a group: from here the interval is the normal one (see normal_mean_ci)


def normal_mean_ci(values: Sequence[float], *, level: float = 0.95) -> Interval:
    """The normal interval of the mean, mean +/- z s / sqrt(n) (s with n - 1), which compare gives a
    group of NORMAL_FROM articles or more in place of the percentile bootstrap: the bootstrap costs
    2,000 resamples of every article (most of compare's time on a large corpus), and at that size it
    gives the normal interval within its own seed-to-seed noise.  Measured on the BASIL and PolNeAR
    scores, five skewed scores x three outlets, groups of 20,000 articles: a normal endpoint lay at
    most 0.76 seed-to-seed standard deviations (1.2% of the width) from the bootstrap's mean endpoint
    (1.11 and 1.4% at 5,000; 1.58 and 2.2% at 1,000; benchmarks/bootstrap_normal.py)."""
    x = np.asarray(values, dtype=float)
    if x.size < 2:
        raise ValueError("normal_mean_ci needs at least two values")
    half = float(sps.norm.ppf((1 + level) / 2) * x.std(ddof=1) / math.sqrt(x.size))
    mean = float(x.mean())
    return Interval(mean, mean - half, mean + half)


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


EXACT_PERMUTATIONS = 20_000  # up to this many ways to split the articles, a permutation p is exact (enumerated)
SMALL_GROUP = 8  # SciPy's own bound for an exact Mann-Whitney p-value


def mann_whitney(x: Sequence[float], y: Sequence[float], *, seed: int = SEED) -> TwoGroupTest:
    """Two-sided Mann-Whitney U test with Cliff's delta.

    The p-value is SciPy's (exact where a group has at most 8 values and nothing is tied, else the
    normal approximation with its tie correction), except for a small group with ties: there the
    normal approximation is too small (0, 0, 1, 2, 2 against 1, 3, 3, 4, 5 gave 0.0445 where the
    exact permutation p is 0.0476, and zeros tie often in these scores), so the p-value comes from
    the permutation distribution of U (`permutation_p`): every split enumerated where there are at
    most EXACT_PERMUTATIONS, else 9,999 random ones with a fixed seed.

    p is None where every value of both groups is the same (two outlets with no booster at all):
    SciPy then answers p = 1.0, a test that was never possible, and a p of 1 in the family made the
    Benjamini-Hochberg adjustment of every other score larger."""
    res = sps.mannwhitneyu(x, y, alternative="two-sided")
    p = float(res.pvalue)
    tied = all_tied(np.concatenate([np.asarray(x, dtype=float), np.asarray(y, dtype=float)]))
    if min(len(x), len(y)) <= SMALL_GROUP and len(set(x) | set(y)) < len(x) + len(y) and not tied:
        p = permutation_p(x, y, seed=seed)
    if tied:
        p = math.nan
    # Cliff's delta from SciPy's U (2 U / (n m) - 1, as cliffs_delta computes it): not ranked twice
    delta = float(2 * res.statistic / (len(x) * len(y)) - 1)
    return TwoGroupTest(float(res.statistic), None if math.isnan(p) else p, delta)


def permutation_p(x: Sequence[float], y: Sequence[float], *, seed: int = SEED, resamples: int = 9_999) -> float:
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
    rng = np.random.default_rng(seed)
    picks = np.empty((resamples, k), dtype=np.int64)
    for j in range(k):  # draw without replacement: the r-th of the indices not yet drawn
        r = rng.integers(0, total - j, size=resamples)
        for drawn in np.sort(picks[:, :j], axis=1).T:
            r += r >= drawn
        picks[:, j] = r
    u = ranks[picks].sum(axis=1) - k * (k + 1) / 2
    return float((np.sum(np.abs(u - centre) >= observed) + 1) / (resamples + 1))


def all_tied(values: Sequence[float]) -> bool:
    """Whether every value is the same: no rank test can tell groups apart then."""
    a = np.asarray(values, dtype=float)  # one array comparison: a set of 10,000 floats a call had cost 2 s in 1,000 calls
    return a.size == 0 or bool(np.all(a == a[0]))


def kruskal_wallis(groups: Sequence[Sequence[float]]) -> tuple[float, float | None]:
    """Kruskal-Wallis H and its p-value; p is None where all values are identical."""
    try:
        with np.errstate(invalid="ignore", divide="ignore"):
            res = sps.kruskal(*groups)
    except ValueError:  # older SciPy refuses when every value is the same
        return 0.0, None
    h, p = float(res.statistic), float(res.pvalue)
    return (0.0, None) if math.isnan(p) else (h, p)


def epsilon_squared(h: float, n: int) -> float:
    """Kruskal-Wallis effect size epsilon-squared, H / (n - 1) (Tomczak & Tomczak 2014): from 0 (the
    outlets' ranks do not differ) to 1 (every article of one outlet ranks apart from the others).
    With 1,000 articles a tiny difference is "significant"; this says how big it is."""
    return h / (n - 1) if n > 1 else 0.0


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


# Paired designs: the same events covered by every outlet (BASIL's 100 events, each told by Fox, the NYT
# and HuffPost).  Comparing outlets within each event removes the event from the difference (a story
# about a shooting quotes more than one about a bill, in every outlet), so these tests see what the
# unpaired ones above, comparing articles of different events, cannot.

@dataclass(slots=True, frozen=True)
class PairedTest:
    statistic: float  # Wilcoxon's W: the smaller of the two signed-rank sums (SciPy's)
    p: float | None  # None where every difference is zero: no test is defined
    rank_biserial: float | None  # matched-pairs rank-biserial correlation, + when x scores higher
    nonzero: int  # pairs with a difference (zero differences are dropped, Wilcoxon's own way)


def wilcoxon_signed_rank(x: Sequence[float], y: Sequence[float]) -> PairedTest:
    """Two-sided Wilcoxon signed-rank test of x - y, pair by pair, with the matched-pairs rank-biserial
    correlation (Kerby 2014) as its effect size.

        r = (W+ - W-) / (W+ + W-)

    where W+ sums the ranks of |x - y| (midranks for ties) over the pairs where x is higher, W- where
    y is: r = 1 when x is higher in every pair that differs, -1 when y is.  Zero differences are
    dropped (Wilcoxon's method, SciPy's default; many articles score 0 in both outlets).  The p-value
    is SciPy's `wilcoxon` default: exact up to 50 pairs with no ties or zeros, from every sign
    flip up to 13 pairs with them, else the normal approximation with tie and continuity corrections."""
    d = np.asarray(x, dtype=float) - np.asarray(y, dtype=float)
    if d.size == 0:
        raise ValueError("wilcoxon_signed_rank needs at least one pair")
    nonzero = d[d != 0]
    if nonzero.size == 0:
        return PairedTest(0.0, None, None, 0)
    ranks = sps.rankdata(np.abs(nonzero))
    plus, minus = float(ranks[nonzero > 0].sum()), float(ranks[nonzero < 0].sum())
    res = sps.wilcoxon(d, zero_method="wilcox", alternative="two-sided")
    return PairedTest(float(res.statistic), float(res.pvalue), (plus - minus) / (plus + minus), int(nonzero.size))


def correlation_magnitude(r: float) -> str:
    """Cohen's (1988) labels for a correlation, used for the rank-biserial r: negligible < .1 <= small
    < .3 <= medium < .5 <= large."""
    a = abs(r)
    return "negligible" if a < 0.1 else "small" if a < 0.3 else "medium" if a < 0.5 else "large"


def friedman(blocks: Sequence[Sequence[float]]) -> tuple[float, float | None, float | None]:
    """Friedman's chi-squared over complete blocks (one row an event, one column an outlet), its
    p-value (chi-squared approximation with k - 1 degrees of freedom, corrected for ties, SciPy's)
    and Kendall's W = chi2 / (n (k - 1)) (0: the outlets rank alike within events; 1: every event
    ranks them the same way).  p and W are None where every block is tied throughout."""
    table = np.asarray(blocks, dtype=float)
    n, k = table.shape
    if k < 3:
        raise ValueError("friedman needs three or more outlets (two: wilcoxon_signed_rank)")
    if n == 0 or all(all_tied(row) for row in table):
        return 0.0, None, None
    with np.errstate(invalid="ignore", divide="ignore"):
        res = sps.friedmanchisquare(*table.T)
    chi2, p = float(res.statistic), float(res.pvalue)
    return chi2, p, chi2 / (n * (k - 1))

"""The statistics of paired designs (`framing compare --paired-by`): the same events covered by
every outlet (BASIL's 100 events, each told by Fox, the NYT and HuffPost).  Comparing outlets
within each event removes the event from the difference (a story about a shooting quotes more than
one about a bill, in every outlet), so these tests see what the unpaired ones of
`framing.comparison_statistics`, comparing articles of different events, cannot."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import stats as sps

from framing.bootstrap_intervals import BOOTSTRAP_RESAMPLES, SEED
from framing.comparison_statistics import all_tied


@dataclass(slots=True, frozen=True)
class PairedTest:
    statistic: float  # Wilcoxon's W: the smaller of the two signed-rank sums (SciPy's)
    p: float | None  # None where every difference is zero: no test is defined
    rank_biserial: float | None  # matched-pairs rank-biserial correlation, + when x scores higher
    nonzero: int  # pairs with a difference (zero differences are dropped, Wilcoxon's own way)
    method: str | None = None  # how p was computed: "exact" or "normal" (comparison_statistics.P_METHODS); None with p


def paired_differences(x: Sequence[float], y: Sequence[float]) -> np.ndarray:
    """x - y pair by pair, rounded to 12 significant digits of the larger score, so that equal
    differences are equal: in floating point 0.3 - 0.2 and 0.4 - 0.3 differ in their last bit, and
    the test ranked them apart (and a difference of 1e-17 was no zero), which made its "exact" p
    that of other data.  A score's own digits are far fewer (framing rounds a density to 2 places).
    SciPy's wilcoxon ranks the raw differences."""
    a, b = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    d = a - b
    scale = max(float(np.max(np.abs(a), initial=0.0)), float(np.max(np.abs(b), initial=0.0)))
    if scale == 0 or not np.isfinite(scale):
        return d
    return np.round(d, 11 - int(np.floor(np.log10(scale))))


def wilcoxon_signed_rank(x: Sequence[float], y: Sequence[float]) -> PairedTest:
    """Two-sided Wilcoxon signed-rank test of x - y, pair by pair, with the matched-pairs rank-biserial
    correlation (Kerby 2014) as its effect size.

        r = (W+ - W-) / (W+ + W-)

    where W+ sums the ranks of |x - y| (midranks for ties) over the pairs where x is higher, W- where
    y is: r = 1 when x is higher in every pair that differs, -1 when y is.  Zero differences are
    dropped (Wilcoxon's method, SciPy's default zero_method="wilcox"; many articles score 0 in both
    outlets).  The p-value is exact up to EXACT_SIGNED_RANK_MAX nonzero differences, ties and zeros
    or not (`exact_signed_rank.exact_signed_rank_p`: SciPy's exact p without ties or zeros, its
    every-sign-flip p up to 13 pairs with them); past that, SciPy's normal approximation with the tie
    correction (no continuity correction, SciPy's default).  Until the thirteenth session 14 to 50
    pairs with a tie or a zero had the normal p, as SciPy's "auto" gives it."""
    from framing.exact_signed_rank import exact_signed_rank_p

    d = paired_differences(x, y)
    if d.size == 0:
        raise ValueError("wilcoxon_signed_rank needs at least one pair")
    nonzero = d[d != 0]
    if nonzero.size == 0:
        return PairedTest(0.0, None, None, 0)
    ranks = sps.rankdata(np.abs(nonzero))
    plus, minus = float(ranks[nonzero > 0].sum()), float(ranks[nonzero < 0].sum())
    r = (plus - minus) / (plus + minus)
    if (p := exact_signed_rank_p(d, zero_method="wilcox")) is not None:
        return PairedTest(min(plus, minus), p, r, int(nonzero.size), "exact")
    res = sps.wilcoxon(d, zero_method="wilcox", alternative="two-sided", method="asymptotic")
    return PairedTest(float(res.statistic), float(res.pvalue), r, int(nonzero.size), "normal")


def correlation_magnitude(r: float) -> str:
    """Cohen's (1988) labels for a correlation, used for the rank-biserial r: negligible < .1 <= small
    < .3 <= medium < .5 <= large."""
    a = abs(r)
    return "negligible" if a < 0.1 else "small" if a < 0.3 else "medium" if a < 0.5 else "large"


FRIEDMAN_PERMUTATION_MAX = 50  # blocks: up to here Friedman's p is a permutation p, not chi-squared
FRIEDMAN_STATES_MAX = 20_000  # column rank sums x orders of an event tracked for the exact p; past this, sampled


def friedman(blocks: Sequence[Sequence[float]]) -> tuple[float, float | None, float | None]:
    """Friedman's chi-squared, p and Kendall's W (`friedman_test` without how p was computed)."""
    return friedman_test(blocks)[:3]


def friedman_test(blocks: Sequence[Sequence[float]]) -> tuple[float, float | None, float | None, str | None]:
    """Friedman's chi-squared over complete blocks (one row an event, one column an outlet), its
    p-value, Kendall's W = chi2 / (n (k - 1)) (0: the outlets rank alike within events; 1: every
    event ranks them the same way) and how p was computed ("exact", "sampled" or "chi-squared").
    p, W and the method are None where every block is tied throughout.

    The p: up to FRIEDMAN_PERMUTATION_MAX blocks, the permutation p (`_friedman_permutation`), since
    the chi-squared approximation with k - 1 degrees of freedom is poor for few blocks (5 events of 3
    outlets ranked alike: chi-squared 0.0067, exact 0.0008 (6 of the 6^5 = 7,776 arrangements)); past
    that, SciPy's chi-squared approximation corrected for ties."""
    table = np.asarray(blocks, dtype=float)
    n, k = table.shape
    if k < 3:
        raise ValueError("friedman needs three or more outlets (two: wilcoxon_signed_rank)")
    if n == 0 or all(all_tied(row) for row in table):
        return 0.0, None, None, None
    with np.errstate(invalid="ignore", divide="ignore"):
        res = sps.friedmanchisquare(*table.T)
    chi2, p, method = float(res.statistic), float(res.pvalue), "chi-squared"
    if n <= FRIEDMAN_PERMUTATION_MAX:
        p, method = _friedman_permutation(table)
    return chi2, p, chi2 / (n * (k - 1)), method


def _friedman_permutation(blocks: Sequence[Sequence[float]], *, seed: int = SEED, resamples: int = 9_999) -> tuple[float, str]:
    """The permutation p of Friedman's test: under no difference between outlets, each event's ranks
    are equally likely in any order across the outlets, so the p is the share of the (k!)^n
    arrangements whose statistic is at least the observed one.  The statistic orders them as
    sum_j R_j^2 does (R_j an outlet's rank sum over events; the tie correction is the same for every
    arrangement).  Exact: the distribution of (R_1, ..., R_k) built event by event, merging equal
    rank sums, while each event adds at most FRIEDMAN_STATES_MAX (sums so far x orders of the event:
    3 outlets over 5 to about 40 events, 4 over about 10); else `resamples` random
    arrangements with a fixed seed, p = (hits + 1) / (resamples + 1)."""
    ranks = sps.rankdata(np.asarray(blocks, dtype=float), axis=1) * 2  # doubled: midranks become integers
    ranks = ranks.astype(np.int64)
    observed = int(np.sum(ranks.sum(axis=0) ** 2))
    sums, chance = np.zeros((1, ranks.shape[1]), dtype=np.int64), np.ones(1)
    for row in ranks:
        orders = np.array(sorted(set(itertools.permutations(row.tolist()))), dtype=np.int64)  # equally likely
        if len(sums) * len(orders) > FRIEDMAN_STATES_MAX:
            break
        sums = (sums[:, None, :] + orders[None, :, :]).reshape(-1, ranks.shape[1])
        chance = np.repeat(chance / len(orders), len(orders))
        sums, where = np.unique(sums, axis=0, return_inverse=True)
        chance = np.bincount(where.ravel(), weights=chance)
    else:
        return float(min(1.0, chance[np.sum(sums**2, axis=1) >= observed].sum())), "exact"
    rng = np.random.default_rng(seed)
    shuffled = rng.permuted(np.broadcast_to(ranks, (resamples, *ranks.shape)), axis=2)
    hits = int(np.sum(np.sum(shuffled.sum(axis=1) ** 2, axis=1) >= observed))
    return float((hits + 1) / (resamples + 1)), "sampled"


KENDALLS_W_INTERVAL_MAX = 20_000  # events: from here no interval of Kendall's W (see kendalls_w_interval)


def kendalls_w_interval(blocks: Sequence[Sequence[float]], *, resamples: int = BOOTSTRAP_RESAMPLES, level: float = 0.95,
                        seed: int = SEED) -> tuple[float, float] | None:
    """Bias-corrected percentile bootstrap 95% interval of Kendall's W over complete blocks (one row
    an event, one column an outlet), resampling whole events with replacement (the unit sampled, as
    `rank_biserial_interval` does), with the seed and number of resamples of every other interval.
    Each resample's W is `friedman_test`'s: chi2 / (n (k - 1)), chi2 SciPy's (midranks within each
    event, corrected for ties); a resample of tied events only has no W and is left out.

    Mirrors `comparison_statistics.epsilon_squared_interval`, and for the same reason: W has no
    simple sampling variance and lies in [0, 1], so "W +/- z SE" would cross 0; and W runs high in
    the resamples, since an event drawn twice ranks the outlets exactly as its copy does (W is about
    the mean Spearman correlation between events), so the plain percentiles can miss the estimate:
    5 events of 3 outlets, 4 ranked alike and one the other way (W 0.36) gave 2,000 resamples
    averaging 0.49.  So the percentiles are moved down by the bootstrap's bias (the resamples' mean less the
    estimate) and kept within [0, 1] and around the estimate.  Near 0, read the high end as how
    much the outlets' order may agree across events.

    Counted, not ranked again: each event's midranks and tie term are computed once, and a resample
    sums the rows it draws (2,000 x n x k additions), so 2,000 resamples of 1,000 events of 3
    outlets cost about 0.1 s of CPU a score.  None with fewer than two events, or every event tied
    throughout; `compare` asks for none from KENDALLS_W_INTERVAL_MAX events."""
    table = np.asarray(blocks, dtype=float)
    if table.ndim != 2 or table.shape[1] < 3:
        raise ValueError("kendalls_w_interval needs three or more outlets (two: rank_biserial_interval)")
    n, k = table.shape
    if n < 2 or all(all_tied(row) for row in table):
        return None
    ranks = sps.rankdata(table, axis=1)
    ties = np.array([float(np.sum(c**3 - c)) for c in (np.unique(row, return_counts=True)[1].astype(float) for row in table)])
    rng = np.random.default_rng(seed)
    ws = np.empty(resamples)
    chunk = max(1, 2_000_000 // (n * k))  # as bootstrap_mean_cis: never 2,000 x n x k ranks at once for a large n
    for i in range(0, resamples, chunk):
        m = min(chunk, resamples - i)
        picks = rng.integers(0, n, size=(m, n))
        sums = ranks[picks].sum(axis=1)  # each resample's rank sum per outlet
        chi2 = 12 / (n * k * (k + 1)) * np.sum(sums**2, axis=1) - 3 * n * (k + 1)
        with np.errstate(invalid="ignore", divide="ignore"):
            chi2 /= 1 - ties[picks].sum(axis=1) / (n * k * (k * k - 1))  # SciPy's tie correction; 0 where all are tied: NaN
        ws[i : i + m] = chi2 / (n * (k - 1))
    ws = ws[np.isfinite(ws)]
    estimate = friedman_test(table)[2]
    if ws.size == 0 or estimate is None:
        return None
    bias = float(ws.mean()) - estimate  # an event drawn twice agrees with itself: W runs high
    tail = (1 - level) / 2 * 100
    low, high = np.percentile(ws, [tail, 100 - tail]) - bias
    return float(min(max(low, 0.0), estimate)), float(min(max(high, estimate), 1.0))


RANK_BISERIAL_NORMAL_FROM = 2_000  # pairs: from here the normal interval (rank_biserial_normal_interval)


def rank_biserial_interval(x: Sequence[float], y: Sequence[float], *, resamples: int = BOOTSTRAP_RESAMPLES,
                           level: float = 0.95, seed: int = SEED) -> tuple[float, float] | None:
    """Percentile bootstrap 95% interval of the matched-pairs rank-biserial r of x - y, resampling
    whole pairs (events) with replacement: the unit that was sampled, as the profile intervals
    resample whole articles, with the same seed and number of resamples.  Each resample's r is
    computed as `wilcoxon_signed_rank` computes it (zero differences dropped, midranks of |x - y|);
    a resample whose differences are all zero has no r and is left out.

    Why a bootstrap: r has no simple sampling variance away from 0 (the analytic interval of R's
    effectsize uses the standard error under no difference, too wide near -1 and 1); with few
    events (below 20) a percentile interval is too narrow, as for the profile means.  For two
    independent groups the rank-biserial r is Cliff's delta, whose interval is
    `cliffs_delta_interval`.

    The draws are those of `scipy.stats.bootstrap(..., paired=True, method="percentile")` with
    `np.random.default_rng(seed)` (up to 1,000 pairs, where one draw holds every resample), so it
    gives the same interval.  From RANK_BISERIAL_NORMAL_FROM pairs, the normal interval of
    `rank_biserial_normal_interval` instead, which the bootstrap gives there within its own
    seed-to-seed noise, at a fraction of its cost (2,000 x 5,000 draws took 0.2 s a score and pair).  The
    switch was at 5,000 pairs; at 2,000 (four score shapes, 8 seeds) the normal endpoints lay within 0.7
    seed-to-seed SDs of the bootstrap's, 1.4% of the width at most, as at 5,000 (1.3 SDs, 1.3%), and
    `--paired-by` over 4,000 events (12,000 BASIL articles) cost 1.1 s CPU instead of 5.3 s
    (tests/test_paired_statistics.py shows the comparison).  None with fewer than two pairs, where every difference is zero, or
    where every pair that differs differs the same way (r is -1 or 1 and every resample says so:
    no spread to take an interval from)."""
    d = paired_differences(x, y)
    n = d.size
    nonzero = d[d != 0]
    if n < 2 or nonzero.size == 0 or bool(np.all(nonzero > 0)) or bool(np.all(nonzero < 0)):
        return None
    if n >= RANK_BISERIAL_NORMAL_FROM:
        return rank_biserial_normal_interval(x, y, level=level)
    return _bootstrap_rank_biserial(x, y, resamples=resamples, level=level, seed=seed)


def _bootstrap_rank_biserial(x: Sequence[float], y: Sequence[float], *, resamples: int = BOOTSTRAP_RESAMPLES,
                             level: float = 0.95, seed: int = SEED) -> tuple[float, float]:
    """The percentile bootstrap interval of `rank_biserial_interval`, at any number of pairs."""
    d = paired_differences(x, y)
    n = d.size
    values, group = np.unique(np.abs(d), return_inverse=True)  # the distinct |d|, smallest (0, if any) first
    sign = np.sign(d)
    rng = np.random.default_rng(seed)
    rs = np.empty(resamples)
    chunk = max(1, 2_000_000 // n)  # as bootstrap_mean_cis: never 2,000 x n differences at once for a large n
    for i in range(0, resamples, chunk):
        k = min(chunk, resamples - i)
        picks = rng.integers(0, n, size=(k, n))
        rs[i : i + k] = _rank_biserial_rows(picks, group, sign, values.size, has_zero=values[0] == 0)
    rs = rs[~np.isnan(rs)]
    tail = (1 - level) / 2 * 100
    low, high = np.percentile(rs, [tail, 100 - tail])
    return float(low), float(high)


def _rank_biserial_rows(picks: np.ndarray, group: np.ndarray, sign: np.ndarray, groups: int, has_zero: bool) -> np.ndarray:
    """The matched-pairs rank-biserial r of each resample (a row of `picks`, indices of the pairs
    drawn), NaN for a resample of zero differences only.  Counted, not sorted: per resample, how
    many draws fall on each distinct |d| (`group`), and their signs; a draw's midrank is the draws
    of smaller |d| plus (its tied draws + 1) / 2, less the zeros, which rank below every other
    difference and are dropped.  The same r as ranking every resample (scipy's rankdata over 2,000 x
    5,000 differences took 4 s a score and pair)."""
    k, n = picks.shape
    cell = (np.arange(k)[:, None] * groups + group[picks]).ravel()
    tied = np.bincount(cell, minlength=k * groups).reshape(k, groups).astype(float)
    signed = np.bincount(cell, weights=sign[picks].ravel(), minlength=k * groups).reshape(k, groups)
    zeros = tied[:, 0] if has_zero else np.zeros(k)
    midrank = np.cumsum(tied, axis=1) - tied + (tied + 1) / 2 - zeros[:, None]
    nonzero = n - zeros
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.sum(signed * midrank, axis=1) / (nonzero * (nonzero + 1) / 2)  # (W+ - W-) / (W+ + W-)


def rank_biserial_normal_interval(x: Sequence[float], y: Sequence[float], *, level: float = 0.95) -> tuple[float, float] | None:
    """The normal interval r +/- z SE of the matched-pairs rank-biserial r, for many pairs.  Over the
    m nonzero differences r is (up to O(1/m)) a U-statistic, the mean of the symmetric kernel
    sign(d_i) c(|d_j|, |d_i|) + sign(d_j) c(|d_i|, |d_j|), c(a, b) = 1 if a < b, 1/2 if a = b; its
    standard error is 2 sd(h1) / sqrt(m) (Hoeffding 1948), h1(d_i) = sign(d_i) G_i + H_i, where G_i
    is the share of |d| below |d_i| (ties half) and H_i the signed share above it (ties half).  Each
    costs one sort.  Measured against the bootstrap (8 seeds; gamma-shaped scores rounded to 0.1,
    so tied): endpoints within 0.8 seed-to-seed SDs at 300, 2,000 and 5,000 pairs, 1.7 at 20,000,
    and 1.1% of the width at most (benchmarks/rank_biserial_normal.py).  None where
    `rank_biserial_interval` gives none."""
    d = paired_differences(x, y)
    d = d[d != 0]
    m = d.size
    if m < 2 or bool(np.all(d > 0)) or bool(np.all(d < 0)):
        return None
    order = np.argsort(np.abs(d), kind="stable")
    size, sign = np.abs(d)[order], np.sign(d)[order]
    _, start, count = np.unique(size, return_index=True, return_counts=True)
    group = np.repeat(np.arange(start.size), count)
    below = (start[group] + count[group] / 2) / m  # G_i
    signs = np.add.reduceat(sign, start)  # per distinct |d|: the sum of the signs there
    above = (np.cumsum(signs[::-1])[::-1] - signs / 2)[group] / m  # H_i: signs above, ties half
    h1 = sign * below + above
    plus = float(np.sum((start[group] + (count[group] + 1) / 2)[sign > 0]))  # W+ from midranks, as wilcoxon_signed_rank
    r = (2 * plus - m * (m + 1) / 2) / (m * (m + 1) / 2)
    half = float(sps.norm.ppf((1 + level) / 2) * 2 * h1.std(ddof=1) / np.sqrt(m))
    return max(-1.0, r - half), min(1.0, r + half)

"""The statistical primitives of outlet comparisons, checked against hand computations and SciPy."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest
from scipy import stats as sps

from framing.comparison_statistics import (
    BOOTSTRAP_RESAMPLES,
    P_METHODS,
    all_tied,
    benjamini_hochberg,
    bootstrap_mean_ci,
    bootstrap_mean_cis,
    cliffs_delta,
    cliffs_delta_interval,
    epsilon_squared,
    epsilon_squared_interval,
    kruskal_permutation_p,
    kruskal_wallis,
    log_odds_dirichlet,
    magnitude,
    mann_whitney,
    normal_mean_ci,
    permutation_p,
)


@pytest.mark.parametrize(
    "x, y, expected",
    [
        # pairs (1,2)< (1,4)< (2,2)= (2,4)< (3,2)> (3,4)<  ->  (1 - 4) / 6
        ([1, 2, 3], [2, 4], -0.5),
        ([5, 6], [1, 2, 3], 1.0),
        ([1, 2], [5, 6], -1.0),
        ([1, 2], [1, 2], 0.0),
        # (3,1)> (3,3)= (3,5)<  (4,1)> (4,3)> (4,5)<  ->  (3 - 2) / 6
        ([3, 4], [1, 3, 5], 1 / 6),
    ],
)
def test_cliffs_delta_by_hand(x, y, expected):
    assert cliffs_delta(x, y) == pytest.approx(expected)


def test_cliffs_delta_equals_pair_counting_on_random_data():
    rng = np.random.default_rng(1)
    x, y = rng.integers(0, 10, 40), rng.integers(0, 10, 55)
    pairs = np.sign(x[:, None] - y[None, :])
    assert cliffs_delta(x, y) == pytest.approx(pairs.mean())


@pytest.mark.parametrize("delta, label", [(0.1, "negligible"), (-0.2, "small"), (0.4, "medium"), (-0.5, "large")])
def test_magnitude_labels(delta, label):
    assert magnitude(delta) == label


def test_benjamini_hochberg_by_hand():
    # sorted: .005 .01 .03 .04 -> x4/rank: .02 .02 .04 .04 -> running min from the top, input order
    assert benjamini_hochberg([0.01, 0.04, 0.03, 0.005]) == pytest.approx([0.02, 0.04, 0.04, 0.02])


def test_benjamini_hochberg_matches_scipy():
    p = [0.001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205, 0.212, 0.216, 0.222, 0.251, 0.269, 0.275, 0.34]
    assert benjamini_hochberg(p) == pytest.approx(list(sps.false_discovery_control(p, method="bh")))


def test_benjamini_hochberg_caps_at_one_and_handles_empty():
    assert benjamini_hochberg([0.9, 0.95]) == pytest.approx([0.95, 0.95])
    assert benjamini_hochberg([]) == []


def test_bootstrap_is_reproducible_with_the_seed_and_resamples_articles():
    values = [1.0, 4.0, 2.5, 8.0, 3.0, 0.0, 5.5]
    a = bootstrap_mean_ci(values, seed=7)
    assert a == bootstrap_mean_ci(values, seed=7)
    assert a != bootstrap_mean_ci(values, seed=8)
    # The same computation written out: resample whole articles with replacement, percentile interval.
    rng = np.random.default_rng(7)
    means = np.asarray(values)[rng.integers(0, len(values), size=(BOOTSTRAP_RESAMPLES, len(values)))].mean(axis=1)
    low, high = np.percentile(means, [2.5, 97.5])
    assert (a.mean, a.low, a.high) == pytest.approx((np.mean(values), low, high))
    assert a.low < a.mean < a.high


def test_bootstrap_of_constant_values_is_a_point():
    ci = bootstrap_mean_ci([2.0] * 6)
    assert (ci.mean, ci.low, ci.high) == (2.0, 2.0, 2.0)


def test_bootstrap_chunking_gives_the_same_kind_of_interval_for_large_samples():
    rng = np.random.default_rng(3)
    x = rng.normal(10, 2, 5000)
    ci = bootstrap_mean_ci(x)
    se = x.std(ddof=1) / math.sqrt(x.size)
    assert ci.low == pytest.approx(x.mean() - 1.96 * se, abs=0.02)
    assert ci.high == pytest.approx(x.mean() + 1.96 * se, abs=0.02)


def test_mann_whitney_matches_scipy():
    x, y = [1.2, 3.4, 2.2, 5.0, 4.1, 0.3], [6.0, 7.5, 2.9, 8.8, 5.5]
    res = sps.mannwhitneyu(x, y, alternative="two-sided")
    t = mann_whitney(x, y)
    assert (t.statistic, t.p) == pytest.approx((res.statistic, res.pvalue))
    assert t.delta == pytest.approx(2 * res.statistic / (len(x) * len(y)) - 1)


def test_kruskal_matches_scipy_and_says_none_when_all_tied():
    groups = [[1, 2, 3, 4, 5], [2, 3, 4, 5, 9], [7, 8, 9, 10, 11]]
    res = sps.kruskal(*groups)
    # groups of 5: H is SciPy's, its p the permutation one (tests/test_permutation_tests.py)
    assert kruskal_wallis(groups) == (pytest.approx(res.statistic), kruskal_permutation_p(groups))
    large = [g * 2 for g in groups]  # groups of 10: SciPy's chi-squared p
    assert kruskal_wallis(large) == pytest.approx(tuple(sps.kruskal(*large)))
    assert kruskal_wallis([[1, 1], [1, 1], [1, 1]]) == (0.0, None)


def test_log_odds_with_dirichlet_prior_by_hand():
    # Two words, group i = [2, 0], group j = [1, 1], prior a = [1, 1] (a0 = 2, n_i = n_j = 2).
    # word 0: log(3 / (4-2-1)) - log(2 / (4-1-1)) = log 3;  var = 1/3 + 1/2
    # word 1: log(1 / (4-0-1)) - log(2 / (4-1-1)) = -log 3; var = 1/1 + 1/2
    delta, z = log_odds_dirichlet(np.array([2, 0]), np.array([1, 1]), np.array([1.0, 1.0]))
    assert delta == pytest.approx([math.log(3), -math.log(3)])
    assert z == pytest.approx([math.log(3) / math.sqrt(5 / 6), -math.log(3) / math.sqrt(1.5)])
    assert z == pytest.approx([1.2035, -0.8970], abs=1e-4)


# A small group with ties: the normal approximation's p is too small, so the p-value is the exact
# permutation one.  Rows: x, y, the number of the C(n+m, n) splits whose U is at least as far from
# n*m/2 as the observed one (counted by hand below), the normal approximation SciPy gives.
@pytest.mark.parametrize("x, y, as_far, splits, normal", [
    ([0, 0, 1, 2, 2], [1, 3, 3, 4, 5], 12, 252, 0.044539),  # crosses 0.05: 0.0476 exact
    ([0, 0, 0, 0, 1.2, 0, 0], [0, 2, 3, 0, 1, 4, 0], 408, 3432, 0.101415),  # zeros, as in booster_per_1k
])
def test_mann_whitney_gives_the_exact_permutation_p_for_a_small_group_with_ties(x, y, as_far, splits, normal):
    pooled, n = [*x, *y], len(x)
    ranks = sps.rankdata(pooled)
    centre = n * len(y) / 2
    u = [sum(ranks[i] for i in idx) - n * (n + 1) / 2 for idx in itertools.combinations(range(len(pooled)), n)]
    observed = sum(ranks[:n]) - n * (n + 1) / 2
    assert (len(u), sum(abs(v - centre) >= abs(observed - centre) - 1e-9 for v in u)) == (splits, as_far)
    t = mann_whitney(x, y)
    assert (t.statistic, t.p) == pytest.approx((observed, as_far / splits))
    assert sps.mannwhitneyu(x, y, alternative="two-sided").pvalue == pytest.approx(normal, abs=1e-6)


def test_mann_whitney_without_ties_or_with_large_groups_keeps_scipys_p():
    # no ties, groups of 5: SciPy's exact p, 2 of 252 splits as extreme
    assert mann_whitney([1, 2, 3, 4, 5], [6, 7, 8, 9, 10]).p == pytest.approx(2 / 252)
    # ties and both groups above 8: exact too since the thirteenth session, 4,886 of the C(18, 9) = 48,620
    # splits as far (SciPy's normal approximation, which it had been: 0.0883)
    x, y = [0, 0, 1, 1, 2, 2, 3, 3, 4], [1, 1, 2, 3, 3, 4, 4, 5, 5]
    assert (mann_whitney(x, y).p, mann_whitney(x, y).method) == (pytest.approx(4_886 / 48_620), "exact")
    assert sps.mannwhitneyu(x, y, alternative="two-sided").pvalue == pytest.approx(0.08832, abs=1e-5)


def test_mann_whitney_is_exact_with_ties_past_the_splits_enumerated():
    # 4 against 26 with ties: C(30, 4) = 27,405 splits, above the 20,000 enumerated; the exact share
    # counted here over all splits is what mann_whitney gives (its distribution by dynamic
    # programming), where it had been 9,999 random splits; permutation_p alone still samples
    rng = np.random.default_rng(5)
    x, y = [0.0, 0.0, 1.0, 3.0], [float(v) for v in rng.integers(0, 4, 26)]
    ranks = sps.rankdata(x + y)
    u = np.array([ranks[list(idx)].sum() - 10 for idx in itertools.combinations(range(30), 4)])
    exact = np.mean(np.abs(u - 52) >= abs(ranks[:4].sum() - 10 - 52) - 1e-9)
    assert (len(u), exact) == (27_405, pytest.approx(0.72111, abs=1e-5))
    t = mann_whitney(x, y)
    assert (t.p, t.method) == (pytest.approx(exact, abs=1e-12), "exact")
    assert permutation_p(y, x) == permutation_p(x, y) == pytest.approx(exact, abs=0.01)  # the smaller group drawn, whichever first


def test_a_sampled_permutation_p_is_fast_and_never_zero_against_a_large_group():
    """5 articles against 5,000 (SciPy's PermutationMethod took 30 s and 3.6 GB here)."""
    import time

    rng = np.random.default_rng(0)
    y = [float(v) for v in rng.integers(0, 4, 5000)]
    start = time.perf_counter()
    assert permutation_p([0.0, 0.0, 1.0, 2.0, 2.0], y) == pytest.approx(0.2559)
    assert time.perf_counter() - start < 2
    assert permutation_p([10.0, 10.0, 11.0, 12.0, 12.0], y) == pytest.approx(1 / 10_000)  # none as far: (0 + 1) / (9,999 + 1)


# R's effsize test data (treatment, control): delta -0.25; by default (unbiased variance, Student's t)
# effsize::cliff.delta gives the interval -0.7265846 to 0.3890062, and its source notes the three
# terms of the consistent variance: 0.2669753, 0.447, 1.0055556.
TREATMENT, CONTROL = [10, 10, 20, 20, 20, 30, 30, 30, 40, 50], [10, 20, 30, 40, 40, 50]


def test_cliffs_delta_interval_matches_effsize():
    assert cliffs_delta(TREATMENT, CONTROL) == -0.25
    assert cliffs_delta_interval(TREATMENT, CONTROL) == pytest.approx((-0.7265846, 0.3890062), abs=1e-7)


@pytest.mark.parametrize("unbiased", [True, False])
@pytest.mark.parametrize("normal", [True, False])
def test_cliffs_delta_interval_equals_the_dominance_matrix_formulas(unbiased, normal):
    """Written out from the n x m matrix of sign(x_i - y_j), as Cliff (1996) defines each term."""
    x, y = np.array(TREATMENT, float), np.array(CONTROL, float)
    dm = np.sign(x[:, None] - y[None, :])
    n, m = dm.shape
    d, rows, cols = dm.mean(), dm.mean(axis=1), dm.mean(axis=0)
    ssr = ((dm - d) ** 2).sum()
    terms = (((rows - d) ** 2).sum() / (n - 1), ((cols - d) ** 2).sum() / (m - 1), ssr / ((n - 1) * (m - 1)))
    assert terms == pytest.approx((0.2669753, 0.447, 1.0055556), abs=1e-7)
    if unbiased:
        s2 = (m**2 * ((rows - d) ** 2).sum() + n**2 * ((cols - d) ** 2).sum() - ssr) / (n * m * (n - 1) * (m - 1))
    else:
        s2 = ((m - 1) * terms[0] + (n - 1) * terms[1] + terms[2]) / (n * m)
    q = sps.norm.ppf(0.975) if normal else sps.t.ppf(0.975, n + m - 2)
    half = q * math.sqrt(s2) * math.sqrt((1 - d**2) ** 2 + q**2 * s2)
    expected = ((d - d**3 - half) / (1 - d**2 + q**2 * s2), (d - d**3 + half) / (1 - d**2 + q**2 * s2))
    assert cliffs_delta_interval(x, y, unbiased=unbiased, normal=normal) == pytest.approx(expected)


@pytest.mark.parametrize("x, y", [
    ([1, 2, 3], [4, 5, 6]),  # no overlap: delta -1, no spread to estimate from
    ([2, 2, 2], [2, 2]),  # every value the same: no test either
    ([1], [2, 3, 4]),  # one value in a group
])
def test_cliffs_delta_interval_is_none_where_it_cannot_be_estimated(x, y):
    assert cliffs_delta_interval(x, y) is None


@pytest.mark.parametrize("size", [5, 37, 6_000])  # 6,000: more than one chunk of resampled indices
def test_bootstrap_of_several_columns_gives_each_column_its_own_interval(size):
    """compare bootstraps an outlet's scores together from one draw of indices: each interval must be
    exactly the one its column gets alone (what compare showed before; the same seed, the same draws)."""
    rng = np.random.default_rng(size)
    columns = [np.round(rng.gamma(1.2, 3, size), 2), rng.random(size), np.zeros(size), rng.integers(0, 9, size).astype(float)]
    together = bootstrap_mean_cis(columns, seed=11)
    assert together == [bootstrap_mean_ci(c, seed=11) for c in columns]
    for column, ci in zip(columns, together):  # the bootstrap of one column as compare had it, written out
        draw, means = np.random.default_rng(11), []
        chunk = 2_000_000 // size
        for i in range(0, BOOTSTRAP_RESAMPLES, chunk):
            means.extend(column[draw.integers(0, size, size=(min(chunk, BOOTSTRAP_RESAMPLES - i), size))].mean(axis=1))
        assert (ci.low, ci.high) == tuple(np.percentile(means, [2.5, 97.5]))
    assert together[2].low == together[2].high == 0.0


def test_bootstrap_of_several_columns_needs_one_length():
    with pytest.raises(ValueError, match="columns of one length"):
        bootstrap_mean_cis([[1.0, 2.0], [1.0]])


@pytest.mark.parametrize("values, tied", [
    ([], True), ([3.0], True), ([0.0, -0.0, 0], True), ([2, 2, 2.0], True), ([0.0, 0.0, 1e-12], False), ([1, 2], False),
])
def test_all_tied(values, tied):
    assert all_tied(values) is tied


def test_normal_mean_ci_by_hand():
    # 1, 2, 3, 4, 5: mean 3, s = sqrt(2.5), standard error sqrt(2.5 / 5) = sqrt(0.5); z = 1.959964
    ci = normal_mean_ci([1, 2, 3, 4, 5])
    half = 1.959963984540054 * math.sqrt(0.5)
    assert (ci.mean, ci.low, ci.high) == (3.0, pytest.approx(3 - half), pytest.approx(3 + half))
    with pytest.raises(ValueError, match="at least two values"):
        normal_mean_ci([1.0])


# --- how each p was computed (the p_method column) -------------------------------------------------

_RNG = np.random.default_rng(0)
_WIDE = [float(v) for v in _RNG.integers(0, 100, 5000)]  # 5,000 articles, 100 distinct values


@pytest.mark.parametrize("x, y, p, method", [
    ([1, 2, 3, 4, 5], [6, 7, 8, 9, 10], 2 / 252, "exact"),  # no ties, a group of at most 8: SciPy's exact
    ([0, 0, 1, 2, 2], [1, 3, 3, 4, 5], 12 / 252, "exact"),  # ties: every split (the normal approximation: 0.0445)
    ([0.0, 0.0, 1.0, 3.0], [float(v) for v in np.random.default_rng(5).integers(0, 4, 26)], 0.72111, "exact"),  # 27,405 splits
    (list(range(9)), list(range(5, 14)), 128 / 48_620, "exact"),  # both past 8, 4 ties: every split (normal: 0.0046)
    (list(range(150)), list(range(100, 250)), None, "normal"),  # 150 and 150: past the exact budget, SciPy's normal p
    ([0, 1, 2, 3, 4, 5, 6, 97], _WIDE, None, "sampled"),  # 8 against 5,000 of 100 values: past the exact budget
])
def test_mann_whitney_says_how_its_p_was_computed(x, y, p, method):
    t = mann_whitney(x, y)
    assert t.method == method
    if p is not None:
        assert t.p == pytest.approx(p, abs=1e-5)
    elif method == "normal":
        assert t.p == sps.mannwhitneyu(x, y, method="asymptotic").pvalue
    else:
        assert t.p == permutation_p(x, y)


def test_mann_whitney_of_all_tied_values_has_no_p_and_no_method():
    assert mann_whitney([0, 0, 0, 0, 0], [0, 0, 0, 0, 0]).method is None


@pytest.mark.parametrize("sizes, method", [
    ((2, 2, 2), "exact"),  # 90 splits
    ((5, 5, 5), "exact"),  # 756,756 splits
    ((6, 6, 6, 6), "sampled"),  # 2.3e12 splits
    ((9, 9, 9), "chi-squared"),  # every group past 8
])
def test_kruskal_method(sizes, method):
    from framing.comparison_statistics import kruskal_method

    groups = [list(np.arange(n, dtype=float) + i / 2) for i, n in enumerate(sizes)]
    assert kruskal_method(groups) == method


@pytest.mark.parametrize("method", sorted(P_METHODS))
def test_every_p_method_in_words_has_its_numbers_filled_in(method):
    """The `normal` words had read "Wilcoxon: past {EXACT_SIGNED_RANK_MAX:,} events" in every saved methods block."""
    assert "{" not in P_METHODS[method] and "}" not in P_METHODS[method]


# Three outlets of 10 articles: the second ranked apart above two alike (the case that made the interval bias-corrected).
APART = [[5.0, 6.0, 5.9, 5.8, 5.7, 5.6, 5.5, 5.4, 5.3, 5.2], [25.7, 25.6, 25.5, 25.4, 25.3, 25.2, 25.1, 25.0, 26.0, 25.9],
         [5.3, 5.2, 5.1, 5.0, 6.0, 5.9, 5.8, 5.7, 5.6, 5.5]]


def _epsilon_by_hand(groups, seed=20080101, resamples=BOOTSTRAP_RESAMPLES):
    """The interval with SciPy's H for every resample, drawn as `epsilon_squared_interval` draws (one
    chunk: each group's (resamples x size) indices in turn), then moved down by the resamples' bias."""
    rng = np.random.default_rng(seed)
    picks = [rng.integers(0, len(g), size=(resamples, len(g))) for g in groups]
    n = sum(map(len, groups))
    eps = np.array([sps.kruskal(*(np.asarray(g)[p[r]] for g, p in zip(groups, picks))).statistic / (n - 1) for r in range(resamples)])
    estimate = sps.kruskal(*groups).statistic / (n - 1)
    low, high = np.percentile(eps, [2.5, 97.5]) - (eps.mean() - estimate)
    return max(low, 0.0), max(high, estimate)


@pytest.mark.parametrize("groups", [APART, [[1, 2, 2, 3, 4], [2, 3, 3, 5, 6, 7], [1, 1, 4, 8]]])
def test_epsilon_squared_interval_is_scipys_h_over_every_resample(groups):
    assert epsilon_squared_interval(groups) == pytest.approx(_epsilon_by_hand(groups), abs=1e-12)


@pytest.mark.parametrize(("groups", "low", "high"), [
    # estimate 0.669; the plain percentile interval [0.671, 0.750] missed it: every resample ran above
    (APART, 0.6513, 0.7306),
    # three identical outlets of 50: estimate 0, the interval [0, 0.038], "at most a small effect" (0.01 small, 0.06 medium)
    ([list(range(50))] * 3, 0.0, 0.0380),
])
def test_epsilon_squared_interval_holds_the_estimate(groups, low, high):
    n = sum(map(len, groups))
    estimate = epsilon_squared(sps.kruskal(*groups).statistic, n)
    ci = epsilon_squared_interval(groups)
    assert ci == pytest.approx((low, high), abs=1e-4)
    assert ci[0] <= estimate <= ci[1]


def test_epsilon_squared_interval_is_the_same_for_the_same_seed_and_moves_with_another():
    groups = [[1, 2, 2, 3, 4, 9], [2, 3, 3, 5, 6, 7], [1, 1, 4, 8, 8, 9]]
    assert epsilon_squared_interval(groups) == epsilon_squared_interval(groups)
    assert epsilon_squared_interval(groups, seed=1) != epsilon_squared_interval(groups)


@pytest.mark.parametrize("groups", [[[1, 2, 3]], [[1, 2, 3], []], [[2, 2], [2, 2, 2], [2]]])
def test_epsilon_squared_interval_is_none_with_nothing_to_resample(groups):
    assert epsilon_squared_interval(groups) is None


def _three_outlets_of_400(seed=7):
    """Three outlets of 400 articles (1,200 tested: two chunks of resamples), three scores: a rounded
    rate, a count, and a share missing for every fourth article (groups of 300)."""
    rng = np.random.default_rng(seed)
    rows = [(o, round(float(rng.gamma(2, 3 + 0.3 * o)), 2), int(rng.poisson(4 + 0.3 * o)),
             None if i % 4 == 0 else round(float(rng.beta(2, 5 + 0.3 * o)), 3)) for o in range(3) for i in range(400)]
    return [[[r[column] for r in rows if r[0] == o and r[column] is not None] for o in range(3)] for column in (1, 2, 3)]


# The figures the float version (commit 3d117ad, before the integer counting) gave, to the last bit.
FLOAT_VERSION = [(0.0022610165324790828, 0.027433940446102513), (0.005320197908212044, 0.03529537169457439),
                 (0.0024223594012258483, 0.03580456279837785)]


@pytest.mark.parametrize("column", [0, 1, 2])
def test_epsilon_squared_interval_gives_the_float_versions_figures_exactly(column):
    assert epsilon_squared_interval(_three_outlets_of_400()[column]) == FLOAT_VERSION[column]


def test_epsilon_squared_intervals_share_draws_and_give_each_scores_own_interval():
    """The scores with groups of the same sizes share their resampled articles; each interval is
    the one the score gets alone, and a score with nothing to resample gets None in its place."""
    from framing.comparison_statistics import epsilon_squared_intervals

    scores = [*_three_outlets_of_400(), [[2.0, 2.0], [2.0, 2.0, 2.0], [2.0]], APART, [[1, 2, 3]]]
    assert epsilon_squared_intervals(scores) == [*FLOAT_VERSION, None, epsilon_squared_interval(APART), None]
    assert epsilon_squared_intervals(scores, seed=1)[3:] == [None, epsilon_squared_interval(APART, seed=1), None]
    assert epsilon_squared_intervals([]) == []


@pytest.mark.parametrize("values", [[1, 2, 3, 4, 5, 6], [1, 1, 2, 3, 3, 3], [0, 0, 0, 0, 1, 2]])
def test_epsilon_squared_by_chance_is_what_every_split_averages(values):
    """Every split of six articles into three outlets of two, ties or not: H averages k - 1 = 2, so
    epsilon-squared (k - 1) / (n - 1) = 0.4."""
    from framing.comparison_statistics import epsilon_squared_by_chance

    hs = [sps.kruskal(*(np.asarray(values, dtype=float)[list(order[i : i + 2])] for i in (0, 2, 4))).statistic
          for order in itertools.permutations(range(6))]
    assert np.mean([epsilon_squared(h, 6) for h in hs]) == pytest.approx(epsilon_squared_by_chance(3, 6), abs=1e-12) == pytest.approx(0.4)


@pytest.mark.parametrize(("groups", "n", "chance"), [(3, 3000, 2 / 2999), (28, 1988, 27 / 1987), (2, 1, 0.0)])
def test_epsilon_squared_by_chance(groups, n, chance):
    from framing.comparison_statistics import epsilon_squared_by_chance

    assert epsilon_squared_by_chance(groups, n) == chance

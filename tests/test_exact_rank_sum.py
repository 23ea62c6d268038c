"""The exact Mann-Whitney distribution with ties (framing/exact_rank_sum.py), against SciPy's exact
distribution where nothing ties and against every split counted out where something does."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from scipy import stats as sps

from framing.exact_rank_sum import EXACT_U_CELLS, exact_mann_whitney_p, exact_u_cells


def every_split_p(x: list[float], y: list[float]) -> float:
    """The two-sided permutation p written out: U of every way to deal the pooled values into groups
    of len(x) and len(y) (midranks), the share at least as far from n*m/2 as the observed U."""
    pooled, n = np.array([*x, *y], dtype=float), len(x)
    ranks = sps.rankdata(pooled)
    picks = np.array(list(itertools.combinations(range(pooled.size), n)))
    u = ranks[picks].sum(axis=1) - n * (n + 1) / 2
    centre = n * len(y) / 2
    return float(np.mean(np.abs(u - centre) >= abs(ranks[:n].sum() - n * (n + 1) / 2 - centre) - 1e-9))


@pytest.mark.parametrize("x, y, p", [
    ([1, 2, 3, 4, 5], [6, 7, 8, 9, 10], 2 / 252),  # the most extreme of C(10, 5) = 252 splits, both ways
    ([1.5, 3, 7], [2, 4, 5, 6, 8, 9, 10, 11], None),  # None: SciPy's exact p
    ([10, 20, 30, 40], list(range(41, 81)), 2 / 135_751),  # 4 against 40: C(44, 4) splits
    ([12.5], [3, 9, 20, 21, 30], 1.0),
])
def test_without_ties_it_is_scipys_exact_p(x, y, p):
    scipy_p = sps.mannwhitneyu(x, y, method="exact").pvalue
    assert exact_mann_whitney_p(x, y) == pytest.approx(scipy_p if p is None else p, rel=1e-12)
    assert exact_mann_whitney_p(x, y) == pytest.approx(scipy_p, rel=1e-12)


@pytest.mark.parametrize("x, y, p", [
    ([0, 0, 1, 2, 2], [1, 3, 3, 4, 5], 12 / 252),  # the normal approximation gives 0.0445
    ([0, 0, 0], [0, 0, 1, 1, 2], 11 / 56),  # counted by hand in test_ties_by_hand
    ([0.0, 0.0, 1.0, 3.0], None, 0.72111),  # 4 against 26 tied values: 27,405 splits (above the 20,000 enumerated)
    ([5, 5, 5, 6], None, None),  # against the same 26: the p of every split
    # five zeros against 30 zeros and 10 ones: rank sum 90 + 22.5 j with j ones dealt, centre 115, so as far
    # is j = 0 or j >= 3: (C(35, 5) + C(10, 3) C(35, 2) + C(10, 4) 35 + C(10, 5)) / C(45, 5)
    ([0, 0, 0, 0, 0], [0] * 30 + [1] * 10, (324_632 + 120 * 595 + 210 * 35 + 252) / 1_221_759),
])
def test_with_ties_it_is_the_share_of_every_split(x, y, p):
    y = [float(v) for v in np.random.default_rng(5).integers(0, 4, 26)] if y is None else y
    expected = every_split_p(x, y)
    assert exact_mann_whitney_p(x, y) == pytest.approx(expected, abs=1e-12)
    assert exact_mann_whitney_p(y, x) == pytest.approx(expected, abs=1e-12)  # the smaller group is dealt, whichever comes first
    if p is not None:
        assert expected == pytest.approx(p, abs=1e-5)


def test_ties_by_hand():
    # 0, 0, 0 against 0, 0, 1, 1, 2: midranks 3 (the five zeros), 6.5 (the ones), 8; observed rank sum 9,
    # the least possible; the mean rank sum 3 x 9 / 2 = 13.5, so as far is a rank sum <= 9 or >= 18:
    # three zeros (C(5, 3) = 10 ways) or 8 + 6.5 + 6.5 = 21 (1 way); 8 + 6.5 + 3 = 17.5 is not: 11 of 56
    ranks = sps.rankdata([0, 0, 0, 0, 0, 1, 1, 2])
    sums = [ranks[list(c)].sum() for c in itertools.combinations(range(8), 3)]
    assert sorted(set(sums)) == [9.0, 12.5, 14.0, 16.0, 17.5, 21.0]
    assert (sums.count(9.0), sums.count(21.0), len(sums)) == (10, 1, 56)
    assert exact_mann_whitney_p([0, 0, 0], [0, 0, 1, 1, 2]) == pytest.approx(11 / 56, abs=1e-12)


def test_past_its_budget_it_gives_none_and_says_what_it_would_cost():
    x, y = [0.0, 0.0, 1.0], [1.0, 2.0]
    # k = 2 dealt of N = 5; distinct values 0, 1, 2 with counts 2, 2, 1: (3 + 3 + 2) x (k + 1) x (the doubled
    # rank sums 0 to 2 x (5 + 4) = k (2 N - k + 1), and 0: 19 columns)
    assert exact_u_cells(x, y) == 8 * 3 * 19 == 456
    assert exact_mann_whitney_p(x, y, cells=455) is None
    assert exact_mann_whitney_p(x, y, cells=456) == pytest.approx(every_split_p(x, y))
    assert EXACT_U_CELLS == 100_000_000
    # two large groups: the sizes alone say it is past any budget, without counting their values
    assert exact_u_cells(np.zeros(100_000), np.ones(100_000)) == 100_001**2 * (100_000 * 300_001 + 1)


def test_five_against_twenty_five_thousand_is_exact_and_quick():
    import time

    rng = np.random.default_rng(0)
    y = rng.integers(0, 10, 25_000).astype(float)
    x = [0.0, 1.0, 1.0, 2.0, 9.0]
    assert exact_u_cells(x, y) <= EXACT_U_CELLS
    start = time.process_time()
    p = exact_mann_whitney_p(x, y)
    assert time.process_time() - start < 2
    # the sampled p (9,999 splits) of the same groups lies within its sampling error of it
    from framing.permutation_tests import permutation_p

    assert permutation_p(x, y) == pytest.approx(p, abs=0.015)


# --- both groups larger than 8 (SciPy's "auto" gives the normal approximation there) -----------------

def rank_sum_p_by_counting(x, y) -> float:
    """The same p by another road: the ways to pick len(x) of the pooled articles with each doubled
    midrank sum, counted article by article (no distinct values, no hypergeometric chances), the
    first group dealt whichever is smaller."""
    pooled = np.array([*x, *y], dtype=float)
    doubled = np.rint(2 * sps.rankdata(pooled)).astype(int)
    k = len(x)
    ways = np.zeros((k + 1, int(doubled.sum()) + 1))
    ways[0, 0] = 1.0
    for r in doubled.tolist():
        ways[1:, r:] += ways[:-1, : ways.shape[1] - r]  # numpy adds the old values where they overlap
    sums = np.arange(ways.shape[1])
    centre, observed = k * (pooled.size + 1), int(doubled[:k].sum())
    return float(ways[k][np.abs(sums - centre) >= abs(observed - centre)].sum() / ways[k].sum())


@pytest.mark.parametrize("seed", range(4))
def test_two_tied_groups_of_ten_and_eleven_are_every_split(seed):
    rng = np.random.default_rng(seed)
    x, y = rng.integers(0, 5, 10).tolist(), rng.integers(1, 6, 11).tolist()  # C(21, 10) = 352,716 splits
    assert exact_mann_whitney_p(x, y) == pytest.approx(every_split_p(x, y), abs=1e-12)
    assert rank_sum_p_by_counting(x, y) == pytest.approx(every_split_p(x, y), abs=1e-12)


@pytest.mark.parametrize("n, m, decimals", [(20, 20, 0), (30, 45, 1), (50, 50, 1), (12, 60, 0)])
def test_larger_tied_groups_are_the_counted_p_and_near_the_normal_one(n, m, decimals):
    rng = np.random.default_rng(n + m)
    x, y = np.round(rng.gamma(1.0, 2.0, n), decimals), np.round(rng.gamma(1.3, 2.0, m), decimals)
    exact = exact_mann_whitney_p(x, y)
    assert exact == pytest.approx(rank_sum_p_by_counting(x, y), rel=1e-9)
    assert exact == pytest.approx(sps.mannwhitneyu(x, y).pvalue, abs=0.01)  # the normal approximation, close by 20 each


@pytest.mark.parametrize("n, m", [(9, 9), (20, 25), (40, 40)])
def test_larger_groups_without_ties_are_scipys_exact_p(n, m):
    rng = np.random.default_rng(n * m)
    x, y = rng.normal(0.5, 1, n), rng.normal(0, 1, m)
    assert exact_mann_whitney_p(x, y) == pytest.approx(sps.mannwhitneyu(x, y, method="exact").pvalue, rel=1e-9)


def test_fifty_against_fifty_with_ties_is_quick_and_two_hundred_is_past_the_budget():
    """Measured (CPU, under load): 50 and 50 with 54 distinct values 6e7 cells, 0.03 s; 100 and 100
    8e8 cells, 0.6 s; 200 and 200 1e10 cells, 4.4 s; 1,000 and 1,000 3e13 cells, hours: past
    EXACT_U_CELLS the normal approximation."""
    import time

    rng = np.random.default_rng(50)
    x, y = np.round(rng.gamma(1.0, 2.0, 50), 1), np.round(rng.gamma(1.2, 2.0, 50), 1)
    assert exact_u_cells(x, y) <= EXACT_U_CELLS
    start = time.process_time()
    assert exact_mann_whitney_p(x, y) is not None
    assert time.process_time() - start < 0.5
    x, y = np.round(rng.gamma(1.0, 2.0, 200), 1), np.round(rng.gamma(1.2, 2.0, 200), 1)
    assert exact_u_cells(x, y) > 10**10 and exact_mann_whitney_p(x, y) is None


def test_scipys_exact_distribution_ignores_ties_which_this_does_not():
    """SciPy's mannwhitneyu(method="exact") reads a tied U against the distribution without ties (its
    docs: "the exact method is not corrected for ties"), and its "auto" gives the normal approximation
    with ties; neither is the share of the splits."""
    x, y = [0, 0, 1, 2, 2], [1, 3, 3, 4, 5]
    assert exact_mann_whitney_p(x, y) == pytest.approx(every_split_p(x, y), abs=1e-12) == 12 / 252  # 0.0476
    assert sps.mannwhitneyu(x, y, method="exact").pvalue == pytest.approx(14 / 252, abs=1e-12)  # 0.0556, ties ignored
    assert sps.mannwhitneyu(x, y).pvalue == pytest.approx(0.044539, abs=1e-6)  # "auto": normal

"""The exact Wilcoxon signed-rank distribution with ties and zeros (framing/exact_signed_rank.py): against
every sign flip counted out, SciPy's exact p where nothing ties, SciPy's every-sign-flip p up to 13 pairs
(zero_method "wilcox" and "pratt"), and exact integer counts at 100 pairs."""

from __future__ import annotations

import itertools
import time
from fractions import Fraction

import numpy as np
import pytest
from scipy import stats as sps

from framing.exact_signed_rank import EXACT_SIGNED_RANK_MAX, exact_signed_rank_p


def every_sign_flip_p(d, zero_method: str = "wilcox") -> float:
    """The two-sided p written out: W+ of every one of the 2^n sign flips of the nonzero differences
    (midranks; zeros dropped before ranking, or ranked and left out for "pratt"), the share at least
    as far from the mean W+ as the observed one."""
    d = np.asarray(d, dtype=float)
    ranks = sps.rankdata(np.abs(d[d != 0])) if zero_method == "wilcox" else sps.rankdata(np.abs(d))[d != 0]
    signs = d[d != 0] > 0
    total, observed = ranks.sum(), ranks[signs].sum()
    flips = np.array(list(itertools.product([False, True], repeat=ranks.size)), dtype=bool)
    w = (flips * ranks).sum(axis=1)
    return float(np.mean(np.abs(2 * w - total) >= abs(2 * observed - total) - 1e-9))


def signed_rank_p_by_counting(d) -> Fraction:
    """The same p in exact integer arithmetic, from the counts of the polynomial prod (1 + x^(2 r_i)) (one
    factor a nonzero difference, 2 r_i its doubled midrank): a different road to the same number."""
    d = np.asarray(d, dtype=float)
    d = d[d != 0]
    doubled = [int(round(2 * r)) for r in sps.rankdata(np.abs(d))]
    counts = [1]
    for r in doubled:
        grown = counts + [0] * r
        for s, c in enumerate(counts):
            grown[s + r] += c
        counts = grown
    total, observed = sum(doubled), sum(r for r, v in zip(doubled, d) if v > 0)
    far = sum(c for s, c in enumerate(counts) if abs(2 * s - total) >= abs(2 * observed - total))
    return Fraction(far, 2 ** len(doubled))


@pytest.mark.parametrize("d, p", [
    # |d| 1, 2, 2, 1, 3: doubled midranks 3, 7, 7, 3, 10, total 30; W+ (doubled) 27 (the -1 alone is negative):
    # as far from 15 is <= 3 or >= 27: {}, {3}, {3'} and their complements: 6 of 32
    ([1, 2, 2, -1, 3], 6 / 32),
    ([1, 2, 3, 4, 5, 6], 2 / 64),  # all positive, no ties
    ([0, -1, -2, -3], 2 / 8),  # the zero dropped: three negative, 2 of the 2^3 flips as far
    ([0, 0, 0, 1, -1], 1.0),  # W+ = W-: every flip is as far
    ([5.0], 1.0),  # one difference: both flips are as far from the mean as it is
    ([2, 2, 2, 2, -2, -2], 0.6875),  # all tied: W+ is 3.5 x (positives), as far as 4 of 6: 2 (1 + 6 + 15) / 64
])
def test_by_hand_and_every_sign_flip(d, p):
    assert every_sign_flip_p(d) == pytest.approx(p, abs=1e-12)
    assert exact_signed_rank_p(d) == pytest.approx(p, abs=1e-12)


@pytest.mark.parametrize("zero_method", ["wilcox", "pratt"])
@pytest.mark.parametrize("seed", range(8))
def test_with_ties_and_zeros_it_is_every_sign_flip(seed, zero_method):
    d = np.random.default_rng(seed).integers(-3, 5, 13).astype(float)  # many ties, a zero or two
    assert exact_signed_rank_p(d, zero_method=zero_method) == pytest.approx(every_sign_flip_p(d, zero_method), abs=1e-12)


@pytest.mark.parametrize("zero_method", ["wilcox", "pratt"])
@pytest.mark.parametrize("seed", range(3))
def test_up_to_13_pairs_it_is_scipys_permutation_p(seed, zero_method):
    """Up to 13 pairs with a tie or a zero SciPy's "auto" counts out every sign flip (2^13 < its 9,999
    resamples): the same p, for either zero convention (10 pairs here: SciPy's count is slow)."""
    d = np.random.default_rng(seed).integers(-3, 5, 10).astype(float)
    assert np.any(d == 0) or np.unique(np.abs(d)).size < d.size
    assert exact_signed_rank_p(d, zero_method=zero_method) == pytest.approx(sps.wilcoxon(d, zero_method=zero_method).pvalue, abs=1e-12)


@pytest.mark.parametrize("n", [5, 20, 50, 200])
def test_without_ties_or_zeros_it_is_scipys_exact_p(n):
    d = np.random.default_rng(n).normal(0.3, 1, n)
    assert exact_signed_rank_p(d) == pytest.approx(sps.wilcoxon(d, method="exact").pvalue, rel=1e-9)


def test_scipys_exact_distribution_ignores_ties_which_this_does_not():
    """SciPy's method="exact" uses the distribution without ties whatever the data (rounding a midrank
    W+ to an integer), so with ties its p is not the share of the sign flips; between 14 and 50 pairs with
    a tie or a zero its "auto" gives the normal approximation instead.  Both differ from the exact p here."""
    d = np.array([1.0, 2, 2, -1, 3, 0, 4, 5, -6, 7, 8, 9, 10, 11])  # 14 pairs, ties and a zero
    exact = every_sign_flip_p(d)  # 2^13 = 8,192 flips of the 13 nonzero differences
    assert exact_signed_rank_p(d) == pytest.approx(exact, abs=1e-12)
    assert exact == pytest.approx(68 / 8192, abs=1e-12)  # 0.0083
    assert sps.wilcoxon(d).pvalue == pytest.approx(0.011822, abs=1e-6)  # "auto": the normal approximation
    assert sps.wilcoxon(d, method="exact").pvalue == pytest.approx(0.010498, abs=1e-6)  # the distribution without ties


def test_at_a_hundred_tied_pairs_it_is_the_exact_count():
    rng = np.random.default_rng(3)
    d = np.round(rng.gamma(1.5, 2, 100), 1) - np.round(rng.gamma(1.5, 2, 100) + 0.3, 1)  # rounded: ties and zeros
    assert np.count_nonzero(d == 0) > 0 and np.unique(np.abs(d)).size < np.count_nonzero(d)
    assert exact_signed_rank_p(d) == pytest.approx(float(signed_rank_p_by_counting(d)), rel=1e-10)
    # the normal approximation (SciPy's, tie-corrected) is near it at this size, not equal
    assert exact_signed_rank_p(d) == pytest.approx(sps.wilcoxon(d).pvalue, abs=0.005)


def test_past_its_size_it_gives_none():
    d = [0.0, 1.0, -2.0, 2.0]  # 3 nonzero differences
    assert exact_signed_rank_p(d, most=2) is None
    assert exact_signed_rank_p(d, most=3) == pytest.approx(every_sign_flip_p(d))
    assert exact_signed_rank_p([0.0, 0.0]) is None
    assert EXACT_SIGNED_RANK_MAX == 500
    with pytest.raises(ValueError, match="zero_method must be 'wilcox' or 'pratt'"):
        exact_signed_rank_p(d, zero_method="zsplit")


def test_five_hundred_tied_pairs_are_quick():
    """The size where it stops: 500 differences rounded to 0.1 (31 distinct |d|) in 0.06 s measured, 1,000 in
    0.4-0.8 s, 2,000 in 7-10 s; past 500 the normal approximation, within 1e-4 of it there."""
    d = np.round(np.random.default_rng(7).normal(0.1, 1, 500), 1)
    start = time.process_time()
    p = exact_signed_rank_p(d)
    assert time.process_time() - start < 1.0
    assert p == pytest.approx(sps.wilcoxon(d).pvalue, abs=1e-3)

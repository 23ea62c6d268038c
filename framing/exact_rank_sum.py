"""The exact permutation distribution of the Mann-Whitney U with ties, by dynamic programming.

Why: with ties (many articles score 0, rates are rounded) SciPy's exact Mann-Whitney distribution
does not apply (`mannwhitneyu(method="exact")` ignores ties), and enumerating every split of the
pooled articles stops being possible past a few tens of thousands of splits (5 articles against
40 are 1,221,759 of them), so a small group beside a larger one had a p from 9,999 random splits.
The distribution itself needs no enumeration: under no difference, the smaller group is a random
k of the N pooled articles, and its rank sum is built value by value.  Taking the distinct values
in turn (count c, doubled midrank r, an integer), how many of the c the group takes, given that it
still needs k - j of the articles not yet dealt, is hypergeometric; so the chance of each (articles
taken so far j, doubled rank sum so far s) is carried forward exactly, in polynomial time:
about (the distinct values x (k + 1)) x (k + 1) x 2kN cells, whatever the number of splits.
The same serves two groups of more than 8, where SciPy's "auto" gives the normal approximation (its
exact distribution ignores ties), as far as the work stays small: it grows as about 4 k^4 for two
groups of k, so 50 and 50 take 0.03 s, 200 and 200 about 4 s, 1,000 and 1,000 hours.

The p is two-sided as `permutation_tests.permutation_p` defines it: the chance of a U at least as
far from n m / 2 as the observed one (with ties the distribution need not be symmetric, so this is
not twice one tail).  With no ties it is SciPy's exact p."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy.special import gammaln

EXACT_U_CELLS = 100_000_000  # cells (an upper bound) up to which the exact p is computed: about 0.1 s
# (measured: 5 articles against 25,000 with 10 distinct values, 9e7 cells; 50 against 50 with 54 distinct
# values 6.4e7 cells, 0.06 s; see exact_mann_whitney_p for the sizes this allows)
EXACT_U_CELLS_LARGE = 20_000_000  # the same bound where both groups have more than 8 articles: about 0.01 s a test,
# two groups of about 35 each (36 and 36 distinct values 2.1e7 cells; 38 and 38 rounded rates 1.9e7).  Every
# test gets it whole, the two-outlet one and each pair of more outlets alike, so a pair's p does not depend on
# how many outlets are compared; a score's exact work is then at most its pairs x 2e7 cells (9 outlets, 36
# pairs: about 0.4 s).  A budget of 1e8 shared by a score's pairs had given the same pair an exact p among 2
# outlets and a normal one among 3.


def exact_u_cells(x: Sequence[float], y: Sequence[float]) -> int:
    """The cells `exact_mann_whitney_p` would update for these groups (an upper bound), what it costs:
    (the distinct values' shares, min(count, k) + 1 each) x (k + 1 rows) x (the doubled rank sums a
    group of k can have), k the smaller group."""
    k, total = min(len(x), len(y)), len(x) + len(y)
    if _least_cells(k, total) > 10**12:  # no need to count the distinct values of a large pair
        return _least_cells(k, total)
    _, counts = np.unique(np.concatenate([np.asarray(x, dtype=float), np.asarray(y, dtype=float)]), return_counts=True)
    return int(np.sum(np.minimum(counts, k) + 1)) * (k + 1) * _width(k, total)


def _width(k: int, total: int) -> int:
    """The doubled rank sums a group of k of `total` articles can have: 0 to twice the k largest ranks."""
    return k * (2 * total - k + 1) + 1


def _least_cells(k: int, total: int) -> int:
    """A lower bound of `exact_u_cells` from the sizes alone (the k articles dealt take a share at least
    once each, and every value once more)."""
    return (k + 1) * (k + 1) * _width(k, total)


def exact_mann_whitney_p(x: Sequence[float], y: Sequence[float], *, cells: int = EXACT_U_CELLS) -> float | None:
    """The exact two-sided permutation p of the Mann-Whitney U of x and y, midranks for ties: the
    share of the ways to split the pooled values into groups of len(x) and len(y) whose U lies at
    least as far from n m / 2 as the observed one.  None where that would update more than `cells`
    cells (`exact_u_cells`), and where a group is empty.

    The budget of 1e8 cells allows two groups of about 50 each (50 and 50 with 54 distinct values:
    6.4e7 cells, 0.06 s CPU; 100 and 100 would be 1e9, about 0.8 s; 200 and 200 1.6e10, about 15 s;
    1,000 and 1,000 3.2e13, hours), or a small group beside a large one (5 against 25,000)."""
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    small, big = (x, y) if x.size <= y.size else (y, x)
    k, total = small.size, x.size + y.size
    if k == 0 or _least_cells(k, total) > cells or exact_u_cells(x, y) > cells:
        return None
    values, counts = np.unique(np.concatenate([small, big]), return_counts=True)
    doubled = 2 * (np.cumsum(counts) - counts) + counts + 1  # 2 x midrank of each distinct value: an integer
    observed = int(np.sum(doubled[np.searchsorted(values, small)]))
    centre = k * (total + 1)  # 2 x the mean rank sum
    width = _width(k, total)
    chance = np.zeros((k + 1, width))  # chance[j, s]: j of the small group dealt so far, doubled rank sum s
    new = np.zeros_like(chance)
    chance[0, 0] = 1.0
    left, dealt, reach = total, 0, 0  # articles not yet dealt, dealt, the largest sum reached so far
    for r, c in zip(doubled.tolist(), counts.tolist()):
        most = min(c, k)
        first, last = max(0, k - left), min(k, dealt)  # the rows that can hold a chance: the others are 0
        pick = _hypergeometric(left, c, k - np.arange(first, last + 1), most)  # [row - first, t]
        top = min(width - 1, reach + most * r)
        new[:, : top + 1] = 0.0
        for t in range(most + 1):
            rows = min(last, k - t) + 1 - first  # the rows that stay within k when t more are taken
            hi = min(reach, width - 1 - t * r)
            if rows > 0 and hi >= 0:
                new[first + t : first + t + rows, t * r : t * r + hi + 1] += chance[first : first + rows, : hi + 1] * pick[:rows, t, None]
        chance, new = new, chance
        left, dealt, reach = left - c, dealt + c, top
    sums = np.arange(width)
    return float(min(1.0, chance[k][np.abs(sums - centre) >= abs(observed - centre)].sum()))


def _hypergeometric(left: int, c: int, need: np.ndarray, most: int) -> np.ndarray:
    """[row, t]: the chance that t of the c articles of one value go to the small group, which still
    takes `need` (per row) of the `left` articles not yet dealt: C(c, t) C(left - c, need - t) / C(left, need)."""
    t = np.arange(most + 1)[None, :]
    need = need[:, None]
    if c == 1:  # one article: taken with chance need / left
        return np.where(t == 1, need / left, 1 - need / left)
    rest = need - t
    ok = (rest >= 0) & (rest <= left - c)
    with np.errstate(invalid="ignore"):
        log = (gammaln(c + 1) - gammaln(t + 1) - gammaln(c - t + 1) + gammaln(left - c + 1) - gammaln(np.maximum(rest, 0) + 1)
               - gammaln(np.maximum(left - c - rest, 0) + 1) - gammaln(left + 1) + gammaln(need + 1) + gammaln(left - need + 1))
    return np.where(ok, np.exp(log), 0.0)

"""The pairwise rank tests from sorted groups (`framing/pairwise_rank_tests.py`): the same U, delta
and p as SciPy's Mann-Whitney U, and the same Cliff's delta interval as the n x m matrix of signs
written out plainly."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import stats as sps

from framing.comparison_statistics import cliffs_delta_interval, mann_whitney
from framing.exact_rank_sum import exact_mann_whitney_p
from framing.pairwise_rank_tests import SortedGroup, cliffs_delta_interval_sorted, mann_whitney_sorted


def cliffs_interval_by_the_matrix(x, y, level=0.95):
    """Cliff's (1996) interval from the n x m matrix d_ij = sign(x_i - y_j), as his paper writes it."""
    x, y = np.asarray(x, float), np.asarray(y, float)
    n, m = x.size, y.size
    dij = np.sign(x[:, None] - y[None, :])
    d = dij.mean()
    s2 = (m**2 * np.sum((dij.mean(axis=1) - d) ** 2) + n**2 * np.sum((dij.mean(axis=0) - d) ** 2)
          - np.sum((dij - d) ** 2)) / (n * m * (n - 1) * (m - 1))
    s2 = max(s2, (1 - d**2) / (n * m - 1))
    q = sps.t.ppf((1 + level) / 2, n + m - 2)
    spread = q * math.sqrt(s2) * math.sqrt((1 - d**2) ** 2 + q**2 * s2)
    return (d - d**3 - spread) / (1 - d**2 + q**2 * s2), (d - d**3 + spread) / (1 - d**2 + q**2 * s2)


_rng = np.random.default_rng(11)
CASES = [
    ("distinct values", _rng.random(40), _rng.random(55) + 0.1),
    ("mostly zero", np.where(_rng.random(60) < 0.7, 0, _rng.integers(1, 5, 60)) / 2, np.where(_rng.random(45) < 0.5, 0, _rng.integers(1, 5, 45)) / 2),
    ("shares of 0.1", _rng.integers(0, 11, 30) / 10, _rng.integers(2, 11, 31) / 10),
    ("no overlap but ties", np.array([1.0] * 9 + [2.0] * 3), np.array([3.0] * 10)),
    ("one value each side tied", np.array([0.0] * 9 + [1.0]), np.array([0.0] * 12)),
]


@pytest.mark.parametrize("name, x, y", CASES)
def test_mann_whitney_from_sorted_groups_is_scipys(name, x, y):
    got = mann_whitney_sorted(SortedGroup.of(x), SortedGroup.of(y), cells=0)  # no budget for the exact p: the normal one
    ref = sps.mannwhitneyu(x, y, alternative="two-sided", method="asymptotic")
    assert got.statistic == ref.statistic
    assert (got.p, got.method) == (pytest.approx(ref.pvalue, rel=1e-12), "normal")
    assert got.delta == pytest.approx(np.mean(np.sign(x[:, None] - y[None, :])), abs=1e-12)  # P(x > y) - P(x < y)
    exact = mann_whitney_sorted(SortedGroup.of(x), SortedGroup.of(y), cells=10**9)  # within a budget: the exact p
    assert (exact.statistic, exact.p, exact.method) == (ref.statistic, pytest.approx(exact_mann_whitney_p(x, y, cells=10**9), rel=1e-12), "exact")
    default, two = mann_whitney_sorted(SortedGroup.of(x), SortedGroup.of(y)), mann_whitney(x, y)  # the two-outlet test's budget
    assert (default.statistic, default.p, default.method) == (two.statistic, pytest.approx(two.p, rel=1e-12), two.method)


@pytest.mark.parametrize("name, x, y", [c for c in CASES if c[0] != "no overlap but ties"])
def test_cliffs_interval_from_sorted_groups_is_the_matrix_ones(name, x, y):
    got = cliffs_delta_interval_sorted(SortedGroup.of(x), SortedGroup.of(y))
    assert got == pytest.approx(cliffs_interval_by_the_matrix(x, y), abs=1e-12)
    assert got == pytest.approx(cliffs_delta_interval(x, y), abs=1e-12)


@pytest.mark.parametrize("x, y", [
    ([1.0] * 9 + [2.0] * 3, [3.0] * 10),  # delta -1: no spread to take an interval from
    ([2.0] * 10, [2.0] * 10),  # every value the same
    ([1.0], [2.0, 3.0]),  # a group of one
])
def test_no_interval_where_the_matrix_has_no_spread(x, y):
    assert cliffs_delta_interval_sorted(SortedGroup.of(x), SortedGroup.of(y)) is None
    assert cliffs_delta_interval(x, y) is None


def test_every_value_the_same_has_no_p():
    got = mann_whitney_sorted(SortedGroup.of([1.0] * 10), SortedGroup.of([1.0] * 12))
    assert (got.statistic, got.p, got.delta) == (60.0, None, 0.0)


def test_compare_gives_the_same_rows_as_the_tests_over_each_pair():
    """Four outlets of 30 articles: compare's pairwise rows (from sorted groups) equal SciPy's
    Mann-Whitney and the matrix interval of each pair."""
    from framing.compare import compare_outlets

    rng = np.random.default_rng(2)
    groups = {o: (rng.integers(0, 8, 30) / 4 + shift).round(2) for o, shift in zip("ABCD", (0, 0.1, 0.3, 0.6))}
    records = [{"id": f"{o}{i}", "outlet": o, "scores": {"hedge_per_1k": float(v)}} for o, vs in groups.items() for i, v in enumerate(vs)]
    rows = [t for t in compare_outlets(records, ["hedge_per_1k"]).tests if t.outlet_b]
    assert len(rows) == 6
    for t in rows:
        x, y = groups[t.outlet_a], groups[t.outlet_b]
        ref = sps.mannwhitneyu(x, y, alternative="two-sided")  # U; the p is exact (30 and 30 within the budget of one test, 2e7 cells)
        assert (t.statistic, t.p, t.p_method) == (ref.statistic, pytest.approx(exact_mann_whitney_p(x, y), rel=1e-12), "exact")
        assert t.delta_interval == pytest.approx(cliffs_interval_by_the_matrix(x, y), abs=1e-12)


def test_cli_compare_pairwise_rows_are_scipys(tmp_path):
    import csv
    import io
    import json

    from typer.testing import CliRunner

    from framing.cli import app

    rng = np.random.default_rng(3)
    groups = {o: (rng.integers(0, 6, 25) / 5 + shift).round(2) for o, shift in zip("ABC", (0, 0.2, 0.5))}
    path = tmp_path / "scores.jsonl"
    path.write_text("".join(json.dumps({"id": f"{o}{i}", "outlet": o, "words": 100, "scores": {"quote_share": float(v)}}) + "\n"
                            for o, vs in groups.items() for i, v in enumerate(vs)), encoding="utf-8")
    result = CliRunner().invoke(app, ["compare", "--scores", str(path), "--score", "quote_share", "--out", str(tmp_path / "c.csv")])
    assert result.exit_code == 0, result.output
    rows = [r for r in csv.DictReader(io.StringIO((tmp_path / "c.tests.csv").read_text(encoding="utf-8"))) if r["outlet_b"]]
    assert [(r["outlet_a"], r["outlet_b"]) for r in rows] == [("A", "B"), ("A", "C"), ("B", "C")]
    for r in rows:
        x, y = groups[r["outlet_a"]], groups[r["outlet_b"]]
        ref = sps.mannwhitneyu(x, y, alternative="two-sided")
        low, high = cliffs_interval_by_the_matrix(x, y)
        p = exact_mann_whitney_p(x, y)  # 25 and 25: the exact p, not SciPy's normal one
        assert (float(r["statistic"]), float(r["p"]), r["p_method"]) == (ref.statistic, pytest.approx(p, rel=1e-12), "exact")
        assert (float(r["delta_ci_low"]), float(r["delta_ci_high"])) == (round(low, 4), round(high, 4))

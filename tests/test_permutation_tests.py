"""Permutation p-values of the rank tests: Kruskal-Wallis for small groups, against Kruskal & Wallis'
(1952) exact table, a brute-force enumeration with SciPy's H, and SciPy's own permutation test."""

from __future__ import annotations

import itertools
import json
import math

import numpy as np
import pytest
from scipy import stats as sps
from typer.testing import CliRunner

from framing.cli import app
from framing.comparison_statistics import kruskal_wallis
from framing.permutation_tests import _splits, kruskal_permutation_p

runner = CliRunner()


# groups -> H, its exact p (Kruskal & Wallis 1952; Siegel & Castellan's Table O), and the chi-squared p SciPy gives:
@pytest.mark.parametrize("groups, h, p, chi2_p", [
    ([[1, 2], [3, 4], [5, 6]], 4.5714, 6 / 90, 0.1017),  # 6 of the 90 splits as extreme: the 3! orders of the pairs apart
    ([[1, 2], [3, 5], [4, 6]], 3.7143, 18 / 90, 0.1561),  # the table's 0.200
    ([[1, 2, 3], [4, 5, 6], [7, 8, 9]], 7.2000, 6 / 1680, 0.0273),  # the table's 0.004
    ([[1, 2, 4], [3, 5, 7], [6, 8, 9]], 5.6889, 48 / 1680, 0.0582),  # the table's 0.029: significant, where chi-squared is not
])
def test_kruskal_wallis_small_groups_give_the_exact_p_of_the_table(groups, h, p, chi2_p):
    got_h, got_p = kruskal_wallis(groups)
    assert (round(got_h, 4), got_p) == (h, pytest.approx(p))
    assert round(sps.kruskal(*groups).pvalue, 4) == chi2_p  # what the approximation had given


def brute_force_p(groups) -> float:
    """Every labelling of the pooled values with a group each, kept where the groups have the sizes
    given (so every split once), H by SciPy: the share as large as the observed H."""
    pooled, sizes = np.concatenate([np.asarray(g, float) for g in groups]), [len(g) for g in groups]
    observed = sps.kruskal(*groups).statistic
    hs = [sps.kruskal(*(pooled[np.asarray(labels) == i] for i in range(len(sizes)))).statistic
          for labels in itertools.product(range(len(sizes)), repeat=len(pooled))
          if [labels.count(i) for i in range(len(sizes))] == sizes]
    return float(np.mean(np.asarray(hs) >= observed - 1e-9))


@pytest.mark.parametrize("groups", [
    [[0, 0, 1], [0, 2, 2], [3]],  # ties (zeros, as many scores have) and a group of one
    [[0.5, 0.5], [0.5, 1.0, 2.0], [0.0, 2.0]],
    [[1, 1], [2, 2], [1, 3]],
])
def test_ties_against_a_brute_force_enumeration(groups):
    assert kruskal_permutation_p(groups) == pytest.approx(brute_force_p(groups))


def test_the_splits_enumerated_are_the_multinomial_count_each_once():
    splits = list(_splits(list(range(6)), [2, 3, 1]))
    assert len(splits) == math.factorial(6) // (math.factorial(2) * math.factorial(3)) == 60
    assert len({tuple(map(frozenset, s)) for s in splits}) == 60


def test_sampled_p_agrees_with_scipys_permutation_test():
    """Three groups of 5 (756,756 splits: sampled, 9,999 times, fixed seed) against SciPy's
    permutation test with 99,999 resamples: within four standard errors of sampling."""
    groups = [[0, 0, 1.2, 2, 2.5], [0.5, 1.5, 2.2, 3, 3.1], [1.8, 2.6, 3.3, 4, 4.4]]
    p = kruskal_permutation_p(groups)
    ref = sps.permutation_test(groups, lambda *g, axis=-1: sps.kruskal(*g, axis=axis).statistic, vectorized=True,
                               n_resamples=99_999, alternative="greater", permutation_type="independent",
                               random_state=np.random.default_rng(7)).pvalue
    assert abs(p - ref) < 4 * math.sqrt(ref * (1 - ref) / 9_999)
    assert p == kruskal_permutation_p(groups)  # the same seed, the same p
    assert (p * 10_000) == pytest.approx(round(p * 10_000))  # (hits + 1) / 10,000


def test_large_groups_keep_scipys_chi_squared_p():
    rng = np.random.default_rng(4)
    groups = [rng.integers(0, 5, 9), rng.integers(0, 5, 12), rng.integers(1, 6, 10)]  # smallest group 9
    assert kruskal_wallis(groups) == pytest.approx(tuple(sps.kruskal(*groups)))
    many = [rng.integers(0, 5, 6), rng.integers(0, 5, 600), rng.integers(1, 6, 500)]  # 1,106 in all: past the bound
    assert kruskal_wallis(many)[1] == pytest.approx(sps.kruskal(*many).pvalue)


def test_cli_compare_three_small_outlets_gives_the_permutation_p(tmp_path):
    groups = {"A": [0.0, 0.0, 1.2, 2.0, 2.5], "B": [0.5, 1.5, 2.2, 3.0, 3.1], "C": [1.8, 2.6, 3.3, 4.0, 4.4]}
    path = tmp_path / "scores.jsonl"
    path.write_text("".join(json.dumps({"id": f"{o}{i}", "outlet": o, "words": 300, "scores": {"hedge_per_1k": v}}) + "\n"
                            for o, vs in groups.items() for i, v in enumerate(vs)), encoding="utf-8")
    result = runner.invoke(app, ["compare", "--scores", str(path), "--score", "hedge_per_1k", "--out", str(tmp_path / "c.json")])
    assert result.exit_code == 0, result.output
    saved = json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))
    kw = saved["tests"][0]
    expected = kruskal_permutation_p(list(groups.values()))
    assert (kw["test"], kw["statistic"], kw["p"]) == (
        "Kruskal-Wallis H", round(sps.kruskal(*groups.values()).statistic, 4), float(f"{expected:.4g}"))
    assert kw["p"] != pytest.approx(sps.kruskal(*groups.values()).pvalue, rel=0.01)
    assert "from its permutation distribution" in saved["methods"]["more_groups"]
    assert "9,999 random ones with a fixed seed" in saved["methods"]["more_groups"]

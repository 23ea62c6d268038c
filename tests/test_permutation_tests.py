"""Permutation p-values of the rank tests: Kruskal-Wallis for small groups, against Kruskal & Wallis'
(1952) exact table, a brute-force enumeration with SciPy's H, and SciPy's own permutation test."""

from __future__ import annotations

import itertools
import json
import math
from collections.abc import Sequence

import numpy as np
import pytest
from scipy import stats as sps
from typer.testing import CliRunner

from framing.cli import app
from framing.comparison_statistics import kruskal_wallis
from framing.permutation_tests import _every_split_statistic, kruskal_p_method, kruskal_permutation_p

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


def scipys_permutation_p(groups, resamples=np.inf, seed=7) -> float:
    """SciPy's own permutation test of H (every split where `resamples` is np.inf)."""
    return sps.permutation_test(groups, lambda *g, axis=-1: sps.kruskal(*g, axis=axis).statistic, vectorized=True,
                                n_resamples=resamples, alternative="greater", permutation_type="independent",
                                random_state=np.random.default_rng(seed), batch=20_000).pvalue


def test_every_split_is_enumerated_once_with_its_statistic():
    ranks, sizes = np.array([1.0, 2, 3, 4, 5, 6]), [2, 3, 1]
    got = np.sort(_every_split_statistic(ranks, sizes))
    expected = np.sort([sum(ranks[np.asarray(labels) == i].sum() ** 2 / n for i, n in enumerate(sizes))
                        for labels in itertools.product(range(3), repeat=6) if [labels.count(i) for i in range(3)] == sizes])
    assert got.size == math.factorial(6) // (math.factorial(2) * math.factorial(3)) == 60
    assert got == pytest.approx(expected)


# groups -> how the p is found: every split up to 2,500,000 of them; past that sampled
@pytest.mark.parametrize("sizes, method", [
    ([2, 2, 2], "exact"),
    ([5, 5, 5], "exact"),  # 756,756 splits: enumerated (was sampled, past 20,000)
    ([5, 5, 6], "exact"),  # 2,018,016
    ([5, 6, 6], "sampled"),  # 5,717,712
    ([8, 8, 8], "sampled"),
    ([5, 600, 600], "sampled"),  # two large groups of 2 distinct values: dealt exactly
    ([5, 6, 3_000], "sampled"),  # one large group: what is left over is its
])
def test_how_the_p_is_found(sizes, method):
    assert kruskal_p_method([[float(i % 2) for i in range(n)] for n in sizes]) == method


def test_two_large_groups_of_nearly_continuous_scores_split_by_chi_squared():
    rng = np.random.default_rng(0)
    groups = [rng.random(5), rng.random(600), rng.random(600)]  # 1,205 distinct values
    assert kruskal_p_method(groups) == "sampled, large groups by chi-squared"


def test_groups_of_4_4_and_5_give_scipys_exact_p():
    groups = [[0, 0, 1.2, 2], [0.5, 1.5, 2.2, 3], [1.8, 2.6, 3.3, 4, 4.4]]
    assert kruskal_wallis(groups)[1] == pytest.approx(scipys_permutation_p(groups), abs=1e-12)  # all 90,090 splits


@pytest.mark.slow
def test_groups_of_5_5_and_5_give_scipys_exact_p():
    """SciPy enumerates the 756,756 splits in about 17 s; compare in about 0.3 s."""
    groups = [[0, 0, 1.2, 2, 2.5], [0.5, 1.5, 2.2, 3, 3.1], [1.8, 2.6, 3.3, 4, 4.4]]
    assert kruskal_permutation_p(groups) == pytest.approx(scipys_permutation_p(groups), abs=1e-12)  # 0.037090


def test_sampled_p_agrees_with_scipys_permutation_test():
    """Three groups of 6 (17,153,136 splits: sampled, 9,999 times, fixed seed) against SciPy's
    permutation test with 99,999 resamples: within four standard errors of sampling."""
    groups = [[0, 0, 1.2, 2, 2.5, 0], [0.5, 1.5, 2.2, 3, 3.1, 0], [1.8, 2.6, 3.3, 4, 4.4, 1.2]]
    p = kruskal_permutation_p(groups)
    ref = scipys_permutation_p(groups, 99_999)
    assert abs(p - ref) < 4 * math.sqrt(ref * (1 - ref) / 9_999)
    assert p == kruskal_permutation_p(groups)  # the same seed, the same p
    assert (p * 10_000) == pytest.approx(round(p * 10_000))  # (hits + 1) / 10,000


def zeros_and_ones_exact_p(ones: Sequence[int], sizes: Sequence[int]) -> float:
    """The exact permutation p of H for scores of 0 and 1 only, by hand: a split is told by how many 1s
    each group gets (multivariate hypergeometric), and its H by those counts (every 0 has one
    midrank, every 1 another); summed over every way to deal the 1s whose sum R^2 / n is at least the
    observed one."""
    total, k = sum(sizes), sum(ones)
    low, high = (total - k + 1) / 2, total - k + (k + 1) / 2

    def statistic(counts):
        return sum((c * high + (n - c) * low) ** 2 / n for c, n in zip(counts, sizes))

    observed = statistic(ones) * (1 - 1e-12)
    p = 0.0
    for head in itertools.product(*(range(min(n, k) + 1) for n in sizes[:-1])):
        last = k - sum(head)
        if not 0 <= last <= sizes[-1]:
            continue
        counts = (*head, last)
        if statistic(counts) >= observed:
            ways = math.prod(math.comb(k - sum(counts[:i]), c) * 1 for i, c in enumerate(counts))
            zeros = math.prod(math.comb(total - k - sum(n - c for n, c in zip(sizes[:i], counts[:i])), n - c)
                              for i, (n, c) in enumerate(zip(sizes, counts)))
            p += ways * zeros / math.prod(math.comb(total - sum(sizes[:i]), n) for i, n in enumerate(sizes))
    return p


def _zeros_and_ones(ones: Sequence[int], sizes: Sequence[int]) -> list[np.ndarray]:
    return [np.concatenate([np.ones(c), np.zeros(n - c)]) for c, n in zip(ones, sizes)]


# a small group beside large ones (past 1,000 articles in all), scores of 0 and 1 (many articles score 0):
# ones, sizes -> the exact p by hand; compare's sampled p lies within four standard errors of it, and
# chi-squared's p is far off
@pytest.mark.parametrize("ones, sizes, exact", [
    ((2, 30, 36), (5, 600, 600), 0.0166),  # chi-squared 0.0029: six times too small
    ((2, 1, 120), (5, 6, 1_200), 0.0984),  # one large group: what is left over is its
    ((3, 2, 60, 50), (6, 5, 500, 500), 0.0078),
])
def test_a_small_group_beside_large_ones_gets_the_permutation_p_whatever_the_total(ones, sizes, exact):
    groups = _zeros_and_ones(ones, sizes)
    truth = zeros_and_ones_exact_p(ones, sizes)
    assert round(truth, 4) == exact
    p = kruskal_wallis(groups)[1]
    assert abs(p - truth) < 4 * math.sqrt(truth * (1 - truth) / 9_999)
    chi2 = sps.kruskal(*groups).pvalue
    assert abs(chi2 - truth) > 5 * math.sqrt(truth * (1 - truth) / 9_999)


def test_the_exact_p_by_hand_is_the_enumerated_one_on_a_small_case():
    ones, sizes = (1, 2, 2), (3, 3, 4)
    assert zeros_and_ones_exact_p(ones, sizes) == pytest.approx(kruskal_permutation_p(_zeros_and_ones(ones, sizes)), abs=1e-12)


def test_two_large_groups_of_nearly_continuous_scores_agree_with_scipys_permutation_test():
    """Past 1,000 distinct values the split between the groups of 100 or more is taken from chi-squared."""
    rng = np.random.default_rng(5)
    groups = [np.array([0.91, 0.95, 0.99, 0.42, 0.97]), *rng.random((2, 500))]
    assert kruskal_p_method(groups) == "sampled, large groups by chi-squared"
    p, ref = kruskal_wallis(groups)[1], scipys_permutation_p(groups, 2_999)
    assert abs(p - ref) < 4 * math.sqrt(ref * (1 - ref) * (1 / 9_999 + 1 / 2_999))


def test_a_small_group_beside_a_million_articles_costs_little():
    import time

    rng = np.random.default_rng(1)
    groups = [np.full(5, 9.0), rng.poisson(1, 500_000).astype(float), rng.poisson(1.01, 500_000).astype(float)]
    start = time.process_time()
    h, p = kruskal_wallis(groups)
    assert time.process_time() - start < 10  # about 1 s: the draws follow the 5 articles and the few distinct values
    assert p == 1 / 10_000  # five 9s: no random five of these million articles scores as high, so (0 + 1) / (9,999 + 1)
    assert sps.kruskal(*groups).pvalue < 1e-9  # chi-squared: below what 9,999 random splits can tell


def test_large_groups_keep_scipys_chi_squared_p():
    rng = np.random.default_rng(4)
    groups = [rng.integers(0, 5, 9), rng.integers(0, 5, 12), rng.integers(1, 6, 10)]  # smallest group 9
    assert kruskal_wallis(groups) == pytest.approx(tuple(sps.kruskal(*groups)))


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
        "Kruskal-Wallis H", round(sps.kruskal(*groups.values()).statistic, 4), pytest.approx(expected, rel=1e-12))
    assert kw["p"] != pytest.approx(sps.kruskal(*groups.values()).pvalue, rel=0.01)
    assert "from its permutation distribution" in saved["methods"]["more_groups"]
    assert "random splits" not in " ".join(result.output.split())  # enumerated: no note on sampling
    assert kw["p"] == pytest.approx(0.03709, abs=1e-5)  # SciPy's exact p (test_groups_of_5_5_and_5_give_scipys_exact_p)


def test_cli_compare_a_small_outlet_beside_large_ones_gets_the_permutation_p_and_says_why(tmp_path):
    """5 articles of one outlet beside 600 of two others, scores of 0 and 1: chi-squared gave 0.0029,
    the exact p (by hand) is 0.0166."""
    ones, sizes = (2, 30, 36), (5, 600, 600)
    rows = [{"id": f"{o}{i}", "outlet": o, "words": 300, "scores": {"booster_per_1k": float(v)}}
            for o, values in zip("ABC", _zeros_and_ones(ones, sizes)) for i, v in enumerate(values)]
    path = tmp_path / "scores.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = runner.invoke(app, ["compare", "--scores", str(path), "--score", "booster_per_1k", "--out", str(tmp_path / "c.json")],
                           env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    saved = json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))
    kw = saved["tests"][0]
    truth = zeros_and_ones_exact_p(ones, sizes)
    assert kw["test"] == "Kruskal-Wallis H" and abs(kw["p"] - truth) < 4 * math.sqrt(truth * (1 - truth) / 9_999)
    note = ("booster_per_1k: the Kruskal-Wallis p is a permutation p from 9,999 random splits of the articles (fixed seed; "
            "near p = 0.05 within about 0.004 of the exact p, 95% of the time): with a group of 5 articles the chi-squared "
            "approximation is wrong, whatever the total (1,205 here), and the more than 10^18 ways to split these groups are "
            "more than the 2,500,000 enumerated exactly. Each split draws the articles of the groups under 100 at random; the "
            "rest is dealt at random too.")
    assert note in saved["notes"]
    assert note in " ".join(result.output.split())
    assert "whatever the total" in saved["methods"]["more_groups"]


def test_eight_large_groups_of_999_values_split_by_chi_squared_and_cost_little():
    """999 values dealt exactly among 8 large groups took 17 s a score: past 1,000 distinct values x
    (large groups - 1) the split among them is chi-squared's."""
    import time

    rng = np.random.default_rng(0)
    few = [rng.integers(0, 50, 5) / 1.0] + [rng.integers(0, 50, 2_000) / 1.0 for _ in range(8)]
    many = [rng.integers(0, 999, 5) / 1.0] + [rng.integers(0, 999, 2_000) / 1.0 for _ in range(8)]
    assert (kruskal_p_method(few), kruskal_p_method(many)) == ("sampled", "sampled, large groups by chi-squared")
    start = time.process_time()
    kruskal_wallis(many)
    assert time.process_time() - start < 5

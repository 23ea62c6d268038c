"""The paired statistics' new parts: the rank-biserial r's bootstrap interval, checked by hand and
against SciPy's own bootstrap (the Wilcoxon and Friedman tests are in tests/test_compare_paired.py)."""

from __future__ import annotations

import json

import numpy as np
import pytest
from scipy import stats as sps
from typer.testing import CliRunner

from framing.cli import app
from framing.paired_statistics import _rank_biserial_rows, rank_biserial_interval, wilcoxon_signed_rank

runner = CliRunner()


def kerby_r(x, y) -> float:
    """Kerby's (2014) matched-pairs rank-biserial r written out plainly, for SciPy's bootstrap to call."""
    d = np.asarray(x, float) - np.asarray(y, float)
    d = d[d != 0]
    if d.size == 0:
        return np.nan
    ranks = sps.rankdata(np.abs(d))
    return (ranks[d > 0].sum() - ranks[d < 0].sum()) / ranks.sum()


# differences d = [1, -2, 3, 0]; a resample is a row of indices into d -> its r, by hand:
@pytest.mark.parametrize("picks, r", [
    ([0, 1, 2, 3], 1 / 3),  # nonzero 1, -2, 3: ranks 1, 2, 3; (1 + 3 - 2) / 6
    ([0, 0, 3, 1], 0.0),  # 1, 1, 0, -2: the zero dropped; ranks 1.5, 1.5, 3; (3 - 3) / 6
    ([1, 1, 0, 3], -2 / 3),  # -2, -2, 1, 0: ranks 2.5, 2.5, 1; (1 - 5) / 6
    ([2, 2, 2, 2], 1.0),  # 3, 3, 3, 3: all one way
])
def test_a_resamples_r_by_hand(picks, r):
    d = np.array([1.0, -2.0, 3.0, 0.0])
    values, group = np.unique(np.abs(d), return_inverse=True)
    got = _rank_biserial_rows(np.array([picks]), group, np.sign(d), values.size, has_zero=True)[0]
    assert got == pytest.approx(kerby_r(d[picks], np.zeros(4)))
    assert got == pytest.approx(r)


def test_a_resample_of_zeros_only_has_no_r():
    d = np.array([1.0, 0.0, 0.0])
    values, group = np.unique(np.abs(d), return_inverse=True)
    assert np.isnan(_rank_biserial_rows(np.array([[1, 2, 1]]), group, np.sign(d), values.size, has_zero=True)[0])


@pytest.mark.parametrize("n, seed", [(12, 1), (40, 2), (150, 3)])
def test_the_interval_is_scipys_paired_percentile_bootstrap(n, seed):
    """Same draws (np.random.default_rng(SEED)), same statistic, same percentiles: the same interval,
    on small integer scores with many ties and zero differences, as article scores have."""
    rng = np.random.default_rng(seed)
    x, y = rng.integers(0, 6, n).astype(float), rng.integers(0, 5, n).astype(float)
    ref = sps.bootstrap((x, y), kerby_r, paired=True, vectorized=False, n_resamples=2000, method="percentile",
                        random_state=np.random.default_rng(20080101)).confidence_interval
    low, high = rank_biserial_interval(x, y)
    assert (low, high) == (pytest.approx(ref.low, abs=1e-12), pytest.approx(ref.high, abs=1e-12))
    assert low <= wilcoxon_signed_rank(x, y).rank_biserial <= high


def test_the_interval_on_a_clear_difference_by_the_figures():
    """30 events where x is higher in 24, lower in 6: r is 0.6 and the interval excludes 0 (figures
    from SciPy's bootstrap as above, recorded)."""
    x = np.arange(1, 31, dtype=float)
    y = x - np.where(np.arange(30) % 5 == 0, -1.0, 1.0) * np.arange(1, 31) / 10
    r = wilcoxon_signed_rank(x, y).rank_biserial
    low, high = rank_biserial_interval(x, y)
    ref = sps.bootstrap((x, y), kerby_r, paired=True, vectorized=False, n_resamples=2000, method="percentile",
                        random_state=np.random.default_rng(20080101)).confidence_interval
    assert (low, high) == (pytest.approx(ref.low), pytest.approx(ref.high))
    assert 0 < low < r < high < 1


@pytest.mark.parametrize("x, y", [
    ([1.0], [0.0]),  # one pair: nothing to resample
    ([1.0, 2.0, 3.0], [1.0, 2.0, 3.0]),  # every difference zero: no r
    ([2.0, 3.0, 3.0, 1.0], [1.0, 1.0, 3.0, 0.0]),  # every pair that differs differs one way: r = 1, every resample 1
    ([0.0, 0.0, 1.0], [1.0, 2.0, 2.0]),  # and r = -1
])
def test_no_interval_where_there_is_no_spread(x, y):
    assert rank_biserial_interval(x, y) is None


def test_the_same_seed_gives_the_same_interval_and_another_seed_another():
    rng = np.random.default_rng(9)
    x, y = rng.normal(size=60), rng.normal(size=60) + 0.2
    assert rank_biserial_interval(x, y) == rank_biserial_interval(x, y)
    assert rank_biserial_interval(x, y) != rank_biserial_interval(x, y, seed=1)


def test_cli_compare_paired_by_event_gives_the_r_interval(tmp_path):
    """Two outlets over 12 events, from the command line: the JSON and the terminal carry r's interval,
    the one rank_biserial_interval gives the events' scores."""
    a = [0.30, 0.12, 0.50, 0.22, 0.41, 0.10, 0.33, 0.27, 0.05, 0.60, 0.18, 0.25]
    b = [0.20, 0.15, 0.31, 0.22, 0.30, 0.12, 0.21, 0.20, 0.09, 0.44, 0.10, 0.26]
    rows = [{"id": f"{o}{i}", "outlet": o, "metadata": {"event": f"ev{i}"}, "words": 100, "scores": {"quote_share": v}}
            for o, vs in (("fox", a), ("nyt", b)) for i, v in enumerate(vs)]
    path = tmp_path / "scores.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = runner.invoke(app, ["compare", "--scores", str(path), "--paired-by", "event", "--score", "quote_share",
                                 "--out", str(tmp_path / "c.json")], env={"COLUMNS": "160"})
    assert result.exit_code == 0, result.output
    test = json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))["tests"][0]
    low, high = rank_biserial_interval(a, b)
    # fox higher in 7 events (|d| ranks 5 to 11: W+ 56), lower in 4 (the smallest |d|, ranks 1 to 4: W- 10), 1 tie
    r = kerby_r(a, b)
    assert (test["rank_biserial"], test["rank_biserial_ci_low"], test["rank_biserial_ci_high"]) == (
        round(r, 4), round(low, 4), round(high, 4))
    assert r == pytest.approx(46 / 66) and -1 < low < r < high <= 1
    assert f"r +{r:.2f} large [{low:+.2f}, {high:+.2f}]" in result.output
    words = " ".join(result.output.split())  # the plain-words finding, wrapped by the terminal
    assert (f"within the same event, fox's article tends to score higher than nyt's (matched-pairs rank-biserial r {r:.2f}, "
            f"large, 95% interval {low:.2f} to {high:.2f}; 12 events;") in words
    methods = json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))["methods"]
    assert methods["rank_biserial_ci"].startswith("95% percentile bootstrap interval of the rank-biserial r: 2000 resamples "
                                                  "of whole events with replacement, seed 20080101")


# --- from RANK_BISERIAL_NORMAL_FROM pairs: the normal interval ----------------------------------

def test_the_normal_intervals_standard_error_is_the_u_statistics_by_brute_force():
    """h1(d_i) = mean over j of the kernel sign(d_i) c(|d_j|, |d_i|) + sign(d_j) c(|d_i|, |d_j|),
    c(a, b) = 1 if a < b, 1/2 if a = b, written out pair by pair; SE = 2 sd(h1) / sqrt(m)."""
    from framing.paired_statistics import rank_biserial_normal_interval

    rng = np.random.default_rng(11)
    x, y = rng.integers(0, 6, 40).astype(float), rng.integers(0, 5, 40).astype(float)
    d = (x - y)[x != y]
    m = d.size

    def c(a, b):
        return 1.0 if a < b else 0.5 if a == b else 0.0

    h1 = np.array([np.mean([np.sign(di) * c(abs(dj), abs(di)) + np.sign(dj) * c(abs(di), abs(dj)) for dj in d]) for di in d])
    r = kerby_r(x, y)
    half = 1.959963984540054 * 2 * h1.std(ddof=1) / np.sqrt(m)
    assert rank_biserial_normal_interval(x, y) == (pytest.approx(r - half), pytest.approx(r + half))


def _shapes(n: int) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """Paired scores of four shapes compare sees: rates rounded to 0.1, rates mostly zero, shares, counts."""
    rng = np.random.default_rng(1)
    return {
        "rates": (rng.gamma(1, 2, n).round(1), (rng.gamma(1, 2, n) * 0.9).round(1)),
        "mostly zero": (np.where(rng.random(n) < 0.6, 0, rng.gamma(2, 1, n)).round(1),
                        np.where(rng.random(n) < 0.5, 0, rng.gamma(2, 1, n)).round(1)),
        "shares": (rng.beta(2, 5, n).round(2), rng.beta(2.4, 5, n).round(2)),
        "counts": (rng.poisson(2, n).astype(float), rng.poisson(2.3, n).astype(float)),
    }


@pytest.mark.parametrize("shape", ["rates", "mostly zero", "shares", "counts"])
def test_from_2000_pairs_the_interval_is_the_normal_one_within_the_bootstraps_noise(shape):
    """The switch to the normal interval moved from 5,000 pairs to 2,000 (--paired-by over 4,000 events:
    5.3 -> 1.1 s CPU).  At 2,000 pairs, each normal endpoint lies within 1.5 seed-to-seed standard
    deviations of the mean endpoint of the bootstrap over 6 seeds, and within 2% of the width: a new
    seed moves the bootstrap's endpoints by as much (measured: 0.7 SDs, 1.4% at most)."""
    from framing.paired_statistics import RANK_BISERIAL_NORMAL_FROM, _bootstrap_rank_biserial, rank_biserial_normal_interval

    assert RANK_BISERIAL_NORMAL_FROM == 2_000
    x, y = _shapes(2_000)[shape]
    normal = rank_biserial_interval(x, y)
    assert normal == rank_biserial_normal_interval(x, y)
    boots = np.array([_bootstrap_rank_biserial(x, y, seed=s) for s in range(6)])
    mean, sd = boots.mean(axis=0), boots.std(axis=0, ddof=1)
    width = mean[1] - mean[0]
    assert np.all(np.abs(np.asarray(normal) - mean) < 1.5 * sd)
    assert np.all(np.abs(np.asarray(normal) - mean) < 0.02 * width)
    assert rank_biserial_interval(x[:1_999], y[:1_999]) == _bootstrap_rank_biserial(x[:1_999], y[:1_999])


def test_the_switch_keeps_the_tests_and_moves_the_intervals_only_within_the_bootstraps_noise(monkeypatch):
    """compare_outlets over 2,400 events of three outlets, with the switch at 2,000 (normal) and at
    5,000 (bootstrap): the same Friedman and Wilcoxon rows, intervals within 5% of their width."""
    from framing import paired_statistics
    from framing.compare import compare_outlets

    rng = np.random.default_rng(3)
    records = [{"id": f"{o}{e}", "outlet": o, "block": f"e{e}",
                "scores": {"quote_share": float(round(rng.beta(2, 5) + shift, 2)), "hedge_per_1k": float(rng.poisson(2 + shift))}}
               for e in range(2_400) for o, shift in (("fox", 0.05), ("nyt", 0.0), ("hpo", 0.02))]
    normal = compare_outlets(records, ["quote_share", "hedge_per_1k"], paired_by="event").tests
    monkeypatch.setattr(paired_statistics, "RANK_BISERIAL_NORMAL_FROM", 5_000)
    boot = compare_outlets(records, ["quote_share", "hedge_per_1k"], paired_by="event").tests
    assert [(t.test, t.outlet_a, t.outlet_b, t.statistic, t.p, t.p_adjusted, t.rank_biserial) for t in normal] == [
        (t.test, t.outlet_a, t.outlet_b, t.statistic, t.p, t.p_adjusted, t.rank_biserial) for t in boot]
    pairs = [(n.rank_biserial_interval, b.rank_biserial_interval) for n, b in zip(normal, boot) if b.test != "Friedman"]
    assert len(pairs) == 6 and all(n != b for n, b in pairs)  # the intervals did switch
    for n, b in pairs:
        assert abs(n[0] - b[0]) < 0.05 * (b[1] - b[0]) and abs(n[1] - b[1]) < 0.05 * (b[1] - b[0])


def test_cli_paired_by_event_at_2000_events_gives_the_normal_interval(tmp_path):
    from framing.paired_statistics import rank_biserial_normal_interval

    x, y = _shapes(2_000)["rates"]
    path = tmp_path / "scores.jsonl"
    path.write_text("".join(json.dumps({"id": f"{o}{e}", "outlet": o, "metadata": {"event": f"e{e}"}, "words": 100,
                                        "scores": {"hedge_per_1k": float(v[e])}}) + "\n"
                            for e in range(2_000) for o, v in (("fox", x), ("nyt", y))), encoding="utf-8")
    out = tmp_path / "c.json"
    result = runner.invoke(app, ["compare", "--scores", str(path), "--paired-by", "event", "--score", "hedge_per_1k",
                                 "--out", str(out)])
    assert result.exit_code == 0, result.output
    saved = json.loads(out.read_text(encoding="utf-8"))
    low, high = rank_biserial_normal_interval(x, y)
    row = saved["tests"][0]
    assert (row["test"], row["blocks"], row["rank_biserial_ci_low"], row["rank_biserial_ci_high"]) == (
        "Wilcoxon signed-rank", 2000, round(low, 4), round(high, 4))
    assert "from 2,000 events the normal interval" in saved["methods"]["rank_biserial_ci"]
    assert "from 2,000 events the normal interval, which the bootstrap gives there" in " ".join(result.output.split())


def test_equal_differences_tie_though_floating_point_tells_them_apart():
    """0.3 - 0.2 and 0.4 - 0.3 differ in their last bit: ranked apart, the 'exact' p was that of
    untied data (0.0156). Rounded to 12 significant digits of the scores, the four differences of
    0.1 tie, and the test gives what the same scores in tenths give as whole numbers."""
    x = [0.3, 0.4, 0.7, 0.2, 0.9, 0.6, 0.5, 1.0, 0.8]
    y = [0.2, 0.3, 0.6, 0.3, 0.6, 0.4, 0.1, 0.3, 0.7]
    assert len(set(np.asarray(x) - np.asarray(y))) == 8  # the raw differences: 0.1 three ways
    tenths = wilcoxon_signed_rank([round(v * 10) for v in x], [round(v * 10) for v in y])
    test = wilcoxon_signed_rank(x, y)
    assert (test.statistic, test.p, test.method) == (tenths.statistic, tenths.p, "exact") == (3.0, pytest.approx(0.0234375), "exact")
    assert sps.wilcoxon(np.asarray(x) - np.asarray(y)).pvalue == pytest.approx(0.015625)  # SciPy ranks the raw differences


# --- Kendall's W: its bias-corrected bootstrap interval -----------------------------------------

def _w_interval_by_scipy(blocks, resamples: int = 2000, seed: int = 20080101) -> tuple[float, float]:
    """The interval written out plainly: the same draws of whole events, each resample's W from
    SciPy's Friedman test, the percentiles moved down by the bias and kept in [0, 1] around W."""
    from framing.paired_statistics import friedman_test

    table = np.asarray(blocks, float)
    n, k = table.shape
    picks = np.random.default_rng(seed).integers(0, n, size=(resamples, n))
    ws = []
    for row in picks:
        drawn = table[row]
        if all(len(set(r)) == 1 for r in drawn):
            continue  # tied throughout: no W
        ws.append(sps.friedmanchisquare(*drawn.T).statistic / (n * (k - 1)))
    ws = np.array(ws)
    w = friedman_test(table)[2]
    low, high = np.percentile(ws, [2.5, 97.5]) - (ws.mean() - w)
    return min(max(low, 0.0), w), min(max(high, w), 1.0)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_w_interval_is_the_bootstrap_of_scipys_friedman_w(seed):
    """Counted once per event (midranks and tie terms), not ranked again per resample: the same
    interval as SciPy's Friedman statistic over every resample, ties included."""
    from framing.paired_statistics import kendalls_w_interval

    rng = np.random.default_rng(seed)
    blocks = np.round(rng.gamma(2, size=(15, 3)) + [0, 0.4, 0.8], 1)  # rounded: ties within events
    assert kendalls_w_interval(blocks) == pytest.approx(_w_interval_by_scipy(blocks), abs=1e-9)


@pytest.mark.parametrize("blocks, interval", [
    # four events rank fox < nyt < hpo, one the other way: W 0.36; the resamples average 0.49, so the
    # plain percentiles [0.04, 1.0] sit above it, moved down by 0.13 and cut at 0
    ([[1, 2, 3]] * 4 + [[3, 2, 1]], (0.0, 0.87248)),
    ([[1, 2, 3]] * 6, (1.0, 1.0)),  # every event ranks them alike: W 1, and every resample says so
    # five events tied throughout and one that ranks them: W 0.167 (SciPy's tie correction); a resample
    # of tied events only has no W and is left out
    ([[1, 1, 1]] * 5 + [[1, 2, 3]], (0.08271, 0.41604)),
])
def test_the_w_interval_by_the_figures(blocks, interval):
    from framing.paired_statistics import friedman_test, kendalls_w_interval

    low, high = kendalls_w_interval(blocks)
    assert (low, high) == pytest.approx(interval, abs=1e-5)
    assert low <= friedman_test(blocks)[2] <= high


@pytest.mark.parametrize("blocks", [[[1, 2, 3]], [[2, 2, 2], [5, 5, 5]]])
def test_no_w_interval_from_one_event_or_tied_events_only(blocks):
    from framing.paired_statistics import kendalls_w_interval

    assert kendalls_w_interval(blocks) is None


def test_the_w_interval_needs_three_outlets():
    from framing.paired_statistics import kendalls_w_interval

    with pytest.raises(ValueError, match="three or more outlets"):
        kendalls_w_interval([[1, 2], [2, 1]])


def test_cli_compare_paired_by_event_gives_kendalls_w_and_its_interval(tmp_path):
    """Three outlets over 12 events, from the command line: the JSON (and --out CSV) carry W's
    interval, the one kendalls_w_interval gives the events' scores, and the terminal shows it under W."""
    from framing.paired_statistics import friedman_test, kendalls_w_interval

    a = [0.30, 0.12, 0.50, 0.22, 0.41, 0.10, 0.33, 0.27, 0.05, 0.60, 0.18, 0.25]
    b = [0.20, 0.15, 0.31, 0.22, 0.30, 0.12, 0.21, 0.20, 0.09, 0.44, 0.10, 0.26]
    c = [0.10, 0.18, 0.20, 0.25, 0.20, 0.02, 0.11, 0.22, 0.01, 0.30, 0.12, 0.20]
    rows = [{"id": f"{o}{i}", "outlet": o, "metadata": {"event": f"ev{i}"}, "words": 100, "scores": {"quote_share": v}}
            for o, vs in (("fox", a), ("nyt", b), ("hpo", c)) for i, v in enumerate(vs)]
    path = tmp_path / "scores.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = runner.invoke(app, ["compare", "--scores", str(path), "--paired-by", "event", "--score", "quote_share",
                                 "--out", str(tmp_path / "c.json")], env={"COLUMNS": "160"})
    assert result.exit_code == 0, result.output
    saved = json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))
    test = saved["tests"][0]
    blocks = list(zip(a, b, c))
    w = friedman_test(blocks)[2]
    low, high = kendalls_w_interval(blocks)
    assert (test["test"], test["kendalls_w"], test["kendalls_w_ci_low"], test["kendalls_w_ci_high"]) == (
        "Friedman", round(w, 4), round(low, 4), round(high, 4))
    assert 0 <= low <= w <= high <= 1 and high - low > 0.1
    output = " ".join(result.output.split())
    assert f"W {w:.3f} [{low:.3f}, {high:.3f}]" in output
    assert "under it, its 95% bias-corrected percentile bootstrap interval (2,000 resamples of whole events, fixed seed)" in output
    assert saved["methods"]["kendalls_w_ci"].startswith("95% bias-corrected percentile bootstrap interval of kendalls_w: 2,000 "
                                                        "resamples of whole events with replacement")
    csv_run = runner.invoke(app, ["compare", "--scores", str(path), "--paired-by", "event", "--score", "quote_share",
                                  "--out", str(tmp_path / "c.csv")])
    assert csv_run.exit_code == 0, csv_run.output
    import csv

    [friedman] = [r for r in csv.DictReader((tmp_path / "c.tests.csv").open(encoding="utf-8")) if r["test"] == "Friedman"]
    assert (float(friedman["kendalls_w_ci_low"]), float(friedman["kendalls_w_ci_high"])) == (round(low, 4), round(high, 4))

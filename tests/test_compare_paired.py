"""Paired comparison (`framing compare --paired-by FIELD`): Wilcoxon signed-rank with the matched-pairs
rank-biserial r, Friedman with Kendall's W, the blocks kept and dropped, and the CLI."""

from __future__ import annotations

import csv
import io
import itertools
import json
import math

import numpy as np
import pytest
from scipy import stats as sps
from typer.testing import CliRunner

from framing.cli import app
from framing.compare import clear_differences, compare_outlets
from framing.exact_signed_rank import exact_signed_rank_p
from framing.paired_statistics import correlation_magnitude, friedman, paired_differences, wilcoxon_signed_rank

runner = CliRunner()


# x, y -> W (smaller signed-rank sum), p, rank-biserial r, pairs with a difference; counted by hand:
@pytest.mark.parametrize("x, y, w, p, r, nonzero", [
    # d = 1, 2, 2, -1, 3; |d| midranks 1.5, 3.5, 3.5, 1.5, 5; W+ 13.5, W- 1.5; r = 12 / 15.  With ties, p from the
    # 32 sign flips: W- <= 1.5 in 3 of them ({}, either 1.5), W+ <= 1.5 in 3 more: 6 / 32
    ([1, 2, 3, 4, 5], [0, 0, 1, 5, 2], 1.5, 6 / 32, 0.8, 5),
    # d = 1, 2, 3, 4, 5, 6 all positive, no ties: exact p = 2 / 2^6; r = 1
    ([1, 2, 3, 4, 5, 6], [0, 0, 0, 0, 0, 0], 0.0, 2 / 64, 1.0, 6),
    # a zero difference is dropped: d = 0, -1, -2, -3 -> three pairs, all negative; W+ 0, W- 6; r = -1;
    # the zero makes SciPy flip signs: 2 of the 2^4 flips (zero kept as a pair that never counts) reach W+ 0 or 6
    ([5, 1, 1, 1], [5, 2, 3, 4], 0.0, 4 / 16, -1.0, 3),
    # d = 3, -1, 2, -2: ranks 4, 1, 2.5, 2.5 -> W+ 6.5, W- 3.5, r = 3 / 10
    ([3, 0, 2, 0], [0, 1, 0, 2], 3.5, None, 0.3, 4),
])
def test_wilcoxon_signed_rank_by_hand(x, y, w, p, r, nonzero):
    t = wilcoxon_signed_rank(x, y)
    assert (t.statistic, t.rank_biserial, t.nonzero) == (w, pytest.approx(r), nonzero)
    if p is not None:
        assert t.p == pytest.approx(p)
    assert t.p == pytest.approx(sps.wilcoxon(x, y).pvalue)


def test_wilcoxon_every_difference_zero_has_no_p():
    t = wilcoxon_signed_rank([0, 1, 2], [0, 1, 2])
    assert (t.p, t.rank_biserial, t.nonzero) == (None, None, 0)


def test_wilcoxon_against_scipy_on_larger_samples():
    rng = np.random.default_rng(3)
    x = np.round(rng.gamma(1.5, 2, 80), 1)  # rounded: ties and zeros, as in per-1k scores
    y = np.round(rng.gamma(1.5, 2, 80) + 0.3, 1)
    t = wilcoxon_signed_rank(x, y)
    d = paired_differences(x, y)  # x - y with equal differences equal (in floating point 2.3 - 1.1 and 1.5 - 0.3 are not)
    ref = sps.wilcoxon(d)
    # 80 pairs with ties: the exact p (SciPy's is the normal approximation here, close to it but not it)
    assert (t.statistic, t.p, t.method) == (ref.statistic, pytest.approx(exact_signed_rank_p(d), rel=1e-12), "exact")
    assert (t.p, ref.pvalue) == (pytest.approx(0.43564, abs=1e-5), pytest.approx(0.43287, abs=1e-5))  # (0.43709 and 0.43432 with 2.3 - 1.1 and 1.5 - 0.3 apart)
    d = d[d != 0]
    ranks = sps.rankdata(np.abs(d))
    # Kerby's simple difference formula: share of rank sum favourable minus unfavourable
    assert t.rank_biserial == pytest.approx((ranks[d > 0].sum() - ranks[d < 0].sum()) / ranks.sum())
    # the same r as the rank-biserial from W+ alone: 4 W+ / (n (n + 1)) - 1 with n the non-zero pairs
    assert t.rank_biserial == pytest.approx(4 * ranks[d > 0].sum() / (len(d) * (len(d) + 1)) - 1)


@pytest.mark.parametrize("r, label", [(0.0, "negligible"), (-0.099, "negligible"), (0.1, "small"), (-0.3, "medium"),
                                      (0.499, "medium"), (0.5, "large"), (-1.0, "large")])
def test_correlation_magnitude(r, label):
    assert correlation_magnitude(r) == label


def every_arrangement_p(blocks) -> float:
    """Friedman's permutation p by brute force: every way to reorder each event's values across the
    outlets ((k!)^n arrangements, the two halves of the events enumerated apart and added), the
    statistic SciPy's chi-squared as sum R_j^2 orders it; the share at least the observed one."""
    ranks = sps.rankdata(np.asarray(blocks, float), axis=1)

    def sums(rows):
        if len(rows) == 0:
            return np.zeros((1, ranks.shape[1]))
        return np.array([np.sum(arr, axis=0) for arr in itertools.product(*[list(itertools.permutations(r)) for r in rows])])

    half = len(ranks) // 2
    total = sums(ranks[:half])[:, None, :] + sums(ranks[half:])[None, :, :]
    observed = np.sum(ranks.sum(axis=0) ** 2)
    return float(np.mean(np.sum(total**2, axis=2) >= observed - 1e-9))


# blocks -> chi2, W, p; by hand: ranks within rows, column sums R, chi2 = 12 / (n k (k+1)) sum R^2 - 3 n (k+1);
# p the permutation p (the share of the (k!)^n arrangements of each event's values as extreme)
@pytest.mark.parametrize("blocks, chi2, w, p", [
    # ranks as given; R = 5, 10, 9: 12 / 48 * 206 - 48 = 3.5; W = 3.5 / (4 * 2)
    ([[1, 2, 3], [2, 3, 1], [1, 3, 2], [1, 2, 3]], 3.5, 0.4375, None),
    # every block ranks the outlets alike: R = 3, 6, 9, chi2 = 12 / 36 * 126 - 36 = 6, W = 1; the 6 arrangements
    # with every event in one order, of 6^3 = 216: p 0.0278 (chi-squared said 0.0498)
    ([[0.1, 0.5, 0.9], [2, 3, 4], [0, 1, 7]], 6.0, 1.0, 6 / 216),
    ([[3, 2, 1]] * 5, 10.0, 1.0, 6 / 6**5),  # 5 events alike: 0.00077 (chi-squared 0.0067)
])
def test_friedman_by_hand(blocks, chi2, w, p):
    h, got, kendall = friedman(blocks)
    assert (h, kendall) == (pytest.approx(chi2), pytest.approx(w))
    assert got == pytest.approx(every_arrangement_p(blocks), abs=1e-12)
    if p is not None:
        assert got == pytest.approx(p, abs=1e-12)


@pytest.mark.parametrize("blocks", [
    [[0, 0, 1], [1, 0, 0], [2, 2, 2], [0, 1, 1], [3, 1, 0]],  # ties within events (zeros), an event all tied
    [[0.1, 0.2, 0.3, 0.0], [1, 1, 2, 0], [0.5, 0.4, 0.6, 0.4]],  # four outlets
    np.round(np.random.default_rng(2).gamma(1.2, 2, (8, 3)), 0),  # 6^8 arrangements
])
def test_friedman_exact_p_with_ties_is_every_arrangements(blocks):
    assert friedman(blocks)[1] == pytest.approx(every_arrangement_p(blocks), abs=1e-12)


def test_friedman_with_ties_sampled_against_scipys_permutation_test():
    """40 events of 4 outlets: too many rank sums to track, so 9,999 random arrangements (fixed seed),
    within four standard errors of SciPy's permutation test of its own chi-squared."""
    rng = np.random.default_rng(5)
    table = np.round(rng.gamma(1.2, 2, (40, 4)), 0) + np.array([0, 0, 0.4, 0.8])  # many ties within events
    h, p, w = friedman(table)
    ref = sps.friedmanchisquare(*table.T)
    assert (h, w) == (pytest.approx(ref.statistic), pytest.approx(ref.statistic / (40 * 3)))
    scipy_p = sps.permutation_test(tuple(table.T), lambda *c: sps.friedmanchisquare(*c).statistic, permutation_type="samples",
                                   n_resamples=999, alternative="greater", random_state=np.random.default_rng(1)).pvalue
    assert abs(p - scipy_p) < 4 * math.sqrt(scipy_p * (1 - scipy_p) * (1 / 9_999 + 1 / 999))
    assert p != pytest.approx(ref.pvalue, rel=0.01)


def test_past_50_events_friedman_keeps_scipys_chi_squared_p():
    rng = np.random.default_rng(6)
    table = np.round(rng.gamma(1.2, 2, (51, 3)), 1)
    assert friedman(table)[1] == pytest.approx(sps.friedmanchisquare(*table.T).pvalue)


def test_friedman_all_tied_and_two_outlets():
    assert friedman([[1, 1, 1], [0, 0, 0]]) == (0.0, None, None)
    with pytest.raises(ValueError, match="three or more outlets"):
        friedman([[1, 2], [2, 1]])


def _records(table: dict[str, dict[str, list[float]]], score: str = "quote_share") -> list[dict]:
    """event -> outlet -> the scores of its articles there, as saved-score records."""
    return [{"id": f"{e}-{o}-{i}", "outlet": o, "block": e, "scores": {score: v}}
            for e, by in table.items() for o, vs in by.items() for i, v in enumerate(vs)]


def test_paired_comparison_tests_complete_events_pairs_their_own_and_says_what_it_dropped():
    events = {f"e{i}": {"fox": [0.1 * i + 0.3], "nyt": [0.1 * i], "hpo": [0.1 * i + 0.05]} for i in range(8)}
    events["e0"]["nyt"] = [0.0, 0.2]  # two NYT articles: their mean, 0.1, stands for the NYT
    events["x1"] = {"fox": [0.9], "nyt": [0.2]}  # no hpo: out of Friedman, in fox-nyt
    events["x2"] = {"fox": [0.4], "hpo": [0.1]}  # no nyt: out of Friedman, in fox-hpo
    events["x3"] = {"fox": [None], "nyt": [0.1], "hpo": [0.1]}  # covered, but fox has no value: in nyt-hpo only
    records = _records(events) + [{"id": "lone", "outlet": "nyt", "block": None, "scores": {"quote_share": 0.5}}]
    c = compare_outlets(records, ["quote_share"], paired_by="event")
    # Friedman over the 8 complete events; each pair over the events both its outlets have a value in (pairwise-complete)
    assert [(t.test, t.outlet_a, t.outlet_b, t.blocks) for t in c.tests] == [
        ("Friedman", None, None, 8), ("Wilcoxon signed-rank (pairwise)", "fox", "nyt", 9),
        ("Wilcoxon signed-rank (pairwise)", "fox", "hpo", 9), ("Wilcoxon signed-rank (pairwise)", "nyt", "hpo", 9)]
    table = np.array([[0.1 * i + 0.3, 0.1 if i == 0 else 0.1 * i, 0.1 * i + 0.05] for i in range(8)])
    ref = sps.friedmanchisquare(*table.T)
    assert (c.tests[0].statistic, c.tests[0].p) == (pytest.approx(ref.statistic), pytest.approx(every_arrangement_p(table)))
    fox, nyt, hpo = table.T
    pairs = [(np.append(fox, 0.9), np.append(nyt, 0.2)), (np.append(fox, 0.4), np.append(hpo, 0.1)),
             (np.append(nyt, 0.1), np.append(hpo, 0.1))]  # x1, x2, x3 added to their pairs
    fox_nyt = c.tests[1]
    assert (fox_nyt.rank_biserial, fox_nyt.magnitude, fox_nyt.p) == (1.0, "large", pytest.approx(sps.wilcoxon(*pairs[0]).pvalue))
    raw = [sps.wilcoxon(paired_differences(x, y)).pvalue for x, y in pairs]  # (hpo - nyt is 0.05 in every event: tied, as SciPy ranks x - y only once rounded)
    assert [t.p for t in c.tests[1:]] == pytest.approx(raw)
    assert [t.p_adjusted for t in c.tests[1:]] == pytest.approx(list(sps.false_discovery_control(raw)))
    assert c.tests[0].adjusted_over == "Benjamini-Hochberg over the 1 score tested"
    assert c.tests[1].adjusted_over == "Benjamini-Hochberg over the 3 pairs of this score"
    assert ("Paired by event: 9 of the 11 events are covered by every outlet tested (fox, nyt, hpo); the paired tests "
            "compare the outlets within each of them. 2 dropped (4 articles), with no article of nyt (1), hpo (1). The "
            "pairwise tests compare each pair of outlets over every event both cover (pairwise-complete), so a dropped "
            "event still counts for the pairs it has; each row's events are in its blocks column.") in c.notes
    assert c.to_dict()["paired"] == {
        "by": "event", "outlets": ["fox", "nyt", "hpo"], "outlets_left_out": [], "blocks": 11, "complete_blocks": 9,
        "dropped_blocks": 2, "dropped_articles": 4, "missing_outlet": {"nyt": 1, "hpo": 1}, "articles_without_field": 1}
    assert "1 article of these outlets names no event: left out of the paired tests." in c.notes
    assert ("1 event with more than one article of an outlet: the mean of its articles there stands for the outlet in "
            "the paired tests.") in c.notes
    assert ("quote_share: 1 of the 9 events covered by every outlet dropped as well, where an outlet's article has no "
            "value of it (8 left). The pairwise tests keep those where both outlets of the pair have one.") in c.notes  # x3
    assert c.to_dict()["paired_by"] == "event" and "rank_biserial" in c.to_dict()["methods"]


def test_paired_two_outlets_one_wilcoxon_adjusted_over_scores():
    events = {f"e{i}": {"a": [i + 1.0], "b": [i * 0.5]} for i in range(6)}
    records = _records(events)
    for r in records:
        r["scores"]["hedge_per_1k"] = 2.0  # every event ties: no test
    c = compare_outlets(records, ["quote_share", "hedge_per_1k"], paired_by="event")
    assert [(t.test, t.score, t.statistic, t.p, t.rank_biserial) for t in c.tests] == [
        ("Wilcoxon signed-rank", "quote_share", 0.0, pytest.approx(2 / 64), 1.0),
        ("Wilcoxon signed-rank", "hedge_per_1k", 0.0, None, None)]
    assert c.tests[0].p_adjusted == pytest.approx(2 / 64)  # a family of one: the tied score is left out
    assert any(n.startswith("hedge_per_1k: every outlet scores the same in each event") for n in c.notes)


def test_paired_too_few_events_and_an_outlet_with_none():
    records = _records({f"e{i}": {"a": [1.0 + i], "b": [0.5]} for i in range(4)})
    records += [{"id": f"c{i}", "outlet": "c", "block": None, "scores": {"quote_share": 0.2}} for i in range(6)]
    c = compare_outlets(records, ["quote_share"], paired_by="event")
    assert c.tests == []
    assert "c: no article names its event, so left out of the paired tests." in c.notes
    assert "quote_share: no paired test: 4 complete events, fewer than 5." in c.notes


def compare_by_event(tmp_path, rows: list[dict], out: str, columns: int = 160):
    """`framing compare --scores ... --paired-by event --score quote_share --out OUT` on saved score
    rows, the way a researcher runs it, in a terminal `columns` wide."""
    path = tmp_path / "scores.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return runner.invoke(app, ["compare", "--scores", str(path), "--paired-by", "event", "--score", "quote_share",
                               "--out", str(tmp_path / out)], env={"COLUMNS": str(columns)})


def test_cli_paired_by_event(tmp_path):
    """Saved scores with an event column (kept in metadata), compared the way a researcher would."""
    rows = []
    for i in range(7):
        for o, shift in (("fox", 0.2), ("nyt", 0.0), ("hpo", 0.1)):
            rows.append({"id": f"{o}{i}", "outlet": o, "metadata": {"event": f"ev{i}"}, "words": 100,
                         "scores": {"quote_share": round(0.05 * i + shift + (0.01 if o == "hpo" and i % 2 else 0), 3)}})
    rows.append({"id": "nyt-extra", "outlet": "nyt", "metadata": {"event": "ev9"}, "words": 100, "scores": {"quote_share": 0.3}})
    result = compare_by_event(tmp_path, rows, "c.csv")
    assert result.exit_code == 0, result.output
    output = " ".join(result.output.split())  # the terminal wraps lines
    assert "Friedman within each event (all), then pairwise Wilcoxon signed-rank" in output
    assert "Paired by event: 7 of the 8 events are covered by every outlet tested (fox, nyt, hpo)" in output
    assert ("1 dropped (1 article), with no article of fox (1), hpo (1). The pairwise tests compare each pair of outlets "
            "over every event both cover (pairwise-complete)") in output
    assert "within the same event, fox's article tends to score higher than nyt's" in output
    tests = list(csv.DictReader(io.StringIO((tmp_path / "c.tests.csv").read_text(encoding="utf-8"))))
    table = np.array([[r["scores"]["quote_share"] for r in rows if r["metadata"]["event"] == f"ev{i}"] for i in range(7)])
    ref = sps.friedmanchisquare(*table.T)
    assert (tests[0]["test"], tests[0]["blocks"], float(tests[0]["statistic"]), float(tests[0]["p"])) == (
        "Friedman", "7", pytest.approx(ref.statistic, abs=1e-4), pytest.approx(every_arrangement_p(table), rel=1e-3))
    assert float(tests[0]["kendalls_w"]) == pytest.approx(ref.statistic / 14, abs=1e-4)
    fox_nyt = tests[1]
    assert (fox_nyt["outlet_a"], fox_nyt["outlet_b"], fox_nyt["rank_biserial"], fox_nyt["magnitude"], fox_nyt["cliffs_delta"]) == (
        "fox", "nyt", "1.0", "large", "")


def test_cli_paired_by_a_field_no_article_has(tmp_path):
    path = tmp_path / "scores.jsonl"
    path.write_text(json.dumps({"id": "a", "outlet": "x", "scores": {"quote_share": 0.1}}) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["compare", "--scores", str(path), "--paired-by", "event"])
    assert result.exit_code == 1
    assert ("--paired-by event: no article has a value for it; name an input column kept in `metadata` (event), date, year, "
            "month or folder; these articles have no other columns") in " ".join(result.output.split())


def test_cli_paired_json_names_what_was_dropped_and_pairs_use_their_own_events(tmp_path):
    """Three outlets over 8 events; Fox lacks two events and HuffPost one: the JSON says so, Friedman
    runs over the 5 complete events, and NYT vs HuffPost over the 7 both cover."""
    fox = {i: 0.30 + 0.04 * i for i in range(8) if i not in (5, 6)}
    nyt = {i: 0.10 + 0.03 * i + (0.02 if i % 2 else 0) for i in range(8)}
    hpo = {i: 0.20 + 0.05 * i - (0.03 if i % 3 else 0) for i in range(8) if i != 7}
    rows = [{"id": f"{o}{i}", "outlet": o, "metadata": {"event": f"ev{i}"}, "words": 100, "scores": {"quote_share": v}}
            for o, vs in (("fox", fox), ("nyt", nyt), ("hpo", hpo)) for i, v in vs.items()]
    result = compare_by_event(tmp_path, rows, "c.json")
    assert result.exit_code == 0, result.output
    saved = json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))
    assert saved["paired"] == {
        "by": "event", "outlets": ["fox", "nyt", "hpo"], "outlets_left_out": [], "blocks": 8, "complete_blocks": 5,
        "dropped_blocks": 3, "dropped_articles": 6, "missing_outlet": {"fox": 2, "hpo": 1}, "articles_without_field": 0}
    # ev5 and ev6 without fox, ev7 without hpo: two articles each
    assert "3 dropped (6 articles), with no article of fox (2), hpo (1)." in " ".join(result.output.split())
    blocks = {(t["outlet_a"], t["outlet_b"]): t["blocks"] for t in saved["tests"]}
    assert blocks == {(None, None): 5, ("fox", "nyt"): 6, ("fox", "hpo"): 5, ("nyt", "hpo"): 7}
    nyt_hpo = next(t for t in saved["tests"] if (t["outlet_a"], t["outlet_b"]) == ("nyt", "hpo"))
    x, y = [nyt[i] for i in range(7)], [hpo[i] for i in range(7)]
    assert nyt_hpo["p"] == pytest.approx(sps.wilcoxon(x, y).pvalue, rel=1e-12)  # 2 of the 2^7 sign flips, as computed
    assert "pairwise-complete" in saved["methods"]["more_groups"] and "missing_outlet" in saved["methods"]["dropped"]


def _sparse_events() -> dict[str, dict[str, list[float]]]:
    """Three outlets over 8 events, only 3 of them covered by all three (too few for Friedman):
    fox and nyt share 6 events, fox and hpo 5, nyt and hpo only the 3 complete ones."""
    events = {f"c{i}": {"fox": [0.50 + 0.1 * i], "nyt": [0.20 + 0.07 * i], "hpo": [0.31 + 0.05 * i]} for i in range(3)}
    events |= {f"f{i}": {"fox": [0.45 + 0.11 * i], "nyt": [0.41 + 0.12 * i]} for i in range(3)}
    events |= {f"g{i}": {"fox": [0.33 + 0.12 * i], "hpo": [0.39 + 0.02 * i]} for i in range(2)}
    return events


def test_where_friedman_cannot_run_each_pair_with_enough_events_gets_a_wilcoxon_test():
    events = _sparse_events()
    records = _records(events)
    for r in records:  # a second score, also without Friedman: one family over the pairs of both
        r["scores"]["hedge_per_1k"] = round(10 * r["scores"]["quote_share"] ** 2 + (1.3 if r["outlet"] == "nyt" else 0), 3)
    c = compare_outlets(records, ["quote_share", "hedge_per_1k"], paired_by="event")
    assert [(t.score, t.test, t.outlet_a, t.outlet_b, t.blocks) for t in c.tests] == [
        ("quote_share", "Wilcoxon signed-rank (pairwise)", "fox", "nyt", 6),
        ("quote_share", "Wilcoxon signed-rank (pairwise)", "fox", "hpo", 5),
        ("hedge_per_1k", "Wilcoxon signed-rank (pairwise)", "fox", "nyt", 6),
        ("hedge_per_1k", "Wilcoxon signed-rank (pairwise)", "fox", "hpo", 5)]
    raw = []
    for s in ("quote_share", "hedge_per_1k"):
        for a, b in (("fox", "nyt"), ("fox", "hpo")):
            both = [e for e in events.values() if a in e and b in e]
            x = [next(r["scores"][s] for r in records if r["outlet"] == a and r["block"] == k) for k, e in events.items() if e in both]
            y = [next(r["scores"][s] for r in records if r["outlet"] == b and r["block"] == k) for k, e in events.items() if e in both]
            raw.append(sps.wilcoxon(x, y).pvalue)  # exact: no ties, no zeros
    assert [t.p for t in c.tests] == pytest.approx(raw)
    assert [t.p_adjusted for t in c.tests] == pytest.approx(list(sps.false_discovery_control(raw)))  # all four, one family
    assert {t.adjusted_over for t in c.tests} == {"Benjamini-Hochberg over the 4 pairs of the 2 scores with no Friedman test"}
    assert ("quote_share: no Friedman test: only 3 events with a value from every outlet, fewer than 5. Instead, a Wilcoxon "
            "signed-rank test for each pair of outlets over the events both cover (pairwise-complete), with no test over all "
            "outlets ahead of them, so their p is adjusted over every such pair (of every score without a Friedman test), not "
            "only over this score's. No test for nyt vs hpo (3): fewer than 5 events with both.") in c.notes
    assert "no Friedman test" in c.to_dict()["methods"]["more_groups"]


def test_where_no_pair_has_enough_events_either_there_is_no_paired_test():
    events = {f"c{i}": {"a": [1.0 + i], "b": [0.5 * i], "c": [0.2 + i]} for i in range(3)}
    events |= {f"x{i}": {"a": [1.0 + i], "b": [0.5 * i]} for i in range(1)}
    c = compare_outlets(_records(events), ["quote_share"], paired_by="event")
    assert c.tests == []
    assert "quote_share: no paired test: 3 complete events, fewer than 5." in c.notes


def test_a_fallback_pair_far_apart_is_a_finding_in_plain_words():
    events = {f"c{i}": {"fox": [0.9 + 0.01 * i], "nyt": [0.1 + 0.02 * i], "hpo": [0.5]} for i in range(2)}
    events |= {f"f{i}": {"fox": [0.8 + 0.03 * i], "nyt": [0.2 + 0.01 * i]} for i in range(4)}  # fox higher in all 6
    c = compare_outlets(_records(events), ["quote_share"], paired_by="event")
    fox_nyt = c.tests[0]
    assert (fox_nyt.outlet_a, fox_nyt.outlet_b, fox_nyt.p, fox_nyt.p_adjusted) == ("fox", "nyt", 2 / 64, 2 / 64)
    assert clear_differences(c) == [
        "quote_share: within the same event, fox's article tends to score higher than nyt's (matched-pairs rank-biserial "
        "r 1.00, large; 6 events; adjusted p = 0.031)."]


def test_cli_paired_by_event_without_friedman_shows_the_pairwise_tests_and_why(tmp_path):
    rows = [{"id": f"{o}-{e}", "outlet": o, "metadata": {"event": e}, "words": 100, "scores": {"quote_share": vs[0]}}
            for e, by in _sparse_events().items() for o, vs in by.items()]
    result = compare_by_event(tmp_path, rows, "c.json", columns=200)
    assert result.exit_code == 0, result.output
    output = " ".join(result.output.split())
    assert "quote_share: no Friedman test: only 3 events with a value from every outlet, fewer than 5." in output
    assert ("quote_share: too few events with every outlet for a Friedman test, so pairwise Wilcoxon tests only, adjusted "
            "over every such pair") in output
    assert "fox vs nyt" in output and "fox vs hpo" in output  # shown, though no Friedman row is clear
    saved = json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))
    assert [(t["test"], t["outlet_a"], t["outlet_b"], t["blocks"]) for t in saved["tests"]] == [
        ("Wilcoxon signed-rank (pairwise)", "fox", "nyt", 6), ("Wilcoxon signed-rank (pairwise)", "fox", "hpo", 5)]
    x, y = [0.50, 0.60, 0.70, 0.45, 0.56, 0.67], [0.20, 0.27, 0.34, 0.41, 0.53, 0.65]
    assert saved["tests"][0]["p"] == pytest.approx(sps.wilcoxon(x, y).pvalue, rel=1e-12)


# --- how each paired p was computed (p_method) ----------------------------------------------------

_R = np.random.default_rng(3)


def _every_sign_flip_p(d: np.ndarray) -> float:
    nonzero = d[d != 0]
    ranks = sps.rankdata(np.abs(nonzero))
    w = (np.array(list(itertools.product([0, 1], repeat=ranks.size))) * ranks).sum(axis=1)
    return float(np.mean(np.abs(2 * w - ranks.sum()) >= abs(2 * ranks[nonzero > 0].sum() - ranks.sum()) - 1e-9))


@pytest.mark.parametrize("d, method, reference", [
    (np.arange(1.0, 11.0) * np.array([1, -1] * 5) + 0.1 * np.arange(10), "exact", "scipy exact"),  # 10 pairs, no ties or zeros
    (np.array([1.0, 2, 2, -1, 3, 0, 4, 5, -6, 7, 8, 9, 10]), "exact", "every sign flip"),  # 13 with ties (SciPy counts them too)
    # 14 with ties and a zero: SciPy's "auto" gave the normal 0.0118 (thirteenth session: exact, 68 of 2^13 flips, 0.0083)
    (np.array([1.0, 2, 2, -1, 3, 0, 4, 5, -6, 7, 8, 9, 10, 11]), "exact", "every sign flip"),
    (np.array([1.0, 1, 2, 2, -3, -3, 4, 4, 0, 5, 6, 6, 7, 7, -8, 8]), "exact", "every sign flip"),  # 16, mostly tied
    (_R.normal(0.2, 1, 60), "exact", "scipy exact"),  # past 50 pairs, no ties: SciPy's "auto" is normal, its exact p agrees
    (np.round(_R.normal(0.2, 1, 540), 1), "normal", "scipy asymptotic"),  # past 500 pairs that differ (some of the 540 are 0)
])
def test_wilcoxon_says_how_its_p_was_computed(d, method, reference):
    t = wilcoxon_signed_rank(d, np.zeros(d.size))
    assert t.method == method
    expected = (_every_sign_flip_p(d) if reference == "every sign flip" else
                sps.wilcoxon(d, method=reference.split()[1]).pvalue)
    assert t.p == pytest.approx(expected, rel=1e-9)


def test_friedman_says_how_its_p_was_computed():
    from framing.paired_statistics import friedman_test

    alike = [[1, 2, 3]] * 5  # 5 events of 3 outlets ranked alike: 6 of the 6^5 arrangements as extreme
    assert friedman_test(alike)[1:] == (pytest.approx(6 / 7776), 1.0, "exact")
    four = np.random.default_rng(1).normal(size=(40, 4))  # 4 outlets over 40 events: too many rank sums to track
    assert friedman_test(four)[3] == "sampled"
    many = np.random.default_rng(2).normal(size=(60, 3))  # past 50 events: SciPy's chi-squared
    chi2, p, _, method = friedman_test(many)
    assert (p, method) == (sps.friedmanchisquare(*many.T).pvalue, "chi-squared")
    assert friedman_test([[1, 1, 1]] * 6)[1:] == (None, None, None)


def test_cli_two_outlets_paired_get_one_wilcoxon_with_r_its_interval_and_how_p_was_computed(tmp_path):
    # two outlets with --paired-by: Friedman needs three, so one Wilcoxon signed-rank test, said in the title
    fox = [0.30, 0.25, 0.41, 0.33, 0.28, 0.37, 0.30, 0.40]  # fox - nyt: 0.10, -0.02, 0.11, 0.12, 0.06, 0.07, 0.05, 0.09
    nyt = [0.20, 0.27, 0.30, 0.21, 0.22, 0.30, 0.25, 0.31]
    rows = [{"id": f"{o}{i}", "outlet": o, "metadata": {"event": f"ev{i}"}, "words": 100, "scores": {"quote_share": v}}
            for o, vs in (("fox", fox), ("nyt", nyt)) for i, v in enumerate(vs)]
    result = compare_by_event(tmp_path, rows, "c.csv")
    assert result.exit_code == 0, result.output
    output = " ".join(result.output.split())
    assert "Wilcoxon signed-rank within each event, fox vs nyt" in output
    assert "p from: exact (its exact null distribution, ties included)." in output
    (row,) = csv.DictReader(io.StringIO((tmp_path / "c.tests.csv").read_text(encoding="utf-8")))
    d = np.array(fox) - np.array(nyt)  # -0.02 once, the rest positive; no ties among |d|: SciPy's exact p
    assert (row["test"], row["blocks"], row["p_method"]) == ("Wilcoxon signed-rank", "8", "exact")
    assert float(row["p"]) == pytest.approx(sps.wilcoxon(d, method="exact").pvalue, rel=1e-3)
    assert float(row["p"]) == pytest.approx(4 / 256, rel=1e-3)  # W- = 1 (the -0.02 is the smallest |d|): W <= 1 in 2 x 2 of 2^8
    assert (row["rank_biserial"], row["magnitude"]) == (str(round((35 - 1) / 36, 4)), "large")
    assert float(row["rank_biserial_ci_low"]) < float(row["rank_biserial"]) <= float(row["rank_biserial_ci_high"]) == 1.0


def test_cli_sixteen_tied_events_get_the_exact_p_not_the_normal_one(tmp_path):
    """16 events, three of them tied at zero and the rest at three sizes of difference: SciPy's "auto" gave
    the normal approximation (0.00972); `framing compare` now counts the 2^13 sign flips of the 13 events
    that differ: 92 of 8,192 are as far from the mean, p = 0.01123, and says "exact"."""
    fox = [0.375, 0.25, 0.5, 0.375, 0.25, 0.5, 0.375, 0.5, 0.125, 0.25, 0.375, 0.625, 0.25, 0.375, 0.5, 0.25]
    nyt = [0.25, 0.25, 0.25, 0.25, 0.375, 0.25, 0.25, 0.25, 0.125, 0.125, 0.25, 0.5, 0.25, 0.5, 0.25, 0.125]
    rows = [{"id": f"{o}{i}", "outlet": o, "metadata": {"event": f"ev{i}"}, "words": 100, "scores": {"quote_share": v}}
            for o, vs in (("fox", fox), ("nyt", nyt)) for i, v in enumerate(vs)]
    result = compare_by_event(tmp_path, rows, "c.csv")
    assert result.exit_code == 0, result.output
    assert " quote_share      16  0.0112   exact  0.0112  r +0.78 large [+0.42, +1.00] " in result.output
    (row,) = csv.DictReader(io.StringIO((tmp_path / "c.tests.csv").read_text(encoding="utf-8")))
    d = np.array(fox) - np.array(nyt)
    assert (row["statistic"], row["p_method"]) == ("10.0", "exact") and float(row["p"]) == pytest.approx(92 / 8192, rel=1e-12)
    assert float(row["p"]) == pytest.approx(_every_sign_flip_p(d), rel=1e-3) and _every_sign_flip_p(d) == 92 / 8192
    assert sps.wilcoxon(fox, nyt).pvalue == pytest.approx(0.00972, abs=1e-5)  # what it had been

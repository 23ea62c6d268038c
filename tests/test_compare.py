"""Outlet comparisons over article records: profiles, tests, notes and the compare command."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest
from scipy import stats as sps

from framing import compare
from framing.compare import (
    Comparison,
    clear_differences,
    cliffs_delta,
    compare_outlets,
    mann_whitney,
)
from framing.permutation_tests import kruskal_permutation_p


# --- compare_outlets over article records ---------------------------------------------------------

SCORE = "loaded_author_per_1k"


def permutation_p(a: list[float], b: list[float]) -> float:
    """The exact two-sided Mann-Whitney p-value written out: U of every way to split the pooled
    values into groups of len(a) and len(b) (midranks for ties), the share at least as far from
    n*m/2 as the observed U.  What `mann_whitney` gives for a small group with ties."""
    pooled, n = [*a, *b], len(a)
    ranks = sps.rankdata(pooled)
    u = lambda idx: sum(ranks[i] for i in idx) - n * (n + 1) / 2  # noqa: E731
    centre = n * len(b) / 2
    observed = abs(u(range(n)) - centre)
    splits = list(itertools.combinations(range(len(pooled)), n))
    return sum(abs(u(idx) - centre) >= observed - 1e-9 for idx in splits) / len(splits)


def rough(*outlets: str) -> str:
    return (f"{', '.join(outlets)}: fewer than 20 articles, so their 95% intervals are too narrow (from 5 articles of "
            "skewed scores such an interval holds the true mean only about 70-80% of the time): read them as rough "
            "(the tests stay valid, but a real difference may not show with so few).")


def records(values_by_outlet: dict[str, list[float | None]]) -> list[dict]:
    return [
        {"id": f"{o}-{i}", "outlet": o, "words": 100, "date": f"2025-05-{i + 10:02d}", "scores": {SCORE: v, "hedge_per_1k": 1.0}}
        for o, vs in values_by_outlet.items()
        for i, v in enumerate(vs)
    ]


def scores_csv(path, values_by_outlet, scores=("hedge_per_1k",)):
    """A saved-scores CSV for `framing compare --scores`: one row an article (id, outlet, 500 words)
    giving its value to every score in `scores`; returns the file's path."""
    rows = [f"id,outlet,words,{','.join(scores)}"] + [f"{o}{i},{o},500,{','.join([str(v)] * len(scores))}"
                                                     for o, vs in values_by_outlet.items() for i, v in enumerate(vs)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_one_article_per_outlet_shows_differences_and_makes_no_claim():
    c = compare_outlets(records({"A": [8.5], "B": [2.0]}), [SCORE])
    assert c.tests == []
    assert [(r.outlet, r.n, r.mean, r.low, r.high) for r in c.profile] == [("A", 1, 8.5, None, None), ("B", 1, 2.0, None, None)]
    assert len(c.notes) == 1 and "no statistical claim is possible" in c.notes[0]


def test_two_outlets_get_mann_whitney_with_cliffs_delta_and_bh_over_scores():
    a, b = [1.0, 2.0, 3.0, 4.0, 5.0, 6.0], [4.0, 6.0, 7.0, 8.0, 9.0]
    recs = records({"A": a, "B": b})
    c = compare_outlets(recs, [SCORE, "hedge_per_1k"])
    mw = [t for t in c.tests if t.score == SCORE]
    assert len(mw) == 1
    t = mw[0]
    res = sps.mannwhitneyu(a, b, alternative="two-sided")
    assert (t.test, t.outlet_a, t.outlet_b) == ("Mann-Whitney U", "A", "B")
    # 4 and 6 are in both groups, which are small: the exact permutation p (462 splits), not the
    # normal approximation (0.0349), which is too small with ties
    assert (t.statistic, t.p) == pytest.approx((3.0, permutation_p(a, b)))
    assert t.p == pytest.approx(16 / 462) and res.pvalue == pytest.approx(0.034926, abs=1e-6)
    assert t.delta == pytest.approx(cliffs_delta(a, b))
    # hedge_per_1k is 1.0 everywhere: no test is possible (SciPy says p = 1), so it has no p-value
    # and stays out of the adjustment: the one score tested keeps its p.
    hedge = [t for t in c.tests if t.score == "hedge_per_1k"][0]
    assert (hedge.p, hedge.p_adjusted, hedge.delta) == (None, None, 0.0)
    assert t.p_adjusted == pytest.approx(16 / 462)
    prof = {(r.outlet, r.score): r for r in c.profile}
    assert prof[("A", SCORE)].mean == pytest.approx(3.5) and prof[("A", SCORE)].low is not None
    assert c.notes == ["hedge_per_1k: every article tested scores 1, so no test can tell the outlets apart "
                       "(no p-value; left out of the adjustment over scores).", rough("A (6)", "B (5)")]


def test_three_outlets_get_kruskal_then_pairwise_with_bh():
    groups = {"A": [1, 2, 3, 2, 1], "B": [2, 3, 4, 3, 5], "C": [8, 9, 7, 9, 10]}
    c = compare_outlets(records(groups), [SCORE])
    omnibus = [t for t in c.tests if t.test == "Kruskal-Wallis H"]
    assert omnibus[0].statistic == pytest.approx(sps.kruskal(*groups.values()).statistic)
    assert omnibus[0].p == kruskal_permutation_p(list(groups.values()))  # groups of 5: the permutation p
    pairs = [t for t in c.tests if t.outlet_b and t.test.endswith("(pairwise)")]
    assert [(t.outlet_a, t.outlet_b) for t in pairs] == [("A", "B"), ("A", "C"), ("B", "C")]
    raw = [permutation_p(groups[t.outlet_a], groups[t.outlet_b]) for t in pairs]  # ties in groups of 5: exact p
    assert raw == pytest.approx([20 / 252, 2 / 252, 2 / 252])
    assert [t.p_adjusted for t in pairs] == pytest.approx(list(sps.false_discovery_control(raw)))


def test_an_outlet_with_too_few_articles_is_left_out_with_a_note():
    c = compare_outlets(records({"A": [1, 2, 3, 4, 5], "B": [5, 6, 7, 8, 9], "C": [1, 2]}), [SCORE])
    assert [t.test for t in c.tests] == ["Mann-Whitney U"]
    # said once for the outlet, not again for every score (eleven lines of the same on the terminal)
    assert c.notes == ["C (2): fewer than 5 articles, so no intervals and no tests for these outlets.", rough("A (5)", "B (5)")]
    c_row = [r for r in c.profile if r.outlet == "C"][0]
    assert (c_row.n, c_row.low, c_row.high) == (2, None, None)



def test_an_outlet_with_enough_articles_but_too_few_values_of_a_score_gets_a_note_for_that_score():
    c = compare_outlets(records({"A": [1, 2, 3, 4, 5], "B": [5, 6, 7, 8, 9], "C": [1, None, None, None, 2]}), [SCORE, "hedge_per_1k"])
    assert c.notes[1:] == [f"{SCORE}: left out of the tests for C (2): fewer than 5 articles with a value.",
                           rough("A (5)", "B (5)", "C (5)")]
    assert c.notes[0].startswith("hedge_per_1k: every article tested scores 1, so no test")
    assert [(t.score, t.test) for t in c.tests if t.outlet_a is None] == [("hedge_per_1k", "Kruskal-Wallis H")]
    assert [(t.outlet_a, t.outlet_b) for t in c.tests if t.score == SCORE] == [("A", "B")]

def test_undefined_scores_are_not_values_and_unused_scores_are_dropped():
    recs = records({"A": [1, None, 3], "B": [2]})
    c = compare_outlets(recs, [SCORE, "biased_sentence_share"])
    assert c.scores == [SCORE]
    assert [(r.outlet, r.n, r.mean) for r in c.profile] == [("A", 2, 2.0), ("B", 1, 2.0)]
    assert "Too few articles for statistics" in c.notes[0]


def test_outlet_summary_counts_words_and_dates():
    c = compare_outlets(records({"A": [1, 2, 3], "B": [4]}), [SCORE])
    assert [(o.name, o.articles, o.words, o.first_date, o.last_date) for o in c.outlets] == [
        ("A", 3, 300, "2025-05-10", "2025-05-12"), ("B", 1, 100, "2025-05-10", "2025-05-10")]


def test_single_outlet_note():
    assert compare_outlets(records({"A": [1, 2]}), [SCORE]).notes[0].startswith("Only one outlet")


def test_articles_with_no_outlet_get_a_note_saying_how_to_name_it():
    recs = [{"outlet": None, "scores": {SCORE: v}} for v in (1.0, 2.0, 3.0)]
    [note] = compare_outlets(recs, [SCORE]).notes
    assert note.startswith("No article names its outlet, so all are counted as one")
    assert "in a manifest.csv beside the files (columns path, outlet, date, headline)" in note


def test_clear_differences_in_plain_words():
    recs = [{"outlet": o, "scores": {"hedge_per_1k": v, "booster_per_1k": 1.0}} for o, vals in
            (("A", [5, 6, 7, 8, 9, 10]), ("B", [1, 2, 3, 4, 5, 6])) for v in vals]
    c = compare_outlets(recs, ["hedge_per_1k", "booster_per_1k"])
    # 36 pairs: A higher in 33 (a=5 beats 1-4, a=6 beats 1-5, a>=7 beats all 6), lower in 1 (5 < 6), 2 ties
    delta = [t.delta for t in c.tests if t.score == "hedge_per_1k"][0]
    assert delta == pytest.approx((33 - 1) / 36)
    [line] = clear_differences(c)  # booster_per_1k is tied everywhere: nothing to say about it
    assert line.startswith("hedge_per_1k: an article of A scores higher than one of B in 94% of pairs")  # (33 + 2/2) / 36
    assert "Cliff's delta 0.89, large" in line


def test_a_clear_difference_in_a_count_says_that_longer_articles_have_more():
    """PolNeAR: 'attributions: an article of nyt scores higher than one of west-journal in 94% of
    pairs' is as much about article length as about sourcing; the sentence must say so."""
    recs = [{"outlet": o, "scores": {"attributions": v, "nonneutral_verb_share": v / 100}} for o, vals in
            (("A", [30, 31, 32, 33, 34, 35]), ("B", [1, 2, 3, 4, 5, 6])) for v in vals]
    lines = clear_differences(compare_outlets(recs, ["attributions", "nonneutral_verb_share"]))
    assert [l.split(":")[0] for l in lines] == ["nonneutral_verb_share", "attributions"]
    assert lines[1].endswith("adjusted p = 0.002). This score is a count per article, so longer articles have more: "
                             "compare the outlets' words per article too.")
    assert lines[0].endswith("adjusted p = 0.002).")


def test_rates_and_shares_come_before_counts_whatever_their_effect_sizes():
    """PolNeAR train, 7 publishers: ten of the twelve findings were counts (long nyt articles have
    more of everything), and 'hedge_per_1k: nyt vs breitbart, delta 0.53' was not listed at all."""
    counts = {"A": [30, 31, 32, 33, 34, 35], "B": [1, 2, 3, 4, 5, 6]}
    hedges = {"A": [5, 6, 7, 8, 9, 10], "B": [1, 2, 3, 4, 5, 6]}  # Cliff's delta 0.89, as above
    recs = [{"outlet": o, "scores": {"quotes": n, "attributions": n, "hedge_per_1k": h}}
            for o in counts for n, h in zip(counts[o], hedges[o])]
    c = compare_outlets(recs, ["quotes", "attributions", "hedge_per_1k"])
    effects = {t.score: abs(t.delta) for t in c.tests if t.outlet_b}
    assert effects["quotes"] == effects["attributions"] == 1.0 and 0 < effects["hedge_per_1k"] < 1.0
    assert [l.split(":")[0] for l in clear_differences(c)] == ["hedge_per_1k", "quotes", "attributions"]
    assert [l.split(":")[0] for l in clear_differences(c, limit=1)] == ["hedge_per_1k"]


def test_no_pairwise_claims_without_a_clear_kruskal_wallis():
    rows = [compare.TestRow("quotes", "Kruskal-Wallis H", None, None, 3.0, 0.2, 0.2),
            compare.TestRow("quotes", "Mann-Whitney U (pairwise)", "A", "B", 1.0, 0.01, 0.03, 0.9, "large")]
    assert clear_differences(Comparison([], ["quotes"], [], rows, [])) == []
    rows[0].p_adjusted = 0.01
    assert len(clear_differences(Comparison([], ["quotes"], [], rows, []))) == 1


def test_compare_tests_csv_keeps_tiny_p_values_checked_against_scipy(tmp_path):
    """p below 1e-6 was rounded to 0.0 in FILE.tests.csv (and the report's tables), then to 4
    significant digits, so BH recomputed from the file differed in the fourth digit; p-values are
    written as computed, and the CSV matches SciPy's Kruskal-Wallis, Mann-Whitney and BH; the
    Kruskal-Wallis row has its effect size, epsilon-squared = H / (n - 1)."""
    import csv

    from typer.testing import CliRunner

    from framing.cli import app

    values = {"Alpha": [float(i) for i in range(30)], "Beta": [100.0 + i for i in range(30)], "Gamma": [200.0 + i for i in range(30)]}
    scores_csv(tmp_path / "scores.csv", values)
    out = tmp_path / "cmp.csv"
    result = CliRunner().invoke(app, ["compare", "--scores", str(tmp_path / "scores.csv"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    tests = list(csv.DictReader((tmp_path / "cmp.tests.csv").open(encoding="utf-8", newline="")))
    kw = sps.kruskal(*values.values()).pvalue
    # the pairs, 30 against 30 without ties: the exact p, 2 of the C(60, 30) splits (it had been SciPy's normal 3.0e-11)
    pairs = [sps.mannwhitneyu(values[a], values[b], method="exact").pvalue for a, b in (("Alpha", "Beta"), ("Alpha", "Gamma"), ("Beta", "Gamma"))]
    assert pairs == pytest.approx([2 / math.comb(60, 30)] * 3, rel=1e-9)
    assert kw < 1e-15 and float(tests[0]["p"]) == pytest.approx(kw, rel=1e-3) and float(tests[0]["p_adjusted"]) == pytest.approx(kw, rel=1e-3)
    assert [float(t["p"]) for t in tests[1:]] == pytest.approx(pairs, rel=1e-3)
    assert [float(t["p_adjusted"]) for t in tests[1:]] == pytest.approx(list(sps.false_discovery_control(pairs)), rel=1e-3)
    # BH recomputed from the file's own p column gives the file's p_adjusted to the last digit
    file_p = [float(t["p"]) for t in tests[1:]]
    assert [float(t["p_adjusted"]) for t in tests[1:]] == pytest.approx(list(sps.false_discovery_control(file_p)), rel=1e-12)
    assert [t["cliffs_delta"] for t in tests[1:]] == ["-1.0", "-1.0", "-1.0"]
    h = sps.kruskal(*values.values()).statistic
    assert float(tests[0]["epsilon_squared"]) == pytest.approx(h / (90 - 1), abs=1e-4)  # all 90 articles rank apart by outlet
    assert float(tests[0]["epsilon_squared"]) > 0.26 and [t["epsilon_squared"] for t in tests[1:]] == ["", "", ""]
    assert all(float(t["p"]) > 0 for t in tests)


def test_compare_by_an_input_column_or_the_year_instead_of_the_outlet(tmp_path):
    """--by FIELD groups articles by a column of the input (kept in `metadata`) or by year/month of
    the date; articles without a value are one group of their own; a field no article has is an error."""
    import csv
    import json as json_module

    from typer.testing import CliRunner

    from framing.cli import app

    rows = [["id", "outlet", "date", "words", "hedge_per_1k", "metadata"]]
    for i in range(6):
        rows.append([f"a{i}", "Daily", f"2015-0{i + 1}-01", "500", str(float(i)), json_module.dumps({"event": "summit"})])
        rows.append([f"b{i}", "Daily", f"2016-0{i + 1}-01", "500", str(float(i + 10)), json_module.dumps({"event": "election"})])
    rows.append(["c0", "Weekly", "", "500", "3.0", ""])
    with (tmp_path / "scores.csv").open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    runner = CliRunner()
    means = {}
    for by in ("event", "year"):
        result = runner.invoke(app, ["compare", "--scores", str(tmp_path / "scores.csv"), "--by", by, "--out", str(tmp_path / f"{by}.json")])
        assert result.exit_code == 0, result.output
        assert f"groups: articles by {by!r}" in " ".join(result.stdout.split())
        table = json_module.loads((tmp_path / f"{by}.json").read_text())
        means[by] = {r["outlet"]: (r["n"], r["mean"]) for r in table["profile"] if r["score"] == "hedge_per_1k"}
        tests = [(t["outlet_a"], t["outlet_b"], t["cliffs_delta"]) for t in table["tests"] if t["score"] == "hedge_per_1k"]
        assert tests == [(list(means[by])[0], list(means[by])[1], -1.0)]  # the one-article group is left out of the tests
    assert means["event"] == {"summit": (6, 2.5), "election": (6, 12.5), "(no event)": (1, 3.0)}
    assert means["year"] == {"2015": (6, 2.5), "2016": (6, 12.5), "(no year)": (1, 3.0)}
    bad = runner.invoke(app, ["compare", "--scores", str(tmp_path / "scores.csv"), "--by", "author"])
    assert bad.exit_code == 1 and "--by author: no article has a value for it" in bad.output
    # the columns it could have named are listed (a misspelt column was told only "an input column kept in `metadata`")
    assert ("name one of the input's columns kept in `metadata` (event), or outlet, date, year, month or folder"
            in " ".join(bad.output.split()))


def test_one_outlet_is_a_note_not_a_test():
    c = compare_outlets([{"outlet": "Daily", "words": 500, "scores": {"hedge_per_1k": float(v)}} for v in range(6)], ["hedge_per_1k"])
    assert c.tests == [] and [r.n for r in c.profile] == [6]
    assert c.notes == ["Only one outlet: there is nothing to compare, so only its profile is shown (with --by, only one group).",
                       "Daily (6): fewer than 20 articles, so their 95% intervals are too narrow (from 5 articles of skewed scores "
                       "such an interval holds the true mean only about 70-80% of the time): read them as rough."]  # no test to speak of


def test_compare_command_names_an_outlet_with_too_few_articles_once(tmp_path):
    from typer.testing import CliRunner

    from framing.cli import app

    values = {"Alpha": range(6), "Beta": range(10, 16), "Tiny": range(2)}
    scores_csv(tmp_path / "scores.csv", values, ("hedge_per_1k", "booster_per_1k"))
    result = CliRunner().invoke(app, ["compare", "--scores", str(tmp_path / "scores.csv")])
    assert result.exit_code == 0, result.output
    notes = " ".join(result.stdout.split()).split("note ")[1:]
    assert [n.strip() for n in notes] == ["Tiny (2): fewer than 5 articles, so no intervals and no tests for these outlets.",
                                          rough("Alpha (6)", "Beta (6)")]


@pytest.mark.parametrize("by, expected", [
    ("year", {"2015": 3, "2016": 2, "(no year)": 2}),  # an ambiguous date, or one with month 13, has no year to go by
    ("month", {"2015-05": 2, "2016-01": 1, "(no month)": 4}),  # "2015" has no month
])
def test_compare_by_year_or_month_reads_dates_known_only_to_the_month_or_year(tmp_path, by, expected):
    from typer.testing import CliRunner

    from framing.cli import app

    (tmp_path / "news.csv").write_text("id,outlet,date,text\n" + "".join(
        f"{i},Daily,{d},Officials said the plan may fail.\n"
        for i, d in enumerate(["2015-05-14", "2015-05", "2015", "2016-01", "2016", "03/04/2016", "2016-13"])), encoding="utf-8")
    out = tmp_path / "by.json"
    result = CliRunner().invoke(app, ["compare", str(tmp_path / "news.csv"), "--no-model", "--by", by, "--out", str(out)])
    assert result.exit_code == 0, result.output
    import json as json_module

    table = json_module.loads(out.read_text(encoding="utf-8"))
    counts = {r["outlet"]: r["n"] for r in table["profile"] if r["score"] == "hedge_per_1k"}
    assert counts == expected


def test_compare_by_folder_groups_an_archive_kept_one_folder_per_outlet(tmp_path):
    import json as json_module

    from typer.testing import CliRunner

    from framing.cli import app

    for outlet, verb in (("bbc", "said"), ("fox", "claimed"), ("cnn", "said")):
        for i in range(5):
            (tmp_path / "news" / outlet).mkdir(parents=True, exist_ok=True)
            (tmp_path / "news" / outlet / f"{i}.txt").write_text(f"Story {i}\n\nThe minister {verb} the plan failed.\n", encoding="utf-8")
    runner = CliRunner()
    plain = runner.invoke(app, ["compare", str(tmp_path / "news"), "--no-model"])
    assert "files kept in one folder per outlet compare with --by folder." in " ".join(plain.stdout.split())
    out = tmp_path / "by.json"
    result = runner.invoke(app, ["compare", str(tmp_path / "news"), "--no-model", "--by", "folder", "--out", str(out)])
    assert result.exit_code == 0, result.output
    table = json_module.loads(out.read_text(encoding="utf-8"))
    assert {r["outlet"]: (r["n"], r["mean"]) for r in table["profile"] if r["score"] == "nonneutral_verb_share"} == {
        "bbc": (5, 0.0), "cnn": (5, 0.0), "fox": (5, 1.0)}


def test_outlet_names_that_differ_only_in_case_or_spacing_get_a_note():
    c = compare_outlets(records({"BBC": [1, 2, 3, 4, 5], "bbc": [2, 3, 4, 5, 6], "The Guardian": [1], "the guardian.": [2], "Fox": [3]}), [SCORE])
    assert c.notes[-3:] == [
        "'BBC' and 'bbc' differ only in case, spaces or punctuation: if they are one outlet, spell it one way in the input "
        "(they are compared as different outlets)",
        "'The Guardian' and 'the guardian.' differ only in case, spaces or punctuation: if they are one outlet, spell it one way "
        "in the input (they are compared as different outlets)",
        rough("BBC (5)", "bbc (5)"),
    ]
    assert not any("differ only" in n for n in compare_outlets(records({"A": [1], "B": [2]}), [SCORE]).notes)


def test_compare_command_notes_one_outlet_spelled_two_ways(tmp_path):
    from typer.testing import CliRunner

    from framing.cli import app

    scores_csv(tmp_path / "scores.csv", {o: range(5) for o in ("Reuters", "reuters ")})
    result = CliRunner().invoke(app, ["compare", "--scores", str(tmp_path / "scores.csv")])
    assert result.exit_code == 0, result.output
    assert ("note 'Reuters' and 'reuters ' differ only in case, spaces or punctuation: if they are one outlet, spell it one way "
            "in the input (they are compared as different outlets)") in " ".join(result.stdout.split())


def test_an_outlet_with_no_value_of_a_score_is_named_as_left_out_of_its_tests():
    """An outlet whose articles quote nobody has no loaded_quoted_per_1k at all: it was dropped from
    that score's tests with no word, while one with two values got a note."""
    recs = records({"A": [1, 2, 3, 4, 5], "B": [5, 6, 7, 8, 9], "C": [None] * 5})
    c = compare_outlets(recs, [SCORE])
    assert [(t.test, t.outlet_a, t.outlet_b) for t in c.tests] == [("Mann-Whitney U", "A", "B")]
    assert f"{SCORE}: left out of the tests for C (0): fewer than 5 articles with a value." in c.notes
    assert [(r.outlet, r.n, r.mean) for r in c.profile] == [("A", 5, 3.0), ("B", 5, 7.0), ("C", 0, None)]


@pytest.mark.parametrize("sizes, expected", [
    ({"A": 5, "B": 19}, rough("A (5)", "B (19)")),
    ({"A": 20, "B": 7}, rough("B (7)")),
    ({"A": 20, "B": 25}, None),
    ({"A": 20, "B": 3}, None),  # B gets no interval at all, which its own note says
])
def test_intervals_from_fewer_than_20_articles_are_called_rough(sizes, expected):
    c = compare_outlets(records({o: [float(i % 7) for i in range(n)] for o, n in sizes.items()}), [SCORE])
    assert [n for n in c.notes if "too narrow" in n] == ([expected] if expected else [])


def test_the_json_says_what_every_number_is():
    d = compare_outlets(records({"A": [1, 2, 3, 4, 5], "B": [5, 6, 7, 8, 9]}), [SCORE]).to_dict()
    m = d["methods"]
    assert m["interval"] == ("95% percentile bootstrap interval of the mean: 2000 resamples of whole articles with replacement, "
                             "seed 20080101; none below 5 articles, and too narrow below 20; from 20,000 articles the normal "
                             "interval, mean +/- 1.96 standard errors (the bootstrap gives it there within its own seed-to-seed "
                             "noise: 0.76 seed-to-seed SDs, 1.2% of the width at most, measured on skewed scores by "
                             "benchmarks/bootstrap_normal.py)")
    assert set(m) == {"unit", "mean", "interval", "two_groups", "more_groups", "cliffs_delta", "delta_ci", "epsilon_squared",
                      "epsilon_squared_ci", "epsilon_squared_by_chance", "p_method", "p_adjusted"}
    assert m["p_method"].startswith("how each row's p was computed: exact: from the exact null distribution")
    assert "Benjamini-Hochberg" in m["p_adjusted"] and "Romano" in m["cliffs_delta"] and "H / (n - 1)" in m["epsilon_squared"]


def test_unknown_score_names_are_named_with_the_scores_there_are():
    assert compare.unknown_scores(["hedge_per_1k", "quotes"]) is None
    message = compare.unknown_scores(["hedges", "quotes", "x"])
    assert message.startswith("unknown score 'hedges', 'x'; the scores are: loaded_author_per_1k, loaded_quoted_per_1k,")


def test_a_score_named_twice_is_compared_once():
    """`--score hedge_per_1k --score hedge_per_1k` had profiled and tested it twice, and the second
    copy doubled the family Benjamini-Hochberg adjusts over."""
    c = compare_outlets(records({"A": [1, 2, 3, 4, 5], "B": [6, 7, 8, 9, 10]}), [SCORE, SCORE])
    assert c.scores == [SCORE] and len(c.profile) == 2
    [t] = c.tests
    assert (t.p, t.p_adjusted, t.adjusted_over) == (pytest.approx(2 / 252), pytest.approx(2 / 252), "Benjamini-Hochberg over the 1 score tested")


def test_a_group_of_20000_articles_gets_the_normal_interval_and_one_below_the_bootstrap():
    """From NORMAL_FROM articles the interval is mean +/- 1.96 standard errors (the bootstrap's own
    answer there, within its seed-to-seed noise, at none of its cost); one article fewer, the bootstrap."""
    from framing.compare import NORMAL_FROM, bootstrap_mean_ci, compare_outlets

    rng = np.random.default_rng(2)
    big, below = np.round(rng.gamma(1.0, 3.0, NORMAL_FROM), 2), np.round(rng.gamma(1.0, 3.0, NORMAL_FROM - 1), 2)
    records = ([{"id": f"a{i}", "outlet": "A", "scores": {"hedge_per_1k": float(v)}} for i, v in enumerate(big)]
               + [{"id": f"b{i}", "outlet": "B", "scores": {"hedge_per_1k": float(v)}} for i, v in enumerate(below)])
    c = compare_outlets(records, ["hedge_per_1k"])
    a, b = c.profile
    half = 1.959963984540054 * big.std(ddof=1) / np.sqrt(NORMAL_FROM)
    assert (NORMAL_FROM, a.low, a.high) == (20_000, pytest.approx(big.mean() - half, abs=1e-12), pytest.approx(big.mean() + half, abs=1e-12))
    ci = bootstrap_mean_ci(below)
    assert (b.low, b.high) == (ci.low, ci.high)
    assert "from 20,000 articles the normal interval" in c.to_dict()["methods"]["interval"]


# --- scores that are not numbers (NaN, infinite) ---------------------------------------------------

def test_a_nan_or_infinite_score_is_left_out_with_a_note_not_carried_into_the_mean():
    # a CSV or JSONL from another tool may write NaN for a rate over zero words; carried on, it made
    # the outlet's mean NaN (invalid JSON in --out) and its Kruskal-Wallis test give no p, silently
    rows = records({"A": [1.0, 2.0, float("nan"), 3.0, 4.0, 5.0, 6.0], "B": [7.0, 8.0, 9.0, float("inf"), 10.0, 11.0, None]})
    c = compare_outlets(rows, [SCORE])
    assert [(r.outlet, r.n, r.mean, r.median) for r in c.profile] == [("A", 6, 3.5, 3.5), ("B", 5, 9.0, 9.0)]
    t = c.tests[0]
    assert (t.statistic, t.p, t.delta) == (0.0, pytest.approx(sps.mannwhitneyu([1, 2, 3, 4, 5, 6], [7, 8, 9, 10, 11]).pvalue), -1.0)
    assert t.p == pytest.approx(2 / 462)  # no ties: SciPy's exact p, 2 of the C(11, 5) = 462 splits as extreme
    assert c.notes[0] == (f"{SCORE}: left out where it is not a number (NaN or infinite): A (1 article), B (1 article); these "
                          "articles count for the other scores. A rate over zero words is missing, not a number: check the input.")


def test_score_arrays_group_by_outlet_in_order_and_count_what_is_not_a_number():
    rows = [{"outlet": o, "scores": {"quotes": v}} for o, v in
            [("B", 1), ("A", None), ("B", float("nan")), (None, 4), ("A", 2.5), ("B", 3)]]
    values, not_numbers = compare.score_arrays(rows, ["quotes", "hedge_per_1k"])
    assert {o: v.tolist() for o, v in values["quotes"].items()} == {"B": [1.0, 3.0], "A": [2.5], "(no outlet)": [4.0]}
    assert {o: v.tolist() for o, v in values["hedge_per_1k"].items()} == {"B": [], "A": [], "(no outlet)": []}
    assert not_numbers == {"quotes": {"B": 1}}
    assert compare.score_values(rows, ["quotes"]) == {"quotes": {"B": [1.0, 3.0], "A": [2.5], "(no outlet)": [4.0]}}


# --- the exact Mann-Whitney p for two groups over 8 ------------------------------------------------

def _tied(n: int, shape: float, seed: int) -> np.ndarray:
    return np.round(np.random.default_rng(seed).gamma(shape, 2.0, n), 1)  # rounded rates: ties and zeros


@pytest.mark.parametrize("n, m, method", [
    (9, 12, "exact"), (20, 20, "exact"), (35, 35, "exact"),  # 35 and 35: 1.4e7 cells of the 2e7 budget
    (50, 50, "normal"), (120, 120, "normal"),  # 5.6e7 and 3e9 cells: SciPy's normal approximation
])
def test_two_groups_over_eight_get_the_exact_p_within_the_budget(n, m, method):
    from framing.exact_rank_sum import exact_mann_whitney_p
    from framing.pairwise_rank_tests import SortedGroup, mann_whitney_sorted

    x, y = _tied(n, 1.0, n), _tied(m, 1.3, m + 1)
    t = mann_whitney(x, y)
    expected = exact_mann_whitney_p(x, y, cells=10**10) if method == "exact" else sps.mannwhitneyu(x, y).pvalue
    assert (t.method, t.p) == (method, pytest.approx(expected, rel=1e-9))
    assert t.p == pytest.approx(sps.mannwhitneyu(x, y).pvalue, abs=0.02)  # near the normal one, not it
    s = mann_whitney_sorted(SortedGroup.of(x), SortedGroup.of(y))  # the pairwise tests' road: the same row
    assert (s.statistic, s.p, s.method) == (t.statistic, pytest.approx(t.p, rel=1e-9), t.method)


def _outlets(count: int, articles: int) -> dict[str, np.ndarray]:
    """`count` outlets of rounded (tied) rates, each drawn from its own seed: o0 and o1 are the same
    articles however many outlets come after them."""
    return {f"o{o}": _tied(articles, 1.0 + 0.1 * o, o) for o in range(count)}


def _score_records(values: dict[str, np.ndarray]) -> list[dict]:
    return [{"id": f"{o}-{i}", "outlet": o, "words": 500, "scores": {"hedge_per_1k": float(v)}}
            for o, vs in values.items() for i, v in enumerate(vs)]


@pytest.mark.parametrize("articles, method", [
    (15, "exact"),  # 15 and 15: 1.1e6 cells
    (35, "exact"),  # 35 and 35 of rounded rates: 1.4e7 cells, within 2e7
    (50, "normal"),  # 50 and 50: 5.6e7 cells, past 2e7 whether 2 outlets or 7
])
def test_a_pair_gets_the_same_p_among_two_outlets_or_seven(articles, method):
    """A pair's p is chosen from its own two groups: o0 against o1 among 7 outlets gets the p (and
    p_method) the two-outlet test gives them.  It had been the score's budget of 1e8 cells shared by
    its pairs: 40 and 40 were exact among 3 outlets and normal among 9."""
    from framing.exact_rank_sum import EXACT_U_CELLS_LARGE, exact_mann_whitney_p, exact_u_cells

    values = _outlets(7, articles)
    (two,) = compare_outlets(_score_records({o: values[o] for o in ("o0", "o1")}), ["hedge_per_1k"]).tests
    seven = [t for t in compare_outlets(_score_records(values), ["hedge_per_1k"]).tests if t.test == "Mann-Whitney U (pairwise)"]
    assert len(seven) == 21 and (seven[0].outlet_a, seven[0].outlet_b) == ("o0", "o1")
    assert (two.statistic, two.p_method, two.delta) == (seven[0].statistic, seven[0].p_method, seven[0].delta) == (
        two.statistic, method, two.delta)
    assert two.p == pytest.approx(seven[0].p, rel=1e-12)
    x, y = values["o0"], values["o1"]
    assert (exact_u_cells(x, y) <= EXACT_U_CELLS_LARGE) == (method == "exact")
    reference = exact_mann_whitney_p(x, y, cells=10**12) if method == "exact" else sps.mannwhitneyu(x, y).pvalue
    assert two.p == pytest.approx(reference, rel=1e-9)
    assert {t.p_method for t in seven} == {method}  # every pair of these sizes alike


def test_a_scores_exact_work_is_at_most_its_pairs_times_the_budget_of_one_test(monkeypatch):
    """The cost stays bounded: no exact p of a pair costs more than EXACT_U_CELLS_LARGE cells, so the
    21 pairs of 7 outlets cost at most 21 x 2e7 (measured: 7 outlets of 35 articles, 11 scores, 231
    exact tests, 2.5 s CPU under load; 9 of 35, 396 tests, 4.9 s; 50 each: normal, 0.2 s)."""
    from framing import pairwise_rank_tests
    from framing.exact_rank_sum import EXACT_U_CELLS_LARGE, exact_mann_whitney_p, exact_u_cells

    spent: list[int] = []

    def counted(x, y, *, cells):
        p = exact_mann_whitney_p(x, y, cells=cells)
        if p is not None:
            spent.append(exact_u_cells(x, y))
        return p

    monkeypatch.setattr(pairwise_rank_tests, "exact_mann_whitney_p", counted)
    values = {**_outlets(5, 36), "o5": _tied(60, 1.5, 5), "o6": _tied(60, 1.6, 6)}  # two outlets too large for an exact pair
    tests = [t for t in compare_outlets(_score_records(values), ["hedge_per_1k"]).tests if t.test == "Mann-Whitney U (pairwise)"]
    methods = {(t.outlet_a, t.outlet_b): t.p_method for t in tests}
    assert len(spent) == 10 == list(methods.values()).count("exact")  # the 10 pairs among o0-o4
    assert methods[("o0", "o5")] == methods[("o5", "o6")] == "normal"
    assert max(spent) <= EXACT_U_CELLS_LARGE and sum(spent) <= len(tests) * EXACT_U_CELLS_LARGE


def test_cli_a_pair_gets_the_same_p_among_two_outlets_or_seven(tmp_path):
    """Through `framing compare --scores`: the tests file gives Alpha vs Beta the same p, exact, among
    7 outlets as alone (35 articles each: exact within its own budget)."""
    import csv

    from typer.testing import CliRunner

    from framing.cli import app

    names = ["Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta", "Eta"]
    values = {name: v for name, v in zip(names, _outlets(7, 35).values())}
    rows = {}
    for count in (2, 7):
        path = scores_csv(tmp_path / f"scores{count}.csv", {n: values[n] for n in names[:count]})
        result = CliRunner().invoke(app, ["compare", "--scores", str(path), "--out", str(tmp_path / f"c{count}.csv")])
        assert result.exit_code == 0, result.output
        rows[count] = [r for r in csv.DictReader((tmp_path / f"c{count}.tests.csv").open(encoding="utf-8", newline=""))
                       if (r["outlet_a"], r["outlet_b"]) == ("Alpha", "Beta")]
    (alone,), (among,) = rows[2], rows[7]
    assert (alone["test"], among["test"]) == ("Mann-Whitney U", "Mann-Whitney U (pairwise)")
    assert alone["p_method"] == among["p_method"] == "exact" and alone["statistic"] == among["statistic"]
    assert float(alone["p"]) == pytest.approx(float(among["p"]), rel=1e-12)
    from framing.exact_rank_sum import exact_mann_whitney_p

    assert float(alone["p"]) == pytest.approx(exact_mann_whitney_p(values["Alpha"], values["Beta"], cells=10**12), rel=1e-12)


def test_cli_two_outlets_of_twenty_tied_articles_get_the_exact_p(tmp_path):
    """`framing compare` on 20 articles an outlet with ties: SciPy's "auto" gave the normal approximation
    (0.0376, and p_method said "normal"); the exact permutation p is 0.0360."""
    import csv

    from typer.testing import CliRunner

    from framing.cli import app

    alpha = [3, 3, 3, 0, 0, 2, 2, 0, 2, 3, 1, 3, 0, 2, 1, 1, 3, 0, 7, 1]
    beta = [9, 8, 4, 1, 1, 6, 2, 2, 6, 1, 1, 1, 1, 1, 4, 4, 4, 3, 3, 5]
    scores_csv(tmp_path / "scores.csv", {"Alpha": alpha, "Beta": beta})
    result = CliRunner().invoke(app, ["compare", "--scores", str(tmp_path / "scores.csv"), "--out", str(tmp_path / "c.csv")],
                                env={"COLUMNS": "160"})
    assert result.exit_code == 0, result.output
    assert " hedge_per_1k  0.036   exact  0.036  -0.38 medium [-0.66, -0.02] " in result.output
    (row,) = csv.DictReader((tmp_path / "c.tests.csv").open(encoding="utf-8", newline=""))
    assert (row["statistic"], row["p_method"]) == ("124.0", "exact") and float(row["p"]) == pytest.approx(0.0360179778954, rel=1e-10)
    assert sps.mannwhitneyu(alpha, beta).pvalue == pytest.approx(0.037647, abs=1e-6)  # what it had been


def test_cli_two_outlets_past_the_budget_say_normal(tmp_path):
    import csv

    from typer.testing import CliRunner

    from framing.cli import app

    alpha, beta = _tied(150, 1.0, 1), _tied(150, 1.2, 2)  # 150 and 150: 5e9 cells of work, past 2e7
    scores_csv(tmp_path / "scores.csv", {"Alpha": alpha, "Beta": beta})
    result = CliRunner().invoke(app, ["compare", "--scores", str(tmp_path / "scores.csv"), "--out", str(tmp_path / "c.csv")],
                                env={"COLUMNS": "160"})
    assert result.exit_code == 0, result.output
    (row,) = csv.DictReader((tmp_path / "c.tests.csv").open(encoding="utf-8", newline=""))
    assert (row["p_method"], float(row["p"])) == ("normal", pytest.approx(sps.mannwhitneyu(alpha, beta).pvalue, rel=1e-3))
    assert "p from: normal (the normal approximation, corrected for ties; Mann-Whitney's for continuity too)." in " ".join(result.output.split())


@pytest.mark.parametrize("grouped_by", ["outlet", "month"])
def test_a_comparison_records_what_its_groups_are(grouped_by):
    records = [{"id": f"a{i}", "outlet": ["2016-03", "2016-04"][i % 2], "words": 100, "scores": {"quotes": i}} for i in range(10)]
    c = compare_outlets(records, ["quotes"], grouped_by=grouped_by)
    assert c.grouped_by == grouped_by and c.to_dict()["grouped_by"] == grouped_by
    assert [o.name for o in c.outlets] == ["2016-03", "2016-04"]


def test_the_kruskal_wallis_row_carries_epsilon_squareds_bootstrap_interval(monkeypatch):
    """Cliff's delta had its interval, epsilon-squared none: the Kruskal-Wallis row now has the
    interval `epsilon_squared_interval` gives its groups, in the tests table and --out JSON, with
    its method in words; from EPSILON_INTERVAL_MAX articles tested, none."""
    import framing.compare as compare
    from framing.comparison_statistics import epsilon_squared_interval

    values = {"A": [1, 2, 2, 3, 4, 9], "B": [2, 3, 3, 5, 6, 7], "C": [6, 8, 8, 9, 9, 12]}
    c = compare_outlets(records(values), [SCORE])
    row = next(t for t in c.test_table() if t["test"] == "Kruskal-Wallis H")
    low, high = epsilon_squared_interval(list(values.values()))
    assert (row["epsilon_squared_ci_low"], row["epsilon_squared_ci_high"]) == (round(low, 4), round(high, 4))
    assert low <= row["epsilon_squared"] <= high
    assert all(t["epsilon_squared_ci_low"] is None for t in c.test_table() if t["test"] != "Kruskal-Wallis H")
    assert c.to_dict()["methods"]["epsilon_squared_ci"].startswith("95% bias-corrected percentile bootstrap interval of epsilon_squared: 2,000 resamples")
    monkeypatch.setattr(compare, "EPSILON_INTERVAL_MAX", 18)  # 18 articles tested: past the limit
    row = next(t for t in compare_outlets(records(values), [SCORE]).test_table() if t["test"] == "Kruskal-Wallis H")
    assert row["epsilon_squared"] is not None and row["epsilon_squared_ci_low"] is None and row["epsilon_squared_ci_high"] is None


def test_every_kruskal_wallis_row_has_its_own_scores_epsilon_interval_when_the_draws_are_shared():
    """compare_outlets bootstraps every score's epsilon-squared in one call (scores with groups of the
    same sizes share their draws): each row still carries the interval its own groups give, a score
    defined for fewer articles (other sizes) too."""
    from framing.comparison_statistics import epsilon_squared_interval

    rng = np.random.default_rng(3)
    rows = [{"id": f"{o}{i}", "outlet": o, "words": 500,
             "scores": {"quotes": int(rng.poisson(3 + k)), "hedge_per_1k": round(float(rng.gamma(2, 2 + k)), 1),
                        "quote_share": None if i % 3 == 0 else round(float(rng.beta(2, 4 + k)), 2)}}
            for k, o in enumerate("ABC") for i in range(40)]
    c = compare_outlets(rows, ["quotes", "hedge_per_1k", "quote_share"])
    for score in ("quotes", "hedge_per_1k", "quote_share"):
        groups = [[r["scores"][score] for r in rows if r["outlet"] == o and r["scores"][score] is not None] for o in "ABC"]
        row = next(t for t in c.tests if t.score == score and t.test == "Kruskal-Wallis H")
        assert row.epsilon_squared_interval == epsilon_squared_interval(groups)
    assert [len(g) for g in groups] == [26, 26, 26]  # quote_share: groups of other sizes than the 40s


def test_the_kruskal_wallis_row_says_what_epsilon_squared_gives_by_chance():
    """(k - 1) / (n - 1) beside the estimate, over the groups and articles tested: 3 outlets of 6."""
    values = {"A": [1, 2, 2, 3, 4, 9], "B": [2, 3, 3, 5, 6, 7], "C": [6, 8, 8, 9, 9, 12]}
    c = compare_outlets(records(values), [SCORE])
    rows = {t["test"]: t for t in c.test_table()}
    assert rows["Kruskal-Wallis H"]["epsilon_squared_by_chance"] == round(2 / 17, 4) == 0.1176
    assert rows["Mann-Whitney U (pairwise)"]["epsilon_squared_by_chance"] is None
    assert c.to_dict()["methods"]["epsilon_squared_by_chance"].startswith("what epsilon_squared averages when the groups do not differ")

"""`framing compare` on a teacher's folder: 3 outlets of 1-3 articles.  Nothing may pretend: no p-value,
no interval, no methods text for tests that were never run, and a plain sentence saying why.  The
profile had been titled "Mean per outlet [95% bootstrap interval]" above a table with no interval,
its caption describing the bootstrap, and --out FILE.json's methods describing Mann-Whitney,
Kruskal-Wallis and Benjamini-Hochberg for a comparison with no test."""

from __future__ import annotations

import json
import re

import pytest
from scipy import stats as sps
from typer.testing import CliRunner

from framing.cli import app
from framing.compare import compare_outlets
from framing.comparison_notes import _least_p

ARTICLES = {  # file -> (outlet, text): the same Senate vote, told three ways
    "fox1.txt": ("Fox", "Senate rejects the plan\n\n\"It was a disgraceful farce,\" said Senator Jane Smith. The vote failed on Tuesday.\n"),
    "fox2.txt": ("Fox", "Lawmakers slam the bill\n\nThe reckless bill would certainly bankrupt the state, officials said.\n"),
    "fox3.txt": ("Fox", "Plan dies in the Senate\n\nThe plan died on Tuesday. Republicans said it might return next year.\n"),
    "hpo1.txt": ("HuffPost", "Plan fails in the Senate\n\nThe senator said the plan was doomed. It may perhaps come back.\n"),
    "hpo2.txt": ("HuffPost", "Republicans block the plan\n\nRepublicans blocked a plan that experts said could possibly help millions.\n"),
    "nyt1.txt": ("NYT", "Senate vote on the plan\n\nThe Senate voted on the plan on Tuesday. The plan did not pass.\n"),
}
WHY = ("No p-value is given, nor an interval, because with so few articles a difference between the means may be a difference "
       "between these particular articles, not between the outlets (an outlet of one article has no spread to weigh a "
       "difference against; 3 articles against 2 cannot give a p below 0.2, however far apart they score).")


@pytest.mark.parametrize("a, b, separated, least", [
    # the smallest two-sided p of a rank test: 2 of the C(a + b, a) splits; SciPy's exact p of two groups far apart
    (3, 2, ([10, 11, 12], [1, 2]), 0.2),
    (2, 2, ([10, 11], [1, 2]), 1 / 3),
    (4, 4, ([10, 11, 12, 13], [1, 2, 3, 4]), 2 / 70),
    (5, 5, ([10, 11, 12, 13, 14], [1, 2, 3, 4, 5]), 2 / 252),
])
def test_the_least_p_of_so_few_articles_is_scipys_for_groups_far_apart(a, b, separated, least):
    assert _least_p(a, b) == pytest.approx(least) == pytest.approx(sps.mannwhitneyu(*separated, method="exact").pvalue)


@pytest.mark.parametrize("sizes, why", [
    ({"Fox": 3, "HuffPost": 2, "NYT": 1}, WHY),
    ({"Fox": 4, "HuffPost": 4}, "No p-value is given, nor an interval, because with so few articles a difference between the means "
                                "may be a difference between these particular articles, not between the outlets."),  # 2/70 < 0.05
    ({"Fox": 2, "HuffPost": 2}, "No p-value is given, nor an interval, because with so few articles a difference between the means "
                                "may be a difference between these particular articles, not between the outlets (2 articles "
                                "against 2 cannot give a p below 0.33, however far apart they score)."),
])
def test_a_classroom_comparison_has_no_test_no_interval_and_says_why(sizes, why):
    records = [{"id": f"{o}{i}", "outlet": o, "words": 100, "scores": {"hedge_per_1k": float(10 * i)}}
               for o, n in sizes.items() for i in range(n)]
    c = compare_outlets(records, ["hedge_per_1k"])
    assert c.tests == [] and all(r.low is None and r.high is None for r in c.profile)
    assert [(r.outlet, r.n, r.mean) for r in c.profile] == [(o, n, 10 * (n - 1) / 2) for o, n in sizes.items()]
    (note,) = c.notes
    assert note.endswith(why)
    m = c.to_dict()["methods"]
    assert set(m) == {"unit", "mean", "interval", "tests"}  # no Mann-Whitney, Kruskal-Wallis or adjustment described
    assert m["interval"].startswith("none: no group has 5 articles with a value of a score")
    assert m["tests"].startswith("none: a test needs at least two groups with 5 articles")


def test_one_outlet_with_enough_articles_beside_two_without_has_its_interval_called_rough_and_no_test():
    """Fox 6, HuffPost 2, NYT 1: Fox's interval is shown, so the note says which outlets have none, and the
    interval from 6 articles is called rough (that note had been given only where there were tests)."""
    records = [{"id": f"{o}{i}", "outlet": o, "words": 100, "scores": {"hedge_per_1k": float(i)}}
               for o, n in (("Fox", 6), ("HuffPost", 2), ("NYT", 1)) for i in range(n)]
    c = compare_outlets(records, ["hedge_per_1k"])
    assert c.tests == [] and [r.low is not None for r in c.profile] == [True, False, False]
    assert c.notes == [
        "Too few articles for statistics: tests need at least 5 articles per outlet in at least two outlets, and an interval 5 "
        "in its outlet (Fox: 6, HuffPost: 2, NYT: 1). The means are shown; treat differences as descriptive only. No p-value is "
        "given, nor an interval for HuffPost or NYT, because with so few articles a difference between the means may be a "
        "difference between these particular articles, not between the outlets (an outlet of one article has no spread to "
        "weigh a difference against; 6 articles against 2 cannot give a p below 0.071, however far apart they score).",
        "Fox (6): fewer than 20 articles, so their 95% intervals are too narrow (from 5 articles of skewed scores such an "
        "interval holds the true mean only about 70-80% of the time): read them as rough."]
    assert _least_p(6, 2) == pytest.approx(2 / 28)
    m = c.to_dict()["methods"]
    assert set(m) == {"unit", "mean", "interval", "tests"} and m["interval"].startswith("95% percentile bootstrap")


def test_enough_articles_keep_every_method():
    records = [{"id": f"{o}{i}", "outlet": o, "words": 100, "scores": {"hedge_per_1k": float(i + 3 * k)}}
               for k, o in enumerate(("Fox", "NYT")) for i in range(5)]
    m = compare_outlets(records, ["hedge_per_1k"]).to_dict()["methods"]
    assert "tests" not in m and {"two_groups", "p_method", "p_adjusted"} <= set(m) and m["interval"].startswith("95% percentile")


def test_cli_a_teachers_folder_scored_then_compared_shows_means_only_and_says_why(tmp_path):
    folder = tmp_path / "senate"
    folder.mkdir()
    for name, (_, text) in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "manifest.csv").write_text("path,outlet\n" + "".join(f"{n},{o}\n" for n, (o, _) in ARTICLES.items()), encoding="utf-8")
    runner = CliRunner()
    scored = runner.invoke(app, ["score", str(folder), "--no-model", "--out", str(tmp_path / "scores.jsonl")])
    assert scored.exit_code == 0, scored.output
    for args in (["--scores", str(tmp_path / "scores.jsonl")], [str(folder), "--no-model"]):  # saved scores, or the folder itself
        result = runner.invoke(app, ["compare", *args, "--out", str(tmp_path / "c.json")], env={"COLUMNS": "100"})
        assert result.exit_code == 0, result.output
        out = result.stdout
        assert out.splitlines()[0].strip() == "Mean per outlet (no intervals: too few articles)"
        header = next(line for line in out.splitlines() if line.split()[:1] == ["score"])
        assert header.split() == ["score", "(n=3)", "(n=2)", "(n=1)"]
        text = " ".join(out.split())
        assert "No 95% intervals: no outlet has 5 articles with a value, and an interval from fewer would only repeat how " \
               "these few articles differ" in text
        assert "note Too few articles for statistics: tests need at least 5 articles per outlet in at least two outlets, and " \
               "an interval 5 in its outlet (Fox: 3, HuffPost: 2, NYT: 1). The means are shown; treat differences as descriptive only. " + WHY in text
        assert not re.search(r"\[[-\d.]+, [-\d.]+\]", out) and "p adj" not in out and "bootstrap" not in out
        saved = json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))
        assert saved["tests"] == [] and {r["ci_low"] for r in saved["profile"]} == {None}
        assert set(saved["methods"]) == {"unit", "mean", "interval", "tests"}
        hedge = {r["outlet"]: (r["n"], r["mean"]) for r in saved["profile"] if r["score"] == "hedge_per_1k"}
        assert [n for n, _ in hedge.values()] == [3, 2, 1] and hedge["NYT"][1] == 0.0

"""`framing compare` the way a user calls it (more of its tests: tests/test_compare.py, tests/test_report.py)."""

from __future__ import annotations

import csv
import io
import itertools
import shutil

import numpy as np
import pytest
from scipy import stats as sps
from typer.testing import CliRunner

from framing.cli import app
from framing.exact_rank_sum import exact_mann_whitney_p

# SciPy's exact permutation test (every split enumerated): compare's p for small groups with ties
EXACT = sps.PermutationMethod(n_resamples=np.inf)
runner = CliRunner()


@pytest.fixture()
def two_files_no_manifest(seeds_dir, tmp_path):
    """A teacher's folder: two articles saved as text, no manifest naming their outlets."""
    folder = tmp_path / "news"
    folder.mkdir()
    shutil.copy(seeds_dir / "independent-putin-no-show.txt", folder / "guardian-0514.txt")
    shutil.copy(seeds_dir / "ogmnews-putin-skips-talks.txt", folder / "telegraph-0514.txt")
    return folder


def test_two_files_naming_no_outlet_are_compared_under_their_file_names(two_files_no_manifest, tmp_path):
    # as `framing report` shows them; compare put both under "(no outlet)" and said there was nothing to compare
    out = tmp_path / "outlets.csv"
    result = runner.invoke(app, ["compare", str(two_files_no_manifest), "--no-model", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "No article names its outlet, so each is shown under its file name (guardian-0514, telegraph-0514)." in " ".join(result.stdout.split())
    assert "(no outlet)" not in result.stdout
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    words = {r["outlet"]: r for r in rows if r["score"] == "attributions"}
    assert set(words) == {"guardian-0514", "telegraph-0514"}
    assert [words[o]["n"] for o in ("guardian-0514", "telegraph-0514")] == ["1", "1"]


@pytest.mark.parametrize("extra, expected", [
    (["--outlet", "The Daily Example"], {"The Daily Example"}),  # an outlet named: one outlet, as asked
    (["--by", "outlet"], None),  # --by groups as asked, never by file
])
def test_files_are_not_renamed_when_an_outlet_or_a_grouping_is_given(two_files_no_manifest, tmp_path, extra, expected):
    out = tmp_path / "outlets.csv"
    result = runner.invoke(app, ["compare", str(two_files_no_manifest), "--no-model", "--out", str(out), *extra])
    if expected is None:
        assert result.exit_code == 1
        assert "--by outlet: no article has a value for it" in result.stderr
        return
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert {r["outlet"] for r in rows} == expected


def test_five_files_naming_no_outlet_count_as_one_outlet(seeds_dir, tmp_path):
    # past a teacher's few files, names by file would be noise: one "(no outlet)", and the note says what to do
    folder = tmp_path / "news"
    folder.mkdir()
    for i in range(5):
        shutil.copy(seeds_dir / "independent-putin-no-show.txt", folder / f"a{i}.txt")
    out = tmp_path / "outlets.csv"
    result = runner.invoke(app, ["compare", str(folder), "--no-model", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert {(r["outlet"], r["n"]) for r in csv.DictReader(io.StringIO(out.read_text(encoding="utf-8")))} == {("(no outlet)", "5")}
    assert "No article names its outlet, so all are counted as one" in " ".join(result.stdout.split())
    assert "shown but left out of the tests" not in result.stdout  # one note, not a second about the only group


def test_the_terminal_table_keeps_every_score_name_whole_with_five_outlets(tmp_path, monkeypatch):
    # on an 80-column terminal the names were folded: "loaded_auth" over "or_per_1k", read as two rows
    import json

    from framing.score import SCORES

    monkeypatch.setenv("COLUMNS", "80")
    outlets = ["Daily Ledger", "The Courier", "Metro Wire", "Evening Post", "Northern Star"]
    saved = tmp_path / "scores.jsonl"
    with saved.open("w", encoding="utf-8") as f:
        for i in range(50):
            scores = {name: round(10 + (i * 7 % 13) + k / 10, 2) for k, name in enumerate(SCORES)}
            f.write(json.dumps({"id": f"a{i}", "outlet": outlets[i % 5], "date": "2025-05-14", "words": 800, "scores": scores}) + "\n")
    result = runner.invoke(app, ["compare", "--scores", str(saved)])
    assert result.exit_code == 0, result.output
    profile = result.stdout.split("Kruskal-Wallis")[0]  # the table of means (the tests table below has room for the names)
    first_cells = [line.split()[0] for line in profile.splitlines() if line.strip()]
    for name in SCORES:
        assert name in first_cells, f"{name} is not whole in:\n{profile}"


def test_by_a_column_names_the_group_without_it_after_the_column(tmp_path):
    # articles with no event were "(no outlet)" under a "Mean per outlet" title, though each had an outlet
    import json

    saved = tmp_path / "scores.jsonl"
    with saved.open("w", encoding="utf-8") as f:
        for i, event in enumerate(["dam", "dam", None]):
            f.write(json.dumps({"id": f"a{i}", "outlet": "Global Wire", "words": 500, "scores": {"hedge_per_1k": float(i)},
                                "metadata": {"event": event} if event else {}}) + "\n")
    out = tmp_path / "events.csv"
    result = runner.invoke(app, ["compare", "--scores", str(saved), "--by", "event", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "Mean per event (no intervals: too few articles)" in " ".join(result.stdout.split())  # 3 articles: no interval promised
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [(r["outlet"], r["n"], r["mean"]) for r in rows] == [("dam", "2", "0.5"), ("(no event)", "1", "2.0")]


@pytest.mark.parametrize("by, grouped_by, groups", [
    ([], "outlet", ["Global Wire", "Ledger"]),
    (["--by", "event"], "event", ["dam", "vote"]),
    (["--by", "month"], "month", ["2016-03", "2016-04"]),
])
def test_the_json_says_what_its_groups_are(tmp_path, by, grouped_by, groups):
    """`--by month --out m.json`: the groups sat in `outlet` fields, and nothing in the file said they
    were months; the repeated-text line said "each counted in its outlet's figures" of months too."""
    import json

    saved = tmp_path / "scores.jsonl"
    with saved.open("w", encoding="utf-8") as f:
        for i in range(12):
            f.write(json.dumps({"id": f"a{i}", "outlet": ["Global Wire", "Ledger"][i % 2], "date": f"2016-0{3 + i // 6}-1{i % 6}",
                                "words": 500, "scores": {"hedge_per_1k": float(i)}, "metadata": {"event": ["dam", "vote"][i // 6]},
                                "warnings": ["exact duplicate: the same text as news.csv, line 11 (this article: line 12)"] if i == 11 else []}) + "\n")
    out = tmp_path / "groups.json"
    result = runner.invoke(app, ["compare", "--scores", str(saved), *by, "--out", str(out)])
    assert result.exit_code == 0, result.output
    saved_comparison = json.loads(out.read_text(encoding="utf-8"))
    assert saved_comparison["grouped_by"] == grouped_by and [o["name"] for o in saved_comparison["outlets"]] == groups
    assert f"(each counted in its {grouped_by}'s figures;" in " ".join(result.stderr.split())


def test_three_outlets_show_epsilon_squared_in_the_terminal_as_in_the_tests_file(tmp_path, monkeypatch):
    """The Kruskal-Wallis rows had an empty effect-size cell: epsilon-squared was only in --out."""
    import json

    from framing.score import SCORES

    monkeypatch.setenv("COLUMNS", "120")
    outlets = ["Fox", "NYT", "HuffPost"]
    saved = tmp_path / "scores.jsonl"
    with saved.open("w", encoding="utf-8") as f:
        for i in range(30):  # NYT's loaded_author_per_1k clearly higher than the others'
            scores = {name: round(5 + (i * 7 % 11) / 10 + (20 if name == "loaded_author_per_1k" and i % 3 == 1 else 0), 2) for name in SCORES}
            f.write(json.dumps({"id": f"a{i}", "outlet": outlets[i % 3], "words": 800, "scores": scores}) + "\n")
    result = runner.invoke(app, ["compare", "--scores", str(saved), "--out", str(tmp_path / "cmp.csv")])
    assert result.exit_code == 0, result.output
    tests = list(csv.DictReader(io.StringIO((tmp_path / "cmp.tests.csv").read_text(encoding="utf-8"))))
    kw = next(r for r in tests if r["score"] == "loaded_author_per_1k" and r["outlet_b"] == "")
    assert float(kw["epsilon_squared"]) > 0.5  # the outlets differ on it
    row = next(line for line in result.stdout.splitlines() if line.split()[:2] == ["loaded_author_per_1k", "all"])
    low, high = float(kw["epsilon_squared_ci_low"]), float(kw["epsilon_squared_ci_high"])
    assert low < float(kw["epsilon_squared"]) < high  # its bootstrap interval, beside it as in the tests file
    assert row.split()[-4:] == ["ε²", f"{float(kw['epsilon_squared']):.3f}", f"[{low:.3f},", f"{high:.3f}]"]
    assert runner.invoke(app, ["compare", "--scores", str(saved), "--out", str(tmp_path / "cmp.json")]).exit_code == 0
    saved_json = json.loads((tmp_path / "cmp.json").read_text(encoding="utf-8"))
    kw_json = next(r for r in saved_json["tests"] if r["score"] == "loaded_author_per_1k" and r["outlet_b"] is None)
    assert (kw_json["epsilon_squared_ci_low"], kw_json["epsilon_squared_ci_high"]) == (low, high)
    pair = next(line for line in result.stdout.splitlines() if line.split()[:2] == ["loaded_author_per_1k", "NYT"] or
                line.split()[:4] == ["loaded_author_per_1k", "Fox", "vs", "NYT"])
    assert "δ " in pair  # a pair's effect size is Cliff's delta, marked as such
    assert "epsilon-squared (ε², 0 to 1" in " ".join(result.stdout.split())


def test_files_naming_no_outlet_beside_rows_that_name_theirs_are_each_under_their_file_name(seeds_dir, tmp_path):
    """Two text files and two CSV rows with outlets: the files were averaged as one '(no outlet)'
    of n=2 (two different papers), in compare and in the report alike."""
    folder = tmp_path / "news"
    folder.mkdir()
    shutil.copy(seeds_dir / "independent-putin-no-show.txt", folder / "guardian-0514.txt")
    shutil.copy(seeds_dir / "ogmnews-putin-skips-talks.txt", folder / "telegraph-0514.txt")
    (folder / "rows.csv").write_text("id,outlet,title,text\n1,Paper A,Dam,The minister slammed the plan.\n"
                                     "2,Paper B,Dam,The minister criticised the plan.\n", encoding="utf-8")
    note = ("2 of the 4 articles name no outlet, so each is shown under its file name (guardian-0514, telegraph-0514). "
            "Name each file's outlet in a manifest.csv")
    result = runner.invoke(app, ["compare", str(folder), "--no-model"])
    assert result.exit_code == 0, result.output
    text = " ".join(result.stdout.split())
    assert note in text and "(no outlet)" not in text
    assert "guardian-0514" in text and "Paper A" in text
    report = runner.invoke(app, ["report", str(folder), "--no-model", "--out", str(tmp_path / "r.html")])
    assert report.exit_code == 0, report.output
    shown = " ".join(report.output.split())  # the report's terminal summary, with the notes the page shows
    assert note in shown and "(no outlet)" not in shown and "guardian-0514" in shown


def _saved_scores(path, outlets, per_outlet=10):
    import json

    from framing.score import SCORES

    with path.open("w", encoding="utf-8") as f:
        for i in range(per_outlet * len(outlets)):
            scores = {name: round(10 + (i * 7 % 13) + k / 10, 2) for k, name in enumerate(SCORES)}
            f.write(json.dumps({"id": f"a{i}", "outlet": outlets[i % len(outlets)], "date": "2025-05-14", "words": 800, "scores": scores}) + "\n")


EIGHT = ["Chicago Tribune", "Washington Post", "New York Times", "Wall Street Journal", "Fox News", "HuffPost", "Guardian", "Breitbart"]


def test_eight_outlets_on_80_columns_are_one_row_each_with_no_name_or_interval_broken(tmp_path, monkeypatch):
    # the wide table had given each outlet five columns: "Chic / ago / Trib / une", intervals over three lines
    monkeypatch.setenv("COLUMNS", "80")
    _saved_scores(tmp_path / "s.jsonl", EIGHT)
    result = runner.invoke(app, ["compare", "--scores", str(tmp_path / "s.jsonl")])
    assert result.exit_code == 0, result.output
    profile = result.stdout.split("Kruskal-Wallis")[0]
    rows = [line for line in profile.splitlines() if "Wall Street Journal" in line]
    assert len(rows) == len(__import__("framing.score", fromlist=["SCORES"]).SCORES)  # one row a score
    assert profile.splitlines()[2].split() == ["score", "outlet", "n", "mean", "95%", "interval"]
    first = next(line for line in profile.splitlines() if line.lstrip().startswith("loaded_author_per_1k"))
    assert first.split() == ["loaded_author_per_1k", "Chicago", "Tribune", "10", "16.3", "[13.9,", "18.7]"]
    assert all(line.count("[") == line.count("]") for line in profile.splitlines())  # no interval split over lines


def test_outlets_that_fit_keep_one_column_each(tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    _saved_scores(tmp_path / "s.jsonl", EIGHT)
    result = runner.invoke(app, ["compare", "--scores", str(tmp_path / "s.jsonl")])
    header = next(line for line in result.stdout.splitlines() if "Chicago Tribune" in line)
    assert header.split() == "Chicago Tribune Washington Post New York Times Wall Street Journal Fox News HuffPost Guardian Breitbart".split()


def test_articles_read_with_input_warnings_are_counted_on_the_terminal(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("Headline one\nThe minister said the plan was a disgrace.\n", encoding="utf-8")
    (folder / "b.txt").write_text("Headline two\nThe mayor said the plan was fine.\n", encoding="utf-8")
    (folder / "manifest.csv").write_text("file,outlet,date\na.txt,Daily,03/04/2024\nb.txt,Herald,2024-01-02\n", encoding="utf-8")
    result = runner.invoke(app, ["compare", str(folder), "--no-model"])
    assert result.exit_code == 0, result.output
    assert ("1 article with input warnings (`framing score` keeps them in each article's warnings); "
            "the first: a: date '03/04/2024' is ambiguous") in " ".join(result.stderr.split())
    result = runner.invoke(app, ["report", str(folder), "--no-model", "--out", str(tmp_path / "r.html")])
    assert result.exit_code == 0, result.output
    assert ("1 article with input warnings (each article's notes on how its text was read, in the report); "
            "the first: a: date '03/04/2024' is ambiguous") in " ".join(result.stderr.split())


def test_an_unreadable_file_is_named_as_it_is_even_with_brackets(tmp_path):
    # rich read "[draft]" as markup and dropped it from the error line
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("Headline one\nThe minister said the plan was a disgrace.\n", encoding="utf-8")
    (folder / "b[draft].txt").write_text("", encoding="utf-8")
    result = runner.invoke(app, ["compare", str(folder), "--no-model"])
    assert result.exit_code == 0, result.output
    assert f"error {folder / 'b[draft].txt'}: " in result.stderr


def _write_scores(path, rows):
    import json

    with path.open("w", encoding="utf-8") as f:
        for i, (outlet, scores) in enumerate(rows):
            f.write(json.dumps({"id": f"a{i}", "outlet": outlet, "words": 800, "scores": scores}) + "\n")


def test_a_score_every_article_shares_gets_no_p_value_and_does_not_inflate_the_others(tmp_path):
    """BASIL-like: no outlet has a single booster.  SciPy gives the all-tied Mann-Whitney p = 1.0;
    it was reported as a test and counted in the Benjamini-Hochberg family, doubling hedge's p."""
    from scipy import stats as sps

    hedge = {"A": [5, 6, 7, 8, 9, 10], "B": [1, 2, 3, 4, 5, 6]}
    rows = [(o, {"hedge_per_1k": v, "booster_per_1k": 0.0}) for o, vs in hedge.items() for v in vs]
    _write_scores(tmp_path / "s.jsonl", rows)
    result = runner.invoke(app, ["compare", "--scores", str(tmp_path / "s.jsonl"), "--out", str(tmp_path / "c.csv")])
    assert result.exit_code == 0, result.output
    tests = {r["score"]: r for r in csv.DictReader(io.StringIO((tmp_path / "c.tests.csv").read_text(encoding="utf-8")))}
    # 5 and 6 are in both groups of six: the exact permutation p (SciPy enumerating all 924 splits)
    p = sps.mannwhitneyu(hedge["A"], hedge["B"], alternative="two-sided", method=EXACT).pvalue
    assert float(tests["hedge_per_1k"]["p_adjusted"]) == pytest.approx(p, rel=1e-3)  # alone in its family: not 2p
    assert tests["hedge_per_1k"]["adjusted_over"] == "Benjamini-Hochberg over the 1 score tested"
    assert (tests["booster_per_1k"]["p"], tests["booster_per_1k"]["p_adjusted"], tests["booster_per_1k"]["adjusted_over"]) == ("", "", "")
    assert ("booster_per_1k: every article tested scores 0, so no test can tell the outlets apart "
            "(no p-value; left out of the adjustment over scores).") in " ".join(result.stdout.split())


def test_the_tests_file_says_which_family_each_p_value_was_adjusted_over(tmp_path):
    """Kruskal-Wallis p-values are adjusted over the scores, pairwise ones over the pairs of their
    score: a methods section needs both, and the tests file did not say."""
    from scipy import stats as sps
    from scipy.stats import false_discovery_control

    values = {"A": [1, 2, 3, 4, 5, 6], "B": [4, 5, 6, 7, 8, 9], "C": [8, 9, 10, 11, 12, 13]}
    rows = [(o, {"hedge_per_1k": v, "quote_share": v / 20 + (0.3 if o == "B" else 0)}) for o, vs in values.items() for v in vs]
    _write_scores(tmp_path / "s.jsonl", rows)
    result = runner.invoke(app, ["compare", "--scores", str(tmp_path / "s.jsonl"), "--out", str(tmp_path / "c.csv")])
    assert result.exit_code == 0, result.output
    tests = list(csv.DictReader(io.StringIO((tmp_path / "c.tests.csv").read_text(encoding="utf-8"))))
    pairs = [r for r in tests if r["score"] == "hedge_per_1k" and r["outlet_b"]]
    by_hand = false_discovery_control([sps.mannwhitneyu(values[r["outlet_a"]], values[r["outlet_b"]], method=EXACT).pvalue for r in pairs])
    assert [float(r["p_adjusted"]) for r in pairs] == pytest.approx(list(by_hand), rel=1e-3)
    assert {r["adjusted_over"] for r in pairs} == {"Benjamini-Hochberg over the 3 pairs of this score"}
    assert {r["adjusted_over"] for r in tests if not r["outlet_b"]} == {"Benjamini-Hochberg over the 2 scores tested"}
    assert ("Kruskal-Wallis (all), then pairwise Mann-Whitney U (p adj: Benjamini-Hochberg over the 2 scores tested for Kruskal-Wallis, "
            "over each score's pairs for a pair)") in " ".join(result.stdout.split())


@pytest.mark.parametrize("columns", ["60", "200"])
def test_a_score_undefined_for_some_articles_shows_how_many_it_averages(tmp_path, monkeypatch, columns):
    """PolNeAR: 15 of breitbart's 144 articles quote nobody, so loaded_quoted_per_1k averages 129;
    the one-row-a-group table printed n = 144 beside that mean, and the wide one said nothing.  At 60
    columns these three outlets had been put side by side, every interval broken over two lines."""
    monkeypatch.setenv("COLUMNS", columns)
    quoted = {"Chicago Tribune": [10.0, 12.0, None, None, 14.0, 16.0, 18.0], "Washington Post": [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0],
              "New York Times": [2.0, 4.0, 6.0, 8.0, 10.0, 12.0, None]}
    rows = [(o, {"hedge_per_1k": float(i), "loaded_quoted_per_1k": v}) for o, vs in quoted.items() for i, v in enumerate(vs)]
    _write_scores(tmp_path / "s.jsonl", rows)
    result = runner.invoke(app, ["compare", "--scores", str(tmp_path / "s.jsonl")])
    assert result.exit_code == 0, result.output
    lines = result.stdout.split("Kruskal-Wallis")[0].splitlines()
    assert all(line.count("[") == line.count("]") for line in lines)  # no interval broken
    if columns == "60":  # one row a score and outlet: n, mean, interval
        assert [l.split()[-4:-2] for l in lines if "Chicago" in l or "Washington" in l or "New York" in l] == [
            ["5", "14.0"], ["7", "4.00"], ["6", "7.00"], ["7", "3.00"], ["7", "3.00"], ["7", "3.00"]]  # three digits, as their intervals
    else:
        text = " ".join(result.stdout.split())
        assert "(n=7)" in text and ("loaded_quoted_per_1k: averaged over the articles where defined (no quoted words, "
                                    "no attributions), fewer than n; each score's n is in --out FILE.csv.") in text


def test_by_year_puts_years_in_order_and_leaves_the_articles_with_no_year_out_of_the_tests(tmp_path, monkeypatch):
    """BASIL + PolNeAR + MBIC by year: MBIC's 983 undated articles were a group "(no year)" tested
    like a year ("an article of 2019 scores higher than one of (no year)"), and the years came in
    the order first met (2011, 2018, 2012, ...)."""
    import json

    from scipy import stats as sps

    monkeypatch.setenv("COLUMNS", "120")
    hedge = {"2019-03-01": [5, 6, 7, 8, 9, 10], "2017-06-30": [1, 2, 3, 4, 5, 6], None: [20, 21, 22, 23, 24, 25]}
    with (tmp_path / "s.jsonl").open("w", encoding="utf-8") as f:
        for date, values in hedge.items():
            for i, v in enumerate(values):
                f.write(json.dumps({"id": f"{date}-{i}", "outlet": "X", "date": date, "words": 800, "scores": {"hedge_per_1k": v}}) + "\n")
    result = runner.invoke(app, ["compare", "--scores", str(tmp_path / "s.jsonl"), "--by", "year", "--out", str(tmp_path / "c.csv")])
    assert result.exit_code == 0, result.output
    profile = list(csv.DictReader(io.StringIO((tmp_path / "c.csv").read_text(encoding="utf-8"))))
    assert [(r["outlet"], r["n"]) for r in profile] == [("2017", "6"), ("2019", "6"), ("(no year)", "6")]
    [test] = list(csv.DictReader(io.StringIO((tmp_path / "c.tests.csv").read_text(encoding="utf-8"))))
    assert (test["test"], test["outlet_a"], test["outlet_b"]) == ("Mann-Whitney U", "2017", "2019")
    assert float(test["p"]) == pytest.approx(sps.mannwhitneyu(hedge["2017-06-30"], hedge["2019-03-01"], method=EXACT).pvalue, rel=1e-3)
    text = " ".join(result.stdout.split())
    assert "(no year): 6 articles, shown but left out of the tests (a group of articles with no value is not a group to compare)" in text
    assert "than one of (no year)" not in text and "(no year) scores higher" not in text


def test_articles_naming_no_outlet_beside_named_outlets_are_shown_but_not_tested(tmp_path):
    """Past a teacher's few files, the articles that name no outlet are one "(no outlet)" group:
    missing data, which was tested against the named outlets like a newspaper."""
    rows = [(o, {"hedge_per_1k": float(v)}) for o, vs in (("Daily", [1, 2, 3, 4, 5]), ("Herald", [6, 7, 8, 9, 10]), (None, [20, 21, 22, 23, 24]))
            for v in vs]
    _write_scores(tmp_path / "s.jsonl", rows)
    result = runner.invoke(app, ["compare", "--scores", str(tmp_path / "s.jsonl"), "--out", str(tmp_path / "c.csv")])
    assert result.exit_code == 0, result.output
    tests = list(csv.DictReader(io.StringIO((tmp_path / "c.tests.csv").read_text(encoding="utf-8"))))
    assert [(t["test"], t["outlet_a"], t["outlet_b"]) for t in tests] == [("Mann-Whitney U", "Daily", "Herald")]
    assert "(no outlet): 5 articles, shown but left out of the tests" in " ".join(result.stdout.split())


def test_score_picks_the_scores_compared_and_the_family_adjusted_over(tmp_path):
    """A researcher with one hypothesis compares one or two scores: p adj is then over those only."""
    hedge = {"A": [5, 6, 7, 8, 9, 10], "B": [1, 2, 3, 4, 5, 6]}
    rows = [(o, {"hedge_per_1k": v, "booster_per_1k": v / 2, "quotes": 3}) for o, vs in hedge.items() for v in vs]
    _write_scores(tmp_path / "s.jsonl", rows)
    result = runner.invoke(app, ["compare", "--scores", str(tmp_path / "s.jsonl"), "--score", "hedge_per_1k", "-s", "booster_per_1k",
                                 "-s", "biased_sentence_share", "--out", str(tmp_path / "c.csv")])
    assert result.exit_code == 0, result.output
    profile = list(csv.DictReader(io.StringIO((tmp_path / "c.csv").read_text(encoding="utf-8"))))
    assert [(r["score"], r["outlet"], r["mean"]) for r in profile] == [
        ("hedge_per_1k", "A", "7.5"), ("hedge_per_1k", "B", "3.5"), ("booster_per_1k", "A", "3.75"), ("booster_per_1k", "B", "1.75")]
    tests = list(csv.DictReader(io.StringIO((tmp_path / "c.tests.csv").read_text(encoding="utf-8"))))
    p = sps.mannwhitneyu(hedge["A"], hedge["B"], alternative="two-sided", method=EXACT).pvalue  # 0.01082: 10 of 924 splits
    assert p == pytest.approx(10 / 924)
    assert [(r["score"], float(r["p"]), float(r["p_adjusted"]), r["adjusted_over"]) for r in tests] == [
        ("hedge_per_1k", pytest.approx(p, rel=1e-3), pytest.approx(p, rel=1e-3), "Benjamini-Hochberg over the 2 scores tested"),
        ("booster_per_1k", pytest.approx(p, rel=1e-3), pytest.approx(p, rel=1e-3), "Benjamini-Hochberg over the 2 scores tested")]
    text = " ".join(result.stdout.split())
    assert "Mann-Whitney U, A vs B (p adj: Benjamini-Hochberg over the 2 scores tested)" in text
    assert ("note biased_sentence_share: no article has a value, so it is not shown (classifier scores need a run without "
            "--no-model)") in text


def test_an_unknown_score_is_refused_before_anything_is_read(tmp_path):
    _write_scores(tmp_path / "s.jsonl", [("A", {"hedge_per_1k": 1.0})])
    result = runner.invoke(app, ["compare", "--scores", str(tmp_path / "s.jsonl"), "--score", "hedges"])
    assert result.exit_code == 2
    assert " ".join(result.output.split()).startswith("error: --score: unknown score 'hedges'; the scores are: loaded_author_per_1k,")


def test_a_score_only_two_of_three_outlets_can_be_tested_in_shows_its_test_and_says_why(tmp_path, monkeypatch):
    """PolNeAR-like: an outlet whose articles quote nobody has no loaded_quoted_per_1k, so that score
    has one Mann-Whitney U between the other two.  The terminal hid that row as one of the
    'pairwise tests not shown' and said nothing about the third outlet."""
    monkeypatch.setenv("COLUMNS", "200")
    hedge = {"A": [1, 2, 3, 4, 5, 6], "B": [4, 5, 6, 7, 8, 9], "C": [8, 9, 10, 11, 12, 13]}
    quoted = {"A": [1, 2, 3, 4, 5, 6], "B": [11, 12, 13, 14, 15, 16], "C": [None] * 6}
    rows = [(o, {"hedge_per_1k": h, "loaded_quoted_per_1k": q}) for o in hedge for h, q in zip(hedge[o], quoted[o])]
    _write_scores(tmp_path / "s.jsonl", rows)
    result = runner.invoke(app, ["compare", "--scores", str(tmp_path / "s.jsonl")])
    assert result.exit_code == 0, result.output
    lines = [" ".join(line.split()) for line in result.stdout.splitlines()]
    # no ties, groups of six: SciPy's exact p, 2 of 924 splits as extreme; two scores in the family
    assert "loaded_quoted_per_1k A vs B 0.00216 exact 0.00216 δ -1.00 large" in lines
    text = " ".join(lines)
    assert ("loaded_quoted_per_1k: only two outlets have 5 articles with a value, so one Mann-Whitney U, adjusted over the "
            "scores like a Kruskal-Wallis test.") in text
    assert "note loaded_quoted_per_1k: left out of the tests for C (0): fewer than 5 articles with a value." in text
    assert "over the 2 scores tested for Kruskal-Wallis" in text


def test_help_says_what_is_computed():
    result = runner.invoke(app, ["compare", "--help"], env={"COLUMNS": "200"})
    text = " ".join(result.stdout.replace("│", " ").split())
    for said in ("percentile bootstrap of the mean (2,000 resamples of whole articles, fixed seed)", "too narrow below 20",
                 "Mann-Whitney U (two-sided) with Cliff's delta", "Kruskal-Wallis with epsilon-squared",
                 "p adj is Benjamini-Hochberg, over the scores for the two-outlet and Kruskal-Wallis tests, over each score's pairs",
                 "--score", "adjusted over the scores chosen"):
        assert said in text, said


def test_the_json_carries_the_methods_beside_the_numbers(tmp_path):
    import json

    rows = [(o, {"hedge_per_1k": v}) for o, vs in {"A": [1, 2, 3, 4, 5], "B": [6, 7, 8, 9, 10]}.items() for v in vs]
    _write_scores(tmp_path / "s.jsonl", rows)
    result = runner.invoke(app, ["compare", "--scores", str(tmp_path / "s.jsonl"), "--out", str(tmp_path / "c.json")])
    assert result.exit_code == 0, result.output
    d = json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))
    assert d["tests"][0]["p"] == pytest.approx(2 / 252, rel=1e-3)
    assert d["methods"]["unit"] == "the article: every article counts once, whatever its length"
    assert d["notes"][-1].startswith("A (5), B (5): fewer than 20 articles, so their 95% intervals are too narrow")
    # every number of the methods filled in: the normal approximation's words had read "past {EXACT_SIGNED_RANK_MAX:,} events"
    assert "Wilcoxon: past 500 events that differ, without it" in d["methods"]["p_method"]
    assert not [name for name, words in d["methods"].items() if "{" in words]


def test_the_tests_say_they_compare_ranks_not_the_means_shown(tmp_path, monkeypatch):
    """A: one article scoring 100 lifts its mean (22.0) above B's (7.0), yet B's articles score higher
    in 20 of 25 pairs: the table of means and the test point opposite ways, and the output says why."""
    monkeypatch.setenv("COLUMNS", "200")
    values = {"A": [1, 2, 3, 4, 100], "B": [5, 6, 7, 8, 9]}
    _write_scores(tmp_path / "s.jsonl", [(o, {"hedge_per_1k": v}) for o, vs in values.items() for v in vs])
    result = runner.invoke(app, ["compare", "--scores", str(tmp_path / "s.jsonl"), "--out", str(tmp_path / "c.csv")])
    assert result.exit_code == 0, result.output
    profile = list(csv.DictReader(io.StringIO((tmp_path / "c.csv").read_text(encoding="utf-8"))))
    assert [(r["outlet"], r["mean"], r["median"]) for r in profile] == [("A", "22.0", "3.0"), ("B", "7.0", "7.0")]
    [test] = list(csv.DictReader(io.StringIO((tmp_path / "c.tests.csv").read_text(encoding="utf-8"))))
    assert (test["statistic"], test["cliffs_delta"]) == ("5.0", "-0.6")  # U = the 5 pairs 100 wins; (5 - 20) / 25
    text = " ".join(result.stdout.split())
    assert "The tests compare ranks (whose articles tend to score higher), not the means above: the medians are in --out FILE.csv." in text


def test_the_tests_file_gives_cliffs_delta_with_its_interval(tmp_path):
    """R's effsize example as two outlets: delta -0.25, 95% interval -0.7266 to 0.389 (its default:
    unbiased variance, Student's t), in the tests CSV beside the delta."""
    values = {"T": [10, 10, 20, 20, 20, 30, 30, 30, 40, 50], "C": [10, 20, 30, 40, 40, 50]}
    _write_scores(tmp_path / "s.jsonl", [(o, {"hedge_per_1k": v}) for o, vs in values.items() for v in vs])
    result = runner.invoke(app, ["compare", "--scores", str(tmp_path / "s.jsonl"), "--out", str(tmp_path / "c.csv")])
    assert result.exit_code == 0, result.output
    [test] = list(csv.DictReader(io.StringIO((tmp_path / "c.tests.csv").read_text(encoding="utf-8"))))
    assert (test["cliffs_delta"], test["magnitude"], test["delta_ci_low"], test["delta_ci_high"]) == ("-0.25", "small", "-0.7266", "0.389")


def test_a_nan_score_in_saved_scores_is_left_out_with_a_note_and_the_json_stays_json(tmp_path):
    import json

    hedge = {"A": [1.0, 2.0, float("nan"), 3.0, 4.0, 5.0, 6.0], "B": [7.0, 8.0, 9.0, 10.0, 11.0]}
    _write_scores(tmp_path / "s.jsonl", [(o, {"hedge_per_1k": v}) for o, vs in hedge.items() for v in vs])
    result = runner.invoke(app, ["compare", "--scores", str(tmp_path / "s.jsonl"), "--out", str(tmp_path / "c.json")])
    assert result.exit_code == 0, result.output
    assert ("note hedge_per_1k: left out where it is not a number (NaN or infinite): A (1 article); these articles count "
            "for the other scores.") in " ".join(result.stdout.split())
    saved = json.loads((tmp_path / "c.json").read_text(encoding="utf-8"), parse_constant=lambda c: pytest.fail(f"{c} in JSON"))
    assert [(r["outlet"], r["n"], r["mean"]) for r in saved["profile"]] == [("A", 6, 3.5), ("B", 5, 9.0)]
    assert saved["tests"][0]["p"] == pytest.approx(2 / 462, rel=1e-3)  # 1-6 against 7-11: SciPy's exact p


def test_every_p_says_how_it_was_computed_in_the_terminal_and_the_csv(tmp_path):
    # A, a group of 5 with ties beside B's 26: C(31, 5) = 169,911 splits, past the 20,000 enumerated, so
    # the exact distribution by dynamic programming (it had been 9,999 random splits, and nothing said so)
    big = [float(v) for v in np.random.default_rng(5).integers(0, 4, 26)]
    small = [0.0, 0.0, 1.0, 3.0, 3.0]
    rows = [("A", {"hedge_per_1k": v, "quotes": float(i)}) for i, v in enumerate(small)]
    rows += [("B", {"hedge_per_1k": v, "quotes": float(i + 9)}) for i, v in enumerate(big)]
    rows += [("C", {"hedge_per_1k": v + 0.5, "quotes": float(i + 1)}) for i, v in enumerate(big[:12])]
    _write_scores(tmp_path / "s.jsonl", rows)
    result = runner.invoke(app, ["compare", "--scores", str(tmp_path / "s.jsonl"), "--out", str(tmp_path / "c.csv")],
                           env={"COLUMNS": "160"})
    assert result.exit_code == 0, result.output
    tests = {(r["score"], r["outlet_a"], r["outlet_b"]): r
             for r in csv.DictReader(io.StringIO((tmp_path / "c.tests.csv").read_text(encoding="utf-8")))}
    ab = tests[("hedge_per_1k", "A", "B")]  # 5 against 26 with ties: C(31, 5) = 169,911 splits, computed exactly
    # every split counted here: U as far from n*m/2 as the observed (with ties U's distribution is not
    # symmetric, so this is not SciPy's PermutationMethod p, twice the smaller tail: 0.9216 here)
    ranks = sps.rankdata(small + big)
    sums = ranks[np.array(list(itertools.combinations(range(31), 5)))].sum(axis=1)
    every_split = np.mean(np.abs(sums - 80) >= abs(ranks[:5].sum() - 80) - 1e-9)
    assert every_split == pytest.approx(0.86229, abs=1e-5)
    assert (ab["p_method"], float(ab["p"])) == ("exact", pytest.approx(every_split, rel=1e-3))
    bc = tests[("hedge_per_1k", "B", "C")]  # 26 against 12 with ties: exact too (SciPy's normal approximation 0.0344)
    assert (bc["p_method"], float(bc["p"])) == ("exact", pytest.approx(exact_mann_whitney_p(big, [v + 0.5 for v in big[:12]]), rel=1e-3))
    kw = tests[("hedge_per_1k", "", "")]  # Kruskal-Wallis with a group of 5: the permutation p, sampled past 2,500,000 splits
    assert kw["p_method"] == "sampled"
    qa = tests[("quotes", "A", "B")]  # 0-4 against 9-34, no ties: SciPy's exact p, 2 of C(31, 5)
    assert (qa["p_method"], float(qa["p"])) == ("exact", pytest.approx(2 / 169_911, rel=1e-3))
    output = " ".join(result.stdout.split())
    assert "p from" in result.stdout
    assert "p from: sampled (9,999 random splits, fixed seed); exact (its exact null distribution, ties included)." in output


def test_the_tests_table_names_the_groups_by_what_they_are(tmp_path):
    """--by month: the tests table's group column said "outlets" under a profile of months."""
    texts = ["Officials said the plan might pass.", "The plan will clearly pass, he said.", "The plan passed."]
    rows = [{"id": f"m{m}-{i}", "outlet": "Ledger", "date": f"2016-0{m}-1{i}", "text": texts[(m + i) % 3]}
            for m in (1, 2, 3) for i in range(6)]
    corpus = tmp_path / "months.csv"
    with corpus.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    result = runner.invoke(app, ["compare", str(corpus), "--by", "month", "--no-model", "-s", "hedge_per_1k"])
    assert result.exit_code == 0, result.output
    header = next(line for line in result.stdout.splitlines() if line.split()[:2] == ["score", "months"])
    assert header.split()[:5] == ["score", "months", "p", "p", "from"]
    assert "outlets" not in result.stdout.split("Kruskal-Wallis (all)", 1)[1].split("───", 1)[0]


SEVEN = ["fox", "nyt", "washington_post", "wall_street_journal", "breitbart", "huffpost", "chicago_tribune"]


@pytest.mark.parametrize("columns, paired, layout", [
    ("80", False, "a score's row above its tests"),  # a researcher's 7 outlets: "loaded_author_p / er_1k", then "washington_po / st"
    ("160", False, "one line a test"),
    ("80", True, "a score's row above its tests"),
    ("160", True, "one line a test"),
])
def test_the_tests_table_breaks_no_score_and_no_outlet_name(tmp_path, columns, paired, layout):
    from test_compare_table_width import write_event_scores

    scores = ["loaded_author_per_1k", "loaded_weighted_author_per_1k", "hedge_per_1k"]
    write_event_scores(tmp_path / "s.jsonl", SEVEN, scores)
    result = runner.invoke(app, ["compare", "--scores", str(tmp_path / "s.jsonl"), "--out", str(tmp_path / "c.csv"),
                                 *(["--paired-by", "event"] if paired else [])], env={"COLUMNS": columns})
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    head = next(i for i, line in enumerate(lines) if line.split()[:1] == ["score"] and ("p adj" in line))
    table = lines[head + 2:next(i for i in range(head + 2, len(lines)) if not lines[i].strip())]
    assert max(map(len, lines[head:head + 2] + table)) <= int(columns)
    words = {w for line in table for w in line.split()}
    allowed = {*scores, *SEVEN, "vs", "all", "δ", "r", "W", "ε²", "χ²", "exact", "normal", "sampled", "negligible", "small",
               "medium", "large"}
    assert {w for w in words if any(ch.isalpha() for ch in w) and not w.lstrip("[-+").replace("e-", "").replace(",", "")
            .rstrip("]").replace(".", "").isdigit()} <= allowed  # a broken name would be a word of neither list
    tests = list(csv.DictReader(io.StringIO((tmp_path / "c.tests.csv").read_text(encoding="utf-8"))))
    shown = [r for r in tests if r["outlet_b"] and f"{r['outlet_a']} vs" in "\n".join(table)]
    assert shown  # the pairs are shown, each p whole (as the terminal rounds it)
    if layout == "one line a test":
        for r in shown:
            assert any(line.split()[:4] == [r["score"], r["outlet_a"], "vs", r["outlet_b"]] for line in table), r
    else:  # the score alone on its row, its tests indented below it
        assert [line.strip() for line in table if line.strip() in scores] == [s for s in scores if any(r["score"] == s for r in tests)]
        assert any(line.split()[:3] == ["fox", "vs", "nyt"] for line in table)
        pair = next(i for i, line in enumerate(table) if line.split()[:2] == ["washington_post", "vs"] and "wall" in line + table[i + 1])
        assert table[pair].split()[:2] + table[pair + 1].split()[:1] == ["washington_post", "vs", "wall_street_journal"]


@pytest.mark.parametrize("source", ["corpus", "scores"])
def test_the_no_outlet_note_names_the_columns_to_group_by(tmp_path, source):
    """A table whose outlets are in a 'newspaper' column: compare found one group and said to name
    the outlets, not that --by newspaper would do (as `framing score` now says).  (A 'site' column
    is read as the outlet: tests/test_outlet_columns.py.)"""
    import json

    texts = ["Officials said the plan might pass.", "The plan will clearly pass, he said.", "The plan passed."]
    corpus = tmp_path / "news.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"d{i}", "newspaper": "Ledger" if i % 2 else "Herald", "published": f"2016-01-1{i}",
                                          "text": texts[i % 3]}) + "\n" for i in range(6)), encoding="utf-8")
    args = [str(corpus), "--no-model", "--jobs", "1"]
    if source == "scores":
        assert runner.invoke(app, ["score", *args, "-o", str(tmp_path / "s.jsonl")]).exit_code == 0
        args = ["--scores", str(tmp_path / "s.jsonl")]
    result = runner.invoke(app, ["compare", *args])
    assert result.exit_code == 0, result.output
    assert ("corpus; files kept in one folder per outlet compare with --by folder. Or group by one of the input's other columns "
            "with --by (newspaper, published).") in " ".join(result.stdout.split())


def _count_scores(path):
    """Three outlets whose longer articles have more attributions: nyt 1,100 words, 30-41; usa-today
    550, 15-20; west-journal 370, 10-13 (as PolNeAR's training articles have them)."""
    import json

    with path.open("w", encoding="utf-8") as f:
        for outlet, words, base in (("nyt", 1100, 30), ("usa-today", 550, 15), ("west-journal", 370, 10)):
            for i in range(12):
                f.write(json.dumps({"id": f"{outlet}{i}", "outlet": outlet, "words": words + i,
                                    "scores": {"attributions": base + i % 4 * (base // 10), "hedge_per_1k": 5.0 + i % 3}}) + "\n")


def test_a_count_scores_caveat_is_said_once_with_each_outlets_words_per_article(tmp_path):
    """PolNeAR's 840 training articles: ten of the twelve findings ended 'This score is a count per
    article, so longer articles have more: compare the outlets' words per article too', which compare
    showed nowhere; now once, after them, with the words per article."""
    from framing.cli.compare import _findings
    from framing.compare import COUNT_CAVEAT, clear_differences, compare_outlets
    from framing.saved_scores import score_records

    _count_scores(tmp_path / "s.jsonl")
    c = compare_outlets(list(score_records(tmp_path / "s.jsonl")))
    lines = clear_differences(c)
    assert len(lines) == 3 and all(line.endswith(COUNT_CAVEAT) for line in lines)
    shown = _findings(lines, c)
    assert shown[:3] == [line.removesuffix(COUNT_CAVEAT) for line in lines]
    assert shown[3:] == ["attributions: a count per article, so longer articles have more; words per article: nyt 1,106, "
                         "usa-today 556, west-journal 376 (the scores per 1k words and the shares are not counts)."]
    result = runner.invoke(app, ["compare", "--scores", str(tmp_path / "s.jsonl")], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert result.stdout.count("count per article") == 1
    assert ("attributions: an article of nyt scores higher than one of west-journal in 100% of pairs, ties counted as half "
            "(Cliff's delta 1.00, large; adjusted p < 0.001).\n") in result.stdout
    assert ("attributions: a count per article, so longer articles have more; words per article: nyt 1,106, usa-today 556, "
            "west-journal 376 (the scores per 1k words and the shares are not counts).") in result.stdout


def test_compare_lists_a_rates_finding_before_counts_with_larger_effects(tmp_path):
    """Counts grow with article length, so on PolNeAR their effects are the largest and filled the
    findings; a rate (hedges per 1k words) now comes first, smaller effect and all."""
    import json

    with (tmp_path / "s.jsonl").open("w", encoding="utf-8") as f:
        for outlet, counts, hedges in (("nyt", range(30, 36), range(5, 11)), ("west-journal", range(1, 7), range(1, 7))):
            for i, (n, h) in enumerate(zip(counts, hedges)):
                f.write(json.dumps({"id": f"{outlet}{i}", "outlet": outlet, "words": 500,
                                    "scores": {"attributions": n, "hedge_per_1k": h}}) + "\n")
    result = runner.invoke(app, ["compare", "--scores", str(tmp_path / "s.jsonl")], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    hedge = result.stdout.index("hedge_per_1k: an article of nyt scores higher than one of west-journal in 94% of pairs")
    count = result.stdout.index("attributions: an article of nyt scores higher than one of west-journal in 100% of pairs")
    assert hedge < count


def test_without_word_counts_the_caveat_asks_for_them():
    from framing.cli.compare import _findings
    from framing.compare import COUNT_CAVEAT, OutletSummary

    class Saved:  # saved scores with no words: nothing to show
        outlets = [OutletSummary("a", 5, 0, None, None), OutletSummary("b", 5, 0, None, None)]

    assert _findings(["quotes: ..." + COUNT_CAVEAT], Saved, "month") == [
        "quotes: ...", "quotes: a count per article, so longer articles have more: compare the months' words per article too."]


@pytest.mark.parametrize("paired", [False, True])
def test_by_year_the_captions_and_findings_speak_of_years(tmp_path, paired):
    """--by year on PolNeAR: 'Cliff's delta: + when the first outlet's articles score higher' under a
    test of 2015 against 2016, and 'No difference between outlets is clear enough'."""
    import json

    with (tmp_path / "s.jsonl").open("w", encoding="utf-8") as f:
        for i in range(16):
            f.write(json.dumps({"id": f"a{i}", "outlet": "Ledger", "date": f"201{5 + i % 2}-0{1 + i // 4}-01", "words": 500,
                                "scores": {"hedge_per_1k": float(i % 5)}, "metadata": {"event": f"e{i // 2}"}}) + "\n")
    result = runner.invoke(app, ["compare", "--scores", str(tmp_path / "s.jsonl"), "--by", "year",
                                 *(["--paired-by", "event"] if paired else [])], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    text = " ".join(result.stdout.split())
    assert "No difference between years is clear enough (adjusted p below 0.05) to report." in text
    if paired:
        assert ("Each test compares the years within the same event, over the events with an article of every year (the notes "
                "say how many were dropped). r: matched-pairs rank-biserial correlation, + when the first year's article scores "
                "higher, -1 to 1;") in text
    else:
        assert "Cliff's delta: + when the first year's articles score higher, - when lower (-1 to 1)." in text
    assert "outlet's" not in text


def test_compare_prints_the_epsilon_intervals_the_float_version_gave(tmp_path, monkeypatch):
    """The integer counting and shared draws (eighteenth session) changed no figure: three outlets of
    400 saved articles give the intervals the float version gave (rounded to 4 places in the file)."""
    import json

    import numpy as np

    monkeypatch.setenv("COLUMNS", "160")
    rng = np.random.default_rng(7)
    saved = tmp_path / "scores.jsonl"
    with saved.open("w", encoding="utf-8") as f:
        for o, name in enumerate(["Fox", "NYT", "HuffPost"]):
            for i in range(400):
                scores = {"loaded_author_per_1k": round(float(rng.gamma(2, 3 + 0.3 * o)), 2), "quotes": int(rng.poisson(4 + 0.3 * o)),
                          "quote_share": None if i % 4 == 0 else round(float(rng.beta(2, 5 + 0.3 * o)), 3)}
                f.write(json.dumps({"id": f"{name}{i}", "outlet": name, "words": 800, "scores": scores}) + "\n")
    result = runner.invoke(app, ["compare", "--scores", str(saved), "--out", str(tmp_path / "cmp.csv")])
    assert result.exit_code == 0, result.output
    tests = {r["score"]: (r["epsilon_squared_ci_low"], r["epsilon_squared_ci_high"])
             for r in csv.DictReader(io.StringIO((tmp_path / "cmp.tests.csv").read_text(encoding="utf-8"))) if r["test"] == "Kruskal-Wallis H"}
    assert tests == {"loaded_author_per_1k": ("0.0023", "0.0274"), "quotes": ("0.0053", "0.0353"), "quote_share": ("0.0024", "0.0358")}
    shown = " ".join(result.stdout.split())
    assert "[0.002, 0.027]" in shown and "[0.005, 0.035]" in shown and "[0.002, 0.036]" in shown


@pytest.mark.parametrize(("outlet", "id"), [("Post [bold]", "p"), ("Mail:100:", "m")])
def test_outlet_names_and_ids_print_as_they_are(tmp_path, monkeypatch, outlet, id):
    """rich read an outlet "Post [bold]" as markup (a bold "Post") and "Mail:100:" as an emoji code
    ("Mail💯"), in the tables and the notes alike; a warning naming the row "news:100" too."""
    import json

    monkeypatch.setenv("COLUMNS", "200")
    news = tmp_path / "news.jsonl"
    news.write_text("".join(json.dumps({"id": f"{id}{i}" if i != 6 else "100", "outlet": name, "date": "whenever" if i == 6 else "2024-01-02",
                                        "text": f"The minister said plan {i} was a {'grave ' * i}disgrace."}) + "\n"
                            for name in (outlet, "Courier") for i in range(1, 7)), encoding="utf-8")
    result = runner.invoke(app, ["compare", str(news), "--no-model", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    header = next(line for line in result.stdout.splitlines() if "Courier" in line)
    assert outlet in header
    assert f"{outlet} (6), Courier (6): fewer than 20 articles" in " ".join(result.stdout.split())
    assert "the first: news:100: date 'whenever' not understood" in " ".join(result.stderr.split())
    assert "💯" not in result.stdout + result.stderr


def _alike(outlets=3, n=60):
    """Outlets whose articles score alike (no Kruskal-Wallis test clear): the pairwise rows, their p
    from the normal approximation (60 a group), are all hidden."""
    import numpy as np

    rng = np.random.default_rng(11)
    return [{"id": f"o{o}-{i}", "outlet": f"o{o}", "words": 500, "scores": {"quotes": int(rng.poisson(4)), "hedge_per_1k": round(float(rng.gamma(2, 3)), 1)}}
            for o in range(outlets) for i in range(n)]


def test_the_p_from_caption_explains_only_the_methods_the_table_shows():
    """The caption had explained "normal (...)" under a table of χ² rows: the normal p's were the
    hidden pairwise rows'."""
    from framing.cli.compare import _tests_table
    from framing.compare import compare_outlets

    c = compare_outlets(_alike(), ["quotes", "hedge_per_1k"])
    assert {t.p_method for t in c.tests} == {"chi-squared", "normal"}
    caption = " ".join(str(_tests_table(c, width=200).caption).split())
    assert "p from: χ² (the chi-squared approximation, corrected for ties)." in caption
    assert "normal (" not in caption and "6 pairwise tests not shown" in caption


def test_compare_explains_only_the_p_methods_shown(tmp_path, monkeypatch):
    import json

    monkeypatch.setenv("COLUMNS", "200")
    saved = tmp_path / "s.jsonl"
    saved.write_text("".join(json.dumps(r) + "\n" for r in _alike()), encoding="utf-8")
    result = runner.invoke(app, ["compare", "--scores", str(saved), "--out", str(tmp_path / "c.csv")])
    assert result.exit_code == 0, result.output
    output = " ".join(result.stdout.split())
    assert "p from: χ² (the chi-squared approximation, corrected for ties). The tests compare ranks" in output
    assert "normal (the normal approximation" not in output
    methods = {r["p_method"] for r in csv.DictReader(io.StringIO((tmp_path / "c.tests.csv").read_text(encoding="utf-8")))}
    assert methods == {"chi-squared", "normal"}  # every test still in the file, with its method


def test_compare_by_many_groups_says_what_epsilon_squared_gives_by_chance(tmp_path, monkeypatch):
    """--by date over 12 dates of 10 articles that do not differ: chance alone gives ε² 11 / 119 =
    0.092, said under the table and in FILE.tests.csv beside the estimate."""
    import json

    import numpy as np

    monkeypatch.setenv("COLUMNS", "200")
    rng = np.random.default_rng(5)
    saved = tmp_path / "s.jsonl"
    saved.write_text("".join(json.dumps({"id": f"d{d}-{i}", "outlet": "Daily", "date": f"2024-01-{d + 1:02d}", "words": 500,
                                         "scores": {"quotes": int(rng.poisson(4))}}) + "\n" for d in range(12) for i in range(10)), encoding="utf-8")
    result = runner.invoke(app, ["compare", "--scores", str(saved), "--by", "date", "--out", str(tmp_path / "c.csv")])
    assert result.exit_code == 0, result.output
    assert ("By chance alone (no difference between dates) ε² averages (k - 1) / (n - 1) for k dates of n articles: 0.092 here; "
            "read ε² and its interval against it (epsilon_squared_by_chance in --out).") in " ".join(result.stdout.split())
    kw = next(r for r in csv.DictReader(io.StringIO((tmp_path / "c.tests.csv").read_text(encoding="utf-8"))) if r["test"] == "Kruskal-Wallis H")
    assert kw["epsilon_squared_by_chance"] == "0.0924"

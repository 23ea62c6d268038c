"""A mean and its interval to one number of decimals (framing/report_numbers.py): the report's
profile table and chart, and `framing report --scores` from the command line.  Each end to three
significant digits of its own had written "30.2 [18, 42.6]"."""

from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from framing.cli import app
from framing.report import build_report
from framing.report_numbers import difference_places, fixed, places, row_places, with_interval

runner = CliRunner()
DAILY = [10.0, 20.0, 30.0, 40.0, 51.0]  # mean 30.2, bootstrap interval [18.0, 42.6] (seed 12345)
HERALD = [5.0, 6.0, 7.0, 8.0, 9.0]


@pytest.mark.parametrize("mean, low, high, scale, shown", [
    (50.2, 49.04, 51.3, 1, ("50.2", "49.0", "51.3")),  # the brief's case: "[49, 51.3]" before
    (30.2, 18.0, 42.6, 1, ("30.2", "18.0", "42.6")),
    (50.0, 48.8, 51.2, 1, ("50.0", "48.8", "51.2")),  # a round mean keeps its three digits: "50", then "[49, 51]", had dropped them
    (9.996, 9.5, 10.44, 1, ("10.0", "9.5", "10.4")),  # the mean's places once rounded: 10.0, not 9.996's
    (0.0123, 0.0051, 0.02, 1, ("0.0123", "0.0051", "0.0200")),
    (0.291, 0.25, 0.3, 1, ("0.291", "0.250", "0.300")),
    (1234.6, 1100.2, 1350.0, 1, ("1,235", "1,100", "1,350")),  # past 1,000 no "1.23e+03"
    (-0.53125, -0.8592, -0.1061, 1, ("-0.531", "-0.859", "-0.106")),  # Cliff's delta and its interval
    (0.173, 0.12, 0.2154, 100, ("17.3", "12.0", "21.5")),  # a share in percent
    (0.0, 0.0, 0.0483, 1, ("0.0000", "0.0000", "0.0483")),  # a mean of 0: the wider end decides
    (0.0, 0.0, 0.0, 1, ("0", "0", "0")),
    (42.0, None, None, 1, ("42.0", "–", "–")),  # no interval: the mean as it would be with one
])
def test_a_mean_and_its_interval_share_the_means_decimals(mean, low, high, scale, shown):
    assert with_interval(mean, low, high, scale) == shown


@pytest.mark.parametrize("value, decimals", [(50.2, 1), (50.0, 1), (123.4, 0), (0.0123, 4), (0.000412, 6), (0.0, None), (None, None)])
def test_places(value, decimals):
    assert places(value) == decimals


def test_a_rounded_negative_zero_has_no_sign():
    assert fixed(-0.0001, 3) == "0.000"


@pytest.mark.parametrize("columns, row, expected", [
    # the median beside the mean takes its decimals: "30.0", where three digits of its own had written "30" beside "30.2"
    (["score", "outlet", "n", "mean", "median", "ci_low", "ci_high"], ["s", "A", 5, 30.2, 30.0, 18.0, 42.6], [None, None, None, 1, 1, 1, 1]),
    (["score", "outlet", "n", "mean", "median", "ci_low", "ci_high"], ["s", "A", 5, 123.0, 7.5, 100.0, 150.0], [None, None, None, 0, 0, 0, 0]),
    # a mean of 0: its interval's ends decide, not the median
    (["score", "outlet", "n", "mean", "median", "ci_low", "ci_high"], ["s", "A", 5, 0.0, 0.5, 0.0, 0.0483], [None, None, None, 4, 4, 4, 4]),
    (["score", "median"], ["s", 30.0], [None, None]),  # a median with no mean beside it: as any number
    (["score", "test", "p", "cliffs_delta", "delta_ci_low", "delta_ci_high", "magnitude"], ["s", "U", 0.04, 0.53125, -0.1061, 0.8592, "large"],
     [None, None, None, 3, 3, 3, None]),
    # epsilon-squared, its interval and its chance level: three decimals, as `framing compare` prints them
    (["score", "statistic", "epsilon_squared", "epsilon_squared_ci_low", "epsilon_squared_ci_high", "epsilon_squared_by_chance"],
     ["s", 1.2, 0.0171, 0.0051, 0.0312, 0.0141], [None, None, 3, 3, 3, 3]),
    (["score", "mean"], ["s", 30.2], [None, None]),  # a table of means with no interval (the wide one): as any number
])
def test_row_places(columns, row, expected):
    assert row_places(columns, row) == expected


def _records() -> list[dict]:
    return [{"id": f"{o}{i}", "outlet": o, "words": 400, "scores": {"hedge_per_1k": v}}
            for o, vs in (("Daily", DAILY), ("Herald", HERALD)) for i, v in enumerate(vs)]


def _profile_rows(page: str) -> list[str]:
    table = page[page.index('data-table="profile"><caption'):]
    return re.findall(r"<tr><td[^>]*>hedge_per_1k</td>(.*?)</tr>", table[:table.index("</table>")])


def test_the_profile_table_and_its_chart_write_an_interval_to_its_means_decimals():
    result = build_report(_records())
    daily = next(r for r in result.comparison.profile if r.outlet == "Daily")
    assert (daily.mean, round(daily.low, 4), round(daily.high, 4)) == (30.2, 18.0, 42.6)  # recorded: 2,000 resamples, fixed seed
    rows = _profile_rows(result.html)
    # score | outlet | n | mean | median | ci_low | ci_high: "18", three digits of its own, had stood beside 42.6;
    # the median "30" beside "30.2" (report_numbers.BESIDE)
    assert rows[0] == "<td>Daily</td><td>5</td><td>30.2</td><td>30.0</td><td>18.0</td><td>42.6</td>"
    assert rows[1] == "<td>Herald</td><td>5</td><td>7.00</td><td>7.00</td><td>5.80</td><td>8.20</td>"  # "7 | 7 | 5.8 | 8.2" before
    figure = json.loads(re.search(r'data-target="fig-profile">(.*?)</script>', result.html, re.S).group(1))
    hovers = [trace["hovertemplate"] for trace in figure["data"]]
    assert "Hedges, the outlet's own, per 1,000 own words: 30.2<br>articles: 5<br>95% interval: 18.0 to 42.6" in hovers[0]
    assert ": 7.00<br>articles: 5<br>95% interval: 5.80 to 8.20" in hovers[1]


def test_a_shares_interval_in_the_chart_reads_in_percent_to_its_means_decimals():
    records = [{"id": f"{o}{i}", "outlet": o, "words": 400, "scores": {"quote_share": v}}
               for o, vs in (("Daily", [0.1, 0.2, 0.3, 0.4, 0.51]), ("Herald", [0.05, 0.06, 0.07, 0.08, 0.09])) for i, v in enumerate(vs)]
    figure = json.loads(re.search(r'data-target="fig-profile">(.*?)</script>', build_report(records).html, re.S).group(1))
    assert ": 30.2%<br>articles: 5<br>95% interval: 18.0% to 42.6%" in figure["data"][0]["hovertemplate"]


def test_framing_report_from_saved_scores_writes_the_profiles_intervals_to_the_means_decimals(tmp_path):
    scores = tmp_path / "scores.jsonl"
    scores.write_text("".join(json.dumps(r) + "\n" for r in _records()), encoding="utf-8")
    out = tmp_path / "report.html"
    result = runner.invoke(app, ["report", "--scores", str(scores), "--out", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert _profile_rows(page) == ["<td>Daily</td><td>5</td><td>30.2</td><td>30.0</td><td>18.0</td><td>42.6</td>",
                                   "<td>Herald</td><td>5</td><td>7.00</td><td>7.00</td><td>5.80</td><td>8.20</td>"]  # medians "30", "7" before
    # the CSV download keeps the numbers as they are: 18.0 is 18
    tables = json.loads(re.search(r'id="page-data"[^>]*>(.*?)</script>', page, re.S).group(1))["tables"]
    assert tables["profile"]["rows"][0] == ["hedge_per_1k", "Daily", 5, 30.2, 30.0, 18.0, 42.6]


# The wide table of means ("Mean score per outlet") in the digits of the interval text: Daily's mean
# hedge rate of 50.0 read "50" there and "50.0" in the profile table beside [48.8, 51.2].
ROUND = {"Daily": ([48.0, 49.0, 50.0, 51.0, 52.0], [0.5] * 5), "Herald": ([5.0, 6.0, 7.0, 8.0, 9.0], [0.1, 0.2, 0.3, 0.4, 0.51])}


def _round_records() -> list[dict]:
    return [{"id": f"{o}{i}", "outlet": o, "words": 400, "scores": {"hedge_per_1k": h, "quote_share": q}}
            for o, (hs, qs) in ROUND.items() for i, (h, q) in enumerate(zip(hs, qs))]


def _means_rows(page: str) -> dict[str, list[str]]:
    table = page[page.index('data-table="means"><caption'):]
    rows = re.findall(r'class="score-name">(\w+)</td><td>[^<]*</td>(.*?)</tr>', table[:table.index("</table>")])
    return {score: re.findall(r"<td>(.*?)</td>", cells) for score, cells in rows}


@pytest.mark.parametrize("score, cells", [
    # Daily | Herald | difference: "50 | 7 | 43" before; the difference to the fewer decimals of the two, as a subtraction is written
    ("hedge_per_1k", ["50.0", "7.00", "43.0"]),
    ("quote_share", ["50.0%", "30.2%", "19.8 points"]),  # "50%" before; in percent, as the chart's "50.0%"
])
def test_the_wide_table_of_means_writes_each_mean_as_the_profile_table_does(score, cells):
    page = build_report(_round_records()).html
    assert _means_rows(page)[score] == cells
    if score == "hedge_per_1k":  # the profile table: score | outlet | n | mean | median | ci_low | ci_high
        assert [row.split("</td><td>")[2] for row in _profile_rows(page)] == cells[:2]


@pytest.mark.parametrize("mean, low, high, scale, decimals", [
    (50.0, 48.8, 51.2, 1, 1), (7.0, 5.8, 8.2, 1, 2), (0.5, 0.5, 0.5, 100, 1), (0.0, 0.0, 0.0483, 1, 4), (42.0, None, None, 1, 1), (None, None, None, 1, 0),
])
def test_mean_places(mean, low, high, scale, decimals):
    from framing.report_numbers import mean_places

    assert mean_places(mean, low, high, scale) == decimals


@pytest.mark.parametrize("means, decimals", [
    ([(50.0, 1), (7.0, 2)], 1),  # "43.0": the fewer decimals of the two, as a subtraction is written
    ([(400.0, 0), (83.33, 1)], 0),  # "317"
    ([(0.0, 0), (7.0, 2)], 2),  # a mean of 0 has no decimals to give
    ([(0.0, 0), (None, 0)], 0),
])
def test_difference_places(means, decimals):
    assert difference_places(means) == decimals


def test_framing_report_writes_the_wide_table_of_means_in_the_intervals_digits(tmp_path):
    scores = tmp_path / "scores.jsonl"
    scores.write_text("".join(json.dumps(r) + "\n" for r in _round_records()), encoding="utf-8")
    out = tmp_path / "report.html"
    result = runner.invoke(app, ["report", "--scores", str(scores), "--out", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert _means_rows(page) == {"hedge_per_1k": ["50.0", "7.00", "43.0"], "quote_share": ["50.0%", "30.2%", "19.8 points"]}
    tables = json.loads(re.search(r'id="page-data"[^>]*>(.*?)</script>', page, re.S).group(1))["tables"]
    assert tables["means"]["rows"][0][2:] == [50.0, 7.0, 43.0]  # the CSV download keeps the numbers as they are

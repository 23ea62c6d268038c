"""A count (quotations, attributions) reads as a whole number wherever the report shows one article's
count or a sum of counts: BASIL 65cb14cb's Fox News, one article, read "18.0" quotations and "26.0"
attributions in the table of means, on its bars, side by side and in the Articles view.  A mean of
counts over several articles keeps its digits ("12.5").  One rule (report_numbers.whole, told which
values are exact by report_figures.exact_count) for every view; the terminal's half is in
test_cli_report.py."""

from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from framing.cli import app
from framing.report import build_report
from framing.report_figures import COUNT_SCORES, exact_count
from framing.report_numbers import difference_places, mean_places, row_places, whole, with_interval
from framing.score import SCORES

runner = CliRunner()


def test_every_score_that_counts_is_written_as_a_count():
    """framing.score's counts say "Number of ..."; a new one must not read "3.00" unnoticed."""
    assert {name for name, fn in SCORES.items() if (fn.__doc__ or "").startswith("Number of")} == COUNT_SCORES


@pytest.mark.parametrize("score, articles, exact", [
    ("quotes", 1, True), ("attributions", 1, True),
    ("quotes", 2, False),  # a mean of two articles' counts
    ("hedge_per_1k", 1, False), ("quote_share", 1, False),
])
def test_exact_count(score, articles, exact):
    assert exact_count(score, articles) is exact


@pytest.mark.parametrize("mean, exact, shown", [
    (18.0, True, "18"),  # "18.0" before
    (26.0, True, "26"),
    (0.0, True, "0"),
    (1234.0, True, "1,234"),
    (12.5, True, "12.5"),  # not whole: its digits, as any mean's
    (18.0, False, "18.0"),  # a mean that happens to be whole keeps its three digits
    (12.5, False, "12.5"),
])
def test_an_exact_count_is_written_whole(mean, exact, shown):
    assert with_interval(mean, None, None, exact=exact)[0] == shown
    assert mean_places(mean, exact=exact) == len(shown.partition(".")[2])


@pytest.mark.parametrize("means, exact, decimals", [
    ([(18.0, 0), (22.0, 0)], [True, True], 0),  # two articles' counts: "-4"
    ([(18.0, 0), (12.5, 1)], [True, False], 1),  # an exact count limits no one's decimals: "5.5", not "6"
    ([(18.0, 1), (12.5, 1)], [False, False], 1),
])
def test_difference_places_of_counts(means, exact, decimals):
    assert difference_places(means, exact) == decimals


def test_row_places_of_one_articles_count():
    columns = ["score", "outlet", "n", "mean", "median", "ci_low", "ci_high"]
    assert row_places(columns, ["quotes", "Fox News", 1, 18.0, 18.0, None, None], exact=True) == [None, None, None, 0, 0, 0, 0]
    assert row_places(columns, ["quotes", "Fox News", 1, 18.0, 18.0, None, None]) == [None, None, None, 1, 1, 1, 1]
    assert whole(18.0) and not whole(18.5) and not whole(None) and not whole(18.0, exact=False)


# Fox News and HuffPost one article each (BASIL 65cb14cb's counts), the Gazette two articles whose
# quotations average 12.5 and attributions 12.0
CLASS = {"Fox News": [(18, 26)], "HuffPost": [(22, 26)], "Gazette": [(12, 12), (13, 12)]}


def _records() -> list[dict]:
    return [{"id": f"{o.split()[0].lower()}{i}", "outlet": o, "words": 600, "scores": {"quotes": q, "attributions": a, "hedge_per_1k": 5.0}}
            for o, rows in CLASS.items() for i, (q, a) in enumerate(rows)]


def _table_rows(page: str, name: str) -> list[list[str]]:
    table = page[page.index(f'data-table="{name}"><caption'):]
    table = table[:table.index("</table>")]
    return [re.findall(r"<td[^>]*>(.*?)</td>", row) for row in re.findall(r"<tr>(.*?)</tr>", table) if "<td" in row]


def _figure(page: str, name: str) -> dict:
    return json.loads(re.search(rf'data-target="fig-{name}">(.*?)</script>', page, re.S).group(1))


def _assert_counts_whole(page: str) -> None:
    means = {r[0]: r[2:] for r in _table_rows(page, "means")}
    assert means["quotes"] == ["18", "22", "12.5"]  # "18.0 | 22.0 | 12.5" before
    assert means["attributions"] == ["26", "26", "12.0"]  # the Gazette's is a mean of two articles: its digits
    assert means["hedge_per_1k"] == ["5.00", "5.00", "5.00"]  # a rate is no count
    bars = {(t["xaxis"], t["name"]): t for t in _figure(page, "profile")["data"]}
    quotes_axis = next(axis for (axis, name), t in bars.items() if "Spoken quotations" in t["hovertemplate"])
    assert [bars[(quotes_axis, o)]["text"] for o in CLASS] == [["18"], ["22"], ["12.5"]]
    assert "Spoken quotations (count): 18<br>articles: 1" in bars[(quotes_axis, "Fox News")]["hovertemplate"]
    radar = {t["name"]: dict(zip(t["theta"], t["customdata"])) for t in _figure(page, "fingerprint")["data"]}
    assert radar["Fox News"]["Spoken quotations (count)"] == "18" and radar["Gazette"]["Spoken quotations (count)"] == "12.5"
    data = json.loads(re.search(r'id="page-data"[^>]*>(.*?)</script>', page, re.S).group(1))
    articles = json.loads(re.search(r'id="article-data"[^>]*>(.*?)</script>', page, re.S).group(1))["articles"]
    k = data["scores"].index("quotes")
    assert [a["scoreTexts"][k] for a in articles] == ["18", "22", "12", "13"]  # the Articles view and side by side
    assert data["tables"]["means"]["rows"][data["scores"].index("quotes")][2:5] == [18.0, 22.0, 12.5]  # the CSV keeps the numbers


def test_a_count_of_one_article_is_whole_in_every_view():
    _assert_counts_whole(build_report(_records()).html)


def test_the_profile_table_writes_one_articles_count_whole_beside_outlets_with_intervals():
    records = _records()[:1] + [{"id": f"daily{i}", "outlet": "Daily", "words": 600, "scores": {"quotes": q, "attributions": 9, "hedge_per_1k": 5.0}}
                                for i, q in enumerate([10, 12, 14, 12, 12])]
    profile = {(r[0], r[1]): r[2:] for r in _table_rows(build_report(records).html, "profile")}  # n | mean | median | ci_low | ci_high
    assert profile[("quotes", "Fox News")] == ["1", "18", "18", "–", "–"]  # "18.0 | 18.0" before
    assert profile[("quotes", "Daily")][:3] == ["5", "12.0", "12.0"]  # a mean of five counts: its digits


def test_framing_report_from_saved_scores_writes_counts_whole(tmp_path):
    scores = tmp_path / "scores.jsonl"
    scores.write_text("".join(json.dumps(r) + "\n" for r in _records()), encoding="utf-8")
    result = runner.invoke(app, ["report", "--scores", str(scores), "--out", str(tmp_path / "r.html")])
    assert result.exit_code == 0, result.output
    _assert_counts_whole((tmp_path / "r.html").read_text(encoding="utf-8"))


def test_framing_report_of_a_class_folder_writes_its_counts_whole(tmp_path):
    folder = tmp_path / "class"
    folder.mkdir()
    (folder / "fox.txt").write_text('Santorum defends remark\n\n"We will win this state," Rick Santorum said on Sunday. '
                                    '"It is about energy," he added.\n', encoding="utf-8")
    (folder / "hpo.txt").write_text('Santorum doubles down\n\n"I meant it," Rick Santorum told reporters.\n', encoding="utf-8")
    (folder / "manifest.csv").write_text("path,outlet\nfox.txt,Fox News\nhpo.txt,HuffPost\n", encoding="utf-8")
    result = runner.invoke(app, ["report", str(folder), "--no-model", "--out", str(tmp_path / "r.html")])
    assert result.exit_code == 0, result.output
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    means = {r[0]: r[2:] for r in _table_rows(page, "means")}
    # Fox News | HuffPost | difference: "2.00 | 1.00 | 1.00" before
    assert means["quotes"] == ["2", "1", "1"] and means["attributions"] == ["3", "1", "2"]
    data = json.loads(re.search(r'id="page-data"[^>]*>(.*?)</script>', page, re.S).group(1))
    assert data["pairs"][0]["difference"][data["scores"].index("attributions")] == "2"  # side by side

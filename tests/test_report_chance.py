"""What epsilon-squared gives by chance alone, on the report's page (framing/report_chance.py): the
tests table's epsilon_squared_by_chance, a row read out in words, and the Methods' reason, from
articles analysed here and from `framing report --scores`."""

from __future__ import annotations

import csv
import json
import re

import pytest
from scipy.stats import kruskal
from typer.testing import CliRunner

import framing
from framing.cli import app
from framing import comparison_results
from framing.report import article_record, build_report
from framing.report_chance import chance_sentence, chance_text, epsilon_in_words

runner = CliRunner()
BASE = "The minister said the talks went on. Officials said talks may resume."
# "It was a farce." 0, 1 or 2 times: Alpha and Beta the same six articles, Gamma one farce fewer
FARCES = {"Alpha": [0, 1, 2, 0, 1, 2], "Beta": [0, 1, 2, 0, 1, 2], "Gamma": [0, 1, 2, 0, 1, 1]}
METHODS = ("Epsilon-squared by chance alone: where the outlets do not differ at all, H averages k − 1 (Kruskal &amp; Wallis 1952), "
           "so epsilon-squared, H / (n − 1), averages (k − 1) / (n − 1) for k outlets of n articles tested, not 0")


@pytest.mark.parametrize("value, text", [
    (2 / 17, "0.118"),  # three outlets of six articles
    (27 / 70, "0.386"),  # 28 dates of 71 articles
    (0.0141, "0.014"),
    (0.0005, "0.001"),
    (2 / 19_999, "below 0.001"),  # three outlets of 20,000 articles: "0.000" would say it is nothing
])
def test_chance_text(value, text):
    assert chance_text(value) == text


def _kruskal_row(interval=(0.0051, 0.0312), chance=0.0141, score="loaded_author_per_1k") -> comparison_results.TestRow:
    return comparison_results.TestRow(score, "Kruskal-Wallis H", None, None, 1.2, 0.15, 0.3, epsilon_squared=0.0171,
                   epsilon_squared_interval=interval, epsilon_squared_by_chance=chance)


@pytest.mark.parametrize("row, words", [
    (_kruskal_row(), "loaded_author_per_1k: ε² 0.017 [0.005, 0.031]; by chance alone about 0.014"),
    (_kruskal_row(interval=None, chance=2 / 19_999), "loaded_author_per_1k: ε² 0.017; by chance alone below 0.001"),
])
def test_a_row_read_out(row, words):
    assert epsilon_in_words(row) == words


def test_the_sentence_gives_a_range_where_scores_were_tested_on_different_articles_and_reads_the_first_row_with_an_interval():
    rows = [_kruskal_row(interval=None, chance=2 / 17, score="quote_share"), _kruskal_row(chance=2 / 15)]
    assert chance_sentence(rows) == (
        "Epsilon-squared is above 0 even where the outlets do not differ at all: by chance alone it averages about 0.118 to 0.133 "
        "here, by how many articles each score was tested on (the column epsilon_squared_by_chance). Read each score's "
        "epsilon-squared and its interval against that, not against 0; for example, "
        "loaded_author_per_1k: ε² 0.017 [0.005, 0.031]; by chance alone about 0.133.")


def test_two_outlets_have_no_chance_sentence():
    """Cliff's delta averages 0 by chance: nothing to say."""
    assert chance_sentence([comparison_results.TestRow("quote_share", "Mann-Whitney U", "A", "B", 10.0, 0.2, 0.3, delta=0.2)]) is None


@pytest.fixture(scope="module")
def alike() -> tuple[list[dict], str]:
    records = [article_record(framing.analyze(BASE + " It was a farce." * n, outlet=outlet, title=f"{outlet} {i}", id=f"{outlet}{i}"))
               for outlet, farces in FARCES.items() for i, n in enumerate(farces)]
    return records, build_report(records).html


def test_outlets_that_do_not_differ_read_their_epsilon_squared_against_chance(alike):
    """Three outlets of six articles that do not differ (p 0.996): epsilon-squared 0.009, its interval
    up to 0.311, what chance alone gives 2 / 17 = 0.118; the page had shown the first two alone."""
    records, page = alike
    loaded = {o: [r["scores"]["loaded_author_per_1k"] for r in records if r["outlet"] == o] for o in FARCES}
    h = kruskal(*loaded.values()).statistic
    assert round(h / 17, 3) == 0.009
    row = re.search(r">loaded_author_per_1k</td><td>Kruskal-Wallis H</td>(.*?)</tr>", page).group(1)
    # statistic | p | p_adjusted | epsilon_squared | its interval | by chance alone
    assert re.findall(r"<td>(.*?)</td>", row) == [f"{h:.3g}", "0.996", "0.996", "0.009", "0.000", "0.311", "0.118"]
    assert ("<p class=\"chance\">Epsilon-squared is above 0 even where the outlets do not differ at all: by chance alone it averages "
            "about 0.118 here (the column epsilon_squared_by_chance). Read each score&#39;s epsilon-squared and its interval against "
            "that, not against 0; for example, loaded_author_per_1k: ε² 0.009 [0.000, 0.311]; by chance alone about 0.118.</p>") in page
    assert page.count(METHODS) == 1  # explained once, in Methods
    assert page.index(METHODS) > page.index('<section id="methods">')


def _saved_scores(tmp_path, outlets: dict[str, list[float]]):
    scores = tmp_path / "scores.jsonl"
    scores.write_text("".join(json.dumps({"id": f"{o}{i}", "outlet": o, "words": 400, "scores": {"quote_share": v}}) + "\n"
                              for o, vs in outlets.items() for i, v in enumerate(vs)), encoding="utf-8")
    return scores


SHARES = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8]


def test_framing_report_shows_the_chance_level_framing_compare_writes(tmp_path):
    """Three outlets of eight articles, the same eight shares each: H 0, epsilon-squared 0, and by
    chance alone 2 / 23 = 0.087, as `framing compare` writes it."""
    scores = _saved_scores(tmp_path, {"Alpha": SHARES, "Beta": SHARES[::-1], "Gamma": SHARES})
    assert runner.invoke(app, ["compare", "--scores", str(scores), "--out", str(tmp_path / "cmp.csv")]).exit_code == 0
    compared = next(csv.DictReader((tmp_path / "cmp.tests.csv").open(encoding="utf-8")))
    assert (compared["test"], float(compared["epsilon_squared_by_chance"])) == ("Kruskal-Wallis H", round(2 / 23, 4))
    out = tmp_path / "report.html"
    result = runner.invoke(app, ["report", "--scores", str(scores), "--out", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    table = json.loads(re.search(r'id="page-data"[^>]*>(.*?)</script>', page, re.S).group(1))["tables"]["tests"]
    row = dict(zip(table["columns"], table["rows"][0]))
    assert (row["epsilon_squared"], row["epsilon_squared_by_chance"]) == (0.0, float(compared["epsilon_squared_by_chance"]))
    assert "for example, quote_share: ε² 0.000 [0.000, " in page and "]; by chance alone about 0.087.</p>" in page
    assert "<td>0.000</td><td>0.000</td>" in page and "<td>0.087</td></tr>" in page
    assert METHODS in page


def test_framing_report_with_two_outlets_says_nothing_of_epsilon_squareds_chance(tmp_path):
    out = tmp_path / "report.html"
    result = runner.invoke(app, ["report", "--scores", str(_saved_scores(tmp_path, {"Alpha": SHARES, "Beta": SHARES[::-1]})), "--out", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert "by chance alone" not in page and "epsilon_squared_by_chance" not in page

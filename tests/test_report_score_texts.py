"""An article's scores as the page writes them (framing/report_score_texts.py): in the side-by-side
and Articles views as in the table "Mean score per outlet".  In a class of one article an outlet the
table wrote a hedge rate of 50.0 as "50.0" and the side-by-side view, three significant digits in
JavaScript, as "50": one number two ways on one page.  The browser half is in test_report_classroom.py."""

from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from framing.cli import app
from framing.report import build_report
from framing.report_score_texts import difference_text, score_text

runner = CliRunner()


@pytest.mark.parametrize("score, value, text", [
    ("hedge_per_1k", 50.0, "50.0"),  # "50" before
    ("hedge_per_1k", 7.0, "7.00"),  # "7" before
    ("hedge_per_1k", 83.33, "83.3"),
    ("hedge_per_1k", 400.0, "400"),
    ("hedge_per_1k", 1234.5, "1,234"),  # three digits, then whole numbers: no "1.23e+3"
    ("hedge_per_1k", 0.0123, "0.0123"),
    ("hedge_per_1k", 0.0, "0"),
    ("hedge_per_1k", None, "–"),
    ("attributions", 2, "2"),  # a count is whole ("2.00" before: a class read "18.0 quotations" as a mistake)
    ("quotes", 18.0, "18"),  # BASIL 65cb14cb's Fox News ("18.0" before)
    ("quotes", 0, "0"),
    ("quotes", 1234, "1,234"),
    ("quote_share", 0.5, "50.0%"),  # "50%" before
    ("quote_share", 0.25, "25.0%"),
    ("quote_share", 0.173, "17.3%"),
    ("quote_share", 0.0, "0%"),
])
def test_score_text(score, value, text):
    assert score_text(score, value) == text


@pytest.mark.parametrize("score, a, b, text", [
    ("hedge_per_1k", 50.0, 7.0, "43.0"),  # to the fewer decimals of the two, as the table of means
    ("hedge_per_1k", 400.0, 83.33, "317"),
    ("hedge_per_1k", 7.0, 50.0, "-43.0"),
    ("hedge_per_1k", 0.0, 7.0, "-7.00"),  # 0 gives no decimals
    ("hedge_per_1k", 50.0, None, "–"),
    ("quote_share", 0.25, 0.6, "-35.0 points"),  # "-35 points" before
    ("quote_share", 0.5, 0.0, "50.0 points"),
    ("quotes", 18, 22, "-4"),  # two articles' counts: a whole number ("-4.0" before)
    ("attributions", 26, 26, "0"),
])
def test_difference_text(score, a, b, text):
    assert difference_text(score, a, b) == text


# one article an outlet, the teacher's case: each outlet's mean is its one article's score
CLASS = {"Daily": {"hedge_per_1k": 50.0, "quote_share": 0.5, "attributions": 2},
         "Herald": {"hedge_per_1k": 7.0, "quote_share": 0.173, "attributions": 1}}
SHOWN = {"Daily": ["50.0", "50.0%", "2"], "Herald": ["7.00", "17.3%", "1"]}


def _records() -> list[dict]:
    return [{"id": o.lower(), "outlet": o, "words": 400, "scores": s} for o, s in CLASS.items()]


def _means_cells(page: str) -> dict[str, list[str]]:
    table = page[page.index('data-table="means"><caption'):]
    rows = re.findall(r'class="score-name">(\w+)</td><td>[^<]*</td>(.*?)</tr>', table[:table.index("</table>")])
    return {score: re.findall(r"<td>(.*?)</td>", cells) for score, cells in rows}


def _page_data(page: str) -> tuple[dict, list[dict]]:
    data = json.loads(re.search(r'id="page-data"[^>]*>(.*?)</script>', page, re.S).group(1))
    articles = json.loads(re.search(r'id="article-data"[^>]*>(.*?)</script>', page, re.S).group(1))["articles"]
    return data, articles


def _assert_one_way(page: str) -> None:
    data, articles = _page_data(page)
    means = _means_cells(page)
    scores = ["hedge_per_1k", "quote_share", "attributions"]
    order = [data["scores"].index(s) for s in scores]
    for k, a in enumerate(articles):
        # the article's own text is the table's cell for its outlet, and the numbers stay numbers for the CSV
        assert [a["scoreTexts"][i] for i in order] == [means[s][k] for s in scores] == SHOWN[a["outlet"]]
        assert [a["scores"][i] for i in order] == [CLASS[a["outlet"]][s] for s in scores]
    # the pair's difference as the table's difference column writes it
    assert [data["pairs"][0]["difference"][i] for i in order] == [means[s][2] for s in scores] == ["43.0", "32.7 points", "1"]


def test_an_articles_scores_are_written_as_the_table_of_means_writes_its_outlets_mean():
    _assert_one_way(build_report(_records()).html)


def test_framing_report_writes_each_article_score_as_its_outlets_mean(tmp_path):
    scores = tmp_path / "scores.jsonl"
    scores.write_text("".join(json.dumps(r) + "\n" for r in _records()), encoding="utf-8")
    out = tmp_path / "report.html"
    result = runner.invoke(app, ["report", "--scores", str(scores), "--out", str(out)])
    assert result.exit_code == 0, result.output
    _assert_one_way(out.read_text(encoding="utf-8"))

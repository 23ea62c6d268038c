"""The report's statistics tables, from the command line: Cliff's delta with its 95% interval."""

from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from framing.cli import app
from framing.comparison_statistics import cliffs_delta_interval

runner = CliRunner()

FOX = [0.10, 0.20, 0.30, 0.35, 0.50, 0.60, 0.05, 0.40]
NYT = [0.00, 0.10, 0.15, 0.20, 0.25, 0.12, 0.30, 0.05]
HPO = [0.40, 0.45, 0.50, 0.55, 0.60, 0.70, 0.65, 0.42]


def _report(tmp_path, outlets: dict[str, list[float]]) -> tuple[str, dict]:
    """Saved scores (no texts) of these outlets' articles, reported with `framing report --scores`:
    the page and its tables."""
    scores = tmp_path / "scores.jsonl"
    scores.write_text("".join(json.dumps({"id": f"{o}{i}", "outlet": o, "words": 400, "scores": {"quote_share": v}}) + "\n"
                              for o, vs in outlets.items() for i, v in enumerate(vs)), encoding="utf-8")
    out = tmp_path / "report.html"
    result = runner.invoke(app, ["report", "--scores", str(scores), "--out", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    data = re.findall(r'<script type="application/json"[^>]*id="page-data"[^>]*>(.*?)</script>', page, re.S)[0]
    return page, json.loads(data)["tables"]


def _row(table: dict, **where) -> dict:
    rows = [dict(zip(table["columns"], r)) for r in table["rows"]]
    return next(r for r in rows if all(r[k] == v for k, v in where.items()))


def test_two_outlets_the_tests_table_gives_cliffs_delta_with_its_interval(tmp_path):
    page, tables = _report(tmp_path, {"fox": FOX, "nyt": NYT})
    assert tables["tests"]["columns"] == ["score", "test", "outlet_a", "outlet_b", "statistic", "p", "p_adjusted",
                                          "cliffs_delta", "delta_ci_low", "delta_ci_high", "magnitude"]
    row = _row(tables["tests"], score="quote_share")
    # 64 pairs, fox's articles one by one against nyt's 8 (higher/lower/tied): 0.10 2/5/1, 0.20 5/2/1, 0.30 7/0/1,
    # 0.35, 0.50, 0.60, 0.40 8/0/0 each, 0.05 1/6/1: higher 47, lower 13, so delta = (47 - 13) / 64
    low, high = cliffs_delta_interval(FOX, NYT)
    assert (row["cliffs_delta"], row["delta_ci_low"], row["delta_ci_high"], row["magnitude"]) == (
        round(34 / 64, 4), round(low, 4), round(high, 4), "large")
    assert (round(low, 4), round(high, 4)) == (-0.1061, 0.8592)  # recorded; the function is checked against effsize in test_comparison_statistics
    # on the page: three significant digits, as every number of its tables
    assert f"<td>{row['delta_ci_low']:.3g}</td><td>{row['delta_ci_high']:.3g}</td>" in page.replace("\n", "")
    assert "and its 95% interval (delta_ci_low to delta_ci_high)" in page
    assert "Cliff's 1996 asymmetric interval" in page  # the methods section says which interval


def test_three_outlets_each_pair_gets_its_interval(tmp_path):
    _, tables = _report(tmp_path, {"fox": FOX, "nyt": NYT, "hpo": HPO})
    assert "delta_ci_low" not in tables["tests"]["columns"]  # Kruskal-Wallis rows: epsilon-squared, no delta
    for a, b, x, y in (("fox", "nyt", FOX, NYT), ("fox", "hpo", FOX, HPO), ("nyt", "hpo", NYT, HPO)):
        row = _row(tables["pairwise"], outlet_a=a, outlet_b=b)
        expected = cliffs_delta_interval(x, y)
        assert (row["delta_ci_low"], row["delta_ci_high"]) == (
            (None, None) if expected is None else (round(expected[0], 4), round(expected[1], 4)))
    # nyt's articles all below hpo's: delta -1, and no interval (the groups do not overlap)
    assert (_row(tables["pairwise"], outlet_a="nyt", outlet_b="hpo")["cliffs_delta"],
            _row(tables["pairwise"], outlet_a="nyt", outlet_b="hpo")["delta_ci_low"]) == (-1.0, None)

"""A researcher's read of `framing compare --out`: every column of FILE.csv and FILE.tests.csv, and every
key of FILE.json, is defined in docs/columns.md; every row with a p says how it was computed and what
it was adjusted over; `framing compare --help` names the files' columns and says where they are defined."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import numpy as np
import pytest
from scipy import stats as sps
from typer.testing import CliRunner

from framing.cli import app
from framing.compare import P_METHODS, compare_outlets

COLUMNS_MD = (Path(__file__).resolve().parents[1] / "docs" / "columns.md").read_text(encoding="utf-8")


def _section(heading: str) -> str:
    start = COLUMNS_MD.index(heading)
    end = COLUMNS_MD.find("\n## ", start + 1)
    return COLUMNS_MD[start:end if end > 0 else None]


def _documented(section: str) -> dict[str, str]:
    """column -> its row's text, from the section's table rows ("| `name` | what it holds |")."""
    return {m.group(1): m.group(2) for m in re.finditer(r"^\| `([a-z_]+)` \| (.*) \|$", section, flags=re.M)}


def _records(shift: float = 1.0, outlets=("Alpha", "Beta", "Gamma"), events: int = 8) -> list[dict]:
    rng = np.random.default_rng(3)
    return [{"id": f"{o}{e}", "outlet": o, "words": 500, "block": f"e{e}",
             "scores": {"hedge_per_1k": float(rng.integers(0, 6) + shift * k), "quotes": float(rng.integers(0, 3))}}
            for e in range(events) for k, o in enumerate(outlets)]


COMPARISONS = {
    "two outlets": lambda: compare_outlets(_records(outlets=("Alpha", "Beta")), ["hedge_per_1k", "quotes"]),
    "three outlets": lambda: compare_outlets(_records(3.0), ["hedge_per_1k", "quotes"]),
    "paired": lambda: compare_outlets(_records(3.0), ["hedge_per_1k", "quotes"], paired_by="event"),
}


@pytest.mark.parametrize("name", list(COMPARISONS))
def test_every_column_written_is_defined_in_docs_columns(name):
    c = COMPARISONS[name]()
    profile = _documented(_section("## `framing compare --out FILE.csv`"))
    tests = _documented(_section("## `FILE.tests.csv`"))
    assert list(c.profile_table()[0]) == ["score", "outlet", "n", "mean", "median", "ci_low", "ci_high"]
    assert set(c.profile_table()[0]) <= set(profile)
    assert set(c.test_table()[0]) <= set(tests) and len(c.test_table()[0]) == 24  # epsilon_squared_by_chance the 24th
    json_text = " ".join(_section("## `FILE.tests.csv`").split("`--out FILE.json`", 1)[1].split())
    assert all(f"`{key}`" in json_text for key in c.to_dict())  # outlets, min_articles, paired_by, (paired,) profile, ...
    for key in c.to_dict().get("paired", {}):
        assert f"`{key}`" in json_text, key


@pytest.mark.parametrize("name", list(COMPARISONS))
def test_every_row_with_a_p_says_how_it_was_computed_and_adjusted(name):
    c = COMPARISONS[name]()
    rows = c.test_table()
    assert rows and all(r["p"] is not None for r in rows)
    assert all(r["p_method"] in P_METHODS and r["p_adjusted"] is not None and r["adjusted_over"].startswith("Benjamini-Hochberg over the ")
               for r in rows)
    documented = _documented(_section("## `FILE.tests.csv`"))["p_method"]
    assert all(f"`{m}`" in documented for m in P_METHODS)  # every method a row can name is defined


def test_a_two_outlet_row_is_scipys_test_with_its_method():
    records = _records(outlets=("Alpha", "Beta"))
    (row, _) = compare_outlets(records, ["hedge_per_1k", "quotes"]).test_table()
    a, b = ([r["scores"]["hedge_per_1k"] for r in records if r["outlet"] == o] for o in ("Alpha", "Beta"))
    ref = sps.mannwhitneyu(a, b, method="exact" if len(set(a + b)) == len(a + b) else "auto")
    assert (row["test"], row["statistic"]) == ("Mann-Whitney U", ref.statistic)
    assert row["p_method"] == "exact" and row["p"] == pytest.approx(sps.permutation_test(
        (a, b), lambda x, y: sps.mannwhitneyu(x, y).statistic, permutation_type="independent", n_resamples=np.inf).pvalue, rel=1e-9)


def test_cli_help_names_the_columns_and_how_each_p_is_computed(tmp_path):
    result = CliRunner().invoke(app, ["compare", "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    text = " ".join(result.output.replace("│", " ").split())
    assert "FILE.csv: score, outlet, n, mean, median, ci_low, ci_high" in text
    assert "one row a test with its statistic, p, p_method, p_adjusted, adjusted_over and effect sizes" in text
    assert ('Every p says how it was computed ("p from" in the table, p_method in --out): exact (its exact null distribution, '
            "ties included) wherever that costs little, else sampled (9,999 random splits, fixed seed), normal or chi-squared.") in text
    assert "docs/columns.md defines every column" in text


def test_cli_out_files_hold_only_documented_columns(tmp_path):
    with (tmp_path / "s.jsonl").open("w", encoding="utf-8") as f:
        for r in _records(3.0):
            f.write(json.dumps({**r, "metadata": {"event": r.pop("block")}}) + "\n")
    for paired in ([], ["--paired-by", "event"]):
        result = CliRunner().invoke(app, ["compare", "--scores", str(tmp_path / "s.jsonl"), "--out", str(tmp_path / "c.csv"), *paired])
        assert result.exit_code == 0, result.output
        profile = next(csv.reader((tmp_path / "c.csv").open(encoding="utf-8", newline="")))
        tests = list(csv.DictReader((tmp_path / "c.tests.csv").open(encoding="utf-8", newline="")))
        assert set(profile) <= set(_documented(_section("## `framing compare --out FILE.csv`")))
        assert set(tests[0]) <= set(_documented(_section("## `FILE.tests.csv`")))
        assert {r["test"] for r in tests} == ({"Friedman", "Wilcoxon signed-rank (pairwise)"} if paired else
                                              {"Kruskal-Wallis H", "Mann-Whitney U (pairwise)"})
        assert all(r["p_method"] and r["adjusted_over"] for r in tests if r["p"])

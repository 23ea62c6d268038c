"""`framing report` the way a user calls it (more of its tests: tests/test_report*.py)."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from framing.cli import app

runner = CliRunner()


@pytest.mark.parametrize("out, example", [
    ("summit.txt", "summit.html"),  # the page was written into a .txt that opened as its source
    ("reports", "reports/report.html"),  # a folder: "Is a directory" once the whole corpus was analysed
])
def test_an_out_not_ending_in_html_is_refused_before_any_analysis(seeds_dir, tmp_path, monkeypatch, out, example):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "reports").mkdir()
    result = runner.invoke(app, ["report", str(seeds_dir), "--no-model", "--out", out])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"error: {out}: --out must end in .html (e.g. --out {example}): a browser opens the report by that name"
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["reports"]


def test_an_out_ending_in_upper_case_html_is_written(seeds_dir, tmp_path):
    out = tmp_path / "Summit.HTML"
    result = runner.invoke(app, ["report", str(seeds_dir), "--no-model", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert f"report: {out} (2 articles" in result.stdout

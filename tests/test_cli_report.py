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


def test_saved_scores_reported_from_another_folder_find_their_texts_beside_the_scores_file(seeds_dir, tmp_path, monkeypatch):
    # `framing score seeds/ --out scores.jsonl` saves paths relative to where it ran; reported on from
    # elsewhere, every text was "could not be read again", and the report had scores and no texts
    import shutil

    project = tmp_path / "project"
    shutil.copytree(seeds_dir, project / "seeds")
    monkeypatch.chdir(project)
    scored = runner.invoke(app, ["score", "seeds", "--no-model", "--out", "scores.jsonl"])
    assert scored.exit_code == 0, scored.output
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    result = runner.invoke(app, ["report", "--scores", str(project / "scores.jsonl"), "--out", "r.html"])
    assert result.exit_code == 0, result.output
    assert "could not be read again" not in result.stderr
    assert "report: r.html (2 articles" in result.stdout


def test_saved_scores_whose_files_are_gone_still_say_so(seeds_dir, tmp_path, monkeypatch):
    import shutil

    shutil.copytree(seeds_dir, tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    assert runner.invoke(app, ["score", "seeds", "--no-model", "--out", "scores.jsonl"]).exit_code == 0
    shutil.rmtree(tmp_path / "seeds")
    result = runner.invoke(app, ["report", "--scores", "scores.jsonl", "--out", "r.html"])
    assert result.exit_code == 0, result.output
    assert "note 2 article text(s) could not be read again from their files" in " ".join(result.stderr.split())

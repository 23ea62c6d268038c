"""Repeated texts told by every command that reads a corpus (`framing score`'s own cases are in
tests/test_cli_score.py): `report` and `compare`, analysing or reusing saved scores."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from framing.cli import app

runner = CliRunner()

STORY = "Talks stall\n\nThe talks stalled on Friday, officials said, and the plan was called a farce.\n"


def _scraped_twice(tmp_path: Path) -> Path:
    """Two outlets' folders; b/ holds a copy of a/story.txt, and rows.jsonl repeats a row."""
    corpus = tmp_path / "corpus"
    for folder in ("a", "b"):
        (corpus / folder).mkdir(parents=True)
        (corpus / folder / "story.txt").write_text(STORY, encoding="utf-8")
    (corpus / "a" / "other.txt").write_text("Other\n\nSomething else entirely happened at the port.\n", encoding="utf-8")
    (corpus / "a" / "rows.jsonl").write_text('{"id": "x", "text": "The vote was close."}\n\n{"id": "y", "text": "The vote was close."}\n',
                                             encoding="utf-8")
    return corpus


def _expected(corpus: Path, where: str) -> str:
    a = corpus / "a"
    return (f"2 articles repeat an earlier article's text exactly{where}; "
            f"the first: {a / 'rows.jsonl'} (rows:y) has the same text as {a / 'rows.jsonl'}, line 1")


def test_report_tells_the_repeated_texts_and_notes_them_on_each_article(tmp_path):
    corpus = _scraped_twice(tmp_path)
    out = tmp_path / "r.html"
    result = runner.invoke(app, ["report", str(corpus), "--no-model", "--jobs", "1", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert _expected(corpus, " (a note on each, in the report)") in result.stderr.splitlines()
    page = out.read_text(encoding="utf-8")
    assert page.count(f"exact duplicate: the same text as {corpus / 'a' / 'story.txt'}") == 1  # b/story.txt's note


@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_report_from_saved_scores_tells_what_the_scoring_run_found(tmp_path, fmt):
    corpus = _scraped_twice(tmp_path)
    scores = tmp_path / f"scores.{fmt}"
    scored = runner.invoke(app, ["score", str(corpus), "--no-model", "--jobs", "1", "--format", fmt, "--out", str(scores)])
    assert scored.exit_code == 0, scored.output
    result = runner.invoke(app, ["report", "--scores", str(scores), "--out", str(tmp_path / "r.html")])
    assert result.exit_code == 0, result.output
    assert _expected(corpus, " (a note on each, in the report)") in result.stderr.splitlines()


def test_no_repeated_text_no_line(seeds_dir, tmp_path):
    result = runner.invoke(app, ["report", str(seeds_dir), "--no-model", "--jobs", "1", "--out", str(tmp_path / "r.html")])
    assert result.exit_code == 0, result.output
    assert "repeat" not in result.stderr


COMPARE_WHERE = " (each counted in its outlet's figures; `framing score` keeps a warning on each)"


def test_compare_tells_the_repeated_texts(tmp_path):
    corpus = _scraped_twice(tmp_path)
    result = runner.invoke(app, ["compare", str(corpus), "--no-model", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert _expected(corpus, COMPARE_WHERE) in result.stderr.splitlines()


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_compare_from_saved_scores_tells_what_the_scoring_run_found(tmp_path, fmt):
    corpus = _scraped_twice(tmp_path)
    scores = tmp_path / f"scores.{fmt}"
    scored = runner.invoke(app, ["score", str(corpus), "--no-model", "--jobs", "1", "--format", fmt, "--out", str(scores)])
    assert scored.exit_code == 0, scored.output
    result = runner.invoke(app, ["compare", "--scores", str(scores)])
    assert result.exit_code == 0, result.output
    assert _expected(corpus, COMPARE_WHERE) in result.stderr.splitlines()

"""docs/evaluate-spans.md's worked example, run as the page tells a reader to: the gold document it
shows saved as gold.jsonl, its text as my_articles/ID.txt, `framing score my_articles/ > pred.jsonl`,
then `framing evaluate spans`: the table printed is the table the page shows."""

from __future__ import annotations

import json
import re
from pathlib import Path

from typer.testing import CliRunner

from framing.cli import app

DOC = (Path(__file__).resolve().parents[1] / "docs" / "evaluate-spans.md").read_text(encoding="utf-8")
GOLD = json.loads(next(b for b in re.findall(r"```json\n(.*?)```", DOC, re.S) if '"spans"' in b))
TABLE = re.search(r"^```\n(type .*?)^```", DOC, re.S | re.M).group(1).strip()


def _evaluate(tmp_path, monkeypatch, *extra: str):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "gold.jsonl").write_text(json.dumps(GOLD) + "\n", encoding="utf-8")
    (tmp_path / "my_articles").mkdir()
    (tmp_path / "my_articles" / f"{GOLD['id']}.txt").write_text(GOLD["text"], encoding="utf-8")
    runner = CliRunner()
    scored = runner.invoke(app, ["score", "my_articles/", "--no-model", "--out", "pred.jsonl"])
    assert scored.exit_code == 0, scored.output
    return runner.invoke(app, ["evaluate", "spans", "--gold", "gold.jsonl", "--pred", "pred.jsonl", *extra])


def test_the_worked_example_prints_the_table_the_page_shows(tmp_path, monkeypatch):
    result = _evaluate(tmp_path, monkeypatch)
    assert result.exit_code == 0, result.output
    printed = result.stdout.strip().split("\n\n")[0].strip()
    assert [line.rstrip() for line in printed.splitlines()] == [line.rstrip() for line in TABLE.splitlines()]


def test_the_worked_example_explains_what_the_json_counts(tmp_path, monkeypatch):
    # the page: "caved to" against "caved": no exact match, an overlap, 5 of 8 characters; the
    # speaker disagrees (framing's `anonymous` against the gold's "White House aide")
    result = _evaluate(tmp_path, monkeypatch, "--json")
    assert result.exit_code == 0, result.output
    types = json.loads(result.stdout)["types"]
    loaded = types["loaded"]
    assert (loaded["exact"]["f1"], loaded["overlap"]["f1"], round(loaded["chars"]["precision"], 3)) == (0.0, 1.0, 0.625)
    assert round(loaded["chars"]["f1"], 3) == 0.769
    assert (types["cue"]["exact"]["f1"], types["source"]["exact"]["f1"]) == (1.0, 1.0)
    assert "0.769" in DOC and "5 of 8 characters" in DOC

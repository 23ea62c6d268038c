"""`framing score` as a researcher runs it on a table of their own: what the terminal tells them
about the input (tests for the fixes of the thirteenth session's researcher's read)."""

from __future__ import annotations

import csv
import io
import json

from typer.testing import CliRunner

from framing.cli import app

runner = CliRunner()
TEXT = "The senator said the plan was a disgrace. Officials said it might pass."


def _table(tmp_path, outlet_column: str):
    rows = [{"id": f"d{i}", outlet_column: ["nyt", "breitbart"][i % 2], "published": f"2016-01-0{i + 1}", "text": TEXT}
            for i in range(6)]
    path = tmp_path / "news.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    return path


def test_a_table_without_an_outlet_column_gets_a_note_naming_the_columns_to_group_by(tmp_path):
    out = tmp_path / "scores.csv"
    result = runner.invoke(app, ["score", str(_table(tmp_path, "publisher")), "--out", str(out), "--no-model"])
    assert result.exit_code == 0, result.output
    assert [r["outlet"] for r in csv.DictReader(io.StringIO(out.read_text(encoding="utf-8")))] == [""] * 6
    assert (f"note: no article names its outlet (the first: news:d0, from {tmp_path / 'news.csv'}): framing compare "
            'and framing report count them as one group, (no outlet); give the table an "outlet" column or pass '
            "--outlet NAME, or group by one of its other columns with --by (published, publisher)") in result.stderr


def test_a_table_with_an_outlet_column_gets_no_such_note(tmp_path):
    result = runner.invoke(app, ["score", str(_table(tmp_path, "outlet")), "--no-model"])
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["outlet"] for line in result.stdout.splitlines()] == ["nyt", "breitbart"] * 3
    assert "names no outlet" not in result.stderr and "names its outlet" not in result.stderr

"""framing/cli/input_errors.py: score, compare and report tell the inputs they left out alike (ten
lines and a count), and `--errors FILE` is always this run's: a header row, then a row an input
left out, a header only when there is none (also with --scores, where nothing is read)."""

from __future__ import annotations

import csv
import json

import pytest
from typer.testing import CliRunner

from framing.cli import app
from framing.cli.input_errors import ERRORS_COLUMNS

runner = CliRunner()
HEADER = ["path", "line", "id", "source_id", "error"]


def _news(path, bad: int = 0):
    with path.open("w", newline="", encoding="utf-8") as f:
        rows = csv.writer(f)
        rows.writerow(["id", "outlet", "text"])
        for i in range(6):
            rows.writerow([f"good{i}", "Daily" if i % 2 else "Courier", f"The minister said plan {i} was a disgrace."])
        for i in range(bad):
            rows.writerow([f"bad{i}", "Daily", ""])
    return path


def _run(command, tmp_path, *args):
    out = {"score": ["--out", str(tmp_path / "s.jsonl")], "compare": [], "report": ["--out", str(tmp_path / "r.html")]}[command]
    return runner.invoke(app, [command, *args, "--no-model", "--jobs", "1", *out])


@pytest.mark.parametrize("command", ["score", "compare", "report"])
def test_every_command_shows_ten_unreadable_inputs_and_one_count_line(tmp_path, command):
    news = _news(tmp_path / "news.csv", bad=12)
    result = _run(command, tmp_path, str(news))
    assert result.exit_code == 0, result.output
    shown = [line for line in result.stderr.splitlines() if line.startswith("error ")]
    assert shown == [f'error {news}:{n}: empty "text": nothing to analyse; fill in the article body or remove the row' for n in range(8, 18)]
    assert ("12 unreadable inputs, only the first 10 shown above; to keep every one in a file, pass --errors errors.csv"
            in " ".join(result.stderr.split()))


@pytest.mark.parametrize("command", ["score", "compare", "report"])
def test_a_run_with_no_unreadable_input_writes_a_header_only_errors_file_over_an_old_one(tmp_path, command):
    """A script reading --errors finds zero rows, not a missing file, nor the rows an earlier run left."""
    news = _news(tmp_path / "news.csv")
    errors = tmp_path / "errors.csv"
    errors.write_text("path,line,id,source_id,error\nold.csv,3,old:3,3,empty\n", encoding="utf-8")  # an earlier run's
    result = _run(command, tmp_path, str(news), "--errors", str(errors))
    assert result.exit_code == 0, result.output
    assert list(csv.reader(errors.open(encoding="utf-8"))) == [HEADER]
    assert "unreadable input" not in result.stderr  # nothing to count


@pytest.mark.parametrize("command", ["compare", "report"])
def test_with_saved_scores_the_errors_file_is_a_header_only(tmp_path, command):
    """--scores reads no article, so nothing can be left out: the file says so with its header alone,
    as any run without an unreadable input does (it had looked like a bug; it is the promise)."""
    news = _news(tmp_path / "news.csv", bad=2)
    scores = tmp_path / "scores.jsonl"
    assert runner.invoke(app, ["score", str(news), "--no-model", "--jobs", "1", "--out", str(scores)]).exit_code == 0
    errors = tmp_path / "errors.csv"
    out = ["--out", str(tmp_path / "r.html")] if command == "report" else []
    result = runner.invoke(app, [command, "--scores", str(scores), "--errors", str(errors), *out])
    assert result.exit_code == 0, result.output
    assert list(csv.reader(errors.open(encoding="utf-8"))) == [HEADER]


def test_the_errors_columns_are_the_ones_ingest_refuses_to_read_back():
    from framing.article_tables import _ERRORS_COLUMNS

    assert ERRORS_COLUMNS == HEADER == _ERRORS_COLUMNS


@pytest.mark.parametrize(("args", "message"), [
    (["--scores", "{tmp}/s.jsonl", "{tmp}/news.csv"], "pass either PATHS to analyse or --scores to reuse saved scores, not both"),
    (["--scores", "{tmp}/gone.jsonl"], "{tmp}/gone.jsonl: no such scores file or folder; write one with `framing score --out`"),
])
@pytest.mark.parametrize("command", ["compare", "report"])
def test_scores_are_checked_once_before_any_work_alike_in_compare_and_report(tmp_path, command, args, message):
    """`--scores` is checked in one place (cli/options.scores_given_as_path) before anything is read
    or written: the same line, exit 2, and no --errors file or report left behind."""
    _news(tmp_path / "news.csv")
    (tmp_path / "s.jsonl").write_text("", encoding="utf-8")
    out = ["--out", str(tmp_path / "r.html")] if command == "report" else []
    result = runner.invoke(app, [command, *(a.format(tmp=tmp_path) for a in args), "--errors", str(tmp_path / "e.csv"), *out])
    assert result.exit_code == 2
    assert result.stderr.strip() == f"error: {message.format(tmp=tmp_path)}"
    assert not (tmp_path / "e.csv").exists() and not (tmp_path / "r.html").exists()


def test_told_adds_each_input_left_out_and_passes_every_item_on(tmp_path):
    """`InputErrors.told`, the road saved scores take with --drop-duplicates: a dropped copy is an
    --errors row and counted apart from the unreadable inputs; the records go on untouched."""
    from rich.console import Console

    from framing.cli.input_errors import InputErrors
    from framing.duplicate_texts import DroppedDuplicate
    from framing.models import IngestError

    copy = DroppedDuplicate("n.jsonl", "dropped (--drop-duplicates): exact duplicate: the same text as n.jsonl, line 1", 3, "n:y", "y")
    bad = IngestError("bad.txt", "not UTF-8")
    errors = InputErrors(Console(stderr=True), tmp_path / "errors.csv")
    with errors:
        assert list(errors.told([{"id": "n:x"}, copy, bad])) == [{"id": "n:x"}, copy, bad]
    assert (errors.count, errors.dropped) == (1, 1)
    assert list(csv.reader((tmp_path / "errors.csv").open(encoding="utf-8"))) == [
        ERRORS_COLUMNS, ["n.jsonl", "3", "n:y", "y", copy.message], ["bad.txt", "", "", "", "not UTF-8"]]


@pytest.mark.parametrize(("path", "line", "shown"), [
    ("news.csv", 100, "error news.csv:100: empty"),  # ":100:" is rich's emoji code for 💯
    ("news.csv", 1234, "error news.csv:1234: empty"),  # and ":1234:" for 🔢
    ("a[bold]b.jsonl", 3, "error a[bold]b.jsonl:3: empty"),  # a file name is no markup
])
def test_an_unreadable_input_is_shown_as_it_is_whatever_the_console(path, line, shown):
    """Every command's console printed the line through rich's markup and emoji codes: a CSV row on
    line 100 came out as "news.csv💯 empty ...".  Through a console with both on (report's)."""
    import io

    from rich.console import Console

    from framing.cli.input_errors import InputErrors
    from framing.models import IngestError

    console = Console(file=io.StringIO(), width=200)
    InputErrors(console).add(IngestError(path, 'empty "text": nothing to analyse', line))
    assert console.file.getvalue() == f'{shown} "text": nothing to analyse\n'


@pytest.mark.parametrize("command", ["score", "compare", "report"])
def test_every_command_names_a_row_on_line_100_by_its_line(tmp_path, command):
    news = tmp_path / "news.jsonl"
    news.write_text("".join(json.dumps({"id": str(i), "outlet": "Daily" if i % 2 else "Courier",
                                        "text": "" if i == 100 else f"The minister said plan {i} was a disgrace."}) + "\n"
                            for i in range(1, 102)), encoding="utf-8")
    result = _run(command, tmp_path, str(news))
    assert result.exit_code == 0, result.output
    assert f'error {news}:100: empty "text": nothing to analyse' in result.stderr
    assert "💯" not in result.stderr

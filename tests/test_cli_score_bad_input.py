"""`framing score` given bad input the way users give it, through the CLI: each mistake is one
line naming the file (and line) and saying what to do, and a corpus run goes on past a bad
article: every input file is in the scores or in the errors file, none lost unsaid.

Each row puts a good article (good.txt) in a folder `in/` beside the bad input, runs
`framing score in/ --out scores.jsonl --errors errors.csv`, and states the exit code, the error
lines on stderr (paths relative to `in/`) and the ids scored."""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from framing.cli import app

runner = CliRunner()
GOOD = "Dam holds\n\nThe dam held, the mayor said.\n"
A_TXT = "Rain\n\nIt rained, officials said.\n"
NO_PATH_COLUMN = "manifest has no 'path' column (columns found: name, outlet); add one naming each file, relative to the manifest's folder"
LOOP = "a symbolic link that leads back to itself (a link loop), not a file or folder; remove the link, or point it at the articles"

CASES = [
    # (what, files {name: content; "->target" makes a symbolic link}, exit code, [error line on stderr], ids scored)
    ("manifest naming a file that does not exist",
     {"a.txt": A_TXT, "manifest.csv": "file,outlet\ngood.txt,Daily\na.txt,Daily\nb.txt,Daily\n"}, 0,
     ["manifest.csv:4: lists 'b.txt', but there is no such file beside the manifest; fix the path or remove the row"], ["a", "good"]),
    ("manifest with a wrong header",
     {"a.txt": A_TXT, "manifest.csv": "name,outlet\ngood.txt,Daily\n"}, 0, [f"manifest.csv:1: {NO_PATH_COLUMN}"], ["a", "good"]),
    ("manifest with a row twice",
     {"a.txt": A_TXT, "manifest.csv": "file,outlet\ngood.txt,Daily\na.txt,Daily\na.txt,Weekly\n"}, 0,
     ["manifest.csv:4: a.txt is listed twice (first on line 3); keep one row"], ["a", "good"]),
    ("csv without a text column",
     {"feed.csv": "id,outlet,maintext\n1,Daily,It rained.\n"}, 0,  # (a `body` column is the text now: framing/text_columns.py)
     ["feed.csv:1: no 'text' column (columns found: id, outlet, maintext); if `maintext` holds the article body, rename that column to `text`"],
     ["good"]),
    ("jsonl line that is not an object",
     {"feed.jsonl": '{"id": "1", "text": "It rained, she said."}\n[1, 2]\n"text"\n{"id": "4", "text": "It snowed."}\n'}, 0,
     ['feed.jsonl:2: a JSON list, not an object; each line must be one object with a "text" field',
      'feed.jsonl:3: a JSON string, not an object; each line must be one object with a "text" field'],
     ["feed:1", "feed:4", "good"]),
    ("0-byte file", {"empty.txt": ""}, 0, ["empty.txt: empty file (0 bytes): nothing to analyse; fill it in or leave it out"], ["good"]),
    ("a file that is a link to itself", {"loop.txt": "->loop.txt"}, 0, [f"loop.txt: {LOOP}"], ["good"]),
    ("a link to a file since deleted", {"gone.txt": "->../nowhere/gone.txt"}, 0,
     ["gone.txt: a symbolic link to ../nowhere/gone.txt, which does not exist; point the link at the articles, or remove it"], ["good"]),
    ("a folder link looping back up (read once, no error)", {"sub/b.txt": A_TXT, "sub/up": "->.."}, 0, [], ["b", "good"]),
    ("a Word document that is not one (a .txt renamed .docx)",
     {"a.txt": A_TXT, "story.docx": "Dam fails\n\nIt failed.\n"}, 0,
     ["story.docx: plain text, not a Word document (such a file is a ZIP archive); if it is an article, give it the extension .txt "
      "(the headline on the first line) instead"], ["a", "good"]),
    ("a web archive with no page in it",
     {"page.mhtml": 'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: text/css\r\n\r\nbody {}\r\n--b--\r\n'},
     0, ["page.mhtml: no web page in this web archive (no text/html part; it holds text/css); if it is an article, open the page in a "
         "browser and save it again ('Webpage, Single File', or 'Webpage, HTML only' as .html)"], ["good"]),
]


def _folder(tmp_path: Path, files: dict[str, str]) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    for name, content in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        if content.startswith("->"):
            os.symlink(content[2:], folder / name)
        else:
            (folder / name).write_text(content, encoding="utf-8")
    return folder


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links here")
@pytest.mark.parametrize("what, files, code, errors, scored", CASES, ids=[c[0] for c in CASES])
def test_each_bad_input_is_one_line_and_the_run_goes_on(tmp_path, what, files, code, errors, scored):
    folder = _folder(tmp_path, files)
    out, errors_csv = tmp_path / "scores.jsonl", tmp_path / "errors.csv"
    result = runner.invoke(app, ["score", str(folder), "--no-model", "--out", str(out), "--errors", str(errors_csv)])
    assert result.exit_code == code, result.output
    assert [line.removeprefix("error ") for line in result.stderr.splitlines() if line.startswith("error ")] == [
        f"{folder}{os.sep}{e}" for e in errors]
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(r["id"] for r in records) == scored
    with errors_csv.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    # every input file is in the scores or the errors (a manifest in the errors when it is at fault)
    accounted = {Path(r["path"]) for r in records} | {Path(r["path"]) for r in rows}
    inputs = {p for p in folder.rglob("*") if not p.is_dir() and p.name != "manifest.csv" and not (p.is_symlink() and p.name == "up")}
    assert inputs <= accounted, inputs - accounted


@pytest.mark.parametrize("args, code, error", [
    (["{tmp}/nowhere.txt"], 2, "error: {tmp}/nowhere.txt: no such file or folder; pass files or folders of articles"),
    (["{tmp}/loop.txt"], 2, f"error: {{tmp}}/loop.txt: {LOOP}"),
    (["{tmp}/empty"], 1, "error: no articles found in {tmp}/empty: framing reads .txt, .md, .markdown, .html, .htm, .xhtml, .shtml, "
                         ".mhtml, .mht, .docx, .odt, .docm, .fodt, .pdf, .rtf, .doc, .csv, .tsv, .jsonl, .ndjson, .parquet (a text, HTML, web-archive, "
                         "CSV or JSONL file also gzipped, as .gz); files of other types are skipped"),
    (["{tmp}/good.txt", "--outlet", ""], 2,
     """error: --outlet is empty: give the outlet's name (--outlet "The Daily Example"), or leave the option out to take each """
     "article's outlet from its manifest or file"),
    (["{tmp}/good.txt", "--outlet", "  "], 2, "error: --outlet is empty:"),
    (["{tmp}/good.txt", "--out", "{tmp}/good.txt/scores.jsonl"], 1,
     "error: {tmp}/good.txt/scores.jsonl: {tmp}/good.txt is a file, not a folder; choose another --out (or --spans, --errors) path"),
    (["{tmp}/good.txt", "--out", "{tmp}/scores.jsonl", "--errors", "{tmp}/good.txt/errors.csv"], 1,
     "error: {tmp}/good.txt is a file, not a folder; choose another --errors path"),  # (named as compare and report name it)
])
def test_a_mistake_in_the_command_is_one_line_saying_what_to_do(tmp_path, args, code, error):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "empty").mkdir()
    if hasattr(os, "symlink"):
        os.symlink("loop.txt", tmp_path / "loop.txt")
    result = runner.invoke(app, ["score", *(a.format(tmp=tmp_path) for a in args), "--no-model"])
    assert result.exit_code == code, result.output
    [line] = result.stderr.strip().splitlines()
    assert line.startswith(error.format(tmp=tmp_path))
    assert not (tmp_path / "scores.jsonl").exists() or code == 0  # a run that stops writes no output


def test_an_outlet_with_spaces_around_it_is_the_same_outlet(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    result = runner.invoke(app, ["score", str(tmp_path / "good.txt"), "--no-model", "--outlet", " Daily "])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["outlet"] == "Daily"


@pytest.mark.parametrize("command", [["report", "--out", "{tmp}/good.txt/report.html"], ["compare", "--out", "{tmp}/good.txt/means.csv"]])
def test_report_and_compare_name_an_out_they_cannot_write(tmp_path, command):
    """Under the installed script this was one line already; the command itself raised a traceback."""
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text("Talks end\n\nOfficials said the plan might pass.\n", encoding="utf-8")
    (tmp_path / "good.txt").write_text("notes\n", encoding="utf-8")
    args = [command[0], str(tmp_path / "news"), "--no-model", *[a.format(tmp=tmp_path) for a in command[1:]]]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines()[-1].endswith(f"{tmp_path}/good.txt is a file, not a folder; choose another --out path")

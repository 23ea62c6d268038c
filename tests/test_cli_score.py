"""`framing score` the way a user calls it."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from framing.cli import app

runner = CliRunner()
DESIGN_KEYS = {"id", "path", "outlet", "title", "date", "words", "scores", "spans", "ignored", "warnings", "sentences"}


def test_score_writes_one_json_object_per_article(seeds_dir):
    result = runner.invoke(app, ["score", str(seeds_dir), "--no-model"] if _has_model_option() else ["score", str(seeds_dir)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in records] == ["independent-putin-no-show", "ogmnews-putin-skips-talks"]
    assert [r["outlet"] for r in records] == ["The Independent", "OGM News"]
    assert records[0]["date"] == "2025-05-14"
    for r in records:
        assert DESIGN_KEYS <= set(r)
        assert r["words"] > 500
        assert {"loaded_author_per_1k", "quote_share", "attributions", "nonneutral_verb_share"} <= set(r["scores"])
    pantomime = [s for s in records[0]["spans"] if s["text"] == "pantomime" and s["type"] == "loaded"]
    assert pantomime and pantomime[0]["voice"] == "author" and pantomime[0]["source"] == "lexicon"
    assert "scored 2 articles, 0 errors" in result.stderr


def test_score_csv_has_one_row_per_article_and_spans_file_one_row_per_finding(seeds_dir, tmp_path):
    out, spans = tmp_path / "scores.csv", tmp_path / "spans.csv"
    result = runner.invoke(app, ["score", str(seeds_dir), "--format", "csv", "--out", str(out), "--spans", str(spans)])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [r["id"] for r in rows] == ["independent-putin-no-show", "ogmnews-putin-skips-talks"]
    assert float(rows[1]["loaded_quoted_per_1k"]) > 0
    span_rows = list(csv.DictReader(io.StringIO(spans.read_text(encoding="utf-8"))))
    pathetic = [r for r in span_rows if r["text"] == "pathetic"]
    assert pathetic and pathetic[0]["article_id"] == "ogmnews-putin-skips-talks"
    assert pathetic[0]["type"] == "loaded" and pathetic[0]["voice"] == "quoted"


def test_score_without_paths_scores_the_seeds(seeds_dir, monkeypatch):
    monkeypatch.chdir(seeds_dir.parent)
    result = runner.invoke(app, ["score", "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.stdout.count("\n") == 3  # header and two articles


def test_a_missing_path_is_a_one_line_error_naming_it(tmp_path):
    missing = tmp_path / "nowhere"
    result = runner.invoke(app, ["score", str(missing)])
    assert result.exit_code == 2
    assert "nowhere" in result.output and "no such file or folder" in result.output


def test_a_dash_for_standard_input_says_to_save_the_articles_to_a_file():
    result = runner.invoke(app, ["score", "-", "--no-model"], input='{"text": "A farce."}\n')
    assert result.exit_code == 2
    assert result.stderr.strip() == ("error: -: framing does not read articles from standard input; save them to a file "
                                     "(.jsonl: one JSON object a line with a 'text' field) and pass its path")


def test_a_web_address_says_to_save_the_page_first():
    result = runner.invoke(app, ["report", "https://www.example.com/news/flynn.html", "--no-model"])
    assert result.exit_code == 2
    assert result.stderr.strip() == ("error: https://www.example.com/news/flynn.html: framing reads no web addresses (nothing is "
                                     "downloaded); save the page in the browser (Save Page As, 'Web Page, HTML only') and pass the .html file")


def test_every_command_has_help():
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    assert "score" in result.stdout
    result = runner.invoke(app, ["score", "--help"])
    assert result.exit_code == 0
    assert "--format" in result.stdout and "--spans" in result.stdout and "--lexicon" in result.stdout


@pytest.mark.parametrize(
    "command, sentence",
    [
        (["score"], "With no PATHS it scores the sample corpus in seeds/. Unreadable inputs are reported on stderr (the first ten, then a count), and the rest are scored; --errors FILE keeps them all as CSV rows."),
        (["report"], "With no PATHS it reports on seeds/ and writes reports/seeds.html. The file opens offline in any browser and can be handed out as it is."),
        (["train"], "keep your test sentences out of it and measure them with `framing evaluate`."),
        (["evaluate"], "spans  Compare predicted spans with gold spans: precision, recall and F1 per type with exact, overlap and character matching"),
    ],
)
def test_help_paragraphs_are_not_broken_where_the_source_wraps(command, sentence):
    """On a wide terminal a paragraph of help is one line: the docstring's own line breaks (at 100
    columns in the source) once broke it mid-sentence ('reported on' / 'stderr, one line each')."""
    result = runner.invoke(app, [*command, "--help"], env={"COLUMNS": "250"})
    assert result.exit_code == 0
    assert sentence in result.stdout


@pytest.mark.parametrize("stop", [KeyboardInterrupt, lambda: SystemExit(143)])
def test_a_stopped_run_says_how_to_continue_it(tmp_path, monkeypatch, stop):
    """Ctrl-C or SIGTERM (a batch system's time limit) in the middle of a long run: say that --out
    keeps what was scored and that --resume continues, instead of ending without a word."""
    import framing.batch as batch

    def run(job, stdout):
        yield 1
        raise stop()

    monkeypatch.setattr(batch, "run", run)
    out = tmp_path / "scores.jsonl"
    result = runner.invoke(app, ["score", str(tmp_path), "--no-model", "--out", str(out)])
    assert result.exit_code in (130, 143)  # Ctrl-C: 130 (click), SIGTERM: 128 + 15
    assert result.stderr.splitlines() == [f"stopped: {out} keeps the articles scored so far; run the same command with --resume to continue"]


@pytest.mark.parametrize(
    "doc, shown",
    [
        ("One paragraph\nwrapped in the source.", "One paragraph wrapped in the source."),
        ("Intro.\n\n- one item\n- another", "Intro.\n\n- one item\n- another"),  # a list stays a list
        ("Intro.\n\n    Body\n    wrapped.\n\n        framing score news/\n        framing report\n    ",  # a docstring as written
         "Intro.\n\nBody wrapped.\n\n    framing score news/\n    framing report"),
    ],
)
def test_help_paragraphs_are_joined_but_lists_and_examples_are_kept(doc, shown):
    from framing.cli import _one_line_paragraphs

    assert _one_line_paragraphs(doc) == shown


def _has_model_option() -> bool:
    return "--no-model" in runner.invoke(app, ["score", "--help"]).stdout


def test_an_out_path_that_cannot_be_written_is_a_one_line_error_naming_it(seeds_dir, tmp_path):
    # found only when the file is opened, inside typer; `main()` turns it into one line, so call it
    # as the installed `framing` script does
    import subprocess
    import sys

    blocker = tmp_path / "afile"
    blocker.write_text("", encoding="utf-8")
    for args in (["--out", str(blocker / "x.jsonl")],
                 ["--format", "parquet", "--out", str(blocker / "p.parquet")],
                 ["--format", "csv", "--out", str(tmp_path / "s.csv"), "--spans", str(blocker / "sp.csv")]):
        result = subprocess.run([sys.executable, "-c", "from framing.cli import main; main()", "score", str(seeds_dir), "--no-model", *args],
                                capture_output=True, text=True, timeout=120)
        assert result.returncode == 1, result.stderr
        assert "Traceback" not in result.stderr
        [line] = result.stderr.strip().splitlines()
        assert line.startswith(f"error: {blocker}/") and line.endswith(f": {blocker} is a file, not a folder; choose another --out (or --spans, --errors) path")


def test_sigterm_stops_the_run_and_its_worker_processes(tmp_path):
    # `kill PID`, a batch system's time limit or `docker stop` signal only the main process; its
    # pool workers must go with it, and what was written must end on a whole line (for --resume)
    import os
    import signal
    import subprocess
    import sys
    import time

    import pytest

    if not os.path.exists("/proc/self/task"):
        pytest.skip("needs Linux /proc to list child processes")
    with (tmp_path / "big.csv").open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "outlet", "text"])
        w.writerows([i, "Daily", "Officials slammed the shameful plan, a senior aide said on Monday. " * 8] for i in range(20000))
    out = tmp_path / "scores.jsonl"
    run = subprocess.Popen([sys.executable, "-c", "from framing.cli import main; main()", "score", str(tmp_path / "big.csv"),
                            "--out", str(out), "--no-model", "--jobs", "2"], stderr=subprocess.PIPE, text=True)
    children_file = f"/proc/{run.pid}/task/{run.pid}/children"
    deadline = time.monotonic() + 60
    workers: list[str] = []
    while len(workers) < 2 and time.monotonic() < deadline and run.poll() is None:
        time.sleep(0.1)
        workers = open(children_file).read().split() if os.path.exists(children_file) else []
    assert len(workers) == 2, "the pool never started"
    while (not out.exists() or out.stat().st_size == 0) and time.monotonic() < deadline and run.poll() is None:
        time.sleep(0.05)  # stop it mid-run, once something is written (a loaded machine starts slowly)
    assert out.exists() and out.stat().st_size > 0 and run.poll() is None, "nothing was written before the deadline"
    run.send_signal(signal.SIGTERM)
    try:
        assert run.wait(timeout=30) == 128 + signal.SIGTERM
        time.sleep(0.5)
        left = [w for w in workers if os.path.exists(f"/proc/{w}") and "zombie" not in open(f"/proc/{w}/status").read()]
        assert left == [], "worker processes outlived the run"
    finally:
        for w in workers:  # if it failed, leave nothing running behind the test
            try:
                os.kill(int(w), signal.SIGKILL)
            except ProcessLookupError:
                pass
    assert "Traceback" not in run.stderr.read()
    text = out.read_text(encoding="utf-8")
    assert text.endswith("\n") and all(json.loads(line)["outlet"] == "Daily" for line in text.splitlines())


def test_a_folder_with_no_articles_is_an_error_saying_what_is_read(tmp_path):
    (tmp_path / "a.png").write_bytes(b"\x89PNG\r\n")
    result = runner.invoke(app, ["score", str(tmp_path), "--no-model"])
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.strip() == f"error: no articles found in {tmp_path}: framing reads .txt, .md, .markdown, .html, .htm, .xhtml, .shtml, .mhtml, .mht, .docx, .odt, .docm, .fodt, .pdf, .rtf, .doc, .csv, .tsv, .jsonl, .ndjson, .parquet (a text, HTML, web-archive, CSV or JSONL file also gzipped, as .gz); files of other types are skipped"


def test_a_folder_holding_only_a_word_file_names_it_and_says_how_to_save_it(tmp_path):
    (tmp_path / "a.docx").write_bytes(b"PK\x03\x04")
    result = runner.invoke(app, ["score", str(tmp_path), "--no-model"])
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.splitlines() == [
        f"error {tmp_path / 'a.docx'}: not a Word document (such a file is a ZIP archive, and this one is not, or is cut short); if it is an article, open it in Word and save it again as a Word Document (.docx), or save it as plain text (.txt, the headline on the first line)",
        result.stderr.splitlines()[1],
    ]
    assert result.stderr.splitlines()[1].startswith("scored 0 articles, 1 error, in ")


@pytest.mark.parametrize(
    ("out_name", "format_option", "starts_with"),
    [
        ("scores.csv", [], "id,source_id,path,outlet,"),  # the extension chooses the format
        ("scores.CSV", [], "id,source_id,path,outlet,"),
        ("scores.jsonl", [], '{"id": '),
        ("scores.txt", [], '{"id": '),  # anything else: JSONL
        ("scores.csv", ["--format", "jsonl"], '{"id": '),  # an explicit --format wins
    ],
)
def test_out_extension_chooses_the_format_unless_format_is_given(seeds_dir, tmp_path, out_name, format_option, starts_with):
    out = tmp_path / out_name
    result = runner.invoke(app, ["score", str(seeds_dir), "--no-model", "--out", str(out), *format_option])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith(starts_with)


def test_out_ending_in_parquet_writes_the_parquet_folder(seeds_dir, tmp_path):
    out = tmp_path / "scores.parquet"
    result = runner.invoke(app, ["score", str(seeds_dir), "--no-model", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert (out / "articles" / "part-00000.parquet").is_file() and (out / "spans" / "part-00000.parquet").is_file()


def test_replacing_an_existing_output_says_so_and_points_to_resume(seeds_dir, tmp_path):
    out = tmp_path / "scores.jsonl"
    first = runner.invoke(app, ["score", str(seeds_dir), "--no-model", "--out", str(out)])
    assert first.exit_code == 0 and "note: replacing" not in first.stderr
    size = out.stat().st_size
    again = runner.invoke(app, ["score", str(seeds_dir), "--no-model", "--out", str(out)])
    assert again.exit_code == 0
    assert f"note: replacing {out} ({size:,} bytes); to continue an interrupted run into it instead, pass --resume" in again.stderr.replace("\n", " ")
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2  # replaced, not appended
    resumed = runner.invoke(app, ["score", str(seeds_dir), "--no-model", "--out", str(out), "--resume"])
    assert resumed.exit_code == 0 and "note: replacing" not in resumed.stderr


def _formula_corpus(folder):
    """A .txt file whose id begins with '-' and a CSV whose outlet and title begin with + @ =."""
    folder.mkdir()
    (folder / "-note.txt").write_text("Officials slammed the shameful plan\n\nThe minister claimed it was a sham, officials said.\n",
                                      encoding="utf-8")
    (folder / "corpus.csv").write_text(
        "id,outlet,title,date,text\n"
        'r1,+Daily,"=HYPERLINK(""http://x"",""click"")",2024-01-02,"The senator slammed the shameful farce, aides said."\n'
        "r2,@home,'=already quoted,2024-01-03,Critics claimed the plan was outrageous.\n", encoding="utf-8")
    return folder


def test_csv_cells_a_spreadsheet_would_run_as_formulas_start_with_a_quote(tmp_path, monkeypatch):
    """OWASP's CSV-injection advice: a text cell beginning with = + - @ gets a leading ' in every CSV
    (articles and spans); numbers stay numbers, JSONL keeps the text as it is, and --resume and
    compare --scores read the cells back as they were."""
    monkeypatch.chdir(tmp_path)
    _formula_corpus(tmp_path / "news")
    result = runner.invoke(app, ["score", "news", "--no-model", "--out", "s.csv", "--spans", "sp.csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader((tmp_path / "s.csv").open(encoding="utf-8", newline="")))
    assert [(r["id"], r["outlet"], r["title"]) for r in rows] == [
        ("'-note", "", "Officials slammed the shameful plan"),
        ("corpus:r1", "'+Daily", "'=HYPERLINK(\"http://x\",\"click\")"),
        ("corpus:r2", "'@home", "''=already quoted"),  # one more ', so reading back is exact
    ]
    assert [r["words"] for r in rows] == ["14", "8", "6"] and rows[0]["loaded_author_per_1k"] == "285.71"  # 4 loaded in 14 words
    spans = list(csv.DictReader((tmp_path / "sp.csv").open(encoding="utf-8", newline="")))
    assert {(r["article_id"], r["outlet"]) for r in spans} == {("'-note", ""), ("corpus:r1", "'+Daily"), ("corpus:r2", "'@home")}
    assert [r["start"] for r in spans[:3]] == ["0", "10", "10"]  # offsets are plain numbers

    jsonl = runner.invoke(app, ["score", "news", "--no-model"])
    assert [(r["id"], r["outlet"], r["title"]) for r in map(json.loads, jsonl.stdout.splitlines())][1:] == [
        ("corpus:r1", "+Daily", '=HYPERLINK("http://x","click")'), ("corpus:r2", "@home", "'=already quoted")]

    again = runner.invoke(app, ["score", "news", "--no-model", "--out", "s.csv", "--spans", "sp.csv", "--resume"])
    assert again.exit_code == 0, again.output
    assert "scored 0 articles, skipped 3 already in s.csv" in again.stderr
    compared = runner.invoke(app, ["compare", "--scores", "s.csv", "--out", "c.json"])
    assert compared.exit_code == 0, compared.output
    assert [o["name"] for o in json.loads((tmp_path / "c.json").read_text())["outlets"]] == ["-note", "+Daily", "@home"]  # (three articles: the one naming no outlet goes under its file name)


@pytest.mark.parametrize(("format", "out", "starts_with", "note"), [
    ("jsonl", "scores.csv", '{"id": ', "note: writing jsonl into scores.csv, as --format asks, though its name says csv; tools that go by the name will misread it (drop --format, or end --out in .jsonl)"),
    ("csv", "scores.jsonl", "id,source_id,path,outlet,", "note: writing csv into scores.jsonl, as --format asks, though its name says jsonl; tools that go by the name will misread it (drop --format, or end --out in .csv)"),
    ("csv", "scores.txt", "id,source_id,path,outlet,", None),  # a name that says nothing: --format decides, nothing to say
    ("csv", "scores.csv", "id,source_id,path,outlet,", None),
])
def test_a_format_the_out_file_name_contradicts_is_written_with_a_note(seeds_dir, tmp_path, monkeypatch, format, out, starts_with, note):
    """`--format jsonl --out scores.csv` writes JSON lines, as asked, into a .csv file that compare
    --scores, pandas and spreadsheets then misread: the run now says so when it starts."""
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["score", str(seeds_dir), "--no-model", "--format", format, "--out", out])
    assert result.exit_code == 0, result.output
    assert (tmp_path / out).read_text(encoding="utf-8").startswith(starts_with)
    assert [line for line in result.stderr.splitlines() if line.startswith("note")] == ([note] if note else [])


def test_spans_and_out_naming_one_file_is_an_error_and_writes_nothing(seeds_dir, tmp_path):
    # both tables went into the one file, their rows interleaved (24 fields, then 21, ...)
    same = tmp_path / "scores.csv"
    result = runner.invoke(app, ["score", str(seeds_dir), "--no-model", "--format", "csv", "--out", str(same), "--spans", str(same)])
    assert result.exit_code == 1
    assert result.stderr.strip() == (f"error: --spans and --out both name {same}; give the findings a file of their own "
                                     "(e.g. --spans spans.csv)")
    assert not same.exists()


@pytest.mark.parametrize("args, written", [
    (["--out", "results/2025/scores.jsonl"], ["results/2025/scores.jsonl"]),
    (["--out", "results/scores.csv", "--spans", "findings/spans.csv"], ["results/scores.csv", "findings/spans.csv"]),
    (["--out", "results/scores.parquet"], ["results/scores.parquet/articles/part-00000.parquet"]),
])
def test_out_into_a_folder_that_does_not_exist_creates_it(seeds_dir, tmp_path, monkeypatch, args, written):
    # as `framing report --out reports/x.html` and `compare --out` do; it was "No such file or directory"
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["score", str(seeds_dir), "--no-model", *args])
    assert result.exit_code == 0, result.output
    assert "scored 2 articles, 0 errors" in result.stderr
    for name in written:
        assert (tmp_path / name).stat().st_size > 1000


def test_a_spans_file_that_cannot_be_written_leaves_the_earlier_out_as_it_was(seeds_dir, tmp_path):
    # the --out of an earlier run was emptied before the --spans file failed to open
    import subprocess
    import sys

    out = tmp_path / "scores.csv"
    out.write_text("id,words\nearlier-run,900\n", encoding="utf-8")
    blocker = tmp_path / "afile"
    blocker.write_text("", encoding="utf-8")
    result = subprocess.run([sys.executable, "-c", "from framing.cli import main; main()", "score", str(seeds_dir), "--no-model",
                             "--out", str(out), "--spans", str(blocker / "spans.csv")], capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1].startswith(f"error: {blocker}")
    assert out.read_text(encoding="utf-8") == "id,words\nearlier-run,900\n"


def _readme_output_example() -> dict:
    """The README's example line of `framing score` output, its `...` elisions dropped."""
    import re
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    [block] = [b for b in re.findall(r"```json\n(.*?)```", readme, re.S) if '"sentences"' in b]
    return json.loads(re.sub(r",\s*\.\.\.(?=\s*[]}])", "", block.replace(", ..., ", ", ")))


def _shown_matches(shown, actual, where: str, problems: list[str]) -> None:
    """Every value the README shows is in the output: dict keys equal, list items present, "..." elided.
    Scores and probabilities move a little with every lexicon edit: within 10%; the rest exactly."""
    if shown == "...":
        return
    if isinstance(shown, dict):
        for key, value in shown.items():
            if key not in actual:
                problems.append(f"{where}.{key}: not in the output")
            else:
                _shown_matches(value, actual[key], f"{where}.{key}", problems)
    elif isinstance(shown, list):
        for i, item in enumerate(shown):
            candidates = [a for a in actual if isinstance(a, dict) and isinstance(item, dict) and a.get("start") == item.get("start")]
            if not candidates:
                problems.append(f"{where}[{i}]: {item} not in the output")
            else:
                _shown_matches(item, candidates[0], f"{where}[{i}]", problems)
    elif isinstance(shown, float) and (".scores." in where or where.endswith("bias_probability")):
        if actual is None or abs(actual - shown) > 0.1 * abs(shown):
            problems.append(f"{where}: README {shown}, output {actual}")
    elif shown != actual:
        problems.append(f"{where}: README {shown!r}, output {actual!r}")


def test_the_readme_output_example_is_what_score_writes(seeds_dir, monkeypatch):
    # it showed 962 words, 55 sentences and a comment form at 4801-4815: the output of an older version
    monkeypatch.chdir(seeds_dir.parent)
    result = runner.invoke(app, ["score", "seeds/"])
    assert result.exit_code == 0, result.output
    shown = _readme_output_example()
    [actual] = [r for r in map(json.loads, result.stdout.splitlines()) if r["id"] == shown["id"]]
    problems: list[str] = []
    _shown_matches(shown, actual, "", problems)
    assert not problems, "README.md's Output example differs from `framing score seeds/` (update the README):\n" + "\n".join(problems)


@pytest.mark.parametrize("name, content, reported", [
    ("corpus.json", '[{"id": "a", "text": "Officials slammed the plan."}]', True),  # a corpus exported as one JSON array
    ("article.json", '{"title": "Dam fails", "maintext": "The dam failed."}', True),  # news-please writes one object an article
    ("metadata.json", '{"loaded": {"version": "1.0.0", "description": "mine"}}', False),  # settings, not articles
])
def test_a_json_file_in_a_folder_is_reported_when_it_holds_articles(tmp_path, name, content, reported):
    # the articles of a .json corpus beside .txt files were passed over without a word
    (tmp_path / "a.txt").write_text("Dam fails\n\nThe dam failed on Tuesday, officials said.\n", encoding="utf-8")
    (tmp_path / name).write_text(content, encoding="utf-8")
    result = runner.invoke(app, ["score", str(tmp_path), "--no-model"])
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["a"]
    errors = [line for line in result.stderr.splitlines() if line.startswith("error")]
    assert errors == ([f"error {tmp_path / name}: not read: a JSON file; if it holds articles, write them as JSON Lines "
                       "(one article object a line) in a .jsonl file"] if reported else [])
    assert f"scored 1 article, {int(reported)} error" in result.stderr


def test_a_page_saved_before_its_script_filled_it_in_is_an_error_not_a_one_word_article(tmp_path):
    # it was scored as an article whose whole text was its <title>, "Loading...", without a word said
    (tmp_path / "spa.html").write_text('<!DOCTYPE html><html><head><title>Loading...</title><script src="/app.js"></script></head>'
                                       '<body><div id="root"></div><noscript>You need to enable JavaScript.</noscript></body></html>',
                                       encoding="utf-8")
    (tmp_path / "short.html").write_text("<html><head><title>Quake | Coast News</title></head><body><h1>Quake strikes</h1>"
                                         "<p>An earthquake struck on Tuesday.</p></body></html>", encoding="utf-8")
    result = runner.invoke(app, ["score", str(tmp_path), "--no-model"])
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["short"]
    assert result.stderr.splitlines()[0] == (
        f"error {tmp_path / 'spa.html'}: no article text in this HTML page, only its title ('Loading...'): a page filled in by "
        "JavaScript was saved before it loaded; open the article in a browser, wait for it, and save it again (Save Page As), "
        "or copy its text into a .txt file")


def test_options_that_do_not_go_together_fail_without_saying_the_out_file_is_replaced(seeds_dir, tmp_path):
    # "note: replacing scores.csv (...)" came first, then the error: nothing was replaced
    out = tmp_path / "scores.csv"
    out.write_text("id,words\nearlier-run,900\n", encoding="utf-8")
    result = runner.invoke(app, ["score", str(seeds_dir), "--no-model", "--out", str(out), "--spans", str(out)])
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [f"error: --spans and --out both name {out}; give the findings a file of their own (e.g. --spans spans.csv)"]
    assert out.read_text(encoding="utf-8") == "id,words\nearlier-run,900\n"


def test_a_manifest_row_naming_a_file_in_another_case_says_which_file_it_means(tmp_path):
    # "no such file" for 'B.txt' beside b.txt: a manifest typed on Windows or macOS, read on Linux
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("Dam fails\n\nThe dam failed on Tuesday, officials said.\n", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("path,outlet\na.txt,The Courier\nB.txt,The Herald\nc.txt,Other\n", encoding="utf-8")
    result = runner.invoke(app, ["score", str(tmp_path), "--no-model"])
    assert result.exit_code == 0, result.output
    assert [(r["id"], r["outlet"]) for r in map(json.loads, result.stdout.splitlines())] == [("a", "The Courier"), ("b", None)]
    manifest = tmp_path / "manifest.csv"
    assert [line for line in result.stderr.splitlines() if line.startswith("error")] == [
        f"error {manifest}:3: lists 'B.txt', but the file beside the manifest is 'b.txt' (file names differ in upper and lower case here); write 'b.txt' in the manifest",
        f"error {manifest}:4: lists 'c.txt', but there is no such file beside the manifest; fix the path or remove the row",
    ]


@pytest.mark.parametrize("pattern, ids", [
    ("*.txt", ["courier", "herald"]),  # quoted, or typed in a Windows shell that leaves patterns to the program
    ("**/*.csv", ["wire:w1"]),
])
def test_a_pattern_the_shell_did_not_expand_is_expanded(tmp_path, monkeypatch, pattern, ids):
    monkeypatch.chdir(tmp_path)
    for name in ("courier", "herald"):
        (tmp_path / f"{name}.txt").write_text("Dam fails\n\nThe dam failed on Tuesday, officials said.\n", encoding="utf-8")
    (tmp_path / "rows").mkdir()
    (tmp_path / "rows" / "wire.csv").write_text("id,outlet,text\nw1,Wire,The dam failed.\n", encoding="utf-8")
    result = runner.invoke(app, ["score", pattern, "--no-model"])
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ids


def test_a_pattern_matching_nothing_is_an_error_naming_it(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["score", "news/*.txt", "--no-model"])
    assert result.exit_code == 2
    assert result.stderr.strip() == "error: news/*.txt: no file matches this pattern; check it, or pass the folder that holds the articles"


def test_out_dash_is_standard_output(seeds_dir, tmp_path, monkeypatch):
    # it wrote a file named '-' in the current folder
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["score", str(seeds_dir), "--no-model", "--format", "csv", "--out", "-"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0].startswith("id,source_id,path,outlet,title,date")
    assert len(result.stdout.splitlines()) == 3
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("args, place", [
    (["--out", "s.jsonl"], 'the "warnings" field of their lines in s.jsonl'),
    (["--out", "s.csv"], 'the "warnings" column of s.csv'),
    (["--format", "parquet", "--out", "s.parquet"], 'the "warnings" column of s.parquet/articles'),
    ([], 'the "warnings" field of their lines'),
])
def test_the_summary_counts_articles_with_input_warnings_and_says_where_they_are(tmp_path, monkeypatch, args, place):
    # an ambiguous date and a cp1252 file were warned of only inside the output, never on the terminal
    monkeypatch.chdir(tmp_path)
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_bytes("Café plan\n\nThe mayor’s plan may fail.\n".encode("cp1252"))
    (news / "b.txt").write_text("Plan\n\nThe plan may work.\n", encoding="utf-8")
    (news / "c.txt").write_text("Plan\n\nThe plan failed.\n", encoding="utf-8")
    (news / "manifest.csv").write_text("file,outlet,date\na.txt,Herald,2024-04-05\nb.txt,Tribune,03/04/2024\nc.txt,Tribune,2024-04-06\n", encoding="utf-8")
    result = runner.invoke(app, ["score", "news", "--no-model", *args])
    assert result.exit_code == 0, result.output
    last = result.stderr.splitlines()[-1]
    assert last == ("2 articles with input warnings, in " + place + "; the first: a: decoded as cp1252: not valid UTF-8 "
                    "(check the characters, or save the file as UTF-8)")
    assert result.stderr.splitlines()[-2].startswith("scored 3 articles, 0 errors, in ")


def test_a_run_without_input_warnings_says_nothing_of_them(tmp_path, seeds_dir):
    result = runner.invoke(app, ["score", str(seeds_dir), "--no-model", "--out", str(tmp_path / "s.jsonl")])
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[-1].startswith("scored 2 articles, 0 errors, in ")
    assert "warning" not in result.stderr


@pytest.mark.parametrize("args, message", [
    (["--out", "results"], "--out results is a folder; name a file in it (--out results/scores.jsonl), or write Parquet there with --format parquet"),
    (["--out", "results", "-f", "csv"], "--out results is a folder; name a file in it (--out results/scores.csv), or write Parquet there with --format parquet"),
    (["--out", "s.csv", "--spans", "results"], "--spans results is a folder; name a file in it (--spans results/spans.csv)"),
])
def test_an_out_or_spans_that_is_a_folder_is_refused_naming_a_file_to_use(seeds_dir, tmp_path, monkeypatch, args, message):
    # was "error: results: Is a directory; check that the path and its folders exist and can be written"
    monkeypatch.chdir(tmp_path)
    (tmp_path / "results").mkdir()
    result = runner.invoke(app, ["score", str(seeds_dir), "--no-model", *args])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"error: {message}"
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["results"]


def test_file_names_and_ids_with_brackets_are_printed_as_they_are(tmp_path):
    # the terminal's markup took "[draft]" out of a file name, and an id "x[/y]" crashed the summary
    (tmp_path / "news[draft].txt").write_bytes(b"")
    (tmp_path / "b.csv").write_text("id,date,text\nx[/y],03/04/2024,The plan failed.\n", encoding="utf-8")
    result = runner.invoke(app, ["score", str(tmp_path), "--no-model"])
    assert result.exit_code == 0, result.output
    lines = result.stderr.splitlines()
    assert lines[0] == f"error {tmp_path / 'news[draft].txt'}: empty file (0 bytes): nothing to analyse; fill it in or leave it out"
    assert lines[-1] == ('1 article with input warnings, in the "warnings" field of its line; the first: b:x[/y]: '
                         "date '03/04/2024' is ambiguous (3 April or March 4 2024?): kept as given (write dates as YYYY-MM-DD)")


def _csv_with_empty_rows(path, bad: int, good: int = 2):
    with open(path, "w", newline="", encoding="utf-8") as f:
        rows = csv.writer(f)
        rows.writerow(["id", "outlet", "text"])
        for i in range(good):
            rows.writerow([f"good{i}", "Daily", "The minister said the plan was a disgrace."])
        for i in range(bad):
            rows.writerow([f"bad{i}", "Daily", ""])


def test_errors_file_keeps_every_unreadable_row_and_the_terminal_shows_the_first_ten(tmp_path):
    _csv_with_empty_rows(tmp_path / "news.csv", bad=25)
    errors = tmp_path / "logs" / "errors.csv"  # its folder is created
    result = runner.invoke(app, ["score", str(tmp_path / "news.csv"), "--no-model", "--out", str(tmp_path / "s.jsonl"), "--errors", str(errors)])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(errors.open(encoding="utf-8")))
    assert [r["line"] for r in rows] == [str(n) for n in range(4, 29)]  # header, two good rows, then the 25 bad
    assert {r["path"] for r in rows} == {str(tmp_path / "news.csv")}
    # each row's id as the output writes ids, so the scores and the errors together name every input row
    assert [r["id"] for r in rows] == [f"news:bad{i}" for i in range(25)]
    assert rows[0]["error"] == 'empty "text": nothing to analyse; fill in the article body or remove the row'
    shown = [line for line in result.stderr.splitlines() if line.startswith("error ")]
    assert len(shown) == 10 and shown[0].endswith("news.csv:4: " + rows[0]["error"])
    assert f"25 unreadable inputs written to {errors}; 15 more not shown above" in " ".join(result.stderr.split())  # as compare and report say it
    assert len((tmp_path / "s.jsonl").read_text().splitlines()) == 2


def test_many_errors_without_an_errors_file_show_ten_and_a_count_with_a_hint(tmp_path):
    # one policy with compare and report (framing/cli/input_errors.py): it had shown every one, 12 here
    _csv_with_empty_rows(tmp_path / "news.csv", bad=12)
    result = runner.invoke(app, ["score", str(tmp_path / "news.csv"), "--no-model", "--out", str(tmp_path / "s.jsonl")])
    assert result.exit_code == 0
    assert len([line for line in result.stderr.splitlines() if line.startswith("error ")]) == 10
    assert ("12 unreadable inputs, only the first 10 shown above; to keep every one in a file, pass --errors errors.csv"
            in " ".join(result.stderr.split()))


@pytest.mark.parametrize(("errors_arg", "message"), [
    ("s.jsonl", "--errors {tmp}/s.jsonl is also the output; give the errors a file of their own"),
    (".", "--errors {tmp} is a folder; name a file in it (--errors {tmp}/errors.csv)"),
])
def test_an_errors_file_that_cannot_be_used_is_refused_before_scoring(tmp_path, errors_arg, message):
    _csv_with_empty_rows(tmp_path / "news.csv", bad=1)
    result = runner.invoke(app, ["score", str(tmp_path / "news.csv"), "--no-model", "--out", str(tmp_path / "s.jsonl"),
                                 "--errors", str(tmp_path / errors_arg)])
    assert result.exit_code == 1
    assert message.format(tmp=tmp_path) in result.stderr
    assert not (tmp_path / "s.jsonl").exists()


def test_resuming_a_finished_run_whose_corpus_has_bad_rows_succeeds_as_the_first_run_did(tmp_path):
    """MBIC as articles: 73 rows with no text.  The first run exited 0; `--resume` on the finished
    output (a script's retry) scored nothing new, saw the same errors and exited 1, as if no
    article could be read."""
    corpus = tmp_path / "rows.csv"
    corpus.write_text("id,outlet,text\n1,Daily,The minister said the plan was a disgrace.\n2,Daily,\n"
                      "3,Herald,The mayor said the plan was fine.\n", encoding="utf-8")
    out = tmp_path / "s.jsonl"
    first = runner.invoke(app, ["score", str(corpus), "--no-model", "--jobs", "1", "-o", str(out)])
    assert first.exit_code == 0, first.output
    again = runner.invoke(app, ["score", str(corpus), "--no-model", "--jobs", "1", "-o", str(out), "--resume"])
    assert again.exit_code == 0, again.output
    assert f"scored 0 articles, skipped 2 already in {out}, 1 error, in" in again.stderr
    assert [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()] == ["rows:1", "rows:3"]
    only_bad = tmp_path / "bad.csv"
    only_bad.write_text("id,outlet,text\n1,Daily,\n", encoding="utf-8")
    nothing = runner.invoke(app, ["score", str(only_bad), "--no-model", "--jobs", "1", "-o", str(tmp_path / "b.jsonl"), "--resume"])
    assert nothing.exit_code == 1  # no article at all, resumed or not: still a failure


def test_the_errors_file_and_the_scores_together_account_for_every_input_row_by_id(tmp_path):
    """MBIC's articles as a corpus: 73 rows with no text.  errors.csv said only path and line, so a
    researcher could not join it to the input by id; a row with no id gets `file:line`, as scored
    rows do, and a whole file that cannot be read has no id."""
    corpus = tmp_path / "rows.jsonl"
    corpus.write_text('{"id": "a", "text": "The minister slammed the plan."}\n{"id": "b", "text": ""}\n'
                      '{"text": null}\n{"id": "c", "text": "<div><script>x()</script></div>"}\n', encoding="utf-8")
    (tmp_path / "broken.jsonl.gz").write_bytes(b"not gzip")
    errors = tmp_path.parent / f"{tmp_path.name}-errors.csv"
    result = runner.invoke(app, ["score", str(tmp_path), "--no-model", "--jobs", "1", "--out", str(tmp_path.parent / f"{tmp_path.name}.jsonl"), "--errors", str(errors)])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(errors.open(encoding="utf-8")))
    # source_id: the row's own id as given, as the scored rows carry it, so both join the input on (path, source_id)
    assert [(r["path"], r["line"], r["id"], r["source_id"]) for r in rows] == [
        (str(tmp_path / "broken.jsonl.gz"), "", "", ""), (str(corpus), "2", "rows:b", "b"), (str(corpus), "3", "rows:3", ""),
        (str(corpus), "4", "rows:c", "c")]
    scored = [json.loads(line) for line in (tmp_path.parent / f"{tmp_path.name}.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(r["path"], r["id"], r["source_id"]) for r in scored] == [(str(corpus), "rows:a", "a")]


def test_an_errors_file_inside_the_folder_scored_is_not_read_as_an_article_table(tmp_path):
    """`framing score news/ --out news/s.jsonl --errors news/errors.csv`: the run read its own
    errors file, just opened, as input ("errors.csv: empty CSV file: no header row"), and on the
    next run the last run's errors as a table with no text column."""
    _csv_with_empty_rows(tmp_path / "news.csv", bad=1)
    args = ["score", str(tmp_path), "--no-model", "--jobs", "1", "--out", str(tmp_path / "s.jsonl"), "--errors", str(tmp_path / "errors.csv")]
    for _ in range(2):
        result = runner.invoke(app, args)
        assert result.exit_code == 0, result.output
        assert "scored 2 articles, 1 error, in" in result.stderr
        assert [r["path"] for r in csv.DictReader((tmp_path / "errors.csv").open(encoding="utf-8"))] == [str(tmp_path / "news.csv")]


def test_an_errors_file_left_in_a_folder_is_named_as_framings_own_output(tmp_path):
    """Scoring the folder again without --errors: the last run's errors.csv was read as articles
    and refused for having no 'text' column, as if the user's table were broken."""
    _csv_with_empty_rows(tmp_path / "news.csv", bad=1)
    first = runner.invoke(app, ["score", str(tmp_path), "--no-model", "--jobs", "1", "--out", str(tmp_path / "s.jsonl"),
                                "--errors", str(tmp_path / "errors.csv")])
    assert first.exit_code == 0, first.output
    again = runner.invoke(app, ["score", str(tmp_path), "--no-model", "--jobs", "1", "--out", str(tmp_path / "s.jsonl")])
    assert again.exit_code == 0, again.output
    assert (f"error {tmp_path / 'errors.csv'}:1: this is the unreadable inputs framing score --errors listed, not articles; leave it out, "
            "and write framing's outputs outside the folders you score") in " ".join(again.stderr.split())
    assert "no 'text' column" not in again.stderr


def _scraped_twice(tmp_path):
    """Two scrapes of one story (a/ and b/), plus a JSONL file that holds one text twice."""
    story = "Calm day\n\nNothing happened in the town today, the mayor said.\n"
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(story, encoding="utf-8")
    (tmp_path / "a" / "other.txt").write_text("Other\n\nSomething else entirely happened.\n", encoding="utf-8")
    (tmp_path / "a" / "rows.jsonl").write_text(
        '{"id": "x", "text": "A different text."}\n\n{"id": "y", "text": "The vote was close."}\n'
        '{"id": "z", "text": "The vote was close."}\n', encoding="utf-8")  # y is on line 3, after a blank line
    return [str(tmp_path / "a"), str(tmp_path / "b")]


@pytest.mark.parametrize(("fmt", "place"), [
    ("jsonl", 'the "warnings" field of their lines in {out}'),
    ("csv", 'the "warnings" column of {out}'),
])
def test_exact_duplicate_texts_are_reported_with_both_files(tmp_path, fmt, place):
    paths = _scraped_twice(tmp_path)
    out = tmp_path / f"scores.{fmt}"
    result = runner.invoke(app, ["score", *paths, "--no-model", "--jobs", "1", "-o", str(out)])
    assert result.exit_code == 0, result.output
    a = tmp_path / "a"
    assert result.stderr.splitlines()[-2:] == [  # each copy named by its file, and a row by its line too
        f"2 articles repeat an earlier article's text exactly (a warning in {place.format(out=out)}); "
        f"the first: {a / 'rows.jsonl'}, line 4 (rows:z) has the same text as {a / 'rows.jsonl'}, line 3",
        f"  also: {tmp_path / 'b' / 'story.txt'} (story~2) has the same text as {a / 'story.txt'}"]
    if fmt == "jsonl":
        rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        warnings = {(r["path"], r["id"]): r["warnings"] for r in rows}
    else:
        rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
        warnings = {(r["path"], r["id"]): r["warnings"].split(" | ") if r["warnings"] else [] for r in rows}
    assert {k: w for k, w in warnings.items() if w} == {
        (str(a / "rows.jsonl"), "rows:z"): [f"exact duplicate: the same text as {a / 'rows.jsonl'}, line 3 (this article: line 4)"],
        (str(tmp_path / "b" / "story.txt"), "story~2"): [f"exact duplicate: the same text as {a / 'story.txt'}"],
    }


def test_a_resumed_run_still_knows_the_texts_the_first_part_wrote(tmp_path):
    """b/ added when resuming: its copy of a/story.txt is a duplicate of an article written before."""
    paths = _scraped_twice(tmp_path)
    out = tmp_path / "scores.jsonl"
    first = runner.invoke(app, ["score", paths[0], "--no-model", "--jobs", "1", "-o", str(out)])
    assert first.exit_code == 0, first.output
    result = runner.invoke(app, ["score", *paths, "--no-model", "--jobs", "1", "-o", str(out), "--resume"])
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[-1] == (
        f'1 article repeats an earlier article\'s text exactly (scored in this run; a warning in the "warnings" field of its line in {out}); '
        f"the first: {tmp_path / 'b' / 'story.txt'} (story~2) has the same text as {tmp_path / 'a' / 'story.txt'}")


def test_no_duplicates_no_line(seeds_dir):
    result = runner.invoke(app, ["score", str(seeds_dir), "--no-model", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert "repeat" not in result.stderr


def test_a_check_past_its_bound_says_so():
    from framing.duplicate_texts import Duplicates
    from framing.models import Article

    d = Duplicates(max_texts=1)
    list(d.count(d.mark([Article("a", "one", source_path="a.txt"), Article("b", "two", source_path="b.txt"),
                         Article("c", "one", source_path="c.txt")])))
    assert d.lines(" (in x.jsonl)") == [
        "1 article repeats an earlier article's text exactly (in x.jsonl); the first: c.txt (c) has the same text as a.txt",
        "note: the duplicate check keeps 1 distinct texts; later texts were checked against those only"]


@pytest.mark.parametrize("outputs", [["--out", "s.jsonl"], ["--out", "s.parquet"], ["--out", "s.csv", "--spans", "sp.csv"]])
def test_a_run_that_finds_no_article_leaves_no_empty_output_or_run_record(tmp_path, monkeypatch, outputs):
    """A mistyped folder: the error says so, and no empty `s.jsonl` with its `s.jsonl.run.json` is left
    to look like a finished run (they had been)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "empty").mkdir()
    result = runner.invoke(app, ["score", "empty", "--no-model", *outputs])
    assert result.exit_code == 1
    assert result.stderr.startswith("error: no articles found in empty: ")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty"]


@pytest.mark.parametrize("folder, files", [("empty", {}), ("broken", {"a.txt": b"", "b.txt": b"\x00\x01\x02binary"})])
def test_a_run_that_scores_no_article_leaves_an_earlier_output_and_its_record_as_they_were(tmp_path, monkeypatch, folder, files):
    """A mistyped folder, or one of unreadable files only: the scores of the earlier run into the
    same --out are not emptied for nothing (they had been truncated to 0 bytes), and the run says so."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text("Headline\n\nThe minister slammed the plan.", encoding="utf-8")
    assert runner.invoke(app, ["score", "news", "--no-model", "--out", "s.jsonl"]).exit_code == 0
    before = {name: (tmp_path / name).read_bytes() for name in ("s.jsonl", "s.jsonl.run.json")}
    (tmp_path / folder).mkdir()
    for name, data in files.items():
        (tmp_path / folder / name).write_bytes(data)
    result = runner.invoke(app, ["score", folder, "--no-model", "--out", "s.jsonl"])
    assert {name: (tmp_path / name).read_bytes() for name in before} == before
    assert b'"slammed"' in before["s.jsonl"]
    assert result.exit_code == 1  # errors, or nothing found
    if files:
        assert "note: no article could be scored, so s.jsonl is left as it was" in result.stderr
        assert "scored 0 articles, 2 errors" in result.stderr
    else:
        assert result.stderr.splitlines()[-1].endswith("files of other types are skipped; s.jsonl is left as it was")


def test_the_cli_loads_no_scipy_before_a_command_needs_it():
    """`framing score` on one article must not pay for `compare`'s statistics: SciPy alone is
    about 60 MB and 0.9 s (an import at the top of cli/compare.py once made every run load it)."""
    import subprocess
    import sys

    code = "import sys, framing.cli, framing.pipeline, framing.parallel; print(sorted({m.split('.')[0] for m in sys.modules} & {'scipy', 'sklearn', 'plotly', 'pyarrow'}))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_the_warnings_line_names_row_100_as_it_is(tmp_path):
    """"the first: news:100: date ..." had come out as "the first: news💯 date ..." (rich's emoji code)."""
    news = tmp_path / "news.jsonl"
    news.write_text("".join(json.dumps({"id": str(i), "date": "whenever" if i == 100 else "2024-01-02", "text": f"Plan {i} was a disgrace."}) + "\n"
                            for i in range(1, 102)), encoding="utf-8")
    result = runner.invoke(app, ["score", str(news), "--no-model", "--jobs", "1", "--out", str(tmp_path / "s.jsonl")])
    assert result.exit_code == 0, result.output
    assert "the first: news:100: date 'whenever' not understood: kept as given" in " ".join(result.stderr.split())

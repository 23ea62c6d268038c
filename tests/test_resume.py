"""framing/resume.py: `framing score --resume` after an interrupted run writes every article exactly
once, whatever half-written tail the run left (a cut JSONL line, a cut CSV row, a temporary
Parquet part), and a real killed run finishes to the same output as an uninterrupted one."""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from framing import export, parquet, resume
from framing.cli import app
from generated_corpus import make_corpus

runner = CliRunner()
N = 40


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return make_corpus(tmp_path_factory.mktemp("resume") / "corpus", N)


@pytest.fixture(scope="module")
def complete(corpus, tmp_path_factory) -> dict[str, Path]:
    """The uninterrupted outputs every resumed run must reproduce."""
    tmp = tmp_path_factory.mktemp("complete")
    paths = {"jsonl": tmp / "s.jsonl", "csv": tmp / "s.csv", "spans": tmp / "spans.csv", "parquet": tmp / "s.parquet"}
    _score(corpus, "-o", paths["jsonl"])
    _score(corpus, "-f", "csv", "-o", paths["csv"], "--spans", paths["spans"])
    _score(corpus, "-f", "parquet", "-o", paths["parquet"])
    return paths


def _score(corpus: Path, *args) -> str:
    result = runner.invoke(app, ["score", str(corpus), "--jobs", "1", *map(str, args)])
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize(
    ("whole_lines", "cut"),
    [(0, 0), (0, 50), (12, 0), (12, 1), (12, 300), (39, 20), (40, 0)],
    ids=["empty", "half-first", "12-whole", "12-and-a-byte", "12-and-half", "39-and-half", "all-done"],
)
def test_jsonl_resume_writes_each_article_once(corpus, complete, tmp_path, whole_lines, cut):
    lines = complete["jsonl"].read_bytes().splitlines(keepends=True)
    out = tmp_path / "s.jsonl"
    out.write_bytes(b"".join(lines[:whole_lines]) + (lines[whole_lines][:cut] if whole_lines < N else b""))
    output = _score(corpus, "-o", out, "--resume")
    assert out.read_bytes() == complete["jsonl"].read_bytes()
    assert f"scored {N - whole_lines} article" in output
    assert f"skipped {whole_lines} already in {out}" in output


def test_csv_resume_cuts_a_half_row_and_the_spans_of_the_unfinished_article(corpus, complete, tmp_path):
    articles = complete["csv"].read_bytes().splitlines(keepends=True)
    out, spans = tmp_path / "s.csv", tmp_path / "spans.csv"
    out.write_bytes(b"".join(articles[:1 + 7]) + articles[8][:25])  # header, 7 articles, a cut row
    span_lines = complete["spans"].read_bytes().splitlines(keepends=True)
    done_spans = sum(1 for line in span_lines[1:] if line.split(b",")[0] < b"a0007")
    # the run died while writing the spans of article 8: a few of them, the last one cut
    spans.write_bytes(b"".join(span_lines[:1 + done_spans + 3]) + span_lines[1 + done_spans + 3][:10])
    _score(corpus, "-f", "csv", "-o", out, "--spans", spans, "--resume")
    assert out.read_bytes() == complete["csv"].read_bytes()
    assert spans.read_bytes() == complete["spans"].read_bytes()


@pytest.mark.parametrize(
    ("table", "drop", "message"),
    [("csv", "metadata", "its columns are not the ones this version of framing writes (it lacks metadata)"),
     ("spans", "rule", "its columns are not the ones this version of framing writes (it lacks rule)")],
)
def test_csv_written_with_other_columns_is_refused_not_appended_to(corpus, complete, tmp_path, table, drop, message):
    """A CSV from an older framing (no `metadata` column) would get rows one field longer than its header."""
    out, spans = tmp_path / "s.csv", tmp_path / "spans.csv"
    out.write_bytes(complete["csv"].read_bytes())
    spans.write_bytes(complete["spans"].read_bytes())
    target = out if table == "csv" else spans
    lines = target.read_text(encoding="utf-8").splitlines(keepends=True)
    header = lines[0].rstrip("\r\n").split(",")
    lines[0] = ",".join(c for c in header if c != drop) + "\r\n"
    target.write_text("".join(lines[:4]), encoding="utf-8")
    before = target.read_bytes()
    result = runner.invoke(app, ["score", str(corpus), "--jobs", "1", "-f", "csv", "-o", str(out), "--spans", str(spans), "--resume"])
    assert result.exit_code != 0
    assert f"{target}: {message}" in " ".join(result.output.split())
    assert "score into a new --out" in " ".join(result.output.split())
    assert target.read_bytes() == before  # nothing cut, nothing appended


@pytest.mark.parametrize(
    ("table", "drop", "message"),
    [("csv", "id", "no id/path columns; it is not a `framing score --format csv` output"),
     ("csv", "path", "no id/path columns; it is not a `framing score --format csv` output"),
     ("spans", "article_id", "no article_id/path columns; it is not a `framing score --spans` output"),
     ("spans", "path", "no article_id/path columns; it is not a `framing score --spans` output")],
)
def test_a_csv_without_its_key_columns_is_refused(corpus, complete, tmp_path, table, drop, message):
    """The scores CSV and its --spans file: without the columns that say which articles are done,
    resuming cannot tell what to skip (one check for both, the id column's name differs)."""
    out, spans = tmp_path / "s.csv", tmp_path / "spans.csv"
    out.write_bytes(complete["csv"].read_bytes())
    spans.write_bytes(complete["spans"].read_bytes())
    target = out if table == "csv" else spans
    lines = target.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[0] = ",".join(c if c != drop else "other" for c in lines[0].rstrip("\r\n").split(",")) + "\r\n"
    target.write_text("".join(lines[:4]), encoding="utf-8")
    before = target.read_bytes()
    with pytest.raises(resume.ResumeError) as refused:
        resume.prepare("csv", out, spans)
    assert str(refused.value) == f"{target}: {message}"
    result = runner.invoke(app, ["score", str(corpus), "--jobs", "1", "-f", "csv", "-o", str(out), "--spans", str(spans), "--resume"])
    assert result.exit_code != 0
    assert f"{target}: {message}" in " ".join(result.output.split())
    assert target.read_bytes() == before


def test_parquet_part_written_with_other_columns_is_refused(corpus, complete, tmp_path):
    """A part from an older framing would make a dataset whose parts disagree on their columns."""
    import pyarrow.parquet as pq

    analyses = list(export.read_analyses(complete["jsonl"]))
    out = tmp_path / "s.parquet"
    parquet.write_part(out, 0, analyses[:10])
    part = out / "articles" / "part-00000.parquet"
    pq.write_table(pq.read_table(part).drop_columns(["metadata"]), part)
    result = runner.invoke(app, ["score", str(corpus), "--jobs", "1", "-f", "parquet", "-o", str(out), "--resume"])
    assert result.exit_code != 0
    output = " ".join(result.output.split())
    assert f"{part}: its columns are not the ones this version of framing writes (it lacks metadata)" in output
    assert [p.name for p in parquet.part_files(out, "articles")] == ["part-00000.parquet"]


def test_parquet_resume_drops_unfinished_parts_and_numbers_on(corpus, complete, tmp_path):
    analyses = list(export.read_analyses(complete["jsonl"]))
    out = tmp_path / "s.parquet"
    parquet.write_part(out, 0, analyses[:15])
    parquet.write_part(out, 1, analyses[15:25])
    (out / "articles" / "part-00001.parquet").unlink()  # died between the spans and articles of part 1
    (out / "articles" / ".part-00002.parquet.tmp").write_bytes(b"PAR1 half a part")
    output = _score(corpus, "-f", "parquet", "-o", out, "--resume")
    assert "skipped 15 already in" in output
    assert [p.name for p in parquet.part_files(out, "articles")] == ["part-00000.parquet", "part-00001.parquet"]
    assert not list((out / "articles").glob(".*"))
    assert list(export.read_analyses(out)) == analyses


def test_a_line_broken_in_the_middle_is_not_silently_cut(complete, tmp_path):
    lines = complete["jsonl"].read_bytes().splitlines(keepends=True)
    out = tmp_path / "s.jsonl"
    out.write_bytes(lines[0] + b"{not json}\n" + lines[1])
    with pytest.raises(resume.ResumeError, match=r"s.jsonl:2: not an article line, and not the last line either"):
        resume.prepare("jsonl", out)
    assert out.read_bytes() == lines[0] + b"{not json}\n" + lines[1]


def test_a_killed_run_resumes_to_the_same_output(corpus, complete, tmp_path):
    out = tmp_path / "killed.jsonl"
    command = [sys.executable, "-c", "from framing.cli import main; main()", "score", str(corpus), "-o", str(out), "--jobs", "1"]
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while child.poll() is None and time.monotonic() < deadline:
        if out.exists() and out.stat().st_size > 0:
            child.send_signal(signal.SIGKILL)
            break
        time.sleep(0.005)
    child.wait()
    written = out.read_bytes().count(b"\n") if out.exists() else 0
    assert child.returncode == -signal.SIGKILL and written < N, "the run finished before it could be killed"
    _score(corpus, "-o", out, "--resume")
    ids = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert ids == [f"a{i:04d}" for i in range(N)]
    assert out.read_bytes() == complete["jsonl"].read_bytes()


@pytest.mark.parametrize(("args", "out"), [
    (["-o", "s.jsonl", "--resume"], "s.jsonl"),
    (["-o", "s.jsonl"], "s.jsonl"),
    (["-f", "csv", "-o", "s.csv", "--spans", "sp.csv", "--resume"], "s.csv"),
    (["-f", "parquet", "-o", "s.parquet", "--resume"], "s.parquet"),
])
def test_a_second_run_into_an_output_another_run_is_writing_is_refused(corpus, complete, tmp_path, monkeypatch, args, out):
    """Two runs appending to one output (the command started again, or --resume while the first still
    runs) mixed their rows; the second now stops with a message and leaves the output as it was."""
    from framing.batch import exclusive_output

    monkeypatch.chdir(tmp_path)
    source = {"s.jsonl": complete["jsonl"], "s.csv": complete["csv"], "s.parquet": complete["parquet"]}[out]
    (shutil.copytree if source.is_dir() else shutil.copy)(source, tmp_path / out)
    if out == "s.csv":  # with the findings it was scored with: resumed without them, --spans is refused
        shutil.copy(complete["spans"], tmp_path / "sp.csv")
    before = sorted(p.read_bytes() for p in [tmp_path / out, *(tmp_path / out).rglob("*")] if p.is_file())
    with exclusive_output(tmp_path / out, folder=out.endswith(".parquet")):  # the first run, still going
        result = runner.invoke(app, ["score", str(corpus), "--jobs", "1", *args])
    assert result.exit_code == 1
    assert f"{out} is being written by another framing run that is still going; let it finish, or stop it and continue with --resume" in " ".join(result.output.split())
    assert sorted(p.read_bytes() for p in [tmp_path / out, *(tmp_path / out).rglob("*")] if p.is_file()) == before
    again = runner.invoke(app, ["score", str(corpus), "--jobs", "1", *args])  # once it has stopped
    assert again.exit_code == 0, again.output


@pytest.mark.parametrize("stop", [KeyboardInterrupt, SystemExit])
def test_a_stopped_parquet_run_keeps_the_articles_it_scored(corpus, complete, tmp_path, monkeypatch, stop):
    """Ctrl-C (or SIGTERM) after 15 articles: the run said "s.parquet keeps the articles scored so
    far", but the part being written was a temporary file, discarded by --resume: with parts of
    20,000 articles, a stopped run kept nothing at all."""
    from framing import parallel

    real = parallel.analyze_in_order

    def stopped_after_15(*args, **kwargs):
        for i, result in enumerate(real(*args, **kwargs)):
            if i == 15:
                raise stop(143) if stop is SystemExit else stop()
            yield result

    monkeypatch.setattr(parallel, "analyze_in_order", stopped_after_15)
    out = tmp_path / "s.parquet"
    result = runner.invoke(app, ["score", str(corpus), "--jobs", "1", "-f", "parquet", "-o", str(out)])
    assert result.exit_code != 0
    assert "stopped: " in result.output and "keeps the articles scored so far" in result.output
    assert [p.name for p in parquet.part_files(out, "articles")] == ["part-00000.parquet"]
    assert [a["id"] for a in export.read_analyses(out)] == [f"a{i:04d}" for i in range(15)]
    monkeypatch.setattr(parallel, "analyze_in_order", real)
    assert "skipped 15 already in" in _score(corpus, "-f", "parquet", "-o", out, "--resume")
    assert list(export.read_analyses(out)) == list(export.read_analyses(complete["parquet"]))


@pytest.mark.parametrize(("args", "out"), [
    (["-o", "s.jsonl"], "s.jsonl"),
    (["-f", "csv", "-o", "s.csv", "--spans", "sp.csv"], "s.csv"),
    (["-f", "parquet", "-o", "s.parquet"], "s.parquet"),
])
def test_resuming_with_another_sentence_model_is_refused(corpus, complete, tmp_path, monkeypatch, args, out):
    """A run begun with the default model and resumed with --no-model wrote one file whose first
    articles had classifier scores and the rest none; compare pooled them without a word."""
    monkeypatch.chdir(tmp_path)
    source = {"s.jsonl": complete["jsonl"], "s.csv": complete["csv"], "s.parquet": complete["parquet"]}[out]
    (shutil.copytree if source.is_dir() else shutil.copy)(source, tmp_path / out)
    if out == "s.csv":
        shutil.copy(complete["spans"], tmp_path / "sp.csv")
    before = sorted(p.read_bytes() for p in [tmp_path / out, *(tmp_path / out).rglob("*")] if p.is_file())
    result = runner.invoke(app, ["score", str(corpus), "--jobs", "1", *args, "--resume", "--no-model"])
    assert result.exit_code == 1
    assert (f"error: {out} was scored with model babe-sg2; this run would score with no model (--no-model), and one output would "
            "hold articles scored two ways: resume with the --model/--no-model of the run that began it, or score into a new --out"
            ) == " ".join(result.stderr.split())
    assert sorted(p.read_bytes() for p in [tmp_path / out, *(tmp_path / out).rglob("*")] if p.is_file()) == before
    again = runner.invoke(app, ["score", str(corpus), "--jobs", "1", *args, "--resume"])  # the same options: fine
    assert again.exit_code == 0, again.output
    assert f"scored 0 articles, skipped {N} already in {out}" in again.stderr


def _lexicon(folder: Path, rows: str = "slam dunk\tpejorative_label\t2\t\tlb\n") -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / "loaded.tsv"
    path.write_text("term\tcategory\tweight\tnote\tsource\n" + rows, encoding="utf-8")
    return path


_FORMATS = {"s.jsonl": ["-o", "s.jsonl"], "s.csv": ["-f", "csv", "-o", "s.csv", "--spans", "sp.csv"],
            "s.parquet": ["-f", "parquet", "-o", "s.parquet"]}
_RECORD = {"s.jsonl": "s.jsonl.run.json", "s.csv": "s.csv.run.json", "s.parquet": "s.parquet/_run.json"}


def _begun(corpus: Path, tmp_path: Path, out: str, *lexicon: Path) -> list[str]:
    """A run that scored 3 articles of news/ with `lexicon` (as a killed run leaves it), then 3 more
    put in news/; the options to go on with (news/ first)."""
    news = tmp_path / "news"
    news.mkdir()
    files = sorted(corpus.iterdir())
    for f in files[:3]:
        shutil.copy(f, news / f.name)
    begin = [*_FORMATS[out], *(a for p in lexicon for a in ("--lexicon", str(p)))]
    result = runner.invoke(app, ["score", str(news), "--jobs", "1", *begin])
    assert result.exit_code == 0, result.output
    for f in files[3:6]:
        shutil.copy(f, news / f.name)
    return [str(news), *_FORMATS[out]]


@pytest.mark.parametrize(("out", "change", "message"), [
    ("s.jsonl", "dropped", "was scored with --lexicon mine/loaded.tsv; this run uses no --lexicon"),
    ("s.csv", "dropped", "was scored with --lexicon mine/loaded.tsv; this run uses no --lexicon"),
    ("s.parquet", "dropped", "was scored with --lexicon mine/loaded.tsv; this run uses no --lexicon"),
    ("s.jsonl", "edited", "was scored with --lexicon mine/loaded.tsv as it was then (edited since)"),
    ("s.jsonl", "other", "was scored with --lexicon mine/loaded.tsv; this run uses --lexicon other/loaded.tsv"),
    ("s.parquet", "own", "was scored with framing's own lexicons as they were then (another framing version or an edit has changed them since)"),
])
def test_resuming_with_other_lexicons_is_refused(corpus, tmp_path, monkeypatch, out, change, message):
    """Begun with --lexicon mine/loaded.tsv: resuming without it, after editing it, with another
    file, or after framing's own lexicons changed would score the rest another way: one line names
    the output, the record that says so, and what to do; nothing is written."""
    monkeypatch.chdir(tmp_path)
    mine = _lexicon(Path("mine"))
    args = _begun(corpus, tmp_path, out, mine)
    record = Path(_RECORD[out])
    extra: list[str] = ["--lexicon", str(mine)]
    if change == "dropped":
        extra = []
    elif change == "edited":
        _lexicon(Path("mine"), "slam dunk\tpejorative_label\t3\t\tlb\n")
    elif change == "other":
        extra = ["--lexicon", str(_lexicon(Path("other"), "hot mess\tpejorative_label\t2\t\tlb\n"))]
    else:
        saved = json.loads(record.read_text(encoding="utf-8"))
        saved["lexicons"][0]["sha256"] = "0" * 64
        record.write_text(json.dumps(saved), encoding="utf-8")
    before = sorted(p.read_bytes() for p in tmp_path.rglob("*") if p.is_file())
    result = runner.invoke(app, ["score", "--jobs", "1", *args, *extra, "--resume"])
    assert result.exit_code == 1
    assert " ".join(result.stderr.split()) == (
        f"error: {out} {message}, as {record} records; one output would hold articles scored two ways: resume with the "
        "--lexicon files of the run that began it, unchanged, or score into a new --out")
    assert sorted(p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()) == before


@pytest.mark.parametrize("out", list(_FORMATS))
def test_resuming_with_the_same_lexicon_goes_on_even_from_another_place(corpus, tmp_path, monkeypatch, out):
    """The record holds the lexicon's content, not its path: the same rows moved elsewhere resume."""
    monkeypatch.chdir(tmp_path)
    args = _begun(corpus, tmp_path, out, _lexicon(Path("mine")))
    moved = _lexicon(Path("moved"))
    result = runner.invoke(app, ["score", "--jobs", "1", *args, "--lexicon", str(moved), "--resume"])
    assert result.exit_code == 0, result.output
    assert f"scored 3 articles, skipped 3 already in {out}" in result.stderr
    recorded = json.loads(Path(_RECORD[out]).read_text(encoding="utf-8"))
    assert [e["name"] for e in recorded["lexicons"]] == ["framing's own lexicons", "mine/loaded.tsv"]  # the run that began it
    assert recorded["model"] == "babe-sg2"


def test_resuming_with_a_retrained_model_of_the_same_name_is_refused(corpus, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    args = _begun(corpus, tmp_path, "s.jsonl")
    saved = json.loads(Path("s.jsonl.run.json").read_text(encoding="utf-8"))
    saved["model_sha256"] = "1" * 64
    Path("s.jsonl.run.json").write_text(json.dumps(saved), encoding="utf-8")
    result = runner.invoke(app, ["score", "--jobs", "1", *args, "--resume"])
    assert result.exit_code == 1
    assert " ".join(result.stderr.split()) == (
        "error: s.jsonl was scored with model babe-sg2, as s.jsonl.run.json records; this run would score with model babe-sg2 "
        "as it is now (retrained since), and one output would hold articles scored two ways: resume with the --model/--no-model "
        "of the run that began it, or score into a new --out")


def test_an_output_without_a_record_resumes_unchecked_and_gets_none(corpus, complete, tmp_path, monkeypatch):
    """Outputs written before framing kept the record still resume; the record is not made up afterwards."""
    monkeypatch.chdir(tmp_path)
    shutil.copy(complete["jsonl"], "s.jsonl")
    Path("s.jsonl").write_bytes(b"".join(Path("s.jsonl").read_bytes().splitlines(keepends=True)[:30]))
    result = runner.invoke(app, ["score", str(corpus), "--jobs", "1", "-o", "s.jsonl", "--resume"])
    assert result.exit_code == 0, result.output
    assert Path("s.jsonl").read_bytes() == complete["jsonl"].read_bytes()
    assert not Path("s.jsonl.run.json").exists()


def test_a_parquet_part_with_decimal_counts_is_refused(corpus, complete, tmp_path):
    """Before counts were integers, `quotes` and `attributions` were float64: parts of both kinds
    would not read as one table, so such a folder is not continued."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    out = tmp_path / "s.parquet"
    parquet.write_part(out, 0, list(export.read_analyses(complete["jsonl"]))[:10])
    part = out / "articles" / "part-00000.parquet"
    table = pq.read_table(part)
    old = pa.schema([f.with_type(pa.float64()) if f.name in ("quotes", "attributions") else f for f in table.schema])
    pq.write_table(table.cast(old), part)
    result = runner.invoke(app, ["score", str(corpus), "--jobs", "1", "-f", "parquet", "-o", str(out), "--resume"])
    assert result.exit_code == 1
    assert " ".join(result.stderr.split()) == (
        f"error: {part}: an earlier version of framing wrote it (quotes is double, now int64; attributions is double, now int64), "
        "and parts of both kinds would not read as one table: score into a new --out, or finish the run with the version that began it")

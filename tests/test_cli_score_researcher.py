"""`framing score` as a researcher runs it on a table of their own: what the terminal tells them
about the input (tests for the fixes of the thirteenth session's researcher's read)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
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
    result = runner.invoke(app, ["score", str(_table(tmp_path, "newspaper")), "--out", str(out), "--no-model"])
    assert result.exit_code == 0, result.output
    assert [r["outlet"] for r in csv.DictReader(io.StringIO(out.read_text(encoding="utf-8")))] == [""] * 6
    assert (f"note: no article names its outlet (the first: news:d0, from {tmp_path / 'news.csv'}): framing compare "
            'and framing report count them as one group, (no outlet); give the table an "outlet" column or pass '
            "--outlet NAME, or group by one of its other columns with --by (newspaper, published)") in result.stderr


def test_a_table_with_an_outlet_column_gets_no_such_note(tmp_path):
    result = runner.invoke(app, ["score", str(_table(tmp_path, "outlet")), "--no-model"])
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["outlet"] for line in result.stdout.splitlines()] == ["nyt", "breitbart"] * 3
    assert "names no outlet" not in result.stderr and "names its outlet" not in result.stderr


def test_a_jsonl_line_cut_short_is_an_error_naming_its_line_and_the_cause(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "a1", "outlet": "nyt", "text": TEXT}) + '\n{"id": "a2", "outlet": "nyt", "text": "The sen\n',
                    encoding="utf-8")
    errors = tmp_path / "errors.csv"
    result = runner.invoke(app, ["score", str(feed), "--no-model", "--errors", str(errors)])
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["feed:a1"]
    message = ("invalid JSON: the string opened at column 39 is never closed; the line was cut short, or a text in it "
               "holds a raw line break: write each line with json.dumps()")
    assert f"error {feed}:2: {message}" in result.stderr
    assert list(csv.DictReader(io.StringIO(errors.read_text(encoding="utf-8")))) == [
        {"path": str(feed), "line": "2", "id": "", "source_id": "", "error": message}]


def test_spans_with_jsonl_says_what_to_do_instead(tmp_path):
    result = runner.invoke(app, ["score", str(_table(tmp_path, "outlet")), "--spans", str(tmp_path / "spans.csv")])
    assert result.exit_code == 1
    assert ("--spans writes a CSV of findings beside --format csv; JSONL lines already hold the spans: drop --spans, "
            "or pass --format csv for a table of articles and one of findings") in " ".join(result.output.split())
    assert not (tmp_path / "spans.csv").exists()


def test_resume_after_an_upgrade_is_refused_naming_both_versions(tmp_path):
    import framing

    news, out = _table(tmp_path, "outlet"), tmp_path / "scores.jsonl"
    assert runner.invoke(app, ["score", str(news), "--no-model", "--out", str(out)]).exit_code == 0
    record = tmp_path / "scores.jsonl.run.json"
    assert json.loads(record.read_text(encoding="utf-8"))["framing"] == framing.__version__
    record.write_text(record.read_text(encoding="utf-8").replace(f'"framing": "{framing.__version__}"', '"framing": "0.0.9"'),
                      encoding="utf-8")
    before = out.read_bytes()
    result = runner.invoke(app, ["score", str(news), "--no-model", "--out", str(out), "--resume"])
    assert result.exit_code == 1
    assert (f"{out} was scored with framing 0.0.9, as {record} records; this is framing {framing.__version__}, and one "
            "output would hold articles scored by two versions") in " ".join(result.output.split())
    assert out.read_bytes() == before


def test_score_help_says_what_a_density_divides_by_and_where_the_columns_are_defined():
    result = runner.invoke(app, ["score", "--help"])
    assert result.exit_code == 0
    text = " ".join(result.output.split())
    assert ("Densities are per 1,000 words of the voice they count (the outlet's own, or quoted); docs/columns.md "
            "defines every column.") in text


def test_a_csv_run_resumed_without_its_spans_file_is_refused_and_with_it_completes_both(tmp_path, monkeypatch):
    """Resumed without --spans, the findings of every later article were written nowhere, and the
    spans table silently covered the first articles only."""
    monkeypatch.chdir(tmp_path)
    news = _table(tmp_path, "outlet")
    first = ["score", str(news), "--no-model", "--out", "scores.csv", "--spans", "spans.csv"]
    assert runner.invoke(app, first).exit_code == 0
    complete = (tmp_path / "scores.csv").read_text(encoding="utf-8"), (tmp_path / "spans.csv").read_text(encoding="utf-8")
    # as a run killed after its third article leaves them
    articles, spans = complete[0].splitlines(keepends=True), complete[1].splitlines(keepends=True)
    (tmp_path / "scores.csv").write_text("".join(articles[:4]), encoding="utf-8")
    done = {f"news:d{i}" for i in range(3)}
    (tmp_path / "spans.csv").write_text("".join(spans[:1] + [r for r in spans[1:] if r.split(",")[0] in done]), encoding="utf-8")
    refused = runner.invoke(app, first[:-2] + ["--resume"])
    assert refused.exit_code == 1
    assert ("scores.csv was begun with --spans spans.csv, as scores.csv.run.json records; resume with --spans spans.csv "
            "too, or the findings of the articles still to score are written nowhere") in " ".join(refused.output.split())
    resumed = runner.invoke(app, first + ["--resume"])
    assert resumed.exit_code == 0, resumed.output
    assert "scored 3 articles, skipped 3 already in scores.csv" in resumed.stderr
    assert ((tmp_path / "scores.csv").read_text(encoding="utf-8"), (tmp_path / "spans.csv").read_text(encoding="utf-8")) == complete


def test_a_csv_run_begun_without_spans_is_not_resumed_into_a_new_spans_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    news = _table(tmp_path, "outlet")
    assert runner.invoke(app, ["score", str(news), "--no-model", "--out", "scores.csv"]).exit_code == 0
    refused = runner.invoke(app, ["score", str(news), "--no-model", "--out", "scores.csv", "--spans", "spans.csv", "--resume"])
    assert refused.exit_code == 1
    assert ("spans.csv does not exist, but scores.csv already holds 6 articles: spans.csv would hold the findings of the "
            "rest only; resume without --spans, as it began, or for every article's findings score into a new --out "
            "with --spans") in " ".join(refused.output.split())
    assert not (tmp_path / "spans.csv").exists()


def test_scoring_again_without_resume_names_the_spans_file_it_replaces_too(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    command = ["score", str(_table(tmp_path, "outlet")), "--no-model", "--out", "scores.csv", "--spans", "spans.csv"]
    assert runner.invoke(app, command).exit_code == 0
    sizes = [(tmp_path / name).stat().st_size for name in ("scores.csv", "spans.csv")]
    again = runner.invoke(app, command)
    assert again.exit_code == 0, again.output
    assert (f"note: replacing scores.csv ({sizes[0]:,} bytes) and spans.csv ({sizes[1]:,} bytes); to continue an "
            "interrupted run into it instead, pass --resume") in again.stderr


def test_a_resumed_run_says_its_end_of_run_counts_are_of_this_run(tmp_path):
    """--resume counts the input warnings, the articles with no outlet and the duplicates of the
    articles it scored now, not of those its output held: it had said "no article names its outlet"
    and "5 articles with input warnings" as if of the whole output."""
    def jsonl(name, rows):
        (tmp_path / name).write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")

    jsonl("a.jsonl", [{"id": f"a{i}", "newspaper": "Ledger", "date": "03/04/2020", "text": f"Officials said plan {i} might pass."}
                      for i in range(6)])
    jsonl("b.jsonl", [{"id": f"b{i}", "newspaper": "Herald", "date": "03/04/2020", "text": f"The senator claimed bill {i} will fail."}
                      for i in range(5)] + [{"id": "copy", "newspaper": "Herald", "text": "Officials said plan 0 might pass."}])
    out = tmp_path / "s.jsonl"
    a, b = str(tmp_path / "a.jsonl"), str(tmp_path / "b.jsonl")
    first = runner.invoke(app, ["score", a, "--no-model", "--jobs", "1", "-o", str(out)])
    assert first.exit_code == 0, first.output
    assert f"note: no article names its outlet (the first: a:a0, from {a})" in first.stderr
    assert f'6 articles with input warnings, in the "warnings" field of their lines in {out}' in first.stderr
    resumed = runner.invoke(app, ["score", a, b, "--no-model", "--jobs", "1", "-o", str(out), "--resume"])
    assert resumed.exit_code == 0, resumed.output
    lines = resumed.stderr.splitlines()
    assert lines[0].startswith(f"scored 6 articles, skipped 6 already in {out}, 0 errors")
    assert lines[1].startswith(f"note: no article scored in this run names its outlet (the first: b:b0, from {b})")
    assert lines[2].startswith(f'5 articles with input warnings in this run, in the "warnings" field of their lines in {out}; the first: b:b0')
    assert lines[3] == (f'1 article repeats an earlier article\'s text exactly (scored in this run; a warning in the "warnings" field '
                        f"of its line in {out}); the first: {b}, line 6 (b:copy) has the same text as {a}, line 1")


def test_a_spans_file_named_parquet_is_refused_and_nothing_is_written(tmp_path, monkeypatch):
    """`--out scores.csv --spans spans.parquet` wrote CSV into spans.parquet: pyarrow.parquet then
    failed on it ('Parquet magic bytes not found'), after the whole run."""
    monkeypatch.chdir(tmp_path)
    news = _table(tmp_path, "outlet")
    result = runner.invoke(app, ["score", str(news), "--no-model", "--out", "scores.csv", "--spans", "spans.parquet"])
    assert result.exit_code == 1
    assert result.stderr.strip() == ("error: --spans spans.parquet: the findings are written as CSV, but the name says parquet, and "
                                     "tools that go by the name would misread it; name it spans.csv, or write Parquet tables of "
                                     "articles and findings with --out FOLDER.parquet and no --spans")
    assert not (tmp_path / "spans.parquet").exists() and not (tmp_path / "scores.csv").exists()
    # as the error says: Parquet tables of articles and findings, joined by id
    import pyarrow.parquet as pq

    assert runner.invoke(app, ["score", str(news), "--no-model", "--out", "scores.parquet"]).exit_code == 0
    articles, spans = pq.read_table("scores.parquet/articles"), pq.read_table("scores.parquet/spans")
    assert articles.column("id").to_pylist() == [f"news:d{i}" for i in range(6)]
    assert set(spans.column("article_id").to_pylist()) == set(articles.column("id").to_pylist())
    assert {(s["text"], s["type"]) for s in spans.to_pylist() if s["article_id"] == "news:d0"} >= {("disgrace", "loaded"), ("might", "hedge")}
    # the trap docs/scale.md warns of: the folder above them had read, without an error, as one table of
    # "articles" with a row of nulls for every finding; its README.txt now stops that read
    import pyarrow as pa

    with pytest.raises(pa.ArrowInvalid, match="Could not read schema from 'scores.parquet/README.txt'"):
        pq.read_table("scores.parquet")
    assert "never the folder above them" in open(Path(__file__).parents[1] / "docs" / "scale.md", encoding="utf-8").read()

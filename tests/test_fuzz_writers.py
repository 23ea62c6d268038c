"""The CSV and Parquet writers on fuzzed values: read back, every value is what JSONL holds.

Articles are written as a JSONL corpus whose ids, outlets, titles, urls, extra columns and texts carry
commas, quotation marks, line breaks of every kind (CR, CRLF, U+2028, U+0085), NUL and other control
characters, tabs, leading `= + - @` (spreadsheet formulas), leading `'`, non-BMP characters and
very long quotations.  `framing score` writes them as JSONL, as CSV with `--spans`, and as Parquet;
the CSV files read back with the csv module (and `export.unguard_cell`) and the Parquet folder with
pyarrow (`export.read_analyses`) must give exactly the values of the JSONL records.

Formula injection (docs/columns.md): a CSV text cell that a spreadsheet would run (first character
= + - @ tab or CR) is written with a leading `'`, which a spreadsheet hides and `unguard_cell` takes
off; JSONL and Parquet hold the values as they are.
"""

from __future__ import annotations

import csv
import json
import random
from pathlib import Path

import pytest
from typer.testing import CliRunner

from framing import export
from framing.cli import app
from framing.score import SCORES

from test_pipeline_invariants import NEWS_SENTENCES

runner = CliRunner()
SEED = 20261125

NASTY = [",", '"', '""', "\n", "\r\n", "\r", "\u2028", "\u2029", "\x85", "\x00", "\x0b", "\x1b", "\t", "'", "😀", "İ", "\ufeff",
         "=", "+", "-", "@", "=SUM(A1:A9)", "=HYPERLINK(\"http://x\")", "@cmd", "+1", "-2", "'=x", "''+y", " =", "\\", "\\n", "|", " | "]


def nasty(rng: random.Random, base: str = "") -> str:
    out = base
    for _ in range(rng.randint(1, 4)):
        i = rng.randrange(len(out) + 1)
        out = out[:i] + rng.choice(NASTY) + out[i:]
    if rng.random() < 0.4:
        out = rng.choice(["=", "+", "-", "@", "\t", "\r", "'=", "'"]) + out
    return out


def article(rng: random.Random, k: int) -> dict:
    sentences = [rng.choice(NEWS_SENTENCES) for _ in range(rng.randint(1, 5))]
    if rng.random() < 0.3:  # a very long quotation, and so a very long quote span
        sentences.append("“" + " ".join(rng.choice(["we", "will", "not", "back", "down,", "ever"]) for _ in range(2500)) + ",” she said.")
    text = "\n\n".join(nasty(rng, s) if rng.random() < 0.5 else s for s in sentences)
    if rng.random() < 0.3:
        text = rng.choice(["=", "+", "-", "@"]) + text
    record = {"id": nasty(rng, f"a{k}"), "outlet": nasty(rng, "Daily"), "title": nasty(rng, "Talks, \"collapse\""),
              "url": nasty(rng, "https://x.org/a?b=1,c"), "text": text, "event": nasty(rng, "summit"), "author": rng.choice(["=cmd", "J, Doe", "\n"])}
    if rng.random() < 0.2:
        record["title"] = rng.choice(["-", "=", "@", "'"])
    return record


@pytest.fixture(scope="module")
def written(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("writers")
    rng = random.Random(SEED)
    with (root / "news.jsonl").open("w", encoding="utf-8") as f:
        for k in range(40):
            f.write(json.dumps(article(rng, k), ensure_ascii=rng.random() < 0.5) + "\n")
    for args in (["-o", "s.jsonl"], ["-f", "csv", "-o", "s.csv", "--spans", "spans.csv"], ["-f", "parquet", "-o", "s.parquet"]):
        result = runner.invoke(app, ["score", str(root / "news.jsonl"), "--no-model", "--jobs", "1", *[str(root / a) if a.startswith("s") else a for a in args]])
        assert result.exit_code == 0 and result.exception is None or isinstance(result.exception, SystemExit), result.output
        assert result.exit_code == 0, result.output
    return root


def jsonl_records(root: Path) -> list[dict]:
    text = (root / "s.jsonl").read_text(encoding="utf-8")
    assert "\u2028" not in text and "\x85" not in text  # written escaped: str.splitlines would cut there
    return [json.loads(line) for line in text.splitlines()]


def _csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return [{k: export.unguard_cell(v) for k, v in row.items()} for row in csv.DictReader(f)]


def _cell(value) -> str:
    """A JSONL value as the csv module reads it back."""
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value)
    return str(value)


def test_the_corpus_is_nasty_enough(written):
    records = jsonl_records(written)
    assert len(records) == 40
    values = [r["id"] for r in records] + [r["outlet"] or "" for r in records] + [s["text"] for r in records for s in r["spans"]]
    for needle in (",", '"', "\n", "\r", "\u2028", "\x00", "\t"):
        assert any(needle in v for v in values), needle
    assert any(v[:1] in "=+-@" for v in values if v)
    assert max(len(s["text"]) for r in records for s in r["spans"]) > 10_000


def test_the_article_csv_reads_back_as_jsonl_holds_it(written):
    records, rows = jsonl_records(written), _csv(written / "s.csv")
    assert len(rows) == len(records)
    for record, row in zip(records, rows):
        for column in export.ARTICLE_COLUMNS:
            assert row[column] == _cell(record[column]), (column, record["id"])
        for name in SCORES:
            assert row[name] == _cell(record["scores"].get(name)), (name, record["id"])
        assert row["warnings"] == " | ".join(record["warnings"])
        assert (json.loads(row["metadata"]) if row["metadata"] else {}) == record["metadata"]


def test_the_span_csv_reads_back_as_jsonl_holds_it(written):
    records, rows = jsonl_records(written), _csv(written / "spans.csv")
    expected = [row for record in records for row in export.span_rows(record)]
    assert len(rows) == len(expected) > 100
    for got, want in zip(rows, expected):
        assert got == {k: _cell(v) for k, v in want.items()}, want["article_id"]


def test_parquet_reads_back_as_jsonl_holds_it(written):
    records = jsonl_records(written)
    back = list(export.read_analyses(written / "s.parquet"))
    assert [r["id"] for r in back] == [r["id"] for r in records]
    for got, want in zip(back, records):
        for key in ("id", "path", "outlet", "title", "date", "url", "metadata", "words", "sentence_count", "warnings", "ignored", "spans", "scores"):
            assert got[key] == want[key], (key, want["id"])


@pytest.mark.parametrize("value, cell", [
    ("=SUM(A1:A9)", "'=SUM(A1:A9)"), ("+1", "'+1"), ("-2", "'-2"), ("@cmd", "'@cmd"), ("\tx", "'\tx"), ("\rx", "'\rx"),
    ("'=x", "''=x"), ("''+y", "'''+y"), ("'", "'"), ("'plain", "'plain"), (" =x", " =x"), ("a=b", "a=b"), ("", ""), (-2, -2), (3.5, 3.5),
])
def test_formula_guard_round_trips(value, cell):
    assert export.guard_cell(value) == cell
    if isinstance(value, str):
        assert export.unguard_cell(cell) == value


@pytest.mark.parametrize("args, output", [(["-o", "o.jsonl"], "o.jsonl"), (["-f", "csv", "-o", "o.csv", "--spans", "spans.csv"], "spans.csv"),
                                          (["-f", "parquet", "-o", "o.parquet"], "o.parquet")])
def test_an_unpaired_surrogate_escape_in_json_input_is_read_as_a_replacement_character(tmp_path, args, output):
    """'\\ud83d' alone in a JSON string decodes to no character: every writer raised
    UnicodeEncodeError on it (a traceback, the run lost).  It is read as U+FFFD, one character for
    one, so offsets hold, with a warning on that article."""
    corpus = tmp_path / "news.jsonl"
    corpus.write_text('{"id": "s\\udc80", "outlet": "Dai\\ud800ly", "text": "Critics slammed the \\ud83d plan, he said.", "tags": ["\\udfff"]}\n'
                      '{"id": "ok", "text": "Critics slammed the plan, he said."}\n', encoding="ascii")
    result = runner.invoke(app, ["score", str(corpus), "--no-model", "--jobs", "1", *[str(tmp_path / a) if "." in a else a for a in args]])
    assert result.exit_code == 0 and "Traceback" not in result.output, result.output
    records = list(export.read_analyses(tmp_path / output)) if output != "spans.csv" else None
    if records is not None:
        first = records[0]
        # (Parquet's metadata is a map of text: a JSONL list there is its JSON text)
        tags = '["\ufffd"]' if output == "o.parquet" else ["\ufffd"]
        assert (first["id"], first["outlet"], first["metadata"]) == ("news:s\ufffd", "Dai\ufffdly", {"tags": tags})
        assert [s["text"] for s in first["spans"] if s["type"] == "loaded"] == ["slammed"]
        assert any("unpaired surrogate" in w for w in first["warnings"]) and records[1]["warnings"] == []
    else:
        rows = _csv(tmp_path / "spans.csv")
        assert [(r["article_id"], r["text"]) for r in rows if r["type"] == "loaded"] == [("news:s\ufffd", "slammed"), ("news:ok", "slammed")]

"""`source_id`: a table row's own id as the input gives it, beside `id` (`FILE:ID`) in every export
(JSONL, the article CSV and Parquet, the span CSV and Parquet), so a researcher joins the scores
back to their own table without cutting a prefix off `id` (a file name may hold ':' itself).
Scores saved before the column existed still read back (`framing compare --scores`, `framing report`)."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

import framing
from framing import export, saved_scores
from framing.cli import app

runner = CliRunner()

FILES = {
    "corpus.csv": 'id,outlet,text\nfox-1,Fox,"Officials said the plan was a shameful farce."\n'
                  ',Fox,"The mayor claimed the talks went on."\n',
    "wire.jsonl": '{"id": 17, "outlet": "Wire", "text": "Critics said the plan was a disaster."}\n'
                  '{"id": " cnn-2 ", "outlet": "Wire", "text": "The talks went on."}\n',
    "we:ird.csv": 'id,outlet,text\na:b,Odd,"Officials said the plan was a disaster."\n',
    "note.txt": "The minister said the plan was a shameful farce.\n",
}

# (file, id, source_id): the row's own id as given (trimmed; a JSON number as text), None for a file
# or a row without an id
EXPECTED = [
    ("corpus.csv", "corpus:fox-1", "fox-1"),
    ("corpus.csv", "corpus:3", None),
    ("wire.jsonl", "wire:17", "17"),
    ("wire.jsonl", "wire:cnn-2", "cnn-2"),
    ("we:ird.csv", "we_ird:a:b", "a:b"),
    ("note.txt", "note", None),
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("source_id")
    for name, text in FILES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _inputs(corpus: Path) -> list[str]:
    return [str(corpus / name) for name in FILES]


def test_the_library_keeps_each_rows_own_id(corpus):
    analyses = list(framing.analyze_corpus(_inputs(corpus)))
    got = [(Path(a.article.source_path).name, a.article.id, a.article.source_id) for a in analyses]
    assert got == EXPECTED
    for a in analyses:
        d = a.to_dict()
        assert list(d)[:3] == ["id", "source_id", "path"]
        assert json.loads(a.to_json()) == d
        # the CSV rows as the writer makes them from an Analysis and from its dict agree
        assert export.csv_encode(a) == export.csv_encode(d)


@pytest.fixture(scope="module")
def scored(corpus, tmp_path_factory) -> dict[str, Path]:
    """The corpus scored from the CLI to JSONL, CSV with its span CSV, and Parquet, as a user runs it."""
    out = tmp_path_factory.mktemp("source_id_out")
    paths = {"jsonl": out / "a.jsonl", "csv": out / "a.csv", "spans": out / "s.csv", "parquet": out / "a.parquet"}
    for args in (["--out", paths["jsonl"]], ["--out", paths["csv"], "--spans", paths["spans"]], ["--out", paths["parquet"]]):
        result = runner.invoke(app, ["score", *_inputs(corpus), "--no-model", "--jobs", "1", *map(str, args)])
        assert result.exit_code == 0, result.output
    return paths


def _csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_jsonl_from_the_cli_holds_source_id(scored):
    records = [json.loads(line) for line in scored["jsonl"].read_text(encoding="utf-8").splitlines()]
    assert [(r["id"], r["source_id"]) for r in records] == [(i, s) for _, i, s in EXPECTED]


def test_the_article_and_span_csv_hold_source_id_next_to_the_id(scored):
    rows = _csv(scored["csv"])
    assert list(rows[0])[:3] == ["id", "source_id", "path"]
    assert [(r["id"], r["source_id"]) for r in rows] == [(i, s or "") for _, i, s in EXPECTED]
    spans = _csv(scored["spans"])
    assert list(spans[0])[:3] == ["article_id", "source_id", "path"]
    by_article = {(r["article_id"], r["source_id"]) for r in spans}
    assert ("corpus:fox-1", "fox-1") in by_article and ("note", "") in by_article and ("we_ird:a:b", "a:b") in by_article


def test_parquet_holds_source_id_as_text_and_null_for_a_file(scored):
    articles = pq.read_table(scored["parquet"] / "articles")
    assert articles.schema.names[:3] == ["id", "source_id", "path"]
    assert str(articles.schema.field("source_id").type) == "string"
    assert list(zip(articles.column("id").to_pylist(), articles.column("source_id").to_pylist())) == [(i, s) for _, i, s in EXPECTED]
    spans = pq.read_table(scored["parquet"] / "spans")
    assert spans.schema.names[:3] == ["article_id", "source_id", "path"]
    pairs = set(zip(spans.column("article_id").to_pylist(), spans.column("source_id").to_pylist()))
    assert ("corpus:fox-1", "fox-1") in pairs and ("note", None) in pairs
    # and read back through framing
    assert [d["source_id"] for d in export.read_analyses(scored["parquet"])] == [s for _, _, s in EXPECTED]


def test_a_researcher_joins_the_scores_back_to_their_own_table(corpus, scored):
    """The join a researcher makes: their table's (path, id) against the scores' (path, source_id)."""
    own = {(str(corpus / "corpus.csv"), r["id"]): r for r in _csv(corpus / "corpus.csv") if r["id"]}
    scores = _csv(scored["csv"])
    joined = [(own[(s["path"], s["source_id"])]["outlet"], s["id"], s["loaded_author_per_1k"])
              for s in scores if (s["path"], s["source_id"]) in own]
    assert joined == [("Fox", "corpus:fox-1", "250.0")]  # "shameful", "farce": 2 of 8 words


def _old_copies(scored: dict[str, Path], tmp: Path) -> dict[str, Path]:
    """The outputs as a framing without `source_id` wrote them."""
    old = {"jsonl": tmp / "old.jsonl", "csv": tmp / "old.csv", "parquet": tmp / "old.parquet"}
    lines = [{k: v for k, v in json.loads(line).items() if k != "source_id"}
             for line in scored["jsonl"].read_text(encoding="utf-8").splitlines()]
    old["jsonl"].write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in lines), encoding="utf-8")
    rows = _csv(scored["csv"])
    with old["csv"].open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, [c for c in rows[0] if c != "source_id"], extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    shutil.copytree(scored["parquet"], old["parquet"])
    for table_name in ("articles", "spans"):
        for part in (old["parquet"] / table_name).glob("part-*.parquet"):
            pq.write_table(pq.read_table(part).drop_columns(["source_id"]), part)
    return old


@pytest.mark.parametrize("form", ["jsonl", "csv", "parquet"])
def test_scores_saved_without_source_id_still_compare(form, scored, tmp_path):
    old = _old_copies(scored, tmp_path)[form]
    results = []
    for scores in (scored[form], old):
        out = tmp_path / f"{scores.name}.json"
        result = runner.invoke(app, ["compare", "--scores", str(scores), "--out", str(out)])
        assert result.exit_code == 0, result.output
        results.append(json.loads(out.read_text(encoding="utf-8"))["profile"])
    assert results[0] == results[1] and results[0]
    assert [r["id"] for r in saved_scores.score_records(old)] == [i for _, i, _ in EXPECTED]


@pytest.mark.parametrize("form", ["jsonl", "parquet"])
def test_a_report_from_scores_saved_without_source_id(form, scored, tmp_path):
    old = _old_copies(scored, tmp_path)[form]
    result = runner.invoke(app, ["report", "--scores", str(old), "--out", str(tmp_path / "r.html")])
    assert result.exit_code == 0, result.output
    assert f"report: {tmp_path / 'r.html'} (6 articles" in " ".join(result.output.split())


def test_an_old_saved_analysis_still_makes_csv_rows_with_source_id_empty(scored, tmp_path):
    old = _old_copies(scored, tmp_path)
    for form in ("jsonl", "parquet"):
        analyses = list(export.read_analyses(old[form]))
        assert [export.article_row(d)["source_id"] for d in analyses] == [None] * 6
        spans = [row for d in analyses for row in export.span_rows(d)]
        assert spans and {row["source_id"] for row in spans} == {None}


def test_an_id_with_a_lone_surrogate_is_written_with_it_replaced_in_both(tmp_path):
    """A JSON row's id "\\ud83d" alone decodes to no character: `id` and `source_id` both get U+FFFD,
    so the output can be written and the two still agree."""
    (tmp_path / "w.jsonl").write_text('{"id": "x\\ud83d", "text": "Officials said the talks went on."}\n', encoding="utf-8")
    out = tmp_path / "a.jsonl"
    result = runner.invoke(app, ["score", str(tmp_path / "w.jsonl"), "--no-model", "--out", str(out)])
    assert result.exit_code == 0, result.output
    record = json.loads(out.read_text(encoding="utf-8"))
    assert (record["id"], record["source_id"]) == ("w:x\ufffd", "x\ufffd")

"""`quoted_words` and `author_words` beside `words` in every article export (JSONL, CSV, Parquet):
the denominators of the quoted and own-voice rates, so a researcher can pool a rate over an outlet.
Scores saved before these columns existed still read back (`framing compare --scores`)."""

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
from framing.models import MENTION_RULE

runner = CliRunner()
NEW = ("quoted_words", "author_words")


@pytest.mark.parametrize(("text", "words", "quoted", "author", "loaded_author", "loaded_quoted"), [
    ('The minister said: "This is a disgraceful farce and a total disaster." Critics disagreed.', 14, 9, 5, 0.0, 333.33),
    ('"It is a farce," Lavrov said. "A pathetic show."', 9, 7, 2, 0.0, 285.71),
    ('The so-called "reform" passed after a shameful vote.', 8, 0, 8, 250.0, None),  # scare quotes: the outlet's words
    ("Officials said the talks were a disaster.", 7, 0, 7, 142.86, None),
])
def test_an_analysis_splits_its_words_by_voice(text, words, quoted, author, loaded_author, loaded_quoted):
    analysis = framing.analyze(text)
    d = analysis.to_dict()
    assert (d["words"], d["quoted_words"], d["author_words"]) == (words, quoted, author)
    assert json.loads(analysis.to_json()) == d
    assert list(d)[list(d).index("words"):list(d).index("sentence_count") + 1] == ["words", *NEW, "sentence_count"]
    assert (d["scores"]["loaded_author_per_1k"], d["scores"]["loaded_quoted_per_1k"]) == (loaded_author, loaded_quoted)
    assert d["scores"]["quote_share"] == round(quoted / words, 4)


@pytest.fixture(scope="module")
def scored(tmp_path_factory, seeds_dir) -> dict[str, Path]:
    """The seeds scored from the CLI to JSONL, CSV with its span CSV, and Parquet."""
    tmp = tmp_path_factory.mktemp("word_counts")
    paths = {"jsonl": tmp / "s.jsonl", "csv": tmp / "s.csv", "spans": tmp / "spans.csv", "parquet": tmp / "s.parquet"}
    for args in (["-f", "jsonl", "-o", paths["jsonl"]], ["-f", "csv", "-o", paths["csv"], "--spans", paths["spans"]],
                 ["-f", "parquet", "-o", paths["parquet"]]):
        result = runner.invoke(app, ["score", str(seeds_dir), "--no-model", "--jobs", "1", *map(str, args)])
        assert result.exit_code == 0, result.output
    return paths


def _csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_every_format_holds_the_same_word_counts_of_the_seeds(scored):
    jsonl = [json.loads(line) for line in scored["jsonl"].read_text(encoding="utf-8").splitlines()]
    rows = _csv(scored["csv"])
    table = pq.read_table(scored["parquet"] / "articles").to_pylist()
    expected = [("independent-putin-no-show", 707, 174, 533), ("ogmnews-putin-skips-talks", 923, 112, 811)]
    assert [(d["id"], d["words"], d["quoted_words"], d["author_words"]) for d in jsonl] == expected
    assert [(r["id"], int(r["words"]), int(r["quoted_words"]), int(r["author_words"])) for r in rows] == expected
    assert [(r["id"], r["words"], r["quoted_words"], r["author_words"]) for r in table] == expected
    assert list(rows[0])[7:11] == ["words", *NEW, "sentence_count"]
    assert [d["quoted_words"] + d["author_words"] for d in jsonl] == [d["words"] for d in jsonl]


def test_the_rates_are_the_span_counts_over_these_words(scored):
    """Every seed's own-voice and quoted loaded rates are its loaded findings in the span CSV over
    `author_words` and `quoted_words` (mentions, named not used, counted for no one)."""
    spans = _csv(scored["spans"])
    for row in _csv(scored["csv"]):
        loaded = [s for s in spans if s["article_id"] == row["id"] and s["type"] == "loaded" and not s["rule"].startswith(MENTION_RULE)]
        own, quoted = sum(s["voice"] == "author" for s in loaded), sum(s["voice"] == "quoted" for s in loaded)
        assert float(row["loaded_author_per_1k"]) == round(own * 1000 / int(row["author_words"]), 2)
        assert float(row["loaded_quoted_per_1k"]) == round(quoted * 1000 / int(row["quoted_words"]), 2)
    assert [float(r["loaded_author_per_1k"]) for r in _csv(scored["csv"])] == [13.13, 20.96]  # 7 of 533, 17 of 811


def _old_copies(scored: dict[str, Path], tmp: Path) -> dict[str, Path]:
    """The outputs as a framing without these columns wrote them."""
    old = {"jsonl": tmp / "old.jsonl", "csv": tmp / "old.csv", "parquet": tmp / "old.parquet"}
    lines = [{k: v for k, v in json.loads(line).items() if k not in NEW}
             for line in scored["jsonl"].read_text(encoding="utf-8").splitlines()]
    old["jsonl"].write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in lines), encoding="utf-8")
    rows = _csv(scored["csv"])
    with old["csv"].open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, [c for c in rows[0] if c not in NEW], extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    shutil.copytree(scored["parquet"], old["parquet"])
    for part in (old["parquet"] / "articles").glob("part-*.parquet"):
        table = pq.read_table(part)
        pq.write_table(table.drop_columns(list(NEW)), part)
    return old


@pytest.mark.parametrize("form", ["jsonl", "csv", "parquet"])
def test_scores_saved_without_the_columns_still_compare(form, scored, tmp_path):
    old = _old_copies(scored, tmp_path)[form]
    results = []
    for scores in (scored[form], old):
        out = tmp_path / f"{scores.name}.json"
        result = runner.invoke(app, ["compare", "--scores", str(scores), "--out", str(out)])
        assert result.exit_code == 0, result.output
        results.append(json.loads(out.read_text(encoding="utf-8"))["profile"])
    assert results[0] == results[1] and results[0]


@pytest.mark.parametrize("form", ["jsonl", "csv", "parquet"])
def test_saved_scores_read_back_with_the_counts_or_without_them(form, scored, tmp_path):
    old = _old_copies(scored, tmp_path)[form]
    counts = lambda records: [(r.get("quoted_words"), r.get("author_words")) for r in records]  # noqa: E731
    assert counts(saved_scores.score_records(scored[form])) == [(174, 533), (112, 811)]
    assert counts(saved_scores.score_records(old)) == [(None, None), (None, None)]


def test_an_old_saved_analysis_still_makes_a_csv_row_with_the_counts_empty(scored, tmp_path):
    old = _old_copies(scored, tmp_path)
    for form in ("jsonl", "parquet"):
        rows = [export.article_row(d) for d in export.read_analyses(old[form])]
        assert [(r["words"], r["quoted_words"], r["author_words"]) for r in rows] == [(707, None, None), (923, None, None)]


def test_resuming_a_csv_an_older_version_began_says_what_is_missing(scored, seeds_dir, tmp_path):
    old = _old_copies(scored, tmp_path)["csv"]
    result = runner.invoke(app, ["score", str(seeds_dir), "--no-model", "--out", str(old), "--resume"])
    assert result.exit_code != 0
    assert "it lacks quoted_words, author_words" in " ".join(result.output.split())


@pytest.mark.parametrize("form", ["jsonl", "parquet"])
def test_a_report_from_scores_saved_without_the_columns(form, scored, tmp_path):
    old = _old_copies(scored, tmp_path)[form]
    result = runner.invoke(app, ["report", "--scores", str(old), "--out", str(tmp_path / "r.html")])
    assert result.exit_code == 0, result.output
    assert f"report: {tmp_path / 'r.html'} (2 articles" in result.output

"""docs/python-api.md: every example runs as written, and its tables are `framing score`'s."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from framing.cli import app

REPO = Path(__file__).resolve().parents[1]
PAGE = (REPO / "docs" / "python-api.md").read_text(encoding="utf-8")
EXAMPLES = re.findall(r"```python\n(.*?)```", PAGE, re.S)


def _run(example: str, monkeypatch, capsys) -> tuple[dict, str]:
    monkeypatch.chdir(REPO)
    namespace: dict = {"__name__": "__main__"}
    exec(compile(example, "docs/python-api.md", "exec"), namespace)
    return namespace, capsys.readouterr().out


def test_the_page_has_its_five_examples():
    assert len(EXAMPLES) == 5


def test_one_text(monkeypatch, capsys):
    _, out = _run(EXAMPLES[0], monkeypatch, capsys)
    assert out.splitlines()[0] == "[('pathetic', 'loaded', 'quoted', 'Lavrov')]"


def test_the_corpus_tables_are_the_rows_framing_score_writes(monkeypatch, capsys, tmp_path):
    namespace, _ = _run(EXAMPLES[1], monkeypatch, capsys)
    articles, spans = namespace["articles"], namespace["spans"]
    assert list(articles.id) == ["independent-putin-no-show", "ogmnews-putin-skips-talks"]
    assert set(articles.model) == {"babe-sg2"} and namespace["errors"] == []
    out, spans_out = tmp_path / "scores.csv", tmp_path / "spans.csv"
    result = CliRunner().invoke(app, ["score", "seeds/", "--out", str(out), "--spans", str(spans_out), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    saved = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert list(articles.columns) == list(saved[0])
    for mine, theirs in zip(articles.to_dict("records"), saved):
        assert {k: "" if v is None else str(v) for k, v in mine.items()} == theirs
    assert len(spans) == len(list(csv.DictReader(io.StringIO(spans_out.read_text(encoding="utf-8")))))
    assert len(namespace["own_loaded"]) == sum(1 for _, s in spans.iterrows() if s.type == "loaded" and s.voice == "author")


def test_every_core_gives_the_same_rows(monkeypatch, capsys):
    namespace, _ = _run(EXAMPLES[2], monkeypatch, capsys)
    rows = namespace["rows"]
    assert [r["id"] for r in rows] == ["independent-putin-no-show", "ogmnews-putin-skips-talks"]
    assert all(r["model"] == "babe-sg2" and r["biased_sentence_share"] is not None for r in rows)


def test_saved_jsonl_reads_back_flat(monkeypatch, capsys, tmp_path):
    out = tmp_path / "scores.jsonl"
    result = CliRunner().invoke(app, ["score", str(REPO / "seeds"), "--no-model", "--out", str(out)])
    assert result.exit_code == 0, result.output
    monkeypatch.chdir(tmp_path)
    namespace: dict = {}
    exec(compile(EXAMPLES[3], "docs/python-api.md", "exec"), namespace)
    assert capsys.readouterr().out == "2 ['2025-05-14', '2025-05-15']\n"
    assert namespace["spans"].columns[:4].tolist() == ["article_id", "source_id", "path", "outlet"]


def test_pooling_prints_the_pooled_rate(monkeypatch, capsys):
    namespace, out = _run(EXAMPLES[4], monkeypatch, capsys)
    assert out.strip() == "{'a': 4.3}"
    # the example's rows are columns `framing score` writes (plus the count it derives)
    from framing.export import article_columns
    assert set(namespace["articles"].columns) - set(article_columns()) == {"loaded_own"}

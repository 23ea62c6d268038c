"""framing/batch.py: what a scoring run counts about its input (`InputWarnings`)."""

from __future__ import annotations

import pytest

from framing.batch import InputWarnings
from framing.models import Article


def _articles(n: int, outlet: str | None, path: str, **metadata) -> list[Article]:
    return [Article(f"a{i}", "Some text.", outlet=outlet, source_path=path, metadata=dict(metadata)) for i in range(n)]


@pytest.mark.parametrize("articles, expected", [
    # a table whose outlet column is called something else: the other columns are offered to --by
    (_articles(6, None, "news.csv", publisher="nyt", published="2016-01-02"),
     "no article names its outlet (the first: a0, from news.csv): framing compare and framing report count them as "
     'one group, (no outlet); give the table an "outlet" column or pass --outlet NAME, or group by one of its other '
     "columns with --by (published, publisher)"),
    # files in folders with no manifest
    (_articles(5, None, "news/bbc/a.txt"),
     "no article names its outlet (the first: a0, from news/bbc/a.txt): framing compare and framing report count them "
     "as one group, (no outlet); name each file's outlet in a manifest.csv beside the files (columns path, outlet) or "
     "pass --outlet NAME, or with files kept one folder per outlet, compare with --by folder"),
    # some rows named, some not; a gzipped JSONL table
    (_articles(3, "bbc", "news.jsonl.gz") + _articles(2, None, "news.jsonl.gz"),
     '2 of the 5 articles name no outlet (the first: a0, from news.jsonl.gz): framing compare and framing report count '
     'them as one group, (no outlet); give the table an "outlet" column or pass --outlet NAME'),
    (_articles(6, "bbc", "news.csv"), None),  # every article named
    (_articles(4, None, "a.txt"), None),  # a teacher's few files: compare and the report name them by file
])
def test_outlet_line_says_which_articles_name_no_outlet_and_what_to_do(articles, expected):
    warned = InputWarnings()
    assert list(warned.count(articles)) == articles
    assert warned.outlet_line() == expected


@pytest.mark.parametrize("format, out, spans, message", [
    # CSV text had been written into spans.parquet, which pyarrow then refused ("magic bytes not found")
    ("csv", "scores.csv", "spans.parquet",
     "--spans spans.parquet: the findings are written as CSV, but the name says parquet, and tools that go by the name would "
     "misread it; name it spans.csv, or write Parquet tables of articles and findings with --out FOLDER.parquet and no --spans"),
    ("csv", "scores.csv", "out/Spans.JSONL", "--spans out/Spans.JSONL: the findings are written as CSV, but the name says JSONL, and tools"),
    # --out scores.parquet chose Parquet: the message had said "--format parquet", which the user never typed
    ("parquet", "scores.parquet", "spans.parquet",
     "Parquet output is a folder holding the findings table too (scores.parquet/spans, beside scores.parquet/articles); drop --spans"),
    ("csv", "scores.csv", "spans.csv", None),
    ("csv", "scores.csv", "findings", None),
])
def test_a_spans_file_named_for_another_format_is_refused_before_the_run(tmp_path, monkeypatch, format, out, spans, message):
    from pathlib import Path

    from framing.batch import JobError, ScoreJob

    monkeypatch.chdir(tmp_path)
    job = ScoreJob([Path("news.csv")], format, Path(out), Path(spans))
    if message is None:
        job.check()
        return
    with pytest.raises(JobError) as e:
        job.check()
    assert str(e.value).startswith(message)

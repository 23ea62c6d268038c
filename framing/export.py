"""Write analyses as JSONL (one article a line), CSV (one row per article, plus a per-span table) or
Parquet (framing/parquet.py), and read saved analyses back (`read_analyses`).

Everything here works on `Analysis.to_dict()` dicts (an `Analysis` is accepted too), because that is
what worker processes send back and what saved JSONL/Parquet files hold.  Writers stream: each writes
as it goes, so memory does not grow with the corpus.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any, Protocol

from framing.models import Analysis
from framing.score import SCORES

ARTICLE_COLUMNS = ["id", "path", "outlet", "title", "date", "url", "words", "sentence_count", "model"]
SPAN_COLUMNS = [
    "article_id", "path", "outlet", "start", "end", "text", "type", "category", "weight", "voice", "speaker",
    "verb", "stance", "term", "lexicon", "rule", "detector",
    "source_start", "source_end", "content_start", "content_end",
]
FORMATS = ("jsonl", "csv", "parquet")


def as_dict(a: Analysis | dict[str, Any]) -> dict[str, Any]:
    return a.to_dict() if isinstance(a, Analysis) else a


def article_row(a: Analysis | dict[str, Any]) -> dict[str, Any]:
    """One flat row per article: metadata then every score as a column."""
    d = as_dict(a)
    row = {k: d[k] for k in ARTICLE_COLUMNS}
    scores = d["scores"]
    row.update({name: scores.get(name) for name in SCORES})
    row["warnings"] = " | ".join(d["warnings"])
    return row


def span_rows(a: Analysis | dict[str, Any]) -> Iterator[dict[str, Any]]:
    """One flat row per finding, with the article it belongs to (its id and path)."""
    d = as_dict(a)
    for s in d["spans"]:
        row = {"article_id": d["id"], "path": d["path"], "outlet": d["outlet"]}
        row.update({k: s[k] for k in ("start", "end", "text", "type", "category", "weight", "voice", "speaker",
                                      "verb", "stance", "term", "lexicon", "rule", "detector")})
        source, content = (s.get("source"), s.get("content")) if s["type"] == "attribution" else (None, None)
        row["source_start"] = source["start"] if source else None
        row["source_end"] = source["end"] if source else None
        row["content_start"] = content["start"] if content else None
        row["content_end"] = content["end"] if content else None
        yield row


def jsonl_line(a: Analysis | dict[str, Any]) -> str:
    """The JSONL line of DESIGN.md for one article, newline included."""
    return json.dumps(as_dict(a), ensure_ascii=False) + "\n"


def write_jsonl(analyses: Iterable[Analysis | dict[str, Any]], out: IO[str]) -> int:
    n = 0
    for a in analyses:
        out.write(jsonl_line(a))
        n += 1
    return n


class CsvWriter:
    """A CSV writer whose header is fixed before the first row, so rows can stream.

    `header=False` appends to a file that already has one (a resumed run).
    """

    def __init__(self, out: IO[str], columns: list[str], header: bool = True) -> None:
        self._writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore")
        if header:
            self._writer.writeheader()

    def write(self, row: dict[str, Any]) -> None:
        self._writer.writerow({k: ("" if v is None else v) for k, v in row.items()})


def article_columns() -> list[str]:
    return ARTICLE_COLUMNS + list(SCORES) + ["warnings"]


class AnalysisWriter(Protocol):
    """What `framing score` writes each analysis to, whatever the format."""

    def write(self, analysis: dict[str, Any]) -> None: ...

    def close(self) -> None: ...


class JsonlWriter:
    def __init__(self, out: IO[str]) -> None:
        self._out = out

    def write(self, analysis: dict[str, Any]) -> None:
        self._out.write(jsonl_line(analysis))

    def close(self) -> None:
        self._out.flush()


class TableWriter:
    """CSV articles (one row each, to `out`) and, when `spans` is given, one CSV row per finding.

    The span rows of an article are written before its article row, so an article whose row is in
    the output has all its spans there too (what `--resume` counts on).
    """

    def __init__(self, out: IO[str], spans: IO[str] | None = None, header: bool = True, spans_header: bool = True) -> None:
        self._out = out
        self._articles = CsvWriter(out, article_columns(), header)
        self._spans_out = spans
        self._spans = CsvWriter(spans, SPAN_COLUMNS, spans_header) if spans is not None else None

    def write(self, analysis: dict[str, Any]) -> None:
        if self._spans is not None:
            for row in span_rows(analysis):
                self._spans.write(row)
        self._articles.write(article_row(analysis))

    def close(self) -> None:
        if self._spans_out is not None:
            self._spans_out.flush()
        self._out.flush()


def read_analyses(path: str | Path) -> Iterator[dict[str, Any]]:
    """Saved analyses back as `Analysis.to_dict()`-shaped dicts, lazily, in the order they were written.

    `path` is a JSONL file from `framing score` or a Parquet output folder from
    `framing score --format parquet` (or `--scheduler`).  This is what `framing report --scores`
    reads, so a big corpus is analysed once and reported on many times.  Parquet gives back every
    score as a float (attributions 14 -> 14.0) and `metadata` as written.  CSV is not accepted: it
    holds no spans.
    """
    path = Path(path)
    if path.is_dir():
        from framing import parquet

        yield from parquet.read_analyses(path)
        return
    if path.suffix.lower() == ".csv":
        raise ValueError(f"{path}: a CSV export holds no spans; save scores as JSONL or Parquet to reuse them")
    with path.open(encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError as e:
                raise ValueError(f"{path}:{number}: not a JSON line ({e.msg}); was the run killed? "
                                 "finish it with `framing score --resume`") from None

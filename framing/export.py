"""Write analyses as JSONL (one article a line), CSV (one row per article, plus a per-span table) or
Parquet (framing/parquet.py), and read saved analyses back (`read_analyses`).

Everything here works on `Analysis.to_dict()` dicts (an `Analysis` is accepted too), because that is
what worker processes send back and what saved JSONL/Parquet files hold.  Writers stream: each writes
as it goes, so memory does not grow with the corpus.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from operator import attrgetter, itemgetter
from pathlib import Path
from typing import IO, Any, Protocol

from framing.models import JSON, Analysis, Range
from framing.score import SCORES

# `source_id`: a table row's own id as given (`fox-1`, where `id` is `corpus:fox-1`), to join scores back on
ARTICLE_COLUMNS = ["id", "source_id", "path", "outlet", "title", "date", "url", "words", "quoted_words", "author_words",
                   "sentence_count", "model"]
# The article columns after the scores.
OTHER_ARTICLE_COLUMNS = ("warnings", "metadata")
# Added after older runs were saved: a record read back from one lacks them (an empty cell, not an error).
WORD_SPLIT_COLUMNS = ("quoted_words", "author_words")
LATER_COLUMNS = ("source_id", *WORD_SPLIT_COLUMNS)
SPAN_COLUMNS = [
    "article_id", "source_id", "path", "outlet", "start", "end", "text", "type", "category", "weight", "voice", "speaker",
    "verb", "stance", "term", "lexicon", "rule", "detector",
    "source_start", "source_end", "content_start", "content_end",
]
FORMATS = ("jsonl", "csv", "parquet")

# Spreadsheet formula injection (OWASP "CSV Injection"): Excel and LibreOffice run a cell that begins
# with = + - @ (or a tab or carriage return) as a formula, and titles, outlets, speakers and span
# texts come from whoever wrote the articles.  Such a text cell gets a leading ' (shown as text, the
# quote hidden); numbers are never touched.  A text that already begins with ' and then one of those
# gets one more, so `unguard_cell` gives back exactly what was there.
_FORMULA_STARTS = frozenset("=+-@\t\r")
_MAYBE_FORMULA = re.compile(r"(?:^|,)\"?['=+\-@\t\r]", re.MULTILINE)  # a cheap test over CSV text


def guard_cell(value: Any) -> Any:
    """`value` as a spreadsheet shows it rather than runs it: a text starting with = + - @ tab or CR
    (after any ' already there) gets a leading '."""
    if type(value) is str and value and (value[0] in _FORMULA_STARTS or (value[0] == "'" and value.lstrip("'")[:1] in _FORMULA_STARTS)):
        return "'" + value
    return value


def unguard_cell(value: str) -> str:
    """A CSV cell as it was before `guard_cell` (for reading our own CSV back)."""
    if value[:1] == "'" and value.lstrip("'")[:1] in _FORMULA_STARTS:
        return value[1:]
    return value


def _csv_rows(rows: list[tuple[Any, ...]]) -> str:
    """Rows as CSV text, text cells guarded.  Written plainly first; only when some cell may begin
    like a formula (rare) written again through `guard_cell`, so the common case costs one regex."""
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    text = buffer.getvalue()
    if _MAYBE_FORMULA.search(text):
        buffer = io.StringIO()
        csv.writer(buffer).writerows(tuple(map(guard_cell, row)) for row in rows)
        text = buffer.getvalue()
    return text


def as_dict(a: Analysis | dict[str, Any]) -> dict[str, Any]:
    return a.to_dict() if isinstance(a, Analysis) else a


def article_row(a: Analysis | dict[str, Any]) -> dict[str, Any]:
    """One flat row per article: metadata then every score as a column (those of the user's own
    lexicons after ours, as `score_columns` orders them)."""
    d = as_dict(a)
    row = {k: d.get(k) if k in LATER_COLUMNS else d[k] for k in ARTICLE_COLUMNS}
    scores = d["scores"]
    row.update({name: scores.get(name) for name in score_columns(scores)})
    row["warnings"] = " | ".join(d["warnings"])
    # the input's other columns (event, author, ...) as one JSON object, as in Parquet: without it a
    # CSV of scores lost what a researcher groups articles by
    metadata = d.get("metadata")
    row["metadata"] = json.dumps(metadata, ensure_ascii=False, sort_keys=True) if metadata else ""
    return row


_SPAN_FIELDS = ("start", "end", "text", "type", "category", "weight", "voice", "speaker", "verb", "stance", "term",
                "lexicon", "rule", "detector")


def span_rows(a: Analysis | dict[str, Any]) -> Iterator[dict[str, Any]]:
    """One flat row per finding, with the article it belongs to (its id, its row's own id and path)."""
    d = as_dict(a)
    article_id, source_id, path, outlet = d["id"], d.get("source_id"), d["path"], d["outlet"]
    for s in d["spans"]:
        row = {"article_id": article_id, "source_id": source_id, "path": path, "outlet": outlet}
        for k in _SPAN_FIELDS:
            row[k] = s[k]
        source, content = (s.get("source"), s.get("content")) if s["type"] == "attribution" else (None, None)
        row["source_start"] = source["start"] if source else None
        row["source_end"] = source["end"] if source else None
        row["content_start"] = content["start"] if content else None
        row["content_end"] = content["end"] if content else None
        yield row


def jsonl_line(a: Analysis | dict[str, Any]) -> str:
    """The JSONL line of DESIGN.md for one article, newline included.  U+2028, U+2029 and U+0085
    may stand unescaped in a JSON string, but a reader that splits lines as `str.splitlines` does
    (and JavaScript before ES2019) would cut the record there; they are written escaped, which
    decodes to the same text."""
    line = a.json_text("\n") if isinstance(a, Analysis) else JSON.encode(a) + "\n"
    if "\u2028" in line or "\u2029" in line or "\x85" in line:
        line = line.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029").replace("\x85", "\\u0085")
    return line


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
        self._writer.writerow({k: ("" if v is None else guard_cell(v)) for k, v in row.items()})


def article_columns(score_names: list[str] | None = None) -> list[str]:
    """The columns of the articles CSV (and Parquet table) of a run scoring `score_names`
    (`user_lexicons.score_names`: the packaged scores, then those of the user's own lexicons);
    by default the packaged scores."""
    return ARTICLE_COLUMNS + (list(SCORES) if score_names is None else list(score_names)) + list(OTHER_ARTICLE_COLUMNS)


def score_columns(scores: dict[str, Any]) -> list[str]:
    """The score columns of one article's row: the packaged scores, then any other its `scores`
    hold (those of the user's own lexicons, `euphemism_per_1k`, ...), in their order.  Every article
    of a run holds the same scores, so its rows line up under the run's header."""
    if len(scores) <= len(SCORES):  # (all but a run with a lexicon of the user's own)
        return _PACKAGED_SCORES
    return [*SCORES, *(name for name in scores if name not in SCORES)]


_PACKAGED_SCORES = list(SCORES)


class AnalysisWriter(Protocol):
    """What `framing score` writes each analysis to, whatever the format.

    `encode` turns an `Analysis` (or its `to_dict()` dict) into what `write` takes (a JSON line, CSV
    text, table rows).  It is a top-level function so worker processes can run it: the costly part of
    writing then happens on every core, and the process that writes only appends.
    """

    encode: Callable[[dict[str, Any]], Any]

    def write(self, encoded: Any) -> None: ...

    def close(self) -> None: ...


class JsonlWriter:
    encode = staticmethod(jsonl_line)

    def __init__(self, out: IO[str]) -> None:
        self._out = out

    def write(self, encoded: str) -> None:
        self._out.write(encoded)

    def close(self) -> None:
        self._out.flush()


def csv_text(rows: Iterable[dict[str, Any]], columns: list[str]) -> str:
    """Rows as CSV text without a header, exactly as `CsvWriter` writes them (csv writes None as an
    empty field), but each row taken apart by one `itemgetter` call: `DictWriter` works through a
    row's columns in Python, which cost more than the rest of writing CSV."""
    return _csv_rows(list(map(itemgetter(*columns), rows)))


def csv_encode(analysis: Analysis | dict[str, Any]) -> tuple[str, str]:
    """(the article's CSV row, its span rows) as text."""
    if isinstance(analysis, Analysis):
        columns = article_columns(score_columns(analysis.scores))
        return csv_text([article_row(replace(analysis, spans=[]))], columns), _span_csv(analysis)
    return csv_text([article_row(analysis)], article_columns(score_columns(analysis["scores"]))), csv_text(span_rows(analysis), SPAN_COLUMNS)


_SPAN_VALUES = attrgetter(*_SPAN_FIELDS)


def _span_csv(analysis: Analysis) -> str:
    """`span_rows` as CSV text, each row a tuple straight from the Span (no dict per span, twice)."""
    a = analysis.article
    head = (a.id, a.source_id, a.source_path, a.outlet)
    rows = []
    for s in analysis.spans:
        source, content = (s.source, s.content) if s.type == "attribution" else (None, None)
        rows.append((*head, *_SPAN_VALUES(s), *_range_ends(source), *_range_ends(content)))
    return _csv_rows(rows)


def _range_ends(r: Range | None) -> tuple[int | None, int | None]:
    return (r.start, r.end) if r else (None, None)


class TableWriter:
    """CSV articles (one row each, to `out`) and, when `spans` is given, one CSV row per finding.

    `score_names`: the run's scores (`user_lexicons.score_names`), the header's score columns.

    The span rows of an article are written before its article row, so an article whose row is in
    the output has all its spans there too (what `--resume` counts on).
    """

    encode = staticmethod(csv_encode)

    def __init__(self, out: IO[str], spans: IO[str] | None = None, header: bool = True, spans_header: bool = True,
                 score_names: list[str] | None = None) -> None:
        self._out = out
        self._spans = spans
        if header:
            CsvWriter(out, article_columns(score_names))
        if spans is not None and spans_header:
            CsvWriter(spans, SPAN_COLUMNS)

    def write(self, encoded: tuple[str, str]) -> None:
        article, spans = encoded
        if self._spans is not None:
            self._spans.write(spans)
        self._out.write(article)

    def close(self) -> None:
        if self._spans is not None:
            self._spans.flush()
        self._out.flush()


def read_analyses(path: str | Path) -> Iterator[dict[str, Any]]:
    """Saved analyses back as `Analysis.to_dict()`-shaped dicts, lazily, in the order they were written.

    `path` is a JSONL file from `framing score` or a Parquet output folder from
    `framing score --format parquet` (or `--scheduler`).  This is what `framing report --scores`
    reads, so a big corpus is analysed once and reported on many times.  Parquet gives back every
    score as JSONL holds it (counts such as `attributions` as integers) and `metadata` as written.  CSV is not accepted: it
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

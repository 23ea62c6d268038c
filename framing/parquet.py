"""Parquet output: an articles table and a spans table, each a folder of part files.

`framing score --format parquet --out scores.parquet` writes

    scores.parquet/articles/part-00000.parquet, part-00001.parquet, ...
    scores.parquet/spans/part-00000.parquet, ...

Part N of `spans` holds the findings of exactly the articles in part N of `articles`, in the same
order.  A part is written in row groups (`group_rows` articles each) to a hidden temporary file and
renamed when complete, so a killed run leaves only whole parts behind (`--resume` relies on this),
and Dask workers write parts the same way side by side.  The schemas are fixed (every score a
float64 column but the counts, nested `ignored`/`sentences`), so parts from different runs,
machines or partitions read as one table: `pandas.read_parquet("scores.parquet/articles")`.
`date` is a date (date32) where the article's date names a day, null where it names only a month or
a year or was kept as written; `date_text`, the last column, holds it as CSV and JSONL do
("2016-05-03", "2016-05", "Spring 2016"), so nothing is lost and a reader filters on real dates.
`metadata` is a map of the input's other columns to their text (`event` -> "summit-0514"): CSV
cells are text already; a JSONL value that is not (a number, a list, an object) is its JSON text
("17", '["a", "b"]'), as no one type holds every table's columns, and a struct's fields would
differ from table to table, so parts from two corpora would not read as one.
Counts are integers (`words`, `quoted_words`, `author_words`, `sentence_count`, the `quotes` and `attributions` scores, and every
offset and weight of the spans table); rates and shares are float64.

Beside the two tables lies README.txt, saying how to read them.  It is also a guard: the folder
above the tables, read as one table (`pandas.read_parquet("scores.parquet")`, `pyarrow.parquet.read_table`),
had read both tables as one with no error, each finding a row of nulls (1,308 articles with 63,474
findings read as 64,782 "articles").  pyarrow reads every file of a folder whose name does not
begin with `_` or `.`, so the README makes that read fail at once, naming README.txt, which says
what to read instead; `pandas.read_parquet("scores.parquet/articles")` never sees it.
"""

from __future__ import annotations

import json
import os
import re
from datetime import date
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from framing.export import SPAN_COLUMNS, article_columns, as_dict, score_columns, span_rows
from framing.input_files import PARQUET_README, PARQUET_README_OPENING
from framing.score import SCORES

ARTICLES = "articles"
SPANS = "spans"
PART_TEMPLATE = "part-{:05d}.parquet"

_RANGE_FIELDS = ["source_start", "source_end", "content_start", "content_end"]

IGNORED_TYPE = pa.list_(pa.struct([("start", pa.int64()), ("end", pa.int64()), ("reason", pa.string())]))
SENTENCES_TYPE = pa.list_(
    pa.struct([("start", pa.int64()), ("end", pa.int64()), ("voice", pa.string()), ("bias_probability", pa.float64())])
)


# Scores that count findings (a whole number, never a rate): int64 columns, so `quotes` reads 14
# in pandas or DuckDB as it does in JSONL, not 14.0.  Every other score is a rate or a share.
COUNT_SCORES = frozenset(("quotes", "attributions"))
# Lists of structs, after the columns the CSV has too.
NESTED_COLUMNS = ("ignored", "sentences")
METADATA_TYPE = pa.map_(pa.string(), pa.string())
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")  # what `dates.normalise_date` makes of a date that names a day


def article_schema(score_names: list[str] | None = None) -> pa.Schema:
    """One row per article: the CSV's columns in the CSV's order (`export.article_columns()`: a
    researcher who swaps one format for the other finds every column where it was), then the nested
    ranges, which CSV has no cell for.  `score_names`: the run's scores, those of the user's own
    lexicons after ours (`user_lexicons.score_names`); by default the packaged ones."""
    scores = list(SCORES) if score_names is None else list(score_names)
    types = {name: pa.string() for name in ("id", "source_id", "path", "outlet", "title", "url", "model", "date_text")}
    types.update({"date": pa.date32(), "metadata": METADATA_TYPE})
    types.update({name: pa.int64() for name in ("words", "quoted_words", "author_words", "sentence_count")})
    types.update({name: pa.int64() if name in COUNT_SCORES else pa.float64() for name in scores})
    types.update({"warnings": pa.list_(pa.string()), "ignored": IGNORED_TYPE, "sentences": SENTENCES_TYPE})
    return pa.schema([(name, types[name]) for name in (*article_columns(scores), *NESTED_COLUMNS, "date_text")])


def span_schema() -> pa.Schema:
    """One row per finding, keyed to its article by (path, article_id); the same columns as the span CSV."""
    strings = ("article_id", "source_id", "path", "outlet", "text", "type", "category", "voice", "speaker", "verb", "stance",
               "term", "lexicon", "rule", "detector")
    ints = ("start", "end", "weight", *_RANGE_FIELDS)
    types = {**{k: pa.string() for k in strings}, **{k: pa.int64() for k in ints}}
    return pa.schema([(k, types[k]) for k in SPAN_COLUMNS])


ARTICLE_SCHEMA = article_schema()
SPAN_SCHEMA = span_schema()


def article_record(d: dict[str, Any]) -> dict[str, Any]:
    """An `Analysis.to_dict()` dict as a row of the articles table (the keys in the schema's order)."""
    row = {k: d.get(k) for k in ("id", "source_id", "path", "outlet", "title", "date", "url", "words", "quoted_words", "author_words",
                                "sentence_count", "model")}
    row["date"] = day(d.get("date"))
    scores = d.get("scores") or {}
    row.update({name: scores.get(name) for name in score_columns(scores)})
    row["warnings"] = list(d.get("warnings") or [])
    row["metadata"] = metadata_map(d.get("metadata"))
    row["ignored"] = d.get("ignored") or []
    row["sentences"] = d.get("sentences") or []
    row["date_text"] = d.get("date")
    return row


def day(value: str | None) -> date | None:
    """The date `value` names as a day ("2016-05-03"), or None: a date known only to the month or
    year ("2016-05") or kept as written is no day, and is not made one."""
    if not isinstance(value, str) or not _DAY.fullmatch(value):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:  # "2016-02-30", kept as written
        return None


def metadata_map(metadata: dict[str, Any] | None) -> list[tuple[str, str | None]]:
    """The input's other columns as the `metadata` map's entries, in key order: text as it is,
    another value (a JSONL number, list or object) as its JSON text, null as null."""
    return [(str(k), v if v is None or isinstance(v, str) else json.dumps(v, ensure_ascii=False, sort_keys=True))
            for k, v in sorted((metadata or {}).items())]


README_TEXT = PARQUET_README_OPENING + """; read each from its own folder:

    pandas.read_parquet("{name}/articles")   one row per article: id, source_id, path, outlet, ..., every score
    pandas.read_parquet("{name}/spans")      one row per finding, joined to its article on (path, article_id)

Not the folder "{name}" itself: read as one table, the findings would be counted as articles.
(This file stops such a read with an error naming it.)  docs/scale.md describes the columns.
"""


def write_readme(folder: Path) -> None:
    """README.txt in an output folder (see the module docstring), written once, atomically: the
    Dask tasks writing a folder's parts side by side may each get here first."""
    path = Path(folder) / PARQUET_README
    if path.exists():
        return
    temp = path.with_name(f".{PARQUET_README}.{os.getpid()}.tmp")
    temp.write_text(README_TEXT.format(name=Path(folder).name), encoding="utf-8")
    os.replace(temp, path)


def part_path(folder: Path, table: str, index: int) -> Path:
    return folder / table / PART_TEMPLATE.format(index)


def _temp(path: Path) -> Path:
    return path.with_name(f".{path.name}.tmp")


class PartWriter:
    """Writes one part (articles + spans) in row groups; visible under its final name only when closed.

    `score_names`: the scores its articles hold (`export.score_columns` of one of them): a run with
    a lexicon of the user's own writes its three scores as columns after ours."""

    def __init__(self, folder: Path, index: int, score_names: list[str] | None = None) -> None:
        self.paths = {t: part_path(folder, t, index) for t in (ARTICLES, SPANS)}
        for p in self.paths.values():
            p.parent.mkdir(parents=True, exist_ok=True)
        write_readme(folder)
        self._schema = ARTICLE_SCHEMA if score_names is None or len(score_names) == len(SCORES) else article_schema(score_names)
        self._writers = {
            ARTICLES: pq.ParquetWriter(_temp(self.paths[ARTICLES]), self._schema),
            SPANS: pq.ParquetWriter(_temp(self.paths[SPANS]), SPAN_SCHEMA),
        }
        self.rows = 0

    def write_group(self, articles: list[dict[str, Any]], spans: list[dict[str, Any]]) -> None:
        self._writers[ARTICLES].write_table(pa.Table.from_pylist(articles, schema=self._schema))
        self._writers[SPANS].write_table(pa.Table.from_pylist(spans, schema=SPAN_SCHEMA))
        self.rows += len(articles)

    def close(self) -> None:
        # Spans first: a part counts as written once its articles file exists (see resume.py).
        for table in (SPANS, ARTICLES):
            self._writers[table].close()
            os.replace(_temp(self.paths[table]), self.paths[table])


class ParquetWriter:
    """Streams analyses into `folder` as parts of `part_rows` articles, row groups of `group_rows`.

    `first_part` lets a resumed run (or a Dask task) continue numbering after existing parts.
    """

    def __init__(self, folder: Path, *, first_part: int = 0, group_rows: int = 1000, part_rows: int = 20000) -> None:
        self.folder = Path(folder)
        self.next_part = first_part
        self.group_rows = group_rows
        self.part_rows = part_rows
        self._part: PartWriter | None = None
        self._articles: list[dict[str, Any]] = []
        self._spans: list[dict[str, Any]] = []

    @staticmethod
    def encode(analysis: dict[str, Any]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        """(the articles-table row, the spans-table rows) of one analysis."""
        analysis = as_dict(analysis)
        return article_record(analysis), list(span_rows(analysis))

    def write(self, encoded: tuple[dict[str, Any], list[dict[str, Any]]]) -> None:
        """Add one analysis, as `encode` made it."""
        article, spans = encoded
        self._articles.append(article)
        self._spans.extend(spans)
        if len(self._articles) >= self.group_rows:
            self._flush()

    def _flush(self) -> None:
        if not self._articles:
            return
        if self._part is None:
            self._part = PartWriter(self.folder, self.next_part, _score_columns(self._articles[0]))
            self.next_part += 1
        self._part.write_group(self._articles, self._spans)
        self._articles, self._spans = [], []
        if self._part.rows >= self.part_rows:
            self._part.close()
            self._part = None

    def close(self) -> None:
        self._flush()
        if self._part is not None:
            self._part.close()
            self._part = None


def write_part(folder: Path, index: int, analyses: Iterable[dict[str, Any]]) -> int:
    """Write one complete part from `analyses` (what a Dask task does); returns the article count."""
    writer = ParquetWriter(folder, first_part=index, part_rows=1 << 62)
    n = 0
    for a in analyses:
        writer.write(writer.encode(a))
        n += 1
    writer.close()
    return n


def part_files(folder: Path, table: str) -> list[Path]:
    """The complete part files of one table, in part order (temporary files excluded)."""
    base = Path(folder) / table
    return sorted(base.glob("part-*.parquet")) if base.is_dir() else []


def read_analyses(folder: Path) -> Iterator[dict[str, Any]]:
    """Rebuild `Analysis.to_dict()`-shaped dicts from a Parquet output folder, part by part, streaming."""
    folder = Path(folder)
    if not (folder / ARTICLES).is_dir():
        raise FileNotFoundError(f"{folder}: not a framing Parquet output (no {ARTICLES}/ folder inside)")
    for article_file in part_files(folder, ARTICLES):
        span_file = folder / SPANS / article_file.name
        spans = _span_groups(span_file) if span_file.exists() else iter(())
        pending: tuple[tuple[str, str], dict[str, Any]] | None = next(spans, None)
        for batch in pq.ParquetFile(article_file).iter_batches(batch_size=1000):
            for row in batch.to_pylist():
                d = _analysis_dict(row)
                key = (row["path"], row["id"])
                if pending is not None and pending[0] == key:
                    d["spans"] = pending[1]
                    pending = next(spans, None)
                yield d


def _span_groups(path: Path) -> Iterator[tuple[tuple[str, str], list[dict[str, Any]]]]:
    """Consecutive span rows of the same article, as ((path, article_id), [span dicts])."""
    key: tuple[str, str] | None = None
    group: list[dict[str, Any]] = []
    for batch in pq.ParquetFile(path).iter_batches(batch_size=10000):
        for row in batch.to_pylist():
            k = (row["path"], row["article_id"])
            if k != key and group:
                yield key, group  # type: ignore[misc]
                group = []
            key = k
            group.append(_span_dict(row))
    if group:
        yield key, group  # type: ignore[misc]


def _analysis_dict(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": row["id"], "source_id": row.get("source_id"), "path": row["path"], "outlet": row["outlet"], "title": row["title"],
        "date": _date_text(row), "url": row["url"], "metadata": _metadata(row["metadata"]),
        "words": row["words"], "quoted_words": row.get("quoted_words"), "author_words": row.get("author_words"),
        "sentence_count": row["sentence_count"], "model": row["model"],
        "scores": {name: row[name] for name in _score_columns(row)},
        "spans": [],
        "ignored": row["ignored"] or [],
        "sentences": row["sentences"] or [],
        "warnings": row["warnings"] or [],
    }


_NOT_SCORES = frozenset((*article_columns([]), *NESTED_COLUMNS, "date_text"))


def _score_columns(row: dict[str, Any]) -> list[str]:
    """The score columns of a row read back: ours, then any a lexicon of the user's own added."""
    return [*SCORES, *(name for name in row if name not in SCORES and name not in _NOT_SCORES)]


def _date_text(row: dict[str, Any]) -> str | None:
    """The date as JSONL gives it: `date_text`; a folder written before it had one holds it in `date`."""
    if "date_text" in row:
        return row["date_text"]
    value = row["date"]
    return value.isoformat() if isinstance(value, date) else value


def _metadata(value: Any) -> dict[str, Any]:
    """The map's entries as a dict (pyarrow gives a map as (key, value) pairs); a folder written
    before the map held JSON text."""
    if isinstance(value, str):
        return json.loads(value or "{}")
    return dict(value or ())


def _span_dict(row: dict[str, Any]) -> dict[str, Any]:
    d = {k: row[k] for k in ("start", "end", "text", "type", "category", "weight", "voice", "speaker", "verb",
                             "stance", "term", "lexicon", "rule", "detector")}
    if row["type"] == "attribution":
        d["source"] = _range(row["source_start"], row["source_end"])
        d["content"] = _range(row["content_start"], row["content_end"])
    else:
        d["source"] = row["detector"]
    return d


def _range(start: int | None, end: int | None) -> dict[str, int] | None:
    return None if start is None else {"start": start, "end": end}

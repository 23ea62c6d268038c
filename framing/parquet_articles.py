"""Articles stored as a Parquet table (`corpus.parquet`), one per row, read a row group at a time.

Why: researchers keep corpora of millions of articles as Parquet (pandas' `to_parquet`, a
Hugging Face export, a data lake), and had to rewrite them as JSON Lines before the first score.
The columns are read as a CSV's or a JSONL file's are (framing/article_tables.py): `id`, `outlet`,
`title` (or `headline`), `date`, `url`, `text` (or `content`, `body`, ...: framing/text_columns.py),
every other column kept in `Article.metadata`; the same rows become the same articles, with the
same errors.  A row's number (1 for the first row) stands where a CSV row has its line, in errors
(`corpus.parquet:7: empty "text" ...`), in the `--errors` file's `line` column and in the
duplicate check's warnings, which call it a row (`the same text as corpus.parquet, row 7`: a
Parquet file has no lines to look for), and an id-less row is `corpus:7`.

Memory stays bounded: rows are read in batches of `BATCH_ROWS` from one row group at a time
(`pyarrow.parquet.ParquetFile.iter_batches`), so a file of millions of rows never sits in memory.
Values that JSON has no type for are kept as text (a timestamp or date as ISO 8601, bytes
decoded as UTF-8, a decimal as its digits), and a float NaN (pandas' missing value) as missing, so
every output format writes what was read.  A file pyarrow cannot open (not Parquet, cut short) or a
row group it cannot decode is one IngestError; the rows before it stand.
"""

from __future__ import annotations

import datetime
import decimal
import math
from collections.abc import Iterator
from typing import Any

from framing.article_tables import FRAMING_OUTPUT, SCORES_COLUMNS, TableFile, _missing_text_message, record_article
from framing.models import Article, IngestError
from framing.text_columns import text_column

BATCH_ROWS = 1_000  # rows converted to Python at a time (a row group may hold far more)
_SPANS_COLUMNS = {"article_id", "start", "end", "type", "voice"}  # a `framing score --format parquet` spans part


def read_parquet(table: TableFile) -> Iterator[Article | IngestError]:
    """Articles from a Parquet file, one per row, in file order; errors carry the row number."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = str(table.path)
    try:
        handle = pq.ParquetFile(table.path)
    except (pa.ArrowException, OSError) as e:
        yield IngestError(path, f"not a readable Parquet file ({_first_line(e)}); write it again (pandas: df.to_parquet(PATH)), "
                                "or give the articles as CSV or JSON Lines")
        return
    with handle:
        # (pandas writes a DataFrame's own index as `__index_level_0__`: no column of the corpus)
        kept = [i for i, name in enumerate(handle.schema_arrow.names) if not str(name).startswith("__index_level_")]
        columns = [handle.schema_arrow.names[i] for i in kept]
        names = [str(c).strip().lower() for c in columns]
        if SCORES_COLUMNS <= set(names) or _SPANS_COLUMNS <= set(names):
            yield IngestError(path, FRAMING_OUTPUT.format(what="a Parquet table written by framing score (read it with --scores)"))
            return
        if (body := text_column(names)) is None:
            yield IngestError(path, _missing_text_message(columns))
            return
        keys = ["text" if name == body else name for name in names]
        if handle.metadata.num_rows == 0:
            yield IngestError(path, "no rows in this Parquet table: nothing to analyse; add the articles, one a row, or leave the file out")
            return
        row = 0
        try:
            for batch in handle.iter_batches(batch_size=BATCH_ROWS, columns=columns):
                for values in zip(*(column.to_pylist() for column in batch.columns)):
                    row += 1
                    record = {key: _plain(value) for key, value in zip(keys, values)}
                    yield record_article(record, table, row, [], body)
        except (pa.ArrowException, OSError) as e:
            yield IngestError(path, f"reading stopped after row {row:,} ({_first_line(e)}); the rows before it were read; "
                                    "check the file or write it again")


def _plain(value: Any) -> Any:
    """A cell as JSON can hold it: what a CSV or JSONL row would have given for it."""
    if isinstance(value, float):
        return None if math.isnan(value) else value
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray)):
        return bytes(value).decode("utf-8", errors="replace")
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, datetime.timedelta):
        return str(value)
    if isinstance(value, list):
        # a map column comes back as (key, value) pairs: an object, as JSON writes it
        if value and all(isinstance(v, tuple) and len(v) == 2 for v in value):
            return {str(k): _plain(v) for k, v in value}
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def _first_line(error: Exception) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0]

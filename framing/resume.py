"""`framing score --resume`: continue a run that was interrupted, so no article is written twice or lost.

An article is identified by `(path, id)`: the file it came from and its id (ids alone repeat across
folders: `bbc/1.txt` and `cnn/1.txt`).  `prepare` reads those keys back from the existing output and
cuts off whatever a killed run left half-written:

- JSONL: a last line without its newline, or that is not JSON, is removed;
- CSV: a file whose header is not the columns this version writes is refused (appended rows would
  not line up with it); a last record without its line end, or with too few fields, is removed; in the span CSV,
  every row after the last article that made it into the article CSV is removed (span rows are
  written before their article's row, see export.TableWriter);
- Parquet: hidden temporary part files (a part being written when the run died) and span parts
  without their article part are deleted; complete parts stay, and numbering goes on after them.
  A part whose columns are not the ones this version writes is refused, as a CSV header is.

The run then appends, skipping every article whose key is already there.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from framing.export import unguard_cell
from framing.models import Article, IngestError

Key = tuple[str | None, str]


class ResumeError(ValueError):
    """An existing output that cannot be resumed safely; the message says where and what to do."""


@dataclass
class ResumeState:
    """What an existing output already holds: the article keys, and where writing continues."""

    done: set[Key] = field(default_factory=set)
    header: bool = False  # CSV: the article file already has its header
    spans_header: bool = False  # CSV: the span file already has its header
    next_part: int = 0  # Parquet: the number of the next part file
    skipped: int = 0  # articles skipped so far by `skip_done`
    models: set[str | None] = field(default_factory=set)  # the sentence models the output was scored with (None: none)

    def check_model(self, out: Path, model: str | None) -> None:
        """Refuse to go on with another sentence model than the one the output was scored with: a
        run begun with the default model and resumed with --no-model (or another --model) left one
        file whose articles were scored two ways, and compare pooled them without a word."""
        others = self.models - {model}
        if others:
            name = lambda m: "no model (--no-model)" if m is None else f"model {m}"  # noqa: E731
            raise ResumeError(f"{out} was scored with {', '.join(sorted(map(name, others)))}; this run would score with {name(model)}, "
                              "and one output would hold articles scored two ways: resume with the --model/--no-model of the run "
                              "that began it, or score into a new --out")

    def skip_done(self, items: Iterable[Article | IngestError]) -> Iterator[Article | IngestError]:
        """The input without the articles already written (ingest errors still come through)."""
        for item in items:
            if isinstance(item, Article) and (item.source_path, item.id) in self.done:
                self.skipped += 1
                continue
            yield item


def prepare(format: str, out: Path, spans: Path | None = None, columns: list[str] | None = None,
            span_columns: list[str] | None = None) -> ResumeState:
    """Read what `out` (and `spans`) already hold and truncate any half-written tail.  `columns` and
    `span_columns`: the CSV headers the run will write, which the existing files must have."""
    if format == "parquet":
        return _prepare_parquet(Path(out), columns)
    if not out.exists():
        return ResumeState()
    state = ResumeState()
    if format == "jsonl":
        state.done = _jsonl_keys(out, state.models)
        return state
    state.done, state.header = _csv_keys(out, columns, state.models)
    if spans is not None and spans.exists():
        state.spans_header = _cut_spans_csv(spans, state.done, span_columns)
    return state


def _lines(path: Path) -> Iterator[tuple[int, bytes]]:
    """(offset after the line, line) for each line of a binary file."""
    offset = 0
    with path.open("rb") as f:
        for line in f:
            offset += len(line)
            yield offset, line


def _truncate(path: Path, size: int) -> None:
    with path.open("r+b") as f:
        f.truncate(size)


def _jsonl_keys(path: Path, models: set[str | None]) -> set[Key]:
    done: set[Key] = set()
    good = 0
    for number, (end, line) in enumerate(_lines(path), 1):
        if not line.strip():
            good = end
            continue
        try:
            d = json.loads(line) if line.endswith(b"\n") else None
        except ValueError:  # not JSON, or not UTF-8 (UnicodeDecodeError was a traceback)
            d = None
        if not isinstance(d, dict) or "id" not in d:
            if _has_more(path, end):
                raise ResumeError(f"{path}:{number}: not an article line, and not the last line either; "
                                  "this file was not left by an interrupted run, so it cannot be resumed")
            break
        done.add((d.get("path"), str(d["id"])))
        models.add(d.get("model"))
        good = end
    if good < path.stat().st_size:
        _truncate(path, good)
    return done


def _has_more(path: Path, offset: int) -> bool:
    return path.stat().st_size > offset


def _csv_records(path: Path) -> Iterator[tuple[int, list[str]]]:
    """(offset after the record, fields) for each CSV record that ends with its line end."""
    state = {"end": 0, "newline": True}

    def text_lines() -> Iterator[str]:
        for end, line in _lines(path):
            state["end"], state["newline"] = end, line.endswith(b"\n")
            yield line.decode("utf-8")

    try:
        for row in csv.reader(text_lines()):
            if not state["newline"]:
                return
            yield state["end"], row
    except (csv.Error, UnicodeDecodeError):  # a quoted field, or a character's bytes, cut off by the kill
        return


def _check_columns(path: Path, header: list[str], expected: list[str] | None) -> None:
    """Refuse a CSV header, or a Parquet part's column names, other than the ones this run writes
    (another version of framing wrote them, or another command)."""
    if expected is None or header == expected:
        return
    missing, extra = [c for c in expected if c not in header], [c for c in header if c not in expected]
    what = "; ".join(part for part in (f"it lacks {', '.join(missing)}" if missing else "",
                                        f"it has {', '.join(extra)} besides" if extra else "") if part) or "they are in another order"
    raise ResumeError(f"{path}: its columns are not the ones this version of framing writes ({what}); "
                      "what this run adds would not line up with it: score into a new --out, or finish the run with the version that began it")


def _check_types(part: Path, found, expected) -> None:
    """Refuse a Parquet part whose columns have other types than this version writes (an earlier
    version stored the `quotes` and `attributions` counts as decimals): parts of two types do not
    read as one table."""
    changed = [f"{name} is {found.field(name).type}, now {expected.field(name).type}"
               for name in expected.names if not found.field(name).type.equals(expected.field(name).type)]
    if changed:
        raise ResumeError(f"{part}: an earlier version of framing wrote it ({'; '.join(changed)}), and parts of both kinds "
                          "would not read as one table: score into a new --out, or finish the run with the version that began it")


def _csv_keys(path: Path, expected: list[str] | None = None, models: set[str | None] | None = None) -> tuple[set[Key], bool]:
    done: set[Key] = set()
    good = 0
    header: list[str] | None = None
    for end, row in _csv_records(path):
        if header is None:
            header = row
            id_at, path_at = _key_columns(path, header, "id", "framing score --format csv", expected)
            model_at = header.index("model") if "model" in header else None
        elif len(row) != len(header):
            break
        else:
            done.add((unguard_cell(row[path_at]) or None, unguard_cell(row[id_at])))
            if models is not None and model_at is not None:
                models.add(unguard_cell(row[model_at]) or None)
        good = end
    if good < path.stat().st_size:
        _truncate(path, good)
    return done, header is not None


def _key_columns(path: Path, header: list[str], id_column: str, command: str, expected: list[str] | None) -> tuple[int, int]:
    """Where the id and path columns of a CSV output are (the key of an article already scored);
    refuses a header that is not the one `command` writes.  The scores CSV and its --spans file
    are checked alike: only the id column's name differs."""
    if id_column not in header or "path" not in header:
        raise ResumeError(f"{path}: no {id_column}/path columns; it is not a `{command}` output")
    _check_columns(path, header, expected)
    return header.index(id_column), header.index("path")


def _cut_spans_csv(path: Path, done: set[Key], expected: list[str] | None = None) -> bool:
    good = 0
    header: list[str] | None = None
    for end, row in _csv_records(path):
        if header is None:
            header = row
            id_at, path_at = _key_columns(path, header, "article_id", "framing score --spans", expected)
        elif len(row) != len(header) or (unguard_cell(row[path_at]) or None, unguard_cell(row[id_at])) not in done:
            break
        good = end
    if good < path.stat().st_size:
        _truncate(path, good)
    return header is not None


def _prepare_parquet(folder: Path, columns: list[str] | None = None) -> ResumeState:
    """`columns`: the articles' columns the run writes (`export.article_columns`), whose scores
    name the parts' schema (a lexicon of the user's own adds three)."""
    import pyarrow.parquet as pq  # imported here: pyarrow costs half a second, JSONL runs need none of it

    from framing import parquet
    from framing.export import ARTICLE_COLUMNS, OTHER_ARTICLE_COLUMNS

    state = ResumeState()
    for table in (parquet.ARTICLES, parquet.SPANS):
        for temp in (folder / table).glob(".part-*.parquet.tmp"):
            temp.unlink()
    articles = {p.name for p in parquet.part_files(folder, parquet.ARTICLES)}
    for orphan in parquet.part_files(folder, parquet.SPANS):
        if orphan.name not in articles:
            orphan.unlink()
    scores = [c for c in columns if c not in ARTICLE_COLUMNS and c not in OTHER_ARTICLE_COLUMNS] if columns else None
    articles_schema = parquet.ARTICLE_SCHEMA if scores is None else parquet.article_schema(scores)
    for table_name, schema in ((parquet.ARTICLES, articles_schema), (parquet.SPANS, parquet.SPAN_SCHEMA)):
        for part in parquet.part_files(folder, table_name):
            found = pq.read_schema(part)
            _check_columns(part, found.names, schema.names)
            _check_types(part, found, schema)
    for part in parquet.part_files(folder, parquet.ARTICLES):
        table = pq.read_table(part, columns=["path", "id", "model"])
        state.done.update(zip(table.column("path").to_pylist(), table.column("id").to_pylist()))
        state.models.update(table.column("model").unique().to_pylist())
        state.next_part = max(state.next_part, int(part.stem.split("-")[1]) + 1)
    return state

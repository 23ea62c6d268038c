"""Reports and comparisons from saved scores: analyse a big corpus once, report on it many times.

Saved scores (`framing score` JSONL, or a Parquet folder) hold every finding's offsets but not the
article text, which would double their size.  For the article views a report needs the text, so we
read it again from the file each record names (`path`), the same way `framing score` read it, and
keep it only if every saved finding still points at its own words there: a source file edited since
scoring must not put highlights on the wrong words.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import csv

from framing import export, ingest
from framing.article_tables import SCORES_COLUMNS, header_delimiter
from framing.models import Article
from framing.score import SCORES
from framing.user_lexicons import LEXICON_SCORE_SUFFIX


@dataclass
class TextRecovery:
    """Counts of what happened to the article texts, for the one line the CLI prints."""

    recovered: int = 0
    missing: list[str] = field(default_factory=list)  # article ids whose text could not be used


def records_with_text(scores: str | Path, recovery: TextRecovery | None = None) -> Iterator[dict[str, Any]]:
    """Saved analyses as report records: `Analysis.to_dict()` shapes, plus `text` where recoverable.

    Records of one source file come one after another, so one file's texts are held at a time.
    """
    recovery = recovery if recovery is not None else TextRecovery()
    base = Path(scores).resolve().parent
    current_path: str | None = None
    texts: dict[str, str] = {}
    for record in export.read_analyses(scores):
        path = record.get("path")
        if path != current_path:
            current_path, texts = path, _texts_of(path, base)
        text = texts.get(_in_file_id(str(record.get("id"))))
        if text is not None and _spans_fit(record, text):
            record["text"] = text
            recovery.recovered += 1
        else:
            recovery.missing.append(str(record.get("id")))
        yield record


def _texts_of(path: str | None, base: Path) -> dict[str, str]:
    """Article id -> text for one source file, as ingest reads it; empty if it cannot be read now.
    A relative `path` is where `framing score` ran; failing that, beside the saved scores (scores saved
    next to the corpus and reported on from another folder had lost every text)."""
    found = next((p for p in (Path(path), base / path) if p.is_file()), None) if path else None
    if found is None:
        return {}
    return {_in_file_id(item.id): item.text for item in ingest.read_articles([found]) if isinstance(item, Article)}


def _in_file_id(article_id: str) -> str:
    """The id without the `~N` a run adds to a file stem another file already used (`corpus~2:r1`
    for corpus.jsonl beside corpus.csv): read again alone, the file gets its plain stem back."""
    stem, colon, row = article_id.partition(":")
    return re.sub(r"~\d+$", "", stem) + colon + row


def _spans_fit(record: dict[str, Any], text: str) -> bool:
    return all(text[s["start"] : s["end"]] == s["text"] for s in record.get("spans") or ())


# a `framing score --format csv` header: the columns ingest knows it by, and the id and outlet compare reads
SCORES_CSV_COLUMNS = SCORES_COLUMNS | {"id", "outlet"}


def written_by_score(path: str | Path) -> bool:
    """Whether `path` is scores `framing score --out` wrote: a Parquet folder (its articles' parts),
    a scores CSV (its header), or JSONL of scored articles (its first line: `scores` and `spans`,
    no `text`).  Why: a researcher who scored once runs `framing compare scores.csv`, and was told
    "this is a CSV written by framing score, not articles; leave it out", then "no articles to
    compare"; the command can read it as the `--scores` it is.  Reads one line at most."""
    path = Path(path)
    if path.is_dir():
        return any((path / "articles").glob("part-*.parquet"))
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".jsonl", ".ndjson") or not path.is_file():
        return False
    try:
        with path.open(encoding="utf-8-sig", errors="replace", newline="") as f:
            first = f.readline(1 << 20)
    except OSError:
        return False
    if suffix == ".csv":
        header = next(csv.reader([first], delimiter=header_delimiter(first)), [])
        return SCORES_CSV_COLUMNS <= {name.strip().lower() for name in header}
    try:
        record = json.loads(first)
    except json.JSONDecodeError:
        return False
    return isinstance(record, dict) and "scores" in record and "spans" in record and "text" not in record


def score_records(scores: str | Path) -> Iterator[dict[str, Any]]:
    """Saved per-article scores for comparing outlets, from JSONL, Parquet or a `--format csv` export.

    Comparing needs only each article's outlet, words and scores, which the CSV export holds too
    (it lacks only the findings, which a report needs and a comparison does not).
    """
    path = Path(scores)
    if path.suffix.lower() != ".csv":
        yield from export.read_analyses(path)
        return
    # a scores CSV opened in a spreadsheet and saved again (rows filtered, say) may come back with a
    # byte-order mark, semicolons and decimal commas: read as it comes
    with path.open(encoding="utf-8-sig", newline="") as f:
        delimiter = header_delimiter(f.readline())
        f.seek(0)
        reader = csv.DictReader(f, delimiter=delimiter)
        missing = {"id", "outlet", "words"} - set(reader.fieldnames or ())
        if missing:
            advice = ("it holds articles: pass it as PATHS (without --scores) to analyse them, or score it once with "
                      f"`framing score {path} --out scores.csv` and pass that") if "text" in (reader.fieldnames or ()) else \
                "pass the CSV that `framing score --out FILE.csv` wrote"
            raise ValueError(f"{path}: not a `framing score --format csv` export (no column {sorted(missing)[0]!r}); {advice}")
        columns = [name for name in SCORES if name in reader.fieldnames]
        # and those of a lexicon of the user's own (`euphemism_per_1k`, ...: framing.user_lexicons)
        columns += [name for name in reader.fieldnames if name.endswith(LEXICON_SCORE_SUFFIX) and name not in SCORES]
        # a CSV saved before these columns existed has none: its records simply lack them, as old JSONL does
        word_split = [name for name in export.WORD_SPLIT_COLUMNS if name in reader.fieldnames]
        for row in reader:
            try:
                record = {
                    "id": export.unguard_cell(row["id"]), "source_id": export.unguard_cell(row["source_id"]) if row.get("source_id") else None,
                    "outlet": export.unguard_cell(row["outlet"]) or None, "date": row.get("date") or None,
                    "words": int(_number(row["words"], "words") or 0),
                    "metadata": _metadata(row.get("metadata")),
                    "path": row.get("path"), "warnings": row.get("warnings") or "",  # for the duplicate check's line
                    "scores": {name: _number(row[name], name) for name in columns},
                }
                for name in word_split:
                    value = _number(row[name], name)
                    record[name] = None if value is None else int(value)
            except ValueError as e:
                raise ValueError(f"{path}:{reader.line_num}: {e}; fix that cell or score the articles again") from None
            yield record


def _metadata(cell: str | None) -> dict[str, Any]:
    """The metadata column (the input's other columns as JSON), for `compare --by`; {} if unreadable."""
    try:
        value = json.loads(cell) if cell else {}
    except json.JSONDecodeError:
        return {}
    return value if isinstance(value, dict) else {}


def _number(cell: str | None, column: str) -> float | None:
    """A number cell: empty is None; "7,77" (a decimal comma, as a spreadsheet in a European locale
    saves) is 7.77."""
    if cell is None or not cell.strip():
        return None
    text = cell.strip()
    if "," in text and "." not in text:
        text = text.replace(",", ".")
    try:
        return float(text)
    except ValueError:
        raise ValueError(f"column {column!r} holds {cell!r}, not a number") from None

"""Reports and comparisons from saved scores: analyse a big corpus once, report on it many times.

Saved scores (`framing score` JSONL, or a Parquet folder) hold every finding's offsets but not the
article text, which would double their size.  For the article views a report needs the text, so we
read it again from the file each record names (`path`), the same way `framing score` read it, and
keep it only if every saved finding still points at its own words there: a source file edited since
scoring must not put highlights on the wrong words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from framing import export, ingest
from framing.models import Article


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
    current_path: str | None = None
    texts: dict[str, str] = {}
    for record in export.read_analyses(scores):
        path = record.get("path")
        if path != current_path:
            current_path, texts = path, _texts_of(path)
        text = texts.get(_in_file_id(str(record.get("id"))))
        if text is not None and _spans_fit(record, text):
            record["text"] = text
            recovery.recovered += 1
        else:
            recovery.missing.append(str(record.get("id")))
        yield record


def _texts_of(path: str | None) -> dict[str, str]:
    """Article id -> text for one source file, as ingest reads it; empty if it cannot be read now."""
    if not path or not Path(path).is_file():
        return {}
    return {_in_file_id(item.id): item.text for item in ingest.read_articles([path]) if isinstance(item, Article)}


def _in_file_id(article_id: str) -> str:
    """The id without the `~N` a run adds to a file stem another file already used (`corpus~2:r1`
    for corpus.jsonl beside corpus.csv): read again alone, the file gets its plain stem back."""
    stem, colon, row = article_id.partition(":")
    return re.sub(r"~\d+$", "", stem) + colon + row


def _spans_fit(record: dict[str, Any], text: str) -> bool:
    return all(text[s["start"] : s["end"]] == s["text"] for s in record.get("spans") or ())

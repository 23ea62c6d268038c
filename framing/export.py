"""Write analyses as JSONL (one article a line), CSV (one row per article) or a per-span table.

Writers stream: each takes an iterable and writes as it goes, so memory does not grow with the corpus.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import IO, Any

from framing.models import Analysis
from framing.score import SCORES

ARTICLE_COLUMNS = ["id", "path", "outlet", "title", "date", "url", "words", "sentence_count", "model"]
SPAN_COLUMNS = [
    "article_id", "outlet", "start", "end", "text", "type", "category", "weight", "voice", "speaker",
    "verb", "stance", "term", "lexicon", "rule", "detector",
    "source_start", "source_end", "content_start", "content_end",
]


def article_row(a: Analysis) -> dict[str, Any]:
    """One flat row per article: metadata then every score as a column."""
    d = a.to_dict()
    row = {k: d[k] for k in ARTICLE_COLUMNS}
    row.update({name: a.scores.get(name) for name in SCORES})
    row["warnings"] = " | ".join(d["warnings"])
    return row


def span_rows(a: Analysis) -> Iterable[dict[str, Any]]:
    """One flat row per finding, with the article it belongs to."""
    for s in a.spans:
        yield {
            "article_id": a.article.id, "outlet": a.article.outlet, "start": s.start, "end": s.end,
            "text": s.text, "type": s.type, "category": s.category, "weight": s.weight, "voice": s.voice,
            "speaker": s.speaker, "verb": s.verb, "stance": s.stance, "term": s.term, "lexicon": s.lexicon,
            "rule": s.rule, "detector": s.detector,
            "source_start": s.source.start if s.source else None,
            "source_end": s.source.end if s.source else None,
            "content_start": s.content.start if s.content else None,
            "content_end": s.content.end if s.content else None,
        }


def write_jsonl(analyses: Iterable[Analysis], out: IO[str]) -> int:
    n = 0
    for a in analyses:
        out.write(json.dumps(a.to_dict(), ensure_ascii=False) + "\n")
        n += 1
    return n


class CsvWriter:
    """A CSV writer whose header is fixed before the first row, so rows can stream."""

    def __init__(self, out: IO[str], columns: list[str]) -> None:
        self._writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore")
        self._writer.writeheader()

    def write(self, row: dict[str, Any]) -> None:
        self._writer.writerow({k: ("" if v is None else v) for k, v in row.items()})


def article_columns() -> list[str]:
    return ARTICLE_COLUMNS + list(SCORES) + ["warnings"]

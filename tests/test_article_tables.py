"""framing/article_tables.py: what a JSONL line that is not JSON is told (one line, what to do)."""

from __future__ import annotations

import pytest

from framing.article_tables import TableFile, read_jsonl
from framing.models import IngestError


@pytest.mark.parametrize("line, message", [
    # cut short inside a string: json says "Unterminated string starting at" and leaves the place out
    ('{"id": "a2", "text": "Broken line',
     "invalid JSON: the string opened at column 22 is never closed; the line was cut short, or a text in it holds "
     "a raw line break: write each line with json.dumps()"),
    ('{"id": "a2", "text": "ok",}',
     "invalid JSON at column 27 (Expecting property name enclosed in double quotes); a comma before the closing }, "
     "which JSON does not allow; remove it"),
    ('{"id": "a2" "text": "ok"}',
     "invalid JSON at column 13 (Expecting ',' delimiter); each line must be one JSON object"),
])
def test_a_line_that_is_not_json_says_where_and_what_to_do(tmp_path, line, message):
    path = tmp_path / "feed.jsonl"
    path.write_text('{"id": "a1", "text": "Fine."}\n' + line + "\n", encoding="utf-8")
    items = list(read_jsonl(TableFile(path, "feed")))
    assert [a.id for a in items if not isinstance(a, IngestError)] == ["feed:a1"]
    assert [(e.line, e.message) for e in items if isinstance(e, IngestError)] == [(2, message)]

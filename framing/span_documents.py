"""Gold and predicted span documents: the JSONL format `framing evaluate spans` reads.

One JSON object per line: `{"id" or "path", "text", "spans": [{"start", "end", "type", "voice"?,
"speaker"?, "verb"?}]}`, offsets being Python str indices into `text` (see docs/evaluate-spans.md).
Gold is read strictly, since a wrong offset silently ruins every figure computed from it;
predictions leniently, so `framing score` output can be scored as it is.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

VOICES = ("author", "quoted")


@dataclass(slots=True, frozen=True)
class LabelledSpan:
    """One gold or predicted span: a half-open range [start, end) of the document text."""

    start: int
    end: int
    type: str
    voice: str | None = None
    speaker: str | None = None
    verb: str | None = None
    text: str | None = field(default=None, compare=False)  # as the file gives it: checks a prediction's offsets against the gold text


@dataclass(slots=True)
class SpanDocument:
    """One document's spans; `text` is needed for gold (to check offsets) and optional otherwise."""

    id: str | None
    path: str | None
    text: str | None
    spans: list[LabelledSpan]
    line: int | None = None  # line of the file it was read from, for messages

    @property
    def key(self) -> str:
        return self.id if self.id is not None else str(self.path)


class SpanFileError(ValueError):
    """A gold or prediction file that cannot be used as it is: says where, and what to fix."""

    def __init__(self, path: str, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.path, self.message, self.line = path, message, line

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.message}"


def _optional_str(value: Any) -> str | None:
    if value is None:
        return None
    value = str(value).strip()
    return value or None


def _range(obj: Any) -> tuple[int, int] | None:
    if isinstance(obj, dict) and isinstance(obj.get("start"), int) and isinstance(obj.get("end"), int):
        return obj["start"], obj["end"]
    return None


def document_from_dict(obj: Any, *, origin: str = "<data>", line: int | None = None, gold: bool = True) -> SpanDocument:
    """Check one JSON object and turn it into a SpanDocument.

    Gold documents must carry `text`, and each span must lie inside it; a span's optional `text`
    must equal `text[start:end]` (the check that catches offsets counted in bytes or after
    normalising the text).  Predictions are read leniently: empty spans are dropped, and a
    `framing score` attribution span adds `cue`, `source` and `content` spans from its ranges.
    """

    def bad(message: str) -> SpanFileError:
        return SpanFileError(origin, message, line)

    if not isinstance(obj, dict):
        raise bad("expected a JSON object per line")
    doc_id = _optional_str(obj.get("id"))
    path = _optional_str(obj.get("path"))
    if doc_id is None and path is None:
        raise bad('a document needs an "id" or a "path" to be matched with the other file')
    text = obj.get("text")
    if text is not None and not isinstance(text, str):
        raise bad('"text" must be a string')
    if gold and text is None:
        raise bad('a gold document needs its "text" (the offsets index into it)')
    if gold and "spans" not in obj:
        raise bad('a gold document needs "spans" (an empty list if nothing is marked in it)')
    raw_spans = obj.get("spans", [])
    if not isinstance(raw_spans, list):
        raise bad('"spans" must be a list')
    spans: list[LabelledSpan] = []
    for i, s in enumerate(raw_spans):
        if not isinstance(s, dict):
            raise bad(f"span {i}: expected an object with start, end and type")
        start, end, typ = s.get("start"), s.get("end"), s.get("type")
        if not isinstance(start, int) or not isinstance(end, int) or isinstance(start, bool) or isinstance(end, bool):
            raise bad(f"span {i}: start and end must be integers (character offsets into text)")
        if not isinstance(typ, str) or not typ:
            raise bad(f'span {i}: "type" must be a non-empty string')
        voice = _optional_str(s.get("voice"))
        if voice is not None and voice not in VOICES:
            raise bad(f'span {i}: voice must be "author" or "quoted", not {voice!r}')
        if end <= start or start < 0:
            if gold:
                raise bad(f"span {i}: needs 0 <= start < end, got start={start} end={end}")
            continue
        if text is not None and end > len(text):
            raise bad(f"span {i}: end={end} is past the end of the text ({len(text)} characters)")
        if gold and isinstance(s.get("text"), str) and text is not None and text[start:end] != s["text"]:
            raise bad(f"span {i}: its text {s['text']!r} is not text[{start}:{end}] = {text[start:end]!r}; offsets must be str indices into text")
        span = LabelledSpan(start, end, typ, voice, _optional_str(s.get("speaker")), _optional_str(s.get("verb")),
                            s["text"] if isinstance(s.get("text"), str) else None)
        spans.append(span)
        if not gold and typ == "attribution":
            spans.extend(_attribution_parts(span, s))
    return SpanDocument(doc_id, path, text, spans, line)


def _attribution_parts(cue: LabelledSpan, raw: dict[str, Any]) -> list[LabelledSpan]:
    """`framing score` attribution spans cover the cue and carry source/content ranges."""
    parts = [LabelledSpan(cue.start, cue.end, "cue", cue.voice, cue.speaker, cue.verb)]
    for name in ("source", "content"):
        r = _range(raw.get(name))
        if r is not None and r[0] < r[1]:
            parts.append(LabelledSpan(r[0], r[1], name, None, cue.speaker, cue.verb))
    return parts


def documents_from_records(records: Iterable[Any], *, origin: str = "<data>", gold: bool = True) -> list[SpanDocument]:
    """Documents from already-parsed JSON objects (line numbers count from 1)."""
    return _documents(enumerate(records, 1), origin, gold)


def read_span_file(path: str | Path, *, gold: bool = True) -> list[SpanDocument]:
    """Read a JSONL file of documents; blank lines are skipped, a bad line is an error naming it."""
    path = Path(path)
    try:
        handle = path.open("rb")  # decoded line by line, so a bad byte is reported with its line
    except OSError as e:
        raise SpanFileError(str(path), f"cannot read: {e.strerror or e}") from None
    records: list[tuple[int, Any]] = []
    with handle:
        for n, raw in enumerate(handle, 1):
            try:
                line = raw.decode("utf-8-sig" if n == 1 else "utf-8")  # a BOM from a Windows editor is fine
            except UnicodeDecodeError:
                raise SpanFileError(str(path), "not UTF-8 text; save the file as UTF-8 JSON Lines", n) from None
            if not line.strip():
                continue
            try:
                records.append((n, json.loads(line)))
            except json.JSONDecodeError as e:
                raise SpanFileError(str(path), f"not valid JSON ({e.msg}); each line must be one JSON object", n) from None
    return _documents(records, str(path), gold)


def _documents(numbered: Iterable[tuple[int, Any]], origin: str, gold: bool) -> list[SpanDocument]:
    docs: list[SpanDocument] = []
    seen: dict[str, int] = {}
    for n, obj in numbered:
        doc = document_from_dict(obj, origin=origin, line=n, gold=gold)
        if gold:
            if doc.key in seen:
                raise SpanFileError(origin, f"document {doc.key!r} appears twice (first on line {seen[doc.key]})", n)
            seen[doc.key] = n
        docs.append(doc)
    return docs



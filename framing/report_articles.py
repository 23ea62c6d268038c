"""The article store of a report: every article's text and findings, stored once as data.

The page renders an article only when it is opened (small vanilla JS builds the highlights with
`textContent`, never `innerHTML`), so 5,000 articles cost the size of their text, not of 5,000
pre-rendered DOM trees.  Above `compress_over_bytes` the store is gzip-compressed and base64-encoded
(the browser inflates it with DecompressionStream), which keeps a large corpus under the size a
browser opens comfortably.
"""

from __future__ import annotations

import base64
import gzip
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from framing.compare import outlet_of
from framing.models import SPAN_TYPES, VOICES

# Per span, in this order (a list, not an object, so a span costs its values and not its keys).
SPAN_FIELDS = ("start", "end", "type", "voice", "category", "weight", "speaker", "verb", "stance", "rule", "term", "detector")
COMPRESS_OVER_BYTES = 2_000_000


class ReportError(ValueError):
    """A report cannot be built as asked (for instance --pair names an article that is not there)."""


def json_for_script(obj: Any) -> str:
    """JSON safe to place inside a <script> element: no `<`, `>` or `&` survives literally, so
    neither `</script>` nor `<!--` in an article can end or confuse the element."""
    s = json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (
        s.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
        .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    )


def compact_article(record: dict, score_names: Sequence[str]) -> dict:
    """One article as the page needs it: metadata, scores in `score_names` order, text, spans."""
    scores = record.get("scores") or {}
    meta = record.get("metadata") or {}
    return {
        "id": str(record.get("id")),
        "outlet": outlet_of(record),
        "title": record.get("title") or "",
        "date": record.get("date") or "",
        "url": record.get("url") or "",
        "event": str(meta.get("event") or ""),
        "words": record.get("words") or 0,
        "scores": [scores.get(s) for s in score_names],
        "text": record.get("text"),
        "spans": [
            [s.get("start"), s.get("end"), SPAN_TYPES.index(s["type"]) if s.get("type") in SPAN_TYPES else -1,
             VOICES.index(s["voice"]) if s.get("voice") in VOICES else -1,
             *(s.get(k) for k in SPAN_FIELDS[4:])]
            for s in record.get("spans") or ()
        ],
        "ignored": [[r["start"], r["end"], r.get("reason") or ""] for r in record.get("ignored") or ()],
        "warnings": list(record.get("warnings") or ()),
    }


@dataclass(slots=True)
class ArticleStore:
    encoding: str  # "json" or "gzip+base64"
    payload: str  # what goes inside the <script type="application/json"> element
    raw_bytes: int


def article_store(articles: list[dict], compress_over_bytes: int = COMPRESS_OVER_BYTES) -> ArticleStore:
    raw = json_for_script(articles)
    size = len(raw.encode("utf-8"))
    if size <= compress_over_bytes:
        return ArticleStore("json", raw, size)
    packed = gzip.compress(json.dumps(articles, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), compresslevel=6, mtime=0)
    return ArticleStore("gzip+base64", base64.b64encode(packed).decode("ascii"), size)


def find_pairs(articles: Sequence[dict], explicit: Sequence[tuple[str, str]] = (), limit: int = 200) -> list[dict]:
    """Pairs of articles for the side-by-side view, as {"a", "b", "label"} of article indices.

    The pairs the user asked for come first (matched by article id or file name); then articles
    that share an `event` in their metadata, the first article of each outlet against the first
    of the event; and when the corpus is exactly two articles, those two.
    """
    index: dict[str, int] = {}
    for i, a in enumerate(articles):
        index.setdefault(a["id"], i)
    pairs: list[dict] = []
    for x, y in explicit:
        missing = [k for k in (x, y) if k not in index]
        if missing:
            raise ReportError(f"--pair: no article with id {missing[0]!r} (ids are file names without the extension)")
        pairs.append({"a": index[x], "b": index[y], "label": f"{x} | {y}"})
    events: dict[str, dict[str, int]] = {}
    for i, a in enumerate(articles):
        if a.get("event"):
            events.setdefault(a["event"], {}).setdefault(a["outlet"], i)
    for event, by_outlet in events.items():
        first, *others = by_outlet.values()
        pairs.extend({"a": first, "b": o, "label": f"{event}: {articles[first]['outlet']} | {articles[o]['outlet']}"} for o in others)
    if not pairs and len(articles) == 2:
        pairs.append({"a": 0, "b": 1, "label": f"{articles[0]['outlet']} | {articles[1]['outlet']}"})
    return pairs[:limit]

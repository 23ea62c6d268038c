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
import math
import operator
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from framing.compare import NO_OUTLET, outlet_of
from framing.models import SPAN_TYPES, VOICES

COMPRESS_OVER_BYTES = 2_000_000
CLASS_SET_MAX = 4  # up to this many outlets on one story, the side-by-side view offers every two of them
CLASS_STORIES_MAX = 10  # a teacher's folder of a few stories, each told by a few outlets (an `event` column)
TYPE_INDEX = {t: i for i, t in enumerate(SPAN_TYPES)}
VOICE_INDEX = {v: i for i, v in enumerate(VOICES)}
# The string-valued details of a span, stored as indices into the store's string table.
SPAN_STRINGS = ("category", "speaker", "verb", "stance", "rule", "term", "detector")
SPAN_KEY_NAMES = ("start", "end", "type", "voice", "weight", "category", "speaker", "verb", "stance", "rule", "term", "detector", "text")
SPAN_KEYS = operator.itemgetter(*SPAN_KEY_NAMES)


class ReportError(ValueError):
    """A report cannot be built as asked (for instance --pair names an article that is not there)."""


def json_for_script(obj: Any) -> str:
    """JSON safe to place inside a <script> element: no `<`, `>` or `&` survives literally, so
    neither `</script>` nor `<!--` in an article can end or confuse the element."""
    return script_safe(json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False))


def script_safe(s: str) -> str:
    """Escape the characters of a JSON text that could end or confuse a <script> element."""
    return (
        s.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
        .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    )


class StringTable(dict):
    """Each distinct string once; spans refer to it by index (0 is "none").  A dict whose misses
    append, so the common case (a string seen before) is one C-level lookup."""

    def __init__(self) -> None:
        super().__init__({None: 0, "": 0})

    def __missing__(self, key: str) -> int:
        i = self[key] = len(self) - 1  # "" shares index 0 with None
        return i

    @property
    def values(self) -> list[str | None]:  # type: ignore[override]
        return [None] + [k for k in self if k]


def compact_article(record: dict, score_names: Sequence[str], strings: StringTable, type_index: dict[str, int] | None = None) -> dict:
    """One article as the page needs it: metadata, scores in `score_names` order, text, findings.

    A finding is a list [start - previous start, length, type, voice, weight, category, speaker,
    verb, stance, rule, term, detector] (types and voices as indices into SPAN_TYPES / VOICES, the
    strings as indices into `strings`, weight 0 for none, trailing zeros dropped; `term` only where
    it differs from the matched text).  Small numbers and no repeated strings keep 5,000 articles'
    findings a fraction of their text's size.  Ignored ranges are [start delta, length, reason];
    own-voice sentences a classifier scored are [start delta, length, probability x 1000].
    `type_index`: the report's types (SPAN_TYPES, then the user's own lexicons: user_lexicon_report).
    """
    scores = record.get("scores") or {}
    meta = record.get("metadata") or {}
    spans = []
    prev = 0
    raw = record.get("spans") or ()
    if any(raw[i]["start"] > raw[i + 1]["start"] for i in range(len(raw) - 1)):
        raw = sorted(raw, key=lambda s: (s["start"], s["end"]))
    types, voices, table = (type_index or TYPE_INDEX).get, VOICE_INDEX.get, strings.__getitem__
    for s in raw:
        try:  # one C-level call where the record has every key (what Analysis.to_dict() writes)
            start, end, type_, voice, weight, category, speaker, verb, stance, rule, term, detector, text = SPAN_KEYS(s)
        except KeyError:
            get = s.get
            start, end, type_, voice, weight, category, speaker, verb, stance, rule, term, detector, text = (
                s["start"], s["end"], *(get(k) for k in SPAN_KEY_NAMES[2:]))
        if term is not None and term == (text or "").lower():
            term = None
        row = [start - prev, end - start, types(type_, -1), voices(voice, -1), weight or 0, table(category), table(speaker),
               table(verb), table(stance), table(rule), table(term), table(detector)]
        n = 12
        while n > 4 and not row[n - 1]:
            n -= 1
        spans.append(row[:n] if n < 12 else row)
        prev = start
    sentences = []
    prev = 0
    for x in record.get("sentences") or ():
        p = x.get("bias_probability")
        if p is not None and x.get("voice", "author") == "author":
            sentences.append([x["start"] - prev, x["end"] - x["start"], round(p * 1000)])
            prev = x["start"]
    ignored = []
    prev = 0
    for r in sorted(record.get("ignored") or (), key=lambda r: r["start"]):
        ignored.append([r["start"] - prev, r["end"] - r["start"], strings[r.get("reason")]])
        prev = r["start"]
    return {
        "id": str(record.get("id")),
        "outlet": outlet_of(record),
        "title": record.get("title") or "",
        "date": record.get("date") or "",
        "url": record.get("url") or "",
        "event": str(meta.get("event") or ""),
        "words": record.get("words") or 0,
        "scores": [_finite(scores.get(s)) for s in score_names],
        "text": record.get("text"),
        "spans": spans,
        "sentences": sentences,
        "ignored": ignored,
        "warnings": [with_excerpts(w, record.get("text") or "") for w in record.get("warnings") or ()],
        # where each note's words are in the text ([start, end], or None): a click on the note goes there
        **({"warningAt": [excerpt_range(w, record.get("text") or "") for w in warnings]} if (warnings := record.get("warnings")) else {}),
        **({"headline": list(head)} if (head := headline_range(record.get("text"), record.get("title"), record.get("ignored") or ())) else {}),
    }


_LINE = re.compile(r"[^\n]+")


def headline_range(text: str | None, title: str | None, ignored: Sequence[dict] = ()) -> tuple[int, int, int] | None:
    """(start, end, resume): where the line of `text` that is its headline `title` starts and ends
    (the first such line not set aside as page clutter), and where the text goes on after it, past
    blank lines and the headline's repeats right under it (greyed as clutter, they had shown it a
    third time); None where the text does not hold its headline.  The page shows that line as the
    article's heading, its findings highlighted there, and not again in the text: a class had read
    the headline twice, once plain and once with "brutal pantomime" flagged.  Lines are compared as
    the cleaner finds a headline's repeats (curly quotes straight, case and spacing aside)."""
    from framing.boilerplate import REPEATED_HEADLINE
    from framing.clean import headline_key

    if not text or not title or not title.strip():
        return None
    wanted = headline_key(title)
    limit = len(title) * 2 + 40  # a paragraph is no headline: not keyed
    clutter = sorted((r["start"], r["end"], r.get("reason")) for r in ignored)
    for m in _LINE.finditer(text):
        line = m.group()
        if len(line) > limit or not line.strip() or headline_key(line) != wanted:
            continue
        start = m.start() + len(line) - len(line.lstrip())
        end = m.start() + len(line.rstrip())
        if any(a < end and start < b for a, b, _ in clutter):
            continue
        start = _past_heading_marks(text, start, end)
        resume = end
        while True:
            while resume < len(text) and text[resume].isspace():
                resume += 1
            repeat = next((b for a, b, reason in clutter if a == resume and reason == REPEATED_HEADLINE), None)
            if repeat is None:
                return start, end, resume
            resume = repeat


def _past_heading_marks(text: str, start: int, end: int) -> int:
    """Where a Markdown heading's words begin: past its '#' marks and the space after them ('# Plan
    fails' is headed 'Plan fails'; the page had shown the '#').  '#1 reason' keeps its '#'."""
    marks = start
    while marks < end and text[marks] == "#":
        marks += 1
    if marks == start or marks == end or text[marks] not in " \t":
        return start
    while text[marks] in " \t":
        marks += 1
    return marks


_OFFSET = re.compile(r"\b(?:at )?offset (\d+)")


def with_excerpts(warning: str, text: str, width: int = 24) -> str:
    """A warning as a reader can use it: each "(at) offset N" becomes the words around that point,
    since a teacher cannot count to character 1784, and a student took "offset" for a word to look
    up ('unclosed quotation mark near "...tweeted Saturday: “I had to fire...": ...').  The
    exports keep the offsets; an offset past the text stays as it was."""
    def excerpt(m: re.Match) -> str:
        at = int(m.group(1))
        if at > len(text):
            return m.group(0)
        start, end = _excerpt_bounds(text, at, width)
        words = " ".join(text[start:end].split())
        return f'near "{"..." if start > 0 else ""}{words}{"..." if end < len(text) else ""}"'
    return _OFFSET.sub(excerpt, warning)


def excerpt_range(warning: str, text: str, width: int = 24) -> list[int] | None:
    """[start, end] of the words `with_excerpts` quotes for the warning's first offset (white space
    at their ends left out), or None where it names no offset in the text: the page's note on how a
    text was read is a button that scrolls the text there and marks those words a moment (a class
    read 'near "...said “the plan was doomed from..."' and then hunted for it)."""
    m = _OFFSET.search(warning)
    if m is None or int(m.group(1)) > len(text):
        return None
    start, end = _excerpt_bounds(text, int(m.group(1)), width)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return [start, end]


def _excerpt_bounds(text: str, at: int, width: int) -> tuple[int, int]:
    """About `width` characters either side of `at`, widened to whole words (up to twice as far)."""
    start, end = max(0, at - width), min(len(text), at + width)
    while start > 0 and not text[start - 1].isspace() and at - start < 2 * width:
        start -= 1
    while end < len(text) and not text[end].isspace() and end - at < 2 * width:
        end += 1
    return start, end


def expand_spans(article: dict, strings: Sequence[str | None], types: Sequence[str] = SPAN_TYPES) -> list[dict]:
    """The inverse of the compact form (what the page's JS does), for tests and for Python users
    (`types`: the page's `types`, the user's own lexicons' included)."""
    out, start = [], 0
    for row in article["spans"]:
        row = row + [0] * (12 - len(row))
        start += row[0]
        out.append({
            "start": start, "end": start + row[1], "type": types[row[2]] if row[2] >= 0 else None,
            "voice": VOICES[row[3]] if row[3] >= 0 else None, "weight": row[4] or None,
            **{k: strings[i] for k, i in zip(SPAN_STRINGS, row[5:12])},
        })
    return out


def _finite(v: object) -> object:
    """NaN and infinity cannot travel as JSON: they become None (shown as "–")."""
    return None if isinstance(v, float) and not math.isfinite(v) else v


@dataclass(slots=True)
class ArticleStore:
    encoding: str  # "json" or "gzip+base64"
    payload: str  # what goes inside the <script type="application/json"> element
    raw_bytes: int


def article_store(articles: list[dict], strings: StringTable, compress_over_bytes: int = COMPRESS_OVER_BYTES) -> ArticleStore:
    """{"strings": [...], "articles": [...]} as script-safe JSON, or gzip+base64 when large."""
    plain = json.dumps({"strings": strings.values, "articles": articles}, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    size = len(plain)
    if size <= compress_over_bytes:
        return ArticleStore("json", script_safe(plain), size)
    packed = gzip.compress(plain.encode("utf-8"), compresslevel=6, mtime=0)
    return ArticleStore("gzip+base64", base64.b64encode(packed).decode("ascii"), size)


def find_pairs(articles: Sequence[dict], explicit: Sequence[tuple[str, str]] = (), limit: int = 200) -> list[dict]:
    """Pairs of articles for the side-by-side view, as {"a", "b", "label"} of article indices.

    The pairs the user asked for come first (matched by article id); then articles that share an
    `event` in their metadata, the first article of each outlet: every two of them for up to four
    outlets, else each against the first of the event; and when there are none, for a class set
    (see `is_class_set`), every two of its articles.
    """
    index: dict[str, int] = {}
    for i, a in enumerate(articles):
        index.setdefault(a["id"], i)
    pairs: list[dict] = []
    for x, y in explicit:
        missing = [k for k in (x, y) if k not in index]
        if missing:
            near = [k for k in index if k.partition(":")[2] == missing[0]]
            hint = f"; did you mean {near[0]!r}?" if near else ""
            raise ReportError(f"--pair: no article with id {missing[0]!r}{hint} (the id of `framing score` output: "
                              "for a .txt file its name without the extension, for a CSV or JSONL row FILE:ID)")
        pairs.append({"a": index[x], "b": index[y], "label": f"{x} | {y}"})
    events: dict[str, dict[str, int]] = {}
    for i, a in enumerate(articles):
        if a.get("event"):
            events.setdefault(a["event"], {}).setdefault(a["outlet"], i)
    for event, by_outlet in events.items():
        ids = list(by_outlet.values())
        # up to four outlets: every two of them (a class reads HuffPost against the Times too); more: each against the first
        combos = ([(a, b) for k, a in enumerate(ids) for b in ids[k + 1:]] if len(ids) <= CLASS_SET_MAX
                  else [(ids[0], b) for b in ids[1:]])
        pairs.extend({"a": a, "b": b, "label": _event_label(events, event) + f"{articles[a]['outlet']} | {articles[b]['outlet']}"} for a, b in combos)
    if not pairs and is_class_set(articles):
        pairs.extend({"a": i, "b": j, "label": f"{_name(articles[i])} | {_name(articles[j])}"}
                     for i in range(len(articles)) for j in range(i + 1, len(articles)))
    return pairs[:limit]


def _event_label(events: Mapping[str, object], event: str) -> str:
    """'Summit: ' before a pair's outlets where the articles tell several events; none where they tell
    one: the page's title names it, and on a phone 'National emergency for the border wall: Fox News |
    HuffPost' ran the chooser past the screen's edge."""
    return f"{event}: " if len(events) > 1 else ""


def find_trios(articles: Sequence[dict], pairs: Sequence[dict], explicit: Sequence[tuple[str, str]] = ()) -> list[dict]:
    """Three articles to read side by side at once, as {"ids": [i, j, k], "label"}: an event told by
    exactly three outlets, or a class set of three articles.  A class of three had to pick two of
    them; on a wide screen the page now shows all three (and still offers every two: `pairs`).
    None where the user asked for pairs of their own (`--pair`)."""
    if explicit or not pairs:
        return []
    events: dict[str, dict[str, int]] = {}
    for i, a in enumerate(articles):
        if a.get("event"):
            events.setdefault(a["event"], {}).setdefault(a["outlet"], i)
    trios = [{"ids": ids, "label": (f"{event}: all three, " if len(events) > 1 else "All three: ") + " | ".join(articles[i]["outlet"] for i in ids)}
             for event, by_outlet in events.items() if len(ids := list(by_outlet.values())) == 3]
    if not events and len(articles) == 3 and is_class_set(articles):
        trios.append({"ids": [0, 1, 2], "label": "All three: " + " | ".join(_name(a) for a in articles)})
    return trios


def is_class_set(articles: Sequence[dict]) -> bool:
    """Two articles (whatever their outlets: two stories of one paper compare too), or up to four,
    each from a different outlet: what a teacher gathers on one story.  Such a folder needs no
    `event` column for its texts to be shown side by side, first."""
    outlets = [a.get("outlet") for a in articles]
    named = [o for o in outlets if o and o != NO_OUTLET]  # files dropped in a folder with no manifest name no outlet: each is its own
    return len(articles) == 2 or (2 <= len(articles) <= CLASS_SET_MAX and len(set(named)) == len(named))


def is_story_set(articles: Sequence[dict]) -> bool:
    """A few stories, each told by a few outlets: every article names its `event`, no event has
    more than CLASS_SET_MAX articles, and there are at most CLASS_STORIES_MAX events.  A class
    reads such a folder side by side first, as it reads one story's class set."""
    events: dict[str, int] = {}
    for a in articles:
        if not a.get("event"):
            return False
        events[a["event"]] = events.get(a["event"], 0) + 1
    return 0 < len(events) <= CLASS_STORIES_MAX and max(events.values()) <= CLASS_SET_MAX


def _name(article: dict) -> str:
    """An article in a pair's label: its outlet, or (where it names none) its id, the file's name."""
    outlet = article.get("outlet")
    return outlet if outlet and outlet != NO_OUTLET else article["id"]

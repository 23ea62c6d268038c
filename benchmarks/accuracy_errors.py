"""Error analysis for the accuracy benchmark: sample false positives and misses with their context,
and count the most frequent wrong strings, so the next detector fix is obvious."""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

CONTEXT = 70  # characters shown on each side of an error
SEED = 0  # error samples are random but repeatable


@dataclass(slots=True)
class ErrorExample:
    kind: str  # "false positive", "miss", "voice", ...
    label: str  # span type or sentence class it concerns
    document: str
    snippet: str  # the error in context, the span itself in [[ ]]
    detail: str = ""  # e.g. "gold quoted, framing author", or the terms that fired


@dataclass(slots=True)
class ErrorReport:
    """Samples of each kind of error and the most frequent strings behind them."""

    examples: list[ErrorExample] = field(default_factory=list)
    # "false positive cue" -> [(text, count, documents it occurs in)]
    patterns: dict[str, list[tuple[str, int, int]]] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {
            "examples": [{"kind": e.kind, "label": e.label, "document": e.document, "snippet": e.snippet, "detail": e.detail} for e in self.examples],
            "patterns": {k: [{"text": t, "count": n, "documents": d} for t, n, d in v] for k, v in self.patterns.items()},
        }


def snippet(text: str, start: int, end: int, width: int = CONTEXT, marks: Sequence[tuple[int, int]] = ()) -> str:
    """The text around [start, end) on one line, with that range (or `marks`) in [[ ]]."""
    lo, hi = max(0, start - width), min(len(text), end + width)
    ranges = sorted(r for r in (marks or [(start, end)]) if r[0] < hi and r[1] > lo)
    out, pos = [], lo
    for s, e in ranges:
        s, e = max(s, pos), min(e, hi)
        if s < pos or e <= s:
            continue
        out += [text[pos:s], "[[", text[s:e], "]]"]
        pos = e
    out.append(text[pos:hi])
    body = re.sub(r"\s*\n\s*", " ⏎ ", "".join(out))
    return ("…" if lo > 0 else "") + body + ("…" if hi < len(text) else "")


def pattern_key(text: str, words: int = 4) -> str:
    """What to count an error string by: lower case, its first few words."""
    return " ".join(text.lower().split()[:words])


def sample(items: Sequence, n: int) -> list:
    if len(items) <= n:
        return list(items)
    picked = sorted(random.Random(SEED).sample(range(len(items)), n))
    return [items[i] for i in picked]


def top(pairs: Iterable[tuple[str, str]], n: int = 10) -> list[tuple[str, int, int]]:
    """The n most frequent strings of (string, document) pairs, with how many documents each
    occurs in: a word wrong 100 times in 2 articles is a topic, in 80 articles a rule to fix."""
    counts: Counter[str] = Counter()
    docs: dict[str, set[str]] = {}
    for text, doc in pairs:
        counts[text] += 1
        docs.setdefault(text, set()).add(doc)
    return [(t, c, len(docs[t])) for t, c in counts.most_common(n)]

"""What stands behind a share's bar where an outlet has one article: "4 in 26".

`report_rate_counts` writes under a rate's value the findings and words it counts ("2 in 231");
a share's bar had its percentage alone.  In a class's three articles on one story (BASIL 65cb14cb,
Santorum's "phony theology") HuffPost's 42.3% of reported speech with a non-neutral verb was 11
attributions of 26, Fox News's 15.4% was 4 of 26: a student could not tell from "42.3%" whether it
was one verb of three or eleven of twenty-six.

Each count is worked out from the article's own findings as the score reads them, and shown only
where it gives the very share the article was scored with (`score.share(part, whole)`): if a
score's definition changes and this module is not told, its bar loses the count, never shows a
wrong one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

from framing import score
from framing.outlet_groups import outlet_of


def _quoted(record: Mapping, threshold: float) -> tuple[int, int] | None:
    words, quoted = record.get("words"), record.get("quoted_words")
    return None if words is None or quoted is None else (quoted, words)


def _attributions(record: Mapping) -> list[Mapping]:
    return [sp for sp in record.get("spans") or () if sp.get("type") == "attribution"]


def _anonymous(record: Mapping, threshold: float) -> tuple[int, int]:
    atts = _attributions(record)
    return sum(1 for a in atts if a.get("speaker") == "anonymous"), len(atts)


def _nonneutral(record: Mapping, threshold: float) -> tuple[int, int]:
    speech = [a for a in _attributions(record) if a.get("stance") not in score._NOT_SPEECH]
    return sum(1 for a in speech if a.get("stance") and a.get("stance") != "neutral"), len(speech)


def _biased(record: Mapping, threshold: float) -> tuple[int, int]:
    probs = [s["bias_probability"] for s in record.get("sentences") or ()
             if s.get("bias_probability") is not None and s.get("voice") == "author"]
    return sum(1 for p in probs if p >= threshold), len(probs)


# share -> (its part and whole in one article's record, the bar's words for the whole)
SHARES: dict[str, tuple[Callable[[Mapping, float], tuple[int, int] | None], str]] = {
    "quote_share": (_quoted, "words"),
    "anonymous_source_share": (_anonymous, "attributions"),
    "nonneutral_verb_share": (_nonneutral, "attributions reporting speech"),
    "biased_sentence_share": (_biased, "own sentences"),
}


def share_counts(record: Mapping, threshold: float = 0.5) -> dict[str, tuple[int, int, str]]:
    """{share: (4, 26, "attributions reporting speech")} for each share of SHARES the record was
    scored with, where the part and whole found give that very share."""
    scores = record.get("scores") or {}
    out: dict[str, tuple[int, int, str]] = {}
    for name, (count, words) in SHARES.items():
        if scores.get(name) is None:
            continue
        found = count(record, threshold)
        if found and found[1] and score.share(*found) == scores[name]:
            out[name] = (found[0], found[1], words)
    return out


class ShareCounts:
    """The share counts of each outlet's first article, forgotten at its second: a bar of one article
    says what it counts, a mean of many has no one count (as report_rate_counts.behind_bars).  Fed a
    record at a time, so a corpus of millions keeps one small dict an outlet."""

    def __init__(self, threshold: float = 0.5) -> None:
        self.threshold = threshold
        self._by_outlet: dict[str, dict[str, tuple[int, int, str]] | None] = {}

    def add(self, record: Mapping) -> None:
        outlet = outlet_of(record)
        self._by_outlet[outlet] = share_counts(record, self.threshold) if outlet not in self._by_outlet else None

    def behind_bars(self, outlets: Sequence[str]) -> dict[tuple[str, str], tuple[int, int, str]]:
        """{(share, outlet): (4, 26, "attributions reporting speech")} for the outlets of one article."""
        return {(name, o): counted for o in outlets for name, counted in (self._by_outlet.get(o) or {}).items()}


def behind_share_bars(records: Iterable[Mapping], outlets: Sequence[str], threshold: float = 0.5) -> dict[tuple[str, str], tuple[int, int, str]]:
    """ShareCounts over `records` at once."""
    counts = ShareCounts(threshold)
    for r in records:
        counts.add(r)
    return counts.behind_bars(outlets)

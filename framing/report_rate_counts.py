"""What stands behind a rate's bar where an outlet has one article: "1 in 6".

A class's three articles on one story give each outlet one article, so the profile's bars have no
interval, and a rate over few words swings far.  BASIL 87609973 (Trump and Huma Abedin): the New
York Times's bar of 167 loaded words per 1,000 quoted, the highest of the three, was one word
("deep state") among the six words it quoted.  The page's note said where the counts were (a
table folded above the texts); the bar itself now says it, beside its value.

Nothing here restates a score's definition: which words a rate is over (all, the outlet's own,
the quoted ones) is found by giving each score a probe article with one finding, as
`report_counted_in` finds which scores a finding counts in.  A rate that counts a finding by its
weight (`loaded_weighted_author_per_1k`) gets no count: its numerator is no number of words.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from framing import score
from framing.models import SPAN_TYPES, Span
from framing.outlet_groups import outlet_of

# the record field each rate can be over, the probe's count of such words, and the bar's words for them
BASES = (("quoted_words", 100, "quoted words"), ("author_words", 900, "own words"), ("words", 1000, "words"))
PROBE_WORDS, PROBE_QUOTED_WORDS, PROBE_WEIGHT = 1000, 100, 3


def rate_bases(score_names: Sequence[str]) -> dict[str, str]:
    """{score: the record field its rate is over} for each rate per 1,000 words (`..._per_1k`) that
    counts one a finding; the other scores (shares, counts, weighted rates) are left out."""
    from framing.user_lexicons import lexicon_scores, lexicons_in

    known = {**score.SCORES, **lexicon_scores(lexicons_in(score_names))}
    kinds = [(t, v) for t in (*SPAN_TYPES, *lexicons_in(score_names)) for v in ("author", "quoted")]
    empty = score.ScoreInput(PROBE_WORDS, PROBE_QUOTED_WORDS, [], [])
    out: dict[str, str] = {}
    for name in score_names:
        fn = known.get(name)
        if fn is None or not name.endswith("_per_1k"):
            continue
        before = fn(empty)
        for type_, voice in kinds:
            after = fn(score.ScoreInput(PROBE_WORDS, PROBE_QUOTED_WORDS, [Span(0, 1, "x", type_, weight=PROBE_WEIGHT, voice=voice)], []))
            if after == before:
                continue
            base = next((field for field, words, _ in BASES if after == score.per_1k(1, words)), None)
            if base:
                out[name] = base
            break  # the first kind that moves it says what it is over (a weighted rate moved by 3: none)
    return out


def behind_bars(records: Iterable[Mapping], outlets: Sequence[str], score_names: Sequence[str]) -> dict[tuple[str, str], tuple[int, int, str]]:
    """{(score, outlet): (1, 6, "quoted words")} for each rate of `rate_bases` of each outlet in
    `outlets` with exactly one article: the findings the rate counts and the words it is over,
    worked back from the article's rate (a rate is rounded to 2 places: exact below 100,000 words).
    An outlet with more articles is left out: its bar is a mean of their rates, not one count."""
    bases = rate_bases(score_names)
    by_outlet: dict[str, list[Mapping]] = {}
    for r in records:
        by_outlet.setdefault(outlet_of(r), []).append(r)
    words_of = {field: said for field, _, said in BASES}
    out: dict[tuple[str, str], tuple[int, int, str]] = {}
    for o in outlets:
        if len(by_outlet.get(o, ())) != 1:
            continue
        r = by_outlet[o][0]
        words = {"words": r.get("words"), "quoted_words": r.get("quoted_words")}
        if words["words"] is None or words["quoted_words"] is None:
            continue  # saved scores from before quoted_words was written: nothing to count back from
        words["author_words"] = words["words"] - words["quoted_words"]
        for s, field in bases.items():
            rate = (r.get("scores") or {}).get(s)
            if rate is None or not words[field]:
                continue
            out[(s, o)] = (round(rate * words[field] / 1000), words[field], words_of[field])
    return out

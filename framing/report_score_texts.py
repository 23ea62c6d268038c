"""An article's scores written as the page's tables write an outlet's mean, made here so the page's
script only shows them.

The side-by-side and Articles views had written each score in JavaScript to three significant digits
with the trailing zeros dropped ("50"), while the table "Mean score per outlet" writes the same number
to report_numbers' rule ("50.0"): in a class of one article an outlet, one number was written two ways
on one page.  A second copy of the rule in JavaScript would drift from this one (and JavaScript's
toFixed rounds a tie up where Python rounds it to even: 12.25 is "12.3" there, "12.2" here), so the
strings are written once, here, with report_numbers, and the page shows them; its CSV downloads keep
the numbers.  A count (quotations, attributions) is one article's, exact: "18", and a pair's
difference in it a whole number too, "-8" (report_numbers.whole).
"""

from __future__ import annotations

from collections.abc import Sequence

from framing import report_numbers
from framing.report_figures import is_count, is_share, percent


def score_text(score: str, value: float | None) -> str:
    """One article's `score` as the table of means writes an outlet's mean with no interval:
    50.0 -> "50.0", 7 -> "7.00", a share's 0.5 -> "50.0%", a count's 18 -> "18"; "–" for no value."""
    if value is None:
        return "–"
    scale = 100 if is_share(score) else 1
    places = report_numbers.mean_places(value, scale=scale, exact=is_count(score))
    return percent(value, places=places) if is_share(score) else report_numbers.fixed(value, places)


def difference_text(score: str, a: float | None, b: float | None) -> str:
    """Two articles' difference in `score` as the table of means writes two outlets': to the fewer of
    their decimals (50.0 and 7.00: "43.0"), a share's in points of a percentage ("4.86 points"), a
    count's whole (18 and 26: "-8")."""
    if a is None or b is None:
        return "–"
    scale = 100 if is_share(score) else 1
    exact = is_count(score)
    places = report_numbers.difference_places([(v, report_numbers.mean_places(v, scale=scale, exact=exact)) for v in (a, b)], [exact] * 2)
    value = round(a - b, 4)
    return percent(value, points=True, places=places) if is_share(score) else report_numbers.fixed(value, places)


def add_score_texts(articles: list[dict], scores: Sequence[str], pairs: Sequence[dict]) -> None:
    """Give each compact article its scores as text ("scoreTexts", in `scores` order, beside "scores",
    which the CSV download keeps) and each pair of the side-by-side view its difference ("difference")."""
    for a in articles:
        a["scoreTexts"] = [score_text(s, v) for s, v in zip(scores, a["scores"])]
    for pair in pairs:
        x, y = articles[pair["a"]]["scores"], articles[pair["b"]]["scores"]
        pair["difference"] = [difference_text(s, x[k], y[k]) for k, s in enumerate(scores)]

"""A figure and its 95% interval written with one number of decimals, on the page and in the terminal.

Each number had been written to three significant digits on its own, so an interval's ends disagreed
with each other and with the mean they bracket: "50.2 [49, 51.3]" (49.0 lost its ".0", and read as
rounder than 51.3).  Here the mean decides: three significant digits of it, and its ends to the same
decimal place, "50.2 [49.0, 51.3]".  Epsilon-squared (0 to 1) keeps the three decimals
`framing compare` prints it with, its ends and what it gives by chance alone too: "0.017 [0.005, 0.031]".

A count that is exact, one article's quotations or a sum of counts, is written whole wherever it shows
("18", not "18.0": a class read "18.0 quotations" as a mistake); the caller says which values are
exact (`exact`), since only it knows a count of one article from a mean of several, which keeps its
digits ("12.5", and "12.0" for a mean that happens to be whole).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

DIGITS = 3  # significant digits of the figure an interval brackets
MAX_PLACES = 6  # a share of 0.000412 keeps its three digits; nothing shows more places than this
EPSILON_PLACES = 3  # as `framing compare` prints epsilon-squared and its interval

# The columns of the report's tables that are an interval's end (or read beside an estimate), and the
# estimate whose decimals they take.
BRACKETED = {
    "ci_low": "mean", "ci_high": "mean",
    "delta_ci_low": "cliffs_delta", "delta_ci_high": "cliffs_delta",
    "epsilon_squared_ci_low": "epsilon_squared", "epsilon_squared_ci_high": "epsilon_squared",
    "epsilon_squared_by_chance": "epsilon_squared",
}
_FIXED = {"epsilon_squared": EPSILON_PLACES}
# Columns read beside an estimate that take its decimals without deciding them: the profile table's
# median beside the mean ("50.0", where three significant digits of its own had written "50" beside
# a mean of "50.0").  Not an interval's end: a mean of 0 still takes its decimals from its interval.
BESIDE = {"median": "mean"}


def places(value: float | None, digits: int = DIGITS) -> int | None:
    """The decimals that show `value` to `digits` significant digits, trailing zeros kept: 50.2 and
    50.0 -> 1, 0.0123 -> 4, 123 -> 0; None for no value or 0 (which has no digits to count)."""
    if value is None or not math.isfinite(value) or value == 0:
        return None
    rounded = float(f"{abs(value):.{digits}g}")  # 9.996 -> 10: its places are 10.0's, not 9.996's
    return min(MAX_PLACES, max(0, digits - 1 - math.floor(math.log10(rounded))))


def whole(value: float | None, exact: bool = True) -> bool:
    """Whether `value` is an `exact` count that is whole (18.0, 0), written with no decimals: "18"."""
    return exact and value is not None and math.isfinite(value) and float(value).is_integer()


def interval_places(mean: float | None, low: float | None = None, high: float | None = None) -> int:
    """The decimals of a mean and its interval: the mean's; for a mean of 0, the wider end's; 0 where all are 0."""
    found = places(mean)
    if found is None:
        found = max((p for p in (places(low), places(high)) if p is not None), default=0)
    return found


def fixed(value: float | None, decimals: int) -> str:
    """`value` to `decimals` places, thousands separated ("1,234"); "–" for no value."""
    if value is None:
        return "–"
    text = f"{value:,.{decimals}f}"
    return text[1:] if text.startswith("-") and not text.strip("-0.,") else text  # -0.0001 at 3 places: "0.000"


def with_interval(mean: float | None, low: float | None, high: float | None, scale: float = 1.0,
                  exact: bool = False) -> tuple[str, str, str]:
    """(mean, low, high) written to the mean's decimals: (50.2, 49.04, 51.3) -> ("50.2", "49.0", "51.3").
    `scale` 100 writes a share in percentage points (0.173 -> "17.3"); `exact`, a count of one article
    (or a sum): 18.0 -> "18"."""
    values = [None if v is None else v * scale for v in (mean, low, high)]
    decimals = mean_places(mean, low, high, scale, exact)
    return fixed(values[0], decimals), fixed(values[1], decimals), fixed(values[2], decimals)


def mean_places(mean: float | None, low: float | None = None, high: float | None = None, scale: float = 1.0,
                exact: bool = False) -> int:
    """The decimals an outlet's mean is written with wherever the page shows it (`scale` 100 for a share
    in percent): its interval's, whether the interval is beside it or not, so the wide table of means
    writes 50.0 as "50.0", as the profile table beside "[48.8, 51.2]" does (three significant digits
    each had written it "50" there).  An `exact` count that is whole has none: 18.0 -> 0 ("18")."""
    if whole(mean, exact):
        return 0
    return interval_places(*(None if v is None else v * scale for v in (mean, low, high)))


def mean_text(mean: float | None, low: float | None = None, high: float | None = None, scale: float = 1.0,
              exact: bool = False) -> str:
    """An outlet's mean as `with_interval` writes it, for a place that shows the mean alone (a bar's
    label, a radar's hover, the wide table): "50.0", not "50"; an `exact` whole count "18"."""
    return with_interval(mean, low, high, scale, exact)[0]


def difference_places(means: Sequence[tuple[float | None, int]], exact: Sequence[bool] = ()) -> int:
    """The decimals of the difference of two means, given as (mean, its decimals): the fewer of theirs,
    as a subtraction is written (50.0 and 7.00: "43.0"); a mean of 0 has no decimals to give, nor an
    `exact` whole count (exact[k] for means[k]), which limits no one's: 18 and 12.5 give "5.5", 18 and
    26 "-8" (no decimals)."""
    exact = list(exact) + [False] * (len(means) - len(exact))
    return min((p for (mean, p), e in zip(means, exact) if mean and not whole(mean, e)), default=0)


def row_places(columns: Sequence[str], row: Sequence[object], exact: bool = False) -> list[int | None]:
    """For each cell of a table row, the decimals it is written with where it is an estimate with an
    interval or one of that interval's ends (`BRACKETED`), or read beside it (`BESIDE`); None for a
    cell written as any number is.  `exact`: the row's estimates are counts of one article, a whole one
    written "18" (its median beside it too)."""
    at = {c: i for i, c in enumerate(columns)}
    estimates = {est for end, est in BRACKETED.items() if end in at and est in at}

    def estimate_places(est: str) -> int:
        if est in _FIXED:
            return _FIXED[est]
        value = row[at[est]]
        if isinstance(value, (int, float)) and not isinstance(value, bool) and whole(value, exact):
            return 0
        ends = [row[at[end]] for end, e in BRACKETED.items() if e == est and end in at]
        numbers = [v if isinstance(v, (int, float)) and not isinstance(v, bool) else None for v in (row[at[est]], *ends)]
        return interval_places(*numbers)

    decided = {est: estimate_places(est) for est in estimates}
    beside = {**BRACKETED, **BESIDE}
    return [decided[c] if c in decided else decided.get(beside.get(c)) for c in columns]

"""Does any of many ranges hold an offset, or overlap a range?  Answered by bisection.

Why: a stage that adds attributions checks each candidate against the cues and contents found
before it (`framing.cue_patterns`, `framing.mark_cues`).  Asked with `any()` over all of them, a
text of megabytes (a month of articles in one file) cost candidates times attributions.  Sorted by
start, with the running maximum of their ends, the ranges starting before a point are a prefix,
and one of them reaches past the point exactly when that prefix's maximum end does.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from itertools import accumulate


class RangeReach:
    """Half-open ranges `(start, end)`, for `holds` and `overlaps`."""

    def __init__(self, ranges: Iterable[tuple[int, int]]):
        pairs = sorted(ranges)
        self.starts = [start for start, _ in pairs]
        self.reach = list(accumulate((end for _, end in pairs), max))  # the furthest end so far

    def holds(self, offset: int) -> bool:
        """Does a range hold `offset` (`start <= offset < end`)?"""
        k = bisect.bisect_right(self.starts, offset)
        return k > 0 and self.reach[k - 1] > offset

    def overlaps(self, start: int, end: int) -> bool:
        """Does a range overlap `[start, end)` (`r.start < end and start < r.end`)?"""
        k = bisect.bisect_left(self.starts, end)
        return k > 0 and self.reach[k - 1] > start

"""The notes of a comparison that say what its numbers cannot carry: too few articles, one outlet
spelled two ways, intervals too narrow to trust, scores that do not exist."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from framing.outlet_groups import NO_OUTLET

if TYPE_CHECKING:
    from framing.comparison_results import OutletSummary


def look_alike_notes(names: Sequence[str]) -> list[str]:
    """A note for outlet names that differ only in case, spaces or punctuation ("BBC" and "bbc",
    "The Guardian" and "the guardian "): one outlet spelled two ways in the input is compared with
    itself, and each half has fewer articles than the whole."""
    spellings: dict[str, list[str]] = {}
    for name in names:
        spellings.setdefault(re.sub(r"[\W_]+", "", name.casefold()), []).append(name)
    return [f"{' and '.join(repr(n) for n in same)} differ only in case, spaces or punctuation: if they are one outlet, "
            "spell it one way in the input (they are compared as different outlets)"
            for key, same in spellings.items() if len(same) > 1 and key]


ROUGH_BELOW = 20  # articles: below this a percentile bootstrap 95% interval is too narrow (measured, see the note)


def unknown_scores(names: Sequence[str], known: Sequence[str] | None = None, lexicon_scores: bool = False) -> str | None:
    """An error naming each of `names` that is no score, and the scores there are; None if all are.
    `known`: the run's scores (`user_lexicons.score_names`: a lexicon of the user's own adds three);
    `lexicon_scores`: saved scores are read, whose own lexicons are unknown here, so any
    `NAME_per_1k` may be one."""
    from framing.score import SCORES
    from framing.user_lexicons import LEXICON_SCORE_SUFFIX

    known = list(SCORES) if known is None else list(known)
    unknown = [s for s in names if s not in known and not (lexicon_scores and s.endswith(LEXICON_SCORE_SUFFIX))]
    return f"unknown score {', '.join(map(repr, unknown))}; the scores are: {', '.join(known)}" if unknown else None


def rough_interval_notes(outlets: Sequence[OutletSummary], min_articles: int, tested: bool = True) -> list[str]:
    """A note naming the outlets with an interval from fewer than ROUGH_BELOW articles.  The
    percentile bootstrap only reproduces the spread the few articles show: drawing 5 articles at a
    time from the BASIL and PolNeAR articles (1,308; skewed, often zero, scores), its 95% interval
    held the true mean 70-82% of the time, and 82-91% with 20 (benchmarks/bootstrap_coverage.py);
    the t interval and BCa did little better.  `tested`: whether the comparison has tests, of which
    the note then says they stay valid (an outlet of 6 articles beside outlets of 1 and 2 has its
    interval, and no test to speak of)."""
    rough = [f"{o.name} ({o.articles})" for o in outlets if min_articles <= o.articles < ROUGH_BELOW]
    if not rough:
        return []
    return [f"{', '.join(rough)}: fewer than {ROUGH_BELOW} articles, so their 95% intervals are too narrow (from 5 "
            "articles of skewed scores such an interval holds the true mean only about 70-80% of the time): read them "
            "as rough" + (" (the tests stay valid, but a real difference may not show with so few)." if tested else ".")]


def no_outlet_note(columns: Sequence[str] = ()) -> str:
    """The note for a corpus none of whose articles names its outlet, naming the input's other
    `columns` (kept in each article's metadata) that `--by` could group by, as `framing score` does:
    a table whose outlets are in a `newspaper` or `paper` column is otherwise compared as one group
    (`outlet`, `publication`, `publisher`, `source`, `site`, `domain` columns and a url's site are read as the
    outlet: framing.outlet_columns)."""
    shown = sorted(columns)
    by = (f" Or group by one of the input's other columns with --by ({', '.join(shown[:8])}{', ...' if len(shown) > 8 else ''})."
          if shown else "")
    return ("No article names its outlet, so all are counted as one and there is nothing to compare. Name each "
            "file's outlet in a manifest.csv beside the files (columns path, outlet, date, headline), or give "
            "an outlet column in a CSV or JSONL corpus; files kept in one folder per outlet compare with --by folder." + by)


def general_notes(outlets: list[OutletSummary], min_articles: int) -> list[str]:
    if len(outlets) == 1 and outlets[0].name == NO_OUTLET:
        return [no_outlet_note()]  # the command adds the input's columns: it has kept no metadata here
    if len(outlets) < 2:
        return ["Only one outlet: there is nothing to compare, so only its profile is shown (with --by, only one group)."]
    if all(o.articles == 1 for o in outlets):
        return [
            "One article per outlet: the differences shown are differences between these articles, "
            "not between the outlets, and no statistical claim is possible. Add more articles per "
            f"outlet (at least {min_articles} each) for intervals and tests."
        ]
    few = [o for o in outlets if o.articles < min_articles]
    if len(outlets) - len(few) < 2:
        a, b = sorted((o.articles for o in outlets), reverse=True)[:2]
        no_interval = "an interval" if len(few) == len(outlets) else f"an interval for {' or '.join(o.name for o in few)}"
        return [
            f"Too few articles for statistics: tests need at least {min_articles} articles per outlet in at least "
            f"two outlets, and an interval {min_articles} in its outlet ("
            + ", ".join(f"{o.name}: {o.articles}" for o in outlets)
            + f"). The means are shown; treat differences as descriptive only. No p-value is given, nor {no_interval}, "
            "because with so few articles a difference between the means may be a difference between these "
            "particular articles, not between the outlets"
            + (f" ({'; '.join(why)})." if (why := _why_no_test(outlets, a, b)) else ".")
        ]
    if few:
        return [
            f"{', '.join(f'{o.name} ({o.articles})' for o in few)}: fewer than {min_articles} articles, "
            "so no intervals and no tests for these outlets."
        ]
    return []


def _why_no_test(outlets: list[OutletSummary], a: int, b: int) -> list[str]:
    """Why a test of so few articles would say nothing, in plain words: an outlet of one article has
    no spread, and the two largest outlets' a and b articles cannot reach p 0.05 (3 against 2: 0.2)."""
    why = ["an outlet of one article has no spread to weigh a difference against"] if any(o.articles == 1 for o in outlets) else []
    if b and (least := _least_p(a, b)) >= 0.05:
        why.append(f"{a} articles against {b} cannot give a p below {least:.2g}, however far apart they score")
    return why


def _least_p(a: int, b: int) -> float:
    """The smallest two-sided p a rank test of a articles against b can give: the two most extreme of
    the C(a + b, a) equally likely splits (1 where a group is empty or has one article and the other none)."""
    import math

    return min(1.0, 2 / math.comb(a + b, a)) if a and b else 1.0


def not_number_notes(not_numbers: dict[str, dict[str, int]]) -> list[str]:
    """A note for each score some articles give as NaN or infinite (score -> outlet -> how many):
    they are left out of that score's means, intervals and tests, and the reader is told where, since
    a NaN carried on had made the outlet's mean NaN and its rank test silently give no p."""
    return [f"{s}: left out where it is not a number (NaN or infinite): "
            + ", ".join(f"{o} ({k} article{'s' * (k != 1)})" for o, k in by.items())
            + "; these articles count for the other scores. A rate over zero words is missing, not a number: check the input."
            for s, by in not_numbers.items()]


def permutation_p_notes(groups_by_score: dict[str, list]) -> list[str]:
    """A note for the Kruskal-Wallis tests whose p is sampled, not exact or chi-squared: why (a group
    of at most SMALL_GROUP articles, whatever the total) and how (the bound past which splits are
    drawn, not enumerated; past KRUSKAL_PERMUTATION_MAX articles, which groups are drawn).  Scores
    with the same groups and method share one note.  `groups_by_score`: score -> the values of each
    group tested."""
    from framing.comparison_statistics import SMALL_GROUP
    from framing.permutation_tests import (
        EXACT_KRUSKAL_SPLITS, KRUSKAL_PERMUTATION_MAX, LARGE_GROUP, PERMUTATION_RESAMPLES, kruskal_p_method, splits_count,
    )

    same: dict[tuple[str, tuple[int, ...]], list[str]] = {}
    for score, groups in groups_by_score.items():
        sizes = tuple(len(g) for g in groups)
        if len(sizes) < 3 or min(sizes) > SMALL_GROUP:
            continue
        method = kruskal_p_method(groups)
        if method != "exact":
            same.setdefault((method, sizes), []).append(score)
    notes = []
    for (method, sizes), scores in same.items():
        total, count = sum(sizes), splits_count(sizes)
        text = (f"{', '.join(scores)}: the Kruskal-Wallis p is a permutation p from {PERMUTATION_RESAMPLES:,} random splits of "
                f"the articles (fixed seed; near p = 0.05 within about 0.004 of the exact p, 95% of the time): with a group of {min(sizes)} articles "
                f"the chi-squared approximation is wrong, whatever the total ({total:,} here), and the "
                + (f"{count:,}" if count != float("inf") else "more than 10^18")
                + f" ways to split these groups are more than the {EXACT_KRUSKAL_SPLITS:,} enumerated exactly.")
        if total > KRUSKAL_PERMUTATION_MAX:
            text += f" Each split draws the articles of the groups under {LARGE_GROUP} at random; "
            text += ("the groups of 100 or more split what is left among themselves by the chi-squared law, which is "
                     "accurate at that size." if method.endswith("chi-squared") else "the rest is dealt at random too.")
        notes.append(text)
    return notes

"""Outlet comparison over a corpus: each score's profile per outlet (mean, median, bootstrap
interval) and the rank tests between outlets, with notes wherever a number cannot be trusted.

Everything here reads article records shaped like `Analysis.to_dict()` (one JSONL line of
`framing score`), so saved scores can be compared without re-analysing the texts.  The statistics
themselves are in `framing.comparison_statistics`, the grouping of articles in
`framing.outlet_groups`, the result dataclasses in `framing.comparison_results`, the notes in
`framing.comparison_notes`, the methods text in `framing.comparison_methods` and the plain-words
findings in `framing.comparison_findings`; all are re-exported here, where the report and the CLI
import them.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from framing.comparison_statistics import (  # noqa: F401  (re-exported)
    BOOTSTRAP_RESAMPLES, P_METHODS, SEED, Interval, TwoGroupTest, all_tied, benjamini_hochberg, bootstrap_mean_ci, bootstrap_mean_cis, cliffs_delta, cliffs_delta_interval,
    epsilon_squared, epsilon_squared_by_chance, epsilon_squared_intervals, kruskal_method, kruskal_wallis, log_odds_dirichlet, magnitude, mann_whitney, NORMAL_FROM, normal_mean_ci,
)
from framing.comparison_statistics import EPSILON_INTERVAL_MAX, SMALL_GROUP
from framing.pairwise_rank_tests import SortedGroup, cliffs_delta_interval_sorted, mann_whitney_sorted
from framing.comparison_findings import COUNT_CAVEAT, clear_differences, is_count  # noqa: F401  (re-exported)
from framing.comparison_methods import comparison_methods as methods  # noqa: F401  (re-exported)
from framing.comparison_notes import (  # noqa: F401  (re-exported)
    ROUGH_BELOW, general_notes, look_alike_notes, not_number_notes, permutation_p_notes, rough_interval_notes, unknown_scores,
)
from framing.comparison_results import (  # noqa: F401  (re-exported)
    MIN_ARTICLES, Comparison, OutletSummary, ProfileRow, TestRow, vars_,
)
from framing.outlet_groups import (  # noqa: F401  (re-exported)
    FEW_FILES, GROUP_FIELDS, NO_OUTLET, group_of, named_by_file, outlet_of,
)


def summarise_outlets(records: Sequence[dict]) -> list[OutletSummary]:
    """Outlets in order of first appearance, with article and word counts and their date range."""
    out: dict[str, OutletSummary] = {}
    for r in records:
        name = outlet_of(r)
        o = out.setdefault(name, OutletSummary(name, 0, 0, None, None))
        o.articles += 1
        o.words += int(r.get("words") or 0)
        d = r.get("date")
        if d:
            o.first_date = d if o.first_date is None or d < o.first_date else o.first_date
            o.last_date = d if o.last_date is None or d > o.last_date else o.last_date
    return list(out.values())


def score_values(records: Sequence[dict], score_names: Sequence[str]) -> dict[str, dict[str, list[float]]]:
    """score -> outlet -> the defined values of that score, one per article (the finite ones: see
    `score_arrays`)."""
    arrays, _ = score_arrays(records, score_names)
    return {s: {o: v.tolist() for o, v in by.items()} for s, by in arrays.items()}


def score_arrays(records: Sequence[dict], score_names: Sequence[str]) -> tuple[dict[str, dict[str, np.ndarray]], dict[str, dict[str, int]]]:
    """score -> outlet (every outlet, in order of first appearance) -> the values of that score as
    an array, one per article where it is a number; and score -> outlet -> how many articles give
    it as NaN or infinite (a CSV or JSONL written by other tools: `NaN` for a rate over zero
    words), which are left out and named in a note rather than carried into every mean and rank.

    One pass a score over the records into an array, grouped by one stable sort of the outlets:
    a per-article Python loop appending to per-outlet lists had taken 2.3 s CPU at 1,000,200
    articles (benchmarks/compare_speed.py)."""
    codes_of: dict[str, int] = {}
    codes = np.fromiter((codes_of.setdefault(outlet_of(r), len(codes_of)) for r in records), dtype=np.int64, count=len(records))
    order = np.argsort(codes, kind="stable")
    bounds_all = np.searchsorted(codes[order], np.arange(len(codes_of) + 1))
    scores = [r.get("scores") or {} for r in records]
    values: dict[str, dict[str, np.ndarray]] = {}
    not_numbers: dict[str, dict[str, int]] = {}
    for s in score_names:
        raw = [d.get(s) for d in scores]
        a = np.array(raw, dtype=float)[order]  # None -> NaN
        finite = np.isfinite(a)
        if finite.all():
            values[s] = {o: a[bounds_all[i] : bounds_all[i + 1]] for o, i in codes_of.items()}
            continue
        if np.isinf(a).any() or np.count_nonzero(np.isnan(a)) > raw.count(None):  # a NaN given, not a missing value
            given = (np.array([v is not None for v in raw])[order] & ~finite).astype(np.int64)
            counts = np.add.reduceat(given, bounds_all[:-1])  # every outlet has an article: no empty segment
            not_numbers[s] = {o: int(counts[i]) for o, i in codes_of.items() if counts[i]}
        kept = a[finite]
        bounds = np.searchsorted(codes[order][finite], np.arange(len(codes_of) + 1))
        values[s] = {o: kept[bounds[i] : bounds[i + 1]] for o, i in codes_of.items()}
    return values, not_numbers


def compare_outlets(
    records: Sequence[dict], score_names: Sequence[str] | None = None, *, min_articles: int = MIN_ARTICLES, seed: int = SEED,
    untested: Sequence[str] = (), paired_by: str | None = None, grouped_by: str = "outlet",
) -> Comparison:
    """Profile every score per outlet (mean, bootstrap interval) and test the differences.

    Two outlets: Mann-Whitney U with Cliff's delta.  More: Kruskal-Wallis, then pairwise Mann-Whitney
    with Benjamini-Hochberg adjustment over the pairs of that score (each pair of groups over 8 gets its
    exact p where that costs at most EXACT_U_CELLS_LARGE, as the two-outlet test does: a pair's p depends on its
    two groups alone, and a score's exact work is at most its pairs x EXACT_U_CELLS_LARGE, about 0.01 s a pair).  The
    two-outlet tests and the Kruskal-Wallis tests are themselves adjusted over the scores tested.  An outlet with fewer than
    `min_articles` articles where a score is defined gets no interval and is left out of that
    score's tests, and the notes say so.  Groups named in `untested` (the articles `--by year`
    finds no year for) are profiled but never tested: "(no year)" is missing data, not a year, and
    "an article of 2019 scores higher than one of (no year)" is no finding.

    With `paired_by` (the field `--paired-by` names; each record then carries `block`, its value),
    the tests are the paired ones of `framing.compare_paired` instead: Friedman and Wilcoxon
    signed-rank within each block (event) every outlet covers.  `grouped_by`: what the records'
    `outlet` holds (the field of `--by`), recorded in the comparison's JSON.
    """
    from framing.user_lexicons import scores_in

    outlets = summarise_outlets(records)
    names = [o.name for o in outlets]
    articles = {o.name: o.articles for o in outlets}
    testable = sum(o.articles >= min_articles for o in outlets) >= 2
    # a score named twice is one score; by default every score the records hold (a lexicon of the user's own adds three)
    wanted = list(dict.fromkeys(score_names)) if score_names is not None else scores_in(records)
    values, not_numbers = score_arrays(records, wanted)
    present = [s for s in wanted if any(v.size for v in values[s].values())]
    values = {s: values[s] for s in present}
    notes = general_notes(outlets, min_articles) + look_alike_notes(names) + not_number_notes(not_numbers)
    profile: list[ProfileRow] = []
    tests: list[TestRow] = []
    small: dict[str, list[str]] = {}
    kruskal_groups: dict[str, list[np.ndarray]] = {}  # the groups of each Kruskal-Wallis test, for the notes on its p
    intervals = _intervals(values, present, names, min_articles, seed)
    eligible_of = {s: {o: v for o in names if len(v := values[s].get(o, np.empty(0))) >= min_articles and o not in untested}
                   for s in present}
    epsilon_cis = {} if paired_by else _epsilon_intervals(eligible_of)
    for s in present:
        groups = {o: values[s].get(o, np.empty(0)) for o in names}
        for o, v in groups.items():
            profile.append(_profile_row(s, o, v, min_articles, intervals.get((s, o))))
        eligible = eligible_of[s]
        for o, v in groups.items():
            # an outlet with too few articles at all is named once, in the general notes; here only
            # one that has enough articles but too few where this score is defined
            # (none at all, too: an outlet whose articles quote nobody has no loaded_quoted_per_1k)
            if len(v) < min_articles and articles[o] >= min_articles and testable and o not in untested:
                small.setdefault(s, []).append(f"{o} ({len(v)})")
        if paired_by:
            continue
        tests.extend(_tests_for(s, eligible, epsilon_cis.get(s)))
        if len(eligible) > 2 and not all_tied(np.concatenate(list(eligible.values()))):
            kruskal_groups[s] = list(eligible.values())
        tied = np.concatenate(list(eligible.values())) if eligible else np.empty(0)
        if len(eligible) >= 2 and all_tied(tied):
            notes.append(f"{s}: every article tested scores {tied[0]:g}, so no test can tell the outlets apart "
                         "(no p-value; left out of the adjustment over scores).")
    if paired_by:
        from framing.compare_paired import paired_tests

        tested = [o for o in names if o not in untested]
        tests, paired_notes, coverage = paired_tests(records, present, tested, paired_by, min_articles)
        notes += paired_notes
        small = {}
    _adjust_over_scores(tests)
    for name in untested:
        if name in articles and len(articles) > 1:  # alone, the general note has said it names no outlet
            notes.append(f"{name}: {articles[name]} article{'s' * (articles[name] != 1)}, shown but left out of the tests "
                         "(a group of articles with no value is not a group to compare)")
    for s, which in small.items():
        notes.append(f"{s}: left out of the tests for {', '.join(which)}: fewer than {min_articles} articles with a value.")
    notes += permutation_p_notes(kruskal_groups)
    # last: the notes above say what is missing, this one how far to trust what is there (an interval shown
    # without a test too: one outlet of 6 articles beside two of 1 and 2; not "(no outlet)" alone, whose note says
    # there is nothing to compare)
    notes += rough_interval_notes([o for o in outlets if o.name not in untested and (testable or o.name != NO_OUTLET)], min_articles,
                                  tested=testable)
    return Comparison(outlets, present, profile, tests, notes, min_articles, paired_by, coverage if paired_by else None, grouped_by)




def _intervals(values: dict[str, dict[str, list[float]]], scores: Sequence[str], outlets: Sequence[str], min_articles: int,
               seed: int) -> dict[tuple[str, str], Interval]:
    """(score, outlet) -> its bootstrap interval, from min_articles values.  The scores of an outlet
    with the same number of values share their resampled indices (`bootstrap_mean_cis`): the same
    intervals as one bootstrap a score, since every score's bootstrap starts from the same seed, at a
    fraction of the cost (the bootstrap was 70% of compare's time on 52,320 articles)."""
    out: dict[tuple[str, str], Interval] = {}
    for o in outlets:
        by_size: dict[int, list[str]] = {}
        for s in scores:
            n = len(values[s].get(o, []))
            if n >= min_articles:
                by_size.setdefault(n, []).append(s)
        for n, same in by_size.items():
            if n >= NORMAL_FROM:  # the normal interval: what the bootstrap gives at this size, without its cost
                out.update({(s, o): normal_mean_ci(values[s][o]) for s in same})
                continue
            for s, ci in zip(same, bootstrap_mean_cis([values[s][o] for s in same], seed=seed)):
                out[(s, o)] = ci
    return out


def _profile_row(score: str, outlet: str, v: list[float], min_articles: int, ci: Interval | None) -> ProfileRow:
    if len(v) == 0:
        return ProfileRow(score, outlet, 0, None, None, None, None)
    mean, median = float(np.mean(v)), float(np.median(v))
    if len(v) < min_articles or ci is None:
        return ProfileRow(score, outlet, len(v), mean, median, None, None)
    return ProfileRow(score, outlet, len(v), mean, median, ci.low, ci.high)


def _epsilon_intervals(eligible_of: dict[str, dict[str, np.ndarray]]) -> dict[str, tuple[float, float] | None]:
    """Score -> epsilon-squared's bootstrap interval over its tested groups, for the scores with a
    Kruskal-Wallis test (more than two groups) of fewer than EPSILON_INTERVAL_MAX articles: all in
    one call, so the scores whose groups have the same sizes share their resampled articles (the
    same intervals as one bootstrap a score, at about two thirds of the cost)."""
    wanted = [s for s, groups in eligible_of.items() if len(groups) > 2 and sum(map(len, groups.values())) < EPSILON_INTERVAL_MAX]
    return dict(zip(wanted, epsilon_squared_intervals([list(eligible_of[s].values()) for s in wanted])))


def _tests_for(score: str, groups: dict[str, list[float]], epsilon_ci: tuple[float, float] | None = None) -> list[TestRow]:
    """The tests of one score between its `groups`; `epsilon_ci`: epsilon-squared's interval, from
    `_epsilon_intervals` (computed for every score at once)."""
    names = list(groups)
    if len(names) < 2:
        return []
    if len(names) == 2:
        a, b = names
        t = mann_whitney(groups[a], groups[b])
        return [TestRow(score, "Mann-Whitney U", a, b, t.statistic, t.p, None, t.delta, magnitude(t.delta),
                        delta_interval=cliffs_delta_interval(groups[a], groups[b]), p_method=t.method)]
    h, p = kruskal_wallis([groups[n] for n in names])
    ordered = {n: SortedGroup.of(v) for n, v in groups.items() if len(v) > SMALL_GROUP}  # each group sorted once for its pairs
    tested = sum(map(len, groups.values()))
    rows = [TestRow(score, "Kruskal-Wallis H", None, None, h, p, None,
                    epsilon_squared=epsilon_squared(h, tested) if p is not None else None,
                    epsilon_squared_interval=epsilon_ci if p is not None and tested < EPSILON_INTERVAL_MAX else None,
                    epsilon_squared_by_chance=epsilon_squared_by_chance(len(names), tested) if p is not None else None,
                    p_method=kruskal_method(list(groups.values())) if p is not None else None)]
    pairs = [(a, b) for i, a in enumerate(names) for b in names[i + 1 :]]
    pair_rows = []
    for a, b in pairs:
        # each pair's p is chosen from its own two groups, within the budget the two-outlet test has: the same pair
        # gets the same p among 2 outlets or 7 (a budget shared by the pairs had made it depend on how many)
        if a in ordered and b in ordered:  # the same numbers as below, without ranking the pair's articles again
            t = mann_whitney_sorted(ordered[a], ordered[b])
            interval = cliffs_delta_interval_sorted(ordered[a], ordered[b])
        else:
            t, interval = mann_whitney(groups[a], groups[b]), cliffs_delta_interval(groups[a], groups[b])
        pair_rows.append(TestRow(score, "Mann-Whitney U (pairwise)", a, b, t.statistic, t.p, None, t.delta, magnitude(t.delta),
                                 delta_interval=interval, p_method=t.method))
    defined = [r for r in pair_rows if r.p is not None]
    for r, adj in zip(defined, benjamini_hochberg([r.p for r in defined])):
        r.p_adjusted = adj
        r.adjusted_over = f"Benjamini-Hochberg over the {len(defined)} pair{'s' * (len(defined) != 1)} of this score"
    return rows + pair_rows


OVER_SCORES = ("Mann-Whitney U", "Kruskal-Wallis H", "Wilcoxon signed-rank", "Friedman")  # adjusted over the scores


def _adjust_over_scores(tests: list[TestRow]) -> None:
    """BH over the scores for the per-score tests (the two-outlet test or the omnibus)."""
    family = [t for t in tests if t.test in OVER_SCORES and t.p is not None]
    for t, adj in zip(family, benjamini_hochberg([t.p for t in family])):
        t.p_adjusted = adj
        t.adjusted_over = f"Benjamini-Hochberg over the {len(family)} score{'s' * (len(family) != 1)} tested"


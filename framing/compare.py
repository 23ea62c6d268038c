"""Outlet comparison over a corpus: each score's profile per outlet (mean, median, bootstrap
interval) and the rank tests between outlets, with notes wherever a number cannot be trusted.

Everything here reads article records shaped like `Analysis.to_dict()` (one JSONL line of
`framing score`), so saved scores can be compared without re-analysing the texts.  The statistics
themselves are in `framing.comparison_statistics`, the grouping of articles in
`framing.outlet_groups`; both are re-exported here, where the report and the CLI import them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from framing.comparison_statistics import (  # noqa: F401  (re-exported)
    BOOTSTRAP_RESAMPLES, SEED, Interval, TwoGroupTest, all_tied, benjamini_hochberg, bootstrap_mean_ci, bootstrap_mean_cis, cliffs_delta, cliffs_delta_interval,
    epsilon_squared, kruskal_wallis, log_odds_dirichlet, magnitude, mann_whitney, NORMAL_FROM, normal_mean_ci,
)
from framing.outlet_groups import (  # noqa: F401  (re-exported)
    FEW_FILES, GROUP_FIELDS, NO_OUTLET, group_of, named_by_file, outlet_of,
)

MIN_ARTICLES = 5  # per outlet, for an interval or a test: below this, an honest note instead


@dataclass(slots=True)
class OutletSummary:
    name: str
    articles: int
    words: int
    first_date: str | None
    last_date: str | None


@dataclass(slots=True)
class ProfileRow:
    """One score of one outlet: mean over its articles with a bootstrap 95% interval."""

    score: str
    outlet: str
    n: int  # articles where the score is defined
    mean: float | None
    median: float | None
    low: float | None  # None when n < MIN_ARTICLES: no interval is honest then
    high: float | None


@dataclass(slots=True)
class TestRow:
    """One test of one score: the omnibus (outlet_b None) or a pairwise comparison."""

    score: str
    test: str
    outlet_a: str | None
    outlet_b: str | None
    statistic: float
    p: float | None
    p_adjusted: float | None
    delta: float | None = None  # Cliff's delta, a vs b (positive: a scores higher)
    magnitude: str | None = None
    epsilon_squared: float | None = None  # Kruskal-Wallis effect size: the share of rank variance between outlets
    adjusted_over: str | None = None  # the family p_adjusted is adjusted over, in words ("13 scores")
    delta_interval: tuple[float, float] | None = None  # Cliff's (1996) 95% interval of delta
    blocks: int | None = None  # paired tests: the complete blocks (events) compared
    rank_biserial: float | None = None  # Wilcoxon signed-rank effect size, a vs b (positive: a scores higher)
    kendalls_w: float | None = None  # Friedman effect size, 0 to 1


@dataclass(slots=True)
class Comparison:
    outlets: list[OutletSummary]
    scores: list[str]  # the scores with at least one defined value, in SCORES order
    profile: list[ProfileRow]
    tests: list[TestRow]
    notes: list[str]
    min_articles: int = MIN_ARTICLES
    paired_by: str | None = None  # the field the paired tests match articles by (--paired-by), or None

    def profile_table(self) -> list[dict]:
        return [
            {"score": r.score, "outlet": r.outlet, "n": r.n, "mean": _round(r.mean), "median": _round(r.median),
             "ci_low": _round(r.low), "ci_high": _round(r.high)}
            for r in self.profile
        ]

    def test_table(self) -> list[dict]:
        return [
            {"score": t.score, "test": t.test, "outlet_a": t.outlet_a, "outlet_b": t.outlet_b,
             "statistic": _round(t.statistic), "p": _significant(t.p), "p_adjusted": _significant(t.p_adjusted),
             "cliffs_delta": _round(t.delta), "magnitude": t.magnitude,
             "delta_ci_low": _round(t.delta_interval[0]) if t.delta_interval else None,
             "delta_ci_high": _round(t.delta_interval[1]) if t.delta_interval else None,
             "epsilon_squared": _round(t.epsilon_squared), "adjusted_over": t.adjusted_over,
             "blocks": t.blocks, "rank_biserial": _round(t.rank_biserial), "kendalls_w": _round(t.kendalls_w)}
            for t in self.tests
        ]

    def to_dict(self) -> dict:
        return {
            "outlets": [vars_(o) for o in self.outlets],
            "min_articles": self.min_articles,
            "paired_by": self.paired_by,
            "profile": self.profile_table(),
            "tests": self.test_table(),
            "notes": list(self.notes),
            "methods": methods(self),
        }


def methods(c: Comparison) -> dict[str, str]:
    """What each number of a comparison is, in words: `--out FILE.json` carries it with the numbers."""
    return {**_unpaired_methods(c), **_paired_methods(c.paired_by)} if c.paired_by else _unpaired_methods(c)


def _paired_methods(field: str) -> dict[str, str]:
    return {
        "paired": f"the tests are paired by {field}: only the {field}s with an article of every outlet tested, and a value of "
                  f"the score in each, are compared (the notes say how many were dropped and why); where an outlet has "
                  f"several articles in one {field}, their mean stands for it. The profile is over every article",
        "two_groups": "Wilcoxon signed-rank, two-sided, on the differences outlet_a - outlet_b within each "
                      f"{field}; zero differences dropped (Wilcoxon's method); p from SciPy: exact up to 50 {field}s "
                      "without ties or zeros, from every sign flip up to 13 with them, else the normal approximation "
                      "with tie and continuity corrections. statistic: W, the smaller signed-rank sum",
        "more_groups": f"Friedman chi-squared over the complete {field}s (chi-squared approximation with k - 1 degrees of "
                       "freedom, corrected for ties), then Wilcoxon signed-rank for every pair over the same "
                       f"{field}s",
        "rank_biserial": "matched-pairs rank-biserial correlation (Kerby 2014): (W+ - W-) / (W+ + W-), the signed-rank sums "
                         "of the pairs where outlet_a / outlet_b scores higher, -1 to 1; magnitude by Cohen (1988): "
                         "negligible below 0.1, small below 0.3, medium below 0.5, else large",
        "kendalls_w": f"Friedman effect size chi2 / (n (k - 1)) over n {field}s and k outlets, 0 (the outlets rank alike "
                      f"within {field}s) to 1 (every {field} ranks them the same way)",
        "p_adjusted": "Benjamini-Hochberg (false discovery rate): the two-outlet Wilcoxon and the Friedman tests over the "
                      "scores tested, each pairwise Wilcoxon test over the pairs of its score (read those only where the "
                      "score's Friedman test is clear); adjusted_over names the family of each row",
    }


def _unpaired_methods(c: Comparison) -> dict[str, str]:
    return {
        "unit": "the article: every article counts once, whatever its length",
        "mean": "the mean of the score over the articles of the group where it is defined (n)",
        "interval": f"95% percentile bootstrap interval of the mean: {BOOTSTRAP_RESAMPLES} resamples of whole articles "
                    f"with replacement, seed {SEED}; none below {c.min_articles} articles, and too narrow below {ROUGH_BELOW}; "
                    f"from {NORMAL_FROM:,} articles the normal interval, mean +/- 1.96 standard errors (the bootstrap gives it "
                    "there within its own seed-to-seed noise: 0.76 seed-to-seed SDs, 1.2% of the width at most, measured on "
                    "skewed scores by benchmarks/bootstrap_normal.py)",
        "two_groups": "Mann-Whitney U, two-sided; its p exact where a group has at most 8 articles: from the exact "
                      "distribution without ties, from the permutations of the midranks with ties (the share of "
                      "splits whose U is as far from n*m/2; sampled, 9,999 with a fixed seed, above 20,000 splits); "
                      "else the normal approximation corrected for ties. statistic: U of outlet_a",
        "more_groups": "Kruskal-Wallis H (chi-squared approximation, corrected for ties) over every group with "
                       f"{c.min_articles} or more articles, then Mann-Whitney U for every pair of them",
        "cliffs_delta": "P(an article of outlet_a scores higher than one of outlet_b) - P(lower), -1 to 1; magnitude "
                        "by Romano et al. (2006): negligible below 0.147, small below 0.33, medium below 0.474, else large",
        "delta_ci": "Cliff's (1996) asymmetric 95% interval of Cliff's delta (unbiased variance, Student's t with n + m - 2 "
                    "degrees of freedom), as R's effsize::cliff.delta gives it",
        "epsilon_squared": "Kruskal-Wallis effect size H / (n - 1) over the n articles tested (Tomczak & Tomczak 2014), 0 to 1",
        "p_adjusted": "Benjamini-Hochberg (false discovery rate): the two-group and Kruskal-Wallis tests over the scores "
                      "tested, each pairwise test over the pairs of its score (read those only where the score's "
                      "Kruskal-Wallis test is clear); adjusted_over names the family of each row",
    }


def vars_(obj) -> dict:
    return {k: getattr(obj, k) for k in obj.__slots__}


def _round(v: float | None, digits: int = 4) -> float | None:
    return None if v is None else round(float(v), digits)


def _significant(p: float | None, digits: int = 4) -> float | None:
    """A p-value to `digits` significant digits: 3.2e-15 stays 3.2e-15 (rounded to decimal places
    it was 0.0, a p-value no test gives, and the report and tables showed it)."""
    return None if p is None else float(f"{p:.{digits}g}")


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
    """score -> outlet -> the defined values of that score, one per article."""
    by_outlet: dict[str, list[list[float]]] = {}  # outlet -> one list a score: one dict look-up an article, not one a score
    for r in records:
        name = outlet_of(r)
        buckets = by_outlet.get(name)
        if buckets is None:
            buckets = by_outlet[name] = [[] for _ in score_names]
        scores = r.get("scores") or {}
        for bucket, s in zip(buckets, score_names):
            v = scores.get(s)
            if v is not None:
                bucket.append(float(v))
    return {s: {name: buckets[i] for name, buckets in by_outlet.items()} for i, s in enumerate(score_names)}


def compare_outlets(
    records: Sequence[dict], score_names: Sequence[str] | None = None, *, min_articles: int = MIN_ARTICLES, seed: int = SEED,
    untested: Sequence[str] = (), paired_by: str | None = None,
) -> Comparison:
    """Profile every score per outlet (mean, bootstrap interval) and test the differences.

    Two outlets: Mann-Whitney U with Cliff's delta.  More: Kruskal-Wallis, then pairwise Mann-Whitney
    with Benjamini-Hochberg adjustment over the pairs of that score.  The two-outlet tests and the
    Kruskal-Wallis tests are themselves adjusted over the scores tested.  An outlet with fewer than
    `min_articles` articles where a score is defined gets no interval and is left out of that
    score's tests, and the notes say so.  Groups named in `untested` (the articles `--by year`
    finds no year for) are profiled but never tested: "(no year)" is missing data, not a year, and
    "an article of 2019 scores higher than one of (no year)" is no finding.

    With `paired_by` (the field `--paired-by` names; each record then carries `block`, its value),
    the tests are the paired ones of `framing.compare_paired` instead: Friedman and Wilcoxon
    signed-rank within each block (event) every outlet covers.
    """
    from framing.score import SCORES

    outlets = summarise_outlets(records)
    names = [o.name for o in outlets]
    articles = {o.name: o.articles for o in outlets}
    testable = sum(o.articles >= min_articles for o in outlets) >= 2
    wanted = list(dict.fromkeys(score_names)) if score_names is not None else list(SCORES)  # a score named twice is one score
    values = score_values(records, wanted)
    present = [s for s in wanted if any(values[s].values())]
    # arrays once: every test and interval below had turned the same lists into arrays again
    values = {s: {o: np.asarray(v, dtype=float) for o, v in values[s].items()} for s in present}
    notes = _general_notes(outlets, min_articles) + _look_alike_notes(names)
    profile: list[ProfileRow] = []
    tests: list[TestRow] = []
    small: dict[str, list[str]] = {}
    intervals = _intervals(values, present, names, min_articles, seed)
    for s in present:
        groups = {o: values[s].get(o, np.empty(0)) for o in names}
        for o, v in groups.items():
            profile.append(_profile_row(s, o, v, min_articles, intervals.get((s, o))))
        eligible = {o: v for o, v in groups.items() if len(v) >= min_articles and o not in untested}
        for o, v in groups.items():
            # an outlet with too few articles at all is named once, in the general notes; here only
            # one that has enough articles but too few where this score is defined
            # (none at all, too: an outlet whose articles quote nobody has no loaded_quoted_per_1k)
            if len(v) < min_articles and articles[o] >= min_articles and testable and o not in untested:
                small.setdefault(s, []).append(f"{o} ({len(v)})")
        if paired_by:
            continue
        tests.extend(_tests_for(s, eligible))
        tied = np.concatenate(list(eligible.values())) if eligible else np.empty(0)
        if len(eligible) >= 2 and all_tied(tied):
            notes.append(f"{s}: every article tested scores {tied[0]:g}, so no test can tell the outlets apart "
                         "(no p-value; left out of the adjustment over scores).")
    if paired_by:
        from framing.compare_paired import paired_tests

        tested = [o for o in names if o not in untested]
        tests, paired_notes = paired_tests(records, present, tested, paired_by, min_articles)
        notes += paired_notes
        small = {}
    _adjust_over_scores(tests)
    for name in untested:
        if name in articles and len(articles) > 1:  # alone, the general note has said it names no outlet
            notes.append(f"{name}: {articles[name]} article{'s' * (articles[name] != 1)}, shown but left out of the tests "
                         "(a group of articles with no value is not a group to compare)")
    for s, which in small.items():
        notes.append(f"{s}: left out of the tests for {', '.join(which)}: fewer than {min_articles} articles with a value.")
    if testable:  # last: the notes above say what is missing, this one how far to trust what is there
        notes += _rough_interval_notes([o for o in outlets if o.name not in untested], min_articles)
    return Comparison(outlets, present, profile, tests, notes, min_articles, paired_by)



def _look_alike_notes(names: Sequence[str]) -> list[str]:
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


def unknown_scores(names: Sequence[str]) -> str | None:
    """An error naming each of `names` that is no score, and the scores there are; None if all are."""
    from framing.score import SCORES

    unknown = [s for s in names if s not in SCORES]
    return f"unknown score {', '.join(map(repr, unknown))}; the scores are: {', '.join(SCORES)}" if unknown else None


def _rough_interval_notes(outlets: Sequence[OutletSummary], min_articles: int) -> list[str]:
    """A note naming the outlets with an interval from fewer than ROUGH_BELOW articles.  The
    percentile bootstrap only reproduces the spread the few articles show: drawing 5 articles at a
    time from the BASIL and PolNeAR articles (1,308; skewed, often zero, scores), its 95% interval
    held the true mean 70-82% of the time, and 82-91% with 20 (benchmarks/bootstrap_coverage.py);
    the t interval and BCa did little better."""
    rough = [f"{o.name} ({o.articles})" for o in outlets if min_articles <= o.articles < ROUGH_BELOW]
    if not rough:
        return []
    return [f"{', '.join(rough)}: fewer than {ROUGH_BELOW} articles, so their 95% intervals are too narrow (from 5 "
            "articles of skewed scores such an interval holds the true mean only about 70-80% of the time): read them "
            "as rough (the tests stay valid, but a real difference may not show with so few)."]


def _general_notes(outlets: list[OutletSummary], min_articles: int) -> list[str]:
    if len(outlets) == 1 and outlets[0].name == NO_OUTLET:
        return ["No article names its outlet, so all are counted as one and there is nothing to compare. Name each "
                "file's outlet in a manifest.csv beside the files (columns path, outlet, date, headline), or give "
                "an outlet column in a CSV or JSONL corpus; files kept in one folder per outlet compare with --by folder."]
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
        return [
            f"Too few articles for statistics: intervals and tests need at least {min_articles} articles "
            "per outlet in at least two outlets ("
            + ", ".join(f"{o.name}: {o.articles}" for o in outlets)
            + "). The means are shown; treat differences as descriptive only."
        ]
    if few:
        return [
            f"{', '.join(f'{o.name} ({o.articles})' for o in few)}: fewer than {min_articles} articles, "
            "so no intervals and no tests for these outlets."
        ]
    return []


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


def _tests_for(score: str, groups: dict[str, list[float]]) -> list[TestRow]:
    names = list(groups)
    if len(names) < 2:
        return []
    if len(names) == 2:
        a, b = names
        t = mann_whitney(groups[a], groups[b])
        return [TestRow(score, "Mann-Whitney U", a, b, t.statistic, t.p, None, t.delta, magnitude(t.delta),
                        delta_interval=cliffs_delta_interval(groups[a], groups[b]))]
    h, p = kruskal_wallis([groups[n] for n in names])
    rows = [TestRow(score, "Kruskal-Wallis H", None, None, h, p, None,
                    epsilon_squared=epsilon_squared(h, sum(map(len, groups.values()))) if p is not None else None)]
    pairs = [(a, b) for i, a in enumerate(names) for b in names[i + 1 :]]
    pair_rows = []
    for a, b in pairs:
        t = mann_whitney(groups[a], groups[b])
        pair_rows.append(TestRow(score, "Mann-Whitney U (pairwise)", a, b, t.statistic, t.p, None, t.delta, magnitude(t.delta),
                                 delta_interval=cliffs_delta_interval(groups[a], groups[b])))
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


def clear_differences(c: Comparison, limit: int = 12, alpha: float = 0.05) -> list[str]:
    """The clearest differences in plain words, largest effect first: two-outlet tests with adjusted
    p below `alpha`; with more outlets, pairwise tests below `alpha` for scores whose Kruskal-Wallis
    (or, paired, Friedman) test is itself below `alpha` after adjustment (no post-hoc claims without
    the omnibus)."""
    omnibus_clear = {t.score for t in c.tests if t.outlet_b is None and t.p_adjusted is not None and t.p_adjusted < alpha}
    rows = [
        t for t in c.tests
        if t.outlet_b and t.p_adjusted is not None and t.p_adjusted < alpha and _effect(t)
        and (t.test in ("Mann-Whitney U", "Wilcoxon signed-rank") or t.score in omnibus_clear)
    ]
    rows.sort(key=lambda t: -abs(_effect(t)))
    out = []
    for t in rows[:limit]:
        hi, lo = (t.outlet_a, t.outlet_b) if _effect(t) > 0 else (t.outlet_b, t.outlet_a)
        p = "< 0.001" if t.p_adjusted < 0.001 else f"= {t.p_adjusted:.3f}"
        if t.rank_biserial is not None:
            line = (f"{t.score}: within the same {c.paired_by}, {hi}'s article tends to score higher than {lo}'s "
                    f"(matched-pairs rank-biserial r {abs(t.rank_biserial):.2f}, {t.magnitude}; {t.blocks} {c.paired_by}s; adjusted p {p}).")
        else:
            line = (f"{t.score}: an article of {hi} scores higher than one of {lo} in {round(50 * (1 + abs(t.delta)))}% "
                    f"of pairs, ties counted as half (Cliff's delta {abs(t.delta):.2f}, {t.magnitude}; adjusted p {p}).")
        out.append(line + (COUNT_CAVEAT if is_count(t.score) else ""))
    return out


def _effect(t: TestRow) -> float | None:
    """A pairwise row's effect size: Cliff's delta, or the rank-biserial r of a paired test."""
    return t.rank_biserial if t.rank_biserial is not None else t.delta


COUNT_CAVEAT = " This score is a count per article, so longer articles have more: compare the outlets' words per article too."


def is_count(score: str) -> bool:
    """A score that counts findings per article (`quotes`, `attributions`) rather than a rate or a
    share: a difference in it may only be a difference in article length."""
    return not score.endswith(("_per_1k", "_share", "_probability"))

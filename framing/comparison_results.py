"""What `framing compare` finds, as plain dataclasses: each outlet's summary, each score's profile
row, each test row, and the whole comparison with its tables for CSV and JSON (`--out`).
`framing.compare.compare_outlets` fills them; the CLI, the report and the exports read them."""

from __future__ import annotations

from dataclasses import dataclass

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
    rank_biserial_interval: tuple[float, float] | None = None  # its 95% percentile bootstrap interval over blocks
    epsilon_squared_interval: tuple[float, float] | None = None  # its 95% percentile bootstrap interval (articles within outlets)
    p_method: str | None = None  # how p was computed: exact, sampled, normal, chi-squared (comparison_statistics.P_METHODS)
    kendalls_w_interval: tuple[float, float] | None = None  # its 95% bias-corrected percentile bootstrap interval over blocks
    epsilon_squared_by_chance: float | None = None  # what epsilon_squared averages when the groups do not differ: (k - 1) / (n - 1)


@dataclass(slots=True)
class Comparison:
    outlets: list[OutletSummary]
    scores: list[str]  # the scores with at least one defined value, in SCORES order
    profile: list[ProfileRow]
    tests: list[TestRow]
    notes: list[str]
    min_articles: int = MIN_ARTICLES
    paired_by: str | None = None  # the field the paired tests match articles by (--paired-by), or None
    paired: dict | None = None  # paired tests: the blocks used and dropped (compare_paired.paired_tests)
    # what the groups are (`--by`: month, event, ...); the tables' `outlet` columns hold its values,
    # and a saved comparison must say so itself: "outlet: 2016-03" in a file opened a month later
    grouped_by: str = "outlet"

    def profile_table(self) -> list[dict]:
        return [
            {"score": r.score, "outlet": r.outlet, "n": r.n, "mean": _round(r.mean), "median": _round(r.median),
             "ci_low": _round(r.low), "ci_high": _round(r.high)}
            for r in self.profile
        ]

    def test_table(self) -> list[dict]:
        return [
            {"score": t.score, "test": t.test, "outlet_a": t.outlet_a, "outlet_b": t.outlet_b,
             "statistic": _round(t.statistic), "p": _full(t.p), "p_adjusted": _full(t.p_adjusted),
             "p_method": t.p_method, "cliffs_delta": _round(t.delta), "magnitude": t.magnitude,
             "delta_ci_low": _round(t.delta_interval[0]) if t.delta_interval else None,
             "delta_ci_high": _round(t.delta_interval[1]) if t.delta_interval else None,
             "epsilon_squared": _round(t.epsilon_squared),
             "epsilon_squared_ci_low": _round(t.epsilon_squared_interval[0]) if t.epsilon_squared_interval else None,
             "epsilon_squared_ci_high": _round(t.epsilon_squared_interval[1]) if t.epsilon_squared_interval else None,
             "epsilon_squared_by_chance": _round(t.epsilon_squared_by_chance),
             "adjusted_over": t.adjusted_over,
             "blocks": t.blocks, "rank_biserial": _round(t.rank_biserial),
             "rank_biserial_ci_low": _round(t.rank_biserial_interval[0]) if t.rank_biserial_interval else None,
             "rank_biserial_ci_high": _round(t.rank_biserial_interval[1]) if t.rank_biserial_interval else None,
             "kendalls_w": _round(t.kendalls_w),
             "kendalls_w_ci_low": _round(t.kendalls_w_interval[0]) if t.kendalls_w_interval else None,
             "kendalls_w_ci_high": _round(t.kendalls_w_interval[1]) if t.kendalls_w_interval else None}
            for t in self.tests
        ]

    def to_dict(self) -> dict:
        return {
            "outlets": [vars_(o) for o in self.outlets],
            "grouped_by": self.grouped_by,
            "min_articles": self.min_articles,
            "paired_by": self.paired_by,
            **({"paired": self.paired} if self.paired is not None else {}),
            "profile": self.profile_table(),
            "tests": self.test_table(),
            "notes": list(self.notes),
            "methods": methods(self),
        }


def methods(c: Comparison) -> dict[str, str]:
    """What each number of a comparison is, in words (`framing.comparison_methods`)."""
    from framing.comparison_methods import comparison_methods

    return comparison_methods(c)


def vars_(obj) -> dict:
    return {k: getattr(obj, k) for k in obj.__slots__}


def _round(v: float | None, digits: int = 4) -> float | None:
    return None if v is None else round(float(v), digits)


def _full(p: float | None) -> float | None:
    """A p-value as computed, every digit kept: a researcher recomputing Benjamini-Hochberg from the
    file got other adjusted values in the fourth digit from p rounded to 4 significant digits
    (0.0023463 against the file's 0.002347).  (Rounded to decimal places, 3.2e-15 had been 0.0, a
    p-value no test gives.)  The terminal and the report round for reading."""
    return None if p is None else float(p)


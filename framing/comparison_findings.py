"""The clearest differences of a comparison in plain words, for the terminal and the report."""

from __future__ import annotations

from typing import TYPE_CHECKING

from framing.compare_paired import NO_FRIEDMAN

if TYPE_CHECKING:
    from framing.comparison_results import Comparison, TestRow


def clear_differences(c: Comparison, limit: int = 12, alpha: float = 0.05) -> list[str]:
    """The clearest differences in plain words: rates and shares first, then counts, each largest effect
    first (a count such as `attributions` grows with article length, so on a real corpus the counts'
    large effects would push every rate out of the `limit`). Two-outlet tests with adjusted
    p below `alpha`; with more outlets, pairwise tests below `alpha` for scores whose Kruskal-Wallis
    (or, paired, Friedman) test is itself below `alpha` after adjustment (no post-hoc claims without
    the omnibus), or, paired, pairwise tests standing where Friedman could not run, which are adjusted
    over every such pair of every score instead."""
    omnibus_clear = {t.score for t in c.tests if t.outlet_b is None and t.p_adjusted is not None and t.p_adjusted < alpha}
    rows = [
        t for t in c.tests
        if t.outlet_b and t.p_adjusted is not None and t.p_adjusted < alpha and _effect(t)
        and (t.test in ("Mann-Whitney U", "Wilcoxon signed-rank") or t.score in omnibus_clear
             or (t.adjusted_over is not None and NO_FRIEDMAN in t.adjusted_over))  # adjusted over every pair of every score
    ]
    rows.sort(key=lambda t: (is_count(t.score), -abs(_effect(t))))
    out = []
    for t in rows[:limit]:
        hi, lo = (t.outlet_a, t.outlet_b) if _effect(t) > 0 else (t.outlet_b, t.outlet_a)
        p = "< 0.001" if t.p_adjusted < 0.001 else f"= {t.p_adjusted:.3f}"
        if t.rank_biserial is not None:
            line = (f"{t.score}: within the same {c.paired_by}, {hi}'s article tends to score higher than {lo}'s "
                    f"(matched-pairs rank-biserial r {abs(t.rank_biserial):.2f}, {t.magnitude}{_interval_words(t.rank_biserial_interval, t.rank_biserial)}; "
                    f"{t.blocks} {c.paired_by}s; adjusted p {p}).")
        else:
            line = (f"{t.score}: an article of {hi} scores higher than one of {lo} in {round(50 * (1 + abs(t.delta)))}% "
                    f"of pairs, ties counted as half (Cliff's delta {abs(t.delta):.2f}, {t.magnitude}{_interval_words(t.delta_interval, t.delta)}; "
                    f"adjusted p {p}).")
        out.append(line + (COUNT_CAVEAT if is_count(t.score) else ""))
    return out


def _interval_words(ci: tuple[float, float] | None, effect: float) -> str:
    """", 95% interval 0.47 to 0.79" for an effect told by its size (the higher outlet named first, so
    a negative effect's interval is turned round too); nothing where it has none."""
    if ci is None:
        return ""
    low, high = ci if effect > 0 else (-ci[1], -ci[0])
    return f", 95% interval {low:.2f} to {high:.2f}"


def _effect(t: TestRow) -> float | None:
    """A pairwise row's effect size: Cliff's delta, or the rank-biserial r of a paired test."""
    return t.rank_biserial if t.rank_biserial is not None else t.delta


COUNT_CAVEAT = " This score is a count per article, so longer articles have more: compare the outlets' words per article too."


def is_count(score: str) -> bool:
    """A score that counts findings per article (`quotes`, `attributions`) rather than a rate or a
    share: a difference in it may only be a difference in article length."""
    return not score.endswith(("_per_1k", "_share", "_probability"))

"""The `methods` block of a comparison: what each of its numbers is, in words, carried with the
numbers in `framing compare --out FILE.json` (and read by the report's methods section)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from framing.comparison_notes import ROUGH_BELOW
from framing.comparison_statistics import BOOTSTRAP_RESAMPLES, EPSILON_INTERVAL_MAX, NORMAL_FROM, P_METHODS, SEED, SMALL_GROUP
from framing.exact_rank_sum import EXACT_U_CELLS, EXACT_U_CELLS_LARGE
from framing.exact_signed_rank import EXACT_SIGNED_RANK_MAX
from framing.paired_statistics import FRIEDMAN_PERMUTATION_MAX, KENDALLS_W_INTERVAL_MAX, RANK_BISERIAL_NORMAL_FROM
from framing.permutation_tests import (
    EXACT_KRUSKAL_SPLITS, KRUSKAL_PERMUTATION_MAX, LARGE_GROUP, PERMUTATION_RESAMPLES, TIED_DISTINCT,
)

if TYPE_CHECKING:
    from framing.comparison_results import Comparison

P_METHODS_TEXT = "how each row's p was computed: " + "; ".join(f"{k}: {v}" for k, v in P_METHODS.items())


EPSILON_CI_TEXT = (f"95% bias-corrected percentile bootstrap interval of epsilon_squared: {BOOTSTRAP_RESAMPLES:,} resamples of "
                   f"whole articles within each outlet (each keeps its number of articles), fixed seed {SEED}, each resample's H "
                   "corrected for ties; the percentiles moved down by the bootstrap's bias (the resamples' mean less "
                   "epsilon_squared: resampling adds chance differences between the groups, so the resamples run high) and cut "
                   "at 0. Near 0, read its high end as how large the difference may be. None from "
                   f"{EPSILON_INTERVAL_MAX:,} articles tested (the bootstrap would cost about half a second a score, and the "
                   "interval is narrow there)")
UNTESTED_KEEPS = ("unit", "mean", "interval", "paired", "dropped")  # what a comparison without a test still has


def comparison_methods(c: Comparison) -> dict[str, str]:
    """What each number of a comparison is, in words: `--out FILE.json` carries it with the numbers.
    Only what was computed: a classroom's 3 outlets of 1-3 articles have no interval and no test, and
    the methods had described the bootstrap, Mann-Whitney and Benjamini-Hochberg as if applied."""
    m = {**_unpaired_methods(c), **_paired_methods(c.paired_by, c.min_articles)} if c.paired_by else _unpaired_methods(c)
    if not any(r.low is not None for r in c.profile):
        m["interval"] = (f"none: no group has {c.min_articles} articles with a value of a score, and an interval from fewer "
                         "would only repeat how these few articles differ (the notes say more)")
    if not c.tests:
        m = {k: v for k, v in m.items() if k in UNTESTED_KEEPS}
        m["tests"] = (f"none: a test needs at least two groups with {c.min_articles} articles (paired: {c.min_articles} "
                      "blocks) with a value of the score; with fewer, a p-value could not tell a difference between the "
                      "groups from one between these particular articles (the notes say which groups fall short)")
    return m


def _paired_methods(field: str, min_blocks: int) -> dict[str, str]:
    return {
        "paired": f"the tests are paired by {field}: the tests over every outlet use only the {field}s with an article of every "
                  f"outlet tested, and a value of the score in each; a pairwise test, those where both outlets of the pair "
                  f"have one (the notes and `paired` say how many were dropped and why); where an outlet has "
                  f"several articles in one {field}, their mean stands for it. The profile is over every article",
        "two_groups": "Wilcoxon signed-rank, two-sided, on the differences outlet_a - outlet_b within each "
                      f"{field}; zero differences dropped (Wilcoxon's method, SciPy's zero_method='wilcox'); p exact up to "
                      f"{EXACT_SIGNED_RANK_MAX:,} {field}s that differ, ties and zeros included (the share of the equally "
                      "likely sign flips whose signed-rank sum is as far from its mean, computed by dynamic programming over "
                      "the doubled midranks; without ties SciPy's exact p), past that the normal approximation with the tie "
                      "correction (no continuity correction: SciPy's default). statistic: W, the smaller signed-rank sum",
        "more_groups": f"Friedman chi-squared over the complete {field}s; its p up to {FRIEDMAN_PERMUTATION_MAX} {field}s the "
                       f"permutation p (the share of the arrangements of each {field}'s values across the outlets whose "
                       "statistic is at least the observed one: exact while the rank sums to track stay few, else "
                       "9,999 random arrangements with a fixed seed), past that the chi-squared approximation with k - 1 "
                       "degrees of freedom, corrected for ties; then Wilcoxon signed-rank for every pair over the "
                       f"{field}s where both outlets of the pair have a value (pairwise-complete, as R's "
                       "pairwise.wilcox.test(paired = TRUE) drops only the pairs with a missing value; blocks gives each row's count). "
                       f"Where fewer than {min_blocks} {field}s have a value from every outlet, no Friedman test: the pairwise "
                       f"Wilcoxon tests alone, for each pair with {min_blocks} {field}s both cover, adjusted over every such "
                       "pair of every score without a Friedman test (no omnibus test comes first to guard them)",
        "dropped": f"paired: the {field}s (blocks), those every outlet covers (complete_blocks), those dropped from the "
                   "tests over every outlet (dropped_blocks, with their dropped_articles; with more than two outlets the "
                   "pairwise tests still use them where both outlets of a pair are there), and per outlet the number of "
                   f"{field}s that lack it (missing_outlet)",
        "rank_biserial": "matched-pairs rank-biserial correlation (Kerby 2014): (W+ - W-) / (W+ + W-), the signed-rank sums "
                         "of the pairs where outlet_a / outlet_b scores higher, -1 to 1; magnitude by Cohen (1988): "
                         "negligible below 0.1, small below 0.3, medium below 0.5, else large",
        "rank_biserial_ci": f"95% percentile bootstrap interval of the rank-biserial r: {BOOTSTRAP_RESAMPLES} resamples of whole "
                            f"{field}s with replacement, seed {SEED}, r recomputed in each (zero differences dropped; a resample "
                            "of zeros only left out), as scipy.stats.bootstrap(paired=True, method='percentile') gives it; from "
                            f"{RANK_BISERIAL_NORMAL_FROM:,} {field}s the normal interval r +/- 1.96 SE, SE from r as a "
                            "U-statistic (Hoeffding 1948), which the bootstrap gives there within its own seed noise; none "
                            f"where every {field} that differs differs the same way (r is -1 or 1); too narrow below "
                            f"{ROUGH_BELOW} {field}s, as the profile intervals are",
        "kendalls_w": f"Friedman effect size chi2 / (n (k - 1)) over n {field}s and k outlets, 0 (the outlets rank alike "
                      f"within {field}s) to 1 (every {field} ranks them the same way)",
        "kendalls_w_ci": f"95% bias-corrected percentile bootstrap interval of kendalls_w: {BOOTSTRAP_RESAMPLES:,} resamples of "
                         f"whole {field}s with replacement (the complete {field}s the Friedman test used), seed {SEED}, W recomputed "
                         "in each (midranks within each " + field + ", chi-squared corrected for ties; a resample of tied "
                         f"{field}s only left out); the percentiles moved down by the bootstrap's bias (the resamples' mean less "
                         f"kendalls_w: a {field} drawn twice ranks the outlets as its copy does, so the resamples run high) and kept "
                         "within 0 to 1 and around kendalls_w, as epsilon_squared's interval is. Near 0, read its high end as how "
                         f"much the outlets' order may agree across {field}s. None from {KENDALLS_W_INTERVAL_MAX:,} {field}s; too "
                         f"narrow below {ROUGH_BELOW} {field}s, as the profile intervals are",
        "p_method": P_METHODS_TEXT,
        "p_adjusted": "Benjamini-Hochberg (false discovery rate): the two-outlet Wilcoxon and the Friedman tests over the "
                      "scores tested, each pairwise Wilcoxon test over the pairs of its score (read those only where the "
                      "score's Friedman test is clear), or, where a score has no Friedman test, over every such pair of every "
                      "score without one; adjusted_over names the family of each row",
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
        "two_groups": "Mann-Whitney U, two-sided; its p exact wherever that costs little: without ties and with a group "
                      "of at most 8 articles SciPy's exact distribution; else the permutation distribution of the midranks "
                      "(the share of splits whose U is as far from n*m/2: every split enumerated up to 20,000 of them, past "
                      "that the distribution computed exactly by dynamic programming over the distinct values) up to "
                      f"{EXACT_U_CELLS:,} cells of that work where a group has at most 8 articles (5 against 25,000), "
                      f"{EXACT_U_CELLS_LARGE:,} where both have more (two groups of about 35 each); "
                      "past it, 9,999 random splits with a fixed seed where a group has at most 8 articles, else the normal "
                      "approximation corrected for ties and continuity. statistic: U of outlet_a. p_method says which for each row",
        "more_groups": "Kruskal-Wallis H (corrected for ties) over every group with "
                       f"{c.min_articles} or more articles, then Mann-Whitney U for every pair of them (p as for two groups, "
                       "each pair with the whole budget of work of the exact p: a pair gets the same p however many outlets "
                       "are compared). The p of H: where "
                       f"the smallest group has at most {SMALL_GROUP} articles, whatever the total, from its permutation "
                       "distribution (the share of the splits of the pooled articles into groups of the sizes observed whose "
                       f"H is at least the observed one): every split up to {EXACT_KRUSKAL_SPLITS:,} (groups of 5, 5 and 5: "
                       f"756,756), else {PERMUTATION_RESAMPLES:,} random ones with a fixed seed, p = (hits + 1) / (resamples + 1); "
                       f"past {KRUSKAL_PERMUTATION_MAX:,} articles each random split draws the articles of the groups under "
                       f"{LARGE_GROUP} one by one and deals the rest by counts of each value, or, past {TIED_DISTINCT:,} "
                       "distinct values (divided by the groups of 100 or more less one), splits the rest among the groups of 100 or more by the chi-squared law of their own "
                       "H (the notes name the scores whose p was sampled, and how); else the chi-squared approximation with "
                       "k - 1 degrees of freedom",
        "cliffs_delta": "P(an article of outlet_a scores higher than one of outlet_b) - P(lower), -1 to 1; magnitude "
                        "by Romano et al. (2006): negligible below 0.147, small below 0.33, medium below 0.474, else large",
        "delta_ci": "Cliff's (1996) asymmetric 95% interval of Cliff's delta (unbiased variance, Student's t with n + m - 2 "
                    "degrees of freedom), as R's effsize::cliff.delta gives it; none where the groups do not overlap at all. "
                    "For two independent groups the rank-biserial correlation (Glass 1965) equals Cliff's delta, so this is its "
                    "interval too",
        "epsilon_squared": "Kruskal-Wallis effect size H / (n - 1) over the n articles tested (Tomczak & Tomczak 2014), 0 to 1",
        "epsilon_squared_ci": EPSILON_CI_TEXT,
        "epsilon_squared_by_chance": "what epsilon_squared averages when the groups do not differ: (k - 1) / (n - 1) for k groups of n articles tested",
        "p_method": P_METHODS_TEXT,
        "p_adjusted": "Benjamini-Hochberg (false discovery rate): the two-group and Kruskal-Wallis tests over the scores "
                      "tested, each pairwise test over the pairs of its score (read those only where the score's "
                      "Kruskal-Wallis test is clear); adjusted_over names the family of each row",
    }


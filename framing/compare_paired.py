"""Paired tests for `framing compare --paired-by FIELD`: outlets compared event by event.

In a matched design (BASIL: 100 events, each told by Fox, the NYT and HuffPost) the articles of one
event share their story, so the honest comparison is within each event: Friedman's test over the
events every outlet covers (three or more outlets), then the Wilcoxon signed-rank test for every pair
on those same events; with two outlets, one Wilcoxon signed-rank test.  An event (a "block") counts
only when every outlet tested has an article there with a value of the score: the others are
dropped, and the notes say how many and why.  Where an outlet has several articles in one event,
their mean stands for it there.  Records carry `block`, the value of the field named (None where an
article has none); `framing.compare.compare_outlets` calls this in place of its unpaired tests.
"""

from __future__ import annotations

from collections.abc import Sequence

from framing.comparison_statistics import benjamini_hochberg
from framing.paired_statistics import (KENDALLS_W_INTERVAL_MAX, correlation_magnitude, friedman_test, kendalls_w_interval, rank_biserial_interval,
                                      wilcoxon_signed_rank)


def paired_tests(records: Sequence[dict], score_names: Sequence[str], outlets: Sequence[str], field: str,
                 min_blocks: int) -> tuple[list, list[str], dict]:
    """The paired test rows (TestRow) of each score over `outlets`, the notes on the blocks used, and
    what was dropped, for the JSON (`Comparison.paired`): the blocks, the complete ones, those
    dropped with their articles, and how many blocks lack each outlet."""
    from framing.compare import TestRow, outlet_of

    with_block = {outlet_of(r) for r in records if r.get("block") is not None}
    left_out = [o for o in outlets if o not in with_block]  # a whole outlet with no event would drop every event
    notes = ([f"{', '.join(left_out)}: no article names its {field}, so left out of the paired tests."] if left_out else [])
    outlets = [o for o in outlets if o in with_block]
    coverage = {"by": field, "outlets": outlets, "outlets_left_out": left_out}
    if len(outlets) < 2:
        return [], notes + [f"Fewer than two outlets name a {field}: no paired tests."], coverage
    tested = set(outlets)
    articles: dict[str, dict[str, list[dict]]] = {}  # block -> outlet -> its articles there
    unblocked = 0
    for r in records:
        o = outlet_of(r)
        if o not in tested:
            continue
        if r.get("block") is None:
            unblocked += 1
            continue
        articles.setdefault(str(r["block"]), {}).setdefault(o, []).append(r)
    covered = [b for b, by in articles.items() if len(by) == len(outlets)]
    coverage.update(_coverage(articles, covered, outlets), articles_without_field=unblocked)
    notes.append(_coverage_note(coverage, field))
    if unblocked:
        notes.append(f"{unblocked} article{'s' * (unblocked != 1)} of these outlets name{'s' * (unblocked == 1)} no {field}: "
                     "left out of the paired tests.")
    shared = [b for b, by in articles.items() if len(by) >= 2]  # a pair can use them (pairwise-complete)
    several = sum(1 for b in (covered if len(outlets) == 2 else shared) if any(len(a) > 1 for a in articles[b].values()))
    if several:
        notes.append(f"{several} {field}{'s' * (several != 1)} with more than one article of an outlet: the mean of its "
                     "articles there stands for the outlet in the paired tests.")
    rows: list = []
    fallback: list = []  # pairwise rows of the scores Friedman cannot test: one family over every such pair
    for s in score_names:
        means = {b: {o: m for o, arts in articles[b].items()
                     if (m := _mean([a["scores"][s] for a in arts if (a.get("scores") or {}).get(s) is not None])) is not None}
                 for b in shared}
        table = [[means[b][o] for o in outlets] for b in covered if len(means[b]) == len(outlets)]
        if len(table) < len(covered):
            notes.append(f"{s}: {len(covered) - len(table)} of the {len(covered)} {field}s covered by every outlet dropped "
                         f"as well, where an outlet's article has no value of it ({len(table)} left)."
                         + (" The pairwise tests keep those where both outlets of the pair have one." if len(outlets) > 2 else ""))
        if len(table) < min_blocks:
            pairs, short = (_pairwise_rows(TestRow, s, outlets, means, min_blocks) if len(outlets) > 2 else ([], []))
            notes.append(_no_friedman_note(s, field, len(table), min_blocks, pairs, short) if pairs else
                         f"{s}: no paired test: {len(table)} complete {field}{'s' * (len(table) != 1)}, fewer than {min_blocks}.")
            fallback += pairs
            rows += pairs
            continue
        score_rows = _score_rows(TestRow, s, outlets, table, means)
        if all(r.p is None for r in score_rows):
            notes.append(f"{s}: every outlet scores the same in each {field}, so no paired test can tell them apart "
                         "(no p-value; left out of the adjustment over scores).")
        rows += score_rows
    _adjust_fallback(fallback)
    return rows, notes, coverage


NO_FRIEDMAN = "with no Friedman test"  # in adjusted_over of the pairwise rows that stand without one


def _pairwise_rows(TestRow, s: str, outlets: list[str], means: dict[str, dict[str, float]],
                   min_blocks: int) -> tuple[list, list[str]]:
    """Where Friedman cannot run (fewer than `min_blocks` blocks with every outlet), the Wilcoxon test
    of each pair over the blocks both its outlets cover, for the pairs with `min_blocks` of them; and
    the pairs left out with their count.  Pairwise-complete, as when Friedman runs."""
    rows, short = [], []
    for i, a in enumerate(outlets):
        for b in outlets[i + 1:]:
            both = [m for m in means.values() if a in m and b in m]
            if len(both) < min_blocks:
                short.append(f"{a} vs {b} ({len(both)})")
                continue
            rows.append(_pair_row(TestRow, s, "Wilcoxon signed-rank (pairwise)", a, b, [m[a] for m in both], [m[b] for m in both]))
    return rows, short


def _no_friedman_note(s: str, field: str, complete: int, min_blocks: int, pairs: list, short: list[str]) -> str:
    """What stands in for a Friedman test that cannot run, and why, in words."""
    text = (f"{s}: no Friedman test: only {complete} {field}{'s' * (complete != 1)} with a value from every outlet, fewer than "
            f"{min_blocks}. Instead, a Wilcoxon signed-rank test for each pair of outlets over the {field}s both cover "
            f"(pairwise-complete), with no test over all outlets ahead of them, so their p is adjusted over every such pair "
            f"(of every score without a Friedman test), not only over this score's.")
    if short:
        text += f" No test for {', '.join(short)}: fewer than {min_blocks} {field}s with both."
    return text


def _adjust_fallback(rows: list) -> None:
    """Benjamini-Hochberg over every pairwise row standing without a Friedman test, across scores: with
    no omnibus test to pass first, the family is every such comparison made."""
    defined = [r for r in rows if r.p is not None]
    scores = len({r.score for r in rows})
    for r, adj in zip(defined, benjamini_hochberg([r.p for r in defined])):
        r.p_adjusted = adj
        r.adjusted_over = (f"Benjamini-Hochberg over the {len(defined)} pair{'s' * (len(defined) != 1)} of the {scores} "
                           f"score{'s' * (scores != 1)} {NO_FRIEDMAN}")


def _score_rows(TestRow, s: str, outlets: list[str], table: list[list[float]], means: dict[str, dict[str, float]]) -> list:
    """Two outlets: one Wilcoxon test over the complete blocks.  More: Friedman over the complete
    blocks, then a Wilcoxon test for each pair over the blocks where both outlets of the pair have a
    value (pairwise-complete, as R's pairwise.wilcox.test(paired = TRUE) drops only the pairs with a
    missing value): an event Fox did not cover still compares the NYT with HuffPost."""
    n = len(table)
    if len(outlets) == 2:
        a, b = outlets
        return [_pair_row(TestRow, s, "Wilcoxon signed-rank", a, b, [row[0] for row in table], [row[1] for row in table])]
    chi2, p, w, method = friedman_test(table)
    interval = kendalls_w_interval(table) if w is not None and n < KENDALLS_W_INTERVAL_MAX else None
    rows = [TestRow(s, "Friedman", None, None, chi2, p, None, blocks=n, kendalls_w=w, kendalls_w_interval=interval, p_method=method)]
    pairs, _ = _pairwise_rows(TestRow, s, outlets, means, 1)  # every pair: each has at least the complete blocks
    defined = [r for r in pairs if r.p is not None]
    for r, adj in zip(defined, benjamini_hochberg([r.p for r in defined])):
        r.p_adjusted = adj
        r.adjusted_over = f"Benjamini-Hochberg over the {len(defined)} pair{'s' * (len(defined) != 1)} of this score"
    return rows + pairs


def _pair_row(TestRow, s, test, a, b, x, y):
    t = wilcoxon_signed_rank(x, y)
    return TestRow(s, test, a, b, t.statistic, t.p, None, magnitude=None if t.rank_biserial is None else correlation_magnitude(t.rank_biserial),
                   blocks=len(x), rank_biserial=t.rank_biserial, rank_biserial_interval=rank_biserial_interval(x, y), p_method=t.method)


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def _coverage(articles: dict[str, dict[str, list]], covered: list[str], outlets: list[str]) -> dict:
    """The blocks, the complete ones, the others dropped from the tests over every outlet with their
    articles, and per outlet the blocks that lack it."""
    dropped = [b for b in articles if len(articles[b]) < len(outlets)]
    return {"blocks": len(articles), "complete_blocks": len(covered), "dropped_blocks": len(dropped),
            "dropped_articles": sum(len(arts) for b in dropped for arts in articles[b].values()),
            "missing_outlet": {o: k for o in outlets if (k := sum(1 for by in articles.values() if o not in by))}}


def _coverage_note(coverage: dict, field: str) -> str:
    """How many blocks there are, how many every outlet covers, which outlets the others lack, and
    (more than two outlets) that the pairs use their own blocks."""
    total, outlets = coverage["blocks"], coverage["outlets"]
    text = (f"Paired by {field}: {coverage['complete_blocks']} of the {total} {field}{'s' * (total != 1)} are covered by "
            f"every outlet tested ({', '.join(outlets)}); the paired tests compare the outlets within each of them.")
    if coverage["dropped_blocks"]:
        k, n = coverage["dropped_blocks"], coverage["dropped_articles"]
        text += (f" {k} dropped ({n} article{'s' * (n != 1)}), with no article of "
                 + ", ".join(f"{o} ({m})" for o, m in coverage["missing_outlet"].items()) + ".")
        if len(outlets) > 2:
            text += (f" The pairwise tests compare each pair of outlets over every {field} both cover (pairwise-complete), "
                     f"so a dropped {field} still counts for the pairs it has; each row's {field}s are in its blocks column.")
    return text

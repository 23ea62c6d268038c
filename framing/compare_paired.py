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
from framing.paired_statistics import correlation_magnitude, friedman, rank_biserial_interval, wilcoxon_signed_rank


def paired_tests(records: Sequence[dict], score_names: Sequence[str], outlets: Sequence[str], field: str,
                 min_blocks: int) -> tuple[list, list[str]]:
    """The paired test rows (TestRow) of each score over `outlets`, and the notes on the blocks used."""
    from framing.compare import TestRow, outlet_of

    with_block = {outlet_of(r) for r in records if r.get("block") is not None}
    left_out = [o for o in outlets if o not in with_block]  # a whole outlet with no event would drop every event
    notes = ([f"{', '.join(left_out)}: no article names its {field}, so left out of the paired tests."] if left_out else [])
    outlets = [o for o in outlets if o in with_block]
    if len(outlets) < 2:
        return [], notes + [f"Fewer than two outlets name a {field}: no paired tests."]
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
    notes.append(_coverage_note(articles, covered, outlets, field))
    if unblocked:
        notes.append(f"{unblocked} article{'s' * (unblocked != 1)} of these outlets name{'s' * (unblocked == 1)} no {field}: "
                     "left out of the paired tests.")
    several = sum(1 for b in covered if any(len(a) > 1 for a in articles[b].values()))
    if several:
        notes.append(f"{several} {field}{'s' * (several != 1)} with more than one article of an outlet: the mean of its "
                     "articles there stands for the outlet in the paired tests.")
    rows: list = []
    for s in score_names:
        table = []
        for b in covered:
            means = [_mean([a["scores"].get(s) for a in articles[b][o] if (a.get("scores") or {}).get(s) is not None]) for o in outlets]
            if None not in means:
                table.append(means)
        if len(table) < len(covered):
            notes.append(f"{s}: {len(covered) - len(table)} of the {len(covered)} {field}s covered by every outlet dropped "
                         f"as well, where an outlet's article has no value of it ({len(table)} left).")
        if len(table) < min_blocks:
            notes.append(f"{s}: no paired test: {len(table)} complete {field}{'s' * (len(table) != 1)}, fewer than {min_blocks}.")
            continue
        score_rows = _score_rows(TestRow, s, outlets, table)
        if all(r.p is None for r in score_rows):
            notes.append(f"{s}: every outlet scores the same in each {field}, so no paired test can tell them apart "
                         "(no p-value; left out of the adjustment over scores).")
        rows += score_rows
    return rows, notes


def _score_rows(TestRow, s: str, outlets: list[str], table: list[list[float]]) -> list:
    n = len(table)
    columns = {o: [row[i] for row in table] for i, o in enumerate(outlets)}
    if len(outlets) == 2:
        a, b = outlets
        return [_pair_row(TestRow, s, "Wilcoxon signed-rank", a, b, columns[a], columns[b])]
    chi2, p, w = friedman(table)
    rows = [TestRow(s, "Friedman", None, None, chi2, p, None, blocks=n, kendalls_w=w)]
    pairs = [_pair_row(TestRow, s, "Wilcoxon signed-rank (pairwise)", a, b, columns[a], columns[b])
             for i, a in enumerate(outlets) for b in outlets[i + 1:]]
    defined = [r for r in pairs if r.p is not None]
    for r, adj in zip(defined, benjamini_hochberg([r.p for r in defined])):
        r.p_adjusted = adj
        r.adjusted_over = f"Benjamini-Hochberg over the {len(defined)} pair{'s' * (len(defined) != 1)} of this score"
    return rows + pairs


def _pair_row(TestRow, s, test, a, b, x, y):
    t = wilcoxon_signed_rank(x, y)
    return TestRow(s, test, a, b, t.statistic, t.p, None, magnitude=None if t.rank_biserial is None else correlation_magnitude(t.rank_biserial),
                   blocks=len(x), rank_biserial=t.rank_biserial, rank_biserial_interval=rank_biserial_interval(x, y))


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def _coverage_note(articles: dict, covered: list[str], outlets: list[str], field: str) -> str:
    """How many blocks there are, how many every outlet covers, and which outlets the others lack."""
    total = len(articles)
    text = (f"Paired by {field}: {len(covered)} of the {total} {field}{'s' * (total != 1)} are covered by every outlet "
            f"tested ({', '.join(outlets)}); the paired tests compare the outlets within each of them.")
    if len(covered) < total:
        lacking = {o: sum(1 for by in articles.values() if o not in by) for o in outlets}
        text += (f" {total - len(covered)} dropped, with no article of " +
                 ", ".join(f"{o} ({k})" for o, k in lacking.items() if k) + ".")
    return text

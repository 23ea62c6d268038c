"""How long `framing compare` takes on saved scores, and where the time goes (CPU seconds, so the
figures hold on a loaded machine too).

The saved scores of a corpus (`framing score --out scores.jsonl`) are copied `--copies` times (each
copy's ids suffixed) to make a large comparison with the same outlets; the script then times, in
process CPU time: reading the records, the profile's bootstrap intervals, the tests, and the whole
`compare_outlets` call, and prints the digest of the comparison's JSON so two versions of the code
can be checked for identical output.

    # the BASIL (3 outlets) + PolNeAR (7 publishers) corpus of the compare pass: 1,308 articles
    framing score corpus.jsonl --out scores.jsonl --no-model
    python benchmarks/compare_speed.py scores.jsonl --copies 40           # 52,320 articles
    python benchmarks/compare_speed.py scores.jsonl --copies 40 --paired-by event

Measured 2026-11-23 under load (load average about 7 on 2 cores; CPU seconds of compare_outlets):

    articles     before        after (same profile, tests and notes)
    52,320       14.8 s        6.1-6.8 s (bootstrap 10.3 -> 3.3 s)
    1,000,620    not run       23.8 s (bootstrap 0.4 s: every group past 20,000 articles, normal interval)
    1,000,620 --paired-by event: 14.8 s

Twelfth session (2026-11-23, load average 5-8), BASIL's 300 articles (3 outlets, 11 scores) x 3,334 copies:

    articles              before (a00d0e3)     after (score_arrays, p_method)
    1,000,200             6.25 s               3.73 s (of which score values per outlet 1.77 s)
    1,000,200 --paired-by event: 58.9 s        53.3 s (333,400 events)

Score values per outlet alone, back to back in one process: the record loop 2.45-2.90 s, score_arrays
2.60-2.63 s: no gain of its own (reading 11-13 keys from a million dicts is the cost, not the loop);
compare_outlets gains from the arrays it no longer builds from lists.  The digest changes with the
p_method column.

Thirteenth session (2026-11-23, load average 7-13): the exact p's cost on its own,
`python benchmarks/compare_speed.py --exact 50 100 200` (rates rounded to 0.1, so tied; CPU s):

    Mann-Whitney, two groups of n     50: 0.03 s (6e7 cells)   100: 0.5-0.6 s (8e8)   200: 4.4-8.3 s (1e10)
                                      1,000: 3e13 cells, not run (hours): past the budget, normal
    Wilcoxon signed-rank, n events    500: 0.06 s   1,000: 0.4-0.8 s   2,000: 7-10 s: exact up to 500

compare_outlets on 11 random tied scores (benchmarks are CPU s): 2 outlets x 50 articles 0.06 -> 0.43 s
(11 exact tests), 3 x 40 0.06 -> 0.51 s, 9 x 20 0.23 -> 1.3 s (396 exact pairwise tests), 9 x 50 0.3 s
both (a pair's share of the budget too small: normal, as before).  BASIL's 300 articles: 0.07 -> 0.12 s,
--paired-by event 0.49 -> 0.50 s (its 100-event Wilcoxon p now exact).  1,000,200 articles (x 3,334):
4.56 -> 4.61 s, --paired-by event 55.1 -> 53.5 s (333,400 events: normal, as before).

Fourteenth session (load average about 6): a pair's exact p no longer shares the score's 1e8 cells with
the other pairs (which made a pair's p depend on how many outlets were compared); every test, two
outlets or a pair of more, gets EXACT_U_CELLS_LARGE = 2e7 cells where both groups pass 8 (about 35
articles each, 0.01 s).  compare_outlets on 11 tied scores (`python benchmarks/compare_speed.py --outlets 3x50 7x20 7x35 9x35 7x50 9x50`),
CPU s, shared 1e8 -> 2e7 a test:
3 x 50 0.05 -> 0.07 (normal both), 7 x 20 0.73 -> 0.71 (231 exact), 7 x 35 2.5 (231 exact, were normal),
9 x 35 4.1-4.9 (396 exact), 7 x 50 0.16 -> 0.14 and 9 x 50 0.22 -> 0.20 (normal both).  1e8 a test had cost
6.5 s at 7 x 50 and 12.0 s at 9 x 50, hence 2e7.  Two outlets of 36-55 articles now get the normal p
(within 0.001 of the exact one wherever it is below 0.2).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time

from framing.compare import bootstrap_mean_ci, compare_outlets, score_values, summarise_outlets
from framing.outlet_groups import group_of
from framing.score import SCORES


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("scores", nargs="?", help="saved scores, JSONL (framing score --out scores.jsonl)")
    ap.add_argument("--exact", type=int, nargs="+", metavar="N",
                    help="instead, time the exact Mann-Whitney p of two tied groups of N and the exact Wilcoxon p of N tied events")
    ap.add_argument("--outlets", nargs="+", metavar="KxN",
                    help="instead, time compare_outlets on K outlets of N articles, 11 scores of rounded (tied) rates, and count "
                         "how the pairwise p's were computed")
    ap.add_argument("--copies", type=int, default=1, help="copies of the corpus to compare (default 1)")
    ap.add_argument("--paired-by", default=None, help="time the paired tests by this field instead (e.g. event)")
    args = ap.parse_args()
    if args.exact:
        return time_exact(args.exact)
    if args.outlets:
        return time_outlets([tuple(map(int, size.split("x"))) for size in args.outlets])
    if not args.scores:
        ap.error("give the saved scores, or --exact N ...")

    start = time.process_time()
    base = [json.loads(line) for line in open(args.scores, encoding="utf-8") if line.strip()]
    records = [{"id": f"{r.get('id')}~{c}", "outlet": r.get("outlet"), "date": r.get("date"), "words": r.get("words"),
                "scores": r.get("scores"),
                **({"block": (lambda b: None if b is None else f"{b}~{c}")(group_of(r, args.paired_by))} if args.paired_by else {})}
               for c in range(args.copies) for r in base]
    read = time.process_time() - start

    names = [o.name for o in summarise_outlets(records)]
    start = time.process_time()
    try:  # timed on its own: the values of every score per outlet
        from framing.compare import score_arrays
        values = score_arrays(records, list(SCORES))[0]
    except ImportError:  # before 2026-11-23 (twelfth session) a loop over the records appending to lists
        values = score_values(records, list(SCORES))
    gather = time.process_time() - start
    present = [s for s in SCORES if any(len(v) for v in values[s].values())]
    start = time.process_time()
    try:  # timed on its own: the bootstrap
        from framing.compare import _intervals
        _intervals(values, present, names, 5, 20080101)
    except ImportError:  # before 2026-11-23 each score of each outlet was bootstrapped alone
        for s in present:
            for o in names:
                if len(values[s].get(o, [])) >= 5:
                    bootstrap_mean_ci(values[s][o])
    bootstrap = time.process_time() - start

    start = time.process_time()
    c = compare_outlets(records, paired_by=args.paired_by)
    total = time.process_time() - start
    digest = hashlib.sha256(json.dumps(c.to_dict(), sort_keys=True).encode()).hexdigest()[:16]
    print(f"{len(records):,} articles, {len(names)} outlets, {len(present)} scores"
          + (f", paired by {args.paired_by}" if args.paired_by else ""))
    print(f"read {read:.2f} s; score values per outlet {gather:.2f} s; compare_outlets {total:.2f} s CPU, of which the bootstrap {bootstrap:.2f} s "
          f"and the tests and the rest {total - bootstrap:.2f} s; output digest {digest}")


def time_outlets(sizes: list[tuple[int, int]]) -> None:
    """CPU seconds of compare_outlets on k outlets of n articles each: 11 scores of rates rounded to 0.1
    (so tied), each outlet's and score's from its own seed; the pairwise p's counted by method."""
    import numpy as np

    names = list(SCORES)[:11]
    for k, n in sizes:
        columns = {(o, j): np.round(np.random.default_rng(100 * o + j).gamma(1 + 0.05 * o + 0.01 * j, 2.0, n), 1)
                   for o in range(k) for j in range(len(names))}
        records = [{"id": f"o{o}-{i}", "outlet": f"o{o}", "words": 500,
                    "scores": {s: float(columns[(o, j)][i]) for j, s in enumerate(names)}} for o in range(k) for i in range(n)]
        start = time.process_time()
        c = compare_outlets(records, names)
        spent = time.process_time() - start
        methods = [t.p_method for t in c.tests if t.test.endswith("(pairwise)")]
        print(f"{k} outlets x {n} articles, {len(names)} scores: {spent:.2f} s CPU; pairwise p: "
              + ", ".join(f"{m} {methods.count(m)}" for m in sorted(set(methods), key=str)))


def time_exact(sizes: list[int]) -> None:
    """CPU seconds of the exact p at each size, without its budget (a size past it can take hours)."""
    import numpy as np

    from framing.exact_rank_sum import exact_mann_whitney_p, exact_u_cells
    from framing.exact_signed_rank import exact_signed_rank_p

    rng = np.random.default_rng(0)
    for n in sizes:
        x, y = np.round(rng.gamma(1.0, 2.0, n), 1), np.round(rng.gamma(1.2, 2.0, n), 1)
        start = time.process_time()
        p = exact_mann_whitney_p(x, y, cells=10**15)
        print(f"Mann-Whitney {n} against {n}: {exact_u_cells(x, y):.1e} cells, {time.process_time() - start:.3f} s CPU, p {p:.5g}")
        d = np.round(rng.normal(0.1, 1, n), 1)
        start = time.process_time()
        p = exact_signed_rank_p(d, most=10**9)
        print(f"Wilcoxon signed-rank, {n} events: {time.process_time() - start:.3f} s CPU, p {p:.5g}")


if __name__ == "__main__":
    main()

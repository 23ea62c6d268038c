"""How right framing's detectors are, on real news annotated by others (issue 6).

Converts each dataset in ../shared/data (benchmarks/converters.py) into the gold format of
`framing evaluate spans`, runs framing on the texts, and prints one table against the targets;
`--errors N` adds N false positives and N misses per dataset in context, and the most frequent
wrong strings.  Results are recorded in benchmarks/ACCURACY.md.

    python benchmarks/accuracy.py                      # every dataset, reporting splits
    python benchmarks/accuracy.py --dataset polnear --split dev --errors 5
    python benchmarks/accuracy.py --limit 50 --json

PolNeAR: tune on train/dev, report test (the default).  CoNLL-2010: tune on train, report test.
BASIL and PTC have no split: `--half even` is the tuning half, `--half odd` the held-out one.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from accuracy_runs import RUNS, DatasetRun, Settings, run  # noqa: E402

from framing import Analyzer  # noqa: E402

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
REQUIRED = {"polnear": "polnear", "basil": "basil", "ptc": "ptc_semeval2020_t11", "conll2010": "conll2010_wikiweasel_sentences", "babe": "babe"}


def code_version() -> str:
    """The commit measured, and whether the detectors (framing/, lexicons/) had uncommitted edits."""
    repo = Path(__file__).resolve().parents[1]
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=repo, capture_output=True, text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "framing", "lexicons"], cwd=repo, capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown (not a git checkout)"
    return head + (" + uncommitted changes in framing/ or lexicons/" if dirty else "")


def _fmt(value: float | None) -> str:
    return "" if value is None else f"{value:.3f}"


def table(runs: list[DatasetRun]) -> str:
    header = ["dataset", "split", "docs", "measure", "P", "R", "value", "target", "n", "met"]
    rows = [header]
    for r in runs:
        for row in r.rows:
            met = {None: "", True: "yes", False: "NO"}[row.met]
            target = f">={row.target:.2f}" if row.target is not None else ""
            rows.append([r.name, r.split, str(r.documents), row.measure, _fmt(row.precision), _fmt(row.recall), _fmt(row.value), target, str(row.n), met])
    widths = [max(len(x[i]) for x in rows) for i in range(len(header))]
    numeric = {2, 4, 5, 6, 8}
    lines = ["  ".join(c.rjust(w) if i in numeric else c.ljust(w) for i, (c, w) in enumerate(zip(row, widths))).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def errors_text(runs: list[DatasetRun]) -> str:
    out: list[str] = []
    for r in runs:
        out.append(f"\n=== {r.name} ({r.split}): errors")
        if r.split == "test":
            out.append("(the test split is for reporting: look for fixes in --split dev or train errors)")
        for name, counts in r.errors.patterns.items():
            if counts:
                out.append(f"most frequent {name}: " + ", ".join(f"{t!r} x{n}" + (f" ({d} docs)" if d != n else "") for t, n, d in counts))
        for e in r.errors.examples:
            detail = f" ({e.detail})" if e.detail else ""
            out.append(f"- {e.kind} {e.label}{detail} [{e.document}]: {e.snippet}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dataset", action="append", choices=list(RUNS), help="dataset to measure (repeatable; default: all)")
    parser.add_argument("--split", help="split where the dataset has it (polnear: train/dev/test; conll2010: train/test, dev means train; babe: sg1/sg2); default: the reporting split")
    parser.add_argument("--half", choices=["even", "odd"], help="BASIL and PTC, which have no split: only the even or odd half (BASIL: triplets by position in sorted uuid order; PTC: article id parity). Tune on one half, report the other")
    parser.add_argument("--limit", type=int, help="only the first N documents of each dataset (quick runs)")
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="print N false positives and N misses per dataset, in context")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--data", type=Path, default=DATA, help=f"datasets folder (default: {DATA})")
    args = parser.parse_args(argv)

    names = args.dataset or list(RUNS)
    missing = [n for n in names if not (args.data / REQUIRED[n]).is_dir()]
    if missing:
        print(f"error: {args.data}: no {', '.join(REQUIRED[n] for n in missing)} folder; see ../shared/data/README.md", file=sys.stderr)
        return 1
    started = time.perf_counter()
    cfg = Settings(args.data, args.split, args.limit, args.errors, Analyzer(), args.half)
    runs = [run(n, cfg) for n in names]
    total = time.perf_counter() - started
    if args.json:
        print(json.dumps({
            "code": code_version(),
            "seconds": round(total, 2),
            "datasets": [{
                "dataset": r.name, "split": r.split, "documents": r.documents, "seconds": round(r.seconds, 2),
                "rows": [{"measure": x.measure, "precision": x.precision, "recall": x.recall, "value": x.value, "target": x.target, "n": x.n, "met": x.met} for x in r.rows],
                **({"errors": r.errors.to_dict()} if args.errors else {}),
            } for r in runs],
        }, indent=2))
        return 0
    print(table(runs))
    print("\n" + ", ".join(f"{r.name} {r.seconds:.1f} s" for r in runs) + f"; total {total:.1f} s; code: {code_version()}")
    if args.errors:
        print(errors_text(runs))
    return 0


if __name__ == "__main__":
    sys.exit(main())

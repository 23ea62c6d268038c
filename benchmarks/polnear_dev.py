"""Dev tool: attribution cue / source / content overlap F1 on PolNeAR (train or dev split only).

    /work/venv/bin/python benchmarks/polnear_dev.py [--split dev] [--errors N]

Reads ../shared/data/polnear/polnear_attributions.jsonl (see its PROVENANCE.md); one annotator per
article (the first file seen).  A predicted span counts as correct when it overlaps a gold span of
the same role; a gold span is found when a predicted span overlaps it.  "Direct" contents are those
whose text begins or ends with a quotation mark.  The formal evaluator (benchmarks/accuracy.py,
issue 6) reports the test split; this script never reads it.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import framing

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "polnear" / "polnear_attributions.jsonl"
QUOTE_CHARS = "\"“”‘’'"


def overlaps(a: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a[0] < e and s < a[1] for s, e in spans)


def score(pred: list[tuple[int, int]], gold: list[tuple[int, int]]) -> tuple[int, int, int, int]:
    tp_p = sum(1 for p in pred if overlaps(p, gold))
    tp_g = sum(1 for g in gold if overlaps(g, pred))
    return tp_p, len(pred), tp_g, len(gold)


def is_direct(text: str) -> bool:
    t = text.strip(" ,.")
    return bool(t) and (t[0] in QUOTE_CHARS or t[-1] in QUOTE_CHARS)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="dev", choices=["train", "dev"])
    ap.add_argument("--errors", type=int, default=0)
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    seen: set[str] = set()
    totals: dict[str, list[int]] = {k: [0, 0, 0, 0] for k in ("cue", "source", "content", "content_direct")}
    misses: list[str] = []
    false: list[str] = []
    n = 0
    elapsed = 0.0
    with DATA.open(encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d["compartment"] != args.split or d["filename"] in seen:
                continue
            seen.add(d["filename"])
            text = d["text"]
            t0 = time.perf_counter()
            analysis = framing.analyze(text)
            elapsed += time.perf_counter() - t0
            atts = [s for s in analysis.spans if s.type == "attribution"]
            gold: dict[str, list[tuple[int, int]]] = {k: [] for k in totals}
            for a in d["attributions"]:
                for role in ("cue", "source", "content"):
                    for frag in a.get(role, []):
                        gold[role].append((frag["start"], frag["end"]))
                        if role == "content" and is_direct(frag["text"]):
                            gold["content_direct"].append((frag["start"], frag["end"]))
            pred = {
                "cue": [(s.start, s.end) for s in atts],
                "source": [(s.source.start, s.source.end) for s in atts if s.source],
                "content": [(s.content.start, s.content.end) for s in atts if s.content],
            }
            pred["content_direct"] = [c for c in pred["content"] if is_direct(text[c[0] : c[1]])]
            for k in totals:
                for i, v in enumerate(score(pred[k], gold[k])):
                    totals[k][i] += v
            if args.errors:
                for g in gold["cue"]:
                    if not overlaps(g, pred["cue"]):
                        misses.append(f"MISS {text[g[0]:g[1]]!r}: ...{text[max(0, g[0] - 70):g[1] + 50]!r}")
                for p in pred["cue"]:
                    if not overlaps(p, gold["cue"]):
                        false.append(f"FALSE {text[p[0]:p[1]]!r}: ...{text[max(0, p[0] - 70):p[1] + 50]!r}")
            n += 1
            if args.limit and n >= args.limit:
                break
    print(f"PolNeAR {args.split}: {n} articles, {elapsed / max(n, 1) * 1000:.2f} ms/article (full analyze)")
    print(f"{'role':16} {'precision':>9} {'recall':>7} {'F1':>6}")
    for k, (tp_p, n_p, tp_g, n_g) in totals.items():
        p = tp_p / n_p if n_p else 0.0
        r = tp_g / n_g if n_g else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{k:16} {p:9.3f} {r:7.3f} {f1:6.3f}   (pred {n_p}, gold {n_g})")
    if args.errors:
        import random

        rng = random.Random(0)
        for line in rng.sample(misses, min(args.errors, len(misses))):
            print(line)
        for line in rng.sample(false, min(args.errors, len(false))):
            print(line)


if __name__ == "__main__":
    main()

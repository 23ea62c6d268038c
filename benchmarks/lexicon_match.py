"""Time `LexiconSet.match` on ~800-word articles with the packaged lexicons (the hot path).

    /work/venv/bin/python benchmarks/lexicon_match.py

Articles are built from BABE sentences (../shared/data/babe) when present, else from the seeds.
"""

from __future__ import annotations

import csv
import time
from pathlib import Path

from framing.lexicon import load
from framing.segment import word_tokens

REPO = Path(__file__).resolve().parents[1]
BABE = REPO.parent / "shared" / "data" / "babe" / "babe_sg2_final_labels.csv"


def articles(words: int = 800) -> list[str]:
    if BABE.exists():
        with BABE.open(encoding="utf-8") as f:
            sentences = [r["text"] for r in csv.DictReader(f)]
    else:
        sentences = [p.read_text(encoding="utf-8") for p in (REPO / "seeds").glob("*.txt")]
    out, cur, n = [], [], 0
    for s in sentences:
        cur.append(s)
        n += len(s.split())
        if n >= words:
            out.append(" ".join(cur))
            cur, n = [], 0
    return out


def main() -> None:
    lexset = load()
    texts = articles()
    tokenised = [word_tokens(t) for t in texts]
    words = sum(len(t) for t in tokenised)
    n_entries = sum(len(v) for v in lexset.entries.values())
    lexset.match(tokenised[0])
    best = best_cpu = float("inf")
    for _ in range(5):
        t0, c0 = time.perf_counter(), time.process_time()
        hits = sum(len(lexset.match(toks, ("loaded", "hedge", "booster"))) for toks in tokenised)
        best = min(best, time.perf_counter() - t0)
        best_cpu = min(best_cpu, time.process_time() - c0)
    per = best / len(texts) * 1000
    print(f"{len(texts)} articles, {words / len(texts):.0f} words each, {n_entries} entries, {hits} matches")
    print(f"LexiconSet.match: {per:.3f} ms per article wall clock (best of 5), {len(texts) / best:.0f} articles/s;"
          f" {best_cpu / len(texts) * 1000:.3f} ms CPU time per article")


if __name__ == "__main__":
    main()

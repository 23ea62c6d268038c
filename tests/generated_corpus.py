"""A small corpus made from the two seed articles, for the scale tests (parallel, resume, Dask,
export): enough articles that work is split into several chunks, each one different."""

from __future__ import annotations

import csv
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
WORDS = ["pathetic", "clearly", "perhaps", "brutal", "calm", "theatrics", "modest", "slammed"]


def make_corpus(folder: Path, n: int, *, bad_at: int | None = None) -> Path:
    """`n` .txt articles (variants of the seeds, each with its own added sentence) and a manifest;
    with `bad_at`, an empty file sorts in at that position, which ingest reports as an error."""
    folder.mkdir(parents=True, exist_ok=True)
    seeds = sorted(SEEDS.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in seeds]
    with (folder / "manifest.csv").open("w", encoding="utf-8", newline="") as f:
        rows = csv.writer(f)
        rows.writerow(["path", "outlet", "date"])
        for i in range(n):
            head, _, body = texts[i % len(texts)].partition("\n")
            word = WORDS[i % len(WORDS)]
            name = f"a{i:04d}.txt"
            sentence = f"Update {i}: officials said the talks were {word}, one senior source said."
            (folder / name).write_text(f"{head}\n\n{sentence}\n{body}", encoding="utf-8")
            rows.writerow([name, f"Outlet {i % 3}", f"2025-05-{1 + i % 28:02d}"])
    if bad_at is not None:
        (folder / f"a{bad_at:04d}-empty.txt").write_text("", encoding="utf-8")
    return folder

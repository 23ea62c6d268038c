"""Cost of the first two stages: reading articles (per format) and finding boilerplate.

Prints articles/s for `ingest.read_articles` over the generated corpus stored as a JSONL file, a
CSV file and a folder of .txt files with a manifest; the peak Python memory (tracemalloc) while
streaming the JSONL of N and of 2N articles (flat: rows are read one at a time); and the time
`clean.ignored_ranges` takes per article.

    python benchmarks/ingest_clean.py --articles 2000
"""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import articles, write_folder, write_jsonl  # noqa: E402

from framing.clean import ignored_ranges  # noqa: E402
from framing.ingest import read_articles  # noqa: E402
from framing.models import Article  # noqa: E402


def write_csv(n: int, path: Path) -> Path:
    rows = list(articles(n))
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def rate(path: Path) -> tuple[int, float]:
    started = time.perf_counter()
    count = sum(1 for item in read_articles([path]) if isinstance(item, Article))
    return count, count / (time.perf_counter() - started)


def peak_streaming(path: Path) -> int:
    tracemalloc.start()
    try:
        for _ in read_articles([path]):
            pass
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    n = parser.parse_args().articles
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        jsonl = write_jsonl(n, tmp_path / "corpus.jsonl")
        jsonl2 = write_jsonl(2 * n, tmp_path / "corpus2.jsonl")
        inputs = {"jsonl": jsonl, "csv": write_csv(n, tmp_path / "corpus.csv"), "txt folder + manifest": write_folder(n, tmp_path / "folder")}
        for name, path in inputs.items():
            count, per_second = rate(path)
            print(f"ingest {name:22s} {count} articles  {per_second:8.0f} articles/s")
        print(f"peak memory streaming JSONL: {peak_streaming(jsonl) / 1e6:.2f} MB for {n} articles, "
              f"{peak_streaming(jsonl2) / 1e6:.2f} MB for {2 * n}")
        texts = [a for a in read_articles([jsonl]) if isinstance(a, Article)]
        started = time.perf_counter()
        ranges = sum(len(ignored_ranges(a.text, a.title)) for a in texts)
        elapsed = time.perf_counter() - started
        print(f"clean: {elapsed / len(texts) * 1000:.3f} ms/article ({len(texts) / elapsed:.0f} articles/s), {ranges / len(texts):.1f} ignored ranges/article")


if __name__ == "__main__":
    main()

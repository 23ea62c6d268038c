"""CPU seconds to analyse one very long text (many articles pasted into one file), by size.

Why: a researcher's corpus may hold a text of megabytes (a scraped page of every article of a
month, a transcript dump).  `framing` reads every text whole, so work that grows with the square
of its length stalls a corpus run on one such text.  This script prints the CPU time of
`framing.analyze` on the first 0.5, 1, 2 and 4 MB of a text made of distinct PolNeAR articles
(or of generated articles where ../shared/data is absent): doubling the size should roughly
double the time.

    python benchmarks/long_text.py                       # 0.5 1 2 4 MB
    python benchmarks/long_text.py --sizes 1 2           # chosen sizes, in MB
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
POLNEAR = HERE.parent.parent / "shared" / "data" / "polnear" / "polnear_attributions.jsonl"
sys.path.insert(0, str(HERE))


def long_text(chars: int) -> str:
    """Distinct article texts joined by blank lines until `chars` characters, under a headline."""
    texts: list[str] = []
    total = 0
    if POLNEAR.exists():
        seen: set[str] = set()
        with POLNEAR.open(encoding="utf-8") as rows:
            for line in rows:
                text = json.loads(line).get("text")
                if text and text not in seen:
                    seen.add(text)
                    texts.append(text)
                    total += len(text) + 2
                    if total >= chars:
                        break
    if total < chars:
        from corpus import articles

        for article in articles(1_000_000):
            texts.append(article["text"])
            total += len(article["text"]) + 2
            if total >= chars:
                break
    return ("A very long text\n\n" + "\n\n".join(texts))[:chars]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[0.5, 1, 2, 4], help="sizes in MB")
    args = parser.parse_args()
    import framing

    text = long_text(int(max(args.sizes) * 1_000_000))
    framing.analyze("Warm up\n\nThe lexicons load here, he said.")
    for size in args.sizes:
        part = text[: int(size * 1_000_000)]
        start = time.process_time()
        analysis = framing.analyze(part)
        seconds = time.process_time() - start
        print(f"{size:5.2f} MB  {seconds:7.1f} CPU s  {len(analysis.spans):7,} spans", flush=True)


if __name__ == "__main__":
    main()

"""Write PTC (SemEval-2020 task 11, train split) as a word-level gold CSV for `framing lexicon evaluate`.

    /work/venv/bin/python benchmarks/lexicon_ptc_gold.py /tmp/ptc_sentences.csv
    framing lexicon evaluate --data /tmp/ptc_sentences.csv --words-col words --label-col label

One row per non-empty line of each article: `text`, `words` (the words inside Loaded_Language or
Name_Calling,Labeling spans on that line, `;`-separated) and `label` (1 when the line has such a
span).  PTC spans are whole phrases, so every word of a marked phrase is gold: recall is low by
construction.  The data stays in ../shared/data; the CSV is written where you say.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "ptc_semeval2020_t11" / "ptc_articles.jsonl"
TECHNIQUES = ("Loaded_Language", "Name_Calling,Labeling")
WORD = re.compile(r"\w+(?:[-'’]\w+)*")


def rows(path: Path = DATA):
    with path.open(encoding="utf-8") as f:
        for line in f:
            article = json.loads(line)
            if article["split"] != "train":
                continue
            text = article["text"]
            spans = [(s["start"], s["end"]) for s in article["spans"] if s["technique"] in TECHNIQUES]
            for m in re.finditer(r"[^\n]+", text):
                inside = [(max(a, m.start()), min(b, m.end())) for a, b in spans if a < m.end() and b > m.start()]
                words = sorted({w.lower() for a, b in inside for w in WORD.findall(text[a:b])})
                yield {"text": m.group(), "words": ";".join(words), "label": int(bool(inside))}


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit("usage: lexicon_ptc_gold.py OUT.csv")
    if not DATA.exists():
        sys.exit(f"{DATA}: not found (PTC lives in ../shared/data beside the repository)")
    with open(sys.argv[1], "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, ["text", "words", "label"])
        writer.writeheader()
        n = sum(writer.writerow(r) is not None for r in rows())
    print(f"wrote {n} lines to {sys.argv[1]}")


if __name__ == "__main__":
    main()

"""Recall and false alarms of the near-duplicate check (framing/near_duplicates.py, `--near-duplicates`)
on real news text: does it find partial copies, and does it leave alone other outlets' stories on
the same event?

Copies made from the ~1,000 distinct PolNeAR articles (2016 election news from seven outlets) of at
least 100 words, each seen by an index that holds every original (the copy comes after) and, for
the halves, by one that holds the copies (the original comes after, as when a brief ran first):
- the first half of the article's words (an article cut to half its length);
- the second half (the top cut);
- the article inside a rewrite: another article's first half, then the article, then a third
  article's second half (one wire story inside a longer piece; the copy is about twice as long).
Recall is the share of copies paired with their original.  Beside it, the Jaccard index of the pair
(what the threshold meant before) as counted, and how many of those were at the threshold.

False alarms: the distinct PolNeAR articles through one index in file order (same days, same
events, seven outlets), and the 300 BASIL articles (100 events, each told by Fox News, the New York
Times and the Huffington Post) likewise.  Every pair flagged is listed with its counted containment
(the share of the shorter text's distinct 5-grams in the other): a pair flagged below the
threshold by that count is a false alarm; one above it is a real copy (wire copy run twice).

    python benchmarks/near_duplicate_recall.py --threshold 0.7
"""

from __future__ import annotations

import argparse
import ast
import json
import random
import re
import sys
import time
from pathlib import Path

from framing.near_duplicates import MIN_WORDS, NearDuplicates

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def grams(text: str) -> set:
    words = re.findall(r"\w+", text.lower())
    return set(zip(*(words[i:] for i in range(5))))


def counted(a: str, b: str) -> tuple[float, float]:
    """(containment, Jaccard) of two texts' word 5-grams, counted."""
    x, y = grams(a), grams(b)
    shared = len(x & y)
    return shared / max(min(len(x), len(y)), 1), shared / max(len(x | y), 1)


def polnear() -> list[tuple[str, str]]:
    seen: dict[str, tuple[str, str]] = {}
    with open(DATA / "polnear" / "polnear_attributions.jsonl", encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            seen.setdefault(row["text"], (row["filename"], row["text"]))
    return list(seen.values())


def basil() -> list[tuple[str, str]]:
    articles = []
    with open(DATA / "basil" / "basil_articles.jsonl", encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            sentences = row["sentences"] if isinstance(row["sentences"], list) else ast.literal_eval(row["sentences"])
            text = " ".join(s["text"] for s in sentences)
            articles.append((f"{row['triplet_uuid'][:8]} {row['source']}", text))
    return articles


def recall(articles: list[tuple[str, str]], threshold: float, seed: int = 20261123) -> None:
    rng = random.Random(seed)
    long = [(name, text) for name, text in articles if len(text.split()) >= 100]
    kinds = {"first half": [], "second half": [], "inside a rewrite": []}
    for i, (name, text) in enumerate(long):
        words = text.split()
        half = len(words) // 2
        before, after = (long[j][1].split() for j in rng.sample([j for j in range(len(long)) if j != i], 2))
        kinds["first half"].append((i, " ".join(words[:half])))
        kinds["second half"].append((i, " ".join(words[half:])))
        kinds["inside a rewrite"].append((i, " ".join(before[:len(before) // 2] + words + after[len(after) // 2:])))
    print(f"recall on copies of {len(long)} PolNeAR articles of 100 words or more, threshold {threshold}:")
    for kind, copies in kinds.items():
        index = NearDuplicates(threshold)
        for i, (_, text) in enumerate(long):
            index.see(text, i)
        started = time.process_time()
        found = sum(index.see(copy, 10**6 + i)[0] == i for i, copy in copies)
        cpu = (time.process_time() - started) * 1e3 / len(copies)
        jaccards = [counted(long[i][1], copy)[1] for i, copy in copies]
        at = sum(j >= threshold for j in jaccards)
        line = (f"  {kind:<17} copy after the original: {found}/{len(copies)} found ({found / len(copies):.1%}); "
                f"counted Jaccard median {sorted(jaccards)[len(jaccards) // 2]:.2f}, {at} at the threshold")
        if kind != "inside a rewrite":
            index = NearDuplicates(threshold)
            for i, copy in copies:
                index.see(copy, i)
            before = sum(index.see(text, 10**6 + i)[0] == i for i, (_, text) in enumerate(long))
            line += f"; original after the copy: {before}/{len(copies)} ({before / len(copies):.1%})"
        print(line + f"; {cpu:.2f} CPU ms a look-up")


def false_alarms(name: str, articles: list[tuple[str, str]], threshold: float) -> None:
    index = NearDuplicates(threshold)
    compared = [(n, t) for n, t in articles if len(re.findall(r"\w+", t)) >= MIN_WORDS]
    flagged = []
    for i, (_, text) in enumerate(compared):
        where, similarity = index.see(text, i)
        if where is not None:
            flagged.append((compared[where][0], compared[i][0], similarity, *counted(compared[where][1], text)))
    wrong = [f for f in flagged if f[3] < threshold]
    print(f"{name}: {len(compared)} articles, {len(flagged)} flagged, {len(wrong)} of them false alarms "
          f"(counted containment under {threshold})")
    for first, later, estimated, containment, jaccard in flagged:
        print(f"    {later} ~ {first}: estimated {estimated:.2f}, counted containment {containment:.2f}, Jaccard {jaccard:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description="recall and false alarms of the near-duplicate check")
    parser.add_argument("--threshold", type=float, default=0.7)
    args = parser.parse_args()
    if not (DATA / "polnear").is_dir() or not (DATA / "basil").is_dir():
        sys.exit(f"needs PolNeAR and BASIL under {DATA}")
    articles = polnear()
    recall(articles, args.threshold)
    false_alarms("PolNeAR, same events across seven outlets", articles, args.threshold)
    false_alarms("BASIL, 100 events each told by three outlets", basil(), args.threshold)


if __name__ == "__main__":
    main()

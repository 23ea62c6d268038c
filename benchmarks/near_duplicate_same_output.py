"""Fingerprint of what the near-duplicate check reports, so a speed or memory change to
framing/near_duplicates.py can show it changed nothing.

A corpus is built from the generated articles (benchmarks/corpus.py, fixed seed) with near copies
planted among them: the first and the second half, the tail trimmed, another first paragraph, one
word changed, the article inside a longer rewrite, the article in capitals and with straight quotes
made curly (the same words), an exact copy; and texts that try the word splitting (accents, CJK,
apostrophes, underscores, digits, lone surrogates, NUL, text of punctuation only, under 25 words).
It runs through `Duplicates(near=NearDuplicates(threshold))` as `framing score --near-duplicates`
does, with the waiting keys merged every few hundred texts, and prints a SHA-256 of every article's
warnings (the pair named and the percentage), the summary's lines, and the count of pairs.  Run it
on the code before and after a change: equal digests mean the same reports.

    python benchmarks/near_duplicate_same_output.py                          # the current code
    PYTHONPATH=/tmp/old python benchmarks/near_duplicate_same_output.py      # a worktree of the old one
    python benchmarks/near_duplicate_same_output.py --show 20                # and the first 20 pairs

The corpus is written once to `--corpus` (default /tmp/framing-near-same/corpus.jsonl) and reused,
so it does not move when the lexicons the generator draws from change.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import articles as generated  # noqa: E402

from framing import near_duplicates  # noqa: E402
from framing.duplicate_texts import Duplicates  # noqa: E402
from framing.models import Article  # noqa: E402
from framing.near_duplicates import NearDuplicates  # noqa: E402

ODD_TEXTS = [
    "", "!!! ... ?", "Café’s “quoted” don't co-op", "naïve 東京 x_y 42\u00a0apples", "a\x00b", "ab\ud800cd",
    "İstanbul ΣΑΣ ΟΔΟΣ",
]


def planted(originals: list[str], rng: random.Random) -> list[str]:
    """Near copies of some of `originals` (and some exact ones), each in one of the ways a copy differs."""
    copies = []
    for i, text in enumerate(originals):
        if i % 3:
            continue
        words = text.split()
        other = originals[rng.randrange(len(originals))].split()
        kind = (i // 3) % 9
        if kind == 0:
            copies.append(" ".join(words[:len(words) // 2]))
        elif kind == 1:
            copies.append(" ".join(words[len(words) // 2:]))
        elif kind == 2:
            copies.append(" ".join(words[:int(len(words) * rng.uniform(0.6, 0.95))]))
        elif kind == 3:
            copies.append(" ".join(other[:rng.randint(20, 80)] + words[rng.randint(20, 80):]))
        elif kind == 4:
            at = rng.randrange(len(words))
            copies.append(" ".join(words[:at] + ["changed"] + words[at + 1:]))
        elif kind == 5:
            copies.append(" ".join(other[:len(other) // 2] + words + other[len(other) // 2:]))
        elif kind == 6:
            copies.append(text.upper().replace('"', "\u201d").replace("'", "\u2019"))
        elif kind == 7:
            copies.append(text)
        else:
            copies.append(" ".join(words[:len(words) // 3]))  # a third: found or not, as the estimate says
    return copies


def build_corpus(path: Path, n: int, seed: int = 20261123) -> None:
    rng = random.Random(seed)
    texts = [a["text"] for a in generated(n)]
    texts += planted(texts, rng)
    for _ in range(300):
        texts.append("".join(rng.choice("aZé東_9 ,.'’\u00a0\n\x00\U0001F600\u0130\u03a3") for _ in range(rng.randint(0, 400))))
    texts += ODD_TEXTS
    rng.shuffle(texts)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    with partial.open("w", encoding="utf-8") as out:
        for i, text in enumerate(texts):
            out.write(json.dumps({"id": f"t{i}", "text": text}) + "\n")
    partial.replace(path)


def main() -> None:
    parser = argparse.ArgumentParser(description="digest of the near-duplicate check's reports")
    parser.add_argument("--articles", type=int, default=2000, help="generated articles (copies are planted among them)")
    parser.add_argument("--corpus", type=Path, default=Path("/tmp/framing-near-same/corpus.jsonl"))
    parser.add_argument("--threshold", type=float, nargs="+", default=[0.7, 0.5])
    parser.add_argument("--show", type=int, default=0, help="print the first N pairs")
    args = parser.parse_args()
    if not args.corpus.exists():
        build_corpus(args.corpus, args.articles)
    texts = [json.loads(line)["text"] for line in args.corpus.open(encoding="utf-8")]
    near_duplicates.WAITING = 700  # merge the waiting keys every few dozen texts, so merging is tried too
    print(f"{len(texts):,} texts from {args.corpus} (framing from {Path(near_duplicates.__file__).parent})")
    for threshold in args.threshold:
        d = Duplicates(near=NearDuplicates(threshold))
        items = [Article(id=f"t{i}", text=t, source_path="corpus.jsonl", line=i + 1) for i, t in enumerate(texts)]
        report = [item.warnings for item in d.check(items)] + [d.lines(" (x)")]
        digest = hashlib.sha256(json.dumps(report).encode()).hexdigest()[:16]
        print(f"threshold {threshold}: {d.articles} exact, {d.near_articles} near duplicates; digest {digest}")
        for i, warnings in [(i, w) for i, w in enumerate(report[:-1]) if w][:args.show]:
            print(f"  line {i + 1}: {warnings}")


if __name__ == "__main__":
    main()

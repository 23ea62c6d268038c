"""Cost of the voice stages per article: sentence splitting, quote-mark pairing, and the whole
`quotes.analyse_voice` (quotes, attributions, speakers, anonymous sources), next to word
tokenisation as a yardstick, on the generated corpus of `benchmarks/corpus.py` (~850 words an
article).  Best of several rounds, to damp the noise of a shared machine.

    /work/venv/bin/python benchmarks/voice_speed.py --articles 300 --rounds 5
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import articles  # noqa: E402

from framing import quote_marks, quotes, segment  # noqa: E402
from framing.lexicon import load  # noqa: E402


def best_ms(fn, items, rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        for item in items:
            fn(*item)
        best = min(best, time.perf_counter() - started)
    return best / len(items) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description="per-article cost of the voice stages")
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    lexicons = load()
    texts = [a["text"] for a in articles(args.articles)]
    items = [(t, segment.word_tokens(t), segment.sentences(t)) for t in texts]
    words = sum(len(i[1]) for i in items) / len(items)
    rows = [
        ("segment.word_tokens (yardstick)", lambda t, tok, s: segment.word_tokens(t)),
        ("segment.sentences", lambda t, tok, s: segment.sentences(t)),
        ("quote_marks.scan", lambda t, tok, s: quote_marks.scan(t)),
        ("quotes.analyse_voice (all of voice)", lambda t, tok, s: quotes.analyse_voice(t, tok, s, (), lexicons)),
    ]
    print(f"{len(items)} articles, {words:.0f} words each on average, best of {args.rounds} rounds")
    print(f"{'stage':40} {'ms/article':>10}")
    for name, fn in rows:
        print(f"{name:40} {best_ms(fn, items, args.rounds):10.3f}")


if __name__ == "__main__":
    main()

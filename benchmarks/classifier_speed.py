"""Scoring speed with the sentence classifier on, on one core, on the throughput benchmark's corpus.

Measures in one process (no pool, no output writing): the whole per-article analysis without a
model and with the default model, and the classifier's own share (`sentence_probabilities` on
articles already analysed).  CPU seconds are reported beside wall seconds because the machine
may be shared.

    /work/venv/bin/python benchmarks/classifier_speed.py --articles 500
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # noqa: E402  (benchmarks/corpus.py: the generated news-like articles)

from framing.classify import load_model  # noqa: E402
from framing.models import Article  # noqa: E402
from framing.pipeline import Analyzer  # noqa: E402


def timed(fn):
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    return result, time.perf_counter() - wall, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--model", type=Path, default=None, help="model file (default: the shipped one)")
    args = parser.parse_args()
    os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core
    articles = [Article(id=str(i), text=a["text"], title=a.get("title")) for i, a in enumerate(corpus.articles(args.articles))]
    model, load_s, _ = timed(lambda: load_model(args.model))
    plain, with_model = Analyzer(), Analyzer(model=model)
    plain.analyze(articles[0]), with_model.analyze(articles[0])  # warm caches and lazy imports
    print(f"load average {os.getloadavg()[0]:.1f}; model {model.name} loaded in {load_s:.2f} s; {len(articles)} articles")
    # Results are dropped as they come (as `framing score` streams them): holding hundreds of
    # analyses alive would make the garbage collector, not the analysis, what is measured.
    sentences, w0, c0 = timed(lambda: sum(len(plain.analyze(a).sentences) for a in articles))
    _, w1, c1 = timed(lambda: sum(len(with_model.analyze(a).sentences) for a in articles))
    analyses = [plain.analyze(a) for a in articles]
    _, w2, c2 = timed(lambda: [model.sentence_probabilities(a.article.text, a.sentences, a) for a in analyses])
    n = len(articles)
    print(f"{'':<34} {'wall s':>7} {'cpu s':>7} {'articles/s (cpu)':>17} {'sentences/s (cpu)':>18}")
    for label, w, c in (("analysis, no model", w0, c0), ("analysis with the classifier", w1, c1), ("classifier alone", w2, c2)):
        print(f"{label:<34} {w:>7.2f} {c:>7.2f} {n / c:>17.0f} {sentences / c:>18.0f}")
    print(f"{sentences / n:.1f} sentences an article")


if __name__ == "__main__":
    main()

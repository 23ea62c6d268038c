"""Scoring speed with the sentence classifier on, on one core, on the throughput benchmark's corpus.

Measures in one process (no pool, no output writing): the whole per-article analysis without a
model and with the default model, the classifier's own share of the latter (CPU time summed over
its `sentence_probabilities` calls, starting with an empty word cache as `framing score` does),
and the classifier alone on articles already analysed (its word cache now warm).  CPU seconds are reported beside wall seconds because the machine
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


class TimedModel:
    """The model as the pipeline sees it, adding up the CPU time of its sentence_probabilities calls:
    the classifier's own share of a run, without subtracting two noisy whole-run timings."""

    def __init__(self, model) -> None:
        self.model, self.name, self.threshold, self.cpu = model, model.name, model.threshold, 0.0

    def sentence_probabilities(self, text, sentences, analysis):
        started = time.process_time()
        try:
            return self.model.sentence_probabilities(text, sentences, analysis)
        finally:
            self.cpu += time.process_time() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--model", type=Path, default=None, help="model file (default: the shipped one)")
    args = parser.parse_args()
    os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core
    articles = [Article(id=str(i), text=a["text"], title=a.get("title")) for i, a in enumerate(corpus.articles(args.articles))]
    model, load_s, load_cpu = timed(lambda: load_model(args.model))
    plain, with_model = Analyzer(), Analyzer(model=TimedModel(model))
    plain.analyze(articles[0])  # warm lazy imports (the model's word cache stays cold, as in a fresh run)
    print(f"load average {os.getloadavg()[0]:.1f}; model {model.name} ({getattr(model, 'char_weighting', 'sublinear_l2')}) loaded in "
          f"{load_cpu:.2f} CPU s; {len(articles)} articles")
    # Results are dropped as they come (as `framing score` streams them): holding hundreds of
    # analyses alive would make the garbage collector, not the analysis, what is measured.
    sentences, w0, c0 = timed(lambda: sum(len(plain.analyze(a).sentences) for a in articles))
    _, w1, c1 = timed(lambda: sum(len(with_model.analyze(a).sentences) for a in articles))
    inside = with_model.model.cpu
    analyses = [plain.analyze(a) for a in articles]
    _, w2, c2 = timed(lambda: [model.sentence_probabilities(a.article.text, a.sentences, a) for a in analyses])
    n = len(articles)
    print(f"{'':<46} {'wall s':>7} {'cpu s':>7} {'cpu ms/article':>15} {'articles/s (cpu)':>17}")
    rows = (("analysis, no model", w0, c0), ("analysis with the classifier", w1, c1),
            ("  of which the classifier (cold word cache)", None, inside),
            ("the classifier alone, again (warm cache)", w2, c2))
    for label, w, c in rows:
        print(f"{label:<46} {'' if w is None else f'{w:.2f}':>7} {c:>7.2f} {1000 * c / n:>15.3f} {n / c:>17.0f}")
    print(f"{sentences / n:.1f} sentences an article; the classifier adds {1000 * (c1 - c0) / n:.2f} CPU ms an article "
          f"to the analysis (difference of the first two rows)")

if __name__ == "__main__":
    main()

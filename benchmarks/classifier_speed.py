"""Scoring speed with the sentence classifier on, on one core, on the throughput benchmark's corpus.

Measures in one process (no pool, no output writing): the whole per-article analysis without a
model and with the default model, the classifier's own share of the latter (CPU time summed over
its `sentence_probabilities` calls, starting with an empty word cache as `framing score` does),
and the classifier alone on articles already analysed (its word cache now warm).  CPU seconds are reported beside wall seconds because the machine
may be shared.

    /work/venv/bin/python benchmarks/classifier_speed.py --articles 500

`--callgrind` instead counts the classifier's instructions per article with callgrind, which does
not depend on the machine's load: the articles are analysed first (outside callgrind) and pickled;
then three child processes under callgrind load the model and the analyses and score them zero,
one and two times, so the differences are what `sentence_probabilities` costs, first with an
empty word cache (as in `framing score`), then again with it warm.  Compare two trees by running
each with its own PYTHONPATH:

    /work/venv/bin/python benchmarks/classifier_speed.py --callgrind --articles 100

While other work changes the detectors, the analyses (and so the findings the classifier is given)
move between two runs: `--analyses FILE` pickles them to FILE the first time and reads them from
there afterwards, and `--model` fixes the model, so two trees score the very same input:

    python benchmarks/classifier_speed.py --callgrind --analyses /tmp/a100.pickle --model /tmp/m.framing-model
    PYTHONPATH=/tmp/old python benchmarks/classifier_speed.py --callgrind --analyses /tmp/a100.pickle --model /tmp/m.framing-model
"""

from __future__ import annotations

import argparse
import os
import pickle
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # noqa: E402  (benchmarks/corpus.py: the generated news-like articles)
from instructions import callgrind_count  # noqa: E402

import framing  # noqa: E402
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


# The callgrind child: load the model and the pickled analyses, score them `rounds` times, with the
# framing this script imported (`python -c` puts the working directory first on sys.path, so run
# from a checkout the child would otherwise score with that checkout's code, not PYTHONPATH's).
CHILD = """
import pickle
import sys
sys.path.insert(0, {tree!r})
from framing.classify import load_model
model = load_model({model!r})
with open({path!r}, "rb") as f:
    analyses = pickle.load(f)
for _ in range({rounds}):
    for a in analyses:
        model.sentence_probabilities(a.article.text, a.sentences, a)
"""


def callgrind_instructions(path: str, rounds: int, model: Path | None = None) -> int:
    """Instructions callgrind counts for a child that scores the pickled analyses `rounds` times."""
    tree = str(Path(framing.__file__).resolve().parents[1])
    return callgrind_count(CHILD.format(path=path, rounds=rounds, model=None if model is None else str(model), tree=tree))


def callgrind(articles: list[Article], model: Path | None = None, saved: Path | None = None) -> None:
    """Print the classifier's instructions per article, cold word cache then warm."""
    with tempfile.TemporaryDirectory() as tmp:
        path = str(saved) if saved is not None else f"{tmp}/analyses.pickle"
        if saved is not None and saved.exists():
            with saved.open("rb") as f:
                analyses = pickle.load(f)
        else:
            analyzer = Analyzer()
            analyses = [analyzer.analyze(a) for a in articles]
            with open(path, "wb") as f:
                pickle.dump(analyses, f)
        counts = [callgrind_instructions(path, rounds, model) for rounds in (0, 1, 2)]
    n = len(analyses)
    print(f"{n} articles, {sum(len(a.sentences) for a in analyses) / n:.1f} sentences an article; instructions: "
          + ", ".join(f"{c:,}" for c in counts) + " (scored 0, 1, 2 times)")
    print(f"classifier per article: {(counts[1] - counts[0]) / n / 1e6:.3f} M instructions with an empty word cache, "
          f"{(counts[2] - counts[1]) / n / 1e6:.3f} M warm")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--model", type=Path, default=None, help="model file (default: the shipped one)")
    parser.add_argument("--callgrind", action="store_true", help="count instructions with callgrind instead")
    parser.add_argument("--analyses", type=Path, default=None, help="with --callgrind: the analyses scored, pickled here if the file is absent, read from it if present")
    args = parser.parse_args()
    if args.callgrind:
        articles = [] if args.analyses is not None and args.analyses.exists() else corpus.articles(args.articles)
        callgrind([Article(id=str(i), text=a["text"], title=a.get("title")) for i, a in enumerate(articles)], args.model, args.analyses)
        return
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

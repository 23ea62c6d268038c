"""The sentence classifier's unrounded probabilities on a fixed corpus, to show a speed change changed none.

A speed change to the classifier must give the same probability for every sentence (exactly, or
within 1e-12).  This script analyses the articles of `benchmarks/same_output.py`'s check corpus
(generated articles and real news) and every BABE sentence, scores each sentence with the given
model through the public `SentenceClassifier.probabilities` (both variants, "full" and
"no_lexicon", unrounded) and through the pipeline's `sentence_probabilities` (what `framing score`
writes), and saves the arrays.  Run it on the old tree with `--out`, on the new with `--compare`:

    PYTHONPATH=/tmp/old python benchmarks/classifier_same_output.py --out /tmp/before.npz
    python benchmarks/classifier_same_output.py --compare /tmp/before.npz

It prints the largest difference per array and exits 1 if any exceeds `--tolerance` (1e-12).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

import numpy as np

from framing.classify import load_model
from framing.models import Article
from framing.pipeline import Analyzer

HERE = Path(__file__).resolve().parent
DATA = HERE.parent.parent / "shared" / "data"
CORPUS = Path("/tmp/framing-same-output/corpus.jsonl")


def article_rows(path: Path, limit: int | None) -> tuple[list[str], list[list], list[float]]:
    """Sentence texts and the findings inside each, over the corpus's articles, and what the
    pipeline's hook gives for them (rounded as `framing score` writes it)."""
    model, analyzer = load_model(), Analyzer()
    texts, spans, hook = [], [], []
    with path.open(encoding="utf-8") as f:
        for i, line in enumerate(f):
            if limit is not None and i >= limit:
                break
            row = json.loads(line)
            analysis = analyzer.analyze(Article(id=row["id"], text=row["text"], title=row.get("title")))
            text = analysis.article.text
            hook += model.sentence_probabilities(text, analysis.sentences, analysis)
            for s in analysis.sentences:
                texts.append(text[s.start : s.end])
                spans.append([sp for sp in analysis.spans if s.start <= sp.start < s.end])
    return texts, spans, hook


def babe_rows(data: Path) -> tuple[list[str], list[list]]:
    path = data / "babe" / "babe_sg2_final_labels.csv"
    if not path.is_file():
        return [], []
    analyzer = Analyzer()
    with path.open(encoding="utf-8", newline="") as f:
        texts = [r["text"] for r in csv.DictReader(f)]
    return texts, [analyzer.analyze(Article(id=str(i), text=t)).spans for i, t in enumerate(texts)]


def probabilities(corpus: Path, limit: int | None, data: Path) -> dict[str, np.ndarray]:
    model = load_model()
    out: dict[str, np.ndarray] = {}
    texts, spans, hook = article_rows(corpus, limit)
    out["corpus.hook"] = np.asarray(hook)
    babe_texts, babe_spans = babe_rows(data)
    for name, (t, s) in {"corpus": (texts, spans), "babe": (babe_texts, babe_spans)}.items():
        for variant in model.variants:
            out[f"{name}.{variant}"] = model.probabilities(t, s, variant)
            out[f"{name}.{variant}.no_spans"] = model.probabilities(t, None, variant)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="JSONL articles (default: same_output.py's corpus)")
    parser.add_argument("--data", type=Path, default=DATA, help="the shared datasets (for BABE's sentences)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--out", type=Path, help="save the probabilities here (.npz)")
    parser.add_argument("--compare", type=Path, help="compare with probabilities saved before")
    parser.add_argument("--tolerance", type=float, default=1e-12)
    args = parser.parse_args()
    if not args.corpus.is_file():
        raise SystemExit(f"{args.corpus}: no corpus; run benchmarks/same_output.py once to build it")
    now = probabilities(args.corpus, args.limit, args.data)
    if args.out:
        np.savez(args.out, **now)
    for name, values in now.items():
        print(f"{name}: {len(values)} sentences, mean {values.mean():.12f}")
    if args.compare:
        before = dict(np.load(args.compare))
        worst = 0.0
        for name in sorted(set(before) | set(now)):
            if name not in before or name not in now or before[name].shape != now[name].shape:
                print(f"{name}: missing or a different number of sentences")
                worst = float("inf")
                continue
            diff = float(np.max(np.abs(before[name] - now[name]), initial=0.0))
            worst = max(worst, diff)
            print(f"{name}: largest difference {diff:.3g}")
        print("same probabilities" if worst <= args.tolerance else f"DIFFERENT: {worst:.3g} > {args.tolerance:g}")
        sys.exit(0 if worst <= args.tolerance else 1)


if __name__ == "__main__":
    main()

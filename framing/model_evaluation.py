"""Measure a sentence classifier on labelled sentences, with the baselines beside it.

`metrics` is the one definition of every number `framing evaluate` prints; `evaluate` runs it for
the model and, on request, for (a) the lexicon-only rule (a sentence is biased when it holds a
loaded word in the outlet's own voice), (b) the classifier without lexicon features, (c) the full
model, so the value of each part is visible in one table.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np
from sklearn.metrics import roc_auc_score

from framing.classify import SentenceClassifier
from framing.labelled_data import LabelledData
from framing.lexicon import LexiconSet
from framing.sentence_features import has_author_loaded, sentence_records


@dataclass(slots=True, frozen=True)
class Metrics:
    """Positive-class precision, recall, F1; macro-F1 over both classes; ROC AUC; the confusion matrix."""

    precision: float
    recall: float
    f1: float
    macro_f1: float
    roc_auc: float | None  # None when only one class is present
    tn: int
    fp: int
    fn: int
    tp: int
    threshold: float

    def to_dict(self) -> dict[str, float | int | None]:
        return asdict(self)


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def metrics(labels: Sequence[int], scores: Sequence[float], threshold: float = 0.5) -> Metrics:
    """Metrics of scores against 0/1 labels; a score at or above the threshold predicts positive.

    AUC uses the scores themselves (ties count half), so a 0/1 rule gets the AUC of its one cut.
    """
    y = np.asarray(labels, dtype=int)
    s = np.asarray(scores, dtype=float)
    pred = s >= threshold
    tp = int(np.sum(pred & (y == 1)))
    fp = int(np.sum(pred & (y == 0)))
    fn = int(np.sum(~pred & (y == 1)))
    tn = int(np.sum(~pred & (y == 0)))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    neg_precision = tn / (tn + fn) if tn + fn else 0.0
    neg_recall = tn / (tn + fp) if tn + fp else 0.0
    f1 = _f1(precision, recall)
    macro = (f1 + _f1(neg_precision, neg_recall)) / 2
    auc = float(roc_auc_score(y, s)) if 0 < y.sum() < len(y) else None
    r4 = lambda x: round(x, 4)  # noqa: E731
    return Metrics(r4(precision), r4(recall), r4(f1), r4(macro), None if auc is None else r4(auc), tn, fp, fn, tp, threshold)


def f1_interval(labels: Sequence[int], scores: Sequence[float], threshold: float, *, resamples: int = 2000,
                level: float = 0.95, seed: int = 20080101) -> tuple[float, float]:
    """Percentile bootstrap interval of the positive-class F1, resampling sentences with replacement.

    F1 on a test set of a few hundred sentences, few of them positive, moves a lot with the sample:
    the interval says how much, so two models are not ranked on a difference the data cannot carry.
    Same data and seed, same interval.
    """
    y = np.asarray(labels, dtype=int)
    pred = np.asarray(scores, dtype=float) >= threshold
    tp_row, fp_row, fn_row = (pred & (y == 1)), (pred & (y == 0)), (~pred & (y == 1))
    rng = np.random.default_rng(seed)
    f1s = np.empty(resamples)
    chunk = max(1, 2_000_000 // max(1, y.size))
    for i in range(0, resamples, chunk):
        k = min(chunk, resamples - i)
        idx = rng.integers(0, y.size, size=(k, y.size))
        tp, fp, fn = tp_row[idx].sum(axis=1), fp_row[idx].sum(axis=1), fn_row[idx].sum(axis=1)
        denominator = 2 * tp + fp + fn
        f1s[i : i + k] = np.divide(2 * tp, denominator, out=np.zeros(k), where=denominator > 0)
    tail = (1 - level) / 2 * 100
    low, high = np.percentile(f1s, [tail, 100 - tail])
    return round(float(low), 4), round(float(high), 4)


@dataclass(slots=True)
class Evaluation:
    """The model's metrics (with a bootstrap interval of F1), optional baseline rows (name ->
    metrics), its most telling features, and each sentence's probability (for `--predictions`)."""

    model: str
    sentences: int
    positives: int
    metrics: Metrics
    baselines: dict[str, Metrics] = field(default_factory=dict)
    top_features: list[tuple[str, float]] = field(default_factory=list)
    f1_ci: tuple[float, float] | None = None
    probabilities: list[float] = field(default_factory=list)
    # Which sentences the model was trained on (None: a model that does not record them), and the
    # metrics over the others, the held-out measure (None when none or all were in training).
    in_training: list[bool] | None = None
    held_out: Metrics | None = None

    @property
    def trained_on(self) -> int | None:
        return None if self.in_training is None else sum(self.in_training)


BASELINE_NAMES = {
    "lexicon_only": "(a) lexicon only: an author-voice loaded word",
    "no_lexicon": "(b) classifier without lexicon features",
    "full": "(c) full model",
}


def evaluate(
    model: SentenceClassifier,
    texts: Sequence[str],
    labels: Sequence[int],
    *,
    baselines: bool = False,
    lexicons: LexiconSet | None = None,
    top: int = 15,
) -> Evaluation:
    """Score each text as one sentence and compare with its label."""
    records = sentence_records(texts, None, lexicons)
    probabilities = [float(p) for p in model.predict_records(records)]
    full = metrics(labels, probabilities, model.threshold)
    rows: dict[str, Metrics] = {}
    if baselines:
        rows["lexicon_only"] = metrics(labels, [float(has_author_loaded(r.spans)) for r in records], 0.5)
        no_lex = model.variants["no_lexicon"]
        rows["no_lexicon"] = metrics(labels, model.predict_records(records, "no_lexicon"), no_lex.threshold)
        rows["full"] = full
    seen = seen_in_training(model, texts)
    held_out = None
    if seen is not None and 0 < sum(seen) < len(seen):
        keep = [i for i, s in enumerate(seen) if not s]
        held_out = metrics([labels[i] for i in keep], [probabilities[i] for i in keep], model.threshold)
    return Evaluation(model.name, len(labels), int(sum(labels)), full, rows, model.top_features(top),
                      f1_interval(labels, probabilities, model.threshold) if len(labels) else None, probabilities,
                      seen, held_out)


def seen_in_training(model: SentenceClassifier, texts: Sequence[str]) -> list[bool] | None:
    """For each text, whether the model was trained on the same sentence (case and spacing
    ignored); None for a model whose file does not record its training sentences."""
    from framing.training import sentence_fingerprint

    trained = model.info.get("sentence_fingerprints")
    if not isinstance(trained, list):
        return None
    trained = set(trained)
    return [sentence_fingerprint(t) in trained for t in texts]


PREDICTION_COLUMNS = ["row", "line", "text", "label", "probability", "predicted", "correct", "in_training"]


def write_predictions(path: str | Path, labelled: LabelledData, evaluation: Evaluation, threshold: float) -> int:
    """Every sentence's probability and predicted class as CSV, for reading the errors one by one.

    `row` is the sentence's place among the rows kept (dropped rows, see the notes, are not
    counted); `line` the line of the labelled file it starts on (the header is line 1), to find
    it there or join it back; `label` and `predicted` are the class names as the labelled file writes them;
    `in_training` is 1 for a sentence the model was trained on (empty when the model does not
    record its training sentences).  Text
    that a spreadsheet would run as a formula is kept as text (export.guard_cell).
    """
    from framing.export import guard_cell

    names = {1: labelled.positive, 0: labelled.negative}
    with Path(path).open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(PREDICTION_COLUMNS)
        seen = evaluation.in_training or [None] * len(labelled.texts)
        lines = labelled.lines or [None] * len(labelled.texts)
        for i, (text, label, probability, trained, line) in enumerate(
                zip(labelled.texts, labelled.labels, evaluation.probabilities, seen, lines), 1):
            predicted = int(probability >= threshold)
            w.writerow([i, "" if line is None else line, guard_cell(text), guard_cell(names[label]), round(probability, 4), guard_cell(names[predicted]),
                        int(predicted == label), "" if trained is None else int(trained)])
    return len(labelled.texts)

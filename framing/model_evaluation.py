"""Measure a sentence classifier on labelled sentences, with the baselines beside it.

`metrics` is the one definition of every number `framing evaluate` prints; `evaluate` runs it for
the model and, on request, for (a) the lexicon-only rule (a sentence is biased when it holds a
loaded word in the outlet's own voice), (b) the classifier without lexicon features, (c) the full
model, so the value of each part is visible in one table.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field

import numpy as np
from sklearn.metrics import roc_auc_score

from framing.classify import SentenceClassifier
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


@dataclass(slots=True)
class Evaluation:
    """The model's metrics, optional baseline rows (name -> metrics) and its most telling features."""

    model: str
    sentences: int
    positives: int
    metrics: Metrics
    baselines: dict[str, Metrics] = field(default_factory=dict)
    top_features: list[tuple[str, float]] = field(default_factory=list)


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
    full = metrics(labels, model.predict_records(records), model.threshold)
    rows: dict[str, Metrics] = {}
    if baselines:
        rows["lexicon_only"] = metrics(labels, [float(has_author_loaded(r.spans)) for r in records], 0.5)
        no_lex = model.variants["no_lexicon"]
        rows["no_lexicon"] = metrics(labels, model.predict_records(records, "no_lexicon"), no_lex.threshold)
        rows["full"] = full
    return Evaluation(model.name, len(labels), int(sum(labels)), full, rows, model.top_features(top))

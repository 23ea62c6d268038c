"""Training the sentence classifier: a scikit-learn pipeline, fitted and compiled into a
`framing.classify.SentenceClassifier`.

Features: TF-IDF word 1-2-grams, TF-IDF character 2-5-grams (within words), lexicon findings by
lexicon/category/voice, and, where the training CSV says which words annotators marked,
marked-word rates; then logistic regression with sigmoid-calibrated probabilities
(`CalibratedClassifierCV`).  The decision threshold is the one that maximises the positive-class
F1 on out-of-fold probabilities (stratified k-fold, fixed seed): test data is never looked at.
A second model without the lexicon features is trained alongside, for the baseline table.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from datetime import date
from typing import Any

import numpy as np
from scipy import sparse
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedKFold
from sklearn.pipeline import FeatureUnion, Pipeline, make_pipeline
from sklearn.preprocessing import FunctionTransformer
from threadpoolctl import threadpool_limits

from framing.classify import BLOCKS, CHAR_WEIGHTINGS, SentenceClassifier, Variant
from framing.lexicon import LexiconSet
from framing.sentence_features import (
    MARKED_FEATURES,
    SentenceRecord,
    char_ngrams,
    lexicon_keys,
    lexicon_matrix,
    marked_matrix,
    marked_tokens,
    record_texts,
    sentence_records,
    word_ngrams,
)


class LexiconFeatures(TransformerMixin, BaseEstimator):
    """Counts of lexicon findings per sentence by type, voice, lexicon/category, as log(1 + count).

    Learns which feature names occur at least `min_count` times in the training sentences, so the
    columns stay fixed when the lexicons later grow.
    """

    def __init__(self, min_count: int = 3) -> None:
        self.min_count = min_count

    def fit(self, X: Sequence[SentenceRecord], y: object = None) -> LexiconFeatures:
        counts = Counter(k for r in X for s in r.spans for k in lexicon_keys(s))
        self.feature_names_ = sorted(k for k, n in counts.items() if n >= self.min_count)
        self.vocabulary_ = {k: i for i, k in enumerate(self.feature_names_)}
        return self

    def transform(self, X: Sequence[SentenceRecord]) -> sparse.csr_matrix:
        return sparse.csr_matrix(lexicon_matrix([r.spans for r in X], self.vocabulary_))

    def get_feature_names_out(self, input_features: object = None) -> np.ndarray:
        return np.asarray([f"lexicon={k}" for k in self.feature_names_], dtype=object)


class MarkedWordFeatures(TransformerMixin, BaseEstimator):
    """How bias-inducing a sentence's words were in the training data: for each word, the share of
    training sentences containing it where annotators marked it (smoothed), and per sentence the
    largest, second largest and summed rates of its words.

    Like scikit-learn's TargetEncoder, `fit_transform` computes the training rows' features
    out-of-fold (`cv` folds), so a sentence's own marks never feed its own features.
    """

    def __init__(self, smoothing: float = 2.0, cv: int = 5, random_state: int = 0) -> None:
        self.smoothing = smoothing
        self.cv = cv
        self.random_state = random_state

    def fit(self, X: Sequence[SentenceRecord], y: object = None) -> MarkedWordFeatures:
        self.rates_ = self._rates(X)
        return self

    def fit_transform(self, X: Sequence[SentenceRecord], y: object = None, **fit_params: object) -> np.ndarray:
        self.fit(X, y)
        out = np.zeros((len(X), len(MARKED_FEATURES)))
        labels = np.asarray(y) if y is not None else np.zeros(len(X), dtype=int)
        folds = StratifiedKFold(self.cv, shuffle=True, random_state=self.random_state)
        for fit_rows, out_rows in folds.split(np.zeros(len(X)), labels):
            rates = self._rates([X[i] for i in fit_rows])
            out[out_rows] = marked_matrix([X[i].text for i in out_rows], rates)
        return out

    def transform(self, X: Sequence[SentenceRecord]) -> np.ndarray:
        return marked_matrix([r.text for r in X], self.rates_)

    def get_feature_names_out(self, input_features: object = None) -> np.ndarray:
        return np.asarray([f"marked_word_rate={k}" for k in MARKED_FEATURES], dtype=object)

    def _rates(self, X: Sequence[SentenceRecord]) -> dict[str, float]:
        seen: Counter[str] = Counter()
        marked: Counter[str] = Counter()
        for r in X:
            words = set(marked_tokens(r.text))
            seen.update(words)
            marked.update(words & r.marked)
        return {w: marked[w] / (seen[w] + self.smoothing) for w in marked}


class WordSummedCharTfidf(TransformerMixin, BaseEstimator):
    """Character 2-5-grams within words, weighted so that scoring costs one look-up a word.

    Each word w of a sentence has a vector v_w (its n-gram counts x IDF); the sentence's features
    are sum(v_w) / sqrt(sum |v_w|^2).  A linear model's score of that is sum(v_w . weights) /
    sqrt(sum |v_w|^2): two numbers per distinct word, computed once and cached when scoring
    (framing.sentence_columns), where TfidfVectorizer's sublinear TF and L2 norm of the whole
    sentence need every n-gram of every sentence counted again.  (sum |v_w|^2 is the sentence's
    squared L2 norm when no n-gram occurs in two of its words.)
    """

    def __init__(self, min_df: int = 3, max_features: int | None = 40_000) -> None:
        self.min_df = min_df
        self.max_features = max_features

    def fit(self, X: Sequence[str], y: object = None) -> WordSummedCharTfidf:
        self.vectorizer_ = TfidfVectorizer(analyzer=char_ngrams, min_df=self.min_df, max_features=self.max_features, norm=None, dtype=np.float64).fit(X)
        self.idf_ = self.vectorizer_.idf_
        return self

    def transform(self, X: Sequence[str]) -> sparse.csr_matrix:
        summed = self.vectorizer_.transform(X)  # counts x IDF: the sum of the words' vectors
        words = sorted({w for text in X for w in text.lower().split()})
        by_word = self.vectorizer_.transform(words)
        squared = dict(zip(words, np.asarray(by_word.multiply(by_word).sum(axis=1)).ravel().tolist()))
        norms = np.sqrt([sum(squared[w] for w in text.lower().split()) for text in X])
        scale = np.divide(1.0, norms, out=np.zeros(len(X)), where=norms > 0)
        return sparse.csr_matrix(sparse.diags(scale) @ summed)

    def get_feature_names_out(self, input_features: object = None) -> np.ndarray:
        return self.vectorizer_.get_feature_names_out()


@dataclass(slots=True)
class TrainConfig:
    """The training choices; stored in the model file so a model says how it was made."""

    C: float = 1.0
    word_min_df: int = 2
    char_min_df: int = 3
    word_max_features: int = 20_000
    char_max_features: int = 40_000
    lexicon_features: bool = True
    char_weighting: str = "word_sum"  # or "sublinear_l2" (TfidfVectorizer's; slower to score)
    calibration_folds: int = 5
    threshold_folds: int = 10
    seed: int = 0


def build_pipeline(config: TrainConfig, lexicon: bool, marked: bool) -> Pipeline:
    """The scikit-learn pipeline that is fitted (then compiled into a SentenceClassifier)."""
    texts = FunctionTransformer(record_texts)
    parts = [
        ("word", make_pipeline(texts, TfidfVectorizer(analyzer=word_ngrams, min_df=config.word_min_df, max_features=config.word_max_features, sublinear_tf=True, dtype=np.float64))),
        ("char", make_pipeline(texts, char_featuriser(config))),
    ]
    if lexicon:
        parts.append(("lexicon", LexiconFeatures()))
    if marked:
        parts.append(("marked", MarkedWordFeatures(random_state=config.seed)))
    classifier = CalibratedClassifierCV(
        LogisticRegression(C=config.C, max_iter=5000), method="sigmoid", cv=config.calibration_folds, ensemble=False
    )
    return Pipeline([("features", FeatureUnion(parts)), ("classifier", classifier)])


def char_featuriser(config: TrainConfig) -> TransformerMixin:
    """The character n-gram block the config asks for (see WordSummedCharTfidf)."""
    if config.char_weighting == "word_sum":
        return WordSummedCharTfidf(config.char_min_df, config.char_max_features)
    if config.char_weighting == "sublinear_l2":
        return TfidfVectorizer(analyzer=char_ngrams, min_df=config.char_min_df, max_features=config.char_max_features, sublinear_tf=True, dtype=np.float64)
    raise TrainingError(f"unknown char_weighting {config.char_weighting!r}; use one of: {', '.join(CHAR_WEIGHTINGS)}")


def best_threshold(labels: np.ndarray, probabilities: np.ndarray) -> float:
    """The probability cut-off that maximises the positive-class F1 (ties: the higher cut-off)."""
    candidates = np.unique(np.round(probabilities, 4))
    scores = [f1_score(labels, probabilities >= t, zero_division=0) for t in candidates]
    best = max(range(len(candidates)), key=lambda i: (scores[i], candidates[i]))
    return float(candidates[best])


def out_of_fold(records: Sequence[SentenceRecord], labels: np.ndarray, config: TrainConfig, lexicon: bool, marked: bool) -> np.ndarray:
    """Out-of-fold probabilities from stratified k-fold CV (fixed seed) over the training data."""
    probs = np.zeros(len(records))
    folds = StratifiedKFold(config.threshold_folds, shuffle=True, random_state=config.seed)
    for fit_rows, out_rows in folds.split(np.zeros(len(labels)), labels):
        pipe = build_pipeline(config, lexicon, marked).fit([records[i] for i in fit_rows], labels[fit_rows])
        probs[out_rows] = pipe.predict_proba([records[i] for i in out_rows])[:, 1]
    return probs


def compile_variant(pipe: Pipeline, threshold: float, cv_f1: float) -> tuple[Variant, dict[str, Any]]:
    """Plain weights (and the fitted featurisers) of a fitted pipeline."""
    calibrated = pipe.named_steps["classifier"].calibrated_classifiers_[0]
    lr = calibrated.estimator
    sigmoid = calibrated.calibrators[0]
    coef = lr.coef_[0]
    union = pipe.named_steps["features"]
    blocks: dict[str, np.ndarray] = {}
    fitted: dict[str, Any] = {}
    pos = 0
    for name, transformer in union.transformer_list:
        fitted[name] = transformer[-1] if isinstance(transformer, Pipeline) else transformer
        width = len(fitted[name].get_feature_names_out())
        blocks[name] = coef[pos : pos + width].astype(np.float32)
        pos += width
    variant = Variant(blocks, float(lr.intercept_[0]), (float(sigmoid.a_), float(sigmoid.b_)), threshold, cv_f1)
    return variant, fitted


def train(
    texts: Sequence[str],
    labels: Sequence[int],
    marked: Sequence[frozenset[str]] | None = None,
    *,
    config: TrainConfig | None = None,
    lexicons: LexiconSet | None = None,
    name: str = "sentence-classifier",
    info: dict[str, Any] | None = None,
) -> SentenceClassifier:
    """Fit the classifier (and its no-lexicon ablation) on labelled sentences.

    `marked`, if given, lists per sentence the words annotators marked as bias-inducing; the model
    then learns marked-word rates.  Labels are 0/1 with 1 the positive ("biased") class.
    """
    # One BLAS thread: L-BFGS on these small problems runs ~10x slower when threads contend.
    with threadpool_limits(1):
        return _train(texts, labels, marked, config or TrainConfig(), lexicons, name, info)


MIN_PER_CLASS = 6


def sentence_fingerprint(text: str) -> str:
    """A 12-hex-digit hash of a sentence, case and spacing ignored ("The  plan" = "the plan")."""
    return hashlib.blake2b(" ".join(text.casefold().split()).encode("utf-8"), digest_size=6).hexdigest()


def sentence_fingerprints(texts: Sequence[str]) -> list[str]:
    """The fingerprints of the training sentences, kept in the model (13 bytes a sentence in its
    JSON) so `framing evaluate` can say how many test sentences the model was trained on: MBIC's
    1,700 sentences are all in BABE, and a model trained on one scored on the other looked better
    than it is, without a word."""
    return sorted({sentence_fingerprint(t) for t in texts})


class TrainingError(ValueError):
    """Labelled data a model cannot be trained on; the message says what is needed."""


def fold_counts(config: TrainConfig, y: np.ndarray) -> TrainConfig:
    """Fewer folds where a class is too small for the configured ones (each fold needs members
    of both classes, and calibration folds run inside the threshold folds' training part)."""
    smaller = int(min(y.sum(), len(y) - y.sum()))
    if smaller < MIN_PER_CLASS:
        raise TrainingError(
            f"needs at least {MIN_PER_CLASS} sentences of each class to train and cross-validate, "
            f"found {smaller} in the smaller class"
        )
    threshold_folds = min(config.threshold_folds, smaller)
    calibration_folds = min(config.calibration_folds, smaller * (threshold_folds - 1) // threshold_folds)
    return replace(config, threshold_folds=threshold_folds, calibration_folds=max(2, calibration_folds))


def _train(texts, labels, marked, config: TrainConfig, lexicons, name: str, info) -> SentenceClassifier:
    y = np.asarray(labels, dtype=int)
    config = fold_counts(config, y)
    use_marked = marked is not None and any(marked)
    records = sentence_records(texts, marked if use_marked else None, lexicons)
    variants: dict[str, Variant] = {}
    fitted: dict[str, Any] = {}
    plans = {"full": config.lexicon_features, "no_lexicon": False} if config.lexicon_features else {"full": False}
    for variant_name, lexicon in plans.items():
        oof = out_of_fold(records, y, config, lexicon, use_marked)
        threshold = best_threshold(y, oof)
        pipe = build_pipeline(config, lexicon, use_marked).fit(records, y)
        variant, parts = compile_variant(pipe, threshold, float(f1_score(y, oof >= threshold)))
        variants[variant_name] = variant
        if variant_name == "full":
            fitted = parts
    if "no_lexicon" not in variants:
        variants["no_lexicon"] = variants["full"]
    vocab = {b: list(fitted[b].get_feature_names_out()) for b in BLOCKS}
    vocab["lexicon"] = list(fitted["lexicon"].feature_names_) if "lexicon" in fitted else []
    rates = fitted["marked"].rates_ if "marked" in fitted else {}
    vocab["marked"] = sorted(rates)
    meta = {"trained": date.today().isoformat(), "sentences": len(y), "positives": int(y.sum()), "config": asdict(config),
            "sentence_fingerprints": sentence_fingerprints(texts)}
    meta.update(info or {})
    return SentenceClassifier(
        name=name,
        vocabularies=vocab,
        idf={b: fitted[b].idf_.astype(np.float32) for b in BLOCKS},
        marked_rates=np.asarray([rates[w] for w in vocab["marked"]], dtype=np.float32),
        variants=variants,
        info=meta,
        char_weighting=config.char_weighting,
    )

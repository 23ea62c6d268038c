"""The sentence-level loaded-language classifier as it scores: a compiled model, its files, and
the shipped default.

`framing.training` fits a scikit-learn pipeline (TF-IDF word 1-2-grams, TF-IDF character
2-5-grams within words, lexicon findings by lexicon/category/voice, marked-word rates; logistic
regression with sigmoid-calibrated probabilities) and *compiles* it into a `SentenceClassifier`:
plain vocabularies and arrays that score a whole article's sentences in a few vectorised NumPy
operations, and that `framing.model_io` saves as JSON + NPZ (never a pickle).  A freshly trained
model and the same model loaded from disk run the same code on the same numbers, so they give
identical probabilities.
"""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from framing import model_io
from framing.models import Analysis, Sentence, Span
from framing.sentence_features import (
    MARKED_FEATURES,
    SentenceRecord,
    lexicon_matrix,
    marked_matrix,
    word_char_ngrams,
    word_ngrams,
)

DEFAULT_MODEL_FILE = "babe.framing-model"
BLOCKS = ("word", "char")


@dataclass(slots=True)
class Variant:
    """One set of weights over the model's features: the full model, or an ablation of it."""

    coef: dict[str, np.ndarray]  # block name -> weights
    intercept: float
    calibration: tuple[float, float]  # sigmoid a, b: p = 1 / (1 + exp(a * decision + b))
    threshold: float
    cv_f1: float


@dataclass
class SentenceClassifier:
    """A compiled sentence classifier: scores sentences with plain vocabularies and arrays.

    `variants["full"]` is the model; `variants["no_lexicon"]` the same features without the
    lexicon counts, trained alongside it for the baseline table of `framing evaluate`.
    """

    name: str
    vocabularies: dict[str, list[str]]  # "word", "char", "lexicon", "marked": feature names in column order
    idf: dict[str, np.ndarray]  # "word", "char"
    marked_rates: np.ndarray  # rate per marked word, aligned with vocabularies["marked"]
    variants: dict[str, Variant]
    info: dict[str, Any] = field(default_factory=dict)  # training data, date, config, metrics

    def __post_init__(self) -> None:
        self._index = {b: {g: i for i, g in enumerate(self.vocabularies[b])} for b in BLOCKS}
        self._lexicon_index = {k: i for i, k in enumerate(self.vocabularies.get("lexicon", []))}
        self._rates = dict(zip(self.vocabularies.get("marked", []), self.marked_rates.tolist()))
        self._char_cache: dict[str, np.ndarray] = {}

    def __getstate__(self) -> dict[str, Any]:
        # Sent to worker processes (never written to disk): the lookup tables are rebuilt there.
        return {k: v for k, v in self.__dict__.items() if not k.startswith("_")}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self.__post_init__()

    @property
    def threshold(self) -> float:
        return self.variants["full"].threshold

    # -- scoring ---------------------------------------------------------------------------
    def sentence_probabilities(self, text: str, sentences: Sequence[Sentence], analysis: Analysis) -> list[float]:
        """The pipeline's hook: the probability that each sentence is biased, rounded to 4 places."""
        starts = [s.start for s in sentences]
        grouped: list[list[Span]] = [[] for _ in sentences]
        for span in analysis.spans:
            i = bisect.bisect_right(starts, span.start) - 1
            if i >= 0 and span.start < sentences[i].end:
                grouped[i].append(span)
        texts = [text[s.start : s.end] for s in sentences]
        return [round(float(p), 4) for p in self.probabilities(texts, grouped)]

    def probabilities(self, texts: Sequence[str], spans: Sequence[Sequence[Span]] | None = None, variant: str = "full") -> np.ndarray:
        """Calibrated probabilities of the positive class for a batch of sentences.

        `spans[i]` are the lexicon findings in sentence i; without them the lexicon features
        count nothing (use `predict_records(sentence_records(texts))` to have them found).
        """
        v = self.variants[variant]
        decision = np.full(len(texts), v.intercept)
        if not texts:
            return decision
        decision += self._tfidf_dot(self._word_columns(texts), "word", v.coef["word"], len(texts))
        decision += self._tfidf_dot(self._char_columns(texts), "char", v.coef["char"], len(texts))
        if "lexicon" in v.coef and spans is not None:
            decision += lexicon_matrix(spans, self._lexicon_index) @ v.coef["lexicon"].astype(np.float64)
        if "marked" in v.coef:
            decision += marked_matrix(texts, self._rates) @ v.coef["marked"].astype(np.float64)
        a, b = v.calibration
        return 1.0 / (1.0 + np.exp(a * decision + b))

    def predict_records(self, records: Sequence[SentenceRecord], variant: str = "full") -> np.ndarray:
        return self.probabilities([r.text for r in records], [r.spans for r in records], variant)

    def _word_columns(self, texts: Sequence[str]) -> tuple[list[int], list[int]]:
        """Vocabulary columns of every sentence's word n-grams, flat, with each sentence's count."""
        index = self._index["word"]
        flat: list[int] = []
        lengths = []
        for t in texts:
            before = len(flat)
            flat.extend(index[g] for g in word_ngrams(t) if g in index)
            lengths.append(len(flat) - before)
        return flat, lengths

    def _char_columns(self, texts: Sequence[str]) -> tuple[array, list[int]]:
        """The same for character n-grams, through a per-word cache (words repeat a lot)."""
        cache = self._char_cache
        if len(cache) > 200_000:
            cache.clear()
        index = self._index["char"]
        flat = array("q")
        lengths = []
        for t in texts:
            before = len(flat)
            for word in t.lower().split():
                cols = cache.get(word)
                if cols is None:
                    cols = cache[word] = array("q", [index[g] for g in word_char_ngrams(word) if g in index])
                flat.extend(cols)
            lengths.append(len(flat) - before)
        return flat, lengths

    def _tfidf_dot(self, columns: tuple[Sequence[int], list[int]], block: str, coef: np.ndarray, n: int) -> np.ndarray:
        """Rows of sublinear-TF x IDF, L2-normalised (as TfidfVectorizer makes them), dotted with coef."""
        flat, lengths = columns
        if not len(flat):
            return np.zeros(n)
        cols = np.frombuffer(flat, dtype=np.int64) if isinstance(flat, array) else np.asarray(flat, dtype=np.int64)
        rows = np.repeat(np.arange(n, dtype=np.int64), lengths)
        width = len(self.vocabularies[block])
        keys, counts = np.unique(rows * width + cols, return_counts=True)
        r, c = keys // width, keys % width
        values = (1.0 + np.log(counts)) * self.idf[block][c].astype(np.float64)
        norms = np.sqrt(np.bincount(r, values * values, minlength=n))
        dots = np.bincount(r, values * coef[c].astype(np.float64), minlength=n)
        return np.divide(dots, norms, out=np.zeros(n), where=norms > 0)

    # -- explanation ---------------------------------------------------------------------------
    def top_features(self, n: int = 15, variant: str = "full") -> list[tuple[str, float]]:
        """The n features pushing hardest towards the positive class, then towards the negative."""
        names, weights = [], []
        for block, coef in self.variants[variant].coef.items():
            block_names = MARKED_FEATURES if block == "marked" else self.vocabularies[block]
            names.extend(f"{block}:{g}" for g in block_names)
            weights.append(coef)
        w = np.concatenate(weights)
        order = np.argsort(w)
        picked = list(order[::-1][:n]) + list(order[:n])
        return [(names[i], round(float(w[i]), 4)) for i in picked]


# -- persistence and the default model ---------------------------------------------------------
def save_model(model: SentenceClassifier, path: str | Path) -> Path:
    """Write the model as one file of plain data (see framing.model_io)."""
    meta = {
        "name": model.name,
        "info": model.info,
        "vocabularies": model.vocabularies,
        "variants": {k: {"intercept": v.intercept, "calibration": list(v.calibration), "threshold": v.threshold, "cv_f1": v.cv_f1, "blocks": list(v.coef)} for k, v in model.variants.items()},
    }
    arrays = {f"idf.{b}": a for b, a in model.idf.items()}
    arrays["marked_rates"] = model.marked_rates
    for k, v in model.variants.items():
        arrays.update({f"coef.{k}.{b}": c for b, c in v.coef.items()})
    return model_io.save(path, meta, arrays)


def read_model(path: str | Path) -> SentenceClassifier:
    """Load a model file `framing train` wrote; raises model_io.ModelFormatError if it is not one."""
    meta, arrays = model_io.load(path)
    try:
        variants = {
            k: Variant({b: arrays[f"coef.{k}.{b}"] for b in v["blocks"]}, float(v["intercept"]), tuple(v["calibration"]), float(v["threshold"]), float(v["cv_f1"]))
            for k, v in meta["variants"].items()
        }
        return SentenceClassifier(
            name=str(meta["name"]),
            vocabularies={k: list(v) for k, v in meta["vocabularies"].items()},
            idf={b: arrays[f"idf.{b}"] for b in BLOCKS},
            marked_rates=arrays["marked_rates"],
            variants=variants,
            info=dict(meta.get("info", {})),
        )
    except (KeyError, TypeError, ValueError) as e:
        raise model_io.ModelFormatError(f"{path}: the model file is incomplete ({e}); retrain it with `framing train`") from None


def default_model_path() -> Path:
    """The shipped default model (trained on BABE; see framing/model_data/MODEL_CARD.md)."""
    return Path(str(resources.files("framing").joinpath("model_data", DEFAULT_MODEL_FILE)))


_DEFAULT: SentenceClassifier | None = None


def load_model(path: str | Path | None = None) -> SentenceClassifier:
    """The model at `path`, or the shipped default when `path` is None (loaded once per process)."""
    global _DEFAULT
    if path is not None:
        return read_model(path)
    if _DEFAULT is None:
        _DEFAULT = read_model(default_model_path())
    return _DEFAULT

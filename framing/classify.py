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
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from framing import model_io
from framing.models import Analysis, Sentence, Span
from framing.sentence_columns import SentenceColumns, marked_features
from framing.sentence_features import MARKED_FEATURES, SentenceRecord, lexicon_matrix

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
        self._lexicon_index = {k: i for i, k in enumerate(self.vocabularies.get("lexicon", []))}
        self._columns = SentenceColumns(self.vocabularies["word"], self.vocabularies["char"], self.vocabularies.get("marked", []))
        self._rates = self.marked_rates.astype(np.float64).tolist()
        # Word and character columns side by side (as SentenceColumns numbers them), in float64.
        self._idf = np.concatenate([self.idf[b] for b in BLOCKS]).astype(np.float64)
        self._coef = {k: np.concatenate([v.coef[b] for b in BLOCKS]).astype(np.float64) for k, v in self.variants.items()}

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
        lowered = [text[s.start : s.end].lower() for s in sentences]
        return [round(p, 4) for p in self._probabilities(lowered, grouped, "full").tolist()]

    def probabilities(self, texts: Sequence[str], spans: Sequence[Sequence[Span]] | None = None, variant: str = "full") -> np.ndarray:
        """Calibrated probabilities of the positive class for a batch of sentences.

        `spans[i]` are the lexicon findings in sentence i; without them the lexicon features
        count nothing (use `predict_records(sentence_records(texts))` to have them found).
        """
        return self._probabilities([t.lower() for t in texts], spans, variant)

    def predict_records(self, records: Sequence[SentenceRecord], variant: str = "full") -> np.ndarray:
        return self.probabilities([r.text for r in records], [r.spans for r in records], variant)

    def _probabilities(self, lowered: Sequence[str], spans: Sequence[Sequence[Span]] | None, variant: str) -> np.ndarray:
        v = self.variants[variant]
        n = len(lowered)
        decision = np.full(n, v.intercept)
        if not n:
            return decision
        keys, counts, marked = self._columns.columns(lowered)
        for part in self._tfidf_dots(keys, counts, self._coef[variant], n):
            decision += part
        if "lexicon" in v.coef and spans is not None:
            decision += lexicon_matrix(spans, self._lexicon_index) @ v.coef["lexicon"].astype(np.float64)
        if "marked" in v.coef:
            decision += marked_features(marked, self._rates) @ v.coef["marked"].astype(np.float64)
        a, b = v.calibration
        return 1.0 / (1.0 + np.exp(a * decision + b))

    def _tfidf_dots(self, keys: np.ndarray, counts: np.ndarray, coef: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
        """Per sentence, the word block's and the character block's rows of sublinear-TF x IDF,
        each L2-normalised (as TfidfVectorizer makes them), dotted with their weights.

        `keys` (sorted) are row << shift | column, so each (row, block) is summed in column order."""
        shift = self._columns.shift
        rows, cols = keys >> shift, keys & ((1 << shift) - 1)
        values = self._idf[cols]  # x (1 + log count), which is 1 for the n-grams seen once
        repeated = np.flatnonzero(counts > 1)
        values[repeated] *= 1.0 + np.log(counts[repeated])
        bins = 2 * rows + (cols >= self._columns.word_width)
        norms = np.sqrt(np.bincount(bins, values * values, minlength=2 * n))
        dots = np.bincount(bins, values * coef[cols], minlength=2 * n)
        parts = np.divide(dots, norms, out=np.zeros(2 * n), where=norms > 0)
        return parts[0::2], parts[1::2]

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

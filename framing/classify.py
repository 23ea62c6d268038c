"""The sentence-level loaded-language classifier as it scores: a compiled model, its files, and
the shipped default.

`framing.training` fits a scikit-learn pipeline (TF-IDF word 1-2-grams, character 2-5-grams
within words weighted per word, lexicon findings by lexicon/category/voice, marked-word rates;
logistic regression with sigmoid-calibrated probabilities) and *compiles* it into a
`SentenceClassifier`: plain vocabularies and arrays that score a whole article's sentences at once
through a per-word cache (`framing.sentence_columns`), and that `framing.model_io` saves as JSON +
NPZ (never a pickle).  A freshly trained
model and the same model loaded from disk run the same code on the same numbers, so they give
identical probabilities.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from itertools import compress
from pathlib import Path
from typing import Any

import numpy as np

from framing import model_io
from framing.models import Analysis, Sentence, Span
from framing.sentence_columns import LexiconColumns, SentenceColumns, marked_features
from framing.sentence_features import MARKED_FEATURES, SentenceRecord

DEFAULT_MODEL_FILE = "babe.framing-model"
BLOCKS = ("word", "char")
CHAR_WEIGHTINGS = ("word_sum", "sublinear_l2")


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
    # How the character block is weighted (see framing.training.CHAR_WEIGHTINGS): "word_sum"
    # (the default since format 2), or "sublinear_l2" (models of format 1).
    char_weighting: str = "sublinear_l2"

    def __post_init__(self) -> None:
        if self.char_weighting not in CHAR_WEIGHTINGS:
            raise ValueError(f"unknown character weighting {self.char_weighting!r} (known: {', '.join(CHAR_WEIGHTINGS)})")
        self._lexicon = LexiconColumns(self.vocabularies.get("lexicon", []))
        self._variant_order = list(self.variants)
        self._variant_index = {k: (i,) for i, k in enumerate(self._variant_order)}  # what SentenceColumns.columns sums
        char_weights = None
        if self.char_weighting == "word_sum":
            char_weights = (self.idf["char"], [self.variants[k].coef["char"] for k in self._variant_order])
        # Marked words numbered by rank, largest rate first (what marked_features needs).
        rank = np.argsort(-self.marked_rates.astype(np.float64), kind="stable")
        marked = self.vocabularies.get("marked", [])
        self._columns = SentenceColumns(self.vocabularies["word"], self.vocabularies["char"], [marked[i] for i in rank], char_weights)
        self._rates = self.marked_rates.astype(np.float64)[rank]
        # Word and character columns side by side (as SentenceColumns numbers them), widened once
        # from the stored float32 (exactly) so a look-up needs no conversion; with the word-summed
        # weighting the character columns are never looked up, so only the word block is kept.
        blocks = ("word",) if self.char_weighting == "word_sum" else BLOCKS
        self._idf = np.concatenate([self.idf[b] for b in blocks]).astype(np.float64)
        self._coef = {k: np.concatenate([v.coef[b] for b in blocks]).astype(np.float64) for k, v in self.variants.items()}
        self._small_coef = {k: {b: c.astype(np.float64) for b, c in v.coef.items() if b in ("lexicon", "marked")} for k, v in self.variants.items()}

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
        if not sentences:
            return []
        spans = analysis.spans
        # (list comprehensions read the attributes through the interpreter's specialised
        # attribute look-up, about half what attrgetter's generic one costs)
        span_starts = np.array([s.start for s in spans], dtype=np.int64)
        row = np.array([s.start for s in sentences], dtype=np.int64).searchsorted(span_starts, side="right") - 1
        inside = (row >= 0) & (span_starts < np.array([s.end for s in sentences], dtype=np.int64)[np.maximum(row, 0)])
        found = (row[inside], list(compress(spans, inside.tolist())))  # the findings inside a sentence
        lowered = [text[s.start : s.end].lower() for s in sentences]
        return rounded(self._probabilities(lowered, found, "full"), 4)

    def probabilities(self, texts: Sequence[str], spans: Sequence[Sequence[Span]] | None = None, variant: str = "full") -> np.ndarray:
        """Calibrated probabilities of the positive class for a batch of sentences.

        `spans[i]` are the lexicon findings in sentence i; without them the lexicon features
        count nothing (use `predict_records(sentence_records(texts))` to have them found).
        """
        found = None
        if spans is not None:
            found = (np.repeat(np.arange(len(spans)), [len(g) for g in spans]), [s for group in spans for s in group])
        return self._probabilities([t.lower() for t in texts], found, variant)

    def predict_records(self, records: Sequence[SentenceRecord], variant: str = "full") -> np.ndarray:
        return self.probabilities([r.text for r in records], [r.spans for r in records], variant)

    def _probabilities(self, lowered: Sequence[str], found: tuple[np.ndarray, list[Span]] | None, variant: str) -> np.ndarray:
        """`found`: the lexicon findings, each with the index of the sentence it is in."""
        v = self.variants[variant]
        n = len(lowered)
        decision = np.full(n, v.intercept)
        if not n:
            return decision
        occurrences = self._columns.columns(lowered, self._variant_index[variant])
        coef = self._coef[variant]
        if occurrences.char_sums is not None:  # word-summed: sum over words of v.w / sqrt(sum of |v|^2)
            decision += self._tfidf_dots(occurrences.keys, occurrences.counts, coef, n, blocks=1)
            sums = occurrences.char_sums
            norms = np.sqrt(sums[:, 0])
            decision += np.divide(sums[:, 1], norms, out=np.zeros(n), where=norms > 0)
        else:
            parts = self._tfidf_dots(occurrences.keys, occurrences.counts, coef, n, blocks=2)
            decision += parts[:, 0]  # word, then character: the order the sums were always made in
            decision += parts[:, 1]
        small = self._small_coef[variant]
        if "lexicon" in small and found is not None and len(found[0]):  # no findings add nothing
            decision += self._lexicon.dots(*found, n, small["lexicon"])
        if "marked" in small and len(occurrences.marked[0]):
            features, weights = marked_features(occurrences.marked, self._rates, n), small["marked"]
            # Three products summed by hand: a (sentences x 3) matrix product calls BLAS, whose
            # thread start-up costs more than the sums.
            decision += features[:, 0] * weights[0] + features[:, 1] * weights[1] + features[:, 2] * weights[2]
        a, b = v.calibration
        return 1.0 / (1.0 + np.exp(a * decision + b))

    def _tfidf_dots(self, keys: np.ndarray, counts: np.ndarray, coef: np.ndarray, n: int, blocks: int) -> np.ndarray:
        """Per sentence, the n-gram blocks' rows of sublinear-TF x IDF, each L2-normalised (as
        TfidfVectorizer makes them), dotted with their weights: one column per block (word, then
        character when `blocks` is 2).

        `keys` (sorted) are row << shift | column, so each (row, block) is summed in column order."""
        shift = self._columns.shift
        rows, cols = keys >> shift, keys & ((1 << shift) - 1)
        values = self._idf.take(cols)  # x (1 + log count), which is 1 for the n-grams seen once
        repeated = (counts > 1).nonzero()[0]
        values[repeated] *= 1.0 + np.log(counts[repeated])
        bins = rows if blocks == 1 else 2 * rows + (cols >= self._columns.word_width)
        norms = np.sqrt(np.bincount(bins, values * values, minlength=blocks * n))
        dots = np.bincount(bins, values * coef.take(cols), minlength=blocks * n)
        parts = np.divide(dots, norms, out=np.zeros(blocks * n), where=norms > 0)
        return parts if blocks == 1 else parts.reshape(n, blocks)

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


def rounded(values: np.ndarray, digits: int) -> list[float]:
    """`[round(v, digits) for v in values]`, exactly, for values between -1e6 and 1e6, in a few
    array operations: x * 10**digits is off the exact product by far less than 1e-6, so rounding
    it to an integer k picks the same k as Python's correctly rounded `round` unless the product
    lies within 1e-6 of a half (those few are left to `round`), and k / 10**digits (one correctly
    rounded division) is the float nearest the decimal k / 10**digits, as `round` returns."""
    scale = 10.0**digits
    scaled = values * scale
    out = (np.rint(scaled) / scale).tolist()
    for i in (np.abs(scaled - np.floor(scaled) - 0.5) < 1e-6).nonzero()[0].tolist():
        out[i] = round(float(values[i]), digits)
    return out


# -- persistence and the default model ---------------------------------------------------------
def save_model(model: SentenceClassifier, path: str | Path) -> Path:
    """Write the model as one file of plain data (see framing.model_io)."""
    meta = {
        "name": model.name,
        "char_weighting": model.char_weighting,
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
            char_weighting=str(meta.get("char_weighting", "sublinear_l2")),  # format 1 had only this one
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

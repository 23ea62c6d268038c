"""Compare predicted spans with gold spans, per span type.

Why: a framing score is only worth what its detectors get right, and users who annotate their own
articles need to know how right `framing` is on *their* news.  This module measures it with the
usual span-evaluation conventions, so figures can be compared with published ones:

- **exact**: a predicted span counts only if a gold span of the same type has the same start and
  end (one-to-one: two identical predictions for one gold span count once).
- **overlap**: a predicted span counts if it shares at least one character with a gold span of the
  same type (precision = predictions that overlap some gold span / predictions); a gold span is
  found if some prediction overlaps it (recall = gold spans overlapped / gold spans).
- **chars**: character-level credit: precision = characters of predictions that lie in gold spans
  / characters predicted; recall = gold characters covered / gold characters.

On the *matched* spans (each gold span paired with the overlapping prediction that shares most
characters with it) we also count how often `voice`, `speaker` and `verb` agree, where the gold
span gives them.  Only types present in the gold data are scored: a type the gold never annotates
has no gold to be wrong against.

The files are JSON Lines, one document a line (see docs/evaluate-spans.md):
`{"id" or "path", "text", "spans": [{"start", "end", "type", "voice"?, "speaker"?, "verb"?}]}`.
Predictions may also be `framing score` output, where each attribution span (the cue) also yields
`cue`, `source` and `content` spans from its ranges, so gold attribution data can use those types.
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from framing.span_documents import (
    LabelledSpan,
    SpanDocument,
    SpanFileError,
    document_from_dict,
    documents_from_records,
    read_span_file,
)
from framing.speaker_agreement import normalise_name, speakers_agree

__all__ = [
    "Agreement", "LabelledSpan", "Score", "SpanDocument", "SpanError", "SpanEvaluation", "SpanFileError", "TypeResult",
    "document_from_dict", "documents_from_records", "evaluate_span_files", "evaluate_spans", "read_span_file",
]

ERROR_KINDS = ("false_positive", "miss", "voice", "speaker", "verb")


# --------------------------------------------------------------------------- results


@dataclass(slots=True)
class Score:
    """Precision, recall and F1 from matched counts (0 where a denominator is 0, as scikit-learn's
    zero_division=0); for `chars` the counts are characters."""

    matched_pred: int = 0
    pred: int = 0
    matched_gold: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.matched_pred / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.matched_gold / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.matched_pred += other.matched_pred
        self.pred += other.pred
        self.matched_gold += other.matched_gold
        self.gold += other.gold

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "precision": self.precision, "recall": self.recall, "f1": self.f1}


@dataclass(slots=True)
class Agreement:
    """How often an attribute agrees on matched spans; `accuracy` is None when nothing was compared."""

    agree: int = 0
    total: int = 0

    @property
    def accuracy(self) -> float | None:
        return self.agree / self.total if self.total else None

    def add(self, other: Agreement) -> None:
        self.agree += other.agree
        self.total += other.total

    def to_dict(self) -> dict[str, Any]:
        return {"agree": self.agree, "total": self.total, "accuracy": self.accuracy}


@dataclass(slots=True)
class TypeResult:
    """Every measure for one span type."""

    type: str
    exact: Score = field(default_factory=Score)
    overlap: Score = field(default_factory=Score)
    chars: Score = field(default_factory=Score)
    voice: Agreement = field(default_factory=Agreement)
    speaker: Agreement = field(default_factory=Agreement)
    verb: Agreement = field(default_factory=Agreement)

    @property
    def gold(self) -> int:
        return self.overlap.gold

    @property
    def pred(self) -> int:
        return self.overlap.pred

    def add(self, other: TypeResult) -> None:
        for name in ("exact", "overlap", "chars", "voice", "speaker", "verb"):
            getattr(self, name).add(getattr(other, name))

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type, "gold": self.gold, "pred": self.pred,
            **{name: getattr(self, name).to_dict() for name in ("exact", "overlap", "chars", "voice", "speaker", "verb")},
        }


@dataclass(slots=True, frozen=True)
class SpanError:
    """One error for error analysis: a false positive, a miss, or an attribute that disagrees."""

    document: str
    type: str
    kind: str  # one of ERROR_KINDS
    start: int
    end: int
    gold: str | None = None  # attribute errors: the gold value
    predicted: str | None = None  # attribute errors: the predicted value


@dataclass(slots=True)
class SpanEvaluation:
    """Per-type results, their micro-average over all scored types, and what could not be matched."""

    types: dict[str, TypeResult]
    documents: int
    without_prediction: list[str] = field(default_factory=list)
    unmatched_predictions: list[str] = field(default_factory=list)
    errors: list[SpanError] = field(default_factory=list)
    misaligned: list[str] = field(default_factory=list)  # documents whose predicted span texts are not the gold text at their offsets
    by_row_id: int = 0  # gold documents matched by the id of their table row (gold 'a7', predicted 'corpus:a7')

    @property
    def total(self) -> TypeResult:
        total = TypeResult("all")
        for r in self.types.values():
            total.add(r)
        return total

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "documents_without_prediction": self.without_prediction,
            "unmatched_prediction_documents": self.unmatched_predictions,
            "misaligned_documents": self.misaligned,
            "documents_matched_by_row_id": self.by_row_id,
            "types": {t: r.to_dict() for t, r in self.types.items()},
            "all": self.total.to_dict(),
        }


# --------------------------------------------------------------------------- matching


def verbs_agree(gold: str, predicted: str | None) -> bool:
    """Reporting verbs agree when their normalised lemmas are equal (`according_to` = "according to")."""
    return predicted is not None and normalise_name(gold) == normalise_name(predicted)


def _merged(spans: Sequence[LabelledSpan]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s in sorted(spans, key=lambda s: s.start):
        if out and s.start <= out[-1][1]:
            if s.end > out[-1][1]:
                out[-1] = (out[-1][0], s.end)
        else:
            out.append((s.start, s.end))
    return out


def _intersection(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> int:
    i = j = total = 0
    while i < len(a) and j < len(b):
        lo, hi = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if hi > lo:
            total += hi - lo
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return total


def compare_type(
    typ: str, gold: Sequence[LabelledSpan], pred: Sequence[LabelledSpan], document: str, errors: list[SpanError] | None = None
) -> TypeResult:
    """All measures for one type in one document; appends to `errors` when it is given."""
    result = TypeResult(typ)
    exact_gold = Counter((s.start, s.end) for s in gold)
    exact_pred = Counter((s.start, s.end) for s in pred)
    hits = sum(min(n, exact_pred[k]) for k, n in exact_gold.items())
    result.exact = Score(hits, len(pred), hits, len(gold))

    preds = sorted(pred, key=lambda s: (s.start, s.end))
    starts = [s.start for s in preds]
    longest = max((s.end - s.start for s in preds), default=0)
    pred_hit = [False] * len(preds)
    found = 0
    for g in gold:
        best, best_overlap = None, 0
        for j in range(bisect.bisect_left(starts, g.start - longest), bisect.bisect_left(starts, g.end)):
            q = preds[j]
            shared = min(g.end, q.end) - max(g.start, q.start)
            if shared > 0:
                pred_hit[j] = True
                if shared > best_overlap:
                    best, best_overlap = q, shared
        if best is None:
            if errors is not None:
                errors.append(SpanError(document, typ, "miss", g.start, g.end))
            continue
        found += 1
        for name, agree in (("voice", lambda a, b: a == b), ("speaker", speakers_agree), ("verb", verbs_agree)):
            want = getattr(g, name)
            if want is None:
                continue
            got = getattr(best, name)
            ok = agree(want, got)
            counter = getattr(result, name)
            counter.total += 1
            counter.agree += ok
            if not ok and errors is not None:
                errors.append(SpanError(document, typ, name, g.start, g.end, want, got))
    result.overlap = Score(sum(pred_hit), len(preds), found, len(gold))
    if errors is not None:
        errors.extend(SpanError(document, typ, "false_positive", q.start, q.end) for q, hit in zip(preds, pred_hit) if not hit)

    g_merged, p_merged = _merged(gold), _merged(preds)
    shared = _intersection(g_merged, p_merged)
    result.chars = Score(shared, sum(e - s for s, e in p_merged), shared, sum(e - s for s, e in g_merged))
    return result


def evaluate_spans(
    gold: Iterable[SpanDocument],
    predicted: Iterable[SpanDocument],
    *,
    types: Sequence[str] | None = None,
    collect_errors: bool = False,
) -> SpanEvaluation:
    """Score predicted documents against gold ones, matched by id, else by path, else by the id of
    a table row: `framing score corpus.csv` names the row with id `a7` `corpus:a7`, and a gold file
    made from the same table says `a7` (every document had gone unmatched, every figure 0).

    `types` limits the scored types (default: every type in the gold).  A gold document with no
    prediction counts all its spans as misses; a predicted document with no gold is ignored and
    listed in `unmatched_predictions`.
    """
    gold = list(gold)
    by_id: dict[str, SpanDocument] = {}
    by_path: dict[str, SpanDocument] = {}
    by_row: dict[str, SpanDocument | None] = {}  # None: rows of two tables share the id, so it names neither
    for d in predicted:
        if d.id is not None:
            by_id.setdefault(d.id, d)
            if (row := row_id(d.id, d.path)) is not None:
                by_row[row] = d if by_row.get(row, d) is d else None
        if d.path is not None:
            by_path.setdefault(d.path, d)
    wanted = list(types) if types is not None else sorted({s.type for d in gold for s in d.spans})
    results = {t: TypeResult(t) for t in wanted}
    evaluation = SpanEvaluation(results, len(gold))
    errors = evaluation.errors if collect_errors else None
    used: set[int] = set()
    for g in gold:
        p = by_id.get(g.id) if g.id is not None else None
        if p is None and g.path is not None:
            p = by_path.get(g.path)
        if p is None and g.id is not None and g.id not in by_id and (p := by_row.get(g.id)) is not None:
            evaluation.by_row_id += 1
        if p is None:
            evaluation.without_prediction.append(g.key)
        else:
            used.add(id(p))
            if g.text is not None and not _aligned(g.text, p.spans):
                evaluation.misaligned.append(g.key)
        gold_by_type: dict[str, list[LabelledSpan]] = defaultdict(list)
        pred_by_type: dict[str, list[LabelledSpan]] = defaultdict(list)
        for s in g.spans:
            gold_by_type[s.type].append(s)
        for s in p.spans if p is not None else ():
            pred_by_type[s.type].append(s)
        for t in wanted:
            results[t].add(compare_type(t, gold_by_type[t], pred_by_type[t], g.key, errors))
    seen_pred = {id(d): d for d in (*by_id.values(), *by_path.values())}
    evaluation.unmatched_predictions = sorted(d.key for k, d in seen_pred.items() if k not in used)
    return evaluation


def row_id(document_id: str, path: str | None) -> str | None:
    """The id a table row gave itself, from the id `framing score` wrote for it (`corpus:a7` ->
    `a7`, `corpus~2:a7` -> `a7` for a second corpus.csv): only where the document came from a
    table (.csv, .tsv, .jsonl, gzipped or not), whose rows are named FILE:ID."""
    if path is None or ":" not in document_id:
        return None
    name = Path(path).name.lower().removesuffix(".gz")
    if not name.endswith((".csv", ".tsv", ".jsonl", ".ndjson")):
        return None
    return document_id.split(":", 1)[1] or None


def _aligned(text: str, predicted: Sequence[LabelledSpan]) -> bool:
    """Whether the predicted spans that give their text find it at their offsets in the gold text.
    They do not when the gold text is not the text framing read: CRLF line ends read back as LF by
    Python's open(), a byte-order mark dropped, the text cleaned first.  Every figure is then off."""
    return all(s.text is None or text[s.start : s.end] == s.text for s in predicted)


def evaluate_span_files(gold_path: str | Path, pred_path: str | Path, *, types: Sequence[str] | None = None) -> SpanEvaluation:
    """`framing evaluate spans`: read both files (errors name the file and line) and score them."""
    gold = read_span_file(gold_path, gold=True)
    pred = _parquet_predictions(Path(pred_path)) if Path(pred_path).is_dir() else read_span_file(pred_path, gold=False)
    return evaluate_spans(gold, pred, types=types)


def _parquet_predictions(folder: Path) -> list[SpanDocument]:
    """The documents of a `framing score --format parquet` folder (what a big corpus is scored into)."""
    from framing import export

    if not (folder / "articles").is_dir():
        raise SpanFileError(str(folder), "a folder, but not a `framing score --format parquet` output (no articles/ inside); "
                            "pass such a folder or a JSONL file")
    return documents_from_records(export.read_analyses(folder), origin=str(folder), gold=False)

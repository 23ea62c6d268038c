"""One measurement per dataset for benchmarks/accuracy.py: convert (converters.py), run framing, score
with framing.evaluate_spans (the same code as `framing evaluate spans`), and collect errors."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import converters
from accuracy_errors import ErrorExample, ErrorReport, pattern_key, sample, snippet, top

from framing import Analyzer, Article
from framing.evaluate_spans import (
    LabelledSpan,
    Score,
    SpanDocument,
    SpanEvaluation,
    document_from_dict,
    documents_from_records,
    evaluate_spans,
)


@dataclass(slots=True)
class Row:
    """One line of the results table; `value` is the headline figure (F1, recall or accuracy)."""

    measure: str
    value: float | None
    n: int  # gold items behind the figure (spans, sentences, matched spans)
    target: float | None = None
    precision: float | None = None
    recall: float | None = None

    @property
    def met(self) -> bool | None:
        return None if self.target is None or self.value is None else self.value >= self.target


@dataclass(slots=True)
class DatasetRun:
    name: str
    split: str
    documents: int
    rows: list[Row] = field(default_factory=list)
    errors: ErrorReport = field(default_factory=ErrorReport)
    seconds: float = 0.0


@dataclass(slots=True)
class Settings:
    data_dir: Path
    split: str | None = None  # None: each dataset's reporting split
    limit: int | None = None
    errors: int = 0  # examples of each kind of error to keep
    analyzer: Analyzer | None = None
    half: str | None = None  # BASIL and PTC (no split): "even" or "odd" half (converters.half); None: all


def _analyse(analyzer: Analyzer, docs: Sequence[dict[str, Any]]) -> tuple[list[SpanDocument], list[Any]]:
    """Run framing on each document; predictions go through the `framing score` JSONL reader."""
    preds, analyses = [], []
    for d in docs:
        a = analyzer.analyze(Article(id=d["id"], text=d["text"]))
        analyses.append(a)
        preds.append(document_from_dict({"id": d["id"], "spans": [s.to_dict() for s in a.spans]}, origin="framing", gold=False))
    return preds, analyses


def _span_rows(ev: SpanEvaluation, typ: str, label: str, target: float | None = None, mode: str = "overlap") -> Row:
    r = ev.types[typ]
    score = getattr(r, mode)
    return Row(f"{label} F1 ({mode})", score.f1, r.gold, target, score.precision, score.recall)


def _span_errors(report: ErrorReport, ev: SpanEvaluation, texts: dict[str, str], n: int, labels: dict[str, str]) -> None:
    """Samples and frequent strings for false positives and misses of the types in `labels`."""
    for typ, label in labels.items():
        for kind, name in (("false_positive", "false positive"), ("miss", "miss")):
            errs = [e for e in ev.errors if e.type == typ and e.kind == kind]
            report.patterns[f"{name} {label}"] = top((pattern_key(texts[e.document][e.start : e.end]), e.document) for e in errs)
            report.examples += [ErrorExample(name, label, e.document, snippet(texts[e.document], e.start, e.end)) for e in sample(errs, n)]


# --------------------------------------------------------------------------- PolNeAR


def _only(docs: list[SpanDocument], keep: Callable[[SpanDocument, LabelledSpan], bool]) -> list[SpanDocument]:
    return [SpanDocument(d.id, d.path, d.text, [s for s in d.spans if keep(d, s)], d.line) for d in docs]


def _content_class(gold: list[SpanDocument], preds: list[SpanDocument], direct: set, texts: dict[str, str], want: bool,
                   label: str, target: float | None, cfg: Settings, run: DatasetRun) -> Row:
    """Content F1 for direct (want=True) or indirect quotes.  Recall: gold content of that class
    (by its annotated fragments) found by any predicted content; precision: predicted content of
    that class (by its own text) that overlaps any gold content.  So a prediction that quotes
    only the quoted half of a mixed gold content is right, not a miss plus a false positive."""
    gold_of_class = _only(gold, lambda d, s: s.type == "content" and ((d.key, s.start, s.end) in direct) == want)
    pred_of_class = _only(preds, lambda d, s: s.type == "content" and converters.is_direct_quote([texts[d.key][s.start : s.end]]) == want)
    found = evaluate_spans(gold_of_class, preds, types=["content"], collect_errors=cfg.errors > 0)
    right = evaluate_spans(gold, pred_of_class, types=["content"], collect_errors=cfg.errors > 0)
    score = Score(right.types["content"].overlap.matched_pred, right.types["content"].overlap.pred,
                  found.types["content"].overlap.matched_gold, found.types["content"].overlap.gold)
    if cfg.errors:
        errors = [e for e in found.errors if e.kind == "miss"] + [e for e in right.errors if e.kind == "false_positive"]
        ev = SpanEvaluation({}, 0, errors=[replace(e, type=label) for e in errors])
        _span_errors(run.errors, ev, texts, cfg.errors, {label: label})
    return Row(f"content, {label} F1 (overlap)", score.f1, score.gold, target, score.precision, score.recall)


def run_polnear(cfg: Settings) -> DatasetRun:
    split = cfg.split if cfg.split in ("train", "dev", "test") else "test"
    raw = converters.polnear(cfg.data_dir, split, cfg.limit)
    texts = {d["id"]: d["text"] for d in raw}
    gold = documents_from_records(raw, origin="polnear")
    direct = {(d["id"], s["start"], s["end"]) for d in raw for s in d["spans"] if s["type"] == "content" and s.get("direct")}
    preds, _ = _analyse(cfg.analyzer, raw)
    ev = evaluate_spans(gold, preds, types=["cue", "source", "content"], collect_errors=cfg.errors > 0)
    run = DatasetRun("polnear", split, len(raw))
    run.rows = [
        _span_rows(ev, "cue", "cue", 0.80),
        _span_rows(ev, "cue", "cue", mode="exact"),
        _span_rows(ev, "source", "source", 0.70),
        _content_class(gold, preds, direct, texts, True, "direct quotes", 0.90, cfg, run),
        _content_class(gold, preds, direct, texts, False, "indirect", None, cfg, run),
        _span_rows(ev, "content", "content, all", 0.60),
        Row("speaker accuracy on matched named sources (cue)", ev.types["cue"].speaker.accuracy, ev.types["cue"].speaker.total),
    ]
    if cfg.errors:
        _span_errors(run.errors, ev, texts, cfg.errors, {"cue": "cue", "source": "source"})
        speaker = [e for e in ev.errors if e.kind == "speaker"]
        run.errors.patterns["speaker errors (gold -> framing)"] = top((f"{e.gold} -> {e.predicted}", e.document) for e in speaker)
    return run


# --------------------------------------------------------------------------- BASIL


def run_basil(cfg: Settings) -> DatasetRun:
    raw = converters.basil(cfg.data_dir, cfg.limit)
    if cfg.half:
        raw = converters.half(raw, cfg.half, "triplet")
    texts = {d["id"]: d["text"] for d in raw}
    gold = documents_from_records(raw, origin="basil")
    preds, _ = _analyse(cfg.analyzer, raw)
    ev = evaluate_spans(gold, preds, types=["loaded"], collect_errors=cfg.errors > 0)
    r = ev.types["loaded"]
    run = DatasetRun("basil", f"{cfg.half} triplets" if cfg.half else "all", len(raw))
    run.rows = [
        Row("lexical-bias recall by loaded (overlap)", r.overlap.recall, r.gold, 0.55),
        Row("voice agrees with quote flag (matched lexical spans)", r.voice.accuracy, r.voice.total, 0.95),
        Row("speaker accuracy (matched quoted lexical spans, named speaker)", r.speaker.accuracy, r.speaker.total),
    ]
    # Voice over every BASIL span (lexical and informational), whether or not a loaded word
    # matched it: quoted when framing puts the span's first character inside a spoken quotation.
    agree = total = 0
    wrong: list[ErrorExample] = []
    for g, p in zip(gold, preds):
        quotes = [s for s in p.spans if s.type == "quote" and s.voice == "quoted"]
        for s in g.spans:
            said = "quoted" if any(q.start <= s.start < q.end for q in quotes) else "author"
            total += 1
            agree += said == s.voice
            if said != s.voice:
                wrong.append(ErrorExample("voice", s.type, g.key, snippet(texts[g.key], s.start, s.end), f"BASIL {s.voice}, framing {said}"))
    run.rows.append(Row("voice agrees with quote flag (all spans, by quotations)", agree / total if total else None, total))
    if cfg.errors:
        _span_errors(run.errors, ev, texts, cfg.errors, {"loaded": "lexical-bias span"})
        run.errors.patterns.pop("false positive lexical-bias span", None)  # BASIL marks only some loaded words
        run.errors.examples = [e for e in run.errors.examples if e.kind != "false positive"]
        run.errors.examples += sample([e for e in wrong if e.detail.startswith("BASIL quoted")], cfg.errors)
        run.errors.examples += sample([e for e in wrong if e.detail.startswith("BASIL author")], cfg.errors)
        run.errors.patterns["voice errors"] = top((e.detail, e.document) for e in wrong)
    return run


# --------------------------------------------------------------------------- PTC


def run_ptc(cfg: Settings) -> DatasetRun:
    raw = converters.ptc(cfg.data_dir, "train", cfg.limit)
    if cfg.half:
        raw = converters.half(raw, cfg.half, "id")
    texts = {d["id"]: d["text"] for d in raw}
    gold = documents_from_records(raw, origin="ptc")
    preds, _ = _analyse(cfg.analyzer, raw)
    ev = evaluate_spans(gold, preds, types=["loaded"], collect_errors=cfg.errors > 0)
    run = DatasetRun("ptc", f"train, {cfg.half} ids" if cfg.half else "train", len(raw))
    run.rows = [_span_rows(ev, "loaded", "Loaded_Language + Name_Calling", 0.45), _span_rows(ev, "loaded", "Loaded_Language + Name_Calling", mode="chars")]
    for technique in converters.PTC_LOADED:
        only = documents_from_records([{**d, "spans": [s for s in d["spans"] if s["technique"] == technique]} for d in raw], origin="ptc")
        r = evaluate_spans(only, preds, types=["loaded"]).types["loaded"]
        run.rows.append(Row(f"{technique} recall (overlap)", r.overlap.recall, r.gold))
    if cfg.errors:
        _span_errors(run.errors, ev, texts, cfg.errors, {"loaded": "loaded"})
    return run


# --------------------------------------------------------------------------- sentence level


def _binary(pred: Sequence[bool], gold: Sequence[bool]) -> tuple[float, float, float]:
    tp = sum(p and g for p, g in zip(pred, gold))
    fp = sum(p and not g for p, g in zip(pred, gold))
    fn = sum(g and not p for p, g in zip(pred, gold))
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    return prec, rec, (2 * prec * rec / (prec + rec) if prec + rec else 0.0)


def _sentence_errors(report: ErrorReport, raw, analyses, fired: Callable, pred: list[bool], label: str, n: int) -> None:
    gold = [bool(d["label"]) for d in raw]
    fps = [i for i, (p, g) in enumerate(zip(pred, gold)) if p and not g]
    misses = [i for i, (p, g) in enumerate(zip(pred, gold)) if g and not p]
    report.patterns[f"false positive {label} (term that fired)"] = top((s.text.lower(), raw[i]["id"]) for i in fps for s in fired(analyses[i]))
    for i in sample(fps, n):
        spans = fired(analyses[i])
        report.examples.append(ErrorExample("false positive", label, raw[i]["id"], snippet(raw[i]["text"], 0, len(raw[i]["text"]), 0, [(s.start, s.end) for s in spans])))
    for i in sample(misses, n):
        report.examples.append(ErrorExample("miss", label, raw[i]["id"], snippet(raw[i]["text"], 0, len(raw[i]["text"]), 0, [(s["start"], s["end"]) for s in raw[i]["spans"]])))


def run_conll(cfg: Settings) -> DatasetRun:
    # No dev set in this copy: `--split dev` (asking for a tuning split) gets train, never test.
    split = {"train": "train", "dev": "train"}.get(cfg.split or "", "test")
    raw = converters.conll2010_wiki(cfg.data_dir, split, cfg.limit)
    analyses = [cfg.analyzer.analyze(Article(id=d["id"], text=d["text"])) for d in raw]
    hedges = lambda a: [s for s in a.spans if s.type == "hedge" and s.voice == "author"]  # noqa: E731
    pred = [bool(hedges(a)) for a in analyses]
    p, r, f = _binary(pred, [bool(d["label"]) for d in raw])
    run = DatasetRun("conll2010", split, len(raw))
    run.rows = [Row("uncertain sentence F1 (author-voice hedge)", f, sum(d["label"] for d in raw), 0.55, p, r)]
    if cfg.errors:
        _sentence_errors(run.errors, raw, analyses, hedges, pred, "uncertain", cfg.errors)
    return run


def run_babe(cfg: Settings) -> DatasetRun:
    split = cfg.split if cfg.split in ("sg1", "sg2") else "sg2"
    raw = converters.babe(cfg.data_dir, split, cfg.limit)
    texts = {d["id"]: d["text"] for d in raw}
    preds, analyses = _analyse(cfg.analyzer, raw)
    loaded = lambda a: [s for s in a.spans if s.type == "loaded" and s.voice == "author"]  # noqa: E731
    pred = [bool(loaded(a)) for a in analyses]
    gold_labels = [bool(d["label"]) for d in raw]
    p, r, f = _binary(pred, gold_labels)
    _, _, f_neg = _binary([not x for x in pred], [not g for g in gold_labels])
    run = DatasetRun("babe", split, len(raw))
    run.rows = [
        Row("biased sentence F1, lexicon-only (author-voice loaded)", f, sum(gold_labels), None, p, r),
        Row("macro-F1, lexicon-only", (f + f_neg) / 2, len(raw)),
    ]
    gold = documents_from_records(raw, origin="babe")
    ev = evaluate_spans(gold, preds, types=["loaded"], collect_errors=cfg.errors > 0)
    run.rows.append(_span_rows(ev, "loaded", "biased words vs loaded spans", mode="overlap"))
    run.rows += _classifier_rows(cfg, raw, gold_labels)
    if cfg.errors:
        _sentence_errors(run.errors, raw, analyses, loaded, pred, "biased", cfg.errors)
        _span_errors(run.errors, ev, texts, cfg.errors, {"loaded": "biased word"})
    return run


def _classifier_rows(cfg: Settings, raw, gold_labels: list[bool]) -> list[Row]:
    """Sentence-level F1 with framing's default classifier (framing.classify), when it is there.

    The default model is trained on BABE itself, so this figure is in-sample (optimistic); the
    classifier's own held-out figure is in its model card.  A sentence counts as biased when any
    of the sentences framing splits it into reaches the model's threshold."""
    try:
        from framing import classify  # noqa: PLC0415

        model = classify.load_model()
    except Exception as e:  # noqa: BLE001 - a missing or unreadable model only drops this row
        return [Row(f"classifier: not available ({type(e).__name__})", None, 0)]
    analyzer = Analyzer(cfg.analyzer.lexicons, model)
    pred = []
    for d in raw:
        a = analyzer.analyze(Article(id=d["id"], text=d["text"]))
        pred.append(any((s.bias_probability or 0.0) >= model.threshold for s in a.sentences))
    p, r, f = _binary(pred, gold_labels)
    _, _, f_neg = _binary([not x for x in pred], [not g for g in gold_labels])
    return [
        Row("biased sentence F1, classifier (in-sample: trained on BABE)", f, sum(gold_labels), None, p, r),
        Row("macro-F1, classifier (in-sample)", (f + f_neg) / 2, len(raw)),
    ]


RUNS: dict[str, Callable[[Settings], DatasetRun]] = {
    "polnear": run_polnear, "basil": run_basil, "ptc": run_ptc, "conll2010": run_conll, "babe": run_babe,
}


def run(name: str, cfg: Settings) -> DatasetRun:
    started = time.perf_counter()
    result = RUNS[name](cfg)
    result.seconds = time.perf_counter() - started
    return result

"""`framing train` (fit a sentence classifier on a labelled CSV) and `framing evaluate --model M
--data CSV` (measure one, with baselines).  Model evaluation is the `evaluate` group's callback, so
it runs when no subcommand (such as `framing evaluate spans`) is given."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from framing.cli import app
from framing.cli.evaluate import evaluate_app
from framing.cli.options import Model, fail

if TYPE_CHECKING:  # imported lazily below: the CLI starts without scikit-learn
    from framing.labelled_data import LabelledData
    from framing.model_evaluation import Evaluation

TextCol = Annotated[str, typer.Option("--text-col", help="Column holding the sentence text.")]
LabelCol = Annotated[str, typer.Option("--label-col", help="Column holding the label: 0/1, true/false or two class names.")]
Positive = Annotated[Optional[str], typer.Option("--positive", help="The label value of the positive (biased) class, when it cannot be told from the names.")]


def _read(data: Path, text_col: str, label_col: str, positive: str | None, words_col: str | None = None) -> LabelledData:
    from framing.labelled_data import LabelledDataError, read_labelled_csv

    try:
        labelled = read_labelled_csv(data, text_col, label_col, positive=positive, words_col=words_col)
    except LabelledDataError as e:
        raise fail(str(e)) from None
    for note in labelled.notes:
        typer.echo(f"note: {data}: {note}", err=True)
    return labelled


@app.command()
def train(
    data: Annotated[Path, typer.Option("--data", help="Labelled CSV: one sentence a row, a text and a label column.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Model file to write (any name; pass it to --model).")],
    text_col: TextCol = "text",
    label_col: LabelCol = "label_bias",
    words_col: Annotated[Optional[str], typer.Option("--words-col", help="Optional column listing the words annotators marked as bias-inducing (BABE: biased_words); the model learns their rates.")] = None,
    positive: Positive = None,
    name: Annotated[Optional[str], typer.Option("--name", help="Model name shown in outputs (default: the --out file name).")] = None,
) -> None:
    """Train a sentence classifier (word + character n-grams + lexicon features, calibrated).

    The decision threshold is chosen by stratified 10-fold cross-validation on the data given;
    keep your test sentences out of it and measure them with `framing evaluate`.
    """
    from framing.classify import save_model
    from framing.training import TrainingError, train as fit

    labelled = _read(data, text_col, label_col, positive, words_col)
    typer.echo(f"training on {len(labelled.labels)} sentences ({sum(labelled.labels)} {labelled.positive!r}) from {data} ...", err=True)
    try:
        model = fit(
            labelled.texts, labelled.labels, labelled.marked,
            name=name or out.name, info={"training_data": str(data), "positive_label": labelled.positive},
        )
    except TrainingError as e:
        raise fail(f"{data}: {e}") from None
    save_model(model, out)
    v = model.variants["full"]
    typer.echo(f"wrote {out}: threshold {v.threshold:.4f}, cross-validated F1 ({labelled.positive}) {v.cv_f1:.4f}", err=True)


@evaluate_app.callback()
def evaluate_model(
    ctx: typer.Context,
    model: Model = None,
    data: Annotated[Optional[Path], typer.Option("--data", help="Labelled CSV to measure the model on.")] = None,
    text_col: TextCol = "text",
    label_col: LabelCol = "label_bias",
    positive: Positive = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the metrics as one JSON object.")] = False,
    baselines: Annotated[bool, typer.Option("--baselines", help="Also measure (a) lexicon only, (b) the classifier without lexicon features, in one table.")] = False,
    predictions: Annotated[Optional[Path], typer.Option("--predictions", help="Also write every sentence's probability and predicted class to this CSV, to read the errors.")] = None,
) -> None:
    """Measure a sentence classifier on a labelled CSV (default model: the shipped BABE model).

    Prints precision, recall and F1 for the positive class, macro-F1, ROC AUC, the confusion
    matrix and the most informative features.
    """
    if ctx.invoked_subcommand is not None:
        return
    if data is None:
        raise fail("give the labelled CSV to measure with --data (and the model with --model; default: the shipped model), "
                   "or measure findings against your annotations with `framing evaluate spans --gold GOLD.jsonl --pred PRED.jsonl`")
    from framing.classify import load_model
    from framing.model_evaluation import evaluate
    from framing.model_io import ModelFormatError

    labelled = _read(data, text_col, label_col, positive)
    try:
        classifier = load_model(model)
    except ModelFormatError as e:
        raise fail(str(e)) from None
    if predictions is not None:  # its folder made (as train's --out is) and checked before the evaluation, not after it
        try:
            predictions.parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise fail(f"{predictions}: cannot write ({e.strerror or e})") from None
    result = evaluate(classifier, labelled.texts, labelled.labels, baselines=baselines)
    if predictions is not None:
        from framing.model_evaluation import write_predictions

        try:
            written = write_predictions(predictions, labelled, result, classifier.threshold)
        except OSError as e:
            raise fail(f"{predictions}: cannot write ({e.strerror or e})") from None
        typer.echo(f"wrote {predictions}: {written} sentences with their probability and predicted class", err=True)
    if result.trained_on:
        typer.echo(f"note: {result.trained_on:,} of the {result.sentences:,} sentences are ones {result.model} was trained on "
                   "(the same text): the figures below overstate how it does on new sentences"
                   + (", so the held-out ones are measured apart" if result.held_out else "")
                   + ("; --predictions marks them (in_training)" if predictions is None else f"; {predictions} marks them (in_training)"), err=True)
    if as_json:
        out = {k: getattr(result.metrics, k) for k in ("precision", "recall", "f1", "macro_f1", "roc_auc")}
        out["in_training"] = result.trained_on
        out["held_out"] = result.held_out.to_dict() if result.held_out else None
        out["f1_ci"] = list(result.f1_ci) if result.f1_ci else None
        out.update(model=result.model, positive_label=labelled.positive, sentences=result.sentences, threshold=result.metrics.threshold,
                   confusion={k: getattr(result.metrics, k) for k in ("tn", "fp", "fn", "tp")})
        if baselines:
            out["baselines"] = {k: m.to_dict() for k, m in result.baselines.items()}
        typer.echo(json.dumps(out))
        return
    typer.echo(format_evaluation(result, labelled.positive, labelled.negative))


def format_evaluation(result: Evaluation, positive: str, negative: str) -> str:
    """The evaluation as plain text: metrics, confusion matrix, baselines, features."""
    from framing.model_evaluation import BASELINE_NAMES

    m = result.metrics
    auc = "n/a" if m.roc_auc is None else f"{m.roc_auc:.4f}"
    lines = [
        f"model {result.model} on {result.sentences} sentences ({result.positives} {positive!r}), threshold {m.threshold:.4f}",
        f"precision {m.precision:.4f}  recall {m.recall:.4f}  F1 {m.f1:.4f}  ({positive!r} class)"
        + (f"; F1 95% bootstrap interval [{result.f1_ci[0]:.4f}, {result.f1_ci[1]:.4f}] over {result.sentences} sentences" if result.f1_ci else ""),
        f"macro-F1 {m.macro_f1:.4f}  ROC AUC {auc}",
    ]
    if result.held_out:
        h = result.held_out
        lines.append(f"held out (the {result.sentences - result.trained_on:,} sentences it was not trained on): precision {h.precision:.4f}  "
                     f"recall {h.recall:.4f}  F1 {h.f1:.4f}  macro-F1 {h.macro_f1:.4f}  ROC AUC {'n/a' if h.roc_auc is None else f'{h.roc_auc:.4f}'}")
    lines += [
        "",
        "confusion matrix (rows: true, columns: predicted)",
        f"{'':>16} {negative[:14]:>14} {positive[:14]:>14}",
        f"{negative[:16]:>16} {m.tn:>14} {m.fp:>14}",
        f"{positive[:16]:>16} {m.fn:>14} {m.tp:>14}",
    ]
    if result.baselines:
        lines += ["", f"{'baseline':<46} {'precision':>9} {'recall':>7} {'F1':>7} {'macro-F1':>8} {'AUC':>7}"]
        for key, b in result.baselines.items():
            b_auc = "n/a" if b.roc_auc is None else f"{b.roc_auc:.4f}"
            lines.append(f"{BASELINE_NAMES[key]:<46} {b.precision:>9.4f} {b.recall:>7.4f} {b.f1:>7.4f} {b.macro_f1:>8.4f} {b_auc:>7}")
    half = len(result.top_features) // 2
    lines += ["", f"most informative features towards {positive!r}:"]
    lines += [f"  {w:+.3f}  {name}" for name, w in result.top_features[:half]]
    lines += [f"most informative features towards {negative!r}:"]
    lines += [f"  {w:+.3f}  {name}" for name, w in result.top_features[half:]]
    return "\n".join(lines)

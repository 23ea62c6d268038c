"""`framing evaluate`: measure a model (`framing evaluate --model M --data CSV`) or spans
(`framing evaluate spans --gold G --pred P`).  The group lives here; each kind of evaluation
registers itself from its own module (cli/model.py, cli/evaluate_spans.py)."""

from __future__ import annotations

import typer

from framing.cli import app

evaluate_app = typer.Typer(
    help="Measure how right framing is: a sentence classifier against labelled data, or predicted spans against gold spans.\n\n"
         "framing evaluate --data CSV [--model M] measures a classifier (default: the shipped one) with the options below: "
         "precision, recall and F1 with a 95% interval, macro-F1, ROC AUC, the confusion matrix and the most informative features. "
         "framing evaluate spans --gold G --pred P measures findings against your own annotations (docs/evaluate-spans.md).",
    invoke_without_command=True,
    no_args_is_help=False,
)
app.add_typer(evaluate_app, name="evaluate")

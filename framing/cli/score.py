"""`framing score`: analyse articles and write per-article scores and findings."""

from __future__ import annotations

import sys
import time
from contextlib import ExitStack
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from framing import export
from framing.cli import app
from framing.cli.options import Lexicon, Out, Outlet, Paths, corpus_paths, fail
from framing.lexicon import LexiconError
from framing.models import IngestError
from framing.pipeline import analyze_corpus

PROGRESS_AFTER = 5  # articles: below this a progress bar is only noise


class Format(str, Enum):
    jsonl = "jsonl"
    csv = "csv"


@app.command()
def score(
    paths: Paths = None,
    format: Annotated[Format, typer.Option("--format", "-f", help="jsonl: one article per line with every finding; csv: one row per article, scores as columns.")] = Format.jsonl,
    out: Out = None,
    spans: Annotated[Optional[Path], typer.Option("--spans", help="Also write one CSV row per finding (span) to this file.")] = None,
    outlet: Outlet = None,
    lexicon: Lexicon = None,
) -> None:
    """Score articles: every finding with its position, voice and speaker, plus article scores.

    With no PATHS it scores the sample corpus in seeds/.  Unreadable inputs are reported on
    stderr, one line each, and the rest are scored.
    """
    err = Console(stderr=True)
    started = time.perf_counter()
    scored = errors = 0
    try:
        items = analyze_corpus(corpus_paths(paths), outlet=outlet, lexicons=lexicon or ())
        with ExitStack() as stack:
            target = stack.enter_context(out.open("w", encoding="utf-8", newline="")) if out else sys.stdout
            article_csv = export.CsvWriter(target, export.article_columns()) if format is Format.csv else None
            span_csv = None
            if spans:
                span_csv = export.CsvWriter(stack.enter_context(spans.open("w", encoding="utf-8", newline="")), export.SPAN_COLUMNS)
            progress = stack.enter_context(
                Progress(TextColumn("scoring"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=err, transient=True, disable=not err.is_terminal)
            )
            task = progress.add_task("score", total=None)
            for item in items:
                if isinstance(item, IngestError):
                    errors += 1
                    err.print(f"[red]error[/red] {item}", highlight=False, soft_wrap=True)
                    continue
                scored += 1
                if article_csv:
                    article_csv.write(export.article_row(item))
                else:
                    export.write_jsonl([item], target)
                if span_csv:
                    for row in export.span_rows(item):
                        span_csv.write(row)
                if scored >= PROGRESS_AFTER:
                    progress.update(task, completed=scored)
    except LexiconError as e:
        raise fail(str(e)) from None
    elapsed = time.perf_counter() - started
    err.print(f"scored {scored} article{'s' * (scored != 1)}, {errors} error{'s' * (errors != 1)}, in {elapsed:.2f} s", highlight=False)
    if scored == 0 and errors:
        raise typer.Exit(1)

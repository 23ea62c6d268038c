"""`framing score`: analyse articles and write per-article scores and findings."""

from __future__ import annotations

import sys
import time
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from framing import batch
from framing.cli import app
from framing.cli.input_errors import InputErrors
from framing.cli.options import (DropDuplicatesOption, ErrorsFile, Jobs, Lexicon, Model, NearDuplicatesOption, NoModel, Out, Outlet, Paths, cannot_write,
                                 corpus_paths, duplicate_check, fail)
from framing.cli.options import CORPORA_PANEL  # --help heading
from framing.distributed import SchedulerError
from framing.lexicon import LexiconError
from framing.lexicon_validate import warning_lines as lexicon_warning_lines
from framing.models import IngestError
from framing.resume import ResumeError

PROGRESS_AFTER = 5  # articles: below this a progress bar is only noise


class Format(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


@app.command()
def score(
    paths: Paths = None,
    format: Annotated[Optional[Format], typer.Option("--format", "-f", help="jsonl: one article per line with every finding; csv: one row per article, scores as columns; parquet: a folder (--out) with an articles table and a spans table.  Default: from --out's extension (.csv, .parquet), else jsonl.", show_default=False)] = None,
    out: Out = None,
    spans: Annotated[Optional[Path], typer.Option("--spans", help="With --format csv: also write one CSV row per finding (span) to this file.")] = None,
    outlet: Outlet = None,
    lexicon: Lexicon = None,
    jobs: Jobs = None,
    scheduler: Annotated[Optional[str], typer.Option("--scheduler", help="Run on Dask: a scheduler address (tcp://host:8786) or `local` for a cluster on this machine; writes --format parquet.", rich_help_panel=CORPORA_PANEL)] = None,
    resume: Annotated[bool, typer.Option("--resume", help="Continue an interrupted run: keep what --out holds, skip those articles, append the rest. It checks the lexicons and model against OUT.run.json (in a Parquet folder: _run.json), the record every run with --out leaves beside its output.", rich_help_panel=CORPORA_PANEL)] = False,
    model: Model = None,
    no_model: NoModel = False,
    errors_file: ErrorsFile = None,
    near_duplicates: NearDuplicatesOption = None,
    drop_duplicates: DropDuplicatesOption = False,
) -> None:
    """Score articles: every finding with its position, voice and speaker, plus article scores.

    With no PATHS it scores the sample corpus in seeds/.  Unreadable inputs are reported on
    stderr (the first ten, then a count), and the rest are scored; --errors FILE keeps them all as
    CSV rows.  An article repeating an earlier one's text gets a warning naming it (and with
    --near-duplicates, one that nearly repeats it); the summary line counts them.  With
    --drop-duplicates an exact copy is not scored but reported (a row of the --errors file).
    Densities are per 1,000 words of the voice they count (the outlet's own, or quoted);
    docs/columns.md defines every column.
    """
    err = Console(stderr=True, emoji=False)  # 'news.csv:100: ...' is no emoji code (markup=False on each line)
    started = time.perf_counter()
    if out is not None and str(out) == "-":  # the usual spelling of standard output; it wrote a file named '-'
        out = None
    scored = 0
    input_errors = InputErrors(err, errors_file)
    fresh = [p for p in (out, spans) if p is not None and not p.exists()]  # a run that finds nothing removes what it made
    try:
        mismatch = format_mismatch_note(format, out)
        if mismatch:
            err.print(mismatch, markup=False, highlight=False, soft_wrap=True)
        format = format or output_format(out)
        replaced = out.stat().st_size if out is not None and not resume and format != Format.parquet and out.is_file() else 0
        job = batch.ScoreJob(corpus_paths(paths), format.value, out, spans, outlet, tuple(map(str, lexicon or ())),
                             model=sentence_model(model, no_model), jobs=jobs, scheduler=scheduler, resume=resume, errors=errors_file,
                             duplicates=duplicate_check(near_duplicates, drop=drop_duplicates))
        job.check()  # options that do not go together fail before the note below says a file is being replaced
        show_lexicon_warnings(err, lexicon)
        input_errors.open()  # the --errors file, its header written at once (closed below, however the run ends)
        if replaced:
            # Not an error (re-running a command replaces its output), but never silent: the file
            # may be hours of an interrupted run that --resume would continue.
            also = f" and {spans} ({_size(spans.stat().st_size)})" if spans is not None and spans.is_file() else ""  # its findings go too
            err.print(f"note: replacing {out} ({_size(replaced)}){also}; to continue an interrupted run into it instead, pass --resume", markup=False, highlight=False, soft_wrap=True)
        with Progress(TextColumn("scoring"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=err, transient=True, disable=not err.is_terminal) as progress:
            task = progress.add_task("score", total=None)
            for item in batch.run(job, sys.stdout):
                if isinstance(item, IngestError):
                    input_errors.add(item)
                    continue
                scored += item
                if scored >= PROGRESS_AFTER:
                    progress.update(task, completed=scored)
    except (LexiconError, batch.JobError, ResumeError, SchedulerError) as e:
        raise fail(str(e)) from None
    except BrokenPipeError:  # `framing score | head`: main() ends quietly
        raise
    except OSError as e:  # an --out, --spans or --errors that cannot be written (inputs that cannot be read are IngestErrors)
        raise cannot_write(e) from None
    except (KeyboardInterrupt, SystemExit):  # Ctrl-C, or SIGTERM (main() turns it into SystemExit)
        if out is not None:
            err.print(f"stopped: {out} keeps the articles scored so far; run the same command with --resume to continue",
                      markup=False, highlight=False, soft_wrap=True)
        raise
    finally:
        input_errors.close()
    errors = input_errors.count
    if scored == errors == 0 and not (resume and job.state.skipped):
        from framing.input_files import SUPPORTED

        remove_empty_outputs(fresh, format.value, out)
        kept = f"; {out} is left as it was" if replaced else ""
        raise fail(f"no articles found in {', '.join(map(str, job.paths))}: framing reads {SUPPORTED}; files of other types are skipped{kept}")
    if scored == 0 and replaced:
        err.print(f"note: no article could be scored, so {out} is left as it was", markup=False, highlight=False, soft_wrap=True)
    elapsed = time.perf_counter() - started
    skipped = f", skipped {job.state.skipped} already in {out}" if resume else ""
    dropped = f", {input_errors.dropped} duplicate{'s' * (input_errors.dropped != 1)} dropped" if drop_duplicates else ""
    err.print(f"scored {scored} article{'s' * (scored != 1)}{skipped}, {errors} error{'s' * (errors != 1)}{dropped}, in {elapsed:.2f} s",
              markup=False, highlight=False, soft_wrap=True)
    input_errors.show_line()
    # a resumed run counts what it scored now: the articles skipped were counted by the run that wrote them
    this_run = bool(resume and job.state.skipped)
    show_column_notes(err, job.warned, this_run, outlet_given=job.outlet is not None)
    if outlet_line := job.warned.outlet_line(this_run):
        err.print(f"note: {outlet_line}", markup=False, highlight=False, soft_wrap=True)
    counted = " in this run" if this_run else ""
    if job.warned.articles:
        err.print(warned_line(job.warned, f"{counted}, in {warnings_place(format, out, job.warned.articles)}"), markup=False, highlight=False, soft_wrap=True)
    for line in job.duplicates.lines(lambda n: f" ({'scored in this run; ' if this_run else ''}a warning in {warnings_place(format, out, n)})",
                                     input_errors.dropped_place()):
        err.print(line, markup=False, highlight=False, soft_wrap=True)
    if scored == 0 and errors and not job.state.skipped:  # nothing readable; a resumed run that had all its articles is done
        raise typer.Exit(1)


def show_lexicon_warnings(err: Console, lexicon: list[Path] | None) -> None:
    """What `framing lexicon validate` warns about the user's --lexicon files (a row that changes
    nothing, a booster moved to the hedges, ...), once, before a run: every command that analyses
    text with them says it alike (score, report, compare, lexicon coverage).  The --lexicon option
    has printed the errors."""
    for line in lexicon_warning_lines(lexicon or ()):
        err.print(line, markup=False, highlight=False, soft_wrap=True)


def show_column_notes(err: Console, warned: batch.InputWarnings, this_run: bool = False, outlet_given: bool = False) -> None:
    """The notes on the columns read in place of `text`, `url` and `outlet` (`InputWarnings.column_lines`),
    one line each: score, compare and report say them alike."""
    for line in warned.column_lines(this_run, outlet_given):
        err.print(f"note: {line}", markup=False, highlight=False, soft_wrap=True)


def warned_line(warned: batch.InputWarnings, where: str) -> str:
    """The line for the articles read with input warnings (an ambiguous date, a cp1252 fallback,
    a file the manifest does not list, ...), `where` saying where the output keeps them (", in
    m.jsonl", " (in the report)")."""
    n = warned.articles
    return f"{n} article{'s' * (n != 1)} with input warnings{where}; the first: {warned.first}"


def remove_empty_outputs(created: list[Path], format: str, out: Path | None) -> None:
    """Remove the outputs a run that read no article created (--out and --spans: empty, or a CSV
    header only) and its run record, so a mistyped path leaves no `scores.jsonl` that looks like a
    finished run.  Outputs that existed before the run are left as the run left them."""
    from framing import run_settings

    for path in created:
        if path == out:
            record = run_settings.settings_path(out, format)
            record.unlink(missing_ok=True)
        if path.is_dir():
            if not any(path.iterdir()):
                path.rmdir()
        else:
            path.unlink(missing_ok=True)


def warnings_place(format: Format, out: Path | None, articles: int = 2) -> str:
    """Where a run's output keeps the warnings of `articles` articles, in words."""
    if format == Format.parquet:
        return f'the "warnings" column of {out / "articles"}'
    if format == Format.csv:
        return f'the "warnings" column of {out}' if out else 'the "warnings" column of the CSV written'
    lines = "its line" if articles == 1 else "their lines"
    return f'the "warnings" field of {lines} in {out}' if out else f'the "warnings" field of {lines}'


def _size(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 100_000 else f"{n:,} bytes"


def output_format(out: Path | None) -> Format:
    """The format --out's extension names (scores.csv, scores.parquet), so `--out scores.csv` never
    holds JSON lines; JSONL otherwise."""
    suffix = out.suffix.lower() if out else ""
    return {".csv": Format.csv, ".parquet": Format.parquet}.get(suffix, Format.jsonl)


_EXTENSIONS = {".csv": Format.csv, ".parquet": Format.parquet, ".jsonl": Format.jsonl, ".ndjson": Format.jsonl}


def format_mismatch_note(format: Format | None, out: Path | None) -> str | None:
    """A note when `--format` and the --out file name disagree (`--format jsonl --out scores.csv`):
    --format wins, as asked, but every tool that opens the file by its name (`compare --scores`,
    pandas, a spreadsheet) will misread it, so the user hears of it at once, not from them."""
    named = _EXTENSIONS.get(out.suffix.lower()) if out is not None else None
    if format is not None and named is not None and named != format:
        return (f"note: writing {format.value} into {out}, as --format asks, though its name says {named.value}; "
                f"tools that go by the name will misread it (drop --format, or end --out in .{format.value})")
    return None


def sentence_model(path: Path | None, off: bool):
    """The classifier `--model`/`--no-model` ask for: the shipped default unless told otherwise."""
    from framing.classify import load_model
    from framing.model_io import ModelFormatError

    if off:
        if path is not None:
            raise fail("--model and --no-model contradict each other; pass one")
        return None
    try:
        return load_model(path)
    except ModelFormatError as e:
        raise fail(str(e)) from None

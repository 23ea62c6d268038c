"""`framing evaluate spans --gold G --pred P`: predicted spans against gold spans, per type."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer

from framing.cli.evaluate import evaluate_app
from framing.cli.options import fail
from framing.evaluate_spans import SpanEvaluation, SpanFileError, TypeResult, evaluate_span_files

ExistingFile = dict(exists=True, dir_okay=False, readable=True)


@evaluate_app.command("spans")
def spans(
    gold: Annotated[Path, typer.Option("--gold", help="Gold JSONL: one document a line, {id or path, text, spans: [{start, end, type, voice?, speaker?, verb?}]}.", **ExistingFile)],
    pred: Annotated[Path, typer.Option("--pred", help="Predicted spans: the same format, `framing score` JSONL output, or a `framing score --format parquet` folder.", exists=True, readable=True)],
    type: Annotated[Optional[list[str]], typer.Option("--type", "-t", help="Score only this span type (repeatable). Default: every type in the gold file.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the full results as JSON instead of a table.")] = False,
) -> None:
    """Compare predicted spans with gold spans: precision, recall and F1 per type with exact,
    overlap and character matching, and voice, speaker and verb accuracy on matched spans.

    Documents are matched by id, else by path.  The format is described in docs/evaluate-spans.md.
    """
    try:
        result = evaluate_span_files(gold, pred, types=type or None)
    except SpanFileError as e:
        raise fail(str(e)) from None
    if as_json:
        typer.echo(json.dumps(result.to_dict(), indent=2))
        return
    typer.echo(format_table(result))


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _row(r: TypeResult) -> list[str]:
    return [
        r.type, str(r.gold), str(r.pred),
        _pct(r.exact.precision), _pct(r.exact.recall), _pct(r.exact.f1),
        _pct(r.overlap.precision), _pct(r.overlap.recall), _pct(r.overlap.f1),
        _pct(r.chars.f1),
        _pct(r.voice.accuracy), _pct(r.speaker.accuracy), _pct(r.verb.accuracy),
    ]


HEADER = ["type", "gold", "pred", "exact P", "exact R", "exact F1", "overlap P", "overlap R", "overlap F1", "chars F1", "voice", "speaker", "verb"]


def format_table(result: SpanEvaluation) -> str:
    """A plain-text table, one row per type and a micro-averaged `all` row, then what went unmatched."""
    rows = [HEADER] + [_row(r) for r in result.types.values()]
    if len(result.types) > 1:
        rows.append(_row(result.total))
    widths = [max(len(row[i]) for row in rows) for i in range(len(HEADER))]
    lines = ["  ".join(cell.ljust(w) if i == 0 else cell.rjust(w) for i, (cell, w) in enumerate(zip(row, widths))) for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    lines.append("")
    lines.append(f"{result.documents} gold documents; voice/speaker/verb: accuracy on overlap-matched spans where the gold gives them.")
    if result.by_row_id:
        lines.append(f"{result.by_row_id} gold document{'s' * (result.by_row_id != 1)} matched by the id of their table row "
                     "(gold 'a7' for framing's 'corpus:a7', the row with id a7 in corpus.csv).")
    if result.without_prediction:
        lines.append(f"{len(result.without_prediction)} gold documents had no prediction (their spans count as misses), e.g. {result.without_prediction[0]!r}.")
    if result.misaligned:
        lines.append(f"warning: in {len(result.misaligned)} document(s), e.g. {result.misaligned[0]!r}, predicted spans' texts are not the gold text at their "
                     "offsets: the gold text is not the text framing read (line ends CRLF read as LF, a byte-order mark, a cleaned text?); "
                     "these figures are wrong until the gold uses the text exactly as in the file (open it with newline='').")
    if result.unmatched_predictions:
        lines.append(f"{len(result.unmatched_predictions)} predicted documents matched no gold document and were ignored, e.g. {result.unmatched_predictions[0]!r}.")
    return "\n".join(lines)

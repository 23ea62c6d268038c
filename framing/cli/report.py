"""`framing report` (one interactive HTML file); `framing compare` is in `framing.cli.compare` and
shares the helpers here that read a corpus or saved scores."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer
from rich import box
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text
from typer.core import TyperCommand

from framing.batch import InputWarnings
from framing.cli import app
from framing.cli.compare_layout import plain_console
from framing.cli.input_errors import InputErrors
from framing.cli.options import (DropDuplicatesOption, ErrorsFile, Jobs, Lexicon, Model, NearDuplicatesOption, NoModel, Outlet, Paths, Scores,
                                 cannot_write, corpus_paths, duplicate_check, fail, scores_given_as_path)
from framing.cli.score import sentence_model, show_column_notes, show_lexicon_warnings, warned_line
from framing.duplicate_texts import Duplicates
from framing.lexicon import LexiconError
from framing.models import IngestError

if TYPE_CHECKING:
    from framing.compare import Comparison

# framing.compare and framing.report import SciPy and Plotly (seconds at start-up): they are imported
# inside the commands that use them, so `framing score` and `framing --help` start at once.

# The packaged scores the terminal summary shows (the report shows them all); a lexicon of the
# user's own adds its three after them (`summary_columns`).
SUMMARY_SCORES = {
    "loaded_author_per_1k": "loaded\nown\n/1k", "loaded_quoted_per_1k": "loaded\nquote\n/1k", "hedge_per_1k": "hedge\n/1k",
    "booster_per_1k": "boost\n/1k", "quote_share": "quoted\nwords", "nonneutral_verb_share": "non-\nneutral\nverbs",
}


def _analysed(paths: list[Path] | None, outlet: str | None, lexicon: list[Path] | None, model, jobs: int | None, err: Console,
              skip: Sequence[Path] = (), warned: InputWarnings | None = None, duplicates: Duplicates | None = None,
              errors: InputErrors | None = None) -> Iterator:
    """The corpus analysed, streamed with a progress bar; unreadable inputs go to `errors` (the first
    few told on stderr, all counted), `warned` counts the articles read with input warnings and
    `duplicates` the repeated texts.  A copy --drop-duplicates left out goes to `errors` (its --errors
    row, its count) and on to the report, which lists it apart from the inputs that could not be read
    ("left out as exact copies", naming the article each repeats)."""
    from framing.report import analyse_for_report

    errors = errors or InputErrors(err)
    with Progress(TextColumn("analysing"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=err, transient=True, disable=not err.is_terminal) as progress:
        task = progress.add_task("analyse", total=None)
        for item in analyse_for_report(corpus_paths(paths), outlet=outlet, lexicons=lexicon or (), model=model, jobs=jobs, skip=skip, warned=warned, duplicates=duplicates):
            if isinstance(item, IngestError):
                errors.add(item)
            progress.update(task, advance=1)
            yield item


def _default_out(paths: list[Path] | None, scores: Path | None = None) -> Path:
    if scores is not None:
        return Path("reports") / f"{scores.name.split('.')[0] or 'report'}.html"
    name = paths[0].stem if paths and len(paths) == 1 else "seeds" if not paths else "report"
    return Path("reports") / f"{name or 'report'}.html"


def summary_columns(scores: Sequence[str]) -> dict[str, str]:
    """Score -> column header of the terminal summary, for the scores a comparison holds: the
    packaged ones of SUMMARY_SCORES, then for each lexicon of the user's own its findings in every
    voice per 1,000 words (`euphemism_per_1k`, headed "euphemism" over "/1k"), read from the run's score
    names as the report's own tables read them.  The summary had shown only the packaged list, so a
    run whose point was `my-lexicons/euphemism.tsv` printed no figure of it.  One column a lexicon,
    not its three: three more pushed the outlets' names off an 80-column terminal (the report and
    `framing compare` have all three)."""
    from framing.user_lexicons import LEXICON_SCORE_SUFFIX, lexicons_in

    heads = {s: SUMMARY_SCORES[s] for s in SUMMARY_SCORES if s in scores}
    heads.update({name + LEXICON_SCORE_SUFFIX: f"{name}\n/1k" for name in lexicons_in(scores)})
    return heads


def _summary_table(c: Comparison) -> Table:
    by = {(r.score, r.outlet): r for r in c.profile}
    heads = summary_columns(c.scores)
    shown = list(heads)
    # no vertical rules: eight numeric columns then leave an outlet's name room on an 80-column terminal
    t = Table(title="Mean per article (the report has every score, intervals and tests)", title_justify="left",
              box=box.SIMPLE_HEAD, pad_edge=False, collapse_padding=True)
    t.add_column("outlet", max_width=24, overflow="fold")  # fold, not cut: "HuffPo…" named no outlet
    for col in ("n", "words", *heads.values()):  # numbers and short headers never break
        t.add_column(col, justify="right", no_wrap=True)
    for o in c.outlets[:20]:
        t.add_row(o.name, str(o.articles), f"{o.words:,}", *(_fmt(by[(s, o.name)].mean) for s in shown))
    if len(c.outlets) > 20:
        t.caption = f"and {len(c.outlets) - 20} more outlets in the report"
    return t


def _fmt(v: float | None) -> str:
    return "–" if v is None else f"{v:.3g}"


def mean_and_interval(mean: float | None, low: float | None, high: float | None) -> tuple[str, str]:
    """A mean and its 95% interval as the terminal writes them, both ends to the mean's decimals:
    ("50.2", "[49.0, 51.3]"), where `_fmt` on each number had written "[49, 51.3]"; ("50.2", "") with
    no interval.  The report's profile table and its chart write them so too (framing.report_numbers)."""
    from framing.report_numbers import with_interval

    if mean is None:
        return "–", ""
    text, low_text, high_text = with_interval(mean, low, high)
    return text, (f"[{low_text}, {high_text}]" if low is not None and high is not None else "")


class _PairsCommand(TyperCommand):
    """`report`'s command: typer cannot declare a repeatable two-value option, and click keeps only
    the last of a repeated one, so a second `--pair A B` silently replaced the first.  Every pair
    given is collected here from the arguments, before click parses them, into `ctx.meta`."""

    def parse_args(self, ctx, args):
        ctx.meta["pairs"] = pairs_given(args)
        return super().parse_args(ctx, args)


def pairs_given(args: Sequence[str]) -> list[tuple[str, str]]:
    """The ID_A ID_B after each `--pair` in `args`, in order (up to a `--`, after which all is paths);
    a `--pair` short of two values is left for click to refuse."""
    pairs, i = [], 0
    while i < len(args) and args[i] != "--":
        if args[i] == "--pair" and i + 2 < len(args) and "--" not in args[i + 1:i + 3]:
            pairs.append((args[i + 1], args[i + 2]))
            i += 3
            continue
        i += 1
    return pairs


@app.command(cls=_PairsCommand)
def report(
    ctx: typer.Context,
    paths: Paths = None,
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="The HTML file to write (default: reports/NAME.html).")] = None,
    title: Annotated[Optional[str], typer.Option("--title", help="Title shown at the top of the report (default: 'Framing report: ' and the event all articles share, else the folder they are in).")] = None,
    pair: Annotated[Optional[tuple[str, str]], typer.Option("--pair", metavar="ID_A ID_B", help="Two article ids (the `id` of `framing score` output: for a .txt file its name without extension, for a CSV or JSONL row FILE:ID) to show side by side, first in the report; give --pair again for more pairs.", show_default=False)] = None,
    outlet: Outlet = None,
    lexicon: Lexicon = None,
    model: Model = None,
    no_model: NoModel = False,
    jobs: Jobs = None,
    scores: Scores = None,
    near_duplicates: NearDuplicatesOption = None,
    drop_duplicates: DropDuplicatesOption = False,
    errors_file: ErrorsFile = None,
) -> None:
    """Write one interactive HTML report comparing outlets, with every finding shown in the text.

    With no PATHS it reports on seeds/ and writes reports/seeds.html.  The file opens offline
    in any browser and can be handed out as it is.  With --scores it reuses saved scores and
    reads each article's text again from its file.  With --drop-duplicates an exact copy of an
    earlier article is left out, and reported (a row of the --errors file).
    """
    from framing.report import ReportConfig, ReportError, write_report
    from framing.saved_scores import TextRecovery, records_with_text

    err = Console(stderr=True, emoji=False)  # 'news.csv:100: ...' is no emoji code (markup=False on each line with names)
    scores, paths = scores_given_as_path(scores, paths, err)  # `framing report scores.jsonl`: the saved scores, read as --scores
    pairs = ctx.meta.get("pairs") or ([tuple(pair)] if pair else [])  # every --pair given (see _PairsCommand)
    target = out or _default_out(paths, scores)
    if target.suffix.lower() not in (".html", ".htm"):  # `--out report.txt` or `--out reports` (a folder) held a page no browser opened as one
        raise fail(f"{target}: --out must end in .html (e.g. --out {target.with_suffix('.html') if target.suffix else target / 'report.html'}): "
                   "a browser opens the report by that name")
    recovery = TextRecovery()
    warned = InputWarnings()
    duplicates = duplicate_check(near_duplicates, scores, drop=drop_duplicates)  # repeated texts: marked in each article's notes (or dropped), counted for the line below
    input_errors = InputErrors(err, errors_file)
    input_errors.check(target)
    show_lexicon_warnings(err, lexicon)
    try:
        classifier = None if scores else sentence_model(model, no_model)
        config = ReportConfig(title=title, pairs=pairs,
                              threshold=getattr(classifier, "threshold", 0.5), lexicons=lexicon or ())
        if scores:
            items = input_errors.told(duplicates.count(records_with_text(scores, recovery)))  # as `framing score` marked them (copies dropped: --errors rows)
        else:
            items = _analysed(paths, outlet, lexicon, classifier, jobs, err, skip=[target, *filter(None, [errors_file])],  # an earlier report there is replaced, not read
                              warned=warned, duplicates=duplicates, errors=input_errors)
        with input_errors:
            result = write_report(items, target, config)
    except (LexiconError, ReportError, ValueError) as e:
        input_errors.show_line()
        raise fail(str(e)) from None
    except OSError as e:
        if e.filename is None or Path(e.filename) not in (target, *target.parents):
            raise
        raise cannot_write(e, "--out") from None  # `--out notes.txt/report.html`, a read-only folder: one line, not a traceback
    input_errors.show_line()
    if recovery.missing:
        err.print(Text("note", style="yellow"), f"{len(recovery.missing)} article text(s) could not be read again from their files "
                  f"(moved or changed since scoring, or their relative paths read from another folder than `framing score` ran in; first: {recovery.missing[0]}): their scores are in the report, their texts are not",
                  markup=False, highlight=False, soft_wrap=True)
    console = plain_console()  # outlet names and notes print as they are ("Post [bold]", "news:100")
    console.print(_summary_table(result.comparison))
    for note in result.comparison.notes[:3]:
        console.print(Text("note", style="yellow"), note, highlight=False)
    size = target.stat().st_size / 1e6
    show_column_notes(err, warned, outlet_given=outlet is not None)
    if warned.articles:
        err.print(warned_line(warned, " (each article's notes on how its text was read, in the report)"), markup=False, highlight=False, soft_wrap=True)
    for line in duplicates.lines(" (a note on each, in the report)", input_errors.dropped_place()):
        err.print(line, markup=False, highlight=False, soft_wrap=True)
    console.print(f"report: {target} ({result.articles} article{'s' * (result.articles != 1)}, {size:.1f} MB)", highlight=False, soft_wrap=True)
    # how to open it: a teacher double-clicks the file, or pastes this address into a browser
    console.print(f"open it in any browser (it works offline): {target.resolve().as_uri()}", highlight=False, soft_wrap=True)

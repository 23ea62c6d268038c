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
    from framing.compare import Comparison, ProfileRow

# framing.compare and framing.report import SciPy and Plotly (seconds at start-up): they are imported
# inside the commands that use them, so `framing score` and `framing --help` start at once.

# The packaged scores the terminal summary shows (the report shows them all), named on one line: a
# row's label where the outlets are the columns; a lexicon of the user's own adds one after them
# (`summary_columns`).  A share reads in percent, as the page's table of means and its chart give it.
SUMMARY_SCORES = {
    "loaded_author_per_1k": "loaded own /1k", "loaded_quoted_per_1k": "loaded quoted /1k", "hedge_per_1k": "hedges /1k",
    "booster_per_1k": "boosters /1k", "quote_share": "quoted words %", "nonneutral_verb_share": "non-neutral verbs %",
}
SUMMARY_OUTLETS = 20  # the rest are in the report


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
    """Score -> its label in the terminal summary, for the scores a comparison holds: the packaged
    ones of SUMMARY_SCORES, then for each lexicon of the user's own its findings in every voice per
    1,000 words (`euphemism_per_1k`, "euphemism /1k"), read from the run's score names as the
    report's own tables read them.  The summary had shown only the packaged list, so a run whose
    point was `my-lexicons/euphemism.tsv` printed no figure of it.  One row a lexicon, not its three
    (the report and `framing compare` have all three)."""
    from framing.user_lexicons import LEXICON_SCORE_SUFFIX, lexicons_in

    heads = {s: SUMMARY_SCORES[s] for s in SUMMARY_SCORES if s in scores}
    heads.update({name + LEXICON_SCORE_SUFFIX: f"{name} /1k" for name in lexicons_in(scores)})
    return heads


def summary_cell(row: ProfileRow, share: bool = False) -> tuple[str, str]:
    """(mean, what stands under it) of one outlet's score in the terminal summary, in the page's
    digits (report_numbers.with_interval, a share in percent): ("30.2", "[18.0, 42.6]"); with no
    interval, why: "one article", or "too few" (under compare's MIN_ARTICLES with a value).  A count
    of one article reads whole, "18", as on the page (report_figures.exact_count)."""
    from framing.report_figures import exact_count
    from framing.report_numbers import with_interval

    if row.mean is None:
        return "–", ""
    mean, low, high = with_interval(row.mean, row.low, row.high, 100 if share else 1, exact_count(row.score, row.n))
    if row.low is not None and row.high is not None:
        return mean, f"[{low}, {high}]"
    return mean, "one article" if row.n == 1 else "too few"


def _summary_table(c: Comparison, width: int = 80) -> Table:
    """Each outlet's mean of the summary's scores with its 95% interval under it, in the page's digits,
    and its number of articles: the scores as rows and the outlets as columns while that fits `width`
    (a class's two or three outlets), else a row a score and outlet.  The summary had given the means
    alone, "50" for the page's "50.0 [48.8, 51.2]", with no word of how few articles a mean was over.
    A class's one article an outlet has no interval anywhere: the title and each outlet's "1 article"
    say so once, not every cell.  Each outlet's words in all stand under its articles ("591 words"),
    or in a "words" column where a row is a score and outlet."""
    by = {(r.score, r.outlet): r for r in c.profile}
    heads = summary_columns(c.scores)
    outlets = c.outlets[:SUMMARY_OUTLETS]
    cells = {(s, o.name): summary_cell(by[(s, o.name)], s.endswith("_share")) for s in heads for o in outlets}
    intervals = any(cell[1].startswith("[") for cell in cells.values())
    # short titles: rich wraps a title to its table's width (two outlets of a class, about 50 columns)
    title = "Mean per article [95% interval]" if intervals else "Mean per article (no 95% intervals)"
    caption = [] if intervals else [f"An interval needs {c.min_articles} articles an outlet."]
    if intervals and any(cell[1] == "too few" for cell in cells.values()):
        caption.append(f"too few: under {c.min_articles} articles with a value, no interval.")
    if len(c.outlets) > SUMMARY_OUTLETS:
        caption.append(f"And {len(c.outlets) - SUMMARY_OUTLETS} more outlets in the report.")
    caption.append("The report has every score and its tests.")

    def counted(o) -> str:
        return "1 article" if o.articles == 1 else f"n={o.articles:,}"

    def needed(o) -> int:  # an outlet's column with no word and no number broken
        return max([*map(len, o.name.split()), len(counted(o)), len(words_line(o)),
                    *(len(text) for s in heads for text in cells[(s, o.name)])])

    # no vertical rules; each column costs its padding (as `framing compare`'s profile counts it)
    t = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False, collapse_padding=True,
              caption=" ".join(caption), caption_justify="left")
    if max(map(len, heads.values()), default=5) + sum(needed(o) + 3 for o in outlets) <= width:
        t.add_column("", no_wrap=True)
        for o in outlets:
            t.add_column(f"{o.name}\n{counted(o)}\n{words_line(o)}", justify="right", overflow="fold")
        for s, head in heads.items():
            t.add_row(head, *("\n".join(cells[(s, o.name)]) if intervals else cells[(s, o.name)][0] for o in outlets))
        return t
    # more outlets than fit side by side: a block of rows a score, one an outlet, its interval beside its mean
    t.add_column("score", overflow="fold")  # on a narrow terminal its words wrap, and the outlet keeps a column
    t.add_column("outlet", overflow="fold", min_width=8, max_width=24)  # fold, not cut: "HuffPo…" named no outlet
    for col in ("n", "words", "mean", "95% interval")[: 4 if intervals else 3]:
        t.add_column(col, justify="right", no_wrap=True)
    for s, head in heads.items():
        for i, o in enumerate(outlets):
            t.add_row(head if i == 0 else "", o.name, f"{by[(s, o.name)].n:,}", f"{o.words:,}", *cells[(s, o.name)][: 2 if intervals else 1],
                      end_section=i == len(outlets) - 1)
    return t


def words_line(outlet) -> str:
    """An outlet's words in all, under its name in the terminal summary ("591 words"), as the page's
    table of outlets counts them: a rate per 1,000 words over 591 words swings far, and the summary
    had said so nowhere since the intervals took its "words" column's room."""
    return "1 word" if outlet.words == 1 else f"{outlet.words:,} words"


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
    console.print(_summary_table(result.comparison, console.width))
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

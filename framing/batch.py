"""Score a whole corpus into an output (what `framing score` does): read -> skip what a resumed run
already wrote -> analyse on local cores or on Dask -> write JSONL, CSV or Parquet, streaming.

`run` yields, in input order, each ingest error and the number of articles written since the last
yield, so the caller can report errors and progress; it never prints.  Articles read with input
warnings (an ambiguous date, a file decoded as cp1252, ...) are counted in `job.warned`, so the
caller can say how many there were: the warnings themselves are in each article's output row.
Articles whose text exactly repeats an earlier one's get such a warning too, naming the first
(framing/duplicate_texts.py), and are counted in `job.duplicates`.
"""

from __future__ import annotations

import dataclasses
import itertools
import os
import re
from collections.abc import Iterable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from framing import export, ingest, parallel, run_settings, user_lexicons
from framing.duplicate_texts import PREFIXES as DUPLICATE, Duplicates
from framing.resume import ResumeState, prepare as prepare_resume
from framing.models import Article, IngestError
from framing.outlet_columns import taken_from, taken_from_line
from framing.outlet_groups import FEW_FILES, NO_OUTLET
from framing.pipeline import SentenceModel
from framing.text_columns import text_column_line
from framing.url_columns import url_column_line, url_taken_from


class JobError(ValueError):
    """Options that do not go together; the message says what to pass instead."""


def _named(item: Article) -> str:
    """"ID, from PATH": how a run note names the first article it speaks of."""
    return f"{item.id}, from {item.source_path}" if item.source_path else item.id


@dataclass
class InputWarnings:
    """Articles read with warnings about their input (ingest's `Article.warnings`: an ambiguous
    date, a cp1252 fallback, an HTML page saved as .txt, ...).  They are counted here as the input
    is read, in this process: the workers return encoded rows, not articles."""

    articles: int = 0
    first: str | None = None  # "ID: the first warning" of the first such article
    read: int = 0  # articles read
    without_outlet: int = 0  # of those, articles that name no outlet (see `outlet_line`)
    first_without_outlet: Article | None = None  # (its text dropped: only the names are kept)
    outlet_columns: dict[str, int] = field(default_factory=dict)  # publisher/source -> articles whose outlet is its value
    first_from_column: str | None = None  # "ID, from PATH" of the first of those (see `outlet_column_line`)
    text_columns: dict[str, int] = field(default_factory=dict)  # content/body/... -> articles whose text is in it
    first_text_column: str | None = None  # "ID, from PATH" of the first of those (see `text_column_line`)
    url_columns: dict[str, int] = field(default_factory=dict)  # link/news_link -> articles whose url is its value
    first_url_column: str | None = None  # "ID, from PATH" of the first of those (see `url_column_line`)

    def count(self, items: Iterable[Article | IngestError]) -> Iterator[Article | IngestError]:
        for item in items:
            if isinstance(item, Article):
                self.read += 1
                if not item.outlet:
                    self.without_outlet += 1
                    if self.first_without_outlet is None:
                        self.first_without_outlet = Article(item.id, "", source_path=item.source_path, metadata=dict(item.metadata))
                elif (column := taken_from(item.outlet, item.metadata, item.url)) is not None:
                    self.outlet_columns[column] = self.outlet_columns.get(column, 0) + 1
                    self.first_from_column = self.first_from_column or _named(item)
            if isinstance(item, Article) and item.text_column:
                self.text_columns[item.text_column] = self.text_columns.get(item.text_column, 0) + 1
                self.first_text_column = self.first_text_column or _named(item)
            if isinstance(item, Article) and item.url and (column := url_taken_from(item.url, item.metadata)) is not None:
                self.url_columns[column] = self.url_columns.get(column, 0) + 1
                self.first_url_column = self.first_url_column or _named(item)
            if isinstance(item, Article) and item.warnings:
                about_input = [w for w in item.warnings if not w.startswith(DUPLICATE)]  # duplicates have a line of their own
                if about_input:
                    self.articles += 1
                    if self.first is None:
                        self.first = f"{item.id}: {about_input[0]}"
            yield item


    def column_lines(self, this_run: bool = False, outlet_given: bool = False) -> list[str]:
        """The run's notes on the columns read in place of others: the text's (`content`, ...), the
        url's (`link`, ...) and, unless --outlet named every article's outlet (`outlet_given`), the
        outlet's (`publisher`, a url's site, ...).  Every command that reads a corpus prints them
        (score, compare, report): the scores, and the groups compare and the report make, rest on
        which columns were read, whichever command the researcher ran first."""
        lines = [self.text_column_line(this_run), self.url_column_line(this_run)]
        if not outlet_given:
            lines.append(self.outlet_column_line(this_run))
        return [line for line in lines if line]

    def outlet_column_line(self, this_run: bool = False) -> str | None:
        """A line naming the articles whose outlet is their `publication`, `publisher`, `source`, `site`
        or `domain` value or their url's site (read as the outlet where no `outlet` names one:
        framing/outlet_columns.py; its wording `taken_from_line`), or None.  Why: the
        grouping `framing compare` will use comes from a column the user did not call `outlet`,
        and a `source` can mean something else (a wire service, a data set); they should know."""
        if not self.outlet_columns:
            return None
        return taken_from_line(self.outlet_columns, " scored in this run" if this_run else "", self.first_from_column or "")

    def text_column_line(self, this_run: bool = False) -> str | None:
        """A line naming the articles whose text is a table's `content`, `body`, `article` or `story`
        column (read where it has no `text`: framing/text_columns.py), or None: the user should know
        which column was scored."""
        if not self.text_columns:
            return None
        return text_column_line(self.text_columns, " scored in this run" if this_run else "", self.first_text_column or "")

    def url_column_line(self, this_run: bool = False) -> str | None:
        """A line naming the articles whose url is a table's `link` or `news_link` (read where a row
        has no `url`: framing/url_columns.py), or None."""
        if not self.url_columns:
            return None
        return url_column_line(self.url_columns, " scored in this run" if this_run else "", self.first_url_column or "")

    def outlet_line(self, this_run: bool = False) -> str | None:
        """A line for articles that name no outlet, or None when every article names one (or a
        teacher's two to four files, which the report and compare name by file instead).

        Why: a table whose outlet column has another name (`newspaper`, `paper`; `publisher`, `site`
        and the others are read as the outlet: framing/outlet_columns.py) is read without a word, its
        outlets kept in `metadata`, and the researcher learns of it only when `framing compare`
        finds one group; the scores are right, the grouping is not.  The line names the first such
        article, its file, and the input's other columns `--by` could group by.  `this_run`: a
        resumed run counts only the articles it scored, not those its output held, and says so."""
        if not self.without_outlet or self.read <= FEW_FILES:
            return None
        first = self.first_without_outlet
        scored = " scored in this run" if this_run else ""
        which = (f"no article{scored} names its outlet" if self.without_outlet == self.read
                 else f"{self.without_outlet:,} of the {self.read:,} articles{scored} name no outlet")
        where = f"{first.id}, from {first.source_path}" if first.source_path else first.id
        is_table = bool(first.source_path) and TABLE_NAME.search(first.source_path) is not None
        remedy = ('give the table an "outlet" column' if is_table
                  else "name each file's outlet in a manifest.csv beside the files (columns path, outlet)")
        columns = sorted(first.metadata)
        by = (f", or group by one of its other columns with --by ({', '.join(columns[:8])}{', ...' if len(columns) > 8 else ''})"
              if columns else ", or with files kept one folder per outlet, compare with --by folder" if not is_table else "")
        return (f"{which} (the first: {where}): framing compare and framing report count them as one group, "
                f"{NO_OUTLET}; {remedy} or pass --outlet NAME{by}")


TABLE_NAME = re.compile(r"\.(csv|tsv|jsonl|ndjson)(\.gz)?$", re.IGNORECASE)


@dataclass
class ScoreJob:
    """Everything one scoring run needs (see `framing score --help`)."""

    paths: list[Path]
    format: str = "jsonl"  # jsonl | csv | parquet
    out: Path | None = None  # None: standard output (not for parquet)
    spans: Path | None = None  # CSV: one row per finding here
    outlet: str | None = None
    lexicons: tuple[str, ...] = ()
    model: SentenceModel | None = None
    jobs: int | None = None  # None: all cores
    scheduler: str | None = None  # a Dask scheduler address, or "local"
    resume: bool = False
    errors: Path | None = None  # CSV: one row per unreadable input here (written by the caller, checked here)
    state: ResumeState = field(default_factory=ResumeState)  # filled by `run`
    warned: InputWarnings = field(default_factory=InputWarnings)  # filled by `run`
    duplicates: Duplicates = field(default_factory=Duplicates)  # exact duplicate texts, found by `run`

    def check(self) -> None:
        if self.format not in export.FORMATS:
            raise JobError(f"unknown format {self.format!r}; use one of {', '.join(export.FORMATS)}")
        if self.format == "parquet" and self.out is None:
            raise JobError("--format parquet writes a folder: pass --out FOLDER (e.g. --out scores.parquet)")
        if self.format == "parquet" and self.spans is not None:  # (--out scores.parquet chose Parquet without --format)
            raise JobError(f"Parquet output is a folder holding the findings table too ({self.out / 'spans'}, beside "
                           f"{self.out / 'articles'}); drop --spans")
        if self.spans is not None and self.format != "csv":
            raise JobError("--spans writes a CSV of findings beside --format csv; JSONL lines already hold the spans: "
                           "drop --spans, or pass --format csv for a table of articles and one of findings")
        if self.spans is not None and self.spans.suffix.lower() in NOT_CSV:
            # CSV text had been written into spans.parquet, which pyarrow then refused ("magic bytes not found")
            raise JobError(f"--spans {self.spans}: the findings are written as CSV, but the name says {self.spans.suffix.lstrip('.')}, "
                           f"and tools that go by the name would misread it; name it {self.spans.with_suffix('.csv')}, "
                           "or write Parquet tables of articles and findings with --out FOLDER.parquet and no --spans")
        if self.scheduler and self.format != "parquet":
            raise JobError("--scheduler writes partitioned Parquet: add --format parquet --out FOLDER")
        if self.resume and self.out is None:
            raise JobError("--resume continues an output file: pass the same --out as the interrupted run")
        if self.spans is not None and self.out is not None and self.spans.resolve() == self.out.resolve():
            # both writers would truncate and fill one file: rows of two tables interleaved
            raise JobError(f"--spans and --out both name {self.out}; give the findings a file of their own (e.g. --spans spans.csv)")
        if self.out is not None and self.out.is_dir() and self.format != "parquet":
            raise JobError(f"--out {self.out} is a folder; name a file in it (--out {self.out / ('scores.' + self.format)}), "
                           "or write Parquet there with --format parquet")
        if self.spans is not None and self.spans.is_dir():
            raise JobError(f"--spans {self.spans} is a folder; name a file in it (--spans {self.spans / 'spans.csv'})")
        if self.errors is not None and self.errors.is_dir():
            raise JobError(f"--errors {self.errors} is a folder; name a file in it (--errors {self.errors / 'errors.csv'})")
        if self.errors is not None and any(p is not None and self.errors.resolve() == p.resolve() for p in (self.out, self.spans)):
            raise JobError(f"--errors {self.errors} is also the output; give the errors a file of their own (e.g. --errors errors.csv)")
        if self.out is not None and self.out.exists() and not self.resume:
            if self.format == "parquet" and any(self.out.iterdir() if self.out.is_dir() else [self.out]):
                raise JobError(f"{self.out} already exists: pass --resume to continue it, or choose another --out")


NOT_CSV = frozenset({".parquet", ".jsonl", ".ndjson", ".json", ".tsv", ".xlsx"})  # --spans names that promise another format


def run(job: ScoreJob, stdout: IO[str] | None = None) -> Iterator[IngestError | int]:
    """Score `job.paths` into `job.out` (or `stdout`); see the module docstring for what it yields."""
    job.check()
    recipe = parallel.AnalyzerRecipe(tuple(job.lexicons), job.model)
    recipe.build()  # a bad --lexicon fails here, once, with its file and line, before any worker starts
    for path in (job.out, job.spans):
        if path is not None and not path.parent.exists():
            path.parent.mkdir(parents=True)  # `--out results/scores.csv` into a new folder, as report and compare do
    with ExitStack() as lock:
        if job.out is not None:
            lock.enter_context(exclusive_output(job.out, folder=job.format == "parquet"))
        yield from _run_locked(job, recipe, stdout)


@contextmanager
def exclusive_output(out: Path, folder: bool = False) -> Iterator[None]:
    """Hold an advisory lock on `out` while a run writes it, so a second run into the same output
    (the same command started again, or `--resume` while the first still runs) stops with a message
    instead of both appending and mixing their rows.  The lock goes with the process: a killed run
    leaves none behind.  Where the system has no `flock` (Windows), runs are not checked."""
    try:
        import fcntl
    except ImportError:
        yield
        return
    if folder:
        out.mkdir(parents=True, exist_ok=True)
        fd = os.open(out, os.O_RDONLY)
    else:
        fd = os.open(out, os.O_RDONLY | os.O_CREAT, 0o644)  # not truncated: a resumed run still reads it
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise JobError(f"{out} is being written by another framing run that is still going; let it finish, or stop it "
                           "and continue with --resume") from None
        yield
    finally:
        os.close(fd)


def _run_locked(job: ScoreJob, recipe: parallel.AnalyzerRecipe, stdout: IO[str] | None) -> Iterator[IngestError | int]:
    settings = run_settings.RunSettings.of(job.lexicons, job.model) if job.out is not None else None
    if settings is not None and job.format == "csv":
        settings = dataclasses.replace(settings, spans=str(job.spans) if job.spans is not None else "")
    recorded = run_settings.read(job.out, job.format) if job.resume else None
    score_names = user_lexicons.run_score_names(job.lexicons)  # the CSV header's scores, the user's lexicons' included
    if job.resume:
        job.state = prepare_resume(job.format, job.out, job.spans, export.article_columns(score_names), export.SPAN_COLUMNS)
        job.state.check_model(job.out, job.model.name if job.model is not None else None)
        try:
            if recorded is not None:
                run_settings.check(job.out, job.format, recorded, settings)
            if job.format == "csv":
                run_settings.check_spans(job.out, recorded, job.spans, len(job.state.done))
        except run_settings.SettingsMismatch as e:
            raise JobError(str(e)) from None
    own = (job.out, job.spans, job.errors, run_settings.settings_path(job.out, job.format) if job.out is not None else None)
    own_outputs = [p for p in own if p is not None]  # never read back as input
    read = ingest.read_articles(job.paths, outlet=job.outlet, skip=own_outputs)
    # duplicates are looked for before a resumed run skips what it wrote, so a text written then still counts as read
    items = job.duplicates.count(job.warned.count(job.state.skip_done(job.duplicates.mark(read))))
    held, items = _up_to_first_article(items)
    if not held or isinstance(held[-1], IngestError):
        # Not one article to write (a mistyped folder, only unreadable files, a resumed run with
        # nothing left): an earlier run's output and record are left as they were, not emptied.
        yield from held
        return
    if settings is not None and (not job.resume or (recorded is None and not job.state.done)):
        # a fresh output (or a resumed one that holds nothing yet) records what it is scored with;
        # one resumed without a record keeps none: what its first articles were scored with is unknown
        run_settings.write(job.out, job.format, settings)
    items = itertools.chain(held, items)
    if job.scheduler:
        from framing import distributed

        client = distributed.connect(job.scheduler)
        try:
            yield from distributed.score_on_dask(items, recipe, job.out, client, first_part=job.state.next_part)
        finally:
            client.close()
        return
    with ExitStack() as stack:
        writer = _open_writer(job, stack, stdout, score_names)
        try:
            for result in parallel.analyze_in_order(items, recipe, job.jobs, encode=writer.encode):
                if isinstance(result, IngestError):
                    yield result
                    continue
                writer.write(result)
                yield 1
        except (KeyboardInterrupt, SystemExit):
            # Ctrl-C or SIGTERM: what was scored is written out, so the output "keeps the articles
            # scored so far" as the CLI then says.  For Parquet this finishes the part being
            # written (up to 20,000 articles) rather than leaving it a temporary file to discard.
            writer.close()
            raise
        writer.close()


def _up_to_first_article(
    items: Iterable[Article | IngestError],
) -> tuple[list[Article | IngestError], Iterator[Article | IngestError]]:
    """The items up to and including the first article (only errors if there is none), and the
    rest, still unread: nothing is written or emptied before there is an article to write."""
    rest = iter(items)
    held: list[Article | IngestError] = []
    for item in rest:
        held.append(item)
        if isinstance(item, Article):
            break
    return held, rest


def _open_writer(job: ScoreJob, stack: ExitStack, stdout: IO[str] | None, score_names: list[str] | None = None) -> export.AnalysisWriter:
    if job.format == "parquet":
        from framing.parquet import ParquetWriter

        return ParquetWriter(job.out, first_part=job.state.next_part)
    # Both files are opened before either is emptied: a --spans that cannot be written used to
    # leave the --out of an earlier run truncated to nothing.
    files = [stack.enter_context(p.open("a", encoding="utf-8", newline="")) if p else None
             for p in (job.out, job.spans if job.format == "csv" else None)]
    if not job.resume:
        for f in files:
            if f is not None:
                f.truncate(0)
    target, spans = files[0] or stdout, files[1]
    if job.format == "jsonl":
        return export.JsonlWriter(target)
    return export.TableWriter(target, spans, header=not job.state.header, spans_header=not job.state.spans_header,
                              score_names=score_names)

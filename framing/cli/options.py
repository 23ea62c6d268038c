"""Options shared by every command, defined once so they are spelled and behave alike (STYLE 2)."""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Annotated, Optional

import typer

Paths = Annotated[
    Optional[list[Path]],
    typer.Argument(help="Files or folders of articles (.txt, .md, .html, .mhtml, .docx, .doc, .odt, .pdf, .rtf, .jsonl, .csv, .parquet), or patterns (\"news/*.txt\"). Default: seeds/.", show_default=False),
]


def _check_lexicons(value: Optional[list[Path]]) -> Optional[list[Path]]:
    """--lexicon files are read leniently (a short row still counts), so a row `framing lexicon
    validate` rejects would otherwise go unnoticed: say so on stderr, one line each, and go on."""
    existing = [p for p in value or () if p.exists()]
    if existing:
        from framing.lexicon_validate import errors, stop_line, validate

        problems = errors(validate(existing))
        fatal = _unloadable(existing, problems) if problems else None
        if fatal is not None:  # the run cannot start: validate's one line (it says what to do), not a warning then the loader's error
            raise fail(stop_line(fatal, problems, existing))
        for problem in problems:
            typer.secho(f"{problem.path}{f':{problem.line}' if problem.line else ''}: warning: {problem.message}; {problem.fix} "  # as validate words it (line 0: the whole file)
                        f"(`framing lexicon validate` checks the file)", err=True, fg=typer.colors.YELLOW)
    return value


def _unloadable(paths: list[Path], problems: list):
    """The problem that stops the --lexicon files from loading at all (a header, an encoding, a
    weight), as `framing lexicon validate` words it; None when they load."""
    import re

    from framing.lexicon import LexiconError, load

    try:
        load(paths)
    except LexiconError as e:
        where = re.match(r"(.+?):(\d+): ", str(e))
        for p in problems:
            if where and Path(p.path).resolve() == Path(where[1]).resolve() and p.line == int(where[2]):
                return p
    return None


# --help groups options under these headings, the same in every command (the rest stay under "Options")
ARTICLES_PANEL = "Articles"
ANALYSIS_PANEL = "Analysis"
CORPORA_PANEL = "Big corpora"

Lexicon = Annotated[
    Optional[list[Path]],
    typer.Option("--lexicon", "-l", help="Extra lexicon file or folder (repeatable); extends or overrides the packaged lexicons: NAME.tsv adds to lexicon NAME, a row for a term we list replaces ours, and a hedge.tsv row for one of our boosters (or a booster.tsv row for a hedge) moves the word.",
                 callback=_check_lexicons, metavar="PATH", rich_help_panel=ANALYSIS_PANEL),
]
def _check_outlet(value: Optional[str]) -> Optional[str]:
    """`--outlet ""` (often `--outlet "$OUTLET"` with the variable unset) named no outlet, and the run
    went on with the manifests' outlets as if the option were not there: say so instead."""
    if value is not None and not value.strip():
        raise fail('--outlet is empty: give the outlet\'s name (--outlet "The Daily Example"), or leave the option out '
                   "to take each article's outlet from its manifest or file", code=2)
    return value.strip() if value is not None else None  # (' BBC' and 'BBC' are one outlet)


Outlet = Annotated[Optional[str], typer.Option("--outlet", help="Outlet name for every article read (overrides manifests).",
                                               callback=_check_outlet, rich_help_panel=ARTICLES_PANEL)]
Model = Annotated[Optional[Path], typer.Option("--model", help="Sentence classifier to use (a path `framing train` created).", rich_help_panel=ANALYSIS_PANEL)]
NoModel = Annotated[bool, typer.Option("--no-model", help="Lexicon-only scores: run no sentence classifier.", rich_help_panel=ANALYSIS_PANEL)]
Jobs = Annotated[Optional[int], typer.Option("--jobs", "-j", help="Worker processes (default: all cores).", min=1, metavar="N", rich_help_panel=CORPORA_PANEL)]
Scores = Annotated[
    Optional[Path],
    typer.Option("--scores", help="Saved scores to reuse instead of analysing PATHS again: a JSONL file or a Parquet folder from `framing score` (compare also takes its CSV).", rich_help_panel=ARTICLES_PANEL),
]
ErrorsFile = Annotated[Optional[Path], typer.Option(
    "--errors", help="Also write every input left out to this CSV (path, line, id, source_id, error), one row each: the unreadable "
                     "ones, and any copies dropped as duplicates (a header only when there is none). The terminal shows the first "
                     "ten unreadable inputs and a count either way.", show_default=False)]
DropDuplicatesOption = Annotated[
    bool,
    typer.Option("--drop-duplicates", help="Leave out an article whose text exactly repeats an earlier one's (a corpus scraped twice): "
                                           "not scored (compare and report with --scores: the copies `framing score` marked are left out), and each one a row of the --errors "
                                           "file naming the article it repeats; the summary counts them. Off by default: copies are "
                                           "scored, with a warning.",
                 rich_help_panel=ARTICLES_PANEL),
]
Out = Annotated[Optional[Path], typer.Option("--out", "-o", help="Output file, or folder for --format parquet (default, or -: standard output).")]
NearDuplicatesOption = Annotated[
    Optional[float],
    typer.Option("--near-duplicates", metavar="SIMILARITY", show_default=False,
                 help="Also warn about near copies of an earlier article (wire copy with another first line or a trimmed tail): "
                      "at least this share of the shorter text's 5-word sequences in the other, estimated (e.g. 0.7; a half-length "
                      "copy counts). Off by default: it adds about 5% to the time and keeps about 280 bytes a text.",
                 rich_help_panel=ARTICLES_PANEL),
]


def duplicate_check(similarity: float | None, scores: Path | None = None, drop: bool = False):
    """The duplicate check a command runs: exact always, near copies with --near-duplicates, exact
    copies dropped (not scored) with --drop-duplicates.  With --scores it counts what the scoring
    run marked, and with --drop-duplicates leaves out each record marked as an exact copy (the
    comparison is then the one --drop-duplicates gives on the articles, and each copy a DroppedDuplicate
    for `InputErrors.told`); asking it for near copies is an error (no text is read)."""
    from framing.duplicate_texts import Duplicates
    from framing.near_duplicates import NearDuplicates

    if similarity is None:
        return Duplicates(drop=drop)
    if scores is not None:
        raise fail("--near-duplicates looks at texts as they are read, and --scores reads none: pass it to `framing score` "
                   "instead (its warnings are kept with the scores, and counted here)", code=2)
    try:
        return Duplicates(near=NearDuplicates(similarity), drop=drop)
    except ValueError as e:
        raise fail(f"--near-duplicates: {e}", code=2) from None


def scores_given_as_path(scores: Path | None, paths: list[Path] | None, err) -> tuple[Path | None, list[Path] | None]:
    """(--scores, PATHS) checked once, for every command that takes --scores: one PATH that holds
    saved scores (`framing compare scores.csv`) is read as the --scores it is, with a note on `err`
    saying so (it had been refused as "a CSV written by framing score, not articles", and then "no
    articles to compare"); --scores with PATHS beside it, or naming nothing, is a one-line error
    before any work."""
    from framing.saved_scores import written_by_score

    if scores is None and paths and len(paths) == 1 and written_by_score(paths[0]):
        err.print(f"note: {paths[0]} holds the scores framing score wrote: read as --scores {paths[0]} (not analysed again)",
                  markup=False, highlight=False, soft_wrap=True)
        return paths[0], None
    if scores is not None and paths:
        raise fail("pass either PATHS to analyse or --scores to reuse saved scores, not both", code=2)
    if scores is not None and not scores.exists():
        raise fail(f"{scores}: no such scores file or folder; write one with `framing score --out`", code=2)
    return scores, paths


DEFAULT_CORPUS = Path("seeds")


def corpus_paths(paths: list[Path] | None) -> list[Path]:
    """The paths given, or the sample corpus `seeds/` when none are; a clear error if it is absent."""
    if paths:
        paths = _expand_patterns(paths)
        missing = [p for p in paths if not p.exists()]
        if missing and str(missing[0]).startswith(("http:/", "https:/")):  # Path() has made '//' one '/'
            raise fail(f"{missing[0].as_posix().replace(':/', '://', 1)}: framing reads no web addresses (nothing is downloaded); "
                       "save the page in the browser (Save Page As, 'Web Page, HTML only') and pass the .html file", code=2)
        if missing and str(missing[0]) == "-":
            raise fail("-: framing does not read articles from standard input; save them to a file (.jsonl: one "
                       "JSON object a line with a 'text' field) and pass its path", code=2)
        if missing:
            from framing.input_files import broken_link

            raise fail(f"{missing[0]}: {broken_link(missing[0]) or 'no such file or folder; pass files or folders of articles'}", code=2)
        return paths
    if not DEFAULT_CORPUS.is_dir():
        raise fail("no paths given and no seeds/ folder here; pass files or folders of articles", code=2)
    return [DEFAULT_CORPUS]


def _expand_patterns(paths: list[Path]) -> list[Path]:
    """`"news/*.txt"` as the shell would have expanded it: quoted, or typed in a Windows shell, which
    leaves patterns to the program, it was "no such file or folder".  A pattern matching nothing is an
    error naming it."""
    import glob

    expanded: list[Path] = []
    for p in paths:
        if p.exists() or not any(c in str(p) for c in "*?["):
            expanded.append(p)
            continue
        matches = sorted(glob.glob(str(p), recursive=True))
        if not matches:
            raise fail(f"{p}: no file matches this pattern; check it, or pass the folder that holds the articles", code=2)
        expanded.extend(Path(m) for m in matches)
    return expanded


def cannot_write(e: OSError, options: str = "--out (or --spans, --errors)") -> typer.Exit:
    """The one-line error for an output that cannot be written (its folder is a file, or read-only):
    found when the file is opened, it was a traceback.  `options`: the command's output options."""
    where = f"{e.filename}: " if e.filename else ""
    if e.filename and e.errno in (errno.ENOTDIR, errno.EEXIST):  # `--out notes.txt/scores.jsonl`: "Not a directory" named no culprit
        path = Path(e.filename)
        blocker = next((p for p in (path, *path.parents) if p.is_file()), None)
        if blocker is not None:
            return fail(f"{where if blocker != path else ''}{blocker} is a file, not a folder; choose another {options} path")
    return fail(f"{where}{e.strerror or e}; check that the path and its folders exist and can be written")


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print a one-line error to stderr and return the Exit to raise."""
    typer.secho(f"error: {message}", err=True, fg=typer.colors.RED)
    return typer.Exit(code)

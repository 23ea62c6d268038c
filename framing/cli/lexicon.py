"""`framing lexicon ...`: the command group, and the commands that read and edit lexicon files:
list, show, validate, test, add.  The commands that measure lexicons against articles or gold
(stats, coverage, evaluate) are in framing/cli/lexicon_measure.py.

Each command calls one library function (framing.lexicon*, framing.analyze) and formats it."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated, Optional

import typer

from framing.cli import app
from framing.cli.options import Lexicon, fail
from framing.lexicon import EXCLUSIVE, LexiconError, load

lexicon_app = typer.Typer(help="Inspect, check, extend and measure the lexicons.", no_args_is_help=True)
app.add_typer(lexicon_app, name="lexicon")

# `lexicon evaluate`'s default gold; read when the command runs, so it can be pointed elsewhere.
DEFAULT_GOLD = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "babe" / "babe_sg2_final_labels.csv"
BABE_SOURCE = "github.com/Media-Bias-Group/Neural-Media-Bias-Detection-Using-Distant-Supervision-With-BABE"  # AGPL-3.0


def _show_warnings(lexicon: list[Path] | None) -> None:
    """What `framing lexicon validate` warns about the --lexicon files (a row overriding ours, one
    never found, a booster moved to the hedges, ...), on stderr, as score, report and compare say
    it: every command that reads text or counts with the user's rows says it alike (the --lexicon
    option has printed the errors)."""
    from rich.console import Console

    from framing.cli.score import show_lexicon_warnings

    show_lexicon_warnings(Console(stderr=True), lexicon)


def _load(lexicon: list[Path] | None):
    try:
        return load(lexicon or ())
    except LexiconError as e:
        raise fail(str(e)) from None


@lexicon_app.command("list")
def list_(lexicon: Lexicon = None) -> None:
    """Every lexicon in force: entries, version and what it is for."""
    _show_warnings(lexicon)  # "was my file read, and what does it change?" is asked here first
    lexset = _load(lexicon)
    for name in lexset.names():
        meta = lexset.metadata.get(name, {})
        rows = lexset.entries[name].values()
        plain = sum(e.category == "plain_sense" for e in rows)  # not findings: counted apart, as lexicons/README.md and coverage count
        size = f"{len(rows) - plain} entries" + (f" (+{plain} plain-sense rows)" if plain else "")
        typer.echo(f"{name}\t{size}\t{meta.get('version', '-')}\t{meta.get('description', '')}")
    if lexicon:
        _echo_yours(lexset)


def _echo_yours(lexset) -> None:
    """What the --lexicon files change, per lexicon: the counts above mix the user's rows in, so a
    builder could not tell whether a file was read at all."""
    from framing.lexicon_coverage import user_entries

    ours = load(())
    mine: dict[str, list] = {}
    for e in user_entries(lexset):
        mine.setdefault(e.lexicon, []).append(e)
    typer.echo("" if mine else "\nyours: no rows in the --lexicon files given")
    for name, rows in sorted(mine.items()):
        overriding = sum(ours.lookup(name, e.term) is not None for e in rows)
        other = EXCLUSIVE.get(name)  # a hedge row for our booster takes the word from ours (lexicon.load)
        moved = [e.term for e in rows if other and e.category != "plain_sense" and ours.lookup(other, e.term) is not None]
        files = ", ".join(sorted({_where(e).rsplit(":", 1)[0] for e in rows}))
        new = sorted(set((lexset.metadata.get(name) or {}).get("categories") or {}) - set((ours.metadata.get(name) or {}).get("categories") or {}))
        typer.echo(f"yours, {name}: {len(rows)} row{'s' * (len(rows) != 1)} from {files}, {overriding} overriding ours"
                   + (f", {len(moved)} moving ours from {other} ({', '.join(map(repr, moved[:3]))}{', ...' if len(moved) > 3 else ''})" if moved else "")
                   + (f"; new categories: {', '.join(new)}" if new else "")
                   # a new lexicon: what a builder then finds in the output (framing.user_lexicons)
                   + (f"; a new lexicon: its terms are found as findings of the type {name!r}, scored as {name}_per_1k"
                      if name in lexset.new_lexicons else ""))


@lexicon_app.command()
def show(
    name: Annotated[str, typer.Argument(help="Lexicon name, e.g. loaded, hedge, booster.")],
    category: Annotated[Optional[str], typer.Option("--category", "-c", help="Only rows of this category.")] = None,
    lexicon: Lexicon = None,
) -> None:
    """Print a lexicon's rows (term, category, weight, note, where it comes from)."""
    lexset = _load(lexicon)
    if name not in lexset.entries:
        owners = [n for n in lexset.names() if name in (lexset.metadata.get(n) or {}).get("categories", {})]
        hint = (f"; {name!r} is a category of {owners[0]!r}: framing lexicon show {owners[0]} --category {name}"
                + "".join(f" --lexicon {p}" for p in lexicon or ()) if owners else "; `framing lexicon list` names them")
        raise fail(f"no lexicon {name!r}{hint}")
    cats = lexset.metadata.get(name, {}).get("categories", {})
    if category and cats and category not in cats:
        mine = "" if lexicon else "; a category of your own is shown with --lexicon and the folder whose metadata.json defines it"
        raise fail(f"lexicon {name!r} has no category {category!r}; its categories: {', '.join(cats)}{mine}")
    shown: set[tuple[str, int]] = set()  # a row with slots is shown once, as written, not once per phrase
    for e in sorted(lexset.entries[name].values(), key=lambda e: (e.category, e.term)):
        if (category is None or e.category == category) and (e.path, e.line) not in shown:
            if e.pattern:
                shown.add((e.path, e.line))
            typer.echo(f"{e.pattern or e.term}\t{e.category}\t{e.weight or ''}\t{e.note}\t{_where(e)}")


@lexicon_app.command()
def validate(
    paths: Annotated[Optional[list[Path]], typer.Argument(help="Lexicon files or folders (default: the packaged lexicons).", show_default=False)] = None,
) -> None:
    """Check lexicon files; every problem names the file, the line and the fix.  Exit code 1 on errors."""
    from framing.lexicon_validate import errors, validate as run

    found = run(paths or [])
    problems = [p for p in found if p.severity != "intended"]  # overrides the row's note says are meant: counted, not repeated
    for p in problems:
        typer.secho(str(p), err=True, fg=typer.colors.RED if p.severity == "error" else typer.colors.YELLOW)
    n_err = len(errors(problems))
    n_warn = len(problems) - n_err
    meant = len({(p.path, p.line) for p in found if p.severity == "intended"})
    typer.echo(f"{n_err} error{'s' * (n_err != 1)}, {n_warn} warning{'s' * (n_warn != 1)}"
               + (f"; {meant} row{'s' * (meant != 1)} overriding ours on purpose (note starting 'override:'), not warned about" if meant else ""))
    if n_err:
        raise typer.Exit(1)


@lexicon_app.command()
def test(
    text: Annotated[Optional[str], typer.Argument(help="Text to analyse, e.g. 'Lavrov dismissed Zelensky as \"pathetic\".'", show_default=False)] = None,
    file: Annotated[Optional[Path], typer.Option("--file", "-f", help="An article file (.txt, .md, .html) to explain instead of TEXT; offsets index its text as read.", show_default=False)] = None,
    lexicon: Lexicon = None,
) -> None:
    """Show what matches in TEXT (or an article --file): where, which type, voice, speaker, the entry and the rule that decided."""
    from framing.lexicon_explain import explain, explain_sourcing, slot_note

    if (text is None) == (file is None):
        raise fail("give the TEXT to explain, or --file ARTICLE for an article file, not both", code=2)
    if file is not None:
        text = _article_text(file)
    _show_warnings(lexicon)  # a row of theirs never found, or overridden: why the lines below lack it
    try:
        found, dropped = explain(text, lexicon or ())
        sourcing = explain_sourcing(text, lexicon or ())
    except LexiconError as e:
        raise fail(str(e)) from None
    if not found and not dropped and not sourcing:
        typer.echo("no lexicon matches")
    for s, entry in found:
        speaker = f" speaker={s.speaker}" if s.speaker else ""
        rule = f"  rule: {s.rule}" if s.rule else ""
        typer.echo(f"{s.start}-{s.end}\t{s.text!r}\t{s.type}/{s.category} w={s.weight or '-'}\tvoice={s.voice}{speaker}\t"
                   f"entry {entry.term!r} ({_where(entry)}{slot_note(entry, lexicon or ())}){rule}")
    for m, why in dropped:
        # the row the rule read: a plain_sense row ('brutal winter') is itself the match; else the row turned down
        typer.echo(f"{m.start}-{m.end}\t{text[m.start:m.end]!r}\tnot a finding ({m.entry.lexicon} {m.entry.term!r}): {why}\tentry {m.entry.term!r} ({_where(m.entry)})")
    # who is reported, with which verb, and which row says what the verb's stance is
    for s, entry in sourcing:
        what = f"attribution/{s.stance or '-'}\tverb={(s.verb or '-').replace('_', ' ')}" if s.type == "attribution" else "anonymous_source"
        speaker = f"\tspeaker={s.speaker}" if s.speaker else ("\tspeaker: none found" if s.type == "attribution" else "")
        row = f"entry {entry.term!r} ({_where(entry)})" if entry else "no single lexicon row (found by the quotation rules)"
        typer.echo(f"{s.start}-{s.end}\t{s.text!r}\t{what}{speaker}\t{row}")


def _article_text(path: Path) -> str:
    """The text of one article file, read as `framing score` reads it (so offsets match its spans)."""
    from framing.ingest import read_articles
    from framing.models import IngestError

    if path.is_dir() or path.suffix.lower() in (".csv", ".jsonl"):
        raise fail(f"{path}: --file takes one article file (.txt, .md, .html); for a row of a CSV or JSONL corpus, pass its text as TEXT", code=2)
    for item in read_articles([path]):
        if isinstance(item, IngestError):
            raise fail(str(item))
        return item.text
    raise fail(f"{path}: no article read from this file; pass a .txt, .md or .html article", code=2)


def _where(entry) -> str:
    """Where an entry comes from: `loaded.tsv:1924` for a packaged row, the path as given
    (`my-lexicons/loaded.tsv:2`) for a row of the user's own file, which has the same name."""
    from framing.lexicon import packaged_dir

    path = Path(entry.path)
    if path.parent.resolve() == packaged_dir().resolve():
        return f"{path.name}:{entry.line}"
    relative = os.path.relpath(path)
    return f"{path if relative.startswith('..') else relative}:{entry.line}"


@lexicon_app.command()
def add(
    name: Annotated[str, typer.Argument(help="Lexicon name: loaded, hedge, booster, ...")],
    term: Annotated[str, typer.Argument(help="The term in its base form ('slam', 'pull the strings').")],
    category: Annotated[str, typer.Option("--category", "-c", help="One of the lexicon's categories (see `framing lexicon stats`).")],
    weight: Annotated[Optional[int], typer.Option("--weight", "-w", help="Intensity 1-3.")] = None,
    note: Annotated[str, typer.Option("--note", help="Where the sense is tricky, say so.")] = "",
    source: Annotated[str, typer.Option("--source", help="Who or what the row comes from.")] = "user",
    file: Annotated[Optional[Path], typer.Option("--file", help="A user lexicon NAME.tsv to append to (created if new) instead of the packaged file.")] = None,
) -> None:
    """Append a validated row; refuses duplicates and rows `validate` would reject."""
    from framing.lexicon_edit import add_entry

    from framing.lexicon_validate import validate as check

    try:
        path = add_entry(name, term, category, weight, note, source, file)
    except LexiconError as e:
        raise fail(str(e)) from None
    typer.echo(f"added {term!r} to {path}")
    # what `validate` would warn about this row (it is never found, it overrides a packaged row):
    # said now, not when the builder wonders why the row changes nothing
    line = len(path.read_text(encoding="utf-8").splitlines())
    # checked as add_entry checked it: with the metadata.json beside a user's file (its categories)
    with_folder = file is not None and (path.parent / "metadata.json").exists()
    for problem in check([path.parent] if with_folder else [path] if file is not None else []):
        if problem.line == line and Path(problem.path).resolve() == path.resolve() and problem.severity != "intended":
            typer.secho(str(problem), err=True, fg=typer.colors.YELLOW)

"""The `framing` command: a thin layer over the library (see framing/cli/*.py, one file a command group)."""

from __future__ import annotations

import inspect
import re
import sys

import typer

app = typer.Typer(
    name="framing",
    help="Compare how news outlets frame the same events: loaded language, hedging and boosting, "
    "attribution, and whose voice each finding is in.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)



def _version(value: bool) -> None:
    if value:
        from framing import __version__

        typer.echo(f"framing {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version and exit."),
) -> None:
    """Compare how news outlets frame the same events.

    Start with `framing score` (findings and scores as JSONL/CSV).  Every command takes --help.
    """


# Each command module registers its commands on `app` when imported.
# In the order a newcomer meets them, which is the order `framing --help` lists them (commands,
# then groups).
from framing.cli import score as _score  # noqa: E402,F401
from framing.cli import report as _report  # noqa: E402,F401
from framing.cli import compare as _compare  # noqa: E402,F401
from framing.cli import model as _model  # noqa: E402,F401
from framing.cli import evaluate as _evaluate  # noqa: E402,F401
from framing.cli import evaluate_spans as _evaluate_spans  # noqa: E402,F401
from framing.cli import lexicon as _lexicon  # noqa: E402,F401
from framing.cli import lexicon_measure as _lexicon_measure  # noqa: E402,F401


def _one_line_paragraphs(doc: str) -> str:
    """A docstring as `--help` should show it: each paragraph one line for the terminal to wrap.
    Typer's rich help keeps the docstring's own line breaks, so text wrapped at 100 columns in the
    source broke mid-sentence on an 80-column terminal.  Paragraphs with indented lines (examples)
    or list items stay as written."""
    paragraphs = inspect.cleandoc(doc).split("\n\n")
    return "\n\n".join(p if any(_KEEP_LINE.match(line) for line in p.splitlines()) else " ".join(p.split())
                       for p in paragraphs)


_KEEP_LINE = re.compile(r"[ \b]|[-*] |\d+\. ")  # an indented line (an example), a list item: the paragraph stays as written


def _unwrap_help(typer_app: typer.Typer) -> None:
    """Give every command and group of `typer_app` its help with one-line paragraphs."""
    for command in typer_app.registered_commands:
        doc = command.help or inspect.getdoc(command.callback)
        if doc:
            command.help = _one_line_paragraphs(doc)
    callback = typer_app.registered_callback  # its docstring is the help only where the group has none
    if callback is not None and not typer_app.info.help and (doc := callback.help or inspect.getdoc(callback.callback)):
        callback.help = _one_line_paragraphs(doc)
    for group in typer_app.registered_groups:
        _unwrap_help(group.typer_instance)


_unwrap_help(app)


def _stop_on_sigterm() -> None:
    """`kill`, a batch system's time limit or `docker stop` send SIGTERM: exit through the same
    clean-up as Ctrl-C, so worker processes are shut down with the run instead of left behind."""
    import signal

    def stop(signum, frame):
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, stop)


# The command-line errors of the click inside typer (its own copy since typer 0.16, click before):
# found from the class typer exports, so either works.
_USAGE_ERROR = next(c for c in typer.BadParameter.__mro__ if c.__name__ == "UsageError")
_CLICK_EXCEPTION = next(c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException")


def _command_named(args: list[str]) -> str:
    """The command a mistake was made in ("framing report"), read from the words that name commands
    at the head of `args`: click's option parser raises some errors ("Option '--pair' requires 2
    arguments") without a context, and the line named "framing" instead."""
    command, words = typer.main.get_command(app), ["framing"]
    for arg in args:
        sub = getattr(command, "commands", {}).get(arg)
        if sub is None:
            break
        command, words = sub, [*words, arg]
    return " ".join(words)


def _usage_message(message: str) -> str:
    """Click's message for a usage mistake on one line, without the "Value error, " typer puts
    before a value it rejects, and with the likeliest meaning of a mistyped choice:
    "'jsnol' is not one of 'jsonl', 'csv', 'parquet'. Did you mean 'jsonl'?"."""
    import difflib

    message = " ".join(message.replace("Value error, ", "").split())
    if (m := _NOT_A_CHOICE.search(message)) and (close := difflib.get_close_matches(m[1], re.findall(r"'([^']*)'", m[2]), n=1)):
        message += f" Did you mean '{close[0]}'?"
    return message


_NOT_A_CHOICE = re.compile(r"'([^']*)' is not one of ((?:'[^']*'(?:, )?)+)\.$")


def main() -> None:
    """The console script: run the app outside click's standalone mode, so that a usage mistake
    is one line naming the command (click draws a box of several lines), as every other error is."""
    _stop_on_sigterm()
    try:
        code = app(standalone_mode=False)
    except _USAGE_ERROR as e:  # a mistyped command, option or value: one line, and where to read more
        if type(e).__name__ == "NoArgsIsHelpError":  # `framing`, `framing lexicon`: the help, as before
            e.show()
            raise SystemExit(e.exit_code) from None
        command = e.ctx.command_path if e.ctx else _command_named(sys.argv[1:])
        message = _usage_message(e.format_message())
        typer.secho(f"error: {command}: {message} (see '{command} --help')", err=True, fg=typer.colors.RED)
        raise SystemExit(e.exit_code) from None
    except _CLICK_EXCEPTION as e:  # a file option that cannot be opened, and such: one line too
        typer.secho(f"error: {' '.join(e.format_message().split())}", err=True, fg=typer.colors.RED)
        raise SystemExit(e.exit_code) from None
    except typer.Abort:  # end of input at a prompt
        typer.secho("error: stopped", err=True, fg=typer.colors.RED)
        raise SystemExit(1) from None
    except BrokenPipeError:  # `framing score | head`: the reader has all it wants
        raise SystemExit(0) from None
    except OSError as e:  # an --out that cannot be written, found late: one line, not a traceback
        from framing.cli.options import cannot_write

        raise SystemExit(cannot_write(e).exit_code) from None
    # Outside standalone mode a command's `typer.Exit(code)` comes back as its code (None: done).
    raise SystemExit(code if isinstance(code, int) else 0)

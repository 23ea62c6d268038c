"""The console script `framing` (framing.cli.main): a usage mistake is one line naming the command
and where to read more, with click's exit code 2; help and normal runs are as before."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
# The console script as a user runs it (the program name is read from sys.argv[0], as for the
# installed `framing`); a new process, since main() exits.
SCRIPT = "import sys; sys.argv[0] = 'framing'; from framing.cli import main; main()"


def run(*args: str) -> tuple[int, str, str]:
    done = subprocess.run([sys.executable, "-c", SCRIPT, *args], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "COLUMNS": "100", "PYTHONIOENCODING": "utf-8", "NO_COLOR": "1"})
    return done.returncode, done.stdout, done.stderr


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (["score", str(SEEDS), "--jobs", "0"],
         "error: framing score: Invalid value for '--jobs' / '-j': Input should be greater than or equal to 1 (see 'framing score --help')"),
        (["scor"], "error: framing: No such command 'scor'. Did you mean 'score'? (see 'framing --help')"),
        (["score", "--bogus"], "error: framing score: No such option: --bogus"),
        (["report", "--pair", "a"],  # click's parser gives this one no context: the command is read from the words
         "error: framing report: Option '--pair' requires 2 arguments. (see 'framing report --help')"),
        (["score", "--out"], "error: framing score: Option '--out' requires an argument. (see 'framing score --help')"),
        (["score", str(SEEDS), "--format", "xml"], "error: framing score: Invalid value for '--format' / '-f':"),
        # (typer put "Value error, " before the choices; a near miss is named)
        (["score", str(SEEDS), "--format", "jsnol"],
         "error: framing score: Invalid value for '--format' / '-f': 'jsnol' is not one of 'jsonl', 'csv', 'parquet'. Did you mean 'jsonl'? "
         "(see 'framing score --help')"),
        (["evaluate", "spans", "--gold", "/no/such/gold.jsonl", "--pred", "x.jsonl"],
         "error: framing evaluate spans: Invalid value for '--gold': file '/no/such/gold.jsonl' does not exist. (see 'framing evaluate spans --help')"),
    ],
)
def test_a_usage_mistake_is_one_line_naming_the_command(args, error):
    code, out, err = run(*args)
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1, err  # click drew a box of five lines
    assert err.startswith(error)
    assert "╭" not in err and "Traceback" not in err


@pytest.mark.parametrize("args", [[], ["lexicon"]])
def test_no_command_shows_the_help_as_before(args):
    code, out, err = run(*args)
    assert code == 2
    assert f"Usage: framing {' '.join(args) + ' ' if args else ''}[OPTIONS] COMMAND [ARGS]..." in out + err


def test_help_and_a_run_exit_zero(tmp_path):
    code, out, _ = run("score", "--help")
    assert code == 0 and "Usage: framing score [OPTIONS] [paths]..." in out
    code, _, err = run("score", str(SEEDS), "--no-model", "--out", str(tmp_path / "s.jsonl"))
    assert code == 0, err
    assert len((tmp_path / "s.jsonl").read_text().splitlines()) == 2
    assert "scored 2 articles, 0 errors" in err


def test_a_command_that_fails_keeps_its_exit_code(tmp_path):
    code, _, err = run("score", str(tmp_path / "missing"))
    assert code == 2
    assert err.strip() == f"error: {tmp_path / 'missing'}: no such file or folder; pass files or folders of articles"

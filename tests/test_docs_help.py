"""Each command's --help, as a newcomer reads it: options grouped under the same headings in every
command (Articles, Analysis, Big corpora; compare's Statistics), every option explained."""

from __future__ import annotations

import re

import click
import pytest
import typer
from typer.testing import CliRunner

from framing.cli import app

# command, then each heading with the options --help lists under it, in order
PANELS = [
    ("score", {"Options": ["--format", "--out", "--spans", "--errors", "--help"], "Articles": ["--outlet", "--near-duplicates", "--drop-duplicates"],
               "Analysis": ["--lexicon", "--model", "--no-model"], "Big corpora": ["--jobs", "--scheduler", "--resume"]}),
    ("report", {"Options": ["--out", "--title", "--pair", "--errors", "--help"], "Articles": ["--outlet", "--scores", "--near-duplicates", "--drop-duplicates"],
                "Analysis": ["--lexicon", "--model", "--no-model"], "Big corpora": ["--jobs"]}),
    ("compare", {"Options": ["--out", "--errors", "--help"], "Articles": ["--outlet", "--scores", "--near-duplicates", "--drop-duplicates"],
                 "Analysis": ["--lexicon", "--model", "--no-model"], "Big corpora": ["--jobs"],
                 "Statistics": ["--by", "--score", "--paired-by"]}),
]


def _panels(command: str) -> dict[str, list[str]]:
    result = CliRunner().invoke(app, [command, "--help"], env={"COLUMNS": "160", "NO_COLOR": "1"})
    assert result.exit_code == 0, result.output
    panels: dict[str, list[str]] = {}
    current = None
    for line in result.output.splitlines():
        heading = re.match(r"\s*╭─ (.+?) ─", line)
        if heading:
            current = heading[1]
            panels[current] = []
        option = re.match(r"\s*│\s+(?:\*\s+)?(--[\w-]+)", line)
        if option and current:
            panels[current].append(option[1])
    panels.pop("Arguments", None)
    return panels


@pytest.mark.parametrize("command, expected", PANELS, ids=[c for c, _ in PANELS])
def test_help_groups_the_options_under_the_same_headings(command, expected):
    panels = _panels(command)
    assert list(panels) == list(expected)
    assert panels == expected


def _all_commands() -> list[tuple[str, click.Command]]:
    root = typer.main.get_command(app)
    found: list[tuple[str, click.Command]] = []

    def walk(cmd: click.Command, path: str) -> None:
        for name, sub in getattr(cmd, "commands", {}).items():
            found.append((f"{path} {name}".strip(), sub))
            walk(sub, f"{path} {name}")

    walk(root, "")
    return found


@pytest.mark.parametrize("path, command", _all_commands(), ids=[p for p, _ in _all_commands()])
def test_every_option_says_what_it_does(path, command):
    undocumented = [p.opts[0] for p in command.params if isinstance(p, click.Option) and not (p.help or "").strip()]
    assert undocumented == [], f"framing {path}: options without help: {undocumented}"
    assert (command.help or "").strip(), f"framing {path} has no description"


def test_paths_and_counts_read_as_words_not_python_types():
    # `--lexicon -l <list[Path]>` and `--jobs <int range>` were what typer printed by default
    output = CliRunner().invoke(app, ["score", "--help"], env={"COLUMNS": "160", "NO_COLOR": "1"}).output
    panels_text = output[output.index("─ Options ─"):]  # the options, not the PATHS argument
    assert re.search(r"--lexicon\s+-l\s+PATH\s", panels_text) and re.search(r"--jobs\s+-j\s+N\s", panels_text)
    assert "list[Path]" not in panels_text and "int range" not in panels_text


def test_evaluate_help_says_how_to_measure_a_classifier_and_spans():
    # it listed --model and --data under a one-line description of both kinds, and a reader could not
    # tell that `framing evaluate` alone measures a classifier
    output = " ".join(CliRunner().invoke(app, ["evaluate", "--help"], env={"COLUMNS": "160", "NO_COLOR": "1"}).output.split())
    assert "framing evaluate --data CSV [--model M] measures a classifier" in output
    assert "framing evaluate spans --gold G --pred P measures findings" in output


def test_framing_help_lists_the_commands_in_the_order_a_newcomer_meets_them():
    """The README's Commands table order: score first, the classifier's train beside evaluate."""
    result = CliRunner().invoke(app, ["--help"], env={"COLUMNS": "160", "NO_COLOR": "1"})
    assert result.exit_code == 0, result.output
    listed = re.findall(r"^\s*│ (\w+)\s{2,}", result.output.split("Commands")[1], flags=re.M)
    assert listed == ["score", "report", "compare", "train", "evaluate", "lexicon"]

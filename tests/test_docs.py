"""Documentation that cannot drift: every command and lexicon is documented, README examples run."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest
import typer

from framing.cli import app
from framing.lexicon import load

REPO = Path(__file__).resolve().parents[1]
README = (REPO / "README.md").read_text(encoding="utf-8")
ALL_DOCS = "\n".join(p.read_text(encoding="utf-8") for p in [REPO / "README.md", *REPO.glob("docs/*.md"), REPO / "lexicons" / "README.md"] if p.exists())


def command_paths() -> list[str]:
    """Every command a user can type, as 'framing score', 'framing lexicon validate', ..."""
    root = typer.main.get_command(app)
    paths: list[str] = []

    def walk(cmd: click.Command, prefix: str) -> None:
        for name, sub in getattr(cmd, "commands", {}).items():
            if sub.hidden:
                continue
            paths.append(f"{prefix} {name}")
            walk(sub, f"{prefix} {name}")

    walk(root, "framing")
    return paths


@pytest.mark.parametrize("command", [c for c in command_paths() if c.count(" ") == 1])
def test_every_top_level_command_is_in_the_readme_table(command):
    assert f"| `{command}`" in README, f"add `{command}` to the Commands table in README.md"


@pytest.mark.parametrize("command", [c for c in command_paths() if c.count(" ") > 1])
def test_every_subcommand_is_documented(command):
    assert command in ALL_DOCS, f"document `{command}` in README.md, docs/ or lexicons/README.md"


@pytest.mark.parametrize("lexicon", load().names())
def test_every_packaged_lexicon_is_documented(lexicon):
    text = (REPO / "lexicons" / "README.md").read_text(encoding="utf-8") if (REPO / "lexicons" / "README.md").exists() else ""
    assert f"`{lexicon}`" in text, f"describe the `{lexicon}` lexicon in lexicons/README.md"


@pytest.mark.parametrize("block", re.findall(r"```python\n(.*?)```", README, re.S))
def test_readme_python_examples_run(block, monkeypatch, capsys):
    monkeypatch.chdir(REPO)
    exec(compile(block, "README.md", "exec"), {})


@pytest.mark.parametrize("path", sorted(set(re.findall(r"--lexicon ([\w./-]+\.tsv)", ALL_DOCS))))
def test_lexicon_files_in_examples_are_named_after_a_lexicon(path):
    # a file extends the lexicon it is named after; `--lexicon my_terms.tsv` would find nothing
    assert Path(path).stem in load().names(), f"{path}: name the example file after a lexicon (loaded.tsv, ...)"


DOC_IMPORTS = sorted({m for m in re.findall(r"^(?:import|from) (\w+)", "\n".join(re.findall(r"```python\n(.*?)```", ALL_DOCS, re.S)), re.M)})


@pytest.mark.parametrize("module", DOC_IMPORTS)
def test_modules_the_python_examples_import_are_installed_or_the_docs_say_how(module):
    import importlib.util

    assert importlib.util.find_spec(module) is not None or f"pip install {module}" in ALL_DOCS, (
        f"an example imports {module}, which framing does not install; say `pip install {module}` beside it"
    )


def test_readme_train_evaluate_score_example_runs_as_written(tmp_path, monkeypatch):
    """The README's classifier block, line by line, on a labelled CSV shaped like its train line says
    (text, label): a later line that forgot --label-col would fail here."""
    import csv
    import shlex

    from typer.testing import CliRunner

    block = next(b for b in re.findall(r"```console\n(.*?)```", README, re.S) if "framing train" in b)
    monkeypatch.chdir(tmp_path)
    subjects = ["senator", "mayor", "council", "agency", "board", "union", "party", "minister", "governor", "president", "judge", "sheriff"]
    rows = [(f"The {s} spewed shameful lies again.", "Biased") for s in subjects]
    rows += [(f"The {s} met on Tuesday.", "Non-biased") for s in subjects]
    for name in ("labelled.csv", "test.csv"):
        with open(name, "w", encoding="utf-8", newline="") as f:
            csv.writer(f).writerows([("text", "label"), *rows])
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text("Mayor resigns\n\nThe mayor resigned on Monday.\n", encoding="utf-8")
    lines = [l.split("#")[0].strip() for l in block.splitlines() if l.strip()]
    assert [l.split()[1] for l in lines] == ["train", "evaluate", "evaluate", "score"]
    for line in lines:
        result = CliRunner().invoke(app, shlex.split(line)[1:])
        assert result.exit_code == 0, f"{line}\n{result.output}"

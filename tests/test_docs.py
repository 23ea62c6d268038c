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

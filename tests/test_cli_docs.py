"""The README as a newcomer follows it: what it tells them to type exists and runs (more: tests/test_docs.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def test_the_readme_says_how_the_framing_command_the_demo_installs_gets_on_the_path():
    # after `bash scripts/demo` the tour's `framing score seeds/` was "command not found": it is in .venv/bin
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    demo = (REPO / "scripts" / "demo").read_text(encoding="utf-8")
    venv = re.search(r"\[ -x (\S+)/bin/python \] \|\|", demo).group(1)
    assert f"{venv}/bin/framing report" in demo
    before_tour = readme.split("## A short tour")[0]
    assert f"source {venv}/bin/activate" in before_tour
    assert f"source {venv}/bin/activate" in demo.splitlines()[-1]


DOC_PYTHON = [(doc.name, block) for doc in sorted((REPO / "docs").glob("*.md"))
              for block in re.findall(r"```python\n(.*?)```", doc.read_text(encoding="utf-8"), re.S)]


@pytest.mark.parametrize("doc, block", DOC_PYTHON, ids=[f"{d}-{i}" for i, (d, _) in enumerate(DOC_PYTHON)])
def test_the_python_examples_in_docs_run_on_the_files_they_name(doc, block, seeds_dir, tmp_path, monkeypatch):
    """tests/test_docs.py runs the README's examples; these are docs/'s, in a folder holding what they
    read: seeds/, the gold file docs/evaluate-spans.md shows, framing's predictions for it, and scores
    saved as Parquet (pandas, which framing does not need, only where installed)."""
    import json
    import shutil

    from typer.testing import CliRunner

    from framing.cli import app

    if "import pandas" in block:
        pytest.importorskip("pandas")
        pytest.importorskip("pyarrow")
    monkeypatch.chdir(tmp_path)
    shutil.copytree(seeds_dir, tmp_path / "seeds")
    spans_doc = (REPO / "docs" / "evaluate-spans.md").read_text(encoding="utf-8")
    gold = json.loads(next(b for b in re.findall(r"```json\n(.*?)```", spans_doc, re.S) if '"spans"' in b))
    (tmp_path / "gold.jsonl").write_text(json.dumps(gold) + "\n", encoding="utf-8")
    (tmp_path / "my_articles").mkdir()
    (tmp_path / "my_articles" / f"{gold['id']}.txt").write_text(gold["text"], encoding="utf-8")
    runner = CliRunner()
    pred = runner.invoke(app, ["score", "my_articles", "--no-model", "--out", "pred.jsonl"])
    parquet = runner.invoke(app, ["score", "seeds", "--no-model", "--out", "scores.parquet"])
    assert pred.exit_code == 0 and parquet.exit_code == 0, pred.output + parquet.output
    if '"scores.jsonl"' in block:  # docs/python-api.md reads saved JSONL back
        assert runner.invoke(app, ["score", "seeds", "--no-model", "--out", "scores.jsonl"]).exit_code == 0
    exec(compile(block, f"docs/{doc}", "exec"), {})


def _console_lines() -> list[tuple[str, str]]:
    """Every `framing ...` line of a console block in README.md, docs/*.md and lexicons/README.md."""
    lines = []
    for doc in [REPO / "README.md", *sorted((REPO / "docs").glob("*.md")), REPO / "lexicons" / "README.md"]:
        fence = None  # the language of the open code block ("" for a bare ```), None outside one
        for line in doc.read_text(encoding="utf-8").splitlines():
            if line.lstrip().startswith("```"):
                fence = line.strip()[3:] if fence is None else None
            elif fence in ("", "console", "bash", "sh") and line.strip().startswith("framing "):
                lines.append((doc.relative_to(REPO).as_posix(), line.split("  #")[0].strip()))
    return lines


CONSOLE_LINES = _console_lines()


@pytest.mark.parametrize("doc, line", CONSOLE_LINES, ids=[f"{d}:{line[:60]}" for d, line in CONSOLE_LINES])
def test_every_command_line_in_the_docs_names_a_command_and_options_that_exist(doc, line):
    """Parsed as the shell and `framing` would parse it (its files need not exist here): a renamed
    option or command, a wrong choice or a stray argument in an example fails."""
    import shlex

    import typer

    root = typer.main.get_command(__import__("framing.cli", fromlist=["app"]).app)
    cmd, args = root, shlex.split(line)[1:]
    while hasattr(cmd, "commands") and args and args[0] in cmd.commands:
        cmd, args = cmd.commands[args[0]], args[1:]
    assert not hasattr(cmd, "commands") or not args or args[0].startswith("-"), f"{doc}: `{line}`: no command {args[0]!r}"
    try:
        cmd.make_context("framing", list(args))
    except Exception as e:  # typer's own click: its exception classes are private, so they are told apart by name
        missing_file = type(e).__name__ == "BadParameter" and "does not exist" in str(e)
        assert missing_file or type(e).__name__ == "Exit", f"{doc}: `{line}`: {type(e).__name__}: {e}"


def test_the_docs_have_command_lines_to_check():
    assert len(CONSOLE_LINES) > 30 and {d for d, _ in CONSOLE_LINES} >= {"README.md", "docs/report.md", "docs/scale.md", "lexicons/README.md"}

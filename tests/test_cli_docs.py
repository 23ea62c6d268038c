"""The README as a newcomer follows it: what it tells them to type exists and runs (more: tests/test_docs.py)."""

from __future__ import annotations

import re
from pathlib import Path

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

"""A non-editable install carries the lexicons (and model) inside the package and works anywhere."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_a_built_wheel_scores_articles_from_outside_the_repository(tmp_path, seeds_dir):
    wheel_dir, target = tmp_path / "dist", tmp_path / "site"
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(wheel_dir), str(REPO)],
        capture_output=True, text=True,
    )
    assert build.returncode == 0, build.stderr
    [wheel] = wheel_dir.glob("framing-*.whl")
    # The data the package reads at run time travels in the wheel: the report's templates, the
    # default model and its card, the lexicons.
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {
        "framing/templates/report.html.j2", "framing/templates/report.css", "framing/templates/report.js", "framing/templates/report_charts.js",
        "framing/model_data/babe.framing-model", "framing/model_data/MODEL_CARD.md",
        "framing/lexicons/loaded.tsv", "framing/lexicons/metadata.json",
    } <= names
    install = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target), str(wheel)],
        capture_output=True, text=True,
    )
    assert install.returncode == 0, install.stderr
    code = (
        "import framing, framing.lexicon, json, sys;"
        "a = next(iter(framing.analyze_corpus([sys.argv[1]])));"
        "print(json.dumps({'file': framing.__file__, 'lexicons': str(framing.lexicon.packaged_dir()),"
        " 'loaded': sum(s.type == 'loaded' for s in a.spans)}))"
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    run = subprocess.run([sys.executable, "-c", code, str(seeds_dir)], capture_output=True, text=True, cwd=tmp_path, env=env)
    assert run.returncode == 0, run.stderr
    info = json.loads(run.stdout)
    assert info["file"].startswith(str(target))
    assert info["lexicons"].startswith(str(target))
    assert info["loaded"] > 3

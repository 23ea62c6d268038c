"""The README's "A short tour" console block, line by line as a newcomer types it in a folder
holding seeds/, articles/ (the same two articles) and my-lexicons/loaded.tsv: each line runs, and
writes what its comment says."""

from __future__ import annotations

import csv
import json
import re
import shlex
import shutil
from pathlib import Path

from typer.testing import CliRunner

from framing.cli import app

REPO = Path(__file__).resolve().parents[1]
README = (REPO / "README.md").read_text(encoding="utf-8")
TOUR = re.search(r"## A short tour\n\n```console\n(.*?)```", README, re.S).group(1)


def test_the_short_tour_runs_as_written(seeds_dir, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shutil.copytree(seeds_dir, tmp_path / "seeds")
    shutil.copytree(seeds_dir, tmp_path / "articles")
    (tmp_path / "my-lexicons").mkdir()
    (tmp_path / "my-lexicons" / "loaded.tsv").write_text("term\tcategory\tweight\tnote\tsource\nno-show\tcontempt\t2\tmine\tme\n", encoding="utf-8")
    lines = [line.split("  #")[0].strip() for line in TOUR.splitlines() if line.strip()]
    assert [shlex.split(line)[1] for line in lines] == ["score", "score", "score", "report"]
    outputs = []
    for line in lines:
        result = CliRunner().invoke(app, shlex.split(line)[1:])
        assert result.exit_code == 0, f"{line}\n{result.output}"
        outputs.append(result.stdout)
    # 1: JSONL, one article a line, every finding with offsets into the text
    first = [json.loads(l) for l in outputs[0].splitlines()]
    assert [a["id"] for a in first] == ["independent-putin-no-show", "ogmnews-putin-skips-talks"]
    assert all(a["spans"] and {"start", "end"} <= set(a["spans"][0]) for a in first)
    # 2: the article table and the findings table
    articles = list(csv.DictReader(open("scores.csv", encoding="utf-8", newline="")))
    spans = list(csv.DictReader(open("spans.csv", encoding="utf-8", newline="")))
    assert [a["id"] for a in articles] == [a["id"] for a in first]
    assert len(spans) == sum(len(a["spans"]) for a in first)
    # 3: one outlet for all, and the user's row found ("no-show" in the Independent's headline)
    third = [json.loads(l) for l in outputs[2].splitlines()]
    assert {a["outlet"] for a in third} == {"The Daily Example"}
    mine = [s for a in third for s in a["spans"] if s["term"] == "no-show"]
    assert mine and mine[0]["lexicon"] == "loaded" and mine[0]["category"] == "contempt"
    # 4: the teacher's one command: one HTML file, where the comment says
    assert (tmp_path / "reports" / "articles.html").stat().st_size > 100_000

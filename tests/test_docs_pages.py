"""The documentation a newcomer can find: every page in docs/ is in the README's Documentation table,
and every `docs/...` or `framing/...` file the docs name exists."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
README = (REPO / "README.md").read_text(encoding="utf-8")
DOCS = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md")), REPO / "lexicons" / "README.md"]


@pytest.mark.parametrize("page", sorted(p.name for p in (REPO / "docs").glob("*.md")))
def test_every_docs_page_is_in_the_readme_documentation_table(page):
    table = README.split("## Documentation", 1)[1].split("\n## ", 1)[0]
    assert f"| `docs/{page}` |" in table, f"add docs/{page} to the Documentation table in README.md"


NAMED = sorted({(doc.relative_to(REPO).as_posix(), name) for doc in DOCS
                for name in re.findall(r"`((?:docs|framing|benchmarks|scripts)/[\w./-]+\.(?:md|py))`", doc.read_text(encoding="utf-8"))})


@pytest.mark.parametrize("doc, name", NAMED, ids=[f"{d}->{n}" for d, n in NAMED])
def test_files_the_docs_name_exist(doc, name):
    assert (REPO / name).exists(), f"{doc} names {name}, which is not in the repository"


def test_the_docs_name_files_to_check():
    assert len(NAMED) > 10 and ("README.md", "docs/voice.md") in NAMED


def test_the_readme_scores_table_lists_every_score_in_the_order_of_the_csv_columns(tmp_path):
    """docs/columns.md says the score columns come "in the order of the README's Scores table"."""
    import csv

    from typer.testing import CliRunner

    from framing.cli import app
    from framing.score import SCORES

    table = README.split("### Scores", 1)[1].split("\n### ", 1)[0]
    listed = [name for row in table.splitlines() if row.startswith("| `") for name in re.findall(r"`(\w+)`", row.split(" | ")[0])]
    (tmp_path / "a.txt").write_text("Plan fails\n\nOfficials said the plan was a farce.\n", encoding="utf-8")
    out = tmp_path / "scores.csv"
    result = CliRunner().invoke(app, ["score", str(tmp_path / "a.txt"), "--no-model", "--out", str(out)])
    assert result.exit_code == 0, result.output
    header = next(csv.reader(out.open(encoding="utf-8", newline="")))
    assert listed == list(SCORES) == [c for c in header if c in SCORES]
    assert len(listed) == 13


def test_every_attribution_stance_is_in_the_codebook():
    # `commitment` ("vowed", "pledged": 124 cues on BASIL) was missing from the stance column's list
    from framing.lexicon import load

    stances = {entry.category for entry in load().entries["reporting_verbs"].values()}
    row = next(line for line in (REPO / "docs" / "columns.md").read_text(encoding="utf-8").splitlines() if line.startswith("| `stance` |"))
    assert stances and {s for s in stances if f"`{s}`" not in row} == set()

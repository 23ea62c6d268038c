"""docs/code-tour.md names every module of framing/ once, under a stage, with one line, and no
module that is gone: a newcomer reads one page to find where a thing is done."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TOUR = (REPO / "docs" / "code-tour.md").read_text(encoding="utf-8")
ROW = re.compile(r"^\| `([\w/]+)` \| (.+) \|$", re.M)


def _modules() -> set[str]:
    package = REPO / "framing"
    return {p.relative_to(package).with_suffix("").as_posix() for p in package.rglob("*.py")
            if not {"templates", "model_data", "__pycache__"} & set(p.parts)}


def test_every_module_has_one_row_and_every_row_a_module():
    rows = [name for name, _ in ROW.findall(TOUR)]
    modules = _modules()
    assert sorted(modules - set(rows)) == [], "add a row for each to docs/code-tour.md, under its stage"
    assert sorted(set(rows) - modules) == [], "these rows name modules that are gone: remove or rename them"
    assert sorted(n for n in rows if rows.count(n) > 1) == []


def test_each_row_is_one_line_under_a_stage_heading():
    for section in re.split(r"^## ", TOUR, flags=re.M)[1:]:
        for name, line in ROW.findall(section):
            assert 20 <= len(line) <= 200, (name, line)
    assert len(ROW.findall(TOUR)) == sum(len(ROW.findall(s)) for s in re.split(r"^## ", TOUR, flags=re.M)[1:])

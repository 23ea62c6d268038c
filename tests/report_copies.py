"""A folder scraped twice, and the report's list of the copies `--drop-duplicates` left out of it
(tests/test_report.py through the library, tests/test_cli_report.py from the command line)."""

from __future__ import annotations

import re
from pathlib import Path


def dropped_copies_listed(page: str) -> tuple[str, list[str]]:
    """The Overview's list of the copies --drop-duplicates left out: its summary and its rows."""
    fold = re.search(r'<details class="dropped"( open)?><summary>(.*?)</summary>\s*<ul>(.*?)</ul></details>', page, re.S)
    assert fold, "no list of dropped copies in the page"
    return fold.group(2), re.findall(r"<li>(.*?)</li>", fold.group(3))


def copies_corpus(root: Path) -> list[Path]:
    """Two folders scraped twice: a/story.txt again as b/story.txt and c/story.txt, and one other story."""
    story = "Senator slams plan\n\nThe senator said the plan was a disaster, officials said.\n"
    for folder in "abc":
        (root / folder).mkdir()
        (root / folder / "story.txt").write_text(story, encoding="utf-8")
    (root / "a" / "other.txt").write_text("Plan passes\n\nThe plan passed on Tuesday, the clerk said.\n", encoding="utf-8")
    return [root / "a", root / "b", root / "c"]


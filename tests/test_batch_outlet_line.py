"""framing/batch.py: InputWarnings.outlet_line, the note on articles that name no outlet, for a
whole run and for a resumed one (which counts only the articles it scored)."""

from __future__ import annotations

import pytest

from framing.batch import InputWarnings
from framing.models import Article


@pytest.mark.parametrize("outlets, this_run, start", [
    ([None] * 6, False, "no article names its outlet (the first: n:0, from n.jsonl)"),
    ([None] * 6, True, "no article scored in this run names its outlet (the first: n:0, from n.jsonl)"),
    ([None, None, "Ledger", "Ledger", "Ledger", "Ledger"], False, "2 of the 6 articles name no outlet (the first: n:0, from n.jsonl)"),
    ([None, None, "Ledger", "Ledger", "Ledger", "Ledger"], True, "2 of the 6 articles scored in this run name no outlet (the first: n:0"),
])
def test_the_outlet_line_says_which_articles_it_counts(outlets, this_run, start):
    warned = InputWarnings()
    list(warned.count([Article(f"n:{i}", "Text.", outlet=o, source_path="n.jsonl", metadata={"publisher": "x"})
                       for i, o in enumerate(outlets)]))
    line = warned.outlet_line(this_run)
    assert line.startswith(start) and line.endswith("or group by one of its other columns with --by (publisher)")

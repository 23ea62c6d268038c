"""framing/comparison_notes.py: the notes that say what a comparison's numbers cannot carry."""

from __future__ import annotations

import pytest

from framing.comparison_notes import no_outlet_note

FIRST = ("No article names its outlet, so all are counted as one and there is nothing to compare. Name each file's outlet in a "
         "manifest.csv beside the files (columns path, outlet, date, headline), or give an outlet column in a CSV or JSONL "
         "corpus; files kept in one folder per outlet compare with --by folder.")


@pytest.mark.parametrize("columns, ending", [
    ((), ""),  # files with no metadata: nothing more to offer
    (("publisher", "published"), " Or group by one of the input's other columns with --by (published, publisher)."),
    ([f"c{i}" for i in range(10)], " Or group by one of the input's other columns with --by (c0, c1, c2, c3, c4, c5, c6, c7, ...)."),
])
def test_the_no_outlet_note_names_the_columns_by_could_group_by(columns, ending):
    assert no_outlet_note(columns) == FIRST + ending

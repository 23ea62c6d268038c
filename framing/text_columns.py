"""Which column holds an article's text in a CSV or JSONL table: `text`, else `content`, else
`body`, else `article`, else `story`.

Public news tables name the body otherwise: All the News calls it `content`, scrapers write
`body`, `article` or `story`.  Such a table was refused ("no 'text' column ...; rename that
column"), so a researcher had to rewrite a file of millions of rows before the first score.  The
first of TEXT_COLUMNS a table has is its text, in this order, fixed and documented: `text`
always wins, so a table that has both `text` and `content` reads as it always did (the `content`
column then stays in the metadata like any other).  A column taken as the text is not also kept
in the metadata (the article twice in every output row).  The run's note (score, compare, report) names the column
(`text_column_line`), as it names the column an outlet came from (framing/outlet_columns.py).
Other names (news-please's `maintext`, `full_text`) are not guessed: the error for a table
without a text column names them and says to rename.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from framing.outlet_columns import columns_said

TEXT_COLUMNS = ("text", "content", "body", "article", "story")  # in the order they are taken


def text_column(names: Collection[str]) -> str | None:
    """The first of TEXT_COLUMNS among `names` (lower-cased, stripped column names), or None."""
    return next((column for column in TEXT_COLUMNS if column in names), None)


def text_column_line(counts: Mapping[str, int], scored: str, first: str) -> str:
    """The run's note on the articles whose text came from a column not called `text` (`counts`:
    column -> articles; `scored`: " scored in this run" or ""; `first`: the first such article)."""
    said = columns_said(counts, scored, "text")
    order = ", ".join(f'"{c}"' for c in TEXT_COLUMNS)
    return (f'{said} (read where a table has no "text" column; the first: {first}); the first of {order} a table has '
            "is its text: rename a column \"text\" to have that one read instead")

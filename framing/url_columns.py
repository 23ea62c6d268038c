"""Which column holds an article's address in a CSV or JSONL table: `url`, else `link`, else
`news_link` (some public news data sets: the Huffington Post headlines' `link`, others'
`news_link`).

Read only as metadata, such a table's articles had no url: no link back to the page in the
output or the report, and no outlet from the url's site where no column names one
(framing/outlet_columns.py).  A `link` or `news_link` value is taken only when it looks like an
address (a scheme, `//` or `www.`): those names can hold other things (a "related" flag, a
story's id), and a wrong url is worse than none.  A `url` value is taken as given, as it always
was.  The columns stay in the metadata; the run's note (score, compare, report) says how many articles took their
url from which column (`url_column_line`).
"""

from __future__ import annotations

from collections.abc import Mapping

from framing.outlet_columns import columns_said, looks_like_link

LINK_COLUMNS = ("link", "news_link")  # in the order they are taken where `url` gives none


def url_from_link(values: Mapping[str, object], missing: frozenset[str] = frozenset()) -> tuple[str, str] | None:
    """(address, the column it came from) for the first of LINK_COLUMNS holding an address, or
    None.  The caller asks only where the row's `url` gives none."""
    for column in LINK_COLUMNS:
        value = values.get(column)
        if not isinstance(value, str) or not (value := value.strip()) or value.casefold() in missing:
            continue
        if looks_like_link(value) or value.startswith("//"):
            return value, column
    return None


def url_taken_from(url: str | None, metadata: Mapping[str, object]) -> str | None:
    """The column of LINK_COLUMNS an article's url is the value of (tables keep them in the
    metadata), for the run's note; None for a url of its own."""
    if not url:
        return None
    return next((c for c in LINK_COLUMNS if isinstance(v := metadata.get(c), str) and v.strip() == url), None)


def url_column_line(counts: Mapping[str, int], scored: str, first: str) -> str:
    """The run's note on the articles whose url came from `link` or `news_link` (`counts`: column
    -> articles; `scored`: " scored in this run" or ""; `first`: the first such article)."""
    said = columns_said(counts, scored, "url")
    return (f'{said} (read where a row has no "url"; the first: {first}); only a value that is an address '
            '(https://..., www....) is taken')

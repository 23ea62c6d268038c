"""Which column names an article's outlet: `outlet`, else `publication`, else `publisher`, else `source`.

A teacher's manifest.csv and a researcher's table (NELA-GT's `source`, a scraper's `publisher`)
often name the outlet in a column not called `outlet` (All the News calls it `publication`); read only as metadata, every article had no
outlet and `framing compare` found one group.  Markdown front matter already took `publisher` and
`source` as the outlet, so the manifest, CSV/JSONL tables and front matter now share this one
rule.  A value that is a link (`https://...`, `www....`) is where the article came from, not who
published it, and is never taken as an outlet; the column itself stays in the article's metadata
(a table's or a manifest's: `--by publisher` still groups as it did).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

OUTLET_COLUMNS = ("outlet", "publication", "publisher", "source")  # in the order they are taken
_LINK = re.compile(r"(?:[a-z][a-z0-9+.-]*://|www\.)", re.IGNORECASE)


def outlet_from(values: Mapping[str, object], missing: frozenset[str] = frozenset()) -> tuple[str, str] | None:
    """(outlet, the column it came from) for the first of OUTLET_COLUMNS that holds a name, or
    None.  Only strings count (an `outlet` that is not one is left to the caller); blank values, values in `missing` (casefolded: "nan", "None" of a
    DataFrame saved after .astype(str)) and, from the other columns, links are passed over."""
    for column in OUTLET_COLUMNS:
        value = values.get(column)
        if column == "outlet" and value is not None and not isinstance(value, str):
            return None  # a number, say: the caller reads it as it always has
        if not isinstance(value, str) or not (value := value.strip()) or value.casefold() in missing:
            continue
        if column != "outlet" and looks_like_link(value):
            continue
        return value, column
    return None


def looks_like_link(value: str) -> bool:
    """A URL (any scheme) or a `www.` address: a `source` that says where an article was found."""
    return _LINK.match(value.strip()) is not None


def taken_from(outlet: str | None, metadata: Mapping[str, object]) -> str | None:
    """The column (`publication`, `publisher` or `source`) an article's outlet is the value of, where the input
    kept that column in the article's metadata (tables and manifests do), for the run's note."""
    if not outlet:
        return None
    for column in OUTLET_COLUMNS[1:]:
        value = metadata.get(column)
        if isinstance(value, str) and value.strip() == outlet:
            return column
    return None

"""Which group an article is compared in: its outlet, a file name for a teacher's few unnamed
files, or the field `framing compare --by` names (an input column, year, month, folder)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import PurePath

NO_OUTLET = "(no outlet)"


def outlet_of(record: dict) -> str:
    return record.get("outlet") or NO_OUTLET


FEW_FILES = 4  # a teacher's files on one story (report_articles.CLASS_SET_MAX): the report names them by file too


def named_by_file(records: Sequence[dict]) -> tuple[list[dict], str | None]:
    """In a run of two to FEW_FILES articles (a teacher's files on one story), each article that
    names no outlet (a file dropped in a folder with no manifest) goes under its own id, and the
    note says so; else the records as they are and None.  All under "(no outlet)" they compared
    nothing, or averaged two different papers beside outlets that CSV rows did name."""
    unnamed = [str(r.get("id")) for r in records if not r.get("outlet")]
    if not 2 <= len(records) <= FEW_FILES or not unnamed:
        return list(records), None
    named = [r if r.get("outlet") else {**r, "outlet": str(r.get("id"))} for r in records]
    which = ("No article names its outlet, so each is" if len(unnamed) == len(records) else
             f"{len(unnamed)} of the {len(records)} articles name no outlet, so {'each is' if len(unnamed) > 1 else 'it is'}")
    return named, (f"{which} shown under its file name ({', '.join(unnamed)}). Name each file's outlet in a manifest.csv "
                   "beside the files (columns path, outlet, date, headline).")


GROUP_FIELDS = ("outlet", "date", "title", "path", "model")  # article fields `--by` may name besides input columns


def group_of(record: dict, by: str) -> str | None:
    """What `framing compare --by FIELD` groups an article by, instead of its outlet: an article field
    (outlet, date, ...), a column of the input kept in its metadata (event, author, compartment), or
    `year` / `month` of its date, or `folder` (the name of the folder its file is in) where the input
    has no such column.  None where the article has none."""
    metadata = record.get("metadata") or {}
    if by in GROUP_FIELDS:
        value = record.get(by)
    elif by in metadata:
        value = metadata[by]
    elif by in ("year", "month") and _iso_date(record.get("date")) and len(record["date"]) >= (4 if by == "year" else 7):
        value = record["date"][: 4 if by == "year" else 7]  # a date known only to the month (2025-05) or year has those
    elif by == "folder" and record.get("path"):  # archives kept one folder per outlet (news/bbc/*.txt), with no manifest
        value = PurePath(str(record["path"]).replace("\\", "/")).parent.name
    else:
        value = None
    return None if value is None or str(value).strip() == "" else str(value).strip()


def _iso_date(value: str | None) -> bool:
    """Whether a saved date is ISO (2025-05-14, 2025-05, 2025), as ingest writes every date it could
    read; one kept as given (03/04/2025, 2025-02-30) has no year or month to group by."""
    from framing.dates import normalise_date

    return bool(value) and _ISO_SHAPE.match(value) is not None and normalise_date(value) == (value, None)


_ISO_SHAPE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?$")  # cheap first look; normalise_date then checks the month and day

"""`manifest.csv`: per-file metadata for the articles in a folder.

A manifest sits beside the files it describes and has a `path` column (relative to the manifest's
folder: `a.txt` or `sub/a.txt`; a column named `file` or `filename` is taken as it) and any of
`outlet`, `date`, `headline` (or `title`), `url`; every other column (`author`, `event`, `notes`, ...) goes to `Article.metadata`.
Without an `outlet`, a `publication`, `publisher`, `source`, `site` or `domain` column names the
outlet, as in Markdown front matter and tables (framing/outlet_columns.py: a link in the first three
is not an outlet, a site's address is named by its site, "www.nytimes.com" as "nytimes.com"), else
the site of the row's `url`; the column stays in the metadata too.  The manifest itself is
not an article.  A manifest row that names no file that was read is reported (a typo in a path
would otherwise lose the metadata silently).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from framing.article_tables import SEPARATOR_NAMES, counting_quotes, header_delimiter, spaced_after_separators
from framing.models import IngestError
from framing.outlet_columns import outlet_from
from framing.text_decoding import NotText, decode_bytes

MANIFEST_NAME = "manifest.csv"
_FIELDS = {"outlet": "outlet", "date": "date", "headline": "title", "title": "title", "url": "url"}
# What people call the file column when they make a manifest in a spreadsheet.
_PATH_NAMES = ("path", "file", "filename", "file name", "file_name")


@dataclass(slots=True)
class ManifestRow:
    line: int
    fields: dict[str, str]  # outlet, date, title, url: the Article fields it sets
    extra: dict[str, str]  # every other column, for Article.metadata
    used: bool = False


@dataclass(slots=True)
class Manifest:
    path: Path
    rows: dict[str, ManifestRow] = field(default_factory=dict)  # key: relative POSIX path
    errors: list[IngestError] = field(default_factory=list)
    rejected: dict[str, int] = field(default_factory=dict)  # key: relative POSIX path of a row not read; value: its line

    def lookup(self, file: Path) -> ManifestRow | None:
        """The row describing `file`, if this manifest names it; marks the row used."""
        try:
            key = file.relative_to(self.path.parent).as_posix()
        except ValueError:
            return None
        row = self.rows.get(key)
        if row is not None:
            row.used = True
        return row

    def rejected_line(self, file: Path) -> int | None:
        """The line of this manifest's row for `file` that was not read (an error says why), if any."""
        try:
            return self.rejected.get(file.relative_to(self.path.parent).as_posix())
        except ValueError:
            return None

    def unused_rows(self) -> list[tuple[str, ManifestRow]]:
        return [(key, row) for key, row in self.rows.items() if not row.used]


def is_manifest(path: Path) -> bool:
    return path.name.lower() == MANIFEST_NAME


def load(path: Path) -> Manifest:
    """Read a manifest; problems (no `path` column, blank paths, duplicates) become errors on it.

    A bad row (a NUL byte, more filled-in fields than the header names, csv's own complaint) is an
    error on its line and the other rows stand: rejecting the whole file for one row took every
    file's outlet, date and headline away."""
    manifest = Manifest(path)
    where = str(path)
    try:
        decoded = decode_bytes(path.read_bytes(), table=True)
    except (OSError, NotText) as e:
        manifest.errors.append(IngestError(where, f"manifest not read ({e}); its files are read without its metadata"))
        return manifest
    quotes = [0, 0]
    first = decoded.text.split("\n", 1)[0]
    delimiter = header_delimiter(first)
    reader = csv.reader(counting_quotes(io.StringIO(decoded.text, newline=""), quotes), delimiter=delimiter,
                        skipinitialspace=spaced_after_separators(first, delimiter))  # (`path, outlet, headline` as a table is read)
    try:
        header = [h.strip().lower() for h in next(reader, [])]
    except csv.Error as e:
        manifest.errors.append(IngestError(where, f"unreadable manifest header ({e}); the first line must name the columns "
                                                  "(path, outlet, date, headline)", 1))
        return manifest
    path_column = next((name for name in _PATH_NAMES if name in header), None)
    if path_column is None:
        manifest.errors.append(
            IngestError(where, f"manifest has no 'path' column (columns found: {', '.join(header) or 'none'}); "
                        "add one naming each file, relative to the manifest's folder", 1)
        )
        return manifest
    header[header.index(path_column)] = "path"
    last_line, before = reader.line_num, quotes[0]
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as e:  # (in practice csv's "field larger than field limit": an unclosed quote over thousands of rows)
            what = (f"a field longer than {csv.field_size_limit():,} characters: most often a quotation mark (\") left unclosed"
                    if "field limit" in str(e) else f"malformed row ({e})")
            manifest.errors.append(IngestError(where, f"{what}, so lines {last_line + 1} to {reader.line_num} were not read; "
                                                      "close the quote (their files are read without the manifest's metadata until then)",
                                               last_line + 1))
            last_line, before = reader.line_num, quotes[0]
            continue
        line, last_line = last_line + 1, reader.line_num
        if last_line > line and (quotes[0] - before) % 2:  # a row over several lines has an even number of them
            what = "is never closed" if quotes[1] else "only a later line's quotation mark ends it"
            manifest.errors.append(IngestError(where, f"a quotation mark (\") opens a field on this line and {what}, so lines {line} "
                                                      f"to {last_line} were read as one row; close the quote (their files are read "
                                                      "without the manifest's metadata until then)", line))
            before = quotes[0]
            continue
        before = quotes[0]
        if not any(cell.strip() for cell in row):
            continue
        values = dict(zip(header, (cell.strip() for cell in row)))
        key = _normalise(values.pop("path", "").replace("\x00", ""))
        if any("\x00" in cell for cell in row):
            _reject(manifest, key, line, "this row holds a NUL byte (\\x00), a sign of a damaged file, so it was not read; "
                                         f"type the row again, or save the manifest again from its spreadsheet ({_WITHOUT})")
            continue
        if any(cell.strip() for cell in row[len(header):]):  # (empty cells past the header: a spreadsheet's padding)
            _reject(manifest, key, line, f"row has {len(row)} fields but the header has {len(header)}, so it was not read; "
                                         f"put a field that holds {SEPARATOR_NAMES[delimiter]} in quotation marks "
                                         f"(\"Talks fail, again\") ({_WITHOUT})")
            continue
        if not key:
            manifest.errors.append(IngestError(where, "manifest row has an empty path; name the file it describes", line))
            continue
        if key in manifest.rows:
            manifest.errors.append(IngestError(where, f"{key} is listed twice (first on line {manifest.rows[key].line}); keep one row", line))
            continue
        fields = {_FIELDS[k]: v for k, v in values.items() if k in _FIELDS and v}
        if (outlet := outlet_from(values)) is not None:
            fields["outlet"] = outlet[0]
        extra = {k: v for k, v in values.items() if k not in _FIELDS}
        manifest.rows[key] = ManifestRow(line, fields, extra)
    return manifest


_WITHOUT = "its file is read without the manifest's metadata until then"


def _reject(manifest: Manifest, key: str, line: int, message: str) -> None:
    """An error on a row not read; the file it names (if it can tell) is remembered, so that file's
    article says its row was rejected rather than that the manifest does not list it."""
    manifest.errors.append(IngestError(str(manifest.path), message, line))
    if key and key not in manifest.rejected:
        manifest.rejected[key] = line


def _normalise(raw: str) -> str:
    return PurePosixPath(raw.strip().replace("\\", "/")).as_posix().removeprefix("./") if raw.strip() else ""

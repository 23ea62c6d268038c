"""Articles stored one per row (.csv) or one per line (.jsonl), read as a stream.

Columns (CSV header names or JSON keys): `id`, `outlet`, `title` (or `headline`), `date`, `url`,
`text` (or, where there is no `text`, `content`, `body`, `article` or `story`, in that order:
framing/text_columns.py); every other column is kept in `Article.metadata` (an `event` column, say, for grouping).
A row with no `url` takes its `link` or `news_link` as the url where that is an address
(framing/url_columns.py); those columns stay in the metadata too.
A row with no `outlet` takes its `publication`, `publisher`, `source`, `site` or `domain`, in that order, as the outlet
(not a link in the first three; a site's address named by its site), else the site its `url` is on:
framing/outlet_columns.py; those columns stay in the metadata too.
Columns are separated by commas, or by semicolons or tabs when the header line has those and no
comma (what a spreadsheet in a European locale saves as "CSV"); a header with a space after each
separator (`id, outlet, text`) has its rows read skipping that space, so `1, nyt, "The ..."` is
quoted text, not text with quotation marks (`spaced_after_separators`).  Rows are read one at a time, so a
file of millions of articles never sits in memory.  A row that
cannot become an article (no text, bad JSON, a wrong number of fields) gives an IngestError with
its line number, and the rows after it are still read.
"""

from __future__ import annotations

import csv
import gzip
import itertools
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from framing import consent_walls
from framing.dates import MISSING_AS_TEXT, normalise_date
from framing.models import Article, IngestError
from framing.outlet_columns import outlet_from, outlet_from_url
from framing.text_columns import text_column
from framing.url_columns import url_from_link
from framing.text_decoding import CP1252_WARNING, UNDECODABLE, NotText, stream_lines

KNOWN_FIELDS = ("id", "outlet", "title", "headline", "date", "url", "text")
# framing's own outputs left in a folder it scores again: one clear error per file, not one per row.
FRAMING_OUTPUT = (
    "this is {what}, not articles; leave it out, and write framing's outputs outside the folders "
    "you score (reports go to reports/ by default)"
)
SCORES_COLUMNS = frozenset({"loaded_author_per_1k", "words"})  # `framing score --format csv` (also read by saved_scores)
_SPANS_COLUMNS = {"start", "end", "type", "voice"}  # ... and its `--spans` file
_COMPARE_COLUMNS = ({"score", "outlet", "ci_low"}, {"score", "test", "p_adjusted"})  # `framing compare --out` and its .tests.csv
_ERRORS_COLUMNS = ["path", "line", "id", "source_id", "error"]  # `framing score --errors` (and without source_id, or id, before)
_FIELD_LIMIT = 64 * 1024 * 1024  # characters: the csv module's default (128 KiB) is too small for long articles


@dataclass(slots=True)
class TableFile:
    """One table being read: its path, the unique id prefix for its rows, and per-file defaults
    from a manifest row naming it (`defaults`: known fields; `extra`: other columns) that row
    values override; `outlet` (the --outlet option) overrides everything."""

    path: Path
    file_id: str
    outlet: str | None = None
    defaults: Mapping[str, Any] = field(default_factory=dict)
    extra: Mapping[str, Any] = field(default_factory=dict)
    _row_ids: set[str] = field(default_factory=set)

    def row_id(self, given: Any, line: int) -> str:
        """`file_id:row id` (or `file_id:line` when the row has no id), unique within the file."""
        base = f"{self.file_id}:{given}" if given not in (None, "") else f"{self.file_id}:{line}"
        return claim_unique(base, self._row_ids)


def claim_unique(base: str, taken: set[str]) -> str:
    """`base`, or `base~2`, `base~3`, ... the first not in `taken`; recorded there as taken.

    File ids within a run and row ids within a table are made unique the same way, so a reader
    of the output sees one rule for both."""
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}~{n}"
    taken.add(candidate)
    return candidate


def read_csv(table: TableFile) -> Iterator[Article | IngestError]:
    """Articles from a CSV file with a header row, one per row."""
    if csv.field_size_limit() < _FIELD_LIMIT:
        csv.field_size_limit(_FIELD_LIMIT)
    path = str(table.path)
    with _open(table.path) as handle:
        try:
            stream = stream_lines(handle)
            first = next(stream.lines, "")
            delimiter = header_delimiter(first)
            quotes = [0, 0]  # quotation marks read so far; 1 once every line is read (an unclosed quote reads to the end)
            reader = csv.reader(counting_quotes(itertools.chain([first], stream.lines), quotes), delimiter=delimiter,
                                skipinitialspace=spaced_after_separators(first, delimiter))
            header = next(reader, None)
        except NotText as e:
            yield IngestError(path, str(e))
            return
        except csv.Error as e:
            yield IngestError(path, f"unreadable CSV header ({e}); the first line must name the columns", 1)
            return
        if header is None or not any(h.strip() for h in header):
            yield IngestError(path, "empty CSV file: no header row; the first line must name the columns (id, outlet, title, date, url, text)")
            return
        names = [h.strip().lower() for h in header]
        if SCORES_COLUMNS <= set(names) or _SPANS_COLUMNS <= set(names):
            yield IngestError(path, FRAMING_OUTPUT.format(what="a CSV written by framing score"), 1)
            return
        if any(columns <= set(names) for columns in _COMPARE_COLUMNS):
            yield IngestError(path, FRAMING_OUTPUT.format(what="a table written by framing compare"), 1)
            return
        if names in (_ERRORS_COLUMNS, ["path", "line", "id", "error"], ["path", "line", "error"]):
            yield IngestError(path, FRAMING_OUTPUT.format(what="the unreadable inputs framing score --errors listed"), 1)
            return
        if (body := text_column(names)) is None:
            yield IngestError(path, _missing_text_message(header), 1)
            return
        names = ["text" if name == body else name for name in names]  # `content`, `body`, ...: framing/text_columns.py
        last_line, rows = reader.line_num, 0
        while True:
            fallbacks, undecodable = stream.fallbacks, stream.undecodable
            quotes_before = quotes[0]
            try:
                row = next(reader)
            except StopIteration:
                if not rows:  # was "no articles found ... files of other types are skipped", as if a .csv were not read
                    yield IngestError(path, "no rows under the header: nothing to analyse; add the articles, one a row, or leave the file out")
                return
            except NotText as e:
                yield IngestError(path, str(e))
                return
            except csv.Error as e:
                if "field limit" in str(e):  # (csv's "field larger than field limit (N)")
                    yield IngestError(path, f"a field longer than {csv.field_size_limit():,} characters: most often a quotation mark "
                                            "left unclosed; close it, or split the text", last_line + 1)
                else:
                    yield IngestError(path, f"malformed CSV row ({e}); check its quoting", last_line + 1)
                last_line = reader.line_num
                rows += 1  # a row, if a bad one: not "no rows under the header"
                continue
            line, last_line = last_line + 1, reader.line_num
            rows += any(cell.strip() for cell in row)
            if last_line > line and (quotes[0] - quotes_before) % 2:
                # a quoted field opened and never closed: csv read the lines after it as that one
                # field, to the end of the file or to the next stray quotation mark (a later row's
                # quoted field); the rows swallowed were lost without a word.  A well-formed row over
                # several lines has an even number of quotation marks.
                what = ("opens a field on this line and is never closed" if quotes[1] else
                        "opens a field on this line and only a later line's quotation mark ends it")
                yield IngestError(path, f"a quotation mark (\") {what}, so lines {line} to {last_line} were read as one row and "
                                        "none of them was scored; close the quote, or double a quotation mark inside a quoted field (\"\")", line)
                continue
            if stream.undecodable > undecodable:
                yield IngestError(path, UNDECODABLE.format(line=stream.undecodable_line), line)
                continue
            if not row or not any(cell.strip() for cell in row):
                continue  # a blank line holds no article
            if len(row) != len(names):
                if last_line > line:  # (a stray quotation mark joined lines: say which, or the rows on them were lost unsaid)
                    yield IngestError(path, f"lines {line} to {last_line} were read as one row of {len(row)} fields (the header has "
                                            f"{len(names)}), so none of them was scored; check the quotation marks (\") on them", line)
                else:
                    yield IngestError(path, f"row has {len(row)} fields but the header has {len(names)}; quote fields that contain {SEPARATOR_NAMES[delimiter]}", line)
                continue
            warnings = [CP1252_WARNING] if stream.fallbacks > fallbacks else []
            yield record_article(dict(zip(names, row)), table, line, warnings, body)


def counting_quotes(lines: Iterator[str], count: list[int]) -> Iterator[str]:
    """The lines, counting their quotation marks into count[0], and setting count[1] at the end."""
    for line in lines:
        count[0] += line.count('"')
        yield line
    count[1] = 1


def read_jsonl(table: TableFile) -> Iterator[Article | IngestError]:
    """Articles from a JSON Lines file: one JSON object per line, blank lines skipped."""
    path = str(table.path)
    without_text: list[int] = []  # lines whose object has no "text"
    lines = 0  # not blank
    with _open(table.path) as handle:
        try:
            stream = stream_lines(handle)
            for line, raw in enumerate(stream.lines, start=1):
                if not raw.strip():
                    continue
                lines += 1
                if stream.undecodable:
                    stream.undecodable = 0
                    yield IngestError(path, UNDECODABLE.format(line=line), line)
                    continue
                warnings = [CP1252_WARNING] if stream.fallbacks else []
                stream.fallbacks = 0
                try:
                    record = json.loads(raw.rstrip("\r\n").removeprefix("\ufeff"))  # (a BOM mid-file: files joined with cat)
                except json.JSONDecodeError as e:
                    yield IngestError(path, _json_problem(e), line)
                    continue
                if not isinstance(record, dict):
                    yield IngestError(path, f"a JSON {_kind(record)}, not an object; each line must be one object with a \"text\" field", line)
                    continue
                if "text" not in record and "scores" in record and "spans" in record:
                    yield IngestError(path, FRAMING_OUTPUT.format(what="the output of framing score (scored articles)"), line)
                    return
                fields = {str(k).strip().lower(): v for k, v in record.items()}
                if (body := text_column(fields)) not in (None, "text"):  # `content`, `body`, ...: framing/text_columns.py
                    fields["text"] = fields.pop(body)
                if body is None:
                    # one error naming the fields, then a count: a file of another shape (BASIL's
                    # sentence lists) was 300 identical lines on stderr
                    if not without_text:
                        likely = next((k for k in fields if k in _BODY_NAMES), None)  # news-please's "maintext", say
                        hint = (f'if "{likely}" holds the article body, rename it to "text"' if likely else
                                'every line needs the article body in "text"')
                        yield IngestError(path, f'no "text" field (fields: {_field_list(fields)}); {hint}', line)
                    without_text.append(line)
                    continue
                yield record_article(fields, table, line, warnings, body)
        except NotText as e:
            yield IngestError(path, str(e))
            lines = -1  # reported already
        if not lines:
            yield IngestError(path, "no articles: the file is empty or holds only blank lines; write one JSON object a line, "
                                    "with the article body in \"text\", or leave the file out")
        if len(without_text) > 1:
            yield IngestError(path, f'{len(without_text) - 1} more lines have no "text" field either ({_line_list(without_text[1:])}); '
                                    'none of them was read')


def _open(path: Path) -> BinaryIO:
    """The file's bytes, decompressed on the fly for `.gz` (still one row at a time)."""
    if path.suffix.lower() == ".gz":
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return path.open("rb")


def record_article(record: dict[str, Any], table: TableFile, line: int, warnings: list[str],
                   column: str = "text") -> Article | IngestError:
    """One row or object as an Article; an IngestError for that line when it has no usable text
    (carrying the row's id as the output writes ids, so `--errors` rows join the input's).
    `column`: the table's column the text is in (`record["text"]` holds it; `content`, say, where
    the table has no `text`: framing/text_columns.py), named in the errors about it."""
    text = record.get("text")
    name = f'"{column}"'
    given = _str(record.get("id"))
    # claimed for a row that fails too: an empty row "0" and a later scored row "0" had one id, in
    # the errors and in the output both
    row = table.row_id(given, line)
    if text is None:
        what = f'{name} is null' if "text" in record else 'no "text" field'
        return IngestError(str(table.path), f'{what}; every row needs the article body in {name}', line, row, given)
    if not isinstance(text, str):
        return IngestError(str(table.path), f'{name} is a {_kind(text)}, not a string; put the article body in {name} as a string', line, row, given)
    if not text.strip():
        return IngestError(str(table.path), f'empty {name}: nothing to analyse; fill in the article body or remove the row', line, row, given)
    if consent_walls.is_consent_wall(text):
        return IngestError(str(table.path), consent_walls.MESSAGE, line, row, given)
    tags = _MARKUP.findall(text, 0, 20_000)
    if len(tags) >= 2 and not any(_BLOCK_TAG.match(t) for t in tags):
        # plain text with a link or two left in it (PolNeAR: '<a href=”https://...” target=”_blank”>
        # ...</a>' in an article of 15 paragraphs): read as HTML it lost every paragraph break; the
        # inline tags go, the text stays as it is
        text = _INLINE_TAG.sub("", text)
        warnings = [*warnings, '"text" holds inline HTML tags (<a>, <b>, ...): removed, the rest read as plain text']
    elif len(tags) >= 2:
        # a scraper's raw HTML in the text column: its tags counted as words and its attributes'
        # quotation marks read as quotes; read as an .html file is, its text only (a warning says so)
        from framing import html_text

        text = html_text.extract(text).text
        if not text.strip():
            return IngestError(str(table.path), '"text" is HTML with no article text in it (only markup, scripts or navigation); '
                                                'put the article body in "text"', line, row, given)
        warnings = [*warnings, '"text" is HTML: read as an .html file is (its text only, without tags)']
    if "\x00" in text:  # kept (offsets stay as they are), but a NUL byte is a damaged export, not a character of news
        warnings = [*warnings, f'"text" holds {text.count(chr(0))} NUL byte(s) (\\x00), a sign of a damaged export; read as it is: '
                               "check the row against its source"]
    # a DataFrame saved after .astype(str) writes its empty cells as "nan" or "None": no outlet, not an outlet "nan"
    fields = {**table.defaults, **{k: v for k, v in record.items() if k in KNOWN_FIELDS and v not in (None, "")
                                   and not (isinstance(v, str) and v.strip().casefold() in MISSING_AS_TEXT)}}
    metadata = dict(table.extra)
    metadata.update({k: v for k, v in record.items() if k not in KNOWN_FIELDS})
    if "url" not in record or not _str(record["url"]) or str(record["url"]).strip().casefold() in MISSING_AS_TEXT:
        if (link := url_from_link(record, MISSING_AS_TEXT)) is not None:  # a row's `link`, `news_link`: framing/url_columns.py
            fields["url"] = link[0]
    date, date_warning = normalise_date(_str(fields.get("date")))
    if date_warning:
        warnings = [*warnings, date_warning]
    article_id = row
    if given is not None and article_id != f"{table.file_id}:{given}":  # a duplicate row, or two articles under one id
        warnings = [*warnings, f"id {given!r} is used by an earlier row of this file too: this one is {article_id} "
                               "(give every row an id of its own)"]
    return Article(
        id=article_id,
        text=text,
        outlet=table.outlet or (found[0] if (found := outlet_from(record, MISSING_AS_TEXT)) else _str(fields.get("outlet")))
        or (found[0] if (found := outlet_from_url(fields.get("url"), MISSING_AS_TEXT)) else None),
        title=_str(fields.get("title") or fields.get("headline")),
        date=date,
        url=_str(fields.get("url")),
        source_path=str(table.path),
        source_id=given,
        metadata=metadata,
        warnings=warnings,
        line=line,
        text_column=column if column != "text" else None,
    )


# Tags of an article body's markup (not "<3" or "a < b"): two of them make a text cell HTML.
_MARKUP = re.compile(r"</?(?:p|div|br|span|a|b|i|em|strong|h[1-6]|ul|ol|li|img|figure|figcaption|blockquote|section|article|"
                     r"script|style|table|tr|td)\b[^<>]{0,500}?/?>", re.IGNORECASE)
_INLINE_TAG = re.compile(r"</?(?:span|a|b|i|em|strong)\b[^<>]{0,500}?/?>", re.IGNORECASE)  # tags inside a line of prose
_BLOCK_TAG = re.compile(r"<(?!/?(?:span|a|b|i|em|strong)\b)", re.IGNORECASE)  # any other of _MARKUP's: the text is a page's HTML


def _json_problem(error: json.JSONDecodeError) -> str:
    """A line that is not JSON, in words.  json's "Unterminated string starting at" names a place
    its message then leaves out: the string it means opens at `colno`, and a line that ends inside
    a string was cut short (a truncated file, a text written with a raw line break in it)."""
    if error.msg.startswith("Unterminated string"):
        return (f"invalid JSON: the string opened at column {error.colno} is never closed; the line was cut short, "
                "or a text in it holds a raw line break: write each line with json.dumps()")
    return f"invalid JSON at column {error.colno} ({error.msg}); {_json_advice(error)}"


def _json_advice(error: json.JSONDecodeError) -> str:
    """What to do about a line that is not JSON, for the two mistakes people make most: a comma
    left before a closing brace (JavaScript allows it, JSON does not) and a Python dict written
    with print() or str() (single quotes, True, None)."""
    rest = error.doc[error.pos:].lstrip()
    if error.msg.startswith(("Expecting property name", "Expecting value")) and rest[:1] in "}]" and rest \
            and error.doc[:error.pos].rstrip().endswith(","):
        return "a comma before the closing " + rest[0] + ", which JSON does not allow; remove it"
    if error.msg.startswith("Expecting property name") and rest.startswith("'"):
        return "JSON needs double quotes (\"), not single ones: a Python dict written with print() or str()? write each line with json.dumps()"
    return "each line must be one JSON object"


def _line_list(lines: list[int]) -> str:
    if len(lines) <= 5:
        return "lines " + ", ".join(map(str, lines))
    return f"lines {lines[0]}, {lines[1]}, ... {lines[-1]}"


def _field_list(fields: Mapping[str, Any], most: int = 8) -> str:
    names = list(fields)
    return ", ".join(names[:most]) + (f", ... ({len(names)} in all)" if len(names) > most else "") if names else "none"


def _kind(value: Any) -> str:
    """What a JSON value is, in JSON's own words."""
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    return {dict: "object", list: "list", str: "string"}.get(type(value), type(value).__name__)


def _str(value: Any) -> str | None:
    if value is None:
        return None
    value = str(value).strip()
    return value or None


SEPARATOR_NAMES = {",": "commas", ";": "semicolons", "\t": "tabs"}


def header_delimiter(header: str) -> str:
    """"," normally; ";" or a tab when the header line uses that and no comma: a spreadsheet set to a
    European locale saves its "CSV" with semicolons (as manifest.csv is read too)."""
    if "," not in header:
        for candidate in (";", "\t"):
            if candidate in header:
                return candidate
    return ","


def spaced_after_separators(header: str, delimiter: str) -> bool:
    """Whether the header line puts a space after its separators (`id, outlet, text`), as a CSV
    written by hand or by a program that joins with ", " does.  Its rows are read skipping the
    space after each separator: else a quoted field (`1, nyt, "The senator said ..."`) kept its
    quotation marks, and the whole article was read as one quotation (no words in the author's
    voice), or a comma inside it split the row.  Only such files: an ordinary CSV's unquoted
    fields keep their leading spaces, as they always did."""
    return f"{delimiter} " in header


_BODY_NAMES = {"article_text", "full_text", "fulltext", "maintext", "main_text", "text_body"}


def _missing_text_message(header: Iterable[str]) -> str:
    found = ", ".join(h.strip() for h in header) or "none"
    hint = "name the column holding the article body `text`"
    likely = [h.strip() for h in header if h.strip().lower() in _BODY_NAMES]
    if likely:
        hint = f"if `{likely[0]}` holds the article body, rename that column to `text`"
    if len(list(header)) == 1 and "|" in found:
        hint = "separate columns with commas, semicolons or tabs (this header has one column, split by |)"
    return f"no 'text' column (columns found: {found}); {hint}"

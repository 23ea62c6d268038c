"""The inputs a run left out, told alike by `score`, `compare` and `report`: one policy, here.

The terminal shows the first ERRORS_SHOWN unreadable inputs, one line each; a closing line counts
them all and says where the rest are (`--errors FILE`, or how to keep them), so a corpus with
thousands of empty rows prints ten lines and a count, not thousands.  `--errors FILE` holds every
one as a CSV row (path, line, id, source_id, error).  Articles `--drop-duplicates` left out are
rows of that file too (every input article is in the output or in it), but they are no unreadable
input: counted apart, and not shown one by one (the duplicate summary names the first ten).

The file is always written when asked for, a header row and then a row an input left out, even
when there is none (header only): a script reading it finds zero rows, never a missing file, nor
a stale one from an earlier run that it would take for this run's.  Before this one place, `score`
showed every error when no file was given and called them "errors", `compare` and `report` showed
ten and called them "unreadable inputs".
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TypeVar

from rich.console import Console
from rich.text import Text

from framing.cli.options import cannot_write, fail
from framing.duplicate_texts import DroppedDuplicate
from framing.models import IngestError

ERRORS_SHOWN = 10  # lines on the terminal; the --errors file holds them all
ERRORS_COLUMNS = ["path", "line", "id", "source_id", "error"]
T = TypeVar("T")  # a record, or an input left out


class ErrorLog:
    """`--errors FILE`: every input left out as a CSV row (path, line, id, source_id, error), written
    as the run reads them, so that a corpus of millions with thousands of bad rows leaves a table to
    filter rather than a scrolled-away terminal.  A table row's error carries the identifiers a scored
    row carries (`id`, `source_id`: the row's own id as given, `path`), so the researcher joins both
    to their own table on (path, source_id) alike."""

    def __init__(self, handle) -> None:
        self._handle = handle
        self._rows = csv.writer(handle)
        self._rows.writerow(ERRORS_COLUMNS)

    @classmethod
    def open(cls, path: Path | None) -> "ErrorLog | None":
        """The log for `--errors path` (None without it), its header written at once."""
        if path is None:
            return None
        path.parent.mkdir(parents=True, exist_ok=True)
        return cls(open(path, "w", newline="", encoding="utf-8"))

    def write(self, error: IngestError) -> None:
        self._rows.writerow([error.path, "" if error.line is None else error.line, error.id or "", error.source_id or "", error.message])
        self._handle.flush()  # a killed run keeps the errors read so far

    def close(self) -> None:
        self._handle.close()


class InputErrors:
    """The inputs a run left out: unreadable ones told on stderr (the first ERRORS_SHOWN, then
    counted: `line()`), every one written to `--errors FILE` when given; dropped duplicates counted
    in `dropped` and written there too.  Use as a context manager around the run: the file is opened
    (and its header written) on entry."""

    def __init__(self, err: Console, path: Path | None = None) -> None:
        self.err, self.path, self.count, self.dropped = err, path, 0, 0
        self._log: ErrorLog | None = None

    def check(self, *outputs: Path | None) -> None:
        """Refuse an --errors that is a folder or one of the run's own outputs, before any work."""
        if self.path is None:
            return
        if self.path.is_dir():
            raise fail(f"--errors {self.path} is a folder; name a file in it (--errors {self.path / 'errors.csv'})")
        if any(o is not None and self.path.resolve() == o.resolve() for o in outputs):
            raise fail(f"--errors {self.path} is also the output; give the errors a file of their own (e.g. --errors errors.csv)")

    def open(self) -> "InputErrors":
        """Open the --errors file (if given) and write its header: from here on it is this run's."""
        if self._log is None:
            try:
                self._log = ErrorLog.open(self.path)
            except OSError as e:
                raise cannot_write(e, "--errors") from None
        return self

    def close(self) -> None:
        if self._log is not None:
            self._log.close()
            self._log = None

    def __enter__(self) -> "InputErrors":
        return self.open()

    def __exit__(self, *exc) -> None:
        self.close()

    def add(self, error: IngestError) -> None:
        if isinstance(error, DroppedDuplicate):
            self.dropped += 1
        else:
            self.count += 1
            if self.count <= ERRORS_SHOWN:
                # as it is, whatever the command's console: a row's "news.csv:100: ..." had shown as "news.csv💯 ..."
                self.err.print(Text("error", style="red"), str(error), markup=False, emoji=False, highlight=False, soft_wrap=True)
        if self._log is not None:
            self._log.write(error)

    def told(self, items: Iterable[T]) -> Iterator[T]:
        """`items`, each input left out among them added here as it passes (told, counted, written to
        --errors) and passed on, as `_analysed` does for articles read: for saved scores, whose copies
        `--drop-duplicates` leaves out as they are read back (compare keeps only the records; the
        report lists the copies apart)."""
        for item in items:
            if isinstance(item, IngestError):
                self.add(item)
            yield item

    def line(self) -> str | None:
        """The closing line: how many inputs could not be read and where to find them all; None
        when the lines above are all there are and no file holds them."""
        more = f"; {self.count - ERRORS_SHOWN:,} more not shown above" if self.count > ERRORS_SHOWN else ""
        if self.path is not None and self.count:
            return f"{self.count:,} unreadable input{'s' * (self.count != 1)} written to {self.path}{more}"
        if self.count > ERRORS_SHOWN:
            return (f"{self.count:,} unreadable inputs, only the first {ERRORS_SHOWN} shown above; "
                    "to keep every one in a file, pass --errors errors.csv")
        return None

    def dropped_place(self) -> str:
        """Where the articles --drop-duplicates left out are each reported, for the duplicate summary."""
        if self.path is not None:
            return f" (each a row in {self.path})"
        return " (to keep a row for each, pass --errors errors.csv)"

    def show_line(self) -> None:
        if line := self.line():
            self.err.print(line, markup=False, highlight=False, soft_wrap=True)

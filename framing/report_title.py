"""The report's title when none is given: what the articles share, not the output file's name.

`framing report birthright/ --out reports/rep.html` had been titled "Framing report: rep", after
the file a teacher may name anything; the students read the page's heading.  What the articles
share says what they are about: one `event` every article names (a manifest or table column,
written by whoever gathered them: "Birthright citizenship", not a code such as "12") comes first, else the folder they were
all read from ("birthright", dashes and underscores read as spaces), or the one table file they
are rows of ("summit.csv" -> "summit").  Read as the records stream by, in constant memory.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

PREFIX = "Framing report"
_LETTER = re.compile(r"[^\W\d_]")
# an event written as a code says nothing to a class: a number ("12"), or hex digits and dashes with
# a digit among them (BASIL's triplet ids, "005a2961-0c2e-4575-8eec-770ba52a08e0")
_CODE = re.compile(r"[\W\d_]*|[0-9a-fA-F_-]*\d[0-9a-fA-F_-]*")


class SharedSubject:
    """Collects, record by record, the event all articles share and the folder (or file) they share."""

    def __init__(self) -> None:
        self._events: set[str] = set()
        self._no_event = False
        self._paths: set[str] = set()  # the distinct paths, up to two (a table's rows share one)
        self._folder: str | None = None
        self._mixed = False  # absolute and relative paths: no common folder

    def add(self, record: dict) -> None:
        event = str((record.get("metadata") or {}).get("event") or "").strip()
        if not event:
            self._no_event = True
        elif len(self._events) < 2:
            self._events.add(event)
        path = record.get("path")
        if not path or self._mixed:
            return
        if len(self._paths) < 2:
            self._paths.add(str(path))
        folder = os.path.dirname(str(path))
        if self._folder is None:
            self._folder = folder
        elif folder != self._folder:
            try:
                self._folder = os.path.commonpath([self._folder, folder]) if self._folder and folder else ""
            except ValueError:
                self._mixed = True

    def subject(self) -> str:
        """The event (one, not a code: a triplet's number or id says nothing), else the folder or
        the one file, else ''."""
        if len(self._events) == 1 and not self._no_event and not _CODE.fullmatch(event := next(iter(self._events))):
            return event
        if self._mixed or self._folder is None:
            return ""
        if len(self._paths) == 1 and Path(only := next(iter(self._paths))).suffix:
            name = Path(only).name.split(".")[0]  # corpus.csv.gz -> corpus
        else:
            name = Path(self._folder).name or Path(self._folder or ".").resolve().name  # '.' or '' -> the folder run in
        return re.sub(r"[-_]+", " ", name).strip()

    def title(self) -> str:
        """'Framing report: <subject>', or 'Framing report' where the articles share nothing."""
        subject = self.subject()
        return f"{PREFIX}: {subject}" if subject else PREFIX

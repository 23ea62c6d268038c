"""Warn about articles whose text is exactly the text of an earlier one (a corpus scraped twice, a
wire story filed under two names), in bounded memory.

Why: duplicates weigh an outlet's figures twice, and a researcher who merged two scrapes wants to
know before the statistics, not after.  A run of millions of articles cannot keep their texts or
ids, so each text is kept as an 8-byte BLAKE2b digest in a fixed-width open-addressing table (two
numpy arrays: the digest, and where the text was first read: which input file and which article of
that file).  A slot is 16 bytes and the table is kept at most half full, so a kept text costs 32
to 64 bytes; the table starts at 0.5 MiB and doubles as texts arrive, up to `MAX_TEXTS` distinct
texts (1,000,000 by default: 2^21 slots, 32 MiB at most, plus one file name per input file that
holds a kept text).  Past the bound
no new text is kept, and later articles are still checked against the ones kept; `Duplicates.full`
says so, and the CLI prints it.  Two different texts share a digest with a chance of about
n^2 / 2^65 (3 in 100 million at a million texts), which would be reported as a duplicate.

The duplicate gets a warning in its own output row ("warnings"), naming the first: the file
(`news/a.txt`), and for a CSV or JSONL row its line (`news.jsonl, line 7`; an article made by other
means than reading a table is named by its count in the file instead: `news.jsonl, its article 7`);
a copy that is a table row ends its warning with its own line (`(this article: line 31)`), which
its output row does not otherwise keep.  A Parquet row is named by its row number, "row 7" for
"line 7" (`place_word`).
With `drop` (`framing score --drop-duplicates`), an exact copy is not scored: in its place comes a
`DroppedDuplicate` (an IngestError, so it takes the road every input left out takes: a row of the
`--errors` file, with the copy's path, line and ids, and the article it repeats named in the error),
and the summary says how many were dropped.  Dropping is asked for, never done by default: a wire
story two outlets both ran belongs to both.  Near copies are only warned about, dropped or not.
Saved scores read back with `drop` (`compare --scores --drop-duplicates`) lose the records their
scoring run marked as exact copies, each the DroppedDuplicate reading the articles would have made
(same row, same figures); records too old to be known to carry the marks are refused (`unmarked`).
Every command that reads a corpus runs the check (`score`, `report`, `compare`, and
`framing.analyze_corpus`); `lines` is the summary they print, so they all say it alike.

With `near` (a `near_duplicates.NearDuplicates`; `--near-duplicates SIMILARITY` on the commands),
an article that is no exact duplicate is also looked up among the earlier texts for a near copy
(wire copy with another first line or a trimmed tail), and a warning names the most similar one
("near duplicate of news/a.txt: about 91% ...").  It is off by default: it costs about 1.4 M
instructions an 800-word article (about 0.35 CPU ms measured under load; scoring one is about 29 M,
so about 5% more) and about 275 bytes a text kept (benchmarks/near_duplicates.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from hashlib import blake2b
from typing import TypeVar

import numpy as np

from framing.models import Article, IngestError
from framing.near_duplicates import NearDuplicates

MAX_TEXTS = 1_000_000  # distinct texts kept: 32 MiB of table at most
FIRST_SLOTS = 1 << 15  # 0.5 MiB
PREFIX = "exact duplicate: the same text as "
NEAR_PREFIX = "near duplicate of "
LISTED = 10  # copies of each kind the summary names (the first included); the rest are counted
DROPPED = "dropped (--drop-duplicates): "  # a DroppedDuplicate's message begins so, then PREFIX and the first text
PREFIXES = (PREFIX, NEAR_PREFIX)  # the warnings this check adds: not about how the input was read
# A table row's warning ends with the row's own line: `framing score` writes no line in its output
# record, so `compare --scores` and `report --scores` could name the first text's line, not the copy's.
# A Parquet row has a number, not a line: "row 7" there (`place_word`), "line 7" in a CSV or JSONL file.
_OWN_LINE = re.compile(r" \(this article: (?:line|row) (\d+)\)$")
_TABLE_SUFFIXES = (".csv", ".tsv", ".jsonl", ".ndjson")
T = TypeVar("T")
# Set in a kept place when it is the row's line in its file (a CSV/JSONL row), not the article's
# count in it (a row read by other means, as in the tests); lines past 2**31 are not expected.
_LINE = 1 << 31


def digest(text: str) -> int:
    """The text's 8-byte BLAKE2b digest as a nonzero integer (0 marks an empty slot)."""
    value = int.from_bytes(blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "little")
    return value or 1


@dataclass(slots=True, frozen=True)
class DroppedDuplicate(IngestError):
    """An article left out because its text exactly repeats an earlier one's (`Duplicates(drop=True)`):
    reported as every input left out is (the `--errors` file's row: path, line, id, source_id, and the
    message naming the first text), but not an unreadable input, so the CLI counts it apart."""


@dataclass
class Duplicates:
    """The duplicate check of one run: `mark` the input stream, then read the counts."""

    max_texts: int = MAX_TEXTS
    near: NearDuplicates | None = None  # also look for near copies (off: None)
    drop: bool = False  # an exact copy becomes a DroppedDuplicate instead of an article with a warning
    dropped: int = 0  # of `articles`, those dropped
    near_articles: int = 0  # near duplicates counted by `count`
    articles: int = 0  # duplicates counted by `count`
    # "PATH (ID) has the same text as ..." for the first LISTED duplicates counted, and "PATH (ID)
    # is a near duplicate of ..." for the first LISTED near ones
    listed: list[str] = field(default_factory=list, repr=False)
    near_listed: list[str] = field(default_factory=list, repr=False)
    full: bool = False  # the table reached max_texts: later texts were checked, not kept
    _keys: np.ndarray = field(default_factory=lambda: np.zeros(FIRST_SLOTS, np.uint64), repr=False)
    _where: np.ndarray = field(default_factory=lambda: np.zeros(FIRST_SLOTS, np.uint64), repr=False)
    _kept: int = 0
    _files: list[str] = field(default_factory=list, repr=False)  # input files that hold a kept text (of either check)
    _file: str | None = None  # the file being read, and its article count so far
    _in_file: int = 0
    _saved_checked: bool = False  # with `drop`: the first saved record was checked for the marks (`unmarked`)
    _saved_dropped: int = 0  # of `dropped`, saved records left out (scored, but not counted in)

    def mark(self, items: Iterable[Article | IngestError]) -> Iterator[Article | IngestError]:
        """The input, each article whose text was read before carrying a warning that names the first."""
        for item in items:
            if isinstance(item, Article):
                if item.source_path != self._file:
                    self._file, self._in_file = item.source_path, 0
                self._in_file += 1
                first = self._see(item)
                own = "" if item.line is None else f" (this article: {place_word(item.source_path)} {item.line})"  # a saved record keeps no line of its own
                if first is not None and self.drop:
                    yield DroppedDuplicate(item.source_path or item.id, DROPPED + PREFIX + first, item.line, item.id, item.source_id)
                    continue
                if first is not None:
                    item.warnings.append(PREFIX + first + own)
                elif self.near is not None:
                    where = self._code(item) if self.near.keeping else 0
                    match, similarity = self.near.see(item.text, where)
                    if match is not None:
                        item.warnings.append(f"{NEAR_PREFIX}{self._describe(match)}: about {similarity:.0%} of the shorter text's "
                                             f"5-word sequences are in the other too{own}")
            yield item

    def count(self, items: Iterable[T]) -> Iterator[T]:
        """The input, counting the duplicates `mark` found (run after a resumed run's skip, so only
        articles written now are counted).  Saved records (dicts read back from `framing score`
        output, whose "warnings" were written by its check) are counted too, so `report --scores`
        and `compare --scores` tell what the scoring run found."""
        for item in items:
            if isinstance(item, DroppedDuplicate):
                self.articles += 1
                self.dropped += 1
                if len(self.listed) < LISTED:
                    self.listed.append(f"{_named(item.path, item.id, item.line)} had {item.message.removeprefix(DROPPED + 'exact duplicate: ')}")
                yield item
                continue
            if isinstance(item, Article):
                path, id, line, warnings = item.source_path, item.id, item.line, item.warnings
            elif isinstance(item, dict):
                path, id, line, warnings = item.get("path"), item.get("id"), item.get("line"), _saved_warnings(item.get("warnings"))
                if self.drop:
                    if not self._saved_checked:
                        self._saved_checked = True
                        if unmarked(item):
                            raise ValueError(UNMARKED)
                    if (copy := _saved_copy(item, warnings)) is not None:  # dropped here as it would have been when read
                        self._saved_dropped += 1
                        yield from self.count([copy])
                        continue
            else:
                yield item
                continue
            exact = next((w for w in warnings if w.startswith(PREFIX)), None)
            near = next((w for w in warnings if w.startswith(NEAR_PREFIX)), None)
            if exact is not None or near is not None:  # the copy's own line, kept in its warning (and cut from what is shown)
                seen = _OWN_LINE.search(exact or near or "")
                exact, near = (None if w is None else _OWN_LINE.sub("", w) for w in (exact, near))
                name = _named(path, id, line if line is not None or seen is None else int(seen[1]))
            if exact is not None:
                self.articles += 1
                if len(self.listed) < LISTED:
                    self.listed.append(f"{name} has {exact[len('exact duplicate: '):]}")
            if near is not None:
                self.near_articles += 1
                if len(self.near_listed) < LISTED:
                    self.near_listed.append(f"{name} is a {near}")
            yield item

    @property
    def first(self) -> str | None:
        """The first duplicate counted, as the summary names it."""
        return self.listed[0] if self.listed else None

    @property
    def near_first(self) -> str | None:
        """The first near duplicate counted, as the summary names it."""
        return self.near_listed[0] if self.near_listed else None

    def check(self, items: Iterable[T]) -> Iterator[T]:
        """`mark` and `count` in one pass: for a run that skips nothing (report, compare, the API)."""
        return self.count(self.mark(items))

    def lines(self, where: str | Callable[[int], str] = "", dropped_where: str = "") -> list[str]:
        """The summary for a person: how many articles repeat an earlier text (exactly, and nearly),
        the first of them, and on a line each the next ones up to `LISTED` (each named by its file,
        and for a table row its line, with the one it repeats: compare, report and `lexicon
        coverage` write no row to find them in), `where` saying where the per-article warnings are (" (a warning in
        the "warnings" field of their lines in scores.jsonl)", or a function of the count giving
        it); and a note when a check stopped keeping texts at its bound.  Nothing when there is
        nothing to say.  With `drop`, the exact copies' line says they were dropped, and
        `dropped_where` where each is reported (" (each a row in errors.csv)")."""
        place = where if callable(where) else (lambda n: where)
        lines = []
        n = self.articles
        if n and self.drop:
            said = lambda n: dropped_where  # noqa: E731
            how = "left out of every figure" if self._saved_dropped else "not scored"  # saved scores: scored once, left out now
            lines.append(f"dropped {n} article{'s' * (n != 1)} repeating an earlier article's text exactly (--drop-duplicates), {how}"
                         f"{dropped_where}; the first: {self.first}")
            lines += _more(self.listed, n, said)
        elif n:
            lines.append(f"{n} article{'s' * (n != 1)} repeat{'s' * (n == 1)} an earlier article's text exactly{place(n)}; the first: {self.first}")
            lines += _more(self.listed, n, place)
        n = self.near_articles
        if n:
            how = f" (at least {self.near.threshold:.0%} of the shorter text's 5-word sequences in the other, estimated)" if self.near is not None else ""
            lines.append(f"{n} article{'s' * (n != 1)} nearly repeat{'s' * (n == 1)} an earlier article's text{how}{place(n)}; "
                         f"the first: {self.near_first}")
            lines += _more(self.near_listed, n, place)
        if self.full:
            lines.append(f"note: the duplicate check keeps {self.max_texts:,} distinct texts; later texts were checked against those only")
        if self.near is not None and self.near.full:
            lines.append(f"note: the near-duplicate check keeps {self.near.max_texts:,} texts; later texts were checked against those only")
        return lines

    def _see(self, article: Article) -> str | None:
        key = digest(article.text)
        mask = len(self._keys) - 1
        slot = key & mask
        keys = self._keys
        while True:
            held = int(keys[slot])
            if held == 0:
                break
            if held == key:
                return self._describe(int(self._where[slot]))
            slot = (slot + 1) & mask
        if self._kept >= self.max_texts:
            self.full = True
            return None
        keys[slot] = key
        self._where[slot] = self._code(article)
        self._kept += 1
        if self._kept * 2 > len(keys):
            self._grow()
        return None

    def _code(self, article: Article) -> int:
        """Where `article` was read, as one kept integer: its file's place in `_files` (added if it
        is not the last) and its line (or its count in the file)."""
        path = article.source_path or ""
        if not self._files or self._files[-1] != path:
            self._files.append(path)
        place = self._in_file if article.line is None else _LINE | article.line
        return ((len(self._files) - 1) << 32) | place

    def _describe(self, where: int) -> str:
        path, place = self._files[where >> 32], where & 0xFFFFFFFF
        if place & _LINE:
            return f"{path}, {place_word(path)} {place & ~_LINE}"
        if path.lower().endswith(_TABLE_SUFFIXES):
            return f"{path}, its article {place}"
        return path

    def _grow(self) -> None:
        """Double the table (at most up to the slots `max_texts` needs), placing every kept digest again."""
        old_keys, old_where = self._keys, self._where
        self._keys = np.zeros(len(old_keys) * 2, np.uint64)
        self._where = np.zeros(len(old_keys) * 2, np.uint64)
        mask = len(self._keys) - 1
        for key, where in zip(old_keys[old_keys != 0].tolist(), old_where[old_keys != 0].tolist()):
            slot = key & mask
            while self._keys[slot] != 0:
                slot = (slot + 1) & mask
            self._keys[slot] = key
            self._where[slot] = where


def _named(path: object, id: object, line: object) -> str:
    """A copy as the summary names it: its file, its line when it is a table row, and its id."""
    return f"{path}, {place_word(path)} {line} ({id})" if isinstance(line, int) else f"{path} ({id})"


def place_word(path: object) -> str:
    """What a table row's number is called: "row" in a Parquet file (its rows have numbers, not
    lines: "corpus.parquet, line 7" sent a researcher looking for a line), else "line"."""
    return "row" if isinstance(path, str) and path.lower().endswith(".parquet") else "line"


def _more(listed: list[str], n: int, place: Callable[[int], str]) -> list[str]:
    """The lines naming the listed copies after the first, and how many more there are."""
    lines = [f"  also: {name}" for name in listed[1:]]
    if n > len(listed):
        lines.append(f"  and {n - len(listed):,} more{place(n - len(listed))}")
    return lines


# Saved scores (`framing score` output read back) whose records can carry the check's marks: those
# written since the check existed.  No record says which framing wrote it; `author_words` was added
# after the check (commit d666427 followed 8493e90), so a record with it was marked if it was a copy,
# and one without it may come from a run that never looked.
UNMARKED = ("--drop-duplicates: these saved scores come from an older `framing score`, which may not have marked repeated "
            "texts (their records have no author_words); score the articles again (`framing score ... --drop-duplicates` "
            "leaves the copies out there), or give the articles' files")


def unmarked(record: dict) -> bool:
    """Whether a saved record comes from a run too old to be known to mark repeated texts."""
    return record.get("author_words") is None


def _saved_copy(record: dict, warnings: list[str]) -> DroppedDuplicate | None:
    """A saved record marked as an exact copy, as the DroppedDuplicate `mark` makes of it when
    reading the articles with `drop`: the same path, line (kept at the end of its warning), ids and
    message, so `--errors` gets the same row both ways."""
    exact = next((w for w in warnings if w.startswith(PREFIX)), None)
    if exact is None:
        return None
    own = _OWN_LINE.search(exact)
    record_line = record.get("line")
    line = record_line if isinstance(record_line, int) else int(own[1]) if own else None
    return DroppedDuplicate(record.get("path") or str(record.get("id")), DROPPED + _OWN_LINE.sub("", exact), line,
                            record.get("id"), record.get("source_id"))


def _saved_warnings(cell: object) -> list[str]:
    """A saved record's warnings: a list (JSONL, Parquet) or the CSV export's " | "-joined cell."""
    if isinstance(cell, str):
        return [w for w in cell.split(" | ") if w]
    return list(cell) if isinstance(cell, (list, tuple)) else []

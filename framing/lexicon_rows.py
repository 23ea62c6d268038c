"""Figures by the row a lexicon builder wrote, not by the phrase the matcher looks for.

A row with slots ("it [is|was] [adverb] [reported|believed|...]", framing/lexicon_terms.py) stands
for many phrases, and each is an entry of its own: found, scored and counted as one.  `framing
lexicon coverage` and `evaluate` count by entry, so a builder who wrote one row read a hundred
lines of phrases and could not see how the row did.  Here the counts of a row's phrases are added
up under the row (its term as written, its file and line), with the phrases folded beneath it; a
row without slots is a row of one phrase, itself.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from framing.lexicon import Entry, LexiconSet

T = TypeVar("T")


@dataclass(slots=True, frozen=True)
class Row:
    """One row of a lexicon file: its lexicon, its term as written (slots and all), where it is."""

    lexicon: str
    written: str
    path: str
    line: int

    @property
    def has_slots(self) -> bool:
        return self.written != "" and "[" in self.written


def row_of(entry: Entry) -> Row:
    """The row an entry comes from: for a phrase of a row with slots, that row as written."""
    return Row(entry.lexicon, entry.pattern or entry.term, entry.path, entry.line)


@dataclass(slots=True)
class RowFigures(Generic[T]):
    """A row with the figures of its phrases added up (`total`), and each phrase's own figures
    (`phrases`, (term, figures), in the order they were given: most first when given so)."""

    row: Row
    total: T
    phrases: list[tuple[str, T]] = field(default_factory=list)


def by_row(figures: Iterable[tuple[tuple[str, str], T]], lexicons: LexiconSet, add: Callable[[T, T], T]) -> list[RowFigures[T]]:
    """Fold figures keyed by (lexicon, term) under their rows, in the order each row is first met.

    `add` adds two figures (counts: `operator.add`; tallies: a function summing their fields).
    A key whose entry is no longer in `lexicons` stands as a row of its own, with no file."""
    rows: dict[Row, RowFigures[T]] = {}
    for (lexicon, term), value in figures:
        entry = lexicons.lookup(lexicon, term)
        row = row_of(entry) if entry is not None else Row(lexicon, term, "", 0)
        group = rows.get(row)
        if group is None:
            rows[row] = RowFigures(row, value, [(term, value)])
        else:
            group.total = add(group.total, value)
            group.phrases.append((term, value))
    return list(rows.values())


def counts_by_row(counts: Mapping[tuple[str, str], int], lexicons: LexiconSet) -> list[RowFigures[int]]:
    """Counts of findings by row, most first, each row's phrases most first beneath it."""
    rows = by_row(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])), lexicons, lambda a, b: a + b)
    rows.sort(key=lambda r: -r.total)
    return rows


def unfired_rows(lexicon: str, terms: Iterable[str], lexicons: LexiconSet) -> list[str]:
    """The terms of `lexicon` that never fired, a row with slots named once as written: the whole
    row when none of its phrases fired ("it [is|was] [adverb] [...]"), else the row with how many
    of its phrases never fired ("it [is|was] [adverb] [...] (120 of 128 phrases)")."""
    terms = list(terms)
    phrases_of: dict[Row, int] = {}
    for entry in lexicons.entries.get(lexicon, {}).values():
        if entry.pattern:
            row = row_of(entry)
            phrases_of[row] = phrases_of.get(row, 0) + 1
    out: list[str] = []
    silent: dict[Row, int] = {}
    for term in terms:
        entry = lexicons.lookup(lexicon, term)
        if entry is None or not entry.pattern:
            out.append(term)
            continue
        row = row_of(entry)
        if row not in silent:
            out.append(row.written)  # placeholder, made exact below
        silent[row] = silent.get(row, 0) + 1
    for row, n in silent.items():
        if n < phrases_of.get(row, n):
            out[out.index(row.written)] = f"{row.written} ({n} of {phrases_of[row]} phrases)"
    return out

"""Where a word stands as a whole word in a long text, without reading the whole text per word.

Why: several questions about a person read every place the article writes a name: is "Merkel"
titled `Ms.` anywhere (`framing.genders`), does the article write "officials" in lower case
(`framing.lone_names`), who is named after "the president" (`framing.role_holders`).  In an
article each is one fast substring search; in a text of megabytes (a month of articles in one
file) the searches, one per name, grow with the square of its length.  So a long text's runs of
letters and digits are gathered once, each with its offsets, and a word is looked up by its
rarest run.

`found_at` yields the offsets the callers' own search loops used to test, so each keeps its own
checks of the characters around a name: in a short text every place a plain search finds (one
after another, or each after the end of the last); in a long text every place the word stands
between two characters that are no letter or digit (or a text edge), which every caller asks for,
and no other.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import accumulate, chain

# Texts from this length on (about a hundred articles) are indexed.  Gathering the runs costs
# about 0.17 CPU s a megabyte; the searches it saves cost as much at about 0.3-0.6 MB (measured
# on PolNeAR articles in one text), and far more above: at 4 MB they were 40% of the time.
LONG_TEXT = 500_000
# A run of letters and digits (`str.isalnum`, which is what `\w` means without the underscore).
_RUN_RE = re.compile(r"([^\W_]+)")


@dataclass
class _Index:
    runs: dict[str, list[int]]  # run of letters and digits -> its offsets, ascending
    lowered: dict[str, list[str]] | None = None  # run lower-cased -> the runs written so
    merged: dict[str, list[int]] = field(default_factory=dict)  # lower-case run -> its offsets in any case

    def count(self, run: str, lowered: bool) -> int:
        """How many offsets `offsets` gives, without gathering them."""
        if not lowered:
            return len(self.runs.get(run, ()))
        return sum(len(self.runs[w]) for w in self._spellings(run))

    def offsets(self, run: str, lowered: bool) -> list[int]:
        """The offsets of `run`, or (`lowered`) of every run whose lower case it is."""
        if not lowered:
            return self.runs.get(run, [])
        spellings = self._spellings(run)
        if len(spellings) == 1:
            return self.runs[spellings[0]]
        found = self.merged.get(run)
        if found is None:
            found = self.merged[run] = sorted(chain.from_iterable(self.runs[w] for w in spellings))
        return found

    def _spellings(self, run: str) -> list[str]:
        if self.lowered is None:
            self.lowered = {}
            for written in self.runs:
                self.lowered.setdefault(written.lower(), []).append(written)
        return self.lowered.get(run, [])


_last: tuple[str, _Index] | None = None  # the last long text indexed (one text is read at a time)


def _index(text: str) -> _Index | None:
    global _last
    if len(text) < LONG_TEXT:
        return None
    if _last is not None and _last[0] is text:
        return _last[1]
    parts = _RUN_RE.split(text)  # text between runs at even places, the runs at odd ones
    runs: dict[str, list[int]] = {}
    ends = list(accumulate(map(len, parts)))
    for run, offset in zip(parts[1::2], ends[0::2]):
        found = runs.get(run)
        if found is None:
            runs[run] = [offset]
        else:
            found.append(offset)
    _last = (text, _Index(runs))
    return _last[1]


def found_at(text: str, word: str, overlapping: bool = True, within: str | None = None) -> Iterable[int]:
    """Offsets of `word` in `within` (default: `text` itself), ascending, for a caller that keeps
    only the places where it stands as a whole word (no letter or digit of `text` right before or
    after it).  A short text: the places a plain search finds, each one after the last
    (`overlapping`) or after its end.  A long text: exactly the whole-word places.  `within` is
    `text` lower-cased at the same offsets (`str.lower`, or ASCII letters lowered and any other
    character written "?"), to find a lower-case word in any case."""
    search = text if within is None else within
    index = _index(text)
    runs = [(m.start(), m.group()) for m in _RUN_RE.finditer(word)] if index is not None else []
    if (
        not runs
        or (within is not None and (len(within) != len(text) or "?" in word))
        or (not overlapping and any(word.startswith(word[-k:]) for k in range(1, len(word))))
    ):
        # A short text, a word without letters, or one whose occurrences may overlap when the
        # search steps over each (the index would give places the plain search skips).
        step = 1 if overlapping else len(word)
        found = []
        i = search.find(word)
        while i >= 0:
            found.append(i)
            i = search.find(word, i + step)
        return found
    return _looked_up(index, text, search, word, runs, within is not None)


def _looked_up(index: _Index, text: str, search: str, word: str, runs: list[tuple[int, str]], lowered: bool) -> Iterator[int]:
    # Every whole-word place of `word` puts each of its runs at a run of the text: its rarest one
    # gives the places to check.
    at, run = min(runs, key=lambda r: index.count(r[1], lowered))
    n, size = len(text), len(word)
    for offset in index.offsets(run, lowered):
        i = offset - at
        if i >= 0 and search.startswith(word, i) and (i == 0 or not text[i - 1].isalnum()) and (
            i + size >= n or not text[i + size].isalnum()
        ):
            yield i

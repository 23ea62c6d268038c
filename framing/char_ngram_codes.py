"""The character n-grams of many words looked up in the vocabulary at once, as integers.

Scoring meets words it has not seen before at every article, and each needs its character 2-5-grams
(`sentence_features.char_ngrams_of_word`) found in a vocabulary of tens of thousands: as Python
strings that is one slice, one hash and one dict look-up per n-gram, some 30 a word.  Here each
n-gram is an integer instead: its characters numbered 1..A in the vocabulary's alphabet, `bits`
bits each, first character lowest, so every string of one to five characters of the alphabet has
its own code (no character is 0, so "ab" and "ab?" cannot meet).  A batch of words becomes one
array of character numbers; the codes of all its n-grams are a few shifted sums, and one
`searchsorted` in the vocabulary's sorted codes finds their columns.  An n-gram holding a
character outside the alphabet is in no vocabulary entry, so it is dropped.

The (word, column) pairs are exactly those the string path finds, so sorting them gives the same
order and every sum made from them the same bits.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from framing.sentence_features import CHAR_NGRAM_RANGE

MAX_CODE_BITS = 63


class CharNgramCodes:
    """Looks up the character n-grams of words in a vocabulary through integer codes."""

    def __init__(self, vocabulary: Sequence[str], first_column: int = 0) -> None:
        low, high = CHAR_NGRAM_RANGE
        lengths = np.fromiter(map(len, vocabulary), dtype=np.int64, count=len(vocabulary))
        points = _code_points("".join(vocabulary))
        self._points = np.unique(points)  # the alphabet; character i is numbered i + 1
        self.bits = max(1, len(self._points).bit_length())
        self.usable = high * self.bits <= MAX_CODE_BITS and bool(((lengths >= low) & (lengths <= high)).all())
        codes = np.zeros(0, dtype=np.int64)
        if self.usable and len(vocabulary):
            starts = np.cumsum(lengths) - lengths
            place = np.arange(len(points), dtype=np.int64) - starts.repeat(lengths)  # position in its n-gram
            numbers = np.searchsorted(self._points, points) + 1
            codes = np.add.reduceat(numbers << (self.bits * place), starts)
        order = np.argsort(codes, kind="stable")
        self._codes = codes[order]
        self._columns = (order + first_column).astype(np.int64)
        # Each code point's number, by direct look-up; any point past the alphabet's last reads
        # the final entry, 0 (outside the alphabet).
        self._numbers = np.zeros((int(self._points[-1]) + 2) if len(self._points) else 1, dtype=np.int32)
        self._numbers[self._points] = np.arange(1, len(self._points) + 1)

    def occurrences(self, words: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """(word index, column) of every n-gram of the space-padded words found in the vocabulary
        (the pairs `char_ngrams_of_words` gives, in another order: by n, then position)."""
        low, high = CHAR_NGRAM_RANGE
        points = _code_points("".join(f" {w} " for w in words))
        total = len(points)
        if not total or not len(self._codes):
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        numbers = self._numbers.take(np.minimum(points, len(self._numbers) - 1)).astype(np.int64)
        unknown = np.concatenate(([0], np.cumsum(numbers == 0)))  # characters outside the alphabet before i
        lengths = np.fromiter(map(len, words), dtype=np.int64, count=len(words)) + 2
        owner = np.arange(len(words), dtype=np.int64).repeat(lengths)
        word_end = (np.cumsum(lengths)).repeat(lengths)  # where each position's word ends
        positions = np.arange(total, dtype=np.int64)
        owners, codes = [], []
        code = np.zeros(total, dtype=np.int64)
        for n in range(1, min(high, total) + 1):
            code[: total - n + 1] |= numbers[n - 1 :] << (self.bits * (n - 1))
            if n < low:
                continue
            starts = positions[: total - n + 1]
            fits = (starts + n <= word_end[: total - n + 1]) & (unknown[n:] == unknown[: total - n + 1])
            keep = fits.nonzero()[0]
            owners.append(owner.take(keep))
            codes.append(code.take(keep))
        owners_all, codes_all = np.concatenate(owners), np.concatenate(codes)
        found = np.minimum(np.searchsorted(self._codes, codes_all), len(self._codes) - 1)
        hit = (self._codes.take(found) == codes_all).nonzero()[0]
        return owners_all.take(hit), self._columns.take(found.take(hit))


def _code_points(text: str) -> np.ndarray:
    """The code points of a string (lone surrogates included), as int64."""
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.int64)

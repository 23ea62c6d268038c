"""The sentence classifier's n-gram and marked-word features for many sentences at once, through a
per-word cache: the fast path of `framing.classify`.

`framing.sentence_features` defines the features one sentence at a time (word 1-2-grams of
`\\w\\w+` tokens, character 2-5-grams of each whitespace-separated word, marked words).  All three
are *local to a whitespace-separated word* ("chunk"), except the word bigrams that join the last
token of one chunk to the first token of the next.  Words repeat a lot (a few thousand distinct
chunks make up most of a news corpus), so each distinct chunk is analysed once: its vocabulary
columns (unigrams, bigrams inside it such as "well known" in "well-known", character n-grams),
the ids of its first and last tokens, and its marked words are appended to flat arrays, and an
article's sentences are then gathered, joined across chunks and counted in a handful of NumPy
operations instead of a Python loop over every n-gram.

The result is exactly what the one-sentence-at-a-time definition gives: same columns, same
counts, summed in the same order (tests/test_classify_speed.py checks probabilities on real
sentences).  The cache is bounded (`MAX_CHUNKS`); emptying it changes speed, never a result.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from framing.sentence_features import MARKED_FEATURES, MARKED_WORD_RE, WORD_NGRAM_RE, char_ngrams_of_word

MAX_CHUNKS = 100_000  # distinct words kept; about 150 bytes each
_NO_TOKEN = -1
_PAIR_SHIFT = 32  # bigram key: first token id << 32 | second token id
_CHUNK_FIELDS = ("col_start", "col_len", "first", "last", "mark_start", "mark_len")


class _Growing:
    """Rows of ints that grow by doubling (appends are rare: only for words not seen before)."""

    def __init__(self, width: int = 0) -> None:
        self.data = np.empty((1024, width) if width else 1024, dtype=np.int32)
        self.size = 0

    def extend(self, values: Sequence[int] | Sequence[Sequence[int]]) -> int:
        """Append values (or rows); returns where they start."""
        start, end = self.size, self.size + len(values)
        if end > len(self.data):
            grown = np.empty((max(end, 2 * len(self.data)), *self.data.shape[1:]), dtype=self.data.dtype)
            grown[:start] = self.data[:start]
            self.data = grown
        self.data[start:end] = values
        self.size = end
        return start

    def view(self) -> np.ndarray:
        return self.data[: self.size]


class SentenceColumns:
    """Turns lower-cased sentences into (row, column) n-gram occurrences and marked-word rows.

    Columns are joint: word n-grams first (0 .. len(word vocabulary) - 1), then the character
    n-grams offset by the word vocabulary's length.
    """

    def __init__(self, word_vocabulary: Sequence[str], char_vocabulary: Sequence[str], marked_words: Sequence[str]) -> None:
        self.word_width = len(word_vocabulary)
        self.width = self.word_width + len(char_vocabulary)
        self.shift = max(1, (self.width - 1).bit_length())  # bits a column needs in a key
        self._unigrams: dict[str, int] = {}
        self._bigrams: dict[str, int] = {}
        for i, gram in enumerate(word_vocabulary):
            (self._bigrams if " " in gram else self._unigrams)[gram] = i
        self._chars = {g: i + self.word_width for i, g in enumerate(char_vocabulary)}
        self._marked = {w: i for i, w in enumerate(marked_words)}
        self._token_ids: dict[str, int] = {}
        pairs = []
        for gram, col in self._bigrams.items():
            first, second = gram.split(" ")
            pairs.append((self._token_id(first) << _PAIR_SHIFT | self._token_id(second), col))
        pairs.sort()
        self._pair_keys = np.asarray([k for k, _ in pairs], dtype=np.int64)
        self._pair_cols = np.asarray([c for _, c in pairs], dtype=np.int32)
        self._fixed_tokens = len(self._token_ids)  # tokens of the vocabulary's bigrams, kept on reset
        self._reset()

    def _token_id(self, token: str) -> int:
        return self._token_ids.setdefault(token, len(self._token_ids))

    def _reset(self) -> None:
        if len(self._token_ids) > self._fixed_tokens:
            self._token_ids = dict(list(self._token_ids.items())[: self._fixed_tokens])
        self._chunk_ids: dict[str, int] = {}
        self._columns, self._marks = _Growing(), _Growing()
        self._chunks = _Growing(len(_CHUNK_FIELDS))  # one row of _CHUNK_FIELDS per chunk id

    def _add_chunks(self, chunks: Sequence[str]) -> None:
        """Analyse words not seen before (distinct) and append what they hold to the tables."""
        unigrams, bigrams, chars, marked = self._unigrams.get, self._bigrams.get, self._chars.get, self._marked
        column_start, mark_start = self._columns.size, self._marks.size
        all_cols: list[int] = []
        all_marks: list[int] = []
        rows = []
        for chunk in chunks:
            tokens = WORD_NGRAM_RE.findall(chunk)
            cols = [c for c in map(unigrams, tokens) if c is not None]
            if len(tokens) > 1:
                cols += [c for c in map(bigrams, [f"{a} {b}" for a, b in zip(tokens, tokens[1:])]) if c is not None]
            cols += [c for c in map(chars, char_ngrams_of_word(chunk)) if c is not None]
            marks = sorted({marked[w] for w in MARKED_WORD_RE.findall(chunk.replace("’", "'")) if w in marked})
            first, last = (self._token_id(tokens[0]), self._token_id(tokens[-1])) if tokens else (_NO_TOKEN, _NO_TOKEN)
            rows.append((column_start + len(all_cols), len(cols), first, last, mark_start + len(all_marks), len(marks)))
            all_cols += cols
            all_marks += marks
            self._chunk_ids[chunk] = len(self._chunk_ids)
        self._columns.extend(all_cols)
        self._marks.extend(all_marks)
        self._chunks.extend(rows)

    def columns(self, lowered: Sequence[str]) -> tuple[np.ndarray, np.ndarray, list[set[int]]]:
        """For sentences already lower-cased: the sorted unique keys `row << shift | column` of
        their n-grams, the count of each, and per sentence the set of its marked words' indices."""
        if len(self._chunk_ids) > MAX_CHUNKS:
            self._reset()
        chunks: list[str] = []
        per_row = []
        for text in lowered:
            words = text.split()
            chunks += words
            per_row.append(len(words))
        get = self._chunk_ids.get
        ids = list(map(get, chunks))
        if None in ids:  # words not seen before
            self._add_chunks(list(dict.fromkeys(c for c, i in zip(chunks, ids) if i is None)))
            ids = list(map(get, chunks))
        rows_of_chunks = np.repeat(np.arange(len(lowered), dtype=np.int32), per_row)
        table = self._chunks.view()[np.asarray(ids, dtype=np.intp)]
        meta = dict(zip(_CHUNK_FIELDS, table.T))
        rows, cols = _gather(self._columns.view(), meta["col_start"], meta["col_len"], rows_of_chunks)
        pair_rows, pair_cols = self._joining_bigrams(meta["first"], meta["last"], rows_of_chunks)
        # One key per occurrence, row << shift | column: int32 unless the batch is very large.
        dtype = key_dtype(len(lowered), self.shift)
        keys = np.concatenate((rows.astype(dtype) << self.shift | cols, pair_rows.astype(dtype) << self.shift | pair_cols))
        keys.sort()
        unique, counts = _run_lengths(keys)
        marked: list[set[int]] = [set() for _ in lowered]
        if meta["mark_len"].any():
            mark_rows, marks = _gather(self._marks.view(), meta["mark_start"], meta["mark_len"], rows_of_chunks)
            for r, m in zip(mark_rows.tolist(), marks.tolist()):
                marked[r].add(m)
        return unique, counts, marked

    def _joining_bigrams(self, first: np.ndarray, last: np.ndarray, rows_of_chunks: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Bigram columns that join the last token of a chunk to the first of the next chunk that
        has a token, within one sentence (a chunk without tokens, like "a" or "--", sits between)."""
        with_tokens = np.flatnonzero(first != _NO_TOKEN)
        left, right = with_tokens[:-1], with_tokens[1:]
        same = rows_of_chunks[left] == rows_of_chunks[right]
        left, right = left[same], right[same]
        keys = last[left].astype(np.int64) << _PAIR_SHIFT | first[right]
        if not len(self._pair_keys):
            return rows_of_chunks[:0], self._pair_cols[:0]
        at = np.minimum(np.searchsorted(self._pair_keys, keys), len(self._pair_keys) - 1)
        hit = self._pair_keys[at] == keys
        return rows_of_chunks[left[hit]], self._pair_cols[at[hit]]


def key_dtype(rows: int, shift: int) -> type:
    """int32 keys (which sort about 3x faster) when every row << shift | column fits in one."""
    return np.int32 if rows << shift <= 2**31 else np.int64


def _gather(flat: np.ndarray, starts: np.ndarray, lengths: np.ndarray, rows_of_chunks: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The rows and values of the segments flat[start : start + length], one per chunk, in order."""
    ends = np.cumsum(lengths)
    positions = np.arange(ends[-1] if len(ends) else 0, dtype=np.int32) - np.repeat(ends - lengths - starts, lengths)
    return np.repeat(rows_of_chunks, lengths), flat[positions]


def _run_lengths(sorted_keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct values of a sorted array and how often each occurs (np.unique, without the sort)."""
    if not len(sorted_keys):
        return sorted_keys, np.zeros(0, dtype=np.int64)
    starts = np.flatnonzero(np.concatenate(([True], sorted_keys[1:] != sorted_keys[:-1])))
    return sorted_keys[starts], np.diff(np.append(starts, len(sorted_keys)))


def marked_features(marked: Sequence[set[int]], rates: Sequence[float]) -> np.ndarray:
    """Per sentence: the largest, second largest and summed rates of its marked words (as
    `sentence_features.marked_matrix` computes them)."""
    out = np.zeros((len(marked), len(MARKED_FEATURES)))
    for i, words in enumerate(marked):
        if words:
            found = sorted((rates[w] for w in words), reverse=True)
            out[i] = (found[0], found[1] if len(found) > 1 else 0.0, sum(found))
    return out

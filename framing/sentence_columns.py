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
counts, summed in the same order (tests/test_sentence_columns.py checks probabilities on real
sentences against a straightforward computation).  With the word-summed character weighting
(`framing.training.WordSummedCharTfidf`, the default since model format 2) a chunk's character
n-grams are not even listed: the chunk keeps two numbers per model variant.  New words' character
n-grams are looked up as integer codes, all of a batch at once (`framing.char_ngram_codes`).  The
cache is bounded (`MAX_CHUNKS`); emptying it changes speed, never a result.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain, compress, repeat
from operator import attrgetter

import numpy as np

from framing.char_ngram_codes import CharNgramCodes
from framing.models import MENTION_RULE, Span
from framing.sentence_features import (
    MARKED_FEATURES,
    MARKED_WORD_RE,
    WORD_NGRAM_RE,
    char_ngram_counts,
    char_ngrams_of_word,
    char_ngrams_of_words,
    lexicon_keys,
)

MAX_CHUNKS = 100_000  # distinct words kept; about 150 bytes each
_NO_TOKEN = -1  # first/last token of a chunk without tokens
_NO_BIGRAM = -2  # ... of a token no bigram of the vocabulary has there
_PAIR_SHIFT = 32  # bigram key: first token id << 32 | second token id
_ID = struct.Struct("=q")  # a chunk id as stored in SentenceColumns._chunk_ids
_UNSEEN = _ID.pack(-1)
_PAIR_FILTER_BITS = 16  # a table of 65,536 flags: could this key be a bigram's? (see _pair_slots)
_KIND = attrgetter("type", "voice", "lexicon", "category", "stance")  # what a finding's lexicon features depend on
_DENSE_CELLS = 1 << 18  # sentences x lexicon features up to which findings are counted in a table
# The columns of the per-chunk table: where its columns and its marked words are, and its first
# and last tokens (as numbered for the joining bigrams).
_COL_START, _COL_LEN, _FIRST, _LAST, _MARK_START, _MARK_LEN = range(6)


class _Growing:
    """An array that grows by doubling (appends are rare: only for words not seen before); with
    `width`, a table of that many columns that grows by rows."""

    def __init__(self, dtype: np.dtype | type = np.int32, width: int | None = None) -> None:
        self.data = np.empty(1024 if width is None else (1024, width), dtype=dtype)
        self.size = 0

    def extend(self, values: Sequence[int] | Sequence[tuple]) -> int:
        """Append values (rows as tuples); returns where they start."""
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


@dataclass(slots=True)
class Occurrences:
    """What a batch of sentences holds: word (and, for sentence-level character weighting,
    character) n-gram keys `row << shift | column` (sorted, distinct) with their counts, the
    marked words' occurrences, and, for word-summed character weighting, per sentence the summed
    squared norm of its words' character vectors followed by their summed dot product with each
    weight vector (`char_sums`, one row per sentence)."""

    keys: np.ndarray
    counts: np.ndarray
    marked: tuple[np.ndarray, np.ndarray]  # (sentence, marked word) per occurrence
    char_sums: np.ndarray | None = None


class SentenceColumns:
    """Turns lower-cased sentences into (row, column) n-gram occurrences and marked-word rows.

    Columns are joint: word n-grams first (0 .. len(word vocabulary) - 1), then the character
    n-grams offset by the word vocabulary's length.  With `char_weights` (the character block's
    IDF and one weight vector per model variant), character n-grams are not listed but summed per
    word once, when the word is first seen: the word-summed weighting of `framing.training`.
    """

    def __init__(
        self,
        word_vocabulary: Sequence[str],
        char_vocabulary: Sequence[str],
        marked_words: Sequence[str],
        char_weights: tuple[np.ndarray, Sequence[np.ndarray]] | None = None,
    ) -> None:
        self.word_width = len(word_vocabulary)
        self.width = self.word_width + len(char_vocabulary)
        self.shift = max(1, (self.width - 1).bit_length())  # bits a column needs in a key
        self._unigrams: dict[str, int] = {}
        self._bigrams: dict[str, int] = {}
        for i, gram in enumerate(word_vocabulary):
            (self._bigrams if " " in gram else self._unigrams)[gram] = i
        self._chars = {g: i + self.word_width for i, g in enumerate(char_vocabulary)}
        self._marked = {w: i for i, w in enumerate(marked_words)}
        self._char_weights = None
        if char_weights is not None:  # indexed by joint column, like the keys
            idf, coefs = char_weights
            pad = np.zeros(self.word_width)
            self._char_weights = (np.concatenate([pad, idf]).astype(np.float64), [np.concatenate([pad, c]).astype(np.float64) for c in coefs])
            self._char_codes = CharNgramCodes(char_vocabulary, self.word_width)
        # The words of the vocabulary's bigrams, numbered apart as first and as second words: a
        # chunk's last token can start a joining bigram only if some bigram starts with it.
        self._first_ids: dict[str, int] = {}
        self._second_ids: dict[str, int] = {}
        pairs = []
        for gram, col in self._bigrams.items():
            first, second = gram.split(" ")
            first_id = self._first_ids.setdefault(first, len(self._first_ids))
            second_id = self._second_ids.setdefault(second, len(self._second_ids))
            pairs.append((first_id << _PAIR_SHIFT | second_id, col))
        pairs.sort()
        self._pair_keys = np.asarray([k for k, _ in pairs], dtype=np.int64)
        self._pair_cols = np.asarray([c for _, c in pairs], dtype=np.int32)
        self._pair_filter = np.zeros(1 << _PAIR_FILTER_BITS, dtype=bool)
        self._pair_filter[_pair_slots(self._pair_keys)] = True
        self._reset()

    def _reset(self) -> None:
        # chunk -> its id as 8 bytes (native int64): an article's ids are then one bytes.join and
        # one frombuffer, not a Python int converted into an array per word (~5x the cost)
        self._chunk_ids: dict[str, bytes] = {}
        self._columns, self._marks = _Growing(), _Growing()
        # One row per chunk id (see _COL_START ...), so that looking chunks up is one `take`; for
        # the word-summed weighting, one array per number kept for a chunk: its character
        # vector's squared norm, then its dot product with each variant's weights.
        self._chunks = _Growing(width=6)
        self._char_sums = [_Growing(np.float64) for _ in range(1 + len(self._char_weights[1]))] if self._char_weights is not None else None

    def _add_chunks(self, chunks: Sequence[str]) -> None:
        """Analyse words not seen before (distinct) and append what they hold to the tables."""
        unigrams, bigrams, chars, marked = self._unigrams.get, self._bigrams.get, self._chars.get, self._marked
        column_start, mark_start = self._columns.size, self._marks.size
        all_cols: list[int] = []
        all_marks: list[int] = []
        rows = []
        summed = self._char_weights is not None
        first_id, second_id = self._first_ids.get, self._second_ids.get
        for chunk in chunks:
            # A word of letters only (most are) is its own token and its own marked-word token:
            # both patterns would return it whole (letters are \w), so they are not run.
            plain = chunk.isalpha()
            tokens = ([chunk] if len(chunk) > 1 else []) if plain else WORD_NGRAM_RE.findall(chunk)
            cols = [c for c in map(unigrams, tokens) if c is not None]
            if len(tokens) > 1:
                cols += [c for c in map(bigrams, [f"{a} {b}" for a, b in zip(tokens, tokens[1:])]) if c is not None]
            if not summed:
                cols += [c for c in map(chars, char_ngrams_of_word(chunk)) if c is not None]
            marks = sorted({marked[w] for w in ([chunk] if plain else MARKED_WORD_RE.findall(chunk.replace("’", "'"))) if w in marked})
            # first: as the second word of a joining bigram; last: as its first word
            first, last = (second_id(tokens[0], _NO_BIGRAM), first_id(tokens[-1], _NO_BIGRAM)) if tokens else (_NO_TOKEN, _NO_TOKEN)
            rows.append((column_start + len(all_cols), len(cols), first, last, mark_start + len(all_marks), len(marks)))
            all_cols += cols
            all_marks += marks
            self._chunk_ids[chunk] = _ID.pack(len(self._chunk_ids))
        if all_cols:
            self._columns.extend(all_cols)
        if all_marks:
            self._marks.extend(all_marks)
        self._chunks.extend(np.fromiter(chain.from_iterable(rows), dtype=np.int32, count=6 * len(rows)).reshape(-1, 6))  # (not a list of tuples, read element by element)
        if summed:
            for table, values in zip(self._char_sums, self._summed_char_values(chunks).T):
                table.extend(values)

    def _summed_char_values(self, chunks: Sequence[str]) -> np.ndarray:
        """Per chunk, its character vector v (count in the word x IDF): |v|^2, then v . weights.
        All the chunks' n-grams are looked up in one pass."""
        idf, coefs = self._char_weights
        n = len(chunks)
        if self._char_codes.usable:
            owners, cols = self._char_codes.occurrences(chunks)
        else:  # an alphabet too large for integer codes: as strings
            grams = char_ngrams_of_words(chunks)
            cols = np.fromiter(map(self._chars.get, grams, repeat(-1, len(grams))), dtype=np.int64, count=len(grams))
            owners = np.arange(n, dtype=np.int64).repeat(char_ngram_counts(chunks))
            known = cols >= 0
            owners, cols = owners[known], cols[known]
        dtype = key_dtype(n, self.shift)  # int32 keys sort about 3x faster
        keys = owners.astype(dtype) << self.shift | cols.astype(dtype)
        keys.sort()
        keys, counts = _run_lengths(keys)
        chunk, cols = keys >> self.shift, keys & ((1 << self.shift) - 1)
        values = counts * idf[cols]
        out = np.empty((n, 1 + len(coefs)))
        out[:, 0] = np.bincount(chunk, values * values, minlength=n)
        for k, c in enumerate(coefs, 1):
            out[:, k] = np.bincount(chunk, values * c[cols], minlength=n)
        return out

    def columns(self, lowered: Sequence[str], variants: Sequence[int] | None = None) -> Occurrences:
        """What sentences (already lower-cased) hold: see `Occurrences`; with the word-summed
        weighting, `char_sums` has the dot products of the `variants` named (indices into the
        weight vectors; all by default)."""
        if len(self._chunk_ids) > MAX_CHUNKS:
            self._reset()
        n = len(lowered)
        split = [text.split() for text in lowered]
        chunks = list(chain.from_iterable(split))
        # Every word looked up by one map of .get, an unseen one reading _UNSEEN.  (One itemgetter
        # call is cheaper only when every word is known, and an article almost never is: 649 of
        # 650 articles of the same_output corpus after its first 100 hold a word not seen before,
        # each of the throughput corpus's 20th to 120th; the itemgetter call, raising KeyError
        # there, then cost the .get pass plus about 37,000 instructions for 861 words, 30 new.)
        ids = np.frombuffer(b"".join(map(self._chunk_ids.get, chunks, repeat(_UNSEEN))), dtype=np.int64)
        missing = (ids < 0).nonzero()[0]
        if len(missing):  # words not seen before (most articles have a few): only they are looked up again
            new = list(map(chunks.__getitem__, missing.tolist()))
            self._add_chunks(list(dict.fromkeys(new)))
            ids = ids.copy()  # (frombuffer's array is read-only)
            ids[missing] = np.frombuffer(b"".join(map(self._chunk_ids.__getitem__, new)), dtype=np.int64)
        # One key per occurrence, row << shift | column: int32 unless the batch is very large.
        dtype = key_dtype(n, self.shift)
        rows_of_chunks = np.arange(n, dtype=dtype).repeat(list(map(len, split)))
        meta = self._chunks.view().take(ids, axis=0)
        rows, cols = _gather(self._columns.view(), meta[:, _COL_START], meta[:, _COL_LEN], rows_of_chunks)
        pair_rows, pair_cols = self._joining_bigrams(meta[:, _FIRST], meta[:, _LAST], rows_of_chunks)
        keys = np.concatenate((rows << self.shift | cols, pair_rows << self.shift | pair_cols))
        keys.sort()
        unique, counts = _run_lengths(keys)
        with_marks = meta[:, _MARK_LEN].nonzero()[0]
        marks = meta.take(with_marks, axis=0)
        marked = _gather(self._marks.view(), marks[:, _MARK_START], marks[:, _MARK_LEN], rows_of_chunks.take(with_marks))
        char_sums = None
        if self._char_sums is not None:
            tables = [self._char_sums[0]] + [self._char_sums[1 + k] for k in (range(len(self._char_sums) - 1) if variants is None else variants)]
            char_sums = np.empty((n, len(tables)))
            for k, table in enumerate(tables):
                char_sums[:, k] = np.bincount(rows_of_chunks, table.view().take(ids), minlength=n)
        return Occurrences(unique, counts, marked, char_sums)

    def _joining_bigrams(self, first: np.ndarray, last: np.ndarray, rows_of_chunks: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Bigram columns that join the last token of a chunk to the first of the next chunk that
        has a token, within one sentence (a chunk without tokens, like "a" or "--", sits between).
        Only pairs whose words can be there (numbered, not _NO_BIGRAM) are looked up."""
        if not len(self._pair_keys):
            return rows_of_chunks[:0], self._pair_cols[:0]
        with_tokens = (first != _NO_TOKEN).nonzero()[0]
        rows = rows_of_chunks.take(with_tokens)
        left, right = last.take(with_tokens[:-1]), first.take(with_tokens[1:])
        candidates = ((left >= 0) & (right >= 0) & (rows[:-1] == rows[1:])).nonzero()[0]
        keys = left.take(candidates).astype(np.int64) << _PAIR_SHIFT | right.take(candidates)
        maybe = self._pair_filter.take(_pair_slots(keys)).nonzero()[0]  # most pairs are no bigram: not searched
        candidates, keys = candidates.take(maybe), keys.take(maybe)
        at = np.minimum(self._pair_keys.searchsorted(keys), len(self._pair_keys) - 1)
        hit = (self._pair_keys.take(at) == keys).nonzero()[0]
        return rows.take(candidates.take(hit)), self._pair_cols.take(at.take(hit))


def _pair_slots(keys: np.ndarray) -> np.ndarray:
    """Each bigram key's slot in the pair filter: the top bits of key x 2^64 / golden ratio
    (Fibonacci hashing), so ids close together spread over the table."""
    return (keys.view(np.uint64) * np.uint64(0x9E3779B97F4A7C15)) >> np.uint64(64 - _PAIR_FILTER_BITS)


def key_dtype(rows: int, shift: int) -> type:
    """int32 keys (which sort about 3x faster) when every row << shift | column fits in one."""
    return np.int32 if rows << shift <= 2**31 else np.int64


def _gather(flat: np.ndarray, starts: np.ndarray, lengths: np.ndarray, rows_of_chunks: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The rows and values of the segments flat[start : start + length], one per chunk, in order."""
    ends = lengths.cumsum(dtype=np.intp)
    positions = np.arange(ends[-1] if len(ends) else 0, dtype=np.intp) - (ends - lengths - starts).repeat(lengths)
    return rows_of_chunks.repeat(lengths), flat.take(positions)


def _run_lengths(sorted_keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct values of a sorted array and how often each occurs (np.unique, without the sort)."""
    if not len(sorted_keys):
        return sorted_keys, np.zeros(0, dtype=np.int64)
    starts = np.concatenate(([True], sorted_keys[1:] != sorted_keys[:-1])).nonzero()[0]
    ends = np.concatenate((starts[1:], [len(sorted_keys)]))
    return sorted_keys[starts], ends - starts


def marked_features(marked: tuple[np.ndarray, np.ndarray], rates: np.ndarray, n: int) -> np.ndarray:
    """Per sentence: the largest, second largest and summed rates of its distinct marked words,
    as `sentence_features.marked_matrix` computes them (the sum too: largest first).

    `marked` holds (sentence, word) per occurrence, words numbered by rank: `rates` must be in
    descending order, so sorting by (sentence, word) puts each sentence's largest rate first."""
    out = np.zeros((n, len(MARKED_FEATURES)))
    rows, words = marked
    if not len(rows):
        return out
    keys = rows.astype(np.int64) * len(rates) + words
    keys.sort()
    keys = keys[np.concatenate(([True], keys[1:] != keys[:-1]))]  # each word once a sentence
    rows, values = keys // len(rates), rates[keys % len(rates)]
    first = np.concatenate(([True], rows[1:] != rows[:-1])).nonzero()[0]
    out[rows[first], 0] = values[first]
    second = first[(first + 1 < len(rows))]
    second = second[rows[second + 1] == rows[second]]
    out[rows[second], 1] = values[second + 1]
    out[:, 2] = np.bincount(rows, values, minlength=n)
    return out


class LexiconColumns:
    """The lexicon feature columns of findings, looked up once per kind of finding."""

    def __init__(self, vocabulary: Sequence[str]) -> None:
        self.index = {k: i for i, k in enumerate(vocabulary)}
        self._by_kind: dict[tuple, tuple[int, ...]] = {}

    def matrix(self, rows: np.ndarray, spans: Sequence[Span], n: int) -> np.ndarray:
        """log(1 + count) of each feature per sentence, as `sentence_features.lexicon_matrix`;
        `rows[k]` is the sentence `spans[k]` is in."""
        rows, spans = counted_findings(rows, spans)
        width = len(self.index)
        columns = list(map(self._by_kind.get, map(_KIND, spans)))
        if None in columns:
            columns = [c if c is not None else self._add_kind(s) for c, s in zip(columns, spans)]
        cells = np.repeat(np.asarray(rows, dtype=np.intp) * width, list(map(len, columns)))
        cells += np.fromiter(chain.from_iterable(columns), dtype=np.intp, count=len(cells))
        counts = np.bincount(cells, minlength=n * width)
        return np.log1p(counts.astype(np.float64)).reshape(n, width)

    def dots(self, rows: np.ndarray, spans: Sequence[Span], n: int, coef: np.ndarray) -> np.ndarray:
        """`matrix(rows, spans, n) @ coef` (equal to within rounding: the same products, summed
        over a sentence's non-zero features only), without building the sentences x features matrix."""
        rows, spans = counted_findings(rows, spans)
        width = len(self.index)
        try:
            # (the attributes read in a comprehension: about half what attrgetter's generic look-up costs)
            columns = list(map(self._by_kind.__getitem__, [(s.type, s.voice, s.lexicon, s.category, s.stance) for s in spans]))
        except KeyError:  # a kind of finding not met before
            columns = [self._by_kind.get(_KIND(s)) or self._add_kind(s) for s in spans]
        cells = np.repeat(np.asarray(rows, dtype=np.intp) * width, list(map(len, columns)))
        cells += np.fromiter(chain.from_iterable(columns), dtype=np.intp, count=len(cells))
        if n * width <= _DENSE_CELLS:  # counted in a table: its non-zero cells come out sorted
            table = np.bincount(cells, minlength=n * width)
            cells = table.nonzero()[0]
            counts = table.take(cells)
        else:
            cells.sort()
            cells, counts = _run_lengths(cells)
        rows, cols = np.divmod(cells, width)
        return np.bincount(rows, np.log1p(counts.astype(np.float64)) * coef.take(cols), minlength=n)

    def _add_kind(self, span: Span) -> tuple[int, ...]:  # never a mention: counted_findings left them out
        columns = self._by_kind[_KIND(span)] = tuple(self.index[k] for k in lexicon_keys(span) if k in self.index)
        return columns


def counted_findings(rows: np.ndarray, spans: Sequence[Span]) -> tuple[np.ndarray, Sequence[Span]]:
    """The findings that feed lexicon features, with their rows: mentions (a term only named, not
    used; `Span.mention`) left out, as `sentence_features.lexicon_keys` gives them no feature.
    (A mention shares its kind with the same word used, so it is dropped here, before the
    per-kind cache; only findings with a rule can be mentions, and most have none.)"""
    if not any(rule.startswith(MENTION_RULE) for rule in filter(None, [s.rule for s in spans])):
        return rows, spans
    keep = [not s.mention for s in spans]
    return np.asarray(rows)[np.asarray(keep, dtype=bool)], list(compress(spans, keep))

"""Find articles that are near copies of an earlier one (syndicated wire copy: the same AP story in
three outlets, one with another first line, one with its tail trimmed), in bounded memory.

Why: an exact-duplicate check (duplicate_texts.py) misses a story that differs by one sentence, yet
three outlets running it weigh it three times in an outlet comparison.  A researcher needs to hear
of such pairs, named by file and line, before the statistics.

Similarity is containment: the share of the shorter text's word 5-grams (the sequences of five
words, lower case, punctuation and spacing ignored, each counted once) that the longer text has
too.  Not the Jaccard index (the share of all 5-grams in either text that both have), which a copy
cut to half its length holds at 0.5 however faithful it is: an article that is the first half of
another, or one wire story inside a longer rewrite, is a copy all the same, in either order.  One
changed word in a 800-word article costs about 1%, another 44-word lede on a 230-word story about
7%, a trimmed tail nothing.

It is estimated, not counted (the texts are not kept), from a MinHash signature of `HASHES` 32-bit
values a text and the text's count of distinct 5-grams: the share of signature values two texts
have in common estimates their Jaccard index J (standard error about sqrt(J(1-J)/64), 0.06 at
0.5), and two texts of a and b 5-grams then share about J (a + b) / (1 + J) of them.  The error
grows as the two lengths part: about 0.08 for a half copy, 0.13 for a third
(benchmarks/near_duplicate_recall.py measures it on PolNeAR: 99.5% of half copies found either
way round, 92.6% of articles set inside a rewrite twice their length, and of 1,006 articles on the
same events from seven outlets, 5 flagged: 4 true updated versions, and one 116-word roundup that
shares 51% of its 5-grams with a 425-word story, estimated 0.73).

Candidates are found by locality-sensitive hashing: the signature is cut into `BANDS` bands of
`ROWS` values, and two texts are compared when they agree on a whole band.  Texts of Jaccard 0.5
(a half copy) agree on some band with a chance of 0.9999, of 0.33 (a third) with 0.977, of 0.25
with 0.87; two stories on the same event (Jaccard about 0.06) with 0.11, and are then compared and
found dissimilar.  At most one kept text a band is compared (the first to hold its key), so the
work per article stays flat as the corpus grows (benchmarks/near_duplicates.py).

Memory: of each kept text, the low byte of each signature value (64 bytes; b-bit MinHash, Li and
Konig 2010: two different minima still agree there by chance 1 in 256, which the estimate
corrects for), where it was read (8 bytes), its count of 5-grams (4 bytes), and in each band's
sorted arrays its key (a hash of the band's two full values, 27 bits, and the band's number) and
its number (32 x 8 = 256 bytes; a band another text already holds is not kept again, so a
thousand copies of one story cost one set of keys): at most about 330 bytes a text (262.5 MiB of
arrays measured at 1 M texts: 190 MiB of band keys, 24.9 a text, and 72.5 MiB of signatures,
places and sizes; 328 MiB peak for the process), at the default bound of `MAX_TEXTS` = 1,000,000
texts, past which later texts are checked against the kept ones but not kept (`full` says so).
New keys wait in a dict and are merged into the sorted arrays `WAITING` at a time, in place and a
band at a time, and the arrays are lengthened in place: no array is copied whole beside the old
one (copying both band arrays at each merge had cost about 190 MB more than the arrays at 1 M
texts, most of the process's peak).  Two unrelated texts share a band's key by chance 1 in 2^27;
such a pair is compared and found dissimilar.  The caller (duplicate_texts.py) also keeps the name
of each input file that holds a kept text, to name it.

Texts of fewer than `MIN_WORDS` words are not compared: a headline-length text shares a large
share of its few 5-grams with any text that happens to start alike.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

HASHES = 64  # MinHash values a text
ROWS = 2  # values a band
BANDS = HASHES // ROWS
SHINGLE = 5  # words a shingle
MIN_WORDS = 25
MAX_TEXTS = 1_000_000
FIRST_TEXTS = 1 << 12  # kept signatures allocated first; doubled as texts arrive
CHUNK = 4096  # shingles hashed at a time, so a book-length text needs no large matrix
WAITING = 1 << 17  # band keys held in dicts before they are merged into the sorted arrays (~15 MB)

_rng = np.random.default_rng(20261123)  # fixed: the same texts give the same figures on every run
_MULTIPLY = (_rng.integers(0, 2**31, HASHES, dtype=np.uint32) * np.uint32(2) + np.uint32(1))[:, None]  # odd: a permutation
_ADD = _rng.integers(0, 2**32, HASHES, dtype=np.uint32)[:, None]
_SHINGLE_MULTIPLY = _rng.integers(1, 2**63, SHINGLE, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
_PAIR_MULTIPLY = _rng.integers(1, 2**63, 3, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
_WORD_CHARS_BELOW = 0x3100  # code points from here (CJK and beyond) count as word characters
_word_chars: np.ndarray | None = None
_PAIR_0, _PAIR_1, _PAIR_2 = (np.uint64(m) for m in _PAIR_MULTIPLY)
_MIX_1, _MIX_2 = np.uint64(0xBF58476D1CE4E5B9), np.uint64(0x94D049BB133111EB)
_27, _30, _31, _32 = (np.uint64(bits) for bits in (27, 30, 31, 32))


def _is_word_char() -> np.ndarray:
    """Which code points below `_WORD_CHARS_BELOW` are word characters (regex \\w: letters, digits,
    underscore), built once: a table lookup marks a whole text at C speed."""
    global _word_chars
    if _word_chars is None:
        table = np.array([chr(c).isalnum() or c == 0x5F for c in range(_WORD_CHARS_BELOW)] + [True])
        _word_chars = table
    return _word_chars


def _mix(x: np.ndarray) -> np.ndarray:
    """SplitMix64's finaliser, in place on a uint64 array (returned): every input bit moves every
    output bit.  Arithmetic on uint64 arrays wraps (mod 2^64) without a warning, as every hash here
    wants; in place, so a text's hashes make no temporary arrays but one."""
    shifted = np.empty_like(x)
    np.right_shift(x, _30, out=shifted)
    x ^= shifted
    x *= _MIX_1
    np.right_shift(x, _27, out=shifted)
    x ^= shifted
    x *= _MIX_2
    np.right_shift(x, _31, out=shifted)
    x ^= shifted
    return x


def word_hashes(text: str) -> np.ndarray:
    """A 64-bit hash of each word of the text (runs of letters, digits and underscores, lower case),
    in order; computed on the code points as arrays, not word by word in Python.  A word's hash sums
    its character pairs (each character with the one before it in the word), so order counts.
    Deterministic across runs and machines (no `hash()`).

    The pairs' sum is taken from running sums over the whole text, not character by character: for
    a word of characters c_1..c_L it is P0 (c_1 + ... + c_L + L) + P1 (c_1 + ... + c_L-1) +
    P2 (c_1 c_2 + ... + c_L-1 c_L), and with the characters outside words set to 0 each of the three
    sums is a difference of two running sums (mod 2^64, as the hash is)."""
    codes = np.frombuffer(text.lower().encode("utf-32-le", "surrogatepass"), np.uint32)
    n = len(codes)
    is_word = np.empty(n + 2, bool)  # with a non-word place either side, so every word has a start and an end
    is_word[0] = is_word[-1] = False
    _is_word_char().take(codes, mode="clip", out=is_word[1:-1])  # code points past the table count as word characters
    edges = np.flatnonzero(is_word[1:] != is_word[:-1])
    if not len(edges):
        return np.zeros(0, np.uint64)
    begins, ends = edges[0::2], edges[1::2]  # each word is codes[begin:end]
    chars = np.zeros(n + 1, np.uint32)  # chars[k + 1]: the k-th code point where it is a word character, else 0
    np.multiply(codes, is_word[1:-1], out=chars[1:])
    sums = np.cumsum(chars, dtype=np.uint64)  # sums[k]: of the first k code points
    pairs = np.multiply(chars[:-1], chars[1:], dtype=np.uint64)  # pairs[k]: code point k with the one before
    pairs = np.cumsum(pairs, out=pairs)
    total = sums[ends]
    total -= sums[begins]
    but_last = total - chars[ends]  # chars[end] is the word's last character
    but_last *= _PAIR_1
    total += (ends - begins).astype(np.uint64)
    total *= _PAIR_0
    total += but_last
    products = pairs[ends - 1]  # a word's first character pairs with a non-word one: 0, so pairs[begin] may be left in
    products -= pairs[begins]
    products *= _PAIR_2
    total += products
    return _mix(total)


def shingles(text: str) -> np.ndarray:
    """32-bit hashes of the text's word 5-grams, in order (repeats kept: the minimum ignores them);
    empty below `MIN_WORDS` words."""
    words = word_hashes(text)
    if len(words) < max(MIN_WORDS, SHINGLE):
        return np.zeros(0, np.uint32)
    n = len(words) - SHINGLE + 1
    gram = words[:n] * _SHINGLE_MULTIPLY[0]
    term = np.empty_like(gram)
    for i in range(1, SHINGLE):
        np.multiply(words[i:i + n], _SHINGLE_MULTIPLY[i], out=term)
        gram += term
    gram = _mix(gram)
    gram >>= _32
    return gram.astype(np.uint32)


def shingle_count(text: str) -> int:
    """How many distinct word 5-grams the text has (0 below `MIN_WORDS` words)."""
    return _distinct(shingles(text))


def _distinct(grams: np.ndarray) -> int:
    """How many distinct values `grams` holds: sorted, the places where a value differs from the one
    before.  (`np.unique` hashes them instead, about ten times slower on a text's thousand.)"""
    if not len(grams):
        return 0
    ordered = np.sort(grams)
    return int(np.count_nonzero(ordered[1:] != ordered[:-1])) + 1


def signature(text: str) -> np.ndarray | None:
    """The text's MinHash signature (`HASHES` uint32 values: the least of each of `HASHES` fixed
    permutations x -> a x + b mod 2^32 of its shingles), or None for a text too short to compare."""
    grams = shingles(text)
    return _signature(grams) if len(grams) else None


def _signature(grams: np.ndarray) -> np.ndarray:
    low = np.full(HASHES, np.iinfo(np.uint32).max, np.uint32)
    for start in range(0, len(grams), CHUNK):
        part = np.multiply.outer(_MULTIPLY[:, 0], grams[start:start + CHUNK])
        part += _ADD
        np.minimum(low, part.min(axis=1), out=low)
    return low


def estimate(a: np.ndarray, b: np.ndarray) -> float:
    """The Jaccard index two kept (one byte a value) signatures estimate: the share of values that
    agree, less the 1 in 256 that agree by chance."""
    agree = float(np.count_nonzero(a == b)) / len(a)
    return max(0.0, (agree - 1 / 256) / (1 - 1 / 256))


def containment(a: np.ndarray, b: np.ndarray, size_a: int, size_b: int) -> float:
    """The share of the shorter text's distinct 5-grams that the other has too, from the two kept
    signatures and the texts' distinct 5-gram counts: with J the estimated Jaccard index, the two
    share J (a + b) / (1 + J) of them.  At most 1."""
    jaccard = estimate(a, b)
    shared = jaccard * (size_a + size_b) / (1 + jaccard)
    return min(1.0, shared / max(min(size_a, size_b), 1))


@dataclass
class NearDuplicates:
    """The near-duplicate index of one run: `see` each text in input order.

    `threshold`: the least estimated containment (share of the shorter text's word 5-grams in the
    other) that counts as a near duplicate (0.7: a 230-word wire story with another 44-word lede is
    0.93 counted, its first half or the story with its tail cut 1.0; another outlet's own story on
    the same event, quoting the same senator, 0.17).
    """

    threshold: float = 0.7
    max_texts: int = MAX_TEXTS
    full: bool = False  # the index reached max_texts: later texts were checked, not kept
    _signatures: np.ndarray = field(default_factory=lambda: np.zeros((FIRST_TEXTS, HASHES), np.uint8), repr=False)
    _where: np.ndarray = field(default_factory=lambda: np.zeros(FIRST_TEXTS, np.uint64), repr=False)
    _sizes: np.ndarray = field(default_factory=lambda: np.zeros(FIRST_TEXTS, np.uint32), repr=False)  # distinct 5-grams
    # every band's kept keys, sorted, and the text each names; new ones wait in a dict until merged
    _keys: np.ndarray = field(default_factory=lambda: np.zeros(0, np.uint32), repr=False)
    _texts: np.ndarray = field(default_factory=lambda: np.zeros(0, np.uint32), repr=False)
    _waiting: dict[int, int] = field(default_factory=dict, repr=False)
    _kept: int = 0

    def __post_init__(self) -> None:
        if not 0 < self.threshold <= 1:
            raise ValueError(f"near-duplicate similarity {self.threshold} is not between 0 and 1: pass e.g. 0.7")

    @property
    def keeping(self) -> bool:
        """Whether the next text seen will be kept (fewer than `max_texts` are)."""
        return self._kept < self.max_texts

    def see(self, text: str, where: int) -> tuple[int | None, float]:
        """The kept text most similar to `text` at `threshold` or above, as (its `where`, the
        estimated similarity), the earliest of equals; (None, 0.0) if none.  The text is then kept,
        read at `where` (the caller's code for its file and line), while fewer than `max_texts` are."""
        grams = shingles(text)
        if not len(grams):
            return None, 0.0
        full = _signature(grams)
        size = _distinct(grams)
        kept = (full & np.uint32(0xFF)).astype(np.uint8)
        keys = _band_keys(full)
        found = self._lookup(keys)
        best, best_similarity = None, 0.0
        for index in sorted({i for i in found if i is not None}):
            similarity = containment(kept, self._signatures[index], size, int(self._sizes[index]))
            if similarity >= self.threshold and similarity > best_similarity:
                best, best_similarity = index, similarity
        self._keep(kept, size, keys, found, where)
        return (None, 0.0) if best is None else (int(self._where[best]), best_similarity)

    def _lookup(self, keys: np.ndarray) -> list[int | None]:
        """For each band, the first kept text that has the band's key (one search for all bands)."""
        at = np.minimum(np.searchsorted(self._keys, keys), max(len(self._keys) - 1, 0))
        hit = (self._keys[at] == keys).tolist() if len(self._keys) else [False] * BANDS
        texts = self._texts[at].tolist() if len(self._keys) else [0] * BANDS
        waiting = self._waiting
        return [waiting.get(key, text if h else None) for key, text, h in zip(keys.tolist(), texts, hit)]

    def _keep(self, kept: np.ndarray, size: int, keys: np.ndarray, found: list[int | None], where: int) -> None:
        if self._kept >= self.max_texts:
            self.full = True
            return
        if self._kept == len(self._signatures):  # doubled in place (remapped, not copied beside the old: see _merge), to max_texts at most
            rows = min(2 * self._kept, self.max_texts)
            self._signatures.resize((rows, HASHES), refcheck=False)
            self._where.resize(rows, refcheck=False)
            self._sizes.resize(rows, refcheck=False)
        index = self._kept
        self._signatures[index], self._where[index], self._sizes[index] = kept, where, min(size, 2**32 - 1)
        self._kept += 1
        for key, earlier in zip(keys.tolist(), found):
            if earlier is None:  # a band already kept finds the earlier text, which is enough
                self._waiting[key] = index
        if len(self._waiting) >= WAITING:
            self._merge()

    def _merge(self) -> None:
        """Move the waiting keys into the sorted arrays, in place and a band at a time.

        The arrays are lengthened in place (`ndarray.resize`: a large array is remapped, not
        copied, so the old and the new never coexist), and each band's run of keys, from the last
        band to the first, is merged with the band's new keys into its final place: only one band's
        copy (a 32nd of the keys) is made at a time, where a copy of both whole arrays had been
        (at 1 M texts 2 x 96 MB beside the old ones: most of the process's peak)."""
        new_keys = np.fromiter(self._waiting.keys(), np.uint32, len(self._waiting))
        new_texts = np.fromiter(self._waiting.values(), np.uint32, len(self._waiting))
        order = np.argsort(new_keys)
        new_keys, new_texts = new_keys[order], new_texts[order]
        old = len(self._keys)
        old_at = np.append(np.searchsorted(self._keys, _BAND_STARTS), old).tolist()
        new_at = np.append(np.searchsorted(new_keys, _BAND_STARTS), len(new_keys)).tolist()
        # no view of the arrays outlives a call, so none is left pointing at the old place
        self._keys.resize(old + len(new_keys), refcheck=False)
        self._texts.resize(old + len(new_keys), refcheck=False)
        for band in reversed(range(BANDS)):  # a band moves up by the new keys of the bands below it: above where they are
            start, end, new_start, new_end = old_at[band], old_at[band + 1], new_at[band], new_at[band + 1]
            if new_start == new_end == 0:
                break  # neither new keys nor a move: this band, and every one below it, stays
            at = np.searchsorted(self._keys[start:end], new_keys[new_start:new_end])
            place = slice(start + new_start, end + new_end)
            self._keys[place] = np.insert(self._keys[start:end], at, new_keys[new_start:new_end])
            self._texts[place] = np.insert(self._texts[start:end], at, new_texts[new_start:new_end])
        self._waiting.clear()

    def memory(self) -> int:
        """Bytes held by the index's arrays (not counting the waiting keys, at most `WAITING`)."""
        return self._signatures.nbytes + self._where.nbytes + self._sizes.nbytes + self._keys.nbytes + self._texts.nbytes


_BAND_BITS = (BANDS - 1).bit_length()
_BANDS_ABOVE = np.arange(BANDS, dtype=np.uint32) << np.uint32(32 - _BAND_BITS)
_BAND_STARTS = _BANDS_ABOVE  # the least key of each band


def _band_keys(full: np.ndarray) -> np.ndarray:
    """Each band's key: a hash of its `ROWS` full 32-bit values (not the kept low bytes: two bytes
    would make any two texts candidates), cut to its top 27 bits, with the band's number in the top
    five, so that one sorted array holds every band's keys apart."""
    rows = full.astype(np.uint64).reshape(BANDS, ROWS)
    value = rows[:, 0]
    for i in range(1, ROWS):
        value = (value << np.uint64(32)) | rows[:, i]
    return (_mix(value) >> np.uint64(32 + _BAND_BITS)).astype(np.uint32) | _BANDS_ABOVE

"""Character n-grams looked up as integer codes (framing.char_ngram_codes) find exactly the
(word, column) pairs the string definition (sentence_features.char_ngrams_of_words) finds."""

from __future__ import annotations

import csv

import numpy as np
import pytest

from framing.char_ngram_codes import CharNgramCodes
from framing.classify import load_model
from framing.sentence_columns import SentenceColumns
from framing.sentence_features import char_ngram_counts, char_ngrams_of_words

VOCABULARY = [" a", "a ", "ab", " ab", "ab ", " ab ", "bc", "abcd", "bcde", " abc", "é ", "cd"]


def string_pairs(vocabulary: list[str], words: list[str], first_column: int = 0) -> list[tuple[int, int]]:
    columns = {g: i + first_column for i, g in enumerate(vocabulary)}
    owners = np.arange(len(words)).repeat(char_ngram_counts(words)).tolist()
    return sorted((w, columns[g]) for w, g in zip(owners, char_ngrams_of_words(words)) if g in columns)


def code_pairs(codes: CharNgramCodes, words: list[str]) -> list[tuple[int, int]]:
    owners, columns = codes.occurrences(words)
    return sorted(zip(owners.tolist(), columns.tolist()))


@pytest.mark.parametrize(
    "words, expected",
    [
        (["a"], [(0, 0), (0, 1)]),  # " a " : " a", "a ", and " a " is not in the vocabulary
        (["ab"], [(0, 0), (0, 2), (0, 3), (0, 4), (0, 5)]),  # " a", "ab", " ab", "ab ", and whole as its 4-gram " ab "
        (["abcde"], [(0, 0), (0, 2), (0, 3), (0, 6), (0, 7), (0, 8), (0, 9), (0, 11)]),  # ... "abcd", "bcde", " abc", "cd"
        (["ab", "ab"], [(0, 0), (0, 2), (0, 3), (0, 4), (0, 5), (1, 0), (1, 2), (1, 3), (1, 4), (1, 5)]),
        # a character outside the alphabet ("x", the emoji, a lone surrogate) ends every n-gram it is in
        (["axb"], [(0, 0)]),
        (["ab\U0001f600cd"], [(0, 0), (0, 2), (0, 3), (0, 11)]),
        (["ab\udc80"], [(0, 0), (0, 2), (0, 3)]),
        (["café"], [(0, 10)]),
        ([], []),
    ],
)
def test_pairs_of_a_small_vocabulary(words, expected):
    codes = CharNgramCodes(VOCABULARY)
    assert code_pairs(codes, words) == expected == string_pairs(VOCABULARY, words)


def test_columns_start_where_told():
    assert code_pairs(CharNgramCodes(VOCABULARY, first_column=100), ["ab"]) == [(0, 100), (0, 102), (0, 103), (0, 104), (0, 105)]


def test_an_alphabet_too_large_for_the_codes_is_not_used():
    """5 characters of 13 bits do not fit 63 bits: SentenceColumns then looks n-grams up as strings."""
    vocabulary = [chr(0x4E00 + i) + chr(0x4E01 + i) for i in range(5000)] + [" a", "ab"]
    assert not CharNgramCodes(vocabulary).usable
    assert CharNgramCodes(vocabulary[:4000]).usable  # 12 bits


def test_codes_and_strings_give_the_same_word_sums_bit_for_bit(shared_data):
    model = load_model()
    with (shared_data / "babe" / "babe_sg2_final_labels.csv").open(encoding="utf-8-sig", newline="") as f:
        sentences = [row["text"].lower() for row in list(csv.DictReader(f))[:200]]
    weights = (model.idf["char"], [model.variants["full"].coef["char"]])
    by_codes, by_strings = (SentenceColumns(model.vocabularies["word"], model.vocabularies["char"], [], weights) for _ in range(2))
    by_strings._char_codes.usable = False
    assert np.array_equal(by_codes.columns(sentences).char_sums, by_strings.columns(sentences).char_sums)


def test_shipped_vocabulary_on_real_words(shared_data):
    vocabulary = load_model().vocabularies["char"]
    codes = CharNgramCodes(vocabulary, first_column=7)
    assert codes.usable and codes.bits <= 12
    with (shared_data / "babe" / "babe_sg2_final_labels.csv").open(encoding="utf-8-sig", newline="") as f:
        words = list(dict.fromkeys(w for row in list(csv.DictReader(f))[:300] for w in row["text"].lower().split()))
    pairs = code_pairs(codes, words)
    assert pairs == string_pairs(vocabulary, words, first_column=7)
    assert len(pairs) > 20 * len(words)

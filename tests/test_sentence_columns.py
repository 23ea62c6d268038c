"""The classifier's fast path (framing.sentence_columns): per-word cached columns, gathered and
counted per article, give exactly the features the one-sentence definitions in
framing.sentence_features give, so probabilities equal the straightforward computation."""

from __future__ import annotations

import bisect
import csv
from collections import Counter

import numpy as np
import pytest

from framing.models import Span

from framing import sentence_columns
from framing.classify import load_model
from framing.sentence_columns import LexiconColumns, SentenceColumns, key_dtype, marked_features
from framing.sentence_features import char_ngrams, lexicon_matrix, marked_matrix, sentence_records, word_ngrams

WORDS = ["well", "known", "well known", "known well", "the", "the well", "it's"]
CHARS = [" w", "ll", "l ", " k"]
MARKED = ["known", "pig-headed", "well"]


def occurrences(columns: SentenceColumns, sentences: list[str]) -> list[tuple[int, str, int]]:
    """(sentence, feature name, count) for every feature found, in key order."""
    names = WORDS + CHARS
    found = columns.columns(sentences)
    keys, counts = found.keys, found.counts
    rows, cols = keys >> columns.shift, keys & ((1 << columns.shift) - 1)
    return [(int(r), names[c], int(n)) for r, c, n in zip(rows, cols, counts)]


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (["well known"], [(0, "well", 1), (0, "known", 1), (0, "well known", 1), (0, " w", 1), (0, "ll", 1), (0, "l ", 1), (0, " k", 1)]),
        # inside one whitespace word ("well-known") and across a word without tokens ("a")
        (["well-known"], [(0, "well", 1), (0, "known", 1), (0, "well known", 1), (0, " w", 1), (0, "ll", 1)]),
        (["well a known"], [(0, "well", 1), (0, "known", 1), (0, "well known", 1), (0, " w", 1), (0, "ll", 1), (0, "l ", 1), (0, " k", 1)]),
        # repeats are counted, bigrams never join two sentences, an empty sentence has nothing
        (["well well", "", "known", "well the"], [(0, "well", 2), (0, " w", 2), (0, "ll", 2), (0, "l ", 2),
                                                  (2, "known", 1), (2, " k", 1),
                                                  (3, "well", 1), (3, "the", 1), (3, " w", 1), (3, "ll", 1), (3, "l ", 1)]),
        (["the well"], [(0, "well", 1), (0, "the", 1), (0, "the well", 1), (0, " w", 1), (0, "ll", 1), (0, "l ", 1)]),
        # "the" only ever starts a bigram, so "well the" is never looked up; "the," still joins "well"
        (["the, well the well"], [(0, "well", 2), (0, "the", 2), (0, "the well", 2), (0, " w", 2), (0, "ll", 2), (0, "l ", 2)]),
        (["-- ? !"], []),
    ],
)
def test_columns_of_sentences(sentences, expected):
    columns = SentenceColumns(WORDS, CHARS, MARKED)
    assert occurrences(columns, sentences) == expected


def test_marked_words_once_per_sentence():
    columns = SentenceColumns(WORDS, CHARS, MARKED)
    found = columns.columns(["known, known and pig-headed", "nothing here", "well’s", "pig-headed well"])
    rows, words = found.marked
    assert list(zip(rows.tolist(), words.tolist())) == [(0, 0), (0, 0), (0, 1), (3, 1), (3, 2)]  # "well’s" is "well's"
    rates = np.array([0.5, 0.25, 0.125])
    assert marked_features(found.marked, rates, 4).tolist() == [[0.5, 0.25, 0.75], [0, 0, 0], [0, 0, 0], [0.25, 0.125, 0.375]]


@pytest.mark.parametrize(
    "chunk, words, marked",
    [
        # letters only: read without the patterns (the word is its own token and marked word)
        ("well", ["well"], ["well"]),
        ("known", ["known"], ["known"]),
        ("a", [], []),  # one letter: a marked-word token, never a word n-gram
        ("wellknown", [], []),
        ("ёж", [], []),
        # anything else goes through the patterns
        ("well2", [], []),
        ("well-known", ["well", "known", "well known"], []),  # one marked-word token, "well-known"
        ("pig-headed", [], ["pig-headed"]),
        ("known’s", ["known"], []),
        ("well,", ["well"], ["well"]),
        ("_well", [], []),  # "_" is a word character
        ("well,known", ["well", "known", "well known"], ["known", "well"]),  # marked words in column order
    ],
)
def test_new_words_read_as_the_patterns_read_them(chunk, words, marked):
    columns = SentenceColumns(WORDS, CHARS, MARKED)
    assert sorted(n for _, n, _ in occurrences(columns, [chunk]) if n in WORDS) == sorted(words)
    assert sorted(w for w in word_ngrams(chunk) if w in WORDS) == sorted(words)  # the one-sentence definition
    assert [MARKED[i] for i in columns.columns([chunk]).marked[1].tolist()] == marked


def test_word_summed_characters_are_two_sums_per_sentence():
    idf = np.array([1.0, 2.0, 3.0, 4.0])  # " w", "ll", "l ", " k"
    weights = [np.array([1.0, 0.5, -1.0, 2.0]), np.array([0.0, 1.0, 0.0, 0.0])]
    columns = SentenceColumns(WORDS, CHARS, MARKED, (idf, weights))
    found = columns.columns(["well well", "known", "", "wall"])
    # "well": " w" (1), "ll" (2), "l " (3): |v|^2 = 1 + 4 + 9 = 14, v.w = 1 + 1 - 3 = -1, second 2
    # "known": " k" (4): 16, 8, 0;  "wall": " w", "ll", "l " too
    assert found.char_sums.tolist() == [[28.0, -2.0, 4.0], [16.0, 8.0, 0.0], [0.0, 0.0, 0.0], [14.0, -1.0, 2.0]]
    # only the variants asked for (the squared norm always first): the second weight vector
    assert columns.columns(["well well", "known", "", "wall"], (1,)).char_sums.tolist() == [[28.0, 4.0], [16.0, 0.0], [0.0, 0.0], [14.0, 2.0]]
    assert occurrences(columns, ["well known"]) == [(0, "well", 1), (0, "known", 1), (0, "well known", 1)]  # no char keys


def test_lexicon_dots_equal_the_matrix_times_the_weights():
    spans = [
        Span(start=0, end=4, text="slam", type="loaded", lexicon="loaded", category="emotion", voice="author"),
        Span(start=5, end=9, text="slam", type="loaded", lexicon="loaded", category="emotion", voice="author"),
        Span(start=10, end=15, text="maybe", type="hedge", lexicon="hedges", category="hedge", voice="quoted"),
        Span(start=16, end=21, text="clear", type="booster", lexicon="boosters", category="booster", voice=None),
    ]
    vocabulary = ["loaded", "loaded:author", "loaded/emotion:author", "hedge", "hedge:quoted", "booster:author", "quote/x"]
    columns, weights = LexiconColumns(vocabulary), np.array([0.5, -1.25, 2.0, 0.75, 3.0, -0.5, 9.0])
    rows = np.array([0, 0, 2, 2])
    matrix = columns.matrix(rows, spans, 3)
    assert matrix[0].tolist() == pytest.approx([np.log(3), np.log(3), np.log(3), 0, 0, 0, 0])  # two loaded words: log(1 + 2)
    assert matrix[2].tolist() == pytest.approx([0, 0, 0, np.log(2), np.log(2), np.log(2), 0])
    assert np.allclose(columns.dots(rows, spans, 3, weights), matrix @ weights, rtol=0, atol=1e-15)
    assert columns.dots(rows[:0], [], 3, weights).tolist() == [0.0, 0.0, 0.0]


def test_lexicon_dots_are_the_same_counted_in_a_table_or_by_sorting(babe_records, monkeypatch):
    """Small batches count findings in a sentences x features table, large ones by sorting: the
    same cells, counts and sums, so the same bits."""
    model = load_model()
    rows = np.repeat(np.arange(len(babe_records)), [len(r.spans) for r in babe_records])
    spans = [s for r in babe_records for s in r.spans]
    coef = model.variants["full"].coef["lexicon"].astype(np.float64)
    columns = LexiconColumns(model.vocabularies["lexicon"])
    in_table = columns.dots(rows, spans, len(babe_records), coef)
    monkeypatch.setattr(sentence_columns, "_DENSE_CELLS", 0)
    by_sorting = columns.dots(rows, spans, len(babe_records), coef)
    assert np.array_equal(in_table, by_sorting) and np.count_nonzero(in_table) > 300
    assert np.allclose(in_table, columns.matrix(rows, spans, len(babe_records)) @ coef, rtol=0, atol=1e-12)


@pytest.mark.parametrize("rows, shift, dtype", [(1, 16, np.int32), (32767, 16, np.int32), (32768, 16, np.int32), (32769, 16, np.int64), (3, 30, np.int64)])
def test_keys_are_int32_while_they_fit(rows, shift, dtype):
    assert key_dtype(rows, shift) == dtype


def reference_probabilities(model, texts, spans):
    """The model's definition, one sentence at a time, with no cache: Counters of the n-grams
    sentence_features makes, TF x IDF, normalised per block, dotted with the weights."""
    v = model.variants["full"]
    index = {b: {g: i for i, g in enumerate(model.vocabularies[b])} for b in ("word", "char")}
    rates = dict(zip(model.vocabularies["marked"], model.marked_rates.astype(np.float64).tolist()))
    lexicon_index = {k: i for i, k in enumerate(model.vocabularies["lexicon"])}
    out = []
    for text, found in zip(texts, spans):
        decision = v.intercept
        blocks = [("word", [word_ngrams(text)])]
        if model.char_weighting == "word_sum":  # each word's raw-count vector, summed; norm from the words'
            blocks.append(("char", [char_ngrams(w) for w in text.lower().split()]))
        else:  # sublinear TF, L2 norm of the sentence
            blocks.append(("char", [char_ngrams(text)]))
        for block, gram_lists in blocks:
            dot = squares = 0.0
            for grams in gram_lists:
                counts = Counter(index[block][g] for g in grams if g in index[block])
                cols = np.asarray(sorted(counts), dtype=np.int64)
                tf = [counts[c] for c in cols]
                values = (tf if model.char_weighting == "word_sum" and block == "char" else 1 + np.log(tf)) * model.idf[block][cols].astype(np.float64)
                dot += float(values @ v.coef[block][cols].astype(np.float64))
                squares += float(values @ values)
            if squares:
                decision += dot / np.sqrt(squares)
        decision += float(lexicon_matrix([found], lexicon_index)[0] @ v.coef["lexicon"].astype(np.float64))
        decision += float(marked_matrix([text], rates)[0] @ v.coef["marked"].astype(np.float64))
        a, b = v.calibration
        out.append(1 / (1 + np.exp(a * decision + b)))
    return np.asarray(out)


@pytest.fixture(scope="module")
def babe_records(shared_data):
    with (shared_data / "babe" / "babe_sg2_final_labels.csv").open(encoding="utf-8-sig", newline="") as f:
        texts = [row["text"] for row in csv.DictReader(f)][:400]
    return sentence_records(texts)


@pytest.mark.slow
def test_shipped_model_equals_the_straightforward_computation_on_babe(babe_records):
    model = load_model()
    texts, spans = [r.text for r in babe_records], [r.spans for r in babe_records]
    fast = model.probabilities(texts, spans)
    assert np.allclose(fast, reference_probabilities(model, texts, spans), rtol=0, atol=1e-12)
    assert fast.min() < 0.1 and fast.max() > 0.9  # real sentences, both ways


def test_article_path_equals_sentence_by_sentence_on_the_seeds(seed_analyses):
    model = load_model()
    for analysis in seed_analyses.values():
        text, sentences = analysis.article.text, analysis.sentences
        starts = [s.start for s in sentences]
        grouped = [[] for _ in sentences]
        for span in analysis.spans:
            i = bisect.bisect_right(starts, span.start) - 1
            if i >= 0 and span.start < sentences[i].end:
                grouped[i].append(span)
        texts = [text[s.start : s.end] for s in sentences]
        expected = reference_probabilities(model, texts, grouped)
        assert np.allclose(model.probabilities(texts, grouped), expected, rtol=0, atol=1e-12)
        assert model.sentence_probabilities(text, sentences, analysis) == [round(float(p), 4) for p in expected]
        assert sum(len(g) for g in grouped) > 10 and len(sentences) > 10


@pytest.mark.slow
@pytest.mark.parametrize("limit", [None, 0, 50])
def test_cache_state_never_changes_a_result(babe_records, monkeypatch, limit):
    """Cold, warm, and emptied every call (limit 0) or every few hundred words (50)."""
    model = load_model()
    texts, spans = [r.text for r in babe_records[:120]], [r.spans for r in babe_records[:120]]
    first = model.probabilities(texts, spans)
    if limit is not None:
        monkeypatch.setattr(sentence_columns, "MAX_CHUNKS", limit)
    one_by_one = np.concatenate([model.probabilities([t], [s]) for t, s in zip(texts, spans)])
    again = model.probabilities(texts, spans)
    assert np.array_equal(again, first)
    assert np.allclose(one_by_one, first, rtol=0, atol=1e-12)

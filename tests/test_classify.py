"""The sentence classifier: its features, training on a separable hand-made set, the compiled model
agreeing with the scikit-learn pipeline it came from, scoring inside the pipeline, and metrics."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

import framing
from framing.classify import load_model, rounded
from framing.model_evaluation import evaluate, metrics
from framing.training import (
    LexiconFeatures,
    MarkedWordFeatures,
    TrainConfig,
    TrainingError,
    WordSummedCharTfidf,
    best_threshold,
    build_pipeline,
    train,
)
from framing.models import Span
from framing.sentence_features import (
    SentenceRecord,
    char_ngram_counts,
    char_ngrams,
    char_ngrams_of_word,
    char_ngrams_of_words,
    has_author_loaded,
    lexicon_keys,
    parse_marked_words,
    sentence_records,
    word_ngrams,
)

SUBJECTS = ["The senator", "The mayor", "The governor", "The council", "The agency", "The minister",
            "The company", "The union", "The board", "The president", "The senate", "The party"]
BIASED = ["pushed a disgraceful, radical scheme", "spewed shameful lies again", "unleashed a sinister, outrageous agenda"]
NEUTRAL = ["met on Tuesday to discuss the budget", "published its annual report", "announced a meeting for next week"]
FAST = TrainConfig(threshold_folds=3, calibration_folds=3)


def separable() -> tuple[list[str], list[int]]:
    texts, labels = [], []
    for s in SUBJECTS:
        for p in BIASED:
            texts.append(f"{s} {p}.")
            labels.append(1)
        for p in NEUTRAL:
            texts.append(f"{s} {p}.")
            labels.append(0)
    return texts, labels


@pytest.fixture(scope="module")
def toy_model():
    texts, labels = separable()
    return train(texts, labels, config=FAST, name="toy")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Trump's bizarre syntax", ["trump", "bizarre", "syntax", "trump bizarre", "bizarre syntax"]),
        ("A b-c", []),  # one-letter tokens are dropped, as scikit-learn's default pattern does
        ("IT rains", ["it", "rains", "it rains"]),
    ],
)
def test_word_ngrams(text, expected):
    assert word_ngrams(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("a", [" a", "a ", " a "]),  # the padded word is 3 long: its 3-gram is all of it, counted once
        ("Ab", [" a", "ab", "b ", " ab", "ab ", " ab "]),
        ("x y", [" x", "x ", " x ", " y", "y ", " y "]),  # never across words
    ],
)
def test_char_ngrams_within_words(text, expected):
    assert char_ngrams(text) == expected


@pytest.mark.parametrize("word, count", [("", 1), ("a", 3), ("ab", 6), ("abc", 10), ("abcd", 14), ("abcdefghij", 38)])
def test_char_ngram_counts_and_the_flat_list_agree_with_one_word_at_a_time(word, count):
    # " abcd " (6 long): 5 two-grams, 4 three-grams, 3 four-grams, 2 five-grams = 14
    assert char_ngram_counts([word]) == [len(char_ngrams_of_word(word))] == [count]
    assert char_ngrams_of_words(["xy", word]) == list(char_ngrams_of_word("xy")) + list(char_ngrams_of_word(word))


@pytest.mark.parametrize(
    "cell, expected",
    [
        ("['bizarre', 'characteristically']", {"bizarre", "characteristically"}),
        ("['pig-headed', 'Anti-White']", {"pig-headed", "anti-white"}),
        ('["don\'t", "rant"]', {"don't", "rant"}),
        ("slams; lies", {"slams", "lies"}),
        ("[]", set()),
        ("", set()),
    ],
)
def test_parse_marked_words(cell, expected):
    assert parse_marked_words(cell) == expected


def span(type_, voice="author", category="c", lexicon=None, stance=None):
    return Span(0, 1, "x", type_, category=category, voice=voice, lexicon=lexicon or type_, stance=stance)


@pytest.mark.parametrize(
    "s, keys",
    [
        (span("loaded", "quoted", "contempt"), ["loaded", "loaded:quoted", "loaded/contempt:quoted"]),
        (span("hedge", "author", "modal"), ["hedge", "hedge:author", "hedge/modal:author"]),
        (span("attribution", None, None, stance="lowering"), ["attribution", "attribution/lowering"]),
        (span("quote", "quoted", "scare"), ["quote/scare"]),
        (span("anonymous_source"), ["anonymous_source"]),
    ],
)
def test_lexicon_keys(s, keys):
    assert lexicon_keys(s) == keys


def test_lexicon_features_learn_frequent_names_and_count_log1p():
    loaded = span("loaded", "author", "contempt")
    records = [SentenceRecord("a", [loaded, loaded]), SentenceRecord("b", [loaded, span("hedge")]), SentenceRecord("c", [])]
    f = LexiconFeatures(min_count=2).fit(records)
    assert f.feature_names_ == ["loaded", "loaded/contempt:author", "loaded:author"]  # hedge seen once: dropped
    assert list(f.get_feature_names_out()) == ["lexicon=loaded", "lexicon=loaded/contempt:author", "lexicon=loaded:author"]
    x = f.transform(records).toarray()
    assert np.allclose(x[0], np.log1p(2)) and np.allclose(x[1], np.log1p(1)) and not x[2].any()


def test_marked_word_rates_are_smoothed_shares_and_out_of_fold_when_training():
    records = [SentenceRecord("a vile plan", marked=frozenset({"vile"})), SentenceRecord("the vile plan", marked=frozenset()),
               SentenceRecord("a plan", marked=frozenset())]
    f = MarkedWordFeatures(smoothing=2.0, cv=2).fit(records)
    assert f.rates_ == {"vile": 1 / (2 + 2)}  # marked once in the two sentences containing it
    assert np.allclose(f.transform([SentenceRecord("so vile")]), [[0.25, 0.0, 0.25]])
    # Out-of-fold: no row's features come from a fit that saw its own marks.
    y = [1, 0, 0, 1]
    recs = records + [SentenceRecord("vile vile", marked=frozenset({"vile"}))]
    oof = MarkedWordFeatures(cv=2).fit_transform(recs, y)
    assert oof.shape == (4, 3)
    # Stratified: rows 0 and 3 (the marked ones) fall in different folds, so row 0's rate comes
    # from row 3 plus one unmarked row: 1/(2+2) or 1/(1+2), never the full-fit 2/(3+2).
    assert oof[0, 0] in (0.25, 1 / 3)


def test_training_learns_a_separable_signal(toy_model):
    held_out = ["The court pushed a disgraceful, radical scheme.", "The school published its annual report.",
                "The court spewed shameful lies again.", "The school met on Tuesday to discuss the budget."]
    p = toy_model.predict_records(sentence_records(held_out))
    assert (p >= toy_model.threshold).tolist() == [True, False, True, False]
    assert p[0] > 0.8 and p[1] < 0.2
    top = toy_model.top_features(3)  # 3 towards biased, then 3 towards non-biased
    assert top[0][0] in ("lexicon:loaded", "lexicon:loaded:author") and top[0][1] > 0
    assert all(w < 0 for _, w in top[3:])


@pytest.mark.parametrize("char_weighting", ["word_sum", "sublinear_l2"])
def test_compiled_model_equals_the_sklearn_pipeline(char_weighting):
    texts, labels = separable()
    config = replace(FAST, char_weighting=char_weighting)
    model = train(texts, labels, config=config, name="toy")
    assert model.char_weighting == char_weighting
    records = sentence_records(texts)
    pipe = build_pipeline(config, lexicon=True, marked=False).fit(records, np.asarray(labels))
    probe = sentence_records(["The board spewed shameful lies about the annual budget.", "It rained.", "A radical meeting.",
                              "Lies, lies and more lies: the board's shameful, shameful budget.", "", "?!"])
    # weights and IDF are stored as float32, so agreement is to about 1e-8
    assert np.allclose(model.predict_records(probe), pipe.predict_proba(probe)[:, 1], rtol=0, atol=1e-6)


def test_word_summed_characters_are_summed_word_vectors_over_the_root_of_their_squared_norms():
    f = WordSummedCharTfidf(min_df=1).fit(["ab ab", "b"])
    names = list(f.get_feature_names_out())
    v_ab = np.zeros(len(names))  # "ab": " a", "ab", "b ", " ab", "ab ", " ab " each once, x IDF
    for g in (" a", "ab", "b ", " ab", "ab ", " ab "):
        v_ab[names.index(g)] = f.idf_[names.index(g)]
    x = f.transform(["ab ab", "xy"]).toarray()
    assert np.allclose(x[0], 2 * v_ab / np.sqrt(2 * v_ab @ v_ab))  # not 1/sqrt(2): |2v| would be 2|v|
    assert not x[1].any()  # no known n-gram: all zeros, no division by zero


def test_unknown_char_weighting_is_refused():
    texts, labels = separable()
    with pytest.raises(TrainingError, match="unknown char_weighting 'tf'; use one of: word_sum, sublinear_l2"):
        train(texts, labels, config=replace(FAST, char_weighting="tf"))


def test_pipeline_uses_the_model_for_every_sentence(toy_model):
    text = 'The mayor spewed shameful lies again. The board published its annual report. "They met," he said.'
    result = framing.analyze(text, model=toy_model)
    assert result.model == "toy"
    probs = [s.bias_probability for s in result.sentences]
    assert len(probs) == 3 and all(isinstance(p, float) for p in probs)
    assert probs[0] > toy_model.threshold > probs[1]
    assert result.scores["mean_bias_probability"] is not None
    assert framing.analyze(text).model is None  # the Python API stays lexicon-only unless given a model
    # Each sentence got its own lexicon findings: without them the first sentence scores lower.
    first = text[result.sentences[0].start : result.sentences[0].end]
    assert round(float(toy_model.probabilities([first], [[]])[0]), 4) < probs[0]


def test_best_threshold_maximises_f1():
    assert best_threshold(np.array([1, 1, 0, 0]), np.array([0.9, 0.4, 0.3, 0.1])) == 0.4


@pytest.mark.parametrize(
    "threshold, expected",
    [  # labels/scores below; confusion and metrics worked out by hand
        (0.5, dict(tp=3, fp=1, fn=1, tn=3, precision=0.75, recall=0.75, f1=0.75, macro_f1=0.75)),
        (0.35, dict(tp=3, fp=2, fn=1, tn=2, precision=0.6, recall=0.75, f1=0.6667, macro_f1=0.619)),
    ],
)
def test_metrics_equal_hand_computed_values(threshold, expected):
    labels = [1, 1, 1, 0, 0, 0, 1, 0]
    scores = [0.9, 0.8, 0.3, 0.6, 0.2, 0.1, 0.55, 0.4]
    m = metrics(labels, scores, threshold)
    assert {k: getattr(m, k) for k in expected} == expected
    assert m.roc_auc == 0.8125  # 13 of 16 (positive, negative) pairs ranked right


def test_lexicon_only_baseline_needs_an_author_voice_loaded_word():
    assert has_author_loaded([span("loaded", "author")])
    assert not has_author_loaded([span("loaded", "quoted"), span("hedge", "author")])


def test_evaluation_with_baselines(toy_model):
    texts = ["The court spewed shameful lies again.", "The school published its annual report."]
    result = evaluate(toy_model, texts, [1, 0], baselines=True)
    assert (result.metrics.tp, result.metrics.tn) == (1, 1)
    assert list(result.baselines) == ["lexicon_only", "no_lexicon", "full"]


def test_default_model_is_shipped_and_scores():
    model = load_model()
    assert model.name and 0 < model.threshold < 1
    p = model.predict_records(sentence_records(["The radical left's disgraceful smear campaign is a sham.", "The meeting is scheduled for Tuesday."]))
    assert p[0] > model.threshold > p[1]


def test_model_sent_to_a_worker_process_scores_the_same():
    """--jobs N pickles the model into each worker (never to disk): its word cache and lookup
    tables are left behind and rebuilt there."""
    import pickle

    model = load_model()
    records = sentence_records(["The radical left's disgraceful smear campaign is a sham.", "The meeting is scheduled for Tuesday."])
    expected = model.predict_records(records)
    state = pickle.dumps(model)
    assert b"_chunk_ids" not in state and len(state) < 3_000_000
    copy = pickle.loads(state)
    assert copy.char_weighting == model.char_weighting == "word_sum"
    assert np.array_equal(copy.predict_records(records), expected)


@pytest.mark.parametrize(
    "values, expected",
    [
        ([0.12344, 0.12346, 0.99999, 0.0, 1.0], [0.1234, 0.1235, 1.0, 0.0, 1.0]),
        # near ties: 0.00005 and 0.12345 are stored a little above the half, 0.12355 a little below
        ([0.00005, 0.12345, 0.12355, 0.5, 2.5e-05], [0.0001, 0.1235, 0.1235, 0.5, 0.0]),
        ([], []),
    ],
)
def test_rounded_to_four_places_as_round_does(values, expected):
    assert rounded(np.asarray(values, dtype=np.float64), 4) == expected == [round(v, 4) for v in values]


def test_rounded_equals_round_on_every_half_and_its_neighbours():
    """The cases the array shortcut could get wrong: products near a half, on both sides."""
    halves = (np.arange(10_001) + 0.5) / 1e4
    values = np.concatenate([halves, np.nextafter(halves, 0), np.nextafter(halves, 1), np.random.default_rng(4).random(50_000)])
    got = rounded(values, 4)
    assert got == [round(v, 4) for v in values.tolist()]
    assert list(map(repr, got)) == [repr(round(v, 4)) for v in values.tolist()]

"""The classifier's lexicon features leave mentions out: a loaded word inside a quoted term the
outlet only names (`The term "fake news" ...`, `Span.mention`) keeps voice "author" but is no one's
use of the word, so, as in the own-voice scores, it feeds no feature of its sentence.  (The other
feature definitions of framing.sentence_features are tested in tests/test_classify.py.)"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from framing.classify import load_model
from framing.models import MENTION_RULE, Span
from framing.sentence_columns import LexiconColumns, counted_findings
from framing.sentence_features import has_author_loaded, lexicon_keys, lexicon_matrix, sentence_records

MENTIONED = 'The term "fake news" was popularised in 2016.'
USED = "The fake news was popularised in 2016."


def loaded(rule=None, voice="author"):
    return Span(4, 13, "fake news", "loaded", category="political_pejorative", voice=voice, lexicon="loaded", rule=rule)


@pytest.mark.parametrize(
    "rule, keys",
    [
        (None, ["loaded", "loaded:author", "loaded/political_pejorative:author"]),
        ("plain-sense: 'fake' is a plain use", ["loaded", "loaded:author", "loaded/political_pejorative:author"]),
        (MENTION_RULE, []),
        (MENTION_RULE + "; proper-name: a capitalised word inside a name, not the loaded word", []),  # a context rule's note after it
    ],
)
def test_a_mention_has_no_lexicon_keys(rule, keys):
    assert lexicon_keys(loaded(rule)) == keys


def test_the_pipeline_marks_the_named_term_a_mention_in_the_outlets_voice():
    (mentioned,) = sentence_records([MENTIONED])
    found = [(s.type, s.text, s.voice, s.mention) for s in mentioned.spans]
    assert found == [("quote", '"fake news"', "author", False), ("loaded", "fake news", "author", True)]
    (used,) = sentence_records([USED])
    assert [(s.type, s.text, s.voice, s.mention) for s in used.spans] == [("loaded", "fake news", "author", False)]


def test_a_mention_does_not_feed_the_author_loaded_features_of_its_sentence():
    vocabulary = {k: i for i, k in enumerate(["loaded", "loaded:author", "loaded/political_pejorative:author", "quote/mention"])}
    mentioned, used = sentence_records([MENTIONED, USED])
    x = lexicon_matrix([mentioned.spans, used.spans], vocabulary)
    # the mentioned term: only its quotation (category "mention") counts; the used one: its three keys
    assert x.tolist() == [[0.0, 0.0, 0.0, np.log(2)], [np.log(2), np.log(2), np.log(2), 0.0]]
    assert not has_author_loaded(mentioned.spans) and has_author_loaded(used.spans)


def test_the_fast_path_leaves_mentions_out_as_the_definition_does():
    spans = [loaded(), loaded(MENTION_RULE), loaded(voice="quoted"), loaded("plain-sense: 'fake' is a plain use")]
    rows = np.array([0, 0, 1, 1])
    kept_rows, kept = counted_findings(rows, spans)
    assert kept_rows.tolist() == [0, 1, 1] and kept == [spans[0], spans[2], spans[3]]
    vocabulary = ["loaded", "loaded:author", "loaded:quoted"]
    columns, weights = LexiconColumns(vocabulary), np.array([0.5, 2.0, -1.0])
    expected = lexicon_matrix([spans[:2], spans[2:]], {k: i for i, k in enumerate(vocabulary)})
    assert np.allclose(expected, [[np.log(2), np.log(2), 0.0], [np.log(3), np.log(2), np.log(2)]], rtol=0, atol=1e-15)
    assert np.array_equal(columns.matrix(rows, spans, 2), expected)
    assert np.allclose(columns.dots(rows, spans, 2, weights), expected @ weights, rtol=0, atol=1e-15)
    # the mention first, then the same kind used: the per-kind cache is not fooled by the order
    assert np.array_equal(LexiconColumns(vocabulary).matrix(np.array([0, 1]), [spans[1], spans[0]], 2),
                          [[0.0, 0.0, 0.0], [np.log(2), np.log(2), 0.0]])


def test_the_shipped_model_scores_a_mentioned_term_as_if_the_finding_were_not_there():
    model = load_model()
    (record,) = sentence_records([MENTIONED])
    mention = record.spans[1]
    without = [s for s in record.spans if s is not mention]
    as_used = [s if s is not mention else replace(s, rule=None) for s in record.spans]
    p_mention, p_without, p_used = (float(model.probabilities([MENTIONED], [found])[0]) for found in (record.spans, without, as_used))
    assert p_mention == p_without
    assert p_used > p_mention + 0.05  # counted as the outlet's own loaded word, it would push towards "biased"

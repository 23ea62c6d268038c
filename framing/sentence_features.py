"""What the sentence classifier sees of a sentence: word n-grams, character n-grams, lexicon
findings by lexicon, category and voice, and (where the training data marks them) how often each
word was marked as bias-inducing.

The n-gram analysers are plain functions used both when training (as scikit-learn `analyzer`s)
and when scoring, so the two can never tokenise differently.  The two featurisers follow
scikit-learn conventions (`__init__` stores parameters, `fit` returns self, learned state ends in
`_`, `get_feature_names_out`), so they drop into a `FeatureUnion`; they live in
`framing.training`, so scoring never imports scikit-learn.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from framing.lexicon import LexiconSet
from framing.models import Article, Span
from framing.pipeline import Analyzer

WORD_NGRAM_RE = re.compile(r"(?u)\b\w\w+\b")  # scikit-learn's default token pattern
MARKED_WORD_RE = re.compile(r"\w+(?:[-'’]\w+)*")  # framing's word tokens (see segment.WORD_RE)
CHAR_NGRAM_RANGE = (2, 5)


@dataclass(slots=True)
class SentenceRecord:
    """One sentence as the classifier's featurisers take it.

    `spans` are the lexicon findings inside the sentence (from `framing.analyze`), `marked` the
    words annotators marked as bias-inducing (training data only; empty when scoring).
    """

    text: str
    spans: Sequence[Span] = ()
    marked: frozenset[str] = field(default_factory=frozenset)


def sentence_records(texts: Sequence[str], marked: Sequence[frozenset[str]] | None = None, lexicons: LexiconSet | None = None) -> list[SentenceRecord]:
    """Each text analysed on its own (as a one-sentence article) for its lexicon findings."""
    analyzer = Analyzer(lexicons)
    records = []
    for i, text in enumerate(texts):
        spans = analyzer.analyze(Article(id=str(i), text=text)).spans
        records.append(SentenceRecord(text, spans, marked[i] if marked is not None else frozenset()))
    return records


def record_texts(records: Sequence[SentenceRecord]) -> list[str]:
    """The texts of records: the first step of the n-gram branches of the pipeline."""
    return [r.text for r in records]


def word_ngrams(text: str) -> list[str]:
    """Lower-cased word unigrams and bigrams (tokens of two or more word characters)."""
    tokens = WORD_NGRAM_RE.findall(text.lower())
    return tokens + [f"{a} {b}" for a, b in zip(tokens, tokens[1:])]


def char_ngrams_of_word(word: str) -> tuple[str, ...]:
    """Character 2- to 5-grams of one space-padded word, as scikit-learn's `char_wb` makes them
    (a padded word shorter than 5 counts once, whole, as its longest n-gram)."""
    return tuple(char_ngrams_of_words([word]))


def char_ngrams_of_words(words: Sequence[str]) -> list[str]:
    """`char_ngrams_of_word` of each word, one after the other, in one flat list (for scoring,
    where a batch of new words is looked up at once); `char_ngram_counts` says how many each."""
    low, high = CHAR_NGRAM_RANGE
    return [w[i : i + n] for w in (f" {word} " for word in words) for n in range(low, min(high, len(w)) + 1) for i in range(len(w) - n + 1)]


def char_ngram_counts(words: Sequence[str]) -> list[int]:
    """How many n-grams `char_ngrams_of_word` makes of each word: for a padded length L, the sum of
    L - n + 1 over n from the low end of the range to min(high end, L)."""
    low, high = CHAR_NGRAM_RANGE
    out = []
    for length in map(len, words):
        padded = length + 2
        top = min(high, padded)
        out.append((top - low + 1) * (padded + 1) - (top * (top + 1) - (low - 1) * low) // 2)
    return out


word_char_ngrams = lru_cache(maxsize=200_000)(char_ngrams_of_word)  # training: words repeat


def char_ngrams(text: str) -> list[str]:
    """Character n-grams within words (`char_wb`); cached per word, since words repeat."""
    out: list[str] = []
    for word in text.lower().split():
        out.extend(word_char_ngrams(word))
    return out


def marked_tokens(text: str) -> list[str]:
    """The word tokens that marked-word rates are counted over (lower-cased)."""
    return MARKED_WORD_RE.findall(text.lower().replace("’", "'"))


def parse_marked_words(cell: str) -> frozenset[str]:
    """Marked words from a CSV cell: a Python-style list (BABE's `['bizarre', 'pig-headed']`)
    or words separated by commas or semicolons.  Literal parsing only: nothing is executed."""
    cell = (cell or "").strip()
    if not cell:
        return frozenset()
    items: Iterable[str]
    try:
        value = ast.literal_eval(cell) if cell.startswith("[") else None
    except (ValueError, SyntaxError):
        value = None
    if isinstance(value, list):
        items = (str(v) for v in value)
    else:
        items = re.split(r"[,;]", cell.strip("[]"))
    return frozenset(t for item in items for t in marked_tokens(item.strip(" '\"")))


def lexicon_keys(span: Span) -> list[str]:
    """The lexicon feature names one finding counts towards: by type, voice, lexicon and category.

    None for a mention (`The term "fake news" ...`: a loaded, hedge or booster word inside a quoted
    term the outlet only names, `Span.mention`): it keeps voice "author" but is no one's use of the
    word, so, as in the own-voice scores (`framing.score.ScoreInput.findings`), it feeds nothing."""
    if span.mention:
        return []
    return list(_lexicon_keys(span.type, span.voice, span.lexicon, span.category, span.stance))


@lru_cache(maxsize=4096)
def _lexicon_keys(type_: str, voice: str | None, lexicon: str | None, category: str | None, stance: str | None) -> tuple[str, ...]:
    if type_ in ("loaded", "hedge", "booster"):
        voice = voice or "author"
        return (type_, f"{type_}:{voice}", f"{lexicon or type_}/{category}:{voice}")
    if type_ == "attribution":
        return ("attribution", f"attribution/{stance}")
    if type_ == "quote":
        return (f"quote/{category}",)
    return (type_,)


def has_author_loaded(spans: Iterable[Span]) -> bool:
    """The lexicon-only baseline's decision: the sentence holds a loaded word in the outlet's voice
    (a mention, named and not used, is not one)."""
    return any(s.type == "loaded" and s.voice == "author" and not s.mention for s in spans)


def lexicon_matrix(span_lists: Sequence[Sequence[Span]], vocabulary: dict[str, int]) -> np.ndarray:
    """log(1 + count) of each known lexicon feature per sentence (dense: sentences are few a call);
    mentions count nothing (`lexicon_keys`)."""
    width = len(vocabulary)
    cells = []  # row * width + column, once per finding and feature
    for i, spans in enumerate(span_lists):
        for s in spans:
            for k in lexicon_keys(s):
                j = vocabulary.get(k)
                if j is not None:
                    cells.append(i * width + j)
    counts = np.bincount(np.asarray(cells, dtype=np.intp), minlength=len(span_lists) * width)
    return np.log1p(counts.astype(np.float64)).reshape(len(span_lists), width)


MARKED_FEATURES = ("max", "second", "sum")


def marked_matrix(texts: Sequence[str], rates: dict[str, float]) -> np.ndarray:
    """Per sentence: the largest, second largest and summed marked-word rates of its words."""
    out = np.zeros((len(texts), len(MARKED_FEATURES)))
    for i, text in enumerate(texts):
        found = sorted((rates[w] for w in set(marked_tokens(text)) if w in rates), reverse=True)
        if found:
            out[i] = (found[0], found[1] if len(found) > 1 else 0.0, sum(found))
    return out

"""The whole flow for one article, and lazily for a corpus: ingest -> clean -> segment -> quotes ->
detect -> score.  `Analyzer` compiles lexicons (and a model) once and reuses them per article."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, Protocol

from framing import clean, detect, ingest, quotes, score, segment
from framing.duplicate_texts import Duplicates
from framing.lexicon import LexiconSet, load
from framing.spacing import plain_spacing
from framing.models import Analysis, Article, IngestError, Sentence

MATCHED_LEXICONS = quotes.VOICE_LEXICONS + detect.LEXICAL_TYPES


class SentenceModel(Protocol):
    """What the pipeline needs of a sentence classifier (see framing.classify)."""

    name: str
    threshold: float

    def sentence_probabilities(self, text: str, sentences: Sequence[Sentence], analysis: Analysis) -> list[float]: ...


class Analyzer:
    """Analyses articles with one set of lexicons and, optionally, one sentence classifier."""

    def __init__(self, lexicons: LexiconSet | None = None, model: SentenceModel | None = None) -> None:
        self.lexicons = lexicons if lexicons is not None else load()
        self.model = model

    def analyze(self, article: Article) -> Analysis:
        # a lone CR, U+2028, ... made "\n", a tab or no-break space " ", one for one: the offsets are still the text's as read
        text = plain_spacing(article.text)
        ignored = clean.ignored_ranges(text, article.title, article.metadata)
        tokens = segment.tokens_outside(text, ignored)
        sentences = segment.sentences(text, ignored)
        # One pass of the matcher for both stages: each takes the matches of its own lexicons.
        matches = self.lexicons.match(tokens, MATCHED_LEXICONS + self.lexicons.new_lexicons)
        voice = quotes.analyse_voice(text, tokens, sentences, ignored, self.lexicons, matches)
        spans = detect.detect(text, tokens, sentences, voice, self.lexicons, matches)
        if text is not article.text:
            for s in spans:
                s.text = article.text[s.start:s.end]
        quoted_words = voice.quoted_word_count(tokens)
        for s in sentences:
            if voice.quote_at(s.start) is not None and voice.quote_at(s.end - 1) is not None:
                s.voice = "quoted"
        analysis = Analysis(article, len(tokens), sentences, spans, ignored, {}, list(voice.warnings), quoted_words=quoted_words)
        threshold = 0.5
        if self.model is not None:
            probs = self.model.sentence_probabilities(text, sentences, analysis)
            for s, p in zip(sentences, probs):
                s.bias_probability = p
            analysis.model = self.model.name
            threshold = self.model.threshold
        analysis.scores = score.compute(score.ScoreInput(len(tokens), quoted_words, spans, sentences, threshold),
                                        self.lexicons.new_lexicons)
        return analysis


def analyze(
    text: str,
    outlet: str | None = None,
    title: str | None = None,
    *,
    id: str = "text",
    date: str | None = None,
    lexicons: Sequence[str | Path] = (),
    model: SentenceModel | None = None,
) -> Analysis:
    """Analyse one text: its findings (spans), ignored boilerplate and scores."""
    if not isinstance(text, str):  # df.text.map(framing.analyze) meets NaN: say so, not "expected string" from a regex
        missing = text is None or (isinstance(text, float) and text != text)
        raise TypeError(f"framing.analyze: text must be a str, not {type(text).__name__}"
                        + (" (a missing value: leave such rows out first, e.g. df.dropna(subset=['text']))" if missing else ""))
    article = Article(id=id, text=text, outlet=outlet, title=title, date=date)
    return Analyzer(load(lexicons), model).analyze(article)


def analyze_corpus(
    paths: Sequence[str | Path],
    *,
    outlet: str | None = None,
    lexicons: Sequence[str | Path] = (),
    model: SentenceModel | None = None,
    duplicates: Duplicates | None = None,
) -> Iterator[Analysis | IngestError]:
    """Analyse every article under `paths`, lazily; unreadable inputs come through as IngestError,
    and so does an article framing itself fails on (a bug of ours must not end the caller's loop).

    An article whose text repeats an earlier one's carries a warning in its `warnings` naming the
    first ("exact duplicate: the same text as news/a.txt"), as in `framing score` output: a
    duplicate weighs its outlet twice.  To read the totals afterwards, pass a `Duplicates()` of
    your own and read `duplicates.articles` or `duplicates.lines()` once the results are consumed
    (the library never prints); `Duplicates(near=NearDuplicates(0.7))` (framing.near_duplicates) also
    warns about near copies, such as one wire story run by three outlets with another lede.
    """
    analyzer = Analyzer(load(lexicons), model)
    checked = (duplicates if duplicates is not None else Duplicates()).check(ingest.read_articles(paths, outlet=outlet))
    for item in checked:
        yield item if isinstance(item, IngestError) else guarded(analyzer.analyze, item)


def guarded(run: Callable[[Article], Any], article: Article) -> Any:
    """`run(article)`, or, if framing itself fails on the article, an IngestError saying so: one
    article that meets a bug must not sink the run (a traceback ended it, losing every later one)."""
    try:
        return run(article)
    except Exception as e:  # noqa: BLE001 - any failure of ours on one article is reported, not raised
        return analysis_failed(article, e)


def analysis_failed(article: Article, error: Exception) -> IngestError:
    """The error row for an article framing failed to analyse: where it is, what failed, what to do."""
    what = f"{type(error).__name__}: {error}".replace("\n", " ").replace("\r", " ")[:200]
    return IngestError(article.source_path or article.id, f"framing failed on this article ({what}); it was left out and the "
                       "rest were scored; please report it as a bug, with the article", article.line, article.id,
                       article.source_id)

"""The core pipeline on the two seed articles: what a teacher would point at, finding by finding."""

from __future__ import annotations

import pytest

import framing
from framing.models import Analysis

INDEPENDENT = "independent-putin-no-show"
OGM = "ogmnews-putin-skips-talks"


def spans_at(analysis: Analysis, phrase: str, type_: str, context: str | None = None):
    """Spans of `type_` whose text is `phrase`, optionally only inside the first occurrence of `context`."""
    text = analysis.article.text
    lo, hi = 0, len(text)
    if context is not None:
        lo = text.index(context)
        hi = lo + len(context)
    return [s for s in analysis.spans if s.type == type_ and s.text.lower() == phrase.lower() and lo <= s.start and s.end <= hi]


def in_ignored(analysis: Analysis, phrase: str) -> bool:
    start = analysis.article.text.index(phrase)
    end = start + len(phrase)
    return any(r.start <= start and end <= r.end for r in analysis.ignored)


HEADLINE = "Why Putin’s no-show at peace talks in Turkey is all part of his brutal pantomime"


@pytest.mark.parametrize("word", ["pantomime", "brutal"])
def test_independent_headline_words_are_loaded_in_the_outlets_voice(seed_analyses, word):
    [span] = spans_at(seed_analyses[INDEPENDENT], word, "loaded", HEADLINE)
    assert span.voice == "author"
    assert span.speaker is None


@pytest.mark.parametrize(
    "word, speaker",
    [("pathetic", "Sergey Lavrov"), ("dummy", "Maria Zakharova"), ("clown", "Maria Zakharova"), ("loser", "Maria Zakharova")],
)
def test_insults_inside_quotations_are_the_speakers_words(seed_analyses, word, speaker):
    [span] = spans_at(seed_analyses[OGM], word, "loaded")
    assert span.voice == "quoted"
    assert span.speaker == speaker


def test_one_senior_source_said_is_an_anonymous_attribution(seed_analyses):
    a = seed_analyses[INDEPENDENT]
    [cue] = spans_at(a, "said", "attribution", "one senior source said")
    assert cue.verb == "say"
    assert cue.stance == "neutral"
    assert cue.speaker == "anonymous"
    assert any(s.type == "anonymous_source" and s.text == "one senior source" for s in a.spans)


def test_suggested_in_the_outlets_own_sentence_is_a_hedge(seed_analyses):
    context = "The verbal attacks reflected a deepening of hostilities and suggested that Moscow"
    [span] = spans_at(seed_analyses[OGM], "suggested", "hedge", context)
    assert span.voice == "author"


def test_theatrics_is_loaded_in_the_outlets_voice(seed_analyses):
    [span] = spans_at(seed_analyses[OGM], "theatrics", "loaded")
    assert span.voice == "author"


@pytest.mark.parametrize(
    "article, phrase",
    [
        (INDEPENDENT, "(AFP/Getty)"),
        (INDEPENDENT, "Sign up to read this article"),
        (INDEPENDENT, "Get all your news in one place."),
        (OGM, "Leave a Reply"),
    ],
)
def test_boilerplate_lies_in_ignored_ranges(seed_analyses, article, phrase):
    assert in_ignored(seed_analyses[article], phrase)


def test_nothing_is_found_inside_ignored_ranges(seed_analyses):
    for a in seed_analyses.values():
        for s in a.spans:
            assert not any(r.start <= s.start and s.end <= r.end for r in a.ignored), s


def test_every_span_points_at_its_own_text(seed_analyses):
    for a in seed_analyses.values():
        assert a.spans
        for s in a.spans:
            assert a.article.text[s.start : s.end] == s.text
            for r in (s.source, s.content):
                if r is not None:
                    assert 0 <= r.start < r.end <= len(a.article.text)


@pytest.mark.parametrize(
    "text, hedges",
    [
        ("The talks were held in May and ended in June.", []),
        ("The summit opened on May 14 in Istanbul.", []),
        ("Theresa May said the deal was done.", []),
        ("The talks may collapse before Friday.", ["may"]),
        ("May they succeed, the minister said.", ["May"]),
    ],
)
def test_may_is_a_hedge_only_as_the_modal(text, hedges):
    found = [s.text for s in framing.analyze(text).spans if s.type == "hedge"]
    assert found == hedges


@pytest.mark.parametrize(
    "text, type_, phrase",
    [
        ("There is no doubt that the plan failed.", "booster", "There is no doubt"),
        ("Without question, the vote was rigged.", "booster", "Without question"),
        ("Officials doubt that the plan will work.", "hedge", "doubt"),
        ("It is not certain that the talks will go ahead.", "hedge", "certain"),
    ],
)
def test_negation_decides_between_hedge_and_booster(text, type_, phrase):
    epistemic = [(s.type, s.text) for s in framing.analyze(text).spans if s.type in ("hedge", "booster")]
    assert epistemic == [(type_, phrase)]


def test_analyze_reports_scores_computed_from_the_spans():
    text = 'The minister slammed the "pathetic" plan. Critics said it was a farce.'
    a = framing.analyze(text, outlet="Test")
    loaded = [(s.text, s.voice) for s in a.spans if s.type == "loaded"]
    assert ("farce", "author") in loaded
    assert a.words == 12
    author_loaded = sum(1 for s in a.spans if s.type == "loaded" and s.voice == "author")
    author_words = a.words - round(a.scores["quote_share"] * a.words)
    assert a.scores["loaded_author_per_1k"] == round(author_loaded * 1000 / author_words, 2)


def test_analyze_corpus_is_lazy_and_keeps_going_after_a_bad_file(tmp_path):
    (tmp_path / "a.txt").write_text("Headline\n\nThe plan was a farce, critics said.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    results = framing.analyze_corpus([tmp_path])
    assert not isinstance(results, list)
    items = list(results)
    assert [type(i).__name__ for i in items] == ["Analysis", "IngestError"]
    assert "b.txt" in str(items[1])


def test_analyze_corpus_marks_a_repeated_text_and_counts_it_for_the_caller(tmp_path):
    from framing.duplicate_texts import Duplicates

    story = "Headline\n\nThe plan was a farce, critics said.\n"
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(story, encoding="utf-8")
    (tmp_path / "c.jsonl").write_text('{"id": "x", "text": "Other words."}\n\n{"id": "y", "text": "Other words."}\n', encoding="utf-8")
    duplicates = Duplicates()
    results = list(framing.analyze_corpus([tmp_path], duplicates=duplicates))
    assert {a.article.id: a.to_dict()["warnings"] for a in results} == {
        "a": [], "b": [f"exact duplicate: the same text as {tmp_path / 'a.txt'}"],
        "c:x": [], "c:y": [f"exact duplicate: the same text as {tmp_path / 'c.jsonl'}, line 1 (this article: line 3)"]}
    assert duplicates.lines() == [f"2 articles repeat an earlier article's text exactly; the first: {tmp_path / 'b.txt'} (b) has the same text as {tmp_path / 'a.txt'}",
                                  f"  also: {tmp_path / 'c.jsonl'}, line 3 (c:y) has the same text as {tmp_path / 'c.jsonl'}, line 1"]
    assert [a.to_dict()["warnings"] for a in framing.analyze_corpus([tmp_path / "a.txt", tmp_path / "b.txt"])][1] == [
        f"exact duplicate: the same text as {tmp_path / 'a.txt'}"]  # on without a Duplicates of the caller's


def test_analyze_corpus_reports_an_article_framing_fails_on_and_goes_on(tmp_path, monkeypatch):
    """A bug of ours met on one article is that article's error, as in `framing score`: the
    library caller still gets every later article."""
    from framing.pipeline import Analyzer
    (tmp_path / "a.txt").write_text("Boom\n\nThis one trips the analyzer.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Calm\n\nThe plan was a farce, critics said.", encoding="utf-8")
    real = Analyzer.analyze

    def analyze(self, article):
        if article.title == "Boom":
            raise ValueError("unexpected state")
        return real(self, article)

    monkeypatch.setattr(Analyzer, "analyze", analyze)
    items = list(framing.analyze_corpus([tmp_path]))
    assert [type(i).__name__ for i in items] == ["IngestError", "Analysis"]
    assert items[0].path.endswith("a.txt")
    assert "framing failed on this article (ValueError: unexpected state)" in items[0].message
    assert "report it as a bug" in items[0].message
    assert items[1].article.title == "Calm"

"""Article scores, each derived from the spans so it can be traced back to them.

Every score is a small function registered in `SCORES`; its docstring is the definition the report's
methods section and `framing score --explain` show, so what we say and what we compute cannot drift.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from framing.models import Sentence, Span

Number = float | int | None


@dataclass(slots=True, frozen=True)
class ScoreInput:
    """What scores are computed from: counts of analysed words by voice, and the findings."""

    words: int  # word tokens outside ignored ranges
    quoted_words: int  # of those, words inside spoken quotations
    spans: Sequence[Span]
    sentences: Sequence[Sentence]
    threshold: float = 0.5  # the classifier's decision threshold for "biased"
    # type -> every finding of it in text order, mentions included (`of_type`): most scores read
    # one type, so the findings are grouped once rather than all read again by each score
    _all_by_type: dict[str, list[Span]] = field(init=False, repr=False, compare=False)
    # type -> its findings with mentions left out (`findings`): the same lists unless the article
    # has a mention
    _by_type: dict[str, list[Span]] = field(init=False, repr=False, compare=False)
    # read by two scores: worked out once
    _author_probabilities: list[float] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        every: dict[str, list[Span]] = {}
        has_mention = False
        for s in self.spans:
            found = every.get(s.type)
            if found is None:
                every[s.type] = [s]
            else:
                found.append(s)
            # (`s.rule is not None` first: most findings have no rule, and a property call on
            # each of them cost more than the rest of scoring)
            if s.rule is not None and s.mention:
                has_mention = True
        used = every
        if has_mention:  # rare: `The term "deep state" refers to ...`
            used = {type_: [s for s in found if not s.mention] for type_, found in every.items()}
        # (`bias_probability` tested first: it is None on every sentence when no model ran)
        probabilities = [s.bias_probability for s in self.sentences
                         if s.bias_probability is not None and s.voice == "author"]
        object.__setattr__(self, "_all_by_type", every)  # (frozen)
        object.__setattr__(self, "_by_type", used)
        object.__setattr__(self, "_author_probabilities", probabilities)

    @property
    def author_words(self) -> int:
        return self.words - self.quoted_words

    def findings(self, type_: str, voice: str | None = None) -> Iterator[Span]:
        """Findings of one type (and voice), mentions left out: a quoted term that is only named
        (`The term "deep state" refers to ...`, `Span.mention`) is no one's use of the word."""
        found = self._by_type.get(type_, [])
        return iter(found) if voice is None else (s for s in found if s.voice == voice)

    def count(self, type_: str, voice: str | None = None) -> int:
        """How many `findings(type_, voice)` there are (the voices listed and counted: cheaper
        than a generator that yields each finding)."""
        found = self._by_type.get(type_, [])
        return len(found) if voice is None else [s.voice for s in found].count(voice)

    def of_type(self, type_: str) -> list[Span]:
        """Every finding of one type in text order, mentions included (quotations and
        attributions are counted whole)."""
        return list(self._all_by_type.get(type_, ()))

    def author_probabilities(self) -> list[float]:
        """Classifier probabilities of the outlet's own-voice sentences (empty when no model ran)."""
        return list(self._author_probabilities)

    def attributions(self) -> list[Span]:
        return self.of_type("attribution")


def per_1k(count: int, words: int) -> float | None:
    """A rate per 1,000 words, rounded to 2 places; None where there are no words to divide by."""
    return round(count * 1000 / words, 2) if words else None


def share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


SCORES: dict[str, Callable[[ScoreInput], Number]] = {}


def score(fn: Callable[[ScoreInput], Number]) -> Callable[[ScoreInput], Number]:
    SCORES[fn.__name__] = fn
    return fn


@score
def loaded_author_per_1k(x: ScoreInput) -> Number:
    """Loaded-language findings in the outlet's own voice per 1,000 words in the outlet's own voice
    (analysed words outside spoken quotations).  A loaded term the outlet only names, not uses
    (`The term "deep state" refers to ...`: a mention, its rule starting "mention:") is left out."""
    return per_1k(x.count("loaded", "author"), x.author_words)


@score
def loaded_quoted_per_1k(x: ScoreInput) -> Number:
    """Loaded-language findings inside spoken quotations per 1,000 quoted words: the sources' words,
    which the outlet chose to quote but did not say itself."""
    return per_1k(x.count("loaded", "quoted"), x.quoted_words)


@score
def loaded_per_1k(x: ScoreInput) -> Number:
    """All loaded-language findings, whatever the voice, per 1,000 analysed words (mentions of a
    term, named and not used, left out)."""
    return per_1k(x.count("loaded"), x.words)


@score
def loaded_weighted_author_per_1k(x: ScoreInput) -> Number:
    """Like loaded_author_per_1k, but each finding counts its lexicon intensity weight (1-3);
    mentions left out as there."""
    total = sum(s.weight or 1 for s in x.findings("loaded", "author"))
    return per_1k(total, x.author_words)


@score
def hedge_per_1k(x: ScoreInput) -> Number:
    """Hedges in the outlet's own voice per 1,000 words in the outlet's own voice (a hedge inside a
    quoted term the outlet only names, not uses, left out)."""
    return per_1k(x.count("hedge", "author"), x.author_words)


@score
def booster_per_1k(x: ScoreInput) -> Number:
    """Boosters in the outlet's own voice per 1,000 words in the outlet's own voice (a booster
    inside a quoted term the outlet only names, not uses, left out)."""
    return per_1k(x.count("booster", "author"), x.author_words)


@score
def quote_share(x: ScoreInput) -> Number:
    """Share of analysed words that lie inside spoken quotations (scare quotes and terms only named,
    not used, excluded)."""
    return share(x.quoted_words, x.words)


@score
def quotes(x: ScoreInput) -> Number:
    """Number of spoken quotations (direct quotes and credited fragments)."""
    return sum(1 for s in x.of_type("quote") if s.voice == "quoted")


@score
def attributions(x: ScoreInput) -> Number:
    """Number of attribution cues: reporting verbs and phrases such as "said", "according to"."""
    return len(x.attributions())


@score
def anonymous_source_share(x: ScoreInput) -> Number:
    """Share of attributions whose speaker is an anonymous source ("a senior official said")."""
    atts = x.attributions()
    return share(sum(1 for a in atts if a.speaker == "anonymous"), len(atts))


_NOT_SPEECH = frozenset({"thought", "no_comment"})  # stances left out of nonneutral_verb_share


@score
def nonneutral_verb_share(x: ScoreInput) -> Number:
    """Of the attributions that report speech, the share whose verb is not in the neutral stance
    class ("claimed", "admitted", "slammed" rather than "said", "told").

    Cues of the `thought` class ("believes", "wants", "backs") are left out of both counts: they
    report what someone thinks, not a choice of how to frame what they said, so counting them as
    loaded verbs would raise the share of an article that merely reports opinions.  So are the
    `no_comment` cues ("declined to comment", "did not respond to a request for comment"): they
    report that nothing was said, so there is no saying to frame, and an outlet that asks for
    comment more often would otherwise look more neutral. None when no attribution reports speech."""
    speech = [a for a in x.attributions() if a.stance not in _NOT_SPEECH]
    return share(sum(1 for a in speech if a.stance and a.stance != "neutral"), len(speech))


@score
def biased_sentence_share(x: ScoreInput) -> Number:
    """Share of the outlet's own-voice sentences whose classifier probability of being biased is at
    or above the model's threshold; None when no classifier ran."""
    probs = x.author_probabilities()
    return share(sum(1 for p in probs if p >= x.threshold), len(probs)) if probs else None


@score
def mean_bias_probability(x: ScoreInput) -> Number:
    """Mean classifier probability of being biased over the outlet's own-voice sentences; None
    when no classifier ran."""
    probs = x.author_probabilities()
    return round(sum(probs) / len(probs), 4) if probs else None


def compute(x: ScoreInput, new_lexicons: Sequence[str] = ()) -> dict[str, Number]:
    """Every registered score of one article, then the three of each lexicon of the user's own
    (`LexiconSet.new_lexicons`: `euphemism_author_per_1k`, ..., framing.user_lexicons)."""
    scores = {name: fn(x) for name, fn in SCORES.items()}
    if new_lexicons:
        scores.update((name, fn(x)) for name, fn in _lexicon_scores(tuple(new_lexicons)).items())
    return scores


def describe(new_lexicons: Sequence[str] = ()) -> dict[str, str]:
    """Score name -> its definition in plain words (the function's docstring), the scores of the
    user's own lexicons included."""
    fns = {**SCORES, **_lexicon_scores(tuple(new_lexicons))} if new_lexicons else SCORES
    return {name: " ".join((fn.__doc__ or "").split()) for name, fn in fns.items()}


@lru_cache(maxsize=16)
def _lexicon_scores(new_lexicons: tuple[str, ...]) -> dict[str, Callable[[ScoreInput], Number]]:
    """The score functions of the user's lexicons, made once per run's set of them."""
    from framing.user_lexicons import lexicon_scores

    return lexicon_scores(new_lexicons)

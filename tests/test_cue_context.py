"""What `framing.cue_context` reads around a reporting cue before the patterns of
`framing.attribution` are tried, the cues it turns down, and how `framing.complement_cues`
(pattern 5) weighs a cue's complement: each row is a sentence, the cue word and what is expected
(None when the cue is no reporting verb there).  The patterns as a whole: tests/test_attribution.py."""

from __future__ import annotations

import pytest

from framing import attribution, segment
from framing.complement_cues import subject_complement
from framing.cue_context import find_subject, read_context
from framing.lexicon import load
from framing.quotes import analyse_voice


def contexts_of(text: str, monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    """Each cue word -> its CueContext (or None), read as `attribution` sees the article."""
    found: dict[str, object] = {}
    real = attribution.attributions

    def reading(art, cue_list):
        for cue in cue_list:
            start, end = art.tokens[cue.first].start, art.tokens[cue.last].end
            found[text[start:end]] = read_context(art, cue, None, set())
        return real(art, cue_list)

    monkeypatch.setattr(attribution, "attributions", reading)
    analyse_voice(text, segment.word_tokens(text), segment.sentences(text), (), load())
    return found


@pytest.mark.parametrize(
    "text, cue, verb, has_that, before, after, participle",  # before/after: the words (not punctuation) around it
    [
        ("Lavrov said that the talks were a show.", "said", "say", True, "lavrov", "that", False),
        ("Lavrov said the talks were a show.", "said", "say", False, "lavrov", "the", False),
        ("She doubled down, telling CNN the deal was dead.", "telling", "tell", False, "down", "cnn", True),
    ],
)
def test_the_context_read_once_per_cue(text, cue, verb, has_that, before, after, participle, monkeypatch) -> None:
    c = contexts_of(text, monkeypatch)[cue]
    assert (c.verb, c.has_that, c.before, c.after, c.participle) == (verb, has_that, before, after, participle)
    assert text[c.cue_start : c.cue_end] == cue
    assert text[c.s_start : c.s_end].rstrip() == text


@pytest.mark.parametrize(
    "text, cue",
    [
        ("She went on to say the plan was dead.", "say"),  # the fixed phrase is read by cue_patterns
        ("He failed to show up on Monday.", "show"),  # a particle verb
        ("They criticized Fiorina for telling the truth.", "telling"),  # the reason for another act
        ("He is expected in Istanbul on Friday.", "expected"),  # a schedule, not a belief
        ("The parties agreed to the talks.", "agreed"),  # consent to an act
    ],
)
def test_cues_that_are_no_reporting_verb_where_they_stand(text: str, cue: str, monkeypatch) -> None:
    assert contexts_of(text, monkeypatch)[cue] is None


@pytest.mark.parametrize(
    "text, cue, subject",
    [
        ("Foreign Minister Sergey Lavrov claimed that the talks were a show.", "claimed", "Foreign Minister Sergey Lavrov"),
        ("Critics seized on Trump's claim that the vote was rigged.", "claim", "Trump's"),  # the possessor
    ],
)
def test_the_subject_found_before_the_cue(text: str, cue: str, subject: str, monkeypatch) -> None:
    c = contexts_of(text, monkeypatch)[cue]
    find_subject(c)
    first, last = c.subject
    assert text[c.art.tokens[first].start : c.art.tokens[last].end] == subject


@pytest.mark.parametrize(
    "text, cue, content",
    [
        ("Lavrov said the talks were a show.", "said", "the talks were a show"),  # weight 3: any complement
        ("The senator slammed the new tax plan as a giveaway.", "slammed", "the new tax plan as a giveaway"),
        ("He slammed the door.", "slammed", None),  # weight 2, a terse object: no report
        ("He added salt.", "added", None),  # weight 1: only with a that-clause or a quotation
        ("He added that the plan was dead.", "added", "the plan was dead"),
    ],
)
def test_the_complement_pattern_weighs_the_cue(text: str, cue: str, content: str | None, monkeypatch) -> None:
    c = contexts_of(text, monkeypatch)[cue]
    find_subject(c)
    found = subject_complement(c)
    got = None if found is None or found[0].content is None else text[found[0].content.start : found[0].content.end]
    assert got == content


@pytest.mark.parametrize(
    "text, source",
    [
        # The source phrase ends before auxiliaries, negations and adverbs left at its end.
        ("It will not yet say whether it can pay.", "It"),
        ("Comey cannot say that it was wrong.", "Comey"),
        ("“Nothing prepares you,” the president will say, according to excerpts.", "the president"),
        ("Q: It is understandable that he’s saying everything is awful.", "he"),
        # (a capitalised "May" is a name, not the modal)
        ("British Prime Minister Theresa May suggested that it would withdraw.", "British Prime Minister Theresa May"),
    ],
)
def test_a_source_ends_before_trailing_auxiliaries(text, source) -> None:
    from test_attribution import attributions_of

    assert attributions_of(text)[0][4] == source

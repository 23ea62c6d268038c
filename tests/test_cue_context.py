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


def attributions_through_analyze(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(cue, source text, speaker, content text) of each attribution `framing.analyze` finds."""
    import framing

    def part(r):
        return text[r.start : r.end] if r is not None else None

    return [
        (s.text, part(s.source), s.speaker, part(s.content)) for s in framing.analyze(text).spans if s.type == "attribution"
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A participle clause fronted before the main clause (cue_context.opens_participle_clause)
        # has no subject of its own: the main clause's, after the comma, is its source (never
        # "Having"), and what is said ends at that comma (PolNeAR marks them so).
        (
            "Having said that he would resign, the minister left.",
            [("said", "the minister", "minister", "he would resign")],
        ),
        (
            "Having announced that he would not send me to prison, Judge Berman proceeded to hand down his sentence.",
            [("announced", "Judge Berman", "Berman", "he would not send me to prison")],
        ),
        (
            "After saying her right foot was swollen, she was whisked off to the hospital.",
            [("saying", "she", None, "her right foot was swollen")],
        ),
        (
            "Saying that the plan was dead, the Russian officials left.",
            [("Saying", "the Russian officials", "Russian officials", "the plan was dead")],
        ),
        (
            "Claiming the criticism is designed to pressure moderators, Trump told Fox that they hit Matt.",
            [
                ("Claiming", "Trump", "Trump", "the criticism is designed to pressure moderators"),
                ("told", "Trump", "Trump", "they hit Matt"),
            ],
        ),
        # The connective "Having said that," reports nothing; a capitalised imperative neither.
        ("Having said that, the minister left.", []),
        ("Read the rest of the story here.", []),
    ],
)
def test_a_fronted_participle_clause_credits_the_main_clause_subject(text, expected):
    assert attributions_through_analyze(text) == expected


def test_a_fronted_participle_clause_from_the_cli(tmp_path):
    """The way a user sees it: `framing score` JSONL gives the minister as the source's range."""
    import json

    from typer.testing import CliRunner

    from framing.cli import app

    text = "Having said that he would resign, the minister left."
    path = tmp_path / "resign.txt"
    path.write_text(text + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["score", str(path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    (record,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    (span,) = [s for s in record["spans"] if s["type"] == "attribution"]
    source, content = span["source"], span["content"]
    assert (text[source["start"] : source["end"]], text[content["start"] : content["end"]]) == ("the minister", "he would resign")


# A particle right after the cue makes another verb ("show up", "back down"); the first word of a
# quotation after the cue's comma is none: `recalled, "Out of nowhere, he said ..."` reports the
# quotation (it was no attribution at all, and the quotation credited to no one).
QUOTATION_OPENING_WITH_A_PARTICLE = [
    ('Douglas Brinkley, a historian who attended the session, recalled, "Out of nowhere, he said we should act."',
     # The source keeps the name's description up to its "who" clause, as for "James Fitzgerald, a
     # retired FBI profiler ... who ... told" (test_aside_subjects); the speaker is the name.
     [("recalled", "Douglas Brinkley", "Douglas Brinkley, a historian", '"Out of nowhere, he said we should act."')]),
    ('As he was led away, Mr. Trump yelled, "Out, out, out!"', [("yelled", "Trump", "Mr. Trump", '"Out, out, out!"')]),
    ('The mayor said, "Down the road, we will build it." He left.',
     [("said", "mayor", "The mayor", '"Down the road, we will build it."')]),
    # With no punctuation between, the particle still makes another verb.
    ("The senator backed down on Monday.", []),
]


@pytest.mark.parametrize("text, expected", QUOTATION_OPENING_WITH_A_PARTICLE)
def test_a_quotation_opening_with_a_particle_is_what_was_said(text: str, expected: list[tuple]) -> None:
    from voice_cases import analyzed_attributions

    assert analyzed_attributions(text) == expected


def test_a_quotation_opening_with_a_particle_from_framing_score(tmp_path) -> None:
    from voice_cases import scored_attributions

    text = 'Climate\n\nDouglas Brinkley recalled, "Out of nowhere, he said we should act."\n'
    spans = scored_attributions(tmp_path, text)
    assert [(s["text"], s["speaker"], text[s["content"]["start"] : s["content"]["end"]]) for s in spans] == [
        ("recalled", "Douglas Brinkley", '"Out of nowhere, he said we should act."')
    ]


# An -ed cue in a Title Case headline before "As", "Of", "With", "By" is a passive with its "is"
# left out: the name before it is who was identified or accused, not the source
# (`headline_participle`).  A headline's past tense after "Just" or "Who", or before an object,
# keeps the name as the source.
HEADLINE_PASSIVES = [
    ("Cesar Sayoc Identified As Mail Bomb Suspect\n\nPolice have arrested a suspect.",
     [("Identified", None, None, "Cesar Sayoc Identified As Mail Bomb Suspect")]),
    ("FDIC Accused Of Covering Up China Hacking\n\nThe hearing is on Monday.",
     [("Accused", None, None, "FDIC Accused Of Covering Up China Hacking")]),
    ("Rick Perry Just Announced His Official Endorsement Of Cruz\n\nIt was a surprise.",
     [("Announced", "Rick Perry", "Rick Perry", "His Official Endorsement Of Cruz")]),
    ("Trump Slams Cruz Over Remarks\n\nThe feud goes on.", [("Slams", "Trump", "Trump", "Cruz Over Remarks")]),
]


@pytest.mark.parametrize("text, expected", HEADLINE_PASSIVES)
def test_a_headline_participle_is_a_passive(text: str, expected: list[tuple]) -> None:
    from voice_cases import analyzed_attributions

    assert analyzed_attributions(text) == expected


def test_a_headline_participle_from_framing_score(tmp_path) -> None:
    """`framing score`: HuffPost's headline credits no one with identifying Sayoc (it was credited
    to "Cesar Sayoc", the man identified)."""
    from voice_cases import scored_attributions

    spans = scored_attributions(tmp_path, "Cesar Sayoc Identified As Mail Bomb Suspect\n\nPolice have arrested a suspect.\n")
    assert [(s["text"], s["speaker"]) for s in spans] == [("Identified", None)]


# A participle joined by "and" to a passive before it shares its "be" (`passive_after_and`): who
# was accused is no source.  An active verb after "and" keeps the subject.
PASSIVES_AFTER_AND = [
    ("He was arrested and accused of threatening to use a bomb.",
     [("accused", None, None, "He was arrested and accused of threatening to use a bomb")]),
    ("The officer was suspended and charged with assault in May.",
     [("charged", None, None, "with assault in May")]),
    ("Cruz was arrested and responded that the plan would work.",
     [("responded", "Cruz", "Cruz", "the plan would work")]),
]


@pytest.mark.parametrize("text, expected", PASSIVES_AFTER_AND)
def test_a_participle_after_a_passive_and_is_passive(text: str, expected: list[tuple]) -> None:
    from voice_cases import analyzed_attributions

    assert analyzed_attributions(text) == expected


def test_a_participle_after_a_passive_and_from_framing_score(tmp_path) -> None:
    """`framing score`: the NYT's "being arrested and accused of threatening to use a bomb"
    credits no one with the accusation (it was credited to Mr. Sayoc, the man accused)."""
    from voice_cases import scored_attributions

    text = "Mr. Sayoc was arrested and accused of threatening to use a bomb.\n"
    spans = scored_attributions(tmp_path, text)
    assert [(s["text"], s["speaker"], s["stance"]) for s in spans] == [("accused", None, "aggressive")]

"""A person described by their work for a body speaks as that person (framing/job_nouns.py, the
`job_noun` rows of lexicons/context_words.tsv): "a reporter for USA Today said" is the reporter's,
written as the description, never the paper's.  Rows: a text and its attributions as (cue,
speaker, source, content), exact substrings, through `framing.analyze`."""

from __future__ import annotations

import pytest

from framing.job_nouns import job_nouns, packaged_job_nouns
from framing.lexicon import load
from voice_cases import analyzed_attributions as attributions_of, scored_attributions


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "A reporter for USA Today said the plan was dead.",
            [("said", "reporter for USA Today", "A reporter for USA Today", "the plan was dead")],
        ),
        (
            '"Is it over?" a reporter for The Washington Post asked.',
            [("asked", "reporter for The Washington Post", "a reporter for The Washington Post", '"Is it over?"')],
        ),
        (
            "A producer for Yahoo Studios told the paper that the plan was dead.",
            [("told", "producer for Yahoo Studios", "A producer for Yahoo Studios", "the plan was dead")],
        ),
        (
            "A researcher at the Brookings Institution said the plan was dead.",
            [("said", "researcher at the Brookings Institution", "A researcher at the Brookings Institution", "the plan was dead")],
        ),
        (
            "A correspondent with NBC News said the plan was dead.",
            [("said", "correspondent with NBC News", "A correspondent with NBC News", "the plan was dead")],
        ),
        # As before: those who speak for someone, an unnamed-source noun, a name.
        (
            "A spokesman for USA Today said the plan was dead.",
            [("said", "anonymous", "A spokesman for USA Today", "the plan was dead")],
        ),
        (
            "An official with the Washington Post said the plan was dead.",
            [("said", "anonymous", "An official with the Washington Post", "the plan was dead")],
        ),
        (
            "A lawyer for Mr. Trump said the plan was dead.",
            [("said", "lawyer for Mr. Trump", "A lawyer for Mr. Trump", "the plan was dead")],
        ),
        (
            "Sen. Susan Collins of Maine said the plan was dead.",
            [("said", "Susan Collins", "Sen. Susan Collins of Maine", "the plan was dead")],
        ),
    ],
)
def test_a_described_worker_speaks_not_the_body(text: str, expected: list[tuple]) -> None:
    assert attributions_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # The subject of a coordinated verb or an infinitive, read from the clause's start: the
        # description that opens it, not the body in it (framing/clause_subjects.py).
        (
            "A reporter for USA Today spotted Stein and her press secretary and reported her presence on Twitter.",
            [("reported", "reporter for USA Today", "A reporter for USA Today", "her presence on Twitter")],
        ),
        (
            "The anchor for Univision, a Spanish-language channel, was trying insistently to ask a question.",
            [("ask", "anchor for Univision", "The anchor for Univision", "a question")],
        ),
        (
            "A spokesman for the Kremlin met the press and said the talks would go on.",
            [("said", "anonymous", "A spokesman for the Kremlin", "the talks would go on")],
        ),
        (
            "Trump met the press and said the talks would go on.",
            [("said", "Trump", "Trump", "the talks would go on")],
        ),
    ],
)
def test_a_described_worker_opening_the_clause_is_the_subject(text: str, expected: list[tuple]) -> None:
    assert attributions_of(text) == expected


def test_the_quotation_is_the_reporters_too() -> None:
    import framing

    text = 'Police urged calm.\n\nA reporter for Agence France-Presse called it "absolute chaos."'
    [quote] = [s for s in framing.analyze(text).spans if s.type == "quote"]
    assert (quote.text, quote.speaker) == ('"absolute chaos."', "reporter for Agence France-Presse")


def test_the_rows_are_data_a_user_can_extend(tmp_path) -> None:
    """The packaged rows with their plurals; a user's context_words.tsv adds a job."""
    ours = packaged_job_nouns()
    assert {"reporter", "reporters", "professor", "professors"} <= ours and "spokesman" not in ours
    (tmp_path / "context_words.tsv").write_text("term\tcategory\tweight\tnote\tsource\nstringer\tjob_noun\t\t\tme\n", encoding="utf-8")
    theirs = job_nouns(load((tmp_path,)))
    assert {"stringer", "stringers", "reporter"} <= theirs


def test_a_described_worker_from_framing_score(tmp_path) -> None:
    text = "Debate night\n\nA reporter for USA Today said the plan was dead.\n"
    assert [(s["text"], s["speaker"]) for s in scored_attributions(tmp_path, text)] == [("said", "reporter for USA Today")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A described person is the closest person before a later "he", as a named one is.
        (
            'Truck attack\n\nPolice urged calm. A reporter for Agence France-Presse called it "absolute chaos."\n\n'
            '"We saw people hit," he said.\n',
            ("said", "reporter for Agence France-Presse", "he"),
        ),
        # An unnamed source stays unnamed in its later "he", as in its first mention.
        (
            "Truck attack\n\nJohn Smith urged calm. A senior official said the attack was planned.\n\nHe said the plan was dead.\n",
            ("said", "anonymous", "He"),
        ),
        (
            "Truck attack\n\nJohn Smith urged calm. A spokesman for the ministry said the attack was planned.\n\n"
            "He said the plan was dead.\n",
            ("said", "anonymous", "He"),
        ),
        # A source between commas inside another subject's clause: the "she" is that subject's.
        (
            'Debate\n\nHillary Clinton was ready. Clinton, a top aide said, "is very confident," and she has often told '
            "friends that she would win.\n",
            ("told", "Hillary Clinton", "she"),
        ),
        # Many people, or a thing, are no "he": the person named before, as before.
        (
            "Truck attack\n\nJohn Smith urged calm. Reporters for the paper said the attack was planned.\n\n"
            "He said the plan was dead.\n",
            ("said", "John Smith", "He"),
        ),
        (
            "Truck attack\n\nJohn Smith urged calm. A statement from the ministry said the attack was planned.\n\n"
            "He said the plan was dead.\n",
            ("said", "John Smith", "He"),
        ),
    ],
)
def test_a_he_after_a_described_person_is_that_person(text: str, expected: tuple) -> None:
    assert attributions_of(text)[-1][:3] == expected


def test_a_he_after_a_described_reporter_from_framing_score(tmp_path) -> None:
    text = (
        'Truck attack\n\nPolice urged calm. A reporter for Agence France-Presse called it "absolute chaos."\n\n'
        '"We saw people hit," he said.\n'
    )
    assert [(s["text"], s["speaker"]) for s in scored_attributions(tmp_path, text)][-1] == ("said", "reporter for Agence France-Presse")

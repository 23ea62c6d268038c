"""Complements of cues (framing/complement_cues.py): here, whether "that" after a cue opens what
was said or a relative clause.  After a noun with a finite verb right after "that" (`a report
that could raise new questions`) the clause says what the thing does: no attribution (PolNeAR
train/dev mark 2 of 24 such).  After a verb, "that" so placed is a pronoun and what is said
goes on.  Each row is a text and its attributions as (cue, speaker, source, content) through
`framing.analyze`."""

from __future__ import annotations

import pytest

from voice_cases import analyzed_attributions, scored_attributions


@pytest.mark.parametrize(
    "text, expected",
    [
        # A noun, "that" and a finite verb: a relative clause, no one credited.
        ("His office is preparing an additional report that could raise new questions.", []),
        ("The strikes were part of a series of coordinated attacks that killed 130 people.", []),
        ("She spoke after a comment that reopened old wounds.", []),
        ("These are the kinds of questions that would be hotly debated.", []),
        # ... an irregular past too ("left", "found", "made"):
        ("The FBI investigated the Dec. 2 attack that left 14 people dead.", []),
        ("The committee released a report that found no wrongdoing.", []),
        # ... and a cue inside the relative clause stands on its own.
        (
            "Mr. Wiley walked them through a slide show that predicted victory for Mr. Trump.",
            [("predicted", None, None, "victory for Mr. Trump")],
        ),
        # A noun, "that" and a subject: what was said.
        ("Trump's claim that he had won was false.", [("claim", "Trump", "Trump's", "he had won")]),
        # A verb, "that" and a finite verb: "that" is a pronoun, what is said goes on.
        ("The report said that the deal was dead.", [("said", "report", "The report", "the deal was dead")]),
    ],
)
def test_that_after_a_noun_cue_and_before_a_verb_opens_a_relative_clause(text: str, expected: list[tuple]) -> None:
    assert analyzed_attributions(text) == expected


def test_a_relative_clause_with_an_irregular_past_from_framing_score(tmp_path) -> None:
    text = "Inquiry\n\nThe committee released a report that found no wrongdoing. The report said the deal was dead.\n"
    spans = scored_attributions(tmp_path, text)
    assert [(s["text"], text[s["content"]["start"] : s["content"]["end"]]) for s in spans] == [("said", "the deal was dead")]


def test_a_relative_clause_after_a_noun_cue_from_framing_score(tmp_path) -> None:
    text = "Report\n\nHis office is preparing a report that could raise new questions. The report said the deal was dead.\n"
    spans = scored_attributions(tmp_path, text)
    assert [(s["text"], text[s["content"]["start"] : s["content"]["end"]]) for s in spans] == [("said", "the deal was dead")]


# A cue with its subject before it, a comma, perhaps an aside or two, and a clause of its own
# (a subject and a finite verb): what is said, from the comma on (PolNeAR marks 8 of 13 such on
# train/dev, most of the rest informal speech inside quotations).
COMMA_CLAUSES = [
    (
        "Republican presidential candidate Marco Rubio says, win or lose in Tuesday's primary, he's staying in the race.",
        [("says", "Marco Rubio", "Republican presidential candidate Marco Rubio", "win or lose in Tuesday's primary, he's staying in the race")],
    ),
    (
        "Mrs. Clinton was in Ohio on Monday. She said, if elected, she would lead the effort.",
        [("said", "Clinton", "She", "if elected, she would lead the effort")],
    ),
    (
        "Officials say, the president has grown exasperated with the campaign.",
        [("say", "anonymous", "Officials", "the president has grown exasperated with the campaign")],
    ),
    ("In his column, Will wrote, Christie can challenge Hillary Clinton.", [("wrote", "Will", "Will", "Christie can challenge Hillary Clinton")]),
    # A participle, a preposition or a conjunction after the comma opens no clause of what is said.
    ("The senator said, twice, that the bill was dead.", [("said", "senator", "The senator", "the bill was dead")]),
    # A comma alone before "that" (PolNeAR marks `He added, that there's ...`, `as we would soon
    # learn, that crisis ...`); "that" before a finite verb is a pronoun, the subject of a clause
    # of the writer's own.
    ("Kerry spoke first. He added, that the talks would go on.", [("added", "Kerry", "He", "the talks would go on")]),
    ("The senator said, that the bill was dead.", [("said", "senator", "The senator", "the bill was dead")]),
    ("No matter what anyone says, that is not a legitimate purpose.", []),
    ("The senator said, with a smile, the bill was dead.", []),
    ("The senator said, and the crowd cheered.", []),
]


@pytest.mark.parametrize("text, expected", COMMA_CLAUSES)
def test_a_clause_after_a_comma_is_what_was_said(text: str, expected: list[tuple]) -> None:
    assert analyzed_attributions(text) == expected


def test_a_clause_after_a_comma_from_framing_score(tmp_path) -> None:
    text = "Florida\n\nMarco Rubio says, win or lose on Tuesday, he's staying in the race.\n"
    spans = scored_attributions(tmp_path, text)
    assert [(s["text"], s["speaker"], text[s["content"]["start"] : s["content"]["end"]]) for s in spans] == [
        ("says", "Marco Rubio", "win or lose on Tuesday, he's staying in the race")
    ]


def test_a_comma_before_that_from_framing_score(tmp_path) -> None:
    text = "Delegates\n\nKerry spoke first. He added, that there's a strong emphasis on a fair process.\n"
    spans = scored_attributions(tmp_path, text)
    assert [(s["text"], s["speaker"], text[s["content"]["start"] : s["content"]["end"]]) for s in spans] == [
        ("added", "Kerry", "there's a strong emphasis on a fair process")
    ]


# A time phrase between a cue and its "that" (`ruled Monday that`, `added on Tuesday that`): the
# that-clause is still what was said, which a weak cue ("rule", "add", "learn": weight 1) needs,
# and the time is no part of it (complement_cues._that_after_time, time_phrases.that_after_time).
TIME_BEFORE_THAT = [
    ("The court ruled Monday that the law was unconstitutional.",
     [("ruled", "court", "The court", "the law was unconstitutional")]),
    ("The court ruled on Monday that the law was unconstitutional.",
     [("ruled", "court", "The court", "the law was unconstitutional")]),
    ("Kerry added Tuesday morning that the talks would go on.", [("added", "Kerry", "Kerry", "the talks would go on")]),
    ("Kerry noted earlier this week that the vote was close.", [("noted", "Kerry", "Kerry", "the vote was close")]),
    ("Kerry added in a statement that the plan would fail.", [("added", "Kerry", "Kerry", "the plan would fail")]),
    ("CPAC attendees learned Friday that Donald Trump backed out of the conference.",
     [("learned", "CPAC attendees", "CPAC attendees", "Donald Trump backed out of the conference")]),
    # A strong cue was credited before; its content no longer opens with the time.
    ("The company announced Monday that it would close.", [("announced", "company", "The company", "it would close")]),
    # Not a time, not a that-clause (a relative clause after a time), not a verb: as before.
    ("Kerry added salt on Monday that he had bought.", []),
    ("The convention began the roll call vote on Tuesday that will culminate in a nomination.", []),
    ("The race now moves to Western states this week that Sanders is counting on winning.", []),
]


@pytest.mark.parametrize("text, expected", TIME_BEFORE_THAT)
def test_a_time_between_the_cue_and_that_keeps_the_that_clause(text: str, expected: list[tuple]) -> None:
    assert analyzed_attributions(text) == expected


def test_a_time_between_the_cue_and_that_from_framing_score(tmp_path) -> None:
    text = "Ruling\n\nThe court ruled Monday that the law was unconstitutional.\n"
    spans = scored_attributions(tmp_path, text)
    assert [(s["text"], s["speaker"], text[s["content"]["start"] : s["content"]["end"]]) for s in spans] == [
        ("ruled", "court", "the law was unconstitutional")
    ]


# A cue, a colon ending its line and a paragraph of its own: a block quotation set off without
# quotation marks, what the subject said (`_COLON_BLOCK_RE`).  PolNeAR train/dev: 5 such cues
# found, all marked; the cues inside the paragraph ("She knows nothing") are the speaker's words.
BLOCK_AFTER_A_COLON = [
    ("The governor was angry.  The governor added:\n\nIt is typical of Hillary Clinton. She knows nothing.\n\nMore text.",
     [("added", "governor", "The governor", "It is typical of Hillary Clinton. She knows nothing")]),
    ("Hewitt writes:\n\nThe movie mentions neither the president nor the secretary.\n\nNext.",
     [("writes", "Hewitt", "Hewitt", "The movie mentions neither the president nor the secretary")]),
    ("In a speech last July, Romney said:\n\nLet no one be mistaken. Trump is a danger.\n",
     [("said", "Romney", "Romney", "Let no one be mistaken. Trump is a danger")]),
    # No subject before the cue, or no paragraph after the colon: as before.
    ("Added:\n\nIt is typical of Hillary Clinton.\n", []),
    ("The governor added:\n\n\n", []),
]


@pytest.mark.parametrize("text, expected", BLOCK_AFTER_A_COLON)
def test_a_paragraph_after_a_cue_and_a_colon_is_what_was_said(text: str, expected: list[tuple]) -> None:
    assert analyzed_attributions(text) == expected


def test_a_paragraph_after_a_cue_and_a_colon_from_framing_score(tmp_path) -> None:
    text = "Limbaugh on Clinton\n\nLimbaugh added:\n\nThis reeks of the greatest fear that I have ever seen.\n"
    spans = scored_attributions(tmp_path, text)
    assert [(s["text"], s["speaker"], text[s["content"]["start"] : s["content"]["end"]]) for s in spans] == [
        ("added", "Limbaugh", "This reeks of the greatest fear that I have ever seen")
    ]


# A weak participle ("adding", "underscoring") right after the comma of a speech tag goes on
# reporting the same speaker: its complement is what was said, "that" or not (`_after_a_tag`).
# Not "speaking" (how, not what), not after an act (`won ..., adding to her lead`).
PARTICIPLE_AFTER_A_TAG = [
    ('"The day that was abrogated was the day this became personal," he said, adding he would never vote for Clinton.',
     [("said", None, "he", '"The day that was abrogated was the day this became personal,"'),
      ("adding", None, "he", "he would never vote for Clinton")]),
    ('"That is what we will do," Manafort vowed, adding he intended to work closely with the campaign.',
     [("vowed", "Manafort", "Manafort", '"That is what we will do,"'),
      ("adding", "Manafort", "Manafort", "he intended to work closely with the campaign")]),
    ('"I saw people fleeing," she said, speaking by phone from Nice.', [("said", None, "she", '"I saw people fleeing,"')]),
    ("Clinton won the Democratic primary in North Carolina, adding to her run of victories in the South.", []),
]


@pytest.mark.parametrize("text, expected", PARTICIPLE_AFTER_A_TAG)
def test_a_weak_participle_after_a_tag_reports_what_was_said(text: str, expected: list[tuple]) -> None:
    assert analyzed_attributions(text) == expected


def test_a_weak_participle_after_a_tag_from_framing_score(tmp_path) -> None:
    text = 'Manafort\n\n"That is what we will do," Manafort vowed, adding he intended to work closely with the campaign.\n'
    spans = scored_attributions(tmp_path, text)
    assert [(s["text"], s["speaker"], text[s["content"]["start"] : s["content"]["end"]]) for s in spans] == [
        ("vowed", "Manafort", '"That is what we will do,"'),
        ("adding", "Manafort", "he intended to work closely with the campaign"),
    ]


# "appear"/"seem" in a question put before the main clause (`Asked why X appeared to ...,`): what
# appears so is the question's clause, from after "why" to the comma, inside the "Asked"
# attribution's content, so no attribution of its own ("appeared" credited Sessions' quotation
# and the whole sentence, "Asked why Sayoc" included).  Elsewhere the subject stays in the content.
SESSIONS = (
    "Asked why Sayoc appeared to be targeting Democratic politicians and others critical of Trump, "
    "Attorney General Jeff Sessions said he didn’t know but that the suspect “appears to be a partisan”."
)
RAISING_IN_A_QUESTION = [
    (SESSIONS, [("Asked", None, None, "why Sayoc appeared to be targeting Democratic politicians and others critical of Trump"),
                ("said", "Jeff Sessions", "Attorney General Jeff Sessions",
                 "he didn’t know but that the suspect “appears to be a partisan”")]),
    ("The email appears to contradict what she said.", [("appears", None, None, "The email appears to contradict what she said")]),
    # "why", "whether", "how" anywhere in the phrase before the cue open what appears so ...
    ("It is unclear why the suspect appeared to be targeting Democrats.",
     [("appeared", None, None, "the suspect appeared to be targeting Democrats")]),
    ("Tripp was unsure whether the battle seemed to stop.", [("seemed", None, None, "the battle seemed to stop")]),
    # ... unless a cue before it reports the question: the whole clause stays the content, so
    # that cue's weak reading stays inside it (PolNeAR marks neither "see" here nor "remind them of why").
    ("In this environment, you can see why RT can seem like just another entrant.",
     [("seem", None, None, "you can see why RT can seem like just another entrant")]),
]


@pytest.mark.parametrize("text, expected", RAISING_IN_A_QUESTION)
def test_appear_in_a_question_asked_credits_nothing_of_its_own(text: str, expected: list[tuple]) -> None:
    assert analyzed_attributions(text) == expected


def test_appear_in_a_question_asked_from_framing_score(tmp_path) -> None:
    """`framing score`: Sessions' quotation is his "said"'s; no "appeared" attribution with no source."""
    spans = scored_attributions(tmp_path, SESSIONS + "\n")
    assert [(s["text"], s["speaker"]) for s in spans] == [("Asked", None), ("said", "Jeff Sessions")]


def test_appear_after_unclear_why_from_framing_score(tmp_path) -> None:
    text = "Suspect\n\nIt is unclear why the suspect appeared to be targeting Democrats.\n"
    spans = scored_attributions(tmp_path, text)
    assert [(s["text"], s["source"], text[s["content"]["start"] : s["content"]["end"]]) for s in spans] == [
        ("appeared", None, "the suspect appeared to be targeting Democrats")
    ]


# "find"/"finding" without a that-clause: a view only as `find X ADJECTIVE` (the adjective ending
# the complement or before its "to") or `finding agreement that ...`; finding a thing reports none.
FIND_A_VIEW = [
    ("I find his message chilling.", [("find", None, "I", "his message chilling")]),
    ("Trump is finding them reluctant to open their wallets.", [("finding", "Trump", "Trump", "them reluctant to open their wallets")]),
    ("Economists are finding agreement that the tax works.", [("finding", "Economists", "Economists", "agreement that the tax works")]),
    ("Voters may find that the plan works.", [("find", "Voters", "Voters", "the plan works")]),
    ("Young women often can't find jobs in their field.", []),
    ("Do they find comfort in Clinton's more familiar manner?", []),
]


@pytest.mark.parametrize("text, expected", FIND_A_VIEW)
def test_find_reports_a_view_only_with_a_judgement(text: str, expected: list[tuple]) -> None:
    assert analyzed_attributions(text) == expected


def test_find_a_thing_from_framing_score(tmp_path) -> None:
    text = "Jobs\n\nYoung women often can't find jobs in their field. I find his message chilling.\n"
    spans = scored_attributions(tmp_path, text)
    assert [(s["text"], text[s["content"]["start"] : s["content"]["end"]]) for s in spans] == [("find", "his message chilling")]

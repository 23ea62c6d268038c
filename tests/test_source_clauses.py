"""Source phrases that are clauses (framing/source_clauses.py): where a phrase that opens with a
subject runs on into its verb (subject_before_verb: (k, only_if_person), the subject being the
first k words, or None for a name, a description or no clause), where a name ends before the
occasion of its words (name_before_occasion), and phrases that name no one (clause_like)."""

from __future__ import annotations

import pytest

from framing.source_clauses import clause_like, description_before_auxiliary, name_before_occasion, subject_before_verb


@pytest.mark.parametrize(
    "phrase, expected",
    [
        # Auxiliaries, adverbs and past tenses without -ed after a name: a verb after anyone.
        ("Cruz made an unprompted", (1, False)),
        ("President Barack Obama also is reported", (3, False)),
        ("Trump officially", (1, False)),
        ("Mr. Rhodes sought", (2, False)),
        ("He also acknowledged", (1, False)),
        ("It is worth", (1, False)),
        ("Carter however", (1, False)),  # an adverb between the subject and its verb
        ("Fact-checkers soon", (1, False)),
        # A plain verb that takes "to" before the cue's verb, ending the phrase: a verb after anyone.
        ("Investors tend", (1, False)),
        ("Republicans choose", (1, False)),
        # After a pronoun, in lower case too, any word but a conjunction or "alone" is its verb.
        ("he barely", (1, False)),
        ("she warned", (1, False)),
        ("they wouldn't answer", (1, False)),
        ("she and another reporter", None),
        # -s and -ed words: a verb only after a person (the caller decides).
        ("Trump avoids", (1, True)),
        ("Ms. Hughes avoids", (2, True)),
        ("Democrats involved", (1, True)),
        ("Hillary Clinton plans", (2, True)),  # verbs shaped like plural nouns ("Americans")
        ("Trump wants", (1, True)),
        # ...but an -ed word before its object is a verb after anyone; a full verb before a pronoun too.
        ("Sanders answered an", (1, False)),
        ("Schlafly invoked the title of the book she", (1, False)),
        ("Trump thought he", (1, False)),
        # No clause: a plural noun the name modifies, a possessive, a determiner first, an
        # inverted subject, a name at the end, "Here".
        ("Sanders supporters", None),
        ("Trump voters", None),
        ("Clinton aides", None),
        ("Rubio's campaign", None),
        ("Many carried placards", None),
        ("Little did they", None),
        ("Here are the people", None),
        ("Republican nominee Donald Trump", None),
        ("Bill de Blasio", None),
        ("GOP plan", None),  # "plan" is no plain verb here: "the GOP plan to repeal"
        ("Investors tend to", None),  # (the phrase goes on past the verb: no run-on of this kind)
    ],
)
def test_subject_before_verb(phrase, expected):
    words = phrase.split()
    norms = [w.lower().replace("’", "'") for w in words]
    assert subject_before_verb(words, norms) == expected


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("is seizing on recent comments", True),
        ("do you", True),
        ("Do you", True),
        ("let them", True),
        ("compared with 64 percent", True),
        ("made it easier for courts", True),
        ("sent a letter on Thursday", True),
        ("authorized a significant staffing increase", True),
        ("There is no public information", True),
        ("there were numerous", True),
        ("How do you", True),
        ("Why had he", True),
        ("This prompted the tabloid", True),
        # A participle before a noun is a description, not a clause.
        ("retired neurosurgeon", False),
        ("embattled company", False),
        ("campaign spokeswoman", False),
        ("this poll", False),
        ("What critics say", False),
    ],
)
def test_clause_like(phrase, expected):
    assert clause_like(phrase) is expected


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("Cruz constituent Dan Golvach when asked", 4),
        ("Mr. Obama while speaking", 2),
        # "as" is a preposition as often ("some Republicans as a"): no cut; nor after a lower-case word.
        ("some Republicans as a", None),
        ("the senator when asked", None),
    ],
)
def test_name_before_occasion(phrase, expected):
    words = phrase.split()
    assert name_before_occasion(words, [w.lower() for w in words]) == expected


@pytest.mark.parametrize(
    "phrase, expected",
    [
        # A description running on into its clause ends before its auxiliary and verb.
        ("Some opponents are using a", 2),
        ("Coal miners are still smarting from", 2),
        ("The American Legion has twice", 3),
        ("a reporter can be heard", 2),
        # Not a description: an expletive, a question, a complement after "be", a name after a
        # preposition, a verb between two capitals, a clause word.
        ("There is no", None),
        ("Why had Donald Trump", None),
        ("Those are topics Clinton", None),
        ("interactions with Trump have been largely positive", None),
        ("Many fear Trump will feed", None),
        ("Even Republicans who have praised his candidacy", None),
    ],
)
def test_description_before_auxiliary(phrase, expected):
    words = phrase.split()
    assert description_before_auxiliary(words, [w.lower() for w in words]) == expected


@pytest.mark.parametrize(
    "phrase, expected",
    [
        # A description in lower case after its capital, a name, then a past tense: (name's first
        # word, the verb's); the caller asks that the name open with a given name.
        ("Former presidential candidate Mitt Romney tweeted his", (3, 5)),
        ("Longtime GOP strategist Karl Rove made his", None),  # "GOP" is no lower-case description word
        ("Republican nominee Donald Trump tweeted", (2, 4)),
        # A name opening the phrase is `subject_before_verb`'s; one word of name, or no verb, is none.
        ("Mitt Romney tweeted his", None),
        ("Former candidate Romney tweeted his", None),
        ("Former presidential candidate Mitt Romney", None),
        ("The former candidate Mitt Romney tweets his", None),
    ],
)
def test_described_name_before_verb(phrase, expected):
    from framing.source_clauses import described_name_before_verb

    words = phrase.split()
    norms = [w.lower() for w in words]
    assert described_name_before_verb(words, norms) == expected


# PolNeAR train (Politico, 2016-03-01): the noun cue "call" after a description, a name and a
# past tense had no speaker (the phrase was read as a clause naming no one).
DESCRIBED_SUBJECTS = [
    (
        "Former presidential candidate Mitt Romney tweeted his call that the billionaire front-runner share "
        "the contents of the recording.",
        [
            ("tweeted", "Mitt Romney", "Former presidential candidate Mitt Romney"),
            ("call", "Mitt Romney", "Former presidential candidate Mitt Romney tweeted his"),
        ],
    ),
]


@pytest.mark.parametrize("text, expected", DESCRIBED_SUBJECTS)
def test_a_described_name_before_its_verb_speaks(text, expected):
    from voice_cases import analyzed_attributions

    assert [(c, spk, src) for c, spk, src, _ in analyzed_attributions(text)] == expected


def test_a_described_name_before_its_verb_from_framing_score(tmp_path):
    from voice_cases import scored_attributions

    text = DESCRIBED_SUBJECTS[0][0] + "\n"
    rows = scored_attributions(tmp_path, text)
    assert [(r["text"], r["speaker"], text[r["source"]["start"] : r["source"]["end"]]) for r in rows] == DESCRIBED_SUBJECTS[0][1]

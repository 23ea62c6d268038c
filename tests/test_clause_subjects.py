"""The subject of a cue's clause read from the sentence (framing/clause_subjects.py); here the
step over places joined by "and" inside one noun phrase (`places_joined`): `Monitors in Kharkiv and
Zaporizhzhia reported` credits the monitors, where `He met officials in Kyiv and Zelensky said`
joins two clauses and credits Zelensky.  Each row goes through `framing.analyze`."""

from __future__ import annotations

import pytest

import framing
from voice_cases import scored_attributions


def sources_of(text: str) -> list[tuple[str, str | None, str | None]]:
    """(cue, source text, speaker) of each attribution `framing.analyze` finds."""
    return [
        (s.text, text[s.source.start : s.source.end] if s.source else None, s.speaker)
        for s in framing.analyze(text).spans
        if s.type == "attribution"
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # Two places after a noun: the whole phrase is the source, and no place is the speaker.
        (
            "Monitors in Kharkiv and Zaporizhzhia reported shelling overnight.",
            [("reported", "Monitors in Kharkiv and Zaporizhzhia", "Monitors in Kharkiv and Zaporizhzhia")],
        ),
        (
            "The mayors of New York and Chicago said the plan failed.",
            [("said", "The mayors of New York and Chicago", "mayors of New York and Chicago")],
        ),
        # "elsewhere" joined to a named place is a place too: the authorities warn, not "elsewhere".
        (
            "But the authorities in New York and elsewhere have warned that the devices are dangerous.",
            [("warned", "the authorities in New York and elsewhere", "authorities in New York and elsewhere")],
        ),
        # A clause before "in Kyiv" (a verb, a pronoun): "and" joins two clauses; Zelensky speaks.
        (
            "He met officials in Kyiv and Zelensky said the war would go on.",
            [("said", "Zelensky", "Zelensky")],
        ),
        (
            "Aides flew to Kyiv and Zelensky said the war would go on.",
            [("said", "Zelensky", "Zelensky")],
        ),
        (
            "Talks in Geneva and Vienna failed, and Lavrov said the talks were over.",
            [("said", "Lavrov", "Lavrov")],
        ),
        # People joined by "and" are still read as people who speak together.
        (
            "Mr. Grassley and Mr. Leahy said the bill was dead.",
            [("said", "Mr. Grassley and Mr. Leahy", "Grassley and Leahy")],
        ),
    ],
)
def test_places_joined_by_and_stay_in_the_source(text, expected):
    assert sources_of(text) == expected


def test_score_credits_the_monitors_not_a_place(tmp_path):
    """The way a user sees it: `framing score` JSONL, source range and speaker."""
    text = "Monitors in Kharkiv and Zaporizhzhia reported shelling overnight. He met officials in Kyiv and Zelensky said the war would go on."
    spans = scored_attributions(tmp_path, text + "\n")
    assert [(s["text"], text[s["source"]["start"] : s["source"]["end"]], s["speaker"]) for s in spans] == [
        ("reported", "Monitors in Kharkiv and Zaporizhzhia", "Monitors in Kharkiv and Zaporizhzhia"),
        ("said", "Zelensky", "Zelensky"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A coordinated cue ("... and repeated") or a participle ("..., hoping") hangs on a clause
        # whose subject is two people: both speak (PolNeAR train: "Bernie Sanders and Hillary
        # Clinton stood face-to-face ... and repeated the attacks").
        (
            "Bernie Sanders and Hillary Clinton stood face-to-face Thursday and repeated the attacks.",
            [("repeated", "Bernie Sanders and Hillary Clinton", "Bernie Sanders and Hillary Clinton")],
        ),
        (
            "Bernie Sanders and Ted Cruz both campaigned hard in Arizona, hoping to score upsets.",
            [("hoping", "Bernie Sanders and Ted Cruz", "Bernie Sanders and Ted Cruz")],
        ),
        # One person: as before.
        (
            "Bernie Sanders campaigned hard in Arizona, hoping to score upsets.",
            [("hoping", "Bernie Sanders", "Bernie Sanders")],
        ),
    ],
)
def test_a_clause_subject_of_two_people_names_both(text, expected):
    assert sources_of(text) == expected


_VOWED = " House Speaker Nancy Pelosi called the plan a disgrace and vowed that Congress would fight it."


@pytest.mark.parametrize(
    "opening, expected",
    [
        # A sentence opening with a word and a preposition (`Prior to ...,`) is a fronted phrase:
        # the coordinated cue's subject is after its comma, not the capitalised first word
        # (BASIL triplet, HuffPost: "Prior to the declaration, House Speaker Nancy Pelosi (D-Calif.)
        # called ... and vowed that" gave the speaker "Prior").
        ("Prior to the vote,", "House Speaker Nancy Pelosi"),
        ("Ahead of the vote,", "House Speaker Nancy Pelosi"),
        ("Hours before the vote,", "House Speaker Nancy Pelosi"),
        # As before: a fronted clause, and no fronted phrase.
        ("Before the vote,", "House Speaker Nancy Pelosi"),
        ("", "House Speaker Nancy Pelosi"),
    ],
)
def test_a_fronted_phrase_is_no_subject_of_a_coordinated_cue(opening, expected):
    text = (opening + _VOWED).strip()
    assert sources_of(text) == [("called", expected, "Nancy Pelosi"), ("vowed", expected, "Nancy Pelosi")]


def test_score_credits_the_vow_after_prior_to(tmp_path):
    """The way a user sees it: `framing score` JSONL, the coordinated cue and its quotation."""
    text = (
        "Prior to the declaration, House Speaker Nancy Pelosi (D-Calif.) called the proclamation a "
        "“gross abuse of the power of the presidency” and vowed that “Congress will defend our constitutional authorities.”"
    )
    spans = scored_attributions(tmp_path, text + "\n")
    assert [(s["text"], s["speaker"]) for s in spans] == [("called", "Nancy Pelosi"), ("vowed", "Nancy Pelosi")]


# A participle after a clause opened by "when" (or "as", "while", ...) after a comma: its subject
# is that clause's (it gave "University" from the place before the comma; PolNeAR train).
_AFTER_SUBORDINATE_CLAUSES = [
    (
        "The first incident came during a speech at the State University of New York at Purchase, "
        "when Sanders protesters interrupted her speech, shouting “she wins, we lose!”",
        [("shouting", "Sanders protesters", "Sanders protesters")],
    ),
    # No subject after "when": the main clause's, as before.
    ("Trump spoke in Iowa, when asked about the wall, saying it would be built.", [("asked", None, None), ("saying", "Trump", "Trump")]),
]


@pytest.mark.parametrize("text, expected", _AFTER_SUBORDINATE_CLAUSES)
def test_a_participle_after_a_subordinate_clause_has_its_subject(text, expected):
    assert sources_of(text) == expected


def test_a_participle_after_a_subordinate_clause_from_framing_score(tmp_path):
    spans = scored_attributions(tmp_path, _AFTER_SUBORDINATE_CLAUSES[0][0] + "\n")
    assert [(s["text"], s["speaker"]) for s in spans] == [("shouting", "Sanders protesters")]


# A name and "the" with a description coordinated as the subject of a participle's clause: both
# (it gave "New York Times" alone; PolNeAR dev, politico on the Trump divorce file).
_NAME_AND_DESCRIPTION = [
    (
        "The judge ruled on Friday. The New York Times and the Gannett newspaper chain filed a motion to unseal the records, "
        "arguing the move was needed to contribute to public debate.",
        [("arguing", "New York Times and the Gannett newspaper chain", "New York Times and the Gannett newspaper chain")],
    ),
]


@pytest.mark.parametrize("text, expected", _NAME_AND_DESCRIPTION)
def test_a_name_and_a_description_are_one_subject(text, expected):
    assert sources_of(text) == expected


def test_a_name_and_a_description_from_framing_score(tmp_path):
    spans = scored_attributions(tmp_path, _NAME_AND_DESCRIPTION[0][0] + "\n")
    assert [(s["text"], s["speaker"]) for s in spans] == [("arguing", "New York Times and the Gannett newspaper chain")]


# A possessive name opening a participle's subject owns its head noun, who speaks (PolNeAR train,
# breitbart on Huma Abedin: "Hillary Clinton" before).
_OWNED_HEADS = [
    (
        "In response to Donald Trump’s proposal, Hillary Clinton’s right-hand woman rallied supporters, saying: “We have to be ready to stop him.”",
        [("saying", "Hillary Clinton’s right-hand woman", "Hillary Clinton’s right-hand woman")],
    ),
    ("Trump’s campaign manager attacked the press, saying it was biased.", [("attacked", "Trump’s campaign manager", "Trump’s campaign manager"), ("saying", "Trump’s campaign manager", "Trump’s campaign manager")]),
]


@pytest.mark.parametrize("text, expected", _OWNED_HEADS)
def test_a_possessive_subject_is_its_head(text, expected):
    assert sources_of(text) == expected


def test_a_possessive_subject_from_framing_score(tmp_path):
    spans = scored_attributions(tmp_path, _OWNED_HEADS[0][0] + "\n")
    assert [(s["text"], s["speaker"]) for s in spans] == [("saying", "Hillary Clinton’s right-hand woman")]


def test_score_credits_the_authorities_not_elsewhere(tmp_path):
    """`framing score`: the NYT's "the authorities in New York and elsewhere have warned" is the
    authorities' warning (the speaker was "elsewhere")."""
    text = "But the authorities in New York and elsewhere have warned that the devices should be considered dangerous."
    spans = scored_attributions(tmp_path, text + "\n")
    assert [(s["text"], s["speaker"]) for s in spans] == [("warned", "authorities in New York and elsewhere")]


# Capitalised words before a lowercase noun and "who" modify that noun: the noun speaks for the
# clause (was "Central European"; PolNeAR dev marks "Central European leaders who have been ...").
_NAMES_BEFORE_A_NOUN_AND_WHO = [
    (
        "Central European leaders who have been some of the most strident opponents of taking in migrants have embraced the idea of a full-fledged E.U. military force, warning that Britain's exit from the E.U. will significantly sap the continent's defense capabilities.",
        [("warning", "Central European leaders", "Central European leaders")],
    ),
    (
        "African American mothers who lost children to gun violence met the candidate, telling her the plan would fail.",
        [("telling", "African American mothers", "African American mothers")],
    ),
]


@pytest.mark.parametrize("text, expected", _NAMES_BEFORE_A_NOUN_AND_WHO)
def test_names_before_a_noun_and_who_modify_it(text, expected):
    assert sources_of(text) == expected


def test_names_before_a_noun_and_who_from_framing_score(tmp_path):
    spans = scored_attributions(tmp_path, _NAMES_BEFORE_A_NOUN_AND_WHO[0][0] + "\n")
    assert [(s["text"], s["speaker"]) for s in spans] == [("warning", "Central European leaders")]


# A headline's second verb joined to the first by a comma alone (`headline_conjunct_subject`):
# the headline's subject speaks (BASIL 87609973, Fox: "calls on" had no speaker).  Not below the
# headline, where the comma opens no such clause.
_HEADLINE_CONJUNCTS = [
    (
        "'Jail!' Trump slams 'crooked' Hillary aide Huma, calls on 'Deep State' DOJ to act\n\n"
        "President Trump went after Huma Abedin on Tuesday.",
        [("slams", "Trump", "Trump"), ("calls on", "Trump", "Trump"), ("went after", "President Trump", "Trump")],
    ),
]


@pytest.mark.parametrize("text, expected", _HEADLINE_CONJUNCTS)
def test_a_headline_conjunct_shares_the_headline_subject(text, expected):
    assert sources_of(text) == expected


def test_a_headline_conjunct_from_framing_score(tmp_path):
    spans = scored_attributions(tmp_path, _HEADLINE_CONJUNCTS[0][0] + "\n")
    assert [(s["text"], s["speaker"]) for s in spans] == [("slams", "Trump"), ("calls on", "Trump"), ("went after", "Trump")]


# A raising verb before "to" and a reporting verb, after a person: the person speaks
# (`speech_after_raising`; BASIL 87609973, Fox: "He seemed to suggest" had no speaker).  A thing
# that appears so stays in the content, credited to no one, as before.
_SPEECH_AFTER_RAISING = [
    (
        "Trump was referring to Kristian Saucier. He seemed to suggest a double standard is at play.",
        [("seemed", "He", "Trump")],  # ("He": the last person named)
    ),
    ("Cruz seemed to blame the network for its coverage.", [("seemed", "Cruz", "Cruz")]),
    ("The email appears to contradict what she said.", [("appears", None, None)]),
]


@pytest.mark.parametrize("text, expected", _SPEECH_AFTER_RAISING)
def test_a_person_who_seems_to_say_speaks(text, expected):
    assert sources_of(text) == expected


@pytest.mark.parametrize("text, expected", _SPEECH_AFTER_RAISING)
def test_a_person_who_seems_to_say_from_framing_score(tmp_path, text, expected):
    spans = scored_attributions(tmp_path, "Letter\n\n" + text + "\n")
    assert [(s["text"], s["speaker"]) for s in spans] == [(cue, speaker) for cue, _, speaker in expected]

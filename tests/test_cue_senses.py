"""The senses of a cue word that report nothing (framing/cue_senses.py), through `framing.analyze`:
each row is a text and its attributions as (cue, verb, speaker, source, content), exact
substrings.  Rows with an attribution are the same word in its reporting sense, which stays."""

from __future__ import annotations

import pytest

from voice_cases import analyzed_cues, scored_attributions

SENSES = [
    # "rule(s)" is the noun unless a court or a judge rules; a ruling reported stays.
    ("A raft of new emissions rules took effect in May.", []),
    ("Democratic proportionality rules make her lead hard to overcome.", []),
    ("Internal Trump University records must be released, federal judge rules.",
     [("rules", "rule", "federal judge", "federal judge", "Internal Trump University records must be released")]),
    ("The appeals court ruled that Ohio's practices could remove some eligible voters.",
     [("ruled", "rule", "appeals court", "The appeals court", "Ohio's practices could remove some eligible voters")]),
    # "telling" the adjective (revealing) reports nothing; telling someone stays.
    ("Alpert's metaphor is telling in its own right.", []),
    ("There have already been telling responses that could resound.", []),
    ("Aides spot protesters by their matching shirts or other telling signs.", []),
    ("The deal provides telling insight into the bank.", []),
    ("Hillary Clinton is telling customers that she will win.",
     [("telling", "tell", "Hillary Clinton", "Hillary Clinton", "she will win")]),
    # "showing" the result: a noun (PolNeAR train/dev never mark it).
    ("Amid his unexpectedly strong showing in the primaries, Sanders raised money.", []),
    ("Johnson's second-best showing comes in Utah.", []),
    ("Polls show that the race is tight.", [("show", "show", "Polls", "Polls", "the race is tight")]),
    (
        "Footage from the game shows that students dressed up.",
        [("shows", "show", "Footage from the game", "Footage from the game", "students dressed up")],
    ),
    # "charge" as a price, an adjective or a rush; the accusation stays.
    ("A company he owns has charged the campaign approximately $3.7 million in travel costs.", []),
    ("The club charged a $100,000 initiation fee.", []),
    ("It was a racially charged dismissal of the couple.", []),
    ("Gore charged into the fray against Bush.", []),
    ("Critics charged that the hearing failed.", [("charged", "charge", "anonymous", "Critics", "the hearing failed")]),
    ("Prosecutors charged the officer with murder.", [("charged", "charge", "Prosecutors", "Prosecutors", "the officer with murder")]),
    # "decline" as a fall, by so much or so fast, and the noun; declining a request stays.
    ("Trade between the two nations declined 40 percent in the first six months.", []),
    ("Obama's approval rating has declined slightly from 58 percent.", []),
    ("Median income declined by 0.2% from 2005 to 2014.", []),
    ("Immigration is in decline, a decline that took hold while he was in office.", []),
    ("Fiorina declined multiple requests for an interview.", [("declined", "decline", "Fiorina", "Fiorina", "multiple requests for an interview")]),
    ("He declined to comment.", [("declined", "decline", None, "He", "to comment")]),
    # "assume" an office, a power or a manner: taken up, nothing supposed; a supposition stays.
    ("Trump would be the oldest person to assume the presidency.", []),
    ("Mr. Ryan assumed his post in November.", []),
    ("Rubio assumed Trump's signature style, launching attacks.", []),
    ("Voters assume that the economy will improve.", [("assume", "assume", "Voters", "Voters", "the economy will improve")]),
    ("Analysts assume Mr. Cruz has victory locked down.", [("assume", "assume", "anonymous", "Analysts", "Mr. Cruz has victory locked down")]),
    # "back" a verb's particle: taken, bought, rolled or beaten back, no support spoken; the verb,
    # and words walked back, stay (its source phrase still takes "later walked", another matter).
    ("The Ohio governor beat back a challenge from Donald Trump.", []),
    ("Redistricting is key to them taking back the U.S. House.", []),
    ("The law would roll back the encryption in their products.", []),
    ("Ryan backs Trump for president.", [("backs", "back", "Ryan", "Ryan", "Trump for president")]),
    ("Grassley later walked back his comments.", [("back", "back", "Grassley", "Grassley later walked", "his comments")]),
    # "challenge(s)" the noun after a modifier: a difficulty or a contest; the verb stays.
    ("Although grappling with serious challenges, it is poised to grow.", []),
    ("Clinton struggled against the Sanders challenge among voters.", []),
    ("Split on Supreme Court aids challenges to voter-ID laws.", []),
    ("They challenge EU unity over migrants.", [("challenge", "challenge", None, "They", "EU unity over migrants")]),
    ("Cruz challenged Trump to a one-on-one debate.", [("challenged", "challenge", "Cruz", "Cruz", "Trump to a one-on-one debate")]),
    # "no question that", "the only question is", "a question mark": no question is asked.
    ("There is no question that citizens are anxious.", []),
    ("The only question is whether Sanders beats Clinton to it.", []),
    ("Dominance is not the only question mark over her campaign.", []),
    ("Republicans question the wisdom of the plan.", [("question", "question", "Republicans", "Republicans", "the wisdom of the plan")]),
    # "to claim the nomination": to win it, not to say anything; a claim of it made stays.
    ("Clinton could be in a position to claim the nomination while losing the state.", []),
    ("The plan tries to stop Trump from claiming the Republican nomination.", []),
    ("Mr. Trump officially claimed the nomination on Tuesday.", [("claimed", "claim", "Trump", "Mr. Trump", "the nomination on Tuesday")]),
    # A lawsuit or a case "was dismissed": a court's ruling, no attack in words; claims dismissed stay one.
    ("Two lawsuits were dismissed last year.", []),
    ("The case was dismissed by the judge.", []),
    ("His appeal was dismissed.", []),
    ("The suit, which was dismissed in May, claimed fraud.", [("claimed", "claim", "suit", "The suit", "fraud")]),
    ("The claims were dismissed as nonsense by the White House.",
     [("dismissed", "dismiss", "White House", "the White House", "The claims")]),
    # "press" the news media before what it names: a job, a release, a briefing; the verb stays.
    ('"It was legal," White House press secretary Josh Earnest said Tuesday.',
     [("said", "say", "Josh Earnest", "White House press secretary Josh Earnest", '"It was legal,"')]),
    ('"It was fine," Clinton press secretary Brian Fallon said.',
     [("said", "say", "Brian Fallon", "Clinton press secretary Brian Fallon", '"It was fine,"')]),
    ("Obama held an impromptu press briefing on Friday.", []),
    ('"Why now?" Hannity pressed.', [("pressed", "press", "Hannity", "Hannity", '"Why now?"')]),
    # A question the outlet puts to its reader reports nobody's view; an interviewer's stays.
    ("He spoke.\n\nDo you support Donald Trump? Like the page:\n\nThe candidate spoke.", []),
    ("What do you think of Trump's attack on Carson last night?", []),
    ("Q: Do you think Glass-Steagall should be reinstated?\n\nA: Yes.",
     [("think", "think", None, "Do you", "Glass-Steagall should be reinstated")]),
    ("You say that taxes are high.", [("say", "say", None, "You", "taxes are high")]),
]


# "show" the programme is a noun too ("the talk shows", "Other shows did better": PolNeAR train/dev
# mark none of the 20 such cues it took); after a plural subject or before a clause it stays the verb.
SHOW_PROGRAMMES = [
    ("Oliver hosts the popular weekly show “Last Week Tonight” on HBO.", []),
    ("Other shows did a bit better.", []),
    ("Anderson Cooper 360 was the only show that included women.", []),
    ("Carson made the rounds on the Sunday morning shows on Tuesday.", []),
    ("Trump, the former host of the reality TV show “The Apprentice,” spoke.", []),
    ("Footage from the game shows that several students dressed up.", [("shows", "show", "Footage from the game", "Footage from the game", "several students dressed up")]),
    ("This shows that the plan failed.", [("shows", "show", None, "This", "the plan failed")]),
    ("Polls show that the race is tight.", [("show", "show", "Polls", "Polls", "the race is tight")]),
]


@pytest.mark.parametrize("text, expected", SHOW_PROGRAMMES)
def test_show_the_programme_is_no_cue(text: str, expected: list[tuple]) -> None:
    assert analyzed_cues(text) == expected


def test_show_the_programme_from_framing_score(tmp_path) -> None:
    text = "Ratings\n\nCarson made the rounds on the Sunday morning shows. Polls show that the race is tight.\n"
    assert [(s["text"], s["speaker"]) for s in scored_attributions(tmp_path, text)] == [("show", "Polls")]


@pytest.mark.parametrize("text, expected", SENSES)
def test_senses_that_report_nothing(text: str, expected: list[tuple]) -> None:
    assert analyzed_cues(text) == expected


def test_senses_from_framing_score(tmp_path) -> None:
    text = (
        "Ratings\n\nHis strong showing surprised them. The club charged a $100,000 initiation fee. "
        "Trade declined 40 percent. Other telling signs appeared. New emissions rules took effect. "
        "Critics charged that the hearing failed.\n"
    )
    spans = scored_attributions(tmp_path, text)
    assert [
        (s["text"], s["speaker"], text[s["source"]["start"] : s["source"]["end"]], text[s["content"]["start"] : s["content"]["end"]])
        for s in spans
    ] == [("charged", "anonymous", "Critics", "the hearing failed")]


# The filing's participle cue stays; its content ends before the main verb ("fraud"):
# framing.content_ends.participle_subject_end.
def test_a_dismissed_lawsuit_keeps_only_its_own_claim() -> None:
    assert analyzed_cues("Lawsuits claiming fraud were dismissed in March.") == [
        ("claiming", "claim", "Lawsuits", "Lawsuits", "fraud")]


def test_a_dismissed_lawsuit_from_framing_score(tmp_path) -> None:
    """`framing score`: "Lawsuits claiming fraud were dismissed" holds one attribution (the
    lawsuits' neutral claim), no attack by nobody; claims dismissed by the White House stay one."""
    text = "Lawsuits claiming fraud were dismissed in March. The claims were dismissed as nonsense by the White House.\n"
    spans = scored_attributions(tmp_path, text)
    assert [(s["text"], s["start"], s["voice"], s["stance"], s["speaker"]) for s in spans] == [
        ("claiming", 9, "author", "neutral", "Lawsuits"), ("dismissed", 65, "author", "aggressive", "White House")]


def test_assuming_office_from_framing_score(tmp_path) -> None:
    """`framing score`: "upon assuming office" credits no one with a supposition, "serious
    challenges" no one with a challenge, "beat back" no one with backing; "assume that" credits
    the voters."""
    text = (
        "He took charge upon assuming office in May. Voters assume that the economy will improve. "
        "It faces serious challenges. The governor beat back a challenge from Trump.\n"
    )
    spans = scored_attributions(tmp_path, text)
    assert [(s["text"], s["stance"], s["speaker"], text[s["content"]["start"] : s["content"]["end"]]) for s in spans] == [
        ("assume", "thought", "Voters", "the economy will improve")]


def test_press_secretary_from_framing_score(tmp_path) -> None:
    """`framing score`: "White House press secretary Josh Earnest said" holds one attribution,
    Earnest's "said"; no "press" cue crediting the quotation to the White House."""
    text = '"It was legal," White House press secretary Josh Earnest said Tuesday.\n'
    spans = scored_attributions(tmp_path, text)
    assert [(s["text"], s["stance"], s["speaker"], text[s["source"]["start"] : s["source"]["end"]]) for s in spans] == [
        ("said", "neutral", "Josh Earnest", "White House press secretary Josh Earnest")]


def test_a_question_to_the_reader_from_framing_score(tmp_path) -> None:
    """`framing score`: "Do you support Donald Trump? Like the page:" credits no one; the
    quotation before it stays Trump's."""
    text = '"We will win," Trump said.\n\nDo you support Donald Trump? Like the page:\n\nHe spoke on Monday.\n'
    spans = scored_attributions(tmp_path, text)
    assert [(s["text"], s["speaker"]) for s in spans] == [("said", "Donald Trump")]


# "It's worth noting", "it is important to remember", "it's safe to say": the writer's own aside,
# credited to no one (cue_senses._WRITERS_ASIDE_RE; PolNeAR train/dev mark 3 of 16 such cues).
WRITERS_ASIDES = [
    ("It is worth noting that Apple paid little tax in Ireland.", []),
    ("It's important to remember that democracy can be messy.", []),
    ("It’s safe to say he is referring to the border.", []),
    # A speaker's aside is inside what the speaker said; a subject's own verb stays a cue.
    ("The minister said it is important to remember that the talks failed.",
     [("said", "say", "minister", "The minister", "it is important to remember that the talks failed")]),
    ("Critics were quick to note that the plan failed.", [("note", "note", "anonymous", "Critics", "the plan failed")]),
]


@pytest.mark.parametrize("text, expected", WRITERS_ASIDES)
def test_the_writers_aside_is_no_cue(text: str, expected: list[tuple]) -> None:
    assert analyzed_cues(text) == expected


def test_the_writers_aside_from_framing_score(tmp_path) -> None:
    text = "Taxes\n\nIt is worth noting that Apple paid little tax in Ireland, Reuters reported.\n"
    spans = scored_attributions(tmp_path, text)
    assert [(s["text"], s["speaker"], text[s["content"]["start"] : s["content"]["end"]]) for s in spans] == [
        ("reported", "Reuters", "It is worth noting that Apple paid little tax in Ireland")
    ]


# "The term X refers to": a word's meaning, no one's reference (cue_senses._WORD_MEANING_RE).
WORD_MEANINGS = [
    ("The term “deep state” typically refers to a shadow government of agency officials.", []),
    ("That word refers to a kind of bird.", []),
    ("He criticized his use of the term \"Palestine\" to refer to territory occupied by Israel.",
     [("criticized", "criticize", None, "He", "his use of the term \"Palestine\" to refer to territory occupied by Israel")]),
    # A speaker's reference stays one.
    ("Bush referred to Rubio as a bright leader.", [("referred to", "refer_to", "Bush", "Bush", "Rubio as a bright leader")]),
    ("Trump was referring to U.S. Navy Sailor Kristian Saucier.",
     [("referring to", "refer_to", "Trump", "Trump", "U.S. Navy Sailor Kristian Saucier")]),
]


@pytest.mark.parametrize("text, expected", WORD_MEANINGS)
def test_a_words_meaning_is_no_cue(text: str, expected: list[tuple]) -> None:
    assert analyzed_cues(text) == expected


def test_a_words_meaning_from_framing_score(tmp_path) -> None:
    """`framing score` on the New York Times' article of BASIL triplet 87609973: the definition of
    "deep state" credits no one (it was a "refers to" attribution with no source)."""
    text = (
        "Mr. Trump also implored his administration to investigate Ms. Abedin.\n\n"
        "The term “deep state” typically refers to a shadow government of agency officials who secretly plot to influence policy.\n"
    )
    assert [(s["text"], s["speaker"]) for s in scored_attributions(tmp_path, text)] == [("implored", "Trump")]

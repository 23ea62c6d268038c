"""Cues taken on weaker evidence (framing/weak_cues.py): which are turned down, and that they
stand only outside the content of an attribution taken on full evidence."""

from __future__ import annotations

import pytest

from framing import weak_cues
from framing.models import Attribution, Range
from framing.name_words import TIME_WORDS


@pytest.mark.parametrize(
    "category, participle, first_word, expected",
    [
        ("denial", False, "the", False),  # `Republicans rejected the bill`
        ("lowering", False, "these", False),  # `He brushed off these concerns`
        ("aggressive", False, "the", True),  # `He slammed the door`
        ("raising", False, "a", True),  # `Republicans confirmed a judge` (33% marked)
        ("labeling", False, "him", True),
        ("neutral", False, "in", True),  # `Comey testified in June`
        ("neutral", False, "monday", True),  # `the process concluded Monday`
        ("denial", True, "the", True),  # a participle needs a longer complement
    ],
)
def test_terse_turned_down(category, participle, first_word, expected):
    assert weak_cues.terse_turned_down(category, participle, first_word, TIME_WORDS) is expected


def _att(cue: tuple[int, int], content: tuple[int, int] | None) -> Attribution:
    return Attribution(Range(*cue), "say", "neutral", None, None, Range(*content) if content else None)


def test_a_weak_cue_inside_another_attributions_content_is_dropped():
    outer = _att((5, 9), (10, 60))  # `Aides said Cruz rejected the deal ...`
    inner = _att((15, 23), (24, 32))  # weak: `rejected` inside "said"'s content
    alone = _att((70, 78), (79, 90))  # weak, outside every content
    assert weak_cues.without_nested([outer, inner, alone], {15, 70}, {}) == [outer, alone]


def test_a_weak_cue_crediting_a_quotation_stays():
    outer = _att((5, 9), (10, 60))
    inner = _att((15, 23), (24, 32))
    assert weak_cues.without_nested([outer, inner], {15}, {0: inner}) == [outer, inner]


def test_weak_cues_do_not_drop_each_other():
    first = _att((5, 9), (10, 60))
    second = _att((15, 23), (24, 32))
    assert weak_cues.without_nested([first, second], {5, 15}, {}) == [first, second]


def test_a_weak_cue_of_a_verb_mostly_used_in_another_sense_is_dropped():
    find = Attribution(Range(20, 25), "find", "raising", None, None, Range(26, 31))  # `... might find peace`
    back = Attribution(Range(40, 44), "back", "thought", None, None, Range(45, 60))
    assert weak_cues.without_nested([find, back], {20, 40}, {}) == [back]
    assert weak_cues.without_nested([find], set(), {}) == [find]  # on full evidence it stays


def _headline_attributions(text: str) -> list[tuple[str, str | None, str | None]]:
    import framing

    spans = [s for s in framing.analyze(text).spans if s.type == "attribution"]
    return [(s.text, s.speaker, text[s.content.start : s.content.end] if s.content else None) for s in spans]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A headline's rejection or dismissal of a thing is an act, not reported speech.
        ("Senate rejects the plan\n\nThe vote was close.", []),
        ("Senate Rejects the Plan\n\nThe vote was close.", []),
        ("House rejects Trump's budget plan\n\nThe vote was close.", []),
        ("Putin Skips Talks as Russia Dismisses Trump Pressure, Mocks Zelenskyy\n\nThe talks were off.", []),
        # Words answered by words keep their reading, and so does a rejection in running text.
        ("Trump denies claims he lied\n\nThe vote was close.", [("denies", "Trump", "claims he lied")]),
        ("Trump rejects the plan as a disaster\n\nThe vote was close.", [("rejects", "Trump", "the plan as a disaster")]),
        ("Senators rejected the plan.", [("rejected", "Senators", "the plan")]),
        # A person rejects in words, in a headline as in running text ("The senator rejected the plan").
        ("Senator rejects the plan\n\nThe vote was close.", [("rejects", "Senator", "the plan")]),
        ("Senator Rejects the Plan\n\nThe vote was close.", [("Rejects", "Senator", "the Plan")]),
        ("Gov. Abbott rejects the plan\n\nThe vote was close.", [("rejects", "Abbott", "the plan")]),
        ("Nancy Pelosi dismisses GOP budget plan\n\nThe vote was close.", [("dismisses", "Nancy Pelosi", "GOP budget plan")]),
        ("She rejects the plan\n\nThe vote was close.", [("rejects", None, "the plan")]),
        # An infinitive hangs on the headline's own verb: read as before.
        ("Sanders pushes Dems to reject Puerto Rico debt deal\n\nThe vote was close.", [("reject", "Dems", "Puerto Rico debt deal")]),
    ],
)
def test_a_headline_rejection_of_a_thing_is_an_act(text, expected):
    assert _headline_attributions(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Senator rejects the plan\n\nThe vote was close.", [("rejects", "reject", "Senator", "Senator", "the plan")]),
        ("Senate rejects the plan\n\nThe vote was close.", []),
        ("The senator rejected the plan.", [("rejected", "reject", "senator", "The senator", "the plan")]),
    ],
)
def test_a_persons_headline_rejection_reads_as_in_running_text(text, expected):
    from voice_cases import analyzed_cues

    assert analyzed_cues(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Refusing an act PolNeAR train/dev do not mark (fewer than 40% of uses): no report.
        ("Bayh declined to run for reelection.", []),
        ("He refused to extend the deadline.", []),
        ("The suspect refused to drop the gun.", []),
        ("The protesters refused to leave the lobby.", []),
        # Refusing words, or a policy, is a stance: reported ("declined to comment" 30 of 30).
        ("The spokesman refused to comment on the talks.", [("refused", "refuse", "anonymous", "The spokesman", "to comment on the talks")]),
        ("The senator declined to say whether he would run.", [("declined", "decline", "senator", "The senator", "to say whether he would run")]),
        ("The agency has refused to punish the schools.", [("refused", "refuse", "agency", "The agency", "to punish the schools")]),
        # Refusing to stop, pause or keep a thing running is a stance PolNeAR marks (renew,
        # reinstate, proceed: 3 of 4 uses on train/dev; pause/halt/stop/suspend do not occur).
        ("Russia refused to halt the strikes.", [("refused", "refuse", "Russia", "Russia", "to halt the strikes")]),
        (
            "The company has declined to pause its automation project.",
            [("declined", "decline", "company", "The company", "to pause its automation project")],
        ),
        ("The regulator refused to suspend the licence.", [("refused", "refuse", "regulator", "The regulator", "to suspend the licence")]),
        ("Moscow refuses to stop the shelling.", [("refuses", "refuse", "Moscow", "Moscow", "to stop the shelling")]),
        ("He declined to renew the contract.", [("declined", "decline", None, "He", "to renew the contract")]),
        ("He refused to reinstate the ban.", [("refused", "refuse", None, "He", "to reinstate the ban")]),
    ],
)
def test_refusing_an_act_is_no_report_but_refusing_words_is(text, expected):
    from voice_cases import analyzed_cues

    assert analyzed_cues(text) == expected


@pytest.mark.parametrize(
    "verb, next_word, expected",
    [
        ("decline", "run", True),
        ("refuse", "extend", True),
        ("refuse", "comment", False),
        ("refuse", "punish", False),
        ("refuse", "pause", False),
        ("decline", "halt", False),
        ("refuse", "stop", False),
        ("refuse", "suspend", False),
        ("say", "run", False),
    ],
)
def test_refused_act(verb, next_word, expected):
    assert weak_cues.refused_act(verb, next_word) is expected


def test_refusals_from_framing_score(tmp_path):
    from voice_cases import scored_attributions

    text = "Strikes go on\n\nRussia refused to halt the strikes. Bayh declined to run for reelection.\n"
    spans = scored_attributions(tmp_path, text)
    assert [
        (s["text"], s["speaker"], text[s["source"]["start"] : s["source"]["end"]], text[s["content"]["start"] : s["content"]["end"]])
        for s in spans
    ] == [("refused", "Russia", "Russia", "to halt the strikes")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A lone surname the article gives in full (with a given name or a title): a person.
        (
            "Trump rejects the plan\n\nPresident Donald Trump told reporters on Monday that the budget was a disaster.",
            ("rejects", "reject", "Donald Trump", "Trump", "the plan"),
        ),
        (
            "Abbott rejects the plan\n\nGov. Greg Abbott told reporters that the budget was a disaster.",
            ("rejects", "reject", "Greg Abbott", "Abbott", "the plan"),
        ),
        # A lone given name of the names table, never written as a place: a person.
        ("Hillary rejects the plan\n\nThe vote was close.", ("rejects", "reject", "Hillary", "Hillary", "the plan")),
        # No full name anywhere, a given name written as a place, a body: an act, no attribution.
        ("Trump rejects the plan\n\nThe vote was close.", None),
        ("Jordan rejects the plan\n\nThe talks in Jordan were close.", None),
        ("Russia rejects the plan\n\nVladimir Putin spoke in Russia about the plan and the talks.", None),
    ],
)
def test_a_known_persons_lone_surname_rejects_in_words(text, expected):
    from voice_cases import analyzed_cues

    found = [a for a in analyzed_cues(text) if a[0] == "rejects"]
    assert found == ([expected] if expected else [])

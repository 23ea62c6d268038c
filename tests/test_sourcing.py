"""Attribution breakdowns per outlet: stance of reporting verbs, named vs anonymous, top speakers."""

from __future__ import annotations

import pytest

from framing.sourcing import sourcing


def att(speaker, verb, stance):
    return {"type": "attribution", "speaker": speaker, "verb": verb, "stance": stance}


RECORDS = [
    {"outlet": "A", "spans": [att("Dmitry Peskov", "say", "neutral"), att("Dmitry Peskov", "say", "neutral"),
                              att("anonymous", "say", "neutral"), {"type": "quote", "voice": "quoted", "speaker": "Dmitry Peskov"}]},
    {"outlet": "B", "spans": [att("Dmitry Peskov", "claim", "lowering"), att(None, "insist", "raising"),
                              {"type": "loaded", "voice": "author", "speaker": None}]},
]


def test_stance_breakdown_per_outlet():
    assert sourcing(RECORDS).stance_table() == [
        {"outlet": "A", "stance": "neutral", "attributions": 3, "share": 1.0},
        {"outlet": "B", "stance": "lowering", "attributions": 1, "share": 0.5},
        {"outlet": "B", "stance": "raising", "attributions": 1, "share": 0.5},
    ]


def test_named_vs_anonymous():
    assert sourcing(RECORDS).source_table() == [
        {"outlet": "A", "named": 2, "anonymous": 1, "not named": 0, "attributions": 3, "anonymous_share": 0.3333},
        {"outlet": "B", "named": 1, "anonymous": 0, "not named": 1, "attributions": 2, "anonymous_share": 0.0},
    ]


def test_who_is_quoted_with_which_verbs():
    assert sourcing(RECORDS).speaker_table() == [
        {"outlet": "A", "speaker": "Dmitry Peskov", "attributions": 2, "quotes": 1, "verbs": "say ×2", "spellings": "Dmitry Peskov"},
        {"outlet": "A", "speaker": "anonymous", "attributions": 1, "quotes": 0, "verbs": "say ×1", "spellings": "anonymous"},
        {"outlet": "B", "speaker": "Dmitry Peskov", "attributions": 1, "quotes": 0, "verbs": "claim ×1", "spellings": "Dmitry Peskov"},
    ]


def _said(outlet, *speakers):
    return {"outlet": outlet, "spans": [att(s, "say", "neutral") for s in speakers]}


# BASIL's NYT named Donald Trump three ways across its articles (48, 2 and 33 attributions): three
# rows of "who is quoted most", none of them the true count.
SPELLINGS = [
    ("one person, three spellings; the lone surname joins them where no one else has it",
     ["Donald J. Trump", "Donald J. Trump", "Donald Trump", "Donald John Trump", "Trump"],
     [("Donald J. Trump", 5, "Donald J. Trump | Donald John Trump | Donald Trump | Trump")]),
    ("a lone surname two people of the outlet share stays apart",
     ["Donald Trump", "Melania Trump", "Trump", "Trump"],
     [("Trump", 2, "Trump"), ("Donald Trump", 1, "Donald Trump"), ("Melania Trump", 1, "Melania Trump")]),
    ("two middles that disagree are two people, and the plain name is left alone too",
     ["George W. Bush", "George H.W. Bush", "George Bush"],
     [("George Bush", 1, "George Bush"), ("George H.W. Bush", 1, "George H.W. Bush"), ("George W. Bush", 1, "George W. Bush")]),
    ("a middle name joins the plain name; groups and 'anonymous' are never merged",
     ["Hillary Rodham Clinton", "Hillary Clinton", "Hillary Clinton", "anonymous", "Senate Democrats", "Democrats"],
     [("Hillary Rodham Clinton", 3, "Hillary Rodham Clinton | Hillary Clinton"), ("Democrats", 1, "Democrats"),
      ("Senate Democrats", 1, "Senate Democrats"), ("anonymous", 1, "anonymous")]),
]


@pytest.mark.parametrize("speakers, expected", [s[1:] for s in SPELLINGS], ids=[s[0] for s in SPELLINGS])
def test_spellings_of_one_person_are_one_speaker_row(speakers, expected):
    rows = sourcing([_said("NYT", *speakers)]).speaker_table()
    assert [(r["speaker"], r["attributions"], r["spellings"]) for r in rows] == expected


def test_spellings_are_merged_within_an_outlet_only():
    rows = sourcing([_said("NYT", "Donald Trump"), _said("Fox", "Donald J. Trump", "Trump")]).speaker_table()
    assert [(r["outlet"], r["speaker"], r["attributions"]) for r in rows] == [("NYT", "Donald Trump", 1), ("Fox", "Donald J. Trump", 2)]

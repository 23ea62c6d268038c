"""Attribution breakdowns per outlet: stance of reporting verbs, named vs anonymous, top speakers."""

from __future__ import annotations

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
        {"outlet": "A", "speaker": "Dmitry Peskov", "attributions": 2, "quotes": 1, "verbs": "say ×2"},
        {"outlet": "A", "speaker": "anonymous", "attributions": 1, "quotes": 0, "verbs": "say ×1"},
        {"outlet": "B", "speaker": "Dmitry Peskov", "attributions": 1, "quotes": 0, "verbs": "claim ×1"},
    ]

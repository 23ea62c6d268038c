"""benchmarks/converters.py: each dataset's first records become gold documents with exact offsets."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"benchmarks_{name}", REPO / "benchmarks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


converters = _load("converters")


def assert_offsets(docs):
    """The contract every converter keeps: each span's text is text[start:end]."""
    assert docs
    for d in docs:
        for s in d["spans"]:
            assert d["text"][s["start"] : s["end"]] == s["text"], (d["id"], s)
            for start, end in s.get("fragments", []):
                assert s["start"] <= start < end <= s["end"]


def spans_of(doc, typ=None):
    return [(s["type"], s["start"], s["end"], s["text"]) for s in doc["spans"] if typ is None or s["type"] == typ]


def test_polnear_first_train_article(shared_data):
    docs = converters.polnear(shared_data, "train", limit=1)
    assert_offsets(docs)
    d = docs[0]
    assert (d["id"], d["annotator"]) == ("breitbart_2015-11-11_the-ninth-circle-the-hellish-vie", "d473")
    assert spans_of(d)[:3] == [
        ("source", 110, 112, "we"),
        ("cue", 113, 119, "mocked"),
        ("content", 120, 211, "the presidential ambitions of three Republican hopefuls: Jeb!, Ben Carson, and Donald Trump"),
    ]
    # a content split in two fragments is one span over both, fragments kept
    split = next(s for s in d["spans"] if s["type"] == "content" and s.get("fragments"))
    assert split["fragments"] == [[2103, 2168], [2170, 2425]]
    assert (split["start"], split["end"], split["direct"]) == (2103, 2425, False)  # the first fragment is not quoted


def test_polnear_test_split_keeps_one_annotator_per_article(shared_data):
    docs = converters.polnear(shared_data, "test", limit=2)
    assert_offsets(docs)
    d = docs[0]
    assert d["id"] == "breitbart_2016-10-12_washington-post-backs-hillary-cl"
    cue = next(s for s in d["spans"] if s["type"] == "cue")
    assert (cue["text"], cue["speaker"]) == ("backs", "Washington Post")  # a named source becomes the gold speaker
    wrote = next(s for s in d["spans"] if s["type"] == "content" and s["start"] == 302)
    assert wrote["direct"] is True and wrote["text"].startswith("“Hillary Clinton has the potential")
    assert len({d["id"] for d in docs}) == 2


def test_basil_offsets_are_rebuilt_from_sentences(shared_data):
    docs = converters.basil(shared_data, limit=1)
    assert_offsets(docs)
    d = docs[0]
    assert d["text"].startswith("Trump Plans Meeting on Arizona Birth Bill \n\nDonald Trump is investing more in the conspiracy theories")
    # sentence 0, offsets 38-57 in BASIL, moves past the title and its blank line (42 + 2 characters)
    assert ("loaded", 82, 101, "conspiracy theories") in spans_of(d)
    quoted = next(s for s in d["spans"] if s["text"] == "I’m honored to get the ability to meet with him")
    assert (quoted["type"], quoted["voice"], quoted["basil_speaker"]) == ("informational", "quoted", "other_pro")
    assert "speaker" not in quoted  # other_* is not a person


def test_basil_title_spans(shared_data):
    docs = converters.basil(shared_data)
    in_title = [(d["id"], s["text"]) for d in docs for s in d["spans"] if s["end"] <= len(d["title"])]
    assert len(in_title) == 3  # PROVENANCE: 3 spans sit in the headline
    assert ("70c75d68-bf65-46a6-a822-15c23d77a275_3", "'Compromise'") in in_title
    assert_offsets(docs)


def test_ptc_keeps_loaded_language_and_name_calling(shared_data):
    docs = converters.ptc(shared_data, limit=2)
    assert_offsets(docs)
    assert docs[0]["id"] == "111111111" and docs[0]["spans"] == []  # its spans are Doubt, Repetition, ...
    first = docs[1]["spans"][:3]
    assert [(s["start"], s["end"], s["text"], s["technique"]) for s in first] == [
        (911, 942, "a striking blow against freedom", "Loaded_Language"),
        (958, 1013, 'the nation that gave the world the Magna Carta is dead"', "Loaded_Language"),
        (1738, 1787, "so-called land of democracy and freedom of speech", "Name_Calling,Labeling"),
    ]
    with pytest.raises(ValueError, match="only for the train split"):
        converters.ptc(shared_data, "dev")


def test_conll2010_sentences(shared_data):
    docs = converters.conll2010_wiki(shared_data, "train", limit=2)
    assert docs == [
        {"id": "train-0", "text": "The' .338 Winchester Magnum' was introduced in 1958 by Winchester Repeating Arms Company.", "label": 0, "spans": []},
        {"id": "train-1", "text": "It is also a useful round for thin-skinned African game.", "label": 0, "spans": []},
    ]


def test_babe_biased_words_become_spans(shared_data):
    docs = converters.babe(shared_data, limit=2)
    assert_offsets(docs)
    assert (docs[0]["label"], docs[0]["spans"]) == (0, [])
    assert docs[1]["label"] == 1
    assert spans_of(docs[1]) == [("loaded", 56, 74, "characteristically"), ("loaded", 75, 82, "bizarre")]


def test_babe_function_words_are_not_spans(shared_data):
    # sg2-9 marks ['blows', 'up', 'absurd', 'lies', 'nationalism', 'white']: "up" would match any "up"
    doc = next(d for d in converters.babe(shared_data, limit=12) if d["id"] == "sg2-9")
    assert_offsets([doc])
    assert sorted({s["text"].lower() for s in doc["spans"]}) == ["absurd", "blows", "lies", "nationalism", "white"]


@pytest.mark.parametrize(
    ("fragments", "direct"),
    [
        (["“We will win.”"], True),
        (['"It just amazed me how quickly they rushed,"'], True),
        (["“If he thinks that makes him smart,”", "“what does he think of you?”"], True),
        (["“She has executive experience.", "She does not let her feelings get in the way.", "She is well positioned,”"], True),
        (["''ready to lead the company into the future,''"], True),
        (["“maybe” the conduct of the campaign"], False),
        (["that rival Hillary Clinton had shown bad judgment “as a paragon of virtue.”"], False),
        (["the biggest victor was the stage itself:", "“The clear winner was Fox.”"], False),
        (["the plan is dead"], False),
        ([], False),
    ],
)
def test_is_direct_quote(fragments, direct):
    assert converters.is_direct_quote(fragments) is direct


@pytest.mark.parametrize(("ptb", "plain"), [
    ("-LRB- 1958 -RRB-", "( 1958 )"),
    ("`` weasel '' words", '" weasel " words'),
    # Split clitics rejoined: "could n't" is no hedge once it reads "couldn't", and a lone "'s"
    # is no closing quotation mark.
    ("It 's been said that he could n't swim .", "It's been said that he couldn't swim ."),
    ("Huxley 's album ; they 're , we 've , I 'm , ca n't", "Huxley's album ; they're , we've , I'm , can't"),
    ("` Investigations' was influential", "` Investigations' was influential"),
])
def test_detokenise_ptb(ptb, plain):
    assert converters.detokenise_ptb(ptb) == plain


@pytest.mark.slow
@pytest.mark.parametrize(
    ("convert", "kwargs", "documents", "spans"),
    [
        ("polnear", {"split": "test"}, 84, {"source": 1878, "cue": 2044, "content": 2044}),
        ("basil", {}, 300, {"loaded": 480, "informational": 1246}),
        ("ptc", {}, 371, {"loaded": 2123 + 1058}),  # PROVENANCE: Loaded_Language 2,123; Name_Calling 1,058
        ("babe", {}, 3673, {"loaded": 3785}),  # 3,674 rows less the one "No agreement"; function words left out
    ],
)
def test_whole_datasets_convert_with_exact_offsets(shared_data, convert, kwargs, documents, spans):
    docs = getattr(converters, convert)(shared_data, **kwargs)
    assert_offsets(docs)
    counts: dict[str, int] = {}
    for d in docs:
        for s in d["spans"]:
            counts[s["type"]] = counts.get(s["type"], 0) + 1
    assert (len(docs), counts) == (documents, spans)


def test_accuracy_benchmark_reports_the_converted_gold(shared_data):
    """The benchmark's n column is the gold the converter produced (PolNeAR's first 3 test articles)."""
    gold = converters.polnear(shared_data, "test", limit=3)
    cues = sum(s["type"] == "cue" for d in gold for s in d["spans"])
    direct = sum(s["type"] == "content" and s["direct"] for d in gold for s in d["spans"])
    out = subprocess.run([sys.executable, str(REPO / "benchmarks" / "accuracy.py"), "--dataset", "polnear", "--limit", "3", "--json", "--data", str(shared_data)],
                         capture_output=True, text=True, check=True).stdout
    rows = {r["measure"]: r for r in json.loads(out)["datasets"][0]["rows"]}
    assert rows["cue F1 (overlap)"]["n"] == cues and rows["cue F1 (overlap)"]["target"] == 0.80
    assert rows["content, direct quotes F1 (overlap)"]["n"] == direct
    assert all(0.0 <= r["value"] <= 1.0 for r in rows.values() if r["value"] is not None)


@pytest.mark.parametrize(
    ("docs", "key", "even", "odd"),
    [
        # numeric groups (PTC article ids) go by parity
        ([{"id": "111111112"}, {"id": "111111113"}, {"id": "7"}], "id", ["111111112"], ["111111113", "7"]),
        # other groups (BASIL triplet uuids) by position in sorted order; a group's documents stay together
        ([{"id": "a1", "triplet": "c"}, {"id": "a2", "triplet": "a"}, {"id": "a3", "triplet": "b"}, {"id": "a4", "triplet": "c"}],
         "triplet", ["a1", "a2", "a4"], ["a3"]),
    ],
)
def test_half_is_a_deterministic_split_by_group(docs, key, even, odd):
    assert [d["id"] for d in converters.half(docs, "even", key)] == even
    assert [d["id"] for d in converters.half(docs, "odd", key)] == odd


def test_half_rejects_other_names():
    with pytest.raises(ValueError, match="halves are even and odd, not 'first'"):
        converters.half([{"id": "1"}], "first", "id")


def test_basil_and_ptc_halves_cover_the_data_once(shared_data):
    basil = converters.basil(shared_data)
    even, odd = converters.half(basil, "even", "triplet"), converters.half(basil, "odd", "triplet")
    assert (len(even), len(odd)) == (150, 150)
    assert not {d["triplet"] for d in even} & {d["triplet"] for d in odd}
    ptc = converters.ptc(shared_data)
    even, odd = converters.half(ptc, "even", "id"), converters.half(ptc, "odd", "id")
    assert (len(even), len(odd)) == (182, 189)
    assert all(int(d["id"]) % 2 == 0 for d in even)

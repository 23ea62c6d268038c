"""Quoted terms that are named or someone else's (framing/quoted_terms.py, read in framing/quotes.py).

`Trump used the term "fake news"`: the term is Trump's word (voice `quoted`, speaker Trump).
`The term "deep state" refers to ...`: the term is only named (a mention): voice `author`, the
finding's rule starts with "mention:", and the own-voice scores leave it out.
"""

from __future__ import annotations

import csv
import json

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

import framing
from framing import score
from framing.cli import app
from framing.models import MENTION_RULE, Span

runner = CliRunner()

# sentence -> the quotation and loaded findings: (type, text, voice, speaker, mention?)
CASES = [
    # someone else's term: a verb of using or coining, its subject the speaker
    ('Trump used the term "fake news" to describe CNN.',
     [("quote", '"fake news"', "quoted", "Trump", False), ("loaded", "fake news", "quoted", "Trump", False)]),
    ('Donald Trump spoke in Ohio. Later, Trump used the term "fake news" to describe CNN.',  # the full name
     [("quote", '"fake news"', "quoted", "Donald Trump", False), ("loaded", "fake news", "quoted", "Donald Trump", False)]),
    ('Trump has repeatedly invoked the phrase "fake news".',
     [("quote", '"fake news"', "quoted", "Trump", False), ("loaded", "fake news", "quoted", "Trump", False)]),
    ('Bannon coined the term "deep state" years ago.',
     [("quote", '"deep state"', "quoted", "Bannon", False), ("loaded", "deep state", "quoted", "Bannon", False)]),
    ('Critics adopted the label "radical" for the plan.',
     [("quote", '"radical"', "quoted", "anonymous", False), ("loaded", "radical", "quoted", "anonymous", False)]),
    ('Trump tweeted the word "disgraceful" on Monday.',
     [("quote", '"disgraceful"', "quoted", "Trump", False), ("loaded", "disgraceful", "quoted", "Trump", False)]),
    ('Trump gave Cruz the nickname "Lyin\' Ted".',
     [("quote", '"Lyin\' Ted"', "quoted", "Trump", False), ("loaded", "Lyin' Ted", "quoted", "Trump", False)]),
    ('Trump unloaded on Cruz in return, yoking him with the nickname "Lyin\' Ted."',  # a participle: the sentence's subject
     [("quote", '"Lyin\' Ted."', "quoted", "Trump", False), ("loaded", "Lyin' Ted", "quoted", "Trump", False)]),
    ('He has popularised the phrase "fake news".',  # someone's word, though no one is named before "he"
     [("quote", '"fake news"', "quoted", None, False), ("loaded", "fake news", "quoted", None, False)]),
    # a possessive owner
    ('Trump\'s term "fake news" stuck.',
     [("quote", '"fake news"', "quoted", "Trump", False), ("loaded", "fake news", "quoted", "Trump", False)]),
    ('Sen. Elizabeth Warren spoke. Warren\'s favorite word, "rigged", came up.',
     [("quote", '"rigged"', "quoted", "Elizabeth Warren", False), ("loaded", "rigged", "quoted", "Elizabeth Warren", False)]),
    ('Donald Trump spoke. His word "disaster" came up often.',
     [("quote", '"disaster"', "quoted", "Donald Trump", False), ("loaded", "disaster", "quoted", "Donald Trump", False)]),
    # an agent after the quotation
    ('The term "deep state", coined by Mike Lofgren, is loaded.',
     [("quote", '"deep state"', "quoted", "Mike Lofgren", False), ("loaded", "deep state", "quoted", "Mike Lofgren", False)]),
    ('The label "thug", which Trump has used for protesters, stuck.',
     [("quote", '"thug"', "quoted", "Trump", False), ("loaded", "thug", "quoted", "Trump", False)]),
    ('The nickname "Crooked Hillary" was popularized by Trump.',
     [("quote", '"Crooked Hillary"', "quoted", "Trump", False), ("loaded", "Crooked Hillary", "quoted", "Trump", False)]),
    ('What Trump called "fake news" spread.',  # what X calls|called "Y" (a reporting cue, as before)
     [("quote", '"fake news"', "quoted", "Trump", False), ("loaded", "fake news", "quoted", "Trump", False)]),
    ('What critics call a "disaster" is here.',
     [("quote", '"disaster"', "quoted", "anonymous", False), ("loaded", "disaster", "quoted", "anonymous", False)]),
    # mentions: the term named, used by no one
    ('The term "deep state" refers to a conspiracy theory.',
     [("quote", '"deep state"', "author", None, False), ("loaded", "deep state", "author", None, True),
      ("loaded", "conspiracy theory", "author", None, False)]),  # the outlet's own words after it still count
    ('The word "disaster" appears twice.',
     [("quote", '"disaster"', "author", None, False), ("loaded", "disaster", "author", None, True)]),
    ('The phrase "radical left" is common.',
     [("quote", '"radical left"', "author", None, False), ("loaded", "radical left", "author", None, True)]),
    ('Using the word "disaster" is wrong.',
     [("quote", '"disaster"', "author", None, False), ("loaded", "disaster", "author", None, True)]),
    ('Critics say the term "deep state" is misleading.',  # the critics discuss the term, they do not use it
     [("quote", '"deep state"', "author", None, False), ("loaded", "deep state", "author", None, True)]),
    ('Cruz slammed the president for not using the term "radical Islamic terrorism."',  # a use denied: nobody's
     [("loaded", "slammed", "author", None, False), ("quote", '"radical Islamic terrorism."', "author", None, False),
      ("loaded", "radical", "author", None, True)]),
    ('Clinton was urged to refrain from using the phrase "fake news".',
     [("quote", '"fake news"', "author", None, False), ("loaded", "fake news", "author", None, True)]),
    ('Sen. Ted Cruz spoke on Monday. He defended his use of the term "fake news".',  # a possessive before "use of"
     [("quote", '"fake news"', "quoted", "Ted Cruz", False), ("loaded", "fake news", "quoted", "Ted Cruz", False)]),
    # not mentions: the outlet's own distancing (scare quotes) and a term inside a spoken quotation
    ('The so-called "deep state" is a myth.',
     [("loaded", "so-called", "author", None, False), ("quote", '"deep state"', "author", None, False),
      ("loaded", "deep state", "author", None, False), ("loaded", "myth", "author", None, False)]),
    ('"I never used the word \'disaster\'," Smith said.',
     [("quote", '"I never used the word \'disaster\',"', "quoted", "Smith", False),
      ("loaded", "disaster", "quoted", "Smith", False)]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_quoted_terms_get_their_voice_speaker_and_mention_flag(text, expected):
    spans = framing.analyze(text).spans
    got = [(s.type, s.text, s.voice, s.speaker, s.mention) for s in spans if s.type in ("quote", "loaded")]
    assert got == expected
    for s in spans:
        assert text[s.start : s.end] == s.text


LABELS = [
    # a label a thing bears (BASIL 87609973, Fox: 'At least four of the documents were marked “classified.”'): named, used by no one
    ("At least four of the documents were marked \u201cclassified.\u201d", "mention"),
    ('Files stamped "top secret" were found in the garage.', "mention"),
    ('The boxes were marked as "fragile" by the movers.', "mention"),
    ('Documents marked "classified" were found, including "sensitive but unclassified" notes.', "mention scare"),  # only the label
    ('The speech marked "a new era," Pelosi said.', "direct"),  # a quotation someone is said to have spoken stays theirs
    ('Critics labelled him "a traitor".', "fragment"),  # "labelled": someone's word, not a mark
]


@pytest.mark.parametrize("text, kinds", LABELS)
def test_a_label_a_thing_is_marked_with_is_named_not_used(text, kinds):
    assert " ".join(s.category for s in framing.analyze(text).spans if s.type == "quote") == kinds


def test_framing_score_writes_a_marked_label_as_a_mention(tmp_path):
    (tmp_path / "a.txt").write_text("Emails released\n\nAt least four of the documents were marked \u201cclassified.\u201d\n", encoding="utf-8")
    out = tmp_path / "s.jsonl"
    result = runner.invoke(app, ["score", str(tmp_path / "a.txt"), "--out", str(out), "--no-model"])
    assert result.exit_code == 0, result.output
    quotes = [s for s in json.loads(out.read_text(encoding="utf-8"))["spans"] if s["type"] == "quote"]
    assert [(q["text"], q["category"], q["voice"], q["speaker"]) for q in quotes] == [("\u201cclassified.\u201d", "mention", "author", None)]


@pytest.mark.parametrize("text, kind", [
    ('The term "deep state" refers to a conspiracy theory.', "mention"),
    ('Trump used the term "fake news" to describe CNN.', "fragment"),
    ('The so-called "deep state" is a myth.', "scare"),
])
def test_the_quotation_says_its_kind(text, kind):
    assert [s.category for s in framing.analyze(text).spans if s.type == "quote"] == [kind]


def test_a_mention_finding_says_why_in_its_rule():
    spans = framing.analyze('The term "deep state" refers to a conspiracy theory.').spans
    mention = next(s for s in spans if s.type == "loaded" and s.text == "deep state")
    assert mention.rule == MENTION_RULE
    assert mention.rule.startswith("mention: the quoted term is named, not used")
    assert mention.to_dict()["rule"] == MENTION_RULE and json.loads(mention.to_json())["rule"] == MENTION_RULE


@pytest.mark.parametrize("text, cues", [
    ('The term "deep state" refers to a conspiracy theory.', []),  # a definition, not speech
    ('"Deep state" refers to a conspiracy theory.', []),
    ("The word refers to a group of officials.", []),
    ('Trump referred to Clinton as "Crooked Hillary".', [("referred to", "Trump")]),
    ("It refers to the share of jobless people.", [("refers to", None)]),  # PolNeAR marks these: kept
])
def test_refers_to_after_a_term_is_no_attribution(text, cues):
    spans = framing.analyze(text).spans
    assert [(s.text, s.speaker) for s in spans if s.type == "attribution"] == cues


def test_a_mention_does_not_raise_the_outlets_loaded_density():
    named = framing.analyze('The term "deep state" appears in the report.').scores
    plain = framing.analyze("The term in question appears in the report.").scores
    used = framing.analyze("The deep state appears in the report once more.").scores
    assert named["loaded_author_per_1k"] == plain["loaded_author_per_1k"] == 0.0
    assert named["loaded_weighted_author_per_1k"] == named["loaded_per_1k"] == 0.0
    assert used["loaded_author_per_1k"] > 0  # the same word used as the outlet's own does count


def test_the_score_functions_leave_mention_spans_out():
    def span(type_, rule=None, weight=2):
        return Span(0, 1, "x", type_, weight=weight, voice="author", rule=rule)

    findings = [span("loaded"), span("loaded", MENTION_RULE), span("loaded", MENTION_RULE + "; overlap: also matched 'x'"),
                span("hedge", MENTION_RULE), span("booster", MENTION_RULE), span("hedge")]
    x = score.ScoreInput(words=100, quoted_words=0, spans=findings, sentences=[])
    assert score.SCORES["loaded_author_per_1k"](x) == 10.0  # 1 of the 3 loaded findings
    assert score.SCORES["loaded_per_1k"](x) == 10.0
    assert score.SCORES["loaded_weighted_author_per_1k"](x) == 20.0  # its weight 2
    assert score.SCORES["hedge_per_1k"](x) == 10.0
    assert score.SCORES["booster_per_1k"](x) == 0.0


def test_framing_score_exports_the_mention_in_every_format(tmp_path):
    article = tmp_path / "news" / "terms.txt"
    article.parent.mkdir()
    article.write_text(
        'The term "deep state" refers to a conspiracy theory. Trump used the term "fake news" to describe CNN.\n',
        encoding="utf-8",
    )
    jsonl, scores_csv, spans_csv, folder = (tmp_path / "s.jsonl", tmp_path / "s.csv", tmp_path / "sp.csv", tmp_path / "s.parquet")
    for args in (["-o", str(jsonl)], ["-f", "csv", "-o", str(scores_csv), "--spans", str(spans_csv)], ["-f", "parquet", "-o", str(folder)]):
        result = runner.invoke(app, ["score", str(article.parent), "--no-model", "--jobs", "1", *args])
        assert result.exit_code == 0, result.output

    record = json.loads(jsonl.read_text(encoding="utf-8"))
    loaded = [(s["text"], s["voice"], s["speaker"], (s["rule"] or "").startswith("mention:")) for s in record["spans"] if s["type"] == "loaded"]
    assert loaded == [("deep state", "author", None, True), ("conspiracy theory", "author", None, False),
                      ("fake news", "quoted", "Trump", False)]
    assert [s["category"] for s in record["spans"] if s["type"] == "quote"] == ["mention", "fragment"]
    # one loaded word of the outlet's own ("conspiracy theory") over its own words: the mention is left out
    own_words = record["words"] - 2  # "fake news" is Trump's
    assert record["scores"]["loaded_author_per_1k"] == round(1000 / own_words, 2)

    with spans_csv.open(encoding="utf-8", newline="") as f:
        rows = [r for r in csv.DictReader(f) if r["type"] == "loaded"]
    assert [(r["text"], r["voice"], r["rule"].startswith("mention:")) for r in rows] == [
        ("deep state", "author", True), ("conspiracy theory", "author", False), ("fake news", "quoted", False)]
    table = pq.read_table(folder / "spans").to_pylist()
    assert [r["rule"] for r in table if r["text"] == "deep state" and r["type"] == "loaded"] == [MENTION_RULE]
    with scores_csv.open(encoding="utf-8", newline="") as f:
        assert float(next(csv.DictReader(f))["loaded_author_per_1k"]) == record["scores"]["loaded_author_per_1k"]


def test_the_report_explains_a_mention_quotation():
    from framing.report import QUOTE_CATEGORIES, category_notes

    assert category_notes()["quote"]["mention"] == QUOTE_CATEGORIES["mention"] == (
        "a term the outlet names, not uses (“the term … refers to”): nobody's word, left out of the scores")

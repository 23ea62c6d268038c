"""One reading of "claims"/"calls" as a noun (framing/object_nouns.py), and its two callers: the
attribution cues (framing.cue_reading.object_noun) and the loaded `noun-use` rule
(framing.rules_senses.noun_use) must agree wherever they ask the same question."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from framing import Analyzer, Article
from framing.cli import app
from framing.lexicon import load
from framing.object_nouns import is_object_noun, noun_markers
from framing.segment import word_tokens

HEADER = "term\tcategory\tweight\tnote\tsource\n"
PACKAGED = load()


def reading(text: str, word: str, lexicons=PACKAGED) -> tuple[bool, bool]:
    """(is `word` an attribution cue?, is it a loaded span?) at its first occurrence in `text`."""
    start = text.index(word)
    spans = Analyzer(lexicons).analyze(Article(id="t", text=text)).spans
    covers = {s.type for s in spans if s.start <= start < s.end}
    return "attribution" in covers, "loaded" in covers


@pytest.mark.parametrize(
    "text, word, expected",
    [
        ("Turnout rose despite claims that it was rigged.", "claims", True),
        ("Despite claims that it was rigged, turnout rose.", "claims", True),  # capitalised, at the start
        ("Officials denied claims that it was rigged.", "claims", True),  # an object verb, in any form
        ("The mayor rejects calls for a recount.", "calls", True),
        ("The mayor said claims of fraud were false.", "claims", True),  # a verb of saying
        ("Voters were angry over claims of fraud.", "claims", True),  # a month_context preposition
        ("Trump claims that it was rigged.", "claims", False),  # a name is no marker
        ("Democrats claim that it was rigged.", "claim", False),  # a bare form is never read
        ("Officials want to claim victory.", "claim", False),  # nor after "to"
        ("Officials ignored claims that it was rigged.", "claims", False),  # not a listed verb
        ("The senator denied, claims that it was rigged.", "claims", False),  # a comma between
        ("The senator denied\nclaims that it was rigged.", "claims", False),  # a line break between
        ("Claims that it was rigged spread.", "Claims", False),  # no word before
        # One modifier between the marker and the noun (HuffPost): an adjective or a participle.
        ("Families are seeking to make humanitarian claims such as asylum.", "claims", True),
        ("The mayor rejects renewed calls for a recount.", "calls", True),
        ("Despite what he claims, it failed.", "claims", False),  # a pronoun: the verb's subject
        ("It is over for officials claims it.", "claims", False),  # a plural is no modifier
        ("Officials deny the report claims that it was rigged.", "claims", False),  # a determiner's noun: the subject
    ],
)
def test_is_object_noun(text, word, expected):
    tokens = word_tokens(text)
    i = next(k for k, t in enumerate(tokens) if text[t.start : t.end] == word)
    assert is_object_noun(text, tokens, i, noun_markers(PACKAGED)) is expected


@pytest.mark.parametrize(
    "word, listed",
    [
        ("despite", True), ("denied", True), ("rejects", True), ("said", True), ("in", True), ("following", True),
        ("democrats", False), ("ignored", False), ("the", False), ("his", False),
    ],
)
def test_noun_markers_hold_every_form_of_the_rows_and_the_verbs_of_saying(word, listed):
    assert (word in noun_markers(PACKAGED)) is listed


def test_noun_markers_are_built_once_per_lexicon_set():
    assert noun_markers(PACKAGED) is noun_markers(PACKAGED)


# Both callers on one table: "claims" is both a reporting cue and a loaded verb ("claim"), so in
# each shared case either both take it (the verb) or neither (the noun).
SHARED = [
    ("Turnout rose despite claims that the vote was rigged.", False),
    ("Despite claims that the vote was rigged, turnout rose.", False),
    ("Amid claims that the vote was rigged, the mayor stayed on.", False),
    ("Officials denied claims that the vote was rigged.", False),
    ("The group disputed claims that the vote was rigged.", False),
    ("The mayor said claims that the vote was rigged were false.", False),
    ("Protesters shouted over claims that the vote was rigged.", False),
    ("The report is based on claims that the vote was rigged.", False),
    ("Trump claims that the vote was rigged.", True),
    ("Trump claims the vote was rigged.", True),
    ("She often claims that the vote was rigged.", True),
    ("The group, he claims, was rigged.", True),
    ("Officials ignored claims that the vote was rigged.", True),
    ("The senator denied, claims that the vote was rigged.", True),
]


@pytest.mark.parametrize("text, verb", SHARED)
def test_cue_and_loaded_readings_agree(text, verb):
    assert reading(text, "claims") == (verb, verb)


@pytest.mark.xfail(reason='"to" is a predicative_follower row ("certain to"), and a term has one category in '
                          "context_words.tsv, so it is no noun marker", strict=True)
def test_after_to_claims_is_a_noun():
    assert reading("He responded to claims that the vote was rigged.", "claims") == (False, False)


@pytest.mark.parametrize(
    "text, cue",
    [
        ("His claims that the vote was rigged were false.", True),
        ("Trump's claims that the vote was rigged were false.", True),
        # An article and no possessor: credited to no one (PolNeAR train/dev: 1 of 24 marked).
        ("The claims that the vote was rigged were false.", False),
    ],
)
def test_after_a_determiner_the_noun_credits_words_only_to_a_possessor_and_is_not_loaded(text, cue):
    """The callers' one different question: a determiner makes "claims" a noun for both, but a
    noun with a possessor and a that-clause is still a cue (PolNeAR marks it), and the noun is
    never loaded."""
    assert reading(text, "claims") == (cue, False)


@pytest.mark.parametrize("text", ["The mayor rejects calls for a recount.", "Amid calls for a recount, the mayor stayed on."])
def test_calls_after_a_marker_is_no_cue(text):
    assert reading(text, "calls")[0] is False


def test_the_senator_calls_for_a_recount_is_a_cue():
    assert reading("The senator calls for a recount.", "calls")[0] is True


SENTENCE = "Officials ignored claims that the vote was rigged."


def test_a_users_noun_marker_row_changes_both_readings(tmp_path):
    (tmp_path / "context_words.tsv").write_text(HEADER + "ignore\tnoun_marker\t\ttakes the noun as its object\tme\n", encoding="utf-8")
    mine = load([tmp_path])
    assert "ignored" in noun_markers(mine) and "ignored" not in noun_markers(PACKAGED)
    assert reading(SENTENCE, "claims") == (True, True)
    assert reading(SENTENCE, "claims", mine) == (False, False)


def test_a_users_noun_marker_row_from_the_cli(tmp_path):
    (tmp_path / "context_words.tsv").write_text(HEADER + "ignore\tnoun_marker\t\ttakes the noun as its object\tme\n", encoding="utf-8")
    runner = CliRunner()
    before = runner.invoke(app, ["lexicon", "test", SENTENCE]).stdout
    after = runner.invoke(app, ["lexicon", "test", SENTENCE, "--lexicon", str(tmp_path)])
    assert after.exit_code == 0
    assert "'claims'\tattribution/lowering" in before and "'claims'\tloaded/loaded_verb" in before
    assert "attribution" not in after.stdout
    assert "'claims'\tnot a finding (loaded 'claim'): noun-use: 'claim' after 'ignored' is a noun" in after.stdout


def test_a_modified_object_noun_from_the_cli(tmp_path):
    """`framing score`: "make humanitarian claims" holds no loaded word (the noun); "he claims"
    beside it is still the loaded verb."""
    import json

    from typer.testing import CliRunner

    from framing.cli import app

    path = tmp_path / "asylum.txt"
    path.write_text("Families are seeking to make humanitarian claims such as asylum. He claims it was fine.\n",
                    encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["score", str(path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    record = json.loads(out.read_text(encoding="utf-8"))
    assert [(s["text"], s["start"]) for s in record["spans"] if s["type"] == "loaded"] == [("claims", 68)]

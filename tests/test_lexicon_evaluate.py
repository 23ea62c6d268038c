"""Reading a gold file for `framing lexicon evaluate`: which sentences count as biased, plain, or
neither (framing/lexicon_evaluate.py)."""

from __future__ import annotations

import json

import pytest

from framing.lexicon import LexiconError
from framing.lexicon_evaluate import gold_labels, read_gold


@pytest.mark.parametrize(
    "values, positive, expected",
    [
        # BABE's names and the boolean spellings, as before; "No agreement" and empty are neither
        (["Biased", "Non-biased", "No agreement", ""], None, {"Biased": True, "Non-biased": False}),
        (["1", "0", "TRUE"], None, {"1": True, "0": False, "TRUE": True}),
        (["Biased", "Biased"], None, {"Biased": True}),  # a gold set of biased sentences only
        # a builder's own names, read as `framing train` reads them (they had been "no agreement")
        (["opinion", "not opinion", "No agreement"], "opinion", {"opinion": True, "not opinion": False}),
        (["certain", "uncertain"], "uncertain", {"certain": False, "uncertain": True}),  # a hedge gold set
        (["loaded", "plain", "Loaded"], "loaded", {"loaded": True, "plain": False, "Loaded": True}),
        (["biased (loaded)", "neutral"], "Biased (loaded)", {"biased (loaded)": True, "neutral": False}),
        (["Biased", "Non-biased", "non-biased"], "Non-biased", {"Biased": False, "Non-biased": True, "non-biased": True}),
    ],
)
def test_gold_labels(tmp_path, values, positive, expected):
    assert gold_labels(values, tmp_path / "gold.csv", "label", positive) == expected


@pytest.mark.parametrize(
    "values, message",
    [
        (["loaded", "plain"], "column 'label' labels its sentences 'loaded' and 'plain', not Biased / Non-biased or 1 / 0; "
                              "name the class whose sentences should have a hit with --positive (e.g. --positive 'loaded')"),
        # never guessed from the names, as train guesses: 'certain' would be positive, wrong for hedges
        (["uncertain", "certain"], "column 'label' labels its sentences 'certain' and 'uncertain', not Biased / Non-biased or 1 / 0; "
                                   "name the class whose sentences should have a hit with --positive (e.g. --positive 'certain')"),
        (["Biased", "Non-biased", "Biassed", "Biased"],
         "column 'label' must hold exactly two classes to train or evaluate on, found 3: 'Biased' (2 rows, first on line 2), "
         "'Non-biased' (1 row, line 3), 'Biassed' (1 row, line 4)"),
    ],
)
def test_gold_labels_that_cannot_be_read_are_an_error_naming_file_and_column(tmp_path, values, message):
    with pytest.raises(LexiconError) as e:
        gold_labels(values, tmp_path / "gold.csv", "label", None)
    assert str(e.value) == f"{tmp_path / 'gold.csv'}: {message}"


def test_read_gold_reads_a_builders_own_label_names_over_the_whole_file_whatever_the_split(tmp_path):
    path = tmp_path / "gold.csv"
    path.write_text("text,words,label\nA vile plan.,vile,loaded\nA plan.,,plain\nA bad plan.,bad,loaded\nNo idea.,,\n", encoding="utf-8")
    rows = read_gold(path, "text", "words", "label", positive="loaded")
    assert [(g.text, g.label, g.row) for g in rows] == [("A vile plan.", True, 2), ("A plan.", False, 3), ("A bad plan.", True, 4), ("No idea.", None, 5)]
    # the odd half holds only plain sentences and an empty label: still read against the whole file
    assert [(g.text, g.label) for g in read_gold(path, "text", "words", "label", split="test", positive="loaded")] == [("A plan.", False), ("No idea.", None)]


def test_rows_labelled_neither_way_are_counted_as_left_out(tmp_path):
    """BABE's one 'No agreement' row had left '3673 sentences' from 3,674 rows unexplained."""
    from framing.lexicon import load
    from framing.lexicon_evaluate import evaluate

    path = tmp_path / "gold.csv"
    path.write_text("text,words,label\nA vile plan.,vile,Biased\nA plan.,,Non-biased\nA fine plan.,,No agreement\n"
                    "A sorry plan.,sorry,No agreement\n", encoding="utf-8")
    ev = evaluate(read_gold(path, "text", "words", "label"), load(()))
    # the tie with a word marked still counts at the word level; the one with none is left out
    assert (ev.sentences, ev.left_out, ev.word_sentences) == (3, 1, 3)
    assert ev.summary()["left_out"] == 1


NEW_LEXICON = ("'euphemism' is a lexicon of your own: its findings are of the type 'euphemism' when the file is passed; "
               "add --lexicon with the folder or file that holds it")
TYPE_ROWS = [
    ("euphemism", "--types: " + NEW_LEXICON),
    ("contempt", "--types: 'contempt' is a category of 'loaded': use --types loaded (the figures are printed per category too, "
                 "and --term lists an entry's hits)"),
    ("neutral", "--types: 'neutral' is a category of 'reporting_verbs': use --types attribution (the figures are printed per category "
                "too, and --term lists an entry's hits)"),
    ("reporting_verbs", "--types: 'reporting_verbs' is a lexicon, whose rows are found as 'attribution' findings: use --types attribution"),
    ("negators", "--types: 'negators' is a word list the context rules read, not found as findings of its own; use one or more of "
                 "loaded, hedge, booster, attribution, quote, anonymous_source"),
    ("lodaed", "--types: unknown finding type 'lodaed'; use one or more of loaded, hedge, booster, attribution, quote, anonymous_source, "
               "comma-separated"),
]


def _new_lexicon(folder):
    folder.mkdir()
    (folder / "metadata.json").write_text('{"euphemism": {"inflect": false, "categories": {"military": "war euphemisms"}}}', encoding="utf-8")
    (folder / "euphemism.tsv").write_text("term\tcategory\tweight\tnote\tsource\ncollateral damage\tmilitary\t2\t\tme\n", encoding="utf-8")


@pytest.mark.parametrize("name, expected", TYPE_ROWS)
def test_a_types_value_that_is_no_finding_type_says_what_to_pass_instead(tmp_path, name, expected):
    from framing.lexicon import load
    from framing.lexicon_evaluate import unknown_type
    from framing.models import SPAN_TYPES

    _new_lexicon(tmp_path / "mine")
    assert unknown_type(name, SPAN_TYPES, load([tmp_path / "mine"]), load(())) == expected


def test_evaluate_types_of_a_new_lexicon_measures_its_findings_from_the_cli(tmp_path, monkeypatch):
    """`--types euphemism --lexicon mine` (a lexicon of the user's own) measures its rows, as --types loaded does."""
    from typer.testing import CliRunner

    from framing.cli import app

    _new_lexicon(tmp_path / "mine")
    (tmp_path / "gold.csv").write_text("text,words,label\nThe raid caused collateral damage.,collateral damage,Biased\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["lexicon", "evaluate", "--data", "gold.csv", "--words-col", "words", "--label-col", "label",
                                      "--types", "euphemism", "--lexicon", "mine", "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["word_level"]["hits"] == 1 and summary["word_level"]["correct"] == 1
    assert summary["categories"]["euphemism/military"]["hits"] == 1


@pytest.mark.parametrize("name, expected", TYPE_ROWS[1:2])
def test_evaluate_types_of_a_category_from_the_cli(tmp_path, monkeypatch, name, expected):
    from typer.testing import CliRunner

    from framing.cli import app

    _new_lexicon(tmp_path / "mine")
    (tmp_path / "gold.csv").write_text("text,words,label\nThe raid caused collateral damage.,collateral damage,Biased\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["lexicon", "evaluate", "--data", "gold.csv", "--words-col", "words", "--label-col", "label",
                                      "--types", name, "--lexicon", "mine"])
    assert result.exit_code == 2
    assert " ".join(result.stderr.split()) == "error: " + expected

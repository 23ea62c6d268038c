"""`framing train`, `framing evaluate --model M --data CSV`, and `framing score --model/--no-model`,
called the way a user calls them."""

from __future__ import annotations

import csv
import json

import numpy as np
import pytest
from typer.testing import CliRunner

from framing.cli import app
from framing.classify import load_model, save_model

runner = CliRunner()

SUBJECTS = ["senator", "mayor", "council", "agency", "board", "union", "party", "minister", "governor", "president"]
BIASED = ["spewed shameful lies again", "unleashed a sinister, outrageous agenda"]
NEUTRAL = ["met on Tuesday", "published its annual report"]


def write_csv(path, rows, header=("sentence", "label")):
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)
    return path


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    """A model trained through the CLI on a hand-made CSV with BABE-style labels."""
    folder = tmp_path_factory.mktemp("model")
    rows = [(f"The {s} {p}.", "Biased") for s in SUBJECTS for p in BIASED]
    rows += [(f"The {s} {p}.", "Non-biased") for s in SUBJECTS for p in NEUTRAL]
    rows += [("The board said nothing.", "No agreement")]
    data = write_csv(folder / "train.csv", rows)
    out = folder / "my model.bin"  # any name
    result = runner.invoke(app, ["train", "--data", str(data), "--text-col", "sentence", "--label-col", "label", "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out, result


def test_train_writes_a_model_and_notes_dropped_rows(trained):
    out, result = trained
    assert out.is_file()
    assert "dropped 1 row: 1 labelled 'No agreement' in 'label'" in result.stderr
    assert "training on 40 sentences (20 'Biased')" in result.stderr


@pytest.mark.parametrize(
    "rows, expected",
    [  # label spellings -> the hand-made predictions of a separable model: all right
        ([("The court spewed shameful lies again.", "1"), ("The school met on Tuesday.", "0")], {"tp": 1, "tn": 1}),
        ([("The court spewed shameful lies again.", "true"), ("The school met on Tuesday.", "false"),
          ("The club unleashed a sinister, outrageous agenda.", "TRUE")], {"tp": 2, "tn": 1}),
    ],
)
def test_evaluate_json(trained, tmp_path, rows, expected):
    data = write_csv(tmp_path / "test.csv", rows)
    result = runner.invoke(app, ["evaluate", "--model", str(trained[0]), "--data", str(data), "--text-col", "sentence", "--label-col", "label", "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert {k: out[k] for k in ("precision", "recall", "f1", "macro_f1", "roc_auc")} == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "macro_f1": 1.0, "roc_auc": 1.0}
    assert {k: out["confusion"][k] for k in expected} == expected


def test_evaluate_table_with_baselines(trained, tmp_path):
    rows = [("The court spewed shameful lies again.", "Biased"), ("The school met on Tuesday.", "Non-biased"),
            ("The club published its annual report.", "Non-biased")]
    data = write_csv(tmp_path / "test.csv", rows)
    result = runner.invoke(app, ["evaluate", "--model", str(trained[0]), "--data", str(data), "--text-col", "sentence", "--label-col", "label", "--baselines"])
    assert result.exit_code == 0, result.output
    text = result.stdout
    assert "precision 1.0000  recall 1.0000  F1 1.0000  ('Biased' class)" in text
    assert "confusion matrix (rows: true, columns: predicted)" in text
    for row in ("(a) lexicon only", "(b) classifier without lexicon features", "(c) full model"):
        assert row in text
    assert "most informative features towards 'Biased':" in text


@pytest.mark.parametrize("command", ["train", "evaluate"])
@pytest.mark.parametrize(
    "rows, header, message",
    [
        ([("a", "1")], ("text", "label"), "no column 'sentence' (columns: text, label); name the right one with --text-col"),
        ([("a", "Biased"), ("b", "Biased")], ("sentence", "label"), "column 'label' must hold exactly two classes to train or evaluate on, found 1: 'Biased' (2 rows, first on line 2)"),
        ([("a", "x"), ("b", "y")], ("sentence", "label"), "cannot tell which label in column 'label' is the positive class ('x' or 'y'); name it with --positive"),
    ],
    ids=["missing-column", "single-class", "unknown-names"],
)
def test_bad_csv_gives_one_line_error(trained, tmp_path, command, rows, header, message):
    data = write_csv(tmp_path / "bad.csv", rows, header)
    args = [command, "--data", str(data), "--text-col", "sentence", "--label-col", "label"]
    args += ["--out", str(tmp_path / "m")] if command == "train" else ["--model", str(trained[0])]
    result = runner.invoke(app, args)
    assert result.exit_code == 1
    assert result.stderr.strip() == f"error: {data}: {message}"


@pytest.mark.parametrize(
    "per_class, outcome",
    [
        (5, "error: {data}: needs at least 6 sentences of each class to train and cross-validate, found 5 in the smaller class"),
        (6, "wrote"),  # six of each: 6 threshold folds, 5 calibration folds inside them
    ],
)
def test_train_on_small_data(tmp_path, per_class, outcome):
    rows = [(f"The {s} spewed shameful lies.", "1") for s in SUBJECTS[:per_class]]
    rows += [(f"The {s} met on Tuesday.", "0") for s in SUBJECTS]
    data = write_csv(tmp_path / "small.csv", rows)
    result = runner.invoke(app, ["train", "--data", str(data), "--text-col", "sentence", "--label-col", "label", "--out", str(tmp_path / "m")])
    assert outcome.format(data=data) in result.stderr
    assert result.exit_code == (1 if outcome.startswith("error") else 0)


def test_evaluate_refuses_a_file_that_is_not_a_model(tmp_path):
    data = write_csv(tmp_path / "d.csv", [("a", "1"), ("b", "0")])
    bogus = tmp_path / "m.model"
    bogus.write_text("hello", encoding="utf-8")
    result = runner.invoke(app, ["evaluate", "--model", str(bogus), "--data", str(data), "--text-col", "sentence", "--label-col", "label"])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: {bogus}: not a framing model file or it is corrupted")


def test_evaluate_needs_data():
    result = runner.invoke(app, ["evaluate"])
    assert result.exit_code == 1 and "--data" in result.stderr


ARTICLE = "The mayor spewed shameful lies again.\n\nThe board met on Tuesday to discuss the annual budget.\n"


def score(tmp_path, *options):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["score", str(path), "--jobs", "1", *options])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout.splitlines()[0])


def test_score_without_model_is_lexicon_only(tmp_path):
    row = score(tmp_path, "--no-model")
    assert row["model"] is None
    assert row["scores"]["biased_sentence_share"] is None and row["scores"]["mean_bias_probability"] is None
    assert all(s["bias_probability"] is None for s in row["sentences"])


def test_score_uses_the_default_model(tmp_path):
    row = score(tmp_path)
    assert row["model"] == "babe-sg2"
    probs = [s["bias_probability"] for s in row["sentences"]]
    assert [(s["start"], s["end"]) for s in row["sentences"]] == [(0, 37), (39, 93)]
    assert all(isinstance(p, float) and 0 <= p <= 1 for p in probs)
    assert probs[0] > probs[1]
    assert row["scores"]["biased_sentence_share"] in (0.0, 0.5, 1.0)


def test_score_with_a_named_model(tmp_path, trained):
    row = score(tmp_path, "--model", str(trained[0]))
    assert row["model"] == "my model.bin"
    assert row["scores"]["biased_sentence_share"] == 0.5  # the lies sentence, not the meeting


def test_score_refuses_model_and_no_model(tmp_path, trained):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["score", str(path), "--model", str(trained[0]), "--no-model"])
    assert result.exit_code == 1 and "--model and --no-model contradict each other" in result.stderr


@pytest.mark.slow
def test_default_model_on_the_babe_held_out_test_set(shared_data, tmp_path):
    """The shipped model's figures in its card are reproducible from the CLI: the same stratified
    20% of BABE SG2 (seed 20211107) that benchmarks/train_babe.py held out."""
    from framing.classify import load_model
    from framing.labelled_data import holdout_split, read_labelled_csv

    babe = read_labelled_csv(shared_data / "babe" / "babe_sg2_final_labels.csv", "text", "label_bias")
    _, test_rows = holdout_split(babe.labels, 0.2, 20211107)
    data = write_csv(tmp_path / "babe_test.csv", [(babe.texts[i], "Biased" if babe.labels[i] else "Non-biased") for i in test_rows], ("text", "label_bias"))
    result = runner.invoke(app, ["evaluate", "--data", str(data), "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out["sentences"] == 735
    assert out["f1"] >= 0.76
    # The card's figures were measured with the lexicons of training time; lexicon edits since then
    # move the lexicon features a little, so allow a small drift (retrain: benchmarks/train_babe.py).
    recorded = load_model().info["test_metrics"]
    for key in ("precision", "recall", "f1", "macro_f1", "roc_auc"):
        assert abs(out[key] - recorded[key]) <= 0.02, (key, out[key], recorded[key])


def test_evaluate_reads_a_spreadsheet_csv_with_bom_and_semicolons(trained, tmp_path):
    """Excel in a European locale saves "CSV UTF-8" with a BOM and semicolons; the header used to be
    read as one column named 'sentence;label', and the run refused."""
    data = tmp_path / "excel.csv"
    data.write_bytes("\ufeffsentence;label\r\n\"The court spewed shameful lies; again.\";Biased\r\nThe school met on Tuesday.;Non-biased\r\n"
                     "The club published its annual report.;Non-biased\r\n".encode("utf-8"))
    result = runner.invoke(app, ["evaluate", "--model", str(trained[0]), "--data", str(data), "--text-col", "sentence", "--label-col", "label", "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out["sentences"] == 3 and out["confusion"] == {"tp": 1, "fp": 0, "fn": 0, "tn": 2} and out["f1"] == 1.0


def test_evaluate_writes_every_sentences_prediction_and_an_f1_interval(trained, tmp_path):
    """--predictions: one row per sentence kept (the 'No agreement' row is dropped), to read the
    errors; F1 comes with a bootstrap interval, which a one-class-right sample makes [0, 1]-wide."""
    rows = [("The court spewed shameful lies again.", "Biased"), ("The school met on Tuesday.", "Non-biased"),
            ("=HYPERLINK(\"http://x\") The club published its annual report.", "Non-biased"), ("The board said nothing.", "No agreement")]
    data = write_csv(tmp_path / "test.csv", rows)
    preds = tmp_path / "preds.csv"
    result = runner.invoke(app, ["evaluate", "--model", str(trained[0]), "--data", str(data), "--text-col", "sentence", "--label-col", "label",
                                 "--predictions", str(preds), "--json"])
    assert result.exit_code == 0, result.output
    assert f"wrote {preds}: 3 sentences with their probability and predicted class" in result.stderr
    out = json.loads(result.stdout)
    assert out["f1"] == 1.0 and out["f1_ci"] == [0.0, 1.0]  # resamples without the one biased sentence score 0
    table = list(csv.DictReader(preds.open(encoding="utf-8", newline="")))
    assert [(r["row"], r["label"], r["predicted"], r["correct"]) for r in table] == [
        ("1", "Biased", "Biased", "1"), ("2", "Non-biased", "Non-biased", "1"), ("3", "Non-biased", "Non-biased", "1")]
    assert table[2]["text"].startswith("'=HYPERLINK")  # kept as text in a spreadsheet
    assert float(table[0]["probability"]) >= out["threshold"] > float(table[1]["probability"])


def test_f1_interval_agrees_with_scipy_bootstrap():
    from scipy import stats as sps

    from framing.model_evaluation import f1_interval

    rng = np.random.default_rng(7)
    labels = (rng.random(400) < 0.2).astype(int)
    scores = np.clip(labels * 0.3 + rng.random(400) * 0.7, 0, 1)
    low, high = f1_interval(labels, scores, 0.5)

    def f1(y, s):
        p = s >= 0.5
        tp, fp, fn = np.sum(p & (y == 1)), np.sum(p & (y == 0)), np.sum(~p & (y == 1))
        return 2 * tp / (2 * tp + fp + fn)

    ci = sps.bootstrap((labels, scores), f1, paired=True, vectorized=False, method="percentile", n_resamples=2000, random_state=1).confidence_interval
    assert low == pytest.approx(ci.low, abs=0.02) and high == pytest.approx(ci.high, abs=0.02)
    assert low < f1(labels, scores) < high


def test_train_refuses_a_labelled_csv_whose_quote_is_never_closed(tmp_path):
    """The rows after an unclosed quote were read as one sentence with no label and dropped as one
    row: training went on without them."""
    rows = "sentence,label\nThe court spewed shameful lies again.,1\n\"The school met on Tuesday.,0\nThe board met.,0\nThe mayor lied.,1\n"
    (tmp_path / "data.csv").write_text(rows, encoding="utf-8")
    result = runner.invoke(app, ["train", "--data", str(tmp_path / "data.csv"), "--text-col", "sentence", "--label-col", "label", "--out", str(tmp_path / "m")])
    assert result.exit_code == 1
    assert (f"{tmp_path / 'data.csv'}:3: a quotation mark (\") opens a field on this line and is never closed, so lines 3 to 5 were read as one row"
            in " ".join(result.output.split()))
    assert not (tmp_path / "m").exists()


def test_evaluate_says_how_many_sentences_the_model_was_trained_on_and_measures_the_others_apart(trained, tmp_path):
    """MBIC's sentences are all in BABE: a model trained on MBIC and evaluated on BABE was scored
    on 1,551 of its own training sentences without a word.  The model now keeps a fingerprint of
    each training sentence (case and spacing ignored), and evaluate says so and measures the rest."""
    rows = [("The senator spewed shameful lies again.", "Biased"),  # in the training CSV
            ("the  MAYOR met on Tuesday.", "Non-biased"),  # in it, spelled otherwise
            ("The court spewed shameful lies again.", "Biased"), ("The school met on Tuesday.", "Non-biased"),
            ("The club unleashed a sinister, outrageous agenda.", "Biased")]
    data = write_csv(tmp_path / "test.csv", rows)
    preds = tmp_path / "preds.csv"
    args = ["evaluate", "--model", str(trained[0]), "--data", str(data), "--text-col", "sentence", "--label-col", "label"]
    result = runner.invoke(app, [*args, "--predictions", str(preds), "--json"])
    assert result.exit_code == 0, result.output
    assert (f"note: 2 of the 5 sentences are ones my model.bin was trained on (the same text): the figures below overstate how it "
            f"does on new sentences, so the held-out ones are measured apart; {preds} marks them (in_training)") in result.stderr
    out = json.loads(result.stdout)
    assert out["in_training"] == 2 and out["sentences"] == 5
    assert {k: out["held_out"][k] for k in ("tp", "tn", "fp", "fn")} == {"tp": 2, "tn": 1, "fp": 0, "fn": 0}
    assert [r["in_training"] for r in csv.DictReader(preds.open(encoding="utf-8", newline=""))] == ["1", "1", "0", "0", "0"]
    table = runner.invoke(app, args)
    assert "held out (the 3 sentences it was not trained on): precision 1.0000  recall 1.0000  F1 1.0000" in table.stdout
    fresh = write_csv(tmp_path / "fresh.csv", rows[2:])
    clean = runner.invoke(app, ["evaluate", "--model", str(trained[0]), "--data", str(fresh), "--text-col", "sentence", "--label-col", "label", "--json"])
    assert "trained on" not in clean.stderr and json.loads(clean.stdout)["in_training"] == 0
    shipped = runner.invoke(app, ["evaluate", "--data", str(fresh), "--text-col", "sentence", "--label-col", "label", "--json"])
    assert json.loads(shipped.stdout)["in_training"] == 0  # the shipped model records its BABE sentences: none of these
    older = load_model(trained[0])
    del older.info["sentence_fingerprints"]  # a model saved before fingerprints were kept
    save_model(older, tmp_path / "older.bin")
    unknown = runner.invoke(app, ["evaluate", "--model", str(tmp_path / "older.bin"), "--data", str(fresh), "--text-col", "sentence", "--label-col", "label", "--json"])
    assert json.loads(unknown.stdout)["in_training"] is None  # not known


def test_evaluate_reads_labels_spelled_1_and_1_0_in_one_file_as_two_classes(trained, tmp_path):
    """Two label files pasted together, one written by pandas after a missing label (1.0, 0.0):
    'column label must hold exactly two classes, found 4 ('0', '0.0', '1', '1.0')'."""
    rows = [("The court spewed shameful lies again.", "1"), ("The school met on Tuesday.", "0.0"),
            ("The club unleashed a sinister, outrageous agenda.", "1.0"), ("The firm published its annual report.", "0")]
    data = write_csv(tmp_path / "test.csv", rows)
    result = runner.invoke(app, ["evaluate", "--model", str(trained[0]), "--data", str(data), "--text-col", "sentence", "--label-col", "label", "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert (out["positive_label"], out["sentences"], out["confusion"]) == ("1", 4, {"tn": 2, "fp": 0, "fn": 0, "tp": 2})


def test_predictions_name_the_line_of_each_sentence_in_the_labelled_file(trained, tmp_path):
    """MBIC: 149 'No agreement' rows dropped and an article column over many lines, so `row` (the
    place among the rows kept) could not be joined back to the file; `line` is where each starts."""
    data = tmp_path / "test.csv"
    data.write_text('sentence,label,article\n'
                    '"The court spewed shameful lies again.",Biased,"Para one.\n\nPara two."\n'
                    '"The board said nothing.",No agreement,\n'
                    ',Biased,\n'
                    '"The school met on Tuesday.",Non-biased,"One\nmore"\n', encoding="utf-8")
    preds = tmp_path / "preds.csv"
    result = runner.invoke(app, ["evaluate", "--model", str(trained[0]), "--data", str(data), "--text-col", "sentence", "--label-col", "label",
                                 "--predictions", str(preds)])
    assert result.exit_code == 0, result.output
    table = list(csv.DictReader(preds.open(encoding="utf-8", newline="")))
    assert [(r["row"], r["line"], r["label"]) for r in table] == [("1", "2", "Biased"), ("2", "7", "Non-biased")]
    lines = data.read_text(encoding="utf-8").splitlines()
    assert all(lines[int(r["line"]) - 1].startswith(f'"{r["text"]}"') for r in table)


def test_train_and_evaluate_read_class_names_cased_several_ways_as_one_class(trained, tmp_path):
    """Three annotators' sheets pasted together ('Biased', 'biased', 'BIASED'): refused as 'found 5
    classes', so a researcher cleaned by hand what the tool can read as one class, and says it did."""
    rows = [(f"The {s} {p}.", lab) for s in SUBJECTS for p, lab in zip(BIASED + NEUTRAL, ["Biased", "biased", "Non-biased", "non-biased"])]
    rows += [("The union spewed shameful lies.", "BIASED")]
    data = write_csv(tmp_path / "pasted.csv", rows)
    note = (f"note: {data}: read 'biased' (10), 'BIASED' (1) as 'Biased'; 'non-biased' (10) as 'Non-biased': "
            "class names that differ only in case or spacing are one class")
    trained_here = runner.invoke(app, ["train", "--data", str(data), "--text-col", "sentence", "--label-col", "label", "--out", str(tmp_path / "m")])
    assert trained_here.exit_code == 0, trained_here.output
    assert note in trained_here.stderr
    assert "training on 41 sentences (21 'Biased')" in trained_here.stderr
    measured = runner.invoke(app, ["evaluate", "--model", str(trained[0]), "--data", str(data), "--text-col", "sentence", "--label-col", "label",
                                   "--positive", "biased", "--json"])
    assert measured.exit_code == 0, measured.output
    out = json.loads(measured.stdout)
    assert (out["positive_label"], out["sentences"], out["confusion"]) == ("Biased", 41, {"tn": 20, "fp": 0, "fn": 0, "tp": 21})


def test_a_stray_label_is_refused_with_each_class_counted_and_its_line(trained, tmp_path):
    rows = [("The court spewed shameful lies again.", "Biased"), ("The school met on Tuesday.", "Non-biased"),
            ("The club unleashed a sinister, outrageous agenda.", "Biassed"), ("The firm published its annual report.", "Non-biased")]
    data = write_csv(tmp_path / "typo.csv", rows)
    for command in (["train", "--out", str(tmp_path / "m")], ["evaluate", "--model", str(trained[0])]):
        result = runner.invoke(app, [*command, "--data", str(data), "--text-col", "sentence", "--label-col", "label"])
        assert result.exit_code == 1
        assert result.stderr.strip() == (f"error: {data}: column 'label' must hold exactly two classes to train or evaluate on, found 3: "
                                         "'Non-biased' (2 rows, first on line 3), 'Biased' (1 row, line 2), 'Biassed' (1 row, line 4)")

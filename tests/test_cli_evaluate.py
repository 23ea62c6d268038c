"""`framing evaluate` the way a user calls it (more of its tests: tests/test_model_cli.py, tests/test_evaluate_spans.py)."""

from __future__ import annotations

import csv

from typer.testing import CliRunner

from framing.cli import app

runner = CliRunner()


def _labelled(path):
    rows = [("The senator's shameful, disgraceful stunt.", "Biased"), ("The senator met voters on Tuesday.", "Non-biased"),
            ("Radical mobs spewed vile lies.", "Biased"), ("The council approved the budget.", "Non-biased")]
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([("text", "label"), *rows])
    return path


def test_predictions_into_a_folder_that_does_not_exist_creates_it(tmp_path):
    # it evaluated every sentence, then failed: "cannot write (No such file or directory)", the figures lost
    preds = tmp_path / "runs" / "today" / "errors.csv"
    result = runner.invoke(app, ["evaluate", "--data", str(_labelled(tmp_path / "test.csv")), "--label-col", "label", "--predictions", str(preds)])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(preds.open(encoding="utf-8")))
    assert [(r["row"], r["label"]) for r in rows] == [("1", "Biased"), ("2", "Non-biased"), ("3", "Biased"), ("4", "Non-biased")]
    assert f"wrote {preds}: 4 sentences" in result.stderr


def test_predictions_under_a_file_is_refused_before_the_evaluation(tmp_path):
    blocker = tmp_path / "afile"
    blocker.write_text("", encoding="utf-8")
    result = runner.invoke(app, ["evaluate", "--data", str(_labelled(tmp_path / "test.csv")), "--label-col", "label",
                                 "--predictions", str(blocker / "sub" / "errors.csv")])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"error: {blocker / 'sub' / 'errors.csv'}: cannot write (Not a directory)"
    assert "precision" not in result.stdout


def test_evaluate_alone_names_both_things_it_measures():
    # it named only --data: someone with span annotations did not learn of `evaluate spans`
    result = runner.invoke(app, ["evaluate"])
    assert result.exit_code == 1
    assert result.stderr.strip() == ("error: give the labelled CSV to measure with --data (and the model with --model; default: the "
                                     "shipped model), or measure findings against your annotations with `framing evaluate spans "
                                     "--gold GOLD.jsonl --pred PRED.jsonl`")

"""`framing lexicon ...` the way a user calls it (more of its tests: tests/test_lexicon_cli.py)."""

from __future__ import annotations

from typer.testing import CliRunner

from framing.cli import app

runner = CliRunner()


def test_lexicon_evaluate_without_babe_says_where_to_get_it(tmp_path, monkeypatch):
    # a fresh clone has no ../shared/data: the error named that folder and nothing a newcomer could fetch
    import framing.cli.lexicon as lexicon_cli

    missing = tmp_path / "shared" / "data" / "babe" / "babe_sg2_final_labels.csv"
    monkeypatch.setattr(lexicon_cli, "DEFAULT_GOLD", missing)
    result = runner.invoke(app, ["lexicon", "evaluate"])
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        f"error: no --data given and no BABE beside this checkout ({missing}); framing does not ship BABE: take "
        "data/final_labels_SG2.csv from github.com/Media-Bias-Group/Neural-Media-Bias-Detection-Using-Distant-Supervision-With-BABE "
        "and pass --data final_labels_SG2.csv, or pass your own gold CSV (a sentence column, --text-col, and the words marked in it, --words-col)")


def test_lexicon_evaluate_with_a_data_file_that_does_not_exist_names_it(tmp_path):
    result = runner.invoke(app, ["lexicon", "evaluate", "--data", str(tmp_path / "gold.csv")])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"error: {tmp_path / 'gold.csv'}: no such file; pass --data CSV (a sentence column, --text-col, and the words marked in it, --words-col)"

"""`framing lexicon validate` checks a folder's `inflections.tsv` too, line by line."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from framing.cli import app
from framing.lexicon_validate import errors, validate

runner = CliRunner()


def _folder(tmp_path, rows: str):
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "inflections.tsv").write_text("lemma\tforms\n" + rows, encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    "rows, line, severity, message",
    [
        ("swear\tswore\tsworn\nblurt\n", 3, "error", "a row needs a lemma and at least one form"),
        ("Swear\tswore\n", 2, "error", "'Swear' is not one lower-case word"),
        ("swear\tswore out\n", 2, "error", "'swore out' is not one lower-case word"),
        ("swear\tswore\nswear\tsworn\n", 3, "warning", "lemma 'swear' again (first on line 2)"),
        ("lie\tlay\tlain\nlay\tlaid\nlie\tlay\n", 4, "warning", "lemma 'lie' again (first on line 2)"),
        ("lie\tlay\nlay\tlay\n", 3, "warning", "form 'lay' is also a form of 'lie' (line 2)"),
    ],
)
def test_bad_inflection_rows_are_named_by_line(tmp_path, rows, line, severity, message):
    found = [p for p in validate([_folder(tmp_path, rows)]) if p.path.endswith("inflections.tsv") and p.line == line]
    assert [(p.severity, p.message) for p in found if p.message == message] == [(severity, message)]
    assert all(p.fix for p in found)


def test_a_good_inflections_file_gives_no_problem(tmp_path):
    folder = _folder(tmp_path, "# irregular verbs of my lexicon\nswear\tswore\tsworn\n\nblurt\tblurted\n")
    assert [p for p in validate([folder]) if p.path.endswith("inflections.tsv")] == []


def test_the_packaged_inflections_are_clean():
    assert [str(p) for p in validate() if "inflections" in p.path] == []


def test_the_cli_fails_on_a_bad_inflections_row_and_names_file_and_line(tmp_path):
    folder = _folder(tmp_path, "swear\n")
    result = runner.invoke(app, ["lexicon", "validate", str(folder)])
    assert result.exit_code == 1
    assert "inflections.tsv:2: error: a row needs a lemma and at least one form" in result.stdout + result.stderr
    assert errors(validate([folder]))


@pytest.mark.parametrize("rows, fix", [
    ("slay\tslew slain\n", "separate the lemma and its forms with tabs, not spaces"),  # a space where a tab belongs
    ("Slay\tslew\n", "write each lemma and form as a single lower-case word"),
])
def test_a_form_with_a_space_is_told_to_use_tabs(tmp_path, monkeypatch, rows, fix):
    _folder(tmp_path, rows)
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["lexicon", "validate", "mine"])
    assert result.exit_code == 1
    word = "slew slain" if " " in rows.split("\t")[1] else "Slay"
    assert f"mine/inflections.tsv:2: error: {word!r} is not one lower-case word; {fix}" in result.output.splitlines()

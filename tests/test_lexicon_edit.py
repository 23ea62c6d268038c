"""`framing lexicon add` on the files lexicon builders really have: saved from a spreadsheet with
semicolons, saved on Windows, or already holding the term (typer's CliRunner, real files)."""

from __future__ import annotations

from typer.testing import CliRunner

from framing.cli import app
from framing.lexicon import load

runner = CliRunner()


def add(path, term: str = "bloviate", *more: str):
    return runner.invoke(app, ["lexicon", "add", "loaded", term, "--category", "loaded_verb", "--weight", "2", "--file", str(path), *more])


def test_add_refuses_to_append_a_tab_row_to_a_file_saved_with_semicolons(tmp_path):
    """The file's header is unreadable, so the row would be too: it had been appended all the same."""
    f = tmp_path / "loaded.tsv"
    content = b"term;category;weight;note;source\r\ngaslight;loaded_verb;2;;lb\r\n"
    f.write_bytes(content)
    result = add(f)
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        f"error: {f}:1: not added: the file is separated by semicolons (a spreadsheet's CSV where the decimal mark is a comma), "
        "but a lexicon is tab-separated; save it from the spreadsheet as tab-delimited text (.tsv), or replace the semicolons between fields with tabs")
    assert f.read_bytes() == content


def test_add_keeps_the_windows_line_endings_of_the_file_it_appends_to(tmp_path):
    f = tmp_path / "loaded.tsv"
    f.write_bytes(b"\xef\xbb\xbfterm\tcategory\tweight\tnote\tsource\r\ngaslight\tloaded_verb\t2\t\tlb")  # BOM, CRLF, no last line break
    result = add(f)
    assert result.exit_code == 0, result.output
    assert f.read_bytes() == (b"\xef\xbb\xbfterm\tcategory\tweight\tnote\tsource\r\ngaslight\tloaded_verb\t2\t\tlb\r\n"
                              b"bloviate\tloaded_verb\t2\t\tuser\r\n")
    entry = load([f]).lookup("loaded", "bloviate")
    assert (entry.category, entry.weight, entry.line) == ("loaded_verb", 2, 3)


def test_add_of_a_term_already_in_the_file_points_at_its_row_rather_than_saying_delete_one(tmp_path):
    f = tmp_path / "loaded.tsv"
    f.write_text("term\tcategory\tweight\tnote\tsource\ngaslight\tloaded_verb\t2\t\tlb\n", encoding="utf-8")
    result = add(f, "Gaslight")
    assert result.exit_code == 1
    assert result.stderr.strip() == (f"error: {f}:3: not added: duplicate term 'Gaslight' (first on line 2); "
                                     "edit that row to change its category, weight or note")


def test_add_of_a_term_the_file_has_twice_points_at_the_row_that_is_read():
    """Of two rows for one term the later is read: editing the first would change nothing."""
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as tmp:
        f = Path(tmp) / "loaded.tsv"
        f.write_text("term\tcategory\tweight\tnote\tsource\ngaslight\tloaded_verb\t2\t\tlb\nbloviate\tloaded_verb\t1\t\tlb\n"
                     "gaslight\tloaded_verb\t3\t\tlb\n", encoding="utf-8")
        result = add(f, "gaslight")
        assert result.exit_code == 1
        assert result.stderr.strip() == (f"error: {f}:5: not added: duplicate term 'gaslight' (first on line 2, read from line 4: "
                                         "the later row wins); edit line 4 to change its category, weight or note")


def test_adding_to_a_lexicon_that_does_not_exist_says_what_a_new_one_finds(tmp_path):
    """A builder told only 'a new lexicon needs a metadata.json entry' was not told what its rows then find."""
    import pytest

    from framing.lexicon import LexiconError
    from framing.lexicon_edit import add_entry

    with pytest.raises(LexiconError) as raised:
        add_entry("euphemism", "collateral damage", "military", 2, "", "me", tmp_path / "euphemism.tsv")
    assert str(raised.value).endswith("(a new lexicon needs an entry in the metadata.json beside the file describing its "
                                      "categories; its terms are then found as findings of the type 'euphemism', scored as "
                                      "euphemism_per_1k)")
    assert not (tmp_path / "euphemism.tsv").exists()

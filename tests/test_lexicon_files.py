"""Every data file of a lexicon folder that cannot be read is one line naming the file and line.

A lexicon builder's folder holds lexicon TSVs, `inflections.tsv` and `metadata.json`; saved from a
spreadsheet in a Windows code page or as UTF-16 ('Unicode Text'), with a line that is not a row,
or with a metadata.json of the wrong shape, each had (or could have) ended `framing score
--lexicon DIR` or `framing lexicon validate DIR` in a traceback.  Here each is run the way a
user runs it; the loader's message and validate's problem are the same words.
"""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from typer.testing import CliRunner

from framing.cli import app
from framing.lexicon import LexiconError, load

runner = CliRunner()
HEADER = "term\tcategory\tweight\tnote\tsource\n"
TSV_FIX = "save the file as UTF-8 (from a spreadsheet: tab-separated text with the character set UTF-8)"
JSON_FIX = "save the file as UTF-8 (in a text editor: Save As, encoding UTF-8)"
SHAPE = 'shape it like {"loaded": {"description": "...", "inflect": true, "categories": {"contempt": "..."}}}'
LEXICONS = ["loaded", "hedge", "booster", "reporting_verbs", "anonymous_sources", "negators", "quantities", "context_words"]
UTF16 = "UTF-16 text (a spreadsheet's 'Unicode Text'), not UTF-8"
BROKEN_LINE = ("cannot read this line as tab-separated text (field larger than field limit (131072)); "
               "check that the file is a lexicon: one row a line, five fields separated by tabs")


def _cp1252_tsv(header: str) -> bytes:
    return header.encode() + "café\tx\t\t\tme\n".encode("cp1252")


# (file, its bytes, the line the error names, what the error says after "FILE:LINE: ")
CASES = [
    *[(f"{name}.tsv", _cp1252_tsv(HEADER), 2, f"not UTF-8 text (invalid continuation byte); {TSV_FIX}") for name in LEXICONS],
    *[(f"{name}.tsv", HEADER.encode("utf-16"), 1, f"{UTF16}; {TSV_FIX}") for name in LEXICONS],
    ("loaded.tsv", (HEADER + "slam\tcontempt\t2\t\tme\n" + "x" * 200_000 + "\n").encode(), 3, BROKEN_LINE),
    ("inflections.tsv", _cp1252_tsv("lemma\tforms\n"), 2, f"not UTF-8 text (invalid continuation byte); {TSV_FIX}"),
    ("inflections.tsv", "lemma\tforms\nsay\tsaid\n".encode("utf-16"), 1, f"{UTF16}; {TSV_FIX}"),
    ("metadata.json", '{\n  "loaded": {"description": "café"}\n}'.encode("cp1252"), 2,
     f"not UTF-8 text (invalid continuation byte); {JSON_FIX}"),
    ("metadata.json", '{"loaded": {}}'.encode("utf-16"), 1, f"{UTF16}; {JSON_FIX}"),
    ("metadata.json", b'{\n  "loaded": {"inflect": true,}\n}', 2,
     "not valid JSON (Expecting property name enclosed in double quotes); fix the JSON syntax at that line"),
    ("metadata.json", b'["loaded"]', 1, 'the file is a JSON list, not an object of lexicons; write one object with an entry per lexicon, '
     'e.g. {"loaded": {"description": "...", "inflect": true, "categories": {"contempt": "..."}}}'),
    ("metadata.json", b'{\n  "hedge": {},\n  "loaded": 3\n}', 3, f"the entry for 'loaded' is not an object; {SHAPE}"),
    ("metadata.json", b'{\n  "loaded": {\n    "categories": ["contempt"]}\n}', 2,
     f"the \"categories\" of 'loaded' are not an object of category -> description; {SHAPE}"),
    ("metadata.json", b'{"loaded": {"inflect": "no"}}', 1, f"the \"inflect\" of 'loaded' is not true or false; {SHAPE}"),
]
IDS = [f"{file}-{i}" for i, (file, *_rest) in enumerate(CASES)]


def _folder(tmp_path: Path, file: str, data: bytes) -> Path:
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / file).write_bytes(data)
    return folder


@pytest.mark.parametrize("file, data, line, said", CASES, ids=IDS)
def test_the_loader_raises_one_line_naming_file_and_line(tmp_path, file, data, line, said):
    folder = _folder(tmp_path, file, data)
    with pytest.raises(LexiconError) as e:
        load([folder])
    assert str(e.value) == f"{folder / file}:{line}: {said}"


@pytest.mark.parametrize("file, data, line, said", CASES, ids=IDS)
def test_validate_reports_it_as_an_error_of_that_file_and_line(tmp_path, file, data, line, said):
    folder = _folder(tmp_path, file, data)
    result = runner.invoke(app, ["lexicon", "validate", str(folder)])
    assert result.exit_code == 1 and result.exception is None or isinstance(result.exception, SystemExit)
    problem, fix = said.split("; ", 1)
    assert f"{folder / file}:{line}: error: {problem}; {fix}" in result.output.splitlines()
    assert "Traceback" not in result.output


# Score runs the whole pipeline: one case per kind of file and fault keeps the suite quick.
@pytest.mark.parametrize("file, data, line, said", [c for c in CASES if not c[0].endswith(".tsv") or c[0] in ("loaded.tsv", "inflections.tsv", "reporting_verbs.tsv")],
                         ids=[i for i, c in zip(IDS, CASES) if not c[0].endswith(".tsv") or c[0] in ("loaded.tsv", "inflections.tsv", "reporting_verbs.tsv")])
def test_score_with_the_folder_ends_in_one_error_line(tmp_path, file, data, line, said):
    folder = _folder(tmp_path, file, data)
    article = tmp_path / "a.txt"
    article.write_text("Head\n\nOfficials slammed the plan, critics say.\n", encoding="utf-8")
    result = runner.invoke(app, ["score", str(article), "--no-model", "--jobs", "1", "--lexicon", str(folder)])
    assert result.exit_code == 1 and (result.exception is None or isinstance(result.exception, SystemExit))
    assert result.stderr.splitlines()[-1] == f"error: {folder / file}:{line}: {said}"
    assert result.stdout == "" and "Traceback" not in result.output


def test_a_utf8_file_with_a_byte_order_mark_reads_as_utf8(tmp_path):
    """Notepad's 'UTF-8' writes a BOM: the header and the first row must not carry it."""
    (tmp_path / "loaded.tsv").write_bytes(codecs.BOM_UTF8 + (HEADER + "bloviate\tloaded_verb\t2\t\tme\n").encode())
    (tmp_path / "inflections.tsv").write_bytes(codecs.BOM_UTF8 + b"bloviate\tblovoo\n")
    lexicons = load([tmp_path])
    assert lexicons.lookup("loaded", "bloviate").line == 2
    assert lexicons.irregular["bloviate"] == {"blovoo"}


def test_a_user_reporting_verb_without_a_weight_counts_as_weight_2(tmp_path):
    """An empty weight had ended every analysis in a TypeError (None >= 2) while the rules'
    word lists were built; a cue without a weight reads as 2 wherever cues are read."""
    (tmp_path / "reporting_verbs.tsv").write_text(HEADER + "kvetch\tneutral\t\t\tme\n", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("Head\n\nMany critics kvetch that the plan failed.\n", encoding="utf-8")
    result = runner.invoke(app, ["score", str(article), "--no-model", "--jobs", "1", "--lexicon", str(tmp_path)])
    assert result.exit_code == 0, result.output
    from framing.rules_data import RuleData

    data = RuleData.from_lexicons(load([tmp_path]))
    assert {"kvetch", "kvetches", "kvetched"} <= data.group_verbs



def test_a_broken_line_is_an_error_even_after_a_corpus_csv_raised_csvs_limit(tmp_path):
    """Reading a corpus CSV raises csv's process-wide field limit; a lexicon line of 200,000
    characters must be an error all the same (it passed or failed by the order tests ran in)."""
    import csv

    [(file, data, line, said)] = [c for c in CASES if c[3] == BROKEN_LINE]
    folder = _folder(tmp_path, file, data)
    old = csv.field_size_limit(10_000_000)
    try:
        with pytest.raises(LexiconError) as e:
            load([folder])
        assert str(e.value) == f"{folder / file}:{line}: {said}"
        result = runner.invoke(app, ["lexicon", "validate", str(folder)])
        assert f"{folder / file}:{line}: error: {said}" in result.output.splitlines()
    finally:
        csv.field_size_limit(old)


# --- a row with slots in a user's file ------------------------------------------------------------

SLOT_HEADER = "term\tcategory\tweight\tnote\tsource\n"


def slot_folder(tmp_path: Path, row: str, slots: dict | None = None) -> Path:
    import json

    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "hedge.tsv").write_text(SLOT_HEADER + row + "\n", encoding="utf-8")
    if slots is not None:
        (mine / "metadata.json").write_text(json.dumps({"hedge": {"slots": slots}}), encoding="utf-8")
    return mine


def test_a_user_row_with_slots_uses_the_lists_of_its_folder(tmp_path):
    mine = slot_folder(tmp_path, "it [is|was] [manner] whispered\tvague_attribution\t1\t\tme", {"manner": ["quietly", "widely"]})
    entry = load([mine]).lookup("hedge", "it was quietly whispered")
    assert (entry.term, entry.pattern, entry.line) == ("it was quietly whispered", "it [is|was] [manner] whispered", 2)
    import framing

    [span] = [s for s in framing.analyze("It was quietly whispered that he left.", lexicons=[mine]).spans if s.type == "hedge"]
    assert (span.text, span.category, span.term) == ("It was quietly whispered", "vague_attribution", "it was quietly whispered")


def test_a_slot_naming_no_list_is_one_line_naming_file_and_line(tmp_path):
    mine = slot_folder(tmp_path, "it is [manner] whispered\tvague_attribution\t1\t\tme")
    with pytest.raises(LexiconError) as e:
        load([mine])
    assert str(e.value).startswith(f"{mine / 'hedge.tsv'}:2: the slot [manner] of 'it is [manner] whispered' names no word list")
    result = CliRunner().invoke(app, ["lexicon", "validate", str(mine)])
    assert result.exit_code == 1
    assert f"{mine / 'hedge.tsv'}:2: error: the slot [manner] of 'it is [manner] whispered' names no word list of this lexicon (its \"slots\" in metadata.json: adverb)" in result.output


def test_slots_that_are_no_list_of_words_are_a_metadata_error(tmp_path):
    mine = slot_folder(tmp_path, "widely whispered\tvague_attribution\t1\t\tme", {"manner": "quietly"})
    with pytest.raises(LexiconError, match=r"metadata.json:1: the slot 'manner' of 'hedge' is not a list of words"):
        load([mine])

"""`framing lexicon validate` on the mistakes a lexicon builder makes, each one line naming the
file, the line and what to do (typer's CliRunner, real files)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from framing.cli import app
from framing.lexicon import load

runner = CliRunner()
HEADER = "term\tcategory\tweight\tnote\tsource\n"


def validate(folder, monkeypatch):
    monkeypatch.chdir(folder.parent)
    return runner.invoke(app, ["lexicon", "validate", folder.name])


def lines(result) -> list[str]:
    return [line for line in result.output.splitlines() if ": warning: " in line or ": error: " in line]


@pytest.mark.parametrize("content, problem", [
    (b"term;category;weight;note;source\r\ngaslight;loaded_verb;2;;lb\r\n",
     "error: the file is separated by semicolons (a spreadsheet's CSV where the decimal mark is a comma), but a lexicon is "
     "tab-separated; save it from the spreadsheet as tab-delimited text (.tsv), or replace the semicolons between fields with tabs"),
    (b"\xef\xbb\xbfterm;category;weight;note;source\ngaslight;loaded_verb;2;;lb\n",  # with the BOM Excel writes
     "error: the file is separated by semicolons (a spreadsheet's CSV where the decimal mark is a comma), but a lexicon is "
     "tab-separated; save it from the spreadsheet as tab-delimited text (.tsv), or replace the semicolons between fields with tabs"),
    (b"term,category,weight,note,source\r\ngaslight,loaded_verb,2,,lb\r\n",
     "error: the file is comma-separated (CSV), but a lexicon is tab-separated; save it from the spreadsheet as tab-delimited "
     "text (.tsv), or replace the commas between fields with tabs"),
])
def test_a_spreadsheets_csv_saved_as_tsv_is_one_line_naming_the_separator(tmp_path, monkeypatch, content, problem):
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "loaded.tsv").write_bytes(content)
    result = validate(tmp_path / "mine", monkeypatch)
    assert result.exit_code == 1
    assert lines(result) == [f"mine/loaded.tsv:1: {problem}"]


@pytest.mark.parametrize("content", [
    b"\xef\xbb\xbfterm\tcategory\tweight\tnote\tsource\ngaslight\tloaded_verb\t2\t\tlb\n",  # a BOM
    b"term\tcategory\tweight\tnote\tsource\r\ngaslight\tloaded_verb\t2\t\tlb\r\n",  # Windows line endings
])
def test_a_bom_or_windows_line_endings_are_read_as_plain_rows(tmp_path, monkeypatch, content):
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "loaded.tsv").write_bytes(content)
    result = validate(tmp_path / "mine", monkeypatch)
    assert result.exit_code == 0, result.output
    assert [line.split(": warning: ")[1].split(" (")[0] for line in lines(result)] == ["'gaslight' overrides the packaged 'loaded' row"]
    entry = load([tmp_path / "mine"]).lookup("loaded", "gaslight")
    assert (entry.term, entry.category, entry.weight, entry.line) == ("gaslight", "loaded_verb", 2, 2)


def test_a_phrase_containing_a_term_of_the_same_category_and_weight_adds_nothing(tmp_path, monkeypatch):
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "loaded.tsv").write_text(
        HEADER + "kerfuffle\tdisorder\t2\t\tlb\nkerfuffle over nothing\tdisorder\t2\t\tlb\nkerfuffle in a teacup\tcontempt\t2\t\tlb\n", encoding="utf-8")
    result = validate(tmp_path / "mine", monkeypatch)
    assert result.exit_code == 0, result.output
    assert lines(result) == [  # the phrase of another category is meant, and says nothing
        "mine/loaded.tsv:3: warning: 'kerfuffle over nothing' contains 'kerfuffle' (line 2: disorder, weight 2), which finds these words "
        "with the same category and weight anyway; delete the row unless it needs its own note, or give it another category or weight",
    ]


def test_a_term_inside_a_packaged_phrase_is_told_the_phrase_is_found_instead(tmp_path, monkeypatch):
    """'witch' of the user's is never a finding inside our 'witch hunt' (longest match wins), so
    `evaluate` credits those hits to 'witch hunt': say so, and how to read them as the user's row."""
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "loaded.tsv").write_text(HEADER + "witch\tcontempt\t2\t\tlb\n", encoding="utf-8")
    result = validate(tmp_path / "mine", monkeypatch)
    hunt = load(()).lookup("loaded", "witch hunt").line
    assert lines(result) == [
        f"mine/loaded.tsv:2: warning: 'witch' is inside 'witch hunt' (loaded.tsv:{hunt}), found instead where it occurs; keep the row if "
        "that is what you mean; to read those words as this row, add the longer phrase to your file with this row's category",
    ]
    found = runner.invoke(app, ["lexicon", "test", "a witch hunt against a witch", "--lexicon", "mine"])
    assert [line.split("\t")[1:3] for line in found.stdout.splitlines()] == [
        ["'witch hunt'", "loaded/political_pejorative w=3"], ["'witch'", "loaded/contempt w=2"]]


@pytest.mark.parametrize("command", [["score", "a.txt", "--no-model"], ["report", "a.txt", "--no-model", "--out", "r.html"],
                                     ["lexicon", "test", "He bloviated."], ["lexicon", "coverage", "a.txt"]])
@pytest.mark.parametrize("content, error", [
    (b"term;category;weight;note;source\r\ngaslight;loaded_verb;2;;lb\r\n",
     "error: mine/loaded.tsv:1: the file is separated by semicolons (a spreadsheet's CSV where the decimal mark is a comma), but a "
     "lexicon is tab-separated; save it from the spreadsheet as tab-delimited text (.tsv), or replace the semicolons between fields with tabs"),
    (HEADER.encode() + b"gaslight\tloaded_verb\t5\t\tlb\n",
     "error: mine/loaded.tsv:2: weight '5' is not 1, 2 or 3; use 1 (mild), 2 (clear) or 3 (strong), or leave it empty"),
    # the other errors had waited unseen for the next run, one by one
    (HEADER.encode() + b"hoax\tdismissive\t2\t\tlb\ngaslight\tloaded_verb\tfour\t\tlb\nsmear\tcontempt\n",
     "error: mine/loaded.tsv:3: weight 'four' is not 1, 2 or 3; use 1 (mild), 2 (clear) or 3 (strong), or leave it empty "
     "(2 more errors in these files: `framing lexicon validate mine` lists them all)"),
])
def test_a_lexicon_that_cannot_load_stops_every_command_with_one_line_saying_what_to_do(tmp_path, monkeypatch, command, content, error):
    """It had printed validate's message as a 'warning', then the loader's error without the fix."""
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "loaded.tsv").write_bytes(content)
    (tmp_path / "a.txt").write_text("Vote\n\nHe bloviated for an hour.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, [*command, "--lexicon", "mine"])
    assert result.exit_code == 1
    assert result.stderr.strip() == error
    assert not (tmp_path / "r.html").exists()


def test_a_users_hedge_that_is_our_booster_moves_it_and_a_warning_says_so(tmp_path, monkeypatch):
    """Their file is their intent: 'clearly' in their hedge.tsv is a hedge (our booster won the tie before)."""
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "hedge.tsv").write_text(HEADER + "clearly\tepistemic_adverb\t1\t\tlb\n", encoding="utf-8")
    result = validate(tmp_path / "mine", monkeypatch)
    assert result.exit_code == 0, result.output
    line = load(()).lookup("booster", "clearly").line
    assert lines(result) == [  # the packaged row named as every other check names it, not by its absolute path
        f"mine/hedge.tsv:2: warning: 'clearly' moves from the packaged 'booster' lexicon (booster.tsv:{line}: certainty_adverb) to "
        "'hedge': with this file it is found as this row, never as our booster; keep the row if that is what you mean, and start its note with 'override:' to say so and silence this warning"]
    found = runner.invoke(app, ["lexicon", "test", "It was clearly forged.", "--lexicon", "mine"])
    assert found.stdout.strip() == "7-14\t'clearly'\thedge/epistemic_adverb w=1\tvoice=author\tentry 'clearly' (mine/hedge.tsv:2)"
    ours = runner.invoke(app, ["lexicon", "test", "It was clearly forged."])
    assert ours.stdout.split("\t")[1:3] == ["'clearly'", "booster/certainty_adverb w=1"]


def test_a_users_booster_that_is_our_hedge_moves_it_with_or_without_a_plain_sense_row(tmp_path, monkeypatch):
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "booster.tsv").write_text(HEADER + "likely\tcertainty_adverb\t1\t\tlb\n", encoding="utf-8")
    result = validate(tmp_path / "mine", monkeypatch)
    line = load(()).lookup("hedge", "likely").line
    assert result.exit_code == 0, result.output
    assert lines(result) == [
        f"mine/booster.tsv:2: warning: 'likely' moves from the packaged 'hedge' lexicon (hedge.tsv:{line}: epistemic_adverb) to "
        "'booster': with this file it is found as this row, never as our hedge; keep the row if that is what you mean, and start its note with 'override:' to say so and silence this warning"]
    expected = "8-14\t'likely'\tbooster/certainty_adverb w=1\tvoice=author\tentry 'likely' (mine/booster.tsv:2)"
    assert runner.invoke(app, ["lexicon", "test", "It will likely rain.", "--lexicon", "mine"]).stdout.strip() == expected
    # the earlier way to move it, a plain_sense row for our hedge, still works and says only that it overrides ours
    (tmp_path / "mine" / "hedge.tsv").write_text(HEADER + "likely\tplain_sense\t1\tmoved to booster\tlb\n", encoding="utf-8")
    result = validate(tmp_path / "mine", monkeypatch)
    assert result.exit_code == 0, result.output
    assert [line.split(": warning: ")[1].split(" (")[0] for line in lines(result)] == ["'likely' overrides the packaged 'hedge' row"]
    assert runner.invoke(app, ["lexicon", "test", "It will likely rain.", "--lexicon", "mine"]).stdout.strip() == expected


def test_a_term_in_both_of_the_users_own_hedge_and_booster_files_is_an_error(tmp_path, monkeypatch):
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "hedge.tsv").write_text(HEADER + "perchance\tepistemic_adverb\t1\t\tlb\n", encoding="utf-8")
    (tmp_path / "mine" / "booster.tsv").write_text(HEADER + "perchance\tcertainty_adverb\t1\t\tlb\n", encoding="utf-8")
    result = validate(tmp_path / "mine", monkeypatch)
    assert result.exit_code == 1
    assert lines(result) == ["mine/booster.tsv:2: error: 'perchance' is in both 'booster' and 'hedge' (mine/hedge.tsv:2); "
                             "keep it in one of them; use a longer phrase for the other sense"]


@pytest.mark.parametrize("row, problem", [
    ("gaslight\tloaded_verb 2\t\tlb", "4 columns where 5 are expected (term, category, weight, note, source); 'loaded_verb 2' looks like "
     "two fields with a space where a tab belongs; put a tab in place of that space; leave a field empty rather than leaving it out"),
    ("gaslight loaded_verb\t2\t\tlb", "4 columns where 5 are expected (term, category, weight, note, source); 'gaslight loaded_verb' looks "
     "like two fields with a space where a tab belongs; put a tab in place of that space; leave a field empty rather than leaving it out"),
    ("slam dunk\tloaded_verb\t2", "3 columns where 5 are expected (term, category, weight, note, source); separate the five fields "
     "with single tabs; leave a field empty rather than leaving it out"),  # the space in the term is the term's
    # every tab of the row a space: the fields it holds named, as the row would read with tabs
    ("snake contempt 2", "1 column where 5 are expected (term, category, weight, note, source); 'snake contempt 2' looks like "
     "the fields 'snake', 'contempt', '2' with spaces where tabs belong; put a tab between them; leave a field empty rather than leaving it out"),
    ("slam dunk contempt 2\t\tlb", "3 columns where 5 are expected (term, category, weight, note, source); 'slam dunk contempt 2' looks like "
     "the fields 'slam dunk', 'contempt', '2' with spaces where tabs belong; put a tab between them; leave a field empty rather than leaving it out"),
])
def test_a_row_where_one_tab_became_a_space_names_the_joined_field(tmp_path, monkeypatch, row, problem):
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "loaded.tsv").write_text(HEADER + row + "\n", encoding="utf-8")
    result = validate(tmp_path / "mine", monkeypatch)
    assert result.exit_code == 1
    assert lines(result) == [f"mine/loaded.tsv:2: error: {problem}"]


@pytest.mark.parametrize("body, problems, code", [
    ("gaslight\tloaded_verb\t2\t\tlb\n\n\n", [], 0),  # blank lines at the end, as editors leave them: nothing to say
    ("\ngaslight\tloaded_verb\t2\t\tlb\n", ["mine/loaded.tsv:2: warning: blank line; it is skipped; delete it if you like"], 0),
    ("gaslight\tloaded_verb\t2\t\tlb\n\t\t\t\t\n", ["mine/loaded.tsv:3: error: empty row; delete the line"], 1),  # five empty fields
])
def test_a_blank_line_is_skipped_and_only_a_row_of_empty_fields_is_an_error(tmp_path, monkeypatch, body, problems, code):
    """A trailing blank line had failed validation (exit 1) although every reader skips it."""
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "loaded.tsv").write_text(HEADER + body, encoding="utf-8")
    result = validate(tmp_path / "mine", monkeypatch)
    assert result.exit_code == code, result.output
    assert [line for line in lines(result) if "overrides the packaged" not in line] == problems


def test_a_new_lexicon_defined_in_a_users_metadata_validates_clean_and_is_found(tmp_path, monkeypatch):
    """A builder's war.tsv with its own metadata.json: a lexicon of its own, whose rows `lexicon test` finds."""
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "metadata.json").write_text('{"war": {"name": "war", "categories": {"war_metaphor": "war words"}}}', encoding="utf-8")
    (tmp_path / "mine" / "war.tsv").write_text(HEADER + "blitzkrieg of ads\twar_metaphor\t3\t\tlb\n", encoding="utf-8")
    result = validate(tmp_path / "mine", monkeypatch)
    assert result.exit_code == 0
    assert lines(result) == []
    found = runner.invoke(app, ["lexicon", "test", "A blitzkrieg of ads.", "--lexicon", "mine"])
    assert "2-19\t'blitzkrieg of ads'\twar/war_metaphor w=3\tvoice=author\tentry 'blitzkrieg of ads' (mine/war.tsv:2)" in found.stdout


# `framing score --lexicon`: the warnings of the user's files, once, on stderr, never in the output.

SEED = "Vote\n\nThe plan is clearly flawed, a pathetic charade.\n"
REPEATS = ["pathetic", "ludicrous", "charade", "grovel", "shameful", "disgraceful", "vermin"]  # each as our row says


def _repeat_rows(terms: list[str]) -> str:
    ours = load(())
    return "".join(f"{t}\t{ours.lookup('loaded', t).category}\t{ours.lookup('loaded', t).weight}\t\tlb\n" for t in terms)


def _score(tmp_path, monkeypatch, *extra: str):
    (tmp_path / "a.txt").write_text(SEED, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return runner.invoke(app, ["score", "a.txt", "--no-model", "--lexicon", "mine", *extra])


def test_score_reports_a_moved_booster_as_a_hedge_and_says_so_once_on_stderr(tmp_path, monkeypatch):
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "hedge.tsv").write_text(HEADER + "clearly\tepistemic_adverb\t1\tmine is a hedge\tlb\n", encoding="utf-8")
    result = _score(tmp_path, monkeypatch)
    assert result.exit_code == 0, result.output
    line = load(()).lookup("booster", "clearly").line
    assert result.stderr.splitlines()[:-1] == [
        f"mine/hedge.tsv:2: warning: 'clearly' moves from the packaged 'booster' lexicon (booster.tsv:{line}: certainty_adverb) to "
        "'hedge': with this file it is found as this row, never as our booster; keep the row if that is what you mean, and start its note with 'override:' to say so and silence this warning"]
    assert result.stderr.splitlines()[-1].startswith("scored 1 article, 0 errors")
    [article] = [json.loads(row) for row in result.stdout.splitlines()]  # the output is JSON lines only
    assert [(s["text"], s["type"], s["category"], s["start"]) for s in article["spans"] if s["type"] in ("hedge", "booster")] == [
        ("clearly", "hedge", "epistemic_adverb", 18)]
    plain = runner.invoke(app, ["score", "a.txt", "--no-model"])
    assert [(s["text"], s["type"]) for s in json.loads(plain.stdout)["spans"] if s["type"] in ("hedge", "booster")] == [("clearly", "booster")]


@pytest.mark.parametrize("terms, shown, summary", [
    (REPEATS[:5], 5, None),  # five: all shown
    (REPEATS, 5, "warning: 2 more lexicon warnings not shown; `framing lexicon validate mine` lists them all"),
    (REPEATS[:6], 5, "warning: 1 more lexicon warning not shown; `framing lexicon validate mine` lists them all"),
])
def test_score_shows_at_most_five_lexicon_warnings_then_one_line_counting_the_rest(tmp_path, monkeypatch, terms, shown, summary):
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "loaded.tsv").write_text(HEADER + _repeat_rows(terms), encoding="utf-8")
    result = _score(tmp_path, monkeypatch)
    assert result.exit_code == 0, result.output
    warned = [line for line in result.stderr.splitlines() if "warning: " in line]
    ours = load(())
    expected = [f"mine/loaded.tsv:{i}: warning: {t!r} is already in the packaged 'loaded' lexicon (loaded.tsv:{ours.lookup('loaded', t).line}) "
                "with the same category and weight; this row changes nothing; remove it, or change its category or weight"
                for i, t in enumerate(terms[:shown], start=2)]
    assert warned == expected + ([summary] if summary else [])
    assert json.loads(result.stdout)["warnings"] == []  # the article's input warnings: lexicon warnings are the run's, not its


def test_score_with_a_user_lexicon_that_has_nothing_to_warn_about_prints_no_warning(tmp_path, monkeypatch):
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "loaded.tsv").write_text(HEADER + "flawed\tjudgement\t1\tweak\tlb\n", encoding="utf-8")
    result = _score(tmp_path, monkeypatch)
    assert result.exit_code == 0, result.output
    assert [line for line in result.stderr.splitlines() if "warning" in line] == []
    assert "flawed" in [s["text"] for s in json.loads(result.stdout)["spans"]]


def test_a_users_hedge_moves_our_booster_rows_for_its_forms_too(tmp_path, monkeypatch):
    """booster.tsv lists its forms one by one ('proves that', 'proved that'); a hedge row inflects."""
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "hedge.tsv").write_text(HEADER + "prove that\tepistemic_verb\t1\t\tlb\n", encoding="utf-8")
    result = validate(tmp_path / "mine", monkeypatch)
    assert result.exit_code == 0, result.output
    ours = load(())
    at = {t: ours.lookup("booster", t).line for t in ("prove that", "proves that", "proved that")}
    assert lines(result) == [
        f"mine/hedge.tsv:2: warning: 'prove that' moves from the packaged 'booster' lexicon (booster.tsv:{at['prove that']}: certainty_verb) "
        "to 'hedge': with this file it is found as this row, never as our booster; keep the row if that is what you mean, and start its note with 'override:' to say so and silence this warning",
        f"mine/hedge.tsv:2: warning: 'proved that', a form of 'prove that', moves from the packaged 'booster' lexicon "
        f"(booster.tsv:{at['proved that']}: certainty_verb) to 'hedge' with this row; keep the row if that is what you mean, and start its note with 'override:' to say so and silence this warning",
        f"mine/hedge.tsv:2: warning: 'proves that', a form of 'prove that', moves from the packaged 'booster' lexicon "
        f"(booster.tsv:{at['proves that']}: certainty_verb) to 'hedge' with this row; keep the row if that is what you mean, and start its note with 'override:' to say so and silence this warning",
    ]
    found = runner.invoke(app, ["lexicon", "test", "The memo proved that he lied.", "--lexicon", "mine"])
    assert found.stdout.splitlines()[0] == "9-20\t'proved that'\thedge/epistemic_verb w=1\tvoice=author\tentry 'prove that' (mine/hedge.tsv:2)"
    assert runner.invoke(app, ["lexicon", "test", "The memo proved that he lied."]).stdout.split("\t")[2] == "booster/certainty_verb w=1"


@pytest.fixture(scope="module")
def scored_with_warnings(tmp_path_factory):
    """A folder holding `mine/` (a hedge.tsv moving our booster, a loaded.tsv of seven rows that
    repeat ours: eight warnings), a.txt and gold.csv, and the warning lines `framing score a.txt
    --lexicon mine` shows there: the reference every command below is held to, scored once."""
    folder = tmp_path_factory.mktemp("warned")
    (folder / "mine").mkdir()
    (folder / "mine" / "hedge.tsv").write_text(HEADER + "clearly\tepistemic_adverb\t1\tmine is a hedge\tlb\n", encoding="utf-8")
    (folder / "mine" / "loaded.tsv").write_text(HEADER + _repeat_rows(REPEATS[:7]), encoding="utf-8")
    with pytest.MonkeyPatch.context() as monkeypatch:
        scored = _score(folder, monkeypatch)  # the lines score shows, the reference
    (folder / "gold.csv").write_text("text,words,label\nThe plan was a farce.,farce,Biased\nIt rained.,,Non-biased\n", encoding="utf-8")
    return folder, [line for line in scored.stderr.splitlines() if "warning: " in line]


@pytest.mark.parametrize("command", [
    ["report", "a.txt", "--no-model", "--jobs", "1", "--out", "r.html"],
    ["compare", "a.txt", "--no-model", "--jobs", "1"],
    ["lexicon", "coverage", "a.txt"],
    ["lexicon", "coverage", "a.txt", "--json"],  # on stderr: the JSON on stdout stays JSON
    ["lexicon", "stats"],
    ["lexicon", "stats", "--json"],
    ["lexicon", "list"],  # where a builder looks first: was my file read, and what does it change?
    ["lexicon", "test", "The plan was a farce."],  # why a row of theirs finds nothing there
    ["lexicon", "evaluate", "--data", "gold.csv", "--words-col", "words", "--label-col", "label"],
    ["lexicon", "evaluate", "--data", "gold.csv", "--words-col", "words", "--label-col", "label", "--json"],
])
def test_every_command_that_analyses_with_a_user_lexicon_shows_its_warnings_as_score_does(scored_with_warnings, monkeypatch, command):
    folder, expected = scored_with_warnings
    assert len(expected) == 6 and expected[-1] == "warning: 3 more lexicon warnings not shown; `framing lexicon validate mine` lists them all"
    monkeypatch.chdir(folder)
    result = runner.invoke(app, [*command, "--lexicon", "mine"])
    assert result.exit_code == 0, result.output
    assert [line for line in result.stderr.splitlines() if "warning: " in line] == expected
    if "--json" in command:  # the JSON on stdout stays JSON
        assert isinstance(json.loads(result.stdout), dict)
    if command[:2] == ["lexicon", "coverage"] and "--json" in command:
        assert json.loads(result.stdout)["articles"] == 1


def test_a_duplicate_row_says_which_of_the_two_is_read(tmp_path, monkeypatch):
    """The later row wins (the loader reads the file top to bottom): deleting the wrong one of the
    two would keep the row the builder meant to drop."""
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "loaded.tsv").write_text(HEADER + "slimy\tcontempt\t2\t\tlb\nslimy\tcontempt\t1\tagain\tlb\n", encoding="utf-8")
    result = validate(tmp_path / "mine", monkeypatch)
    assert [line for line in lines(result) if "duplicate" in line] == [
        "mine/loaded.tsv:3: error: duplicate term 'slimy' (first on line 2); delete one of the two rows (this one, the later, is the one read)"]
    shown = runner.invoke(app, ["lexicon", "show", "loaded", "--lexicon", "mine"])
    assert [line for line in shown.stdout.splitlines() if line.startswith("slimy\t")] == ["slimy\tcontempt\t1\tagain\tmine/loaded.tsv:3"]


@pytest.mark.parametrize("rows, expected", [
    ("gaslight\tloaded_verb\t5\t\tlb\n", "mine/loaded.tsv:2: weight '5' is not 1, 2 or 3; use 1 (mild), 2 (clear) or 3 (strong), or leave it empty"),
    ("gaslight\tloaded_verb\t5\t\tlb\n\tcontempt\t2\t\tlb\n",
     "mine/loaded.tsv:2: weight '5' is not 1, 2 or 3; use 1 (mild), 2 (clear) or 3 (strong), or leave it empty "
     "(1 more error in these files: `framing lexicon validate mine` lists them all)"),
])
def test_stop_line_counts_the_other_errors_but_not_the_warnings(tmp_path, monkeypatch, rows, expected):
    from framing.lexicon_validate import stop_line
    from framing.lexicon_validate import validate as check

    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "loaded.tsv").write_text(HEADER + rows + "hoax\tdeception\t2\t\tlb\n", encoding="utf-8")  # hoax: a warning
    monkeypatch.chdir(tmp_path)
    problems = check([Path("mine")])
    assert any(p.severity == "warning" for p in problems)
    fatal = next(p for p in problems if p.line == 2 and p.severity == "error")
    assert stop_line(fatal, problems, [Path("mine")]) == expected


@pytest.mark.parametrize("row, library, command", [
    # a row validate warns about: the file and line first, then the severity, as compilers write it
    ("gaslight\tjudgement\t1\tmine\tlb\n", "mine/loaded.tsv:2: warning: 'gaslight' overrides the packaged 'loaded' row",
     "mine/loaded.tsv:2: warning: 'gaslight' overrides the packaged 'loaded' row"),
    # an error the loader reads past: validate's error, a warning of the run that goes on
    ("kerfuffle\tdisorder\t2\n", "mine/loaded.tsv:2: error: 3 columns where 5 are expected",
     "mine/loaded.tsv:2: warning: 3 columns where 5 are expected"),
])
def test_every_line_naming_a_lexicon_row_puts_file_and_line_first(tmp_path, monkeypatch, row, library, command):
    from framing.lexicon_validate import validate as run, warning_lines

    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "loaded.tsv").write_text(HEADER + row, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    problems = run([Path("mine")])
    assert [str(p).split(" (")[0] for p in problems] == [library]
    assert [line.split(" (")[0] for line in warning_lines([Path("mine")])] == ([library] if "warning" in library else [])
    scored = _score(tmp_path, monkeypatch)
    assert [line.split(" (")[0] for line in scored.stderr.splitlines() if "mine/loaded.tsv" in line] == [command]


@pytest.mark.parametrize("file, row, message", [
    ("loaded.tsv", "gaslight\tjudgement\t1\toverride: weaker in my corpus\tlb\n", "'gaslight' overrides the packaged 'loaded' row"),
    ("loaded.tsv", "farce\tplain_sense\t\tOverride: theatre reviews\tlb\n", "'farce' overrides the packaged 'loaded' row"),  # any case
    ("hedge.tsv", "clearly\tepistemic_adverb\t1\toverride: a hedge here\tlb\n", "'clearly' moves from the packaged 'booster' lexicon"),
])
def test_a_row_whose_note_starts_override_is_an_intended_override_counted_not_warned_about(tmp_path, monkeypatch, file, row, message):
    from framing.lexicon_validate import validate as run, warning_lines

    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / file).write_text(HEADER + row, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    problems = run([Path("mine")])
    assert [(p.line, p.severity, p.message.split(" (")[0]) for p in problems] == [(2, "intended", message)]
    assert warning_lines([Path("mine")]) == []
    result = validate(tmp_path / "mine", monkeypatch)
    assert result.exit_code == 0
    assert result.stderr == ""
    assert result.stdout == "0 errors, 0 warnings; 1 row overriding ours on purpose (note starting 'override:'), not warned about\n"
    scored = _score(tmp_path, monkeypatch)
    assert scored.exit_code == 0, scored.output
    assert [line for line in scored.stderr.splitlines() if "warning" in line] == []


def test_an_override_without_the_mark_still_warns_and_says_how_to_mark_it(tmp_path, monkeypatch):
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "loaded.tsv").write_text(HEADER + "gaslight\tjudgement\t1\tweaker, override\tlb\n", encoding="utf-8")  # not at the start
    scored = _score(tmp_path, monkeypatch)
    [line] = [line for line in scored.stderr.splitlines() if "warning" in line]
    assert line.startswith("mine/loaded.tsv:2: warning: 'gaslight' overrides the packaged 'loaded' row (loaded.tsv:")
    assert line.endswith("; keep the row if that is what you mean, and start its note with 'override:' to say so and silence this warning")


@pytest.mark.parametrize("category, meant", [
    ("sports_metaphr", "did you mean 'sports_metaphor'? "),  # the builder's own category, one letter out
    ("pejorative-label", "did you mean 'pejorative_label'? "),
    ("Contempt", "did you mean 'contempt'? "),
    ("sport", ""),  # nothing close: the list alone
])
def test_an_unknown_category_close_to_a_known_one_is_named_first(tmp_path, monkeypatch, category, meant):
    from framing.lexicon_validate import validate as run

    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "metadata.json").write_text('{"loaded": {"categories": {"sports_metaphor": "politics as a game"}}}', encoding="utf-8")
    (tmp_path / "mine" / "loaded.tsv").write_text(HEADER + f"slam dunk\t{category}\t2\t\tlb\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    [problem] = run([Path("mine")])
    assert (problem.line, problem.message) == (2, f"unknown category {category!r} for lexicon 'loaded'")
    assert problem.fix.startswith(meant + "use one of contempt, deception, ")
    added = runner.invoke(app, ["lexicon", "add", "loaded", "hardball", "--category", category, "--file", "mine/loaded.tsv"])
    assert added.exit_code == 1
    assert added.stderr.startswith(f"error: mine/loaded.tsv:3: not added: unknown category {category!r} for lexicon 'loaded'; {meant}use one of ")


@pytest.mark.parametrize("weight, fix", [
    ("2.0", "write it as 2 (a spreadsheet saved it as 2.0)"),  # a spreadsheet's number format
    ("3,0", "write it as 3 (a spreadsheet saved it as 3,0)"),  # ... where the decimal mark is a comma
    ("2.5", "use 1 (mild), 2 (clear) or 3 (strong), or leave it empty"),
    ("7", "use 1 (mild), 2 (clear) or 3 (strong), or leave it empty"),
])
def test_a_weight_a_spreadsheet_wrote_as_a_decimal_says_which_whole_number_to_write(tmp_path, monkeypatch, weight, fix):
    from framing.lexicon import LexiconError, read_tsv
    from framing.lexicon_validate import validate as run

    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "loaded.tsv").write_text(HEADER + f"hardball\tjudgement\t{weight}\t\tlb\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    [problem] = run([Path("mine")])
    assert (problem.line, problem.message, problem.fix) == (2, f"weight {weight!r} is not 1, 2 or 3", fix)
    with pytest.raises(LexiconError) as raised:
        read_tsv(Path("mine/loaded.tsv"))
    assert (f"weight {weight!r} is not 1, 2 or 3; {fix}" in str(raised.value)) == fix.startswith("write")
    scored = _score(tmp_path, monkeypatch)
    assert scored.exit_code == 1
    assert scored.stderr.strip() == f"error: mine/loaded.tsv:2: weight {weight!r} is not 1, 2 or 3; {fix}"


def test_a_phrase_of_a_slot_row_that_another_row_spells_is_a_duplicate(tmp_path):
    from framing.lexicon_validate import validate

    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "hedge.tsv").write_text("term\tcategory\tweight\tnote\tsource\n"
                                    "it is quietly said\tvague_attribution\t1\t\tme\n"
                                    "it [is|was] [adverb] said\tvague_attribution\t1\t\tme\n"
                                    "it [is|was] [quietly|widely] said\tvague_attribution\t1\t\tme\n", encoding="utf-8")
    said = [str(p) for p in validate([mine]) if p.severity == "error"]
    assert said[0] == (f"{mine / 'hedge.tsv'}:4: error: duplicate term 'it is quietly said' (a phrase of "
                       "'it [is|was] [quietly|widely] said') (first on line 2); delete the row on line 2, or take the word out of this row's slot")
    assert len(said) == 3  # 'it is quietly said' and 'it is/was widely said', the last two also on line 3


# validate keeps its problems for files it has seen (a --lexicon command checks them twice): an
# edit is seen all the same, and a command validates its files once.

def test_validate_sees_an_edit_that_keeps_the_files_size_and_time(tmp_path):
    import os

    from framing.lexicon_validate import validate as run

    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "loaded.tsv").write_text(HEADER + "gaslight\tloaded_verb\t2\t\tlb\n", encoding="utf-8")
    was = (mine / "loaded.tsv").stat()
    assert [(p.line, p.severity, p.message.split(" (")[0]) for p in run([mine])] == [(2, "warning", "'gaslight' overrides the packaged 'loaded' row")]
    (mine / "loaded.tsv").write_text(HEADER + "gaslight\tloaded_verb\t7\t\tlb\n", encoding="utf-8")  # one byte other
    os.utime(mine / "loaded.tsv", ns=(was.st_atime_ns, was.st_mtime_ns))
    assert (mine / "loaded.tsv").stat().st_size == was.st_size
    assert [(p.line, p.severity, p.message) for p in run([mine]) if p.severity == "error"] == [(2, "error", "weight '7' is not 1, 2 or 3")]
    (mine / "booster.tsv").write_text(HEADER + "perhaps\tcertainty_adverb\t1\t\tme\n", encoding="utf-8")  # a file more
    assert [Path(p.path).name for p in run([mine]) if "moves from the packaged 'hedge'" in p.message] == ["booster.tsv"]


def test_score_validates_its_lexicon_files_once_and_says_both_their_errors_and_warnings(tmp_path, monkeypatch):
    import framing.lexicon_validate as lexicon_validate

    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "loaded.tsv").write_text(HEADER + "gaslight\tjudgement\t1\tmine\tlb\nkerfuffle\tdisorder\t2\n", encoding="utf-8")
    validated = []
    run = lexicon_validate._validate
    monkeypatch.setattr(lexicon_validate, "_validate", lambda *args: validated.append(args) or run(*args))
    scored = _score(tmp_path, monkeypatch)
    assert scored.exit_code == 0, scored.output
    assert [line.split(" (")[0] for line in scored.stderr.splitlines() if "mine/loaded.tsv" in line] == [
        "mine/loaded.tsv:3: warning: 3 columns where 5 are expected",  # the option's: an error the loader reads past
        "mine/loaded.tsv:2: warning: 'gaslight' overrides the packaged 'loaded' row"]  # the command's
    assert len(validated) == 1

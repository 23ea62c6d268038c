"""`framing lexicon ...` the way a user calls it (typer's CliRunner)."""

from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from framing.cli import app

runner = CliRunner()


def run_app(args: list[str]):
    return runner.invoke(app, args)
HEADER = "term\tcategory\tweight\tnote\tsource\n"


def run(*args: str):
    return runner.invoke(app, ["lexicon", *args])


def test_stats_json_shape():
    result = run("stats", "--json")
    assert result.exit_code == 0
    counts = json.loads(result.stdout)
    assert {"loaded", "hedge", "booster", "reporting_verbs", "anonymous_sources"} <= set(counts)
    assert counts["loaded"]["theatrical"] > 50 and all(isinstance(v, int) for v in counts["hedge"].values())


def test_stats_counts_a_lexicon_as_list_does_plain_sense_rows_apart():
    """`stats` said 'booster: 207' where `list` and lexicons/README.md say 140 entries (+67 plain-sense rows)."""
    from framing.lexicon import load
    from framing.lexicon_coverage import stats as lexicon_stats

    counts = lexicon_stats(load())
    headers = {line.split(":")[0]: line for line in run("stats").stdout.splitlines() if not line.startswith(" ")}
    listed = {line.split("\t")[0]: line.split("\t")[1] for line in run("list").stdout.splitlines() if line}
    for name in ("loaded", "hedge", "booster", "negators"):
        plain = counts[name].get("plain_sense", 0)
        assert headers[name] == f"{name}: {sum(counts[name].values()) - plain} entries" + (f" (+{plain} plain-sense rows)" if plain else "")
        assert headers[name] == f"{name}: {listed[name]}"
    assert counts["booster"]["plain_sense"] > 0 and "plain_sense" not in counts["negators"]


def test_validate_packaged_passes_and_a_bad_file_fails_with_file_and_line(tmp_path):
    ok = run("validate")
    assert ok.exit_code == 0 and "0 errors" in ok.stdout
    bad = tmp_path / "booster.tsv"
    bad.write_text(HEADER + "surely not\tcertainty_phrase\t9\t\tme\n", encoding="utf-8")
    result = run("validate", str(bad))
    assert result.exit_code == 1
    assert f"{bad}:2: error: weight '9' is not 1, 2 or 3" in result.output


@pytest.mark.parametrize(
    "content, message",
    [
        ("term,category,weight,note,source\nkerfuffle,disorder,2,,me\n",
         "1: error: the file is comma-separated (CSV), but a lexicon is tab-separated; save it from the spreadsheet as tab-delimited text (.tsv), or replace the commas between fields with tabs"),
        ("term    category    weight    note    source\nkerfuffle    disorder    2\n",
         "1: error: the columns are separated by spaces, but a lexicon is tab-separated; put one tab between fields (an editor set to turn tabs into spaces does this)"),
        ("word\tcategory\tweight\tnote\tsource\nkerfuffle\tdisorder\t2\t\tme\n",
         "1: error: the header must be the tab-separated columns term, category, weight, note, source (this file's first line: word, category, weight, note, source); "
         "make the first line exactly those five column names, separated by tabs, with each row's fields in that order"),
        ("term\tweight\tcategory\tnote\tsource\nkerfuffle\t2\tdisorder\t\tme\n",  # the columns of a spreadsheet moved about
         "1: error: the header must be the tab-separated columns term, category, weight, note, source (this file has: term, weight, category, note, source); "
         "make the first line exactly those five column names, separated by tabs, with each row's fields in that order"),
        ("term\tcategory\tweight\tnote\tsource\nkerfuffle    disorder    2    noisy    me\n",  # one row typed with spaces
         "2: error: 1 column where 5 are expected (term, category, weight, note, source); the fields look separated by spaces, not tabs; "
         "put one tab between fields (an editor set to turn tabs into spaces does this)"),
        ("term\tcategory\tweight\tnote\tsource\nkerfuffle\tdisorder\n",
         "2: error: 2 columns where 5 are expected (term, category, weight, note, source); separate the five fields with single tabs; leave a field empty rather than leaving it out"),
    ],
)
def test_validate_says_how_a_file_that_is_not_tab_separated_went_wrong(tmp_path, content, message):
    """The commonest way to break a TSV lexicon (VADER's tracker is full of it): one line saying
    what happened, not an error on every row."""
    f = tmp_path / "loaded.tsv"
    f.write_text(content, encoding="utf-8")
    result = run("validate", str(f))
    assert result.exit_code == 1
    assert [l for l in result.output.splitlines() if ": error: " in l] == [f"{f}:{message}"]


def test_validate_a_missing_path_names_it_without_a_line_number(tmp_path):
    missing = tmp_path / "my-lexicons"
    result = run("validate", str(missing))
    assert result.exit_code == 1
    assert f"{missing}: error: no such file or folder; pass a .tsv lexicon file or a folder of them" in result.output
    assert f"{missing}:0:" not in result.output


def test_validate_warns_that_a_file_named_after_no_lexicon_is_a_lexicon_of_its_own(tmp_path):
    f = tmp_path / "my_terms.tsv"
    f.write_text(HEADER + "bloated books\tcontempt\t2\t\tme\n", encoding="utf-8")
    result = run("validate", str(f))
    assert result.exit_code == 0 and "0 errors, 1 warning" in result.stdout
    assert (f"{f}:1: warning: lexicon 'my_terms' is new and not described in a metadata.json: its rows are found as findings of "
            "the type 'my_terms', scored as my_terms_per_1k") in " ".join(result.output.split())
    assert "to extend a lexicon of ours instead, name the file after it (e.g. loaded.tsv)" in " ".join(result.output.split())


def test_test_command_shows_match_voice_entry_and_rule():
    result = run("test", 'Lavrov called it "a pathetic pantomime" in May.')
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert any("'pathetic'" in l and "loaded/contempt" in l and "voice=quoted" in l and "loaded.tsv:" in l for l in lines)
    assert any("'May'" in l and "month-may" in l for l in lines)


def test_test_command_explains_attributions_and_anonymous_sources_by_their_rows(tmp_path, monkeypatch):
    """Why 'claimed' reads as lowering and 'a senior official' as anonymous: the row behind each,
    a user's reporting_verbs row showing its own path."""
    text = 'Lavrov claimed it was over. A senior official said so.'
    lines = [re.sub(r"\.tsv:\d+\)$", ".tsv:N)", l) for l in run("test", text).stdout.splitlines()]  # N: the packaged row's line
    assert [l for l in lines if "\tattribution/" in l or "\tanonymous_source\t" in l] == [
        "7-14\t'claimed'\tattribution/lowering\tverb=claim\tspeaker=Lavrov\tentry 'claim' (reporting_verbs.tsv:N)",
        "28-45\t'A senior official'\tanonymous_source\tspeaker=anonymous\tentry 'a senior official' (anonymous_sources.tsv:N)",
        "46-50\t'said'\tattribution/neutral\tverb=say\tspeaker=anonymous\tentry 'say' (reporting_verbs.tsv:N)",
    ]
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "reporting_verbs.tsv").write_text(HEADER + "claim\tneutral\t3\tin our corpus a plain report\tme\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    mine = run("test", text, "--lexicon", "mine").stdout.splitlines()
    assert "7-14\t'claimed'\tattribution/neutral\tverb=claim\tspeaker=Lavrov\tentry 'claim' (mine/reporting_verbs.tsv:2)" in mine


def test_test_command_explains_an_article_file_with_offsets_into_its_text(tmp_path):
    """What a teacher or builder does on seeing an odd highlight in a report: explain that article."""
    article = tmp_path / "fox.txt"
    text = "Vote\n\nThe NAACP passed a resolution Tuesday calling for Tea Party groups to act. The group said it was a pathetic smear.\n"
    article.write_text(text, encoding="utf-8")
    result = run("test", "--file", str(article))
    assert result.exit_code == 0, result.output
    lines = [re.sub(r"\.tsv:\d+\)$", ".tsv:N)", l) for l in result.stdout.splitlines()]
    start = text.index("calling for")
    # "calling for" is explained by the 'call for' row (urging), not by 'call' (labeling)
    assert f"{start}-{start + 11}\t'calling for'\tattribution/urging\tverb=call\tspeaker=NAACP\tentry 'call for' (reporting_verbs.tsv:N)" in lines
    pathetic = text.index("pathetic")
    assert any(l.startswith(f"{pathetic}-{pathetic + 8}\t'pathetic'\tloaded/contempt") for l in lines)


@pytest.mark.parametrize(
    "args, message",
    [
        ([], "error: give the TEXT to explain, or --file ARTICLE for an article file, not both"),
        (["Some text", "--file", "a.txt"], "error: give the TEXT to explain, or --file ARTICLE for an article file, not both"),
        (["--file", "corpus.csv"], "error: corpus.csv: --file takes one article file (.txt, .md, .html); for a row of a CSV or JSONL corpus, pass its text as TEXT"),
        (["--file", "notes.docx"], "error: notes.docx: not a Word document (such a file is a ZIP archive, and this one is not, or is cut short); if it is an article, open it in Word and save it again as a Word Document (.docx), or save it as plain text (.txt, the headline on the first line)"),
    ],
)
def test_test_command_says_what_to_give_it(tmp_path, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04 not really")
    (tmp_path / "corpus.csv").write_text("id,text\n1,Hi\n", encoding="utf-8")
    result = run("test", *args)
    assert result.exit_code in (1, 2)
    assert result.stderr.strip() == message


def test_lexicon_option_overrides_a_packaged_entry(tmp_path):
    (tmp_path / "loaded.tsv").write_text(HEADER + "pantomime\tcontempt\t3\tmy reading\tme\n", encoding="utf-8")
    before = run("test", "What a pantomime.")
    after = run("test", "What a pantomime.", "--lexicon", str(tmp_path))
    assert "loaded/theatrical w=2" in before.stdout
    assert "loaded/contempt w=3" in after.stdout and f"{tmp_path.name}" not in before.stdout


def test_test_command_tells_the_users_row_from_the_packaged_one_of_the_same_file_name(tmp_path, monkeypatch):
    """Both are `loaded.tsv`: the user's row shows its path, the packaged row its file name."""
    (tmp_path / "my-lexicons").mkdir()
    (tmp_path / "my-lexicons" / "loaded.tsv").write_text(HEADER + "kerfuffle\tdisorder\t2\ta fuss made to look silly\tteacher\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run("test", "A kerfuffle over a pathetic plan.", "--lexicon", "my-lexicons/loaded.tsv")
    assert result.exit_code == 0, result.output
    [kerfuffle, pathetic] = result.stdout.splitlines()
    assert kerfuffle.endswith("entry 'kerfuffle' (my-lexicons/loaded.tsv:2)")
    assert "entry 'pathetic' (loaded.tsv:" in pathetic and "my-lexicons" not in pathetic
    shown = run("show", "loaded", "--category", "disorder", "--lexicon", "my-lexicons/loaded.tsv").stdout.splitlines()
    assert "kerfuffle\tdisorder\t2\ta fuss made to look silly\tmy-lexicons/loaded.tsv:2" in shown
    assert any(line.split("\t")[-1].startswith("loaded.tsv:") for line in shown)  # the packaged rows beside it


def test_validate_says_when_a_user_row_repeats_or_overrides_a_packaged_one(tmp_path):
    f = tmp_path / "loaded.tsv"
    f.write_text(HEADER + "pantomime\ttheatrical\t2\tas packaged\tme\n" + "pantomime show\ttheatrical\t2\tnew\tme\n"
                 + "farce\ttheatrical\t2\tmy reading\tme\n", encoding="utf-8")
    result = run("validate", str(f))
    assert result.exit_code == 0, result.output  # warnings only
    warnings = [" ".join(l.split()) for l in result.output.splitlines() if ": warning: " in l]
    assert len(warnings) == 3
    assert warnings[0].startswith(f"{f}:2: warning: 'pantomime' is already in the packaged 'loaded' lexicon (loaded.tsv:")
    assert warnings[0].endswith("with the same category and weight; this row changes nothing; remove it, or change its category or weight")
    assert warnings[1] == (f"{f}:3: warning: 'pantomime show' contains 'pantomime' (line 2: theatrical, weight 2), which finds these "
                           "words with the same category and weight anyway; delete the row unless it needs its own note, or give it another category or weight")
    assert warnings[2].startswith(f"{f}:4: warning: 'farce' overrides the packaged 'loaded' row (loaded.tsv:")
    assert warnings[2].endswith(": contempt, weight 3); keep the row if that is what you mean, and start its note with 'override:' to say so and silence this warning")


def test_a_user_lexicon_row_validate_rejects_is_a_warning_when_scoring_with_it(tmp_path):
    """The loader reads a short row leniently; the user hears about it instead of never knowing."""
    (tmp_path / "loaded.tsv").write_text(HEADER + "kerfuffle\tdisorder\t2\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Head\n\nWhat a kerfuffle.\n", encoding="utf-8")
    result = run_app(["score", str(tmp_path / "a.txt"), "--no-model", "--lexicon", str(tmp_path / "loaded.tsv")])
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[0] == (
        f"{tmp_path / 'loaded.tsv'}:2: warning: 3 columns where 5 are expected (term, category, weight, note, source); separate the "
        "five fields with single tabs; leave a field empty rather than leaving it out (`framing lexicon validate` checks the file)")
    assert '"term": "kerfuffle"' in result.stdout  # and the row is used all the same


def test_validate_says_when_a_packaged_row_for_a_form_is_found_instead_of_the_users_row(tmp_path):
    f = tmp_path / "loaded.tsv"
    f.write_text(HEADER + "railroad\tloaded_verb\t2\tmy reading\tme\n", encoding="utf-8")
    result = run("validate", str(f))
    assert result.exit_code == 0, result.output
    [warning] = [" ".join(l.split()) for l in result.output.splitlines() if ": warning: " in l]
    assert warning.startswith(f"{f}:2: warning: 'railroaded', a form of 'railroad', has a packaged row of its own (loaded.tsv:")
    assert warning.endswith("which is found instead; add 'railroaded' to this file too if it should read as this row")
    found = run("test", "The bill was railroaded through.", "--lexicon", str(f))
    assert "entry 'railroaded' (loaded.tsv:" in found.stdout  # what the warning says happens


def test_validate_says_when_a_users_row_is_a_form_of_a_packaged_term_and_never_found(tmp_path):
    """'slammed' in a user file: the packaged 'slam' matches it first, so the row does nothing
    (lexicon test shows 'slam'); validate says so and what to write instead."""
    f = tmp_path / "loaded.tsv"
    f.write_text(HEADER + "slammed\tjudgement\t3\tmy reading\tme\n" + "slam dunk\tjudgement\t1\t\tme\n", encoding="utf-8")
    result = run("validate", str(f))
    assert result.exit_code == 0, result.output
    warnings = [" ".join(l.split()) for l in result.output.splitlines() if ": warning: " in l]
    assert len(warnings) == 1
    assert warnings[0].startswith(f"{f}:2: warning: 'slammed' is never found by this row: the packaged 'slam' (loaded.tsv:")
    assert warnings[0].endswith("matches it as one of its forms, and comes first; to change how 'slam' and its forms read, write the row for 'slam' instead")
    found = run("test", "They slammed it.", "--lexicon", str(f))
    assert "entry 'slam' (loaded.tsv:" in found.stdout  # what the warning says happens
    # the fix it names works: a row for 'slam' reads every form as the user's
    fixed = tmp_path / "fixed" / "loaded.tsv"  # another file: lexicon.load caches by path within a process
    fixed.parent.mkdir()
    fixed.write_text(HEADER + "slam\tjudgement\t3\tmy reading\tme\n", encoding="utf-8")
    assert f"loaded/judgement w=3\tvoice=author\tentry 'slam' ({fixed}:2)" in run("test", "They slammed it.", "--lexicon", str(fixed)).stdout


def test_add_says_at_once_when_the_new_row_will_never_be_found(tmp_path):
    f = tmp_path / "mine" / "loaded.tsv"
    result = run("add", "loaded", "slammed", "--category", "loaded_verb", "--weight", "3", "--file", str(f))
    assert result.exit_code == 0
    assert result.stdout == f"added 'slammed' to {f}\n"
    assert result.stderr.startswith(f"{f}:2: warning: 'slammed' is never found by this row: the packaged 'slam'")


def test_validate_warns_about_files_in_a_lexicon_folder_that_are_not_read(tmp_path):
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "Loaded.TSV").write_text(HEADER + "kerfuffle\tdisorder\t2\t\tme\n", encoding="utf-8")
    (folder / "hedge.csv").write_text("term,category,weight,note,source\n", encoding="utf-8")
    (folder / "notes.md").write_text("my notes\n", encoding="utf-8")
    result = run("validate", str(folder))
    assert result.exit_code == 0, result.output
    assert [" ".join(l.split()) for l in result.output.splitlines() if ": warning: " in l] == [
        f"{folder / 'Loaded.TSV'}: warning: not read as a lexicon: only files ending in .tsv (lower case) are; "
        "save it as tab-separated text named after the lexicon it extends (e.g. loaded.tsv)",
        f"{folder / 'hedge.csv'}: warning: not read as a lexicon: only files ending in .tsv (lower case) are; "
        "save it as tab-separated text named after the lexicon it extends (e.g. hedge.tsv)",
    ]


def test_coverage_with_a_user_lexicon_lists_every_row_of_it_even_those_that_never_fired(tmp_path, monkeypatch):
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text("Head\n\nA kerfuffle, then another kerfuffle.\n", encoding="utf-8")
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "loaded.tsv").write_text(HEADER + "kerfuffle\tdisorder\t2\t\tme\n" + "brouhaha\tdisorder\t2\t\tme\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run("coverage", "news", "--lexicon", "mine")
    assert result.exit_code == 0, result.output
    assert result.stdout.split("your rows: findings in these articles (where)\n")[1].splitlines() == [
        "  loaded/kerfuffle\t2\t(mine/loaded.tsv:2)",
        "  loaded/brouhaha\tnever fired\t(mine/loaded.tsv:3)",
    ]
    data = json.loads(run("coverage", "news", "--lexicon", "mine", "--json").stdout)
    assert data["your_rows"] == {"loaded/kerfuffle": 2, "loaded/brouhaha": 0}
    assert "your_rows" not in json.loads(run("coverage", "news", "--json").stdout)


@pytest.mark.parametrize("command", [["score", "{article}", "--no-model"], ["lexicon", "test", "A slam dunk."], ["lexicon", "validate", "{folder}"]])
def test_a_broken_metadata_json_in_a_user_folder_is_one_line_naming_file_and_line(tmp_path, command):
    """It had ended `framing score --lexicon` in a JSONDecodeError traceback.  (Line 2: where the
    parser finds the closing brace missing.)"""
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "metadata.json").write_text('{"loaded": {"categories": {"sports_metaphor": "sports words"}}\n', encoding="utf-8")
    (folder / "loaded.tsv").write_text(HEADER + "slam dunk\tsports_metaphor\t2\t\tme\n", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("Head\n\nA slam dunk.\n", encoding="utf-8")
    args = [a.format(article=article, folder=folder) for a in command] + ([] if command[1] == "validate" else ["--lexicon", str(folder)])
    result = run_app(args)
    assert result.exit_code == 1
    assert "Traceback" not in result.output and result.exception is None or isinstance(result.exception, SystemExit)
    line = f"{folder / 'metadata.json'}:2: not valid JSON (Expecting ',' delimiter); fix the JSON syntax at that line"
    # with the metadata unread, the file's own category is unknown too: score counts that error, validate lists it
    assert (f"{folder / 'metadata.json'}:2: error: not valid JSON (Expecting ',' delimiter); fix the JSON syntax at that line" if command[1] == "validate"
            else f"error: {line} (1 more error in these files: `framing lexicon validate {folder}` lists them all)") in result.output.splitlines()


def test_a_lexicon_saved_in_a_windows_code_page_is_one_line_saying_to_save_it_as_utf8(tmp_path):
    """A spreadsheet's 'Text (Tab delimited)' on Windows is cp1252: it had ended `framing score
    --lexicon` in a UnicodeDecodeError traceback."""
    f = tmp_path / "loaded.tsv"
    f.write_bytes(HEADER.encode() + "café society\tjudgement\t2\t\tme\n".encode("cp1252"))
    article = tmp_path / "a.txt"
    article.write_text("Head\n\nThe café society met.\n", encoding="utf-8")
    result = run_app(["score", str(article), "--no-model", "--lexicon", str(f)])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [  # one line: it had been printed twice, as a warning and then as the error
        f"error: {f}:2: not UTF-8 text (invalid continuation byte); save the file as UTF-8 (from a spreadsheet: tab-separated text "
        "with the character set UTF-8)",
    ]


def test_add_to_a_file_that_is_not_utf8_is_refused_in_one_line(tmp_path):
    f = tmp_path / "loaded.tsv"
    before = HEADER.encode() + "café society\tjudgement\t2\t\tme\n".encode("cp1252")
    f.write_bytes(before)
    result = run("add", "loaded", "kerfuffle", "--category", "disorder", "--file", str(f))
    assert result.exit_code == 1
    assert result.stderr.strip() == (f"error: {f}: not added: the file is not UTF-8 text (invalid continuation byte); "
                                     "save it as UTF-8 first (`framing lexicon validate` names the line)")
    assert f.read_bytes() == before


def test_add_to_a_lexicon_that_does_not_exist_is_refused(tmp_path):
    """'lodaed' made z/lodaed.tsv, a lexicon of its own by a typo; a lexicon of the user's own metadata is allowed."""
    result = run("add", "lodaed", "kerfuffle", "--category", "disorder", "--file", str(tmp_path / "lodaed.tsv"))
    assert result.exit_code == 1
    assert result.stderr.strip().startswith("error: no lexicon 'lodaed'; use one of anonymous_sources, booster, ")
    assert " ".join(result.stderr.split()).endswith(
        "(a new lexicon needs an entry in the metadata.json beside the file describing its categories; its terms are then "
        "found as findings of the type 'lodaed', scored as lodaed_per_1k)")
    assert not (tmp_path / "lodaed.tsv").exists()
    (tmp_path / "metadata.json").write_text('{"framing_devices": {"categories": {"conflict": "a story told as a fight"}}}', encoding="utf-8")
    ok = run("add", "framing_devices", "showdown", "--category", "conflict", "--file", str(tmp_path / "framing_devices.tsv"))
    assert ok.exit_code == 0, ok.output


def test_add_appends_and_refuses_duplicates(tmp_path):
    f = tmp_path / "hedge.tsv"
    ok = run("add", "hedge", "mayhap", "--category", "epistemic_adverb", "--weight", "1", "--file", str(f))
    assert ok.exit_code == 0 and f.read_text(encoding="utf-8") == HEADER + "mayhap\tepistemic_adverb\t1\t\tuser\n"
    dup = run("add", "hedge", "mayhap", "--category", "epistemic_adverb", "--file", str(f))
    assert dup.exit_code == 1 and "duplicate term 'mayhap'" in dup.output
    moved = run("add", "hedge", "undoubtedly", "--category", "epistemic_adverb", "--file", str(f))  # our booster, moved by this file
    assert moved.exit_code == 0 and "'undoubtedly' moves from the packaged 'booster' lexicon" in moved.output
    assert f.read_text(encoding="utf-8").endswith("undoubtedly\tepistemic_adverb\t\t\tuser\n")


def test_add_without_file_refuses_to_write_into_an_installed_package(tmp_path, monkeypatch):
    """STYLE 7: nothing writes into site-packages (empath's warning); a pip-installed framing's
    packaged lexicons are not the place for a user's rows."""
    import framing.lexicon_edit as lexicon_edit

    installed = tmp_path / "lib" / "python3.11" / "site-packages" / "framing" / "lexicons"
    installed.mkdir(parents=True)
    (installed / "loaded.tsv").write_text(HEADER, encoding="utf-8")
    monkeypatch.setattr(lexicon_edit, "packaged_dir", lambda: installed)
    result = run("add", "loaded", "kerfuffle", "--category", "disorder")
    assert result.exit_code == 1
    assert " ".join(result.stderr.split()) == (
        f"error: the packaged lexicons ({installed}) are part of the installed framing, and an upgrade would replace them; "
        "keep your rows in a file of your own: --file my-lexicons/loaded.tsv, then pass --lexicon my-lexicons to any command")
    assert (installed / "loaded.tsv").read_text(encoding="utf-8") == HEADER


def test_add_creates_a_new_user_folder_and_the_row_then_matches(tmp_path):
    folder = tmp_path / "my-lexicons"
    f = folder / "loaded.tsv"
    ok = run("add", "loaded", "bloviate", "--category", "loaded_verb", "--file", str(f))
    assert ok.exit_code == 0, ok.output
    assert f.read_text(encoding="utf-8") == HEADER + "bloviate\tloaded_verb\t\t\tuser\n"
    found = run("test", "He bloviated for an hour.", "--lexicon", str(folder))
    assert "'bloviated'\tloaded/loaded_verb" in found.stdout and f"entry 'bloviate' ({f}:2)" in found.stdout


def test_add_to_a_file_it_cannot_write_is_one_line_naming_it(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    result = run("add", "loaded", "bloviate", "--category", "loaded_verb", "--file", str(blocker / "loaded.tsv"))
    assert result.exit_code == 1
    [line] = result.output.strip().splitlines()  # one line, no traceback
    assert line.startswith(f"error: {blocker / 'loaded.tsv'}: cannot write the lexicon file (")
    assert line.endswith("); pass a --file you can write to")


def test_show_filters_by_category():
    result = run("show", "loaded", "--category", "theatrical")
    terms = [l.split("\t")[0] for l in result.stdout.splitlines()]
    assert "pantomime" in terms and "theatrics" in terms and "clown" not in terms
    assert run("show", "loaded", "--category", "nope").exit_code == 1


def test_coverage_counts_terms_per_outlet(tmp_path):
    (tmp_path / "a.txt").write_text("A pathetic farce. Another farce.", encoding="utf-8")
    result = run("coverage", str(tmp_path), "--outlet", "Daily", "--json")
    data = json.loads(result.stdout)
    assert data["fired"]["loaded/farce"] == 2 and data["by_outlet"]["Daily"]["loaded/pathetic"] == 1
    assert "clown" in data["never"]["loaded"] and "farce" not in data["never"]["loaded"]


def test_coverage_names_each_input_it_could_not_read(tmp_path):
    (tmp_path / "a.txt").write_text("Head\n\nA pathetic farce, officials said.\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    result = run("coverage", str(tmp_path))
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("1 article, 1 unreadable")
    assert result.stderr.splitlines() == [f"error {tmp_path / 'empty.txt'}: empty file (0 bytes): nothing to analyse; fill it in or leave it out"]


def test_evaluate_command_on_a_tiny_gold_file(tmp_path):
    gold = tmp_path / "g.csv"
    gold.write_text("sentence,marked\nThey slammed the farce.,slammed;farce\nCalm day.,\n", encoding="utf-8")
    result = run("evaluate", "--data", str(gold), "--text-col", "sentence", "--words-col", "marked", "--json")
    assert result.exit_code == 0, result.output
    w = json.loads(result.stdout)["word_level"]
    assert (w["hits"], w["correct"], w["gold_words"], w["found"]) == (2, 2, 2, 2)


@pytest.mark.parametrize("types", ["loded", "loaded,hedges", ","])
def test_evaluate_refuses_an_unknown_finding_type(tmp_path, types):
    """A typo in --types had counted nothing and printed precision None (0/0 hits) as a result."""
    gold = tmp_path / "g.csv"
    gold.write_text("sentence,marked\nThey slammed the farce.,slammed;farce\n", encoding="utf-8")
    result = run("evaluate", "--data", str(gold), "--text-col", "sentence", "--words-col", "marked", "--types", types)
    assert result.exit_code == 2
    bad = {"loded": "'loded'", "loaded,hedges": "'hedges'", ",": "','"}[types]
    assert result.stderr.strip() == (f"error: --types: unknown finding type {bad}; use one or more of "
                                     "loaded, hedge, booster, attribution, quote, anonymous_source, comma-separated")


def test_evaluate_with_a_user_lexicon_lists_every_row_of_it_even_those_with_no_hit(tmp_path, monkeypatch):
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "loaded.tsv").write_text(
        HEADER + "kerfuffle\tdisorder\t2\t\tme\n" + "brouhaha\tdisorder\t2\t\tme\n", encoding="utf-8")
    gold = tmp_path / "g.csv"
    gold.write_text("sentence,marked\nA kerfuffle over a farce.,kerfuffle;farce\nAnother kerfuffle and a farce.,farce\nCalm day.,\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run("evaluate", "--data", str(gold), "--text-col", "sentence", "--words-col", "marked", "--lexicon", "mine/loaded.tsv")
    assert result.exit_code == 0, result.output
    yours = result.stdout.split("your rows: term, wrong hits, hits, precision, gold words found (where)\n")[1].splitlines()
    assert yours == [
        "  loaded/kerfuffle\t1\t2\t0.50\t1\t(mine/loaded.tsv:2)",
        "  loaded/brouhaha\t-\t0\t-\t0\tno hit in these sentences (mine/loaded.tsv:3)",
    ]
    # which terms help: most gold words found first ("farce": 2, "kerfuffle": 1)
    helps = result.stdout.split("terms that help most: term, gold words found, hits, precision, recall, row\n")[1].split("\n\n")[0].splitlines()
    assert helps == ["  loaded/farce\t2\t2\t1.00\t0.6667\tloaded.tsv:276", "  loaded/kerfuffle\t1\t2\t0.50\t0.3333\tmine/loaded.tsv:2"]


def test_readme_documents_every_lexicon_category_and_command():
    """STYLE 10: documentation that cannot drift."""
    import re

    from framing.cli.lexicon import lexicon_app
    from framing.lexicon import load, packaged_dir
    from framing.lexicon_coverage import stats as lexicon_stats

    readme = (packaged_dir() / "README.md").read_text(encoding="utf-8")
    lexset = load()
    for name, meta in lexset.metadata.items():
        assert f"`{name}.tsv`" in readme
        for category in meta.get("categories", {}):
            assert f"`{category}`" in readme, f"category {name}/{category} is not in lexicons/README.md"
    for command in lexicon_app.registered_commands:
        assert re.search(rf"\b{command.name or command.callback.__name__}\b", readme)
    counts = lexicon_stats(lexset)
    # each row of the table of files: the count in its last cell is the lexicon's, plain_sense rows left out
    # ('8 + 11 + 4': per category, in the order the README names them; 'see `stats`' and an empty cell: no count)
    table = {m[1]: m[2].strip() for m in re.finditer(r"^\| `(\w+)\.tsv` \|.*\|([^|]*)\|$", readme.split("\n## ", 1)[0], re.M)}
    assert set(counts) <= set(table), f"lexicons/README.md's table lacks {set(counts) - set(table)}"
    for name, cell in table.items():
        if name not in counts or not re.fullmatch(r"[\d,+ ]+", cell):
            continue
        per_category = [v for c, v in counts[name].items() if c != "plain_sense"]
        written = [int(x.replace(",", "")) for x in cell.split("+")]
        assert written == ([sum(per_category)] if len(written) == 1 else written) and sum(written) == sum(per_category), \
            f"the {name} count in lexicons/README.md is {cell}, the lexicon has {sum(per_category):,} (framing lexicon stats)"


def test_list_names_every_lexicon_with_its_size():
    result = run("list")
    names = {line.split("\t")[0]: line.split("\t")[1] for line in result.stdout.splitlines()}
    assert {"loaded", "hedge", "booster", "reporting_verbs", "anonymous_sources", "negators", "quantities"} <= set(names)
    assert int(names["loaded"].split()[0]) >= 1500


def test_a_user_folder_may_define_new_categories_in_its_metadata(tmp_path):
    (tmp_path / "loaded.tsv").write_text(HEADER + "gaslit\tpsychologising\t2\t\tme\n", encoding="utf-8")
    assert run("validate", str(tmp_path)).exit_code == 1  # unknown category without metadata
    (tmp_path / "metadata.json").write_text(json.dumps({"loaded": {
        "name": "loaded", "version": "0.1", "description": "mine", "license": "CC0", "citation": "me", "inflect": True,
        "categories": {"psychologising": "claims about a mind (gaslit)"}}}), encoding="utf-8")
    assert run("validate", str(tmp_path)).exit_code == 0
    shown = run("test", "They were gaslit.", "--lexicon", str(tmp_path))
    assert "loaded/psychologising w=2" in shown.stdout


def test_a_new_category_is_defined_in_the_metadata_json_beside_the_users_file(tmp_path):
    # the fix names the user's own metadata.json (not ours, nor add's trial folder) with its shape
    folder = tmp_path / "mine"
    result = run("add", "loaded", "stymie", "--category", "obstruction", "--weight", "2", "--file", str(folder / "loaded.tsv"))
    assert result.exit_code == 1
    assert result.stderr.strip().endswith(
        f"or define the new one in {folder / 'metadata.json'} "
        '({"loaded": {"categories": {"obstruction": "what it means"}}}) '
        f"and pass the folder ({folder}) to --lexicon")
    assert not (folder / "loaded.tsv").exists()


def test_a_category_defined_beside_a_file_is_read_with_its_folder_and_add_does_not_contradict_itself(tmp_path):
    (tmp_path / "metadata.json").write_text(json.dumps({"loaded": {"categories": {"obstruction": "stalling framed as bad faith"}}}), encoding="utf-8")
    added = run("add", "loaded", "stymie", "--category", "obstruction", "--weight", "2", "--file", str(tmp_path / "loaded.tsv"))
    # it was added, and nothing after that says the row is an error
    assert added.exit_code == 0 and added.stdout.strip() == f"added 'stymie' to {tmp_path / 'loaded.tsv'}"
    assert "error" not in added.stderr
    assert run("validate", str(tmp_path)).exit_code == 0
    alone = run("validate", str(tmp_path / "loaded.tsv"))  # the file alone: its folder's metadata.json is not read
    assert alone.exit_code == 1
    assert (f"{tmp_path / 'loaded.tsv'}:2: error: unknown category 'obstruction' for lexicon 'loaded'; 'obstruction' is defined in "
            f"{tmp_path / 'metadata.json'}, which is read only with its folder: pass the folder ({tmp_path}) to validate and to --lexicon, "
            "not the file alone") in alone.stderr


def test_evaluate_term_lists_every_hit_of_a_misfiring_row_wrong_ones_first(tmp_path):
    # "which of my rows misfire, and where?": the sentence, right or wrong, and what the gold marks
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "loaded.tsv").write_text(HEADER + "talks\ttheatrical\t1\ta test row that misfires\tme\n", encoding="utf-8")
    gold = tmp_path / "gold.csv"
    gold.write_text("text,biased_words,label_bias\n"
                    "The talks were a farce.,['talks'],Biased\n"
                    "Talks resumed on Monday.,[],Non-biased\n"
                    "The minister spoke on Monday.,[],Non-biased\n", encoding="utf-8")
    result = run("evaluate", "--data", str(gold), "--lexicon", str(tmp_path / "mine"), "--term", "talks", "--term", "loaded/puppet")
    assert result.exit_code == 0, result.output
    assert result.stdout.endswith(
        f"\nhits of loaded/talks ({tmp_path / 'mine' / 'loaded.tsv'}:2): 2, 1 right, 1 wrong (row: the gold file's line)\n"
        "  wrong\trow 3\t[Talks] resumed on Monday.\t(marked: nothing)\n"
        "  right\trow 2\tThe [talks] were a farce.\t(marked: talks)\n"
        "\nhits of 'loaded/puppet': none in these sentences (with word-level gold)\n")
    as_json = json.loads(run("evaluate", "--data", str(gold), "--lexicon", str(tmp_path / "mine"), "--term", "talks", "--json").stdout)
    assert as_json["hits"] == {"loaded/talks": [
        {"row": 2, "text": "The talks were a farce.", "start": 4, "end": 9, "correct": True, "marked": ["talks"]},
        {"row": 3, "text": "Talks resumed on Monday.", "start": 0, "end": 5, "correct": False, "marked": []}]}


def test_coverage_term_lists_every_finding_of_an_entry_in_its_words_and_voice(tmp_path):
    # no gold at hand: a builder reads each finding of a row to judge whether it is the sense meant
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "loaded.tsv").write_text(HEADER + "talks\ttheatrical\t1\ta test row that misfires\tme\n", encoding="utf-8")
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text('Senate\n\n"The talks are a farce," said Jane Smith. The talks ended on Monday.\n', encoding="utf-8")
    result = run("coverage", str(news), "--lexicon", str(tmp_path / "mine"), "--term", "talks", "--term", "loaded/farce", "--term", "puppet")
    assert result.exit_code == 0, result.output
    assert result.stdout.endswith(
        "\nfindings of loaded/talks: 2 (article, the words, voice)\n"
        "  a\tSenate \"The [talks] are a farce,\" said Jane Smith. The talks ended on Monday.\tquoted (Jane Smith)\n"
        "  a\tSenate \"The talks are a farce,\" said Jane Smith. The [talks] ended on Monday.\tauthor\n"
        "\nfindings of loaded/farce: 1 (article, the words, voice)\n"
        "  a\tSenate \"The talks are a [farce],\" said Jane Smith. The talks ended on Monday.\tquoted (Jane Smith)\n"
        "\nfindings of 'puppet': none in these articles\n")
    as_json = json.loads(run("coverage", str(news), "--lexicon", str(tmp_path / "mine"), "--term", "farce", "--json").stdout)
    assert as_json["findings"] == {"loaded/farce": [{"article": "a", "before": 'Senate "The talks are a ', "text": "farce",
                                                     "after": '," said Jane Smith. The talks ended on Monday. ',  # the line break after it
                                                     "voice": "quoted", "speaker": "Jane Smith"}]}


@pytest.mark.parametrize("row, warning", [
    # the documented way to make a packaged word plain in one's corpus: no warning
    ("brutal schedule\tplain_sense\t\tsport\tme", None),
    # a packaged word switched off altogether: said to override ours, not to contain nothing
    ("farce\tplain_sense\t\ttheatre reviews\tme", "warning: 'farce' overrides the packaged 'loaded' row"),
    ("zorbly wibble\tplain_sense\t\t\tme", "warning: plain-sense row 'zorbly wibble' contains no term of this lexicon"),
])
def test_a_users_plain_sense_row_is_checked_against_the_packaged_terms(tmp_path, row, warning):
    (tmp_path / "loaded.tsv").write_text(HEADER + row + "\n", encoding="utf-8")
    result = run("validate", str(tmp_path))
    assert result.exit_code == 0
    lines = result.stderr.strip().splitlines()
    if warning is None:
        assert lines == [] and result.stdout.strip() == "0 errors, 0 warnings"
    else:
        assert len(lines) == 1 and lines[0].startswith(f"{tmp_path / 'loaded.tsv'}:2: {warning}")


@pytest.mark.parametrize("words, shown", [
    ("are a ", "are a "),  # the space before the finding is kept
    (',"  said\nJane ', ',\" said Jane '),  # line breaks and runs of spaces made one
    (",", ","),  # no space where the text has none: "[farce],"
    ("", ""),
    ("\n\n", " "),
])
def test_context_beside_a_finding(words, shown):
    from framing.lexicon_coverage import context

    assert context(words) == shown


def test_evaluate_lists_a_user_category_with_no_hit_with_zero_hits_and_a_note(tmp_path):
    # a builder's new category whose rows never fire was left out of "per category": it looked
    # as if the category did not exist rather than as if it found nothing
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "metadata.json").write_text(
        '{"loaded": {"categories": {"sports_metaphor": "sports words", "siege": "siege words"}}}\n', encoding="utf-8")
    (folder / "loaded.tsv").write_text(
        HEADER + "slam dunk\tsports_metaphor\t2\t\tme\n" + "besieged\tsiege\t2\t\tme\n" + "kerfuffle\tdisorder\t2\t\tme\n", encoding="utf-8")
    gold = tmp_path / "g.csv"
    gold.write_text("sentence,marked\nThe bill was a slam dunk and a farce.,slam dunk;farce\nA calm day.,\n", encoding="utf-8")
    args = ["evaluate", "--data", str(gold), "--text-col", "sentence", "--words-col", "marked", "--lexicon", str(folder)]
    result = run(*args)
    assert result.exit_code == 0, result.output
    per_category = result.stdout.split("per category: precision, recall, hits\n")[1].split("\n\n")[0].splitlines()
    note = "(no hit in these sentences: a category of your --lexicon rows that never fired)"
    assert per_category == [
        "  loaded/contempt\t1.0\t0.333\t1",  # farce: 1 of 3 gold words (slam, dunk, farce)
        f"  loaded/disorder\t-\t0.0\t0\t{note}",  # the user's kerfuffle row, in a packaged category
        f"  loaded/siege\t-\t0.0\t0\t{note}",
        "  loaded/sports_metaphor\t1.0\t0.667\t1",  # slam dunk: 2 of 3 gold words
    ]
    categories = json.loads(run(*args, "--json").stdout)["categories"]
    assert categories["loaded/siege"] == {"hits": 0, "correct": 0, "precision": None, "recall": 0.0,
                                          "note": "no hit in these sentences: a category of your --lexicon rows that never fired"}
    assert "note" not in categories["loaded/sports_metaphor"] and categories["loaded/sports_metaphor"]["hits"] == 1
    # a user's hedge row is not counted when only loaded findings are: its category is not listed
    (folder / "hedge.tsv").write_text(HEADER + "mayhaps\tepistemic_adverb\t1\t\tme\n", encoding="utf-8")
    assert "hedge/epistemic_adverb" not in json.loads(run(*args, "--json").stdout)["categories"]

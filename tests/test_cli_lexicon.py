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


def test_lexicon_evaluate_reads_babe_as_its_authors_ship_it_separated_by_semicolons(tmp_path):
    # final_labels_SG2.csv in the BABE repository: "no column 'text' (columns: text;news_link;...)"
    gold = tmp_path / "final_labels_SG2.csv"
    gold.write_text("text;news_link;outlet;label_bias;biased_words\n"
                    "\"The senator's shameful, disgraceful stunt.\";https://example.org/1;Fox;Biased;['shameful', 'stunt']\n"
                    "The senator met voters on Tuesday.;https://example.org/2;Reuters;Non-biased;[]\n", encoding="utf-8")
    result = runner.invoke(app, ["lexicon", "evaluate", "--data", str(gold), "--json"])
    assert result.exit_code == 0, result.output
    import json

    summary = json.loads(result.stdout)
    word = summary["word_level"]
    # shameful, disgraceful, stunt found; the annotators marked shameful and stunt
    assert (word["sentences"], word["gold_words"], word["found"], word["hits"], word["correct"]) == (2, 2, 2, 3, 2)
    assert summary["sentence_level"]["tp"] == 1 and summary["sentence_level"]["tn"] == 1


def test_lexicon_test_cites_the_row_behind_every_match_a_rule_turned_down(tmp_path, monkeypatch):
    """A builder who switched our 'farce' off, or wonders why 'brutal winter' is no finding, needs
    the row the rule read, as every finding line gives it."""
    from framing.lexicon import load

    (tmp_path / "my").mkdir()
    (tmp_path / "my" / "loaded.tsv").write_text("term\tcategory\tweight\tnote\tsource\nfarce\tplain_sense\t1\tswitched off\tlb\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["lexicon", "test", "A brutal winter and a farce; it may rain in May.", "--lexicon", "my"])
    assert result.exit_code == 0, result.output
    ours = load(())
    winter, may = ours.lookup("loaded", "brutal winter").line, ours.lookup("hedge", "may").line
    assert result.stdout.splitlines() == [
        f"32-35\t'may'\thedge/modal w=1\tvoice=author\tentry 'may' (hedge.tsv:{may})",
        "2-15\t'brutal winter'\tnot a finding (loaded 'brutal winter'): plain-sense: 'brutal winter' is a plain use "
        f"(weather: plain use of 'brutal')\tentry 'brutal winter' (loaded.tsv:{winter})",
        "22-27\t'farce'\tnot a finding (loaded 'farce'): plain-sense: 'farce' is a plain use (switched off)\tentry 'farce' (my/loaded.tsv:2)",
        f"44-47\t'May'\tnot a finding (hedge 'may'): month-may: 'May' here is the month or a name, not the modal\tentry 'may' (hedge.tsv:{may})",
    ]


def test_lexicon_list_says_what_the_users_files_add_override_and_define(tmp_path, monkeypatch):
    (tmp_path / "my").mkdir()
    (tmp_path / "my" / "metadata.json").write_text('{"loaded": {"categories": {"sports_metaphor": "politics as a game"}}}', encoding="utf-8")
    (tmp_path / "my" / "loaded.tsv").write_text("term\tcategory\tweight\tnote\tsource\nslam dunk\tsports_metaphor\t2\t\tlb\n"
                                                "clown\tcontempt\t2\t\tlb\nfarce\tplain_sense\t1\t\tlb\n", encoding="utf-8")
    (tmp_path / "my" / "hedge.tsv").write_text("term\tcategory\tweight\tnote\tsource\nperchance\tepistemic_adverb\t1\t\tlb\n"
                                               "clearly\tepistemic_adverb\t1\t\tlb\n", encoding="utf-8")  # our booster, moved
    (tmp_path / "empty").mkdir()
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["lexicon", "list", "--lexicon", "my"])
    assert result.exit_code == 0, result.output
    assert result.stdout.split("\n\n")[1].splitlines() == [
        "yours, hedge: 2 rows from my/hedge.tsv, 0 overriding ours, 1 moving ours from booster ('clearly')",
        "yours, loaded: 3 rows from my/loaded.tsv, 2 overriding ours; new categories: sports_metaphor",
    ]
    assert runner.invoke(app, ["lexicon", "list", "--lexicon", "empty"]).stdout.endswith("\n\nyours: no rows in the --lexicon files given\n")


def test_lexicon_list_says_what_a_new_lexicon_finds_as_analysing_a_text_with_it_shows(tmp_path, monkeypatch):
    """A builder's populism.tsv with its metadata.json: a lexicon of its own, whose terms are found as
    findings of the type 'populism'."""
    import framing

    (tmp_path / "my").mkdir()
    (tmp_path / "my" / "metadata.json").write_text('{"populism": {"description": "people vs elite", "categories": '
                                                   '{"anti_elite": "the elite as the enemy"}}}', encoding="utf-8")
    (tmp_path / "my" / "populism.tsv").write_text("term\tcategory\tweight\tnote\tsource\nelites\tanti_elite\t2\t\tlb\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["lexicon", "list", "--lexicon", "my"])
    assert result.exit_code == 0, result.output
    assert result.stdout.split("\n\n")[1].splitlines() == [
        "yours, populism: 1 row from my/populism.tsv, 0 overriding ours; new categories: anti_elite; a new lexicon: its terms "
        "are found as findings of the type 'populism', scored as populism_per_1k"]
    # what the line says, through the library
    analysis = framing.analyze("The elites ignore the people.", lexicons=["my"])
    assert [(s.text, s.type, s.category) for s in analysis.spans if s.text == "elites"] == [("elites", "populism", "anti_elite")]
    assert analysis.scores["populism_per_1k"] == 200.0


def test_lexicon_list_counts_entries_as_the_readme_and_coverage_do_with_plain_sense_rows_apart():
    """It printed 2,971 loaded entries where lexicons/README.md says 2,595 and coverage 2,595 terms."""
    from framing.lexicon import load

    ours = load(())
    rows = {name: list(entries.values()) for name, entries in ours.entries.items()}
    lines = {line.split("\t")[0]: line.split("\t")[1] for line in runner.invoke(app, ["lexicon", "list"]).stdout.splitlines()}
    plain = sum(e.category == "plain_sense" for e in rows["loaded"])
    assert plain > 300
    assert lines["loaded"] == f"{len(rows['loaded']) - plain} entries (+{plain} plain-sense rows)"
    assert lines["negators"] == f"{len(rows['negators'])} entries"  # no plain-sense rows: nothing in brackets


def test_lexicon_show_of_a_category_instead_of_a_lexicon_says_which_lexicon_has_it(tmp_path, monkeypatch):
    (tmp_path / "my").mkdir()
    (tmp_path / "my" / "metadata.json").write_text('{"loaded": {"categories": {"euphemism": "a soft name for a harsh act"}}}', encoding="utf-8")
    (tmp_path / "my" / "loaded.tsv").write_text("term\tcategory\tweight\tnote\tsource\nenhanced interrogation\teuphemism\t2\t\tlb\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    cases = [
        (["show", "euphemism", "--lexicon", "my"], "error: no lexicon 'euphemism'; 'euphemism' is a category of 'loaded': "
                                                   "framing lexicon show loaded --category euphemism --lexicon my"),
        (["show", "modal"], "error: no lexicon 'modal'; 'modal' is a category of 'hedge': framing lexicon show hedge --category modal"),
        (["show", "lodaed"], "error: no lexicon 'lodaed'; `framing lexicon list` names them"),
    ]
    for args, error in cases:
        result = runner.invoke(app, ["lexicon", *args])
        assert (result.exit_code, result.stderr.strip()) == (1, error)
    forgot = runner.invoke(app, ["lexicon", "show", "loaded", "--category", "euphemism"])  # the folder not passed
    assert forgot.exit_code == 1
    assert forgot.stderr.strip().endswith("; a category of your own is shown with --lexicon and the folder whose metadata.json defines it")
    shown = runner.invoke(app, ["lexicon", "show", "loaded", "--category", "euphemism", "--lexicon", "my"])
    assert shown.stdout == "enhanced interrogation\teuphemism\t2\t\tmy/loaded.tsv:2\n"

"""`framing lexicon evaluate` as a lexicon builder reads it: every term's row, what a user's
plain_sense row switched off, and a gold file of the builder's own (typer's CliRunner)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from framing.cli import app
from framing.lexicon import load

runner = CliRunner()
HEADER = "term\tcategory\tweight\tnote\tsource\n"


def run(*args: str):
    return runner.invoke(app, ["lexicon", *args])


def section(output: str, title: str) -> list[str]:
    """The lines under one heading of `evaluate`'s output, up to the next blank line."""
    return output.split(title + "\n")[1].split("\n\n")[0].splitlines()


@pytest.fixture
def builder(tmp_path, monkeypatch):
    """A builder's folder: a new category, an override of ours, one of ours switched off, and a
    gold CSV of their own, saved from a spreadsheet (BOM, semicolons, Windows line endings)."""
    (tmp_path / "my").mkdir()
    (tmp_path / "my" / "metadata.json").write_text(
        '{"loaded": {"categories": {"sports_metaphor": "politics as a game (slam dunk, curveball)"}}}', encoding="utf-8")
    (tmp_path / "my" / "loaded.tsv").write_text(
        HEADER + "slam dunk\tsports_metaphor\t2\t\tlb\nhome run\tsports_metaphor\t1\t\tlb\n"
        "clown\tcontempt\t2\tweaker than ours\tlb\nfarce\tplain_sense\t1\tswitched off\tlb\n", encoding="utf-8")
    (tmp_path / "gold.csv").write_bytes(
        "\ufeffsentence;marked;label\r\nThe senator called the bill a slam dunk.;slam dunk;1\r\n"
        "The team scored a home run in the ninth.;;0\r\nCritics said the clown moved on.;clown;1\r\n"
        "The farce ended.;farce;1\r\nA farce of a season, said the coach.;;0\r\n".encode("utf-8"))
    monkeypatch.chdir(tmp_path)
    return tmp_path


GOLD = ("--data", "gold.csv", "--text-col", "sentence", "--words-col", "marked", "--label-col", "label")


def test_every_term_in_the_misfiring_and_helpful_lists_names_its_row(builder):
    """A builder pruning a misfiring term needs the line to edit: packaged rows as loaded.tsv:N,
    their own as the path they passed."""
    result = run("evaluate", *GOLD, "--lexicon", "my")
    assert result.exit_code == 0, result.output
    assert section(result.stdout, "misfiring terms first: term, wrong hits, hits, precision, gold words found, recall, row (--term T lists its hits)") == [
        "  loaded/home run\t1\t1\t0.00\t0\t0.0000\tmy/loaded.tsv:3",
        "  loaded/clown\t0\t1\t1.00\t1\t0.2500\tmy/loaded.tsv:4",
        "  loaded/slam dunk\t0\t1\t1.00\t2\t0.5000\tmy/loaded.tsv:2",
    ]
    assert section(result.stdout, "terms that help most: term, gold words found, hits, precision, recall, row")[0] == \
        "  loaded/slam dunk\t2\t1\t1.00\t0.5000\tmy/loaded.tsv:2"
    # without --lexicon the same terms cite the packaged file's lines
    packaged = run("evaluate", *GOLD)
    line = load(()).lookup("loaded", "farce").line
    assert f"  loaded/farce\t1\t2\t0.50\t1\t0.2500\tloaded.tsv:{line}" in packaged.stdout.splitlines()


def test_a_users_plain_sense_row_says_how_many_matches_it_turned_down_and_how_many_were_right(builder):
    """'farce' switched off: it is never a hit, so it had read 'no hit in these sentences'; what a
    builder needs is what it turned down, and that one of the two was a word the gold marks."""
    result = run("evaluate", *GOLD, "--lexicon", "my")
    assert section(result.stdout, "your rows: term, wrong hits, hits, precision, gold words found (where)") == [
        "  loaded/slam dunk\t0\t1\t1.00\t2\t(my/loaded.tsv:2)",
        "  loaded/home run\t1\t1\t0.00\t0\t(my/loaded.tsv:3)",
        "  loaded/clown\t0\t1\t1.00\t1\t(my/loaded.tsv:4)",
        "  loaded/farce\tplain_sense: turned down 2 matches, 1 of them on words the gold marks (right findings it switches off)\t(my/loaded.tsv:5)",
    ]
    data = json.loads(run("evaluate", *GOLD, "--lexicon", "my", "--json").stdout)
    assert data["turned_down"] == {"loaded/farce": {"matches": 2, "on_marked_words": 1}}
    assert data["terms"]["loaded/home run"]["row"] == "my/loaded.tsv:3"


def test_a_misspelt_label_column_is_refused_rather_than_giving_figures_of_none(builder):
    result = run("evaluate", "--data", "gold.csv", "--text-col", "sentence", "--words-col", "marked", "--label-col", "lable")
    assert result.exit_code == 1
    assert result.stderr.strip() == ("error: gold.csv:1: no column 'lable' (columns: sentence, marked, label); "
                                     "name the sentence label column with --label-col")


def test_a_gold_file_without_labels_counts_a_hit_in_an_unmarked_sentence_as_a_misfire(builder):
    """With no label column, an unmarked sentence had been dropped as 'no agreement', so a term
    firing there was never counted wrong ("home run": precision 1.0 where it is 0.667)."""
    result = run("evaluate", "--data", "gold.csv", "--text-col", "sentence", "--words-col", "marked", "--lexicon", "my")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[:3] == [
        "gold.csv (all): 5 sentences, 5 with word-level gold",
        "word level: precision 0.667 (2/3 hits), recall 0.75 (3/4 gold words)",
        "sentence level: no sentence labels in column 'label_bias'; name the label column with --label-col for these figures",
    ]


def test_coverage_says_what_a_users_plain_sense_row_turned_down_rather_than_never_fired(builder):
    (builder / "news").mkdir()
    (builder / "news" / "a.txt").write_text("Vote\n\nThe vote was a farce, a slam dunk and a farce again.\n", encoding="utf-8")
    result = run("coverage", "news", "--lexicon", "my")
    assert result.exit_code == 0, result.output
    assert section(result.stdout, "your rows: findings in these articles (where)") == [
        "  loaded/slam dunk\t1\t(my/loaded.tsv:2)",
        "  loaded/home run\tnever fired\t(my/loaded.tsv:3)",
        "  loaded/clown\tnever fired\t(my/loaded.tsv:4)",
        "  loaded/farce\tplain_sense: turned down 2 matches\t(my/loaded.tsv:5)",
    ]
    assert json.loads(run("coverage", "news", "--lexicon", "my", "--json").stdout)["turned_down"] == {"loaded/farce": 2}


@pytest.mark.parametrize("asked, said", [
    ("slammed", "no row 'slammed' in loaded, hedge or booster; --term takes a row's term in its base form ('slam', not 'slammed'); "
                "`framing lexicon show loaded` lists them"),
    ("hedge/slam dunk", "no row 'slam dunk' in hedge; --term takes a row's term in its base form ('slam', not 'slammed'); "
                        "`framing lexicon show hedge` lists them"),
    ("pantomime", None),  # a row (ours) that met nothing: said as before
    ("modal", "no row 'modal' in loaded, hedge or booster: it is a category of 'hedge', and --term takes a row's term; "
              "`framing lexicon show hedge --category modal` lists them"),
])
def test_term_that_names_no_row_is_told_so_rather_than_none_found(builder, asked, said):
    (builder / "news").mkdir()
    (builder / "news" / "a.txt").write_text("Vote\n\nThe vote was a slam dunk.\n", encoding="utf-8")
    coverage = run("coverage", "news", "--lexicon", "my", "--term", asked).stdout
    assert coverage.endswith(f"\nfindings of {asked!r}: {said or 'none in these articles'}\n")
    evaluate = run("evaluate", *GOLD, "--lexicon", "my", "--term", asked).stdout
    assert evaluate.endswith(f"\nhits of {asked!r}: {said or 'none in these sentences (with word-level gold)'}\n")


@pytest.mark.parametrize("split, name, sentences", [
    ("dev", "dev", 3), ("even", "dev", 3), ("train", "dev", 3), ("Even", "dev", 3),  # rows 1, 3, 5: the tuning half
    ("test", "test", 2), ("odd", "test", 2),  # rows 2, 4: held out
])
def test_evaluate_split_takes_the_accuracy_suites_names_for_the_halves(builder, split, name, sentences):
    """`--split train` (PolNeAR's tuning split) and `--split even` (`accuracy.py --half even`) were errors."""
    result = run("evaluate", "--data", "gold.csv", "--text-col", "sentence", "--words-col", "marked", "--label-col", "label", "--split", split)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == f"gold.csv ({name}): {sentences} sentences, {sentences} with word-level gold"


def test_evaluate_split_names_the_halves_when_it_is_none_of_them(builder):
    result = run("evaluate", "--data", "gold.csv", "--text-col", "sentence", "--words-col", "marked", "--split", "half")
    assert result.exit_code == 1
    assert result.stderr.strip() == ("error: split must be all, dev (the even rows, for tuning; also 'even' or 'train') or test "
                                     "(the odd rows, held out; also 'odd'), not 'half'")


def test_a_gold_file_labelled_with_names_of_its_own_is_read_not_dropped_as_no_agreement(builder):
    """'loaded' / 'plain' had been read as 'no agreement': no sentence figures, and the plain
    sentences, with nothing marked, left out of the word level too, so a term firing there was
    never counted wrong ('home run': precision 1.0 where it is 0.667)."""
    as_numbers = run("evaluate", *GOLD, "--lexicon", "my")
    gold = builder / "gold.csv"
    gold.write_bytes(gold.read_bytes().replace(b";1\r\n", b";loaded\r\n").replace(b";0\r\n", b";plain\r\n"))
    asked = run("evaluate", *GOLD, "--lexicon", "my")
    assert asked.exit_code == 1
    assert asked.stderr.strip().splitlines()[-1] == ("error: gold.csv: column 'label' labels its sentences 'loaded' and 'plain', not "
                                                     "Biased / Non-biased or 1 / 0; name the class whose sentences should have a hit "
                                                     "with --positive (e.g. --positive 'loaded')")
    result = run("evaluate", *GOLD, "--positive", "loaded", "--lexicon", "my")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[:3] == [
        "gold.csv (all): 5 sentences, 5 with word-level gold",
        "word level: precision 0.667 (2/3 hits), recall 0.75 (3/4 gold words)",
        "sentence level (author-voice hit vs label): precision 0.667, recall 0.667 (tp 2, fp 1, fn 1, tn 1)",
    ]
    assert result.stdout == as_numbers.stdout  # the same figures as the file labelled 1 / 0


def test_the_first_line_says_how_many_rows_were_labelled_neither_way_and_left_out(builder):
    gold = builder / "gold.csv"
    gold.write_bytes(gold.read_bytes() + b"Nobody agreed on this one.;;No agreement\r\n")
    result = run("evaluate", *GOLD)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == ("gold.csv (all): 5 sentences (1 row labelled neither way, with no words marked, left out), "
                                             "5 with word-level gold")


NOT_COUNTED = "not counted: given_names rows are read by the rules and the quotation finder, no findings of their own"


@pytest.fixture
def unmatched(tmp_path, monkeypatch):
    """A builder's folder with a new lexicon (its rows are findings of their own), a given name (no text
    can make it fire) and a loaded row."""
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "metadata.json").write_text('{"euphemism": {"inflect": false, "categories": {"military": "war euphemisms"}}}', encoding="utf-8")
    (mine / "euphemism.tsv").write_text(HEADER + "collateral damage\tmilitary\t2\t\tme\n", encoding="utf-8")
    (mine / "given_names.tsv").write_text(HEADER + "zarina\tfemale\t\t\tme\n", encoding="utf-8")
    (mine / "loaded.tsv").write_text(HEADER + "hardball\tjudgement\t2\t\tme\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Raid\n\nThe raid caused collateral damage, Zarina Khan said. It was hardball.\n", encoding="utf-8")
    (tmp_path / "gold.csv").write_text("text,words,label\nThe raid caused collateral damage.,collateral damage,Biased\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return mine


def test_coverage_and_evaluate_count_a_new_lexicons_rows_and_say_a_given_name_is_not_counted(unmatched):
    """A new lexicon's row is counted like a loaded one ('collateral damage' fires once); a given name,
    which no text can make fire, says so instead of "never fired"; `evaluate` measures only the types it
    is given, so the new lexicon's row says how to measure it rather than "no hit"."""
    from framing.lexicon import load
    from framing.lexicon_coverage import not_counted, user_entries

    lexset = load([unmatched])
    assert [(e.term, not_counted(e, lexset)) for e in user_entries(lexset)] == [
        ("collateral damage", None), ("zarina", NOT_COUNTED), ("hardball", None)]
    coverage = run("coverage", "a.txt", "--lexicon", "mine")
    assert coverage.exit_code == 0, coverage.output
    assert section(coverage.stdout, "your rows: findings in these articles (where)") == [
        "  euphemism/collateral damage\t1\t(mine/euphemism.tsv:2)",
        f"  given_names/zarina\t{NOT_COUNTED}\t(mine/given_names.tsv:2)",
        "  loaded/hardball\t1\t(mine/loaded.tsv:2)",
    ]
    evaluated = run("evaluate", "--data", "gold.csv", "--words-col", "words", "--label-col", "label", "--lexicon", "mine")
    assert evaluated.exit_code == 0, evaluated.output
    assert section(evaluated.stdout, "your rows: term, wrong hits, hits, precision, gold words found (where)") == [
        "  euphemism/collateral damage\tnot measured: add --types euphemism to count its hits\t(mine/euphemism.tsv:2)",
        f"  given_names/zarina\t{NOT_COUNTED}\t(mine/given_names.tsv:2)",
        "  loaded/hardball\t-\t0\t-\t0\tno hit in these sentences (mine/loaded.tsv:2)",
    ]
    assert "never fired in euphemism" not in coverage.stdout  # its one term fired: no empty list
    measured = run("evaluate", "--data", "gold.csv", "--words-col", "words", "--label-col", "label", "--lexicon", "mine",
                   "--types", "euphemism")
    assert measured.exit_code == 0, measured.output
    assert section(measured.stdout, "your rows: term, wrong hits, hits, precision, gold words found (where)")[0] == (
        "  euphemism/collateral damage\t0\t1\t1.00\t2\t(mine/euphemism.tsv:2)")


SENTENCE_GOLD = (  # sentence labels only, as CoNLL-2010's weasel sentences: 1 uncertain, 0 certain
    "text,label\n"
    "The plan may fail.,1\n"
    "It may rain on Tuesday.,0\n"
    "Perhaps the vote was rigged.,1\n"
    "The bridge opened in 1958.,0\n"
)


def test_evaluate_with_sentence_labels_only_lists_terms_by_their_hits_in_negative_sentences(tmp_path, monkeypatch):
    from framing.lexicon import load
    from framing.lexicon_evaluate import evaluate as library, read_gold

    (tmp_path / "gold.csv").write_text(SENTENCE_GOLD, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    ev = library(read_gold(tmp_path / "gold.csv", "text", None, "label"), load(), ("hedge",))
    assert [(k, t.hits, t.correct) for k, t in ev.sentence_misfiring_terms()] == [(("hedge", "may"), 2, 1), (("hedge", "perhaps"), 1, 1)]
    assert ev.terms == {}  # no word-level tallies without marked words
    result = run("evaluate", "--data", "gold.csv", "--words-col", "", "--label-col", "label", "--types", "hedge", "--term", "may")
    assert result.exit_code == 0, result.output
    may, perhaps = load().lookup("hedge", "may").line, load().lookup("hedge", "perhaps").line
    assert result.stdout.splitlines()[2:] == [
        "",
        "no word-level gold: terms by their author-voice hits in sentences labelled negative, worst first",
        "term, hits in negative sentences, hits, share in positive sentences, row (--term T lists its hits)",
        f"  hedge/may\t1\t2\t0.50\thedge.tsv:{may}",
        f"  hedge/perhaps\t0\t1\t1.00\thedge.tsv:{perhaps}",
        "",
        f"hits of hedge/may (hedge.tsv:{may}): 2, 1 right, 1 wrong (row: the gold file's line)",
        "  wrong\trow 3\tIt [may] rain on Tuesday.\t(sentence labelled negative)",
        "  right\trow 2\tThe plan [may] fail.\t(sentence labelled positive)",
    ]
    as_json = json.loads(run("evaluate", "--data", "gold.csv", "--words-col", "", "--label-col", "label", "--types", "hedge", "--json").stdout)
    assert as_json["sentence_terms"]["hedge/may"] == {"hits": 2, "in_positive_sentences": 1, "share": 0.5, "row": f"hedge.tsv:{may}"}

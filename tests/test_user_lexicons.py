"""A lexicon of the user's own (`my-lexicons/euphemism.tsv`): its findings, scores and columns,
through the library and the way a builder runs it (`framing score news/ --lexicon my-lexicons/`)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import framing
from framing import user_lexicons
from framing.cli import app
from framing.export import read_analyses
from framing.lexicon import LexiconError, load
from framing.score import SCORES, describe
from readme_lines import README, block, run_lines

runner = CliRunner()
HEADER = "term\tcategory\tweight\tnote\tsource\n"
ROWS = ("collateral damage\tmilitary\t2\tcivilian deaths\tme\n"
        "let go\tjobs\t1\tfired\tme\n"
        "downsize\tjobs\t2\tlayoffs\tme\n"
        "right-size\tjobs\t2\tlayoffs\tme\n")
TEXT = ('The company downsized its staff, and 40 workers were let go. "There was collateral damage," '
        'the general said. Critics called it a disgrace.')
EUPHEMISM_SCORES = ["euphemism_author_per_1k", "euphemism_quoted_per_1k", "euphemism_per_1k"]


def _lexicon_folder(parent: Path) -> Path:
    mine = parent / "my-lexicons"
    mine.mkdir()
    (mine / "euphemism.tsv").write_text(HEADER + ROWS, encoding="utf-8")
    (mine / "metadata.json").write_text(json.dumps({"euphemism": {
        "description": "Words that soften a hard fact.",
        "categories": {"military": "war made to sound clean", "jobs": "firing made to sound neutral"}}}), encoding="utf-8")
    return mine


@pytest.fixture(scope="module")
def shared_folder(tmp_path_factory) -> Path:
    """One my-lexicons/ for the tests that only read it: the same path and bytes each time, so the
    lexicons loaded with it (framing.lexicon.load's cache) are built once, not once a test."""
    return _lexicon_folder(tmp_path_factory.mktemp("shared"))


@pytest.fixture
def folder(tmp_path: Path, shared_folder: Path) -> Path:
    """The shared my-lexicons/ (never written to: a test that edits it takes `own_folder`), and
    news/a.txt in the test's own folder."""
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text(TEXT, encoding="utf-8")
    return shared_folder


@pytest.fixture
def own_folder(tmp_path: Path) -> Path:
    """my-lexicons/ of the test's own, to edit, beside news/a.txt."""
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text(TEXT, encoding="utf-8")
    return _lexicon_folder(tmp_path)


def euphemisms(spans) -> list[tuple]:
    return [(s.start, s.end, s.text, s.category, s.voice, s.speaker, s.term) for s in spans if s.type == "euphemism"]


EXPECTED = [
    (12, 21, "downsized", "jobs", "author", None, "downsize"),  # an inflection of the row, as loaded's rows inflect
    (53, 59, "let go", "jobs", "author", None, "let go"),
    (72, 89, "collateral damage", "military", "quoted", "general", "collateral damage"),
]


def test_a_new_lexicon_is_found_with_voice_speaker_and_offsets(folder):
    analysis = framing.analyze(TEXT, lexicons=[folder])
    assert euphemisms(analysis.spans) == EXPECTED
    assert [TEXT[start:end] for start, end, *_ in EXPECTED] == [text for _, _, text, *_ in EXPECTED]
    # the packaged findings are as they were without the folder
    assert [s for s in analysis.spans if s.type != "euphemism"] == framing.analyze(TEXT).spans


@pytest.mark.parametrize("name, value", [
    ("euphemism_author_per_1k", 105.26),  # 2 of 19 words in the outlet's own voice
    ("euphemism_quoted_per_1k", 250.0),  # 1 of 4 quoted words
    ("euphemism_per_1k", 130.43),  # 3 of 23 words
])
def test_a_new_lexicon_scores_like_loaded(folder, name, value):
    scores = framing.analyze(TEXT, lexicons=[folder]).scores
    assert scores[name] == value
    assert list(scores) == [*SCORES, *EUPHEMISM_SCORES]


def test_without_a_new_lexicon_the_scores_are_the_packaged_ones():
    assert list(framing.analyze(TEXT).scores) == list(SCORES)
    assert load().new_lexicons == ()
    assert user_lexicons.score_names() == list(SCORES)


def test_the_scores_of_a_new_lexicon_are_defined_in_words(folder):
    defined = describe(load([folder]).new_lexicons)
    assert defined["euphemism_author_per_1k"].startswith("Findings of your lexicon 'euphemism' in the outlet's own voice per 1,000")
    assert "inside spoken quotations per 1,000 quoted words" in defined["euphemism_quoted_per_1k"]
    assert list(defined)[-3:] == EUPHEMISM_SCORES


def test_a_file_named_like_a_packaged_lexicon_still_extends_it(tmp_path):
    (tmp_path / "loaded.tsv").write_text(HEADER + "kerfuffle\tcontempt\t2\t\tme\n", encoding="utf-8")
    lexset = load([tmp_path])
    assert lexset.new_lexicons == ()
    spans = framing.analyze("The kerfuffle went on.", lexicons=[tmp_path]).spans
    assert [(s.text, s.type) for s in spans] == [("kerfuffle", "loaded")]


def test_a_new_lexicon_inflects_unless_its_metadata_says_not(own_folder):
    assert [s.text for s in framing.analyze("They right-sized us.", lexicons=[own_folder]).spans if s.type == "euphemism"] == ["right-sized"]
    (own_folder / "metadata.json").write_text('{"euphemism": {"inflect": false, "categories": {"jobs": "", "military": ""}}}', encoding="utf-8")
    assert [s.text for s in framing.analyze("They right-sized us.", lexicons=[own_folder]).spans if s.type == "euphemism"] == []


def test_a_plain_sense_row_of_a_new_lexicon_turns_its_matches_down(own_folder):
    with (own_folder / "euphemism.tsv").open("a", encoding="utf-8") as f:
        f.write("let go of\tplain_sense\t\tletting go of a thing\tme\n")
    spans = framing.analyze("She let go of the rope. They let go 40 workers.", lexicons=[own_folder]).spans
    assert [(s.start, s.text) for s in spans if s.type == "euphemism"] == [(29, "let go")]


def test_the_longest_match_wins_inside_a_new_lexicon_but_not_across_lexicons(tmp_path):
    (tmp_path / "euphemism.tsv").write_text(HEADER + "damage\tmilitary\t1\t\tme\ncollateral damage\tmilitary\t2\t\tme\n"
                                            "disgrace\tjobs\t1\t\tme\n", encoding="utf-8")
    spans = framing.analyze("The collateral damage was a disgrace.", lexicons=[tmp_path]).spans
    assert [(s.text, s.type) for s in spans] == [("collateral damage", "euphemism"), ("disgrace", "euphemism"), ("disgrace", "loaded")]


@pytest.mark.parametrize("file, message", [
    ("attribution.tsv", "attribution.tsv: a lexicon named 'attribution' would make findings of the type 'attribution', which "
                        "framing's own attribution findings are; a file's name is its lexicon's name; rename the file (e.g. "
                        "attribution_terms.tsv) and its entry in metadata.json"),
    ("anonymous_source.tsv", "anonymous_source.tsv: a lexicon named 'anonymous_source' would make findings of the type 'anonymous_source'"),
    ("loaded_author.tsv", "loaded_author.tsv: a lexicon named 'loaded_author' would score a column 'loaded_author_per_1k', which "
                          "framing already writes; a file's name is its lexicon's name; rename the file (e.g. loaded_author_terms.tsv)"),
    ("hedge.tsv", None),  # extends ours
])
def test_a_name_that_clashes_with_a_span_type_or_a_score_is_refused(tmp_path, file, message):
    (tmp_path / file).write_text(HEADER + "kerfuffle\tcontempt\t2\t\tme\n", encoding="utf-8")
    if message is None:
        assert load([tmp_path]).new_lexicons == ()
        return
    with pytest.raises(LexiconError) as raised:
        load([tmp_path / file])
    assert message in str(raised.value) and "\n" not in str(raised.value)
    result = runner.invoke(app, ["score", str(tmp_path / file), "--lexicon", str(tmp_path / file)])
    assert result.exit_code == 1
    assert message in " ".join(result.stderr.split())


def _score(tmp_path: Path, folder: Path, *args: str) -> None:
    result = runner.invoke(app, ["score", str(tmp_path / "news"), "--lexicon", str(folder), *args])
    assert result.exit_code == 0, result.output


def test_score_jsonl_holds_the_spans_and_scores_of_a_new_lexicon(tmp_path, folder):
    _score(tmp_path, folder, "--out", str(tmp_path / "o.jsonl"))
    record = json.loads((tmp_path / "o.jsonl").read_text(encoding="utf-8"))
    found = [(s["start"], s["end"], s["text"], s["category"], s["voice"], s["speaker"], s["term"])
             for s in record["spans"] if s["type"] == "euphemism"]
    assert found == EXPECTED
    assert {k: record["scores"][k] for k in EUPHEMISM_SCORES} == {
        "euphemism_author_per_1k": 105.26, "euphemism_quoted_per_1k": 250.0, "euphemism_per_1k": 130.43}
    assert "find nothing" not in " ".join(runner.invoke(app, ["score", str(tmp_path / "news"), "--lexicon", str(folder)]).stderr.split())


def test_score_csv_has_a_column_per_score_of_a_new_lexicon(tmp_path, folder):
    _score(tmp_path, folder, "--out", str(tmp_path / "o.csv"), "--spans", str(tmp_path / "s.csv"))
    with (tmp_path / "o.csv").open(encoding="utf-8") as f:
        reader = csv.DictReader(f)
        row = next(reader)
    header = reader.fieldnames
    assert header[header.index("mean_bias_probability") + 1:] == [*EUPHEMISM_SCORES, "warnings", "metadata"]
    assert (row["euphemism_author_per_1k"], row["euphemism_quoted_per_1k"], row["euphemism_per_1k"]) == ("105.26", "250.0", "130.43")
    with (tmp_path / "s.csv").open(encoding="utf-8") as f:
        spans = [r for r in csv.DictReader(f) if r["type"] == "euphemism"]
    assert [(int(r["start"]), r["text"], r["voice"], r["speaker"], r["lexicon"]) for r in spans] == [
        (12, "downsized", "author", "", "euphemism"), (53, "let go", "author", "", "euphemism"),
        (72, "collateral damage", "quoted", "general", "euphemism")]


def test_score_parquet_has_the_columns_and_reads_back(tmp_path, folder):
    import pyarrow.parquet as pq

    _score(tmp_path, folder, "--out", str(tmp_path / "o.parquet"))
    table = pq.read_table(tmp_path / "o.parquet" / "articles")
    names = table.schema.names
    assert names[names.index("mean_bias_probability") + 1: names.index("warnings")] == EUPHEMISM_SCORES
    assert table.column("euphemism_quoted_per_1k").to_pylist() == [250.0]
    record = next(read_analyses(tmp_path / "o.parquet"))
    assert list(record["scores"])[-3:] == EUPHEMISM_SCORES and record["scores"]["euphemism_per_1k"] == 130.43
    assert [(s["start"], s["text"]) for s in record["spans"] if s["type"] == "euphemism"] == [
        (12, "downsized"), (53, "let go"), (72, "collateral damage")]


def test_score_without_a_new_lexicon_writes_the_packaged_columns(tmp_path, folder):
    import pyarrow.parquet as pq

    from framing.export import article_columns
    from framing.parquet import ARTICLE_SCHEMA

    result = runner.invoke(app, ["score", str(tmp_path / "news"), "--out", str(tmp_path / "o.csv")])
    assert result.exit_code == 0
    assert (tmp_path / "o.csv").read_text(encoding="utf-8").splitlines()[0].split(",") == article_columns()
    result = runner.invoke(app, ["score", str(tmp_path / "news"), "--out", str(tmp_path / "o.parquet")])
    assert pq.read_schema(next((tmp_path / "o.parquet" / "articles").glob("*.parquet"))).names == ARTICLE_SCHEMA.names


def test_resume_checks_a_new_lexicon_file_like_any_other(tmp_path, own_folder):
    out = tmp_path / "o.csv"
    _score(tmp_path, own_folder, "--out", str(out))
    (tmp_path / "news" / "b.txt").write_text("They let go of nobody.", encoding="utf-8")
    _score(tmp_path, own_folder, "--out", str(out), "--resume")
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [r["id"] for r in rows] == ["a", "b"] and rows[1]["euphemism_per_1k"] == "200.0"  # 'let go' in 5 words
    with (own_folder / "euphemism.tsv").open("a", encoding="utf-8") as f:
        f.write("pass away\tjobs\t1\t\tme\n")
    (tmp_path / "news" / "c.txt").write_text("He passed away.", encoding="utf-8")
    result = runner.invoke(app, ["score", str(tmp_path / "news"), "--lexicon", str(own_folder), "--out", str(out), "--resume"])
    assert result.exit_code == 1 and "my-lexicons" in result.stderr  # edited since: refused, naming the folder
    assert len(list(csv.DictReader(out.open(encoding="utf-8")))) == 2


# framing compare: the scores of a lexicon of the user's own beside ours.

def _two_outlets(tmp_path: Path) -> Path:
    news = tmp_path / "outlets"
    for outlet, text in (("fox", "The company downsized its staff in round {}. Officials said the plan was fine."),
                         ("cnn", "The company cut {} jobs. Officials said the plan was fine and fair.")):
        (news / outlet).mkdir(parents=True)
        for i in range(1, 7):
            (news / outlet / f"{i}.txt").write_text(text.format(i), encoding="utf-8")
    return news


def test_compare_outlets_compares_the_scores_a_record_holds(folder):
    from framing.compare import compare_outlets

    records = [{"id": f"{o}{i}", "outlet": o, "words": 10,
                "scores": framing.analyze(text, lexicons=[folder]).scores}
               for i in range(6) for o, text in (("fox", "They let go 40 workers."), ("cnn", "They fired 40 workers."))]
    c = compare_outlets(records)
    # no quoted words: euphemism_quoted_per_1k is nowhere defined, so it is not shown
    assert c.scores[-2:] == ["euphemism_author_per_1k", "euphemism_per_1k"]
    means = {(r.score, r.outlet): r.mean for r in c.profile if r.score == "euphemism_per_1k"}
    assert means == {("euphemism_per_1k", "cnn"): 0.0, ("euphemism_per_1k", "fox"): 200.0}


def test_compare_command_tests_a_new_lexicons_score(tmp_path, folder):
    news = _two_outlets(tmp_path)
    out = tmp_path / "cmp.csv"
    result = runner.invoke(app, ["compare", str(news), "--by", "folder", "--lexicon", str(folder), "--score", "euphemism_per_1k",
                                 "--no-model", "--out", str(out)])
    assert result.exit_code == 0, result.output
    rows = {(r["score"], r["outlet"]): r for r in csv.DictReader(out.open(encoding="utf-8"))}
    assert (rows[("euphemism_per_1k", "fox")]["mean"], rows[("euphemism_per_1k", "cnn")]["mean"]) == ("71.43", "0.0")
    [test] = list(csv.DictReader((tmp_path / "cmp.tests.csv").open(encoding="utf-8")))
    assert (test["score"], test["test"], test["p_method"]) == ("euphemism_per_1k", "Mann-Whitney U", "exact")


def test_compare_command_refuses_a_new_lexicons_score_without_the_lexicon(tmp_path):
    news = _two_outlets(tmp_path)
    result = runner.invoke(app, ["compare", str(news), "--by", "folder", "--score", "euphemism_per_1k", "--no-model"])
    assert result.exit_code == 2
    assert " ".join(result.stderr.split()).startswith("error: --score: unknown score 'euphemism_per_1k'; the scores are: loaded_author_per_1k,")


def test_compare_reads_a_new_lexicons_scores_back_from_a_scores_csv(tmp_path, folder):
    news = _two_outlets(tmp_path)
    result = runner.invoke(app, ["score", str(news), "--lexicon", str(folder), "--no-model", "--out", str(tmp_path / "s.csv")])
    assert result.exit_code == 0, result.output
    from framing.saved_scores import score_records

    [first, *_] = list(score_records(tmp_path / "s.csv"))
    assert list(first["scores"])[-3:] == EUPHEMISM_SCORES


# framing report: a layer, a legend entry, a highlight and the scores of a lexicon of the user's own.

def _page(html: str, script_id: str) -> dict:
    import re

    return json.loads(re.search(rf'<script type="application/json" id="{script_id}">(.*?)</script>', html, re.S).group(1))


def _report_checks(html: str) -> None:
    from framing.report_articles import expand_spans

    data = _page(html, "page-data")
    assert data["types"][-1] == "euphemism" and data["types"][:-1] == list(framing.models.SPAN_TYPES)
    assert data["typeLabels"]["euphemism"] == "euphemism (your lexicon)"
    assert data["categoryNotes"]["euphemism"] == {"military": "war made to sound clean", "jobs": "firing made to sound neutral"}
    assert data["scores"][-3:] == EUPHEMISM_SCORES
    assert ".t-euphemism { background: #b2ebf2; border-bottom-color: #00838f; }" in html
    store = _page(html, "article-data")
    [article] = store["articles"]
    found = [(s["start"], s["end"], s["voice"], s["category"]) for s in expand_spans(article, store["strings"], data["types"])
             if s["type"] == "euphemism"]
    assert found == [(12, 21, "author", "jobs"), (53, 59, "author", "jobs"), (72, 89, "quoted", "military")]
    named = {k: [data["scores"][i] for i in v] for k, v in data["countedIn"].items()}
    assert named["euphemism|author|0||0"] == ["euphemism_author_per_1k", "euphemism_per_1k"]
    rows = data["entryNotes"]["rows"]
    assert rows[data["entryNotes"]["euphemism"]["collateral damage"]] == [
        "your lexicon my-lexicons/euphemism.tsv:2", "civilian deaths", "collateral damage"]  # the row a finding's details cite


def test_report_shows_a_new_lexicon_like_ours(folder):
    from framing.report import ReportConfig, article_record, build_report

    record = article_record(framing.analyze(TEXT, lexicons=[folder], id="a"))
    _report_checks(build_report([record], ReportConfig(lexicons=[folder])).html)


def test_report_command_shows_a_new_lexicon_from_articles_and_from_saved_scores(tmp_path, folder):
    out = tmp_path / "r.html"
    result = runner.invoke(app, ["report", str(tmp_path / "news"), "--lexicon", str(folder), "--no-model", "--out", str(out)])
    assert result.exit_code == 0, result.output
    _report_checks(out.read_text(encoding="utf-8"))
    _score(tmp_path, folder, "--out", str(tmp_path / "s.jsonl"))
    result = runner.invoke(app, ["report", "--scores", str(tmp_path / "s.jsonl"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert _page(html, "page-data")["types"][-1] == "euphemism" and "Findings of your lexicon" in html


def test_report_without_a_new_lexicon_has_our_types_only():
    from framing.report import ReportConfig, article_record, build_report

    data = _page(build_report([article_record(framing.analyze(TEXT, id="a"))], ReportConfig()).html, "page-data")
    assert data["types"] == list(framing.models.SPAN_TYPES) and "euphemism" not in data["typeLabels"]


def test_resume_a_parquet_run_with_a_new_lexicon(tmp_path, folder):
    out = tmp_path / "o.parquet"
    _score(tmp_path, folder, "--out", str(out))
    (tmp_path / "news" / "b.txt").write_text("They let go of nobody.", encoding="utf-8")
    _score(tmp_path, folder, "--out", str(out), "--resume")
    records = list(read_analyses(out))
    assert [(r["id"], r["scores"]["euphemism_per_1k"]) for r in records] == [("a", 130.43), ("b", 200.0)]


# lexicons/README.md's "A lexicon of your own", run line by line as a builder would type it.



def test_the_readme_lines_for_a_lexicon_of_your_own_run_and_show_what_it_says(tmp_path, monkeypatch):
    text = README.read_text(encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "fox.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "news" / "cnn.txt").write_text("The company fired 40 workers. The general said civilians died.", encoding="utf-8")
    out = run_lines(block("own lexicon: tests/test_user_lexicons.py runs these lines"), tmp_path)
    assert out["lexicon validate"].stdout.strip() == "0 errors, 0 warnings"
    shown = [row.split("\t") for row in out["lexicon test"].stdout.splitlines()]
    assert [(s[1], s[2], s[3]) for s in shown if s[2].startswith("euphemism/")] == [
        ("'let go'", "euphemism/jobs w=1", "voice=author"), ("'collateral damage'", "euphemism/military w=2", "voice=quoted speaker=general")]
    assert "'let go' euphemism/jobs w=1 voice=author" in " ".join(text.split())  # as the README quotes it
    spans = list(csv.DictReader((tmp_path / "spans.csv").open(encoding="utf-8")))
    assert [(r["text"], r["type"], r["voice"]) for r in spans if r["lexicon"] == "euphemism"] == [
        ("let go", "euphemism", "author"), ("collateral damage", "euphemism", "quoted")]
    header = (tmp_path / "scores.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
    assert header[-5:-2] == EUPHEMISM_SCORES
    assert "euphemism_per_1k" in out["compare news/"].stdout
    assert _page((tmp_path / "report.html").read_text(encoding="utf-8"), "page-data")["types"][-1] == "euphemism"


@pytest.mark.parametrize("text, found", [
    ("The firm will downsize again.", ["downsize"]),
    ("Senator Jim Downsize spoke on Monday.", []),  # a capitalised word inside a name, as for a loaded word
    ("Mr. Downsize said the plan was fine.", []),
])
def test_a_new_lexicons_word_inside_a_name_is_no_finding_as_for_loaded(folder, text, found):
    spans = framing.analyze(text, lexicons=[folder]).spans
    assert [s.text for s in spans if s.type == "euphemism"] == found
    result = runner.invoke(app, ["lexicon", "test", text, "--lexicon", str(folder)])
    assert result.exit_code == 0
    if not found:
        assert "proper-name: a capitalised word inside a name" in result.stdout


# --- rules a lexicon of the user's own turns on in its metadata.json ("rules": [...]) ---------------

RULE_ROWS = "purge\tcrackdown\t2\tforced removal\tme\ncrackdown\tcrackdown\t2\tharsh measures\tme\n"
RULE_TEXT = "His purges were reported. They purged the staff. They did not purge the army. The crackdown began."


def rule_folder(tmp_path: Path, rules: object) -> Path:
    mine = tmp_path / "my-lexicons"
    mine.mkdir(exist_ok=True)
    (mine / "repression.tsv").write_text(HEADER + RULE_ROWS, encoding="utf-8")
    meta = {"description": "Words of repression.", "categories": {"crackdown": "forced removal or harsh measures"}}
    if rules is not None:
        meta["rules"] = rules
    (mine / "metadata.json").write_text(json.dumps({"repression": meta}, indent=2), encoding="utf-8")
    return mine


@pytest.mark.parametrize("rules, found", [
    (None, ["purges", "purged", "purge", "crackdown"]),  # no rule asked for: every use a finding
    (["noun_use"], ["purged", "purge"]),  # 'His purges', 'The crackdown': nouns after a determiner
    (["negation"], ["purges", "purged", "crackdown"]),  # 'did not purge': negated
    (["negation", "noun_use"], ["purged"]),
])
def test_rules_a_user_lexicon_turns_on_in_its_metadata(tmp_path, rules, found):
    analysis = framing.analyze(RULE_TEXT, lexicons=[rule_folder(tmp_path, rules)])
    assert [s.text for s in analysis.spans if s.type == "repression"] == found


def test_the_rule_that_drops_a_finding_is_named_by_lexicon_test(tmp_path):
    mine = rule_folder(tmp_path, ["negation"])
    result = runner.invoke(app, ["lexicon", "test", "They did not purge the army.", "--lexicon", str(mine)])
    assert result.exit_code == 0, result.output
    assert ("'purge'\tnot a finding (repression 'purge'): negation: 'not' before 'purge' negates it "
            "(the repression lexicon's metadata turns this rule on)") in result.output


def test_rules_from_the_cli_score(tmp_path):
    mine = rule_folder(tmp_path, ["negation", "noun_use"])
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text(RULE_TEXT, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["score", str(news), "--lexicon", str(mine), "--out", str(out), "--no-model"])
    assert result.exit_code == 0, result.output
    [record] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [s["text"] for s in record["spans"] if s["type"] == "repression"] == ["purged"]


@pytest.mark.parametrize("rules, message", [
    (["negaton"], "unknown rule 'negaton' in the \"rules\" of 'repression'; the rules a lexicon can turn on: noun_use, negation"),
    ("negation", "the \"rules\" of 'repression' are not a list of rule names"),
])
def test_an_unknown_rule_is_one_line_naming_the_file(tmp_path, rules, message):
    mine = rule_folder(tmp_path, rules)
    with pytest.raises(LexiconError) as e:
        load([mine])
    assert str(e.value).startswith(f"{mine / 'metadata.json'}:")
    assert message in str(e.value) and "\n" not in str(e.value)
    result = runner.invoke(app, ["lexicon", "validate", str(mine)])
    assert result.exit_code == 1
    assert f"{mine / 'metadata.json'}:7: error: {message}" in result.output  # the line of "rules"


def test_a_rule_keyed_on_a_category_applies_to_a_user_lexicon_of_that_category(tmp_path):
    """The README's claim: a row of category vague_quantifier in a lexicon of one's own counts only
    before an unnamed group, as ours do, without asking for it in "rules"."""
    mine = tmp_path / "my-lexicons"
    mine.mkdir()
    (mine / "weasel.tsv").write_text(HEADER + "umpteen\tvague_quantifier\t1\ta vague many\tme\n", encoding="utf-8")
    (mine / "metadata.json").write_text(json.dumps({"weasel": {"description": "Weasel words.", "inflect": False,
                                                               "categories": {"vague_quantifier": "many of a group nobody names"}}}), encoding="utf-8")
    text = "Umpteen critics say it failed. Umpteen buildings collapsed."
    assert [s.text for s in framing.analyze(text, lexicons=[mine]).spans if s.type == "weasel"] == ["Umpteen"]

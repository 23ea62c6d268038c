"""Repeated texts told by every command that reads a corpus (`framing score`'s own cases are in
tests/test_cli_score.py): `report` and `compare`, analysing or reusing saved scores."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from framing.cli import app

runner = CliRunner()
sys.path.insert(0, str(Path(__file__).parent))  # the story and its copies: tests/test_near_duplicates.py

STORY = "Talks stall\n\nThe talks stalled on Friday, officials said, and the plan was called a farce.\n"


def _scraped_twice(tmp_path: Path) -> Path:
    """Two outlets' folders; b/ holds a copy of a/story.txt, and rows.jsonl repeats a row."""
    corpus = tmp_path / "corpus"
    for folder in ("a", "b"):
        (corpus / folder).mkdir(parents=True)
        (corpus / folder / "story.txt").write_text(STORY, encoding="utf-8")
    (corpus / "a" / "other.txt").write_text("Other\n\nSomething else entirely happened at the port.\n", encoding="utf-8")
    (corpus / "a" / "rows.jsonl").write_text('{"id": "x", "text": "The vote was close."}\n\n{"id": "y", "text": "The vote was close."}\n',
                                             encoding="utf-8")
    return corpus


def _expected(corpus: Path, where: str, saved: bool = False) -> str:
    """The summary: each copy named by file (and line, for a row: saved scores keep it at the end of
    the copy's warning, "(this article: line 3)"; they had named the first row's line only) and id,
    beside the first text."""
    a = corpus / "a"
    return (f"2 articles repeat an earlier article's text exactly{where}; "
            f"the first: {a / 'rows.jsonl'}, line 3 (rows:y) has the same text as {a / 'rows.jsonl'}, line 1\n"
            f"  also: {corpus / 'b' / 'story.txt'} (story~2) has the same text as {a / 'story.txt'}")


def test_report_tells_the_repeated_texts_and_notes_them_on_each_article(tmp_path):
    corpus = _scraped_twice(tmp_path)
    out = tmp_path / "r.html"
    result = runner.invoke(app, ["report", str(corpus), "--no-model", "--jobs", "1", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert _expected(corpus, " (a note on each, in the report)") in result.stderr
    page = out.read_text(encoding="utf-8")
    assert page.count(f"exact duplicate: the same text as {corpus / 'a' / 'story.txt'}") == 1  # b/story.txt's note


@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_report_from_saved_scores_tells_what_the_scoring_run_found(tmp_path, fmt):
    corpus = _scraped_twice(tmp_path)
    scores = tmp_path / f"scores.{fmt}"
    scored = runner.invoke(app, ["score", str(corpus), "--no-model", "--jobs", "1", "--format", fmt, "--out", str(scores)])
    assert scored.exit_code == 0, scored.output
    result = runner.invoke(app, ["report", "--scores", str(scores), "--out", str(tmp_path / "r.html")])
    assert result.exit_code == 0, result.output
    assert _expected(corpus, " (a note on each, in the report)", saved=True) in result.stderr


def test_no_repeated_text_no_line(seeds_dir, tmp_path):
    result = runner.invoke(app, ["report", str(seeds_dir), "--no-model", "--jobs", "1", "--out", str(tmp_path / "r.html")])
    assert result.exit_code == 0, result.output
    assert "repeat" not in result.stderr


COMPARE_WHERE = " (each counted in its outlet's figures; `framing score` keeps a warning on each)"


def test_compare_tells_the_repeated_texts(tmp_path):
    corpus = _scraped_twice(tmp_path)
    result = runner.invoke(app, ["compare", str(corpus), "--no-model", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert _expected(corpus, COMPARE_WHERE) in result.stderr


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_compare_from_saved_scores_tells_what_the_scoring_run_found(tmp_path, fmt):
    corpus = _scraped_twice(tmp_path)
    scores = tmp_path / f"scores.{fmt}"
    scored = runner.invoke(app, ["score", str(corpus), "--no-model", "--jobs", "1", "--format", fmt, "--out", str(scores)])
    assert scored.exit_code == 0, scored.output
    result = runner.invoke(app, ["compare", "--scores", str(scores)])
    assert result.exit_code == 0, result.output
    assert _expected(corpus, COMPARE_WHERE, saved=True) in result.stderr


def _syndicated(tmp_path: Path) -> Path:
    """The AP story of tests/test_near_duplicates.py run by three outlets (one as a JSONL row after a
    blank line), and one outlet's own story on the same event."""
    from test_near_duplicates import NEW_FIRST_LINE, OWN_STORY, TRIMMED, WIRE

    corpus = tmp_path / "corpus"
    for folder, text in (("ap", WIRE), ("local", OWN_STORY), ("post", NEW_FIRST_LINE)):
        (corpus / folder).mkdir(parents=True)
        (corpus / folder / "senate.txt").write_text(text + "\n", encoding="utf-8")
    (corpus / "times").mkdir()
    (corpus / "times" / "rows.jsonl").write_text(
        json.dumps({"id": "r1", "text": "A different story altogether."}) + "\n\n" + json.dumps({"id": "r2", "text": TRIMMED}) + "\n",
        encoding="utf-8")
    return corpus


def _near_warnings(corpus: Path) -> dict[str, list[str]]:
    from test_near_duplicates import NEW_FIRST_LINE, TRIMMED, WIRE, _pct

    ap = corpus / "ap" / "senate.txt"
    return {
        str(corpus / "post" / "senate.txt"): [f"near duplicate of {ap}: about {_pct(NEW_FIRST_LINE + chr(10), WIRE)} of the shorter text's 5-word sequences are in the other too"],
        str(corpus / "times" / "rows.jsonl"): [f"near duplicate of {ap}: about {_pct(TRIMMED, WIRE)} of the shorter text's 5-word sequences are in the other too "
                                                "(this article: line 3)"],  # a row's own line, which its output row has nowhere else
    }


def _near_line(corpus: Path, where: str, saved: bool = False) -> str:
    """The summary's lines: the first copy, then the JSONL row by its line (from saved scores too, out of its warning)."""
    warnings = _near_warnings(corpus)
    first, row = warnings[str(corpus / "post" / "senate.txt")][0], warnings[str(corpus / "times" / "rows.jsonl")][0]
    return (f"2 articles nearly repeat an earlier article's text (at least 70% of the shorter text's 5-word sequences in the other, estimated){where}; "
            f"the first: {corpus / 'post' / 'senate.txt'} (senate~3) is a {first}\n"
            f"  also: {corpus / 'times' / 'rows.jsonl'}, line 3 (rows:r2) is a {row.removesuffix(' (this article: line 3)')}")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_score_with_near_duplicates_names_each_copy_and_what_it_copies(tmp_path, jobs):
    corpus = _syndicated(tmp_path)
    out = tmp_path / "scores.jsonl"
    result = runner.invoke(app, ["score", str(corpus), "--no-model", "--jobs", jobs, "--near-duplicates", "0.7", "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    near = {r["path"]: [w for w in r["warnings"] if w.startswith("near duplicate")] for r in rows}
    assert {path: w for path, w in near.items() if w} == _near_warnings(corpus)
    assert result.stderr.splitlines()[-2:] == _near_line(corpus, f' (a warning in the "warnings" field of their lines in {out})').splitlines()
    plain = runner.invoke(app, ["score", str(corpus), "--no-model", "--jobs", jobs, "-o", str(tmp_path / "plain.jsonl")])
    assert "nearly" not in plain.stderr  # off unless asked for


def test_report_and_compare_with_near_duplicates_say_so(tmp_path):
    corpus = _syndicated(tmp_path)
    report = runner.invoke(app, ["report", str(corpus), "--no-model", "--jobs", "1", "--near-duplicates", "0.7", "--out", str(tmp_path / "r.html")])
    assert report.exit_code == 0, report.output
    assert _near_line(corpus, " (a note on each, in the report)") in report.stderr
    compare = runner.invoke(app, ["compare", str(corpus), "--no-model", "--jobs", "1", "--near-duplicates", "0.7"])
    assert compare.exit_code == 0, compare.output
    assert _near_line(corpus, COMPARE_WHERE) in compare.stderr


def test_compare_from_saved_scores_counts_the_near_copies_score_found(tmp_path):
    corpus = _syndicated(tmp_path)
    scores = tmp_path / "scores.jsonl"
    assert runner.invoke(app, ["score", str(corpus), "--no-model", "--jobs", "1", "--near-duplicates", "0.7", "-o", str(scores)]).exit_code == 0
    result = runner.invoke(app, ["compare", "--scores", str(scores)])
    assert result.exit_code == 0, result.output
    assert _near_line(corpus, COMPARE_WHERE, saved=True).replace(" (at least 70% of the shorter text's 5-word sequences in the other, estimated)", "") in result.stderr


@pytest.mark.parametrize(("args", "message"), [
    (["score", "--near-duplicates", "1.5"], "error: --near-duplicates: near-duplicate similarity 1.5 is not between 0 and 1: pass e.g. 0.7"),
    (["compare", "--scores", "{scores}", "--near-duplicates", "0.7"],
     "error: --near-duplicates looks at texts as they are read, and --scores reads none: pass it to `framing score` instead "
     "(its warnings are kept with the scores, and counted here)"),
])
def test_near_duplicates_refused_where_it_cannot_work(tmp_path, args, message):
    scores = tmp_path / "scores.jsonl"
    scores.write_text("", encoding="utf-8")
    result = runner.invoke(app, [a.format(scores=scores) for a in args] + ["--no-model"] * (args[0] == "score") + [str(_syndicated(tmp_path))] * (args[0] == "score"))
    assert result.exit_code == 2
    assert result.stderr.strip() == message


def test_lexicon_coverage_tells_the_repeated_texts_it_counted(tmp_path):
    corpus = _scraped_twice(tmp_path)
    result = runner.invoke(app, ["lexicon", "coverage", str(corpus), "--json"])
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == _expected(corpus, " (each counted in the figures)").splitlines()
    assert json.loads(result.stdout)["articles"] == 5


def test_a_resumed_run_finds_near_copies_of_what_the_first_part_wrote(tmp_path):
    corpus = _syndicated(tmp_path)
    out = tmp_path / "scores.jsonl"
    first = runner.invoke(app, ["score", str(corpus / "ap"), "--no-model", "--jobs", "1", "--near-duplicates", "0.7", "-o", str(out)])
    assert first.exit_code == 0, first.output
    result = runner.invoke(app, ["score", str(corpus / "ap"), str(corpus / "post"), "--no-model", "--jobs", "1", "--near-duplicates", "0.7",
                                 "-o", str(out), "--resume"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [[w for w in r["warnings"] if w.startswith("near")] for r in rows] == [[], _near_warnings(corpus)[str(corpus / "post" / "senate.txt")]]
    # (a resumed run counts what it scored itself, and says so)
    assert result.stderr.splitlines()[-1].startswith(f"1 article nearly repeats an earlier article's text (at least 70% of the shorter text's 5-word sequences in the other, estimated) "
                                                     f"(scored in this run; a warning in the \"warnings\" field of its line in {out}); the first: {corpus / 'post' / 'senate.txt'}")


def test_score_finds_a_half_length_copy_from_the_command_line(tmp_path):
    """An article that is the first half of another (a paper that ran only the top of the story) is
    a near copy at 0.7: all of its 5-word sequences are in the story, though only half of the two
    texts' sequences are shared."""
    from test_near_duplicates import WIRE, _containment, _jaccard

    half = " ".join(WIRE.split()[:len(WIRE.split()) // 2])
    assert round(_jaccard(WIRE, half), 2) == 0.49 and _containment(WIRE, half) == 1.0
    (tmp_path / "wire.jsonl").write_text(json.dumps({"id": "full", "text": WIRE}) + "\n" + json.dumps({"id": "top", "text": half}) + "\n",
                                         encoding="utf-8")
    out = tmp_path / "scores.jsonl"
    result = runner.invoke(app, ["score", str(tmp_path / "wire.jsonl"), "--no-model", "--jobs", "1", "--near-duplicates", "0.7", "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["warnings"] for r in rows] == [
        [], [f"near duplicate of {tmp_path / 'wire.jsonl'}, line 1: about 100% of the shorter text's 5-word sequences are in the other too "
             "(this article: line 2)"]]


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_score_drop_duplicates_leaves_out_each_copy_and_lists_it_in_the_errors_file(tmp_path, fmt):
    """`--drop-duplicates`: the copies are not scored; each is a row of --errors naming the text it
    repeats (every input article is in the output or in that file), and the summary counts them."""
    import csv

    from framing.export import read_analyses

    corpus = _scraped_twice(tmp_path)
    out, errors = tmp_path / f"scores.{fmt}", tmp_path / "errors.csv"
    result = runner.invoke(app, ["score", str(corpus), "--no-model", "--jobs", "1", "--out", str(out), "--errors", str(errors),
                                 "--drop-duplicates"])
    assert result.exit_code == 0, result.output
    if fmt == "csv":
        ids = [r["id"] for r in csv.DictReader(out.open(encoding="utf-8"))]
    else:
        ids = [r["id"] for r in read_analyses(out)]
    assert ids == ["other", "rows:x", "story"]  # b/story.txt and rows:y left out
    a = corpus / "a"
    assert list(csv.reader(errors.open(encoding="utf-8")))[1:] == [
        [str(a / "rows.jsonl"), "3", "rows:y", "y", f"dropped (--drop-duplicates): exact duplicate: the same text as {a / 'rows.jsonl'}, line 1"],
        [str(corpus / "b" / "story.txt"), "", "story~2", "", f"dropped (--drop-duplicates): exact duplicate: the same text as {a / 'story.txt'}"]]
    said = " ".join(result.stderr.split())
    assert "scored 3 articles, 0 errors, 2 duplicates dropped, in " in said
    assert (f"dropped 2 articles repeating an earlier article's text exactly (--drop-duplicates), not scored (each a row in {errors}); "
            f"the first: {a / 'rows.jsonl'}, line 3 (rows:y) had the same text as {a / 'rows.jsonl'}, line 1 "
            f"also: {corpus / 'b' / 'story.txt'} (story~2) had the same text as {a / 'story.txt'}") in said
    assert "error " not in result.stderr  # no unreadable input: the copies are not shown as errors


def test_score_drop_duplicates_without_an_errors_file_says_how_to_keep_them(tmp_path):
    corpus = _scraped_twice(tmp_path)
    result = runner.invoke(app, ["score", str(corpus), "--no-model", "--jobs", "1", "--out", str(tmp_path / "s.jsonl"), "--drop-duplicates"])
    assert result.exit_code == 0, result.output
    assert ("dropped 2 articles repeating an earlier article's text exactly (--drop-duplicates), not scored (to keep a row for each, "
            "pass --errors errors.csv); the first:") in " ".join(result.stderr.split())
    assert len((tmp_path / "s.jsonl").read_text(encoding="utf-8").splitlines()) == 3


def test_compare_on_scores_written_with_drop_duplicates_counts_no_copy(tmp_path):
    """The documented road for a scrape taken twice: score with --drop-duplicates, compare --scores."""
    corpus = _scraped_twice(tmp_path)
    scores = tmp_path / "s.jsonl"
    assert runner.invoke(app, ["score", str(corpus), "--no-model", "--jobs", "1", "--out", str(scores), "--drop-duplicates"]).exit_code == 0
    result = runner.invoke(app, ["compare", "--scores", str(scores), "--out", str(tmp_path / "c.json")])
    assert result.exit_code == 0, result.output
    assert "repeat" not in result.stderr
    assert sum(o["articles"] for o in json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))["outlets"]) == 3


# --drop-duplicates on `report` and `compare` reading article files: the copies left out of every
# figure, each a row of --errors naming the article it repeats, and counted in the summary.

def test_analyse_for_report_with_drop_gives_each_copy_as_a_dropped_duplicate(tmp_path):
    """The library road report and compare take: each copy comes as a DroppedDuplicate, in reading order."""
    from framing.duplicate_texts import DroppedDuplicate, Duplicates
    from framing.report import analyse_for_report

    corpus = _scraped_twice(tmp_path)
    items = list(analyse_for_report([corpus], duplicates=Duplicates(drop=True)))
    a = corpus / "a"
    assert sorted(r["id"] for r in items if isinstance(r, dict)) == ["other", "rows:x", "story"]
    assert [(e.id, e.message) for e in items if isinstance(e, DroppedDuplicate)] == [
        ("rows:y", f"dropped (--drop-duplicates): exact duplicate: the same text as {a / 'rows.jsonl'}, line 1"),
        ("story~2", f"dropped (--drop-duplicates): exact duplicate: the same text as {a / 'story.txt'}")]


@pytest.mark.parametrize("command", ["report", "compare"])
def test_drop_duplicates_leaves_each_copy_out_and_lists_it_in_the_errors_file(tmp_path, command):
    import csv

    corpus = _scraped_twice(tmp_path)
    errors = tmp_path / "errors.csv"
    out = tmp_path / ("r.html" if command == "report" else "c.json")
    result = runner.invoke(app, [command, str(corpus), "--no-model", "--jobs", "1", "--out", str(out), "--errors", str(errors),
                                 "--drop-duplicates"])
    assert result.exit_code == 0, result.output
    a = corpus / "a"
    assert list(csv.reader(errors.open(encoding="utf-8")))[1:] == [
        [str(a / "rows.jsonl"), "3", "rows:y", "y", f"dropped (--drop-duplicates): exact duplicate: the same text as {a / 'rows.jsonl'}, line 1"],
        [str(corpus / "b" / "story.txt"), "", "story~2", "", f"dropped (--drop-duplicates): exact duplicate: the same text as {a / 'story.txt'}"]]
    said = " ".join(result.stderr.split())
    assert (f"dropped 2 articles repeating an earlier article's text exactly (--drop-duplicates), not scored (each a row in {errors}); "
            f"the first: {a / 'rows.jsonl'}, line 3 (rows:y) had the same text as {a / 'rows.jsonl'}, line 1 "
            f"also: {corpus / 'b' / 'story.txt'} (story~2) had the same text as {a / 'story.txt'}") in said
    assert "error " not in result.stderr and "unreadable" not in said  # a copy is no unreadable input
    if command == "report":
        assert "report: " + str(out) + " (3 articles" in " ".join(result.stdout.split())
        assert "could not be read" not in out.read_text(encoding="utf-8")  # the page lists unreadable inputs only
    else:
        assert sum(o["articles"] for o in json.loads(out.read_text(encoding="utf-8"))["outlets"]) == 3


@pytest.mark.parametrize("command", ["report", "compare"])
def test_drop_duplicates_without_it_the_copies_are_counted_in(tmp_path, command):
    corpus = _scraped_twice(tmp_path)
    out = tmp_path / ("r.html" if command == "report" else "c.json")
    result = runner.invoke(app, [command, str(corpus), "--no-model", "--jobs", "1", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "2 articles repeat an earlier article's text exactly" in " ".join(result.stderr.split())
    assert "dropped" not in result.stderr


# --drop-duplicates on saved scores: the records `framing score` marked as exact copies are left out,
# giving the comparison --drop-duplicates gives on the articles themselves.

LOADED = ["a farce", "a disgrace", "a scandal", "a triumph", "a fiasco", "radical", "slammed"]


def _two_outlets_scraped_twice(tmp_path: Path) -> Path:
    """Two outlets of seven stories each (enough for intervals and a test), each outlet's file carrying
    copies: two rows repeating an earlier row, and one repeating the other outlet's story."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for outlet, k in (("north", 0), ("south", 3)):
        rows = [{"id": f"{outlet}{i}", "outlet": outlet,
                 "text": f"Story {i} of {outlet}\n\nThe council met on day {i}, officials said, and the plan was called "
                         f"{LOADED[(i + k) % 7]}{' and ' + LOADED[i % 3] if i % 2 else ''}. Critics claimed it would fail."}
                for i in range(7)]
        rows += [{**rows[1], "id": f"{outlet}-again1"}, {**rows[4], "id": f"{outlet}-again4"}]
        (corpus / f"{outlet}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    south = corpus / "south.jsonl"
    north0 = json.loads((corpus / "north.jsonl").read_text(encoding="utf-8").splitlines()[0])
    south.write_text(south.read_text(encoding="utf-8") + json.dumps({**north0, "id": "south-copy", "outlet": "south"}) + "\n", encoding="utf-8")
    return corpus


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_compare_drop_duplicates_on_saved_scores_gives_the_numbers_it_gives_on_the_articles(tmp_path, fmt):
    """Score once (copies marked, not dropped), then `compare --scores --drop-duplicates`: every figure
    and every --errors row the same as `compare --drop-duplicates` on the articles."""
    import csv

    corpus = _two_outlets_scraped_twice(tmp_path)
    scores = tmp_path / f"scores.{fmt}"
    assert runner.invoke(app, ["score", str(corpus), "--no-model", "--jobs", "1", "--format", fmt, "--out", str(scores)]).exit_code == 0
    runs = {}
    for road, source in (("articles", [str(corpus), "--no-model", "--jobs", "1"]), ("saved", ["--scores", str(scores)])):
        result = runner.invoke(app, ["compare", *source, "--drop-duplicates", "--out", str(tmp_path / f"{road}.csv"),
                                     "--errors", str(tmp_path / f"{road}.errors.csv")])
        assert result.exit_code == 0, result.output
        runs[road] = [(tmp_path / f"{road}{suffix}").read_text(encoding="utf-8") for suffix in (".csv", ".tests.csv", ".errors.csv")], result
    assert runs["saved"][0] == runs["articles"][0]
    profile = {(r["score"], r["outlet"]): r for r in csv.DictReader((tmp_path / "saved.csv").open(encoding="utf-8"))}
    assert (profile[("attributions", "north")]["n"], profile[("attributions", "south")]["n"]) == ("7", "7")  # 9 and 10 rows, 2 and 3 copies
    north, south = corpus / "north.jsonl", corpus / "south.jsonl"
    assert list(csv.reader((tmp_path / "saved.errors.csv").open(encoding="utf-8")))[1:] == [
        [str(north), "8", "north:north-again1", "north-again1", f"dropped (--drop-duplicates): exact duplicate: the same text as {north}, line 2"],
        [str(north), "9", "north:north-again4", "north-again4", f"dropped (--drop-duplicates): exact duplicate: the same text as {north}, line 5"],
        [str(south), "8", "south:south-again1", "south-again1", f"dropped (--drop-duplicates): exact duplicate: the same text as {south}, line 2"],
        [str(south), "9", "south:south-again4", "south-again4", f"dropped (--drop-duplicates): exact duplicate: the same text as {south}, line 5"],
        [str(south), "10", "south:south-copy", "south-copy", f"dropped (--drop-duplicates): exact duplicate: the same text as {north}, line 1"]]
    said = " ".join(runs["saved"][1].stderr.split())
    assert (f"dropped 5 articles repeating an earlier article's text exactly (--drop-duplicates), left out of every figure (each a row in "
            f"{tmp_path / 'saved.errors.csv'}); the first: {north}, line 8 (north:north-again1) had the same text as {north}, line 2") in said
    assert "unreadable" not in said


def test_report_drop_duplicates_on_saved_scores_leaves_each_copy_out_and_lists_it(tmp_path):
    import csv

    corpus = _scraped_twice(tmp_path)
    scores, errors, out = tmp_path / "s.jsonl", tmp_path / "errors.csv", tmp_path / "r.html"
    assert runner.invoke(app, ["score", str(corpus), "--no-model", "--jobs", "1", "--out", str(scores)]).exit_code == 0
    result = runner.invoke(app, ["report", "--scores", str(scores), "--drop-duplicates", "--out", str(out), "--errors", str(errors)])
    assert result.exit_code == 0, result.output
    a = corpus / "a"
    assert list(csv.reader(errors.open(encoding="utf-8")))[1:] == [
        [str(a / "rows.jsonl"), "3", "rows:y", "y", f"dropped (--drop-duplicates): exact duplicate: the same text as {a / 'rows.jsonl'}, line 1"],
        [str(corpus / "b" / "story.txt"), "", "story~2", "", f"dropped (--drop-duplicates): exact duplicate: the same text as {a / 'story.txt'}"]]
    assert "report: " + str(out) + " (3 articles" in " ".join(result.stdout.split())
    page = out.read_text(encoding="utf-8")  # listed apart in the page, as when the files are read
    assert f"{a / 'rows.jsonl'}, line 3: the same text as {a / 'rows.jsonl'}, line 1" in page and "could not be read" not in page
    assert "2 articles left out as exact copies of earlier ones (--drop-duplicates)" in page
    assert (f"dropped 2 articles repeating an earlier article's text exactly (--drop-duplicates), left out of every figure (each a row "
            f"in {errors}); the first: {a / 'rows.jsonl'}, line 3 (rows:y) had the same text as {a / 'rows.jsonl'}, line 1") in " ".join(result.stderr.split())


@pytest.mark.parametrize("command", ["report", "compare"])
def test_drop_duplicates_with_saved_scores_too_old_to_mark_copies_says_to_score_again(tmp_path, command):
    corpus = _scraped_twice(tmp_path)
    scores = tmp_path / "s.jsonl"
    assert runner.invoke(app, ["score", str(corpus), "--no-model", "--jobs", "1", "--out", str(scores)]).exit_code == 0
    old = [{k: v for k, v in json.loads(line).items() if k not in ("author_words", "quoted_words")}  # as written before the check
           for line in scores.read_text(encoding="utf-8").splitlines()]
    scores.write_text("".join(json.dumps(r) + "\n" for r in old), encoding="utf-8")
    result = runner.invoke(app, [command, "--scores", str(scores), "--drop-duplicates", "--out", str(tmp_path / ("r.html" if command == "report" else "c.csv"))])
    assert result.exit_code == 1
    assert " ".join(result.stderr.split()) == (
        "error: --drop-duplicates: these saved scores come from an older `framing score`, which may not have marked repeated texts "
        "(their records have no author_words); score the articles again (`framing score ... --drop-duplicates` leaves the copies "
        "out there), or give the articles' files")

"""`framing report` the way a user calls it (more of its tests: tests/test_report*.py)."""

from __future__ import annotations

import csv
import re

import pytest
from typer.testing import CliRunner

from framing.cli import app

runner = CliRunner()


@pytest.mark.parametrize("out, example", [
    ("summit.txt", "summit.html"),  # the page was written into a .txt that opened as its source
    ("reports", "reports/report.html"),  # a folder: "Is a directory" once the whole corpus was analysed
])
def test_an_out_not_ending_in_html_is_refused_before_any_analysis(seeds_dir, tmp_path, monkeypatch, out, example):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "reports").mkdir()
    result = runner.invoke(app, ["report", str(seeds_dir), "--no-model", "--out", out])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"error: {out}: --out must end in .html (e.g. --out {example}): a browser opens the report by that name"
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["reports"]


def test_an_out_ending_in_upper_case_html_is_written(seeds_dir, tmp_path):
    out = tmp_path / "Summit.HTML"
    result = runner.invoke(app, ["report", str(seeds_dir), "--no-model", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert f"report: {out} (2 articles" in result.stdout


def test_saved_scores_reported_from_another_folder_find_their_texts_beside_the_scores_file(seeds_dir, tmp_path, monkeypatch):
    # `framing score seeds/ --out scores.jsonl` saves paths relative to where it ran; reported on from
    # elsewhere, every text was "could not be read again", and the report had scores and no texts
    import shutil

    project = tmp_path / "project"
    shutil.copytree(seeds_dir, project / "seeds")
    monkeypatch.chdir(project)
    scored = runner.invoke(app, ["score", "seeds", "--no-model", "--out", "scores.jsonl"])
    assert scored.exit_code == 0, scored.output
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    result = runner.invoke(app, ["report", "--scores", str(project / "scores.jsonl"), "--out", "r.html"])
    assert result.exit_code == 0, result.output
    assert "could not be read again" not in result.stderr
    assert "report: r.html (2 articles" in result.stdout


def test_saved_scores_whose_files_are_gone_still_say_so(seeds_dir, tmp_path, monkeypatch):
    import shutil

    shutil.copytree(seeds_dir, tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    assert runner.invoke(app, ["score", "seeds", "--no-model", "--out", "scores.jsonl"]).exit_code == 0
    shutil.rmtree(tmp_path / "seeds")
    result = runner.invoke(app, ["report", "--scores", "scores.jsonl", "--out", "r.html"])
    assert result.exit_code == 0, result.output
    assert "note 2 article text(s) could not be read again from their files" in " ".join(result.stderr.split())


def test_every_pair_given_is_in_the_report_in_order(tmp_path):
    # typer cannot take a repeated two-value option: a second --pair silently replaced the first
    for i in range(2):
        (tmp_path / f"left{i}.txt").write_text(f"Left {i}\n\nThe minister slammed the plan.\n", encoding="utf-8")
        (tmp_path / f"right{i}.txt").write_text(f"Right {i}\n\nThe minister said the plan may work.\n", encoding="utf-8")
    out = tmp_path / "r.html"
    result = runner.invoke(app, ["report", str(tmp_path), "--no-model", "--out", str(out),
                                 "--pair", "left1", "right1", "--pair", "left0", "right0"])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert page.index('"label":"left1 | right1"') < page.index('"label":"left0 | right0"')


@pytest.mark.parametrize("args, expected", [
    (["--pair", "a", "b"], [("a", "b")]),
    (["x/", "--pair", "a", "b", "--out", "r.html", "--pair", "c", "d"], [("a", "b"), ("c", "d")]),
    (["--pair", "a"], []),  # short of two values: click refuses it
    (["--", "--pair", "a", "b"], []),  # after `--` everything is a path
])
def test_pairs_given(args, expected):
    from framing.cli.report import pairs_given

    assert pairs_given(args) == expected


def test_a_class_folder_one_article_an_outlet_gets_no_table_of_empty_intervals(tmp_path):
    folder = tmp_path / "harbour"
    folder.mkdir()
    for name in ("clarion", "wire", "voice"):
        (folder / f"{name}.txt").write_text(f"Harbour plan approved\n\nThe council approved the {name} plan, officials said.\n", encoding="utf-8")
    out = tmp_path / "harbour.html"
    result = runner.invoke(app, ["report", str(folder), "--out", str(out), "--no-model"])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert 'data-table="profile"' not in page and "<p class=\"empty\">No 95% intervals: an outlet needs at least 5 articles" in page
    assert '<table class="data" data-table="means">' in page


def test_the_stance_chart_of_a_framing_report_names_each_stance_with_its_commonest_cue(tmp_path):
    import json
    import re

    folder = tmp_path / "vote"
    folder.mkdir()
    (folder / "a.txt").write_text("Vote\n\nThe senator claimed the plan failed. Aides said it passed. Officials said so.\n", encoding="utf-8")
    (folder / "b.txt").write_text("Vote\n\nThe senator said the plan failed. She stressed that the vote mattered.\n", encoding="utf-8")
    out = tmp_path / "vote.html"
    result = runner.invoke(app, ["report", str(folder), "--out", str(out), "--no-model"])
    assert result.exit_code == 0, result.output
    fig = json.loads(re.search(r'data-target="fig-stance">(.*?)</script>', out.read_text(encoding="utf-8")).group(1))
    assert {t["name"] for t in fig["data"]} == {'neutral ("said")', 'lowering ("claimed")', 'raising ("stressed")'}


def test_the_terminal_summary_names_the_verb_share_non_neutral_as_the_report_does(seeds_dir, tmp_path):
    """'loaded verbs' called a 'confirmed' or an 'explained' (raising, not loaded) loaded."""
    result = runner.invoke(app, ["report", str(seeds_dir), "--no-model", "--out", str(tmp_path / "r.html")])
    assert result.exit_code == 0, result.output
    labels = [" ".join(line.split()[:-2]) for line in result.stdout.split("\u2500")[-1].splitlines()[1:7]]
    assert labels == ["loaded own /1k", "loaded quoted /1k", "hedges /1k", "boosters /1k", "quoted words %", "non-neutral verbs %"]
    assert "loaded verbs" not in result.stdout
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "Share of reported speech with a non-neutral verb" in html and "with a loaded verb" not in html


def _csv_with_empty_rows(path, bad: int, good: int = 6):
    """A corpus CSV: `good` articles of two outlets, then `bad` rows with no text."""
    with open(path, "w", newline="", encoding="utf-8") as f:
        rows = csv.writer(f)
        rows.writerow(["id", "outlet", "text"])
        for i in range(good):
            rows.writerow([f"good{i}", ("Daily", "Herald")[i % 2], f"The minister said plan {i} was a disgrace. Critics claimed it might fail."])
        for i in range(bad):
            rows.writerow([f"bad{i}", "Daily", ""])


EMPTY_ROW = 'empty "text": nothing to analyse; fill in the article body or remove the row'


def _run_with_bad_rows(tmp_path, command: str, bad: int, *extra: str):
    """`framing report` or `compare` on a CSV of six good rows and `bad` empty ones."""
    _csv_with_empty_rows(tmp_path / "news.csv", bad=bad)
    out = ["--out", str(tmp_path / "r.html")] if command == "report" else []
    result = runner.invoke(app, [command, str(tmp_path / "news.csv"), "--no-model", *out, *extra])
    assert result.exit_code == 0, result.output
    return result


@pytest.mark.parametrize("command", ["report", "compare"])
def test_thousands_of_unreadable_rows_show_ten_lines_and_a_count(tmp_path, command):
    # every one had been printed, uncounted: 2,000 empty rows, 2,000 lines before the table
    result = _run_with_bad_rows(tmp_path, command, 2000)
    shown = [line for line in result.stderr.splitlines() if line.startswith("error ")]
    assert shown == [f"error {tmp_path / 'news.csv'}:{n}: {EMPTY_ROW}" for n in range(8, 18)]  # header, six good rows, then the bad
    assert ("2,000 unreadable inputs, only the first 10 shown above; to keep every one in a file, pass --errors errors.csv"
            in " ".join(result.stderr.split()))


@pytest.mark.parametrize("command", ["report", "compare"])
def test_the_errors_file_keeps_every_unreadable_row(tmp_path, command):
    errors = tmp_path / "logs" / "errors.csv"  # its folder is created
    result = _run_with_bad_rows(tmp_path, command, 25, "--errors", str(errors))
    rows = list(csv.DictReader(errors.open(encoding="utf-8")))
    assert [(r["line"], r["id"], r["source_id"], r["error"]) for r in rows] == [(str(n + 8), f"news:bad{n}", f"bad{n}", EMPTY_ROW) for n in range(25)]
    assert len([line for line in result.stderr.splitlines() if line.startswith("error ")]) == 10
    assert f"25 unreadable inputs written to {errors}; 15 more not shown above" in " ".join(result.stderr.split())


@pytest.mark.parametrize("command", ["report", "compare"])
def test_a_few_unreadable_rows_are_all_shown_with_no_count_line(tmp_path, command):
    result = _run_with_bad_rows(tmp_path, command, 3)
    assert len([line for line in result.stderr.splitlines() if line.startswith("error ")]) == 3
    assert "unreadable input" not in result.stderr


@pytest.mark.parametrize(("command", "errors_arg", "message"), [
    ("report", "r.html", "--errors {tmp}/r.html is also the output; give the errors a file of their own (e.g. --errors errors.csv)"),
    ("compare", "c.tests.csv", "--errors {tmp}/c.tests.csv is also the output; give the errors a file of their own (e.g. --errors errors.csv)"),
    ("compare", ".", "--errors {tmp} is a folder; name a file in it (--errors {tmp}/errors.csv)"),
])
def test_an_errors_file_that_cannot_be_used_is_refused_before_any_analysis(tmp_path, command, errors_arg, message):
    _csv_with_empty_rows(tmp_path / "news.csv", bad=1)
    out = ["--out", str(tmp_path / ("r.html" if command == "report" else "c.csv"))]
    result = runner.invoke(app, [command, str(tmp_path / "news.csv"), "--no-model", *out, "--errors", str(tmp_path / errors_arg)])
    assert result.exit_code == 1
    assert f"error: {message.format(tmp=tmp_path)}" in " ".join(result.stderr.split())
    assert not (tmp_path / "r.html").exists() and not (tmp_path / "c.csv").exists()


@pytest.mark.parametrize(("count", "path", "line"), [
    (0, None, None),
    (10, None, None),  # all ten are shown above: nothing more to say
    (11, None, "11 unreadable inputs, only the first 10 shown above; to keep every one in a file, pass --errors errors.csv"),
    (1, "e.csv", "1 unreadable input written to e.csv"),
    (12_345, "e.csv", "12,345 unreadable inputs written to e.csv; 12,335 more not shown above"),
    (0, "e.csv", None),
])
def test_the_closing_line_on_unreadable_inputs(count, path, line):
    from pathlib import Path

    from rich.console import Console

    from framing.cli.input_errors import InputErrors

    errors = InputErrors(Console(stderr=True), Path(path) if path else None)
    errors.count = count
    assert errors.line() == line


# The terminal summary with a lexicon of the user's own (my-lexicons/euphemism.tsv): one column a
# lexicon, its findings per 1,000 words, after the packaged scores; none without one.

LEXICON_HEADER = "term\tcategory\tweight\tnote\tsource\n"
EUPHEMISMS = "let go\tjobs\t1\tfired\tme\ndownsize\tjobs\t2\tlayoffs\tme\n"


@pytest.mark.parametrize(("scores", "columns"), [
    (["loaded_author_per_1k", "hedge_per_1k", "quotes"], ["loaded_author_per_1k", "hedge_per_1k"]),
    (["loaded_author_per_1k", "euphemism_author_per_1k", "euphemism_quoted_per_1k", "euphemism_per_1k", "spin_per_1k"],
     ["loaded_author_per_1k", "euphemism_per_1k", "spin_per_1k"]),
    (["quote_share", "euphemism_author_per_1k"], ["quote_share"]),  # no all-voice score of it: no column
])
def test_the_summary_columns_are_the_packaged_ones_then_one_a_new_lexicon(scores, columns):
    from framing.cli.report import summary_columns

    heads = summary_columns(scores)
    assert list(heads) == columns
    assert heads.get("euphemism_per_1k", "euphemism /1k") == "euphemism /1k"


def test_the_summary_table_shows_a_new_lexicons_score_and_the_outlet_names_on_80_columns():
    import io

    from rich.console import Console

    from framing.cli.report import _summary_table
    from framing.compare import compare_outlets

    recs = [{"outlet": o, "words": 200, "scores": {"loaded_author_per_1k": 12.5, "hedge_per_1k": 9.57, "quote_share": 0.291,
             "booster_per_1k": 1.85, "loaded_quoted_per_1k": 17.5, "nonneutral_verb_share": 0.384, "euphemism_per_1k": value}}
            for o, value in (("breitbart", 71.4), ("huff-post", 0.0)) for _ in range(3)]
    console = Console(width=80, file=io.StringIO())
    console.print(_summary_table(compare_outlets(recs)))
    lines = console.file.getvalue().splitlines()
    assert max(len(l) for l in lines) <= 80
    assert [l.split() for l in lines[2:5]] == [["breitbart", "huff-post"], ["n=3", "n=3"], ["600", "words", "600", "words"]]
    assert lines[0].strip() == "Mean per article (no 95% intervals)"  # 3 articles an outlet: none, said once
    assert [l.split() for l in lines[10:13]] == [["quoted", "words", "%", "29.1", "29.1"],  # a share in percent, as the page's table of means
                                                ["non-neutral", "verbs", "%", "38.4", "38.4"],
                                                ["euphemism", "/1k", "71.4", "0"]]  # the last score, the user's lexicon


@pytest.mark.parametrize("lexicon", [True, False])
def test_report_prints_a_new_lexicons_score_in_its_summary_only_when_given(tmp_path, lexicon):
    mine, news = tmp_path / "my-lexicons", tmp_path / "news"
    mine.mkdir()
    news.mkdir()
    (mine / "euphemism.tsv").write_text(LEXICON_HEADER + EUPHEMISMS, encoding="utf-8")
    (news / "a.txt").write_text("The company downsized its staff, and 40 workers were let go. Critics called it a disgrace.", encoding="utf-8")
    (news / "b.txt").write_text("The company fired 40 workers. Officials said the plan was fine.", encoding="utf-8")
    result = runner.invoke(app, ["report", str(news), "--no-model", "--out", str(tmp_path / "r.html"),
                                 *(["--lexicon", str(mine)] if lexicon else [])])
    assert result.exit_code == 0, result.output
    rows = {" ".join(l.split()[:-2]): l.split()[-2:] for l in result.stdout.split("\u2500")[-1].splitlines()[1:] if "/1k" in l or "%" in l}
    if lexicon:  # a: 2 findings ("downsized", "let go") in 16 words, 125 per 1,000; b: none
        assert list(rows)[-1] == "euphemism /1k" and rows["euphemism /1k"] == ["125", "0"]
    else:
        assert list(rows)[-1] == "non-neutral verbs %" and "euphemism" not in result.stdout


def test_report_drop_duplicates_lists_each_copy_left_out_in_the_page(tmp_path, monkeypatch):
    from report_copies import copies_corpus, dropped_copies_listed

    monkeypatch.chdir(tmp_path)
    copies_corpus(tmp_path)
    result = runner.invoke(app, ["report", "a", "b", "c", "--drop-duplicates", "--no-model", "--out", "r.html"])
    assert result.exit_code == 0, result.output
    summary, rows = dropped_copies_listed((tmp_path / "r.html").read_text(encoding="utf-8"))
    assert summary == "2 articles left out as exact copies of earlier ones (--drop-duplicates)"
    assert rows == ["b/story.txt: the same text as a/story.txt", "c/story.txt: the same text as a/story.txt"]
    assert "report: r.html (2 articles" in result.stdout


def test_report_drop_duplicates_names_a_table_rows_copy_by_its_line(tmp_path, monkeypatch):
    from report_copies import dropped_copies_listed

    monkeypatch.chdir(tmp_path)
    (tmp_path / "news.csv").write_text('id,outlet,title,text\nd1,Fox,One,"The senator said the plan was a disaster, officials said."\n'
                                       'd2,CNN,Two,"The plan passed on Tuesday, the clerk said."\n'
                                       'd3,CNN,Three,"The senator said the plan was a disaster, officials said."\n', encoding="utf-8")
    result = runner.invoke(app, ["report", "news.csv", "--drop-duplicates", "--no-model", "--out", "r.html"])
    assert result.exit_code == 0, result.output
    assert dropped_copies_listed((tmp_path / "r.html").read_text(encoding="utf-8")) == (
        "1 article left out as an exact copy of an earlier one (--drop-duplicates)", ["news.csv, line 4: the same text as news.csv, line 2"])


@pytest.mark.parametrize(("outlet", "id"), [("Post [bold]", "p"), ("Mail:100:", "m")])
def test_report_prints_outlet_names_and_ids_as_they_are(tmp_path, monkeypatch, outlet, id):
    """As `framing compare` does: rich read an outlet "Post [bold]" as markup (a bold "Post") and
    "Mail:100:" as an emoji code ("Mail💯") in the summary table and its notes, and a warning naming
    the row "news:100" as "news💯"."""
    import json

    monkeypatch.setenv("COLUMNS", "200")
    news = tmp_path / "news.jsonl"
    news.write_text("".join(json.dumps({"id": f"{id}{i}" if i != 6 else "100", "outlet": name, "date": "whenever" if i == 6 else "2024-01-02",
                                        "text": f"The minister said plan {i} was a {'grave ' * i}disgrace."}) + "\n"
                            for name in (outlet, "Courier") for i in range(1, 7)), encoding="utf-8")
    result = runner.invoke(app, ["report", str(news), "--no-model", "--jobs", "1", "--out", str(tmp_path / "r.html")])
    assert result.exit_code == 0, result.output
    assert any(line.split()[:len(outlet.split())] == outlet.split() for line in result.stdout.splitlines()), result.stdout  # the table's row
    assert f"{outlet} (6), Courier (6): fewer than" in " ".join(result.stdout.split())
    assert "news:100" in result.stderr
    assert "💯" not in result.stdout + result.stderr


@pytest.mark.parametrize("mean, low, high, shown", [
    (50.2, 49.04, 51.3, ("50.2", "[49.0, 51.3]")),  # `_fmt` on each number: "[49, 51.3]"
    (30.2, 18.0, 42.6, ("30.2", "[18.0, 42.6]")),
    (7.0, 5.8, 8.2, ("7.00", "[5.80, 8.20]")),  # "7 [5.8, 8.2]"
    (14.0, None, None, ("14.0", "")),  # too few articles for an interval
    (None, None, None, ("–", "")),
])
def test_mean_and_interval(mean, low, high, shown):
    from framing.cli.report import mean_and_interval

    assert mean_and_interval(mean, low, high) == shown


def test_the_terminals_profile_writes_an_interval_to_its_means_decimals_as_the_report_does(tmp_path, monkeypatch):
    """`framing compare` prints the profile with `framing.cli.report`'s numbers: Daily's 30.2 had
    come out "30.2 [18, 42.6]", the report's table "30.2 | 18 | 42.6"; now both 18.0."""
    import json

    monkeypatch.setenv("COLUMNS", "200")
    scores = tmp_path / "scores.jsonl"
    scores.write_text("".join(json.dumps({"id": f"{o}{i}", "outlet": o, "words": 400, "scores": {"hedge_per_1k": v}}) + "\n"
                              for o, vs in (("Daily", [10.0, 20.0, 30.0, 40.0, 51.0]), ("Herald", [5.0, 6.0, 7.0, 8.0, 9.0]))
                              for i, v in enumerate(vs)), encoding="utf-8")
    result = runner.invoke(app, ["compare", "--scores", str(scores)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    at = next(i for i, line in enumerate(lines) if line.split()[:1] == ["hedge_per_1k"])
    assert lines[at].split() + lines[at + 1].split() == ["hedge_per_1k", "30.2", "7.00", "[18.0,", "42.6]", "[5.80,", "8.20]"]  # mean over interval
    out = tmp_path / "r.html"
    assert runner.invoke(app, ["report", "--scores", str(scores), "--out", str(out)]).exit_code == 0
    assert "<td>Daily</td><td>5</td><td>30.2</td><td>30.0</td><td>18.0</td><td>42.6</td>" in out.read_text(encoding="utf-8")


# The terminal summary: each outlet's mean with its 95% interval under it, in the page's digits, and
# its articles; it had printed the means alone ("50" for the page's "50.0 [48.8, 51.2]").

DAILY = [10.0, 20.0, 30.0, 40.0, 51.0]  # mean 30.2, bootstrap interval [18.0, 42.6] (seed 12345)
HERALD = [5.0, 6.0, 7.0, 8.0, 9.0]  # 7.00 [5.80, 8.20]


def _summary_records(outlets: dict[str, list[float]]) -> list[dict]:
    return [{"id": f"{o}{i}", "outlet": o, "words": 400, "scores": {"hedge_per_1k": v, "quote_share": v / 100}}
            for o, values in outlets.items() for i, v in enumerate(values)]


@pytest.mark.parametrize("n, mean, low, high, share, shown", [
    (5, 30.2, 18.0, 42.6, False, ("30.2", "[18.0, 42.6]")),
    (5, 50.0, 48.8, 51.2, False, ("50.0", "[48.8, 51.2]")),  # "50" before, and no interval
    (5, 7.0, 5.8, 8.2, False, ("7.00", "[5.80, 8.20]")),
    (5, 0.291, 0.25, 0.3, True, ("29.1", "[25.0, 30.0]")),  # a share in percent, as the page's table of means and chart
    (1, 14.0, None, None, False, ("14.0", "one article")),
    (3, 14.0, None, None, False, ("14.0", "too few")),  # under compare's 5 articles with a value
    (0, None, None, None, False, ("–", "")),
])
def test_summary_cell(n, mean, low, high, share, shown):
    from framing.cli.report import summary_cell
    from framing.compare import ProfileRow

    assert summary_cell(ProfileRow("s", "Daily", n, mean, mean, low, high), share) == shown


@pytest.mark.parametrize("score, n, mean, shown", [
    ("quotes", 1, 18.0, ("18", "one article")),  # one article's count, as the page writes it ("18.0" before)
    ("attributions", 1, 26.0, ("26", "one article")),
    ("quotes", 3, 12.5, ("12.5", "too few")),  # a mean of counts keeps its digits
    ("quotes", 3, 12.0, ("12.0", "too few")),
    ("hedge_per_1k", 1, 14.0, ("14.0", "one article")),  # a rate is no count
])
def test_summary_cell_of_a_count(score, n, mean, shown):
    from framing.cli.report import summary_cell
    from framing.compare import ProfileRow

    assert summary_cell(ProfileRow(score, "Fox News", n, mean, mean, None, None)) == shown


def _printed(table, width: int) -> list[str]:
    import io

    from rich.console import Console

    console = Console(width=width, file=io.StringIO())
    console.print(table)
    return console.file.getvalue().splitlines()


def test_the_summary_gives_each_outlets_interval_under_its_mean_and_its_articles():
    from framing.cli.report import _summary_table
    from framing.compare import compare_outlets

    lines = _printed(_summary_table(compare_outlets(_summary_records({"Daily": DAILY, "Herald": HERALD, "Gazette": [50.0]}))), 80)
    assert max(map(len, lines)) <= 80
    assert lines[0].strip() == "Mean per article [95% interval]"
    assert [line.split() for line in lines[2:5]] == [["Daily", "Herald", "Gazette"], ["n=5", "n=5", "1", "article"],
                                                     ["2,000", "words", "2,000", "words", "400", "words"]]
    assert [line.split() for line in lines[6:10]] == [
        ["hedges", "/1k", "30.2", "7.00", "50.0"], ["[18.0,", "42.6]", "[5.80,", "8.20]", "one", "article"],
        ["quoted", "words", "%", "30.2", "7.00", "50.0"], ["[18.0,", "42.6]", "[5.80,", "8.20]", "one", "article"]]


def test_the_summary_of_more_outlets_than_fit_side_by_side_gives_a_row_an_outlet_on_80_columns():
    from framing.cli.report import _summary_table
    from framing.compare import compare_outlets

    outlets = {f"outlet-{k}": [v + k for v in DAILY] for k in range(6)} | {"The Washington Post": HERALD, "Gazette": [50.0]}
    lines = _printed(_summary_table(compare_outlets(_summary_records(outlets))), 80)
    assert max(map(len, lines)) <= 80
    assert lines[2].split() == ["score", "outlet", "n", "words", "mean", "95%", "interval"]
    rows = [line.split() for line in lines[4:12]]
    assert rows[0] == ["hedges", "/1k", "outlet-0", "5", "2,000", "30.2", "[18.0,", "42.6]"]
    assert rows[1] == ["outlet-1", "5", "2,000", "31.2", "[19.0,", "43.6]"]
    assert rows[6:] == [["The", "Washington", "Post", "5", "2,000", "7.00", "[5.80,", "8.20]"], ["Gazette", "1", "400", "50.0", "one", "article"]]


def _summary_lines(stdout: str) -> list[str]:
    """The summary table's lines, to its caption's end (the file's address after it is one long line)."""
    lines = stdout.splitlines()
    return lines[:next(i for i, line in enumerate(lines) if "every score and its tests" in line) + 1]


def test_framing_report_prints_each_outlets_mean_with_its_interval_and_articles_on_80_columns(tmp_path, monkeypatch):
    import json

    monkeypatch.setenv("COLUMNS", "80")
    scores = tmp_path / "scores.jsonl"
    scores.write_text("".join(json.dumps(r) + "\n" for r in _summary_records({"Daily": DAILY, "Herald": HERALD})), encoding="utf-8")
    result = runner.invoke(app, ["report", "--scores", str(scores), "--out", str(tmp_path / "r.html")])
    assert result.exit_code == 0, result.output
    lines = _summary_lines(result.stdout)
    assert max(map(len, lines)) <= 80
    at = lines.index(next(line for line in lines if line.split()[:2] == ["hedges", "/1k"]))
    assert lines[at - 4].split() == ["Daily", "Herald"] and lines[at - 3].split() == ["n=5", "n=5"]
    assert lines[at - 2].split() == ["2,000", "words", "2,000", "words"]  # each outlet's words, under its articles
    assert lines[at].split() == ["hedges", "/1k", "30.2", "7.00"] and lines[at + 1].split() == ["[18.0,", "42.6]", "[5.80,", "8.20]"]
    # the page's profile table: the same numbers
    assert "<td>Daily</td><td>5</td><td>30.2</td><td>30.0</td><td>18.0</td><td>42.6</td>" in (tmp_path / "r.html").read_text(encoding="utf-8")


def test_framing_report_of_a_class_says_once_why_its_summary_has_no_intervals(seeds_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    result = runner.invoke(app, ["report", str(seeds_dir), "--no-model", "--out", str(tmp_path / "r.html")])
    assert result.exit_code == 0, result.output
    lines = _summary_lines(result.stdout)
    assert max(map(len, lines)) <= 80
    assert lines[0].strip() == "Mean per article (no 95% intervals)"
    assert lines[3].split() == ["1", "article", "1", "article"]  # under each outlet's name
    assert re.fullmatch(r"(\d[\d,]* words ?){2}", " ".join(lines[4].split()))  # and its words, under its articles
    assert "An interval needs 5 articles an outlet." in result.stdout and "one article" not in result.stdout.split("An interval")[0]


# Each outlet's words in all, back in the summary (its "words" column had gone when the intervals came):
# under each outlet's articles, or a column where a row is a score and outlet.

@pytest.mark.parametrize("words, shown", [(591, "591 words"), (1, "1 word"), (0, "0 words"), (1_234_567, "1,234,567 words")])
def test_words_line(words, shown):
    from framing.cli.report import words_line
    from framing.comparison_results import OutletSummary

    assert words_line(OutletSummary("Fox News", articles=1, words=words, first_date=None, last_date=None)) == shown


def test_the_summary_of_many_outlets_with_millions_of_words_keeps_80_columns():
    from framing.cli.report import _summary_table
    from framing.compare import compare_outlets

    records = [{**r, "words": 250_000} for r in _summary_records({f"outlet-{k}": DAILY for k in range(6)} | {"The Washington Post": HERALD})]
    lines = _printed(_summary_table(compare_outlets(records)), 80)
    assert max(map(len, lines)) <= 80
    assert lines[4].split() == ["hedges", "/1k", "outlet-0", "5", "1,250,000", "30.2", "[18.0,", "42.6]"]


def test_framing_report_of_a_class_folder_prints_each_outlets_words_under_its_name(tmp_path, monkeypatch):
    # three articles and a manifest, as a teacher drops them (BASIL 65cb14cb's shape: three outlets, one article each)
    monkeypatch.setenv("COLUMNS", "80")
    folder = tmp_path / "santorum"
    folder.mkdir()
    texts = {"fox.txt": "Santorum defends remark\n\nRick Santorum said on Sunday he was talking about energy policy.\n",
             "hpo.txt": "Santorum doubles down\n\nRick Santorum doubled down on his remarks in an interview on Sunday morning.\n",
             "nyt.txt": "Santorum Defends Comments\n\nRick Santorum tried to clarify his comment.\n"}
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "manifest.csv").write_text("path,outlet\nfox.txt,Fox News\nhpo.txt,HuffPost\nnyt.txt,New York Times\n", encoding="utf-8")
    result = runner.invoke(app, ["report", str(folder), "--no-model", "--out", str(tmp_path / "r.html")])
    assert result.exit_code == 0, result.output
    lines = _summary_lines(result.stdout)
    assert max(map(len, lines)) <= 80
    assert lines[2].split() == ["Fox", "News", "HuffPost", "New", "York", "Times"]
    assert lines[3].split() == ["1", "article"] * 3
    assert lines[4].split() == ["14", "words", "16", "words", "10", "words"]  # headline and text, as the page counts them
    # the page's table of outlets counts the same words
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "<td>Fox News</td><td>1</td><td>14</td>" in page

"""Reports and comparisons from saved scores: a corpus analysed once, reported on many times."""

from __future__ import annotations

import json
import shutil

import pytest
from typer.testing import CliRunner

from framing.cli import app
from framing.saved_scores import TextRecovery, records_with_text

runner = CliRunner()
SENTENCE = "In Ukraine, senior officials said this all proved it was posture and pantomime."


@pytest.fixture()
def corpus(tmp_path, seeds_dir):
    folder = tmp_path / "corpus"
    shutil.copytree(seeds_dir, folder)
    return folder


@pytest.fixture(params=["jsonl", "parquet"])
def saved(request, corpus, tmp_path):
    out = tmp_path / ("scores.jsonl" if request.param == "jsonl" else "scores.parquet")
    result = runner.invoke(app, ["score", str(corpus), "--no-model", "--format", request.param, "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_saved_records_get_their_texts_back_from_the_source_files(saved, corpus):
    recovery = TextRecovery()
    records = list(records_with_text(saved, recovery))
    assert [r["id"] for r in records] == ["independent-putin-no-show", "ogmnews-putin-skips-talks"]
    assert recovery.recovered == 2 and recovery.missing == []
    assert SENTENCE in records[0]["text"]
    for r in records:
        for s in r["spans"]:
            assert r["text"][s["start"] : s["end"]] == s["text"]


def test_a_source_file_changed_since_scoring_keeps_its_scores_but_not_its_text(saved, corpus):
    page = corpus / "independent-putin-no-show.txt"
    page.write_text(page.read_text(encoding="utf-8").replace("brutal pantomime", "cruel show"), encoding="utf-8")
    recovery = TextRecovery()
    records = list(records_with_text(saved, recovery))
    assert recovery.missing == ["independent-putin-no-show"]
    assert "text" not in records[0] and records[0]["scores"]["loaded_author_per_1k"] > 0
    assert "text" in records[1]


def test_texts_come_back_for_files_whose_stem_another_file_of_the_run_had(saved, corpus):
    # corpus.csv and corpus.jsonl in one run: the second's ids are `corpus~2:...`; read again
    # alone, that file has the plain stem, and its texts must still be found
    rows = [("r1", "Daily", "The shameful plan, officials said."), ("r2", "Daily", "A farce, critics said.")]
    (corpus / "corpus.csv").write_text("id,outlet,text\n" + "".join(f'{i},{o},"{t}"\n' for i, o, t in rows), encoding="utf-8")
    (corpus / "corpus.jsonl").write_text("".join(json.dumps({"id": i, "outlet": o, "text": t}) + "\n" for i, o, t in rows), encoding="utf-8")
    (corpus / "draft~2.txt").write_text("Headline\n\nA pathetic stunt.\n", encoding="utf-8")  # a stem that has '~2' itself
    fmt = "parquet" if saved.suffix == ".parquet" else "jsonl"
    out = saved.with_name("again." + fmt)
    assert runner.invoke(app, ["score", str(corpus), "--no-model", "--format", fmt, "--out", str(out)]).exit_code == 0
    recovery = TextRecovery()
    records = {r["id"]: r for r in records_with_text(out, recovery)}
    assert {"corpus:r1", "corpus~2:r1", "corpus~2:r2", "draft~2"} <= set(records)
    assert recovery.missing == []
    assert records["corpus~2:r2"]["text"] == "A farce, critics said." and records["draft~2"]["text"].endswith("A pathetic stunt.\n")


def test_report_from_saved_scores_shows_the_article_texts(saved, tmp_path):
    out = tmp_path / "saved.html"
    result = runner.invoke(app, ["report", "--scores", str(saved), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "2 articles" in result.stdout
    assert SENTENCE in out.read_text(encoding="utf-8")


def test_report_from_another_folder_says_why_relative_paths_lost_their_texts(corpus, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # scores saved in out/, not beside the corpus (there, their texts are found)
    assert runner.invoke(app, ["score", "corpus", "--no-model", "--out", "out/scores.jsonl"]).exit_code == 0
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")
    result = runner.invoke(app, ["report", "--scores", "../out/scores.jsonl", "--out", "r.html"])
    assert result.exit_code == 0, result.output
    note = " ".join(result.stderr.split())
    assert "note 2 article text(s) could not be read again from their files" in note
    assert "or their relative paths read from another folder than `framing score` ran in; first: independent-putin-no-show" in note


def test_compare_from_saved_scores_equals_compare_on_the_articles(saved, corpus, tmp_path):
    fresh, reused = tmp_path / "fresh.json", tmp_path / "reused.json"
    assert runner.invoke(app, ["compare", str(corpus), "--no-model", "--out", str(fresh)]).exit_code == 0
    result = runner.invoke(app, ["compare", "--scores", str(saved), "--out", str(reused)])
    assert result.exit_code == 0, result.output
    assert json.loads(reused.read_text())["profile"] == json.loads(fresh.read_text())["profile"]


def test_paths_and_saved_scores_together_is_a_one_line_error(saved, corpus):
    result = runner.invoke(app, ["report", str(corpus), "--scores", str(saved)])
    assert result.exit_code == 2
    assert "either PATHS" in result.output and "not both" in result.output


def test_compare_accepts_a_csv_export_of_the_scores(corpus, tmp_path):
    csv_scores, jsonl_scores = tmp_path / "scores.csv", tmp_path / "scores.jsonl"
    for out in (csv_scores, jsonl_scores):
        assert runner.invoke(app, ["score", str(corpus), "--no-model", "--out", str(out)]).exit_code == 0
    from_csv, from_jsonl = tmp_path / "csv.json", tmp_path / "jsonl.json"
    result = runner.invoke(app, ["compare", "--scores", str(csv_scores), "--out", str(from_csv)])
    assert result.exit_code == 0, result.output
    assert runner.invoke(app, ["compare", "--scores", str(jsonl_scores), "--out", str(from_jsonl)]).exit_code == 0
    assert json.loads(from_csv.read_text())["profile"] == json.loads(from_jsonl.read_text())["profile"]


def test_compare_reads_a_scores_csv_saved_again_by_a_spreadsheet(tmp_path):
    """A scores CSV opened in a European-locale spreadsheet and saved again comes back with a BOM,
    semicolons and decimal commas: compared as the original (was "no column 'id'"); a cell that is
    no number is a one-line error naming file, line and column."""
    rows = [["id", "outlet", "words", "hedge_per_1k", "quote_share"]]
    rows += [[f"a{i}", "Alpha", "500", f"{i}.5", "0.25"] for i in range(6)] + [[f"b{i}", "Beta", "400", f"{i + 10}.5", ""] for i in range(6)]
    (tmp_path / "scores.csv").write_text("\n".join(",".join(r) for r in rows) + "\n", encoding="utf-8")
    (tmp_path / "excel.csv").write_bytes(b"\xef\xbb\xbf" + "\r\n".join(";".join(c.replace(".", ",") for c in r) for r in rows).encode("utf-8") + b"\r\n")
    tables = []
    for name in ("scores.csv", "excel.csv"):
        result = runner.invoke(app, ["compare", "--scores", str(tmp_path / name), "--out", str(tmp_path / f"{name}.json")])
        assert result.exit_code == 0, result.output
        tables.append(json.loads((tmp_path / f"{name}.json").read_text()))
    assert tables[0] == tables[1]
    hedge = {r["outlet"]: r["mean"] for r in tables[1]["profile"] if r["score"] == "hedge_per_1k"}
    assert hedge == {"Alpha": 3.0, "Beta": 13.0}
    assert {(r["outlet"], r["n"]) for r in tables[1]["profile"] if r["score"] == "quote_share"} == {("Alpha", 6), ("Beta", 0)}
    (tmp_path / "bad.csv").write_text("id,outlet,words,hedge_per_1k\na1,Alpha,500,1.5\na2,Alpha,500,n/a\n", encoding="utf-8")
    bad = runner.invoke(app, ["compare", "--scores", str(tmp_path / "bad.csv")])
    assert bad.exit_code == 1
    assert f"{tmp_path / 'bad.csv'}:3: column 'hedge_per_1k' holds 'n/a', not a number; fix that cell or score the articles again" in " ".join(bad.output.split())


def test_report_still_refuses_a_csv_export_because_it_holds_no_findings(corpus, tmp_path):
    csv_scores = tmp_path / "scores.csv"
    assert runner.invoke(app, ["score", str(corpus), "--no-model", "--out", str(csv_scores)]).exit_code == 0
    result = runner.invoke(app, ["report", "--scores", str(csv_scores), "--out", str(tmp_path / "r.html")])
    assert result.exit_code == 1
    assert "holds no spans" in result.output


@pytest.mark.parametrize("command", ["report", "compare"])
def test_missing_saved_scores_is_a_one_line_error_naming_them(command, tmp_path):
    result = runner.invoke(app, [command, "--scores", str(tmp_path / "gone.jsonl")])
    assert result.exit_code == 2
    assert "gone.jsonl: no such scores file or folder" in result.output



@pytest.mark.parametrize("content, missing, advice", [
    ("id,outlet,title,text\n1,A,T,The plan failed.\n", "words",  # the articles themselves, given to --scores by mistake
     "it holds articles: pass it as PATHS (without --scores) to analyse them, or score it once with "
     "`framing score {path} --out scores.csv` and pass that"),
    ("name,value\na,1\n", "id", "pass the CSV that `framing score --out FILE.csv` wrote"),
])
def test_compare_scores_given_a_csv_that_is_not_scores_says_what_to_pass(tmp_path, content, missing, advice):
    path = tmp_path / "corpus.csv"
    path.write_text(content, encoding="utf-8")
    result = runner.invoke(app, ["compare", "--scores", str(path)])
    assert result.exit_code == 1
    assert result.stderr.strip() == (f"error: {path}: not a `framing score --format csv` export (no column {missing!r}); "
                                     + advice.format(path=path))


@pytest.fixture(scope="module")
def scored_outputs(tmp_path_factory):
    """A small table scored into each format, as `framing score --out` writes them."""
    from typer.testing import CliRunner

    from framing.cli import app

    folder = tmp_path_factory.mktemp("written")
    (folder / "news.csv").write_text("id,outlet,text\n" + "".join(
        f'{i},{["Ledger", "Herald"][i % 2]},"Officials said the radical plan was a disaster, critics claimed {i}."\n' for i in range(12)),
        encoding="utf-8")
    for out in ("scores.csv", "scores.jsonl", "scores.parquet"):
        extra = ["--spans", str(folder / "spans.csv")] if out == "scores.csv" else []
        result = CliRunner().invoke(app, ["score", str(folder / "news.csv"), "--no-model", "--jobs", "1", "--out", str(folder / out), *extra])
        assert result.exit_code == 0, result.output
    (folder / "input.jsonl").write_text('{"id": "a", "text": "The plan, he said."}\n', encoding="utf-8")
    (folder / "plain").mkdir()
    return folder


@pytest.mark.parametrize("name, written", [
    ("scores.csv", True), ("scores.jsonl", True), ("scores.parquet", True),
    ("spans.csv", False),  # findings, not scores: --scores could not read it either
    ("news.csv", False), ("input.jsonl", False), ("plain", False), ("missing.csv", False),
])
def test_written_by_score_tells_saved_scores_from_articles(scored_outputs, name, written):
    from framing.saved_scores import written_by_score

    assert written_by_score(scored_outputs / name) is written


@pytest.mark.parametrize("name", ["scores.csv", "scores.jsonl", "scores.parquet"])
def test_compare_reads_saved_scores_given_as_a_path_as_scores(scored_outputs, tmp_path, name):
    """`framing compare scores.csv` had said "this is a CSV written by framing score, not articles;
    leave it out" and "no articles to compare"; it now compares them as --scores would, saying so."""
    given = runner.invoke(app, ["compare", str(scored_outputs / name), "--score", "attributions", "--out", str(tmp_path / "given.csv")])
    assert given.exit_code == 0, given.output
    assert (f"note: {scored_outputs / name} holds the scores framing score wrote: read as --scores {scored_outputs / name} "
            "(not analysed again)") in " ".join(given.stderr.split())
    flagged = runner.invoke(app, ["compare", "--scores", str(scored_outputs / name), "--score", "attributions", "--out", str(tmp_path / "flag.csv")])
    assert flagged.exit_code == 0, flagged.output
    assert (tmp_path / "given.csv").read_text(encoding="utf-8") == (tmp_path / "flag.csv").read_text(encoding="utf-8")
    assert (tmp_path / "given.csv").read_text(encoding="utf-8").splitlines()[1:] == [
        "attributions,Ledger,6,2.0,2.0,2.0,2.0", "attributions,Herald,6,2.0,2.0,2.0,2.0"]  # "said", "claimed" in each article


def test_report_reads_saved_scores_given_as_a_path_as_scores(scored_outputs, tmp_path):
    result = runner.invoke(app, ["report", str(scored_outputs / "scores.jsonl"), "--out", str(tmp_path / "r.html")])
    assert result.exit_code == 0, result.output
    assert "read as --scores" in result.stderr and "report: " + str(tmp_path / "r.html") + " (12 articles" in " ".join(result.stdout.split())
    # a scores CSV holds no findings: the --scores error says so, not "leave it out" and "no articles"
    csv_given = runner.invoke(app, ["report", str(scored_outputs / "scores.csv"), "--out", str(tmp_path / "c.html")])
    assert csv_given.exit_code == 1
    assert "a CSV export holds no spans; save scores as JSONL or Parquet to reuse them" in " ".join(csv_given.stderr.split())

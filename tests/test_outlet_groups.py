"""Which group an article is compared in (`framing/outlet_groups.py`): its outlet, a file name for a
teacher's few unnamed files, or the field `framing compare --by` names."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from framing.cli import app
from framing.outlet_groups import FEW_FILES, GROUP_FIELDS, NO_OUTLET, group_of, named_by_file, outlet_of

runner = CliRunner()


@pytest.mark.parametrize("record, expected", [
    ({"outlet": "BBC"}, "BBC"),
    ({"outlet": ""}, NO_OUTLET),  # an empty CSV cell names no outlet
    ({"outlet": None}, NO_OUTLET),
    ({}, NO_OUTLET),
    ({"outlet": " BBC "}, " BBC "),  # kept as written: look_alike_notes warns about spellings instead
])
def test_outlet_of(record, expected):
    assert outlet_of(record) == expected


# records (id, outlet) -> the outlets after named_by_file, and its note (None: left as they are)
@pytest.mark.parametrize("records, outlets, note", [
    ([("a", None), ("b", None)], ["a", "b"],
     "No article names its outlet, so each is shown under its file name (a, b)."),
    ([("a", "BBC"), ("b", None), ("c", "")], ["BBC", "b", "c"],
     "2 of the 3 articles name no outlet, so each is shown under its file name (b, c)."),
    ([("a", "BBC"), ("b", None)], ["BBC", "b"],
     "1 of the 2 articles name no outlet, so it is shown under its file name (b)."),
    ([("a", "BBC"), ("b", "CNN")], ["BBC", "CNN"], None),  # every outlet named: nothing to do
    ([("a", None)], [None], None),  # one article: nothing to compare it with
    ([(str(i), None) for i in range(FEW_FILES + 1)], [None] * (FEW_FILES + 1), None),  # past a teacher's few files
    ([(str(i), None) for i in range(FEW_FILES)], [str(i) for i in range(FEW_FILES)],
     "No article names its outlet, so each is shown under its file name (0, 1, 2, 3)."),
])
def test_named_by_file(records, outlets, note):
    given = [{"id": i, "outlet": o, "words": 10} for i, o in records]
    named, said = named_by_file(given)
    assert [r["outlet"] for r in named] == outlets
    assert [r["words"] for r in named] == [10] * len(records)  # the rest of each record kept
    if note is None:
        assert said is None
    else:
        assert said == note + (" Name each file's outlet in a manifest.csv beside the files (columns path, outlet, date, "
                               "headline).")
    assert [r["outlet"] for r in given] == [o for _, o in records]  # the input records are not changed


# record, --by FIELD -> the group (None: the article has none and is left out of the groups)
@pytest.mark.parametrize("record, by, expected", [
    ({"outlet": "BBC"}, "outlet", "BBC"),
    ({"outlet": "  BBC  "}, "outlet", "BBC"),  # spaces around a value are no part of it
    ({"outlet": "   "}, "outlet", None),
    ({"date": "2025-05-14"}, "date", "2025-05-14"),
    ({"title": "Talks stall"}, "title", "Talks stall"),
    ({"model": "babe-v1"}, "model", "babe-v1"),
    ({"metadata": {"event": "e7"}}, "event", "e7"),  # an input column kept in metadata
    ({"metadata": {"event": 7}}, "event", "7"),  # a number in a JSONL column groups as its text
    ({"metadata": {"event": ""}}, "event", None),
    ({"metadata": {"author": "A. Writer"}, "outlet": "BBC"}, "author", "A. Writer"),
    ({"metadata": {}}, "event", None),
    ({}, "event", None),
    # year and month of an ISO date, as ingest writes every date it could read
    ({"date": "2025-05-14"}, "year", "2025"),
    ({"date": "2025-05-14"}, "month", "2025-05"),
    ({"date": "2025-05"}, "year", "2025"),
    ({"date": "2025-05"}, "month", "2025-05"),
    ({"date": "2025"}, "year", "2025"),
    ({"date": "2025"}, "month", None),  # known to the year only: no month
    ({"date": "2025-02-30"}, "year", None),  # kept as given by ingest (no such day): no year to trust
    ({"date": "03/04/2025"}, "year", None),  # ambiguous, kept as given
    ({"date": "May 2025"}, "year", None),
    ({"date": None}, "year", None),
    ({}, "month", None),
    ({"date": "2025-05-14", "metadata": {"year": "fiscal 2024"}}, "year", "fiscal 2024"),  # an input column named year wins
    # folder: the folder the file is in, for archives kept one folder per outlet
    ({"path": "news/bbc/a.txt"}, "folder", "bbc"),
    ({"path": "C:\\news\\cnn\\a.txt"}, "folder", "cnn"),  # a Windows path saved in the scores
    ({"path": "a.txt"}, "folder", None),  # no folder
    ({}, "folder", None),
    ({"path": "news/bbc/a.txt", "metadata": {"folder": "Box 3"}}, "folder", "Box 3"),
    ({"path": "news/bbc/a.txt"}, "path", "news/bbc/a.txt"),
    ({"outlet": "BBC"}, "desk", None),  # a field no article has
])
def test_group_of(record, by, expected):
    assert group_of(record, by) == expected


def test_the_article_fields_by_may_name():
    assert GROUP_FIELDS == ("outlet", "date", "title", "path", "model")


def _write(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_cli_compare_by_year_groups_iso_dates_and_shows_the_rest_untested(tmp_path):
    dates = ["2024-01-05", "2024-03", "2024", "2024-07-01", "2024-12-31", "2025-02-01", "2025-02-02", "2025-03",
             "2025-04-04", "2025", "03/04/2025", None]
    rows = [{"id": f"a{i}", "outlet": "BBC", "date": d, "words": 100, "scores": {"quote_share": 0.1 * i}}
            for i, d in enumerate(dates)]
    scores = _write(tmp_path / "scores.jsonl", rows)
    out = tmp_path / "c.json"
    result = runner.invoke(app, ["compare", "--scores", str(scores), "--by", "year", "--score", "quote_share",
                                 "--out", str(out)], env={"COLUMNS": "160"})
    assert result.exit_code == 0, result.output
    saved = json.loads(out.read_text(encoding="utf-8"))
    assert {o["name"]: o["articles"] for o in saved["outlets"]} == {"2024": 5, "2025": 5, "(no year)": 2}
    assert "(no year): 2 articles, shown but left out of the tests" in " ".join(result.output.split())
    assert [(t["outlet_a"], t["outlet_b"]) for t in saved["tests"]] == [("2024", "2025")]


def test_cli_compare_by_folder_groups_files_by_the_folder_they_are_in(tmp_path):
    rows = [{"id": f"{o}{i}", "path": f"archive/{o}/{i}.txt", "words": 100, "scores": {"quote_share": v}}
            for o, base in (("bbc", 0.0), ("cnn", 0.5)) for i, v in enumerate(base + 0.01 * k for k in range(5))]
    scores = _write(tmp_path / "scores.jsonl", rows)
    out = tmp_path / "c.json"
    result = runner.invoke(app, ["compare", "--scores", str(scores), "--by", "folder", "--score", "quote_share",
                                 "--out", str(out)])
    assert result.exit_code == 0, result.output
    saved = json.loads(out.read_text(encoding="utf-8"))
    assert {o["name"]: o["articles"] for o in saved["outlets"]} == {"bbc": 5, "cnn": 5}
    mw = saved["tests"][0]
    assert (mw["test"], mw["statistic"], mw["p"]) == ("Mann-Whitney U", 0.0, pytest.approx(2 / 252, rel=1e-12))  # 2 of the C(10, 5) splits, as computed

"""The report's title when --title is not given: the event the articles share, else their folder
(framing/report_title.py), never the output file's name."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from framing.cli import app
from framing.report_title import SharedSubject


def _title(records):
    subject = SharedSubject()
    for r in records:
        subject.add(r)
    return subject.title()


@pytest.mark.parametrize(("records", "title"), [
    ([{"path": "birthright/fox.txt"}, {"path": "birthright/nyt.txt"}, {"path": "birthright/hpo.txt"}], "Framing report: birthright"),
    ([{"path": "/home/t/lessons/putin_summit/a.txt"}, {"path": "/home/t/lessons/putin_summit/b.html"}], "Framing report: putin summit"),
    ([{"path": "news/2025/a.txt"}, {"path": "news/2024/b.txt"}], "Framing report: news"),  # the folder they share
    ([{"path": "summit.csv"}, {"path": "summit.csv"}], "Framing report: summit"),  # rows of one table: its name
    ([{"path": "corpus.jsonl.gz"}], "Framing report: corpus"),
    ([{"path": "a/x.txt", "metadata": {"event": "Birthright citizenship"}},
      {"path": "b/y.txt", "metadata": {"event": "Birthright citizenship"}}], "Framing report: Birthright citizenship"),
    ([{"path": "d/x.txt", "metadata": {"event": "summit"}}, {"path": "d/y.txt", "metadata": {"event": "talks"}}], "Framing report: d"),  # two events: the folder
    ([{"path": "d/x.txt", "metadata": {"event": "summit"}}, {"path": "d/y.txt"}], "Framing report: d"),  # one article has none
    ([{"path": "basil/x.txt", "metadata": {"event": "12"}}, {"path": "basil/y.txt", "metadata": {"event": "12"}}], "Framing report: basil"),  # a bare number says nothing
    ([{"path": "b.csv", "metadata": {"event": "005a2961-0c2e-4575-8eec-770ba52a08e0"}}] * 3, "Framing report: b"),  # BASIL's triplet id
    ([{"path": "b.csv", "metadata": {"event": "G20 summit"}}] * 2, "Framing report: G20 summit"),  # digits in words are fine
    ([{"path": "b.csv", "metadata": {"event": "cafe"}}] * 2, "Framing report: cafe"),  # hex letters alone are a word
    ([{"path": "/abs/a.txt"}, {"path": "rel/b.txt"}], "Framing report"),  # no folder in common
    ([{"id": "a"}], "Framing report"),  # records with no path
])
def test_the_title_names_what_the_articles_share(records, title):
    assert _title(records) == title


def test_files_in_the_folder_run_in_are_named_by_that_folder(tmp_path, monkeypatch):
    (tmp_path / "election_night").mkdir()
    monkeypatch.chdir(tmp_path / "election_night")
    assert _title([{"path": "fox.txt"}, {"path": "nyt.txt"}]) == "Framing report: election night"


def _page_title(html: str) -> tuple[str, str]:
    return re.search(r"<title>(.*?)</title>", html).group(1), re.search(r"<h1>(.*?)</h1>", html).group(1)


@pytest.mark.parametrize(("extra", "title"), [
    ([], "Framing report: classroom"),  # was "Framing report: rep", after --out
    (["--title", "Coverage of the summit"], "Coverage of the summit"),
])
def test_framing_report_titles_the_page_after_the_folder_not_the_file(seeds_dir, tmp_path, extra, title):
    import shutil

    shutil.copytree(seeds_dir, tmp_path / "classroom")
    out = tmp_path / "reports" / "rep.html"
    result = CliRunner().invoke(app, ["report", str(tmp_path / "classroom"), "--no-model", "--out", str(out), *extra])
    assert result.exit_code == 0, result.output
    assert _page_title(out.read_text(encoding="utf-8")) == (title, title)


def test_a_manifest_event_column_names_the_report(seeds_dir, tmp_path):
    import shutil

    shutil.copytree(seeds_dir, tmp_path / "lesson")
    manifest = tmp_path / "lesson" / "manifest.csv"
    lines = manifest.read_text(encoding="utf-8").splitlines()
    manifest.write_text("\n".join([lines[0] + ",event", *(line + ",Putin's no-show in Istanbul" for line in lines[1:])]) + "\n", encoding="utf-8")
    out = tmp_path / "rep.html"
    result = CliRunner().invoke(app, ["report", str(tmp_path / "lesson"), "--no-model", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert _page_title(out.read_text(encoding="utf-8")) == ("Framing report: Putin&#39;s no-show in Istanbul",) * 2

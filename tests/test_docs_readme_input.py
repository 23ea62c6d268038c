"""The README's "Input" points, as a user meets them: one folder holding a .txt, a gzipped .txt, a
.md, a cp1252 file, a .tsv table (one row with an id, one without) and a manifest with a `file`
column listing only one of the files, scored twice into a CSV inside that folder."""

from __future__ import annotations

import csv
import gzip

from typer.testing import CliRunner

from framing.cli import app


def test_the_readme_input_section_on_one_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    news = tmp_path / "news"
    news.mkdir()
    (news / "wire-dam.txt").write_text("Dam fails\n\nThe dam failed on Monday, officials said.\n", encoding="utf-8")
    (news / "copy.txt.gz").write_bytes(gzip.compress("Dam holds\n\nThe dam held, the mayor said.\n".encode("utf-8")))
    (news / "notes.md").write_text("# Storm coming\n\nA storm is coming, forecasters said.\n", encoding="utf-8")
    (news / "cafe.txt").write_bytes("Caf\xe9 closes\n\nThe caf\xe9 closed, its owner said.\n".encode("cp1252"))
    (news / "corpus.tsv").write_text("id\toutlet\ttext\tevent\nr1\tThe Wire\tOfficials claimed it was a farce.\tflood\n"
                                     "\tThe Wire\tThe council met on Tuesday.\tflood\n", encoding="utf-8")
    (news / "manifest.csv").write_text("file,outlet,date,headline\nwire-dam.txt,The Daily Example,2020-05-01,Dam fails at dawn\n", encoding="utf-8")
    runner = CliRunner()
    for _ in range(2):  # the second run must not read the first run's scores.csv as articles
        result = runner.invoke(app, ["score", "news/", "--no-model", "--out", "news/scores.csv"])
        assert result.exit_code == 0, result.output
    rows = {r["id"]: r for r in csv.DictReader(open(news / "scores.csv", encoding="utf-8", newline=""))}
    assert sorted(rows) == ["cafe", "copy", "corpus:3", "corpus:r1", "notes", "wire-dam"]
    # the manifest names the outlet, date and headline of the file it lists ...
    assert (rows["wire-dam"]["outlet"], rows["wire-dam"]["date"], rows["wire-dam"]["title"]) == ("The Daily Example", "2020-05-01", "Dam fails at dawn")
    # ... and warns about the files it does not list
    assert "not listed in news/manifest.csv" in rows["notes"]["warnings"]
    assert (rows["notes"]["title"], rows["copy"]["title"]) == ("Storm coming", "Dam holds")
    assert "decoded as cp1252" in rows["cafe"]["warnings"] and rows["cafe"]["title"] == "Café closes"
    # a table's other columns are kept as metadata
    assert (rows["corpus:r1"]["outlet"], rows["corpus:r1"]["metadata"]) == ("The Wire", '{"event": "flood"}')

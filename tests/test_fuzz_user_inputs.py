"""Inputs as users hand them over, each through `framing.analyze_corpus` and `framing score --errors`:
a CSV with a BOM and CRLF, a NUL byte in a text cell, JSONL with a trailing comma, a line that is
no object or whose "text" is a number, Markdown front matter, a .txt of white space, a folder
with a link loop, a file with no extension, .htm and .xhtml pages, one id in two CSV files, a path
given twice.  Each row states exactly what is read (id, headline, warnings) and every error (file,
line, message): nothing lost unsaid, every error one line saying what to do."""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

import framing
from framing.cli import app
from framing.models import IngestError

runner = CliRunner()
XHTML = ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
         '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml"><head>'
         '<title>Dam holds | Daily</title></head><body><h1>Dam holds</h1><p>The dam held, the mayor said.</p></body></html>')
NO_EXTENSION = ("no file extension, so not read (framing tells a file's format by it); if it is an article, rename it "
                "{name}{extension}")
NUL_WARNING = '"text" holds 1 NUL byte(s) (\\x00), a sign of a damaged export; read as it is: check the row against its source'

CASES = [
    # (what, files {name: content}, paths given (None: the folder), {id: (headline, warnings)}, [(file, line, message)])
    ("csv with BOM and CRLF", {"a.csv": b'\xef\xbb\xbfid,title,text\r\n1,Dam fails,"The dam failed, officials said."\r\n2,Rain,It rained.\r\n'},
     None, {"a:1": ("Dam fails", []), "a:2": ("Rain", [])}, []),
    ("csv text cell with a NUL byte", {"a.csv": b'id,text\n1,"The dam\x00 failed, officials said."\n2,It rained.\n'},
     None, {"a:1": (None, [NUL_WARNING]), "a:2": (None, [])}, []),
    ("jsonl: trailing comma, a list, text a number, single quotes",
     {"a.jsonl": b'{"id": "1", "text": "The dam failed.",}\n[1, 2]\n{"id": "3", "text": 5}\n{\'id\': \'4\', \'text\': \'x\'}\n'
                 b'{"id": "5", "text": "It rained, she said."}\n'},
     None, {"a:5": (None, [])},
     [("a.jsonl", 1, "invalid JSON at column 39 (Expecting property name enclosed in double quotes); a comma before the closing }, "
                     "which JSON does not allow; remove it"),
      ("a.jsonl", 2, 'a JSON list, not an object; each line must be one object with a "text" field'),
      ("a.jsonl", 3, '"text" is a number, not a string; put the article body in "text" as a string'),
      ("a.jsonl", 4, 'invalid JSON at column 2 (Expecting property name enclosed in double quotes); JSON needs double quotes ("), '
                     "not single ones: a Python dict written with print() or str()? write each line with json.dumps()")]),
    ("markdown front matter", {"a.md": "---\ntitle: Talks fail\ndate: 2025-05-14\noutlet: Daily\nauthor: J. Doe\n---\n\nThe talks failed, he said.\n"},
     None, {"a": ("Talks fail", [])}, []),
    (".txt of white space only", {"blank.txt": " \n\t\r\n  ", "a.txt": "Dam fails\n\nThe dam failed.\n"},
     None, {"a": ("Dam fails", [])}, [("blank.txt", None, "empty file (only white space): nothing to analyse; fill it in or leave it out")]),
    ("file with no extension, in a folder", {"story": "Dam fails\n\nThe dam failed, officials said.\n", "page": "<!doctype html><p>x</p>",
                                             "a.txt": "Rain\n\nIt rained.\n", "logo": b"\x89PNG\r\n\x1a\n\x00\x00"},
     None, {"a": ("Rain", [])},
     [("page", None, NO_EXTENSION.format(name="page", extension=".html")),
      ("story", None, NO_EXTENSION.format(name="story", extension=".txt (the headline on the first line)"))]),
    ("file with no extension, named", {"story": "Dam fails\n\nThe dam failed, officials said.\n"},
     ["story"], {}, [("story", None, NO_EXTENSION.format(name="story", extension=".txt (the headline on the first line)"))]),
    (".htm and .xhtml pages", {"a.htm": "<html><body><h1>Dam fails</h1><p>The dam failed, officials said.</p></body></html>",
                               "b.xhtml": XHTML},
     None, {"a": ("Dam fails", []), "b": ("Dam holds", [])}, []),
    ("one id in two CSV files", {"a.csv": "id,text\n7,The dam failed.\n", "b.csv": "id,text\n7,The dam held.\n"},
     None, {"a:7": (None, []), "b:7": (None, [])}, []),
    ("a path given twice", {"a.txt": "Dam fails\n\nThe dam failed.\n"}, ["a.txt", "a.txt", "."], {"a": ("Dam fails", [])}, []),
]


def _inputs(tmp_path: Path, files: dict, paths: list[str] | None) -> tuple[Path, list[Path]]:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, content in files.items():
        (folder / name).write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return folder, [folder / p for p in paths] if paths else [folder]


def _where(path: str, folder: Path) -> str:
    return os.path.relpath(path, folder)


@pytest.mark.parametrize("what, files, paths, read, errors", CASES, ids=[c[0] for c in CASES])
def test_through_analyze_corpus(tmp_path, what, files, paths, read, errors):
    folder, given = _inputs(tmp_path, files, paths)
    items = list(framing.analyze_corpus(given))
    assert {a.article.id: (a.article.title, a.article.warnings) for a in items if not isinstance(a, IngestError)} == read
    assert [(_where(e.path, folder), e.line, e.message) for e in items if isinstance(e, IngestError)] == errors


@pytest.mark.parametrize("what, files, paths, read, errors", CASES, ids=[c[0] for c in CASES])
def test_through_framing_score(tmp_path, what, files, paths, read, errors):
    folder, given = _inputs(tmp_path, files, paths)
    out, errors_csv = tmp_path / "scores.jsonl", tmp_path / "errors.csv"
    result = runner.invoke(app, ["score", *map(str, given), "--no-model", "--out", str(out), "--errors", str(errors_csv)])
    assert result.exit_code == (0 if read else 1), result.output  # (a run that scores nothing says so by its exit code)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()] if out.exists() else []
    assert {r["id"]: (r["title"], r["warnings"]) for r in records} == read
    with errors_csv.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [(_where(r["path"], folder), int(r["line"]) if r["line"] else None, r["error"]) for r in rows] == errors


def test_markdown_front_matter_gives_date_outlet_and_metadata(tmp_path):
    folder, given = _inputs(tmp_path, CASES[3][1], None)
    [analysis] = list(framing.analyze_corpus(given))
    article = analysis.article
    assert (article.date, article.outlet, article.metadata) == ("2025-05-14", "Daily", {"author": "J. Doe"})
    assert article.text.startswith("---\ntitle: Talks fail\n")  # the file as written: offsets index it


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links here")
def test_a_folder_with_a_link_loop_reads_every_file_once_and_a_linked_folder_too(tmp_path):
    news = tmp_path / "news"
    (news / "sub").mkdir(parents=True)
    (news / "a.txt").write_text("Dam fails\n\nThe dam failed.\n", encoding="utf-8")
    (news / "sub" / "b.txt").write_text("Rain\n\nIt rained.\n", encoding="utf-8")
    os.symlink("..", news / "sub" / "up")  # news/sub/up -> news: a loop
    os.symlink(news / "sub", news / "again")  # a second way into news/sub
    elsewhere = tmp_path / "archive" / "bbc"
    elsewhere.mkdir(parents=True)
    (elsewhere / "c.txt").write_text("Storm\n\nA storm came.\n", encoding="utf-8")
    os.symlink(elsewhere, news / "bbc")  # news/bbc -> archive/bbc: was passed over in silence
    items = list(framing.analyze_corpus([news]))
    assert sorted((a.article.id, _where(a.article.source_path, news)) for a in items) == [
        ("a", "a.txt"), ("b", "again/b.txt"), ("c", "bbc/c.txt")]
    out = tmp_path / "scores.jsonl"
    result = runner.invoke(app, ["score", str(news), "--no-model", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()) == ["a", "b", "c"]
    assert "scored 3 articles, 0 errors" in result.stderr


def test_a_5_mb_text_cell_is_read_whole_and_the_row_after_it_too(tmp_path):
    """Read only: analysing it takes about 12 CPU s (it took many minutes before the voice stage's
    look-ups were indexed; see benchmarks/long_text.py), too long for a test of ingest."""
    path = tmp_path / "a.csv"
    path.write_bytes(b'id,text\n1,"' + b"The dam failed, officials said. " * 160_000 + b'"\r\n2,It rained.\r\n')
    big, after = framing.ingest.read_articles([path])
    assert (big.id, len(big.text), big.warnings, after.id, after.text, after.line) == ("a:1", 5_120_000, [], "a:2", "It rained.", 3)

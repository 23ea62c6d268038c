"""framing/run_settings.py: what a `framing score` run scored with, kept beside its output, and the
one-line refusal when a resumed run would score with something else."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from framing import run_settings
from framing.run_settings import RunSettings, SettingsMismatch

HEADER = "term\tcategory\tweight\tnote\tsource\n"


@pytest.mark.parametrize(("out", "format", "record"), [
    ("scores.jsonl", "jsonl", "scores.jsonl.run.json"),
    ("out/scores.csv", "csv", "out/scores.csv.run.json"),
    ("scores.parquet", "parquet", "scores.parquet/_run.json"),
])
def test_where_the_record_is_kept(out, format, record):
    assert run_settings.settings_path(Path(out), format) == Path(record)


def test_a_lexicon_folder_is_hashed_by_the_files_the_loader_reads(tmp_path):
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "loaded.tsv").write_text(HEADER + "hot mess\tpejorative_label\t2\t\tlb\n", encoding="utf-8")
    first = run_settings.content_sha256(mine)
    (mine / "notes.txt").write_text("not read by the loader", encoding="utf-8")
    assert run_settings.content_sha256(mine) == first
    shutil.copytree(mine, tmp_path / "moved")
    assert run_settings.content_sha256(tmp_path / "moved") == first  # content, not place
    (mine / "hedge.tsv").write_text(HEADER, encoding="utf-8")
    assert run_settings.content_sha256(mine) != first


def test_the_record_reads_back_and_a_broken_one_counts_as_none(tmp_path):
    settings = RunSettings((("framing's own lexicons", "a" * 64), ("mine.tsv", "b" * 64)), "babe-sg2", "c" * 64)
    run_settings.write(tmp_path / "s.jsonl", "jsonl", settings)
    assert run_settings.read(tmp_path / "s.jsonl", "jsonl") == settings
    (tmp_path / "s.jsonl.run.json").write_text("{half", encoding="utf-8")
    assert run_settings.read(tmp_path / "s.jsonl", "jsonl") is None
    assert run_settings.read(tmp_path / "other.jsonl", "jsonl") is None


OWN = ("framing's own lexicons", "0" * 64)


@pytest.mark.parametrize(("then", "now", "words"), [
    ((OWN, ("a.tsv", "1" * 64)), (OWN,), "--lexicon a.tsv; this run uses no --lexicon"),
    ((OWN,), (OWN, ("a.tsv", "1" * 64)), "no --lexicon; this run uses --lexicon a.tsv"),
    ((OWN, ("a.tsv", "1" * 64)), (OWN, ("a.tsv", "2" * 64)), "--lexicon a.tsv as it was then (edited since)"),
    ((OWN, ("a.tsv", "1" * 64), ("b.tsv", "2" * 64)), (OWN, ("b.tsv", "2" * 64), ("a.tsv", "1" * 64)),
     "--lexicon a.tsv --lexicon b.tsv; this run uses --lexicon b.tsv --lexicon a.tsv"),  # order decides ties
    ((OWN,), (("framing's own lexicons", "9" * 64),), "framing's own lexicons as they were then (another framing version or an edit has changed them since)"),
])
def test_another_lexicon_is_refused_in_words(then, now, words):
    with pytest.raises(SettingsMismatch) as refused:
        run_settings.check(Path("s.jsonl"), "jsonl", RunSettings(then), RunSettings(now))
    assert str(refused.value) == (f"s.jsonl was scored with {words}, as s.jsonl.run.json records; one output would hold articles "
                                  "scored two ways: resume with the --lexicon files of the run that began it, unchanged, or score into a new --out")


def test_the_same_lexicons_under_other_names_go_on():
    run_settings.check(Path("s.jsonl"), "jsonl", RunSettings((OWN, ("a.tsv", "1" * 64))), RunSettings((OWN, ("elsewhere/a.tsv", "1" * 64))))


@pytest.mark.parametrize(("then", "now", "refused"), [
    ("0.1.0", "0.2.0", True),  # an upgrade: the rules are code, and may score the same text otherwise
    ("0.1.0", "0.1.0", False),
    (None, "0.2.0", False),  # a record from before the version was kept resumes, unchecked
])
def test_another_framing_version_is_refused(then, now, refused):
    recorded, current = RunSettings((OWN,), framing=then), RunSettings((OWN,), framing=now)
    if not refused:
        run_settings.check(Path("s.jsonl"), "jsonl", recorded, current)
        return
    with pytest.raises(SettingsMismatch) as e:
        run_settings.check(Path("s.jsonl"), "jsonl", recorded, current)
    assert str(e.value) == ("s.jsonl was scored with framing 0.1.0, as s.jsonl.run.json records; this is framing 0.2.0, and "
                            "one output would hold articles scored by two versions: resume with the framing version that "
                            "began it, or score into a new --out")


def test_the_record_keeps_the_framing_version(tmp_path):
    import framing

    settings = RunSettings.of((), None)
    assert settings.framing == framing.__version__
    run_settings.write(tmp_path / "s.jsonl", "jsonl", settings)
    assert run_settings.read(tmp_path / "s.jsonl", "jsonl") == settings


@pytest.mark.parametrize(("began", "spans", "done", "exists", "refused"), [
    ("sp.csv", None, 12, False, "s.csv was begun with --spans sp.csv, as s.csv.run.json records; resume with --spans sp.csv "
                                "too, or the findings of the articles still to score are written nowhere"),
    ("", "sp.csv", 12, False, "sp.csv does not exist, but s.csv already holds 12 articles: sp.csv would hold the findings of "
                              "the rest only; resume without --spans, as it began, or for every article's findings score "
                              "into a new --out with --spans"),
    ("sp.csv", "sp.csv", 1, False, "sp.csv does not exist, but s.csv already holds 1 article: sp.csv would hold the findings "
                                   "of the rest only; resume with --spans sp.csv, the file it began with, or for every "
                                   "article's findings score into a new --out with --spans"),
    (None, "sp.csv", 12, False, "sp.csv does not exist, but s.csv already holds 12 articles: sp.csv would hold the findings "
                                "of the rest only; resume with the --spans file of the run that began it (or without, if it "
                                "had none), or for every article's findings score into a new --out with --spans"),
    ("sp.csv", "moved/sp.csv", 12, True, None),  # the same findings moved: resumes
    ("", None, 12, False, None),
    (None, None, 12, False, None),  # a record from before spans were kept, resumed without: unchecked
    ("", "sp.csv", 0, False, None),  # nothing written yet: every finding goes to sp.csv
])
def test_a_resumed_csv_run_writes_its_findings_where_it_began(tmp_path, monkeypatch, began, spans, done, exists, refused):
    monkeypatch.chdir(tmp_path)
    recorded = None if began is None else RunSettings((OWN,), spans=began)
    given = None if spans is None else Path(spans)
    if exists:
        given.parent.mkdir()
        given.write_text("article_id\n", encoding="utf-8")
    if refused is None:
        run_settings.check_spans(Path("s.csv"), recorded, given, done)
        return
    with pytest.raises(SettingsMismatch) as e:
        run_settings.check_spans(Path("s.csv"), recorded, given, done)
    assert str(e.value) == refused

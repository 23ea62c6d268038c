"""Figures by the row a builder wrote (framing/lexicon_rows.py): a row with slots ("it [is|was]
[adverb] [reported|...]") is one row in `framing lexicon coverage` and `evaluate`, its phrases'
figures added up and folded beneath it, not a hundred lines of phrases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from framing.cli import app
from framing.lexicon import load
from framing.lexicon_coverage import coverage
from framing.lexicon_evaluate import evaluate, read_gold
from framing.lexicon_rows import Row, counts_by_row, row_of, unfired_rows

WEASEL_ROW = "it [is|was] [adverb] [reported|believed|thought|claimed|alleged|rumored|rumoured|suggested]"
TEXT = ("It was widely reported that the talks failed. It is widely believed that he lied. "
        "It was also reported that he left. It was widely reported again.\n")


@pytest.fixture
def own_lexicon(tmp_path: Path) -> Path:
    """A folder with one row of slots (4 phrases) and one plain row, and a gold file for them."""
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "loaded.tsv").write_text(
        "term\tcategory\tweight\tnote\tsource\n"
        "[utterly|totally] [disgraceful|shameless]\tjudgement\t2\t\tme\n"
        "gobsmacking\tjudgement\t2\t\tme\n", encoding="utf-8")
    return folder


def test_a_phrase_knows_its_row():
    entry = load().lookup("hedge", "it was widely reported")
    row = row_of(entry)
    assert (row.lexicon, row.written, Path(row.path).name, row.has_slots) == ("hedge", WEASEL_ROW, "hedge.tsv", True)
    plain = row_of(load().lookup("hedge", "critics"))
    assert (plain.written, plain.has_slots) == ("critics", False)


def test_counts_fold_under_their_row():
    lexicons = load()
    counts = {("hedge", "it was widely reported"): 2, ("hedge", "it is widely believed"): 1,
              ("hedge", "critics"): 3, ("hedge", "it was also reported"): 1}
    rows = counts_by_row(counts, lexicons)
    assert [(r.row.written, r.total, r.phrases) for r in rows] == [
        (WEASEL_ROW, 4, [("it was widely reported", 2), ("it is widely believed", 1), ("it was also reported", 1)]),
        ("critics", 3, [("critics", 3)]),
    ]


def test_a_row_that_never_fired_is_named_once():
    lexicons = load()
    never = [t for t in lexicons.entries["hedge"] if t.startswith("it ") and t != "it was widely reported"]
    shown = unfired_rows("hedge", never, lexicons)
    assert f"{WEASEL_ROW} (127 of 128 phrases)" in shown
    assert not any(t.startswith("it was often") for t in shown)
    assert unfired_rows("hedge", ["critics"], lexicons) == ["critics"]


def test_coverage_counts_by_row_from_the_library(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    cov = coverage([path])
    rows = [r for r in counts_by_row(cov.fired, load()) if r.row.has_slots]
    assert [(r.row.written, r.row.line, r.total, dict(r.phrases)) for r in rows] == [
        (WEASEL_ROW, load().lookup("hedge", "it was widely reported").line, 4,
         {"it was widely reported": 2, "it is widely believed": 1, "it was also reported": 1})]


def test_coverage_from_the_cli_shows_the_row_once(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    line = load().lookup("hedge", "it was widely reported").line
    result = CliRunner().invoke(app, ["lexicon", "coverage", str(path), "--top", "5"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    at = lines.index(f"4\thedge\t{WEASEL_ROW}\t(row hedge.tsv:{line}, 3 of its phrases fired)")
    assert lines[at + 1 : at + 4] == ["    2\tit was widely reported", "    1\tit is widely believed", "    1\tit was also reported"]
    assert not any(x.startswith("2\thedge\tit was widely reported") for x in lines)  # not as a row of its own
    never = next(x for x in lines if x.startswith("never fired in hedge"))
    assert "it was often reported" not in never
    shown = CliRunner().invoke(app, ["lexicon", "coverage", str(path), "--json"])
    rows = json.loads(shown.output)["rows"]
    assert rows[0] == {"lexicon": "hedge", "row": WEASEL_ROW, "where": f"hedge.tsv:{line}", "findings": 4,
                       "phrases": {"it was widely reported": 2, "it is widely believed": 1, "it was also reported": 1}}


def test_your_rows_in_coverage_from_the_cli(tmp_path, own_lexicon):
    path = tmp_path / "a.txt"
    path.write_text("It was utterly disgraceful and totally shameless. He was totally shameless.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["lexicon", "coverage", str(path), "--lexicon", str(own_lexicon)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    at = next(i for i, x in enumerate(lines) if x.startswith("  loaded/[utterly|totally] [disgraceful|shameless]\t"))
    assert lines[at].split("\t")[1:] == ["3", f"({own_lexicon / 'loaded.tsv'}:2, 2 of its 4 phrases fired)"]
    assert lines[at + 1 : at + 3] == ["      2\ttotally shameless", "      1\tutterly disgraceful"]
    assert sum(x.startswith("  loaded/") for x in lines) == 2  # the row of slots and 'gobsmacking', once each
    shown = CliRunner().invoke(app, ["lexicon", "coverage", str(path), "--lexicon", str(own_lexicon), "--json"])
    written = json.loads(shown.output)["your_rows_as_written"]
    assert [(v["row"], v["findings"], v["phrases"]) for v in written.values()] == [
        ("[utterly|totally] [disgraceful|shameless]", 3,
         {"utterly disgraceful": 1, "utterly shameless": 0, "totally disgraceful": 0, "totally shameless": 2}),
        ("gobsmacking", 0, {"gobsmacking": 0})]


def _gold(tmp_path: Path) -> Path:
    gold = tmp_path / "gold.csv"
    gold.write_text('text,biased_words,label_bias\n'
                    '"It was utterly disgraceful and totally shameless.","[\'disgraceful\']",Biased\n'
                    '"He was totally shameless.","[\'shameless\']",Biased\n'
                    '"The vote was held.","[]",Non-biased\n', encoding="utf-8")
    return gold


def test_evaluate_adds_up_a_row_from_the_library(tmp_path, own_lexicon):
    lexicons = load([own_lexicon])
    ev = evaluate(read_gold(_gold(tmp_path)), lexicons)
    rows = ev.slot_rows(lexicons)
    assert [(r.row.written, r.total.hits, r.total.correct, r.total.found) for r in rows] == [
        ("[utterly|totally] [disgraceful|shameless]", 3, 2, 2)]
    assert [(t, v.hits, v.correct) for t, v in rows[0].phrases] == [("totally shameless", 2, 1), ("utterly disgraceful", 1, 1)]


def test_evaluate_from_the_cli_names_and_adds_up_the_row(tmp_path, own_lexicon):
    result = CliRunner().invoke(app, ["lexicon", "evaluate", "--data", str(_gold(tmp_path)), "--lexicon", str(own_lexicon)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    where = f"{own_lexicon / 'loaded.tsv'}:2"
    # each phrase names its row as written beside its file and line ...
    assert any(x.startswith("  loaded/totally shameless\t1\t2\t0.50\t1\t") and x.endswith("'[utterly|totally] [disgraceful|shameless]'")
               for x in lines)
    # ... and the row is added up, its phrases folded beneath it
    at = lines.index(f"  loaded/[utterly|totally] [disgraceful|shameless]\t1\t3\t0.67\t2\t({where}, 2 phrases hit)")
    assert lines[at + 1 : at + 3] == ["      totally shameless\t1\t2\t0.50\t1", "      utterly disgraceful\t0\t1\t1.00\t1"]
    mine = lines.index(f"  loaded/[utterly|totally] [disgraceful|shameless]\t1\t3\t0.67\t2\t({where}, 2 of its 4 phrases hit)")
    assert mine > at
    shown = CliRunner().invoke(app, ["lexicon", "evaluate", "--data", str(_gold(tmp_path)), "--lexicon", str(own_lexicon), "--json"])
    slot = json.loads(shown.output)["slot_rows"]
    assert [(r["row"], r["hits"], r["correct"], r["gold_words_found"], sorted(r["phrases"])) for r in slot] == [
        ("[utterly|totally] [disgraceful|shameless]", 3, 2, 2, ["totally shameless", "utterly disgraceful"])]


def test_row_is_a_plain_value():
    assert Row("hedge", "x", "p", 1) == Row("hedge", "x", "p", 1)

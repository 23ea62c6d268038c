"""lexicons/README.md's walkthrough ("A new category, step by step"), run line by line as a
newcomer would type it, with what each step is said to show checked in the real output."""

from __future__ import annotations

import json
import re

from typer.testing import CliRunner

from framing.cli import app
from framing.lexicon import load

from readme_lines import README, block, run_lines

runner = CliRunner()


def test_the_readme_walkthrough_adds_a_category_that_reaches_the_report(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "vote.txt").write_text(
        "Budget passes\n\nThe budget was a slam dunk for the government. The opposition called it a farce.\n", encoding="utf-8")
    out = run_lines(block("walkthrough: tests/test_lexicon_readme.py runs these lines"), tmp_path)
    ours = load(())
    validate = out["lexicon validate"]
    # clown's note starts 'override:': counted as meant, not warned about (the README's step 2 quotes this line)
    assert validate.stdout.strip() == "0 errors, 1 warning; 1 row overriding ours on purpose (note starting 'override:'), not warned about"
    assert validate.stdout.strip() in " ".join(README.read_text(encoding="utf-8").split())
    assert validate.stderr.splitlines() == [
        "my-lexicons/loaded.tsv:5: warning: 'farce' overrides the packaged 'loaded' row "
        f"(loaded.tsv:{ours.lookup('loaded', 'farce').line}: contempt, weight 3); keep the row if that is what you mean, and start its note with 'override:' to say so and silence this warning",
    ]
    shown = [line.split("\t") for line in out["lexicon test"].stdout.splitlines()]
    assert [(s[1], s[2], s[-1]) for s in shown if "loaded/" in s[2] or "not a finding" in s[2]] == [
        ("'slam dunk'", "loaded/sports_metaphor w=2", "entry 'slam dunk' (my-lexicons/loaded.tsv:2)"),
        ("'clown'", "loaded/contempt w=2", "entry 'clown' (my-lexicons/loaded.tsv:4)"),
        ("'farce'", "not a finding (loaded 'farce'): plain-sense: 'farce' is a plain use (switched off for my corpus)",
         "entry 'farce' (my-lexicons/loaded.tsv:5)"),
    ]
    coverage = out["lexicon coverage"].stdout.split("your rows: findings in these articles (where)\n")[1].splitlines()
    assert coverage[:4] == [
        "  loaded/slam dunk\t1\t(my-lexicons/loaded.tsv:2)",
        "  loaded/own goal\tnever fired\t(my-lexicons/loaded.tsv:3)",
        "  loaded/clown\tnever fired\t(my-lexicons/loaded.tsv:4)",
        "  loaded/farce\tplain_sense: turned down 1 match\t(my-lexicons/loaded.tsv:5)",
    ]
    # the report carries the category's description from the user's metadata.json, for the finding's details
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert '"sports_metaphor":"politics as a game or match (slam dunk, own goal)"' in html
    assert "my-lexicons/loaded.tsv:2" in html  # the row a finding's details cite
    scored = json.loads(runner.invoke(app, ["score", "news", "--no-model", "--lexicon", "my-lexicons/"]).stdout)
    assert [(s["text"], s["category"]) for s in scored["spans"] if s["type"] == "loaded"] == [("slam dunk", "sports_metaphor")]


def test_the_readme_opening_points_a_builder_to_their_own_folder_and_what_it_finds():
    """The first screen of the README says how to extend without editing the package, and that a file
    of a new name finds nothing; each claim it makes is checked against the tool."""
    from framing.lexicon_coverage import FINDING_LEXICONS
    from framing.lexicon_validate import INTENDED

    text = README.read_text(encoding="utf-8")
    opening = " ".join(text.split("\n## ", 1)[0].split())
    assert f"start it with `{INTENDED}`" in opening
    assert "Only the terms of loaded, hedge and booster" in opening and FINDING_LEXICONS == ("loaded", "hedge", "booster")
    [pointer] = re.findall(r'Step by step: "([^"]+)" below', opening)
    assert f"\n### {pointer}\n" in text

"""A context rule's text shown to a student in words, its id kept for lexicon builders (report_rules)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

import framing
from framing.cli import app
from framing.models import MENTION_RULE
from framing.report_rules import rule_parts, rule_words


@pytest.mark.parametrize("rule, parts", [
    ("vague-quantifier: 'some' names an unspecified group", [("vague-quantifier", "'some' names an unspecified group")]),
    ("negation: 'not' before a booster makes it a hedge", [("negation", "'not' before a booster makes it a hedge")]),
    ("vague-group: a view credited to unnamed 'critics'", [("vague-group", "a view credited to unnamed 'critics'")]),
    # a merged finding: the rule of its main match, then the overlap
    ("negation: 'not' before a booster makes it a hedge; overlap: also matched 'clear that' (one hedge, counted once)",
     [("negation", "'not' before a booster makes it a hedge"), ("overlap", "also matched 'clear that' (one hedge, counted once)")]),
    (MENTION_RULE, [("mention", "the quoted term is named, not used (left out of the outlet's own-voice scores)")]),
    # a "; " inside a part's words is not a new part: only before an id
    ("proposal: 'suggest' here proposes; it does not doubt, no hedge", [("proposal", "'suggest' here proposes; it does not doubt, no hedge")]),
    ("a rule written without an id", [("", "a rule written without an id")]),
])
def test_a_rule_splits_into_its_ids_and_words(rule, parts):
    assert rule_parts(rule) == parts


def test_the_page_carries_each_rule_once_and_no_empty_one():
    assert rule_words(["vague-quantifier: 'some' names an unspecified group"] * 3 + [""]) == {
        "vague-quantifier: 'some' names an unspecified group": [["vague-quantifier", "'some' names an unspecified group"]]}


def test_framing_report_gives_the_page_the_words_of_each_rule_a_finding_cites(tmp_path):
    folder = tmp_path / "talks"
    folder.mkdir()
    (folder / "a.txt").write_text("Talks fail\n\nSome critics say the plan failed. It was not clear that talks would resume.\n", encoding="utf-8")
    out = tmp_path / "talks.html"
    result = CliRunner().invoke(app, ["report", str(folder), "--out", str(out), "--no-model"])
    assert result.exit_code == 0, result.output
    body = re.search(r'<script[^>]*id="page-data"[^>]*>(.*?)</script>', out.read_text(encoding="utf-8"), re.S).group(1)
    assert json.loads(body)["ruleWords"] == {
        "vague-quantifier: 'some' names an unspecified group": [["vague-quantifier", "'some' names an unspecified group"]],
        "negation: 'not' before a booster makes it a hedge": [["negation", "'not' before a booster makes it a hedge"]],
    }


def test_rule_texts_reach_the_page_from_every_family_of_rules():
    """Every rule's text is `id: words` (what rule_parts reads): a family that left its id out would
    show a student its words as they are, and its builders no id."""
    texts = []
    for path in sorted(Path(framing.__file__).parent.glob("rules*.py")):
        texts += re.findall(r'rule=f?"([^"]+)"', path.read_text(encoding="utf-8"))
        texts += re.findall(r'Decision\(True, "\w+", f?"([^"]+)"\)', path.read_text(encoding="utf-8"))
    assert len(texts) >= 30
    assert [t for t in texts if not rule_parts(t)[0][0]] == []
